"""
The benchmark suite: our exporter, importer, timeline, extractor and feeds beside the peers.

One command runs everything::

    python benchmarks/run.py [--sizes 1e3,1e4,1e5,1e6] [--quick] [--out docs/performance.md]

Every measurement runs in a fresh child process (this same file with
``--child``), so one run's memory cannot leak into the next. In the child:

1. the inputs are built first (the :mod:`synth` events for an export or a
   timeline, nothing for an import, whose input is a file on disk);
2. ``gc.collect()``, then the kernel's peak-RSS mark is reset (``5`` written to
   ``/proc/self/clear_refs``) and the current RSS is taken as the baseline;
3. the operation runs once, timed with ``time.perf_counter``;
4. peak memory growth is ``VmHWM - baseline`` from ``/proc/self/status``.

Where ``clear_refs`` cannot be written, ``ru_maxrss`` from
``resource.getrusage`` is used instead, and the table says so.

Before a peer runs at a size, its time is predicted from its rate at the
largest smaller size measured; past ``--time-bound`` seconds (default 120) it
is skipped, and the tables say so. Our own implementations that are not on
this branch yet are reported as "not available" rather than failing the run.

Results go to a JSON file beside the Markdown (``perf-results.json``), the
tables between ``<!-- bench:SECTION -->`` markers in ``--out`` (everything
else in that file is left alone), and the plots to ``docs/images/``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import importlib
import importlib.metadata
import inspect
import io
import json
import os
import platform
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MIB = 1024 * 1024

#: Exporters, in table order. "ours" streams to the file; the rest build the
#: whole calendar in memory and write it, as their APIs require.
EXPORTERS = (
    "ours",
    "ours-nosync",
    "ours-to_ics",
    "floor",
    "icalendar",
    "ical",
    "ics-py",
    "vobject",
)
#: Importers read the floor's feed (the peers' content, as in the issue's
#: table); those marked ``@own`` read our exporter's richer feed (about 2.5x the
#: bytes: the model rides along in X-TIMELINE-* properties) for the round trip.
IMPORTERS = (
    "ours-stream",
    "ours-from_ics",
    "icalendar",
    "ical",
    "ics-py",
    "vobject",
    "ours-stream@own",
    "ours-from_ics@own",
    "icalendar@own",
)
TIMELINES = ("ours", "ics-py")
SECTIONS = ("export", "import", "timeline", "extraction", "feeds")

# Known costs per event from the reference table of issue 6, used to predict
# the first size's time before anything has been measured here.
_PRIOR_RATE = {
    ("export", "icalendar"): 2350.0,
    ("export", "ical"): 2870.0,
    ("export", "ics-py"): 4060.0,
    ("export", "vobject"): 1280.0,
    ("import", "icalendar"): 2250.0,
    ("import", "ical"): 2420.0,
    # Measured here, not in the issue (177 ev/s there): with TatSu 5.x ics-py
    # 0.7.3 recurses per character of each line (see _deep).
    ("import", "ics-py"): 3.3,
}

Result = dict[str, Any]


# ============================================================================
# The child side: one measurement per process
# ============================================================================


def _status_kib(field: str) -> int:
    with Path("/proc/self/status").open(encoding="ascii") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    msg = f"{field} not in /proc/self/status"
    raise OSError(msg)


class _Memory:
    """Peak RSS growth over a baseline taken after the inputs are built."""

    def __init__(self) -> None:
        gc.collect()
        try:
            Path("/proc/self/clear_refs").write_text("5", encoding="ascii")
            self.method = "VmHWM after clear_refs"
            self.base = _status_kib("VmRSS")
        except OSError:
            self.method = "ru_maxrss"
            self.base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    def growth_mib(self) -> float:
        if self.method == "ru_maxrss":
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        else:
            peak = _status_kib("VmHWM")
        return max(0, peak - self.base) / 1024


def _measure(run: Callable[[], Any]) -> tuple[float, float, str, Any]:
    mem = _Memory()
    t0 = time.perf_counter()
    value = run()
    seconds = time.perf_counter() - t0
    return seconds, mem.growth_mib(), mem.method, value


def _events(n: int, seed: int) -> list[Any]:
    import synth  # noqa: PLC0415 - the child puts benchmarks/ on the path

    return synth.make_events(n, seed=seed)


def _ours(module: str, *names: str) -> Callable[..., Any] | None:
    """Return the first of ``names`` in our ``module``, or None if not on this branch."""
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return None
    for name in names:
        func = getattr(mod, name, None)
        if callable(func):
            return func  # type: ignore[no-any-return]
    return None


class _Unavailable(Exception):  # noqa: N818 - a status, not an error
    pass


def _exporter(impl: str) -> Callable[[list[Any], Path], int]:
    """Return ``export(events, path) -> bytes written`` for ``impl``."""
    import synth  # noqa: PLC0415

    def whole(build: Callable[[list[Any]], bytes]) -> Callable[[list[Any], Path], int]:
        def export(events: list[Any], path: Path) -> int:
            data = build(events)
            path.write_bytes(data)
            return len(data)

        return export

    if impl in ("ours", "ours-nosync"):
        write_ics = _ours("timeline.ics", "write_ics")
        if write_ics is None:
            msg = "timeline.ics.write_ics is not on this branch"
            raise _Unavailable(msg)
        # "ours" fsyncs before the atomic rename, as write_ics does by
        # default; "ours-nosync" skips the sync, like every peer's plain write.
        options = {"durable": False} if impl == "ours-nosync" else {}

        def export(events: list[Any], path: Path) -> int:
            write_ics(events, path, **options)
            return path.stat().st_size

        return export
    if impl == "ours-to_ics":
        to_ics = _ours("timeline.ics", "to_ics")
        if to_ics is None:
            msg = "timeline.ics.to_ics is not on this branch"
            raise _Unavailable(msg)
        return whole(to_ics)
    builders: dict[str, Callable[[list[Any]], bytes]] = {
        "floor": synth.floor_ics,
        "icalendar": lambda ev: synth.to_icalendar(ev).to_ical(),
        "ical": lambda ev: synth.ical_to_bytes(synth.to_ical(ev)),
        "ics-py": lambda ev: synth.to_icspy(ev).serialize().encode(),
        "vobject": lambda ev: synth.to_vobject(ev).serialize().encode(),
    }
    return whole(builders[impl])


def _child_export(impl: str, n: int, seed: int, workdir: Path) -> Result:
    export = _exporter(impl)
    events = _events(n, seed)
    path = workdir / f"export-{impl}-{n}.ics"
    seconds, mem, method, size = _measure(lambda: export(events, path))
    path.unlink(missing_ok=True)
    return {"seconds": seconds, "mem_mib": mem, "mem_method": method, "bytes": size}


def _importer(impl: str) -> Callable[[Path], int]:
    """Return ``parse(path) -> number of events`` for ``impl``."""
    # Our readers refuse inputs over 512 MiB by default; 10^6 events are ~2 GB.
    unbounded = {"max_bytes": 1 << 40}
    if impl == "ours-stream":
        reader = _ours("timeline.ics", "iter_ics") or _ours("timeline.ics.read", "iter_ics")
        if reader is None:
            msg = "no streaming reader (iter_ics) in timeline.ics on this branch"
            raise _Unavailable(msg)

        def stream(path: Path) -> int:
            # Count and drop: the point is that memory stays flat as n grows.
            with path.open("rb") as f:
                return sum(1 for _ in reader(f, source=str(path), **unbounded))

        return stream
    if impl == "ours-from_ics":
        from_ics = _ours("timeline.ics", "from_ics")
        if from_ics is None:
            msg = "timeline.ics.from_ics is not on this branch"
            raise _Unavailable(msg)
        return lambda path: len(from_ics(path.read_bytes(), **unbounded))
    if impl == "icalendar":
        import icalendar  # noqa: PLC0415

        return lambda path: len(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    if impl == "ical":
        from ical.calendar_stream import IcsCalendarStream  # noqa: PLC0415

        return lambda path: len(
            IcsCalendarStream.calendar_from_ics(path.read_text(encoding="utf-8")).events
        )
    if impl == "ics-py":
        import ics  # noqa: PLC0415

        return lambda path: _deep(
            lambda: len(ics.Calendar(path.read_text(encoding="utf-8")).events)
        )
    if impl == "vobject":
        import vobject  # noqa: PLC0415

        return lambda path: len(
            vobject.readOne(path.read_text(encoding="utf-8")).contents.get("vevent", [])
        )
    raise ValueError(impl)


def _deep(run: Callable[[], Any]) -> Any:  # noqa: ANN401 - passes run's value through
    """
    Call ``run`` in a thread with a 1 GiB stack and no practical recursion limit.

    ics-py 0.7.3 parses each content line with a TatSu grammar that recurses
    per character; with TatSu 5.x a 300-character CJK DESCRIPTION overflows
    the default stack and kills the interpreter ("lost sys.stderr").
    """
    out: list[Any] = []
    sys.setrecursionlimit(10**6)
    threading.stack_size(1024 * MIB)
    worker = threading.Thread(target=lambda: out.append(run()))
    worker.start()
    worker.join()
    if not out:
        msg = "the parse failed in its thread (see stderr)"
        raise RuntimeError(msg)
    return out[0]


def _child_import(impl: str, n: int, _seed: int, workdir: Path) -> Result:
    name, _, feed = impl.partition("@")
    path = workdir / f"input-{feed or 'floor'}-{n}.ics"
    if not path.exists():
        msg = f"no {feed or 'floor'} feed to read (our write_ics is not on this branch)"
        raise _Unavailable(msg)
    parse = _importer(name)
    seconds, mem, method, count = _measure(lambda: parse(path))
    if count != n:
        msg = f"parsed {count} events, expected {n}"
        raise RuntimeError(msg)
    return {
        "seconds": seconds,
        "mem_mib": mem,
        "mem_method": method,
        "bytes": path.stat().st_size,
    }


def _child_prepare(impl: str, n: int, seed: int, workdir: Path) -> Result:
    """Write the import inputs: the floor's feed, and ours if our exporter is here."""
    import synth  # noqa: PLC0415

    own = impl != "floor-only"
    events = synth.make_events(n, seed=seed)
    floor = workdir / f"input-floor-{n}.ics"
    floor.write_bytes(synth.floor_ics(events))
    write_ics = _ours("timeline.ics", "write_ics")
    if write_ics is not None and own:
        write_ics(events, workdir / f"input-own-{n}.ics")
    return {
        "seconds": 0.0,
        "mem_mib": 0.0,
        "mem_method": "",
        "bytes": floor.stat().st_size,
    }


