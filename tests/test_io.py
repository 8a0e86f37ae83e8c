"""Tests of the atomic file output in timeline._io."""

from __future__ import annotations

import os
import socket
import stat
import threading
from pathlib import Path

import pytest

import timeline
from timeline._io import atomic_file, atomic_write


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
