"""
iCalendar feeds back into events.

Our own feeds come back exactly: ``from_ics(to_ics(events))`` holds the
same events (in feed order), because every fact the model holds travels in
a standard property or a JSON ``X-TIMELINE-*`` property. Foreign feeds
(Google Calendar, Thunderbird, anything RFC 5545) are read as far as the
model goes; what it cannot hold is either kept (appended to the event's
summary) or refused with an :class:`~timeline.errors.IcsReadError`, never
dropped without a word. ``docs/icalendar.md`` lists what goes where.

Reading streams: the input is split into content lines here (unfolding,
checking folding, size and nesting as it goes), each VEVENT is parsed on its
own by ``icalendar`` and turned into an :class:`~timeline.model.Event`, and
only then is the next one read. Memory grows with the events returned, not
with ``icalendar``'s object graph of the whole file.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Final, cast
from zoneinfo import ZoneInfo

import attrs
import icalendar
from icalendar.parser import rfc_6868_unescape, split_on_unescaped_comma, unescape_backslash
from icalendar.prop import vDDDTypes

from timeline._codec import _Bad, event_from_data
from timeline._zones import find_zone
from timeline.errors import IcsReadError, InvalidEventError
from timeline.ics._plan import ZONE_PARAM, summary_from
from timeline.ics._text import unescape_text
from timeline.model import (
    Delegation,
    Event,
    EventKind,
    Location,
    Organisation,
    Participant,
    Person,
    Role,
)

__all__ = ["MAX_BYTES", "MAX_EVENTS", "MAX_LINE", "from_ics", "iter_ics", "read_ics"]

#: Largest input accepted, in bytes.
MAX_BYTES: Final = 512 * 1024 * 1024
#: Longest content line accepted (after unfolding), in bytes.
MAX_LINE: Final = 1024 * 1024
#: Most components (events, time zones, alarms) accepted in one input.
MAX_EVENTS: Final = 2_000_000
# Deepest component nesting RFC 5545 uses: VCALENDAR > VEVENT > VALARM,
# VCALENDAR > VTIMEZONE > STANDARD.
_MAX_DEPTH: Final = 3

_NAME: Final = re.compile(r"[A-Za-z0-9-]+")
_FLOATING: Final = (
    "floating time (no TZID, no Z) and no zone to read it in: "
    "no X-WR-TIMEZONE, and no floating= zone (--tz on the command line) given"
)
_CONTROLS: Final = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_SPACE: Final = re.compile(r"\s")

#: Properties that state no fact about the event, or that we use elsewhere.
_HANDLED: Final = frozenset(
    {
        "UID",
        "DTSTAMP",
        "CREATED",
        "LAST-MODIFIED",
        "SEQUENCE",
        "TRANSP",
        "CLASS",
        "PRIORITY",
        "SUMMARY",
        "DESCRIPTION",
        "LOCATION",
        "CATEGORIES",
        "DTSTART",
        "DTEND",
        "DURATION",
        "ORGANIZER",
        "ATTENDEE",
        "RRULE",
        "RDATE",
        "EXDATE",
        "RECURRENCE-ID",
        "STATUS",
    }
)
_RECURRING: Final = ("RRULE", "RDATE", "RECURRENCE-ID")
_GROUP_CUTYPES: Final = frozenset({"GROUP", "RESOURCE", "ROOM"})
_ROLE_FROM_ICAL: Final = {
    "CHAIR": Role.LEADS,
    "REQ-PARTICIPANT": Role.TAKES_PART,
    "OPT-PARTICIPANT": Role.ACCOMPANIES,
    "NON-PARTICIPANT": Role.TAKES_PART,
}
_OWN_JSON: Final = (
    "X-TIMELINE-DELEGATIONS",
    "X-TIMELINE-HEADCOUNTS",
    "X-TIMELINE-ID",
    "X-TIMELINE-LOCATIONS",
    "X-TIMELINE-PARTICIPANTS",
    "X-TIMELINE-SOURCE",
    "X-TIMELINE-SUMMARY",
    "X-TIMELINE-TITLE",
)


#: Which model field each X-TIMELINE-* property holds.
_OWN_KEYS: Final = {
    "X-TIMELINE-SUMMARY": "summary",
    "X-TIMELINE-PARTICIPANTS": "participants",
    "X-TIMELINE-DELEGATIONS": "delegations",
    "X-TIMELINE-LOCATIONS": "locations",
    "X-TIMELINE-HEADCOUNTS": "headcounts",
    "X-TIMELINE-SOURCE": "source",
}


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
    #: The zone floating times are read in: X-WR-TIMEZONE, else the caller's ``floating``.
    default_zone: ZoneInfo | None = None
    #: Components read so far, and occurrences expanded: one MAX_EVENTS limit.
    components: int = 0
    #: (source document, id) of every event read: the identity a UID encodes.
    identities: set[tuple[str, str]] = attrs.field(factory=set)
    timezones: dict[str, icalendar.Timezone] = attrs.field(factory=dict)
    recurring: list[tuple[icalendar.Component, int]] = attrs.field(factory=list)

    def error(
        self, message: str, *, line: int | None = None, prop: str | None = None
    ) -> IcsReadError:
        return IcsReadError(message, path=self.path, line=line, property=prop)


# -- content lines -------------------------------------------------------------


def _physical_lines(
    chunks: Iterable[bytes], reader: _Reader, max_bytes: int
) -> Iterator[tuple[int, str]]:
    """Yield (line number, decoded line) from byte chunks that end at line breaks."""
    total = 0
    for number, raw in enumerate(chunks, 1):
        total += len(raw)
        if total > max_bytes:
            raise reader.error(f"input larger than {max_bytes} bytes", line=number)
        if len(raw) > MAX_LINE:
            raise reader.error(f"line longer than {MAX_LINE} bytes", line=number)
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
            size += len(text)
            if size > MAX_LINE:
                raise reader.error(f"content line longer than {MAX_LINE} bytes", line=start)
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
    if len(stack) >= _MAX_DEPTH:
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
                if reader.components > MAX_EVENTS:
                    raise reader.error(f"more than {MAX_EVENTS} components", line=number)
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


# -- one component -------------------------------------------------------------


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


def _when(component: icalendar.Component, name: str, block: _Block, reader: _Reader) -> Any:  # noqa: ANN401 - a date or datetime
    prop: Any = component[name]
    if isinstance(prop, list):
        raise reader.error(f"{name} given more than once", line=_line_of(block, name), prop=name)
    value = getattr(prop, "dt", None)
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        tzid = prop.params.get("TZID")
        if tzid is not None:
            timezone = reader.timezones.get(str(tzid))
            if timezone is None:
                raise reader.error(
                    f"unknown time zone TZID={tzid} (neither an IANA zone nor a VTIMEZONE here)",
                    line=_line_of(block, name),
                    prop=name,
                )
            return value.replace(tzinfo=timezone.to_tz())
        if reader.default_zone is None:
            raise reader.error(
                _FLOATING,
                line=_line_of(block, name),
                prop=name,
            )
        return value.replace(tzinfo=reader.default_zone)
    if not isinstance(value, dt.date):
        raise reader.error(
            f"{name} must be a date or date-time", line=_line_of(block, name), prop=name
        )
    return value


def _own_when(component: icalendar.Component, name: str, block: _Block, reader: _Reader) -> Any:  # noqa: ANN401 - a date or datetime
    """DTSTART or DTEND of our own event: :func:`_when`, in the zone ZONE_PARAM names."""
    value = _when(component, name, block, reader)
    key = component[name].params.get(ZONE_PARAM)
    if key is None:
        return value
    return _in_zone(value, str(key), name, _line_of(block, name), reader)


def _in_zone(value: dt.date, key: str, name: str, number: int, reader: _Reader) -> dt.datetime:
    """A UTC time we wrote for an ambiguous wall time, back in its zone (ZONE_PARAM)."""
    if not isinstance(value, dt.datetime) or value.utcoffset() != dt.timedelta(0):
        raise reader.error(f"{ZONE_PARAM} on a time that is not UTC", line=number, prop=name)
    zone = find_zone(key)
    if zone is None:
        raise reader.error(f"unknown time zone {ZONE_PARAM}={key}", line=number, prop=name)
    return value.astimezone(zone)


def _ical_text(value: object) -> str:
    """A property value as its iCalendar text."""
    to_ical = getattr(value, "to_ical", None)
    raw: object = to_ical() if callable(to_ical) else str(value)
    # Most icalendar types give bytes, a few (vGeo) give str.
    return raw.decode() if isinstance(raw, bytes) else str(raw)


def _json(component: icalendar.Component, name: str, block: _Block, reader: _Reader) -> Any:  # noqa: ANN401 - JSON
    raw: Any = component[name]
    if isinstance(raw, list):
        raise reader.error(f"{name} given more than once", line=_line_of(block, name), prop=name)
    try:
        text = _ical_text(raw)
        return json.loads(unescape_text(text))
    except (ValueError, UnicodeDecodeError) as exc:
        raise reader.error(f"not valid JSON: {exc}", line=_line_of(block, name), prop=name) from exc


def _categories(component: icalendar.Component) -> list[str]:
    value = component.get("CATEGORIES")
    if value is None:
        return []
    groups = value if isinstance(value, list) else [value]
    return [str(c) for group in groups for c in group.cats]


def _own_event(component: icalendar.Component, block: _Block, reader: _Reader) -> Event:
    data: dict[str, Any] = {
        "id": _json(component, "X-TIMELINE-ID", block, reader),
        "title": (
            _json(component, "X-TIMELINE-TITLE", block, reader)
            if "X-TIMELINE-TITLE" in component
            else str(component.get("SUMMARY", ""))
        ),
        "kinds": _categories(component),
        "start": _own_when(component, "DTSTART", block, reader),
    }
    if "DTEND" in component:
        data["end"] = _own_when(component, "DTEND", block, reader)
    for prop, key in _OWN_KEYS.items():
        if prop in component:
            data[key] = _json(component, prop, block, reader)
    description = None
    if "X-TIMELINE-SUMMARY" not in component and "DESCRIPTION" in component:
        description = str(component["DESCRIPTION"])
    return _own_from_data(data, description, block, reader)


def _own_from_data(
    data: dict[str, Any], description: str | None, block: _Block, reader: _Reader
) -> Event:
    """
    One of our events from its decoded properties.

    ``description`` is the DESCRIPTION when the feed left X-TIMELINE-SUMMARY
    out, as it does whenever the summary can be read back from there.
    """
    try:
        event = event_from_data(data, "VEVENT")
    except _Bad as bad:
        field = bad.path.removeprefix("VEVENT").lstrip(".")
        raise reader.error(f"{field}: {bad.message}", line=block.line, prop="VEVENT") from None
    if description is None:
        return event
    summary = summary_from(description, event)
    if not summary:
        return event
    try:
        return attrs.evolve(event, summary=summary)
    except InvalidEventError as exc:
        raise reader.error(exc.message, line=block.line, prop="DESCRIPTION") from exc


# -- our own events, fast -------------------------------------------------------

_DATE_VALUE: Final = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DATETIME_VALUE: Final = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)")
_OWN_WANTED: Final = frozenset(
    {"SUMMARY", "DESCRIPTION", "DTSTART", "DTEND", "CATEGORIES", *_OWN_JSON}
)


def _split_list(value: str) -> list[str]:
    """Split a TEXT list at its unescaped commas and unescape each item."""
    items: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(value):
        char = value[i]
        if char == "\\":
            current.append(value[i : i + 2])
            i += 2
            continue
        if char == ",":
            items.append(unescape_text("".join(current)))
            current = []
        else:
            current.append(char)
        i += 1
    items.append(unescape_text("".join(current)))
    return [item for item in items if item]


def _split_params(rest: str) -> tuple[dict[str, str], str] | None:
    """Parameters (upper-case names, unquoted values) and value; None if malformed."""
    if rest[0] == ":":
        return {}, rest[1:]
    params: dict[str, str] = {}
    i = 1
    size = len(rest)
    while True:
        eq = rest.find("=", i)
        if eq < 0:
            return None
        key = rest[i:eq].upper()
        j = eq + 1
        if j < size and rest[j] == '"':
            close = rest.find('"', j + 1)
            if close < 0:
                return None
            value = rest[j + 1 : close]
            j = close + 1
        else:
            k = j
            while k < size and rest[k] not in ";:":
                k += 1
            value = rest[j:k]
            j = k
        params[key] = value
        if j >= size:
            return None
        if rest[j] == ":":
            return params, rest[j + 1 :]
        if rest[j] != ";":
            return None
        i = j + 1


def _fast_when(
    name: str, params: dict[str, str], value: str, number: int, reader: _Reader
) -> dt.date:
    if params.get("VALUE", "").upper() == "DATE":
        match = _DATE_VALUE.fullmatch(value)
        if match is None:
            raise reader.error(f"not a DATE: {value!r}", line=number, prop=name)
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError as exc:
            raise reader.error(f"not a DATE: {value!r}: {exc}", line=number, prop=name) from exc
    match = _DATETIME_VALUE.fullmatch(value)
    if match is None:
        raise reader.error(f"not a DATE-TIME: {value!r}", line=number, prop=name)
    year, month, day, hour, minute, second = (int(match[n]) for n in range(1, 7))
    tzid = params.get("TZID")
    zone: dt.tzinfo
    if match[7]:
        if tzid is not None:
            raise reader.error("a UTC time (Z) must not have a TZID", line=number, prop=name)
        zone = dt.UTC
    elif tzid is not None:
        zone = _zone(tzid, name, number, reader)
    elif reader.default_zone is not None:
        zone = reader.default_zone
    else:
        raise reader.error(
            _FLOATING,
            line=number,
            prop=name,
        )
    try:
        when = dt.datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError as exc:
        raise reader.error(f"not a DATE-TIME: {value!r}: {exc}", line=number, prop=name) from exc
    key = params.get(ZONE_PARAM)
    return when if key is None else _in_zone(when, key, name, number, reader)


def _zone(tzid: str, name: str, number: int, reader: _Reader) -> dt.tzinfo:
    custom = reader.timezones.get(tzid)
    if custom is not None:
        return custom.to_tz()  # type: ignore[no-any-return]  # icalendar types it loosely
    zone = find_zone(tzid)
    if zone is None:
        raise reader.error(
            f"unknown time zone TZID={tzid} (neither an IANA zone nor a VTIMEZONE here)",
            line=number,
            prop=name,
        )
    return zone


def _own_fast(block: _Block, reader: _Reader) -> Event | None:  # noqa: C901, PLR0912 - a linear scan with early exits
    """
    Read one of our own VEVENTs without icalendar; None if it is not ours.

    Our feeds use a small, fixed subset of RFC 5545, so the properties the
    model needs are picked out of the content lines directly. Anything
    unusual (a subcomponent, no ``X-TIMELINE-ID``) returns None and the
    block goes through icalendar instead.
    """
    found: dict[str, tuple[int, dict[str, str], str]] = {}
    categories: list[str] = []
    last = len(block.lines) - 1
    for index, line in enumerate(block.lines):
        if index in (0, last):
            continue  # BEGIN:VEVENT, END:VEVENT
        match = _NAME.match(line)
        if match is None:
            return None
        name = match[0].upper()
        if name == "BEGIN":
            return None
        if name not in _OWN_WANTED:
            continue
        split = _split_params(line[match.end() :])
        if split is None:
            return None
        if name == "CATEGORIES":
            categories.extend(_split_list(split[1]))
            continue
        if name in found:
            raise reader.error(f"{name} given more than once", line=block.numbers[index], prop=name)
        found[name] = (block.numbers[index], split[0], split[1])
    if "X-TIMELINE-ID" not in found:
        return None

    def json_of(prop: str) -> Any:  # noqa: ANN401 - JSON
        number, _, value = found[prop]
        try:
            return json.loads(unescape_text(value))
        except ValueError as exc:
            raise reader.error(f"not valid JSON: {exc}", line=number, prop=prop) from exc

    data: dict[str, Any] = {"id": json_of("X-TIMELINE-ID")}
    if "X-TIMELINE-TITLE" in found:
        data["title"] = json_of("X-TIMELINE-TITLE")
    else:
        data["title"] = unescape_text(found["SUMMARY"][2]) if "SUMMARY" in found else ""
    data["kinds"] = categories
    if "DTSTART" not in found:
        raise reader.error("VEVENT without a DTSTART", line=block.line, prop="DTSTART")
    for prop, key in (("DTSTART", "start"), ("DTEND", "end")):
        if prop in found:
            number, params, value = found[prop]
            data[key] = _fast_when(prop, params, value, number, reader)
    for prop, key in _OWN_KEYS.items():
        if prop in found:
            data[key] = json_of(prop)
    description = None
    if "X-TIMELINE-SUMMARY" not in found and "DESCRIPTION" in found:
        description = unescape_text(found["DESCRIPTION"][2])
    return _own_from_data(data, description, block, reader)


# -- foreign events --------------------------------------------------------------


def _label(text: str) -> str:
    """A foreign one-line text as a model label: controls become spaces."""
    return _CONTROLS.sub(" ", text).strip()


def _people(
    component: icalendar.Component, extras: list[str]
) -> tuple[list[Participant], list[Delegation]]:
    participants: list[Participant] = []
    delegations: list[Delegation] = []
    seen: set[str] = set()
    entries: list[tuple[Any, bool]] = []
    attendees = component.get("ATTENDEE", [])
    entries.extend((a, False) for a in (attendees if isinstance(attendees, list) else [attendees]))
    organizers = component.get("ORGANIZER", [])
    # RFC 5545 allows one ORGANIZER, but feeds in the wild repeat it: keep each.
    entries[:0] = [
        (o, True) for o in (organizers if isinstance(organizers, list) else [organizers])
    ]
    for address, is_organizer in entries:
        text = _label(str(address))
        if text in seen:
            continue  # Google lists the organiser again as an attendee
        seen.add(text)
        cn = _label(str(address.params.get("CN", "")))
        name = cn or text.removeprefix("mailto:").removeprefix("MAILTO:")
        if not name:
            continue
        if cn and text and not text.startswith("urn:uuid:"):
            extras.append(f"{cn} <{text}>")
        group = str(address.params.get("CUTYPE", "")).upper() in _GROUP_CUTYPES
        ours = str(address.params.get("X-TIMELINE-ROLE", ""))
        if ours in Role.__members__.values():
            role = Role(ours)
        elif is_organizer:
            role = Role.ORGANISES if group else Role.LEADS
        else:
            role = _ROLE_FROM_ICAL.get(str(address.params.get("ROLE", "")).upper(), Role.TAKES_PART)
        if group:
            delegations.append(Delegation(organisation=Organisation(name), role=role))
        elif role in (Role.REPORTS, Role.CORRESPONDENT, Role.ORGANISES):
            participants.append(Participant(person=Person(name), role=Role.TAKES_PART))
        else:
            participants.append(Participant(person=Person(name), role=role))
    return participants, delegations


def _foreign_event(  # noqa: C901, PLR0912 - one property after another
    component: icalendar.Component, block: _Block, reader: _Reader, *, occurrence: bool = False
) -> Event:
    uid = _label(str(component.get("UID", "")))
    if not uid:
        raise reader.error("VEVENT without a UID", line=block.line, prop="UID")
    start = _when(component, "DTSTART", block, reader) if "DTSTART" in component else None
    if start is None:
        raise reader.error("VEVENT without a DTSTART", line=block.line, prop="DTSTART")
    event_id = _SPACE.sub("_", uid)
    if occurrence:
        event_id += "#" + start.isoformat()
    extras: list[str] = []
    if "DTEND" in component:
        end = _when(component, "DTEND", block, reader)
    elif "DURATION" in component:
        duration: Any = component["DURATION"]
        if not isinstance(getattr(duration, "dt", None), dt.timedelta):
            raise reader.error(
                "DURATION is not a duration", line=_line_of(block, "DURATION"), prop="DURATION"
            )
        try:
            end = start + duration.dt
        except OverflowError as exc:
            raise reader.error(
                f"DURATION {duration.dt} ends past the year 9999",
                line=_line_of(block, "DURATION"),
                prop="DURATION",
            ) from exc
    else:
        end = None
    kinds: list[EventKind] = []
    for category in _categories(component):
        if category in EventKind.__members__.values():
            kinds.append(EventKind(category))
        else:
            extras.append(f"CATEGORIES: {category}")
            if EventKind.OTHER not in kinds:
                kinds.append(EventKind.OTHER)
    participants, delegations = _people(component, extras)
    status = str(component.get("STATUS", "")).upper()
    if status and status != "CONFIRMED":
        extras.append(f"STATUS: {status}")
    for name, value in component.property_items(recursive=False):
        if name in ("BEGIN", "END") or name in _HANDLED or name.startswith("X-"):
            continue
        text = _ical_text(value)
        extras.append(f"{name}: {unescape_text(text)}")
    summary = str(component.get("DESCRIPTION", ""))
    if extras:
        summary = "\n".join([summary, *extras]) if summary else "\n".join(extras)
    location = _label(str(component.get("LOCATION", "")))
    title = _label(str(component.get("SUMMARY", "")))
    try:
        return _foreign_made(
            event_id=event_id,
            title=title,
            kinds=kinds,
            start=start,
            end=end,
            summary=summary,
            participants=participants,
            delegations=delegations,
            location=location,
        )
    except InvalidEventError as exc:
        raise reader.error(exc.message, line=block.line, prop=exc.field) from exc


def _foreign_made(  # noqa: PLR0913 - the parts of a foreign VEVENT the model holds
    *,
    event_id: str,
    title: str,
    kinds: list[EventKind],
    start: dt.date,
    end: dt.date | None,
    summary: str,
    participants: list[Participant],
    delegations: list[Delegation],
    location: str,
) -> Event:
    """The event a foreign VEVENT's parts make; raises InvalidEventError."""
    fields: dict[str, Any] = {
        "id": event_id,
        "title": title or "(无标题)",
        "kinds": kinds,
        "start": start,
        "summary": summary,
        "participants": participants,
        "delegations": delegations,
        "locations": [Location(location)] if location else [],
    }
    if end is not None:
        fields["end"] = end
    return Event(**fields)


