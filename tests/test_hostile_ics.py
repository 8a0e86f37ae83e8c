"""
Hostile iCalendar input: every damage is an IcsReadError, never a silent loss.

``tests/test_ics_read.py`` (the ics helper's) checks one example of each
error message. This module attacks the reader as a whole: a feed cut at
every line, the real (unpatched) limits, nesting deeper than any recursion,
zone names that look like paths, encodings that are almost UTF-8, and
components that would hide events. Known bugs are pinned as strict xfails
with the precise input; see ``docs/errors.md``.
"""

from __future__ import annotations

import datetime as dt
import io
import time
import uuid

import pytest

import timeline
from timeline import IcsReadError
from timeline.ics import ReadLimits, from_ics, iter_ics, read_ics, to_ics
from timeline.ics import read as ics_read

HEAD = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//EN\r\n"
TAIL = b"END:VCALENDAR\r\n"
EVENT = (
    b"BEGIN:VEVENT\r\nUID:a@example.com\r\nDTSTART:20200525T090000Z\r\n"
    b"SUMMARY:Review\r\nEND:VEVENT\r\n"
)
WINDOW = (dt.date(2020, 1, 1), dt.date(2020, 1, 2))


def _feed(*events: bytes, header: bytes = b"") -> bytes:
    return HEAD + header + b"".join(events or (EVENT,)) + TAIL


def _event(*lines: bytes, uid: bytes = b"a@example.com") -> bytes:
    body = [b"BEGIN:VEVENT", b"UID:" + uid, b"DTSTART:20200525T090000Z", *lines, b"END:VEVENT"]
    return b"\r\n".join(body) + b"\r\n"


def _error(data: bytes, **options: object) -> IcsReadError:
    with pytest.raises(IcsReadError) as info:
        from_ics(data, source="hostile.ics", **options)  # type: ignore[arg-type]
    assert info.value.path == "hostile.ics"
    return info.value


@pytest.fixture(scope="module")
def own_feed() -> bytes:
    """Two seed events as our exporter writes them."""
    return to_ics(timeline.seed_events()[:2])


class TestTruncation:
    """A feed cut short is an error, never a shorter (or empty) calendar."""

    def test_cut_at_every_line(self, own_feed):
        """Every proper line prefix of our feed is refused (missing END:...)."""
        ends = [i + 2 for i in range(len(own_feed)) if own_feed[i : i + 2] == b"\r\n"]
        assert len(ends) > 50
        for end in ends[:-1]:
            err = _error(own_feed[:end])
            assert err.line is not None or "not an iCalendar" in err.message

    def test_cut_at_every_byte_of_a_foreign_feed(self):
        """Every byte prefix of a small foreign feed is refused, up to the last line break."""
        feed = _feed(_event(b"DURATION:PT1H", b"LOCATION:Room 3\\, east", b"SUMMARY:Review"))
        for end in range(len(feed) - 2):
            _error(feed[:end])
        assert 1 == len(from_ics(feed))

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            (HEAD + EVENT, "missing END:VCALENDAR"),
            (HEAD + EVENT[: EVENT.index(b"END:VEVENT")], "missing END:VEVENT"),
            (HEAD + EVENT[: EVENT.index(b"END:VEVENT")] + TAIL, "END:VCALENDAR where END:VEVENT"),
            (HEAD, "missing END:VCALENDAR"),
            (b"BEGIN:VCALENDAR", "missing END:VCALENDAR"),
            (HEAD + EVENT + b"END:VCAL", "END:VCAL where END:VCALENDAR"),
        ],
        ids=[
            "no-end-calendar",
            "no-end-event-at-eof",
            "no-end-event",
            "header-only",
            "begin-only",
            "end-cut",
        ],
    )
    def test_missing_end(self, data, message):
        """Each way of losing an END names it, at the line of the unclosed BEGIN."""
        err = _error(data)
        assert message in err.message
        assert err.line is not None

    def test_empty_calendar_is_fine(self):
        """A complete calendar without events is empty, not an error."""
        assert () == from_ics(HEAD + TAIL)


