"""Which day a mention means: the year, relative days, ranges; a page's plausible year."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract_text
from timeline.extract._dates import find_event_date
from timeline.extract._years import (
    anchor_day,
    chronicle_years,
    fixed_year,
    plausible_year,
    resolve,
    start_day,
)
from timeline.model import SHANGHAI

PUBLISHED = dt.date(2020, 6, 3)


def _resolve(text: str, *, published: dt.date = PUBLISHED, anchor: dt.date | None = None) -> tuple:
    mention = find_event_date(text, day_only=anchor is not None)
    assert mention is not None
    return resolve(mention, published=published, anchor=anchor)


class TestResolve:
    @pytest.mark.parametrize("text", ["5月10日至9日,", "5月20日、8日,"])
    def test_no_rollover_for_a_misprint_or_a_list(self, text: str) -> None:
        """Only a short range rolls into the next month; a misprint or a list is no range."""
        with pytest.raises(ValueError, match="range ends before it starts"):
            _resolve(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("6月2日,中原区召开", (dt.date(2020, 6, 2), dt.date(2020, 6, 3)), id="md"),
            pytest.param("六月二日,召开", (dt.date(2020, 6, 2), dt.date(2020, 6, 3)), id="chinese"),
            pytest.param(
                "7月8日至10日,举办",
                (dt.date(2019, 7, 8), dt.date(2019, 7, 11)),
                id="range-last-year",
            ),
            pytest.param(
                "5月12日、13日,举办", (dt.date(2020, 5, 12), dt.date(2020, 5, 14)), id="enumerated"
            ),
            pytest.param(
                "5月30日至6月2日,", (dt.date(2020, 5, 30), dt.date(2020, 6, 3)), id="across-months"
            ),
            pytest.param(
                "2019年5月2日,", (dt.date(2019, 5, 2), dt.date(2019, 5, 3)), id="printed-year"
            ),
            pytest.param(
                "5月30日至2日,", (dt.date(2020, 5, 30), dt.date(2020, 6, 3)), id="into-next-month"
            ),
            pytest.param(
                "2月28日至1日,", (dt.date(2020, 2, 28), dt.date(2020, 3, 2)), id="leap-february"
            ),
            pytest.param(
                "12月30日至2日,",
                (dt.date(2019, 12, 30), dt.date(2020, 1, 3)),
                id="into-next-year",
            ),
        ],
    )
    def test_all_day(self, text: str, expected: tuple[dt.date, dt.date]) -> None:
        """Dates without a clock time are all-day, with an exclusive end."""
        assert expected == _resolve(text)

    @pytest.mark.parametrize(
        ("text", "hour", "minute"),
        [
            pytest.param("6月2日上午9时30分,", 9, 30, id="morning"),
            pytest.param("6月2日下午3点,", 15, 0, id="afternoon-dian"),
            pytest.param("6月2日下午3时半,", 15, 30, id="half"),
            pytest.param("6月2日晚7:30,", 19, 30, id="colon"),
            pytest.param("6月2日上午十时,", 10, 0, id="chinese-hour"),
            pytest.param("6月2日下午两点,", 14, 0, id="liang"),
            pytest.param("6月2日上午8点半,", 8, 30, id="dian-ban"),
        ],
    )
    def test_clock_time(self, text: str, hour: int, minute: int) -> None:
        """A clock time gives an aware datetime in Asia/Shanghai."""
        moment = dt.datetime(2020, 6, 2, hour, minute, tzinfo=SHANGHAI)
        assert (moment, moment) == _resolve(text)

    def test_half_day_stays_all_day(self) -> None:
        """上午 alone does not invent a time."""
        assert (dt.date(2020, 6, 2), dt.date(2020, 6, 3)) == _resolve("6月2日上午,")

    def test_year_before_publication(self) -> None:
        """A date after the publication date is last year's."""
        assert dt.date(2020, 12, 30) == _resolve("12月30日,", published=dt.date(2021, 1, 3))[0]

    def test_yesterday_from_dateline(self) -> None:
        """昨日 counts back from the dateline."""
        assert dt.date(2020, 6, 17) == _resolve("昨日下午,", anchor=dt.date(2020, 6, 18))[0]

    def test_day_only_after_dateline(self) -> None:
        """``2日`` takes the dateline's month."""
        assert dt.date(2020, 12, 2) == _resolve("2日,", anchor=dt.date(2020, 12, 3))[0]

    def test_day_only_previous_month(self) -> None:
        """``30日`` read on 2 June is 30 May."""
        assert dt.date(2020, 5, 30) == _resolve("30日,", anchor=dt.date(2020, 6, 2))[0]

    def test_impossible_date(self) -> None:
        """2月30日 does not exist."""
        with pytest.raises(ValueError, match="day is out of range"):
            _resolve("2月30日,")


