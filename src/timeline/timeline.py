"""
An immutable, always-sorted sequence of events.

The sort key is the start instant read in one display zone (Asia/Shanghai by
default, never the host's ``TZ``): all-day events first within their day,
then timed events by start; ties break on end, title and id, so the order is
the same whatever order the events came in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import overload
from zoneinfo import ZoneInfo

from timeline.model import SHANGHAI, Event

__all__ = ["Timeline"]


def _sort_key(event: Event, zone: ZoneInfo) -> tuple[dt.date, int, dt.datetime, str, str, str]:
    if isinstance(event.start, dt.datetime):
        local = event.start.astimezone(zone)
        end = event.end.astimezone(zone)  # type: ignore[attr-defined]  # end is a datetime too
        return (local.date(), 1, local.replace(tzinfo=None), end.isoformat(), event.title, event.id)
    midnight = dt.datetime.combine(event.start, dt.time())
    return (event.start, 0, midnight, event.end.isoformat(), event.title, event.id)


class Timeline(Sequence[Event]):
    """
    Events in order.

    Attributes:
        zone: The display zone the order and day queries are read in.
    """

    __slots__ = ("_events", "zone")

    def __init__(self, events: Iterable[Event] = (), *, zone: ZoneInfo = SHANGHAI) -> None:
        """Sort ``events`` by the key described in the module docstring."""
        self.zone = zone
        self._events: tuple[Event, ...] = tuple(sorted(events, key=lambda e: _sort_key(e, zone)))

    @overload
    def __getitem__(self, index: int) -> Event: ...
    @overload
    def __getitem__(self, index: slice) -> Timeline: ...
    def __getitem__(self, index: int | slice) -> Event | Timeline:
        """Return one event, or a timeline of a slice."""
        if isinstance(index, slice):
            return Timeline(self._events[index], zone=self.zone)
        return self._events[index]

    def __len__(self) -> int:
        """Return the number of events."""
        return len(self._events)

    def __iter__(self) -> Iterator[Event]:
        """Iterate in order."""
        return iter(self._events)

    def __eq__(self, other: object) -> bool:
        """Timelines are equal when they hold equal events in the same zone."""
        if not isinstance(other, Timeline):
            return NotImplemented
        return self._events == other._events and self.zone == other.zone

    def __hash__(self) -> int:
        """Hash like the tuple of events."""
        return hash((self._events, self.zone.key))

    def __repr__(self) -> str:
        """Show the size and zone."""
        return f"<Timeline {len(self)} events in {self.zone.key}>"

    @property
    def events(self) -> tuple[Event, ...]:
        """The events, in order."""
        return self._events
