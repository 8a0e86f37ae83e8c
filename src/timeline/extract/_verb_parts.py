"""
The verb parts of the role patterns: each verb, the role it gives, and the words it needs.

Each part is what follows the people it gives a role (``X陪同``, ``X主持``,
``X在…上作重要讲话``); ``_verbs.py`` puts the people before it and finds
which parts a sentence can match.
"""

from __future__ import annotations

from typing import Final

from timeline.model import Role

__all__ = ["ABOUT", "DEMANDS", "SPEECH", "SPEECH_NAMED", "TOPIC_OPENS", "TRIP", "VERB_PARTS", "led"]


#: A motion verb opening what follows a name and 和/及 starts the act
#: (李国和来镇调研, 到村, 赴县, 去乡): 和 ends the name. Not 来自 (people from
#: somewhere), 来宾 or 来客 (people).
TRIP: Final = r"[来到赴去](?![自宾客])"
#: A tour that names the occasion of a speech studied, not an act of the
#: report: 总书记来闽考察重要讲话精神, 书记X到某镇调研时讲话精神 (the speech
#: is the document read; no one tours here).
SPEECH: Final = r"(?:时|時)?的?(?:重要)?(?:讲话|講話)"
SPEECH_NAMED: Final = r"(?!" + SPEECH + ")"

#: The light verb before an address (作了…致辞), not the end of a word
#: (工作, 合作, 创作: 县工作组长X致辞 names no address 作组长X致辞).
_LIGHT: Final = r"(?<![工合协创操制写运振著耕劳动当看装大炒])(?:作|做|发表)"
#: An opening announced (宣布…开幕): an act at the event, no address.
_OPENED: Final = r"宣布[^。,]{0,20}?(?:开工|开幕|启动|开始|成立|闭幕)"
#: A demand as the speaker's act: before the points or whom it is addressed
#: to (要求:, 要求各部门, 要求相关单位:…), not the demand as a thing (按要求,
#: 对照要求, 会议要求; 要求真务实, 要求高).
DEMANDS: Final = r"(?<![按照据合的])要求(?=[,:;。!]|$|各|全|要|与会|相关|有关|[^,。]{1,12}:)"
#: Where a topic opens after its speaker: 就, 对, 针对 (a 对 right after 针 is
#: 针对's, so the name is not read as ending in 针: 书记X针对…, not X针).
TOPIC_OPENS: Final = r"(?:就|针对|(?<!针)对)"
#: A topic's opening in a verb phrase (not 对照, 对标, 对比: verbs of checking).
ABOUT: Final = r"(?!对[照标比])" + TOPIC_OPENS


def led(opens: str, verb: str) -> str:
    """
    ``verb`` led by a lookahead on ``opens``, every character a match of it can open with.

    A verb part that may open with an optional part or an assertion (在…上,
    先后, 一行, 针?对) gives the regex engine no character to skip to: it
    tries the whole pattern at every character of a sentence, and again at
    every character a clause before it may end on. One class test rejects
    most places instead. The lookahead consumes nothing, so what matches,
    where and with which groups is unchanged (``test_verbs`` checks that
    ``opens`` holds every character a match can open with).

    Only the verb parts scanned often and far are led: a class of CJK
    characters costs the regex compiler about a million instructions, once
    per process, and a verb part is compiled twice (alone, after its clause).
    """
    return f"(?=[{opens}])" + verb


