"""
The kinds a report's body adds to its lead's: acts told as done.

After the title and the lead sentence name an event's kinds, the rest of
the report may tell acts done during the same event: a sitting held on a
tour (召开座谈会), stops that were calls (走访), a lesson heard, a vote.
Each kind has a verb-phrase pattern here; a match counts only if its
clause does not plan, urge, count up, quote or date it before the event.
"""

from __future__ import annotations

import re
from typing import Final

from timeline.model import EventKind


def _each(openings: tuple[str, ...], rest: str) -> str:
    """``(?:a|b)rest`` spelt ``arest|brest``: one alternative per opening."""
    return "|".join(opening + rest for opening in openings)


#: The characters before 会 that make it a fair (博览会, 庙会) or a show (文艺
#: 晚会, 联欢会), in a title or a body: a crowd watching, not a sitting.
_FAIR: Final = "博览销易展庙晚欢"

#: A touring team (调研组一行): at a sitting it only reports what it found
#: earlier (会议听取了调研组关于…的报告, 代表调研组发言), so a meeting alone
#: gains no tour from it.
_TEAM: Final = re.compile(r"调研组|视察组|检查组")


#: A sitting the body tells of as held (召开座谈会, 座谈会上).
_MEETING_HELD: Final = (
    _each(
        ("召开", "举行", "主持", "参加", "出席"),
        r"了?[^。,;]{0,20}?(?:座谈会|汇报会|见面会|恳谈会)",
    )
    # A talk held with the people met (与村干部座谈, 进行了座谈): a
    # tour's sitting, whatever verb brings it.
    + r"|座谈(?!会)"
    + r"|座谈会上|汇报会上|"
    + _each(("召开", "举行"), r"了?[^。,;]{0,20}?(?<!运动)会议?(?=[。,;上]|$)")
)
#: A sentence opened by 会上, / 欢送会上, tells what was said at a sitting of
#: the event (a 报告会 or a 宣讲会 is a lecture: study; a 博览会 is a fair:
#: none); one opened by 会议指出/强调/…
#: calls the event a sitting. The two share one lookbehind, tried once per
#: position (no text holds both 会议由…主持 and 会议指出 at one place, so
#: reading the second before _MEETING_CHAIRED changes no match).
_MEETING_OPENS: Final = (
    r"(?<=[。!?\n])(?:[^。!?\n,,]{0,6}?(?<!报告)(?<!运动)(?<!宣讲)"
    rf"(?<![{_FAIR}])会上[,,]"
    r"|会议(?:指出|强调|要求|认为|听取|审议|还))"
)
#: The event chaired or attended as a sitting (主持会议, 参加了会议, 主持学习会,
#: 汇报会由…主持): whatever the sitting was about, the event met as one, so it
#: is a meeting; a 学习会 is a study as well, which the study kind reads on
#: its own.
_MEETING_CHAIRED: Final = (
    _each(("主持", "出席", "参加"), r"了?(?:会议|学习会|研讨会|汇报会|宣讲会)")
    + "|"
    + _each(("会议", "汇报会", "学习会"), r"由[^。,;]{1,20}?主持")
)
#: The words every sentence opening of _MEETING_OPENS holds. The opening's
#: lookbehind keeps the regex engine trying the meeting's pattern at every
#: position of the body; a body without these words (most) is read with the
#: pattern that leaves the openings out, which then matches alike.
_SITTING_OPENED: Final = re.compile(r"会上[,,]|会议(?:指出|强调|要求|认为|听取|审议|还)")
_MEETING_UNOPENED: Final = re.compile(_MEETING_HELD + "|" + _MEETING_CHAIRED)

#: The offices a sitting elects to (正副主席, 正、副主席, 副镇长, 乡长).
_OFFICE: Final = r"(?:[正副]、?)*(?:主席|议长|镇长|乡长|县长|区长|市长|主任)"

