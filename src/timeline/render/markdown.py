"""
Markdown: a section per day, a subsection per event, facts as a list.

The text is escaped so that a title such as ``*重要*`` or ``<b>`` stays
literal text in any CommonMark renderer; headings and list markers are ours
and never come from the data.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from timeline.render import _labels as lb

if TYPE_CHECKING:
    from timeline.model import Event
    from timeline.timeline import Timeline

__all__ = ["MarkdownRenderer", "escape_markdown"]

# Punctuation CommonMark treats as markup anywhere in a line; "(" only
# matters after "]", which is escaped, so Chinese "(…)" stays readable.
_SPECIAL: Final = re.compile(r"([\\`*_{}\[\]<>#|~&])")
# ... and what only matters at the start of a block: list markers.
_LEADING: Final = re.compile(r"^(\d+)([.)])|^([-+=])")
_SPACES: Final = re.compile(r"\s+")


def escape_markdown(text: str) -> str:
    """Backslash-escape markup characters; fold line breaks into spaces; controls as U+FFFD."""
    escaped = _SPECIAL.sub(r"\\\1", lb.printable(_SPACES.sub(" ", text).strip()))
    return _LEADING.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", escaped)


@attrs.frozen(kw_only=True)
class MarkdownRenderer:
    """
    Renders a timeline as a Markdown document.

    Attributes:
        title: The document's level-1 heading.
    """

    title: str = "时间线"

    def __call__(self, timeline: Timeline, /) -> bytes:
        """Render ``timeline`` as UTF-8 Markdown, one ``##`` section per day."""
        out = [f"# {escape_markdown(self.title)}", ""]
        for day, events in timeline.by_day():
            out += [f"## {lb.day_heading(day)}", ""]
            for event in events:
                time = lb.time_text(event, day, timeline.zone)
                out += [f"### {escape_markdown(time)} · {escape_markdown(event.title)}", ""]
                out += _facts(event)
                out.append("")
        return "\n".join(out).rstrip("\n").encode() + b"\n"


def _facts(event: Event) -> list[str]:
    lines = [f"- {lb.KIND_LABEL}: {lb.kinds_text(event)}"]
    if event.locations:
        lines.append(f"- {lb.PLACE_LABEL}: {escape_markdown(lb.place_text(event))}")
    lines.extend(
        f"- {lb.ROLE_LABELS[role]}: {escape_markdown('、'.join(names))}"
        for role, names in lb.roles(event, byline=False)
    )
    lines.extend(
        f"- {lb.HEADCOUNT_LABEL}: {escape_markdown(lb.headcount_text(h))}" for h in event.headcounts
    )
    if event.source is not None:
        byline = lb.byline_text(event)
        source = f"《{escape_markdown(event.source.headline)}》"
        lines.append(
            f"- {lb.SOURCE_LABEL}: {source}" + (f" {escape_markdown(byline)}" if byline else "")
        )
    if event.summary.strip():
        lines += ["", f"> {escape_markdown(event.summary)}"]
    return lines
