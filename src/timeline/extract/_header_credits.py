"""
Credits a web page prints on its header lines, or on a line of their own after an office.

``来源:某报 作者:张三``, ``发布日期:… 责任编辑:记者 张三``, ``来源:某办公室 张三``,
and an office or outlet followed only by names (``某镇人大  张三``,
``2021-09-29 某镇人民政府 张三 李四``) or, printed the other way round, names
closed by their office (``2021-09-05 张三 李四 某市融媒体中心``). Editors' fields
never credit anyone.
"""

from __future__ import annotations

import re
from typing import Final

from timeline.extract import _bylines as bylines
from timeline.extract import _edge_credits as edge_credits
from timeline.extract._people import is_name

__all__ = ["find_in_header", "office_then_names"]

_PIECE: Final = re.compile(r"\S+")
_SPACE: Final = re.compile(r"\s")
#: A posting date or time before the office (2021-09-29, 10:46, 2021年9月29日).
_STAMP: Final = re.compile(r"[\d\-/:.年月日时分]+")
_SOURCE_FIELD: Final = re.compile(r"来源\s*:\s*(?P<value>[^|]{2,40}?)\s*(?=$|\||\s\S{2,4}:)")
#: The words that may stand before a header's role word (本报记者, 实习记者).
_HEADER_QUALIFIERS: Final = ("本报", "全媒体", "融媒体", "首席", "特约", "实习", "见习")
#: A role word anywhere in a header line: 责任编辑:记者 张三 李四. Not
#: glued after a word (the look behind, read after the first character:
#: each branch opens on a literal, which the regex engine skips to).
_HEADER_ROLE: Final = re.compile(
    "|".join(rf"{q[0]}(?<!\w{q[0]}){q[1:]}(?:记者|通讯员)" for q in _HEADER_QUALIFIERS)
    + r"|记(?<!\w记)者|通(?<!\w通)讯员"
)
_AUTHOR_PREFIX: Final = "作者:"
#: A photo caption opens with these; the names after its place are the people shown.
_CAPTION: Final = ("图为", "图中", "上图", "下图")
_HEADER_AUTHOR: Final = re.compile(r"(?:作者|记者|撰稿|编辑|责任编辑|责编)\s*[:]\s*")


def find_in_header(line: str) -> list[bylines.Credit]:
    """
    The byline a web page's header line prints: ``来源:某报 作者:张三``.

    Only ``作者`` and ``记者`` fields count; editors never do.
    """
    out: list[bylines.Credit] = []
    # 来源:区人大常委会办公室 张琪: the office, then who wrote for it.
    source = _SOURCE_FIELD.search(line)
    if source is not None:
        value = source["value"]
        org = bylines.ORG_FIRST.match(value) or _UNIT_SLASH.match(value)
        if org is not None:
            found = bylines.all_names(value[org.end() :]) or bylines.parse(
                value[org.end() :], require_role=False
            )
            base = source.start("value") + org.end()
            out.extend((r, base + a, base + b) for r, a, b in found or ())
        else:
            base = source.start("value")
            out.extend((r, base + a, base + b) for r, a, b in _glued_units(value))
    for m in _HEADER_AUTHOR.finditer(line):
        if not m.group().startswith(("作者", "记者", "撰稿")):
            continue
        start = m.start() if m.group().startswith(("记者", "撰稿")) else m.end()
        segment = line[start : start + bylines.MAX_SEGMENT]
        if start == m.end():
            segment = _AUTHOR_PREFIX + segment
            shift = start - len(_AUTHOR_PREFIX)
        else:
            shift = start
        found = bylines.parse(segment)
        if found:
            out.extend((r, shift + a, shift + b) for r, a, b in found if a + shift >= start)
    if not out:
        for m in _HEADER_ROLE.finditer(line):
            found = bylines.parse(line[m.start() : m.start() + bylines.MAX_SEGMENT])
            out.extend((r, m.start() + a, m.start() + b) for r, a, b in found or ())
    return out or office_then_names(line) or []


