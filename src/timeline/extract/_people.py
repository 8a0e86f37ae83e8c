"""
People, their titles, the bodies they stand for, and bylines.

The genre prints a person as *title + name*: ``区委副书记、区长李晓雷``. A
title heading a ``、`` list applies to each name (``区领导于珊、邵春雨``),
and a title may itself be a ``、`` list. A title is kept as printed, the
place that opens it included (``中原区委书记``). Names are found by shape, never
cut to fit a word: a known surname, two to four characters, and a title
ending (or a list boundary) right before it. Organisations are read the
same way, with the unnamed people who stood for them (``主要负责同志``)
split off the end.
"""

from __future__ import annotations

import functools
import re
from typing import Final

import attrs

from timeline.extract._lexicon import (
    BYLINE_WORDS,
    COMPOUND_SURNAMES,
    REPRESENTATIVE_WORDS,
    SURNAMES,
    TITLE_ENDINGS,
)

__all__ = [
    "GLOSS",
    "Named",
    "OrgMention",
    "is_name",
    "is_title",
    "parse_byline",
    "parse_orgs",
    "parse_people",
    "split_title_name",
    "strip_glosses",
]

_MIN_NAME: Final = 2
_MAX_NAME: Final = 4
#: Words that follow a name in a sentence, never end one: 王明在, 赵刚的.
_WORD_AFTER: Final = frozenset(
    "的在等与及到是了就将也还并又对向把被从说们率带陪出参召主于为不送提让使给没很都已以亦均受则就"
)
_NOT_NAME_END: Final = (
    frozenset("局办委科部组队会社村镇乡街路院校所站馆厅处室团联区县市省旗员长记任席者讯")
    | _WORD_AFTER
)
#: A three-character name may end in 会 (贾爱会) or 社 (马玉社), but not a
#: body's name (常委会, 工会, 合作社, 文学社); in 记 (李秉记), but not a post
#: (李书记); in 为 after 大, a common given name (王大为), where the adverb
#: 大为 (greatly) follows no surname.
_ENDS_IN_HUI: Final = re.compile(
    "^[^常委协工商学理联大社议]{2}会$|^.[^作版行讯志公报学诗书文合]社$|^.[^书]记$|^.大为$"
)
#: Characters a given name is never made of (a name outside the surname table
#: is read only after a title, and only when none of these is in it).
_NOT_NAME_CHAR: Final = frozenset(
    "的在等和与及到是了就将也还并又对向把被从说们率带陪出参召主于为一个名人上下中大小要既"
    "局办委科部组队会社村镇乡街路院校所站馆厅处室团联区县市省员长记任席书主任领导"
)
#: Characters of the verbs that follow a name (王明主持, 李红陪同).
_VERB_CHAR: Final = frozenset("持同加席讲话调研察看访问视导发言表示指强宣布")
#: Words after a two-character name that make no married name with it.
_NOT_GIVEN: Final = frozenset(
    (
        *("当天", "当日", "随即", "随后", "一早", "今天", "今日", "昨天", "昨日", "近日", "日前"),
        *("次日", "同日", "先后", "分别", "专程", "再次", "连夜", "特地", "专门", "首先", "然后"),
        *("继而", "最后"),
    )
)
#: A minority name with its middle dot: 阿不都·热合曼.
_DOT_NAME: Final = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·•・][\u4e00-\u9fff]{1,8})+$")
_MAX_DOT_NAME: Final = 16
_DOT: Final = re.compile("[·•・]")
_UNKNOWN_NAME: Final = 3
_TITLES: Final = frozenset(TITLE_ENDINGS)
_LONGEST_TITLE: Final = max(map(len, TITLE_ENDINGS))
#: The same short strings are asked about again and again (each group of a
#: list is read by several verbs' patterns, and every cut of it): the pure
#: tests below keep their last answers, a bounded number of them.
_CACHE: Final = 4096


def is_title(text: str) -> bool:
    """Whether ``text`` is a title alone, maybe a ``、`` list of posts (``县委常委、副县长``)."""
    return (
        bool(text)
        and all(
            _title_ending(piece) and not is_name(piece) and split_title_name(piece) is None
            for piece in text.split("、")
        )
        and _CLAUSE.search(text) is None
        and all("\u4e00" <= c <= "\u9fff" or c == "、" for c in text)
    )


