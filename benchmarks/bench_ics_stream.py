"""
Streaming export against the floor, in CPU and wall time, with memory growth.

Not collected by pytest. Needs ``benchmarks/synth.py`` (the issue 6 events
and the hand-written "floor" serialiser, from the benchmark suite)::

    PYTHONPATH=src python benchmarks/bench_ics_stream.py 1e4 1e5
    PYTHONPATH=src python benchmarks/bench_ics_stream.py 1e6 --no-floor

For each size it builds the synthetic events, then times, in this one
process, ``synth.floor_ics`` (unless ``--no-floor``: it holds the whole feed
in memory), ``to_ics`` and ``write_ics`` to a file, reporting events per
second of process CPU time (``time.process_time``, what a loaded shared
machine distorts least) and of wall time. ``write_ics`` runs last, after
``gc.collect()`` and a reset of the kernel's peak-RSS mark (``5`` written to
``/proc/self/clear_refs``), so its peak RSS growth (``VmHWM`` minus the RSS
before it) counts what writing adds, not the input events.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # type: ignore[import-not-found]  # the benchmark suite's events and floor

from timeline.ics import to_ics, write_ics


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    msg = f"{field} not in /proc/self/status"
    raise OSError(msg)


def rate(label: str, n: int, func: Callable[[], object]) -> float:
    """Run ``func`` once; print and return events per CPU second."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    func()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label:<12} {n:>9,} events  CPU {n / cpu:>8,.0f}/s  wall {n / wall:>8,.0f}/s")
    return n / cpu


def measure(n: int, *, floor: bool) -> None:
    """Time the floor (optionally), to_ics and write_ics on ``n`` synthetic events."""
    events = synth.make_events(n)
    if floor:
        least = rate("floor", n, lambda: synth.floor_ics(events))
        ours = rate("to_ics", n, lambda: to_ics(events))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "feed.ics"
        gc.collect()
        Path("/proc/self/clear_refs").write_text("5", encoding="ascii")
        base = _status_kib("VmRSS")
        streamed = rate("write_ics", n, lambda: write_ics(events, path))
        growth = (_status_kib("VmHWM") - base) / 1024
        size = path.stat().st_size / 2**20
    print(f"{'':<12} write_ics peak RSS growth {growth:.1f} MiB, feed {size:.0f} MiB")
    if floor:
        print(f"{'':<12} floor / ours (CPU): to_ics {least / ours:.2f}, ", end="")
        print(f"write_ics {least / streamed:.2f}")


def main() -> None:
    """Parse the arguments and run the measures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("sizes", nargs="+", type=float)
    parser.add_argument("--no-floor", action="store_true", help="skip the in-memory floor")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for size in args.sizes:
        measure(int(size), floor=not args.no_floor)


if __name__ == "__main__":
    main()
