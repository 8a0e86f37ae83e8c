r"""
Bylines: who wrote, reported or photographed a report.

Real pages credit their writers in many shapes, and all of them are read
here, on simplified text (names come back as printed):

* a role word and names: ``记者 张三 李四 通讯员 王五``, glued
  (``记者张三通讯员王五``, ``記者柯競通訊員潘達廖國英``), with a colon
  (``全媒体记者:张三 李四``), with a qualifier (``本报``, ``首席``, ``特约``,
  ``实习``, ``融媒体``, ``中央社``), misspelt (``通迅员``), traditional
  (``記者``, ``通訊員``);
* writer and photographer forms: ``文/图:张三``, ``图/文``, ``张三 摄``,
  ``张三/整理``, ``摄影 张三``, ``撰稿人:张三``, ``报道:张三``, ``作者:张三`` (an account
  name such as ``admin`` or ``网管`` is nobody);
* ``记者张三报道``: the trailing ``报道`` ends the byline;
* names only, in parentheses at the end of a report (``(张三 李四)``):
  then every piece must have a name's shape;
* a name printed with a space inside (``周 洁``) is one name (``周洁``).

Where a report's credit sits (opening the body, closing a paragraph) and
what surrounds it there is ``_edge_credits``'s concern; it hands the
credit's text here.

Editors (``编辑``, ``责任编辑``, ``审核``, ``校对``) are not bylines: the
names after them are skipped. ``本报记者综合报道`` names nobody.
"""

from __future__ import annotations

import re
from typing import Final

from timeline.extract._lexicon import DATELINE_PLACES
from timeline.extract._people import is_name

__all__ = [
    "EDITOR",
    "END_WORD",
    "LEAD_CREDIT",
    "MAX_CREDIT",
    "MAX_SEGMENT",
    "NOBODY",
    "ORG_END",
    "ORG_FIRST",
    "ORG_GLUED",
    "QUALIFIER",
    "ROLE",
    "SEP",
    "Credit",
    "all_names",
    "is_cjk",
    "is_name_shape",
    "is_office",
    "parse",
    "printed",
]

#: A credit: (role, start, end) in the parsed text; the name is text[start:end]
#: with any spaces removed.
Credit = tuple[str, int, int]

