"""
Which day a date mention means, and which year a page speaks of.

Reports print month and day only: ``resolve`` gives the year, the
publication's or the one before when the date would fall after
publication, counts a relative day from the dateline or the publication
date, and turns a mention into an all-day range or an aware datetime. A
page with no publication date is dated by the years and months it prints
(``plausible_year``, ``plausible_month``) or a chronicle's month heading.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from typing import TYPE_CHECKING, Final

import attrs

from timeline.extract._dates import DECEMBER, PLAIN_YEAR, ROC_OFFSET, ROC_YEAR, DateMention
from timeline.extract._hant import TO_SIMPLIFIED, TRADITIONAL
from timeline.extract._lunar import on_or_before
from timeline.model import SHANGHAI, When

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "anchor_day",
    "chronicle_years",
    "fixed_year",
    "headed_day",
    "item_months",
    "month_heading",
    "plausible_month",
    "plausible_year",
    "resolve",
    "start_day",
]

#: Three digits that lost 月 (and 日) and read two ways (121日 or 121上午:
#: 1月21日 or 12月1日), whichever reading the match took.
_TWO_WAY: Final = re.compile(r"\s*1(?P<x>[0-2])(?P<d>[1-9])(?:[日号]|上午|下午|晚上|,)")


def _year_for(month: int, day: int, published: dt.date) -> dt.date:
    """The date on or before ``published`` with that month and day."""
    try:
        candidate = dt.date(published.year, month, day)
    except ValueError:
        candidate = None
    if candidate is None or candidate > published:
        return dt.date(published.year - 1, month, day)
    return candidate


def _first_day(mention: DateMention, base: dt.date, published: dt.date) -> dt.date:
    """The event's first day; ``base`` is the dateline's date or the publication's."""
    if mention.relative is not None:
        return base + dt.timedelta(days=mention.relative)
    if mention.from_dateline is not None and mention.year is None and mention.month:
        # 3月1日讯 昨天: count back from the dateline in the publication's year.
        shift = dt.timedelta(days=mention.from_dateline)
        dateline = dt.date(PLAIN_YEAR, mention.month, mention.day or 1) - shift
        return _year_for(dateline.month, dateline.day, published) + shift
    if mention.month is None:
        if mention.day is None:
            msg = "a date needs a day"
            raise ValueError(msg)
        try:
            start: dt.date | None = dt.date(base.year, base.month, mention.day)
        except ValueError:  # 31日 read in June: May's
            start = None
        if start is None or start > base:  # 30日 read on 2 June: last month
            prev = base.replace(day=1) - dt.timedelta(days=1)
            start = dt.date(prev.year, prev.month, mention.day)
        return start
    if mention.year is not None:
        return dt.date(mention.year, mention.month, mention.day or 1)
    if mention.years_back is not None:
        return dt.date(base.year - mention.years_back, mention.month, mention.day or 1)
    dt.date(2000, mention.month, mention.day or 1)  # existence, in a leap year
    return _year_for(mention.month, mention.day or 1, published)


def resolve(
    mention: DateMention, *, published: dt.date, anchor: dt.date | None = None
) -> tuple[When, When]:
    """
    The (start, exclusive end) of a mention.

    Args:
        mention: What the text says.
        published: The publication date: it gives the year.
        anchor: The dateline's date, for ``昨日`` and ``23日``; defaults to
            ``published``. A lunar date counts from ``published`` only.

    Raises:
        ValueError: When the date does not exist (``2月30日``).
    """
    if mention.lunar and mention.month and mention.day:
        # A lunar date counts from publication (a dateline's anchor is solar).
        start = on_or_before(mention.month, mention.day, published, year=mention.year)
    else:
        start = _first_day(mention, anchor or published, published)
    two = _TWO_WAY.match(mention.text) if mention.month is not None else None
    if two is not None and mention.year is None and mention.end_day is None:
        # 121日 is 1月21日 or 12月1日: the report follows its event closely, so
        # the reading nearest publication, and one after it only when both are.
        readings = [(1, int(two["x"] + two["d"])), (int("1" + two["x"]), int(two["d"]))]
        days = [
            _first_day(attrs.evolve(mention, month=month, day=day), anchor or published, published)
            for month, day in readings
        ]
        start = min(days, key=lambda day: (day > published, abs(published - day)))
    if mention.end_day is not None:
        end_month = mention.end_month or start.month
        if (
            mention.end_month is None
            and mention.end_day < start.day
            and "、" not in mention.text
            and start.day - mention.end_day > _ROLLOVER
        ):
            # 9月30日至2日: a day before the first one is in the next month,
            # when the range stays short; 5月10日至9日 is a misprint, and
            # 5月20日、8日 a list, and neither runs for weeks.
            end_month = end_month % DECEMBER + 1
        end_year = start.year + (1 if end_month < start.month else 0)
        last = dt.date(end_year, end_month, mention.end_day)
        if last < start:
            msg = f"range ends before it starts: {mention.text}"
            raise ValueError(msg)
        return start, last + dt.timedelta(days=1)
    if mention.days is not None and mention.days > 1:
        if mention.closes:
            return start - dt.timedelta(days=mention.days - 1), start + dt.timedelta(days=1)
        return start, start + dt.timedelta(days=mention.days)
    if mention.hour is not None:
        moment = dt.datetime(
            start.year, start.month, start.day, mention.hour, mention.minute or 0, tzinfo=SHANGHAI
        )
        return moment, moment
    return start, start + dt.timedelta(days=1)


