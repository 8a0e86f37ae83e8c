import json
import os
import subprocess
import sys
import urllib.request

import icalendar
import pytest

from tests._paths import ROOT
from tests._radicale import PASSWORD, USER, free_port, radicale_server  # noqa: F401 - a fixture
from timeline.cli import main


def feed_files(out):
    """Every feed file listed in a feed directory's index."""
    return [out / f["file"] for f in json.loads((out / "index.json").read_bytes())["feeds"]]


class TestFeedsCommand:
    """``timeline feeds``."""

    def test_writes_the_seed_feeds(self, tmp_path, capsys):
        """With SOURCE `seed` it writes the bundled seed's feeds and reports the counts."""
        out = tmp_path / "out"
        assert 0 == main(["feeds", "seed", "-o", str(out)])
        files = feed_files(out)
        assert out / "all.ics" in files
        assert (
            f"{out}: {len(files) + 2} written, 0 unchanged, 0 removed\n" == capsys.readouterr().out
        )

    def test_second_run_writes_nothing(self, tmp_path, capsys):
        """Running twice reports every file unchanged."""
        out = tmp_path / "out"
        main(["feeds", "seed", "-o", str(out)])
        capsys.readouterr()
        assert 0 == main(["feeds", "seed", "-o", str(out)])
        assert f"{out}: 0 written" in capsys.readouterr().out

    def test_from_a_data_file(self, tmp_path, seed_events):
        """A data file given as SOURCE is what the feeds hold."""
        from timeline import save  # noqa: PLC0415 - only here

        data = tmp_path / "two.json"
        save(seed_events[:2], data)
        out = tmp_path / "out"
        assert 0 == main(["feeds", str(data), "-o", str(out), "--name", "两条"])
        cal = icalendar.Calendar.from_ical((out / "all.ics").read_bytes())
        assert ("两条", 2) == (str(cal["X-WR-CALNAME"]), len(cal.walk("VEVENT")))

    def test_refuses_a_foreign_directory(self, tmp_path, capsys):
        """A non-empty directory not ours: exit 1, one line naming it."""
        out = tmp_path / "out"
        out.mkdir()
        (out / "x.txt").write_text("x", encoding="utf-8")
        assert 1 == main(["feeds", "seed", "-o", str(out)])
        err = capsys.readouterr().err
        assert 1 == err.count("\n")
        assert err.startswith(f"timeline: error: {out}: ")

    def test_output_is_required(self, capsys):
        """Without -o it is a usage error."""
        assert 2 == main(["feeds", "seed"])
        assert "-o/--output" in capsys.readouterr().err

    def test_source_is_required(self, tmp_path, capsys):
        """Without SOURCE nothing is written: one usage line naming `seed` for the demo."""
        out = tmp_path / "out"
        assert 2 == main(["feeds", "-o", str(out)])
        err = capsys.readouterr().err
        assert 1 == err.count("\n")
        assert "feeds needs SOURCE" in err
        assert "`seed`" in err
        assert not out.exists()


@pytest.fixture(scope="module", name="files")
def seed_feed_files(tmp_path_factory):
    """The seed's feed files, written once by the command."""
    out = tmp_path_factory.mktemp("parse") / "out"
    assert 0 == main(["feeds", "seed", "-o", str(out)])
    return feed_files(out)


class TestFeedsParse:
    """Every feed the command writes for the seed reads in independent parsers."""

    def test_icalendar(self, files):
        """The icalendar library reads every feed, each with events."""
        for path in files:
            assert icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"), path

    def test_ical_strict(self, files):
        """allenporter/ical (strict by design) reads every feed."""
        from ical.calendar_stream import IcsCalendarStream  # noqa: PLC0415 - test-only parser

        for path in files:
            cal = IcsCalendarStream.calendar_from_ics(path.read_text(encoding="utf-8"))
            assert cal.events, path

    def test_vobject(self, files):
        """The vobject library reads every feed."""
        import vobject  # noqa: PLC0415 - test-only parser

        for path in files:
            cal = vobject.readOne(path.read_text(encoding="utf-8"))
            assert list(cal.vevent_list), path

    @pytest.mark.slow
    def test_ics_py(self, files):
        """ics-py 0.7 reads every feed."""
        import ics  # noqa: PLC0415 - test-only parser

        for path in files:
            # ics-py's parser (tatsu) calls colorama.init() on every parse, which
            # wraps sys.stdout/stderr once more each time until writing to them
            # recurses too deeply; undo the wrapping after each parse.
            streams = sys.stdout, sys.stderr
            try:
                cal = ics.Calendar(path.read_text(encoding="utf-8"))
            finally:
                sys.stdout, sys.stderr = streams
            assert cal.events, path


