"""
Lines to blocks: the reader's state, content lines, and one component per block.

Bytes are decoded and unfolded (checking folding, sizes and nesting against
the read's [`ReadLimits`][timeline.ics.ReadLimits] as they go) and grouped
into one ``_Block`` per top-level component of each VCALENDAR; a block
is parsed by ``icalendar`` only when the fast paths decline it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import IO, Final
from zoneinfo import ZoneInfo

import attrs
import icalendar

from timeline._zones import find_zone
from timeline.errors import IcsReadError
from timeline.ics._limits import DEFAULT_LIMITS, ReadLimits
from timeline.ics._text import unescape_text
from timeline.model import (
    Event,
)

_NAME: Final = re.compile(r"[A-Za-z0-9-]+")


@attrs.define
class _Block:
    """A component's unfolded content lines and where it began."""

    name: str
    line: int
    lines: list[str] = attrs.field(factory=list)
    numbers: list[int] = attrs.field(factory=list)


@attrs.define
class _Reader:
    """The state of one read: where we are and what the calendar said."""

    path: str | None
    expand: tuple[dt.date, dt.date] | None
    limits: ReadLimits = DEFAULT_LIMITS
    #: The zone floating times are read in: X-WR-TIMEZONE, else the caller's ``floating``.
    default_zone: ZoneInfo | None = None
    #: Components read so far, and occurrences expanded: one max_components limit.
    components: int = 0
    #: Occurrences expanded, rule steps estimated, RDATE/EXDATE values seen.
    occurrences: int = 0
    rule_steps: int = 0
    dates: int = 0
    #: (source document, id) of every event read: the identity a UID encodes.
    identities: set[tuple[str, str]] = attrs.field(factory=set)
    #: Each VTIMEZONE's lines by TZID, parsed only when an event uses it
    #: (a file of unused zones costs a line scan), and each zone built once.
    timezone_blocks: dict[str, _Block] = attrs.field(factory=dict)
    timezones: dict[str, icalendar.Timezone] = attrs.field(factory=dict)
    zones: dict[str, dt.tzinfo] = attrs.field(factory=dict)
    recurring: list[tuple[icalendar.Component, _Block]] = attrs.field(factory=list)

    def error(
        self, message: str, *, line: int | None = None, prop: str | None = None
    ) -> IcsReadError:
        return IcsReadError(message, path=self.path, line=line, property=prop)


def _raw_lines(stream: IO[bytes] | Iterable[bytes], limit: int) -> Iterator[bytes]:
    """
    The stream's lines, none read past ``limit`` bytes and a line break.

    A stream with ``readline`` is read a bounded piece at a time, so a
    300 MB file of one line costs one limit's worth of memory before it is
    refused; other iterables give their lines as they are.
    """
    readline = getattr(stream, "readline", None)
    if not callable(readline):
        yield from stream
        return
    while True:
        line: bytes = readline(limit + 2)  # the line break's CR LF on top
        if not line:
            return
        yield line


def _physical_lines(
    chunks: Iterable[bytes], reader: _Reader, max_bytes: int
) -> Iterator[tuple[int, str]]:
    """Yield (line number, decoded line) from byte chunks that end at line breaks."""
    total = 0
    max_line = reader.limits.max_line
    for number, raw in enumerate(chunks, 1):
        total += len(raw)
        if total > max_bytes:
            raise reader.error(f"input larger than {max_bytes} bytes", line=number)
        if len(raw) > max_line and len(raw.rstrip(b"\r\n")) > max_line:
            raise reader.error(f"line longer than {max_line} bytes", line=number)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise reader.error(
                f"not UTF-8 (byte {exc.start} of the line); iCalendar is UTF-8", line=number
            ) from exc
        if number == 1 and text.startswith("\ufeff"):
            text = text[1:]
        yield number, text.rstrip("\r\n")


def _content_lines(
    physical: Iterator[tuple[int, str]], reader: _Reader
) -> Iterator[tuple[int, str]]:
    """Unfold physical lines into (first line number, content line)."""
    current: list[str] = []
    start = 0
    size = 0
    for number, text in physical:
        if text[:1] in (" ", "\t"):
            if not current:
                raise reader.error(
                    "a continuation line (starting with a space) follows no content line: "
                    "broken folding",
                    line=number,
                )
            size += len(text) - 1
            if size > reader.limits.max_line:
                raise reader.error(
                    f"content line longer than {reader.limits.max_line} characters", line=start
                )
            current.append(text[1:])
            continue
        if current:
            yield start, "".join(current)
        if not text:
            current = []
            continue
        current, start, size = [text], number, len(text)
    if current:
        yield start, "".join(current)


def _split_name(line: str, number: int, reader: _Reader) -> tuple[str, str]:
    """The property name (upper case) and the rest of a content line."""
    match = _NAME.match(line)
    if match is None or line[match.end() : match.end() + 1] not in (":", ";"):
        raise reader.error(
            f"not a content line (NAME:value expected; broken folding?): {line[:40]!r}",
            line=number,
        )
    return match[0].upper(), line[match.end() :]


def _check_begin(value: str, stack: list[_Block], number: int, reader: _Reader) -> None:
    """Refuse a BEGIN:``value`` that cannot open inside ``stack``."""
    if not stack and value != "VCALENDAR":
        raise reader.error(f"BEGIN:{value} outside a VCALENDAR", line=number, prop="BEGIN")
    if stack and value == "VCALENDAR":
        # Its events would belong to no top-level component: refuse rather
        # than drop them.
        raise reader.error(
            f"BEGIN:VCALENDAR inside BEGIN:{stack[-1].name} at line {stack[-1].line}",
            line=number,
            prop="BEGIN",
        )
    if len(stack) >= reader.limits.max_depth:
        raise reader.error(f"components nested too deeply at BEGIN:{value}", line=number)


