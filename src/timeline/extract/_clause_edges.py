"""
What opens a verb's clause before its people, and what closes them after.

A clause read for people (``_actors``) may open with words that name no one
(``会议由``, ``会上``, ``随后``, what a 的 closes: ``县领导的``) and close with
words that name no one either: unnamed people brought along (``等一行``,
``及各村里长等人``, ``携…``), a photo position, a day and a clock time, a
manner (``冒雨``, ``专程``), an announced trip (``将``). These are found
here, by their own words and patterns, apart from how the people between
them are read; each is looked at first with a plain test, since this runs
on every group of every verb's clause.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["is_tail", "modifier", "opening", "tail_start"]


#: What may open a clause before its people: 会议由X主持, 会议邀请X作…, 会上X…
#: (经 as in 经县委研究: only before the act it governs, since many titles
#: open with 经 too: 经济开发区管委会主任X, 经信局局长X, 经侦大队大队长X,
#: 经营户代表X.)
_OPENERS: Final = (
    r"[^,由]{0,12}?由|第[一二三四五六七八九十]+项(?:议程)?是|(?:会议|活动|本次|此次)?(?:首先|随后|并|还|特别)?邀请了?|经(?=[^,。]{0,16}?(?:研究|批准|同意|审议|讨论|推荐|考察|选举|推选|评选|审核|审定|决定|协调))|其中|"
    r"(?:会议|活动|座谈会|调研|检查|[仪儀]式|典礼|大会|论坛|开班式)(?:现场|上|中|期间|结束后)|现场|会上|"
    r"随后|最后|同时|此外|[一二三四五六七八九十]是|其次|再次"
)
#: The openers, or what a 的 closes (the clause's last 的).
_MODIFIER: Final = re.compile(
    # (分管安全生产的副乡长X: a title may hold 的, after 分管/主管.)
    r"^(?:.*?(?=(?:分管|主管)[^的,]{1,12}的)|.*的|" + _OPENERS + ")"
)
#: The openers alone: ``_MODIFIER`` for a clause without 的.
_OPENER: Final = re.compile(r"^(?:" + _OPENERS + ")")


#: What every opener but the first (a 由 within reach) opens with.
_OPENER_FIRST: Final = frozenset(
    "第会活本此首随并还特邀经其座调检仪儀典大论开现最同一二三四五六七八九十再"
)
#: How far into a clause the first opener's 由 may stand.
_OPENER_BY: Final = 13


def _opener(clause: str) -> re.Match[str] | None:
    """``_OPENER``'s match opening ``clause``, or None."""
    # (Two plain looks first: this runs on every group of every verb's
    # clause, and most open with a title or a name, no opener.)
    if clause[:1] not in _OPENER_FIRST and "由" not in clause[:_OPENER_BY]:
        return None
    return _OPENER.match(clause)


def opening(clause: str) -> int:
    """How long the word opening ``clause`` before its people is (会上, 最后, 接着由), or 0."""
    opener = _opener(clause)
    return opener.end() if opener is not None else 0


def modifier(core: str) -> re.Match[str] | None:
    """What opens ``core`` before its people (``_MODIFIER``'s match), or None."""
    # Both ways a 的 ends the opener scan the whole clause; most clauses hold no 的.
    return _MODIFIER.match(core) if "的" in core else _opener(core)


