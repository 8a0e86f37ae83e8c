"""
Date mentions in text: ``6月2日``, ``5月28日上午9时30分``, ranges.

Finds the event's date as printed, before its year is known (``_years``
resolves it against the publication date). Forms read:

* ``M月D日`` (Arabic or Chinese numerals), ``D日`` after a dateline;
* ranges ``10月12日、13日``, ``7月8日至10日``, ``7月30日至8月2日``, which give
  multi-day all-day events with an exclusive end;
* a clock time right after the date, ``上午9时``, ``下午3点30分``, ``晚7:30``
  (its forms live in ``_clock``; ``上午`` alone keeps the event all-day:
  the report does not say when in the morning);
* ``昨日``/``昨天``, ``前天``, ``今天``, relative to the dateline or the
  publication date;
* a lunar date, ``正月初七`` (``_lunar``), when no solar, relative or bare
  day is printed; not one told as a festival's (``农历正月十五是元宵节``).

A dateline (``本报6月2日讯``, ``新华社郑州6月2日电``) dates the report, not
the event; background dates (``自3月1日以来``) are skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

import attrs

from timeline.extract._clock import NUMERAL, TIME, clock, numeral
from timeline.extract._lunar import LUNAR, LUNAR_WORDS, lunar_day
from timeline.extract._numbers import chinese_number

__all__ = [
    "DECEMBER",
    "PLAIN_YEAR",
    "RANGE_JOINER",
    "ROC_OFFSET",
    "ROC_YEAR",
    "DateMention",
    "find_event_date",
    "find_full_date",
    "lasting",
    "marker_date",
]

#: What joins a range's days (``7月8日至10日``, ``5月17——18日``): the first
#: day may leave its ``日`` out before any of them. Mirror sites print a stray
#: comma before every 、 (``县委副书记,、县长``), a range's too (``17日,、18日``).
#: Some chronicles print the dash as a box-drawing line (``3─5日``), and OCR
#: reads it as the numeral 一 (``9一16日``): 一 joins only digits before a 日,
#: since elsewhere it is a numeral (``十一日``, ``1一2人``).
RANGE_JOINER: Final = r",?、|至|到|--?|——?|──?|~|～|－－?|(?<=[0-9])一(?=[0-9]{1,2}[^\S\n]?日)"
#: A Republic-of-China year as Taiwan pages print it without 民国: three
#: digits from 101 (2012) to 119 (``112年7月24日``, ``本所(113)年``). 100 is
#: left out: ``100年`` is a century far more often than the year 2011.
ROC_YEAR: Final = r"(?<![\d.])(?P<roc2>1(?:0[1-9]|1\d))\)?"
#: ``正月`` is the lunar calendar's first month (``_lunar``), never January.
_MONTH: Final = rf"(?:(?P<m>{NUMERAL}) ?月|(?P<m0>元)月)"
#: The weekday some sites print between the day and its clock
#: (``7月24日(一)上午10时``, ``9月14日(星期六)下午2时``): skipped so the
#: clock is read; taken only before a part of the day, so that a date
#: without a clock keeps its own span.
_WEEKDAY: Final = (
    r"(?:\((?:星期|周|礼拜)?[一二三四五六日天]\)"
    r"(?=上午|下午|晚上|晚间|早上|早晨|中午|凌晨|傍晚))?"
)
#: One space may stand between the parts (``1 月 18 日``, ``2018 年``,
#: ``1 月 15~17 日``), as some sites print numbers apart from the characters
#: around them, and inside a two-digit day (``10月1 4日``).
_DATE: Final = re.compile(
    # (What a match opens with is looked at first: a year's digits, 民国,
    # 去年/前年, or the month's numeral or 元. The rule is tried at every
    # character of a lead, and its optional year gives the engine no first
    # characters to skip to.)
    r"(?=[\d民去前一二两三四五六七八九十元])"
    rf"(?:(?P<y>\d{{4}}) ?年 ?|(?:民国(?P<roc>\d{{2,3}})|{ROC_YEAR})年|(?P<last>去年|前年))?"
    rf"{_MONTH} ?(?P<d>\d \d(?=[日号])|{NUMERAL}) ?"
    rf"(?:[日号]|(?=上午|下午|晚上|早上|中午)|(?<=\d)(?=,)"
    rf"|(?=(?:{RANGE_JOINER})(?:{NUMERAL}月)?{NUMERAL} ?[日号]))"
    rf"(?: ?(?:{RANGE_JOINER})(?:(?P<m2>{NUMERAL})月)?(?P<d2>{NUMERAL}) ?[日号])?" + _WEEKDAY + TIME
)
#: ``217日``, ``523-24日``: a month whose 月 the page lost (month 1-12, day 1-31),
#: also after a year whose 年 went with it (``2025925日``); two digits that
#: are no day (``45日``, ``67日``: 32 to 99) are a one-digit month and day,
#: unless they count days: a time limit (``45日内``, ``45日后``) or a length
#: (``历时45日``, ``为期45日``), which is how a report says how long it lasted.
_GLUED: Final = re.compile(
    # (A match opens with the year's or the month's first digit, looked at
    # first: the look behind alone gives the engine no character to skip to.)
    r"(?=[1-9])(?<![\d.:/-])(?P<y>(?:19|20)\d{2})?(?P<m>1[0-2]|[1-9])"
    r"(?P<d>[0-3]\d|(?:(?<=[4-9])[1-9]|(?<=3)[2-9])(?=[日号](?!以?内|之内|以?后))"
    r"(?<!历时\d\d)(?<!为期\d\d)(?<!持续\d\d)(?<!共\d\d)(?<!用时\d\d)"
    r"(?<!耗时\d\d)(?<!历经\d\d)(?<!长达\d\d))"
    r"(?:(?:-|至|、)(?P<d2>[0-3]?\d))?[日号]" + TIME
)
#: A lead opening with digits alone before a time of day or a comma (99上午,
#: 928,): a month and day whose 月 and 日 the page both lost.
_BARE_LEAD: Final = re.compile(
    r"\s*(?P<m>1[0-2]|[1-9])(?P<d>[0-3]\d|[1-9])(?=上午|下午|晚上|,(?!\d))" + TIME
)
#: A day in numerals, 廿九 and 卅 (Taiwan papers' twenty and thirty) too.
_CN_DAY: Final = (
    r"(?:[廿卅][一二三四五六七八九]?|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
)
_CN_DAY_AFTER: Final = (
    r"上午|下午|晚上|晚间|晚|早上|早晨|中午|凌晨|傍晚|,|、|在|于|由|赴|到|至|前往|率|"
    r"出席|主持|召开|举行|举办|视察|会勘|参加|与|和"
)
#: ``23日``, a range ``9-14日``, ``26—27日`` or ``16到19日`` (``13号到15号``),
#: ``(10)日``, and in Chinese numerals ``八日``, ``(十)日`` (Taiwan releases):
#: a Chinese-numeral day must be followed by what an event's day is (a time
#: of day, a comma, a verb's preposition), since ``一日游`` or ``三日内`` are
#: no dates.
_DAY_ONLY: Final = re.compile(
    # (What a match opens with, looked at first: a digit, a parenthesis or a
    # numeral; each alternative opens on a look behind, which gives the engine
    # no first characters to skip to.)
    r"(?=[\d(廿卅一二三四五六七八九十])"
    r"(?:(?:(?<![\d月年(~\-—─～])(?P<d>\d{1,2})"
    # A range's end that counts days (3到5日内) or numbers a thing (6号楼)
    # ends no range. 一 joins digits as OCR reads a dash (9一16日: RANGE_JOINER).
    r"(?:(?:[日号]?(?:[-~至到～]|——?|──?)|(?<=[0-9])一(?=[0-9]{1,2}[^\S\n]?日))"
    r"(?P<d2>\d{1,2})(?![日号](?:以?内|之内|楼|线|院)))? ?"
    r"|\((?P<dp>\d{1,2})\))"
    r"[日号](?!报|电|讯)"
    r"|(?:(?<![\d月年一二三四五六七八九十廿卅百千万第周每前近数几这那两(])(?P<c>"
    + _CN_DAY
    + r")|\((?P<cp>"
    + _CN_DAY
    + r")\))日(?="
    + _CN_DAY_AFTER
    + "))"
    + TIME
)
_RELATIVE: Final = re.compile(
    # (What a match opens with, looked at first: 一早's look behind gives the
    # engine no first characters to skip to.)
    r"(?=[前昨今当一])"
    r"(?P<rel>前天|前日|昨天|昨日|今天|今日|当天|当日|昨早|昨晨|昨晚|昨午|今早|今晨|今晚|今午|"
    # 一早: early this morning (not 次日一早, the next day's)
    r"(?<![日天])一早(?=[\u4e00-\u9fff])|"
    # Hong Kong and Taiwan papers write 昨/今 alone: 昨率先召开, 今举行, 昨(31)日
    # and the day in parentheses before a part of it: 今(17)晚, 昨(16)下午;
    # some county releases space the parentheses out (今 (10) 日舉行).
    r"昨(?=[^\S\n]?\(\d{1,2}\)[^\S\n]?[日早晨晚午上下中]|[\u4e00-\u9fff])"
    r"|今(?=\(\d{1,2}日\)|\([一二三四五六七八九十]{1,3}日\)|[^\S\n]?\(\d{1,2}\)[^\S\n]?[日早晨晚午上下中]|\(\d{1,2}/\d{1,2}\)|举行|召开|举办|率|到|出席|主持|前往|在|于))"
    r"(?:\((?P<pd>\d{1,2}|[一二三四五六七八九十]{1,3})日\)|[^\S\n]?\((?P<pd2>\d{1,2})\)[^\S\n]?(?:日|(?=[早晨晚午上下中]))|\((?P<pm>\d{1,2})/(?P<pmd>\d{1,2})\)|"
    rf"\((?P<pcm>{NUMERAL})月(?P<pcd>{NUMERAL})日\))?" + TIME
)
_BACKGROUND_AFTER: Final = ("以来", "起", "之前", "前夕", "以前", "期间", "截止", "为止")
_BACKGROUND_BEFORE: Final = ("自", "截至", "截止", "从", "至", "到")
#: After ``X日起``: a rule in force from that day, or a run lasting up to now.
_IN_FORCE: Final = ("施行", "实施", "执行", "生效", "正式施行", "正式实施", "至今", "以来")
#: A day printed after a run's first day in its paragraph (``当天`` is that
#: first day again, so it is left out).
_LATER_DAY: Final = re.compile(r"昨日|昨天|前天|前日|今天|今日|\d{1,2} ?日")
#: A relative day told earlier in that paragraph (a dateline's own printed
#: day before ``X日起`` is no other day, so only words are read).
_TOLD_DAY: Final = re.compile(r"昨日|昨天|前天|前日|今天|今日")
#: Characters around ``X日起`` read for such a day: about a paragraph.
_RUN_REACH: Final = 200
#: Republic-of-China year 1 is 1912.
ROC_OFFSET: Final = 1911
_RELATIVE_DAYS: Final = {
    "前天": -2,
    "前日": -2,
    "昨天": -1,
    "昨日": -1,
    "今天": 0,
    "今日": 0,
    "当天": 0,
    "当日": 0,
    "昨早": -1,
    "昨晨": -1,
    "昨晚": -1,
    "昨午": -1,
    "今早": 0,
    "今晨": 0,
    "今晚": 0,
    "今午": 0,
    "昨": -1,
    "今": 0,
    "一早": 0,
}
_LAST_YEAR: Final = {"去年": 1, "前年": 2}


@attrs.frozen(kw_only=True)
class DateMention:
    """
    A date found in text, before its year is known.

    Attributes:
        text: As printed.
        span: Offsets in the searched string.
        year: The printed year, if any.
        years_back: For ``去年``/``前年``: the year is this many before the
            publication year.
        month: Month, or None for a day-only or relative date.
        day: Day of month, or None for a relative date.
        end_month: Last day's month of a range, if any.
        end_day: Last day of a range, if any.
        relative: Days from the anchor for 昨日/前天, else None.
        hour: Clock hour (24-hour), if printed.
        minute: Minutes, if printed.
        days: How many days the event lasts (``为期8天``), if printed.
        closes: The date is the event's last day (``…闭幕,为期3天``): its
            days run back from it.
        from_dateline: For a relative day right after a dateline the layout
            left in the lead: the days counted from the dateline. ``month``
            and ``day`` hold the count in a common year; resolving counts
            again in the publication's year (``3月1日讯 昨天`` is 29 February
            in a leap year).
        lunar: ``month`` and ``day`` are of the lunar calendar (``正月初七``).
    """

    text: str
    span: tuple[int, int]
    year: int | None = None
    years_back: int | None = None
    month: int | None = None
    day: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    relative: int | None = None
    hour: int | None = None
    minute: int | None = None
    days: int | None = None
    closes: bool = False
    from_dateline: int | None = None
    lunar: bool = False


def _mention(m: re.Match[str], **fields: int | None) -> DateMention:
    hour, minute = clock(m)
    text = m.group().rstrip(":")
    days = None
    closes = False
    end = m.end()
    # Every length is counted in 天: a reach without one is not searched.
    if fields.get("end_day") is None and m.string.find("天", end, end + _LASTING_REACH) >= 0:
        # 今天率团前往…进行为期8天参访: the stay's length gives the last day.
        lasting = _LASTING.search(m.string, end, end + _LASTING_REACH) or _SESSION.search(
            m.string, end, end + _LASTING_REACH
        )
        if lasting is not None:
            days = chinese_number(lasting["n"] or lasting["n2"])
            # 1月28日,…会议闭幕,为期3天: the day printed is the last one.
            closes = _CLOSES.search(m.string, m.end(), lasting.start()) is not None
    return DateMention(
        text=text,
        span=(m.start(), m.start() + len(text)),
        hour=hour,
        minute=minute,
        days=days,
        closes=closes,
        lunar=False,  # named, so that no count in ``fields`` can be taken for it
        **fields,
    )


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


#: A run's own first day right before its length (``25日起一连四天``,
#: ``二十五号起``, ``从25日开始,一连四天``).
_RUN_FROM: Final = re.compile(rf"({NUMERAL})[日号](?:起|开始)[,,]?$")


def lasting(text: str, day: int | None = None) -> int | None:
    """
    How many days an event lasts, when ``text`` says so (``为期两天``, ``四天三夜``).

    For a report whose date is printed apart from its length
    (``…将开展为期两天的视察调研活动`` in a later paragraph). A length
    counted from a day of its own other than the event's ``day``
    (``28日继续走访。…25日起一连四天走访``) is a longer run's, not the event's.
    """
    if "天" not in text:
        return None  # every length is counted in 天: no scan needed
    m = _LASTING.search(text)
    if m is None:
        return None
    run = _RUN_FROM.search(text, max(0, m.start() - 8), m.start())
    if run is not None and day is not None and chinese_number(run[1]) != day:
        return None
    return chinese_number(m["n"] or m["n2"])


def _is_background(text: str, m: re.Match[str]) -> bool:
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


def find_event_date(text: str, *, day_only: bool = False) -> DateMention | None:
    """
    The first event date in ``text`` (the lead sentence), or None.

    Tried in order: ``M月D日`` (``号`` for ``日``, ``元月``, a missing
    ``日`` before ``上午``/``下午``, ``去年``), a date whose ``月`` was lost
    (``217日``), a relative day (``昨日``, ``今早(27日)``: a printed day in
    parentheses wins), then a bare day ``23日``, then a lunar date
    (``正月初七``, ``_lunar``).

    Args:
        text: The text to search, simplified.
        day_only: Kept for callers; a bare day is always read, last.
    """
    found = _first_date(text)
    if found is not None:
        return found
    for m in _GLUED.finditer(text):
        day = int(m["d"])
        if 1 <= day <= _MAX_DAY and not _is_background(text, m):
            end_day = int(m["d2"]) if m["d2"] else None
            year = int(m["y"]) if m["y"] else None
            return _mention(m, year=year, month=int(m["m"]), day=day, end_day=end_day)
    del day_only  # a bare day is always read, and always last
    relative = next(
        # “今天我们…”: a speaker's day, not the report's
        (m for m in _RELATIVE.finditer(text) if not _quoted(text, m.start())),
        None,
    )
    bare = _BARE_LEAD.match(text)
    # 15,000余名群众今天…: digits before a relative day in the lead are a count.
    if (
        bare is not None
        and 1 <= int(bare["d"]) <= _MAX_DAY
        and (relative is None or "。" in text[: relative.start()])
    ):
        return _mention(bare, month=int(bare["m"]), day=int(bare["d"]))
    if relative is not None:
        return _relative(relative)
    # A lunar date comes last: a festival named in passing (大年初一前) is
    # no event's day when any solar or relative day is printed.
    return _day_only(text) or _lunar_date(text)


def _lunar_date(text: str) -> DateMention | None:
    """The first lunar date (``正月初七``) that is neither background nor still to come."""
    if "月" not in text and "大年" not in text:
        return None  # every lunar form prints one of them
    for m in LUNAR.finditer(text):
        day = lunar_day(m)
        if (
            day is not None
            and not _is_background(text, m)
            and not _is_future(text, m)
            and not _names_a_feast(text, m)
        ):
            # A lunar date prints no clock the reports use: the day alone.
            year = int(m["y"]) if m["y"] else None
            return DateMention(
                text=m.group(), span=m.span(), year=year, month=day[0], day=day[1], lunar=True
            )
    return None


#: What makes a lunar date a feast's, not the event's day: ``农历正月十五是元宵节``,
#: ``五月初五为端午节``, ``…亦称端阳节``, the saying ``正月十五闹元宵``; said
#: after it (past an optional 日).
_FEAST_AFTER: Final = ("是", "为", "即", "亦称", "又称", "也称", "闹")
#: …or before it: ``称正月十五为元宵节``, ``端午节为每年农历五月初五`` (a date
#: that recurs every year is no day of an event).
_FEAST_BEFORE: Final = ("称", "叫", "每年")


def _names_a_feast(text: str, m: re.Match[str]) -> bool:
    """Whether lunar date ``m`` is a festival's (``正月十五是元宵节``), not an event's."""
    end = m.end() + text.startswith("日", m.end())
    start = m.start()
    return text.startswith(_FEAST_AFTER, end) or any(
        w in text[max(0, start - 2) : start] for w in _FEAST_BEFORE
    )


def _relative(m: re.Match[str]) -> DateMention:
    """A relative day, unless the page prints the day itself in parentheses."""
    if m["pd"] or m["pd2"]:  # 今早(27日), 昨(31)日
        day = chinese_number(m["pd"] or m["pd2"])
        if day is not None and 1 <= day <= _MAX_DAY:
            return _mention(m, day=day)
    if m["pm"]:  # 今日(5/29): Taiwan pages print month/day
        return _mention(m, month=int(m["pm"]), day=int(m["pmd"]))
    if m["pcm"]:  # 今日(五月三十日)
        return _mention(m, month=chinese_number(m["pcm"]), day=chinese_number(m["pcd"]))
    return _mention(m, relative=_RELATIVE_DAYS[m["rel"]])


_MAX_DAY: Final = 31


#: Characters looked back for an open quotation: a spoken sentence is short,
#: and each look stays constant time.
_QUOTE_REACH: Final = 200


def _quoted(text: str, at: int) -> bool:
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


def _is_future(text: str, m: re.Match[str]) -> bool:
    start = m.start()
    if text.startswith(("本月", "下月"), start):  # a _MONTH_WORD_DAY match
        start += 2
    if text.endswith(_YEAR_WORDS, max(0, start - 2), start):
        if text[start - 2] in "明下":
            return True
        start -= 2
    if start == 0 or text[start - 1] not in _FUTURE_LAST:
        return False
    return _FUTURE_BEFORE.search(text, max(0, start - 4), start) is not None


#: The verb that makes a day still to come the event's own (将在25号上午9时在
#: X举行), not a deadline the report names (此项工作将于12月20日完成); not
#: one that qualifies a noun (将于25日举行的运动会) either. (进行 is left out:
#: it follows deadlines, 将于20日前进行整改.)
_HELD_LATER: Final = re.compile(
    r"[^,。;\n]{0,20}?(?:举行|召开|举办|开幕|开班|展开|开展|开赛|启动|开课)(?!的)"
)
#: The lead's own act told before the day to come (主持召开会议,研究将于25日
#: 举行的…; 会议决定于25日召开…): the lead reports it, and announces nothing.
_TOLD_BEFORE: Final = re.compile(r"召开|举行|举办|主持|出席")
#: 将于本月25日, 将于下月10日: a day after a month word (which a bare day's
#: reading refuses, since a day after 月 belongs to a full date).
_MONTH_WORD_DAY: Final = re.compile(r"(?:本|下)月(?P<d>\d{1,2})[日号]")


#: Characters of a lead read for its announced day: a sentence is shorter, and
#: a page without punctuation stays constant time.
_LEAD_REACH: Final = 600


def prints_day_to_come(text: str) -> bool:
    """
    Whether ``text`` holds its event on a day still to come (``将在25号上午9时在X举行``).

    A lead whose only day is the announced event's: the page's own date is
    not that event's.
    """
    text = text[:_LEAD_REACH]
    month = text.find("月")
    found = list(_DATE.finditer(text, max(0, month - _BEFORE_MONTH))) if month >= 0 else []
    found.extend(_DAY_ONLY.finditer(text))
    found.extend(_MONTH_WORD_DAY.finditer(text))
    return any(
        _is_future(text, m)
        and _HELD_LATER.match(text, m.end())
        and _TOLD_BEFORE.search(text, 0, m.start()) is None
        for m in found
    )


def find_full_date(text: str) -> DateMention | None:
    """
    The first ``M月D日`` in ``text`` that is neither background nor still to come.

    The last resort for a report none of whose paragraphs opens with a
    date: the first such date printed anywhere dates it, else the first
    lunar date.
    """
    return _first_date(text) or _lunar_date(text)


#: ``红网某站1月8日报道``, ``某某网6月19日讯``, ``某某社5月2日电``: a date that
#: dates the report (``电`` not opening a word such as ``电话``).
_DATELINE_AFTER: Final = re.compile(r"报道|报导|報導|讯|訊|[电電](?![话話视視影力网網站脑腦子器])")
#: Characters after a dateline within which a full date of its own opens the
#: lead (past a credit in parentheses: ``…讯(记者 张三 李四)5月20日,``).
_DATELINE_REACH: Final = 20


#: How far before its 月 a date opens: a year (``2021 年 ``, ``民国110年``)
#: and a month of up to three numerals and a space. The scan for a date
#: starts there, short of the first 月: no date opens earlier.
_BEFORE_MONTH: Final = 11


def _first_date(text: str) -> DateMention | None:
    """
    The first ``M月D日`` that is neither background nor still to come.

    A dateline the layout did not take for one (``…站1月8日报道  1月7日下午,…``)
    dates the report, not the event: a full date right after it is the event's.
    """
    dateline: re.Match[str] | None = None
    month = text.find("月")
    if month < 0:
        return None  # every date prints its 月
    for m in _DATE.finditer(text, max(0, month - _BEFORE_MONTH)):
        if _is_background(text, m) or _is_future(text, m):
            continue
        if text.endswith(LUNAR_WORDS, max(0, m.start() - 2), m.start()):
            continue  # 农历十月十五日: a lunar date, read by _lunar
        if dateline is not None:
            return _date_mention(m if m.start() - dateline.end() <= _DATELINE_REACH else dateline)
        if _DATELINE_AFTER.match(text, m.end()) is None:
            return _date_mention(m)
        dateline = m
    return _after_dateline(text, dateline) if dateline is not None else None


#: A leap-free year for counting a relative day back from a dateline's month
#: and day before the year is known; resolve counts again in the real year.
PLAIN_YEAR: Final = 2001
#: A dateline in January puts a later printed day in the December before.
DECEMBER: Final = 12


def _after_dateline(text: str, dateline: re.Match[str]) -> DateMention:
    """
    The dateline's date, or the day a relative word right after it counts from it.

    A dateline the layout left in the lead (``某某网9月14日讯(记者 张三)昨天下午,…``)
    is the day the report was filed: ``昨天`` right after it is the day before.
    """
    mention = _date_mention(dateline)
    rel = _RELATIVE.search(text, dateline.end(), dateline.end() + _DATELINE_REACH)
    if rel is None or mention.month is None or mention.day is None or mention.end_day:
        return mention
    if _quoted(text, rel.start()):  # 9月14日讯 “今天我们…”: a speaker's day
        return mention
    told = _relative(rel)
    if told.relative is None:  # 昨(31)日: the day printed wins, as anywhere
        if told.month is not None or told.day is None:
            return told
        # …in the dateline's month, or the month before when the day is later.
        month, year = mention.month, mention.year
        if told.day > mention.day:
            month, year = (month - 1, year) if month > 1 else (DECEMBER, year and year - 1)
        return attrs.evolve(told, year=year, month=month)
    try:
        day = dt.date(mention.year or PLAIN_YEAR, mention.month, mention.day)
    except ValueError:
        return mention
    day += dt.timedelta(days=told.relative)
    year = day.year if mention.year else None
    return attrs.evolve(
        told,
        year=year,
        month=day.month,
        day=day.day,
        relative=None,
        from_dateline=told.relative,
    )


def _date_mention(m: re.Match[str]) -> DateMention:
    year = int(m["y"]) if m["y"] else None
    if m["roc"] or m["roc2"]:  # 民国56年3月10日, 112年7月24日: Republic-of-China years
        year = int(m["roc"] or m["roc2"]) + ROC_OFFSET
    return _mention(
        m,
        year=year,
        years_back=_LAST_YEAR.get(m["last"] or ""),
        month=1 if m["m0"] else chinese_number(m["m"]),
        day=chinese_number(m["d"].replace(" ", "")),
        end_month=chinese_number(m["m2"]) if m["m2"] else None,
        end_day=chinese_number(m["d2"]) if m["d2"] else None,
    )


def _day_only(text: str) -> DateMention | None:
    for m in _DAY_ONLY.finditer(text):
        printed = m["d"] or m["dp"]
        day = int(printed) if printed else numeral(m["c"] or m["cp"])
        if (
            day is not None
            and 1 <= day <= _MAX_DAY
            and not _is_background(text, m)
            and not _is_future(text, m)
        ):
            last = int(m["d2"]) if m["d2"] else None  # 9-14日, 1~2日: a range of days
            return _mention(m, day=day, end_day=last if last and day < last <= _MAX_DAY else None)
    return None


#: The marker is read as printed: a Taiwan wire prints ``電``/``訊`` and may
#: give the day in numerals (``台中縣十日電``). The search opens on ``日``;
#: the day is read back from it (``_DAY_BEFORE``, three characters at most).
_MARKER_DAY: Final = re.compile(r"日[电讯電訊]")
_DAY_BEFORE: Final = re.compile(r"(?:\d{1,2}|" + _CN_DAY + r")$")


def marker_date(marker: str) -> tuple[int | None, int | None, int] | None:
    """
    The (year, month, day) a dateline prints.

    ``本报6月2日讯`` -> (None, 6, 2); ``中央社记者某某台北7日电`` -> (None,
    None, 7): the month is the publication's (``台中縣十日電`` too).
    """
    m = _DATE.search(marker)
    if m is None:
        day = None
        only = _MARKER_DAY.search(marker)
        if only is not None:
            at = only.start()
            printed = _DAY_BEFORE.search(marker, max(0, at - 3), at)
            day = numeral(printed.group()) if printed is not None else None
        if day is None or not 1 <= day <= _MAX_DAY:
            return None
        return (None, None, day)
    month = 1 if m["m0"] else chinese_number(m["m"])
    day = chinese_number(m["d"].replace(" ", ""))
    if month is None or day is None:
        return None
    return (int(m["y"]) if m["y"] else None, month, day)
