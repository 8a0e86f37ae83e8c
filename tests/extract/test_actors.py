"""Who a clause names: its people or bodies, and the titles printed before names."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract import _actors
from timeline.extract._actors import Mention, parse_actors, remade, title_before
from timeline.model import Role


class TestTitleBefore:
    @pytest.mark.parametrize(
        ("text", "name", "expected"),
        [
            pytest.param(
                "夏宝在澳门考察。国务院港澳办主任夏宝在澳门考察第二日。",
                "夏宝",
                "国务院港澳办主任",
                id="later",
            ),
            pytest.param("议员周松、林健和刘强探访长者。", "林健", "议员", id="shared-title"),
            pytest.param("林健在民政专员陪同下探访长者。", "林健", "", id="never-titled"),
            pytest.param(
                "县委副书记,、县长林健与市长周松座谈。林健一行走访农户。",
                "林健",
                "县委副书记,、县长",
                id="stray-comma",
            ),
        ],
    )
    def test_title_printed_elsewhere(self, text: str, name: str, expected: str) -> None:
        """A person named bare takes the title printed before their name elsewhere."""
        assert expected == title_before(text, name)

    def test_only_a_comma_or_layout_space_before_a_list_mark_is_no_break(self) -> None:
        """``副书记,、县长``, ``局长X 、召集人Y`` run on; 。 and ; before 、 still break."""
        text = "副书记,、县长 、主任。、局长;、处长"
        assert ["。", ";"] == [m.group() for m in _actors._CLAUSE_BREAK.finditer(text)]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("会议由县委书记赵文明主持。", "县委书记", id="chaired-by"),
            pytest.param("活动以市政协副主席赵文明为组长。", "市政协副主席", id="headed-by"),
            pytest.param("在县人大常委会主任赵文明的带领下。", "县人大常委会主任", id="under"),
            pytest.param("图为某某区委书记赵文明。", "某某区委书记", id="caption"),
            pytest.param("执行主席钱以明、赵文明主持。", "执行主席", id="shared-over-a-name"),
        ],
    )
    def test_title_stops_at_a_preposition(self, text: str, expected: str) -> None:
        """The title runs back from the name to a preposition or the clause's opener."""
        assert expected == title_before(text, "赵文明")


def test_a_verb_after_unnamed_people_is_not_theirs() -> None:
    """``X及Y参加了``: what follows 及 must end like people for X to be read."""
    assert [] == parse_actors("镇长王明及社区代表参加了", Role.LEADS, 0)
    (got,) = parse_actors("镇长王明及社区代表", Role.LEADS, 0)
    assert ("王明", "镇长") == (got.name, got.title)


@pytest.mark.parametrize(
    "group", ["县长李国和来镇", "镇长王国和来村", "县长李国和到镇", "县长李国和去村"]
)
def test_a_motion_verb_after_he_is_no_more_people(group: str) -> None:
    """``县长李国和来镇``: 来/到/赴/去 after 和 opens the act, so 和 cuts no name short."""
    assert [] == parse_actors(group, Role.LEADS, 0)


def test_guests_and_people_from_somewhere_are_no_trip() -> None:
    """来宾 and 来自 open people, not a trip: both read as before."""
    got = parse_actors("书记张明和来宾", Role.LEADS, 0)
    assert [("张明", "书记"), ("来宾", "")] == [(m.name, m.title) for m in got]
    assert [] == parse_actors("县长李国和来自某地的代表", Role.LEADS, 0)


def test_attendees_after_a_motion_verb_are_people() -> None:
    """到会人员 is unnamed people by its close, though it opens like a trip."""
    (got,) = parse_actors("镇长王明和到会人员", Role.LEADS, 0)
    assert ("王明", "镇长") == (got.name, got.title)


def test_people_from_somewhere_and_guests_are_unchanged() -> None:
    """来自 and 来宾 open people, not a trip."""
    assert [] == parse_actors("县长李国和来自某地的代表", Role.LEADS, 0)
    got = parse_actors("书记张明和来宾", Role.LEADS, 0)
    assert [("张明", "书记"), ("来宾", "")] == [(m.name, m.title) for m in got if m.person]


