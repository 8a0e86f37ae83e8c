"""
Lists of stops once found: where each ends and what goes on after it.

A rule of ``_places`` finds where a list of places opens, after a verb of
going or looking, and up to what closes it (``DONE``: what was done there,
its purpose, the clause's end). This module reads the list found: where it
really ends (a count and a kind, ``A、B两家企业``; rooms after it are no
stops), how strictly its names must end like places, and the pieces that go
on after it past a comma or a semicolon (one more stop, a stop and what was
looked at there, places going on after ``在X,``). ``_stopnames`` reads the
names of each piece.
"""

from __future__ import annotations

import re
from typing import Final

from timeline.extract._placenames import PLACE_END, SITES_ETC, SITES_TAIL, PlaceMention
from timeline.extract._stopnames import KIND_END, LIST_SEP, read_stops

__all__ = ["COUNT", "DONE", "Found", "add_list"]

#: A count of stops, as printed before their kind (两家, 5个, 多所): one
#: grammar for every rule that reads a kind after a list.
COUNT: Final = r"(?:[0-9一二三四五六七八九十两几]+|多|数)[个家所座处]"
#: A count and the kind of the stops, summing up a list after its last stop
#: (A、B两家企业进行, 2家台资企业和…): what follows the kind is no more of a
#: place's name (not 两个乡镇府). Looked for inside a list once read, not
#: at each character while a list is scanned (cheaper, and the rules that
#: scan lists compile faster without it).
_COUNTED: Final = (
    # (Glued to the last stop: a count opening an item, 东山乡、三家村, is a name.
    # The count's first character is looked at first: most positions fail there.)
    r"(?=[0-9一二三四五六七八九十两几多数])(?<![、,和及与])" + COUNT +
    # (A short word saying which of the kind: 台资企业, 重点项目, 委员企业.)
    r"(?:[\u4e00-\u9fff]{2}(?=企业|项目|单位|学校|基地))?"
    # (Not 十八家村, 三家镇: a count of villages or towns is N个村, so N家村
    # is a name, whatever precedes it.)
    r"(?!(?<=家)(?:村|镇|乡))"
    r"(?:乡镇|镇|乡|村|社区|街道|企业|公司|单位|工厂|厂家|项目|学校|基地|合作社|园区|景区|点位)"
    r"(?=[,。;和及与]|$|的|进行|开展|调研|视察|走访|检查|督导|督查|实地|考察|观摩|参观|慰问|看望|察看|查看|现场)"
)
#: The first character of every branch of ``_DONE_RULE`` below, or the
#: text's end: checked first, it turns away in one step each place no branch
#: can open (a lazy list tries the rule after each of its characters; a test
#: keeps it in step with the branches).
_DONE_FIRST: Final = (
    r"(?=[,。;与专主了会参召听围实宣察对就展并开慰拜探查检现現看督等组考观视详调走进针祈]|$)"
)
#: What closes a list of stops: what was done there, its purpose, or the clause's end.
#: Only looked at, never consumed: what was done may open the next list
#: (深入走访当地古迹,参观了X).
_DONE_RULE: Final = (
    r"(?=,?(?:专项|专题|开始|展开|详细了解|实地察看|实地查看|实地调研|实地|察看|查看|调研|检查|督导|督查|进行|开展|"
    r"慰问|走访|观摩|视察|看望|探访|探望|拜访|拜会|参观|参访|参与|考察|会勘|了解|听取|组织|针对|等地|等处|等单位|等点位|等|"
    # Work done there after going (赴X宣讲, 赴X现场办公).
    r"宣讲|現場辦公|现场办公|"
    # Worship at a temple gone to (前往X宫参拜, 参香祈福): what was done there.
    r"参拜|参香|祈福(?![新村邨医])|"
    # A meeting held there after going (来到X镇召开座谈会, 前往X社区居委会召集…).
    r"召[开開集]|主持召[开開]|"
    # 并 and the next act: 查看了X并听取汇报 (并 is in no place's name there).
    r"并(?=听取|听了|详细|实地|察看|查看|看望|慰问|召开|主持|与|同|向|对|就|指出|强调|要求|"
    r"调研|座谈|交流|了解|询问|观看))"
    r"(?![站组院所点室厅馆团])|(?=(?:对|就|围绕)[^,。]{1,40}?(?:进行|开展|工作|情况))|(?=[,。;]|$)"
    r"|(?=与[^,。]{1,20}?(?:座谈|交流|见面|会面|会谈)))"
)
DONE: Final = _DONE_FIRST + _DONE_RULE
#: Places opening a sentence going on past a comma (在A、B,C,X详细了解), or
#: past a 、 where the opening rule stopped at a venue's head (在A基地、B点,C).
_AT_GOES_ON: Final = re.compile(
    # (…,C、D等地检查…: the last piece may end in the kind of its places and
    # what was done there, with no comma before the verb.)
    r"[,、](?P<list>[^,。;:!?]{2,80}?)(?=,|等(?:地|处|企业|单位)(?:检查|察看|查看|调研|了解))"
)
#: What makes such a piece a clause, not places: a verb of going, looking or
#: telling (X先后走进Y, X认真听取了Y, X介绍Y项目).
_CLAUSE_IN: Final = re.compile(
    r"到|走进|前往|深入|来|赴|看|察|查|检|调研|参观|考察|视察|了解|听取|介绍|汇报|慰问|走访|"
    r"观摩|进行|开展|指导|座谈|交流|认真|详细|首先|代表|分别|先后"
)
#: A stop and what was looked at there, after a comma, going on a list of
#: them (察看了A沿线整治情况,B村旧房改造情况,C小镇搬迁、拆迁情况): the stop
#: is read from the piece's first item, the rest is the topic.
_TOPIC_PIECE: Final = re.compile(
    r"[,;](?:以及|及|和|还有)?(?P<list>[^,。;:!?、]{2,40})(?=[^,。;:!?]*情况(?:[,。;]|$))"
    r"[^,。;:!?]*情况"
)
#: Verbs of looking on the spot, whose objects are stops (decision 22i).
_ON_SITE: Final = ("察看", "查看", "检查")
#: A verb of going in or looking that may open a piece of a list after a comma.
_OPENING_VERB: Final = "走进|走進|来到|來到|观摩|觀摩|参观|參觀|察看|查看"
#: A list going on after a comma or a semicolon: 先后到A村,B镇C村、D村田间地头详细了解;
#: 先后深入A村;B镇C村 (the semicolon parts the towns' groups). A verb of
#: going in or looking may open the piece (到A村,观摩B馆、C剧场; 来到A广场,走进B、C):
#: it is no part of the first stop.
_GOES_ON: Final = re.compile(
    # (Not 观摩了X: a looking done is read by the rules of looking, decision
    # 22e, which may find rooms of the stop; the piece is no more of this list,
    # or 观摩了 would be read as part of X's name.)
    r"[,;](?!(?:" + _OPENING_VERB + r")了)(?:" + _OPENING_VERB + r")?"
    r"(?P<list>[^,。;:!?]{2,80}?)" + DONE
)

