"""extract_text on anything a file may hold: events or ExtractError, never another exception."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from tests._fuzz import error_path, fuzz, outcome_of, regression_cases
from tests.strategies import hostile_text, mutated
from timeline import TimelineError
from timeline.extract import extract_text
from timeline.model import Event


def _page_seed() -> bytes:
    from tests._paths import SEED_PAGE  # noqa: PLC0415 - the conftest's own constant

    text = SEED_PAGE.read_text(encoding="utf-8")
    # Two reports are enough for the mutations and keep each example fast.
    return text[:3000].encode()


PAGE_SEEDS = (_page_seed(),)


def _extract(text: str) -> None:
    outcome = outcome_of(
        lambda: extract_text(text, published=dt.date(2020, 6, 3), document="fuzz.txt")
    )
    if not isinstance(outcome, TimelineError):
        assert all(isinstance(e, Event) for e in outcome.events)


@pytest.mark.slow
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

        text = outcome_of(lambda: decode(data, source="fuzz.txt"))
        if isinstance(text, str):
            _extract(text)

    @pytest.mark.parametrize("size", [1, 10_000, 200_000])
    def test_one_long_line(self, size):
        """A page that is one long line without punctuation fails or extracts quickly."""
        _extract("中" * size)


class TestFuzzRegressions:
    """Each kept ``extract-`` input from the fuzzers gives events or a TimelineError naming it."""

    @pytest.mark.parametrize("path", regression_cases("extract-"))
    def test_input(self, path):
        """The input extracts, with and without a publication date, or fails cleanly."""
        text = path.read_bytes().decode("utf-8", "replace")
        name = path.name
        outcomes = [
            error_path(
                lambda published=published: extract_text(text, published=published, document=name)
            )
            for published in (None, dt.date(2020, 6, 3))
        ]
        assert set(outcomes) <= {None, name}


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
        from timeline.extract._core import _sentences  # noqa: PLC0415 - private helper

        assert expected == [text[a:b] for a, b in _sentences(text)]


class TestCutPage:
    PAGE = "区里一周\n\n●6月1日,区长到甲社区调研,了解老旧小区改造情况。\n●6月2日,区长到乙村调研。\n"

    def test_last_item_cut_before_its_event(self) -> None:
        """A page that stops inside its last item's first clause: no event for it, and a warning."""
        result = extract_text(self.PAGE + "●6月3日,区", published=dt.date(2020, 6, 5))
        assert [1, 2] == [e.start.day for e in result.events]
        assert any("stops before its event is told" in w for w in result.warnings)

    def test_short_last_item_that_ends_its_sentence(self) -> None:
        """A short last item that ends its sentence is told in full: an event."""
        result = extract_text(self.PAGE + "●6月3日,区长开会。", published=dt.date(2020, 6, 5))
        assert [1, 2, 3] == [e.start.day for e in result.events]


class TestTitle:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "县人大代表视察城区学校建设\n"
                "6月3日,在全县教育大会召开前夕,县人大组织代表对城区学校建设进行了视察。\n",
                "县人大代表视察城区学校建设",
                id="time-word-前夕",
            ),
            pytest.param(
                "某镇开展春季植树活动\n6月3日,在植树节到来之际,某镇组织干部群众在河堤植树。\n",
                "某镇开展春季植树活动",
                id="time-word-之际",
            ),
            pytest.param(
                "某街道召开安全生产会\n6月3日,某街道召开安全生产工作会议。\n",
                "安全生产工作会议",
                id="named-event-kept",
            ),
            pytest.param(
                "某县召开安全生产会\n6月3日,副县长王某某到某镇调研。\n", "调研", id="bare-verb-kept"
            ),
        ],
    )
    def test_title(self, text: str, expected: str) -> None:
        """A title that names no event (a clause's time word) gives way to the headline."""
        result = extract_text(text, published=dt.date(2020, 6, 5))
        assert expected == result.events[0].title

    def test_title_evidence_follows_the_headline(self) -> None:
        """A title taken from the headline is evidenced by the headline."""
        text = (
            "县人大代表视察城区学校建设\n6月3日,在全县教育大会召开前夕,县人大组织代表进行了视察。\n"
        )
        result = extract_text(text, published=dt.date(2020, 6, 5))
        assert "县人大代表视察城区学校建设" == result.evidence[0]["title"].snippet

    @pytest.mark.parametrize(
        ("title", "expected"),
        [
            pytest.param("前夕", True, id="time-word"),
            pytest.param("昨日(", True, id="time-word-with-bracket"),
            pytest.param("连日来", True, id="days-on-end"),
            pytest.param("式", True, id="one-character"),
            pytest.param("3.", True, id="no-character"),
            pytest.param("摘要:", True, id="abstract-label"),
            pytest.param("浏览量:1 | | |", True, id="view-count"),
            pytest.param("【 打印 】", True, id="print-link"),
            pytest.param("“我们村的茶叶今年卖得好", True, id="quote-opened"),
            pytest.param("在植树节到来之际", True, id="dating-clause"),
            pytest.param(
                "县人大代表视察城区建设 语音播报:", False, id="headline-glued-to-furniture"
            ),
            pytest.param(":“今年的经营形势如何?", True, id="quote-after-its-speaker"),
            pytest.param("「交车仪式」", False, id="quote-closed"),
            pytest.param("在老党员王某某家中", True, id="place-frame"),
            pytest.param("在大会完成各项议程后", True, id="time-frame"),
            pytest.param("随着第一场考试的开考", True, id="ground-frame"),
            pytest.param("在雄壮的国歌声中,县人代会开幕", False, id="frame-then-event"),
            pytest.param("视察活动的方式", True, id="manner"),
            pytest.param("调研", False, id="bare-verb"),
            pytest.param("专题学习会", False, id="sitting"),
        ],
    )
    def test_names_no_event(self, title: str, *, expected: bool) -> None:
        """Time words, lone characters, page furniture and a quote's start name no event."""
        from timeline.extract._core import _names_no_event  # noqa: PLC0415 - private helper

        assert expected == _names_no_event(title)

    def test_lead_words_repeating_the_clause_keep_it(self) -> None:
        """Lead words that open with the title's own clause are no better title."""
        from timeline.extract._core import _chosen_title  # noqa: PLC0415 - private helper

        title = "根据县委关于换届工作的要求"
        assert (title, "title") == _chosen_title(title, "", title + ",今天各村开始选举")


class TestLead:
    def test_lead_goes_on_after_an_opening_quotation(self) -> None:
        """A 。 inside the quotation a report opens with ends no lead: the act after it is read."""
        text = "“今年的茶叶卖得特别好。”6月3日上午,副县长王某某带队到某镇调研茶产业发展情况。\n"
        event = extract_text(text, published=dt.date(2020, 6, 5)).events[0]
        assert ("inspection",) == tuple(k.value for k in event.kinds)
        assert event.summary.endswith("调研茶产业发展情况。")

    def test_unclosed_quotation_keeps_the_first_stop(self) -> None:
        """A quotation never closed in the paragraph leaves the lead at its first 。."""
        from timeline.extract._core import _lead  # noqa: PLC0415 - private helper

        assert "“大家好。" == _lead("“大家好。今天我们开会\n下一段。")

    def test_lead_words_after_a_time_word_replace_it(self) -> None:
        """A bare time word (连日来) gives way to the lead words it opens."""
        from timeline.extract._core import _chosen_title  # noqa: PLC0415 - private helper

        summary = "连日来,县领导分别深入各镇检查安全生产工作"
        assert (summary[:30], "summary") == _chosen_title("连日来", "连日来", summary)
