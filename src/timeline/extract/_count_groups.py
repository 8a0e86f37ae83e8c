"""
Groups and totals: whether a count covers all who took part or one group of them.

With no total printed, a count beside another group of people (a numbered
one, 19个村书记和3名第一书记; an unnumbered one, 5名政协委员和企业界朋友; the
officials of bodies) counts a part, not the attendance (REVIEW 19, 19a).
A total closes its groups (共N人, …等60余人), and those who sit in without
a vote (列席) are no group beside the members (19b).
"""

from __future__ import annotations

import re
from typing import Final

from timeline.extract._not_turnout import TAKE_PART_AFTER
from timeline.extract._numbers import (
    APPROX_PREFIXES,
    MAX_COUNTED,
    PERSON_NOUN,
    POST,
    PREDICATE,
    CountMention,
)

__all__ = ["a_part", "heads_groups", "is_part", "total"]


#: What makes a count a total: 共, 共计, 合计, its own prefix or printed right
#: before an approximate one (共约3500人, 共计约200人, 共近千人).
_TOTAL: Final = ("共", "共计", "合计")


def total(text: str, m: re.Match[str]) -> bool:
    """Whether the count is printed as a total (共N人, 共计约N人)."""
    pre = m["pre"]
    if pre in _TOTAL:
        return True
    return pre in APPROX_PREFIXES and text[max(0, m.start() - 2) : m.start()].endswith(_TOTAL)


#: After a count, in its clause: another count of people joined to it
#: (19个村书记和3名第一书记上台): the first of groups printed apart, with
#: no total (decision 19a). Non-voting attendees after the members
#: (65名代表和30名列席代表出席, also invited ones: 35名特邀列席代表) are no
#: group beside them: the members count (19b). N个 before a place or a
#: body (10个村的群众代表) counts the places, not a group of people, unless
#: a post follows that each has one of (19个村书记).
_ANOTHER_GROUP: Final = re.compile(
    r"[^,。;:]{0,12}?[和及、](?:\d{1,4}|[一二三四五六七八九十]{1,3})"
    r"(?:[名位]|个(?!(?:行政)?(?:村|社区|乡|镇|街道|单位|部门|支部|企业|学校)"
    r"(?!(?:" + POST.pattern + r"))))"
    r"(?![^,。;:和及、]{0,3}列席)"
)


def heads_groups(text: str, c: CountMention) -> bool:
    """Whether a count is the first of groups its clause counts apart, with no total."""
    # The pattern is bounded: a shorter window would cut off its 列席 lookahead.
    return _ANOTHER_GROUP.match(text, c.span[1]) is not None


def a_part(
    text: str, first: tuple[int, CountMention], counts: list[tuple[int, CountMention]]
) -> bool:
    """
    Whether the first tied count is one group printed beside another with no total.

    Another number of people before it in its sentence (在职党员72人,离退休党员
    42人参与), or another tied one in its paragraph (组织干部130余人值守…;
    组织巡逻队员10余人…), counts a group of its own: with no total printed,
    each number is a part (REVIEW 19, 19a). A total, those who actually came
    and the same number printed again stand, and so does a count followed in
    its sentence by an untied one: a part of those present or people met
    (120名党员参加会议,8名代表作交流发言), not a group beside them.
    """
    at, c = first
    if c.actual or text[max(0, at - 2) : at].endswith(_TOTAL):
        return False
    stop = text.find("。", at)
    sentence = (text.rfind("。", 0, at), len(text) if stop < 0 else stop)
    stop = text.find("\n", at)
    paragraph = (text.rfind("\n", 0, at), len(text) if stop < 0 else stop)
    for other_at, other in counts:
        if other.count == c.count or _non_voting(text, other):
            continue
        if sentence[0] < other_at < sentence[1] and (other_at < at or other.tied):
            return True
        if other.tied and paragraph[0] < other_at < paragraph[1]:
            return True
    return False


#: After a count, in its clause: its people sit in without a vote (10名群众代表
#: 列席会议, 24名列席人员参加): beside the members present they are no group
#: of their own, and the members are the headcount (19b).
_NON_VOTING_AFTER: Final = re.compile(r"[^,。;]{0,12}?列席")


def _non_voting(text: str, c: CountMention) -> bool:
    """Whether a count counts those who sit in without a vote (列席)."""
    return _NON_VOTING_AFTER.match(text, c.span[1], c.span[1] + 16) is not None


#: Before a count, the item before it: a number of teams or units, not of
#: people (21个代表队、300多名运动员参加; 74个代表团、2935名运动员): the teams
#: are made of the people counted after them, no group beside them.
_TEAMS_BEFORE: Final = re.compile(r"[个支](?:代表队|代表团|参赛队|队伍|单位)[、和及]$")
_NUMERAL: Final = "0123456789一二两三四五六七八九十百"


def _teams_before(text: str, m: re.Match[str]) -> bool:
    """Whether the item before the count, up to its 、, counts teams or units (21个代表队、)."""
    teams = _TEAMS_BEFORE.search(text, max(0, m.start() - 8), m.start())
    return teams is not None and teams.start() > 0 and text[teams.start() - 1] in _NUMERAL