# -- foreign events, fast ----------------------------------------------------------

#: One parameter as icalendar reads it without doubt: a token name, then a
#: quoted value or an unquoted one with none of the characters icalendar
#: splits on, strips around or refuses (controls, quotes, backslashes,
#: ``,:;=``), then the delimiter after it.
_FOREIGN_PARAM: Final = re.compile(
    r'([A-Za-z0-9-]+)=(?:"([^\x00-\x1f\x7f"\\]*)"|([^\x00-\x1f\x7f"\\,:;=]*))([;:])'
)
_OWN_ID: Final = ("X-TIMELINE-ID:", "X-TIMELINE-ID;")
#: Properties read once; a second one changes what the slow path does.
_FOREIGN_ONCE: Final = frozenset(
    {"UID", "SUMMARY", "DESCRIPTION", "LOCATION", "STATUS", "DTSTART", "DTEND", "DURATION", "URL"}
)
#: Properties the slow path parses (so a bad value is an error) but ignores.
_FOREIGN_STAMPS: Final = frozenset({"DTSTAMP", "CREATED", "LAST-MODIFIED"})
_FOREIGN_INTEGERS: Final = frozenset({"SEQUENCE", "PRIORITY"})
#: TEXT properties the slow path ignores: any value parses.
_FOREIGN_IGNORED: Final = frozenset({"TRANSP", "CLASS"})
_DATE_TYPES: Final = frozenset({"DATE", "DATE-TIME"})
#: VALARM properties by how icalendar parses them.
_ALARM_TIMES: Final = frozenset({"TRIGGER", "DURATION", "ACKNOWLEDGED"})
_ALARM_TEXTS: Final = frozenset({"ACTION", "DESCRIPTION", "SUMMARY", "UID"})


