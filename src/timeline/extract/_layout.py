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
  own date in a weekly round-up (where the items begin is ``_digest``'s
  question). A week heading (``5月27日至6月2日。``) is no item.

Bylines are read wherever they stand (``bylines``): on
their own lines, after the marker, glued to the last sentence, in a web
header's ``作者:`` field. PDF text cuts lines anywhere: a line that does not
end a sentence is re-joined with the next one (``各项\\n\\n报告`` ->
``各项报告``), and the offsets of every run are kept so facts point back
into the page.

A report told twice, or telling several events, is ``_parts``'s question.
What each line is (headline, header, prose, byline) is ``_page``'s
question; memory stays linear there (flat offset arrays, never one object
per line).
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from timeline.extract import _anywhere_credits as anywhere_credits
from timeline.extract import _bylines as bylines
from timeline.extract import _digest as digest
from timeline.extract import _edge_credits as edge_credits
from timeline.extract import _header_credits as header_credits
from timeline.extract._dates import RANGE_JOINER
from timeline.extract._digest import BULLET, ITEM_DATE, WEEK_HEADING
from timeline.extract._headlined import sentence_visits
from timeline.extract._page import (
    MAX_HEADLINE,
    TOOL_PHRASES,
    Byline,
    Page,
    assemble,
    ends_sentence,
    offsets,
    printed,
)
from timeline.extract._parts import MAX_REPORTS, Report, by_day, cut, once
from timeline.extract._text import CJK, Mapped

__all__ = ["MAX_REPORTS", "WEEK_HEADING", "Byline", "Layout", "Report", "offsets", "split_page"]


