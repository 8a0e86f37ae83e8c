"""
The printed forms of the roles: the verbs, and what stands between them and the people.

Each pattern's verb part follows the people it gives a role (``X陪同``,
``X主持``, ``X在…上作重要讲话``); a few read the people inside the verb's
phrase (``在X的陪同下``, ``以X为团长``, ``受X委托,Y…``). ``_actors.py`` reads
the people, ``_roles.py`` the verbs; this module says where they stand, and
which verb parts (``_verb_parts.py``) a sentence can match.
"""

from __future__ import annotations

import re
from typing import Final

from timeline.extract._verb_parts import TOPIC_OPENS, TRIP, VERB_PARTS
from timeline.model import Role

__all__ = [
    "ACTS",
    "ALONG",
    "ALSO_REPORTS",
    "BRIEFS",
    "BROUGHT",
    "CONVENED",
    "COUNTED",
    "CUE_RE",
    "DELEGATED",
    "ELECTED",
    "ENTRUSTED",
    "ENTRUSTED_AFTER",
    "EXHORTS",
    "FORMED",
    "GOES",
    "HEADED",
    "HOSTED",
    "LONE",
    "MAIN_ADDRESS",
    "REMARKS",
    "SENTENCE_VERBS",
    "TRIP",
    "UNDER",
    "UNDER_CUE",
    "UNDER_ROLE",
    "VERB_WORDS",
    "VIEWS",
    "WHO_REACH",
    "address",
    "live_verbs",
    "verb_words",
    "who_start",
]

#: How a lead was read (``Mention.address`` in ``_actors.py``).
ACTS: Final = 0
REMARKS: Final = 1
MAIN_ADDRESS: Final = 2
DELEGATED: Final = 3
#: A later sentence's ``A、B一行来到…``: everyone who went along is its subject,
#: so it makes no one lead who was printed only as taking part (镇领导B参加).
GOES: Final = 4
#: A statement (X表示,…): the event's address only while it is the one remark
#: and no one else leads (decision 21c).
LONE: Final = 5
#: A briefing on the work (X对…进行了部署): the meeting's address only while no
#: one else gives one; a chair beside it does not change that (decision 24).
BRIEFS: Final = 6
#: Watching a meeting's broadcast (X、Y等在分会场收看会议): the viewers lead
#: the viewing; the watched meeting's chair and speakers, told before them,
#: lead none of it.
VIEWS: Final = 7

_UNDER_VERBS: Final = "陪同|指导|督导|带领|率领|主持|组织"
#: 在X的陪同下, 在X的带领下: the people inside the aside.
UNDER: Final = re.compile(
    r"在(?P<who>[^。;在]{2,120}?)的?(?:亲自)?(?P<verb>" + _UNDER_VERBS + ")下"
)
#: What every such aside holds. Most sentences hold a 在, and the aside's
#: pattern tries every length of people after each one; few hold the aside,
#: and a plain scan for its close finds that first.
UNDER_CUE: Final = re.compile("(?:" + _UNDER_VERBS + ")下")
#: From the sentence's start, or from the first clause that brings the verb
#: within reach (a long opening clause, 为了…,区长X来到…); people may be
#: listed over ``;`` (A,B;C,D陪同).
#: (A photo caption's label before a colon, 转废为能:局长X…, is no part of it.)
#: (A chronicle's day before a space, 15日  市委书记X来…, 4月15日 or 16-17日 X来…, neither;
#: held once taken: the people cannot open inside it, and one scan of them is
#: enough.)
WHO_REACH: Final = 120
WHO: Final = (
    r"(?:^|(?<=[,:]))(?>(?:(?:[0-9]{1,2}月)?[0-9]{1,2}(?:[-~～—至][0-9]{1,2})?日\s+)?)"
    rf"(?P<who>[^。:]{{2,{WHO_REACH}}}?)"
)
#: What the chronicle's day before the people (``WHO``'s first part) is made of,
#: whitespace aside.
_DAY_CHARS: Final = frozenset("0123456789月日-~～—至")


