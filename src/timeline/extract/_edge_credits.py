r"""
Credits at the edges of a report's text: where a byline sits, not what it says.

A report's credit opens its body, right after the marker (``记者张三报道:``,
``(记者 张三)``, ``某报讯(张三 李四)``, an outlet's 讯 no marker knows:
``某某信息港讯 记者张三``), or closes its last paragraph
(``…稳定。(记者 张三)``, ``…会议。 记者:张三``, ``…说。张三 李四``, one
name set apart by a bullet or a line break: ``…成效。□ 张三``). Here
the credit is cut from the text around it: the page furniture after it
(``上一篇:…``, ``分享至:``), the outlet or the supplying office before it
(``(某县融媒记者 张三)``, ``某园区供稿 撰稿人:张三``), a mirror's readings
inside its parentheses (``陈X书(shū)``), an agency's release mark
(``新华社发(许亮 摄)``); what is left is read by ``_bylines``, which knows the
role words and the names. A page may print a credit's parentheses by half
(``…局面。张三、李四)``, ``某网讯(张三9月6日,…``): then only role words or
names from the surname table credit anyone.
"""

from __future__ import annotations

import re
from typing import Final

from timeline.extract._bylines import (
    EDITOR,
    END_WORD,
    LEAD_CREDIT,
    MAX_CREDIT,
    MAX_SEGMENT,
    ORG_FIRST,
    ORG_GLUED,
    SEP,
    Credit,
    all_names,
    is_cjk,
    is_office,
    parse,
)
from timeline.extract._lexicon import SURNAMES
from timeline.extract._people import is_name, unknown_surname
from timeline.extract._placenames import PLACE_END

__all__ = [
    "BULLETS",
    "CAPTION_CREDIT",
    "after_outlet",
    "after_outlet_xun",
    "after_supplier",
    "bare_names",
    "find_tail",
    "strip_lead",
]


#: A byline in parentheses: ``(记者 张三)``, ``(张三 李四)``, ``【记者 张三】``,
#: a Taiwan paper's ``〔记者 张三/花莲报导〕``.
#: A credit in parentheses; a mirror's reading inside it (實習(xí)生) is no bracket.
_PARENS: Final = re.compile(
    r"[(\[【〔]\s*(?P<inner>(?:[^()\[\]【】〔〕]|\([a-zà-ǜ]{1,6} ?\)){2,60}?)\s*[)\]】〕]"
)
_TAIL_CUT: Final = "。!?”"
#: Left at a line's end by page layout: not part of the text.
_TRAILING_JUNK: Final = " \t|?"
#: Bullets a page prints before a line: a digest's item, or a credit (■记者 张三).
BULLETS: Final = "■□█◆●▲△★"
#: A caption's last sentence, then its photographers: …今日启动。冯俊文 摄,
#: …隆重召开。记者张三摄, …揭牌。通讯员张三 李四摄 (either script), the role
#: after its outlet (…现场。某县融媒体中心记者 张三 摄, 长城网·冀云客户端记者).
CAPTION_CREDIT: Final = re.compile(
    r"[。!]\s*(?:[\u4e00-\u9fff·]{0,12}?(?:记者|記者|通讯员|通訊員))?\s*"
    r"(?P<photo>[\u4e00-\u9fff]{2,3}(?:[ 、][\u4e00-\u9fff]{2,3}){0,2})\s*[摄攝]\s*$",
    re.MULTILINE,
)
#: The page tools sites glue after a report's last sentence: words of the
#: page's one table of tools (``_page.TOOL_PHRASES``, and 分享至, which is a
#: header word there but here closes the text). ``_page`` reads credits with
#: this module, so it cannot be imported here; a test keeps every word below
#: in that table.
_GLUED_TOOLS: Final = ("分享至", "分享到", "打印本页", "关闭窗口", "返回顶部")
#: Page furniture glued after the last sentence (分享至:, 今日热点), or a
#: photo note after the credit: (何谦)(图:开展…行动).
_TAIL_JUNK: Final = re.compile(
    r"(?:(?:"
    + "|".join(_GLUED_TOOLS)
    + r"):?|今日热点|焦点图|\((?:图|图片|照片)\s*[::][^()]{0,60}\))+$"
)
#: The characters such furniture ends in. The pattern opens on a repeat, so
#: the regex engine tries it at every position of the paragraph; a text
#: ending in none of these (before a last newline, where ``$`` matches too)
#: holds no match and is left as it is.
_TAIL_JUNK_LAST: Final = frozenset("至到页口部:点图)")
#: Furniture that runs to the end of the line after the credit: (张三)上一篇:…,
#: (李四)站长统计. One run, never repeated: no nested quantifier. The bare
#: tool words 收藏 and 纠错, which prose may use, are furniture here only as
#: what follows a credit and runs to the line's end.
_TAIL_RUN: Final = re.compile(
    r"(?:站长统计|上一篇|下一篇|来源\s*:|关于本站|分享给朋友|相关新闻|图像|图片|收藏|纠错)[^()。]{0,200}$"
)