@functools.lru_cache(maxsize=_CACHE)
def _title_ending(text: str) -> str:
    """The longest title ending ``text`` ends with, or empty (a set look-up per length)."""
    for size in range(min(_LONGEST_TITLE, len(text)), 0, -1):
        if text[-size:] in _TITLES:
            return text[-size:]
    return ""


_REPS_RE: Final = re.compile(
    "(?:等)?(?P<reps>(?:"
    + "|".join(sorted((re.escape(w) for w in REPRESENTATIVE_WORDS), key=len, reverse=True))
    # A post without a name stands for its body: 各街道党工委书记.
    + r"|(?:党工委|党委|党组|党支部|党总支)?(?:副)?(?:书记|主任|局长|部长|站长|所长|校长|院长)"
    + r")(?:\([^()]{1,12}\))?(?:一行)?)$"
)
_SUB_UNIT: Final = re.compile(
    r"^(?P<parent>.{2,}?(?:部|局|办公室|厅|处|委员会))(?P<unit>.+(?:科|股|组|室|队))$"
)
_ORG_END: Final = re.compile(
    r"(?:部|局|办|委|科|股|组|室|队|团|委员会|协会|慈善会|红十字会|议会|商会|工会|联合会|学会|研究会|理事会|常委会|促进会|基金会|联|院|所|站|中心|街道|社区|村|镇|乡|区|县|市|政府|政协|人大|单位|部门|公司|学校|小学|中学|协会|工会|支部|党组|法院|检察院|医院)$"
)


_NOT_ORG: Final = re.compile(
    r"召开|举行|举办|进行|开展|参加|出席|陪同|带队|率|带领|主持|担任|讲话|发言|负责同志|负责人|"
    r",|^并|^在|到|赴|^对|^要|^将|来我|走进|前往|深入|莅临|^下|^部分|^全体|^广大|^有关|^相关|[0-9]+[支个家名人位]|"
    # A time of day is no part of a body's name (市长X今日上午至大寮区).
    r"[0-9今昨明)]日|上午|下午|晚上|"
    # Nor where the people went (副司长X在荃湾区, 副部长X来同里镇).
    r"(?<!所)在|来(?!宾)|"
    r"^(?:调研|督导|检查|考察|工作|专家|评审|领导)组$"
)


#: A list of bodies may end with 等 and what they all are: 等单位, 等部门.
_LIST_END: Final = re.compile(r"等(?:相关|有关)?(?:单位|部门|企业|机构|学校|街道|乡镇)?$")
_ORG_SEPARATORS: Final = re.compile(r"(、|以及|及|和|联合|会同|携手|与)")


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


@functools.lru_cache(maxsize=_CACHE)
def is_name(text: str) -> bool:
    """Whether ``text`` has the shape of a personal name (surname + 1-3)."""
    text = strip_glosses(text)
    if not _MIN_NAME <= len(text) <= _MAX_NAME or (
        text[-1] in _NOT_NAME_END and not _ENDS_IN_HUI.match(text)
    ):
        return False
    if text in _NOT_NAMES or text[:2] in _NOT_NAMES or text[-2:] in _NOT_NAME_TAILS:
        # 关怀和慰问: a word with a name's shape and the next character.
        return False
    if not all("\u4e00" <= c <= "\u9fff" or c == "·" for c in text):
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


@functools.lru_cache(maxsize=_CACHE)
def split_title_name(text: str) -> tuple[str, str] | None:  # noqa: C901 - one try per name shape
    """
    Split ``title+name`` at the name, or return None.

    The name is the shortest tail that is a name and leaves a title ending
    before it; ``代区长王文博`` gives ``("代区长", "王文博")``. Readings
    printed after characters (``區(qū)長``) are kept, and do not count.
    """
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
        title, name = text[:-size], text[-size:]
        ending = _title_ending(title)
        if ending and is_name(name):
            if len(ending) > 1 or found:
                found.append((title, name))
                break
            found.append((title, name))
    if found:
        # A one-character ending (师, 员) may be a surname: 镇党委书记师敬川.
        return found[-1]
    # (A plain look for the dot first: the name's pattern is tried at every character.)
    dot = _DOT_NAME.search(text) if _DOT.search(text) is not None else None
    sep = _DOT.search(dot.group()) if dot is not None else None
    first_dot = sep.start() if sep is not None else 0
    if (
        dot is not None
        and len(dot.group()) <= _MAX_DOT_NAME
        and not any(c in _NOT_NAME_CHAR for c in dot.group()[first_dot + 1 :])
    ):
        # The dot's first part may have swallowed the title's end: try each cut.
        for cut in range(dot.start(), dot.start() + first_dot):
            if _title_ending(text[:cut]):
                return text[:cut], text[cut:]
    # A surname outside the table: three characters after a whole title
    # (区委书记鄂永强); two would too often be a word (总书记系列). A one-
    # character ending is too weak a title for it: 作动员讲话时 is no 动员 + name.
    title, name = text[:-_UNKNOWN_NAME], text[-_UNKNOWN_NAME:]
    if (
        len(text) > _UNKNOWN_NAME
        and len(_title_ending(title)) > 1
        and not any(c in _NOT_NAME_CHAR for c in name)
        and name[-1] not in _NOT_NAME_END
        and all("\u4e00" <= c <= "\u9fff" for c in name)
        # (Nor a verb and what it does, 县长赴洋里, 河长制工作: as for long names.)
        and _NOT_LONG_NAME.search(name) is None
    ):
        return title, name
    return _long_name(text)


