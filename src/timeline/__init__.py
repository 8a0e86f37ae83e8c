"""
timeline: reported events into a sorted timeline and iCalendar feeds.

The public API is what this module exports; everything else is private.
"""

from importlib import metadata as _metadata

from timeline.dataset import DataFormat, dumps, load, loads, save, seed_events, seed_path
from timeline.errors import (
    DataFileError,
    ExtractError,
    IcsReadError,
    IcsWriteError,
    InvalidEventError,
    PublishError,
    ReadError,
    ServeError,
    TimelineError,
    UsageError,
    WriteError,
)
from timeline.feeds import (
    Feed,
    FeedKind,
    FeedsReport,
    facets,
    feed_filename,
    render_feeds,
    write_feeds,
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
from timeline.publish import PublishReport, publish
from timeline.render import Renderer
from timeline.render.text import TextRenderer
from timeline.sources import read_events
from timeline.timeline import Timeline

try:
    __version__ = _metadata.version("timeline")
except _metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "SHANGHAI",
    "DataFileError",
    "DataFormat",
    "Delegation",
    "Event",
    "EventKind",
    "ExtractError",
    "Feed",
    "FeedKind",
    "FeedsReport",
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
    "PublishReport",
    "ReadError",
    "Renderer",
    "Role",
    "ServeError",
    "Source",
    "TextRenderer",
    "Timeline",
    "TimelineError",
    "UsageError",
    "When",
    "WriteError",
    "__version__",
    "dumps",
    "facets",
    "feed_filename",
    "from_ics",
    "load",
    "loads",
    "publish",
    "read_events",
    "read_ics",
    "render_feeds",
    "save",
    "seed_events",
    "seed_path",
    "to_calendar",
    "to_ics",
    "write_feeds",
    "write_ics",
]
