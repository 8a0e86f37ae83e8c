"""
What sort of event a report describes, from the words of its title.

Each kind has marker words; an event's kinds are those whose markers occur
in its title, ordered by where they first occur, so compounds read in
printed order: ``会议暨…集体学习会议`` is meeting + study, ``观摩推进会``
observation + meeting, ``选举大会`` election + meeting. When the title
names none, the lead sentence's verb decides; failing that, ``other``.
"""

from __future__ import annotations

import re
from typing import Final

from timeline.extract._kinds_body import (
    _FAIR,
    _MAX_CLAUSE,
    _clause_before,
    _done,
    _each,
    _told,
)
from timeline.model import EventKind

__all__ = ["kinds_of"]

#: A meeting word that is part of a body's name is none: 委员会, 联合会,
#: 慈善会, 村委会 (organisations), 议会议长/议员 (a council's speaker, its
#: members); a 协商会 sits, a 商会 alone is a chamber of commerce; a
#: 报告会 is a lecture (a study), as its 报告会上 is in the body. A fair
#: (博览会, 农博会, 花博会, 展销会, 交易会, 工展会, 庙会) is a show, not a
#: sitting (decision 22a). A 会报 (业务会报, 工作会报, 主管会报) is how
#: Taiwan's offices name a regular sitting; not a 会 followed by its report
#: (大会报告, 委员会报告), by news of it (会报道) or by 报名, 报到, 报送.
#:
#: Every alternative of these patterns opens on a plain character (a
#: lookbehind is written after the character it looks past: 大(?<!运动大)会
#: for (?<!运动)大会; a group of openings is spelt out): the regex engine then
#: skips ahead to the characters that can open a match instead of trying
#: every alternative at every position of the text.
#: After a tour word, what makes it a post or a body instead (调研员, 督查室,
#: 督查局, 调研科, 督导委员会); not 室内/室外 or 科技/科研/科学, which open its object.
_NO_POST: Final = r"(?!员|室(?![内外])|局|科(?![技研学])|委员会)"


