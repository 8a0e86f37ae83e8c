"""Bodies named in a phrase, with who stood for them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract import _orgs
from timeline.extract._orgs import ends_like_body, parse_orgs, split_representatives


class TestParseOrgs:
    def test_orgs_with_representatives(self) -> None:
        """Bodies split on 、/及, and share the unnamed people standing for them."""
        orgs = parse_orgs("区妇联及区教体局主要负责人")
        assert orgs is not None
        assert [("区妇联", "", "主要负责人"), ("区教体局", "", "主要负责人")] == [
            (o.name, o.parent, o.representatives) for o in orgs
        ]

    def test_sections_take_parent(self) -> None:
        """Bare sections after a body's section take its name as prefix and parent."""
        orgs = parse_orgs("区委组织部组织科、党管科等有关负责同志")
        assert orgs is not None
        assert [
            ("区委组织部组织科", "区委组织部", "有关负责同志"),
            ("区委组织部党管科", "区委组织部", "有关负责同志"),
        ] == [(o.name, o.parent, o.representatives) for o in orgs]

    def test_clause_is_not_an_org(self) -> None:
        """A clause ending like a body's name is not one."""
        assert parse_orgs("并在金苑社区召开推进会") is None

    @pytest.mark.parametrize(
        "phrase",
        [
            pytest.param("调研组", id="team"),
            pytest.param("3个部门", id="count"),
            pytest.param("县教育局今日", id="day"),
            pytest.param("有关部门", id="share"),
            pytest.param("县长来同里镇", id="going"),
            pytest.param("区委宣传部、县长张三", id="person-in-list"),
        ],
    )
    def test_no_body(self, phrase: str) -> None:
        """A team named by its task, a count, a day, a share or a clause is no body."""
        assert parse_orgs(phrase) is None

    @pytest.mark.parametrize(
        ("phrase", "names"),
        [
            pytest.param("县委调研组", ["县委调研组"], id="named-team"),
            pytest.param("所在社区", ["所在社区"], id="suo-zai"),
            pytest.param("区委和", ["区委"], id="trailing-joint"),
            pytest.param("县住建局\n", ["县住建局\n"], id="newline"),
        ],
    )
    def test_body(self, phrase: str, names: list[str]) -> None:
        """A team under a named body, 所在, a trailing joint and a final newline stay bodies."""
        orgs = parse_orgs(phrase)
        assert orgs is not None
        assert names == [o.name for o in orgs]


class TestSplitRepresentatives:
    @pytest.mark.parametrize(
        ("phrase", "expected"),
        [
            pytest.param("区教体局主要负责人", ("区教体局", "主要负责人"), id="word"),
            pytest.param("县教育局局长", ("县教育局", "局长"), id="post"),
            pytest.param("市委办公室负责同志(女)", ("市委办公室", "负责同志(女)"), id="paren"),
            pytest.param("县检察院检察长一行", ("县检察院检察长", "一行"), id="party"),
            pytest.param("区教体局主要负责人\n", ("区教体局", "主要负责人"), id="newline"),
            pytest.param("县教育局", ("县教育局", ""), id="body-only"),
            pytest.param("", ("", ""), id="empty"),
        ],
    )
    def test_split(self, phrase: str, expected: tuple[str, str]) -> None:
        """The people standing for a body are split off its end, whatever closes them."""
        assert expected == split_representatives(phrase)

    @given(st.text(alphabet="区县局委部办主要负责人同志干职工代表长记任行()一等\n", max_size=14))
    def test_only_people_are_split_off(self, phrase: str) -> None:
        """The body and the people split off it rebuild the phrase, less a 等 between them."""
        body, reps = split_representatives(phrase)
        if reps:
            assert phrase.removesuffix("\n").endswith(reps)
            assert body
            assert phrase.startswith(body)
        else:
            assert phrase == body


class TestListEnd:
    def test_kind_after_list(self) -> None:
        """等单位 closing a list of bodies is no part of the last."""
        orgs = parse_orgs("区委组织部和区财政局等单位")
        assert orgs is not None
        assert ["区委组织部", "区财政局"] == [o.name for o in orgs]


@given(
    st.text(
        alphabet="部局办委员会协工商联院中心街道社区村镇乡区县市政府人大公司学校\n王", max_size=8
    )
)
def test_ends_like_body_as_every_ending(text: str) -> None:
    """Looking only at the endings sharing the last character misses none."""
    assert ends_like_body(text) == text.removesuffix("\n").endswith(_orgs._ORG_ENDINGS)
