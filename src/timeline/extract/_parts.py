"""
A report of a page, and its parts.

``_layout`` finds where a page's reports stand; here a report read twice
is told once (a copy, or a teaser cut from the next report's lead), and a
report whose sentences tell several events is cut into one report per
event (where they are is ``_inside``'s question).
"""

from __future__ import annotations

from typing import Final

import attrs

from timeline.extract import _inside as inside
from timeline.extract._page import Byline, ends_sentence
from timeline.extract._text import Mapped

__all__ = ["MAX_REPORTS", "Report", "by_day", "cut", "once"]

#: Reports read from one page at most: memory and time stay bounded
#: whatever the page (a real digest holds a few dozen items).
MAX_REPORTS: Final = 1000


@attrs.frozen(kw_only=True)
class Report:
    r"""
    One report of a page.

    Attributes:
        headline: The headline as printed (lines joined by a space).
        headline_span: Its page offsets.
        marker: The marker as printed (``本报讯``), or empty.
        body: The paragraphs, joined by ``\\n``, cut words re-joined.
        byline: The byline's names in printed order.
        span: The report's page offsets, headline to the end of the byline.
        part: ``report``; ``item``, one of several under sub-headings that
            share the date of the text before them; ``intro``, that
            text, which dates the items and is no event itself; or
            ``again``, an item that tells again the tour of an item before
            it (no event of its own).
        in_line: Cut from inside a line of the report before it (``…人代会。
            17至21日,召开…``): a day it prints without its month is of the
            month that line tells, not of the publication's.
    """

    headline: str
    headline_span: tuple[int, int]
    marker: str
    body: Mapped
    byline: tuple[Byline, ...]
    span: tuple[int, int]
    part: str = "report"
    in_line: bool = False


def once(reports: list[Report]) -> list[Report]:
    """
    A page that prints the same report twice tells it once.

    A copy below the first is dropped; a cut copy of the next report's lead
    above it (a teaser) gives way to the report, lending it its headline
    (the page's, where a caption stands before the report).
    """
    kept: dict[str, Report] = {}
    for k, r in enumerate(reports):
        kept.setdefault(r.body.text if r.body.text.strip() else f"\0{k}", r)
    out = list(kept.values())
    for k in range(len(out) - 1, 0, -1):
        a, b = out[k - 1], out[k]
        if a.part != "intro" and _cut_copy(a.body.match, b.body.match):
            longer = b if len(b.body.text) >= len(a.body.text) else a
            head = a if a.headline else b
            out[k - 1 : k + 1] = [
                attrs.evolve(longer, headline=head.headline, headline_span=head.headline_span)
            ]
    return out


#: The shortest lead sentence two reports must share to be one report told twice.
_MIN_SHARED_LEAD: Final = 20
#: Sentences of the later report a cut copy may hold, at most.
_COPIED_SENTENCES: Final = 2


def _cut_copy(a: str, b: str) -> bool:
    """
    Whether body ``a`` is a cut copy of the lead of ``b``, the report after it.

    The shorter first sentence closes the longer (after a caption's words:
    ``现场图2月15日下午,…举行讨论会。会议审``) and is long enough to be a
    report's own. Two reports opening with one stock sentence (``入秋以来,
    天气干燥,…``) are two: from the shared sentence on, a copy repeats the
    report's words, or stops inside its first sentences, not at a sentence's end.
    """
    first_a, first_b = a[: a.find("。") + 1], b[: b.find("。") + 1]
    short, long = sorted((first_a, first_b), key=len)
    if len(short) < _MIN_SHARED_LEAD or not long.endswith(short):
        return False
    copy = a[len(first_a) - len(short) :].rstrip()  # a caption's words before it are no copy
    told = b[len(first_b) - len(short) :]
    if "".join(told.split()).startswith("".join(copy.split())):
        return True
    lead = "。".join(told.split("。", _COPIED_SENTENCES)[:_COPIED_SENTENCES])
    return len(copy) <= len(lead) + 1 and not ends_sentence(copy)


#: Parts that are no event of their own (an intro, a tour told again):
#: nothing in them is cut out.
_WHOLE: Final = frozenset({"intro", "again"})


def by_day(reports: list[Report]) -> list[Report]:
    """
    Reports cut where their sentences tell several events (``_inside``).

    Each later part is a report of its own that keeps only the byline: its
    day is its own, and the headline names the report's first event. A lead
    whose range sums up the parts after it becomes an ``intro``: it dates
    them, and is no event itself.
    """
    out: list[Report] = []
    for k, r in enumerate(reports):
        whole = r.part in _WHOLE
        parts = [] if whole else inside.range_parts(r.body.match)
        cuts = list(parts or ([] if whole else inside.sentence_days(r.body.match)))
        # The page's bound holds: the last report keeps what is left of the text.
        del cuts[max(0, MAX_REPORTS - len(out) - (len(reports) - k)) :]
        pieces = cut(r, cuts, part="report")
        if not parts:
            text = r.body.match
            pieces[1:] = [
                attrs.evolve(p, in_line=text[a - 1] != "\n")
                for p, a in zip(pieces[1:], cuts, strict=True)
            ]
        if parts and cuts:
            # The lead sums up the parts after it: it is no event. Left
            # uncut at the page's bound, it is the report, and an event.
            pieces[0] = attrs.evolve(pieces[0], part="intro")
        for j, d in enumerate(pieces):
            # Two meetings chaired in one sentence: the later is an item,
            # dated by the text before it.
            more = [] if d.part in _WHOLE else inside.sentence_meetings(d.body.match)
            left = len(reports) - k - 1 + len(pieces) - j  # this piece and every one after it
            del more[max(0, MAX_REPORTS - len(out) - left) :]
            out.extend(cut(d, more, part="item"))
    return out


def cut(r: Report, cuts: list[int], part: str | None = None) -> list[Report]:
    """
    ``r`` cut at offsets of its body: the first part keeps its headline, the others only the byline.

    The later parts are of ``part`` (``r``'s own when not given).
    """
    if not cuts:
        return [r]
    body = r.body
    out: list[Report] = []
    bounds = [0, *cuts, len(body.text)]
    for k in range(len(cuts) + 1):
        a, b = bounds[k], bounds[k + 1]
        while b > a and body.text[b - 1].isspace():  # never a copy of the text before
            b -= 1
        piece = body.part(a, b)
        start = r.span[0] if k == 0 else piece.origin(0)
        end = r.span[1] if k == len(cuts) else piece.span(0, b - a)[1]
        out.append(
            attrs.evolve(r, body=piece, span=(start, max(start, end)))
            if k == 0
            else Report(
                headline="",
                headline_span=(start, start),
                marker="",
                body=piece,
                byline=r.byline,
                span=(start, max(start, end)),
                part=part or r.part,
            )
        )
    return out
