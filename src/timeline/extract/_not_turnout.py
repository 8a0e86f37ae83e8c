"""
Counts that are never of those who took part, and those said to have.

Whatever ties a count to taking part, some people are never the turnout:
those expected, absent, registered, elected or awarded, those visited,
helped or given something, examinees, voters the text does not say voted,
those an accident struck, a population, a campaign's totals, a leader's
own party on a trip (REVIEW 19c, 19d, 19f, 24c). Against them
stand those said to have actually come (实到N人, N名选民参加投票). Which
count is the event's is ``_headcounts``'s.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "ACTUAL_AFTER",
    "ACTUAL_BEFORE",
    "BENEFIT",
    "DENIED",
    "PLACE_OR_BODY",
    "TAKE_PART_AFTER",
    "not_present",
    "voted",
]


#: Words of a visit or help done to people (慰问困难群众, 帮扶贫困户).
_HELP: Final = "慰问|探访|看望|走访|帮扶|资助|救助|结对"
#: What follows a help word when it names the helpers instead: their team or
#: unit (帮扶工作队, 慰问组, 走访人员), or, after 帮扶/结对, which is never a
#: visit, their cadres or places (帮扶干部, 结对帮扶县区).
_HELPERS: Final = r"工作队|工作组|队|组|团|责任人|单位|人员|(?<=帮扶|结对)(?:干部|人才|[市县区])"
#: Before a number in its clause: those who are yet to come (将邀请200余名代表
#: 参加, 将有250余名青年参加体检). One alternative for each opening word keeps
#: the rule below opening on a literal, which the engine scans for.
_YET_TO_COME: Final = "".join(
    rf"{w}(?:邀请|组织|吸引|有)[^,。;]{{0,8}}$|" for w in ("将", "拟", "计划")
)
#: Before a number in its clause: counts that are not of those who took
#: part (registered voters, seats, absentees, awards, the elected, subsets).
_NOT_PRESENT_BEFORE: Final = re.compile(
    r"应到|应出席|请假|缺席|名额|现有|登记|共有选民|选民总数|选举人数|选民人数|"
    r"选出|产生|当选|获|奖|授予|评选出|其中|除|拟任|成$|表彰了?[^,。;的]{0,8}$|"
    # those a vote names to a body (选举23人组成县人民委员会)
    r"选举$|"
    + _YET_TO_COME
    # those who signed up (报名总人数为3317人): registered, as 登记 is
    + r"报名[^,。;]{0,3}人数|"
    # a touring group's own size (decision 7): 一行6人, 考察团一行十五人
    r"一行[^,。;]{0,3}$"
)
#: Those visited or helped are not those who came (慰问困难妇女21人), unless
#: the help word names the helpers' own group (驻村帮扶工作队, 慰问组, 结对帮扶
#: 县区, 帮扶干部): that is no act done to the people counted.
_HELPED: Final = re.compile(rf"(?:{_HELP})(?!(?:{_HELP})*(?:{_HELPERS}))")
_HELP_RE: Final = re.compile(_HELP)
#: A help word or a verb of benefit (惠及, 覆盖, 服务): the people after it
#: are those reached, so a total of them tells no turnout.
BENEFIT: Final = re.compile(rf"{_HELP}|惠及|受益|受惠|覆盖|服务")


#: Those given something (为482位毕业生送上祝福, 向50名群众发放) did not
#: take part, unless what they were given is a lesson (为60余名家长授课).
#: 人数为 says what a number is (参加的总人数为87人), no "for".
_GIVEN_TO: Final = re.compile(r"(?:为(?<!人数为)|向|给)$")
_TAUGHT: Final = re.compile(
    r"^[^,。;]{0,10}?(?:授课|讲课|上课|讲解|宣讲|作报告|做报告|辅导|培训|讲座)"
)


#: 全村645户,3131人: households, then people: a population.
_POPULATION: Final = re.compile(r"\d+户[,、]?$")
#: 选出区人大代表7名,乡人大代表54名: every count after 选出 in the sentence is
#: elected, but one its own clause says attended (…选举产生了理事会,50名会员参加).
_ELECTED_BEFORE: Final = re.compile(r"选出|选举产生|产生了?[^,。]{0,4}$")


#: After a number: counts of something other than those taking part.
_NOT_PRESENT_AFTER: Final = re.compile(
    r"^[^,。;]{0,10}?(?:登记选民|任评委|担任评委|评委|拟任|获奖|获得|荣获|摘得|获评|当选)|^\(次\)|^次|"
    # those honoured (100名“最美某某人”受到表彰, 124名先进个人受表彰, REVIEW 19d);
    # not 受表彰的 before a noun, which may name a group that attends
    r"^[^,。;]{0,10}?(?:受到|受|被|获)(?:表彰|嘉奖)(?![的者代人])|"
    # recruits a send-off honours (12名新兵, 8名即将入伍的青年): people it
    # serves, not those who came to it (REVIEW n30/n31, 19d); not veterans,
    # who enlisted long ago (退伍, 入伍满十年的老兵): only joining up soon
    r"^[^,。;]{0,10}?(?:新兵|(?:即将|新|准备|应征)入伍|入伍(?:青年|新兵))|"
    # those expected, said after them (86名代表应到会, 应出席): not 应邀, invited
    # in, nor the 应 of another word (响应参加, answering a call)
    r"^[^,。;]{0,10}?(?<![响适供相反对答])应(?:到|出席|参加|参会|列席)|"
    # a group sent away on a journey: 组织约一百名企业家前赴贵州考察, 带领13名会员,
    # 赴外省 (also 奔赴, 远赴; but 赴会 is attending). Not 前往, the plain verb of
    # going to a stop of the event itself (带领25位村干部前往X村观摩): they take part.
    r"^[^,。;]{0,20}?,?赴(?!会)|"
    # a leader's party named after its size: 带领15名科级干部一行在…陪同下 (REVIEW 19f,
    # 24c: his own party is no headcount, at home or away); not a word holding
    # 一行: 一行业 (one trade), 统一行动 (acting as one), 同一行政村 (one village)
    r"^[^,。;的]{0,12}?(?<![统同单])一行(?![业动政为])|"
    # the size of each group a crowd works in (大家三五人一组, 十人一队): the
    # crowd is counted elsewhere, if at all (N人为一组 is no count at all)
    r"^一[组队]|"
    # the members a vote names to a body (通过了由某某等11人组成的主席团名单)
    r"^[^,。;]{0,12}?组成的[^,。;]{0,20}?名单|"
    # the field of an earlier round (61名选手参加初赛, REVIEW 19d)
    r"^[^,。;]{0,12}?参加了?(?:初赛|预赛|海选)|"
    # those an accident or an illness struck (造成5名学生受伤, 5名长者不适):
    # what happened to them is no act of theirs (not 感染: an audience 深受感染
    # is moved, and took part)
    r"^[^,。;]{0,10}?(?:受伤|受重伤|死亡|遇难|身亡|不适|确诊|失踪|中毒)"
)


#: Words that say people did not, or only may or must, take part: those not
#: voting (未参加投票, 没有参加), entitled (可以参加, 有权, 享有), obliged (应当),
#: registered or eligible (登记选民, 合格选民), or a part of them (选民中有,
#: 部分). Not 应 of another word: 应邀 (invited in), 响应 (answering a call).
_NOT_VOTED: Final = (
    r"未|没有?|不(?![畏顾辞断])|(?<![响适供相反对答])应(?!邀)|"
    r"可以|有权|享有|登记|合格|中有|部分|多数"
)
_NOT_VOTED_RE: Final = re.compile(_NOT_VOTED)
#: Those who actually took part, as against those expected or registered.
ACTUAL_BEFORE: Final = re.compile(
    r"(?:实到|实际(?:参加|参与|到会|出席|到场)|实参|投票数|投票人数|参加投票的?|参投)[^,。;]{0,6}$"
)
#: Right before those words: they are denied (未参加投票的选民N人, those who did not).
DENIED: Final = re.compile(r"(?:未|未能|没有?|不)$")
ACTUAL_AFTER: Final = re.compile(
    # In the words before the verb, nothing may deny it or make it a right
    # or a duty (N名选民未参加投票, N名选民应当参加投票).
    rf"^(?:(?!{_NOT_VOTED})[^,。;]){{0,10}}?参[加与](?:了)?(?:本次|此次)?(?:选举)?投票|"
    rf"^(?:(?!{_NOT_VOTED})[^,。;]){{0,10}}?参加了?选举|"
    # 其余在家的258名妇女均到场参加, 其余N名代表均参加: those who came,
    # whatever was said before (a subtraction: 其中…外出, …请假)
    r"^[^,。;]{0,10}?(?:均|都|全部)(?:到场|到会|参加|出席|参与)"
)


#: After the count, in its clause: the people counted take part. The verb
#: follows their noun phrase closely (N名党员干部参加); one far after the
#: count mostly follows a list of other groups, which the count is one of.
#: A gathering (齐聚, 共聚一堂, 欢聚一堂) is the event itself; a bare 聚集 is
#: not: people who gather somewhere first (N名党员聚集在村口) may set off as one
#: group of several. Donors give blood at a blood drive (189人成功献血): they
#: are those who took part in it, as voters are in a ballot.
TAKE_PART_AFTER: Final = re.compile(
    r"[^,。;]{0,16}?(?:参加|参与|出席|参会|与会|到会|到场|列席|聆听|收听|收看|观看|听取|观摩|观礼|观展|"
    r"齐聚|共聚|欢聚|参赛|组成|来到|前来|投票|参训|献血)"
)


#: Before an untied count: nothing, or only a place or body (南岸区1000多名干部).
PLACE_OR_BODY: Final = re.compile(r"(?:^|[省市县区镇乡村]|街道|社区|单位|部门|机关)$")


#: 共举办演讲活动1200余场次,直接参讲职工2.6万人: a campaign's totals over many
#: events, not one event's gathering; 截至目前…N人: a running total up to a day.
_CAMPAIGN: Final = re.compile(
    # Not an ordinal (第3期培训班, 第二批): that names this one edition; nor
    # 一场 (一场宣讲徐徐展开), one session, the event itself.
    r"(?<![第\d一二三四五六七八九十百千])(?!一(?:场|期|批))"
    r"[\d一二三四五六七八九十百千]+[余多]?(?:场次?|期|批次?)"
    r"|以来|累计|截[至止]"
)


#: Before a count in its sentence: many units all held the activity (该街道16
#: 个党支部全部开展了主题党日活动,参加党员800余人), or a whole area set up many
#: teams (全市共组建起500多支宣讲团,有1万多名党员参加): the count is of all
#: of them, a campaign's total, not the one event's gathering.
_ALL_UNITS: Final = re.compile(
    # opens on 个, cheap to scan for; the count of units ends right before it
    r"个(?:(?<=\d个)|(?<=\d[余多]个))[^,。;]{0,12}?(?:支部|党组织|村|社区|单位)[^,。;]{0,4}?"
    r"(?:全部|均|都)(?:已经?)?(?:开展|举行|召开|组织)"
)
_AREA_TEAMS: Final = re.compile(r"全[市县区省]共?(?:组建|成立)起?了?\d+[余多]?支")


def _all_units(sentence_before: str) -> bool:
    """Whether the sentence before a count tells of many units or teams (``_ALL_UNITS``)."""
    s = sentence_before
    # Most sentences hold neither 全部/均/都 nor 组建/成立: plain tests pass them.
    if ("全部" in s or "均" in s or "都" in s) and _ALL_UNITS.search(s) is not None:
        return True
    return ("组建" in s or "成立" in s) and _AREA_TEAMS.search(s) is not None


#: Before a count in its sentence: someone leads (领衔) a standing body or a
#: motion (工作室设领衔委员1名,参与委员9名; 工作室由某委员领衔,10名委员共同
#: 参与; 某代表领衔,N名代表联名): the count is its make-up or its co-signers,
#: not those at the event. Not a leader's oversight of a case (领衔督办,
#: 领衔办理), after which a meeting's turnout may follow.
_LED_BODY: Final = re.compile(r"领衔(?!督办|办理)")


#: A leader's own party on a trip (decisions 19f, 24c), named without 一行: the
#: count closes the list of those he leads (率领科局长某某等六位参访人员至…,
#: 率班子成员及科室负责人等17人,来我区调研), or a leader is said to lead it
#: after the count (干部10人,由某副书记率领赴…). 率 of a rate (效率, 比率) and
#: 率先 (first) are none of it; and the party must travel, after the count.
_LED_BEFORE: Final = re.compile(r"(?<![效比概税频汇利坦草轻直])率领?(?!先)[^,。;]{0,20}等$")
_TRAVELLING: Final = r"(?:来|到|赴|至|前往|深入|莅临)"
# (Each run up to its word excludes the word's first character, so that a
# run is read one way only.)
_BEFORE_TRAVEL: Final = "[^,。;来到赴至前深莅]"
_TRAVELS_AFTER: Final = re.compile(rf"{_BEFORE_TRAVEL}{{0,8}},?{_TRAVELLING}")
_LED_AFTER: Final = re.compile(rf",?由[^,。;率]{{0,16}}率领?{_BEFORE_TRAVEL}{{0,4}}{_TRAVELLING}")


def _led_party(before: str, after: str) -> bool:
    """Whether the count is the size of a party a leader takes on a trip (``_LED_BEFORE``)."""
    if "率" in before and _LED_BEFORE.search(before) and _TRAVELS_AFTER.match(after):
        return True
    return "率" in after and _LED_AFTER.match(after) is not None


def not_present(before: str, after: str, sentence_before: str, *, campaign: bool = True) -> bool:
    """
    Whether the words around a count say it is not of those who took part.

    With ``campaign`` false, a sentence telling a campaign's course (以来,
    累计) does not rule the count out: it counts those the campaign sent on.
    """
    return bool(
        _POPULATION.search(sentence_before)
        or _NOT_PRESENT_BEFORE.search(before)
        or _helped(before, after)
        or _NOT_PRESENT_AFTER.search(after)
        or (_ELECTED_BEFORE.search(sentence_before) and not TAKE_PART_AFTER.match(after))
        or (_GIVEN_TO.search(before) and not _TAUGHT.search(after))
        or (campaign and (_CAMPAIGN.search(sentence_before) or _all_units(sentence_before)))
        or _VOTERS_BEFORE.search(before)
        or _VOTERS_AFTER.match(after)
        or _PASSIVE_AFTER.match(after)
        or _EXAMINEES_BEFORE.search(before)
        or _EXAMINEES_AFTER.match(after)
        or _EXAMINED_AFTER.match(after)
        # most sentences have no 领衔: a plain test passes them first
        or ("领衔" in sentence_before and _LED_BODY.search(sentence_before) is not None)
        or _led_party(before, after)
    )


def _helped(before: str, after: str) -> bool:
    """
    Whether a help word before a count makes its people those visited or helped.

    The helpers' words are prefixes of longer nouns for those helped as well
    (慰问队员, 慰问团员青年, 帮扶区内困难群众; and 帮扶队员, 慰问队伍一行 may be
    either): they name the helpers only in a count said to take part (驻村帮扶
    工作队全体队员共计80余人参加), the one they are kept for.
    """
    if _HELPED.search(before):
        return True
    return _HELP_RE.search(before) is not None and TAKE_PART_AFTER.match(after) is None


#: The voters counted, then what their sentence says they did: a ballot cast
#: (参加投票, 参加或委托进行了投票, 投票选举) in their own clause, or one 投下
#: (有序在各自选区投下…一票) after clauses that tell how they voted; not
#: planned (将, 要), and no other number between (N万选民中,已有M万参加投票:
#: a part voted). A bare 投票 is no act of theirs: 选举投票工作有序推进.
_VOTERS_VOTED: Final = re.compile(
    r"(?P<between>[^,。;的]{0,6}?)选民(?:"
    r"(?P<rest>[^,。;!?\n\d零〇一二两三四五六七八九十百千万]{0,40}?)"
    r"(?:(?:参[加与]|进行|委托)[^,。;\d]{0,8}?投票(?![站箱点率工])|投票选举)"
    r"|(?P<far>[^。!?\n\d零〇一二两三四五六七八九十百千万]{0,80}?)投下[^,。;]{0,10}?一票)"
)
_PLANNED: Final = re.compile(r"将|要|拟|准备")


def voted(text: str, m: re.Match[str], before: str) -> bool:
    """
    Whether a count of voters is followed, in its sentence, by the ballot they cast.

    The voters must head their clause (全县41万选民…): voters an organiser
    arranged (组织…2.69万选民进行投票) are the arrangement, not the turnout.
    Nor are voters registered, eligible, entitled or obliged to vote, nor
    some of them who did not (41万登记选民, 41万选民中有部分…未能回乡投票).
    """
    if PLACE_OR_BODY.search(before) is None:
        return False
    said = _VOTERS_VOTED.match(text, m.end())
    if said is None or "有" in said["between"]:
        return False
    told = said.group()
    return (
        _NOT_VOTED_RE.search(told) is None
        and _PLANNED.search(told) is None
        and not (said["rest"] or said["far"] or "").startswith("中")
    )


#: Voters count as those who voted only when the text says they did
#: (实际投票N人, N名选民参加投票, read before this): a bare N名选民 or 选民N人
#: is the electorate (REVIEW 19c).
_VOTERS_BEFORE: Final = re.compile(r"选民$")
_VOTERS_AFTER: Final = re.compile(r"[^,。;的]{0,6}?选民")
#: Examinees are those an exam serves: a report of the work around it (a
#: visit to its sites, a meeting on it) counts them as a statistic, never as
#: who took part (5188名考生参加高考, 报名考生3402人; REVIEW 19d).
_EXAMINEES_BEFORE: Final = re.compile(r"考生$")
_EXAMINEES_AFTER: Final = re.compile(r"[^,。;的]{0,6}?考生")
#: Those given a medical check are served by it too (50多名应征青年…参加体检,
#: 120名老人接受了免费体检; REVIEW 19d): the verb in their own clause says so.
#: Not those who take part in its service (参加体检服务工作): they give the checks.
_EXAMINED_AFTER: Final = re.compile(
    r"[^,。;]{0,16}?(?:参加|接受)了?[^,。;]{0,4}?体检(?!服务|工作|保障)"
)
#: The subject of a passive is acted on (538人被录取, N名选手被推荐到…), not
#: taking part, unless they were invited in (被邀请列席). Only a 被 right
#: after the noun phrase counts: 为/给/向 open a phrase of its own
#: (为老人晾晒被褥), and 被 starts nouns too (被子, 被褥, 被套, 被单).
_PASSIVE_AFTER: Final = re.compile(r"[^,。;为给向]{0,10}?被(?!特?邀|子|褥|套|单)")
