"""
One report's facts, read sentence by sentence, before the year is known.

The lead sentence (the report's first, the dated one after an opening
sentence that only tells what for, or that of a later paragraph that opens
with the date), the event's date (the lead's, with an hour told
later and a length told anywhere), the subject and title the lead names,
the kinds, and every sentence's actors, places and counts: a ``Draft``.
Which year the date falls in, and which of the facts the event keeps, is
the page's business (``_core``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from timeline.extract import _dates as dates
from timeline.extract import _kinds as kinds
from timeline.extract import _layout as layout
from timeline.extract import _places as places
from timeline.extract import _roles as roles
from timeline.extract._clock import later_clock
from timeline.extract._date_context import lasting
from timeline.extract._digest import TIME_OF_DAY
from timeline.extract._event_title import HELD_MANNER
from timeline.extract._headcounts import find_headcounts
from timeline.extract._pubdate import Anchor
from timeline.extract._speakers import rank_speaker
from timeline.extract._subject import (
    HELD_VERB,
    STUDY_GROUP,
    Facts,
    announces,
    body_mention,
    clause_end,
    subject_title,
)
from timeline.extract._text import CJK, simplify
from timeline.model import EventKind, Role

if TYPE_CHECKING:
    from collections.abc import Iterator

    from timeline.extract._text import Mapped

__all__ = ["Draft", "draft_report", "lasting_date"]

#: Longer "sentences" are not the genre's: rules read only their start.
_MAX_SENTENCE: Final = 600

#: A line headed by a month and no day: 3月,…, 9 月 …, 8月中旬 …, 3月——9月,…
_MONTH_ALONE: Final = re.compile(r"[△▲\s]{0,8}[0-9]{1,2}\s?月(?!\s?[0-9]{1,2}\s?[日号號])")


# -- the lead sentence ----------------------------------------------------------


def _lead(text: str, at: int = 0) -> str:
    """The lead sentence as printed: the first sentence from ``at`` (capped)."""
    para_end = text.find("\n", at)
    para_end = len(text) if para_end < 0 else para_end
    cap = min(para_end, at + _MAX_SENTENCE)
    stop = text.find("。", at, cap)
    if stop >= 0 and not CJK.search(text, at, stop):
        stop = text.find("。", stop + 1, cap)  # a stray 。 opening the text is no sentence
    if stop >= 0 and text.count("“", at, stop) > text.count("”", at, stop):
        # A lead that opens by quoting someone (“…。”9月10日,…) goes on
        # after the quotation: a 。 inside it ends no sentence of the report.
        close = text.find("”", stop, cap)
        if close >= 0:
            stop = text.find("。", close, cap)
    end = cap if stop < 0 else stop + 1
    return text[at:end]


#: Paragraphs searched for the event date when the first has none.
_MAX_LEAD_PARAGRAPHS: Final = 6


def _dated_paragraph(body: Mapped) -> tuple[int, dates.DateMention] | None:
    """
    A later paragraph that opens the report: its start and its date.

    Real pages may open with an intro (``在建军节来临之际,``, a photo
    caption) and give the date in a later paragraph; that paragraph's
    first sentence is then the lead.
    """
    text = body.match
    at = text.find("\n")
    for _ in range(_MAX_LEAD_PARAGRAPHS):
        if at < 0:
            return None
        at += 1
        lead = _lead(text, at)
        mention = dates.find_event_date(lead) if not layout.WEEK_HEADING.match(lead) else None
        if mention is not None and not mention.relative:
            return at, mention
        at = text.find("\n", at)
    return None


def _moved(p: places.PlaceMention, by: int) -> places.PlaceMention:
    # (Made directly, not by attrs.evolve, which reads the class's fields
    # again for each of the places of every sentence.)
    return places.PlaceMention(p.name, p.area, (p.span[0] + by, p.span[1] + by))


# -- one report -----------------------------------------------------------------


#: A Latin full stop between two Chinese characters (讲话.区委书记X就…) ends a
#: sentence too; one in a number (2.6万) or a Latin word does not. Runs of
#: other characters are taken whole (``[^…]+``): one loop step per run, not
#: an alternation tried at every character of every sentence.
_SENTENCE: Final = re.compile(
    r"(?:[^。!?\n.]+|(?<![\u4e00-\u9fff])\.|\.(?![\u4e00-\u9fff]))+[。!?\n.]?|[。!?\n.]"
)


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    # A generator: a page of a million sentences never holds a million spans.
    return (m.span() for m in _SENTENCE.finditer(text))


@attrs.frozen
class Draft:
    """
    One report's facts before the year is known.

    Attributes:
        report: The report as the layout cut it.
        mention: The event's date as printed, if any.
        anchor: The date the report's marker gives (``本报6月2日讯``), if any.
        title: The title the lead's subject rule read.
        summary: The lead sentence as shown (its date clause dropped).
        kinds: What sort of event it was, in printed order.
        facts: Every sentence's actors, places and counts, with offsets.
    """

    report: layout.Report
    mention: dates.DateMention | None
    anchor: Anchor | None
    title: str
    summary: str
    kinds: tuple[EventKind, ...]
    facts: Facts


#: A sentence opening so (为纪念…, 为了推进…) tells what the event was for;
#: 为期 tells how long it lasted.
_PURPOSE: Final = re.compile(r"^\s*(?:为|為)(?!期)")


#: A clause naming the occasion the event came before or on (在…召开前夕,
#: 在…到来之际, 值此…之际), closed by a comma.
_OCCASION: Final = re.compile(
    r"(?:^|(?<=[,,;;]))(?:在|值此|正值)[^,,。;;!?\n]{1,60}?(?:前夕|之际|之際)(?=[,,])"
)


def _names_no_act(body: Mapped, lead: str) -> bool:
    """The subject rule finds no act in the report's first sentence ``lead``."""
    scratch = Facts(body)  # its roles are not the event's: only the title's place counts
    read = _occasion_blanked(body.match[: len(lead)])
    subject_title(lead, read, 0, scratch)
    return scratch.evidence["title"] == (0, clause_end(read, 0))