#: A name closed by its mark: ``黄崇森文``, ``汪洋摄``, ``李四图``.
_MARKED: Final = re.compile(
    r"(?P<name>[\u4e00-\u9fff·]{2,4}?)\s*/?\s*(?:文|摄影?|图|供图|整理)(?=\s|、|$)"
)


#: Notes on what the picture is (an archive one, a satellite's, a plan), not
#: whose it is.
_PICTURE_NOTES: Final = ("资料图", "卫星图", "全景图", "效果图", "示意图", "航拍图", "配图")


def _marked(inner: str) -> list[Credit] | None:
    """``(黄崇森文 汪洋摄)``: every piece a name closed by what its bearer did."""
    out: list[Credit] = []
    pos = 0
    while pos < len(inner):
        sep = SEP.match(inner, pos)
        if sep is not None:
            pos = sep.end()
            continue
        m = _MARKED.match(inner, pos)
        # (相关资料图, 卫星图): a note about the picture, whose words may read
        # as a name (相关资料, 卫星), is no photographer.
        if m is None or not is_name(m["name"]) or m.group().rstrip().endswith(_PICTURE_NOTES):
            return None
        out.append(("reports", m.start("name"), m.end("name")))
        pos = m.end()
    return out or None


#: Notes about where the text comes from (``(原标题)``, ``(原创)``): 原 is a
#: surname, so the name reader alone would credit 原标题 as a person.
_SOURCE_NOTES: Final = frozenset({"原标题", "原题", "原创", "原载"})


def _names_only(inner: str) -> list[Credit] | None:
    """``(张三 李四)``, or names after the credited office: ``(某县委宣传部 张三 李四)``."""
    if inner.strip() in _SOURCE_NOTES or inner.strip().endswith(_PICTURE_NOTES):
        return None
    found = all_names(inner) or _marked(inner)
    if found is not None:
        return found
    org = ORG_FIRST.match(inner)
    if org is None:
        # (新生镇余小旺), (某办公室王某), (某某街王某): an office glued to the one name after it.
        glued = ORG_GLUED.fullmatch(inner)
        if glued is not None and is_name(glued["name"]):
            return [("reports", glued.start("name"), glued.end("name"))]
        return _lone_name(inner)
    found = all_names(inner[org.end() :])
    return None if found is None else [(r, org.end() + a, org.end() + b) for r, a, b in found]


#: What a lone run in a credit's parentheses holds when it is a note about the
#: report (第三期, 视频版, 待续) or about its editing (有删节, 略有改动) rather
#: than a name: no name of an outside surname holds these.
_NOTE_CHARS: Final = frozenset("第期版视频续载评论题稿讯完息击删改")
#: How a note about the text itself ends (资料图, 附原文, 见全文, 中英文); a
#: name may end in 文 (慎志文), so only these words refuse one.
_NOTE_ENDS: Final = ("图", "原文", "全文", "译文", "正文", "上文", "下文", "英文", "中文")


def _lone_name(inner: str) -> list[Credit] | None:
    """
    ``(慎某某)``, ``(吐尔洪江)``: one name alone whose surname the table lacks.

    Parentheses that hold nothing else after a sentence's end or a marker
    are a credit's; a surname in the table has already been judged by
    ``is_name``, and a note (``资料图``, ``第三期``) or an office is no name.
    """
    run = inner.strip()
    if (
        not run
        or run[0] in SURNAMES
        or run[0] == "本"  # 本台消息, 本网综合: the outlet itself
        or not unknown_surname(run)
        or run.endswith(_NOTE_ENDS)
        or any(c in _NOTE_CHARS for c in run)
        or END_WORD.search(run) is not None
        or LEAD_CREDIT.search(run) is not None
        or EDITOR.search(run) is not None
    ):
        return None
    at = inner.index(run)
    return [("reports", at, at + len(run))]