#: The kind of place printed after a list: 等乡镇, 等5个村.
_KIND_AFTER: Final = re.compile(
    r"等(?:" + COUNT + r")?(?:乡镇|镇|乡|村|社区|街道|县|区|市|景区|园区|地|处|企业|公司|单位"
    # 等项目现场, 等省市重点项目施工现场: sites of works, named as their projects are
    # (not 等项目 alone: A改造、B建设等项目 are works and programmes).
    r"|(?:(?:省市|省|市|县|区)?(?:重点|重大|民生|重點))?[项項]目(?=(?:施工|建设|建設)?(?:现场|現場)))"
)
#: Short names and a village last (A、B、C村): the 村 printed on the last says
#: what each is (decision 22f), as 等村 after a list does; not 农村 or 乡村,
#: a kind of place after kinds (企业、学校、农村).
_VILLAGES: Final = re.compile(
    # (The first name may carry its town, printed once for all: 加勉乡A、B村.)
    r"(?:[\u4e00-\u9fff]{1,8}?[县区镇乡縣區鎮鄉](?=[\u4e00-\u9fff]{2,3}、))?"
    r"(?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{1,4}村(?<![农乡]村)$"
)
#: Project sites printed once after a list, or with 等 as its end (decision 22f).
_SITES_AFTER: Final = re.compile(SITES_TAIL)
_SITES_LAST: Final = re.compile(SITES_ETC + "$")
#: A count and a kind right after a list (_COUNTED).
_COUNTED_AT: Final = re.compile(_COUNTED)
#: Rooms or facilities as the kind printed after a list (A室、B书屋等阵地,
#: A中心、B中心等场所): the parts of a place, no stops of their own (decision 22e).
_ROOMS_AFTER: Final = re.compile(r"等(?:功能室|功能区|场所|阵地|场馆|设施)")
#: What was looked at, printed once after a whole list: A建设、B保护等情况.
_LOOKED_AFTER: Final = re.compile(r"等?(?:方面的?)?情况")
#: Function words that open a clause, not a place's name; so do an adverb of
#: time (抵达X,便立刻走进Y; 随即, 立即) and a verb of paying respects
#: (来到X纪念园,瞻仰Y旧址): the piece is what was done next, not one more stop.
_CLAUSE_OPEN: Final = re.compile(
    r"[并並也还還又再於于在到同将即和与及]|便(?![民道利])|随即|立[即刻]|瞻仰"
)
#: A comma piece opening with a village, town or community and going on
#: (…示范点,河沟村高标准农田,马坡村…): the next stop of a tour, printed with
#: its site; not a preposition or adverb opening a clause (就乡村振兴…, 对进村道路…).
_SETTLED_OPEN: Final = re.compile(
    r"^(?![并並也还還又再於于在到同将即和与及对就为把被从向围])"
    r"[\u4e00-\u9fff]{2,4}?(?:村|镇|乡|社区|街道)(?=[\u4e00-\u9fff]{2})"
)
#: People or a body of a village, whose piece is no stop (村党支部书记, 村两委).
_PEOPLE_IN: Final = re.compile(
    r"书记|支书|村长|镇长|乡长|同志|人员|主任|干部|村民|居民|群众|负责人|两委|班子|党员|党支部|党总支"
)
#: A body's name, which ends like a place (PLACE_END) but names no site.
_BODY_END: Final = re.compile(r"(?<![村居])委[会會]$|[议議][会會]$")
#: Lists read so far: their spans and stops.
Found = list[tuple[int, int, list[PlaceMention]]]


