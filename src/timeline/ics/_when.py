"""
DTSTART and DTEND to dates and aware datetimes, and the zones they name.

A ``TZID`` is an IANA zone or a VTIMEZONE of the feed; the feed's own zones
are kept as lines, parsed when an event first uses one and built once per
read, after their recurrence rules are counted against the read's budget.
Floating times are read in ``X-WR-TIMEZONE``, else the caller's ``floating``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Final, cast

import icalendar
from icalendar.prop import vDDDTypes

from timeline._zones import find_zone
from timeline.ics._blocks import _NAME, _Block, _line_of, _parse, _Reader
from timeline.ics._plan import ZONE_PARAM
from timeline.ics._recurrence import rule_steps
from timeline.ics._text import unescape_text

_FLOATING: Final = (
    "floating time (no TZID, no Z) and no zone to read it in: "
    "no X-WR-TIMEZONE, and no floating= zone (--tz on the command line) given"
)


def _when(component: icalendar.Component, name: str, block: _Block, reader: _Reader) -> Any:  # noqa: ANN401 - a date or datetime
    prop: Any = component[name]
    if isinstance(prop, list):
        raise reader.error(f"{name} given more than once", line=_line_of(block, name), prop=name)
    value = getattr(prop, "dt", None)
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        tzid = prop.params.get("TZID")
        if tzid is not None:
            zone = _custom_zone(str(tzid), reader)
            if zone is None:
                raise reader.error(
                    f"unknown time zone TZID={tzid} (neither an IANA zone nor a VTIMEZONE here)",
                    line=_line_of(block, name),
                    prop=name,
                )
            return value.replace(tzinfo=zone)
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


def _in_zone(value: dt.date, key: str, name: str, number: int, reader: _Reader) -> dt.datetime:
    """A UTC time we wrote for an ambiguous wall time, back in its zone (ZONE_PARAM)."""
    if not isinstance(value, dt.datetime) or value.utcoffset() != dt.timedelta(0):
        raise reader.error(f"{ZONE_PARAM} on a time that is not UTC", line=number, prop=name)
    zone = find_zone(key)
    if zone is None:
        raise reader.error(f"unknown time zone {ZONE_PARAM}={key}", line=number, prop=name)
    return value.astimezone(zone)


_DATE_VALUE: Final = re.compile(r"(\d{4})(\d{2})(\d{2})")


_DATETIME_VALUE: Final = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)")


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
    custom = _custom_zone(tzid, reader)
    if custom is not None:
        return custom
    zone = find_zone(tzid)
    if zone is None:
        raise reader.error(
            f"unknown time zone TZID={tzid} (neither an IANA zone nor a VTIMEZONE here)",
            line=number,
            prop=name,
        )
    return zone


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
    """DTSTART or DTEND as ``_when`` reads it; None where it would raise."""
    tzid = params.get("TZID")
    parsed = _parses(value, tzid)
    if isinstance(parsed, dt.datetime) and parsed.tzinfo is None:
        if tzid is not None:
            zone = _custom_zone(tzid, reader)
            if zone is None:
                return None
            return parsed.replace(tzinfo=zone)
        if reader.default_zone is None:
            return None
        return parsed.replace(tzinfo=reader.default_zone)
    return parsed if isinstance(parsed, dt.date) else None


def _tzid_of(block: _Block) -> str:
    """A VTIMEZONE's TZID, from its lines (icalendar's reading: the unescaped text)."""
    for line in block.lines[1:]:
        match = _NAME.match(line)
        if match is not None and match[0].upper() == "TZID":
            return unescape_text(line.partition(":")[2])
        if match is not None and match[0].upper() == "BEGIN":
            break  # TZID precedes the observances
    return ""


def _timezone(tzid: str, reader: _Reader) -> icalendar.Timezone | None:
    """The VTIMEZONE named ``tzid``, parsed on first use; None if the feed has none."""
    timezone = reader.timezones.get(tzid)
    if timezone is None:
        block = reader.timezone_blocks.get(tzid)
        if block is None:
            return None
        # icalendar builds the zone while it parses the block: count first.
        _count_zone_steps(block, reader)
        timezone = cast("icalendar.Timezone", _parse(block, reader))
        reader.timezones[tzid] = timezone
    return timezone


def _custom_zone(tzid: str, reader: _Reader) -> dt.tzinfo | None:
    """The zone a VTIMEZONE of the feed defines, built once per read; None if none."""
    zone = reader.zones.get(tzid)
    if zone is None:
        timezone = _timezone(tzid, reader)
        if timezone is None:
            return None
        block = reader.timezone_blocks[tzid]
        try:
            zone = timezone.to_tz()
        # icalendar's and dateutil's refusals of odd observances vary by version.
        except Exception as exc:
            raise reader.error(
                f"cannot build time zone {tzid!r}: {exc}", line=block.line, prop="VTIMEZONE"
            ) from exc
        reader.zones[tzid] = zone
    return zone


#: icalendar runs a VTIMEZONE's open-ended rules up to here.
_ZONE_RULES_END: Final = dt.datetime(2039, 1, 1, tzinfo=dt.UTC)


def _count_zone_steps(block: _Block, reader: _Reader) -> None:
    """
    Count the steps a VTIMEZONE's RRULEs take to build, from its lines; refuse past the budget.

    icalendar runs each observance's rule from its DTSTART to 2038 when it
    parses the component, so this reads the lines before icalendar does.
    A DTSTART or RRULE it cannot read counts nothing: icalendar refuses it.
    """
    start: dt.datetime | None = None
    rules: list[str] = []
    for line in block.lines[1:]:
        match = _NAME.match(line)
        name = match[0].upper() if match else ""
        value = line.rpartition(":")[2]
        if name == "DTSTART":
            start = _naive_start(_DATETIME_VALUE.fullmatch(value))
        elif name == "RRULE":
            rules.append(value)
        elif name == "END":
            _count_observance(start, rules, block, reader)
            start, rules = None, []


def _count_observance(
    start: dt.datetime | None, rules: list[str], block: _Block, reader: _Reader
) -> None:
    if start is None:
        return
    for rule in rules:
        try:
            parsed = icalendar.vRecur.from_ical(rule)
        except ValueError:
            continue
        _add_steps(rule_steps(parsed, start, _ZONE_RULES_END), block, "VTIMEZONE", reader)


def _naive_start(match: re.Match[str] | None) -> dt.datetime | None:
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(match[n]) for n in range(1, 7))
    try:
        return dt.datetime(year, month, day, hour, minute, second)  # noqa: DTZ001 - wall time, for a count
    except ValueError:
        return None


def _rules(component: icalendar.Component) -> list[Any]:
    rules: Any = component.get("RRULE", [])
    return rules if isinstance(rules, list) else [rules]


def _add_steps(steps: int, block: _Block, where: str, reader: _Reader) -> None:
    reader.rule_steps += steps
    limit = reader.limits.max_rule_steps
    if reader.rule_steps > limit:
        advice = "narrow the expand window, or raise" if where == "VEVENT" else "raise"
        raise reader.error(
            f"recurrence rules ({where}) would take about {reader.rule_steps} steps "
            f"to expand (limit {limit}): {advice} ReadLimits.max_rule_steps",
            line=_line_of(block, "RRULE"),
            prop="RRULE",
        )
