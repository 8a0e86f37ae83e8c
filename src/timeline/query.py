"""
Queries from text: what the command line (or a web form) asks of a timeline.

:class:`Query` holds the parsed filters and applies them in one fixed order
(time first, then content), each a :class:`~timeline.Timeline` method.
:meth:`Query.parse` turns strings into it and :func:`parse_day`,
:func:`parse_zone` and :func:`parse_kind` do single values; all raise
:class:`~timeline.errors.QueryError` naming the option, so a front end only
has to print the error.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import attrs

from timeline._zones import find_zone
from timeline.errors import QueryError
from timeline.model import EventKind
from timeline.render._labels import KIND_LABELS

if TYPE_CHECKING:
    from timeline.timeline import Timeline

__all__ = ["Query", "parse_day", "parse_kind", "parse_zone"]

_KIND_BY_LABEL = {label: kind for kind, label in KIND_LABELS.items()}


def parse_day(text: str, *, option: str = "day") -> dt.date:
    """
    Parse ``YYYY-MM-DD``.

    Raises:
        QueryError: Naming ``option``, if ``text`` is not such a date.
    """
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        msg = f"{text!r} is not a date (YYYY-MM-DD)"
        raise QueryError(msg, field=option) from None


def parse_zone(text: str, *, option: str = "zone") -> ZoneInfo:
    """
    Parse an IANA zone name such as ``Asia/Shanghai``.

    Raises:
        QueryError: Naming ``option``, for an unknown zone.
    """
    zone = find_zone(text.strip())
    if zone is None:
        msg = f"unknown time zone {text!r}"
        raise QueryError(msg, field=option)
    return zone


def parse_kind(text: str, *, option: str = "kind") -> EventKind:
    """
    Parse a kind, by its name (``inspection``) or its Chinese label (``调研``).

    Raises:
        QueryError: Naming ``option`` and the choices.
    """
    value = text.strip()
    if value in _KIND_BY_LABEL:
        return _KIND_BY_LABEL[value]
    try:
        return EventKind(value.lower())
    except ValueError:
        choices = ", ".join(f"{k} ({KIND_LABELS[k]})" for k in EventKind)
        msg = f"unknown kind {text!r}: choose {choices}"
        raise QueryError(msg, field=option) from None


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
    """

    on: dt.date | None = None
    first: dt.date | None = None
    last: dt.date | None = None
    person: str | None = None
    place: str | None = None
    organisation: str | None = None
    kind: EventKind | None = None

    @classmethod
    def parse(  # noqa: PLR0913 - one argument per filter, all keyword-only
        cls,
        *,
        on: str | None = None,
        first: str | None = None,
        last: str | None = None,
        person: str | None = None,
        place: str | None = None,
        organisation: str | None = None,
        kind: str | None = None,
    ) -> Query:
        """
        Build a query from strings, as typed on a command line.

        Raises:
            QueryError: For a malformed day or kind, ``on`` together with a
                range, or a range that ends before it starts.
        """
        query = cls(
            on=None if on is None else parse_day(on, option="on"),
            first=None if first is None else parse_day(first, option="from"),
            last=None if last is None else parse_day(last, option="to"),
            person=person,
            place=place,
            organisation=organisation,
            kind=None if kind is None else parse_kind(kind),
        )
        if query.on is not None and (query.first is not None or query.last is not None):
            msg = "give either one day or a from/to range, not both"
            raise QueryError(msg, field="on")
        if query.first is not None and query.last is not None and query.last < query.first:
            msg = f"range ends ({query.last}) before it starts ({query.first})"
            raise QueryError(msg, field="to")
        return query

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
            result = result.with_person(self.person)
        if self.place is not None:
            result = result.at_place(self.place)
        if self.organisation is not None:
            result = result.by_organisation(self.organisation)
        if self.kind is not None:
            result = result.of_kind(self.kind)
        return result