class TestStartDay:
    """The first day of a report's date, under its marker, as a plain date."""

    @pytest.mark.parametrize(
        ("anchor", "expected"),
        [
            pytest.param((2019, 12, 30), dt.date(2019, 12, 30), id="printed-year"),
            pytest.param((None, 5, 28), dt.date(2020, 5, 28), id="year-of-publication"),
            pytest.param((None, 12, 30), dt.date(2019, 12, 30), id="year-before-publication"),
            pytest.param((None, None, 2), dt.date(2020, 6, 2), id="day-only"),
            pytest.param((None, 2, 30), None, id="no-such-day"),
            pytest.param(None, None, id="no-marker"),
        ],
    )
    def test_anchor_day(
        self, anchor: tuple[int | None, int | None, int] | None, expected: dt.date | None
    ) -> None:
        """A marker's day takes the year it prints, else the one publication gives."""
        assert expected == anchor_day(anchor, PUBLISHED)

    @pytest.mark.parametrize(
        ("text", "anchor", "expected"),
        [
            pytest.param("2023年12月30日,", None, dt.date(2023, 12, 30), id="printed-year"),
            pytest.param("12月30日,", None, dt.date(2019, 12, 30), id="year-before"),
            pytest.param("6月2日上午9时,", None, dt.date(2020, 6, 2), id="a-time-is-its-day"),
            pytest.param("昨天,", (2020, 5, 1), dt.date(2020, 4, 30), id="from-the-marker"),
            pytest.param("2月30日,", None, None, id="no-such-day"),
        ],
    )
    def test_start_day(
        self, text: str, anchor: tuple[int | None, int | None, int] | None, expected: dt.date | None
    ) -> None:
        """Each date falls in its own year: a printed one, else the one publication gives."""
        assert expected == start_day(find_event_date(text), anchor, PUBLISHED)

    def test_no_date(self) -> None:
        """A report with no date has no first day."""
        assert start_day(None, None, PUBLISHED) is None


