"""
The ``timeline`` command line.

Argument parsing, exit codes and error printing only: every command is a
call into the library. Exit status 0 on success, 1 for bad data (any
:class:`~timeline.errors.TimelineError`), 2 for bad usage. A traceback is
printed only with ``--debug``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import NoReturn

from timeline import dataset
from timeline._io import atomic_write
from timeline.errors import TimelineError, UsageError
from timeline.render.text import TextRenderer
from timeline.sources import read_events
from timeline.timeline import Timeline

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


def _build_parser() -> _Parser:
    parser = _Parser(prog="timeline", description=__doc__.splitlines()[1] if __doc__ else None)
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    show = commands.add_parser("show", help="print the timeline")
    _add_source(show)

    export = commands.add_parser("export", help="write the timeline in another format")
    _add_source(export)
    export.add_argument(
        "--format", required=True, choices=sorted(_EXPORTERS), help="output format"
    )
    export.add_argument("-o", "--output", type=Path, help="output file (default: stdout)")
    return parser


def _events(args: argparse.Namespace) -> Timeline:
    return Timeline(read_events(args.source, published=args.published))


def _emit(data: bytes, output: Path | None) -> None:
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        atomic_write(output, data)


_EXPORTERS: dict[str, Callable[[Timeline], bytes]] = {
    "text": TextRenderer(),
    "toml": lambda t: dataset.dumps(t, format="toml"),
    "json": lambda t: dataset.dumps(t, format="json"),
    "ics": lambda t: _ics().to_ics(t),
}


def _ics() -> ModuleType:
    import timeline.ics  # noqa: PLC0415 - keep `import timeline.cli` light

    return timeline.ics


def _run(args: argparse.Namespace) -> int:
    if args.command == "show":
        _emit(TextRenderer()(_events(args)), None)
    elif args.command == "export":
        _emit(_EXPORTERS[args.format](_events(args)), args.output)
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
        if debug:
            raise
        print(f"timeline: error: {exc}", file=sys.stderr)  # noqa: T201 - the CLI's one output
        return exc.exit_code
