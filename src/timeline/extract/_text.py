r"""
Text folding and offset bookkeeping shared by the extractor's stages.

The page is folded one character for one character (full-width ASCII to
ASCII, the ideographic space to a space, control characters and ``\\r`` to
line breaks or spaces), so offsets into the folded page are offsets into
the page as given. Only re-joining words cut by a PDF line break deletes
characters; ``Mapped`` remembers where each kept run came from, so
every fact found in joined text still points at the page.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from typing import TYPE_CHECKING, Final

import attrs

from timeline.extract._hant import TO_SIMPLIFIED, TRADITIONAL

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["CJK", "Mapped", "fold", "fold_and_simplify", "simplify"]

#: A Chinese character of the common block: what tells text from furniture
#: (digits, punctuation, Latin) when a line, a title or a span is weighed.
CJK: Final = re.compile(r"[\u4e00-\u9fff]")


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
    # The Chinese full stop, enumeration comma and curly quotes stay: the
    # genre's data keeps them, and they carry meaning ASCII lacks.
    table[0x3000] = " "
    table[ord("\r")] = "\n"
    for cp in range(0x20):
        if chr(cp) not in "\n\r":
            table[cp] = " "
    table[0x7F] = " "
    for cp in (0x2028, 0x2029, 0x85):
        table[cp] = "\n"
    for cp in (0xA0, 0x2002, 0x2003, 0x2009, 0x200B, 0xFEFF):
        table[cp] = " "
    return table


_FOLD: Final = _fold_table()
_FOLDABLE: Final = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_FOLD)) + "]")


def _fold_one(m: re.Match[str]) -> str:
    return _FOLD[ord(m.group())]


def fold(text: str) -> str:
    """
    Fold full-width forms and controls, keeping the text's length.

    ``，（）：；`` become ``,():;``; ``。、“”`` are kept.
    """
    return _folded_compat(_folded_forms(text))


def _folded_forms(text: str) -> str:
    # str.translate looks up every character; a regex finds the few that
    # fold far faster on Chinese text, where most characters stay.
    return _FOLDABLE.sub(_fold_one, text) if _FOLDABLE.search(text) else text


def _folded_compat(text: str) -> str:
    # Compatibility ideographs and the like fold one to one; anything NFKC
    # would expand (ligatures, circled numbers) is left as printed.
    if _COMPAT.search(text) is None:
        return text
    return _COMPAT.sub(_nfkc_one, text)


def fold_and_simplify(page: str) -> tuple[str, str]:
    """``fold(page)``, and that text simplified (``simplify``): a page's two texts."""
    folded = _folded_forms(page)
    # Most pages hold neither a compatibility form nor a traditional
    # character: one scan tells, where the two steps would scan twice.
    if _COMPAT_OR_TRADITIONAL.search(folded) is None:
        return folded, folded
    text = _folded_compat(folded)
    return text, simplify(text)


_COMPAT_RANGES: Final = "\uf900-\ufaff\ufe10-\ufe6f\U0002f800-\U0002fa1f"
_COMPAT: Final = re.compile(f"[{_COMPAT_RANGES}]")
#: What either the compatibility step of ``fold`` or ``simplify`` maps.
_COMPAT_OR_TRADITIONAL: Final = re.compile(
    f"[{_COMPAT_RANGES}{''.join(re.escape(chr(cp)) for cp in sorted(TO_SIMPLIFIED))}]"
)


def _nfkc_one(m: re.Match[str]) -> str:
    n = unicodedata.normalize("NFKC", m.group())
    return n if len(n) == 1 else m.group()


def simplify(text: str) -> str:
    """Map the genre's traditional characters to simplified, one to one."""
    # Most pages print none: one regex scan finds that far faster than
    # str.translate, which looks up and copies every character.
    if TRADITIONAL.search(text) is None:
        return text
    return text.translate(TO_SIMPLIFIED)


@attrs.frozen
class Mapped:
    """
    A string assembled from runs of the page, and where each run came from.

    Attributes:
        text: The assembled text, as printed (folded, traditional kept).
        match: The same text in simplified characters, for the rules.
        starts: Offset in ``text`` where each run begins (ascending); a flat
            integer array, so a page of many short lines stays small.
        origins: Offset in the page where each run begins.
    """

    text: str
    match: str
    starts: Sequence[int]
    origins: Sequence[int]

    @classmethod
    def from_runs(cls, page: str, runs: list[tuple[int, int]], sep: str = "") -> Mapped:
        """Join ``page[a:b]`` for each run, with ``sep`` between runs."""
        parts: list[str] = []
        starts: list[int] = []
        origins: list[int] = []
        pos = 0
        for i, (a, b) in enumerate(runs):
            if i and sep:
                parts.append(sep)
                starts.append(pos)
                origins.append(a)  # a separator points at the next run
                pos += len(sep)
            parts.append(page[a:b])
            starts.append(pos)
            origins.append(a)
            pos += b - a
        text = "".join(parts)
        return cls(text, simplify(text), array("q", starts), array("q", origins))

    def head(self, size: int) -> Mapped:
        """The first ``size`` characters, still mapped to the page."""
        keep = max(1, bisect.bisect_left(self.starts, size)) if self.starts else 0
        return Mapped(
            self.text[:size],
            self.match[:size],
            self.starts[:keep],
            self.origins[:keep],
        )

    def part(self, start: int, end: int) -> Mapped:
        """``text[start:end]``, still mapped to the page."""
        if not self.starts or start <= 0:
            return self.head(end)
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        stop = max(bisect.bisect_left(self.starts, end), first + 1)
        starts = array("q", [0, *(s - start for s in self.starts[first + 1 : stop])])
        origins = array("q", [self.origin(start), *self.origins[first + 1 : stop]])
        return Mapped(self.text[start:end], self.match[start:end], starts, origins)

    def origin(self, index: int) -> int:
        """The page offset of ``text[index]``."""
        starts = self.starts
        if not starts:
            return 0
        # The run holding ``index`` (the first for an index before it), without
        # a max() call: this runs for every span a fact points at.
        k = (bisect.bisect_right(starts, index) or 1) - 1
        return self.origins[k] + index - starts[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The page span ``[a, b)`` of ``text[start:end]``."""
        if end <= start:
            a = self.origin(start)
            return (a, a)
        return (self.origin(start), self.origin(end - 1) + 1)
