"""
The quickstart demo: the seed page's timeline, printed, and its feeds, written.

Run it as ``python examples/demo.py [OUT_DIR]`` (default ``demo-out``). It
uses only the public API: the bundled seed dataset, a timeline, the terminal
renderer, and the feed writer (``all.ics`` plus one feed per person, place
and organisation, with ``index.html`` and ``index.json``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import timeline


def main(out_dir: Path) -> None:
    """Print the seed's timeline and write its iCalendar feeds to ``out_dir``."""
    events = timeline.seed_events()
    line = timeline.Timeline(events)
    sys.stdout.write(timeline.TextRenderer(width=100)(line).decode())

    report = timeline.write_feeds(events, out_dir)
    feeds = sorted(out_dir.rglob("*.ics"))
    print()
    print(f"Wrote {len(feeds)} iCalendar feeds to {out_dir}/ ({len(report.written)} changed):")
    for path in feeds[:6]:
        print(f"  {path.relative_to(out_dir)}")
    if len(feeds) > 6:  # noqa: PLR2004 - a short listing
        print(f"  ... and {len(feeds) - 6} more; open {out_dir}/index.html for the list")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "demo-out"))
