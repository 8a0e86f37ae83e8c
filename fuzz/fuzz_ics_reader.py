"""
Fuzz ``timeline.ics.from_ics``: any exception but TimelineError is a crash.

Run: ``PYTHONPATH=src python fuzz/fuzz_ics_reader.py fuzz/corpus/ics_reader
-max_total_time=300`` (see fuzz/README.md).
"""

from __future__ import annotations

import datetime as dt

import atheris

with atheris.instrument_imports(include=["timeline", "icalendar"]):
    from timeline import TimelineError
    from timeline.ics import from_ics

import contextlib

from _harness import run

_WINDOW = (dt.date(2020, 1, 1), dt.date(2020, 12, 31))


def test_one(data: bytes) -> None:
    """Read the input twice: plain, and expanding recurrences in a window."""
    for expand in (None, _WINDOW):
        with contextlib.suppress(TimelineError):
            from_ics(data, source="fuzz.ics", expand=expand)


if __name__ == "__main__":
    run(test_one)
