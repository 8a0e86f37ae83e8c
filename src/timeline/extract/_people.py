"""
A person as the genre prints one: *title + name*, and what each looks like.

``区委副书记、区长李晓雷``: the title is kept as printed, the place that opens
it included (``中原区委书记``), and may itself be a ``、`` list of posts.
Names are found by shape, never cut to fit a word: a known surname, two to
four characters, and a title ending (or a list boundary) right before it;
outside the surname table only after a whole title or a named person in the
same list, and minority names with or without their dot. Readings some
mirror sites print after characters (``區(qū)長``) stay in titles and are
dropped from names. How pieces make a list of people is `_namelists`; the
bodies people stand for are `_orgs`.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from timeline.extract._lexicon import (
    COMPOUND_SURNAMES,
    SURNAMES,
    TIBETAN_FIRST_PARTS,
    TIBETAN_NAME_PARTS,
    TIBETAN_SECOND_PARTS,
    TITLE_ENDINGS,
)

__all__ = [
    "GLOSS",
    "UNIT_HEADS",
    "forget",
    "holds_clause",
    "is_name",
    "is_title",
    "listed_name",
    "split_title_name",
    "strip_glosses",
    "title_ending",
    "unknown_surname",
]

_MIN_NAME: Final = 2
_MAX_NAME: Final = 4
#: Words that follow a name in a sentence, never end one: 王明在, 赵刚的.
_WORD_AFTER: Final = frozenset(
    "的在等与及到是了就将也还并又对向把被从说们率带陪出参召主于为不送提让使给没很都已以亦均受则就"
    # (王明要求, 领导班子要…: a modal, but see _ENDS_IN_HUI; 干部职工共30余人:
    # the count's 共.)
    "要共"
)
#: 旗 among them: a run ending in 旗 is a banner (杭锦旗, 乌审旗), Inner
#: Mongolia's county. Given names end in 旗 too (张社旗), but outside a credit
#: the banner is the likelier reading: on the corpus's train pages, letting
#: 旗 end a name made 杭锦旗 a lead and found no name that was missed. A
#: credit, where a name is expected, reads its names by shape alone
#: (``_bylines``), so 张社旗 is credited there.
_NOT_NAME_END: Final = (
    frozenset("局办委科部组队会社村镇乡街路院校所站馆厅处室团联区县市省旗员长记任席者讯")
    | _WORD_AFTER
)
#: What ends an office and may end a given name too (文科, 钦所); not a
#: place's ending (王庄村), which a name after a title far more often is.
_OFFICE_END: Final = frozenset("局办委科部组队社院校所站馆厅处室团")
#: A three-character name may end in 会 (贾爱会) or 社 (马玉社), but not a
#: body's name (常委会, 工会, 合作社, 文学社); in 记 (李秉记), but not a post
#: (李书记); in 为 after 大, a common given name (王大为), where the adverb
#: 大为 (greatly) follows no surname. A two-character name may end in 要
#: (镇长王要主持会议): a surname alone is never a name, so this 要 is no modal
#: after one; after two characters it is (领导班子要, 高层要, 王明要求). A
#: three-character name may end in 均 (县长李光均率队): the adverb 均 (all)
#: follows many people, and a list's last name before it is the rarer reading.
_ENDS_IN_HUI: Final = re.compile(
    "^[^常委协工商学理联大社议]{2}会$|^.[^作版行讯志公报学诗书文合]社$|^.[^书]记$|^.大为$|^.要$"
    "|^..均$"
)
#: Characters a given name is never made of (a name outside the surname table
#: is read only after a title, and only when none of these is in it).
_NOT_NAME_CHAR: Final = frozenset(
    "的在等和与及到是了就将也还并又对向把被从说们率带陪出参召主于为一个名人上下中大小要既"
    "局办委科部组队会社村镇乡街路院校所站馆厅处室团联区县市省员长记任席书主任领导"
)
#: Characters of the verbs that follow a name (王明主持, 李红陪同, 顾文致辞).
_VERB_CHAR: Final = frozenset("持同加席讲话调研察看访问视导发言表示指强宣布")
#: Words after a two-character name that make no married name with it.
_NOT_GIVEN: Final = frozenset(
    (
        *("当天", "当日", "随即", "随后", "一早", "今天", "今日", "昨天", "昨日", "近日", "日前"),
        *("次日", "同日", "先后", "分别", "专程", "再次", "连夜", "特地", "专门", "首先", "然后"),
        *("继而", "最后"),
        # (An invitation the official came at: 王明受邀参加, 李强应邀出席.)
        *("受邀", "应邀", "應邀"),
        # (An address, the word only: 致 and 辞 may end a married name, 张林致远.)
        *("致辞", "致词"),
    )
)
#: A minority name with its middle dot: 阿不都·热合曼.
_DOT_NAME: Final = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·•・][\u4e00-\u9fff]{1,8})+$")
_MAX_DOT_NAME: Final = 16
_DOT: Final = re.compile("[·•・]")


def _dotted(text: str) -> bool:
    """Whether ``text`` holds a middle dot (``_DOT`` finds one)."""
    # (Three plain looks: cheaper, on the short texts asked about, than the
    # class scanned at each character.)
    return "·" in text or "•" in text or "・" in text


_UNKNOWN_NAME: Final = 3
#: The longest name ``is_name`` reads: a surname's, or a Tibetan name's two parts.
_LONGEST_NAME: Final = max(
    _MAX_NAME, _MIN_NAME + max(map(len, TIBETAN_NAME_PARTS | TIBETAN_SECOND_PARTS))
)
_TITLES: Final = frozenset(TITLE_ENDINGS)
_LONGEST_TITLE: Final = max(map(len, TITLE_ENDINGS))
#: The lengths of the title endings ending with each character, longest
#: first: most texts end with a character no title ends with, and are
#: refused by one look-up (this runs on every cut of every list's piece).
_ENDING_SIZES: Final = {
    last: tuple(sorted({len(t) for t in TITLE_ENDINGS if t[-1] == last}, reverse=True))
    for last in {t[-1] for t in TITLE_ENDINGS}
}
#: The same short strings are asked about again and again (each group of a
#: list is read by several verbs' patterns, and every cut of it): the pure
#: tests below keep their last answers, a bounded number of them, for one
#: page (``forget``).
_CACHE: Final = 4096


def forget() -> None:
    """Drop the answers kept by the tests below (see ``_namelists.forget``)."""
    for kept in (_ends_in_subject, _is_name, _split_title_name):
        kept.cache_clear()


#: What a title never holds: a finished verb or a date (俞正声6日会见了省委常委),
#: or 则 as an adverb (局长X则与…), but not 则 ending a place's name
#: (日喀则市委书记, 王渠则镇镇长, 郝渠则村): see `_PLACE_ZE`.
#: (Every branch opens on a literal, the look back after 则, and the date's
#: day is a pattern of its own: the words are scanned by their first
#: characters, not tried at every place; this runs on every list's pieces.)
_CLAUSE: Final = re.compile(
    r"了|会见|接见|欢迎|率领|带领|则(?<!喀则)(?![市镇村县乡区])|听取|认真|希望|要求"
)
_DAY: Final = re.compile(r"[0-9]日")
#: 则 before a unit: a place's end, or the adverb after a subject (则区委书记).
_PLACE_ZE: Final = re.compile(r"(?<!喀)则(?=[市镇村县乡区])")


def holds_clause(text: str) -> bool:
    """Whether ``text`` holds a clause's word, so is no title (``局长X则与专员Y``)."""
    # (A day needs its 日: a plain look before the digit class is scanned.)
    if _CLAUSE.search(text) is not None or ("日" in text and _DAY.search(text) is not None):
        return True
    if "则" not in text:  # (a plain look first: few texts hold one)
        return False
    return any(
        _ends_in_subject(text[max(0, m.start() - _MAX_NAME - _LONGEST_TITLE - 1) : m.start()])
        for m in _PLACE_ZE.finditer(text)
    )


