r"""
Page layout: a newspaper page into reports.

A report is a headline (one to three short lines), a marker line opening
the text (``本报讯``, ``又讯``, ``本报6月2日讯``, ``新华社郑州6月2日电``),
body paragraphs and a byline (``记者 张改华 通讯员 张黎``), on its own
lines, in parentheses after the marker, or glued to the last sentence.
PDF text cuts lines anywhere: a line that does not end a sentence is
re-joined with the next one (``各项\\n\\n报告`` -> ``各项报告``), and the
offsets of every run are kept so facts point back into the page.

A page without any marker is read as one report, with a warning.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from timeline.extract._lexicon import FINAL_PUNCT
from timeline.extract._text import Mapped, fold, simplify
from timeline.extract.people import parse_byline

__all__ = ["Byline", "Layout", "Report", "split_page"]

_MARKER: Final = re.compile(
    r"(?:本报讯|又讯|本报[^\s讯。,]{2,16}讯|(?:新华社|中新社|人民网|新华网)[^\s。,]{0,16}电)"
)
_GLUED_BYLINE: Final = re.compile(
    r"[((\[]\s*((?:本报|特约|见习)?(?:记者|通讯员|实习生)[^()()\[\]]{1,60})[))\]]"
)
#: A page header line (date, weekday, page number) is never a headline.
_PAGE_HEADER: Final = re.compile(
    r"^(?:(?:19|20)\d{2}\s*(?:年|-|/|\.)\s*\d{1,2}\s*(?:月|-|/|\.)\s*\d{1,2}|.{0,30}(?:星期[一二三四五六日天]|第\s*\d{1,3}\s*版))"
)
_MAX_HEADLINE: Final = 80
_MAX_HEADLINE_LINES: Final = 3


@attrs.frozen
class Byline:
    """
    One name of a byline.

    Attributes:
        role: ``reports`` or ``correspondent``.
        name: The name as printed.
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
    """

    headline: str
    headline_span: tuple[int, int]
    marker: str
    body: Mapped
    byline: tuple[Byline, ...]
    span: tuple[int, int]


@attrs.frozen
class Layout:
    """
    A page split into reports.

    Attributes:
        reports: The reports in page order.
        preamble: Lines before the first report (a page header), with spans.
        warnings: What could not be read.
    """

    reports: tuple[Report, ...]
    preamble: tuple[tuple[str, tuple[int, int]], ...]
    warnings: tuple[str, ...]


def _lines(page: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines, stripped."""
    out = []
    pos = 0
    n = len(page)
    while pos <= n:
        nl = page.find("\n", pos)
        end = n if nl < 0 else nl
        a, b = pos, end
        while a < b and page[a].isspace():
            a += 1
        while b > a and page[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        if nl < 0:
            break
        pos = nl + 1
    return out


def _ends_sentence(text: str) -> bool:
    t = text.rstrip("”’」』\"')")
    return bool(t) and t[-1] in FINAL_PUNCT


def _paragraphs(page: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    paras: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for a, b in lines:
        current.append((a, b))
        if _ends_sentence(page[a:b]):
            paras.append(current)
            current = []
    if current:
        paras.append(current)
    return paras


def split_page(page: str) -> Layout:
    """
    Split a page into reports.

    Args:
        page: The page text as read.

    Returns:
        The reports, the preamble lines, and warnings.
    """
    text = fold(page)
    match = simplify(text)
    lines = _lines(text)
    warnings: list[str] = []
    markers = [i for i, (a, b) in enumerate(lines) if _MARKER.match(match, a, b)]
    bylines = {
        i: _printed(parse_byline(match[a:b]), text[a:b])
        for i, (a, b) in enumerate(lines)
        if b - a <= _MAX_HEADLINE
    }
    if not markers:
        if not lines:
            return Layout((), (), ("no text on the page",))
        warnings.append("no 本报讯/又讯 marker: the page is read as one report")
        head = 0 if len(lines) > 1 and _is_headline(text, lines[0]) else None
        body_from = 0 if head is None else 1
        report = _report(
            text,
            lines,
            head_first=head,
            head_last=head,
            body_from=body_from,
            stop=len(lines),
            bylines=bylines,
            marker=None,
        )
        return Layout((report,), (), tuple(warnings))
    reports: list[Report] = []
    heads: list[int] = []
    for k, m in enumerate(markers):
        floor = markers[k - 1] + 1 if k else 0
        first = m
        while (
            first - 1 >= floor
            and m - (first - 1) <= _MAX_HEADLINE_LINES
            and bylines.get(first - 1) is None
            and _is_headline(text, lines[first - 1])
        ):
            first -= 1
        heads.append(first)
    preamble = tuple((text[a:b], (a, b)) for a, b in lines[: heads[0]])
    for k, m in enumerate(markers):
        stop = heads[k + 1] if k + 1 < len(markers) else len(lines)
        head = heads[k] if heads[k] < m else None
        reports.append(
            _report(
                text,
                lines,
                head_first=head,
                head_last=m - 1 if head is not None else None,
                body_from=m,
                stop=stop,
                bylines=bylines,
                marker=m,
            )
        )
    warnings.extend(
        f"report at offset {r.span[0]}: no headline found" for r in reports if not r.headline
    )
    return Layout(tuple(reports), preamble, tuple(warnings))


def _printed(
    parsed: list[tuple[str, str, int, int]] | None, line: str
) -> list[tuple[str, str, int, int]] | None:
    """Bylines are read on simplified text; names keep the printed characters."""
    if parsed is None:
        return None
    return [(r, line[s:e], s, e) for r, _, s, e in parsed]


def _is_headline(text: str, line: tuple[int, int]) -> bool:
    a, b = line
    return (
        b - a <= _MAX_HEADLINE
        and not _ends_sentence(text[a:b])
        and _PAGE_HEADER.match(text, a, b) is None
    )


def _report(  # noqa: C901, PLR0913 - the parts of one report, all needed
    text: str,
    lines: list[tuple[int, int]],
    *,
    head_first: int | None,
    head_last: int | None,
    body_from: int,
    stop: int,
    bylines: dict[int, list[tuple[str, str, int, int]] | None],
    marker: int | None,
) -> Report:
    headline = ""
    headline_span = (lines[body_from][0], lines[body_from][0])
    if head_first is not None and head_last is not None:
        hl = lines[head_first : head_last + 1]
        headline = " ".join(text[a:b] for a, b in hl)
        headline_span = (hl[0][0], hl[-1][1])
    end_line = stop
    by: list[Byline] = []
    while end_line - 1 > body_from and bylines.get(end_line - 1) is not None:
        end_line -= 1
    for i in range(end_line, stop):
        a, _ = lines[i]
        by.extend(Byline(r, n, (a + s, a + e)) for r, n, s, e in bylines[i] or ())
    body_lines = list(lines[body_from:end_line])
    marker_text = ""
    if marker is not None and body_lines:
        a, b = body_lines[0]
        m = _MARKER.match(simplify(text[a:b]))
        if m is not None:
            marker_text = text[a : a + m.end()]
            a += m.end()
            # A byline in parentheses right after the marker.
            rest = text[a:b]
            stripped = len(rest) - len(rest.lstrip())
            g = _GLUED_BYLINE.match(rest, stripped)
            if g is not None:
                parsed = _printed(parse_byline(simplify(g.group(1))), g.group(1))
                if parsed:
                    base = a + g.start(1)
                    by[:0] = [Byline(r, n, (base + s, base + e)) for r, n, s, e in parsed]
                    a += g.end()
            while a < b and text[a].isspace():
                a += 1
            body_lines[0] = (a, b)
    if not by and body_lines:
        by, body_lines = _glued_tail(text, body_lines)
    body_lines = [(a, b) for a, b in body_lines if b > a]
    paras = _paragraphs(text, body_lines)
    runs: list[tuple[int, int]] = []
    for para in paras:
        # Words cut by a line break re-join without a gap.
        joined = para[0]
        merged: list[tuple[int, int]] = []
        for a, b in para[1:]:
            merged.append(joined)
            joined = (a, b)
        merged.append(joined)
        runs.extend(merged)
        runs.append((-1, -1))
    body = _assemble(text, runs)
    start = headline_span[0] if headline else (body_lines[0][0] if body_lines else headline_span[0])
    end = lines[stop - 1][1] if stop > body_from else headline_span[1]
    return Report(
        headline=headline,
        headline_span=headline_span,
        marker=marker_text,
        body=body,
        byline=tuple(by),
        span=(start, max(end, start)),
    )


def _glued_tail(
    text: str, body_lines: list[tuple[int, int]]
) -> tuple[list[Byline], list[tuple[int, int]]]:
    """A byline glued to the last sentence: ``...稳定。(记者 张改华)``."""
    a, b = body_lines[-1]
    last = text[a:b]
    cut = max(last.rfind(p) for p in "。!?")
    if cut < 0:
        return [], body_lines
    tail = last[cut + 1 :]
    inner = tail.strip()
    g = _GLUED_BYLINE.fullmatch(inner)
    piece = g.group(1) if g is not None else inner
    parsed = _printed(parse_byline(simplify(piece)), piece)
    if not parsed:
        return [], body_lines
    base = a + cut + 1 + tail.find(piece)
    by = [Byline(r, n, (base + s, base + e)) for r, n, s, e in parsed]
    return by, [*body_lines[:-1], (a, a + cut + 1)]


def _assemble(text: str, runs: list[tuple[int, int]]) -> Mapped:
    r"""Join runs; ``(-1, -1)`` ends a paragraph (a ``\\n`` in the result)."""
    parts: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    pos = 0
    last_end = 0
    for a, b in runs:
        if a < 0:
            if parts and not parts[-1].endswith("\n"):
                parts.append("\n")
                starts.append(pos)
                origins.append(last_end)
                pos += 1
            continue
        parts.append(text[a:b])
        starts.append(pos)
        origins.append(a)
        pos += b - a
        last_end = b
    joined = "".join(parts).rstrip("\n")
    return Mapped(joined, simplify(joined), tuple(starts), tuple(origins))
