"""The command line's defaults and options follow the data and the usual tools."""

from __future__ import annotations

import io
import re
import sys

import pytest

import timeline
from timeline.cli import main

BERLIN = """\
version = 1

[[events]]
id = "probe"
title = "Probe"
start = "2025-10-25T23:30:00+02:00[Europe/Berlin]"
end = "2025-10-26T01:00:00+02:00[Europe/Berlin]"
participants = [{ name = "Anna Schmidt" }]
locations = [{ name = "Clubhaus", area = "Tempelhof" }]

[[events]]
id = "fest"
title = "Herbstfest"
start = 2025-10-26
"""


def run(capsys, *argv):
    """Run the CLI in-process; return (status, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def berlin(tmp_path, monkeypatch):
    """A Berlin club's events file, and no TIMELINE_TZ from the host."""
    monkeypatch.delenv("TIMELINE_TZ", raising=False)
    path = tmp_path / "club.toml"
    path.write_text(BERLIN, "utf-8")
    return path


class TestZone:
    """--tz, then TIMELINE_TZ, then the events' own zone, else UTC (said on stderr)."""

    def test_events_own_zone(self, capsys, berlin):
        """Berlin events print at Berlin times, on their Berlin day."""
        code, out, err = run(capsys, "show", str(berlin), "--width", "80")
        assert (0, "") == (code, err)
        assert out.startswith("2025-10-25 ")
        assert "23:30" in out

    def test_environment_variable(self, capsys, berlin, monkeypatch):
        """TIMELINE_TZ chooses when --tz is not given."""
        monkeypatch.setenv("TIMELINE_TZ", "Asia/Shanghai")
        _, out, _ = run(capsys, "show", str(berlin), "--width", "80")
        assert out.startswith("2025-10-26 ")
        assert "05:30" in out

    def test_option_beats_environment(self, capsys, berlin, monkeypatch):
        """--tz wins over TIMELINE_TZ."""
        monkeypatch.setenv("TIMELINE_TZ", "Asia/Shanghai")
        _, out, _ = run(capsys, "show", str(berlin), "--tz", "Europe/Berlin", "--width", "80")
        assert "23:30" in out

    def test_bad_environment_zone_is_a_usage_error(self, capsys, berlin, monkeypatch):
        """A malformed TIMELINE_TZ is named in one line, exit 2."""
        monkeypatch.setenv("TIMELINE_TZ", "Mars/Base")
        code, _, err = run(capsys, "show", str(berlin))
        assert 2 == code
        assert "TIMELINE_TZ: unknown time zone 'Mars/Base'" in err

    def test_tied_zones_are_utc_and_said(self, capsys, tmp_path, monkeypatch):
        """One event in Berlin, one in New York: no zone holds most, so UTC, with a note."""
        monkeypatch.delenv("TIMELINE_TZ", raising=False)
        path = tmp_path / "two.toml"
        path.write_text(
            BERLIN.replace(
                "start = 2025-10-26", 'start = "2025-10-26T09:00:00-04:00[America/New_York]"'
            ),
            "utf-8",
        )
        code, out, err = run(capsys, "show", str(path), "--width", "80")
        assert 0 == code
        assert "21:30" in out
        assert "UTC" in err
        assert "--tz" in err

    def test_the_zone_of_most_events_is_said(self, capsys, tmp_path, monkeypatch):
        """Two Berlin events and one in New York: shown in Berlin, and one line says so."""
        monkeypatch.delenv("TIMELINE_TZ", raising=False)
        path = tmp_path / "three.toml"
        visit = (
            '[[events]]\nid = "visit"\ntitle = "Visit"\n'
            'start = "2025-10-26T09:00:00-04:00[America/New_York]"\n'
        )
        path.write_text(
            BERLIN.replace(
                "start = 2025-10-26", 'start = "2025-10-26T10:00:00+01:00[Europe/Berlin]"'
            )
            + visit,
            "utf-8",
        )
        code, out, err = run(capsys, "show", str(path), "--width", "80")
        assert 0 == code
        assert "23:30" in out
        assert "14:00" in out  # 09:00 in New York is 14:00 in Berlin
        (line,) = err.splitlines()
        assert "Europe/Berlin, the zone of most" in line
        assert "--tz or TIMELINE_TZ" in line

    def test_seed_is_still_in_shanghai(self, capsys, monkeypatch):
        """The bundled seed's reports are in Zhengzhou, and show there."""
        monkeypatch.delenv("TIMELINE_TZ", raising=False)
        code, out, err = run(capsys, "export", "--format", "json")
        assert (0, "") == (code, err)
        assert '"zone": "Asia/Shanghai"' in out

    def test_tz_reaches_the_ics_export(self, capsys, berlin):
        """--tz (and the default) is the feed's X-WR-TIMEZONE."""
        _, out, _ = run(capsys, "export", str(berlin), "--format", "ics")
        assert "X-WR-TIMEZONE:Europe/Berlin\r\n" in out
        _, out, _ = run(capsys, "export", str(berlin), "--format", "ics", "--tz", "Asia/Tokyo")
        assert "X-WR-TIMEZONE:Asia/Tokyo\r\n" in out


