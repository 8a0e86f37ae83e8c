"""
Feeds a user subscribes to: everything, and one per person, place and body.

[`facets`][timeline.facets] sorts the events once and walks them once, dropping each
event into every group it belongs to:

* ``person``: every named person in any role, the byline included. People
  are told apart by name only; the feed is labelled with the title printed
  in the person's latest event that gives one (titles change with
  promotions, and the current one is what a subscriber expects), else
  ``记者``/``通讯员`` for the byline, else the bare name.
* ``place``: every stop of a tour, and every area a stop lies in (a stop in
  ``棉纺路街道`` also counts toward ``棉纺路街道``), as
  [`has_place`][timeline.model.Event.has_place] does.
* ``organisation``: every body in a delegation, and its parent (a section
  such as ``区委组织部组织科`` also counts toward ``区委组织部``), as
  [`has_organisation`][timeline.model.Event.has_organisation] does.

Each feed's file name is ASCII: the pinyin of the name, then eight hex
digits of a hash of kind and name (``person/li-xiao-lei-3f2a9c01.ics``), so
names that sound alike never share a file and nothing a name contains can
leave the output directory.

[`write_feeds`][timeline.write_feeds] renders and writes one feed at a time into a staging
directory and then shows the whole set at once, through the directory
switch of ``timeline._io.atomic_directory``; see ``docs/feeds.md`` for
the exact guarantee. The index page is rendered by
``timeline.render._feeds_index``, which also holds the feeds' wording
in each language.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

import attrs

from timeline._io import StagedSet, atomic_directory
from timeline._lang import choose_lang
from timeline.errors import WriteError
from timeline.model import Event, Role
from timeline.render._feeds_index import FeedLabels, feed_labels, render_index
from timeline.timeline import Timeline

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping
    from zoneinfo import ZoneInfo

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

#: The schema version of ``index.json``.
INDEX_VERSION: Final = 1
#: The largest ``index.json`` of an earlier set that is read back (about 10^5 feeds).
_INDEX_MAX: Final = 64 * 1024 * 1024
_SHA256 = re.compile(r"[0-9a-f]{64}")

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
        description: The calendar's description, in the labels' language.
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
    What [`write_feeds`][timeline.write_feeds] did.

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


@attrs.define
class _Groups:
    """The facets being built, by kind and name."""

    bylines: Mapping[Role, str]
    person: dict[str, _Group] = attrs.Factory(dict)
    place: dict[str, _Group] = attrs.Factory(dict)
    organisation: dict[str, _Group] = attrs.Factory(dict)

    def add(self, event: Event) -> None:
        """Drop ``event`` into every group it belongs to."""
        for p in event.people:
            group = _add(self.person, p.person.name, event)
            title = p.person.title or self.bylines.get(p.role, "")
            if p.person.title or not group.title:
                group.title = title or group.title
        for loc in event.locations:
            _add(self.place, loc.name, event)
            if loc.area:
                _add(self.place, loc.area, event)
        for d in event.delegations:
            _add(self.organisation, d.organisation.name, event)
            if d.organisation.parent:
                _add(self.organisation, d.organisation.parent, event)


def _of_kind(kind: FeedKind, groups: Mapping[str, _Group], labels: FeedLabels) -> list[Feed]:
    """One kind's feeds, by file name; names whose short files clash get the long hash."""
    files = {key: feed_filename(kind, key) for key in groups}
    clashes: dict[str, int] = {}
    for file in files.values():
        clashes[file] = clashes.get(file, 0) + 1
    of_kind = [
        Feed(
            kind=kind,
            name=key,
            label=_label(kind, key, group.title),
            description=labels.description(kind, key),
            file=files[key]
            if clashes[files[key]] == 1
            else feed_filename(kind, key, hash_length=_HASH_LONG),
            events=group.events,
        )
        for key, group in groups.items()
    ]
    return sorted(of_kind, key=lambda f: f.file)


def facets(
    events: Iterable[Event], *, name: str | None = None, lang: str | None = None
) -> tuple[Feed, ...]:
    """
    Group events into feeds in one pass: all, then people, places, bodies.

    Args:
        events: The events, in any order.
        name: The label of the feed of all events (default: the labels'
            ``全部活动``/``All events``).
        lang: The language of labels and descriptions (``zh``, ``en``);
            None picks it from the events, as the renderers do.

    Returns:
        The feeds, ``all`` first, then by kind and file name.

    Raises:
        QueryError: For a language without labels.
    """
    return _facets(events, name=name, lang=lang)[0]


