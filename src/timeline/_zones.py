"""
Safe look-up of IANA zone names that come from input.

``zoneinfo.ZoneInfo`` opens the name as a file under the tz database, so
a name from a feed, a data file or the command line can fail in ways beyond
``ZoneInfoNotFoundError``: ``Asia`` is a directory (``IsADirectoryError``), a
300-character name is too long for the file system (``ENAMETOOLONG``), and a
NUL is a ``ValueError``. ``find_zone`` checks the shape of the key first
and turns every such failure into ``None``, so each caller raises its own
error (naming its file, line or option) from one rule.

``tally_zones`` is the other rule about zones: which zone a set of
events reads in when the user names none.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import operator
import re
from typing import TYPE_CHECKING, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterable

    from timeline.model import Event

__all__ = ["ZoneTally", "find_zone", "tally_zones"]

#: An IANA key: up to four ``/``-separated parts of letters, digits, ``_+-``
#: (``America/Argentina/Buenos_Aires``, ``Etc/GMT+8``); never ``.`` or ``..``.
_KEY: Final = re.compile(r"[A-Za-z0-9_+-]{1,64}(?:/[A-Za-z0-9_+-]{1,64}){0,3}")
_MAX_KEY: Final = 128
_NONES: Final = itertools.repeat(None)


def find_zone(name: object) -> ZoneInfo | None:
    """
    The zone called ``name``, or None when it names no zone.

    Args:
        name: A zone name from input; anything but a well-formed key is None.

    Returns:
        The cached ``ZoneInfo``, or None.
    """
    if not isinstance(name, str) or len(name) > _MAX_KEY or not _KEY.fullmatch(name):
        return None
    try:
        return ZoneInfo(name)
    # OSError: a directory of the tz database, or a path the OS refuses.
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


@attrs.frozen
class ZoneTally:
    """
    Which zones the events' times are in, and the one most of them are in.

    Attributes:
        zone: The named zone most timed starts and ends are in; None when no
            event is timed, when two zones tie, or when most are at a bare
            offset (``+01:00`` names no zone to read other days in).
        zones: Every zone the times are in, most used first (then by name):
            IANA keys, and a bare offset as ``UTC+01:00``.
    """

    zone: ZoneInfo | None
    zones: tuple[str, ...]


_UTC: Final = ZoneInfo("UTC")


def _name(zone: dt.tzinfo) -> tuple[str, ZoneInfo | None]:
    """The name a time's zone is counted under, and the zone it stands for (None: unnamed)."""
    if isinstance(zone, ZoneInfo) and zone.key is not None:
        return zone.key, zone
    offset = zone.utcoffset(None)
    if offset == dt.timedelta(0):
        return "UTC", _UTC  # datetime.UTC (an iCalendar ``Z`` time) is the UTC zone
    return str(zone), None


def tally_zones(events: Iterable[Event]) -> ZoneTally:
    """
    Count the zones of the events' starts and ends: the default display zone's rule.

    The zone most of the events' times are in is the one to show them in
    (a Berlin club's calendar with one New York concert reads in Berlin);
    a tie or a majority at bare offsets has no such zone, and UTC is the
    caller's fallback. All-day events name no zone and do not count.
    Timeline, the command line and the iCalendar export all default by
    this one rule.
    """
    items = events if isinstance(events, list | tuple) else list(events)
    # C-level passes: a date has no tzinfo (None), a datetime its zone;
    # Counter counts the (cached, so few) zone objects without a Python loop.
    counts: collections.Counter[dt.tzinfo | None] = collections.Counter()
    for bound in (operator.attrgetter("start"), operator.attrgetter("end")):
        counts.update(map(getattr, map(bound, items), itertools.repeat("tzinfo"), _NONES))
    totals: dict[str, int] = {}
    named: dict[str, ZoneInfo | None] = {}
    for zone, count in counts.items():
        if zone is None:
            continue  # the all-day events' dates
        key, stands_for = _name(zone)
        named[key] = stands_for
        totals[key] = totals.get(key, 0) + count
    ranked = sorted(totals, key=lambda key: (-totals[key], key))
    if not ranked or (len(ranked) > 1 and totals[ranked[0]] == totals[ranked[1]]):
        return ZoneTally(zone=None, zones=tuple(ranked))
    return ZoneTally(zone=named[ranked[0]], zones=tuple(ranked))
