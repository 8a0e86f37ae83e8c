"""
The lead sentence's subject and title: who did it, and what it is called.

The title is the event's noun phrase as printed (the object of
``召开/举办/开展X``; the subject of ``X在Y举行`` without its organiser's place
name; ``调研/视察/慰问…`` with its object). The subject before the main verb
leads (every person named there), organises (a convening body) or, for a
polling unit or a hall, is the venue. ``Facts`` collects one event's people,
bodies, places and counts with their spans, whoever reads them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from timeline.extract import _places as places
from timeline.extract import _roles as roles
from timeline.extract import _verb_parts as verb_parts
from timeline.extract import _verbs as verbs
from timeline.extract._lexicon import LECTURER_TITLE
from timeline.extract._numbers import CountMention
from timeline.extract._orgs import parse_orgs
from timeline.extract._people import is_title, strip_glosses
from timeline.model import Role

if TYPE_CHECKING:
    from timeline.extract._text import Mapped

__all__ = [
    "HELD_VERB",
    "STUDY_GROUP",
    "Facts",
    "announces",
    "body_mention",
    "clause_end",
    "subject_title",
]


#: A tour verb followed by a unit's suffix names a body, not an act
#: (调研组, 宣讲队, 督查室, 考察团, 检查站), whichever verb it is.
_UNIT_AFTER: Final = r"(?!组(?!织)|[团员室科队站]|报告)"
#: (Led by the characters a match opens with: see ``_verb_parts.led``.)
_MAIN_VERB: Final = re.compile(
    r"(?=[主召开举组启调视察督检走看观宣考会探拜慰到])"
    r"(?:主持)?(?:召开|举办|举行|组织开展|开展|启动|开幕|"
    r"(?:调研|视察|督导|督查|检查|走访|看望|观摩|宣讲|考察|会勘|察看|探望|探访|拜访)"
    + _UNIT_AFTER
    + r"|"
    r"慰问(?![金品信团组队])|到访)"
)
#: A verb with nothing after it in its clause that makes its subject the
#: event held (X在Y举行。); ``_report`` reads 召开/举办 so when nothing follows.
HELD_VERB: Final = re.compile(r"(?:举行|开幕)(?=[,。;]|$)")
_OBJECT_VERBS: Final = frozenset({"召开", "举办", "组织开展", "开展", "启动"})
_VERB_TITLE: Final = frozenset(
    {"调研", "视察", "督导", "督查", "检查", "慰问", "走访", "看望", "观摩", "宣讲", "考察", "会勘"}
    | {"察看", "探望", "探访", "到访", "拜访"}
)
#: (Led by the characters a match opens with: see ``_verb_parts.led``.)
_SUBJECT_CUT: Final = re.compile(
    r"(?=[在,带率组先一都到来深走前奔赴于分])"
    r"(?:在[^,。]{1,160}?的?(?:陪同|带领|率领|组织|指导)下|在[^,。]{1,30}?(?=召开|举办|举行|开展)|"
    # (A,B都来到: 都 is all of them, not a name's end, unless a dotted name's: 阿不都.)
    r",?(?:先后|一行)?(?:(?<![·•・][\u4e00-\u9fff])(?<![·•・][\u4e00-\u9fff]{2})都)?"
    r"(?:到|来到|深入|走进|前往|奔赴|赴)|一行|于|带领|率领|带队|率队|来我|到我|"
    # X率Y,对…进行检查: 率 alone leads as 率领 does (not 效率, 率先).
    r"(?<![效比频概税汇利])率(?!先)|"
    r"分别(?=带队|深入|来到|到|前往|走访|看望|慰问|调研)|组织(?!开展|部(?!分)|员|科|委))"
)
#: A place name short enough to print before a post (花莲, 台南, 柴河局 less its unit):
#: no pronoun, no scene, no preposition.
_PLACE: Final = re.compile(r"[\u4e00-\u9fff]{2,3}")
_NOT_PLACE: Final = frozenset("我该本现场的在由为到了")
_DISTRICT_OPEN: Final = re.compile(
    r"^(?P<org>[\u4e00-\u9fff]{2,6}?(?:区|县|市|街道|镇|乡))(?!委|人大|政府|政协|长|领导|与|和|同)"
)
_VENUE_LIKE: Final = re.compile(r"(?:选区|会议室|礼堂|大厅|广场|报告厅|多功能厅|会场)$")
#: A reading a mirror printed after a character (開(kāi), 會(huì )), space and all.
_GLOSS: Final = re.compile(r"\([a-z\u00e0-\u00fc\u0101-\u01dc]{1,7} ?\)")
STUDY_GROUP: Final = re.compile(
    r"(?P<org>[^暨、,]{2,20}?(?:中心组|党组|党委|支部))(?:\d{4}年度?)?(?:第[一二三四五六七八九十\d]{1,4}次)?(?:集体|专题|扩大)?学习"
)


@attrs.define
class Facts:
    """A mutable builder for one event's facts, and their evidence."""

    body: Mapped
    people: list[tuple[int, roles.Mention]] = attrs.Factory(list)
    bodies: list[tuple[int, roles.Mention]] = attrs.Factory(list)
    places: list[tuple[int, places.PlaceMention]] = attrs.Factory(list)
    counts: list[tuple[int, CountMention]] = attrs.Factory(list)
    evidence: dict[str, tuple[int, int]] = attrs.Factory(dict)
    #: Whether someone gave the speech the report marks as main (重要讲话).
    main_address: bool = False

    def add_actor(self, m: roles.Mention, base: int = 0) -> None:
        """
        Add a person or body found ``base`` into the body; the first role found wins.

        Except that leading outranks taking part: whoever 出席s and later
        gives the speech leads, with the title printed where they lead; and a
        person first named without a title takes the one printed later. Once
        someone gives the speech the report marks as main (重要讲话,
        动员讲话), those who only made remarks (强调, 作讲话) do not lead
        (decision 5). A bare name read as a body (江钦所, ending like an
        office) is the person of that name already found.
        """
        m = self._as_person_found(m)
        if m.person:
            if not self._weigh_statement(m):
                return
            m = self._weigh_lead(m)
            for i, (at, p) in enumerate(self.people):
                # (覃业(yè)成 is 覃业成: a mirror's reading inside a name is no part of it.)
                if strip_glosses(p.name) == strip_glosses(m.name):
                    if _outranks(m, p):
                        lead = _shift(m, base)
                        self.people[i] = (at, roles.remade(lead, title=m.title or p.title))
                    elif m.title and not p.title:
                        # Named bare first (a subject, 章寿禹一行), titled later.
                        self.people[i] = (
                            at,
                            roles.remade(_shift(m, base), role=p.role, address=p.address),
                        )
                    return
            self.people.append((base + m.span[0], _shift(self._placed(m, base), base)))
        elif all(d.name != m.name for _, d in self.bodies):
            self.bodies.append((base + m.span[0], _shift(m, base)))

    def _placed(self, m: roles.Mention, base: int) -> roles.Mention:
        """
        A new lead with the title printed at an earlier mention, when it is the same post placed.

        The gold keeps the title of the first mention as printed, place and
        all (decision 11): 花莲县长X重视…,前往… then 县长X在…视察 is 花莲县长.
        Only a short place name counts (2-3 characters, none of 我/本/现场/的…):
        乡党委书记 before 党委书记 is the post's own unit, 我县 no place.
        """
        at = base + m.span[0]
        if m.role is not Role.LEADS or not m.title or self.body.match.find(m.name, 0, at) < 0:
            return m
        earlier = roles.title_before(self.body.match[:at], m.name)
        if len(earlier) <= len(m.title) or not earlier.endswith(m.title):
            return m
        prefix = earlier[: -len(m.title)]
        if _PLACE.fullmatch(prefix) is None or not _NOT_PLACE.isdisjoint(prefix):
            return m
        if not is_title(earlier):
            return m
        return attrs.evolve(m, title=earlier)

    def _weigh_lead(self, m: roles.Mention) -> roles.Mention:
        """``m`` as it stands beside the main address, and the leads found before a viewing."""
        if m.role is Role.LEADS and m.address == verbs.VIEWS:
            self._watched(m.name)
        if m.role is Role.LEADS and m.address == verbs.MAIN_ADDRESS and not self.main_address:
            self.main_address = True
            self.people = [(at, _remarked(p)) for at, p in self.people]
        return _remarked(m) if self.main_address else m

    def _watched(self, name: str) -> None:
        """
        Viewers of a broadcast lead the viewing: those leading before them led the meeting watched.

        (市委召开…会议,市委书记X作重要讲话。区领导A、B等在分会场收看会议: X
        chaired or spoke far away; the report is the district's viewing.)
        """
        self.people = [
            (at, attrs.evolve(p, role=Role.TAKES_PART))
            if p.role is Role.LEADS and p.address != verbs.VIEWS and p.name != name
            else (at, p)
            for at, p in self.people
        ]

    def _as_person_found(self, m: roles.Mention) -> roles.Mention:
        """A body whose name is a person's already found (江钦所) is that person."""
        if not m.person and any(p.name == m.name for _, p in self.people):
            return attrs.evolve(m, person=True, parent="", representatives="")
        return m

    def _weigh_statement(self, m: roles.Mention) -> bool:
        """Whether to keep ``m``: a statement only when alone; anyone else leading ends that."""
        if m.role is Role.LEADS and m.address == verbs.LONE:
            return self._alone(m)
        if m.role is Role.LEADS and m.address == verbs.BRIEFS:
            if not self._only_address(m):
                return False
        elif m.role is Role.LEADS and m.address in _ADDRESSES:
            self._briefing_beside(m.name)
        if m.role in {Role.LEADS, Role.SPEAKS}:
            self._not_alone(m.name)
        return True

    def _only_address(self, m: roles.Mention) -> bool:
        """
        Whether a briefing (X对…进行了部署) is the meeting's one address, so it leads.

        Not beside another's address (讲话, 强调, a statement, another
        briefing), which no longer leads either; a chair may stand beside it
        (decision 24).
        """
        if any(
            p.name != m.name and p.role is Role.LEADS and p.address in _ADDRESSES
            for _, p in self.people
        ):
            self._briefing_beside(m.name)
            return False
        return bool(m.title) or any(p.name == m.name and p.title for _, p in self.people)

    def _briefing_beside(self, name: str) -> None:
        """Someone else gives an address: a briefing beside it does not lead (decision 24)."""
        self.people = [
            (at, attrs.evolve(p, role=Role.SPEAKS))
            if p.address == verbs.BRIEFS and p.role is Role.LEADS and p.name != name
            else (at, p)
            for at, p in self.people
        ]

    def _alone(self, m: roles.Mention) -> bool:
        """
        Whether a statement (X表示,…) is the event's one remark, so its titled speaker leads.

        Not beside a lead or a speaker already found (a chair, a lecturer,
        another's statement), which no longer leads either (decision 21c).
        """
        if any(p.name != m.name and p.role in {Role.LEADS, Role.SPEAKS} for _, p in self.people):
            self._not_alone(m.name)
            return False
        return bool(m.title) or any(p.name == m.name and p.title for _, p in self.people)

    def _not_alone(self, name: str) -> None:
        """Someone else leads or speaks: a statement beside it is a remark (decision 21c)."""
        self.people = [
            (at, attrs.evolve(p, role=Role.SPEAKS))
            if p.address == verbs.LONE and p.role is Role.LEADS and p.name != name
            else (at, p)
            for at, p in self.people
        ]


