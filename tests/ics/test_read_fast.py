"""The fast path for foreign VEVENTs reads exactly what the icalendar path reads."""

from __future__ import annotations

import datetime as dt
import sys
from unittest import mock

import pytest
from hypothesis import example, given

import timeline
from tests import _paths
from tests.strategies import FOREIGN_VTIMEZONE, foreign_calendars
from timeline.ics import from_ics
from timeline.ics import read as ics_read

DATA = _paths.DATA / "ics"
BENCH = _paths.BENCHMARKS


def _zone(value: object) -> object:
    """A datetime's zone as a comparable value (== on datetimes ignores the zone)."""
    if isinstance(value, dt.datetime):
        return (type(value.tzinfo).__name__, str(value.tzinfo), value.utcoffset())
    return type(value).__name__


def _read(data: bytes, *, fast: bool) -> tuple[object, list[bool]]:
    """Events (with their zones) or the error, and which VEVENTs the fast path read."""
    went_fast: list[bool] = []
    real = ics_read._foreign_fast

    def spy(block, reader):
        event = real(block, reader) if fast else None
        went_fast.append(event is not None)
        return event

    with mock.patch.object(ics_read, "_foreign_fast", spy):
        try:
            events = from_ics(data, source="feed.ics")
        except timeline.IcsReadError as error:
            return ("error", error.message, error.line, error.property), went_fast
    return [(e, _zone(e.start), _zone(e.end)) for e in events], went_fast


def _calendar(*lines: str) -> bytes:
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//EN", *lines, "END:VCALENDAR"]
    return ("\r\n".join(body) + "\r\n").encode()


