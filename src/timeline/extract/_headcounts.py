"""
Headcounts: which counts are of those who took part, and which is the event's.

A count is read from what ties it to taking part, not from a list of what
it is not: the people counted are the subject of a verb of attending
(``N人参加``), those an organiser assembled (``组织N名代表``), a total
(``共N人``), or the subject of their clause (``N名书记分别围绕…``). A count
with no such tie is kept only in the lead paragraph, which names the event,
and only as its clause's subject (never a verb's object); elsewhere it is a
statistic of the work reported (``疏散撤离91人``, ``与十六位议员交谈``).
Some counts are never those who took part, whatever ties them (expected,
elected, visited, examinees, a campaign's totals: ``_not_turnout``), and
one group printed beside others with no total is a part (``_count_groups``).
What a count is (numerals, counters, who was counted) is ``_numbers``'s.
"""

from __future__ import annotations

import re
from typing import Final

from timeline.extract._count_groups import a_part, heads_groups, is_part, total
from timeline.extract._not_turnout import (
    ACTUAL_AFTER,
    ACTUAL_BEFORE,
    BENEFIT,
    DENIED,
    PLACE_OR_BODY,
    TAKE_PART_AFTER,
    not_present,
    voted,
)
from timeline.extract._numbers import (
    APPROX_PREFIXES,
    MAX_AFTER,
    MAX_COUNTED,
    PERSON_NOUN,
    PREDICATE,
    CountMention,
    count_matches,
    precision_of,
    who_counted,
)

__all__ = ["choose", "find_headcounts"]


#: A sentence that opens inside the event (会上, 欢送仪式上, 在座谈会上) tells
#: its proceedings: those it counts do something there (述职, 发言, are
#: honoured or sent off), a part of those present, not the attendance.
_PROCEEDINGS: Final = re.compile(r"\s*在?[^,。;!?:“”]{0,10}?(?:会|会议|仪式|典礼)上")
_SENTENCE_END: Final = re.compile(r"[。!?\n]|……”")


def _in_proceedings(text: str, m: re.Match[str], sentence_before: str) -> bool:
    """
    Whether the count's sentence opens inside the event and its people do not attend.

    会上,8位书记述职 counts a part; 会上,与会的200名党员观看了… still counts
    the audience, which a verb of attending after the count says.
    """
    if _PROCEEDINGS.match(_unglossed(_SENTENCE_END.split(sentence_before)[-1])) is None:
        return False
    return TAKE_PART_AFTER.match(_unglossed(text[m.end() : m.end() + 40])) is None


#: Fewer people than this are named officials (4位成员, 3名副县长), not a
#: gathering the report counts.
_MIN_GATHERING: Final = 5
#: 千人徒步走, 百人宣讲团: a round number naming an activity, not a count
#: (百余名 is one: "more than a hundred").
_ROUND_NAME: Final = frozenset({"百", "千", "万"})

#: After a count: those who compete (12名选手同台竞技, 30人参赛, 进入决赛).
_COMPETING_AFTER: Final = re.compile(
    r"[^,。;]{0,12}?(?:选手|参赛|同台|竞技|角逐|比拼|登台|进入决赛|晋级|决赛)"
)

#: After a count, in its clause: its people went through to a final round
#: (16名选手脱颖而出晋级决赛, 38名选手进入当天的预赛和决赛): the field of the
#: contest reported, even when the sentence first tells the rounds before it
#: (自…开展以来, 历经2个月的层层筛选).
#: Not folded into _COMPETING_AFTER, whose words (晋级, 决赛) overlap: that
#: one ties any contestant to the event, this one only lifts the campaign
#: test, so it asks for the move to a round, in a wider window.
_ADVANCED_AFTER: Final = re.compile(
    r"[^,。;]{0,16}?(?:晋级|进入)[^,。;]{0,10}?(?:决赛|复赛|预赛|半决赛)"
)