#: What only speaks at the meeting: a later act of leading outranks it.
_WORDS_ONLY: Final = frozenset({verbs.REMARKS, verbs.LONE, verbs.BRIEFS})
#: A meeting's addresses: beside any of them a briefing is no lead (decision 24).
_ADDRESSES: Final = frozenset({verbs.REMARKS, verbs.MAIN_ADDRESS, verbs.LONE, verbs.BRIEFS})


def _outranks(m: roles.Mention, p: roles.Mention) -> bool:
    """Whether a later lead ``m`` of the person ``p`` replaces how ``p`` was read."""
    # (A lead for remarks who also chairs or tours leads for that.)
    # (受X委托,Y作报告: the delegate leads, though the report alone speaks.)
    return m.role is Role.LEADS and (
        (p.role is Role.TAKES_PART and m.address != verbs.GOES)
        or (p.address == verbs.REMARKS and m.address not in _WORDS_ONLY)
        or (p.address == verbs.LONE and m.address != verbs.LONE)
        or (p.address == verbs.BRIEFS and m.address not in {verbs.LONE, verbs.BRIEFS})
        or (p.role is Role.SPEAKS and m.address == verbs.DELEGATED)
    )


def _remarked(m: roles.Mention) -> roles.Mention:
    """A lead only for remarks, once another gave the main address, speaks."""
    if m.role is Role.LEADS and m.address == verbs.REMARKS:
        return attrs.evolve(m, role=Role.SPEAKS)
    return m


