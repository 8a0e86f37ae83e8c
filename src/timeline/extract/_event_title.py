"""
The event's title: the lead's, the headline's, or the lead's first words.

A lead's subject rule may take for a title what names no event (a time
word, page furniture, a quotation's first words, a frame such as
``在…之际``); such a title gives way to the headline, then to the lead's
opening words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from timeline.extract._text import CJK

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["HELD_MANNER", "chosen_title"]

#: Runs of ``CJK``'s characters: found a run at a time, not one by one.
_CJK_RUNS: Final = re.compile(CJK.pattern + "+")


def _cjk(text: str) -> str:
    """The Chinese characters of ``text``, read run by run (one list item a run, not a char)."""
    return "".join(_CJK_RUNS.findall(text))


#: How a held event went (隆重召开, 如期举办): no part of what was held.
HELD_MANNER: Final = r"隆重|胜利|勝利|顺利|順利|正式|圆满|圓滿|成功|如期|盛大"


#: What a lead's subject rule may take for a title but names no event: a
#: clause's time word (在…召开前夕, 之际, 期间, 连日来), a bare 情况, or a page's
#: furniture read as a heading (摘要:, 浏览量:1, 【 打印 】).
_NO_TITLE: Final = frozenset(
    {
        "之际",
        "之際",
        "前夕",
        "期间",
        "期間",
        "以来",
        "以來",
        "之时",
        "之時",
        "情况",
        "情況",
        "昨日",
        "今日",
        "当天",
        "當天",
        "摘要",
        "连日来",
        "連日來",
        "近日",
        "日前",
        "近期",
    }
)
#: A clause ending so (在…到来之际, …召开前夕) tells when, not what.
_WHEN: Final = ("之际", "之際", "前夕", "期间", "期間", "以来", "以來", "之时", "之時")
_FURNITURE: Final = re.compile(
    r"浏览|瀏覽|打印|字体|字體|点击|點擊|首页|首頁|窄屏|播放|播报|播報|资料图|資料圖|视频|視頻"
)
#: Fewer characters than this besides the furniture: the furniture is all.
_MIN_BESIDES: Final = 4
#: A page's label before its lead (摘要:8月20日,…) is no part of a title.
_LABEL: Final = re.compile(r"^(?:摘要|内容|內容)[::]\s*")
#: A whole title that frames the event without naming it: where or amid
#: what (在…家中, 在…政府大院里, 在圆满完成大会议程后), or on what ground
#: (随着…的开考, 根据…的工作要求, 为了…).
_FRAME: Final = re.compile(
    r"^(?:在|於|于)[^,,。;;]*(?:中|里|裡|后|後|内|內)$"
    r"|^(?:随着|隨著|根据|根據|按照|为了|為了|伴随|伴隨)[^,,。;;]*$"
)
#: A title ending so (以视察活动的方式) tells how, not what.
_MANNER: Final = ("的方式", "的形式")
#: What a headline cut after its speaker keeps before the quotation.
_SPEAKER_CUT: Final = re.compile(r"^[\s:\uff1a,\uff0c]+")
#: Characters of a title, more than this, that make it a clause of its own.
_MIN_CLAUSE: Final = 4
#: Opening quotation marks and the marks that close them.
_QUOTES: Final = {"“": "”", "「": "」", "‘": "’", "『": "』"}


def _names_no_event(title: str) -> bool:
    """
    ``title`` names no event: a time word, one character, furniture, a quote's start.

    A lone character (式 of 出席开幕式, 礼) is a word's tail; a title that
    opens a quotation it never closes is the first words someone said.
    """
    core = _cjk(title)
    if len(core) < 2 or core in _NO_TITLE:  # noqa: PLR2004 - a word
        return True
    if _FURNITURE.search(core) and len(_FURNITURE.sub("", core)) < _MIN_BESIDES:
        return True  # 浏览量:1, 【 打印 】; a headline glued to 语音播报 still names its event
    if core.endswith((*_WHEN, *_MANNER)) or _FRAME.match(title):
        return True  # 在植树节到来之际 dates the event; 以…的方式 tells how it went
    opened = _SPEAKER_CUT.sub("", title)  # a headline cut after its speaker (:“…)
    close = _QUOTES.get(opened[:1])
    return close is not None and close not in opened


#: A lead clause that tells what for (为…, 为了…), not what happened.
_PURPOSE: Final = re.compile(r"^(?:为|為)(?!期)")
#: A clause that tells the act a purpose run leads to (…,县总工会举办…).
#: (A verb after 的 is a noun: 活动的开展.)
_ACT: Final = re.compile(
    r"(?<!的)(?:召开|召開|举办|舉辦|举行|舉行|开展|開展|组织|組織|启动|啟動|开幕|開幕"
    r"|来到|來到|深入|前往|走进|走進|莅临|蒞臨|调研|調研|视察|視察|慰问|慰問|看望)"
)
#: An event looked forward to (以优异成绩迎接…胜利召开): a purpose, not the act.
_AWAITED: Final = re.compile(r"迎接|喜迎|迎來|迎来")
#: ``X(在Y)(隆重)召开。``: the subject X names the event (主持召开 has its
#: object before it: 县长某某主持召开。 names no event).
_HELD: Final = re.compile(
    rf"^(?P<x>.+?)(?:在[^,。在]{{1,20}})?(?:{HELD_MANNER})?"
    r"(?<!主持)(?:召开|召開|举办|舉辦|举行|舉行|开幕|開幕)[。;]?$"
)
#: Characters of the lead words that stand in for a title.
_LEAD_WORDS: Final = 30


def _opens_no_event(clause: str) -> bool:
    """A lead's opening clause that only sets the time or frame (连日来, 在…里)."""
    core = _cjk(clause)
    return core in _NO_TITLE or core.endswith(_WHEN) or _FRAME.match(clause) is not None


