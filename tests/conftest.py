"""Shared fixtures: the seed page and its timeline, and the hypothesis profiles."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

import timeline
from tests._paths import SEED_PAGE

settings.register_profile(
    "default", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("quick", max_examples=20, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--regen-golden`` to rewrite golden files instead of comparing."""
    parser.addoption(
        "--regen-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/* from the current output (review the diff!)",
    )


@pytest.fixture(scope="session")
def regen_golden(request: pytest.FixtureRequest) -> bool:
    """Whether golden files are to be rewritten."""
    return bool(request.config.getoption("--regen-golden"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed news page, as the user gave it."""
    return SEED_PAGE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_events() -> tuple[timeline.Event, ...]:
    """The bundled seed dataset's events, in file order."""
    return timeline.seed_events()


@pytest.fixture(scope="session")
def seed_timeline(seed_events: tuple[timeline.Event, ...]) -> timeline.Timeline:
    """The seed dataset as a timeline, in its own zone (the reports are in Zhengzhou)."""
    return timeline.Timeline(seed_events, zone=timeline.SHANGHAI)
