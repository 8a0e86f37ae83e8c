"""The seed page extracts to exactly the seed dataset, field by field."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs
import pytest

from timeline.extract import ExtractionResult, event_id, extract_text

if TYPE_CHECKING:
    import timeline

DOCUMENT = "000_827634933f63f40b.txt"
PUBLISHED = dt.date(2020, 6, 3)


@pytest.fixture(scope="module")
def result(seed_text: str) -> ExtractionResult:
    """The seed page, extracted with the dataset's publication date."""
    return extract_text(seed_text, published=PUBLISHED, document=DOCUMENT)


def _by_span(events: tuple[timeline.Event, ...]) -> dict[tuple[int, int] | None, timeline.Event]:
    return {e.source.span if e.source else None: e for e in events}


class TestSeedPage:
    def test_six_reports_no_warnings(self, result: ExtractionResult) -> None:
        """Every report of the seed page yields an event, with nothing assumed."""
        assert 6 == len(result.events)
        assert () == result.warnings

    def test_page_order(self, result: ExtractionResult) -> None:
        """Events come in page order."""
        spans = [e.source.span for e in result.events if e.source]
        assert sorted(spans) == spans

    @pytest.mark.parametrize(
        "field",
        [
            "title",
            "kinds",
            "start",
            "end",
            "summary",
            "participants",
            "delegations",
            "locations",
            "headcounts",
            "source",
        ],
    )
    def test_field_equals_dataset(
        self,
        result: ExtractionResult,
        seed_events: tuple[timeline.Event, ...],
        field: str,
    ) -> None:
        """Each field of each event equals the hand-written dataset."""
        got = _by_span(result.events)
        expected = _by_span(seed_events)
        assert expected.keys() == got.keys()
        for span, want in expected.items():
            assert getattr(want, field) == getattr(got[span], field), span

    def test_whole_events_equal_but_ids(
        self, result: ExtractionResult, seed_events: tuple[timeline.Event, ...]
    ) -> None:
        """With the dataset's ids swapped in, the events are equal as values."""
        got = _by_span(result.events)
        expected = _by_span(seed_events)
        assert expected == {k: attrs.evolve(got[k], id=v.id) for k, v in expected.items()}

    def test_ids_follow_the_rule(
        self, result: ExtractionResult, seed_events: tuple[timeline.Event, ...]
    ) -> None:
        """Ids are date, main kind and a hash of the title, computed from the dataset too."""
        got = _by_span(result.events)
        for span, want in _by_span(seed_events).items():
            assert event_id(want.start, want.kinds, want.title) == got[span].id

    def test_evidence_points_into_the_page(self, result: ExtractionResult, seed_text: str) -> None:
        """Every fact's evidence span holds its snippet in the page (joined line breaks aside)."""
        for evidence in result.evidence:
            for path, ev in evidence.items():
                printed = seed_text[ev.start : ev.end]
                joined = "".join(printed.split("\n"))
                assert ev.snippet == joined[: len(ev.snippet)], path

    def test_evidence_names_each_participant(
        self, result: ExtractionResult, seed_text: str
    ) -> None:
        """A participant's evidence is the printed name."""
        for event, evidence in zip(result.events, result.evidence, strict=True):
            for i, p in enumerate(event.participants):
                ev = evidence[f"participants[{i}]"]
                assert p.person.name == seed_text[ev.start : ev.end]

    def test_every_fact_has_evidence(self, result: ExtractionResult) -> None:
        """Each extracted field and list item has its evidence."""
        for event, evidence in zip(result.events, result.evidence, strict=True):
            expected = {"start", "end", "title", "kinds", "summary", "source.headline"}
            for name in ("participants", "delegations", "locations", "headcounts"):
                expected |= {f"{name}[{i}]" for i in range(len(getattr(event, name)))}
            byline = event.source.byline if event.source else ()
            expected |= {f"source.byline[{i}]" for i in range(len(byline))}
            assert expected == set(evidence)

    def test_summary_evidence_spans_a_line_break(self, result: ExtractionResult) -> None:
        """Evidence of the study report's title sits right after its dateline."""
        study = next(e for e in result.events if e.has_kind("study"))
        ev = result.evidence[result.events.index(study)]["title"]
        assert study.title == ev.snippet
