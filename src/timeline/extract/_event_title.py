"""
The event's title: the lead's, the headline's, or the lead's first words.

A lead's subject rule may take for a title what names no event (a time
word, page furniture, a quotation's first words, a frame such as
``在…之际``); such a title gives way to the headline, then to the lead's
opening words.
"""

from __future__ import annotations

import re
from typing import Final

from timeline.extract._text import CJK

__all__ = ["chosen_title"]


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
    core = "".join(CJK.findall(title))
    if len(core) < 2 or core in _NO_TITLE:  # noqa: PLR2004 - a word
        return True
    if _FURNITURE.search(core) and len(_FURNITURE.sub("", core)) < _MIN_BESIDES:
        return True  # 浏览量:1, 【 打印 】; a headline glued to 语音播报 still names its event
    if core.endswith((*_WHEN, *_MANNER)) or _FRAME.match(title):
        return True  # 在植树节到来之际 dates the event; 以…的方式 tells how it went
    opened = _SPEAKER_CUT.sub("", title)  # a headline cut after its speaker (:“…)
    close = _QUOTES.get(opened[:1])
    return close is not None and close not in opened


def chosen_title(title: str, headline: str, summary: str) -> tuple[str, str]:
    """
    The event's title and where it comes from (``title``, ``headline``, ``summary``).

    The lead's title first; one that names no event gives way to the
    headline, then to the lead's opening words; if all are such, the first
    printed one stays.
    """
    found = [
        (text, where)
        for text, where in (
            (title.strip(), "title"),
            (headline, "headline"),
            (_LABEL.sub("", summary, count=1)[:30], "summary"),
        )
        if text
    ]
    for text, where in found:
        # Lead words that open with the title's own clause add nothing to it
        # (a numbering 3., a quote's first word or 连日来 is no clause).
        clause = len(CJK.findall(title)) > _MIN_CLAUSE
        again = where == "summary" and clause and text.startswith(title.strip())
        if not again and not _names_no_event(text):
            return text, where
    return found[0] if found else ("", "title")