def _query_days(n: int, count: int) -> list[dt.date]:
    import synth  # noqa: PLC0415

    rng = random.Random(n)  # noqa: S311 - reproducible query days
    first = synth._EPOCH  # noqa: SLF001 - the generator's date range
    return [first + dt.timedelta(days=rng.randrange(3650)) for _ in range(count)]


def _child_timeline(impl: str, n: int, seed: int, _workdir: Path) -> Result:
    events = _events(n, seed)
    if impl == "ours":
        from timeline import Timeline  # noqa: PLC0415

        seconds, mem, method, tl = _measure(lambda: Timeline(events))
        on_date = getattr(tl, "on_date", None)
        result: Result = {"seconds": seconds, "mem_mib": mem, "mem_method": method}
        if on_date is None:
            result["note"] = "Timeline.on_date is not on this branch: build time only"
            return result
        days = _query_days(n, 2001)
        # The first query may build a lazy index: time it on its own, so the
        # mean is the steady-state cost of a query.
        t0 = time.perf_counter()
        on_date(days.pop())
        result["first_query_seconds"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        hits = sum(len(on_date(day)) for day in days)
        result["query_seconds"] = (time.perf_counter() - t0) / len(days)
        result["mean_k"] = hits / len(days)
        overlapping = getattr(tl, "overlapping", None)
        if overlapping is not None:
            windows = [
                (
                    dt.datetime.combine(day, dt.time(), tzinfo=tl.zone),
                    dt.datetime.combine(day + dt.timedelta(days=7), dt.time(), tzinfo=tl.zone),
                )
                for day in days[:500]
            ]
            t0 = time.perf_counter()
            with contextlib.suppress(TypeError):
                sum(len(overlapping(a, b)) for a, b in windows)
                result["range_seconds"] = (time.perf_counter() - t0) / len(windows)
        return result
    import arrow  # noqa: PLC0415 - ics-py's time type
    import synth  # noqa: PLC0415

    cal = synth.to_icspy(events)
    events.clear()  # only the ics-py calendar stays in memory
    seconds, mem, method, _ = _measure(lambda: cal.timeline)
    days = _query_days(n, 3 if n >= 10_000 else 20)
    t0 = time.perf_counter()
    hits = 0
    for day in days:
        hits += sum(1 for _ in cal.timeline.on(arrow.get(day, tzinfo="Asia/Shanghai")))
    return {"seconds": seconds, "mem_mib": mem, "mem_method": method,
            "query_seconds": (time.perf_counter() - t0) / len(days),
            "mean_k": hits / len(days)}  # fmt: skip


def _pages() -> list[str]:
    # The seed alone, read again and again, timed the extractor's best case:
    # every real training page is read once per pass, as a user's folder is.
    data = ROOT / "tests" / "data"
    pages = sorted(data.glob("*.txt")) + sorted((data / "devset").glob("*.txt"))
    pages += sorted((data / "real" / "train").glob("*.txt"))
    shared = ROOT.parent / "shared" / "seed"  # the seed beside the checkout, if there
    if shared.is_dir():
        pages += sorted(shared.glob("*.txt"))
    texts: dict[str, str] = {}
    for p in pages:
        text = p.read_text(encoding="utf-8")
        texts.setdefault(text, p.name)
    return list(texts)


def _child_extraction(_impl: str, _n: int, _seed: int, _workdir: Path) -> Result:
    extract_text = _ours("timeline.extract", "extract_text")
    if extract_text is None:
        msg = "timeline.extract.extract_text is not on this branch"
        raise _Unavailable(msg)
    texts = _pages()
    total = sum(len(t.encode()) for t in texts)
    published = dt.date(2020, 6, 3)
    params = inspect.signature(extract_text).parameters

    def once() -> int:
        count = 0
        for text in texts:
            kwargs: dict[str, Any] = {}
            if "published" in params:
                kwargs["published"] = published
            result = extract_text(text, **kwargs)
            count += len(getattr(result, "events", result))
        return count

    found = once()  # warm-up: lazy imports and caches load outside the timing
    reps = 0
    mem = _Memory()
    t0 = time.perf_counter()
    while True:
        once()
        reps += 1
        seconds = time.perf_counter() - t0
        if seconds > 2.0:
            break
    return {"seconds": seconds, "mem_mib": mem.growth_mib(), "mem_method": mem.method,
            "bytes": total * reps, "reps": reps, "events_found": found,
            "pages": len(texts)}  # fmt: skip


def _child_facets(n: int, seed: int) -> Result:
    facets = _ours("timeline", "facets")
    if facets is None:
        msg = "timeline.facets is not on this branch"
        raise _Unavailable(msg)
    events = _events(n, seed)
    seconds, mem, method, feeds = _measure(lambda: facets(events))
    kinds = {}
    for feed in feeds:
        kinds[feed.kind] = kinds.get(feed.kind, 0) + 1
    return {"seconds": seconds, "mem_mib": mem, "mem_method": method, "bytes": 0,
            "files": len(feeds), "people": kinds.get("person", 0),
            "places": kinds.get("place", 0)}  # fmt: skip


def _child_feeds(impl: str, n: int, seed: int, workdir: Path) -> Result:
    if impl == "ours-facets":
        return _child_facets(n, seed)
    write_feeds = _ours("timeline.feeds", "write_feeds") or _ours("timeline", "write_feeds")
    if write_feeds is None:
        msg = "write_feeds is not on this branch"
        raise _Unavailable(msg)
    events = _events(n, seed)
    out = workdir / f"feeds-{n}"
    kwargs = {"durable": False} if "durable" in inspect.signature(write_feeds).parameters else {}
    seconds, mem, method, _ = _measure(lambda: write_feeds(events, out, **kwargs))
    real = out.resolve()
    files = [p for p in real.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    shutil.rmtree(real)
    out.unlink(missing_ok=True) if out.is_symlink() else shutil.rmtree(out, ignore_errors=True)
    people = {p.person.name for e in events for p in e.participants}
    places = {loc.name for e in events for loc in e.locations}
    return {"seconds": seconds, "mem_mib": mem, "mem_method": method, "bytes": size,
            "files": len(files), "people": len(people), "places": len(places)}  # fmt: skip


_CHILDREN: dict[str, Callable[[str, int, int, Path], Result]] = {
    "export": _child_export,
    "import": _child_import,
    "prepare": _child_prepare,
    "timeline": _child_timeline,
    "extraction": _child_extraction,
    "feeds": _child_feeds,
}


def child_main(args: argparse.Namespace) -> int:
    """Run one measurement and print its result as one JSON line."""
    sys.path.insert(0, str(HERE))
    try:
        result = _CHILDREN[args.child](args.impl, args.n, args.seed, Path(args.workdir))
        result["status"] = "ok"
    except _Unavailable as exc:
        result = {"status": "not available", "note": str(exc)}
    except Exception as exc:  # noqa: BLE001 - any failure is a result to report
        result = {"status": "error", "note": f"{type(exc).__name__}: {exc}"[:300]}
    print("RESULT " + json.dumps(result))
    return 0


# ============================================================================
# The parent side: plan, run, tabulate, plot
# ============================================================================


#: The source tree the children import ``timeline`` from (``--src``).
SRC = [ROOT / "src"]


def _run_child(  # noqa: PLR0913 - the child's whole command line, all keyword-only
    section: str, impl: str, n: int, *, seed: int, workdir: Path, timeout: float
) -> Result:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", section, "--impl", impl,
           "--n", str(n), "--seed", str(seed), "--workdir", str(workdir)]  # fmt: skip
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(SRC[0]), str(HERE)]))
    base: Result = {
        "section": section,
        "impl": impl,
        "n": n,
        "load": os.getloadavg()[0],
    }
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, env=env, check=False
        )
    except subprocess.TimeoutExpired:
        return base | {"status": "skipped", "note": f"timed out after {timeout:.0f} s"}
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("RESULT "):
            return base | json.loads(line.removeprefix("RESULT "))
    tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
    return base | {
        "status": "error",
        "note": f"child exited {proc.returncode}: {tail}"[:300],
    }


