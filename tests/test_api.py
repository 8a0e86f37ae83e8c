"""Guards on the public surface: what `timeline` exports and what importing it costs."""

from __future__ import annotations

import json
import subprocess
import sys

import timeline


class TestExports:
    """`timeline.__all__` is the public API."""

    def test_all_is_complete(self):
        """__all__ lists every public name the package binds, once (ruff's RUF022 sorts it)."""
        public = {
            name
            for name, value in vars(timeline).items()
            if not name.startswith("_") and not isinstance(value, type(timeline))
        }
        public.add("__version__")
        assert sorted(public) == sorted(timeline.__all__)
        assert len(set(timeline.__all__)) == len(timeline.__all__)

    def test_all_names_resolve(self):
        """Every exported name exists."""
        for name in timeline.__all__:
            assert hasattr(timeline, name), name

    def test_version(self):
        """The version comes from the installed metadata."""
        assert timeline.__version__[0].isdigit()


HEAVY = [
    "timeline.extract",
    "timeline.cli",
    "argparse",
    "http.server",
    "caldav",
    "pypinyin",
    "tqdm",
    "rich",
    "recurring_ical_events",
]


def test_import_is_light():
    """`import timeline` loads no extractor, CLI, server, or HTML-only dependency."""
    code = (
        f"import json, sys, timeline; print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == []
