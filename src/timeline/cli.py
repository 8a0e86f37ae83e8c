"""
The ``timeline`` command line.

Argument parsing, exit codes and error printing only: every command is a
call into the library. Exit status 0 on success, 1 for bad data (any
[`TimelineError`][timeline.TimelineError]), 2 for bad usage. A traceback is
printed only with ``--debug``, and only for a data error.

Turning typed text into values (days, zones, kinds, a [`Query`][timeline.Query])
lives here, beside the options that take it; the library takes typed values.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final, NoReturn
from zoneinfo import ZoneInfo

from timeline import dataset
from timeline._io import atomic_write
from timeline._zones import find_zone, tally_zones
from timeline.errors import QueryError, TimelineError, UsageError, printable
from timeline.model import SHANGHAI, Event, EventKind
from timeline.query import Query
from timeline.render._labels import KIND_LABELS
from timeline.render.html import HtmlRenderer
from timeline.render.json import JsonRenderer
from timeline.render.markdown import MarkdownRenderer
from timeline.render.text import TextRenderer, want_color
from timeline.render.timelinejs import TimelineJsRenderer
from timeline.sources import read_events
from timeline.timeline import Timeline

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from timeline.model import Match
    from timeline.serve import FeedServer

__all__ = ["main"]

_DEBUG = "show a traceback for a data error (usage errors stay one line)"

#: The environment variable naming the display zone when --tz is not given.
ZONE_ENV = "TIMELINE_TZ"

_UTC = ZoneInfo("UTC")

_EPILOG = """\
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