def _rate(result: Result) -> float | None:
    if result.get("status") != "ok" or not result.get("seconds"):
        return None
    return float(result["n"]) / float(result["seconds"])


class Runner:
    """Plans the runs, applies the time bound, and prints as it goes."""

    def __init__(self, *, seed: int, bound: float, workdir: Path, quiet: bool) -> None:
        """Start with no results; ``bound`` is the peers' time bound in seconds."""
        self.seed = seed
        self.bound = bound
        self.workdir = workdir
        self.quiet = quiet
        self.results: list[Result] = []
        self.rates: dict[tuple[str, str], float] = {}
        self.bounds: dict[str, float] = {}
        self.ours_bound = 600.0
        self.repeat = 1
        self.impls: set[str] | None = None

    def say(self, text: str) -> None:
        """Print progress unless quiet."""
        if not self.quiet:
            print(text, flush=True)

    def run(self, section: str, impl: str, n: int, *, skip: str | None = None) -> Result | None:
        """Measure ``impl`` at ``n`` (best of ``repeat``), unless filtered out or skipped."""
        if self.impls is not None and impl not in self.impls:
            return None
        key = (section, impl)
        rate = self.rates.get(key) or _PRIOR_RATE.get(key)
        ours = impl.startswith("ours") or impl == "floor"
        bound = self.bounds.get(section, self.ours_bound if ours else self.bound)
        if skip is None and rate is not None and n / rate > bound:
            skip = f"predicted {n / rate:,.0f} s at {rate:,.0f} ev/s > {bound:.0f} s bound"
        if skip is not None:
            result: Result = {"section": section, "impl": impl, "n": n, "status": "skipped",
                              "note": skip}  # fmt: skip
        else:
            runs = []
            for _ in range(self.repeat):
                t0 = time.perf_counter()
                one = _run_child(
                    section, impl, n, seed=self.seed, workdir=self.workdir,
                    timeout=2 * bound + 60 + n / 5000,
                )  # fmt: skip
                one["wall"] = time.perf_counter() - t0
                runs.append(one)
                if one.get("status") != "ok":
                    break
            # Best of the repeats: on a shared machine the fastest run is the
            # one least disturbed by the neighbours.
            ok = [r for r in runs if r.get("status") == "ok"]
            result = min(ok, key=lambda r: r["seconds"]) if ok else runs[-1]
            if len(runs) > 1:
                result["repeats"] = [round(r.get("seconds", 0.0), 3) for r in runs]
            measured = _rate(result)
            if measured is not None:
                self.rates[key] = measured
        self.results.append(result)
        self.say(_one_line(result))
        return result


