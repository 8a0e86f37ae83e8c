"""The printed verb forms: how a lead's verb part reads."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract import _verbs as verbs


@pytest.mark.parametrize(
    ("verb", "level"),
    [
        pytest.param("主持", verbs.ACTS, id="chairs"),
        pytest.param("来到", verbs.GOES, id="goes"),
        pytest.param("先后深入", verbs.GOES, id="goes-in-turn"),
        pytest.param("出席会议并强调", verbs.REMARKS, id="remarks"),
        pytest.param("致结束词", verbs.REMARKS, id="address-word"),
        pytest.param("在会上作重要讲话", verbs.MAIN_ADDRESS, id="main-address"),
    ],
)
def test_address(verb: str, level: int) -> None:
    """Going, acting, remarking and the main address are told apart by the verb part."""
    assert level == verbs.address(verb)


@pytest.mark.parametrize(
    "sentence",
    ["要加大宣传力度", "必须压实责任", "他强调,各地要落实", "她希望大家珍惜机遇"],
)
def test_reported_instructions(sentence: str) -> None:
    """Sentences that report what was asked for open with 要/必须 or 他/她 and a verb of saying."""
    assert verbs.EXHORTS.match(sentence) is not None


def test_a_report_is_no_instruction() -> None:
    """``要求`` opens a clause of its own; a name opens a report."""
    assert verbs.EXHORTS.match("要求各单位落实责任") is None
    assert verbs.EXHORTS.match("县长王明来到工地") is None


def _pieces(pattern: str) -> list[str]:
    """The runs of Chinese a verb part prints, each alone and split into characters."""
    runs = re.findall(r"[\u4e00-\u9fff]+", pattern)
    return [*sorted({*runs, *(c for run in runs for c in run)}), ",", "。", "1", "日", "午"]


@pytest.mark.parametrize(
    ("words", "gate"), [(words, gate) for words, gate, _, _ in verbs.SENTENCE_VERBS]
)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_verb_words_are_needed(
    words: frozenset[str], gate: re.Pattern[str], data: st.DataObject
) -> None:
    """Whenever a verb part matches, one of the words that let its scan run is there."""
    # (Text made of the verb part's own words matches it often.)
    text = "".join(data.draw(st.lists(st.sampled_from(_pieces(gate.pattern)), max_size=12)))
    if gate.search(text) is not None:
        assert any(word in text for word in words)
    assert words <= verbs.VERB_WORDS
