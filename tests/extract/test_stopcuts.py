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
