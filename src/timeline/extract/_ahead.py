"""
A page that lists only acts to come: a schedule, not a report.

A press office's day schedule (``新聞行程``), a venue's holiday programme
(``活动安排``) or a community's ``活动预告`` dates every item after the day
the page was published. A future act is no event (the annotation rules),
so such a page yields none, and a warning says why rather than letting
its items pass as reports.

A date without its year is read on or before publication (a report
follows its event), so ``1月27日`` on a page of 23 January would be read
as the year before: here it is also read forward, and an item counts as
to come when that forward reading lies shortly after publication.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Final, TypeVar

from timeline.extract._pubdate import header_date

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from timeline.extract._dates import DateMention
    from timeline.model import When

_E = TypeVar("_E")
_V = TypeVar("_V")

#: How far after publication a yearless date is still read forward: a
#: schedule announces the coming weeks, while a date further on is read as
#: the past year's, as everywhere else (7月29日 on a page of 3 June).
_HORIZON: Final = dt.timedelta(days=31)

#: A day on or before publication as a report prints it: a bare or
#: month-and-day date (checked against publication), a day counted back
#: from it (昨日, 日昨, 前天), a vague past (日前, 近日) or the day itself.
#: The search opens on the one character each form turns on.
_PAST_MARK: Final = re.compile(r"[日号昨前近今]")
#: The words that turn on it, by that character (日 and 号 end a date).
_PAST_WORDS: Final = {
    "昨": ("昨",),
    "前": ("前天", "前日"),
    "近": ("近日",),
    "今": ("今天", "今日", "今晨", "今早", "今晚"),
}
#: The date a 日 or 号 ends: ``3月8日``, ``8日``, ``8 日``.
_DAY_BEFORE: Final = re.compile(r"(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2}) ?$")

#: Characters of a page searched for a past day (a page beyond is rare;
#: the search stays bounded).
_PAST_REACH: Final = 20_000

#: What joins a period's first and last day.
_PERIOD: Final = ("至", "到", "—", "～", "~")


def to_come(
    mention: DateMention | None, start: When, published: dt.date | None, *, printed: bool
) -> bool:
    """
    Whether a report's date lies after the publication date.

    Args:
        mention: The report's date as printed (``None``: dated by publication).
        start: Its start as resolved (a yearless date read backward).
        published: The publication date the page prints or the caller
            gives; ``None`` when it is only guessed (then nothing is to come).
        printed: ``published`` is the page's own: only then is a yearless
            date read forward (a caller's date may be of a later reprint,
            or a test's, with the events' year the one before).
    """
    if mention is None or published is None:
        return False
    day = start.date() if isinstance(start, dt.datetime) else start
    return day > published or (printed and _rolled_back(mention, day, published))


def _rolled_back(mention: DateMention, day: dt.date, published: dt.date) -> bool:
    """Whether a yearless month and day, read a year back, names a day shortly to come."""
    plain = (
        mention.year is None
        and mention.years_back is None
        and not mention.lunar
        and mention.relative is None
        and mention.from_dateline is None
        # A day alone (19日) may be of a month a heading gives, not of the
        # publication's: it is not read forward. Nor is a date read another
        # way than printed (121日 as 12月1日).
        and (day.month, day.day) == (mention.month, mention.day)
    )
    if not plain or (day.month, day.day) == (2, 29):
        return False
    forward = day.replace(year=day.year + 1)
    return dt.timedelta(0) < forward - published <= _HORIZON


def is_period(lines: Iterable[str], stamp: dt.date) -> bool:
    """
    Whether the header line that gives ``stamp`` opens a period.

    ``2023年12月11日至12月17日`` heads a week's digest of past acts: its
    first day is no publication date that the acts could lie after.
    """
    for line in lines:
        if header_date(line) == stamp:
            return any(mark in line for mark in _PERIOD)
    return False


def schedule_warning(published: dt.date) -> str:
    """The warning for a page whose every dated item is to come."""
    return (
        f"every dated item lies after the publication date {published.isoformat()}: "
        "a schedule of acts to come, not a report"
    )


def unless_schedule(
    found: tuple[list[_E], list[_V]],
    ahead: Sequence[bool],
    dates: tuple[dt.date | None, dt.date | None],
    page: tuple[Sequence[str], str],
    warnings: list[str],
) -> tuple[list[_E], list[_V]]:
    """
    A page's events and their evidence, or none when every one is to come.

    Args:
        found: The events read and their evidence.
        ahead: For each event, whether it lies after publication (``to_come``).
        dates: The publication date the caller gives or the page prints,
            and the one the page prints (``None`` when the caller gave one).
        page: The page's header lines and its text.
        warnings: Where the warning saying why goes.
    """
    known, stamp = dates
    if known is None or not ahead or not all(ahead):
        return found
    lines, text = page
    if stamp is not None and is_period(lines, stamp):
        return found
    if prints_past(text[:_PAST_REACH], known):
        # The report tells an act of its own day or before (日昨 a press
        # conference, 24日 a dinner) and its date was read off a day to come.
        return found
    warnings.append(schedule_warning(known))
    return [], []


def prints_past(text: str, published: dt.date) -> bool:
    """Whether ``text`` names a day before ``published``, or the day itself in words."""
    for m in _PAST_MARK.finditer(text):
        at, mark = m.start(), m.group()
        if mark in _PAST_WORDS:
            if text.startswith(_PAST_WORDS[mark], at):
                return True
        elif text.startswith("日前", at) or _day_before(text, at, published):
            return True
    return False


def _day_before(text: str, at: int, published: dt.date) -> bool:
    """Whether the date ending at ``at`` lies shortly before ``published``."""
    m = _DAY_BEFORE.search(text, max(0, at - 6), at)
    if m is None:
        return False
    month = int(m["m"]) if m["m"] else published.month
    try:
        day = dt.date(published.year, month, int(m["d"]))
    except ValueError:
        return False
    return day < published and published - day <= _HORIZON