def anchor_day(
    anchor: tuple[int | None, int | None, int] | None, published: dt.date
) -> dt.date | None:
    """
    The day a report's marker gives (``本报6月2日讯``: year, month, day), if it is one.

    A marker without its year is of the year ``published`` gives it; one
    without its month too, of the month before or of publication.
    """
    if anchor is None:
        return None
    year, month, day = anchor
    try:
        if year and month:
            return dt.date(year, month, day)
        return resolve(
            DateMention(text="", span=(0, 0), month=month, day=day), published=published
        )[0]
    except ValueError:
        return None


def start_day(
    mention: DateMention | None,
    anchor: tuple[int | None, int | None, int] | None,
    published: dt.date,
) -> dt.date | None:
    """The first day ``mention`` means under its marker's ``anchor``, or None when it means none."""
    if mention is None:
        return None
    try:
        start = resolve(mention, published=published, anchor=anchor_day(anchor, published))[0]
    except ValueError:
        return None
    return start.date() if isinstance(start, dt.datetime) else start


#: A range rolls into the next month only from late in the month to early in
#: the next (9月30日至2日: 28 days apart in the printed days).
_ROLLOVER: Final = 20


#: A year, with the month printed after it (``2021年3月``, ``2021-03``); two
#: digits that open a longer number (``2021-2035``) are no month.
_YEAR: Final = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(\d{1,2}(?!\d))?")
#: The end of a span of years (a plan's ``(2021-2035年)``, a footer's
#: ``Copyright 2001-2024``): neither year is the one the page speaks in, unless
#: the span is a working year's (``2017-2018年扶贫``, ``2018-2019年度``), which opens then.
#: (Matched next to a year the text prints, not searched for over the page.)
_SPAN_END: Final = re.compile(r"\s*[-—–~～]\s*(?:19|20)\d{2}(?!\d)")
_SPAN_START: Final = re.compile(r"(?:19|20)\d{2}\s*[-—–~～]\s*$")
#: Characters before a year that hold a span's first year and its dash.
_SPAN_START_LEN: Final = 8
#: What a span's second year follows (a dash, or the space after one).
_SPAN_DASHES: Final = frozenset("-—–~～ ")
_WORKING_YEAR_SPAN: Final = 1
_TARGET_BEFORE: Final = ("到", "至", "于", "在", "截至", "争取", "力争", "预计")
#: A Republic-of-China year (``112年7月``, ``102年度``), opening on its 1 so
#: the search skips to those; ``m`` holds a month printed after it. Not a
#: count of years, which any page prints (建校110年来, 110年历史, 110年校庆).
_ROC_YEAR: Final = re.compile(
    ROC_YEAR + r"年(?!来|來|以来|以來|历史|歷史|校庆|校慶|华诞|華誕)度?(?:(?P<m>\d{1,2})月)?"
)
#: What a count of years follows (成立105年庆祝大会, 建校110年).
_COUNTED_FROM: Final = re.compile(
    r"(?:成立|建[校院厂廠村县縣馆館所站社]|[创創]建|创办|創辦|办学|辦學|开业|開業)$"
)
#: The simplified forms of the ``_hant`` table's traditional characters: a
#: page printing more traditional ones than these is Taiwanese (or Hong Kong's).
_HANS_CHAR: Final = re.compile("[" + "".join(sorted(set(TO_SIMPLIFIED.values()))) + "]")


