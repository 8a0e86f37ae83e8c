"""The fuzzers' kept finds (``tests/data/fuzz``) and the open-bug list stay honest."""

from __future__ import annotations

import traceback

import pytest

import timeline
from tests import _fuzz
from timeline.ics import from_ics


class TestFuzzRegressions:
    """Every kept input has its reader's test, and OPEN and KNOWN_BUGS say only what is true."""

    def test_every_input_has_a_reader(self):
        """Each file is named for the reader whose test reads it (ics-, data- or extract-)."""
        files = sorted(p.name for p in _fuzz.FUZZ_DATA.iterdir())
        assert files
        assert [] == [name for name in files if not name.startswith(_fuzz.PREFIXES)]

    def test_every_open_bug_has_its_file(self):
        """OPEN names only files that exist (a fixed bug's entry is removed with care)."""
        assert set(_fuzz.OPEN) <= {p.name for p in _fuzz.FUZZ_DATA.iterdir()}

    def test_known_bug_signature_matches(self, monkeypatch):
        """is_known_bug recognises a listed signature (class, file, function) and nothing else."""
        with pytest.raises(timeline.IcsReadError) as info:
            from_ics(b"BEGIN:VEVENT\r\nEND:VEVENT\r\n")
        frames = traceback.extract_tb(info.value.__traceback__)
        (*_, where) = [f for f in frames if "/src/timeline/" in f.filename]
        assert where.filename.endswith("/src/timeline/ics/_blocks.py")
        signature = (timeline.IcsReadError, "ics/_blocks.py", where.name)
        monkeypatch.setattr(_fuzz, "KNOWN_BUGS", ())
        assert not _fuzz.is_known_bug(info.value)
        monkeypatch.setattr(_fuzz, "KNOWN_BUGS", (signature,))
        assert _fuzz.is_known_bug(info.value)
        assert not _fuzz.is_known_bug(ValueError("x"))
