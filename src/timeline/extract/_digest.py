"""
Several reports in one body: where a digest's items begin.

A body is one report per item when its lines open with ``◆●■▲★``, a
``【heading】text`` or a number, each item carrying its own date; when its
paragraphs open with their own date (a round-up, or a report told day by
day); or when short sub-headings name a visit each (a round-up of one
day's visits). A week heading (``5月27日至6月2日。``) is no item. The
layout (``_layout``) cuts the reports at the lines found here; where the
sentences inside one report's paragraphs cut it is ``_inside``'s question,
but for a round of visits found here: its paragraphs are cut where
another of its officials' visits is told (``sentence_visits``). A
paragraph's own day, and a report's later paragraphs of other days, are
read in ``_later_days``; the forms told under headlines (a news list's
teasers, event sub-headings, a round of officials' visits) in
``_headlined``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import deque
from typing import TYPE_CHECKING, Final

import attrs

from timeline.extract import _bylines as bylines
from timeline.extract import _dates as dates
from timeline.extract._headlined import ITEM_BULLETS as _ITEM_BULLETS
from timeline.extract._headlined import MIN_ITEMS as _MIN_ITEMS
from timeline.extract._headlined import NUMBERED as _NUMBERED
from timeline.extract._headlined import headed, officials, titled
from timeline.extract._later_days import (
    MAX_DAY_SCAN,
    in_range,
    later_days,
    opening_day,
    trip_days,
)
from timeline.extract._page import ends_sentence
from timeline.extract._parts import MAX_REPORTS

if TYPE_CHECKING:
    from collections.abc import Iterator

    from timeline.extract._page import Page

__all__ = [
    "BULLET",
    "ITEM_DATE",
    "WEEK_HEADING",
    "Split",
    "date_headed",
    "items",
    "split",
]

#: A digest item's opening: a bullet, or a bracketed heading with text after it.
BULLET: Final = re.compile(
    r"(?:[" + _ITEM_BULLETS + r"]|【[^】]{2,40}】(?=\S)|"
    # a photo gallery's label: 伤健共融: 政务司司长…12月24日出席…
    r"[\u4e00-\u9fff]{2,8}: ?(?=[\u4e00-\u9fff]))"
)
#: A month printed without its 月, glued to the day after it (``1012日`` is 10月12日,
#: ``420日`` 4月20日): the form some sites print every date in.
_GLUED_MONTH: Final = r"(?:1[0-2]|[1-9])"
#: An item's (or a round-up paragraph's) own date, near its start.
ITEM_DATE: Final = re.compile(
    r"^.{0,12}?(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|日前|近日|\d{1,2}日(?:上午|下午|晚)?,)"
)
#: A time of day a 大事记's entry may print after its day (``同日上午,``),
#: longest first (晚间 before 晚).
TIME_OF_DAY: Final = r"(?:上午|下午|晚上|晚间|傍晚|夜间|凌晨|晚|早上|中午)"
#: What may open an item at a line's start.
_ITEM: Final = (
    r"[^\S\n]*(?:(?P<bullet>"
    + BULLET.pattern
    + ")|(?P<numbered>"
    + _NUMBERED.pattern[1:]
    # a chronicle's day lines: 7日   …, 9-14日 …, 1日经…, 1~2日台湾…, 16—19日 …
    # (a yearbook may print the day apart from its 日: 4 日 …, 25—26 日 …)
    # (a range joined as a date's range is: 16——19日, 16至19日)
    # (a gazetteer may print its month apart too, and a range: 1 月 15~17 日,…)
    # (a site may drop the 月 of its dates: 1012日,…, 420日,…, before a comma or a time of day)
    + r")|(?P<dated>"
    + _GLUED_MONTH
    + r"(?:0[1-9]|[12]\d|3[01])日(?=,|上午|下午)|(?:\d{4}年)?\d{1,2}[^\S\n]?月[^\S\n]?\d{1,2}(?:(?:"
    + dates.RANGE_JOINER
    + r")\d{1,2})?[^\S\n]?[日号]|\d{1,2}(?:(?:"
    + dates.RANGE_JOINER
    + r")\d{1,2})?[^\S\n]?日(?![报电讯]))"
    # ※, or 同日 where a day entry prints its day (a space, or a comma, maybe
    # after a time of day: 同日 …, 同日,…, 同日上午,…, 同日下午 …): a further
    # item of the day before it among a 大事记's day entries (read only when
    # the body has dated items: a report's own 同日,… goes on its event);
    # a gazetteer's 大事记 writes the same day 是日 (是日 …, 是日,…)
    + r"|(?P<more>※|[同是]日(?=[^\S\n]|"
    + TIME_OF_DAY
    + r"?(?:,|[^\S\n]))))"
)
#: An item opening at a given line's start.
_ITEM_LINE: Final = re.compile(_ITEM)
#: Items opening at later lines' starts, found by their line break: a pattern
#: opening on a literal lets the engine skip to it, where ``(?m)^`` would be
#: tried at every character of the body.
_ITEM_AFTER_BREAK: Final = re.compile("\n" + _ITEM)
#: The marks of a chronicle's further entries of the day above them.
#: (□ too: a yearbook's □ entries under ``23日 …``; a □ credit, ``□记者 某某``,
#: ends no sentence.)
_MORE_BULLETS: Final = frozenset("△▲Δ□")
#: A week heading: only a range of dates (``2024年5月27日至6月2日。``).
WEEK_HEADING: Final = re.compile(
    r"^\s*[(]?(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*(?:至|-|—|~|到)\s*(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日[)]?[。.]?\s*$"
)
#: A caption dated at its end: …签署仪式。(4月22日), (奥地利时间5月30日).
_END_DATE: Final = re.compile(r"\([^()]{0,8}\d{1,2}月\d{1,2}日\)\s*$")
#: A photo caption's closing credit: ``(许亮 摄)``, ``新华社发``, ``某某供图``.
_PHOTO_CREDIT: Final = re.compile(r"(?:摄|摄影|供图|新华社发|图)\)?\s*$")
#: Words in the first lines that make a page a round-up of several items.
_DIGEST_CUE: Final = re.compile(
    r"要闻简报|简讯|一周|本周|周报|要闻|动态|速览|快报|综述|大事记|纪事"
)
_MIN_ROUNDUP: Final = 3


@attrs.frozen
class Split:
    """
    Where a body splits into reports, and in which form.

    Attributes:
        lines: The first line of every item (and date heading), in order.
        form: ``items`` (bullets, numbers, dated paragraphs or captions),
            ``titled`` (headlined, dated briefs after a dated lead),
            ``headed`` (event sub-headings, dated by the text before them),
            ``officials`` (one paragraph per official's visit, dated by the
            lead that sums them up),
            ``days`` (later paragraphs of other days) or ``dated`` (briefs
            under date headings).
        headings: The date headings among ``lines`` (form ``dated``).
        more: Items that carry no date of their own and belong to the day
            of the item before them (``※`` or ``同日 `` entries of a 大事记).
        photos: Dated photo captions among a chronicle's entries: they end
            the entry above them and are no item.
        again: Items that tell again a tour an earlier item told (its
            official, on a day of its days): no event of their own.
    """

    lines: list[int]
    form: str
    headings: frozenset[int] = frozenset()
    more: frozenset[int] = frozenset()
    photos: frozenset[int] = frozenset()
    again: frozenset[int] = frozenset()


def split(p: Page, body_from: int, stop: int, *, marker: bool) -> Split | None:
    """
    How a report's body splits into several, or None when it is one report.

    The forms are tried from the most explicit (bullets, numbers) to the
    least (a later paragraph of another day).
    """
    first = body_from + (1 if marker else 0)  # the marker line is the lead
    found, photos, marked = _items(p, first, stop)
    if found:
        # ※ entries after the first item are items of the day before them.
        more = [i for i in marked if i > found[0] and not _same_actor(p, found, i)]
        more += [i for i in _unmarked(p, found, stop) if i not in marked]
        return Split(
            sorted(found + more + photos),
            "items",
            more=frozenset(more),
            photos=frozenset(photos),
            # (The dated lead above the items may tell the tour they tell again.)
            again=frozenset(_told_again(p, [first, *found] if found[0] > first else found)),
        )
    if not marker:
        heads, paras = date_headed(p, body_from, stop)
        if paras:
            return Split(sorted(heads + paras), "dated", frozenset(heads))
    found = titled(p, first, stop)
    if found:
        return Split(found, "titled")
    found = headed(p, first, stop)
    if found:
        return Split(found, "headed")
    found = officials(p, body_from, stop)
    if found:
        return Split(found, "officials")
    found = later_days(p, body_from, stop, marker=marker)
    return Split(found, "days") if found else None


#: A chronicle's one-line day entry: the day alone (``9日市政府召开…``,
#: ``3-4日 …``), no month.
_DAY_ENTRY: Final = re.compile(
    r"[^\S\n]*\d{1,2}(?:(?:" + dates.RANGE_JOINER + r")\d{1,2})?[^\S\n]?日(?![报电讯])"
)
#: An undated line that opens so goes on the entry above it (会议强调…,
#: 他指出…) or names no day (上旬, 是月): it is no entry of its own.
_GOES_ON: Final = re.compile(
    r"[^\S\n]*(?:会|他|她|其|该|此|这|同|并|期间|随后|之后|据|近年|目前|截至|上旬|中旬|下旬|是月"
    r"|本月|当月|月内|年内|另|\d)"
)


def _unmarked(p: Page, found: list[int], stop: int) -> list[int]:
    """
    Undated entries of a chronicle printed one line per entry, each of the day above it.

    ``9日 市政府召开…座谈会。`` then ``某公司一行来某市考察。`` then ``11日 …``:
    the editors date the second entry by the line above, as ``同日`` would.
    Read only when every entry is one whole line opening with its day, and
    only a lone line between two entries (paragraphs that wrap, or several
    lines under one day, tell that entry).
    """
    # (The last entry may run on, or be cut by the page: no line lies below
    # it to be read.)
    if len(found) < _MIN_ROUNDUP or not all(
        _DAY_ENTRY.match(p.line(i)) and (ends_sentence(p.line(i)) or i == found[-1]) for i in found
    ):
        return []
    # The page may cut its last entry to a few words (``25日 团市委``): no
    # item, yet it still closes the lone line above it.
    cut = next((i for i in range(found[-1] + 1, stop) if _DAY_ENTRY.match(p.line(i))), None)
    out: list[int] = []
    for a, b in itertools.pairwise(found if cut is None else [*found, cut]):
        lines = [i for i in range(a + 1, b) if p.line(i).strip()]
        if len(lines) != 1:
            continue
        i = lines[0]
        line = p.line(i)
        if p.is_prose(i) and ends_sentence(line) and not _GOES_ON.match(line):
            out.append(i)
    return out


def items(p: Page, body_from: int, stop: int) -> list[int]:
    """The first lines of a digest's items, or [] when the body is one report."""
    return _items(p, body_from, stop)[0]


