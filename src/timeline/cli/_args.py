"""
The command line's shared parts of speech: typed values from text, and the option groups.

Turning typed text into values (days, zones, kinds, a [`Query`][timeline.Query])
lives here, beside the options that take it; the library takes typed values.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn, TypeAlias
from zoneinfo import ZoneInfo

from timeline._zones import find_zone
from timeline.errors import QueryError, UsageError
from timeline.model import EventKind
from timeline.query import Query
from timeline.render._labels import KIND_LABELS

if TYPE_CHECKING:
    from timeline.model import Match

__all__ = [
    "DEBUG_HELP",
    "EPILOG",
    "ZONE_ENV",
    "Command",
    "Commands",
    "Parser",
    "add_filters",
    "add_lang",
    "add_source",
    "date_arg",
    "jobs_arg",
    "parse_day",
    "parse_kind",
    "parse_query",
    "parse_zone",
    "port_arg",
]

DEBUG_HELP = "show a traceback for a data error (usage errors stay one line)"

#: The environment variable naming the display zone when --tz is not given.
ZONE_ENV = "TIMELINE_TZ"

EPILOG = """\
examples:
  timeline show                          the bundled seed, as text
  timeline show events.toml --on 2025-10-26
  timeline show feed.ics --person anna --match substring
  timeline export events.toml --format ics --name "Club" -o club.ics
  cat events.json | timeline export - --from-format json --format html -o -
  timeline feeds events.toml -o site/feeds

The display zone is --tz, else $TIMELINE_TZ, else the zone most of the
events' times are in, else UTC (the bundled seed's is Asia/Shanghai).
Add --debug anywhere to see a data error's traceback.
"""


class Parser(argparse.ArgumentParser):
    """An argument parser that raises UsageError instead of exiting."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # noqa: ANN401 - argparse's own
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


#: The sub-commands of the one parser, which each command module adds to.
Commands: TypeAlias = "argparse._SubParsersAction[Parser]"  # noqa: SLF001 - argparse names no public type for it

#: What runs one sub-command: its parsed arguments in, its output written.
Command: TypeAlias = Callable[[argparse.Namespace], None]


# -- typed values from text ----------------------------------------------------------


def parse_day(text: str, *, option: str = "day") -> dt.date:
    """
    Parse ``YYYY-MM-DD``.

    Raises:
        QueryError: Naming ``option``, if ``text`` is not such a date.
    """
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        msg = f"{text!r} is not a date (YYYY-MM-DD)"
        raise QueryError(msg, field=option) from None


def parse_zone(text: str, *, option: str = "zone") -> ZoneInfo:
    """
    Parse an IANA zone name such as ``Asia/Shanghai``.

    Raises:
        QueryError: Naming ``option``, for an unknown zone.
    """
    zone = find_zone(text.strip())
    if zone is None:
        msg = f"unknown time zone {text!r}"
        raise QueryError(msg, field=option)
    return zone


_KIND_BY_LABEL = {label: kind for kind, label in KIND_LABELS.items()}


def parse_kind(text: str, *, option: str = "kind") -> EventKind:
    """
    Parse a kind, by its name (``inspection``) or its Chinese label (``调研``).

    Raises:
        QueryError: Naming ``option`` and the choices.
    """
    value = text.strip()
    if value in _KIND_BY_LABEL:
        return _KIND_BY_LABEL[value]
    try:
        return EventKind(value.lower())
    except ValueError:
        choices = ", ".join(f"{k} ({KIND_LABELS[k]})" for k in EventKind)
        msg = f"unknown kind {text!r}: choose {choices}"
        raise QueryError(msg, field=option) from None


def parse_query(  # noqa: PLR0913 - one argument per filter, all keyword-only
    *,
    on: str | None = None,
    first: str | None = None,
    last: str | None = None,
    person: str | None = None,
    place: str | None = None,
    organisation: str | None = None,
    kind: str | None = None,
    match: Match = "exact",
) -> Query:
    """
    Build a query from strings, as typed on the command line.

    Raises:
        QueryError: For a malformed day or kind, ``on`` together with a
            range, or a range that ends before it starts.
    """
    query = Query(
        on=_day(on, option="on"),
        first=_day(first, option="from"),
        last=_day(last, option="to"),
        person=person,
        place=place,
        organisation=organisation,
        kind=None if kind is None else parse_kind(kind),
        match=match,
    )
    _check_range(query)
    return query


def _day(text: str | None, *, option: str) -> dt.date | None:
    return None if text is None else parse_day(text, option=option)


def _check_range(query: Query) -> None:
    """Refuse one day together with a range, and a range that ends before it starts."""
    if query.on is not None and (query.first is not None or query.last is not None):
        msg = "give either one day or a from/to range, not both"
        raise QueryError(msg, field="on")
    if query.first is not None and query.last is not None and query.last < query.first:
        msg = f"range ends ({query.last}) before it starts ({query.first})"
        raise QueryError(msg, field="to")


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"{text!r} is not a date (YYYY-MM-DD)"
        raise argparse.ArgumentTypeError(msg) from None


def jobs_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"{text!r} is not a number of worker processes (1 or more)"
        raise argparse.ArgumentTypeError(msg)
    return value


def port_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 65535:  # noqa: PLR2004 - the highest TCP port
        msg = f"{text!r} is not a port (0 to 65535; 0 picks a free one)"
        raise argparse.ArgumentTypeError(msg)
    return value


# -- options -------------------------------------------------------------------------


def add_source(parser: argparse.ArgumentParser, *, demo_by_default: bool = True) -> None:
    what = (
        "events data file (.toml/.json), .ics feed or news page .txt; "
        "- reads stdin (with --from-format)"
    )
    parser.add_argument(
        "source",
        nargs="?",
        help=f"{what} (default: the bundled seed)"
        if demo_by_default
        else f"{what}; 'seed' for the bundled demo (required)",
    )
    parser.add_argument(
        "--from-format",
        choices=["toml", "json", "ics"],
        help="read SOURCE as this format whatever its name (needed for -)",
    )
    parser.add_argument(
        "--published", type=date_arg, help="publication date of a news page (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--tz",
        help=f"display zone for days and times, an IANA name (default: ${ZONE_ENV}, "
        "else the zone the events share, else UTC)",
    )
    parser.add_argument(
        "--expand",
        nargs=2,
        type=date_arg,
        metavar=("FIRST", "LAST"),
        help="expand a feed's recurring events from FIRST to LAST (both days included)",
    )


def add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--on", metavar="DAY", help="only events on DAY (YYYY-MM-DD)")
    parser.add_argument("--from", dest="first", metavar="DAY", help="only events from DAY on")
    parser.add_argument("--to", dest="last", metavar="DAY", help="only events up to DAY")
    parser.add_argument("--person", metavar="NAME", help="only events naming NAME")
    parser.add_argument("--place", metavar="NAME", help="only events at NAME (a stop or area)")
    parser.add_argument("--org", metavar="NAME", help="only events with the body NAME")
    parser.add_argument("--kind", metavar="KIND", help="only events of KIND (inspection or 调研)")
    parser.add_argument(
        "--match",
        choices=["exact", "substring"],
        default="exact",
        help="how --person, --place and --org compare: the whole name, or any part "
        "of it ignoring case (default: exact)",
    )


def add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="language of labels and weekdays: zh or en (default: the events' language)",
    )
