"""
Keep the benchmark suite from rotting: the generator and a tiny run of the runner.

Nothing here times anything; the numbers live in docs/performance.md.
"""

from __future__ import annotations

import datetime as dt
import json
import sys

import icalendar
import pytest

import timeline
from tests._paths import BENCHMARKS as BENCH

sys.path.insert(0, str(BENCH))

# benchmarks/ is not a package: it goes on the path first.
import run
import synth

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events() -> list[timeline.Event]:
    """Fifty synthetic events."""
    return synth.make_events(50)


class TestSynth:
    """benchmarks/synth.py: the events and the peers' calendars."""

    def test_deterministic(self, events):
        """The same n and seed give the same events."""
        assert events == synth.make_events(50)

    def test_seed_changes_events(self, events):
        """Another seed gives other events."""
        assert events != synth.make_events(50, seed=1)

    def test_shape(self, events):
        """Events follow the spec: CJK titles, long summaries, 2-8 people, 1-8 stops, a byline."""
        assert 50 == len({e.id for e in events})
        for e in events:
            assert 20 <= len(e.title) <= 30
            assert 250 <= len(e.summary) <= 302
            assert 2 <= len(e.participants) <= 8
            assert 1 <= len(e.locations) <= 8
            assert e.source is not None
            assert e.source.byline

    def test_all_day_and_timed(self, events):
        """Both all-day and timed Asia/Shanghai events occur, mostly all-day."""
        timed = [e for e in events if not e.all_day]
        assert timed
        assert len(timed) < len(events) / 2
        assert all(
            isinstance(e.start, dt.datetime) and e.start.tzinfo is timeline.SHANGHAI for e in timed
        )

    @pytest.mark.parametrize(
        "adapter",
        [
            pytest.param(synth.floor_ics, id="floor"),
            pytest.param(lambda ev: synth.to_icalendar(ev).to_ical(), id="icalendar"),
            pytest.param(lambda ev: synth.ical_to_bytes(synth.to_ical(ev)), id="ical"),
            pytest.param(lambda ev: synth.to_icspy(ev).serialize().encode(), id="ics-py"),
            pytest.param(lambda ev: synth.to_vobject(ev).serialize().encode(), id="vobject"),
        ],
    )
    def test_adapters_write_the_same_events(self, events, adapter):
        """Every peer's calendar holds the same UIDs and titles, readable by icalendar."""
        cal = icalendar.Calendar.from_ical(adapter(events))
        got = {(str(v["UID"]), str(v["SUMMARY"])) for v in cal.walk("VEVENT")}
        expected = {(f"{e.id}@synth.timeline.invalid", e.title) for e in events}
        assert expected == got

    def test_floor_folds_at_75_octets(self, events):
        """The floor's lines are at most 75 octets and split no UTF-8 sequence."""
        data = synth.floor_ics(events)
        lines = data.split(b"\r\n")
        assert 75 == max(len(line) for line in lines)
        for line in lines:
            line.decode("utf-8")


class TestRunner:
    """benchmarks/run.py."""

    def test_quick_run(self, tmp_path, capsys):
        """A --quick run at tiny sizes writes the doc's tables and the results file."""
        out = tmp_path / "performance.md"
        out.write_text("# Performance\n\n## Timeline\n\nKept prose.\n", encoding="utf-8")
        assert 0 == run.main(["--quick", "--sizes", "20", "--out", str(out), "--quiet"])
        text = out.read_text(encoding="utf-8")
        assert "Kept prose." in text
        for section in ("export", "import", "timeline", "extraction", "feeds", "targets"):
            assert f"<!-- bench:{section}:start -->" in text
        results = json.loads((tmp_path / "perf-results.json").read_text(encoding="utf-8"))
        by_key = {(r["section"], r["impl"], r["n"]): r for r in results["results"]}
        assert [] == [k for k, r in by_key.items() if r["status"] == "error"]
        for impl in ("floor", "icalendar", "ical", "ics-py", "vobject"):
            assert "ok" == by_key["export", impl, 20]["status"]
        assert "ok" == by_key["import", "icalendar", 20]["status"]
        assert "skipped" == by_key["import", "ics-py", 20]["status"]
        assert "floor" in capsys.readouterr().out
