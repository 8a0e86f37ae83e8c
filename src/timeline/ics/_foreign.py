"""
Everyone else's VEVENTs: their properties to the model, and their quirks.

Foreign policy lives here only: roles from ROLE/CUTYPE, categories to kinds
and extras, STATUS, "(无标题)". A fast scanner reads the common shapes
(Google, Thunderbird) from the content lines; anything it is unsure of goes
through ``icalendar``, which also raises the errors.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any, Final, Literal, TypeAlias

import attrs
import icalendar
from icalendar.parser import rfc_6868_unescape, split_on_unescaped_comma, unescape_backslash

from timeline.errors import InvalidEventError
from timeline.ics._blocks import _NAME, _Block, _categories, _ical_text, _line_of, _Reader
from timeline.ics._own import _OWN_WANTED
from timeline.ics._text import unescape_text
from timeline.ics._when import _foreign_when, _parses, _when
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


_GROUP_CUTYPES: Final = frozenset({"GROUP", "RESOURCE", "ROOM"})


_ROLE_FROM_ICAL: Final = {
    "CHAIR": Role.LEADS,
    "REQ-PARTICIPANT": Role.TAKES_PART,
    "OPT-PARTICIPANT": Role.ACCOMPANIES,
    "NON-PARTICIPANT": Role.TAKES_PART,
}


def _label(text: str) -> str:
    """A foreign one-line text as a model label: controls become spaces."""
    return _CONTROLS.sub(" ", text).strip()


#: An ORGANIZER or ATTENDEE: its address text, its parameters (upper-case
#: names, text values) and whether it is the organiser.
_Address: TypeAlias = tuple[str, Mapping[str, str], bool]


@attrs.define
class _Fields:
    """
    The parts of a foreign VEVENT the model holds: one typed view of the event.

    The fast scanner (``_fields_from_lines``) and ``icalendar``
    (``_fields_from_component``) fill it; ``_event_of`` maps it to
    the model, so each foreign mapping (kinds, extras, people, title) is
    written once.

    Attributes:
        uid: The UID, as a one-line label.
        start: DTSTART, read.
        end: DTEND (or DTSTART + DURATION), read; None without either.
        title: SUMMARY's text.
        description: DESCRIPTION's text.
        location: LOCATION's text.
        status: STATUS, upper case.
        categories: Every category, in order.
        addresses: Organisers first, then attendees, in feed order.
        others: Any other property the model cannot hold, as ``NAME: value``.
    """

    uid: str
    start: dt.date
    end: dt.date | None
    title: str = ""
    description: str = ""
    location: str = ""
    status: str = ""
    categories: list[str] = attrs.field(factory=list)
    addresses: list[_Address] = attrs.field(factory=list)
    others: list[str] = attrs.field(factory=list)


def _role(params: Mapping[str, str], *, organizer: bool, group: bool) -> Role:
    ours = params.get("X-TIMELINE-ROLE", "")
    if ours in Role.__members__.values():
        return Role(ours)
    if organizer:
        return Role.ORGANISES if group else Role.LEADS
    return _ROLE_FROM_ICAL.get(params.get("ROLE", "").upper(), Role.TAKES_PART)


def _people(
    addresses: list[_Address], extras: list[str]
) -> tuple[list[Participant], list[Delegation]]:
    """People and bodies from ORGANIZER/ATTENDEE; foreign addresses kept in ``extras``."""
    participants: list[Participant] = []
    delegations: list[Delegation] = []
    seen: set[str] = set()
    for address, params, is_organizer in addresses:
        text = _label(address)
        if text in seen:
            continue  # Google lists the organiser again as an attendee
        seen.add(text)
        cn = _label(params.get("CN", ""))
        name = cn or text.removeprefix("mailto:").removeprefix("MAILTO:")
        if not name:
            continue
        if cn and text and not text.startswith("urn:uuid:"):
            extras.append(f"{cn} <{text}>")
        group = params.get("CUTYPE", "").upper() in _GROUP_CUTYPES
        role = _role(params, organizer=is_organizer, group=group)
        if group:
            delegations.append(Delegation(organisation=Organisation(name), role=role))
        elif role in (Role.REPORTS, Role.CORRESPONDENT, Role.ORGANISES):
            participants.append(Participant(person=Person(name), role=Role.TAKES_PART))
        else:
            participants.append(Participant(person=Person(name), role=role))
    return participants, delegations


def _kinds(categories: list[str], extras: list[str]) -> list[EventKind]:
    """Known categories as kinds; any other makes the kind ``other`` and goes to ``extras``."""
    kinds: list[EventKind] = []
    for category in categories:
        if category in EventKind.__members__.values():
            kinds.append(EventKind(category))
        else:
            extras.append(f"CATEGORIES: {category}")
            if EventKind.OTHER not in kinds:
                kinds.append(EventKind.OTHER)
    return kinds


def _event_of(fields: _Fields, *, occurrence: bool = False) -> Event:
    """The event a foreign VEVENT's view makes; raises InvalidEventError."""
    event_id = _SPACE.sub("_", fields.uid)
    if occurrence:
        event_id += "#" + fields.start.isoformat()
    extras: list[str] = []
    kinds = _kinds(fields.categories, extras)
    participants, delegations = _people(fields.addresses, extras)
    if fields.status and fields.status != "CONFIRMED":
        extras.append(f"STATUS: {fields.status}")
    extras.extend(fields.others)
    summary = "\n".join([fields.description, *extras]) if fields.description else "\n".join(extras)
    location = _label(fields.location)
    made: dict[str, Any] = {
        "id": event_id,
        "title": _label(fields.title) or "(无标题)",
        "kinds": kinds,
        "start": fields.start,
        "summary": summary,
        "participants": participants,
        "delegations": delegations,
        "locations": [Location(location)] if location else [],
    }
    if fields.end is not None:
        made["end"] = fields.end
    return Event(**made)


