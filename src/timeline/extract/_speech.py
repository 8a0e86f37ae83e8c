"""
Speech and business: paragraphs that tell what was said or decided.

A speaker's clause (``会议指出,``, ``他强调:``) opens what was said, and a
meeting doing its business (``会议听取了``, ``全会决定,``) tells what it heard
or decided: the places such a paragraph names are what was talked of, not
stops or venues. ``speaker_verb`` finds the verb after which a sentence's lists
are told, not toured.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["opens_business", "opens_speech", "speaker_verb"]

#: What 称 after these is inside a word naming something, no one speaking
#: (简称“X”, 俗称, 又称, 号称).
_NOT_SAYING: Final = "简簡俗又号號统統堪被名"
#: A speaker's verb opening what was said (他指出,  X表示:  Y强调“…”).
_SAID: Final = re.compile(
    # (What may not precede 称 is looked behind after it: every alternative
    # then opens with a character, which the engine scans for.)
    rf"(?:指出|强调|強調|要求|表示|说|說|称(?<![{_NOT_SAYING}]称)|稱(?<![{_NOT_SAYING}]稱))[,:“\"]"
)
#: What makes the clause before the verb name a requirement or a source as
#: a thing, not a speaker (按照上级要求, 根据工作要求, 据介绍说, 的要求).
_AS_A_THING: Final = re.compile(r"[按照据依遵对结]")
#: Speaker's verbs looked at in one sentence (each looks back over its clause).
_MAX_SPEAKERS: Final = 3


def speaker_verb(text: str, end: int) -> re.Match[str] | None:
    """The first speaker's verb in ``text[:end]`` that ends a speaker's clause."""
    # Searched match by match: most texts hold no verb, and a search costs
    # less to set up than an iterator (a match is never empty: the next
    # search from its end is where an iterator goes on).
    m = _SAID.search(text, 0, end)
    for _ in range(_MAX_SPEAKERS):
        if m is None:
            return None
        start = max(text.rfind(c, 0, m.start()) for c in ",;:。") + 1
        if text[m.start() - 1 : m.start()] not in ("的", "作", "了") and not (
            _AS_A_THING.search(text, start, m.start())
        ):
            return m
        m = _SAID.search(text, m.end(), end)
    return None


#: Characters a speaker's clause may take before its verb (区委副书记、区长X强调).
_SPEAKER: Final = 24


def opens_speech(sentence: str) -> bool:
    """
    Whether ``sentence`` opens with a speaker's clause (``会议指出,``, ``他强调:``).

    A paragraph that opens so reports what was said: the places its
    sentences name are what the speaker talked of, not stops.
    """
    said = speaker_verb(sentence, _SPEAKER)
    return said is not None and not any(c in sentence[: said.start()] for c in ",。;")


#: A meeting as the subject of its business: 会议听取了…, 全会决定,…, 大会审议通过….
_BUSINESS: Final = re.compile(
    r"\s*(?:会议|全会|大会)(?:还|并|一致|认真|集中|首先)?"
    r"(?:听取|审议|传达|学习|研究|通报|部署|决定|认为|通过|指出|强调|要求|号召|讨论|总结|分析)"
)


def opens_business(sentence: str) -> bool:
    """
    Whether ``sentence`` opens with a meeting doing its business (``会议听取了``).

    A paragraph that opens so tells what the meeting heard, studied or
    decided: the places it names (another meeting's venue, a congress still
    to come, work to be done somewhere) are topics, not where it was held.
    """
    # (A plain look at its opening first: \s* strips what str.lstrip does.)
    opening = sentence.lstrip().startswith(("会议", "全会", "大会"))
    return opening and _BUSINESS.match(sentence) is not None
