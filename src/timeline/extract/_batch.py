"""
Many pages at once: a directory of ``.txt`` pages, in worker processes.

Each page is one task for :func:`_read_one`, a plain top-level function, so
:class:`concurrent.futures.ProcessPoolExecutor` can pickle it. Results come
back in file order whatever the scheduling, and ids that two pages share get
a ``-2``, ``-3`` suffix so the events form one valid dataset.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from timeline.errors import ExtractError
from timeline.extract._core import extract_path

if TYPE_CHECKING:
    import datetime as dt
    import os
    from collections.abc import Iterable, Iterator, Sequence

    from timeline.model import Event

__all__ = ["BatchResult", "extract_many", "page_files"]


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


def _read_one(path: Path, published: dt.date | None) -> tuple[tuple[Event, ...], tuple[str, ...]]:
    try:
        result = extract_path(path, published=published)
    except ExtractError as exc:
        return (), (f"{path}: {exc.message}",)
    return result.events, tuple(f"{path}: {w}" for w in result.warnings)


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
        jobs: Worker processes; 1 reads in this process.
        progress: Show a progress bar (``tqdm``) on standard error.

    Raises:
        ExtractError: When a single page cannot be read at all; with several
            pages a failed one becomes a warning, unless all fail.
    """
    files = [Path(p) for p in paths]
    if len(files) == 1:
        result = extract_path(files[0], published=published)
        return BatchResult(result.events, tuple(f"{files[0]}: {w}" for w in result.warnings))
    outcomes: Iterable[tuple[tuple[Event, ...], tuple[str, ...]]]
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
    failed = 0
    for page_events, page_warnings in outcomes:
        warnings.extend(page_warnings)
        failed += not page_events and any(": the page" in w for w in page_warnings)
        for event in page_events:
            count = seen.get(event.id, 0) + 1
            seen[event.id] = count
            events.append(event if count == 1 else attrs.evolve(event, id=f"{event.id}-{count}"))
    if failed == len(files):
        msg = f"none of the {len(files)} pages could be read"
        raise ExtractError(msg)
    return BatchResult(tuple(events), tuple(warnings))


def _progress(
    items: Iterable[tuple[tuple[Event, ...], tuple[str, ...]]], total: int, *, show: bool
) -> Iterator[tuple[tuple[Event, ...], tuple[str, ...]]]:
    if not show:
        yield from items
        return
    from tqdm import tqdm  # noqa: PLC0415 - only a terminal needs it

    yield from tqdm(items, total=total, unit="page", desc="extract")
