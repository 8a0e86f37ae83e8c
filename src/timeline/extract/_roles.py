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
``X以全票当选`` is elected. Who ``X`` is (people or bodies, read wholly)
is ``_actors.py``'s; here is which role each verb gives them (the
speakers a later clause names only as 他/她, or not at all, are
``_speakers.py``'s).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import Final

import attrs

from timeline.extract import _verbs as verbs
from timeline.extract._actors import (
    MAX_PERSON,
    Mention,
    parse_actors,
    person_mentions,
    remade,
    title_before,
)
from timeline.extract._headcounts import find_headcounts
from timeline.extract._namelists import parse_people
from timeline.extract._people import GLOSS
from timeline.extract._speakers import later_speakers
from timeline.model import Role

# Who a clause names is read in _actors.py; its names stay public here too,
# since the subject and the report read them with the roles (roles.Mention,
# roles.parse_actors, roles.title_before, roles.remade) and one module is theirs to ask.
__all__ = [
    "Mention",
    "parse_actors",
    "remade",
    "sentence_roles",
    "title_before",
]

_MAX_WHO: Final = 120
_MAX_MENTIONS: Final = 40


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


def _around_under(who: str, role: Role, base: int, *, cued: bool, address: int) -> list[Mention]:
    """
    The people of a verb's clause, an aside 在X的陪同下 (read apart) left out.

    (…,)在县长X的陪同下,市长Y来到: the people after the aside, if any; else
    those before it (市长Y,在X的陪同下,于2日走进; 市长Y在X的陪同下来到).
    ``cued``: whether the sentence holds an aside's cue at all (a clause of
    it, or one blanked in places, holds none where the sentence holds none).
    """
    under = verbs.UNDER.search(who) if cued and verbs.UNDER_CUE.search(who) else None
    if under is None:
        return parse_actors(who, role, base, address=address)
    rest = who[under.end() :]
    start = under.end() + len(rest) - len(rest.lstrip(" ,"))
    after = parse_actors(who[start:], role, base + start, address=address)
    if any(a.person for a in after):
        return after
    return parse_actors(who[: under.start()], role, base, address=address)


def _under_asides(unders: list[re.Match[str]], base: int) -> list[Mention]:
    """The people inside each 在X的陪同下 (指导, 带领…) aside."""
    out: list[Mention] = []
    for under_match in unders:
        out.extend(
            parse_actors(
                under_match["who"],
                verbs.UNDER_ROLE[under_match["verb"]],
                base + under_match.start("who"),
            )
        )
    return out


#: What tells a sentence's act apart from the report's own: a year gone by
#: before it (去年春节,X代表…; 上届), or an adverb of past or future right
#: before it (X曾在Y陪同下, X将在…).
_PAST: Final = re.compile(r"去年|前年|往年|当年|以往|过去|此前|上届")
_NOT_NOW: Final = ("曾", "将", "拟")
#: Quotation marks opening and closing words quoted (a banner's, a speaker's).
_OPENS: Final = re.compile("[“「]")
_CLOSES: Final = re.compile("[”」]")


def _told_apart(sentence: str) -> Callable[[int], bool]:
    """
    Whether the words before an offset of ``sentence`` tell no act of the report's.

    Inside an open quote (“X代表市长Y拜年”的横幅), or after a past year's
    words or an adverb of past or future, what follows is no act of the
    event reported. (The sentence is scanned once, whatever the offsets asked.)
    """
    past = _PAST.search(sentence)
    past_end = len(sentence) + 1 if past is None else past.end()
    opens = [q.start() for q in _OPENS.finditer(sentence)]
    closes = [q.start() for q in _CLOSES.finditer(sentence)]

    def apart(at: int) -> bool:
        return (
            past_end <= at
            or sentence[at - 1 : at] in _NOT_NOW
            or bisect_left(opens, at) > bisect_left(closes, at)
        )

    return apart


#: How far before an escort's aside its subject's clause may open.
_MAX_ESCORTED: Final = 60


