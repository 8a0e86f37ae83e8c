"""What every command shares: reading SOURCE, the display zone, output and diagnostics."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

from timeline import dataset
from timeline._io import atomic_write
from timeline._zones import tally_zones
from timeline.cli._args import ZONE_ENV, parse_zone
from timeline.errors import UsageError, printable
from timeline.model import SHANGHAI, Event
from timeline.sources import read_events
from timeline.timeline import Timeline

__all__ = ["emit", "ics_module", "read_timeline", "say"]

_UTC = ZoneInfo("UTC")

_STDIN = "<stdin>"


def _read(args: argparse.Namespace) -> tuple[Event, ...]:
    """The events of SOURCE: a file, stdin (``-``), or the seed."""
    expand = _window(args)
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
        return ics_module().from_ics(  # type: ignore[no-any-return]
            data, source=name, expand=expand, floating=floating
        )
    return dataset.loads(data, format=fmt, path=name)


def _window(args: argparse.Namespace) -> tuple[dt.date, dt.date] | None:
    """The reader's window for ``--expand FIRST LAST``, or None without it."""
    if not args.expand:
        return None
    first, last = args.expand
    if first > last:
        msg = f"--expand: FIRST ({first}) is after LAST ({last})"
        raise UsageError(msg)
    # The reader's window ends at 00:00 of its last day; LAST is included here.
    return (first, last + dt.timedelta(days=1) if last < dt.date.max else last)


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
        say(f"note: {why}; {shown} (choose another with --tz or {ZONE_ENV})")
    return zone


def read_timeline(args: argparse.Namespace) -> Timeline:
    """SOURCE's events as a timeline in the display zone."""
    events = _read(args)
    return Timeline(events, zone=_zone(args, events))


def emit(data: bytes, output: str | os.PathLike[str] | None) -> None:
    """Write a command's output to stdout (no OUTPUT, or ``-``) or atomically to a file."""
    if output is None or os.fspath(output) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        atomic_write(output, data)


def ics_module() -> ModuleType:
    """The iCalendar package, imported on first use."""
    import timeline.ics  # noqa: PLC0415 - keep `import timeline.cli` light

    return timeline.ics


def say(line: str) -> None:
    """Print one diagnostic line to stderr, with no control character left in it."""
    print(f"timeline: {printable(line)}", file=sys.stderr)  # noqa: T201 - the CLI's diagnostics
