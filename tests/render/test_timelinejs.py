import datetime as dt
import json

from tests._paths import GOLDEN
from timeline import SHANGHAI, Event, EventKind, Timeline, TimelineJsRenderer


def check_golden(name, output, regen):
    """Helper: check golden."""
    path = GOLDEN / name
    if regen:
        path.write_bytes(output)
    assert path.read_bytes() == output


def render(*events, **kw):
    """Helper: render."""
    return json.loads(TimelineJsRenderer(**kw)(Timeline(events, zone=SHANGHAI)))


class TestTimelineJsRenderer:
    """Tests of TimelineJsRenderer."""

    def test_seed_golden(self, seed_timeline, regen_golden):
        """The seed renders byte for byte as tests/golden/seed.timelinejs.json."""
        check_golden(
            "seed.timelinejs.json", TimelineJsRenderer()(seed_timeline), regen=regen_golden
        )

    def test_seed_slides(self, seed_timeline):
        """One slide per event, in order, id as unique_id, group the main kind."""
        doc = json.loads(TimelineJsRenderer()(seed_timeline))
        assert [e.id for e in seed_timeline] == [s["unique_id"] for s in doc["events"]]
        assert doc["events"][0]["start_date"] == {"year": 2020, "month": 5, "day": 25}
        assert doc["events"][1]["group"] == "调研"
        assert doc["title"]["text"]["headline"] == "时间线"

    def test_timed_event_in_display_zone(self):
        """A timed event gets hour and minute read in the display zone, and an end."""
        start = dt.datetime(2020, 5, 25, 1, 30, tzinfo=dt.UTC)  # 09:30 in Shanghai
        doc = render(Event(id="t", title="会", start=start, end=start + dt.timedelta(hours=2)))
        slide = doc["events"][0]
        assert slide["start_date"] == {"year": 2020, "month": 5, "day": 25, "hour": 9, "minute": 30}
        assert slide["end_date"] == {"year": 2020, "month": 5, "day": 25, "hour": 11, "minute": 30}

    def test_multi_day_end_is_inclusive(self):
        """TimelineJS ends are inclusive: an all-day end moves back one day; one day has none."""
        doc = render(
            Event(id="long", title="展", start=dt.date(2020, 5, 25), end=dt.date(2020, 5, 28)),
            Event(id="one", title="会", start=dt.date(2020, 6, 1)),
        )
        assert doc["events"][0]["end_date"] == {"year": 2020, "month": 5, "day": 27}
        assert "end_date" not in doc["events"][1]

    def test_html_is_escaped(self):
        """Headline and text are HTML in TimelineJS, so data is escaped."""
        doc = render(
            Event(
                id="x",
                title="<script>alert(1)</script>",
                summary="a & <b>",
                kinds=[EventKind.VISIT],
                start=dt.datetime(2020, 5, 25, 9, tzinfo=SHANGHAI),
            ),
            title="",
            lang="zh",
        )
        slide = doc["events"][0]
        assert slide["text"]["headline"] == "&lt;script&gt;alert(1)&lt;/script&gt;"
        assert slide["text"]["text"] == "<p>a &amp; &lt;b&gt;</p>"
        assert slide["group"] == "走访慰问"
        assert "title" not in doc


class TestScriptSafety:
    """The JSON can be pasted into a ``<script>`` element as it is."""

    def test_unique_id_cannot_close_a_script(self):
        """An id holding ``</script>`` is written with escapes and reads back unchanged."""
        event = Event(id="a</script><script>x()</script>", title="会", start=dt.date(2020, 5, 25))
        data = TimelineJsRenderer()(Timeline([event]))
        assert b"</" not in data
        assert b"<" not in data
        assert event.id == json.loads(data)["events"][0]["unique_id"]

    def test_line_separators_escaped(self):
        """U+2028 and U+2029 (line ends to older JavaScript) never appear raw."""
        event = Event(id="ls", title="会", summary="a\u2028b\u2029c", start=dt.date(2020, 5, 25))
        data = TimelineJsRenderer()(Timeline([event]))
        assert "\u2028".encode() not in data
        assert "\u2029".encode() not in data
