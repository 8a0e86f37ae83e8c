"""DTSTART/DTEND and zones: TZIDs are names, never paths; a feed's VTIMEZONE is built once."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

import timeline
from tests.ics._feeds import EVENT, feed_of, read_error, vevent
from timeline.ics import from_ics


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
        err = read_error(feed_of(event))
        assert "DTSTART" == err.property
        assert 6 == err.line

    def test_tzid_too_long(self):
        """An over-long TZID is an unknown zone, not an OSError."""
        event = EVENT.replace(
            b"DTSTART:20200525T090000Z", b"DTSTART;TZID=" + b"x" * 300 + b":20200525T090000"
        )
        read_error(feed_of(event))

    @pytest.mark.parametrize("zone", [b"../../../../etc/passwd", b"/etc/localtime", b"Nowhere"])
    def test_wr_timezone_is_not_a_path(self, zone):
        """X-WR-TIMEZONE must name an IANA zone."""
        err = read_error(feed_of(header=b"X-WR-TIMEZONE:" + zone + b"\r\n"))
        assert "X-WR-TIMEZONE" == err.property

    def test_floating_time_read_in_calendar_zone(self):
        """A floating time is read in X-WR-TIMEZONE, not the host's zone."""
        event = EVENT.replace(b"20200525T090000Z", b"20200525T090000")
        (read,) = from_ics(feed_of(event, header=b"X-WR-TIMEZONE:Europe/Berlin\r\n"))
        assert dt.datetime(2020, 5, 25, 7, tzinfo=dt.UTC) == read.start

    def test_floating_end_with_utc_start(self):
        """A floating DTEND without X-WR-TIMEZONE is refused even when DTSTART is UTC."""
        err = read_error(feed_of(vevent(b"DTEND:20200525T100000")))
        assert "DTEND" == err.property


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
            vevent(b"SUMMARY:x", uid=b"e%d" % i).replace(b"DTSTART:20200525T090000Z", start)
            for i in range(count)
        ]
        return from_ics(feed_of(*events, header=self.ZONE % tzid))

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
        assert 1 == len(from_ics(feed_of(header=zones)))
        assert [] == built
