"""Lists of people: groups, shared titles, titles after names."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract import _namelists
from timeline.extract._namelists import blank_stray_commas, parse_people


class TestParsePeople:
    def test_groups_and_tail(self) -> None:
        """Groups split on commas; a trailing 等 is dropped."""
        people = parse_people("区委书记乔耸,政协副主席黄乃林等")
        assert people is not None
        assert ["乔耸", "黄乃林"] == [p.name for p in people]

    def test_not_people(self) -> None:
        """A phrase with a non-name piece is not a list of people."""
        assert parse_people("区应急管理局、区爱卫办") is None

    def test_shared_title(self) -> None:
        """A title heading a 、 list of names applies to each."""
        people = parse_people("区领导于珊、邵春雨、王泰峰")
        assert people is not None
        assert [("于珊", "区领导"), ("邵春雨", "区领导"), ("王泰峰", "区领导")] == [
            (p.name, p.title) for p in people
        ]

    def test_title_list_then_name(self) -> None:
        """A title may itself be a 、 list."""
        people = parse_people("区委副书记、区委办主任杜建强")
        assert people is not None
        assert [("杜建强", "区委副书记、区委办主任")] == [(p.name, p.title) for p in people]

    def test_police_rank_after_name(self) -> None:
        """A Hong Kong police rank follows the name: the post before it is the title."""
        people = parse_people("警区指挥官陈志明总警司、协会主席林美华")
        assert people is not None
        assert [("陈志明", "警区指挥官"), ("林美华", "协会主席")] == [
            (p.name, p.title) for p in people
        ]

    def test_body_name_post(self) -> None:
        """A body, the name, then the post (房屋局林美华局长): the body is kept as the title."""
        people = parse_people("房屋局林美华局长")
        assert people is not None
        assert [("林美华", "房屋局")] == [(p.name, p.title) for p in people]

    def test_a_listed_name_may_end_like_a_place(self) -> None:
        """After a named person in one ``、`` list, ``钱保省`` is a name; alone it is not."""
        got = parse_people("县领导赵文明、钱保省、孙立所")
        assert got is not None
        assert [(p.name, p.title) for p in got] == [
            ("赵文明", "县领导"),
            ("钱保省", "县领导"),
            ("孙立所", "县领导"),
        ]
        assert parse_people("钱保省") is None
        # (Nor a name and the word after it: 孙立在 is 孙立 in a sentence.)
        assert parse_people("县领导赵文明、孙立在") is None

    def test_a_post_inside_a_titles_list_is_no_name(self) -> None:
        """``市委常委、宣传部长、…主任X``: 宣传部长 is a part of X's title, not 宣传 the 部长."""
        got = parse_people("市委常委、宣传部长、市文明委主任赵文明")
        assert got is not None
        assert [(p.name, p.title) for p in got] == [("赵文明", "市委常委、宣传部长、市文明委主任")]


class TestTitleStopsAtAnotherPerson:
    """A title never runs back over another person's name and a verb joining them."""

    @pytest.mark.parametrize(
        "phrase",
        [
            "县委书记张三陪同市长李四",
            "县委书记张三随同市长李四",
            "县委书记张三率市长李四",
            "县委书记张三率同市长李四",
            "张三陪同市长李四",
        ],
    )
    def test_a_verb_after_a_name_ends_the_title(self, phrase: str) -> None:
        """``A陪同市长B``, ``A率市长B``: B's title is 市长, what is before it is A's."""
        got = parse_people(phrase)
        assert got is not None
        last = got[-1]
        assert (last.name, last.title) == ("李四", "市长")
        # The name's offset is still where it is printed.
        assert phrase[last.start : last.start + len(last.name)] == "李四"

    @pytest.mark.parametrize(
        ("phrase", "expected"),
        [
            ("区委书记张三、区长李四", [("张三", "区委书记"), ("李四", "区长")]),
            ("县委书记张三和市长李四", [("张三", "县委书记"), ("李四", "市长")]),
        ],
    )
    def test_joined_people_keep_their_own_titles(
        self, phrase: str, expected: list[tuple[str, str]]
    ) -> None:
        """``、`` and ``和`` between two titled people: each keeps their own title."""
        got = parse_people(phrase)
        assert got is not None
        assert [(p.name, p.title) for p in got] == expected

    def test_a_post_holding_a_verb_without_a_name_stays_whole(self) -> None:
        """``主持…工作的副区长`` holds a verb but no name before it: the title is whole."""
        got = parse_people("主持区政府全面工作的副区长李四")
        assert got is not None
        assert [(p.name, p.title) for p in got] == [("李四", "主持区政府全面工作的副区长")]


