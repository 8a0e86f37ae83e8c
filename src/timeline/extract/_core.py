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

import contextlib
import datetime as dt
import hashlib
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Final

import attrs

from timeline.errors import ExtractError, InvalidEventError
from timeline.extract import _dates as dates
from timeline.extract import _kinds as kinds
from timeline.extract import _layout as layout
from timeline.extract import _numbers as numbers
from timeline.extract import _places as places
from timeline.extract import _roles as roles
from timeline.extract._people import parse_orgs, strip_glosses
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

__all__ = ["Evidence", "ExtractionResult", "event_id", "extract_file", "extract_text"]

#: The year assumed when neither the caller, the page header nor the text
#: gives one: the year of the genre's seed page. Always announced in a warning.
FALLBACK_YEAR: Final = 2020
_BINARY_SHARE: Final = 0.1
_SNIFF: Final = 4096
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

_MAIN_VERB: Final = re.compile(
    r"(?:主持)?(?:召开|举办|举行|组织开展|开展|启动|开幕|调研(?!组|员|报)|视察|督导(?!组)|督查(?!组)|检查(?!组)|慰问(?!金|品)|走访|看望|观摩|宣讲(?!团|员))"
)
_HELD: Final = re.compile(r"(?:举行|开幕)(?=[,。;]|$)")
_OBJECT_VERBS: Final = frozenset({"召开", "举办", "组织开展", "开展", "启动"})
_VERB_TITLE: Final = frozenset(
    {"调研", "视察", "督导", "督查", "检查", "慰问", "走访", "看望", "观摩", "宣讲"}
)
_SUBJECT_CUT: Final = re.compile(
    r"(?:在[^,。]{1,60}?的?(?:陪同|带领|率领|组织|指导)下|在[^,。]{1,30}?(?=召开|举办|举行|开展)|"
    r",?(?:先后|一行)?(?:到|来到|深入|走进|前往|赴)|一行|于|带领|率领|带队|率队|来我|到我|"
    r"分别(?=带队|深入|来到|到|前往|走访|看望|慰问|调研)|组织(?!开展|部(?!分)|员|科|委))"
)
_DISTRICT_OPEN: Final = re.compile(
    r"^(?P<org>[\u4e00-\u9fff]{2,6}?(?:区|县|市|街道|镇|乡))(?!委|人大|政府|政协|长|领导|与|和|同)"
)
_VENUE_LIKE: Final = re.compile(r"(?:选区|会议室|礼堂|大厅|广场|报告厅|多功能厅|会场)$")
_STUDY_GROUP: Final = re.compile(
    r"(?P<org>[^暨、,]{2,20}?(?:中心组|党组|党委|支部))(?:\d{4}年度?)?(?:第[一二三四五六七八九十\d]{1,4}次)?(?:集体|专题|扩大)?学习"
)


@attrs.define
class _Facts:
    """A mutable builder for one event's facts, and their evidence."""

    body: Mapped
    people: list[tuple[int, roles.Mention]] = attrs.Factory(list)
    bodies: list[tuple[int, roles.Mention]] = attrs.Factory(list)
    places: list[tuple[int, places.PlaceMention]] = attrs.Factory(list)
    counts: list[tuple[int, numbers.CountMention]] = attrs.Factory(list)
    evidence: dict[str, tuple[int, int]] = attrs.Factory(dict)

    def add_actor(self, m: roles.Mention, base: int = 0) -> None:
        """
        Add a person or body found ``base`` into the body; the first role found wins.

        Except that leading outranks taking part: whoever 出席s and later
        gives the speech leads, with the title printed where they lead; and a
        person first named without a title takes the one printed later.
        """
        if m.person:
            for i, (at, p) in enumerate(self.people):
                if p.name == m.name:
                    if m.role is Role.LEADS and p.role is Role.TAKES_PART:
                        lead = _shift(m, base)
                        self.people[i] = (at, attrs.evolve(lead, title=m.title or p.title))
                    elif m.title and not p.title:
                        # Named bare first (a subject, 章寿禹一行), titled later.
                        self.people[i] = (at, attrs.evolve(_shift(m, base), role=p.role))
                    return
            self.people.append((base + m.span[0], _shift(m, base)))
        elif all(d.name != m.name for _, d in self.bodies):
            self.bodies.append((base + m.span[0], _shift(m, base)))


