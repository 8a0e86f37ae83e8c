"""The ``feeds``, ``serve`` and ``publish`` commands: feeds written, served, sent to CalDAV."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final

from timeline.cli._args import Command, Commands, add_source, port_arg
from timeline.cli._common import read_timeline
from timeline.errors import UsageError

if TYPE_CHECKING:
    from timeline.serve import FeedServer

__all__ = ["COMMANDS", "PASSWORD_ENV", "SEED_SOURCE", "add_commands"]

#: Where ``publish`` reads the password from unless ``--password-env`` says.
PASSWORD_ENV = "TIMELINE_CALDAV_PASSWORD"  # noqa: S105 - a variable's name, not a password


#: The SOURCE that names the bundled seed dataset (the demo) where one is required.
SEED_SOURCE = "seed"


def add_commands(commands: Commands) -> None:
    """Add ``feeds``, ``serve`` and ``publish`` to the sub-commands."""
    feeds = commands.add_parser("feeds", help="write one feed per person, place and organisation")
    add_source(feeds, demo_by_default=False)
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
    serve.add_argument("--port", type=port_arg, default=8000, help="port (0: any free port)")

    publish = commands.add_parser("publish", help="put the events into a CalDAV calendar")
    add_source(publish, demo_by_default=False)
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
    events = read_timeline(args)
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
        read_timeline(args),
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


#: The commands this module runs, by name.
COMMANDS: Final[dict[str, Command]] = {
    "feeds": _feeds,
    "serve": _serve,
    "publish": _publish,
}
