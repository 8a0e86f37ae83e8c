"""
Output injection: hostile text in any field stays data in every output.

The helpers' own tests cover their format (``test_ics_safety.py`` for
``to_ics``, ``test_render_html.py`` for a ``<script>`` title,
``test_feeds.py`` for file names). This module puts the same payloads into
*every* text field of the model at once and checks every output that
carries them: the iCalendar export and each file of a feed set (a strict
line-level check and ``icalendar``), the HTML page and the feeds' index
page (tag structure compared with a benign page), the terminal and
Markdown renderers (no control characters), feed file names (never
outside the folder, never a reserved name), and all of it again under
``python -O``, where an ``assert`` used as a guard would vanish.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html.parser
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import icalendar
import pytest

import timeline
from tests._paths import ROOT
from timeline import (
    Delegation,
    Event,
    Headcount,
    HtmlRenderer,
    Location,
    MarkdownRenderer,
    Organisation,
    Participant,
    Person,
    Role,
    Source,
    TextRenderer,
    Timeline,
)
from timeline.feeds import facets, feed_filename, render_feeds, write_feeds

#: One-line payloads (the model refuses control characters in labels).
LABEL_PAYLOADS = {
    "ics-param": 'a";X-INJ=1;CN="b:mailto:evil@example.com',
    "ics-value": "x:;,\\N\\n^^'^n\\;END:VEVENT",
    "html-tag": "<script>alert(1)</script>",
    "html-close": "</script><script>alert(2)</script>",
    "html-attr": '"><img src=x onerror=alert(3)>',
    "js-url": "javascript:alert(4)",
    "js-quote": "';alert(5);//\\u2028",
    "separators": "\u2028\u2029\u200b\u202e\ufeff",
    "markdown": "[a](javascript:alert(6)) ![b](x) <b>c</b> `d` *e*",
}
#: Free-text payloads may also break lines.
TEXT_PAYLOADS = {
    **LABEL_PAYLOADS,
    "ics-crlf": "a\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nX-INJ:1",
    "ics-lf": "a\nBEGIN:VALARM\nTRIGGER:-PT1M\nEND:VALARM",
    "ansi": "\x1b[2J\x1b]0;owned\x07\x9b31m\x00\x7f\x85",
}
PAYLOAD_IDS = sorted(TEXT_PAYLOADS)


def _event(payload: str, *, event_id: str = "e1", timed: bool = False) -> Event:
    """An event with ``payload`` in every text field (labels get a one-line version)."""
    # Labels are one line without control characters or line separators (the
    # model refuses those); framing keeps leading and trailing payload from
    # being stripped.
    first_line = payload.split("\n", maxsplit=1)[0]
    label = (
        "名"
        + "".join(c for c in first_line if unicodedata.category(c) not in {"Cc", "Zl", "Zp"})
        + "字"
    )
    start: timeline.When = dt.date(2020, 5, 25)
    if timed:
        start = dt.datetime(2020, 5, 25, 9, tzinfo=timeline.SHANGHAI)
    person = Person(label, label)
    return Event(
        id=event_id,
        title=label,
        start=start,
        summary=payload,
        participants=[Participant(person, Role.LEADS), Participant(Person(label + "2"))],
        delegations=[Delegation(Organisation(label, label), Role.ORGANISES, representatives=label)],
        locations=[Location(label, label), Location(label + "站")],
        headcounts=[Headcount(count=5, unit=label, counted=label, text=label)],
        source=Source(
            headline=label,
            published=dt.date(2020, 6, 3),
            publication=label,
            document=label,
            byline=[Participant(Person(label + "记"), Role.REPORTS)],
        ),
    )


def _hostile_events(payload: str) -> list[Event]:
    ids = re.sub(r"\s", "", LABEL_PAYLOADS.get("html-attr", "x"))
    return [
        _event(payload, event_id="e1"),
        _event(payload, event_id="e2" + ids, timed=True),
    ]


# -- iCalendar --------------------------------------------------------------------

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
        events = _hostile_events(TEXT_PAYLOADS[payload])
        feed = timeline.to_ics(events)
        _check_feed(feed, len(events))
        assert sorted(events, key=lambda e: e.id) == sorted(
            timeline.from_ics(feed), key=lambda e: e.id
        )

    @pytest.mark.parametrize("payload", PAYLOAD_IDS)
    def test_every_feed_of_a_set(self, payload):
        """Each person, place and organisation feed is as clean as the main one."""
        events = _hostile_events(TEXT_PAYLOADS[payload])
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
        events = _hostile_events(TEXT_PAYLOADS[payload])
        if any(c in name for c in "\u2028\u2029"):
            # A line separator is a line break to some readers: refused, naming the option.
            with pytest.raises(timeline.IcsWriteError) as info:
                timeline.to_ics(events, name=name)
            assert "name" == info.value.field
        else:
            _check_feed(timeline.to_ics(events, name=name), 2)


def test_line_separator_in_a_name_cannot_end_the_event():
    """A person named with U+2028 is refused by the model: a label is one line."""
    name = "乔耸\u2028END:VEVENT\u2028BEGIN:VEVENT\u2028UID:evil\u2028X-INJ:1"
    with pytest.raises(timeline.InvalidEventError) as info:
        Person(name)
    assert "Person.name" == info.value.field


@pytest.mark.parametrize(
    "char", ["\n", "\r", "\t", "\x00", "\x1b", "\x7f", "\x85", "\u2028", "\u2029"]
)
def test_cn_is_one_line_whatever_it_is_given(char):
    """CN= never carries a line break or control, even if a name got past the model."""
    from timeline.ics._plan import cn  # noqa: PLC0415 - the private unit under test

    assert "乔 END:VEVENT" == cn(f"乔{char}END:VEVENT")


# -- HTML ---------------------------------------------------------------------------


class _Structure(html.parser.HTMLParser):
    """Tags, attribute names and dangerous attribute values of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: Counter[str] = Counter()
        self.dangerous: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        for name, value in attrs:
            self.tags[f"{tag}@{name}"] += 1
            text = re.sub(r"[\s\x00-\x1f]", "", value or "").lower()
            if name.startswith("on") or (
                name in {"href", "src", "action", "formaction"} and text.startswith("javascript:")
            ):
                self.dangerous.append((tag, name, value or ""))


