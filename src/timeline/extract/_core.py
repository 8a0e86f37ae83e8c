"""
The extraction pipeline: page -> reports -> events, with evidence.

Each stage is a plain function of text (picklable, so pages can run in
worker processes). [`extract_text`][timeline.extract.extract_text] is the whole pipeline for one
page;
it raises [`ExtractError`][timeline.ExtractError] only when nothing at all
can be read (empty or binary input), and otherwise returns what it could
read, with warnings for what it could not and what it assumed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from typing import TYPE_CHECKING, Final

import attrs

from timeline.errors import ExtractError, InvalidEventError
from timeline.extract import _dates as dates
from timeline.extract import _kinds as kinds
from timeline.extract import _layout as layout
from timeline.extract import _places as places
from timeline.extract import _roles as roles
from timeline.extract._headcounts import choose as choose_headcounts
from timeline.extract._headcounts import find_headcounts
from timeline.extract._page import ends_sentence
from timeline.extract._people import strip_glosses
from timeline.extract._pubdate import Anchor, published_date, read_published
from timeline.extract._subject import STUDY_GROUP, Facts, announces, body_mention, subject_title
from timeline.extract._text import simplify
from timeline.model import (
    Delegation,
    Event,
    EventKind,
    Headcount,
    Location,
    Organisation,
    Participant,
    Person,
    Role,
    Source,
    When,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from timeline.extract._text import Mapped

__all__ = ["SNIFF", "Evidence", "ExtractionResult", "check_text", "event_id", "extract_text"]

_BINARY_SHARE: Final = 0.1
#: Bytes (or characters) of a page sniffed for binary data.
SNIFF: Final = 4096
_MAX_SNIPPET: Final = 120
#: Longer "sentences" are not the genre's: rules read only their start.
_MAX_SENTENCE: Final = 600
_MAX_WARNINGS: Final = 100
#: People named without a title whose title is looked for elsewhere, per event.
_MAX_BARE: Final = 8


@attrs.frozen
class Evidence:
    """
    Where a fact came from.

    Attributes:
        start: Page offset of the first character.
        end: Page offset after the last character.
        snippet: The printed text, shortened to 120 characters.
    """

    start: int
    end: int
    snippet: str


@attrs.frozen(kw_only=True)
class ExtractionResult:
    """
    What a page yielded.

    Attributes:
        events: The events, in page order.
        evidence: Per event (same order), field path -> [`Evidence`][timeline.extract.Evidence];
            paths are ``start``, ``end``, ``title``, ``kinds``, ``summary``,
            ``participants[i]``, ``delegations[i]``, ``locations[i]``,
            ``headcounts[i]``, ``source.headline`` and ``source.byline[i]``.
        warnings: What could not be read, and what was assumed.
        published: The publication date used (given, read or assumed).
    """

    events: tuple[Event, ...]
    evidence: tuple[Mapping[str, Evidence], ...]
    warnings: tuple[str, ...]
    published: dt.date


def event_id(start: When, kinds_: tuple[EventKind, ...], title: str) -> str:
    """
    A stable event id: ``2020-05-25-inspection-3f2a9c``.

    The date, the main kind, and six hex digits of the SHA-1 of the title:
    identical reports give identical ids; a re-typeset page (other offsets)
    does too.
    """
    day = start.date() if isinstance(start, dt.datetime) else start
    kind = kinds_[0] if kinds_ else EventKind.OTHER
    digest = hashlib.sha1(title.encode(), usedforsecurity=False).hexdigest()[:6]
    return f"{day.isoformat()}-{kind}-{digest}"


# -- the lead sentence ----------------------------------------------------------


def _lead(text: str, at: int = 0) -> str:
    """The lead sentence as printed: the first sentence from ``at`` (capped)."""
    para_end = text.find("\n", at)
    para_end = len(text) if para_end < 0 else para_end
    cap = min(para_end, at + _MAX_SENTENCE)
    stop = text.find("。", at, cap)
    if stop >= 0 and not _CJK.search(text, at, stop):
        stop = text.find("。", stop + 1, cap)  # a stray 。 opening the text is no sentence
    if stop >= 0 and text.count("“", at, stop) > text.count("”", at, stop):
        # A lead that opens by quoting someone (“…。”9月10日,…) goes on
        # after the quotation: a 。 inside it ends no sentence of the report.
        close = text.find("”", stop, cap)
        if close >= 0:
            stop = text.find("。", close, cap)
    end = cap if stop < 0 else stop + 1
    return text[at:end]


_CJK: Final = re.compile(r"[\u4e00-\u9fff]")


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
    return attrs.evolve(p, span=(p.span[0] + by, p.span[1] + by))


# -- one report -----------------------------------------------------------------


#: A Latin full stop between two Chinese characters (讲话.区委书记X就…) ends a
#: sentence too; one in a number (2.6万) or a Latin word does not.
_SENTENCE: Final = re.compile(
    r"(?:[^。!?\n.]|(?<![\u4e00-\u9fff])\.|\.(?![\u4e00-\u9fff]))+[。!?\n.]?|[。!?\n.]"
)


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    # A generator: a page of a million sentences never holds a million spans.
    return (m.span() for m in _SENTENCE.finditer(text))


@attrs.frozen
class _Draft:
    """One report's facts before the year is known."""

    report: layout.Report
    mention: dates.DateMention | None
    anchor: Anchor | None
    title: str
    summary: str
    kinds: tuple[EventKind, ...]
    facts: Facts