#: Characters read for a page's script: its opening tells it.
_SCRIPT_SAMPLE: Final = 2000


def _taiwanese(text: str) -> bool:
    """Whether ``text`` is a Taiwan page's, whose three-digit years are the Republic's."""
    if "民國" in text or "民国" in text:
        return True
    sample = text[:_SCRIPT_SAMPLE]
    return len(TRADITIONAL.findall(sample)) > len(_HANS_CHAR.findall(sample))


#: Years before this are history in the genre (a page printing 1951 is not from 1951).
_FIRST_PLAUSIBLE: Final = 2000


#: A year printed in words, digit by digit (二〇一二).
#: Sites type the zero as a Latin letter too (二O二一年).
_YEAR_DIGITS: Final = str.maketrans("〇○OＯ零一二三四五六七八九", "00000123456789")
#: A year in words, as a pattern: its first numeral, then three more.
_YEAR_WORDS: Final = "[〇○OＯ零一二][〇○OＯ零一二三四五六七八九]{3}"


_YEAR_MONTH: Final = re.compile(r"(?<![\d.])((?:19|20)\d{2}) ?年 ?(\d{1,2}) ?月")


def plausible_month(text: str, year: int) -> int | None:
    """
    The month a page of ``year`` most likely speaks of: the first ``2020年10月`` it prints.

    For a page whose events print only their day (a 大事记 under
    ``2020年10月大事记``) and no publication date.
    """
    for m in _YEAR_MONTH.finditer(text):
        month = int(m.group(2))
        if int(m.group(1)) == year and 1 <= month <= DECEMBER:
            return month
    return None


#: A chronicle's name: 大事记 or a digest of it (大事要览, 大事概要, 大事纪要,
#: 大事摘要, 大事回顾), or 纪事.
_CHRONICLE: Final = r"(?:大事(?:[记記]|要[览覽]|[概纪紀摘]要|回[顾顧])?|[纪紀记記]事)"
#: A line that is only a month (a chronicle's heading): ``2020年10月``,
#: ``2020年10月大事记``, ``12月``, ``9/2001``. Sites name their monthly
#: chronicle 大事记 or a digest of it; an unread heading leaves the days to
#: the publication month. The title may name the place (``某市大事记2004年5月``,
#: ``二O二一年七月某区大事记``), put the month after the chronicle
#: (``大事记-2023年4月``, ``大事记(2020年3月)``) or add an edition
#: (``2019年1月大事记(杂志版)``).
_MONTH_HEADING: Final = re.compile(
    r"^\s*(?:"
    rf"(?:[^\s\d()（）]{{0,10}}?{_CHRONICLE}[^\S\n]*[-—:：]?[^\S\n]*[(（]?)?"
    r"(?:(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>\d{1,2})"
    rf"|(?P<yw>{_YEAR_WORDS})年(?P<mw>十[一二]?|[元一二三四五六七八九]))月份?"
    rf"(?:[^\s\d()（）]{{0,10}}?{_CHRONICLE})?[)）]?(?:[(（][^\s()（）]{{1,8}}[)）])?"
    r"|(?P<m2>\d{1,2})/(?P<y2>(?:19|20)\d{2}))\s*$"
)
#: A month in words (元月, 十二月).
_MONTH_WORDS: Final = {"元": 1, "十一": 11, "十二": 12} | {
    w: k for k, w in enumerate("一二三四五六七八九十", 1)
}


def month_heading(lines: Iterable[str]) -> tuple[int | None, int] | None:
    """The (year, month) a chronicle's heading line names (year None when not printed)."""
    for line in lines:
        m = _MONTH_HEADING.match(line)
        if m is None:
            continue
        if m["mw"]:
            return (int(m["yw"].translate(_YEAR_DIGITS)), _MONTH_WORDS[m["mw"]])
        month = int(m["m"] or m["m2"])
        if 1 <= month <= DECEMBER:
            year = m["y"] or m["y2"]
            return (int(year) if year else None, month)
    return None


