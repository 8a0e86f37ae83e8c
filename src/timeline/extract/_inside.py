"""
Several events inside one report's paragraphs: where its sentences cut it.

A report read as one (``_layout``) may still tell several events inside its
paragraphs: a sentence opening with another full date (``…部署。5月31日,…``),
a paragraph opening as a log's next entry after sentences told days one by
one (``5月31日,…``), a second meeting chaired in the next clause (``…主持召开
常委会会议,区长…主持召开常务会议``), or the parts a lead's range of days sums
up, told back to an earlier day. Where a body's lines split into items is
``_digest``'s question (and so is a round of visits' sentences); this module
reads the sentences of one body.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from timeline.extract import _dates as dates
from timeline.extract._later_days import Told, goes_on_trip, in_range, opening_day, other_day

__all__ = ["range_parts", "sentence_days", "sentence_meetings"]

#: Parts a range must sum up, at least.
_MIN_PARTS: Final = 2

# The date grammar the sentence rules share, written once.
#: Words joining a range's first and last days (``28日至30日``, ``28日-30日``,
#: ``28日─30日`` with a box-drawing dash as ``dates.RANGE_JOINER`` reads it).
_RANGE_WORDS: Final = ("至", "到", "-", "—", "─", "~")
#: A day with its month: ``5月31日``, ``5月31号``.
_MONTH_DAY: Final = r"\d{1,2}月\d{1,2}[日号]"
#: A day, its month maybe left out: ``31日``, ``5月31日``.
_DAY: Final = r"(?:\d{1,2}月)?\d{1,2}[日号]"
#: A range's last day after its first, if printed: ``至6月1日``, ``-30日``.
_RANGE_END: Final = rf"(?:(?:{'|'.join(map(re.escape, _RANGE_WORDS))}){_DAY})?"
#: What follows a date said as when its act took place: a comma, a time of day, a clock.
_WHEN: Final = r",|上午|下午|晚|早上|中午|凌晨|\d{1,2}[时点:]"


#: A sentence inside a paragraph that opens with a full date said as when
#: its act took place: ``…部署。5月31日,区委书记…``, ``…。2月1日上午社区…``
#: (the date, maybe a range, then a comma, a time of day or a clock; with
#: its year printed, also straight before its subject: ``…。2023年1月30日社区
#: 干部深入…``, but not before 为/是, a day that is something: ``2016年7月4日为
#: 选举日``; nor a day that names a thing (``…召开的全会``, ``…印发的《方案》``),
#: a deadline or a start (``…前``, ``…起``) or a background (``…成立以来``,
#: ``…至今``). ``…;4月30日中央会议精神`` names a day of something else.
#: ``when`` is set when a comma, a time of day or a clock follows the date.
#: A chronicle's line goes on to another act by its bare day, the line's
#: month left out (``…人代会。17至21日,召开…代表大会。``, ``…展开。23日,某报
#: 创刊。``): ``bare`` is that day, read only with a comma or a time of day after it.
_SENTENCE_DATE: Final = re.compile(
    rf"[。!?;][”’」』]?[^\S\n]*(?:(?P<date>(?P<year>\d{{4}}年)?{_MONTH_DAY}{_RANGE_END})"
    rf"(?:(?=(?P<when>{_WHEN}))"
    r"|(?(year)(?![为是前起]|至今|[^,;。!?\n]{0,8}?(?:的|以来))(?=[\u4e00-\u9fff])|(?!)))"
    rf"|(?P<bare>\d{{1,2}}(?:日?(?:{'|'.join(map(re.escape, _RANGE_WORDS))})\d{{1,2}})?日)"
    r"(?=(?P<bare_when>,|上午|下午|晚|早上|中午|凌晨)))"
)
#: An entry run on after the one before it in one line, its break lost: a
#: chronicle's day set apart by spaces (``…正式施行。 1月6日 某协会换届选举。``;
#: a report's sentence goes on after its date with a comma, a time or its
#: subject), or a brief's headline before its dated lead (``…红线。
#: 区领导调研某工作 9月15日,区长…``). ``day`` or ``headline`` opens it.
_RUN_ON: Final = re.compile(
    r"[。!?;][”’」』]?[^\S\n]+"
    rf"(?:(?P<day>{_MONTH_DAY}{_RANGE_END})[^\S\n]+(?=\S)"
    rf"|(?P<headline>[^\s。!?;,:、()]{{6,40}}[^\S\n]+)(?P<date>{_MONTH_DAY}{_RANGE_END}),)"
)
#: Day entries so run on a body must hold to be a chronicle's lines run
#: together: one is a sentence that happens to set its date apart.
_MIN_RUN_ON: Final = 2
#: A log's entry: a paragraph opening with a full day and a comma, no time of day.
_LOG_ENTRY: Final = re.compile(rf"[^\S\n]*(?:\d{{4}}年)?{_MONTH_DAY},")
#: Characters after a sentence's date read for that date (its range, its time).
_DATE_CLAUSE: Final = 24
#: Characters of a body read for its lead sentence's day (a longer one is cut).
_LEAD_SCAN: Final = 600


def _paragraph_turn(
    told: Told, at: int, end: int, current: dates.DateMention | None, *, cut: bool
) -> tuple[dates.DateMention | None, bool]:
    """
    The day told from the paragraph ``told.text[at:end]`` on, and whether it starts an event.

    A paragraph opening with its own printed day (not 今日) tells that day,
    but for a day of the week's range a trip told (``5月7日至9日,…赴…`` then
    ``5月8日,…``): a stage of that trip, which goes on telling the range (a
    chronicle's range heading, no trip, gives way to the entry's own day).
    After a sentence that told another day (``cut``: the text is a log of
    dated acts), a paragraph opening with a day other than that one starts
    an event of its own, and so does one printing the same full day again
    as a log's next entry does (``5月31日,…``); with its time of day
    (``5月31日下午,…``) it goes on telling that day's act.
    """
    text = told.text
    opening = opening_day(text[at:end])  # it reads the opening only
    if opening is None or opening.relative is not None or opening.day is None:
        return current, False
    if (
        current is not None
        and opening.end_day is None
        and in_range(current, opening)
        and told.trip_before(at)
    ):
        return current, False  # a day of a trip's printed range: one of its stages
    if not cut or current is None or current.day is None:
        return opening, False
    entry = _LOG_ENTRY.match(text, at) is not None
    return opening, other_day(opening, current) or entry


def sentence_days(text: str) -> list[int]:
    """
    Where sentences inside paragraphs open another day's event: offsets in ``text``.

    A report may tell several days in one paragraph (``5月28日,…主持…。
    5月31日,…到…调研…``): a sentence that opens with a full date other than
    the day the text is telling starts an event of its own. The day told is
    the lead sentence's, then that of each paragraph or sentence opening
    with its own day; the same day printed again goes on the same event, and
    a first date after an undated opening (``春回大地。3月5日,…``) is the
    event's own. A date of another year than the day told is history.
    """
    entries = _run_on(text)
    if _SENTENCE_DATE.search(text) is None:
        return entries  # the common case, in one scan
    out: list[int] = []
    current = _lead_day(text)
    told: Told | None = None  # made once a later day is read: most bodies have none
    at = 0
    size = len(text)
    while at < size:
        end = text.find("\n", at)
        end = size if end < 0 else end
        if at:
            told = told or Told(text, 0)
            current, turn = _paragraph_turn(told, at, end, current, cut=bool(out))
            if turn:
                out.append(at)
        for m in _SENTENCE_DATE.finditer(text, at, end):
            a = m.start("bare" if m["bare"] is not None else "date")
            found = _sentence_date(m, text, current)
            if found is None:
                continue
            if current is None or current.day is None:
                current = found
            elif other_day(found, current):
                told = told or Told(text, 0)
                if not goes_on_trip(text, a, found, current, told):
                    out.append(a)
                current = found
        at = end + 1
    return sorted({*out, *entries}) if entries else out


def _sentence_date(
    m: re.Match[str], text: str, current: dates.DateMention | None
) -> dates.DateMention | None:
    """The day a sentence's date ``m`` tells, or None when it tells no other act's day."""
    if m["bare"] is not None:
        # The day alone: a clause read on may reach the next line's date.
        found = dates.find_event_date(m["bare"])
        if found is None or _in_told_range(found, current):
            return None  # a day of the range told (3日至5日,…。4日下午,…闭幕)
        when = m["bare_when"]
    else:
        a = m.start("date")
        found = dates.find_full_date(text[a : a + _DATE_CLAUSE])
        when = m["when"]
    if found is None or found.years_back or _history(found, current, when):
        return None
    return found


def _in_told_range(found: dates.DateMention, current: dates.DateMention | None) -> bool:
    """
    Whether the bare day ``found`` lies in the range of days ``current`` prints.

    Over two months (``5月11日至6月18日,…。20日,…``) the day is of the last one printed.
    """
    if current is None or current.day is None or current.end_day is None or found.day is None:
        return False
    if current.end_month in {None, current.month}:
        return current.day <= found.day <= current.end_day
    return found.day <= current.end_day


def _lead_day(text: str) -> dates.DateMention | None:
    """The day a body's lead sentence tells, if it prints one."""
    lead_end = text.find("。", 0, _LEAD_SCAN)
    return dates.find_event_date(text[: lead_end + 1 if lead_end >= 0 else _LEAD_SCAN])