@pytest.mark.parametrize(
    "unnamed",
    [
        "相关部门负责同志",
        "县直有关单位负责同志",
        "相关部门负责人",
        "相关部门负责同志们",
        "有关部门领导们",
        "以及相关部门负责同志们",
    ],
)
def test_unnamed_posts_close_the_named_people(unnamed: str) -> None:
    """``X,相关部门负责同志陪同``: the bodies' unnamed posts close the list; X still escorts."""
    got = parse_actors(f"县委书记李明,{unnamed}", Role.ACCOMPANIES, 0)
    assert [("李明", "县委书记")] == [(m.name, m.title) for m in got if m.person]


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        pytest.param("有关单位负责人以及县委书记李强", "县委书记", id="yiji-after-the-unnamed"),
        pytest.param("但副县长李强", "副县长", id="dan-opening-the-clause"),
        pytest.param("市直部门负责人及县长李强", "县长", id="ji-after-the-unnamed"),
    ],
)
def test_a_conjunction_opening_the_title_is_no_part_of_it(who: str, expected: str) -> None:
    """以及/及/但 before a post joins it to what came before: no post opens with one."""
    (person,) = [m for m in parse_actors(who, Role.ACCOMPANIES, 0) if m.person]
    assert ("李强", expected) == (person.name, person.title)


def test_a_body_name_holding_ji_keeps_it() -> None:
    """及 inside a post's body stays: only one opening the run is cut."""
    (person,) = parse_actors("民政及青年事务局局长李强", Role.LEADS, 0)
    assert "民政及青年事务局局长" == person.title


@pytest.mark.parametrize("joined", ["联同", "聯同", "偕同", "会同"])
def test_people_brought_along_after_a_comma_lead_nothing(joined: str) -> None:
    """A group opened by 联同/偕同/会同 joins the act: its people are no subject (decision 16)."""
    found = parse_actors(f"县长王明率建设处团队,{joined}乡长李强及公所人员", Role.LEADS, 0)
    assert "李强" not in [m.name for m in found]


@pytest.mark.parametrize(
    "who",
    [
        pytest.param("县长王明将", id="jiang"),
        pytest.param("市长王明将于22日", id="jiang-yu-day"),
        pytest.param("县长王明即将", id="jijiang"),
        pytest.param("县长王明即", id="ji-then"),
    ],
)
def test_a_future_or_then_adverb_after_the_name_closes_it(who: str) -> None:
    """将/即将 (a trip or sitting announced) and a bare 即 (then) end the people, not the name."""
    (person,) = parse_actors(who, Role.LEADS, 0)
    assert "王明" == person.name


@pytest.mark.parametrize(
    "who",
    [
        pytest.param("市长王明5日上午9时", id="hour"),
        pytest.param("县长王明上午9时30分", id="minutes"),
        pytest.param("县长王明今天下午3点半", id="half"),
        pytest.param("市长王明下午3时许", id="about"),
        pytest.param("县长王明上午10时整", id="sharp"),
    ],
)
def test_a_clock_time_after_the_name_closes_it(who: str) -> None:
    """A clock time between a person and the verb (市长X5日上午9时召开) ends the people."""
    (person,) = parse_actors(who, Role.LEADS, 0)
    assert "王明" == person.name


_UNNAMED_PIECES = [
    "以及", "及", "和", "等", "负责人", "负责同志", "人员", "代表", "干部", "群众", "工作人员",
    "相关部门", "县领导", "张三", ",", "、", "局长", "但", "而", "並", "并", "以", "负责",
]  # fmt: skip


@settings(max_examples=400)
@given(
    st.lists(
        st.sampled_from(_UNNAMED_PIECES)
        | st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40), max_size=2),
        max_size=10,
    ).map("".join)
)
def test_plain_looks_skip_no_unnamed_or_conjunction(text: str) -> None:
    """Where the plain looks skip the unnamed or the conjunction pattern, it matches nothing."""
    assert _actors._all_unnamed(text) == (_actors._UNNAMED.match(text) is not None)
    conj = _actors._CONJ_BEFORE_TITLE.match(text)
    if conj is not None:
        assert text[:1] in "以及但而並并" or any(w in text for w in ("负责", "人员", "干部"))


