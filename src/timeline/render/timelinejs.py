"""
Knight Lab TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html).

One slide per event: ``start_date`` as ``{year, month, day}`` (plus ``hour``
and ``minute`` for timed events, read in the display zone), ``end_date`` for
multi-day or timed ranges (TimelineJS ends are inclusive, so an all-day
event's exclusive end moves back a day), ``text {headline, text}``,
``group`` the main kind, and ``unique_id`` the event's id.

TimelineJS shows ``headline`` and ``text`` as HTML, so both are escaped
here and ``text`` is built from escaped paragraphs. The document is also
safe to paste into a ``<script>`` element: every ``<`` and ``>`` in
it (only strings can hold them) is written as a JSON ``u`` escape, so no value,
``unique_id`` included, can close the element or open a comment.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from typing import TYPE_CHECKING, Any, Final

import attrs

from timeline.render import _labels as lb

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from timeline.model import Event
    from timeline.timeline import Timeline

__all__ = ["TimelineJsRenderer"]


def _date(value: dt.date) -> dict[str, int]:
    return {"year": value.year, "month": value.month, "day": value.day}


def _moment(value: dt.datetime, zone: ZoneInfo) -> dict[str, int]:
    local = value.astimezone(zone)
    return {**_date(local.date()), "hour": local.hour, "minute": local.minute}


def _paragraph(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def _text(event: Event, labels: lb.Labels) -> str:
    parts = []
    if event.summary.strip():
        parts.append(_paragraph(event.summary.strip()))
    if event.locations:
        parts.append(_paragraph(f"{labels.place}: {lb.place_text(event, labels)}"))
    parts.extend(
        _paragraph(f"{labels.roles[role]}: {labels.list_sep.join(names)}")
        for role, names in lb.roles(event, byline=False, labels=labels)
    )
    parts.extend(
        _paragraph(f"{labels.headcount}: {lb.headcount_text(h)}") for h in event.headcounts
    )
    if event.source is not None:
        byline = lb.byline_text(event, labels)
        parts.append(
            _paragraph(
                f"{labels.source}: 《{event.source.headline}》" + (f" {byline}" if byline else "")
            )
        )
    return "".join(parts)


def _slide(event: Event, zone: ZoneInfo, labels: lb.Labels) -> dict[str, Any]:
    slide: dict[str, Any]
    if isinstance(event.start, dt.datetime):
        slide = {"start_date": _moment(event.start, zone)}
        if event.end != event.start:
            slide["end_date"] = _moment(event.end, zone)  # type: ignore[arg-type]  # timed
    else:
        slide = {"start_date": _date(event.start)}
        last = event.end - dt.timedelta(days=1)
        if last != event.start:
            slide["end_date"] = _date(last)
    slide["text"] = {"headline": html.escape(event.title), "text": _text(event, labels)}
    slide["group"] = labels.kinds[event.kind]
    slide["unique_id"] = event.id
    return slide


@attrs.frozen(kw_only=True)
class TimelineJsRenderer:
    """
    Renders a timeline as a TimelineJS 3 JSON document.

    Attributes:
        title: The title slide's headline; empty for no title slide, ``None``
            for the labels' own.
        lang: The labels' language (``zh``, ``en``); ``None`` follows the data.
    """

    title: str | None = None
    lang: str | None = attrs.field(default=None, validator=lb.check_lang)

    def __call__(self, timeline: Timeline, /) -> bytes:
        """Render ``timeline`` as UTF-8 JSON for ``new TL.Timeline(id, data)``."""
        labels = lb.labels_for(self.lang, timeline)
        title = labels.document if self.title is None else self.title
        document: dict[str, Any] = {}
        if title:
            document["title"] = {"text": {"headline": html.escape(title), "text": ""}}
        document["events"] = [_slide(e, timeline.zone, labels) for e in timeline]
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        return text.translate(_SCRIPT_SAFE).encode()


#: Characters that could end a ``<script>`` element (or a JavaScript string,
#: U+2028/9 in older engines) as ``\\u`` escapes; JSON reads them back as is.
_SCRIPT_SAFE: Final = {ord(c): f"\\u{ord(c):04x}" for c in "<>\u2028\u2029"}
