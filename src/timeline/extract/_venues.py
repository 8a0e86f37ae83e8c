"""
Venues: where a meeting or an activity was held, and places still to come.

A venue is printed as ``在X举行/召开/举办`` (``于X召开``; ``假X舉行`` in Hong
Kong and Macau papers), or as what was done at a place that reads as one
(``在X检查``, ``在X听取``). A time after ``于``, a quoted event's name, who
came along and a bare kind of room are no venue; a list of venues is read as
stops by ``_places``. A clause that puts what follows in the future (``将于``,
``拟在``) names no venue and no stop.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from timeline.extract._people import GLOSS
from timeline.extract._placenames import (
    NOT_PLACE,
    PLACE_END,
    PlaceMention,
    generic,
    printed,
    split_area,
    unglossed,
    vague,
)
from timeline.extract._stopnames import LIST_SEP

__all__ = ["VENUE", "escorted", "find_venue", "to_come", "venue_at"]

#: 就 inside a place's name (就业服务中心); any other 就 opens the topic
#: after the place (在X就Y进行督导), so the two never overlap.
_JIU_IN: Final = r"就(?=[业業])"
#: What is done at a venue, closing 在X: held, opened, visited, taken part in.
#: (Each alternative opens with a character, so that _HOLDING scans for them.)
_HELD: Final = (
    r"举行|召开|举办|开幕|闭幕|开班|启动|开展|传达|开讲|会见|办理|进行|上演|开赛|拉开序幕|拉开帷幕|"
    # An event ending there, as 闭幕 (在X圆满落下帷幕, 在X落幕).
    r"落下帷幕|落幕|"
    r"检查|调研|视察|考察|听取|收看|观看|参观|座谈|慰问|看望|"
    # A visit paid there (局长在某区探访长者), an event that opens or is shown
    # there (大奖赛在X打响, 仪式在X热烈开场, 联展在X展出), trees planted there
    # (义务植树, 義务植樹).
    r"探访|探望|走访|打响|开场(?!白)|展出|义务植[树樹]|義务植[树樹]|植[树樹]|"
    # Taking part there (在X会议室参加了会议, 在X中心参加体检), patrolling or
    # looking on the spot there (在A镇、B街道实地查看).
    r"参加|巡查|查看|察看|"
    # Learning from a place visited (考察组在X区学习交流), and an event that
    # comes on there (会议于X市登场): the venue must end like a place.
    # (Not 学习 alone: printed in most reports, it would send many sentences
    # to the venue rule.)
    r"学习交流|登[场場]|"
    # Petitioners received there (县长在信访接待中心公开接待上访群众, 在X街道接访).
    r"接访|接待(?=来访|上访|信访|群众)"
)
#: Any of them in a sentence: one without names no venue (half of those
#: with 在, 于 or 假), and a plain scan for them is cheaper than the rule.
_HOLDING: Final = re.compile(_HELD)
#: 在X举行, 于X召开, 假X舉行 (Hong Kong and Macau papers' "at"); also 在X检查,
#: 在X听取: what is done at a place that reads as one (checked apart).
VENUE: Final = re.compile(
    # Each preposition is printed first and what may not precede it is
    # looked behind after it: every alternative then opens with a character,
    # so the engine scans for 在/于/假 instead of trying the pattern at each
    # position.
    # 在建项目, 在建工程: 在 of "being built" is no preposition; nor is 旨在
    # (活动旨在持之以恒地开展交流: what it aims at).
    r"(?:在(?<!旨在)(?!建(?:项目|工程|工地|的))|于(?<![关对由至属位等基终]于)|假(?<![借放休请]假))"
    # 于日前闭幕, 于近日召开: a time after 于, no place.
    # (A title in 《》 is no place: 在全体合唱《X》的歌声中落下帷幕.)
    r"(?!日前|近日|近期|今[天日]|昨[天日]|前[天日])(?P<place>[^,。;:!?的在将就《\s](?:[^,。;:!?的在将就《]|"
    + _JIU_IN
    + r"){1,29}?)(?:内|里)?(?:还|也|又|亦)?"
    # Who did it with whom, or when or how, printed between the venue and
    # the verb (在X广场共同举办, 在X联合开展, 在体育场冒雨举行, 在X会议室随即召开,
    # 在香港接连举办; and the manner words below, 在X徐徐落下帷幕).
    r"(?:共同|联合|冒雨|随即|接连|统一)?(?:组织|主持)?"
    # 在X就Y工作进行督导: the topic between the place and the verb.
    r"(?:就(?![业業])[^,。;:!?在]{2,40}?)?"
    # Held in several places at once: 在A、B两地同时举行, 在A及B同步举行.
    r"(?:[两三四五六七八九十0-9]+地)?(?:同时|同步)?"
    # (圓满: traditional print keeps 圓 once simplified.)
    # (And the manner of a welcome or a show: 在X亲切会见, 在X热闹登场; 鬧 is
    # left as printed by the matching table.)
    r"(?:隆重)?(?:胜利|隆重|火热|热烈|热[闹鬧]|亲切|精彩|盛大|顺利|圆满|圓满|持续|成功|正式|徐徐)?(?:集中|实地|公开)?"
    r"(?P<verb>" + _HELD + ")"
    # 在X召开的党员大会上 names the venue; 在X召开的前夕 does not, nor 在X启动仪式上
    # (a verb before 式 names a ceremony: X is what was launched or who led it).
    r"(?!前|后|之际|期间|以来|仪?式|的(?![^,。]{0,15}?会(?:议)?上))"
)
#: 在X新落成的Y举行, 在X刚启用不久的Y举行: a clause saying the venue is new,
#: which is no part of its name (as 已建成通车的X after 参观了). Looked for only
#: in a sentence printing one, after VENUE found none; the venue is read from
#: the clause's end, whose 在 is looked for behind it.
_NEWLY: Final = re.compile(r"(?:落成|建成|启用|投用)(?:不久)?的")
#: What every such clause ends in (落成的, 建成的; 启用的, 投用的; 不久的).
_NEWLY_WORDS: Final = ("成的", "用的", "久的")
#: The most such clauses read in one sentence (a hostile page repeats them).
_NEWLY_MOST: Final = 3
#: The most characters between 在 and such a clause (在怀集县新落成的).
_NEWLY_AFTER_AT: Final = 16
#: An event's name in quotes, printed where a venue would be.
_QUOTED_EVENT: Final = re.compile(r"^[「“].*(?:会|周|节|赛|展|礼|式|活动|论坛|峰会)[」”]$")
#: What says a 在… run is who came along (在X陪同下来Y视察), not a venue.
_ESCORTED: Final = ("陪同", "带领", "率领", "下来", "下到")


def escorted(place: str) -> bool:
    """Whether a 在… run is who came along (在A、B陪同下到X调研), not where."""
    return any(w in place for w in _ESCORTED)


#: Verbs after which the venue must end like a place (在全市常态化进行 is none).
_PLACE_VERBS: Final = frozenset(
    [
        *("进行", "检查", "调研", "视察", "考察", "听取", "收看", "观看", "参观", "座谈"),
        *("慰问", "看望", "探访", "探望", "走访", "打响", "开场", "展出", "参加", "巡查"),
        *("查看", "察看", "学习交流", "登场", "登場", "接访", "接待"),
    ]
)
#: A village named before a comma (来到A村,): the village a sentence went to.
_VILLAGE_BEFORE: Final = re.compile(r"村(?<=[^村]村)[,、]")
#: The fewest characters of a venue named only by taking part there (县委党校, not 主会场).
_NAMED_VENUE: Final = 4


def find_venue(sentence: str) -> PlaceMention | None:
    """The venue of ``在X举行/召开``, or None (readings as in ``find_tour``)."""
    if "(" in sentence and GLOSS.search(sentence):
        clean, kept = unglossed(sentence)
        venue = _find_venue(clean)
        return None if venue is None else printed(sentence, kept, venue)
    return _find_venue(sentence)


def venue_at(sentence: str) -> re.Match[str] | None:
    """The first ``VENUE`` match in ``sentence``, or None (the verb looked for first)."""
    if "在" not in sentence and "于" not in sentence and "假" not in sentence:
        return None  # (plain scans for what opens every match)
    return VENUE.search(sentence) if _HOLDING.search(sentence) is not None else None


#: 在X与Y会面 (在北京与X会面, 在X大楼会面): where two parties met, the party
#: met printed between the venue and the verb. Apart from VENUE, and looked
#: for only in a sentence printing 会面, which few do.
_MET: Final = re.compile(
    r"在(?!建(?:项目|工程|工地|的))(?P<place>[^,。;:!?的在将就《与與\s]{1,29}?)"
    r"(?:[与與][^,。;:!?在]{1,30}?)?(?P<verb>[会會]面)"
)


#: Attending or announcing printed between a venue and what was done there
#: (在X出席并宣布启动, 在X宣布启动): the venue ends before it.
_ATTENDING: Final = re.compile("出席|宣布")


def _find_venue(sentence: str) -> PlaceMention | None:
    venue = _first_venue(sentence, venue_at(sentence), VENUE)
    if venue is None and ("会面" in sentence or "會面" in sentence):
        return _first_venue(sentence, _MET.search(sentence), _MET)
    if venue is None and "在" in sentence and any(w in sentence for w in _NEWLY_WORDS):
        return _new_venue(sentence)
    return venue


def _new_venue(sentence: str) -> PlaceMention | None:
    """The venue after 在X新落成的, 在X刚启用不久的: the clause is cut off."""
    for m in itertools.islice(_NEWLY.finditer(sentence), _NEWLY_MOST):
        at = sentence.rfind("在", max(0, m.start() - _NEWLY_AFTER_AT), m.start())
        if (
            at < 0
            or any(c in ",。;:!?的" for c in sentence[at : m.start()])
            or to_come(sentence, at)
        ):
            continue
        # The rest read as if 在 opened it (在体育场隆重举行), and put back in place.
        rest = "在" + sentence[m.end() :]
        venue = _first_venue(rest, VENUE.match(rest), None)
        if venue is not None:
            a, b = venue.span
            shift = m.end() - 1
            return PlaceMention(venue.name, venue.area, (a + shift, b + shift))
    return None


def _first_venue(
    sentence: str, m: re.Match[str] | None, rule: re.Pattern[str] | None
) -> PlaceMention | None:
    # The first 在/于/假 may be a time (于6月1日召开…于X召开): read on.
    while m is not None:
        place = m["place"]
        attended = _ATTENDING.search(place)
        if attended is not None and attended.start() > 0:
            place = place[: attended.start()]
        if (
            to_come(sentence, m.start())
            or NOT_PLACE.match(place)
            # 在与X举行的会议上: X is who the meeting was held with, not where.
            or place.startswith(("与", "與"))
            or vague(place)
            or generic(place)
            or LIST_SEP.search(place)  # a list of venues is read as stops
            # 在X陪同下来Y视察: whoever came along, not where.
            or escorted(place)
            # 在「IEEE科技领袖研讨会」开幕: a quoted event's name is no place.
            or _QUOTED_EVENT.match(place)
            # 在主会场参加会议, 到所在选区参加投票: taking part names a venue
            # only when it is named, not a bare kind of room or district.
            or (m["verb"] == "参加" and len(place) < _NAMED_VENUE)
            # 抵达A村,在村史馆听取…: a room named by the village's own 村 is
            # part of the village just gone to (decision 22e), no venue.
            or (place.startswith("村") and _VILLAGE_BEFORE.search(sentence, 0, m.start()))
            # 在X进行 is a venue only when X reads as a place (not 在全市常态化进行).
            or (
                (m["verb"] in _PLACE_VERBS or "植" in m["verb"])  # 义务植树, 義务植樹
                and not PLACE_END.search(place)
            )
        ):
            # (No rule: the one place read is all there is.)
            m = None if rule is None else rule.search(sentence, m.start() + 1)
            continue
        name, area = split_area(place)
        return PlaceMention(name, area, (m.start("place"), m.start("place") + len(place)))
    return None


#: Words that put what follows in the future (将于…在X举办, 拟在X召开); not
#: 将 taking an object (将活动放在X举行), nor 将军.
_WILL: Final = re.compile(r"将(?=[于在要会])|拟|今后|计划(?=[于在])|准备(?=[于在])")


def to_come(sentence: str, at: int) -> bool:
    """Whether the clause before ``at`` says what follows is still to come."""
    start = max(sentence.rfind(c, 0, at) for c in ",;:")
    return _WILL.search(sentence, start + 1, at + 1) is not None
