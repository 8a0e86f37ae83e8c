"""
A feed's options, checked once, and the reader's limits that the writer keeps.

[`FeedOptions`][timeline.ics.FeedOptions] is the public value every writer takes; ``_Options`` is
the same with its zone settled for the events at hand (the zone they share,
else UTC). The writer refuses what the reader would refuse: a content line,
a component count or a size past the read's [`ReadLimits`][timeline.ics.ReadLimits].
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Final, TypedDict
from zoneinfo import ZoneInfo

import attrs

from timeline._lang import choose_lang
from timeline._zones import tally_zones
from timeline.errors import IcsWriteError, QueryError
from timeline.ics._limits import DEFAULT_LIMITS, ReadLimits
from timeline.ics._plan import (
    dtstamp_for,
)
from timeline.model import SHANGHAI, Event

#: The calendar's display name when none is given: neutral, since a feed
#: may hold anyone's events (the seed's demo passes its own name).
DEFAULT_NAME: Final = "timeline"


_COLOR: Final = re.compile(r"^(?:[a-z]{3,32}|#[0-9a-fA-F]{6})$")


_NAME_UNSAFE: Final = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


_DESCRIPTION_UNSAFE: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


_UTC_ZONE: Final = ZoneInfo("UTC")


_ONE_DAY: Final = dt.timedelta(days=1)


@attrs.frozen(kw_only=True)
class FeedOptions:
    """
    How a feed presents itself: the calendar's properties, checked when made.

    One value for every writer ([`to_ics`][timeline.to_ics], [`write_ics`][timeline.write_ics],
    [`to_calendar`][timeline.to_calendar], ``render_many``); each also takes these as
    keywords, which override the value's.

    Attributes:
        name: The calendar's name (``NAME`` and ``X-WR-CALNAME``).
        description: What the calendar holds (``DESCRIPTION``, ``X-WR-CALDESC``).
        color: An RFC 7986 ``COLOR``: a CSS colour name or ``#rrggbb``.
        dtstamp: One DTSTAMP for every event; by default each event's is
            00:00 of its source's publication day in ``zone``.
        refresh: How often clients should fetch the feed again.
        zone: The calendar's zone (``X-WR-TIMEZONE``), also the zone of the
            days DTSTAMPs are derived from and the feed is ordered by. None
            (the default): the zone every timed event shares, else UTC.
        limits: The reader's limits, which the writer keeps too: a feed
            that would break one (a content line, the size, the number of
            components) is refused instead of written.
        lang: The language of each DESCRIPTION's facts (``zh``: ``带队：``,
            ``en``: ``Led by:``); None (the default): the language most of
            the events' titles are in.
    """

    name: str = DEFAULT_NAME
    description: str = ""
    color: str | None = None
    dtstamp: dt.datetime | None = None
    refresh: dt.timedelta = _ONE_DAY
    zone: ZoneInfo | None = None
    limits: ReadLimits = DEFAULT_LIMITS
    lang: str | None = None

    def __attrs_post_init__(self) -> None:
        _check_options(self.name, self.description, self.color, self.refresh)
        if self.lang is not None:
            try:
                choose_lang(self.lang)
            except QueryError as exc:
                raise IcsWriteError(str(exc.args[0]), field="lang") from None
        if not isinstance(self.limits, ReadLimits):
            raise IcsWriteError("limits must be ReadLimits", field="limits")
        if self.dtstamp is not None and self.dtstamp.utcoffset() is None:
            raise IcsWriteError("dtstamp must be an aware datetime", field="dtstamp")


class FeedKeywords(TypedDict, total=False):
    """[`FeedOptions`][timeline.ics.FeedOptions]' fields as keywords, one by one."""

    name: str
    description: str
    color: str | None
    dtstamp: dt.datetime | None
    refresh: dt.timedelta
    zone: ZoneInfo | None
    limits: ReadLimits
    lang: str | None


def _feed_options(options: FeedOptions | None, keywords: FeedKeywords) -> FeedOptions:
    if options is None:
        return FeedOptions(**keywords)
    if not isinstance(options, FeedOptions):
        raise IcsWriteError(
            f"options must be FeedOptions, got {type(options).__name__}", field="options"
        )
    return attrs.evolve(options, **keywords) if keywords else options