QUALIFIER: Final = (
    r"(?:本报|本台|本刊|本网|全媒体|融媒体|融媒|首席|特约|实习(?:\(xí\))?|见习(?:\(xí\))?|驻站|驻|资深|"
    r"中央社|新华社|中新社|人民网|新华网|总台|央视|"
    # the outlet itself: 湄洲日报记者, 某某广播电视台记者
    r"[\u4e00-\u9fff]{2,6}?(?:日报|晚报|电视台|融媒体中心|传媒中心|新闻中心|新闻网))?"
)
#: Role words, also printed with a space inside (``记 者``, ``通 讯 员``).
#: A mirror's reading may follow 习 (實習(xí)生): read through it.
_CORRESPONDENT: Final = r"(?:通 {0,3}讯 {0,3}员|通迅员|通讯|实习(?:\(xí\))?生)"
_REPORTER: Final = r"(?:记 {0,3}者|摄影记者|摄像记者)"
_WRITER: Final = (
    r"(?:文/图|图/文|文\|图|图\|文|文图|图文|摄影|摄像|撰稿人|撰稿|撰文|作 {0,3}者|供稿|"
    # labels that are also words (图片新闻, 视频简介): a credit only before a colon or slash
    r"(?:文字|图片|视频|文|图)(?=\s*[:/])|"
    # a field of its own (报道:张三): not 记者张三报道:, where 报道 closes the credit
    r"(?<![\u4e00-\u9fff])(?<!\s)报道(?=\s*:))"
)
_ROLE: Final = re.compile(
    rf"(?P<corr>{QUALIFIER}{_CORRESPONDENT})|(?P<rep>{QUALIFIER}{_REPORTER})"
    rf"|(?P<wri>(?:本期|本文)?{_WRITER})"
)
ROLE: Final = _ROLE
#: Editors, reviewers, announcers: the names after them credit nobody.
EDITOR: Final = re.compile(
    r"(?:责任编辑|值班编辑|网络编辑|编辑|责编|审核|审稿人|审稿|审校|校对|终审|复审|初审|一审|二审|三审|"
    r"监制|签发|美编|统筹|播音|主播|配音)"
)
#: Words that end a byline: what follows is no name.
END_WORD: Final = re.compile(
    r"(?:摄影报道|综合报道|报道|报导|采写|整理|发自|翻摄|摄|字号|字体|来源|发布|时间|日期|浏览|点击|阅读|"
    r"访问|分享|打印|关闭|语音|相关|图片|作品)"
)
#: ``张三 摄``, ``张三/摄``: names, then the photographer's mark.
_PHOTO_AFTER: Final = re.compile(
    r"(?P<names>[\u4e00-\u9fff· ]{2,30}?)\s*/?\s*(?:摄(?:影)?(?:报道)?|整理|供稿|文/图|图/文)\s*"
)
#: The marks ``_PHOTO_AFTER`` needs one of (摄 also opens 摄影): a text
#: holding none is not matched against it.
_PHOTO_MARKS: Final = ("摄", "整理", "供稿", "文/图", "图/文")
#: The same marks as one search: a text holding none skips the pattern (one
#: regex scan, cheaper than a test per mark on every credit read).
_PHOTO_MARK: Final = re.compile("|".join(map(re.escape, _PHOTO_MARKS)))
_CJK: Final = re.compile(r"[\u4e00-\u9fff·]")
#: The characters each pattern can start with (the qualifier's outlet form
#: aside, which needs one of ``_OUTLET_WORDS``): a cheap test before a match.
_ROLE_FIRST: Final = frozenset("本全融首特实见驻资中新人总央通记摄文图撰作供视报")
_OUTLET_WORDS: Final = ("日报", "晚报", "电视台", "中心", "新闻网")
_OUTLET_WORD: Final = re.compile("|".join(_OUTLET_WORDS))
_EDITOR_FIRST: Final = frozenset("责值网编审校终复初一二三监签美统播主配")
_END_FIRST: Final = frozenset("摄综报采整发翻字来时日浏点阅访分打关语相图作")
#: Slashes a page may print for the credit's ``/`` (∕ division, ⁄ fraction).
_AS_SLASH: Final = str.maketrans("\u2215\u2044", "//")
#: What stands between the pieces of a credit.
SEP: Final = re.compile(r"[\s、,;:|/?]+")
#: Its characters other than whitespace, for the same cheap test.
_SEP_MARKS: Final = frozenset("、,;:|/?")
#: Account names a CMS prints as the author: nobody's name.
NOBODY: Final = frozenset({"网管", "管理员", "小编", "本网", "本报", "佚名", "匿名", "admin"})
MAX_SEGMENT: Final = 100
_LONG_NAME: Final = 4
#: How the name of a body, a place or an outlet ends (局, 县, 站, 网): no person's.
_OFFICE_LAST: Final = "局办委科部组队会社村镇乡街路院校所站馆厅处室团联区县市省台报网"
_OFFICE_WORDS: Final = ("人大", "政协", "政府", "中心", "街道", "社区")
#: A header's field labels: a run glued before one is part of it (信息来源).
_LABEL: Final = re.compile(r"(?:来源|发布|时间|日期|浏览|点击|阅读|访问)")
#: What opens a label ending in one of those (信息来源, 发布时间, 浏览次数).
_LABEL_HEADS: Final = frozenset(
    (
        *("信息", "文章", "稿件", "新闻", "图片", "发布", "更新"),
        *("发表", "录入", "上传", "提交", "添加", "发稿"),
    )
)


def is_cjk(c: str) -> bool:
    """Whether ``c`` is a CJK ideograph or the middle dot (what ``_CJK`` matches)."""
    return "\u4e00" <= c <= "\u9fff" or c == "·"


def _role(m: re.Match[str]) -> str:
    return "correspondent" if m["corr"] else "reports"


def _name_like(run: str, *, loose: bool) -> bool:
    """A name by shape; after a role word, any 2-3 characters not ending a body's name."""
    if is_name(run):
        return True
    return loose and len(run) in {2, 3} and END_WORD.search(run) is None and is_name_shape(run)


def is_name_shape(run: str) -> bool:
    """Two or three CJK characters not ending like a body or a place (局, 县, 站)."""
    return all(_CJK.match(c) for c in run) and run[-1] not in _OFFICE_LAST


#: A name whose parts a middle dot joins (阿依古丽·买买提).
_DOTTED: Final = re.compile(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6}){1,2}")


