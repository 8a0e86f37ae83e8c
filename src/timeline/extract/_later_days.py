"""
A paragraph's own day, and the later paragraphs of a report told on other days.

A report may tell two events of different days (``今日,…选举…`` then
``25日,政协…闭幕``): a later paragraph that opens with a day other than
the lead's starts another event, unless the lead's printed range of days
holds it (a tour told day by day), or the trip's group named before goes
on with it within a week (``22号人大代表一行参观了…``: a trip told day by
day, its range not printed). ``_digest`` and ``_inside`` read a
paragraph's opening day, and a trip's later days, here.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Final

from timeline.extract import _dates as dates
from timeline.extract._page import ends_sentence

if TYPE_CHECKING:
    from timeline.extract._page import Page

__all__ = [
    "AFTER_DAY",
    "MAX_DAY_SCAN",
    "OPENING",
    "Told",
    "goes_on_trip",
    "in_range",
    "later_days",
    "opening_day",
    "other_day",
    "trip_days",
]

#: The longest printed range whose later dated paragraphs are one tour's days.
_MAX_TOUR_DAYS: Final = 7


def in_range(lead: dates.DateMention, m: dates.DateMention) -> bool:
    """Whether ``m``'s day lies inside ``lead``'s range of days within one month."""
    if lead.day is None or lead.end_day is None or m.day is None:
        return False
    month = lead.month
    if lead.end_month not in {None, month} or m.month not in {None, month}:
        return False
    # A week's tour sums up its days; a month's range heads a round-up of
    # separate events.
    if lead.end_day - lead.day >= _MAX_TOUR_DAYS:
        return False
    return lead.day <= m.day <= lead.end_day


#: A paragraph's opening clause read for its own day, and how far into it
#: the day may stand (``夏某昨日下午抵达…``, ``25日,…``).
OPENING: Final = 24
_DAY_WITHIN: Final = 12
#: Lines of a report searched for paragraphs of other days.
MAX_DAY_SCAN: Final = 300
#: 当天/当日/同日: the lead's own day, never another event's.
_SAME_DAY: Final = ("当天", "当日", "同日", "同天")
#: A clause without one of these prints no day (a cheap test before the rules:
#: one scan of the clause, not one per character).
_DAY_CHARS: Final = re.compile("[日号月昨今前]")
AFTER_DAY: Final = re.compile(
    r"$|上午|下午|晚|早|中午|在|于|赴|到|前往|率|出席|主持|召开|举行|来到|深入"
)


def opening_day(line: str) -> dates.DateMention | None:
    """The day a paragraph opens with (in its first clause), if any."""
    clause = _opening_clause(line)
    return None if clause is None else _day_of_clause(clause)


def _opening_clause(line: str) -> str | None:
    """A paragraph's first clause, read for its day; None when it prints no day (a plain test)."""
    clause = line[:OPENING].split(",", 1)[0].split("。", 1)[0]
    if clause.startswith(("“", "「")) or _DAY_CHARS.search(clause) is None:
        return None
    return clause


def _day_of_clause(clause: str) -> dates.DateMention | None:
    """The day a paragraph's first clause opens with (``opening_day``)."""
    m = dates.find_event_date(clause)
    if m is None or m.span[0] > _DAY_WITHIN or m.years_back or m.text.startswith(_SAME_DAY):
        return None
    # After a subject (某某昨日下午抵达, 某某25日在…), a printed day must be
    # followed by what an event's day is: 传达了3月17日会议精神 names a day
    # of something else.
    if m.span[0] and m.relative is None and not AFTER_DAY.match(clause, m.span[1]):
        return None
    return m


def other_day(m: dates.DateMention, lead: dates.DateMention) -> bool:
    """Whether ``m`` names a day other than ``lead``'s (unknown counts as the same)."""
    if m.lunar != lead.lunar:
        return False  # a lunar and a solar day compare only once resolved: unknown
    if m.day is not None and lead.day is not None:
        return m.day != lead.day or (
            m.month is not None and lead.month is not None and m.month != lead.month
        )
    if m.relative is not None and lead.relative is not None:
        return m.relative != lead.relative
    # One relative, one printed: only an earlier day (昨日, 前天) is surely another.
    return (m.relative or lead.relative or 0) < 0


