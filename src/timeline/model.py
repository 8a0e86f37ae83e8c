"""
The typed model of reported events.

A news report tells who did what, where, when, with how many, and who wrote
it. Each of those is a small frozen value here: [`Person`][timeline.Person]
and [`Participant`][timeline.Participant] (a person in a
[`Role`][timeline.Role]), [`Organisation`][timeline.Organisation] and
[`Delegation`][timeline.Delegation] (a body in a role, possibly through
unnamed representatives), [`Location`][timeline.Location] (tour stops keep
their order), [`Headcount`][timeline.Headcount], [`Source`][timeline.Source]
(the article and its byline) and the [`Event`][timeline.Event] that holds
them.

Times are either all-day (``datetime.date``, with an exclusive end) or
aware ``datetime.datetime``; a naive datetime or a mix of the two is
refused with [`InvalidEventError`][timeline.InvalidEventError]. This module
does no I/O and parses no free text.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Iterable
from typing import Any, Final, Literal, TypeAlias, cast
from zoneinfo import ZoneInfo

import attrs

from timeline.errors import InvalidEventError

__all__ = [
    "SHANGHAI",
    "Delegation",
    "Event",
    "EventKind",
    "Headcount",
    "Location",
    "Match",
    "Organisation",
    "Participant",
    "Person",
    "Precision",
    "Role",
    "Source",
    "When",
]

# The public constants and aliases carry docstrings (not ``#:`` comments):
# they are what the API reference shows for them.
SHANGHAI: Final = ZoneInfo("Asia/Shanghai")
"""
The seed's zone (its reports all happen in Zhengzhou) and the news extractor's.

No longer a default: a timeline's zone follows its events.
"""

When: TypeAlias = dt.date | dt.datetime
"""An all-day ``date`` or an aware ``datetime``."""

Match: TypeAlias = Literal["exact", "substring"]
"""
How a name filter compares.

``exact`` is equality; ``substring`` finds the name anywhere, ignoring case
(``berlin`` finds ``Tempelhof, Berlin``).
"""


def _matcher(name: str, match: Match) -> Callable[[str], bool]:
    if match == "exact":
        return name.__eq__
    if match != "substring":  # a caller without a type checker
        msg = f"match must be 'exact' or 'substring', not {match!r}"  # type: ignore[unreachable]
        raise ValueError(msg)
    wanted = name.casefold()
    return lambda text: wanted in text.casefold()


class Role(enum.StrEnum):
    """
    A person's or organisation's part in an event, as the reports state it.

    The set is settled from the genre: the subject of 调研/慰问/观摩/带队 or
    whoever 主持 *leads*; 陪同 *accompanies*; 参加/列席 *takes part*; 发言
    or 宣讲 *speaks*; 评分 *judges*; 指导/督导 *guides*; 当选 is *elected*;
    记者 *reports*; 通讯员 is a *correspondent*; an event's convening body
    *organises* it.
    """

    LEADS = "leads"
    ACCOMPANIES = "accompanies"
    TAKES_PART = "takes_part"
    SPEAKS = "speaks"
    JUDGES = "judges"
    GUIDES = "guides"
    ELECTED = "elected"
    ORGANISES = "organises"
    REPORTS = "reports"
    CORRESPONDENT = "correspondent"


#: Roles that write about an event rather than take part in it.
BYLINE_ROLES: Final = frozenset({Role.REPORTS, Role.CORRESPONDENT})


class EventKind(enum.StrEnum):
    """What sort of event a report describes; an event may be several."""

    MEETING = "meeting"
    STUDY = "study"
    INSPECTION = "inspection"
    VISIT = "visit"
    OBSERVATION = "observation"
    ELECTION = "election"
    CONTEST = "contest"
    OTHER = "other"


class Precision(enum.StrEnum):
    """How exact a [`Headcount`][timeline.Headcount] is: ``71名`` is exact, ``50余人`` at least."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    ABOUT = "about"


# -- validators -------------------------------------------------------------


def _instant(value: dt.datetime) -> tuple[dt.datetime, int]:
    """
    A key that orders aware datetimes by the instant they name.

    ``<`` between two datetimes of one tzinfo compares wall times and ignores
    ``fold``, so the second 02:30 of a clocks-back night would sort before
    the first 02:45. UTC wall times order correctly; at the calendar's edges,
    where UTC is out of range, the wall time and fold are the best order.
    """
    offset = value.utcoffset() or dt.timedelta()
    try:
        return value.replace(tzinfo=None, fold=0) - offset, 0
    except OverflowError:
        return value.replace(tzinfo=None, fold=0), value.fold