def _escorted(unders: list[re.Match[str]], sentence: str, base: int) -> list[Mention]:
    """
    The people named right before an escort's aside: they lead, whatever they did.

    局长X在Y陪同下,首先与…会面 (or 参观, 拜年): the escorted are the
    event's leads even when no verb of the genre follows the aside. Only
    people read from the clause's opening to the aside, nothing else in it,
    and not when told apart (X曾在…, 去年X在…).
    (Read after the verbs' readings, which name them first when they can.)
    """
    out: list[Mention] = []
    escorts = [under for under in unders if under["verb"] == "陪同"]
    if not escorts:
        return out
    apart = _told_apart(sentence)
    for under in escorts:
        if apart(under.start()):
            continue
        lo = max(0, under.start() - _MAX_ESCORTED)
        start = max(sentence.rfind(c, lo, under.start()) for c in ",;:。") + 1
        if start == 0 and lo > 0:
            continue  # (no clause opening within reach: no subject to read)
        found = parse_actors(sentence[start : under.start()], Role.LEADS, base + start)
        if found and all(m.person and m.name for m in found):
            out.extend(found)
    return out


#: A named official standing in for another official (区长X代表市长Y, 至…致赠;
#: 副市长X代表卢市长向大家拜年): the words before it, in its clause. Not for a
#: body (书记X代表县委讲话, 代表全体党员): the address names its speaker, and
#: those printed there are as often no lead of the event.
_REPRESENTS: Final = re.compile(r"代表(?=[^,。;:长记首官任席]{0,5}[长记首官任席])")
#: The official stood in for, after 代表 (checked only where a post's last
#: character follows: a cheap first look); any head of a government, an
#: office or a body (省长, 州长, 旗长, 厅长, 主任, 主席), not a presidium.
_STOOD_IN_FOR: Final = re.compile(
    r"[^,。;:]{0,5}?(?:[省市州盟县旗区镇乡]长|书记|特首|行政长官|[厅局部署司处]长"
    r"|主任|主席(?!团))"
)
#: How far before 代表 its clause's opening is looked for.
_MAX_STANDING_IN: Final = 40


def _on_behalf(sentence: str, base: int, *, cued: bool) -> list[Mention]:
    """
    Who acts for another: who stands in (X代表市长Y) and the entrusted (受X委托,Y…).

    The entrusted only in a sentence holding a verb of the genre (``cued``).
    """
    out = _represents(sentence, base) if "代表" in sentence else []
    if cued and ("委托" in sentence or "委託" in sentence):
        out.extend(_entrusted(sentence, base))
    return out


def _represents(sentence: str, base: int) -> list[Mention]:
    """
    Who acts on another's behalf leads, as the entrusted do (decision 4).

    The one titled person closing the words before 代表 (北区区长X代表市长Y,
    至…): the one represented is only named, and whatever verb follows (致赠,
    拜年) may be none the genre knows.
    """
    out: list[Mention] = []
    apart: Callable[[int], bool] | None = None
    for m in _REPRESENTS.finditer(sentence):
        if _STOOD_IN_FOR.match(sentence, m.end()) is None:
            continue
        apart = apart or _told_apart(sentence)
        if apart(m.start()):
            continue
        lo = max(0, m.start() - _MAX_STANDING_IN)
        opening = max(sentence.rfind(c, lo, m.start()) for c in ",。;:由") + 1
        at = max(lo, opening)
        out.extend(_closing_person(sentence[at : m.start()], base + at))
    return out


def _closing_person(before: str, base: int) -> list[Mention]:
    """The one titled, named person closing ``before`` (…区长X), leading; else none."""
    # (parse_people gives None for words that are no list of people.)
    for start in range(max(0, len(before) - MAX_PERSON), len(before) - 1):
        people = parse_people(before[start:])
        if people and len(people) == 1 and people[0].name and people[0].title:
            return person_mentions(people, Role.LEADS, base + start)
    return []


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
        out.extend(_closing_person(after["before"], base + after.start("before")))
    return [remade(m, address=verbs.DELEGATED) for m in out]


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


#: A pattern opening with a one-character look-ahead gate: its class and the rest.
_GATED: Final = re.compile(r"\(\?=\[([^\]\\]+)\]\)(.*)", re.DOTALL)


