"""
A page's lines, and what each line is: headline, header (meta), prose, byline.

The page is folded once (``_text.fold``) and simplified once for matching;
line offsets live in flat integer arrays, never one object per line, so a
page of millions of short lines costs a few bytes per line. The layout
(``_layout``) and the digest reader (``_digest``) both ask these questions
of a line. A report's lines are joined into its body here too, words cut
by a line break re-joined (``assemble``).
"""

from __future__ import annotations

import bisect
import re
from array import array
from typing import Final

import attrs

from timeline.extract import _bylines as bylines
from timeline.extract import _edge_credits as edge_credits
from timeline.extract import _header_credits as header_credits
from timeline.extract._lexicon import FINAL_PUNCT
from timeline.extract._text import Mapped, fold_and_simplify

__all__ = [
    "DATE_LINE",
    "LEADING_DATE",
    "MAX_HEADLINE",
    "META",
    "TOOL_PHRASES",
    "Byline",
    "Lines",
    "Page",
    "assemble",
    "closes_caption",
    "ends_sentence",
    "offsets",
    "printed",
]

#: A page header line (date, weekday, page number) is never a headline.
_PAGE_HEADER: Final = re.compile(
    r"^(?:(?:19|20)\d{2}\s*(?:年|-|/|\.)\s*\d{1,2}\s*(?:月|-|/|\.)\s*\d{1,2}|.{0,30}(?:星期[一二三四五六日天]|第\s*\d{1,3}\s*版))"
)
#: The site's page tools (print, close, keep, share, go back, report an
#: error, text size, scan the code): the one table of them, for every reader
#: of a page's furniture. In full, as no sentence prints them (打印本页,
#: 关闭窗口, 分享到, 返回顶部), they mark furniture wherever they stand:
#: ``_layout`` ends a body at a line that opens with one, and
#: ``_edge_credits`` cuts the ones glued after a closing credit.
TOOL_PHRASES: Final = (
    r"打印(?:本[文页]|此[文页])|关闭(?:本页|窗口|本窗口)|(?:取消|加入)收藏(?:本[文页])?|收藏本[文页]|"
    r"返回顶部|我要纠错|分享到|(?:加大|缩小)字体|字体(?:放大|缩小|大小)|"
    r"扫码(?:带走|关注)|(?:请打开微信)?扫一扫"
)
#: The same tools in one or two words (打印, 收藏, 放大, 正常): prose uses
#: them too, so they are furniture only on a line that holds nothing else.
_TOOL_WORDS: Final = r"打印|关闭|收藏|返回|纠错|分享|[大小]字体|放大|缩小|正常|大 中 小"
#: 分享至 heads the share buttons between a page's header and its body (a
#: train page prints it alone on the line above its first report): a header
#: word, kept out of ``TOOL_PHRASES``, where it would end the body before it.
_SHARE_ABOVE: Final = "分享至"
_TOOL: Final = "(?:" + TOOL_PHRASES + "|" + _SHARE_ABOVE + "|" + _TOOL_WORDS + ")"
#: Tools named before their choices (``字号:大 中 小``, ``分享到:微信 微博``):
#: a header line, as a source or a date is.
_TOOL_LABELS: Final = ("字号", "字体", "分享到?", "打印")
#: A header's fields, each named before its colon (or a breadcrumb's ``>``).
_META_LABELS: Final = (
    *("发布时间", "发布日期", "发表时间", "更新时间", "时间", "日期", "来源", "作者"),
    *("浏览", "阅读", "点击", "访问", "责任编辑", "责编", "编辑", "当前位置", "您的位置"),
    *("所在位置", "首页", *_TOOL_LABELS),
)
#: A web page's header (meta) line: who, when, where from, how often read,
#: and the page's tools named before their choices; 分享至 with or without
#: its colon, as pages print it above the body. Only whether a line holds
#: one counts (the match's bounds are never read).
META: Final = re.compile(
    # Every branch opens on a literal character, so the regex engine skips
    # straight to the few places one stands (this runs on every short line);
    # a look ahead at the first character would still be tried at each.
    "|".join(rf"{label}\s*[:>]" for label in _META_LABELS)
    + rf"|{_SHARE_ABOVE}|次浏览|浏览次数|阅读次数"
    # A breadcrumb's > (spaced, or opening or closing the line) and a
    # greeting opening the line: what stands around them is looked at
    # from the literal on.
    + r"|>(?:(?<=\s>)(?=\s)|(?<=^>)|$)|欢迎(?<=^欢迎)(?:访问|光临|来到|进入)"
)
#: A line that is only a date and maybe a time: ``2022-08-10 16:08:19``, ``14.11.2014 16:50``.
DATE_LINE: Final = re.compile(
    r"^[^\w]{0,3}(?:date\s*)?(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?|"
    r"\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}|\d{1,2}-\d{1,2})"
    # the clock in digits or in words: 10:18, 10时18分
    r"(?:\s+\d{1,2}(?::\d{2}(?::\d{2})?|时\d{1,2}分(?:\d{1,2}秒)?))?\s*$",
    re.IGNORECASE,
)
#: A line opening with a numeric date, then a headline or a caption
#: (``date 2025-12-11 縣長…``, ``111-08-18 保障…``): a mirror's header.
_DATE_OPENING: Final = re.compile(
    r"^[^\w]{0,3}(?:date\s*)?(?:(?:19|20)\d{2}|1[0-2]\d|[89]\d)-\d{1,2}-\d{1,2}\s",
    re.IGNORECASE,
)
#: A source, then when it posted (``某某日报 2019-07-26 10:46``, ``某某 发表于 2010-8-5``).
_DATE_CLOSING: Final = re.compile(
    r"\s(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)
#: A picture's file name alone on a line (``图1.png``, ``640.jpeg``); never a
#: sentence that closes with one (``…开赛。640.png``), which is body.
_JUNK: Final = re.compile(
    r"^(?:图片?\d*\.(?:png|jpe?g|gif)|[^\s,。、;!?]+\.(?:png|jpe?g|gif))$", re.IGNORECASE
)
#: A line of page tools only (``【打印本文】``, ``【 打印 】 【关闭窗口】``,
#: ``加大字体 缩小字体 收藏 打印``, ``—分享—``): furniture of the header,
#: never a headline nor the report.
_TOOLS: Final = re.compile(
    r"^[\s【\[•·\-—|]*" + _TOOL + r"(?:[\s【\[】\]•·\-—|]+" + _TOOL + r")*[\s】\]•·\-—|:]*$"
)
LEADING_DATE: Final = re.compile(r"^\s*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]")
MAX_HEADLINE: Final = 80
#: A posting date printed in full (``时间:2009-07-27``, ``2025-10-01 09:55:00``).
_FULL_DATE: Final = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
#: Lines below a short opening line searched for the header's date line.
_DATED_HEADER_REACH: Final = 4
_MIN_PROSE: Final = 12
#: Site furniture after a body: short lines with no clause mark in them.
_MAX_FURNITURE: Final = 12
_CLAUSE: Final = re.compile(r"[,。、;!?()]")
_CJK: Final = re.compile(r"[\u3400-\u9fff]")
#: A header line longer than this that holds a whole sentence runs into the body.
_HEADER_THEN_PROSE: Final = 40


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


_LINE: Final = re.compile(r"\S(?:[^\n]*\S)?")
#: Offsets fit 32 bits on any page under 2 GiB: half the memory of 64.
_SMALL_PAGE: Final = 2**31 - 1


def offsets(size: int) -> array[int]:
    """An empty flat array for offsets into a text of ``size`` characters."""
    return array("i" if size < _SMALL_PAGE else "q")


class Lines:
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


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence (closing quotes and brackets looked through)."""
    t = text.rstrip("”’」』\"')")
    return bool(t) and t[-1] in FINAL_PUNCT


#: Lines without a sentence's end searched above a report's end for its closing credit.
_MAX_TRAILING: Final = 12


def closes_caption(line: str) -> bool:
    """Whether ``line`` is a caption closed by its photographer: it ends its paragraph."""
    tail = line[-_CAPTION_TAIL:]
    return (
        tail.rstrip().endswith(("摄", "攝"))
        and edge_credits.CAPTION_CREDIT.search(tail) is not None
    )


#: Enough of a line's end to hold 。, a role word and three photographers.
_CAPTION_TAIL: Final = 20


def printed(got: list[bylines.Credit], text: str, base: int) -> list[Byline]:
    """Credits read on simplified text, as printed names with page spans."""
    return [
        Byline(r, bylines.printed(text, base + a, base + b), (base + a, base + b))
        for r, a, b in got
    ]


class Page:
    """The page being split: its text, the simplified text, and its lines."""

    def __init__(self, page: str) -> None:
        self.text, self.match = fold_and_simplify(page)
        self.lines = Lines(self.text)
        # The simplified page behind one line break: a pattern for whole lines
        # opens on that break (a literal the regex engine skips to) instead of
        # ``(?m)^`` (tried at every character). ``lined[k]`` is the character
        # before ``match[k]``: the break before a line starting at k stands at k.
        self.lined = "\n" + self.match
        # The layout asks about the same lines many times; a line's answer
        # depends on nothing else, so it is read once.
        self._bylines: dict[int, list[Byline] | None] = {}
        self._meta: dict[int, bool] = {}

    def line(self, i: int) -> str:
        return self.match[self.lines.starts[i] : self.lines.ends[i]]

    def is_furniture(self, i: int) -> bool:
        """A short line without a clause or a credit (``关键词:``, ``最近更新``): site layout."""
        a, b = self.lines.span(i)
        if b - a > _MAX_FURNITURE:
            return False
        line = self.match[a:b]
        return (
            _CLAUSE.search(line) is None and not ends_sentence(line) and self.byline_line(i) is None
        )

    def byline_line(self, i: int) -> list[Byline] | None:
        """The line as a byline of its own (``记者 张三``, ``(记者 张三)``), or None."""
        if i not in self._bylines:
            self._bylines[i] = self._byline_line(i)
        got = self._bylines[i]
        return None if got is None else list(got)

    def _byline_line(self, i: int) -> list[Byline] | None:
        a, b = self.lines.span(i)
        if b - a > MAX_HEADLINE:
            return None
        line = self.match[a:b]
        inner, shift = line, 0
        if line[:1] in edge_credits.BULLETS:  # ■记者 张三, █ 文/图 张三: a bullet before the credit
            inner, shift = line[1:].lstrip(), len(line) - len(line[1:].lstrip())
        elif line[:1] in "([【" and line[-1:] in ")]】":
            inner, shift = line[1:-1], 1
        if inner.endswith(("报道:", "报导:")):  # 记者 张三 报道: the credit introduces the body
            inner = inner[:-1]
        got = bylines.parse(inner, whole=True) or edge_credits.after_outlet(inner)
        if got is None and shift:  # (某某园区供稿 撰稿人:张三): the supplying office first
            got = edge_credits.after_supplier(inner)
        if got is None and shift:
            got = bylines.parse(inner, require_role=False, whole=True)
        if got is None and not shift:  # 张三 李四: names alone on a line
            got = edge_credits.bare_names(inner) or header_credits.office_then_names(inner)
        if got is None:
            return None
        return printed(got, self.text, a + shift)

    def heads_header(self, i: int) -> bool:
        """
        A short line without a sentence's end, right above header lines: a headline.

        Headlines often hold a comma (``镇村两级齐动员,筑牢防汛“安全堤”``), so
        they look like prose; the header lines under one say what it is.
        """
        a, b = self.lines.span(i)
        line = self.match[a:b]
        if i + 1 >= len(self.lines) or b - a > MAX_HEADLINE or "。" in line:
            return False
        if not ends_sentence(line) and self.is_meta(i + 1) and not self.header_then_prose(i + 1):
            return True
        return self._dated_header_below(i)

    def _dated_header_below(self, i: int) -> bool:
        """
        Whether a header line printing a full date comes a few short lines below ``i``.

        A page opens with its headline (or a greeting), perhaps a site name or
        a blank line, then the line with the posting date: everything above
        that date line is header, even a line ending in ``!``.
        """
        for j in range(i + 1, min(len(self.lines), i + 1 + _DATED_HEADER_REACH)):
            a, b = self.lines.span(j)
            line = self.match[a:b]
            if self.is_meta(j) and _FULL_DATE.search(line):
                return not self.header_then_prose(j)
            if b - a > MAX_HEADLINE or "。" in line:
                return False
        return False

    def credit_above(self, lo: int, hi: int) -> int | None:
        """
        The line closing with a credit (``…两天。(张三 李四)``) that only captions and links follow.

        Searched in lines ``lo..hi``. None when the last line ends a sentence
        or a credit, or when a sentence's end stands between the credit and
        the end.
        """
        if hi - 1 <= lo or ends_sentence(self.line(hi - 1)):
            return None
        for i in range(hi - 1, max(lo - 1, hi - 1 - _MAX_TRAILING), -1):
            line = self.line(i)
            if i < hi - 1 and edge_credits.find_tail(line) is not None:
                return i
            if "。" in line or ends_sentence(line) or self.byline_line(i) is not None:
                return None
        return None

    def is_headline(self, i: int) -> bool:
        a, b = self.lines.span(i)
        line = self.match[a:b]
        return (
            b - a <= MAX_HEADLINE
            and not ends_sentence(line)
            and _PAGE_HEADER.match(line) is None
            and "。" not in line  # a caption or a sentence, not a headline
            and _CJK.search(line) is not None  # `\`, `|`, `1.jpg`: layout, not words
            and not self.is_meta(i)
        )

    def is_meta(self, i: int) -> bool:
        if i not in self._meta:
            self._meta[i] = self._is_meta(i)
        return self._meta[i]

    def _is_meta(self, i: int) -> bool:
        a, b = self.lines.span(i)
        if b - a > MAX_HEADLINE * 2:
            return False
        line = self.match[a:b]
        # A numeric date's dashes and a file name's dot are looked for first:
        # most lines hold neither, and a substring test costs less than a match.
        dashed = "-" in line
        return bool(
            META.search(line)
            or DATE_LINE.match(line)
            or (dashed and _DATE_OPENING.match(line))
            or ("." in line and _JUNK.match(line))
            or _TOOLS.match(line)
            or (dashed and _DATE_CLOSING.search(line) is not None and not _CLAUSE.search(line))
        )

    def is_prose(self, i: int) -> bool:
        a, b = self.lines.span(i)
        line = self.match[a:b]
        return (
            (b - a >= _MIN_PROSE or (b - a >= 2 and LEADING_DATE.match(line) is not None))  # noqa: PLR2004
            and ("," in line or "。" in line or ends_sentence(line))
            and (not self.is_meta(i) or self.header_then_prose(i))
        )

    def header_then_prose(self, i: int) -> bool:
        """
        A header line that runs into the first sentence.

        ``发布时间:2018-03-29 来源:区政协3月28日上午,区政协…会议。``: the
        page lost the break after the header; the line is body (and still
        header for the publication date). So is a mirror's ``date 2025-11-14``
        printed before the lede (``date 2025-11-14 某乡公所…召开,乡长X主持,…。``).
        """
        a, b = self.lines.span(i)
        line = self.match[a:b]
        return (
            b - a > _HEADER_THEN_PROSE
            and "。" in line
            and "," in line
            and (META.search(line) is not None or _DATE_OPENING.match(line) is not None)
        )


# -- a report's body ------------------------------------------------------------

_DATE_ONLY: Final = re.compile(
    r"\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*"
)
_MAX_DATE_ONLY: Final = 30
#: Pieces joined at once while assembling a body: bounds the temporary list.
_CHUNK: Final = 4096


#: A photo caption printed as a line of its own: who (with the photo's
#: position marks, 前排右一), 在 a place, a verb of looking and nothing after.
_CAPTION_LINE: Final = re.compile(
    r"\s*(?:图为)?[^\s,,。;:!?“”]{0,24}?(?:在|于)[^\s,,。;:!?“”]{2,30}?"
    r"(?:进行|开展)?(?:调研|考察|视察|检查|督导|指导|走访|慰问|察看|查看)(?:工作|指导)?[。.]?\s*"
)
#: Longest caption line read as one.
_MAX_CAPTION: Final = 48
#: The last character of a caption's verb, the cheap test before the pattern.
_CAPTION_VERB_ENDS: Final = frozenset("研察查导问看作")


#: A photo caption that names who chairs or speaks, printed as a line of its
#: own without a 。 (区长X讲话, 主任X主持会议, 主席X作动员讲话, 副会长X致辞):
#: a title, a name, maybe the occasion (在…上), and the act closing the line.
#: (Not a speech studied, 总书记重要讲话: no name there. Only ever matched
#: whole against a line of at most ``_MAX_CAPTION`` characters. The name is
#: any run of 2-4 characters, not a class of CJK ones, which costs the regex
#: compiler more than the rest of the pattern at import.)
_SPEECH_CAPTION: Final = re.compile(
    r"\s*[^\s,,。;:!?“”]{0,30}?(?:书记|长|主任|主席|委员|常委|代表)(?!重要)[^\s,,。;:!?“”]{2,4}"
    r"(?:在[^\s,,。;:!?]{1,16}?(?:上|前|中))?"
    r"(?:主持(?:会议|仪式|开幕式|活动)?|(?:作|做|发表)?[^\s,,。;:!?]{0,4}?讲话"
    r"|致[^\s,,。;:!?]{0,4}?[辞词])\s*"
)


def is_speech_caption(line: str) -> bool:
    """Whether ``line`` (simplified) is a caption naming who chairs or speaks, with no 。."""
    return ("讲话" in line or "主持" in line or "致" in line) and (
        _SPEECH_CAPTION.fullmatch(line) is not None
    )


def is_caption(line: str) -> bool:
    """Whether ``line`` (simplified) is a photo caption telling where its leader looked."""
    t = line.rstrip().rstrip("。.")
    return (
        bool(t)
        and t[-1] in _CAPTION_VERB_ENDS
        and ("在" in t or "于" in t)
        and _CAPTION_LINE.fullmatch(line) is not None
    )


def assemble(p: Page, lo: int, hi: int, first_from: int, last_to: int) -> Mapped:
    r"""
    Join lines ``lo..hi`` (the first from ``first_from``, the last up to ``last_to``).

    A line that ends a sentence ends a paragraph (a ``\\n`` in the result);
    any other line break is a word cut by the layout, and is dropped.
    """
    text, lines = p.text, p.lines
    # A page with traditional characters: its simplified pieces are joined
    # alongside (``simplify`` maps one character to one, so they line up),
    # never the joined body simplified once more.
    hant = p.match is not p.text
    chunks: list[str] = []
    parts: list[str] = []
    match_chunks: list[str] = []
    match_parts: list[str] = []
    starts = offsets(len(text))
    origins = offsets(len(text))
    pos = 0
    pending_break = False
    for i in range(lo, hi):
        a = first_from if i == lo else lines.starts[i]
        b = last_to if i == hi - 1 else lines.ends[i]
        if b <= a:
            continue
        piece = text[a:b]
        # A posting date on a line of its own (2023年12月26日) is no prose: glued
        # to the next line it would read as the day that line tells. Tested
        # before the pending break is written, so a skipped date leaves one
        # paragraph break, never an empty paragraph.
        if b - a <= _MAX_DATE_ONLY and _DATE_ONLY.fullmatch(piece):
            pending_break = pending_break or bool(pos)
            continue
        # A photo's caption on a line of its own between paragraphs
        # (张三(左二)在某村调研): it restates a stop of the report, and glued
        # to the next line (it has no 。) it would open that sentence with
        # its place. Only after a sentence's end: a wrapped line is prose.
        if pending_break and b - a <= _MAX_CAPTION and is_caption(p.match[a:b]):
            continue
        # A caption naming who chairs or speaks (主任X主持会议, 主席X作动员讲话)
        # is a paragraph of its own: glued to the lines around it (it has no
        # 。) it would put the next caption's title after its name, or a
        # heading's words before its title.
        speech = b - a <= _MAX_CAPTION and is_speech_caption(p.match[a:b])
        if (pending_break or speech) and pos:
            parts.append("\n")
            if hant:
                match_parts.append("\n")
            starts.append(pos)
            origins.append(a)
            pos += 1
        pending_break = ends_sentence(piece) or closes_caption(piece) or speech
        parts.append(piece)
        if hant:
            match_parts.append(p.match[a:b])
        starts.append(pos)
        origins.append(a)
        pos += b - a
        if len(parts) >= _CHUNK:
            chunks.append("".join(parts))
            parts.clear()
            match_chunks.append("".join(match_parts))
            match_parts.clear()
    chunks.append("".join(parts))
    joined = "".join(chunks)
    if not hant:
        # A page without traditional characters is its own simplified text
        # (``simplify`` returns it as it is): so is every body joined from it.
        return Mapped(joined, joined, starts, origins)
    match_chunks.append("".join(match_parts))
    return Mapped(joined, "".join(match_chunks), starts, origins)
