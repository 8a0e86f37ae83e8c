"""
Places: the stops of a tour, in order.

A tour is printed as a verb of going (``先后到``, ``来到``, ``深入``,
``走进``, ``前往``) and a ``、`` list of stops closed by what was done there
(``实地察看``, ``进行``, ``开展``, ``等地``, ``参观``), its purpose
(``对…工作``) or the clause's end. A tour may go on over several sentences
(``随后来到…``, ``在大塘市场,…``); lists of rooms or kinds of place
(``教学楼、功能室``, ``社区、家庭``) and destinations still to come are not
stops. This module finds where a list of places is printed (``_scenes``
where a sentence puts its event with no verb of going); ``_stoplists`` reads
the list found and what goes on after it, ``_stopnames`` the names in it,
``_placenames`` says what a place is, ``_venues`` finds where a
meeting was held and ``_speech`` what was only said. The names the
extractor reads places by are kept here, so that it imports one module.
"""

from __future__ import annotations

import re
from typing import Final

from timeline.extract._people import GLOSS
from timeline.extract._placenames import (
    PlaceMention,
    each,
    printed,
    same_place,
    split_area,
    unglossed,
)
from timeline.extract._scenes import later_places, opening_place
from timeline.extract._speech import opens_business, opens_speech, speaker_verb
from timeline.extract._stoplists import COUNT, DONE, Found, add_list
from timeline.extract._stopnames import LIST_SEP
from timeline.extract._venues import escorted, find_venue, to_come, venue_at

__all__ = [
    "PlaceMention",
    "find_tour",
    "find_venue",
    "opens_business",
    "opens_speech",
    "same_place",
    "split_area",
]