def _shift(m: roles.Mention, base: int) -> roles.Mention:
    return attrs.evolve(m, span=(base + m.span[0], base + m.span[1]))


def _lead(text: str, at: int = 0) -> str:
    """The lead sentence as printed: the first sentence from ``at`` (capped)."""
    para_end = text.find("\n", at)
    para_end = len(text) if para_end < 0 else para_end
    cap = min(para_end, at + _MAX_SENTENCE)
    stop = text.find("。", at, cap)
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


def _subject_title(summary: str, s_match: str, base: int, facts: _Facts) -> str:
    """Read the subject and the title of the lead sentence; record roles."""
    # X(在Y)举行。: the subject is the event, whatever verbs its name holds
    # (全区基层党建工作观摩评比活动举行).
    verb = _HELD.search(s_match, 0, _clause_end(s_match, 0) + 1) or _MAIN_VERB.search(s_match)
    if verb is None:
        end = _clause_end(s_match, 0)
        facts.evidence["title"] = (base, base + end)
        return summary[:end]
    word = verb.group().removeprefix("主持")
    chaired = verb.group().startswith("主持")
    subject_end = verb.start()
    cut = _SUBJECT_CUT.search(s_match)
    if cut is not None and cut.start() >= subject_end:
        cut = None
    subject = s_match[: cut.start() if cut else subject_end]
    # X组织Y视察…: X convenes what Y does.
    organised = cut is not None and cut.group().startswith("组织")
    if word in {"举行", "开幕"} and s_match[verb.end() : _clause_end(s_match, verb.end())]:
        word = "召开"  # 举行X: X is the event, as after 召开
    if word in _OBJECT_VERBS:
        obj_start = verb.end()
        if s_match.startswith("了", obj_start):
            obj_start += 1
        title = summary[obj_start : _clause_end(s_match, obj_start)]
        title_at = obj_start
    elif word in _VERB_TITLE:
        title = summary[verb.start() + (2 if chaired else 0) : _clause_end(s_match, verb.end())]
        title_at = verb.start()
    else:  # 举行/开幕: the subject is the event, maybe after its organiser
        venue = places.find_venue(s_match)
        head_end = s_match.rfind("在", 0, subject_end) if venue is not None else subject_end
        head_end = subject_end if head_end < 0 else head_end
        title = summary[:head_end]
        title_at = 0
        opener = _DISTRICT_OPEN.match(s_match, 0, head_end)
        if opener is not None and opener.end() < head_end:
            org = opener["org"]
            facts.add_actor(_org(org, Role.ORGANISES, 0), base)
            title = summary[opener.end() : head_end]
            title_at = opener.end()
        subject = ""
    facts.evidence["title"] = (base + title_at, base + title_at + len(title))
    _read_subject(subject, word, organised=organised, base=base, facts=facts)
    return title.strip()


def _org(name: str, role: Role, start: int) -> roles.Mention:
    return roles.Mention(role=role, name=name, person=False, span=(start, start + len(name)))


def _read_subject(subject: str, verb: str, *, organised: bool, base: int, facts: _Facts) -> None:
    subject = subject.rstrip(",")
    if not subject:
        return
    if _VENUE_LIKE.search(subject):
        place, area = places.split_area(subject)
        facts.places.append((base, places.PlaceMention(place, area, (base, base + len(subject)))))
        if area:
            facts.add_actor(_org(area, Role.ORGANISES, 0), base)
        return
    # The first-named subject leads; co-subjects take part. Whoever 宣讲
    # speaks, as everywhere else.
    first = Role.SPEAKS if verb == "宣讲" else Role.LEADS
    found = roles.parse_actors(subject, Role.TAKES_PART, 0, first_role=first)
    if any(m.person for m in found):
        for m in found:
            facts.add_actor(m, base)
        return
    # Leading clauses before the subject (为…工作,) are not part of it.
    shift = 0
    orgs = parse_orgs(subject)
    if orgs is None and "," in subject:
        shift = subject.rindex(",") + 1
        orgs = parse_orgs(subject[shift:])
    if orgs:
        role = Role.LEADS if verb in _VERB_TITLE and not organised else Role.ORGANISES
        for o in orgs:
            facts.add_actor(
                roles.Mention(
                    role=role,
                    name=o.name,
                    parent=o.parent,
                    representatives=o.representatives,
                    person=False,
                    span=(shift + o.start, shift + o.end),
                ),
                base,
            )