#: 来源:某镇/张三 李四: the unit, a slash, then who wrote for it.
_UNIT_SLASH: Final = re.compile(rf"[^\s/]{{2,20}}?{bylines.ORG_END}\s*/\s*")


def _glued_units(value: str) -> list[bylines.Credit]:
    """
    ``来源:某中心张三 某镇李四``: each writer glued after the unit he wrote for.

    Every piece must be a unit then a name (a name that ends like no office),
    or the field is a plain source (某县人民政府办公室) and credits nobody.
    """
    out: list[bylines.Credit] = []
    for m in _PIECE.finditer(value):
        glued = bylines.ORG_GLUED.fullmatch(m.group())
        if glued is None or not is_name(glued["name"]) or bylines.is_office(glued["name"]):
            return []
        out.append(("reports", m.start() + glued.start("name"), m.start() + glued.end("name")))
    return out


#: How few names a line printing them before their office holds: one name and
#: a town may be anyone's (a person shown, a place).
_MIN_NAMES_FIRST: Final = 2


def _names_then_office(text: str, at: int) -> list[bylines.Credit] | None:
    """
    ``2021-09-05 张三 李四 某市融媒体中心``: names first, then the office or outlet.

    The names (two at least, each from the surname table) end at the office,
    which closes the line or opens a credit of its own that runs to the line's
    end (``张三 李四 某某晚报 某某客户端记者 王五``).
    """
    out: list[bylines.Credit] = []
    pieces = list(_PIECE.finditer(text, at))
    for i, m in enumerate(pieces):
        if is_name(m.group()) and not bylines.is_office(m.group()):
            out.append(("reports", m.start(), m.end()))
            continue
        if len(out) < _MIN_NAMES_FIRST or not bylines.is_office(m.group()):
            return None
        if i + 1 == len(pieces):
            return out
        rest = text[pieces[i + 1].start() :]
        found = bylines.parse(rest, whole=True) or edge_credits.after_outlet(rest)
        if not found:
            return None
        base = pieces[i + 1].start()
        return [*out, *((r, base + a, base + b) for r, a, b in found)]
    return None


def office_then_names(text: str) -> list[bylines.Credit] | None:
    """
    ``某镇人大  张三``, ``2021-09-29 某镇人民政府 张三 李四``: an office, then only names.

    The credited office or outlet ends like one (a space or colon after it);
    the names run to the end of the line, every piece from the surname table.
    """
    # An office then names, or a stamp then a credit, is two pieces at least:
    # a text without a space is one (every short line of a page comes here).
    if len(text) > bylines.MAX_CREDIT or _SPACE.search(text) is None:
        return None
    stamped = False
    for m in _PIECE.finditer(text):
        if _STAMP.fullmatch(m.group()):
            stamped = True
            continue
        if stamped and bylines.ROLE.match(text, m.start()):
            # 2026/01/29 19:59 记者X/某地报导: the posting stamp, then the credit
            # with its role word, to the line's end. A stamp the header lines
            # do not know (slashes) leaves the line to be read here.
            found = bylines.parse(text[m.start() :], whole=True)
            if found:
                return [(r, m.start() + a, m.start() + b) for r, a, b in found]
        # Only the line's first word may be the office: a label before it
        # (一等奖:城关镇 王强, 图为李家村 张三) makes the names prize winners or
        # people in a photo, not the writers.
        office = m.group().removesuffix(":")
        label, colon, rest = office.partition(":")
        if colon and label.endswith(("员", "者")):
            # A role label glued to the office (通讯员:某镇, cut to 讯员:某镇).
            office = rest
        if not bylines.is_office(office) and ":" not in m.group():
            return _names_then_office(text, m.start())
        if (
            m.end() >= len(text)
            or ":" in office
            or office.startswith(_CAPTION)
            or not bylines.is_office(office)
        ):
            return None
        found = bylines.parse(text[m.end() :], require_role=False, whole=True)
        return [(r, m.end() + a, m.end() + b) for r, a, b in found] if found else None
    return None
