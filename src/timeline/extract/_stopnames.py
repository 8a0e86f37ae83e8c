"""
Stops: what one printed list of places holds.

A stop is kept as printed, cut only of what the page printed after it (what
was looked at there, whose home, a share of it) or before it (the reporter's
own district, a describing clause). A list holding an item that is no place
(``_placenames`` says what a place is) names none, unless enough stops around
it are sure. The list is split on ``、``, ``以及`` and a ``和``/``及`` after a
place's last character, not on one joining a site to its works or annex.
"""

from __future__ import annotations

import re
from typing import Final

from timeline.extract._placenames import (
    GENERIC,
    NOT_PLACE,
    PLACE_CHARS,
    PLACE_END,
    PlaceMention,
    function_room,
    generic,
    split_area,
    vague,
)
from timeline.extract._stopcuts import (
    KIND_END,
    PEOPLE_TAIL_IN,
    WORK_AFTER,
    cut_stop,
    household,
    is_householder,
    people_visited,
    with_people,
)

__all__ = ["KIND_END", "LIST_SEP", "read_stops"]

#: A long stop ends like a place; a long run that does not is a clause.
_LONG_STOP: Final = 8
#: Who lives there, printed after the place: 三圣邨的基层家庭, 居于顺利邨的长者.
_RESIDENTS: Final = re.compile(
    r"^(?:(?:同)?(?:居于|住于|住在|居住在|家住)|位于)?(?P<place>[^、的]{2,30}?)的(?=[^、]{0,6}(?:家庭|居民|长者|老人|青年|"
    r"学生|儿童|住户|村民|困难户|婆婆|伯伯|长辈|老兵))"
)
#: A clause describing the place before it: 位于盐城市的青山农场, 由省里引进的X医院,
#: 挂钩联系的长安社区, 新修建的X幼儿园, 在建的A桥、B隧道 (then the place, or each of
#: the list, must end like one).
_DESCRIBED: Final = re.compile(
    # (Not 各社区的办公场所: what every place has is no stop.)
    # (位于A东侧、B南侧的X: where it lies may name several places.)
    # Whose charge the stop is (县政协包联的, 联点的, 挂点的, 所联系的): a clause,
    # whatever it ends with.
    r"^(?:(?P<charge>[^、的]{0,8}?(?:包联|联点|挂点|联系|挂钩|结对|包保|帮扶))"
    r"|(?P<where>位于|地处|坐落于|坐落在|设在|由)[^的]{1,30}|(?!各|部分|有关|相关)[^、的]{1,30})"
    r"的(?=[^的]{2,120}$)"
)
#: One place, then 的 and what was looked at there, a list of things
#: included: X厂的消防设施、设备情况 -> X厂.
_OF_TOPIC: Final = re.compile(r"(?P<place>[^、的]{2,30}?)的[^的]{2,60}(?:情况|进度|进展|现状)$")
#: A list of districts, then 的 and what each of them holds.
_OF_EACH: Final = re.compile(r"(?P<list>[^的]+?、[^的、]+?(?:[镇乡村县市]|街道|社区|城区))的")
#: A place or a side of one, ending what is printed before 的.
_WHERE_OF: Final = re.compile(r"(?:[村镇乡县区][东南西北]|[东南西北]侧|旁边|附近)$")
#: Rooms inside a building, printed after it: 在X内的图书馆、街市.
_INSIDE: Final = re.compile(r"^在(?P<place>[^、的]{2,30}?)[内內里]的")
#: A count summing up a list, printed after its last stop: A村、B社区两个接待点.
#: (After a single stop it is a share of it, 西园街道6个社区: left to vague.)
_COUNT_AFTER: Final = re.compile(
    r"(?<=[村镇乡区县市邨道学校中])"
    r"(?:等)?[0-9一二三四五六七八九十两]+[个所][^、]{1,16}$"
)
#: Works printed as one item's end: a project, its site (…修缮工程现场, …建设现场).
_WORKS_END: Final = re.compile(
    r"(?:工程|项目|項目)(?:施工)?(?:现场|現場|工地)?$|(?:建设|施工)(?:现场|現場)$"
)


