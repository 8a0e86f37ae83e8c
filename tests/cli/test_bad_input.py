"""Bad input files on the command line: one line on stderr and exit status 1, never a traceback."""

from __future__ import annotations

import pytest

from timeline import DataFileError


class TestCommandLine:
    """The CLI meets every kind of bad file with one line on stderr and exit 1."""

    @pytest.mark.parametrize(
        ("name", "data"),
        [
            ("cut.json", b'{"events": ['),
            ("gbk.toml", 'title = "会议"\n'.encode("gbk")),
            ("deep.json", b"[" * 100_000),
            ("cut.ics", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
            ("binary.txt", bytes(range(256)) * 8),
            ("empty.txt", b""),
        ],
    )
    @pytest.mark.parametrize("command", [["show"], ["export", "--format", "ics"]])
    def test_one_line_exit_1(self, tmp_path, capsys, name, data, command):
        """Exit status 1 and a single ``timeline: error: <file>...`` line."""
        from timeline.cli import main  # noqa: PLC0415 - the CLI is the unit here

        path = tmp_path / name
        path.write_bytes(data)
        assert 1 == main([*command, str(path)])
        err = capsys.readouterr().err
        assert 1 == err.count("\n")
        assert err.startswith(f"timeline: error: {path}")

    def test_debug_shows_the_error(self, tmp_path, monkeypatch):
        """With --debug the TimelineError itself propagates, traceback and all."""
        from timeline.cli import main  # noqa: PLC0415 - the CLI is the unit here

        monkeypatch.chdir(tmp_path)
        (tmp_path / "cut.json").write_bytes(b'{"events": [')
        with pytest.raises(DataFileError):
            main(["--debug", "show", "cut.json"])

    def test_usage_error_exit_2(self, capsys):
        """A bad option is a usage error: exit status 2, one line."""
        from timeline.cli import main  # noqa: PLC0415 - the CLI is the unit here

        assert 2 == main(["show", "--no-such-option"])
        assert 1 == capsys.readouterr().err.count("\n")