#: Names in a dateline's parentheses: ``(张三)``, ``(张三  李四)``.
_NAMES_IN_PARENS: Final = r"[\u4e00-\u9fff]{2,4}(?:[^\S\n]{1,3}[\u4e00-\u9fff]{2,4}){0,3}"
_MARKER: Final = re.compile(
    r"(?:[【\[]|\((?=本))?(?:本报讯|又讯|本报[^\s讯。,]{2,16}讯|"
    r"(?:新华社|中新社|中央社|人民网|新华网)[^\s。,]{0,16}电|"
    r"[\u4e00-\u9fff]{1,10}?(?:报|网|台|新闻|融媒体?|频道|在线|之声|客户端)"
    # the place it reports from may follow: 长城网沧州讯
    r"(?:[\u4e00-\u9fff]{2,4}?)?[\d月日年号]{0,8}(?:讯|消息)|"
    # any outlet's dateline: 红网湘潭县分站1月22日讯, 中新网新疆新闻11月21日电,
    # 东南网4月16日福清站讯, 秦州区(qū)融媒体中心9月26日讯 (readings and all),
    # two outlets joined by a hyphen or a dot: 某某在线-某某新闻网9月14日讯
    r"(?:[\u4e00-\u9fff]|\([a-z\u00e0-\u01dc]{1,7} ?\)"
    r"|(?<=[\u4e00-\u9fff])[-·](?=[\u4e00-\u9fff])){2,24}?"
    r"\d{1,2}月\d{1,2}日[\u4e00-\u9fff]{0,4}?[讯电]|"
    # an outlet, then its reporter in parentheses: 蕉城在线(吴辉东)12月4日…
    r"(?!据)[\u4e00-\u9fff]{1,10}?(?:在线|新闻网|融媒体?|频道)(?=\((?:" + _NAMES_IN_PARENS + r"|"
    r"[^()\n]{0,10}(?:记者|通讯员)[^()\n]{1,30})\))|"
    # any other dateline with its credit: 某某中国讯(张三  李四)10月20日…,
    # 某某传媒网:(张三)12月30日…; names alone only when the date follows
    # (a word ending in 讯 may open a sentence: 喜讯(第三次)传来)
    r"(?!据)[\u4e00-\u9fff]{1,10}?(?:讯|网:)(?=\((?:" + _NAMES_IN_PARENS + r"\)[^\S\n]*\d|"
    r"[^()\n]{0,10}(?:记者|通讯员)[^()\n]{1,30}\))))[】\]]?"
)
#: ``(中央社記者管瑞平苗栗縣11日電)``: a wire dateline in parentheses, with its byline.
_WIRE: Final = re.compile(r"\((?P<inner>(?:中央社|新华社|中新社)[^()]{0,30}?电)\)")
#: What every marker holds on the line it opens: 讯 or 消息 (an outlet's
#: dateline), 电 (a wire's), or the parenthesis a credit or a wire opens.
#: A line holding none is turned away in one scan of its characters,
#: before the branches (several lazy runs each) are tried at its start.
_MARKER_MARKS: Final = "讯电息("
#: Spaces before a marker, or what a page's lost encoding left of them (``????本报讯``).
#: Searched in ``Page.lined`` (the page behind a line break), where the
#: pattern opens on that literal break: the regex engine skips straight to
#: each line start instead of trying the pattern at every character.
_MARKER_LINE: Final = re.compile(
    rf"\n(?=[^\n{_MARKER_MARKS}]*+[{_MARKER_MARKS}])(?:[^\S\n]|\?)*(?:"
    + _MARKER.pattern
    + "|"
    + _WIRE.pattern
    + ")"
)
#: A date printed on a line of its own anywhere (often after the body):
#: ``2022-10-12``, ``2015年02月18日 09:40``, a Taiwan page's ``1140411``.
#: Searched in ``Page.lined``: both branches open on a line start (the
#: break before it) or on ``)``/``。``, one literal character the regex
#: engine skips straight to; the date's branch only after a break.
_DATE_ALONE: Final = re.compile(
    r"(?m)[\n)。](?:(?<=\n)[^\S\n]*[^\w\s]{0,3}[^\S\n]*(?P<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?)"
    r"(?:[^\S\n]+\d{1,2}:\d{2}(?::\d{2})?)?|[^\S\n]*(?P<roc>[01]\d{6}))[^\S\n]*$"
)
_MAX_DATE_LINES: Final = 20
#: How far after ``(本网讯`` its credit may close the parentheses.
_MAX_PAREN_CREDIT: Final = 40
#: Where a web article's body ends: lists of other news, the editor's line,
#: the site's footer, or the page's tools printed in full (``TOOL_PHRASES``;
#: never a bare 打印 or 收藏, which may open a sentence of the body).
_FOOTER: Final = re.compile(
    r"[【\[]?(?:新闻推荐|相关新闻|相关阅读|相关文章|延伸阅读|推荐阅读|热点推荐|上一篇|下一篇|"
    r"责任编辑|编辑|责编|审核|友情链接|版权所有|" + TOOL_PHRASES + r"|Copyright|"
    r"主办单位|主办:|承办|技术支持|联系我们|免责声明|版权声明|网站声明|网站地图|备案|ICP)",
    re.IGNORECASE,
)
#: Searched in ``Page.lined``, opening on the break before a line (see ``_MARKER_LINE``).
_FOOTER_LINE: Final = re.compile(r"\n[^\S\n]*" + _FOOTER.pattern, re.IGNORECASE)
_MAX_HEADLINE_LINES: Final = 3
#: Lines of a web page read for its header; the body starts within them.
_MAX_HEADER_LINES: Final = 60
#: Lines searched for a body when the header part holds none.
_MAX_PROSE_SEARCH: Final = 2000
#: A chronicle entry's day set apart from its words (``17日 某报…``, ``1日:…``,
#: ``1日~2日 …``, ``12月5日 …``): the separator is kept to compare entries.
_ENTRY_DAY: Final = re.compile(
    r"[^\S\n]*(?:\d{1,2}[^\S\n]?月[^\S\n]?)?\d{1,2}(?:[^\S\n]?日?(?:"
    + RANGE_JOINER
    + r")(?:\d{1,2}月)?\d{1,2})?[^\S\n]?日(?P<sep>[^\S\n]|[:：])"
)
#: Words after an entry's day: four Chinese characters at least.
_WORDS: Final = re.compile(r"[^\S\n]*[\u4e00-\u9fff]{4}")
#: Lines below the body's start searched for the chronicle's next entry.
_NEXT_ENTRY_REACH: Final = 4