def _one_line(r: Result) -> str:
    head = f"  {r['section']:<10} {r['impl']:<17} n={r['n']:>9,}"
    rate = _rate(r)
    if rate is None:
        return f"{head}  {r['status']}: {r.get('note', '')}"
    mbs = f" {r['bytes'] / r['seconds'] / 1e6:6.1f} MB/s" if r.get("bytes") else ""
    extra = f" {r['note']}" if r.get("note") else ""
    if r.get("query_seconds"):
        extra = f" day query {r['query_seconds'] * 1e6:,.1f} µs (k={r['mean_k']:.1f})" + extra
    timing = f"{rate:>10,.0f} ev/s  {r['mem_mib']:>8,.1f} MiB  ({r['seconds']:.2f} s)"
    return f"{head}  {timing}{mbs}{extra}"


def _sizes(text: str) -> list[int]:
    return [int(float(s)) for s in text.split(",") if s.strip()]


def run_all(  # noqa: C901, PLR0912 - one loop over sections reads better than five
    args: argparse.Namespace, *, earlier: Iterable[Result] = ()
) -> list[Result]:
    """Run every requested section at every size; ``earlier`` results seed the predictions."""
    sizes = _sizes(args.sizes)
    sections = args.sections.split(",") if args.sections else list(SECTIONS)
    big = int(float(args.peer_max)) if args.peer_max else None
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as tmp:
        runner = Runner(seed=args.seed, bound=args.time_bound, workdir=Path(tmp),
                        quiet=args.quiet)  # fmt: skip
        runner.ours_bound = args.ours_bound
        runner.repeat = max(1, args.repeat)
        runner.impls = set(args.impls.split(",")) if args.impls else None
        for item in args.bound or ():
            section, _, seconds = item.partition("=")
            runner.bounds[section] = float(seconds)
        for r in sorted(earlier, key=lambda r: r["n"]):
            rate = _rate(r)
            if rate is not None:
                runner.rates[(r["section"], r["impl"])] = rate
        for n in sizes:
            runner.say(f"n = {n:,}")
            if "export" in sections:
                for impl in EXPORTERS:
                    runner.run("export", impl, n, skip=_peer_skip(impl, n, big))
            if "import" in sections and (runner.impls is None or runner.impls & set(IMPORTERS)):
                wanted = runner.impls or set(IMPORTERS)
                which = "" if any("@own" in i for i in wanted) else "floor-only"
                # Generous: on a loaded machine 10^5 events take minutes to write.
                prep = _run_child("prepare", which, n, seed=args.seed, workdir=Path(tmp),
                                  timeout=max(900.0, n / 100))  # fmt: skip
                if prep.get("status") != "ok":
                    runner.say(f"  import inputs failed: {prep.get('note')}")
                for impl in IMPORTERS:
                    runner.run("import", impl, n, skip=_peer_skip(impl, n, big))
                for feed in ("floor", "own"):
                    (Path(tmp) / f"input-{feed}-{n}.ics").unlink(missing_ok=True)
            if "timeline" in sections:
                for impl in TIMELINES:
                    runner.run("timeline", impl, n, skip=_peer_skip(impl, n, big))
            if "feeds" in sections:
                runner.run("feeds", "ours-facets", n)
                runner.run("feeds", "ours", n)
        if "extraction" in sections:
            runner.say("extraction")
            runner.run("extraction", "ours", 0)
    return runner.results