def _run_on(text: str) -> list[int]:
    """
    Where entries run together in one line open: offsets in ``text``.

    ``1月1日 某政策施行。 1月6日 某协会换届选举。 1月6日 …``: every entry of
    a chronicle is an event, also one of the same day (decision 34), so
    each opens one whatever the day told; a lone one is no evidence of a
    chronicle. A brief's headline run on before its lead opens a brief
    when the lead tells another day than the one told before it (the lead
    sentence's day, then each such brief's).
    """
    days: list[int] = []
    heads: list[int] = []
    told: dates.DateMention | None = None
    for m in _RUN_ON.finditer(text):
        if m["day"] is not None:
            days.append(m.start("day"))
            continue
        told = told or _lead_day(text)  # read once a headline is found: most bodies have none
        found = dates.find_full_date(m["date"])
        if found is None or told is None or told.day is None:
            continue
        if other_day(found, told):
            heads.append(m.start("headline"))
            told = found
    if len(days) < _MIN_RUN_ON:
        days = []
    return sorted(days + heads)


def _history(found: dates.DateMention, current: dates.DateMention | None, when: str | None) -> bool:
    """
    Whether a sentence's date ``found`` is of another year than the day told: history.

    Straight before its subject (no ``when`` after it), a date is a day told
    only in the year the text prints (``2019年3月5日成立…`` under ``10月8日,…``
    is history).
    """
    if current is None or current.day is None:
        return False
    if found.year is not None and current.year not in (None, found.year):
        return True
    return when is None and current.year != found.year