def _occasion_blanked(sentence: str) -> str:
    """
    ``sentence`` with its occasion clauses read as breaks (same length).

    在…召开前夕, 在…到来之际 tell which occasion the event came before or
    on: their words (会议召开) are no act of the event.
    """
    # (Plain looks first: every occasion closes with one of these words, and
    # most lead sentences hold none.)
    if "前夕" not in sentence and "之际" not in sentence and "之際" not in sentence:
        return sentence
    return _OCCASION.sub(lambda m: "," * len(m[0]), sentence)


def _as_read(lead: str, inner: dates.DateMention | None) -> str:
    """
    The lead sentence as the rules read it: the date inside it and its occasions as breaks.

    副省长戴道晋2月14日下午深入…, 为…,6月2日,中原区召开…: the date
    ``inner`` inside the sentence is a clause break for the rules (same
    length, so every offset still holds).
    """
    read = lead
    if inner is not None:
        a, b = inner.span
        read = lead[:a] + "," * (b - a) + lead[b:]
    return _occasion_blanked(read)


#: X(在Y)召开。, X(在Y)举办。: nothing follows the verb, so its subject X is
#: the event, as in X(在Y)举行。 (主持召开 has its object after it).
_HELD_MEETING: Final = re.compile(r"(?<!主持)(?:召开|举办)(?=[,。;]|$)")
#: A subject before ``(在Y)召开/举办,`` that names an event (…会议, …活动,
#: …讲座): with more said after the comma, only such a subject is the event;
#: any other is who held it (由县委宣传部举办,…参加的培训班…, 县委宣传部组织召开,).
_EVENT_HELD: Final = re.compile(
    r"(?:(?<!工|协|学|商|员)会|议|活动|讲堂|讲座|论坛|仪式|典礼|赛|节|班|展)"
    rf"(?:在[^,。在]{{1,20}})?(?:{HELD_MANNER})?$"
)
#: What a subject held by 举行/开幕 may end with that says how or where, not
#: what: a manner word (隆重举行), the host said as this county or a place
#: in it (在我县举行, 在该镇某村举办).
_HOW_WHERE: Final = re.compile(
    rf"(?:在(?:我|本|该)[县区市镇乡州旗][^\s,。;在的]{{0,12}}?(?:{HELD_MANNER})?|{HELD_MANNER})$"
)
#: What a lead may print before its date that is no word of it: marks, an
#: item's number, a tag or a lost encoding's ``????`` (no Chinese at all),
#: or an outlet's name in parentheses (``(某某网某县)``).
_NO_WORDS: Final = re.compile(r"[^\u4e00-\u9fff]*(?:\([^()]{1,24}\)[^\S\n]*)?$")
#: A 大事记's entry mark: 同日 (是日) and a space or a comma (maybe after a time of
#: day: 同日上午,), or ※ (the entry's day is the one before).
_ENTRY_MARK: Final = re.compile(rf"[同是]日{TIME_OF_DAY}?(?:,|[^\S\n]+)|(?:[同是]日|※)[^\S\n]+|※")


