"""Hypothesis strategies shared by the test suite (one section per area)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from hypothesis import assume
from hypothesis import strategies as st

import timeline
from timeline import (
    Delegation,
    Event,
    EventKind,
    Headcount,
    Location,
    Organisation,
    Participant,
    Person,
    Role,
    Source,
)

# -- model events (lead + render helper) --------------------------------------------

#: Zones events are written in: the display zone, UTC, and zones with DST
#: and odd offsets, so order and day queries must not depend on them.
ZONES = tuple(
    ZoneInfo(name)
    for name in (
        "Asia/Shanghai",
        "UTC",
        "America/New_York",
        "Europe/London",
        "Asia/Kathmandu",
        "Pacific/Chatham",
        "America/Sao_Paulo",
    )
)

_CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
_WIDE_PUNCT = st.sampled_from("“”、，。()（）《》·—…")
_ASCII = st.characters(min_codepoint=0x21, max_codepoint=0x7E)
_OTHER = st.characters(
    categories=("L", "M", "N", "P", "S", "Zs"),
    exclude_characters="\u2028\u2029\x85",
)

#: One-line labels: mostly CJK, with ASCII, markup characters, combining
#: marks and emoji mixed in; never control characters (the model refuses them).
labels = (
    st.text(alphabet=st.one_of(_CJK, _CJK, _WIDE_PUNCT, _ASCII, _OTHER), min_size=1, max_size=40)
    .map(str.strip)
    .filter(bool)
)

#: Sometimes very long titles, to exercise wrapping and truncation.
titles = st.one_of(labels, st.text(alphabet=_CJK, min_size=60, max_size=200))

event_ids = st.from_regex(r"[a-z0-9][a-z0-9\-]{0,20}", fullmatch=True)

days = st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2021, 12, 31))

aware_datetimes = st.datetimes(
    min_value=dt.datetime(2019, 1, 1),  # noqa: DTZ001 - hypothesis bounds are naive
    max_value=dt.datetime(2021, 12, 31),  # noqa: DTZ001 - hypothesis bounds are naive
    timezones=st.sampled_from(ZONES),
    # A wall time skipped by DST (02:30 on a spring-forward day) names no
    # instant; the model keeps it but a data file cannot, so generate none.
    allow_imaginary=False,
).map(lambda d: d.replace(fold=0))

people = st.builds(Person, name=labels, title=st.one_of(st.just(""), labels))
participants = st.builds(
    Participant,
    person=people,
    role=st.sampled_from([r for r in Role if r not in {Role.REPORTS, Role.CORRESPONDENT}]),
)
bylines = st.lists(
    st.builds(Participant, person=people, role=st.sampled_from([Role.REPORTS, Role.CORRESPONDENT])),
    max_size=3,
)
delegations = st.builds(
    Delegation,
    organisation=st.builds(Organisation, name=labels, parent=st.one_of(st.just(""), labels)),
    role=st.sampled_from([r for r in Role if r not in {Role.REPORTS, Role.CORRESPONDENT}]),
    representatives=st.one_of(st.just(""), labels),
)
locations = st.builds(Location, name=labels, area=st.one_of(st.just(""), labels))
headcounts = st.builds(
    Headcount,
    count=st.integers(min_value=0, max_value=10_000),
    precision=st.sampled_from(timeline.Precision),
    unit=st.sampled_from(["人", "名", ""]),
    counted=st.one_of(st.just(""), labels),
    text=st.one_of(st.just(""), labels),
)
#: Free text (summaries) may hold anything printable, including line breaks.
free_text = st.text(
    st.one_of(_CJK, _WIDE_PUNCT, _ASCII, _OTHER, st.sampled_from("\n\t")), max_size=300
)


@st.composite
def sources(draw: st.DrawFn) -> Source:
    """An article with a byline, maybe a document name and a span."""
    start = draw(st.integers(0, 10_000))
    return Source(
        headline=draw(labels),
        published=draw(days),
        publication=draw(st.one_of(st.just(""), labels)),
        document=draw(st.one_of(st.just(""), labels)),
        byline=draw(bylines),
        span=draw(st.one_of(st.none(), st.integers(0, 5_000).map(lambda n: (start, start + n)))),
    )


@st.composite
def _times(draw: st.DrawFn) -> tuple[timeline.When, timeline.When]:
    if draw(st.booleans()):
        start_day = draw(days)
        length = draw(st.sampled_from([1, 1, 1, 2, 3, 10]))
        return start_day, start_day + dt.timedelta(days=length)
    start = draw(aware_datetimes)
    minutes = draw(st.sampled_from([0, 0, 30, 90, 600, 1440, 3000, 20000]))
    end = (start.astimezone(dt.UTC) + dt.timedelta(minutes=minutes)).astimezone(start.tzinfo)
    return start, end


@st.composite
def events(draw: st.DrawFn, *, event_id: str | None = None) -> Event:
    """A valid event: all-day or timed, maybe multi-day, 0-8 stops, people in roles."""
    start, end = draw(_times())
    return Event(
        id=event_id if event_id is not None else draw(event_ids),
        title=draw(titles),
        kinds=draw(st.lists(st.sampled_from(EventKind), max_size=3, unique=True)),
        start=start,
        end=end,
        summary=draw(free_text),
        participants=draw(st.lists(participants, max_size=5)),
        delegations=draw(st.lists(delegations, max_size=3)),
        locations=draw(st.lists(locations, max_size=8)),
        headcounts=draw(st.lists(headcounts, max_size=2)),
        source=draw(st.one_of(st.none(), sources())),
    )


@st.composite
def event_lists(draw: st.DrawFn, *, max_size: int = 12) -> list[Event]:
    """Events with unique ids (as in one dataset)."""
    ids = draw(st.lists(event_ids, max_size=max_size, unique=True))
    return [draw(events(event_id=i)) for i in ids]


def timelines(*, max_size: int = 12) -> st.SearchStrategy[timeline.Timeline]:
    """Timelines of :func:`event_lists` in the default zone."""
    return event_lists(max_size=max_size).map(timeline.Timeline)


# -- ics helper ----------------------------------------------------------------
# Strategies for iCalendar tests (branch ics). Self-contained: every name
# starts with ``ics_`` so other sections can be merged next to this one.

#: Characters that stress iCalendar: TEXT and parameter specials, RFC 6868's
#: caret, the curly quote icalendar quotes on, full-width punctuation, and
#: the letter N (a backslash before it is icalendar's newline).
ICS_SPECIALS = list("\\;,:\"^'’N =、：“”（）《》\u3000\u2028\u00a0")

ics_cjk_chars = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)


def _not_noncharacter(char: str) -> bool:
    # The model refuses Unicode's noncharacters (U+FFFF and kin), as XML does.
    code = ord(char)
    return not (0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE)


def ics_any_text(*, max_size: int = 200) -> st.SearchStrategy[str]:
    """Free text: CJK, specials, control characters (CR, LF, NUL, DEL, C1), anything."""
    alphabet = st.one_of(
        ics_cjk_chars,
        st.sampled_from(ICS_SPECIALS),
        st.sampled_from(list("\r\n\t\x00\x1b\x7f\x85")),
        st.characters(exclude_categories=("Cs",)).filter(_not_noncharacter),
    )
    return st.text(alphabet, max_size=max_size)


def ics_labels(*, max_size: int = 120) -> st.SearchStrategy[str]:
    """One-line labels the model accepts: no controls or line separators, stripped, non-empty."""
    alphabet = st.one_of(
        ics_cjk_chars,
        st.sampled_from([c for c in ICS_SPECIALS if c not in "\u2028\u2029"]),
        st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp")).filter(_not_noncharacter),
    )
    return st.text(alphabet, min_size=1, max_size=max_size).map(str.strip).filter(bool)


def ics_optional_labels() -> st.SearchStrategy[str]:
    """A label or nothing."""
    return st.one_of(st.just(""), ics_labels(max_size=40))


ics_ids = ics_labels(max_size=60).map(lambda s: "".join(s.split())).filter(bool)

ICS_ZONES = [
    timeline.SHANGHAI,
    ZoneInfo("Europe/Berlin"),
    ZoneInfo("America/New_York"),
    ZoneInfo("UTC"),
    dt.UTC,
    dt.timezone(dt.timedelta(hours=8)),
    dt.timezone(dt.timedelta(hours=-3, minutes=-30)),
]

ics_days = st.dates(min_value=dt.date(1971, 1, 1), max_value=dt.date(2037, 12, 1))


#: Hours that clocks-back nights repeat: (zone, day, hour), in 1971-2037.
ICS_REPEATED_HOURS = [
    (ZoneInfo("Europe/Berlin"), dt.date(2025, 10, 26), 2),
    (ZoneInfo("Europe/Berlin"), dt.date(1996, 10, 27), 2),
    (ZoneInfo("America/New_York"), dt.date(2020, 11, 1), 1),
    (ZoneInfo("America/New_York"), dt.date(2037, 11, 1), 1),
]


@st.composite
def ics_spans(draw: st.DrawFn) -> tuple[timeline.When, timeline.When]:
    """
    A (start, end) pair: all-day dates with an exclusive end, or aware whole-second datetimes.

    Some timed starts fall in an hour a clocks-back night repeats, either
    time round (``fold``), and ends are drawn as instants after the start,
    so they may be in the repeated hour too.
    """
    day = draw(ics_days)
    if draw(st.booleans()):
        return day, day + dt.timedelta(days=draw(st.integers(1, 5)))
    minute, second = draw(st.integers(0, 59)), draw(st.integers(0, 59))
    if draw(st.integers(0, 4)) == 0:
        zone, day, hour = draw(st.sampled_from(ICS_REPEATED_HOURS))
        clock = dt.time(hour, minute, second, fold=draw(st.integers(0, 1)))
    else:
        zone = draw(st.sampled_from(ICS_ZONES))
        clock = dt.time(draw(st.integers(0, 23)), minute, second)
    start = dt.datetime.combine(day, clock, tzinfo=zone)
    # Instant arithmetic (through UTC), so an end in a repeated hour keeps its fold.
    length = dt.timedelta(minutes=draw(st.integers(0, 3 * 24 * 60)))
    end = (start.astimezone(dt.UTC) + length).astimezone(zone)
    # The model compares one zone's times by wall clock (fold ignored), so
    # it refuses an end in the repeated hour that reads earlier than the start.
    assume(end.replace(tzinfo=None) >= start.replace(tzinfo=None))
    # The model refuses wall times a DST change skips (2013-03-31 02:00 in Berlin).
    assume(_exists(start) and _exists(end))
    return start, end


_UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/Zulu", "Zulu", "Etc/Universal", "Universal"})


def ics_instants(events: Iterable[timeline.Event]) -> list[tuple[str, object, object]]:
    """
    Each event's id with its start and end as instants: what ``==`` on events misses.

    Aware datetimes in one zone compare by wall time, ``fold`` ignored, so
    the first and the second 02:30 of a clocks-back night are equal to
    ``==``. The UTC instant tells them apart; a named zone's key is kept as
    well (a feed writes other zones as UTC).
    """

    def key(value: timeline.When) -> object:
        if isinstance(value, dt.datetime):
            zone = value.tzinfo
            named = zone.key if isinstance(zone, ZoneInfo) and zone.key not in _UTC_NAMES else None
            return (value.astimezone(dt.UTC), named)
        return value

    return sorted((e.id, key(e.start), key(e.end)) for e in events)


def _exists(value: dt.datetime) -> bool:
    """Whether an aware wall time exists in its zone (is not skipped by a DST change)."""
    back = value.astimezone(dt.UTC).astimezone(value.tzinfo)
    return back.replace(tzinfo=None) == value.replace(tzinfo=None)


def ics_participants(roles: list[timeline.Role]) -> st.SearchStrategy[timeline.Participant]:
    """A named person in one of ``roles``."""
    return st.builds(
        timeline.Participant,
        person=st.builds(
            timeline.Person, name=ics_labels(max_size=20), title=ics_optional_labels()
        ),
        role=st.sampled_from(roles),
    )


ics_delegations = st.builds(
    timeline.Delegation,
    organisation=st.builds(
        timeline.Organisation, name=ics_labels(max_size=30), parent=ics_optional_labels()
    ),
    role=st.sampled_from(list(timeline.Role)),
    representatives=ics_optional_labels(),
)

ics_locations = st.builds(
    timeline.Location, name=ics_labels(max_size=40), area=ics_optional_labels()
)

ics_headcounts = st.builds(
    timeline.Headcount,
    count=st.integers(0, 10**6),
    precision=st.sampled_from(list(timeline.Precision)),
    unit=ics_optional_labels(),
    counted=ics_optional_labels(),
    text=ics_optional_labels(),
)


@st.composite
def ics_sources(draw: st.DrawFn) -> timeline.Source:
    """An article with a byline and maybe a span."""
    span = draw(st.one_of(st.none(), st.tuples(st.integers(0, 5000), st.integers(0, 5000))))
    return timeline.Source(
        headline=draw(ics_labels(max_size=200)),
        published=draw(ics_days),
        publication=draw(ics_optional_labels()),
        document=draw(ics_optional_labels()),
        byline=draw(
            st.lists(
                ics_participants([timeline.Role.REPORTS, timeline.Role.CORRESPONDENT]), max_size=3
            )
        ),
        span=None if span is None else (min(span), max(span)),
    )


@st.composite
def ics_events(draw: st.DrawFn, *, event_id: st.SearchStrategy[str] = ics_ids) -> timeline.Event:
    """One event with every field exercised: long CJK titles, hostile text, all roles."""
    start, end = draw(ics_spans())
    return timeline.Event(
        id=draw(event_id),
        title=draw(st.one_of(ics_labels(max_size=30), ics_labels(max_size=400))),
        kinds=draw(st.lists(st.sampled_from(list(timeline.EventKind)), max_size=3)),
        start=start,
        end=end,
        summary=draw(ics_any_text()),
        participants=draw(st.lists(ics_participants(list(timeline.Role)), max_size=4)),
        delegations=draw(st.lists(ics_delegations, max_size=3)),
        locations=draw(st.lists(ics_locations, max_size=4)),
        headcounts=draw(st.lists(ics_headcounts, max_size=2)),
        source=draw(st.one_of(st.none(), ics_sources())),
    )


@st.composite
def ics_event_lists(draw: st.DrawFn, *, max_size: int = 6) -> list[timeline.Event]:
    """Events with distinct ids (so distinct UIDs), in any order."""
    ids = draw(st.lists(ics_ids, max_size=max_size, unique=True))
    return [draw(ics_events(event_id=st.just(i))) for i in ids]


# -- end ics helper ------------------------------------------------------------


# -- feeds (branch feeds) -------------------------------------------------------


def feed_names() -> st.SearchStrategy[str]:
    """Facet names as hostile as text gets: CJK, controls, slashes, dots, very long."""
    alphabet = st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.sampled_from(list('./\\\0%:*?"<>| …—·“”')),
        st.characters(),
    )
    return st.text(alphabet, max_size=300)


_FEED_POOL = ["李晓雷", "李明", "理明", "棉纺路街道", "区委组织部", "../x", "……", "/", "a b"]
_feed_pool_names = st.sampled_from(_FEED_POOL)


@st.composite
def feed_event_lists(draw: st.DrawFn, *, max_size: int = 8) -> list[timeline.Event]:
    """Events sharing names from a small pool, so facets overlap (ids unique)."""
    count = draw(st.integers(min_value=0, max_value=max_size))
    events = []
    for i in range(count):
        people = draw(st.lists(st.tuples(_feed_pool_names, _feed_pool_names), max_size=3))
        roles = draw(st.lists(st.sampled_from(list(timeline.Role)), min_size=3, max_size=3))
        places = draw(
            st.lists(st.tuples(_feed_pool_names, _feed_pool_names | st.just("")), max_size=3)
        )
        bodies = draw(
            st.lists(st.tuples(_feed_pool_names, _feed_pool_names | st.just("")), max_size=3)
        )
        day = draw(st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2020, 12, 31)))
        events.append(
            timeline.Event(
                id=f"e{i}",
                title=f"活动{i}",
                start=day,
                participants=[
                    timeline.Participant(timeline.Person(n, t), r)
                    for (n, t), r in zip(people, roles, strict=False)
                    if r not in {timeline.Role.REPORTS, timeline.Role.CORRESPONDENT}
                ],
                locations=[timeline.Location(n, a) for n, a in places],
                delegations=[timeline.Delegation(timeline.Organisation(n, p)) for n, p in bodies],
            )
        )
    return draw(st.permutations(events))


# -- end feeds -------------------------------------------------------------------


# -- extract helper ------------------------------------------------------------
# Text that looks like (and unlike) a news page: the genre's markers, dates,
# titles, names and punctuation, mixed with arbitrary characters, controls
# and line breaks, so the extractor meets half-formed reports.

_GENRE_PIECES = (
    "本报讯",
    "又讯",
    "本报6月2日讯",
    "新华社郑州3月2日电",
    "6月2日",
    "2月30日",
    "昨日",
    "23日",
    "上午9时30分",
    "至10日",
    "、",
    ",",
    "。",
    "\n",
    "\n\n",
    "中原区",
    "召开",
    "举行",
    "在",
    "调研",
    "先后到",
    "实地察看",
    "陪同",
    "的陪同下",
    "区委书记",
    "乔耸",
    "李晓雷",
    "区领导于珊、邵春雨",
    "主要负责同志",
    "50余人",
    "71名选民",
    "约30人",
    "记者 张改华",
    "通讯员 唐珂欣 马楚璇",
    "(记者 赵磊)",
    "会议",
    "“红色物业”",
    "區委書記",
    "１２名",
    "（",
    "）",
)


def page_texts() -> st.SearchStrategy[str]:
    """Pages built from genre pieces and arbitrary text, in any order."""
    piece = st.one_of(
        st.sampled_from(_GENRE_PIECES),
        st.text(max_size=8),
        st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80), max_size=6),
    )
    return st.lists(piece, max_size=60).map("".join)


# -- hostile helper -----------------------------------------------------------
#
# Inputs nobody should write: arbitrary bytes and text, and valid documents
# damaged the way files get damaged (a flipped byte, a lost or doubled line,
# a cut, two files spliced, a stray token). Every mutation is drawn, so
# hypothesis shrinks a failure to the fewest, smallest edits.

#: Tokens that matter to our parsers: line breaks and folds, NUL, bytes that
#: are never UTF-8, BOMs, structure and quoting characters, and whole
#: component boundaries.
HOSTILE_TOKENS: tuple[bytes, ...] = (
    b"\r\n",
    b"\n",
    b"\r",
    b"\r\n ",
    b"\r\n\t",
    b"\x00",
    b"\xff",
    b"\xc3",
    b"\xed\xa0\x80",
    b"\xef\xbb\xbf",
    b"\xe2\x80\xa8",
    b":",
    b";",
    b",",
    b"=",
    b'"',
    b"'",
    b"\\",
    b"\\n",
    b"[",
    b"]",
    b"{",
    b"}",
    b"[[events]]\n",
    b"BEGIN:VEVENT\r\n",
    b"END:VEVENT\r\n",
    b"BEGIN:VCALENDAR\r\n",
    b"END:VCALENDAR\r\n",
    b"BEGIN:VALARM\r\n",
    b"BEGIN:VTIMEZONE\r\n",
    b"DTSTART:20200525T090000\r\n",
    b"DTSTART;TZID=Nowhere/Else:20200525T090000\r\n",
    b"RRULE:FREQ=DAILY\r\n",
    # Recurrence bombs (issue 15): dense rules from long ago, a VTIMEZONE
    # observance that recurs every second, dates by the comma.
    b"RRULE:FREQ=SECONDLY\r\n",
    b"RRULE:FREQ=MINUTELY;BYSECOND=0,1,2,3,4,5,6,7,8,9\r\n",
    b"DTSTART:19000101T000000Z\r\n",
    b"RDATE:20200101T000000Z,20200102T000000Z,20200103T000000Z\r\n",
    (
        b"TZID:Bomb\r\nBEGIN:STANDARD\r\nDTSTART:19000101T000000\r\nRRULE:FREQ=SECONDLY\r\n"
        b"TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\n"
    ),
    b"DTSTART;TZID=Bomb:20200525T090000\r\n",
    # Terminal escapes (issue 15): OSC 52 (clipboard), a screen clear, bidi override.
    b"\x1b]52;c;aGk=\x07",
    b"\x1b[2J",
    "\u202e".encode(),
    b'X-TIMELINE-ID:"x"\r\n',
    b"9" * 400,
    "中原区".encode(),
)


def _flip(draw: st.DrawFn, data: bytes) -> bytes:
    if not data:
        return data
    at = draw(st.integers(0, len(data) - 1))
    return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]


def _lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True) or [b""]


def _delete_line(draw: st.DrawFn, data: bytes) -> bytes:
    lines = _lines(data)
    del lines[draw(st.integers(0, len(lines) - 1))]
    return b"".join(lines)


def _duplicate_line(draw: st.DrawFn, data: bytes) -> bytes:
    lines = _lines(data)
    at = draw(st.integers(0, len(lines) - 1))
    lines.insert(at, lines[at] * draw(st.integers(1, 50)))
    return b"".join(lines)


def _swap_lines(draw: st.DrawFn, data: bytes) -> bytes:
    lines = _lines(data)
    a = draw(st.integers(0, len(lines) - 1))
    b = draw(st.integers(0, len(lines) - 1))
    lines[a], lines[b] = lines[b], lines[a]
    return b"".join(lines)


def _truncate(draw: st.DrawFn, data: bytes) -> bytes:
    return data[: draw(st.integers(0, len(data)))]


def _insert_token(draw: st.DrawFn, data: bytes) -> bytes:
    at = draw(st.integers(0, len(data)))
    return data[:at] + draw(st.sampled_from(HOSTILE_TOKENS)) + data[at:]


def _insert_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    at = draw(st.integers(0, len(data)))
    return data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at:]


def _splice(draw: st.DrawFn, data: bytes) -> bytes:
    """Move a piece of the document elsewhere in it (two files concatenated, a bad merge)."""
    if not data:
        return data
    start = draw(st.integers(0, len(data) - 1))
    piece = data[start : start + draw(st.integers(1, 400))]
    at = draw(st.integers(0, len(data)))
    return data[:at] + piece + data[at:]


_MUTATIONS = (
    _flip,
    _delete_line,
    _duplicate_line,
    _swap_lines,
    _truncate,
    _insert_token,
    _insert_bytes,
    _splice,
)


@st.composite
def mutated(draw: st.DrawFn, seeds: tuple[bytes, ...], *, max_edits: int = 4) -> bytes:
    """One of ``seeds`` with one to ``max_edits`` random edits (see ``_MUTATIONS``)."""
    data = draw(st.sampled_from(seeds))
    for _ in range(draw(st.integers(1, max_edits))):
        data = draw(st.sampled_from(_MUTATIONS))(draw, data)
    return data


#: Text of any code point our readers may meet, controls and surrogates included.
hostile_text = st.text(
    st.one_of(
        st.characters(),
        st.sampled_from("\x00\r\n\t\x0b\x0c\x1b\x7f\x85\u2028\u2029\ufeff\u200b"),
        _CJK,
        _WIDE_PUNCT,
    ),
    max_size=400,
)

#: Bytes: random, hostile text in UTF-8 (surrogates escaped), or a run of tokens.
hostile_bytes = st.one_of(
    st.binary(max_size=2000),
    hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(st.sampled_from(HOSTILE_TOKENS), max_size=60).map(b"".join),
)


@st.composite
def ics_like(draw: st.DrawFn) -> bytes:
    """Content lines in a calendar's shape: real property names, hostile values."""
    names = st.sampled_from(
        [
            "BEGIN",
            "END",
            "UID",
            "DTSTART",
            "DTEND",
            "DURATION",
            "SUMMARY",
            "LOCATION",
            "ATTENDEE",
            "ORGANIZER",
            "CATEGORIES",
            "RRULE",
            "EXDATE",
            "TZID",
            "X-WR-TIMEZONE",
            "X-TIMELINE-ID",
            "X-TIMELINE-TITLE",
            "X-TIMELINE-PARTICIPANTS",
            "X-TIMELINE-SOURCE",
        ]
    )
    values = st.one_of(
        st.sampled_from(
            [
                "VCALENDAR",
                "VEVENT",
                "VTIMEZONE",
                "VALARM",
                "STANDARD",
                "20200525",
                "20200525T090000",
                "20200525T090000Z",
                "PT1H",
                "-P1D",
                "FREQ=DAILY;COUNT=3",
                '"id"',
                "[]",
                "{}",
                "Asia/Shanghai",
                "mailto:a@b",
            ]
        ),
        hostile_text,
    )
    params = st.sampled_from(["", ";VALUE=DATE", ";TZID=Asia/Shanghai", ";TZID=X", ';CN="a:b"'])
    body = draw(
        st.lists(
            st.builds(lambda n, p, v: f"{n}{p}:{v}", names, params, values),
            max_size=30,
        )
    )
    lines = ["BEGIN:VCALENDAR", *body, "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8", "surrogatepass")


