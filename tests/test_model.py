"""Tests for the frozen model values and their invariants."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import attrs
import pytest

import timeline
from timeline import (
    SHANGHAI,
    Delegation,
    Event,
    EventKind,
    Headcount,
    InvalidEventError,
    Location,
    Organisation,
    Participant,
    Person,
    Precision,
    Role,
    Source,
)

DAY = dt.date(2020, 5, 25)


def _event(**changes: object) -> Event:
    fields: dict[str, object] = {"id": "e1", "title": "调研", "start": DAY}
    fields.update(changes)
    return Event(**fields)  # type: ignore[arg-type]


class TestEventTimes:
    """All-day and timed bounds, and their invariants."""

    def test_all_day_end_defaults_to_next_day(self):
        """An all-day event without an end covers exactly its day (exclusive end)."""
        assert dt.date(2020, 5, 26) == _event().end

    def test_timed_end_defaults_to_start(self):
        """A timed event without an end is an instant."""
        start = dt.datetime(2020, 5, 25, 9, 30, tzinfo=SHANGHAI)
        assert start == _event(start=start).end

    def test_naive_datetime_refused(self):
        """A naive datetime has no meaning here and is refused, naming the field."""
        with pytest.raises(InvalidEventError) as info:
            _event(start=dt.datetime(2020, 5, 25, 9, 30))  # noqa: DTZ001 - the point
        assert info.value.field == "Event.start"

    def test_date_datetime_mix_refused(self):
        """Start and end must be of the same kind."""
        with pytest.raises(InvalidEventError, match="must both be dates or both datetimes"):
            _event(end=dt.datetime(2020, 5, 26, tzinfo=SHANGHAI))

    @pytest.mark.parametrize(
        "end", [DAY, dt.date(2020, 5, 24)], ids=["end-equals-start", "end-before-start"]
    )
    def test_all_day_end_must_follow_start(self, end):
        """An all-day end is exclusive, so it must be after the start."""
        with pytest.raises(InvalidEventError) as info:
            _event(end=end)
        assert info.value.field == "Event.end"
        assert end == info.value.value

    def test_timed_end_before_start_refused(self):
        """A timed event cannot end before it starts."""
        start = dt.datetime(2020, 5, 25, 9, tzinfo=SHANGHAI)
        with pytest.raises(InvalidEventError, match="before start"):
            _event(start=start, end=start - dt.timedelta(minutes=1))

    def test_other_zones_are_accepted(self):
        """Any aware datetime is valid; the display zone is a timeline concern."""
        start = dt.datetime(2020, 5, 25, 1, tzinfo=ZoneInfo("UTC"))
        assert not _event(start=start).all_day


class TestEventFields:
    """Converters, validators and derived views of Event."""

    def test_is_frozen(self):
        """Events are immutable; change them with attrs.evolve."""
        event = _event()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            event.title = "x"  # type: ignore[misc]
        assert attrs.evolve(event, title="x").title == "x"

    def test_collections_become_tuples(self):
        """Any iterable is stored as a tuple, so events stay hashable."""
        event = _event(locations=[Location("北岗小区")], kinds=["visit"])
        assert (Location("北岗小区"),) == event.locations
        assert event.kinds == (EventKind.VISIT,)
        assert hash(event) == hash(_event(locations=(Location("北岗小区"),), kinds=("visit",)))

    @pytest.mark.parametrize("title", ["", "   "], ids=["empty", "blank"])
    def test_empty_title_refused(self, title):
        """A title is required and stripped before the check."""
        with pytest.raises(InvalidEventError, match="empty") as info:
            _event(title=title)
        assert info.value.field == "Event.title"

    def test_control_characters_refused_in_names(self):
        """A newline in a name would break every output format; it is a data error."""
        with pytest.raises(InvalidEventError) as info:
            Person("李晓雷\r\nX-EVIL:1")
        assert info.value.field == "Person.name"

    def test_id_without_white_space(self):
        """Ids become UIDs and file names; white space inside is refused."""
        with pytest.raises(InvalidEventError, match="white space"):
            _event(id="a b")

    @pytest.mark.parametrize(
        "space", ["\u3000", "\u00a0", "\u2003"], ids=["ideographic", "nbsp", "em"]
    )
    def test_id_refuses_every_white_space(self, space):
        """Any character ``str.isspace`` calls white space, the page's full-width one too."""
        with pytest.raises(InvalidEventError, match="white space"):
            _event(id=f"a{space}b")

    def test_unknown_kind_refused(self):
        """Kinds come from a closed set."""
        with pytest.raises(ValueError, match="'party'"):
            _event(kinds=["party"])

    def test_kind_defaults_to_other(self):
        """An event with no kinds has the main kind `other`."""
        assert _event().kind == EventKind.OTHER

    def test_people_include_byline(self):
        """Everyone named: participants first, then the byline."""
        leader = Participant(Person("李晓雷", "区委副书记、区长"), Role.LEADS)
        reporter = Participant(Person("张改华"), Role.REPORTS)
        source = Source(headline="h", published=dt.date(2020, 6, 3), byline=[reporter])
        event = _event(participants=[leader], source=source)
        assert (leader, reporter) == event.people
        assert event.has_person("张改华", role=Role.REPORTS)
        assert not event.has_person("张改华", role=Role.LEADS)

    def test_place_matches_stop_or_area(self):
        """A place query matches any stop, or the area a stop belongs to."""
        event = _event(locations=[Location("北岗小区"), Location("金苑社区", "汝河路街道")])
        assert event.has_place("金苑社区")
        assert event.has_place("汝河路街道")
        assert not event.has_place("金苑")

    @pytest.mark.parametrize(
        ("location", "expected"),
        [
            pytest.param(Location("北岗小区"), "北岗小区", id="no-area"),
            pytest.param(
                Location("金苑社区", "汝河路街道"), "金苑社区(汝河路街道)", id="area-apart"
            ),
            pytest.param(
                Location("汝河路街道金苑社区", "汝河路街道"),
                "汝河路街道金苑社区",
                id="area-printed",
            ),
        ],
    )
    def test_location_label(self, location, expected):
        """A place shows its area once: after the name, unless the name opens with it."""
        assert expected == location.label

    def test_organisation_matches_parent(self):
        """A section counts as its parent body too."""
        section = Organisation("区委组织部组织科", parent="区委组织部")
        event = _event(delegations=[Delegation(section, Role.JUDGES, "有关负责同志")])
        assert event.has_organisation("区委组织部")
        assert event.has_organisation("区委组织部组织科", role=Role.JUDGES)
        assert not event.has_organisation("区委组织部", role=Role.LEADS)


