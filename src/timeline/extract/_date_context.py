"""
What the words around a date say of it: whether it is the event's, and how long.

``_dates`` reads a date's own forms; this module reads only the characters
next to a date it found, which no form of the date changes:

* background (``自3月1日以来``, ``3月1日起施行``, a series' first day when
  its paragraph goes on to a day of its own), and a day still to come
  (``将于6月2日``, ``将于明年1月6日``): neither is the event's day;
* an open quotation before a relative day (“今天我们…”: a speaker's day);
* the event's length printed after its date or apart from it (``为期3天``,
  ``四天三夜``, ``会期3天``), and whether the date printed is its last day
  (``…闭幕,为期3天``).
"""

from __future__ import annotations

import re
from typing import Final

from timeline.extract._clock import NUMERAL
from timeline.extract._numbers import chinese_number

__all__ = ["is_background", "is_future", "lasting", "length_after", "quoted"]

_BACKGROUND_AFTER: Final = ("以来", "起", "之前", "前夕", "以前", "期间", "截止", "为止")
_BACKGROUND_BEFORE: Final = ("自", "截至", "截止", "从", "至", "到")
#: After ``X日起``: a rule in force from that day, or a run lasting up to now.
_IN_FORCE: Final = ("施行", "实施", "执行", "生效", "正式施行", "正式实施", "至今", "以来")
#: A relative day told earlier in that paragraph (a dateline's own printed
#: day before ``X日起`` is no other day, so only words are read).
_TOLD_DAY: Final = re.compile(r"昨日|昨天|前天|前日|今天|今日")
#: A day printed after a run's first day in its paragraph: a relative day or
#: a day of the month (``当天`` is that first day again, so it is left out).
_LATER_DAY: Final = re.compile(_TOLD_DAY.pattern + r"|\d{1,2} ?日")
#: Characters around ``X日起`` read for such a day: about a paragraph.
_RUN_REACH: Final = 200


#: The dated clause tells the event's end: 闭幕, 闭会, 落下帷幕, 圆满结束.
_CLOSES: Final = re.compile(r"闭幕|闭会|落幕|落下帷幕|(?:圆满|胜利|顺利)?结束(?!后)")


#: The characters a lasting (``_LASTING``) opens with.
_LASTING_FIRST: Final = r"[\d为一持历接访考出调二两三四五六七八九十]"
#: ``为期8天``, ``为期三天``: an event lasting several days; also told as
#: ``将持续两天``, ``历时5天``, ``接连2天``, ``在接下来的9天时间里`` (the
#: opening day counted in). A run already behind the report (``已持续20天无
#: 降雨``) is none. Read for where it starts and its count: the match
#: itself is only the character it opens with.
_LASTING: Final = re.compile(
    # (The rule is tried at every character of a long text: the pattern opens
    # on the characters a lasting opens with, a set the regex engine skips
    # straight to, and reads the lasting from each of them, looking back at
    # it (a look ahead at the first character would still be tried at every
    # position). Its groups are set as the look ahead reads it.)
    _LASTING_FIRST + r"(?<=(?="
    r"(?:(?:为期|一连|(?<!已)(?<!已经)持续了?|历时|接连|接下来的"
    r"|(?:访问|考察|出访|调研)(?=\d{1,2}天|[一二两三四五六七八九十]{1,2}天))"
    r"(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,2})天"
    r"|(?P<n2>[一二两三四五六七八九十]{1,2}|\d{1,2})天[一二两三四五六七八九十\d]{1,2}夜)"
    r")" + _LASTING_FIRST + ")"
)
_LASTING_REACH: Final = 40
#: A session's length printed in its own dated sentence (``1月4日 县人代会在
#: 县城召开,会期3天``; chronicles print digits apart: ``会期3 天``). Read only
#: right after the date: further on, ``会期`` is often the next session's,
#: still to come (``下次会议将于12月20日召开,会期5天``).
_SESSION: Final = re.compile(r"会期 ?(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,2}) ?天")


#: A day printed right before a length, in its sentence: the run's own
#: first day (``25日起一连四天``, ``二十五号起``, ``从25日开始,一连四天``,
#: ``于9月21日启动了为期7天的``, ``从9月5日开赛,历时80天``) or its last
#: (``从7月11日起至7月13日召开,为期3天``).
_RUN_DAY: Final = re.compile(rf"(?<![\d一二两三四五六七八九十])({NUMERAL})[日号]")
#: How far before a length its run's days are looked for.
_RUN_FROM_REACH: Final = 14
_SENTENCE_END: Final = re.compile(r"[。！？!?\n]")


