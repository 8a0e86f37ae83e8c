"""The ``timeline extract`` command, and ``timeline show`` on a news page."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import timeline
from timeline.cli import main

if TYPE_CHECKING:
    import pytest

from tests._paths import DATA, ROOT

SEED_PAGE = DATA / "seed_page.txt"


class TestExtract:
    def test_stdout_toml(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without -o, the events go to stdout as a TOML data file."""
        assert 0 == main(["extract", str(SEED_PAGE), "--published", "2020-06-03"])
        out = capsys.readouterr()
        events = timeline.loads(out.out)
        assert 6 == len(events)
        assert "" == out.err

    def test_output_json(self, tmp_path: Path) -> None:
        """-o with .json writes a JSON data file that loads back."""
        target = tmp_path / "events.json"
        assert 0 == main(
            ["extract", str(SEED_PAGE), "--published", "2020-06-03", "-o", str(target)]
        )
        assert 6 == len(json.loads(target.read_text(encoding="utf-8"))["events"])
        assert 6 == len(timeline.load(target))

    def test_warns_without_published(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without --published, the assumption is printed as a warning."""
        assert 0 == main(["extract", str(SEED_PAGE)])
        assert "no publication date: assumed 2020-06-03" in capsys.readouterr().err

    def test_a_bare_day_without_a_month(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A page printing no month: the CLI warns; ``--published`` gives the day its month."""
        page = tmp_path / "page.txt"
        page.write_text("标题\n\n本报讯 8日,中原区召开会议。\n", encoding="utf-8")
        assert 0 == main(["extract", str(page)])
        out = capsys.readouterr()
        assert "no month on the page" in out.err
        assert [(2020, 12, 8)] == [
            (e.start.year, e.start.month, e.start.day) for e in timeline.loads(out.out)
        ]
        assert 0 == main(["extract", str(page), "--published", "2024-05-20"])
        out = capsys.readouterr()
        assert "" == out.err
        assert [(2024, 5, 8)] == [
            (e.start.year, e.start.month, e.start.day) for e in timeline.loads(out.out)
        ]

    def test_directory_in_parallel(self, tmp_path: Path) -> None:
        """A directory is read page by page in worker processes, in file order."""
        target = tmp_path / "dev.toml"
        assert 0 == main(["extract", str(DATA / "devset"), "--jobs", "2", "-o", str(target)])
        events = timeline.load(target)
        assert len(events) >= 25
        assert len({e.id for e in events}) == len(events)
        assert "2021年安全生产工作会议" == events[0].title

    def test_same_result_serial_and_parallel(self, tmp_path: Path) -> None:
        """One or two workers write identical bytes."""
        one, two = tmp_path / "1.toml", tmp_path / "2.toml"
        args = ["extract", str(DATA / "devset"), "--published", "2021-12-31"]
        assert 0 == main([*args, "-o", str(one)])
        assert 0 == main([*args, "--jobs", "2", "-o", str(two)])
        assert one.read_bytes() == two.read_bytes()

    def test_empty_page_is_data_error(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An empty page exits 1 with one line naming the file."""
        page = tmp_path / "empty.txt"
        page.write_text("", encoding="utf-8")
        assert 1 == main(["extract", str(page)])
        err = capsys.readouterr().err
        assert 1 == len(err.strip().splitlines())
        assert str(page) in err

    def test_missing_path(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A missing path exits 1 naming it."""
        assert 1 == main(["extract", str(tmp_path / "none")])
        assert "none" in capsys.readouterr().err

    def test_bad_jobs(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--jobs 0 is a usage error."""
        assert 2 == main(["extract", str(SEED_PAGE), "--jobs", "0"])
        assert "--jobs" in capsys.readouterr().err

    def test_bad_output_suffix(self, tmp_path: Path) -> None:
        """An output that is neither .toml nor .json is refused, and nothing is written."""
        target = tmp_path / "events.csv"
        assert 1 == main(["extract", str(SEED_PAGE), "-o", str(target)])
        assert not target.exists()


class TestShowPage:
    def test_show_page(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``timeline show page.txt`` extracts the page and prints its timeline."""
        assert 0 == main(["show", str(SEED_PAGE), "--published", "2020-06-03"])
        assert "“红色物业”工作观摩推进会" in capsys.readouterr().out

    def test_subprocess_smoke(self) -> None:
        """``python -m timeline extract`` runs on the seed page."""
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "timeline",
                "extract",
                str(SEED_PAGE),
                "--published",
                "2020-06-03",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            check=False,
        )
        assert 0 == done.returncode, done.stderr
        assert 6 == len(timeline.loads(done.stdout))
