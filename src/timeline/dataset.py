"""
Events data files: TOML for people, JSON for machines.

A data file holds ``version = 1`` and a list of ``events``; the schema is in
``docs/data-format.md``. Loading checks every field, refuses unknown ones,
and names the file, the line where it can, and the field path of the first
error (``events[3].start: '2020-13-01' is not a date``). Saving writes
atomically, and ``load(save(x)) == x``.

The seed dataset, the six reports of the user's seed page, ships inside the
package and is what every command works on when given no source.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import tomli_w

from timeline._codec import events_from_data, events_to_data
from timeline._io import atomic_write
from timeline.errors import DataFileError, ReadError
from timeline.model import Event

__all__ = ["DataFormat", "dumps", "load", "loads", "save", "seed_events", "seed_path"]

DataFormat = Literal["toml", "json"]
"""The data file formats, by name; ``load`` and ``save`` go by the file's suffix."""

_EVENTS_HEADER = re.compile(r"^\s*\[\[\s*events\s*\]\]\s*(?:#.*)?$")
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")
#: A TOML time with more fractional digits than a datetime holds: tomllib
#: cuts them without a word.
_SUB_MICROSECOND = re.compile(r"\d\d:\d\d:\d\d[.,]\d{7}")


def _format_of(path: str | os.PathLike[str]) -> DataFormat:
    suffix = Path(path).suffix.lower()
    if suffix == ".toml":
        return "toml"
    if suffix == ".json":
        return "json"
    raise DataFileError(
        f"unknown data file type {suffix or '(none)'!r}: use .toml or .json", path=os.fspath(path)
    )


def _decode(data: bytes | str, path: str | None) -> str:
    if isinstance(data, str):
        return data
    # A BOM is harmless and some editors add one; anything not UTF-8 is not.
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DataFileError(
            f"not UTF-8 (byte {exc.start}); save the file as UTF-8", path=path, line=line
        ) from None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json keeps the last of two equal keys and drops the first without a
    # word; TOML refuses them, and so do we.
    table: dict[str, Any] = {}
    for key, value in pairs:
        if key in table:
            raise ValueError(f"key {key!r} given twice in one object")
        table[key] = value
    return table


def _no_constant(name: str) -> Any:  # noqa: ANN401 - json's hook signature
    raise ValueError(f"{name} is not a JSON number")


_LineOf = Callable[[int], int | None]


def _parse_toml(text: str, path: str | None) -> tuple[Any, _LineOf]:
    try:
        doc = tomllib.loads(text)
    except RecursionError:
        raise DataFileError("invalid TOML: nested too deeply", path=path) from None
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        message = _TOML_LINE.sub("", str(exc)).replace("(at end of document)", "").strip()
        line = int(found[1]) if found else None
        if line is None and "end of document" in str(exc):
            line = text.count("\n") + 1
        raise DataFileError(f"invalid TOML: {message}", path=path, line=line) from None
    except ValueError as exc:
        # tomllib lets int() refuse numbers of over 4300 digits.
        raise DataFileError(f"invalid TOML: {exc}", path=path) from None
    finer = _sub_microsecond_line(text)
    if finer is not None:
        raise DataFileError(
            "a datetime finer than a microsecond (at most 6 fractional digits); "
            "it would be cut, not kept",
            path=path,
            line=finer,
        )
    headers = _event_headers(text)

    def line_of(index: int) -> int | None:
        return headers[index] if index < len(headers) else None

    return doc, line_of


def _event_headers(text: str) -> list[int]:
    r"""
    The lines of the ``[[events]]`` headers, counted as TOML counts them.

    TOML ends a line only at ``\n`` (``str.splitlines`` also splits at
    U+2028, U+0085, form feeds, ...), and a header-like line inside a
    multi-line string is text, not a header: both would name a wrong line.
    """
    headers: list[int] = []
    closing: str | None = None  # the delimiter of the multi-line string we are in
    for number, line in enumerate(text.split("\n"), 1):
        if closing is None and _EVENTS_HEADER.match(line):
            headers.append(number)
        closing = _strings_left_open(line, closing)
    return headers


def _sub_microsecond_line(text: str) -> int | None:
    """The first line holding a TOML datetime value finer than a microsecond, if any."""
    if _SUB_MICROSECOND.search(text) is None:
        return None  # the common case: one scan, no tokenising
    closing: str | None = None
    for number, line in enumerate(text.split("\n"), 1):
        bare: list[str] = []
        closing = _strings_left_open(line, closing, bare)
        if any(_SUB_MICROSECOND.search(part) for part in bare):
            return number
    return None


