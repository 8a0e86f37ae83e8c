"""
Safe look-up of IANA zone names that come from input.

``zoneinfo.ZoneInfo`` opens the name as a file under the tz database, so
a name from a feed, a data file or the command line can fail in ways beyond
``ZoneInfoNotFoundError``: ``Asia`` is a directory (``IsADirectoryError``), a
300-character name is too long for the file system (``ENAMETOOLONG``), and a
NUL is a ``ValueError``. ``find_zone`` checks the shape of the key first
and turns every such failure into ``None``, so each caller raises its own
error (naming its file, line or option) from one rule.
"""

from __future__ import annotations

import re
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["find_zone"]

#: An IANA key: up to four ``/``-separated parts of letters, digits, ``_+-``
#: (``America/Argentina/Buenos_Aires``, ``Etc/GMT+8``); never ``.`` or ``..``.
_KEY: Final = re.compile(r"[A-Za-z0-9_+-]{1,64}(?:/[A-Za-z0-9_+-]{1,64}){0,3}")
_MAX_KEY: Final = 128


def find_zone(name: object) -> ZoneInfo | None:
    """
    The zone called ``name``, or None when it names no zone.

    Args:
        name: A zone name from input; anything but a well-formed key is None.

    Returns:
        The cached ``ZoneInfo``, or None.
    """
    if not isinstance(name, str) or len(name) > _MAX_KEY or not _KEY.fullmatch(name):
        return None
    try:
        return ZoneInfo(name)
    # OSError: a directory of the tz database, or a path the OS refuses.
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