@attrs.frozen(kw_only=True)
class _Options:
    """A feed's settled options (see [`FeedOptions`][timeline.ics.FeedOptions]), checked."""

    name: str = DEFAULT_NAME
    description: str = ""
    color: str | None = None
    dtstamp: dt.datetime | None = None
    refresh: dt.timedelta = _ONE_DAY
    # Shanghai for the feed set's writer, which builds these itself and
    # whose feeds (goldens included) keep their bytes until it passes a zone.
    zone: ZoneInfo = SHANGHAI
    limits: ReadLimits = DEFAULT_LIMITS
    #: ``zh`` or ``en``: the words of each DESCRIPTION's facts.
    lang: str = "zh"
    #: ``dtstamp`` as written: UTC, whole seconds.
    stamp: dt.datetime | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        _check_options(self.name, self.description, self.color, self.refresh)
        stamp = None
        if self.dtstamp is not None:
            if self.dtstamp.utcoffset() is None:
                raise IcsWriteError("dtstamp must be an aware datetime", field="dtstamp")
            stamp = self.dtstamp.astimezone(dt.UTC).replace(microsecond=0)
        object.__setattr__(self, "stamp", stamp)  # a frozen class's derived field

    def stamp_for(self, event: Event) -> dt.datetime:
        """The event's DTSTAMP: the one given, else its publication day's 00:00."""
        return self.stamp or dtstamp_for(event, self.zone)


def _settled(options: FeedOptions, events: Sequence[Event]) -> _Options:
    """``options`` for these events: the zone they share (else UTC) when none was given."""
    return _Options(
        name=options.name,
        description=options.description,
        color=options.color,
        dtstamp=options.dtstamp,
        refresh=options.refresh,
        zone=options.zone or shared_zone(events),
        limits=options.limits,
        lang=choose_lang(options.lang, events),
    )


def shared_zone(events: Iterable[Event]) -> ZoneInfo:
    """
    The zone most of the events' times are in; UTC on a tie or when there is none.

    All-day events have no zone and do not count. A feed's default zone, by
    the rule Timeline and the command line use (``tally_zones``).
    """
    return tally_zones(events).zone or _UTC_ZONE


def _check_options(name: str, description: str, color: str | None, refresh: dt.timedelta) -> None:
    if not name.strip():
        raise IcsWriteError("the calendar name must not be empty", field="name")
    if _NAME_UNSAFE.search(name):
        raise IcsWriteError(
            f"the calendar name must be one line without control characters: {name!r}",
            field="name",
        )
    if _DESCRIPTION_UNSAFE.search(description):
        raise IcsWriteError(
            f"the calendar description must not contain control characters: {description!r}",
            field="description",
        )
    if color is not None and not _COLOR.match(color):
        raise IcsWriteError(
            f"colour must be a CSS colour name or #rrggbb: {color!r}", field="color"
        )
    if refresh <= dt.timedelta(0) or refresh % dt.timedelta(seconds=1):
        raise IcsWriteError(
            f"refresh must be a positive whole number of seconds: {refresh}", field="refresh"
        )


def _readable(block: bytes, limits: ReadLimits) -> bytes:
    """
    ``block`` (CRLF lines), unless a content line in it is longer than the reader takes.

    The reader measures a content line unfolded, in characters; a block no
    longer than the limit in bytes cannot hold such a line, so the check
    costs one length for all but the rare huge event.
    """
    limit = limits.max_line
    if len(block) <= limit:
        return block
    for line in block.replace(b"\r\n ", b"").split(b"\r\n"):
        if len(line) > limit and len(text := line.decode()) > limit:
            name = re.split("[;:]", text, maxsplit=1)[0]
            raise IcsWriteError(
                f"would be a content line of {len(text)} characters; "
                f"readers (this one included, ReadLimits.max_line) take at most {limit}",
                field=name,
            )
    return block


def _check_count(components: int, limits: ReadLimits) -> None:
    """Refuse a feed of more components (the calendar, zones, events) than the reader takes."""
    if components + 1 > limits.max_components:
        raise IcsWriteError(
            f"a feed of {components + 1} components; readers (this one included, "
            f"ReadLimits.max_components) take at most {limits.max_components}",
            field="events",
        )


def _check_size(data: bytes, limits: ReadLimits, size: int | None = None) -> bytes:
    """``data``, unless it (or ``size`` bytes) is more than the reader takes."""
    size = len(data) if size is None else size
    if size > limits.max_bytes:
        raise IcsWriteError(
            f"a feed of more than {limits.max_bytes} bytes; readers (this one included, "
            "ReadLimits.max_bytes) take no more",
            field="events",
        )
    return data