class _Parser(argparse.ArgumentParser):
    """An argument parser that raises UsageError instead of exiting."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # noqa: ANN401 - argparse's own
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


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
        on=None if on is None else parse_day(on, option="on"),
        first=None if first is None else parse_day(first, option="from"),
        last=None if last is None else parse_day(last, option="to"),
        person=person,
        place=place,
        organisation=organisation,
        kind=None if kind is None else parse_kind(kind),
        match=match,
    )
    if query.on is not None and (query.first is not None or query.last is not None):
        msg = "give either one day or a from/to range, not both"
        raise QueryError(msg, field="on")
    if query.first is not None and query.last is not None and query.last < query.first:
        msg = f"range ends ({query.last}) before it starts ({query.first})"
        raise QueryError(msg, field="to")
    return query


def _date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"{text!r} is not a date (YYYY-MM-DD)"
        raise argparse.ArgumentTypeError(msg) from None


def _jobs_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"{text!r} is not a number of worker processes (1 or more)"
        raise argparse.ArgumentTypeError(msg)
    return value


# -- options -------------------------------------------------------------------------


def _add_source(parser: argparse.ArgumentParser, *, demo_by_default: bool = True) -> None:
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
        "--published", type=_date_arg, help="publication date of a news page (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--tz",
        help=f"display zone for days and times, an IANA name (default: ${ZONE_ENV}, "
        "else the zone the events share, else UTC)",
    )
    parser.add_argument(
        "--expand",
        nargs=2,
        type=_date_arg,
        metavar=("FIRST", "LAST"),
        help="expand a feed's recurring events from FIRST to LAST (both days included)",
    )


def _add_filters(parser: argparse.ArgumentParser) -> None:
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


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="language of labels and weekdays: zh or en (default: the events' language)",
    )


def _build_parser() -> _Parser:
    parser = _Parser(
        prog="timeline",
        description="Reported events into a sorted timeline and iCalendar feeds.",
        epilog=_EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument("--debug", action="store_true", help=_DEBUG)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    show = commands.add_parser("show", help="print the timeline", epilog=_EPILOG)
    _add_source(show)
    _add_filters(show)
    show.add_argument("--width", type=int, help="wrap at N columns (default: the terminal's)")
    show.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour output (auto: only on a terminal and without NO_COLOR) (default: auto)",
    )
    _add_lang(show)

    export = commands.add_parser(
        "export", help="write the timeline in another format", epilog=_EPILOG
    )
    _add_source(export)
    export.add_argument("--format", required=True, choices=_FORMATS, help="output format")
    export.add_argument("-o", "--output", help="output file; - is stdout (default: stdout)")
    export.add_argument(
        "--name",
        help="calendar name of an ics export (default: the source file's name; "
        "the seed's own name for the seed)",
    )
    export.add_argument("--description", help="calendar description of an ics export")
    export.add_argument("--color", help="calendar colour of an ics export: a CSS name or #rrggbb")
    export.add_argument("--title", help="page title of an html export (default: in --lang)")
    _add_lang(export)
    _add_feed_commands(commands)

    extract = commands.add_parser("extract", help="read events from news pages")
    extract.add_argument("pages", type=Path, help="a news page .txt, or a directory of them")
    extract.add_argument(
        "--published", type=_date_arg, help="publication date of the pages (YYYY-MM-DD)"
    )
    extract.add_argument(
        "-o",
        "--output",
        type=Path,
        help="data file to write, .toml or .json (default: TOML on stdout)",
    )
    extract.add_argument(
        "--jobs", type=_jobs_arg, default=1, help="worker processes for a directory"
    )
    # --debug may stand anywhere on the line (``timeline show --debug``), as
    # git's and khal's global options do; main() looks for it in argv.
    for sub in commands.choices.values():
        sub.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=_DEBUG)
    return parser


def _version() -> str:
    from timeline import __version__  # noqa: PLC0415 - the package imports this module's users

    return __version__


# -- reading -------------------------------------------------------------------------

_STDIN = "<stdin>"


def _read(args: argparse.Namespace) -> tuple[Event, ...]:
    """The events of SOURCE: a file, stdin (``-``), or the seed."""
    expand = None
    if args.expand:
        first, last = args.expand
        if first > last:
            msg = f"--expand: FIRST ({first}) is after LAST ({last})"
            raise UsageError(msg)
        # The reader's window ends at 00:00 of its last day; LAST is included here.
        expand = (first, last + dt.timedelta(days=1) if last < dt.date.max else last)
    # A zone the user named also reads a foreign feed's floating times; one
    # the events would choose cannot, as they are not read yet.
    floating = _named_zone(args)
    source, fmt = args.source, args.from_format
    if source == "-" and fmt is None:
        msg = "SOURCE - reads stdin: say what it holds with --from-format toml, json or ics"
        raise UsageError(msg)
    if fmt is None:
        return read_events(source, published=args.published, expand=expand, floating=floating)
    if source == "-":
        data, name = sys.stdin.buffer.read(), _STDIN
    elif source is None:
        msg = "--from-format needs a SOURCE (a file, or - for stdin)"
        raise UsageError(msg)
    else:
        data, name = _read_bytes(source), source
    if fmt == "ics":
        return _ics().from_ics(  # type: ignore[no-any-return]
            data, source=name, expand=expand, floating=floating
        )
    return dataset.loads(data, format=fmt, path=name)


def _read_bytes(path: str) -> bytes:
    from timeline.errors import ReadError  # noqa: PLC0415 - only for this rare path

    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc), path=path) from exc


def _named_zone(args: argparse.Namespace) -> ZoneInfo | None:
    """The zone the user named: --tz, else $TIMELINE_TZ, else None."""
    if args.tz is not None:
        return parse_zone(args.tz, option="tz")
    named = os.environ.get(ZONE_ENV, "")
    if named:
        return parse_zone(named, option=ZONE_ENV)
    return None


def _zone(args: argparse.Namespace, events: Sequence[Event]) -> ZoneInfo:
    """The display zone: --tz, $TIMELINE_TZ, the zone of most events, else UTC (said)."""
    named = _named_zone(args)
    if named is not None:
        return named
    if args.source is None:
        return SHANGHAI  # the seed's reports all happen in Zhengzhou
    tally = tally_zones(events)
    zone = tally.zone or _UTC
    if len(tally.zones) > 1 or (tally.zone is None and tally.zones):
        # One line, so a user who wanted another zone learns how to ask.
        why = (
            f"the events are in {len(tally.zones)} time zones ({', '.join(tally.zones)})"
            if len(tally.zones) > 1
            else f"the events are at a bare offset ({tally.zones[0]})"
        )
        shown = (
            f"shown in {zone.key}, the zone of most of them"
            if tally.zone is not None
            else "shown in UTC, as no zone holds most of them"
        )
        _say(f"note: {why}; {shown} (choose another with --tz or {ZONE_ENV})")
    return zone


def _events(args: argparse.Namespace) -> Timeline:
    events = _read(args)
    return Timeline(events, zone=_zone(args, events))


def _query(args: argparse.Namespace) -> Query:
    return parse_query(
        on=args.on,
        first=args.first,
        last=args.last,
        person=args.person,
        place=args.place,
        organisation=args.org,
        kind=args.kind,
        match=args.match,
    )


def _text_renderer(args: argparse.Namespace) -> TextRenderer:
    return TextRenderer(
        lang=args.lang,
        width=args.width or shutil.get_terminal_size().columns,
        color=want_color(args.color, is_tty=sys.stdout.isatty(), environ=os.environ),
    )


def _emit(data: bytes, output: str | os.PathLike[str] | None) -> None:
    if output is None or os.fspath(output) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        atomic_write(output, data)


# -- commands ------------------------------------------------------------------------


def _show(args: argparse.Namespace) -> None:
    query = _query(args)
    everything = _events(args)
    found = query(everything)
    if not found and everything and query != Query(match=query.match):
        _say(f"no events match {_asked(args)} (of {len(everything)})")
        return
    _emit(_text_renderer(args)(found), None)


def _asked(args: argparse.Namespace) -> str:
    """The filters given, as typed: ``--person 'x' --match substring``."""
    options = [
        ("--on", args.on),
        ("--from", args.first),
        ("--to", args.last),
        ("--person", args.person),
        ("--place", args.place),
        ("--org", args.org),
        ("--kind", args.kind),
    ]
    asked = [f"{flag} {value!r}" for flag, value in options if value is not None]
    if args.match != "exact" and (args.person or args.place or args.org):
        asked.append(f"--match {args.match}")
    return " ".join(asked)


#: Options that only some export formats carry.
_LABELLED = ("html", "markdown", "text", "timelinejs")
_FORMAT_OPTIONS: Final = {
    "name": ("ics",),
    "description": ("ics",),
    "color": ("ics",),
    "title": ("html",),
    "lang": (*_LABELLED, "ics"),
}


def _export(args: argparse.Namespace) -> None:
    for option, formats in _FORMAT_OPTIONS.items():
        if getattr(args, option) is not None and args.format not in formats:
            msg = f"--{option} applies to --format {' or '.join(formats)} only"
            raise UsageError(msg)
    render = _renderer(args)
    _emit(render(_events(args)), args.output)


def _renderer(args: argparse.Namespace) -> Callable[[Timeline], bytes]:
    """The export format's renderer, with the options given."""
    fmt, lang = args.format, args.lang
    if fmt == "ics":
        options = _calendar_options(args)
        return lambda t: _ics().to_ics(t, zone=t.zone, **options)
    if fmt == "toml":
        return lambda t: dataset.dumps(t, format="toml")
    if fmt == "json":
        return JsonRenderer()
    if fmt == "html":
        title = {} if args.title is None else {"title": args.title}
        return HtmlRenderer(lang=lang, **title)
    renderers = {
        "text": TextRenderer,
        "markdown": MarkdownRenderer,
        "timelinejs": TimelineJsRenderer,
    }
    return renderers[fmt](lang=lang)  # type: ignore[no-any-return]