#: What the rest of a report adds to its kinds: a meeting held on the tour
#: (召开座谈会), stops that were visits (走访), a tour (实地察看). Only these
#: verb phrases count: the body's other words (学习贯彻…) name no event.
#:
#: The meeting's and the study's patterns, read over the whole body, are
#: among the dearest regexes of a report: their groups of openings are spelt
#: out (_each) so that the engine rejects an alternative on its first
#: character.
_BODY: Final = (
    (
        EventKind.MEETING,
        re.compile(_MEETING_HELD + "|" + _MEETING_OPENS + "|" + _MEETING_CHAIRED),
    ),
    # 学习 done by the meeting (会议学习了…, 传达学习, 集体学习, any 学习了:
    # the perfect tells an act done), not urged (要认真学习贯彻…), nor the
    # verb 学习了解 (learn about: 参观学习了解到…), which holds no 了.
    (
        EventKind.STUDY,
        re.compile(
            _each(("会议", "会上", "集体", "集中", "传达"), r"(?:系统性?|认真|深入)?学习")
            + r"|学习了(?!解)|上了?[^。,;]{0,6}党课|宣讲了|"
            + _each(("进行", "开展"), r"了?[^。,;、]{0,30}?宣讲(?![团员])")
            + r"|宣讲活动|进行了[^。,;]{0,30}?培训"
            # One reads a text aloud to the sitting for all (领学): a study.
            + r"|领学|"
            # The sitting's own attendees taught (组织与会人员学习《…》, 对参会
            # 人员进行…培训): a study held at it.
            + _each(
                ("组织", "对", "为"),
                r"(?:全体)?(?:与会|参会)(?:人员|同志|代表)[^。,;]{0,20}?(?:学习|培训)",
            )
            # A lesson or a lecture heard or given (聆听了专题党课, 作了题为
            # “…”的专题讲座, 讲授了一堂党课); not a post or a centre named
            # (党课教员, 讲座中心). The reaches are possessive, and the one
            # before the lesson holds no 党 or 讲, so a run of verbs costs no
            # backtracking (the 讲授 of 聆听了…讲授的党课 opens its own match).
            + "|"
            + _each(
                ("聆听", "听取", "讲授", "讲了", "作了", "做了", "进行了", "举办了", "开展了"),
                r"了?(?:题为“[^”\n]{1,60}+”的)?[^。,;!?\n“”党讲]{0,10}+(?:党课|讲座)(?!教员|中心)",
            )
        ),
    ),
    (EventKind.VISIT, re.compile(r"走访|慰问(?!信|品|演出)|看望|探望|拜访|参访|参观")),
    # The plan of an observation still to come (观摩流程, 观摩路线) is none.
    (EventKind.OBSERVATION, re.compile(r"观摩(?!流程|路线|线路|方案)")),
    (
        EventKind.INSPECTION,
        re.compile(
            r"实地(?:察看|考察|检查)|巡[河湖江考]"
            # A tour the event made: done (还调研了, 进行视察), or referred
            # back to by a sentence's opening (调研结束后, 视察中,).
            r"|调研了|视察了|督查了|督导了|进行了(?:视察|督查)|进行视察|"
            + _each(
                ("调(?<=[。!?\n]调)研", "视(?<=[。!?\n]视)察", "督(?<=[。!?\n]督)查"),
                r"(?:中|期间|结束后|时)[,,]",
            )
            # Those who went along (陪同调研, 一同督导, 随同考察): the tour they
            # joined was the event's, though its leader's verb names none.
            # Not one to come, not made or made before (将/未/能/曾/多次陪同:
            # _MODAL reads no 将 right before the word), nor the rank 调研员.
            # The lookbehinds follow the opening character (see _MARKERS).
            + "|"
            + _each(
                tuple(f"{c}(?<![将未能曾]{c})(?<!多次{c})同" for c in "陪一随"),
                r"(?:调研|视察|督导|督查|考察|检查|巡查)(?!员)",
            )
        ),
    ),
    (EventKind.INSPECTION, _TEAM),
    (
        EventKind.ELECTION,
        re.compile(
            r"依法选举|选举产生(?![的后])|选举了|投票选举|补(?<!关于补)(?<!就补)选(?!工作|事宜)|以全票当选|当选为"
            # A sentence opened by 选举X为… records who was elected; so does
            # the sitting itself electing, wherever printed (会议选举X为…,
            # …,大会选举X同志为副镇长).
            r"|选(?<=[。!?\n]选)举[^。,;]{2,4}?为"
            r"|会议(?:还|并)?选举[^。,;]{2,4}?(?:同志)?为|大会(?:还|并)?选举[^。,;]{2,4}?(?:同志)?为"
            # The office filled, named without 为 (选出正副主席, 当选主席,
            # 自动当选正、副主席, 选举乡长1名); a bare 选出 may pick prize
            # winners. Not one elected earlier (新当选主席某某到…调研).
            r"|选[出举]了?" + _OFFICE + r"|当(?<!新当)(?<!刚当)选了?" + _OFFICE
        ),
    ),
    # A contest held within the event: a quiz taken (参加党史知识竞赛), winners
    # judged on the spot (现场评选), a match declared open (宣布比赛正式开赛).
    (
        EventKind.CONTEST,
        re.compile(
            _each(
                ("参加了?", "举行了?", "举办了?", "开展了", "组织了"),
                r"[^。,;]{0,20}?(?:比赛|竞赛|知识赛|擂台赛)",
            )
            + r"|现场评选|宣布[^。,;]{0,10}?开赛"
        ),
    ),
)
#: A plan, a habit or an exhortation in the clause before a body word
#: (将…观摩, 定期走访, 平时走访, 多走访, 要开展宣讲, 应当/必须走访): the act is not done
#: in this event. Not 要 in a word (重要, 主要, 纪要, 摘要, 要领, 要点), a
#: report of demands (会议要求,…), nor 每到一处都要…: done at each stop.
_MODAL: Final = re.compile(
    # (Each branch opens on its literal, the look behind read after it: the
    # regex engine skips straight to those characters; a branch opening on a
    # look behind would have it try the pattern at every position.)
    r"要(?<![重主纪摘都]要)(?![求领点])|应当|应该|须(?<!无须)(?!知)"
    r"|将(?![乐军]|$)|拟|计划(?!生育)|定(?<!不定)期|平时|日常|多$"
)
#: A body word whose clause counts the acts up (走访企业累计107家): the
#: year's work reported, not an act of this event.
_COUNTED: Final = re.compile(r"[^,。;:]{0,12}?(?:累计|共计)")
#: Where a clause begins, looking back from a body word.
_CLAUSE: Final = re.compile(r"[,。;:!?\n][^,。;:!?\n]*$")
#: A sentence opened by 会前, or one telling 在会议召开前, tells what was
#: done before the sitting; so does one opened by the event's own name and
#: 前 (选举工作开展前, 文艺汇演前,): the same day, but outside the event.
#: Not 座谈会前 (decision 1 keeps a tour before its 座谈会 inside), nor a
#: sitting's own vote (大会选举前,…: the session goes on around it).
_BEFORE: Final = re.compile(
    # (Opening on one class of characters, the sentence's mark or 会, and
    # telling the branches apart by looking back at it: the regex engine skips
    # to those characters instead of trying the branches at every position.)
    r"[。!?\n会](?:(?<=会)议?召开前|(?<=[。!?\n])(?:会前"
    r"|[^。!?\n,,会]{0,10}?(?:选举|补选|汇演|演出)(?:工作)?(?:开展|开始|举行)?前[,,]))"
    r"[^。!?\n]*$"
)
#: The ways a work is done (通过看点、座谈等方式, 采取座谈交流等形式): a
#: talk listed among them is a method, not one sitting held (calls paid
#: that way are still calls: a visit keeps its kind).
_MEANS: Final = re.compile(r"[^,。;:!?]{0,20}?等(?:方式|形式)")
#: An open 《 before a body word: the word is in a document's name (审议了
#: 《…慰问方案》), a plan or notice reviewed, not an act of the event.
_TITLED: Final = re.compile(r"《[^》\n]*$")
#: A speaker's numbered demands (X要求:一是…。二是…, 提出意见建议:一要…):
#: the acts told in them, to the paragraph's end, are asked for, not done.
_SPOKEN: Final = re.compile(r"(?:强调|指出|要求|提出[^。,,::\n]{0,6}|建议)[::,,]\s*[一1](?:是|要)")
#: A sentence that takes the report up again after a speech (然后是组织…, 会后,…).
_RESUMED: Final = re.compile(r"[。;!?](?:然后|随后|接着|会后|最后|之后|此后)")
#: How far back a body word's clause is read.
_MAX_CLAUSE: Final = 40
#: How far back the start of a body word's sentence is looked for.
_MAX_SENTENCE: Final = 300


