from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests._paths import GOLDEN
from tests._payloads import TEXT_PAYLOADS, hostile_events
from tests.strategies import labels, timelines
from timeline import (
    SHANGHAI,
    Event,
    QueryError,
    TextRenderer,
    Timeline,
)
from timeline.render.text import MIN_WIDTH, display_width, truncate, want_color, wrap


def check_golden(name, output, regen):
    """Helper: check golden."""
    path = GOLDEN / name
    if regen:
        path.write_bytes(output)
    assert path.read_bytes() == output


class TestGolden:
    """Tests of Golden."""

    def test_seed(self, seed_timeline, regen_golden):
        """The seed renders byte for byte as tests/golden/seed.txt."""
        check_golden("seed.txt", TextRenderer(width=80)(seed_timeline), regen=regen_golden)

    def test_repeatable(self, seed_timeline, seed_events):
        """Identical input (in any order) gives identical bytes."""
        assert TextRenderer()(seed_timeline) == TextRenderer()(Timeline(reversed(seed_events)))


class TestLayout:
    """Tests of Layout."""

    def test_day_heading_with_weekday(self, seed_timeline):
        """Each day opens with its date and Chinese weekday."""
        text = TextRenderer()(seed_timeline).decode()
        headings = [line for line in text.splitlines() if line[:1].isdigit()]
        assert headings == [
            "2020-05-25 周一",
            "2020-05-26 周二",
            "2020-05-28 周四",
            "2020-06-02 周二",
        ]

    def test_all_day_first_then_timed_aligned_by_display_width(self):
        """全天 and 09:00 pad to one column: titles start at the same display column."""
        day = dt.date(2020, 5, 25)
        tl = Timeline(
            [
                Event(id="t", title="调研", start=dt.datetime(2020, 5, 25, 9, tzinfo=SHANGHAI)),
                Event(id="a", title="会议", start=day),
            ]
        )
        lines = TextRenderer()(tl).decode().splitlines()[1:]
        assert lines[0].lstrip().startswith("全天")
        columns = [
            display_width(line[: line.index(title)])
            for line, title in zip(lines, ["会议", "调研"], strict=True)
        ]
        assert columns[0] == columns[1]

    def test_people_by_role_with_titles_places_in_order(self, seed_timeline):
        """A tour lists its stops in order and its people with titles under role labels."""
        text = TextRenderer(width=200)(seed_timeline.with_person("李晓雷")).decode()
        assert "地点: 桐柏路建设路东南角 → 北岗小区 → 郑西高铁铁路沿线" in text
        assert "带队: 李晓雷(中原区委副书记、区长)" in text
        assert "来源: " in text
        assert "记者 张改华 通讯员 张黎" in text

    def test_headcount(self, seed_timeline):
        """Headcounts show the printed phrase and who was counted."""
        assert "人数: 71名 (选区选民)" in TextRenderer(width=200)(seed_timeline).decode()

    def test_continuation_lines_indented(self, seed_timeline):
        """A wrapped line continues further right than the body column."""
        lines = TextRenderer(width=40)(seed_timeline).decode().splitlines()
        continued = [line for line in lines if line.startswith("          ")]
        assert continued
        assert all(display_width(line) <= 40 for line in lines)

    def test_no_color_unless_asked(self, seed_timeline):
        """ANSI escapes appear only with color=True."""
        assert b"\x1b[" not in TextRenderer()(seed_timeline)
        coloured = TextRenderer(color=True)(seed_timeline)
        assert b"\x1b[1m2020-05-25" in coloured
        # Colour never changes the text itself.
        assert TextRenderer()(seed_timeline).decode() == _strip_ansi(coloured.decode())

    def test_truncate_instead_of_wrap(self, seed_timeline):
        """With wrap=False every line fits and long ones end in …."""
        lines = TextRenderer(width=30, wrap=False)(seed_timeline).decode().splitlines()
        assert all(display_width(line) <= 30 for line in lines)
        assert any(line.endswith("…") for line in lines)

    @pytest.mark.parametrize("width", [0, MIN_WIDTH - 1], ids=["zero", "below-minimum"])
    def test_too_narrow_is_refused(self, width):
        """A width below the minimum raises QueryError naming the field."""
        with pytest.raises(QueryError, match="width"):
            TextRenderer(width=width)


def _strip_ansi(text):
    import re  # noqa: PLC0415 - only this helper needs it

    return re.sub(r"\x1b\[[0-9;]*m", "", text)


