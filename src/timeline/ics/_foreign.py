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
from typing import Any, Final, cast

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