#: A news agency's release mark before the photographer's credit, maybe
#: with a reading a mirror printed: 新华社发(fā)(许亮 摄).
_AGENCY: Final = re.compile(
    r"(?:新华社|中新社)发(?:\([a-z\u00e0-\u00fc\u0101-\u01dc]{1,7} ?\))?\s*"
)


def find_tail(text: str) -> tuple[int, list[Credit]] | None:
    """
    A byline closing a paragraph: ``…稳定。(记者 张三)`` or ``…会议。 记者:张三``.

    Args:
        text: The paragraph (simplified).

    Returns:
        Where the byline starts (the paragraph ends there), and its credits
        (offsets into ``text``); None if the paragraph ends otherwise.
    """
    stripped = _TAIL_RUN.sub("", text.rstrip(_TRAILING_JUNK), count=1).rstrip(_TRAILING_JUNK)
    if stripped[-1:] in _TAIL_JUNK_LAST or (
        stripped[-1:] == "\n" and stripped[-2:-1] in _TAIL_JUNK_LAST
    ):
        stripped = _TAIL_JUNK.sub("", stripped).rstrip(_TRAILING_JUNK)
    # The sentence ends before a closing credit's parentheses: a ? inside
    # them is a character the page's encoding lost (肖新超?凡景锋).
    opening = _opening(stripped)  # once, not once per mark: this runs on every paragraph's end
    cut = max(stripped.rfind(p, 0, opening) for p in _TAIL_CUT)
    tail_from = cut + 1
    tail = stripped[tail_from:]
    if not tail.strip():
        return None
    lead = len(tail) - len(tail.lstrip(" ?"))
    inner_at = tail_from + lead
    agency = _AGENCY.match(stripped, inner_at)  # 新华社发(许亮 摄)
    if agency is not None:
        inner_at = agency.end()
    g = _PARENS.fullmatch(stripped, inner_at)
    # …局面。张三、李四): the page printed only the closing parenthesis; what
    # it closes after the last sentence is read, more strictly, as a credit.
    half = g is None and stripped.endswith(")") and "(" not in _READING.sub("", tail)
    if g is not None or half:
        base = inner_at if g is None else g.start("inner")
        if g is None and _broken_opening(stripped, inner_at - 1):
            base = _after_garbled(stripped, inner_at, len(stripped) - 1)
        found = _half_credit(stripped[base:-1].rstrip()) if g is None else _in_parens(g["inner"])
        if found is None or (half and not found):
            return None
        return inner_at, [(r, base + a, base + b) for r, a, b in found]
    while inner_at < len(stripped) and stripped[inner_at] in BULLETS + " ":
        inner_at += 1
    found = parse(stripped[inner_at:], require_role=True)
    if not found:
        return _names_alone(stripped, cut, inner_at)
    last = found[-1][2]
    rest = stripped[inner_at + last :].strip(" 摄报道")
    # 记者:穆艳丽播音:李焕婕: an editor's or announcer's field may follow; or
    # the place reported from (记者 李四 南投 报导, 记者李四/南投报导), which the
    # credit's reader takes in when it reads the text as one whole credit.
    if (
        rest
        and EDITOR.match(rest) is None
        and parse(stripped[inner_at:], require_role=True, whole=True) is None
    ):
        return None
    return inner_at, [(r, inner_at + a, inner_at + b) for r, a, b in found]


def bare_names(text: str) -> list[Credit] | None:
    """
    ``…说。张三 李四``: two to four names, spaced, after the last sentence.

    Without a role word or parentheses only names from the surname table
    count, and one name alone does not (it may be anyone's); ``find_tail``
    takes one alone only when a bullet or a line break sets it apart from
    the last sentence.
    """
    # Cheap tests first: every short line of a page comes here.
    if len(text) > MAX_CREDIT or not _MIN_BARE <= len(text.split()) <= _MAX_BARE:
        return None
    pieces = list(_SPACED.finditer(text))
    if any(not is_name(m.group()) for m in pieces):
        return None
    return [("reports", m.start(), m.end()) for m in pieces]


def _names_alone(text: str, cut: int, at: int) -> tuple[int, list[Credit]] | None:
    """Names without a role word closing ``text`` from ``at``: two to four, or one set apart."""
    bare = bare_names(text[at:])
    if bare is None:
        return _one_name(text, cut) if cut >= 0 else None
    return at, [(r, at + a, at + b) for r, a, b in bare]


