"""Event dates: month/day, ranges, clock times, relative days, years."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract_text
from timeline.extract.dates import find_event_date, header_date, marker_date, resolve
from timeline.model import SHANGHAI

PUBLISHED = dt.date(2020, 6, 3)


def _resolve(text: str, *, published: dt.date = PUBLISHED, anchor: dt.date | None = None) -> tuple:
    mention = find_event_date(text, day_only=anchor is not None)
    assert mention is not None
    return resolve(mention, published=published, anchor=anchor)


class TestResolve:
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

    def test_background_date_skipped(self) -> None:
        """``自2月20日以来`` is background, not the event date."""
        mention = find_event_date("自2月20日以来,3月1日召开")
        assert mention is not None
        assert (3, 1) == (mention.month, mention.day)


class TestMarkers:
    def test_marker_date(self) -> None:
        """A dateline's date is read, in simplified or traditional script."""
        assert (None, 3, 2) == marker_date("新华社郑州3月2日电")

    def test_header_date(self) -> None:
        """A page header gives a full date."""
        assert dt.date(2020, 11, 5) == header_date("2020年11月5日 星期四")

    def test_header_date_invalid(self) -> None:
        """An impossible header date is no date."""
        assert header_date("2020年2月30日") is None


class TestPublication:
    def test_assumed_with_warning(self) -> None:
        """Without a publication date, the day after the latest event is assumed, loudly."""
        result = extract_text("标题\n\n本报讯 6月2日,中原区召开会议。")
        assert dt.date(2020, 6, 3) == result.published
        assert any("no publication date: assumed 2020-06-03" in w for w in result.warnings)

    def test_header_used(self) -> None:
        """A page header gives the publication date, without a warning."""
        result = extract_text("2021年3月4日 星期四\n\n标题\n\n本报讯 3月3日,中原区召开会议。")
        assert dt.date(2021, 3, 4) == result.published
        assert dt.date(2021, 3, 3) == result.events[0].start
        assert () == result.warnings

    def test_impossible_date_warns(self) -> None:
        """A report dated 2月30日 is skipped with a warning naming the date."""
        result = extract_text("标题\n\n本报讯 2月30日,中原区召开会议。", published=PUBLISHED)
        assert () == result.events
        assert any("2月30日" in w for w in result.warnings)
