"""Small hand-made feeds for the reader's tests, and the check that a read fails."""

from __future__ import annotations

import pytest

from timeline import IcsReadError
from timeline.ics import from_ics

HEAD = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//EN\r\n"
TAIL = b"END:VCALENDAR\r\n"
EVENT = (
    b"BEGIN:VEVENT\r\nUID:a@example.com\r\nDTSTART:20200525T090000Z\r\n"
    b"SUMMARY:Review\r\nEND:VEVENT\r\n"
)


def feed_of(*events: bytes, header: bytes = b"") -> bytes:
    """A calendar of ``events`` (EVENT if none), with ``header`` lines after PRODID."""
    return HEAD + header + b"".join(events or (EVENT,)) + TAIL


def vevent(*lines: bytes, uid: bytes = b"a@example.com") -> bytes:
    """A VEVENT with ``uid``, a UTC DTSTART and then ``lines``."""
    body = [b"BEGIN:VEVENT", b"UID:" + uid, b"DTSTART:20200525T090000Z", *lines, b"END:VEVENT"]
    return b"\r\n".join(body) + b"\r\n"


def read_error(data: bytes, **options: object) -> IcsReadError:
    """The IcsReadError that reading ``data`` as ``hostile.ics`` raises (it must raise one)."""
    with pytest.raises(IcsReadError) as info:
        from_ics(data, source="hostile.ics", **options)  # type: ignore[arg-type]
    assert info.value.path == "hostile.ics"
    return info.value