def _items(p: Page, body_from: int, stop: int) -> tuple[list[int], list[int], list[int]]:
    """
    A digest's items (``items``), the photos set among a chronicle's entries, and its ※ lines.

    (The ※ lines come from the same scan of the body, which ``split`` would otherwise repeat.)
    """
    if body_from >= stop:
        return [], [], []
    forms = _item_lines(p, body_from, stop)
    more = forms["more"]
    photos = _photos_of_entries(p, forms)
    for form in ("bullets", "numbered", "captions"):  # dated captions: each its own report
        if len(forms[form]) >= _MIN_ITEMS:
            return forms[form], [], more
    dated = forms["dated"]
    if _days_of_the_lead(p, dated):
        return [], [], more
    dated = trip_days(p, body_from, dated)
    if len(dated) >= _MIN_ROUNDUP or (len(dated) >= _MIN_ITEMS and _is_digest(p, body_from)):
        # A round-up's paragraph may open with a saying before its date.
        found = _new_actors(p, sorted({*dated, *_saying_first(p, body_from, stop)}))
        return found, [i for i in photos if i > found[0]], more
    # A report told day by day (7月29日,… 7月30日,…): each day is an event.
    if len(dated) >= _MIN_ITEMS and len({_opening_date(p.line(i)) for i in dated}) == len(dated):
        return dated, [], more
    return [], [], more


