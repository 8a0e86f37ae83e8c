"""
The Berlin club, end to end: issue 13's "done when".

A choir club's calendar (``tests/data/scenarios/berlin_club.toml``: both
2025 clock changes in Europe/Berlin, the second 02:30 of 26 October, an
overnight party across that night, a multi-day camp, a two-day market, one
event in New York, one Chinese title) goes through the command line as a
new user would run it: no option beyond SOURCE (and where to publish).
Every command is ``main([...])`` in-process; files are written under umask
022, the usual default, and read back by every iCalendar parser we know of
and by a real CalDAV server.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import icalendar
import pytest

from tests._radicale import PASSWORD, USER, radicale_server  # noqa: F401 - a fixture
from tests.ics.test_compat import JS, _node_ready
from timeline.cli import main

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

from tests._paths import DATA, DOCS

CLUB = DATA / "scenarios" / "berlin_club.toml"
TUTORIAL = DOCS / "tutorial.md"

REPEATED = "Repeated-hour rehearsal (second 02:30)"
GAP = "Night of the clocks (spring forward)"
NEW_YORK = "Partner choir visit (New York)"

#: What the club's days look like in Berlin: every event on its Berlin day,
#: the camp and the market on each of their days, the party over two.
DAYS = [
    "2025-02-01 Sat",
    "2025-03-29 Sat",
    "2025-03-30 Sun",
    "2025-06-21 Sat",
    "2025-07-11 Fri",
    "2025-07-12 Sat",
    "2025-07-13 Sun",
    "2025-09-13 Sat",
    "2025-10-25 Sat",
    "2025-10-26 Sun",
    "2025-11-06 Thu",
    "2025-12-20 Sat",
    "2025-12-21 Sun",
]

_HEADING = re.compile(r"^\d{4}-\d\d-\d\d \S+$", re.MULTILINE)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; return (status, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def day(out: str, heading: str) -> str:
    """The lines printed under one day heading, up to the next one."""
    start = out.index(heading + "\n") + len(heading) + 1
    following = _HEADING.search(out, start)
    return out[start : following.start() if following else len(out)]


@pytest.fixture(autouse=True)
def plain_host(monkeypatch: pytest.MonkeyPatch) -> None:
    """No zone, colour or width from the host: what a user's shell would not set either."""
    monkeypatch.delenv("TIMELINE_TZ", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture
def umask_022() -> Iterator[None]:
    """Run under umask 022, the usual default, and restore the caller's."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


class TestShow:
    """``timeline show SOURCE`` speaks Berlin and English."""

    def test_days_and_times_are_berlin_local(self, capsys):
        """Every event on its Berlin day, at its Berlin wall time, with no option."""
        code, out, _ = run(capsys, "show", str(CLUB))
        assert 0 == code
        assert DAYS == _HEADING.findall(out)
        assert "01:30-03:30  Night of the clocks" in day(out, "2025-03-30 Sun")
        assert "22:00-04:00 (+1)  Autumn party" in day(out, "2025-10-25 Sat")
        assert f"02:30-03:30  {REPEATED}" in day(out, "2025-10-26 Sun")
        # 18:00 in New York is midnight in Berlin, so the visit is on the 6th.
        assert f"00:00-02:00  {NEW_YORK}" in day(out, "2025-11-06 Thu")

    def test_the_chosen_zone_is_said_once(self, capsys):
        """One stderr line: the events are in two zones, Berlin was chosen, --tz chooses another."""
        _, _, err = run(capsys, "show", str(CLUB))
        (line,) = err.splitlines()
        assert "Europe/Berlin" in line
        assert "America/New_York" in line
        assert "--tz" in line
        assert "TIMELINE_TZ" in line

    def test_english_labels_for_english_data(self, capsys):
        """The data is English (one Chinese title of ten), and so are the labels."""
        _, out, _ = run(capsys, "show", str(CLUB))
        meeting = day(out, "2025-09-13 Sat")
        assert "Where: Clubhaus" in meeting
        assert "Led by: Anna Schmidt (Chair)" in meeting
        assert "Speaking: Jonas Weber (Treasurer)" in meeting
        assert "all day (+2)  Summer singing camp [study]" in day(out, "2025-07-11 Fri")
        assert "春节联欢会 with the Chinese community choir" in out
        assert not re.search("全天|地点|带队|周[一二三四五六日]", out)

    def test_chinese_labels_when_asked(self, capsys):
        """``--lang zh`` gives Chinese weekdays, labels and the close-bracket form."""
        code, out, _ = run(capsys, "show", str(CLUB), "--lang", "zh")
        assert 0 == code
        meeting = day(out, "2025-09-13 周六")
        assert "地点: Clubhaus" in meeting
        assert "带队: Anna Schmidt(Chair)" in meeting
        assert "全天 (+2)  Summer singing camp [学习]" in day(out, "2025-07-11 周五")

    def test_on_shows_one_day(self, capsys):
        """``--on`` a day of the camp prints that day's heading only."""
        code, out, _ = run(capsys, "show", str(CLUB), "--on", "2025-07-12")
        assert 0 == code
        assert ["2025-07-12 Sat"] == _HEADING.findall(out)
        assert "Summer singing camp" in out

    def test_on_the_night_the_clocks_go_back(self, capsys):
        """``--on`` 26 October shows the party's end and both events of that day, nothing else."""
        _, out, _ = run(capsys, "show", str(CLUB), "--on", "2025-10-26")
        assert ["2025-10-26 Sun"] == _HEADING.findall(out)
        assert "Autumn party" in out
        assert REPEATED in out


# -- the exported feed, as each parser reads it ------------------------------------

#: A timed event as a parser saw it: its start, and its length in real time.
Span = tuple[dt.datetime, dt.timedelta]


def _span(start: dt.datetime, end: dt.datetime) -> Span:
    """Start and length as UTC instants (not wall times in one tzinfo, which hide DST)."""
    first = start.astimezone(dt.UTC)
    return first, end.astimezone(dt.UTC) - first


def by_icalendar(data: bytes) -> dict[str, Span]:
    """What icalendar sees."""
    return {
        str(v["SUMMARY"]): _span(v["DTSTART"].dt, v["DTEND"].dt)
        for v in icalendar.Calendar.from_ical(data).walk("VEVENT")
        if isinstance(v["DTSTART"].dt, dt.datetime)
    }


def by_ical(data: bytes) -> dict[str, Span]:
    """What allenporter's ical sees, parsing strictly."""
    from ical.calendar_stream import IcsCalendarStream  # noqa: PLC0415 - test-only parser

    calendar = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    return {
        e.summary: _span(e.dtstart, e.end)
        for e in calendar.events
        if isinstance(e.dtstart, dt.datetime)
    }


def by_vobject(data: bytes) -> dict[str, Span]:
    """What vobject sees, with no zone remembered from an earlier test's feed."""
    import vobject  # noqa: PLC0415 - test-only parser

    # vobject keeps every VTIMEZONE it has read in a process-wide map by TZID
    # and reuses the first one, so a Europe/Berlin of another feed (with
    # other years' onsets) would stand in for this feed's own.
    getattr(vobject.icalendar, "__tzidMap").clear()
    return {
        v.summary.value: _span(v.dtstart.value, v.dtend.value)
        for v in vobject.readOne(data.decode("utf-8")).vevent_list
        if isinstance(v.dtstart.value, dt.datetime)
    }


_ICS_PY = r"""
import json, sys, warnings
warnings.simplefilter("ignore")  # ics 0.7 warns about its own use of arrow
import ics
print(json.dumps({
    e.name: [e.begin.to("UTC").isoformat(), e.end.to("UTC").isoformat()]
    for e in ics.Calendar(sys.stdin.buffer.read().decode("utf-8")).events
    if not e.all_day
}))
"""


def by_ics_py(data: bytes) -> dict[str, Span]:
    """What ics-py 0.7.3 sees, in a process of its own (its warnings are errors here)."""
    done = subprocess.run(
        [sys.executable, "-c", _ICS_PY], input=data, capture_output=True, check=True, timeout=120
    )
    spans: dict[str, list[str]] = json.loads(done.stdout)
    return {
        name: _span(dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b))
        for name, (a, b) in spans.items()
    }


