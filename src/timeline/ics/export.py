"""
Events to iCalendar feeds, fast and byte-identical on every run.

[`to_ics`][timeline.to_ics] returns the feed as bytes, [`write_ics`][timeline.write_ics] streams it
to a
binary stream or atomically to a file, and [`to_calendar`][timeline.to_calendar] builds the
same feed as an ``icalendar.Calendar`` for callers who want the object.

The bytes are written by our own serialiser, which is several times faster
than ``icalendar``'s (it escapes and folds whole strings, not characters),
but ``icalendar`` stays the reference: for every input,
``to_ics(events) == to_calendar(events).to_ical()``, which the property
tests check on generated events. The calendar header and the VTIMEZONE
components, written once per feed, come from ``icalendar`` itself.

Output is deterministic: events are sorted by a stable key (start, id,
source document), UIDs and DTSTAMPs are derived from the events, never from
the clock or a random source, and properties come in a fixed order.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import IO, Any, Final, Unpack
from zoneinfo import ZoneInfo

import attrs
import icalendar

from timeline._io import atomic_file
from timeline._lang import choose_lang
from timeline.errors import IcsWriteError
from timeline.ics._describe import WORDS
from timeline.ics._header import PRODID, _header, _header_calendar
from timeline.ics._limits import ReadLimits
from timeline.ics._options import (
    DEFAULT_NAME,
    FeedKeywords,
    FeedOptions,
    _check_count,
    _check_size,
    _feed_options,
    _readable,
    _settled,
    shared_zone,
)

# feeds.py imports _Options from here: an explicit re-export.
from timeline.ics._options import _Options as _Options  # noqa: PLC0414
from timeline.ics._plan import (
    ATTENDEES,
    CATEGORIES,
    JSON,
    ORGANIZER,
    ROWS,
    TEXT,
    UID_DOMAIN,
    WHEN,
    Address,
    Plan,
    Written,
    attendee,
    normalise,
    organizer,
    plan,
    uid_for,
)
from timeline.ics._text import json_value
from timeline.ics._vevent import vevent
from timeline.model import Event

__all__ = [
    "DEFAULT_NAME",
    "PRODID",
    "UID_DOMAIN",
    "FeedKeywords",
    "FeedOptions",
    "render_many",
    "to_calendar",
    "to_ics",
    "write_ics",
]
_END: Final = b"END:VCALENDAR\r\n"


# The feed's order is (day in the feed's zone, all-day before timed, UTC
# instant, id, source document). It is reached without a key tuple per
# event: two stable sorts of one list of references (by document, then id),
# then the events are dealt into one bucket per (day, timed) and each bucket
# is sorted by instant on its own. Only a bucket's integers are alive at a
# time, which keeps a 10^6-event feed's memory small (docs/performance.md).
_EPOCH: Final = dt.datetime(1, 1, 1, tzinfo=dt.UTC)
_DAY_US: Final = 86_400_000_000


def _instant(event: Event) -> int:
    """The start's UTC instant in microseconds (a timed event's)."""
    start = event.start
    assert isinstance(start, dt.datetime)  # noqa: S101 - only timed events reach here
    since = start - _EPOCH
    return since.days * _DAY_US + since.seconds * 1_000_000 + since.microseconds


def _document(event: Event) -> str:
    return event.source.document if event.source is not None else ""


def _event_id(event: Event) -> str:
    return event.id


def _events(events: Iterable[Event]) -> list[Event]:
    """The events as a new list; refuses anything else."""
    items = list(events)
    for e in items:
        if not isinstance(e, Event):
            raise IcsWriteError(f"expected an Event, got {type(e).__name__}", field="events")
    return items


def _ordered(items: list[Event], zone: ZoneInfo) -> list[Event]:
    """The events of ``_events`` in feed order (the list is used up); refuses duplicate UIDs."""
    items.sort(key=_document)
    items.sort(key=_event_id)
    _check_unique(items)
    buckets: dict[int, list[Event]] = {}
    for e in items:
        start = e.start
        if isinstance(start, dt.datetime):
            day = start.astimezone(zone).toordinal() * 2 + 1
        else:
            day = start.toordinal() * 2
        bucket = buckets.get(day)
        if bucket is None:
            buckets[day] = [e]
        else:
            bucket.append(e)
    del items
    ordered: list[Event] = []
    for day in sorted(buckets):
        bucket = buckets.pop(day)
        if day & 1 and len(bucket) > 1:
            bucket.sort(key=_instant)
        ordered.extend(bucket)
    return ordered


def _check_unique(by_identity: Sequence[Event]) -> None:
    r"""
    Refuse two events with the same UID, given the events sorted by (id, document).

    A UID is a hash of ``document + "\n" + id``, so equal pairs sit side by
    side here. Two different pairs give the same name only if both hold a
    newline; those few events are compared by UID as well.
    """
    previous: tuple[str, str] | None = None
    odd: set[str] = set()
    for event in by_identity:
        pair = (event.id, _document(event))
        if pair == previous or (("\n" in pair[0] or "\n" in pair[1]) and _seen(odd, event)):
            raise IcsWriteError(
                f"two events share the id {event.id!r} and source document; UIDs must be unique",
                field="UID",
            )
        previous = pair


def _seen(uids: set[str], event: Event) -> bool:
    uid = uid_for(event)
    if uid in uids:
        return True
    uids.add(uid)
    return False


def _zone_spans(events: Sequence[Event]) -> list[tuple[str, dt.date, dt.date]]:
    """Each zone a timed event uses, with the years its events span, sorted by zone."""
    years: dict[str, tuple[int, int]] = {}
    for e in events:
        for when in (e.start, e.end):
            if isinstance(when, dt.datetime):
                local = normalise(when)
                zone = local.tzinfo
                if isinstance(zone, ZoneInfo) and zone.key is not None:
                    low, high = years.get(zone.key, (local.year, local.year))
                    years[zone.key] = (min(low, local.year), max(high, local.year))
    # A VTIMEZONE covering only the feed's years keeps it short: whole
    # decades of onsets make some parsers (ics-py) recurse too deep.
    return [
        (key, dt.date(low, 1, 1), dt.date(high + 1, 1, 1) if high < dt.MAXYEAR else dt.date.max)
        for key, (low, high) in sorted(years.items())
    ]


def _timezone(key: str, first: dt.date, last: dt.date) -> icalendar.Timezone:
    """
    The VTIMEZONE for ``key``, from icalendar, with one onset per RDATE line.

    icalendar lists a zone's onsets as one comma-separated RDATE; dateutil
    (so vobject) and Mozilla ical.js then miss every onset after the first
    and show summer times an hour off. One RDATE property per onset means
    the same to RFC 5545 and all of them read it right.
    """
    try:
        timezone = icalendar.Timezone.from_tzid(key, first_date=first, last_date=last)
    except ValueError as exc:
        raise IcsWriteError(f"cannot describe time zone {key!r}: {exc}", field="TZID") from exc
    for part in timezone.subcomponents:
        rdate = part.get("RDATE")
        if rdate is None:
            continue
        lists = rdate if isinstance(rdate, list) else [rdate]
        onsets = [d.dt for group in lists for d in group.dts]
        first = part.DTSTART  # icalendar's typed accessor: the datetime
        if first not in onsets:
            # The first onset is DTSTART's to RFC 5545, but Mozilla ical.js
            # reads an observance with RDATEs from its RDATEs alone (a feed
            # spanning 2000-2025 showed 2000's summer an hour off): list it.
            onsets.insert(0, first)
        del part["RDATE"]
        for onset in onsets:
            part.add("RDATE", onset)
    return timezone


@functools.lru_cache(maxsize=256)  # feeds of one set share zones and year spans
def _timezone_bytes(key: str, first: dt.date, last: dt.date) -> bytes:
    data: bytes = _timezone(key, first, last).to_ical()
    return data


def _event_blocks(events: Iterable[Event], options: _Options) -> dict[str, bytes]:
    """
    Every event's VEVENT bytes by UID, to be shared by several feeds.

    An event's VEVENT depends only on the event and the options' DTSTAMP
    and zone, never on the feed it is in, so a feed set renders each event
    once and ``_calendar_bytes`` assembles every feed from these blocks.
    """
    blocks: dict[str, bytes] = {}
    _fill(blocks, events, options)
    return blocks


def _plan(event: Event, options: _Options, uid: str | None = None) -> Plan:
    """The event's ``_plan.Plan`` under ``options``."""
    return plan(
        event,
        uid=uid or uid_for(event),
        dtstamp=options.stamp_for(event),
        words=WORDS[options.lang],
    )