def _held_as_subject(read: str) -> str:
    """
    ``read`` (the lead from its subject on) with ``X(在Y)召开/举办。`` read as ``X(在Y)举行。``.

    The subject rule takes the object of 召开 or 举办 for the title; with nothing
    after the verb, the event is its subject, which 举行 says (same length).
    """
    held = _HELD_MEETING.search(read, 0, clause_end(read, 0) + 1)
    if held is None:
        return read
    if read[held.end() : held.end() + 1] == "," and not _EVENT_HELD.search(read, 0, held.start()):
        return read
    return read[: held.start()] + "举行" + read[held.end() :]


#: A title that is only the occasion the lead opens on (在X仪式上, 在X会议上).
_ON_OCCASION: Final = re.compile(
    r"^(?:在|於|于)(?P<x>[^,。;]{2,60}?(?:会|會|会议|會議|仪式|儀式|典礼|典禮|活动|活動))上$"
)


def _occasion_named(title: str, facts: Facts) -> str:
    """
    ``title`` less its frame when it is only the occasion the lead opens on.

    ``在X仪式上,某公司与某县签约。``: no act the subject rule reads; the
    occasion X is what the report is of, the frame 在…上 no part of its name.
    """
    m = _ON_OCCASION.match(title)
    if m is None:
        return title
    t_start = facts.evidence["title"][0]
    facts.evidence["title"] = (t_start + m.start("x"), t_start + m.end("x"))
    return m["x"]


def _without_how_where(title: str, read: str, base: int, facts: Facts) -> str:
    """``title`` (and its evidence) less how or where its verb is held (X在我县隆重举行)."""
    t_start, t_end = facts.evidence["title"]
    end = t_end - base
    if HELD_VERB.match(read, end) is None:
        return title
    tail = _HOW_WHERE.search(read, max(t_start - base, 0), end)  # within the title
    if tail is None:
        return title
    size = end - tail.start()
    if len(title) <= size or simplify(title[-size:]) != read[end - size : end]:
        return title
    facts.evidence["title"] = (t_start, t_end - size)
    return title[:-size]


def _past_purpose(
    body: Mapped, lead: str, para: str, mention: dates.DateMention, *, day_only: bool
) -> tuple[int, str, dates.DateMention]:
    """
    The dated sentence after a lead sentence that only tells what for.

    A report may open with its purpose as a sentence of its own (为纪念…,
    营造…氛围。) and tell the act in the next one, which gives the date
    (6月13日下午,县农业农村局开展了…): that one is the lead, as its title
    and kinds are the event's. The purpose sentence names no act (the
    caller checks), so its words (比学赶超, 学习) would be read as the
    event's kinds; one that does (为庆祝六一,县妇联开展…活动,…) stays.
    """
    at = para.rfind("。", 0, mention.span[0]) + 1
    while at < mention.span[0] and para[at].isspace():
        at += 1
    dated = _lead(body.text, at)
    moved = dates.find_event_date(body.match[at : at + len(dated)], day_only=day_only)
    if at == 0 or moved is None:
        return 0, lead, mention
    return at, dated, moved


def _lead_date(
    body: Mapped, lead: str, *, day_only: bool
) -> tuple[int, str, dates.DateMention | None, bool]:
    """
    Where the lead starts, the lead, its date (with a later hour), and whether it announces.

    Whether a sentence announces an event to come is read once per sentence:
    the opening one's answer serves again when it stays the lead (most pages).
    """
    opening = announces(body.match[: len(lead)])
    if opening and (told := _told_after(body, len(lead))) is not None:
        return (*told, False)  # _told_after takes no sentence that announces
    at, lead, mention = _opening_lead_date(body, lead, day_only=day_only)
    # A lead from offset 0 is the opening sentence (``_lead`` of the same start).
    return at, lead, mention, opening if at == 0 else announces(body.match[at : at + len(lead)])


