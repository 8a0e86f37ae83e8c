"""
Background speeches: a report that tells only the speech the next one responds to.

A page may open with the speech its report responds to, told on its own
earlier day: ``9月30日,收听收看了…的讲话,某某坐不住了。`` before the next
day's tour, or ``5月16日,某领导…考察,并作出一系列重要指示。`` before the
meeting that ``传达学习…重要指示精神``. The layout splits that day off as a
report of its own; the speech is background, not an event of the page.
(``_report``'s occasions are another thing: the 在…之际 clause of a lead.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from timeline.extract import _years as years
from timeline.extract._text import simplify
from timeline.model import Role

if TYPE_CHECKING:
    import datetime as dt

    from timeline.extract._report import Draft

__all__ = ["without_background"]

#: A speech heard (收听收看了…讲话) as the lead's first words, in one clause:
#: a subject before it (全县干部, 县长王五在分会场) hears it at a sitting or on
#: an act of its own, and a clause break parts 收听群众意见 from 发表讲话.
_SPEECH_HEARD: Final = re.compile(r"\s*(?:收听|收看|聆听)[^。;,]{0,40}讲话")
#: An act of the lead's own after the speech heard (随后…主持召开…会议).
_OWN_ACT: Final = re.compile(
    r"调研|考察|视察|检查|察看|看望|慰问|走访|主持|召开|举行|出席|参加|督导|督查|部署|座谈"
)
#: A speech or instructions given (作出一系列重要指示, 发表重要讲话).
_SPEECH_GIVEN: Final = re.compile(r"(?:作出|做出|发表)[^。;,]{0,10}(?:指示|讲话)")
#: A sitting of one's own where the speech is given is an event of its own
#: (县委召开…会议,县委书记发表重要讲话).
_OWN_SITTING: Final = re.compile(r"召开|举行|组织|集中|中心组|学习会|会议上")
#: A report that takes up a speech's or instructions' message (传达学习…精神).
_TAKES_UP: Final = re.compile(r"(?:传达|学习|贯彻)[^。]{0,60}精神")
#: A tour the instructions were given on, which the message studied may name
#: (传达学习…在某市考察时的重要指示精神).
_TOUR: Final = re.compile(r"考察|调研|视察|检查")
#: A lead's title of the page's own level (县委书记, 区长, 镇党委书记): the
#: instructions such a lead gives on a tour are the tour's, studied after or not.
_LOCAL_TITLE: Final = re.compile(r"[县区镇乡旗]")
#: Days a speech heard or given stays the background of the report after it.
_BACKGROUND_DAYS: Final = 7


def _days_before(first: Draft, then: Draft, published: dt.date) -> int | None:
    """How many days ``first``'s date lies before ``then``'s, each in the year it falls in."""
    a = years.start_day(first.mention, first.anchor, published)
    b = years.start_day(then.mention, then.anchor, published)
    return None if a is None or b is None else (b - a).days


def _background_speech(draft: Draft, then: Draft, published: dt.date) -> bool:
    """
    Whether ``draft`` tells only the speech behind the report after it.

    A speech heard is background only when hearing it is all the lead
    tells: a sitting of one's own that hears it (``中心组集中收听收看``) is a
    study, and a visit or a meeting where a speech is heard is the visit's or
    the meeting's. Instructions or a speech given are background only when
    the next report studies that message by its giver's name or its tour
    (传达学习某领导在某市考察时的重要指示精神): given at a sitting of one's
    own, by a lead of the page's own level, or on a tour nobody takes up
    after, they are that sitting's or that tour's.
    """
    if then.report.marker or draft.report.part != "report" or then.report.part != "report":
        return False
    lead = simplify(draft.summary)
    heard = _SPEECH_HEARD.match(lead)
    if heard is not None:
        told = _OWN_ACT.search(lead, heard.end()) is None
    else:
        told = _given_and_studied(draft, lead, simplify(then.summary))
    # The dates last: resolving them costs more than reading the leads.
    gap = _days_before(draft, then, published) if told else None
    return gap is not None and 0 < gap <= _BACKGROUND_DAYS


def _given_and_studied(draft: Draft, lead: str, then: str) -> bool:
    """Whether ``lead`` gives only the message the next lead ``then`` studies."""
    given = _SPEECH_GIVEN.search(lead)
    if given is None or _OWN_SITTING.search(lead) is not None:
        return False
    people = [m for _, m in draft.facts.people]
    if any(m.role is Role.LEADS and _LOCAL_TITLE.search(m.title) for m in people):
        return False
    taken = _TAKES_UP.search(then)
    if taken is None:
        return False
    # The message studied is this one: it names the giver or the tour.
    named = {m.name for m in people} | set(_TOUR.findall(lead, 0, given.start()))
    return any(word in taken[0] for word in named)


def without_background(drafts: list[Draft], published: dt.date, warnings: list[str]) -> list[Draft]:
    """
    The drafts, less those that tell only the speech behind the next one (with a warning).

    ``published`` gives the year of each date that prints none.
    """
    kept: list[Draft] = []
    for k, draft in enumerate(drafts):
        if k + 1 < len(drafts) and _background_speech(draft, drafts[k + 1], published):
            warnings.append(
                f"report at offset {draft.report.span[0]}: tells the speech behind the report"
                " after it (heard or given); background, no event"
            )
            continue
        kept.append(draft)
    return kept