_MARKERS: Final = (
    (
        EventKind.MEETING,
        rf"会议(?![室厅员长]|中心)|大(?<!运动大)会(?!的?代表)|会(?<![社协工理学党动善合告{_FAIR}]会)(?<!(?<!协)商会)(?<!委员会)(?<![村居]委会)(?=$|暨|、|和|及|”|上|\s|在|召开|举行)|会(?<![社学工]会)报(?![告道到名送批请刊])|座谈|论坛|研讨|听证|审议",
    ),
    # 学习 as an act: a sitting that itself studies and applies a text
    # (…大会举行,深入学习贯彻…精神) studies; one urged (要深入学习) or the
    # aim of another act (为深入学习贯彻…,举办竞赛) is none (see _urged),
    # nor a campaign (党史学习教育), a tradition practised (学习践行…传统) or
    # others' practice learnt from on a tour (学习我县…的做法和经验), where no
    # text (贯彻, 精神, 讲话, 《…》) is named. A 报告会 is a lecture heard: a study.
    (
        EventKind.STUDY,
        (
            r"学习(?!领会|教育|践行)(?![^,。;:贯精讲《]{0,20}?(?:做法|经验))|培训|复训|轮训|集训|宣讲|党课|读书班|研修|讲座|讲堂|开讲|授课|辅导|报告会|"
            # A term's or a class's opening (开学典礼, 开班仪式, 开班式) is the
            # study it opens (decision 22a): named before its ceremony word, it
            # comes first. Not a term starting alone (开学工作, 开学季安全检查).
            r"开[学班](?=典礼|仪式|式)"
        ),
    ),
    (
        EventKind.INSPECTION,
        (
            # Not a rank, an office or a committee the tour word names
            # (调研员, 督查室, 督查局, 督导委员会): a post or a body, no tour.
            # Only the post words: a tour's object may open with the same
            # character (检查室内消防设施, 视察科技馆).
            _each(("调研", "视察", "检查", "督导", "督查"), _NO_POST)
            + r"|察看|查看|巡查|夜巡|排查|暗访|考察|会勘|"
            # A patrol named by what it walks (巡河, 巡考): the river chief's
            # or the exam day's tour.
            r"巡[河湖江考]|踏勘|勘察|实地指导|现场指导|一线指导"
        ),
    ),
    (
        EventKind.VISIT,
        r"慰问(?!信|品|演出)|慰勉|走访|看望|探望|拜访|家访|参访|参观|探访|到访|访问|拜年|拜会|送温暖",
    ),
    (EventKind.OBSERVATION, r"观摩"),
    # Ceremonies, signings, launches and volunteer work (ANNOTATION.md's other);
    # a branch's Party Day (主题党日) is an activity day whatever it holds.
    # A celebration (庆祝…活动) is a part of no kind too (decision 26), unless
    # its name holds the act it is held as (庆祝…集体观摩活动): see _found.
    (
        EventKind.OTHER,
        r"仪式|典礼|启动礼|开幕礼|揭牌|揭幕|剪彩|签约|志愿服务|党日|庆祝[^,。;:!?\n暨、]{0,24}?活动",
    ),
    # A vote named as a matter of business (补选工作, 补选事宜, 关于补选…,
    # 就补选…作说明) is a meeting's topic, not the vote held.
    (EventKind.ELECTION, r"选举(?!工作)|补(?<!关于补)(?<!就补)选(?!工作|事宜)|换届选(?!举工作)"),
    (
        EventKind.CONTEST,
        (
            r"比赛|竞赛|大赛|比学|比武|评比|擂台|演讲赛|知识赛|预选|决赛|初赛|技能赛|运动会|"
            # A ball game (篮球赛, 足球赛, 乒乓球赛) is a match whatever sport;
            # not one watched (观看球赛, 收看足球赛), nor matches as a field of
            # work (足球赛事安保工作).
            r"锦标赛|邀请赛|联赛|对抗赛|友谊赛|争霸赛|挑战赛|"
            r"球(?<!看球)(?<!看.球)(?<!看..球)赛(?!事)|赛(?=[」”》])"
        ),
    ),
)
_COMPILED: Final = tuple((k, re.compile(p)) for k, p in _MARKERS)
_STUDY_MARKER: Final = dict(_COMPILED)[EventKind.STUDY]
#: A trip made to learn (学习考察, 考察学习) studies as it tours.
_TRIP: Final = re.compile(r"学习考察|考察学习")
#: An on-site look (实地查看) is how any tour sees things: a visit or an
#: observation looks at what it came to see. It names a tour only when
#: nothing else names the event.
_LOOK: Final = re.compile(r"实地查看")
#: A document's name, or its tail where a title was cut inside it (…召开…
#: 会议的实施方案》精神): its words name no act either.
_BOOK: Final = re.compile(r"《[^》\n]*》|^[^《\n]*》")


def _blank(m: re.Match[str]) -> str:
    """A document's name blanked out, its length kept so words keep their order."""
    return "_" * len(m.group())


#: Characters of the body read for secondary kinds.
_MAX_BODY: Final = 3000


#: A 选举大会 held by a polling district (选区): the voters' ballot.
_POLL: Final = re.compile(r"选区[^。;!?\n]{0,20}?选举大会")
#: What such a title names without holding a sitting: the ballot itself and
#: the congress whose deputies it elects (第九届人民代表大会某社区第一选区).
_POLLED: Final = re.compile(r"选举大会|代表大会")


#: A sitting that prepares or launches the act named before it (现场观摩活动
#: 筹备会议, 拟观摩重点项目筹备工作会议, 执法检查动员会): the act is its topic,
#: still to come.
_PREPARED: Final = re.compile(r"[^,。;:、\n]{0,8}?(?:筹备|动员)")


def _prepared(title: str) -> set[EventKind]:
    """The kinds a preparing sitting's title names as its topic, not its acts."""
    if "筹备" not in title and "动员" not in title:
        return set()
    title = _plain(title)
    return {
        kind
        for kind, pattern in _COMPILED
        if kind is not EventKind.MEETING
        and any(_PREPARED.match(title, m.end()) for m in pattern.finditer(title))
    }


#: A verb of saying: the words after it in the lead sentence are what was said.
_SAID: Final = re.compile(r"强调|指出|要求|表示|希望")
#: Campaigning for candidates (到某地助选, 为参选人辅选): the lead's election is
#: the vote still to come, not one held at the event. Taking office
#: (补选乡长某某宣誓就职, 参加补选并当选,昨天就职): the vote came before it.
_CAMPAIGN: Final = re.compile(r"助选|[辅輔]选|就职")


