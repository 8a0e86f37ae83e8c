"""
Fuzz ``timeline.extract.extract_text``: any exception but TimelineError is a crash.

The input bytes are decoded as UTF-8 with replacement (the extractor takes
text); ``extract_file`` gets the raw bytes through a temporary file every
16th input, so undecodable pages are covered too.

Run: ``PYTHONPATH=src python fuzz/fuzz_extract.py fuzz/corpus/extract
-max_total_time=120`` (see fuzz/README.md).
"""

from __future__ import annotations

import tempfile
import zlib
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["timeline"]):
    from timeline import TimelineError
    from timeline.extract import extract_file, extract_text

import contextlib

from _harness import run

_TMP = Path(tempfile.mkdtemp(prefix="fuzz-extract-"))


def test_one(data: bytes) -> None:
    """Extract from the text, and sometimes from the raw bytes as a file."""
    with contextlib.suppress(TimelineError):
        extract_text(data.decode("utf-8", "replace"), document="fuzz.txt")
    if zlib.crc32(data) % 16 == 0:
        page = _TMP / "page.txt"
        page.write_bytes(data)
        with contextlib.suppress(TimelineError):
            extract_file(page)


if __name__ == "__main__":
    run(test_one)