def _next_stop(piece: str) -> bool:
    """
    Whether a comma piece after a list of stops is one more stop (…小区,火车站电脑科技城进行…).

    It ends like a place, and holds no verb, no tense or description (了, 的),
    no word opening a clause (对进村道路…) and no people (村党支部书记介绍…).
    """
    return (
        PLACE_END.search(piece) is not None
        and "了" not in piece
        and "的" not in piece
        and _CLAUSE_OPEN.match(piece) is None
        and piece[0] not in "对就为把被从向围"
        # (拜会议会: meeting a body, whose name ends like a place.)
        and not piece.startswith(("拜会", "拜訪", "拜访", "会见", "出席", "参加"))
        and _CLAUSE_IN.search(piece) is None
        and _PEOPLE_IN.search(piece) is None
        # (县委常委会: a body, whose name ends like a place; a village's
        # committee, 东山村委会, is where its office is.)
        and _BODY_END.search(piece) is None
    )


def _in_name(text: str, start: int, at: int) -> bool:
    """Whether a count at ``at`` opens a name: one character or none of its item precedes it."""
    sep = max((m.end() for m in LIST_SEP.finditer(text, start, at)), default=start)
    return at - sep < 2  # noqa: PLR2004 - a stop's name before its count


def _list_end(text: str, start: int, end: int, *, strict: bool) -> tuple[int, bool]:
    """
    Where the list ``text[start:end]`` ends, and whether its stops must end like places.

    A、B两家企业, A、B等乡镇: the kind printed after the stops says what they
    are, however their short names end; a count and the kind ends the list
    (decision 22f). A single place before a count (赴某街道6个社区) is read as
    before: the count only says where the counted group is (decision 20h).
    """
    counted = _COUNTED_AT.search(text, start, end)
    # (前三家村, 刘八家村: a count with one character of the item before it
    # is inside the item's name, no count closing the list.)
    while counted is not None and _in_name(text, start, counted.start()):
        counted = _COUNTED_AT.search(text, counted.end(), end)
    if counted is not None and LIST_SEP.search(text, start, counted.start()) is not None:
        return counted.start(), False
    return end, strict and _KIND_AFTER.match(text, end) is None and (
        "、" not in text[start:end]
        or (
            _VILLAGES.match(text, start, end) is None
            and _SITES_AFTER.match(text, end) is None
            and _SITES_LAST.search(text, start, end) is None
        )
    )