#: A five-character minority name printed without its dot (达布希拉图).
_LONG_NAME: Final = 5
#: Words a long name read without a surname never holds: what follows a
#: name (亲自, 一同) and the verbs of the genre.
_NOT_LONG_NAME: Final = re.compile(
    "亲自|一同|共同|分别|先后|同志|一行|再次|专程|全程|随即|主持|陪同|参加|出席|讲话|调研|视察|察看|"
    "看望|访问|指导|发言|表示|指出|强调|宣布|考察|检查|致|作|做|赴"
)


def _listed_name(text: str) -> bool:
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


def _unknown_surname(text: str) -> bool:
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
                _title_ending(text[:cut]) or is_name(text[:cut]) for cut in range(1, len(text))
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
    post = _title_ending(title)
    # The title must be a post (县长, 副旗长), in plain characters: a bare
    # post that is no office on its own, or a quoted event's name, opens
    # compounds as often (书记擂台赛, 主任科员, 领导分工负责制).
    if (
        len(text) > _LONG_NAME
        and post
        and title not in ("书记", "主任", "主席", "领导")
        and post != "领导"
        and all("\u4e00" <= c <= "\u9fff" for c in title)
        and all("\u4e00" <= c <= "\u9fff" for c in name)
        and not any(c in _NOT_NAME_CHAR for c in name)
        and name[-1] not in _NOT_NAME_END
        and _NOT_LONG_NAME.search(name) is None
        and not any(is_name(name[:cut]) for cut in (2, 3, 4))
        and not _title_ending(text[: len(text) - _LONG_NAME + 1])
    ):
        return title, name
    return None


@attrs.frozen
class Named:
    """
    A person found in a phrase.

    Attributes:
        name: The name as printed.
        title: The title as printed (may be empty).
        start: Offset of the name in the phrase.
    """

    name: str
    title: str
    start: int


# 等 may close a list with the group it belongs to: 杜建强等区委常委; never
# with what they did (王明等出席,赵刚主持: the people of a clause before).
_NAME_TAIL: Final = re.compile(r"(?:同志|等人|等(?!出席|参加|列席|参与)[\u4e00-\u9fff“”]{0,12})$")


def parse_people(phrase: str) -> list[Named] | None:
    """
    Read a list of people: ``区委书记乔耸,区委副书记、区长李晓雷等``.

    Groups are separated by ``,``; inside a group ``、`` separates either
    the parts of one title or the names sharing a title. Returns None when
    a piece is neither a title, a name nor title+name (the phrase is then
    not a list of people).
    """
    found = _read_people(phrase)
    return list(found) if found is not None else None


@functools.lru_cache(maxsize=_CACHE)
def _read_people(phrase: str) -> tuple[Named, ...] | None:
    """``parse_people``, kept: the same phrase is read by several verbs' patterns."""
    # 陳業鵬,、趙建斌: a stray comma before 、 (same length, offsets kept).
    phrase = phrase.replace(",、", " 、")
    found = _parse_groups(phrase)
    if _AND.search(phrase):
        # 区长王明和副区长赵刚: 和/与/及 may join people as a comma does
        # (but not inside a name: 王和平).
        joined = _parse_groups(_AND.sub(lambda m: "," * len(m.group()), phrase))
        if joined is not None and (found is None or len(joined) > len(found)):
            found = joined
    if "及" in phrase:
        # 主席A及署长B: 及 joins two people only when both sides read as
        # people (not 民政及青年事务局局长B, where it joins two bodies).
        # A shared title (市领导A及B) covers both, as over 、; one person's
        # post (县人大常委会主任A及B、C等县领导) covers only that person.
        joined = _parse_groups(
            _JI.sub(lambda m: "、" if _SHARED.search(phrase, 0, m.start()) else ",", phrase)
        )
        if joined is not None and (found is None or len(joined) > len(found)):
            found = joined
    return tuple(found) if found is not None else None


