"""
Who did what: the roles people and bodies play, read from sentences.

The lead sentence names the subject: whoever 调研/慰问/观摩 or whose body
召开 an event; every person named as its subject leads (co-leads:
``区委书记A、区长B到…调研``), a body that convenes *organises*. Other
sentences add roles by their verbs: ``在X的陪同下`` and ``X陪同``
accompany, ``X参加/出席/列席`` take part, ``X主持``, ``X带队`` and whoever
gives a meeting's ``讲话`` lead (``会议由X主持`` too), ``X就…发言`` and
``X做…宣讲/专题报告`` speak (an invited lecturer does not lead),
``X对…进行评分`` judges, ``在X的指导下`` guides,
``X以全票当选`` is elected. The ``X`` must read wholly as people or as
bodies (leading clauses such as ``活动现场,`` are dropped), which keeps
ordinary sentences from yielding roles.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from timeline.extract._numbers import find_headcounts
from timeline.extract._people import GLOSS, Named, is_title, parse_orgs, parse_people
from timeline.model import Role

__all__ = [
    "ACTS",
    "MAIN_ADDRESS",
    "REMARKS",
    "Mention",
    "parse_actors",
    "sentence_roles",
    "title_before",
]


@attrs.frozen(kw_only=True)
class Mention:
    """
    A person or body in a role, found in text.

    Attributes:
        role: The role.
        name: The person's or body's name.
        title: A person's title (empty for bodies).
        parent: A body's parent body (empty for people).
        representatives: Who stood for a body (empty for people).
        person: Whether this is a person (else a body).
        span: Offsets of the name in the searched string.
        address: For a lead, what made them lead: :data:`ACTS` (a tour,
            the chair, the subject), :data:`REMARKS` (words at the meeting:
            指出, 强调, 作讲话) or :data:`MAIN_ADDRESS` (a speech the report
            marks as the main one: 重要讲话) or :data:`DELEGATED` (受X委托:
            the delegate leads, even for a report).
    """

    role: Role
    name: str
    title: str = ""
    parent: str = ""
    representatives: str = ""
    person: bool
    span: tuple[int, int]
    address: int = 0


#: How a lead was read (:attr:`Mention.address`).
ACTS: Final = 0
REMARKS: Final = 1
MAIN_ADDRESS: Final = 2
DELEGATED: Final = 3


_MAX_WHO: Final = 120
_MAX_MENTIONS: Final = 40
#: What may open a clause before its people: 会议由X主持, 会议邀请X作…, 会上X…
_MODIFIER: Final = re.compile(
    # (分管安全生产的副乡长X: a title may hold 的, after 分管/主管.)
    r"^(?:.*?(?=(?:分管|主管)[^的,]{1,12}的)|.*的|[^,由]{0,12}?由|第[一二三四五六七八九十]+项(?:议程)?是|(?:会议|活动|本次|此次)?(?:首先|随后|并|还|特别)?邀请了?|经|其中|"
    r"(?:会议|活动|座谈会|调研|检查|[仪儀]式|典礼|大会|论坛|开班式)(?:现场|上|中|期间|结束后)|现场|会上|"
    r"随后|最后|同时|此外|[一二三四五六七八九十]是|其次|再次)"
)
_POSITION: Final = re.compile(r"\((?:左|中|右|前|后)[一二三四五六七八九]?\)")
#: Letters glued on by a page's layout (``news县委书记``) are no part of a title.
#: So are photo captions glued before it (…获奖选手与区领导合影区领导).
_TITLE_JUNK: Final = re.compile(r"^.*(?:[A-Za-z0-9\s]|图片|圖片|供图|合影|留念)")
_TAIL: Final = re.compile(
    # Every part is optional: a quick look at the first character saves
    # trying them all at each place of a clause.
    r"(?=[及和与以携攜偕一等同们分共先亲全到现首来实于今昨日近上下晚早中也又还就冒专再带连特代启起动出当随次继然(0-9]|$)"
    # Unnamed people closing a list: 及各村里长等人, 及有关部门负责人.
    r"(?:(?:及|和|与|以及)(?:各|有关|相关|其他|部分)[^、,]{1,12}?)?"
    # Whom they brought: 镇社区办主任X携区民防办领导一行.
    r"(?:(?:[携攜]|偕)同?[^,。、]{1,20}?)?"
    # (The group may be quoted: 等在家的县“四大家”领导.)
    r"(?:一行|等人|等[\u4e00-\u9fff“”]{0,12}|同志们|们)?"
    # What they brought with them: 带着对官兵的深情厚谊.
    r"(?:带着[^,。]{1,24})?"
    # How they went along: 全程陪同, 到场陪同, 一同参加 (亦/也 are read with the verb).
    r"(?:分别|一同|共同|先后|亲自|一起|全程|到场|到会|现场|首先|来到现场|来到会场|实地)*"
    # When, or on whose behalf, after the people: 副省长X2月14日下午, 镇长X代表党委、政府.
    r"(?:\((?:左|中|右|前|后)[一二三四五六七八九]?\))?"
    r"(?:于)?(?:(?:[0-9]{1,2}月)?[0-9]{1,2}日|今天|昨天|今日|昨日|今早|昨早|日前|近日|今|昨)?"
    # 昨(31)日, 于今(2月3日): a Hong Kong and Macau paper's day in parentheses.
    r"(?:\([^()]{1,12}\)日?)?(?:上午|下午|晚上|早上|中午|晚间|早|晚)?"
    r"(?:当天|当日|随即|随后|一早|一大早|次日|继而|然后)?"
    # How they went: 区委书记X冒雨检查, 镇长X带头捐款, 县长X也来到.
    r"(?:也|又|还|就)?(?:冒雨|冒雪|冒酷暑|冒严寒|专程|再次|带头|连夜|特地|专门|亲自)?"
    # Setting off: 行政长官X今晚启程前往….
    r"(?:启程|起程|动身|出发)?"
    r"(?:代表[^,。]{0,12}?(?:党委|政府|人民|全体|组织|单位|区委|县委|市委)(?:[、和][^,。]{1,8})?)?$"
)


#: How far from its end a clause may hold what closes its people.
_TAIL_REACH: Final = 60
#: Unnamed people closing a list of named ones, in a clause of their own.
_UNNAMED: Final = re.compile(
    r"^(?:(?:以及|及|和)[^,、]{0,16}?|[^,]{1,40}?等[^,、]{0,8}?)"
    r"(?:负责人|负责同志|人员|代表|干部|群众|工作人员)等?$"
)
#: A time aside between the subject and its verb: 林某于2日,即上任后第二日,到访….
_ASIDE: Final = re.compile(r"^即[^,]{1,12}$")


def parse_actors(
    who: str, role: Role, base: int, *, first_role: Role | None = None
) -> list[Mention]:
    """
    Read ``who`` as ``,``-separated groups of people or of bodies.

    Leading groups that read as neither are dropped (``活动现场,``); a
    group after a readable one that does not read ends the list.

    Args:
        who: The phrase.
        role: The role of everyone read.
        base: Offset of ``who`` in the searched string.
        first_role: A different role for the people read (the subject's
            co-leads: ``区委书记A、区长B到…调研`` makes both lead); bodies
            keep ``role``.
    """
    # 陳業鵬,、趙建斌: a stray comma before 、; a photo position after a
    # name, 麥美娟(右一) (same length, offsets kept).
    who = who.replace(",、", " 、")
    if "(" in who:
        who = _POSITION.sub(lambda m: " " * len(m.group()), who)
    groups: list[tuple[str, int]] = []
    pos = 0
    for g in who.replace(";", ",").split(","):
        groups.append((g, pos))
        pos += len(g) + 1
    found: list[Mention] = []
    after: list[Mention] = []  # the people of the group read last (the next one in print)
    for text, start in reversed(groups):
        # A clause of time or manner between the people and the verb (,即上任后第二日,
        # ,分别) names no one and ends nothing.
        if _TAIL.fullmatch(text.strip()) or _ASIDE.match(text.strip()):
            continue
        title = _title_only(text) if after and all(m.title for m in after) else ""
        if title:
            # 县委常委,政法委书记X: a title printed over a comma is one title
            # (though 县委常委 alone could be read as a body).
            merged = {id(m): attrs.evolve(m, title=f"{title},{m.title}") for m in after}
            found = [merged.get(id(m), m) for m in found]
            after = []
            continue
        got = _read_group(text, role, base + start)
        if got is None:
            if not found and (_UNNAMED.match(text.strip()) or _post_alone(text.strip())):
                # …,以及市区相关部门负责人等陪同, …,县农业局领导的陪同下: the
                # unnamed close the list.
                continue
            break
        found[:0] = got
        after = [m for m in got if m.person]
    if first_role is not None:
        found = [attrs.evolve(m, role=first_role) if m.person else m for m in found]
    return found


_MAX_TITLE_LOOKS: Final = 5
#: How far into a report a title is looked for: bounded work on any page.
_TITLE_SEARCH: Final = 5000
_TITLE_REACH: Final = 40
_CLAUSE_BREAK: Final = re.compile(r"[,。;:!?\s]")


def title_before(text: str, name: str) -> str:
    """
    The title printed right before ``name`` somewhere in ``text``, or empty.

    For a person first named bare (a headline or caption glued to the body,
    ``夏宝龙在澳门考察``) who is titled elsewhere (``国务院港澳办主任夏宝龙``).
    """
    text = text[:_TITLE_SEARCH]
    start = text.find(name)
    looks = 0
    while start >= 0 and looks < _MAX_TITLE_LOOKS:
        chunk = text[max(0, start - _TITLE_REACH) : start]
        breaks = list(_CLAUSE_BREAK.finditer(chunk))
        head = chunk[breaks[-1].end() :] if breaks else chunk
        people = parse_people(head + name) if head else None
        if people and people[-1].name == name and people[-1].title:
            return _clean_title(people[-1].title)
        start = text.find(name, start + len(name))
        looks += 1
    return ""


def _clean_title(title: str) -> str:
    """
    Drop what a page's layout glued before a title: ``news县委书记`` -> ``县委书记``.

    Letters, digits and spaces never belong to a title, but readings
    (``區(qū)長``) do and stay.
    """
    masked = GLOSS.sub(lambda m: "字" * len(m.group()), title) if "(" in title else title
    junk = _TITLE_JUNK.match(masked)
    title = title if junk is None else title[junk.end() :]
    # A quote closing the sentence before is no part of it (”坳头村党委书记);
    # one inside it is (“大工委”书记).
    return title.lstrip('”」"')


def _untailed(core: str) -> str:
    """The clause without what closes its people (only its end is read: it is short)."""
    cut = max(0, len(core) - _TAIL_REACH)
    return core[:cut] + _TAIL.sub("", core[cut:])


def _person_mentions(people: list[Named], role: Role, at: int) -> list[Mention]:
    """Mentions of people read from the text that starts at page offset ``at``."""
    return [
        Mention(
            role=role,
            name=p.name,
            title=_clean_title(p.title),
            person=True,
            span=(at + p.start, at + p.start + len(p.name)),
        )
        for p in people
    ]


_CONJ: Final = re.compile("以及|和|及")
#: A post without a name is short: 县农业局领导 (not a clause ending in 总书记).
_MAX_POST: Final = 10


def _post_alone(text: str) -> bool:
    """Whether ``text`` is a post named without a person (县农业局领导): unnamed people."""
    return len(text) <= _MAX_POST and is_title(text)


#: What never closes a list of people: a role's verb, a finished act.
_PREDICATE: Final = re.compile(r"了|参加|出席|列席|参与|陪同|随同|主持|讲话|发言|表示|[和及与]$")


def _unnamed_people(tail: str) -> bool:
    """
    Whether ``tail`` (after 和/及) closes the people with unnamed ones or bodies.

    (薛坤和民革党员专家、企业家, X以及专家团队、施工方: yes; 张斌及…代表参加了:
    no, the verb has leaked into the people.)
    """
    return _PREDICATE.search(tail) is None


#: Unnamed people closing a mixed list: …、水利局和运管局相关领导.
_UNNAMED_END: Final = re.compile(r"(?:负责人|负责同志|领导|人员|干部|代表)(?:等|等人)?$")


def _named_first(core: str) -> list[Named] | None:
    """
    The named people opening a ``、`` list that goes on with bodies and unnamed people.

    ``院长X、县教育局相关负责人、龙洋乡乡委会、水利局相关领导`` -> X: the list
    must end with unnamed people and hold no verb.
    """
    pieces = core.split("、")
    if len(pieces) < 2 or not _UNNAMED_END.search(core) or _PREDICATE.search(core):  # noqa: PLR2004
        return None
    best: list[Named] | None = None
    for n in range(1, len(pieces)):
        people = parse_people("、".join(pieces[:n]))
        if people is None:
            break
        best = people
    return best


#: A rank printed before the post, over a comma: 县委常委,政法委书记X.
_RANK: Final = re.compile(r"(?:常委|委员|成员|成員)$")


def _title_only(text: str) -> str:
    """The group as a rank with no name (``县委常委``), after its opener; else empty."""
    core = text.strip()
    mod = _MODIFIER.match(core)
    if mod is not None:
        core = core[mod.end() :]
    return core if _RANK.search(core) and is_title(core) else ""


def _read_group(text: str, role: Role, base: int) -> list[Mention] | None:
    core = text.strip()
    lead = len(text) - len(text.lstrip())
    mod = _MODIFIER.match(core)
    # (Not a 的 inside what closes the people: 等县领导带着对官兵的深情厚谊.)
    if mod is not None and mod.end() < len(_untailed(core)):
        lead += mod.end()
        core = core[mod.end() :]
    people_core = _untailed(core)
    people = parse_people(people_core) if people_core else None
    if people is not None:
        return _person_mentions(people, role, base + lead)
    orgs = parse_orgs(core) if core else None
    if orgs is None:
        # Named people, then unnamed ones: 薛坤和民革党员专家、企业家 (the
        # last 和/及 that leaves people before it: not 经济商务和信息化局's).
        named = None
        for conj in reversed(list(_CONJ.finditer(people_core, 2))):
            named = parse_people(people_core[: conj.start()])
            if named is not None and _unnamed_people(people_core[conj.end() :]):
                break
            named = None
        if named is None:
            named = _named_first(people_core)
        if named is None:
            return None
        return _person_mentions(named, role, base + lead)
    return [
        Mention(
            role=role,
            name=o.name,
            parent=o.parent,
            representatives=o.representatives,
            person=False,
            span=(base + lead + o.start, base + lead + o.end),
        )
        for o in orgs
    ]


# -- verbs ---------------------------------------------------------------------

_UNDER: Final = re.compile(
    r"在(?P<who>[^。;在]{2,120}?)的?(?:亲自)?(?P<verb>陪同|指导|督导|带领|率领|主持|组织)下"
)
#: From the sentence's start, or from the first clause that brings the verb
#: within reach (a long opening clause, 为了…,区长X来到…); people may be
#: listed over ``;`` (A,B;C,D陪同).
#: (A photo caption's label before a colon, 转废为能:局长X…, is no part of it.)
#: (A chronicle's day before a space, 15日  市委书记X来…, neither.)
_WHO: Final = r"(?:^|(?<=[,:]))(?:[0-9]{1,2}日\s+)?(?P<who>[^。:]{2,120}?)"
#: The verb part of each role pattern; the clause before it is the ``who``.
_VERB_PARTS: Final = (
    # 出席并讲话: present, but the report's point is the speech, and whoever
    # gives a meeting's speech leads it.
    (
        r"(?:出席|参加|到会)[^。,]{0,8}?,?并(?:作|做|发表)?(?:了)?(?:重要)?(?:讲话|致[辞词]|强调|指出|要求(?=,|各|全|要|与会))",
        Role.LEADS,
    ),
    (r"(?:出席|参加)[^。,]{0,8}?并(?:共同)?为[^。,]{1,20}?(?:揭牌|揭幕|剪彩)", Role.LEADS),
    (r"(?:出席|参加)[^。,]{0,8}?,?并(?:作|做)?(?:了)?发言", Role.SPEAKS),
    (r"(?:出席|参加)[^。,]{0,8}?,?并主持", Role.LEADS),
    (
        # (参会并陪同: whoever attends and escorts accompanies, as 出席并讲话 leads.)
        (
            r"(?:(?:出席|参加|参会)[^。,]{0,8}?并)?(?:亦|也)?(?:全程|到场)?(?:分别)?(?:陪同|随同)"
            r"(?:调研|视察|检查|慰问|走访|观摩|督导|参加)?"
        ),
        Role.ACCOMPANIES,
    ),
    (r"(?:应邀)?(?:参加|出席|列席|参与)", Role.TAKES_PART),
    (r"宣布[^。,]{0,20}?(?:开工|开幕|启动|开始|成立|闭幕)", Role.TAKES_PART),
    (
        # (Not 率领主管前往接机: meeting a visitor at the airport leads nothing.)
        (
            r"(?:主持|带队|率队|(?:带领|率领|率同)(?![^。,]{0,20}?(?:接机|迎接|送行))"
            r"|率(?![领队])(?=[^。,]{1,12}?(?:来|到(?![场会])|赴|深入|前往|调研|视察|检查)))"
        ),
        Role.LEADS,
    ),
    # (来到现场参加投票 is no tour.)
    (
        # (至 after a time of day is going there: 今日上午至大寮区视察.)
        (
            r"(?:先后)?(?:深入|来到(?![现会]场(?:参加|投票))|走进|前往|到(?![场会位岗]|[现会]场(?:参加|投票))|来访|到访|来我|[莅蒞][临臨]"
            r"|(?<=[午晚])至(?![0-9今明次]))"
        ),
        Role.LEADS,
    ),
    # 来岚调研: 来 and a place's short name before what is done there.
    (r"来[^,。]{1,6}?(?=调研|视察|检查|考察|督导|慰问|指导)", Role.LEADS),
    (r"(?:在[^。,]{1,30}?)?(?:会见|接见)", Role.LEADS),
    # The host who welcomes a visitor leads the meeting (X欢迎Y到访), as 会见 does.
    (r"(?:热烈|热情)?欢迎[^。,]{2,40}?(?:到访|来访|访问|访港|访澳)", Role.LEADS),
    # Hosts who join the visitors' tour (X,Y一同调研) take part; they do not lead.
    (r"(?:一同|一起|共同)(?:调研|视察|考察|检查|督导|慰问|看望|走访|观摩)", Role.TAKES_PART),
    # Whoever a sentence says inspects or visits leads: X走访慰问…, X探访….
    (
        # (Where may come between: 副司长X在荃湾区探访.)
        (
            r"(?:在[^。,在的会]{1,20}?[区县市镇乡村场园馆校院站心厂司社门門港澳湾岛州省京])?(?:先后|分别|亲切)?(?<!参加)(?<!出席)(?<!参加了)(?<!出席了)(?<!陪同)(?<!一同)(?<!一起)(?<!共同)"
            # (Not the name of a meeting: 在…现场观摩推进会上的讲话.)
            r"(?:调研|视察|考察|检查|督导|慰问|看望|走访|探访|探望|拜访|观摩)(?![^,。]{0,6}?会上)"
        ),
        Role.LEADS,
    ),
    # A leader's directive on the work: 区委书记X就…做出了重要指示, 就…提出了具体意见.
    (r"(?:就|对)[^。]{1,120}?(?:作出|做出|作|做)了?(?:重要)?(?:指示|批示)", Role.LEADS),
    (
        r"(?:就|对)[^。]{1,80}?(?:提出|作出|做出|作|做)了?(?:具体|明确|殷切)?(?:意见|要求|希望)",
        Role.LEADS,
    ),
    (
        r"(?:分别|先后|依次)?(?:就|围绕|结合)[^。]{1,80}?(?:进行|作|做)?(?:了)?(?:交流)?发言",
        Role.SPEAKS,
    ),
    # A meeting's speech leads; a lecture, a talk or a report to it does not.
    (r"(?:在[^。,]{0,20}?(?:上|中))?(?:作|做)(?:了)?[^。,]{0,12}?讲话", Role.LEADS),
    (
        # (到会指导 alone is a superior's attendance, not the meeting's address.)
        r"(?:讲意见|作总结讲话|作总结发言|在(?:致辞|讲话|致欢迎辞)中(?:表示|说))",
        Role.LEADS,
    ),
    # Whoever unveils or cuts the ribbon leads the ceremony: 主任X、副主任Y为联络点揭牌.
    (r"(?:共同)?为[^。,]{1,40}?(?:揭牌|揭幕|剪彩|授牌|授旗)", Role.LEADS),
    (
        # (X代表常委会向大会作工作报告: on whose behalf and to whom come between.)
        (
            r"(?:代表[^。,]{1,30}?)?(?:向[^。,]{1,12}?)?(?:分别)?(?:作|做)(?:了)?[^。]{0,80}?"
            r"(?:宣讲|讲座|专题报告|辅导报告|报告|党课|发言)"
        ),
        Role.SPEAKS,
    ),
    (
        # Any 致…词 is an address: 致辞, 致词, 致欢迎词, 致开幕词, 致结束词.
        # (作了致辞, 发表讲话: the light verb before the address changes nothing.)
        r"(?:在[^。,]{0,20}?(?:上|中))?(?:作|做|发表)?了?(?:重要)?(?:讲话|致[^。,致]{0,3}?[词詞辞辭])",
        Role.LEADS,
    ),
    (r"(?:在会上)?(?:作|做)?(?:了)?发言", Role.SPEAKS),
    # What a meeting's speaker says: 区长X指出/强调 (the speech itself unnamed).
    # (not 张光强调研: there 强 ends the name and 调研 is the verb).
    (r"(?:在[^。,]{0,20}?(?:上|中))?(?:指出|强调(?!研)|要求(?=,|各|全|要|与会))", Role.LEADS),
    # (Not 对…作了部署/安排: an agenda briefing is no speech.)
    (r"(?:并)?(?:对|就)[^。,]{1,30}?(?:作|做)(?:了|出)?强调", Role.LEADS),
    # (从…方面肯定了成绩: what was praised may come first.)
    (r"(?:(?:从|從)[^。,]{1,60}?)?(?:充分|高度)?肯定了", Role.LEADS),
    # The speaker's praise and greetings, however worded: 对…予以充分肯定,
    # 对…表示充分的肯定, 向全体代表致以亲切的问候, 向…表示祝贺.
    (
        (
            r"(?:并)?(?:(?:对|向)[^。]{1,60}?(?:予以|给予|表示)了?(?:充分|高度|热烈|衷心)?的?(?:肯定|赞扬|赞赏|祝贺)"
            r"|向[^。]{1,60}?致以[^。,]{0,6}?(?:问候|祝贺|敬意))"
        ),
        Role.LEADS,
    ),
    # 镇党委书记A、镇长B带头捐款: who sets the example leads it.
    (r"带头(?=[\u4e00-\u9fff])", Role.LEADS),
    (r"为[^。,]{1,30}?(?:授课|讲课|上党课|作辅导|进行辅导)", Role.SPEAKS),
    (r"对[^。]{1,60}?(?:进行|作|做)?(?:了)?(?:评分|打分|评审|点评)", Role.JUDGES),
    (r"(?:担任|任|作为)(?:本次|此次)?(?:比赛|大赛|活动)?评委", Role.JUDGES),
)
#: Words at a meeting: whoever says them leads it, unless another's speech
#: is the one the report marks as main (decision 5).
_REMARK: Final = re.compile(
    r"讲话|致[^。,]{0,3}?[词詞辞辭]|指出|强调|要求|肯定|祝贺|问候|敬意|赞扬|赞赏|讲意见|指示|批示|意见|希望"
)
_MAIN: Final = re.compile(r"重要讲话")


def _address(verb: str) -> int:
    """How a lead's verb part reads: an act, a remark or the main address."""
    if _MAIN.search(verb):
        return MAIN_ADDRESS
    return REMARKS if _REMARK.search(verb) else ACTS


