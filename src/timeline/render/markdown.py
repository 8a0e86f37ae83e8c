"""
Markdown: a section per day, a subsection per event, facts as a list.

The text is escaped so that a title such as ``*重要*`` or ``<b>`` stays
literal text in any CommonMark renderer; headings and list markers are ours
and never come from the data.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Final

import attrs

from timeline.render import _labels as lb

if TYPE_CHECKING:
    from timeline.model import Event
    from timeline.timeline import Timeline

# escape_markdown serves this renderer; it is not part of the public API.
__all__ = ["MarkdownRenderer"]

# Punctuation CommonMark treats as markup anywhere in a line; "(" only
# matters after "]", which is escaped, so Chinese "(…)" stays readable.
_SPECIAL: Final = re.compile(r"([\\`*_{}\[\]<>#|~&])")
# ... and what only matters at the start of a block: list markers.
_LEADING: Final = re.compile(r"^(\d+)([.)])|^([-+=])")
_SPACES: Final = re.compile(r"\s+")


def escape_markdown(text: str) -> str:
    """
    Backslash-escape markup characters; fold line breaks into spaces.

    Controls become U+FFFD and bidi controls a visible ``<U+202E>``, so
    neither a terminal showing the file nor a reader's eye is misled.
    """
    escaped = _SPECIAL.sub(r"\\\1", lb.visible(_SPACES.sub(" ", text).strip()))
    return _LEADING.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", escaped)


@attrs.frozen(kw_only=True)
class MarkdownRenderer:
    """
    Renders a timeline as a Markdown document.

    Attributes:
        title: The document's level-1 heading; ``None`` for the labels' own
            (``时间线``, ``Timeline``).
        lang: The labels' language (``zh``, ``en``); ``None`` follows the data.
    """

    title: str | None = None
    lang: str | None = attrs.field(default=None, validator=lb.check_lang)

    def __call__(self, timeline: Timeline, /) -> bytes:
        """Render ``timeline`` as UTF-8 Markdown, one ``##`` section per day."""
        labels = lb.labels_for(self.lang, timeline)
        title = labels.document if self.title is None else self.title
        out = [f"# {escape_markdown(title)}", ""]
        first_shown: dict[int, dt.date] = {}
        for day, events in timeline.by_day():
            out += [f"## {lb.day_heading(day, labels)}", ""]
            for event in events:
                time = escape_markdown(lb.time_text(event, day, timeline.zone, labels))
                if lb.continues(event, day, first_shown):
                    more = escape_markdown(f"{event.title} ({labels.continued})")
                    out += [f"### {time} · {more}", ""]
                    continue
                out += [f"### {time} · {escape_markdown(event.title)}", ""]
                out += _facts(event, labels)
                out.append("")
        return "\n".join(out).rstrip("\n").encode() + b"\n"


def _facts(event: Event, labels: lb.Labels) -> list[str]:
    lines = [f"- {labels.kind}: {lb.kinds_text(event, labels)}"]
    if event.locations:
        lines.append(f"- {labels.place}: {escape_markdown(lb.place_text(event, labels))}")
    lines.extend(
        f"- {labels.roles[role]}: {escape_markdown(labels.list_sep.join(names))}"
        for role, names in lb.roles(event, byline=False, labels=labels)
    )
    lines.extend(
        f"- {labels.headcount}: {escape_markdown(lb.headcount_text(h))}" for h in event.headcounts
    )
    if event.source is not None:
        byline = lb.byline_text(event, labels)
        source = f"《{escape_markdown(event.source.headline)}》"
        lines.append(
            f"- {labels.source}: {source}" + (f" {escape_markdown(byline)}" if byline else "")
        )
    if event.summary.strip():
        lines += ["", f"> {escape_markdown(event.summary)}"]
    return lines
