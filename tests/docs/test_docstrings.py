"""
Docstrings are Markdown: the API reference renders them with mkdocstrings.

reST markup (``:class:`X```, a ``::`` literal marker) shows up raw on the
page, so docstrings cross-reference with ``[`X`][timeline.X]`` and fence
literal blocks. ``mkdocs build --strict`` checks the references of the
docstrings it renders; these tests check every docstring in the package,
rendered or not, without building the site.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

from tests._paths import SRC

PACKAGE = SRC / "timeline"

ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|attr|data|exc|obj|const):`")
LITERAL_MARKER = re.compile(r"::[ \t]*$", re.MULTILINE)
# [`shown`][identifier], or [identifier][] where the text is the identifier.
CROSSREF = re.compile(r"\[([^\]\n]+)\]\[((?:[A-Za-z_][\w.]*)?)\]")
# Code is not Markdown: ``spans`` and fenced blocks may index twice (``a[0][k]``).
CODE = re.compile(r"``.*?``|^\s*```.*?^\s*```", re.MULTILINE | re.DOTALL)
NAME = re.compile(r"[A-Za-z_][\w.]*")

#: Modules still written with reST roles, each a strict xfail so that
#: converting one fails loudly here until it leaves this table.
PENDING = {}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _docstrings(path: Path) -> list[tuple[int, str]]:
    """Every bare string statement: module, class, function and attribute docstrings."""
    tree = ast.parse(path.read_text("utf-8"))
    return [
        (node.lineno, node.value.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    ]


def _resolve(dotted: str) -> object:
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            value: object = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attribute in parts[cut:]:
            value = getattr(value, attribute)
        return value
    raise ImportError(dotted)


def _params() -> list[object]:
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=PENDING[name]))
        if name in PENDING
        else name
        for name in MODULES
    ]


@pytest.mark.parametrize("module_name", _params())
def test_no_rest_markup(module_name):
    """A module's docstrings hold no reST role and no ``::`` literal marker."""
    found = [
        f"{module_name}:{line + text.count(chr(10), 0, match.start())}: {match.group()!r}"
        for line, text in _docstrings(MODULES[module_name])
        for pattern in (ROLE, LITERAL_MARKER)
        for match in pattern.finditer(text)
    ]
    assert [] == found


def test_pending_modules_exist():
    """Every module still waiting for conversion is a real module (no stale entries)."""
    assert set() == set(PENDING) - set(MODULES)


@pytest.mark.parametrize("module_name", list(MODULES))
def test_crossrefs_resolve(module_name):
    """Every ``[text][identifier]`` in a docstring names an object that exists."""
    missing = []
    for line, text in _docstrings(MODULES[module_name]):
        for shown, identifier in CROSSREF.findall(CODE.sub("", text)):
            target = identifier or shown.strip("`")
            if NAME.fullmatch(target) is None:
                continue  # a Markdown reference link, not a cross-reference
            try:
                _resolve(target)
            except (ImportError, AttributeError):
                missing.append(f"{module_name}:{line}: {target}")
    assert [] == missing


def test_crossref_pattern_reads_both_forms():
    """The checker sees explicit and text-as-identifier references alike."""
    text = "see [`Event`][timeline.Event], [timeline.Timeline][] but not [a] [b], ``x[0][k]``"
    expected = [("`Event`", "timeline.Event"), ("timeline.Timeline", "")]
    assert expected == CROSSREF.findall(CODE.sub("", text))