def _lead_date(
    body: Mapped, lead: str, *, day_only: bool
) -> tuple[int, str, dates.DateMention | None]:
    """Where the lead sentence starts, the lead, and its date (with a later hour)."""
    lead_at = 0
    lead_m = body.match[: len(lead)]
    mention = None
    # A digest's week heading (5月27日至6月2日。) dates no event.
    if layout.WEEK_HEADING.match(lead_m) is None:
        mention = dates.find_event_date(lead_m, day_only=day_only)
        if mention is None:
            para = body.match[: _MAX_SENTENCE * 4].split("\n", 1)[0]
            mention = dates.find_event_date(para, day_only=day_only)
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
        mention = _lasting(mention, body.match)
    if (
        mention is not None
        and mention.hour is None
        and mention.end_day is None
        and mention.days is None
        and mention.relative is None
    ):
        # The day in the lead, the hour further on: 上午9时,大会开幕.
        clock = dates.later_clock(
            body.match[lead_at : lead_at + _MAX_SENTENCE * 4], day=mention.day
        )
        if clock is not None:
            mention = attrs.evolve(mention, hour=clock[0], minute=clock[1])
    return lead_at, lead, mention


#: Characters of a report searched for a date anywhere (the last fallback).
_MAX_DATE_SCAN: Final = 20_000


def _lasting(mention: dates.DateMention, text: str) -> dates.DateMention:
    """A one-day date made as long as the report says the event lasts (``为期两天``)."""
    if mention.end_day is not None or mention.days is not None or mention.hour is not None:
        return mention
    days = dates.lasting(text[: _MAX_SENTENCE * 4])
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


def _draft(  # noqa: C901, PLR0912 - one step per kind of fact, in reading order
    report: layout.Report, anchor: Anchor | None
) -> _Draft | str | None:
    body = report.body
    lead = _lead(body.text)
    if not lead.strip():
        return None
    lead_at, lead, mention = _lead_date(body, lead, day_only=anchor is not None)
    lead_m = body.match[lead_at : lead_at + len(lead)]
    skip = 0
    if mention is not None and mention.span[0] <= 1:
        skip = mention.span[1]
        while skip < len(lead) and lead_m[skip] in ", 、":
            skip += 1
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
    if announces(lead_m):
        return f"report at offset {report.span[0]}: announces an event to come; skipped"
    read = lead_m
    if mention is not None and inside and skip == 0:
        # 副省长戴道晋2月14日下午深入…, 为…,6月2日,中原区召开…: the date
        # inside the sentence is a clause break for the rules (same length,
        # so every offset still holds).
        a, b = mention.span
        read = lead_m[:a] + "," * (b - a) + lead_m[b:]
    title = subject_title(summary, read[skip:], lead_at + skip, facts)
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
    speech = business = False
    paragraph = sentence = -1
    for a, b in _sentences(text):
        # Every rule reads one sentence, and at most its first 600
        # characters: a page without punctuation stays linear.
        seg = text[a : min(b, a + _MAX_SENTENCE)]
        for actor in roles.sentence_roles(seg, a):
            facts.add_actor(actor)
        if a == 0 or text[a - 1] == "\n":
            paragraph += 1
            sentence = -1
            # A paragraph opening with what was said (会议指出, 他强调:) tells
            # what the speaker talked of, not where the event went.
            speech = places.opens_speech(seg)
            # One opening with a meeting's business (会议听取了, 全会决定) tells
            # its topics, not its venue.
            business = places.opens_business(seg)
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
    return _Draft(report, mention, anchor, title, shown, kinds_, facts)