# Each pattern runs only when its verb part occurs at all: a plain scan for
# the verb is much cheaper than trying every clause length before it.
_SENTENCE_VERBS: Final = tuple(
    (re.compile(verb), re.compile(_WHO + verb), role) for verb, role in _VERB_PARTS
)
#: X带领Y深入/到/调研…: those X brings along accompany X.
_BROUGHT: Final = re.compile(
    r"(?:带领|率领)(?P<who>[^,。;]{2,60}?),?(?:先后)?(?:深入|来到|来|走进|前往|到|赴|调研|视察|检查|察看|督导)"
)
#: 以X为团长: X heads the delegation, and so leads it.
_HEADED: Final = re.compile(
    # 以A为组长,B为副组长的督查组: both head it.
    r"(?:以|,)(?P<who>[^,。;以]{2,40}?)为(?:[^,。;]{0,10}?)(?:团长|组长|队长)"
)
#: 受X委托,Y…: the delegate, not the body that sent them.
_ENTRUSTED: Final = re.compile(
    r"受[^,。;受]{2,60}?委[托託],?(?![来到赴前])(?P<who>[^,。;]{2,40}?)"
    r"(?=向|作|做|代表|就|对|在|宣读|通报|报告|主持|出席|讲话|致辞)"
)
#: 陪同X探访的有A、B;C: those listed after it accompany.
_ALONG: Final = re.compile(r"陪同[^,。;]{0,20}?的(?:还)?有(?P<who>[^。]{2,160})")
#: 由X接见: the hosts who received the visitors.
_HOSTED: Final = re.compile(r"由(?P<who>[^。,由]{2,30}?)(?:接见|会见|接待)")
#: 由A,B等组成的调研组: those named lead the group.
_FORMED: Final = re.compile(r"由(?P<who>[^。;由]{2,80}?)(?:等|等人)?组成的")
#: A count closing a subject: 局长X等一行30多人, 由12人组成.
_COUNTED: Final = re.compile(
    r"(?:等)?(?:一行)?[0-9一二三四五六七八九十百]+[多余]?(?:人|名)(?=[^,。]{0,12}$)"
)
#: 当选 may close several clauses of one sentence: 李红当选会长,张涛当选副会长.
_ELECTED: Final = re.compile(r"(?P<who>[^,。;]{2,40}?)(?:以[^。,]{1,12})?当选")
_UNDER_ROLE: Final = {
    "陪同": Role.ACCOMPANIES,
    "指导": Role.GUIDES,
    "督导": Role.GUIDES,
    "带领": Role.LEADS,
    "率领": Role.LEADS,
    "主持": Role.LEADS,
    "组织": Role.ORGANISES,
}
#: A sentence holding none of these words states no role (a cheap first look).
_CUE_RE: Final = re.compile(
    "陪同|随同|参加|出席|列席|参与|主持|带队|率队|深入|来到|走进|前往|到|莅临|"
    "蒞临|蒞臨|发言|宣讲|讲座|报告|党课|授课|讲课|讲话|讲意见|提出|揭牌|揭幕|"
    "剪彩|授牌|授旗|指示|中表示|总结|致辞|迎词|迎詞|致辭|来访|到访|来我|会见|"
    "接见|欢迎|调研|视察|考察|检查|慰问|看望|走访|探访|探望|拜访|观摩|致开幕词|"
    "词|詞|辞|评分|打分|评审|点评|评委|当选|宣布|指导|督导|带领|率领|组织|率|"
    "指出|强调|要求|肯定了|肯定|赞扬|赞赏|致以|祝贺|带头|团长|组成|委托|委託|"
    "部署|组长|队长"
)