def _peer_skip(impl: str, n: int, big: int | None) -> str | None:
    if big is None or n <= big or impl.startswith("ours") or impl == "floor":
        return None
    return f"peers run only up to n = {big:,} (--peer-max)"


# -- reporting ----------------------------------------------------------------------


def _versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for dist in ("icalendar", "ical", "ics", "vobject", "attrs", "dask", "matplotlib"):
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            out[dist] = importlib.metadata.version(dist)
    return out


def _machine() -> dict[str, str]:
    cpu = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="ascii").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = "unknown"
    with contextlib.suppress(OSError):
        kib = int(Path("/proc/meminfo").read_text(encoding="ascii").split()[1])
        mem = f"{kib / MIB:.1f} GiB"
    return {"nproc": str(os.cpu_count()), "cpu": cpu, "memory": mem,
            "kernel": platform.release(), "load": "%.2f %.2f %.2f" % os.getloadavg()}  # fmt: skip  # noqa: UP031


def _fmt_n(n: int) -> str:
    exp = len(str(n)) - 1
    return f"10^{exp}" if n == 10**exp else f"{n:,}"


def _by(results: Iterable[Result], section: str) -> list[Result]:
    return [r for r in results if r["section"] == section]


def _lookup(results: list[Result], section: str, impl: str, n: int) -> Result | None:
    for r in results:
        if r["section"] == section and r["impl"] == impl and r["n"] == n:
            return r
    return None


def _ratio_vs(results: list[Result], section: str, impl: str, r: Result) -> str:
    """``rate / rate(impl)`` at the same n; else against impl's largest smaller n, marked."""
    mine = _rate(r)
    if mine is None:
        return ""
    ref = _rate(_lookup(results, section, impl, r["n"]) or {})
    if ref is not None:
        return f"{mine / ref:.2f}x"
    smaller = [
        x for x in results
        if x["section"] == section and x["impl"] == impl and x["n"] < r["n"] and _rate(x)
    ]  # fmt: skip
    if not smaller:
        return "—"
    best = max(smaller, key=lambda x: x["n"])
    return f"{mine / _rate(best):.2f}x (vs {_fmt_n(best['n'])})"  # type: ignore[operator]


