"""extract_text on anything a file may hold: events or ExtractError, never another exception."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from tests._fuzz import error_path, fuzz, outcome_of, regression_cases
from tests.strategies import hostile_text, mutated
from timeline import TimelineError
from timeline.extract import extract_text
from timeline.model import Event


def _page_seed() -> bytes:
    from tests._paths import SEED_PAGE  # noqa: PLC0415 - the conftest's own constant

    text = SEED_PAGE.read_text(encoding="utf-8")
    # Two reports are enough for the mutations and keep each example fast.
    return text[:3000].encode()


PAGE_SEEDS = (_page_seed(),)


def _extract(text: str) -> None:
    outcome = outcome_of(
        lambda: extract_text(text, published=dt.date(2020, 6, 3), document="fuzz.txt")
    )
    if not isinstance(outcome, TimelineError):
        assert all(isinstance(e, Event) for e in outcome.events)


@pytest.mark.slow
class TestExtractFuzz:
    """``timeline.extract.extract_text`` on anything: events or ExtractError."""

    @fuzz
    @given(hostile_text)
    def test_text(self, text):
        """Arbitrary text never raises anything but TimelineError."""
        _extract(text)

    @fuzz
    @given(mutated(PAGE_SEEDS))
    def test_mutated_page(self, data):
        """A damaged news page (decoded leniently) extracts or fails cleanly."""
        _extract(data.decode("utf-8", "replace"))

    @fuzz
    @given(mutated(PAGE_SEEDS))
    def test_mutated_page_bytes(self, data):
        """The file path: decoding damaged bytes fails cleanly too."""
        from timeline.extract import decode  # noqa: PLC0415 - next to its use

        text = outcome_of(lambda: decode(data, source="fuzz.txt"))
        if isinstance(text, str):
            _extract(text)

    @pytest.mark.parametrize("size", [1, 10_000, 200_000])
    def test_one_long_line(self, size):
        """A page that is one long line without punctuation fails or extracts quickly."""
        _extract("中" * size)


class TestFuzzRegressions:
    """Each kept ``extract-`` input from the fuzzers gives events or a TimelineError naming it."""

    @pytest.mark.parametrize("path", regression_cases("extract-"))
    def test_input(self, path):
        """The input extracts, with and without a publication date, or fails cleanly."""
        text = path.read_bytes().decode("utf-8", "replace")
        name = path.name
        outcomes = [
            error_path(
                lambda published=published: extract_text(text, published=published, document=name)
            )
            for published in (None, dt.date(2020, 6, 3))
        ]
        assert set(outcomes) <= {None, name}


class TestCutPage:
    PAGE = "区里一周\n\n●6月1日,区长到甲社区调研,了解老旧小区改造情况。\n●6月2日,区长到乙村调研。\n"

    def test_last_item_cut_before_its_event(self) -> None:
        """A page that stops inside its last item's first clause: no event for it, and a warning."""
        result = extract_text(self.PAGE + "●6月3日,区", published=dt.date(2020, 6, 5))
        assert [1, 2] == [e.start.day for e in result.events]
        assert any("stops before its event is told" in w for w in result.warnings)

    def test_last_item_cut_after_its_act(self) -> None:
        """A short last item cut after its verb (``…召开全区``) tells its act: an event."""
        result = extract_text(self.PAGE + "●6月3日,区委召开全区", published=dt.date(2020, 6, 5))
        assert [1, 2, 3] == [e.start.day for e in result.events]

    def test_short_last_item_that_ends_its_sentence(self) -> None:
        """A short last item that ends its sentence is told in full: an event."""
        result = extract_text(self.PAGE + "●6月3日,区长开会。", published=dt.date(2020, 6, 5))
        assert [1, 2, 3] == [e.start.day for e in result.events]


