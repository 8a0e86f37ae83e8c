"""
Which month a day printed alone falls in.

A chronicle, a digest or a schedule prints ``18日`` with no month: the
month comes from the page around it. An intro's range (``9月30日至10月2日``,
then ``1日``), the line the day is cut from (``4月14至16日,…。17至21日``),
a month heading over a chronicle's days (``2020年10月大事记``, ``一月``), or
the dated item above it under a year heading. Each gives the draft an
anchor; the day is then counted back from it as from a dateline.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING, Final

import attrs

from timeline.extract import _years as years
from timeline.extract._numbers import chinese_number
from timeline.extract._pubdate import page_month_heading
from timeline.extract._report import Draft

if TYPE_CHECKING:
    from timeline.extract import _dates as dates
    from timeline.extract import _layout as layout
    from timeline.extract._pubdate import Anchor

__all__ = ["in_line_month", "in_month", "under_intro"]

#: A year without 29 February, for a month's last day when no year is printed.
_COMMON_YEAR: Final = 2001


def under_intro(
    report: layout.Report, draft: Draft | str | None, intro: Anchor | None
) -> tuple[Draft | str | None, Anchor | None]:
    """
    ``draft`` dated by the intro before it, and the anchor the reports after it take.

    A day printed without its month after an intro (15日至17日) is of the
    range the intro prints: the latest such day up to the range's last
    (9月30日至10月2日: 1日 is 10-01, 30日 09-30), as a dateline anchors 23日.
    A report of its own (its marker, its headline) is none of the intro's
    parts: the intro dates no day of it, nor of the reports after it.
    """
    if report.part == "report" and (report.marker or report.headline):
        intro = None
    if isinstance(draft, Draft) and intro is not None:
        draft = _in_intro_month(draft, intro)
    if report.part == "intro":
        m = draft.mention if isinstance(draft, Draft) else None
        # A lunar intro's month and day are not the solar ones its parts print.
        intro = _range_end(m) if m and m.month and m.day and not m.lunar else None
    return draft, intro


def _range_end(m: dates.DateMention) -> Anchor:
    """The last day of the range (or the day) ``m`` prints, as an anchor; its year when printed."""
    month = m.end_month or m.month
    year = m.year
    if year is not None and month is not None and m.month is not None and month < m.month:
        year += 1  # 12月30日至1月2日: the range ends in the next year
    return (year, month, m.end_day or m.day or 1)


def _bare_day(draft: Draft) -> bool:
    """Whether ``draft``'s date prints its day only (``18日``), and nothing anchors it."""
    m = draft.mention
    return draft.anchor is None and m is not None and m.month is None and m.relative is None


def _in_intro_month(draft: Draft, intro: Anchor) -> Draft:
    """A draft whose date prints its day only, after an intro that prints the month: that month."""
    return attrs.evolve(draft, anchor=intro) if _bare_day(draft) else draft


def in_line_month(
    report: layout.Report, draft: Draft | str | None, line: dates.DateMention | None
) -> Draft | str | None:
    """
    A draft cut from inside a line, printing its day only: of the month the line tells last.

    ``4月14至16日,…。17至21日,…`` is April's 17th; ``5月11至6月18日,…。20至23日``
    June's 20th, the last month printed before it.
    """
    if (
        not report.in_line
        or not isinstance(draft, Draft)
        or not _bare_day(draft)
        or line is None
        or line.month is None
        or line.day is None
    ):
        return draft
    year, month, _ = _range_end(line)
    if month is None:
        return draft
    last = calendar.monthrange(year or _COMMON_YEAR, month)[1]
    return attrs.evolve(draft, anchor=(year, month, last))