def _fail(inst: object, attribute: attrs.Attribute[Any], value: object, why: str) -> None:
    raise InvalidEventError(
        f"{why} (got {value!r})",
        cls=type(inst).__name__,
        field=attribute.name,
        value=value,
    )


def _non_empty(inst: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value:
        _fail(inst, attribute, value, "must not be empty")


#: What a one-line label must not contain: Unicode categories Cc (controls,
#: exactly U+0000-U+001F and U+007F-U+009F by Unicode's stability policy), Zl
#: and Zp (U+2028, U+2029). A regex, not a category look-up per character:
#: validators run on every event read, and long summaries made that loop a
#: large part of reading a feed.
_CONTROLS: Final = "\x00-\x1f\x7f-\x9f\u2028\u2029"
_NOT_IN_LABELS: Final = re.compile(f"[{_CONTROLS}]")
_SURROGATE_RANGE: Final = "\ud800-\udfff"
_SURROGATES: Final = re.compile(f"[{_SURROGATE_RANGE}]")

#: Unicode's 66 noncharacters: U+FDD0-U+FDEF and the last two code points of
#: every plane (U+FFFE, U+FFFF, U+1FFFE, ...). U+FFFE and U+FFFF are illegal
#: in XML, so a CalDAV server's responses carrying one cannot be parsed and
#: the calendar can no longer be updated; the others are for a program's
#: internal use and "not for open interchange".
_NONCHARACTERS: Final = re.compile(
    "[\ufdd0-\ufdef"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17))
    + "]"
)
#: A superset of what the text checks refuse, and of what a label's refuse:
#: one scan clears the clean value (nearly every one, and these run on every
#: field of every event); only a value it finds something in goes through the
#: checks one by one, to say why (or to pass). A character past the BMP sends
#: the value on to those checks: a class listing the 32 noncharacters there
#: one by one costs every character a walk through the list, ten times what
#: one range costs.
_MAYBE_NOT_TEXT: Final = f"{_SURROGATE_RANGE}\ufdd0-\ufdef\ufffe\uffff\U00010000-\U0010ffff"
_NOT_TEXT: Final = re.compile(f"[{_MAYBE_NOT_TEXT}]")
_NOT_LABEL: Final = re.compile(f"[{_CONTROLS}{_MAYBE_NOT_TEXT}]")


def _no_controls(inst: object, attribute: attrs.Attribute[Any], value: str) -> None:
    # Names and titles are single-line labels: a control character in one is
    # a data error, not something to carry into feeds and pages. U+2028 and
    # U+2029 (categories Zl, Zp) end a line for many readers (JavaScript,
    # LF-tolerant iCalendar parsers), so a label may not hold them either.
    if _NOT_LABEL.search(value) is None:
        return
    if _NOT_IN_LABELS.search(value) is not None:
        _fail(inst, attribute, value, "must not contain control characters or line separators")
    _text_only(inst, attribute, value)