def _split_run(run: str, *, loose: bool) -> list[int]:
    """Lengths of the names a run of glued names splits into (maybe fewer than all)."""
    n = len(run)
    if n <= 4 and _name_like(run, loose=loose):  # noqa: PLR2004 - a name is 2-4 characters
        return [n]
    # 阿依古丽·买买提: a minority name, whole; an outlet's parts end like one (某网·某端),
    # and a county site brands itself 中国·某县 (中国·某某网): no person's name.
    if "·" in run and _DOTTED.fullmatch(run):
        outlet = run.startswith("中国·") or any(p[-1] in _OFFICE_LAST for p in run.split("·"))
        return [] if outlet else [n]
    for first in (3, 2):
        if first < n and is_name(run[:first]):
            rest = _split_run(run[first:], loose=False)
            if sum(rest) == n - first:
                return [first, *rest]
    for first in (3, 2):
        if first <= n and is_name(run[:first]):
            return [first]
    return []


#: An outlet printed before a credit: ``联合报/ 记者X…``, ``中国时报 记者X``.
_OUTLET: Final = re.compile(
    r"(?:[\u4e00-\u9fff]{2,6}?(?:报|网|社|电视台|新闻)|[A-Za-z][A-Za-z0-9]{1,11})"
    r"\s*[/|]\s*(?=记 ?者|通讯员)"
)


def parse(text: str, *, require_role: bool = True, whole: bool = False) -> list[Credit] | None:
    """
    Read ``text`` (simplified) as a byline, from its start.

    Args:
        text: The byline's text, e.g. a line or the inside of parentheses.
        require_role: Whether a role word must come first; without one the
            pieces must each have a name's shape (``(张三 李四)``).
        whole: Whether all of ``text`` must be byline (a line of its own).

    Returns:
        The found, or None when ``text`` does not open as a byline. An
        empty list: a byline that names nobody (``本报记者综合报道``).
    """
    if len(text) > MAX_SEGMENT:
        if whole:
            return None
        text = text[:MAX_SEGMENT]
    if "\u2215" in text or "\u2044" in text:
        # 記者X∕鹿港報導: a division or fraction slash is the credit's slash
        # (one character for one: the offsets stay the page's).
        text = text.translate(_AS_SLASH)
    # An outlet is set off by a slash or a bar: text without either has none.
    outlet = _OUTLET.match(text) if "/" in text or "|" in text else None
    if outlet is not None:
        found = parse(text[outlet.end() :], require_role=require_role, whole=whole)
        return (
            None
            if found is None
            else [(r, outlet.end() + a, outlet.end() + b) for r, a, b in found]
        )
    found, stop = _scan(text, require_role=require_role)
    if found is None and require_role and _PHOTO_MARK.search(text) is not None:
        photo = _PHOTO_AFTER.fullmatch(text) if whole else _PHOTO_AFTER.match(text)
        if photo is not None:
            # 延吉摄影, a site's photo section: a run glued to the mark is a
            # name only from the surname table (钱明摄); spaced or after a slash
            # (张三 摄, 正仁/整理) any name's shape credits.
            glued = photo.end("names") < len(text) and not text[photo.end("names")].isspace()
            glued = glued and text[photo.end("names")] != "/"
            found = _photographers(photo["names"], loose=not glued)
            stop = photo.end()
    if found is None or (whole and text[stop:].strip()):
        return None
    return found


def _photographers(names: str, *, loose: bool) -> list[Credit] | None:
    """
    The names right before a photographer's mark, every piece a name.

    A caption prints its words first (``县长某某调研某村   张三 摄``): the
    credit is the names after the last words that are not names.
    """
    at = 0
    while at < len(names):
        found, stop = _scan(names[at:], require_role=False, loose=loose)
        if found and not names[at + stop :].strip():
            return [(r, at + a, at + b) for r, a, b in found]
        gap = names.find(" ", at)
        if gap < 0:
            return None
        at = gap + 1
    return None


