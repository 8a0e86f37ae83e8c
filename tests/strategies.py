"""Hypothesis strategies shared by the test suite (one section per area)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

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

# -- events (render helper) ----------------------------------------------------------

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
sources = st.builds(
    Source,
    headline=labels,
    published=days,
    byline=bylines,
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
        summary=draw(st.one_of(st.just(""), labels)),
        participants=draw(st.lists(participants, max_size=5)),
        delegations=draw(st.lists(delegations, max_size=3)),
        locations=draw(st.lists(locations, max_size=8)),
        headcounts=draw(st.lists(headcounts, max_size=2)),
        source=draw(st.one_of(st.none(), sources)),
    )


@st.composite
def event_lists(draw: st.DrawFn, *, max_size: int = 12) -> list[Event]:
    """Events with unique ids (as in one dataset)."""
    ids = draw(st.lists(event_ids, max_size=max_size, unique=True))
    return [draw(events(event_id=i)) for i in ids]


def timelines(*, max_size: int = 12) -> st.SearchStrategy[timeline.Timeline]:
    """Timelines of :func:`event_lists` in the default zone."""
    return event_lists(max_size=max_size).map(timeline.Timeline)