@attrs.frozen
class Layout:
    """
    A page split into reports.

    Attributes:
        reports: The reports in page order.
        preamble: Lines before the first report (a page header), with spans.
        warnings: What could not be read.
        header: The lines that may print the publication date: a web
            page's header (``发布时间:…``), a paper page's lines above its
            first marker.
        dated: Lines that are only a date, anywhere on the page (read
            when the header prints no date).
    """

    reports: tuple[Report, ...]
    preamble: tuple[tuple[str, tuple[int, int]], ...]
    warnings: tuple[str, ...]
    header: tuple[str, ...] = ()
    dated: tuple[str, ...] = ()

    @property
    def top_lines(self) -> list[str]:
        """The preamble's lines, then the header's: where a page prints its own date."""
        return [line for line, _ in self.preamble] + list(self.header)


def split_page(page: str) -> Layout:
    """
    Split a page into reports.

    Args:
        page: The page text as read.

    Returns:
        The reports, the preamble lines, and warnings.
    """
    p = Page(page)
    lines = p.lines
    if not len(lines):
        return Layout((), (), ("no text on the page",))
    # One scan of the page for line starts that open a report; never a
    # regex call per line (a page may hold millions of short lines).
    markers = [lines.at(m.end() - 2) for m in _MARKER_LINE.finditer(p.lined)]
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
    # Every short line above the first marker may print the page's date,
    # also one the first report's headline took (`某某日报 2019-07-26 10:46`).
    header = tuple(
        p.match[a:b] for a, b in map(lines.span, range(markers[0])) if b - a <= MAX_HEADLINE * 2
    )
    reports: list[Report] = []
    for k, m in enumerate(markers[:MAX_REPORTS]):
        if len(reports) >= MAX_REPORTS:
            break
        stop = heads[k + 1] if k + 1 < len(markers) else _page_end(p, m)
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
    reports = once(reports)
    # Credits printed in the header (a caption's 图/文 or 摄, 作者:) belong to the first report.
    if reports:
        found = _header_bylines(p, range(heads[0]))
        if found:
            reports[0] = _credited(reports[0], found)
    warnings.extend(
        f"report at offset {r.span[0]}: no headline found" for r in reports if not r.headline
    )
    return Layout(tuple(by_day(reports)), preamble, tuple(warnings), header, _date_lines(p))


#: Where a paper page's last report surely ends: lists of other news and the
#: site's footer (not 编辑 lines, which a paper report may print before its byline).
#: Searched in ``Page.lined``, opening on the break before a line (see ``_MARKER_LINE``).
_LIST_FOOTER: Final = re.compile(
    r"\n[^\S\n]*(?:[【\[](?:责任)?编辑\s*:|[【\[]?(?:新闻推荐|相关新闻|相关阅读|相关文章|延伸阅读|推荐阅读|热点推荐|热门资讯|"
    r"今日热点|上一篇|下一篇|友情链接|版权所有|Copyright|免责声明|版权声明|网站声明|网站地图))",
    re.IGNORECASE,
)


def _page_end(p: Page, marker_line: int) -> int:
    """The line after the last report of a paper page: its footer, else the page's end."""
    if marker_line + 1 >= len(p.lines):
        return len(p.lines)
    # In ``lined`` the break before offset k of the page stands at k, its characters one further.
    footer = _LIST_FOOTER.search(p.lined, p.lines.starts[marker_line + 1])
    return p.lines.at(footer.end() - 2) if footer else len(p.lines)


def _date_lines(p: Page) -> tuple[str, ...]:
    """Lines that are only a date, anywhere on the page (the first few)."""
    out = []
    for m in _DATE_ALONE.finditer(p.lined):
        out.append(m["date"] or m["roc"])
        if len(out) >= _MAX_DATE_LINES:
            break
    return tuple(out)