def _photos_of_entries(p: Page, forms: dict[str, list[int]]) -> list[int]:
    """
    Take the dated photo captions among a chronicle's day entries out of ``forms``; return them.

    A yearbook or a monthly 大事记 prints its entries by day (``1日 …``,
    ``25 日 …``) and may set a photo among them, captioned with its full
    date (``2021年7月1日,…。图为…(某某摄)``): the picture of an entry,
    never an entry of its own (three bare-day entries at least tell the
    chronicle).
    """
    dated = forms["dated"]
    photos = {i for i in dated if "图为" in p.line(i) or _PHOTO_CREDIT.search(p.line(i))}
    if not photos:
        return []
    entries = [i for i in dated if i not in photos and _DAY_ENTRY.match(p.line(i))]
    if len(entries) < _MIN_ROUNDUP:
        return []
    forms["dated"] = [i for i in dated if i not in photos]
    forms["captions"] = [i for i in forms["captions"] if i not in photos]
    return sorted(photos)


#: A round-up paragraph that opens with a saying, then its own date:
#: ``汇聚民意献良策,共谋发展谱新篇。2月7日,某区政协…``.
_SAYING_THEN_DATE: Final = re.compile(
    r"(?m)^[^\S\n]*[^\d\s。,\n][^。\n\d]{3,30}。(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:上午|下午|晚)?,"
)


