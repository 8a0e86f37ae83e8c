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
the event; background dates (``自3月1日以来``) are skipped (``_date_context``
reads the words around a date).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

import attrs

from timeline.extract._clock import NUMERAL, TIME, clock, numeral
from timeline.extract._date_context import is_background, is_future, length_after, quoted
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
    days: int | None = None
    closes = False
    if fields.get("end_day") is None:
        days, closes = length_after(m.string, m.end())
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
        if 1 <= day <= _MAX_DAY and not is_background(text, m):
            end_day = int(m["d2"]) if m["d2"] else None
            year = int(m["y"]) if m["y"] else None
            return _mention(m, year=year, month=int(m["m"]), day=day, end_day=end_day)
    del day_only  # a bare day is always read, and always last
    relative = next(
        # “今天我们…”: a speaker's day, not the report's
        (m for m in _RELATIVE.finditer(text) if not quoted(text, m.start())),
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
            and not is_background(text, m)
            and not is_future(text, m)
            and not _names_a_feast(text, m)
        ):
            # A lunar date prints no clock the reports use: the day alone.
            year = int(m["y"]) if m["y"] else None
            return DateMention(
                text=m.group(), span=m.span(), year=year, month=day[0], day=day[1], lunar=True
            )
    return None


#: What makes a lunar date a feast's, not the event's day: ``农历正月十五是元宵节``,
#: ``五月初五为端午节``, ``…亦称端阳节``, the sayings ``正月十五闹元宵``,
#: ``正月十五庆团圆``, ``正月十五月儿圆``; said after it (past an optional 日).
_FEAST_AFTER: Final = (
    "是",
    "为",
    "即",
    "亦称",
    "又称",
    "也称",
    "闹",
    "庆团圆",
    "团圆",
    "月儿圆",
    "月圆",
)
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
        is_future(text, m)
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
#: dates the report (``电`` not opening a word such as ``电话``); also an
#: outlet's news line or digest, maybe naming the place it reports from
#: (``某某网11月26日某县消息 11月25日,``, ``某某网4月14日综合(记者 张三)``),
#: then a space, a colon or a credit: not ``发布消息称``, ``综合执法``.
_DATELINE_AFTER: Final = re.compile(
    r"报道|报导|報導|讯|訊|[电電](?![话話视視影力网網站脑腦子器])"
    r"|(?:[\u4e00-\u9fff]{2,3}?)?消息(?=[(（:：\s])|[综綜]合(?=[(（:：\s])"
)
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
        if is_background(text, m) or is_future(text, m):
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
    if quoted(text, rel.start()):  # 9月14日讯 “今天我们…”: a speaker's day
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
            and not is_background(text, m)
            and not is_future(text, m)
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
