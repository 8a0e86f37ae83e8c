"""Where the tests find the checkout, their data and the golden files, from any test folder."""

from __future__ import annotations

from pathlib import Path

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