def _structure(page: bytes) -> _Structure:
    parser = _Structure()
    parser.feed(page.decode("utf-8"))
    parser.close()
    return parser


class TestHtmlOutput:
    """The HTML page and the feed index escape every field."""

    @pytest.mark.parametrize("payload", PAYLOAD_IDS)
    def test_page(self, payload):
        """The page has the same tags and attributes as a benign one, and no handler."""
        hostile = _structure(HtmlRenderer()(Timeline(_hostile_events(TEXT_PAYLOADS[payload]))))
        benign = _structure(HtmlRenderer()(Timeline(_hostile_events("平安无事"))))
        assert benign.tags == hostile.tags
        assert [] == hostile.dangerous

    @pytest.mark.parametrize("payload", PAYLOAD_IDS)
    def test_page_has_no_raw_payload(self, payload):
        """No payload that is markup appears unescaped in the page bytes."""
        page = HtmlRenderer()(Timeline(_hostile_events(TEXT_PAYLOADS[payload])))
        for needle in (b"<script>alert", b"<img", b"</script><script>alert"):
            assert needle not in page

    @pytest.mark.parametrize("payload", PAYLOAD_IDS)
    def test_feed_index(self, payload):
        """index.html of a feed set lists hostile names as text."""
        events = _hostile_events(TEXT_PAYLOADS[payload])
        hostile = _structure(render_feeds(events, name=LABEL_PAYLOADS["html-attr"])["index.html"])
        benign = _structure(render_feeds(_hostile_events("平安无事"), name="x")["index.html"])
        assert set(benign.tags) == set(hostile.tags)
        assert [] == hostile.dangerous


# -- terminals and Markdown -----------------------------------------------------------

_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class TestTerminalOutput:
    """Text meant for a terminal carries no control sequences of the data's own."""

    def test_text_renderer(self):
        """The text renderer (no colour) emits no ESC, BEL, NUL or C1 controls."""
        out = TextRenderer()(Timeline(_hostile_events(TEXT_PAYLOADS["ansi"]))).decode()
        assert [] == _TERMINAL_CONTROLS.findall(out)

    def test_markdown_renderer(self):
        """Markdown output (read in terminals too) carries no control characters."""
        out = MarkdownRenderer()(Timeline(_hostile_events(TEXT_PAYLOADS["ansi"]))).decode()
        assert [] == _TERMINAL_CONTROLS.findall(out)

    def test_markdown_escapes_markup(self):
        """Markdown output escapes HTML and link syntax from the data."""
        out = MarkdownRenderer()(Timeline(_hostile_events(LABEL_PAYLOADS["markdown"]))).decode()
        assert re.search(r"(?<!\\)\]\(javascript:", out) is None
        assert "<b>" not in out


# -- feed file names ----------------------------------------------------------------------

