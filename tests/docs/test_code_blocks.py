"""The documentation's Python examples run, so they cannot go stale."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests._paths import DOCS

# Only blocks fenced as ```python run; ```text, ```toml, ```console are shown, not run.
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _pages() -> list[Path]:
    return sorted(p for p in DOCS.glob("*.md") if BLOCK.search(p.read_text(encoding="utf-8")))


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.name)
def test_examples_run(page, monkeypatch, capsys):
    """Every ```python block of a page runs, in order, in one namespace, from the repo root."""
    monkeypatch.chdir(DOCS.parent)
    namespace: dict[str, object] = {"__name__": f"docs.{page.stem}"}
    for number, code in enumerate(BLOCK.findall(page.read_text(encoding="utf-8")), 1):
        exec(compile(code, f"{page.name}[block {number}]", "exec"), namespace)  # noqa: S102 - our own docs
    capsys.readouterr()
