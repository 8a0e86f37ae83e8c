"""
Places: the stops of a tour, in order, and the venue of a meeting.

A tour is printed as a verb of going (``先后到``, ``来到``, ``深入``,
``走进``, ``前往``) and a ``、`` list of stops closed by what was done there
(``实地察看``, ``进行``, ``开展``, ``等地``, ``参观``), its purpose
(``对…工作``) or the clause's end. A tour may go on over several sentences
(``随后来到…``, ``在大塘市场,…``); lists of rooms or kinds of place
(``教学楼、功能室``, ``社区、家庭``) and destinations still to come are not
stops. A venue is ``在X举行/召开/举办``. A stop is kept as printed; one printed with
its sub-district (``棉纺路街道三棉东社区棉西小院``) also names it as its area.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from timeline.extract._people import GLOSS

__all__ = ["PlaceMention", "find_tour", "find_venue", "same_place", "split_area"]

_GO: Final = (
    r"(?:(?:先后|一行|陪同下,|等|同志|深入|随后|还|并|分别|又|再|,|人|员|长|记|任|局|部|组|委|们|队)"
    r"(?:到访|到达|到|来到了?|深入到?|走进了?|前往|赴|走访了?)|(?:先后|随后|一行|又|还)(?:深入|走进|前往|来到|赴)"
    # 走进/来到/前往 name places whatever precedes them; 到 and 深入 need a cue.
    r"|走进了?|来到了?|前往|探访了?|探望了?"
    # A list seen in turn: 先后视察了A、B (but not 参观了成果展示 alone).
    r"|先后(?:视察|察看|查看|考察|参观|检查)了|实地(?:考察|察看|查看|视察|走访)了)"
)
#: What closes a list of stops: what was done there, its purpose, or the clause's end.
_DONE: Final = (
    r"(?:,?(?:详细了解|实地察看|实地查看|实地调研|实地|察看|查看|调研|检查|督导|督查|进行|开展|"
    r"慰问|走访|观摩|视察|看望|探访|探望|拜访|参观|参访|参与|考察|了解|听取|组织|等地|等处|等单位|等点位|等)"
    r"(?![站组院所点室厅馆])|(?=(?:对|就|围绕)[^,。]{1,40}?(?:进行|开展|工作|情况))|(?=[,。;]|$))"
)
_TOUR: Final = re.compile(_GO + r"(?P<list>[^,。;:!?]{2,200}?)" + _DONE)
#: A place the next clause happens at: 在大塘市场,李杰云详细了解…
_AT: Final = re.compile(
    r"^\s*(?:随后|之后|最后|接着|[^,。]{1,12},)?\s*在(?P<place>[^,。;:!?的]{2,30}?"
    r"(?:市场|超市|公司|集团|社区|村|小区|学校|小学|中学|医院|中心|广场|基地|园区|工地|厂|站|馆|院))(?:,|内|里)"
)
_VENUE: Final = re.compile(
    r"(?:在|(?<![关对由至属位等基终])于)(?P<place>[^,。;:!?的]{2,30}?)(?:组织|主持)?(?:隆重)?"
    r"(?:胜利|隆重)?(?P<verb>举行|召开|举办|开幕|启动|开展|传达|开讲|会见|办理|进行)"
    r"(?!前|后|之际|期间|以来|的|了)"
)
_AREA: Final = re.compile(r"^(?P<area>[\u4e00-\u9fff]{2,6}?(?:街道|镇|乡|办事处))(?P<rest>.+)$")
_NOT_PLACE: Final = re.compile(
    r"^(?:(?:我区|我县|我市|我镇|我乡|我省|本区|本县|本市)$|各|全区|全县|全市|全镇|基层|一线|现场|实地|群众|企业|项目|"
    r"社区群众|贫困户|随后|此前|有关|相关|重点|一些|被|会|不同|该|"
    # A list that opens with what was done names people or work, not places.
    r"慰问|看望|调研|检查|督导|了解|开展|进行|打好|做好|抓好|推进|加强|排查)|"
    r"^(?:会议|活动|仪式|工作)$|"
    # An electoral district is where voters belong, not a stop (unless a
    # venue: 选区召开, read apart).
    r"^第[0-9一二三四五六七八九十]+选区$"
)
#: Anywhere in a stop: a share or a count of places, or people rather than a place.
_VAGUE: Final = re.compile(
    r"部分|各|的|人员|宣布|[0-9一二三四五六七八九十两几多]+(?:个|家|所|处|户|名|人)|"
    # A date or a time of day is no place: 于6月1日召开.
    r"[0-9]+月|[0-9]+日|上午|下午|晚上|"
    r"(?:人员|群众|老人|长者|家庭|口罩|党员|干部|家属|职工|儿童|学生|工作|活动|会议|企业|上|"
    r"(?<![一二三四五六七八九十])中|"
    # ... or what was done: 深入排查、精准施治; 前往接机; 参访交流.
    r"排查|施治|交流|指导|接机|接機|学习|贯彻|落实|推进|研究|整改|攻坚战|治理|参访|参与|实地|分别)$"
)
#: A long stop ends like a place; a long run that does not is a clause.
_LONG_STOP: Final = 8
_PLACE_END: Final = re.compile(
    r"[场城村区店院园校站馆心司厂楼路街镇乡道口岛湖山桥港湾处点所部局委室厅房屋舍苑庄寺庙宫塔台坊号"
    r"址基地堂邨段目程栋幢居里巷弄门河江渠库角线沿边侧旁岸”」)]$"
)
#: Stops that name no one place: generic rooms, kinds of place (深入社区、家庭).
_GENERIC: Final = frozenset(
    [
        "社区",
        "家庭",
        "企业",
        "农村",
        "学校",
        "乡村",
        "村",
        "村组",
        "村居",
        "镇村",
        "乡镇",
        "街道",
        "车间",
        "生产车间",
        "田间地头",
        "项目现场",
        "工地",
        "施工现场",
        "教学楼",
        "功能室",
        "图书馆",
        "阅览室",
        "报告厅",
        "操场",
        "会议室",
        "展厅",
        "展馆",
        "食堂",
        "宿舍",
        "教室",
        "办公室",
        "病房",
        "厨房",
        "仓库",
        "超市",
        "农贸市场",
        "市场",
        "批发市场",
        "商场",
        "家中",
        "门店",
        "店铺",
        "窗口",
        "服务窗口",
        "大厅",
        "井下",
        "井下工作面",
        "会场",
        "选举现场",
        "现场",
        "服务大厅",
        "一楼",
        "二楼",
        "三楼",
        "辖区",
    ]
)
#: Whose home was visited is no part of the place: 海河社区困难户家庭 -> 海河社区.
_HOME: Final = re.compile(
    r"(?:的)?(?:困难户|困难群众|困难党员|困难职工|困难|贫困户|低保户|老党员|老干部|退役军人|特困)"
    r"(?:家庭|家中)$"
)
#: What was looked at there is no part of the place: …项目推进情况 -> …项目.
_LOOKED_AT: Final = re.compile(
    r"(?:的)?(?:(?:建设|推进|施工|运行|生产|经营|整改|工作|发展)?(?:情况|进度|进展|现状)|"
    r"(?:主体工程|工程)?建设)$"
)
#: The reporter's own district opening a stop: 我市重点项目深汕中心医院 -> 深汕中心医院.
_OURS: Final = re.compile(r"^我[区县市镇乡省](?:重点项目|重点企业|拟)?")
#: Whom a stop was visited for: 骏发花园的居民 -> 骏发花园.
_FOR_WHOM: Final = re.compile(r"的(?:居民|长者|老人|群众|住户|村民|家庭|困难户|困难群众)$")
#: A destination still to come is not a place visited: 将前往, 拟到.
_FUTURE: Final = ("将", "拟", "计划", "准备", "即将", "将要")
#: 及 and 和 join two stops only after a place's last character (not 和平社区,
#: not 香港抗战及海防博物馆).
_LIST_SEP: Final = re.compile(
    "、|以及|(?<=[场城村区店院园校站馆心司厂楼路街镇乡口岛邨号体程])[及和]"
)


@attrs.frozen
class PlaceMention:
    """
    A place found in text.

    Attributes:
        name: The place as printed, its sub-district included.
        area: The sub-district printed at its start, or empty.
        span: Offsets of the whole printed place in the searched string.
    """

    name: str
    area: str
    span: tuple[int, int]


def split_area(place: str) -> tuple[str, str]:
    """
    The place as printed and the sub-district that opens it: ``(name, area)``.

    ``汝河路街道金苑社区`` -> ``("汝河路街道金苑社区", "汝河路街道")``: the
    name stays whole, as printed (the area alone is ambiguous across a
    district, and the name alone loses where it is); the area is kept
    beside it so a place can be found by its sub-district.
    """
    m = _AREA.match(place)
    if m is None:
        return place, ""
    return place, m["area"]


def same_place(known: str, other: str) -> bool:
    """
    Whether ``other`` names a place already listed as ``known``.

    A stop printed once with its area and again without it
    (``汝河路街道金苑社区`` … ``在金苑社区召开``) is one place.
    """
    return known == other or (len(other) >= 2 and known.endswith(other))  # noqa: PLR2004 - one char is no place


def _unglossed(text: str) -> tuple[str, list[int]]:
    """The text without readings (``區(qū)`` -> ``區``), and each kept character's index."""
    kept: list[int] = []
    pos = 0
    for m in GLOSS.finditer(text):
        kept.extend(range(pos, m.start()))
        pos = m.end()
    kept.extend(range(pos, len(text)))
    return "".join(text[i] for i in kept), kept


