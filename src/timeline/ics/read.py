"""
iCalendar feeds back into events.

Our own feeds come back exactly: ``from_ics(to_ics(events))`` holds the
same events (in feed order), because every fact the model holds travels in
a standard property or a JSON ``X-TIMELINE-*`` property. Foreign feeds
(Google Calendar, Thunderbird, anything RFC 5545) are read as far as the
model goes; what it cannot hold is either kept (appended to the event's
summary) or refused with an [`IcsReadError`][timeline.IcsReadError], never
dropped without a word. ``docs/icalendar.md`` lists what goes where.

Reading streams: the input is split into content lines here (unfolding,
checking folding, size and nesting as it goes), each VEVENT is parsed on its
own by ``icalendar`` and turned into an [`Event`][timeline.Event], and
only then is the next one read. Memory grows with the events returned, not
with ``icalendar``'s object graph of the whole file.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Final
from zoneinfo import ZoneInfo

import attrs

from timeline.errors import IcsReadError
from timeline.ics._blocks import (
    _Block,
    _blocks,
    _content_lines,
    _line_of,
    _once,
    _parse,
    _physical_lines,
    _raw_lines,
    _Reader,
)
from timeline.ics._expand import _count_dates, _expand
from timeline.ics._foreign import _foreign_event, _foreign_fast
from timeline.ics._limits import DEFAULT_LIMITS, ReadLimits
from timeline.ics._own import _own_event, _own_fast
from timeline.ics._when import _tzid_of
from timeline.model import (
    Event,
)

__all__ = ["from_ics", "iter_ics", "read_ics"]

#: Largest input accepted by default, in bytes ([`ReadLimits.max_bytes`][timeline.ics.ReadLimits]).
MAX_BYTES: Final = DEFAULT_LIMITS.max_bytes


#: Longest content line accepted by default ([`ReadLimits.max_line`][timeline.ics.ReadLimits]).
MAX_LINE: Final = DEFAULT_LIMITS.max_line


#: Most components accepted by default ([`ReadLimits.max_components`][timeline.ics.ReadLimits]).
MAX_EVENTS: Final = DEFAULT_LIMITS.max_components


_RECURRING: Final = ("RRULE", "RDATE", "RECURRENCE-ID")


def _events(blocks: Iterator[_Block], reader: _Reader) -> Iterator[Event]:
    for block in blocks:
        if block.name == "VTIMEZONE":
            # Kept as lines: parsed and built when an event first uses it.
            reader.timezone_blocks[_tzid_of(block)] = block
            reader.timezones.pop(_tzid_of(block), None)
            reader.zones.pop(_tzid_of(block), None)
            continue
        if block.name != "VEVENT":
            if block.name.startswith("X-"):
                continue  # a vendor's private component
            raise reader.error(
                f"unsupported component {block.name} (only VEVENT and VTIMEZONE are read)",
                line=block.line,
                prop=block.name,
            )
        fast = _foreign_fast(block, reader) or _own_fast(block, reader)
        if fast is not None:
            yield _once(fast, block.line, reader)
            continue
        _count_dates(block, reader)
        component = _parse(block, reader)
        if any(name in component for name in _RECURRING):
            if reader.expand is None:
                which = next(name for name in _RECURRING if name in component)
                raise reader.error(
                    "recurring event: give a window to read its occurrences in "
                    "(expand=(first, last), or --expand FIRST LAST on the command line)",
                    line=_line_of(block, which),
                    prop=which,
                )
            reader.recurring.append((component, block))
            continue
        if "X-TIMELINE-ID" in component:
            yield _once(_own_event(component, block, reader), block.line, reader)
        else:
            yield _once(_foreign_event(component, block, reader), block.line, reader)
    yield from _expand(reader)


def _floating_zone(floating: ZoneInfo | None, source: str | None) -> ZoneInfo | None:
    if floating is not None and not isinstance(floating, ZoneInfo):
        raise IcsReadError(
            f"floating must be a zoneinfo.ZoneInfo, got {type(floating).__name__}", path=source
        )
    return floating


def _chosen_limits(
    limits: ReadLimits | None, max_bytes: int | None, source: str | None
) -> ReadLimits:
    """The limits of one read: ``limits`` (else the defaults), ``max_bytes`` overriding."""
    chosen = DEFAULT_LIMITS if limits is None else limits
    if not isinstance(chosen, ReadLimits):
        raise IcsReadError(f"limits must be ReadLimits, got {type(chosen).__name__}", path=source)
    if max_bytes is not None:
        try:
            chosen = attrs.evolve(chosen, max_bytes=max_bytes)
        except ValueError as exc:
            raise IcsReadError(str(exc), path=source) from exc
    return chosen


def iter_ics(  # noqa: PLR0913 - the read's options are keyword-only
    stream: IO[bytes] | Iterable[bytes],
    *,
    source: str | None = None,
    expand: tuple[dt.date, dt.date] | None = None,
    floating: ZoneInfo | None = None,
    limits: ReadLimits | None = None,
    max_bytes: int | None = None,
) -> Iterator[Event]:
    """
    Read events one by one from a binary stream of iCalendar data.

    Args:
        stream: An open binary file, or any iterable of lines as bytes. A
            stream with ``readline`` is read at most one line limit at a
            time; other iterables must bound their lines themselves.
        source: The file name for error messages.
        expand: ``(first, last)`` days: expand recurring events into their
            occurrences from 00:00 of ``first`` up to 00:00 of ``last``
            (``last`` itself is not included). Without it a recurring event
            is an error, since the model holds single events.
        floating: The zone to read floating times (no ``TZID``, no ``Z``)
            in when the feed names none in ``X-WR-TIMEZONE`` (which wins:
            it is the feed's own statement). Without either, a floating
            time is an error.
        limits: What the read may cost ([`ReadLimits`][timeline.ics.ReadLimits]); the defaults
            without it.
        max_bytes: Refuse inputs larger than this (overrides
            ``limits.max_bytes``).

    Raises:
        IcsReadError: Naming the file, line and property, for malformed or
            over-large input, unknown time zones, floating times without a
            zone to read them in, unsupported components, recurring events
            without a window, and recurrences past the limits' budgets.
    """
    chosen = _chosen_limits(limits, max_bytes, source)
    reader = _Reader(source, expand, chosen, default_zone=_floating_zone(floating, source))
    physical = _physical_lines(_raw_lines(stream, chosen.max_line), reader, chosen.max_bytes)
    yield from _events(_blocks(_content_lines(physical, reader), reader), reader)


def from_ics(  # noqa: PLR0913 - the read's options are keyword-only
    data: bytes,
    *,
    source: str | None = None,
    expand: tuple[dt.date, dt.date] | None = None,
    floating: ZoneInfo | None = None,
    limits: ReadLimits | None = None,
    max_bytes: int | None = None,
) -> tuple[Event, ...]:
    """
    Read the events of an iCalendar feed, in feed order.

    ``from_ics(to_ics(events))`` gives back the events (sorted as the feed
    sorts them). Takes the same options as [`iter_ics`][timeline.ics.iter_ics].

    Raises:
        IcsReadError: See [`iter_ics`][timeline.ics.iter_ics].
    """
    if not isinstance(data, bytes):
        raise IcsReadError("iCalendar data must be bytes (UTF-8)", path=source)
    chosen = _chosen_limits(limits, max_bytes, source)
    if len(data) > chosen.max_bytes:
        raise IcsReadError(f"input larger than {chosen.max_bytes} bytes", path=source)
    return tuple(
        # BytesIO yields one line at a time; a list of every line would
        # double the memory a large feed needs.
        iter_ics(io.BytesIO(data), source=source, expand=expand, floating=floating, limits=chosen)
    )


def read_ics(
    path: str | os.PathLike[str],
    *,
    expand: tuple[dt.date, dt.date] | None = None,
    floating: ZoneInfo | None = None,
    limits: ReadLimits | None = None,
    max_bytes: int | None = None,
) -> tuple[Event, ...]:
    """
    Read an ``.ics`` file, streaming it; see [`iter_ics`][timeline.ics.iter_ics] for the options.

    Raises:
        IcsReadError: For bad content, naming the file.
        ReadError: When the file cannot be opened.
    """
    name = os.fspath(path)
    chosen = _chosen_limits(limits, max_bytes, name)
    try:
        handle = Path(name).open("rb")  # noqa: SIM115 - closed below, errors mapped first
    except OSError as exc:
        raise IcsReadError(exc.strerror or str(exc), path=name) from exc
    with handle:
        return tuple(iter_ics(handle, source=name, expand=expand, floating=floating, limits=chosen))
