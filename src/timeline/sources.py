"""
Where events come from: a data file, an iCalendar feed, or a news page.

[`read_events`][timeline.read_events] picks the reader by the file's suffix; with no path it
returns the bundled seed dataset. Readers of ``.ics`` and news pages are
imported only when such a file is read, so ``import timeline`` stays light.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.dataset import load, seed_events
from timeline.errors import ReadError
from timeline.model import Event

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

__all__ = ["read_events"]


def read_events(
    path: str | os.PathLike[str] | None = None,
    *,
    published: dt.date | None = None,
    expand: tuple[dt.date, dt.date] | None = None,
    floating: ZoneInfo | None = None,
) -> tuple[Event, ...]:
    """
    Read events from ``path``, or the seed dataset when ``path`` is None.

    Args:
        path: A ``.toml``/``.json`` data file, an ``.ics`` feed, or a news
            page ``.txt``.
        published: The publication date of a news page (ignored otherwise).
        expand: For a feed, the ``(first, last)`` days in which recurring
            events are expanded into their occurrences (see
            [`read_ics`][timeline.read_ics]); without it a recurring event is
            an error. Ignored for other sources.
        floating: For a feed without ``X-WR-TIMEZONE``, the zone its
            floating times (no ``TZID``, no ``Z``) are read in; without it
            such a time is an error. Ignored for other sources.

    Raises:
        ReadError: When the file is missing, of an unknown type, or invalid.
    """
    if path is None:
        return seed_events()
    suffix = Path(path).suffix.lower()
    if suffix in {".toml", ".json"}:
        return load(path)
    if suffix in {".ics", ".ical", ".ifb", ".icalendar"}:
        from timeline.ics import read_ics  # noqa: PLC0415 - keep import timeline light

        return read_ics(path, expand=expand, floating=floating)
    if suffix in {".txt", ".text"}:
        from timeline.extract import extract_file  # noqa: PLC0415 - heavy, optional

        return extract_file(path, published=published)
    raise ReadError(
        f"unknown source type {suffix or '(none)'!r}: use .toml, .json, .ics or a news page .txt",
        path=os.fspath(path),
    )
