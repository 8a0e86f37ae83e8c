"""
Timeline build and query speed, against ics-py's ``Calendar.timeline``.

Builds timelines of 10^4 .. 10^6 synthetic events (a fifth all-day, some
multi-day, timed ones in three zones, one long event per thousand) and times:

* build: ``Timeline(events)`` (sort + keys; the interval index is built on
  the first range query and timed with it), as wall time and as this
  process's CPU time (the machine may be shared; CPU time is what a quiet
  machine would show as wall time);
* day: ``on_date(day)`` for random days;
* range: ``overlapping(day, day + 7)`` for random weeks.

ics-py (``ics`` 0.7.3) gets the same events as ``ics.Event`` objects and is
timed on ``Calendar(events=...)`` and ``list(calendar.timeline.on(day))``,
whose every call heapifies all events. It is skipped past ``--ics-max``
events or when one size's ics-py run passes ``--ics-budget`` seconds, and
the output says so. Run::

    PYTHONPATH=src python benchmarks/bench_timeline.py --sizes 10000 100000 1000000
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import platform
import random
import statistics
import sys
import time
from zoneinfo import ZoneInfo

import timeline
from timeline import SHANGHAI, Event, Timeline

ZONES = (SHANGHAI, ZoneInfo("UTC"), ZoneInfo("America/New_York"))
FIRST_DAY = dt.date(2015, 1, 1)
SPAN_DAYS = 3650


def synthetic(n: int, seed: int = 1) -> list[Event]:
    """``n`` events over ten years, in random order."""
    rnd = random.Random(seed)  # noqa: S311 - benchmark data, not secrets
    events = []
    for i in range(n):
        day = FIRST_DAY + dt.timedelta(days=rnd.randrange(SPAN_DAYS))
        if i % 1000 == 999:  # a long event: a month-long campaign
            events.append(
                Event(id=f"e{i}", title=f"专项行动{i}", start=day, end=day + dt.timedelta(days=30))
            )
        elif i % 5 == 0:
            length = 1 if rnd.random() < 0.9 else rnd.randrange(2, 4)
            events.append(
                Event(
                    id=f"e{i}",
                    title=f"活动{i % 997}",
                    start=day,
                    end=day + dt.timedelta(days=length),
                )
            )
        else:
            start = dt.datetime.combine(
                day, dt.time(rnd.randrange(24), rnd.randrange(0, 60, 5)), tzinfo=rnd.choice(ZONES)
            )
            end = start + dt.timedelta(minutes=rnd.choice((0, 30, 60, 90, 120, 240, 600)))
            events.append(Event(id=f"e{i}", title=f"会议{i % 997}", start=start, end=end))
    return events


def to_ics(events: list[Event]) -> list[object]:
    """The same events as ics-py objects."""
    import ics  # noqa: PLC0415 - optional, only for the comparison

    out = []
    for e in events:
        if e.all_day:
            item = ics.Event(
                name=e.title,
                begin=dt.datetime.combine(e.start, dt.time(), tzinfo=SHANGHAI),
                uid=e.id,
            )
            item.make_all_day()
            last = e.end - dt.timedelta(days=1)
            if last != e.start:
                item._end_time = None  # noqa: SLF001 - ics-py has no public multi-day setter
                item.end = dt.datetime.combine(e.end, dt.time(), tzinfo=SHANGHAI)
        else:
            item = ics.Event(name=e.title, begin=e.start, end=e.end, uid=e.id)
        out.append(item)
    return out


def bench(n: int, *, queries: int, ics_max: int, ics_budget: float) -> dict[str, object]:
    """Time one size; return the row."""
    events = synthetic(n)
    rnd = random.Random(n)  # noqa: S311 - benchmark data, not secrets
    days = [FIRST_DAY + dt.timedelta(days=rnd.randrange(SPAN_DAYS)) for _ in range(queries)]
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    tl = Timeline(events)
    build = time.perf_counter() - start
    build_cpu = time.process_time() - cpu
    start = time.perf_counter()
    tl.on_date(days[0])
    first_query = time.perf_counter() - start
    day_times, range_times, found = [], [], 0
    for day in days:
        t0 = time.perf_counter()
        found += len(tl.on_date(day))
        t1 = time.perf_counter()
        tl.overlapping(day, day + dt.timedelta(days=7))
        t2 = time.perf_counter()
        day_times.append(t1 - t0)
        range_times.append(t2 - t1)
    row: dict[str, object] = {
        "n": n,
        "build_s": build,
        "build_cpu_s": build_cpu,
        "index_s": first_query,
        "day_ms": statistics.median(day_times) * 1e3,
        "range_ms": statistics.median(range_times) * 1e3,
        "per_day": found / len(days),
    }
    if n > ics_max:
        row["ics"] = f"skipped: more than --ics-max={ics_max} events"
        return row
    import arrow  # noqa: PLC0415 - ics-py's own time type
    import ics  # noqa: PLC0415 - optional, only for the comparison

    ics_events = to_ics(events)
    gc.collect()
    start = time.perf_counter()
    calendar = ics.Calendar(events=ics_events)
    row["ics_build_s"] = time.perf_counter() - start
    ics_times = []
    deadline = time.perf_counter() + ics_budget
    for day in days:
        if time.perf_counter() > deadline:
            break
        when = arrow.Arrow(day.year, day.month, day.day, tzinfo=SHANGHAI)
        t0 = time.perf_counter()
        list(calendar.timeline.on(when))
        ics_times.append(time.perf_counter() - t0)
    row["ics_day_ms"] = statistics.median(ics_times) * 1e3
    row["ics_queries"] = len(ics_times)
    if len(ics_times) < len(days):
        row["ics"] = f"stopped after {len(ics_times)} day queries (--ics-budget={ics_budget:g}s)"
    return row


def main() -> None:
    """Run the sizes given and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--ics-max", type=int, default=100_000)
    parser.add_argument("--ics-budget", type=float, default=60.0)
    args = parser.parse_args()
    print(
        f"timeline {timeline.__version__}, Python {platform.python_version()}, "
        f"{platform.machine()} {platform.processor() or platform.platform()}, "
        f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}"
    )
    print()
    print(
        "| events | build wall (s) | build CPU (s) | first query + index (s) | day query (ms) "
        "| 7-day range (ms) | events/day | ics-py build (s) | ics-py `on(day)` (ms) "
        "| day-query ratio |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    notes = []
    for n in args.sizes:
        row = bench(n, queries=args.queries, ics_max=args.ics_max, ics_budget=args.ics_budget)
        ics_build = f"{row['ics_build_s']:.2f}" if "ics_build_s" in row else "—"
        ics_day = f"{row['ics_day_ms']:.1f}" if "ics_day_ms" in row else "—"
        ratio = f"{row['ics_day_ms'] / row['day_ms']:.0f}×" if "ics_day_ms" in row else "—"
        print(
            f"| {n:,} | {row['build_s']:.2f} | {row['build_cpu_s']:.2f} | {row['index_s']:.2f} "
            f"| {row['day_ms']:.3f} "
            f"| {row['range_ms']:.3f} | {row['per_day']:.0f} | {ics_build} | {ics_day} | {ratio} |"
        )
        sys.stdout.flush()
        if "ics" in row:
            notes.append(f"- {n:,} events: ics-py {row['ics']}")
    if notes:
        print()
        print("\n".join(notes))


if __name__ == "__main__":
    main()
