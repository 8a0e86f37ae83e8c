"""
The one exception hierarchy of ``timeline``.

Every error raised on purpose derives from [`TimelineError`][timeline.TimelineError]; errors
about bad data also derive from ``ValueError``, so callers that only
know the standard library still catch them.

```text
TimelineError
├── InvalidEventError (ValueError)      a model invariant is broken
├── ReadError (ValueError)              an input file cannot be read
│   ├── DataFileError                   events data file (TOML/JSON)
│   └── IcsReadError                    iCalendar input
├── IcsWriteError (ValueError)          events or options no feed can carry
├── ExtractError (ValueError)           a news page cannot be read
├── WriteError (OSError)                output could not be written
├── PublishError                        a CalDAV server refused
├── ServeError                          the feed server cannot start
├── QueryError (ValueError)             a query or output option is malformed
└── UsageError                          bad command-line usage
```

Where an error happened travels in typed, keyword-only attributes; ``str()``
renders them as ``path:line: field: message`` and leaves out what is unknown.
Every part of that line may echo input (a file name, a key, a value), so
``str()`` escapes control and bidi characters in it as ``repr`` would: an
error printed to a terminal can never carry an escape sequence, a carriage
return or a direction override.
"""

from __future__ import annotations

import os
import re
from typing import Final

__all__ = [
    "DataFileError",
    "ExtractError",
    "IcsReadError",
    "IcsWriteError",
    "InvalidEventError",
    "PublishError",
    "QueryError",
    "ReadError",
    "ServeError",
    "TimelineError",
    "UsageError",
    "WriteError",
]


#: What must never reach a terminal: C0 and C1 controls and DEL (escape
#: sequences, CR overwrites, screen clears), U+2028/U+2029 (line breaks for
#: some readers), and the bidi controls that reorder what is displayed
#: (Trojan Source: U+061C, U+200E/F, U+202A-U+202E, U+2066-U+2069).
_UNSAFE: Final = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


_NAMED: Final = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape_one(match: re.Match[str]) -> str:
    char = match[0]
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"  # noqa: PLR2004 - repr's rule


def printable(text: str) -> str:
    r"""
    ``text`` with control and bidi characters escaped as ``repr`` would.

    Everything else (CJK, emoji, accents) is kept as it is, so a message
    stays readable; a line feed becomes the two characters ``\n``. Not in
    ``__all__``: the command line's helper for its own stderr lines.
    """
    return _UNSAFE.sub(_escape_one, text)


class TimelineError(Exception):
    """
    Root of every error ``timeline`` raises on purpose.

    Attributes:
        message: What went wrong, without the location.
        path: The file concerned, if any.
        line: The 1-based line in that file, if known.
        field: The field path (``events[3].start``) or property name.
    """

    #: Exit status the command line uses for this error.
    exit_code: int = 1

    def __init__(
        self,
        message: str,
        *,
        path: str | os.PathLike[str] | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.path = None if path is None else os.fspath(path)
        self.line = line
        self.field = field
        super().__init__(message)

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path
            if self.line is not None:
                where += f":{self.line}"
        elif self.line is not None:
            where = f"line {self.line}"
        parts = [p for p in (where, self.field) if p]
        parts.append(self.message)
        return printable(": ".join(parts))


class InvalidEventError(TimelineError, ValueError):
    """
    A value breaks an invariant of the model.

    Attributes:
        cls: The name of the model class.
        value: The offending value.
    """

    def __init__(self, message: str, *, cls: str, field: str, value: object) -> None:
        super().__init__(message, field=f"{cls}.{field}")
        self.cls = cls
        self.value = value


class ReadError(TimelineError, ValueError):
    """An input file (or byte string) cannot be turned into events."""


class DataFileError(ReadError):
    """An events data file (TOML or JSON) is malformed or breaks the schema."""


class IcsReadError(ReadError):
    """
    iCalendar input is malformed, too large, or uses something unsupported.

    Attributes:
        property: The iCalendar property or component concerned, if known.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | os.PathLike[str] | None = None,
        line: int | None = None,
        property: str | None = None,  # noqa: A002 - RFC 5545's own word
    ) -> None:
        super().__init__(message, path=path, line=line, field=property)
        self.property = property


class IcsWriteError(TimelineError, ValueError):
    """
    Events or feed options cannot be written as iCalendar.

    Raised before anything is written: a calendar name with a line break, a
    malformed colour, two events with the same UID.
    """


class ExtractError(TimelineError, ValueError):
    """
    A news page cannot be read at all (empty, binary, not text).

    Attributes:
        source: The page's path or name.
        snippet: A short piece of the text concerned, if any.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | os.PathLike[str] | None = None,
        line: int | None = None,
        snippet: str | None = None,
    ) -> None:
        super().__init__(message, path=source, line=line)
        self.source = self.path
        self.snippet = snippet


class WriteError(TimelineError, OSError):
    """Output could not be written; nothing half-written was left behind."""


class PublishError(TimelineError):
    """
    A CalDAV server could not be reached or refused an event.

    Attributes:
        url: The server or calendar URL, without credentials, if known.
        uid: The UID of the event concerned, if any.
    """

    def __init__(self, message: str, *, url: str | None = None, uid: str | None = None) -> None:
        """Say what went wrong, at which URL, for which event."""
        super().__init__(message, path=url, field=uid)
        self.url = url
        self.uid = uid


class ServeError(TimelineError):
    """The feed server cannot start: no such directory, or the address is taken."""


class QueryError(TimelineError, ValueError):
    """
    A query or output option is malformed: a bad day, zone, kind or width.

    ``field`` names the option (``on``, ``zone``, ``width``); the command
    line treats it as a usage error.
    """

    exit_code = 2


class UsageError(TimelineError):
    """The command line was used wrongly."""

    exit_code = 2