@functools.lru_cache(maxsize=_CACHE)
def _ends_in_subject(before: str) -> bool:
    """Whether ``before`` ends in a name after a title or a list's 、 (市长李强).

    The adverb 则 precedes 市/区/镇… as often as a place's name ends in it
    (则区委书记Y, 则市场): after such a name it is the adverb, and the text
    holding it no title (市长李强则区长张华).
    """
    for size in range(_MIN_NAME, _MAX_NAME + 1):
        start = len(before) - size
        if start > 0 and is_name(before[start:]):
            prior = before[:start]
            if prior.endswith("、") or title_ending(prior):
                return True
    return False


def is_title(text: str) -> bool:
    """Whether ``text`` is a title alone, maybe a ``、`` list of posts (``县委常委、副县长``)."""
    return (
        bool(text)
        and all(
            title_ending(piece) and not is_name(piece) and split_title_name(piece) is None
            for piece in text.split("、")
        )
        and not holds_clause(text)
        and all("\u4e00" <= c <= "\u9fff" or c == "、" for c in text)
    )


def title_ending(text: str) -> str:
    """The longest title ending ``text`` ends with, or empty (a set look-up per length)."""
    # (Not kept per page: a few look-ups cost less than hashing the whole
    # text for the kept answers, most of which are never asked again.)
    for size in _ENDING_SIZES.get(text[-1:], ()):
        if size <= len(text) and text[-size:] in _TITLES:
            return text[-size:]
    return ""


