import doctest
import os
import subprocess
import sys

import pytest

from tests._paths import DOCS


@pytest.mark.parametrize("name", ["timeline.md", "rendering.md"], ids=["timeline", "rendering"])
def test_doc_examples_run(name):
    """The pycon examples in the timeline and rendering docs give the output shown."""
    result = doctest.testfile(
        str(DOCS / name), module_relative=False, optionflags=doctest.ELLIPSIS, verbose=False
    )
    expected = (0, True)
    assert expected == (result.failed, result.attempted > 0)


def test_example_script_prints_seed_and_queries():
    """examples/print_timeline.py prints the seed, 李晓雷's event and 汝河路街道金苑社区's event."""
    script = DOCS.parent / "examples" / "print_timeline.py"
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        check=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    out = result.stdout.decode()
    sections = out.split("== ")
    expected = ["全部 ==", "李晓雷 ==", "汝河路街道金苑社区 =="]
    assert expected == [s.splitlines()[0] for s in sections[1:]]
    assert "调研国家卫生城市复审" in sections[2]
    assert "“红色物业”工作观摩推进会" in sections[3]