def plausible_year(text: str) -> int | None:
    """
    The year a page without a publication date was most likely published.

    The latest year the text prints with a month (``2021年3月``,
    ``2021-03``), else the latest bare year; never a historical year
    (before 2000), never a target year (``到2035年``) and never a span's
    (``2021-2035年``).
    """
    dated: list[int] = []
    bare: list[int] = []
    for m in _YEAR.finditer(text):
        year = int(m.group(1))
        if text[m.start() - 1 : m.start()] in _SPAN_DASHES and _SPAN_START.search(
            text[max(0, m.start() - _SPAN_START_LEN) : m.start()]
        ):
            continue
        span = _SPAN_END.match(text, m.end(1))
        if span is not None and int(span[0][-4:]) - year > _WORKING_YEAR_SPAN:
            continue
        if year < _FIRST_PLAUSIBLE or text[max(0, m.start() - 2) : m.start()].endswith(
            _TARGET_BEFORE
        ):
            continue
        (dated if m.group(2) else bare).append(year)
    # A Taiwan page prints its years in the Republic's count only (102年度,
    # 115年元旦升旗典禮, 今(110)年): they date the page as a Gregorian year would.
    # A mainland page's 110年 counts years (建校110年来).
    if _ROC_YEAR.search(text) is not None and _taiwanese(text):
        for m in _ROC_YEAR.finditer(text):
            before = text[max(0, m.start() - 2) : m.start()]
            if not before.endswith(_TARGET_BEFORE) and not _COUNTED_FROM.search(before):
                (dated if m["m"] else bare).append(int(m["roc2"]) + ROC_OFFSET)
    if dated:
        return max(dated)
    return max(bare) if bare else None


#: A year the text fixes by an anniversary count: the Republic's (新中国60华诞,
#: 中华人民共和国成立70周年: 1949 + N) or the Party's (建党97周年: 1921 + N);
#: not a speech given at one (在庆祝…周年大会上的讲话 is studied for years).
_ANNIVERSARY: Final = re.compile(
    r"(?:(?P<prc>新中国|中华人民共和国|建国)|建党|中国共产党)(?:成立)?(?P<n>\d{2,3})(?:周年|华诞)"
    r"(?!大会上)"
)
#: A year the text fixes by the half of it a report covers (2012年上半年工作总结).
_HALF_YEAR: Final = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*年[上下]半年")
_PRC_FOUNDED: Final = 1949
_CPC_FOUNDED: Final = 1921


def fixed_year(text: str) -> int | None:
    """
    The latest year ``text`` fixes by an anniversary count or a half-year, if any.

    Unlike a bare printed year (``2016年以来``, ``1996年締結``), these tell
    the year the report itself is in; a page stamped years later is a
    re-posting (a yearbook's 大事记, an old report re-stamped).
    """
    found = [int(m[1]) for m in _HALF_YEAR.finditer(text)]
    found.extend(
        (_PRC_FOUNDED if m["prc"] else _CPC_FOUNDED) + int(m["n"])
        for m in _ANNIVERSARY.finditer(text)
    )
    return max(found, default=None)


#: A chronicle's year heading, a line of its own: the year alone (``1989年``,
#: ``2005年度``, a PDF's ``1996 年``) or a 大事记's title (``1998年大事記``,
#: ``2003年绍兴市大事记``, ``1986年(6—12月底)安国大事记``, ``2019年1月大事记``,
#: ``2011大事记``, with an edition: ``2019年1月大事记(杂志版)``).
#: A title that names no chronicle (``2018年花山节``) is a report's headline.
_YEAR_LINE: Final = (
    # (Opening on the line break before the line, a literal the engine skips
    # to, not on ``^``, tried at every character of the page: it is searched
    # in the page behind one line break, and a match's start is the line's
    # offset in the page.)
    rf"(?m)\n[^\S\n]*(?:[(（【]?(?P<y>(?:19|20)\d{{2}}|{_YEAR_WORDS})[^\S\n]?"
    r"(?:年(?:度?[)）】]?[^\S\n]*[:：]?|[^\n大纪紀记記]{0,16}+(?:大事[记記件]|[纪紀记記]事)"
    r"(?:[(（][^\s()（）]{1,8}[)）])?)|(?:大事[记記件]|[纪紀记記]事))"
)
_YEAR_HEADING: Final = re.compile(_YEAR_LINE + r")[^\S\n]*$")
#: The same, or a title naming the place first (``某区2021年大事记``,
#: ``某市大事记2004年5月``): tried on a page that prints 大事 only (it tries a
#: few characters at every line's start).
_TITLED_YEAR_HEADING: Final = re.compile(
    _YEAR_LINE + r"|[^\s\d()（）]{1,10}?(?P<y3>(?:19|20)\d{2})年?大事[记記]"
    r"(?:[(（][^\s()（）]{1,8}[)）])?"
    r"|[^\s\d()（）]{0,10}?大事[记記][^\S\n]*[-—:：]?[^\S\n]*"
    r"(?P<y2>(?:19|20)\d{2})年\d{1,2}月)[^\S\n]*$"
)
#: Year headings read on one page at most (a chronicle of a few decades).
_MAX_YEAR_HEADINGS: Final = 100
#: Reports a year heading must stand over: a chronicle lists several dated
#: items under each year; one report under a year line is no chronicle's.
_MIN_UNDER_HEADING: Final = 2


