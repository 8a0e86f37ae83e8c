"""
Extraction across cores: ``extract_many(pages, jobs=N)`` for N = 1 .. cores.

Writes copies of the seed page and the development-set pages to a
temporary directory (``PAGES`` files, about 2 KB to 11 KB each), then
extracts them with 1, 2, ... worker processes and prints the wall time,
the throughput and the speed-up over one process. Each N is run
``--repeat`` times and the best run is kept, because the machines this
runs on are shared. The same events must come back for every N.

Run: ``PYTHONPATH=src python benchmarks/bench_extract_jobs.py [--pages 2000] [--max-jobs N]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import tempfile
import time
from pathlib import Path
from typing import Final

from timeline.extract import extract_many

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
PUBLISHED = dt.date(2021, 12, 31)


_DAY: Final = re.compile(r"(\d{1,2})月(\d{1,2})日")


def _moved(text: str, shift: int) -> str:
    """The page with every month/day moved by ``shift`` days (mod a 12 x 28 calendar)."""

    def move(match: re.Match[str]) -> str:
        index = (int(match[1]) - 1) * 28 + (int(match[2]) - 1) % 28 + shift
        return f"{index // 28 % 12 + 1}月{index % 28 + 1}日"

    return _DAY.sub(move, text)


def write_pages(directory: Path, count: int) -> list[Path]:
    """
    ``count`` page files cycling through the seed page and the devset pages.

    Each round of copies has its dates moved by a day, so the copies report
    different events (ids come from dates and titles) as an archive's pages
    would, instead of the same reports again.
    """
    sources = [DATA / "seed_page.txt", *sorted((DATA / "devset").glob("*.txt"))]
    texts = [p.read_text(encoding="utf-8") for p in sources]
    paths = []
    for i in range(count):
        path = directory / f"page-{i:05d}.txt"
        path.write_text(_moved(texts[i % len(texts)], i // len(texts)), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    """Print one row per number of worker processes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--max-jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_pages(Path(tmp), args.pages)
        size = sum(p.stat().st_size for p in paths)
        print(f"{len(paths)} pages, {size / 1e6:.2f} MB, {os.cpu_count()} cores")
        print("| jobs | wall (s) | KB/s | speed-up | events |")
        print("|---:|---:|---:|---:|---:|")
        first: float | None = None
        expected = None
        for jobs in range(1, args.max_jobs + 1):
            best = float("inf")
            for _ in range(args.repeat):
                started = time.perf_counter()
                result = extract_many(paths, published=PUBLISHED, jobs=jobs)
                best = min(best, time.perf_counter() - started)
                if expected is None:
                    expected = result.events
                elif result.events != expected:
                    msg = f"jobs={jobs} read different events"
                    raise SystemExit(msg)
            first = first or best
            print(
                f"| {jobs} | {best:.2f} | {size / 1024 / best:,.0f} | {first / best:.2f}x "
                f"| {len(result.events):,} |"
            )


if __name__ == "__main__":
    main()