def _moved(p: places.PlaceMention, by: int) -> places.PlaceMention:
    return attrs.evolve(p, span=(p.span[0] + by, p.span[1] + by))


def _clause_end(text: str, start: int) -> int:
    best = len(text)
    for p in ",。;!?":
        i = text.find(p, start)
        if 0 <= i < best:
            best = i
    return best


# -- one report -----------------------------------------------------------------


_SENTENCE: Final = re.compile(r"[^。!?\n]+[。!?\n]?|[。!?\n]")


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    # A generator: a page of a million sentences never holds a million spans.
    return (m.span() for m in _SENTENCE.finditer(text))


@attrs.frozen
class _Draft:
    """One report's facts before the year is known."""

    report: layout.Report
    mention: dates.DateMention | None
    anchor: tuple[int | None, int | None, int] | None
    title: str
    summary: str
    kinds: tuple[EventKind, ...]
    facts: _Facts


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
    if (
        mention is not None
        and mention.hour is None
        and mention.end_day is None
        and mention.days is None
        and mention.relative is None
    ):
        # The day in the lead, the hour further on: 上午9时,大会开幕.
        clock = dates.later_clock(body.match[lead_at : lead_at + _MAX_SENTENCE * 4])
        if clock is not None:
            mention = attrs.evolve(mention, hour=clock[0], minute=clock[1])
    return lead_at, lead, mention


#: 将召开, 即将举行, 将于下周启动: the lead announces an event to come.
_FUTURE: Final = re.compile(r"(?:将|即将|将要)(?:于[^,。]{0,8})?$")


def _announces(lead_m: str) -> bool:
    """
    Whether the lead sentence announces a future event rather than report one.

    The first main verb that is not a modifier (即将举办的晚会) decides.
    """
    for verb in _MAIN_VERB.finditer(lead_m):
        if lead_m.startswith("的", verb.end()):
            continue
        return _FUTURE.search(lead_m, max(0, verb.start() - 10), verb.start()) is not None
    return False


