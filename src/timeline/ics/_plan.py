"""
The plan of a VEVENT: which properties, in which order, with which values.

``ROWS`` is the one table of a VEVENT's properties, in output order: each
one's name and the kind of value it holds. ``plan`` works out an event's
value for every row (None: the property is left out) into a ``Plan``, a
tuple in the same order. Both serialisers walk the two side by side: the
fast one in ``timeline.ics._vevent`` writes each value straight to bytes,
and [`to_calendar`][timeline.to_calendar] turns each into an ``icalendar``
property. Neither spells out a property, a condition or the order again;
the property test that ``to_ics(events) == to_calendar(events).to_ical()``
checks that the two write each kind alike.
The policy:

* property order is ``icalendar``'s canonical order (SUMMARY, DTSTART,
  DTEND, DTSTAMP, UID, then the rest alphabetically), so the fast path and
  ``Calendar.to_ical()`` agree byte for byte;
* display text (SUMMARY, LOCATION, DESCRIPTION) has control characters
  replaced (``timeline.ics._text.display``), and CN parameters are one
  line with every control a space (``timeline.ics._text.param_text``);
  lossless copies travel as JSON in ``X-TIMELINE-*`` properties;
* datetimes in a named ``ZoneInfo`` keep their zone (``TZID``); any other
  aware datetime, and a wall time the zone repeats, is written in UTC;
  fractions of a second are rounded (``normalise``).

The mapping is documented in ``docs/icalendar.md``.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import uuid
from typing import Any, Final, NamedTuple, TypeAlias
from zoneinfo import ZoneInfo

import attrs

from timeline._codec import (
    delegations_data,
    headcounts_data,
    locations_data,
    participants_data,
    source_data,
)
from timeline.ics._describe import ZH_WORDS, Words, describe, needs_summary
from timeline.ics._text import display, param_text
from timeline.model import Delegation, Event, EventKind, Participant, Role

__all__ = [
    "ATTENDEES",
    "CATEGORIES",
    "ICAL_ROLE",
    "JSON",
    "JSON_FIELDS",
    "ORGANIZER",
    "ROLE_PARAMS",
    "ROWS",
    "TEXT",
    "UID_DOMAIN",
    "WHEN",
    "ZONE_PARAM",
    "Address",
    "Params",
    "Parties",
    "Party",
    "Plan",
    "Row",
    "Written",
    "attendee",
    "chair",
    "cn",
    "dtstamp_for",
    "group_attendee",
    "group_organizer",
    "location_text",
    "needs_title",
    "normalise",
    "organisation_address",
    "organizer",
    "parties",
    "person_address",
    "person_attendee",
    "person_organizer",
    "person_params",
    "plan",
    "uid_for",
    "written",
    "written_span",
    "zone_kept",
]

#: The fixed domain under which every UID is minted. ``.invalid`` is
#: reserved (RFC 2606), so our UIDs can never collide with anyone's real ones.
UID_DOMAIN: Final = "timeline.invalid"

_NS_EVENT: Final = uuid.uuid5(uuid.NAMESPACE_DNS, f"event.{UID_DOMAIN}")
_NS_PERSON: Final = uuid.uuid5(uuid.NAMESPACE_DNS, f"person.{UID_DOMAIN}")
_NS_ORG: Final = uuid.uuid5(uuid.NAMESPACE_DNS, f"organisation.{UID_DOMAIN}")
_NS_EVENT_BYTES: Final = _NS_EVENT.bytes

# The kinds of value a row holds; each serialiser has one writer per kind.
#: Display text (``display``), written as TEXT.
TEXT: Final = 0
#: JSON-ready data (``_codec``'s shapes), written as TEXT holding ``json_value``.
JSON: Final = 1
#: A ``Written`` date or datetime.
WHEN: Final = 2
#: The event's kinds, one CATEGORIES list.
CATEGORIES: Final = 3
#: ``Parties``, one ATTENDEE each.
ATTENDEES: Final = 4
#: One party, as ORGANIZER.
ORGANIZER: Final = 5

#: Parameters of a property, in the order they are written.
Params: TypeAlias = tuple[tuple[str, str], ...]
#: A calendar address: its parameters and its URI.
Address: TypeAlias = tuple[Params, str]
#: A date or datetime as written (``normalise``); a time written in UTC
#: that must be read back in its zone comes paired with that parameter.
Written: TypeAlias = dt.date | tuple[dt.datetime, Params]
#: Who an ATTENDEE or ORGANIZER names: a person or a body.
Party: TypeAlias = Participant | Delegation
#: The ATTENDEEs of an event: people, then bodies (two tuples, not one, so
#: that a serialiser need not ask each party which it is).
Parties: TypeAlias = tuple[tuple[Participant, ...], tuple[Delegation, ...]]

_UTC: Final = dt.UTC
# icalendar writes these zones as UTC ("Z") without a TZID; so do we.
_UTC_KEYS: Final = frozenset({"UTC", "Etc/UTC", "Etc/Zulu", "Zulu", "Etc/Universal", "Universal"})

#: iCalendar ROLE for each of our roles (see docs/icalendar.md for why).
ICAL_ROLE: Final = {
    Role.LEADS: "CHAIR",
    Role.ORGANISES: "CHAIR",
    Role.TAKES_PART: "REQ-PARTICIPANT",
    Role.SPEAKS: "REQ-PARTICIPANT",
    Role.JUDGES: "REQ-PARTICIPANT",
    Role.ELECTED: "REQ-PARTICIPANT",
    Role.ACCOMPANIES: "OPT-PARTICIPANT",
    Role.GUIDES: "OPT-PARTICIPANT",
    Role.REPORTS: "NON-PARTICIPANT",
    Role.CORRESPONDENT: "NON-PARTICIPANT",
}


def uid_for(event: Event) -> str:
    """
    The event's UID: a UUID 5 of its source document and id, at our domain.

    The same event carried by any feed gets the same UID; a different
    document with a clashing id does not.
    """
    document = event.source.document if event.source is not None else ""
    name = document + "\n" + event.id
    return f"{_uuid5(_NS_EVENT_BYTES, name)}@{UID_DOMAIN}"


def _uuid5(namespace: bytes, name: str) -> str:
    """``str(uuid.uuid5(namespace, name))`` without building a ``UUID`` (a third of the cost)."""
    digest = bytearray(hashlib.sha1(namespace + name.encode(), usedforsecurity=False).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@functools.lru_cache(maxsize=16384)  # names repeat across events; bounded
def person_address(name: str) -> str:
    """A calendar address for a person: ``urn:uuid:`` of the name, never an e-mail."""
    return f"urn:uuid:{uuid.uuid5(_NS_PERSON, name)}"


@functools.lru_cache(maxsize=16384)
def organisation_address(name: str, parent: str) -> str:
    """A calendar address for an organisation, from its name and parent."""
    key = parent + "\n" + name
    return f"urn:uuid:{uuid.uuid5(_NS_ORG, key)}"


#: The parameter that carries a zone's name on a time written in UTC (an
#: ambiguous wall time; see ``normalise``), so our reader puts it back.
ZONE_PARAM: Final = "X-TIMELINE-TZID"
_SECOND: Final = dt.timedelta(seconds=1)
_HALF_SECOND: Final = dt.timedelta(microseconds=500_000)


def normalise(value: dt.datetime) -> dt.datetime:
    """
    A datetime as it will be written: its named zone kept, else UTC; whole seconds.

    iCalendar has whole seconds, so a fraction is rounded to the nearest one
    (half up). A wall time that a zone repeats (the second 02:30 of a
    clocks-back night, ``fold=1``, and the first one too) is written in UTC:
    RFC 5545 reads an ambiguous ``TZID`` time as its first occurrence, and
    not every reader follows even that, while a UTC time means one instant
    to all of them. ``zone_kept`` names the zone to read it back in.
    """
    zone = value.tzinfo
    if value.microsecond:
        value = _rounded(value)
    # ZoneInfo.key is None for zones loaded from a file: no name to write.
    key: str | None = zone.key if isinstance(zone, ZoneInfo) else None
    if key is None or key in _UTC_KEYS or _ambiguous(value):
        return value.astimezone(_UTC)
    return value


def _rounded(value: dt.datetime) -> dt.datetime:
    """``value`` rounded to the nearest whole second, through UTC (so DST cannot shift it)."""
    utc = (value.astimezone(_UTC) + _HALF_SECOND).replace(microsecond=0)
    return utc.astimezone(value.tzinfo)


def _ambiguous(value: dt.datetime) -> bool:
    """Whether ``value``'s wall time occurs twice in its zone (a clocks-back hour)."""
    return value.replace(fold=1 - value.fold).utcoffset() != value.utcoffset()


