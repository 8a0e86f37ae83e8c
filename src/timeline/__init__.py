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
    QueryError,
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
    Match,
    Organisation,
    Participant,
    Person,
    Precision,
    Role,
    Source,
    When,
)
from timeline.publish import PublishReport, publish
from timeline.query import Query
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

#: The distribution's name on package indexes: ``timeline`` there is an
#: unrelated project, so ours is published as ``reported-timeline``.
_DISTRIBUTION = "reported-timeline"

try:
    __version__ = _metadata.version(_DISTRIBUTION)
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
    "HtmlRenderer",
    "IcsReadError",
    "IcsWriteError",
    "InvalidEventError",
    "JsonRenderer",
    "Location",
    "MarkdownRenderer",
    "Match",
    "Moment",
    "Organisation",
    "Participant",
    "Person",
    "Precision",
    "PublishError",
    "PublishReport",
    "Query",
    "QueryError",
    "ReadError",
    "Renderer",
    "Role",
    "ServeError",
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
    "timeline_from_json",
    "to_calendar",
    "to_ics",
    "write_feeds",
    "write_ics",
]
