from __future__ import annotations

import datetime as dt
import html.parser
import json
import os
import re
import shutil
import subprocess
import urllib.parse
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests._paths import GOLDEN
from tests._payloads import LABEL_PAYLOADS, PAYLOAD_IDS, TEXT_PAYLOADS, hostile_events
from timeline import (
    SHANGHAI,
    Event,
    HtmlRenderer,
    Location,
    Participant,
    Person,
    Timeline,
)
from timeline.feeds import render_feeds

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--hide-scrollbars",
]


def check_golden(name, output, regen):
    """Helper: check golden."""
    path = GOLDEN / name
    if regen:
        path.write_bytes(output)
    assert path.read_bytes() == output


class _Articles(HTMLParser):
    """Collect each event card: its id, whether hidden, and its title text."""

    def __init__(self):
        super().__init__()
        self.cards = {}
        self.body = {}
        self._card = None
        self._in_title = False
        self.scripts = 0
        self.external = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "body":
            self.body = attributes
        if tag == "script":
            self.scripts += 1
        for name in ("src", "href"):
            if name in attributes:
                self.external.append(attributes[name])
        if tag == "article":
            self._card = attributes["data-id"]
            self.cards[self._card] = {"hidden": "hidden" in attributes, "title": ""}
        if tag == "h3" and self._card:
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "h3":
            self._in_title = False
        if tag == "article":
            self._card = None

    def handle_data(self, data):
        if self._in_title and self._card:
            self.cards[self._card]["title"] += data


def parse(page):
    """Helper: parse."""
    parser = _Articles()
    parser.feed(page)
    return parser


def hostile_timeline():
    """Helper: hostile timeline."""
    return Timeline(
        [
            Event(
                id='x"><script>alert(1)</script>',
                title="<script>alert('标题')</script>",
                summary="</p><img src=x onerror=alert(1)>",
                start=dt.datetime(2020, 5, 25, 9, tzinfo=SHANGHAI),
                participants=[Participant(person=Person(name="<b>李</b>", title='"区长"'))],
                locations=[Location(name="&amp;地点", area="<i>区</i>")],
            )
        ]
    )


class TestHtmlRenderer:
    """Tests of HtmlRenderer."""

    def test_seed_golden(self, seed_timeline, regen_golden):
        """The seed renders byte for byte as tests/golden/seed.html."""
        check_golden("seed.html", HtmlRenderer()(seed_timeline), regen=regen_golden)

    def test_self_contained(self, seed_timeline):
        """No external resource: no src/href attributes and no URL schemes."""
        page = HtmlRenderer()(seed_timeline).decode()
        parsed = parse(page)
        assert parsed.external == []
        assert "http://" not in page
        assert "https://" not in page
        assert parsed.scripts == 1

    def test_every_event_with_day_people_places(self, seed_timeline):
        """Each seed event is a card under its day, with its people and places."""
        page = HtmlRenderer()(seed_timeline).decode()
        assert [e.id for e in seed_timeline] == list(parse(page).cards)
        assert '<section class="day" data-day="2020-05-25">' in page
        assert "李晓雷" in page
        assert "元通市场" in page

    def test_script_in_title_is_escaped(self):
        """An injected <script> in a title, id or name appears only as text."""
        page = HtmlRenderer()(hostile_timeline()).decode()
        parsed = parse(page)
        assert parsed.scripts == 1
        assert "<script>alert" not in page
        assert "<img" not in page
        assert "<b>李" not in page
        assert [c["title"] for c in parsed.cards.values()] == ["<script>alert('标题')</script>"]

    def test_repeatable(self, seed_timeline, seed_events):
        """Identical input in any order gives identical bytes."""
        assert HtmlRenderer()(seed_timeline) == HtmlRenderer()(
            Timeline(reversed(seed_events), zone=seed_timeline.zone)
        )


def _chromium():
    if CHROMIUM.exists():
        return str(CHROMIUM)
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("chromium is required in CI (apt-get install chromium fonts-noto-cjk)")
    pytest.skip("SKIPPED LOUDLY: chromium not found at /usr/bin/chromium; browser tests not run")
    return None  # pragma: no cover - skip raises


