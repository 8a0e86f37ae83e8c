"""
The fast VEVENT serialiser: a ``_plan.Plan`` straight to bytes.

One writer per kind of row turns a row's value into its content line(s);
``vevent`` walks ``_plan.ROWS`` beside the plan's values and joins the
lines. Nothing here decides which properties an event has or in which
order: that is the table's, which [`to_calendar`][timeline.to_calendar]
walks too. What is here is how to write each kind as ``icalendar`` would,
on whole strings, and the caches that make a big feed cheap: lines that
depend only on a name (and a role), a day or a stamp are made once. The
property tests prove the bytes equal ``icalendar``'s for the same plans.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any, Final

from timeline.ics._plan import (
    ATTENDEES,
    CATEGORIES,
    JSON,
    ORGANIZER,
    ROLE_PARAMS,
    ROWS,
    TEXT,
    WHEN,
    Params,
    Parties,
    Party,
    Plan,
    Written,
    group_attendee,
    group_organizer,
    person_address,
    person_organizer,
    person_params,
)
from timeline.ics._text import escape_text, fold, json_value, param_value
from timeline.model import EventKind, Participant, Role

__all__ = ["address_line", "person_attendee_line", "vevent"]

_BEGIN: Final = b"BEGIN:VEVENT"
_END: Final = b"END:VEVENT\r\n"


def _stamp(value: dt.datetime) -> str:
    return (
        f"{value.year:04d}{value.month:02d}{value.day:02d}"
        f"T{value.hour:02d}{value.minute:02d}{value.second:02d}"
    )


def _params(params: Params) -> str:
    """Parameters as written after the name: ``;KEY=value`` each, quoted as icalendar quotes."""
    return "".join(f";{key}={param_value(key, value)}" for key, value in params)


def address_line(name: str, params: Params, address: str) -> bytes:
    """An ATTENDEE or ORGANIZER line (``_plan``'s addresses), folded."""
    return fold(f"{name}{_params(params)}:{address}")


@functools.lru_cache(maxsize=1024)
def _param(name: str, value: str) -> str:
    return param_value(name, value)


@functools.lru_cache(maxsize=16384)  # days and stamps recur across events
def _plain_when(name: str, value: dt.date) -> bytes:
    """A date, or a UTC datetime, without parameters (those icalendar adds aside)."""
    if not isinstance(value, dt.datetime):
        return f"{name};VALUE=DATE:{value.year:04d}{value.month:02d}{value.day:02d}".encode()
    return f"{name}:{_stamp(value)}Z".encode()


def _when(name: str, value: Written) -> bytes:
    """A DTSTART, DTEND or DTSTAMP line."""
    if isinstance(value, tuple):  # a UTC time, with the zone it is read back in
        shown, params = value
        return fold(f"{name}{_params(params)}:{_stamp(shown)}Z")
    if not isinstance(value, dt.datetime) or value.tzinfo is dt.UTC:
        return _plain_when(name, value)
    # normalise keeps only named zones; icalendar writes the TZID itself.
    return fold(f"{name};TZID={_param('TZID', value.tzinfo.key)}:{_stamp(value)}")  # type: ignore[union-attr]


@functools.lru_cache(maxsize=1024)
def _categories(name: str, kinds: tuple[EventKind, ...]) -> bytes:
    return fold(f"{name}:{','.join(escape_text(k.value) for k in kinds)}")


# A person takes many roles across a big feed, more (name, role) pairs than
# the line cache holds, so a miss must be cheap: two lookups, one join, one fold.
_ROLE_TEXT: Final = {role: _params(params) for role, params in ROLE_PARAMS.items()}


@functools.lru_cache(maxsize=16384)  # people recur across events; bounded
def _person_head(name: str, person: str) -> tuple[str, str]:
    """What a person's ATTENDEE line holds whatever the role: its head and address."""
    return f"{name}{_params(person_params(person))}", person_address(person)


@functools.lru_cache(maxsize=16384)
def person_attendee_line(name: str, person: str, role: Role) -> bytes:
    """The ATTENDEE line of ``person`` taking ``role`` (``_plan.person_attendee``)."""
    head, address = _person_head(name, person)
    return fold(f"{head}{_ROLE_TEXT[role]}:{address}")


@functools.lru_cache(maxsize=16384)
def _group_attendee(name: str, body: str, parent: str, role: Role) -> bytes:
    return address_line(name, *group_attendee(body, parent, role))


def _attendees(name: str, value: Parties) -> bytes:
    people, bodies = value
    lines = [person_attendee_line(name, p.person.name, p.role) for p in people]
    if bodies:
        lines.extend(
            _group_attendee(name, d.organisation.name, d.organisation.parent, d.role)
            for d in bodies
        )
    return b"\r\n".join(lines)


@functools.lru_cache(maxsize=16384)
def _person_organizer(name: str, person: str) -> bytes:
    return address_line(name, *person_organizer(person))


@functools.lru_cache(maxsize=16384)
def _group_organizer(name: str, body: str, parent: str) -> bytes:
    return address_line(name, *group_organizer(body, parent))


def _organizer(name: str, value: Party) -> bytes:
    if isinstance(value, Participant):
        return _person_organizer(name, value.person.name)
    return _group_organizer(name, value.organisation.name, value.organisation.parent)


def _text(head: str, value: str) -> bytes:
    return fold(head + escape_text(value))


def _json(head: str, value: object) -> bytes:
    return fold(head + escape_text(json_value(value)))


#: The writer of each kind of row: given the row's head (its name, and the
#: colon for the kinds without parameters) and its value, the line(s).
_WRITERS: Final[dict[int, Callable[[str, Any], bytes]]] = {
    TEXT: _text,
    JSON: _json,
    WHEN: _when,
    CATEGORIES: _categories,
    ATTENDEES: _attendees,
    ORGANIZER: _organizer,
}
#: The table as this serialiser walks it: (head, writer) per row.
_ROWS: Final = tuple(
    (row.name + ":" if row.kind in {TEXT, JSON} else row.name, _WRITERS[row.kind]) for row in ROWS
)


def vevent(plan: Plan) -> bytes:
    """The VEVENT of a plan (``_plan.plan``), CRLF-terminated."""
    values: tuple[Any, ...] = plan  # each row's own type; the kind says which
    lines = [
        write(head, value)
        for (head, write), value in zip(_ROWS, values, strict=True)
        if value is not None
    ]
    return b"\r\n".join([_BEGIN, *lines, _END])