def _blocks(lines: Iterator[tuple[int, str]], reader: _Reader) -> Iterator[_Block]:  # noqa: C901, PLR0912 - one state machine over BEGIN/END
    """Group content lines into top-level components of VCALENDARs; check nesting."""
    stack: list[_Block] = []
    block: _Block | None = None
    seen_calendar = False
    for number, line in lines:
        name, rest = _split_name(line, number, reader)
        if name in ("BEGIN", "END"):
            value = rest[1:].strip().upper() if rest.startswith(":") else ""
            if not value:
                raise reader.error(f"{name} without a component name", line=number, prop=name)
            if name == "BEGIN":
                reader.components += 1
                if reader.components > reader.limits.max_components:
                    raise reader.error(
                        f"more than {reader.limits.max_components} components", line=number
                    )
                _check_begin(value, stack, number, reader)
                stack.append(_Block(value, number))
                if value == "VCALENDAR":
                    seen_calendar = True
                elif len(stack) == 2:  # noqa: PLR2004 - a calendar's direct child
                    block = stack[-1]
                    block.lines.append(line)
                    block.numbers.append(number)
                    continue
            else:
                if not stack or stack[-1].name != value:
                    expected = (
                        f"END:{stack[-1].name} (for BEGIN:{stack[-1].name} at line "
                        f"{stack[-1].line})"
                        if stack
                        else "nothing"
                    )
                    raise reader.error(
                        f"END:{value} where {expected} was expected", line=number, prop="END"
                    )
                stack.pop()
                if len(stack) == 1 and block is not None:
                    block.lines.append(line)
                    block.numbers.append(number)
                    yield block
                    block = None
                    continue
        elif not stack:
            raise reader.error(f"{name} outside a VCALENDAR", line=number, prop=name)
        elif len(stack) == 1:
            _calendar_property(name, rest, number, reader)
            continue
        if block is not None:
            block.lines.append(line)
            block.numbers.append(number)
    if stack:
        raise reader.error(
            f"missing END:{stack[-1].name} (BEGIN:{stack[-1].name} at line {stack[-1].line}); "
            "the file is cut short",
            line=stack[-1].line,
            prop=stack[-1].name,
        )
    if not seen_calendar:
        raise reader.error("no BEGIN:VCALENDAR: not an iCalendar file")


def _calendar_property(name: str, rest: str, number: int, reader: _Reader) -> None:
    if name != "X-WR-TIMEZONE":
        return  # calendar properties name and describe the feed, not events
    key = unescape_text(rest.partition(":")[2]).strip()
    reader.default_zone = find_zone(key)
    if reader.default_zone is None:
        raise reader.error(f"unknown time zone {key!r}", line=number, prop=name)


def _parse(block: _Block, reader: _Reader) -> icalendar.Component:
    text = "\r\n".join(block.lines) + "\r\n"
    try:
        component = icalendar.Component.from_ical(text)
    # OSError: icalendar resolves TZID parameters through zoneinfo itself, and
    # a directory or an over-long name fails as a file would. AttributeError:
    # icalendar's parser meets a list where it expects one value (a VTIMEZONE
    # with two TZIDs, DTSTART;VALUE=DATE,DATE:...).
    except (ValueError, KeyError, TypeError, IndexError, OSError, AttributeError) as exc:
        raise reader.error(
            f"cannot parse {block.name}: {exc}", line=block.line, prop=block.name
        ) from exc
    for part in (component, *component.subcomponents):
        errors = getattr(part, "errors", [])
        if errors:
            prop, why = errors[0]
            if prop is None:  # a line icalendar could not split: find it by its text
                number, name = _find_line(block, str(why))
                raise reader.error(f"malformed content line: {why}", line=number, prop=name)
            raise reader.error(f"bad value: {why}", line=_line_of(block, prop), prop=str(prop))
    return component


def _find_line(block: _Block, message: str) -> tuple[int, str | None]:
    for number, line in zip(block.numbers, block.lines, strict=True):
        if line in message:
            match = _NAME.match(line)
            return number, match[0].upper() if match else None
    return block.line, None


def _line_of(block: _Block, prop: object) -> int:
    """The line a property is on, counting content lines from the block's start."""
    name = str(prop).upper()
    for number, line in zip(block.numbers, block.lines, strict=True):
        if line.upper().startswith((f"{name}:", f"{name};")):
            return number
    return block.line


def _ical_text(value: object) -> str:
    """A property value as its iCalendar text."""
    to_ical = getattr(value, "to_ical", None)
    raw: object = to_ical() if callable(to_ical) else str(value)
    # Most icalendar types give bytes, a few (vGeo) give str.
    return raw.decode() if isinstance(raw, bytes) else str(raw)


def _categories(component: icalendar.Component) -> list[str]:
    value = component.get("CATEGORIES")
    if value is None:
        return []
    groups = value if isinstance(value, list) else [value]
    return [str(c) for group in groups for c in group.cats]


def _once(event: Event, line: int, reader: _Reader) -> Event:
    """
    ``event``, unless an event with its identity was read before.

    Two VEVENTs with one UID (and no RECURRENCE-ID) are one event twice;
    keeping both would give a timeline no feed can hold, and keeping one
    would drop the other silently.
    """
    identity = (event.source.document if event.source is not None else "", event.id)
    if identity in reader.identities:
        raise reader.error(
            f"a second event with the id {event.id!r} (UIDs must be unique)",
            line=line,
            prop="UID",
        )
    reader.identities.add(identity)
    return event
