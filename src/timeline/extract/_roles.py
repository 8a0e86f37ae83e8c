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

from timeline.extract import _verbs as verbs
from timeline.extract._headcounts import find_headcounts
from timeline.extract._namelists import Named, parse_people
from timeline.extract._orgs import parse_orgs
from timeline.extract._people import GLOSS, is_title
from timeline.model import Role

__all__ = [
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
        address: For a lead, what made them lead (the levels of
            ``_verbs.py``): ``ACTS`` (the subject, the chair, a tour),
            ``GOES`` (a later sentence's touring group: 一行来到),
            ``REMARKS`` (words at the meeting: 指出, 强调, 作讲话),
            ``MAIN_ADDRESS`` (the speech the report marks as main: 重要讲话)
            or ``DELEGATED`` (受X委托: the delegate leads, even for a report).
    """

    role: Role
    name: str
    title: str = ""
    parent: str = ""
    representatives: str = ""
    person: bool
    span: tuple[int, int]
    address: int = 0


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
#: A bracketed aside closing a name in a list, a second post or an employer
#: (林某 (某集团董事长)以及…, 周某(兼任…)、吴某): what follows goes on with the
#: list. (Not brackets inside a title, 副校(院)长, which a title word follows.)
_BRACKET_ASIDE: Final = re.compile(r"\s?\([^()、,]{2,24}\)(?=、|,|以及|及|和|等|$)")
#: Where the list item before a bracket opens.
_ITEM_OPENS: Final = re.compile(r"[、,\s]")


def _aside_after_name(m: re.Match[str], who: str) -> str:
    """A bracketed aside blanked when a person's name closes the item before it."""
    item = who[: m.start()]
    opens = max((x.end() for x in _ITEM_OPENS.finditer(item.rstrip())), default=0)
    # (Not after an unnamed post, 组织员(分管组织工作领导): there it is the post's own gloss.)
    if parse_people(item[opens:].strip()) is None:
        return m.group()
    return " " * len(m.group())


#: Letters glued on by a page's layout (``news县委书记``) are no part of a title.
#: So are photo captions glued before it (…获奖选手与区领导合影区领导).
_TITLE_JUNK: Final = re.compile(r"^.*(?:[A-Za-z0-9\s]|图片|圖片|供图|合影|留念)")
_TAIL: Final = re.compile(
    # Every part is optional: a quick look at the first character saves
    # trying them all at each place of a clause.
    r"(?=[及和与以携攜偕一等同们分共先亲全到现首来实于今昨日近上下晚早中也又还就冒专再带连特代启起动出当随立次继然最联(0-9]|$)"
    # Unnamed people closing a list: 及各村里长等人, 及有关部门负责人.
    r"(?:(?:及|和|与|以及)(?:各|有关|相关|其他|部分)[^、,]{1,12}?)?"
    # Whom they brought: 镇社区办主任X携区民防办领导一行; in Hong Kong and
    # Macau papers 局长X联同专员Y探访 (Y comes along; X leads).
    r"(?:(?:[携攜]|偕|联(?=同))同?[^,。、]{1,20}?)?"
    # (The group may be quoted: 等在家的县“四大家”领导; it holds no verb of
    # theirs: 王明等出席,赵刚主持 makes 王明 no subject of 主持.)
    r"(?:一行|等人|等(?!出席|参加|列席|参与)[\u4e00-\u9fff“”]{0,12}|同志们|们)?"
    # What they brought with them: 带着对官兵的深情厚谊.
    r"(?:带着[^,。]{1,24})?"
    # How they went along: 全程陪同, 到场陪同, 一同参加 (亦/也 are read with the verb).
    r"(?:分别|一同|共同|先后|亲自|一起|全程|到场|到会|现场|首先|来到现场|来到会场|实地)*"
    # When, or on whose behalf, after the people: 副省长X2月14日下午, 镇长X代表党委、政府.
    r"(?:\((?:左|中|右|前|后)[一二三四五六七八九]?\))?"
    r"(?:于)?(?:(?:[0-9]{1,2}月)?[0-9]{1,2}日|今天|昨天|今日|昨日|今早|昨早|日前|近日|今|昨)?"
    # 昨(31)日, 于今(2月3日): a Hong Kong and Macau paper's day in parentheses.
    r"(?:\([^()]{1,12}\)日?)?(?:上午|下午|晚上|早上|中午|晚间|早|晚)?"
    r"(?:当天|当日|随即|立即|随后|一早|一大早|次日|继而|然后|最后)?"
    # How they went: 区委书记X冒雨检查, 镇长X带头捐款, 县长X也来到.
    r"(?:也|又|还|就)?(?:冒雨|冒雪|冒酷暑|冒严寒|专程|再次|带头|连夜|特地|专门|亲自)?"
    # Setting off: 行政长官X今晚启程前往….
    r"(?:启程|起程|动身|出发)?"
    # (Any body spoken for: 代表市妇联, 代表县总工会, as 代表党委、政府.)
    r"(?:代表[^,。]{0,12}?(?:党委|政府|人民|全体|组织|单位|区委|县委|市委|[联会])(?:[、和][^,。]{1,8})?)?$"
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
        who = _BRACKET_ASIDE.sub(lambda m: _aside_after_name(m, who), who)
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
            if not found and (
                _UNNAMED.match(text.strip()) or _post_alone(text.strip()) or _bodys_posts(text)
            ):
                # …,以及市区相关部门负责人等陪同, …,县农业局领导的陪同下: the
                # unnamed close the list.
                continue
            break
        found[:0] = got
        after = [m for m in got if m.person]
    if not found and len(groups) > 1:
        found = _subject_before_asides(groups, role, base)
    if first_role is not None:
        found = [attrs.evolve(m, role=first_role) if m.person else m for m in found]
    return found


#: A titled subject, then an aside of occasion or manner glued to it and no
#: act of its own: 县长X在听取汇报后, 县长X放弃休息日, 县长X冒着酷暑.
_SUBJECT_ASIDE: Final = re.compile(
    r"(?P<people>[^,]{3,40}?)"
    r"(?:在[^,在]{1,20}?(?:后|时|中|之际|期间|之余)|(?:放弃|利用|冒着|顶着|不顾|趁着)[^,]{1,12})"
)
#: Asides after that clause and before the verb: short, and no one's name (轻车简从).
_MAX_ASIDE: Final = 8
_MAX_ASIDES: Final = 2


def _subject_before_asides(groups: list[tuple[str, int]], role: Role, base: int) -> list[Mention]:
    """
    The titled people opening ``who`` when asides alone stand between them and the verb.

    (县长X放弃休息日,轻车简从,专程前往…: the clauses of manner or occasion
    go on with the same subject, as the opening clause's own aside does.)
    """
    (first, start), rest = groups[0], groups[1:]
    if len(rest) > _MAX_ASIDES or any(
        len(text.strip()) > _MAX_ASIDE or parse_people(text.strip()) is not None for text, _ in rest
    ):
        return []
    lead = len(first) - len(first.lstrip())
    m = _SUBJECT_ASIDE.fullmatch(first.strip())
    if m is None:
        return []
    people = parse_people(m["people"])
    if people is None or not all(p.title for p in people):
        return []
    return _person_mentions(people, role, base + start + lead)


_MAX_TITLE_LOOKS: Final = 5
#: How far into a report a title is looked for: bounded work on any page.
_TITLE_SEARCH: Final = 5000
_TITLE_REACH: Final = 40
_CLAUSE_BREAK: Final = re.compile(r"[,。;:!?\s]")


#: The last preposition or invitation before a title (以, 在, 由, 为, 到,
#: 邀, 请; not 和/及, which join the parts of one body's name:
#: 民政及青年事务局局长). No title of the corpus holds one.
_BEFORE_TITLE: Final = re.compile(r"^.*[以在由为到邀请]")
#: Who a leader is to the event, printed before the post: 主管领导, 分管领导.
_DESCRIPTOR: Final = re.compile(r"^(?:主管|分管|主要|相关|有关)领导(?:同志)?")


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
        # The title runs back from the name to a preposition or what opens
        # the clause (会议由, 以…为组长, 在…的陪同下, 图为).
        # (Not inside a name: 大会执行主席何以龙、付恺 shares its title.)
        mod = _MODIFIER.match(head)
        head = head[mod.end() :] if mod is not None else head
        cut = _BEFORE_TITLE.match(head)
        for part in (head[cut.end() :], head) if cut is not None else (head,):
            people = parse_people(part + name) if part else None
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
    # A title holds no preposition nor invitation: the words before one
    # are the clause around the title (会议特邀县委书记, 活动以市政协副主席).
    cut = _BEFORE_TITLE.match(title)
    if cut is not None and is_title(title[cut.end() :]):
        title = title[cut.end() :]
    # Nor does it hold who the leader is to the event: 主管领导区委常委 (the
    # post printed follows the descriptor).
    cut = _DESCRIPTOR.match(title)
    if cut is not None and is_title(title[cut.end() :]):
        title = title[cut.end() :]
    # A quote closing the sentence before is no part of it (”坳头村党委书记);
    # one inside it is (“大工委”书记). Nor is an ellipsis: it closes elided
    # words (…?”……区长), it never opens a post.
    return title.lstrip('”」"…')


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
#: Bounded work on any page: the last few 和/及 of a group are tried, and the
#: first few names of a mixed list (each try reads the list so far).
_MAX_CONJ: Final = 4
_MAX_NAMED_FIRST: Final = 16
#: A post without a name is short: 县农业局领导 (not a clause ending in 总书记).
_MAX_POST: Final = 10


def _post_alone(text: str) -> bool:
    """Whether ``text`` is a post named without a person (县农业局领导): unnamed people."""
    return len(text) <= _MAX_POST and is_title(text)


#: A body's posts held by unnamed people: 某镇党委政府 主要负责人, 县政协办公室和…主任等.
#: (Leaders' posts only: 全体党员, 总书记 are no escort's close.)
_POSTS_OF_BODY: Final = re.compile(r"(?P<post>.{2,30}?(?:负责人|负责同志|领导|主任))(?:等人|等)?")


def _bodys_posts(text: str) -> bool:
    """
    Whether ``text`` names only the posts of bodies, their holders unnamed.

    They close a list of named people (``A,B,某镇党委政府 主要负责人陪同``);
    a page's stray space inside is layout. A verb never does
    (``县长A主持``), nor a name, which no title holds.
    """
    m = _POSTS_OF_BODY.fullmatch("".join(text.split()))
    return m is not None and _PREDICATE.search(m["post"]) is None and is_title(m["post"])


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
    must end with unnamed people and hold no verb, and its people be titled:
    a bare name's shape there is a trade or a place (林业、乡镇部门负责人,
    金华、东阳两级主要负责领导).
    """
    pieces = core.split("、")
    if len(pieces) < 2 or not _UNNAMED_END.search(core) or _PREDICATE.search(core):  # noqa: PLR2004
        return None
    best: list[Named] | None = None
    for n in range(1, min(len(pieces), _MAX_NAMED_FIRST)):
        people = parse_people("、".join(pieces[:n]))
        if people is None or not all(p.title for p in people):
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
    people_core = _untailed(core)
    described = False
    # (Not a 的 inside what closes the people: 等县领导带着对官兵的深情厚谊.)
    if mod is not None and mod.end() < len(people_core):
        described = mod.group().endswith("的")
        lead += mod.end()
        core = core[mod.end() :]
        people_core = _untailed(core)
    people = parse_people(people_core) if people_core else None
    if described and people is not None and not all(p.title for p in people):
        # What a 的 modifier heads is a noun phrase: a bare name there is a
        # noun of a name's shape (干部的干劲, 更严的纪律要求); a person
        # described so is printed with a post (分管…的副乡长X).
        return None
    if people is not None:
        return _person_mentions(people, role, base + lead)
    orgs = parse_orgs(core) if core else None
    if orgs is None:
        # Named people, then unnamed ones: 薛坤和民革党员专家、企业家 (the
        # last 和/及 that leaves people before it: not 经济商务和信息化局's).
        named = None
        for conj in list(_CONJ.finditer(people_core, 2))[-_MAX_CONJ:][::-1]:
            named = parse_people(people_core[: conj.start()])
            if named is not None and _unnamed_people(people_core[conj.end() :]):
                break
            named = None
        if named is None:
            named = _named_first(people_core)
        if named is None or (described and not all(p.title for p in named)):
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
    under = verbs.UNDER.search(who)
    if under is None:
        return parse_actors(who, role, base)
    rest = who[under.end() :]
    start = under.end() + len(rest) - len(rest.lstrip(" ,"))
    after = parse_actors(who[start:], role, base + start)
    if any(a.person for a in after):
        return after
    return parse_actors(who[: under.start()], role, base)


def _entrusted(sentence: str, base: int) -> list[Mention]:
    """
    Who reports on a body's behalf (decision 4): they lead, the body is not read.

    受X委托,Y向大会作报告 (and each later clause of the sentence that reports,
    ,Z作…报告: the same mandate), and Y受X委托所作的报告, the mandate printed
    after the name: the one titled person closing the words before it.
    """
    out: list[Mention] = []
    for entrusted in verbs.ENTRUSTED.finditer(sentence):
        out.extend(parse_actors(entrusted["who"], Role.LEADS, base + entrusted.start("who")))
        end = sentence.find("。", entrusted.end())
        for also in verbs.ALSO_REPORTS.finditer(
            sentence, entrusted.end(), len(sentence) if end < 0 else end
        ):
            out.extend(parse_actors(also["who"], Role.LEADS, base + also.start("who")))
    for after in verbs.ENTRUSTED_AFTER.finditer(sentence):
        before = after["before"]
        for start in range(max(0, len(before) - _MAX_PERSON), len(before) - 1):
            people = parse_people(before[start:])
            if people and len(people) == 1 and people[0].name and people[0].title:
                out.extend(
                    _person_mentions(people, Role.LEADS, base + after.start("before") + start)
                )
                break
    return [attrs.evolve(m, address=verbs.DELEGATED) for m in out]


def _headed_group(found: list[Mention], sentence: str, base: int, level: int) -> int:
    """
    A going group's level: one person heading a 一行 leads it, as its subject.

    (吕英一行前往…: the group is the one person's, whatever role they were
    printed with before; 李某、曾某一行来到 stays a group that went along.)
    """
    if level != verbs.GOES:
        return level
    people = [a for a in found if a.person]
    if len(people) == 1 and sentence.startswith("一行", people[0].span[1] - base):
        return verbs.ACTS
    return level


def _sentence_roles(  # noqa: C901, PLR0912 - one loop per verb family
    sentence: str, base: int
) -> list[Mention]:
    if verbs.CUE_RE.search(sentence) is None or verbs.EXHORTS.match(sentence):
        return []
    out: list[Mention] = []
    if "委托" in sentence or "委託" in sentence:
        out.extend(_entrusted(sentence, base))
    if "的有" in sentence or "的还有" in sentence:
        for along in verbs.ALONG.finditer(sentence):
            out.extend(parse_actors(along["who"], Role.ACCOMPANIES, base + along.start("who")))
    hosts: set[str] = set()
    if "由" in sentence:
        # 由X接见 (the visitors being the subject): the hosts take part, whatever
        # the verb would make of them.
        for hosted in verbs.HOSTED.finditer(sentence):
            found = parse_actors(hosted["who"], Role.TAKES_PART, base + hosted.start("who"))
            hosts.update(m.name for m in found)
            out.extend(found)
    if "组成的" in sentence:
        for formed in verbs.FORMED.finditer(sentence):
            out.extend(parse_actors(formed["who"], Role.LEADS, base + formed.start("who")))
    for under_match in verbs.UNDER.finditer(sentence):
        out.extend(
            parse_actors(
                under_match["who"],
                verbs.UNDER_ROLE[under_match["verb"]],
                base + under_match.start("who"),
            )
        )
    # The clause before a verb: from the sentence's start or its last clause
    # that reads as actors; headcounts there are counted, not named.
    present = verbs.verb_words(sentence)
    for words, gate, pattern, role in verbs.SENTENCE_VERBS:
        if present.isdisjoint(words) or gate.search(sentence) is None:
            continue
        m = pattern.search(sentence)
        if m is None:
            continue
        # A count closing the people is no part of them: 局长X等一行30多人.
        # (Blanked, not cut: offsets into the sentence must hold.)
        who = verbs.COUNTED.sub(lambda c: " " * len(c.group()), m["who"])
        # Not when counted (共50余人参加; a count in an earlier clause does not
        # stop the people of the last one), or 在X陪同下 (read above).
        level = (
            verbs.address(sentence[m.end("who") : m.end()]) if role is Role.LEADS else verbs.ACTS
        )
        if not find_headcounts(who[who.rfind(",") + 1 :]) and not sentence.startswith(
            "下", m.end()
        ):
            found = _around_under(who, role, base + m.start("who"))
            # (“讲座非常及时。”书记X表示,…: a reaction to what was heard.)
            found = [] if _reacts(level, who) else _panel_judges(found, words)
            level = _headed_group(found, sentence, base, level)
            out.extend(attrs.evolve(a, address=level) if level else a for a in found)
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
                level = verbs.address(later.group()) if role is Role.LEADS else verbs.ACTS
                out.extend(
                    attrs.evolve(a, address=level) if level else a
                    for a in _panel_judges(parse_actors(clause, role, base + prev), words)
                )
            prev = later.end()
    if "为" in sentence:
        for headed in verbs.HEADED.finditer(sentence):
            out.extend(parse_actors(headed["who"], Role.LEADS, base + headed.start("who")))
    for brought in verbs.BROUGHT.finditer(sentence):
        out.extend(parse_actors(brought["who"], Role.ACCOMPANIES, base + brought.start("who")))
    out.extend(_later_speakers(sentence, base, out))
    if "当选" in sentence:
        for m in verbs.ELECTED.finditer(sentence):
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
    return [m for m in unique if not _told_to(m, sentence, base)]


#: What closes a quote: a statement right after one is the quoted person's reaction.
_QUOTE_CLOSES: Final = ("”", '"', "」", "’")


#: An act printed before the event (行动前, 会前): outside it (decision 22d).
_BEFORE_EVENT: Final = re.compile(r"(?:行动|活动|会议|会)前,")


def _reacts(level: int, who: str) -> bool:
    """
    Whether words read as an address are none.

    A statement after a quote is the quoted person's reaction; a briefing
    given before the event (行动前,乡长X对…作了部署) is outside it.
    """
    if level == verbs.BRIEFS:
        return _BEFORE_EVENT.search(who) is not None
    return level == verbs.LONE and who.lstrip().startswith(_QUOTE_CLOSES)


#: Who 点评s as one of a panel, not as the meeting's speaker (评委, 专家).
_PANEL: Final = re.compile(r"评委|評委|评审|評審|专家|專家|教授|导师|導師")


def _panel_judges(found: list[Mention], words: frozenset[str]) -> list[Mention]:
    """
    A 点评 is the speaker's closing address (书记X对述职进行了点评), unless a panel's.

    A judge or expert who 点评s the contestants judges them (decision 6).
    """
    if "点评" not in words:
        return found
    return [
        attrs.evolve(m, role=Role.JUDGES) if m.person and _PANEL.search(m.title) else m
        for m in found
    ]


#: A speaker named again as 他/她 in a later clause of the same sentence
#: (党委书记X讲党课,他指出…; 书记X代表党委,对…表示欢迎,他希望…): the words
#: are the first titled person's, whatever verb opened the sentence.
_PRONOUN_SAYS: Final = re.compile(r",[他她](?:在[^。,]{1,20}?)?(?:指出|强调|要求|希望)")
#: How far an opening word may stand before that person (接着由, 最后), and
#: how long a title and name may run.
_MAX_OPENING: Final = 4
_MAX_PERSON: Final = 30
#: The speaker opens one of the sentence's first clauses (bounded work).
_MAX_CLAUSES: Final = 3


def _pronoun_speaker(sentence: str, base: int, found: list[Mention]) -> list[Mention]:
    """
    The person a later clause's 他/她 refers to as speaking, or nothing.

    The people the sentence's verbs already found before the pronoun must
    be exactly one titled person. Where no verb found anyone, the first
    clause that opens with people must be one titled person ending the
    clause or on 同志 (a name read up to an unknown verb may swallow the
    verb's first character).
    """
    said = _PRONOUN_SAYS.search(sentence)
    if said is None:
        return []
    before = {m.name: m for m in found if m.person and m.span[0] < base + said.start()}
    if before:
        only = next(iter(before.values()))
        if len(before) != 1 or not only.title:
            return []
        return [attrs.evolve(only, role=Role.LEADS, address=verbs.REMARKS)]
    pos = 0
    for whole in sentence[: said.start()].split(",")[:_MAX_CLAUSES]:
        # On whose behalf follows the person (X代表街道党工委): not their name.
        cut = whole.find("代表")
        clause = whole[:cut] if cut > 0 else whole
        for skip in range(min(_MAX_OPENING, len(clause)) + 1):
            for end in range(min(len(clause), skip + _MAX_PERSON), skip + 1, -1):
                if end < len(clause) and not clause.endswith("同志", 0, end):
                    continue
                people = parse_people(clause[skip:end])
                if not people or not any(p.name for p in people):
                    continue
                named = [p for p in people if p.name]
                if len(named) != 1 or not named[0].title:
                    return []
                return [
                    attrs.evolve(m, address=verbs.REMARKS)
                    for m in _person_mentions(named, Role.LEADS, base + pos + skip)
                ]
        pos += len(whole) + 1
    return []


#: A clause with no subject of its own that encourages those present
#: (…,鼓励他们…, …,并勉励同学…): the words of the sentence's one titled person.
_ENCOURAGES: Final = re.compile(r",(?:并|還|还|同时|又)?(?:勉励|勉勵|鼓励|鼓勵)")
#: A briefing in such a clause (…回顾了全年工作,并对明年工作进行了部署).
_BRIEFS_AFTER: Final = re.compile(
    r",(?:并|还|同时|随后)(?=(?:针?对|就)[^。]{1,60}?(?:作|做|进行)(?:了|出)?[^。,]{0,6}?部署)"
)
#: What may follow that person in the opening clause: 向新兵发放, 亲自到场,
#: 简要回顾了 (a manner word, or the review that opens a closing address).
_AFTER_SUBJECT: Final = ("向", "为", "為", "亲自", "親自", "在", "简要", "首先", "回顾", "总结")


def _later_speakers(sentence: str, base: int, found: list[Mention]) -> list[Mention]:
    """Speakers of a later clause that names them only as 他/她, or not at all."""
    out: list[Mention] = []
    if "他" in sentence or "她" in sentence:
        out.extend(_pronoun_speaker(sentence, base, found))
    if "勉" in sentence or "鼓" in sentence:
        out.extend(_encourager(sentence, base, found + out, _ENCOURAGES, verbs.LONE))
    if "部署" in sentence:
        out.extend(_encourager(sentence, base, found + out, _BRIEFS_AFTER, verbs.BRIEFS))
    return out


def _encourager(
    sentence: str, base: int, found: list[Mention], clause_re: re.Pattern[str], level: int
) -> list[Mention]:
    """
    Who encourages or briefs in a later clause with no subject: the one titled person before it.

    Either the only titled person the sentence's verbs found before the clause
    (县长X亲自到场参加,…,勉励…), or a titled person opening the sentence's
    first clauses before 向/为/亲自/在 (武装部长X向新兵发放…,鼓励…). The words
    weigh as a statement: the address only while no one else leads (21c); a
    briefing as one, the address only while no one else gives one (24).
    """
    said = clause_re.search(sentence)
    if said is None:
        return []
    before = {m.name: m for m in found if m.person and m.span[0] < base + said.start()}
    if before:
        only = next(iter(before.values()))
        if len(before) != 1 or not only.title:
            return []
        return [attrs.evolve(only, role=Role.LEADS, address=level)]
    pos = 0
    for clause in sentence[: said.start()].split(",")[:_MAX_CLAUSES]:
        for skip in range(min(_MAX_OPENING, len(clause)) + 1):
            for end in range(min(len(clause), skip + _MAX_PERSON), skip + 1, -1):
                if not clause.startswith(_AFTER_SUBJECT, end):
                    continue
                people = parse_people(clause[skip:end])
                if people and len(people) == 1 and people[0].name and people[0].title:
                    return [
                        attrs.evolve(m, address=level)
                        for m in _person_mentions(people, Role.LEADS, base + pos + skip)
                    ]
        pos += len(clause) + 1
    return []


#: An instruction earlier in the sentence (各村要…, 必须…; not 重要, 主要, 要求).
_TOLD: Final = re.compile(r"(?<![重主需纪首])要(?![求点])|必须|务必")
_CLAUSE_END: Final = re.compile(r"[,。;!?:]")


def _told_to(m: Mention, sentence: str, base: int) -> bool:
    """
    Whether ``m`` is a bare word read as a name in the clauses of an instruction.

    After ``各部门要…,`` the clauses that follow go on saying what the same
    subject must do (…,严格执法,强化督查): a lone untitled "name" there is a
    verb phrase (强化, 高质量), not a person.
    """
    if not m.person or m.title:
        return False
    start = m.span[0] - base
    if sentence[start - 1 : start] != "," or _TOLD.search(sentence, 0, start) is None:
        return False
    # An instruction tells what is to be done; a clause telling a done act
    # (…,张三带队检查了堤坝) reports a person who did it.
    end = _CLAUSE_END.search(sentence, start)
    return "了" not in sentence[start : end.start() if end else len(sentence)]
