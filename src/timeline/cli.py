"""
The ``timeline`` command line.

Argument parsing, exit codes and error printing only: every command is a
call into the library. Exit status 0 on success, 1 for bad data (any
:class:`~timeline.errors.TimelineError`), 2 for bad usage. A traceback is
printed only with ``--debug``.
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
from typing import TYPE_CHECKING, NoReturn

from timeline import dataset
from timeline._io import atomic_write
from timeline.errors import TimelineError, UsageError
from timeline.query import Query, parse_zone
from timeline.render.html import HtmlRenderer
from timeline.render.json import JsonRenderer
from timeline.render.markdown import MarkdownRenderer
from timeline.render.text import TextRenderer, want_color
from timeline.render.timelinejs import TimelineJsRenderer
from timeline.sources import read_events
from timeline.timeline import Timeline

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from timeline.serve import FeedServer

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    """An argument parser that raises UsageError instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


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


def _add_source(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source",
        nargs="?",
        type=Path,
        help="events data file (.toml/.json), .ics feed or news page .txt (default: the seed)",
    )
    parser.add_argument(
        "--published", type=_date_arg, help="publication date of a news page (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--tz", default="Asia/Shanghai", help="display zone for days and times (IANA name)"
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


def _build_parser() -> _Parser:
    parser = _Parser(prog="timeline", description=__doc__.splitlines()[1] if __doc__ else None)
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    show = commands.add_parser("show", help="print the timeline")
    _add_source(show)
    _add_filters(show)
    show.add_argument("--width", type=int, help="wrap at N columns (default: the terminal's)")
    show.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour output (auto: only on a terminal and without NO_COLOR)",
    )

    export = commands.add_parser("export", help="write the timeline in another format")
    _add_source(export)
    export.add_argument("--format", required=True, choices=sorted(_EXPORTERS), help="output format")
    export.add_argument("-o", "--output", type=Path, help="output file (default: stdout)")
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
    return parser


def _events(args: argparse.Namespace) -> Timeline:
    zone = parse_zone(args.tz, option="tz")
    expand = None
    if args.expand:
        first, last = args.expand
        if first > last:
            msg = f"--expand: FIRST ({first}) is after LAST ({last})"
            raise UsageError(msg)
        # The reader's window ends at 00:00 of its last day; LAST is included here.
        expand = (first, last + dt.timedelta(days=1) if last < dt.date.max else last)
    events = read_events(args.source, published=args.published, expand=expand)
    return Timeline(events, zone=zone)


def _query(args: argparse.Namespace) -> Query:
    return Query.parse(
        on=args.on,
        first=args.first,
        last=args.last,
        person=args.person,
        place=args.place,
        organisation=args.org,
        kind=args.kind,
    )


def _text_renderer(args: argparse.Namespace) -> TextRenderer:
    return TextRenderer(
        width=args.width or shutil.get_terminal_size().columns,
        color=want_color(args.color, is_tty=sys.stdout.isatty(), environ=os.environ),
    )


def _emit(data: bytes, output: Path | None) -> None:
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        atomic_write(output, data)


_EXPORTERS: dict[str, Callable[[Timeline], bytes]] = {
    "text": TextRenderer(),
    "toml": lambda t: dataset.dumps(t, format="toml"),
    "json": JsonRenderer(),
    "markdown": MarkdownRenderer(),
    "timelinejs": TimelineJsRenderer(),
    "html": HtmlRenderer(),
    "ics": lambda t: _ics().to_ics(t),
}


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
    _add_source(feeds)
    feeds.add_argument("-o", "--output", type=Path, required=True, help="the feed directory")
    feeds.add_argument(
        "--name", help="name of the feed of all events (default: 全部活动, in the labels' language)"
    )

    serve = commands.add_parser("serve", help="serve a feed directory over HTTP")
    serve.add_argument("directory", type=Path, help="a directory written by `timeline feeds`")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=_port_arg, default=8000, help="port (0: any free port)")

    publish = commands.add_parser("publish", help="put the events into a CalDAV calendar")
    _add_source(publish)
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
    named = {} if args.name is None else {"name": args.name}
    report = write_feeds(_events(args), args.output, **named)
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
        query = _query(args)
        _emit(_text_renderer(args)(query(_events(args))), None)
    elif args.command == "export":
        _emit(_EXPORTERS[args.format](_events(args)), args.output)
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
        print(f"timeline: warning: {warning}", file=sys.stderr)  # noqa: T201 - diagnostics
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
        if debug:
            raise
        print(f"timeline: error: {exc}", file=sys.stderr)  # noqa: T201 - the CLI's one output
        return exc.exit_code
