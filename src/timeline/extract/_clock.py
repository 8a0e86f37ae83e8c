"""
Clock times of events: ``上午9时30分``, ``下午3点``, ``晚7:30``, ``约8时半``.

A report gives its event's hour in one of three places: right after the
date (``5月28日上午9时``, read with the date by ``_dates``), opening a
later sentence (``…召开。上午9时,大会开幕``), or on a schedule line
(``日期:2018/02/07上午8:00-中午12:00``). This module holds the clock's
forms and reads the last two; a part of the day after noon (``下午``,
``晚上``) moves the hour to the 24-hour clock.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from timeline.extract._numbers import chinese_number

__all__ = ["NUMERAL", "TIME", "clock", "later_clock", "numeral", "schedule"]

#: A number as clocks and dates print it: one or two digits, or up to three
#: Chinese numerals (十二); the dates read their months and days with it too.
NUMERAL: Final = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
#: A clock's minutes: digits, 半, or numerals with or without 十 (八时五分,
#: 八时零五分, 八时二十五分); the 十 forms first so 五十 is not read as 五.
#: Taiwan papers write twenty and thirty as 廿 and 卅 (六时卅分).
#: A lone numeral needs its 分: 8点一同前往 is no 8:01.
_MINUTE: Final = (
    r"\d{1,2}|半|[一二三四五]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?"
    r"|零[一二三四五六七八九]|[一二三四五六七八九](?=分)"
)
#: A part of the day and an hour, each optional, as printed right after a
#: date (``5月28日上午9时30分``); read a match with ``clock``.
#: A bare 早 is a part of the day only before an hour (1月23日早8:30); else
#: it is an adverb (3月6日早早来到, 日早已).
TIME: Final = (
    rf"(?P<ap>上午|下午|晚上|晚间|晚|早上|早晨|早(?=(?:约|大约)?{NUMERAL}[时点:])|中午|凌晨|傍晚)?"
    rf"(?:(?:约|大约)?(?P<h>{NUMERAL})(?:时|点|:)(?:(?P<mi>{_MINUTE})分?)?)?"
)
_PM: Final = frozenset({"下午", "晚上", "晚间", "晚", "傍晚"})
_NOON: Final = 12
_LAST_HOUR: Final = 23


#: 廿 and 卅, as Taiwan papers print twenty and thirty (廿九日, 六时卅分).
_TENS: Final = str.maketrans({"廿": "二十", "卅": "三十"})


def numeral(text: str) -> int | None:
    """A day or minute as printed (``29``, ``二十九``, ``廿九``, ``卅``), or None."""
    return chinese_number(text.translate(_TENS))


def clock(m: re.Match[str]) -> tuple[int | None, int | None]:
    """The (hour, minute) a match of ``TIME`` reads, 24-hour; (None, None) when it has no hour."""
    if m["h"] is None:
        return None, None
    hour = chinese_number(m["h"])
    if hour is None:
        return None, None
    minute_text = m["mi"]
    minute = 30 if minute_text == "半" else (numeral(minute_text) if minute_text else 0)
    if m["ap"] in _PM and hour < _NOON:
        hour += _NOON
    return hour, minute


#: A schedule line: ``日期:2018/02/07上午8:00-中午12:00``,
#: ``日期:2016/4/13 上午 09:00:00~下午 12:00:00``. The time runs to another
#: (``-``/``~``/``至``): the event's hours, not a publication time stamp.
_SCHEDULE: Final = re.compile(
    r"(?:日期|时间|活动时间)\s*:\s*(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*"
    r"(?P<d>\d{1,2})日?\s*(?P<ap>上午|下午|晚上|早上|中午)?\s*(?P<h>\d{1,2}):(?P<mi>\d{2})(?::\d{2})?"
    r"\s*(?:-|~|～|至|到)"
)


def schedule(text: str) -> tuple[dt.date, int, int] | None:
    """The (day, hour, minute) a schedule line of the page prints, if any."""
    # Every schedule line holds a colon: a page without one is not searched.
    m = _SCHEDULE.search(text) if ":" in text else None
    if m is None:
        return None
    hour, minute = clock(m)
    try:
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if hour is None or hour > _LAST_HOUR:
        return None
    return day, hour, minute or 0


#: A clock time opening a sentence of the report (上午9时,大会在国歌声中开幕),
#: after a bare day (于7日下午2:00) or after 当天/当日, which point back to the
#: lead's day (当天上午8时), as 当晚 does with its evening (当晚7时): the time
#: of the event's day.
_CLOCK_LATER: Final = re.compile(
    # (Searched behind one line break, which stands for the text's start.
    # The rule is tried at every character of a report's opening sentences:
    # it opens on the set of characters a match opens with, which the regex
    # engine skips straight to, and reads what that one was from behind it:
    # a sentence's mark, a day's first digit (then the month's or the day's
    # others), or 当.)
    r"[。\n!?>\d当]"
    r"(?:(?<=[。\n!?>])|(?<=\d)(?:\d?月(?P<on>\d{1,2})|(?P<on1>\d?))日|(?<=当)(?:天|日|(?=晚)))"
    rf"\s*(?P<ap>上午|下午|晚上|早上|中午|晚)"
    rf"(?P<h>{NUMERAL})(?:时|点|:)(?:(?P<mi>{_MINUTE})分?)?"
)


def _day_before(m: re.Match[str]) -> int | None:
    """The day a ``_CLOCK_LATER`` match prints before its clock (于7日下午), if any."""
    if m["on"] is not None:  # after its month (9月29日)
        return int(m["on"])
    # The day's first digit opened the match.
    return None if m["on1"] is None else int(m[0][0] + m["on1"])


#: A clock time in digits with no part of the day opening a sentence, even
#: one after a closing quote (…光明!”8点40分,), that tells the event's
#: opening (16时30分,X宣布…开幕; 8点40分,…拉开了大赛序幕): the hour it began.
#: Without such a verb the hour may be any phase's, so none is read. 开始
#: counts only after the event's own noun (会议正式开始, 开幕式开始): people
#: starting something (大家开始工作) tell no event's opening.
_OPENING_CLOCK: Final = (
    r"\s*(?P<h>\d{1,2})(?:时|点)(?:(?P<mi>\d{1,2})分|(?P<half>半))?[,,]"
    r"[^。!?\n]*?(?:开幕|开赛|(?:会|赛|式|礼|动|出|坛)(?:正式|准时)?开始"
    r"|拉开了?[^。,,]{0,6}?(?:帷幕|序幕))"
)
#: Such a clock at the text's start, and after a sentence's end (a closing
#: quote read after 。!? only: no ” follows a mark where a clock follows it
#: bare). Split so that the second opens on a class of characters: the
#: regex engine skips to those instead of trying the pattern at every
#: position of the body.
_CLOCK_OPENS_TEXT: Final = re.compile(_OPENING_CLOCK)
_CLOCK_OPENS: Final = re.compile(r"[。\n!?>](?:(?<=[。!?])”)?" + _OPENING_CLOCK)


#: A clock the event is held at, told after its noun or 于 in a later
#: sentence (典礼上午9点于乡公所会议室举行, 县政府于上午7时举行升旗典礼,
#: 仪式于下午2点准时开始): the hour it opened, as decision 9 reads it.
_HELD_AT: Final = re.compile(
    rf"(?:于|典礼|仪式|会议|大会)(?P<ap>上午|下午|晚上|早上|中午)(?P<h>{NUMERAL})(?:时|点)"
    rf"(?:(?P<mi>{_MINUTE})分?)?整?[^,,。;!?\n]{{0,20}}?(?:举行|召开|举办|(?:正式|准时)?开始)"
)
#: An hour only planned or still to come (闭幕式将于下午5时举行, 典礼原定于
#: 上午9时举行, 仪式上午9时将在广场举行): not when the event began.
_PLANNED: Final = re.compile(r"将|拟|原定|计划|预计|预定|定于")
#: What a clause holding such an hour is about, when an event (闭幕式, 开学典礼):
#: the words before its noun name which one.
_NAMED_EVENT: Final = re.compile(r"(?P<which>[^,。;!?\n]*?)(?:典礼|仪式|会议|大会|式|会)$")
#: Words that point back to the lead's event (本次大会, 此次会议): no other one.
_THIS: Final = ("", "本次", "此次", "这次", "本届", "该", "此")
_SENTENCE_END: Final = re.compile(r"[。!?\n]")
#: How far back a clause is searched for its subject.
_CLAUSE_REACH: Final = 20


def later_clock(text: str, *, day: int | None = None) -> tuple[int, int] | None:
    """
    The (hour, minute) of a clock time that opens a later sentence, if any.

    Reports often give the day in the lead and the hour further on
    (``…召开。上午9时,大会在国歌声中开幕``); a clock with no part of the
    day counts only when its sentence tells the opening (``16时30分,…开幕``).
    """
    if "午" not in text and "晚" not in text and "早上" not in text:
        return _opening_clock(text)  # no match names the part of the day
    lined = "\n" + text  # (the break stands for the text's start: _CLOCK_LATER)
    for m in _CLOCK_LATER.finditer(lined):
        # 于9月29日上午8:30召开: a time on another day is another event's.
        printed = _day_before(m)
        if printed is not None and day is not None and printed != day:
            continue
        if lined.startswith(("前", "之前", "以前"), m.end()):
            continue  # 下午5点前报到: a deadline, not the event's hour
        break
    else:
        return _held_at(text) or _opening_clock(text)
    hour, minute = clock(m)
    if hour is None or hour > _LAST_HOUR:
        return None
    return hour, minute or 0


def _held_at(text: str) -> tuple[int, int] | None:
    """The (hour, minute) a sentence says the event was held at, if any."""
    m = _HELD_AT.search(text)
    if m is None:
        return None
    start = m.start()
    clause = start
    while clause > max(0, start - _CLAUSE_REACH) and text[clause - 1] not in ",。;!?\n":
        clause -= 1
    if _PLANNED.search(text, clause, m.end()):
        return None
    # 出席开幕式。闭幕式于下午5时举行: another phase's hour; the lead's own
    # event (开学典礼 again) or a bare 典礼 pointing back to it is the event.
    # The match opens on 于 or on its two-character noun.
    subject = text[clause:start] + ("" if m[0].startswith("于") else m[0][:2])
    named = _NAMED_EVENT.search(subject)
    if named is not None and named["which"] not in _THIS:
        end = _SENTENCE_END.search(text)
        if named[0] not in text[: end.start() if end else len(text)]:
            return None
    hour, minute = clock(m)
    if hour is None or hour > _LAST_HOUR:
        return None
    return hour, minute or 0


#: What every opening's verb holds (开幕, 开赛, 会议开始, 拉开序幕): a text
#: holding none is not searched (most hold none; the search tries the
#: pattern at every sentence's end).
_OPENING_VERBS: Final = ("开幕", "开赛", "开始", "拉开")


def _opening_clock(text: str) -> tuple[int, int] | None:
    """The (hour, minute) opening a sentence that tells the event's opening, if any."""
    if all(verb not in text for verb in _OPENING_VERBS):
        return None
    m = _CLOCK_OPENS_TEXT.match(text) or _CLOCK_OPENS.search(text)
    if m is None or int(m["h"]) > _LAST_HOUR:
        return None
    return int(m["h"]), 30 if m["half"] else int(m["mi"] or 0)
