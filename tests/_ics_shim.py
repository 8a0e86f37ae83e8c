"""
A stand-in for ``timeline.ics`` while the ics branch is not merged (tests only).

It follows the documented API (``to_ics``/``from_ics``), with UIDs derived
from event identity, and is installed only when the real module is missing;
delete this file once ``timeline.ics`` has landed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import sys
import types
from collections.abc import Iterable

import icalendar

from timeline.model import Event


def _uid(event: Event) -> str:
    doc = event.source.document if event.source is not None else ""
    digest = hashlib.sha256(f"{doc}\0{event.id}".encode()).hexdigest()[:16]
    return f"{digest}@timeline.invalid"


def to_ics(
    events: Iterable[Event],
    *,
    name: str,
    description: str = "",
    color: str | None = None,
    dtstamp: dt.datetime | None = None,
) -> bytes:
    """Render events as one VCALENDAR (shim)."""
    cal = icalendar.Calendar()
    cal.add("PRODID", "-//timeline//shim//ZH")
    cal.add("VERSION", "2.0")
    cal.add("NAME", name)
    cal.add("X-WR-CALNAME", name)
    if description:
        cal.add("X-WR-CALDESC", description)
    if color:
        cal.add("COLOR", color)
    for event in events:
        ve = icalendar.Event()
        ve.add("UID", _uid(event))
        published = event.source.published if event.source is not None else dt.date(2000, 1, 1)
        stamp = dtstamp or dt.datetime.combine(published, dt.time(), tzinfo=dt.UTC)
        ve.add("DTSTAMP", stamp)
        ve.add("DTSTART", event.start)
        ve.add("DTEND", event.end)
        ve.add("SUMMARY", event.title)
        if event.summary:
            ve.add("DESCRIPTION", event.summary)
        if event.locations:
            ve.add("LOCATION", "、".join(loc.name for loc in event.locations))
        ve.add("X-TIMELINE-ID", event.id)
        cal.add_component(ve)
    return cal.to_ical()


def from_ics(data: bytes, *, source: object = None) -> tuple[Event, ...]:  # noqa: ARG001
    """Read back what :func:`to_ics` wrote (id, title, times, summary)."""
    cal = icalendar.Calendar.from_ical(data)
    return tuple(
        Event(
            id=str(ve["X-TIMELINE-ID"]),
            title=str(ve["SUMMARY"]),
            start=ve.decoded("DTSTART"),
            end=ve.decoded("DTEND"),
            summary=str(ve.get("DESCRIPTION", "")),
        )
        for ve in cal.walk("VEVENT")
    )


def install() -> None:
    """Register the shim as ``timeline.ics`` unless the real one exists."""
    try:
        real = importlib.import_module("timeline.ics")
    except ModuleNotFoundError:
        real = None
    if real is not None and hasattr(real, "to_ics"):
        return
    module = types.ModuleType("timeline.ics")
    module.to_ics = to_ics  # type: ignore[attr-defined]
    module.from_ics = from_ics  # type: ignore[attr-defined]
    sys.modules["timeline.ics"] = module
