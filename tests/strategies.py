"""Every hypothesis strategy the tests use, by the area that needs it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from timeline import (
    Delegation,
    Event,
    EventKind,
    Headcount,
    Location,
    Organisation,
    Participant,
    Person,
    Precision,
    Role,
    Source,
)

# -- model (lead) -------------------------------------------------------------

#: CJK ideographs, kana, Latin letters, digits and the genre's punctuation.
_LABEL_CHARS = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x3040, max_codepoint=0x30FF),
    st.sampled_from("ABCxyz0123456789 ,;:\\\"'()“”、《》·—-"),
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")),
)

#: One-line labels as the model accepts them: stripped, non-empty, no controls.
labels = st.text(_LABEL_CHARS, min_size=1, max_size=40).map(str.strip).filter(bool)
#: Free text (summaries) may hold anything printable, including line breaks.
free_text = st.text(st.one_of(_LABEL_CHARS, st.sampled_from("\n\t")), max_size=300)
ids = st.from_regex(r"[a-z0-9][a-z0-9\-]{0,30}", fullmatch=True)

ZONES = (ZoneInfo("Asia/Shanghai"), ZoneInfo("UTC"), ZoneInfo("America/New_York"))

days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))
aware_datetimes = (
    st.datetimes(
        min_value=dt.datetime(1990, 1, 1),  # noqa: DTZ001 - bounds of a naive range, zoned below
        max_value=dt.datetime(2060, 12, 31),  # noqa: DTZ001
        timezones=st.sampled_from(ZONES),
    )
    .map(lambda d: d.replace(fold=0, microsecond=0))
    .filter(
        # Wall times skipped by a DST change are refused by the model.
        lambda d: (
            d.astimezone(dt.UTC).astimezone(d.tzinfo).replace(tzinfo=None) == d.replace(tzinfo=None)
        )
    )
)

persons = st.builds(Person, name=labels, title=st.one_of(st.just(""), labels))
participants = st.builds(Participant, person=persons, role=st.sampled_from(Role))
byline_people = st.builds(
    Participant, person=persons, role=st.sampled_from([Role.REPORTS, Role.CORRESPONDENT])
)
organisations = st.builds(Organisation, name=labels, parent=st.one_of(st.just(""), labels))
delegations = st.builds(
    Delegation,
    organisation=organisations,
    role=st.sampled_from(Role),
    representatives=st.one_of(st.just(""), labels),
)
locations = st.builds(Location, name=labels, area=st.one_of(st.just(""), labels))
headcounts = st.builds(
    Headcount,
    count=st.integers(0, 10**6),
    precision=st.sampled_from(Precision),
    unit=st.sampled_from(["", "人", "名"]),
    counted=st.one_of(st.just(""), labels),
    text=st.one_of(st.just(""), labels),
)


@st.composite
def sources(draw: st.DrawFn) -> Source:
    """An article with a byline and maybe a span."""
    start = draw(st.integers(0, 10_000))
    return Source(
        headline=draw(labels),
        published=draw(days),
        publication=draw(st.one_of(st.just(""), labels)),
        document=draw(st.one_of(st.just(""), labels)),
        byline=draw(st.lists(byline_people, max_size=3)),
        span=draw(st.one_of(st.none(), st.integers(0, 5_000).map(lambda n: (start, start + n)))),
    )


@st.composite
def events(draw: st.DrawFn, *, event_id: str | None = None) -> Event:
    """A valid event: all-day (maybe multi-day) or timed, with everything optional drawn."""
    if draw(st.booleans()):
        start: dt.date = draw(days)
        end: dt.date = start + dt.timedelta(days=draw(st.integers(1, 5)))
    else:
        start = draw(aware_datetimes)
        end = start + dt.timedelta(minutes=draw(st.integers(0, 60 * 48)))
    return Event(
        id=event_id if event_id is not None else draw(ids),
        title=draw(labels),
        kinds=draw(st.lists(st.sampled_from(EventKind), max_size=3, unique=True)),
        start=start,
        end=end,
        summary=draw(free_text),
        participants=draw(st.lists(participants, max_size=5)),
        delegations=draw(st.lists(delegations, max_size=4)),
        locations=draw(st.lists(locations, max_size=8)),
        headcounts=draw(st.lists(headcounts, max_size=2)),
        source=draw(st.one_of(st.none(), sources())),
    )


@st.composite
def event_lists(draw: st.DrawFn, *, max_size: int = 8) -> list[Event]:
    """Events with distinct ids, as a dataset requires."""
    keys = draw(st.lists(ids, max_size=max_size, unique=True))
    return [draw(events(event_id=k)) for k in keys]
