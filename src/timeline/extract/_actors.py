"""
Who a clause names: the people and bodies a role's verb is read for.

A verb's clause (the words before ``主持``, inside ``在X的陪同下``) must
read wholly as people (``区委书记A、区长B``) or as bodies, once what may
open it (``会议由``, ``会议现场``), close it (``等一行``, ``及各村里长等人``,
a photo position, a time: ``_clause_edges``) or stand between it and the
verb (asides of manner or occasion) is dropped; a clause that does not read
names no one, which keeps ordinary sentences from yielding roles. Titles are cleaned of
what a page's layout glued before them, and a person named bare takes the
title printed before their name elsewhere in the report. Which role each
verb gives is ``_roles.py``'s.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from timeline.extract._clause_edges import is_tail, modifier, tail_start
from timeline.extract._namelists import (
    STRAY_COMMA,
    Named,
    blank_stray_commas,
    parse_people,
    stray_commas_back,
)
from timeline.extract._orgs import parse_orgs
from timeline.extract._people import GLOSS, is_title
from timeline.extract._verbs import TRIP
from timeline.model import Role

__all__ = [
    "MAX_PERSON",
    "Mention",
    "parse_actors",
    "person_mentions",
    "remade",
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


def remade(
    m: Mention,
    *,
    role: Role | None = None,
    title: str | None = None,
    span: tuple[int, int] | None = None,
    address: int | None = None,
) -> Mention:
    """
    ``m`` with the fields given changed, as ``attrs.evolve`` makes it.

    (Made directly: ``attrs.evolve`` reads the class's fields again on each
    call, and this runs for most people the verbs find. ``test_actors``
    checks that every field is carried over.)
    """
    return Mention(
        role=m.role if role is None else role,
        name=m.name,
        title=m.title if title is None else title,
        parent=m.parent,
        representatives=m.representatives,
        person=m.person,
        span=m.span if span is None else span,
        address=m.address if address is None else address,
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
#: So are photo captions glued before it (…获奖选手与区领导合影区领导), and a
#: column's bracketed label (【要闻】区政协主席).
_TITLE_JUNK: Final = re.compile(r"^.*(?:[A-Za-z0-9\s】]|图片|圖片|供图|合影|留念)")
#: Unnamed people closing a list of named ones, in a clause of their own.
_UNNAMED: Final = re.compile(
    r"^(?:(?:以及|及|和)[^,、]{0,16}?|[^,]{1,40}?等[^,、]{0,8}?)"
    r"(?:负责人|负责同志|人员|代表|干部|群众|工作人员)等?$"
)


def _all_unnamed(text: str) -> bool:
    """Whether ``text`` names unnamed people only (``_UNNAMED``)."""
    # (Plain looks first: every match holds one of these words, and a clause
    # read as no one mostly holds none.)
    if not ("负责" in text or "人员" in text or "代表" in text or "干部" in text or "群众" in text):
        return False
    return _UNNAMED.match(text) is not None


#: The sides a topic is taken from, between its speaker and the topic.
_FROM_SIDES: Final = re.compile(r"从[^。,从]{1,40}?方面,?$")
#: A time aside between the subject and its verb: 林某于2日,即上任后第二日,到访….
_ASIDE: Final = re.compile(r"^即[^,]{1,12}$")


def parse_actors(
    who: str, role: Role, base: int, *, first_role: Role | None = None, address: int = 0
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
        address: The ``address`` of everyone read (made so, not remade after).
    """
    printed = who
    who = _blanked(who)
    found = _parse_actors(who, (role, role if first_role is None else first_role), base, address)
    if STRAY_COMMA not in printed:
        return found
    # A title read over a stray ,、 is copied as printed (县委副书记,、县长X);
    # parse_people read the blanked clause, so this is where it is restored.
    named = [Named(m.name, m.title, m.span[0] - base) for m in found]
    back = stray_commas_back(named, printed)
    return [attrs.evolve(m, title=n.title) for m, n in zip(found, back, strict=True)]


