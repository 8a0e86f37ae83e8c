"""
Shared glue for the atheris fuzz targets.

A target calls :func:`run` with a function that takes the fuzzer's bytes.
Any :class:`timeline.TimelineError` is the expected outcome for bad input;
any other exception escapes and atheris records the input as a crash.

libFuzzer stops at the first crash. To keep fuzzing past a bug that is
already known (and pinned by a strict-xfail test in
``tests/_fuzz.py``), list its signature in the environment:
``FUZZ_KNOWN="AttributeError@_people,OverflowError@_sort_key"``. A
signature is the exception's class name and the innermost function of the
traceback; every other exception still crashes.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable

import atheris

_KNOWN = frozenset(s.strip() for s in os.environ.get("FUZZ_KNOWN", "").split(",") if s.strip())


def signature(exc: BaseException) -> str:
    """``ExceptionClass@innermost_function`` of an exception's traceback."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = frames[-1].name if frames else "?"
    return f"{type(exc).__name__}@{where}"


def run(test_one: Callable[[bytes], None]) -> None:
    """Start atheris on ``test_one`` with the command line's options."""

    def guarded(data: bytes) -> None:
        try:
            test_one(data)
        except Exception as exc:
            if signature(exc) not in _KNOWN:
                raise

    atheris.Setup(sys.argv, guarded if _KNOWN else test_one)
    atheris.Fuzz()
