"""The ``show`` and ``export`` commands: the timeline printed, or written in another format."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from timeline import dataset
from timeline.cli._args import (
    EPILOG,
    Command,
    Commands,
    add_filters,
    add_lang,
    add_source,
    parse_query,
)
from timeline.cli._common import emit, ics_module, read_timeline, say
from timeline.errors import UsageError
from timeline.query import Query
from timeline.render.html import HtmlRenderer
from timeline.render.json import JsonRenderer
from timeline.render.markdown import MarkdownRenderer
from timeline.render.text import TextRenderer, want_color
from timeline.render.timelinejs import TimelineJsRenderer
from timeline.timeline import Timeline

__all__ = ["COMMANDS", "add_commands"]


def add_commands(commands: Commands) -> None:
    """Add ``show`` and ``export`` to the sub-commands."""
    show = commands.add_parser("show", help="print the timeline", epilog=EPILOG)
    add_source(show)
    add_filters(show)
    show.add_argument("--width", type=int, help="wrap at N columns (default: the terminal's)")
    show.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour output (auto: only on a terminal and without NO_COLOR) (default: auto)",
    )
    add_lang(show)

    export = commands.add_parser(
        "export", help="write the timeline in another format", epilog=EPILOG
    )
    add_source(export)
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
    add_lang(export)


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


def _show(args: argparse.Namespace) -> None:
    query = _query(args)
    everything = read_timeline(args)
    found = query(everything)
    if not found and everything and query != Query(match=query.match):
        say(f"no events match {_asked(args)} (of {len(everything)})")
        return
    emit(_text_renderer(args)(found), None)


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
    emit(render(read_timeline(args)), args.output)


def _renderer(args: argparse.Namespace) -> Callable[[Timeline], bytes]:
    """The export format's renderer, with the options given."""
    fmt, lang = args.format, args.lang
    if fmt == "ics":
        options = _calendar_options(args)
        return lambda t: ics_module().to_ics(t, zone=t.zone, **options)
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


#: The commands this module runs, by name.
COMMANDS: Final[dict[str, Command]] = {"show": _show, "export": _export}
