"""Export to iCalendar: structure, determinism, the fast path against icalendar."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from zoneinfo import ZoneInfo

import attrs
import icalendar
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from icalendar.parser.string import _escape_char, _foldline

import timeline
from tests._paths import GOLDEN
from tests.strategies import ics_any_text, ics_event_lists, ics_events, ics_instants
from timeline._codec import event_to_data
from timeline._lang import choose_lang
from timeline.cli import main
from timeline.ics import (
    PRODID,
    UID_DOMAIN,
    FeedOptions,
    ReadLimits,
    _vevent,
    export,
    from_ics,
    render_many,
    to_calendar,
    to_ics,
    write_ics,
)
from timeline.ics._plan import JSON_FIELDS, ROWS, Plan, _uuid5, person_attendee, uid_for
from timeline.ics._text import escape_text, fold, unescape_text
from timeline.ics.export import _calendar_bytes, _event_blocks


def _event(**fields: object) -> timeline.Event:
    fields = {"id": "e1", "title": "会议", "start": dt.date(2020, 5, 25)} | fields
    return timeline.Event(**fields)


def _vevents(data: bytes) -> list[icalendar.Component]:
    return icalendar.Calendar.from_ical(data).walk("VEVENT")


_TRICKY = _event(
    title="标题\\N带反斜杠N;和,逗号" + "长" * 40,
    summary="第一行\r\n第二行\r孤立回车\x00空字符\x7f\x85\u2028",
    participants=[
        timeline.Participant(
            person=timeline.Person('名"字^', title="书记,区长:副'主任"), role="leads"
        )
    ],
    delegations=[
        timeline.Delegation(
            organisation=timeline.Organisation("局\\", parent="区"), role="organises"
        )
    ],
    locations=[timeline.Location("路\\;口", area="街道")],
    start=dt.datetime(2020, 5, 25, 9, 30, tzinfo=ZoneInfo("Europe/Berlin")),
    end=dt.datetime(2020, 5, 25, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))),
)


#: The seed's own calendar name (the default is neutral).
SEED_NAME = "中原区新闻日程"


class TestGolden:
    """The seed feed against its golden file."""

    def test_seed_feed_matches_golden(self, seed_events, regen_golden):
        """The seed's feed (its own name and zone) is byte for byte the reviewed golden file."""
        output = to_ics(seed_events, name=SEED_NAME, zone=timeline.SHANGHAI)
        path = GOLDEN / "seed.ics"
        if regen_golden:
            path.write_bytes(output)
        assert path.read_bytes() == output

    def test_golden_parses_with_icalendar(self):
        """The golden feed is valid for icalendar, with six events."""
        calendar = icalendar.Calendar.from_ical((GOLDEN / "seed.ics").read_bytes())
        assert 6 == len(calendar.walk("VEVENT"))

    def test_cli_exports_the_same_bytes(self, tmp_path, seed_events):
        """`timeline export --format ics` writes what to_ics returns (the demo is in Shanghai)."""
        out = tmp_path / "seed.ics"
        assert 0 == main(["export", "--format", "ics", "-o", str(out)])
        assert to_ics(seed_events, zone=timeline.SHANGHAI) == out.read_bytes()


