"""
Many pages at once: a directory of ``.txt`` pages, in worker processes.

Each page is one task for ``_read_one``, a plain top-level function, so
``concurrent.futures.ProcessPoolExecutor`` can pickle it. Results come
back in file order whatever the scheduling, and ids that two pages share get
a ``-2``, ``-3`` suffix so the events form one valid dataset.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from timeline.errors import ExtractError, printable
from timeline.extract._files import extract_path

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Iterator, Sequence

    from timeline.model import Event

__all__ = ["BatchResult", "extract_many", "page_files", "workers"]

#: Pages named in the error when none could be read; the rest are counted.
_MAX_REASONS = 5


@attrs.frozen
class BatchResult:
    """
    The events of many pages, with every page's warnings.

    Attributes:
        events: All events, page by page in file order.
        warnings: ``file: warning`` lines, including pages that failed.
    """

    events: tuple[Event, ...]
    warnings: tuple[str, ...]


def page_files(path: str | os.PathLike[str]) -> tuple[Path, ...]:
    """
    The pages a path names: the file itself, or a directory's ``*.txt``.

    Raises:
        ExtractError: When the path does not exist or holds no pages.
    """
    target = Path(path)
    if target.is_dir():
        found = tuple(sorted(p for p in target.rglob("*.txt") if p.is_file()))
        if not found:
            msg = "no .txt pages in this directory"
            raise ExtractError(msg, source=target)
        return found
    if not target.exists():
        msg = "no such file or directory"
        raise ExtractError(msg, source=target)
    return (target,)


def workers(jobs: int, pages: int) -> int:
    """
    The worker processes to start: never more than pages, nor than CPUs.

    A process per page beyond the CPUs only adds start-up cost and memory
    (``--jobs 300`` for 3 pages would fork 300 interpreters).
    """
    return max(1, min(jobs, pages, os.cpu_count() or 1))


_Outcome = tuple[tuple["Event", ...], tuple[str, ...], bool]


def _read_one(path: Path, published: dt.date | None) -> _Outcome:
    """One page's events, warnings, and whether it failed (then one warning says why)."""
    where = printable(str(path))
    try:
        result = extract_path(path, published=published)
    except ExtractError as exc:
        return (), (f"{where}: {printable(exc.message)}",), True
    return result.events, tuple(f"{where}: {printable(w)}" for w in result.warnings), False


def extract_many(
    paths: Sequence[str | os.PathLike[str]],
    *,
    published: dt.date | None = None,
    jobs: int = 1,
    progress: bool = False,
) -> BatchResult:
    """
    Extract many pages, in ``jobs`` worker processes.

    Args:
        paths: Page files, read in this order.
        published: One publication date for every page (else each page's
            own header, or an assumption with a warning).
        jobs: Worker processes at most; 1 reads in this process. Capped by
            the number of pages and of CPUs (``workers``).
        progress: Show a progress bar (``tqdm``) on standard error.

    Raises:
        ExtractError: When a single page cannot be read at all; with several
            pages a failed one becomes a warning, unless all fail: then the
            error gives each page's reason (the first five, then a count).
    """
    files = [Path(p) for p in paths]
    if len(files) == 1:
        result = extract_path(files[0], published=published)
        where = printable(str(files[0]))
        return BatchResult(
            result.events, tuple(f"{where}: {printable(w)}" for w in result.warnings)
        )
    outcomes: Iterable[_Outcome]
    jobs = workers(jobs, len(files))
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            chunk = max(1, len(files) // (jobs * 8))
            mapped = pool.map(_read_one, files, [published] * len(files), chunksize=chunk)
            outcomes = list(_progress(mapped, len(files), show=progress))
    else:
        outcomes = list(
            _progress((_read_one(f, published) for f in files), len(files), show=progress)
        )
    events: list[Event] = []
    warnings: list[str] = []
    seen: dict[str, int] = {}
    failures: list[str] = []
    for page_events, page_warnings, failed in outcomes:
        warnings.extend(page_warnings)
        if failed:
            failures.append(page_warnings[0])
        for event in page_events:
            count = seen.get(event.id, 0) + 1
            seen[event.id] = count
            events.append(event if count == 1 else attrs.evolve(event, id=f"{event.id}-{count}"))
    if len(failures) == len(files):
        shown = "; ".join(failures[:_MAX_REASONS])
        more = len(failures) - _MAX_REASONS
        tail = f"; and {more} more" if more > 0 else ""
        msg = f"none of the {len(files)} pages could be read: {shown}{tail}"
        raise ExtractError(msg)
    return BatchResult(tuple(events), tuple(warnings))


def _progress(items: Iterable[_Outcome], total: int, *, show: bool) -> Iterator[_Outcome]:
    if not show:
        yield from items
        return
    from tqdm import tqdm  # noqa: PLC0415 - only a terminal needs it

    yield from tqdm(items, total=total, unit="page", desc="extract")