def _calendar_options(args: argparse.Namespace) -> dict[str, Any]:
    """The feed options of an ics export: the name follows the data, not the seed."""
    options: dict[str, Any] = {}
    name = args.name
    if name is None and args.source is not None and args.source != "-":
        name = Path(args.source).stem or None
    if name is not None:
        options["name"] = name
    if args.description is not None:
        options["description"] = args.description
    if args.color is not None:
        options["color"] = args.color
    if args.lang is not None:
        options["lang"] = args.lang
    return options


#: The export formats.
_FORMATS: Final = ("html", "ics", "json", "markdown", "text", "timelinejs", "toml")


def _ics() -> ModuleType:
    import timeline.ics  # noqa: PLC0415 - keep `import timeline.cli` light

    return timeline.ics


# -- feeds, serve, publish (branch feeds) ------------------------------------------

#: Where ``publish`` reads the password from unless ``--password-env`` says.
PASSWORD_ENV = "TIMELINE_CALDAV_PASSWORD"  # noqa: S105 - a variable's name, not a password


def _port_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 65535:  # noqa: PLR2004 - the highest TCP port
        msg = f"{text!r} is not a port (0 to 65535; 0 picks a free one)"
        raise argparse.ArgumentTypeError(msg)
    return value


#: The SOURCE that names the bundled seed dataset (the demo) where one is required.
SEED_SOURCE = "seed"