class TestCalendar:
    """Calendar-level properties and options."""

    @staticmethod
    def _header(data: bytes) -> dict[str, str]:
        cal = icalendar.Calendar.from_ical(data)
        return {k: str(cal[k]) for k in ("NAME", "X-WR-CALNAME", "X-WR-TIMEZONE")}

    def test_default_name_is_neutral_and_zone_follows_the_events(self):
        """Without options a Berlin club's feed is named "timeline" and set in Europe/Berlin."""
        berlin = ZoneInfo("Europe/Berlin")
        events = [
            timeline.Event(
                id="a", title="Konzert", start=dt.datetime(2025, 3, 30, 1, tzinfo=berlin)
            ),
            timeline.Event(id="b", title="Markt", start=dt.date(2025, 4, 1)),
        ]
        expected = {
            "NAME": "timeline",
            "X-WR-CALNAME": "timeline",
            "X-WR-TIMEZONE": "Europe/Berlin",
        }
        assert expected == self._header(to_ics(events))

    @pytest.mark.parametrize(
        "starts",
        [
            [dt.date(2025, 4, 1)],
            [
                dt.datetime(2025, 4, 1, 9, tzinfo=ZoneInfo("Europe/Berlin")),
                dt.datetime(2025, 4, 1, 9, tzinfo=ZoneInfo("America/New_York")),
            ],
            [dt.datetime(2025, 4, 1, 9, tzinfo=dt.timezone(dt.timedelta(hours=8)))],
        ],
        ids=["all-day only", "two zones", "fixed offset"],
    )
    def test_zone_defaults_to_utc_without_one_shared_zone(self, starts):
        """Events in no zone, two zones or at a bare offset: X-WR-TIMEZONE is UTC, not Shanghai."""
        events = [timeline.Event(id=str(i), title="t", start=s) for i, s in enumerate(starts)]
        assert "UTC" == self._header(to_ics(events))["X-WR-TIMEZONE"]

    def test_zone_defaults_to_the_zone_of_most_events(self):
        """Two Berlin events and one in New York: X-WR-TIMEZONE is Europe/Berlin."""
        zones = ["Europe/Berlin", "America/New_York", "Europe/Berlin"]
        starts = [dt.datetime(2025, 4, 1, 9 + i, tzinfo=ZoneInfo(z)) for i, z in enumerate(zones)]
        events = [timeline.Event(id=str(i), title="t", start=s) for i, s in enumerate(starts)]
        assert "Europe/Berlin" == self._header(to_ics(events))["X-WR-TIMEZONE"]

    def test_zone_option_is_written(self):
        """The zone given (the CLI's --tz) is the X-WR-TIMEZONE whatever the events' zone."""
        event = timeline.Event(id="a", title="t", start=dt.date(2025, 4, 1))
        zone = ZoneInfo("America/New_York")
        assert "America/New_York" == self._header(to_ics([event], zone=zone))["X-WR-TIMEZONE"]

    def test_feed_options_value_and_keywords_agree(self):
        """A FeedOptions value writes what the same keywords write; keywords override it."""
        event = timeline.Event(id="a", title="t", start=dt.date(2025, 4, 1))
        options = FeedOptions(name="Club", color="#112233")
        assert to_ics([event], name="Club", color="#112233") == to_ics([event], options)
        assert to_ics([event], name="Other", color="#112233") == to_ics(
            [event], options, name="Other"
        )
        assert to_ics([event], options) == to_calendar([event], options).to_ical()

    def test_header_properties(self):
        """The calendar names itself for RFC 7986 clients and for Google, once each."""
        data = to_ics(
            [_event()],
            name="日程",
            description="说明",
            color="#3366cc",
            refresh=dt.timedelta(hours=6),
            zone=timeline.SHANGHAI,
        )
        cal = icalendar.Calendar.from_ical(data)
        expected = {
            "VERSION": "2.0",
            "PRODID": PRODID,
            "CALSCALE": "GREGORIAN",
            "METHOD": "PUBLISH",
            "NAME": "日程",
            "X-WR-CALNAME": "日程",
            "DESCRIPTION": "说明",
            "X-WR-CALDESC": "说明",
            "X-WR-TIMEZONE": "Asia/Shanghai",
            "COLOR": "#3366cc",
        }
        assert expected == {k: str(cal[k]) for k in expected}
        assert b"REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n" in data
        assert b"X-PUBLISHED-TTL:PT6H\r\n" in data

    def test_no_color_or_description_unless_given(self):
        """Optional calendar properties are left out when not asked for."""
        data = to_ics([_event()])
        assert b"\r\nCOLOR" not in data
        assert b"X-WR-CALDESC" not in data

    @pytest.mark.parametrize(
        ("option", "value"),
        [
            ("name", "a\r\nBEGIN:VEVENT"),
            ("name", ""),
            ("name", "tab\tname"),
            ("description", "x\x00y"),
            ("color", "red;X=1"),
            ("color", "#12345"),
            ("refresh", dt.timedelta(0)),
            ("refresh", dt.timedelta(milliseconds=5)),
        ],
        ids=[
            "name-crlf",
            "name-empty",
            "name-tab",
            "desc-nul",
            "color-inject",
            "color-short",
            "refresh-zero",
            "refresh-subsecond",
        ],
    )
    def test_bad_options_are_refused(self, option, value):
        """Options that could break the feed raise IcsWriteError naming the option."""
        with pytest.raises(timeline.IcsWriteError) as info:
            to_ics([_event()], **{option: value})
        assert option == info.value.field

    def test_empty_feed_is_valid(self):
        """No events still make a complete calendar."""
        data = to_ics([])
        assert data.endswith(b"END:VCALENDAR\r\n")
        assert [] == _vevents(data)


