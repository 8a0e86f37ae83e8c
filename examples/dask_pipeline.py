"""
Archive-scale extraction on a Dask bag: news pages in, events, iCalendar feeds out.

Extraction is embarrassingly parallel per page, and the pipeline's functions
are plain and picklable, so a Dask bag spreads them over cores (or, with a
``dask.distributed`` scheduler, over machines) with no glue:

1. ``pages``: a bag of page files;
2. ``events``: ``timeline.extract.extract_file`` on each page, flattened and
   de-duplicated by event id (the same report printed twice is one event),
   gathered to the driver;
3. ``feeds``: ``timeline.facets`` groups them in one pass (cheap: the rules
   for who and where are the library's), and a second bag renders each feed
   with ``timeline.ics.to_ics`` and writes it atomically to its
   ``Feed.file`` under the output directory, in the workers. The files are
   byte for byte those ``timeline.write_feeds`` writes; the index pages and
   the atomic switch of the whole set are left to ``write_feeds``.

Run it (``pip install -e '.[scale]'``)::

    python examples/dask_pipeline.py PAGES_DIR --out feeds/
    python examples/dask_pipeline.py --copies 64 --out /tmp/feeds    # the seed page, copied
    python examples/dask_pipeline.py PAGES_DIR --scheduler tcp://host:8786   # a cluster

The default scheduler is Dask's local process pool, one worker per core.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import dask
import dask.bag as db

from timeline import SHANGHAI, Event, Feed, facets
from timeline.extract import extract_file
from timeline.ics import to_ics

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

SEED_PAGE = Path(__file__).resolve().parent.parent / "tests" / "data" / "seed_page.txt"


def write_feed(feed: Feed, *, out: str) -> tuple[str, int]:
    """Render one feed and write it atomically; return its file and event count."""
    path = Path(out) / feed.file
    path.parent.mkdir(parents=True, exist_ok=True)
    # One zone for every feed of the set, as write_feeds uses (each feed's
    # own default would follow its own events).
    data = to_ics(feed.events, name=feed.label, description=feed.description, zone=SHANGHAI)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    Path(tmp).replace(path)
    return feed.file, len(feed.events)


def extract_events(pages: Sequence[str], *, partitions: int) -> list[Event]:
    """Extract every page in parallel; one event per id."""
    bag = (
        db.from_sequence(pages, npartitions=partitions)
        .map(extract_file)
        .flatten()
        .distinct(key=lambda e: e.id)
    )
    return list(bag.compute())


def write_all(events: Iterable[Event], out: str, *, partitions: int) -> list[tuple[str, int]]:
    """Group ``events`` into feeds, then render and write them in parallel."""
    feeds = facets(events)
    bag = db.from_sequence(feeds, npartitions=max(1, min(len(feeds), partitions)))
    return list(bag.map(write_feed, out=out).compute())


def _pages(args: argparse.Namespace, scratch: Path) -> list[str]:
    if args.pages is not None:
        return sorted(str(p) for p in Path(args.pages).rglob("*.txt"))
    # No archive given: copy the seed page, as an archive holding reprints would.
    for i in range(args.copies):
        shutil.copy(SEED_PAGE, scratch / f"page-{i:05d}.txt")
    return sorted(str(p) for p in scratch.glob("*.txt"))


def main(argv: Iterable[str] | None = None) -> int:
    """Run the pipeline and print what it wrote."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("pages", nargs="?", help="directory of page .txt files (recursive)")
    parser.add_argument("--out", default="feeds", help="output directory (default: feeds)")
    parser.add_argument("--copies", type=int, default=16, help="seed-page copies without PAGES")
    parser.add_argument(
        "--scheduler",
        default="processes",
        help="processes (default), threads, sync, or a dask.distributed address",
    )
    parser.add_argument("--partitions", type=int, default=0, help="default: 4 per core")
    args = parser.parse_args(list(argv) if argv is not None else None)
    with tempfile.TemporaryDirectory(prefix="dask-pages-") as scratch:
        pages = _pages(args, Path(scratch))
        partitions = max(1, args.partitions or min(len(pages), 4 * (os.cpu_count() or 1)))
        t0 = time.perf_counter()
        with contextlib.ExitStack() as stack:
            if "://" in args.scheduler:
                from dask.distributed import Client  # noqa: PLC0415 - only for a cluster

                stack.enter_context(Client(args.scheduler))
            else:
                stack.enter_context(dask.config.set(scheduler=args.scheduler))
            events = extract_events(pages, partitions=partitions)
            t1 = time.perf_counter()
            written = write_all(events, args.out, partitions=partitions)
        seconds = time.perf_counter() - t0
    print(
        f"{len(pages)} pages -> {len(events)} events ({t1 - t0:.2f} s) -> {len(written)} feeds "
        f"in {args.out} ({seconds - (t1 - t0):.2f} s), scheduler {args.scheduler}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