def _header_bylines(p: Page, indices: range) -> list[Byline]:
    out: list[Byline] = []
    for i in indices:
        a, b = p.lines.span(i)
        line = p.match[a:b]
        if p.is_meta(i):  # 来源:…, or a date line that goes on: 2018-03-28 网址 记者 X
            out.extend(printed(header_credits.find_in_header(line), p.text, a))
            continue
        own = p.byline_line(i)
        if own:
            out.extend(own)
            continue
        # The length first: a long line is no header's, whatever closes it.
        tail = edge_credits.find_tail(line) if b - a <= MAX_HEADLINE * 2 else None
        if tail is not None:
            out.extend(printed(tail[1], p.text, a))
    return _unique(out)


def _credited(report: Report, found: list[Byline]) -> Report:
    """``report`` with the credits its page prints around it first, each name once."""
    return attrs.evolve(report, byline=tuple(_unique([*found, *report.byline])))


def _unique(found: list[Byline]) -> list[Byline]:
    seen: set[str] = set()
    out = []
    for b in found:
        if b.name not in seen:
            seen.add(b.name)
            out.append(b)
    return out


def _web_page(p: Page) -> Layout:
    """A page without markers: a web article (header lines, then prose), or a digest."""
    lines = p.lines
    limit = min(len(lines), _MAX_HEADER_LINES)
    body_from = next((i for i in range(limit) if p.is_prose(i) and not p.heads_header(i)), None)
    if body_from is None:
        body_from = next((i for i in range(min(len(lines), _MAX_PROSE_SEARCH)) if p.is_prose(i)), 0)
    body_from = _entry_above(p, body_from)
    # A page without prose (a table of cells) may still print its date in a
    # header field among its first lines.
    header_to = body_from or limit
    head = None
    for i in range(body_from - 1, -1, -1):
        if p.is_headline(i) and p.byline_line(i) is None:
            head = i
            break
    header_lines = [
        i for i in range(header_to) if lines.ends[i] - lines.starts[i] <= MAX_HEADLINE * 2
    ]
    if body_from < len(lines) and p.header_then_prose(body_from):
        header_lines.append(body_from)
    header = tuple(p.text[a:b] for a, b in map(lines.span, header_lines))
    stop = len(lines)
    if body_from + 1 < len(lines):
        footer = _FOOTER_LINE.search(p.lined, lines.starts[body_from + 1])
        if footer is not None:
            stop = lines.at(footer.end() - 2)
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
    if reports and found:
        reports[0] = _credited(reports[0], found)
    # A web article announces itself by its header lines; a page with
    # neither marker nor header is read as one report, and says so.
    if len(reports) == 1 and not any(p.is_meta(i) for i in header_lines):
        warnings.append("no 本报讯/又讯 marker and no web header: the page is read as one report")
    return Layout(tuple(by_day(once(reports))), (), tuple(warnings), header, _date_lines(p))


def _entry_above(p: Page, body_from: int) -> int:
    """
    Where a chronicle's body starts when its first entry stands above the first prose line.

    A yearbook's text keeps its printed lines: the first entry may break
    before its first comma (``17日 某纪录片`` then ``在某地开机,…。``) or be
    too short to read as prose (``1日:某市正式成立。``), so the body would
    start below it and lose it. The line (or the one above it, when the
    entry's sentence ends on the next) is taken back when it opens with a
    day set apart from its words as the body's next entries open, a few
    lines below (the same separator: a space, or a colon): a headline or a
    header line does not print its day so.
    """
    for i in (body_from - 1, body_from - 2):
        if i < 0 or p.is_meta(i) or (i < body_from - 1 and ends_sentence(p.line(i))):
            return body_from
        if _opens_entry(p, i, body_from):
            return i
    return body_from


def _opens_entry(p: Page, i: int, body_from: int) -> bool:
    """Whether line ``i`` opens with a day set apart as the entries from ``body_from`` on open."""
    first = _ENTRY_DAY.match(p.match, *p.lines.span(i))
    if first is None or _WORDS.match(p.match, first.end(), p.lines.ends[i]) is None:
        return False
    sep = first["sep"].isspace()
    for k in range(body_from, min(len(p.lines), body_from + _NEXT_ENTRY_REACH)):
        entry = _ENTRY_DAY.match(p.match, *p.lines.span(k))
        if entry is not None and entry["sep"].isspace() == sep and p.is_prose(k):
            return True
    return False