class _Address(str):
    """A CAL-ADDRESS value and its parameters, shaped as :func:`_people` reads one."""

    __slots__ = ("params",)
    params: dict[str, str]


def _foreign_params(rest: str) -> tuple[dict[str, str], str] | None:
    """
    Parameters (upper-case names) and value, exactly as icalendar reads them.

    None when icalendar might read the parameters otherwise (whitespace it
    strips, lists, backslashes, characters it refuses): the slow path decides.
    """
    if rest[0] == ":":
        return {}, rest[1:]
    params: dict[str, str] = {}
    pos = 1
    while True:
        match = _FOREIGN_PARAM.match(rest, pos)
        if match is None:
            return None
        value = match[2]
        if value is None:
            value = match[3]
            if value and (value[0].isspace() or value[-1].isspace()):
                return None  # icalendar strips some of it, depending on the line
        if "^" in value:
            value = rfc_6868_unescape(value)
        params[match[1].upper()] = value
        pos = match.end()
        if match[4] == ":":
            return params, rest[pos:]


def _parses(value: str, tzid: str | None = None) -> Any:  # noqa: ANN401 - what icalendar makes of it
    """``value`` read as icalendar's parser reads a DATE-TIME property; None if that fails."""
    try:
        # The same call as the parser's, so the same zone look-up, quirks and all.
        if tzid:
            return vDDDTypes.from_ical(value, tzid)  # type: ignore[no-untyped-call]  # unannotated
        return vDDDTypes.from_ical(value)  # type: ignore[no-untyped-call]  # unannotated
    # The slow path reports whatever icalendar raises: never guess it here.
    except Exception:  # noqa: BLE001
        return None