def zone_kept(value: dt.datetime) -> str | None:
    """The zone an ambiguous time written in UTC is read back in (``ZONE_PARAM``)."""
    zone = value.tzinfo
    key: str | None = zone.key if isinstance(zone, ZoneInfo) else None
    if key is None or key in _UTC_KEYS:
        return None
    if value.microsecond:
        value = _rounded(value)
    return key if _ambiguous(value) else None


def written_span(start: dt.datetime, end: dt.datetime) -> tuple[dt.datetime, dt.datetime | None]:
    """
    DTSTART and DTEND as written (``normalise``); DTEND None when it equals DTSTART.

    An end that rounding puts onto the start of a longer event is written
    one second later: the event keeps an end rather than losing it.
    """
    first = normalise(start)
    last = normalise(end)
    if last != first:
        return first, last
    if end.astimezone(_UTC) == start.astimezone(_UTC):
        return first, None
    return first, normalise((first.astimezone(_UTC) + _SECOND).astimezone(end.tzinfo))


def dtstamp_for(event: Event, zone: ZoneInfo) -> dt.datetime:
    """The DTSTAMP: 00:00 of the publication day (else of the start day) in ``zone``, as UTC."""
    if event.source is not None:
        day = event.source.published
    elif isinstance(event.start, dt.datetime):
        day = event.start.astimezone(zone).date()
    else:
        day = event.start
    return _midnight(day, zone)


