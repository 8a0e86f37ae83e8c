"""
Feeds a user subscribes to: everything, and one per person, place and body.

:func:`facets` sorts the events once and walks them once, dropping each
event into every group it belongs to:

* ``person``: every named person in any role, the byline included. People
  are told apart by name only; the feed is labelled with the title printed
  in the person's latest event that gives one (titles change with
  promotions, and the current one is what a subscriber expects), else
  ``记者``/``通讯员`` for the byline, else the bare name.
* ``place``: every stop of a tour, and every area a stop lies in (a stop in
  ``棉纺路街道`` also counts toward ``棉纺路街道``), as
  :meth:`~timeline.model.Event.has_place` does.
* ``organisation``: every body in a delegation, and its parent (a section
  such as ``区委组织部组织科`` also counts toward ``区委组织部``), as
  :meth:`~timeline.model.Event.has_organisation` does.

Each feed's file name is ASCII: the pinyin of the name, then eight hex
digits of a hash of kind and name (``person/li-xiao-lei-3f2a9c01.ics``), so
names that sound alike never share a file and nothing a name contains can
leave the output directory.

:func:`write_feeds` renders every feed, ``index.json`` and ``index.html``
in memory first and then publishes the whole set at once; see
``docs/feeds.md`` for the exact guarantee.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import os
import re
import secrets
import shutil
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

import attrs

from timeline.errors import WriteError
from timeline.model import Event, Role
from timeline.timeline import Timeline

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

__all__ = [
    "Feed",
    "FeedKind",
    "FeedsReport",
    "facets",
    "feed_filename",
    "render_feeds",
    "write_feeds",
]

#: The kinds of feed, in the order the index lists them.
FeedKind = Literal["all", "person", "place", "organisation"]

_KIND_ORDER: Final[dict[str, int]] = {"all": 0, "person": 1, "place": 2, "organisation": 3}
_KIND_LABEL: Final[dict[str, str]] = {
    "all": "全部",
    "person": "人物",
    "place": "地点",
    "organisation": "机构",
}
_BYLINE_TITLE: Final[dict[Role, str]] = {Role.REPORTS: "记者", Role.CORRESPONDENT: "通讯员"}

#: The schema version of ``index.json``.
INDEX_VERSION: Final = 1

_SLUG_MAX: Final = 48
_HASH_SHORT: Final = 8
_HASH_LONG: Final = 16
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def _events(value: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(value)


def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Feed:
    """
    One feed: the events of one facet, in timeline order.

    Attributes:
        kind: ``all``, ``person``, ``place`` or ``organisation``.
        name: The facet's key as printed: ``李晓雷``, ``棉纺路街道``.
        label: The calendar's name (``X-WR-CALNAME``):
            ``李晓雷 · 区委副书记、区长``.
        description: The calendar's description, in Chinese.
        file: The path inside the output directory, ``/``-separated ASCII.
        events: The events, in timeline order, each once.
    """

    kind: FeedKind
    name: str
    label: str
    description: str
    file: str
    events: tuple[Event, ...] = attrs.field(converter=_events, factory=tuple)


@attrs.frozen(kw_only=True)
class FeedsReport:
    """
    What :func:`write_feeds` did.

    Attributes:
        directory: The output directory, made absolute.
        version: The content version now published (a hash of ``index.json``).
        written: Files whose content is new or changed.
        unchanged: Files kept as they were (same bytes, same mtime).
        removed: Files of ours whose facet disappeared.
    """

    directory: Path
    version: str
    written: tuple[str, ...] = attrs.field(converter=_strs, factory=tuple)
    unchanged: tuple[str, ...] = attrs.field(converter=_strs, factory=tuple)
    removed: tuple[str, ...] = attrs.field(converter=_strs, factory=tuple)


# -- naming -------------------------------------------------------------------


def _slug(name: str) -> str:
    from pypinyin import Style, lazy_pinyin  # noqa: PLC0415 - large tables, load on use

    text = unicodedata.normalize("NFKC", name)
    words: list[str] = []
    for part in lazy_pinyin(text, style=Style.NORMAL, errors="default"):
        ascii_part = unicodedata.normalize("NFKD", part).encode("ascii", "ignore").decode()
        words.extend(w for w in _NOT_SLUG.split(ascii_part.lower()) if w)
    slug = "-".join(words)
    if len(slug) > _SLUG_MAX:
        cut = slug[: _SLUG_MAX + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:_SLUG_MAX]
    return slug.strip("-")


def _digest(kind: str, name: str) -> str:
    return hashlib.sha256(f"{kind}\0{name}".encode("utf-8", "surrogatepass")).hexdigest()


def feed_filename(kind: FeedKind, name: str, *, hash_length: int = _HASH_SHORT) -> str:
    r"""
    The file a feed is written to, relative to the output directory.

    The name is pinyin without tones (``吕`` is ``lv``), other letters and
    digits folded to ASCII, everything else a hyphen, cut to 48 characters,
    then a hash of ``kind`` and ``name``. A name with nothing to spell
    (``…``, ``../``) gets the hash alone. The result matches
    ``[a-z]+/([a-z0-9-]+-)?[0-9a-f]+\\.ics`` whatever ``name`` holds.

    Args:
        kind: The feed kind; ``all`` is always ``all.ics``.
        name: The facet's name.
        hash_length: Hex digits of the hash to use.
    """
    if kind == "all":
        return "all.ics"
    if kind not in _KIND_ORDER:
        msg = f"unknown feed kind {kind!r}"
        raise ValueError(msg)
    tag = _digest(kind, name)[:hash_length]
    slug = _slug(name)
    return f"{kind}/{slug}-{tag}.ics" if slug else f"{kind}/{tag}.ics"


# -- faceting -------------------------------------------------------------------


@attrs.define
class _Group:
    """A facet being built: its events and the best label seen so far."""

    events: list[Event] = attrs.Factory(list)
    title: str = ""


def _add(groups: dict[str, _Group], name: str, event: Event) -> _Group:
    group = groups.get(name)
    if group is None:
        group = groups[name] = _Group()
    # Events arrive in order and all of one event's additions are consecutive,
    # so a repeat (a stop and its area, a name twice) is always the last one.
    if not group.events or group.events[-1] is not event:
        group.events.append(event)
    return group


def _label(kind: FeedKind, name: str, title: str) -> str:
    return f"{name} · {title}" if kind == "person" and title else name


def _description(kind: FeedKind, name: str) -> str:
    if kind == "person":
        return f"{name}参加或报道的活动"
    if kind == "place":
        return f"在{name}的活动"
    return f"{name}参与的活动"


def facets(events: Iterable[Event], *, name: str = "全部活动") -> tuple[Feed, ...]:
    """
    Group events into feeds in one pass: all, then people, places, bodies.

    Args:
        events: The events, in any order.
        name: The label of the feed of all events.

    Returns:
        The feeds, ``all`` first, then by kind and file name.
    """
    ordered = Timeline(events).events
    people: dict[str, _Group] = {}
    places: dict[str, _Group] = {}
    bodies: dict[str, _Group] = {}
    for event in ordered:
        for p in event.people:
            group = _add(people, p.person.name, event)
            title = p.person.title or _BYLINE_TITLE.get(p.role, "")
            if p.person.title or not group.title:
                group.title = title or group.title
        for loc in event.locations:
            _add(places, loc.name, event)
            if loc.area:
                _add(places, loc.area, event)
        for d in event.delegations:
            _add(bodies, d.organisation.name, event)
            if d.organisation.parent:
                _add(bodies, d.organisation.parent, event)
    feeds = [
        Feed(
            kind="all",
            name=name,
            label=name,
            description="全部报道的活动",
            file="all.ics",
            events=ordered,
        )
    ]
    kinds: tuple[tuple[FeedKind, dict[str, _Group]], ...] = (
        ("person", people),
        ("place", places),
        ("organisation", bodies),
    )
    for kind, groups in kinds:
        files = {key: feed_filename(kind, key) for key in groups}
        clashes: dict[str, int] = {}
        for file in files.values():
            clashes[file] = clashes.get(file, 0) + 1
        of_kind = [
            Feed(
                kind=kind,
                name=key,
                label=_label(kind, key, group.title),
                description=_description(kind, key),
                file=files[key]
                if clashes[files[key]] == 1
                else feed_filename(kind, key, hash_length=_HASH_LONG),
                events=group.events,
            )
            for key, group in groups.items()
        ]
        feeds.extend(sorted(of_kind, key=lambda f: f.file))
    return tuple(feeds)


# -- rendering --------------------------------------------------------------------


def _render_feed(feed: Feed, blocks: Mapping[str, bytes]) -> bytes:
    """``to_ics`` of the feed's events, with VEVENTs taken from ``blocks``."""
    from timeline.ics.export import _calendar_bytes, _Options  # noqa: PLC0415 - keep import timeline light

    options = _Options(name=feed.label, description=feed.description)
    return _calendar_bytes(feed.events, blocks, options)