def chronicle_years(text: str, starts: list[int]) -> tuple[list[int], list[int]]:
    """
    The offsets of a chronicle's year headings and the year each names.

    ``starts`` are the offsets of the page's dated reports, in order. The
    first heading counts when at least two of them stand under it, before
    the next heading: a year line over a single report, or a run of year
    lines with nothing between (an archive menu), heads no chronicle; once
    one has, a later heading needs one report under it (an excerpt cut
    after the new year's first item). A page of a chronicle in parts opens
    with the items of the year before its first heading (一九六八年 after
    1967's items, in a chronicle the next heading shows ascending): they
    take that year, as if headed at the page's start.
    """
    found: list[tuple[int, int]] = []
    pattern = _TITLED_YEAR_HEADING if "大事" in text else _YEAR_HEADING
    for m in pattern.finditer("\n" + text):
        if len(found) >= _MAX_YEAR_HEADINGS:
            break
        year = m["y"] or m.groupdict().get("y2") or m.groupdict().get("y3")
        if year is not None:
            found.append((m.start(), int(year.translate(_YEAR_DIGITS))))
    offsets: list[int] = []
    heads: list[int] = []
    for k, (start, year) in enumerate(found):
        stop = found[k + 1][0] if k + 1 < len(found) else len(text)
        # The line may be read as the headline of the report under it.
        under = bisect.bisect_left(starts, stop) - bisect.bisect_left(starts, start)
        if under >= (1 if heads else _MIN_UNDER_HEADING):
            offsets.append(start)
            heads.append(year)
    if len(heads) > 1 and bisect.bisect_left(starts, offsets[0]) and heads[1] != heads[0]:
        step = 1 if heads[1] > heads[0] else -1
        offsets.insert(0, 0)
        heads.insert(0, heads[0] - step)
    return offsets, heads


def headed_day(offset: int, headings: tuple[list[int], list[int]], dating: dt.date) -> dt.date:
    """
    The day dates at ``offset`` are counted back from, under the year heading above it.

    A chronicle's ``1998年大事記`` (or ``1989年`` over its items) fixes the
    year of each item under it, whatever later year the page is stamped
    (REVIEW decision 25k): the last day of that year. A heading of the
    stamp's own year or later changes nothing.
    """
    offsets, heads = headings
    k = bisect.bisect_right(offsets, offset)
    if not k or heads[k - 1] >= dating.year:
        return dating
    return dt.date(heads[k - 1], DECEMBER, 31)


def item_months(
    items: list[tuple[int, DateMention | None, bool]],
    headings: tuple[list[int], list[int]],
    dating: dt.date,
) -> list[tuple[int, int, int] | None]:
    """
    The anchor of each bare day under a year heading: the month of the dated item above it.

    ``items`` are the reports' (offset, date mention, whether it prints a
    bare day that nothing anchors). A chronicle prints ``2月18日 …`` then
    ``26日 …``, ``28日 …``: the days go on in February of the heading's
    year; counted back from that year's last day they would fall in
    December. Other items get None.
    """
    out: list[tuple[int, int, int] | None] = []
    last: tuple[dt.date, int, int] | None = None
    for offset, m, bare in items:
        day = headed_day(offset, headings, dating)
        anchor = None
        if bare and day != dating and last is not None and last[0] == day:
            _, year, month = last
            anchor = (year, month, calendar.monthrange(year, month)[1])
        elif m is not None and m.month and m.relative is None and not m.lunar:
            last = (day, m.year or day.year, m.end_month or m.month)
        out.append(anchor)
    return out
