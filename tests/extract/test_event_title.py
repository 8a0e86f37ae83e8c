"""The event's title: the lead's, the headline's, or the lead's first words."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract_text


class TestTitle:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "县人大代表视察城区学校建设\n6月3日,在全县教育大会召开前夕,代表们感慨良多。\n",
                "县人大代表视察城区学校建设",
                id="time-word-前夕",
            ),
            pytest.param(
                "县人大代表视察城区学校建设\n"
                "6月3日,在全县教育大会召开前夕,县人大组织代表视察了城区学校建设。\n",
                "视察了城区学校建设",
                id="act-after-前夕-kept",
            ),
            pytest.param(
                "某镇开展春季植树活动\n6月3日,在植树节到来之际,某镇组织干部群众在河堤植树。\n",
                "某镇开展春季植树活动",
                id="time-word-之际",
            ),
            pytest.param(
                "某街道召开安全生产会\n6月3日,某街道召开安全生产工作会议。\n",
                "安全生产工作会议",
                id="named-event-kept",
            ),
            pytest.param(
                "某县召开安全生产会\n6月3日,副县长王某某到某镇调研。\n", "调研", id="bare-verb-kept"
            ),
        ],
    )
    def test_title(self, text: str, expected: str) -> None:
        """A title that names no event (a clause's time word) gives way to the headline."""
        result = extract_text(text, published=dt.date(2020, 6, 5))
        assert expected == result.events[0].title

    def test_title_evidence_follows_the_headline(self) -> None:
        """A title taken from the headline is evidenced by the headline."""
        text = "县人大代表视察城区学校建设\n6月3日,在全县教育大会召开前夕,代表们感慨良多。\n"
        result = extract_text(text, published=dt.date(2020, 6, 5))
        assert "县人大代表视察城区学校建设" == result.evidence[0]["title"].snippet

    @pytest.mark.parametrize(
        ("title", "expected"),
        [
            pytest.param("前夕", True, id="time-word"),
            pytest.param("昨日(", True, id="time-word-with-bracket"),
            pytest.param("连日来", True, id="days-on-end"),
            pytest.param("式", True, id="one-character"),
            pytest.param("3.", True, id="no-character"),
            pytest.param("摘要:", True, id="abstract-label"),
            pytest.param("浏览量:1 | | |", True, id="view-count"),
            pytest.param("【 打印 】", True, id="print-link"),
            pytest.param("“我们村的茶叶今年卖得好", True, id="quote-opened"),
            pytest.param("在植树节到来之际", True, id="dating-clause"),
            pytest.param(
                "县人大代表视察城区建设 语音播报:", False, id="headline-glued-to-furniture"
            ),
            pytest.param(":“今年的经营形势如何?", True, id="quote-after-its-speaker"),
            pytest.param("「交车仪式」", False, id="quote-closed"),
            pytest.param("在老党员王某某家中", True, id="place-frame"),
            pytest.param("在大会完成各项议程后", True, id="time-frame"),
            pytest.param("随着第一场考试的开考", True, id="ground-frame"),
            pytest.param("在雄壮的国歌声中,县人代会开幕", False, id="frame-then-event"),
            pytest.param("视察活动的方式", True, id="manner"),
            pytest.param("调研", False, id="bare-verb"),
            pytest.param("专题学习会", False, id="sitting"),
        ],
    )
    def test_names_no_event(self, title: str, *, expected: bool) -> None:
        """Time words, lone characters, page furniture and a quote's start name no event."""
        from timeline.extract._event_title import _names_no_event  # noqa: PLC0415 - private helper

        assert expected == _names_no_event(title)

    def test_lead_words_pass_over_the_title_s_own_frame(self) -> None:
        """A title that is the lead's frame (根据…要求) gives way to the lead words after it."""
        from timeline.extract._event_title import chosen_title  # noqa: PLC0415 - private helper

        title = "根据县委关于换届工作的要求"
        assert ("今天各村开始选举", "summary") == chosen_title(
            title, "", title + ",今天各村开始选举"
        )

    def test_lead_words_after_a_time_word_replace_it(self) -> None:
        """A bare time word (连日来) gives way to the lead words it opens."""
        from timeline.extract._event_title import chosen_title  # noqa: PLC0415 - private helper

        summary = "连日来,县领导分别深入各镇检查安全生产工作"
        assert (summary[4:], "summary") == chosen_title("连日来", "连日来", summary)


class TestLeadWords:
    @pytest.mark.parametrize(
        ("summary", "expected"),
        [
            pytest.param(
                "连日来,县领导分别深入各镇检查安全生产工作。",
                "县领导分别深入各镇检查安全生产工作。",
                id="time-word",
            ),
            pytest.param(
                "在春风送暖的日子里,青山乡第五届人民代表大会第二次会议隆重召开。",
                "青山乡第五届人民代表大会第二次会议",
                id="frame-then-held",
            ),
            pytest.param(
                "为丰富职工文化生活,推动全民健身,县总工会举办职工趣味运动会,共300人参加。",
                "县总工会举办职工趣味运动会,共300人参加。",
                id="purpose-run",
            ),
            pytest.param(
                "为加强防汛工作,确保安全度汛,全县防汛调度会在县政府召开。",
                "全县防汛调度会",
                id="purpose-then-held",
            ),
            pytest.param(
                "为庆祝建党百年,激励干部群众永远跟党走,以优异成绩迎接党代会胜利召开。",
                "为庆祝建党百年,激励干部群众永远跟党走,以优异成绩迎接党代会胜利召开。",
                id="purpose-only",
            ),
            pytest.param(
                "为了丰富职工生活,进一步推动全民健身活动的开展,县总工会举办趣味运动会。",
                "县总工会举办趣味运动会。",
                id="purpose-为了-run",
            ),
            pytest.param(
                "在春风送暖的日子里,中国共产党青山乡第十五次代表大会暨第五届人民代表大会"
                "第二次会议第三次全体会议隆重召开。",
                "中国共产党青山乡第十五次代表大会暨第五届人民代表大会第二次会议第三次全体会议",
                id="long-held-capped",
            ),
            pytest.param(
                "在春风送暖的日子里,县委书记张三主持召开。",
                "县委书记张三主持召开。",
                id="chaired-names-no-event",
            ),
        ],
    )
    def test_lead_words_skip_openers_naming_no_event(self, summary: str, expected: str) -> None:
        """Lead words for a title start after a time word, a frame or a purpose run."""
        from timeline.extract._event_title import chosen_title  # noqa: PLC0415 - private helper

        assert (expected[:30], "summary") == chosen_title("", "", summary)


def test_a_title_s_chinese_characters_are_read_run_by_run() -> None:
    """Runs joined give the characters one by one gave: digits, Latin and marks dropped."""
    from timeline.extract._event_title import _cjk  # noqa: PLC0415 - private helper
    from timeline.extract._text import CJK  # noqa: PLC0415 - the one-by-one class

    for text in ("召开2021年第一次“三会一课”", "", "abc", "某县,某镇 调研。", "\u4e00\u9fff\u3400"):
        assert "".join(CJK.findall(text)) == _cjk(text)
