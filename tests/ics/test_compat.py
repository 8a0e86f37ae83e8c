"""
Independent parsers read our feeds the same way.

Every feed (the seed's and hypothesis-generated ones) is parsed by
icalendar, allenporter's ``ical`` (strict), ``vobject``, ics-py 0.7.3 and
Mozilla ical.js under Node; each must see the same events: UIDs, summaries,
start values and value types (DATE or DATE-TIME), and attendee counts where
the parser exposes them.

ical.js comes from ``tests/js`` (``npm install --prefix tests/js``, which
``.ci/run`` does before the tests). Without it these tests skip loudly, or
fail when the ``CI`` environment variable is set.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given, settings

from tests._paths import GOLDEN, JS
from tests.strategies import ics_event_lists
from timeline.ics import to_ics

#: (uid, summary, start type, start: ISO date or UTC instant, attendees or None)
Seen = tuple[str, str, str, str, int | None]


def _start(value: dt.date) -> tuple[str, str]:
    if isinstance(value, dt.datetime):
        assert value.utcoffset() is not None, "a parser saw a floating time"
        return "date-time", value.astimezone(dt.UTC).isoformat()
    return "date", value.isoformat()


def _sorted(seen: list[Seen]) -> list[Seen]:
    return sorted(seen)


def by_icalendar(data: bytes) -> list[Seen]:
    """What icalendar sees."""
    out = []
    for v in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        attendees = v.get("ATTENDEE", [])
        count = len(attendees) if isinstance(attendees, list) else 1
        out.append((str(v["UID"]), str(v["SUMMARY"]), *_start(v["DTSTART"].dt), count))
    return _sorted(out)


def by_ical(data: bytes) -> list[Seen]:
    """What allenporter's ical sees, parsing strictly."""
    from ical.calendar_stream import IcsCalendarStream  # noqa: PLC0415 - test-only parser

    calendar = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    return _sorted(
        [(e.uid, e.summary, *_start(e.dtstart), len(e.attendees)) for e in calendar.events]
    )


def _wall(value: dt.date, tzid: str | None) -> tuple[str, str]:
    if isinstance(value, dt.datetime):
        if tzid is None:
            return _start(value)
        return "date-time", f"{value.replace(tzinfo=None).isoformat()}[{tzid}]"
    return "date", value.isoformat()


def by_icalendar_wall(data: bytes) -> list[Seen]:
    """What icalendar sees, with zoned starts as wall-clock time and TZID."""
    out = []
    for v in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        attendees = v.get("ATTENDEE", [])
        count = len(attendees) if isinstance(attendees, list) else 1
        start = v["DTSTART"]
        out.append(
            (str(v["UID"]), str(v["SUMMARY"]), *_wall(start.dt, start.params.get("TZID")), count)
        )
    return _sorted(out)


def by_vobject(data: bytes) -> list[Seen]:
    """
    What vobject sees, zoned starts as wall-clock time and TZID.

    vobject resolves a VTIMEZONE with dateutil's ``tzical``, which gets
    daylight saving wrong in VTIMEZONEs whose observances have no RRULE
    (Europe/Berlin on 1 April 2000 comes out at +01:00), so its UTC
    instants are not comparable; the wall-clock time and zone it read are.
    """
    import vobject  # noqa: PLC0415 - test-only parser

    calendar = vobject.readOne(data.decode("utf-8"))
    out = []
    for v in getattr(calendar, "vevent_list", []):
        attendees = len(getattr(v, "attendee_list", []))
        start = v.dtstart
        # vobject moves the TZID it resolved into a parameter of its own.
        tzid = start.params.get("X-VOBJ-ORIGINAL-TZID", start.params.get("TZID", [None]))[0]
        out.append((v.uid.value, v.summary.value, *_wall(start.value, tzid), attendees))
    return _sorted(out)


_ICS_PY_WORKER = r"""
import json, sys, warnings
warnings.simplefilter("ignore")  # ics 0.7 warns about its own use of arrow
import ics
while True:
    size = sys.stdin.buffer.read(10)
    if not size:
        break
    text = sys.stdin.buffer.read(int(size)).decode("utf-8")
    try:
        events = []
        for e in ics.Calendar(text).events:
            if e.all_day:
                start = ["date", e.begin.date().isoformat()]
            else:
                start = ["date-time", e.begin.to("UTC").isoformat()]
            events.append([e.uid, e.name, *start, len(e.attendees)])
        reply = {"events": events}
    except (Exception, RecursionError) as exc:
        reply = {"error": repr(exc)}
    sys.stdout.write(json.dumps(reply) + "\n")
    sys.stdout.flush()
"""


