r"""
Page layout: a page into reports.

Real pages come in three forms, and each is split into reports here:

* **paper reports**: a headline (one to three short lines), a marker line
  opening the text (``本报讯``, ``又讯``, ``本报6月2日讯``, ``【本報訊】``,
  ``汕尾日报讯``, ``新华社郑州6月2日电``), body paragraphs and a byline;
* **web articles**: a headline, then header lines (``发布时间:``, ``来源:``,
  ``作者:``, ``浏览``, a bare date), then the body, without any marker; the
  body starts at the first line of prose and ends at the page footer
  (``上一篇``, ``新闻推荐``, ``责任编辑``);
* **digests**: several items on one page, each its own report: items opened
  by ``◆●■▲``/``【…】`` (or numbered), or paragraphs that open with their
  own date in a weekly round-up. A week heading (``5月27日至6月2日。``) is
  no item.

Bylines are read wherever they stand (``bylines``): on
their own lines, after the marker, glued to the last sentence, in a web
header's ``作者:`` field. PDF text cuts lines anywhere: a line that does not
end a sentence is re-joined with the next one (``各项\\n\\n报告`` ->
``各项报告``), and the offsets of every run are kept so facts point back
into the page.

Memory stays linear and small: line offsets live in flat integer arrays,
never one object per line, so a page of millions of short lines costs a few
bytes per line.
"""

from __future__ import annotations

import bisect
import re
from array import array
from typing import Final

import attrs

from timeline.extract import _bylines as bylines
from timeline.extract._lexicon import FINAL_PUNCT
from timeline.extract._text import Mapped, fold, simplify

__all__ = ["MAX_REPORTS", "WEEK_HEADING", "Byline", "Layout", "Report", "offsets", "split_page"]