class TestExportOptions:
    """Calendar metadata and page titles are the user's, with neutral defaults."""

    def test_default_name_is_the_source_file(self, capsys, berlin):
        """Without --name, a file's calendar is named after the file, not the seed."""
        _, out, _ = run(capsys, "export", str(berlin), "--format", "ics")
        assert "X-WR-CALNAME:club\r\n" in out
        assert "中原区" not in out

    def test_name_description_color(self, capsys, berlin):
        """--name, --description and --color reach the calendar."""
        _, out, _ = run(
            capsys,
            *("export", str(berlin), "--format", "ics", "--name", "Berliner Club"),
            *("--description", "Termine", "--color", "#336699"),
        )
        assert "X-WR-CALNAME:Berliner Club\r\n" in out
        assert "X-WR-CALDESC:Termine\r\n" in out
        assert "COLOR:#336699\r\n" in out

    def test_bad_color_is_one_line(self, capsys, berlin):
        """A malformed colour is refused in one line."""
        code, out, err = run(capsys, "export", str(berlin), "--format", "ics", "--color", "red;x")
        assert (1, "") == (code, out)
        assert 1 == err.count("\n")
        assert "colour" in err

    def test_html_title(self, capsys, berlin):
        """--title is the page's title and heading."""
        _, out, _ = run(capsys, "export", str(berlin), "--format", "html", "--title", "Club & Co")
        assert "<title>Club &amp; Co</title>" in out
        assert "<h1>Club &amp; Co</h1>" in out

    @pytest.mark.parametrize(
        ("fmt", "option", "value"),
        [("html", "--name", "x"), ("json", "--color", "red"), ("ics", "--title", "x")],
        ids=["name-for-html", "color-for-json", "title-for-ics"],
    )
    def test_option_for_another_format(self, capsys, berlin, fmt, option, value):
        """An option the format does not carry is a usage error, not silently dropped."""
        code, _, err = run(capsys, "export", str(berlin), "--format", fmt, option, value)
        assert 2 == code
        assert f"{option} applies to --format" in err


