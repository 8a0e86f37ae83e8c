"""
Several reports told under headlines in one body.

A news list prints a headline, then its teaser paragraph with its own
date, again and again (``titled``); a round-up of one day's visits prints a
short heading naming each visit (``headed``); a round of visits by several
officials gives each official a paragraph (``officials``, with
``sentence_visits`` for a second official told inside a paragraph). The
bullets and numbers that open a digest's items are kept here too: a
heading after one is still a heading. Where the items begin otherwise
(bullets, dated lines, date headings) is ``_digest``'s question.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from timeline.extract import _dates as dates
from timeline.extract import _edge_credits as edge_credits
from timeline.extract._later_days import AFTER_DAY, OPENING
from timeline.extract._page import ends_sentence

if TYPE_CHECKING:
    from timeline.extract._page import Page

__all__ = [
    "ITEM_BULLETS",
    "MIN_ITEMS",
    "NUMBERED",
    "headed",
    "officials",
    "sentence_visits",
    "titled",
]

#: Digest items also open with the light bullets of a site's menus (• ○ ▶);
#: the credit bullets leave those out, since a short line after one of them
#: is a menu entry (• 某栏目), not a byline. A chronicle typed without the
#: triangle may print the Greek capital delta for it (Δ 市政府…). Sites pick
#: their bullet from the whole block of geometric shapes (▧, ▣, ◈) or the
#: stars (☆, ❖), not only the common few, so the block is taken whole.
_SHAPES: Final = "".join(chr(c) for c in range(0x25A0, 0x2600))
ITEM_BULLETS: Final = "".join(dict.fromkeys(edge_credits.BULLETS + "◇○•▶►◎Δ" + _SHAPES + "☆✦✧❖"))
#: A numbered item's opening: ``1.``, ``2、``, ``三、``, ``(4)``, ``(五)``.
NUMBERED: Final = re.compile(
    r"^(?:\d{1,2}[.、](?!\d)|\d{1,2}\.(?=\d{1,2}月\d{1,2}[日号])|[一二三四五六七八九十]{1,3}、|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\))"
)
#: Items at least for a body to hold several reports.
MIN_ITEMS: Final = 2

#: A sub-heading that names an event: 李家超率麦美娟访油麻地长者家庭.
_EVENT_HEAD: Final = re.compile(r"访|视察|走访|慰问|调研|看望|出席|考察|探望|巡视|督导|检查")
#: Lines of a body searched for sub-headings (they matter on short pages).
_MAX_HEAD_SCAN: Final = 400
_HEAD_SIZE: Final = (6, 40)
#: A caption's opening that says where its photo was taken, before the act.
_PLACE_FIRST: Final = ("在", "于")


def headed(p: Page, body_from: int, stop: int) -> list[int]:
    """
    The first lines of items under event sub-headings, or [].

    A round-up of one day's visits prints a short heading naming each
    visit (``某某率某某访某区长者家庭``) before its paragraphs; each is an
    event, dated by the text before the first heading.
    """
    heads = []
    for i in range(body_from + 1, min(stop - 1, body_from + _MAX_HEAD_SCAN)):
        a, b = p.lines.span(i)
        if not _HEAD_SIZE[0] <= b - a <= _HEAD_SIZE[1]:
            continue
        line = p.match[a:b]
        if "," in line or "。" in line or NUMBERED.match(line):
            continue
        # 某某率某某访…: the heading names who visits; one opening with the act
        # itself (调研某村…) or with where it is (在某社区调研) is a photo's
        # caption, as is one naming a team (某某调研组…): the verb is then a
        # noun. Spaces and bullets before the line open nothing.
        line = line.strip().lstrip(ITEM_BULLETS).lstrip()
        verb = _EVENT_HEAD.search(line)
        # (The line's own words are read before the layout's tests: most
        # short lines name no visit.)
        if (
            verb is not None
            and verb.start() > 0
            and not line.startswith(_PLACE_FIRST)
            and not line.startswith("组", verb.end())
            and p.is_headline(i)
            and p.is_prose(i + 1)
        ):
            heads.append(i + 1)
    return heads if len(heads) >= MIN_ITEMS else []


#: Characters of an item's first paragraph searched for its own date.
_TITLED_LEAD: Final = 120


def titled(p: Page, body_from: int, stop: int) -> list[int]:
    """
    The first paragraphs of headlined, dated briefs, or [].

    A listing of teasers (an archive page, a news list) prints a headline,
    then a paragraph whose first sentence has its own date, again and
    again: each headlined paragraph with a date is an item when the lead
    paragraph is dated too. A paragraph without a date stays with the item
    before it. The list's first teaser may print no day of its own (a
    year only, 早前, 明日): two dated teasers below it then tell the list,
    one alone may be a report's dated sub-section.
    """
    if stop - body_from < 3:  # noqa: PLR2004
        return []
    found = [
        i
        for i in _month_lines(p, body_from + 2, min(stop, body_from + _MAX_HEAD_SCAN))
        if p.is_headline(i - 1)
        and p.byline_line(i - 1) is None
        and p.is_prose(i)
        and _lead_day(p.line(i), adverbial=True) is not None
    ]
    if len(found) >= MIN_ITEMS or (found and _lead_day(p.line(body_from)) is not None):
        return found
    return []


def _month_lines(p: Page, first: int, stop: int) -> list[int]:
    """
    Lines from ``first`` to ``stop`` that print 月 near their start.

    A full date needs its 月: one search of the page for the character
    passes most lines before the tests of the layout, without a slice per line.
    """
    out: list[int] = []
    if first >= stop:
        return out
    starts, ends = p.lines.starts, p.lines.ends
    hi = ends[stop - 1]
    k = p.match.find("月", starts[first], hi)
    while k >= 0:
        i = p.lines.at(k)
        if k - starts[i] < _TITLED_LEAD:
            out.append(i)
        k = p.match.find("月", ends[i], hi)
    return out


def _lead_day(line: str, *, adverbial: bool = False) -> dates.DateMention | None:
    """
    A full date (M月D日) in the first sentence of a paragraph.

    With ``adverbial``, only one that says when the sentence's act took
    place (``6月1日在…``, ``于5月30日来到…``, ``5月20日,…``), not a day of
    something else it names (``及2月23日某村发生的火情``).
    """
    head = line[:_TITLED_LEAD].split("。", 1)[0]
    if "月" not in head:
        return None
    m = dates.find_full_date(head)
    if m is None or (
        adverbial and not AFTER_DAY.match(head, m.span[1]) and not head.startswith(",", m.span[1])
    ):
        return None
    return m


#: A lead that sums up a round of visits by several officials.
_ROUND: Final = re.compile(r"多名|多位|主要官员|多区|各区|十八区|一连[二三四五六七八九十\d]+日")
#: A paragraph whose first sentence has an official pay a visit: 局长某某在…探访….
_OFFICIAL_VISIT: Final = re.compile(
    r"^[^,。]{0,40}?(?:局长|司长|主席|书记|市长|县长|区长|部长|主任|专员|秘书长|署长|处长|镇长|乡长)"
    r"(?P<name>[\u4e00-\u9fff·]{2,4})[^。]{0,60}?(?:探访|探望|慰问|走访|看望|到访|视察)"
)
#: A sentence's start inside a paragraph (after 。 and maybe a closing quote).
_SENTENCE_START: Final = re.compile(r"。[”’」』)]?[^\S\n]*(?=[^\s])")


def officials(p: Page, body_from: int, stop: int) -> list[int]:
    """
    The paragraphs of a round of visits, one per official, or [].

    ``多名官员今日到访多区…`` then ``局长甲在…探访…`` / ``局长乙则在…探望…``:
    each official's visit is an event, dated by the lead, which sums them
    up and is no event itself.
    """
    if stop - body_from < 3 or not _ROUND.search(p.line(body_from)[: OPENING * 8]):  # noqa: PLR2004
        return []
    found = [
        i
        for i in range(body_from + 1, min(stop, body_from + _MAX_HEAD_SCAN))
        # a paragraph's first line: after a sentence's end or a sub-heading
        if (ends_sentence(p.line(i - 1)) or p.is_headline(i - 1))
        and _OFFICIAL_VISIT.match(p.line(i)[:_TITLED_LEAD])
    ]
    return found if len(found) >= MIN_ITEMS else []


def sentence_visits(text: str) -> list[int]:
    """
    Where sentences inside a round of visits' paragraph tell another official's visit.

    ``局长甲在某区探访…。局长乙在某区探访…``: in a round of visits (the
    ``officials`` and ``headed`` forms), each official's visit is an event,
    also when two are told in one paragraph. The first visit told is the
    report's own; a later sentence of an official whose visit it told
    before goes on that visit. Offsets in ``text``.
    """
    out: list[int] = []
    # The report's own official comes first: an opening sentence without one
    # (十八区家访活动由…统筹。) is the item's intro, no visit of its own.
    first = _OFFICIAL_VISIT.match(text[:_TITLED_LEAD])
    told = {first["name"][:2]} if first is not None else set()
    for m in _SENTENCE_START.finditer(text):
        a = m.end()
        visit = _OFFICIAL_VISIT.match(text[a : a + _TITLED_LEAD])
        if visit is None:
            continue
        if told and visit["name"][:2] not in told:
            out.append(a)
        told.add(visit["name"][:2])
    return out