# -- from icalendar ------------------------------------------------------------


def _foreign_event(
    component: icalendar.Component, block: _Block, reader: _Reader, *, occurrence: bool = False
) -> Event:
    """A foreign VEVENT parsed by icalendar, as an event; errors name their line."""
    fields = _fields_from_component(component, block, reader)
    try:
        return _event_of(fields, occurrence=occurrence)
    except InvalidEventError as exc:
        raise reader.error(exc.message, line=block.line, prop=exc.field) from exc


def _addresses(component: icalendar.Component) -> list[_Address]:
    out: list[_Address] = []
    # RFC 5545 allows one ORGANIZER, but feeds in the wild repeat it: keep each.
    for name, organizer in (("ORGANIZER", True), ("ATTENDEE", False)):
        values: Any = component.get(name, [])
        for value in values if isinstance(values, list) else [values]:
            params = {str(k).upper(): str(v) for k, v in value.params.items()}
            out.append((str(value), params, organizer))
    return out


def _fields_from_component(
    component: icalendar.Component, block: _Block, reader: _Reader
) -> _Fields:
    uid = _label(str(component.get("UID", "")))
    if not uid:
        raise reader.error("VEVENT without a UID", line=block.line, prop="UID")
    if "DTSTART" not in component:
        raise reader.error("VEVENT without a DTSTART", line=block.line, prop="DTSTART")
    start = _when(component, "DTSTART", block, reader)
    others = [
        f"{name}: {unescape_text(_ical_text(value))}"
        for name, value in component.property_items(recursive=False)
        if not (name in ("BEGIN", "END") or name in _HANDLED or name.startswith("X-"))
    ]
    return _Fields(
        uid=uid,
        start=start,
        end=_end(component, start, block, reader),
        title=str(component.get("SUMMARY", "")),
        description=str(component.get("DESCRIPTION", "")),
        location=str(component.get("LOCATION", "")),
        status=str(component.get("STATUS", "")).upper(),
        categories=_categories(component),
        addresses=_addresses(component),
        others=others,
    )


def _end(
    component: icalendar.Component, start: dt.date, block: _Block, reader: _Reader
) -> dt.date | None:
    """DTEND, else DTSTART + DURATION, else None."""
    if "DTEND" in component:
        end: dt.date = _when(component, "DTEND", block, reader)
        return end
    if "DURATION" not in component:
        return None
    duration: Any = component["DURATION"]
    line = _line_of(block, "DURATION")
    if not isinstance(getattr(duration, "dt", None), dt.timedelta):
        raise reader.error("DURATION is not a duration", line=line, prop="DURATION")
    try:
        return start + duration.dt  # type: ignore[no-any-return]  # a date or datetime
    except OverflowError as exc:
        raise reader.error(
            f"DURATION {duration.dt} ends past the year 9999", line=line, prop="DURATION"
        ) from exc


# -- fast, from the content lines ------------------------------------------------


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


@attrs.define
class _Scan:
    """What the fast scanner has read of one VEVENT so far."""

    once: dict[str, tuple[dict[str, str], str]] = attrs.field(factory=dict)
    categories: list[str] = attrs.field(factory=list)
    addresses: list[_Address] = attrs.field(factory=list)
    seen: set[str] = attrs.field(factory=set)
    alarm: bool = False


