"""
Export and import of the iCalendar package in CPU time, best of several runs.

Not collected by pytest. Made for before/after comparisons on a shared,
loaded machine: run it alternately against two source trees, in one
session, and compare the same rows::

    PYTHONPATH=OLD/src python benchmarks/bench_ics_cpu.py 1e4
    PYTHONPATH=NEW/src python benchmarks/bench_ics_cpu.py 1e4

On ``n`` synthetic events (``synth.make_events``) it reports events per
second of process CPU time (``time.process_time``, which other jobs on the
machine distort least; the best of ``--repeat`` runs, since load only ever
slows a run down) for: ``to_ics``, ``write_ics`` to a file without the
fsync, ``to_calendar(...).to_ical()`` (icalendar's path), ``from_ics`` of
our own feed, and ``iter_ics`` of the floor's feed (a foreign feed, the
reader's fast path).
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # type: ignore[import-not-found]  # the benchmark suite's events and floor

from timeline.ics import from_ics, iter_ics, to_calendar, to_ics, write_ics


def best(label: str, n: int, func: Callable[[], object], repeat: int) -> float:
    """Run ``func`` ``repeat`` times; print and return the best events per CPU second."""
    rates = []
    for _ in range(repeat):
        gc.collect()
        cpu = time.process_time()
        func()
        rates.append(n / (time.process_time() - cpu))
    print(f"{label:<22} {n:>9,} events  best {max(rates):>8,.0f}/CPU-s  ", end="")
    print("runs " + " ".join(f"{rate:,.0f}" for rate in rates))
    return max(rates)


def _drain(data: bytes) -> int:
    return sum(1 for _ in iter_ics(io.BytesIO(data)))


def measure(n: int, repeat: int) -> None:
    """Time the export and import paths on ``n`` synthetic events."""
    events = synth.make_events(n)
    own = to_ics(events)
    foreign = synth.floor_ics(events)
    best("to_ics", n, lambda: to_ics(events), repeat)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "feed.ics"
        best("write_ics (no fsync)", n, lambda: write_ics(events, path, durable=False), repeat)
    best("to_calendar.to_ical", n, lambda: to_calendar(events).to_ical(), repeat)
    best("from_ics (own feed)", n, lambda: from_ics(own), repeat)
    best("iter_ics (foreign)", n, lambda: _drain(foreign), repeat)


def main() -> None:
    """Parse the arguments and run the measures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("sizes", nargs="+", type=float)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure (best is kept)")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for size in args.sizes:
        measure(int(size), args.repeat)


if __name__ == "__main__":
    main()