class TestServeCommand:
    """``timeline serve``."""

    def test_missing_directory(self, tmp_path, capsys):
        """Serving a missing directory: exit 1, one line naming it."""
        assert 1 == main(["serve", str(tmp_path / "nope")])
        assert str(tmp_path / "nope") in capsys.readouterr().err

    def test_serves_over_http(self, tmp_path):
        """The `python -m timeline serve` process answers with the feeds it was given."""
        out = tmp_path / "out"
        main(["feeds", "seed", "-o", str(out)])
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        proc = subprocess.Popen(
            [sys.executable, "-m", "timeline", "serve", str(out), "--port", "0"],
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            assert proc.stderr is not None
            line = proc.stderr.readline()
            assert line.startswith(f"serving {out} at http://127.0.0.1:"), line
            url = line.rsplit(" ", 1)[1].strip()
            with urllib.request.urlopen(url + "all.ics", timeout=10) as response:  # noqa: S310 - our own local server
                body = response.read()
                kind = response.headers["Content-Type"]
            assert ((out / "all.ics").read_bytes(), "text/calendar; charset=utf-8") == (body, kind)
        finally:
            proc.terminate()
            proc.communicate(timeout=10)


@pytest.mark.slow
@pytest.mark.server
class TestPublishCommand:
    """``timeline publish``."""

    def test_publish_twice(self, radicale, monkeypatch, capsys):
        """Publishing the seed twice creates six events, then changes none."""
        monkeypatch.setenv("CALDAV_PW", PASSWORD)
        args = ["publish", "seed", "--caldav", radicale, "--user", USER]
        args += ["--password-env", "CALDAV_PW", "--calendar", "cli"]
        assert 0 == main(args)
        first = capsys.readouterr().out
        assert 0 == main(args)
        second = capsys.readouterr().out
        assert "(cli): 6 created, 0 updated, 0 unchanged" in first
        assert "(cli): 0 created, 0 updated, 6 unchanged" in second
        assert PASSWORD not in first + second

    def test_unset_password_variable(self, capsys):
        """Naming a password variable that is not set is a usage error."""
        args = ["publish", "seed", "--caldav", "http://127.0.0.1:1/"]
        args += ["--password-env", "NO_SUCH_VAR_X"]
        assert 2 == main(args)
        assert "NO_SUCH_VAR_X" in capsys.readouterr().err

    def test_unreachable(self, monkeypatch, capsys):
        """An unreachable server: exit 1, one line naming the URL, not the password."""
        monkeypatch.setenv("TIMELINE_CALDAV_PASSWORD", "hunter2-x")
        url = f"http://127.0.0.1:{free_port()}/"
        assert 1 == main(["publish", "seed", "--caldav", url, "--user", USER])
        err = capsys.readouterr().err
        assert err.startswith(f"timeline: error: {url}: ")
        assert "hunter2-x" not in err
        assert 1 == err.count("\n")
        assert "connection refused: is the server running" in err
        assert "HTTPConnectionPool" not in err
        assert "object at 0x" not in err

    def test_source_is_required(self, radicale, monkeypatch, capsys):
        """Without SOURCE nothing reaches the server: one usage line naming `seed`."""
        monkeypatch.setenv("TIMELINE_CALDAV_PASSWORD", PASSWORD)
        args = ["publish", "--caldav", radicale, "--user", USER, "--calendar", "nosource"]
        assert 2 == main(args)
        err = capsys.readouterr().err
        assert 1 == err.count("\n")
        assert "publish needs SOURCE" in err
        dry = main([*args[:1], "seed", *args[1:], "--dry-run"])
        assert (0, "6 to create") == (dry, capsys.readouterr().out.split(": ")[-1][:11])

    def test_dry_run_prints_and_changes_nothing(self, radicale, monkeypatch, capsys, tmp_path):
        """--dry-run lists what would be created, updated and deleted, and changes nothing."""
        from timeline import save, seed_events  # noqa: PLC0415 - only here

        monkeypatch.setenv("TIMELINE_CALDAV_PASSWORD", PASSWORD)
        base = ["--caldav", radicale, "--user", USER, "--calendar", "dry"]
        assert 0 == main(["publish", "seed", *base])
        events = seed_events()
        fewer = tmp_path / "fewer.json"
        save(events[:4], fewer)
        capsys.readouterr()
        assert 0 == main(["publish", str(fewer), *base, "--prune", "--dry-run"])
        out = capsys.readouterr().out
        assert 2 == out.count("would delete ")
        assert "dry run, nothing changed: 0 to create, 0 to update, 4 unchanged, 2 to delete" in out
        assert 0 == main(["publish", "seed", *base])
        assert "0 created, 0 updated, 6 unchanged" in capsys.readouterr().out

    def test_user_without_password_is_one_line(self, monkeypatch, capsys):
        """--user with the password variable unset: exit 2, naming the variable to set."""
        monkeypatch.delenv("TIMELINE_CALDAV_PASSWORD", raising=False)
        args = ["publish", "seed", "--caldav", "http://127.0.0.1:1/", "--user", USER]
        assert 2 == main(args)
        err = capsys.readouterr().err
        assert 1 == err.count("\n")
        assert "TIMELINE_CALDAV_PASSWORD" in err

    def test_malformed_url_is_one_line(self, capsys):
        """`http://[::1` is one error line, not a traceback."""
        assert 1 == main(["publish", "seed", "--caldav", "http://[::1"])
        err = capsys.readouterr().err
        assert 1 == err.count("\n")
        assert "is not a valid URL" in err


class TestServePort:
    """``timeline serve --port`` takes a TCP port and nothing else."""

    @pytest.mark.parametrize("port", ["99999", "-1", "65536", "http"], ids=str)
    def test_bad_port_is_one_usage_line(self, tmp_path, capsys, port):
        """A port outside 0..65535: exit 2, one line, no traceback."""
        assert 2 == main(["serve", str(tmp_path), "--port", port])
        err = capsys.readouterr().err
        assert 1 == err.count("\n")
        assert "is not a port (0 to 65535" in err