def _advanced(text: str, m: re.Match[str]) -> bool:
    """Whether the count's people went through to a round (N名选手晋级决赛)."""
    return _ADVANCED_AFTER.match(_unglossed(text[m.end() : m.end() + 40])) is not None


def find_headcounts(text: str, *, taking_part: bool = False) -> list[CountMention]:
    """
    Every headcount in ``text`` (one sentence or a paragraph), in order.

    Args:
        text: The text, simplified.
        taking_part: Keep only counts of people who took part: not those
            expected, absent, registered, elected or awarded, nor a subset
            (``其中``); a count of those who actually took part is marked.
    """
    # Every count ends with its unit (or is of 万选民 or 余群众): most texts hold none
    # of them, and are passed with plain tests before any generator or
    # search is set up.
    if (
        "人" not in text
        and "名" not in text
        and "位" not in text
        and "个" not in text
        and "万选民" not in text
        and "群众" not in text
    ):
        return []
    out: list[CountMention] = []
    for m, count in count_matches(text):
        num = m["num"]
        pre = m["pre"] or ""
        precision = precision_of(m)
        start = m.start("num") if pre not in APPROX_PREFIXES else m.start()
        end = m.end()
        actual = False
        if taking_part:
            # Only the 20 characters before the count are read: a long
            # unbroken clause stays linear.
            lo = max(0, m.start() - 20)
            clause_from = max(text.rfind(p, lo, m.start()) for p in ",。;:") + 1
            # Readings a mirror printed (應(yīng)到) would hide the words.
            before = _unglossed(text[max(clause_from, lo) : m.start()])
            after = _unglossed(text[m.end() : m.end() + MAX_AFTER])
            said_before = ACTUAL_BEFORE.search(before)
            actual = bool(
                (said_before and not DENIED.search(before, 0, said_before.start()))
                or ACTUAL_AFTER.search(after)
                or voted(text, m, before)
            )
            sentence_before = text[max(0, m.start() - MAX_COUNTED) : m.start()]
            sentence_before = sentence_before.rsplit("。", 1)[-1]
            if not actual and (
                count < _MIN_GATHERING
                or is_part(text, m)
                or _in_proceedings(text, m, sentence_before)
                or (num in _ROUND_NAME and not m["pre"] and not m["approx"])
                or not_present(before, after, sentence_before, campaign=not _advanced(text, m))
            ):
                continue
        counted = who_counted(text, m.end(), m.start())
        competing = bool(_COMPETING_AFTER.match(text, m.end(), m.end() + 24))
        tied = actual or competing or _tied(text, m)
        if taking_part and total(text, m):
            # 59名代表及38名列席人员共97人参加: the total, not its parts.
            while out and "。" not in text[out[-1].span[1] : m.start()]:
                out.pop()
        out.append(
            CountMention(
                count=count,
                precision=precision,
                unit=m["unit"],
                counted=counted,
                text=text[start:end],
                span=(start, end),
                actual=actual,
                competing=competing,
                tied=tied,
            )
        )
    return out


#: Before the count, in its clause: an organiser assembled them (组织N名代表,
#: 吸引了N人, 聚集超过3千人: those an event drew; 共出动党员志愿者60余人: those a
#: day of work turned out) or they are those who took part (参加活动的代表达到N人).
_TAKE_PART_BEFORE: Final = re.compile(
    r"(?:组织|动员|出动|带领|率领|吸引|邀请|召集|聚集|参加|参与|参赛|出席|参会|与会)[^,。;]*$"
)


#: Before a count: the number of all who took part (总人数达1000余人,
#: 参加总人数为87人, 出席人数为N人).
_NUMBER_OF_ALL: Final = re.compile(r"(?:总|参[加与赛训会]|出席|到会|与会)人数(?:为|是|有|达到)?$")