def _strings_left_open(line: str, closing: str | None, bare: list[str] | None = None) -> str | None:
    """
    The multi-line string delimiter still open at the end of ``line``, if any.

    ``bare`` collects the parts of the line outside strings and comments.
    """
    i, n, start = 0, len(line), 0
    while i < n:
        if closing is not None:
            end = _find_close(line, i, closing)
            if end < 0:
                return closing
            i, closing, start = end, None, end
            continue
        char = line[i]
        if char == "#":
            n = i
            break
        if line.startswith(('"""', "'''"), i):
            if bare is not None:
                bare.append(line[start:i])
            closing = line[i : i + 3]
            i += 3
        elif char in "\"'":
            if bare is not None:
                bare.append(line[start:i])
            end = _find_close(line, i + 1, char)
            i = start = n if end < 0 else end  # an unclosed one-line string is tomllib's to refuse
        else:
            i += 1
    if bare is not None and closing is None:
        bare.append(line[start:n])
    return closing


def _find_close(line: str, start: int, delimiter: str) -> int:
    """The index just past ``delimiter`` closing a string begun before ``start``; -1 if none."""
    i = start
    while i < len(line):
        if delimiter[0] == '"' and line[i] == "\\":
            i += 2  # an escape: the next character cannot close the string
            continue
        if line.startswith(delimiter, i):
            end = i + len(delimiter)
            # Quotes right before a multi-line string's closing three are
            # content (""" a"" """ ends after all of them): skip the whole run.
            while len(delimiter) > 1 and end < len(line) and line[end] == delimiter[0]:
                end += 1
            return end
        i += 1
    return -1


def _parse_json(text: str, path: str | None) -> tuple[Any, _LineOf]:
    try:
        doc = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise DataFileError(f"invalid JSON: {exc.msg}", path=path, line=exc.lineno) from None
    except RecursionError:
        raise DataFileError("invalid JSON: nested too deeply", path=path) from None
    except ValueError as exc:
        # Duplicate keys, NaN/Infinity, and numbers int() refuses (over 4300 digits).
        raise DataFileError(f"invalid JSON: {exc}", path=path) from None

    def line_of(index: int) -> int | None:  # noqa: ARG001 - JSON parsers give no positions
        return None

    return doc, line_of


def loads(
    data: bytes | str,
    *,
    format: DataFormat = "toml",  # noqa: A002 - the natural keyword; no builtin use here
    path: str | None = None,
) -> tuple[Event, ...]:
    """
    Parse a data file's content into events, in file order.

    Args:
        data: The content, bytes (UTF-8) or text.
        format: ``"toml"`` or ``"json"``.
        path: The file name to use in error messages.

    Raises:
        DataFileError: For malformed content or a schema violation.
    """
    text = _decode(data, path)
    if format == "toml":
        doc, line_of = _parse_toml(text, path)
    elif format == "json":
        doc, line_of = _parse_json(text, path)
    else:
        raise DataFileError(f"unknown data format {format!r}", path=path)
    return events_from_data(doc, path=path, line_of=line_of)


def load(path: str | os.PathLike[str]) -> tuple[Event, ...]:
    """
    Read a ``.toml`` or ``.json`` data file.

    Raises:
        DataFileError: For bad content, naming the file.
        ReadError: When the file cannot be read at all.
    """
    name = os.fspath(path)
    fmt = _format_of(name)
    try:
        data = Path(name).read_bytes()
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc), path=name) from exc
    return loads(data, format=fmt, path=name)


def dumps(events: Iterable[Event], *, format: DataFormat = "toml") -> bytes:  # noqa: A002
    """
    Serialise events as a data file, in the order given.

    Returns:
        UTF-8 bytes, identical for identical input.
    """
    seq = tuple(events)
    if format == "toml":
        return tomli_w.dumps(events_to_data(seq, native_dates=True)).encode()
    if format == "json":
        text = json.dumps(events_to_data(seq, native_dates=False), ensure_ascii=False, indent=2)
        return (text + "\n").encode()
    raise DataFileError(f"unknown data format {format!r}")


def save(events: Iterable[Event], path: str | os.PathLike[str]) -> None:
    """
    Write events to a ``.toml`` or ``.json`` file atomically.

    Raises:
        WriteError: When the file cannot be written; the old file is kept.
    """
    atomic_write(path, dumps(events, format=_format_of(path)))


def seed_path() -> Path:
    """The bundled seed dataset's file (``timeline/data/seed.toml``)."""
    return Path(str(resources.files("timeline") / "data" / "seed.toml"))


def seed_events() -> tuple[Event, ...]:
    """The six reports of the seed page, as hand-checked data."""
    return load(seed_path())
