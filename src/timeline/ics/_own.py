"""
Our own dialect read back: X-TIMELINE-* JSON and the standard properties to the model.

Two ways in, one way out: ``_own_fast`` picks the few properties our
feeds use straight from the content lines, ``_own_event`` reads them
from an ``icalendar`` component; both hand the same plain data to
``_own_from_data`` (through ``_codec``'s one decoder).
"""

from __future__ import annotations

import json
from typing import Any, Final

import attrs
import icalendar

from timeline._codec import _Bad, event_from_data
from timeline.errors import InvalidEventError
from timeline.ics._blocks import _NAME, _Block, _categories, _ical_text, _line_of, _Reader
from timeline.ics._describe import summary_from
from timeline.ics._plan import JSON_FIELDS, ZONE_PARAM
from timeline.ics._text import unescape_text
from timeline.ics._when import _fast_when, _in_zone, _when
from timeline.model import (
    Event,
)

#: The X-TIMELINE-* property that holds each field of ``_codec``'s event
#: data: the writer's table (``_plan.ROWS``), read the other way.
_PROPERTY_OF: Final = {field: name for name, field in JSON_FIELDS.items()}
_ID: Final = _PROPERTY_OF["id"]
_TITLE: Final = _PROPERTY_OF["title"]
_SUMMARY: Final = _PROPERTY_OF["summary"]

#: The X-TIMELINE-* properties read into their fields as they are; the id
#: comes first and the title falls back to SUMMARY, so those two are read apart.
_OWN_KEYS: Final = {name: field for name, field in JSON_FIELDS.items() if name not in {_ID, _TITLE}}


def _own_when(component: icalendar.Component, name: str, block: _Block, reader: _Reader) -> Any:  # noqa: ANN401 - a date or datetime
    """DTSTART or DTEND of our own event: ``_when``, in the zone ZONE_PARAM names."""
    value = _when(component, name, block, reader)
    key = component[name].params.get(ZONE_PARAM)
    if key is None:
        return value
    return _in_zone(value, str(key), name, _line_of(block, name), reader)


def _json(component: icalendar.Component, name: str, block: _Block, reader: _Reader) -> Any:  # noqa: ANN401 - JSON
    raw: Any = component[name]
    if isinstance(raw, list):
        raise reader.error(f"{name} given more than once", line=_line_of(block, name), prop=name)
    try:
        text = _ical_text(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise reader.error(f"not valid JSON: {exc}", line=_line_of(block, name), prop=name) from exc
    return _json_value(text, name, _line_of(block, name), reader)


def _json_value(text: str, name: str, number: int, reader: _Reader) -> Any:  # noqa: ANN401 - JSON
    """An X-TIMELINE-* property's JSON; one clear error for bad or too deeply nested JSON."""
    try:
        return json.loads(unescape_text(text))
    except ValueError as exc:
        raise reader.error(f"not valid JSON: {exc}", line=number, prop=name) from exc
    except RecursionError:
        # json's decoder recurses once per nesting level; our shapes nest
        # three deep, so this is never data of ours.
        raise reader.error("JSON nested too deeply", line=number, prop=name) from None


def _own_event(component: icalendar.Component, block: _Block, reader: _Reader) -> Event:
    data: dict[str, Any] = {
        "id": _json(component, _ID, block, reader),
        "title": (
            _json(component, _TITLE, block, reader)
            if _TITLE in component
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
    if _SUMMARY not in component and "DESCRIPTION" in component:
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


_OWN_WANTED: Final = frozenset(
    {"SUMMARY", "DESCRIPTION", "DTSTART", "DTEND", "CATEGORIES", *JSON_FIELDS}
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
    if _ID not in found:
        return None

    def json_of(prop: str) -> Any:  # noqa: ANN401 - JSON
        number, _, value = found[prop]
        return _json_value(value, prop, number, reader)

    data: dict[str, Any] = {"id": json_of(_ID)}
    if _TITLE in found:
        data["title"] = json_of(_TITLE)
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
    if _SUMMARY not in found and "DESCRIPTION" in found:
        description = unescape_text(found["DESCRIPTION"][2])
    return _own_from_data(data, description, block, reader)