HOSTILE_NAMES = [
    "../../etc/passwd",
    "/etc/passwd",
    "..",
    ".",
    "C:\\Windows\\system32",
    "\\\\server\\share",
    "CON",
    "nul",
    "COM1",
    "LPT9",
    "con.ics",
    "aux.txt",
    "~root",
    "$HOME",
    "%2e%2e%2f",
    "．．／",
    "\u202egnp.exe",
    "a\u200bb",
    "李" * 5000,
    "x" * 5000,
    "ǅ" * 300,
]
_FILE = re.compile(r"^(all\.ics|index\.json|index\.html|[a-z]+/([a-z0-9-]+-)?[0-9a-f]+\.ics)$")
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])$", re.IGNORECASE)


class TestFeedNames:
    """Facet names cannot choose where a feed is written."""

    @pytest.fixture(scope="class")
    @classmethod
    def written(cls, tmp_path_factory):
        """One feed set whose people, places and bodies all have hostile names."""
        events = [
            Event(
                id=f"e{i}",
                title="活动",
                start=dt.date(2020, 5, 25),
                participants=[Participant(Person(name))],
                locations=[Location(name)],
                delegations=[Delegation(Organisation(name))],
            )
            for i, name in enumerate(HOSTILE_NAMES)
        ]
        out = tmp_path_factory.mktemp("feeds") / "out"
        report = write_feeds(events, out, durable=False)
        return out, report

    def test_everything_inside(self, written):
        """Every file written resolves inside the output folder's published set."""
        out, _ = written
        root = out.resolve()
        files = [p for p in root.rglob("*") if p.is_file()]
        assert files
        for path in files:
            assert path.resolve().is_relative_to(root)
        parent = out.parent
        assert {out.name} == {p.name for p in parent.iterdir() if not p.name.startswith(".")}

    def test_names_are_tame(self, written):
        """Every file name is short ASCII of a fixed shape, and never a Windows device."""
        out, report = written
        for rel in report.written:
            assert _FILE.match(rel), rel
            stem = Path(rel).name.split(".")[0]
            assert not _RESERVED.match(stem), rel
            assert len(Path(rel).name.encode()) <= 255
            assert (out / rel).is_file()

    def test_one_feed_per_name(self, written):
        """No two hostile names share a file: 3 kinds x names, plus all/index."""
        _, report = written
        ics = [r for r in report.written if r.endswith(".ics") and r != "all.ics"]
        assert 3 * len(HOSTILE_NAMES) == len(ics)

    @pytest.mark.parametrize(
        "name", ["a\x00b", "\x00", "/" * 300, "..\x00/x"], ids=["nul", "only-nul", "slashes", "mix"]
    )
    def test_feed_filename_with_nul(self, name):
        """feed_filename itself is safe for strings the model would refuse."""
        rel = feed_filename("person", name)
        assert _FILE.match(rel), rel


# -- python -O ----------------------------------------------------------------------------

_SCRIPT = """
import hashlib, sys
sys.path[:0] = [sys.argv[1], sys.argv[2]]
import timeline
from timeline.feeds import render_feeds
import tests.test_hostile_output as t
digest = hashlib.sha256()

def run(make):
    # Output, or the refusal (class and message): both must not change under -O.
    try:
        result = make()
    except timeline.TimelineError as exc:
        digest.update(f"{type(exc).__name__}: {exc}".encode())
        return
    items = sorted(result.items()) if isinstance(result, dict) else [("", result)]
    for path, data in items:
        digest.update(path.encode() + data)

for key in sorted(t.TEXT_PAYLOADS):
    events = t._hostile_events(t.TEXT_PAYLOADS[key])
    run(lambda: timeline.to_ics(events))
    run(lambda: timeline.HtmlRenderer()(timeline.Timeline(events)))
    run(lambda: render_feeds(events))
    run(lambda: timeline.to_ics(events, name="a\\nb"))
    run(lambda: timeline.dumps(events))
print(digest.hexdigest())
"""


class TestOptimised:
    """Guards are real checks: ``python -O`` writes the same bytes and refuses the same."""

    def test_same_output_under_dash_o(self):
        """The digest of every hostile output is the same with and without -O."""
        results = []
        for flags in ([], ["-O"]):
            done = subprocess.run(
                [sys.executable, *flags, "-c", _SCRIPT, str(ROOT / "src"), str(ROOT)],
                capture_output=True,
                text=True,
                check=True,
                timeout=300,
            )
            results.append(done.stdout.strip())
        assert 64 == len(results[0])
        assert results[0] == results[1]

    def test_digest_is_of_real_output(self):
        """The digest covers output that differs per payload (a guard for the test itself)."""
        one = hashlib.sha256(timeline.to_ics(_hostile_events("a"))).hexdigest()
        two = hashlib.sha256(timeline.to_ics(_hostile_events("b"))).hexdigest()
        assert one != two
