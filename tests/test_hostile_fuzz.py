"""
Property-based fuzzing of every reader: succeed, or raise TimelineError.

Three readers take files users did not write: the data loader
(``timeline.loads``), the iCalendar reader (``timeline.ics.from_ics``) and
the news-page extractor (``timeline.extract.extract_text``). Each gets
arbitrary bytes and text, and valid documents damaged by the mutations of
``strategies.mutated`` (byte flips, lost, doubled and swapped lines, cuts,
splices, stray tokens). Any exception that is not a
:class:`~timeline.TimelineError` fails the test.

Examples per test: ``FUZZ_FACTOR`` times the profile's ``max_examples``,
that is 300 under ``default``, 900 under ``ci`` and 60 under ``quick``;
with 12 property tests that is 3600 inputs per default run (about 20 s).
The coverage-guided counterpart is under ``fuzz/`` (atheris).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

import timeline
from tests.strategies import hostile_bytes, hostile_text, ics_like, mutated
from tests.test_fuzz_regressions import is_known_bug
from timeline import TimelineError
from timeline.extract import extract_text
from timeline.ics import from_ics
from timeline.model import Event

_T = TypeVar("_T")

#: Each fuzz test runs this many times the profile's examples.
FUZZ_FACTOR = 3

fuzz = settings(
    max_examples=FUZZ_FACTOR * settings().max_examples,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_SEED = timeline.seed_events()
DATA_SEEDS = (
    timeline.dumps(_SEED[:2], format="toml"),
    timeline.dumps(_SEED[:2], format="json"),
)
ICS_SEEDS = (
    timeline.to_ics(_SEED[:2]),
    (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nX-WR-TIMEZONE:Asia/Shanghai\r\n"
        b"BEGIN:VEVENT\r\nUID:a@b\r\nDTSTART:20200525T090000\r\nDURATION:PT1H\r\n"
        b"SUMMARY:Review\\, room 3\r\nORGANIZER;CN=Li:mailto:li@example.com\r\n"
        b"ATTENDEE;CN=Han;ROLE=CHAIR:mailto:han@example.com\r\n"
        b"CATEGORIES:meeting,Business\r\nLOCATION:Room 3\r\nRRULE:FREQ=WEEKLY;COUNT=2\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    ),
)
WINDOW = (dt.date(2020, 1, 1), dt.date(2020, 12, 31))


def _page_seed() -> bytes:
    from tests._paths import SEED_PAGE  # noqa: PLC0415 - the conftest's own constant

    text = SEED_PAGE.read_text(encoding="utf-8")
    # Two reports are enough for the mutations and keep each example fast.
    return text[:3000].encode()


PAGE_SEEDS = (_page_seed(),)


def _outcome(call: Callable[[], _T]) -> _T | TimelineError:
    """The result of ``call``, or the TimelineError it raised.

    Any other exception fails the test, unless it is an open bug listed in
    ``test_fuzz_regressions.KNOWN_BUGS`` (pinned there as a strict xfail):
    then the example is rejected so the search goes on for new bugs.
    """
    try:
        return call()
    except TimelineError as exc:
        return exc
    except Exception as exc:
        if is_known_bug(exc):
            reject()
        raise


def _load(data: bytes | str, fmt: str) -> tuple[Event, ...] | None:
    outcome = _outcome(lambda: timeline.loads(data, format=fmt, path=f"fuzz.{fmt}"))  # type: ignore[arg-type]
    if isinstance(outcome, TimelineError):
        assert f"fuzz.{fmt}" == outcome.path
        return None
    return outcome


def _read_ics(data: bytes, *, expand: tuple[dt.date, dt.date] | None = None) -> None:
    outcome = _outcome(lambda: from_ics(data, source="fuzz.ics", expand=expand))
    if isinstance(outcome, TimelineError):
        assert "fuzz.ics" == outcome.path
        return
    # Whatever was read is a valid model that exports again.
    assert isinstance(timeline.to_ics(outcome), bytes)


def _extract(text: str) -> None:
    outcome = _outcome(
        lambda: extract_text(text, published=dt.date(2020, 6, 3), document="fuzz.txt")
    )
    if not isinstance(outcome, TimelineError):
        assert all(isinstance(e, Event) for e in outcome.events)


class TestDataLoaderFuzz:
    """``timeline.loads`` on anything: events or DataFileError."""

    @fuzz
    @given(hostile_bytes, st.sampled_from(["toml", "json"]))
    def test_bytes(self, data, fmt):
        """Arbitrary bytes never raise anything but TimelineError."""
        _load(data, fmt)

    @fuzz
    @given(hostile_text, st.sampled_from(["toml", "json"]))
    def test_text(self, text, fmt):
        """Arbitrary text (surrogates and controls included) likewise."""
        _load(text, fmt)

    @fuzz
    @given(mutated(DATA_SEEDS[:1]))
    def test_mutated_toml(self, data):
        """A damaged TOML data file loads or fails cleanly."""
        _load(data, "toml")

    @fuzz
    @given(mutated(DATA_SEEDS[1:]))
    def test_mutated_json(self, data):
        """A damaged JSON data file loads or fails cleanly."""
        _load(data, "json")

    @fuzz
    @given(mutated(DATA_SEEDS))
    def test_loaded_saves(self, data):
        """Whatever loads also saves and loads back equal."""
        for fmt in ("toml", "json"):
            events = _load(data, fmt)
            if events is not None:
                assert events == timeline.loads(timeline.dumps(events, format=fmt), format=fmt)


class TestIcsReaderFuzz:
    """``timeline.ics.from_ics`` on anything: events or IcsReadError."""

    @fuzz
    @given(hostile_bytes)
    def test_bytes(self, data):
        """Arbitrary bytes never raise anything but TimelineError."""
        _read_ics(data)

    @fuzz
    @given(ics_like())
    def test_calendar_shaped(self, data):
        """Calendar-shaped lines with hostile values, with and without expansion."""
        _read_ics(data)
        _read_ics(data, expand=WINDOW)

    @fuzz
    @given(mutated(ICS_SEEDS[:1]))
    def test_mutated_own_feed(self, data):
        """A damaged feed of ours reads or fails cleanly."""
        _read_ics(data)

    @fuzz
    @given(mutated(ICS_SEEDS[1:]))
    def test_mutated_foreign_feed(self, data):
        """A damaged foreign feed (floating times, RRULE, attendees) likewise."""
        _read_ics(data, expand=WINDOW)


class TestExtractFuzz:
    """``timeline.extract.extract_text`` on anything: events or ExtractError."""

    @fuzz
    @given(hostile_text)
    def test_text(self, text):
        """Arbitrary text never raises anything but TimelineError."""
        _extract(text)

    @fuzz
    @given(mutated(PAGE_SEEDS))
    def test_mutated_page(self, data):
        """A damaged news page (decoded leniently) extracts or fails cleanly."""
        _extract(data.decode("utf-8", "replace"))

    @fuzz
    @given(mutated(PAGE_SEEDS))
    def test_mutated_page_bytes(self, data):
        """The file path: decoding damaged bytes fails cleanly too."""
        from timeline.extract import decode  # noqa: PLC0415 - next to its use

        text = _outcome(lambda: decode(data, source="fuzz.txt"))
        if isinstance(text, str):
            _extract(text)

    @pytest.mark.parametrize("size", [1, 10_000, 200_000])
    def test_one_long_line(self, size):
        """A page that is one long line without punctuation fails or extracts quickly."""
        _extract("中" * size)
