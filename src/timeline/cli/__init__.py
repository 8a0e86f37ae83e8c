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
from typing import Final

from timeline.cli import _extract, _feeds, _show
from timeline.cli._args import DEBUG_HELP, EPILOG, Command, Parser
from timeline.cli._common import say
from timeline.errors import TimelineError, UsageError

__all__ = ["main"]

#: The command modules, in the order the help lists their commands.
_GROUPS: Final = (_show, _feeds, _extract)

_COMMANDS: Final[dict[str, Command]] = {
    name: run for group in _GROUPS for name, run in group.COMMANDS.items()
}


def _build_parser() -> Parser:
    parser = Parser(
        prog="timeline",
        description="Reported events into a sorted timeline and iCalendar feeds.",
        epilog=EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument("--debug", action="store_true", help=DEBUG_HELP)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    for group in _GROUPS:
        group.add_commands(commands)
    # --debug may stand anywhere on the line (``timeline show --debug``), as
    # git's and khal's global options do; main() looks for it in argv.
    for sub in commands.choices.values():
        sub.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=DEBUG_HELP)
    return parser


def _version() -> str:
    from timeline import __version__  # noqa: PLC0415 - the package imports this module's users

    return __version__


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
        _COMMANDS[args.command](args)
    except TimelineError as exc:
        # A usage error is the user's to fix, never the code's: it stays one
        # line even with --debug, wherever --debug stands on the line.
        if debug and exc.exit_code != UsageError.exit_code:
            raise
        say(f"error: {exc}")
        return exc.exit_code
    return 0
