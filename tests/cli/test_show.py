import json
import os
import subprocess
import sys

import pytest

from tests._paths import DATA
from timeline import TextRenderer, Timeline, seed_events
from timeline.cli import main


def run(capsys, *argv):
    """Helper: run."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


class TestShow:
    """Tests of Show."""

    def test_default_is_seed_text(self, capsys):
        """Without filters, show prints the whole seed as uncoloured text off a TTY."""
        code, out, _ = run(capsys, "show", "--width", "80")
        assert (0, TextRenderer(width=80)(Timeline(seed_events())).decode()) == (code, out)

    def test_on_day(self, capsys):
        """--on keeps that day's events (all-day ones included)."""
        _, out, _ = run(capsys, "show", "--on", "2020-05-26", "--width", "200")
        assert [line for line in out.splitlines() if line[:1].isdigit()] == ["2020-05-26 周二"]

    def test_range_is_inclusive(self, capsys):
        """--from/--to include both days."""
        _, out, _ = run(
            capsys, "show", "--from", "2020-05-26", "--to", "2020-05-28", "--width", "200"
        )
        assert [line for line in out.splitlines() if line[:1].isdigit()] == [
            "2020-05-26 周二",
            "2020-05-28 周四",
        ]

    @pytest.mark.parametrize(
        ("option", "value", "title"),
        [
            ("--person", "李晓雷", "调研国家卫生城市复审"),
            ("--place", "汝河路街道金苑社区", "“红色物业”工作观摩推进会"),
            ("--org", "区人大补选办公室", "补选区第十六届人大代表选举大会"),
            ("--kind", "调研", "调研国家卫生城市复审"),
            ("--kind", "election", "补选区第十六届人大代表选举大会"),
        ],
        ids=["person", "place", "org", "kind-label", "kind-name"],
    )
    def test_content_filters(self, capsys, option, value, title):
        """Each filter keeps just the matching event."""
        _, out, _ = run(capsys, "show", option, value, "--width", "200")
        titles = [line for line in out.splitlines() if "全天" in line]
        assert len(titles) == 1
        assert title in titles[0]

    def test_tz_changes_display_zone(self, capsys):
        """--tz is accepted and the all-day seed stays on its days."""
        code, out, _ = run(capsys, "show", "--tz", "America/New_York", "--on", "2020-05-25")
        assert (code, out.count("全天")) == (0, 2)

    def test_width_is_honoured(self, capsys):
        """No line is wider than --width."""
        from timeline.render.text import display_width  # noqa: PLC0415 - helper of one test

        _, out, _ = run(capsys, "show", "--width", "30")
        assert max(display_width(line) for line in out.splitlines()) <= 30

    @pytest.mark.parametrize(
        ("color", "env", "escapes"),
        [
            ("always", {}, True),
            ("never", {}, False),
            ("auto", {}, False),
            ("always", {"NO_COLOR": "1"}, True),
        ],
        ids=["always", "never", "auto-not-a-tty", "always-beats-no-color"],
    )
    def test_color(self, capsys, monkeypatch, color, env, escapes):
        """Colour only when asked, or on a TTY in auto mode (capsys is not a TTY)."""
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        _, out, _ = run(capsys, "show", "--color", color)
        assert escapes == ("\x1b[" in out)

    def test_auto_color_on_tty_respects_no_color(self, capsys, monkeypatch):
        """On a TTY, auto colours unless NO_COLOR is set."""
        monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
        _, out, _ = run(capsys, "show", "--color", "auto", "--width", "80")
        assert "\x1b[" in out
        monkeypatch.setenv("NO_COLOR", "1")
        _, out, _ = run(capsys, "show", "--color", "auto", "--width", "80")
        assert "\x1b[" not in out

    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (["--on", "2020-13-01"], "on: '2020-13-01' is not a date"),
            (["--from", "2020-05-28", "--to", "2020-05-25"], "to: range ends"),
            (["--on", "2020-05-25", "--from", "2020-05-25"], "either one day or a from/to range"),
            (["--tz", "Mars/Base"], "tz: unknown time zone"),
            (["--tz", "Asia"], "tz: unknown time zone 'Asia'"),
            (["--tz", "x" * 300], "tz: unknown time zone"),
            (["--kind", "party"], "kind: unknown kind 'party'"),
            (["--width", "3"], "width must be an integer of at least 16"),
        ],
        ids=[
            "bad-day",
            "reversed-range",
            "day-and-range",
            "bad-zone",
            "zone-directory",
            "zone-too-long",
            "bad-kind",
            "too-narrow",
        ],
    )
    def test_bad_options_exit_2_with_one_line(self, capsys, argv, message):
        """Bad query options are usage errors: exit 2 and one line on stderr."""
        code, out, err = run(capsys, "show", *argv)
        assert (code, out) == (2, "")
        assert len(err.splitlines()) == 1
        assert message in err