class TestHeadcount:
    """Headcounts and their precision."""

    def test_at_least_is_approximate(self):
        """50余人 is at least fifty: approximate."""
        count = Headcount(count=50, precision="at_least", unit="人", text="50余人")
        assert Precision.AT_LEAST is count.precision
        assert count.approximate

    def test_exact_is_not_approximate(self):
        """71名 is exact."""
        assert not Headcount(count=71, unit="名").approximate

    def test_negative_refused(self):
        """A count cannot be negative."""
        with pytest.raises(InvalidEventError, match="negative"):
            Headcount(count=-1)


class TestSource:
    """The article an event came from."""

    def test_byline_roles_only(self):
        """A byline holds reporters and correspondents, nobody else."""
        with pytest.raises(InvalidEventError, match="byline"):
            Source(
                headline="h",
                published=dt.date(2020, 6, 3),
                byline=[Participant(Person("乔耸"), Role.LEADS)],
            )

    def test_published_is_a_date(self):
        """The publication date is a calendar date, not an instant."""
        with pytest.raises(InvalidEventError, match="not a datetime"):
            Source(headline="h", published=dt.datetime(2020, 6, 3, tzinfo=SHANGHAI))

    @pytest.mark.parametrize(
        "span", [(5, 1), (-1, 3), (1, 2, 3)], ids=["reversed", "neg", "triple"]
    )
    def test_bad_span_refused(self, span):
        """A span is an ordered pair of non-negative offsets."""
        with pytest.raises(InvalidEventError, match=r"span|offsets"):
            Source(headline="h", published=dt.date(2020, 6, 3), span=span)


def test_skipped_wall_time_refused():
    """02:30 on a spring-forward day names no instant and is refused."""
    start = dt.datetime(2010, 3, 14, 2, 30, tzinfo=ZoneInfo("America/New_York"))
    with pytest.raises(InvalidEventError, match="does not exist"):
        _event(start=start)