def _foreign_when(params: dict[str, str], value: str, reader: _Reader) -> dt.date | None:
    """DTSTART or DTEND as :func:`_when` reads it; None where it would raise."""
    tzid = params.get("TZID")
    parsed = _parses(value, tzid)
    if isinstance(parsed, dt.datetime) and parsed.tzinfo is None:
        if tzid is not None:
            timezone = reader.timezones.get(tzid)
            if timezone is None:
                return None
            return parsed.replace(tzinfo=timezone.to_tz())
        if reader.default_zone is None:
            return None
        return parsed.replace(tzinfo=reader.default_zone)
    return parsed if isinstance(parsed, dt.date) else None


def _alarm_line_ok(name: str, params: dict[str, str], value: str) -> bool:
    """Whether icalendar parses this VALARM line without an error (the slow path checks)."""
    if "VALUE" in params:
        return False
    if name in _ALARM_TIMES:
        return _parses(value) is not None
    if name == "REPEAT":
        try:
            int(value)  # as icalendar's vInt reads it
        except ValueError:
            return False
        return True
    if name == "ATTENDEE":
        return "\\" not in value and "\r" not in value
    return name in _ALARM_TEXTS or name.startswith("X-")


def _foreign_fast(block: _Block, reader: _Reader) -> Event | None:  # noqa: C901, PLR0911, PLR0912 - a linear scan with early exits
    """
    Read a foreign VEVENT without icalendar's object graph; None if unsure.

    The common shape (Google, Thunderbird: text, times, people, categories,
    reminders) is read from the content lines, giving exactly the event
    :func:`_foreign_event` gives. Anything else (a subcomponent, recurrence,
    an unknown property, a parameter icalendar might read otherwise, any
    error) returns None and the block goes through icalendar, which reports
    errors as before.
    """
    lines = block.lines
    if (
        lines[0].upper() != "BEGIN:VEVENT"
        or lines[-1].upper() != "END:VEVENT"
        or any(line.startswith(_OWN_ID) for line in lines)
    ):
        return None
    once: dict[str, tuple[dict[str, str], str]] = {}
    categories: list[str] = []
    organizers: list[_Address] = []
    attendees: list[_Address] = []
    seen: set[str] = set()
    alarm = False
    for index in range(1, len(lines) - 1):
        line = lines[index]
        match = _NAME.match(line)
        if match is None:
            return None
        name = match[0].upper()
        if name in ("BEGIN", "END"):
            # A VALARM (Google adds one to most events) is no part of the
            # event; any other subcomponent goes the slow way.
            if line.upper() != ("END:VALARM" if alarm else "BEGIN:VALARM"):
                return None
            alarm = not alarm
            continue
        if name == "X-TIMELINE-ID":
            return None
        split = _foreign_params(line[match.end() :])
        if split is None:
            return None
        params, value = split
        if alarm:
            if not _alarm_line_ok(name, params, value):
                return None
            continue
        if "VALUE" in params and not (
            name in ("DTSTART", "DTEND") and params["VALUE"].upper() in _DATE_TYPES
        ):
            return None  # another value type: icalendar reads it another way
        if name in _OWN_WANTED and name != "CATEGORIES":
            # _own_fast (which reads what this declines) refuses a second one.
            if name in seen:
                return None
            seen.add(name)
        if name in _FOREIGN_ONCE:
            if name in once or (name == "URL" and ("\\" in value or "\r" in value)):
                return None  # a URL icalendar would unescape, or refuse
            once[name] = (params, value)
        elif name in ("ATTENDEE", "ORGANIZER"):
            if "\\" in value or "\r" in value:
                return None
            address = _Address(value)
            address.params = params
            (organizers if name == "ORGANIZER" else attendees).append(address)
        elif name == "CATEGORIES":
            categories.extend(split_on_unescaped_comma(value))
        elif name in _FOREIGN_STAMPS:
            if _parses(value) is None:
                return None
        elif name in _FOREIGN_INTEGERS:
            try:
                int(value)  # as icalendar's vInt reads it
            except ValueError:
                return None
        elif not (name in _FOREIGN_IGNORED or name.startswith("X-")):
            return None  # recurrence, or a property the extras would render
    if alarm:
        return None
    return _foreign_fields(once, categories, organizers, attendees, reader)


