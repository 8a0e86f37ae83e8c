"""
Extraction on real reports (``tests/data/real``): floors under the measured scores.

The corpus and its annotation rules are described in ``docs/extract.md``;
``benchmarks/extract_quality.py`` prints the full tables. The floors sit a
little under the scores recorded there, so a regression fails while a rule
change that helps one page and costs another nothing does not.
"""

from __future__ import annotations

import tomllib

import pytest

from tests._paths import BENCHMARKS, DATA, load_script
from timeline.extract import extract_text

REAL = DATA / "real"


QUALITY = load_script(BENCHMARKS / "extract_quality.py")
SCORES = {split: QUALITY.score_real(REAL / split)[0] for split in ("train", "test")}

#: Macro F1 floors per split, about 0.03 under the scores in docs/extract.md.
MACRO_FLOORS = {"train": 0.92, "test": 0.83}
#: Per-field floors on the untouched test split, about 0.03 under the scores.
TEST_FIELD_FLOORS = {
    "date": 0.87,
    "kinds": 0.87,
    "lead_names": 0.84,
    "lead_titles": 0.82,
    "accompanies": 0.89,
    "locations": 0.71,
    "headcount": 0.74,
    "byline": 0.88,
}


def _pages(split: str) -> list[tuple[str, dict[str, object], str]]:
    return [
        (
            p.stem,
            tomllib.loads(p.read_text(encoding="utf-8")),
            p.with_suffix(".txt").read_text(encoding="utf-8"),
        )
        for p in sorted((REAL / split).glob("*.toml"))
    ]


class TestRealCorpus:
    """The corpus itself."""

    def test_size_and_spread(self) -> None:
        """At least 100 reports from 50 hosts, 30 of them in the untouched test split."""
        pages = _pages("train") + _pages("test")
        assert len(pages) >= 100
        assert len({gold["site"] for _, gold, _ in pages}) >= 50
        assert len(_pages("test")) >= 30

    def test_required_shapes(self) -> None:
        """10 multi-item pages, 10 traditional-script pages, 20 web articles without a marker."""
        golds = [gold for _, gold, _ in _pages("train") + _pages("test")]
        assert sum(g["form"] == "digest" for g in golds) >= 10
        assert sum(g["script"] == "hant" for g in golds) >= 10
        assert sum(g["form"] == "web" for g in golds) >= 20


class TestRealScores:
    """Per-split quality floors."""

    @pytest.mark.parametrize("split", ["train", "test"])
    def test_macro_f1_floor(self, split: str) -> None:
        """The macro F1 over the eight fields stays above its floor."""
        assert QUALITY.macro_f1(SCORES[split]) >= MACRO_FLOORS[split]

    @pytest.mark.parametrize("field", QUALITY.REAL_FIELDS)
    def test_no_field_below_its_floor(self, field: str) -> None:
        """No field of the test split falls below its floor."""
        assert SCORES["test"][field][2] >= TEST_FIELD_FLOORS[field]


class TestEveryPage:
    """What a user with a folder of real pages gets."""

    @pytest.mark.parametrize("split", ["train", "test"])
    def test_an_event_or_a_reason(self, split: str) -> None:
        """Every real page yields at least one event, or a warning saying why not."""
        results = {name: extract_text(text, document=name) for name, _, text in _pages(split)}
        silent = [name for name, r in results.items() if not (r.events or r.warnings)]
        assert [] == silent