def _one_name(text: str, cut: int) -> tuple[int, list[Credit]] | None:
    r"""
    ``…献策。□ 张三``, ``…成效。\n张三``: one name closing ``text`` after its sentence.

    ``cut`` is where that sentence ends.

    Only layout sets it apart: a bullet or a line break. After a space any
    word of a name's shape may follow (``。 高兴``, ``。 宋体``): ``is_name``
    tests a name's shape (a surname, then one to three characters), not a
    list of names. Named before, the run is someone the report is about (its
    lead, a leader it quotes); ending like a place (石家庄), it is the place.
    """
    gap = cut + 1
    while gap < len(text) and (text[gap] in BULLETS or text[gap].isspace()):
        gap += 1
    run = text[gap:].rstrip()
    if (
        not any(c in BULLETS or c == "\n" for c in text[cut + 1 : gap])
        or not is_name(run)  # which bounds its length too
        or run in text[:cut]
        or PLACE_END.search(run) is not None
    ):
        return None
    return gap, [("reports", gap, gap + len(run))]


_SPACED: Final = re.compile(r"\S+")
_MIN_BARE: Final = 2
_MAX_BARE: Final = 4


#: What a mirror site prints after a character: its reading (``書(shū)``).
_READING: Final = re.compile(r"\([a-z\u00e0-\u00fc\u0101-\u01dc]{1,7} ?\)")


def _opening(text: str) -> int:
    """Where the parentheses closing ``text`` open (readings inside skipped), else its end."""
    if not text.endswith((")", "]", "】", "〕")):
        return len(text)
    depth = 0
    for i in range(len(text) - 1, max(-1, len(text) - MAX_CREDIT), -1):
        c = text[i]
        if c in ")]】〕":
            depth += 1
        elif c in "([【〔":
            depth -= 1
            if not depth:
                return i
    return len(text)


def _in_parens(inner: str) -> list[Credit] | None:
    """
    The credit inside closing parentheses, readings a mirror printed dropped.

    ``(记者 张三)``, ``(张三 李四)``, ``(某县政协 张三)``, and an outlet
    before the role word (``(某某融媒记者 张三)``, ``(某某社 记者 张三)``):
    what precedes the first role word there names the outlet, not a person.
    """
    clean, at = inner, list(range(len(inner) + 1))
    if "(" in inner:  # 陈硃书(shū): read without the reading
        kept = [i for i in range(len(inner)) if not _in_reading(inner, i)]
        clean = "".join(inner[i] for i in kept)
        at = [*kept, len(inner)]
    found = (
        _marked(clean)
        or parse(clean, require_role=True, whole=True)
        or after_outlet(clean)
        or after_supplier(clean)
    )
    if not found:
        found = _names_only(clean) or _outlet_first(clean)
    if found is None:
        return None
    return [(r, at[a], at[b - 1] + 1) for r, a, b in found]


#: How an outlet set off before its credit ends: 某某日报, 某某社, 某县融媒体中心.
_OUTLET_ENDS: Final = ("社", "报", "台", "网", "中心", "融媒", "融媒体", "传媒")
_NOT_OUTLET: Final = frozenset(",。、;:!?")


def _outlet_first(inner: str) -> list[Credit] | None:
    """
    ``(某某日报 张三 见习记者 李四)``: the outlet, then a credit of its own.

    The outlet names no one; what follows it is read as a whole credit in
    parentheses would be, its first name maybe before any role word.
    """
    gap = inner.find(" ")
    outlet = inner[:gap] if gap > 0 else ""
    if not _MIN_OUTLET <= len(outlet) <= _MAX_OUTLET or not outlet.endswith(_OUTLET_ENDS):
        return None
    if any(c in _NOT_OUTLET or c.isspace() for c in outlet):
        return None
    start = len(inner) - len(inner[gap:].lstrip())
    rest = inner[start:]
    found = _in_parens(rest) if rest and "(" not in rest else None
    return found and [(r, start + a, start + b) for r, a, b in found]


#: ``某某园区供稿 撰稿人:张三``: the body that supplied the copy, then its writers.
_SUPPLIER: Final = re.compile(r"(?P<unit>[\u4e00-\u9fff]{2,12})供稿\s+")


def after_supplier(text: str) -> list[Credit] | None:
    """The credit after the office that supplied the copy; the office names no one."""
    m = _SUPPLIER.match(text)
    if m is None or not is_office(m["unit"]):
        return None
    found = parse(text[m.end() :], whole=True)
    return found and [(r, m.end() + a, m.end() + b) for r, a, b in found]


#: How far an outlet's name may run before its role word.
_MAX_OUTLET: Final = 12