def _foreign_fields(  # noqa: C901, PLR0911, PLR0912 - one property after another, as _foreign_event
    once: dict[str, tuple[dict[str, str], str]],
    categories: list[str],
    organizers: list[_Address],
    attendees: list[_Address],
    reader: _Reader,
) -> Event | None:
    """The event :func:`_foreign_event` makes of these properties; None where it raises."""
    uid = _label(unescape_backslash(once["UID"][1])) if "UID" in once else ""
    if not uid or "DTSTART" not in once:
        return None
    start = _foreign_when(*once["DTSTART"], reader)
    if start is None:
        return None
    end: dt.date | None = None
    if "DTEND" in once:
        end = _foreign_when(*once["DTEND"], reader)
        if end is None:
            return None
    if "DURATION" in once:
        duration = _parses(once["DURATION"][1])
        if end is None:
            if not isinstance(duration, dt.timedelta):
                return None
            try:
                end = start + duration
            except OverflowError:
                return None
        elif duration is None:
            return None
    extras: list[str] = []
    kinds: list[EventKind] = []
    for category in categories:
        if category in EventKind.__members__.values():
            kinds.append(EventKind(category))
        else:
            extras.append(f"CATEGORIES: {category}")
            if EventKind.OTHER not in kinds:
                kinds.append(EventKind.OTHER)
    people = {"ATTENDEE": attendees, "ORGANIZER": organizers}
    # _people reads .get(name, []), str(address) and address.params: these give it.
    participants, delegations = _people(cast("icalendar.Component", people), extras)
    status = unescape_backslash(once["STATUS"][1]).upper() if "STATUS" in once else ""
    if status and status != "CONFIRMED":
        extras.append(f"STATUS: {status}")
    if "URL" in once:  # the one extra property read here: its text is the value
        extras.append(f"URL: {once['URL'][1]}")
    summary = unescape_backslash(once["DESCRIPTION"][1]) if "DESCRIPTION" in once else ""
    if extras:
        summary = "\n".join([summary, *extras]) if summary else "\n".join(extras)
    location = _label(unescape_backslash(once["LOCATION"][1])) if "LOCATION" in once else ""
    title = _label(unescape_backslash(once["SUMMARY"][1])) if "SUMMARY" in once else ""
    try:
        return _foreign_made(
            event_id=_SPACE.sub("_", uid),
            title=title,
            kinds=kinds,
            start=start,
            end=end,
            summary=summary,
            participants=participants,
            delegations=delegations,
            location=location,
        )
    except InvalidEventError:
        return None  # the slow path raises it with its line


