"""Hypothesis strategies shared by the tests."""

from __future__ import annotations

# -- ics helper ----------------------------------------------------------------
# Strategies for iCalendar tests (branch ics). Self-contained: every name
# starts with ``ics_`` so other sections can be merged next to this one.
import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

import timeline

#: Characters that stress iCalendar: TEXT and parameter specials, RFC 6868's
#: caret, the curly quote icalendar quotes on, full-width punctuation, and
#: the letter N (a backslash before it is icalendar's newline).
ICS_SPECIALS = list("\\;,:\"^'’N =、：“”（）《》\u3000\u2028\u00a0")

ics_cjk_chars = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)


def ics_any_text(*, max_size: int = 200) -> st.SearchStrategy[str]:
    """Free text: CJK, specials, control characters (CR, LF, NUL, DEL, C1), anything."""
    alphabet = st.one_of(
        ics_cjk_chars,
        st.sampled_from(ICS_SPECIALS),
        st.sampled_from(list("\r\n\t\x00\x1b\x7f\x85")),
        st.characters(exclude_categories=("Cs",)),
    )
    return st.text(alphabet, max_size=max_size)


def ics_labels(*, max_size: int = 120) -> st.SearchStrategy[str]:
    """One-line labels the model accepts: no control characters, stripped, non-empty."""
    alphabet = st.one_of(
        ics_cjk_chars,
        st.sampled_from(ICS_SPECIALS),
        st.characters(exclude_categories=("Cc", "Cs")),
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


@st.composite
def ics_spans(draw: st.DrawFn) -> tuple[timeline.When, timeline.When]:
    """A (start, end) pair: all-day dates with an exclusive end, or aware whole-second datetimes."""
    day = draw(ics_days)
    if draw(st.booleans()):
        return day, day + dt.timedelta(days=draw(st.integers(1, 5)))
    zone = draw(st.sampled_from(ICS_ZONES))
    clock = dt.time(draw(st.integers(0, 23)), draw(st.integers(0, 59)), draw(st.integers(0, 59)))
    start = dt.datetime.combine(day, clock, tzinfo=zone)
    end = start + dt.timedelta(minutes=draw(st.integers(0, 3 * 24 * 60)))
    return start, end


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
