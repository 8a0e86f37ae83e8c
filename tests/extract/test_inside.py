"""Several events inside one report's paragraphs: entries run together in one line."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract_text
from timeline.extract._inside import range_parts, sentence_days
from timeline.extract._layout import split_page


class TestRunOnEntries:
    """A chronicle's or a digest's entries printed on in one line, their breaks lost."""

    CHRONICLE = (
        "3月1日 新版条例正式施行。 3月4日 某县书法家协会换届。"
        " 3月4日 某县举行植树活动。 3月9日-10日 县长率队赴邻县考察学习。"
    )

    def test_each_day_entry_opens_one(self) -> None:
        """Every entry set apart by spaces is an event, also a second one of the same day."""
        opens = [self.CHRONICLE.index(w) for w in ("3月4日 某县书", "3月4日 某县举", "3月9日")]
        assert opens == sentence_days(self.CHRONICLE)
        assert 4 == len(split_page(f"某县大事记\n\n{self.CHRONICLE}\n").reports)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "3月1日,县长主持召开会议。 3月4日 全县完成春播任务的八成。", id="a-lone-entry"
            ),
            pytest.param(
                "3月1日,县长主持召开会议。3月1日 上午会议继续进行。", id="no-space-before"
            ),
        ],
    )
    def test_a_lone_day_set_apart_is_no_chronicle(self, text: str) -> None:
        """One sentence that sets its date apart is no evidence of a chronicle's entries."""
        assert [] == sentence_days(text)

    def test_a_brief_s_headline_run_on_before_its_lead(self) -> None:
        """``…。 某某工作 9月15日,…``: the headline opens the brief of another day."""
        text = (
            "9月20日,市长到某区调研,察看项目建设。要加快进度。"
            " 区领导调研人居环境整治工作 9月15日,区长前往甲镇察看村容村貌。"
        )
        cuts = sentence_days(text)
        assert [text.index("区领导调研")] == cuts

    def test_a_headline_of_the_same_day_goes_on(self) -> None:
        """The same day after a run-on headline-like phrase is no brief of its own."""
        text = (
            "9月20日,市长到某区调研,察看项目建设。要加快进度。"
            " 随后市长一行来到甲镇察看 9月20日,天气晴好。"
        )
        assert [] == sentence_days(text)


@pytest.mark.parametrize("joiner", ["-", "─"])
def test_a_range_joined_by_a_box_dash_has_its_parts(joiner: str) -> None:
    """``9月28日─29日,…`` then parts told back to the 28th: the box dash joins a range too."""
    body = (
        f"9月28日{joiner}29日,某镇领导带队开展节前安全督查。\n"
        "9月29日,镇长张三前往甲厂检查生产情况。\n"
        "9月28日,副镇长李四前往丙学校检查校园安全。\n"
    )
    assert 2 == len(range_parts(body))


class TestBareDayInLine:
    """A chronicle's line going on to another act by its bare day, the month left out."""

    CHRONICLE = (
        "某县大事记\n\n"
        "△4月14日至16日,召开县人代会。17日至21日,召开县党代会。\n"
        "△5月11日至6月18日,全县开展植树活动。20日,县农机站成立。\n"
        "△7月20日,全县开展卫生运动。\n"
    )

    def test_the_bare_day_opens_an_act_of_its_own(self) -> None:
        """``…。17日至21日,召开…``: the act of the other day is an event of its own."""
        text = "4月14日至16日,召开县人代会。17日至21日,召开县党代会。23日,某报创刊。"
        assert [text.index("17日"), text.index("23日")] == sentence_days(text)

    def test_lines_each_read_their_own_bare_day(self) -> None:
        """The bare day is read alone: the next line's date (or a printed year) changes nothing."""
        line = "△1956年4月14日至16日,召开县人代会。17至21日,召开县党代会。\n"
        text = line * 2
        cut = line.index("17至")
        assert [cut, len(line), len(line) + cut] == sentence_days(text)

    @pytest.mark.parametrize(
        "text",
        [
            "3月3日至5日,某会议召开。4日下午,县长出席闭幕大会。",
            "3月1日至31日,全县开展安全检查。15日上午,县长检查甲厂。",
            "5月11日至6月18日,全县开展植树活动。16日,县长到甲村植树。",
        ],
    )
    def test_a_bare_day_of_the_line_s_range_goes_on(self, text: str) -> None:
        """``3日至5日,…。4日下午,…``: a day of the range told is the same event."""
        assert [] == sentence_days(text)

    def test_the_act_takes_the_month_the_line_tells(self) -> None:
        """The cut act's day is of the line's (last) month, not of the publication's."""
        result = extract_text(self.CHRONICLE, published=dt.date(2020, 12, 30))
        assert ["2020-04-14", "2020-04-17", "2020-05-11", "2020-06-20", "2020-07-20"] == [
            str(e.start) for e in result.events
        ]


def test_a_trip_s_next_day_told_by_its_group_in_a_sentence_goes_on() -> None:
    """``…学习考察。22日,代表团一行参观了…``: the same trip, not another event."""
    text = "6月21日,区人大代表团赴某市甲社区学习考察。22日,代表团一行参观了某纪念馆。"
    assert [] == sentence_days(text)
    led = "6月21日,区人大代表团赴某市甲社区学习考察。22日,县长率代表团到乙镇调研。"
    assert [led.index("22日")] == sentence_days(led)


def test_a_sub_delegation_s_next_day_goes_on() -> None:
    """A 分团 named before goes on the trip on its next day, told in a sentence."""
    text = (
        "5月26日,某青年代表团抵达某市参加交流活动。旅游分团由各地青年组成。"
        "27日,旅游分团前往某部门拜会有关官员。"
    )
    assert [] == sentence_days(text)


def test_another_group_of_the_same_kind_opens_its_own_event() -> None:
    """``驻乙县委员考察团`` is not ``驻甲区委员考察团``: the run as printed tells them apart."""
    text = (
        "11月18日,驻甲区委员考察团到乙县视察。当天考察团参观了某公司。"
        "19日,驻乙县委员考察团考察了甲区某示范园。"
    )
    assert [text.index("19日")] == sentence_days(text)


def test_a_day_of_a_trip_s_range_opening_a_paragraph_is_a_stage() -> None:
    """``5月7日至9日,…赴…`` then ``7日下午,…。8日上午,…`` and ``5月8日,…``: one trip."""
    text = (
        "5月7日至9日,县长率代表团赴甲市、乙市开展协作工作。\n"
        "7日下午,县长一行考察了甲市园区。8日上午,两地召开座谈会。\n"
        "5月8日,代表团来到乙市考察项目。\n"
    )
    assert [] == sentence_days(text)
    # A chronicle's range heading tells no trip: the entry's own days are its acts.
    chronicle = "2月23日至25日。某会闹事。\n本年2月23日,某会抢夺枪支。25日,民兵捕获首要分子。\n"
    assert [chronicle.index("25日,")] == sentence_days(chronicle)
