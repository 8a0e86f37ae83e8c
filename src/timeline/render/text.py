"""
Terminal text: a heading per day, then each event with its people and places.

Widths are display widths (a CJK character takes two columns), measured with
``wcwidth``, never ``len()``.
"""

from __future__ import annotations

import datetime as dt

import attrs
from wcwidth import wcswidth

from timeline.model import Event, Role
from timeline.timeline import Timeline

__all__ = ["TextRenderer", "display_width"]

_WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
_ROLE_LABELS = {
    Role.LEADS: "主持/带队",
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


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal (CJK counts two)."""
    width = wcswidth(text)
    return width if width >= 0 else sum(max(wcswidth(c), 0) for c in text)


def _event_lines(event: Event) -> list[str]:
    lines = [f"{event.title}  [{'+'.join(str(k) for k in event.kinds)}]"]
    if event.locations:
        lines.append("地点: " + " → ".join(loc.name for loc in event.locations))
    for role in Role:
        names = [
            (p.person.title + p.person.name) for p in event.people if p.role is role
        ] + [
            d.organisation.name + d.representatives for d in event.delegations if d.role is role
        ]
        if names:
            lines.append(f"{_ROLE_LABELS[role]}: " + "、".join(names))
    lines.extend(f"人数: {h.text or h.count} {h.counted}".rstrip() for h in event.headcounts)
    return lines


@attrs.frozen(kw_only=True)
class TextRenderer:
    """
    Renders a timeline for a terminal.

    Attributes:
        width: Reserved for wrapping; lines are not wrapped yet.
    """

    width: int = 80

    def __call__(self, timeline: Timeline, /) -> bytes:
        """Render ``timeline`` as UTF-8 text."""
        out: list[str] = []
        day: dt.date | None = None
        for event in timeline:
            start = event.start
            local_day = (
                start.astimezone(timeline.zone).date() if isinstance(start, dt.datetime) else start
            )
            if local_day != day:
                day = local_day
                if out:
                    out.append("")
                out.append(f"{day.isoformat()} {_WEEKDAYS[day.weekday()]}")
            time = (
                start.astimezone(timeline.zone).strftime("%H:%M")
                if isinstance(start, dt.datetime)
                else "全天"
            )
            body = _event_lines(event)
            pad = " " * (2 + display_width(time) + 2)
            out.append(f"  {time}  {body[0]}")
            out.extend(pad + line for line in body[1:])
        return ("\n".join(out) + "\n").encode()
