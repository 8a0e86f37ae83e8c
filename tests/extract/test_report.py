"""One report's facts: its sentences and its lead sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract_text


class TestSentences:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "会上讲话.区委书记就此强调。", ["会上讲话.", "区委书记就此强调。"], id="latin-stop"
            ),
            pytest.param("共2.6万人参加。", ["共2.6万人参加。"], id="decimal"),
            pytest.param("登录www.example.cn查看。", ["登录www.example.cn查看。"], id="latin-word"),
            pytest.param("甲。乙!丙\n丁", ["甲。", "乙!", "丙\n", "丁"], id="chinese-stops"),
        ],
    )
    def test_sentence_ends(self, text: str, expected: list[str]) -> None:
        """A Latin full stop between Chinese characters ends a sentence; in a number it does not."""
        from timeline.extract._report import _sentences  # noqa: PLC0415 - private helper

        assert expected == [text[a:b] for a, b in _sentences(text)]


class TestLead:
    def test_lead_goes_on_after_an_opening_quotation(self) -> None:
        """A 。 inside the quotation a report opens with ends no lead: the act after it is read."""
        text = "“今年的茶叶卖得特别好。”6月3日上午,副县长王某某带队到某镇调研茶产业发展情况。\n"
        event = extract_text(text, published=dt.date(2020, 6, 5)).events[0]
        assert ("inspection",) == tuple(k.value for k in event.kinds)
        assert event.summary.endswith("调研茶产业发展情况。")

    def test_unclosed_quotation_keeps_the_first_stop(self) -> None:
        """A quotation never closed in the paragraph leaves the lead at its first 。."""
        from timeline.extract._report import _lead  # noqa: PLC0415 - private helper

        assert "“大家好。" == _lead("“大家好。今天我们开会\n下一段。")
