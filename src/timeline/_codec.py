"""
Plain-data form of the model: dicts, lists, strings, numbers and dates.

This is the one mapping between [`timeline.model`][timeline.model] and the shapes that
TOML and JSON hold. It is written out rather than derived (cattrs) because
the file format is flatter than the classes (a participant is one table
``{name, title, role}``, not a person nested in a participant) and because
every error must name its field path, ``events[3].start``, in our words.

Datetimes are written as RFC 9557 strings, ``2020-06-02T09:00:00+08:00
[Asia/Shanghai]``, so the zone's name survives a round trip; microseconds
are kept (``09:00:00.123456``) and finer fractions refused, never cut.
Dates stay dates in TOML and become ``YYYY-MM-DD`` strings in JSON.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, TypeVar
from zoneinfo import ZoneInfo

from timeline._zones import find_zone
from timeline.errors import DataFileError, InvalidEventError
from timeline.model import (
    FIRST_DAY,
    LAST_DAY,
    Delegation,
    Event,
    EventKind,
    Headcount,
    Location,
    Organisation,
    Participant,
    Person,
    Precision,
    Role,
    Source,
    When,
    default_end,
)

#: The version of the data format this code reads and writes.
FORMAT_VERSION: Final = 1

_T = TypeVar("_T")

_SUB_MICROSECOND = re.compile(r"[.,]\d{7}")
_RFC9557 = re.compile(r"^(?P<stamp>[^\[\]]+)(?:\[(?P<zone>[A-Za-z0-9_+\-/]{1,64})\])?$")


class _Bad(Exception):  # noqa: N818 - internal signal, never escapes this module
    """A schema violation at a field path; turned into DataFileError by callers."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


# -- writing -----------------------------------------------------------------


def when_to_text(value: When) -> str:
    """Render a date or aware datetime as ISO 8601 / RFC 9557 text."""
    if not isinstance(value, dt.datetime):
        return value.isoformat()
    stamp = value.isoformat()
    if isinstance(value.tzinfo, ZoneInfo):
        return f"{stamp}[{value.tzinfo.key}]"
    return stamp


def _drop_empty(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v not in ("", None, [], ())}


# The model's JSON shapes, field by field. Data files (``event_to_data``) and
# the X-TIMELINE-* properties of a feed (``timeline.ics._plan``) both encode
# through these, and ``event_from_data`` reads both back. Each leaves out
# what is empty field by field rather than through ``_drop_empty``, because
# a feed encodes them for every event it writes: that is the fast way.

#: Each role's and precision's value, looked up without the enum's ``value`` property.
_ROLE_VALUE: Final = {role: role.value for role in Role}
_PRECISION_VALUE: Final = {precision: precision.value for precision in Precision}


def participants_data(
    people: Sequence[Participant], *, role_first: bool = False
) -> list[dict[str, str]]:
    """
    People as plain data: name, title (when there is one) and role.

    ``role_first`` puts the role before the title, as a feed's
    X-TIMELINE-PARTICIPANTS has always listed them; data files list the
    title first. Readers take either order; the written bytes keep theirs.
    """
    out = []
    for p in people:
        person = p.person
        if not person.title:
            out.append({"name": person.name, "role": _ROLE_VALUE[p.role]})
        elif role_first:
            out.append({"name": person.name, "role": _ROLE_VALUE[p.role], "title": person.title})
        else:
            out.append({"name": person.name, "title": person.title, "role": _ROLE_VALUE[p.role]})
    return out


def delegations_data(delegations: Sequence[Delegation]) -> list[dict[str, str]]:
    """Delegations as plain data, empty fields left out."""
    out = []
    for d in delegations:
        item = {"organisation": d.organisation.name}
        if d.organisation.parent:
            item["parent"] = d.organisation.parent
        item["role"] = _ROLE_VALUE[d.role]
        if d.representatives:
            item["representatives"] = d.representatives
        out.append(item)
    return out


def locations_data(locations: Sequence[Location]) -> list[dict[str, str]]:
    """Stops as plain data, in tour order."""
    return [{"name": x.name, "area": x.area} if x.area else {"name": x.name} for x in locations]


def headcounts_data(headcounts: Sequence[Headcount]) -> list[dict[str, Any]]:
    """Headcounts as plain data, empty fields left out."""
    out = []
    for h in headcounts:
        item: dict[str, Any] = {"count": h.count, "precision": _PRECISION_VALUE[h.precision]}
        if h.unit:
            item["unit"] = h.unit
        if h.counted:
            item["counted"] = h.counted
        if h.text:
            item["text"] = h.text
        out.append(item)
    return out


