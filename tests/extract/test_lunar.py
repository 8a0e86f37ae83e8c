"""Lunar dates: which forms are read, and which solar day each one is."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lunar_python import Solar

from timeline.extract import extract_text
from timeline.extract._dates import find_event_date
from timeline.extract._lunar import LUNAR, lunar_day, on_or_before


def _read(text: str) -> tuple[int, int] | None:
    m = LUNAR.search(text)
    return lunar_day(m) if m is not None else None


class TestForms:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("正月初七一上班", (1, 7)),
            ("腊月二十三", (12, 23)),
            ("腊月廿三", (12, 23)),
            ("冬月初一", (11, 1)),
            ("大年初一上午", (1, 1)),
            ("农历八月十五", (8, 15)),
            ("十月初一", (10, 1)),
            ("正月十五", (1, 15)),
            ("腊月三十", (12, 30)),
            ("正月十五日", (1, 15)),
            ("农历十月十五日", (10, 15)),
        ],
    )
    def test_read(self, text: str, expected: tuple[int, int]) -> None:
        """Month names, 初/廿 days, 大年 and 农历 are read as lunar."""
        assert expected == _read(text)

    @pytest.mark.parametrize(
        "text", ["八月十五", "十月十五日", "十月初一日", "5月25日", "正月里", "闰二月初一"]
    )
    def test_not_lunar(self, text: str) -> None:
        """A numbered month without 农历 or 初, or closed by 日, may be solar; no leap month."""
        assert _read(text) is None

    def test_solar_date_wins(self) -> None:
        """2月5日(正月初八): the solar date printed first dates the event."""
        mention = find_event_date("2月5日(正月初八),县长调研。")
        assert mention is not None
        assert (2, 5, False) == (mention.month, mention.day, mention.lunar)

    def test_lunar_mention(self) -> None:
        """A lead with a lunar date only is dated by it, as printed."""
        mention = find_event_date("正月初七一上班,镇里召开工作会议。")
        assert mention is not None
        assert (1, 7, True, "正月初七") == (mention.month, mention.day, mention.lunar, mention.text)


class TestSolarDay:
    @pytest.mark.parametrize(
        ("month", "day", "published", "expected"),
        [
            (1, 7, dt.date(2015, 3, 4), dt.date(2015, 2, 25)),
            # The twelfth month read in the solar year after its lunar year.
            (12, 23, dt.date(2016, 2, 10), dt.date(2016, 2, 1)),
            (1, 1, dt.date(2016, 2, 10), dt.date(2016, 2, 8)),
            (8, 15, dt.date(2016, 2, 10), dt.date(2015, 9, 27)),
            # Read before this year's day: last year's.
            (1, 15, dt.date(2021, 1, 10), dt.date(2020, 2, 8)),
        ],
    )
    def test_on_or_before(
        self, month: int, day: int, published: dt.date, expected: dt.date
    ) -> None:
        """The last such day on or before publication."""
        assert expected == on_or_before(month, day, published)

    def test_missing_day(self) -> None:
        """A 30th in months of 29 days both years: no such day."""
        # The first month of 2021 and of 2020 each have 29 days.
        with pytest.raises(ValueError, match="no lunar day 1/30"):
            on_or_before(1, 30, dt.date(2021, 3, 31))

    def test_outside_the_tables(self) -> None:
        """Years the tables do not hold give an error, not a guess."""
        with pytest.raises(ValueError, match="no lunar day"):
            on_or_before(1, 1, dt.date(1850, 6, 1))

    @given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)))
    def test_round_trip(self, day: dt.date) -> None:
        """Any solar day is found again from its lunar month and day, read that day."""
        lunar = Solar.fromYmd(day.year, day.month, day.day).getLunar()
        if lunar.getMonth() < 0:
            return  # a leap month: no form reads one
        assert day == on_or_before(lunar.getMonth(), lunar.getDay(), day)


class TestExtract:
    def test_report_dated_by_lunar_day(self) -> None:
        """A report dated 正月初七 and published in March is of that February."""
        result = extract_text(
            "本报讯 正月初七上午,镇党委书记王明主持召开农业农村工作会议。",
            published=dt.date(2015, 3, 4),
        )
        assert [dt.date(2015, 2, 25)] == [e.start for e in result.events]

    def test_lunar_day_after_the_lead(self) -> None:
        """A report whose lunar date is in its second sentence is dated by it."""
        result = extract_text(
            "本报讯 全镇迅速开展春季水利工作。 腊月二十三,县长王明走访慰问困难群众。",
            published=dt.date(2016, 2, 10),
        )
        assert [dt.date(2016, 2, 1)] == [e.start for e in result.events]


class TestReview:
    """Readings a review found wrong in the first version."""

    def test_festival_in_passing_gives_way_to_a_bare_day(self) -> None:
        """大年初一前 names a deadline: the printed 23日 dates the event."""
        result = extract_text(
            "本报讯 23日,县长王明主持召开会议,要求大年初一前完成各项工作。",
            published=dt.date(2024, 2, 1),
        )
        assert [dt.date(2024, 1, 23)] == [e.start for e in result.events]

    def test_festival_in_passing_gives_way_to_a_relative_day(self) -> None:
        """A greeting for 大年初一 does not date an event told as 昨天."""
        result = extract_text(
            "本报讯 昨天,县长王明走访慰问困难群众,提前祝大家大年初一快乐。",
            published=dt.date(2024, 2, 1),
        )
        assert [dt.date(2024, 1, 31)] == [e.start for e in result.events]

    def test_printed_year_is_the_lunar_year(self) -> None:
        """2023年正月初七 is of lunar 2023, whenever the page was published."""
        mention = find_event_date("2023年正月初七,镇里召开工作会议。")
        assert mention is not None
        assert (2023, 1, 7, True) == (mention.year, mention.month, mention.day, mention.lunar)
        assert dt.date(2023, 1, 28) == on_or_before(1, 7, dt.date(2024, 6, 1), year=2023)

    def test_lunar_word_before_a_solar_form(self) -> None:
        """农历十月十五日 is lunar, not 15 October."""
        mention = find_event_date("农历十月十五日,村里举办活动。")
        assert mention is not None
        assert (10, 15, True) == (mention.month, mention.day, mention.lunar)

    def test_page_without_publication_date(self) -> None:
        """A lunar day is no solar day when the page's date is guessed from its events."""
        result = extract_text("本报讯 2024年正月初七上午,镇党委书记王明主持召开工作会议。")
        assert [dt.date(2024, 2, 16)] == [e.start for e in result.events]

    def test_solar_lead_and_lunar_paragraph_of_the_same_day(self) -> None:
        """A paragraph opening with the lunar name of the lead's day is no second event."""
        result = extract_text(
            "本报讯 2月16日,县长王明到甲镇调研。\n正月初七,王明一行来到乙村察看。",
            published=dt.date(2024, 2, 20),
        )
        assert 1 == len(result.events)
