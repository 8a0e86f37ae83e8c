"""
The extraction pipeline: page -> reports -> events, with evidence.

Each stage is a plain function of text (picklable, so pages can run in
worker processes). [`extract_text`][timeline.extract.extract_text] is the whole pipeline for one
page;
it raises [`ExtractError`][timeline.ExtractError] only when nothing at all
can be read (empty or binary input), and otherwise returns what it could
read, with warnings for what it could not and what it assumed.

This module holds the page's side: which reports give drafts, which day
and hour each draft is dated (schedules, the publication date), and how
one draft's facts become one event with its evidence. Reading one
report's facts is ``_report``'s; the month of a day printed alone (month
headings, intros), ``_months``'; choosing the event's title,
``_event_title``'s; telling a report that is only a speech's background,
``_background``'s.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import TYPE_CHECKING, Final

import attrs

from timeline.errors import ExtractError, InvalidEventError
from timeline.extract import _dates as dates
from timeline.extract import _layout as layout
from timeline.extract import _months as months
from timeline.extract import _places as places
from timeline.extract import _roles as roles
from timeline.extract import _years as years
from timeline.extract._background import without_background
from timeline.extract._clock import schedule
from timeline.extract._event_title import chosen_title
from timeline.extract._headcounts import choose as choose_headcounts
from timeline.extract._namelists import forget as forget_phrases
from timeline.extract._page import ends_sentence
from timeline.extract._people import strip_glosses
from timeline.extract._pubdate import Anchor, published_date, read_published
from timeline.extract._report import Draft, announces_day, draft_report, lasting_date
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
    from collections.abc import Mapping

    from timeline.extract._text import Mapped

__all__ = ["SNIFF", "Evidence", "ExtractionResult", "check_text", "event_id", "extract_text"]

_BINARY_SHARE: Final = 0.1
#: Bytes (or characters) of a page sniffed for binary data.
SNIFF: Final = 4096
_MAX_SNIPPET: Final = 120
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


# -- one event ------------------------------------------------------------------


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


def _event(  # noqa: C901, PLR0912, PLR0915 - one block per field of the event
    draft: Draft, *, published: dt.date, dating: dt.date, document: str
) -> tuple[Event, dict[str, Evidence]] | str:
    """Build the event (its dates counted back from ``dating``), or return why not."""
    report, facts = draft.report, draft.facts
    if draft.mention is None:
        return f"report {report.headline or report.span[0]!r}: no event date found; skipped"
    anchor_date = years.anchor_day(draft.anchor, dating)
    try:
        start, end = years.resolve(draft.mention, published=dating, anchor=anchor_date)
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
    title, where = chosen_title(draft.title, report.headline, draft.summary)
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
#: Acts someone holds or performs on a chronicle's day: the verbs both tests
#: of a dated entry below read (a cut entry's act, the weather's response).
_HELD: Final = (
    r"召开|举行|举办|开展|调研|视察|考察|检查|督导|慰问|走访|看望|会见|出席|主持|带领|带队"
    r"|部署|启动|发布|印发|通报|审议"
)
#: An act such a cut report prints is its event told: a chronicle's entry
#: cut after its verb (``13日国务院召开全国清理拖欠工``) is still an item.
_TOLD_ACT: Final = re.compile(
    _HELD + r"|率队|率团|率领|参观|观摩|签约|签订|签署|开幕|揭牌|开工|投票|选举|启程"
)


def _cut_short(report: layout.Report) -> bool:
    text = report.body.text.strip()
    return len(text) < _MIN_TOLD and not ends_sentence(text) and _TOLD_ACT.search(text) is None


#: A dated entry of a chronicle that tells the weather (``3~9日 全市出现持续
#: 降雪天气过程。``, ``遭暴雨冰雹袭击``): a natural phenomenon, no event.
_WEATHER: Final = re.compile(
    r"降雪|降雨|暴雨|大雨|暴雪|冰雹|冻雨|霜冻|寒潮|台风|龙卷风|洪水|干旱|旱情|地震|强对流|沙尘暴"
    r"|气温|降温|大雾|雾凇|雾淞"
)
#: Such an entry says the weather first, in a short sentence.
_WEATHER_SPAN: Final = 100
#: How such an entry says the weather came (普降大暴雨, 遭…袭击, 出现…降雪).
_CAME: Final = re.compile(r"普降|遭|袭|出现|发生|登陆|过境|骤|形成|小时降")
#: An organised act in the same sentence makes it an event (召开…防汛会议).
_ACT: Final = re.compile(_HELD + r"|组织|实施|率|救援|救助|抢险|抢修|转移|清理|帮助|捐")


def _weather(report: layout.Report) -> bool:
    """Whether an item's first sentence tells only the weather."""
    first = report.body.text[:_WEATHER_SPAN].partition("。")[0]
    return (
        _WEATHER.search(first) is not None
        and _CAME.search(first) is not None
        and _ACT.search(first) is None
    )


def _no_event(page: layout.Layout, k: int) -> str:
    """Why the page's ``k``-th report gives no event whatever it prints, or ''."""
    report = page.reports[k]
    if k and k == len(page.reports) - 1 and _cut_short(report):
        return "the page stops before its event is told"
    if report.part == "again":
        return "tells again the tour of an item before it"
    if len(page.reports) > 1 and _weather(report):
        return "tells the weather, no organised act"
    return ""