_MARKER: Final = re.compile(
    r"[【\[]?(?:本报讯|又讯|本报[^\s讯。,]{2,16}讯|"
    r"(?:新华社|中新社|中央社|人民网|新华网)[^\s。,]{0,16}电|"
    r"[\u4e00-\u9fff]{1,10}?(?:报|网|台|新闻|融媒体?|频道)[\d月日年号]{0,8}讯)[】\]]?"
)
#: ``(中央社記者管瑞平苗栗縣11日電)``: a wire dateline in parentheses, with its byline.
_WIRE: Final = re.compile(r"\((?P<inner>(?:中央社|新华社|中新社)[^()]{0,30}?电)\)")
_MARKER_LINE: Final = re.compile(r"(?m)^[^\S\n]*(?:" + _MARKER.pattern + "|" + _WIRE.pattern + ")")
#: A page header line (date, weekday, page number) is never a headline.
_PAGE_HEADER: Final = re.compile(
    r"^(?:(?:19|20)\d{2}\s*(?:年|-|/|\.)\s*\d{1,2}\s*(?:月|-|/|\.)\s*\d{1,2}|.{0,30}(?:星期[一二三四五六日天]|第\s*\d{1,3}\s*版))"
)
#: A web page's header (meta) line: who, when, where from, how often read.
_META: Final = re.compile(
    r"(?:发布时间|发布日期|发表时间|更新时间|时间|日期|来源|作者|浏览|阅读|点击|访问|字号|字体|"
    r"责任编辑|责编|编辑|分享到?|打印|当前位置|您的位置|所在位置|首页)\s*[:>]|"
    r"次浏览|浏览次数|阅读次数|\s>\s|^>|>$"
)
#: A line that is only a date and maybe a time: ``2022-08-10 16:08:19``, ``14.11.2014 16:50``.
_DATE_LINE: Final = re.compile(
    r"^[^\w]{0,3}(?:date\s*)?(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?|"
    r"\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}|\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$",
    re.IGNORECASE,
)
#: A date printed on a line of its own anywhere (often after the body):
#: ``2022-10-12``, ``2015年02月18日 09:40``, a Taiwan page's ``1140411``.
_DATE_ALONE: Final = re.compile(
    r"(?m)(?:^[^\S\n]*[^\w\s]{0,3}[^\S\n]*(?P<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?)"
    r"(?:[^\S\n]+\d{1,2}:\d{2}(?::\d{2})?)?|(?:^|[)。])[^\S\n]*(?P<roc>[01]\d{6}))[^\S\n]*$"
)
_MAX_DATE_LINES: Final = 20
#: Where a web article's body ends.
_FOOTER: Final = re.compile(
    r"[【\[]?(?:新闻推荐|相关新闻|相关阅读|相关文章|延伸阅读|推荐阅读|热点推荐|上一篇|下一篇|"
    r"责任编辑|编辑|责编|审核|友情链接|版权所有|打印本页|关闭窗口|扫一扫|分享到|Copyright|"
    r"主办单位|主办:|承办|技术支持|联系我们|免责声明|网站地图|备案|ICP)",
    re.IGNORECASE,
)
_FOOTER_LINE: Final = re.compile(r"(?m)^[^\S\n]*" + _FOOTER.pattern, re.IGNORECASE)
#: A digest item's opening: a bullet, or a bracketed heading with text after it.
_BULLET: Final = re.compile(r"(?:[◆●■▲★◇○•▶►◎]|【[^】]{2,40}】(?=\S))")
_NUMBERED: Final = re.compile(
    r"^(?:\d{1,2}[.、](?!\d)|[一二三四五六七八九十]{1,3}、|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\))"
)
#: An item's (or a round-up paragraph's) own date, near its start.
_ITEM_DATE: Final = re.compile(
    r"^.{0,12}?(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|日前|近日|\d{1,2}日(?:上午|下午|晚)?,)"
)
_LEADING_DATE: Final = re.compile(r"^\s*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]")
#: Line starts that may open an item, found in one scan.
_ITEM_LINE: Final = re.compile(
    r"(?m)^[^\S\n]*(?:(?P<bullet>"
    + _BULLET.pattern
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
_JUNK: Final = re.compile(
    r"^(?:图片?\d*\.(?:png|jpe?g|gif)|\S+\.(?:png|jpe?g|gif))$", re.IGNORECASE
)
_MAX_HEADLINE: Final = 80
_MAX_HEADLINE_LINES: Final = 3
#: Lines of a web page read for its header; the body starts within them.
_MAX_HEADER_LINES: Final = 60
_MIN_PROSE: Final = 12
#: Reports read from one page at most: memory and time stay bounded
#: whatever the page (a real digest holds a few dozen items).
MAX_REPORTS: Final = 1000
#: Lines searched for a body when the header part holds none.
_MAX_PROSE_SEARCH: Final = 2000
_MIN_ITEMS: Final = 2
_MIN_ROUNDUP: Final = 3


@attrs.frozen
class Byline:
    """
    One name of a byline.

    Attributes:
        role: ``reports`` or ``correspondent``.
        name: The name as printed (spaces inside removed).
        span: Page offsets of the name.
    """

    role: str
    name: str
    span: tuple[int, int]


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
            share the date of the text before them; or ``intro``, that
            text, which dates the items and is no event itself.
    """

    headline: str
    headline_span: tuple[int, int]
    marker: str
    body: Mapped
    byline: tuple[Byline, ...]
    span: tuple[int, int]
    part: str = "report"


@attrs.frozen
class Layout:
    """
    A page split into reports.

    Attributes:
        reports: The reports in page order.
        preamble: Lines before the first report (a page header), with spans.
        warnings: What could not be read.
        header: The lines that may print the publication date: a web
            page's header (``发布时间:…``), a paper page's preamble, and
            lines that are only a date anywhere on the page.
    """

    reports: tuple[Report, ...]
    preamble: tuple[tuple[str, tuple[int, int]], ...]
    warnings: tuple[str, ...]
    header: tuple[str, ...] = ()


_LINE: Final = re.compile(r"\S(?:[^\n]*\S)?")
#: Offsets fit 32 bits on any page under 2 GiB: half the memory of 64.
_SMALL_PAGE: Final = 2**31 - 1


def offsets(size: int) -> array[int]:
    """An empty flat array for offsets into a text of ``size`` characters."""
    return array("i" if size < _SMALL_PAGE else "q")


class _Lines:
    """The non-blank lines of a page, stripped, as two flat offset arrays."""

    def __init__(self, page: str) -> None:
        self.starts = offsets(len(page))
        self.ends = offsets(len(page))
        add_start, add_end = self.starts.append, self.ends.append
        for m in _LINE.finditer(page):
            a, b = m.span()
            add_start(a)
            add_end(b)

    def __len__(self) -> int:
        return len(self.starts)

    def span(self, i: int) -> tuple[int, int]:
        return self.starts[i], self.ends[i]

    def at(self, offset: int) -> int:
        """The index of the line holding ``offset``."""
        return bisect.bisect_right(self.starts, offset) - 1


def _ends_sentence(text: str) -> bool:
    t = text.rstrip("”’」』\"')")
    return bool(t) and t[-1] in FINAL_PUNCT


def _printed(got: list[bylines.Credit], text: str, base: int) -> list[Byline]:
    """Credits read on simplified text, as printed names with page spans."""
    return [
        Byline(r, bylines.printed(text, base + a, base + b), (base + a, base + b))
        for r, a, b in got
    ]


class _Page:
    """The page being split: its text, the simplified text, and its lines."""

    def __init__(self, page: str) -> None:
        self.text = fold(page)
        self.match = simplify(self.text)
        self.lines = _Lines(self.text)

    def line(self, i: int) -> str:
        return self.match[self.lines.starts[i] : self.lines.ends[i]]

    def byline_line(self, i: int) -> list[Byline] | None:
        """The line as a byline of its own (``记者 张三``, ``(记者 张三)``), or None."""
        a, b = self.lines.span(i)
        if b - a > _MAX_HEADLINE:
            return None
        line = self.match[a:b]
        inner, shift = line, 0
        if line[:1] in "■□◆●▲★":  # ■记者 张三: a bullet before the credit
            inner, shift = line[1:].lstrip(), len(line) - len(line[1:].lstrip())
        elif line[:1] in "([【" and line[-1:] in ")]】":
            inner, shift = line[1:-1], 1
        got = bylines.parse(inner, whole=True)
        if got is None and shift:
            got = bylines.parse(inner, require_role=False, whole=True)
        if got is None:
            return None
        return _printed(got, self.text, a + shift)

    def is_headline(self, i: int) -> bool:
        a, b = self.lines.span(i)
        line = self.match[a:b]
        return (
            b - a <= _MAX_HEADLINE
            and not _ends_sentence(line)
            and _PAGE_HEADER.match(line) is None
            and "。" not in line  # a caption or a sentence, not a headline
            and not self.is_meta(i)
        )

    def is_meta(self, i: int) -> bool:
        a, b = self.lines.span(i)
        if b - a > _MAX_HEADLINE * 2:
            return False
        line = self.match[a:b]
        return bool(_META.search(line) or _DATE_LINE.match(line) or _JUNK.match(line))

    def is_prose(self, i: int) -> bool:
        a, b = self.lines.span(i)
        line = self.match[a:b]
        return (
            (b - a >= _MIN_PROSE or (b - a >= 2 and _LEADING_DATE.match(line) is not None))  # noqa: PLR2004
            and ("," in line or "。" in line or _ends_sentence(line))
            and not self.is_meta(i)
        )


def split_page(page: str) -> Layout:
    """
    Split a page into reports.

    Args:
        page: The page text as read.

    Returns:
        The reports, the preamble lines, and warnings.
    """
    p = _Page(page)
    lines = p.lines
    if not len(lines):
        return Layout((), (), ("no text on the page",))
    # One scan of the page for line starts that open a report; never a
    # regex call per line (a page may hold millions of short lines).
    markers = [lines.at(m.end() - 1) for m in _MARKER_LINE.finditer(p.match)]
    if not markers:
        return _web_page(p)
    warnings: list[str] = []
    if len(markers) > MAX_REPORTS:
        warnings.append(_too_many(len(markers)))
        markers = markers[: MAX_REPORTS + 1]  # the one after the last bounds it
    heads: list[int] = []
    for k, m in enumerate(markers):
        floor = markers[k - 1] + 1 if k else 0
        first = m
        while (
            first - 1 >= floor
            and m - (first - 1) <= _MAX_HEADLINE_LINES
            and p.byline_line(first - 1) is None
            and p.is_headline(first - 1)
        ):
            first -= 1
        heads.append(first)
    preamble = tuple((p.text[a:b], (a, b)) for a, b in map(lines.span, range(heads[0])))
    header = tuple(text for text, _ in preamble if len(text) <= _MAX_HEADLINE * 2)
    header += _date_lines(p)
    reports: list[Report] = []
    for k, m in enumerate(markers[:MAX_REPORTS]):
        if len(reports) >= MAX_REPORTS:
            break
        stop = heads[k + 1] if k + 1 < len(markers) else len(lines)
        head = heads[k] if heads[k] < m else None
        reports.extend(
            _reports(
                p,
                head=head,
                head_last=m - 1,
                body_from=m,
                stop=stop,
                marker=True,
                budget=MAX_REPORTS - len(reports),
                warnings=warnings,
            )
        )
    # Credits printed in the header (a caption's 图/文, 作者:) belong to the first report.
    if reports and not reports[0].byline:
        found = _header_bylines(p, range(heads[0]))
        if found:
            reports[0] = attrs.evolve(reports[0], byline=tuple(found))
    warnings.extend(
        f"report at offset {r.span[0]}: no headline found" for r in reports if not r.headline
    )
    return Layout(tuple(reports), preamble, tuple(warnings), header)


def _date_lines(p: _Page) -> tuple[str, ...]:
    """Lines that are only a date, anywhere on the page (the first few)."""
    out = []
    for m in _DATE_ALONE.finditer(p.match):
        out.append(m["date"] or m["roc"])
        if len(out) >= _MAX_DATE_LINES:
            break
    return tuple(out)


def _header_bylines(p: _Page, indices: range) -> list[Byline]:
    out: list[Byline] = []
    for i in indices:
        a, b = p.lines.span(i)
        line = p.match[a:b]
        if b - a <= _MAX_HEADLINE * 2 and _META.search(line):
            out.extend(_printed(bylines.find_in_header(line), p.text, a))
            continue
        own = p.byline_line(i)
        if own:
            out.extend(own)
            continue
        tail = bylines.find_tail(line)
        if tail is not None and b - a <= _MAX_HEADLINE * 2:
            out.extend(_printed(tail[1], p.text, a))
    return _unique(out)


def _unique(found: list[Byline]) -> list[Byline]:
    seen: set[str] = set()
    out = []
    for b in found:
        if b.name not in seen:
            seen.add(b.name)
            out.append(b)
    return out


def _web_page(p: _Page) -> Layout:
    """A page without markers: a web article (header lines, then prose), or a digest."""
    lines = p.lines
    limit = min(len(lines), _MAX_HEADER_LINES)
    body_from = next((i for i in range(limit) if p.is_prose(i)), None)
    if body_from is None:
        body_from = next((i for i in range(min(len(lines), _MAX_PROSE_SEARCH)) if p.is_prose(i)), 0)
    head = None
    for i in range(body_from - 1, -1, -1):
        if p.is_headline(i) and p.byline_line(i) is None:
            head = i
            break
    header_lines = [
        i for i in range(body_from) if lines.ends[i] - lines.starts[i] <= _MAX_HEADLINE * 2
    ]
    header = tuple(p.text[a:b] for a, b in map(lines.span, header_lines)) + _date_lines(p)
    stop = len(lines)
    if body_from + 1 < len(lines):
        footer = _FOOTER_LINE.search(p.match, lines.starts[body_from + 1])
        if footer is not None:
            stop = lines.at(footer.end() - 1)
    warnings: list[str] = []
    reports = _reports(
        p,
        head=head,
        head_last=head,
        body_from=body_from,
        stop=stop,
        marker=False,
        budget=MAX_REPORTS,
        warnings=warnings,
    )
    found = _header_bylines(p, range(body_from))
    # A byline after the footer line (责任编辑 … 记者 张三) still credits the report.
    for i in range(stop, min(len(lines), stop + 3)):
        found.extend(p.byline_line(i) or ())
    if reports and found and not reports[0].byline:
        reports[0] = attrs.evolve(reports[0], byline=tuple(_unique(found)))
    # A web article announces itself by its header lines; a page with
    # neither marker nor header is read as one report, and says so.
    if len(reports) == 1 and not any(p.is_meta(i) for i in header_lines):
        warnings.append("no 本报讯/又讯 marker and no web header: the page is read as one report")
    return Layout(tuple(reports), (), tuple(warnings), header)


def _items(p: _Page, body_from: int, stop: int) -> list[int]:  # noqa: C901 - one rule per item form
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
            if _ITEM_DATE.match(rest) and bylines.parse(rest, whole=True) is None:
                bullets.append(i)
        elif m["numbered"]:
            if _ITEM_DATE.match(line):
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


def _headed(p: _Page, body_from: int, stop: int) -> list[int]:
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
    m = _LEADING_DATE.match(line)
    return m.group().strip() if m is not None else ""


def _is_digest(p: _Page, body_from: int) -> bool:
    """Cues of a round-up in the headline and header, or a week heading in the body."""
    for i in range(min(body_from + 8, len(p.lines))):
        a, b = p.lines.span(i)
        line = p.match[a:b]
        if (i < body_from and _DIGEST_CUE.search(line)) or WEEK_HEADING.match(line):
            return True
    return False


def _too_many(count: int) -> str:
    return (
        f"the page holds {count} reports: only the first {MAX_REPORTS} are read "
        "(a page of the genre holds a few dozen)"
    )


def _reports(  # noqa: C901, PLR0913 - the parts of one report, one branch per page form
    p: _Page,
    *,
    head: int | None,
    head_last: int | None,
    body_from: int,
    stop: int,
    marker: bool,
    budget: int,
    warnings: list[str],
) -> list[Report]:
    """One report, or one per item when the body is a digest (at most ``budget``)."""
    items = _items(p, body_from + (1 if marker else 0), stop)
    headed = False
    if not items:
        items = _headed(p, body_from + (1 if marker else 0), stop)
        headed = bool(items)
    if len(items) > budget:
        warnings.append(_too_many(len(items)))
        del items[budget + 1 :]
    whole = _report(
        p, head=head, head_last=head_last, body_from=body_from, stop=stop, marker=marker
    )
    if not items:
        return [whole]
    intro_out: list[Report] = []
    intro_from = body_from + (1 if marker else 0)
    if headed:
        # The text before the sub-headings dates the items; it is no event.
        intro = _report(
            p, head=head, head_last=head_last, body_from=body_from, stop=items[0] - 1, marker=marker
        )
        intro_out.append(attrs.evolve(intro, part="intro"))
    elif marker or (
        items[0] > intro_from
        and _ITEM_DATE.match(p.line(intro_from))
        and not WEEK_HEADING.match(p.line(intro_from))
    ):
        # The text before the first item is a report of its own when it is
        # dated (a lead, then bulleted briefs) or opens with the marker.
        intro = _report(
            p, head=head, head_last=head_last, body_from=body_from, stop=items[0], marker=marker
        )
        if intro.body.text.strip():
            intro_out.append(intro)
    out: list[Report] = []
    bounds = [*items, stop]
    for k, first in enumerate(items[:budget]):
        # A short line right before an item is its heading (福田区 / 【要闻】).
        item_head = None
        lo = bounds[k - 1] + 1 if k else body_from
        if (
            first - 1 >= lo
            and p.is_headline(first - 1)
            and not WEEK_HEADING.match(p.line(first - 1))
        ):
            item_head = first - 1
        out.append(
            _report(
                p,
                head=item_head,
                head_last=item_head,
                body_from=first,
                stop=_item_stop(p, first, bounds[k + 1]),
                marker=False,
                bullet=True,
            )
        )
        if headed:
            out[-1] = attrs.evolve(out[-1], part="item")
    # A credit for the whole page (after the marker, or closing the last
    # item alone: (张三/整理)) credits every item that names none.
    if any(r.byline for r in out[:-1]):
        return intro_out + out  # items credit their own writers
    shared = out[-1].byline or whole.byline
    return intro_out + [r if r.byline else attrs.evolve(r, byline=shared) for r in out]


def _item_stop(p: _Page, first: int, stop: int) -> int:
    """An item ends before the next item's heading line."""
    if stop - 1 > first and p.is_headline(stop - 1) and p.byline_line(stop - 1) is None:
        return stop - 1
    return stop


def _report(  # noqa: C901, PLR0912, PLR0913, PLR0915 - the parts of one report, all needed
    p: _Page,
    *,
    head: int | None,
    head_last: int | None,
    body_from: int,
    stop: int,
    marker: bool,
    bullet: bool = False,
) -> Report:
    text, lines = p.text, p.lines
    headline = ""
    headline_span = (lines.starts[body_from], lines.starts[body_from])
    if head is not None and head_last is not None and head <= head_last:
        headline = " ".join(text[a:b] for a, b in map(lines.span, range(head, head_last + 1)))
        headline_span = (lines.starts[head], lines.ends[head_last])
    end_line = stop
    by: list[Byline] = []
    # Trailing lines without any Chinese (|, 1.jpg) are layout, not text.
    while end_line - 1 > body_from and _CJK.search(p.line(end_line - 1)) is None:
        end_line -= 1
    # Header lines printed after the body (来源:某乡党政办:张三) are not body.
    while end_line - 1 > body_from and p.is_meta(end_line - 1):
        a, b = lines.span(end_line - 1)
        by[:0] = _printed(bylines.find_in_header(p.match[a:b]), text, a)
        end_line -= 1
    stop = end_line
    while end_line - 1 > body_from and p.byline_line(end_line - 1) is not None:
        end_line -= 1
    for i in range(end_line, stop):
        by.extend(p.byline_line(i) or ())
    first_from = lines.starts[body_from]
    marker_text = ""
    if marker:
        a, b = lines.span(body_from)
        m = _MARKER.match(p.match, a, b)
        wire = _WIRE.match(p.match, a, b) if m is None else None
        if wire is not None:
            marker_text = text[a : wire.end()]
            by[:0] = _printed(bylines.parse(wire["inner"]) or [], text, wire.start("inner"))
            first_from = wire.end()
        elif m is not None:
            marker_text = text[a : m.end()]
            first_from = m.end()
    if end_line > body_from:
        # A credit right after the marker: (记者 张三), 记者张三报道:
        b = lines.ends[body_from]
        opener = _BULLET.match(p.match, first_from, b) if bullet else None
        if opener is not None:
            if opener.group().startswith("【"):  # 【heading】text: the heading is the headline
                headline = text[first_from + 1 : opener.end() - 1]
                headline_span = (first_from + 1, opener.end() - 1)
            first_from = opener.end()
        taken, got = bylines.strip_lead(p.match[first_from:b])
        if taken:
            by[:0] = _printed(got, text, first_from)
            first_from += taken
        while first_from < b and text[first_from].isspace():
            first_from += 1
    last_to = lines.ends[end_line - 1] if end_line > body_from else first_from
    body = _assemble(p, body_from, end_line, first_from, last_to)
    # A byline closing the last paragraph: …稳定。(记者 张三), …会议。 记者:张三
    para_from = body.match.rfind("\n") + 1
    tail = bylines.find_tail(body.match[para_from:])
    if tail is not None:
        cut, got = tail
        if not by:
            by = _mapped_credits(body, got, para_from)
        body = body.head(len(body.text[: para_from + cut].rstrip()))
    by.extend(_mapped_credits(body, bylines.find_anywhere(body.match), 0))
    start = headline_span[0] if headline else first_from
    end = lines.ends[stop - 1] if stop > body_from else headline_span[1]
    return Report(
        headline=headline,
        headline_span=headline_span,
        marker=marker_text,
        body=body,
        byline=tuple(_unique(by)),
        span=(start, max(end, start)),
    )


_CJK: Final = re.compile(r"[\u4e00-\u9fff]")


def _mapped_credits(body: Mapped, got: list[bylines.Credit], base: int) -> list[Byline]:
    """Credits read in a body (offsets from ``base``), with page spans."""
    return [
        Byline(r, bylines.printed(body.text, base + a, base + b), body.span(base + a, base + b))
        for r, a, b in got
    ]


#: Pieces joined at once while assembling a body: bounds the temporary list.
_CHUNK: Final = 4096


def _assemble(p: _Page, lo: int, hi: int, first_from: int, last_to: int) -> Mapped:
    r"""
    Join lines ``lo..hi`` (the first from ``first_from``, the last up to ``last_to``).

    A line that ends a sentence ends a paragraph (a ``\\n`` in the result);
    any other line break is a word cut by the layout, and is dropped.
    """
    text, lines = p.text, p.lines
    chunks: list[str] = []
    parts: list[str] = []
    starts = offsets(len(text))
    origins = offsets(len(text))
    pos = 0
    pending_break = False
    for i in range(lo, hi):
        a = first_from if i == lo else lines.starts[i]
        b = last_to if i == hi - 1 else lines.ends[i]
        if b <= a:
            continue
        if pending_break and pos:
            parts.append("\n")
            starts.append(pos)
            origins.append(a)
            pos += 1
        piece = text[a:b]
        pending_break = _ends_sentence(piece)
        parts.append(piece)
        starts.append(pos)
        origins.append(a)
        pos += b - a
        if len(parts) >= _CHUNK:
            chunks.append("".join(parts))
            parts.clear()
    chunks.append("".join(parts))
    joined = "".join(chunks)
    return Mapped(joined, simplify(joined), starts, origins)
