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
    InvalidEventError,
    PublishError,
    QueryError,
    ReadError,
    TimelineError,
    UsageError,
    WriteError,
)
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
from timeline.query import Query, parse_day, parse_kind, parse_zone
from timeline.render import (
    HtmlRenderer,
    JsonRenderer,
    MarkdownRenderer,
    Renderer,
    TextRenderer,
    TimelineJsRenderer,
)
from timeline.render.json import timeline_from_json
from timeline.sources import read_events
from timeline.timeline import Moment, Timeline

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
    "HtmlRenderer",
    "IcsReadError",
    "InvalidEventError",
    "JsonRenderer",
    "Location",
    "MarkdownRenderer",
    "Moment",
    "Organisation",
    "Participant",
    "Person",
    "Precision",
    "PublishError",
    "Query",
    "QueryError",
    "ReadError",
    "Renderer",
    "Role",
    "Source",
    "TextRenderer",
    "Timeline",
    "TimelineError",
    "TimelineJsRenderer",
    "UsageError",
    "When",
    "WriteError",
    "__version__",
    "dumps",
    "load",
    "loads",
    "parse_day",
    "parse_kind",
    "parse_zone",
    "read_events",
    "save",
    "seed_events",
    "seed_path",
    "timeline_from_json",
]
