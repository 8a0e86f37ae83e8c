"""
Terminal text, in the spirit of ``khal list``.

A heading per day (``2020-05-25 周一``), then that day's events: all-day
events first with ``全天`` in the time column, then timed events by start.
Each event shows its title and kinds, then one line each for its places
(tour stops in order), the people and bodies by role (with titles), its
headcounts and its source with byline.

Every width is a *display* width measured with ``wcwidth`` (a CJK character
takes two columns), never ``len()``: khal pads by code points and so
misaligns Chinese. Long lines wrap at ``width`` without splitting a wide
character, and continuation lines are indented; with ``wrap=False`` they are
cut with ``…`` instead. Colour (ANSI) is added only when ``color=True``; the
command line decides that from ``--color``, the terminal and ``NO_COLOR``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final, Literal

import attrs
from wcwidth import wcswidth, wcwidth

from timeline.errors import QueryError
from timeline.render import _labels as lb

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from timeline.model import Event
    from timeline.timeline import Timeline

# display_width, wrap, truncate and want_color serve this renderer and the CLI;
# they are not part of the public API, so they stay out of __all__.
__all__ = ["TextRenderer"]

#: Narrowest ``width`` the layout can honour (time column, indents, one CJK char).
MIN_WIDTH: Final = 16

_BOLD: Final = "\x1b[1m"
_CYAN: Final = "\x1b[36m"
_DIM: Final = "\x1b[2m"
_RESET: Final = "\x1b[0m"

_NO_BREAK_BEFORE: Final = frozenset("、，。；：！？）)]】》〉」』”’…,.;:!?")

_Style = Literal["heading", "title", "detail"]


def _char_width(char: str) -> int:
    width = wcwidth(char)
    return max(width, 0)


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal (CJK counts two, combining marks zero)."""
    width = wcswidth(text)
    return width if width >= 0 else sum(_char_width(c) for c in text)


def _tokens(text: str) -> list[str]:
    """Break opportunities: each wide char, each space, each run of narrow non-space chars."""
    tokens: list[str] = []
    for char in text:
        width = _char_width(char)
        if tokens and (width == 0 or char in _NO_BREAK_BEFORE):
            # A combining mark stays on its base character, and closing
            # punctuation never starts a line (the simplest kinsoku rule).
            tokens[-1] += char
        elif width == 2 or char == " " or not tokens:  # noqa: PLR2004 - a wide char
            tokens.append(char)
        else:
            last = tokens[-1]
            if last == " " or _char_width(last[0]) == 2:  # noqa: PLR2004 - a wide char
                tokens.append(char)
            else:
                tokens[-1] += char
    return tokens


def wrap(  # noqa: C901 - one greedy loop; splitting it hides the line state
    text: str | Sequence[str], width: int, *, indent: str = "", subsequent: str = ""
) -> list[str]:
    """
    Wrap ``text`` to lines of at most ``width`` display columns.

    Lines break between wide characters and at spaces; a narrow word longer
    than a line is cut between characters. A wide character is never split.
    Every line fits as long as ``subsequent`` leaves two columns free.

    Args:
        text: One logical line, without newlines; or its pieces, each kept
            whole on one line when it fits (a name, a stop of a tour).
        width: The display width of every resulting line (indent included).
        indent: Put before the first line.
        subsequent: Put before every continuation line.
    """
    lines: list[str] = []
    line, used = indent, display_width(indent)
    begin = used
    rest_width = display_width(subsequent)

    def can_break() -> bool:
        # Break after some text, or right after a first-line indent that is
        # wider than the continuation indent (then the text starts below).
        return used > begin or (not lines and begin > rest_width)

    def newline() -> None:
        nonlocal line, used, begin
        lines.append(line.rstrip(" "))
        line, used, begin = subsequent, rest_width, rest_width

    for token in _tokens(text) if isinstance(text, str) else text:
        size = display_width(token)
        if token == " ":  # noqa: S105 - a space, not a password
            if used + size > width:
                newline()
            elif used > begin:
                line += token
                used += size
            continue
        if used + size > width and can_break():
            newline()
        if used + size <= width:
            line += token
            used += size
            continue
        for char in _tokens_chars(token):
            char_size = display_width(char)
            if used + char_size > width and can_break():
                newline()
            line += char
            used += char_size
    lines.append(line.rstrip(" "))
    return lines


def _tokens_chars(token: str) -> list[str]:
    """Split a token into characters, keeping combining marks on their base."""
    chars: list[str] = []
    for char in token:
        if chars and _char_width(char) == 0:
            chars[-1] += char
        else:
            chars.append(char)
    return chars


def truncate(text: str, width: int, *, ellipsis: str = "…") -> str:
    """Cut ``text`` to ``width`` display columns, ending with ``ellipsis`` if cut."""
    if display_width(text) <= width:
        return text
    room = width - display_width(ellipsis)
    out, used = "", 0
    for char in _tokens_chars(text):
        size = display_width(char)
        if used + size > room:
            break
        out += char
        used += size
    return out + ellipsis


def want_color(
    choice: Literal["auto", "always", "never"], *, is_tty: bool, environ: Mapping[str, str]
) -> bool:
    """
    Decide whether to colour output.

    ``auto`` colours only a terminal, and never when ``NO_COLOR`` is set to a
    non-empty value (https://no-color.org). ``always`` and ``never`` are the
    user's explicit word and win over both.
    """
    if choice == "always":
        return True
    if choice == "never":
        return False
    return is_tty and not environ.get("NO_COLOR")