class _IcsPyWorker:
    """A process running ics-py; replaced when it dies."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        self.close()
        self.process = subprocess.Popen(
            [sys.executable, "-c", _ICS_PY_WORKER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        return self.process

    def _ask(self, data: bytes) -> bytes:
        process = self.process or self._start()
        assert process.stdin is not None
        assert process.stdout is not None
        try:
            process.stdin.write(b"%010d" % len(data) + data)
            process.stdin.flush()
        except BrokenPipeError:
            return b""
        return process.stdout.readline()

    def parse(self, data: bytes) -> list[Seen]:
        line = self._ask(data)
        if not line:  # it died, maybe of an earlier feed: try once in a fresh process
            self._start()
            line = self._ask(data)
        assert line, "ics-py crashed on this feed in a fresh process"
        reply = json.loads(line)
        assert "error" not in reply, reply.get("error")
        return _sorted([tuple(e) for e in reply["events"]])

    def close(self) -> None:
        if self.process is not None:
            for pipe in (self.process.stdin, self.process.stdout):
                if pipe is not None:
                    with contextlib.suppress(BrokenPipeError):
                        pipe.close()
            self.process.kill()
            self.process.wait(timeout=60)
            self.process = None


@pytest.fixture(scope="module")
def ics_py() -> Any:
    """
    ics-py 0.7.3 in a worker process, as a function from feed bytes to what it saw.

    After a few dozen feeds in one interpreter, ics-py 0.7.3 (its recursive
    PEG parser, tatsu, and the arrow time zones it caches) dies of a
    RecursionError that kills the interpreter outright. So it runs in a
    worker process, replaced when it dies; a feed counts as unreadable only
    if a fresh worker also dies on it.
    """
    worker = _IcsPyWorker()
    yield worker.parse
    worker.close()


def _node_ready() -> str | None:
    """Why ical.js cannot run, or None if it can."""
    if shutil.which("node") is None:
        return "node is not installed"
    if not (JS / "node_modules" / "ical.js").is_dir():
        return "ical.js is not installed: run `npm install --prefix tests/js`"
    return None


def by_icaljs(data: bytes) -> list[Seen]:
    """What Mozilla ical.js sees, run under Node, zones resolved through the feed's VTIMEZONEs."""
    why = _node_ready()
    if why is not None:
        if os.environ.get("CI"):
            pytest.fail(f"ical.js compatibility cannot be checked on CI: {why}")
        pytest.skip(f"SKIPPED LOUDLY: ical.js compatibility not checked: {why}")
    result = subprocess.run(
        ["node", str(JS / "parse.mjs")],
        input=data,
        capture_output=True,
        check=True,
        timeout=60,
    )
    parsed: dict[str, Any] = json.loads(result.stdout)
    out = []
    for e in parsed["events"]:
        if e["start_type"] == "date":
            start = ("date", e["start"])
        else:
            instant = dt.datetime.fromtimestamp(e["start_epoch"], tz=dt.UTC)
            start = ("date-time", instant.isoformat())
        out.append((e["uid"], e["summary"], *start, e["attendees"]))
    return _sorted(out)


PARSERS = {
    "ical": by_ical,
    "vobject": by_vobject,
    "ical.js": by_icaljs,
}


def _expected(events: list[Any]) -> list[Seen]:
    return by_icalendar(to_ics(events))


class TestSeedFeed:
    """The seed's feed, parser by parser."""

    def test_icalendar_sees_the_seed(self, seed_events):
        """icalendar, the reference, sees six events with our UIDs and dates."""
        seen = by_icalendar(to_ics(seed_events))
        assert 6 == len(seen)
        assert all(uid.endswith("@timeline.invalid") for uid, *_ in seen)
        assert {"date"} == {kind for _, _, kind, _, _ in seen}

    def test_ics_py_agrees_on_the_seed(self, seed_events, ics_py):
        """ics-py sees what icalendar sees in the seed's feed."""
        data = to_ics(seed_events)
        assert by_icalendar(data) == ics_py(data)

    @pytest.mark.parametrize("parser", list(PARSERS), ids=list(PARSERS))
    def test_parser_agrees_on_the_seed(self, parser, seed_events):
        """Each independent parser sees what icalendar sees in the seed's feed."""
        data = to_ics(seed_events)
        expected = by_icalendar_wall(data) if parser == "vobject" else by_icalendar(data)
        assert expected == PARSERS[parser](data)

    def test_golden_file_lines(self):
        """The golden feed: CRLF lines of at most 75 octets, none splitting UTF-8."""
        data = (GOLDEN / "seed.ics").read_bytes()
        lines = data.split(b"\r\n")
        assert b"" == lines[-1]
        for line in lines[:-1]:
            assert len(line) <= 75
            assert b"\n" not in line
            line.decode("utf-8")