#: The verb part of each role pattern (the clause before it is the ``who``),
#: its role, and words one of which every match holds (``|``-separated).
#: Wherever a topic opens with 对, 针对 opens it as well: otherwise its first
#: character is left on the speaker's name (书记X针对… read as X针).
VERB_PARTS: Final = (
    # 出席并讲话: present, but the report's point is the speech, and whoever
    # gives a meeting's speech leads it; the 并 clause may name its topic or
    # that each spoke (出席会议并就…作了强调, 参加并提出要求, 并分别讲话).
    # An opening announced is, like attending, no lead on its own, and the
    # address after it leads the same way (宣布…开幕并致辞).
    # A topic is followed by the act of speaking itself: in 并对学习讲话精神
    # 作出部署 the speech is the topic, and the act a briefing.
    (
        (
            r"(?:出席|参加|到会|" + _OPENED + r")[^。,]{0,8}?,?并(?:分别)?"
            r"(?:" + ABOUT + r"[^。,]{1,40}?"
            r"(?:作|做|进行|提出)了?(?:重要|具体|明确)?(?:讲话|强调|要求)"
            r"|(?:作|做|发表|提出)?(?:了)?(?:重要|动员|总结|具体|明确)?(?:讲话|致[辞词]|强调|指出|"
            + DEMANDS
            + "))"
        ),
        Role.LEADS,
        "并",
    ),
    (
        r"(?:出席|参加)[^。,]{0,8}?并(?:共同)?为[^。,]{1,20}?(?:揭牌|揭幕|剪彩)",
        Role.LEADS,
        "揭牌|揭幕|剪彩",
    ),
    (r"(?:出席|参加)[^。,]{0,8}?,?并(?:作|做)?(?:了)?发言", Role.SPEAKS, "发言"),
    (r"(?:出席|参加)[^。,]{0,8}?,?并主持", Role.LEADS, "并主持"),
    # 参会并陪同: whoever attends and escorts accompanies, as 出席并讲话 leads
    # (a pattern of its own: an optional opening would slow every 陪同 down).
    (
        r"(?:出席|参加|参会)[^。,]{0,8}?并(?:全程)?(?:陪同|随同)",
        Role.ACCOMPANIES,
        "陪同|随同",
    ),
    (
        led(
            "亦也全到分陪随",
            r"(?:亦|也)?(?:全程|到场)?(?:分别)?(?:陪同|随同)(?:调研|视察|检查|慰问|走访|观摩|督导|参加)?",
        ),
        Role.ACCOMPANIES,
        "陪同|随同",
    ),
    (led("应参出列", r"(?:应邀)?(?:参加|出席|列席|参与)"), Role.TAKES_PART, "参加|出席|列席|参与"),
    (_OPENED, Role.TAKES_PART, "宣布"),
    # Whoever calls a meeting together chairs it: X召集相关单位,主持召开…,
    # X召集…召开专题会议 (not the post 召集人, a title).
    (r"召集(?!人)(?=[^。]{0,40}?(?:召开|开会|会议|座谈|研究))", Role.LEADS, "召集"),
    (
        # (Not 率领主管前往接机: meeting a visitor at the airport leads nothing;
        # nor 率同议员接待 or 率同主管出席备询, 率领…列席会议: receiving a visiting
        # group or sitting in to answer is the host's part, unless a trip comes
        # first, 率领…到…接待.)
        (
            r"(?:主持|带队|率队|(?:带领|率领|率同)(?![^。,]{0,20}?(?:接机|迎接|送行))"
            r"(?![^。,到赴往]{0,20}?(?:接待|列席|备询))"
            r"|率(?![领队])(?=[^。,]{1,12}?(?:来|到(?![场会])|赴|深入|前往|调研|视察|检查)))"
        ),
        Role.LEADS,
        "主持|带队|率|带领",
    ),
    # (Going somewhere to vote is no tour: 来到现场参加投票, 前往…投票站参加
    # 投票; nor is coming to the meeting itself, 莅临会议指导, 莅临大会, as 到会
    # is not, nor coming to the spot to take part, 来到现场参加植树活动.)
    (
        # (至 after a time of day is going there: 今日上午至大寮区视察.)
        (
            led(
                "先深来到走前莅蒞至",
                r"(?:先后)?(?:深入|来到(?![现会]场参加)|走进|前往"
                # (A 到 closing another verb is no trip, 受到表彰, 感到, 看到:
                # those named were honoured or moved; nor is going to the
                # spot to listen, 到现场聆听演讲: an audience leads nothing.)
                r"|(?<![来受遭感看听想做收提遇直])到(?![场会位岗])(?![^。,]{0,12}?聆听)"
                # (Not the visitors a leader receives, 接待来访群众: no trip.)
                r"|(?<!接待)(?<!接待了)来访|到访|来我"
                r"|[莅蒞][临臨](?!会|會|大会|大會)"
                r"|(?<=[午晚])至(?![0-9今明次]))"
                r"(?![^。,]{1,20}?(?:调研|视察|考察|检查)"
                + SPEECH
                + ")(?![^。,]{0,30}?投票(?![站点箱处]))",
            )
        ),
        Role.LEADS,
        "深入|到|走进|前往|来访|来我|莅|蒞|至",
    ),
    # 来岚调研: 来 and a place's short name before what is done there.
    (
        r"来[^,。]{1,6}?(?=(?:调研|视察|检查|考察|督导|慰问|指导)" + SPEECH_NAMED + ")",
        Role.LEADS,
        "来",
    ),
    # (Not hosts who meet visitors and then join their tour, 会见考察团并一同
    # 考察: as for 一同调研 below, the visitors' event is not theirs to lead.)
    (
        r"(?:在[^。,]{1,30}?)?(?:会见|接见)(?![^。,]{0,12}?并(?:一同|一起|共同))",
        Role.LEADS,
        "会见|接见",
    ),
    # A leader who receives the public's visits leads the reception
    # (X在信访接待中心公开接待上访群众, X接访); not one who joins it (参加接访).
    (
        led(
            "在公集现亲接",
            r"(?:在[^。,]{1,20}?)?(?:公开|集中|现场|亲自)?"
            # (One class for 参加, 参与, 参与了: a class costs less than three looks back.)
            r"(?<![加与了])(?:接待了?(?:来访|上访|信访)群众|接访)",
        ),
        Role.LEADS,
        "接待|接访",
    ),
    # Those who watch a broadcast together lead the viewing (X、Y等在分会场
    # 收看会议, …等全体区领导在会议室集中收看了大会盛况); not 收看后/收看结束.
    (
        r"(?:等)?[^。,等]{0,12}?(?:在[^。,]{1,30}?)?(?:集中|一同|共同)?(?:收听)?收看(?!结束|后|完)",
        Role.LEADS,
        "收看",
    ),
    # The host who welcomes a visitor leads the meeting (X欢迎Y到访), as 会见 does.
    (
        r"(?:热烈|热情)?欢迎[^。,]{2,40}?(?:到访|来访|访问|访港|访澳)",
        Role.LEADS,
        "欢迎",
    ),
    # X与Y座谈/交流/召开…: whoever meets others with them is the subject
    # (not the 与 of 参与: 参与调研或参加座谈 is taking part).
    (r"(?<!参)与[^。,与]{1,30}?(?:座谈|交流|见面|会谈|召开)", Role.LEADS, "与"),
    # Hosts who join the visitors' tour (X,Y一同调研) take part; they do not lead.
    (
        r"(?:一同|一起|共同)(?:调研|视察|考察|检查|督导|慰问|看望|走访|观摩)",
        Role.TAKES_PART,
        "一同|一起|共同",
    ),
    # Whoever a sentence says inspects or visits leads: X走访慰问…, X探访….
    # (Not 到会督导: a superior who oversees the meeting attends it, as
    # 到会指导 does.)
    (
        # (Where may come between: 副司长X在荃湾区探访.)
        (
            led(
                "一在先分亲调视考检督慰看走探拜观巡",
                r"(?:一行)?(?:在[^。,在的会]{1,20}?)?(?:先后|分别|亲切)?(?<!参加)(?<!出席)(?<!参与)(?<!参加了)(?<!出席了)(?<!陪同)(?<!一同)(?<!一起)(?<!共同)(?<!到会)"
                # (Not the name of a meeting: 在…现场观摩推进会上的讲话; nor of
                # a body, 督查局, 调研组, 巡查办, where no one tours anything.)
                r"(?:调研|视察|考察|检查|督导|慰问|看望|走访|探访|探望|拜访|观摩|巡查|督查)"
                r"(?![局组室科处办员队团])(?![^,。]{0,6}?会上)" + SPEECH_NAMED,
            )
        ),
        Role.LEADS,
        "调研|视察|考察|检查|督导|慰问|看望|走访|探访|探望|拜访|观摩|巡查|督查",
    ),
    # A leader's directive on the work: 区委书记X就…做出了重要指示, 就…提出了具体意见.
    (
        r"(?:就|针?对)[^。]{1,120}?(?:作出|做出|作|做)了?(?:重要)?(?:指示|批示)",
        Role.LEADS,
        "指示|批示",
    ),
    (
        # (However many points it makes: 提出四方面要求; also with no topic
        # before it, when the points follow: 组长X提出要求:一是…; not to a
        # group, 向大家提出三点希望, whose 向 would read as a surname.)
        (
            led(
                "就针对提",
                r"(?:(?:就|针?对)[^。]{1,80}?(?:提出|作出|做出|作|做)|(?<![家们們员員])提出(?=[^。,]{0,6}?[:,]))了?"
                r"(?:具体|明确|殷切|[一二三四五六七八九十两几0-9]{1,2}(?:点|个?方面|项))?(?:意见|要求|希望)",
            )
        ),
        Role.LEADS,
        "意见|要求|希望",
    ),
    # The same points told as said (讲了五点要求, 就…工作,强调了具体意见):
    # worded with 讲 or 强调, the points or 具体 printed (讲了意见 alone is
    # read below).
    (
        led(
            "就针对讲强",
            r"(?:(?:就|针?对)[^。]{1,60}?)?(?:讲|强调)了?"
            r"(?:具体|明确|[一二三四五六七八九十两几0-9]{1,2}(?:点|个?方面|项))(?:意见|要求)",
        ),
        Role.LEADS,
        # (The points' words, not 意见 or 要求 alone: 要求 is in most speeches'
        # sentences, and this part would be scanned for in every one of them.)
        "具体意见|具体要求|明确意见|明确要求|点意见|点要求|方面意见|方面要求|项意见|项要求",
    ),
    (
        r"(?:分别|先后|依次)?(?:就|围绕|结合)[^。]{1,80}?(?:进行|作|做)?(?:了)?(?:交流)?发言",
        Role.SPEAKS,
        "发言",
    ),
    # A meeting's speech leads; a lecture, a talk or a report to it does not,
    # but a mobilisation report is the meeting's speech (作动员报告, decision 21b).
    (
        r"(?:在[^。,]{0,20}?(?:上|中))?(?:作|做)(?:了)?[^。,]{0,12}?讲话",
        Role.LEADS,
        "讲话",
    ),
    (
        r"(?:在[^。,]{0,20}?(?:上|中))?(?:作|做)(?:了)?动员报告",
        Role.LEADS,
        "动员报告",
    ),
    (
        # (到会指导 alone is a superior's attendance, not the meeting's address.)
        # (The summing-up speech is printed with 作 or 做, and may be the
        # occasion of what follows: 做总结发言时提到.)
        # (The address named as the frame of what its speaker does next is
        # theirs, whatever they do in it: 在致辞中介绍了…, 在致词中代表…欢迎…,
        # 在活动致辞中,用…作了总结, 在讲话中充分肯定了…; not a leader's
        # 重要讲话 quoted as a document, 主席X在七一重要讲话中,特别指出.)
        # (讲了意见: the same remarks told as done, as 讲了话 is a 讲话.)
        r"(?:讲了?意见|[作做]了?总结(?:讲话|发言)|在[^。,在]{0,6}?(?:致辞|致词|(?<!重要)讲话|致欢迎辞|致欢迎词)中)",
        Role.LEADS,
        "讲意见|讲了意见|总结|辞中|词中|讲话中",
    ),
    # Whoever sums the meeting up gives its closing address: 作大会总结,
    # 对…工作做了总结安排 (not a work report, 作2022年工作总结: the summing up
    # closes the clause).
    (
        # (Each branch opens with a character, so the scan skips quickly.)
        r"(?:针?对[^。,]{1,30}?[作做]|[作做])了?(?:大会|会议)?(?:最后)?总结(?:讲话|发言|安排)?(?=[,。;:!?]|$)",
        Role.LEADS,
        "总结",
    ),
    # Whoever unveils or cuts the ribbon leads the ceremony: 主任X、副主任Y为联络点揭牌.
    (
        r"(?:共同)?为[^。,]{1,40}?(?:揭牌|揭幕|剪彩|授牌|授旗)",
        Role.LEADS,
        "揭牌|揭幕|剪彩|授牌|授旗",
    ),
    (
        # (X代表常委会向大会作工作报告: on whose behalf and to whom come between.)
        (
            led(
                "代向分作做",
                r"(?:代表[^。,]{1,30}?,?)?(?:向[^。,]{1,12}?)?(?:分别)?(?:作|做)(?:了)?[^。]{0,80}?"
                r"(?:宣讲|讲座|专题报告|辅导报告|报告|党课|发言)",
            )
        ),
        Role.SPEAKS,
        "宣讲|讲座|报告|党课|发言",
    ),
    (
        # Any 致…词 is an address: 致辞, 致词, 致欢迎词, 致开幕词, 致结束词.
        # (作了致辞, 发表讲话: the light verb before the address changes
        # nothing, nor do the words that praise or name the address after it:
        # 作了热情洋溢的新春致辞, 发表动员讲话; 致 is a light verb before a
        # named speech too, 致动员讲话, when the address is named: not the 致
        # of 一致, 以致, 导致讲话中断 or 致富带头人讲话.)
        # (为…致辞: the occasion the address is given for, as 在…上.)
        led(
            "在为作做发了重讲致",
            r"(?:(?:在[^。,]{0,20}?(?:上|中)|为(?!在)[^。,为]{1,12}?))?"
            r"(?:(?:" + _LIGHT + r"了?[^。,;;、:致]{0,12}?|了?(?:重要)?)"
            r"(?:讲话|致[^。,致]{0,3}?[词詞辞辭])"
            r"|(?<![一以导])致(?:动员|欢迎|开幕|闭幕|总结|新春|新年|节日|答谢|重要|主旨)讲话)",
        ),
        Role.LEADS,
        "讲话|致",
    ),
    # The speech told as done: 在闭幕式上讲了话 (not 讲了话题). (A part of its
    # own, run only where 讲了话 is printed: the 讲话 part is scanned often.)
    (
        led("在讲", r"(?:在[^。,在]{0,20}?(?:上|中))?讲了话(?![题语])"),
        Role.LEADS,
        "讲了话",
    ),
    (r"(?:在会上)?(?:作|做)?(?:了)?发言", Role.SPEAKS, "发言"),
    # What a meeting's speaker says: 区长X指出/强调 (the speech itself unnamed).
    # (not 张光强调研: there 强 ends the name and 调研 is the verb).
    # (在…时: the occasion of the words, 在座谈时要求, 在调研时强调; 要求: before
    # the points, 书记X要求:一是…, or after whom it is addressed to, 书记X要求
    # 相关部门:…; a named person's demand is an instruction in these reports.
    # Not 要求真务实, where 要 governs 求真, nor 要求高.)
    (
        led("在指强要", r"(?:在[^。,]{0,20}?(?:上|中|时))?(?:指出|强调(?!研)|" + DEMANDS + ")"),
        Role.LEADS,
        "指出|强调|要求",
    ),
    # (Not 对…作了部署/安排: an agenda briefing is no speech.)
    # (Also 就…进行了强调: the same emphasis, worded with 进行.)
    (
        r"(?:并)?(?:针?对|就)[^。,]{1,30}?(?:作|做|进行)(?:了|出)?强调",
        Role.LEADS,
        "强调",
    ),
    # (从…方面肯定了成绩, 对…工作高度肯定: what was praised may come first,
    # and is no part of who praised it; 充分肯定 needs no 了.)
    (
        led(
            "从從针对充高肯",
            r"(?:(?:从|從|针?对)[^。,]{1,60}?)?(?:(?:充分|高度)?肯定了|(?:充分|高度)肯定)",
        ),
        Role.LEADS,
        "肯定",
    ),
    # The speaker's praise and greetings, however worded: 对…予以充分肯定,
    # 对…表示充分的肯定, 向全体代表致以亲切的问候, 向…表示祝贺.
    (
        (
            r"(?:并)?(?:(?:针?对|向)[^。]{1,60}?(?:予以|给予|表示)了?(?:充分|高度|热烈|衷心)?的?(?:肯定|赞扬|赞赏|祝贺)"
            r"|向[^。]{1,60}?致以[^。,]{0,6}?(?:问候|祝贺|敬意))"
        ),
        Role.LEADS,
        "肯定|赞扬|赞赏|祝贺|问候|敬意",
    ),
    # 镇党委书记A、镇长B带头捐款: who sets the example leads it.
    (r"带头(?=[\u4e00-\u9fff])", Role.LEADS, "带头"),
    (r"为[^。,]{1,30}?(?:授课|讲课|上党课|作辅导|进行辅导)", Role.SPEAKS, "授课|讲课|党课|辅导"),
    (
        r"针?对[^。]{1,60}?(?:进行|作|做)?(?:了)?(?:评分|打分|评审)",
        Role.JUDGES,
        "评分|打分|评审",
    ),
    (r"针?对[^。]{1,60}?(?:进行|作|做)?(?:了)?点评", Role.LEADS, "点评"),
    (r"(?:担任|任|作为)(?:本次|此次)?(?:比赛|大赛|活动)?评委", Role.JUDGES, "评委"),
    # A statement, its words after it: 镇党委书记X表示,…, X在听取发言后表示,…
    # (not a testimony quoted after a colon, 村支书X表示:“作为一名…”).
    (r"(?:在[^。,]{1,20}?(?:后|时|上))?表示(?=,)", Role.LEADS, "表示"),
    # A leader's briefing on the work (对…工作进行了部署, 就…作出具体部署); not
    # one of several portfolios briefed in turn (分别对分管工作…), which are
    # parts, like work reports (decision 24).
    # (Also after attending: 到会并就相关工作作出具体部署, 出席会议并对…进行部署.)
    # (A mobilising briefing, 就…进行动员部署, and an arrangement of the work
    # closing its clause, 对相关工作进行了安排, are the same briefing; the
    # arrangement's topic stays in its clause, so 安排 in a later one is not it.
    # Not after attending: 参加会议并就…作了安排 is a part's arrangement.)
    (
        (
            # (布置 is also arranging a room, 对会场进行了布置: no briefing.)
            led(
                "出参到针对就",
                r"(?:(?:(?:出席|参加|到会)[^。,]{0,8}?,?并)?(?<!分别)(?:针?对|就)(?!会场|场地|现场|展厅)[^。]{1,60}?"
                r"(?:作|做|进行)(?:了|出)?(?:具体|全面|详细|周密)?(?:动员)?(?:安排)?(?:部署|布置)"
                r"|(?<!分别)(?:针?对|就)(?!会场|场地|现场|展厅)[^。,]{1,40}?"
                r"(?:作|做|进行)(?:了|出)?(?:具体|全面|详细|周密)?安排(?=[,。;]|$))",
            )
        ),
        Role.LEADS,
        "部署|布置|安排",
    ),
    # A hope or an announcement, the official's words to those present, weighs
    # as a statement: the address while it is the one remark (X希望…, X宣布了…);
    # not the hope set out as points (提出…希望, read above), nor an opening
    # announced (宣布…开幕), an act at the meeting.
    (
        r"(?:在[^。,]{1,20}?(?:后|时|上))?(?:希望(?=[\u4e00-\u9fff])|宣布(?![^。,]{0,20}?(?:开工|开幕|启动|开始|成立|闭幕)))",
        Role.LEADS,
        "希望|宣布",
    ),
)