def _opening_lead_date(
    body: Mapped, lead: str, *, day_only: bool
) -> tuple[int, str, dates.DateMention | None]:
    """The opening sentence's start (or a later paragraph's), the lead, and its date."""
    lead_at = 0
    lead_m = body.match[: len(lead)]
    mention = None
    # A digest's week heading (5月27日至6月2日。) dates no event.
    if layout.WEEK_HEADING.match(lead_m) is None:
        mention = dates.find_event_date(lead_m, day_only=day_only)
        if mention is None:
            para = body.match[: _MAX_SENTENCE * 4].split("\n", 1)[0]
            mention = dates.find_event_date(para, day_only=day_only)
            if mention is not None and _PURPOSE.match(lead_m) and _names_no_act(body, lead):
                lead_at, lead, mention = _past_purpose(body, lead, para, mention, day_only=day_only)
    if mention is None:
        later = _dated_paragraph(body)
        if later is not None:
            lead_at, mention = later
            lead = _lead(body.text, lead_at)
    if mention is None:
        # No paragraph opens with a date: the first one printed anywhere in
        # the report dates it (the lead stays the first sentence).
        mention = _date_anywhere(body.match)
    if mention is not None:
        mention = lasting_date(mention, body.match)
    if (
        mention is not None
        and mention.hour is None
        and mention.end_day is None
        and mention.days is None
        and mention.relative is None
    ):
        # The day in the lead, the hour further on: 上午9时,大会开幕.
        clock = later_clock(body.match[lead_at : lead_at + _MAX_SENTENCE * 4], day=mention.day)
        if clock is not None:
            mention = attrs.evolve(mention, hour=clock[0], minute=clock[1])
    return lead_at, lead, mention


#: Words that make a sentence after an announcement tell no act of the
#: report's own: what came before (据悉, 上届) or what did not happen (不会).
_NOT_TOLD: Final = re.compile(
    r"据悉|据了解|据介绍|此前|早在|上届|上一届|往年|以往|不会|没有|并未|尚未|未能|不再"
)


def _told_after(body: Mapped, at: int) -> tuple[int, str, dates.DateMention] | None:
    """
    The next sentence of the lead's paragraph when it tells a dated act: its start, text and date.

    A lead may open by announcing what is to come (选举将于12月10日举行。)
    and tell the report's own act in the sentence after (行政长官今日(5日)出席…):
    that sentence is the lead, not the announcement.
    """
    if at >= len(body.text) or body.text[at] == "\n":
        return None
    lead = _lead(body.text, at)
    lead_m = body.match[at : at + len(lead)]
    mention = dates.find_event_date(lead_m)
    if mention is None or mention.years_back is not None or announces(lead_m):
        return None
    # 据悉,上届人代会于2016年…召开 tells what came before; 不会于昨日…, what
    # did not happen: neither is the report's own act.
    if _NOT_TOLD.search(lead_m) is not None:
        return None
    return at, lead, lasting_date(mention, body.match)


#: Characters of a report searched for a date anywhere (the last fallback).
_MAX_DATE_SCAN: Final = 20_000


def lasting_date(mention: dates.DateMention, text: str) -> dates.DateMention:
    """A one-day date made as long as the report says the event lasts (``为期两天``)."""
    if mention.end_day is not None or mention.days is not None or mention.hour is not None:
        return mention
    days = lasting(text[: _MAX_SENTENCE * 4], mention.day)
    return attrs.evolve(mention, days=days) if days else mention


def _date_anywhere(text: str) -> dates.DateMention | None:
    """The first full date (``M月D日``) in a report whose paragraphs open with none."""
    at = 0
    for line in text[:_MAX_DATE_SCAN].split("\n"):
        found = None if layout.WEEK_HEADING.match(line) else dates.find_full_date(line)
        if found is not None:
            return attrs.evolve(found, span=(at + found.span[0], at + found.span[1]))
        at += len(line) + 1
    return None


def announces_day(draft: Draft) -> bool:
    """Whether the draft's lead sentence prints only a day still to come (``将在25号举行``)."""
    a, b = draft.facts.evidence["summary"]
    return draft.mention is None and dates.prints_day_to_come(draft.report.body.match[a:b])


