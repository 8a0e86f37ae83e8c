"""
Stop cuts: what a page prints around a stop that is no part of its name.

After a stop: what was looked at there (``…项目推进情况``), the work done on
it (``X小学主体工程建设``), whose home or which people were visited
(``X社区困难户家庭``, ``X村阮仕全``), a share of it (``西莒各村落``), a photo
credit, what was done there (``X社区学习``). Before it: the reporter's own
district, whose charge it is, a designation or a label (``我市重点项目X``,
``示范村----X村``). ``_stopnames`` reads a list of stops and cuts each here.
"""

from __future__ import annotations

import re
from typing import Final

from timeline.extract._people import is_name
from timeline.extract._placenames import GENERIC, PLACE_CHARS, PLACE_END, SITES_ETC

__all__ = [
    "KIND_END",
    "PEOPLE_TAILS",
    "PEOPLE_TAIL_IN",
    "WORK_AFTER",
    "cut_stop",
    "household",
    "is_householder",
    "people_visited",
    "with_people",
]

#: Kinds of spot printed after the last stop of a list (…D村田间地头).
_SPOTS: Final = ("田间地头", "田间", "地头", "村头")

_SPOT: Final = re.compile("(?<=[村镇乡])(?:" + "|".join(_SPOTS) + ")$")

#: Whose home was visited is no part of the place: 海河社区困难户家庭 -> 海河社区.
_HOME: Final = re.compile(
    r"(?:的)?(?:困难户|困难群众|困难党员|困难职工|困难|贫困户|低保户|老党员|老干部|退役军人|特困)"
    r"(?:家庭|家中)$"
    # 冈东村老党员区德能家中 -> 冈东村: a home named after the place's end.
    # (Not 村民X家中: a villager's home names no village.)
    r"|(?<=[村区镇乡道邨])(?!民)[^、]{1,10}?家(?:中|里)$"
)

#: What every match of _HOME ends with.
_HOMES: Final = ("家庭", "家中", "家里")

#: The surroundings of a place, printed after it (X小学校园环境, X社区周边环境).
_AROUND: Final = re.compile(r"(?<=..)(?:校园|周边|周围|公共|卫生|村容|环境)?环境$")

#: What was looked at, as a stop's list closes it.
_LOOKED_WORDS: Final = ("情况", "进度", "进展", "现状")

_LOOKED: Final = "(?:" + "|".join(_LOOKED_WORDS) + ")"

#: What was looked at there is no part of the place: …项目推进情况 -> …项目.
_LOOKED_AT: Final = re.compile(
    rf"的[^、的]{{0,10}}{_LOOKED}$|(?:的)?(?:建设|推进|施工|运行|生产|经营|整改|工作|发展)?{_LOOKED}$"
)

#: The reporter's own district opening a stop: 我市重点项目深汕中心医院 -> 深汕中心医院.
_OURS: Final = re.compile(
    r"^[我该][区县市镇乡省](?:重点项目|重点企业|拟)?"
    # Whose charge the stop is (联系企业X, 包保乡镇X): no part of its name.
    r"|^(?:联系|挂钩|挂点|帮扶|包联|包保)(?:企业|单位|村|社区|乡镇)"
    # (包村联系点X村: the village the leader is in charge of, named after it.)
    r"|^(?:包村|包联|挂钩|帮扶|扶[贫貧]|[^、]{0,4}?工作)?联系点(?=[^、]{3})"
    # A unit paired with the visitors' (共建社区X社区, 结对村X村): a label, when
    # the name after it is of the same kind (not 共建村党群服务中心).
    r"|^(?:共建|结对)(?P<paired>村|社区)(?=[^、]{2,8}(?P=paired)$)"
    # The village a first secretary is sent to, after its town (X镇第一书记派驻村Y村):
    # a designation between the area and the name (decision 20f).
    r"|^[^、]{0,6}?(?:第一书记)?(?:派驻|驻点)村(?=[^、]{2,6}村$)"
    # A designation before the stop's own name (重点企业X, 乡村振兴示范村X镇Y村).
    r"|^[^、]{0,6}?(?:重点|示范)(?:企业|项目|村)[-—:]*(?=[^、]{3})"
    # A zone or a programme's site the stop belongs to (重点防火区域X林场,
    # 对口协作项目点X学校): what the stop is counted as, not its name.
    r"|^[^、]{0,8}?(?:重点[^、]{0,4}?区域|(?:协作|帮扶|扶贫|援建)项目点)(?=[^、]{3})"
    # What the place is known for, before its town and village (革命老区X镇Y村,
    # 第一届县委成立地X镇Y村): a descriptor, no part of its name (decision 20f).
    r"|^[^、]{0,10}?(?:老区|根据地|成立地|诞生地|所在地|发源地|旧址地)"
    r"(?=[\u4e00-\u9fff]{2,6}[镇乡鎮鄉][\u4e00-\u9fff]{2,6}村$)"
    # A label before a dash (第二站——X市, 示范村----X村, 某县加工企业——X公司):
    # the stop follows it.
    # (A single dash joins a name's parts: 中国—东盟博览园.)
    r"|^[^、—-]{1,12}(?:—{2,}|-{2,})(?=[^、]{2})"
)