def _shift(m: roles.Mention, base: int) -> roles.Mention:
    # (Most mentions are found in the body itself, base 0: no copy for them.)
    return roles.remade(m, span=(base + m.span[0], base + m.span[1])) if base else m


def subject_title(summary: str, s_match: str, base: int, facts: Facts) -> str:
    """Read the subject and the title of the lead sentence; record roles."""
    # X(在Y)举行。: the subject is the event, whatever verbs its name holds
    # (全区基层党建工作观摩评比活动举行).
    verb = HELD_VERB.search(s_match, 0, clause_end(s_match, 0) + 1) or _MAIN_VERB.search(s_match)
    if verb is None:
        end = clause_end(s_match, 0)
        facts.evidence["title"] = (base, base + end)
        return summary[:end]
    word = verb.group().removeprefix("主持")
    chaired = verb.group().startswith("主持")
    subject_end = verb.start()
    cut = _SUBJECT_CUT.search(s_match)
    if cut is not None and cut.start() >= subject_end:
        cut = None
    subject = s_match[: cut.start() if cut else subject_end]
    # X组织Y视察…: X convenes what Y does.
    organised = cut is not None and cut.group().startswith("组织")
    if word in {"举行", "开幕"} and s_match[verb.end() : clause_end(s_match, verb.end())]:
        word = "召开"  # 举行X: X is the event, as after 召开
    if word in _OBJECT_VERBS:
        obj_start = verb.end()
        gloss = _GLOSS.match(s_match, obj_start)  # 召開(kāi)X: the verb's reading
        if gloss is not None:
            obj_start = gloss.end()
        if s_match.startswith("了", obj_start):
            obj_start += 1
        title = summary[obj_start : clause_end(s_match, obj_start)]
        title_at = obj_start
    elif word in _VERB_TITLE:
        title = summary[verb.start() + (2 if chaired else 0) : clause_end(s_match, verb.end())]
        title_at = verb.start()
    else:  # 举行/开幕: the subject is the event, maybe after its organiser
        venue = places.find_venue(s_match)
        head_end = s_match.rfind("在", 0, subject_end) if venue is not None else subject_end
        head_end = subject_end if head_end < 0 else head_end
        title = summary[:head_end]
        title_at = 0
        opener = _DISTRICT_OPEN.match(s_match, 0, head_end)
        if opener is not None and opener.end() < head_end:
            org = opener["org"]
            facts.add_actor(body_mention(org, Role.ORGANISES, 0), base)
            title = summary[opener.end() : head_end]
            title_at = opener.end()
        subject = ""
    facts.evidence["title"] = (base + title_at, base + title_at + len(title))
    _read_subject(subject, word, organised=organised, base=base, facts=facts)
    return title.strip()