def _parse_actors(who: str, roles: tuple[Role, Role], base: int, address: int) -> list[Mention]:
    """``parse_actors`` of ``who``, what names no one blanked (``roles``: bodies', people's)."""
    groups: list[tuple[str, int]] = []
    pos = 0
    for g in who.replace(";", ",").split(","):
        groups.append((g, pos))
        pos += len(g) + 1
    # (The people are read in the role they take, not given it after: one
    # object each, no copy.)
    found: list[Mention] = []
    after: list[Mention] = []  # the people of the group read last (the next one in print)
    for text, start in reversed(groups):
        stripped = text.strip()
        # Where what closes the people starts: read once for the whole group,
        # which it may be (a clause of time or manner between the people and
        # the verb, ,分别, names no one and ends nothing), and for its people.
        tail = tail_start(stripped)
        # (An aside opens with 即: a plain look before its pattern.)
        if is_tail(stripped, tail) or (stripped.startswith("即") and _ASIDE.match(stripped)):
            continue
        if stripped[:1] in "联聯偕会會携攜连連" and _JOINED.match(stripped):
            continue
        mod = modifier(stripped)
        title = _title_only(stripped, mod) if after and all(m.title for m in after) else ""
        if title:
            # 县委常委,政法委书记X: a title printed over a comma is one title
            # (though 县委常委 alone could be read as a body).
            merged = {id(m): attrs.evolve(m, title=f"{title},{m.title}") for m in after}
            found = [merged.get(id(m), m) for m in found]
            after = []
            continue
        lead = len(text) - len(text.lstrip())
        got = _read_group(stripped, tail, mod, roles, base + start + lead, address=address)
        if got is None:
            if not found and (
                _all_unnamed(stripped) or _post_alone(stripped) or _bodys_posts(text)
            ):
                # …,以及市区相关部门负责人等陪同, …,县农业局领导的陪同下: the
                # unnamed close the list.
                continue
            break
        found[:0] = got
        after = [m for m in got if m.person]
    if not found and len(groups) > 1:
        found = _subject_before_asides(groups, roles[1], base, address)
    return found


def _blanked(who: str) -> str:
    """``who`` with what names no one blanked, its length (and so every offset) kept."""
    # 陳業鵬,、趙建斌: a stray comma before 、; a photo position after a
    # name, 麥美娟(右一).
    who = blank_stray_commas(who)
    if "方面" in who:
        # 张三从抓项目、抓党建等五个方面(对…进行了强调): the sides the topic is
        # taken from close no one's name.
        who = _FROM_SIDES.sub(lambda m: " " * len(m.group()), who)
    if "(" in who:
        who = _POSITION.sub(lambda m: " " * len(m.group()), who)
        who = _BRACKET_ASIDE.sub(lambda m: _aside_after_name(m, who), who)
    return who


#: A titled subject, then an aside of occasion or manner glued to it and no
#: act of its own: 县长X在听取汇报后, 县长X放弃休息日, 县长X冒着酷暑.
_SUBJECT_ASIDE: Final = re.compile(
    r"(?P<people>[^,]{3,40}?)"
    r"(?:在[^,在]{1,20}?(?:后|时|中|之际|期间|之余)|(?:放弃|利用|冒着|顶着|不顾|趁着)[^,]{1,12})"
)
#: Asides after that clause and before the verb: short, and no one's name (轻车简从).
_MAX_ASIDE: Final = 8
_MAX_ASIDES: Final = 2


def _subject_before_asides(
    groups: list[tuple[str, int]], role: Role, base: int, address: int
) -> list[Mention]:
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
    return person_mentions(people, role, base + start + lead, address)


#: How long a title and name may run, read back from what follows them.
MAX_PERSON: Final = 30
_MAX_TITLE_LOOKS: Final = 5
#: How far into a report a title is looked for: bounded work on any page.
_TITLE_SEARCH: Final = 5000
_TITLE_REACH: Final = 40
#: (Not a stray comma before 、, inside a title: 区党委副书记,、自治区主席X; nor
#: a layout space or line break, inside a list: 局长X 、召集人Y. A sentence's
#: marks before 、 are still breaks.)
_CLAUSE_BREAK: Final = re.compile(r"[,\s](?!、)|[。;:!?]")


#: The last preposition or invitation before a title (以, 在, 由, 为, 到,
#: 邀, 请; not 和/及, which join the parts of one body's name:
#: 民政及青年事务局局长), or the 括 of a list's 包括 (嘉宾包括司长X、…).
#: No title of the corpus holds one.
_BEFORE_TITLE: Final = re.compile(r"^.*[以在由为到邀请括]")
#: A conjunction opening a title's run joins it to the clause before (但市长X
#: 率团, 以及县委书记X), as one after unnamed people does (部门负责人及县长X):
#: no post opens with one.
_CONJ_BEFORE_TITLE: Final = re.compile(
    "^(?:[^,、]*(?:负责人|负责同志|人员|干部)(?:以及|及|和)|以及|及|但|而|並|并)"
)
#: A group opening with a word of joining brings people along (,联同乡长X及
#: 公所人员,前往): they join the act and lead none of it (decision 16).
_JOINED: Final = re.compile("^(?:联同|聯同|偕同|会同|會同|携同|攜同|连同|連同)")
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
        mod = modifier(head)
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
    # (Plain looks first: a match opens with a conjunction or holds the
    # unnamed people's word before one; most titles hold neither.)
    cut = (
        _CONJ_BEFORE_TITLE.match(title)
        if title[:1] in "以及但而並并" or "负责" in title or "人员" in title or "干部" in title
        else None
    )
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


