"""
Quick measure of iCalendar export and import speed (not collected by pytest).

Run from the worktree root::

    PYTHONPATH=src python benchmarks/bench_ics.py            # 10^4 and 10^5 events
    PYTHONPATH=src python benchmarks/bench_ics.py 1000 --reference

It writes a feed of ``n`` events made from the seed dataset (each copied
under new ids, one in three turned into a timed event), then reports events
per second for :func:`timeline.to_ics`, :func:`timeline.write_ics` to a file,
:func:`timeline.from_ics`, and with ``--reference`` icalendar's own
``Calendar.to_ical()`` and ``Calendar.from_ical()`` on the same feed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import attrs
import icalendar

import timeline
from timeline.ics import from_ics, to_calendar, to_ics, write_ics


def make_events(n: int) -> list[timeline.Event]:
    """``n`` distinct events cycling through the seed's six, with their own texts."""
    seed = timeline.seed_events()
    out = []
    for i in range(n):
        base = seed[i % len(seed)]
        day = base.start + dt.timedelta(days=i // len(seed))  # type: ignore[operator]
        if i % 3 == 0:
            start = dt.datetime.combine(day, dt.time(9, 30), tzinfo=timeline.SHANGHAI)
            end = start + dt.timedelta(hours=2)
        else:
            start, end = day, day + dt.timedelta(days=1)
        # Distinct text per event, so no cache sees repeats the real data lacks.
        out.append(
            attrs.evolve(
                base,
                id=f"{base.id}-{i}",
                title=f"{base.title}(第{i}场)",
                summary=f"{base.summary}第{i}次报道。",
                start=start,
                end=end,
            )
        )
    return out


def rate(label: str, n: int, func: Callable[[], object]) -> float:
    """Time ``func`` once and print events per second."""
    began = time.perf_counter()
    func()
    took = time.perf_counter() - began
    print(f"{label:<34} {n:>8} events {took:8.2f} s {n / took:>10,.0f} events/s")
    return n / took


def main() -> None:
    """Parse the arguments and run the measures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--reference", action="store_true", help="also time icalendar itself")
    args = parser.parse_args()
    for n in args.sizes:
        events = make_events(n)
        data = to_ics(events)
        rate("to_ics", n, lambda: to_ics(events))  # noqa: B023 - called at once
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "feed.ics"
            rate("write_ics (file, streaming)", n, lambda: write_ics(events, path))  # noqa: B023
            tracemalloc.start()
            write_ics(events, path)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            size = path.stat().st_size / 2**20
            print(f"{'':<34} peak memory while writing {peak / 2**20:.1f} MiB, feed {size:.1f} MiB")
        rate("from_ics", n, lambda: from_ics(data))  # noqa: B023
        if args.reference:
            cal = to_calendar(events)
            rate("icalendar Calendar.to_ical()", n, cal.to_ical)
            rate("icalendar Calendar.from_ical()", n, lambda: icalendar.Calendar.from_ical(data))  # noqa: B023


if __name__ == "__main__":
    main()