#: What each of _OURS' alternatives opens with, or holds: a stop with none
#: of them (most) is not matched against it.
_OURS_OPENINGS: Final = ("我", "该", "联系", "挂钩", "挂点", "帮扶", "包联", "包保", "共建", "结对")

_OURS_MARKS: Final = (
    *("重点", "示范", "项目点", "老区", "根据地", "成立地", "诞生地", "所在地", "发源地"),
    *("旧址地", "——", "--", "联系点", "派驻村", "驻点村"),
)
#: Any of them, in one scan of the stop (this runs on every stop of every list).
_OURS_MARK: Final = re.compile("|".join(map(re.escape, _OURS_MARKS)))


def _ours(name: str) -> re.Match[str] | None:
    """``_OURS`` at the start of ``name``, tried only when ``name`` holds what it needs."""
    if name.startswith(_OURS_OPENINGS) or _OURS_MARK.search(name) is not None:
        return _OURS.match(name)
    return None


#: A preposition opening a stop is no part of it: a verb glued to the next
#: clause (…陪同调研在镇文化中心,…) reads 在X as its object. (Only 在: 于 opens
#: place names, 于都县.)
_AT_OPEN: Final = re.compile(r"^在(?=[^、]{2})")

#: The work done on a place, printed after it with no 项目 to name the work as
#: a site (decision 20i): X小学主体工程建设 -> X小学, 渭河大桥重建 -> 渭河大桥;
#: greening, lighting and upgrading are works too (X河堤绿化, X大桥绿化亮化,
#: X街区改造提升, X厂技改), printed after places on other sites as often as building.
_WORKS: Final = (
    *("建设", "改造", "整治", "重建", "修缮", "扩建", "拆迁", "绿化亮化", "绿化", "亮化"),
    *("改造提升", "提升改造"),
    # A plant's technical upgrade (X烟厂技改, X厂技改升级, 技术改造).
    *("技改", "技改升级", "技术改造", "技術改造"),
)

WORK_AFTER: Final = re.compile("(?:主体工程|工程)?(?:" + "|".join(_WORKS) + ")$")

#: What was worked on, between the place and the work: two characters that
#: end no place (X滩区景观整治), or a programme whose name ends like one
#: (X村新农村建设, X厂旧城改造).
_WORKED_ON: Final = re.compile(f"(?:(?![{PLACE_CHARS}])[\u4e00-\u9fff]){{1,2}}$")

#: What names a plant or a firm (X厂谷物烘干机 -> X厂).
_PLANTS: Final = ("厂", "廠", "公司")

_PROGRAMME: Final = re.compile(r"(?<=..)(?:新农村|旧城)$")

#: What was done at a place, printed right after it (the place's end before it).
_DOING: Final = re.compile(
    # (Not 细致地了解: 地 after a word that is no place's is an adverb's mark.)
    f"(?:(?<=[{PLACE_CHARS}”」)])|(?<=议会))(?<![^基工营]地)"
    r"(?:对(?![面岸口])|就(?![业近医餐读])|围绕|针对|参加|参与|出席|学习|交流|座谈|主持|召开|举行|举办|开展|进行|"
    r"检查|调研|视察|考察|督导|督查|指导|巡查|看望|慰问|走访|参观|察看|查看|了解|听取|莅临|观摩|宣讲|接待)"
    # (A verb before a place's head names the place: 检查站, 接待站, 学习室.)
    f"(?![{PLACE_CHARS}])"
)