def _acts(clause: str) -> bool:
    """A clause that tells an act, not one still to come that a purpose run looks to (迎接…召开)."""
    return _ACT.search(clause) is not None and _AWAITED.search(clause) is None


def _lead_words(summary: str) -> str:
    """
    The lead's words that stand in for a title: after its openers, or its held subject.

    Opening clauses that name no event (a time word 连日来, a frame 在…里, a
    purpose run 为…, up to the clause that tells an act) are passed over;
    a clause left that is only ``X(在Y)召开`` gives X. A lead that is all
    openers stays as printed.
    """
    text = _LABEL.sub("", summary, count=1)
    clauses = text.split(",")
    start = 0
    while start < len(clauses) - 1:
        if _PURPOSE.match(clauses[start]):
            acts = (k for k in range(start + 1, len(clauses)) if _acts(clauses[k]))
            start = next(acts, start)
            break
        if not _opens_no_event(clauses[start]):
            break
        start += 1
    held = _HELD.match(clauses[start])
    if held is not None and len(_cjk(held["x"])) > _MIN_CLAUSE:
        return held["x"][:_LEAD_WORDS]
    return ",".join(clauses[start:])[:_LEAD_WORDS]


def _candidates(title: str, headline: str, summary: str) -> Iterator[tuple[str, str]]:
    """The title's candidates in order, each read only when reached (the lead words last)."""
    yield title.strip(), "title"
    yield headline, "headline"
    yield _lead_words(summary), "summary"


def chosen_title(title: str, headline: str, summary: str) -> tuple[str, str]:
    """
    The event's title and where it comes from (``title``, ``headline``, ``summary``).

    The lead's title first; one that names no event gives way to the
    headline, then to the lead's opening words; if all are such, the first
    printed one stays.
    """
    # The lead words are read only when the title and the headline name no event.
    first: tuple[str, str] | None = None
    for text, where in _candidates(title, headline, summary):
        if not text:
            continue
        first = first or (text, where)
        # Lead words that open with the title's own clause add nothing to it
        # (a numbering 3., a quote's first word or 连日来 is no clause).
        clause = len(_cjk(title)) > _MIN_CLAUSE
        again = where == "summary" and clause and text.startswith(title.strip())
        if not again and not _names_no_event(text):
            return text, where
    return first or ("", "title")
