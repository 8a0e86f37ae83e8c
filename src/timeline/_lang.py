"""
Which language a piece of output speaks: the caller's word, else the data's.

Renderers, the feed index and the iCalendar writer all label what they
print (``带队``/``Led by``). They choose the language by one rule, so that a
Berlin club's feed and its timeline page never disagree: a tag the caller
gives (``en``, ``zh-CN``, ``en_GB.UTF-8``), else the language most of the
events' titles are written in.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from timeline.errors import QueryError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from timeline.model import Event

__all__ = ["LANGS", "choose_lang", "guess_lang"]

#: The languages the labels exist in.
LANGS: Final = ("en", "zh")

_CJK: Final = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def guess_lang(events: Iterable[Event]) -> str:
    """
    The language the data is written in: ``zh`` when most titles hold Han characters, else ``en``.

    A Berlin club's calendar with one Chinese title stays English; the seed
    page's events are Chinese.
    """
    han = other = 0
    for event in events:
        if _CJK.search(event.title):
            han += 1
        else:
            other += 1
    return "zh" if han > other else "en"


def choose_lang(lang: str | None, events: Iterable[Event] = ()) -> str:
    """
    ``zh`` or ``en`` for a tag or locale name (``zh-CN``, ``en_GB.UTF-8``), or for the data.

    Raises:
        QueryError: For a language without labels (field ``lang``).
    """
    if lang is None:
        return guess_lang(events)
    base = re.split("[-_.@]", lang.strip(), maxsplit=1)[0].lower()
    if base not in LANGS:
        msg = f"no labels for language {lang!r} (choose from {', '.join(LANGS)})"
        raise QueryError(msg, field="lang")
    return base
