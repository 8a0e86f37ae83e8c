"""
Words the human-facing renderers share, and the facts of an event in order.

Weekdays, kinds, roles, and per event its time, places and people by role.

Text, Markdown, TimelineJS and HTML all say the same things about an event;
keeping the wording here keeps them in step.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import TYPE_CHECKING, Final, cast

import attrs
from wcwidth import wcwidth

from timeline._lang import choose_lang
from timeline.model import BYLINE_ROLES, Event, EventKind, Headcount, Role

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from zoneinfo import ZoneInfo


def printable(text: str) -> str:
    """
    ``text`` with each control character (and lone surrogate) as U+FFFD.

    Output meant for terminals (text, and Markdown read with ``cat``) must
    not pass on the data's ESC, BEL or C1 controls: they would move the
    cursor or start an escape, and a hostile title could repaint the screen.
    """
    return "".join(
        "\ufffd" if unicodedata.category(c) in {"Cc", "Cs"} or wcwidth(c) < 0 else c for c in text
    )


#: Bidirectional formatting characters (embeddings, overrides, isolates and
#: marks). Shown raw they reorder what follows them on screen ("Trojan
#: Source"), so a title could display as something it is not.
_BIDI: Final = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def visible(text: str) -> str:
    """
    ``text`` safe to show: controls as U+FFFD, bidi controls as ``<U+202E>``.

    ``printable`` keeps a terminal's state; marking the bidi controls
    also keeps the reading order, and shows the reader that they were there.
    """
    return "".join(f"<U+{ord(c):04X}>" if c in _BIDI else c for c in printable(text))


@attrs.frozen(kw_only=True)
class Labels:
    """
    The words of one language that the renderers print.

    Attributes:
        lang: The language's BCP 47 tag (``zh``, ``en``).
        html_lang: The tag an HTML page declares (``zh-CN``, ``en``).
        weekdays: Monday first.
        all_day: The time column of an all-day event.
        kinds: A label per kind.
        roles: A label per role.
        place: Label of the places line.
        headcount: Label of a headcount line.
        source: Label of the source line.
        kind: Label of the kinds line.
        person: Label of the person filter.
        list_sep: Between the items of a list of names.
        qualified: A name with what qualifies it, ``{name}`` and ``{detail}``:
            a person's title (``Anna Schmidt (Chair)``) or a place's area.
        continued: Marks a multi-day event's later days.
        document: The default heading of a document.
        events: ``{n}`` events, for a count.
        no_events: What a page with no events says.
        all_values: The "any" choice of a filter.
        clear: The button that clears the filters.
        shown: ``{shown} / {total}`` events, for the filtered count.
    """

    lang: str
    html_lang: str
    weekdays: tuple[str, ...]
    all_day: str
    kinds: Mapping[EventKind, str]
    roles: Mapping[Role, str]
    place: str
    headcount: str
    source: str
    kind: str
    person: str
    list_sep: str
    qualified: str
    continued: str
    document: str
    events: str
    no_events: str
    all_values: str
    clear: str
    shown: str


ZH: Final = Labels(
    lang="zh",
    html_lang="zh-CN",
    weekdays=("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
    all_day="全天",
    kinds={
        EventKind.MEETING: "会议",
        EventKind.STUDY: "学习",
        EventKind.INSPECTION: "调研",
        EventKind.VISIT: "走访慰问",
        EventKind.OBSERVATION: "观摩",
        EventKind.ELECTION: "选举",
        EventKind.CONTEST: "比赛",
        EventKind.OTHER: "其他",
    },
    roles={
        Role.LEADS: "带队",
        Role.ACCOMPANIES: "陪同",
        Role.TAKES_PART: "参加",
        Role.SPEAKS: "发言",
        Role.JUDGES: "评分",
        Role.GUIDES: "指导",
        Role.ELECTED: "当选",
        Role.ORGANISES: "主办",
        Role.REPORTS: "记者",
        Role.CORRESPONDENT: "通讯员",
    },
    place="地点",
    headcount="人数",
    source="来源",
    kind="类型",
    person="人物",
    list_sep="、",
    # Full-width text takes its brackets without a space: 李晓雷(区委副书记、区长).
    qualified="{name}({detail})",
    continued="续",
    document="时间线",
    events="{n} 件",
    no_events="无事件",
    all_values="全部",
    clear="清除",
    shown="显示 {shown} / {total} 件",
)

EN: Final = Labels(
    lang="en",
    html_lang="en",
    weekdays=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    all_day="all day",
    kinds={
        EventKind.MEETING: "meeting",
        EventKind.STUDY: "study",
        EventKind.INSPECTION: "inspection",
        EventKind.VISIT: "visit",
        EventKind.OBSERVATION: "observation",
        EventKind.ELECTION: "election",
        EventKind.CONTEST: "contest",
        EventKind.OTHER: "other",
    },
    roles={
        Role.LEADS: "Led by",
        Role.ACCOMPANIES: "Accompanied by",
        Role.TAKES_PART: "Taking part",
        Role.SPEAKS: "Speaking",
        Role.JUDGES: "Judges",
        Role.GUIDES: "Guided by",
        Role.ELECTED: "Elected",
        Role.ORGANISES: "Organised by",
        Role.REPORTS: "Reporter",
        Role.CORRESPONDENT: "Correspondent",
    },
    place="Where",
    headcount="Headcount",
    source="Source",
    kind="Kind",
    person="Person",
    list_sep=", ",
    qualified="{name} ({detail})",
    continued="continued",
    document="Timeline",
    events="{n} events",
    no_events="no events",
    all_values="all",
    clear="Clear",
    shown="{shown} / {total} events shown",
)

#: Every label table by language tag.
LANGUAGES: Final = {"zh": ZH, "en": EN}

# The Chinese tables under their old names: the query parser accepts 调研 for
# inspection whatever language the output is in.
WEEKDAYS: Final = ZH.weekdays
ALL_DAY: Final = ZH.all_day
KIND_LABELS: Final = ZH.kinds
ROLE_LABELS: Final = ZH.roles


def check_lang(_instance: object, _attribute: object, value: str | None) -> None:
    """An attrs validator: ``value`` is ``None`` or a language with a table."""
    if value is not None:
        labels_for(value)


def labels_for(lang: str | None, events: Iterable[Event] = ()) -> Labels:
    """
    The label table for ``lang`` (``zh``, ``en``, ``zh-CN``, ``en_GB.UTF-8``), or for the data.

    Raises:
        QueryError: For a language without a table.
    """
    return LANGUAGES[choose_lang(lang, events)]


def day_heading(day: dt.date, labels: Labels = ZH) -> str:
    """``2020-05-25 周一``."""
    return f"{day.isoformat()} {labels.weekdays[day.weekday()]}"


def kinds_text(event: Event, labels: Labels = ZH) -> str:
    """The kinds in the labels' language, main kind first: ``观摩、会议``."""
    kinds = event.kinds or (EventKind.OTHER,)
    return labels.list_sep.join(labels.kinds[k] for k in kinds)


