"""
Lists of people as the genre prints them.

A list is ``,``-separated groups (``区委书记乔耸,区委副书记、区长李晓雷等``);
inside a group ``、`` separates either the parts of one title or the names
sharing a title (``区领导于珊、邵春雨``), and ``和/与/及`` may join people
as a comma does. A title may also follow the name (``姜耀中主任``). Each
piece is read by `_people` (a name, a title, or title + name); a phrase with
a piece that is none of them is no list of people. (A byline, names under
role words, is read by `_bylines`.)
"""

from __future__ import annotations

import functools
import re
from typing import Final

import attrs

from timeline.extract import _people
from timeline.extract._orgs import ends_like_body
from timeline.extract._people import (
    holds_clause,
    is_name,
    listed_name,
    split_title_name,
    strip_glosses,
    title_ending,
    unknown_surname,
)

__all__ = [
    "STRAY_COMMA",
    "Named",
    "blank_stray_commas",
    "forget",
    "parse_people",
    "stray_commas_back",
]

#: The same phrase is read by several verbs' patterns: its reading is kept,
#: a bounded number of them, for one page (``forget``).
_CACHE: Final = 4096


def forget() -> None:
    """
    Drop the readings kept of names and phrases: called before each page.

    They pay within a page, where one phrase is read by several patterns. Kept
    across pages they pay only when pages repeat (measured on the real train
    pages: no gain), and a benchmark that repeats its pages would time the
    cache, not the extractor.
    """
    _read_people.cache_clear()
    _people.forget()


@attrs.frozen
class Named:
    """
    A person found in a phrase.

    Attributes:
        name: The name as printed.
        title: The title as printed (may be empty).
        start: Offset of the name in the phrase.
    """

    name: str
    title: str
    start: int


# 等 may close a list with the group it belongs to: 杜建强等区委常委; never
# with what they did (王明等出席,赵刚主持: the people of a clause before).
_NAME_TAIL: Final = re.compile(r"(?:同志|等人|等(?!出席|参加|列席|参与)[\u4e00-\u9fff“”]{0,12})$")


def _untailed(text: str) -> str:
    """``text`` without what closes a list's names (``_NAME_TAIL``)."""
    # (A plain look first: this runs on every group and piece of a list, and
    # the pattern scans it all for a match at its end.)
    return _NAME_TAIL.sub("", text) if "等" in text or "同志" in text else text


def parse_people(phrase: str) -> list[Named] | None:
    """
    Read a list of people: ``区委书记乔耸,区委副书记、区长李晓雷等``.

    Groups are separated by ``,``; inside a group ``、`` separates either
    the parts of one title or the names sharing a title. Returns None when
    a piece is neither a title, a name nor title+name (the phrase is then
    not a list of people).
    """
    found = _read_people(phrase)
    return list(found) if found is not None else None


@functools.lru_cache(maxsize=_CACHE)
def _read_people(phrase: str) -> tuple[Named, ...] | None:
    """``parse_people``, kept: the same phrase is read by several verbs' patterns."""
    printed = phrase
    phrase = blank_stray_commas(phrase)
    found = _read_groups(phrase)
    if found is not None and printed != phrase:
        found = tuple(stray_commas_back(found, printed))
    return found


#: A stray comma some mirror pages print before every 、 (陳業鵬,、趙建斌).
STRAY_COMMA: Final = ",、"


def blank_stray_commas(text: str) -> str:
    """``text`` with each stray ``,、`` read as ``、``: the comma blanked, offsets kept."""
    return text.replace(STRAY_COMMA, " 、")


def stray_commas_back(people: tuple[Named, ...] | list[Named], printed: str) -> list[Named]:
    """
    ``people`` read from ``printed`` with its stray ``,、`` blanked, each title as printed.

    A title's parts are read without the stray comma (县委副书记,、县长X is
    read as 县委副书记、县长), but a title is copied as printed, comma and all.
    """
    out: list[Named] = []
    for p in people:
        title = p.title
        if "、" in title:
            title = _printed_title(title, printed, p.start) or title
        out.append(p if title == p.title else attrs.evolve(p, title=title))
    return out