def _scan_from(p: Page, i: int) -> int:
    """
    Where a scan of line-start patterns from line ``i`` on begins: after the break before it.

    A line's start is after its indent, and a pattern's ``^`` holds only after
    a break (a chronicle's first entry, indented, would not open an item).
    """
    return p.match.rfind("\n", 0, p.lines.starts[i]) + 1


def _saying_first(p: Page, body_from: int, stop: int) -> list[int]:
    """Round-up paragraphs whose date follows an opening saying (their lines)."""
    lo, hi = _scan_from(p, body_from), p.lines.ends[stop - 1]
    found = (p.lines.at(m.end() - 1) for m in _SAYING_THEN_DATE.finditer(p.match, lo, hi))
    return [i for i in found if p.is_prose(i)]


def _days_of_the_lead(p: Page, dated: list[int]) -> bool:
    """
    Whether every later dated paragraph tells a day of the lead's printed range.

    ``2月5日—6日,县长…调研。`` then ``5日下午,…`` and ``6日,…``: the lead
    sums up a tour, the paragraphs tell its days; one event.
    """
    if len(dated) < _MIN_ITEMS:
        return False
    lead = opening_day(p.line(dated[0]))
    if lead is None:
        return False
    days: list[int] = []
    for i in dated[1:]:
        m = opening_day(p.line(i))
        # A tour's days are told in order, one day each: a later range of
        # its own (4月22日至24日 under 4月21日-24日) or a day told back to
        # (22日 after 23日) opens an item of a round-up the range spans.
        if m is None or not in_range(lead, m) or m.end_day is not None or m.day is None:
            return False
        if days and m.day < days[-1]:
            return False
        days.append(m.day)
    return True


#: Who acts, up to the verb (a round-up paragraph's subject).
_WHO_ACTS: Final = (
    r"(?P<who>[^,。;]{3,30}?)"
    r"(?:到|在|赴|深入|来到|前往|带队|带领|率|检查|慰问|走访|调研|视察|督导|看望|主持|出席)"
)
#: A round-up paragraph's opening: its day and time, then who acts.
_ACTOR: Final = re.compile(
    r"^\s*(?:\d{4}年)?(?:\d{1,2}月)?(?P<day>\d{1,2})[日号]" + TIME_OF_DAY + r"?,?" + _WHO_ACTS
)
#: A 同日 entry's opening, up to a visiting verb: who goes on with the day's
#: tour. A meeting chaired or attended (主持, 出席) is an event of its own.
#: A name alone (王五到…) is two characters.
_SAME_DAY_ACTOR: Final = re.compile(
    r"^\s*[同是]日" + TIME_OF_DAY + r"?[,\s]?"
    r"(?P<who>[^,。;]{2,30}?)(?:到|赴|深入|来到|前往|检查|慰问|走访|调研|视察|看望)"
)
#: What may close who acts and is no part of the name (王五一行).
_PARTY: Final = ("一行", "等人", "等")


def _new_actors(p: Page, dated: list[int]) -> list[int]:
    """
    Round-up paragraphs that open a new event: not a same-day paragraph of the same actor.

    A day's round-up may tell one official's tour in several paragraphs
    (``4月4日上午,副市长X检查…`` then ``4月4日下午,副市长X到…慰问…``): the
    tour goes on, it is one event; another official's paragraph is another.
    """
    out: list[int] = []
    last: tuple[str, str] | None = None
    for i in dated:
        m = _ACTOR.match(p.line(i))
        actor = (m["day"], m["who"]) if m is not None else None
        if actor is None or actor != last:
            out.append(i)
        last = actor
    return out