#: Words with a name's shape (a surname and one more character).
_NOT_NAMES: Final = frozenset(
    [
        "陆续",
        "马上",
        "高度",
        "严格",
        "明确",
        "全面",
        "常态",
        "任期",
        "时间",
        "成员",
        "程序",
        "曾经",
        "向前",
        "安全",
        "文明",
        "和谐",
        "于是",
        "方面",
        "方式",
        "方法",
        "方案",
        "方向",
        "同时",
        "同志",
        "应当",
        "应该",
        "杨柳",
        "万元",
        "江河",
        "全体",
        "全部",
        "关于",
        "关心",
        "关怀",
        "元月",
        "连续",
        "成绩",
        "强调",
        "关爱",
        "关注",
        "黄金",
        "金融",
        "石油",
        "周边",
        "周年",
        "周末",
        "年度",
        "司法",
        "武装",
        "戴上",
        "明年",
        "钱款",
        "季度",
        "和平",
        "华丽",
        "宁静",
        "康复",
        "谢谢",
        "焦点",
        "成果",
        "成效",
        "成为",
        "成立",
        "邵阳",
        "展开",
        "展開",
        "展示",
        "展现",
        "龙头",
        # A time adverb opening a clause: 连日来,A、B等区领导分别深入….
        "连日",
        # Words of a surname and 要 (a two-character name may end in it):
        # 简要介绍, 会议纪要, 高要区 (a district).
        "简要",
        "纪要",
        "高要",
    ]
)


#: Words that end no name after a conjunction with a surname's shape (和建议, 及意见).
_NOT_NAME_TAILS: Final = frozenset(["建议", "意见", "要求", "希望", "情况", "工作"])


#: A pronunciation gloss some mirror sites print after a character: 區(qū).
GLOSS: Final = re.compile(r"\([a-z\u00e0-\u00fc\u0101-\u01dc]{1,7}\)")


def strip_glosses(text: str) -> str:
    """``陳衛(wèi)民`` -> ``陳衛民``: a name is its characters, not their readings."""
    return GLOSS.sub("", text) if "(" in text else text


