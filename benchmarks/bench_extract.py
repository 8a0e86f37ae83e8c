"""
Extraction speed: KB/s on one core, and linearity.

Builds pages from the seed page and the development set (about 10,000
reports, 5 MB), extracts them in this process, and prints the throughput
at 1x, 2x and 4x the size: time should grow linearly. CPU time is printed
beside wall time because the machines it runs on are often shared. Target: 10,000
reports in under 10 s, at least 500 KB/s.

Run: ``PYTHONPATH=src python benchmarks/bench_extract.py [REPORTS]``
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from timeline.extract import extract_text

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
PUBLISHED = dt.date(2021, 12, 31)


def corpus() -> list[str]:
    """The pages to repeat: the seed page and every devset page."""
    pages = [(DATA / "seed_page.txt").read_text(encoding="utf-8")]
    pages += [p.read_text(encoding="utf-8") for p in sorted((DATA / "devset").glob("*.txt"))]
    return pages


def run(pages: list[str], reports: int) -> tuple[int, int, float, float]:
    """Extract pages until ``reports`` reports are read; (reports, bytes, wall s, CPU s)."""
    done = size = 0
    started = time.perf_counter()
    cpu = time.process_time()
    while done < reports:
        for page in pages:
            result = extract_text(page, published=PUBLISHED)
            done += len(result.events)
            size += len(page.encode())
            if done >= reports:
                break
    return done, size, time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    """Print throughput at three sizes."""
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    pages = corpus()
    run(pages, 200)  # warm the regex caches
    for factor in (0.25, 0.5, 1.0):
        n = int(target * factor)
        done, size, seconds, cpu = run(pages, n)
        print(
            f"{done:>6} reports {size / 1e6:6.2f} MB {seconds:6.2f} s wall {cpu:6.2f} s CPU "
            f"{size / 1024 / seconds:6.0f} KB/s wall {size / 1024 / cpu:6.0f} KB/s CPU"
        )


if __name__ == "__main__":
    main()