class TestForeignFast:
    """_foreign_fast gives the slow path's event, or leaves the block to it."""

    @pytest.mark.slow
    @given(foreign_calendars())
    @example(_calendar("BEGIN:VEVENT", "UID:a", "DTSTART:20200101", "END:VEVENT"))
    @example(
        _calendar(
            "BEGIN:VEVENT",
            "UID:a",
            "DTSTART:20200101",
            "CATEGORIES:meeting,,Work",
            'ATTENDEE;CN="王 明";ROLE=CHAIR:mailto:w@example.com',
            "ORGANIZER;CN=王 明:mailto:w@example.com",
            "END:VEVENT",
        )
    )
    @example(
        _calendar(
            "BEGIN:VEVENT",
            "UID:a",
            "DTSTART:20200101",
            'X-TIMELINE-SUMMARY:"a"',
            'X-TIMELINE-SUMMARY:"b"',
            "END:VEVENT",
        )
    )
    def test_same_events_or_error(self, data):
        """Any foreign feed reads to the same events (and zones) or the same error."""
        slow, _ = _read(data, fast=False)
        fast, _ = _read(data, fast=True)
        assert slow == fast

    @pytest.mark.slow
    @given(foreign_calendars(common=True))
    def test_common_shapes_go_fast(self, data):
        """Feeds of the common shapes read the same, and every valid VEVENT goes fast."""
        slow, _ = _read(data, fast=False)
        fast, went_fast = _read(data, fast=True)
        assert slow == fast
        if isinstance(slow, list):
            assert [True] * len(slow) == went_fast

    @pytest.mark.slow
    def test_benchmark_floor_feed_goes_fast(self):
        """Every event of the benchmark's floor feed is read by the fast path, as before."""
        sys.path.insert(0, str(BENCH))
        try:
            import synth  # noqa: PLC0415 - the benchmark suite's events and floor
        finally:
            sys.path.remove(str(BENCH))
        data = synth.floor_ics(synth.make_events(300, seed=3))
        slow, _ = _read(data, fast=False)
        fast, went_fast = _read(data, fast=True)
        assert slow == fast
        assert [True] * 300 == went_fast

    def test_google_and_thunderbird_go_fast(self):
        """The sample Google and Thunderbird exports read the same, all through the fast path."""
        for name, expected in (("google.ics", [True] * 3), ("thunderbird.ics", [True] * 2)):
            data = (DATA / name).read_bytes()
            slow, _ = _read(data, fast=False)
            fast, went_fast = _read(data, fast=True)
            assert slow == fast
            assert expected == went_fast

    def test_custom_zone_and_floating_time(self):
        """A custom VTIMEZONE and an X-WR-TIMEZONE floating time go fast with their zones."""
        data = _calendar(
            "X-WR-TIMEZONE:Asia/Shanghai",
            FOREIGN_VTIMEZONE.removesuffix("\r\n"),
            "BEGIN:VEVENT",
            "UID:a",
            "DTSTART;TZID=Custom/Zone:20200101T100000",
            "DTEND:20200101T180000",
            "END:VEVENT",
        )
        slow, _ = _read(data, fast=False)
        fast, went_fast = _read(data, fast=True)
        assert slow == fast
        assert [True] == went_fast

    def test_unsure_shapes_are_left_to_icalendar(self):
        """An unknown property (in an alarm too), a list parameter or a PERIOD goes the slow way."""
        for extra in (
            ["BEGIN:VALARM", "ACTION:AUDIO", "ATTACH:ftp://example.com/a.aud", "END:VALARM"],
            ["COMMENT:x"],
            ["URL:https://example.com/a", "URL:https://example.com/b"],
            ["ATTENDEE;CN=a,b:mailto:x@example.com"],
            ["DTEND;VALUE=PERIOD:20200101T000000Z/PT1H"],
        ):
            data = _calendar("BEGIN:VEVENT", "UID:a", "DTSTART:20200101", *extra, "END:VEVENT")
            slow, _ = _read(data, fast=False)
            fast, went_fast = _read(data, fast=True)
            assert slow == fast
            assert [False] == went_fast

    @pytest.mark.parametrize(
        ("lines", "goes_fast"),
        [
            pytest.param(
                ["DTSTART;TZID=W. Europe Standard Time:20200101T100000"], True, id="windows-zone"
            ),
            pytest.param(["DTSTART;TZID=Europe/Berlin:20200101T100000Z"], True, id="tzid-and-z"),
            pytest.param(["DTSTART;TZID=Europe/Berlin:20200101"], True, id="tzid-on-a-date"),
            pytest.param(["DTSTART;VALUE=DATE-TIME:20200101"], True, id="date-time-holding-a-date"),
            pytest.param(["DTSTART:20200101T100000"], False, id="floating-without-x-wr-timezone"),
            pytest.param(
                ["DTSTART:20200101", 'ATTENDEE;CN="a^\'b^^c^nd":mailto:x@example.com'],
                True,
                id="rfc6868",
            ),
            pytest.param(
                ["DTSTART:20200101", "ATTENDEE;CN=区长 :mailto:x@example.com"],
                False,
                id="white-space-icalendar-strips",
            ),
            pytest.param(
                ["DTSTART:20200101", "CATEGORIES:meeting\\,visit,,Work", "DESCRIPTION:a\\tb\\Nc"],
                True,
                id="escapes-icalendar-keeps",
            ),
            pytest.param(
                [
                    "DTSTART:20200101",
                    "ORGANIZER:MAILTO:W@EXAMPLE.COM",
                    "ATTENDEE:MAILTO:W@EXAMPLE.COM",
                ],
                True,
                id="organizer-repeated",
            ),
            pytest.param(
                ["DTSTART:20200101", "DURATION:P1D", "DTEND:20200103"], True, id="both-ends"
            ),
        ],
    )
    def test_icalendar_quirks(self, lines, goes_fast):
        """Lines icalendar reads its own way read the same both ways (fast where sure)."""
        data = _calendar("BEGIN:VEVENT", "UID:a", *lines, "END:VEVENT")
        slow, _ = _read(data, fast=False)
        fast, went_fast = _read(data, fast=True)
        assert slow == fast
        assert [goes_fast] == went_fast
