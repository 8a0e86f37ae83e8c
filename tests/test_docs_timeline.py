import doctest
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.mark.parametrize("name", ["timeline.md", "rendering.md"], ids=["timeline", "rendering"])
def test_doc_examples_run(name):
    """The pycon examples in the timeline and rendering docs give the output shown."""
    result = doctest.testfile(
        str(DOCS / name), module_relative=False, optionflags=doctest.ELLIPSIS, verbose=False
    )
    expected = (0, True)
    assert expected == (result.failed, result.attempted > 0)
