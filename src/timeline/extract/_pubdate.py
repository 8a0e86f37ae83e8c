"""
The publication date: read from the page, else guessed and announced.

``M月D日`` takes the publication year (the year before when the day would
fall after publication). Without ``published=``, the page's own date is
used: its header lines, then a line that is only a date anywhere; else a
guess, always announced in a warning: the month and day a header stamp
prints without a year (``02-28 09:25``), else the day after the latest event, in
the year the dateline prints, else the latest plausible year the text
prints (never history before 2000, never a target year), else
``FALLBACK_YEAR``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import TYPE_CHECKING, Final, TypeAlias

from timeline.extract import _dates as dates

if TYPE_CHECKING:
    from collections.abc import Sequence

    from timeline.extract._layout import Layout

__all__ = ["FALLBACK_YEAR", "Anchor", "published_date", "read_published"]

#: The year assumed when neither the caller, the page header nor the text
#: gives one: the year of the genre's seed page. Always announced in a warning.
FALLBACK_YEAR: Final = 2020
#: Characters of a page searched for the years it prints.
_YEAR_SCAN: Final = 200_000

#: A header line that is only a month and day with a clock time
#: (``02-28 09:25``): a web page's stamp that leaves its year out.
_MONTH_DAY_STAMP: Final = re.compile(r"\s*(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*")

#: A dateline's (year, month, day), any of the first two unknown.
Anchor: TypeAlias = tuple[int | None, int | None, int]


def read_published(page: Layout) -> dt.date | None:
    """The publication date the page prints (its header, a line that is only a date), if any."""
    return dates.page_date(page.top_lines, page.dated)


def published_date(
    text: str,
    page: Layout,
    found: Sequence[tuple[dates.DateMention | None, Anchor | None]],
    warnings: list[str],
) -> dt.date:
    """
    The page's own date (header lines, then a dateline's year), else a loud guess.

    ``found`` holds each report's event date and dateline, in page order.
    """
    read = read_published(page)
    if read is not None:
        return read
    printed_year = next((a[0] for _, a in found if a is not None and a[0] is not None), None)
    plausible = dates.plausible_year(text[:_YEAR_SCAN])
    year = printed_year or plausible or FALLBACK_YEAR
    days = _event_days(found, year)
    stamp = _month_day_stamp(page, year, days)
    if stamp is not None:
        guess = stamp
    elif days:
        guess = max(days) + dt.timedelta(days=1)
    else:
        # Only days printed (7日, 9日): the end of the month the page names
        # (2020年10月大事记), else of the year.
        month = dates.plausible_month(text[:_YEAR_SCAN], year) or 12
        guess = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    if printed_year:
        why = "the year the dateline prints"
    elif plausible:
        why = "the latest year the text prints"
    else:
        why = f"no year on the page: {FALLBACK_YEAR} assumed"
    whence = "the month and day the header prints" if stamp else "the day after the latest event"
    warnings.append(
        f"no publication date: assumed {guess.isoformat()} ({whence}; "
        f"{why}); pass published= / --published"
    )
    return guess


def _event_days(
    found: Sequence[tuple[dates.DateMention | None, Anchor | None]], year: int
) -> list[dt.date]:
    """The last days of the events (and the days before the datelines) in ``year``."""
    days = []
    for m, _ in found:
        if m is not None and m.month is not None and m.day is not None:
            try:
                days.append(dt.date(m.year or year, m.end_month or m.month, m.end_day or m.day))
            except ValueError:
                continue
    for _, a in found:
        if a is not None and a[1] is not None:
            with contextlib.suppress(ValueError):
                days.append(dt.date(a[0] or year, a[1], a[2]) - dt.timedelta(days=1))
    # Only days in the chosen year bound the guess: an explicit earlier
    # year (2019年5月…) is an event of the past, not the publication.
    return [d for d in days if d.year == year]


def _month_day_stamp(page: Layout, year: int, days: list[dt.date]) -> dt.date | None:
    """
    The day a header stamp without a year prints (``02-28 09:25``).

    In ``year``, or the next one when the events would fall after it (a
    report of 12月30日 under a ``01-02`` stamp).
    """
    for line in page.top_lines:
        m = _MONTH_DAY_STAMP.fullmatch(line)
        if m is None:
            continue
        month, day = int(m[1]), int(m[2])
        for y in (year, year + 1):
            with contextlib.suppress(ValueError):
                stamp = dt.date(y, month, day)
                if not days or max(days) <= stamp:
                    return stamp
        return None
    return None