def _add_feed_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    feeds = commands.add_parser("feeds", help="write one feed per person, place and organisation")
    _add_source(feeds, demo_by_default=False)
    feeds.add_argument("-o", "--output", type=Path, required=True, help="the feed directory")
    feeds.add_argument(
        "--name", help="name of the feed of all events (default: 全部活动 or All events)"
    )
    feeds.add_argument(
        "--lang",
        metavar="LANG",
        help="language of labels and the index page: zh or en (default: the events')",
    )

    serve = commands.add_parser("serve", help="serve a feed directory over HTTP")
    serve.add_argument("directory", type=Path, help="a directory written by `timeline feeds`")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=_port_arg, default=8000, help="port (0: any free port)")

    publish = commands.add_parser("publish", help="put the events into a CalDAV calendar")
    _add_source(publish, demo_by_default=False)
    publish.add_argument("--caldav", required=True, metavar="URL", help="the CalDAV server")
    publish.add_argument("--user", help="user name on the server")
    publish.add_argument(
        "--password-env",
        metavar="VAR",
        help=f"environment variable holding the password (default: {PASSWORD_ENV})",
    )
    publish.add_argument("--calendar", default="timeline", help="calendar display name")
    publish.add_argument(
        "--prune", action="store_true", help="delete events we published that are gone"
    )
    publish.add_argument(
        "--dry-run",
        action="store_true",
        help="only read the calendar; print what would be created, updated and deleted",
    )


def _required_source(args: argparse.Namespace) -> None:
    """Refuse a missing SOURCE; ``seed`` names the bundled demo dataset."""
    if args.source is None:
        msg = (
            f"{args.command} needs SOURCE: a data file (.toml/.json), a feed (.ics) "
            f"or a news page (.txt); `{SEED_SOURCE}` for the bundled demo"
        )
        raise UsageError(msg)
    if str(args.source) == SEED_SOURCE:
        args.source = None  # read_events' name for the seed


def _feeds(args: argparse.Namespace) -> None:
    from timeline.feeds import write_feeds  # noqa: PLC0415 - load on use

    _required_source(args)
    events = _events(args)
    report = write_feeds(events, args.output, name=args.name, lang=args.lang, zone=events.zone)
    print(  # noqa: T201 - the command's report
        f"{args.output}: {len(report.written)} written, {len(report.unchanged)} unchanged, "
        f"{len(report.removed)} removed"
    )