def _facets(
    events: Iterable[Event], *, name: str | None, lang: str | None
) -> tuple[tuple[Feed, ...], str, FeedLabels]:
    """The feeds, the name of the feed of all events, and the labels used."""
    ordered = Timeline(events).events
    labels = feed_labels(lang, ordered)
    title = labels.all_name if name is None else name
    groups = _Groups(labels.bylines)
    for event in ordered:
        groups.add(event)
    everything = Feed(
        kind="all",
        name=title,
        label=title,
        description=labels.description("all", title),
        file="all.ics",
        events=ordered,
    )
    feeds = (
        everything,
        *_of_kind("person", groups.person, labels),
        *_of_kind("place", groups.place, labels),
        *_of_kind("organisation", groups.organisation, labels),
    )
    return feeds, title, labels


# -- rendering --------------------------------------------------------------------


def _rendered(
    feeds: tuple[Feed, ...], zone: ZoneInfo | None, labels: FeedLabels
) -> Iterator[tuple[Feed, bytes]]:
    """
    Each feed with its bytes, one at a time, each event's VEVENT rendered once.

    [`timeline.ics.render_many`][timeline.ics.render_many] renders an event's VEVENT the first
    time a feed needs it and shares it with every other feed it is in (all,
    each person, place and body it names). The feeds' zone is ``zone``, else
    the one all the events share, else UTC, as for ``to_ics`` of the feed
    of all events; their DESCRIPTIONs speak the index page's language.
    """
    from timeline.ics import FeedOptions, render_many  # noqa: PLC0415 - keep import timeline light

    if not feeds:
        return
    lang = choose_lang(labels.lang)
    pairs = (
        (f.events, FeedOptions(name=f.label, description=f.description, zone=zone, lang=lang))
        for f in feeds
    )
    yield from zip(feeds, render_many(feeds[0].events, pairs), strict=True)


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


def render_feeds(
    events: Iterable[Event],
    *,
    name: str | None = None,
    lang: str | None = None,
    zone: ZoneInfo | None = None,
) -> dict[str, bytes]:
    """
    Render every file of a feed set in memory, without touching the disk.

    Args:
        events: The events.
        name: The label of the feed of all events (default: the labels').
        lang: The labels' language; None picks it from the events.
        zone: The feeds' zone (``X-WR-TIMEZONE``, and the day DTSTAMPs are
            taken from); None: the zone every timed event shares, else UTC.

    Returns:
        Relative path to content: every feed, ``index.json`` and ``index.html``.
    """
    feeds, title, labels = _facets(events, name=name, lang=lang)
    contents = {f.file: data for f, data in _rendered(feeds, zone, labels)}
    digests = {file: _digest_of(data) for file, data in contents.items()}
    contents["index.json"] = _index_json(feeds, digests)
    contents["index.html"] = render_index(feeds, title=title, labels=labels)
    return contents


# -- writing the set ------------------------------------------------------------------


def _tracked(version_dir: Path) -> set[str]:
    """The files of ours in a published set: what its index lists, and the indexes."""
    index = version_dir / "index.json"
    try:
        with index.open("rb") as handle:
            raw = handle.read(_INDEX_MAX + 1)
    except OSError as exc:
        msg = f"cannot read the index of the published set ({exc.strerror or exc})"
        raise WriteError(msg, path=index) from exc
    if len(raw) > _INDEX_MAX:
        msg = f"the index of the published set is larger than {_INDEX_MAX // 2**20} MiB"
        raise WriteError(msg, path=index)
    try:
        doc = json.loads(raw)
        files = {str(f["file"]) for f in doc["feeds"] if _SHA256.fullmatch(f["sha256"])}
    except RecursionError:
        msg = "cannot read the index of the published set: nested too deeply"
        raise WriteError(msg, path=index) from None
    except (ValueError, KeyError, TypeError) as exc:
        msg = f"cannot read the index of the published set ({type(exc).__name__})"
        raise WriteError(msg, path=index) from exc
    return files | {"index.json", "index.html"}