def _title_elsewhere(body: Mapped, headline: str, name: str) -> str:
    """
    The title printed before ``name`` elsewhere in its report, as printed.

    The body first, then the headline (沙县县委书记杨兴忠…带队督查 over a body
    that names him bare): both are inside the event (REVIEW decision 11).
    """
    for shown, match in ((body.text, body.match), (headline, simplify(headline))):
        found = roles.title_before(match, name) if shown else ""
        if found:
            return _as_printed(shown, match, found)
    return ""


def _as_printed(shown: str, match: str, value: str) -> str:
    """
    ``value``, read in ``match``, in the characters ``shown`` prints there.

    Rules read simplified text, one character for one; output keeps the
    page's own characters.
    """
    i = match.find(value) if value else -1
    return shown[i : i + len(value)] if i >= 0 else value


#: What a lead's subject rule may take for a title but names no event: a
#: clause's time word (在…召开前夕, 之际, 期间, 连日来), a bare 情况, or a page's
#: furniture read as a heading (摘要:, 浏览量:1, 【 打印 】).
_NO_TITLE: Final = frozenset(
    {
        "之际",
        "之際",
        "前夕",
        "期间",
        "期間",
        "以来",
        "以來",
        "之时",
        "之時",
        "情况",
        "情況",
        "昨日",
        "今日",
        "当天",
        "當天",
        "摘要",
        "连日来",
        "連日來",
        "近日",
        "日前",
        "近期",
    }
)
#: A clause ending so (在…到来之际, …召开前夕) tells when, not what.
_WHEN: Final = ("之际", "之際", "前夕", "期间", "期間", "以来", "以來", "之时", "之時")
_FURNITURE: Final = re.compile(
    r"浏览|瀏覽|打印|字体|字體|点击|點擊|首页|首頁|窄屏|播放|播报|播報|资料图|資料圖|视频|視頻"
)
#: Fewer characters than this besides the furniture: the furniture is all.
_MIN_BESIDES: Final = 4
#: A page's label before its lead (摘要:8月20日,…) is no part of a title.
_LABEL: Final = re.compile(r"^(?:摘要|内容|內容)[::]\s*")
#: A whole title that frames the event without naming it: where or amid
#: what (在…家中, 在…政府大院里, 在圆满完成大会议程后), or on what ground
#: (随着…的开考, 根据…的工作要求, 为了…).
_FRAME: Final = re.compile(
    r"^(?:在|於|于)[^,,。;;]*(?:中|里|裡|后|後|内|內)$"
    r"|^(?:随着|隨著|根据|根據|按照|为了|為了|伴随|伴隨)[^,,。;;]*$"
)
#: A title ending so (以视察活动的方式) tells how, not what.
_MANNER: Final = ("的方式", "的形式")
#: What a headline cut after its speaker keeps before the quotation.
_SPEAKER_CUT: Final = re.compile(r"^[\s:\uff1a,\uff0c]+")
#: Characters of a title, more than this, that make it a clause of its own.
_MIN_CLAUSE: Final = 4
#: Opening quotation marks and the marks that close them.
_QUOTES: Final = {"“": "”", "「": "」", "‘": "’", "『": "』"}


def _names_no_event(title: str) -> bool:
    """
    ``title`` names no event: a time word, one character, furniture, a quote's start.

    A lone character (式 of 出席开幕式, 礼) is a word's tail; a title that
    opens a quotation it never closes is the first words someone said.
    """
    core = "".join(_CJK.findall(title))
    if len(core) < 2 or core in _NO_TITLE:  # noqa: PLR2004 - a word
        return True
    if _FURNITURE.search(core) and len(_FURNITURE.sub("", core)) < _MIN_BESIDES:
        return True  # 浏览量:1, 【 打印 】; a headline glued to 语音播报 still names its event
    if core.endswith((*_WHEN, *_MANNER)) or _FRAME.match(title):
        return True  # 在植树节到来之际 dates the event; 以…的方式 tells how it went
    opened = _SPEAKER_CUT.sub("", title)  # a headline cut after its speaker (:“…)
    close = _QUOTES.get(opened[:1])
    return close is not None and close not in opened


