"""
Recurring events expanded in the window asked, within the read's budgets.

Every rule's work is estimated first (``timeline.ics._recurrence``),
sub-daily rules are moved to the window, RDATE/EXDATE values are counted
before ``icalendar`` parses them, and occurrences are drawn span by span.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any, Final

import icalendar

from timeline.errors import IcsReadError
from timeline.ics._blocks import _Block, _once, _Reader
from timeline.ics._foreign import _foreign_event
from timeline.ics._recurrence import move_to_window, rule_steps
from timeline.ics._when import _add_steps, _rules, _timezone
from timeline.model import (
    Event,
)


def _count_dates(block: _Block, reader: _Reader) -> None:
    """Count a VEVENT's RDATE and EXDATE values before icalendar parses them."""
    for number, line in zip(block.numbers, block.lines, strict=True):
        if line[:5].upper() in ("RDATE", "EXDAT"):
            reader.dates += line.count(",") + 1
            if reader.dates > reader.limits.max_dates:
                name = line[:6].upper().rstrip(";:")
                raise reader.error(
                    f"more than {reader.limits.max_dates} RDATE/EXDATE values",
                    line=number,
                    prop=name,
                )


#: The first span of the expand window asked of recurring_ical_events. Spans
#: double while they hold few occurrences and halve while they hold many, so
#: a dense rule (FREQ=SECONDLY) is drawn a bounded piece at a time.
_FIRST_SPAN: Final = dt.timedelta(hours=1)


_MIN_SPAN: Final = dt.timedelta(seconds=1)


#: Spans never grow past this: after months without an occurrence, a dense
#: rule must not be met with a span of months.
_MAX_SPAN: Final = dt.timedelta(hours=6)


_FEW: Final = 256


def _expand(reader: _Reader) -> Iterator[Event]:
    """
    The occurrences of the recurring events in the window.

    Every rule's work is estimated first and counted against
    ``max_rule_steps`` (sub-daily rules moved to the window first, see
    ``timeline.ics._recurrence``); occurrences are drawn span by span and
    counted against ``max_occurrences``, so FREQ=SECONDLY over a year stops
    at the budget instead of building millions of events first.
    """
    if not reader.recurring or reader.expand is None:
        return
    import recurring_ical_events  # noqa: PLC0415 - only recurring feeds need it
    from recurring_ical_events.util import compare_greater  # noqa: PLC0415 - as above

    first, last = reader.expand
    span_start = dt.datetime.combine(first, dt.time())
    stop = dt.datetime.combine(last, dt.time())
    calendar = _bounded_calendar(span_start, stop, reader)
    line = reader.recurring[0][1].line
    block = _Block("VEVENT", line)
    span = _FIRST_SPAN
    try:
        query = recurring_ical_events.of(calendar)
    except Exception as exc:
        raise _expand_error(reader, exc) from exc
    opening = True
    while span_start < stop:
        span_stop = span_start + min(span, stop - span_start)
        try:
            occurrences = query.between(span_start, span_stop)
        except Exception as exc:
            raise _expand_error(reader, exc) from exc
        for component in occurrences:
            start = getattr(component.get("DTSTART"), "dt", None)
            if not opening and start is not None and compare_greater(span_start, start):
                continue  # began in an earlier span, and was read there
            _count_occurrence(reader, line)
            yield _once(_foreign_event(component, block, reader, occurrence=True), line, reader)
        opening = False
        span = min(span * 2, _MAX_SPAN) if len(occurrences) < _FEW else max(span / 2, _MIN_SPAN)
        span_start = span_stop


def _bounded_calendar(start: dt.datetime, stop: dt.datetime, reader: _Reader) -> icalendar.Calendar:
    """The recurring events (their rules bounded and counted) with the VTIMEZONEs they use."""
    calendar = icalendar.Calendar()
    tzids: set[str] = set()
    for component, recurring in reader.recurring:
        _bound_rules(component, recurring, start, stop, reader)
        tzids.update(_tzids(recurring))
    for tzid in sorted(tzids):
        timezone = _timezone(tzid, reader)
        if timezone is not None:
            calendar.add_component(timezone)
    for component, _ in reader.recurring:
        calendar.add_component(component)
    return calendar


def _count_occurrence(reader: _Reader, line: int) -> None:
    reader.components += 1
    reader.occurrences += 1
    limits = reader.limits
    if reader.components > limits.max_components or reader.occurrences > limits.max_occurrences:
        raise reader.error(
            f"more than {min(limits.max_components, limits.max_occurrences)} components "
            "and occurrences of recurring events (narrow the expand window)",
            line=line,
            prop="RRULE",
        )


def _expand_error(reader: _Reader, exc: Exception) -> IcsReadError:
    return reader.error(
        f"cannot expand recurring events: {exc}", line=reader.recurring[0][1].line, prop="RRULE"
    )


_TZID_PARAM: Final = re.compile(r';TZID=("[^"]*"|[^;:]*)', re.IGNORECASE)


def _tzids(block: _Block) -> set[str]:
    """The TZID parameters a block's lines use."""
    return {m[1].strip('"') for line in block.lines for m in _TZID_PARAM.finditer(line)}


def _length(component: icalendar.Component, start: dt.datetime) -> dt.timedelta:
    """An event's length, for the margin before the window; zero when unknown."""
    end = getattr(component.get("DTEND"), "dt", None)
    if isinstance(end, dt.datetime) and (end.tzinfo is None) == (start.tzinfo is None):
        return max(end - start, dt.timedelta(0))
    duration = getattr(component.get("DURATION"), "dt", None)
    return max(duration, dt.timedelta(0)) if isinstance(duration, dt.timedelta) else dt.timedelta(0)


def _bound_rules(
    component: icalendar.Component,
    block: _Block,
    window_start: dt.datetime,
    window_end: dt.datetime,
    reader: _Reader,
) -> None:
    """Move the event's sub-daily rules to the window, then count every rule's steps."""
    rules = _rules(component)
    prop: Any = component.get("DTSTART")
    start = getattr(prop, "dt", None)
    if not rules or not isinstance(start, dt.date):
        return
    if isinstance(start, dt.datetime):
        before = window_start - _length(component, start)
        shift = min(move_to_window(rule, start, before) for rule in rules)
        if shift:
            for name in ("DTSTART", "DTEND"):
                _shift(component, name, shift)
            start += shift
    for rule in rules:
        _add_steps(rule_steps(rule, start, window_end), block, "VEVENT", reader)


def _shift(component: icalendar.Component, name: str, shift: dt.timedelta) -> None:
    """Move a DTSTART or DTEND by ``shift``, keeping its parameters (TZID)."""
    prop: Any = component.get(name)
    value = getattr(prop, "dt", None)
    if not isinstance(value, dt.datetime):
        return
    moved = icalendar.vDDDTypes(value + shift)
    moved.params.update(prop.params)
    component[name] = moved
