"""ReadLimits: the reader's limits and budgets, at their real values and set smaller."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from tests.ics._feeds import HEAD, TAIL, feed_of, read_error, vevent
from timeline import IcsReadError
from timeline.ics import DEFAULT_LIMITS, ReadLimits, from_ics, read_ics


class TestLimits:
    """The reader's own limits, at their real values (no monkeypatching)."""

    def test_documented_values(self):
        """The limits docs/errors.md states are the ones the reader uses."""
        assert (512 * 1024 * 1024, 1024 * 1024, 2_000_000) == (
            DEFAULT_LIMITS.max_bytes,
            DEFAULT_LIMITS.max_line,
            DEFAULT_LIMITS.max_components,
        )

    def test_physical_line_over_limit(self):
        """One physical line longer than the default max_line is refused at its line number."""
        long = b"SUMMARY:" + b"x" * DEFAULT_LIMITS.max_line
        err = read_error(feed_of(vevent(long)))
        assert 7 == err.line
        assert "longer than" in err.message

    def test_folded_line_over_limit(self):
        """Folding does not get around the limit: the content line is measured unfolded."""
        folds = b"\r\n ".join([b"x" * 70] * (DEFAULT_LIMITS.max_line // 70 + 2))
        err = read_error(feed_of(vevent(b"SUMMARY:" + folds)))
        assert 7 == err.line  # where the content line starts
        assert "content line longer than" in err.message

    def test_line_just_under_limit(self):
        """A long line within the limit is data (a 100 kB description)."""
        events = from_ics(feed_of(vevent(b"DESCRIPTION:" + b"x" * 100_000)))
        assert 100_000 == len(events[0].summary)

    def test_size_limit_while_streaming(self, tmp_path):
        """read_ics stops at max_bytes while streaming and names the file and line."""
        path = tmp_path / "big.ics"
        path.write_bytes(feed_of(*[vevent(uid=b"e%d" % i) for i in range(200)]))
        with pytest.raises(IcsReadError) as info:
            read_ics(path, max_bytes=5_000)
        assert str(path) == info.value.path
        assert info.value.line is not None
        assert "larger than 5000 bytes" in info.value.message

    def test_deep_nesting_is_cut_early(self):
        """Ten thousand nested BEGINs fail at the fourth level, without recursion."""
        started = time.perf_counter()
        err = read_error(HEAD + b"BEGIN:X-A\r\n" * 10_000 + TAIL)
        assert "nested too deeply" in err.message
        assert 6 == err.line
        assert time.perf_counter() - started < 5

    def test_components_count_including_skipped_ones(self):
        """Vendor components the reader skips still count toward max_components."""
        vendor = b"BEGIN:X-VENDOR\r\nX-A:1\r\nEND:X-VENDOR\r\n"
        err = read_error(feed_of(vendor * 101), limits=ReadLimits(max_components=100))
        assert "more than 100 components" in err.message

    def test_alarms_count(self):
        """Subcomponents (VALARM) count too: an event cannot smuggle a million alarms."""
        alarm = b"BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT5M\r\nEND:VALARM\r\n"
        feed = feed_of(vevent(alarm.rstrip(b"\r\n") * 1 + b"\r\n" + alarm * 100))
        err = read_error(feed, limits=ReadLimits(max_components=100))
        assert "more than 100 components" in err.message

    def test_expanded_occurrences_count(self):
        """Occurrences of a recurring event count toward the component limit."""
        rule = vevent(b"RRULE:FREQ=MINUTELY", uid=b"r@example.com")
        # The event starts 2020-05-25 09:00Z: the window must hold that day.
        window = (dt.date(2020, 5, 25), dt.date(2020, 5, 26))
        err = read_error(feed_of(rule), expand=window, limits=ReadLimits(max_components=100))
        assert "more than 100" in err.message
        assert ("RRULE", 4) == (err.property, err.line)

    def test_secondly_over_a_year_stops_at_the_budget(self):
        """FREQ=SECONDLY over a year is refused before it runs: 31 million steps."""
        rule = vevent(b"RRULE:FREQ=SECONDLY", uid=b"r@example.com")
        err = read_error(feed_of(rule), expand=(dt.date(2020, 1, 1), dt.date(2021, 1, 1)))
        assert ("RRULE", 7) == (err.property, err.line)
        assert "steps" in err.message

    def test_occurrences_under_the_limit_are_read(self):
        """Just under the limit (98 occurrences, a VCALENDAR and a VEVENT) all are read."""
        rule = vevent(b"RRULE:FREQ=MINUTELY;COUNT=98", uid=b"r@example.com")
        window = (dt.date(2020, 5, 25), dt.date(2020, 5, 26))
        events = from_ics(feed_of(rule), expand=window, limits=ReadLimits(max_components=100))
        starts = [e.start for e in events]
        assert 98 == len(starts)
        assert sorted(starts) == starts

    def test_long_occurrence_is_read_once(self):
        """An occurrence spanning many expansion spans is read once, not once per span."""
        rule = vevent(b"DURATION:PT30H", b"RRULE:FREQ=DAILY;COUNT=3", uid=b"r@example.com")
        events = from_ics(feed_of(rule), expand=(dt.date(2020, 5, 20), dt.date(2020, 6, 1)))
        assert [dt.datetime(2020, 5, day, 9, tzinfo=dt.UTC) for day in (25, 26, 27)] == [
            e.start for e in events
        ]

    def test_many_events_read_in_order(self):
        """Two thousand events are read, in feed order."""
        events = from_ics(feed_of(*[vevent(uid=b"e%04d" % i) for i in range(2000)]))
        assert [f"e{i:04d}" for i in range(2000)] == [e.id for e in events]
