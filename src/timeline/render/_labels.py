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

from wcwidth import wcwidth

from timeline.model import BYLINE_ROLES, Event, EventKind, Headcount, Role

if TYPE_CHECKING:
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


WEEKDAYS: Final = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")

#: The label of an all-day event's time column.
ALL_DAY: Final = "全天"

KIND_LABELS: Final = {
    EventKind.MEETING: "会议",
    EventKind.STUDY: "学习",
    EventKind.INSPECTION: "调研",
    EventKind.VISIT: "走访慰问",
    EventKind.OBSERVATION: "观摩",
    EventKind.ELECTION: "选举",
    EventKind.CONTEST: "比赛",
    EventKind.OTHER: "其他",
}

ROLE_LABELS: Final = {
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
}

PLACE_LABEL: Final = "地点"
HEADCOUNT_LABEL: Final = "人数"
SOURCE_LABEL: Final = "来源"
KIND_LABEL: Final = "类型"


def day_heading(day: dt.date) -> str:
    """``2020-05-25 周一``."""
    return f"{day.isoformat()} {WEEKDAYS[day.weekday()]}"


def kinds_text(event: Event) -> str:
    """The kinds in Chinese, main kind first: ``观摩、会议``."""
    kinds = event.kinds or (EventKind.OTHER,)
    return "、".join(KIND_LABELS[k] for k in kinds)


def time_text(event: Event, day: dt.date, zone: ZoneInfo) -> str:
    """
    The time column of ``event`` on ``day``: ``全天``, ``09:00``, ``09:00-11:30``.

    A timed event that started on an earlier day shows ``…`` for its start
    (as khal does for continuing events).
    """
    if not isinstance(event.start, dt.datetime):
        return ALL_DAY
    start = event.start.astimezone(zone)
    end = cast("dt.datetime", event.end).astimezone(zone)
    first = "…" if start.date() < day else start.strftime("%H:%M")
    if end == start:
        return first
    last = end.strftime("%H:%M") if end.date() == day else "…"
    return f"{first}-{last}"


def place_text(event: Event) -> str:
    """Tour stops in visiting order, each with its area: ``A(棉纺路街道) → B``."""
    return " → ".join(loc.label for loc in event.locations)


def person_text(name: str, title: str) -> str:
    """``李晓雷(区委副书记、区长)``, or the bare name without a title."""
    return f"{name}({title})" if title else name


def roles(event: Event, *, byline: bool) -> list[tuple[Role, list[str]]]:
    """
    People and bodies grouped by role, in :class:`Role` order.

    Args:
        event: The event.
        byline: Include the reporters (otherwise only those taking part).
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
        names = [person_text(p.person.name, p.person.title) for p in event.people if p.role is role]
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


def byline_text(event: Event) -> str:
    """``记者 张改华 通讯员 张黎、张光明``; empty without a byline."""
    return " ".join(
        f"{ROLE_LABELS[role]} {'、'.join(names)}" for role, names in roles(event, byline=True)
    )
