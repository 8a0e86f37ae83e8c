"""
How fast feeds are grouped and written.

Faceting is one pass over the events, so it should grow with the number of
events (and names), not with events x feeds. Run:

    PYTHONPATH=src python benchmarks/bench_feeds.py [EVENTS] [NAMES]

Defaults: 100 000 events, 10 000 people and 10 000 places (plus 1 000
bodies). Prints seconds for faceting, for naming files (pinyin), and for a
full write_feeds of a tenth of the events.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from timeline.feeds import facets, feed_filename, write_feeds
from timeline.model import Delegation, Event, Location, Organisation, Participant, Person, Role

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂"


def make_events(n: int, names: int, *, seed: int = 1) -> list[Event]:
    """``n`` events naming people and places drawn from ``names`` of each."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    people = [
        Person(rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN) + str(i), "区领导")
        for i in range(names)
    ]
    places = [Location(f"社区{i}", f"街道{i % 50}") for i in range(names)]
    bodies = [Organisation(f"区局{i}科", f"区局{i % 100}") for i in range(1000)]
    start = dt.date(2020, 1, 1)
    return [
        Event(
            id=f"e{i}",
            title=f"活动{i}",
            start=start + dt.timedelta(days=i % 1500),
            participants=[Participant(p, Role.TAKES_PART) for p in rng.sample(people, 3)],
            locations=rng.sample(places, 2),
            delegations=[Delegation(rng.choice(bodies))],
        )
        for i in range(n)
    ]


def timed(label: str, fn: object) -> object:
    """Run ``fn`` once and print how long it took, in wall and CPU time."""
    started, cpu = time.perf_counter(), time.process_time()
    result = fn()  # type: ignore[operator]
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"{label}: {wall:.2f} s wall, {cpu:.2f} s CPU")
    return result


def main() -> None:
    """Run the benchmark."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    names = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    events = timed(f"make {n} events", lambda: make_events(n, names))
    realistic = sorted({p.person.name for e in events for p in e.participants})  # type: ignore[attr-defined]
    timed(
        f"feed_filename x {len(realistic)} (3-character names)",
        lambda: [feed_filename("person", name) for name in realistic],
    )
    result = timed(f"facets of {n} events", lambda: facets(events))  # type: ignore[arg-type]
    print(f"  {len(result)} feeds")  # type: ignore[arg-type]
    tenth = events[: n // 10]  # type: ignore[index]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "feeds"
        report = timed(
            f"write_feeds of {len(tenth)} events (first run)",
            lambda: write_feeds(tenth, out, durable=False),
        )
        print(f"  {len(report.written)} files")  # type: ignore[attr-defined]
        timed("write_feeds again (nothing changed)", lambda: write_feeds(tenth, out, durable=False))


if __name__ == "__main__":
    main()