def _block(event: Event, options: _Options, uid: str | None = None) -> bytes:
    """The event's VEVENT bytes under ``options``, checked against the reader's limits."""
    return _readable(vevent(_plan(event, options, uid)), options.limits)


def _fill(blocks: dict[str, bytes], events: Iterable[Event], options: _Options) -> None:
    """Add to ``blocks`` the VEVENT of each event it does not hold yet."""
    for event in events:
        uid = uid_for(event)
        if uid not in blocks:
            blocks[uid] = _block(event, options, uid)


def _calendar_bytes(
    events: Iterable[Event], blocks: Mapping[str, bytes], options: _Options
) -> bytes:
    """
    A feed of ``events`` whose VEVENTs come from ``_event_blocks``.

    Equal to [`to_ics`][timeline.to_ics] with the same options (the blocks made with
    their DTSTAMP and zone).
    """
    ordered = _ordered(_events(events), options.zone)
    spans = _zone_spans(ordered)
    _check_count(len(ordered) + len(spans), options.limits)
    out = [_readable(_header(options), options.limits)]
    out.extend(_timezone_bytes(*span) for span in spans)
    out.extend(blocks[uid_for(e)] for e in ordered)
    out.append(_END)
    return _check_size(b"".join(out), options.limits)


def _chunks(events: list[Event], options: _Options) -> Iterator[bytes]:
    ordered = _ordered(events, options.zone)  # refuses duplicates before the first byte is written
    spans = _zone_spans(ordered)
    limits = options.limits
    _check_count(len(ordered) + len(spans), limits)
    header = _readable(_header(options), limits)
    yield header
    size = len(header)
    for span in spans:
        chunk = _timezone_bytes(*span)
        size += len(chunk)
        yield chunk
    for event in ordered:
        chunk = _block(event, options)
        size += len(chunk)
        if size > limits.max_bytes:
            _check_size(b"", limits, size)
        yield chunk
    yield _END


