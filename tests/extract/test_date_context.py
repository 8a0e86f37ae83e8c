"""The words around a date: how long the event lasts (``为期3天``, ``四天三夜``)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract import _date_context
from timeline.extract._date_context import lasting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("将开展为期两天的视察调研活动", 2),
        ("培训为期8天", 8),
        ("研学之旅四天三夜", 4),
        # The length told in other words: 持续, 历时, 接连, 接下来的N天.
        ("比赛将持续两天", 2),
        ("举办历时5天的山歌比赛", 5),
        ("接连3天的换届选举", 3),
        ("在接下来的9天时间里,各队将角逐12个项目", 9),
        # A drought or a run already behind the report is no event's length.
        ("全县已持续20天无有效降雨", None),
        # Days named otherwise are no length: 当天, and no 天 at all.
        ("当天下午召开会议", None),
        ("会期两日", None),
    ],
)
def test_lasting(text: str, expected: int | None) -> None:
    """A length of days is read from 为期N天, its synonyms and N天M夜 only."""
    assert lasting(text) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        pytest.param(8, None, id="another-day-of-the-run"),
        pytest.param(5, 4, id="the-run-opens-on-the-day"),
        pytest.param(None, 4, id="no-day-known"),
    ],
)
def test_a_run_counted_from_a_day_of_its_own(day: int | None, expected: int | None) -> None:
    """``5日起一连四天``: the run's length, the event's only when the event is on its first day."""
    assert expected == lasting("县领导5日起一连四天走访各镇。", day)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("县领导二十五日起一连四天走访各镇。", id="chinese-numerals"),
        pytest.param("县领导25号起一连四天走访各镇。", id="hao"),
        pytest.param("县领导25日起,一连四天走访各镇。", id="comma"),
        pytest.param("县领导从25日开始一连四天走访各镇。", id="kaishi"),
        pytest.param("某部于9月25日启动了为期四天的走访活动。", id="started"),
        pytest.param("本届运动会从9月25日开赛,历时四天。", id="opened"),
    ],
)
def test_a_run_s_own_day_in_any_form(text: str) -> None:
    """``二十五日起``, ``25号起``, ``25日起,``, ``从25日开始``: the run's own first day."""
    assert lasting(text, 28) is None
    assert lasting(text, 25) == 4


def test_a_run_told_by_its_first_and_last_day() -> None:
    """``从5日起至7日召开,为期3天``: a run that names the event's day is the event's."""
    assert lasting("临时会从5日起至7日召开,为期3天。", 5) == 3


def test_a_day_in_the_sentence_before_is_no_run_s() -> None:
    """A day told in the sentence before the length opens no run of its own."""
    assert lasting("县领导25日到某镇调研。为期四天的活动随后展开。", 28) == 4


#: The lasting's pattern as first written: a look ahead at its first
#: character, then its branches, the match running to the lasting's end.
_LASTING_AS_WRITTEN = re.compile(
    r"(?=[\d为一持历接访考出调二两三四五六七八九十])"
    r"(?:(?:为期|一连|(?<!已)(?<!已经)持续了?|历时|接连|接下来的"
    r"|(?:访问|考察|出访|调研)(?=\d{1,2}天|[一二两三四五六七八九十]{1,2}天))"
    r"(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,2})天"
    r"|(?P<n2>[一二两三四五六七八九十]{1,2}|\d{1,2})天[一二两三四五六七八九十\d]{1,2}夜)"
)
#: Phrases a lasting may be told in, built piece by piece.
_LASTING_PHRASES = st.tuples(
    st.sampled_from(["", "某", "已", "已经", "为期", "一连", "持续", "历时", "接连", "接下来的"]),
    st.sampled_from(["", "访问", "调研", "了", "为期"]),
    st.sampled_from(["", "3", "12", "两", "十", "一", "123"]),
    st.sampled_from(["", "天", "日"]),
    st.sampled_from(["", "三", "2", "十一"]),
    st.sampled_from(["", "夜", ","]),
).map("".join)


@given(st.lists(_LASTING_PHRASES, max_size=5), st.integers(0, 6))
def test_the_lasting_opening_on_its_first_characters_reads_as_written(
    phrases: list[str], pos: int
) -> None:
    """The first lasting (from ``pos``, within a reach) starts where it did, with its count."""
    text = "".join(phrases)

    def read(m: re.Match[str] | None) -> tuple[int, str | None, str | None] | None:
        return None if m is None else (m.start(), m["n"], m["n2"])

    for args in ((text,), (text, pos, pos + 8)):
        assert read(_LASTING_AS_WRITTEN.search(*args)) == read(_date_context._LASTING.search(*args))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("某为期3天", (1, "3", None)),
        ("已持续20天", None),
        ("将持续了两天", (1, "两", None)),
        ("四天三夜", (0, None, "四")),
        ("访问5天", (0, "5", None)),
        ("在接下来的9天", (1, "9", None)),
        ("已经持续20天", None),
        ("某3天2夜", (1, None, "3")),
        ("12天十一夜", (0, None, "12")),
    ],
)
def test_each_lasting_form_reads_as_written(
    text: str, found: tuple[int, str | None, str | None] | None
) -> None:
    """Each branch: where the lasting starts, and its count."""
    m = _date_context._LASTING.search(text)
    assert found == (None if m is None else (m.start(), m["n"], m["n2"]))
    w = _LASTING_AS_WRITTEN.search(text)
    assert found == (None if w is None else (w.start(), w["n"], w["n2"]))
