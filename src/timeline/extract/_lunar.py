"""
Dates of the Chinese lunar calendar: ``正月初七``, ``腊月二十三``, ``农历八月十五``.

Reports around the Spring Festival date an event by the lunar calendar alone
(``正月初七一上班,镇里召开…``). Only forms that cannot be a solar date are
read: a lunar month name (``正月``, ``冬月``, ``腊月``), a day counted with
``初``/``廿``/``卅``, ``大年初N``, or ``农历`` before the date. ``八月十五``
alone stays unread: it is printed for solar dates too.

The conversion is ``lunar_python``'s (read here for the years 1901 to 2099,
leap months included); it is imported on the first lunar date, so pages without one
never load it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Final

from timeline.extract._numbers import chinese_number

__all__ = ["LUNAR", "LUNAR_WORDS", "lunar_day", "on_or_before"]

_DAY: Final = (
    r"初[一二三四五六七八九十]|[廿卅][一二三四五六七八九]?|二?十[一二三四五六七八九]?|三十"
)
_NUMBERED_MONTH: Final = r"十[一二]|[一二三四五六七八九十]"
#: What prints a date as a lunar one (``农历十月十五日``).
LUNAR_WORDS: Final = ("农历", "阴历", "夏历")

#: A lunar date. ``y`` is a printed year (the lunar year), ``mn`` a month by
#: name, ``mx`` a numbered one, which is read only after ``农历`` or with a
#: day counted by ``初``/``廿``/``卅`` (``十月初一``), and then never with
#: ``日`` after it unless ``农历`` was printed (``十月十五日`` is solar,
#: ``农历十月十五日`` lunar); ``big`` is ``大年初N``, a day of the first month.
#: Days are atomic groups: ``十月十五日`` must not be read back as ``十月十``.
#: A leap month (``闰二月``) is not read: its days are a month apart from the
#: ordinary month's, and a wrong day is worse than none.
LUNAR: Final = re.compile(
    rf"(?:(?P<y>(?:19|20)\d{{2}}) ?年 ?)?(?P<lunar>{'|'.join(LUNAR_WORDS)})?(?<!闰)"
    rf"(?:(?P<mn>正|冬|腊)月(?P<dn>(?>{_DAY}))"
    rf"|(?P<mx>{_NUMBERED_MONTH})月(?P<dx>(?>{_DAY}))(?(lunar)|(?![\d日号]))"
    r"|大年(?P<big>初[一二三四五六七八九十]))"
)

_NAMED: Final = {"正": 1, "冬": 11, "腊": 12}


def lunar_day(m: re.Match[str]) -> tuple[int, int] | None:
    """The (month, day) a ``LUNAR`` match names, or None when it is not read as lunar."""
    if m["big"]:
        return 1, _day(m["big"])
    if m["mn"]:
        return _NAMED[m["mn"]], _day(m["dn"])
    day = m["dx"]
    if not m["lunar"] and day[0] not in "初廿卅":
        return None  # 八月十五: a solar date may be printed so
    month = chinese_number(m["mx"])
    return (month, _day(day)) if month is not None else None


def _day(text: str) -> int:
    text = text.removeprefix("初").replace("廿", "二十").replace("卅", "三十")
    day = chinese_number(text)
    if day is None:  # the pattern admits numerals only
        msg = f"not a lunar day: {text!r}"
        raise ValueError(msg)
    return day


@functools.lru_cache(maxsize=256)  # a year's table costs milliseconds; a page speaks of a few
def _months(year: int) -> dict[int, tuple[dt.date, int]]:
    """Lunar ``year``'s ordinary months: number -> (solar first day, days in the month)."""
    from lunar_python import LunarYear, Solar  # noqa: PLC0415 - loaded on the first lunar date only

    months = {}
    for month in LunarYear.fromYear(year).getMonthsInYear():
        if month.getMonth() > 0:  # a leap month's number is negative
            first = Solar.fromJulianDay(month.getFirstJulianDay())
            day = dt.date(first.getYear(), first.getMonth(), first.getDay())
            months[month.getMonth()] = (day, month.getDayCount())
    return months


def _solar(year: int, month: int, day: int) -> dt.date | None:
    """The solar date of a day of lunar ``year`` (not of a leap month); None if there is none."""
    first, days = _months(year).get(month, (None, 0))
    if first is None or not 1 <= day <= days:
        return None
    return first + dt.timedelta(days=day - 1)


#: The years ``lunar_python`` has tables for.
_FIRST_YEAR: Final = 1901
_LAST_YEAR: Final = 2099


def on_or_before(month: int, day: int, published: dt.date, *, year: int | None = None) -> dt.date:
    """
    The solar date of lunar ``month``/``day``.

    Of lunar ``year`` when the page prints it, else the last on or before
    ``published``.

    A report follows its event: 腊月二十三 read in February 2016 is the
    lunar year 2015's (1 February 2016), 正月初七 read in March 2015 is
    2015's (25 February 2015).

    Raises:
        ValueError: When no such day exists (``腊月三十`` in a year whose
            last month has 29 days, or a year outside 1901-2099).
    """
    years = (year,) if year is not None else (published.year, published.year - 1)
    for lunar_year in years:
        if not _FIRST_YEAR <= lunar_year <= _LAST_YEAR:
            continue
        solar = _solar(lunar_year, month, day)
        if solar is not None and (year is not None or solar <= published):
            return solar
    msg = f"no lunar day {month}/{day} on or before {published.isoformat()}"
    raise ValueError(msg)
