"""
Guards on the public surface: what `timeline` exports and what importing it costs.

Also that its guards are real checks: under ``python -O`` every output of
hostile text is the same and every refusal is the same.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import pkgutil
import re
import subprocess
import sys

import pytest

import timeline
from tests._paths import ROOT
from tests._payloads import hostile_events


class TestExports:
    """`timeline.__all__` is the public API."""

    def test_all_is_complete(self):
        """__all__ lists every public name the package binds, once (ruff's RUF022 sorts it)."""
        public = {
            name
            for name, value in vars(timeline).items()
            if not name.startswith("_") and not isinstance(value, type(timeline))
        }
        public.add("__version__")
        assert sorted(public) == sorted(timeline.__all__)
        assert len(set(timeline.__all__)) == len(timeline.__all__)

    def test_all_names_resolve(self):
        """Every exported name exists."""
        for name in timeline.__all__:
            assert hasattr(timeline, name), name

    def test_version(self):
        """The version comes from the installed metadata."""
        assert timeline.__version__[0].isdigit()


HEAVY = [
    "timeline.extract",
    "timeline.cli",
    "argparse",
    "http.server",
    "caldav",
    "pypinyin",
    "tqdm",
    "rich",
    "recurring_ical_events",
]


def test_import_is_light():
    """`import timeline` loads no extractor, CLI, server, or HTML-only dependency."""
    code = (
        f"import json, sys, timeline; print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == []


# -- the public boundary ------------------------------------------------------------

DOCS = ROOT / "docs"

#: Where a public name may live besides the root: subpackages and modules the
#: docs present as public doors (loaded only on use, so the root cannot
#: re-export them without breaking test_import_is_light).
DOORS = ("timeline.extract", "timeline.ics", "timeline.render", "timeline.serve", "timeline.cli")

#: Gaps owned by other parts of issue 14, each a strict xfail so that closing
#: one fails loudly here until it leaves this table.
KNOWN_GAPS = {}


def _public_modules() -> list[str]:
    names = [
        info.name
        for info in pkgutil.walk_packages(timeline.__path__, "timeline.")
        if not any(part.startswith("_") for part in info.name.split("."))
    ]
    return sorted(["timeline", *names])


def _docs_text() -> str:
    return "\n".join(p.read_text("utf-8") for p in sorted(DOCS.glob("*.md")))


def _rendered_by_mkdocstrings(text: str) -> dict[str, set[str] | None]:
    """``::: module`` blocks: the members they list, or None for all of them."""
    blocks: dict[str, set[str] | None] = {}
    for match in re.finditer(r"^::: ([\w.]+)\n((?:    .*\n)*)", text, re.MULTILINE):
        options = match[2]
        inline = re.search(r"members: \[([^\]]*)\]", options)
        listed = re.findall(r"^        - (\w+)$", options, re.MULTILINE)
        if inline:
            blocks[match[1]] = {m.strip() for m in inline[1].split(",")}
        elif listed:
            blocks[match[1]] = set(listed)
        else:
            blocks[match[1]] = None
    return blocks


def _params() -> list[object]:
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[name]))
        if name in KNOWN_GAPS
        else name
        for name in _public_modules()
    ]


@pytest.mark.parametrize("module_name", _params())
def test_every_public_name_is_reachable_and_documented(module_name):
    """Each name in a public module's __all__ is in the root or a door, and in the docs."""
    module = importlib.import_module(module_name)
    exported = getattr(module, "__all__", None)
    assert exported is not None, f"{module_name} has no __all__"
    doors = {name for door in DOORS for name in importlib.import_module(door).__all__}
    text = _docs_text()
    rendered = _rendered_by_mkdocstrings(text)
    modules = [importlib.import_module(m) for m in _public_modules()]
    problems = []
    for name in exported:
        value = getattr(module, name)
        if name not in timeline.__all__ and name not in doors:
            problems.append(f"{name}: not reachable from timeline or a documented subpackage")
        # Every public module that exports this very object may document it.
        homes = {
            m.__name__
            for m in modules
            if name in getattr(m, "__all__", ()) and getattr(m, name, None) is value
        }
        by_block = any(
            home in rendered and (rendered[home] is None or name in rendered[home])
            for home in homes
        )
        if not by_block and re.search(rf"\b{re.escape(name)}\b", text) is None:
            problems.append(f"{name}: not in the docs")
    assert [] == problems


#: Words in the docs that look like names but are not ours: a page, a source
#: file (the architecture page's map), the UID domain, and ics-py's own
#: ``timeline.on``.
NOT_NAMES = {"timeline.md", "timeline.py", "timeline.invalid", "timeline.on"}

#: Names the docs promise that another part of issue 14 has yet to provide.
PROMISED: dict[str, str] = {}


def _written_names() -> list[str]:
    pattern = re.compile(r"(?<![\w/.-])timeline(?:\.[A-Za-z_]\w*)+")
    pages = [*sorted(DOCS.glob("*.md")), ROOT / "README.md"]
    found = {m for page in pages for m in pattern.findall(page.read_text("utf-8"))}
    return sorted(found - NOT_NAMES)


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


@pytest.mark.parametrize(
    "dotted",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=PROMISED[n]))
        if n in PROMISED
        else n
        for n in _written_names()
    ],
)
def test_every_name_in_the_docs_resolves(dotted):
    """A `timeline.…` name written in docs/ or the README exists."""
    assert _resolve(dotted) is not None


_SCRIPT = """
import hashlib, sys
sys.path[:0] = [sys.argv[1], sys.argv[2]]
import timeline
from timeline.feeds import render_feeds
import tests._payloads as t
digest = hashlib.sha256()

def run(make):
    # Output, or the refusal (class and message): both must not change under -O.
    try:
        result = make()
    except timeline.TimelineError as exc:
        digest.update(f"{type(exc).__name__}: {exc}".encode())
        return
    items = sorted(result.items()) if isinstance(result, dict) else [("", result)]
    for path, data in items:
        digest.update(path.encode() + data)

for key in sorted(t.TEXT_PAYLOADS):
    events = t.hostile_events(t.TEXT_PAYLOADS[key])
    run(lambda: timeline.to_ics(events))
    run(lambda: timeline.HtmlRenderer()(timeline.Timeline(events)))
    run(lambda: render_feeds(events))
    run(lambda: timeline.to_ics(events, name="a\\nb"))
    run(lambda: timeline.dumps(events))
print(digest.hexdigest())
"""


class TestOptimised:
    """Guards are real checks: ``python -O`` writes the same bytes and refuses the same."""

    @pytest.mark.slow
    def test_same_output_under_dash_o(self):
        """The digest of every hostile output is the same with and without -O."""
        results = []
        for flags in ([], ["-O"]):
            done = subprocess.run(
                [sys.executable, *flags, "-c", _SCRIPT, str(ROOT / "src"), str(ROOT)],
                capture_output=True,
                text=True,
                check=True,
                timeout=300,
            )
            results.append(done.stdout.strip())
        assert 64 == len(results[0])
        assert results[0] == results[1]

    def test_digest_is_of_real_output(self):
        """The digest covers output that differs per payload (a guard for the test itself)."""
        one = hashlib.sha256(timeline.to_ics(hostile_events("a"))).hexdigest()
        two = hashlib.sha256(timeline.to_ics(hostile_events("b"))).hexdigest()
        assert one != two