class TestLimits:
    """The reader's own limits, at their real values (no monkeypatching)."""

    def test_documented_values(self):
        """The limits docs/errors.md states are the ones the reader uses."""
        assert (512 * 1024 * 1024, 1024 * 1024, 2_000_000) == (
            ics_read.MAX_BYTES,
            ics_read.MAX_LINE,
            ics_read.MAX_EVENTS,
        )

    def test_physical_line_over_limit(self):
        """One physical line longer than MAX_LINE is refused at its line number."""
        long = b"SUMMARY:" + b"x" * ics_read.MAX_LINE
        err = _error(_feed(_event(long)))
        assert 7 == err.line
        assert "longer than" in err.message

    def test_folded_line_over_limit(self):
        """Folding does not get around the limit: the content line is measured unfolded."""
        folds = b"\r\n ".join([b"x" * 70] * (ics_read.MAX_LINE // 70 + 2))
        err = _error(_feed(_event(b"SUMMARY:" + folds)))
        assert 7 == err.line  # where the content line starts
        assert "content line longer than" in err.message

    def test_line_just_under_limit(self):
        """A long line within the limit is data (a 100 kB description)."""
        events = from_ics(_feed(_event(b"DESCRIPTION:" + b"x" * 100_000)))
        assert 100_000 == len(events[0].summary)

    def test_size_limit_while_streaming(self, tmp_path):
        """read_ics stops at max_bytes while streaming and names the file and line."""
        path = tmp_path / "big.ics"
        path.write_bytes(_feed(*[_event(uid=b"e%d" % i) for i in range(200)]))
        with pytest.raises(IcsReadError) as info:
            read_ics(path, max_bytes=5_000)
        assert str(path) == info.value.path
        assert info.value.line is not None
        assert "larger than 5000 bytes" in info.value.message

    def test_deep_nesting_is_cut_early(self):
        """Ten thousand nested BEGINs fail at the fourth level, without recursion."""
        started = time.perf_counter()
        err = _error(HEAD + b"BEGIN:X-A\r\n" * 10_000 + TAIL)
        assert "nested too deeply" in err.message
        assert 6 == err.line
        assert time.perf_counter() - started < 5

    def test_components_count_including_skipped_ones(self):
        """Vendor components the reader skips still count toward max_components."""
        vendor = b"BEGIN:X-VENDOR\r\nX-A:1\r\nEND:X-VENDOR\r\n"
        err = _error(_feed(vendor * 101), limits=ReadLimits(max_components=100))
        assert "more than 100 components" in err.message

    def test_alarms_count(self):
        """Subcomponents (VALARM) count too: an event cannot smuggle a million alarms."""
        alarm = b"BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT5M\r\nEND:VALARM\r\n"
        feed = _feed(_event(alarm.rstrip(b"\r\n") * 1 + b"\r\n" + alarm * 100))
        err = _error(feed, limits=ReadLimits(max_components=100))
        assert "more than 100 components" in err.message

    def test_expanded_occurrences_count(self):
        """Occurrences of a recurring event count toward the component limit."""
        rule = _event(b"RRULE:FREQ=MINUTELY", uid=b"r@example.com")
        # The event starts 2020-05-25 09:00Z: the window must hold that day.
        window = (dt.date(2020, 5, 25), dt.date(2020, 5, 26))
        err = _error(_feed(rule), expand=window, limits=ReadLimits(max_components=100))
        assert "more than 100" in err.message
        assert ("RRULE", 4) == (err.property, err.line)

    def test_secondly_over_a_year_stops_at_the_budget(self):
        """FREQ=SECONDLY over a year is refused before it runs: 31 million steps."""
        rule = _event(b"RRULE:FREQ=SECONDLY", uid=b"r@example.com")
        err = _error(_feed(rule), expand=(dt.date(2020, 1, 1), dt.date(2021, 1, 1)))
        assert ("RRULE", 7) == (err.property, err.line)
        assert "steps" in err.message

    def test_occurrences_under_the_limit_are_read(self):
        """Just under the limit (98 occurrences, a VCALENDAR and a VEVENT) all are read."""
        rule = _event(b"RRULE:FREQ=MINUTELY;COUNT=98", uid=b"r@example.com")
        window = (dt.date(2020, 5, 25), dt.date(2020, 5, 26))
        events = from_ics(_feed(rule), expand=window, limits=ReadLimits(max_components=100))
        starts = [e.start for e in events]
        assert 98 == len(starts)
        assert sorted(starts) == starts

    def test_long_occurrence_is_read_once(self):
        """An occurrence spanning many expansion spans is read once, not once per span."""
        rule = _event(b"DURATION:PT30H", b"RRULE:FREQ=DAILY;COUNT=3", uid=b"r@example.com")
        events = from_ics(_feed(rule), expand=(dt.date(2020, 5, 20), dt.date(2020, 6, 1)))
        assert [dt.datetime(2020, 5, day, 9, tzinfo=dt.UTC) for day in (25, 26, 27)] == [
            e.start for e in events
        ]

    def test_many_events_read_in_order(self):
        """Two thousand events are read, in feed order."""
        events = from_ics(_feed(*[_event(uid=b"e%04d" % i) for i in range(2000)]))
        assert [f"e{i:04d}" for i in range(2000)] == [e.id for e in events]


class TestHiddenEvents:
    """Nothing in a calendar may be dropped without a word."""

    def test_nested_calendar(self):
        """A VCALENDAR inside a VCALENDAR is refused, not read as empty."""
        err = _error(HEAD + b"BEGIN:VCALENDAR\r\n" + EVENT + TAIL + TAIL)
        assert ("BEGIN", 4) == (err.property, err.line)

    def test_calendar_inside_an_event(self):
        """A VCALENDAR inside a VEVENT is refused too, naming its line."""
        err = _error(_feed(_event(b"BEGIN:VCALENDAR", b"END:VCALENDAR")))
        assert ("BEGIN", 7) == (err.property, err.line)

    def test_two_calendars_in_a_row(self):
        """Two concatenated calendars (a common cat mistake) give both events."""
        second = EVENT.replace(b"UID:a@", b"UID:b@")
        assert ["a@example.com", "b@example.com"] == [
            e.id for e in from_ics(_feed() + _feed(second))
        ]

    def test_text_after_the_calendar(self):
        """Garbage after END:VCALENDAR is an error, not ignored."""
        err = _error(_feed() + b"garbage\r\n")
        assert 10 == err.line

    def test_unsupported_component_is_named(self):
        """A VTODO is refused (we read events), naming the component."""
        err = _error(_feed(b"BEGIN:VTODO\r\nUID:t\r\nEND:VTODO\r\n"))
        assert "VTODO" == err.property


class TestZones:
    """Zone names from the feed are names, never file paths, and never crash."""

    @pytest.mark.parametrize(
        "tzid",
        [b"../../etc/passwd", b"Mars/Base", b"Asia/../Asia/Shanghai", b"\xe4\xb8\xad"],
        ids=["traversal", "unknown", "dotdot", "cjk"],
    )
    def test_tzid_is_not_a_path(self, tzid):
        """A TZID that names no zone is an IcsReadError on DTSTART."""
        event = EVENT.replace(
            b"DTSTART:20200525T090000Z", b"DTSTART;TZID=" + tzid + b":20200525T090000"
        )
        err = _error(_feed(event))
        assert "DTSTART" == err.property
        assert 6 == err.line

    def test_tzid_too_long(self):
        """An over-long TZID is an unknown zone, not an OSError."""
        event = EVENT.replace(
            b"DTSTART:20200525T090000Z", b"DTSTART;TZID=" + b"x" * 300 + b":20200525T090000"
        )
        _error(_feed(event))

    @pytest.mark.parametrize("zone", [b"../../../../etc/passwd", b"/etc/localtime", b"Nowhere"])
    def test_wr_timezone_is_not_a_path(self, zone):
        """X-WR-TIMEZONE must name an IANA zone."""
        err = _error(_feed(header=b"X-WR-TIMEZONE:" + zone + b"\r\n"))
        assert "X-WR-TIMEZONE" == err.property

    def test_floating_time_read_in_calendar_zone(self):
        """A floating time is read in X-WR-TIMEZONE, not the host's zone."""
        event = EVENT.replace(b"20200525T090000Z", b"20200525T090000")
        (read,) = from_ics(_feed(event, header=b"X-WR-TIMEZONE:Europe/Berlin\r\n"))
        assert dt.datetime(2020, 5, 25, 7, tzinfo=dt.UTC) == read.start

    def test_floating_end_with_utc_start(self):
        """A floating DTEND without X-WR-TIMEZONE is refused even when DTSTART is UTC."""
        err = _error(_feed(_event(b"DTEND:20200525T100000")))
        assert "DTEND" == err.property


class TestEncodings:
    """Bytes that are almost UTF-8 are refused at their line."""

    @pytest.mark.parametrize(
        "bad",
        [b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe4\xb8", b"\xff"],
        ids=["overlong", "surrogate", "above-max", "cut-sequence", "ff"],
    )
    def test_invalid_utf8(self, bad):
        """Overlong forms, encoded surrogates, cut sequences: IcsReadError on that line."""
        err = _error(_feed(_event(b"SUMMARY:a" + bad + b"b")))
        assert 7 == err.line
        assert "UTF-8" in err.message

    def test_invalid_utf8_in_continuation(self):
        """A bad byte in a folded continuation names the physical line."""
        err = _error(_feed(_event(b"SUMMARY:abc\r\n d\xffe")))
        assert 8 == err.line

    @pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-be"])
    def test_wide_encodings(self, encoding):
        """A feed saved as UTF-16 or UTF-32 is refused, not read as garbage."""
        _error(_feed().decode().encode(encoding))


class TestValues:
    """Values that are legal lines but impossible facts."""

    def test_duration_overflowing_datetime(self):
        """A DURATION past year 9999 is an IcsReadError, not OverflowError."""
        err = _error(_feed(_event(b"DURATION:P99999999D")))
        assert ("DURATION", 7) == (err.property, err.line)

    def test_year_9999(self):
        """A start on the last day the model allows is refused as out of range."""
        err = _error(_feed(_event().replace(b"20200525T090000Z", b"99991231T235959Z")))
        assert "must lie between" in err.message

    def test_nul_in_own_json(self, own_feed):
        """A NUL smuggled into our own JSON id is refused by the model, not stored."""
        err = _error(own_feed.replace(b'X-TIMELINE-ID:"', b'X-TIMELINE-ID:"\\\\u0000', 1))
        assert err.line is not None

    def test_surrogate_in_own_json(self, own_feed):
        """A lone surrogate in our JSON summary is refused (it could never be written)."""
        data = own_feed.replace(b"END:VEVENT", b'X-TIMELINE-SUMMARY:"\\\\ud800"\r\nEND:VEVENT', 1)
        err = _error(data)
        assert "surrogate" in err.message

    def test_nul_in_foreign_summary_is_cleaned(self):
        """A NUL in a foreign one-line SUMMARY becomes a space in the title."""
        (event,) = from_ics(_feed(_event(b"SUMMARY:a\x00b")))
        assert "a b" == event.title

    def test_bad_parameter_names_property(self):
        """An unterminated quoted parameter names its property (or none), not 'None'."""
        err = _error(_feed(_event(b'SUMMARY;LANGUAGE="unterminated:x')))
        assert err.property in {None, "SUMMARY"}

    def test_read_ics_names_file(self, tmp_path):
        """read_ics errors carry the file's path."""
        path = tmp_path / "bad.ics"
        path.write_bytes(HEAD + EVENT)
        with pytest.raises(IcsReadError) as info:
            read_ics(path)
        assert str(path) == info.value.path
        assert str(info.value).startswith(f"{path}:1: VCALENDAR: ")

    def test_directory_is_a_read_error(self, tmp_path):
        """A directory given as a feed is an IcsReadError naming it."""
        with pytest.raises(IcsReadError) as info:
            read_ics(tmp_path)
        assert str(tmp_path) == info.value.path


class TestDuplicateUids:
    """One UID, one event: a repeated UID is refused, not doubled or dropped."""

    def test_repeated_uid_is_refused(self):
        """A second VEVENT with the same UID is an IcsReadError on its BEGIN line."""
        err = _error(_feed(EVENT, EVENT))
        assert ("UID", 9) == (err.property, err.line)

    def test_what_is_read_exports_again(self):
        """The fuzz-found feed (one UID twice) no longer reads into an unwritable model."""
        data = (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
            b"X-WR-TIMEZONE:Asia/Shanghai\r\nBEGIN:VEVENT\r\nUID:a@b\r\n"
            b"DTSTART:20200525T090000\r\nEND:VEVENT\r\nSUMMARY:R\r\nBEGIN:VEVENT\r\n"
            b"UID:a@b\r\nDTSTART:20200525T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        err = _error(data, expand=WINDOW)
        assert ("UID", 10) == (err.property, err.line)


#: A VTIMEZONE whose observances recur every second from 1900 (454 bytes):
#: built as icalendar builds it, four billion transitions to 2038.
ZONE_BOMB = (
    b"BEGIN:VTIMEZONE\r\nTZID:Bomb\r\n"
    b"BEGIN:STANDARD\r\nDTSTART:19000101T000000\r\nRRULE:FREQ=SECONDLY\r\n"
    b"TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\n"
    b"BEGIN:DAYLIGHT\r\nDTSTART:19000101T000000\r\nRRULE:FREQ=SECONDLY;INTERVAL=2\r\n"
    b"TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
)
ONE_DAY = (dt.date(2020, 6, 1), dt.date(2020, 6, 2))


def _recurring(start: bytes, *lines: bytes) -> bytes:
    body = [b"BEGIN:VEVENT", b"UID:r@example.com", b"DTSTART:" + start, *lines, b"END:VEVENT"]
    return b"\r\n".join(body) + b"\r\n"


class TestBoundedExpansion:
    """Recurrence costs what the window holds: budgets, not hours of work (issue 15)."""

    def test_vtimezone_rule_bomb_is_refused_before_it_runs(self):
        """A VTIMEZONE with FREQ=SECONDLY from 1900 is refused at its RRULE, not built."""
        feed = _feed(
            _event(b"SUMMARY:x").replace(
                b"DTSTART:20200525T090000Z", b"DTSTART;TZID=Bomb:20200525T090000"
            ),
            header=ZONE_BOMB,
        )
        err = _error(feed)
        assert ("RRULE", 8) == (err.property, err.line)
        assert "VTIMEZONE" in err.message

    def test_unused_vtimezone_bomb_costs_nothing(self):
        """A VTIMEZONE no event uses is never built: its rules cannot cost anything."""
        (event,) = from_ics(_feed(header=ZONE_BOMB))
        assert "Review" == event.title

    def test_minutely_rule_from_1900_reads_one_day(self):
        """FREQ=MINUTELY from 1900 in a one-day window: that day's 1440 occurrences, at once."""
        feed = _feed(_recurring(b"19000101T000000Z", b"DURATION:PT1M", b"RRULE:FREQ=MINUTELY"))
        events = from_ics(feed, expand=ONE_DAY)
        starts = sorted(e.start for e in events)
        first = dt.datetime(2020, 6, 1, tzinfo=dt.UTC)
        assert [first + dt.timedelta(minutes=m) for m in range(1440)] == starts

    def test_moved_rule_keeps_its_filters_and_grid(self):
        """HOURLY;INTERVAL=5;BYHOUR from 1900: the window holds exactly the rule's own hours."""
        rule = b"RRULE:FREQ=HOURLY;INTERVAL=5;BYHOUR=0,5,10,15,20"
        feed = _feed(_recurring(b"19000101T000000Z", b"DURATION:PT1H", rule))
        events = from_ics(feed, expand=(dt.date(2020, 6, 1), dt.date(2020, 6, 3)))
        # 1900-01-01 00:00 + 5 h steps: the grid is 01, 06, 11, 16, 21 UTC on 2020-06-01
        # and 02, 07, 12, 17, 22 on 06-02; BYHOUR keeps the grid hours it lists: none here.
        assert [] == list(events)
        rule = b"RRULE:FREQ=HOURLY;INTERVAL=5;BYHOUR=1,12"
        feed = _feed(_recurring(b"19000101T000000Z", b"DURATION:PT1H", rule))
        events = from_ics(feed, expand=(dt.date(2020, 6, 1), dt.date(2020, 6, 3)))
        day = dt.datetime(2020, 6, 1, tzinfo=dt.UTC)
        expected = [day + dt.timedelta(hours=h) for h in (1, 36)]
        assert expected == sorted(e.start for e in events)

    def test_secondly_rule_in_one_day_stops_at_the_occurrence_budget(self):
        """FREQ=SECONDLY from 1900: 86,400 occurrences in a day, refused at max_occurrences."""
        feed = _feed(_recurring(b"19000101T000000Z", b"DURATION:PT1S", b"RRULE:FREQ=SECONDLY"))
        err = _error(feed, expand=ONE_DAY, limits=ReadLimits(max_occurrences=500))
        assert ("RRULE", 4) == (err.property, err.line)
        assert "more than 500" in err.message

    def test_daily_rule_from_year_one_is_refused(self):
        """A daily rule from year 1 (740,000 steps to 2025) is over the step budget."""
        feed = _feed(_recurring(b"00010101T000000Z", b"RRULE:FREQ=DAILY"))
        err = _error(feed, expand=ONE_DAY)
        assert "steps" in err.message
        assert "RRULE" == err.property

    def test_time_of_day_lists_multiply_the_estimate(self):
        """DAILY with every hour, minute and second listed: 86,400 a day from January, refused."""
        every = b";".join(
            [
                b"BYHOUR=" + b",".join(b"%d" % h for h in range(24)),
                b"BYMINUTE=" + b",".join(b"%d" % m for m in range(60)),
                b"BYSECOND=" + b",".join(b"%d" % s for s in range(60)),
            ]
        )
        feed = _feed(_recurring(b"20200101T000000Z", b"RRULE:FREQ=DAILY;" + every))
        err = _error(feed, expand=ONE_DAY)
        assert "steps" in err.message

    def test_many_rdates_are_refused_before_parsing(self):
        """More RDATE values than max_dates: refused at the line that passes the budget."""
        rdates = [b"RDATE:202001%02dT090000Z" % (1 + i % 28) for i in range(30)]
        feed = _feed(_recurring(b"20200101T090000Z", *rdates))
        err = _error(feed, expand=ONE_DAY, limits=ReadLimits(max_dates=20))
        assert ("RDATE", 6 + 21) == (err.property, err.line)  # the 21st RDATE

    def test_rdates_within_budget_are_read(self):
        """RDATEs within the budget give their occurrences in the window."""
        rdates = [b"RDATE:20200601T%02d0000Z" % h for h in (9, 12, 15)]
        feed = _feed(_recurring(b"20200101T090000Z", *rdates))
        events = from_ics(feed, expand=ONE_DAY)
        assert [9, 12, 15] == sorted(e.start.hour for e in events)


class TestZonesBuiltOnce:
    """A feed's own VTIMEZONE is built once per read, not once per event (issue 15)."""

    ZONE = (
        b"BEGIN:VTIMEZONE\r\nTZID:%s\r\n"
        b"BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\n"
        b"TZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
        b"BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\n"
        b"TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n"
        b"END:VTIMEZONE\r\n"
    )

    @pytest.fixture
    def built(self, monkeypatch):
        """The TZIDs icalendar builds a zone for, in order."""
        import icalendar  # noqa: PLC0415 - the library whose work is counted

        built: list[str] = []
        original = icalendar.Timezone.to_tz

        def counting(self, *args, **kwargs):
            built.append(str(self["TZID"]))
            return original(self, *args, **kwargs)

        monkeypatch.setattr(icalendar.Timezone, "to_tz", counting)
        return built

    def _read(self, count: int) -> tuple[timeline.Event, ...]:
        # A fresh name each time: icalendar caches zones by name for the process.
        tzid = b"Outlook %s" % uuid.uuid4().hex.encode()
        start = b"DTSTART;TZID=" + tzid + b":20200525T090000"
        events = [
            _event(b"SUMMARY:x", uid=b"e%d" % i).replace(b"DTSTART:20200525T090000Z", start)
            for i in range(count)
        ]
        return from_ics(_feed(*events, header=self.ZONE % tzid))

    def test_zone_work_does_not_grow_with_events(self, built):
        """Fifty events in an Outlook-style zone build it as often as one event does."""
        one = self._read(1)
        once = len(built)
        built.clear()
        fifty = self._read(50)
        assert once == len(built)
        assert {dt.timedelta(hours=2)} == {e.start.utcoffset() for e in one + fifty}

    def test_unused_zones_are_never_built(self, built):
        """Two hundred VTIMEZONEs no event uses cost a line scan: none is parsed or built."""
        zones = b"".join(self.ZONE % b"Unused %d" % i for i in range(200))
        assert 1 == len(from_ics(_feed(header=zones)))
        assert [] == built


class TestStreamingLineLimit:
    """A line is read up to the limit and no further (issue 15)."""

    def test_one_line_file_is_refused_within_the_limit(self):
        """A 4 MiB file of one line is refused having read at most one limit of it at a time."""

        class Tracking(io.BytesIO):
            largest = 0

            def readline(self, size: int | None = -1) -> bytes:
                line = super().readline(size)
                Tracking.largest = max(Tracking.largest, len(line))
                return line

        data = HEAD + b"X-LONG:" + b"x" * (4 * 1024 * 1024)
        with pytest.raises(IcsReadError) as info:
            list(iter_ics(Tracking(data), source="one.ics", limits=ReadLimits(max_line=1000)))
        assert (4, "line longer than 1000 bytes") == (info.value.line, info.value.message)
        assert Tracking.largest <= 1002


class TestOwnJson:
    """Our own X-TIMELINE-* JSON, when someone else wrote it (issue 15)."""

    def test_deeply_nested_json_is_one_clear_error(self, own_feed):
        """JSON nested 100,000 deep: an IcsReadError on its property, not a RecursionError."""
        deep = b"[" * 100_000 + b"]" * 100_000
        lines = own_feed.replace(b"\r\n ", b"").split(b"\r\n")
        at = next(i for i, line in enumerate(lines) if line.startswith(b"X-TIMELINE-LOCATIONS:"))
        lines[at] = b"X-TIMELINE-LOCATIONS:" + deep
        err = _error(b"\r\n".join(lines))
        assert ("X-TIMELINE-LOCATIONS", "JSON nested too deeply") == (err.property, err.message)