#: What may precede a verb of going, naming who went (县长到, 一行来到).
#: (长 before 到 closes a post, 县长到, not a growth: 增长到40万, 延长到;
#: 实地到X: going there on the spot, unless denied: 未能实地到X, 不愿实地到X.)
_GO_CUES: Final = (
    # (分赴: went each to a share of the places, as 分别到.)
    "先后|一行|陪同下,|等|同志|深入|随后|还|并|分别|分(?=赴)|又|再|先|,|人|员|长(?<![增成延生]长)"
    "|记|任|局|部|组|委|们|队|实地(?<![未不没无]实地)(?<![未不没][能愿肯曾有]实地)"
)
#: What may precede a verb of going that needs no more (随后深入, 又来).
_GO_THEN_CUES: Final = "先后|随后|一行|又|还"
_GO_ALONE: Final = (
    # 去 only after a word saying a visit in turn (分别去A、B, 先后去X).
    "先后去|分别去"
    # 走进/来到/前往 name places whatever precedes them; 到 and 深入 need a cue.
    r"|走进了?|来到了?|前往|探访了?|探望了?|到访了?|到达|抵达|莅临|蒞临|先后在|分别在"
    # A list seen in turn: 先后视察了A、B (but not 参观了成果展示 alone).
    # (察看了解X: 了 opens 了解, what was learnt, no tense: 解X is no stop.)
    r"|先后(?:视察|察看|查看|考察|参观|检查)了(?!解)|实地(?:考察|察看|查看|视察|走访)了(?!解)"
)
_GO: Final = (
    # Every alternative opens with its character (the cues spelled out with
    # the verbs after them), so that the engine scans for them (see each).
    "(?:"
    + each(
        _GO_CUES,
        # 到场/到会/到岗/到位 are being there, not going somewhere (100多人到场聆听);
        # 到目前为止, 到发稿时止 and 到9点 are times (到目前为止已开展50多场).
        r"(?:到访|到达|到(?![位岗]|场(?!镇)|会(?!场)|目前|发稿|[0-9]+[点时])|来到了?|深入到?|走进了?|前往|赴|走访(?:慰问|看望)?了?)",
    )
    + "|"
    + each(_GO_THEN_CUES, "(?:深入|走进|前往|来到|赴|来(?!到))")
    + f"|{_GO_ALONE})"
    # What was done there, printed before the stops: 前往视察A、B.
    # (深入了解X is what was learnt, not where: 了 before 解 is no tense.)
    r"(?:视察|考察|参观|察看|查看|检查|慰问|看望)?(?:了(?!解))?"
)
_TOUR: Final = re.compile(_GO + r"(?P<list>[^,。;:!?]{2,200}?)" + DONE)
#: What is done at a stop, printed right after it: 到东区视察, 赴青山镇调研.
_THERE: Final = (
    r"(?=,?(?:视察|调研|考察|检查|督导|督查|慰问|走访|看望|探望|探访|参观|观摩|察看|查看|开展|进行|"
    r"指导|宣讲|调查|采访|专项|听取|参加|出席|先后|会勘|与|同|就|围绕|拜访|拜会|参访|实地"
    # A meeting held there, printed right after it (到X镇召开座谈会; not past a
    # comma: 赴X对接工作,召开…, where the clause before the comma is no stop).
    r"|召[开開集](?<!,..)|主持召[开開](?<!,...))"
    # …等乡镇, …等地,: the kind of place printed after the list closes it too.
    r"|等(?:" + COUNT + r")?(?:乡镇|镇|乡|村|社区|街道|地|处))"
)
#: 到/赴 with no cue before them: the stop must be followed by what was done
#: there (not 达到, 得到, 受到, 做到, 提到, 感受到, 到2025年).
_NOT_BEFORE_TO: Final = "达得受做提识看听想收遇找说感回直报送拿传办"
_TO: Final = re.compile(
    # What may not precede the verb is looked behind after it, so that
    # every alternative opens with its verb (see _placenames.each).
    rf"(?:到(?<![{_NOT_BEFORE_TO}]到)(?![访达]|目前|发稿|[0-9]+[点时])|赴(?<![{_NOT_BEFORE_TO}]赴)"
    rf"|来(?<![{_NOT_BEFORE_TO}带起以未近原后本看从向历将年]来)(?!到|自)"
    # 至 after a time of day is going there: 今日上午至大寮区视察.
    # So after a group sent (一行至X参访, 人员至X拜访, 考察团至X).
    r"|至(?<=[午晚]至)(?![0-9今明次])|至(?<=[行员团组队]至)(?![0-9今明次少于此关])"
    r")"
    r"(?P<list>[^,。;:!?]{2,40}?)" + _THERE
)
#: Verbs of looking whose objects a list may be, each two characters.
_LOOKS: Final = (
    "视察|调研|考察|检查|察看|查看|参观|探访|探望|看望|观摩|督导|督查|走访|慰问|深入|沿[着著]"
)
#: A list seen right after the verb: 视察A、B,  调研深农集团,  实地考察X.
_SEEN: Final = re.compile(
    # (将/拟/要 before the first verb, looked behind after it: every verb is
    # two characters, and the rule opens with one: see _placenames.each.)
    rf"(?:{_LOOKS})(?<![将拟要]..)(?:{_LOOKS})*"
    # 参观指导了X, 检查指导X: 指导 is part of the verb.
    # (Possessive: a 了 given back would open the list, 视察了办税服务厅.)
    r"(?:指导)?(?:了(?!解)|到)?+"
    # (观摩是…: the verb is the subject of 是, no act with an object; 督查办,
    # 督导室, 督查处: an office named by the verb, no act.)
    # (人民公园, 人民医院 are places: only 人 of people, 视察人员, is no list.)
    r"(?![组团队员工作点与和及并是]|人(?!民)|(?<=督查|督导)(?:办(?!公)|[室处])|(?<=问)[金品]"
    r"|行程|报告|成果|活动)"
    r"(?P<list>[^,。;:!?]{2,80}?)" + DONE
)
#: 探访了两间设施,包括A及B: the places a visit named after 包括.
_INCLUDING: Final = re.compile(
    r"(?:视察|考察|检查|参观|探访|走访|慰问|看望|观摩)了?[^。;]{0,40}?,包括(?P<list>[^,。;:!?]{2,80}?)"
    + DONE
)
#: 对A、B等重点项目进行视察: the places an inspection went over.
_OVER: Final = re.compile(
    r"对(?P<list>[^,。;:!?对]{2,120}?)(?:等[^,。;]{0,16})?进行了?(?:实地)?"
    r"(?:视察|检查|调研|考察|督导|督查|观摩|走访|慰问)"
)
#: 对X村进行实地踏勘, 对X河进行巡河: one village, river or road gone over on
#: the spot (实地, or a patrol or survey, done nowhere else) is a stop, not the
#: work's topic (a project or a list of things is: 对X项目进行实地调研).
_OVER_ON_SITE: Final = re.compile(
    r"对(?P<list>[^,。;:!?对、]{2,40}?[村镇乡河江湖渠库段路])进行了?"
    r"(?:实地(?:视察|检查|调研|考察|走访|踏勘|查看|察看)|巡河|巡查|踏勘)"
)
#: The sites of an event held in several places at once, each named after
#: its kind (主会场设在A, 分会场分别设立在B、C; 主现场设立在A, 分现场分别是B、C).
_SITES: Final = re.compile(
    r"[主分](?:会场|现场)(?:分别)?(?:设立?在|设置在|设于|位于|是|为)(?P<sites>[^,。;:!?]{2,200}?)"
    + DONE
)
#: Words without which a sentence names no stop (a quick test before the rules).
_GOING_WORDS: Final = (
    *("到", "深入", "走进", "前往", "赴", "走访", "先后", "实地", "探", "视察", "调研"),
    *("考察", "检查", "察看", "查看", "参观", "看望", "观摩", "督导", "督查", "慰问"),
    *("来", "沿", "抵达", "莅", "蒞", "包括", "对", "拜访", "参访"),
)
#: Any of them, in one scan of the sentence instead of one per word.
_GOING: Final = re.compile("|".join(map(re.escape, _GOING_WORDS)))