def _foreign_fast(block: _Block, reader: _Reader) -> Event | None:
    """
    Read a foreign VEVENT without icalendar's object graph; None if unsure.

    The common shape (Google, Thunderbird: text, times, people, categories,
    reminders) is read from the content lines, giving exactly the event
    ``_foreign_event`` gives. Anything else (a subcomponent, recurrence,
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
    scan = _Scan()
    for index in range(1, len(lines) - 1):
        if not _scan_line(lines[index], scan):
            return None
    if scan.alarm:
        return None
    fields = _fields_from_scan(scan, reader)
    if fields is None:
        return None
    try:
        return _event_of(fields)
    except InvalidEventError:
        return None  # the slow path raises it with its line


def _scan_line(line: str, scan: _Scan) -> bool:  # noqa: PLR0911 - each exit declines one shape
    """Take one content line into ``scan``; False where icalendar might read it otherwise."""
    match = _NAME.match(line)
    if match is None:
        return False
    name = match[0].upper()
    if name in ("BEGIN", "END"):
        # A VALARM (Google adds one to most events) is no part of the
        # event; any other subcomponent goes the slow way.
        if line.upper() != ("END:VALARM" if scan.alarm else "BEGIN:VALARM"):
            return False
        scan.alarm = not scan.alarm
        return True
    split = None if name == "X-TIMELINE-ID" else _foreign_params(line[match.end() :])
    if split is None:
        return False
    params, value = split
    if scan.alarm:
        return _alarm_line_ok(name, params, value)
    if "VALUE" in params and not (
        name in ("DTSTART", "DTEND") and params["VALUE"].upper() in _DATE_TYPES
    ):
        return False  # another value type: icalendar reads it another way
    if name in _OWN_WANTED and name != "CATEGORIES":
        # _own_fast (which reads what this declines) refuses a second one.
        if name in scan.seen:
            return False
        scan.seen.add(name)
    return _scan_property(name, params, value, scan)


def _scan_property(name: str, params: dict[str, str], value: str, scan: _Scan) -> bool:  # noqa: PLR0911 - one answer per kind of property
    """One VEVENT property into ``scan``; False where the slow path must decide."""
    if name in _FOREIGN_ONCE:
        if name in scan.once or (name == "URL" and ("\\" in value or "\r" in value)):
            return False  # a URL icalendar would unescape, or refuse
        scan.once[name] = (params, value)
        return True
    if name in ("ATTENDEE", "ORGANIZER"):
        if "\\" in value or "\r" in value:
            return False
        address = (value, params, name == "ORGANIZER")
        if name == "ORGANIZER":  # organisers come first, as _addresses orders them
            organizers = sum(1 for a in scan.addresses if a[2])
            scan.addresses.insert(organizers, address)
        else:
            scan.addresses.append(address)
        return True
    if name == "CATEGORIES":
        scan.categories.extend(split_on_unescaped_comma(value))
        return True
    if name in _FOREIGN_STAMPS:
        return _parses(value) is not None
    if name in _FOREIGN_INTEGERS:
        return _integer(value)
    return name in _FOREIGN_IGNORED or name.startswith("X-")  # else recurrence, or an extra


def _integer(value: str) -> bool:
    try:
        int(value)  # as icalendar's vInt reads it
    except ValueError:
        return False
    return True


def _text(scan: _Scan, name: str) -> str:
    return unescape_backslash(scan.once[name][1]) if name in scan.once else ""


def _fields_from_scan(scan: _Scan, reader: _Reader) -> _Fields | None:
    """The view ``_fields_from_component`` makes of these lines; None where it raises."""
    once = scan.once
    uid = _label(_text(scan, "UID"))
    start = _foreign_when(*once["DTSTART"], reader) if uid and "DTSTART" in once else None
    if start is None:
        return None
    end = _fast_end(scan, start, reader)
    if end is False:
        return None
    # URL is the one extra property read here: its text is the value.
    others = [f"URL: {once['URL'][1]}"] if "URL" in once else []
    return _Fields(
        uid=uid,
        start=start,
        end=end,
        title=_text(scan, "SUMMARY"),
        description=_text(scan, "DESCRIPTION"),
        location=_text(scan, "LOCATION"),
        status=_text(scan, "STATUS").upper(),
        categories=scan.categories,
        addresses=scan.addresses,
        others=others,
    )


def _fast_end(scan: _Scan, start: dt.date, reader: _Reader) -> dt.date | Literal[False] | None:
    """DTEND, else DTSTART + DURATION, else None; False where the slow path raises."""
    once = scan.once
    end: dt.date | None = None
    if "DTEND" in once:
        end = _foreign_when(*once["DTEND"], reader)
        if end is None:
            return False
    if "DURATION" not in once:
        return end
    duration = _parses(once["DURATION"][1])
    if end is not None:
        return end if duration is not None else False
    if not isinstance(duration, dt.timedelta):
        return False
    try:
        return start + duration
    except OverflowError:
        return False
