"""
Renderers: a timeline into text for people and machines.

Each format is one module behind the [`Renderer`][timeline.Renderer] protocol: a
configured callable that takes a [`Timeline`][timeline.Timeline] and returns
bytes, identical for identical input.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from timeline.timeline import Timeline

__all__ = [
    "HtmlRenderer",
    "JsonRenderer",
    "MarkdownRenderer",
    "Renderer",
    "TextRenderer",
    "TimelineJsRenderer",
]


class Renderer(Protocol):
    """
    Turns a timeline into the bytes of one output format.

    Renderers are frozen attrs classes configured by keyword (``width``,
    ``color``, ``title``) and called with the timeline, like structlog's
    processors: configure once, call many times. The same input always gives
    the same bytes; nothing reads the clock, the host zone or the terminal.
    """

    def __call__(self, timeline: Timeline, /) -> bytes:
        """Render ``timeline``."""
        ...


# Imported after the protocol: each module needs ``timeline.render`` itself.
from timeline.render.html import HtmlRenderer  # noqa: E402
from timeline.render.json import JsonRenderer  # noqa: E402
from timeline.render.markdown import MarkdownRenderer  # noqa: E402
from timeline.render.text import TextRenderer  # noqa: E402
from timeline.render.timelinejs import TimelineJsRenderer  # noqa: E402