def _raw_cut(text: str, clean_cut: int) -> int:
    """The index in ``text`` of index ``clean_cut`` of ``strip_glosses(text)``."""
    seen = 0
    pos = 0
    for m in GLOSS.finditer(text):
        if seen + (m.start() - pos) > clean_cut:  # a reading belongs to the character before it
            break
        seen += m.start() - pos
        pos = m.end()
    return pos + clean_cut - seen


def is_name(text: str) -> bool:
    """Whether ``text`` has the shape of a personal name (surname + 1-3, or a Tibetan name)."""
    # (Most texts asked about are too long for any name: their length answers,
    # before the kept answers hash them. Readings only ever shorten a text.)
    if len(text) > _LONGEST_NAME and "(" not in text:
        return False
    return _is_name(text)


@functools.lru_cache(maxsize=_CACHE)
def _is_name(text: str) -> bool:
    """``is_name`` of a text that may be short enough."""
    text = strip_glosses(text)
    # A Tibetan name has no surname: one part or two (扎西, 次仁顿珠).
    first, second = text[:2], text[2:]
    tibetan = (first in TIBETAN_NAME_PARTS and len(text) == _MIN_NAME) or (
        (first in TIBETAN_NAME_PARTS or first in TIBETAN_FIRST_PARTS)
        and (second in TIBETAN_NAME_PARTS or second in TIBETAN_SECOND_PARTS)
    )
    return tibetan or _surnamed(text)


#: What a name is written in: CJK characters, and the dot of a minority name.
#: (One scan: this runs on every cut of every piece a list is read for.)
_HAN_OR_DOT: Final = re.compile("[\u4e00-\u9fff·]+")


def _surnamed(text: str) -> bool:
    """Whether ``text`` (readings stripped) is a surname and a given name."""
    if not _MIN_NAME <= len(text) <= _MAX_NAME or (
        text[-1] in _NOT_NAME_END and not _ENDS_IN_HUI.match(text)
    ):
        return False
    if text in _NOT_NAMES or text[:2] in _NOT_NAMES or text[-2:] in _NOT_NAME_TAILS:
        # 关怀和慰问: a word with a name's shape and the next character.
        return False
    if _HAN_OR_DOT.fullmatch(text) is None:
        return False
    if text[:2] in COMPOUND_SURNAMES:
        return len(text) >= 3  # noqa: PLR2004 - compound surname + given name
    if len(text) == _MAX_NAME and text[0] in SURNAMES and text[1] in SURNAMES:
        # A married name with both surnames (張趙凱渝), not a name and a verb
        # or a time (王明当天, 王明随即).
        return text[2:] not in _NOT_GIVEN and not any(
            c in _NOT_NAME_CHAR or c in _VERB_CHAR for c in text[2:]
        )
    return text[0] in SURNAMES and len(text) <= 3  # noqa: PLR2004 - surname + 1-2


#: Units that open a post and are surnames too (区长, 司长): a surname before
#: a rank (郭议长) is how a person is referred to, a unit before it a post.
UNIT_HEADS: Final = frozenset(
    "局办委科部组队会社村镇乡街路院校所站馆厅处室团联区县市省旗党司厂州盟"
)
#: The shortest post a name's cut may run through: 总工|程师 (工程师); a
#: two-character one would refuse 党委书记师敬川.
_CROSSED_POST: Final = 3


def split_title_name(text: str) -> tuple[str, str] | None:
    """
    Split ``title+name`` at the name, or return None.

    The name is the shortest tail that is a name and leaves a title ending
    before it; ``代区长王文博`` gives ``("代区长", "王文博")``. Readings
    printed after characters (``區(qū)長``) are kept, and do not count.
    Neither a surname and a rank (郭议长接着谈: the speaker referred to,
    with no name after it) nor the tail of a post (组长刘红建总工程师: no
    程师) is a title and a name.
    """
    # Every cut ``_split`` tries (a name of 2-5 characters, but for a dotted
    # one) needs a title ending right before it, at one of the characters -6
    # to -3: when none of them ends a title, none reads (most clauses).
    # (Before the kept answers: most texts are refused so, and the cache would
    # hash each of them whole.)
    if "(" not in text and _ENDING_SIZES.keys().isdisjoint(text[-6:-2]) and not _dotted(text):
        return None
    return _split_title_name(text)


