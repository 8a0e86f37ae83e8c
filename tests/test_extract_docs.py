"""The examples in docs/extract.md run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "extract.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)


class TestDocs:
    @pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
    def test_example_runs(self, code: str, monkeypatch: pytest.MonkeyPatch) -> None:
        """Each Python example in the extractor's docs runs from the repository root."""
        monkeypatch.chdir(ROOT)
        exec(compile(code, str(DOC), "exec"), {})  # noqa: S102 - our own documentation
