"""
Atomic file output (``timeline._io``), also under SIGKILL.

A child process saves a large dataset (or writes a large feed) over one
target again and again, alternating two contents, and the test kills it
with SIGKILL at random moments (20 times, from a fixed random seed). After
every kill the target must hold exactly one of the two contents and parse
back to its events; the only other files allowed next to it are our
temporaries ``.<name>.<random>.tmp``. Those leftovers of killed writers are
removed by the next successful ``save``; whole feed directories are tested
the same way in ``test_feeds.py``.
"""

from __future__ import annotations

import os
import random
import re
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import timeline
from tests._paths import ROOT
from timeline._io import atomic_file, atomic_write, remove_stale_temporaries


class TestAtomicFile:
    """The streaming variant: a block's writes replace the target only on success."""

    def test_success_replaces_the_target(self, tmp_path):
        """What the block writes becomes the target, and no temporary remains."""
        target = tmp_path / "feed.ics"
        target.write_bytes(b"old")
        with atomic_file(target) as handle:
            handle.write(b"new ")
            handle.write(b"feed")
        assert b"new feed" == target.read_bytes()
        assert ["feed.ics"] == sorted(p.name for p in tmp_path.iterdir())

    def test_failure_keeps_the_old_file(self, tmp_path):
        """A block that raises leaves the old file and no temporary."""
        target = tmp_path / "feed.ics"
        target.write_bytes(b"old")

        def fail() -> None:
            with atomic_file(target) as handle:
                handle.write(b"half")
                raise RuntimeError

        with pytest.raises(RuntimeError):
            fail()
        assert b"old" == target.read_bytes()
        assert ["feed.ics"] == sorted(p.name for p in tmp_path.iterdir())

    def test_missing_directory_is_a_write_error(self, tmp_path):
        """A target in a missing directory is a WriteError naming it."""
        target = tmp_path / "nowhere" / "feed.ics"
        with pytest.raises(timeline.WriteError) as info, atomic_file(target):
            pass
        assert str(target) == info.value.path

    def test_stale_leftovers_are_removed(self, tmp_path):
        """A killed writer's old temporary goes after a successful write."""
        target = tmp_path / "feed.ics"
        leftover = tmp_path / ".feed.ics.abcd1234.tmp"
        leftover.write_bytes(b"half")
        os.utime(leftover, (0, 0))
        with atomic_file(target) as handle:
            handle.write(b"x")
        assert not leftover.exists()

    def test_atomic_write_is_the_same_scheme(self, tmp_path):
        """atomic_write gives the same result as writing through atomic_file."""
        one, two = tmp_path / "one", tmp_path / "two"
        atomic_write(one, b"data")
        with atomic_file(two) as handle:
            handle.write(b"data")
        assert one.read_bytes() == two.read_bytes()