def _top_level_branch(pattern: str) -> bool:
    """Whether ``pattern`` holds a ``|`` outside every group and class."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1  # (the escaped character is no mark)
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            # A ] right after [ or [^ is a member, not the class's end.
            i += (
                2 if pattern.startswith("^]", i + 1) else 1 if pattern.startswith("]", i + 1) else 0
            )
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def _opening_on_class(gate: re.Pattern[str]) -> re.Pattern[str]:
    """
    ``gate``, where it opens on a look-ahead gate ``(?=[…])``, as a pattern opening on the class.

    Python's regex engine scans ahead for a pattern's first literal or class,
    but tries a look-ahead at every place. The class consumed, the rest of
    the gate is looked at from one character back: the same start
    (only the start is read), found by a scan. A gate whose ``|`` opens
    another branch at the top (one that may start elsewhere) is kept.
    """
    gated = _GATED.fullmatch(gate.pattern)
    if gated is None or _top_level_branch(gate.pattern):
        return gate
    first = f"[{gated[1]}]"
    return re.compile(f"{first}(?<=(?={gated[2]}){first})", gate.flags)


#: Each verb part's gate, for where it first matches (its start alone is read);
#: keyed by the gate's identity (a pattern's hash reads all its compiled code).
_FIRST_AT: Final = {id(gate): _opening_on_class(gate) for _, gate, _, _ in verbs.SENTENCE_VERBS}


def _sentence_roles(  # noqa: C901, PLR0912, PLR0915 - one loop per verb family
    sentence: str, base: int
) -> list[Mention]:
    if verbs.EXHORTS.match(sentence):
        return []
    # (Standing in is read whatever verb follows: 致赠, 拜年 are no cues.)
    cued = verbs.CUE_RE.search(sentence) is not None
    out = _on_behalf(sentence, base, cued=cued)
    if not cued:
        return out
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
    if "担任" in sentence:
        for convened in verbs.CONVENED.finditer(sentence):
            group = "who" if convened["who"] else "after"
            out.extend(parse_actors(convened[group], Role.LEADS, base + convened.start(group)))
    if "组成的" in sentence:
        for formed in verbs.FORMED.finditer(sentence):
            out.extend(parse_actors(formed["who"], Role.LEADS, base + formed.start("who")))
    # (The asides' pattern is costly: read once, for the asides and the escorted.)
    under_cued = verbs.UNDER_CUE.search(sentence) is not None
    unders = list(verbs.UNDER.finditer(sentence)) if under_cued else []
    out.extend(_under_asides(unders, base))
    # The clause before a verb: from the sentence's start or its last clause
    # that reads as actors; headcounts there are counted, not named.
    for words, gate, pattern, role in verbs.live_verbs(sentence):
        first = _FIRST_AT[id(gate)].search(sentence)
        if first is None:
            continue
        m = pattern.search(sentence, verbs.who_start(sentence, first.start()))
        if m is None:
            continue
        # A count closing the people is no part of them: 局长X等一行30多人.
        # (Blanked, not cut: offsets into the sentence must hold.)
        who = m["who"]
        if "人" in who or "名" in who:
            who = verbs.COUNTED.sub(lambda c: " " * len(c.group()), who)
        # Not when counted (共50余人参加; a count in an earlier clause does not
        # stop the people of the last one), or 在X陪同下 (read above).
        level = (
            verbs.address(sentence[m.end("who") : m.end()]) if role is Role.LEADS else verbs.ACTS
        )
        # (The plain look first: a headcount is a scan.)
        if not sentence.startswith("下", m.end()) and not find_headcounts(
            who[who.rfind(",") + 1 :]
        ):
            # (“讲座非常及时。”书记X表示,…: a reaction to what was heard, not read.)
            # Everyone is read with the verb's level, made so once.
            found = (
                []
                if _reacts(level, who)
                else _around_under(who, role, base + m.start("who"), cued=under_cued, address=level)
            )
            found = _panel_judges(found, words)
            group_level = _headed_group(found, sentence, base, level)
            out.extend(
                found if group_level == level else [remade(a, address=group_level) for a in found]
            )
        # The same verb in a later clause: 书记A主持…,区长B主持….
        prev = m.end()
        for later in gate.finditer(sentence, prev):
            if later.start() - prev > _MAX_WHO or len(out) > _MAX_MENTIONS:
                break
            clause = sentence[prev : later.start()]
            if (
                "," in clause
                and not sentence.startswith("下", later.end())
                and not find_headcounts(clause)
            ):
                level = verbs.address(later.group()) if role is Role.LEADS else verbs.ACTS
                out.extend(
                    _panel_judges(parse_actors(clause, role, base + prev, address=level), words)
                )
            prev = later.end()
    if "为" in sentence:
        for headed in verbs.HEADED.finditer(sentence):
            out.extend(parse_actors(headed["who"], Role.LEADS, base + headed.start("who")))
    if "带领" in sentence or "率领" in sentence:  # (every match holds one: a plain scan first)
        for brought in verbs.BROUGHT.finditer(sentence):
            out.extend(parse_actors(brought["who"], Role.ACCOMPANIES, base + brought.start("who")))
    out.extend(_escorted(unders, sentence, base))
    out.extend(later_speakers(sentence, base, out))
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