class TestDash:
    """``-`` is stdin for SOURCE and stdout for -o, as in every Unix tool."""

    def test_output_dash_is_stdout(self, capsys, tmp_path, monkeypatch, berlin):
        """-o - writes to stdout and creates no file named -."""
        monkeypatch.chdir(tmp_path)
        code, out, _ = run(capsys, "export", str(berlin), "--format", "json", "-o", "-")
        assert 0 == code
        assert '"id": "probe"' in out
        assert not (tmp_path / "-").exists()

    @pytest.mark.parametrize("fmt", ["toml", "json", "ics"])
    def test_source_dash_is_stdin(self, capsys, monkeypatch, fmt):
        """SOURCE - with --from-format reads stdin."""
        events = timeline.loads(BERLIN)
        data = (
            timeline.to_ics(events) if fmt == "ics" else timeline.dumps(events, format=fmt)  # type: ignore[arg-type]
        )
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        code, out, _ = run(capsys, "export", "-", "--from-format", fmt, "--format", "toml")
        assert 0 == code
        assert {e.id for e in events} == {e.id for e in timeline.loads(out)}

    def test_source_dash_needs_a_format(self, capsys):
        """Without --from-format, stdin's content is unknown: a usage error."""
        code, _, err = run(capsys, "show", "-")
        assert 2 == code
        assert "--from-format" in err

    def test_from_format_overrides_the_suffix(self, capsys, tmp_path):
        """--from-format reads a file whatever its name."""
        path = tmp_path / "events.txt"
        path.write_text(BERLIN, "utf-8")
        code, out, _ = run(capsys, "show", str(path), "--from-format", "toml", "--width", "80")
        assert 0 == code
        assert "Probe" in out

    def test_stdin_errors_name_stdin(self, capsys, monkeypatch):
        """A bad document on stdin is named <stdin>."""
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"events = 3")))
        code, _, err = run(capsys, "show", "-", "--from-format", "toml")
        assert 1 == code
        assert err.startswith("timeline: error: <stdin>")


class TestHelpAndVersion:
    """--version, and help that shows defaults and examples in plain text."""

    def test_version(self, capsys):
        """--version prints the program and the package version."""
        with pytest.raises(SystemExit) as info:
            main(["--version"])
        assert 0 == info.value.code
        assert f"timeline {timeline.__version__}\n" == capsys.readouterr().out

    @pytest.mark.parametrize("argv", [["--help"], ["show", "--help"], ["export", "--help"]])
    def test_help_has_examples_and_no_markup(self, capsys, argv):
        """Help ends with examples and holds no reST roles or double backquotes."""
        with pytest.raises(SystemExit):
            main(argv)
        out = capsys.readouterr().out
        assert "examples:\n  timeline show" in out
        assert re.search(r":(class|func|mod|meth):|``", out) is None
        assert "TIMELINE_TZ" in out

    def test_commands_in_the_order_of_the_help(self, capsys):
        """An unknown command lists the six commands in the help's order, as one usage line."""
        code, out, err = run(capsys, "bogus")
        assert (2, "") == (code, out)
        assert 1 == len(err.splitlines())
        # Newer Pythons drop the quotes around the choices; the order is the point.
        choices = re.findall(r"\w+", err.partition("choose from")[2])
        assert ["show", "export", "feeds", "serve", "publish", "extract"] == choices

    @pytest.mark.parametrize("command", ["show", "export", "feeds", "serve", "publish", "extract"])
    def test_every_command_takes_debug_after_it(self, capsys, command):
        """--debug stands after any command's name; a usage error still stays one line."""
        code, out, err = run(capsys, command, "--debug", "--no-such-option")
        assert (2, "") == (code, out)
        assert 1 == len(err.splitlines())
        assert err.startswith("timeline: error: ")


class TestFilters:
    """--match substring, case-insensitive; an empty result is said, not silent."""

    def test_exact_by_default(self, capsys, berlin):
        """A part of a name does not match without --match substring."""
        code, out, err = run(capsys, "show", str(berlin), "--person", "anna")
        assert (0, "") == (code, out)
        assert "no events match --person 'anna' (of 2)" in err

    @pytest.mark.parametrize(
        ("option", "value"),
        [("--person", "anna"), ("--person", "SCHMIDT"), ("--place", "tempel")],
        ids=["first-name", "upper-case", "area-part"],
    )
    def test_substring(self, capsys, berlin, option, value):
        """--match substring finds a part of a name, ignoring case."""
        code, out, err = run(
            capsys, "show", str(berlin), option, value, "--match", "substring", "--width", "80"
        )
        assert (0, "") == (code, err)
        assert "Probe" in out
        assert "Herbstfest" not in out

    def test_nothing_matched_says_so_escaped(self, capsys, berlin):
        """The note names the filters as typed, with controls escaped."""
        code, out, err = run(capsys, "show", str(berlin), "--place", "x\x1b]0;t\x07")
        assert (0, "") == (code, out)
        assert "\x1b" not in err
        assert "no events match --place" in err

    def test_empty_source_is_not_a_miss(self, capsys, tmp_path):
        """A file with no events prints nothing and says nothing about filters."""
        path = tmp_path / "empty.toml"
        path.write_text("version = 1\n", "utf-8")
        assert (0, "", "") == run(capsys, "show", str(path), "--person", "x")


