"""
Inputs the fuzzers found, kept so each bug stays fixed (or stays visible).

Every file in ``tests/data/fuzz/`` is fed to its reader (by prefix: ``ics-``
to ``from_ics``, ``data-`` to ``loads``, ``extract-`` to ``extract_text``)
and must give events or a TimelineError. A file whose bug is still open is
listed in ``OPEN`` with the bug's precise description and runs as a strict
xfail: when the bug is fixed the test fails, and the entry must go.

``KNOWN_BUGS`` gives the hypothesis fuzz suites (``test_hostile_fuzz.py``)
the signatures of these open bugs, so they keep hunting for new ones
instead of stopping at the first known crash.
"""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest

import timeline
from tests._paths import DATA
from timeline import TimelineError
from timeline.extract import extract_text
from timeline.ics import from_ics

FUZZ_DATA = DATA / "fuzz"
WINDOW = (dt.date(2020, 1, 1), dt.date(2020, 12, 31))

#: Open bugs, by regression file: the reason for the strict xfail.
OPEN: dict[str, str] = {}

#: Signatures of the open bugs: (exception class, file under src/timeline, function).
#: A fuzz suite that meets one of these skips the example instead of failing.
KNOWN_BUGS: tuple[tuple[type[BaseException], str, str], ...] = ()


def is_known_bug(exc: BaseException) -> bool:
    """Whether ``exc`` is one of the open bugs in ``KNOWN_BUGS``."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/src/timeline/" in f.filename]
    if not frames:
        return False
    where = frames[-1]
    return any(
        isinstance(exc, kind)
        and where.filename.endswith(f"/src/timeline/{path}")
        and where.name == function
        for kind, path, function in KNOWN_BUGS
    )


def _error_path(call: Callable[[], object]) -> str | None:
    """Run ``call``; the path of the TimelineError it raised, else None."""
    try:
        call()
    except TimelineError as exc:
        return exc.path or ""
    return None


def _read(path: Path) -> None:
    data = path.read_bytes()
    name = path.name
    outcomes: list[str | None] = []
    if name.startswith("ics-"):
        outcomes = [
            _error_path(lambda expand=expand: from_ics(data, source=name, expand=expand))
            for expand in (None, WINDOW)
        ]
    elif name.startswith("data-"):
        fmt = path.suffix.lstrip(".")
        outcomes = [_error_path(lambda: timeline.loads(data, format=fmt, path=name))]  # type: ignore[arg-type]
    elif name.startswith("extract-"):
        text = data.decode("utf-8", "replace")
        outcomes = [
            _error_path(
                lambda published=published: extract_text(text, published=published, document=name)
            )
            for published in (None, dt.date(2020, 6, 3))
        ]
    else:
        pytest.fail(f"no reader for {name}: name it ics-, data- or extract-")
    assert set(outcomes) <= {None, name}


def _cases() -> list[object]:
    return [
        pytest.param(p, id=p.name, marks=[pytest.mark.xfail(strict=True, reason=OPEN[p.name])])
        if p.name in OPEN
        else pytest.param(p, id=p.name)
        for p in sorted(FUZZ_DATA.iterdir())
    ]


class TestFuzzRegressions:
    """Each kept input gives events or a TimelineError naming its file."""

    @pytest.mark.parametrize("path", _cases())
    def test_input(self, path):
        """The input is read without any exception but TimelineError."""
        _read(path)

    def test_every_open_bug_has_its_file(self):
        """OPEN names only files that exist (a fixed bug's entry is removed with care)."""
        assert set(OPEN) <= {p.name for p in FUZZ_DATA.iterdir()}

    def test_known_bug_signature_matches(self, monkeypatch):
        """is_known_bug recognises a listed signature (class, file, function) and nothing else."""
        with pytest.raises(timeline.IcsReadError) as info:
            from_ics(b"BEGIN:VEVENT\r\nEND:VEVENT\r\n")
        frames = traceback.extract_tb(info.value.__traceback__)
        (*_, where) = [f for f in frames if "/src/timeline/" in f.filename]
        assert where.filename.endswith("/src/timeline/ics/_blocks.py")
        signature = (timeline.IcsReadError, "ics/_blocks.py", where.name)
        monkeypatch.setattr(sys.modules[__name__], "KNOWN_BUGS", ())
        assert not is_known_bug(info.value)
        monkeypatch.setattr(sys.modules[__name__], "KNOWN_BUGS", (signature,))
        assert is_known_bug(info.value)
        assert not is_known_bug(ValueError("x"))


class TestZoneNamesElsewhere:
    """Zone names reach zoneinfo from the command line and JSON too."""

    def test_zone_directory_on_the_command_line(self, capsys):
        """--tz Asia (a directory of the tz database) is a usage error, one line."""
        from timeline.cli import main  # noqa: PLC0415 - the unit under test

        assert 2 == main(["show", "--tz", "Asia"])
        assert "unknown time zone 'Asia'" in capsys.readouterr().err

    def test_json_zone_directory(self):
        """timeline_from_json with zone 'Asia' is a DataFileError."""
        from timeline.render.json import timeline_from_json  # noqa: PLC0415 - the unit under test

        with pytest.raises(timeline.DataFileError):
            timeline_from_json('{"version": 1, "zone": "Asia", "events": []}')

    def test_timeline_zone_directory(self):
        """Timeline(zone='Asia') is a QueryError."""
        with pytest.raises(timeline.QueryError):
            timeline.Timeline([], zone="Asia")

    def test_data_file_zone_directory(self):
        """The data loader's [Asia] is an unknown zone (fixed in _codec)."""
        with pytest.raises(timeline.DataFileError, match="unknown time zone 'Asia'"):
            timeline.loads((FUZZ_DATA / "data-zone-directory.json").read_bytes(), format="json")
