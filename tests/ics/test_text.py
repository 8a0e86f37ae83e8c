"""Hostile text cannot break out of a property, a parameter or an event, also under python -O."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from collections import Counter

import icalendar
import pytest
from hypothesis import given

import timeline
from tests._paths import ROOT, SRC
from tests._payloads import LABEL_PAYLOADS, PAYLOAD_IDS, TEXT_PAYLOADS, hostile_events
from tests.strategies import ics_event_lists
from timeline.feeds import facets, render_feeds
from timeline.ics import from_ics, to_ics

#: Every property name our VEVENTs may hold.
ALLOWED = {
    "SUMMARY",
    "DTSTART",
    "DTEND",
    "DTSTAMP",
    "UID",
    "ATTENDEE",
    "CATEGORIES",
    "DESCRIPTION",
    "LOCATION",
    "ORGANIZER",
    "TRANSP",
    "X-TIMELINE-DELEGATIONS",
    "X-TIMELINE-HEADCOUNTS",
    "X-TIMELINE-ID",
    "X-TIMELINE-LOCATIONS",
    "X-TIMELINE-PARTICIPANTS",
    "X-TIMELINE-SOURCE",
    "X-TIMELINE-SUMMARY",
    "X-TIMELINE-TITLE",
}
#: Every parameter name our VEVENT properties may carry.
ALLOWED_PARAMS = {"CN", "CUTYPE", "ROLE", "X-TIMELINE-ROLE", "X-TIMELINE-TZID", "TZID", "VALUE"}

INJECT = "\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:pwned\r\n"
LABEL_INJECT = '";X-EVIL=1:mailto:evil@example.com;ROLE=CHAIR\\N\\n^n^\'"'


def _hostile() -> timeline.Event:
    person = timeline.Person(LABEL_INJECT, title=LABEL_INJECT)
    org = timeline.Organisation(LABEL_INJECT + "局", parent=LABEL_INJECT)
    return timeline.Event(
        id='evil;id,with\\N:colon"quote',
        title=LABEL_INJECT + "\u200bEND:VEVENT",
        kinds=["meeting"],
        start=dt.datetime(2020, 5, 25, 9, 0, tzinfo=timeline.SHANGHAI),
        summary=INJECT + "\x00\x1b[31m\x7f\x85\u2028\u2029\r\r\n\n",
        participants=[timeline.Participant(person=person, role="leads")],
        delegations=[
            timeline.Delegation(organisation=org, role="organises", representatives=LABEL_INJECT)
        ],
        locations=[timeline.Location(LABEL_INJECT, area=LABEL_INJECT)],
        headcounts=[
            timeline.Headcount(count=1, unit=LABEL_INJECT, counted=LABEL_INJECT, text=LABEL_INJECT)
        ],
        source=timeline.Source(
            headline=LABEL_INJECT,
            published=dt.date(2020, 6, 3),
            publication=LABEL_INJECT,
            document=LABEL_INJECT,
            byline=[timeline.Participant(person=person, role="reports")],
        ),
    )


def _check_structure(data: bytes, count: int) -> None:
    """The feed holds exactly ``count`` VEVENTs made only of our properties and parameters."""
    text = data.decode("utf-8")
    assert text.count("\r\nBEGIN:VEVENT\r\n") == count
    for line in text.split("\r\n")[:-1]:
        assert line
        assert not any(ord(c) < 32 and c != "\t" for c in line)
        assert "\x7f" not in line
    calendar = icalendar.Calendar.from_ical(data)
    vevents = calendar.walk("VEVENT")
    assert count == len(vevents)
    for vevent in vevents:
        assert set(vevent) <= ALLOWED
        assert [] == vevent.errors
        for values in vevent.values():
            for value in values if isinstance(values, list) else [values]:
                assert set(getattr(value, "params", {})) <= ALLOWED_PARAMS


class TestHostileText:
    """Injection attempts through every text field."""

    def test_injection_stays_inside_its_properties(self):
        """CR/LF, quotes, colons and carets in every field stay inside their property."""
        event = _hostile()
        data = to_ics([event])
        _check_structure(data, 1)
        unfolded = data.replace(b"\r\n ", b"")
        assert b"\r\nUID:evil" not in unfolded
        assert b"\r\nSUMMARY:pwned" not in unfolded
        assert (event,) == from_ics(data)

    def test_parameter_values_are_escaped_or_quoted(self):
        """A CN with quotes and separators is RFC 6868-escaped and quoted."""
        data = to_ics([_hostile()]).replace(b"\r\n ", b"")
        (vevent,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
        names = {str(a.params["CN"]) for a in vevent["ATTENDEE"]}
        assert LABEL_INJECT.replace("\\", "\uff3c") in names
        assert b"CN=\"^'" in data

    def test_display_text_replaces_controls(self):
        """DESCRIPTION shows controls as U+FFFD; the exact summary travels as JSON."""
        (vevent,) = icalendar.Calendar.from_ical(to_ics([_hostile()])).walk("VEVENT")
        description = str(vevent["DESCRIPTION"])
        assert "\x00" not in description
        assert "\ufffd" in description
        assert "\\u0000" in str(vevent["X-TIMELINE-SUMMARY"].to_ical().decode())

    @pytest.mark.slow
    @given(ics_event_lists())
    def test_generated_feeds_keep_their_structure(self, events):
        """Any generated events give exactly their VEVENTs with only our properties."""
        _check_structure(to_ics(events), len(events))

    @pytest.mark.parametrize(
        "name",
        ["a\rb", "a\nb", "a\r\nBEGIN:VEVENT", "nul\x00", "del\x7f", "sep\u2028"],
        ids=["cr", "lf", "crlf-inject", "nul", "del", "line-separator"],
    )
    def test_calendar_name_with_controls_refused(self, name):
        """A calendar name that would need a control character is refused."""
        with pytest.raises(timeline.IcsWriteError):
            to_ics([], name=name)

    def test_calendar_description_keeps_newlines_escaped(self):
        """A multi-line calendar description is escaped, not injected."""
        data = to_ics([], description="第一行\nBEGIN:VEVENT")
        assert b"DESCRIPTION:\xe7\xac\xac\xe4\xb8\x80\xe8\xa1\x8c\\nBEGIN:VEVENT\r\n" in data
        _check_structure(data, 0)


@pytest.mark.slow
class TestOptimisedPython:
    """Behaviour under python -O."""

    def test_same_bytes_under_python_o(self):
        """Guards are real checks, not asserts: python -O writes and refuses the same."""
        script = (
            "import sys, timeline\n"
            "sys.path.insert(0, '.')\n"
            "from tests.ics.test_text import _hostile\n"
            "sys.stdout.buffer.write(timeline.to_ics([_hostile()]))\n"
            "try:\n"
            "    timeline.to_ics([], name='a\\nb')\n"
            "except timeline.IcsWriteError:\n"
            "    pass\n"
            "else:\n"
            "    raise SystemExit('not refused under -O')\n"
        )
        result = subprocess.run(
            [sys.executable, "-O", "-c", script],
            capture_output=True,
            check=True,
            cwd=ROOT,
            env={"PYTHONPATH": str(SRC), "PATH": ""},
        )
        assert to_ics([_hostile()]) == result.stdout


#: Properties and parameters our feeds may contain (RFC 5545 and our X-TIMELINE-*).
ALLOWED_PROPERTIES = {
    "BEGIN",
    "END",
    "VERSION",
    "PRODID",
    "CALSCALE",
    "METHOD",
    "NAME",
    "X-WR-CALNAME",
    "DESCRIPTION",
    "X-WR-CALDESC",
    "X-WR-TIMEZONE",
    "REFRESH-INTERVAL",
    "X-PUBLISHED-TTL",
    "COLOR",
    "SUMMARY",
    "DTSTART",
    "DTEND",
    "DTSTAMP",
    "UID",
    "ATTENDEE",
    "ORGANIZER",
    "CATEGORIES",
    "COMMENT",
    "LOCATION",
    "TRANSP",
    "TZID",
    "TZNAME",
    "TZOFFSETFROM",
    "TZOFFSETTO",
    "RDATE",
    "RRULE",
    "X-LIC-LOCATION",
}


ALLOWED_PARAMETERS = {"CN", "CUTYPE", "ROLE", "X-TIMELINE-ROLE", "VALUE", "TZID"}


_PARAM = re.compile(r';([A-Za-z0-9-]+)=("[^"]*"|[^";:,]*)(?:,("[^"]*"|[^";:,]*))*')


_CONTENT_LINE = re.compile(r"^([A-Za-z0-9-]+)((?:" + _PARAM.pattern + r")*):(.*)$", re.DOTALL)


def _strict_lines(feed: bytes) -> list[tuple[str, list[str], str]]:
    """Unfold and split every content line; fail on anything that is not one."""
    assert feed.endswith(b"\r\n")
    physical = feed[:-2].split(b"\r\n")
    assert not any(b"\r" in p or b"\n" in p for p in physical), "bare CR or LF in a line"
    lines: list[bytes] = []
    for raw in physical:
        assert len(raw) <= 75, f"line not folded: {raw[:40]!r}"
        if raw[:1] == b" ":
            lines[-1] += raw[1:]
        else:
            lines.append(raw)
    parsed = []
    for raw in lines:
        text = raw.decode("utf-8")
        assert not any((ord(c) < 0x20 and c != "\t") or c == "\x7f" for c in text), (
            f"control character in {text[:60]!r}"
        )
        match = _CONTENT_LINE.match(text)
        assert match is not None, f"not a content line: {text[:80]!r}"
        params = [m[1].upper() for m in _PARAM.finditer(match[2])]
        parsed.append((match[1].upper(), params, match[match.lastindex or 0]))
    return parsed


def _check_feed(feed: bytes, events: int) -> None:
    """One VCALENDAR with exactly ``events`` VEVENTs, known properties and parameters only."""
    lines = _strict_lines(feed)
    names = Counter(name for name, _, _ in lines)
    begins = Counter(value for name, _, value in lines if name == "BEGIN")
    assert events == begins["VEVENT"]
    assert 1 == begins["VCALENDAR"]
    assert 0 == begins["VALARM"]
    assert begins == Counter(value for name, _, value in lines if name == "END")
    assert events == names["UID"]
    for name, params, _ in lines:
        assert name in ALLOWED_PROPERTIES or name.startswith("X-TIMELINE-"), name
        assert set(params) <= ALLOWED_PARAMETERS, (name, params)
    calendar = icalendar.Calendar.from_ical(feed)
    assert events == len(calendar.walk("VEVENT"))


class TestIcsOutput:
    """Payloads in every field cannot add a property, parameter or component."""

    @pytest.mark.parametrize("payload", PAYLOAD_IDS)
    def test_to_ics(self, payload):
        """to_ics: strict lines, icalendar agrees, and the events read back equal."""
        events = hostile_events(TEXT_PAYLOADS[payload])
        feed = timeline.to_ics(events)
        _check_feed(feed, len(events))
        assert sorted(events, key=lambda e: e.id) == sorted(
            timeline.from_ics(feed), key=lambda e: e.id
        )

    @pytest.mark.parametrize("payload", PAYLOAD_IDS)
    def test_every_feed_of_a_set(self, payload):
        """Each person, place and organisation feed is as clean as the main one."""
        events = hostile_events(TEXT_PAYLOADS[payload])
        contents = render_feeds(events, name="全部活动")
        feeds = {k: v for k, v in contents.items() if k.endswith(".ics")}
        expected = {f.file: len(f.events) for f in facets(events, name="全部活动")}
        assert len(feeds) > 5
        assert expected.keys() == feeds.keys()
        for file, data in feeds.items():
            _check_feed(data, expected[file])
        json.loads(contents["index.json"])

    @pytest.mark.parametrize("payload", PAYLOAD_IDS)
    def test_calendar_name_with_labels(self, payload):
        """A one-line calendar name with the payload is written safely or refused."""
        name = LABEL_PAYLOADS.get(payload, "名" + payload.split("\n")[0])
        events = hostile_events(TEXT_PAYLOADS[payload])
        if any(c in name for c in "\u2028\u2029"):
            # A line separator is a line break to some readers: refused, naming the option.
            with pytest.raises(timeline.IcsWriteError) as info:
                timeline.to_ics(events, name=name)
            assert "name" == info.value.field
        else:
            _check_feed(timeline.to_ics(events, name=name), 2)


@pytest.mark.parametrize(
    "char", ["\n", "\r", "\t", "\x00", "\x1b", "\x7f", "\x85", "\u2028", "\u2029"]
)
def test_cn_is_one_line_whatever_it_is_given(char):
    """CN= never carries a line break or control, even if a name got past the model."""
    from timeline.ics._plan import cn  # noqa: PLC0415 - the private unit under test

    assert "乔 END:VEVENT" == cn(f"乔{char}END:VEVENT")
