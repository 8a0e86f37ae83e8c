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

from timeline.extract._people import GLOSS, is_name

__all__ = ["PlaceMention", "find_tour", "find_venue", "same_place", "split_area"]

_GO: Final = (
    r"(?:(?:先后|一行|陪同下,|等|同志|深入|随后|还|并|分别|又|再|先|,|人|员|长|记|任|局|部|组|委|们|队)"
    # 到场/到会/到岗/到位 are being there, not going somewhere (100多人到场聆听).
    r"(?:到访|到达|到(?![位岗]|场(?!镇)|会(?!场))|来到了?|深入到?|走进了?|前往|赴|走访(?:慰问|看望)?了?)"
    r"|(?:先后|随后|一行|又|还)(?:深入|走进|前往|来到|赴|来(?!到))"
    # 走进/来到/前往 name places whatever precedes them; 到 and 深入 need a cue.
    r"|走进了?|来到了?|前往|探访了?|探望了?|到访了?|到达|抵达|莅临|蒞临|(?:先后|分别)在"
    # A list seen in turn: 先后视察了A、B (but not 参观了成果展示 alone).
    r"|先后(?:视察|察看|查看|考察|参观|检查)了|实地(?:考察|察看|查看|视察|走访)了)"
    # What was done there, printed before the stops: 前往视察A、B.
    # (深入了解X is what was learnt, not where: 了 before 解 is no tense.)
    r"(?:视察|考察|参观|察看|查看|检查|慰问|看望)?(?:了(?!解))?"
)
#: What closes a list of stops: what was done there, its purpose, or the clause's end.
#: Only looked at, never consumed: what was done may open the next list
#: (深入走访当地古迹,参观了X).
_DONE: Final = (
    r"(?=,?(?:专项|专题|开始|展开|详细了解|实地察看|实地查看|实地调研|实地|察看|查看|调研|检查|督导|督查|进行|开展|"
    r"慰问|走访|观摩|视察|看望|探访|探望|拜访|参观|参访|参与|考察|会勘|了解|听取|组织|针对|等地|等处|等单位|等点位|等)"
    r"(?![站组院所点室厅馆])|(?=(?:对|就|围绕)[^,。]{1,40}?(?:进行|开展|工作|情况))|(?=[,。;]|$)"
    r"|(?=与[^,。]{1,20}?(?:座谈|交流|见面|会面|会谈)))"
)
#: A list going on after a comma: 先后到A村,B镇C村、D村田间地头详细了解.
_GOES_ON: Final = re.compile(r",(?P<list>[^,。;:!?]{2,80}?)" + _DONE)
#: Kinds of spot printed after the last stop of a list (…D村田间地头).
_SPOT: Final = re.compile(r"(?<=[村镇乡])(?:田间地头|田间|地头|村头)$")
_TOUR: Final = re.compile(_GO + r"(?P<list>[^,。;:!?]{2,200}?)" + _DONE)
#: What is done at a stop, printed right after it: 到东区视察, 赴青山镇调研.
_THERE: Final = (
    r"(?=,?(?:视察|调研|考察|检查|督导|督查|慰问|走访|看望|探望|探访|参观|观摩|察看|查看|开展|进行|"
    r"指导|宣讲|调查|专项|听取|参加|出席|先后|会勘|与|同|就)"
    # …等乡镇,: the kind of place printed after the list closes it too.
    r"|等(?:[0-9一二三四五六七八九十]+个)?(?:乡镇|镇|乡|村|社区|街道))"
)
#: 到/赴 with no cue before them: the stop must be followed by what was done
#: there (not 达到, 得到, 受到, 做到, 提到, 感受到, 到2025年).
_TO: Final = re.compile(
    r"(?<![达得受做提识看听想收遇找说感回直报送拿传办])(?:到(?![访达])|赴|(?<![带起以未近原后本看从向历将年])来(?!到|自)"
    # 至 after a time of day is going there: 今日上午至大寮区视察.
    r"|(?<=[午晚])至(?![0-9今明次]))"
    r"(?P<list>[^,。;:!?]{2,40}?)" + _THERE
)
#: A list seen right after the verb: 视察A、B,  调研深农集团,  实地考察X.
_SEEN: Final = re.compile(
    r"(?<![将拟要])(?:视察|调研|考察|检查|察看|查看|参观|探访|探望|看望|观摩|督导|督查|走访|慰问|深入|沿[着著])+(?:了(?!解)|到)?"
    # (观摩是…: the verb is the subject of 是, no act with an object.)
    r"(?![组团队人员工作点与和及并是]|(?<=问)[金品]|行程|报告|成果|活动)(?P<list>[^,。;:!?]{2,80}?)"
    + _DONE
)
#: 探访了两间设施,包括A及B: the places a visit named after 包括.
_INCLUDING: Final = re.compile(
    r"(?:视察|考察|检查|参观|探访|走访|慰问|看望|观摩)了?[^。;]{0,40}?,包括(?P<list>[^,。;:!?]{2,80}?)"
    + _DONE
)
#: 对A、B等重点项目进行视察: the places an inspection went over.
_OVER: Final = re.compile(
    r"对(?P<list>[^,。;:!?对]{2,120}?)(?:等[^,。;]{0,16})?进行了?(?:实地)?"
    r"(?:视察|检查|调研|考察|督导|督查|观摩|走访|慰问)"
)
#: Whom the visitors met there, right after the place: 在X管护站与工作人员亲切交流.
_WITH: Final = r"(?=与[^,。]{1,20}?(?:座谈|交流|交谈|见面|会面|会谈))"
#: Places opening the next clause: 在大塘市场,李杰云详细了解…; 在A、B、C,X询问…
_AT: Final = re.compile(
    r"^[\s”」\"]*(?:随后|之后|最后|接着|[^,。]{1,12},)?\s*在(?P<place>[^,。;:!?的]{2,80}?"
    r"[场司团区村校院心地厂站馆园镇乡道部目店楼室厅堂所府邨号市])(?:,|内|里|" + _WITH + ")"
)
_AT_LATER: Final = re.compile(
    r"(?<=,)在(?P<place>[^,。;:!?的在]{2,30}?[场司团区村校院心地厂站馆园镇乡道部目店楼室厅堂所府邨号市])"
    r"(?:,|内|里|" + _WITH + ")"
)
#: 在X举行, 于X召开, 假X舉行 (Hong Kong and Macau papers' "at"); also 在X检查,
#: 在X听取: what is done at a place that reads as one (checked apart).
_VENUE: Final = re.compile(
    r"(?:在|(?<![关对由至属位等基终])于|(?<![借放休请])假)(?P<place>[^,。;:!?的在将\s][^,。;:!?的在将]{1,29}?)(?:内|里)?(?:组织|主持)?"
    r"(?:隆重)?(?:胜利|隆重|火热|精彩|盛大|顺利|圆满|持续|成功)?(?:集中)?(?P<verb>举行|召开|举办|开幕|开班|启动|开展|传达|开讲|会见|办理|进行|上演|开赛|拉开序幕|拉开帷幕|"
    r"检查|调研|视察|考察|听取|收看|观看|参观|座谈|慰问|看望)"
    # 在X召开的党员大会上 names the venue; 在X召开的前夕 does not.
    r"(?!前|后|之际|期间|以来|的(?![^,。]{0,15}?会(?:议)?上))"
)
#: An event's name in quotes, printed where a venue would be.
_QUOTED_EVENT: Final = re.compile(r"^[「“].*(?:会|周|节|赛|展|礼|式|活动|论坛|峰会)[」”]$")
#: What says a 在… run is who came along (在X陪同下来Y视察), not a venue.
_ESCORTED: Final = ("陪同", "带领", "率领", "下来", "下到")
#: Verbs after which the venue must end like a place (在全市常态化进行 is none).
_PLACE_VERBS: Final = frozenset(
    ["进行", "检查", "调研", "视察", "考察", "听取", "收看", "观看", "参观", "座谈", "慰问", "看望"]
)
_AREA: Final = re.compile(r"^(?P<area>[\u4e00-\u9fff]{2,6}?(?:街道|镇|乡|办事处))(?P<rest>.+)$")
_NOT_PLACE: Final = re.compile(
    # The reporter's own district (我旗) and the whole of one (全省) are no stop.
    r"^(?:[我本][区县市镇乡省旗州盟村]$|各|全[区县市镇港澳]|全[省国州旗乡]$|基层|当地|同一|这|那|此|本[澳港]|本市市$|一线|现场|实地|群众|企业|项目|"
    r"社区群众|贫困户|随后|此前|有关|相关|重点|一些|被|会|不同|该|所在|各自|"
    # A list that opens with what was done names people or work, not places.
    r"慰问|看望|调研|检查|督导|了解|开展|进行|打好|做好|抓好|推进|加强|排查|交流|沟通|分析|研究|学习|探讨|"
    r"实施|贯彻|落实|推动|视察|考察|参观|察看|查看|走访|拜访|探访)|"
    r"^(?:会议|活动|仪式|工作)$|"
    # An electoral district is where voters belong, not a stop (unless a
    # venue: 选区召开, read apart).
    r"^第[0-9一二三四五六七八九十]+选区$"
)
#: Anywhere in a stop: a share or a count of places, or people rather than a place.
_VAGUE: Final = re.compile(
    r"部分|各|的|人员|宣布|[0-9一二三四五六七八九十两几多]+[余多]?(?:个|家|所|处|户|名|人)|平台$|人心$|设施$|一带$|节日|期间|昨日|今日|当日|昨天|今天|当天|\)日|贫困|困难|退休|研判|沟通|^[0-9]+村|^[多数几]个?[区村镇乡地处县市]|"
    # A time (在脱离暴风圈前), or what was done there (来岚调研, 到投票站投票).
    r"(?:前|后|後|期间|之际|调研|视察|考察|检查|投票|清理|救援|支援|帮扶)$|"
    # A clause (值守在防汛一线): 在 inside a stop is a preposition (not 在建工地);
    # the front line is vague.
    r"(?<=.)在(?!建)|一线$|身边$|"
    # Abstract nouns that end like a place (成绩亮点, 工作重点).
    r"[亮重难焦热特观要痛]点$|"
    # A date or a time of day is no place: 于6月1日召开.
    r"[0-9]+月|[0-9]+日|上午|下午|晚上|^(?:今|去|明|当|近)年|"
    # What still needs doing (需改善之处) or a journey (考察行程) is no place.
    r"之处$|行程$|"
    r"(?:人员|群众|老人|长者|家庭|口罩|党员|干部|家属|职工|儿童|学生|工作|活动|会议|企业|上|"
    # People are no place (莅临领导、嘉宾为获奖选手颁奖: 莅临 as "attending").
    r"领导|嘉宾|选手|学员|村民|居民|"
    r"(?<![一二三四五六七八九十])中|"
    # ... or what was done: 深入排查、精准施治; 前往接机; 参访交流.
    r"排查|施治|交流|指导|接机|接機|学习|贯彻|落实|推进|研究|整改|攻坚战|治理|参访|参与|实地|分别)$"
)
#: A stop this long, named again with more before it, is the same place.
_NAMED_AGAIN: Final = 5
#: A long stop ends like a place; a long run that does not is a clause.
_LONG_STOP: Final = 8
#: The characters a place's name ends with.
_PLACE_CHARS: Final = (
    "场城村区店院园校站馆心司厂楼路街镇乡道口岛湖山桥港湾处点所部局委室厅房屋舍苑庄寺庙宫塔台坊号"
    "址基地堂邨段目程栋幢居里巷弄门河江渠库角线沿边侧旁岸府队铺县市厦营寨堤坝滩矿田棚屯社苑垸"
    # Traditional forms the matching table leaves as printed (水泥廠).
    "廠廟宮棟鋪庫側"
)
_PLACE_END: Final = re.compile(f"[{_PLACE_CHARS}”」)]$|集团$|委会$|之家$|百[货貨]$|[小中大]学$")
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
        "城中村",
        "居民区",
        "景点",
        "村里",
        "园区",
        "村内",
        "镇里",
        "镇上",
        "生产线",
        "大会会场",
        "选举大会会场",
        # A town's own centre (在场镇开展检查) names no one place.
        "场镇",
        "集镇",
        "警营",
        "军营",
        "工程现场",
    ]
)
#: Whose home was visited is no part of the place: 海河社区困难户家庭 -> 海河社区.
_HOME: Final = re.compile(
    r"(?:的)?(?:困难户|困难群众|困难党员|困难职工|困难|贫困户|低保户|老党员|老干部|退役军人|特困)"
    r"(?:家庭|家中)$"
    # 冈东村老党员区德能家中 -> 冈东村: a home named after the place's end.
    # (Not 村民X家中: a villager's home names no village.)
    r"|(?<=[村区镇乡道邨])(?!民)[^、]{1,10}?家(?:中|里)$"
)
#: What was looked at there is no part of the place: …项目推进情况 -> …项目.
_LOOKED_AT: Final = re.compile(
    r"的[^、的]{0,10}(?:情况|进度|进展|现状)$|(?:的)?(?:(?:建设|推进|施工|运行|生产|经营|整改|工作|发展)?(?:情况|进度|进展|现状)|"
    r"(?:主体工程|工程)?建设)$"
)
#: The reporter's own district opening a stop: 我市重点项目深汕中心医院 -> 深汕中心医院.
_OURS: Final = re.compile(
    r"^[我该][区县市镇乡省](?:重点项目|重点企业|拟)?"
    # Whose charge the stop is (联系企业X, 包保乡镇X): no part of its name.
    r"|^(?:联系|挂钩|帮扶|包联|包保)(?:企业|单位|村|社区|乡镇)"
)
#: A preposition opening a stop is no part of it: a verb glued to the next
#: clause (…陪同调研在镇文化中心,…) reads 在X as its object. (Only 在: 于 opens
#: place names, 于都县.)
_AT_OPEN: Final = re.compile(r"^在(?=[^、]{2})")
#: Whom a stop was visited for: 骏发花园的居民 -> 骏发花园.
_FOR_WHOM: Final = re.compile(
    r"的(?:居民|长者|老人|群众|住户|村民|家庭|困难户|困难群众|官兵|干部职工|职工|工作人员|医护人员|干警)$"
)
#: Who lives there, printed after the place: 三圣邨的基层家庭, 居于顺利邨的长者.
_RESIDENTS: Final = re.compile(
    r"^(?:(?:同)?(?:居于|住于|住在|居住在|家住)|位于)?(?P<place>[^、的]{2,30}?)的(?=[^、]{0,6}(?:家庭|居民|长者|老人|青年|"
    r"学生|儿童|住户|村民|困难户|婆婆|伯伯|长辈|老兵))"
)
#: A clause describing the place before it: 位于盐城市的青山农场, 由省里引进的X医院,
#: 挂钩联系的长安社区, 新修建的X幼儿园 (then the place must end like one).
_DESCRIBED: Final = re.compile(
    # (Not 各社区的办公场所: what every place has is no stop.)
    r"^(?:(?P<where>位于|地处|坐落于|坐落在|设在|由)[^、]{1,30}|(?!各|部分|有关|相关)[^、的]{1,12})"
    r"的(?=[^的、]{2,30}$)"
)
#: A list of districts, then 的 and what each of them holds.
_OF_EACH: Final = re.compile(r"(?P<list>[^的]+?、[^的、]+?(?:[镇乡村县市]|街道|社区|城区))的")
#: Rooms inside a building, printed after it: 在X内的图书馆、街市.
_INSIDE: Final = re.compile(r"^在(?P<place>[^、的]{2,30}?)[内內里]的")
#: What was looked at, after the place: 店铺燃气安全使用情况 -> 店铺; the
#: run up to the last character that ends a place.
_WHAT_AT: Final = re.compile(
    # What was looked at names no place itself (not 道路改造和背街小巷整治情况).
    rf"^.{{2,}}[{_PLACE_CHARS}](?=[^、{_PLACE_CHARS}]{{2,20}}(?:情况|进度|进展|现状)$)"
)
#: A household printed right after its village or town: 稻场坪村阮仕全.
_HOUSEHOLD: Final = re.compile(r"(?<=[村镇乡屯组社])[\u4e00-\u9fff]{3}$")
#: Kinds of place a stop's name ends with, when what was looked at follows.
_KINDS: Final = (
    "社区|小区|村|镇|乡|街道|公司|集团|医院|学校|中学|小学|幼儿园|园区|基地|中心|项目|工程|"
    "厂|站|馆|场|店铺|桥|院|所|码头|大厦|大楼|段|街|室|之家"
)
#: A stop that ends in a kind of place (…社区, …公司, …项目).
_KIND_END: Final = re.compile(f"(?:{_KINDS})$")
#: What was looked at, closing a piece of a list.
_LOOKED_END: Final = re.compile(r"(?:情况|进度|进展|现状)$")
_KIND_AT: Final = re.compile(
    rf"^.{{2,}}(?:{_KINDS})(?=(?:(?!{_KINDS})[^、]){{2,20}}(?:情况|进度|进展|现状)$)"
)
#: A share of the stop printed after it: 西莒各村落 -> 西莒; 昌珠镇4户 -> 昌珠镇.
_SHARE_AFTER: Final = re.compile(
    r"(?:各[^、]{1,4}|(?<=[村镇乡区邨道])[0-9一二三四五六七八九十两]+[户家])$"
    # 瑞穗乡多处道路 -> 瑞穗乡: some spots of the place.
    r"|(?<=[村镇乡区县市邨道])(?:多处|数处|几处|部分)[^、]{0,4}$"
)
#: Words without which a sentence names no stop (a quick test before the rules).
_GOING_WORDS: Final = (
    *("到", "深入", "走进", "前往", "赴", "走访", "先后", "实地", "探", "视察", "调研"),
    *("考察", "检查", "察看", "查看", "参观", "看望", "观摩", "督导", "督查", "慰问"),
    *("来", "沿", "抵达", "莅", "蒞", "包括", "对"),
)
#: Verbs of visiting, whose object may be people rather than a place.
_VISITS: Final = ("走访", "探访", "探望", "看望", "慰问")
#: A destination still to come, or one people are told to keep away from
#: (切勿前往海边), is not a place visited: 将前往, 拟到.
_FUTURE: Final = (
    "将",
    "将会",
    "亦会",
    "也会",
    "还会",
    "拟",
    "计划",
    "准备",
    "即将",
    "将要",
    "勿",
    "不要",
    "禁止",
    "不得",
    "避免",
)
#: 及 and 和 join two stops only after a place's last character (not 和平社区,
#: not 香港抗战及海防博物馆).
_LIST_SEP: Final = re.compile(
    "、|以及|(?:(?<=[场城村区店院园校站馆心司厂楼路街镇乡口岛邨号体程队桥府铺点处况小室苑垸块])|(?<=[小中大]学))[及和]"
    # 与 joins two places only between a district and another (埔里镇与国姓乡).
    "|(?<=[镇乡区县市村])与(?=[^、]{1,8}[镇乡区县市村](?:[^\u4e00-\u9fff]|$|[会视调考检察查]))"
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
    (``汝河路街道金苑社区`` … ``在金苑社区召开``) is one place; so is a long
    stop named again with its county before it (``县红七军纪念馆`` …
    ``在融安县红七军纪念馆``).
    """
    return (
        known == other
        or (len(other) >= 2 and known.endswith(other))  # noqa: PLR2004 - one char is no place
        or (len(known) >= _NAMED_AGAIN and other.endswith(known))
    )


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
    Lists read with weaker cues (a bare ``到``, a verb of looking, ``在X,``
    opening a sentence) must end like places, each of them.
    """
    # 南城区,、叮咛店镇: a stray comma before 、 (same length, offsets kept).
    text = text.replace(",、", " 、")
    found: _Found = []
    at = _AT.match(text)
    if at is not None:
        _add(found, text, at, "place", strict=True)
    if ",在" in text:
        # …深入国家公园腹地,在大拉洞管护站,…: a later clause opening with 在X,.
        for later in _AT_LATER.finditer(text):
            _add(found, text, later, "place", strict=True)
    venue = _VENUE.search(text) if "在" in text else None
    if venue is not None and _LIST_SEP.search(venue["place"]):
        # 在A及B办理投票: each is a venue.
        _add(found, text, venue, "place", strict=False)
    if any(w in text for w in _GOING_WORDS):
        # 对X进行调研 names the work as often as the place: a list only.
        for rule, strict, least, needs in (
            (_TOUR, False, 1, ""),
            (_TO, True, 1, ""),
            (_SEEN, True, 1, ""),
            (_OVER, True, 2, "进行"),
            (_INCLUDING, True, 1, "包括"),
        ):
            if needs not in text:
                continue  # a plain scan is cheaper than the rule
            for m in rule.finditer(text):
                if not text[max(0, m.start() - 2) : m.start()].endswith(_FUTURE):
                    # Visiting takes people as well as places (走访群众,
                    # 探望村民): the stops after it must end like places,
                    # unless 先后 says a tour (先后走访A、B).
                    verb = text[m.start() : m.start("list")]
                    visits = (
                        rule is _TOUR
                        and any(v in verb for v in _VISITS)
                        and not any(t in verb for t in ("先后", "先後"))
                    )
                    _add(found, text, m, "list", strict=strict or visits, least=least)
    found.sort(key=lambda x: x[0])
    return [p for _, _, stops in found for p in stops]


#: The kind of place printed after a list: 等乡镇, 等5个村.
_KIND_AFTER: Final = re.compile(
    r"等(?:[0-9一二三四五六七八九十]+个)?(?:乡镇|镇|乡|村|社区|街道|县|区|市|景区|园区|地|处)"
)
#: 等, 等地, 等处 closing the last stop.
_ETC: Final = re.compile(r"等(?:地|处|点位)?$")
#: What was looked at, printed once after a whole list: A建设、B保护等情况.
_LOOKED_AFTER: Final = re.compile(r"等?(?:方面的?)?情况")
#: Lists read so far: their spans and stops.
_Found = list[tuple[int, int, list[PlaceMention]]]


def _add(  # noqa: PLR0913 - how strictly one list is read
    found: _Found,
    text: str,
    m: re.Match[str],
    group: str,
    *,
    strict: bool,
    least: int = 1,
    exact: bool = False,
) -> None:
    """Read the list ``m`` found, unless a stronger rule read it already; and its sequel."""
    a, b = m.span(group)
    if any(a < y and x < b for x, y, _ in found):
        return
    if strict and _KIND_AFTER.match(text, b):
        strict = False  # 汪川、大门、娘娘坝等乡镇: the kind of place is printed
    looked = _LOOKED_AFTER.match(text, b) is not None
    stops = _stops(m[group], a, strict=strict, exact=exact, looked=looked)
    if len(stops) >= least:
        found.append((a, b, stops))
        on = _GOES_ON.match(text, b) if group == "list" else None
        if on is not None and "、" in on["list"]:
            _add(found, text, on, "list", strict=True, exact=True)


def _stops(
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
    out: list[PlaceMention] = []
    pos = 0
    pieces = _split_list(listing)
    # A long list read with a weak cue may hold one stop that does not end
    # like a place (黔江北互通); a short one may not.
    unlike = 1 if strict and not exact and len(pieces) >= 5 else 0  # noqa: PLR2004 - three stops
    # X村阮仕全、陈邦文: names after a village are its households (but a list
    # of villages named like people, 陈大下、魏王许, stays a list of places).
    households = any(
        (held := _HOUSEHOLD.search(piece.strip())) is not None and _is_householder(held.group())
        for piece in pieces
    )
    for piece in pieces:
        start = base + pos
        pos += len(piece)
        if piece in {"、", "以及", "及", "和", "与"}:
            continue
        lead = len(piece) - len(piece.lstrip())
        name = _ETC.sub("", piece.strip())
        raw = name
        name = _trimmed(name + "情况").removesuffix("情况") if looked else _trimmed(name)
        # What was looked at cut off (险情处置情况 -> 险情处置): what is left must
        # end in a kind of place, else it was a thing looked at, not a place.
        if _LOOKED_END.search(raw) and not _KIND_END.search(name):
            return []
        if households and _is_householder(name):
            continue
        ours = _OURS.match(name) or _AT_OPEN.match(name)
        if ours is not None:
            name = name[ours.end() :]
            lead += ours.end()
        if (
            len(name.strip('“”「」"')) < 2  # noqa: PLR2004 - one char (“站”) is no place
            or _NOT_PLACE.match(name)
            or _VAGUE.search(name)
            or (len(name) > _LONG_STOP and not _PLACE_END.search(name) and "、" not in listing)
            or (strict and len(name) < 3 and name[-1] not in "区县镇乡村市邨岛")  # noqa: PLR2004
        ):
            return []
        # A list closed by 等情况 names what was looked at (水面漂浮物、河流水质
        # 等情况) unless each item, once trimmed, ends like a place.
        if (strict or looked) and not _PLACE_END.search(name):
            if looked or not unlike:
                return []
            unlike -= 1
        place, area = split_area(name)
        out.append(PlaceMention(place, area, (start + lead, start + lead + len(name))))
    # Rooms of a stop already named, or kinds of place: no stop of their own.
    if 2 * sum(p.name in _GENERIC for p in out) >= len(out):
        return []
    return out


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
    if inside is not None and _PLACE_END.search(inside["place"]):
        return inside["place"], base + inside.start("place")
    # 三圣邨的基层家庭、少数族裔家庭: the place is before 的.
    residents = _RESIDENTS.match(listing)
    if residents is not None and _PLACE_END.search(residents["place"]):
        base += residents.start("place")
        listing = residents["place"]
    described = _DESCRIBED.match(listing)
    if described is not None and (described["where"] or _PLACE_END.search(listing)):
        base += described.end()
        listing = listing[described.end() :]
    return listing, base


def _is_householder(name: str) -> bool:
    """A three-character personal name that does not end like a place (陈邦文, not 李家庄)."""
    return len(name) == 3 and is_name(name) and not _PLACE_END.search(name)  # noqa: PLR2004


def _trimmed(name: str) -> str:
    """A stop without what was looked at, whom it was for or a share of it printed after it."""
    printed = name
    # X村阮仕全: the household printed after its village.
    held = _HOUSEHOLD.search(name)
    if held is not None and _is_householder(held.group()):
        name = name[: held.start()]
    # X社区人居环境整治建设情况: the last kind of place before what was looked at.
    strong = _KIND_AT.match(name)
    if strong is not None and "和" not in strong.group():
        return strong.group()
    for rule in (_LOOKED_AT, _FOR_WHOM, _HOME, _SHARE_AFTER, _SPOT):
        cut = rule.search(name)
        # Whom a visit was for follows a place (骏发花园的居民), not a
        # description of them (认识多年的村民: people, no stop).
        if rule is _FOR_WHOM and cut is not None and not _PLACE_END.search(name, 0, cut.start()):
            continue
        if cut is not None and cut.start() >= 2:  # noqa: PLR2004 - one char is no place
            name = name[: cut.start()]
    # X的建设运转情况: 的 marks where the place ends; else look for its last character.
    if name != printed and not printed.startswith("的", len(name)) and not _PLACE_END.search(name):
        # …店铺燃气安全使用情况: what was looked at is longer than the usual words.
        what = _WHAT_AT.match(printed)
        # 和 left inside joins two things that are not places (道路改造和背街小巷).
        if what is not None and "和" not in what.group():
            return what.group()
    return name


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
    # The first 在/于/假 may be a time (于6月1日召开…于X召开): read on.
    pos = 0
    while (m := _VENUE.search(sentence, pos)) is not None:
        pos = m.start() + 1
        place = m["place"]
        if (
            _to_come(sentence, m.start())
            or _NOT_PLACE.match(place)
            or _VAGUE.search(place)
            or place in _GENERIC
            or _LIST_SEP.search(place)  # a list of venues is read as stops
            # 在X陪同下来Y视察: whoever came along, not where.
            or any(w in place for w in _ESCORTED)
            # 在「IEEE科技领袖研讨会」开幕: a quoted event's name is no place.
            or _QUOTED_EVENT.match(place)
            # 在X进行 is a venue only when X reads as a place (not 在全市常态化进行).
            or (m["verb"] in _PLACE_VERBS and not _PLACE_END.search(place))
        ):
            continue
        name, area = split_area(place)
        return PlaceMention(name, area, m.span("place"))
    return None


#: Words that put what follows in the future (将于…在X举办, 拟在X召开); not
#: 将 taking an object (将活动放在X举行), nor 将军.
_WILL: Final = re.compile(r"将(?=[于在要会])|拟|今后|(?:计划|准备)(?=[于在])")


def _to_come(sentence: str, at: int) -> bool:
    """Whether the clause before ``at`` says what follows is still to come."""
    start = max(sentence.rfind(c, 0, at) for c in ",;:")
    return _WILL.search(sentence, start + 1, at + 1) is not None