def later_days(p: Page, body_from: int, stop: int, *, marker: bool = False) -> list[int]:
    """
    The first lines of later paragraphs that open with a day of their own, or [].

    A report may tell two events of different days (``今日,…选举…`` then
    ``25日,政协…闭幕``; ``今早(14日)…`` then ``某某昨日下午抵达…``): a
    paragraph opening with a day other than the lead's starts another event
    (``当天``/``当日`` never does; a day after ``去年`` is history).
    """
    if stop - body_from < 2:  # noqa: PLR2004 - a lead and one more paragraph
        return []
    out: list[int] = []
    # The lead's day is read only once a later paragraph opens with a day:
    # most bodies have none, and reading a date costs more than the scan.
    days: tuple[dates.DateMention, dates.DateMention] | None = None  # the lead's, the last told
    told: Told | None = None  # made once a later day differs: most bodies have none
    for i in range(body_from + 1, min(stop, body_from + MAX_DAY_SCAN)):
        if not ends_sentence(p.line(i - 1)):
            continue  # not a paragraph's first line
        # (The clause's plain test before the layout's: most paragraphs print no day.)
        clause = _opening_clause(p.line(i))
        m = _day_of_clause(clause) if clause is not None and p.is_prose(i) else None
        if m is None:
            continue
        if days is None:
            lead = _lead_of_days(p.line(body_from), marker=marker)
            if lead is None:
                return []
            days = (lead, lead)
        lead, current = days
        if other_day(m, current) and not in_range(lead, m):
            told = told or Told(p.match, p.lines.starts[body_from])
            if not goes_on_trip(p.match, p.lines.starts[i], m, current, told):
                out.append(i)
            days = (lead, m)
    return out


#: A trip's group named again by what it is, not by whom it is led
#: (``代表团``, ``旅游分团``, ``人大代表一行``), as the subject right after a
#: paragraph's or sentence's day (``26日上午,代表团参观了…``, ``22号人大代表
#: 一行参观了…``); a clause may stand before it (``24日下午一到杭州,代表团…``)
#: but no one leading it (``23日,县长某某率考察团赴…`` is another trip).
#: ``name`` is the group's run as printed, its qualifier with it (``驻某县
#: 考察团`` is not ``驻某区考察团``). 代表/委员/团员 alone name people, not a
#: group: they take 们 or 一行.
_GROUP: Final = re.compile(
    r"(?:[^,。!?;\n]{0,10},)?"
    r"(?P<name>(?:(?![率带帶领領由]|组织|組織)[^,。!?;\n]){0,10}?"
    r"(?:(?P<group>(?:代表|考察|访问|訪問|参访|參訪|交流|调研|調研|观摩|觀摩|学习|學習|慰问|慰問"
    r"|参观|參觀|采风|採風|分)[团團]"
    r"|(?:调研|調研|视察|視察|考察)[组組])"
    r"|(?P<people>代表|委员|委員|团员|團員)(?=们|們|一行)))"
)
#: A party named by its people and 一行 as the subject right after the day
#: (``6月1日,村里长一行在某市参观了…``): the same party as before only where
#: the report printed the same run, and a trip only where it told one.
_PARTY: Final = re.compile(r",?(?P<party>[^,。;!?、\s率带帶领領由]{2,10}?一行)")
#: Days after the day told within which a group's paragraph is the same trip's.
_TRIP_DAYS: Final = 7
#: Characters after a day read for the group's name.
_GROUP_SCAN: Final = 20


class Told:
    """
    Where a report's text first prints each group's name, read once per name.

    A trip's later days are checked against the names printed before them;
    reading the text before every paragraph again would be quadratic. A
    plain class, not a frozen one: it fills its cache as it is asked.
    """

    __slots__ = ("_first", "start", "text")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start
        self._first: dict[str, int] = {}

    def before(self, name: str, at: int) -> bool:
        """Whether the report prints ``name`` before offset ``at``."""
        first = self._first.get(name)
        if first is None:
            first = self._first[name] = self.text.find(name, self.start)
        return 0 <= first < at

    def trip_before(self, at: int) -> bool:
        """Whether the report tells a trip (``赴…``, ``…考察``, ``参观…``) before offset ``at``."""
        first = self._first.get("")
        if first is None:
            m = _TRIP.search(self.text, self.start)
            first = self._first[""] = -1 if m is None else m.start()
        return 0 <= first < at