@functools.lru_cache(maxsize=4096)  # events share publication days
def _midnight(day: dt.date, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=zone).astimezone(_UTC)


def cn(name: str) -> str:
    """A name as a CN parameter value (before quoting): one line, no raw backslash."""
    # CN is display only (the lossless name is in X-TIMELINE-*). A backslash
    # in an unquoted parameter confuses parsers that treat it as an escape,
    # icalendar's own included, so it is shown as a full-width backslash.
    # param_text, not display: display turns U+2028 into a newline, which a
    # parameter value would carry raw.
    return param_text(name).replace("\\", "\uff3c")


#: Each role's value, looked up without the enum's ``value`` property.
_ROLE_VALUE: Final = {role: role.value for role in Role}

#: The parameters an ATTENDEE's role adds, after the party's own.
ROLE_PARAMS: Final[dict[Role, Params]] = {
    role: (("ROLE", ICAL_ROLE[role]), ("X-TIMELINE-ROLE", _ROLE_VALUE[role])) for role in Role
}


# Addresses depend only on a name (and a parent, and a role); the fast
# serialiser caches their lines (not these tuples, to bound memory).
def person_params(name: str) -> Params:
    """A person's own parameters on an ATTENDEE: the name shown, and that it is one person."""
    return (("CN", cn(name)), ("CUTYPE", "INDIVIDUAL"))


def person_attendee(name: str, role: Role) -> Address:
    """The ATTENDEE address of a person taking ``role``."""
    return person_params(name) + ROLE_PARAMS[role], person_address(name)


def group_attendee(name: str, parent: str, role: Role) -> Address:
    """The ATTENDEE address of an organisation taking ``role``."""
    params = (("CN", cn(name)), ("CUTYPE", "GROUP"), *ROLE_PARAMS[role])
    return params, organisation_address(name, parent)


def person_organizer(name: str) -> Address:
    """The ORGANIZER address naming a person."""
    return (("CN", cn(name)),), person_address(name)


def group_organizer(name: str, parent: str) -> Address:
    """The ORGANIZER address naming an organisation."""
    return (("CN", cn(name)),), organisation_address(name, parent)


def attendee(party: Party) -> Address:
    """The ATTENDEE address of a participant or a delegation."""
    if isinstance(party, Participant):
        return person_attendee(party.person.name, party.role)
    return group_attendee(party.organisation.name, party.organisation.parent, party.role)


def organizer(party: Party) -> Address:
    """The ORGANIZER address of a participant or a delegation."""
    if isinstance(party, Participant):
        return person_organizer(party.person.name)
    return group_organizer(party.organisation.name, party.organisation.parent)


def parties(event: Event) -> Parties:
    """Who the event's ATTENDEEs name: its people (participants, then byline), then its bodies."""
    return event.people, event.delegations


def chair(event: Event) -> Party | None:
    """Who the ORGANIZER names: the organising body, else the leading person or body."""
    for d in event.delegations:
        if d.role is Role.ORGANISES:
            return d
    for p in event.participants:
        if p.role is Role.LEADS:
            return p
    for d in event.delegations:
        if d.role is Role.LEADS:
            return d
    return None


def location_text(event: Event) -> str:
    """LOCATION: the stops' names in tour order, as display text."""
    return display("、".join(x.name for x in event.locations))


def needs_title(raw: str, shown: str) -> bool:
    """Whether the lossless title must travel in X-TIMELINE-TITLE (SUMMARY altered it)."""
    return shown != raw or "\\N" in shown


@attrs.frozen
class Row:
    """
    One property of a VEVENT.

    Attributes:
        name: The property's name.
        kind: The kind of its value (``TEXT``, ``JSON``, ...), which says how it is written.
        field: For a ``JSON`` row, the field of ``_codec``'s event data its
            value is, which is where the reader puts it back.
    """

    name: str
    kind: int
    field: str = ""