def _clause_before(text: str, start: int) -> tuple[str, bool]:
    """The clause ending at ``start``, and whether its opening mark lies in reach."""
    before = text[max(0, start - _MAX_CLAUSE) : start]
    cut = _CLAUSE.search(before)
    return (before[cut.start() + 1 :], True) if cut else (before, False)


#: A sentence that opens by saying who spoke (李某指出,…, 他强调:…): what
#: follows is said, not done.
_SAYS: Final = re.compile(r"[^。,,;:\n]{1,12}?(?:指出|强调|表示|认为)[,,::]")


#: A sentence opened by a bare year (2019年,…, 2019年以来): it tells of an
#: earlier year, not of this event (2019年,大会选举张三为县长).
_YEARED: Final = re.compile(r"(?:\d{4}|[一二〇○零][〇○零一二三四五六七八九]{3})年(?:以来|来)?[,,]")


def _said_or_past(text: str, start: int) -> bool:
    """Whether the word at ``start`` is in a sentence opened by a speaker's verb or a bare year."""
    opened = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    return (
        _SAYS.match(text, opened, start) is not None
        or _YEARED.match(text, opened, start) is not None
    )


def _asked(text: str, start: int) -> bool:
    """Whether the word at ``start`` lies in a speaker's numbered demands."""
    said = _SPOKEN.search(text, text.rfind("\n", 0, start) + 1, start)
    return said is not None and _RESUMED.search(text, said.end(), start) is None


