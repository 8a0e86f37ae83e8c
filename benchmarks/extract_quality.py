"""
Extraction quality on the development set: precision, recall and F1 per field.

Each ``tests/data/devset/NAME.txt`` page has its expected events in
``NAME.toml`` (the project's data format). Pages are extracted with the
expected publication date; events pair up by page order. A field's facts
are compared as sets of tuples, e.g. people as ``(name, title, role)``.

Run: ``PYTHONPATH=src python benchmarks/extract_quality.py [DIR]``
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import timeline
from timeline.extract import extract_text

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "data" / "devset"

Fact = tuple[object, ...]

#: Field name -> the facts of one event.
FIELDS: dict[str, Callable[[timeline.Event], Iterable[Fact]]] = {
    "date": lambda e: [(e.start, e.end)],
    "title": lambda e: [(e.title,)],
    "summary": lambda e: [(e.summary,)],
    "kinds": lambda e: [(k,) for k in e.kinds],
    "people": lambda e: [(p.person.name, p.person.title, p.role) for p in e.participants],
    "organisations": lambda e: [
        (d.organisation.name, d.organisation.parent, d.role, d.representatives)
        for d in e.delegations
    ],
    "locations": lambda e: [(x.name, x.area) for x in e.locations],
    "headcounts": lambda e: [
        (h.count, h.precision, h.unit, h.counted, h.text) for h in e.headcounts
    ],
    "byline": lambda e: [(p.person.name, p.role) for p in e.source.byline] if e.source else [],
}


def _facts(events: Iterable[timeline.Event], page: str) -> dict[str, set[Fact]]:
    out: dict[str, set[Fact]] = {f: set() for f in FIELDS}
    for i, event in enumerate(events):
        for field, get in FIELDS.items():
            out[field].update((page, i, *fact) for fact in get(event))
    return out


def score(directory: Path = DEVSET) -> tuple[dict[str, tuple[float, float, float]], list[str]]:
    """
    Score the extractor on every page of ``directory``.

    Returns:
        Field -> (precision, recall, F1), and one line per missed or wrong fact.
    """
    tp = dict.fromkeys(FIELDS, 0)
    got_n = dict.fromkeys(FIELDS, 0)
    exp_n = dict.fromkeys(FIELDS, 0)
    diffs: list[str] = []
    for expected_path in sorted(directory.glob("*.toml")):
        expected = timeline.load(expected_path)
        published = expected[0].source.published if expected[0].source else None
        page = expected_path.with_suffix(".txt")
        result = extract_text(page.read_text(encoding="utf-8"), published=published)
        want = _facts(expected, page.stem)
        got = _facts(result.events, page.stem)
        for field in FIELDS:
            tp[field] += len(want[field] & got[field])
            got_n[field] += len(got[field])
            exp_n[field] += len(want[field])
            diffs.extend(f"{field} missed {f}" for f in sorted(want[field] - got[field], key=str))
            diffs.extend(f"{field} wrong  {f}" for f in sorted(got[field] - want[field], key=str))
    scores = {}
    for field in FIELDS:
        p = tp[field] / got_n[field] if got_n[field] else 1.0
        r = tp[field] / exp_n[field] if exp_n[field] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        scores[field] = (p, r, f1)
    return scores, diffs


def main() -> None:
    """Print the table (and, with ``-v``, every difference)."""
    args = [a for a in sys.argv[1:] if a != "-v"]
    directory = Path(args[0]) if args else DEVSET
    scores, diffs = score(directory)
    pages = len(list(directory.glob("*.toml")))
    print(f"{pages} pages in {directory}")
    print(f"{'field':<14} {'precision':>9} {'recall':>7} {'F1':>6}")
    for field, (p, r, f1) in scores.items():
        print(f"{field:<14} {p:>9.3f} {r:>7.3f} {f1:>6.3f}")
    if "-v" in sys.argv:
        print(*diffs, sep="\n")


if __name__ == "__main__":
    main()