class TestIntroMonth:
    """A day printed without its month, after an intro printing a range, is of that range."""

    @pytest.mark.parametrize(
        ("intro", "days", "published", "expected"),
        [
            pytest.param(
                "9月30日至10月2日",
                ("1日", "30日"),
                dt.date(2024, 10, 5),
                [dt.date(2024, 10, 1), dt.date(2024, 9, 30)],
                id="across-a-month-end",
            ),
            pytest.param(
                "12月30日至1月2日",
                ("1日", "31日"),
                dt.date(2025, 1, 5),
                [dt.date(2025, 1, 1), dt.date(2024, 12, 31)],
                id="across-a-year-end",
            ),
        ],
    )
    def test_a_day_falls_in_its_part_of_the_range(
        self, intro: str, days: tuple[str, str], published: dt.date, expected: list[dt.date]
    ) -> None:
        """Each day takes the month (and year) of the part of the range it falls in."""
        page = (
            "县领导节日走访慰问\n"
            f"发布时间:{published.isoformat()} 09:00\n"
            f"{intro},县领导分头走访慰问困难群众和一线职工。\n"
            "县委书记张三慰问甲镇困难群众\n"
            f"张三于{days[0]}来到甲镇困难群众家中,送上慰问金和生活用品。\n"
            "县长李四看望一线职工\n"
            f"李四于{days[1]}来到乙厂生产车间,看望坚守岗位的一线职工。\n"
        )
        result = extract_text(page)
        assert expected == [e.start for e in result.events]
        assert not [w for w in result.warnings if "not a date" in w]

    def test_the_month_stays_with_its_intro(self) -> None:
        """A later report of its own printing a bare day is of the page's month, not the intro's."""
        page = (
            "县领导节前督查\n"
            "本报讯 9月28日至30日,县委书记张三带队开展节日安全督查。30日上午,张三前往甲厂检查"
            "生产情况。28日下午,张三前往丙学校检查校园安全。(记者 李四)\n"
            "甲镇召开安全生产会议\n"
            "本报讯 18日,甲镇召开安全生产会议,部署冬季安全工作。(记者 王五)\n"
        )
        result = extract_text(page, published=dt.date(2024, 10, 20))
        assert dt.date(2024, 10, 18) == result.events[-1].start
        assert dt.date(2024, 9, 28) == result.events[-2].start


class TestBackgroundSpeech:
    """A day told only as the background speech the report then responds to is no event."""

    @pytest.mark.parametrize(
        ("page", "published", "expected"),
        [
            pytest.param(
                "县长调研文旅项目\n\n"
                "6月2日,收听收看了省长在全省文旅大会上的讲话,县长深受触动。\n\n"
                "6月3日上午,县长到甲镇调研文旅项目,察看乙村民宿。\n",
                dt.date(2024, 6, 20),
                [dt.date(2024, 6, 3)],
                id="speech-heard-then-a-tour",
            ),
            pytest.param(
                "区委常委会传达学习重要指示精神\n\n"
                "4月8日,某领导到某市考察,并作出一系列重要指示。4月10日晚,区委书记张三"
                "主持召开区委常委会会议,传达学习某领导在某市考察时的重要指示精神。\n",
                dt.date(2024, 6, 20),
                [dt.date(2024, 4, 10)],
                id="instructions-given-then-studied",
            ),
            pytest.param(
                "县长调研\n\n12月30日,收听收看了省长在全省大会上的讲话,县长深受触动。\n\n"
                "1月2日上午,县长到甲镇调研。\n",
                dt.date(2025, 1, 10),
                [dt.date(2025, 1, 2)],
                id="heard-across-a-year-end",
            ),
        ],
    )
    def test_the_background_gives_no_event(
        self, page: str, published: dt.date, expected: list[dt.date]
    ) -> None:
        """The speech heard or given days before is background; the report's act is the event."""
        result = extract_text(page, published=published)
        assert expected == [e.start for e in result.events]
        assert any("background" in w for w in result.warnings)

    @pytest.mark.parametrize(
        "page",
        [
            pytest.param(
                "区里两件事\n\n4月8日,区委中心组集中收听收看了某大会上的讲话。\n\n"
                "4月9日,区长到甲镇调研。\n",
                id="a-sitting-that-hears-a-speech-is-a-study",
            ),
            pytest.param(
                "市长调研\n\n4月8日,市长到甲镇调研,并作出重要指示。\n\n4月9日,市长到乙镇调研。\n",
                id="instructions-not-studied-after",
            ),
            pytest.param(
                "区里两件事\n\n4月8日,收听收看了省长的讲话,区长深受触动。\n\n4月28日,区长到甲镇调研。\n",
                id="weeks-apart",
            ),
            pytest.param(
                "县长两件事\n\n6月2日,县长王五到县一中看望师生,观看了文艺表演,聆听了校长讲话。"
                "\n\n6月3日,县长王五到乙镇调研。\n",
                id="a-visit-that-hears-a-speech",
            ),
            pytest.param(
                "县长两件事\n\n6月2日,县长王五在县分会场收听收看全国防汛视频会议并讲话。"
                "\n\n6月3日,县长王五到乙镇调研。\n",
                id="a-speech-of-ones-own-after-hearing",
            ),
            pytest.param(
                "县里两件事\n\n6月2日,县四套班子领导在县会议中心收听收看了全省大会讲话。"
                "\n\n6月3日,县长王五到乙镇调研。\n",
                id="a-collective-sitting-hears-a-speech",
            ),
            pytest.param(
                "县长两件事\n\n6月2日,县长王五主持座谈会,与会人员聆听了专家讲话。"
                "\n\n6月3日,县长王五到乙镇调研。\n",
                id="a-chaired-sitting-hears-a-speech",
            ),
            pytest.param(
                "县里两件事\n\n6月2日,全县干部收听收看了全省大会讲话,随后县委书记张三主持召开"
                "县委常委会会议。\n\n6月3日,县长王五到乙镇调研。\n",
                id="a-sitting-called-after-hearing",
            ),
            pytest.param(
                "县长两件事\n\n6月2日,县长王五到甲村收听群众意见,察看村容村貌,随后发表讲话。"
                "\n\n6月3日,县长王五到乙镇调研。\n",
                id="heard-views-and-a-speech-clauses-apart",
            ),
            pytest.param(
                "县里两件事\n\n"
                "6月2日,收听收看了全省大会讲话,随后县委书记张三主持召开县委常委会会议。"
                "\n\n6月3日,县长王五到乙镇调研。\n",
                id="heard-then-an-act-of-its-own",
            ),
            pytest.param(
                "县里两件事\n\n6月2日,县委召开全县经济工作会议,县委书记张三发表重要讲话。"
                "\n\n6月4日,县委常委会召开会议,传达学习张三同志讲话精神。\n",
                id="a-conference-whose-speech-is-studied",
            ),
            pytest.param(
                "县长两件事\n\n6月2日,县长王五到甲镇检查防汛工作,对防汛工作作出指示。"
                "\n\n6月3日,县长王五主持召开防汛会议,传达学习省防指会议精神。\n",
                id="another-message-studied",
            ),
            pytest.param(
                "区委书记调研\n\n6月2日,区委书记张三到甲镇调研,察看乙村民宿,并作出重要指示。"
                "\n\n6月5日,区长李四主持召开区政府常务会议,传达学习张三书记调研时的重要指示精神。\n",
                id="a-local-lead-s-tour-studied-after",
            ),
            pytest.param(
                "县长两件事\n\n2023年12月30日,收听收看了省长的讲话,县长深受触动。"
                "\n\n2024年12月31日,县长王五到乙镇调研。\n",
                id="a-year-apart-by-the-printed-years",
            ),
        ],
    )
    def test_other_days_stay_events(self, page: str) -> None:
        """An act of one's own, a message nobody studies after, or weeks apart: two events."""
        result = extract_text(page, published=dt.date(2025, 6, 20))
        assert 2 == len(result.events)
        assert [] == [w for w in result.warnings if "background" in w]