def time_text(event: Event, day: dt.date, zone: ZoneInfo, labels: Labels = ZH) -> str:
    """
    The time column of ``event`` on ``day``: ``全天``, ``09:00``, ``09:00-11:30``.

    On its first day an event that runs into later days says how many:
    ``22:00-04:00 (+1)``, ``全天 (+2)``. A timed event that started on an
    earlier day shows ``…`` for its start (as khal does for continuing
    events), and ``…`` for an end on a later day still.
    """
    if not isinstance(event.start, dt.datetime):
        more = (event.end - event.start).days - 1
        return f"{labels.all_day} (+{more})" if event.start == day and more > 0 else labels.all_day
    start = event.start.astimezone(zone)
    end = cast("dt.datetime", event.end).astimezone(zone)
    if start.date() < day:
        return f"…-{end:%H:%M}" if end.date() == day else "…"
    if end == start:
        return f"{start:%H:%M}"
    later = (end.date() - start.date()).days
    return f"{start:%H:%M}-{end:%H:%M}" + (f" (+{later})" if later else "")


def continues(event: Event, day: dt.date, first_shown: dict[int, dt.date]) -> bool:
    """
    Whether ``day`` is a later day of an event already shown in full.

    A renderer calls this once per (event, day) in day order; it remembers
    in ``first_shown`` where each event was first drawn, so a multi-day
    event is drawn in full once and as a one-line continuation afterwards
    (also when a window starts in the middle of it).
    """
    return first_shown.setdefault(id(event), day) != day


def stops(event: Event, labels: Labels = ZH) -> list[str]:
    """Tour stops in visiting order, each with its area: ``A(棉纺路街道)``, ``Clubhaus (Mitte)``."""
    return [
        labels.qualified.format(name=loc.name, detail=loc.shown_area)
        if loc.shown_area
        else loc.name
        for loc in event.locations
    ]


def place_text(event: Event, labels: Labels = ZH) -> str:
    """Tour stops in visiting order, each with its area: ``A(棉纺路街道) → B``."""
    return " → ".join(stops(event, labels))


def person_text(name: str, title: str, labels: Labels = ZH) -> str:
    """``李晓雷(区委副书记、区长)``, ``Anna Schmidt (Chair)``, or the bare name without a title."""
    return labels.qualified.format(name=name, detail=title) if title else name


def roles(event: Event, *, byline: bool, labels: Labels = ZH) -> list[tuple[Role, list[str]]]:
    """
    People and bodies grouped by role, in [`Role`][timeline.Role] order.

    Args:
        event: The event.
        byline: Include the reporters (otherwise only those taking part).
        labels: The language whose form a name with its title takes.
    """
    grouped: list[tuple[Role, list[str]]] = []
    # Who convened it reads first, then who led; the rest in Role order.
    order = [
        Role.ORGANISES,
        Role.LEADS,
        *(r for r in Role if r not in {Role.ORGANISES, Role.LEADS}),
    ]
    for role in order:
        if (role in BYLINE_ROLES) != byline:
            continue
        names = [
            person_text(p.person.name, p.person.title, labels)
            for p in event.people
            if p.role is role
        ]
        names += [
            d.organisation.name + d.representatives for d in event.delegations if d.role is role
        ]
        if names:
            grouped.append((role, names))
    return grouped


def headcount_text(count: Headcount) -> str:
    """``50余人 (各街道…)``: the printed phrase and who was counted."""
    number = count.text or f"{count.count}{count.unit}"
    return f"{number} ({count.counted})" if count.counted else number


def byline_text(event: Event, labels: Labels = ZH) -> str:
    """``记者 张改华 通讯员 张黎、张光明``; empty without a byline."""
    return " ".join(
        f"{labels.roles[role]} {labels.list_sep.join(names)}"
        for role, names in roles(event, byline=True, labels=labels)
    )
