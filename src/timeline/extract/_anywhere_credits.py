"""
Credits in parentheses anywhere in a paragraph, not only where a byline stands.

A photo's credit under it (``(图/文:张三)``), a credit closing a paragraph that
is not the last, a caption's photographer after its last sentence, an
author field a lost line break glued to the body, and the credit after an
outlet's own 讯 that the layout did not take for a marker (``某某信息港讯
记者张三 …``: an outlet named in no way the layout knows) opening the body.
"""

from __future__ import annotations

import re
from typing import Final

from timeline.extract import _bylines as bylines
from timeline.extract import _edge_credits as edge_credits
from timeline.extract._people import is_name

__all__ = ["find_anywhere"]


#: A credit in parentheses anywhere: ``(图/文:张三)`` under a photo,
#: ``(记者 张三 通讯员 李四)`` closing a paragraph that is not the last,
#: ``〔记者张三/花莲报导〕`` opening a paragraph the layout did not take for the lead.
#: Both forms open on one class of characters, the bracket or 作, and a
#: lookbehind tells them apart: the regex engine skips to those characters
#: instead of trying the two at every position.
_CREDIT_ANYWHERE: Final = re.compile(
    r"[(\[【〔作](?:(?<=[(\[【〔])\s*(?P<inner>(?:图/文|文/图|摄影|撰稿人?|(?:图/)?"
    + bylines.QUALIFIER
    + r"(?:记者|通讯员|通迅员))"
    r"[^()\[\]【】〔〕\n]{1,40}?"
    r"|[\u4e00-\u9fff]{2,4}(?: [\u4e00-\u9fff]{2,4}){0,3} ?/?摄)\s*[)\]】〕]"
    # an author field glued to the body by a lost line break: …作者:曹译文编辑:…
    r"|(?<=作)者\s*:\s*(?P<author>[\u4e00-\u9fff]{2,4}?)(?=编辑|责任编辑|来源|审核|点击|$|\s))"
)

_NAME_SEP: Final = re.compile("[ 、]")
#: How long an outlet's name before its own 讯 may run (``某某信息港讯``).
_MIN_OUTLET: Final = 2
_MAX_OUTLET: Final = 12
_SPACE: Final = " \t\u3000"


def _after_outlet_xun(text: str) -> list[bylines.Credit]:
    """
    The credit right after an outlet's own 讯 that opens ``text``, else nothing.

    ``某某信息港讯 记者张三 …``, ``云上某某讯 记者张三报道:``: one run of
    characters, no clause mark in it (``据某某讯,`` quotes a source), then the
    讯, then a role word. Plain string tests: a pattern of its own would be
    compiled on every import, for a form few pages print.
    """
    at = 0
    while at < len(text) and text[at] in _SPACE:
        at += 1
    xun = text.find("讯", at, at + _MAX_OUTLET + 1)
    if xun - at < _MIN_OUTLET or not all(_is_cjk(c) for c in text[at:xun]):
        return []
    role_at = xun + 1
    while role_at < len(text) and text[role_at] in _SPACE:
        role_at += 1
    if bylines.LEAD_CREDIT.match(text, role_at) is None:
        return []
    line_end = text.find("\n", role_at)
    line = text[role_at : len(text) if line_end < 0 else line_end]
    taken, got = edge_credits.strip_lead(line)
    if not taken:
        return []
    return [(r, role_at + a, role_at + b) for r, a, b in got]


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def find_anywhere(text: str) -> list[bylines.Credit]:
    """Credits in parentheses that open with a role word, anywhere in ``text``."""
    out: list[bylines.Credit] = []
    if not any(w in text for w in ("记者", "/", "通", "撰", "摄", "作者")):
        return out
    out.extend(_after_outlet_xun(text))
    # A caption's photographers after its last sentence: 演讲比赛第一名。孙永智摄;
    # the same pattern ends a caption's paragraph in the layout.
    if "摄" in text:
        for m in edge_credits.CAPTION_CREDIT.finditer(text):
            at = m.start("photo")
            for name in _NAME_SEP.split(m["photo"]):
                if is_name(name) and name not in bylines.NOBODY:
                    out.append(("reports", at, at + len(name)))
                at += len(name) + 1
    for m in _CREDIT_ANYWHERE.finditer(text):
        name = m["author"]
        if name is not None:
            if is_name(name) and name not in bylines.NOBODY:
                out.append(("reports", m.start("author"), m.end("author")))
            continue
        found = bylines.parse(m["inner"])
        if found:
            base = m.start("inner")
            out.extend((r, base + a, base + b) for r, a, b in found)
    out.sort(key=lambda c: c[1])  # in reading order, whichever pattern read them
    return out