class TestReposted:
    """A page stamped years after the year its text fixes dates its events in that year."""

    @pytest.mark.parametrize(
        ("page", "expected"),
        [
            pytest.param(
                "我县举行演讲比赛\n发布时间:2013-12-18 11:38\n\n"
                "9月21日晚,县委宣传部举办演讲比赛,抒发了迎接新中国60华诞的喜悦心情。\n",
                [dt.date(2009, 9, 21)],
                id="an-anniversary-count",
            ),
            pytest.param(
                "政协年中工作会议\n发布时间:2015-09-23 10:00\n\n"
                "8月7日,区政协召开年中工作会议,听取区政府2012年上半年工作总结的报告。\n",
                [dt.date(2012, 8, 7)],
                id="a-half-year-reported-on",
            ),
            pytest.param(
                "县委常委会召开会议\n发布时间:2020-04-22 10:00\n\n"
                "4月20日,县委常委会召开会议,学习庆祝中华人民共和国成立70周年的有关精神。\n",
                [dt.date(2020, 4, 20)],
                id="studied-the-year-after",
            ),
            pytest.param(
                "县委常委会召开会议\n发布时间:2023-07-02 10:00\n\n"
                "7月1日,县委常委会召开会议,学习在庆祝中国共产党成立100周年大会上的讲话。\n",
                [dt.date(2023, 7, 1)],
                id="a-speech-at-an-anniversary",
            ),
        ],
    )
    def test_the_year_the_text_fixes(self, page: str, expected: list[dt.date]) -> None:
        """The stamp stays the publication date; the events fall in the year the text fixes."""
        result = extract_text(page)
        assert expected == [e.start for e in result.events]
        assert page.split("发布时间:")[1][:10] == result.published.isoformat()

    def test_a_given_publication_date_is_kept(self) -> None:
        """A publication date the caller gives still gives the year."""
        page = "演讲比赛\n\n9月21日晚,县委宣传部举办演讲比赛,迎接新中国60华诞。\n"
        result = extract_text(page, published=dt.date(2013, 12, 18))
        assert [dt.date(2013, 9, 21)] == [e.start for e in result.events]


