"""Fixtures shared by the iCalendar tests."""

from __future__ import annotations

import pytest

import timeline
from timeline.ics import to_ics


@pytest.fixture(scope="module")
def own_feed() -> bytes:
    """Two seed events as our exporter writes them."""
    return to_ics(timeline.seed_events()[:2])
