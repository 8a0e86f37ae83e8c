"""
Place names: what a place is, and a place as found in text.

A place ends like one: an administrative unit (``镇``, ``村``, ``社区``) or a
venue's head (``公司``, ``中心``, ``馆``). Vague places, kinds of place and
people are none. A place found is kept as printed, readings included
(``區(qū)``), with the sub-district that opens it beside it as its area; a
place named again without its area, or with its county or unit, is the same
place. ``_stopnames`` reads a printed list with these words; ``_places`` and
``_venues`` find where one is printed.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from timeline.extract._people import GLOSS

__all__ = [
    "GENERIC",
    "NOT_PLACE",
    "PLACE_CHARS",
    "PLACE_END",
    "SITES_ETC",
    "SITES_TAIL",
    "SPOT",
    "PlaceMention",
    "each",
    "function_room",
    "generic",
    "printed",
    "same_place",
    "split_area",
    "unglossed",
    "vague",
]

_AREA: Final = re.compile(r"^(?P<area>[\u4e00-\u9fff]{2,6}?(?:街道|镇|乡|办事处))(?P<rest>.+)$")
#: The characters a place's name ends with (旗: a banner, Inner Mongolia's county).
PLACE_CHARS: Final = (
    "场城村区店院园校站馆心司厂楼路街镇乡道口岛湖山桥港湾处点所部局委室厅房屋舍苑庄寺庙宫塔台坊号"
    "址基地堂邨段目程栋幢居里巷弄门河江渠库角线沿边侧旁畔岸府队铺县市厦营寨堤坝滩矿田棚屯社垸旗祠廊"
    # A polder and hill passes, naming hamlets (甲村南北圩, 毛家垭, 刘家坳).
    "圩垭埡坳"
    # Traditional forms the matching table leaves as printed (水泥廠).
    "廠廟宮棟鋪庫側"
)
NOT_PLACE: Final = re.compile(
    # The reporter's own district (我旗) and the whole of one (全省) are no stop.
    r"^(?:[我本][区县市镇乡省旗州盟村]$|各|全[区县市镇港澳]|全[省国州旗乡]$|基层|当地|同一|这|那|此|本[澳港]|一线|现场|实地|群众|企业|项目|"
    r"社区群众|贫困户|随后|此前|有关|相关|重点|一些|被|会|不同|所在|各自|"
    # A level names a kind of place, not one (村级文化长廊, 镇级敬老院).
    r"[村乡镇县]级|"
    # 该 ("this") alone names the place just told (该村土地平整现场 is that
    # village); a hall or room of it is a venue of its own (该区机关礼堂).
    r"该(?![区县市旗镇乡村][^、]{2,}(?:[室堂厅馆楼]|会场)$)|"
    # A list that opens with what was done names people or work, not places.
    r"慰问|看望|调研|检查|督导|了解|开展|进行|打好|做好|抓好|推进|加强|排查|交流|沟通|分析|研究|学习|探讨|"
    r"实施|贯彻|落实|推动|视察|考察|参观|察看|查看|走访|拜访|拜会|探访|"
    # 深入 as "deeply": 深入思考, 深入探索, 深入浅出.
    r"思考|探索|浅出)|"
    r"^(?:会议|活动|仪式|工作)$|"
    # A place's one-character short name and what was done there (来丰考察学习X,
    # 来浏考察乡村振兴…): the verb's object follows, no stop.
    r"^.(?:考察|调研|视察|調研|視察)|"
    # An electoral district is where voters belong, not a stop (unless a
    # venue: 选区召开, read apart).
    r"^第[0-9一二三四五六七八九十]+选区$"
)


def each(cues: str, then: str) -> str:
    """
    ``(?:a|b)then`` spelled ``athen|bthen``, in the same order.

    A rule whose every alternative opens with a character lets the engine
    scan a string for those characters; one opening with a group (or a
    class, or a look behind) is tried at every position, several times the work.
    """
    return "|".join(cue + then for cue in cues.split("|"))


#: Anywhere in a stop: a share or a count of places, or people rather than a place.
#: (Each alternative opens with a character: what may not or must precede it
#: is looked behind after it. Counts and what opens a stop are read apart.)
_VAGUE: Final = re.compile(
    r"部分|各|的(?<![东南西北侧边近]的)|人员|平台$|人心$|设施$|一带$|节日|期间|昨日|今日|当日|昨天|今天|当天|\)日|贫困|困难|"
    # The eve of a feast (在春节前夕到A村, 在国庆来临之际深入B镇) is a time, however
    # far the run after 在 goes on to the stop.
    r"前夕|之际|"
    # A time (在脱离暴风圈前), or what was done there (来岚调研, 到投票站投票).
    + each("前|后|後|期间|之际|调研|视察|考察|检查|投票|清理|救援|支援|帮扶", "$")
    # A clause (值守在防汛一线): 在 inside a stop is a preposition (not 在建工地);
    # the front line (一线, 最前沿, 前线) is vague.
    + r"|在(?<=.在)(?!建)|一线$|前[沿线]$|身边$|"
    # Abstract nouns that end like a place (成绩亮点, 工作重点; a process or
    # an arrangement looked at: 体检流程, 市场运营, 摊位布局), people.
    r"点(?<=[亮重难焦热特观要痛]点)$|"
    # (An aim or a way in: 找准合作契合点, 结合点, 切入点, 着力点, 落脚点.)
    r"点(?<=[契结融]合点|切入点|[着发]力点|落脚点|出发点|增长点|突破点|关键点|共同点)$|"
    + each("流程|运营|布局|过程|进程", "$")
    + r"|全程$|队(?<=[带率领]队)$|一行|"
    + each("重点|各类", "(?:项目|企业|工程|单位)$")
    # A date or a time of day is no place: 于6月1日召开.
    + r"|月(?<=[0-9]月)|日(?<=[0-9]日)|上午|下午|晚上|"
    # So is a time of day or a day named by what it is (於元旦清晨舉辦, 在她任內
    # 最後一天舉行, 在春節後首個上班日舉行), and a range (在全国范围内统一举行).
    r"清晨|凌晨|傍晚|晚间|晚間|早晨|一天$|上班日$|工作日$|范围|範圍|"
    # What still needs doing (需改善之处) or a journey (考察行程) is no place.
    r"之处$|行程$|"
    # The close of a title (a headline's 【…】, a talk's 《…》) is never inside
    # a place: what runs across it is a headline glued to its text.
    r"】|》|"
    # An adverb in 地 (深入浅出地讲解, 来到X,全面细致地了解): how it was done,
    # not a site (基地, 工地, 湿地, 驻地 end in other characters).
    r"地(?<=[出体體面入真致细細分极極动動情切心]地)$|"
    # A trade looked at (察看了A、农牧产业、现代渔业等项目; 考察了光电产业) is a
    # programme, not a site (decision 20i); its park or base is one (X产业园).
    r"产业$|產業$|"
    # An edition of an event (第二届职工运动会) or "at the meeting" (晚会上) is no place.
    r"第[0-9一二三四五六七八九十]+届|会上|"
    + each(
        "人员|群众|老人|长者|家庭|口罩|党员|干部|家属|职工|儿童|学生|工作|活动|会议|企业|上|"
        # People are no place (莅临领导、嘉宾为获奖选手颁奖: 莅临 as "attending").
        "领导|嘉宾|选手|学员|村民|居民|"
        # (A school's short name is no "among": 高中, 附中, 一中; 侨中, an
        # overseas Chinese school.)
        "中(?<![一二三四五六七八九十高初附侨僑]中)|"
        # ... or what was done: 深入排查、精准施治; 前往接机; 参访交流.
        "排查|施治|交流|指导|接机|接機|学习|贯彻|落实|推进|研究|整改|攻坚战|治理|参访|参与|实地|分别",
        "$",
    )
)
#: A count of places or people anywhere (三个村, 5家企业); a count opening a
#: quoted name is part of it (“六个一”产业基地), and so is an ordinal (第三个).
#: So is a count of homes ending a settlement's or a school district's own
#: name (十家子镇, 五家学区, 十七户村): the unit right after it is no counted
#: noun (三个村, 两户村民 are counts).
_COUNTED: Final = re.compile(
    r"[0-9一二三四五六七八九十两几多](?<![“「第0-9一二三四五六七八九十两几多].)"
    r"[0-9一二三四五六七八九十两几多]*[余多]?(?:个|家|所|处|户|名|人)"
    r"(?!(?<=[家户])子?(?:[镇乡鎮鄉村屯营堡寨]|学区|學區)$)"
)
#: What opens a vague stop: a count of villages or places, the scene of an
#: event that names no place (欢送仪式现场, 植树现场), a year (今年; 2024年重点项目
#: and 2016年成立了工作室 date what follows: a place is named before its year,
#: 东山县2024年道路工程).
_VAGUE_OPENING: Final = re.compile(
    rf"[0-9]+(?:村|年)|[多数几]个?[区村镇乡地处县市]|[^{PLACE_CHARS}]+现场$|(?:今|去|明|当|近)年"
    # A place set for the task, whichever it was (在指定地点, 来到指定献血地点).
    r"|指定"
    # A day in numerals or printed apart (於二十三日晚間假X舉辦, 於23 日舉行);
    # not a name the numeral opens (九日山).
    rf"|[一二三四五六七八九十廿卅]{{1,3}}日(?![{PLACE_CHARS}])|[0-9]+ 日"
)


def vague(name: str) -> bool:
    """Whether ``name`` is vague: a share or a count of places, people, a time, what was done."""
    return (
        _VAGUE.search(name) is not None
        or _COUNTED.search(name) is not None
        or _VAGUE_OPENING.match(name) is not None
    )


#: A spot set up for a task (核酸采样点位, a turbine's 机位): it ends like a place.
SPOT: Final = "[点點机機]位"
#: (A closing quote ends a place only when what it quotes ends like one:
#: 东山镇“四好公路”, not 身边的“幸福故事”.)
PLACE_END: Final = re.compile(
    f"[{PLACE_CHARS}][”」]?$|[)]$|村落$|集团$|[委议]会$|之家$|百[货貨]$|[小中大]学$|[高初附侨僑一二三四五六七八九十]中$"
    # A village's group (村民小组), printed after its village: X村复兴组.
    # (Not a team sent to one, whatever its task: 驻村工作组, 驻村帮扶工作组.)
    "|村[^、村]{1,4}(?<!工作)组$"
    "|" + SPOT + "$"
    # A firm's short name, its brand and its trade (奕东电子, 联峰重工, 鸿翔食品):
    # a brand of two characters at least, not a kind of goods (散装食品, 农产品).
    # (The trade's two characters are looked for as two classes, the words
    # looked behind after them: one class test fails most positions at once.)
    "|[电科實实药藥重牧電纸紙化食医醫兽獸][子技業业工器品疗療药藥]$"
    "(?<=电子|科技|實業|实业|药业|藥業|重工|牧业|牧業|电器|電器|纸业|紙業|化工|食品|医疗|醫療|兽药|獸藥)"
    "(?<=[\u4e00-\u9fff]{4})(?<!(?:散装|安全|产品|品牌|智能|高新|新型|传统)..)"
)
#: Stops that name no one place: generic rooms, kinds of place (深入社区、家庭).
GENERIC: Final = frozenset(
    [
        "社区",
        "家庭",
        "企业",
        "农村",
        "学校",
        # A kind of school alone (部分中、小学以及幼儿园) names no one school.
        "小学",
        "中学",
        "幼儿园",
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
        "田间",
        "农户",
        "农户家中",
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
        "城中村",
        "居民区",
        # (A housing estate named by its kind only: 走进小区, 在小区内.)
        "小区",
        "景点",
        "村里",
        "园区",
        "村内",
        "镇里",
        "镇上",
        "生产线",
        "大会会场",
        "选举大会会场",
        # The main or a branch hall of an event held in several places (在主会场
        # 出席): no place until its own name is printed (宝山分会场).
        "主会场",
        "分会场",
        # A leader's contact point (到联系点调研): its own name follows when it is
        # printed (联系点东坪村 is read as the village).
        "联系点",
        # A town's own centre (在场镇开展检查) names no one place.
        "场镇",
        "集镇",
        "警营",
        "军营",
        "工程现场",
        "城市",
        # Kinds of settlement or home that name none (走进村庄, 走访少数民族村,
        # 社区院落, 走进农户家, 考察小城镇建设).
        "村庄",
        "院落",
        "农户家",
        "小城镇",
        "城镇",
        "少数民族村",
        "民族村",
    ]
)

#: A bare kind of way or water, maybe qualified by where it runs (沿线道路,
#: 村间小道, 河道), or the inside of a settlement (镇内): what a tour passes
#: along or goes about, never one named place.
_GENERIC_WAY: Final = re.compile(
    # (城区主干道, 茶园小道: a bare kind of area before it names none either.)
    r"(?:沿线|沿途|沿街|村间|乡间|田间|周边|城区|园区|茶园|果园|林间|山间)?"
    # (Back lanes and main streets named by kind: 背街小巷, 城区主要街道.)
    r"(?:道路|小道|小路|河道|沟渠|巷道|主干道|背街小巷|主要街道)|[镇乡鎮鄉]内"
)


#: A room named only by what it is for (党员活动室, 视频监考室, 健康观察室): no
#: unit, number or floor in it to say whose it is (a bare 社区 opening it
#: names none: 社区活动室; 青山社区 does). A meeting room or a
#: member's studio is a venue of its own (decision 20b), read elsewhere.
_FUNCTION_ROOM: Final = re.compile(
    r"(?:社区)?[^县縣市镇鎮乡鄉村街路号號楼樓层層0-9一二三四五六七八九十区區]+(?<!会议|會議|工作)室"
)


#: A workshop or a greenhouse named by what is made or grown there only (温室大棚,
#: 生产加工车间): no village, town, firm or site in its name (东坪村育苗大棚 is one),
#: and two words at most before it (a longer head holds whose it is: 东山茶叶加工车间).
_BARE_WORKSHOP: Final = re.compile(r"[^村镇乡鎮鄉区區司厂廠园園社场場基所]{0,4}(?:大棚|车间|車間)")


#: Works named by the work alone (察看重建项目建设情况): no place is named
#: before the work (decision 20i; 桥南片区更新改造项目 is one).
_BARE_WORKS: Final = re.compile(r"(?:新建|重建|改建|扩建|改造|建设|整治|修缮)(?:项目|工程)")


#: A zone of a venue named by its use alone (在准备区, 来到义诊区, 在体验区): a
#: part of the place the event was held in (decision 22e), never a stop.
_BARE_ZONE: Final = re.compile(
    "(?:准备|準備|义诊|義診|体验|體驗|签到|簽到|表演|展示|休息|候场|候場|比赛|比賽|活动|活動)[区區]"
)


def generic(name: str) -> bool:
    """Whether ``name`` is a kind of place: GENERIC, a bare way, water, workshop, works or zone."""
    return (
        name in GENERIC
        or (name.endswith(("区", "區")) and _BARE_ZONE.fullmatch(name) is not None)
        or (name.endswith(("项目", "工程")) and _BARE_WORKS.fullmatch(name) is not None)
        or _GENERIC_WAY.fullmatch(name) is not None
        or (name.endswith(("大棚", "车间", "車間")) and _BARE_WORKSHOP.fullmatch(name) is not None)
    )


def function_room(name: str) -> bool:
    """
    Whether ``name`` is a room named only by its use (视频监考室, 党员活动室).

    Visited on a tour it is a part of the stop it is in (decision 22e); as the
    venue a meeting was held in it may still be the place, so venues keep it.
    """
    return name.endswith("室") and _FUNCTION_ROOM.fullmatch(name) is not None


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
    # (Plain scans for the units an area ends with, before the rule.)
    if "镇" not in place and "乡" not in place and "街道" not in place and "办事处" not in place:
        return place, ""
    m = _AREA.match(place)
    if m is None:
        return place, ""
    return place, m["area"]


#: A stop this long, named again with more before it, is the same place.
_NAMED_AGAIN: Final = 5
#: The fewest characters that name a place (区 alone is a kind, no place).
_SHORTEST: Final = 2


def same_place(known: str, other: str) -> bool:
    """
    Whether ``other`` names a place already listed as ``known``.

    A stop printed once with its area and again without it
    (``汝河路街道金苑社区`` … ``在金苑社区召开``) is one place; so is a long
    stop named again with its county before it (``县红七军纪念馆`` …
    ``在融安县红七军纪念馆``).
    """
    return (
        known == other
        or (len(other) >= _SHORTEST and known.endswith(other))
        or (len(known) >= _NAMED_AGAIN and other.endswith(known))
        # A town printed bare in a list (黎家坪、七里桥) and then with its
        # unit (在七里桥镇), or the other way round: the unit adds nothing.
        or (len(known) >= _SHORTEST and other in (known + "镇", known + "乡"))
        or (len(other) >= _SHORTEST and known in (other + "镇", other + "乡"))
        # A village printed bare, its 村 shared with the next name (A乡安槐、
        # 安福村), and again with it (在安槐村), or the other way round.
        or _village_again(known, other)
        or _village_again(other, known)
        # X … 在X现场: the site of a stop already listed (decision 20a).
        or (len(known) >= _SHORTEST and other in (known + "现场", known + "現場"))
        # 东山县X公园 … 在X公园建设现场: the works site of a stop already listed.
        or (
            other.endswith(_WORKS_SITES)
            and (site := _WORKS_SITE.sub("", other)) != other
            and len(site) >= _NAMED_AGAIN
            and known.endswith(site)
        )
        # 奕东电子 … 在奕东电子项目建设现场: the site of its project (decision 20a).
        or (
            len(known) > _SHORTEST
            and other.startswith(known)
            and _PROJECT_SITE.fullmatch(other, len(known)) is not None
        )
        # 陈家坝村 … 在秭归县陈家坝村: its county printed before it.
        or (
            len(known) > _SHORTEST
            and other.endswith(known)
            and _COUNTY.fullmatch(other[: -len(known)]) is not None
        )
        # 高坪乡 … 在永顺高坪乡: a town with its county's short name before it.
        or (
            len(other) == len(known) + _COUNTY_SHORT
            and len(known) > _SHORTEST
            and other.endswith(known)
            and _TOWN.search(known) is not None
        )
        # 黄平县民族中学新校区 … 黄平民族中学新校区: a long name restated
        # without one of its units.
        or _unit_dropped(known, other)
        or _unit_dropped(other, known)
    )


def _village_again(bare: str, full: str) -> bool:
    """Whether ``full`` (X村) is the village ``bare`` without its 村, maybe after its town."""
    name = full[:-1]
    return (
        full.endswith("村")
        and len(name) >= _SHORTEST
        and (
            bare == name
            or (bare.endswith(name) and bare[-len(name) - 1 : -len(name)] in _AREA_ENDS)
        )
    )


#: The last character of an area printed before a village (城关镇安槐).
_AREA_ENDS: Final = frozenset("县区镇乡縣區鎮鄉")


#: The sites of several projects, printed once after their list (A、B项目现场):
#: the kind of its stops, a tail they share (decision 22f).
SITES_TAIL: Final = r"[项項]目(?:建设|建設|施工)?(?:现场|現場)"
#: The same printed with 等 and what the sites are, closing the list
#: (A、B等重点项目建设现场, A、B等“四好农村路”建设现场).
SITES_ETC: Final = r"等[^、等]{1,16}?(?:现场|現場|工地)"


#: A county printed before a place named again (东山县 before 南坪村; a city may
#: name another place of the same name, so it is left out), maybe with the
#: town or sub-district the place is in (东山自治县西河街道 before 南坪村: a
#: town alone may hold another place of the name, so it needs its county).
#: (Any character but a separator: a stop's name holds none, and a small
#: negated class compiles far faster than the CJK range.)
_COUNTY: Final = re.compile(
    r"[^、,。\s]{1,4}?(?:自治县|[县縣])(?:[^、,。\s]{1,5}?(?:街道|[镇乡鎮鄉]))?"
)
#: A town (西河乡, 西河镇) is one of its county's: restated with the county's
#: short name before it (东山西河乡), it is the same.
_TOWN: Final = re.compile(r"[乡镇鄉鎮]$")
#: The works site of a place, printed after it (X建设现场, X施工现场).
_WORKS_SITE: Final = re.compile(r"(?:建设|施工)(?:现场|現場)$")
#: The site of a firm's project, printed after the firm (X项目建设现场, X项目现场,
#: X二期项目施工现场).
_PROJECT_SITE: Final = re.compile(
    r"(?:[一二三四五六七八九十]期)?(?:项目|項目)(?:建设|建設|施工)?(?:现场|現場)"
)
#: What every match of _WORKS_SITE ends with.
_WORKS_SITES: Final = ("现场", "現場")
#: The length of a county's short name (东山 for 东山县).
_COUNTY_SHORT: Final = 2
#: Units a long name may be restated without (县, 村, 镇, 乡).
_UNITS: Final = "县縣村镇鎮乡鄉"
#: The fewest characters of a name restated without a unit: shorter ones
#: (东山南坪村 for 东山镇南坪村) may be another place.
_RESTATED: Final = 7


def _unit_dropped(full: str, short: str) -> bool:
    """Whether ``short`` is ``full`` without one unit character inside it."""
    if len(short) < _RESTATED or len(full) != len(short) + 1:
        return False
    i = next((j for j, (a, b) in enumerate(zip(full, short, strict=False)) if a != b), len(short))
    return full[i] in _UNITS and full[:i] + full[i + 1 :] == short


def unglossed(text: str) -> tuple[str, list[int]]:
    """The text without readings (``區(qū)`` -> ``區``), and each kept character's index."""
    kept: list[int] = []
    parts: list[str] = []  # (the text joined from its runs, not character by character)
    pos = 0
    for m in GLOSS.finditer(text):
        kept.extend(range(pos, m.start()))
        parts.append(text[pos : m.start()])
        pos = m.end()
    kept.extend(range(pos, len(text)))
    parts.append(text[pos:])
    return "".join(parts), kept


def printed(text: str, kept: list[int], p: PlaceMention) -> PlaceMention:
    """A place found in unglossed text, as printed: readings inside and right after it kept."""
    a = kept[p.span[0]]
    b = kept[p.span[1] - 1] + 1
    after = GLOSS.match(text, b)
    if after is not None:
        b = after.end()
    name, area = split_area(text[a:b])
    return PlaceMention(name, area, (a, b))