#: A dated item's opening read for its days and who acts: its day or range
#: (``5月27日至28日,``, ``4月22日至24日  ``), then who acts, up to the verb.
#: Read on the item's first characters with its line breaks dropped (an
#: item may break after its date: ``7月18日上午,`` / ``县长某某冒雨前往…``).
_TOUR_ACTOR: Final = re.compile(
    r"\s*(?:\d{4}年)?(?:(?P<month>\d{1,2})月)?(?P<day>\d{1,2})(?:[日号]|(?="
    + dates.RANGE_JOINER
    + r"))(?:(?:"
    + dates.RANGE_JOINER
    + r")(?:(?P<end_month>\d{1,2})月)?(?P<end>\d{1,2})[日号])?"
    + TIME_OF_DAY
    + r"?[,\s]*"
    + _WHO_ACTS
)
#: Characters of an item read for its opening (its day, a range, who acts).
_TOUR_OPENING: Final = 64
#: Tours of several days an item may retell: the last ones told (a week's
#: round-up holds a few dozen items).
_MAX_TOURS: Final = 32


def _told_again(p: Page, found: list[int]) -> list[int]:
    """
    Dated items that tell again the tour of an earlier item: its official, on one of its days.

    A tour of several days, and a week's round-up that holds one, may print
    it twice: ``5月27日至28日,部长某某深入…调研`` then the caption ``5月27日,
    某某来我市看望慰问…(某某/摄)``; ``4月22日至24日  省委书记某某前往甲、乙
    调研。`` then ``4月23日,省委书记某某到乙的某村调研…``. The later item
    retells a day of the tour: one event (ANNOTATION.md counts events, not
    paragraphs; decision 50 reads a follow-up of the same day's act so).
    Another official, or a day outside the range, is another item; so is
    the same official's item on a single day told before (a chronicle's
    ``1月6日 市长某某来到甲代表团…`` / ``1月6日,市长某某来到乙组…``: two
    sittings).
    """
    # (month, first day, last day, who) of the tours told last: a round-up
    # retells a tour a few items after it, and the scan stays linear.
    tours: deque[tuple[str, int, int, str]] = deque(maxlen=_MAX_TOURS)
    out: list[int] = []
    for i in found[:MAX_REPORTS]:  # the page reads no more reports
        a = p.lines.starts[i]
        m = _TOUR_ACTOR.match(p.match[a : a + _TOUR_OPENING].replace("\n", ""))
        if m is None or m["end_month"] not in {None, m["month"]}:
            continue  # no official's tour, or one over a month's end: read as printed
        month, first = m["month"] or "", int(m["day"])
        last = int(m["end"]) if m["end"] else first
        who = _bare_who(m["who"].strip())
        if len(who) < 2 or last < first:  # noqa: PLR2004 - a name's least length
            continue
        if any(
            (month == was_month or not month or not was_month)
            and lo <= first
            and last <= hi
            and _same_official(who, was)
            for was_month, lo, hi, was in tours
        ):
            out.append(i)
        elif last > first:
            tours.append((month, first, last, who))
    return out


def _same_official(who: str, was: str) -> bool:
    """
    Whether ``who`` (an item's subject) names the official ``was`` named.

    With or without the title (副县长王五, 王五), or the name opening a run
    the verb closes late (``某某来我市``: 来 is no verb of the list).
    """
    return (
        who.endswith(was)
        or was.endswith(who)
        or who.startswith(was[-3:])
        or (len(was) > 2 and who.startswith(was[-2:]))  # noqa: PLR2004 - a two-character name
    )


def _same_actor(p: Page, found: list[int], more: int) -> bool:
    """
    Whether the 同日 entry on line ``more`` goes on the dated item before it.

    A round-up may tell one official's day in two paragraphs (``4月4日上午,
    副市长X检查…`` then ``同日下午,副市长X到…``): the tour goes on, as
    ``_new_actors`` reads a day's round-up; another actor's entry is an item.
    """
    k = bisect.bisect_left(found, more)
    same = _SAME_DAY_ACTOR.match(p.line(more))
    last = _ACTOR.match(p.line(found[k - 1])) if k and same is not None else None
    if last is None or same is None:
        return False
    # The same person, with or without a title (副县长王五, 王五一行).
    who, was = (_bare_who(m["who"]) for m in (same, last))
    return bool(who and was) and (who.endswith(was) or was.endswith(who))