#: Whom a stop was visited for: 骏发花园的居民 -> 骏发花园.
_WHOM: Final = (
    *("居民", "长者", "老人", "群众", "住户", "村民", "家庭", "困难户", "困难群众", "官兵"),
    *("干部职工", "职工", "工作人员", "医护人员", "干警"),
)

_FOR_WHOM: Final = re.compile("的(?:" + "|".join(_WHOM) + ")$")

#: A household printed right after its village or town: 稻场坪村阮仕全.
_HOUSEHOLD: Final = re.compile(r"(?<=[村镇乡屯组社])[\u4e00-\u9fff]{3}$")

#: A person printed after the place visited, described and named:
#: 山前村特困供养人员何仁宋, 城东小学教师张某某 -> the place.
_PERSON_AFTER: Final = re.compile(
    # (Not past a village's group: 新寨村中寨组特困户唐某 -> 新寨村中寨组.)
    r"(?<=[村镇乡屯组社区学院校中])(?:(?!组)[\u4e00-\u9fff]){0,5}[员户人师生民者属兵长][\u4e00-\u9fff]{3}$"
)

#: The kind of people visited, printed right after their village or community
#: (东井村残疾户, 占泽村困难党员, 玉竹村退役军人): the village is the stop
#: (decision 20c), the people are not.
_NEEDY: Final = "(?:困难|贫困|特困|低保|五保|残疾|脱贫|监测|计生)"

#: Who the needy are (困难户, 低保老人), and kinds of people named alone.
_NEEDY_TAILS: Final = ("户", "党员", "群众", "家庭", "老人", "职工")

_OTHER_PEOPLE: Final = ("老党员", "退役军人", "优抚对象")

_PEOPLE_KIND: Final = f"(?:重点)?(?:{_NEEDY}(?:{'|'.join(_NEEDY_TAILS)})|{'|'.join(_OTHER_PEOPLE)})"

_PEOPLE_AFTER: Final = re.compile(f"(?<=[村镇乡屯组区邨])(?:{_PEOPLE_KIND})$")

#: What every match of _PEOPLE_AFTER ends with, built from the same words
#: so the two cannot drift apart.
PEOPLE_TAILS: Final = (*_NEEDY_TAILS, *(kind[-2:] for kind in _OTHER_PEOPLE))
#: Any of them anywhere, in one scan of a list (a list holding none has no
#: village printed with its people).
PEOPLE_TAIL_IN: Final = re.compile("|".join(map(re.escape, PEOPLE_TAILS)))

#: A kind of people alone, an item of a list whose other items name their villages.
_PEOPLE_ONLY: Final = re.compile(f"{_PEOPLE_KIND}等?")

#: Kinds of place a stop's name ends with, when what was looked at follows.
_KINDS: Final = (
    # (村落 before 村: X古村落建设情况 names the village, not a 村 and its 落.)
    "社区|小区|村落|村|镇|乡|街道|公司|集团|医院|学校|中学|小学|幼儿园|园区|基地|中心|项目|工程|"
    "厂|站|馆|场|店铺|桥|院|所|码头|大厦|大楼|段|街|室|之家"
)

#: A stop that ends in a kind of place (…社区, …公司, …项目).
KIND_END: Final = re.compile(f"(?:{_KINDS})$")

#: A kind of place anywhere in a string.
_KIND_IN: Final = re.compile(_KINDS)

_KIND_AT: Final = re.compile(
    # (Not a kind turned into a process: 新型城镇化建设情况 names no 城镇.)
    rf"^.{{2,}}(?:{_KINDS})(?!化)(?=(?:(?!{_KINDS})[^、]){{2,20}}{_LOOKED}$)"
)

#: A share of the stop printed after it: 西莒各村落 -> 西莒; 昌珠镇4户 -> 昌珠镇.
_SHARE_AFTER: Final = re.compile(
    r"(?:各[^、]{1,4}|(?<=[村镇乡区邨道])[0-9一二三四五六七八九十两]+[户家])$"
    # 瑞穗乡多处道路 -> 瑞穗乡: some spots of the place.
    r"|(?<=[村镇乡区县市邨道])(?:多处|数处|几处|部分)[^、]{0,4}$"
)

#: A photo credit printed after a stop, as a caption's end: X村(张三 摄).
_CREDIT_AFTER: Final = re.compile(r"\((?:[^()]{1,12}[摄攝]|[摄攝][影][^()]{1,12})\)")