def person_mentions(people: list[Named], role: Role, at: int, address: int = 0) -> list[Mention]:
    """Mentions of people read from the text that starts at page offset ``at``."""
    return [
        Mention(
            role=role,
            name=p.name,
            title=_clean_title(p.title),
            person=True,
            span=(at + p.start, at + p.start + len(p.name)),
            address=address,
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
    return len(text) <= _MAX_POST and is_title(_as_post(text))


def _as_post(text: str) -> str:
    """``text`` with 负责同志 read as the post it names, 负责人 (相关部门负责同志)."""
    return text[: -len("同志")] + "人" if text.endswith("负责同志") else text


#: A body's posts held by unnamed people: 某镇党委政府 主要负责人, 县政协办公室和…主任等,
#: 相关部门负责同志们. (Leaders' posts only: 全体党员, 总书记 are no escort's close.)
_POSTS_OF_BODY: Final = re.compile(
    r"(?P<post>.{2,30}?(?:负责人|负责同志|领导|主任))们?(?:等人|等)?"
)


def _bodys_posts(text: str) -> bool:
    """
    Whether ``text`` names only the posts of bodies, their holders unnamed.

    They close a list of named people (``A,B,某镇党委政府 主要负责人陪同``);
    a page's stray space inside is layout. A verb never does
    (``县长A主持``), nor a name, which no title holds.
    """
    joined = "".join(text.split())
    # (Plain scans for the posts first: most groups hold none.)
    if "负责" not in joined and "领导" not in joined and "主任" not in joined:
        return False
    m = _POSTS_OF_BODY.fullmatch(joined)
    return m is not None and _PREDICATE.search(m["post"]) is None and is_title(_as_post(m["post"]))


#: What never closes a list of people: a role's verb, a finished act.
_PREDICATE: Final = re.compile(r"了|参加|出席|列席|参与|陪同|随同|主持|讲话|发言|表示|[和及与]$")


def _unnamed_people(tail: str) -> bool:
    """
    Whether ``tail`` (after 和/及) closes the people with unnamed ones or bodies.

    (薛坤和民革党员专家、企业家, X以及专家团队、施工方: yes; 张斌及…代表参加了:
    no, the verb has leaked into the people; 县长李国和来镇: no, a trip
    opens the act and 和 ends the name.)
    """
    if _TRIP.match(tail) and not _UNNAMED_END.search(tail):
        return False
    return _PREDICATE.search(tail) is None


#: A trip opening what follows 和/及 (`_verbs.TRIP`); attendees named by
#: their post (到会人员) are still people, see `_unnamed_people`.
_TRIP: Final = re.compile(TRIP)


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


def _title_only(core: str, mod: re.Match[str] | None) -> str:
    """The stripped group as a rank with no name (``县委常委``) after its opener, or empty."""
    if mod is not None:
        core = core[mod.end() :]
    return core if _RANK.search(core) and is_title(core) else ""


def _read_group(  # noqa: PLR0913 - the group, its cuts, and what everyone read is given
    core: str,
    tail: int,
    mod: re.Match[str] | None,
    roles: tuple[Role, Role],
    base: int,
    *,
    address: int,
) -> list[Mention] | None:
    """
    The stripped group ``core`` (at ``base``) read as people or bodies, or None.

    ``tail`` is where what closes its people starts, ``mod`` what opens it;
    ``roles`` the bodies' role and the people's, ``address`` everyone's.
    """
    role, people_role = roles
    lead = 0
    people_core = core[:tail]
    described = False
    # (Not a 的 inside what closes the people: 等县领导带着对官兵的深情厚谊.)
    if mod is not None and mod.end() < len(people_core):
        described = mod.group().endswith("的")
        lead += mod.end()
        core = core[mod.end() :]
        # (What closes the people starts after the opener, and its pattern
        # looks at nothing before it: the same cut, without the opener.)
        people_core = people_core[mod.end() :]
    people = parse_people(people_core) if people_core else None
    if described and people is not None and not all(p.title for p in people):
        # What a 的 modifier heads is a noun phrase: a bare name there is a
        # noun of a name's shape (干部的干劲, 更严的纪律要求); a person
        # described so is printed with a post (分管…的副乡长X).
        return None
    if people is not None:
        return person_mentions(people, people_role, base + lead, address)
    orgs = parse_orgs(core) if core else None
    if orgs is None:
        # Named people, then unnamed ones: 薛坤和民革党员专家、企业家 (the
        # last 和/及 that leaves people before it: not 经济商务和信息化局's).
        named = None
        # (A plain scan first: most groups hold no 和/及.)
        joins = _CONJ.finditer(people_core, 2) if "和" in people_core or "及" in people_core else ()
        for conj in list(joins)[-_MAX_CONJ:][::-1]:
            named = parse_people(people_core[: conj.start()])
            if named is not None and _unnamed_people(people_core[conj.end() :]):
                break
            named = None
        if named is None:
            named = _named_first(people_core)
        if named is None or (described and not all(p.title for p in named)):
            return None
        return person_mentions(named, people_role, base + lead, address)
    return [
        Mention(
            role=role,
            name=o.name,
            parent=o.parent,
            representatives=o.representatives,
            person=False,
            span=(base + lead + o.start, base + lead + o.end),
            address=address,
        )
        for o in orgs
    ]