def _scan(  # noqa: C901, PLR0912, PLR0915 - one branch per piece of a byline
    text: str, *, require_role: bool, loose: bool = False
) -> tuple[list[Credit] | None, int]:
    out: list[Credit] = []
    role = "" if require_role else "reports"
    editing = False
    seen_role = False
    author = False
    after_role = after_org = False
    pos = 0
    n = len(text)
    # Without an outlet's word, a role word can only start on its own first characters.
    outlet_word = _OUTLET_WORD.search(text) is not None
    while pos < n:
        # The first-character gates only skip matches that cannot start here.
        c = text[pos]
        sep = SEP.match(text, pos) if c in _SEP_MARKS or c.isspace() else None
        if sep is not None:
            pos = sep.end()
            # 张三/文 李四/图: the mark after a slash closes the name before it.
            if text[pos - 1] == "/" and text[pos : pos + 1] in {"文", "图", "摄"}:
                pos += 1 if _mark_ends(text, pos + 1) else 0
            continue
        ed = EDITOR.match(text, pos) if c in _EDITOR_FIRST else None
        if ed is not None:
            editing = True
            pos = ed.end()
            continue
        rm = _ROLE.match(text, pos) if outlet_word or c in _ROLE_FIRST else None
        if rm is not None:
            # A CMS's author field may hold a placeholder (作者:消息): its
            # first name needs a known surname, the names after it lean on it.
            author = rm.group().replace(" ", "").endswith("作者")
            role, loose, editing, seen_role = _role(rm), not author, False, True
            pos, after_role = rm.end(), True
            continue
        end = END_WORD.match(text, pos) if c in _END_FIRST else None
        if end is not None:
            pos = end.end()
            if end.group() in {"摄", "翻摄", "摄影报道"} and out:
                continue
            if end.group() == "综合报道" or not out:
                pos = end.start()
            break
        if not role:
            return None, pos
        run_end = pos
        while run_end < n and is_cjk(c := text[run_end]):
            # The first-character gates only skip matches that cannot start here.
            role_at = _ROLE.match(text, run_end) if outlet_word or c in _ROLE_FIRST else None
            # 文/图 inside a name (高朋文/摄) is the name's last character.
            if role_at is not None and (run_end == pos or len(role_at.group()) > 1):
                break
            if run_end > pos and (
                (c in _EDITOR_FIRST and EDITOR.match(text, run_end))
                or (c in _END_FIRST and END_WORD.match(text, run_end))
                or (text[pos - 1 : pos] == "/" and _REPORTED.match(text, run_end))
            ):
                break
            run_end += 1
        # An editor's field names nobody, whatever it holds: the rest of a longer
        # label (审核领导:) or an office (审核:大会秘书处).
        if (
            editing
            and run_end > pos
            and (text.startswith(":", run_end) or is_office(text[pos:run_end]))
        ):
            pos = run_end
            continue
        # 文字大小: a run right before a colon labels a field; it names nobody.
        if run_end == pos or text.startswith(":", run_end):
            break
        # 记者张三/金门报导, /台南即时报导: the place reported from is no name.
        # 记者X / 高雄市 报导: spaces may stand around the slash and before 报导.
        after_slash = text[max(0, pos - 3) : pos].rstrip().endswith("/")
        if after_slash and (place_end := _reported_from(text, run_end)):
            pos = place_end  # the credit ends with it
            break
        run = text[pos:run_end]
        # 记者 张三 北京报道: after the names, a spaced run glued to 报道 that is no
        # known name is the place reported from (张三 李四报道 keeps 李四).
        # A place may open with a surname (郑州, 周口, 黄山): ending like one, it is the place.
        if (
            out
            and text[pos - 1 : pos].isspace()
            and (place_end := _reported_from(text, run_end))
            and (
                not is_name(run)
                or _is_dateline_place(run, spaced=True, taiwan=_taiwan_mark(text, place_end))
            )
        ):
            pos = place_end
            break
        # 周 洁: one name printed with a space inside.
        if len(run) == 1:
            gap = run_end
            while gap < n and text[gap] == " ":
                gap += 1
            nxt = gap
            while nxt < n and _CJK.match(text[nxt]) and nxt - gap < 2:  # noqa: PLR2004
                nxt += 1
            if gap > run_end and nxt > gap and is_name(run + text[gap:nxt]):
                if not editing:
                    out.append((role, pos, nxt))
                pos = nxt
                continue
            break
        # 通讯员:某某镇 张三: the credited office or town, then the name.
        org = ORG_FIRST.match(text, pos) if after_role else None
        if org is not None and org.end() < n and _CJK.match(text[org.end()]):
            pos, after_role, loose, after_org = org.end(), False, True, True
            continue
        # 作者:政府办 更新时间: after an office, a name stands alone.
        if (
            after_org
            and run_end < n
            and not text[run_end].isspace()
            and text[run_end] not in "、,;|/)"
        ):
            break
        after_role = after_org = False
        # 作者:X 信息来源: after the credit's names, a run glued to a field's label
        # is the label's first half; the first run is the name (作者:张三来源:某报).
        # A known name no label opens with is the credit's last name, the
        # header's next field glued to it (作者:张三 李四浏览:).
        if out and _LABEL.match(text, run_end):
            if not editing and run not in _LABEL_HEADS and is_name(run):
                out.append((role, pos, run_end))
                pos = run_end
            break
        # 作者: holds a person: 3 characters alone pass outside the surname table; 2 (消息) do not.
        alone = len(run) == 3 and (run_end == n or text[run_end].isspace())  # noqa: PLR2004
        loose_here = loose or (author and (bool(out) or alone))
        sizes = [] if run in NOBODY else _split_run(run, loose=loose_here)
        # 通讯员 童娜丽莎, 撰稿:扎西才让: 4 characters closing a credit, split into no names: one.
        if loose and seen_role and sum(sizes) < len(run) == _LONG_NAME and not is_office(run):
            sizes = [_LONG_NAME] if _closes(text, run_end) else sizes
        # 作者:某镇人大: an office opening like a name (a wire's dateline glues a place instead).
        if not sizes or (author and sum(sizes) < len(run) and is_office(run)):
            break
        # 记者王五郑州报道: a place glued after the names, before 报道, is no name either.
        place_end = _reported_from(text, run_end)
        names_first = (
            _names_before_place(run, loose=loose_here, taiwan=_taiwan_mark(text, place_end))
            if place_end
            else None
        )
        at = pos
        for size in sizes if names_first is None else names_first:
            if not editing:
                out.append((role, at, at + size))
            at += size
        if names_first is not None:
            pos = place_end
            break
        pos = at
        if at < run_end:
            break
    if (not seen_role and require_role) or (not require_role and not out):
        return None, pos
    return out, pos