@pytest.mark.parametrize(
    ("phrase", "title", "name"),
    [
        pytest.param(
            "省委党校(省行政学院)副校(院)长钱多", "省委党校(省行政学院)副校(院)长", "钱多", id="two"
        ),
        pytest.param(
            "县委常委、副县长(挂职)孙海",
            "县委常委、副县长(挂职)",
            "孙海",
            id="portfolio",
        ),
    ],
)
def test_brackets_inside_a_title_are_printed_in_it(phrase: str, title: str, name: str) -> None:
    """``副校(院)长``, ``副县长(挂职)X``: a bracket inside a title is printed as part of it."""
    (person,) = parse_people(phrase) or []
    assert (person.title, person.name, phrase[person.start :]) == (title, name, name)


def test_a_bracket_after_a_name_is_no_title() -> None:
    """A bracketed aside that no title part follows leaves the phrase no list of people."""
    assert parse_people("钱多(工商及旅游)") is None


@pytest.mark.parametrize(
    ("phrase", "title"),
    [
        pytest.param("县委副书记,、县长张建华", "县委副书记,、县长", id="one-comma"),
        pytest.param("市委常委,、副市长,、秘书长李明", "市委常委,、副市长,、秘书长", id="two"),
        pytest.param("市委常委、副市长,、秘书长李明", "市委常委、副市长,、秘书长", id="mixed"),
    ],
)
def test_a_stray_comma_inside_a_title_is_printed_in_it(phrase: str, title: str) -> None:
    """A title read over a stray ``,、`` is copied as printed, comma and all."""
    people = parse_people(phrase)
    assert people is not None
    assert [title] == [p.title for p in people]


def test_a_stray_comma_is_blanked_in_place() -> None:
    """``,、`` reads as ``、`` with a space where the comma was: every offset is kept."""
    assert "县委副书记 、县长王明, 、" == blank_stray_commas("县委副书记,、县长王明,,、")


# The joining words' rule as it was with a class among its openings.
_OLD_AND = re.compile(
    r"(?:以及(?<=[\u4e00-\u9fff ]以及)|[和与同](?<=[\u4e00-\u9fff ].))(?=[\u4e00-\u9fff])"
)
_AND_PIECES = (
    "和",
    "与",
    "同",
    "以及",
    "及",
    "以",
    " ",
    ",",
    "、",
    "a",
    "1",
    "张三",
    "李四",
    "局长",
)


#: Phrases built from the joining words' own pieces and random characters.
_AND_TEXTS = st.lists(
    st.one_of(
        st.sampled_from(_AND_PIECES),
        st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40), max_size=2),
    ),
    max_size=12,
)


@given(pieces=_AND_TEXTS)
@settings(max_examples=300)
def test_the_joining_words_match_as_with_a_class(pieces: list[str]) -> None:
    """Spelling 和/与/同 out as literals changes no match of the joining words."""
    text = "".join(pieces)
    assert [m.span() for m in _namelists._AND.finditer(text)] == [
        m.span() for m in _OLD_AND.finditer(text)
    ]


@pytest.mark.parametrize("word", ["和", "与", "同", "以及"])
def test_each_joining_word_joins_two_people(word: str) -> None:
    """Each joining word passes the plain looks before the pattern: two people are read."""
    found = parse_people(f"区长王明{word}副区长赵刚")
    assert found is not None
    assert [p.name for p in found] == ["王明", "赵刚"]


@given(pieces=_AND_TEXTS)
@settings(max_examples=300)
def test_every_joining_match_is_one_of_the_plain_looks_words(pieces: list[str]) -> None:
    """A phrase holding none of 和/与/同/以及 (looked for before the pattern) has no match."""
    text = "".join(pieces)
    assert all(m.group() in {"和", "与", "同", "以及"} for m in _namelists._AND.finditer(text))


@pytest.mark.parametrize(
    "text",
    ["张三以及李四", "张三和李四", "张三与李四", "张三同李四", "a和李四", "张三和1", " 同李四"],
)
def test_each_joining_word_matches_as_with_a_class(text: str) -> None:
    """One phrase per joining word, and one failing each side's check."""
    assert [m.span() for m in _namelists._AND.finditer(text)] == [
        m.span() for m in _OLD_AND.finditer(text)
    ]


@given(
    st.lists(
        st.sampled_from(
            ["陪同", "随同", "率同", "率领", "带领", "率", "同", "带", "领", "县长", "张三"]
        )
        | st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40), max_size=2),
        max_size=8,
    ).map("".join)
)
def test_every_joining_verb_holds_a_word_looked_for_first(text: str) -> None:
    """A title holding no 同, 率 or 带领 (looked for before the pattern) has no joining verb."""
    for m in _namelists._JOINS.finditer(text):
        assert "同" in m.group() or "率" in m.group() or "带领" in m.group()


@pytest.mark.parametrize("verb", ["陪同", "随同", "率同", "率领", "带领", "率"])
def test_each_joining_verb_cuts_the_title(verb: str) -> None:
    """Each joining verb passes the plain looks: the title is the last name's only."""
    assert "市长" == _namelists._own_title(f"县委书记张三{verb}市长")
