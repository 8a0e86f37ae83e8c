"""The example scripts run on the seed and do what they say."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests._paths import EXAMPLES


def _run(script: str, *args: str, cwd: Path) -> str:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=cwd,
        timeout=300,
    )
    return done.stdout


@pytest.mark.slow
class TestDemo:
    """examples/demo.py, the quickstart's demo."""

    def test_prints_timeline_and_writes_feeds(self, tmp_path):
        """It prints the six reports in date order and writes all.ics plus faceted feeds."""
        out = _run("demo.py", "feeds", cwd=tmp_path)
        days = [line.split()[0] for line in out.splitlines() if line.startswith("2020-")]
        assert ["2020-05-25", "2020-05-26", "2020-05-28", "2020-06-02"] == days
        assert "李晓雷" in out
        feeds = tmp_path / "feeds"
        assert (feeds / "all.ics").read_bytes().count(b"BEGIN:VEVENT") == 6
        assert any((feeds / "person").glob("*.ics"))
        assert any((feeds / "place").glob("*.ics"))
        assert any((feeds / "organisation").glob("*.ics"))

    def test_second_run_changes_nothing(self, tmp_path):
        """Running the demo again rewrites no feed (byte-identical output)."""
        _run("demo.py", "feeds", cwd=tmp_path)
        before = {p: p.read_bytes() for p in (tmp_path / "feeds").rglob("*.ics")}
        out = _run("demo.py", "feeds", cwd=tmp_path)
        assert "(0 changed)" in out
        assert before == {p: p.read_bytes() for p in (tmp_path / "feeds").rglob("*.ics")}