def _joins_works(listing: str, sep: re.Match[str]) -> bool:
    """
    Whether ``和``/``及`` joins a site to the works on it, or two sites to the works they share.

    ``A及B工程``, ``A和B建设项目``: the works are no place of their own, and
    the item stays one, as printed (decision 20). Not two projects
    (``A工程和B项目``), not a 、 list's own joint.
    """
    if sep.group() not in {"和", "及"}:
        return False
    end = listing.find("、", sep.end())
    after = listing[sep.end() : end if end >= 0 else len(listing)]
    before = listing[listing.rfind("、", 0, sep.start()) + 1 : sep.start()]
    return _WORKS_END.search(after) is not None and _WORKS_END.search(before) is None


#: What is built around or for a site, printed after 及/和: its annex (decision 20).
#: So is a part named only by how it stands to the site, no place of its own:
#: a floor of it (A及四楼餐饮区), its own units (A大队及基层中队, A及下属企业)
#: or what lies around it (A基地及当地种植基地).
#: (Not its surroundings as what was looked at: A及周边环境.)
_ANNEX: Final = re.compile(
    r"(?:周边|周邊|附属|附屬|配套|基层|基層|下属|下屬|所属|所屬|当地|當地"
    r"|[一二三四五六七八九十0-9]{1,2}[楼层樓層])"
    r"(?![^、]*?(?:环境|環境|情况|情況)(?:、|$))"
)


def _joins_annex(listing: str, sep: re.Match[str]) -> bool:
    """
    Whether ``和``/``及`` joins a site to its annex (``A及附属管网``, ``A及周边道路``).

    The annex is no place of its own: the item stays one, as printed
    (decision 20, 李家村后铁炉保障房及周边道路).
    """
    return sep.group() in {"和", "及"} and _ANNEX.match(listing, sep.end()) is not None


#: A site's annex printed after it (A及附属管网): the site says the item is a place.
_ANNEXED: Final = re.compile(r"(?<=..)[及和](?:" + _ANNEX.pattern + r")[^、]*$")


def _ends_like_place(name: str) -> bool:
    """Whether ``name`` ends like a place, or is a place and its annex (``A及附属管网``)."""
    return PLACE_END.search(_ANNEXED.sub("", name)) is not None


#: 和 or 及 joining the last two stops of a 、 list.
_LAST_JOINT: Final = re.compile(r"(?<=..)[和及](?=..)")
#: 及 and 和 join two stops only after a place's last character (not 和平社区,
#: not 香港抗战及海防博物馆).
LIST_SEP: Final = re.compile(
    # (Each alternative opens with its separator, what must or may not precede
    # it looked behind after it: the engine scans for the separators.)
    # 、 between two numbers lists rooms under one head (2、3号会议室).
    "、(?<!\\d、)|、(?!\\d)|以及"
    f"|及(?<=[{PLACE_CHARS}体况小块]及)|及(?<=[小中大]学及)"
    # (Not the 和 that opens a name: 县和平村, 和谐社区.)
    f"|和(?<=[{PLACE_CHARS}体况小块]和)(?![平谐睦美])|和(?<=[小中大]学和)(?![平谐睦美])"
    # A committee's office or a park's phase ends a stop too
    # (A社区居委会和B社区居委会, X产业园二期和Y示范园).
    "|和(?<=委会和)(?![平谐睦美])|和(?<=[一二三四五六七八九十]期和)(?![平谐睦美])"
    # 与 joins two places only between a district and another (埔里镇与国姓乡).
    "|与(?<=[镇乡区县市村]与)(?=[^、]{1,8}[镇乡区县市村](?:[^\u4e00-\u9fff]|$|[会视调考检察查]))"
)