#: Ruby annotations of a converted page (會(huì)議): read the words without them.
_RUBY: Final = re.compile(r"\([a-zü\u00e0-\u01dc]{1,8} ?\)")


#: A speech named by its occasion (在福建考察时的重要讲话, 在…推进会上的讲话精神,
#: 在某市考察期间重要讲话, 在我县调研讲话精神, 考察某省和在某市…座谈会上的重要
#: 讲话) is a document studied: the tour or meeting it names is another event.
#: A speech given on this event's own tour (在某镇调研并作重要讲话, 在某村调研
#: 时讲话指出) is none.
_OCCASION_AT: Final = r"在[^,。;:]{1,40}?(?:(?:[时上]的|期间的?)(?:重要)?讲话|讲话精神)"
#: (The tour's verbs spelt out before it: every alternative opens with a
#: character, which the engine scans a long body for.)
_OCCASION: Final = re.compile(
    _each(("考察", "视察", "调研"), r"[^,。;:在]{1,10}?和" + _OCCASION_AT) + "|" + _OCCASION_AT
)


#: The verbs of a call (_ATTENDEES opens on them, _TOURED reads past them).
_CALLED_ON: Final = ("看望", "慰问", "探望", "走访")
_CALLS: Final = "|".join(_CALLED_ON)


#: A sitting that only dates the act told after it (在…会议召开前夕, …会议结束
#: 后,): the clause up to it names no kind of this event.
_FRAME: Final = re.compile(
    r"[^,。;:!?\n]{0,40}?会议?(?:召开|举行)?(?:前夕|之际|结束后|闭幕后)(?=[,,]|$)"
)
#: The words every such dating ends in: _FRAME tries its 40-character reach
#: at every position of a body, so a text holding none of them skips it.
_FRAME_ENDS: Final = ("前夕", "之际", "结束后", "闭幕后")


#: A reception (会见, 接见, 会晤, 欢迎 said to guests; not 欢迎会/欢迎仪式, nor
#: 受到欢迎, 表示欢迎) and its object up to the clause's end or 并: the guests'
#: trip named there (…率领的考察团, 到访的某国副部长, 欢迎X到访) is theirs, not
#: the event's, which is a reception: other (decision 21a).
_RECEIVED: Final = re.compile(
    r"(?P<verb>会见|接见|会晤|欢(?<![受到示]欢)迎(?![会宴仪晚词辞]))[^,。;:!?\n并]*"
)


#: A text studied, named by its 精神 after a verb of studying (学习贯彻…全会
#: 和…座谈会精神, 专题学习总书记视察某省重要讲话重要指示精神, 落实…观摩总结会
#: 暨…会议精神): the meetings and tours in its name are other events, not
#: this one's acts. The verb stays: it tells the study.
#: The name holds none of the verbs (落实防汛责任召开会议传达省委精神: 落实 is
#: meant plainly there), so it opens at the verb nearest 精神 and the acts
#: before that verb stay read. The run is tried only where it starts, so a
#: long run is walked once.
_STUDY_VERBS: Final = r"学习|贯彻|落实|传达|宣讲|领会"
_SPIRIT: Final = re.compile(
    rf"(?<!{_STUDY_VERBS})(?<!(?:{_STUDY_VERBS})了)(?:(?:学习(?!教育)|贯彻|落实|传达|宣讲|领会)了?)+"
    rf"(?P<name>(?:(?!{_STUDY_VERBS})[^,。;:!?\n《》]){{2,60}}?)(?=精神)"
)


def _unspirited(text: str) -> str:
    """The text with the names of the texts it studies blanked, their length kept."""
    return _SPIRIT.sub(
        lambda m: m.group()[: m.start("name") - m.start()] + "_" * len(m["name"]), text
    )


def _unreceived(text: str) -> str:
    """The text with the objects of its receptions blanked, their length kept."""
    return _RECEIVED.sub(lambda m: m["verb"] + "_" * (m.end() - m.end("verb")), text)