@pytest.mark.parametrize(
    "text",
    ["以及相关负责人", "及有关负责同志", "和工作人员", "各村等人员", "县领导等代表", "镇干部",
     "以及群众等", "张三等群众"],
)  # fmt: skip
def test_each_unnamed_word_passes_the_plain_looks(text: str) -> None:
    """Each word closing unnamed people is looked for before the pattern."""
    assert _actors._all_unnamed(text) == (_actors._UNNAMED.match(text) is not None)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("以及县委书记", "县委书记"),
        ("但市长", "市长"),
        ("部门负责人及县长", "县长"),
        ("相关人员和副县长", "副县长"),
        ("县委书记", "县委书记"),
    ],
)
def test_clean_title_drops_a_conjunction_before_it(title: str, expected: str) -> None:
    """A conjunction (after unnamed people or alone) opening a title is dropped."""
    assert expected == _actors._clean_title(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("与会嘉宾包括某市驻外办事处副处长", "某市驻外办事处副处长"),
        ("出席的嘉宾包括市政协副主席", "市政协副主席"),
    ],
)
def test_clean_title_drops_the_list_it_opens(title: str, expected: str) -> None:
    """``嘉宾包括司长X、…``: the words that open the list are no part of its first title."""
    assert expected == _actors._clean_title(title)


class TestRemade:
    """``remade`` is ``attrs.evolve`` for a mention, made directly."""

    def test_every_field_carried_over(self) -> None:
        """Every field is copied (each set away from its default: one dropped shows)."""
        m = Mention(
            role=Role.ORGANISES,
            name="某局",
            title="某",
            parent="某县",
            representatives="局长林健",
            person=False,
            span=(3, 5),
            address=2,
        )
        assert remade(m) == m
        assert {f.name for f in attrs.fields(Mention)} == {
            "role",
            "name",
            "title",
            "parent",
            "representatives",
            "person",
            "span",
            "address",
        }

    @pytest.mark.parametrize(
        "changes",
        [
            {"role": Role.SPEAKS},
            {"title": "县长"},
            {"span": (7, 9)},
            {"address": 4},
            {"role": Role.LEADS, "address": 3},
        ],
    )
    def test_as_evolve(self, changes: dict[str, object]) -> None:
        """The fields given change as ``attrs.evolve`` changes them."""
        m = Mention(role=Role.TAKES_PART, name="林健", title="区长", person=True, span=(0, 2))
        assert remade(m, **changes) == attrs.evolve(m, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "who",
    [
        pytest.param("区委书记张明、区长李华", id="people"),
        pytest.param("县委办公室、县财政局", id="bodies"),
        pytest.param("县委常委,政法委书记张明", id="rank-over-comma"),
        pytest.param("县委副书记,、县长张明", id="stray-comma"),
        pytest.param("县长张明放弃休息日,轻车简从", id="subject-before-aside"),
        pytest.param("张明和民革党员专家、企业家", id="named-then-unnamed"),
        pytest.param("院长张明、县教育局相关负责人、水利局相关领导", id="named-first"),
        pytest.param("活动现场气氛热烈", id="no-one"),
    ],
)
@pytest.mark.parametrize("first_role", [None, Role.LEADS])
def test_actors_read_with_an_address_are_those_remade_with_it(
    who: str, first_role: Role | None
) -> None:
    """Everyone read with an ``address`` is made with it: the mentions ``remade`` would give."""
    plain = parse_actors(who, Role.TAKES_PART, 7, first_role=first_role)
    read = parse_actors(who, Role.TAKES_PART, 7, first_role=first_role, address=4)
    assert read == [remade(m, address=4) for m in plain]
    assert who == "活动现场气氛热烈" or read