def read_stops(
    listing: str, base: int, *, strict: bool = False, exact: bool = False, looked: bool = False
) -> list[PlaceMention]:
    """
    The stops of one printed list, or none when any of them is no place.

    ``strict``: the stops must end like places (a list read with a weak cue),
    all of them when ``exact``, else all but one of a long list. ``looked``:
    the list is closed by 等情况, so each stop may end in what was looked at
    (A园区建设、B古街保护等情况).
    """
    listing, base = _unwrapped(listing, base)
    listing = _before_verb(listing)
    out: list[PlaceMention] = []
    pos = 0
    pieces = _split_list(listing)
    # A long list read with a weak cue may hold one stop that does not end
    # like a place (黔江北互通); a short one may not.
    unlike = 1 if strict and not exact and len(pieces) >= 5 else 0  # noqa: PLR2004 - three stops
    # X村阮仕全、陈邦文: names after a village are its households (but a list
    # of villages named like people, 陈大下、魏王许, stays a list of places).
    households = any(
        (held := household(piece.strip())) is not None and is_householder(held.group())
        for piece in pieces
    )
    # A village printed with the people visited there (A村残疾户、B村困难党员):
    # a kind of people alone in the same list (重点优抚对象) is more of them.
    needy = PEOPLE_TAIL_IN.search(listing) is not None and any(
        with_people(piece.strip().removesuffix("等")) for piece in pieces
    )
    joined = False
    skipped = False
    # (Only a list of several items: 部分企业 alone is vague, no stop.)
    shared = next((i for i, p in enumerate(pieces) if "部分" in p), -1) if len(pieces) > 1 else -1
    for i, piece in enumerate(pieces):
        start = base + pos
        pos += len(piece)
        if piece in {"、", "以及", "及", "和", "与"}:
            joined = piece != "、"
            continue
        cut = cut_stop(piece, looked=looked)
        # A share of some kind of place among named stops (A、B和部分险工险段,
        # X园区部分企业、A、B) is no stop of its own, nor a sign that the list
        # names none: the named stops stay if they are sure (_named_stops).
        if i == shared or people_visited(piece, cut, households=households, needy=needy):
            continue
        if cut is None or _no_place(cut[0], listing, strict=strict):
            if _kept_without_last(out, last=i == len(pieces) - 1):
                break
            # One topic inside a long list of places (A公园、B湖、C河综合整治
            # 情况、D街区、E小镇) is what was looked at on the way: skipped,
            # if the stops around it are sure (checked once all are read). Only
            # a topic, and not the last item: any other item that is no place
            # (局 cut off 督查局, 企业), or a topic closing the list (对A整治、
            # B创建、C种植情况进行…), says the list is not one of places.
            inner = i < len(pieces) - 1
            if cut is None and inner and not skipped and len(pieces) > 2 * _SURE_STOPS:
                skipped = True
                continue
            return []
        name, lead, done = cut
        # A list closed by 等情况 names what was looked at (水面漂浮物、河流水质
        # 等情况) unless each item, once trimmed, ends like a place.
        if (strict or looked) and not _ends_like_place(name):
            # What 及/和 adds after places is as often what was looked at
            # there (A室、B中心及社区环境): the one unlike stop is no last joint.
            if looked or not unlike or joined:
                return []
            unlike -= 1
        place, area = split_area(name)
        out.append(PlaceMention(place, area, (start + lead, start + lead + len(name))))
        if done:
            break
    return _named_stops(out, skipped=skipped, shared=shared >= 0)


def _sure_beside_share(out: list[PlaceMention]) -> bool:
    """
    Whether the stops read beside a share of places (部分X) are sure: two at least, named.

    先后来到A现场、B闸口和部分险工险段 keeps A and B; 到部分超市、农贸市场 names
    no place, only kinds.
    """
    return len(out) >= 2 and all(  # noqa: PLR2004 - one named stop is no list
        PLACE_END.search(p.name) is not None and not generic(p.name) for p in out
    )


def _named_stops(out: list[PlaceMention], *, skipped: bool, shared: bool) -> list[PlaceMention]:
    """
    The stops of a list that names places, none when it does not.

    ``shared``: a share of places (部分X) was left out of the list, beside
    which the stops must be sure (``_sure_beside_share``).

    A kind of place among named stops (A村、B基地、沿线道路、河道), or a room
    named by its use (A考点、B室), is what was passed along or looked at
    there, no stop of its own; the named stops stay
    however many such kinds follow them (rooms of a stop, which
    ``_names_places`` counts, say the list is no tour at all).
    """
    if not _names_places(out, skipped=skipped) or (shared and not _sure_beside_share(out)):
        return []
    return [p for p in out if not generic(p.name) and not function_room(p.name)]