class TestYearHeadings:
    @pytest.mark.parametrize(
        "heading",
        [
            "2005年大事记",
            "2005年度",
            "  2005 年",
            "二〇〇五年大事記",
            "2005年某县大事记",
            "2005大事记",
        ],
        ids=["chronicle", "nian-du", "pdf-spaced", "year-in-words", "named-chronicle", "no-nian"],
    )
    def test_a_year_heading_outranks_a_later_stamp(self, heading: str) -> None:
        """A chronicle's year heading dates its items, though the page is stamped years later."""
        result = extract_text(
            f"{heading}\n发布时间:2009-03-11\n"
            "3月11日,县委书记张三到某镇调研。\n"
            "5月20日,县长李四主持召开县政府常务会议。\n"
        )
        assert ["2005-03-11", "2005-05-20"] == [str(e.start) for e in result.events]

    def test_each_item_takes_the_year_heading_above_it(self) -> None:
        """A chronicle of several years: an item takes the nearest heading above, not the last."""
        result = extract_text(
            "大事记\n发布时间:2013-09-23\n"
            "1989年\n"
            "一月\n3日,县委书记张三到某镇调研。\n"
            "5月20日,县长李四主持召开县政府常务会议。\n"
            "1990年\n"
            "五月\n3日,县委书记张三到某村调研。\n"
            "6月8日,县长李四主持召开县政府常务会议。\n"
        )
        assert ["1989-01-03", "1989-05-20", "1990-05-03", "1990-06-08"] == [
            str(e.start) for e in result.events
        ]

    def test_a_bare_day_takes_the_month_of_the_item_above(self) -> None:
        """2月18日 then 26日 under 1992年: the 26th of February, not of the heading's December."""
        result = extract_text(
            "1992年\n发布时间:2009-03-20\n"
            "2月18日 县委书记张三到某镇调研。\n"
            "26日 县长李四主持召开县政府常务会议。\n"
            "3月1日 县委书记张三到某村调研。\n"
        )
        assert ["1992-02-18", "1992-02-26", "1992-03-01"] == [str(e.start) for e in result.events]

    def test_items_before_the_first_heading_are_of_the_year_before(self) -> None:
        """A chronicle's later part opens with the last year's items, above its next heading."""
        result = extract_text(
            "大事记(五)\n发布时间:2011-06-10\n"
            "11月29日,县委书记张三到某镇调研。\n"
            "一九六八年\n"
            "4月20日,县长李四主持召开县政府常务会议。\n"
            "5月10日,县委书记张三到某村调研。\n"
            "一九六九年\n"
            "7月16日,县长李四到某镇检查工作。\n"
        )
        assert ["1967-11-29", "1968-04-20", "1968-05-10", "1969-07-16"] == [
            str(e.start) for e in result.events
        ]

    def test_a_heading_of_the_stamps_year_changes_nothing(self) -> None:
        """12月 under a heading of the stamp's own year stays the year before, as without it."""
        result = extract_text(
            "2021年大事记\n发布时间:2021-03-01\n"
            "12月28日,县委书记张三到某镇调研。\n"
            "2月3日,县长李四主持召开县政府常务会议。\n"
        )
        assert ["2020-12-28", "2021-02-03"] == [str(e.start) for e in result.events]

    @pytest.mark.parametrize(
        "lines",
        ["2005年\n", "2007年\n2006年\n2005年\n"],
        ids=["one-report", "archive-menu"],
    )
    def test_a_year_line_over_one_report_dates_nothing(self, lines: str) -> None:
        """A year line over a single report (a menu's, a calendar's) is no chronicle's heading."""
        result = extract_text(
            f"{lines}县长到某镇调研\n发布时间:2009-03-11\n3月2日,县长李四到某镇检查工作。\n"
        )
        assert ["2009-03-02"] == [str(e.start) for e in result.events]


