"""
What the fuzz tests share: the fuzzers' finds, the open bugs, and one way to run a reader.

Every file in ``tests/data/fuzz/`` is an input a fuzzer found, kept so its
bug stays fixed (or stays visible). Its prefix names its reader: ``ics-``
files are read by ``from_ics`` (``tests/ics/test_read.py``), ``data-`` by
``loads`` (``tests/test_dataset.py``), ``extract-`` by ``extract_text``
(``tests/extract/test_core.py``), and each must give events or a
TimelineError naming the file. A file whose bug is still open is listed in
``OPEN`` with the bug's precise description and runs as a strict xfail:
when the bug is fixed the test fails, and the entry must go.

``KNOWN_BUGS`` gives the hypothesis fuzz properties (beside the regressions)
the signatures of these open bugs, so they keep hunting for new ones instead
of stopping at the first known crash.

Examples per fuzz property: ``FUZZ_FACTOR`` times the profile's
``max_examples``, that is 300 under ``default``, 900 under ``ci`` and 60
under ``quick``; with 12 property tests that is 3600 inputs per default run.
The coverage-guided counterpart is under ``fuzz/`` (atheris).
"""

from __future__ import annotations

import datetime as dt
import traceback
from collections.abc import Callable
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, reject, settings

from tests._paths import DATA
from timeline import TimelineError

_T = TypeVar("_T")

FUZZ_DATA = DATA / "fuzz"
#: The readers' prefixes: a file in FUZZ_DATA with none of them is a mistake.
PREFIXES = ("ics-", "data-", "extract-")
#: The window recurring events are expanded in.
WINDOW = (dt.date(2020, 1, 1), dt.date(2020, 12, 31))

#: Open bugs, by regression file: the reason for the strict xfail.
OPEN: dict[str, str] = {}

#: Signatures of the open bugs: (exception class, file under src/timeline, function).
#: A fuzz property that meets one of these skips the example instead of failing.
KNOWN_BUGS: tuple[tuple[type[BaseException], str, str], ...] = ()

#: Each fuzz property runs this many times the profile's examples.
FUZZ_FACTOR = 3

fuzz = settings(
    max_examples=FUZZ_FACTOR * settings().max_examples,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def is_known_bug(exc: BaseException) -> bool:
    """Whether ``exc`` is one of the open bugs in ``KNOWN_BUGS``."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/src/timeline/" in f.filename]
    if not frames:
        return False
    where = frames[-1]
    return any(
        isinstance(exc, kind)
        and where.filename.endswith(f"/src/timeline/{path}")
        and where.name == function
        for kind, path, function in KNOWN_BUGS
    )


def error_path(call: Callable[[], object]) -> str | None:
    """Run ``call``; the path of the TimelineError it raised, else None."""
    try:
        call()
    except TimelineError as exc:
        return exc.path or ""
    return None


def regression_cases(prefix: str) -> list[object]:
    """The kept inputs for one reader, open bugs as strict xfails."""
    return [
        pytest.param(p, id=p.name, marks=[pytest.mark.xfail(strict=True, reason=OPEN[p.name])])
        if p.name in OPEN
        else pytest.param(p, id=p.name)
        for p in sorted(FUZZ_DATA.iterdir())
        if p.name.startswith(prefix)
    ]


def outcome_of(call: Callable[[], _T]) -> _T | TimelineError:
    """The result of ``call``, or the TimelineError it raised.

    Any other exception fails the test, unless it is an open bug listed in
    ``KNOWN_BUGS`` (pinned by a strict-xfail regression): then the example is
    rejected so the search goes on for new bugs.
    """
    try:
        return call()
    except TimelineError as exc:
        return exc
    except Exception as exc:
        if is_known_bug(exc):
            reject()
        raise
