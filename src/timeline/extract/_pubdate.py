"""
The publication date: read from the page, else guessed and announced.

``M月D日`` takes the publication year (the year before when the day would
fall after publication). Without ``published=``, the page's own date is
used: its header lines, then a line that is only a date anywhere; else a
guess, always announced in a warning: the month and day a header stamp
prints without a year (``02-28 09:25``), else the day after the latest event, in
the year the dateline prints, else the latest plausible year the text
prints (never history before 2000, never a target year), else
``FALLBACK_YEAR``. A page printing bare days (``8日``) and no month is
guessed to end its year; its days then fall in December, which the page
never said, so a second warning names that.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING, Final, TypeAlias

from timeline.extract import _dates as dates
from timeline.extract import _years as years

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from timeline.extract._layout import Layout

__all__ = [
    "FALLBACK_YEAR",
    "Anchor",
    "header_date",
    "page_date",
    "page_month_heading",
    "published_date",
    "read_published",
]

#: The year assumed when neither the caller, the page header nor the text
#: gives one: the year of the genre's seed page. Always announced in a warning.
FALLBACK_YEAR: Final = 2020
#: Characters of a page searched for the years it prints.
_YEAR_SCAN: Final = 200_000

#: A header line that is only a month and day with a clock time
#: (``02-28 09:25``): a web page's stamp that leaves its year out.
_MONTH_DAY_STAMP: Final = re.compile(r"\s*(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*")

_HEADER: Final = re.compile(
    r"(?<!\d)(?:(?P<y>(?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2})"
    r"|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>(?:19|20)\d{2}))(?!\d)"
    # A zero-padded date whose space before the clock or a counter was lost
    # (2026-02-0419:47:55, 2021-09-154733): its day has two digits.
    r"|(?<!\d)(?P<y3>(?:19|20)\d{2})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)"
)
_ROC: Final = re.compile(r"(?P<y>[01]\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)")
#: ``新聞日期:95-12-18``, ``111-08-18``: a Republic-of-China date with separators.
_ROC_SEP: Final = re.compile(
    r"(?<![\d/.-])(?P<y>[1-9]\d{1,2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})(?![\d/.-])"
)
#: ``發稿時間: 113年1月1日 08:45``: a Republic-of-China date in words.
_ROC_YMD: Final = re.compile(dates.ROC_YEAR + r"\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
#: ROC years printed on the genre's pages: 1991 (80) to 2040 (129).
_ROC_YEARS: Final = range(80, 130)
#: Header words that say the date on their line is the publication's.
_PUBLISHED_KEY: Final = re.compile(
    r"发布|发表|时间|日期|更新|出版|刊发|posted|published", re.IGNORECASE
)
#: A label naming the date after it as the publication's own
#: (``发布日期:``, ``发表日期:``, ``發布時間:``, ``刊发于``): unlike a bare
#: ``时间:``/``日期:`` (an event's or a schedule's, maybe to come) or
#: ``成文日期`` (the day a document was written, often the day before).
_PUBLISHED_LABEL: Final = re.compile(
    r"(?:发布|发表|刊发|更新|發布|發表|刊發)(?:(?:日期|时间|時間)?[^\S\n]*[:：]|于|於)[^\S\n]*"
    r"(?=(?:19|20)\d{2}\s*[-/.年])"
)
#: How far after its label a labelled date may run (``2019年11月11日 10:20``).
_LABELLED_DATE_LEN: Final = 24
#: How many publication labels of a page are tried.
_MAX_LABELS: Final = 50
#: A line that is only a date and its weekday in brackets
#: (``2018年2月27日(星期二)``): a paper's or a site's stamp for the article.
#: A banner's ``2025年08月10日 星期日`` (no brackets) is often the day the page
#: was fetched, not published: left out.
_WEEKDAY_LINE: Final = re.compile(
    r"(?m)^[^\S\n]*(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[^\S\n]*"
    r"[(（](?:星期|周)[一二三四五六日天][)）][^\S\n]*$"
)
#: An archive stamp (``归档时间``) says when a disclosure page was filed
#: away, often months or a year later: the publication only when nothing
#: else is printed.
_ARCHIVED: Final = "归档"
#: A dateline's (year, month, day), any of the first two unknown.
Anchor: TypeAlias = tuple[int | None, int | None, int]


def read_published(page: Layout, text: str = "") -> dt.date | None:
    """
    The publication date the page prints, if any.

    Its header; else a line of ``text`` labelled as the publication's
    (``编辑:某 发表日期:2019年11月11日`` in a footer, ``发布日期:`` under a
    news list's first teaser) when the header labels none; else a line
    that is only a date (or a date and its bracketed weekday).
    """
    dated = itertools.chain(page.dated, _weekday_lines(text[:_YEAR_SCAN]))
    return page_date(page.top_lines, dated, lambda: _labelled_date(text[:_YEAR_SCAN]))


def _weekday_lines(text: str) -> Iterator[str]:
    """The dates of lines that are only a date and a bracketed weekday, in page order."""
    if "星期" in text or "周" in text:
        for m in _WEEKDAY_LINE.finditer(text):
            yield m["date"]


def _labelled_date(text: str) -> dt.date | None:
    """The first date of ``text`` labelled as the publication's (``发布日期:2018-02-03``)."""
    # A page prints its stamp among its first few labels: later ones are
    # not tried (a page of labels with no valid date is read in bounded time).
    for m, _ in zip(_PUBLISHED_LABEL.finditer(text), range(_MAX_LABELS), strict=False):
        found = header_date(text[m.end() : m.end() + _LABELLED_DATE_LEN])
        if found is not None:
            return found
    return None


def header_date(line: str) -> dt.date | None:
    """
    A full date in a page header line, if valid.

    ``2020年6月3日 星期三``, ``发布时间:2021-03-05 10:20``, ``2021/3/5``,
    ``14.11.2014 16:50`` (day first, as some mirrors print it), and a
    Taiwan page's Republic-of-China date on a line of its own (``1140411``)
    or in words (``113年1月1日``).
    """
    roc = _ROC.fullmatch(line.strip())
    if roc is not None:  # a Taiwan page: 1140411 is 2025-04-11 (ROC year 114)
        try:
            return dt.date(int(roc["y"]) + dates.ROC_OFFSET, int(roc["m"]), int(roc["d"]))
        except ValueError:
            return None
    for m in _HEADER.finditer(line):
        if m["y"]:
            y, mo, d = m["y"], m["m"], m["d"]
        elif m["y2"]:
            y, mo, d = m["y2"], m["m2"], m["d2"]
        else:
            y, mo, d = m["y3"], m["m3"], m["d3"]
        try:
            return dt.date(int(y), int(mo), int(d))
        except ValueError:
            continue
    return _roc_date(line)


def _roc_date(line: str) -> dt.date | None:
    """A Republic-of-China date with separators (``111-08-18``) or in words (``113年1月1日``)."""
    for m in _ROC_SEP.finditer(line):
        if int(m["y"]) in _ROC_YEARS:
            try:
                return dt.date(int(m["y"]) + dates.ROC_OFFSET, int(m["m"]), int(m["d"]))
            except ValueError:
                continue
    for m in _ROC_YMD.finditer(line):
        try:
            return dt.date(int(m["roc2"]) + dates.ROC_OFFSET, int(m["m"]), int(m["d"]))
        except ValueError:
            continue
    return None


def page_date(
    lines: Iterable[str],
    dated: Iterable[str] = (),
    labelled: Callable[[], dt.date | None] = lambda: None,
) -> dt.date | None:
    """
    The publication date a page's header lines print.

    A line that labels its date as the publication's (``发布日期:``) wins;
    then one that names it otherwise (``时间:``, ``日期:``, ``成文日期:``);
    then ``labelled`` (the date a line anywhere on the page labels so);
    then a bare date, the header's last one: a site prints today's date in its
    banner at the top, the article's own date right above the article. An
    archive stamp (``归档时间:``) is read only when no other line has a date.
    Failing those, the first of ``dated`` (lines that are only a date,
    anywhere on the page).
    """
    last: dt.date | None = None
    keyed: dt.date | None = None
    archived: dt.date | None = None
    for line in lines:
        found = header_date(line)
        if found is None:
            continue
        own = line
        if _ARCHIVED in line:
            # 发布日期:2023-03-01 归档时间:2024-03-01: the stamp is only what
            # follows 归档; a date printed before it is the line's own.
            own = line.split(_ARCHIVED, 1)[0]
            before_stamp = header_date(own)
            if before_stamp is None:
                archived = archived or found
                continue
            found = before_stamp
        label = _labelled_date(own)
        if label is not None:
            return label
        if keyed is None and _PUBLISHED_KEY.search(own):
            keyed = found
        last = found
    return keyed or labelled() or last or archived or _first_dated(dated)


def _first_dated(dated: Iterable[str]) -> dt.date | None:
    """The date of the first line that is only a date and reads as one."""
    for line in dated:
        found = header_date(line)
        if found is not None:
            return found
    return None


def published_date(
    text: str,
    page: Layout,
    found: Sequence[tuple[dates.DateMention | None, Anchor | None]],
    warnings: list[str],
) -> dt.date:
    """
    The date of a page that prints none of its own (``read_published`` found none): a loud guess.

    The year a dateline prints, else the latest the text prints, else
    ``FALLBACK_YEAR``. ``found`` holds each report's event date and
    dateline, in page order.
    """
    printed_year = next((a[0] for _, a in found if a is not None and a[0] is not None), None)
    plausible = years.plausible_year(text[:_YEAR_SCAN])
    year = printed_year or plausible or FALLBACK_YEAR
    days = _event_days(found, year)
    stamp = _month_day_stamp(page, year, days)
    named = None
    if stamp is not None:
        guess = stamp
        whence = "the month and day the header prints"
    elif days:
        guess = max(days) + dt.timedelta(days=1)
        whence = "the day after the latest event"
    else:
        # Only days printed (7日, 9日): the end of the month the page names
        # (2020年10月大事记), else of the year.
        named = years.plausible_month(text[:_YEAR_SCAN], year)
        month = named or _DECEMBER
        guess = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        whence = "the end of the month the page names" if named else "the end of the year"
    if printed_year:
        why = "the year the dateline prints"
    elif plausible:
        why = "the latest year the text prints"
    else:
        why = f"no year on the page: {FALLBACK_YEAR} assumed"
    warnings.append(
        f"no publication date: assumed {guess.isoformat()} ({whence}; "
        f"{why}); pass published= / --published"
    )
    bare = _bare_day(found)
    if stamp is None and not days and named is None and bare and page_month_heading(page) is None:
        # Nothing on the page names a month: December is no reading of the
        # page, only the end of the assumed year. Say it, in the day's words.
        warnings.append(
            f"no month on the page: {bare} is dated in December {guess.year}, the last "
            "month of the assumed year; pass published= / --published"
        )
    return guess


_DECEMBER: Final = 12


def _bare_day(found: Sequence[tuple[dates.DateMention | None, Anchor | None]]) -> str:
    """The first event day printed without its month (``8日``), as a phrase, or empty."""
    for m, _ in found:
        if m is not None and m.month is None and m.relative is None and m.day is not None:
            return f"{m.day}日"
    return ""


def page_month_heading(page: Layout) -> tuple[int | None, int] | None:
    """A chronicle's month heading (``12月``), which dates the page's bare days itself."""
    lines = [*page.top_lines, *page.dated, *(r.headline for r in page.reports[:1])]
    return years.month_heading(lines)


def _event_days(
    found: Sequence[tuple[dates.DateMention | None, Anchor | None]], year: int
) -> list[dt.date]:
    """The last days of the events (and the days before the datelines) in ``year``."""
    days = []
    for m, _ in found:
        # A lunar month and day are no solar date before their year is known.
        if m is not None and m.month is not None and m.day is not None and not m.lunar:
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