#: An electoral district (X村选区), or a place named only as the district's
#: (选区投票站), is where voters are counted, not a stop; the scene of the
#: voting in one (第127选区现场) is a place.
_DISTRICT: Final = re.compile(r"^选区|选区$")
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


#: Fields of some work, closing a run after 在 (在产业、生态等方面开展合作): no venue.
_FIELDS: Final = re.compile(r"方面|领域|領域")


#: The paragraph (counted from 0) from which a report has mostly told its
#: event and goes on to background, results or remarks.
LATE_PARAGRAPH: Final = 3


def find_tour(text: str, *, said: bool = False, late: bool = False) -> list[PlaceMention]:
    """
    The stops ``text`` (one sentence) names, in printed order.

    Readings some mirror sites print after characters (``實(shí)地``) are
    skipped while reading and kept in the places as printed. ``said``: the
    sentence is in a paragraph of what someone said, where verbs of going
    name no stop (venues still do). ``late``: the sentence is in a fourth or
    later paragraph, where the weakest cues name no stop (``_weak_cue``).
    """
    if "(" in text and GLOSS.search(text):
        clean, kept = unglossed(text)
        return [printed(text, kept, p) for p in _find_tour(clean, said=said, late=late)]
    return _find_tour(text, said=said, late=late)


def _find_tour(text: str, *, said: bool, late: bool = False) -> list[PlaceMention]:
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
    found = _places_at(text)
    # In a paragraph of what was said, verbs of going name no stop at all.
    if not said and _GOING.search(text) is not None:
        # What a speaker says (他强调,要深入…; X表示,今年率团赴…) is told,
        # not toured: lists after the speaker's verb name no stop. (Looked
        # for once a rule has found a list: most sentences have none.)
        told: int | None = None
        quoted = "“" in text or "「" in text
        # 对X进行调研 names the work as often as the place: a list only.
        for rule, strict, least, needs in (
            (_TOUR, False, 1, ""),
            (_TO, True, 1, ""),
            (_SEEN, True, 1, ""),
            (_OVER, True, 2, "进行"),
            (_OVER_ON_SITE, True, 1, "进行"),
            (_INCLUDING, True, 1, "包括"),
        ):
            if needs not in text:
                continue  # a plain scan is cheaper than the rule
            for m in rule.finditer(text):
                if told is None:
                    speaker = speaker_verb(text, len(text))
                    told = len(text) if speaker is None else speaker.end()
                if m.start() >= told:
                    break  # a list that opens before the speaker's verb is read whole
                if quoted and _in_quotes(text, m.start()):
                    continue  # “书记到家”: a slogan's verb, going nowhere
                weak = _last_stop(rule, text, m.start()) or _weak_cue(
                    rule, text, m, found, late=late
                )
                if weak is not None:
                    add_list(found, text, m, "list", strict=strict or weak, least=least)
    if not found:
        return []  # (most sentences: nothing to sort or filter)
    found.sort(key=lambda x: x[0])
    return [
        p
        for i, (_, _, stops) in enumerate(found)
        if not _rooms_of_village(stops, found[:i])
        for p in stops
        if ("选区" not in p.name or not _DISTRICT.search(p.name)) and _closed(p.name)
    ]


