"""
How much an iCalendar read may cost: one value, passed in, shared by writer and reader.

The reader refuses input past these limits with one
[`IcsReadError`][timeline.IcsReadError] naming the line and property, and
the writer refuses to write what the reader would refuse (a feed we write
is a feed we read). ``docs/errors.md`` gives each limit's measured cost.
"""

from __future__ import annotations

from typing import Final

import attrs

__all__ = ["DEFAULT_LIMITS", "ReadLimits"]


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value < 1:
        msg = f"{type(instance).__name__}.{attribute.name} must be a positive int, got {value!r}"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class ReadLimits:
    """
    Limits on one read of an iCalendar feed (and on what the writer writes).

    Attributes:
        max_bytes: Largest input, in bytes.
        max_line: Longest content line, in characters after unfolding (a
            physical line may not exceed it in bytes either; reading stops
            at the limit, the rest of the line is never held).
        max_components: Most components (events, time zones, alarms) plus
            occurrences of recurring events in one input.
        max_depth: Deepest component nesting (VCALENDAR > VEVENT > VALARM).
        max_occurrences: Most occurrences recurring events may expand to in
            the window asked.
        max_rule_steps: Most steps all recurrence rules (RRULE of events,
            and of VTIMEZONE observances) may take, estimated before any is
            expanded: the work of reaching and crossing the window.
        max_dates: Most RDATE and EXDATE values in one input (each is
            parsed by icalendar, at some tens of microseconds a value).
    """

    max_bytes: int = attrs.field(default=512 * 1024 * 1024, validator=_positive)
    max_line: int = attrs.field(default=1024 * 1024, validator=_positive)
    max_components: int = attrs.field(default=2_000_000, validator=_positive)
    max_depth: int = attrs.field(default=3, validator=_positive)
    max_occurrences: int = attrs.field(default=20_000, validator=_positive)
    max_rule_steps: int = attrs.field(default=200_000, validator=_positive)
    max_dates: int = attrs.field(default=10_000, validator=_positive)


#: The limits every read and write uses unless given others.
DEFAULT_LIMITS: Final = ReadLimits()