FLOATING = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:a@x\r\n"
    "DTSTAMP:20250101T000000Z\r\nDTSTART:20251026T093000\r\nSUMMARY:Frühstück\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


class TestForeignFloatingTimes:
    """--tz (or TIMELINE_TZ) also reads a foreign feed's floating times."""

    def test_without_a_zone_the_error_names_tz(self, capsys, tmp_path, monkeypatch):
        """No zone named: one line that says how to give one."""
        monkeypatch.delenv("TIMELINE_TZ", raising=False)
        path = tmp_path / "floating.ics"
        path.write_text(FLOATING, "utf-8")
        code, _, err = run(capsys, "show", str(path))
        assert 1 == code
        assert "--tz" in err

    @pytest.mark.parametrize("how", ["option", "environment"])
    def test_named_zone_reads_them(self, capsys, tmp_path, monkeypatch, how):
        """--tz Europe/Berlin reads 09:30 as 09:30 in Berlin, and shows it there."""
        monkeypatch.delenv("TIMELINE_TZ", raising=False)
        path = tmp_path / "floating.ics"
        path.write_text(FLOATING, "utf-8")
        argv = ["export", str(path), "--format", "toml"]
        if how == "option":
            argv += ["--tz", "Europe/Berlin"]
        else:
            monkeypatch.setenv("TIMELINE_TZ", "Europe/Berlin")
        code, out, _ = run(capsys, *argv)
        assert 0 == code
        assert '"2025-10-26T09:30:00+01:00[Europe/Berlin]"' in out

    def test_stdin_feed_too(self, capsys, monkeypatch):
        """A feed on stdin takes the same zone."""
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FLOATING.encode())))
        code, out, _ = run(
            capsys,
            *("export", "-", "--from-format", "ics", "--format", "toml"),
            *("--tz", "Asia/Tokyo"),
        )
        assert 0 == code
        assert "[Asia/Tokyo]" in out


class TestLanguage:
    """--lang chooses the labels of show and of the labelled export formats."""

    def test_show_in_english(self, capsys, berlin):
        """English labels: weekday and all-day in English, none in Chinese."""
        code, out, _ = run(capsys, "show", str(berlin), "--lang", "en", "--width", "80")
        assert 0 == code
        assert "全天" not in out
        assert re.search(r"2025-10-25 (Sat|Saturday)", out)

    def test_seed_in_chinese_by_default(self, capsys):
        """The seed keeps its Chinese labels."""
        _, out, _ = run(capsys, "show", "--width", "80")
        assert "全天" in out

    def test_unknown_language_is_a_usage_error(self, capsys):
        """A language without a label table: exit 2, one line."""
        code, _, err = run(capsys, "show", "--lang", "tlh")
        assert 2 == code
        assert 1 == err.count("\n")

    def test_lang_for_a_format_without_labels(self, capsys):
        """--lang with --format json (which has no labels) is a usage error."""
        code, _, err = run(capsys, "export", "--format", "json", "--lang", "en")
        assert 2 == code
        assert "--lang applies to --format" in err

    def test_lang_reaches_the_ics_descriptions(self, capsys):
        """--lang en with --format ics writes the DESCRIPTION facts in English."""
        code, out, _ = run(capsys, "export", "--format", "ics", "--lang", "en")
        assert 0 == code
        assert "Led by: " in out
        assert "带队：" not in out