def _draft(  # noqa: C901, PLR0912 - one step per kind of fact, in reading order
    report: layout.Report, anchor: tuple[int | None, int | None, int] | None
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
    if mention is not None and skip == 0:
        # 为…工作,6月2日,中原区召开…: the date clause goes, the rest stays.
        a, b = mention.span
        if a > 0 and b < len(lead_m) and lead_m[a - 1] == "," and lead_m[b] == ",":
            shown = lead[:a] + lead[b + 1 :]
    facts = _Facts(body)
    if mention is not None:
        facts.evidence["start"] = (lead_at + mention.span[0], lead_at + mention.span[1])
    facts.evidence["summary"] = (lead_at + skip, lead_at + len(lead))
    if mention is not None and _announces(lead_m):
        return f"report at offset {report.span[0]}: announces an event to come; skipped"
    read = lead_m
    if mention is not None and skip == 0:
        # 副省长戴道晋2月14日下午深入…, 为…,6月2日,中原区召开…: the date
        # inside the sentence is a clause break for the rules (same length,
        # so every offset still holds).
        a, b = mention.span
        read = lead_m[:a] + "," * (b - a) + lead_m[b:]
    title = _subject_title(summary, read[skip:], lead_at + skip, facts)
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
    for m in _STUDY_GROUP.finditer(body.match, t0, facts.evidence["title"][1]):
        facts.add_actor(_org(m["org"], Role.TAKES_PART, m.start("org")))
    text = body.match
    for a, b in _sentences(text):
        # Every rule reads one sentence, and at most its first 600
        # characters: a page without punctuation stays linear.
        seg = text[a : min(b, a + _MAX_SENTENCE)]
        for actor in roles.sentence_roles(seg, a):
            facts.add_actor(actor)
        for p in places.find_tour(seg):
            facts.places.append((a + p.span[0], _moved(p, a)))
        venue = places.find_venue(seg)
        if venue is not None:
            facts.places.append((a + venue.span[0], _moved(venue, a)))
        for c in numbers.find_headcounts(seg, taking_part=True):
            facts.counts.append(
                (a + c.span[0], attrs.evolve(c, span=(a + c.span[0], a + c.span[1])))
            )
    return _Draft(report, mention, anchor, title, shown, kinds_, facts)


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
        # Rules read simplified text; output keeps the page's own characters.
        i = body.match.find(value) if value else -1
        return body.text[i : i + len(value)] if i >= 0 else value

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
        title = m.title
        if not title and bare < _MAX_BARE:
            bare += 1
            title = roles.title_before(body.match, body.match[m.span[0] : m.span[1]])
        participants.append(Participant(Person(name, printed(title)), m.role))
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
    counts = sorted(facts.counts, key=lambda x: x[0])
    # 应到委员326人,实到委员305人: who actually came is the headcount.
    if any(c.actual for _, c in counts):
        counts = [(at, c) for at, c in counts if c.actual]
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
    title = draft.title.strip() or report.headline or draft.summary[:30]
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

#: Characters of a page searched for the years it prints.
_YEAR_SCAN: Final = 200_000


_CONTROL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")


def _check_text(text: str, source: str) -> None:
    if not text.strip():
        msg = "the page is empty"
        raise ExtractError(msg, source=source or None)
    sample = text[:_SNIFF]
    bad = len(_CONTROL.findall(sample))
    if bad > len(sample) * _BINARY_SHARE:
        msg = "the page is not text (binary data)"
        raise ExtractError(msg, source=source or None, snippet=sample[:20])


def _drafts(page: layout.Layout, warnings: list[str]) -> list[_Draft]:
    """Every report's facts, or a warning saying why a report gives none."""
    drafts: list[_Draft] = []
    last_anchor: tuple[int | None, int | None, int] | None = None
    dated: dates.DateMention | None = None
    for report in page.reports:
        anchor = dates.marker_date(report.marker) if report.marker else None
        if report.marker == "又讯":
            anchor = last_anchor
        last_anchor = anchor
        draft = _draft(report, anchor)
        if isinstance(draft, _Draft) and draft.mention is not None:
            dated = draft.mention
        if report.part == "intro":
            continue  # it dates the items after it; it is no event
        if isinstance(draft, _Draft) and draft.mention is None and report.part == "item":
            # An item under a sub-heading happened on the day given before it.
            draft = attrs.evolve(draft, mention=dated)
        if draft is None:
            warnings.append(f"report at offset {report.span[0]}: no text")
        elif isinstance(draft, str):
            warnings.append(draft)
        else:
            drafts.append(draft)
    return drafts


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
    _check_text(text, document)
    page = layout.split_page(text)
    warnings = list(page.warnings)
    drafts = _drafts(page, warnings)
    if not drafts and not page.reports:
        msg = "no report could be read"
        raise ExtractError(msg, source=document or None)
    published = published or _published(text, page, drafts, warnings)
    events: list[Event] = []
    evidence: list[Mapping[str, Evidence]] = []
    seen: dict[str, int] = {}
    for draft in drafts:
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
    if len(warnings) > _MAX_WARNINGS:
        omitted = len(warnings) - _MAX_WARNINGS
        warnings = [*warnings[:_MAX_WARNINGS], f"... and {omitted} more warnings"]
    return ExtractionResult(
        events=tuple(events),
        evidence=tuple(evidence),
        warnings=tuple(warnings),
        published=published,
    )


def _published(
    text: str, page: layout.Layout, drafts: list[_Draft], warnings: list[str]
) -> dt.date:
    """The page's own date (header lines, then a dateline's year), else a loud guess."""
    header = [line for line, _ in page.preamble] + list(page.header)
    found = dates.page_date(header)
    if found is not None:
        return found
    printed_year = next(
        (d.anchor[0] for d in drafts if d.anchor is not None and d.anchor[0] is not None), None
    )
    plausible = dates.plausible_year(text[:_YEAR_SCAN])
    year = printed_year or plausible or FALLBACK_YEAR
    days = []
    for d in drafts:
        m = d.mention
        if m is not None and m.month is not None and m.day is not None:
            try:
                days.append(dt.date(m.year or year, m.end_month or m.month, m.end_day or m.day))
            except ValueError:
                continue
    for d in drafts:
        if d.anchor is not None:
            with contextlib.suppress(ValueError):
                if d.anchor[1] is not None:
                    day = dt.date(d.anchor[0] or year, d.anchor[1], d.anchor[2])
                    days.append(day - dt.timedelta(days=1))
    # Only days in the chosen year bound the guess: an explicit earlier
    # year (2019年5月…) is an event of the past, not the publication.
    days = [d for d in days if d.year == year]
    guess = max(days) + dt.timedelta(days=1) if days else dt.date(year, 12, 31)
    if printed_year:
        why = "the year the dateline prints"
    elif plausible:
        why = "the latest year the text prints"
    else:
        why = f"no year on the page: {FALLBACK_YEAR} assumed"
    warnings.append(
        f"no publication date: assumed {guess.isoformat()} (the day after the latest event; "
        f"{why}); pass published= / --published"
    )
    return guess


def extract_file(
    path: str | os.PathLike[str], *, published: dt.date | None = None
) -> tuple[Event, ...]:
    """
    Extract the events of a news page file (UTF-8, or GB18030 as a fallback).

    Raises:
        ExtractError: When the file cannot be read, is empty or is binary.
    """
    return extract_path(path, published=published).events


def extract_path(
    path: str | os.PathLike[str], *, published: dt.date | None = None
) -> ExtractionResult:
    """Like [`extract_file`][timeline.extract.extract_file], with evidence and warnings."""
    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except OSError as exc:
        raise ExtractError(exc.strerror or str(exc), source=name) from exc
    text, note = _decode(data, source=name)
    del data  # the bytes are not needed again: a large page's peak stays low
    _check_text(text, name)  # errors name the whole path, sources the file name
    result = extract_text(text, published=published, document=Path(name).name)
    if note:
        result = attrs.evolve(result, warnings=(note, *result.warnings))
    return result


def decode(data: bytes, *, source: str = "") -> str:
    """
    Decode a page: UTF-8 (with or without BOM), else GB18030.

    A UTF-8 page whose last character was cut (a download or copy stopped
    mid-character) is read without that character; [`extract_path`][timeline.extract.extract_path]
    says so in a warning.

    Raises:
        ExtractError: When the bytes are binary or no encoding fits.
    """
    return _decode(data, source=source)[0]


#: The longest UTF-8 sequence: a cut can leave at most three of its bytes.
_UTF8_TAIL: Final = 3


def _decode(data: bytes, *, source: str) -> tuple[str, str]:
    """The text, and a warning when a cut last character was dropped."""
    if b"\x00" in data[:_SNIFF]:
        msg = "the page is not text (binary data)"
        raise ExtractError(msg, source=source or None)
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError as exc:
        # Only an incomplete sequence at the very end is a cut character;
        # a bad byte anywhere else means another encoding.
        if exc.reason == "unexpected end of data" and len(data) - exc.start <= _UTF8_TAIL:
            with contextlib.suppress(UnicodeDecodeError):
                text = data[: exc.start].decode("utf-8-sig")
                cut = len(data) - exc.start
                return text, f"the last character was cut ({cut} byte(s) of UTF-8 dropped)"
    try:
        return data.decode("gb18030"), ""
    except UnicodeDecodeError:
        msg = "the page is neither UTF-8 nor GB18030 text"
        raise ExtractError(msg, source=source or None) from None