# -- foreign fast path (branch foreign) ------------------------------------------------
# Foreign VEVENTs as content lines, for comparing read.py's _foreign_fast with
# the icalendar path. Every name starts with ``foreign_``. The "common"
# strategies draw only shapes the fast path must read itself; the others mix
# in everything it must leave to icalendar (subcomponents, recurrence,
# unknown properties, odd parameters, bad values).

#: A custom zone a calendar may define in a VTIMEZONE (not an IANA name).
FOREIGN_CUSTOM_ZONE = "Custom/Zone"
FOREIGN_VTIMEZONE = (
    f"BEGIN:VTIMEZONE\r\nTZID:{FOREIGN_CUSTOM_ZONE}\r\nBEGIN:STANDARD\r\n"
    "DTSTART:19700101T000000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\n"
    "TZNAME:XX\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
)

_FOREIGN_TEXT_CHARS = st.one_of(
    ics_cjk_chars,
    ics_cjk_chars,
    st.sampled_from(list("\\;,:\"^'’N n=、：“”（）《》\u3000\u00a0\t\x85\u2028")),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
)
_FOREIGN_KINDS = [k.value for k in EventKind]


def foreign_escape(text: str) -> str:
    """Escape ``text`` as an RFC 5545 TEXT value (what a careful writer sends)."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def foreign_texts(*, common: bool = False) -> st.SearchStrategy[str]:
    """A TEXT value: escaped CJK text, sometimes (unless ``common``) raw backslashes."""
    text = st.text(_FOREIGN_TEXT_CHARS, max_size=40)
    escaped = text.map(foreign_escape)
    if common:
        return escaped
    return st.one_of(escaped, escaped, text, st.sampled_from(["\\t", "a\\xb", "\\N", "x\\"]))


@st.composite
def foreign_param_values(draw: st.DrawFn, *, common: bool = False) -> str:
    """A parameter value as written: plain, quoted, RFC 6868 escaped, or odd."""
    plain = draw(
        st.text(st.one_of(ics_cjk_chars, st.sampled_from(list("ab 王-_.'’"))), max_size=12)
    )
    good = [
        plain.strip() or "x",
        f'"{plain}"',
        f'"{plain}, {plain}: {plain}; x"',
        "a^^b^'c^'^nd",
        "\"区长^'王明^' ^^\"",
        "",
        '""',
        "%2C%",
    ]
    odd = [f" {plain}", f"{plain} ", "a,b", "a\\b", '"a\tb"', "a=b", f"{plain}\u3000"]
    if common or draw(st.integers(0, 3)):
        return draw(st.sampled_from(good))
    return draw(st.sampled_from(odd))


@st.composite
def foreign_addresses(draw: st.DrawFn, *, common: bool = False) -> str:
    """An ATTENDEE or ORGANIZER line with a few of the parameters feeds use."""
    name = draw(st.sampled_from(["ATTENDEE", "ORGANIZER", "attendee"]))
    params: list[str] = []
    if draw(st.booleans()):
        params.append(f"CN={draw(foreign_param_values(common=common))}")
    if draw(st.booleans()):
        role = ["CHAIR", "REQ-PARTICIPANT", "OPT-PARTICIPANT", "NON-PARTICIPANT", "chair", "X"]
        params.append(f"ROLE={draw(st.sampled_from(role))}")
    if draw(st.booleans()):
        cutype = ["INDIVIDUAL", "GROUP", "ROOM", "RESOURCE", "room", "UNKNOWN"]
        params.append(f"CUTYPE={draw(st.sampled_from(cutype))}")
    if draw(st.integers(0, 4)) == 0:
        params.append(f"X-TIMELINE-ROLE={draw(st.sampled_from(['leads', 'reports', 'x']))}")
    if draw(st.booleans()):
        params.append(draw(st.sampled_from(["PARTSTAT=ACCEPTED", "RSVP=TRUE", "cn=小李"])))
    addresses = [
        "mailto:wang@example.com",
        "MAILTO:LI@EXAMPLE.COM",
        "mailto:li@example.com",
        "urn:uuid:0c8f7e2a-5b1c-4f5e-9a3b-1d2e3f4a5b6c",
        "urn:x-timeline:person:王明",
        "",
    ]
    if not common and draw(st.integers(0, 5)) == 0:
        addresses = ["mailto:a\\,b@example.com", "mailto:a\\nb", "mailto:\\\\x"]
    address = draw(st.sampled_from(addresses))
    return ";".join([name, *params]) + ":" + address


_FOREIGN_GOOD_TIMES = [
    "{name};VALUE=DATE:{day}",
    "{name}:{day}",
    "{name}:{day}{clock}Z",
    "{name};TZID=Europe/Berlin:{day}{clock}",
    '{name};TZID="Asia/Shanghai":{day}{clock}',
    "{name};TZID=W. Europe Standard Time:{day}{clock}",
    "{name};TZID=" + FOREIGN_CUSTOM_ZONE + ":{day}{clock}",
    "{name}:{day}{clock}",
    "{name};VALUE=DATE-TIME:{day}{clock}Z",
    "{name};value=date:{day}",
]
_FOREIGN_ODD_TIMES = [
    "{name};TZID=Mars/Base:{day}{clock}",
    "{name};TZID=Europe/Berlin:{day}{clock}Z",
    "{name};TZID=Europe/Berlin:{day}",
    "{name};VALUE=DATE-TIME:{day}",
    "{name};VALUE=PERIOD:{day}{clock}Z/PT1H",
    "{name}:{day}-",
    "{name}:20201301T000000Z",
    "{name}:PT1H",
    "{name};TZID=:{day}{clock}",
]


@st.composite
def foreign_spans(draw: st.DrawFn, *, common: bool = False) -> tuple[str, str]:
    """
    DTSTART and DTEND lines: all-day, UTC, TZID (IANA, Windows, custom) or floating.

    Mostly both in one shape with the end days later; unless ``common``,
    sometimes in shapes icalendar reads oddly or refuses.
    """
    day = draw(st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2021, 12, 31)))
    end_day = day + dt.timedelta(days=draw(st.integers(1, 3)))
    clock = draw(st.sampled_from(["T090000", "T235959", "T000000", "T103000"]))
    odd = not common and draw(st.integers(0, 3)) == 0
    start = draw(st.sampled_from(_FOREIGN_ODD_TIMES if odd else _FOREIGN_GOOD_TIMES))
    end = start
    if not common and draw(st.integers(0, 3)) == 0:
        end = draw(st.sampled_from(_FOREIGN_GOOD_TIMES + _FOREIGN_ODD_TIMES))
    return (
        start.format(name="DTSTART", day=f"{day:%Y%m%d}", clock=clock),
        end.format(name="DTEND", day=f"{end_day:%Y%m%d}", clock=clock),
    )


@st.composite
def foreign_vevents(draw: st.DrawFn, uid: str, *, common: bool = False) -> list[str]:
    """
    One foreign VEVENT's content lines, properties in any order.

    With ``common`` only shapes the fast path reads itself (a valid event
    needs X-WR-TIMEZONE and the custom VTIMEZONE in its calendar).
    """
    lines = [f"UID:{uid}", "DTSTAMP:20200101T000000Z"]
    start, end = draw(foreign_spans(common=common))
    lines.append(start)
    ending = draw(st.sampled_from(["DTEND", "DURATION", "none", "both"]))
    if ending in ("DTEND", "both"):
        lines.append(end)
    if ending in ("DURATION", "both"):
        durations = ["PT1H", "P1D", "P1W", "PT1H30M", "P2DT3H", "PT0S"]
        if not common and draw(st.integers(0, 3)) == 0:
            durations = ["-PT1H", "P1X", "20200101T000000Z", "P1000000W"]
        lines.append(f"DURATION:{draw(st.sampled_from(durations))}")
    for name in ("SUMMARY", "DESCRIPTION", "LOCATION"):
        if draw(st.integers(0, 4)):
            param = draw(st.sampled_from(["", ";LANGUAGE=zh-CN", ';ALTREP="cid:x@y"']))
            lines.append(f"{name}{param}:{draw(foreign_texts(common=common))}")
    for _ in range(draw(st.integers(0, 2))):
        kinds = st.lists(st.sampled_from([*_FOREIGN_KINDS, "Work", "", "a\\,b", "会议"]))
        lines.append("CATEGORIES:" + ",".join(draw(kinds)))
    lines.extend(draw(st.lists(foreign_addresses(common=common), max_size=4)))
    status = draw(st.sampled_from(["", "CONFIRMED", "CANCELLED", "tentative", "X\\,Y"]))
    if status:
        lines.append(f"STATUS:{status}")
    optional = [
        "TRANSP:OPAQUE",
        "CLASS:PUBLIC",
        "SEQUENCE:0",
        "PRIORITY:5",
        "CREATED:20190101T000000Z",
        "LAST-MODIFIED:20190102T030405Z",
        "X-GOOGLE-CONFERENCE:https://meet.example.com/x",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "URL:https://example.com/meeting?a=1&b=%20",
        'X-TIMELINE-SUMMARY:"摘要"',
        "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P0DT0H10M0S\r\nDESCRIPTION:提醒\r\nEND:VALARM",
        (
            "BEGIN:VALARM\r\nACTION:EMAIL\r\nTRIGGER;RELATED=END:PT5M\r\nREPEAT:2\r\n"
            "DURATION:PT1M\r\nSUMMARY:x\r\nATTENDEE:mailto:a@example.com\r\n"
            "X-WR-ALARMUID:1\r\nEND:VALARM"
        ),
    ]
    lines.extend(draw(st.lists(st.sampled_from(optional), max_size=4, unique=True)))
    if not common and draw(st.integers(0, 2)) == 0:
        odd = [
            "URL:https://example.com/a\\,b",
            "URL;VALUE=TEXT:x",
            'X-TIMELINE-SUMMARY:"a"\r\nX-TIMELINE-SOURCE:{}\r\nX-TIMELINE-SUMMARY:"b"',
            "DESCRIPTION:second",
            "URL:https://example.com/second",
            "GEO:34.75;113.62",
            "COMMENT:备注\\, 一",
            "RRULE:FREQ=WEEKLY;COUNT=3",
            "EXDATE:20200108T090000Z",
            "RECURRENCE-ID:20200108T090000Z",
            "SEQUENCE:x",
            "DTSTAMP:2020",
            "X-FOO;VALUE=INTEGER:abc",
            "SUMMARY:second",
            "STATUS:CANCELLED",
            "UID:again",
            'X-TIMELINE-ID:"own"',
            "SUMMARY;X-A=a\\b:x",
            "SUMMARY;=x:y",
            "SUMMARY;:y",
            "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nDESCRIPTION:x\r\nEND:VALARM",
            "BEGIN:VALARM\r\nACTION:AUDIO\r\nTRIGGER:-PT1X\r\nEND:VALARM",
            "BEGIN:VALARM\r\nTRIGGER;VALUE=DATE-TIME:20200101T000000Z\r\nREPEAT:x\r\nEND:VALARM",
            "BEGIN:VALARM\r\nATTACH:ftp://example.com/a.aud\r\nEND:VALARM",
            "BEGIN:X-VENDOR\r\nX-A:1\r\nEND:X-VENDOR",
        ]
        lines.append(draw(st.sampled_from(odd)))
    return ["BEGIN:VEVENT", *draw(st.permutations(lines)), "END:VEVENT"]


@st.composite
def foreign_calendars(draw: st.DrawFn, *, common: bool = False) -> bytes:
    """A foreign calendar: maybe X-WR-TIMEZONE, maybe a custom VTIMEZONE, a few VEVENTs."""
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//foreign//test//EN"]
    if common or draw(st.booleans()):
        head.append(f"X-WR-TIMEZONE:{draw(st.sampled_from(['Asia/Shanghai', 'UTC']))}")
    if common or draw(st.booleans()):
        head.append(FOREIGN_VTIMEZONE.removesuffix("\r\n"))
    uids = draw(
        st.lists(
            st.text(st.one_of(ics_cjk_chars, st.sampled_from(list("ab@. \\,"))), min_size=1),
            min_size=1,
            max_size=3,
            unique=True,
        )
    )
    body = [line for uid in uids for line in draw(foreign_vevents(uid, common=common))]
    return ("\r\n".join([*head, *body, "END:VCALENDAR"]) + "\r\n").encode()


# -- end foreign fast path -------------------------------------------------------------
# -- timeline build (branch tlbuild) -----------------------------------------------
# Events crowded onto a few instants, titles and ids, so the build's packed
# sort meets long runs of equal (start, timed, end), equal titles, repeated
# ids and whole-key ties, at the ends of the valid date range too.

_TIED_DAYS = st.sampled_from(
    [dt.date(1, 1, 3), dt.date(1969, 12, 31), dt.date(2020, 5, 25), dt.date(9999, 12, 27)]
)


@st.composite
def _tied_times(draw: st.DrawFn) -> tuple[timeline.When, timeline.When]:
    day = draw(_TIED_DAYS)
    if draw(st.booleans()):
        return day, day + dt.timedelta(days=draw(st.sampled_from([1, 1, 2])))
    hour = draw(st.sampled_from([0, 0, 9, 23]))
    start = dt.datetime.combine(day, dt.time(hour), tzinfo=draw(st.sampled_from(ZONES)))
    minutes = draw(st.sampled_from([0, 0, 60, 1440]))
    end = (start.astimezone(dt.UTC) + dt.timedelta(minutes=minutes)).astimezone(start.tzinfo)
    return start, end


@st.composite
def tied_event_lists(draw: st.DrawFn, *, max_size: int = 30) -> list[Event]:
    """Events sharing times, titles and even ids (as several sources may)."""
    size = draw(st.integers(0, max_size))
    out = []
    for _ in range(size):
        start, end = draw(_tied_times())
        out.append(
            Event(
                id=draw(st.sampled_from(["a", "b", "b-2", "c"])),
                title=draw(st.sampled_from(["会议", "会", "调研", "Z"])),
                start=start,
                end=end,
                summary=draw(st.sampled_from(["", "一", "二"])),
            )
        )
    return out


# -- end timeline build ------------------------------------------------------------