#: The people called on, named by the sitting they attend (看望出席县人代会的
#: 代表, 慰问前来参加会议的委员, 看望出席会议代表): the sitting is theirs, not an
#: act of the call. Read to the last 会的 in reach, again from there, up to
#: the clause's end or a 并: a list of such people (…会议的人大代表和出席…会议
#: 的政协委员) is one object, but 并出席… is the caller's own act.
_ATTENDEES: Final = re.compile(
    rf"(?P<verb>{_CALLS})(?:慰问)?了?(?:前来)?(?:出席|参加|列席)"
    r"(?:[^,。;:!?\n并]{0,60}会议?(?:的|(?=代表|委员)))+"
)


def _plain(text: str) -> str:
    """The text without ruby annotations, occasions, dating sittings and callees' sittings."""
    if "(" in text:
        text = _RUBY.sub("", text)
    if "会" in text and any(verb in text for verb in _CALLED_ON):
        text = _ATTENDEES.sub(lambda m: m["verb"] + "_" * (m.end() - m.end("verb")), text)
    if "讲话" in text:
        text = _OCCASION.sub("", text)
    if "会" in text and any(end in text for end in _FRAME_ENDS):
        text = _FRAME.sub("", text)
    return text


#: An urging anywhere in a clause (要认真学习, 会议要求学习; not 重要, 主要,
#: 纪要, 摘要) or an aim opening it (为深入学习…,举办): its 学习 is not done.
_URGE: Final = re.compile(r"(?<![重主纪摘])要")
_AIM: Final = re.compile(r"为了?")


def _urged(text: str, start: int) -> bool:
    """Whether the clause before ``start`` urges or aims at its act."""
    clause, opened = _clause_before(text, start)
    if _URGE.search(clause):
        return True
    # Where no mark is seen, the clause opens at the text's start only if
    # that lies within reach.
    return (opened or start <= _MAX_CLAUSE) and _AIM.match(clause) is not None


#: A work a tour looks into (调研春耕生产、擂台赛等工作情况, 检查大会筹备工作):
#: its words name the topics of the tour, not acts of it. Not past a clause,
#: a 并 or a verb of holding (调研并召开座谈会, 调研…召开座谈会听取工作汇报):
#: a sitting held there is the event's own. Nor past a call paid with its
#: object (考察慰问困难群众生活情况): the tour's act, not its topic; calls
#: named as a work (走访慰问工作) stay one.
_TOURED: Final = re.compile(
    _each(
        ("调研", "视察", "检查", "督导", "督查", "考察"),
        r"(?:(?!召开|举行|参加|出席|主持"
        rf"|(?:{_CALLS}){{1,4}}(?!{_CALLS}|工作|活动))[^,。;:!?\n并]){{1,80}}?"
        r"(?=(?:等|相关)*(?:工作|情况))",
    )
)


def _untoured(text: str) -> str:
    """The text with the works its tours look into blanked, their length kept."""
    # Every touring verb is two characters long: the work follows them.
    return _TOURED.sub(lambda m: m.group()[:2] + "_" * (len(m.group()) - 2), text)


def _found(text: str) -> list[EventKind]:
    text = _plain(text)
    if "精神" in text:
        # Read in the lead's words only: the body's patterns name no
        # sitting or tour by a bare word.
        text = _unspirited(text)
    if "》" in text:
        text = _BOOK.sub(_blank, text)
    if "工作" in text or "情况" in text:
        text = _untoured(text)
    found: list[tuple[int, EventKind]] = []
    celebration: tuple[int, int] | None = None
    for kind, pattern in _COMPILED:
        # Searched, not iterated: most texts hold no marker of most kinds, and
        # a search costs less to set up. A match passed over is followed by a
        # search from its end, where finditer would go on.
        m = pattern.search(text)
        while m is not None and (
            (kind is EventKind.STUDY and m.group().startswith("学习") and _urged(text, m.start()))
            # 拟观摩…: an act planned, not done.
            or (m.start() > 0 and text[m.start() - 1] == "拟")
        ):
            m = pattern.search(text, m.end())
        if m is not None:
            found.append((m.start(), kind))
            if kind is EventKind.OTHER and m.group().startswith("庆祝"):
                celebration = m.span()
    if celebration is not None:
        # 庆祝…集体观摩活动: the celebration is held as the act its name holds.
        a, b = celebration
        if any(a < at < b for at, kind in found if kind is not EventKind.OTHER):
            found = [pair for pair in found if pair[1] is not EventKind.OTHER]
    found.sort(key=lambda pair: pair[0])
    return [k for _, k in found]


