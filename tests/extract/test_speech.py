"""Paragraphs that tell what was said or decided."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract import _speech
from timeline.extract._places import find_tour
from timeline.extract._speech import opens_business, opens_speech


class TestSpeech:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("县长王明强调,要深入到东山村、西山村了解民情", [], id="after-speaker"),
            pytest.param(
                "王明来到东山村,他表示,明年还将率队赴西山村", ["东山村"], id="before-speaker"
            ),
            pytest.param(
                "按照要求,检查组先后到东山村、西山村检查",
                ["东山村", "西山村"],
                id="requirement-no-speaker",
            ),
            pytest.param("王明来到被俗称“小香港”的东山镇调研", ["东山镇"], id="list-over-the-verb"),
            pytest.param(
                "按照上级总体要求,检查组先后到东山村、西山村检查",
                ["东山村", "西山村"],
                id="a-requirement-named",
            ),
        ],
    )
    def test_lists_in_what_was_said(self, text: str, expected: list[str]) -> None:
        """A speaker's words name no stop; a stop before the speaker's verb stays."""
        assert expected == [p.name for p in find_tour(text)]

    def test_said_paragraph_keeps_venues(self) -> None:
        """In a paragraph of what was said, going verbs name no stop; a venue still does."""
        assert [] == find_tour("要先后到东山村、西山村走访群众", said=True)
        venues = find_tour("今天在东山村活动中心及西山小学办理投票", said=True)
        assert ["东山村活动中心", "西山小学"] == [p.name for p in venues]

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("会议指出,要深入基层", True),
            ("区委副书记、区长王明强调:要走进东山村", True),
            ("王明来到东山村,他强调,要抓好落实", False),
            ("根据工作要求,王明来到东山村", False),
            ("按照县委统一要求,各镇干部深入到东山村", False),
            ("6月1日,王明一行来到东山村", False),
        ],
    )
    def test_opens_speech(self, sentence: str, *, expected: bool) -> None:
        """Only a sentence opening with a speaker's clause opens a paragraph of speech."""
        assert expected == opens_speech(sentence)

    def test_speech_paragraph_in_a_report(self) -> None:
        """A later paragraph opening with what a leader said adds no stop to the tour."""
        import datetime as dt  # noqa: PLC0415 - only this test needs dates

        from timeline.extract import extract_text  # noqa: PLC0415 - the pipeline under test

        page = (
            "标题\n\n本报讯 6月1日,县长王明来到东山村调研。\n"
            "王明指出,各镇要抓好农业生产。要深入到西山村、南山村了解民情。\n"
        )
        (event,) = extract_text(page, published=dt.date(2020, 6, 3)).events
        assert ["东山村"] == [loc.name for loc in event.locations]


class TestMeetingBusiness:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("会议听取了调研组赴东山村调研情况的汇报", True),
            ("全会决定,第二次全体会议于7月召开", True),
            ("会议还审议通过了相关决定", True),
            ("会议在县行政中心召开", False),
            ("会后,代表们来到东山村", False),
        ],
    )
    def test_opens_business(self, sentence: str, *, expected: bool) -> None:
        """A sentence whose subject is the meeting doing its business opens such a paragraph."""
        assert expected == opens_business(sentence)

    def test_business_paragraph_in_a_report(self) -> None:
        """The places a meeting heard of or decided on are topics, not its venue."""
        import datetime as dt  # noqa: PLC0415 - only this test needs dates

        from timeline.extract import extract_text  # noqa: PLC0415 - the pipeline under test

        page = (
            "标题\n\n本报讯 6月1日,县政协在县行政中心召开常委会议。\n"
            "会议听取了调研组先后到东山村、西山村调研情况的汇报。"
            "全会决定,第二次全体会议于7月在县人民会堂召开。\n"
        )
        (event,) = extract_text(page, published=dt.date(2020, 6, 3)).events
        assert ["县行政中心"] == [loc.name for loc in event.locations]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("会议听取了工作汇报。", True, id="heard"),
        pytest.param("\u3000\u3000全会决定,", True, id="after-ideographic-spaces"),
        pytest.param("大会审议通过了报告。", True, id="passed"),
        pytest.param("会上听取了汇报。", False, id="at-the-meeting"),
        pytest.param("县长听取了汇报。", False, id="a-person"),
    ],
)
def test_opens_business(sentence: str, *, expected: bool) -> None:
    """A meeting as the subject of its business, whatever spaces open the sentence."""
    assert expected == opens_business(sentence)


def _old_speaker_verb(text: str, end: int) -> re.Match[str] | None:
    """``speaker_verb`` as it was, over an iterator of the verbs (kept to compare)."""
    for m in itertools.islice(_speech._SAID.finditer(text, 0, end), _speech._MAX_SPEAKERS):
        start = max(text.rfind(c, 0, m.start()) for c in ",;:。") + 1
        if text[m.start() - 1 : m.start()] not in ("的", "作", "了") and not (
            _speech._AS_A_THING.search(text, start, m.start())
        ):
            return m
    return None


_SAID_PIECES = [
    "指出", "强调", "強調", "要求", "表示", "说", "說", "称", "稱", "简称", "又稱", ",", ":", "“",
    '"', "的", "作", "了", "按照", "据", "对", "县长", "张三", "。", ";", "会议",
]  # fmt: skip


@settings(max_examples=500)
@given(
    st.lists(st.sampled_from(_SAID_PIECES), max_size=16).map("".join),
    st.integers(min_value=0, max_value=60),
)
def test_speaker_verb_searched_match_by_match_finds_the_same(text: str, end: int) -> None:
    """Searching verb after verb finds the verb the iterator over them found."""
    old = _old_speaker_verb(text, end)
    new = _speech.speaker_verb(text, end)
    assert (old and old.span()) == (new and new.span())


@pytest.mark.parametrize(
    "text",
    [
        "县长张三指出,要抓好落实。",
        "按照要求,县长张三强调:抓好落实。",
        "按照要求,的表示,对说,县长张三说:好。",
        "按照要求,的表示,对说,作称,县长张三说:好。",
        "他的说,了说:没有。",
    ],
)
def test_speaker_verb_after_verbs_that_are_none(text: str) -> None:
    """Verbs of no speaker (的要求, 按照…要求) are passed over, up to three."""
    old = _old_speaker_verb(text, len(text))
    new = _speech.speaker_verb(text, len(text))
    assert (old and old.span()) == (new and new.span())