def _paint(text: str, code: str, *, color: bool) -> str:
    return f"{code}{text}{_RESET}" if color and text else text


@attrs.frozen(kw_only=True)
class TextRenderer:
    """
    Renders a timeline for a terminal.

    Attributes:
        width: The most display columns any line may take.
        color: Add ANSI colour (bold headings and titles, cyan times).
        wrap: Wrap long lines (continuation lines indented); when false, cut
            them with ``…``.
        lang: The labels' language (``zh``, ``en``); ``None`` follows the
            data (Chinese titles get Chinese labels).
    """

    width: int = attrs.field(default=80, validator=attrs.validators.instance_of(int))
    color: bool = False
    wrap: bool = True
    lang: str | None = attrs.field(default=None, validator=lb.check_lang)

    @width.validator
    def _check_width(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < MIN_WIDTH:
            msg = f"width must be an integer of at least {MIN_WIDTH} (got {value!r})"
            raise QueryError(msg, field=attribute.name)

    def __call__(self, timeline: Timeline, /) -> bytes:
        """Render ``timeline`` as UTF-8 text, one section per day."""
        labels = lb.labels_for(self.lang, timeline)
        out: list[str] = []
        first_shown: dict[int, dt.date] = {}
        for day, events in timeline.by_day():
            if out:
                out.append("")
            out.extend(self._lines(lb.day_heading(day, labels), "", "", "heading"))
            times = [lb.time_text(e, day, timeline.zone, labels) for e in events]
            column = max(display_width(t) for t in times)
            # On a narrow terminal the body indent must leave room for text.
            body = min(2 + column + 2, self.width // 3)
            for event, time in zip(events, times, strict=True):
                later = lb.continues(event, day, first_shown)
                out.extend(self._event(event, time, column, body, labels, later=later))
        return "".join(line + "\n" for line in out).encode()

    def _event(  # noqa: PLR0913 - the layout's columns, all computed by the caller
        self, event: Event, time: str, column: int, body: int, labels: lb.Labels, *, later: bool
    ) -> list[str]:
        pad = " " * (column - display_width(time))
        head = f"  {time}{pad}  "
        if display_width(head) > body:
            head = truncate(f"  {time}", body - 1) + " "
        head += " " * (body - display_width(head))
        if later:
            # A later day of an event drawn in full above: one line.
            title = lb.visible(f"{event.title} ({labels.continued})")
            return self._lines(title, head, " " * min(body + 2, self.width // 2), "title")[:1]
        title = lb.visible(f"{event.title} [{lb.kinds_text(event, labels)}]")
        lines = self._lines(title, head, " " * min(body + 2, self.width // 2), "title")
        indent = " " * body
        more = " " * min(body + 2, self.width // 2)
        for label, pieces in _details(event, labels):
            printable = [lb.visible(p) for p in pieces]
            lead = indent + label + ": "
            # A long label (English) on a narrow terminal must leave room for text.
            if display_width(lead) > self.width - 2:
                lead = truncate(lead, self.width - 2)
            lines.extend(self._lines(printable, lead, more, "detail"))
        return lines

    def _lines(
        self, text: str | list[str], indent: str, subsequent: str, style: _Style
    ) -> list[str]:
        if self.wrap:
            raw = wrap(text, self.width, indent=indent, subsequent=subsequent)
        else:
            raw = [truncate(indent + "".join(text), self.width)]
        if not self.color:
            return raw
        return [self._colour(line, style, first=i == 0) for i, line in enumerate(raw)]

    def _colour(self, line: str, style: _Style, *, first: bool) -> str:
        stripped = line.lstrip(" ")
        lead = line[: len(line) - len(stripped)]
        if style == "heading":
            return lead + _paint(stripped, _BOLD, color=True)
        if style == "title" and first:
            time, sep, title = stripped.partition("  ")
            rest = title.lstrip(" ")
            gap = sep + title[: len(title) - len(rest)]
            return lead + _paint(time, _CYAN, color=True) + gap + _paint(rest, _BOLD, color=True)
        if style == "title":
            return lead + _paint(stripped, _BOLD, color=True)
        label, sep, rest = stripped.partition(": ")
        if first and sep:
            return lead + _paint(label + sep.rstrip(), _DIM, color=True) + " " + rest
        return line


def _listed(items: Sequence[str], separator: str) -> list[str]:
    """Pieces of a list that wrap between items: the separator stays at a line's end."""
    return [item + separator for item in items[:-1]] + list(items[-1:])


def _details(event: Event, labels: lb.Labels) -> list[tuple[str, list[str]]]:
    """The labelled detail lines of an event, each as pieces that wrap whole."""
    details: list[tuple[str, list[str]]] = []
    if event.locations:
        stops = lb.stops(event, labels)
        # "A → B": the break falls before an arrow, so a line starts "→ B".
        pieces = stops[:1] + [p for stop in stops[1:] for p in (" ", f"→ {stop}")]
        details.append((labels.place, pieces))
    details.extend(
        (labels.roles[role], _listed(names, labels.list_sep))
        for role, names in lb.roles(event, byline=False, labels=labels)
    )
    details.extend((labels.headcount, _tokens(lb.headcount_text(h))) for h in event.headcounts)
    if event.source is not None:
        pieces = _tokens(event.source.headline)
        for index, (role, names) in enumerate(lb.roles(event, byline=True, labels=labels)):
            first, *rest = _listed(names, labels.list_sep)
            lead = "· " if index == 0 else ""
            pieces += [" ", f"{lead}{labels.roles[role]} {first}", *rest]
        details.append((labels.source, pieces))
    return details
