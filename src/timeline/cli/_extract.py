"""The ``extract`` command: events read from news pages into a data file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Final

from timeline import dataset
from timeline.cli._args import Command, Commands, date_arg, jobs_arg
from timeline.cli._common import emit, say

__all__ = ["COMMANDS", "add_commands"]


def add_commands(commands: Commands) -> None:
    """Add ``extract`` to the sub-commands."""
    extract = commands.add_parser("extract", help="read events from news pages")
    extract.add_argument("pages", type=Path, help="a news page .txt, or a directory of them")
    extract.add_argument(
        "--published", type=date_arg, help="publication date of the pages (YYYY-MM-DD)"
    )
    extract.add_argument(
        "-o",
        "--output",
        type=Path,
        help="data file to write, .toml or .json (default: TOML on stdout)",
    )
    extract.add_argument(
        "--jobs", type=jobs_arg, default=1, help="worker processes for a directory"
    )


def _extract(args: argparse.Namespace) -> None:
    from timeline import extract  # noqa: PLC0415 - the extractor loads only when used

    result = extract.extract_many(
        extract.page_files(args.pages),
        published=args.published,
        jobs=args.jobs,
        progress=sys.stderr.isatty(),
    )
    for warning in result.warnings:
        say(f"warning: {warning}")
    if args.output is None:
        emit(dataset.dumps(result.events, format="toml"), None)
    else:
        dataset.save(result.events, args.output)


#: The commands this module runs, by name.
COMMANDS: Final[dict[str, Command]] = {"extract": _extract}
