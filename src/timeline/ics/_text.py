"""
Content-line primitives: TEXT escaping, parameter values, folding, JSON values.

These reproduce, byte for byte, what ``icalendar`` 7 writes for the same
values (the property tests in ``tests/ics/test_export.py`` prove it against
``icalendar`` itself), but work on whole strings instead of character by
character, which is where ``icalendar`` spends most of its serialising time.

Safety rests on two rules applied *before* a value reaches these functions
(see ``timeline.ics._plan``): display text has its control characters
replaced, and every lossless ``X-TIMELINE-*`` value is JSON in which no
control character, line separator or lone backslash can appear.
"""

from __future__ import annotations

import json
import re
from typing import Final

__all__ = [
    "display",
    "escape_text",
    "fold",
    "json_value",
    "param_text",
    "param_value",
    "unescape_text",
]

#: Lines are folded so that no physical line exceeds this many octets; the
#: continuation lines' leading space is not counted by ``icalendar``, which
#: folds before a line would reach 75 octets, so every line has <= 75.
_CHUNK: Final = 74
#: The top two bits of a UTF-8 continuation byte (10xxxxxx).
_CONTINUATION: Final = 0x80

# Characters not allowed raw in display text: C0/C1 controls (but tab, line
# feed and carriage return, which TEXT escaping turns into ``\n``), DEL, the
# Unicode line and paragraph separators (some parsers split lines on them)
# and lone surrogates (not encodable as UTF-8).
_DISPLAY_UNSAFE: Final = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]"
)

# Characters a parameter value must not carry at all: every control (tab and
# line breaks too: a parameter has no escape for them that all readers know),
# the line and paragraph separators and lone surrogates.
_PARAM_UNSAFE: Final = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")

# What ``json.dumps(ensure_ascii=False)`` leaves raw but a feed must not carry.
_JSON_UNSAFE: Final = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _refuse(value: object) -> object:
    msg = f"{type(value).__name__} is not JSON serialisable"
    raise TypeError(msg)


# The C encoder, made once: json.dumps builds a new one per call, which costs
# more than encoding the few small values of an event.
_C_ENCODER: Final = (
    json.encoder.c_make_encoder(  # type: ignore[attr-defined]  # private but stable since 2.7
        None,
        _refuse,
        json.encoder.encode_basestring,
        None,
        ":",
        ",",
        False,  # noqa: FBT003 - the C signature is positional
        False,  # noqa: FBT003
        True,  # noqa: FBT003
    )
    if json.encoder.c_make_encoder is not None  # type: ignore[attr-defined]
    else None
)
_ENCODER: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))

# Parameter values are quoted when they hold one of these (icalendar's rule).
_QUOTABLE: Final = re.compile("[,;:\u2019]")
_ALWAYS_QUOTED: Final = frozenset(
    {
        "ALTREP",
        "DELEGATED-FROM",
        "DELEGATED-TO",
        "DIR",
        "MEMBER",
        "SENT-BY",
        "X-ADDRESS",
        "X-TITLE",
        "LINKREL",
    }
)

_UNESCAPE: Final = re.compile(r"\\(.)", re.DOTALL)
_UNESCAPED: Final = {"n": "\n", "N": "\n"}


def display(text: str) -> str:
    """
    Replace what display text must not carry with U+FFFD (separators with a newline).

    Leading U+FEFF go too: icalendar reads each value's bytes as
    ``utf-8-sig``, which drops one, so without this the fast path and
    icalendar would disagree on a value that starts with one.
    """
    if text.startswith("\ufeff"):
        text = text.lstrip("\ufeff")
    if _DISPLAY_UNSAFE.search(text) is None:
        return text
    return _DISPLAY_UNSAFE.sub(lambda m: "\n" if m[0] in "\u2028\u2029" else "\ufffd", text)


def param_text(text: str) -> str:
    """Make ``text`` fit a parameter value: one line, each unsafe character a space."""
    if _PARAM_UNSAFE.search(text) is None:
        return text
    return _PARAM_UNSAFE.sub(" ", text)


def escape_text(text: str) -> str:
    r"""
    Escape a TEXT value as RFC 5545 section 3.3.11 (and ``icalendar``) do.

    ``icalendar`` first reads a literal ``\N`` as a newline, then escapes
    backslash, semicolon and comma, and writes CRLF, LF and lone CR as
    ``\n``; this does the same, so the bytes match.
    """
    if "\\N" in text:
        text = text.replace("\\N", "\n")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Chained replaces, each skipped when it has nothing to do, beat
    # str.translate by far on CJK text (translate goes char by char).
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if ";" in text:
        text = text.replace(";", "\\;")
    if "," in text:
        text = text.replace(",", "\\,")
    if "\n" in text:
        text = text.replace("\n", "\\n")
    return text


def unescape_text(text: str) -> str:
    r"""Undo TEXT escaping: ``\\``, ``\;``, ``\,``, ``\n``/``\N``, left to right."""
    if "\\" not in text:
        return text
    return _UNESCAPE.sub(lambda m: _UNESCAPED.get(m[1], m[1]), text)


def param_value(key: str, value: str) -> str:
    """
    Render one parameter value: RFC 6868 escaping, then quoting if needed.

    Args:
        key: The parameter name, upper case.
        value: The raw value; it must hold no control character (the plan
            passes names through ``param_text``), so RFC 6868's ``^n``
            never arises.
    """
    quote = key in _ALWAYS_QUOTED or (key == "CN" and (" " in value or "'" in value))
    if "^" in value:
        value = value.replace("^", "^^")
    if '"' in value:
        value = value.replace('"', "^'")
    if quote or _QUOTABLE.search(value) is not None:
        return f'"{value}"'
    return value


def fold(line: str) -> bytes:
    r"""
    Encode a content line as UTF-8 and fold it, as ``icalendar`` does.

    Each physical line carries at most 74 octets of content (plus the
    continuation space), a fold never splits a UTF-8 sequence, and a fold
    never leaves a ``\\`` or ``^`` as the last character of a line, so an
    escape is not torn apart for clients that unfold carelessly.
    """
    data = line.encode()
    size = len(data)
    if size <= _CHUNK:
        return data
    parts = []
    start = 0
    while size - start > _CHUNK:
        cut = start + _CHUNK
        while data[cut] & 0xC0 == _CONTINUATION:
            cut -= 1
        if data[cut - 1] in b"\\^":
            cut -= 1
        parts.append(data[start:cut])
        start = cut
    parts.append(data[start:])
    return b"\r\n ".join(parts)


def json_value(value: object) -> str:
    r"""
    Compact JSON for an ``X-TIMELINE-*`` property, safe as a TEXT value.

    ``json.dumps`` already escapes C0 controls; DEL, C1 controls, line
    separators and lone surrogates are escaped here too, and backslashes are
    written ``\u005c`` so the text never holds ``\N``, which ``icalendar``
    would read as a newline.
    """
    if isinstance(value, str):
        text = json.encoder.encode_basestring(value)
    elif _C_ENCODER is not None:
        text = "".join(_C_ENCODER(value, 0))
    else:  # pragma: no cover - CPython always has the C encoder
        text = _ENCODER.encode(value)
    if "\\\\" in text:
        text = text.replace("\\\\", "\\u005c")
    if _JSON_UNSAFE.search(text) is not None:
        text = _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)
    return text