#: A sentence opening with 要/必须/务必 is a leader's instruction, reported,
#: and so is one opening with 他/她 and a verb of saying: it says what people
#: should do, not who did what (要…,强化督导检查; 她希望…全部的智慧和心血投入到…).
_EXHORTS: Final = re.compile(
    r"[\s,]*(?:要(?!求)|必须|务必|[他她](?:还|并|同时|也|最后)?(?:希望|要求|强调|指出|表示|说))"
)


def sentence_roles(sentence: str, base: int) -> list[Mention]:
    """
    Roles stated by one sentence's verbs.

    Readings some mirror sites print after characters (``調(diào)研``) are
    skipped while reading; spans and titles point at the text as printed.

    Args:
        sentence: The sentence, simplified.
        base: Its offset in the searched string.
    """
    if "(" not in sentence or GLOSS.search(sentence) is None:
        return _sentence_roles(sentence, base)
    kept: list[int] = []
    pos = 0
    for gloss in GLOSS.finditer(sentence):
        kept.extend(range(pos, gloss.start()))
        pos = gloss.end()
    kept.extend(range(pos, len(sentence)))
    clean = "".join(sentence[i] for i in kept)

    def raw(a: int, b: int) -> tuple[int, int]:
        end = kept[b - 1] + 1
        after = GLOSS.match(sentence, end)
        return kept[a], after.end() if after is not None else end

    out = []
    for mention in _sentence_roles(clean, 0):
        a, b = raw(*mention.span)
        title = mention.title
        at = clean.rfind(title, 0, mention.span[0]) if title else -1
        if at >= 0:
            ta, tb = raw(at, at + len(title))
            title = sentence[ta:tb]
        out.append(attrs.evolve(mention, title=title, span=(base + a, base + b)))
    return out


