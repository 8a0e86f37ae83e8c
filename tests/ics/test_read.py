"""Import from iCalendar: our feeds without loss, foreign feeds as far as they go, clear errors."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import example, given

import timeline
from tests import _paths
from tests._fuzz import WINDOW, error_path, fuzz, outcome_of, regression_cases
from tests.ics._feeds import EVENT, HEAD, TAIL, feed_of, read_error, vevent
from tests.strategies import (
    hostile_bytes,
    ics_event_lists,
    ics_instants,
    ics_like,
    mutated,
)
from timeline import IcsReadError, TimelineError
from timeline.ics import ReadLimits, from_ics, read_ics, to_ics

DATA = _paths.DATA / "ics"


def _by_id(events):
    return sorted(events, key=lambda e: e.id)


def _calendar(*lines: str, header: tuple[str, ...] = ("VERSION:2.0", "PRODID:-//t//EN")) -> bytes:
    body = ["BEGIN:VCALENDAR", *header, *lines, "END:VCALENDAR"]
    return ("\r\n".join(body) + "\r\n").encode()


def _vevent(*lines: str) -> tuple[str, ...]:
    return ("BEGIN:VEVENT", "UID:u1", "DTSTAMP:20200101T000000Z", *lines, "END:VEVENT")


def _error(data: bytes, **options: object) -> timeline.IcsReadError:
    with pytest.raises(timeline.IcsReadError) as info:
        from_ics(data, source="feed.ics", **options)
    return info.value


class TestRoundTrip:
    """Our feeds read back without loss."""

    def test_seed_comes_back_equal(self, seed_events):
        """from_ics(to_ics(seed)) holds exactly the seed's events."""
        assert _by_id(seed_events) == _by_id(from_ics(to_ics(seed_events)))

    @pytest.mark.slow
    @given(ics_event_lists())
    @example([])
    def test_generated_events_come_back_equal(self, events):
        """Any events (CJK, controls, every role, zones, repeated hours) survive a round trip."""
        back = from_ics(to_ics(events))
        assert _by_id(events) == _by_id(back)
        assert ics_instants(events) == ics_instants(back)

    def test_second_round_trip_is_byte_identical(self, seed_events):
        """Reading and writing again gives the same bytes."""
        data = to_ics(seed_events)
        assert data == to_ics(from_ics(data))

    def test_read_ics_and_read_events(self, tmp_path, seed_events):
        """read_ics and read_events read a feed file."""
        path = tmp_path / "seed.ics"
        path.write_bytes(to_ics(seed_events))
        assert _by_id(seed_events) == _by_id(read_ics(path))
        assert _by_id(seed_events) == _by_id(timeline.read_events(path))

    def test_zone_survives(self):
        """A named zone comes back as the same ZoneInfo."""
        start = dt.datetime(2020, 7, 1, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
        event = timeline.Event(id="z", title="t", start=start)
        (back,) = from_ics(to_ics([event]))
        assert ZoneInfo("Europe/Berlin") is back.start.tzinfo


class TestRepeatedHour:
    """The hour a clocks-back night repeats: each time round is its own instant."""

    BERLIN = ZoneInfo("Europe/Berlin")

    @pytest.mark.parametrize("fold", [0, 1], ids=["first", "second"])
    def test_repeated_wall_time_comes_back_as_the_same_instant(self, fold):
        """02:30 on 2025-10-26 in Berlin, either time round, reads back as that instant and zone."""
        start = dt.datetime(2025, 10, 26, 2, 30, tzinfo=self.BERLIN, fold=fold)
        end = dt.datetime(2025, 10, 26, 3, 30, tzinfo=self.BERLIN)
        event = timeline.Event(id="late", title="Club night", start=start, end=end)
        (back,) = from_ics(to_ics([event]))
        assert ics_instants([event]) == ics_instants([back])
        assert (self.BERLIN, fold) == (back.start.tzinfo, back.start.fold)

    def test_second_time_round_is_written_in_utc(self):
        """The second 02:30 is written as its UTC instant, the zone in a parameter of ours."""
        start = dt.datetime(2025, 10, 26, 2, 30, tzinfo=self.BERLIN, fold=1)
        event = timeline.Event(id="late", title="t", start=start, end=start)
        data = to_ics([event]).replace(b"\r\n ", b"")
        assert b"\r\nDTSTART;X-TIMELINE-TZID=Europe/Berlin:20251026T013000Z\r\n" in data
        assert b"TZID=Europe/Berlin:20251026T023000" not in data

    def test_icalendar_reads_the_second_time_round(self):
        """The reference reader, icalendar, sees 01:30 UTC, the second 02:30, not the first."""
        import icalendar  # noqa: PLC0415 - the reference reader

        start = dt.datetime(2025, 10, 26, 2, 30, tzinfo=self.BERLIN, fold=1)
        event = timeline.Event(id="late", title="t", start=start)
        (vevent,) = icalendar.Calendar.from_ical(to_ics([event])).walk("VEVENT")
        assert start.astimezone(dt.UTC) == vevent["DTSTART"].dt.astimezone(dt.UTC)


class TestFloatingTimes:
    """Floating times (no TZID, no Z) in foreign feeds: read in a zone, never the host's."""

    NEW_YORK = ZoneInfo("America/New_York")

    @pytest.mark.parametrize(
        "extra",
        [(), ("RRULE:FREQ=DAILY;COUNT=1",)],
        ids=["fast path", "icalendar path"],
    )
    def test_floating_zone_reads_floating_times(self, extra):
        """With floating=zone a floating start and end are read in that zone."""
        data = _calendar(*_vevent("DTSTART:20250601T200000", "DTEND:20250601T230000", *extra))
        expand = (dt.date(2025, 6, 1), dt.date(2025, 6, 2)) if extra else None
        (event,) = from_ics(data, floating=self.NEW_YORK, expand=expand)
        assert dt.datetime(2025, 6, 1, 20, tzinfo=self.NEW_YORK) == event.start
        assert self.NEW_YORK is event.start.tzinfo
        assert dt.datetime(2025, 6, 1, 23, tzinfo=self.NEW_YORK) == event.end

    def test_calendar_zone_wins_over_floating_zone(self):
        """X-WR-TIMEZONE is the feed's own statement: it wins over floating=."""
        data = _calendar(
            *_vevent("DTSTART:20250601T200000"),
            header=("VERSION:2.0", "PRODID:-//t//EN", "X-WR-TIMEZONE:Europe/Berlin"),
        )
        (event,) = from_ics(data, floating=self.NEW_YORK)
        assert ZoneInfo("Europe/Berlin") is event.start.tzinfo

    def test_without_a_zone_a_floating_time_is_refused(self):
        """No X-WR-TIMEZONE and no floating=: the floating time's line is named."""
        error = _error(_calendar(*_vevent("DTSTART:20250601T200000")))
        assert (7, "DTSTART") == (error.line, error.property)
        assert "floating" in error.message

    def test_read_ics_takes_a_floating_zone(self, tmp_path):
        """read_ics passes floating= on."""
        path = tmp_path / "f.ics"
        path.write_bytes(_calendar(*_vevent("DTSTART:20250601T200000")))
        (event,) = read_ics(path, floating=self.NEW_YORK)
        assert self.NEW_YORK is event.start.tzinfo


class TestForeign:
    """Feeds written by other programs."""

    def test_google_export(self):
        """Google: UTC times, mailto attendees, a room, floating times in X-WR-TIMEZONE."""
        meeting, training, floating = read_ics(DATA / "google.ics")
        assert "abc123@google.com" == meeting.id
        assert "防汛工作例会" == meeting.title
        assert dt.datetime(2020, 6, 1, 9, 0, tzinfo=timeline.SHANGHAI) == meeting.start
        assert dt.datetime(2020, 6, 1, 10, 30, tzinfo=timeline.SHANGHAI) == meeting.end
        assert [("王明", timeline.Role.LEADS), ("li@example.com", timeline.Role.ACCOMPANIES)] == [
            (p.person.name, p.role) for p in meeting.participants
        ]
        assert ["三楼会议室"] == [d.organisation.name for d in meeting.delegations]
        assert ("区政府三楼会议室",) == tuple(x.name for x in meeting.locations)
        # Nothing dropped silently: addresses are kept in the summary.
        assert "王明 <mailto:wang@example.com>" in meeting.summary
        assert meeting.summary.startswith("讨论防汛工作, 安排值班。")
        assert dt.date(2020, 6, 5) == training.start
        assert "STATUS: CANCELLED" in training.summary
        assert dt.datetime(2020, 6, 6, 9, 0, tzinfo=timeline.SHANGHAI) == floating.start
        assert timeline.SHANGHAI is floating.start.tzinfo
        assert (timeline.EventKind.MEETING, timeline.EventKind.OTHER) == floating.kinds
        assert "CATEGORIES: Work" in floating.summary
        assert "URL: https://example.com/meeting" in floating.summary

    def test_thunderbird_export(self):
        """Thunderbird: TZID with VTIMEZONE, a custom zone, DURATION, CN with a space."""
        visit, custom = read_ics(DATA / "thunderbird.ics")
        assert ZoneInfo("Europe/Berlin") is visit.start.tzinfo
        assert dt.datetime(2020, 6, 10, 12, 0, tzinfo=dt.UTC) == visit.start
        assert [("Anna Schmidt", timeline.Role.LEADS)] == [
            (p.person.name, p.role) for p in visit.participants
        ]
        assert ["Stadtrat"] == [d.organisation.name for d in visit.delegations]
        assert dt.datetime(2020, 6, 11, 1, 0, tzinfo=dt.UTC) == custom.start
        assert dt.timedelta(hours=1, minutes=30) == custom.end - custom.start

    def test_foreign_feed_exports_again(self):
        """A foreign feed read in can be written out as our feed."""
        events = read_ics(DATA / "google.ics") + read_ics(DATA / "thunderbird.ics")
        data = to_ics(events)
        assert _by_id(events) == _by_id(from_ics(data))

    def test_recurring_without_window_is_refused(self):
        """An RRULE without an expansion window is an error naming the property."""
        with pytest.raises(timeline.IcsReadError) as info:
            read_ics(DATA / "recurring.ics")
        assert "RRULE" == info.value.property
        assert 10 == info.value.line
        assert "expand" in info.value.message

    def test_recurring_expanded_in_window(self):
        """With a window, each occurrence becomes an event with its own id."""
        events = read_ics(
            DATA / "recurring.ics", expand=(dt.date(2020, 6, 1), dt.date(2020, 6, 20))
        )
        assert [dt.date(2020, 6, d) for d in (1, 8, 15)] == [e.start.date() for e in events]
        assert 3 == len({e.id for e in events})
        assert all(e.end - e.start == dt.timedelta(hours=1) for e in events)

    def test_lf_only_lines_are_read(self):
        """Bare LF line ends (common in hand-made files) are accepted."""
        data = _calendar(*_vevent("SUMMARY:x", "DTSTART;VALUE=DATE:20200101")).replace(
            b"\r\n", b"\n"
        )
        (event,) = from_ics(data)
        assert dt.date(2020, 1, 1) == event.start

    def test_folded_foreign_line(self):
        """Folded lines (space or tab) are unfolded."""
        data = _calendar(*_vevent("SUMMARY:防汛", "\t工作", " 会议", "DTSTART;VALUE=DATE:20200101"))
        (event,) = from_ics(data)
        assert "防汛工作会议" == event.title

    def test_vendor_component_is_skipped(self):
        """An X- component is a vendor's own and is skipped; the events still load."""
        data = _calendar(
            "BEGIN:X-VENDOR",
            "X-A:1",
            "END:X-VENDOR",
            *_vevent("SUMMARY:x", "DTSTART;VALUE=DATE:20200101"),
        )
        assert 1 == len(from_ics(data))


class TestErrors:
    """Bad input is refused with its location."""

    @pytest.mark.parametrize(
        ("data", "line", "prop", "words"),
        [
            (b"", None, None, "not an iCalendar"),
            (b"hello\r\n", 1, None, "not a content line"),
            (
                _calendar(*_vevent("SUMMARY:x", "DTSTART;VALUE=DATE:20200101"))[:-15],
                1,
                "VCALENDAR",
                "missing END:VCALENDAR",
            ),
            (
                _calendar("BEGIN:VEVENT", "UID:u", "DTSTART;VALUE=DATE:20200101"),
                7,
                "END",
                "END:VCALENDAR where END:VEVENT",
            ),
            (b" folded\r\n" + _calendar(), 1, None, "broken folding"),
            (
                _calendar(*_vevent("SUMMARY:x", "DTSTART;VALUE=DATE:20200101", "broken")),
                9,
                None,
                "not a content line",
            ),
            (_calendar("BEGIN:VTODO", "END:VTODO"), 4, "VTODO", "unsupported component"),
            (
                _calendar(*_vevent("DTSTART;TZID=Mars/Olympus:20200101T090000")),
                7,
                "DTSTART",
                "unknown time zone",
            ),
            (_calendar(*_vevent("DTSTART:20200101T090000")), 7, "DTSTART", "floating"),
            (_calendar(*_vevent("SUMMARY:x")), 4, "DTSTART", "without a DTSTART"),
            (_calendar(*_vevent("DTSTART:2020-01-01")), 7, "DTSTART", "bad value"),
            (
                _calendar(*_vevent("DTSTART;VALUE=DATE:20200102", "DTEND;VALUE=DATE:20200101")),
                4,
                "Event.end",
                "exclusive",
            ),
            (_calendar("X-WR-TIMEZONE:Nowhere/Land"), 4, "X-WR-TIMEZONE", "unknown time zone"),
            (
                _calendar("BEGIN:VEVENT", "BEGIN:VALARM", "BEGIN:VALARM", "END:VALARM"),
                6,
                None,
                "nested too deeply",
            ),
            (
                _calendar("SUMMARY:x", header=()).replace(b"BEGIN:VCALENDAR\r\n", b""),
                1,
                "SUMMARY",
                "outside a VCALENDAR",
            ),
        ],
        ids=[
            "empty",
            "garbage",
            "no-end-vcalendar",
            "no-end-vevent",
            "leading-fold",
            "line-without-colon",
            "vtodo",
            "unknown-tzid",
            "floating-no-zone",
            "no-dtstart",
            "bad-date",
            "end-before-start",
            "bad-x-wr-timezone",
            "too-deep",
            "outside",
        ],
    )
    def test_malformed_input(self, data, line, prop, words):
        """Malformed input raises IcsReadError with path, line and property."""
        error = _error(data)
        assert "feed.ics" == error.path
        assert line == error.line
        assert prop == error.property
        assert words in error.message

    def test_not_utf8(self):
        """Non-UTF-8 bytes are an error naming the line."""
        data = _calendar(*_vevent("SUMMARY:防汛", "DTSTART;VALUE=DATE:20200101"))
        error = _error(data.replace("防汛".encode(), "防汛".encode("gb18030")))
        assert 7 == error.line
        assert "UTF-8" in error.message

    def test_bom_is_accepted(self):
        """A UTF-8 byte order mark does no harm."""
        data = b"\xef\xbb\xbf" + _calendar(*_vevent("SUMMARY:x", "DTSTART;VALUE=DATE:20200101"))
        assert 1 == len(from_ics(data))

    def test_size_limit(self):
        """Input above max_bytes is refused before parsing."""
        error = _error(_calendar(), max_bytes=10)
        assert "larger than 10 bytes" in error.message

    def test_line_length_limit(self):
        """An over-long content line is refused."""
        limits = ReadLimits(max_line=100)
        error = _error(_calendar(*_vevent("SUMMARY:" + "长" * 40, " " + "长" * 40)), limits=limits)
        assert "longer than 100 bytes" in error.message

    def test_folded_line_length_limit_counts_characters(self):
        """Unfolded, a content line is measured in characters, the folds' spaces not counted."""
        lines = _vevent("DTSTART;VALUE=DATE:20200101", "SUMMARY:" + "x" * 40, " " + "x" * 52)
        (event,) = from_ics(_calendar(*lines), limits=ReadLimits(max_line=100))
        assert "x" * 92 == event.title
        lines = _vevent("DTSTART;VALUE=DATE:20200101", "SUMMARY:" + "x" * 40, " " + "x" * 53)
        error = _error(_calendar(*lines), limits=ReadLimits(max_line=100))
        assert "content line longer than 100 characters" in error.message

    def test_component_limit(self):
        """Too many components are refused."""
        event = _vevent("SUMMARY:x", "DTSTART;VALUE=DATE:20200101")
        error = _error(_calendar(*event, *event), limits=ReadLimits(max_components=2))
        assert "more than 2 components" in error.message

    def test_own_feed_with_broken_json(self, seed_events):
        """Our X-TIMELINE-* properties must hold valid JSON and valid data."""
        data = to_ics(seed_events[:1]).replace(b'X-TIMELINE-ID:"', b"X-TIMELINE-ID:{")
        error = _error(data)
        assert "X-TIMELINE-ID" == error.property
        assert "JSON" in error.message

    def test_own_feed_with_invalid_data(self, seed_events):
        """Data breaking the model is an IcsReadError naming the field."""
        data = to_ics(seed_events[:1]).replace(b'"role":"reports"', b'"role":"boss"')
        error = _error(data)
        assert "source.byline[0].role" in error.message

    def test_malformed_parameter_names_its_line(self):
        """A content line icalendar cannot split is reported with its line and property."""
        error = _error(
            _calendar(*_vevent('ATTENDEE;CN="unclosed:mailto:a@b', "DTSTART;VALUE=DATE:20200101"))
        )
        assert (7, "ATTENDEE") == (error.line, error.property)

    def test_bad_foreign_value_names_its_property(self):
        """A value icalendar rejects (a bad DURATION) is reported on its line."""
        error = _error(_calendar(*_vevent("DTSTART;VALUE=DATE:20200101", "DURATION:P1X")))
        assert (8, "DURATION") == (error.line, error.property)

    def test_icalendar_exceptions_are_chained(self, monkeypatch):
        """An exception raised inside icalendar becomes IcsReadError with it as the cause."""
        boom = ValueError("boom")

        def fail(*_args, **_kwargs):
            raise boom

        import icalendar  # noqa: PLC0415 - the library whose failure is simulated

        monkeypatch.setattr(icalendar.Component, "from_ical", fail)
        # A COMMENT is a shape the line scanner leaves to icalendar (test_read_fast.py
        # checks which shapes go which way), so this event is parsed by icalendar.
        lines = ("SUMMARY:x", "DTSTART;VALUE=DATE:20200101", "COMMENT:x")
        error = _error(_calendar(*_vevent(*lines)))
        assert boom is error.__cause__
        assert "VEVENT" == error.property

    def test_read_ics_missing_file(self, tmp_path):
        """A missing file is an IcsReadError naming it."""
        with pytest.raises(timeline.IcsReadError) as info:
            read_ics(tmp_path / "none.ics")
        assert str(tmp_path / "none.ics") == info.value.path

    def test_str_data_refused(self):
        """from_ics takes bytes, not text."""
        with pytest.raises(timeline.IcsReadError):
            from_ics("BEGIN:VCALENDAR")  # type: ignore[arg-type]


class TestForeignOddities:
    """Legal or near-legal lines other programs write, read without a crash."""

    def test_two_organizers(self):
        """Two ORGANIZER lines give two leaders, in feed order, before the attendees."""
        (event,) = from_ics(
            _calendar(
                *_vevent(
                    "DTSTART:20200525T010000Z",
                    "ORGANIZER;CN=Li Lei:mailto:li@example.com",
                    "ORGANIZER;CN=Wang Ming:mailto:wang@example.com",
                    "ATTENDEE;CN=Han Mei:mailto:han@example.com",
                )
            )
        )
        assert [
            ("Li Lei", timeline.Role.LEADS),
            ("Wang Ming", timeline.Role.LEADS),
            ("Han Mei", timeline.Role.TAKES_PART),
        ] == [(p.person.name, p.role) for p in event.participants]

    @pytest.mark.parametrize(
        ("lines", "prop"),
        [
            (
                (
                    "BEGIN:VTIMEZONE",
                    "TZID:Custom Berlin",
                    "TZID:Custom Paris",
                    "BEGIN:STANDARD",
                    "DTSTART:19701025T030000",
                    "TZOFFSETFROM:+0200",
                    "TZOFFSETTO:+0100",
                    "END:STANDARD",
                    "END:VTIMEZONE",
                    # A VTIMEZONE is read when an event uses it.
                    *_vevent("DTSTART;TZID=Custom Berlin:20200525T010000"),
                ),
                "VTIMEZONE",
            ),
            (_vevent("DTSTART;VALUE=DATE,DATE:20200525"), "VEVENT"),
        ],
        ids=["vtimezone-two-tzids", "value-param-list"],
    )
    def test_icalendar_attribute_error_is_wrapped(self, lines, prop):
        """An AttributeError inside icalendar's parser is an IcsReadError on the component."""
        err = _error(_calendar(*lines))
        assert (prop, 4) == (err.property, err.line)
        assert "feed.ics" == err.path

    def test_geo_is_kept(self):
        """GEO (whose icalendar type gives str, not bytes) is kept in the summary."""
        (event,) = from_ics(
            _calendar(*_vevent("DTSTART:20200525T010000Z", "GEO:37.386013;-122.082932"))
        )
        assert "GEO: 37.386013;-122.082932" in event.summary


def _one_event_feed(event: timeline.Event) -> bytes:
    return to_ics([event])


class TestSummaryOnce:
    """The summary travels once, in DESCRIPTION, unless writing would alter it."""

    def test_seed_feed_has_no_summary_property(self, seed_events):
        """The seed's summaries are read back from DESCRIPTION alone."""
        data = to_ics(seed_events)
        assert b"X-TIMELINE-SUMMARY" not in data
        assert _by_id(seed_events) == _by_id(from_ics(data))

    @pytest.mark.parametrize(
        "summary",
        ["a\r\nb", "a\rb", "a\\Nb", "a\u2028b", "\ufeffa", "a\x85b"],
        ids=["crlf", "cr", "backslash-N", "line-separator", "bom", "c1-control"],
    )
    def test_altered_summary_travels_as_json(self, seed_events, summary):
        """A summary DESCRIPTION cannot give back exactly comes in X-TIMELINE-SUMMARY."""
        event = attrs.evolve(seed_events[0], summary=summary)
        data = _one_event_feed(event)
        assert b"X-TIMELINE-SUMMARY" in data
        assert [event] == list(from_ics(data))

    def test_escaped_facts_keep_an_empty_summary(self):
        """Facts that escaping alters (a literal backslash-N) do not become a summary."""
        person = timeline.Person("李\\N四", title="区长")
        event = timeline.Event(
            id="e",
            title="t",
            start=dt.date(2020, 5, 25),
            participants=(timeline.Participant(person, timeline.Role.LEADS),),
        )
        data = _one_event_feed(event)
        assert b'X-TIMELINE-SUMMARY:""' in data
        assert [event] == list(from_ics(data))

    def test_summary_property_wins(self, seed_events):
        """An X-TIMELINE-SUMMARY (as older feeds always wrote) is the summary."""
        data = _one_event_feed(seed_events[0]).replace(
            b"END:VEVENT", b'X-TIMELINE-SUMMARY:"older"\r\nEND:VEVENT'
        )
        (event,) = from_ics(data)
        assert "older" == event.summary

    def test_description_edited_elsewhere_is_kept_whole(self, seed_events):
        """A DESCRIPTION that no longer ends in the event's facts is all kept, as the summary."""
        data = _one_event_feed(seed_events[0])
        start = data.index(b"DESCRIPTION:")
        end = data.index(b"\r\n", start)
        while data[end + 2 : end + 3] == b" ":
            end = data.index(b"\r\n", end + 2)
        edited = data[:start] + "DESCRIPTION:改过了\\n第二行".encode() + data[end:]
        (event,) = from_ics(edited)
        assert "改过了\n第二行" == event.summary

    def test_icalendar_path_reads_the_summary(self, seed_events):
        """An own event that needs icalendar's parser (it holds a VALARM) gets its summary too."""
        alarm = b"BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\nEND:VEVENT"
        data = _one_event_feed(seed_events[0]).replace(b"END:VEVENT", alarm)
        (event,) = from_ics(data)
        assert seed_events[0].summary == event.summary


NEW_YEAR = (dt.date(2020, 1, 1), dt.date(2020, 1, 2))


class TestHiddenEvents:
    """Nothing in a calendar may be dropped without a word."""

    def test_nested_calendar(self):
        """A VCALENDAR inside a VCALENDAR is refused, not read as empty."""
        err = read_error(HEAD + b"BEGIN:VCALENDAR\r\n" + EVENT + TAIL + TAIL)
        assert ("BEGIN", 4) == (err.property, err.line)

    def test_calendar_inside_an_event(self):
        """A VCALENDAR inside a VEVENT is refused too, naming its line."""
        err = read_error(feed_of(vevent(b"BEGIN:VCALENDAR", b"END:VCALENDAR")))
        assert ("BEGIN", 7) == (err.property, err.line)

    def test_two_calendars_in_a_row(self):
        """Two concatenated calendars (a common cat mistake) give both events."""
        second = EVENT.replace(b"UID:a@", b"UID:b@")
        assert ["a@example.com", "b@example.com"] == [
            e.id for e in from_ics(feed_of() + feed_of(second))
        ]

    def test_text_after_the_calendar(self):
        """Garbage after END:VCALENDAR is an error, not ignored."""
        err = read_error(feed_of() + b"garbage\r\n")
        assert 10 == err.line

    def test_unsupported_component_is_named(self):
        """A VTODO is refused (we read events), naming the component."""
        err = read_error(feed_of(b"BEGIN:VTODO\r\nUID:t\r\nEND:VTODO\r\n"))
        assert "VTODO" == err.property


class TestValues:
    """Values that are legal lines but impossible facts."""

    def test_duration_overflowing_datetime(self):
        """A DURATION past year 9999 is an IcsReadError, not OverflowError."""
        err = read_error(feed_of(vevent(b"DURATION:P99999999D")))
        assert ("DURATION", 7) == (err.property, err.line)

    def test_year_9999(self):
        """A start on the last day the model allows is refused as out of range."""
        err = read_error(feed_of(vevent().replace(b"20200525T090000Z", b"99991231T235959Z")))
        assert "must lie between" in err.message

    def test_nul_in_own_json(self, own_feed):
        """A NUL smuggled into our own JSON id is refused by the model, not stored."""
        err = read_error(own_feed.replace(b'X-TIMELINE-ID:"', b'X-TIMELINE-ID:"\\\\u0000', 1))
        assert err.line is not None

    def test_surrogate_in_own_json(self, own_feed):
        """A lone surrogate in our JSON summary is refused (it could never be written)."""
        data = own_feed.replace(b"END:VEVENT", b'X-TIMELINE-SUMMARY:"\\\\ud800"\r\nEND:VEVENT', 1)
        err = read_error(data)
        assert "surrogate" in err.message

    def test_nul_in_foreign_summary_is_cleaned(self):
        """A NUL in a foreign one-line SUMMARY becomes a space in the title."""
        (event,) = from_ics(feed_of(vevent(b"SUMMARY:a\x00b")))
        assert "a b" == event.title

    def test_bad_parameter_names_property(self):
        """An unterminated quoted parameter names its property (or none), not 'None'."""
        err = read_error(feed_of(vevent(b'SUMMARY;LANGUAGE="unterminated:x')))
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
        err = read_error(feed_of(EVENT, EVENT))
        assert ("UID", 9) == (err.property, err.line)

    def test_what_is_read_exports_again(self):
        """The fuzz-found feed (one UID twice) no longer reads into an unwritable model."""
        data = (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
            b"X-WR-TIMEZONE:Asia/Shanghai\r\nBEGIN:VEVENT\r\nUID:a@b\r\n"
            b"DTSTART:20200525T090000\r\nEND:VEVENT\r\nSUMMARY:R\r\nBEGIN:VEVENT\r\n"
            b"UID:a@b\r\nDTSTART:20200525T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        err = read_error(data, expand=NEW_YEAR)
        assert ("UID", 10) == (err.property, err.line)


ICS_SEEDS = (
    timeline.to_ics(timeline.seed_events()[:2]),
    (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nX-WR-TIMEZONE:Asia/Shanghai\r\n"
        b"BEGIN:VEVENT\r\nUID:a@b\r\nDTSTART:20200525T090000\r\nDURATION:PT1H\r\n"
        b"SUMMARY:Review\\, room 3\r\nORGANIZER;CN=Li:mailto:li@example.com\r\n"
        b"ATTENDEE;CN=Han;ROLE=CHAIR:mailto:han@example.com\r\n"
        b"CATEGORIES:meeting,Business\r\nLOCATION:Room 3\r\nRRULE:FREQ=WEEKLY;COUNT=2\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    ),
)


def _read_ics(data: bytes, *, expand: tuple[dt.date, dt.date] | None = None) -> None:
    outcome = outcome_of(lambda: from_ics(data, source="fuzz.ics", expand=expand))
    if isinstance(outcome, TimelineError):
        assert "fuzz.ics" == outcome.path
        return
    # Whatever was read is a valid model that exports again.
    assert isinstance(timeline.to_ics(outcome), bytes)


@pytest.mark.slow
class TestIcsReaderFuzz:
    """``timeline.ics.from_ics`` on anything: events or IcsReadError."""

    @fuzz
    @given(hostile_bytes)
    def test_bytes(self, data):
        """Arbitrary bytes never raise anything but TimelineError."""
        _read_ics(data)

    @fuzz
    @given(ics_like())
    def test_calendar_shaped(self, data):
        """Calendar-shaped lines with hostile values, with and without expansion."""
        _read_ics(data)
        _read_ics(data, expand=WINDOW)

    @fuzz
    @given(mutated(ICS_SEEDS[:1]))
    def test_mutated_own_feed(self, data):
        """A damaged feed of ours reads or fails cleanly."""
        _read_ics(data)

    @fuzz
    @given(mutated(ICS_SEEDS[1:]))
    def test_mutated_foreign_feed(self, data):
        """A damaged foreign feed (floating times, RRULE, attendees) likewise."""
        _read_ics(data, expand=WINDOW)


class TestFuzzRegressions:
    """Each kept ``ics-`` input from the fuzzers gives events or a TimelineError naming it."""

    @pytest.mark.parametrize("path", regression_cases("ics-"))
    def test_input(self, path):
        """The input is read, with and without expansion, raising nothing but TimelineError."""
        data = path.read_bytes()
        name = path.name
        outcomes = [
            error_path(lambda expand=expand: from_ics(data, source=name, expand=expand))
            for expand in (None, WINDOW)
        ]
        assert set(outcomes) <= {None, name}
