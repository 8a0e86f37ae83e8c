"""
Places: the stops of a tour, in order, and the venue of a meeting.

A tour is printed as a verb of going (``先后到``, ``来到``, ``深入``,
``走进``, ``前往``) and a ``、`` list of stops closed by what was done there
(``实地察看``, ``进行``, ``开展``, ``等地``). The first such list of a
report is its tour; later lists walk the rooms of a stop already named. A
venue is ``在X举行/召开/举办``. A stop is kept as printed; one printed with
its sub-district (``棉纺路街道三棉东社区棉西小院``) also names it as its area.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

__all__ = ["PlaceMention", "find_tour", "find_venue", "same_place", "split_area"]

_GO: Final = (
    r"(?:(?:先后|一行|陪同下,|等|同志|深入|随后|还|并|分别|又|,|人|员|长|记|任|局|部|组|委|们)"
    r"(?:到|来到|深入到?|走进|前往|赴|走访了?)|(?:先后|随后|一行)(?:深入|走进|前往|来到|赴)"
    # 走进/来到/前往 name places whatever precedes them; 到 and 深入 need a cue.
    r"|走进|来到|前往)"
)
_DONE: Final = (
    r"(?:,?(?:详细了解|实地察看|实地查看|实地调研|察看|查看|调研|检查|督导|督查|进行|开展|"
    r"慰问|走访|观摩|视察|看望|了解|听取|等地|等处|等单位|等点位|等)(?![站组院所点室厅馆])"
    r"|,(?=向|为|给|同))"
)
_TOUR: Final = re.compile(_GO + r"(?P<list>[^,。;:!?]{2,200}?)" + _DONE)
_VENUE: Final = re.compile(
    r"在(?P<place>[^,。;:!?的]{2,30}?)(?:隆重)?(?:举行|召开|举办|开幕|启动|开展)(?!前|后|之际|期间|以来)"
)
_AREA: Final = re.compile(r"^(?P<area>[\u4e00-\u9fff]{2,6}?(?:街道|镇|乡|办事处))(?P<rest>.+)$")
_NOT_PLACE: Final = re.compile(
    r"^(?:我区|我县|我市|我镇|我乡|我省|各|全区|全县|全市|基层|一线|现场|实地|群众|企业|项目|社区群众|贫困户)|(?:会|会议|活动|仪式|工作)$"
)


@attrs.frozen
class PlaceMention:
    """
    A place found in text.

    Attributes:
        name: The place as printed, its sub-district included.
        area: The sub-district printed at its start, or empty.
        span: Offsets of the whole printed place in the searched string.
    """

    name: str
    area: str
    span: tuple[int, int]


def split_area(place: str) -> tuple[str, str]:
    """
    The place as printed and the sub-district that opens it: ``(name, area)``.

    ``汝河路街道金苑社区`` -> ``("汝河路街道金苑社区", "汝河路街道")``: the
    name stays whole, as printed (the area alone is ambiguous across a
    district, and the name alone loses where it is); the area is kept
    beside it so a place can be found by its sub-district.
    """
    m = _AREA.match(place)
    if m is None:
        return place, ""
    return place, m["area"]


def same_place(known: str, other: str) -> bool:
    """
    Whether ``other`` names a place already listed as ``known``.

    A stop printed once with its area and again without it
    (``汝河路街道金苑社区`` … ``在金苑社区召开``) is one place.
    """
    return known == other or (len(other) >= 2 and known.endswith(other))  # noqa: PLR2004 - one char is no place


def find_tour(text: str) -> list[PlaceMention]:
    """The stops of the first tour in ``text``, in printed order."""
    if not any(w in text for w in ("到", "深入", "走进", "前往", "赴", "走访")):
        return []
    for m in _TOUR.finditer(text):
        stops = _stops(m["list"], m.start("list"))
        if stops:
            return stops
    return []


def _stops(listing: str, base: int) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    pos = 0
    for piece in listing.split("、"):
        start = base + pos
        pos += len(piece) + 1
        name = piece.strip().removesuffix("等")
        if not name or len(name) < 2 or _NOT_PLACE.match(name):  # noqa: PLR2004 - one char is no place
            return []
        place, area = split_area(name)
        out.append(PlaceMention(place, area, (start, start + len(name))))
    return out


def find_venue(sentence: str) -> PlaceMention | None:
    """The venue of ``在X举行/召开``, or None."""
    m = _VENUE.search(sentence)
    if m is None or _NOT_PLACE.match(m["place"]):
        return None
    place, area = split_area(m["place"])
    return PlaceMention(place, area, m.span("place"))