#: Not 及: it joins the parts of one body's name (民政及青年事务局局长).
_AND: Final = re.compile(r"(?<=[\u4e00-\u9fff ])(?:以及|和|与|同)(?=[\u4e00-\u9fff])")
_JI: Final = re.compile(r"(?<=[\u4e00-\u9fff])及(?=[\u4e00-\u9fff])")
#: A title naming a group (市领导, 县四大班子领导) and a name, right before 及.
_SHARED: Final = re.compile(r"领导[\u4e00-\u9fff]{2,4}$")


def _parse_groups(phrase: str) -> list[Named] | None:
    found: list[Named] = []
    offset = 0
    for group in phrase.split(","):
        base = offset
        offset += len(group) + 1
        core = _NAME_TAIL.sub("", group.strip())
        lead = len(group) - len(group.lstrip())
        if not core:
            continue
        pieces = core.split("、")
        title_parts: list[str] = []
        shared = ""
        pos = base + lead
        group_found = False
        for piece in pieces:
            # A space a page's layout left after 、 is no part of a name.
            at = pos + len(piece) - len(piece.lstrip())
            piece_core = _NAME_TAIL.sub("", piece.strip())
            pair = split_title_name(piece_core)
            if pair is not None and _CLAUSE.search(pair[0]):
                return None  # a clause, not a title: 局长何启明则与专员胡钜华
            if pair is not None and not (is_name(piece_core) and group_found):
                title = "、".join([*title_parts, pair[0]])
                shared = title
                title_parts = []
                found.append(Named(pair[1], title, at + len(pair[0])))
                group_found = True
            elif not title_parts and (
                is_name(piece_core)
                or (group_found and (_unknown_surname(piece_core) or _listed_name(piece_core)))
            ):
                found.append(Named(piece_core, shared, at))
                group_found = True
            elif not title_parts and (post := _post_title(piece_core)) is not None:
                # A title printed after the name: 姜耀中主任, 区人大马学印主任
                # (not within a title's list: 市委常委、宣传部长、…主任X).
                found.append(Named(post[1], post[0], at + len(post[0])))
                group_found = True
            elif (
                _title_ending(strip_glosses(piece_core)) or _ORG_END.search(piece_core)
            ) and not _CLAUSE.search(piece_core):
                # A title may open the next name's title list even after a
                # name (镇党委书记A、党委副书记、镇长B), and so may the first of
                # two bodies sharing a post (中国铁建公司、中国保利集团董事B).
                title_parts.append(piece_core)
            else:
                return None
            pos += len(piece) + 1
        if title_parts:
            return None
    return found or None


#: What a title never holds: a finished verb or a date (俞正声6日会见了省委常委).
_CLAUSE: Final = re.compile(r"了|[0-9]日|会见|接见|欢迎|率领|带领|则|听取|认真|希望|要求")
_POST_TITLE: Final = re.compile(
    r"(?:常务)?副?(?:主任|书记|主席|部长|局长|会长|组长|议长|区长|县长|市长|镇长|乡长|省长|州长|厅长|处长|"
    r"署长|司长|院长|校长|社长|主委|同志)$"
    # A military rank printed after the name: 副参谋长高志军大校.
    r"|(?:[大上中少]校|[上中少]将)$"
    # A Hong Kong police rank, printed after the name too: 副指挥官赖孝光高级警司.
    r"|(?:高级|总|助理处长|高级助理处长)?(?:警司|督察|警务处长)$"
)


def _post_title(text: str) -> tuple[str, str] | None:
    """``区人大马学印主任`` -> ``("区人大", "马学印")``: the title printed before stays."""
    post = _POST_TITLE.search(text)
    if post is None:
        return None
    head = text[: post.start()]
    for size in (3, 2):
        if size <= len(head) and is_name(head[-size:]):
            before = head[:-size]
            # (Also a body's name: 社会工作局黄艳梅局长, as Macau papers print it.)
            if (
                not before
                or _title_ending(before)
                or before.endswith(("人大", "政协"))
                or _ORG_END.search(before)
            ):
                return before, head[-size:]
    return None