def _ballot_only(title: str, sentence: str, body: str) -> bool:
    """
    Whether a polling 选举大会 of a 选区 is the ballot alone (decision 22b).

    Its name (…第一选区选举大会, 各选区召开…选举大会) holds no sitting, and the
    lead's words on its procedure (会议流程) tell the same ballot; a body that
    tells business done at it (会上宣布了…) still makes it a sitting.
    """
    return (
        _POLL.search(title + "\n" + sentence) is not None
        and EventKind.MEETING not in _found(_POLLED.sub("选举", title))
        and "会上" not in body[:_MAX_BODY]
    )


#: A visit's verb a title may be read without (来我市参观考察 → 考察).
_GLUED_VISITS: Final = ("参观", "参访")


def _lead_read(title: str, rest: str, sentence: str, headline: str) -> tuple[str, str, str, str]:
    """
    The title, rest, lead sentence and headline as the kinds are read in them.

    The objects of receptions are blanked (the title and the rest as parts
    of the blanked lead). At the title's own place in the lead, where the
    rest follows it, a title opening on a planned act (深入拟观摩项目地进行
    调研) keeps the 拟 printed before it, and one glued to a visit's verb
    (来我市参观考察) takes that verb.
    """
    if _RECEIVED.search(sentence):
        blanked = _unreceived(sentence)
        at = sentence.find(title)
        if at >= 0:
            title = blanked[at : at + len(title)]
        if rest and sentence.endswith(rest):
            rest = blanked[len(sentence) - len(rest) :]
        sentence = blanked
        headline = _unreceived(headline)
    # The title's own place: the rest follows it. Its words printed elsewhere
    # (考察团来某镇参观考察, 到某镇调研,察看了参观调研点) are other words.
    if title and sentence.endswith(title + rest):
        at = len(sentence) - len(rest) - len(title)
    else:
        at = sentence.find(title) if title else -1
    if at > 0 and sentence[at - 1] == "拟":
        title = "拟" + title
    elif at >= 0:
        # 来我市参观考察 read as the title 考察: the 参观 printed right before
        # the title's verb is the first half of the same act (参观考察: a
        # visit and a tour, decision 25e), not a word of the place.
        glued = next((v for v in _GLUED_VISITS if sentence.endswith(v, 0, at)), "")
        if glued and any(p.match(title) for _, p in _COMPILED):
            title = glued + title
    return title, rest, sentence, headline


#: The clause right before the title's, where the trip went to tour (来到某县调研,
#: 看望…; 深入某镇视察,慰问…): the tour is the event's first act, though the
#: title is read from the clause after it. Not a trip to come (将到, 拟赴).
_TOUR_BEFORE: Final = re.compile(
    r"(?<![将拟要])(?:到|赴|深入)[^,。;:!?]{1,30}?(?:调研|视察|考察|检查|督导|督查)[,,]$"
)
#: A mark that ends a clause other than the comma before the title's clause.
_CLAUSE_END: Final = re.compile(r"[。;:!?]")


def _toured_before(sentence: str, title: str, rest: str) -> bool:
    """Whether the lead's clause right before the title's is a trip to tour."""
    if not title:
        return False
    if sentence.endswith(title + rest):
        at = len(sentence) - len(rest) - len(title)
    else:
        at = sentence.find(title)
    if at <= 0:
        return False
    # The title's clause opens after a comma; the clause before it ends there.
    comma = sentence.rfind(",", 0, at)
    if comma < 0 or _CLAUSE_END.search(sentence, comma + 1, at):
        return False
    start = max(sentence.rfind(",", 0, comma), sentence.rfind("。", 0, comma), comma - 40, -1) + 1
    # A mirror's readings (调(diào)研) are no part of the words.
    return _TOUR_BEFORE.search(_RUBY.sub("", sentence[start : comma + 1])) is not None