#: What a subject before its count ends with: a noun for people (干部职工
#: 40余人). Not 的: a described count may as well be an object (对…的8名青年).
_SUBJECT_END: Final = re.compile(r"[员者民众部生师长表记宾志工组家群士]$")


#: A clause that opens on where its people came from (来自全镇各村的22名志愿者
#: 深入…): the count after the 的 heads the clause's subject. Not after a verb
#: (接待来自…的20余名代表), where the people are its object.
_CAME_FROM: Final = re.compile(r"\s*来自[^,。;]*的$")
#: How far back a clause longer than the 30 characters read is searched for
#: its opening 来自 (来自甲、乙、…等18个区县的111名书记…参加培训).
_CAME_FROM_REACH: Final = 80


#: After a count: its people close their clause (66名人大代表,), and a verb
#: of gathering follows in the next one or two (肩负着…重托,齐聚一堂).
_PEOPLE_END: Final = re.compile(r"(?:" + PERSON_NOUN.pattern + r"|同事|义工|乡贤)$")
_GATHERING_NEXT: Final = re.compile(
    r",(?:[^,。;:!?]{0,20},)?[^,。;:!?]{0,8}?"
    r"(?:参加|参与|出席|参会|与会|到会|齐聚|共聚|欢聚|相聚|汇聚)"
)
#: Before such a count, in its clause: a word that may make it an object
#: (慰问…, 为…, 邀请…) or a time or place of a verb. Only a clause with none
#: of them, a place, a body or a description of the people, is a subject.
_NOT_SUBJECT_BEFORE: Final = re.compile(
    PREDICATE.pattern + r"|为|向|给|对|把|将|被|让|在|到|其中|接待|欢迎|表彰|看望|走访|慰问|培训"
)
#: Before such a count: a list it may close as one group of several (19a),
#: unless a 的 makes the list a description of the people (各村、社区的N名代表).
_LIST_BEFORE: Final = re.compile(r"[、和及与]")


def _subject_set_off(text: str, m: re.Match[str], before: str, *, whole: bool) -> bool:
    """
    Whether the count heads a clause of its own and a verb of gathering follows (N名代表,齐聚一堂).

    The people close their clause, so that what comes after the comma is
    their predicate; nothing before them in the clause may take them as its
    object (慰问了30名群众,送去…), and the clause must be read whole.
    """
    if not whole and before:
        return False
    if _NOT_SUBJECT_BEFORE.search(before):
        return False
    if (
        not before.endswith("的")
        and PLACE_OR_BODY.search(before) is None
        and _LIST_BEFORE.search(before)
    ):
        return False
    after = _unglossed(text[m.end() : m.end() + 60])
    comma = after.find(",", 0, 9)
    people = after[:comma]
    if comma < 0 or any(c in people for c in "。;:!?、和及与的") or not _PEOPLE_END.search(people):
        return False
    return _GATHERING_NEXT.match(after, comma) is not None


#: After a count, in its clause: its people report or speak (述职, 发言, a
#: deputy's 报告履职情况 to voters, a councillor's 质询; 質 may stay unsimplified).
_SPEAKING_AFTER: Final = re.compile(r"[^,。;]{0,36}?(?:述职|发言|报告履职|质询|質询)")


#: After a count: 的 closing a short noun, so the people own what follows.
_OWNER: Final = re.compile(r"[^,。;]{0,8}?的")


def _came_from_long(text: str, m: re.Match[str]) -> bool:
    """
    Whether the count's clause, up to 80 characters long, opens on 来自…的.

    Or 来自 follows a dash or a quote that sets the people off (迎来一批
    “客人”——来自…的100名干部走进…). Nothing else may stand before 来自: after
    a verb (接待来自…的N名代表) the people are its object.
    """
    lo = max(0, m.start() - _CAME_FROM_REACH)
    if m.start() == 0 or text[m.start() - 1] != "的" or text.find("来自", lo, m.start()) < 0:
        return False  # most counts: no 来自…的 before
    clause_from = max(text.rfind(p, lo, m.start()) for p in ",。;:") + 1
    if clause_from == 0 and lo > 0:  # the clause opens further back: say nothing
        return False
    clause = _unglossed(text[clause_from : m.start()])
    at = clause.find("来自")
    while at >= 0:
        opening = clause[:at].rstrip()
        if not opening or opening[-1] in "—“":
            return True
        at = clause.find("来自", at + 2)
    return False


