"""Tests of the atomic file output in timeline._io."""

from __future__ import annotations

import os

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
