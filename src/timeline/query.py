"""
Queries as values: what a command line (or a web form) asks of a timeline.

[`Query`][timeline.Query] holds typed filters and applies them in one fixed order
(time first, then content), each a [`Timeline`][timeline.Timeline] method.
Turning the text a person typed into a [`Query`][timeline.Query] is the front end's
work (the command line's is in ``timeline.cli``); this module knows no
labels or option names.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from timeline.model import EventKind, Match

if TYPE_CHECKING:
    from timeline.timeline import Timeline

__all__ = ["Query"]


@attrs.frozen(kw_only=True)
class Query:
    """
    Filters to apply to a timeline; ``None`` means "any".

    Attributes:
        on: Events belonging to this day.
        first: Events on or after this day (an inclusive range with ``last``).
        last: Events on or before this day.
        person: Events naming this person in any role.
        place: Events at this stop or area.
        organisation: Events with this body or a section of it.
        kind: Events of this kind.
        match: How ``person``, ``place`` and ``organisation`` match a name:
            ``exact`` (the default) or ``substring`` (case-insensitive part).
    """

    on: dt.date | None = None
    first: dt.date | None = None
    last: dt.date | None = None
    person: str | None = None
    place: str | None = None
    organisation: str | None = None
    kind: EventKind | None = None
    match: Match = "exact"

    def __call__(self, timeline: Timeline, /) -> Timeline:
        """Apply the filters: the day or range first, then people, places, bodies, kind."""
        result = timeline
        if self.on is not None:
            result = result.on_date(self.on)
        if self.first is not None or self.last is not None:
            lower = self.first or dt.date.min
            # The range is inclusive of its last day: stop at the next 00:00.
            last = self.last
            upper = (
                dt.date.max if last is None or last == dt.date.max else last + dt.timedelta(days=1)
            )
            result = result.overlapping(lower, upper)
        if self.person is not None:
            result = result.with_person(self.person, match=self.match)
        if self.place is not None:
            result = result.at_place(self.place, match=self.match)
        if self.organisation is not None:
            result = result.by_organisation(self.organisation, match=self.match)
        if self.kind is not None:
            result = result.of_kind(self.kind)
        return result