def _blocks(feeds: tuple[Feed, ...]) -> dict[str, bytes]:
    """
    Every event's VEVENT, rendered once for all the feeds.

    An event's VEVENT does not depend on the feed, and one event sits in
    many feeds (all, each person, place and body it names), so the VEVENTs
    are rendered once, from the feed of all events (the first), and shared.
    """
    from timeline.ics.export import _event_blocks, _Options  # noqa: PLC0415 - keep import timeline light

    return _event_blocks(feeds[0].events, _Options()) if feeds else {}


def _digest_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _index_json(feeds: Iterable[Feed], digests: Mapping[str, str]) -> bytes:
    doc = {
        "version": INDEX_VERSION,
        "feeds": [
            {
                "file": f.file,
                "kind": f.kind,
                "name": f.name,
                "label": f.label,
                "count": len(f.events),
                "sha256": digests[f.file],
            }
            for f in feeds
        ],
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode()


def _index_html(feeds: Iterable[Feed], *, title: str) -> bytes:
    esc = html.escape
    rows = "\n".join(
        f"<tr><td>{esc(f.label)}</td><td>{esc(_KIND_LABEL[f.kind])}</td>"
        f'<td class="n">{len(f.events)}</td>'
        f'<td><a href="{esc(f.file)}">{esc(f.file)}</a></td></tr>'
        for f in feeds
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} · 订阅</title>
<style>
body {{ font-family: system-ui, "Noto Sans CJK SC", sans-serif; margin: 2em; }}
table {{ border-collapse: collapse; }}
th, td {{ padding: .3em .8em; border-bottom: 1px solid #ddd; text-align: left; }}
td.n {{ text-align: right; }}
</style>
</head>
<body>
<h1>{esc(title)} · 订阅</h1>
<p>把链接复制到日历应用的“订阅日历”中即可。</p>
<table>
<thead><tr><th>名称</th><th>类别</th><th>活动数</th><th>链接</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</body>
</html>
"""
    return page.encode()


def render_feeds(events: Iterable[Event], *, name: str = "全部活动") -> dict[str, bytes]:
    """
    Render every file of a feed set in memory, without touching the disk.

    Args:
        events: The events.
        name: The label of the feed of all events.

    Returns:
        Relative path to content: every feed, ``index.json`` and ``index.html``.
    """
    feeds = facets(events, name=name)
    blocks = _blocks(feeds)
    contents = {f.file: _render_feed(f, blocks) for f in feeds}
    digests = {file: _digest_of(data) for file, data in contents.items()}
    contents["index.json"] = _index_json(feeds, digests)
    contents["index.html"] = _index_html(feeds, title=name)
    return contents


# -- publishing the set -------------------------------------------------------------
#
# DIR is a symbolic link to a hidden sibling directory ``.DIR.timeline-<version>``
# that holds one complete set. A run builds the next set in a staging sibling,
# renames it to its version name, and then replaces the link with one rename(2),
# which is atomic: every path under DIR resolves into the old set or the new one.
# Unchanged files are hard links to the old set's, so their bytes and mtimes stay.

_MARK: Final = ".timeline-"


def _prefix(target: Path) -> str:
    return f".{target.name}{_MARK}"


def _tracked(version_dir: Path) -> dict[str, str | None]:
    """The files of ours in a published set, with their SHA-256 as its index lists them."""
    index = version_dir / "index.json"
    try:
        doc = json.loads(index.read_bytes())
        files: dict[str, str | None] = {str(f["file"]): str(f["sha256"]) for f in doc["feeds"]}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        msg = f"cannot read the index of the published set ({exc})"
        raise WriteError(msg, path=index) from exc
    return files | {"index.json": None, "index.html": None}


def _current(target: Path) -> Path | None:
    """The published set DIR points at, or None when there is none yet."""
    if target.is_symlink():
        link = str(target.readlink())
        if os.sep in link or not link.startswith(_prefix(target)):
            msg = "is a symbolic link not made by timeline; remove it or choose another directory"
            raise WriteError(msg, path=target)
        current = target.parent / link
        # A link whose set was deleted by hand is replaced like a missing one.
        return current if current.is_dir() else None
    if target.is_dir():
        if any(target.iterdir()):
            msg = (
                "is a non-empty directory not made by timeline feeds; give a new or empty directory"
            )
            raise WriteError(msg, path=target)
        return None
    if target.exists():
        msg = "exists and is not a directory"
        raise WriteError(msg, path=target)
    return None


def _walk(root: Path) -> Iterator[str]:
    for dirpath, _dirs, names in os.walk(root):
        base = Path(dirpath)
        for n in names:
            yield (base / n).relative_to(root).as_posix()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_file(path: Path, data: bytes, *, durable: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("xb") as handle:
        handle.write(data)
        if durable:
            handle.flush()
            os.fsync(handle.fileno())


def _keep(old: Path, new: Path) -> None:
    new.parent.mkdir(parents=True, exist_ok=True)
    if old.is_symlink():
        new.symlink_to(old.readlink())
        return
    try:
        os.link(old, new, follow_symlinks=False)
    except OSError:
        shutil.copy2(old, new, follow_symlinks=False)


def _same(path: Path, data: bytes, *, digest: str, listed: str | None) -> bool:
    """
    Whether the published file ``path`` already holds ``data``.

    A feed whose SHA-256 matches the one the old index lists is not read
    back: on a rerun of thousands of feeds that would read the whole old set.
    """
    try:
        if path.is_symlink() or path.stat().st_size != len(data):
            return False
        return digest == listed if listed is not None else path.read_bytes() == data
    except OSError:
        return False


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    import fcntl  # noqa: PLC0415 - POSIX only, like the symlink swap itself

    with path.open("a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _remove(path: Path) -> None:
    if path.is_symlink() or not path.is_dir():
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    else:
        shutil.rmtree(path, ignore_errors=True)


@attrs.frozen
class _Staged:
    """What :func:`_stage` did, and the new set's index."""

    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]
    index: bytes


def _stage(
    staging: Path,
    feeds: tuple[Feed, ...],
    title: str,
    current: Path | None,
    *,
    durable: bool,
) -> _Staged:
    """
    Render the set into ``staging`` a feed at a time, keeping what is unchanged.

    Only one feed's bytes (beside the shared VEVENTs) are in memory at a
    time, so a set of 10^4 feeds needs no more memory than its largest feed.
    """
    files = {f.file for f in feeds} | {"index.json", "index.html"}
    written: list[str] = []
    unchanged: list[str] = []
    removed: list[str] = []
    ours: dict[str, str | None] = {}
    if current is not None:
        ours = _tracked(current)
        for rel in sorted(_walk(current)):
            if rel in ours:
                if rel not in files:
                    removed.append(rel)
                continue
            # Someone else's file inside DIR: it moves to the new set untouched.
            if rel in files:
                msg = "a file not made by timeline is in the way of a feed; move it away"
                raise WriteError(msg, path=current / rel)
            _keep(current / rel, staging / rel)

    def put(rel: str, data: bytes) -> str:
        digest = _digest_of(data)
        old = current / rel if current is not None else None
        if old is not None and rel in ours and _same(old, data, digest=digest, listed=ours[rel]):
            _keep(old, staging / rel)
            unchanged.append(rel)
        else:
            _write_file(staging / rel, data, durable=durable)
            written.append(rel)
        return digest

    blocks = _blocks(feeds)
    digests = {f.file: put(f.file, _render_feed(f, blocks)) for f in feeds}
    del blocks
    index = _index_json(feeds, digests)
    put("index.json", index)
    put("index.html", _index_html(feeds, title=title))
    if durable:
        for dirpath, _dirs, _files in os.walk(staging):
            _fsync_dir(Path(dirpath))
    return _Staged(
        written=tuple(written), unchanged=tuple(unchanged), removed=tuple(removed), index=index
    )


def _clean(target: Path, keep: str) -> None:
    """Remove sets and staging left by earlier or killed runs, but not ``keep``."""
    prefix = _prefix(target)
    for entry in target.parent.iterdir():
        if entry.name.startswith(prefix) and entry.name not in {keep, f"{prefix}lock"}:
            _remove(entry)


def write_feeds(
    events: Iterable[Event],
    directory: str | os.PathLike[str],
    *,
    name: str = "全部活动",
    durable: bool = True,
) -> FeedsReport:
    """
    Write every feed, ``index.json`` and ``index.html`` to ``directory``.

    Each feed is rendered and written into a hidden staging directory in
    turn, so memory holds one feed at a time (and each event's VEVENT,
    rendered once). The set then appears at once: ``directory`` becomes a
    symbolic link to the complete set in a hidden sibling, and is switched
    to the next set with one atomic rename.
    Whatever happens (an exception, a full disk, SIGKILL), every path
    under ``directory`` resolves into the whole old set or the whole new
    one. Unchanged files keep their bytes and mtime; files of ours whose
    facet disappeared go; files others put in ``directory`` are kept.

    Args:
        events: The events, in any order.
        directory: The output directory: new, empty, or made by an earlier
            call. Its parent is created if missing.
        name: The label of the feed of all events (and of the index page).
        durable: fsync files and directories before the switch, so the set
            also survives a power cut; tests and benchmarks may turn it off.

    Returns:
        What was written, kept and removed.

    Raises:
        WriteError: When the set cannot be written; the old set is intact.
        TimelineError: When a feed cannot be rendered; the old set is intact.
    """
    # Normalise "out/.." or "." to a real name without following links: the
    # name is what becomes the link and what its hidden siblings are named after.
    target = Path(os.path.abspath(directory))  # noqa: PTH100 - Path.absolute keeps ".."
    feeds = facets(events, name=name)
    prefix = _prefix(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with _locked(target.parent / f"{prefix}lock"):
            current = _current(target)
            staging = target.parent / f"{prefix}tmp-{secrets.token_hex(6)}"
            staging.mkdir()
            try:
                staged = _stage(staging, feeds, name, current, durable=durable)
                version = _digest_of(staged.index)[:16]
                final_name = f"{prefix}{version}"
                if current is not None and current.name == final_name:
                    _remove(staging)
                    _clean(target, keep=final_name)
                    files = [*(f.file for f in feeds), "index.json", "index.html"]
                    return FeedsReport(directory=target, version=version, unchanged=sorted(files))
                final = target.parent / final_name
                _remove(final)
                staging.rename(final)
                if durable:  # the set's name is on disk before any link points at it
                    _fsync_dir(target.parent)
            except BaseException:
                _remove(staging)
                raise
            link = target.parent / f"{prefix}link-{secrets.token_hex(6)}"
            link.symlink_to(final_name)
            if not target.is_symlink() and target.is_dir():
                target.rmdir()  # empty, checked by _current
            link.replace(target)
            if durable:
                _fsync_dir(target.parent)
            _clean(target, keep=final_name)
    except OSError as exc:
        if isinstance(exc, WriteError):
            raise
        raise WriteError(exc.strerror or str(exc), path=exc.filename or target) from exc
    return FeedsReport(
        directory=target,
        version=version,
        written=sorted(staged.written),
        unchanged=sorted(staged.unchanged),
        removed=sorted(staged.removed),
    )