#: How a place's name ends (郑州, 周口, 温州市): no name of the corpus's people does.
_PLACE_LAST: Final = frozenset("州市县区镇乡口旗盟")
#: Taiwan's counties and cities, as a Taiwan paper prints where it reported
#: from (``記者X/南投報導``, ``記者 X 嘉義報導``): names of a person's shape
#: (南投, 高雄), so they are read so only before a Taiwan paper's 报导; before
#: the mainland's 报道 they stay names. (After a slash any run is the place.)
_TAIWAN_PLACES: Final = frozenset(
    (
        *("台北", "新北", "桃园", "台中", "台南", "高雄", "基隆", "新竹", "苗栗", "彰化"),
        *("南投", "云林", "嘉义", "屏东", "宜兰", "花莲", "台东", "澎湖", "金门", "连江"),
        "马祖",
    )
)
#: How a place's name ends that a given name may end too (长海岛 but 刘海岛,
#: 王建港): a place only when the run is no name.
_PLACE_OR_NAME_LAST: Final = frozenset("岛港")


def _taiwan_mark(text: str, end: int) -> bool:
    """
    Whether the mark ending at ``end`` is a Taiwan paper's 报导 (not the mainland's 报道).

    Or the Central News Agency's dated wire (``中央社记者X高雄2日电``): its
    place is Taiwan's too, and a city of a name's shape (高雄, 马祖) glued
    after the reporter is no second name.
    """
    mark = text[end - 1 : end]
    return mark == "导" or (mark == "电" and text.startswith("中央社"))