def _names_places(out: list[PlaceMention], *, skipped: bool) -> bool:
    """Whether the stops read from a list name places (``skipped``: a topic was left out)."""
    # Rooms of a stop already named, or kinds of place: no stop of their own.
    if 2 * sum(p.name in GENERIC for p in out) >= len(out):
        return False
    # The stops around a topic left out must be sure: four that end like places.
    return not skipped or sum(PLACE_END.search(p.name) is not None for p in out) >= _SURE_STOPS


#: Stops before a list's last item that make the list one of places whatever
#: that item is.
_SURE_STOPS: Final = 4


def _kept_without_last(out: list[PlaceMention], *, last: bool) -> bool:
    """
    Whether a list whose last item is no place keeps the stops before it.

    A long list of places may end with something of another kind added
    (…北海珠海路老街、北海工业园区企业等, …之一的某某生态园): when four stops or
    more before it all end like places, they stay; a short list does not.
    """
    return last and len(out) >= _SURE_STOPS and all(PLACE_END.search(p.name) for p in out)


#: A run printed wholly inside one pair of quotes.
_QUOTED: Final = re.compile(r"^[“「][^“”「」]+[”」]$")
#: Last characters of a room, hall or ground.
_KIND_OF_ROOM: Final = "场房室厅"


def _no_place(name: str, listing: str, *, strict: bool) -> bool:
    """Whether one stop of ``listing``, trimmed, is no place (and so the list names none)."""
    return (
        len(name.strip('“”「」"')) < 2  # noqa: PLR2004 - one char (“站”) is no place
        or NOT_PLACE.match(name) is not None
        or vague(_site_of(name))
        # A run wholly in quotes is a slogan or a topic unless what it quotes
        # ends like a place (从“共同富裕”到“农业强国”; “天碱明渠” is one).
        or (
            name.startswith(("“", "「"))
            and _QUOTED.match(name) is not None
            and not PLACE_END.search(name[1:-1])
        )
        or (len(name) > _LONG_STOP and not _ends_like_place(name) and "、" not in listing)
        or (strict and len(name) < 3 and name[-1] not in "区县镇乡村市邨岛")  # noqa: PLR2004
        # Two characters ending in a room or ground (考场, 厂房, 会场) name a
        # kind of place, not one: a named one is printed longer.
        or (len(name) == 2 and name[-1] in _KIND_OF_ROOM)  # noqa: PLR2004 - a bare kind's length
    )


#: A named place, 的, and a site it holds (X公司的养殖场, X村的文化服务点).
#: (Not after a two-character clause, 联点的X, nor before two joined sites.)
_OWNED_SITE: Final = re.compile(r"(?P<owner>[^、的]{3,30})的(?P<site>[^、的和及]{2,30})")


def _site_of(name: str) -> str:
    """
    The site of ``X的Y`` when both X and Y end like places, else ``name``.

    The run is one place as printed (decision 23b: 长春市X有限公司的养殖场,
    新城镇X村南的植树点), so its 的 makes it no vague description; only the site
    is judged.
    """
    # (Every match holds 的: a stop without one, most, is not matched.)
    m = _OWNED_SITE.fullmatch(name) if "的" in name else None
    if m is None or not PLACE_END.search(m["owner"]) or not PLACE_END.search(m["site"]):
        return name
    return m["site"]


def _before_verb(listing: str) -> str:
    """
    The list up to a verb with 了 printed after a stop.

    ``县武警中队观看了X、Y``: the verb and 了 end the list, and what follows is
    the verb's object (了 is in no place's name).
    """
    done = listing.find("了")
    if done > 2 and PLACE_END.search(listing, 0, done - 2):  # noqa: PLR2004 - a two-character verb
        return listing[: done - 2]
    return listing


