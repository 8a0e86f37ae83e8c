"""
The cost of a recurrence rule, known before it runs, and rules moved to the window.

dateutil (under icalendar's VTIMEZONE and recurring_ical_events) walks a
rule from its DTSTART, one FREQ period after another, building each
period's days and times, until it passes the end asked for. A 200-byte
``FREQ=SECONDLY`` from 1900 is four billion steps before a window in 2025.
So the reader estimates every rule's steps first (``rule_steps``) and
counts them against ``ReadLimits.max_rule_steps``, and moves a
sub-daily rule without COUNT or BYSETPOS to just before the window
(``move_to_window``), which leaves its occurrences unchanged: they lie
on a grid of whole periods from DTSTART, and the rule is moved by whole
periods.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from typing import Any, Final

__all__ = ["move_to_window", "rule_steps"]

#: Seconds in one period of each FREQ, the shortest such period for months and years.
_PERIOD: Final = {
    "SECONDLY": 1,
    "MINUTELY": 60,
    "HOURLY": 3600,
    "DAILY": 86_400,
    "WEEKLY": 7 * 86_400,
    "MONTHLY": 28 * 86_400,
    "YEARLY": 365 * 86_400,
}
#: What one period costs dateutil, in sub-daily steps (measured: a YEARLY
#: period, its year of days built and filtered, takes as long as 24 steps).
_WEIGHT: Final = {"WEEKLY": 2, "MONTHLY": 4, "YEARLY": 24}
#: Days one period may hold occurrences on, when a BY part picks days.
_DAYS: Final = {"WEEKLY": 7, "MONTHLY": 31, "YEARLY": 366}
_DAY_PARTS: Final = ("BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO")
#: The BY parts that multiply the times of one day, by the FREQs they expand.
_TIME_PARTS: Final = {
    "BYHOUR": ("DAILY", "WEEKLY", "MONTHLY", "YEARLY"),
    "BYMINUTE": ("HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"),
    "BYSECOND": ("MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"),
}
_SUB_DAILY: Final = frozenset({"SECONDLY", "MINUTELY", "HOURLY"})


def _first(rule: Mapping[str, Sequence[Any]], name: str) -> Any:  # noqa: ANN401 - a rule part
    values = rule.get(name)
    return values[0] if values else None


def _naive(value: dt.datetime | dt.date) -> dt.datetime:
    """A date or datetime as a naive datetime (wall time): good enough for a count."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    return dt.datetime.combine(value, dt.time())


def _period(rule: Mapping[str, Sequence[Any]]) -> int:
    """One step of the rule in seconds: its FREQ's period times INTERVAL."""
    freq = str(_first(rule, "FREQ") or "").upper()
    interval = _first(rule, "INTERVAL") or 1
    return _PERIOD.get(freq, 1) * max(int(interval), 1)


def rule_steps(
    rule: Mapping[str, Sequence[Any]], start: dt.datetime | dt.date, end: dt.datetime
) -> int:
    """
    About how much work dateutil does to run ``rule`` from ``start`` up to ``end``.

    The count of periods (shortened by UNTIL, and by COUNT when no BY part
    can skip periods), times what one period costs: its weight, or the
    candidates it can make (the days BY parts pick, times the times of day
    BYHOUR/BYMINUTE/BYSECOND list) when there are more. An upper bound of
    dateutil's work, in units of one sub-daily step.
    """
    freq = str(_first(rule, "FREQ") or "").upper()
    until = _first(rule, "UNTIL")
    stop = _naive(end)
    if until is not None:
        stop = min(stop, _naive(until))
    seconds = (stop - _naive(start)).total_seconds()
    if seconds <= 0:
        return 1
    periods = math.ceil(seconds / _period(rule)) + 1
    count = _first(rule, "COUNT")
    filters = [name for name in rule if name.startswith("BY")]
    if count is not None and not filters:
        periods = min(periods, int(count) + 1)
    days = 1
    if freq in _DAYS and any(rule.get(name) for name in _DAY_PARTS):
        days = _DAYS[freq]
        if freq == "YEARLY" and rule.get("BYMONTH"):
            days = min(days, 31 * len(rule["BYMONTH"]))
    candidates = days
    for name, freqs in _TIME_PARTS.items():
        if freq in freqs and rule.get(name):
            candidates *= len(rule[name])
    return periods * max(_WEIGHT.get(freq, 1), candidates)


def move_to_window(
    rule: Mapping[str, Sequence[Any]], start: dt.datetime, window_start: dt.datetime
) -> dt.timedelta:
    """
    How far forward ``start`` may move (whole periods) so the rule begins just before the window.

    Zero unless the rule is sub-daily without COUNT or BYSETPOS: COUNT
    counts from the first occurrence, BYSETPOS picks within a period, and
    longer periods (months, years) are not of one length. ``window_start``
    should already allow for the event's length (an occurrence that began
    before the window may overlap it); one more period is left as margin.
    """
    freq = str(_first(rule, "FREQ") or "").upper()
    if freq not in _SUB_DAILY or rule.get("COUNT") or rule.get("BYSETPOS"):
        return dt.timedelta(0)
    period = _period(rule)
    gap = (_naive(window_start) - _naive(start)).total_seconds()
    whole = int(gap // period) - 1
    if whole <= 0:
        return dt.timedelta(0)
    return dt.timedelta(seconds=whole * period)