@pytest.mark.slow
class TestGeneratedFeeds:
    """Generated feeds, parser by parser."""

    @settings(max_examples=40)
    @given(ics_event_lists(max_size=4))
    def test_ical_agrees(self, events):
        """Allenporter's ical (strict) sees the same events as icalendar in generated feeds."""
        data = to_ics(events)
        expected = by_icalendar(data)
        assert len(events) == len(expected)
        assert expected == by_ical(data)

    @settings(max_examples=40)
    @given(ics_event_lists(max_size=4))
    def test_vobject_agrees(self, events):
        """Vobject sees the same events, wall-clock starts and zones as icalendar."""
        data = to_ics(events)
        assert by_icalendar_wall(data) == by_vobject(data)

    @settings(max_examples=40)
    @given(events=ics_event_lists(max_size=4))
    def test_ics_py_agrees(self, events, ics_py):
        """ics-py 0.7.3 sees the same events as icalendar in generated feeds."""
        data = to_ics(events)
        assert by_icalendar(data) == ics_py(data)

    @settings(max_examples=25)
    @given(ics_event_lists(max_size=4))
    def test_icaljs_agrees(self, events):
        """Mozilla ical.js sees the same events as icalendar in generated feeds."""
        data = to_ics(events)
        assert by_icalendar(data) == by_icaljs(data)


class TestRepeatedHour:
    """The hour a clocks-back night repeats, as every parser reads it."""

    @staticmethod
    def _feed() -> tuple[bytes, list[str]]:
        """Both 02:30s of 2025-10-26 in Berlin, and the UTC instant each one is."""
        import timeline  # noqa: PLC0415 - the model, only for these events

        berlin = ZoneInfo("Europe/Berlin")
        events = [
            timeline.Event(
                id=f"fold{fold}",
                title=f"fold {fold}",
                start=dt.datetime(2025, 10, 26, 2, 30, tzinfo=berlin, fold=fold),
                end=dt.datetime(2025, 10, 26, 4, 0, tzinfo=berlin),
            )
            for fold in (0, 1)
        ]
        return to_ics(events), ["2025-10-26T00:30:00+00:00", "2025-10-26T01:30:00+00:00"]

    def _check(self, seen: list[Seen]) -> None:
        _, instants = self._feed()
        assert instants == [start for _, summary, _, start, _ in sorted(seen, key=lambda s: s[1])]

    def test_icalendar_reads_each_time_round(self):
        """The icalendar library sees the first 02:30 at 00:30 UTC and the second at 01:30 UTC."""
        self._check(by_icalendar(self._feed()[0]))

    def test_ics_py_reads_each_time_round(self, ics_py):
        """ics-py sees both instants."""
        self._check(ics_py(self._feed()[0]))

    @pytest.mark.parametrize("parser", list(PARSERS), ids=list(PARSERS))
    def test_parser_reads_each_time_round(self, parser):
        """Ical, vobject and ical.js see both instants."""
        self._check(PARSERS[parser](self._feed()[0]))


class TestZoneOverYears:
    """A VTIMEZONE covering many years: every parser sees each year's offsets."""

    def test_first_summer_of_a_long_zone(self):
        """Berlin events in 2000 and 2025: 2000-04-01 00:00 is 22:00 UTC to every parser."""
        import timeline  # noqa: PLC0415 - the model, only for these events

        berlin = ZoneInfo("Europe/Berlin")
        events = [
            timeline.Event(id="a", title="a", start=dt.datetime(2000, 4, 1, tzinfo=berlin)),
            timeline.Event(id="b", title="b", start=dt.datetime(2025, 1, 5, tzinfo=berlin)),
        ]
        data = to_ics(events)
        expected = by_icalendar(data)
        assert (
            "2000-03-31T22:00:00+00:00" == expected[0][3]
            or "2000-03-31T22:00:00+00:00" == expected[1][3]
        )
        assert expected == by_icaljs(data)
        assert expected == by_ical(data)