@attrs.define
class _Stager:
    """Builds one set into a ``StagedSet``, and remembers what it did."""

    feeds: tuple[Feed, ...]
    title: str
    labels: FeedLabels
    zone: ZoneInfo | None = None
    written: list[str] = attrs.Factory(list)
    unchanged: list[str] = attrs.Factory(list)
    removed: list[str] = attrs.Factory(list)

    def __call__(self, staged: StagedSet) -> None:
        """
        Render the set into ``staged`` a feed at a time, keeping what is unchanged.

        Only one feed's bytes (beside the shared VEVENTs) are in memory at a
        time, so a set of 10^4 feeds needs no more memory than its largest feed.
        """
        ours = self._carry_foreign(staged)
        digests = {
            f.file: self._put(staged, ours, f.file, data)
            for f, data in _rendered(self.feeds, self.zone, self.labels)
        }
        self._put(staged, ours, "index.json", _index_json(self.feeds, digests))
        self._put(
            staged,
            ours,
            "index.html",
            render_index(self.feeds, title=self.title, labels=self.labels),
        )

    def _carry_foreign(self, staged: StagedSet) -> set[str]:
        """Carry files others put in DIR into the new set; return the files of ours."""
        if staged.current is None:
            return set()
        ours = _tracked(staged.current)
        files = {f.file for f in self.feeds} | {"index.json", "index.html"}
        for rel in staged.current_files():
            if rel in ours:
                if rel not in files:
                    self.removed.append(rel)
                continue
            # Someone else's file inside DIR: it moves to the new set untouched.
            if rel in files:
                msg = "a file not made by timeline is in the way of a feed; move it away"
                raise WriteError(msg, path=staged.current / rel)
            staged.keep(rel)
        return ours

    def _put(self, staged: StagedSet, ours: set[str], rel: str, data: bytes) -> str:
        # The old file's bytes are compared, not its listed hash: a damaged
        # file is written anew instead of being reported unchanged forever.
        if rel in ours and staged.holds(rel, data):
            staged.keep(rel)
            self.unchanged.append(rel)
        else:
            staged.write(rel, data)
            self.written.append(rel)
        return _digest_of(data)


def write_feeds(  # noqa: PLR0913 - each is an independent, keyword-only setting
    events: Iterable[Event],
    directory: str | os.PathLike[str],
    *,
    name: str | None = None,
    lang: str | None = None,
    zone: ZoneInfo | None = None,
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
    one. A file is kept (same bytes, same mtime) only when its bytes on
    disk are the new ones; files of ours whose facet disappeared go; files
    others put in ``directory`` are kept; nothing beside ``directory`` is
    removed unless its name and content prove it a leftover of this set.

    Args:
        events: The events, in any order.
        directory: The output directory: new, empty, or made by an earlier
            call. Its parent is created if missing.
        name: The label of the feed of all events (and of the index page);
            default: the labels' ``全部活动``/``All events``.
        lang: The language of labels, descriptions and the index page
            (``zh``, ``en``); None picks it from the events.
        zone: The feeds' zone (``X-WR-TIMEZONE``); None: the zone every
            timed event shares, else UTC (``timeline feeds`` passes its
            display zone: ``--tz``, ``TIMELINE_TZ`` or the data's).
        durable: fsync files and directories before the switch, so the set
            also survives a power cut; tests and benchmarks may turn it off.

    Returns:
        What was written, kept and removed.

    Raises:
        WriteError: When the set cannot be written; the old set is intact.
        QueryError: For a language without labels; nothing is written.
        TimelineError: When a feed cannot be rendered; the old set is intact.
    """
    target = Path(os.path.abspath(directory))  # noqa: PTH100 - Path.absolute keeps ".."
    stager = _Stager(*_facets(events, name=name, lang=lang), zone=zone)
    version, switched = atomic_directory(target, stager, key="index.json", durable=durable)
    if not switched:
        files = [*(f.file for f in stager.feeds), "index.json", "index.html"]
        return FeedsReport(directory=target, version=version, unchanged=sorted(files))
    return FeedsReport(
        directory=target,
        version=version,
        written=sorted(stager.written),
        unchanged=sorted(stager.unchanged),
        removed=sorted(stager.removed),
    )