class TestEvents:
    """VEVENT properties."""

    def test_all_day_event(self):
        """All-day: DATE values, exclusive DTEND, transparent."""
        (vevent,) = _vevents(to_ics([_event(end=dt.date(2020, 5, 27))]))
        assert dt.date(2020, 5, 25) == vevent["DTSTART"].dt
        assert dt.date(2020, 5, 27) == vevent["DTEND"].dt
        assert "DATE" == vevent["DTSTART"].params["VALUE"]
        assert "TRANSPARENT" == str(vevent["TRANSP"])

    def test_timed_event_keeps_its_zone_with_a_vtimezone(self):
        """A ZoneInfo datetime is written with its TZID and the matching VTIMEZONE."""
        start = dt.datetime(2020, 5, 25, 9, 0, tzinfo=timeline.SHANGHAI)
        data = to_ics([_event(start=start, end=start + dt.timedelta(hours=2))])
        assert b"DTSTART;TZID=Asia/Shanghai:20200525T090000\r\n" in data
        assert b"DTEND;TZID=Asia/Shanghai:20200525T110000\r\n" in data
        cal = icalendar.Calendar.from_ical(data)
        assert ["Asia/Shanghai"] == [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")]
        assert set() == cal.get_missing_tzids()
        assert b"TRANSP" not in data

    def test_fixed_offset_becomes_utc(self):
        """A datetime without a zone name is written in UTC, never floating."""
        start = dt.datetime(2020, 5, 25, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
        data = to_ics([_event(start=start)])
        assert b"DTSTART:20200525T010000Z\r\n" in data
        assert b"VTIMEZONE" not in data

    def test_instant_has_no_dtend(self):
        """A timed event without an end is an instant: DTSTART only."""
        start = dt.datetime(2020, 5, 25, 9, 0, tzinfo=timeline.SHANGHAI)
        (vevent,) = _vevents(to_ics([_event(start=start)]))
        assert "DTEND" not in vevent

    def test_uid_is_derived_and_stable(self, seed_events):
        """The UID depends only on document and id, under our fixed domain."""
        event = seed_events[0]
        uid = uid_for(event)
        assert uid.endswith("@" + UID_DOMAIN)
        assert uid == uid_for(attrs.evolve(event, title="别的标题"))
        moved = attrs.evolve(event, source=attrs.evolve(event.source, document="other.txt"))
        assert uid != uid_for(moved)
        assert uid in to_ics([event]).decode()

    def test_dtstamp_comes_from_the_publication_day(self, seed_events):
        """DTSTAMP is 00:00 of the publication day in the feed's zone, in UTC."""
        (vevent,) = _vevents(to_ics(seed_events[:1], zone=timeline.SHANGHAI))
        assert dt.datetime(2020, 6, 2, 16, 0, tzinfo=dt.UTC) == vevent["DTSTAMP"].dt
        (vevent,) = _vevents(to_ics(seed_events[:1]))  # all-day events: UTC
        assert dt.datetime(2020, 6, 3, 0, 0, tzinfo=dt.UTC) == vevent["DTSTAMP"].dt

    def test_explicit_dtstamp_wins(self, seed_events):
        """An explicit dtstamp is used for every event."""
        stamp = dt.datetime(2021, 1, 1, 8, 0, tzinfo=timeline.SHANGHAI)
        vevents = _vevents(to_ics(seed_events, dtstamp=stamp))
        assert {dt.datetime(2021, 1, 1, 0, 0, tzinfo=dt.UTC)} == {v["DTSTAMP"].dt for v in vevents}

    def test_naive_dtstamp_refused(self):
        """A naive dtstamp is an error, not a guess."""
        with pytest.raises(timeline.IcsWriteError):
            to_ics([_event()], dtstamp=dt.datetime(2020, 1, 1))  # noqa: DTZ001

    def test_duplicate_uid_refused(self):
        """Two events with the same id and document cannot share a feed."""
        with pytest.raises(timeline.IcsWriteError, match="UID"):
            to_ics([_event(), _event(title="另一个")])

    def test_attendee_roles(self, seed_events):
        """People and bodies become ATTENDEEs with ROLE, CUTYPE and our role."""
        tour = next(e for e in seed_events if e.id == "2020-05-25-inspection-0f8f0c")
        (vevent,) = _vevents(to_ics([tour]))
        seen = [
            (str(a.params["CN"]), a.params["CUTYPE"], a.params["ROLE"], a.params["X-TIMELINE-ROLE"])
            for a in vevent["ATTENDEE"]
        ]
        assert ("李晓雷", "INDIVIDUAL", "CHAIR", "leads") == seen[0]
        assert ("于珊", "INDIVIDUAL", "OPT-PARTICIPANT", "accompanies") == seen[1]
        assert ("张改华", "INDIVIDUAL", "NON-PARTICIPANT", "reports") == seen[4]
        assert ("区应急管理局", "GROUP", "OPT-PARTICIPANT", "accompanies") == seen[6]
        assert all(str(a).startswith("urn:uuid:") for a in vevent["ATTENDEE"])
        assert "李晓雷" == vevent["ORGANIZER"].params["CN"]

    def test_organising_body_is_organizer(self, seed_events):
        """The body that organises an event is its ORGANIZER."""
        event = next(e for e in seed_events if e.id == "2020-05-25-observation-fee57b")
        (vevent,) = _vevents(to_ics([event]))
        assert "中原区" == vevent["ORGANIZER"].params["CN"]

    def test_same_person_same_address_everywhere(self, seed_events):
        """A person's calendar address is the same in every event."""
        addresses = {
            str(a)
            for v in _vevents(to_ics(seed_events))
            for a in v["ATTENDEE"]
            if a.params["CN"] == "张改华"
        }
        assert 1 == len(addresses)

    def test_location_and_description(self, seed_events):
        """LOCATION lists the stops in order; DESCRIPTION tells the story in Chinese."""
        event = next(e for e in seed_events if e.id == "2020-05-25-observation-fee57b")
        (vevent,) = _vevents(to_ics([event]))
        assert "棉纺路街道三棉东社区棉西小院、汝河路街道金苑社区" == str(vevent["LOCATION"])
        description = str(vevent["DESCRIPTION"])
        assert description.startswith(event.summary)
        for piece in (
            "主办：中原区",
            "带队：区委组织部相关负责人一行",
            "记者：张改华",
            "地点：棉纺路街道三棉东社区棉西小院 → 汝河路街道金苑社区",
        ):
            assert piece in description
        assert ["observation", "meeting"] == [str(c) for c in vevent["CATEGORIES"].cats]


class TestDeterminism:
    """Same input, same bytes."""

    @pytest.mark.slow
    @given(ics_event_lists(), st.randoms())
    def test_same_bytes_for_any_order(self, events, random):
        """Identical events give identical bytes, whatever their order."""
        shuffled = list(events)
        random.shuffle(shuffled)
        assert to_ics(events) == to_ics(shuffled)

    def test_repeat_calls_are_identical(self, seed_events):
        """The clock does not leak into the feed."""
        assert to_ics(seed_events) == to_ics(tuple(reversed(seed_events)))


class TestReference:
    """The fast serialiser against icalendar."""

    @pytest.mark.slow
    @given(ics_event_lists())
    @example([_TRICKY])
    @example([_event(locations=[timeline.Location("\ufeff")])])
    @example(
        [
            _event(
                title="\ufeff\ufeff题", summary="\ufeff", locations=[timeline.Location("\ufeff甲")]
            )
        ]
    )
    def test_fast_path_equals_icalendar(self, events):
        """Our serialiser writes exactly what icalendar's Calendar.to_ical() writes."""
        assert to_calendar(events).to_ical() == to_ics(events)

    def test_one_table_names_every_planned_value(self):
        """Each value of a plan sits under the row named after it, so no row is off by one."""
        assert Plan._fields == tuple(row.name.lower().replace("-", "_") for row in ROWS)

    @given(ics_event_lists(max_size=3))
    @example([_TRICKY])
    def test_x_timeline_json_is_the_data_files_shape(self, events):
        """Every X-TIMELINE-* property holds its field exactly as a JSON data file writes it."""
        for event, vevent in zip(
            sorted(events, key=uid_for),
            sorted(_vevents(to_ics(events)), key=lambda v: str(v["UID"])),
            strict=True,
        ):
            data = event_to_data(event, native_dates=False)
            written = {
                JSON_FIELDS[name]: json.loads(unescape_text(vevent[name].to_ical().decode()))
                for name in JSON_FIELDS
                if name in vevent
            }
            # A data file leaves an empty summary out; a feed may need to say it is empty.
            assert written == {field: data.get(field, "") for field in written}
            # A list or the source is written exactly when the data file has it.
            shapes = {"delegations", "headcounts", "locations", "participants", "source"}
            assert set(written) - {"summary", "title"} == {"id"} | (data.keys() & shapes)

    @pytest.mark.slow
    @given(
        name=st.text(
            st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=90
        ).filter(str.strip),
        description=st.text(
            st.characters(blacklist_categories=("Cs",)).filter(
                lambda c: c in "\t\n" or not ("\x00" <= c <= "\x1f" or "\x7f" <= c <= "\x9f")
            ),
            max_size=120,
        ).filter(lambda t: "\u2028" not in t and "\u2029" not in t),
        color=st.sampled_from([None, "red", "#3366cc"]),
        seconds=st.integers(min_value=1, max_value=10**8),
    )
    @example(name="名" * 40, description="", color=None, seconds=86_400)
    @example(name="\ufeff", description="\ufeff\ufeffx", color=None, seconds=1)
    @example(name="n;a,b\\x", description="d\nx", color="red", seconds=90_061)
    def test_header_equals_icalendar(self, name, description, color, seconds):
        """The calendar header, written without icalendar, equals its bytes for any options."""
        options = {
            "name": name,
            "description": description,
            "color": color,
            "refresh": dt.timedelta(seconds=seconds),
        }
        events = [_event(start=dt.datetime(2020, 5, 25, 9, tzinfo=timeline.SHANGHAI))]
        assert to_calendar(events, **options).to_ical() == to_ics(events, **options)

    @pytest.mark.slow
    @given(ics_event_lists(), st.randoms())
    @example([_TRICKY], None)
    def test_shared_blocks_equal_to_ics(self, events, random):
        """A feed assembled from shared VEVENT blocks equals to_ics of its events."""
        blocks = _event_blocks(events, export._Options())
        some = list(events)
        if random is not None:
            some = random.sample(some, len(some) // 2)
        # The private options (the feed set's writer's) default to Shanghai and Chinese.
        expected = to_ics(
            some, name="某人", description="某人参加的活动", zone=timeline.SHANGHAI, lang="zh"
        )
        options = export._Options(name="某人", description="某人参加的活动")
        assert expected == _calendar_bytes(some, blocks, options)

    @pytest.mark.slow
    @given(ics_event_lists(), st.randoms(), st.sampled_from([None, ZoneInfo("America/New_York")]))
    @example([_TRICKY], None, None)
    def test_render_many_equals_to_ics(self, events, random, zone):
        """render_many's feeds, VEVENTs shared, equal to_ics of each feed in the set's zone."""
        some = list(events) if random is None else random.sample(events, len(events) // 2)
        feeds = [
            (events, FeedOptions(name="全部", zone=zone)),
            (some, FeedOptions(name="某人", description="某人参加的活动", zone=zone)),
        ]
        shared = zone or export.shared_zone(events)
        lang = choose_lang(None, events)
        expected = [
            to_ics(subset, attrs.evolve(options, zone=shared, lang=lang))
            for subset, options in feeds
        ]
        assert expected == list(render_many(events, feeds))

    @given(
        name=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40),
        role=st.sampled_from(timeline.Role),
    )
    @example(name="名" * 21, role=timeline.Role.CORRESPONDENT)
    @example(name='a"b^c\\d;e:f,g h', role=timeline.Role.LEADS)
    def test_cached_attendee_line_equals_the_general_one(self, name, role):
        """The cached ATTENDEE line of a person equals the plan's address, serialised."""
        general = _vevent.address_line("ATTENDEE", *person_attendee(name, role))
        assert general == _vevent.person_attendee_line("ATTENDEE", name, role)

    @pytest.mark.slow
    @given(ics_event_lists())
    @example([_TRICKY])
    def test_lines_are_crlf_folded_and_whole_utf8(self, events):
        """Every physical line has <= 75 octets, is valid UTF-8, and ends in CRLF."""
        data = to_ics(events)
        assert data.endswith(b"\r\n")
        lines = data[:-2].split(b"\r\n")
        assert all(len(line) <= 75 for line in lines)
        for line in lines:
            line.decode("utf-8")  # raises if a fold split a character
            assert b"\r" not in line
            assert b"\n" not in line


class TestWriteIcs:
    """Streaming and atomic writes."""

    def test_stream_gets_the_same_bytes(self, seed_events):
        """Writing to a binary stream gives to_ics's bytes."""
        stream = io.BytesIO()
        write_ics(seed_events, stream)
        assert to_ics(seed_events) == stream.getvalue()

    def test_big_feed_reaches_a_stream_in_bounded_batches(self, seed_events):
        """A long feed arrives in several writes, each about one batch, together to_ics's bytes."""
        events = [
            attrs.evolve(seed_events[i % 6], id=f"e{i}", title=f"活动{i}") for i in range(600)
        ]
        sizes: list[int] = []

        class Recorder(io.BytesIO):
            def write(self, data, /):  # type: ignore[override]
                sizes.append(len(data))
                return super().write(data)

        stream = Recorder()
        write_ics(events, stream)
        assert to_ics(events) == stream.getvalue()
        assert len(sizes) > 2
        biggest_event = max(
            len(block) for block in _event_blocks(events, export._Options()).values()
        )
        assert max(sizes) < export._BATCH + biggest_event

    def test_refused_events_write_nothing_to_a_stream(self):
        """Duplicate UIDs are refused before the first byte reaches a stream."""
        stream = io.BytesIO()
        with pytest.raises(timeline.IcsWriteError):
            write_ics([_event(), _event(title="重复")], stream)
        assert b"" == stream.getvalue()

    def test_path_is_written_atomically(self, tmp_path, seed_events):
        """A path gets the feed and no temporary file stays behind."""
        target = tmp_path / "feed.ics"
        target.write_bytes(b"old")
        write_ics(seed_events, target, name="新")
        assert to_ics(seed_events, name="新") == target.read_bytes()
        assert ["feed.ics"] == sorted(p.name for p in tmp_path.iterdir())

    def test_failed_write_keeps_the_old_file(self, tmp_path, seed_events):
        """A refused option leaves the old feed untouched and no temporary."""
        target = tmp_path / "feed.ics"
        target.write_bytes(b"old")
        with pytest.raises(timeline.IcsWriteError):
            write_ics(seed_events, target, name="a\nb")
        assert b"old" == target.read_bytes()
        assert ["feed.ics"] == sorted(p.name for p in tmp_path.iterdir())

    def test_failed_event_keeps_the_old_file(self, tmp_path):
        """An error while streaming events removes the temporary, keeps the old file."""
        target = tmp_path / "feed.ics"
        target.write_bytes(b"old")
        with pytest.raises(timeline.IcsWriteError):
            write_ics([_event(), _event(title="重复")], target)
        assert b"old" == target.read_bytes()
        assert ["feed.ics"] == sorted(p.name for p in tmp_path.iterdir())

    def test_missing_directory_is_a_write_error(self, tmp_path, seed_events):
        """An unwritable target raises WriteError naming it."""
        target = tmp_path / "no" / "feed.ics"
        with pytest.raises(timeline.WriteError) as info:
            write_ics(seed_events, target)
        assert str(target) == info.value.path


class TestText:
    """TEXT escaping and folding."""

    @given(ics_any_text(max_size=400))
    @example("a\\Nb\\\\N;,\r\n\r")
    def test_escape_matches_icalendar(self, text):
        """TEXT escaping is icalendar's, byte for byte."""
        assert _escape_char(text) == escape_text(text)

    @given(ics_any_text(max_size=400).filter(lambda t: "\\N" not in t and "\r" not in t))
    def test_escape_round_trips(self, text):
        """Unescaping undoes escaping (for text icalendar does not rewrite)."""
        assert text == unescape_text(escape_text(text))

    @given(ics_any_text(max_size=600).map(lambda t: t.replace("\r", "").replace("\n", "")))
    @example("A" * 73 + "\\" + "B" * 10)
    @example("中" * 24 + "x" + "\\" * 5)
    @example("^" * 200)
    def test_fold_matches_icalendar(self, line):
        """Folding is icalendar's, byte for byte, and keeps lines within 75 octets."""
        folded = fold(line)
        assert _foldline(line).encode() == folded
        assert all(len(part) <= 75 for part in folded.split(b"\r\n"))

    @pytest.mark.slow
    @given(ics_events())
    def test_single_event_round_trip_through_text(self, event):
        """One event written alone reads back equal, to the instant (fold included)."""
        back = timeline.from_ics(to_ics([event]))
        assert (event,) == back
        assert ics_instants([event]) == ics_instants(back)


class TestUid:
    """UIDs: UUID 5 of document and id."""

    @given(st.text(st.characters(blacklist_categories=("Cs",))))
    @example("")
    @example("doc\n2020-05-25-inspection-0f8f0c")
    def test_fast_uuid5_equals_uuid_module(self, name):
        """The hand-rolled UUID 5 equals ``uuid.uuid5`` for any name."""
        namespace = uuid.uuid5(uuid.NAMESPACE_DNS, f"event.{UID_DOMAIN}")
        assert str(uuid.uuid5(namespace, name)) == _uuid5(namespace.bytes, name)


class TestDurable:
    """write_ics syncs a file before the rename unless told not to."""

    @pytest.mark.parametrize("durable", [True, False])
    def test_sync_only_when_durable(self, tmp_path, seed_events, monkeypatch, durable):
        """durable=True fsyncs the feed; durable=False does not; the bytes are the same."""
        from timeline import _io  # noqa: PLC0415 - the module whose fsync is watched

        synced: list[int] = []
        monkeypatch.setattr(_io.os, "fsync", synced.append)
        target = tmp_path / "feed.ics"
        write_ics(seed_events, target, durable=durable)
        assert to_ics(seed_events) == target.read_bytes()
        assert durable == bool(synced)


class TestWhatWeWriteWeRead:
    """The writer keeps the reader's limits: one ReadLimits value for both (issue 15)."""

    def test_title_over_the_line_limit_is_refused(self):
        """A title the reader would refuse (one content line over max_line) is not written."""
        event = timeline.Event(id="a", title="x" * 2000, start=dt.date(2025, 4, 1))
        limits = ReadLimits(max_line=1000)
        for write in (to_ics, to_calendar):
            with pytest.raises(timeline.IcsWriteError) as info:
                write([event], limits=limits)
            assert "SUMMARY" == info.value.field
            assert "1000" in info.value.message

    def test_title_at_the_line_limit_is_written_and_read_back(self):
        """The longest title the limit allows is written, and the same limits read it back."""
        limits = ReadLimits(max_line=1000)
        event = timeline.Event(
            id="a", title="长" * (1000 - len("SUMMARY:")), start=dt.date(2025, 4, 1)
        )
        assert (event,) == from_ics(to_ics([event], limits=limits), limits=limits)

    def test_default_limit_matches_the_readers(self):
        """A 1 MiB title (issue 15's feed) is refused at write time with the default limits."""
        event = timeline.Event(id="a", title="x" * (1024 * 1024), start=dt.date(2025, 4, 1))
        with pytest.raises(timeline.IcsWriteError):
            to_ics([event])

    def test_too_many_components_are_refused(self):
        """More events than max_components takes are refused before anything is written."""
        events = [timeline.Event(id=str(i), title="t", start=dt.date(2025, 4, 1)) for i in range(3)]
        with pytest.raises(timeline.IcsWriteError) as info:
            to_ics(events, limits=ReadLimits(max_components=3))
        assert "max_components" in info.value.message
        assert 3 == len(from_ics(to_ics(events, limits=ReadLimits(max_components=4))))

    def test_feed_over_max_bytes_is_refused_and_the_old_file_kept(self, tmp_path):
        """A feed larger than max_bytes is refused; write_ics leaves the old file as it was."""
        path = tmp_path / "feed.ics"
        path.write_bytes(b"old")
        events = [
            timeline.Event(id=str(i), title="t" * 50, start=dt.date(2025, 4, 1)) for i in range(50)
        ]
        with pytest.raises(timeline.IcsWriteError):
            write_ics(events, path, limits=ReadLimits(max_bytes=4000))
        assert b"old" == path.read_bytes()


class TestSubSecond:
    """iCalendar has whole seconds: times are rounded there, and an end never vanishes."""

    BERLIN = ZoneInfo("Europe/Berlin")

    def test_times_round_to_the_nearest_second(self):
        """09:00:00.499999 is written 09:00:00, 09:00:00.5 as 09:00:01 (half up)."""
        start = dt.datetime(2025, 6, 1, 9, 0, 0, 499_999, tzinfo=self.BERLIN)
        end = dt.datetime(2025, 6, 1, 10, 0, 0, 500_000, tzinfo=self.BERLIN)
        (back,) = from_ics(to_ics([timeline.Event(id="a", title="t", start=start, end=end)]))
        assert (start.replace(microsecond=0), end.replace(second=1, microsecond=0)) == (
            back.start,
            back.end,
        )

    def test_end_that_rounds_onto_the_start_keeps_a_second(self):
        """An end of 09:00:00.999999 after a start of 09:00:00.123456 is written one second on."""
        start = dt.datetime(2025, 6, 1, 9, 0, 0, 123_456, tzinfo=self.BERLIN)
        end = dt.datetime(2025, 6, 1, 9, 0, 0, 999_999, tzinfo=self.BERLIN)
        event = timeline.Event(id="a", title="t", start=start, end=end)
        (back,) = from_ics(to_ics([event]))
        assert dt.timedelta(seconds=1) == back.end - back.start
        assert to_ics([event]) == to_calendar([event]).to_ical()

    def test_rounding_in_the_repeated_hour_keeps_the_instant(self):
        """Rounding goes through UTC: the second 02:59:59.6 rounds to the second 03:00 instant."""
        start = dt.datetime(2025, 10, 26, 2, 59, 59, 600_000, tzinfo=self.BERLIN, fold=1)
        (back,) = from_ics(to_ics([timeline.Event(id="a", title="t", start=start)]))
        expected = (start.astimezone(dt.UTC) + dt.timedelta(microseconds=400_000)).astimezone(
            dt.UTC
        )
        assert expected == back.start.astimezone(dt.UTC)


class TestDescriptionLanguage:
    """DESCRIPTION's facts speak the data's language, or the one asked for."""

    @staticmethod
    def _club() -> list[timeline.Event]:
        start = dt.datetime(2025, 9, 13, 10, tzinfo=ZoneInfo("Europe/Berlin"))
        chair = timeline.Participant(
            person=timeline.Person(name="Anna Schmidt", title="Chair"), role="leads"
        )
        return [
            timeline.Event(
                id="agm",
                title="Annual general meeting",
                start=start,
                end=start + dt.timedelta(hours=2),
                summary="The members elect a new board.",
                participants=[chair],
                locations=[timeline.Location(name="Clubhaus")],
            )
        ]

    def test_english_data_gets_english_facts(self):
        """An English calendar's DESCRIPTION says ``Led by:``, never ``带队：``."""
        text = to_ics(self._club()).decode()
        assert "Led by: Anna Schmidt (Chair)" in text
        assert "Where: Clubhaus" in text
        assert "带队" not in text

    def test_lang_option_wins(self):
        """``lang="zh"`` writes the Chinese words whatever the titles are in."""
        assert "带队：Anna Schmidt(Chair)" in to_ics(self._club(), lang="zh").decode()

    @pytest.mark.parametrize("lang", ["zh", "en"])
    def test_summary_reads_back_in_either_language(self, lang):
        """The reader gives the summary back from facts written in either language."""
        (event,) = timeline.from_ics(to_ics(self._club(), lang=lang))
        assert "The members elect a new board." == event.summary

    def test_unknown_language_names_the_field(self):
        """A language without words is an IcsWriteError on ``lang``."""
        with pytest.raises(timeline.IcsWriteError) as caught:
            to_ics(self._club(), lang="fr")
        assert "lang" == caught.value.field