def _bare_who(who: str) -> str:
    """``who`` without the party word closing it (``王五一行``: 王五)."""
    for party in _PARTY:
        who = who.removesuffix(party)
    return who


def _item_starts(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """Items opening at a line's start within ``text[lo:hi]``, as ``(?m)^`` finds them."""
    if lo == 0 or text[lo - 1] == "\n":
        first = _ITEM_LINE.match(text, lo, hi)
        if first is not None:
            yield first
            lo = first.end()  # a 【…】 bullet may run over a line break
    yield from _ITEM_AFTER_BREAK.finditer(text, lo, hi)


def _item_lines(p: Page, body_from: int, stop: int) -> dict[str, list[int]]:
    """Lines that may open an item, by form, found in one scan."""
    lo, hi = _scan_from(p, body_from), p.lines.ends[stop - 1]
    forms: dict[str, list[int]] = {
        "bullets": [],
        "numbered": [],
        "dated": [],
        "captions": [],
        "more": [],
        "wrapped": [],
    }
    for m in _item_starts(p.match, lo, hi):
        i = p.lines.at(m.end() - 1)
        line = p.line(i)
        if m["more"]:
            forms["more"].append(i)
        elif m["bullet"]:
            form = _bullet_form(p, i, m["bullet"])
            if form:
                forms[form].append(i)
        elif m["numbered"]:
            if ITEM_DATE.match(line):
                forms["numbered"].append(i)
        else:
            for form in _dated_forms(p, i, stop, m.end() - p.lines.starts[i]):
                forms[form].append(i)
    # A wrapped entry counts among a chronicle's entries only (three at least).
    wrapped = forms.pop("wrapped")
    if wrapped and len(forms["dated"]) + len(wrapped) >= _MIN_ROUNDUP:
        forms["dated"] = sorted(forms["dated"] + wrapped)
    return forms


#: A photo's file name printed as its caption (``…会议顺利召开.png``): the
#: picture of an item, never one.
_IMAGE_FILES: Final = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp")


def _dated_forms(p: Page, i: int, stop: int, opening: int) -> tuple[str, ...]:
    """The forms of an item line ``i`` opening with a day (``opening``: where its words start)."""
    line = p.line(i)
    if WEEK_HEADING.match(line) or line.rstrip().lower().endswith(_IMAGE_FILES):
        return ()
    if p.is_prose(i):  # not a page-header line (2014年1月17日 星期五 第01版)
        return ("dated", "captions") if _PHOTO_CREDIT.search(line) else ("dated",)
    return ("wrapped",) if _wrapped(p, i, stop, opening) else ()


def _bullet_form(p: Page, i: int, bullet: str) -> str:
    """The form of an item line ``i`` opening with ``bullet`` (``bullets``, ``more``), or ''."""
    line = p.line(i)
    # An item carries its own date (●7月2日,…, ◆…日前…); a bullet
    # without one (【图文】, a photo note) is part of the report.
    rest = line[len(bullet) :]
    if (
        (ITEM_DATE.match(rest) or _END_DATE.search(rest))
        and bylines.parse(rest, whole=True) is None
        and not p.is_meta(i)  # 发布时间:2021年3月5日 is a header line
    ):
        return "bullets"
    if bullet in _MORE_BULLETS and ends_sentence(line):
        # A 大事记's undated △ entry is a further item of the day
        # above it, as 同日 is (read only among dated items).
        return "more"
    return ""


#: What a page-header line that opens with a date prints (2014年1月17日 星期五
#: 第01版, 12日 来源…): no chronicle entry's words.
_HEADER_WORDS: Final = re.compile(r"星期|礼拜|版|来源|浏览|编辑|作者|时间|日期|发布于")
#: The words a wrapped entry prints after its day: eight Chinese characters
#: at least.
_WORDS: Final = re.compile(r"(?:[^\u3400-\u9fff\n]*[\u3400-\u9fff]){8}")


def _wrapped(p: Page, i: int, stop: int, opening: int) -> bool:
    """
    Whether line ``i`` is a chronicle entry broken at the column before its first clause mark.

    A yearbook's or a flip-book's text keeps the printed lines:
    ``17日 某报主办的某某评选结果揭`` then ``晓,某景区获评…。``. The first
    line holds no comma, so it is no prose line, yet it opens an entry when
    it stands where an entry does (after a sentence's end or a date
    heading), prints words after its day (``opening``: where they start),
    and the next line goes on with it, or it is the body's last line (an
    entry the page cut: whether it tells its act is ``_core``'s question).
    """
    line = p.line(i)
    if "," in line or "。" in line or ends_sentence(line) or _HEADER_WORDS.search(line):
        return False
    if not _WORDS.match(line, opening) or p.is_meta(i):
        return False
    before = p.line(i - 1) if i else ""
    if before.strip() and not ends_sentence(before) and not _DATE_HEADING.match(before):
        return False  # a line of a wrapped paragraph that opens with a day
    if i + 1 >= stop:
        return True
    after = p.line(i + 1)
    return bool(after.strip()) and _ITEM_LINE.match(after) is None


def _opening_date(line: str) -> str:
    """The day a line opens with, as its number (``11月18日`` and ``18日`` are one day)."""
    m = _OPENING_DAY.match(line)
    return m["day"] if m is not None else ""


_OPENING_DAY: Final = re.compile(
    r"^\s*(?:\d{4}年)?(?:\d{1,2}月|" + _GLUED_MONTH + r"(?=\d{2}日))?(?P<day>\d{1,2})"
)


def _is_digest(p: Page, body_from: int) -> bool:
    """Cues of a round-up in the headline and header, or a week heading in the body."""
    for i in range(min(body_from + 8, len(p.lines))):
        a, b = p.lines.span(i)
        line = p.match[a:b]
        if (i < body_from and _DIGEST_CUE.search(line)) or WEEK_HEADING.match(line):
            return True
    return False


#: A line that is only a day: ``107年6月1日``, ``• 2020年3月21日星期六``, ``6月2日``,
#: or, in a monthly 大事记 whose title names the month, ``13日—14日``, ``1日晚``.
_DATE_HEADING: Final = re.compile(
    r"^[^\w\s]{0,3}\s*(?:(?:(?:\d{4}|\d{2,3}) ?年 ?)?\d{1,2} ?月 ?\d{1,2} ?[日号]"
    r"(?:\s*(?:星期|周)[一二三四五六日天])?"
    r"|\d{1,2} ?日(?:(?:" + dates.RANGE_JOINER + r")\d{1,2} ?日)?" + TIME_OF_DAY + r"?)"
    r"\s*[^\w\s]{0,3}$"
)
#: Lines before the body searched for the first date heading (it may stand
#: among the header lines, right before the first paragraph).
_HEADING_BACK: Final = 3


def date_headed(p: Page, body_from: int, stop: int) -> tuple[list[int], list[int]]:
    """
    A digest under date headings: (the heading lines, the items' first lines).

    A county's monthly record prints a day on a line of its own
    (``107年6月1日``, or ``6日`` under a ``2020年1月大事记`` title) and then
    that day's briefs, one paragraph each: every
    paragraph is an item, dated by the heading above it. Two headings at
    least, one of them in the body; else ([], []).
    """
    heads: list[int] = []
    paras: list[int] = []
    lo = max(0, body_from - _HEADING_BACK)
    for i in range(lo, min(stop, body_from + MAX_DAY_SCAN)):
        if _DATE_HEADING.match(p.line(i)):
            heads.append(i)
        elif (
            heads
            and i >= body_from
            and p.is_prose(i)
            and (heads[-1] == i - 1 or ends_sentence(p.line(i - 1)))
        ) or (heads and i >= body_from and _wrapped_bullet(p, i, stop)):
            paras.append(i)
    if len(heads) < _MIN_ITEMS or heads[-1] < body_from or not paras:
        return [], []
    return heads, paras


def _wrapped_bullet(p: Page, i: int, stop: int) -> bool:
    """Whether line ``i`` is a bulleted entry broken at the column (``△某某查看`` + ``工程。``)."""
    m = _ITEM_LINE.match(p.line(i))
    return m is not None and m["bullet"] is not None and _wrapped(p, i, stop, m.end())