def after_outlet(text: str) -> list[Credit] | None:
    """
    A whole credit after the outlet that opens it: ``某县融媒体中心记者 张三``.

    Only when the text before the first role word names an outlet: glued to
    the role word (``某县融媒记者 张三``), or ending like an outlet's name
    (``某某社 记者 张三``). A line with a clause mark before it is prose.
    """
    # Every role word holds 记, 通 or 实 (实习生): the pattern, which opens on an
    # optional outlet, is tried at each position only where one is in reach.
    reach = _MAX_OUTLET + 1
    role = (
        LEAD_CREDIT.search(text, 1, reach)
        if text.find("记", 1, reach) >= 0
        or text.find("通", 1, reach) >= 0
        or text.find("实", 1, reach) >= 0
        else None
    )
    if role is None or not (
        _BRACKETED_OUTLET.fullmatch(text, 0, role.start())
        or (
            _outlet_before(text[: role.start()])
            and _CLAUSE_MARK.search(text, 0, role.start()) is None
        )
    ):
        return None
    found = parse(text[role.start() :], whole=True)
    return found and [(r, role.start() + a, role.start() + b) for r, a, b in found]


_CLAUSE_MARK: Final = re.compile(r"[,。、;:!?()\[\]【】]")
#: [某某电子报]记者 张三/某地报导: an outlet set off in brackets before the
#: role word names itself as a headline tag does, not a person.
_BRACKETED_OUTLET: Final = re.compile(r"[\[【][^\[\]【】,。、;:!?()\s]{2,10}[\]】]\s*")
#: How an outlet's name ends: 某某社, 某某报, 某某融媒.
_OUTLET_END: Final = re.compile(r"(?:社|报|台|网|中心|融媒体?|传媒)\s*$")


def _outlet_before(prefix: str) -> bool:
    """Whether ``prefix``, before a role word, names an outlet: glued to it, or ending like one."""
    return not prefix[-1:].isspace() or _OUTLET_END.search(prefix) is not None


def _in_reading(text: str, i: int) -> bool:
    start = text.rfind("(", 0, i + 1)
    if start < 0:
        return False
    m = _READING.match(text, start)
    return m is not None and i < m.end()


def strip_lead(text: str) -> tuple[int, list[Credit]]:
    """
    A byline opening the body (after the marker): ``记者张三报道:…``, ``(记者 张三)``.

    Returns:
        How many characters of ``text`` it takes (0 if none), and its found.
    """
    lead = len(text) - len(text.lstrip())
    g = _PARENS.match(text, lead)
    if g is not None:
        # (某某都市报记者 张三): the outlet glued before the role word is no name
        found = parse(g["inner"], whole=True) or after_outlet(g["inner"])
        if found is None:  # 某报讯(张三 李四): names only, right after the marker
            found = _names_only(g["inner"])
        if found is not None:
            base = g.start("inner")
            return g.end(), [(r, base + a, base + b) for r, a, b in found]
    if LEAD_CREDIT.match(text, lead) is None:
        return _half_open(text, lead) or (0, [])
    stop = lead
    while stop < len(text) and stop - lead < MAX_SEGMENT and text[stop] not in ",。:;(":
        stop += 1
    segment = text[lead:stop]
    found = parse(segment)
    if not found:
        return 0, []
    end = lead + found[-1][2]
    rest = text[end:stop]
    found = [(r, lead + a, lead + b) for r, a, b in found]
    # 记者张三报道: the credit closes with 报道 (and maybe a colon).
    if rest.strip() in {"", "报道", "摄", "摄影报道"}:
        return stop + (1 if stop < len(text) and text[stop] in ":," else 0), found
    if rest[:1].isspace():  # 记者 张三 7月3日,…: the body follows after a space
        return end, found
    return 0, []


#: How short an outlet's name before its own 讯 may be (``某某讯``; it runs
#: to ``_MAX_OUTLET``, as before a role word).
_MIN_OUTLET: Final = 2
_SPACE: Final = " \t\u3000"
#: What opens a source's 讯 that a report quotes, not its outlet's own:
#: 据新华社讯, 来源某某讯, 转自某某讯; the credit after it is the source's.
_QUOTED: Final = ("据", "来源", "转自")