@attrs.frozen
class OrgMention:
    """
    An organisation found in a phrase, with who stood for it.

    Attributes:
        name: The body's full name (a bare section gets its parent's prefix).
        parent: The body it is a section of, or empty.
        representatives: The unnamed people standing for it, or empty.
        start: Offset of the name in the phrase.
        end: End offset of the name in the phrase.
    """

    name: str
    parent: str
    representatives: str
    start: int
    end: int


def split_representatives(phrase: str) -> tuple[str, str]:
    """Split ``区教体局主要负责人`` into ``("区教体局", "主要负责人")``."""
    m = _REPS_RE.search(phrase)
    if m is None or m.start() == 0:
        return phrase, ""
    return phrase[: m.start()], m["reps"]


def parse_orgs(phrase: str) -> list[OrgMention] | None:
    """
    Read a list of bodies: ``区委组织部组织科、党管科等有关负责同志``.

    Items are split on ``、``, ``及`` and ``和``; a bare section after a
    section of a named body (``党管科`` after ``区委组织部组织科``) takes
    that body's name as prefix and parent. Returns None unless every item
    ends like a body's name.
    """
    body, reps = split_representatives(phrase)
    body = _LIST_END.sub("", body)
    items: list[tuple[str, int]] = []
    pos = 0
    for part in _ORG_SEPARATORS.split(body):
        if part in {"、", "及", "和", "以及", "联合", "会同", "携手", "与"}:
            pos += len(part)
            continue
        if part:
            items.append((part, pos))
        pos += len(part)
    if not items:
        return None
    out: list[OrgMention] = []
    prefix = ""
    for text, start in items:
        if not _ORG_END.search(text) or is_name(text) or _NOT_ORG.search(text):
            return None
        m = _SUB_UNIT.match(text)
        name, parent = text, ""
        if m is not None:
            parent = m["parent"]
            prefix = parent
        elif prefix and len(text) <= 6 and text[-1] in "科股组室队":  # noqa: PLR2004 - a bare section
            name, parent = prefix + text, prefix
        out.append(OrgMention(name, parent, reps, start, start + len(text)))
    return out


# -- bylines -----------------------------------------------------------------

_BYLINE_WORD_RE: Final = re.compile("|".join(re.escape(w) for w, _ in BYLINE_WORDS))
_BYLINE_ROLE: Final = dict(BYLINE_WORDS)
_TOKEN: Final = re.compile(r"[\u4e00-\u9fff·]+")
_BYLINE_CHARS: Final = re.compile(r"^[\s\u4e00-\u9fff·、()\[\]:/|]+$")
_MAX_BYLINE: Final = 80


def _split_glued(token: str) -> list[str] | None:
    """Split run-together names (``唐珂欣马楚璇``) by shape."""
    if is_name(token):
        return [token]
    n = len(token)
    for first in (3, 2, 4):
        if first < n and is_name(token[:first]):
            rest = _split_glued(token[first:])
            if rest is not None:
                return [token[:first], *rest]
    return None


def parse_byline(line: str) -> list[tuple[str, str, int, int]] | None:
    """
    Read a byline: ``记者 张改华 通讯员 唐珂欣 马楚璇``, ``(记者 X)``.

    Returns:
        ``(role, name, start, end)`` per name, offsets into ``line``; None
        if the line is not a byline (no byline word, or a piece that is
        not a name).
    """
    if len(line) > _MAX_BYLINE or not _BYLINE_CHARS.match(line) or not _BYLINE_WORD_RE.search(line):
        return None
    out: list[tuple[str, str, int, int]] = []
    role = ""
    for tok in _TOKEN.finditer(line):
        text, start = tok.group(), tok.start()
        while text:
            word = _BYLINE_WORD_RE.match(text)
            if word is not None:
                role = _BYLINE_ROLE[word.group()]
                text = text[word.end() :]
                start += word.end()
                continue
            if not role:
                return None
            names = _split_glued(text)
            if names is None:
                return None
            for name in names:
                out.append((role, name, start, start + len(name)))
                start += len(name)
            text = ""
    return out or None