def _chosen_title(title: str, headline: str, summary: str) -> tuple[str, str]:
    """
    The event's title and where it comes from (``title``, ``headline``, ``summary``).

    The lead's title first; one that names no event gives way to the
    headline, then to the lead's opening words; if all are such, the first
    printed one stays.
    """
    found = [
        (text, where)
        for text, where in (
            (title.strip(), "title"),
            (headline, "headline"),
            (_LABEL.sub("", summary, count=1)[:30], "summary"),
        )
        if text
    ]
    for text, where in found:
        # Lead words that open with the title's own clause add nothing to it
        # (a numbering 3., a quote's first word or 连日来 is no clause).
        clause = len(_CJK.findall(title)) > _MIN_CLAUSE
        again = where == "summary" and clause and text.startswith(title.strip())
        if not again and not _names_no_event(text):
            return text, where
    return found[0] if found else ("", "title")


def _event(  # noqa: C901, PLR0912, PLR0915 - one block per field of the event
    draft: _Draft, *, published: dt.date, document: str
) -> tuple[Event, dict[str, Evidence]] | str:
    """Build the event, or return why not."""
    report, facts = draft.report, draft.facts
    if draft.mention is None:
        return f"report {report.headline or report.span[0]!r}: no event date found; skipped"
    anchor_date: dt.date | None = None
    if draft.anchor is not None:
        year, month, day = draft.anchor
        try:
            anchor_date = (
                dt.date(year, month, day)
                if year and month
                else dates.resolve(
                    dates.DateMention(text="", span=(0, 0), month=month, day=day),
                    published=published,
                )[0]
            )
        except ValueError:
            anchor_date = None
    try:
        start, end = dates.resolve(draft.mention, published=published, anchor=anchor_date)
    except ValueError as exc:
        return f"report {report.headline!r}: {draft.mention.text!r} is not a date ({exc}); skipped"
    body = facts.body
    ev: dict[str, Evidence] = {}

    def printed(value: str) -> str:
        return _as_printed(body.text, body.match, value)

    def note(path: str, span: tuple[int, int]) -> None:
        a, b = body.span(*span)
        ev[path] = Evidence(a, b, body.text[span[0] : span[1]][:_MAX_SNIPPET])

    for key, span in facts.evidence.items():
        note(key, span)
    # The kinds are read from the title's words; the end from the start's.
    if "title" in ev:
        ev["kinds"] = ev["title"]
    if "start" in ev:
        ev["end"] = ev["start"]
    participants: list[Participant] = []
    bare = 0
    for _, m in sorted(facts.people, key=lambda x: x[0]):
        note(f"participants[{len(participants)}]", m.span)
        name = strip_glosses(body.text[m.span[0] : m.span[1]])
        # Named bare here, titled elsewhere in the report: that title (for
        # the first few such people only, so a crowded page stays linear).
        title = printed(m.title)
        if not title and bare < _MAX_BARE:
            bare += 1
            title = _title_elsewhere(body, report.headline, body.match[m.span[0] : m.span[1]])
        participants.append(Participant(Person(name, title), m.role))
    delegations: list[Delegation] = []
    for _, m in sorted(facts.bodies, key=lambda x: x[0]):
        note(f"delegations[{len(delegations)}]", m.span)
        delegations.append(
            Delegation(
                Organisation(printed(m.name), printed(m.parent)), m.role, printed(m.representatives)
            )
        )
    locations: list[Location] = []
    kept: list[str] = []
    for _, p in sorted(facts.places, key=lambda x: x[0]):
        # A stop named again, maybe without its area, is the same place.
        if any(places.same_place(k, p.name) for k in kept):
            continue
        kept.append(p.name)
        note(f"locations[{len(locations)}]", p.span)
        locations.append(Location(printed(p.name), printed(p.area)))
    headcounts: list[Headcount] = []
    # The headcounts are chosen by what ties them to taking part (_headcounts).
    counts = choose_headcounts(
        sorted(facts.counts, key=lambda x: x[0]),
        text=body.match,
        lead_at=facts.evidence["summary"][0],
        contest=EventKind.CONTEST in draft.kinds,
    )
    for _, c in counts:
        if any(h.count == c.count and h.unit == c.unit for h in headcounts):
            continue
        note(f"headcounts[{len(headcounts)}]", c.span)
        headcounts.append(
            Headcount(
                count=c.count,
                precision=c.precision,
                unit=printed(c.unit),
                counted=printed(c.counted),
                text=printed(c.text),
            )
        )
    byline: list[Participant] = []
    for i, writer in enumerate(report.byline):
        byline.append(Participant(Person(writer.name), Role(writer.role)))
        ev[f"source.byline[{i}]"] = Evidence(writer.span[0], writer.span[1], writer.name)
    if report.headline:
        a, b = report.headline_span
        ev["source.headline"] = Evidence(a, b, report.headline[:_MAX_SNIPPET])
    title, where = _chosen_title(draft.title, report.headline, draft.summary)
    if where == "headline" and "source.headline" in ev:
        ev["title"] = ev["source.headline"]
    elif where == "summary" and "summary" in ev:
        ev["title"] = ev["summary"]
    source = Source(
        headline=report.headline or title,
        published=published,
        document=document,
        byline=tuple(byline),
        span=report.span,
    )
    event = Event(
        id=event_id(start, draft.kinds, title),
        title=title,
        kinds=draft.kinds,
        start=start,
        end=end,
        summary=draft.summary.strip(),
        participants=tuple(participants),
        delegations=tuple(delegations),
        locations=tuple(locations),
        headcounts=tuple(headcounts),
        source=source,
    )
    return event, ev