def _tied(text: str, m: re.Match[str]) -> bool:
    """Whether the count's own clause ties it to taking part."""
    # Only the 30 characters before the count are read: a long clause stays linear.
    lo = max(0, m.start() - 30)
    clause_from = max(max(text.rfind(p, lo, m.start()) for p in ",。;:") + 1, lo)
    before = _unglossed(text[clause_from : m.start()])
    # A total of those a help reached (惠及群众共约200人) is no turnout.
    if total(text, m) and BENEFIT.search(before) is None:
        return True
    if TAKE_PART_AFTER.match(_unglossed(text[m.end() : m.end() + 40])):
        return True
    if _TAKE_PART_BEFORE.search(before) or _NUMBER_OF_ALL.search(before):
        return True
    if "," in text[m.end() : m.end() + 12] and _subject_set_off(
        text, m, before, whole=clause_from > lo or lo == 0
    ):
        return True
    # The count heads or closes the subject of its clause, and a predicate
    # follows: 12名书记分别围绕…, 干部职工40余人组成….
    at = m.start() if m["pre"] is None or m["pre"] in APPROX_PREFIXES else m.start("num")
    subject = (
        at == clause_from
        or _SUBJECT_END.search(before) is not None
        or _CAME_FROM.match(before) is not None
        or _came_from_long(text, m)
    )
    # 36位艺术家的申请: the people own the subject, they are not it.
    owner = _OWNER.match(text, m.end(), m.end() + 12) is not None
    # 6位书记围绕…进行了述职: the speakers, one part of a meeting (19a).
    speakers = _speaking(text, m.end())
    return (
        subject
        and not owner
        and not speakers
        and m.end() < len(text)
        and text[m.end()] not in ",。;、)!?"
    )


#: Who watches or judges a contest (观众, 评委): not its field. A noun
#: phrase ends with its head (现场观众, 专家评委), so the words right after
#: the counter are read, and who was counted before it (观众2000余人).
_ONLOOKERS: Final = ("观众", "评委", "评审")
#: Nor those a verb of watching follows in their clause (400余人现场观看,
#: 近百名村民前来参观, 围观, 观赛): in a contest they are its audience.
_WATCHING: Final = ("观看", "观赛", "观战", "围观", "参观")
_ONLOOKERS_AFTER: Final = re.compile(r"[^,。;]{0,6}?(?:" + "|".join(_ONLOOKERS + _WATCHING) + r")")


def _onlookers(text: str, c: CountMention) -> bool:
    """Whether a count counts a contest's audience or judges."""
    return c.counted.endswith(_ONLOOKERS) or _ONLOOKERS_AFTER.match(text, c.span[1]) is not None