def _around_under(who: str, role: Role, base: int) -> list[Mention]:
    """
    The people of a verb's clause, an aside 在X的陪同下 (read apart) left out.

    (…,)在县长X的陪同下,市长Y来到: the people after the aside, if any; else
    those before it (市长Y,在X的陪同下,于2日走进; 市长Y在X的陪同下来到).
    """
    under = _UNDER.search(who)
    if under is None:
        return parse_actors(who, role, base)
    rest = who[under.end() :]
    start = under.end() + len(rest) - len(rest.lstrip(" ,"))
    after = parse_actors(who[start:], role, base + start)
    if any(a.person for a in after):
        return after
    return parse_actors(who[: under.start()], role, base)


def _sentence_roles(  # noqa: C901, PLR0912 - one loop per verb family
    sentence: str, base: int
) -> list[Mention]:
    if _CUE_RE.search(sentence) is None or _EXHORTS.match(sentence):
        return []
    out: list[Mention] = []
    if "委托" in sentence or "委託" in sentence:
        # 受X委托,Y向大会作报告: Y stands for X, and so leads (X is not read).
        for entrusted in _ENTRUSTED.finditer(sentence):
            out.extend(
                attrs.evolve(m, address=DELEGATED)
                for m in parse_actors(entrusted["who"], Role.LEADS, base + entrusted.start("who"))
            )
    if "的有" in sentence or "的还有" in sentence:
        for along in _ALONG.finditer(sentence):
            out.extend(parse_actors(along["who"], Role.ACCOMPANIES, base + along.start("who")))
    hosts: set[str] = set()
    if "由" in sentence:
        # 由X接见 (the visitors being the subject): the hosts take part, whatever
        # the verb would make of them.
        for hosted in _HOSTED.finditer(sentence):
            found = parse_actors(hosted["who"], Role.TAKES_PART, base + hosted.start("who"))
            hosts.update(m.name for m in found)
            out.extend(found)
    if "组成的" in sentence:
        for formed in _FORMED.finditer(sentence):
            out.extend(parse_actors(formed["who"], Role.LEADS, base + formed.start("who")))
    for under_match in _UNDER.finditer(sentence):
        out.extend(
            parse_actors(
                under_match["who"],
                _UNDER_ROLE[under_match["verb"]],
                base + under_match.start("who"),
            )
        )
    # The clause before a verb: from the sentence's start or its last clause
    # that reads as actors; headcounts there are counted, not named.
    for gate, pattern, role in _SENTENCE_VERBS:
        if gate.search(sentence) is None:
            continue
        m = pattern.search(sentence)
        if m is None:
            continue
        # A count closing the people is no part of them: 局长X等一行30多人.
        # (Blanked, not cut: offsets into the sentence must hold.)
        who = _COUNTED.sub(lambda c: " " * len(c.group()), m["who"])
        # Not when counted (共50余人参加; a count in an earlier clause does not
        # stop the people of the last one), or 在X陪同下 (read above).
        level = _address(sentence[m.end("who") : m.end()]) if role is Role.LEADS else ACTS
        if not find_headcounts(who[who.rfind(",") + 1 :]) and not sentence.startswith(
            "下", m.end()
        ):
            out.extend(
                attrs.evolve(a, address=level) if level else a
                for a in _around_under(who, role, base + m.start("who"))
            )
        # The same verb in a later clause: 书记A主持…,区长B主持….
        prev = m.end()
        for later in gate.finditer(sentence, prev):
            if later.start() - prev > _MAX_WHO or len(out) > _MAX_MENTIONS:
                break
            clause = sentence[prev : later.start()]
            if (
                "," in clause
                and not find_headcounts(clause)
                and not sentence.startswith("下", later.end())
            ):
                level = _address(later.group()) if role is Role.LEADS else ACTS
                out.extend(
                    attrs.evolve(a, address=level) if level else a
                    for a in parse_actors(clause, role, base + prev)
                )
            prev = later.end()
    if "为" in sentence:
        for headed in _HEADED.finditer(sentence):
            out.extend(parse_actors(headed["who"], Role.LEADS, base + headed.start("who")))
    for brought in _BROUGHT.finditer(sentence):
        out.extend(parse_actors(brought["who"], Role.ACCOMPANIES, base + brought.start("who")))
    if "当选" in sentence:
        for m in _ELECTED.finditer(sentence):
            out.extend(parse_actors(m["who"], Role.ELECTED, base + m.start("who")))
    # One role per name and sentence: the first (most specific) pattern
    # wins, except that leading outranks taking part (X出席…,X主持会议).
    seen: dict[str, int] = {}
    unique: list[Mention] = []
    for mention in out:
        i = seen.get(mention.name)
        if i is None:
            seen[mention.name] = len(unique)
            unique.append(mention)
        elif (
            mention.role is Role.LEADS
            and unique[i].role is Role.TAKES_PART
            and mention.name not in hosts
        ):
            unique[i] = attrs.evolve(mention, title=mention.title or unique[i].title)
    return unique