# -- the page -------------------------------------------------------------------

_CONTROL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")


def check_text(text: str, source: str) -> None:
    if not text.strip():
        msg = "the page is empty"
        raise ExtractError(msg, source=source or None)
    sample = text[:SNIFF]
    bad = len(_CONTROL.findall(sample))
    if bad > len(sample) * _BINARY_SHARE:
        msg = "the page is not text (binary data)"
        raise ExtractError(msg, source=source or None, snippet=sample[:20])


#: A page's last report shorter than this that ends in no sentence was cut
#: by the page before its event is told (``6.2月24日、25日,区``).
_MIN_TOLD: Final = 24


def _cut_short(report: layout.Report) -> bool:
    text = report.body.text.strip()
    return len(text) < _MIN_TOLD and not ends_sentence(text)


def _drafts(page: layout.Layout, warnings: list[str]) -> list[_Draft]:
    """Every report's facts, or a warning saying why a report gives none."""
    drafts: list[_Draft] = []
    last_anchor: Anchor | None = None
    dated: dates.DateMention | None = None
    dated_anchor: Anchor | None = None
    for k, report in enumerate(page.reports):
        if k and k == len(page.reports) - 1 and _cut_short(report):
            warnings.append(
                f"report at offset {report.span[0]}: the page stops before its event is told;"
                " skipped"
            )
            continue
        anchor = dates.marker_date(report.marker) if report.marker else None
        if report.marker == "又讯":
            anchor = last_anchor
        last_anchor = anchor
        draft = _draft(report, anchor)
        if isinstance(draft, _Draft) and draft.mention is not None and report.part != "item":
            # An item's own date is its own: the items after it keep the
            # date of the text (or the report) before them.
            dated, dated_anchor = draft.mention, draft.anchor
        if report.part == "intro":
            continue  # it dates the items after it; it is no event
        if isinstance(draft, _Draft) and draft.mention is None and report.part == "item":
            # An item under a sub-heading happened on the day given before
            # it (今日 counted from the same dateline).
            mention = dated and _lasting(dated, draft.report.body.match)
            draft = attrs.evolve(draft, mention=mention, anchor=draft.anchor or dated_anchor)
        if draft is None:
            warnings.append(f"report at offset {report.span[0]}: no text")
        elif isinstance(draft, str):
            warnings.append(draft)
        else:
            drafts.append(draft)
    return drafts