def choose(
    counts: list[tuple[int, CountMention]], *, text: str, lead_at: int, contest: bool
) -> list[tuple[int, CountMention]]:
    """
    The headcounts of an event among its candidates (offset, mention), in order.

    Who actually came wins (实到N人); a contest counts its first field of
    contestants (decision 6); else the first count tied to taking part (in a
    contest, every one); else the first count of the lead paragraph, the one
    that names the event, when it heads its clause's subject. A count
    elsewhere in the body with no tie is a statistic of the work reported.
    """
    if not counts:
        return []  # most events: no filter below needs setting up
    actual = [(at, c) for at, c in counts if c.actual]
    if actual:
        # A part of those who took part (其中甲镇有N名选民参加投票) gives way to
        # the whole when the whole is counted too.
        whole = [(at, c) for at, c in actual if not _of_them(text, at)] or actual
        # A turnout rounded first (20多万名选民参加…) gives way to the figure
        # printed later (共有204380名选民参加选举投票), when that figure is
        # about as large: one far under it counts a part (甲镇12345名选民).
        rounded = [c.count for _, c in whole if c.precision != "exact"]
        exact = [
            (at, c)
            for at, c in whole
            if c.precision == "exact" and all(c.count * 10 >= r * 9 for r in rounded)
        ]
        return (exact or whole)[:1]
    if contest:
        # A contest counts its contestants: its audience and judges are not
        # added (decision 6), however a verb ties them to the event.
        counts = [(at, c) for at, c in counts if not _onlookers(text, c)]
    competing = [(at, c) for at, c in counts if c.competing]
    if contest and competing:
        return competing[:1]
    tied = [(at, c) for at, c in counts if c.tied and not heads_groups(text, c)]
    if tied:
        # A gold reader writes one number; only a contest whose contestants
        # no contest word marks (12名书记进行现场比学) may count them apart
        # from who attended.
        if contest:
            return tied
        return [] if a_part(text, tied[0], counts) else tied[:1]
    para_from = text.rfind("\n", 0, lead_at) + 1
    para_to = text.find("\n", lead_at)
    para_to = len(text) if para_to < 0 else para_to
    # Not a count a 的-phrase describes: it may as well be an object
    # (接待来自…的20余名代表), and nothing here ties it to taking part.
    lead = [(at, c) for at, c in counts if para_from <= at < para_to]
    lead = [(at, c) for at, c in lead if not _described(text, at, c)][:1]
    # Nor speakers (12名书记依次上台述职): a part of those present (19a), as
    # when a sentence opening inside the event counts them.
    # Not those hearing someone else's speech (学习书记发言精神, 评议了书记述职).
    lead = [(at, c) for at, c in lead if not _speaking(text, c.span[1], own=True)]
    # The first of groups counted apart (19个村书记和3名第一书记) is a part here
    # too, as when tied: either order of the groups gives no headcount (19a).
    return [(at, c) for at, c in lead if _heads_subject(text, at, c) and not heads_groups(text, c)]


#: Before a count in its sentence: it counts some of those named before it.
_OF_THEM: Final = re.compile(r"其中|中有")


def _of_them(text: str, at: int) -> bool:
    """Whether the count at ``at`` is said to be a part (其中…, 选民中有…) in its sentence."""
    start = max(text.rfind(p, max(0, at - MAX_COUNTED), at) for p in "。!?\n") + 1
    return _OF_THEM.search(text, max(start, at - MAX_COUNTED), at) is not None


#: A speech its hearers take up (学习…发言精神, 讨论…述职报告, 评议了…述职):
#: someone else's, not the counted people's own.
_SPEECH_HEARD: Final = re.compile(
    r"[^,。;]{0,36}?(?:听取|聆听|学习|讨论|评议)了?[^,。;]{0,8}?(?:述职|发言)"
)


def _speaking(text: str, end: int, *, own: bool = False) -> bool:
    """
    Whether the people counted before ``end`` report or speak (N位书记…述职, 作交流发言).

    With ``own``, the speech must be theirs: one they hear, study or assess
    (学习书记发言精神) is someone else's.
    """
    after = _unglossed(text[end : end + 40])
    if _SPEAKING_AFTER.match(after) is None:
        return False
    return not (own and _SPEECH_HEARD.match(after))


#: a bare noun for people (镇干部80余人): untied, that form is mostly a
#: statistic (应到委员326人, 选出代表7名, 共有选民3400名).
_CLOSES_LIST: Final = re.compile(r"等$")