class TestMonthLines:
    def test_each_day_falls_in_the_month_line_above_it(self) -> None:
        """A chronicle of several months: a day takes the month of the nearest month line above."""
        result = extract_text(
            "2021年第一季度大事记\n\n"
            "一月\n\n"
            "12日,县长李四到某镇检查防汛工作。\n\n"
            "20日,县委书记张三主持召开县委常委会会议。\n\n"
            "二月\n\n"
            "3日,县长李四主持召开县政府常务会议。\n\n"
            "3月\n\n"
            "8日,县委书记张三到某街道调研。\n",
            published=dt.date(2021, 4, 2),
        )
        assert ["2021-01-12", "2021-01-20", "2021-02-03", "2021-03-08"] == [
            str(e.start) for e in result.events
        ]

    def test_a_month_line_without_a_year_follows_the_one_before(self) -> None:
        """十二月 then 一月: the later month is of the next year."""
        result = extract_text(
            "大事记\n\n"
            "十二月\n\n"
            "28日,县长李四主持召开县政府常务会议。\n\n"
            "30日,县委书记张三到某镇调研。\n\n"
            "一月\n\n"
            "4日,县委书记张三主持召开县委常委会会议。\n",
            published=dt.date(2022, 3, 10),
        )
        assert ["2021-12-28", "2021-12-30", "2022-01-04"] == [str(e.start) for e in result.events]

    def test_a_chronicle_newest_month_first_stays_in_its_year(self) -> None:
        """十二月, 十一月, 十月 printed newest first: no day falls after the publication."""
        result = extract_text(
            "2023年大事记\n\n十二月\n\n12日,县长李四到某镇检查防汛工作。\n\n"
            "十一月\n\n3日,县长李四主持召开县政府常务会议。\n\n"
            "十月\n\n8日,县委书记张三到某街道调研。\n",
            published=dt.date(2024, 1, 5),
        )
        assert ["2023-12-12", "2023-11-03", "2023-10-08"] == [str(e.start) for e in result.events]

    @pytest.mark.parametrize(
        ("first", "second", "end"),
        [
            ("元月", "二月", "\n"),
            ("二〇二一年一月", "二月", "\n"),
            ("一月:", "二月:", "\n"),
            ("一月", "二月", "\r"),
            ("(2021年1月)", "(2月)", "\n"),
        ],
        ids=["yuan-yue", "year-in-words", "colon", "cr-line-ends", "in-brackets"],
    )
    def test_month_line_forms(self, first: str, second: str, end: str) -> None:
        """元月, a year in words, a closing colon and carriage-return ends: month lines too."""
        page = (
            f"大事记\n\n{first}\n\n12日,县长李四到某镇检查防汛工作。\n\n"
            f"{second}\n\n3日,县委书记张三主持召开县委常委会会议。\n"
        ).replace("\n", end)
        result = extract_text(page, published=dt.date(2021, 4, 2))
        assert ["2021-01-12", "2021-02-03"] == [str(e.start) for e in result.events]

    @pytest.mark.parametrize(
        "weather",
        [
            "全县普降大暴雨,雨量在50毫米以上。",
            "全市出现持续降雪天气过程。",
            "5个乡镇遭冰雹袭击。",
            "全县气温骤降,山区形成雾凇景观。",
            "局部降特大暴雨,3小时降雨120毫米。",
        ],
        ids=["rainstorm", "snowfall", "hail", "cold-snap", "hours-of-rain"],
    )
    def test_a_weather_entry_is_no_event(self, weather: str) -> None:
        """A chronicle's dated weather entry (no organised act) is left out."""
        result = extract_text(
            "大事记\n\n一月\n\n12日 县长李四到某镇检查工作。\n"
            f"14日 {weather}\n"
            "15日 县委书记张三主持召开县委常委会会议。\n",
            published=dt.date(2021, 4, 2),
        )
        assert ["2021-01-12", "2021-01-15"] == [str(e.start) for e in result.events]

    def test_an_act_against_the_weather_is_an_event(self) -> None:
        """A meeting or a drill the weather brings is an event (召开…防汛会, 实施人工增雨)."""
        result = extract_text(
            "大事记\n\n一月\n\n12日 县长李四到某镇检查工作。\n"
            "14日 县政府召开防汛紧急会议,全县普降暴雨。\n"
            "15日 全县成功实施人工增雨作业,平均降雨20毫米。\n",
            published=dt.date(2021, 4, 2),
        )
        assert ["2021-01-12", "2021-01-14", "2021-01-15"] == [str(e.start) for e in result.events]

    def test_a_lone_month_line_dates_no_single_bare_day(self) -> None:
        """A lone ``8月`` line (a calendar's, a menu's) on a page of one bare day dates nothing."""
        result = extract_text(
            "县长到某镇调研\n\n7月2日,县长李四到某镇检查防汛工作。\n\n"
            "当天下午,李四来到某村。\n\n8月\n\n5日,张三到某街道调研。\n",
            published=dt.date(2021, 7, 10),
        )
        assert ["2021-07-02", "2021-07-05"] == [str(e.start) for e in result.events]