#: A quoted name (a slogan, a series: “学习二十大·奋进新征程”, “某某讲堂”).
_QUOTED: Final = re.compile(r"[“「][^“”「」\n]{0,60}+[”」]")
#: A theme run into a contest's noun, no mark or 暨 between (学习贯彻…精神知识竞赛).
#: The run holds no 学 and none of the nouns' first characters, so it is
#: never walked back and a run of 学习 is read once.
_THEME_RUN: Final = re.compile(
    r"学习[^,。;:、暨\s学知竞比演擂]{0,30}+(?:知识竞?赛|竞赛|比赛|演讲赛|擂台赛)"
)


def _themed(text: str) -> bool:
    """Whether ``text`` names a study, and only in quoted names or a contest's theme."""
    if _STUDY_MARKER.search(text) is None:
        return False
    if "“" in text or "「" in text:
        text = _QUOTED.sub(_blank, text)
    if "学习" in text:
        text = _THEME_RUN.sub(_blank, text)
    return _STUDY_MARKER.search(text) is None


def kinds_of(
    title: str, *, rest: str = "", sentence: str = "", body: str = "", headline: str = ""
) -> tuple[EventKind, ...]:
    """
    The kinds of an event, main kind first.

    Args:
        title: The event's title (simplified).
        rest: The lead sentence after the title: what it adds (``召开村民代表
            大会,选举产生…``) follows the title's kinds.
        sentence: The whole lead sentence, consulted when neither names one.
        body: The rest of the report: a meeting held, a visit paid or an
            election held during the event adds its kind, after the lead's.
        headline: The report's headline, consulted when the lead names none.
    """
    title, rest, sentence, headline = _lead_read(title, rest, sentence, headline)
    kinds = _found(title)
    toured = _toured_before(sentence, title, rest)
    if toured and EventKind.INSPECTION not in kinds:
        kinds.insert(0, EventKind.INSPECTION)
    # A contest of talks (宣讲比赛, 宣讲家竞赛): the talks, in the title or
    # the lead or the body (选手宣讲了…), are what is judged, not a lesson.
    talks = EventKind.CONTEST in kinds and "宣讲" in title
    talks = talks and EventKind.STUDY not in _found(title.replace("宣讲", ""))
    # What follows a verb of saying is the speech, not the event's act.
    told = _SAID.split(rest, maxsplit=1)[0]
    kinds.extend(k for k in _found(told) if k not in kinds)
    if talks:
        kinds = [k for k in kinds if k is not EventKind.STUDY]
    lead = title + told
    if not kinds:
        kinds, lead = _found(sentence), sentence
    if not kinds:
        kinds, lead = _found(headline), headline
    # A contest named by its theme (“学习二十大”演讲比赛, 学习贯彻…精神知识竞赛,
    # “某某讲堂”暨擂台赛): its study words are the theme, not a lesson held.
    themed = EventKind.CONTEST in kinds and EventKind.STUDY in kinds and _themed(lead)
    if themed:
        kinds = [k for k in kinds if k is not EventKind.STUDY]
    if EventKind.MEETING in kinds and _ballot_only(title, sentence, body):
        kinds = [k for k in kinds if k is not EventKind.MEETING]
    # A ceremony after a main kind is that event's own (培训班开班仪式,
    # 比赛暨颁奖仪式): only a ceremony named first is a kind.
    kinds = [k for i, k in enumerate(kinds) if i == 0 or k is not EventKind.OTHER]
    topics = _prepared(title)
    kinds = [k for k in kinds if k not in topics] or kinds
    # The lead sentence's later clauses (…调研,并召开…会。) tell acts of the
    # event as the body does.
    head = _plain(told + "\n" + body[:_MAX_BODY])
    skip = topics | ({EventKind.STUDY} if talks or themed else set())
    added = _told(head, kinds, skip=skip)
    if EventKind.STUDY not in kinds + added and _TRIP.search(sentence + "\n" + headline):
        # The trip's own study is the lead's: before what the body adds.
        kinds.append(EventKind.STUDY)
    kinds.extend(added)
    # A sitting's own vote stays (会议选举产生镇长,新任镇长宣誓就职).
    if (
        EventKind.ELECTION in kinds
        and EventKind.MEETING not in kinds
        and _CAMPAIGN.search(sentence) is not None
    ):
        kinds.remove(EventKind.ELECTION)
    if not kinds and _done(_LOOK, head):
        kinds.append(EventKind.INSPECTION)
    return tuple(kinds) or (EventKind.OTHER,)