def _run_chromium(tmp_path, url, *extra):
    result = subprocess.run(
        [
            _chromium(),
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=5000",
            *extra,
            url,
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    return result.stdout.decode()


@pytest.fixture
def seed_page(tmp_path, seed_timeline):
    """Helper: seed page."""
    page = tmp_path / "seed.html"
    page.write_bytes(HtmlRenderer()(seed_timeline))
    return page


@pytest.mark.slow
@pytest.mark.browser
class TestInBrowser:
    """Tests of InBrowser."""

    def test_all_six_seed_events_visible(self, tmp_path, seed_page, seed_timeline):
        """Headless Chromium runs the script and shows all six seed events unfiltered."""
        dom = parse(_run_chromium(tmp_path, seed_page.as_uri(), "--dump-dom"))
        assert dom.body.get("data-ready") == "yes"
        assert {e.id: False for e in seed_timeline} == {
            k: v["hidden"] for k, v in dom.cards.items()
        }
        assert [e.title for e in seed_timeline] == [c["title"] for c in dom.cards.values()]

    @pytest.mark.parametrize(
        ("fragment", "shown"),
        [
            ("person=李晓雷", {"2020-05-25-inspection-0f8f0c"}),
            ("place=汝河路街道金苑社区", {"2020-05-25-observation-fee57b"}),
            ("kind=election", {"2020-05-26-election-5ae313"}),
            (
                "kind=meeting&place=棉纺路街道",
                {"2020-05-26-election-5ae313", "2020-05-25-observation-fee57b"},
            ),
        ],
        ids=["person", "place", "kind", "kind-and-area"],
    )
    def test_filter_from_url_hides_the_others(self, tmp_path, seed_page, fragment, shown):
        """A filter in the URL fragment hides every non-matching event."""
        url = seed_page.as_uri() + "#" + urllib.parse.quote(fragment, safe="=&")
        dom = parse(_run_chromium(tmp_path, url, "--dump-dom"))
        assert dom.body.get("data-filtered") == "yes"
        assert shown == {k for k, v in dom.cards.items() if not v["hidden"]}

    def test_hostile_page_runs_no_injected_script(self, tmp_path):
        """The injected title shows as text in the browser and no extra script exists."""
        page = tmp_path / "hostile.html"
        page.write_bytes(HtmlRenderer()(hostile_timeline()))
        dom = parse(_run_chromium(tmp_path, page.as_uri(), "--dump-dom"))
        assert dom.scripts == 1
        assert [c["title"] for c in dom.cards.values()] == ["<script>alert('标题')</script>"]

    def test_screenshot(self, tmp_path, seed_page):
        """The page renders to a non-trivial PNG screenshot."""
        shot = tmp_path / "shot.png"
        _run_chromium(
            tmp_path, seed_page.as_uri(), f"--screenshot={shot}", "--window-size=1100,1800"
        )
        data = shot.read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        assert len(data) > 20_000


# Appended to a rendered page by the layout tests (the page's CSP allows
# inline scripts): measures, after layout, what a person would see go wrong.
_MEASURE = """<script>(function () {
  var vw = document.documentElement.clientWidth, bad = [];
  document.querySelectorAll("body *").forEach(function (el) {
    var r = el.getBoundingClientRect();
    if (r.width > 0 && (r.right > vw + 1 || r.left < -1)) {
      bad.push("outside:" + el.tagName + "." + el.className);
    }
    var style = getComputedStyle(el);
    if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== "visible") {
      bad.push("clipped:" + el.tagName + "." + el.className);
    }
  });
  var narrowest = vw;
  document.querySelectorAll("article.event:not(.continued) > .body").forEach(function (b) {
    narrowest = Math.min(narrowest, b.getBoundingClientRect().width);
  });
  document.body.setAttribute("data-layout", JSON.stringify({
    scroll: document.documentElement.scrollWidth, vw: vw, bad: bad, narrowest: narrowest
  }));
}());</script>"""


_FRAME = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="f" style="width:{width}px;height:900px;border:0"></iframe>
<script>
var f = document.getElementById("f");
f.onload = function () {{
  document.body.setAttribute("data-layout", f.contentDocument.body.getAttribute("data-layout"));
}};
f.srcdoc = {page};
</script></body></html>"""


def _png_size(data):
    """Width and height from a PNG's IHDR chunk."""
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@pytest.mark.slow
@pytest.mark.browser
class TestLayout:
    """The page reads on a 390 px phone and on a desktop, in a real browser."""

    @pytest.mark.parametrize("width", [390, 1280], ids=["phone", "desktop"])
    def test_no_horizontal_scroll_nothing_clipped(self, tmp_path, seed_timeline, width):
        """No horizontal scroll, no element past the viewport, event text not squeezed."""
        # Headless Chromium lays out no narrower than 500 px, so the page runs
        # in a same-origin frame of the wanted width; media queries see the frame.
        html_text = HtmlRenderer()(seed_timeline).decode()
        inner = html_text.replace("</body>", _MEASURE + "</body>")
        page = tmp_path / "frame.html"
        page.write_text(
            _FRAME.format(width=width, page=json.dumps(inner).replace("</", "<\\/")),
            encoding="utf-8",
        )
        dom = parse(_run_chromium(tmp_path, page.as_uri(), "--dump-dom", "--window-size=1400,900"))
        layout = json.loads(dom.body["data-layout"])
        assert width == layout["vw"]
        assert layout["scroll"] <= layout["vw"]
        assert [] == layout["bad"]
        # On a phone the time column stacks above the text, which keeps the width.
        assert layout["narrowest"] >= (0.8 if width < 600 else 0.6) * min(width, 980) - 80

    def test_phone_screenshot(self, tmp_path, seed_page):
        """A 390 px wide screenshot is 390 px wide (nothing forced a wider layout)."""
        shot = tmp_path / "phone.png"
        _run_chromium(tmp_path, seed_page.as_uri(), f"--screenshot={shot}", "--window-size=390,844")
        data = shot.read_bytes()
        assert (390, 844) == _png_size(data)
        assert len(data) > 20_000

    def test_malformed_fragment_is_no_filter(self, tmp_path, seed_page, seed_timeline):
        """A fragment that is not valid percent-encoding filters nothing, and the script runs."""
        url = seed_page.as_uri() + "#person=%E0%A4%A&kind=%"
        dom = parse(_run_chromium(tmp_path, url, "--dump-dom"))
        assert "yes" == dom.body.get("data-ready")
        assert "no" == dom.body.get("data-filtered")
        assert {e.id for e in seed_timeline} == {k for k, v in dom.cards.items() if not v["hidden"]}


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
        hostile = _structure(HtmlRenderer()(Timeline(hostile_events(TEXT_PAYLOADS[payload]))))
        benign = _structure(HtmlRenderer()(Timeline(hostile_events("平安无事"))))
        assert benign.tags == hostile.tags
        assert [] == hostile.dangerous

    @pytest.mark.parametrize("payload", PAYLOAD_IDS)
    def test_page_has_no_raw_payload(self, payload):
        """No payload that is markup appears unescaped in the page bytes."""
        page = HtmlRenderer()(Timeline(hostile_events(TEXT_PAYLOADS[payload])))
        for needle in (b"<script>alert", b"<img", b"</script><script>alert"):
            assert needle not in page

    @pytest.mark.parametrize("payload", PAYLOAD_IDS)
    def test_feed_index(self, payload):
        """index.html of a feed set lists hostile names as text."""
        events = hostile_events(TEXT_PAYLOADS[payload])
        hostile = _structure(render_feeds(events, name=LABEL_PAYLOADS["html-attr"])["index.html"])
        benign = _structure(render_feeds(hostile_events("平安无事"), name="x")["index.html"])
        assert set(benign.tags) == set(hostile.tags)
        assert [] == hostile.dangerous