def is_part(text: str, m: re.Match[str]) -> bool:
    """
    Whether the count covers one group of a list of those who took part.

    It opens a later item (班子成员、15名队员参加, 干部和60名志愿者, 议长及十八位
    议员), or its people are followed
    by the officials of bodies (22名书记、县直相关部门负责人参加): one group
    beside others, a part (REVIEW 19a). A list's total closes it instead
    (…、群众代表等60余人), and a count heading a list that 等 closes is its
    total; a list of kinds of people after the count may be the count's
    own (80名委员、嘉宾和列席人员).
    """
    if m.start() > 0 and text[m.start() - 1] in "、和及":
        return not _teams_before(text, m)
    # 社区“两委”成员及社区240名市民代表: the place names where the people
    # after the count come from, and they are one more item of the list.
    if text.find("及", max(0, m.start() - 12), m.start()) >= 0 and _PEOPLE_THEN_PLACE.search(
        text, max(0, m.start() - 24), m.start()
    ):
        return True
    # Most counts have no 及 after them: a plain test passes them first.
    if "及" in text[m.end() : m.end() + 40] and _LISTED_BESIDE.match(text, m.end(), m.end() + 60):
        return True
    if _UNNUMBERED_AFTER.match(text, m.end(), m.end() + 40) or _groups_before(text, m):
        return True
    bodies = _BODIES_AFTER.match(text, m.end(), m.end() + 40)
    if bodies is None:
        return False
    # 两百余名干部、部门负责人等来到: 等 closes the list the count heads.
    rest = re.split(r"[,。;]", text[bodies.end() : bodies.end() + 16], maxsplit=1)[0]
    return "等" not in rest


def _groups_before(text: str, m: re.Match[str]) -> bool:
    """
    Whether the clauses before a count's, to its sentence's start, list groups with no number.

    ``相关负责干部,办室负责人,各村74名老党员参加会议``: the sentence's subject is
    a list of groups, the count one of them (19a). A clause that says
    anything else (会议由镇长主持) or a total closing the groups (…负责人等
    80余人, 共100人) leaves it.
    """
    # Within the window a subject is read in, as _counted does: a sentence
    # longer than that is no list of groups, and scanning back to its start
    # from every count would make a long unbroken page quadratic.
    floor = max(0, m.start() - MAX_COUNTED)
    start = max(text.rfind(p, floor, m.start()) for p in "。!?;\n") + 1
    if start == 0 and floor > 0:
        return False
    clauses = text[start : m.start()].split(",")
    return (
        len(clauses) > 1
        and all(
            _GROUP_CLAUSE.fullmatch(c.strip()) and not PREDICATE.search(c) for c in clauses[:-1]
        )
        and not PREDICATE.search(clauses[-1])
        # …负责人等共100余人: the count closes the list, its total, whether
        # its 共 stands before it or is its own prefix (…队员共计80余人).
        and "共" not in clauses[-1]
        and not total(text, m)
        and "等" not in clauses[-1]
        and TAKE_PART_AFTER.match(text, m.end()) is not None
    )


#: Before a count: a group of people, then 及 and the place its own people
#: come from (…物业公司经理及社区240名居民, 单位职工以及社区200余名居民).
#: Not leaders (市领导及各村100名代表): those who lead make no part (19a, d41).
_PEOPLE_THEN_PLACE: Final = re.compile(
    r"(?:成员|经理|" + PERSON_NOUN.pattern + r")以?及[^,。;、和及\d]{0,6}?(?:社区|村|镇|乡|街道)$"
)
#: After a count: its people, then another group, the officials of bodies.
_BODIES_AFTER: Final = re.compile(
    r"[^,。;、及和]{0,12}?"
    + PERSON_NOUN.pattern
    + r"(?:、|及|和|以及)[^,。;]{0,10}?(?:部门|单位|机关)"
)
#: After a count: its people, then another group with no number, both the
#: subject of one verb of attending (5名政协委员和企业界朋友参加, 八位副市长与
#: 市政团队齐聚一堂): the count covers the first group only (19a). Guests or
#: non-voting attendees after the members (委员、嘉宾和列席人员) are no group
#: beside them, and a list 等 closes is the count's own.
_UNNUMBERED_AFTER: Final = re.compile(
    r"[^,。;、及和与]{0,12}?(?:"
    + PERSON_NOUN.pattern
    + r"|长)(?:以及|和|及|与|、)(?![^,。;]{0,8}?(?:嘉宾|来宾|列席|特邀))"
    + r"[^,。;、等\d一二三四五六七八九十百]{1,12}?(?:朋友|人士|团队|"
    + PERSON_NOUN.pattern
    + r")[^,。;等]{0,3}?(?:参加|参与|出席|参会|到会|齐聚)"
)
#: After a count: its people (a list of kinds of them, maybe), then 及 or
#: 以及 and another group with no number, all the subject of one verb of
#: attending (近70名党员、预备党员,以及巾帼志愿者参加; 40余位老人及志愿者
#: 共同参与): the count covers the first group only (19a, as 30余位镇人大代表
#: 及相关部门负责人). Unlike _UNNUMBERED_AFTER, the count's own list may run
#: on (、) and the second group may be a bare noun, since 及 joins groups
#: where 、 lists the count's own kinds (50名党员、群众参加). Not guests or
#: non-voting attendees, and not a numbered second group (59名代表及38名列席
#: 人员共97人: a total follows).
_LISTED_BESIDE: Final = re.compile(
    r"[^,。;及和与]{0,24}?(?:"
    + PERSON_NOUN.pattern
    + r"|分子),?以?及(?![^,。;]{0,8}?(?:嘉宾|来宾|列席|特邀))"
    + r"[^,。;等\d一二三四五六七八九十百]{0,30}?"
    + PERSON_NOUN.pattern
    + r"[^,。;等]{0,4}?(?:参加|参与|出席|参会|到会|齐聚)"
)
#: A clause of its sentence's subject that names a group with no number
#: (相关负责干部, 办室负责人): nothing but who they are.
_GROUP_CLAUSE: Final = re.compile(r"[^\d,。;:]{1,12}?(?:成员|" + PERSON_NOUN.pattern + ")")