def lasting(text: str, day: int | None = None) -> int | None:
    """
    How many days an event lasts, when ``text`` says so (``为期两天``, ``四天三夜``).

    For a report whose date is printed apart from its length
    (``…将开展为期两天的视察调研活动`` in a later paragraph). A length
    counted from a day of its own other than the event's ``day``
    (``28日继续走访。…25日起一连四天走访``, ``26日,采访团来到某市。…于9月21日
    启动了为期7天的采访``) is a longer run's, not the event's.
    """
    if "天" not in text:
        return None  # every length is counted in 天: no scan needed
    m = _LASTING.search(text)
    if m is None:
        return None
    if day is not None:
        before = _SENTENCE_END.split(text[max(0, m.start() - _RUN_FROM_REACH) : m.start()])[-1]
        days = {chinese_number(d) for d in _RUN_DAY.findall(before)}
        if days and day not in days:
            return None
    return chinese_number(m["n"] or m["n2"])


def is_background(text: str, m: re.Match[str]) -> bool:
    start, end = m.start(), m.end()
    # 从4月15日开始,X开展了…: 从 with 起/开始 opens the act's run, read as 起 alone.
    since = (
        start > 0
        and text[start - 1] == "从"
        and text.startswith(("起", "开始"), end)
        and not text.endswith("自从", max(0, start - 2), start)
    )
    if not since and text.endswith(_BACKGROUND_BEFORE, max(0, start - 2), start):
        return True
    # 10月30日起,X举办了…展; 9月14日下午2时起在X举办: 起 with no 自
    # before it (caught above) is the day the reported act began. A rule in
    # force from a day (3月1日起施行) and a run up to now (起至今) are
    # background; so is a series' first day when its paragraph goes on to a
    # day of its own (7月14日起,…相继举办招聘会。昨日上午,第4场…).
    if since or text.startswith("起", end):
        if text.startswith(_IN_FORCE, end + 1 + (text[end] == "开")):
            return True
        stop = text.find("\n", end, end + _RUN_REACH)
        if _LATER_DAY.search(text, end, stop if stop >= 0 else end + _RUN_REACH) is not None:
            return True
        # 昨天上午,X镇举行选举。…从10月28号起,各乡镇分别召开…: the day told before it
        reach = max(0, start - _RUN_REACH)
        para = text.rfind("\n", reach, start) + 1 or reach  # the paragraph, within reach
        return _TOLD_DAY.search(text, para, start) is not None
    # 3月13日至17日期间开展检查: 期间 after a range of days is that range, the
    # event's own span, not a time the event fell within (春节期间).
    if "d2" in m.re.groupindex and m["d2"] is not None and text.startswith("期间", m.end()):
        return False
    return text.startswith(_BACKGROUND_AFTER, m.end())


#: Characters looked back for an open quotation: a spoken sentence is short,
#: and each look stays constant time.
_QUOTE_REACH: Final = 200


def quoted(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation (“…” or 「…」) opened shortly before it."""
    head = text[max(0, at - _QUOTE_REACH) : at]
    return head.count("“") > head.count("”") or head.count("「") > head.count("」")


#: 将于6月2日, 计划于, 拟于: a date still to come is no event's.
_FUTURE_BEFORE: Final = re.compile(r"(?:将|将要|即将|计划|拟|定|预计|准备)(?:于|在)?$")
#: The characters such a phrase ends in, and the newline before which ``$``
#: also matches: nearly every date has none of them before it, and is passed
#: without a search.
_FUTURE_LAST: Final = frozenset("将要划拟定计备于在\n")


#: 将在今年12月10日, 将于明年1月6日, 将于本月25日: a year or month word
#: between the marker and the date; after 明年 or 下月 a date is still to
#: come whatever precedes it.
_YEAR_WORDS: Final = ("今年", "本年", "明年", "本月", "下月")


def is_future(text: str, m: re.Match[str]) -> bool:
    start = m.start()
    if text.startswith(("本月", "下月"), start):  # a ``_dates._MONTH_WORD_DAY`` match
        start += 2
    if text.endswith(_YEAR_WORDS, max(0, start - 2), start):
        if text[start - 2] in "明下":
            return True
        start -= 2
    if start == 0 or text[start - 1] not in _FUTURE_LAST:
        return False
    return _FUTURE_BEFORE.search(text, max(0, start - 4), start) is not None


def length_after(text: str, end: int) -> tuple[int | None, bool]:
    """
    How many days an event dated right before ``end`` lasts, and whether that date is its last.

    ``(None, False)`` when the words after the date print no length.
    """
    # Every length is counted in 天: a reach without one is not searched.
    if text.find("天", end, end + _LASTING_REACH) < 0:
        return None, False
    # 今天率团前往…进行为期8天参访: the stay's length gives the last day.
    found = _LASTING.search(text, end, end + _LASTING_REACH) or _SESSION.search(
        text, end, end + _LASTING_REACH
    )
    if found is None:
        return None, False
    # 1月28日,…会议闭幕,为期3天: the day printed is the last one.
    closes = _CLOSES.search(text, end, found.start()) is not None
    return chinese_number(found["n"] or found["n2"]), closes