# -- the reading loop --------------------------------------------------------------


def _events(blocks: Iterator[_Block], reader: _Reader) -> Iterator[Event]:
    for block in blocks:
        if block.name == "VTIMEZONE":
            tz = _parse(block, reader)
            reader.timezones[str(tz.get("TZID", ""))] = tz  # type: ignore[assignment]
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
            reader.recurring.append((component, block.line))
            continue
        if "X-TIMELINE-ID" in component:
            yield _once(_own_event(component, block, reader), block.line, reader)
        else:
            yield _once(_foreign_event(component, block, reader), block.line, reader)
    yield from _expand(reader)


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

    They are drawn span by span and counted with the components against
    MAX_EVENTS, so FREQ=SECONDLY over a year stops at the limit instead of
    building millions of events first.
    """
    if not reader.recurring or reader.expand is None:
        return
    import recurring_ical_events  # noqa: PLC0415 - only recurring feeds need it
    from recurring_ical_events.util import compare_greater  # noqa: PLC0415 - as above

    calendar = icalendar.Calendar()
    for tz in reader.timezones.values():
        calendar.add_component(tz)
    for component, _ in reader.recurring:
        calendar.add_component(component)
    first, last = reader.expand
    line = reader.recurring[0][1]
    block = _Block("VEVENT", line)
    span_start = dt.datetime.combine(first, dt.time())
    stop = dt.datetime.combine(last, dt.time())
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


def _count_occurrence(reader: _Reader, line: int) -> None:
    reader.components += 1
    if reader.components > MAX_EVENTS:
        raise reader.error(
            f"more than {MAX_EVENTS} components and occurrences of recurring events "
            "(narrow the expand window)",
            line=line,
            prop="RRULE",
        )


def _expand_error(reader: _Reader, exc: Exception) -> IcsReadError:
    return reader.error(
        f"cannot expand recurring events: {exc}", line=reader.recurring[0][1], prop="RRULE"
    )


def _floating_zone(floating: ZoneInfo | None, source: str | None) -> ZoneInfo | None:
    if floating is not None and not isinstance(floating, ZoneInfo):
        raise IcsReadError(
            f"floating must be a zoneinfo.ZoneInfo, got {type(floating).__name__}", path=source
        )
    return floating


def iter_ics(
    stream: IO[bytes] | Iterable[bytes],
    *,
    source: str | None = None,
    expand: tuple[dt.date, dt.date] | None = None,
    floating: ZoneInfo | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Event]:
    """
    Read events one by one from a binary stream of iCalendar data.

    Args:
        stream: An open binary file, or any iterable of lines as bytes.
        source: The file name for error messages.
        expand: ``(first, last)`` days: expand recurring events into their
            occurrences from 00:00 of ``first`` up to 00:00 of ``last``
            (``last`` itself is not included). Without it a recurring event
            is an error, since the model holds single events.
        floating: The zone to read floating times (no ``TZID``, no ``Z``)
            in when the feed names none in ``X-WR-TIMEZONE`` (which wins:
            it is the feed's own statement). Without either, a floating
            time is an error.
        max_bytes: Refuse inputs larger than this.

    Raises:
        IcsReadError: Naming the file, line and property, for malformed or
            over-large input, unknown time zones, floating times without a
            zone to read them in, unsupported components and recurring
            events without a window.
    """
    reader = _Reader(source, expand, default_zone=_floating_zone(floating, source))
    physical = _physical_lines(stream, reader, max_bytes)
    yield from _events(_blocks(_content_lines(physical, reader), reader), reader)


def from_ics(
    data: bytes,
    *,
    source: str | None = None,
    expand: tuple[dt.date, dt.date] | None = None,
    floating: ZoneInfo | None = None,
    max_bytes: int = MAX_BYTES,
) -> tuple[Event, ...]:
    """
    Read the events of an iCalendar feed, in feed order.

    ``from_ics(to_ics(events))`` gives back the events (sorted as the feed
    sorts them). Takes the same options as :func:`iter_ics`.

    Raises:
        IcsReadError: See :func:`iter_ics`.
    """
    if not isinstance(data, bytes):
        raise IcsReadError("iCalendar data must be bytes (UTF-8)", path=source)
    if len(data) > max_bytes:
        raise IcsReadError(f"input larger than {max_bytes} bytes", path=source)
    return tuple(
        # BytesIO yields one line at a time; a list of every line would
        # double the memory a large feed needs.
        iter_ics(
            io.BytesIO(data),
            source=source,
            expand=expand,
            floating=floating,
            max_bytes=max_bytes,
        )
    )


def read_ics(
    path: str | os.PathLike[str],
    *,
    expand: tuple[dt.date, dt.date] | None = None,
    floating: ZoneInfo | None = None,
    max_bytes: int = MAX_BYTES,
) -> tuple[Event, ...]:
    """
    Read an ``.ics`` file, streaming it; see :func:`iter_ics` for the options.

    Raises:
        IcsReadError: For bad content, naming the file.
        ReadError: When the file cannot be opened.
    """
    name = os.fspath(path)
    try:
        handle = Path(name).open("rb")  # noqa: SIM115 - closed below, errors mapped first
    except OSError as exc:
        raise IcsReadError(exc.strerror or str(exc), path=name) from exc
    with handle:
        return tuple(
            iter_ics(handle, source=name, expand=expand, floating=floating, max_bytes=max_bytes)
        )