@pytest.fixture
def umask_022():
    """Run the test under umask 022, the usual default, and restore the caller's."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


class TestModes:
    """An atomic write leaves permissions as a plain open() would."""

    @pytest.mark.usefixtures("umask_022")
    @pytest.mark.parametrize("write", ["atomic_file", "atomic_write"])
    def test_new_file_is_0644_under_umask_022(self, tmp_path, write):
        """A new file gets 0666 less the umask, so a web server can read it."""
        target = tmp_path / "feed.ics"
        if write == "atomic_write":
            atomic_write(target, b"x")
        else:
            with atomic_file(target) as handle:
                handle.write(b"x")
        assert 0o644 == stat.S_IMODE(target.stat().st_mode)

    def test_umask_is_honoured(self, tmp_path):
        """A stricter umask gives a stricter file, as with open()."""
        old = os.umask(0o077)
        try:
            atomic_write(tmp_path / "private.toml", b"x")
        finally:
            os.umask(old)
        assert 0o600 == stat.S_IMODE((tmp_path / "private.toml").stat().st_mode)

    @pytest.mark.usefixtures("umask_022")
    @pytest.mark.parametrize("mode", [0o644, 0o600, 0o664, 0o640], ids=oct)
    def test_existing_mode_is_kept(self, tmp_path, mode):
        """Replacing a file keeps its permission bits whatever the umask says."""
        target = tmp_path / "page.html"
        target.write_bytes(b"old")
        target.chmod(mode)
        atomic_write(target, b"new")
        assert (b"new", mode) == (target.read_bytes(), stat.S_IMODE(target.stat().st_mode))


class TestSpecialTargets:
    """A target that is not a regular file is written through, never replaced."""

    def test_fifo_receives_the_bytes_and_stays_a_fifo(self, tmp_path):
        """Writing to a FIFO feeds its reader, as `> fifo` would."""
        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)
        got: list[bytes] = []
        reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
        reader.start()
        assert atomic_write(fifo, b"BEGIN:VCALENDAR\r\n")
        reader.join(timeout=10)
        assert [b"BEGIN:VCALENDAR\r\n"] == got
        assert stat.S_ISFIFO(fifo.lstat().st_mode)
        assert ["pipe"] == sorted(p.name for p in tmp_path.iterdir())

    def test_symlink_to_dev_null_stays_a_link(self, tmp_path):
        """A link to a character device (like /dev/stdout) writes into the device."""
        link = tmp_path / "out.ics"
        link.symlink_to(os.devnull)
        with atomic_file(link) as handle:
            handle.write(b"x" * 1000)
        assert link.is_symlink()
        assert stat.S_ISCHR(Path(os.devnull).stat().st_mode)
        assert ["out.ics"] == sorted(p.name for p in tmp_path.iterdir())

    def test_same_content_check_never_reads_a_fifo(self, tmp_path):
        """An empty write to a FIFO does not block reading it back first."""
        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)
        got: list[bytes] = []
        reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
        reader.start()
        atomic_write(fifo, b"")
        reader.join(timeout=10)
        assert [b""] == got

    def test_socket_is_refused_in_one_line(self, tmp_path):
        """A socket cannot be written through: a WriteError names it."""
        path = tmp_path / "s.sock"
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(str(path))
            with pytest.raises(timeline.WriteError, match="is a socket") as info:
                atomic_write(path, b"x")
        assert str(path) == info.value.path
        assert "\n" not in str(info.value)


KILLS = 20


SEED = 20200525


SIGKILL_ONLY = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")


_CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
import timeline
from timeline.ics import write_ics
sys.path.insert(0, sys.argv[2])
from tests.test_io import contents
kind, target = sys.argv[3], sys.argv[4]
a, b = contents()
print("go", flush=True)
i = 0
while True:
    events = a if i % 2 == 0 else b
    if kind == "save":
        timeline.save(events, target)
    else:
        write_ics(events, target)
    i += 1
"""


def contents() -> tuple[tuple[timeline.Event, ...], tuple[timeline.Event, ...]]:
    """Two large, different datasets (1200 and 1199 events) built from the seed."""
    seed = timeline.seed_events()
    many = tuple(
        timeline.Event(
            id=f"{e.id}-{i}",
            title=e.title,
            kinds=e.kinds,
            start=e.start,
            end=e.end,
            summary=e.summary,
            participants=e.participants,
            delegations=e.delegations,
            locations=e.locations,
            headcounts=e.headcounts,
            source=e.source,
        )
        for i in range(200)
        for e in seed
    )
    return many, many[1:]


def _temporary(name: str) -> re.Pattern[str]:
    return re.compile(re.escape(f".{name}.") + r"[a-z0-9_]{8}\.tmp")


def _kill_loop(kind: str, target: Path, expected: dict[bytes, str]) -> tuple[set[str], int]:
    """Kill a writing child KILLS times; check the target after each kill."""
    rng = random.Random(SEED)  # noqa: S311 - reproducible kill times, not secrets
    seen: set[str] = set()
    leftovers = 0
    for _ in range(KILLS):
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                _CHILD,
                str(ROOT / "src"),
                str(ROOT),
                kind,
                str(target),
            ],
            stdout=subprocess.PIPE,
        )
        assert child.stdout is not None
        assert b"go\n" == child.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.8))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        if not target.exists():
            continue  # killed before the first write finished: nothing was ever there
        data = target.read_bytes()
        assert data in expected, f"partial or foreign content ({len(data)} bytes)"
        seen.add(expected[data])
        others = {p.name for p in target.parent.iterdir()} - {target.name}
        assert all(_temporary(target.name).fullmatch(n) for n in others), others
        leftovers = max(leftovers, len(others))
    return seen, leftovers