#: Words telling a trip: a group so named goes on touring on its later days.
_TRIP: Final = re.compile("赴|考察|访问|訪問|参访|參訪|参观|參觀|访华|訪華|抵达|抵達|飞往|飛往")
#: Names of a group that need not be a trip's (a congress's 代表团 sits and
#: reviews day by day, each day an act of its own): they go on a trip only
#: where the report tells one.
_NOT_ONLY_TRIPS: Final = frozenset({"代表团", "代表團", "代表", "委员", "委員", "团员", "團員"})


def goes_on_trip(
    text: str, at: int, m: dates.DateMention, current: dates.DateMention, told: Told
) -> bool:
    """
    Whether the paragraph or sentence at ``at``, opening with the later day ``m``, goes on the trip.

    ``2018年6月21日,某区人大代表赴某地学习考察。…`` then ``22号人大代表一行
    参观了…``: a trip told day by day, without its range printed, goes on
    with the group it named before (``told``), as one event over its days,
    within a week of the day told (``current``). Another group's act, or one
    led anew, starts an event of its own. ``m``'s span is read from ``at``.
    """
    if not 0 < _days_after(m, current) <= _TRIP_DAYS:
        return False
    after = at + m.span[1]
    g = _GROUP.match(text, after, after + _GROUP_SCAN)
    if g is not None:
        noun = g["group"] or g["people"]
        if told.before(g["name"], at) and (noun not in _NOT_ONLY_TRIPS or told.trip_before(at)):
            return True
    party = _PARTY.match(text, after, after + _GROUP_SCAN)
    return party is not None and told.before(party["party"], at) and told.trip_before(at)


def _days_after(m: dates.DateMention, current: dates.DateMention) -> int:
    """Days from ``current`` to ``m``, or 0 if unknown (a bare day is of the month told)."""
    if m.day is None or current.day is None or (m.month is not None and current.month is None):
        return 0
    if current.month is None:
        return m.day - current.day  # two bare days: of one month
    try:
        later = dt.date(2001, m.month or current.month, m.day)
        return (later - dt.date(2001, current.month, current.day)).days
    except ValueError:
        return 0  # no such day


#: Characters one of ``_GROUP``'s names holds (a plain test before the pattern).
_GROUP_CHARS: Final = re.compile("[团團组組们們]|一行")


def trip_days(p: Page, body_from: int, dated: list[int]) -> list[int]:
    """
    The dated paragraphs ``dated`` but for those going on a trip told day by day (``goes_on_trip``).

    ``24日下午一到某市,代表团…`` then ``26日上午,代表团参观了…``: a trip's
    days told by its group, its range not printed, are one event, not a
    round-up of days. Each later paragraph is read against the day of the
    dated paragraph before it.
    """
    if not any(_GROUP_CHARS.search(p.line(i)[:OPENING]) for i in dated[1:]):
        return dated  # the common case: no later paragraph names a group
    told = Told(p.match, p.lines.starts[body_from])
    out = dated[:1]
    before = opening_day(p.line(dated[0]))
    for i in dated[1:]:
        m = opening_day(p.line(i))
        if (
            m is None
            or before is None
            or not goes_on_trip(p.match, p.lines.starts[i], m, before, told)
        ):
            out.append(i)
        before = m or before
    return out


def _lead_of_days(lead_line: str, *, marker: bool) -> dates.DateMention | None:
    """The day of a report's lead paragraph, as ``later_days`` compares later days with it."""
    line = lead_line[: OPENING * 8]
    dateline = _DATELINE.match(line) if marker else None
    if dateline is None:
        return dates.find_event_date(line)
    # 某报11月21日电(…)几场冬雪…: the lead's own day, or the dateline's
    # for 今日 or none (a dateline is no event's day by itself).
    lead = dates.find_event_date(line[dateline.end() :])
    if lead is not None and lead.relative is not None:
        lead = dates.find_event_date(dateline.group()) or lead
    return lead


#: A paper report's dateline at the start of its marker line (讯, 电).
_DATELINE: Final = re.compile(r"^.{0,30}?[讯电][)】\]]?")