def who_start(sentence: str, verb_at: int) -> int:
    """
    The earliest a role pattern (``WHO`` and a verb part) can match in ``sentence``.

    ``verb_at`` is where the verb part alone first matches: the people run at
    most ``WHO_REACH`` characters before their verb, and only a chronicle's
    day (digits, 月, 日, a dash, spaces) before them. Searching from there
    finds the same match as from the start, without trying every clause of
    a long sentence that opens too far from any verb (``test_verbs`` checks).
    """
    lo = max(0, verb_at - WHO_REACH)
    while lo > 0 and (sentence[lo - 1] in _DAY_CHARS or sentence[lo - 1].isspace()):
        lo -= 1
    return lo


#: Words at a meeting: whoever says them leads it, unless another's speech
#: is the one the report marks as main (decision 5).
REMARK: Final = re.compile(
    r"讲了?话|致[^。,]{0,3}?[词詞辞辭]|指出|强调|要求|肯定|祝贺|问候|敬意|赞扬|赞赏|讲意见|指示|批示|意见|希望|总结|点评"
)
MAIN: Final = re.compile(r"重要讲话")
#: A bare hope (X希望…, 在…时希望): a statement, not a hope set out as a
#: speech's points (提出…希望), which is a remark.
_HOPES: Final = re.compile(r"(?:在[^。,]{1,20}?(?:后|时|上))?希望")


#: Going somewhere: 来到, 深入, 走进 (the whole touring group is its subject).
_GOING: Final = re.compile(r"(?:先后)?(?:深入|来到|走进|前往|到|来访|到访|来我|[莅蒞][临臨]|至)")


def address(verb: str) -> int:
    """How a lead's verb part reads: going, an act, a remark, a statement, main address, viewing."""
    if verb.endswith(("部署", "布置")) or (verb.endswith("安排") and not verb.endswith("总结安排")):
        # (Whatever the topic names: 就学习重要讲话精神作出部署 is a briefing;
        # 做了总结安排 is the summing up, a remark.)
        return BRIEFS
    if MAIN.search(verb):
        return MAIN_ADDRESS
    if _HOPES.fullmatch(verb):
        return LONE
    if REMARK.search(verb):
        return REMARKS
    if verb.endswith(("表示", "宣布")):
        return LONE
    return VIEWS if "收看" in verb else GOES if _GOING.fullmatch(verb) else ACTS


# Each pattern runs only when its verb part occurs at all: a plain scan for
# the verb is much cheaper than trying every clause length before it. And the
# scan runs only when one of the words every match holds (the third item of
# each verb part) is in the sentence: a substring test is cheaper still than
# a scan that must try an optional opening at every character.
SENTENCE_VERBS: Final = tuple(
    (frozenset(words.split("|")), re.compile(verb), re.compile(WHO + verb), role)
    for verb, role, words in VERB_PARTS
)
#: Every word some verb part needs: looked up once per sentence.
VERB_WORDS: Final = frozenset().union(*(words for words, _, _, _ in SENTENCE_VERBS))
#: The words by their first character: only those whose first character the
#: sentence holds are looked for.
_BY_FIRST: Final = {
    first: tuple(w for w in VERB_WORDS if w[0] == first) for first in {w[0] for w in VERB_WORDS}
}
#: Those first characters, found in one scan (cheaper than a set of every
#: character of the sentence: a CJK character is a new string each time).
_FIRSTS: Final = re.compile("[" + "".join(map(re.escape, sorted(_BY_FIRST))) + "]")


#: The verb parts (indices into ``SENTENCE_VERBS``) each word lets run.
_PARTS_OF: Final = {
    word: frozenset(i for i, (words, _, _, _) in enumerate(SENTENCE_VERBS) if word in words)
    for word in VERB_WORDS
}


def verb_words(sentence: str) -> set[str]:
    """The words of ``VERB_WORDS`` that ``sentence`` holds."""
    return {
        word
        for first in set(_FIRSTS.findall(sentence))
        for word in _BY_FIRST[first]
        if word in sentence
    }


