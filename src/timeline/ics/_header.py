"""
The calendar's own properties: the header every feed starts with.

Written directly (``_header``), and as ``icalendar`` builds it
(``_header_calendar``) for [`timeline.ics.to_calendar`][timeline.to_calendar]; the tests
compare the two for any options.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import icalendar

from timeline.ics._options import _Options
from timeline.ics._text import escape_text, fold

#: The PRODID of every feed we write (RFC 5545 section 3.7.3).
PRODID: Final = "-//timeline//timeline iCalendar export//ZH"


def _header_calendar(options: _Options) -> icalendar.Calendar:
    name, description, color = options.name, options.description, options.color
    cal = icalendar.Calendar()
    cal.add("VERSION", "2.0")
    cal.add("PRODID", PRODID)
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", "PUBLISH")
    cal.add("NAME", icalendar.vText(name))
    cal.add("X-WR-CALNAME", icalendar.vText(name))
    if description:
        cal.add("DESCRIPTION", icalendar.vText(description))
        cal.add("X-WR-CALDESC", icalendar.vText(description))
    cal.add("X-WR-TIMEZONE", icalendar.vText(options.zone.key))
    refresh = options.refresh
    cal.add("REFRESH-INTERVAL", icalendar.vDuration(refresh, params={"VALUE": "DURATION"}))
    cal.add("X-PUBLISHED-TTL", icalendar.vDuration(refresh))
    if color is not None:
        cal.add("COLOR", icalendar.vText(color))
    return cal


def _duration(value: dt.timedelta) -> str:
    """A positive duration as ``icalendar.vDuration`` writes it."""
    time = ""
    if value.seconds:
        hours, rest = divmod(value.seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        time = "T"
        if hours:
            time += f"{hours}H"
        if minutes or (hours and seconds):
            time += f"{minutes}M"
        if seconds:
            time += f"{seconds}S"
    if value.days == 0 and time:
        return f"P{time}"
    return f"P{value.days}D{time}"


def _header_text(value: str) -> str:
    # icalendar reads each value back through the "utf-8-sig" codec before
    # writing the line, which drops one leading U+FEFF; so does this.
    text = escape_text(value)
    return text.removeprefix("\ufeff")


def _header(options: _Options) -> bytes:
    """
    The calendar's properties, as ``_header_calendar`` ``.to_ical()`` writes them.

    Written directly: building the ``icalendar`` object costs about a
    millisecond, which a set of thousands of feeds pays once per feed. The
    order is icalendar's canonical one (its ``Calendar.canonical_order``,
    then the rest by name); the tests compare the two.
    """
    name, description, color = options.name, options.description, options.color
    lines = [
        b"BEGIN:VCALENDAR",
        b"VERSION:2.0",
        f"PRODID:{_header_text(PRODID)}".encode(),
        b"CALSCALE:GREGORIAN",
        b"METHOD:PUBLISH",
    ]
    if description:
        text = _header_text(description)
        lines.append(fold(f"DESCRIPTION:{text}"))
        lines.append(fold(f"X-WR-CALDESC:{text}"))
    text = _header_text(name)
    lines.append(fold(f"NAME:{text}"))
    lines.append(fold(f"X-WR-CALNAME:{text}"))
    if color is not None:
        lines.append(fold(f"COLOR:{_header_text(color)}"))
    every = _duration(options.refresh)
    lines.append(f"REFRESH-INTERVAL;VALUE=DURATION:{every}".encode())
    lines.append(f"X-PUBLISHED-TTL:{every}".encode())
    lines.append(fold(f"X-WR-TIMEZONE:{_header_text(options.zone.key)}"))
    lines.append(b"")
    return b"\r\n".join(lines)
