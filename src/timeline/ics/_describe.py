"""
DESCRIPTION: a readable account of an event, and the summary read back from one.

A feed's DESCRIPTION is the event's summary, then its facts (who took
part in which role, where, how many, the source) in Chinese or English
(``Words``). A reader gets the summary back by removing those facts
(``summary_from``), so the summary travels once; ``needs_summary`` says
when writing altered it and it must travel in X-TIMELINE-SUMMARY too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import attrs

from timeline.ics._text import display
from timeline.model import Delegation, Event, Participant, Role, Source

__all__ = [
    "EN_WORDS",
    "WORDS",
    "ZH_WORDS",
    "Words",
    "describe",
    "needs_summary",
    "summary_from",
]


#: How DESCRIPTION names each role, in the order it lists them.
@attrs.frozen(kw_only=True)
class Words:
    """
    The words of a DESCRIPTION's facts in one language.

    Attributes:
        lang: ``zh`` or ``en``.
        roles: A label per role, in the order the facts list them.
        place: Label of the places line.
        headcount: Label of a headcount line.
        source: Label of the source line.
        colon: Between a label and its value.
        list_sep: Between names.
        precision: What follows a headcount printed without its own text.
        qualified: A name with its title: ``{name}`` and ``{detail}``.
    """

    lang: str
    roles: Mapping[Role, str]
    place: str
    headcount: str
    source: str
    colon: str
    list_sep: str
    precision: Mapping[str, str]
    qualified: str


# Each label beside its translation: (zh, en).
_ROLE_WORDS: Final = {
    Role.ORGANISES: ("主办", "Organised by"),
    Role.LEADS: ("带队", "Led by"),
    Role.ACCOMPANIES: ("陪同", "Accompanied by"),
    Role.TAKES_PART: ("参加", "Taking part"),
    Role.SPEAKS: ("发言", "Speaking"),
    Role.JUDGES: ("评审", "Judges"),
    Role.GUIDES: ("指导", "Guided by"),
    Role.ELECTED: ("当选", "Elected"),
    # Only in a byline, never among participants, but listed for totality.
    Role.REPORTS: ("记者", "Reporter"),
    Role.CORRESPONDENT: ("通讯员", "Correspondent"),
}
_PRECISION_WORDS: Final = {
    "exact": ("", ""),
    "at_least": ("以上", " or more"),
    "about": ("左右", " about"),
}
_WORDS: Final = {
    "place": ("地点", "Where"),
    "headcount": ("人数", "Headcount"),
    "source": ("来源", "Source"),
    "colon": ("：", ": "),
    "list_sep": ("、", ", "),
    "qualified": ("{name}({detail})", "{name} ({detail})"),
}


def _words(lang: str, column: int) -> Words:
    return Words(
        lang=lang,
        roles={role: pair[column] for role, pair in _ROLE_WORDS.items()},
        precision={key: pair[column] for key, pair in _PRECISION_WORDS.items()},
        **{field: pair[column] for field, pair in _WORDS.items()},
    )


ZH_WORDS: Final = _words("zh", 0)
EN_WORDS: Final = _words("en", 1)

#: The DESCRIPTION words by language (the languages of ``timeline._lang``).
WORDS: Final = {"zh": ZH_WORDS, "en": EN_WORDS}


def _person_label(p: Participant, words: Words) -> str:
    title = p.person.title
    return words.qualified.format(name=p.person.name, detail=title) if title else p.person.name


def _delegation_label(d: Delegation) -> str:
    return d.organisation.name + d.representatives


def describe(event: Event, words: Words = ZH_WORDS) -> str:
    """A readable account of the event for DESCRIPTION: its summary, then its facts."""
    facts = _fact_lines(event, words)
    if event.summary:
        facts.insert(0, event.summary)
    return display("\n".join(facts))


def _fact_lines(event: Event, words: Words) -> list[str]:
    """The facts DESCRIPTION lists after the summary: who, where, how many, whence."""
    colon = words.colon
    lines = _role_lines(event, words)
    if event.locations:
        stops = [x.label for x in event.locations]
        lines.append(f"{words.place}{colon}{' → '.join(stops)}")
    for h in event.headcounts:
        text = h.text or f"{h.count}{h.unit}{words.precision[h.precision]}"
        lines.append(f"{words.headcount}{colon}{text}{f'({h.counted})' if h.counted else ''}")
    if event.source is not None:
        lines.extend(_source_lines(event.source, words))
    return lines


def _role_lines(event: Event, words: Words) -> list[str]:
    """One line per role taken, in the words' order: the people and bodies taking it."""
    by_role: dict[Role, list[str]] = {}
    for p in event.participants:
        by_role.setdefault(p.role, []).append(_person_label(p, words))
    for d in event.delegations:
        by_role.setdefault(d.role, []).append(_delegation_label(d))
    if not by_role:
        return []
    colon, sep = words.colon, words.list_sep
    return [
        f"{label}{colon}{sep.join(by_role[role])}"
        for role, label in words.roles.items()
        if role in by_role
    ]


def _source_lines(source: Source, words: Words) -> list[str]:
    """The byline (reporters, then correspondents) and the source itself."""
    colon = words.colon
    lines = []
    for role in (Role.REPORTS, Role.CORRESPONDENT):
        names = [p.person.name for p in source.byline if p.role is role]
        if names:
            lines.append(f"{words.roles[role]}{colon}{' '.join(names)}")
    paper = f"《{source.publication}》" if source.publication else ""
    published = source.published.isoformat()
    lines.append(f"{words.source}{colon}{paper}{source.headline}({published})")
    return lines


def needs_summary(event: Event, description: str) -> bool:
    r"""
    Whether the summary must travel in X-TIMELINE-SUMMARY.

    DESCRIPTION is the summary, a line break and the facts the other
    properties hold, so a reader gets the summary back by removing those
    facts (``summary_from``), and a feed need not carry it twice. That
    fails only when writing altered the text: display text replaces some
    characters, and TEXT escaping reads a literal ``\N`` as a line break
    and turns a CR into one. The summary then travels on its own, as JSON.

    ``description`` is ``describe`` of the event, which already ran the
    summary through ``display``; display text keeps its length (or
    drops a leading U+FEFF), so it left the summary alone exactly when
    ``description`` still starts with it.
    """
    return not description.startswith(event.summary) or "\\N" in description or "\r" in description


def summary_from(description: str, event: Event) -> str:
    """
    The summary a DESCRIPTION carries, given the event's other facts.

    ``event`` is the event read back without its summary. A DESCRIPTION that
    does not end in the event's facts was written by someone else: all of
    it is kept, as the summary, rather than dropped.
    """
    # The facts were written in one of the languages; which one is not said.
    for words in WORDS.values():
        facts = display("\n".join(_fact_lines(event, words)))
        if not facts:
            return description
        if description == facts:
            return ""
        if description.endswith("\n" + facts):
            return description[: -len(facts) - 1]
    return description