def source_data(source: Source, *, native_dates: bool, role_first: bool = False) -> dict[str, Any]:
    """
    A source as plain data, empty fields left out.

    Args:
        source: The source.
        native_dates: Keep the publication ``date`` (TOML) instead of its text (JSON).
        role_first: The byline's people as ``participants_data`` orders them.
    """
    data: dict[str, Any] = {
        "headline": source.headline,
        "published": source.published if native_dates else source.published.isoformat(),
    }
    if source.publication:
        data["publication"] = source.publication
    if source.document:
        data["document"] = source.document
    if source.byline:
        data["byline"] = participants_data(source.byline, role_first=role_first)
    if source.span is not None:
        data["span"] = list(source.span)
    return data


def event_to_data(event: Event, *, native_dates: bool) -> dict[str, Any]:
    """
    Turn an event into plain data, leaving out empty optional fields.

    Args:
        event: The event.
        native_dates: Keep ``date`` objects (TOML) instead of strings (JSON).
    """

    def when(value: When) -> Any:  # noqa: ANN401 - a date or a string
        if native_dates and not isinstance(value, dt.datetime):
            return value
        return when_to_text(value)

    data: dict[str, Any] = {
        "id": event.id,
        "title": event.title,
        "kinds": [str(k) for k in event.kinds],
        "start": when(event.start),
    }
    if event.end != default_end(event.start):
        data["end"] = when(event.end)
    data["summary"] = event.summary
    data["participants"] = participants_data(event.participants)
    data["delegations"] = delegations_data(event.delegations)
    data["locations"] = locations_data(event.locations)
    data["headcounts"] = headcounts_data(event.headcounts)
    if event.source is not None:
        data["source"] = source_data(event.source, native_dates=native_dates)
    return _drop_empty(data)


def events_to_data(events: Sequence[Event], *, native_dates: bool) -> dict[str, Any]:
    """The whole document: a version and the events."""
    return {
        "version": FORMAT_VERSION,
        "events": [event_to_data(e, native_dates=native_dates) for e in events],
    }


# -- reading -----------------------------------------------------------------


def _table(value: object, path: str, keys: Mapping[str, bool]) -> Mapping[str, Any]:
    """Check a table: a mapping whose keys are known; ``keys`` maps name->required."""
    if not isinstance(value, Mapping):
        raise _Bad(path, f"expected a table, got {_kind(value)}")
    unknown = sorted(str(k) for k in value if k not in keys)
    if unknown:
        allowed = ", ".join(sorted(keys))
        raise _Bad(
            f"{path}.{unknown[0]}" if path else unknown[0], f"unknown field (allowed: {allowed})"
        )
    for key, required in keys.items():
        if required and key not in value:
            raise _Bad(f"{path}.{key}" if path else key, "is required")
    return value


def _kind(value: object) -> str:
    names = {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "a boolean",
        list: "a list",
        dict: "a table",
        dt.date: "a date",
        dt.datetime: "a datetime",
        dt.time: "a time",
    }
    return names.get(type(value), type(value).__name__)


def _str(table: Mapping[str, Any], key: str, path: str) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise _Bad(f"{path}.{key}", f"expected a string, got {_kind(value)}")
    return value


def _list(table: Mapping[str, Any], key: str, path: str) -> list[Any]:
    value = table.get(key, [])
    if not isinstance(value, list):
        raise _Bad(f"{path}.{key}", f"expected a list, got {_kind(value)}")
    return value


def _enum(
    enum_type: Callable[[str], _T], table: Mapping[str, Any], key: str, path: str, default: str
) -> _T:
    return _enum_value(enum_type, table.get(key, default), f"{path}.{key}")


def _enum_value(enum_type: Callable[[str], _T], value: object, path: str) -> _T:
    try:
        return enum_type(value)  # type: ignore[arg-type]  # a bad type is caught below
    except (ValueError, TypeError):
        choices = ", ".join(str(m) for m in enum_type)  # type: ignore[attr-defined]
        raise _Bad(path, f"{value!r} is not one of: {choices}") from None


def _date(value: object, path: str) -> dt.date:
    if isinstance(value, dt.datetime):
        raise _Bad(path, f"{value} is a datetime, expected a date")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise _Bad(path, f"{value!r} is not a date (YYYY-MM-DD)") from None
    raise _Bad(path, f"expected a date, got {_kind(value)}")