def _printed_title(title: str, printed: str, end: int) -> str:
    """
    The run of ``printed`` ending at ``end`` that is ``title`` with stray commas, or empty.

    Read back from ``end``, a comma right before a 、 of the run is the
    stray one; any other character must be the title's (one pass, so a
    long title costs its length, not its length per 、).
    """
    i, j = end, len(title)
    while j > 0:
        if i <= 0:
            return ""
        c = printed[i - 1]
        if c == "," and i < end and printed[i] == "、":
            i -= 1
        elif c == title[j - 1]:
            i, j = i - 1, j - 1
        else:
            return ""
    return printed[i:end]


def _read_groups(phrase: str) -> tuple[Named, ...] | None:
    """``_read_people`` of a phrase without stray commas."""
    found = _parse_groups(phrase)
    # (Plain looks first: every match of ``_AND`` is one of its words, and
    # most phrases hold none.)
    joins = "和" in phrase or "与" in phrase or "同" in phrase or "以及" in phrase
    if joins and _AND.search(phrase):
        # 区长王明和副区长赵刚: 和/与/及 may join people as a comma does
        # (but not inside a name: 王和平).
        joined = _parse_groups(_AND.sub(lambda m: "," * len(m.group()), phrase))
        if joined is not None and (found is None or len(joined) > len(found)):
            found = joined
    if "及" in phrase:
        # 主席A及署长B: 及 joins two people only when both sides read as
        # people (not 民政及青年事务局局长B, where it joins two bodies).
        # A shared title (市领导A及B) covers both, as over 、; one person's
        # post (县人大常委会主任A及B、C等县领导) covers only that person.
        joined = _parse_groups(
            _JI.sub(lambda m: "、" if _SHARED.search(phrase, 0, m.start()) else ",", phrase)
        )
        if joined is not None and (found is None or len(joined) > len(found)):
            found = joined
    if found is None and "(" in phrase:
        found = _bracketed_titles(phrase)
    return tuple(found) if found is not None else None


#: A bracket inside a title, a title part printed after it: 副校(院)长,
#: 常任秘书长(工商及旅游)X (what it holds names a part, not a person).
_IN_TITLE: Final = re.compile(r"\([一-鿿]{1,12}\)(?=[一-鿿])")


def _bracketed_titles(phrase: str) -> list[Named] | None:
    """
    People whose titles hold brackets, read without them and printed with them.

    Only a title that runs unbroken before its name gets its brackets back;
    a phrase that reads only without them is still a list of people.
    """
    kept: list[int] = []  # the phrase's offset of each character kept
    parts: list[str] = []
    pos = 0
    for m in _IN_TITLE.finditer(phrase):
        parts.append(phrase[pos : m.start()])
        kept.extend(range(pos, m.start()))
        pos = m.end()
    if not parts:
        return None
    parts.append(phrase[pos:])
    kept.extend(range(pos, len(phrase)))
    bare = "".join(parts)
    found = _read_people(bare)
    if found is None:
        return None
    out: list[Named] = []
    for p in found:
        start = kept[p.start]
        opens = p.start - len(p.title)
        title = p.title
        if p.title and bare.startswith(p.title, opens):
            title = phrase[kept[opens] : start]
        if phrase.startswith(p.name, start):
            out.append(attrs.evolve(p, title=title, start=start))
        else:
            return None
    return out


#: Not 及: it joins the parts of one body's name (民政及青年事务局局长).
#: (Each branch opens on its word, the look back after it: a pattern opening
#: on literals is scanned by their characters, not tried at every place; a
#: class among them, [和与同], leaves the engine nothing to scan for.)
_AND: Final = re.compile(
    r"(?:以及(?<=[\u4e00-\u9fff ]以及)|和(?<=[\u4e00-\u9fff ]和)|与(?<=[\u4e00-\u9fff ]与)"
    r"|同(?<=[\u4e00-\u9fff ]同))(?=[\u4e00-\u9fff])"
)
_JI: Final = re.compile(r"(?<=[\u4e00-\u9fff])及(?=[\u4e00-\u9fff])")
#: A title naming a group (市领导, 县四大班子领导) and a name, right before 及.
_SHARED: Final = re.compile(r"领导[\u4e00-\u9fff]{2,4}$")


