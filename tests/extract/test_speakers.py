"""Speakers a sentence names only as 他/她, or not at all."""

from __future__ import annotations

import datetime as dt
from typing import Final

import pytest

from timeline.extract import _verbs as verbs
from timeline.extract import extract_text
from timeline.extract._roles import sentence_roles
from timeline.extract._speakers import later_speakers, rank_speaker
from timeline.model import Role


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "随后由镇党委书记吴明同志上党课,他指出,要守住初心。",
            [("吴明", "镇党委书记", Role.LEADS)],
            id="named-again-as-he",
        ),
        pytest.param(
            "街道党工委书记孔亮代表街道,对新来的干部表示欢迎,她希望大家安心工作。",
            [("孔亮", "街道党工委书记", Role.LEADS)],
            id="named-again-as-she",
        ),
        pytest.param(
            "在某水库,王刚仔细了解度汛方案,他要求抓好落实。",
            [],
            id="he-after-an-untitled-name",
        ),
        pytest.param(
            "6月1日,县长丁一深入东山镇调研,他强调要抓好落实。",
            [("丁一", "县长", Role.LEADS)],
            id="he-names-no-verb-start",
        ),
        pytest.param(
            "会上,县委书记丁一传达了会议精神,他强调要抓好落实。",
            [],
            id="he-after-an-unknown-verb-invents-nothing",
        ),
        pytest.param(
            "县长丁一、副县长马二深入东山镇调研,他指出要抓好落实。",
            [("丁一", "县长", Role.LEADS), ("马二", "副县长", Role.LEADS)],
            id="he-after-two-found-adds-nobody",
        ),
        pytest.param(
            "市人大代表丁一来到东山村,与村长马二交流,他指出要抓好落实。",
            [("丁一", "市人大代表", Role.LEADS)],
            id="he-is-the-one-found",
        ),
        pytest.param(
            "县长甲某、副县长乙某察看现场后,他强调要抓好落实。",
            [],
            id="he-after-two-people",
        ),
    ],
)
def test_a_later_he_or_she_is_the_one_titled_person(
    sentence: str, expected: list[tuple[str, str, Role]]
) -> None:
    """A later clause's 他/她 that says is the one titled person before it, or no one."""
    got = [(m.name, m.title, m.role) for m in sentence_roles(sentence, 0) if m.person]
    assert expected == got


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        pytest.param(
            "镇武装部长王建国向新兵发放了纪念品,鼓励他们建功立业。", verbs.LONE, id="encourages"
        ),
        pytest.param(
            "最后,镇党委书记王建国回顾了全年工作,并对明年工作进行了部署。",
            verbs.BRIEFS,
            id="briefs-after-a-review",
        ),
    ],
)
def test_a_subjectless_clause_is_the_one_titled_persons(sentence: str, level: int) -> None:
    """``,鼓励他们…``, ``,并对…进行了部署``: the words of the titled person opening the sentence."""
    (got,) = later_speakers(sentence, 0, [])
    assert ("王建国", Role.LEADS, level) == (got.name, got.role, got.address)
    assert "王建国" == sentence[got.span[0] : got.span[1]]


def test_an_untitled_opener_gives_no_subjectless_clause_a_speaker() -> None:
    """A bare name may be a word of a name's shape: it speaks for no encouragement."""
    assert [] == later_speakers("王建国向新兵发放了纪念品,鼓励他们建功立业。", 0, [])


