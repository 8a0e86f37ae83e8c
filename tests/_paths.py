"""Where the tests find the checkout, their data and the golden files, from any test folder."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import ModuleType

#: This folder (``tests/``); test modules sit in folders below it that mirror the package.
TESTS = Path(__file__).resolve().parent
#: The checkout: ``src/``, ``docs/``, ``examples/`` and ``benchmarks/`` are below it.
ROOT = TESTS.parent
SRC = ROOT / "src"
DOCS = ROOT / "docs"
EXAMPLES = ROOT / "examples"
BENCHMARKS = ROOT / "benchmarks"
#: Inputs the tests read (pages, feeds, data files, fuzzer finds).
DATA = TESTS / "data"
#: Expected outputs, compared byte for byte (``--regen-golden`` rewrites them).
GOLDEN = TESTS / "golden"
#: ical.js and the Node script that parses a feed with it.
JS = TESTS / "js"
SEED_PAGE = DATA / "seed_page.txt"


def load_script(path: Path) -> ModuleType:
    """Import a script that is no package module (a benchmark, an example) by its path."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