class TestFixedYear:
    """The year a text fixes by an anniversary count or a half-year it reports on."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("抒发了迎接新中国60华诞的喜悦心情", 2009, id="republic-birthday"),
            pytest.param("庆祝中华人民共和国成立70周年市民生活实物展", 2019, id="republic-founded"),
            pytest.param("纪念建党97周年座谈会", 2018, id="party"),
            pytest.param("关于区政府2012年上半年工作总结的报告", 2012, id="half-year"),
            pytest.param("2012年上半年总结,迎接新中国60华诞", 2012, id="the-latest"),
            pytest.param(
                "学习在庆祝中华人民共和国成立70周年大会上的讲话", None, id="a-speech-at-one"
            ),
            pytest.param("2016年以来,依托这些平台", None, id="a-bare-year"),
            pytest.param("", None, id="nothing"),
        ],
    )
    def test_fixed_year(self, text: str, expected: int | None) -> None:
        """A count or a half-year fixes the year; a bare year or a speech at a jubilee does not."""
        assert expected == fixed_year(text)


class TestPlausibleYear:
    @pytest.mark.parametrize(
        ("text", "year"),
        [
            pytest.param("1951年建村,2019年3月改建", 2019, id="history-then-dated"),
            pytest.param("到2035年基本实现,2021年启动", 2021, id="target-year"),
            pytest.param("1949年成立", None, id="only-history"),
            pytest.param("某區公所召開105年度上半年里長會議", 2016, id="roc-year"),
            pytest.param("建党100年,某村召开大会", None, id="a-century-is-no-roc-year"),
            pytest.param("力爭到118年完工,本(112)年開工", 2023, id="roc-target-year"),
            pytest.param("该校建校110年来培养了大批人才", None, id="a-count-of-years"),
            pytest.param("县长出席某厂成立105年庆祝大会", None, id="an-age"),
            pytest.param("县政府召开105年度工作会议", None, id="a-mainland-page"),
            pytest.param("本校建校110年來,培育人才無數", None, id="a-taiwan-count"),
            pytest.param("民國112年,某里召开大会", 2023, id="min-guo-page"),
            pytest.param(
                "召开2024年第二次会议,审定《某规划(2021-2035年)》", 2024, id="a-plan-span"
            ),
            pytest.param("某镇召开会议。Copyright 2001-2024 某网", None, id="a-footer-span"),
            pytest.param("部署全县2017-2018年扶贫工作", 2017, id="a-working-year-span"),
        ],
    )
    def test_plausible_year(self, text: str, year: int | None) -> None:
        """The latest plausible year: no history, no target years."""
        assert year == plausible_year(text)


def test_month_of_a_chronicle_without_publication_date() -> None:
    """Days only, under ``2020年10月大事记``: the month the page names, not December."""
    result = extract_text("2020年10月大事记\n\n7日   县长到某镇检查指导工作。\n")
    assert dt.date(2020, 10, 7) == result.events[0].start


@pytest.mark.parametrize("name", ["大事要览", "大事概要", "大事纪要", "大事摘要", "大事回顾"])
def test_month_of_a_chronicle_named_as_a_digest(name: str) -> None:
    """``2020年1月大事要览`` is a month heading as ``大事记`` is: its days stay in January."""
    result = extract_text(
        f"2020年1月{name}\n时间:2020/02/10 09:00:00\n\n"
        "3日\n\n县长到某镇检查指导工作。\n\n15日\n\n副县长到某村慰问困难群众。\n"
    )
    assert [dt.date(2020, 1, 3), dt.date(2020, 1, 15)] == [e.start for e in result.events]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        pytest.param("某市大事记2004年5月", dt.date(2004, 5, 3), id="place-first"),
        pytest.param("大事记-2004年5月", dt.date(2004, 5, 3), id="month-after"),
        pytest.param("二O二一年七月某区大事记", dt.date(2021, 7, 3), id="in-words"),
        pytest.param("2004年5月大事记(杂志版)", dt.date(2004, 5, 3), id="edition"),
    ],
)
def test_month_heading_of_a_titled_chronicle(heading: str, expected: dt.date) -> None:
    """A chronicle's title naming its month, whatever else it names, dates its bare days."""
    result = extract_text(
        f"{heading}\n发布日期:2021-08-26\n\n"
        "3日  县长到某镇检查指导工作。\n\n9日  副县长到某村慰问困难群众。\n"
    )
    assert expected == result.events[0].start


def test_year_of_a_chronicle_with_an_edition() -> None:
    """``2019年1月大事记(杂志版)`` posted in 2020: its items are of 2019."""
    result = extract_text(
        "2019年1月大事记(杂志版)\n发布日期:2020-01-31\n\n"
        "1月2日,县委召开全体会议。\n\n1月5日,县长到某镇检查指导工作。\n"
    )
    assert [dt.date(2019, 1, 2), dt.date(2019, 1, 5)] == [e.start for e in result.events]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        pytest.param(dt.date(2024, 3, 1), dt.date(2024, 2, 29), id="leap-year"),
        pytest.param(dt.date(2023, 3, 1), dt.date(2023, 2, 28), id="common-year"),
    ],
)
def test_relative_day_after_a_dateline_counts_in_the_real_year(
    published: dt.date, expected: dt.date
) -> None:
    """``3月1日讯 昨日`` is 29 February in a leap year."""
    mention = find_event_date("某某网3月1日讯(记者 李四)昨日,会议召开。")
    assert mention is not None
    assert expected == resolve(mention, published=published)[0]


class TestChronicleYears:
    @pytest.mark.parametrize(
        ("heading", "year"),
        [
            ("1998年大事記", 1998),
            ("1986年(6—12月底)某县大事记", 1986),
            ("2018年某镇花山节", None),
            ("2018年10月至12月就业调查", None),
            ("某县1998年大事记", 1998),
            ("某市大事记1998年5月", 1998),
            ("1998年1月大事记(杂志版)", 1998),
            ("某县1998年花山节", None),
        ],
        ids=[
            "chronicle",
            "bracketed-span",
            "festival-headline",
            "survey-headline",
            "place-first",
            "place-first-month-after",
            "edition",
            "place-first-headline",
        ],
    )
    def test_heading_forms(self, heading: str, year: int | None) -> None:
        """A year line heads a chronicle when alone or naming one; a report's headline does not."""
        text = f"{heading}\n3日,县长李四到某镇调研。\n5日,县长李四到某村调研。\n"
        starts = [text.index("3日"), text.index("5日")]
        expected = ([0], [year]) if year else ([], [])
        assert expected == chronicle_years(text, starts)