class TestIssue15Model:
    """Hostile-input round 2: data is kept whole, or refused naming its field."""

    def test_microseconds_are_kept(self):
        """Sub-second bounds survive: 09:00:00.123456 to .999999 is not an instant."""
        zone = ZoneInfo("Europe/Berlin")
        start = dt.datetime(2025, 1, 1, 9, 0, 0, 123456, tzinfo=zone)
        end = dt.datetime(2025, 1, 1, 9, 0, 0, 999999, tzinfo=zone)
        event = _event(start=start, end=end)
        assert (start, end) == (event.start, event.end)

    @pytest.mark.parametrize(
        "char",
        ["\uffff", "\ufffe", "\ufdd0", "\ufdef", "\U0001fffe", "\U0010ffff"],
        ids=["U+FFFF", "U+FFFE", "U+FDD0", "U+FDEF", "U+1FFFE", "U+10FFFF"],
    )
    @pytest.mark.parametrize("field", ["title", "summary", "id"])
    def test_noncharacters_are_refused(self, char, field):
        """A noncharacter (XML refuses U+FFFE/U+FFFF) is refused, naming the field."""
        with pytest.raises(InvalidEventError, match="noncharacter") as info:
            _event(**{field: f"a{char}b"})
        assert f"Event.{field}" == info.value.field

    def test_noncharacter_in_a_nested_label(self):
        """People, places and bodies refuse noncharacters too."""
        with pytest.raises(InvalidEventError) as info:
            Location(name="礼堂\uffff")
        assert "Location.name" == info.value.field

    @pytest.mark.parametrize(
        ("value", "why"),
        [
            ("a\ud800\x07\uffffb", "control characters"),
            ("a\uffff\ud800b", "lone surrogates"),
            ("a\u2028b", "line separators"),
        ],
        ids=["control-first", "surrogate-before-noncharacter", "line-separator"],
    )
    def test_a_label_with_several_refused_characters_names_the_first_check(self, value, why):
        """The checks keep their order (controls, surrogates, noncharacters) in a mixed label."""
        with pytest.raises(InvalidEventError, match=why):
            Person(value)

    def test_a_name_beyond_the_bmp_is_text(self):
        """A name's rare character past the BMP (U+20BB7) is kept; a noncharacter there is not."""
        assert "\U00020bb7家" == Person("\U00020bb7家").name
        with pytest.raises(InvalidEventError, match="noncharacter"):
            Person("\U00020bb7\U0002fffe")

    def test_a_summary_may_break_lines_but_not_hold_surrogates(self):
        """A summary is text, not a label: a line break is kept, a lone surrogate refused."""
        assert "a\nb" == _event(summary="a\nb").summary
        with pytest.raises(InvalidEventError, match="lone surrogates"):
            _event(summary="a\n\udfffb")

    def test_private_use_and_replacement_are_text(self):
        """U+FFFD and private-use characters are ordinary text, kept."""
        assert "a\ufffd\ue000b" == _event(title="a\ufffd\ue000b").title

    def test_all_day_event_may_end_on_the_last_date(self):
        """An all-day event on 9999-12-30 ends (exclusively) on 9999-12-31, a valid date."""
        event = _event(start=dt.date(9999, 12, 30), end=dt.date(9999, 12, 31))
        assert dt.date(9999, 12, 31) == event.end
        assert event == _event(start=dt.date(9999, 12, 30))

    def test_nothing_starts_on_the_last_date(self):
        """9999-12-31 is only an end: an event starting there would end past any date."""
        with pytest.raises(InvalidEventError) as info:
            _event(start=dt.date(9999, 12, 31))
        assert "Event.start" == info.value.field


class TestRepeatedHour:
    """An event's end is compared with its start as instants, not wall times."""

    def test_end_in_the_second_pass_of_the_hour_is_after_a_start_in_the_first(self):
        """02:30 (first, +02:00) to 02:00 (second, +01:00) on 26 Oct 2025 is 30 minutes long."""
        berlin = ZoneInfo("Europe/Berlin")
        start = dt.datetime(2025, 10, 26, 2, 30, tzinfo=berlin)
        end = dt.datetime(2025, 10, 26, 2, 0, fold=1, tzinfo=berlin)
        event = Event(id="night", title="Night", start=start, end=end)
        assert dt.timedelta(minutes=30) == end.astimezone(dt.UTC) - event.start.astimezone(dt.UTC)

    def test_end_before_start_in_real_time_is_refused(self):
        """02:00 (second pass) to 02:30 (first pass) ends before it starts."""
        berlin = ZoneInfo("Europe/Berlin")
        start = dt.datetime(2025, 10, 26, 2, 0, fold=1, tzinfo=berlin)
        end = dt.datetime(2025, 10, 26, 2, 30, tzinfo=berlin)
        with pytest.raises(InvalidEventError):
            Event(id="night", title="Night", start=start, end=end)


def test_line_separator_in_a_name_cannot_end_the_event():
    """A person named with U+2028 is refused by the model: a label is one line."""
    name = "乔耸\u2028END:VEVENT\u2028BEGIN:VEVENT\u2028UID:evil\u2028X-INJ:1"
    with pytest.raises(timeline.InvalidEventError) as info:
        Person(name)
    assert "Person.name" == info.value.field
