"""
The ``timeline`` command line.

Argument parsing, exit codes and error printing only: every command is a
call into the library. Exit status 0 on success, 1 for bad data (any
[`TimelineError`][timeline.TimelineError]), 2 for bad usage. A traceback is
printed only with ``--debug``, and only for a data error.

Each group of commands has its own private module (``_show``: show and
export; ``_feeds``: feeds, serve and publish; ``_extract``), over the
typed values and option groups of ``_args`` and the reading, zone and
output of ``_common``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from timeline.cli._args import _DEBUG, _EPILOG, _Parser
from timeline.cli._common import _say
from timeline.cli._extract import _add_extract_command, _extract
from timeline.cli._feeds import _FEED_COMMANDS, _add_feed_commands
from timeline.cli._show import _add_show_commands, _export, _show
from timeline.errors import TimelineError, UsageError

__all__ = ["main"]


def _build_parser() -> _Parser:
    parser = _Parser(
        prog="timeline",
        description="Reported events into a sorted timeline and iCalendar feeds.",
        epilog=_EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument("--debug", action="store_true", help=_DEBUG)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    _add_show_commands(commands)
    _add_feed_commands(commands)
    _add_extract_command(commands)
    # --debug may stand anywhere on the line (``timeline show --debug``), as
    # git's and khal's global options do; main() looks for it in argv.
    for sub in commands.choices.values():
        sub.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=_DEBUG)
    return parser


def _version() -> str:
    from timeline import __version__  # noqa: PLC0415 - the package imports this module's users

    return __version__


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