def body_mention(name: str, role: Role, start: int) -> roles.Mention:
    return roles.Mention(role=role, name=name, person=False, span=(start, start + len(name)))


def _read_subject(subject: str, verb: str, *, organised: bool, base: int, facts: Facts) -> None:
    subject = subject.rstrip(",")
    if not subject:
        return
    if _VENUE_LIKE.search(subject):
        _read_venue(subject, verb, organised=organised, base=base, facts=facts)
        return
    # The first-named subject leads; co-subjects take part. Escorts printed
    # inside the subject (X在A,B等陪同下, listed over commas) are no part of
    # it: the roles read them as escorts, and the one escorted is the subject.
    lo, hi = _escorted(subject)
    found = roles.parse_actors(subject[lo:hi], Role.TAKES_PART, lo, first_role=Role.LEADS)
    if not any(m.person for m in found):
        found = _opening_people(subject)
    if found and any(m.person for m in found):
        for m in found:
            facts.add_actor(_lecturer_speaks(m) if verb == "宣讲" else m, base)
        return
    # Leading clauses before the subject (为…工作,) are not part of it.
    shift = 0
    orgs = parse_orgs(subject)
    if orgs is None and "," in subject:
        shift = subject.rindex(",") + 1
        orgs = parse_orgs(subject[shift:])
    if orgs:
        role = Role.LEADS if verb in _VERB_TITLE and not organised else Role.ORGANISES
        for o in orgs:
            facts.add_actor(
                roles.Mention(
                    role=role,
                    name=o.name,
                    parent=o.parent,
                    representatives=o.representatives,
                    person=False,
                    span=(shift + o.start, shift + o.end),
                ),
                base,
            )


