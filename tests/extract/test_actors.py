"""Who a clause names: its people or bodies, and the titles printed before names."""

from __future__ import annotations

import pytest

from timeline.extract._actors import parse_actors, title_before
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
        ],
    )
    def test_title_printed_elsewhere(self, text: str, name: str, expected: str) -> None:
        """A person named bare takes the title printed before their name elsewhere."""
        assert expected == title_before(text, name)

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