def _heads_subject(text: str, at: int, c: CountMention) -> bool:
    """
    Whether an untied count is the subject of its clause.

    The count closes a list of its people (各村书记等60余人), or opens them
    after nothing but a place or body, with a noun for people after the
    counter (南岸区1000多名机关干部). Anything else before it is a verb or a
    preposition whose object the count may be (慰问困难户30人, 为50名学生,
    选出代表7名): with no word tying it to taking part, it is left out.
    """
    before, whole = _clause_before(text, at)
    if _CLOSES_LIST.search(before):
        return True
    end = c.span[1]
    if _PEOPLE_AFTER.match(text, end, end + 12) is None:
        return False
    return PLACE_OR_BODY.search(before) is not None or (whole and _members(before))


def _clause_before(text: str, at: int) -> tuple[str, bool]:
    """The words of a count's clause before it (at most 30), and whether they are all of them."""
    lo = max(0, at - 30)
    clause_from = max(max(text.rfind(p, lo, at) for p in ",。;:\n") + 1, lo)
    return _unglossed(text[clause_from:at]).strip(), clause_from > lo or lo == 0


#: The end of a body's name, and its 的 maybe (义工联盟的, 团学社的, 实验中学):
#: the people counted after it are its own members.
_BODY_OF: Final = re.compile(
    r"(?:联盟|协会|学会|商会|联合会|社|服务队|突击队|中心|支部|委员会|学校|学院|大学|中学|小学|"
    r"公司|医院|机关|单位|部门|街道|社区|村|镇|乡|县|区|市)的?$"
)


def _members(before: str) -> bool:
    """
    Whether a whole clause before a count names a body (and 的), with no verb or preposition.

    义工联盟的200多名义工走上街头, 某实验中学40名学生代表到…扫墓: the body's
    members head the clause, its subject, as 南岸区1000多名机关干部 does. A
    verb or a preposition before the name (接待…协会的20名代表, 为…学校的50名
    学生) makes them its object.
    """
    # The longest name ending and its 的 are four characters: only the tail is searched.
    if _BODY_OF.search(before, max(0, len(before) - 4)) is None:
        return False
    return _NOT_SUBJECT_BEFORE.search(before) is None


#: After a count, in its noun phrase: a 的-clause describing the people
#: (15名即将入伍的新兵, 10名品学兼优的学生).
_DESCRIBED_AFTER: Final = re.compile(r"[^,。;:]{0,12}?的")
#: After a count and its noun: a short guide the people follow (40名学生在老师
#: 的带领下, 500名职工在教练的指导下): its 的 is the guide's, the people are
#: the clause's subject, not described. A named official leading them (在某镇
#: 党委书记某某的带领下) is longer, and makes them a travelling party.
_GUIDED: Final = re.compile(r"[^,。;:在的]{0,6}?在[^,。;:在的]{1,5}的(?:带领|指导|引领|组织)下")


def _described(text: str, at: int, c: CountMention) -> bool:
    """
    Whether a 的-phrase describes the counted people, before or after the count.

    With no verb of taking part, such a count reads as well as the object
    (欢送15名即将入伍的新兵, 接待来自…的20余名代表) as the subject. A clause
    that is nothing but a body's name and 的 (义工联盟的200多名义工) names
    whose members they are, no description.
    """
    end = c.span[1]
    if _DESCRIBED_AFTER.match(text, end, end + 14) is not None and not _GUIDED.match(
        text, end, end + 16
    ):
        return True
    if text[at - 1 : at] != "的":
        return False
    before, whole = _clause_before(text, at)
    return not (whole and _members(before))


_GLOSS: Final = re.compile(r"\([a-z\u00e0-\u00fc\u0101-\u01dc]{1,7} ?\)")


def _unglossed(text: str) -> str:
    return _GLOSS.sub("", text) if "(" in text else text


#: Right after a counter: a noun for people (1000多名机关干部, 200多名义工).
_PEOPLE_AFTER: Final = re.compile(r"[^,。;的]{0,4}?(?:" + PERSON_NOUN.pattern + r"|义工)")