def _escorted(subject: str) -> tuple[int, int]:
    """
    The span of ``subject`` that names the one escorted, a 在…陪同下 aside left out.

    ``在A的陪同下,市长X``: X, after the aside; ``市长X在A,B等陪同下``: X, before it.
    """
    whole = (0, len(subject))
    if "陪同下" not in subject:  # (a plain look first: few subjects hold one)
        return whole
    under = verbs.UNDER.search(subject)
    if under is None or under["verb"] != "陪同":
        return whole
    if subject[under.end() :].strip(" ,"):
        return (under.end(), len(subject))
    return (0, under.start())


def _read_venue(subject: str, verb: str, *, organised: bool, base: int, facts: Facts) -> None:
    """A subject ending in a room or hall (会议室, 礼堂): the venue, maybe after its body."""
    # A venue never spans a clause break: what stands before the last one
    # (为…工作,确保…, a date, a quote) leads into the sentence, not the room.
    cut = max(subject.rfind(c) for c in ",，。;；") + 1
    subject, base = subject[cut:], base + cut
    # 大义乡政府在会议室, (its verb after the comma): the body before 在
    # is the subject, the room after it the venue.
    at = subject.rfind("在")
    if at > 0:
        _read_subject(subject[:at], verb, organised=organised, base=base, facts=facts)
        subject, base = subject[at + 1 :], base + at + 1
    place, area = places.split_area(subject)
    facts.places.append((base, places.PlaceMention(place, area, (base, base + len(subject)))))
    if area:
        facts.add_actor(body_mention(area, Role.ORGANISES, 0), base)


def _lecturer_speaks(m: roles.Mention) -> roles.Mention:
    """
    A lead who 宣讲s with a lecturer's title speaks instead.

    A leader the lead sends to 宣讲 gives the organiser's own address, and
    leads (decision 24e).
    """
    if m.role is Role.LEADS and LECTURER_TITLE.search(m.title):
        return attrs.evolve(m, role=Role.SPEAKS)
    return m


#: What may stand between a subject and its verb: a preposition opening its
#: phrase (在, 与, 于, 就, 对, 针对, 向, 赴, 协同; the means, 通过视频连线方式)
#: or an adverb (继续, 亲, 专程).
_AFTER_SUBJECT: Final = re.compile(
    # (协同, with whom: its 同 is no preposition after a name ending in 协.
    # 和 before a trip, 李国和来镇, ends a name; 来宾 and 来自 are people.)
    verb_parts.TOPIC_OPENS
    + r"|[在于与向赴至]|和(?!"
    + verb_parts.TRIP
    + ")"
    + r"|(?<!协)同|协同|继续|亲|专程|冒|连|再|率先|通过"
)
#: Where ``_AFTER_SUBJECT`` matches (it reads no more than 3 characters on).
_AFTER_SUBJECT_AT: Final = re.compile(f"(?=(?:{_AFTER_SUBJECT.pattern}))")
#: Verbs that make the people before the main verb someone other than its
#: subject (X陪同Y…, X出席…, X与Y一同…).
_NOT_LEADING: Final = re.compile(r"陪同|随同|参加|出席|列席|参与|一同|一起|共同|会见|接见")
#: How far into its clause the subject's people may reach, and how many
#: clauses back from the verb they are looked for (bounded work per event).
_MAX_OPENING: Final = 40
_MAX_CLAUSES: Final = 4
_CLAUSE: Final = re.compile(r"[^,]+")


def _opening_people(subject: str) -> list[roles.Mention]:
    """
    The titled people who open the clause nearest the verb, when the rest is how they act.

    ``市委常委、副市长X,召集…召开``, ``司长X在…开幕仪式上致辞``: when the
    words before the main verb do not read wholly as people, the subject is
    the people who open a clause (the one nearest the verb first), followed
    by the clause's end or a preposition or adverb. Named with a title, as a
    sentence's subject is printed (not an outlet's name, ``华声在线``).
    """
    if _NOT_LEADING.search(subject):
        return []
    # (A date inside the sentence was blanked to commas: 行政长官X,,,,,,就….)
    clauses = [(m.start(), m.group()) for m in _CLAUSE.finditer(subject)]
    for i in range(len(clauses) - 1, max(-1, len(clauses) - 1 - _MAX_CLAUSES), -1):
        start, clause = clauses[i]
        # The clause's end, then (nearest first) each place within reach where
        # a preposition or adverb follows: found in one scan, not one try a place.
        # (A match reads at most 3 characters: the scan stops soon after reach.)
        cuts = [
            m.start()
            for m in _AFTER_SUBJECT_AT.finditer(clause, 2, _MAX_OPENING + 2)
            if m.start() <= _MAX_OPENING
        ]
        if 2 <= len(clause) <= _MAX_OPENING:  # noqa: PLR2004 - a name's least length
            cuts.append(len(clause))
        for cut in reversed(cuts):
            found = roles.parse_actors(clause[:cut], Role.LEADS, start)
            if found and all(m.person and m.title for m in found):
                return _listed_before(clauses[:i]) + found
    return []


