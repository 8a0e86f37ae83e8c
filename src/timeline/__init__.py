"""
timeline: reported events into a sorted timeline and iCalendar feeds.

The public API is what this module exports; everything else is private.
"""

from importlib.metadata import PackageNotFoundError, version

from timeline.dataset import DataFormat, dumps, load, loads, save, seed_events, seed_path
from timeline.errors import (
    DataFileError,
    ExtractError,
    IcsReadError,
    IcsWriteError,
    InvalidEventError,
    PublishError,
    ReadError,
    TimelineError,
    UsageError,
    WriteError,
)
from timeline.ics import from_ics, read_ics, to_calendar, to_ics, write_ics
from timeline.model import (
    SHANGHAI,
    Delegation,
    Event,
    EventKind,
    Headcount,
    Location,
    Organisation,
    Participant,
    Person,
    Precision,
    Role,
    Source,
    When,
)
from timeline.render import Renderer
from timeline.render.text import TextRenderer
from timeline.sources import read_events
from timeline.timeline import Timeline

try:
    __version__ = version("timeline")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "SHANGHAI",
    "DataFileError",
    "DataFormat",
    "Delegation",
    "Event",
    "EventKind",
    "ExtractError",
    "Headcount",
    "IcsReadError",
    "IcsWriteError",
    "InvalidEventError",
    "Location",
    "Organisation",
    "Participant",
    "Person",
    "Precision",
    "PublishError",
    "ReadError",
    "Renderer",
    "Source",
    "TextRenderer",
    "Timeline",
    "TimelineError",
    "UsageError",
    "When",
    "WriteError",
    "__version__",
    "dumps",
    "from_ics",
    "load",
    "loads",
    "read_events",
    "read_ics",
    "save",
    "seed_events",
    "seed_path",
    "to_calendar",
    "to_ics",
    "write_ics",
]
