"""
Several reports in one body: where a digest's items begin.

A body is one report per item when its lines open with ``◆●■▲★``, a
``【heading】text`` or a number, each item carrying its own date; when its
paragraphs open with their own date (a round-up, or a report told day by
day); or when short sub-headings name a visit each (a round-up of one
day's visits). A week heading (``5月27日至6月2日。``) is no item. The
layout (``_layout``) cuts the reports at the lines found here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from timeline.extract import _bylines as bylines
from timeline.extract._page import LEADING_DATE

if TYPE_CHECKING:
    from timeline.extract._page import Page

__all__ = ["BULLET", "ITEM_DATE", "WEEK_HEADING", "headed", "items"]

#: A digest item's opening: a bullet, or a bracketed heading with text after it.
BULLET: Final = re.compile(r"(?:[◆●■▲★◇○•▶►◎]|【[^】]{2,40}】(?=\S))")
_NUMBERED: Final = re.compile(
    r"^(?:\d{1,2}[.、](?!\d)|[一二三四五六七八九十]{1,3}、|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\))"
)
#: An item's (or a round-up paragraph's) own date, near its start.
ITEM_DATE: Final = re.compile(
    r"^.{0,12}?(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|日前|近日|\d{1,2}日(?:上午|下午|晚)?,)"
)
#: Line starts that may open an item, found in one scan.
_ITEM_LINE: Final = re.compile(
    r"(?m)^[^\S\n]*(?:(?P<bullet>"
    + BULLET.pattern
    + ")|(?P<numbered>"
    + _NUMBERED.pattern[1:]
    + r")|(?P<dated>(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]))"
)
#: A week heading: only a range of dates (``2024年5月27日至6月2日。``).
WEEK_HEADING: Final = re.compile(
    r"^\s*[(]?(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*(?:至|-|—|~|到)\s*(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日[)]?[。.]?\s*$"
)
#: Words in the first lines that make a page a round-up of several items.
_DIGEST_CUE: Final = re.compile(r"要闻简报|简讯|一周|本周|周报|要闻|动态|速览|快报|综述")
_MIN_ITEMS: Final = 2
_MIN_ROUNDUP: Final = 3


def items(p: Page, body_from: int, stop: int) -> list[int]:  # noqa: C901 - one rule per item form
    """The first lines of a digest's items, or [] when the body is one report."""
    if body_from >= stop:
        return []
    lo, hi = p.lines.starts[body_from], p.lines.ends[stop - 1]
    bullets = []
    numbered = []
    dated = []
    for m in _ITEM_LINE.finditer(p.match, lo, hi):
        i = p.lines.at(m.end() - 1)
        line = p.line(i)
        if m["bullet"]:
            # An item carries its own date (●7月2日,…, ◆…日前…); a bullet
            # without one (【图文】, a photo note) is part of the report.
            rest = line[len(m["bullet"]) :]
            if ITEM_DATE.match(rest) and bylines.parse(rest, whole=True) is None:
                bullets.append(i)
        elif m["numbered"]:
            if ITEM_DATE.match(line):
                numbered.append(i)
        elif not WEEK_HEADING.match(line):
            dated.append(i)
    if len(bullets) >= _MIN_ITEMS:
        return bullets
    if len(numbered) >= _MIN_ITEMS:
        return numbered
    if len(dated) >= _MIN_ROUNDUP or (len(dated) >= _MIN_ITEMS and _is_digest(p, body_from)):
        return dated
    # A report told day by day (7月29日,… 7月30日,…): each day is an event.
    if len(dated) >= _MIN_ITEMS and len(set(map(_opening_date, [p.line(i) for i in dated]))) == len(
        dated
    ):
        return dated
    return []


#: A sub-heading that names an event: 李家超率麦美娟访油麻地长者家庭.
_EVENT_HEAD: Final = re.compile(r"访|视察|走访|慰问|调研|看望|出席|考察|探望|巡视|督导|检查")
#: Lines of a body searched for sub-headings (they matter on short pages).
_MAX_HEAD_SCAN: Final = 400
_HEAD_SIZE: Final = (6, 40)


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
        if "," in line or "。" in line or _NUMBERED.match(line) or not p.is_headline(i):
            continue
        if _EVENT_HEAD.search(line) and p.is_prose(i + 1):
            heads.append(i + 1)
    return heads if len(heads) >= _MIN_ITEMS else []


def _opening_date(line: str) -> str:
    m = LEADING_DATE.match(line)
    return m.group().strip() if m is not None else ""


def _is_digest(p: Page, body_from: int) -> bool:
    """Cues of a round-up in the headline and header, or a week heading in the body."""
    for i in range(min(body_from + 8, len(p.lines))):
        a, b = p.lines.span(i)
        line = p.match[a:b]
        if (i < body_from and _DIGEST_CUE.search(line)) or WEEK_HEADING.match(line):
            return True
    return False