def _prepared(
    events: Iterable[Event], options: FeedOptions | None, keywords: FeedKeywords
) -> tuple[list[Event], _Options]:
    """The events as a list and the options settled for them; refuses bad options first."""
    chosen = _feed_options(options, keywords)
    items = _events(events)
    return items, _settled(chosen, items)


# -- public API --------------------------------------------------------------


def to_ics(
    events: Iterable[Event],
    options: FeedOptions | None = None,
    **keywords: Unpack[FeedKeywords],
) -> bytes:
    """
    Write events as an iCalendar feed.

    Args:
        events: The events, in any order; the feed sorts them.
        options: The calendar's name, description, colour, DTSTAMP, refresh
            interval and zone ([`FeedOptions`][timeline.ics.FeedOptions]); the defaults without it.
        **keywords: Any of [`FeedOptions`][timeline.ics.FeedOptions]' fields (``name=``,
            ``zone=``, ...), overriding ``options``.

    Returns:
        The feed: UTF-8, CRLF lines folded at 75 octets; the same bytes for
        the same events in any order.

    Raises:
        IcsWriteError: For a bad option or two events with the same UID.
    """
    items, settled = _prepared(events, options, keywords)
    return b"".join(_chunks(items, settled))


def write_ics(
    events: Iterable[Event],
    target: str | os.PathLike[str] | IO[bytes],
    options: FeedOptions | None = None,
    *,
    durable: bool = True,
    **keywords: Unpack[FeedKeywords],
) -> None:
    """
    Stream a feed to a binary stream, or atomically to a file.

    The feed is written event by event, so besides the (sorted) events
    themselves only one event's bytes are held at a time. A path is written
    through a temporary file in its directory and then renamed over the
    target: readers see the old feed or the new one, and a failure leaves
    the old file and no temporary behind.

    Args:
        events: The events, in any order.
        target: A path, or a binary stream (which is not closed).
        options: See [`to_ics`][timeline.to_ics].
        durable: For a path, fsync the file before it replaces the old one,
            so the new feed also survives a power cut. Readers see the old
            feed or the new one either way.
        **keywords: See [`to_ics`][timeline.to_ics].

    Raises:
        IcsWriteError: For a bad option or duplicate UIDs; nothing is
            written then, to a stream or a file.
        WriteError: When the file cannot be written; the old one is kept.
    """
    items, settled = _prepared(events, options, keywords)
    chunks = _chunks(items, settled)
    first = next(chunks)  # duplicate UIDs are refused before anything is written
    if not isinstance(target, (str, os.PathLike)):
        _write_batched(first, chunks, target)
        return
    # The same temporary, lock and stale-leftover scheme as every other write.
    with atomic_file(target, durable=durable) as handle:
        _write_batched(first, chunks, handle)