#: The characters ``_TAIL`` may open with, when not empty.
_TAIL_FIRST: Final = (
    "及和与以携攜偕一等同们分共先亲全到现首来实于今昨日近上下晚早中"
    "也又还就冒专再带连特代启起动出当随立次继然最联受应應(0-9"
)
_TAIL_BODY: Final = (
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
    # The clock time: 市长X5日上午9时与…召开, 行政长官X下午3時許抵達.
    r"(?:[0-9]{1,2}[时時点點](?:[0-9]{1,2}分|半|整)?(?:许|許|左右)?)?"
    r"(?:当天|当日|随即|立即|随后|一早|一大早|次日|继而|然后|最后)?"
    # How they went: 区委书记X冒雨检查, 镇长X带头捐款, 县长X也来到, 常委X受邀参加.
    r"(?:也|又|还|就)?(?:冒雨|冒雪|冒酷暑|冒严寒|专程|再次|带头|连夜|特地|专门|亲自|受邀|应邀|應邀)?"
    # Setting off: 行政长官X今晚启程前往….
    r"(?:启程|起程|动身|出发)?"
    # (Any body spoken for: 代表市妇联, 代表县总工会, as 代表党委、政府.)
    r"(?:代表[^,。]{0,12}?(?:党委|政府|人民|全体|组织|单位|区委|县委|市委|[联会])(?:[、和][^,。]{1,8})?)?$"
)
#: What closes the people of a clause (read whole, to its end). Every part
#: is optional: a quick look at the first character saves trying them all
#: at each place of a clause.
_TAIL: Final = re.compile(rf"(?=[{_TAIL_FIRST}]|$){_TAIL_BODY}")
#: Where a non-empty ``_TAIL`` starts: the match is that first character
#: only (the tail is looked at from behind it). Opening on a class, the
#: engine scans for its characters instead of trying a look-ahead at every
#: place; found nowhere, the tail is the empty one at the end.
_TAIL_AT: Final = re.compile(rf"[{_TAIL_FIRST}](?<=(?={_TAIL_BODY})[{_TAIL_FIRST}])")


#: How far from its end a clause may hold what closes its people.
_TAIL_REACH: Final = 60


#: An adverb right before the tail: a trip or a sitting announced (市长X将于
#: 22日率团, 县长X即将率队, 市长X將), or 即 (then: 市长X即主持召开).
_ANNOUNCED: Final = ("即将", "即將", "将", "將", "即")


#: The words of ``_TAIL`` that may close it with any character (及各…, 携…,
#: 联同…, 等…, 带着…, 代表…): where none is within reach, a tail ends with one
#: of the closed words' last characters (``_TAIL_LAST``).
_TAIL_OPEN: Final = re.compile("[及和与](?:各|有关|相关|其他|部分)|[携攜偕等]|联同|带着|代表")
#: Their first characters: one class scanned first (most clauses hold none).
_TAIL_OPEN_FIRST: Final = re.compile("[及和与携攜偕联带代等]")
#: The last character of each closed word of ``_TAIL`` (一行, 等人, 们, 分别,
#: 一同, 到场, 现场, 实地, a position's bracket, 于, a date's 日, 今天, 日前,
#: 今, 昨, 上午, 晚上, 晚间, 当天, 随即, 继而, 最后, 也, 又, 还, 就, 冒雨,
#: 冒酷暑, 冒严寒, 专程, 再次, 带头, 连夜, 特地, 专门, 亲自, 应邀, 动身, 出发,
#: a clock time: 9时, 9时30分, 9点半, 10時整, 3時許, 3时左右).
_TAIL_LAST: Final = frozenset(
    "行人们别同后自起程场会先地)于日天早前今昨午上间晚即而也又还就雨雪暑寒次夜门邀身发头等"
    "时時点點分半整许許右"
)


def tail_start(core: str) -> int:
    """Where what closes the people of a stripped clause starts (only its end is read)."""
    # (The tail runs to the end, so the first place it matches from is where it
    # starts; it matches the empty end at least.)
    lo = max(0, len(core) - _TAIL_REACH)
    if core[-1:] not in _TAIL_LAST and (
        _TAIL_OPEN_FIRST.search(core, lo) is None or _TAIL_OPEN.search(core, lo) is None
    ):
        # Most clauses end with a name that no tail can close: two plain looks
        # instead of the tail's pattern tried at each place within reach
        # (this runs on every group of every verb's clause).
        start = len(core)
    else:
        tail = _TAIL_AT.search(core, lo)
        # (Found nowhere: the empty tail at the end, or before a closing line
        # break, where ``$`` matches too.)
        start = tail.start() if tail is not None else len(core) - core.endswith("\n")
    # (Read apart from the tail's pattern, which would try its whole chain
    # at every 将 within reach.)
    if start and core[start - 1] in "将將即":
        for word in _ANNOUNCED:
            if core.endswith(word, 0, start):
                return start - len(word)
    return start


def is_tail(core: str, tail: int) -> bool:
    """Whether the stripped clause is all tail, given where ``_tail_start`` found it."""
    # (A clause within reach was searched from its start: a tail opening there
    # is the whole clause, as the stripped clause ends with no line break.)
    if len(core) <= _TAIL_REACH:
        return tail == 0
    return _TAIL.fullmatch(core) is not None