def _listed_before(clauses: list[tuple[int, str]]) -> list[roles.Mention]:
    """
    The titled people printed as whole clauses just before the subject's clause.

    Co-subjects may be listed over commas, each with its title, before the
    last one's clause goes on to the act (区委书记A, 区委常委B,副区长C,对…进行
    检查): all of them lead, as a 、 list's would. A clause that reads as
    anything but titled people ends the list.
    """
    listed: list[roles.Mention] = []
    for start, clause in clauses[::-1][: _MAX_CLAUSES - 1]:
        found = roles.parse_actors(
            clause.strip(), Role.LEADS, start + len(clause) - len(clause.lstrip())
        )
        if not found or not all(m.person and m.title for m in found):
            break
        listed[:0] = found
    return listed


def clause_end(text: str, start: int) -> int:
    best = len(text)
    for p in ",。;!?":
        i = text.find(p, start)
        if 0 <= i < best:
            best = i
    return best


#: 将召开, 即将举行, 将于下周启动: the lead announces an event to come.
#: 将在四楼大厅举办: the place between 将 and its verb is part of the plan.
#: Not 将在+a day (选举将在12月10日举行,局长昨日出席…): a date set for
#: something else often opens the sentence that tells the report's act.
#: 在 and the place a plan names, not a day (在四楼大厅, not 在12月10日).
_PLANNED_AT: Final = r"在(?![^,。]{0,10}[年月日号])[^,。的]{1,16}"
_FUTURE: Final = re.compile(rf"(?:将|即将|将要)(?:于[^,。]{{0,8}}|{_PLANNED_AT})?$")
#: 即将, 将要, 将于+a time: a future marker whatever verb follows
#: (将于6月15日正式展开); 将 alone also means 把, so it needs a known verb.
_FUTURE_ANY: Final = re.compile(r"即将|将要|将于(?=[\d〇一二三四五六七八九十今明本下近年月日周])")
#: 将进行第二阶段比赛, 将在广场上演: 将 before a verb of staging that is no
#: main verb; only in a sentence's first clause after its time, so that a
#: plan a meeting lays down (主持会议,部署将在全县进行…) leaves the meeting told.
_FUTURE_STAGED: Final = re.compile(rf"将(?:{_PLANNED_AT}?)?(?:进行|上演|亮相|登场)")
_TIME_ONLY: Final = re.compile(r"^[^,。;]*[日午晚间)）],$")
#: …会议即将召开之际, 春节来临前夕,: a clause that only sets the time of
#: the event told after it.
_TIME_CLAUSE: Final = re.compile(r"(?:之际|前夕|之时|来临|到来)$")


def _clause_at(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(p, 0, at) for p in ",。;!?") + 1
    return start, clause_end(text, at)


def announces(lead_m: str) -> bool:
    """
    Whether the lead sentence announces a future event rather than report one.

    The first main verb that is not a modifier (即将举办的晚会) nor inside a
    time clause (会议即将召开之际,) decides. Without one, a future marker
    that cannot mean anything else (即将, 将于+a time) in a clause that is
    neither decides.
    """
    for verb in _MAIN_VERB.finditer(lead_m):
        if lead_m.startswith("的", verb.end()):
            continue
        start, end = _clause_at(lead_m, verb.start())
        if _TIME_CLAUSE.search(lead_m, start, end):
            continue
        return _FUTURE.search(lead_m, max(start, verb.start() - 20), verb.start()) is not None
    for marker in _FUTURE_ANY.finditer(lead_m):
        start, end = _clause_at(lead_m, marker.start())
        clause = lead_m[marker.end() : end]
        if not _TIME_CLAUSE.search(lead_m, start, end) and "的" not in clause:
            return True
    if "将" in lead_m:
        first = clause_end(lead_m, 0) + 1
        timed = _TIME_ONLY.match(lead_m, 0, first) is not None
        for marker in _FUTURE_STAGED.finditer(lead_m):
            start, end = _clause_at(lead_m, marker.start())
            if start > first or (start == first and not timed):
                break
            if "的" not in lead_m[marker.end() : end]:
                return True
    return False