def _printed(text: str, kept: list[int], p: PlaceMention) -> PlaceMention:
    """A place found in unglossed text, as printed: readings inside and right after it kept."""
    a = kept[p.span[0]]
    b = kept[p.span[1] - 1] + 1
    after = GLOSS.match(text, b)
    if after is not None:
        b = after.end()
    name, area = split_area(text[a:b])
    return PlaceMention(name, area, (a, b))


def find_tour(text: str) -> list[PlaceMention]:
    """
    The stops ``text`` (one sentence) names, in printed order.

    Readings some mirror sites print after characters (``實(shí)地``) are
    skipped while reading and kept in the places as printed.
    """
    if "(" in text and GLOSS.search(text):
        clean, kept = _unglossed(text)
        return [_printed(text, kept, p) for p in _find_tour(clean)]
    return _find_tour(text)


def _find_tour(text: str) -> list[PlaceMention]:
    """
    The stops ``text`` (one sentence) names, in printed order.

    Every list after a verb of going counts (a tour may go on over several
    sentences); a list naming kinds of place or rooms (``社区、家庭``,
    ``教学楼、功能室``) and a destination still to come (``将前往``) do not.
    """
    # 南城区,、叮咛店镇: a stray comma before 、 (same length, offsets kept).
    text = text.replace(",、", " 、")
    out: list[PlaceMention] = []
    at = _AT.match(text)
    if at is not None and not _NOT_PLACE.match(at["place"]) and not _VAGUE.search(at["place"]):
        place, area = split_area(at["place"])
        out.append(PlaceMention(place, area, at.span("place")))
    venue = _VENUE.search(text) if "在" in text else None
    if venue is not None and _LIST_SEP.search(venue["place"]):
        # 在A及B办理投票: each is a venue.
        out.extend(_stops(venue["place"], venue.start("place")))
    if not any(
        w in text for w in ("到", "深入", "走进", "前往", "赴", "走访", "先后", "实地", "探")
    ):
        return out
    for m in _TOUR.finditer(text):
        if text[max(0, m.start() - 2) : m.start()].endswith(_FUTURE):
            continue
        out.extend(_stops(m["list"], m.start("list")))
    return out


