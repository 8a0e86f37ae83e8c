"""One stop of a list, cut of what was printed around it."""

from __future__ import annotations

import pytest

from timeline.extract._stopcuts import cut_stop


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        pytest.param("到青山镇东坡村", "青山镇东坡村", id="stray-going-verb"),
        pytest.param("到家村", "到家村", id="short-name-kept"),
    ],
)
def test_a_going_verb_printed_twice_is_no_part_of_the_stop(piece: str, expected: str) -> None:
    """来到到X村, 在到X村: a stray 到 opens no place name, unless the name is too short to lose."""
    cut = cut_stop(piece, looked=False)
    assert cut is not None
    assert expected == cut[0]


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        pytest.param("青山产业园等重点项目建设现场", "青山产业园", id="kind-of-sites"),
        pytest.param("东坡路等“美丽乡村路”建设现场", "东坡路", id="quoted-programme"),
        pytest.param("东湖村等地", "东湖村", id="plain-etc"),
    ],
)
def test_what_the_sites_are_after_the_last_is_no_part_of_it(piece: str, expected: str) -> None:
    """X等重点项目建设现场: 等 and the sites' kind close the list (decision 22f), not X's name."""
    cut = cut_stop(piece, looked=False)
    assert cut is not None
    assert expected == cut[0]


def test_works_on_a_village_of_old_leave_the_village() -> None:
    """X古村落建设: 村落 is the place worked on, not a 村 and the 落 worked on."""
    cut = cut_stop("青山社区传统古村落建设", looked=False)
    assert cut is not None
    assert cut[0] == "青山社区传统古村落"


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        pytest.param("青山村农家乐", "青山村农家乐", id="farm-stay"),
        pytest.param("青山村渔家乐", "青山村渔家乐", id="fishing-stay"),
        pytest.param("青山村陈邦文", "青山村", id="householder"),
    ],
)
def test_a_farm_stay_after_its_village_is_no_householder(piece: str, expected: str) -> None:
    """X村农家乐 is a farm stay, a place: not a villager 农家乐 whose home is the village."""
    cut = cut_stop(piece, looked=False)
    assert cut is not None
    assert expected == cut[0]