@pytest.mark.slow
class TestWidthProperties:
    """Tests of WidthProperties."""

    @given(timelines(max_size=5), st.integers(min_value=MIN_WIDTH, max_value=120), st.booleans())
    def test_every_line_fits(self, tl, width, wrap_lines):
        """Every output line's display width is at most ``width``."""
        text = TextRenderer(width=width, wrap=wrap_lines)(tl).decode()
        assert all(display_width(line) <= width for line in text.splitlines())

    @given(timelines(max_size=4), st.integers(min_value=MIN_WIDTH, max_value=120))
    def test_colour_keeps_widths(self, tl, width):
        """Colour adds escapes only; the visible text is the uncoloured rendering."""
        plain = TextRenderer(width=width)(tl).decode()
        assert plain == _strip_ansi(TextRenderer(width=width, color=True)(tl).decode())

    @given(labels, st.integers(min_value=4, max_value=60))
    @example("李晓雷调研国家卫生城市复审", 5)
    @example("a" * 30 + "李", 7)
    def test_wrap_loses_nothing_and_fits(self, text, width):
        """Wrapping keeps every non-space character in order and fits each line."""
        lines = wrap(text, width, subsequent="  ")
        assert all(display_width(line) <= width for line in lines)
        assert text.replace(" ", "") == "".join(lines).replace(" ", "")


class TestHelpers:
    """Tests of Helpers."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("李晓雷", 6), ("abc", 3), ("全天 09:00", 10), ("e\u0301", 1), ("", 0)],
        ids=["cjk", "ascii", "mixed", "combining", "empty"],
    )
    def test_display_width(self, text, expected):
        """CJK counts two columns, combining marks none."""
        assert expected == display_width(text)

    def test_truncate_never_splits_a_wide_char(self):
        """Cutting at an odd column leaves the wide char out rather than half of it."""
        assert truncate("李晓雷调研", 6) == "李晓…"
        assert truncate("李晓雷", 6) == "李晓雷"

    @pytest.mark.parametrize(
        ("choice", "tty", "env", "expected"),
        [
            ("auto", True, {}, True),
            ("auto", False, {}, False),
            ("auto", True, {"NO_COLOR": "1"}, False),
            ("auto", True, {"NO_COLOR": ""}, True),
            ("always", False, {"NO_COLOR": "1"}, True),
            ("never", True, {}, False),
        ],
        ids=["auto-tty", "auto-pipe", "auto-no-color", "auto-empty-no-color", "always", "never"],
    )
    def test_want_color(self, choice, tty, env, expected):
        """Auto colours a TTY unless NO_COLOR is set; always/never are explicit."""
        assert expected == want_color(choice, is_tty=tty, environ=env)


class TestDaysAskedFor:
    """A day or range query prints only the days asked for (issue: days outside the window)."""

    @staticmethod
    def _club():
        berlin = ZoneInfo("Europe/Berlin")
        camp = Event(
            id="camp", title="Summer camp", start=dt.date(2025, 7, 1), end=dt.date(2025, 7, 4)
        )
        night = dt.datetime(2025, 7, 2, 22, tzinfo=berlin)
        party = Event(
            id="party", title="Night party", start=night, end=night + dt.timedelta(hours=6)
        )
        return Timeline([camp, party], zone=berlin)

    def test_on_prints_one_day(self):
        """``on_date`` of a three-day event prints one heading, that day's."""
        out = TextRenderer(lang="en")(self._club().on_date(dt.date(2025, 7, 2))).decode()
        headings = [line for line in out.splitlines() if line[:1].isdigit()]
        assert ["2025-07-02 Wed"] == headings

    def test_range_prints_only_its_days(self):
        """``overlapping`` prints the days of the range and no other."""
        out = TextRenderer(lang="en")(
            self._club().overlapping(dt.date(2025, 7, 2), dt.date(2025, 7, 4))
        ).decode()
        headings = [line for line in out.splitlines() if line[:1].isdigit()]
        assert ["2025-07-02 Wed", "2025-07-03 Thu"] == headings

    def test_later_days_are_one_line(self):
        """A multi-day event is drawn in full once, then as one continuation line a day."""
        out = TextRenderer(lang="en", width=100)(self._club()).decode()
        assert 1 == out.count("Summer camp [other]")
        assert 2 == out.count("Summer camp (continued)")
        assert "22:00-04:00 (+1)  Night party [other]" in out
        assert "…-04:00  Night party (continued)" in out

    def test_window_starting_mid_event_shows_it_in_full(self):
        """When the window starts inside an event, its first shown day is the full one."""
        out = TextRenderer(lang="en")(self._club().on_date(dt.date(2025, 7, 3))).decode()
        assert "Summer camp [other]" in out
        assert "(continued)" not in out

    def test_bidi_override_in_title_is_marked(self):
        """A right-to-left override in a title is shown as ``<U+202E>``, never raw."""
        event = Event(id="x", title="invoice\u202egnp.exe", start=dt.date(2025, 7, 1))
        out = TextRenderer(lang="en")(Timeline([event])).decode()
        assert "\u202e" not in out
        assert "invoice<U+202E>gnp.exe" in out


_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class TestTerminalOutput:
    """Text meant for a terminal carries no control sequences of the data's own."""

    def test_text_renderer(self):
        """The text renderer (no colour) emits no ESC, BEL, NUL or C1 controls."""
        out = TextRenderer()(Timeline(hostile_events(TEXT_PAYLOADS["ansi"]))).decode()
        assert [] == _TERMINAL_CONTROLS.findall(out)