def _placed(item: str) -> bool:
    """Whether ``item`` ends like a place, or like one and the people visited there."""
    return PLACE_END.search(item) is not None or with_people(item.removesuffix("家中"))


def _unwrapped(listing: str, base: int) -> tuple[str, int]:
    """A list without whose homes follow its place or what describes it before 的."""
    if "的" not in listing:
        return listing, base
    # A、B、C的片、村指挥棚: 的 after a list's last district is what each of them
    # holds; the districts are the stops.
    each = _OF_EACH.match(listing)
    if each is not None:
        return each["list"], base
    # 参观在X内的图书馆、街市: the building they were in is the stop.
    inside = _INSIDE.match(listing)
    if inside is not None and PLACE_END.search(inside["place"]):
        return inside["place"], base + inside.start("place")
    # 查看了X厂的消防设施、设备情况: what was looked at there follows 的 (decision 22i).
    topic = _OF_TOPIC.match(listing)
    if topic is not None and PLACE_END.search(topic["place"]):
        return topic["place"], base
    # 三圣邨的基层家庭、少数族裔家庭: the place is before 的.
    residents = _RESIDENTS.match(listing)
    if residents is not None and PLACE_END.search(residents["place"]):
        base += residents.start("place")
        listing = residents["place"]
    described = _DESCRIBED.match(listing)
    # Where the stop lies (位于X的) or whose charge it is (包联的): a clause.
    clause = described is not None and (described["where"] or described["charge"])
    if (
        described is not None
        and (clause or _placed(listing))
        # X村南的植树点: a place (or a side of one) before 的 says where the
        # stop is, and the whole run is its name as printed.
        and not (not clause and _WHERE_OF.search(listing, 0, described.end() - 1))
        # X公司的养殖场: a named place before 的 holds the stop, and the run
        # is one place as printed (a clause, 挂钩联系的, does not end like one;
        # a quoted nickname, 被俗称“小香港”的, describes).
        and not (
            not clause
            and listing[described.end() - 2] not in "”」"
            and PLACE_END.search(listing, 0, described.end() - 1)
        )
        # 在建的A桥、B隧道: a clause before a whole list describes each stop,
        # when each ends like a place (not 老人的住宿环境、活动场所), or like a
        # place and the people visited there (受灾严重的A村、B村困难群众家中).
        and (
            "、" not in listing[described.end() :]
            or all(_placed(s) for s in listing[described.end() :].split("、"))
        )
    ):
        base += described.end()
        listing = listing[described.end() :]
    return listing, base


def _split_list(listing: str) -> list[str]:
    """``A、B及C`` -> ``["A", "、", "B", "及", "C"]``, separators kept for offsets."""
    out: list[str] = []
    pos = 0
    # Parentheses open before the separator looked at (the text is normalised
    # to ASCII ones), counted once over the listing.
    depth = 0
    counted = 0
    for sep in LIST_SEP.finditer(listing):
        depth += listing.count("(", counted, sep.start()) - listing.count(")", counted, sep.start())
        counted = sep.start()
        # X社区(二期、三期): a list inside parentheses names parts of one stop.
        if depth > 0 or _joins_works(listing, sep) or _joins_annex(listing, sep):
            continue
        out.extend((listing[pos : sep.start()], sep.group()))
        pos = sep.end()
    # A count summing the list up ends with its last stop.
    last = _COUNT_AFTER.sub("", listing[pos:]) if out else listing[pos:]
    # A、B、C和D: after 、 the last two stops are joined by 和 or 及,
    # whatever the first of them ends with.
    joint = _LAST_JOINT.search(last) if "、" in out else None
    # (Unless a work is joined to the site of another: A、B、危房改造及设施建设
    # 现场 is one stop, 龙潭大桥及绿道建设项目现场 two.)
    if (
        joint is not None
        and not _joins_annex(last, joint)
        and (not WORK_AFTER.search(last, 0, joint.start()) or not _joins_works(last, joint))
    ):
        out.extend((last[: joint.start()], joint.group(), last[joint.end() :]))
    else:
        out.append(last)
    return out