def _stops(listing: str, base: int) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    pos = 0
    for piece in _split_list(listing):
        start = base + pos
        pos += len(piece)
        if piece in {"、", "以及", "及", "和"}:
            continue
        lead = len(piece) - len(piece.lstrip())
        name = piece.strip().removesuffix("等")
        looked = _LOOKED_AT.search(name)
        if looked is not None and looked.start() >= 2:  # noqa: PLR2004 - one char is no place
            name = name[: looked.start()]
        ours = _OURS.match(name)
        if ours is not None:
            name = name[ours.end() :]
            lead += ours.end()
        for_whom = _FOR_WHOM.search(name)
        if for_whom is not None and for_whom.start() >= 2:  # noqa: PLR2004 - one char is no place
            name = name[: for_whom.start()]
        home = _HOME.search(name)
        if home is not None and home.start() >= 2:  # noqa: PLR2004 - one char is no place
            name = name[: home.start()]
        if (
            len(name) < 2  # noqa: PLR2004 - one char is no place
            or _NOT_PLACE.match(name)
            or _VAGUE.search(name)
            or (len(name) > _LONG_STOP and not _PLACE_END.search(name) and "、" not in listing)
        ):
            return []
        place, area = split_area(name)
        out.append(PlaceMention(place, area, (start + lead, start + lead + len(name))))
    # Rooms of a stop already named, or kinds of place: no stop of their own.
    if 2 * sum(p.name in _GENERIC for p in out) >= len(out):
        return []
    return out


def _split_list(listing: str) -> list[str]:
    """``A、B及C`` -> ``["A", "、", "B", "及", "C"]``, separators kept for offsets."""
    out: list[str] = []
    pos = 0
    for sep in _LIST_SEP.finditer(listing):
        out.extend((listing[pos : sep.start()], sep.group()))
        pos = sep.end()
    out.append(listing[pos:])
    return out


def find_venue(sentence: str) -> PlaceMention | None:
    """The venue of ``在X举行/召开``, or None (readings as in ``find_tour``)."""
    if "(" in sentence and GLOSS.search(sentence):
        clean, kept = _unglossed(sentence)
        venue = _find_venue(clean)
        return None if venue is None else _printed(sentence, kept, venue)
    return _find_venue(sentence)


def _find_venue(sentence: str) -> PlaceMention | None:
    m = _VENUE.search(sentence)
    if (
        m is None
        or _NOT_PLACE.match(m["place"])
        or _VAGUE.search(m["place"])
        or m["place"] in _GENERIC
        or _LIST_SEP.search(m["place"])  # a list of venues is read as stops
        # 在X进行 is a venue only when X reads as a place (not 在全市常态化进行).
        or (m["verb"] == "进行" and not _PLACE_END.search(m["place"]))
    ):
        return None
    place, area = split_area(m["place"])
    return PlaceMention(place, area, m.span("place"))
