"""
Scenes: the place a sentence puts its event at, printed with no verb of going.

``在X`` opening a sentence (``在大塘市场,…``, ``在A、B等企业,…``), or a later
clause (``…,在X管护站,…``), or wherever it is followed by whom was met there
(``在X联络站与选民交流``); a venue as the subject of the crowd's words
(``X礼堂内座无虚席``); a room as the sentence's setting (``X会议室内,…``).
``_places`` reads the places these rules find as stops.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from timeline.extract._placenames import SITES_TAIL, SPOT, each

__all__ = ["later_places", "opening_place"]

#: Whom the visitors met there, right after the place: 在X管护站与工作人员亲切交流.
_WITH: Final = (
    r"(?=(?:与"
    # (和/同 only before the people met: 在A村和B村交流 joins two places.)
    r"|[和同](?=[^,。]{0,4}(?:群众|村民|居民|选民|代表|职工|师生|学生|干部)))"
    r"[^,。]{1,20}?(?:座谈|交流|交谈|见面|会面|会谈|面对面))"
)
#: What a place after 在 ends with (a 心 only as 中心: 在对标先进中坚定初心 is a clause;
#: a spot set up for a task, 采样点位, 机位; a checkpoint 卡口, not a door's 门口;
#: not 登场, an event coming on there: 在X公园热闹登场,).
_AT_END: Final = (
    r"(?:[场司团区村校院地厂站馆园镇乡道部目店楼室厅堂所府邨号市段矿库社棚桥湖岛庄苑河江堤坝寨屯垸厦](?<!登场)"
    r"|中心|" + SPOT + r"|(?<!门)口"
    # A village's group, right after its village (在甲乡乙村丙组,): not a team
    # (工作组, 调研组), which no village precedes.
    r"|组(?<!工作组)(?:(?<=村.组)|(?<=村[^、村].组)|(?<=村[^、村]{2}.组)|(?<=村[^、村]{3}.组)))"
)
#: Places opening the next clause: 在大塘市场,李杰云详细了解…; 在A、B、C,X询问…
_AT: Final = re.compile(
    r"^[\s”」\"]*(?:随后|之后|最后|接着|[^,。]{1,12},)?\s*"
    # Who was there, before 在 (代表们在X,听取…; 某县在X会议室,举办…); not
    # an adverb before 在, which makes it a state (市区还在警戒区内, 仍然在),
    # nor a modal or a future, which makes it a place still to come or only
    # allowed (代表们将在X, 群众可在X办理; 协会 and 委员会 are bodies).
    r"(?:[^,。;:!?“”在的]{1,10}?(?<![还還仍也都正可将將须需要应能拟])"
    r"(?<!仍然)(?<!依然)(?<!一直)(?<!始终)(?<![^委协協商学學联聯]会))?在(?P<place>[^,。;:!?的与]{2,80}?"
    + _AT_END
    + r")(?:,|内|里|"
    + _WITH
    + ")"
)
#: 在A、B等企业, opening a sentence: a list the kind printed after 等 closes,
#: whatever its stops end with (firms are printed by their short names).
_AT_KIND: Final = re.compile(
    r"^[\s”」\"]*(?:随后|之后|最后|接着|[^,。]{1,12},)?\s*在(?P<place>[^,。;:!?的与在]{2,120}?)"
    r"(?=等(?:[0-9一二三四五六七八九十]+[个家处])?(?:企业|公司|单位|厂|村|社区|乡镇|镇|景区|园区|基地|处|地),)"
)
#: 在A、B项目现场, opening a sentence: the sites of several projects, their
#: 项目现场 printed once after the last (decision 22f drops it as a shared tail).
_AT_SITES: Final = re.compile(
    r"^[\s”」\"]*(?:随后|之后|最后|接着|[^,。]{1,12},)?\s*在"
    r"(?P<place>[^,。;:!?的与在、]{2,40}(?:、[^,。;:!?的与在、]{2,40})+?)"
    r"(?=" + SITES_TAIL + ",)"
)
#: 在X opening a sentence, whatever follows, when X ends in a venue's head
#: (在开江县橄榄广场人潮涌动, 在金堤河沿线详细了解).
_AT_HEAD: Final = re.compile(
    r"^[\s”」\"]*(?:随后|之后|最后|接着|[^,。]{1,12},)?\s*在(?P<place>[^,。;:!?的与在]{2,30}?"
    # …基地靶场: a room or ground of the venue printed right after it.
    r"(?:广场|礼堂|会场|中心(?![组任工])|基地|园区|公司|沿线|工地|码头|景区|公园)"
    r"(?:[^,。;:!?的与在]{0,3}?[场站室厅])?)"
    r"(?![,。]|内|里)"
)
#: Words telling the crowd at a venue.
_CROWD: Final = "座无虚席|热[闹鬧]非凡|人头[攒攢]动|人潮涌动|暖意融融|人声鼎沸|灯火(?:通明|辉煌)"
#: A venue as the subject of a sentence telling the crowd there (1月9日下午,
#: X村委会热闹非凡; 但X影剧院内却是暖意融融; X礼堂内座无虚席): the scene
#: of the event, printed with no verb of going before it.
_SCENE: Final = re.compile(
    r"^[\s”」\"]*(?:[^,。]{1,14},)?\s*(?:但|而)?\s*(?!整个|整座|偌大)(?P<place>[^,。;:!?的在与、\s]{2,30}?"
    # X湖畔的Y篮球场: a place and a site it holds (decision 23b).
    r"(?:的[^,。;:!?的在与、\s]{2,20}?)?)"
    r"(?:内|里)?(?:却|早已|更是|已是)?是?"
    r"(?=" + _CROWD + ")"
)
#: The crowd's words anywhere: a sentence without them is no scene (a plain
#: scan, cheaper than the rule anchored at its start, which backtracks).
_CROWDED: Final = re.compile(_CROWD)
#: The head of a room or hall, and 内/里 then a comma or its scene after it.
_ROOM_HEADS: Final = "室|礼堂|会堂|大厅|剧院"
_ROOM_HEAD: Final = f"(?:{_ROOM_HEADS})"
_ROOM_INSIDE: Final = "(?:内|里)(?=,|灯火通明)"
#: A room or hall opening a sentence, with 内/里 and then a comma or its
#: scene (11月10日晚,X会议室内灯火通明; 9月12日,X六楼会议室里,新兵…): the
#: room the event was held in, printed as the sentence's setting.
_ROOM_SCENE: Final = re.compile(
    r"^[\s”」\"]*(?:[^,。]{1,14},)?\s*"
    # 2、3号会议室: numbered rooms sharing one head are one place.
    r"(?P<place>(?:[^,。;:!?的在与、\s]|(?<=\d)、(?=\d)){2,30}?" + _ROOM_HEAD + ")" + _ROOM_INSIDE
)
#: A room's head and 内/里 anywhere: a sentence without them opens with no
#: room (a plain scan before the rule, as for _CROWDED).
_ROOM_ENDED: Final = re.compile(_ROOM_HEAD + _ROOM_INSIDE)
#: Either, in one scan: most sentences hold neither, and are scanned once.
_SET_SCENE: Final = re.compile(_CROWD + "|" + each(_ROOM_HEADS, _ROOM_INSIDE))
#: A zone inside a venue (…展区, …交易区, …功能区): a part of the stop, no
#: stop of its own (decision 22e), when a later clause opens with it.
_ZONE: Final = re.compile(r"(?:展|交易|功能|服务|办公|生活|作业|展示|体验|休息|候车)区$")
#: 在X, opening a later clause, after a comma or a semicolon.
_AT_LATER: Final = re.compile(
    # (The comma looked behind after 在, so that the engine scans for 在.)
    r"在(?<=[,;]在)(?P<place>[^,。;:!?的在与]{2,30}?" + _AT_END + ")"
    r"(?:,|内|里|" + _WITH + ")"
)
#: 在A、B、C等地, opening a later clause: a list the kind printed after 等
#: closes, however long its names (…;在A风电项目、B海洋牧场、C产业基地等地,了解…).
_AT_LATER_KIND: Final = re.compile(
    r"在(?<=[,;]在)(?P<place>[^,。;:!?的在与]{2,120}?等(?:地|处|企业|单位))(?=,)"
)
#: 在X与Y座谈 anywhere in a sentence: X is where they met (代表们在X联络站与选民交流).
_AT_WITH: Final = re.compile(r"在(?P<place>[^,。;:!?的在与]{2,30}?" + _AT_END + ")" + _WITH)


def opening_place(text: str) -> tuple[re.Match[str], bool] | None:
    """
    The place ``text`` (one sentence) opens with, and whether 在 opened it.

    Each rule is tried only when the sentence holds what its match must: 在,
    the crowd's words, a room's head and 内/里. ``True`` for 在X (which may go
    on past a comma, 在A、B,C,…), ``False`` for a scene, a room or 在A、B等企业.
    """
    has_at = "在" in text
    scene = _SET_SCENE.search(text) is not None
    # (在A、B项目现场 only where 现场 is printed, whatever comes before it:
    # 项目施工现场 and 项目建设现场 are the same shared tail.)
    # (在A、B等乡镇, first: the kind after 等 closes the list, which 在X,
    # would read with 等乡镇 as the last stop's tail, its short names strictly.)
    at = (
        (_AT_KIND.match(text) if has_at and "等" in text else None)
        or (_AT_SITES.match(text) if has_at and ("现场" in text or "現場" in text) else None)
        or ((_AT.match(text) or _AT_HEAD.match(text)) if has_at else None)
        or (_SCENE.match(text) if scene and _CROWDED.search(text) else None)
        or (_ROOM_SCENE.match(text) if scene and _ROOM_ENDED.search(text) else None)
    )
    if at is None:
        return None
    return at, at.re is _AT or at.re is _AT_HEAD


def later_places(text: str) -> Iterator[tuple[re.Match[str], bool]]:
    """
    Places 在 puts something at later in ``text``, in the order they are read.

    …深入国家公园腹地,在大拉洞管护站,…: a later clause opening with 在X,
    (also after a semicolon: …;在X公司,了解…); 在X与Y交流 wherever it is printed.
    With each, whether it opens a clause (which may go on past a comma, as an
    opening 在 does: …;在A村、B村,C乡D村等地,察看…).
    """
    for rule, needs in ((_AT_LATER, "在"), (_AT_LATER_KIND, "等"), (_AT_WITH, "与")):
        for later in rule.finditer(text) if needs in text else ():
            if rule is _AT_LATER and _ZONE.search(later["place"]):
                continue  # a zone of the stop just told (decision 22e)
            yield later, rule is not _AT_WITH