def _when(value: object, path: str) -> When:
    if isinstance(value, dt.datetime):
        if value.utcoffset() is None:
            raise _Bad(path, f"{value} has no time zone (add an offset or [Zone])")
        return value
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise _Bad(path, f"expected a date or datetime, got {_kind(value)}")
    if "T" not in value and " " not in value:
        return _date(value, path)
    return _datetime_text(value, path)


def _stamp(match: re.Match[str] | None, value: str, path: str) -> dt.datetime:
    if match is not None and _SUB_MICROSECOND.search(match["stamp"]):
        # fromisoformat would drop the digits past the sixth without a word.
        raise _Bad(path, f"{value!r} is finer than a microsecond (at most 6 fractional digits)")
    stamp: dt.datetime | None = None
    if match is not None:
        try:
            stamp = dt.datetime.fromisoformat(match["stamp"])
        except ValueError:
            stamp = None
    if match is None or stamp is None:
        raise _Bad(path, f"{value!r} is not a datetime (ISO 8601, optional [Zone])")
    return stamp


def _datetime_text(value: str, path: str) -> dt.datetime:
    match = _RFC9557.match(value)
    stamp = _stamp(match, value, path)
    assert match is not None  # _stamp refused the rest  # noqa: S101 - for the type checker
    zone_name = match["zone"]
    if zone_name is None:
        if stamp.utcoffset() is None:
            raise _Bad(path, f"{value!r} has no time zone (add an offset or [Zone])")
        return stamp
    zone = find_zone(zone_name)
    if zone is None:
        raise _Bad(path, f"unknown time zone {zone_name!r}")
    if stamp.utcoffset() is None:
        return stamp.replace(tzinfo=zone)
    try:
        local = stamp.astimezone(zone)
    except OverflowError:
        raise _Bad(path, f"{value!r} must lie between {FIRST_DAY} and {LAST_DAY}") from None
    if local.utcoffset() != stamp.utcoffset():
        raise _Bad(path, f"offset of {value!r} does not match {zone_name} at that time")
    return local


_PERSON_KEYS: Final = {"name": True, "title": False, "role": False}
_DELEGATION_KEYS: Final = {
    "organisation": True,
    "parent": False,
    "role": False,
    "representatives": False,
}
_LOCATION_KEYS: Final = {"name": True, "area": False}
_HEADCOUNT_KEYS: Final = {
    "count": True,
    "precision": False,
    "unit": False,
    "counted": False,
    "text": False,
}
_SOURCE_KEYS: Final = {
    "headline": True,
    "published": True,
    "publication": False,
    "document": False,
    "byline": False,
    "span": False,
}
_EVENT_KEYS: Final = {
    "id": True,
    "title": True,
    "kinds": False,
    "start": True,
    "end": False,
    "summary": False,
    "participants": False,
    "delegations": False,
    "locations": False,
    "headcounts": False,
    "source": False,
}


def _participant(value: object, path: str, default_role: str) -> Participant:
    t = _table(value, path, _PERSON_KEYS)
    person = _build(path, Person, name=_str(t, "name", path), title=_str(t, "title", path))
    return _build(path, Participant, person=person, role=_enum(Role, t, "role", path, default_role))


def _delegation(value: object, path: str) -> Delegation:
    t = _table(value, path, _DELEGATION_KEYS)
    # The file's "organisation" is the Organisation's name: report it so.
    org = _build(
        path,
        Organisation,
        renamed={"name": "organisation"},
        name=_str(t, "organisation", path),
        parent=_str(t, "parent", path),
    )
    return _build(
        path,
        Delegation,
        organisation=org,
        role=_enum(Role, t, "role", path, Role.TAKES_PART),
        representatives=_str(t, "representatives", path),
    )


def _location(value: object, path: str) -> Location:
    t = _table(value, path, _LOCATION_KEYS)
    return _build(path, Location, name=_str(t, "name", path), area=_str(t, "area", path))


def _headcount(value: object, path: str) -> Headcount:
    t = _table(value, path, _HEADCOUNT_KEYS)
    count = t["count"]
    if not isinstance(count, int) or isinstance(count, bool):
        raise _Bad(f"{path}.count", f"expected an integer, got {_kind(count)}")
    return _build(
        path,
        Headcount,
        count=count,
        precision=_enum(Precision, t, "precision", path, Precision.EXACT),
        unit=_str(t, "unit", path),
        counted=_str(t, "counted", path),
        text=_str(t, "text", path),
    )


