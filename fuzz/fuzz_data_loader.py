"""
Fuzz ``timeline.loads`` (TOML and JSON): any exception but TimelineError is a crash.

Run: ``PYTHONPATH=src python fuzz/fuzz_data_loader.py fuzz/corpus/data_loader
-max_total_time=120`` (see fuzz/README.md).
"""

from __future__ import annotations

import atheris

with atheris.instrument_imports(include=["timeline"]):
    from timeline import TimelineError, loads

import contextlib

from _harness import run


def test_one(data: bytes) -> None:
    """Feed the same bytes to the TOML and the JSON reader."""
    for fmt in ("toml", "json"):
        with contextlib.suppress(TimelineError):
            loads(data, format=fmt, path=f"fuzz.{fmt}")


if __name__ == "__main__":
    run(test_one)
