"""The printed verb forms: how a lead's verb part reads."""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _parser as sre_parser
from typing import Any, Final

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract import _subject
from timeline.extract import _verb_parts as verb_parts
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


def _opening(items: Iterable[tuple[object, Any]]) -> tuple[set[str], bool] | None:
    """
    The characters a match of parsed pattern items can open with, and whether it can be empty.

    None when it can open with any character (a negated class, ``.``).
    """
    chars: set[str] = set()
    for op, av in items:
        got = _opening_one(str(op), av)
        if got is None:
            return None
        chars |= got[0]
        if not got[1]:
            return chars, False
    return chars, True


def _opening_one(op: str, av: Any) -> tuple[set[str], bool] | None:  # noqa: C901, PLR0911 - one per op
    if op == "LITERAL":
        return {chr(av)}, False
    if op in {"ASSERT", "ASSERT_NOT", "AT"}:
        return set(), True  # consumes nothing
    if op == "IN":
        chars = set()
        for kind, arg in av:
            if str(kind) == "LITERAL":
                chars.add(chr(arg))
            elif str(kind) == "RANGE":
                chars |= {chr(c) for c in range(arg[0], arg[1] + 1)}
            else:
                return None
        return chars, False
    if op == "BRANCH":
        chars, empty = set(), False
        for alternative in av[1]:
            got = _opening(alternative)
            if got is None:
                return None
            chars |= got[0]
            empty = empty or got[1]
        return chars, empty
    if op == "SUBPATTERN":
        return _opening(av[3])
    if op in {"MAX_REPEAT", "MIN_REPEAT"}:
        got = _opening(av[2])
        return None if got is None else (got[0], got[1] or av[0] == 0)
    return None


_LED = re.compile(r"\(\?=\[(?P<opens>[^\]]+)\]\)(?P<rest>.*)", re.DOTALL)


@pytest.mark.parametrize(
    "pattern",
    [
        *(pytest.param(verb, id=f"verb-{words}") for verb, _, words in verb_parts.VERB_PARTS),
        pytest.param(_subject._MAIN_VERB.pattern, id="main-verb"),
        pytest.param(_subject._SUBJECT_CUT.pattern, id="subject-cut"),
    ],
)
def test_led_patterns_open_as_their_lookahead_says(pattern: str) -> None:
    """A pattern led by a lookahead on its opening characters can open with no other one."""
    led = _LED.fullmatch(pattern)
    if led is None:
        return
    # (The standard library's own parse of the pattern: what each match can open with.)
    opening = _opening(sre_parser.parse(led["rest"]))
    assert opening is not None
    chars, empty = opening
    assert not empty
    assert set() == chars - set(led["opens"])


@pytest.mark.parametrize(
    ("words", "verb"),
    [(words, verb) for verb, _, words in verb_parts.VERB_PARTS if _LED.fullmatch(verb)],
)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_a_lead_changes_no_match(words: str, verb: str, data: st.DataObject) -> None:
    """A verb part and its clause match the same text at the same place, led or not."""
    plain = _LED.fullmatch(verb)
    assert plain is not None
    text = "".join(data.draw(st.lists(st.sampled_from(_pieces(verb)), max_size=12)))
    for with_lead, without in (
        (verb, plain["rest"]),
        (verbs.WHO + verb, verbs.WHO + plain["rest"]),
    ):
        found = re.search(with_lead, text)
        expected = re.search(without, text)
        assert (expected and (expected.span(), expected.groupdict())) == (
            found and (found.span(), found.groupdict())
        ), words


_WORD_PIECES = sorted(
    set(verbs.VERB_WORDS)
    | {w[1:] for w in verbs.VERB_WORDS if len(w) > 1}
    | {w[:-1] for w in verbs.VERB_WORDS if len(w) > 1}
    | set("的在,")
)


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=12).map("".join))
def test_live_verbs_are_those_whose_words_the_sentence_holds(sentence: str) -> None:
    """One scan finds the parts of every word held, overlapping ones too (宣讲话, 点评分)."""
    expected = [item for item in verbs.SENTENCE_VERBS if any(w in sentence for w in item[0])]
    assert verbs.live_verbs(sentence) == expected


def test_overlapping_verb_words_are_both_read() -> None:
    """宣讲话: the scan takes 宣讲 and must not lose 讲话 opening inside it."""
    parts = verbs.live_verbs("书记宣讲话题")
    assert any("讲话" in words for words, _, _, _ in parts)
    assert any("宣讲" in words for words, _, _, _ in parts)


#: Parts of made-up sentences: verbs, people, chronicle days, breaks, long clauses.
_SENTENCE_PARTS: Final = (
    *("县长", "王明", "出席", "参加", "主持", "陪同", "调研", "来到", "讲话", "要求"),
    *("15日", "4月", "16-17日", " ", "\u3000", ",", ":", "。", "并", "在", "会议"),
    *("某某镇某某村" * 4, "的"),
)


class TestWhoStart:
    """A role pattern searched from ``who_start`` finds what it finds from the start."""

    @settings(max_examples=300)
    @given(
        st.lists(
            st.sampled_from(_SENTENCE_PARTS),
            max_size=40,
        )
    )
    def test_same_match(self, parts: list[str]) -> None:
        """Every verb part's match, its groups and span, is the same from there."""
        sentence = "".join(parts)
        for _, gate, pattern, _ in verbs.SENTENCE_VERBS:
            first = gate.search(sentence)
            if first is None:
                continue
            whole = pattern.search(sentence)
            bounded = pattern.search(sentence, verbs.who_start(sentence, first.start()))
            assert (whole is None) == (bounded is None)
            if whole is not None and bounded is not None:
                assert whole.span() == bounded.span()
                assert whole.span("who") == bounded.span("who")