def add_list(  # noqa: PLR0913 - how strictly one list is read
    found: Found,
    text: str,
    m: re.Match[str],
    group: str,
    *,
    strict: bool,
    least: int = 1,
    exact: bool = False,
    opening: bool = False,
    topics: bool = False,
    on_site: bool = False,
) -> None:
    """
    Read the list ``m`` found, unless a stronger rule read it already; and its sequel.

    ``opening``: ``m`` is the places 在 opens a sentence with, which may go on
    past a comma too (在A、B,C,X详细了解). ``topics``: ``m`` is a stop printed
    with what was looked at there (B村旧房改造情况), read as ``looked``.
    ``on_site``: the list was opened by looking on the spot (察看了, 检查了).
    """
    a, b = m.span(group)
    if any(a < y and x < b for x, y, _ in found) or _ROOMS_AFTER.match(text, b):
        return
    b, strict = _list_end(text, a, b, strict=strict)
    # A stop never runs on past a line break: what follows it opens the next
    # paragraph (a caption, a headline, a page's links).
    opened = a + len(text[a:b]) - len(text[a:b].lstrip())
    broken = text.find("\n", opened, b)
    if broken > 0:
        b = broken
    listing = text[a:b]
    looked = topics or _LOOKED_AFTER.match(text, b) is not None
    stops = read_stops(listing, a, strict=strict, exact=exact, looked=looked)
    if len(stops) >= least:
        found.append((a, b, stops))
        # 察看了A整治情况,B改造情况: each piece a stop and what was looked at
        # there, after looking on the spot only (decision 22i; 视察/调研 X情况
        # name a topic, decision 23).
        on_site = on_site or any(v in text[m.start() : a] for v in _ON_SITE)
        if topics or (group == "list" and listing.endswith("情况") and on_site):
            more = _TOPIC_PIECE.match(text, m.end())
            if more is not None:
                add_list(
                    found, text, more, "list", strict=False, exact=True, topics=True, on_site=True
                )
                return
        if opening:
            # 在A、B,C,X详细了解: a piece with no verb in it, up to the next
            # comma, each of its places ending like one (not 在X,Y先后走进Z).
            more = _AT_GOES_ON.match(text, b)
            if more is not None and _CLAUSE_IN.search(more["list"]) is None:
                add_list(found, text, more, "list", strict=True, exact=True)
            return
        # (After a stop and its topic, the list goes on past the topic.)
        on = _GOES_ON.match(text, m.end() if topics else b) if group == "list" else None
        # …罗镇村、三合村,城南街道办泾洋村,现场观摩: one stop after a comma
        # goes on too when it ends in a kind of place and no function word
        # opens a clause there (并到X, 也同意X, 於X).
        if on is not None and (
            "、" in on["list"]
            or (KIND_END.search(on["list"]) and not _CLAUSE_OPEN.match(on["list"]))
            or _next_stop(on["list"])
        ):
            add_list(found, text, on, "list", strict=True, exact=True, on_site=on_site)
        elif (
            on is not None
            and _SETTLED_OPEN.match(on["list"])
            # (Not a clause of the village's people: 青溪村党支部书记介绍了…)
            and _CLAUSE_IN.search(on["list"]) is None
            and _PEOPLE_IN.search(on["list"]) is None
        ):
            # 先后检查了A示范点,B村高标准农田: read as printed, since a site
            # of the village (农田, 片区) need not end like a place.
            add_list(found, text, on, "list", strict=False, exact=True, on_site=on_site)