@pytest.mark.parametrize(
    ("sentence", "name", "level"),
    [
        pytest.param(
            "乡长王建国对全乡的工作逐项进行了分析,提出了存在的问题,并指出了今后的方向。",
            "王建国",
            verbs.REMARKS,
            id="points-out-after-an-analysis",
        ),
        pytest.param(
            "会上,县史志办主任刘文首先通报了编修情况,同时要求各单位统一思想。",
            "刘文",
            verbs.REMARKS,
            id="demands-at-the-same-time",
        ),
        pytest.param(
            "镇妇联主席陈芳对大家一年来的支持表示感谢,并希望大家继续努力。",
            "陈芳",
            verbs.LONE,
            id="hopes-after-thanks",
        ),
    ],
)
def test_words_said_after_the_speakers_own_act_are_theirs(
    sentence: str, name: str, level: int
) -> None:
    """``…,并指出/同时要求/并希望…`` with no subject: the titled person opening the sentence."""
    (got,) = [m for m in sentence_roles(sentence, 0) if m.person]
    assert (name, Role.LEADS, level) == (got.name, got.role, got.address)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("县长王明陪同市长李强察看了工地,并要求加快进度。", id="two-people-before"),
        pytest.param("王建国对全乡的工作进行了分析,并指出了今后的方向。", id="untitled-opener"),
        pytest.param(
            "县长王明向市长李强汇报了工作,并希望市里给予支持。", id="a-second-titled-person-after"
        ),
        pytest.param(
            "县委书记张三和县长王明对大家表示感谢,并希望大家继续努力。",
            id="two-titled-openers",
        ),
    ],
)
def test_words_said_after_an_act_need_one_titled_speaker(sentence: str) -> None:
    """Two people before the words, or an untitled name: the words make no one lead."""
    leads = [m.name for m in sentence_roles(sentence, 0) if m.person and m.role is Role.LEADS]
    assert [] == leads


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "最后镇党委书记王建国回顾了全年工作,并对明年工作进行了部署。",
            [("王建国", "镇党委书记")],
            id="closing-opener",
        ),
        pytest.param(
            "接着由县长王明对大家表示感谢,并希望大家继续努力。",
            [("王明", "县长")],
            id="opener-with-by",
        ),
    ],
)
def test_an_opening_word_is_no_part_of_the_speakers_title(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    """An opener before the titled person (最后, 接着由) is dropped, not read into the title."""
    got = [(m.name, m.title) for m in sentence_roles(sentence, 0) if m.person]
    assert expected == got


#: A study session's invited lecturer (decision: invited lecturers do not lead).
_LECTURE: Final = (
    "6月2日,县委理论学习中心组举行集体学习,{chair}邀请省委党校教授李明作专题辅导。"
    "省委党校教授李明对党的二十大精神进行了深入解读,并指出要学深悟透。"
)


def test_a_lecturers_words_after_the_lecture_make_no_lead() -> None:
    """A lecturer's title (教授, 党校, 专家…) before ``…,并指出…``: the words are the lecture's."""
    sentence = "省委党校教授李明对党的二十大精神进行了深入解读,并指出要学深悟透。"
    assert [] == [m.name for m in sentence_roles(sentence, 0) if m.role is Role.LEADS]


@pytest.mark.parametrize(
    ("chair", "expected"),
    [
        pytest.param("", [], id="no-chair"),
        pytest.param("县委书记张三主持,", [("张三", "县委书记")], id="chaired"),
    ],
)
def test_an_invited_lecturer_leads_no_study_session(
    chair: str, expected: list[tuple[str, str]]
) -> None:
    """The lecturer invited in the lead gives the lecture; only the chair, if any, leads."""
    (event,) = extract_text(_LECTURE.format(chair=chair), published=dt.date(2023, 6, 3)).events
    leads = [(p.person.name, p.person.title) for p in event.participants if p.role is Role.LEADS]
    assert expected == leads


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "6月2日,鎮婦聯召開座談會。鎮婦聯主席陳芳對大家一年來的支持表示感謝,並希望大家繼續努力。",
            [("陳芳", "鎮婦聯主席")],
            id="hopes",
        ),
        pytest.param(
            "6月2日,鎮武裝部召開座談會。鎮武裝部長王建國為新兵發放了紀念品,並勉勵他們建功立業。",
            [("王建國", "鎮武裝部長")],
            id="encourages",
        ),
    ],
)
def test_a_traditional_page_is_read_simplified(page: str, expected: list[tuple[str, str]]) -> None:
    """The rules match simplified text only; a traditional page's speaker comes back as printed."""
    (event,) = extract_text(page, published=dt.date(2023, 6, 3)).events
    leads = [(p.person.name, p.person.title) for p in event.participants if p.role is Role.LEADS]
    assert expected == leads


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "6月2日,某社区服务站揭牌。区政协主席张华参加仪式。张主席在讲话中对成立表示祝贺。",
            [("张华", "区政协主席")],
            id="chair-in-his-speech",
        ),
        pytest.param(
            "6月2日,某中心开幕。民政总署署长杜丽、副署长王婉出席。杜署长致辞时表示祝贺。",
            [("杜丽", "民政总署署长")],
            id="director-addresses",
        ),
        pytest.param(
            "6月2日,某中心开幕。副主席刘明、副主席刘强出席。刘主席在讲话中表示祝贺。",
            [],
            id="two-of-that-surname-and-rank",
        ),
    ],
)
def test_a_speaker_named_by_surname_and_rank_is_the_one_named_before(
    page: str, expected: list[tuple[str, str]]
) -> None:
    """张主席在讲话中: the one person printed earlier as 主席张… gives the speech and leads."""
    (event,) = extract_text(page, published=dt.date(2023, 6, 3)).events
    leads = [(p.person.name, p.person.title) for p in event.participants if p.role is Role.LEADS]
    assert expected == leads


@pytest.mark.parametrize(
    "sentence",
    ["学习张书记讲话精神。", "区长指出,要抓好落实。", "王书记强调,要抓好落实。"],
)
def test_no_surname_and_rank_speaker_without_one_named_before(sentence: str) -> None:
    """A surname inside a word, a unit before a rank, or no full name before: no one."""
    body = "镇党委书记李强出席会议。" + sentence
    assert [] == rank_speaker(sentence, body, body.find(sentence))