#: A clause that has a meeting chaired, up to the meeting's name and the
#: clause's end: ``区委书记某某主持召开区委常委会会议,`` / ``…专题会;``.
_CHAIRED: Final = re.compile(r"主持召开[^,;。!?\n]{1,40}?会议?(?=[,;])")
#: The next clause of the same sentence having another meeting chaired, by
#: its own chair (``区长某某主持召开…``) or the same one (``主持召开…``);
#: not one the first meeting leads into (``并主持召开``, ``会后主持召开``),
#: which goes on the same event (as a meeting held on a tour does). The
#: words saying so may stand anywhere before the verb (``会议结束后主持召开``,
#: ``结束后又主持召开``), not only opening the clause; after the verb they
#: belong to the second meeting (``主持召开常务会议并讲话``).
_CHAIRED_NEXT: Final = re.compile(
    r"(?!(?:(?!主持召开)[^,;。!?\n]){0,24}?(?:并|会后|会上|会前|随后|其间|期间|结束后|之后))"
    r"[^,;。!?\n]{0,24}?主持召开"
)


def sentence_meetings(text: str) -> list[int]:
    """
    Where a clause inside a sentence has another meeting chaired: offsets in ``text``.

    ``区委书记甲主持召开常委会会议,区长乙主持召开常务会议`` or ``县长甲主持召开
    专题会;主持召开常务会``: two meetings, each held and chaired on its own,
    told in one sentence of one day; each is an event, and the later one has
    the day told before it. A meeting held on a tour (``到某镇调研,并主持召开
    座谈会``) has no meeting chaired before it, and stays with the tour, as
    does one the first meeting leads into (``…会议,会后主持召开…``).
    """
    if text.count("主持召开") < 2:  # noqa: PLR2004 - the common case, in one scan
        return []
    out: list[int] = []
    for m in _CHAIRED.finditer(text):
        at = m.end() + 1  # after the clause's comma or semicolon
        if _CHAIRED_NEXT.match(text, at):
            out.append(at)
    return out


#: A part of a summed-up range: a paragraph or sentence that opens with its
#: own day (or range), maybe after a purpose clause (``为筑牢…,9月29日,…``).
_PART_DAY: Final = re.compile(
    r"(?:^|(?<=[。\n]))[^\S\n]*(?:为[^。\n]{2,60}?,)?"
    rf"(?P<date>{_DAY}{_RANGE_END})(?={_WHEN})"
)


def range_parts(text: str) -> list[int]:
    """
    Where the parts a lead's range sums up begin: offsets in ``text``, or [].

    ``9月28日-29日,某镇领导带队开展督查。`` then ``…9月29日,…前往甲厂…`` and
    ``9月28日,…前往丙学校…``: told back to an earlier day, the parts are
    separate acts the lead sums up (and the lead is no event itself). A
    part prints its month or a range of its own (``15日至17日,…``); a tour's
    days or stages told by their bare day (``6日上午,…`` then ``5日下午,…``), in
    any order, or told in their order, are one event over the range, and give [].
    """
    lead_end = text.find("。", 0, _LEAD_SCAN)
    lead_text = text[: lead_end if lead_end >= 0 else _LEAD_SCAN]
    if not any(w in lead_text for w in _RANGE_WORDS):
        return []  # the common case: the lead prints no range
    lead = dates.find_event_date(lead_text)
    if (
        lead is None
        or lead.day is None
        or lead.end_day is None
        or lead.end_month not in {None, lead.month}
    ):
        return []
    out: list[int] = []
    days: list[int] = []
    for m in _PART_DAY.finditer(text, lead_end + 1 if lead_end >= 0 else len(lead_text)):
        part = dates.find_event_date(m["date"])
        if part is None or part.day is None:
            continue
        if part.month not in {None, lead.month} or not lead.day <= part.day <= lead.end_day:
            return []  # a day outside the range: not its parts
        if part.month is None and part.end_day is None:
            # A bare day (6日上午,…) is how a tour's stages are told, in any
            # order; a separate act prints its month or a range of its own.
            continue
        out.append(m.start() + len(m.group()) - len(m.group().lstrip()))
        days.append(part.day)
    back = any(b < a for a, b in itertools.pairwise(days))
    return out if len(out) >= _MIN_PARTS and back else []