def in_month(
    drafts: list[Draft],
    page: layout.Layout,
    published: dt.date,
    text: str,
    headings: tuple[list[int], list[int]] = ([], []),
) -> list[Draft]:
    """
    Day-only dates on a chronicle under a month heading fall in that month.

    ``2020年10月大事记`` (or ``9/2001``, ``12月``) then ``7日 …``: each day is
    of the month the heading names, whatever the publication date. A
    chronicle of several months prints a month line above each month's
    days (``一月`` … ``二月`` …): a day falls in the month of the nearest
    such line above it, in the year of the year heading above it (``1998年``).
    """
    printed = page_month_heading(page)
    # A chronicle prints several bare days under its month lines; a lone
    # month line over one report's day is a calendar's or a menu's.
    chronicle = sum(map(_bare_day, drafts)) >= _MIN_CHRONICLE_DAYS
    starts, months = _month_lines(text, published, headings) if chronicle else ([], [])
    if printed is None and not starts:
        return _in_item_month(drafts, published, headings)
    heading = None
    if printed is not None:
        year, month = printed
        if year is None:
            year = published.year - (1 if month > published.month else 0)
        heading = (year, month)
    out = []
    for d in drafts:
        # A month line right above a day may be read as its headline: <=.
        k = bisect.bisect_right(starts, d.report.span[0])
        found = months[k - 1] if k else heading
        if found is None or not _bare_day(d):
            out.append(d)
            continue
        year, month = found
        out.append(attrs.evolve(d, anchor=(year, month, calendar.monthrange(year, month)[1])))
    return _in_item_month(out, published, headings)


def _in_item_month(
    drafts: list[Draft], published: dt.date, headings: tuple[list[int], list[int]]
) -> list[Draft]:
    """Bare days under a year heading fall in the month of the dated item above them."""
    if not headings[0]:
        return drafts
    items = [(d.report.span[0], d.mention, _bare_day(d)) for d in drafts]
    months = years.item_months(items, headings, published)
    return [
        d if a is None else attrs.evolve(d, anchor=a) for d, a in zip(drafts, months, strict=True)
    ]


def _month_lines(
    text: str, published: dt.date, headings: tuple[list[int], list[int]]
) -> tuple[list[int], list[tuple[int, int]]]:
    """
    The month lines' offsets, and the (year, month) each names.

    A line that prints no year is of the year of the line before it (the
    next one after 十二月); the first one's year is the latest that does
    not put it after the publication date. No line's year does: a chronicle
    printed newest month first (十二月, 十一月) stays in its year. The first
    line under a year heading takes the heading's year.
    """
    starts: list[int] = []
    months: list[tuple[int, int]] = []
    heads = headings[0]
    # Old Mac pages end lines in \r alone: read them as line ends (same offsets).
    lines = text.replace("\r", "\n") if "\r" in text else text
    for m in itertools.islice(_MONTH_LINE.finditer(lines), _MAX_MONTH_LINES):
        year, month = _month_of(m)
        if year is None:
            base = years.headed_day(m.start(), headings, published)
            latest = base.year - (1 if month > base.month else 0)
            # A year heading between the last month line and this one starts its year afresh.
            fresh = not starts or bisect.bisect(heads, starts[-1]) < bisect.bisect(heads, m.start())
            last_year, last_month = (latest, 0) if fresh else months[-1]
            year = min(latest, last_year + (1 if month < last_month else 0))
        starts.append(m.start())
        months.append((year, month))
    return starts, months


#: A line that is only a month, in figures or in words: ``7月``, ``一月``,
#: ``元月``, ``2012年2月``, ``二〇一二年二月``, ``十二月份``, ``一月:`` (a
#: chronicle's heading over its days).
_MONTH_LINE: Final = re.compile(
    r"(?m)^[^\S\n]*\(?(?:(?P<y>(?:19|20)\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3})年)?"
    r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[元一二三四五六七八九])[^\S\n]?月份?\)?[^\S\n]*(?:[::][^\S\n]*)?$"
)
#: A year printed in words, digit by digit (二〇一二).
_YEAR_DIGITS: Final = str.maketrans("〇○零一二三四五六七八九", "000123456789")
#: Month lines read on one page at most: a chronicle spans a few years'
#: months, and the page's reports are bounded too (``MAX_REPORTS``).
_MAX_MONTH_LINES: Final = 1000
#: Bare days a page prints at least before its month lines date them.
_MIN_CHRONICLE_DAYS: Final = 2


def _month_of(m: re.Match[str]) -> tuple[int | None, int]:
    """The (year, month) a month line prints (year None when not printed)."""
    word = m["m"]
    month = 1 if word == "元" else chinese_number(word) or 1
    return (int(m["y"].translate(_YEAR_DIGITS)) if m["y"] else None, month)