def _done(pattern: re.Pattern[str], text: str, *, means: bool = False) -> bool:
    """Whether ``pattern`` names an act done in ``text``, not one planned or urged."""
    return _done_at(pattern, text, means=means) is not None


def _done_at(pattern: re.Pattern[str], text: str, *, means: bool = False) -> int | None:
    """Where ``pattern`` first names an act done in ``text``, if it does."""
    # Searched match by match, as in _found: cheaper to set up than finditer.
    m = pattern.search(text)
    while m is not None and _not_done(text, m, means=means):
        m = pattern.search(text, m.end())
    return None if m is None else m.start()


def _not_done(text: str, m: re.Match[str], *, means: bool) -> bool:
    """Whether the act ``m`` names is planned, urged, counted up, named or said, not done."""
    start, end = m.start(), m.end()
    clause, _ = _clause_before(text, start)
    return bool(
        _MODAL.search(clause)
        # …还将前往某中心,并观摩…: a clause chained by 并 shares the plan
        # of the clause before it.
        or (
            clause.startswith("并")
            and _MODAL.search(_clause_before(text, start - len(clause) - 1)[0])
        )
        or (means and _MEANS.match(text, end))
        or _COUNTED.match(text, end)
        or _TITLED.search(text, max(0, start - _MAX_CLAUSE), start)
        or _asked(text, start)
        or _said_or_past(text, start)
        # 会前,…: done before the sitting, outside it (decision 22d), however
        # long the sentence runs before the word.
        or _BEFORE.search(text, max(0, start - _MAX_SENTENCE), start)
    )


#: Words one of which every match of a kind's _BODY pattern holds (_TEAM
#: apart): those patterns open on groups, lookbehinds and lazy reaches, so
#: the regex engine tries each at every position of a 3000-character body;
#: a body holding none of the words is passed over with plain substring
#: tests. Meetings are left out: nearly every body holds a 会.
_BODY_WORDS: Final = {
    EventKind.STUDY: ("学习", "党课", "宣讲", "培训", "领学", "讲座"),
    # 同考察, 同检查: a companion's tour (陪同考察, 一同检查).
    EventKind.INSPECTION: ("实地", "巡", "调研", "视察", "督查", "督导", "同考察", "同检查"),
    EventKind.ELECTION: ("选举", "补选", "当选", "选出"),
    EventKind.CONTEST: ("比赛", "竞赛", "知识赛", "擂台赛", "评选", "开赛"),
}


#: Each kind's words, in one scan of the body instead of one per word.
_BODY_WORDS_IN: Final = {
    kind: re.compile("|".join(map(re.escape, words))) for kind, words in _BODY_WORDS.items()
}


def _told(head: str, kinds: list[EventKind], *, skip: set[EventKind]) -> list[EventKind]:
    """
    The kinds the body adds after ``kinds``: acts done during the event, not ``skip``.

    They come in the order the body tells them (先后走访了…,并召开座谈会: visit,
    meeting), as the title's kinds come in printed order.
    """
    sitting = kinds == [EventKind.MEETING]
    added: dict[EventKind, int] = {}
    for kind, pattern in _BODY:
        if kind in kinds or kind in added or kind in skip or (sitting and pattern is _TEAM):
            continue
        words = _BODY_WORDS_IN.get(kind) if pattern is not _TEAM else None
        if words is not None and words.search(head) is None:
            continue
        meeting = kind is EventKind.MEETING
        unopened = meeting and _SITTING_OPENED.search(head) is None
        at = _done_at(_MEETING_UNOPENED if unopened else pattern, head, means=meeting)
        if at is not None:
            added[kind] = at
    return sorted(added, key=added.__getitem__)
