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
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import tomli_w

from timeline._codec import events_from_data, events_to_data
from timeline._io import atomic_write
from timeline.errors import DataFileError, ReadError
from timeline.model import Event

__all__ = ["DataFormat", "dumps", "load", "loads", "save", "seed_events", "seed_path"]

#: The data file formats, by name.
DataFormat = Literal["toml", "json"]

_EVENTS_HEADER = re.compile(r"^\s*\[\[\s*events\s*\]\]\s*(?:#.*)?$")
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


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


def loads(
    data: bytes | str, *, format: DataFormat = "toml", path: str | None = None  # noqa: A002
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
    doc: Any
    if format == "toml":
        try:
            doc = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            found = _TOML_LINE.search(str(exc))
            message = _TOML_LINE.sub("", str(exc)).strip()
            raise DataFileError(
                f"invalid TOML: {message}", path=path, line=int(found[1]) if found else None
            ) from None
        headers = [n for n, raw in enumerate(text.splitlines(), 1) if _EVENTS_HEADER.match(raw)]

        def line_of(index: int) -> int | None:
            return headers[index] if index < len(headers) else None

    elif format == "json":
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DataFileError(f"invalid JSON: {exc.msg}", path=path, line=exc.lineno) from None
        except RecursionError:
            raise DataFileError("invalid JSON: nested too deeply", path=path) from None

        def line_of(index: int) -> int | None:  # noqa: ARG001 - JSON parsers give no positions
            return None

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
