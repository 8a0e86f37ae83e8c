"""
An immutable, always-sorted sequence of events, and its queries.

**Order.** Every event is placed on one axis of instants (microseconds since
the Unix epoch). A timed event sits at its start instant; an all-day event
sits at 00:00 of its start day *in the display zone* (``zone``; by default
the zone most of the events' times are in, else UTC; never the host's ``TZ``). The
sort key is:

```text
(axis start, all-day before timed, axis end, title, id)
```

which is the same as "by local day, all-day events first, then timed events
by start", because an all-day event's 00:00 is not later than any timed
event of its day. Ties on the whole key (two events sharing id, title and
times) break on the events' full ``repr``, so the order is identical for any
input order and any host.

**Intervals** are half-open, ``[start, end)``. An instant event (``end ==
start``) sits at one point and belongs to the interval containing it. An
all-day event covers ``[00:00 of start day, 00:00 of end day)`` in the
display zone, so it belongs to each of its days and to no other.

**Arguments** to queries may be:

* a ``date``: 00:00 of that day in the display zone (for ``start_after``
  the end of that day, see there);
* a naive ``datetime``: a wall time in the display zone;
* an aware ``datetime``: that instant.

**Cost.** Day and range queries bisect the sorted starts. So that an event
that began long before the range is still found, events are kept in buckets
by the bit length of their duration (in minutes): within a bucket every
duration is below ``2**k`` minutes, so the window ``[a - 2**k, b)`` holds
every candidate, and one long event never widens the search of short ones.
A query costs ``O(B log n + k + w)`` for ``B <= 40`` buckets, ``k`` results
and ``w`` near misses in the widened windows. The buckets are built on the
first range query of a timeline.

**Build.** Building sorts with one plain sort of ints: each event is packed
as ``((2 * start + timed) << 62 | end - start) << b | position`` (a valid
event's span is below ``2**59`` microseconds), so the int order is the
(start, all-day first, end) part of the key and the positions come back from
the low bits. Only runs sharing that part are then sorted by title and id,
with two stable sorts on plain strings, and the ``repr`` tie break is looked
for only when an id repeats. An all-day bound is one dict lookup per event
(00:00 is computed once per day), and the sorted starts and ends are read
back from the packed ints rather than gathered from scattered positions.

Queries return a new [`Timeline`][timeline.Timeline], so they chain:

```text
tl.on_date(dt.date(2020, 5, 25)).with_person("李晓雷")
```
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Final, TypeAlias, cast, overload
from zoneinfo import ZoneInfo

from timeline._zones import find_zone, tally_zones
from timeline.errors import QueryError
from timeline.model import Event, EventKind, Match, Role, When

__all__ = ["Moment", "Timeline"]

#: What queries accept for a point in time (see the module docstring).
Moment: TypeAlias = dt.date | dt.datetime

_EPOCH: Final = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_UTC: Final = ZoneInfo("UTC")
_US: Final = dt.timedelta(microseconds=1)
_MINUTE_US: Final = 60_000_000


def _zone(name: str) -> ZoneInfo:
    zone = find_zone(name)
    if zone is None:
        msg = f"unknown time zone {name!r}"
        raise QueryError(msg, field="zone")
    return zone


def _instant(value: dt.datetime) -> int:
    return (value - _EPOCH) // _US


class _Midnights(dict[dt.date, int]):
    """00:00 of each day in one zone, computed on first lookup (``midnights[day]``)."""

    __slots__ = ("zone",)

    def __init__(self, zone: ZoneInfo) -> None:
        super().__init__()
        self.zone = zone

    def __missing__(self, day: dt.date) -> int:
        # fold=0 on a skipped 00:00 gives the transition instant itself,
        # which is the first instant that day really has.
        found = _instant(dt.datetime.combine(day, dt.time(), tzinfo=self.zone))
        self[day] = found
        return found


class _Axis:
    """Converts dates and datetimes to axis instants for one zone, with a day cache."""

    __slots__ = ("midnights", "zone")

    def __init__(self, zone: ZoneInfo) -> None:
        self.zone = zone
        self.midnights = _Midnights(zone)

    def midnight(self, day: dt.date) -> int:
        """00:00 of ``day`` in the zone (the first instant of the day if 00:00 is skipped)."""
        return self.midnights[day]

    def day_end(self, day: dt.date) -> int:
        """00:00 of the day after ``day``; past the last date, later than any instant."""
        if day == dt.date.max:
            return self.midnight(day) + 2 * 86_400_000_000
        return self.midnight(day + dt.timedelta(days=1))

    def when(self, value: When) -> int:
        """The instant of an event bound."""
        if isinstance(value, dt.datetime):
            return _instant(value)
        return self.midnight(value)

    def moment(self, value: Moment) -> int:
        """The instant of a query argument: dates at 00:00, naive as wall time."""
        if isinstance(value, dt.datetime):
            if value.utcoffset() is None:
                return _instant(value.replace(tzinfo=self.zone))
            return _instant(value)
        return self.midnight(value)

    def day_of(self, instant: int, *, edge: dt.date | None = None) -> dt.date:
        """The local day an instant falls on; ``edge`` for one beyond the calendar."""
        try:
            return (_EPOCH + dt.timedelta(microseconds=instant)).astimezone(self.zone).date()
        except OverflowError:
            if edge is None:
                raise
            return edge


#: Bits for an event's length on the axis: every valid span (years 1 to 9999)
#: is below ``2**59`` microseconds.
_SPAN_BITS: Final = 62


def _ordered(
    events: Iterable[Event], axis: _Axis
) -> tuple[tuple[Event, ...], list[int], list[int]]:
    """Sort events; return them with their axis starts and ends."""
    items = events if isinstance(events, list | tuple) else list(events)
    n = len(items)
    if n == 0:
        return (), [], []
    midnight, epoch, micro = axis.midnights, _EPOCH, _US
    # The whole build is a handful of C-level passes. Each event becomes one
    # int, ``((2 * start + timed) << 62 | end - start) << shift | position``,
    # so one plain int sort orders by (start, all-day first, end) and the
    # positions come back out of the low bits; only runs sharing the
    # (start, timed, end) part then need the strings. A timed bound is its
    # instant, an all-day bound 00:00 of its day in the display zone (from a
    # dict, so a day costs a lookup, not a call).
    bits, shift, count = _SPAN_BITS, n.bit_length(), itertools.count
    raw_starts = [e.start for e in items]
    timed = list(map(isinstance, raw_starts, itertools.repeat(dt.datetime)))
    keys = [
        (
            (((((s := (a - epoch) // micro) * 2 + 1) << bits) + (b - epoch) // micro - s) << shift)
            + i
        )
        if t
        else ((((s := midnight[a]) * 2 << bits) + midnight[b] - s) << shift) + i
        for i, a, b, t in zip(count(), raw_starts, [e.end for e in items], timed, strict=False)
    ]
    keys.sort()
    position = (1 << shift) - 1
    order = [k & position for k in keys]
    spans = [k >> shift for k in keys]
    del keys, raw_starts, timed  # the widest ints: free them before the string work
    # Runs of equal (start, timed, end): positions where the span changes.
    bounds = [0, *itertools.compress(itertools.count(1), map(operator.ne, spans, spans[1:])), n]
    if len(bounds) <= n:
        _settle(order, bounds, items)
    span = (1 << bits) - 1
    starts = [k >> bits + 1 for k in spans]
    ends = [(k >> bits + 1) + (k & span) for k in spans]
    events_sorted = operator.itemgetter(*order)(items) if n > 1 else (items[0],)
    return events_sorted, starts, ends


def _settle(order: list[int], bounds: list[int], items: Sequence[Event]) -> None:
    """Order each run ``order[lo:hi]`` of equal (start, timed, end) by title, then id."""
    ids = [e.id for e in items]
    titles = [e.title for e in items]
    by_id, by_title = ids.__getitem__, titles.__getitem__
    for lo, hi in itertools.pairwise(bounds):
        if hi - lo > 1:
            run = order[lo:hi]
            # Two stable sorts on plain strings beat one sort on (title, id)
            # tuples, which would have to be built first.
            run.sort(key=by_id)
            run.sort(key=by_title)
            order[lo:hi] = run
    if len(set(ids)) == len(ids):
        return
    # Equal on the whole key (same id, title and times): sort such a run on
    # the whole event's repr, so order never depends on the input order.
    # Only possible with a repeated id; repr is costly and these runs rare.
    for lo, hi in itertools.pairwise(bounds):
        i = lo
        while i < hi - 1:
            j = i + 1
            first = (titles[order[i]], ids[order[i]])
            while j < hi and (titles[order[j]], ids[order[j]]) == first:
                j += 1
            if j - i > 1:
                order[i:j] = sorted(order[i:j], key=lambda k: repr(items[k]))
            i = j


def _ends_after(start: int, end: int, lower: int) -> bool:
    # Half-open [start, end) reaches past ``lower``; an instant event
    # (start == end) counts as the point it sits on.
    return end > lower or (start == end and start >= lower)


class _Buckets:
    """Positions of events grouped by duration class, each with sorted starts."""

    __slots__ = ("_groups",)

    def __init__(self, starts: Sequence[int], ends: Sequence[int]) -> None:
        groups: dict[int, tuple[list[int], list[int]]] = {}
        for position, (start, end) in enumerate(zip(starts, ends, strict=True)):
            span_class = -(-(end - start) // _MINUTE_US)
            bits = span_class.bit_length()
            group = groups.setdefault(bits, ([], []))
            group[0].append(start)
            group[1].append(position)
        # Max span in bucket ``bits`` is below 2**bits minutes.
        self._groups = tuple(
            ((1 << bits) * _MINUTE_US, starts_, positions)
            for bits, (starts_, positions) in sorted(groups.items())
        )

    def candidates(self, lower: int, upper: int) -> list[int]:
        """Positions of events that may overlap ``[lower, upper)``, in order."""
        found: list[int] = []
        for reach, starts, positions in self._groups:
            lo = bisect.bisect_left(starts, lower - reach)
            hi = bisect.bisect_left(starts, upper)
            found.extend(positions[lo:hi])
        if len(self._groups) > 1:
            found.sort()
        return found


class Timeline(Sequence[Event]):
    """
    Events in order, with queries that each return a new timeline.

    Attributes:
        zone: The display zone that all-day events, day queries, naive
            arguments and grouping are read in.
    """

    __slots__ = ("_axis", "_buckets", "_ends", "_events", "_starts", "_window", "zone")

    zone: ZoneInfo
    _axis: _Axis
    _events: tuple[Event, ...]
    _starts: list[int]
    _ends: list[int]
    _buckets: _Buckets | None
    _window: tuple[dt.date, dt.date] | None

    def __init__(self, events: Iterable[Event] = (), *, zone: ZoneInfo | str | None = None) -> None:
        """
        Sort ``events`` by the key described in the module docstring.

        Args:
            events: Any events, in any order; duplicates are kept (use
                [`merge`][timeline.timeline.Timeline.merge] to keep one event per id).
            zone: The display zone, a ``ZoneInfo`` or an IANA name. By
                default the zone most of the timed events are in
                ([`main_zone`][timeline.timeline.Timeline.main_zone]), else UTC: Berlin events print
                at
                Berlin times, and no host setting changes the output.

        Raises:
            QueryError: For an unknown zone name.
        """
        if zone is None:
            events = events if isinstance(events, list | tuple) else list(events)
            zone = tally_zones(events).zone or _UTC
        self.zone = zone if isinstance(zone, ZoneInfo) else _zone(zone)
        self._axis = _Axis(self.zone)
        self._events, self._starts, self._ends = _ordered(events, self._axis)
        self._buckets = None
        self._window = None

    @staticmethod
    def main_zone(events: Iterable[Event]) -> ZoneInfo | None:
        """
        The IANA zone most of the events' times are in, or None.

        Starts and ends count, all-day events (which name no zone) do not:
        a Berlin club's calendar with one New York concert reads in
        Europe/Berlin. None when no event is timed, when two zones tie, or
        when most times are at a bare offset (``+08:00``, which is no zone
        to read other days in). The command line and the iCalendar export
        default by the same rule.
        """
        return tally_zones(events).zone

    @classmethod
    def _from_sorted(cls, parent: Timeline, positions: Iterable[int]) -> Timeline:
        """A timeline of some of ``parent``'s events, already in order."""
        new = cls.__new__(cls)
        new.zone = parent.zone
        new._axis = parent._axis  # noqa: SLF001 - same class
        picked = list(positions)
        new._events = tuple(parent._events[i] for i in picked)  # noqa: SLF001 - same class
        new._starts = [parent._starts[i] for i in picked]  # noqa: SLF001 - same class
        new._ends = [parent._ends[i] for i in picked]  # noqa: SLF001 - same class
        new._buckets = None  # noqa: SLF001 - same class
        new._window = parent._window  # noqa: SLF001 - same class
        return new

    def _cut(self, positions: Iterable[int], lower: int, upper: int) -> Timeline:
        """Some events, with the window narrowed to the days of ``[lower, upper)``."""
        new = Timeline._from_sorted(self, positions)
        first = self._axis.day_of(lower, edge=dt.date.min)
        # An open range ends at date.max's midnight: its last day is included.
        open_end = upper >= self._axis.midnight(dt.date.max)
        last = (
            dt.date.max if open_end else self._axis.day_of(max(lower, upper - 1), edge=dt.date.max)
        )
        if self._window is not None:
            first, last = max(first, self._window[0]), min(last, self._window[1])
        new._window = (first, last)  # noqa: SLF001 - same class
        return new

    @property
    def window(self) -> tuple[dt.date, dt.date] | None:
        """
        The days a day or range query cut this timeline to, ``(first, last)`` inclusive.

        ``None`` when no such query was applied. Grouping by day shows only
        these days, so ``on_date(day)`` prints one day even for an event that
        spans three; every later filter keeps the window.
        """
        return self._window

    # -- sequence ------------------------------------------------------------

    @overload
    def __getitem__(self, index: int) -> Event: ...
    @overload
    def __getitem__(self, index: slice) -> Timeline: ...
    def __getitem__(self, index: int | slice) -> Event | Timeline:
        """Return one event, or a timeline of a slice."""
        if isinstance(index, slice):
            return Timeline._from_sorted(self, range(len(self))[index])
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
        """Hash like the tuple of events and the zone name."""
        return hash((self._events, self.zone.key))

    def __repr__(self) -> str:
        """Show the size and zone."""
        return f"<Timeline {len(self)} events in {self.zone.key}>"

    def __or__(self, other: object) -> Timeline:
        """``a | b`` is [`merge`][timeline.timeline.Timeline.merge]: one event per id, b's wins."""
        if not isinstance(other, Timeline):
            return NotImplemented
        return self.merge(other)

    @property
    def events(self) -> tuple[Event, ...]:
        """The events, in order."""
        return self._events

    def with_zone(self, zone: ZoneInfo | str) -> Timeline:
        """The same events read in another display zone (and so maybe reordered)."""
        return Timeline(self._events, zone=zone)

    def merge(self, *others: Timeline) -> Timeline:
        """
        Combine timelines, keeping one event per id.

        When an id occurs more than once, the copy from the *last* timeline
        that has it wins (as in ``dict | dict``); within one timeline, the
        last copy in its order wins. The result keeps ``self``'s zone.

        Returns:
            A new timeline.
        """
        chosen: dict[str, Event] = {}
        for timeline in (self, *others):
            for event in timeline:
                chosen[event.id] = event
        return Timeline(chosen.values(), zone=self.zone)

    # -- time queries ----------------------------------------------------------

    def day_span(self, event: Event) -> tuple[dt.date, dt.date]:
        """
        The local days an event belongs to, as ``(first, last)`` inclusive.

        An all-day event's days are ``start .. end - 1``; a timed event's
        are those its half-open interval touches in the display zone (an
        instant event belongs to its one day).
        """
        if not isinstance(event.start, dt.datetime):
            return event.start, event.end - dt.timedelta(days=1)
        start = event.start.astimezone(self.zone)
        end = cast("dt.datetime", event.end).astimezone(self.zone)
        last = end.date()
        if end > start and end.time() == dt.time() and last > start.date():
            last -= dt.timedelta(days=1)
        return start.date(), last

    def _positions_overlapping(self, lower: int, upper: int) -> list[int]:
        if self._buckets is None:
            self._buckets = _Buckets(self._starts, self._ends)
        starts, ends = self._starts, self._ends
        return [
            i
            for i in self._buckets.candidates(lower, upper)
            if starts[i] < upper and _ends_after(starts[i], ends[i], lower)
        ]

    def _range(self, start: Moment, end: Moment) -> tuple[int, int]:
        lower, upper = self._axis.moment(start), self._axis.moment(end)
        if upper < lower:
            msg = f"range end {end} is before its start {start}"
            raise ValueError(msg)
        return lower, upper

    def on_date(self, day: dt.date) -> Timeline:
        """
        Events that belong to ``day`` in the display zone.

        An all-day event belongs to each of its days (unlike ics-py's strict
        ``on``); a timed event to every day its interval touches, so an
        event from 22:00 to 02:00 is on both days and one ending at 00:00
        is not on the next.
        """
        if isinstance(day, dt.datetime):
            day = (day if day.utcoffset() is None else day.astimezone(self.zone)).date()
        lower = self._axis.midnight(day)
        upper = self._axis.day_end(day)
        return self._cut(self._positions_overlapping(lower, upper), lower, upper)

    def overlapping(self, start: Moment, end: Moment) -> Timeline:
        """
        Events whose interval meets ``[start, end)``.

        A ``date`` bound is 00:00 of that day, so ``overlapping(d1, d2)``
        covers the days ``d1 .. d2 - 1``.

        Raises:
            ValueError: If ``end`` is before ``start``.
        """
        lower, upper = self._range(start, end)
        return self._cut(self._positions_overlapping(lower, upper), lower, upper)

    def included(self, start: Moment, end: Moment) -> Timeline:
        """
        Events that lie wholly inside ``[start, end)``.

        Raises:
            ValueError: If ``end`` is before ``start``.
        """
        lower, upper = self._range(start, end)
        lo = bisect.bisect_left(self._starts, lower)
        hi = bisect.bisect_left(self._starts, upper)
        ends = self._ends
        return self._cut((i for i in range(lo, hi) if ends[i] <= upper), lower, upper)

    def start_after(self, moment: Moment) -> Timeline:
        """
        Events starting strictly after ``moment``.

        A ``date`` means the whole day: events starting on a later day.
        """
        if isinstance(moment, dt.datetime):
            bound = self._axis.moment(moment)
            lo = bisect.bisect_right(self._starts, bound)
        else:
            bound = self._axis.day_end(moment)
            lo = bisect.bisect_left(self._starts, bound)
        return Timeline._from_sorted(self, range(lo, len(self)))

    def at(self, moment: Moment) -> Timeline:
        """
        Events in progress at ``moment`` (``start <= moment < end``, or an instant event at it).

        A ``date`` means 00:00 of that day in the display zone.
        """
        point = self._axis.moment(moment)
        return Timeline._from_sorted(self, self._positions_overlapping(point, point + 1))

    # -- content filters -------------------------------------------------------

    def filter(self, predicate: Callable[[Event], bool]) -> Timeline:
        """Events for which ``predicate`` is true, in order."""
        return Timeline._from_sorted(self, (i for i, e in enumerate(self._events) if predicate(e)))

    def with_person(
        self, name: str, *, role: Role | str | None = None, match: Match = "exact"
    ) -> Timeline:
        """
        Events naming ``name`` in any role (the byline included) or in ``role``.

        ``match="substring"`` finds ``name`` inside a name, ignoring case.
        """
        wanted = None if role is None else Role(role)
        return self.filter(lambda e: e.has_person(name, role=wanted, match=match))

    def at_place(self, name: str, *, match: Match = "exact") -> Timeline:
        """Events with ``name`` as any tour stop or a stop's area (``match`` as above)."""
        return self.filter(lambda e: e.has_place(name, match=match))

    def by_organisation(
        self, name: str, *, role: Role | str | None = None, match: Match = "exact"
    ) -> Timeline:
        """Events with the body ``name`` (or a section of it) in any role or ``role``."""
        wanted = None if role is None else Role(role)
        return self.filter(lambda e: e.has_organisation(name, role=wanted, match=match))

    def of_kind(self, kind: EventKind | str) -> Timeline:
        """Events having ``kind`` among their kinds."""
        wanted = EventKind(kind)
        return self.filter(lambda e: e.has_kind(wanted))

    # -- grouping ----------------------------------------------------------------

    def _group(self, key_of: Callable[[dt.date], dt.date]) -> tuple[tuple[dt.date, Timeline], ...]:
        groups: dict[dt.date, list[int]] = {}
        for position, event in enumerate(self._events):
            first, last = self.day_span(event)
            if self._window is not None:
                first, last = max(first, self._window[0]), min(last, self._window[1])
            seen: set[dt.date] = set()
            day = first
            while day <= last:
                key = key_of(day)
                if key not in seen:
                    seen.add(key)
                    groups.setdefault(key, []).append(position)
                day += dt.timedelta(days=1)
        return tuple(
            (key, Timeline._from_sorted(self, sorted(positions)))
            for key, positions in sorted(groups.items())
        )

    def by_day(self) -> tuple[tuple[dt.date, Timeline], ...]:
        """
        ``(day, events of that day)`` for each day that has events, in order.

        A multi-day event appears under each of its days (as
        [`on_date`][timeline.timeline.Timeline.on_date]) that lies in the
        [`window`][timeline.timeline.Timeline.window], if a day or range query set one.
        """
        return self._group(lambda day: day)

    def by_week(self) -> tuple[tuple[dt.date, Timeline], ...]:
        """``(Monday, events of that ISO week)``, in order; multi-week events in each."""
        return self._group(lambda day: day - dt.timedelta(days=day.weekday()))

    def by_month(self) -> tuple[tuple[dt.date, Timeline], ...]:
        """``(first of the month, events of that month)``, in order."""
        return self._group(lambda day: day.replace(day=1))

    def days(self) -> tuple[dt.date, ...]:
        """Every day that has events, in order."""
        return tuple(day for day, _ in self.by_day())

    def people(self) -> tuple[str, ...]:
        """Every person's name, byline included, sorted."""
        return tuple(sorted({p.person.name for e in self for p in e.people}))

    def places(self) -> tuple[str, ...]:
        """Every place name and area, sorted."""
        names = itertools.chain.from_iterable(
            (loc.name, loc.area) for e in self for loc in e.locations
        )
        return tuple(sorted({n for n in names if n}))