def draft_report(  # noqa: C901, PLR0912, PLR0915 - one step per kind of fact, in reading order
    report: layout.Report, anchor: Anchor | None
) -> Draft | str | None:
    """One report's facts; a warning when it announces an event to come; None when it is empty."""
    body = report.body
    lead = _lead(body.text)
    if not lead.strip():
        return None
    lead_at, lead, mention, announced = _lead_date(body, lead, day_only=anchor is not None)
    lead_m = body.match[lead_at : lead_at + len(lead)]
    skip = 0
    if mention is not None and (
        mention.span[0] <= 1 or _NO_WORDS.match(lead_m, 0, mention.span[0]) is not None
    ):
        skip = mention.span[1]
        while skip < len(lead) and lead_m[skip] in ", 、":
            skip += 1
    elif (entry := _ENTRY_MARK.match(lead_m)) is not None:
        skip = entry.end()  # 同日 …: the entry's day, as a dateline
    summary = lead[skip:]
    shown = summary
    # A date found after the lead sentence is no part of it.
    inside = mention is not None and mention.span[1] <= len(lead_m)
    if mention is not None and inside and skip == 0:
        # 为…工作,6月2日,中原区召开…: the date clause goes, the rest stays.
        a, b = mention.span
        if a > 0 and b < len(lead_m) and lead_m[a - 1] == "," and lead_m[b] == ",":
            shown = lead[:a] + lead[b + 1 :]
    facts = Facts(body)
    if mention is not None:
        facts.evidence["start"] = (lead_at + mention.span[0], lead_at + mention.span[1])
    facts.evidence["summary"] = (lead_at + skip, lead_at + len(lead))
    if announced:
        return f"report at offset {report.span[0]}: announces an event to come; skipped"
    read = _held_as_subject(_as_read(lead_m, mention if inside and skip == 0 else None)[skip:])
    title = subject_title(summary, read, lead_at + skip, facts)
    title = _occasion_named(_without_how_where(title, read, lead_at + skip, facts), facts)
    t_start, t_end = facts.evidence["title"]
    kinds_ = kinds.kinds_of(
        body.match[t_start:t_end],
        rest=lead_m[t_end - lead_at :],
        sentence=lead_m,
        body=body.match[lead_at + len(lead) :],
        headline=simplify(report.headline),
    )
    # A study session of a named group: the group takes part.
    t0 = facts.evidence["title"][0]
    for m in STUDY_GROUP.finditer(body.match, t0, facts.evidence["title"][1]):
        facts.add_actor(body_mention(m["org"], Role.TAKES_PART, m.start("org")))
    text = body.match
    speech = business = month_line = False
    paragraph = sentence = -1
    for a, b in _sentences(text):
        # Every rule reads one sentence, and at most its first 600
        # characters: a page without punctuation stays linear.
        seg = text[a : min(b, a + _MAX_SENTENCE)]
        if a == 0 or text[a - 1] == "\n":
            paragraph += 1
            sentence = -1
            # A paragraph opening with what was said (会议指出, 他强调:) tells
            # what the speaker talked of, not where the event went.
            speech = places.opens_speech(seg)
            # One opening with a meeting's business (会议听取了, 全会决定) tells
            # its topics, not its venue.
            business = places.opens_business(seg)
            # A later line headed by a month alone (3月,专家X带领…) is an
            # undated item of a chronicle or told background: its people
            # did not take part in this day's event.
            month_line = a > 0 and _MONTH_ALONE.match(seg) is not None
        # (And a speaker named by surname and rank, 钟主席在讲话中: the one
        # 主席钟… named before.)
        for actor in (
            () if month_line else [*roles.sentence_roles(seg, a), *rank_speaker(seg, text, a)]
        ):
            facts.add_actor(actor)
        late = paragraph >= places.LATE_PARAGRAPH
        for p in () if business else places.find_tour(seg, said=speech, late=late):
            facts.places.append((a + p.span[0], _moved(p, a)))
        sentence += 1
        # A venue told after a later paragraph's first sentence is another
        # activity's (a class once held at the party school), not the event's.
        aside = paragraph > 0 and sentence > 0
        venue = None if business or aside else places.find_venue(seg)
        if venue is not None:
            facts.places.append((a + venue.span[0], _moved(venue, a)))
        for c in find_headcounts(seg, taking_part=True):
            facts.counts.append(
                (a + c.span[0], attrs.evolve(c, span=(a + c.span[0], a + c.span[1])))
            )
    return Draft(report, mention, anchor, title, shown, kinds_, facts)