@pytest.mark.slow
@SIGKILL_ONLY
class TestSaveUnderKill:
    """``timeline.save`` killed at random moments."""

    def test_old_or_new_never_partial(self, tmp_path):
        """After each SIGKILL the data file is one whole version and loads back."""
        a, b = contents()
        target = tmp_path / "events.json"
        expected = {
            timeline.dumps(a, format="json"): "a",
            timeline.dumps(b, format="json"): "b",
        }
        seen, _ = _kill_loop("save", target, expected)
        assert seen  # the child did write before some kill
        assert timeline.load(target) in (a, b)
        # A later successful save removes what the killed writers left.
        time.sleep(1.1)
        timeline.save(a[:3], target)
        assert [target.name] == [p.name for p in tmp_path.iterdir()]


@pytest.mark.slow
@SIGKILL_ONLY
class TestWriteIcsUnderKill:
    """``write_ics`` killed at random moments."""

    def test_old_or_new_never_partial(self, tmp_path):
        """After each SIGKILL the feed is one whole version and reads back."""
        a, b = contents()
        target = tmp_path / "feed.ics"
        expected = {timeline.to_ics(a): "a", timeline.to_ics(b): "b"}
        seen, _ = _kill_loop("ics", target, expected)
        assert seen
        assert len(timeline.read_ics(target)) in (len(a), len(b))


@SIGKILL_ONLY
class TestStaleTemporaries:
    """What counts as a leftover, and what is never touched."""

    def _stale(self, directory: Path, name: str, *, age: float = 10.0) -> Path:
        path = directory / name
        path.write_bytes(b"half a file")
        then = time.time() - age
        os.utime(path, (then, then))
        return path

    def test_stale_leftover_removed(self, tmp_path):
        """An unlocked temporary older than the target goes with the next write."""
        leftover = self._stale(tmp_path, ".events.toml.abcd1234.tmp")
        assert atomic_write(tmp_path / "events.toml", b"x")
        assert not leftover.exists()

    def test_removed_even_when_unchanged(self, tmp_path):
        """A save that finds the content unchanged still clears leftovers."""
        target = tmp_path / "events.toml"
        target.write_bytes(b"same")
        leftover = self._stale(tmp_path, ".events.toml.abcd1234.tmp")
        assert not atomic_write(target, b"same")
        assert not leftover.exists()

    def test_locked_temporary_kept(self, tmp_path):
        """A temporary a live writer holds locked is never removed."""
        fcntl = pytest.importorskip("fcntl")
        busy = self._stale(tmp_path, ".events.toml.abcd1234.tmp")
        with busy.open("rb") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            atomic_write(tmp_path / "events.toml", b"x")
            assert busy.exists()

    def test_fresh_temporary_kept(self, tmp_path):
        """A temporary as new as the target may belong to a writer starting up."""
        fresh = self._stale(tmp_path, ".events.toml.abcd1234.tmp", age=-5)
        atomic_write(tmp_path / "events.toml", b"x")
        assert fresh.exists()

    @pytest.mark.parametrize(
        "name",
        [
            ".events.toml.abc.tmp",  # not mkstemp's 8 characters
            ".other.toml.abcd1234.tmp",  # another target's
            "events.toml.abcd1234.tmp",  # not hidden
            ".events.toml.abcd1234.tmp.keep",
            ".events.toml.ABCD1234.tmp",  # mkstemp uses lower case
        ],
    )
    def test_other_files_kept(self, tmp_path, name):
        """Only this target's own temporaries are candidates."""
        other = self._stale(tmp_path, name)
        atomic_write(tmp_path / "events.toml", b"x")
        assert other.exists()

    def test_symlink_not_followed(self, tmp_path):
        """A symbolic link with a temporary's name is not followed or removed."""
        victim = self._stale(tmp_path, "victim.txt")
        link = tmp_path / ".events.toml.abcd1234.tmp"
        link.symlink_to(victim)
        atomic_write(tmp_path / "events.toml", b"x")
        assert victim.exists()
        assert link.is_symlink()

    def test_report(self, tmp_path):
        """remove_stale_temporaries says what it removed."""
        (tmp_path / "events.toml").write_bytes(b"x")
        leftover = self._stale(tmp_path, ".events.toml.abcd1234.tmp")
        assert [leftover] == remove_stale_temporaries(tmp_path / "events.toml")

    def test_write_ics_clears_leftovers(self, tmp_path):
        """write_ics also removes leftovers of killed writers."""
        leftover = self._stale(tmp_path, ".feed.ics.abcd1234.tmp")
        timeline.write_ics(timeline.seed_events(), tmp_path / "feed.ics")
        assert not leftover.exists()