def _in_month(drafts: list[_Draft], page: layout.Layout, published: dt.date) -> list[_Draft]:
    """
    Day-only dates on a chronicle under a month heading fall in that month.

    ``2020年10月大事记`` (or ``9/2001``, ``12月``) then ``7日 …``: each day is
    of the month the heading names, whatever the publication date.
    """
    lines = page.top_lines + list(page.dated)
    lines += [r.headline for r in page.reports[:1]]
    heading = dates.month_heading(lines)
    if heading is None:
        return drafts
    year, month = heading
    if year is None:
        year = published.year - (1 if month > published.month else 0)
    anchor = (year, month, calendar.monthrange(year, month)[1])
    return [
        attrs.evolve(d, anchor=anchor)
        if d.anchor is None
        and d.mention is not None
        and d.mention.month is None
        and d.mention.relative is None
        else d
        for d in drafts
    ]


#: Characters of a page searched for a schedule line (``日期:… 上午8:00-…``).
_SCHEDULE_SCAN: Final = 20_000


def _scheduled(draft: _Draft, hours: tuple[dt.date, int, int], published: dt.date) -> _Draft:
    """A one-day draft on the day a schedule line prints takes that line's start time."""
    m = draft.mention
    if m is None or m.hour is not None or m.end_day is not None or m.days:
        return draft
    try:
        day = dates.resolve(m, published=published)[0]
    except ValueError:
        return draft
    if day != hours[0]:
        return draft
    return attrs.evolve(draft, mention=attrs.evolve(m, hour=hours[1], minute=hours[2]))


def _on_day(day: dt.date) -> dates.DateMention:
    return dates.DateMention(text="", span=(0, 0), year=day.year, month=day.month, day=day.day)


def _named(report: layout.Report) -> str:
    return repr(report.headline) if report.headline else f"at offset {report.span[0]}"


def extract_text(
    text: str, *, published: dt.date | None = None, document: str = ""
) -> ExtractionResult:
    """
    Extract the events of one news page.

    Args:
        text: The page's text.
        published: The publication date; gives the year of ``M月D日``.
            Without it the page header is read, else the latest year the
            text prints, else ``FALLBACK_YEAR``, and a warning says so.
        document: The page's file name, for the sources and errors.

    Returns:
        The events, their evidence, and warnings.

    Raises:
        ExtractError: When the page is empty or binary.
    """
    check_text(text, document)
    page = layout.split_page(text)
    warnings = list(page.warnings)
    drafts = _drafts(page, warnings)
    if not drafts and not page.reports:
        msg = "no report could be read"
        raise ExtractError(msg, source=document or None)
    # A date the caller gives or the page prints may date a report that
    # prints none; a guessed one may not.
    known = published or read_published(page)
    published = known or published_date(
        text, page, [(d.mention, d.anchor) for d in drafts], warnings
    )
    if known is not None and drafts and all(d.mention is None for d in drafts):
        # Not one date in the text: the page's own date is the event's.
        drafts[0] = attrs.evolve(drafts[0], mention=_on_day(known))
        warnings.append(
            f"report {_named(drafts[0].report)}: no event date in the text; "
            f"dated by the publication date {known.isoformat()}"
        )
    drafts = _in_month(drafts, page, published)
    events: list[Event] = []
    evidence: list[Mapping[str, Evidence]] = []
    seen: dict[str, int] = {}
    hours = dates.schedule(text[:_SCHEDULE_SCAN])
    for draft in drafts:
        if hours is not None:
            draft = _scheduled(draft, hours, published)  # noqa: PLW2901 - the timed draft
        try:
            built = _event(draft, published=published, document=document)
        except InvalidEventError as exc:
            # A fact the model refuses (an empty title): skip the report, say why.
            built = f"report at offset {draft.report.span[0]}: {exc}; skipped"
        if isinstance(built, str):
            warnings.append(built)
            continue
        event, ev = built
        if event.id in seen:
            seen[event.id] += 1
            event = attrs.evolve(event, id=f"{event.id}-{seen[event.id]}")
        else:
            seen[event.id] = 1
        events.append(event)
        evidence.append(ev)
    if not events:
        warnings.append("the page yields no event (the warnings above say why)")
    if len(warnings) > _MAX_WARNINGS:
        omitted = len(warnings) - _MAX_WARNINGS
        warnings = [*warnings[:_MAX_WARNINGS], f"... and {omitted} more warnings"]
    return ExtractionResult(
        events=tuple(events),
        evidence=tuple(evidence),
        warnings=tuple(warnings),
        published=published,
    )
