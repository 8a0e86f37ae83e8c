"""
JSON: the whole model, in timeline order, in the data file's plain form.

The document is the events data format of [`timeline.dataset`][timeline.dataset]
(``version`` and ``events``) plus the display ``zone``, so the events read
back with [`timeline_from_json`][timeline.timeline_from_json] (or
[`timeline.loads`][timeline.loads] with ``format="json"``) and render again to
the same bytes. Its JSON Schema is ``docs/schema/timeline.schema.json``.
"""

from __future__ import annotations

import json
from typing import Any

import attrs

from timeline._codec import events_to_data
from timeline._zones import find_zone
from timeline.dataset import loads
from timeline.errors import DataFileError
from timeline.timeline import Timeline

__all__ = ["JsonRenderer", "timeline_from_json"]


@attrs.frozen(kw_only=True)
class JsonRenderer:
    """
    Renders a timeline as JSON.

    Attributes:
        indent: Spaces per nesting level; ``None`` writes one line.
    """

    indent: int | None = 2

    def __call__(self, timeline: Timeline, /) -> bytes:
        """Render ``timeline`` as UTF-8 JSON (non-ASCII kept as is)."""
        data = events_to_data(timeline.events, native_dates=False)
        document: dict[str, Any] = {
            "version": data["version"],
            "zone": timeline.zone.key,
            "events": data["events"],
        }
        text = json.dumps(document, ensure_ascii=False, indent=self.indent)
        return (text + "\n").encode()


def timeline_from_json(data: bytes | str, *, path: str | None = None) -> Timeline:
    """
    Read a document written by [`JsonRenderer`][timeline.JsonRenderer] back into a timeline.

    Raises:
        DataFileError: For malformed JSON, a schema violation or an unknown zone.
    """
    events = loads(data, format="json", path=path)
    raw = json.loads(data)
    name = raw.get("zone", "Asia/Shanghai") if isinstance(raw, dict) else "Asia/Shanghai"
    zone = find_zone(name)
    if zone is None:
        msg = f"unknown time zone {name!r}"
        raise DataFileError(msg, path=path, field="zone")
    return Timeline(events, zone=zone)
