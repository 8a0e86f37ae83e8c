"""
Credits in parentheses anywhere in a paragraph, not only where a byline stands.

A photo's credit under it (``(图/文:张三)``), a credit closing a paragraph that
is not the last, a caption's photographer after its last sentence, and an
author field a lost line break glued to the body. (A credit opening the
body, even after an outlet's 讯 no marker knows, is the layout's: it cuts
the credit from the body.)
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


def find_anywhere(text: str) -> list[bylines.Credit]:
    """
    Credits anywhere in ``text``, in reading order.

    Credits in brackets that open with a role word (``(记者 张三)``, ``〔记者X/Y报导〕``,
    ``(图/文:张三)``) or close with the photographer's mark (``(张三 摄)``), a
    caption's photographers after its last sentence (``…第一名。孙永智摄``),
    and an author field glued to the body (``作者:曹译文编辑:…``).
    """
    out: list[bylines.Credit] = []
    if not any(w in text for w in ("记者", "/", "通", "撰", "摄", "作者")):
        return out
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
