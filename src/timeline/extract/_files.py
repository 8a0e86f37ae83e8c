"""Pages from files: decoding (UTF-8 with or without BOM, else GB18030), reading."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Final

import attrs

from timeline.errors import ExtractError
from timeline.extract._core import SNIFF, check_text, extract_text

if TYPE_CHECKING:
    import datetime as dt

    from timeline.extract._core import ExtractionResult
    from timeline.model import Event

__all__ = ["decode", "extract_file", "extract_path"]


def extract_file(
    path: str | os.PathLike[str], *, published: dt.date | None = None
) -> tuple[Event, ...]:
    """
    Extract the events of a news page file (UTF-8, or GB18030 as a fallback).

    Raises:
        ExtractError: When the file cannot be read, is empty or is binary.
    """
    return extract_path(path, published=published).events


def extract_path(
    path: str | os.PathLike[str], *, published: dt.date | None = None
) -> ExtractionResult:
    """Like [`extract_file`][timeline.extract.extract_file], with evidence and warnings."""
    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except OSError as exc:
        raise ExtractError(exc.strerror or str(exc), source=name) from exc
    text, note = _decode(data, source=name)
    del data  # the bytes are not needed again: a large page's peak stays low
    check_text(text, name)  # errors name the whole path, sources the file name
    result = extract_text(text, published=published, document=Path(name).name)
    if note:
        result = attrs.evolve(result, warnings=(note, *result.warnings))
    return result


def decode(data: bytes, *, source: str = "") -> str:
    """
    Decode a page: UTF-8 (with or without BOM), else GB18030.

    A UTF-8 page whose last character was cut (a download or copy stopped
    mid-character) is read without that character; [`extract_path`][timeline.extract.extract_path]
    says so in a warning.

    Raises:
        ExtractError: When the bytes are binary or no encoding fits.
    """
    return _decode(data, source=source)[0]


#: The longest UTF-8 sequence: a cut can leave at most three of its bytes.
_UTF8_TAIL: Final = 3


def _decode(data: bytes, *, source: str) -> tuple[str, str]:
    """The text, and a warning when a cut last character was dropped."""
    if b"\x00" in data[:SNIFF]:
        msg = "the page is not text (binary data)"
        raise ExtractError(msg, source=source or None)
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError as exc:
        # Only an incomplete sequence at the very end is a cut character;
        # a bad byte anywhere else means another encoding.
        if exc.reason == "unexpected end of data" and len(data) - exc.start <= _UTF8_TAIL:
            with contextlib.suppress(UnicodeDecodeError):
                text = data[: exc.start].decode("utf-8-sig")
                cut = len(data) - exc.start
                return text, f"the last character was cut ({cut} byte(s) of UTF-8 dropped)"
    try:
        return data.decode("gb18030"), ""
    except UnicodeDecodeError:
        msg = "the page is neither UTF-8 nor GB18030 text"
        raise ExtractError(msg, source=source or None) from None