#: Whose charge the villages of a town are, printed after the town with no
#: village named (X镇挂点村(社区), X街道包保社区): the town entered is the stop
#: (decision 20h).
_CHARGE_AFTER: Final = re.compile(
    r"(?<=[镇乡道])(?:挂点|挂钩|包保|包联|联系|帮扶)(?:村|社区)(?:\((?:村|社区)\))?$"
)

#: The most characters of a stop too short to lose a stray 到 (到家村 stays).
_SHORT_STOP: Final = 3
#: 等, 等地, 等处 closing the last stop; or 等 and what the sites are, closing
#: with their 现场 (X等重点项目建设现场, X等“四好农村路”建设现场: decision 22f).
_ETC: Final = re.compile(r"等(?:地|处|点位)?$|" + SITES_ETC + "$")


def with_people(item: str) -> bool:
    """Whether ``item`` is a village printed with the people visited there (``_PEOPLE_AFTER``)."""
    return _ends(item, PEOPLE_TAILS) and _PEOPLE_AFTER.search(item) is not None


def people_visited(
    piece: str, cut: tuple[str, int, bool] | None, *, households: bool, needy: bool
) -> bool:
    """
    Whether an item of a list is people visited, skipped before it is judged a place.

    As no place it would empty the whole list: a household after its village
    (X村阮仕全、陈邦文), or a kind of people alone among villages printed with
    theirs (A村退役军人、重点优抚对象).
    """
    return (cut is not None and households and is_householder(cut[0])) or (
        needy and _PEOPLE_ONLY.fullmatch(piece.strip()) is not None
    )


def cut_stop(piece: str, *, looked: bool) -> tuple[str, int, bool] | None:
    """
    One stop of a list, cut of what was printed around it; None when it names what was looked at.

    Returns the stop, its offset in ``piece`` and whether what was done there
    followed it (``X社区学习``, ``X中心接待来访群众、研判…``): then the list ends
    there, and what follows the verb is its object, no stop.
    """
    lead = len(piece) - len(piece.lstrip())
    name = piece.strip()
    if "等" in name:
        name = _ETC.sub("", name)
    # A photo credit ends a caption: the stop ends before it, and what
    # follows opens the next paragraph (joined to it when the page's lines
    # were put together).
    credit = _CREDIT_AFTER.search(name) if "摄" in name or "攝" in name else None
    if credit is not None:
        name = name[: credit.start()]
    done = _before_doing(name)
    name = name[:done]
    if credit is not None and done is None:
        done = len(name)
    raw = name
    name = _trimmed(name + "情况").removesuffix("情况") if looked else _trimmed(name)
    # What was looked at cut off (险情处置情况 -> 险情处置): what is left must
    # end in a kind of place, else it was a thing looked at, not a place.
    if _ends(raw, _LOOKED_WORDS) and not KIND_END.search(name):
        return None
    ours = _ours(name) or (_AT_OPEN.match(name) if name.startswith("在") else None)
    # Our district, then a designation or label (我县重点移民安置村----X村).
    while ours is not None and ours.end() > 0:
        name = name[ours.end() :]
        lead += ours.end()
        ours = _ours(name)
    # A going verb printed twice (来到到X村, 在到X村): no place's name opens with 到.
    if name.startswith("到") and len(name) > _SHORT_STOP and PLACE_END.search(name):
        name = name[1:]
        lead += 1
    return name, lead, done is not None


def _before_doing(name: str) -> int | None:
    """
    Where what was done at the place starts (``X社区学习`` -> 4), or None.

    Not when a place still ends in what follows (``X基地接待站建设情况``,
    ``X市对外贸易局``).
    """
    doing = None if PLACE_END.search(name) else _DOING.search(name)
    if doing is None or doing.start() < 2 or _KIND_IN.search(name, doing.start()):  # noqa: PLR2004
        return None
    return doing.start()


#: Farm stays and fishing stays, printed after their village: places.
_FARM_STAYS: Final = frozenset(["农家乐", "農家樂", "渔家乐", "漁家樂"])


def is_householder(name: str) -> bool:
    """A three-character personal name that does not end like a place (陈邦文, not 李家庄)."""
    # (X村复兴组: a village's group, no householder.)
    return (
        len(name) == 3  # noqa: PLR2004 - a surname and a two-character given name
        and is_name(name)
        and not PLACE_END.search(name)
        and not name.endswith("组")
        # (X村农家乐: a farm stay, no surname 农 with a given name 家乐.)
        and name not in _FARM_STAYS
    )


