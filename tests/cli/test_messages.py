"""What the command line prints on stderr: one line, nothing a terminal would run."""

from __future__ import annotations

import json
import re

import pytest

from timeline import DataFileError
from timeline.cli import main
from timeline.errors import IcsReadError, InvalidEventError, ReadError, printable

#: Hostile pieces a file name, key or value may carry: OSC 52 (clipboard),
#: OSC 8 (hyperlink), OSC 0 (window title), a screen clear, a CR overwrite,
#: a C1 CSI, a bidi override, a line separator.
HOSTILE = {
    "osc52": "\x1b]52;c;aGVsbG8=\x07",
    "osc8": "\x1b]8;;http://x.invalid\x1b\\link\x1b]8;;\x1b\\",
    "osc0": "\x1b]0;owned\x07",
    "clear": "\x1b[2J\x1b[H",
    "cr": "ok\rFAKE",
    "c1-csi": "\x9b2J",
    "bidi": "abc\u202edcba",
    "isolate": "\u2066x\u2069",
    "line-separator": "a\u2028b",
    "newline": "a\nb",
}

#: Anything that must not reach a terminal from input.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def _clean_lines(err: str) -> list[str]:
    assert err.endswith("\n")
    lines = err[:-1].split("\n")
    for line in lines:
        assert UNSAFE.search(line) is None, line
    return lines


class TestPrintable:
    """errors.printable escapes as repr would and keeps the rest."""

    @pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
    def test_nothing_unsafe_is_left(self, text):
        """No control or bidi character survives."""
        assert UNSAFE.search(printable(text)) is None

    def test_repr_spelling(self):
        """Escapes are spelled as repr spells them; CJK and emoji are kept."""
        assert "a\\nb\\r\\t\\x1b\\x9b\\u202e 中文 🙂" == printable("a\nb\r\t\x1b\x9b\u202e 中文 🙂")

    @pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
    def test_every_error_class_escapes_every_part(self, text):
        """Path, field and message of any error are escaped in str()."""
        errors = [
            ReadError(text, path=text, line=2, field=text),
            DataFileError(text, path=text, field=text),
            IcsReadError(text, path=text, line=1, property=text),
            InvalidEventError(text, cls="Event", field=text, value=text),
        ]
        for error in errors:
            assert UNSAFE.search(str(error)) is None


class TestStderr:
    """Hostile file names, keys and values reach stderr escaped."""

    @pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
    def test_file_name(self, tmp_path, capsys, text):
        """A missing file whose name carries escapes is one clean line."""
        assert 1 == main(["show", str(tmp_path / f"{text}.toml")])
        assert 1 == len(_clean_lines(capsys.readouterr().err))

    @pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
    def test_json_key(self, tmp_path, capsys, text):
        """An unknown key in a data file is named, escaped."""
        path = tmp_path / "events.json"
        path.write_text(json.dumps({"events": [], text: 1}, ensure_ascii=False), "utf-8")
        assert 1 == main(["show", str(path)])
        (line,) = _clean_lines(capsys.readouterr().err)
        assert "unknown field" in line

    @pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
    def test_ics_content(self, tmp_path, capsys, text):
        """A bad .ics value echoed in an error is escaped."""
        path = tmp_path / "feed.ics"
        value = text.replace("\n", "").replace("\r", "")
        path.write_bytes(
            (
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\n"
                f"DTSTAMP:20200101T000000Z\r\nDTSTART;TZID={value}:20200101T090000\r\n"
                "SUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            ).encode()
        )
        assert 1 == main(["show", str(path)])
        assert 1 == len(_clean_lines(capsys.readouterr().err))

    @pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
    def test_usage_value(self, capsys, text):
        """A bad option value is echoed escaped (argparse quotes it raw)."""
        assert 2 == main(["show", "--color", text])
        assert 1 == len(_clean_lines(capsys.readouterr().err))


class TestDebug:
    """--debug shows tracebacks for data errors only, wherever it stands."""

    @pytest.mark.parametrize(
        "argv",
        [
            ["--debug", "show", "--no-such-option"],
            ["show", "--debug", "--no-such-option"],
            ["show", "--no-such-option", "--debug"],
            ["--debug", "show", "--on", "2020-13-01"],
            ["export", "--debug"],
            ["--debug"],
            ["show", "--debug", "--tz", "Mars/Base"],
        ],
        ids=["first", "after-command", "last", "bad-day", "missing-format", "alone", "bad-zone"],
    )
    def test_usage_error_stays_one_line(self, capsys, argv):
        """A usage error is exit 2 and one line even with --debug."""
        assert 2 == main(argv)
        assert 1 == len(_clean_lines(capsys.readouterr().err))

    def test_debug_after_command_raises_data_errors(self, tmp_path):
        """--debug after the command still shows a data error's traceback."""
        path = tmp_path / "cut.json"
        path.write_bytes(b'{"events": [')
        with pytest.raises(DataFileError):
            main(["show", str(path), "--debug"])