#: Every property a VEVENT may have, in output order: ``icalendar``'s
#: canonical order (SUMMARY, DTSTART, DTEND, DTSTAMP, UID, then the rest by
#: name), so the fast serialiser and ``Calendar.to_ical()`` agree byte for
#: byte. A ``Plan`` holds one value per row, in this order.
ROWS: Final = (
    Row("SUMMARY", TEXT),
    Row("DTSTART", WHEN),
    Row("DTEND", WHEN),
    Row("DTSTAMP", WHEN),
    Row("UID", TEXT),
    Row("ATTENDEE", ATTENDEES),
    Row("CATEGORIES", CATEGORIES),
    Row("DESCRIPTION", TEXT),
    Row("LOCATION", TEXT),
    Row("ORGANIZER", ORGANIZER),
    Row("TRANSP", TEXT),
    Row("X-TIMELINE-DELEGATIONS", JSON, "delegations"),
    Row("X-TIMELINE-HEADCOUNTS", JSON, "headcounts"),
    Row("X-TIMELINE-ID", JSON, "id"),
    Row("X-TIMELINE-LOCATIONS", JSON, "locations"),
    Row("X-TIMELINE-PARTICIPANTS", JSON, "participants"),
    Row("X-TIMELINE-SOURCE", JSON, "source"),
    Row("X-TIMELINE-SUMMARY", JSON, "summary"),
    Row("X-TIMELINE-TITLE", JSON, "title"),
)

#: The X-TIMELINE-* properties holding JSON, and the field of ``_codec``'s
#: event data each one holds (what the reader decodes them into).
JSON_FIELDS: Final = {row.name: row.field for row in ROWS if row.kind == JSON}


class Plan(NamedTuple):
    """
    The value of each of ``ROWS`` for one event, in the same order; None leaves a property out.

    Each field is named after its row (``X-TIMELINE-ID`` is ``x_timeline_id``),
    which a test holds to. A named tuple, not an attrs class: one is made
    for every event written, and a serialiser walks it beside ``ROWS``.
    """

    summary: str
    dtstart: Written
    dtend: Written | None
    dtstamp: dt.datetime
    uid: str
    attendee: Parties | None
    categories: tuple[EventKind, ...] | None
    description: str | None
    location: str | None
    organizer: Party | None
    transp: str | None
    x_timeline_delegations: list[dict[str, str]] | None
    x_timeline_headcounts: list[dict[str, Any]] | None
    x_timeline_id: str
    x_timeline_locations: list[dict[str, str]] | None
    x_timeline_participants: list[dict[str, str]] | None
    x_timeline_source: dict[str, Any] | None
    x_timeline_summary: str | None
    x_timeline_title: str | None


def plan(event: Event, *, uid: str, dtstamp: dt.datetime, words: Words = ZH_WORDS) -> Plan:
    """
    The event's VEVENT: a value for every row of ``ROWS``.

    Args:
        event: The event.
        uid: Its UID (``uid_for``).
        dtstamp: Its DTSTAMP, in UTC.
        words: The language of the DESCRIPTION's facts.
    """
    title = display(event.title)
    description = describe(event, words)
    start = event.start
    timed = isinstance(start, dt.datetime)
    people, bodies = who = parties(event)
    return Plan(
        title,
        *_span(event),
        dtstamp,
        uid,
        who if people or bodies else None,
        event.kinds or None,
        description or None,
        location_text(event) if event.locations else None,
        chair(event),
        None if timed else "TRANSPARENT",  # all-day events do not block time
        *_lossless(event, title, description),
    )


def _span(event: Event) -> tuple[Written, Written | None]:
    """DTSTART and DTEND as written; DTEND None when it equals DTSTART."""
    start, end = event.start, event.end
    if not isinstance(start, dt.datetime):
        return start, end
    first, last = written_span(start, end)  # type: ignore[arg-type]  # a datetime when start is one
    if last is None:
        return written(start, first), None
    return written(start, first), written(end, last)  # type: ignore[arg-type]  # as above


def _lossless(event: Event, title: str, description: str) -> tuple[Any, ...]:
    """The X-TIMELINE-* rows' values: what the standard properties cannot carry unaltered."""
    source = event.source
    return (
        delegations_data(event.delegations) if event.delegations else None,
        headcounts_data(event.headcounts) if event.headcounts else None,
        event.id,
        locations_data(event.locations) if event.locations else None,
        participants_data(event.participants, role_first=True) if event.participants else None,
        None if source is None else source_data(source, native_dates=False, role_first=True),
        event.summary if needs_summary(event, description) else None,
        event.title if needs_title(event.title, title) else None,
    )


def written(value: dt.datetime, shown: dt.datetime) -> Written:
    """``shown`` (``value`` as ``normalise`` writes it), with the zone it is read back in if any."""
    if shown.tzinfo is _UTC:
        key = zone_kept(value)
        if key is not None:
            return shown, ((ZONE_PARAM, key),)
    return shown