def render_many(
    events: Iterable[Event], feeds: Iterable[tuple[Iterable[Event], FeedOptions]]
) -> Iterator[bytes]:
    """
    Render many feeds of the same events, each event's VEVENT once.

    For a feed set (everything, each person, each place, ...), where one
    event sits in many feeds: an event's VEVENT does not depend on the feed
    it is in, so it is rendered the first time a feed needs it and reused.
    One feed's bytes are made at a time, as the caller takes them.

    Args:
        events: Every event the feeds draw from; the feeds' default zone is
            the one these share (else UTC), the same for every feed, so
            their VEVENTs (whose DTSTAMPs depend on it) can be shared.
        feeds: ``(events of the feed, its options)`` pairs.

    Yields:
        Each feed's bytes, in order: ``to_ics(feed_events, options)`` with
        the zone settled as above.

    Raises:
        IcsWriteError: As [`to_ics`][timeline.to_ics], for the feed that breaks a rule.
    """
    every = _events(events)
    zone = shared_zone(every)
    lang = choose_lang(None, every)
    del every
    cache: dict[tuple[dt.datetime | None, str | None, ReadLimits, str], dict[str, bytes]] = {}
    for feed_events, options in feeds:
        chosen = _feed_options(options, {})
        items = _events(feed_events)
        settled = _settled(
            attrs.evolve(chosen, zone=chosen.zone or zone, lang=chosen.lang or lang), items
        )
        key = (settled.stamp, settled.zone.key, settled.limits, settled.lang)
        blocks = cache.setdefault(key, {})
        _fill(blocks, items, settled)
        yield _calendar_bytes(items, blocks, settled)


#: write_ics hands the stream about this many bytes at a time.
_BATCH: Final = 1 << 18


def _write_batched(first: bytes, chunks: Iterator[bytes], target: IO[bytes]) -> None:
    # One write per event costs a call (and for small buffers a syscall) per
    # 4 KB; joining a few dozen events first costs less and still keeps
    # memory to one batch.
    batch = [first]
    size = len(first)
    for chunk in chunks:
        batch.append(chunk)
        size += len(chunk)
        if size >= _BATCH:
            target.write(b"".join(batch))
            batch.clear()
            size = 0
    target.write(b"".join(batch))


def to_calendar(
    events: Iterable[Event],
    options: FeedOptions | None = None,
    **keywords: Unpack[FeedKeywords],
) -> icalendar.Calendar:
    """
    Build the feed as an ``icalendar.Calendar``; ``to_ical()`` equals [`to_ics`][timeline.to_ics].

    Takes the same arguments as [`to_ics`][timeline.to_ics].

    Raises:
        IcsWriteError: For a bad option or two events with the same UID.
    """
    items, settled = _prepared(events, options, keywords)
    ordered = _ordered(items, settled.zone)
    # The same refusals as to_ics, from the same bytes.
    _check_count(len(ordered) + len(_zone_spans(ordered)), settled.limits)
    _readable(_header(settled), settled.limits)
    plans = [_plan(event, settled) for event in ordered]
    for values in plans:
        _readable(vevent(values), settled.limits)
    cal = _header_calendar(settled)
    for key, first, last in _zone_spans(ordered):
        cal.add_component(_timezone(key, first, last))
    for values in plans:
        cal.add_component(_component(values))
    return cal


def _component(values: Plan) -> icalendar.Event:
    """The event's VEVENT as ``icalendar`` objects: ``_plan.ROWS``, as ``_vevent`` writes them."""
    component = icalendar.Event()
    for row, value in zip(ROWS, values, strict=True):
        if value is not None:
            for prop in _ICAL[row.kind](value):
                component.add(row.name, prop, encode=False)
    return component


def _address(address: Address) -> icalendar.vCalAddress:
    params, uri = address
    return icalendar.vCalAddress(uri, params=dict(params))


def _when(value: Written) -> list[object]:
    if not isinstance(value, tuple):
        return [icalendar.vDDDTypes(value)]
    shown, params = value
    prop = icalendar.vDDDTypes(shown)
    prop.params.update(params)
    return [prop]


#: How ``to_calendar`` builds each kind of row: the ``icalendar`` properties
#: (one, or one per party) that serialise to what ``_vevent`` writes.
_ICAL: Final[dict[int, Callable[[Any], list[object]]]] = {
    TEXT: lambda text: [icalendar.vText(text)],
    JSON: lambda data: [icalendar.vText(json_value(data))],
    WHEN: _when,
    CATEGORIES: lambda kinds: [icalendar.vCategory([k.value for k in kinds])],
    ATTENDEES: lambda who: [_address(attendee(party)) for party in (*who[0], *who[1])],
    ORGANIZER: lambda party: [_address(organizer(party))],
}