@functools.lru_cache(maxsize=_CACHE)
def _split_title_name(text: str) -> tuple[str, str] | None:
    """``split_title_name`` of a text a title ending may open a name in."""
    pair = _split(text)
    if pair is None:
        return None
    title, name = pair
    # (A one-character head before a whole post: the title less its first
    # character is a post, the title itself none.)
    head = title[0]
    if (
        head in SURNAMES
        and head not in UNIT_HEADS
        and title[1:] in _TITLES
        and title not in _TITLES
    ):
        return None
    # (A post ending the piece longer than the name: it holds the name's cut.)
    for size in range(max(len(name) + 1, _CROSSED_POST), min(_LONGEST_TITLE, len(text)) + 1):
        if text[-size:] in _TITLES:
            return None
    return pair


def _split(text: str) -> tuple[str, str] | None:  # noqa: C901 - one try per name shape
    """``split_title_name`` before it refuses a surname's rank and a post's tail."""
    if "(" in text and GLOSS.search(text):
        clean = strip_glosses(text)
        pair = split_title_name(clean)
        if pair is None:
            return None
        cut = _raw_cut(text, len(pair[0]))
        return text[:cut], text[cut:]
    found: list[tuple[str, str]] = []
    for size in range(_MIN_NAME, _MAX_NAME + 1):
        if size >= len(text):
            break
        if text[-size - 1] not in _ENDING_SIZES:
            continue  # (no title ends there: title_ending's own first look, without the cuts)
        title, name = text[:-size], text[-size:]
        ending = title_ending(title)
        if ending and is_name(name):
            if len(ending) > 1 or found:
                found.append((title, name))
                break
            found.append((title, name))
    if found:
        # A one-character ending (师, 员) may be a surname: 镇党委书记师敬川.
        return found[-1]
    # (A plain look for the dot first: the name's pattern is tried at every character.)
    dot = _DOT_NAME.search(text) if _dotted(text) else None
    sep = _DOT.search(dot.group()) if dot is not None else None
    first_dot = sep.start() if sep is not None else 0
    if (
        dot is not None
        and len(dot.group()) <= _MAX_DOT_NAME
        and not any(c in _NOT_NAME_CHAR for c in dot.group()[first_dot + 1 :])
    ):
        # The dot's first part may have swallowed the title's end: try each cut.
        for cut in range(dot.start(), dot.start() + first_dot):
            if title_ending(text[:cut]):
                return text[:cut], text[cut:]
    # A surname outside the table: three characters after a whole title
    # (区委书记鄂永强); two would too often be a word (总书记系列). A one-
    # character ending is too weak a title for it: 作动员讲话时 is no 动员 + name.
    # So may a given name ending like an office (副县长范文科, 主任江钦所), as
    # after a named person in a list (listed_name).
    title, name = text[:-_UNKNOWN_NAME], text[-_UNKNOWN_NAME:]
    if (
        len(text) > _UNKNOWN_NAME
        and len(title_ending(title)) > 1
        and (
            (
                not any(c in _NOT_NAME_CHAR for c in name)
                and name[-1] not in _NOT_NAME_END
                and all("\u4e00" <= c <= "\u9fff" for c in name)
                # (Nor a verb and what it does, 县长赴洋里, 河长制工作: as for long names.)
                and _NOT_LONG_NAME.search(name) is None
            )
            or (name[-1] in _OFFICE_END and listed_name(name))
        )
    ):
        return title, name
    return _long_name(text)


