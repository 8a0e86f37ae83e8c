import re

import pytest

from tests._paths import GOLDEN
from tests._payloads import LABEL_PAYLOADS, TEXT_PAYLOADS, hostile_events
from timeline import Event, MarkdownRenderer, Timeline
from timeline.render.markdown import escape_markdown


def check_golden(name, output, regen):
    """Helper: check golden."""
    path = GOLDEN / name
    if regen:
        path.write_bytes(output)
    assert path.read_bytes() == output


class TestMarkdownRenderer:
    """Tests of MarkdownRenderer."""

    def test_seed_golden(self, seed_timeline, regen_golden):
        """The seed renders byte for byte as tests/golden/seed.md."""
        check_golden("seed.md", MarkdownRenderer()(seed_timeline), regen=regen_golden)

    def test_day_sections(self, seed_timeline):
        """One ``##`` section per day, one ``###`` per event."""
        lines = MarkdownRenderer()(seed_timeline).decode().splitlines()
        assert sum(line.startswith("## ") for line in lines) == 4
        assert sum(line.startswith("### ") for line in lines) == 6

    def test_markup_in_data_is_escaped(self):
        """A title full of markup stays literal text."""
        import datetime as dt  # noqa: PLC0415 - local to the one test that builds an event

        event = Event(
            id="x",
            title="*重要* <script>alert(1)</script> [链接](http://x)",
            start=dt.date(2020, 1, 1),
        )
        text = MarkdownRenderer()(Timeline([event])).decode()
        assert (
            "### 全天 · \\*重要\\* \\<script\\>alert(1)\\</script\\> \\[链接\\](http://x)" in text
        )

    @pytest.mark.parametrize(
        ("raw", "expected"),
        [
            ("1. 第一", "1\\. 第一"),
            ("- 项", "\\- 项"),
            ("a_b", "a\\_b"),
            ("两\n行", "两 行"),
            ("区(街道)", "区(街道)"),
        ],
        ids=["ordered-list", "bullet", "emphasis", "newline", "cjk-parens-kept"],
    )
    def test_escape(self, raw, expected):
        """Block starters and inline markup are escaped; Chinese parentheses are not."""
        assert expected == escape_markdown(raw)


_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class TestHostileText:
    """Markdown is read in terminals too: no control sequences, no markup of the data's own."""

    def test_markdown_renderer(self):
        """Markdown output (read in terminals too) carries no control characters."""
        out = MarkdownRenderer()(Timeline(hostile_events(TEXT_PAYLOADS["ansi"]))).decode()
        assert [] == _TERMINAL_CONTROLS.findall(out)

    def test_markdown_escapes_markup(self):
        """Markdown output escapes HTML and link syntax from the data."""
        out = MarkdownRenderer()(Timeline(hostile_events(LABEL_PAYLOADS["markdown"]))).decode()
        assert re.search(r"(?<!\\)\]\(javascript:", out) is None
        assert "<b>" not in out
