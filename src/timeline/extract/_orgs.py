"""
Bodies named in a phrase, and the unnamed people who stood for them.

The genre names organisations the way it names people, in ``、`` lists
(``区妇联及区教体局主要负责人``): each item ends like a body's name
(``部``, ``局``, ``委员会``, ``街道`` ...), the unnamed people who stood for
them (``主要负责同志``, ``各街道党工委书记``) are split off the end, and a
bare section (``党管科``) after a section of a named body takes that body's
name as prefix and parent. A person's title may open with such a body
(``社会工作局黄艳梅局长``), which is why the lists of people read the same
endings.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from timeline.extract._lexicon import REPRESENTATIVE_WORDS
from timeline.extract._people import is_name

__all__ = ["ORG_END", "OrgMention", "ends_like_body", "parse_orgs", "split_representatives"]

#: Posts that, printed without a name, stand for their body: 各街道党工委书记.
_POSTS: Final = ("书记", "主任", "局长", "部长", "站长", "所长", "校长", "院长")
_REPS_RE: Final = re.compile(
    "(?:等)?(?P<reps>(?:"
    + "|".join(sorted((re.escape(w) for w in REPRESENTATIVE_WORDS), key=len, reverse=True))
    + r"|(?:党工委|党委|党组|党支部|党总支)?(?:副)?(?:"
    + "|".join(_POSTS)
    + r"))(?:\([^()]{1,12}\))?(?:一行)?)$"
)
#: The characters a phrase ending with people who stood for a body ends
#: with: a phrase ending otherwise (most: a body's name, a person's) is not
#: searched for them.
_REPS_LAST: Final = frozenset({w[-1] for w in (*REPRESENTATIVE_WORDS, *_POSTS)} | {")", "行"})
#: What a body's section ends with.
_SECTION_ENDS: Final = "科股组室队"
_SUB_UNIT: Final = re.compile(
    r"^(?P<parent>.{2,}?(?:部|局|办公室|厅|处|委员会))(?P<unit>.+[" + _SECTION_ENDS + "])$"
)
#: What a body's name ends with; a person's title may open with one too
#: (社会工作局黄艳梅局长, 中国铁建公司、中国保利集团董事B).
_ORG_ENDINGS: Final = (
    *("部", "局", "办", "委", "科", "股", "组", "室", "队", "团", "委员会", "协会", "慈善会"),
    *("红十字会", "议会", "商会", "工会", "联合会", "学会", "研究会", "理事会", "常委会"),
    *("促进会", "基金会", "联", "院", "所", "站", "中心", "街道", "社区", "村", "镇", "乡"),
    *("区", "县", "市", "政府", "政协", "人大", "单位", "部门", "公司", "学校", "小学", "中学"),
    *("支部", "党组", "法院", "检察院", "医院"),
)
ORG_END: Final = re.compile("(?:" + "|".join(_ORG_ENDINGS) + ")$")
#: The endings by their last character: a text can end only with those of its own.
_ENDINGS_BY_LAST: Final = {
    last: tuple(e for e in _ORG_ENDINGS if e[-1] == last) for last in {e[-1] for e in _ORG_ENDINGS}
}


#: What no body's name holds: a verb of meeting or going, a comma, a time.
#: (Each alternative opens with a character, which the engine scans for.)
_NOT_ORG: Final = re.compile(
    r"召开|举行|举办|进行|开展|参加|出席|陪同|带队|率|带领|主持|担任|讲话|发言|负责同志|负责人|"
    r",|到|赴|来我|走进|前往|深入|莅临|"
    # A time of day is no part of a body's name (市长X今日上午至大寮区).
    r"今日|昨日|明日|\)日|上午|下午|晚上|"
    # Nor where the people went (副司长X在荃湾区, 副部长X来同里镇).
    r"在(?<!所在)|来(?!宾)"
)
#: A count (3个, 5名) or a day (6日) is no part of a body's name either.
_COUNT_OR_DAY: Final = re.compile(r"[0-9][支个家名人位日]")
#: Nor does a clause opening with a conjunction, a preposition or a share.
_NOT_ORG_OPENING: Final = (
    *("并", "在", "对", "要", "将", "下", "部分", "全体", "广大", "有关", "相关"),
)
#: Teams sent on a task, named by it: no standing body.
_TEAMS: Final = frozenset(
    w + "组" for w in ("调研", "督导", "检查", "考察", "工作", "专家", "评审", "领导")
)


#: A list of bodies may end with 等 and what they all are: 等单位, 等部门.
_LIST_END: Final = re.compile(r"等(?:相关|有关)?(?:单位|部门|企业|机构|学校|街道|乡镇)?$")
#: What joins the bodies of a list.
_ORG_JOINTS: Final = ("、", "以及", "及", "和", "联合", "会同", "携手", "与")
_ORG_SEPARATORS: Final = re.compile("(" + "|".join(_ORG_JOINTS) + ")")
#: Their first characters: a phrase holding none is one item (most are),
#: and one scan for them is cheaper than the split (and than a set test of
#: every character, each CJK one a new string).
_ORG_JOINT_FIRST: Final = re.compile("[" + "".join(sorted({j[0] for j in _ORG_JOINTS})) + "]")


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
    # ($ also matches before a final newline.)
    if phrase.removesuffix("\n")[-1:] not in _REPS_LAST:
        return phrase, ""
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
    if "等" in body:  # (a plain scan: most phrases hold no 等)
        body = _LIST_END.sub("", body)
    # The last item ends the body (unless a joint does): most phrases end
    # like no body, and are refused here before any split.
    if not ends_like_body(body) and not body.endswith(_ORG_JOINTS):
        return None
    items = _items(body)
    if not items:
        return None
    out: list[OrgMention] = []
    prefix = ""
    for text, start in items:
        if not ends_like_body(text) or is_name(text) or _names_no_body(text):
            return None
        # (A section ends with 科/股/组/室/队: a plain look before the rule.)
        m = _SUB_UNIT.match(text) if text.removesuffix("\n")[-1:] in _SECTION_ENDS else None
        name, parent = text, ""
        if m is not None:
            parent = m["parent"]
            prefix = parent
        elif prefix and len(text) <= 6 and text[-1] in _SECTION_ENDS:  # noqa: PLR2004 - a bare section
            name, parent = prefix + text, prefix
        out.append(OrgMention(name, parent, reps, start, start + len(text)))
    return out


def _items(body: str) -> list[tuple[str, int]]:
    """The items of a list of bodies (split at its joints), each with its offset."""
    items: list[tuple[str, int]] = []
    pos = 0
    parts = [body] if _ORG_JOINT_FIRST.search(body) is None else _ORG_SEPARATORS.split(body)
    for part in parts:
        if part in _ORG_JOINTS:
            pos += len(part)
            continue
        if part:
            items.append((part, pos))
        pos += len(part)
    return items


def ends_like_body(text: str) -> bool:
    """Whether ``text`` ends like a body's name (``ORG_END``; $ also before a final newline)."""
    # (A look at the end, not a search trying the endings at every character;
    # only the endings sharing its last character, not all of them in turn.)
    text = text.removesuffix("\n")
    return text.endswith(_ENDINGS_BY_LAST.get(text[-1:], ()))


def _names_no_body(text: str) -> bool:
    """Whether ``text`` holds what no body's name does: a verb, a comma, a count, a time."""
    return (
        text.startswith(_NOT_ORG_OPENING)
        or text.removesuffix("\n") in _TEAMS
        or _NOT_ORG.search(text) is not None
        or _COUNT_OR_DAY.search(text) is not None
    )