#: A five-character minority name printed without its dot (达布希拉图).
_LONG_NAME: Final = 5
_GROUP_POSTS: Final = ("干部", "职工", "人员")
#: Words a long name read without a surname never holds: what follows a
#: name (亲自, 一同), the verbs of the genre, and an occasion's time words
#: (在教师节来临之际: 教师 reads as a post before them).
_NOT_LONG_NAME: Final = re.compile(
    "亲自|一同|共同|分别|先后|同志|一行|再次|专程|全程|随即|主持|陪同|参加|出席|讲话|调研|视察|察看|"
    "看望|访问|指导|发言|表示|指出|强调|宣布|考察|检查|致|作|做|赴|之际|来临|到来|前夕|期间"
)


def listed_name(text: str) -> bool:
    """
    Whether ``text`` is a three-character name ending like a place, in a list of names.

    Given names may end in what ends a place or an office (张保省, 江钦所);
    alone that reads as a place, but after a named person in one ``、``
    list (县领导A、张保省) the list is of people.
    """
    return (
        len(text) == _UNKNOWN_NAME
        and text[0] in SURNAMES
        and text[1] not in _NOT_NAME_CHAR
        and text[2] not in _WORD_AFTER
        and text[2] not in "者讯"  # (words, not names: 劳动者, 濮阳网讯)
        and text[:2] not in _NOT_NAMES
    )


def unknown_surname(text: str) -> bool:
    """
    Whether ``text`` reads as a three-character name with a surname outside the table.

    Only after a named person in the same ``、`` list (副主席刘斌、戢治中), as
    after a whole title: nothing in it is what titles, bodies and verbs are
    made of.
    """
    if len(text) > _UNKNOWN_NAME:
        # A minority name printed without its dot (宝音满都呼): held to the
        # long name's stricter shape.
        return (
            len(text) <= _LONG_NAME
            and all("\u4e00" <= c <= "\u9fff" and c not in _NOT_NAME_CHAR for c in text)
            and _NOT_LONG_NAME.search(text) is None
            # (Not a post and a cut name, 服务总监袁, nor a name and a verb, 李伟赴台.)
            and not any(
                title_ending(text[:cut]) or is_name(text[:cut]) for cut in range(1, len(text))
            )
        )
    return (
        len(text) == _UNKNOWN_NAME
        and all("\u4e00" <= c <= "\u9fff" for c in text)
        and text[0] not in _NOT_NAME_CHAR
        and not any(c in _NOT_NAME_END for c in text)
        and text[:2] not in _NOT_NAMES
    )


def _long_name(text: str) -> tuple[str, str] | None:
    """
    A five-character minority name printed without its dot, after a whole title.

    ``副县长达布希拉图`` -> ``("副县长", "达布希拉图")``.

    Only when nothing shorter reads as a name: the name holds none of the
    characters titles, bodies and verbs are made of, and no shorter name
    opens it (not 艾克海致辞). Four characters are left alone: they are as
    often a word and a verb (考察宁夏) as a name.
    """
    title, name = text[:-_LONG_NAME], text[-_LONG_NAME:]
    post = title_ending(title)
    # The title must be a post (县长, 副旗长), in plain characters: a bare
    # post that is no office on its own, or a quoted event's name, opens
    # compounds as often (书记擂台赛, 主任科员, 领导分工负责制).
    if (
        len(text) > _LONG_NAME
        and post
        and title not in ("书记", "主任", "主席", "领导")
        and post != "领导"
        # A group (镇村干部, 机关工作人员) is many people, and what follows
        # it is what they did (镇村干部通过实地看), not one person's name.
        and not post.endswith(_GROUP_POSTS)
        and all("\u4e00" <= c <= "\u9fff" for c in title)
        and all("\u4e00" <= c <= "\u9fff" for c in name)
        and not any(c in _NOT_NAME_CHAR for c in name)
        and name[-1] not in _NOT_NAME_END
        and _NOT_LONG_NAME.search(name) is None
        and not any(is_name(name[:cut]) for cut in (2, 3, 4))
        and not title_ending(text[: len(text) - _LONG_NAME + 1])
    ):
        return title, name
    return None
