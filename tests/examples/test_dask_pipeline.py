"""The Dask pipeline example runs and writes the same feeds as ``write_feeds``."""

from __future__ import annotations

import importlib.util
import os

import pytest

import timeline
from tests._paths import EXAMPLES, load_script

EXAMPLE = EXAMPLES / "dask_pipeline.py"


def _needs(module: str, why: str) -> None:
    try:
        importlib.import_module(module)
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"SKIPPED LOUDLY: {module} is not importable ({why})")


@pytest.fixture(scope="module")
def example():
    """The example module, loaded from its file."""
    _needs("dask.bag", "pip install -e '.[scale]'")
    _needs("timeline.extract", "the extractor is not on this branch")
    if not hasattr(timeline, "facets"):
        if os.environ.get("CI"):
            pytest.fail("timeline.facets is missing")
        pytest.skip("SKIPPED LOUDLY: timeline.facets (feeds) is not on this branch")
    return load_script(EXAMPLE)


class TestDaskPipeline:
    """examples/dask_pipeline.py."""

    def test_feeds_match_write_feeds(self, example, tmp_path, seed_text):
        """Pages in, feeds out: byte for byte the .ics files render_feeds makes."""
        pages = tmp_path / "pages"
        pages.mkdir()
        page = pages / "seed_page.txt"
        page.write_text(seed_text, encoding="utf-8")
        out = tmp_path / "feeds"
        assert 0 == example.main([str(pages), "--out", str(out), "--scheduler", "sync"])
        from timeline.extract import extract_file  # noqa: PLC0415 - checked by the fixture

        expected = {
            name: data
            # The example sets its feeds in Shanghai, where the news pages' events are.
            for name, data in timeline.render_feeds(
                extract_file(page), zone=timeline.SHANGHAI
            ).items()
            if name.endswith(".ics")
        }
        actual = {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*.ics")}
        assert expected == actual

    def test_duplicate_pages_are_one_event_each(self, example, tmp_path, seed_text):
        """The same report on two pages is extracted twice but kept once."""
        pages = tmp_path / "pages"
        pages.mkdir()
        for i in range(2):
            (pages / f"p{i}.txt").write_text(seed_text, encoding="utf-8")
        events = example.extract_events(sorted(str(p) for p in pages.iterdir()), partitions=2)
        assert len({e.id for e in events}) == len(events)
        assert 6 == len(events)