#: What is cut off a stop's end, in order, with what each rule's matches end with.
_CUT_AFTER: Final = (
    (_LOOKED_AT, _LOOKED_WORDS),
    (_FOR_WHOM, _WHOM),
    (_HOME, _HOMES),
    (_SHARE_AFTER, ()),
    (_PEOPLE_AFTER, PEOPLE_TAILS),
    (_SPOT, _SPOTS),
    (_CHARGE_AFTER, ("村", "社区", ")")),
)


def _trimmed(name: str) -> str:
    """A stop without what was looked at, whom it was for or a share of it printed after it."""
    # X村阮仕全: the household printed after its village; 联星村金国春家: its
    # home (decision 20c).
    home = name.removesuffix("家") if len(name) > 5 else name  # noqa: PLR2004 - a place and a name
    held = _held_at_end(home)
    if held is not None and is_householder(held.group()[-3:]):
        name = name[: held.start()]
    # X小学校园环境: the surroundings looked at there are no part of the place.
    around = _AROUND.search(name) if _ends(name, ("环境",)) else None
    # (社区环境: a kind of place's surroundings name none.)
    if (
        around is not None
        and PLACE_END.search(name, 0, around.start())
        and name[: around.start()] not in GENERIC
    ):
        name = name[: around.start()]
    # X社区人居环境整治建设情况: the last kind of place before what was looked at.
    strong = _KIND_AT.match(name) if _ends(name, _LOOKED_WORDS) else None
    # (Nor past 及: A整治及B振兴实施情况 names two topics, no place, decision 20.)
    if strong is not None and "和" not in strong.group() and "及" not in strong.group():
        return strong.group()
    # (The end as ``_ends`` reads it, kept while the name is unchanged: the
    # loop runs for every stop of every list.)
    tail = name.removesuffix("\n")
    for rule, endings in _CUT_AFTER:
        # (Each rule's matches end with one of its endings, when it has any.)
        cut = rule.search(name) if not endings or tail.endswith(endings) else None
        # Whom a visit was for follows a place (骏发花园的居民), not a
        # description of them (认识多年的村民: people, no stop).
        if rule is _FOR_WHOM and cut is not None and not PLACE_END.search(name, 0, cut.start()):
            continue
        if cut is not None and cut.start() >= 2:  # noqa: PLR2004 - one char is no place
            name = name[: cut.start()]
            tail = name.removesuffix("\n")
    return _without_works(name)


def _without_works(name: str) -> str:
    """A stop without the work done on it: the place ends before what was worked on."""
    work = WORK_AFTER.search(name) if _ends(name, _WORKS) else None
    if work is None or work.start() < 2:  # noqa: PLR2004 - one char is no place
        return name
    name = _PROGRAMME.sub("", name[: work.start()])
    # X厂谷物烘干机技改: what a plant upgraded (a line, a machine) is no part
    # of the plant, which ends the place.
    if "技" in work.group() and not PLACE_END.search(name):
        plant = max(name.rfind(w) + len(w) for w in _PLANTS)
        if plant > 1:
            return name[:plant]
    # X化建设 is a process (新型城镇化, 现代化), no place worked on: 城镇 is no stop.
    on = None if PLACE_END.search(name) or name.endswith("化") else _WORKED_ON.search(name)
    if on is not None and PLACE_END.search(name, 0, on.start()):
        return name[: on.start()]
    return name


def _ends(name: str, endings: tuple[str, ...]) -> bool:
    """
    Whether ``name`` ends with one of ``endings``, as ``$`` reads an end.

    A plain test before a rule all of whose matches end so: most stops end
    otherwise, and the test is far cheaper than the rule's search.
    """
    return name.removesuffix("\n").endswith(endings)


def household(name: str) -> re.Match[str] | None:
    """A household printed at the end of ``name``, after its settlement (``_HOUSEHOLD``)."""
    # (Three characters after a settlement: the one before them is looked at first.)
    before = name.removesuffix("\n")[-4:-3]
    return _HOUSEHOLD.search(name) if before and before in "村镇乡屯组社" else None


def _held_at_end(name: str) -> re.Match[str] | None:
    """A household, or a person described and named, printed at the end of ``name``."""
    # (A person's name is three characters after a word for a person.)
    before = name.removesuffix("\n")[-4:-3]
    return household(name) or (
        _PERSON_AFTER.search(name) if before and before in "员户人师生民者属兵长" else None
    )