def _text_only(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # A lone surrogate (JSON's "\ud800") is no character: it cannot be
    # encoded as UTF-8, so every later save, feed or page would fail on it.
    if not isinstance(value, str) or _NOT_TEXT.search(value) is None:
        return
    if _SURROGATES.search(value) is not None:
        _fail(inst, attribute, value, "must not contain lone surrogates (not text)")
    found = _NONCHARACTERS.search(value)
    if found is not None:
        _fail(
            inst,
            attribute,
            value,
            f"must not contain the noncharacter U+{ord(found[0]):04X} (XML and CalDAV refuse it)",
        )


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


_IS_STR: Final = attrs.validators.instance_of(str)


# A label's checks in one validator each, not a list: attrs runs a list
# through a loop of calls, and labels are most fields of every event made.
def _check_label(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:  # noqa: ANN401
    """A label's checks in order: a string (attrs' own error), then no controls."""
    # A clean string (nearly every label) passes on one scan, in this call:
    # no call to the checks below, which say why a value fails.
    if type(value) is str and _NOT_LABEL.search(value) is None:
        return
    if not isinstance(value, str):
        _IS_STR(inst, attribute, value)
    _no_controls(inst, attribute, value)


def _check_required_label(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:  # noqa: ANN401
    """``_check_label``'s checks, then not empty."""
    if type(value) is str and value and _NOT_LABEL.search(value) is None:
        return  # (as in _check_label: a clean label passes on one scan)
    _check_label(inst, attribute, value)
    _non_empty(inst, attribute, value)


def _check_text(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:  # noqa: ANN401
    """A text's checks in order, in one validator: a string (attrs' own error), then text only."""
    if not isinstance(value, str):
        _IS_STR(inst, attribute, value)
    _text_only(inst, attribute, value)


# A member is kept as it is: calling the enum looks it up again in Python,
# and the extractor makes its roles and precisions members already.
def _as_role(value: Role | str) -> Role:
    return value if type(value) is Role else Role(value)


def _as_precision(value: Precision | str) -> Precision:
    return value if type(value) is Precision else Precision(value)


def _label(*, optional: bool = False) -> Any:  # noqa: ANN401 - attrs.field's own type
    """Declare a one-line text field: stripped, type-checked, no controls."""
    if not optional:
        return attrs.field(converter=_strip, validator=_check_required_label)
    return attrs.field(converter=_strip, validator=_check_label, default="")


def _tuple_of(kind: type | tuple[type, ...]) -> Any:  # noqa: ANN401 - attrs.field's own type
    """Declare a collection field: any iterable in, a tuple of ``kind`` out."""
    each: Callable[[Any, attrs.Attribute[Any], Any], None] = attrs.validators.deep_iterable(
        attrs.validators.instance_of(kind)
    )

    def check(inst: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
        # One loop of isinstance clears a clean tuple (attrs' validator makes
        # two calls per member, on every event made); a member of another
        # kind goes through attrs' validator, for its error.
        for member in value:
            if not isinstance(member, kind):
                each(inst, attribute, value)

    return attrs.field(converter=tuple, factory=tuple, validator=check)


#: The days an event may touch. One day clear of ``date.min``/``date.max``,
#: so the default end (the next day) and a move to any zone (offsets are
#: under a day) never overflow.
FIRST_DAY: Final = dt.date(1, 1, 2)
LAST_DAY: Final = dt.date(9999, 12, 30)
#: The latest exclusive end of an all-day event: the day after LAST_DAY.
LAST_END: Final = dt.date(9999, 12, 31)


def _check_when(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, dt.date):
        _fail(inst, attribute, value, "must be a date or an aware datetime")
    if isinstance(value, dt.datetime):
        if value.utcoffset() is None:
            _fail(inst, attribute, value, "a datetime must be aware (have a time zone)")
        try:
            day = value.astimezone(dt.UTC).date()
        except OverflowError:
            day = dt.date.max
    else:
        day = value  # type: ignore[assignment]  # a date, checked above
    # An all-day end is exclusive: the event of LAST_DAY ends on the next day,
    # 9999-12-31, which is a valid date (and nothing is computed past it).
    last = LAST_END if attribute.name == "end" and day is value else LAST_DAY
    if not FIRST_DAY <= day <= last:
        _fail(inst, attribute, value, f"must lie between {FIRST_DAY} and {last}")
    if isinstance(value, dt.datetime):
        # A wall time skipped by a clock change (02:30 on a spring-forward day)
        # names no instant; calendars would each guess differently.
        there = value.astimezone(dt.UTC).astimezone(value.tzinfo)
        if there.replace(tzinfo=None) != value.replace(tzinfo=None):
            _fail(inst, attribute, value, "this wall time does not exist in its zone")


# -- people, bodies, places --------------------------------------------------


@attrs.frozen
class Person:
    """
    A named person, with the title the report prints before the name.

    Attributes:
        name: The person's name as printed, e.g. ``李晓雷``.
        title: The whole title string as printed, e.g. ``区委副书记、区长``;
            empty when the report gives none.
    """

    name: str = _label()
    title: str = _label(optional=True)


@attrs.frozen
class Participant:
    """
    A person in their part of an event.

    Attributes:
        person: Who.
        role: Their part.
    """

    person: Person = attrs.field(validator=attrs.validators.instance_of(Person))
    role: Role = attrs.field(converter=_as_role, default=Role.TAKES_PART)


@attrs.frozen
class Organisation:
    """
    A named body: a party committee, a bureau, a section of one.

    Attributes:
        name: The name as printed, e.g. ``区委组织部组织科``.
        parent: The body it belongs to, e.g. ``区委组织部``; empty if none
            is stated.
    """

    name: str = _label()
    parent: str = _label(optional=True)


@attrs.frozen
class Delegation:
    """
    An organisation in its part of an event, maybe through unnamed people.

    Attributes:
        organisation: The body.
        role: Its part.
        representatives: Who stood for it when no name is given, as printed:
            ``相关负责人一行``, ``主要负责同志``; empty when the body itself
            is meant.
    """

    organisation: Organisation = attrs.field(validator=attrs.validators.instance_of(Organisation))
    role: Role = attrs.field(converter=_as_role, default=Role.TAKES_PART)
    representatives: str = _label(optional=True)


@attrs.frozen
class Location:
    """
    A place: a venue, or one stop of a tour.

    Attributes:
        name: The place as printed, kept whole: ``桐柏路建设路东南角``,
            ``汝河路街道金苑社区``.
        area: The area it belongs to when the report says so, e.g.
            ``汝河路街道`` for ``汝河路街道金苑社区``; empty otherwise.
    """

    name: str = _label()
    area: str = _label(optional=True)

    @property
    def shown_area(self) -> str:
        """The area to print after the name: empty when the name already opens with it."""
        return "" if self.name.startswith(self.area) else self.area

    @property
    def label(self) -> str:
        """The place for display: ``金苑社区(汝河路街道)``, never the area twice."""
        return f"{self.name}({self.shown_area})" if self.shown_area else self.name


def _non_negative(inst: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if value < 0:
        _fail(inst, attribute, value, "must not be negative")


@attrs.frozen(kw_only=True)
class Headcount:
    """
    How many people an event counted, and how exactly.

    Attributes:
        count: The number printed: 50 for ``50余人``.
        precision: ``exact`` (71名), ``at_least`` (余/多) or ``about`` (约).
        unit: The counter word as printed: ``人``, ``名``.
        counted: Who was counted, as printed: ``选民``, ``村(社区)党组织书记``.
        text: The phrase as printed, e.g. ``50余人``; empty if unknown.
    """

    count: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    precision: Precision = attrs.field(converter=_as_precision, default=Precision.EXACT)
    unit: str = _label(optional=True)
    counted: str = _label(optional=True)
    text: str = _label(optional=True)

    @property
    def approximate(self) -> bool:
        """Whether the number is not exact (``50余人``, ``约30人``)."""
        return self.precision is not Precision.EXACT


@attrs.frozen(kw_only=True)
class Source:
    """
    The article an event was reported in.

    Attributes:
        headline: The article's headline as printed.
        published: The publication date; the year of month/day-only dates
            in the text comes from here.
        publication: The paper's name, if known.
        document: The page file or URL the article was read from.
        byline: The reporters ([`Role.REPORTS`][timeline.Role]) and correspondents
            ([`Role.CORRESPONDENT`][timeline.Role]), in printed order.
        span: Character offsets ``(start, end)`` of the article in the
            document, if known.
    """

    headline: str = _label()
    published: dt.date = attrs.field(validator=attrs.validators.instance_of(dt.date))
    publication: str = _label(optional=True)
    document: str = _label(optional=True)
    byline: tuple[Participant, ...] = _tuple_of(Participant)
    span: tuple[int, int] | None = attrs.field(default=None)

    @published.validator
    def _check_published(self, attribute: attrs.Attribute[Any], value: dt.date) -> None:
        if isinstance(value, dt.datetime):
            _fail(self, attribute, value, "must be a date, not a datetime")

    @byline.validator
    def _check_byline(
        self, attribute: attrs.Attribute[Any], value: tuple[Participant, ...]
    ) -> None:
        for p in value:
            if p.role not in BYLINE_ROLES:
                _fail(self, attribute, p, "byline roles are reports or correspondent")

    @span.validator
    def _check_span(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if not (
            isinstance(value, tuple)
            and len(value) == 2  # noqa: PLR2004 - a pair
            and all(isinstance(v, int) and v >= 0 for v in value)
            and value[0] <= value[1]
        ):
            _fail(self, attribute, value, "must be a (start, end) pair of offsets")


# -- the event ---------------------------------------------------------------


def default_end(start: When) -> When:
    """The end an event gets when none is given (the data format leaves it out then)."""
    # An all-day event covers its whole day (RFC 5545's exclusive DTEND);
    # a timed event without a stated end is an instant.
    if isinstance(start, dt.datetime):
        return start
    if start == dt.date.max:
        return start  # out of range; the start's validator says so, not an OverflowError
    return start + dt.timedelta(days=1)


#: White space as ``str.isspace`` tells it (``\s`` of a str pattern is the
#: same class): one scan, not a Python step per character of every id.
_WHITE_SPACE: Final = re.compile(r"\s")


def _kinds(value: Iterable[EventKind | str]) -> tuple[EventKind, ...]:
    return tuple(k if type(k) is EventKind else EventKind(k) for k in value)


@attrs.frozen(kw_only=True)
class Event:
    """
    One reported event.

    Attributes:
        id: A stable identity, unique within a dataset; with the source it
            makes the iCalendar UID.
        title: A short title (the SUMMARY of a calendar entry).
        kinds: What sort of event it is, main kind first; compound events
            (a meeting that is also a study session) list several.
        start: A ``date`` for an all-day event, else an aware ``datetime``.
        end: Exclusive end, of the same type as ``start``. All-day events
            default to the next day, timed ones to ``start``.
        summary: A short account in the report's words (the DESCRIPTION of a
            calendar entry; ``title`` is its SUMMARY).
        participants: Named people in their roles, in printed order.
        delegations: Organisations in their roles, in printed order.
        locations: Where it happened; a tour's stops in the order visited.
        headcounts: Numbers of people reported.
        source: The article that reported it.
    """

    id: str = _label()
    title: str = _label()
    kinds: tuple[EventKind, ...] = attrs.field(converter=_kinds, factory=tuple)
    start: When = attrs.field(validator=_check_when)
    end: When = attrs.field(validator=_check_when)
    summary: str = attrs.field(default="", validator=_check_text)
    participants: tuple[Participant, ...] = _tuple_of(Participant)
    delegations: tuple[Delegation, ...] = _tuple_of(Delegation)
    locations: tuple[Location, ...] = _tuple_of(Location)
    headcounts: tuple[Headcount, ...] = _tuple_of(Headcount)
    source: Source | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Source))
    )

    @end.default
    def _end_default(self) -> When:
        return default_end(self.start)

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[Any], value: When) -> None:
        if isinstance(value, dt.datetime) != isinstance(self.start, dt.datetime):
            _fail(self, attribute, value, "start and end must both be dates or both datetimes")
        if isinstance(value, dt.datetime):
            if _instant(value) < _instant(cast("dt.datetime", self.start)):
                _fail(self, attribute, value, "must not be before start")
        elif value <= self.start:
            _fail(self, attribute, value, "an all-day end is exclusive: must be after start")

    @id.validator  # noqa: A003 - `id` is the model's word for identity
    def _check_id(self, attribute: attrs.Attribute[Any], value: str) -> None:
        if _WHITE_SPACE.search(value) is not None:
            _fail(self, attribute, value, "must not contain white space")

    # -- derived views -------------------------------------------------------

    @property
    def all_day(self) -> bool:
        """Whether the event is all-day (``date`` bounds)."""
        return not isinstance(self.start, dt.datetime)

    @property
    def kind(self) -> EventKind:
        """The main kind (the first of [`kinds`][timeline.Event]), ``other`` if none."""
        return self.kinds[0] if self.kinds else EventKind.OTHER

    @property
    def people(self) -> tuple[Participant, ...]:
        """Everyone named: participants, then the byline."""
        byline = self.source.byline if self.source is not None else ()
        return self.participants + byline

    def has_person(self, name: str, *, role: Role | None = None, match: Match = "exact") -> bool:
        """Whether ``name`` appears in any (or the given) role; see [`Match`][timeline.Match]."""
        found = _matcher(name, match)
        return any(found(p.person.name) and (role is None or p.role is role) for p in self.people)

    def has_place(self, name: str, *, match: Match = "exact") -> bool:
        """Whether ``name`` is any stop, or the area of one; see [`Match`][timeline.Match]."""
        found = _matcher(name, match)
        return any(found(loc.name) or (loc.area and found(loc.area)) for loc in self.locations)

    def has_organisation(
        self, name: str, *, role: Role | None = None, match: Match = "exact"
    ) -> bool:
        """Whether body ``name`` (or a section of it) took part; see [`Match`][timeline.Match]."""
        found = _matcher(name, match)
        return any(
            (found(d.organisation.name) or (d.organisation.parent and found(d.organisation.parent)))
            and (role is None or d.role is role)
            for d in self.delegations
        )

    def has_kind(self, kind: EventKind | str) -> bool:
        """Whether ``kind`` is one of the event's kinds."""
        return EventKind(kind) in self.kinds