def _overlapping(words: frozenset[str]) -> frozenset[str]:
    """
    ``words`` and every run of them that overlap (宣讲话: 宣讲 and 讲话), to a fixpoint.

    A scan that takes the longest word at each place and goes on after it
    misses a word opening inside the one taken (讲话 in 宣讲话) unless their
    run is a word of its own.
    """
    out = set(words)
    while True:
        runs = {
            x + y[len(x) - i :]
            for x in out
            for y in words
            for i in range(1, len(x))
            if len(x) - i < len(y) and x[i:] == y[: len(x) - i]
        }
        if runs <= out:
            return frozenset(out)
        out |= runs


def _trie(words: list[str]) -> str:
    """One alternation of ``words`` branching by character, the longest word at each place first."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        longer = [rest for rest in rests if rest]
        branch = re.escape(first)
        if longer:
            branch += "(?:" + _trie(longer) + ")" + ("?" if "" in rests else "")
        branches.append(branch)
    return "|".join(branches)


_RUNS: Final = _overlapping(VERB_WORDS)
#: Every verb word and overlapping run, in one scan: a sentence's words are
#: found by one pass over it, not one substring test per word of each of its
#: characters that opens one.
_WORD_SCAN: Final = re.compile(_trie(sorted(_RUNS)))
#: The verb parts each word or run lets run: its own and those of every word inside it.
_PARTS_IN: Final = {
    run: frozenset().union(*(_PARTS_OF[word] for word in VERB_WORDS if word in run))
    for run in _RUNS
}


def live_verbs(
    sentence: str,
) -> list[tuple[frozenset[str], re.Pattern[str], re.Pattern[str], Role]]:
    """
    The items of ``SENTENCE_VERBS`` one of whose words ``sentence`` holds, in their order.

    (A sentence holds the words of a few verb parts: looking those up is
    cheaper than testing every part's words against the sentence's. This
    runs on every sentence with a cue: one scan, one set of parts.) Every
    word held is inside one found, as the longest at each place is found and
    a word opening inside it and running past it makes a longer run.
    """
    live: set[int] = set()
    for run in set(_WORD_SCAN.findall(sentence)):
        live |= _PARTS_IN[run]
    return [SENTENCE_VERBS[i] for i in sorted(live)]


#: X带领Y深入/到/调研…: those X brings along accompany X.
BROUGHT: Final = re.compile(
    r"(?:带领|率领)(?P<who>[^,。;]{2,60}?),?(?:先后)?(?:深入|来到|来|走进|前往|到|赴|调研|视察|检查|察看|督导)"
)
#: 以X为团长: X heads the delegation, and so leads it.
HEADED: Final = re.compile(
    # 以A为组长,B为副组长的督查组: both head it.
    r"(?:以|,)(?P<who>[^,。;以]{2,40}?)为(?:[^,。;]{0,10}?)(?:团长|组长|队长)"
)
#: 受X委托,Y…: the delegate, not the body that sent them. (Those who sent
#: them may be listed over commas, each with a title holding a 、: 受州委书记A,
#: 州委副书记、州长B委托,C代表…)
ENTRUSTED: Final = re.compile(
    r"受[^。;受]{2,60}?委[托託],?(?![来到赴前])(?P<who>[^,。;]{2,40}?)"
    r"(?=向|作|做|代表|" + TOPIC_OPENS + r"|在|宣读|通报|报告|主持|出席|讲话|致辞)"
)
#: A later clause of a 受X委托 sentence that reports too (,Z作…的报告): the
#: same mandate (a clause of its own after a comma, its verb 作/做 a report).
ALSO_REPORTS: Final = re.compile(
    r"(?<=,)(?P<who>[^,。;]{2,30}?)(?:向[^。,]{1,12}?)?(?:作|做)(?:了)?[^。,]{0,60}?报告(?=[,。;]|$)"
)
#: Y受X委托所作的报告: the mandate printed after the delegate's name.
ENTRUSTED_AFTER: Final = re.compile(
    r"(?P<before>[^,。;:]{3,60}?)受[^,。;受]{2,40}?委[托託](?:所作|所做|作|做|向)"
)
#: 陪同X探访的有A、B;C: those listed after it accompany.
ALONG: Final = re.compile(r"陪同[^,。;]{0,20}?的(?:还)?有(?P<who>[^。]{2,160})")
#: 由X接见: the hosts who received the visitors.
HOSTED: Final = re.compile(r"由(?P<who>[^。,由]{2,30}?)(?:接见|会见|接待)")
#: 由X担任召集人, 调研组组长由X担任: the convenor runs the sitting as its chair,
#: and the head of a visiting group leads it, as 以X为组长 does. (Not a
#: 领导小组's 组长, a standing post given at a meeting; not a plenary's
#: 执行主席, several of whom sit and one of whom chairs.)
CONVENED: Final = re.compile(
    r"由(?P<who>[^,。;由]{2,30}?)担任(?:召集人|组长|团长|队长)"
    r"|(?:召集人|(?<!小)组组长|团团长|队队长)由(?P<after>[^,。;由]{2,30}?)担任(?=[,。;]|$)"
)
#: 由A,B等组成的调研组: those named lead the group.
FORMED: Final = re.compile(r"由(?P<who>[^。;由]{2,80}?)(?:等|等人)?组成的")
#: A count closing a subject: 局长X等一行30多人, 由12人组成.
COUNTED: Final = re.compile(
    r"(?:等)?(?:一行)?[0-9一二三四五六七八九十百]+[多余]?(?:人|名)(?=[^,。]{0,12}$)"
)
#: 当选 may close several clauses of one sentence: 李红当选会长,张涛当选副会长.
ELECTED: Final = re.compile(r"(?P<who>[^,。;]{2,40}?)(?:以[^。,]{1,12})?当选")
UNDER_ROLE: Final = {
    "陪同": Role.ACCOMPANIES,
    "指导": Role.GUIDES,
    "督导": Role.GUIDES,
    "带领": Role.LEADS,
    "率领": Role.LEADS,
    "主持": Role.LEADS,
    "组织": Role.ORGANISES,
}
#: A sentence holding none of these words states no role (a cheap first look).
CUE_RE: Final = re.compile(
    "陪同|随同|参加|出席|列席|参与|主持|带队|率队|深入|来到|走进|前往|到|莅临|"
    "蒞临|蒞臨|发言|宣讲|讲座|报告|党课|授课|讲课|讲话|讲了话|讲意见|讲了意见|点意见|具体意见|明确意见|方面意见|项意见|提出|揭牌|揭幕|"
    "剪彩|授牌|授旗|指示|中表示|总结|致辞|迎词|迎詞|致辭|来访|到访|来我|会见|"
    "接见|接待|接访|欢迎|调研|视察|考察|检查|慰问|看望|走访|探访|探望|拜访|观摩|致开幕词|"
    "词|詞|辞|评分|打分|评审|点评|评委|当选|宣布|指导|督导|带领|率领|组织|率|"
    "指出|强调|要求|肯定了|肯定|赞扬|赞赏|致以|祝贺|带头|团长|组成|委托|委託|"
    "部署|布置|安排|组长|队长|巡查|督查|表示|希望|中介绍|中回顾|召集|勉励|勉勵|鼓励|鼓勵|收看|"
    # (X与Y座谈: only where the 与 pattern can match, not every 召开.)
    "与[^。,与]{1,30}?(?:座谈|交流|见面|会谈|召开)"
)


#: A sentence opening with 要/必须/务必 is a leader's instruction, reported,
#: and so is one opening with 他/她 and a verb of saying: it says what people
#: should do, not who did what (要…,强化督导检查; 她希望…全部的智慧和心血投入到…).
EXHORTS: Final = re.compile(
    r"[\s,]*(?:要(?!求)|必须|务必|[他她](?:还|并|同时|也|最后)?(?:希望|要求|强调|指出|表示|说))"
)