def after_outlet_xun(text: str, at: int, end: int) -> int:
    """
    Where the credit after an outlet's own 讯 opening ``text[at:end]`` starts, else ``at``.

    ``某某信息港讯 记者张三 …``, ``云上某某讯 记者张三报道:``: an outlet named
    in no way the markers know, one run of characters with no clause mark in
    it, then the 讯, then a role word. ``strip_lead`` reads the credit from
    there, so the outlet and the credit leave the body together. Plain
    string tests: a pattern of its own would be compiled on every import,
    for a form few pages print.
    """
    start = at
    while start < end and text[start] in _SPACE:
        start += 1
    xun = text.find("讯", start, min(end, start + _MAX_OUTLET + 1))
    if (
        xun - start < _MIN_OUTLET
        or not all(is_cjk(c) for c in text[start:xun])
        or text.startswith(_QUOTED, start)
    ):
        return at
    role_at = xun + 1
    while role_at < end and text[role_at] in _SPACE:
        role_at += 1
    return role_at if LEAD_CREDIT.match(text, role_at, end) is not None else at


#: Bopomofo letters: in a mirror of traditional text whose encoding broke,
#: ``。`` and one of them stand where ``(`` and a character were (``。ㄇ…``).
_BOPOMOFO: Final = re.compile(r"[\u3105-\u312f]")


def _broken_opening(text: str, at: int) -> bool:
    """Whether ``text[at:]`` opens with the ``。ㄇ`` a broken encoding printed for ``(``."""
    return text.startswith("。", at) and _BOPOMOFO.match(text, at + 1) is not None


def _after_garbled(text: str, at: int, stop: int) -> int:
    """
    Where a credit goes on after its garbled opening word (``ㄇ刂輩^(qū)外宣辦 ``).

    The word the broken encoding ate is the outlet or office that opens the
    credit: it names no one, and is skipped to the first space (``stop``
    if there is none, leaving nothing to read).
    """
    gap = text.find(" ", at, stop)
    if gap < 0:
        return stop
    while gap < stop and text[gap] == " ":
        gap += 1
    return gap


def _closes_reading(text: str, lead: int, close: int) -> bool:
    """Whether the ``)`` at ``close`` ends a reading a mirror printed (``區(qū)``)."""
    m = _READING.match(text, max(lead, text.rfind("(", lead, close + 1)))
    return m is not None and m.end() == close + 1


def _garbled_open(text: str, lead: int) -> tuple[int, list[Credit]] | None:
    """A credit opening the body whose ``(`` the encoding broke: ``。ㄇ…外宣辦 張三)6月3日``."""
    close = text.find(")", lead, lead + MAX_CREDIT)
    while close > 0 and _closes_reading(text, lead, close):  # a mirror's reading: (qū)
        close = text.find(")", close + 1, lead + MAX_CREDIT)
    if close < 0:
        return None
    base = _after_garbled(text, lead + 1, close)
    found = _half_credit(text[base:close].rstrip()) if base < close else None
    if not found:
        return None
    return close + 1, [(r, base + a, base + b) for r, a, b in found]


#: An opening credit the page left unclosed: ``某网讯(张三9月6日,…``, the
#: names glued to the date that opens the report.
_HALF_OPEN: Final = re.compile(r"\(\s*(?P<inner>[^()\d,。:;]{2,30}?)(?=\d{1,2}(?:月\d{1,2})?日)")


def _half_open(text: str, lead: int) -> tuple[int, list[Credit]] | None:
    """
    A credit opening the body whose closing parenthesis the page lost.

    Read only when no parenthesis closes before the sentence's end, and
    only names (maybe after a role word) stand between the parenthesis and
    the date: ``(张三说9月6日`` is prose.
    """
    if _broken_opening(text, lead):  # 。ㄇ…外宣辦 張三): the encoding ate the "("
        return _garbled_open(text, lead)
    m = _HALF_OPEN.match(text, lead)
    if m is None:
        return None
    stop = text.find("。", m.end())
    if ")" in text[m.end() : len(text) if stop < 0 else stop]:
        return None
    found = _half_credit(m["inner"].strip())
    if not found:
        return None
    base = m.start("inner") + len(m["inner"]) - len(m["inner"].lstrip())
    return m.end(), [(r, base + a, base + b) for r, a, b in found]


def _half_credit(inner: str) -> list[Credit] | None:
    """
    A credit printed with one parenthesis: a role word and names, or names alone.

    Names alone (maybe after their office) must each be from the surname
    table: half a bracket is weaker evidence than two, so a surname outside the
    table does not pass here (``张三 会场`` is no credit).
    """
    found = parse(inner, whole=True)
    if found:
        return found
    org = ORG_FIRST.match(inner)
    at = 0 if org is None else org.end()
    found = parse(inner[at:], require_role=False, whole=True)
    return None if not found else [(r, at + a, at + b) for r, a, b in found]