class TestExport:
    """Tests of Export."""

    @pytest.mark.parametrize(
        ("fmt", "golden"),
        [
            ("text", None),
            ("markdown", "seed.md"),
            ("json", "seed.json"),
            ("timelinejs", "seed.timelinejs.json"),
            ("html", "seed.html"),
        ],
        ids=["text", "markdown", "json", "timelinejs", "html"],
    )
    def test_formats_to_file(self, tmp_path, fmt, golden):
        """Export -o writes each format; the seed matches its golden file."""
        from tests._paths import GOLDEN  # noqa: PLC0415 - shared constant

        target = tmp_path / f"out.{fmt}"
        assert main(["export", "--format", fmt, "-o", str(target)]) == 0
        if golden is not None:
            assert (GOLDEN / golden).read_bytes() == target.read_bytes()
        else:
            assert target.read_bytes().startswith("2020-05-25 周一\n".encode())

    def test_json_export_reads_back_as_source(self, tmp_path, capsys):
        """The JSON export is itself a valid source for show."""
        target = tmp_path / "seed.json"
        main(["export", "--format", "json", "-o", str(target)])
        code, out, _ = run(capsys, "show", str(target), "--width", "80")
        assert (0, TextRenderer(width=80)(Timeline(seed_events())).decode()) == (code, out)
        assert len(json.loads(target.read_text("utf-8"))["events"]) == 6


def test_python_m_timeline_show_smoke():
    """``python -m timeline show`` runs in a subprocess and prints the seed's first day."""
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "show", "--width", "60", "--person", "李晓雷"],
        capture_output=True,
        check=True,
        env={"PYTHONPATH": os.pathsep.join(sys.path), "NO_COLOR": "1"},
    )
    assert result.stdout.decode().startswith("2020-05-25 周一\n")


class TestRecurringFeeds:
    """--expand reads a feed's recurring events as occurrences."""

    FEED = DATA / "ics" / "recurring.ics"

    def test_recurring_feed_without_window_names_the_line(self, capsys):
        """Without --expand a recurring event is a data error naming file, line and RRULE."""
        code, out, err = run(capsys, "show", str(self.FEED))
        assert (1, "") == (code, out)
        assert "recurring.ics:10" in err
        assert "RRULE" in err

    def test_window_includes_both_days(self, capsys):
        """--expand FIRST LAST keeps the occurrences on FIRST and on LAST."""
        code, out, _ = run(
            capsys, "show", str(self.FEED), "--expand", "2020-06-01", "2020-06-15", "--width", "200"
        )
        days = [line for line in out.splitlines() if line[:1].isdigit()]
        assert (0, ["2020-06-01 周一", "2020-06-08 周一", "2020-06-15 周一"]) == (code, days)

    def test_export_takes_the_window_too(self, capsys):
        """The export command reads the same occurrences (JSON here)."""
        code, out, _ = run(
            capsys,
            "export",
            str(self.FEED),
            "--expand",
            "2020-06-01",
            "2020-06-08",
            "--format",
            "json",
        )
        assert 0 == code
        assert 2 == len(json.loads(out)["events"])

    @pytest.mark.parametrize(
        "window", [("2020-06-15", "2020-06-01"), ("2020-06-01", "soon")], ids=["reversed", "bad"]
    )
    def test_bad_window_is_a_usage_error(self, capsys, window):
        """A reversed window or a non-date is a usage error (exit 2) naming --expand."""
        code, _, err = run(capsys, "show", str(self.FEED), "--expand", *window)
        assert 2 == code
        assert "expand" in err or "date" in err
