"""
Renderers: a timeline into text for people and machines.

Each format is one module behind the :class:`Renderer` protocol: a
configured callable that takes a :class:`~timeline.Timeline` and returns
bytes, identical for identical input.
"""

from __future__ import annotations

from typing import Protocol

from timeline.timeline import Timeline

__all__ = ["Renderer"]


class Renderer(Protocol):
    """Turns a timeline into the bytes of one output format."""

    def __call__(self, timeline: Timeline, /) -> bytes:
        """Render ``timeline``."""
        ...
