"""
iCalendar (RFC 5545) feeds: export and import.

[`to_ics`][timeline.to_ics]/[`write_ics`][timeline.write_ics] write feeds that calendar apps read
the
same way, byte-identical on every run;
[`from_ics`][timeline.from_ics]/[`read_ics`][timeline.read_ics]
read them back without loss, and read foreign feeds (Google, Thunderbird)
as far as the model goes. The mapping is documented in
``docs/icalendar.md``.
"""

from timeline.ics._limits import DEFAULT_LIMITS, ReadLimits
from timeline.ics.export import (
    DEFAULT_NAME,
    PRODID,
    UID_DOMAIN,
    FeedKeywords,
    FeedOptions,
    render_many,
    to_calendar,
    to_ics,
    write_ics,
)
from timeline.ics.read import from_ics, iter_ics, read_ics

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_NAME",
    "PRODID",
    "UID_DOMAIN",
    "FeedKeywords",
    "FeedOptions",
    "ReadLimits",
    "from_ics",
    "iter_ics",
    "read_ics",
    "render_many",
    "to_calendar",
    "to_ics",
    "write_ics",
]