def _rate_table(results: list[Result], section: str, order: tuple[str, ...]) -> str:
    floor_col = section == "export"
    head = "| N | implementation | events/s | MB/s | vs icalendar |"
    head += " vs floor |" if floor_col else ""
    head += " peak growth (MiB) | file MB | note |"
    rows = [head, "|---|---|" + "---:|" * (head.count("|") - 4) + "---|"]
    sec = _by(results, section)
    for n in sorted({r["n"] for r in sec}):
        for impl in order:
            r = _lookup(sec, section, impl, n)
            if r is None:
                continue
            rate = _rate(r)
            if rate is None:
                blanks = " |" * (head.count("|") - 5)
                rows.append(f"| {_fmt_n(n)} | {impl} | {r['status']}{blanks} {r.get('note', '')} |")
                continue
            feed = impl.partition("@")[2]
            ref = "icalendar@" + feed if feed else "icalendar"
            cells = [
                _fmt_n(n),
                impl,
                f"{rate:,.0f}",
                f"{r.get('bytes', 0) / r['seconds'] / 1e6:,.1f}",
                _ratio_vs(sec, section, ref, r),
            ]
            if floor_col:
                cells.append(_ratio_vs(sec, section, "floor", r))
            cells += [
                f"{r['mem_mib']:,.1f}",
                f"{r.get('bytes', 0) / 1e6:,.1f}",
                r.get("note", ""),
            ]
            rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def _timeline_table(results: list[Result]) -> str:
    rows = [
        (
            "| N | implementation | build (s) | build growth (MiB) | first query (ms) | "
            "day query (µs) | mean k | 7-day range (µs) | speed-up vs ics-py | note |"
        ),
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    sec = _by(results, "timeline")
    for n in sorted({r["n"] for r in sec}):
        for impl in TIMELINES:
            r = _lookup(sec, "timeline", impl, n)
            if r is None:
                continue
            if r.get("status") != "ok":
                rows.append(f"| {_fmt_n(n)} | {impl} | {r['status']} | | | | | | | "
                            f"{r.get('note', '')} |")  # fmt: skip
                continue
            q = r.get("query_seconds")
            rng = r.get("range_seconds")
            speed = ""
            other = _lookup(sec, "timeline", "ics-py", n)
            if impl == "ours" and q and other and other.get("query_seconds"):
                speed = f"{other['query_seconds'] / q:,.0f}x"
            rows.append(
                f"| {_fmt_n(n)} | {impl} | {r['seconds']:.3f} | {r['mem_mib']:,.1f} | "
                f"{r.get('first_query_seconds', float('nan')) * 1e3:,.2f} | "
                f"{q * 1e6 if q else float('nan'):,.1f} | {r.get('mean_k', float('nan')):.1f} | "
                f"{rng * 1e6 if rng else float('nan'):,.1f} | {speed} | {r.get('note', '')} |"
            )
    return "\n".join(rows).replace("nan", "—")


def _extraction_table(results: list[Result]) -> str:
    rows = [
        "| input | KB/s (one core) | repetitions | events per pass | peak growth (MiB) | note |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for r in _by(results, "extraction"):
        if r.get("status") != "ok":
            rows.append(f"| — | {r['status']} | | | | {r.get('note', '')} |")
            continue
        rows.append(
            f"| {r['pages']} page(s), {r['bytes'] / r['reps'] / 1000:.1f} KB | "
            f"{r['bytes'] / r['seconds'] / 1000:,.0f} | {r['reps']} | {r['events_found']} | "
            f"{r['mem_mib']:,.1f} | |"
        )
    return "\n".join(rows)


def _feeds_table(results: list[Result]) -> str:
    rows = [
        "| N | step | seconds | events/s | feeds | MB | people | places | growth (MiB) | note |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    step = {"ours": "write_feeds (group, render, write)", "ours-facets": "facets (group only)"}
    for r in sorted(_by(results, "feeds"), key=lambda r: (r["n"], r["impl"] != "ours-facets")):
        head = f"| {_fmt_n(r['n'])} | {step.get(r['impl'], r['impl'])} |"
        if r.get("status") != "ok":
            rows.append(f"{head} {r['status']} | | | | | | | {r.get('note', '')} |")
            continue
        rows.append(
            f"{head} {r['seconds']:.2f} | {_rate(r):,.0f} | {r['files']:,} | "
            f"{r['bytes'] / 1e6:,.1f} | {r['people']:,} | {r['places']:,} | {r['mem_mib']:,.1f} | |"
        )
    return "\n".join(rows)


def _check(label: str, value: float | None, ok: Callable[[float], bool], shown: str) -> str:
    if value is None:
        return f"| {label} | not measured | — |"
    return f"| {label} | {shown} | {'met' if ok(value) else 'MISSED'} |"


def _targets_table(results: list[Result]) -> str:  # noqa: C901 - one row per target
    rows = ["| target | measured | verdict |", "|---|---|---|"]
    exp = _by(results, "export")
    for n in (10**5, 10**6):
        ours = _lookup(exp, "export", "ours", n)
        rate = _rate(ours or {})
        rows.append(_check(f"streaming export >= 15,000 ev/s at {_fmt_n(n)}", rate,
                           lambda v: v >= 15_000, f"{rate or 0:,.0f} ev/s"))  # fmt: skip
        for peer, need, word in (("icalendar", 6.0, ">= 6x icalendar"),
                                 ("floor", 0.5, "within 2x of the floor")):  # fmt: skip
            ref = _lookup(exp, "export", peer, n)
            if ref is None or _rate(ref) is None:
                smaller = [r for r in exp if r["impl"] == peer and _rate(r) and r["n"] < n]
                ref = max(smaller, key=lambda r: r["n"]) if smaller else None
            ratio = rate / _rate(ref) if rate and ref and _rate(ref) else None  # type: ignore[operator]
            at = f" (vs its {_fmt_n(ref['n'])})" if ref and ref["n"] != n else ""
            rows.append(_check(f"export {word} at {_fmt_n(n)}", ratio,
                               lambda v, need=need: v >= need,
                               f"{ratio or 0:.2f}x{at}"))  # fmt: skip
    big = max((r for r in exp if r["impl"] == "ours" and _rate(r)), key=lambda r: r["n"],
              default=None)  # fmt: skip
    if big is not None:
        rows.append(_check(f"export peak growth < 64 MiB at {_fmt_n(big['n'])}", big["mem_mib"],
                           lambda v: v < 64, f"{big['mem_mib']:.1f} MiB"))  # fmt: skip
    imp = _by(results, "import")
    for n in sorted({r["n"] for r in imp}):
        ours = _rate(_lookup(imp, "import", "ours-stream", n) or {})
        ref = _rate(_lookup(imp, "import", "icalendar", n) or {})
        if n >= 10**5 and ours is not None:
            ratio = ours / ref if ref else None
            rows.append(_check(f"streaming import >= icalendar's parse rate at {_fmt_n(n)}",
                               ratio, lambda v: v >= 1, f"{ratio or 0:.2f}x"))  # fmt: skip
            mem = (_lookup(imp, "import", "ours-stream", n) or {}).get("mem_mib")
            rows.append(_check(f"streaming import bounded memory (< 64 MiB) at {_fmt_n(n)}",
                               mem, lambda v: v < 64, f"{mem or 0:.1f} MiB"))  # fmt: skip
    tl = _by(results, "timeline")
    build = _lookup(tl, "timeline", "ours", 10**6)
    if build is not None and build.get("status") == "ok":
        rows.append(_check("timeline build from 10^6 events < 5 s", build["seconds"],
                           lambda v: v < 5, f"{build['seconds']:.2f} s"))  # fmt: skip
    ours_q = (_lookup(tl, "timeline", "ours", 10**5) or {}).get("query_seconds")
    ics_q = (_lookup(tl, "timeline", "ics-py", 10**5) or {}).get("query_seconds")
    if ours_q and ics_q:
        rows.append(_check("day query >= 1000x faster than ics-py timeline.on at 10^5",
                           ics_q / ours_q, lambda v: v >= 1000,
                           f"{ics_q / ours_q:,.0f}x"))  # fmt: skip
    for r in _by(results, "extraction"):
        if r.get("status") == "ok":
            kbs = r["bytes"] / r["seconds"] / 1000
            rows.append(_check("extraction >= 500 KB/s per core", kbs, lambda v: v >= 500,
                               f"{kbs:,.0f} KB/s"))  # fmt: skip
    rows.extend(
        f"| faceted feeds ({r['impl']}) for {_fmt_n(r['n'])} events: {r['people']:,} people, "
        f"{r['places']:,} places | {r['seconds']:.1f} s, {r['files']:,} feeds, "
        f"{r['mem_mib']:.0f} MiB | see Faceted feeds |"
        for r in _by(results, "feeds")
        if r.get("status") == "ok" and r["n"] >= 10**5
    )
    return "\n".join(rows)


def _environment(meta: Result) -> str:
    m, v = meta["machine"], meta["versions"]
    pkgs = ", ".join(f"{k} {val}" for k, val in v.items() if k != "python")
    return (
        f"Run {meta['started']} (UTC) on {m['nproc']} cores ({m['cpu']}), {m['memory']} RAM, "
        f"Linux {m['kernel']}, load average at start {m['load']}; Python {v['python']}; "
        f"{pkgs}. Command: `{meta['command']}`. Memory method: {meta['mem_method']}."
    )


def render_sections(results: list[Result], meta: Result) -> dict[str, str]:
    """Return the Markdown for each ``<!-- bench:NAME -->`` block."""
    return {
        "environment": _environment(meta),
        "targets": _targets_table(results),
        "export": _rate_table(results, "export", EXPORTERS),
        "import": _rate_table(results, "import", IMPORTERS),
        "timeline": _timeline_table(results),
        "extraction": _extraction_table(results),
        "feeds": _feeds_table(results),
    }


_SKELETON = """# Performance

<!-- bench:environment:start -->
<!-- bench:environment:end -->

## Targets

<!-- bench:targets:start -->
<!-- bench:targets:end -->

## Export

<!-- bench:export:start -->
<!-- bench:export:end -->

## Import

<!-- bench:import:start -->
<!-- bench:import:end -->

## Timeline

<!-- bench:timeline:start -->
<!-- bench:timeline:end -->

## Extraction

<!-- bench:extraction:start -->
<!-- bench:extraction:end -->

## Faceted feeds

<!-- bench:feeds:start -->
<!-- bench:feeds:end -->

## Scale beyond one machine
"""


def write_markdown(path: Path, sections: dict[str, str]) -> None:
    """Replace each marked block in ``path``, creating the file from a skeleton if absent."""
    text = path.read_text(encoding="utf-8") if path.exists() else _SKELETON
    for name, body in sections.items():
        start, end = f"<!-- bench:{name}:start -->", f"<!-- bench:{name}:end -->"
        pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
        block = f"{start}\n{body}\n{end}"
        if pattern.search(text):
            text = pattern.sub(lambda _m, block=block: block, text)
        else:
            text = text.rstrip("\n") + f"\n\n{block}\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def plot(
    results: list[Result],
    images: Path,
    *,
    sections: Iterable[str] = ("export", "import"),
) -> list[Path]:
    """Draw events/s and peak memory growth against N, one PNG per section."""
    try:
        import matplotlib as mpl  # noqa: PLC0415 - only the plot needs it
    except ImportError:
        print("matplotlib is not installed (pip install -e '.[bench]'): no plots")
        return []
    mpl.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    written = []
    images.mkdir(parents=True, exist_ok=True)
    for section in sections:
        sec = [r for r in _by(results, section) if _rate(r)]
        if not sec:
            continue
        fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.2))
        order = EXPORTERS if section == "export" else IMPORTERS
        for impl in order:
            pts = sorted(
                (r["n"], _rate(r), max(r["mem_mib"], 0.1)) for r in sec if r["impl"] == impl
            )
            if not pts:
                continue
            ns, rates, mems = zip(*pts, strict=True)
            style = "-o" if impl.startswith("ours") else ("--s" if impl == "floor" else ":^")
            ax1.plot(ns, rates, style, label=impl)
            ax2.plot(ns, mems, style, label=impl)
        for ax, title, unit in ((ax1, "throughput", "events/s"),
                                (ax2, "peak memory growth", "MiB")):  # fmt: skip
            ax.set_xscale("log")
            ax.set_yscale("log")
            ax.set_xlabel("events (N)")
            ax.set_ylabel(unit)
            ax.set_title(f"{section}: {title}")
            ax.grid(visible=True, which="both", alpha=0.3)
        if section == "export":
            ax1.axhline(15_000, color="grey", lw=0.8, ls="-.", label="target 15k ev/s")
            ax2.axhline(64, color="grey", lw=0.8, ls="-.", label="target 64 MiB")
        ax1.legend(fontsize=8)
        fig.tight_layout()
        path = images / f"perf-{section}.png"
        fig.savefig(path, dpi=110)
        plt.close(fig)
        written.append(path)
    return written