def _drafts(page: layout.Layout, warnings: list[str]) -> list[Draft]:
    """Every report's facts, or a warning saying why a report gives none."""
    drafts: list[Draft] = []
    last_anchor: Anchor | None = None
    dated: dates.DateMention | None = None
    dated_anchor: Anchor | None = None
    intro_anchor: Anchor | None = None
    for k, report in enumerate(page.reports):
        why = _no_event(page, k)
        if why:
            warnings.append(f"report at offset {report.span[0]}: {why}; skipped")
            continue
        anchor = dates.marker_date(report.marker) if report.marker else None
        if report.marker == "又讯":
            anchor = last_anchor
        last_anchor = anchor
        draft, intro_anchor = months.under_intro(report, draft_report(report, anchor), intro_anchor)
        draft = months.in_line_month(report, draft, dated)
        if isinstance(draft, Draft) and draft.mention is not None and report.part != "item":
            # An item's own date is its own: the items after it keep the
            # date of the text (or the report) before them.
            dated, dated_anchor = draft.mention, draft.anchor
        if report.part == "intro":
            continue  # it dates the items after it; it is no event
        if isinstance(draft, Draft) and draft.mention is None and report.part == "item":
            # An item under a sub-heading happened on the day given before
            # it (今日 counted from the same dateline).
            mention = dated and lasting_date(dated, draft.report.body.match)
            draft = attrs.evolve(draft, mention=mention, anchor=draft.anchor or dated_anchor)
        if draft is None:
            warnings.append(f"report at offset {report.span[0]}: no text")
        elif isinstance(draft, str):
            warnings.append(draft)
        else:
            drafts.append(draft)
    return drafts


#: Characters of a page searched for a schedule line (``日期:… 上午8:00-…``).
_SCHEDULE_SCAN: Final = 20_000


def _scheduled(draft: Draft, hours: tuple[dt.date, int, int], published: dt.date) -> Draft:
    """A one-day draft on the day a schedule line prints takes that line's start time."""
    m = draft.mention
    if m is None or m.hour is not None or m.end_day is not None or m.days:
        return draft
    try:
        day = years.resolve(m, published=published)[0]
    except ValueError:
        return draft
    if day != hours[0]:
        return draft
    return attrs.evolve(draft, mention=attrs.evolve(m, hour=hours[1], minute=hours[2]))


def _on_day(day: dt.date) -> dates.DateMention:
    return dates.DateMention(text="", span=(0, 0), year=day.year, month=day.month, day=day.day)


#: Years a page's stamp may follow the year its text fixes before the page
#: is a re-posting: a speech at an anniversary, or a half-year's report, is
#: still studied the year after (庆祝…70周年 on a page of 2020).
_REPOSTED_YEARS: Final = 2


def _reposted(page: layout.Layout, stamp: dt.date | None) -> dt.date | None:
    """
    The last day of the year the text fixes, when the page's stamp is years later.

    A yearbook's 大事记 re-posted in 2021 whose items are 2019 (2019上海旅游节,
    中华人民共和国成立70周年), an old report re-stamped: the year the text
    fixes outranks the stamp (REVIEW decisions 25k and 26e); the stamp stays
    the page's publication date.
    """
    if stamp is None:
        return None
    year = years.fixed_year("\n".join(r.body.match for r in page.reports))
    if year is None or year > stamp.year - _REPOSTED_YEARS:
        return None
    return dt.date(year, 12, 31)


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
    # Names and phrases read on the last page tell nothing about this one.
    forget_phrases()
    page = layout.split_page(text)
    warnings = list(page.warnings)
    drafts = _drafts(page, warnings)
    if not drafts and not page.reports:
        msg = "no report could be read"
        raise ExtractError(msg, source=document or None)
    # A date the caller gives or the page prints may date a report that
    # prints none; a guessed one may not.
    stamp = None if published else read_published(page, text)
    known = published or stamp
    published = known or published_date(
        text, page, [(d.mention, d.anchor) for d in drafts], warnings
    )
    dating = _reposted(page, stamp) or published
    if (
        known is not None
        and drafts
        and all(d.mention is None for d in drafts)
        and not announces_day(drafts[0])
    ):
        # Not one date in the text: the page's own date is the event's.
        drafts[0] = attrs.evolve(drafts[0], mention=_on_day(known))
        warnings.append(
            f"report {_named(drafts[0].report)}: no event date in the text; "
            f"dated by the publication date {known.isoformat()}"
        )
    headings = years.chronicle_years(text, [d.report.span[0] for d in drafts])
    drafts = months.in_month(drafts, page, dating, text, headings)
    drafts = without_background(drafts, dating, warnings)
    events: list[Event] = []
    evidence: list[Mapping[str, Evidence]] = []
    seen: dict[str, int] = {}
    hours = schedule(text[:_SCHEDULE_SCAN])
    for draft in drafts:
        day = years.headed_day(draft.report.span[0], headings, dating)
        if hours is not None:
            draft = _scheduled(draft, hours, day)  # noqa: PLW2901 - the timed draft
        try:
            built = _event(draft, published=published, dating=day, document=document)
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