def _closed(name: str) -> bool:
    """
    Whether every bracket ``name`` opens it closes too.

    A stop cut inside its brackets (金梅路(港咀段 of 金梅路(港咀段)周边, 书房(某景区
    of 书房(某景区分馆)) is no name printed; none is better than half of one.
    """
    if "(" not in name and "(" not in name:
        return True  # (most stops print none)
    return name.count("(") + name.count("(") == name.count(")") + name.count(")")


def _rooms_of_village(stops: list[PlaceMention], before: Found) -> bool:
    """
    Whether ``stops`` are rooms of a village the sentence went to before them.

    到A村,参观了村史馆、文体中心; 来到A村,在村党群服务中心,…: a room named by
    the village's own 村 (not by its name) is part of that stop (decision 22e),
    and so is what is listed with it.
    """
    # (标准化村卫生室: a standard the room meets names no other village.)
    rooms = (p.name.removeprefix("标准化").removeprefix("规范化") for p in stops)
    return any(name.startswith("村") and name[1:2] not in "村庄" for name in rooms) and any(
        q.name.endswith("村") for _, _, earlier in before for q in earlier
    )


def _in_quotes(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a quotation (more quotes opened than closed before it)."""
    return text.count("“", 0, at) + text.count("「", 0, at) > text.count("”", 0, at) + text.count(
        "」", 0, at
    )


def _places_at(text: str) -> Found:
    """The places ``text`` (one sentence) puts something at: 在X, sites, a list of venues."""
    found: Found = []
    at = opening_place(text)
    if at is not None:
        add_list(found, text, at[0], "place", strict=True, opening=at[1])
    # (Every later place opens on 在: most sentences hold none, and set up no scan.)
    for later, clause in later_places(text) if "在" in text else ():
        add_list(found, text, later, "place", strict=True, opening=clause)
    for site in _SITES.finditer(text) if "场" in text else ():
        # Sites are projects and works as often as places: read as printed.
        add_list(found, text, site, "sites", strict=False)
    venue = venue_at(text) if "在" in text else None
    if (
        venue is not None
        and LIST_SEP.search(venue["place"])
        and not escorted(venue["place"])
        # (在A、B等方面进行…: the fields of some work, not its venues.)
        and not _FIELDS.search(venue["place"])
    ):
        # 在A及B办理投票: each is a venue (not 在A、B陪同下到X调研: who came along).
        add_list(found, text, venue, "place", strict=False)
    return found


#: What was looked at, after 的, ending a list: …的春耕生产情况.
_TOPIC_END: Final = re.compile(r"的[^、的]{1,20}(?:情况|进度|进展|现状)$")
#: Verbs of looking that are no stop cue: what they name inside a topic stays
#: out (decision 23: 视察, 调研, 考察).
_NO_STOP_CUE: Final = ("视察", "调研", "考察")
#: A topic printed right after a place: X活动室建设情况, X发展情况.
_TOPIC_AFTER: Final = re.compile(r"[^、](?:建设|发展|运行|推进|工作|开展)(?:情况|进度|进展|现状)$")
#: A verb of looking printed bare (no 了, no 先后): 调研X, 参观X, 检查X name
#: the work, the exhibit or the firm as often as a place (6 of 23 stops right
#: over four collections), so they name no stop unless 在 says a place
#: follows (参观在X内的…, 调研在X,).
_BARE_LOOKS: Final = frozenset(["参观", "调研", "检查", "检查了"])


#: The clause a list opens, up to its end.
_CLAUSE: Final = re.compile(r"[^,。;:!?]*")
#: What was looked at, ending a clause (…等地代表之家建设情况, …的建设运转情况).
_TOPIC_LAST: Final = re.compile(r"(?:情况|情況|进度|進度|进展|進展|现状|現狀)$")
#: A verb of going, which names its object as a stop whatever follows (decision 23).
_GOES: Final = re.compile(r"到|来|來|前往|赴|深入|走进|走進|抵达|抵達")


def _only_in_topic(rule: re.Pattern[str], verb: str, listing: str, clause: str) -> bool:
    """
    Whether the places of ``listing`` are printed only inside what was looked at.

    视察了A、B的春耕情况; 调研了X建设情况, 考察X发展情况 (a topic printed right
    after the place, after any verb that is no stop cue: decision 23); and
    any clause such a verb opens that ends in what was looked at, printed with
    实地 or 现场 too (实地考察了A镇、B镇等地代表之家建设情况, 现场调研了A及B的建设
    运转情况, 视察了A园区建设、B古街保护等情况): decision 23 reads 实地考察 as
    考察学习, no cue. ``clause``: the text from the list's start to the clause's end.
    """
    no_cue = any(v in verb for v in _NO_STOP_CUE) and _GOES.search(verb) is None
    return (
        ("视察" in verb and _TOPIC_END.search(listing) is not None)
        or (rule is _SEEN and no_cue and _TOPIC_AFTER.search(listing) is not None)
        or (no_cue and _TOPIC_LAST.search(clause) is not None)
    )


def _last_stop(rule: re.Pattern[str], text: str, start: int) -> bool:
    """Whether a list seen is a tour's last stop (最后参观了X), of its own (not a room, 22e)."""
    return (
        rule is _SEEN
        and text.endswith(("最后", "最後"), 0, start)
        and text.startswith(_LAST_SEEN, start)
        and not text.endswith(_FUTURE, 0, start - 2)
        and not to_come(text, start)
    )


def _weak_cue(
    rule: re.Pattern[str], text: str, m: re.Match[str], found: Found, *, late: bool = False
) -> bool | None:
    """
    Whether the list ``m`` found must end like places; None when it names no stop.

    A destination still to come (将前往) and a bare verb of looking name
    none; nor does any verb of looking once the sentence has named a stop
    before it: what is looked at there is a work or a room of that stop
    (前往X村视察代表活动站建设, 来X镇考察Y工程情况, 来到X社区,参观了A室、B站;
    with 了 or 实地 too), unless it is on-site looking (察看了, 实地查看), whose
    named objects are stops (decision 22i), or the stop is a village or a town
    whose sites were looked at (在A村,观摩了B中心和C厂: decision 22e).
    Visiting takes people as well as places (走访群众, 探望村民): the stops
    after it must end like places, unless 先后 says a tour (先后走访A、B).
    """
    start = m.start()  # (read once: this runs on every list a rule finds)
    if text.endswith(_FUTURE, max(0, start - 2), start) or to_come(text, start):
        return None
    verb = text[start : m.start("list")]
    # 实地/现场 before a verb of looking says it was done on the spot (decision 22i).
    on_site = text.endswith(("实地", "现场"), 0, start)
    # Past the third paragraph a report tells background, results and
    # remarks: a bare 到X or a verb of looking with no 了 there names work
    # or a place talked of far more often than a stop.
    if late and (rule is _TO or (rule is _SEEN and "了" not in verb)):
        return None
    # (现场检查了A、B, 实地检查了X: an inspection done on the spot names its
    # stops, as 察看了 does; not its facilities, 现场检查了消防通道、安全出口.)
    if (
        rule is _SEEN
        and verb in _BARE_LOOKS
        and not m["list"].startswith("在")
        and not (on_site and verb.endswith("了") and _FACILITY.search(m["list"]) is None)
    ):
        return None
    # 视察了A、B的春耕情况: after a verb that is no looking on the spot, places
    # printed only inside a topic are what was inspected, not stops (decision 22i).
    clause = _CLAUSE.match(text, m.start("list"))
    if _only_in_topic(rule, verb, m["list"], clause[0] if clause else ""):
        return None
    before = [stops for _, y, stops in found if y <= start and stops]
    # 察看A、B、C: several sites looked at on the spot are stops, 了 or not.
    several = LIST_SEP.search(m["list"]) is not None
    if (
        rule is _SEEN
        and not (("察看" in verb or "查看" in verb) and ("了" in verb or on_site or several))
        and before
    ):
        # 在A村,观摩了B中心和C厂; 来到A镇,参观了B、C等地: the sites of a village
        # or a town looked at, done (了) or on the spot, are stops of their own,
        # not rooms of the stop (decision 22e); each must end like a place.
        settled = _SETTLEMENT.search(before[-1][-1].name) is not None
        # (9个观摩评比村: after a count's measure word, 观摩 qualifies a noun.)
        seen = any(v in verb for v in _SEEING) and not text.endswith(_MEASURES, 0, start)
        return True if settled and ("了" in verb or on_site or seen) else None
    return rule is _TOUR and (
        # 深入 alone is as often "deeply" (干部深入交谈): what follows must end
        # like a place, unless a purpose closes it (深入罗平就…复查).
        (
            verb.endswith("深入")
            and not verb.startswith(("先后", "先後"))
            and not text.startswith(("对", "就", "围绕"), m.end())
        )
        or (any(v in verb for v in _VISITS) and not any(t in verb for t in ("先后", "先後")))
    )


#: A facility, whose inspection on the spot names no stop (消防通道、安全出口).
_FACILITY: Final = re.compile(
    r"(?:通道|出口|入口|设施|设备|器材|管道|线路|电梯|消防栓)(?:[、和及与]|$)"
)
#: Visiting verbs that name a tour's last stop after 最后 (not 检查了消防通道).
_LAST_SEEN: Final = ("参观", "參觀", "视察", "視察", "考察", "观摩", "觀摩")
#: Verbs of looking at sites (not at work: 视察, 调研, 考察 name it as often),
#: whose objects in a village or a town are its sites, 了 or not (到A村观摩B基地).
_SEEING: Final = ("观摩", "觀摩", "参观", "參觀", "察看", "查看")
#: Measure words of a count, after which a verb qualifies the noun counted.
_MEASURES: Final = ("个", "個", "家", "所", "处", "處")
#: A village or a town, whose sites looked at are stops of their own (decision 22e).
_SETTLEMENT: Final = re.compile(r"(?:村|镇|乡|鎮|鄉|街道)$")