def _parse_groups(phrase: str) -> list[Named] | None:
    found: list[Named] = []
    offset = 0
    for group in phrase.split(","):
        base = offset
        offset += len(group) + 1
        core = _untailed(group.strip())
        lead = len(group) - len(group.lstrip())
        if not core:
            continue
        pieces = core.split("、")
        title_parts: list[str] = []
        shared = ""
        pos = base + lead
        group_found = False
        for piece in pieces:
            # A space a page's layout left after 、 is no part of a name.
            at = pos + len(piece) - len(piece.lstrip())
            piece_core = _untailed(piece.strip())
            pair = split_title_name(piece_core)
            if pair is not None and holds_clause(pair[0]):
                return None  # a clause, not a title: 局长何启明则与专员胡钜华
            if pair is not None and not (group_found and is_name(piece_core)):
                title = "、".join([*title_parts, _own_title(pair[0])])
                shared = title
                title_parts = []
                found.append(Named(pair[1], title, at + len(pair[0])))
                group_found = True
            elif not title_parts and (
                is_name(piece_core)
                or (group_found and (unknown_surname(piece_core) or listed_name(piece_core)))
            ):
                found.append(Named(piece_core, shared, at))
                group_found = True
            elif not title_parts and (post := _post_title(piece_core)) is not None:
                # A title printed after the name: 姜耀中主任, 区人大马学印主任
                # (not within a title's list: 市委常委、宣传部长、…主任X).
                found.append(Named(post[1], post[0], at + len(post[0])))
                group_found = True
            elif (
                title_ending(strip_glosses(piece_core)) or ends_like_body(piece_core)
            ) and not holds_clause(piece_core):
                # A title may open the next name's title list even after a
                # name (镇党委书记A、党委副书记、镇长B), and so may the first of
                # two bodies sharing a post (中国铁建公司、中国保利集团董事B).
                title_parts.append(piece_core)
            else:
                return None
            pos += len(piece) + 1
        if title_parts:
            return None
    return found or None


#: A verb that joins one person to another (县委书记A陪同市长B, A率市长B):
#: a title never runs back over it and the name before it. (Not 和/与/及:
#: they join bodies inside a post, 县农业和农村局局长; people they join are
#: read as a comma's groups.)
_JOINS: Final = re.compile(r"陪同|随同|率同|率领|带领|率")


def _own_title(title: str) -> str:
    """
    The title of the last name only: ``县委书记张三陪同市长`` -> ``市长``.

    The cut needs a name right before the verb (A陪同, A率): a post may hold
    a verb of its own (主持区政府全面工作的副区长), never a person.
    """
    # (Plain looks first: every joining verb holds 同, 率 or 带领, and most
    # titles hold none.)
    if "同" not in title and "率" not in title and "带领" not in title:
        return title
    for join in reversed(list(_JOINS.finditer(title))):
        before, after = title[: join.start()], title[join.end() :]
        if after and title_ending(after) and any(is_name(before[-size:]) for size in (2, 3)):
            return after
    return title


#: A post printed after the name (姜耀中主任), the title before it kept.
_POST_TITLE: Final = re.compile(
    r"(?:常务)?副?(?:主任|书记|主席|部长|局长|会长|组长|议长|区长|县长|市长|镇长|乡长|省长|州长|厅长|处长|"
    r"署长|司长|院长|校长|社长|主委|同志)$"
    # A military rank printed after the name: 副参谋长高志军大校.
    r"|(?:[大上中少]校|[上中少]将)$"
    # A Hong Kong police rank, printed after the name too: 副指挥官赖孝光高级警司.
    r"|(?:高级|总|助理处长|高级助理处长)?(?:警司|督察|警务处长)$"
)


#: The characters a post printed after the name ends with (``_POST_TITLE``).
_POST_LAST: Final = frozenset("任记席长委志校将司察")


def _post_title(text: str) -> tuple[str, str] | None:
    """``区人大马学印主任`` -> ``("区人大", "马学印")``: the title printed before stays."""
    # (One look at the last character first: this runs on most pieces of a
    # list, and the pattern is tried at each of their characters.)
    if text.removesuffix("\n")[-1:] not in _POST_LAST:  # ($ also matches before a final newline)
        return None
    post = _POST_TITLE.search(text)
    if post is None:
        return None
    head = text[: post.start()]
    for size in (3, 2):
        if size <= len(head) and is_name(head[-size:]):
            before = head[:-size]
            # (Also a body's name: 社会工作局黄艳梅局长, as Macau papers print it.)
            if (
                not before
                or title_ending(before)
                or before.endswith(("人大", "政协"))
                or ends_like_body(before)
            ):
                return before, head[-size:]
    return None