def _is_dateline_place(run: str, *, spaced: bool, taiwan: bool) -> bool:
    """
    Whether ``run``, right before ``报道`` after a credit's names, is the place reported from.

    A run ending like a place (郑州, 周口) or a known one (高邮): of the
    names the corpus credits or quotes, none ends in these characters but
    one in 旗 (张社旗, not before 报道), and a banner (杭锦旗) is read as
    one outside credits too (``_people``), so ``X旗报道`` is the banner; one
    ending in 岛 or 港 is a place only when it is no name (刘海岛), printed
    apart (``spaced``); glued after a name, where no space tells the two
    apart, it stays the place (王五长海岛: a name cut short is worse). Two
    characters ending in 山 (黄山) too: the corpus's names ending in 山 are
    all three characters long (朱振山); ending in 江 they may be two (陈江),
    so 江 is no place's mark here. Taiwan's counties and cities count only
    before 报导 (``taiwan``).
    """
    return (
        run[-1:] in _PLACE_LAST
        or (run[-1:] in _PLACE_OR_NAME_LAST and not (spaced and is_name(run)))
        or (len(run) == 2 and run[-1] == "山")  # noqa: PLR2004 - a two-character place
        or run in DATELINE_PLACES
        or (taiwan and run in _TAIWAN_PLACES)
    )


def _names_before_place(run: str, *, loose: bool, taiwan: bool) -> list[int] | None:
    """The lengths of the names a run holds before a place glued to them (王五郑州), or None."""
    for size in (3, 2):
        head = run[:-size]
        # (Two characters at least before the place: a name.)
        place = run[-size:]
        if len(head) >= 2 and _is_dateline_place(place, spaced=False, taiwan=taiwan):  # noqa: PLR2004
            sizes = _split_run(head, loose=loose)
            if sizes and sum(sizes) == len(head):
                return sizes
    return None


def _closes(text: str, at: int) -> bool:
    return at >= len(text) or text[at] in " \t)/|"


def is_office(run: str) -> bool:
    """Whether ``run`` ends like the name of an office or a body (某镇人大, 某局)."""
    return bool(run) and (run[-1] in _OFFICE_LAST or run.endswith(_OFFICE_WORDS))


def _mark_ends(text: str, at: int) -> bool:
    return at >= len(text) or text[at] in " \t、,;|)"


def _reported_from(text: str, at: int) -> int:
    """The end of ``报道``/``报导``/``即时报导``/``电``/``2日电`` at ``at``, or 0."""
    m = _REPORTED.match(text, at)
    return m.end() if m is not None else 0


#: A wire's dateline prints its day before 电 (``X高雄2日电``).
_REPORTED: Final = re.compile(r" ?(?:(?:即时|连线)?报[道导]|(?:\d{1,2}日)?电(?=$|\s))")


def printed(text: str, start: int, end: int) -> str:
    """The name as printed, without spaces inside."""
    return "".join(text[start:end].split())


#: How the name of a credited office or town ends.
ORG_END: Final = (
    r"(?:办公室|中心|宣传部|新闻办|报社|电视台|融媒体|委员会|人大|政协|政府|党委|党政办|办|局|"
    r"镇|乡|街道|社区|县|区|委|站|所|队|院|"
    # any unit a writer works for: 组织部, 办事处, 妇联, 总工会, a school, a
    # company, a village (not a banner, 某某旗: where a credit expects a
    # name, one ending in 旗 is read as a name, 张社旗; is_name, outside
    # credits, reads it as the banner instead)
    r"部|处|厅|馆|妇联|工会|协会|公司|中学|小学|学校|村)"
)
ORG_FIRST: Final = re.compile(rf"\S{{2,20}}?{ORG_END}[\s:]+")
#: An office or town glued to the one name after it: 新生镇余小旺, 某办公室王某.
ORG_GLUED: Final = re.compile(
    r"[\u4e00-\u9fff]{2,10}?(?:镇|乡|街道?|社区|县|区|局|办|室|中心)(?P<name>[\u4e00-\u9fff]{2,3})"
)


def all_names(text: str) -> list[Credit] | None:
    """
    Names only, every piece a name's shape.

    A surname outside the table passes when another piece of the same
    credit is a known name (``(但斌 顾芸瑕)``).
    """
    found = parse(text, require_role=False, whole=True)
    if found is not None:
        return found
    found, stop = _scan(text, require_role=False, loose=True)
    if not found or text[stop:].strip() or len(found) < 2:  # noqa: PLR2004 - a pair at least
        return None
    if not any(is_name(text[a:b]) for _, a, b in found):
        return None
    return found


#: How long a credit may run: a closing one's parentheses, a header's field.
MAX_CREDIT: Final = 80
#: ``【香港商报网讯】实习记者张三报道:`` or ``讯 记者张三报道``: a credit opening the body.
LEAD_CREDIT: Final = re.compile(rf"{QUALIFIER}(?:{_REPORTER}|{_CORRESPONDENT})")
