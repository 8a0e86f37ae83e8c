"""What opens a clause before its people (会议由, 会上, 的) and what closes them (等一行, 9时)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract import _clause_edges
from timeline.extract._clause_edges import opening

#: Pieces of clauses: openers, 的 and 分管, people, punctuation.
_CLAUSE_PIECES = [
    *("会议", "由", "邀请", "会上", "现场", "随后", "其中", "第一项", "是", "经", "首先"),
    *("的", "分管", "主管", "安全生产", "副乡长", "王明", "区长", "李红"),
    *(",", "、", "\n", "等"),
]


class TestOpener:
    @pytest.mark.parametrize(
        ("clause", "opener"),
        [
            pytest.param("会议由县委书记赵文明主持", "会议由", id="chaired-by"),
            pytest.param("分管安全生产的副乡长王明", "", id="post-with-de"),
            pytest.param("县领导的陪同", "县领导的", id="de"),
            pytest.param("区长王明", None, id="none"),
            pytest.param("经县委研究同意", "经", id="by-approval"),
            pytest.param("经济开发区管委会主任王明", None, id="economic-zone"),
            pytest.param("经信局局长王明", None, id="economy-bureau"),
            pytest.param("经县政府批准", "经", id="by-permission"),
            pytest.param("经侦大队大队长钱多", None, id="fraud-squad"),
            pytest.param("经营户代表钱多", None, id="traders"),
        ],
    )
    def test_opener(self, clause: str, opener: str | None) -> None:
        """What opens a clause before its people: an opener, or what a 的 closes."""
        found = _clause_edges.modifier(clause)
        assert opener == (found.group() if found is not None else None)

    @settings(max_examples=300, deadline=None)
    @given(pieces=st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=10))
    def test_same_as_the_whole_pattern(self, pieces: list[str]) -> None:
        """Without a 的 the openers alone give the whole pattern's match."""
        clause = "".join(pieces)
        whole = _clause_edges._MODIFIER.match(clause)
        found = _clause_edges.modifier(clause)
        assert (whole and whole.span()) == (found and found.span())


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        pytest.param("最后镇党委书记王建国", "最后", id="closing"),
        pytest.param("接着由县长王明", "接着由", id="by-whom"),
        pytest.param("会上县长王明", "会上", id="at-the-meeting"),
        pytest.param("县长王明", "", id="none"),
        pytest.param("经济开发区管委会主任王明", "", id="a-title-opening-with-jing"),
    ],
)
def test_the_opening_word_before_a_clauses_people(clause: str, expected: str) -> None:
    """``opening`` measures the word before the people, the same one ``parse_actors`` drops."""
    assert expected == clause[: opening(clause)]


_TAIL_WORDS = [
    "一行", "等人", "同志们", "们", "分别", "一同", "全程", "到场", "现场", "来到会场", "实地",
    "(左一)", "于", "3月5日", "今天", "昨日", "日前", "近日", "今", "(5日)", "上午", "晚间",
    "当天", "随即", "一大早", "继而", "最后", "也", "就", "冒雨", "冒酷暑", "冒严寒", "专程",
    "带头", "连夜", "特地", "专门", "亲自", "应邀", "启程", "动身", "出发", "代表市委",
    "代表县政府和人民", "带着深情", "携同张三", "联同专员", "及各村干部", "等县领导", "将",
    "代区长", "带队", "和平", "与会", "联合", "9时", "9时30分", "3点半", "3時許", "10时整",
    "9时左右",
]  # fmt: skip


@settings(max_examples=400)
@given(
    st.lists(
        st.sampled_from(_TAIL_WORDS) | st.sampled_from(list("张三局长书记,、。和及等会同日")),
        max_size=8,
    ).map("".join)
)
def test_tail_gate_skips_no_tail(text: str) -> None:
    """Where the gate skips the tail's pattern, the pattern finds no tail but the empty end."""
    tail = _clause_edges._TAIL.search(text, max(0, len(text) - _clause_edges._TAIL_REACH))
    assert tail is not None
    if tail.start() < len(text):
        assert (
            text[-1:] in _clause_edges._TAIL_LAST
            or _clause_edges._TAIL_OPEN.search(text, max(0, len(text) - _clause_edges._TAIL_REACH))
            is not None
        )


#: ``_TAIL`` as it was searched for before ``_TAIL_AT``: a look-ahead gate,
#: tried at every place (kept to prove the rewrite finds the same start).
_OLD_TAIL = re.compile(
    r"(?=[及和与以携攜偕一等同们分共先亲全到现首来实于今昨日近上下晚早中也又还就冒专再带连特代启起动出当随立次继然最联受应應(0-9]|$)"
    + _clause_edges._TAIL_BODY
)


def _old_tail_start(text: str) -> int:
    found = _OLD_TAIL.search(text, max(0, len(text) - _clause_edges._TAIL_REACH))
    assert found is not None  # (the empty end always matches)
    return found.start()


def _new_tail_start(text: str) -> int:
    found = _clause_edges._TAIL_AT.search(text, max(0, len(text) - _clause_edges._TAIL_REACH))
    return found.start() if found is not None else len(text) - text.endswith("\n")


@settings(max_examples=600)
@given(
    st.lists(
        st.sampled_from(_TAIL_WORDS)
        | st.sampled_from(list("张三局长书记,、。和及等会同日\n(0"))
        | st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80), max_size=3),
        max_size=12,
    ).map("".join)
)
def test_tail_at_starts_where_the_gated_pattern_did(text: str) -> None:
    """``_TAIL_AT`` (a class, then the tail looked at from behind) starts the old tail."""
    assert _old_tail_start(text) == _new_tail_start(text)


@pytest.mark.parametrize(
    "text",
    [
        "局长张三及各村干部等", "局长张三携同李四", "局长张三联同专员李四", "书记张三等县领导",
        "张三同志们", "县长张三带着深情", "张三分别", "张三(左一)", "张三于3月5日上午",
        "张三昨(31)日", "张三9时30分许", "张三随即", "张三也冒雨", "张三启程", "张三代表县委",
        "张三", "张三\n", "", "\n", "一" * 70 + "张三一行",
    ],
)  # fmt: skip
def test_tail_at_each_part(text: str) -> None:
    """Each part of the tail, opening it, and a clause with none: the same start."""
    assert _old_tail_start(text) == _new_tail_start(text)


_OPENER_WORDS = [
    "会议", "活动", "本次", "首先", "随后", "邀请", "经", "研究", "其中", "座谈会", "现场", "上",
    "会上", "最后", "同时", "此外", "三是", "其次", "再次", "第二项议程是", "由", "县长", "张三",
    "主持", ",", "的", "接着",
]  # fmt: skip


@settings(max_examples=400)
@given(
    st.lists(
        st.sampled_from(_OPENER_WORDS),
        max_size=6,
    ).map("".join)
)
def test_opener_gate_skips_no_opener(text: str) -> None:
    """Where the plain looks skip the openers' pattern, it matches nothing there."""
    if _clause_edges._OPENER.match(text) is not None:
        assert _clause_edges._opener(text) is not None