def _too_many(count: int) -> str:
    return (
        f"the page holds {count} reports: only the first {MAX_REPORTS} are read "
        "(a page of the genre holds a few dozen)"
    )


def _reports(  # noqa: C901, PLR0912, PLR0913 - the parts of one report, one branch per page form
    p: Page,
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
    found = digest.split(p, body_from, stop, marker=marker)
    items = found.lines if found is not None else []
    form = found.form if found is not None else ""
    day_heads = found.headings if found is not None else frozenset()
    more = found.more if found is not None else frozenset()
    photos = found.photos if found is not None else frozenset()
    again = found.again if found is not None else frozenset()
    headed = form in {"headed", "officials"}
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
        # (Sub-headings stand on the line before their items; officials' paragraphs do not.)
        intro_stop = items[0] - (1 if form == "headed" else 0)
        intro = _report(
            p, head=head, head_last=head_last, body_from=body_from, stop=intro_stop, marker=marker
        )
        intro_out.append(attrs.evolve(intro, part="intro"))
    elif day_heads:
        pass  # the first heading opens the items; what stands before it is header
    elif (
        marker
        or form in {"days", "titled"}
        or (
            items[0] > intro_from
            and (
                ITEM_DATE.match(p.line(intro_from))
                or _ENTRY_DAY.match(p.match, *p.lines.span(intro_from))
            )
            and not WEEK_HEADING.match(p.line(intro_from))
        )
    ):
        # The text before the first item is a report of its own when it is
        # dated (a lead, then bulleted briefs; a chronicle's first entry,
        # ``1日:…``) or opens with the marker.
        intro = _report(
            p, head=head, head_last=head_last, body_from=body_from, stop=items[0], marker=marker
        )
        if intro.body.text.strip():
            intro_out.append(intro)
    out: list[Report] = []
    bounds = [*items, stop]
    for k, first in enumerate(items[:budget]):
        if first in photos:
            continue  # a chronicle's photo: it ends the entry above it
        # A short line right before an item is its heading (福田区 / 【要闻】).
        item_head = None
        lo = bounds[k - 1] + 1 if k else body_from
        if (
            first - 1 >= lo
            and first - 1 not in day_heads
            and p.is_headline(first - 1)
            and not WEEK_HEADING.match(p.line(first - 1))
        ):
            item_head = first - 1
        if first in day_heads:
            # A date heading dates the items under it; it is no event.
            day = _report(
                p, head=None, head_last=None, body_from=first, stop=first + 1, marker=False
            )
            out.append(attrs.evolve(day, part="intro"))
            continue
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
        if headed or day_heads or first in more:
            out[-1] = attrs.evolve(out[-1], part="item")
        elif first in again:
            out[-1] = attrs.evolve(out[-1], part="again")
    if form in {"officials", "headed"}:
        # A round of visits: another official's visit inside a paragraph is an item too.
        out = [c for r in out for c in cut(r, sentence_visits(r.body.match))][:budget]
    # A credit for the whole page (after the marker, or closing the last
    # item alone: (张三/整理)) credits every item that names none.
    if any(r.byline for r in out[:-1]):
        return intro_out + out  # items credit their own writers
    shared = out[-1].byline or whole.byline
    return [
        r if r.byline or r.part == "intro" else attrs.evolve(r, byline=shared)
        for r in intro_out + out
    ]


def _item_stop(p: Page, first: int, stop: int) -> int:
    """An item ends before the next item's heading line."""
    if stop - 1 > first and p.is_headline(stop - 1) and p.byline_line(stop - 1) is None:
        return stop - 1
    return stop


def _report(  # noqa: C901, PLR0912, PLR0913, PLR0915 - the parts of one report, all needed
    p: Page,
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
    while end_line - 1 > body_from and CJK.search(p.line(end_line - 1)) is None:
        end_line -= 1
    # Header lines printed after the body (来源:某乡党政办:张三) are not body,
    # nor the site's short lines that hold no clause (关键词:, 最近更新).
    while end_line - 1 > body_from:
        if p.is_meta(end_line - 1):
            a, b = lines.span(end_line - 1)
            by[:0] = printed(header_credits.find_in_header(p.match[a:b]), text, a)
        elif not p.is_furniture(end_line - 1):
            break
        end_line -= 1
    # Captions or links after a closing credit (…。(张三 李四) / 国旗入场 /
    # 上一条:…): the credit ends the report.
    credit_line = p.credit_above(body_from, end_line)
    if credit_line is not None:
        end_line = credit_line + 1
    stop = end_line
    while end_line - 1 > body_from and p.byline_line(end_line - 1) is not None:
        end_line -= 1
    for i in range(end_line, stop):
        by.extend(p.byline_line(i) or ())
    # A byline line after the photos' captions that open the body.
    for i in range(body_from + 1, min(end_line, body_from + _OPENING_LINES)):
        by.extend(p.byline_line(i) or ())
    first_from = lines.starts[body_from]
    marker_text = ""
    if marker:
        a, b = lines.span(body_from)
        while a < b and p.match[a] == "?":  # ????本报讯: spaces the encoding lost
            a += 1
        m = _MARKER.match(p.match, a, b)
        wire = _WIRE.match(p.match, a, b) if m is None else None
        if wire is not None:
            marker_text = text[a : wire.end()]
            by[:0] = printed(bylines.parse(wire["inner"]) or [], text, wire.start("inner"))
            first_from = wire.end()
        elif m is not None:
            marker_text = text[a : m.end()]
            first_from = m.end()
            if marker_text.startswith("("):
                # (本网讯 记者X): the credit closes the parentheses the marker opened.
                close = p.match.find(")", first_from, min(b, first_from + _MAX_PAREN_CREDIT))
                inner = p.match[first_from:close] if close > 0 else ""
                got = bylines.parse(inner.strip(), whole=True) if inner.strip() else None
                if got is not None:
                    skip = len(inner) - len(inner.lstrip())
                    by[:0] = printed(got, text, first_from + skip)
                    first_from = close + 1
    if end_line > body_from:
        # A credit right after the marker: (记者 张三), 记者张三报道:
        b = lines.ends[body_from]
        opener = BULLET.match(p.match, first_from, b) if bullet else None
        if opener is not None:
            if opener.group().startswith("【"):  # 【heading】text: the heading is the headline
                headline = text[first_from + 1 : opener.end() - 1]
                headline_span = (first_from + 1, opener.end() - 1)
            first_from = opener.end()
        # 某某信息港讯 记者张三: an outlet the markers do not know, its 讯, its credit.
        credit_at = edge_credits.after_outlet_xun(p.match, first_from, b)
        taken, got = edge_credits.strip_lead(p.match[credit_at:b])
        if taken:
            by[:0] = printed(got, text, credit_at)
            first_from = credit_at + taken
        while first_from < b and text[first_from].isspace():
            first_from += 1
    last_to = lines.ends[end_line - 1] if end_line > body_from else first_from
    body = assemble(p, body_from, end_line, first_from, last_to)
    # A byline closing the last paragraph: …稳定。(记者 张三), …会议。 记者:张三
    para_from = body.match.rfind("\n") + 1
    tail = edge_credits.find_tail(body.match[para_from:])
    if tail is not None:
        cut, got = tail
        if not by:
            by = _mapped_credits(body, got, para_from)
        body = body.head(len(body.text[: para_from + cut].rstrip()))
    by.extend(_mapped_credits(body, anywhere_credits.find_anywhere(body.match), 0))
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


#: Lines at the top of a body searched for a byline line of their own.
_OPENING_LINES: Final = 8


def _mapped_credits(body: Mapped, got: list[bylines.Credit], base: int) -> list[Byline]:
    """Credits read in a body (offsets from ``base``), with page spans."""
    return [
        Byline(r, bylines.printed(body.text, base + a, base + b), body.span(base + a, base + b))
        for r, a, b in got
    ]