def by_icaljs(data: bytes) -> dict[str, Span]:
    """What Mozilla ical.js sees under Node, zones resolved through the feed's VTIMEZONEs."""
    why = _node_ready()
    if why is not None:
        if os.environ.get("CI"):
            pytest.fail(f"ical.js cannot be checked on CI: {why}")
        pytest.skip(f"SKIPPED LOUDLY: the Berlin feed is not checked in ical.js: {why}")
    done = subprocess.run(
        ["node", str(JS / "parse.mjs")], input=data, capture_output=True, check=True, timeout=60
    )
    events: list[dict[str, Any]] = json.loads(done.stdout)["events"]
    at = dt.datetime.fromtimestamp
    return {
        e["summary"]: _span(at(e["start_epoch"], tz=dt.UTC), at(e["end_epoch"], tz=dt.UTC))
        for e in events
        if e["start_type"] == "date-time"
    }


PARSERS: dict[str, Callable[[bytes], dict[str, Span]]] = {
    "icalendar": by_icalendar,
    "ical": by_ical,
    "vobject": by_vobject,
    "ics-py": by_ics_py,
    "ical.js": by_icaljs,
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """``export SOURCE --format ics -o F`` under umask 022: the file and its mode."""
    path = tmp_path_factory.mktemp("export") / "club.ics"
    old = os.umask(0o022)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.delenv("TIMELINE_TZ", raising=False)
            code = main(["export", str(CLUB), "--format", "ics", "-o", str(path)])
    finally:
        os.umask(old)
    assert 0 == code
    return path, path.stat().st_mode & 0o777


def _utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


class TestExportIcs:
    """``timeline export SOURCE --format ics -o F``: a feed every reader gets right."""

    def test_file_is_0644_and_set_in_berlin(self, exported):
        """Under umask 022 the feed is 0644 (a web server can serve it), and its zone is Berlin."""
        path, mode = exported
        assert 0o644 == mode
        assert b"\r\nX-WR-TIMEZONE:Europe/Berlin\r\n" in path.read_bytes()

    @pytest.mark.slow
    @pytest.mark.parametrize(
        "parser",
        [pytest.param(p, marks=pytest.mark.node) if p == "ical.js" else p for p in PARSERS],
    )
    def test_each_parser_reads_the_clock_changes_right(self, exported, parser):
        """The second 02:30 is 01:30Z for an hour, the gap night an hour, New York at 23:00Z."""
        spans = PARSERS[parser](exported[0].read_bytes())
        hour = dt.timedelta(hours=1)
        assert (_utc("2025-10-26T01:30"), hour) == spans[REPEATED]
        assert (_utc("2025-03-30T00:30"), hour) == spans[GAP]
        assert (_utc("2025-11-05T23:00"), 2 * hour) == spans[NEW_YORK]
        assert (_utc("2025-10-25T20:00"), 7 * hour) == spans["Autumn party"]
        assert 7 == len(spans)  # and the three all-day events are dates, not times

    def test_the_feed_reads_back_as_the_same_days(self, capsys, exported):
        """``show F.ics`` prints what ``show SOURCE`` printed."""
        _, from_source, _ = run(capsys, "show", str(CLUB))
        code, from_feed, _ = run(capsys, "show", str(exported[0]))
        assert 0 == code
        assert from_source == from_feed

    @pytest.mark.node
    def test_a_feed_over_two_years_reads_right_in_icaljs(self, capsys, tmp_path):
        """With last summer's concert added, ical.js still puts it at 17:00Z (19:00 CEST)."""
        source = tmp_path / "two_years.toml"
        source.write_text(
            CLUB.read_text("utf-8") + '\n[[events]]\nid = "last-summer"\ntitle = "Last summer"\n'
            'start = "2024-07-06T19:00:00+02:00[Europe/Berlin]"\n'
            'end = "2024-07-06T21:00:00+02:00[Europe/Berlin]"\n',
            "utf-8",
        )
        feed = tmp_path / "two_years.ics"
        assert 0 == main(["export", str(source), "--format", "ics", "-o", str(feed)])
        capsys.readouterr()
        spans = by_icaljs(feed.read_bytes())
        assert (_utc("2024-07-06T17:00"), dt.timedelta(hours=2)) == spans["Last summer"]

    def test_descriptions_are_english(self, exported):
        """An English club's DESCRIPTION lines say Where and Led by, not 地点 and 带队."""
        text = exported[0].read_bytes().decode("utf-8")
        assert "地点" not in text
        assert "带队" not in text
        assert "Where: Clubhaus" in text


class TestFilesForTheWeb:
    """Feeds and pages a web server can serve, in the data's language."""

    @pytest.mark.usefixtures("umask_022")
    def test_feeds_are_0644(self, capsys, tmp_path):
        """``feeds SOURCE -o DIR`` writes every file 0644 under umask 022, the index in English."""
        out = tmp_path / "feeds"
        code, report, _ = run(capsys, "feeds", str(CLUB), "-o", str(out))
        assert 0 == code
        assert f"{out}: " in report
        files = [p for p in out.resolve().rglob("*") if p.is_file()]
        assert {"all.ics", "index.html"} <= {p.name for p in files}
        assert {0o644} == {p.stat().st_mode & 0o777 for p in files}
        index = (out / "index.html").read_text("utf-8")
        assert '<html lang="en">' in index
        assert "<th>Name</th>" in index

    def test_feeds_are_set_in_berlin(self, capsys, tmp_path):
        """The feed of all events names Europe/Berlin and stamps Berlin midnights, not Shanghai."""
        out = tmp_path / "feeds"
        assert 0 == main(["feeds", str(CLUB), "-o", str(out)])
        capsys.readouterr()
        feed = (out / "all.ics").read_bytes()
        assert b"\r\nX-WR-TIMEZONE:Europe/Berlin\r\n" in feed
        assert b"T160000Z\r\n" not in feed  # 00:00 in Shanghai, in UTC

    @pytest.mark.usefixtures("umask_022")
    def test_html_export_is_english_and_0644(self, capsys, tmp_path):
        """``export --format html`` declares English and labels in English."""
        path = tmp_path / "club.html"
        code, _, _ = run(capsys, "export", str(CLUB), "--format", "html", "-o", str(path))
        assert 0 == code
        assert 0o644 == path.stat().st_mode & 0o777
        page = path.read_text("utf-8")
        assert '<html lang="en">' in page
        assert "Led by" in page
        assert "all day" in page
        assert not re.search("全天|地点|带队|周[一二三四五六日]", page)


# -- publishing to a real CalDAV server ----------------------------------------------


def _stored(url: str, name: str) -> list[icalendar.Event]:
    """The events in calendar ``name`` on the server (none without it), read with caldav."""
    import caldav  # noqa: PLC0415 - only with a server

    client = caldav.DAVClient(url=url, username=USER, password=PASSWORD)
    for calendar in client.principal().calendars():
        if calendar.get_display_name() == name:
            return [
                event
                for obj in calendar.events()
                for event in icalendar.Calendar.from_ical(obj.data).walk("VEVENT")
            ]
    return []


@pytest.mark.slow
@pytest.mark.server
class TestPublish:
    """``timeline publish SOURCE --caldav URL`` against Radicale."""

    @pytest.fixture(autouse=True)
    def password(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The password where publish looks for it by default."""
        monkeypatch.setenv("TIMELINE_CALDAV_PASSWORD", PASSWORD)

    def test_creates_ten_events_and_the_repeated_hour_comes_back_at_0130z(self, capsys, radicale):
        """The ten events arrive once; the server hands the second 02:30 back as 01:30Z."""
        code, out, _ = run(
            capsys, "publish", str(CLUB), "--caldav", radicale, "--user", USER, "--calendar", "club"
        )
        assert 0 == code
        assert "10 created" in out
        stored = _stored(radicale, "club")
        assert 10 == len(stored)
        (repeated,) = [e for e in stored if str(e["SUMMARY"]) == REPEATED]
        start, end = repeated["DTSTART"].dt, repeated["DTEND"].dt
        assert (_utc("2025-10-26T01:30"), dt.timedelta(hours=1)) == _span(start, end)

    def test_without_source_is_a_usage_error(self, capsys, radicale):
        """``publish --caldav URL`` alone is a usage error and pushes nothing (no demo events)."""
        code, _, err = run(
            capsys, "publish", "--caldav", radicale, "--user", USER, "--calendar", "forgot"
        )
        assert [] == _stored(radicale, "forgot")
        assert 2 == code
        assert "SOURCE" in err

    def test_dry_run_lists_ten_creations_and_changes_nothing(self, capsys, radicale):
        """``--dry-run`` says it would create the ten events, and the calendar stays empty."""
        code, out, _ = run(
            capsys,
            "publish",
            str(CLUB),
            "--caldav",
            radicale,
            "--user",
            USER,
            "--calendar",
            "dry",
            "--dry-run",
        )
        assert 0 == code
        assert 10 == sum(line.startswith("would create ") for line in out.splitlines())
        assert [] == _stored(radicale, "dry")


# -- the tutorial's section shows what the commands print --------------------------


def _section(title: str) -> str:
    """The tutorial's section under ``## title``, up to the next section."""
    text = TUTORIAL.read_text("utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else len(text)]


def _sessions(section: str) -> list[tuple[str, str]]:
    """Each ``$ command`` of the section's console blocks, with the output shown under it."""
    sessions: list[tuple[str, list[str]]] = []
    for block in re.findall(r"^```console\n(.*?)^```", section, re.MULTILINE | re.DOTALL):
        for line in block.splitlines():
            if line.startswith("$ "):
                sessions.append((line[2:], []))
            else:
                sessions[-1][1].append(line)
    return [(command, "".join(f"{line}\n" for line in shown)) for command, shown in sessions]


class TestTutorial:
    """docs/tutorial.md's "Anyone's events" stays true."""

    SECTION = _section("Anyone's events")

    @pytest.mark.usefixtures("umask_022")
    def test_every_command_prints_what_is_shown(self, capsys, tmp_path, monkeypatch):
        """Each command run on the fixture prints (stderr, then stdout) exactly the lines shown."""
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("COLUMNS", "80")
        shutil.copy(CLUB, tmp_path / "berlin_club.toml")
        sessions = _sessions(self.SECTION)
        assert 5 == len(sessions)
        for command, shown in sessions:
            program, *argv = shlex.split(command)
            assert "timeline" == program
            code = main(argv)
            out, err = capsys.readouterr()
            assert (command, 0, shown) == (command, code, err + out)
        lines = (tmp_path / "club.ics").read_bytes().decode("utf-8").split("\r\n")
        (listed,) = re.findall(r"^```text\n(.*?)^```", self.SECTION, re.MULTILINE | re.DOTALL)
        assert [] == [line for line in listed.splitlines() if line not in lines]