# -- command line -----------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--sizes", default="1e3,1e4,1e5", help="comma-separated N (default 1e3,1e4,1e5)")
    p.add_argument("--quick", action="store_true", help="tiny sizes and bounds: a smoke run")
    p.add_argument("--out", type=Path, help="update the tables in this Markdown file")
    p.add_argument("--json", type=Path, help="results file (default: beside --out)")
    p.add_argument("--images", type=Path, help="plot directory (default: images/ beside --out)")
    p.add_argument("--sections", help=f"comma-separated subset of {','.join(SECTIONS)}")
    p.add_argument("--time-bound", type=float, default=120.0,
                   help="skip a run predicted to take longer (s)")  # fmt: skip
    p.add_argument("--bound", action="append", metavar="SECTION=SECONDS",
                   help="a section's own time bound, e.g. feeds=600")  # fmt: skip
    p.add_argument("--ours-bound", type=float, default=600.0,
                   help="the time bound for ours and the floor (s)")  # fmt: skip
    p.add_argument("--repeat", type=int, default=1, help="best of this many runs")
    p.add_argument("--impls", help="run only these implementations (comma-separated)")
    p.add_argument("--peer-max", help="run peers only up to this N (ours and floor go on)")
    p.add_argument("--seed", type=int, default=20200603)
    p.add_argument("--src", type=Path, help="import timeline from this source tree (default: ours)")
    p.add_argument("--merge", action="store_true",
                   help="keep earlier results in --json for runs not repeated now")  # fmt: skip
    p.add_argument("--merge-from", action="append", metavar="JSON",
                   help="also merge the results of another run's JSON file")  # fmt: skip
    p.add_argument("--render-only", action="store_true",
                   help="run nothing: redraw tables and plots from the JSON")  # fmt: skip
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--child", choices=sorted(_CHILDREN), help=argparse.SUPPRESS)
    p.add_argument("--impl", default="", help=argparse.SUPPRESS)
    p.add_argument("--n", type=int, default=0, help=argparse.SUPPRESS)
    p.add_argument("--workdir", default=".", help=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:  # noqa: C901 - the options, in order
    """Run the suite (or, with ``--child``, one measurement)."""
    args = _parser().parse_args(argv)
    if args.child:
        return child_main(args)
    if args.src is not None:
        SRC[0] = args.src.resolve()
    if args.quick:
        if args.sizes == _parser().get_default("sizes"):
            args.sizes = "100,300"
        # ics-py's parse (~3 ev/s) is then predicted past the bound and skipped.
        args.time_bound = min(args.time_bound, 3.0)
    started = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M")
    meta: Result = {"started": started, "machine": _machine(), "versions": _versions(),
                    "command": "python benchmarks/run.py "
                               + " ".join(argv or sys.argv[1:])}  # fmt: skip
    json_path = args.json or (args.out.parent / "perf-results.json" if args.out else None)
    earlier: list[Result] = []
    if (args.merge or args.render_only) and json_path is not None and json_path.exists():
        old = json.loads(json_path.read_text(encoding="utf-8"))
        earlier = old["results"]
        # One page describes several runs: keep the first run's machine and
        # start, and list every command.
        meta = old["meta"] | {"command": old["meta"]["command"] + "`; `" + meta["command"]}
    for extra in args.merge_from or ():
        more = json.loads(Path(extra).read_text(encoding="utf-8"))
        earlier += more["results"]
        meta["command"] += "`; `" + more["meta"]["command"]
    results = [] if args.render_only else run_all(args, earlier=earlier)
    merged = {(r["section"], r["impl"], r["n"]): r for r in [*earlier, *results]}
    results = list(merged.values())
    results.sort(key=lambda r: (SECTIONS.index(r["section"]), r["n"]))
    methods = {r.get("mem_method") for r in results if r.get("mem_method")}
    meta["mem_method"] = ", ".join(sorted(methods)) or "—"
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps({"meta": meta, "results": results}, indent=1,
                                        ensure_ascii=False), encoding="utf-8")  # fmt: skip
    sections = render_sections(results, meta)
    if args.out is not None:
        write_markdown(args.out, sections)
        images = args.images or args.out.parent / "images"
        for path in plot(results, images):
            print(f"wrote {path}")
        print(f"wrote {args.out}")
    buf = io.StringIO()
    for name in ("targets", "export", "import", "timeline", "extraction", "feeds"):
        buf.write(f"\n## {name}\n\n{sections[name]}\n")
    print(buf.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