def _span(value: object, path: str) -> tuple[int, int] | None:
    if value is None:
        return None
    if (
        not isinstance(value, list)
        or len(value) != 2  # noqa: PLR2004 - a pair
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        raise _Bad(path, "expected a [start, end] pair of integers")
    return (value[0], value[1])


def _source(value: object, path: str) -> Source:
    t = _table(value, path, _SOURCE_KEYS)
    byline = tuple(
        _participant(p, f"{path}.byline[{i}]", Role.REPORTS)
        for i, p in enumerate(_list(t, "byline", path))
    )
    return _build(
        path,
        Source,
        headline=_str(t, "headline", path),
        published=_date(t["published"], f"{path}.published"),
        publication=_str(t, "publication", path),
        document=_str(t, "document", path),
        byline=byline,
        span=_span(t.get("span"), f"{path}.span"),
    )


def _build(
    path: str,
    cls: Callable[..., _T],
    *,
    renamed: Mapping[str, str] | None = None,
    **fields: Any,  # noqa: ANN401
) -> _T:
    try:
        return cls(**fields)
    except InvalidEventError as exc:
        attribute = (exc.field or "").rpartition(".")[2]
        attribute = (renamed or {}).get(attribute, attribute)
        where = f"{path}.{attribute}" if attribute else path
        raise _Bad(where, exc.message) from None


def event_from_data(value: object, path: str) -> Event:
    """Build one event from plain data; raise ``_Bad`` with a field path."""
    t = _table(value, path, _EVENT_KEYS)
    kinds = tuple(
        _enum_value(EventKind, k, f"{path}.kinds[{i}]")
        for i, k in enumerate(_list(t, "kinds", path))
    )
    fields: dict[str, Any] = {
        "id": _str(t, "id", path),
        "title": _str(t, "title", path),
        "kinds": kinds,
        "start": _when(t["start"], f"{path}.start"),
        "summary": _str(t, "summary", path),
        "participants": [
            _participant(p, f"{path}.participants[{i}]", Role.TAKES_PART)
            for i, p in enumerate(_list(t, "participants", path))
        ],
        "delegations": [
            _delegation(d, f"{path}.delegations[{i}]")
            for i, d in enumerate(_list(t, "delegations", path))
        ],
        "locations": [
            _location(x, f"{path}.locations[{i}]")
            for i, x in enumerate(_list(t, "locations", path))
        ],
        "headcounts": [
            _headcount(h, f"{path}.headcounts[{i}]")
            for i, h in enumerate(_list(t, "headcounts", path))
        ],
    }
    if "end" in t:
        fields["end"] = _when(t["end"], f"{path}.end")
    if "source" in t:
        fields["source"] = _source(t["source"], f"{path}.source")
    return _build(path, Event, **fields)


def events_from_data(
    value: object, *, path: str | None, line_of: Callable[[int], int | None]
) -> tuple[Event, ...]:
    """
    Build every event of a document, checking ids are unique.

    Args:
        value: The parsed document.
        path: The file, for error messages.
        line_of: Maps an event's index to its line in the file, if known.

    Raises:
        DataFileError: Naming the file, the line where known, and the field.
    """
    position: list[int] = []
    try:
        events = _document(value, position)
    except _Bad as bad:
        index = position[-1] if position else None
        line = line_of(index) if index is not None and bad.path.startswith("events[") else None
        raise DataFileError(bad.message, path=path, line=line, field=bad.path.lstrip(".")) from None
    return events


def _document(value: object, position: list[int]) -> tuple[Event, ...]:
    """Build the events of a document; ``position`` tracks the event being read."""
    # ``zone`` is the display zone a JSON rendering records; the events
    # themselves carry their own zones, so readers may ignore it.
    doc = _table(value, "", {"version": False, "zone": False, "events": False})
    version = doc.get("version", FORMAT_VERSION)
    # ``True == 1`` and ``1.0 == 1`` in Python; neither is a version number.
    if type(version) is not int or version != FORMAT_VERSION:
        raise _Bad(
            "version", f"unsupported format version {version!r} (this reads {FORMAT_VERSION})"
        )
    events: list[Event] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(_list(doc, "events", "")):
        position.append(index)
        event = event_from_data(item, f"events[{index}]")
        if event.id in seen:
            raise _Bad(
                f"events[{index}].id",
                f"duplicate id {event.id!r} (first used by events[{seen[event.id]}])",
            )
        seen[event.id] = index
        events.append(event)
    return tuple(events)