def _serve(args: argparse.Namespace) -> None:
    from timeline.serve import serve  # noqa: PLC0415 - http.server only when serving

    def ready(server: FeedServer) -> None:
        print(f"serving {args.directory} at {server.url}", file=sys.stderr, flush=True)  # noqa: T201 - status line

    def log(line: str) -> None:
        print(line, file=sys.stderr)  # noqa: T201 - access log

    with contextlib.suppress(KeyboardInterrupt):
        serve(args.directory, host=args.host, port=args.port, log=log, ready=ready)


def _password(args: argparse.Namespace) -> str | None:
    var = args.password_env or PASSWORD_ENV
    password = os.environ.get(var)
    if password is None and (args.password_env or args.user):
        msg = (
            f"--password-env: the environment variable {var} is not set"
            if args.password_env
            else f"--user {args.user}: set the password in the environment variable {var}"
            " (or name another one with --password-env)"
        )
        raise UsageError(msg)
    return password


def _publish(args: argparse.Namespace) -> None:
    from timeline.publish import publish  # noqa: PLC0415 - caldav only when publishing

    _required_source(args)
    password = _password(args)
    report = publish(
        _events(args),
        args.caldav,
        user=args.user,
        password=password,
        calendar=args.calendar,
        prune=args.prune,
        dry_run=args.dry_run,
    )
    if report.dry_run:
        for verb, uids in (
            ("create", report.created),
            ("update", report.updated),
            ("delete", report.deleted),
        ):
            for uid in uids:
                print(f"would {verb} {uid}")  # noqa: T201 - the command's report
        print(  # noqa: T201 - the command's report
            f"{report.url} ({report.calendar}): dry run, nothing changed: "
            f"{len(report.created)} to create, {len(report.updated)} to update, "
            f"{len(report.unchanged)} unchanged, {len(report.deleted)} to delete, "
            f"{len(report.conflicts)} left alone (not ours)"
        )
        return
    print(  # noqa: T201 - the command's report
        f"{report.url} ({report.calendar}): {len(report.created)} created, "
        f"{len(report.updated)} updated, {len(report.unchanged)} unchanged, "
        f"{len(report.deleted)} deleted, {len(report.conflicts)} left alone (not ours)"
    )


_FEED_COMMANDS: dict[str, Callable[[argparse.Namespace], None]] = {
    "feeds": _feeds,
    "serve": _serve,
    "publish": _publish,
}


def _run(args: argparse.Namespace) -> int:
    if args.command == "show":
        _show(args)
    elif args.command == "export":
        _export(args)
    elif args.command in _FEED_COMMANDS:
        _FEED_COMMANDS[args.command](args)
    elif args.command == "extract":
        _extract(args)
    return 0


def _extract(args: argparse.Namespace) -> None:
    from timeline import extract  # noqa: PLC0415 - the extractor loads only when used

    result = extract.extract_many(
        extract.page_files(args.pages),
        published=args.published,
        jobs=args.jobs,
        progress=sys.stderr.isatty(),
    )
    for warning in result.warnings:
        _say(f"warning: {warning}")
    if args.output is None:
        _emit(dataset.dumps(result.events, format="toml"), None)
    else:
        dataset.save(result.events, args.output)


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the command line.

    Args:
        argv: The arguments, without the program name (default: ``sys.argv``).

    Returns:
        The exit status.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    try:
        args = _build_parser().parse_args(argv)
        return _run(args)
    except TimelineError as exc:
        # A usage error is the user's to fix, never the code's: it stays one
        # line even with --debug, wherever --debug stands on the line.
        if debug and exc.exit_code != UsageError.exit_code:
            raise
        _say(f"error: {exc}")
        return exc.exit_code


def _say(line: str) -> None:
    """Print one diagnostic line to stderr, with no control character left in it."""
    print(f"timeline: {printable(line)}", file=sys.stderr)  # noqa: T201 - the CLI's diagnostics
