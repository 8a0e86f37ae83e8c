from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import attrs
import icalendar
import pytest
from hypothesis import example, given

import timeline
import timeline.ics
from tests import _paths
from tests._paths import ROOT
from tests.strategies import feed_event_lists, feed_names
from timeline import (
    Delegation,
    Event,
    Location,
    Organisation,
    Participant,
    Person,
    Role,
    feeds,
)
from timeline._io import StagedSet
from timeline.errors import TimelineError, WriteError
from timeline.feeds import feed_filename, write_feeds

GOLDEN = _paths.GOLDEN / "feeds"
SAFE = re.compile(r"^(person|place|organisation)/([a-z0-9]+(-[a-z0-9]+)*-)?[0-9a-f]{8,16}\.ics$")
HOSTILE = {
    "dot-dot": "../../etc/passwd",
    "slash": "/",
    "abs": "/etc/passwd",
    "backslash": "..\\..\\windows",
    "nul": "a\0b",
    "only-punctuation": "……——。。。",
    "dots": "..",
    "very-long-cjk": "中" * 5000,
    "very-long-ascii": "x" * 5000,
    "url-encoded": "%2e%2e%2f",
    "emoji": "🎉",
    "fullwidth": "ＡＢＣ１２３",
}


def snapshot(directory: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file under ``directory`` (through its link): bytes, mtime, inode."""
    out = {}
    for dirpath, _dirs, names in os.walk(directory, followlinks=True):
        for name in names:
            path = Path(dirpath) / name
            st = path.stat()
            out[path.relative_to(directory).as_posix()] = (
                path.read_bytes(),
                st.st_mtime_ns,
                st.st_ino,
            )
    return out


def siblings(directory: Path) -> set[str]:
    """What sits next to the output directory."""
    return {p.name for p in directory.parent.iterdir()}


def event(
    event_id: str,
    *,
    people: tuple[tuple[str, str], ...] = (),
    places: tuple[tuple[str, str], ...] = (),
    bodies: tuple[tuple[str, str], ...] = (),
    day: int = 1,
) -> Event:
    """A small event with the given people (name, title), places and bodies."""
    return Event(
        id=event_id,
        title=f"活动{event_id}",
        start=dt.date(2020, 6, day),
        participants=[Participant(Person(n, t), Role.TAKES_PART) for n, t in people],
        locations=[Location(n, a) for n, a in places],
        delegations=[Delegation(Organisation(n, p)) for n, p in bodies],
    )


class TestImport:
    """What ``import timeline`` loads."""

    def test_no_server_client_or_pinyin(self):
        """Importing timeline loads neither http.server, caldav, radicale nor pypinyin."""
        code = (
            "import sys, timeline; "
            "print(sorted(m for m in ('http.server', 'caldav', 'radicale', 'pypinyin', "
            "'niquests', 'requests', 'timeline.serve') if m in sys.modules))"
        )
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        assert "[]\n" == done.stdout


class TestFeedFilename:
    """Safe, stable ASCII file names."""

    def test_pinyin_then_hash(self):
        """A Chinese name becomes tone-less pinyin, hyphenated, then eight hex digits."""
        name = feeds.feed_filename("person", "李晓雷")
        assert re.fullmatch(r"person/li-xiao-lei-[0-9a-f]{8}\.ics", name)

    def test_all_is_fixed(self):
        """The feed of everything is always all.ics."""
        assert "all.ics" == feeds.feed_filename("all", "全部活动")

    def test_stable(self):
        """The same kind and name give the same file on every call."""
        assert feeds.feed_filename("place", "北岗小区") == feeds.feed_filename("place", "北岗小区")

    def test_homophones_differ(self):
        """Names that read alike (李/理) share the slug but not the file."""
        a = feeds.feed_filename("person", "李明")
        b = feeds.feed_filename("person", "理明")
        assert a.rsplit("-", 1)[0] == b.rsplit("-", 1)[0]
        assert a != b

    def test_kind_is_part_of_the_hash(self):
        """A place and a body of the same name get different hashes."""
        place = feeds.feed_filename("place", "棉纺路街道").split("/")[1]
        body = feeds.feed_filename("organisation", "棉纺路街道").split("/")[1]
        assert place != body

    def test_unknown_kind(self):
        """An unknown kind is refused rather than used as a directory."""
        with pytest.raises(ValueError, match="unknown feed kind"):
            feeds.feed_filename("../x", "a")  # type: ignore[arg-type]

    @pytest.mark.parametrize("name", HOSTILE.values(), ids=HOSTILE.keys())
    def test_hostile_names_stay_inside(self, name, tmp_path):
        """Whatever a name holds, the file is a short ASCII path inside the directory."""
        file = feeds.feed_filename("person", name)
        assert SAFE.fullmatch(file)
        assert len(file) <= 80
        assert (tmp_path / file).resolve().is_relative_to(tmp_path.resolve())

    @given(feed_names())
    @example("")
    @example("\udcff")
    def test_any_name_is_safe(self, name):
        """Any text at all yields a safe relative path."""
        assert SAFE.fullmatch(feeds.feed_filename("place", name))


class TestFacets:
    """Grouping events into feeds in one pass."""

    def test_seed_kinds_and_counts(self, seed_events):
        """The seed gives all.ics and one feed per distinct person, place/area and body/parent."""
        people = {p.person.name for e in seed_events for p in e.people}
        places = {n for e in seed_events for loc in e.locations for n in (loc.name, loc.area) if n}
        bodies = {
            n
            for e in seed_events
            for d in e.delegations
            for n in (d.organisation.name, d.organisation.parent)
            if n
        }
        result = feeds.facets(seed_events)
        assert ("all", 6) == (result[0].kind, len(result[0].events))
        assert (people, places, bodies) == tuple(
            {f.name for f in result if f.kind == kind}
            for kind in ("person", "place", "organisation")
        )
        assert 1 + len(people) + len(places) + len(bodies) == len(result)

    def test_person_label_has_title(self, seed_events):
        """A person's feed is named with the title printed before the name."""
        by_name = {f.name: f for f in feeds.facets(seed_events) if f.kind == "person"}
        assert "李晓雷 · 中原区委副书记、区长" == by_name["李晓雷"].label

    def test_byline_counts(self, seed_events):
        """The reporter of every article has a feed of all six events, labelled 记者."""
        by_name = {f.name: f for f in feeds.facets(seed_events) if f.kind == "person"}
        assert 6 == len(by_name["张改华"].events)
        assert "张改华 · 记者" == by_name["张改华"].label

    def test_area_and_parent_count(self, seed_events):
        """Areas collect their stops' events; parents their sections' events."""
        result = {(f.kind, f.name): f for f in feeds.facets(seed_events)}
        area = [e.id for e in result["place", "棉纺路街道"].events]
        assert ["2020-05-25-observation-fee57b", "2020-05-26-election-5ae313"] == area
        parent = [e.id for e in result["organisation", "区委组织部"].events]
        assert ["2020-05-25-observation-fee57b", "2020-05-26-contest-184fbb"] == (parent)

    def test_membership_matches_model_queries(self, seed_events):
        """Every feed holds exactly the events the model's has_* query accepts."""
        query = {
            "person": Event.has_person,
            "place": Event.has_place,
            "organisation": Event.has_organisation,
        }
        for feed in feeds.facets(seed_events):
            if feed.kind == "all":
                continue
            expected = [
                e.id for e in timeline.Timeline(seed_events) if query[feed.kind](e, feed.name)
            ]
            assert expected == [e.id for e in feed.events], feed.name

    @pytest.mark.slow
    @given(feed_event_lists())
    def test_feeds_are_the_model_queries(self, events):
        """For any events, each feed is exactly its has_* selection, in timeline order."""
        query = {
            "person": Event.has_person,
            "place": Event.has_place,
            "organisation": Event.has_organisation,
        }
        ordered = list(timeline.Timeline(events))
        result = feeds.facets(events)
        assert ordered == list(result[0].events)
        for feed in result[1:]:
            assert [e for e in ordered if query[feed.kind](e, feed.name)] == list(feed.events)
        names = {
            "person": {p.person.name for e in events for p in e.people},
            "place": {n for e in events for loc in e.locations for n in (loc.name, loc.area) if n},
            "organisation": {
                n
                for e in events
                for d in e.delegations
                for n in (d.organisation.name, d.organisation.parent)
                if n
            },
        }
        for kind, expected in names.items():
            assert expected == {f.name for f in result if f.kind == kind}
        assert len(result) == len({f.file for f in result})

    def test_each_event_once(self):
        """A name repeated in one event (a stop and its area) lists the event once."""
        one = event(
            "a", places=(("某街道", ""), ("某小区", "某街道")), people=(("甲", ""), ("甲", ""))
        )
        result = {(f.kind, f.name): f for f in feeds.facets([one])}
        assert 1 == len(result["place", "某街道"].events)
        assert 1 == len(result["person", "甲"].events)

    def test_latest_title_wins_whatever_the_order(self):
        """A person with several titles is labelled by the latest event's title."""
        early = event("a", people=(("甲", "副区长"),), day=1)
        late = event("b", people=(("甲", "区长"),), day=5)
        untitled = event("c", people=(("甲", ""),), day=9)
        for order in ([early, late, untitled], [untitled, late, early]):
            by_name = {f.name: f for f in feeds.facets(order) if f.kind == "person"}
            assert "甲 · 区长" == by_name["甲"].label

    def test_order_independent(self, seed_events):
        """Permuting the input gives the same feeds."""
        assert feeds.facets(seed_events) == feeds.facets(reversed(seed_events))

    def test_hash_clash_gets_long_hash(self):
        """Two names that would share a file both get the long hash instead."""
        # Two names whose files really clash: both person/li-cddeb473.ics (found by search).
        first, second = "李·！《《—", "李！—】【【"
        assert feeds.feed_filename("person", first) == feeds.feed_filename("person", second)
        result = [
            f
            for f in feeds.facets([event("a", people=((first, ""), (second, "")))])
            if f.kind == "person"
        ]
        files = [f.file for f in result]
        assert 2 == len(set(files))
        assert all(re.search(r"-[0-9a-f]{16}\.ics$", f) for f in files)


class TestWriteFeeds:
    """Writing a feed set all at once."""

    def test_writes_every_feed_and_index(self, seed_events, tmp_path):
        """all.ics, one file per feed, index.json and index.html appear in DIR."""
        out = tmp_path / "feeds"
        feeds.write_feeds(seed_events, out, durable=False)
        index = json.loads((out / "index.json").read_bytes())
        listed = {f["file"] for f in index["feeds"]}
        assert listed | {"index.json", "index.html"} == set(snapshot(out))
        for entry in index["feeds"]:
            data = (out / entry["file"]).read_bytes()
            assert entry["sha256"] == hashlib.sha256(data).hexdigest()
            cal = icalendar.Calendar.from_ical(data)
            assert entry["count"] == len(cal.walk("VEVENT"))
            assert entry["label"] == str(cal["X-WR-CALNAME"])

    def test_index_html_lists_and_escapes(self, tmp_path):
        """The index page links every feed and escapes names."""
        hostile = event("a", people=(('<script>alert("x")</script>', "&"),))
        out = tmp_path / "feeds"
        feeds.write_feeds([hostile], out, durable=False)
        page = (out / "index.html").read_text(encoding="utf-8")
        assert 1 == page.count("<script>")  # the page's own, for webcal:// links
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; · &amp;" in page
        for entry in json.loads((out / "index.json").read_bytes())["feeds"]:
            assert f'href="{entry["file"]}"' in page

    @pytest.mark.parametrize("name", ["index.json", "index.html"])
    def test_seed_index_matches_golden(self, seed_events, tmp_path, regen_golden, name):
        """The seed's index files are byte for byte the reviewed golden files."""
        out = tmp_path / "feeds"
        feeds.write_feeds(seed_events, out, zone=timeline.SHANGHAI, durable=False)
        output = (out / name).read_bytes()
        if regen_golden:
            GOLDEN.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_bytes(output)
        assert (GOLDEN / name).read_bytes() == output

    def test_concurrent_writers_serialise(self, seed_events, tmp_path):
        """Two runs at once end with one whole set, not a mix."""
        out = tmp_path / "feeds"
        sets = [seed_events[:3], seed_events[3:]]
        errors = []

        def run(events):
            try:
                feeds.write_feeds(events, out, durable=False)
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(s,)) for s in sets]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert [] == errors
        index = json.loads((out / "index.json").read_bytes())
        assert 3 == index["feeds"][0]["count"]
        listed = {f["file"] for f in index["feeds"]} | {"index.json", "index.html"}
        assert listed == set(snapshot(out))
        assert 3 == len(siblings(out))

    def test_same_uid_in_every_feed(self, seed_events, tmp_path):
        """An event has one UID, whichever feed it is read from."""
        out = tmp_path / "feeds"
        feeds.write_feeds(seed_events, out, durable=False)
        uids: dict[str, set[str]] = {}
        for entry in json.loads((out / "index.json").read_bytes())["feeds"]:
            cal = icalendar.Calendar.from_ical((out / entry["file"]).read_bytes())
            for ve in cal.walk("VEVENT"):
                uids.setdefault(str(ve["SUMMARY"]), set()).add(str(ve["UID"]))
        assert {1} == {len(u) for u in uids.values()}
        assert 6 == len(uids)

    def test_rerun_touches_nothing(self, seed_events, tmp_path):
        """A second run on the same input keeps every file's bytes, mtime and inode."""
        out = tmp_path / "feeds"
        feeds.write_feeds(seed_events, out, durable=False)
        before = snapshot(out)
        around = siblings(out)
        report = feeds.write_feeds(seed_events, out, durable=False)
        assert before == snapshot(out)
        assert around == siblings(out)
        assert () == report.written

    def test_new_event_changes_only_its_feeds(self, seed_events, tmp_path):
        """Adding an event rewrites the feeds it is in, and the index, nothing else."""
        out = tmp_path / "feeds"
        feeds.write_feeds(seed_events, out, durable=False)
        before = snapshot(out)
        extra = event("new", people=(("李晓雷", "区长"),), places=(("北岗小区", ""),))
        report = feeds.write_feeds([*seed_events, extra], out, durable=False)
        after = snapshot(out)
        changed = {k for k in after if k not in before or before[k] != after[k]}
        touched = {
            feeds.feed_filename(k, n) for k, n in (("person", "李晓雷"), ("place", "北岗小区"))
        }
        assert touched | {"all.ics", "index.json", "index.html"} == changed
        assert sorted(changed) == list(report.written)

    def test_vanished_facet_is_removed_foreign_file_kept(self, seed_events, tmp_path):
        """Feeds of ours whose facet is gone disappear; someone else's file stays."""
        out = tmp_path / "feeds"
        feeds.write_feeds(seed_events, out, durable=False)
        (out / "README.txt").write_text("mine", encoding="utf-8")
        (out / "person" / "notes.txt").write_text("mine too", encoding="utf-8")
        gone = feeds.feed_filename("person", "李晓雷")
        rest = [e for e in seed_events if not e.has_person("李晓雷")]
        report = feeds.write_feeds(rest, out, durable=False)
        assert not (out / gone).exists()
        assert gone in report.removed
        assert "mine" == (out / "README.txt").read_text(encoding="utf-8")
        assert "mine too" == (out / "person" / "notes.txt").read_text(encoding="utf-8")

    def test_hostile_names_written_inside(self, tmp_path):
        """Events naming '../', '/', very long or punctuation-only things stay in DIR."""
        names = [n for n in HOSTILE.values() if "\0" not in n]
        hostile = event(
            "h",
            people=tuple((n, "") for n in names),
            places=tuple((n, "") for n in names),
            bodies=tuple((n, "") for n in names),
        )
        out = tmp_path / "sub" / "feeds"
        report = feeds.write_feeds([hostile], out, durable=False)
        files = snapshot(out)
        assert 1 + 3 * len(names) + 2 == len(files)
        assert all(
            SAFE.fullmatch(f) for f in files if f not in {"all.ics", "index.json", "index.html"}
        )
        assert {"feeds", ".feeds.timeline-lock", f".feeds.timeline-{report.version}"} == siblings(
            out
        )
        assert [tmp_path / "sub"] == list(tmp_path.iterdir())

    def test_empty_directory_is_taken_over(self, seed_events, tmp_path):
        """An existing empty directory becomes the feed directory."""
        out = tmp_path / "feeds"
        out.mkdir()
        feeds.write_feeds(seed_events, out, durable=False)
        assert (out / "all.ics").is_file()

    def test_foreign_directory_refused(self, seed_events, tmp_path):
        """A non-empty directory not made by us is refused and left alone."""
        out = tmp_path / "feeds"
        out.mkdir()
        (out / "keep.txt").write_text("x", encoding="utf-8")
        with pytest.raises(WriteError, match="not made by timeline") as info:
            feeds.write_feeds(seed_events, out, durable=False)
        assert str(out) == info.value.path
        assert ["keep.txt"] == [p.name for p in out.iterdir()]

    def test_render_failure_leaves_old_set(self, seed_events, tmp_path, monkeypatch):
        """A feed failing to render midway changes nothing on disk."""
        out = tmp_path / "feeds"
        feeds.write_feeds(seed_events, out, durable=False)
        before, around = snapshot(out), siblings(out)
        real = timeline.ics.render_many

        def failing(events, pairs):
            for n, data in enumerate(real(events, pairs), 1):
                if n == 20:
                    msg = "cannot render"
                    raise TimelineError(msg)
                yield data

        monkeypatch.setattr(timeline.ics, "render_many", failing)
        extra = event("new", people=(("新人", ""),))
        with pytest.raises(TimelineError, match="cannot render"):
            feeds.write_feeds([*seed_events, extra], out, durable=False)
        assert before == snapshot(out)
        assert around == siblings(out)

    def test_feeds_are_written_as_they_are_rendered(self, seed_events, tmp_path, monkeypatch):
        """Each feed reaches the disk before the next is rendered: one feed in memory at a time."""
        steps: list[str] = []
        render, write = timeline.ics.render_many, StagedSet.write

        def rendering(events, pairs):
            for data in render(events, pairs):
                steps.append("render")
                yield data

        def writing(staged, rel, data):
            if rel.endswith(".ics"):
                steps.append("write")
            write(staged, rel, data)

        monkeypatch.setattr(timeline.ics, "render_many", rendering)
        monkeypatch.setattr(StagedSet, "write", writing)
        feeds.write_feeds(seed_events, tmp_path / "feeds", durable=False)
        assert len(steps) > 20
        assert ["render", "write"] * (len(steps) // 2) == steps

    def test_disk_failure_leaves_old_set(self, seed_events, tmp_path, monkeypatch):
        """A write error halfway through raises WriteError and keeps the old set whole."""
        out = tmp_path / "feeds"
        feeds.write_feeds(seed_events, out, durable=False)
        before, around = snapshot(out), siblings(out)
        real = StagedSet.write
        calls = []

        def failing(staged, rel, data):
            calls.append(staged.path / rel)
            if len(calls) == 3:
                raise OSError(28, "No space left on device", str(staged.path / rel))
            real(staged, rel, data)

        monkeypatch.setattr(StagedSet, "write", failing)
        changed = [attrs.evolve(e, title=e.title + "(修订)") for e in seed_events]
        with pytest.raises(WriteError, match="No space left") as info:
            feeds.write_feeds(changed, out, durable=False)
        assert str(calls[-1]) == info.value.path
        assert before == snapshot(out)
        assert around == siblings(out)

    def test_durable_write(self, seed_events, tmp_path):
        """The default, fsyncing write produces the same set as the fast one."""
        fast, durable = tmp_path / "a", tmp_path / "b"
        feeds.write_feeds(seed_events, fast, durable=False)
        feeds.write_feeds(seed_events, durable)
        assert {k: v[0] for k, v in snapshot(fast).items()} == {
            k: v[0] for k, v in snapshot(durable).items()
        }

    def test_dangling_link_is_replaced(self, seed_events, tmp_path):
        """A feed link whose set was deleted by hand is simply written anew."""
        out = tmp_path / "feeds"
        report = feeds.write_feeds(seed_events, out, durable=False)
        shutil.rmtree(tmp_path / f".feeds.timeline-{report.version}")
        again = feeds.write_feeds(seed_events, out, durable=False)
        assert (out / "all.ics").is_file()
        assert () == again.unchanged

    def test_foreign_link_refused(self, seed_events, tmp_path):
        """DIR being someone else's symbolic link is refused, and the link kept."""
        (tmp_path / "elsewhere").mkdir()
        out = tmp_path / "feeds"
        out.symlink_to(tmp_path / "elsewhere")
        with pytest.raises(WriteError, match="symbolic link not made by timeline"):
            feeds.write_feeds(seed_events, out, durable=False)
        assert (tmp_path / "elsewhere") == out.resolve()

    def test_relative_and_dotted_paths(self, seed_events, tmp_path, monkeypatch):
        """'out/../feeds' names the directory 'feeds', relative to the working directory."""
        monkeypatch.chdir(tmp_path)
        (tmp_path / "out").mkdir()
        feeds.write_feeds(seed_events, "out/../feeds", durable=False)
        assert (tmp_path / "feeds" / "all.ics").is_file()
        assert (tmp_path / "feeds").is_symlink()

    def test_leftovers_of_a_killed_run_are_cleaned(self, seed_events, tmp_path):
        """Staging directories and links left by a killed run go on the next run."""
        out = tmp_path / "feeds"
        feeds.write_feeds(seed_events, out, durable=False)
        (tmp_path / ".feeds.timeline-tmp-0123456789ab").mkdir()
        (tmp_path / ".feeds.timeline-tmp-0123456789ab" / "all.ics").write_bytes(b"BEGIN:VCAL")
        (tmp_path / ".feeds.timeline-link-0123456789ab").symlink_to(".feeds.timeline-" + "0" * 16)
        feeds.write_feeds([*seed_events, event("x")], out, durable=False)
        assert 3 == len(siblings(out))  # the link, the set and the lock file


class TestOnlyOursIsTouched:
    """Nothing beside DIR goes unless its name and content prove it DIR's own leftover."""

    def test_sibling_set_survives(self, seed_events, tmp_path):
        """`feeds` next to `feeds.timeline-2024` (whose hidden names start like ours) keeps it."""
        sibling = tmp_path / "feeds.timeline-2024"
        feeds.write_feeds(seed_events[:2], sibling, durable=False)
        before = snapshot(sibling)
        hidden = {p for p in siblings(sibling) if p.startswith(".feeds.timeline-2024")}
        out = tmp_path / "feeds"
        feeds.write_feeds(seed_events, out, durable=False)
        feeds.write_feeds(seed_events[:3], out, durable=False)
        assert before == snapshot(sibling)
        assert hidden <= siblings(sibling)

    @pytest.mark.parametrize(
        "name",
        [".feeds.timeline-notes", ".feeds.timeline-" + "ab" * 8, ".feeds.timeline-tmp-mine"],
        ids=["word", "version-shaped", "staging-like"],
    )
    def test_users_folder_with_our_prefix_survives(self, seed_events, tmp_path, name):
        """A user's folder whose name starts with the hidden prefix is never removed."""
        mine = tmp_path / name
        mine.mkdir()
        (mine / "index.json").write_text("{}", encoding="utf-8")
        out = tmp_path / "feeds"
        feeds.write_feeds(seed_events, out, durable=False)
        feeds.write_feeds(seed_events[:3], out, durable=False)
        assert "{}" == (mine / "index.json").read_text(encoding="utf-8")

    def test_old_set_is_still_removed(self, seed_events, tmp_path):
        """The set a run replaced is ours by its name and index, and goes."""
        out = tmp_path / "feeds"
        first = feeds.write_feeds(seed_events, out, durable=False)
        feeds.write_feeds(seed_events[:3], out, durable=False)
        assert not (tmp_path / f".feeds.timeline-{first.version}").exists()


class TestDamage:
    """A damaged published set is repaired, and a hostile index is one clear error."""

    def test_damaged_file_is_rewritten(self, seed_events, tmp_path):
        """A feed whose bytes changed on disk (same size) is written anew, not 'unchanged'."""
        out = tmp_path / "feeds"
        feeds.write_feeds(seed_events, out, durable=False)
        victim = out / "all.ics"
        good = victim.read_bytes()
        victim.write_bytes(good.replace(b"SUMMARY:", b"SUMMARX:", 1))
        report = feeds.write_feeds(seed_events, out, durable=False)
        assert ("all.ics" in report.written, "all.ics" in report.unchanged) == (True, False)
        assert good == victim.read_bytes()

    def test_damaged_index_html_is_rewritten(self, seed_events, tmp_path):
        """The index page, listed with no hash, is compared by content too."""
        out = tmp_path / "feeds"
        feeds.write_feeds(seed_events, out, durable=False)
        good = (out / "index.html").read_bytes()
        (out / "index.html").write_bytes(b"x" * len(good))
        report = feeds.write_feeds(seed_events, out, durable=False)
        assert "index.html" in report.written
        assert good == (out / "index.html").read_bytes()

    @pytest.mark.parametrize(
        "index",
        [b"[" * 100_000, b'{"feeds": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"],
        ids=["bare", "in-feeds"],
    )
    def test_deeply_nested_index_is_one_error(self, seed_events, tmp_path, index):
        """A deeply nested JSON array in the old index is a WriteError, not a RecursionError."""
        out = tmp_path / "feeds"
        feeds.write_feeds(seed_events, out, durable=False)
        (out / "index.json").write_bytes(index)
        with pytest.raises(WriteError, match="index of the published set") as info:
            feeds.write_feeds(seed_events, out, durable=False)
        assert "\n" not in str(info.value)


class TestLanguage:
    """Feed labels, descriptions and the index page follow the chosen or the data's language."""

    def test_english_when_asked(self, seed_events, tmp_path):
        """lang='en' names the feed of all events, descriptions and the page in English."""
        out = tmp_path / "feeds"
        feeds.write_feeds(seed_events, out, lang="en", durable=False)
        cal = icalendar.Calendar.from_ical((out / "all.ics").read_bytes())
        page = (out / "index.html").read_text(encoding="utf-8")
        assert "All events" == str(cal["X-WR-CALNAME"])
        assert '<html lang="en">' in page
        assert "Subscribe" in page
        assert "订阅" not in page

    def test_english_data_gets_english_labels(self):
        """Events with English titles get English labels without being asked."""
        english = [attrs.evolve(event("a", people=(("Anna", ""),)), title="Club night")]
        result = feeds.facets(english)
        assert ("All events", "Events Anna took part in or reported on") == (
            result[0].label,
            result[1].description,
        )

    def test_seed_stays_chinese(self, seed_events):
        """The seed's feeds keep their Chinese labels."""
        assert "全部活动" == feeds.facets(seed_events)[0].label

    def test_unknown_language_is_one_error(self, seed_events, tmp_path):
        """A language without labels is refused before anything is written."""
        with pytest.raises(TimelineError, match="no labels for language"):
            feeds.write_feeds(seed_events, tmp_path / "feeds", lang="xx", durable=False)
        assert not (tmp_path / "feeds").exists()


_MEASURE = """<script>
addEventListener("load", () => {
  const vw = document.documentElement.clientWidth;
  const bad = [];
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width && r.right > vw + 1) bad.push(el.tagName + "." + el.className);
  }
  const names = [...document.querySelectorAll("tbody td.name")].map(
    (td) => td.getBoundingClientRect().width);
  const hrefs = [...document.querySelectorAll("a.webcal")].map((a) => a.href);
  document.body.dataset.layout = JSON.stringify({
    scroll: document.documentElement.scrollWidth, vw, bad, narrowest: Math.min(...names), hrefs,
  });
});
</script>"""

_FRAME = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="f" src="probe.html" style="width:{width}px;height:900px;border:0"></iframe>
<script>
const f = document.getElementById("f");
f.onload = () => setTimeout(() => {{
  document.body.dataset.layout = f.contentDocument.body.dataset.layout;
}}, 100);
</script></body></html>"""


def _chromium() -> str:
    """The Chromium binary, or a loud skip (a failure under CI)."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    path = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else found
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail("chromium is required in CI (apt-get install chromium fonts-noto-cjk)")
    pytest.skip("SKIPPED LOUDLY: chromium not found; the index page's layout is not checked")
    return ""  # pragma: no cover - skip raises


def _run_chromium(tmp_path, url, *extra):
    """Run headless Chromium on ``url``; return its stdout."""
    result = subprocess.run(
        [
            _chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--hide-scrollbars",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=5000",
            *extra,
            url,
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert 0 == result.returncode, result.stderr.decode(errors="replace")[-2000:]
    return result.stdout.decode()


@pytest.mark.slow
@pytest.mark.browser
class TestIndexPageLayout:
    """The index page reads on a 390 px phone and on a desktop, served over HTTP."""

    @pytest.mark.parametrize("width", [390, 1280], ids=["phone", "desktop"])
    def test_no_horizontal_scroll_names_not_squeezed(self, seed_events, tmp_path, width):
        """No sideways scroll, nothing past the edge, names keep most of the width; webcal links."""
        from timeline.serve import make_server  # noqa: PLC0415 - only here

        out = tmp_path / "feeds"
        feeds.write_feeds(seed_events, out, durable=False)
        page = (out / "index.html").read_text(encoding="utf-8")
        # Extra pages in DIR are someone else's files: served, and kept by reruns.
        (out / "probe.html").write_text(page.replace("</body>", _MEASURE + "</body>"), "utf-8")
        (out / "frame.html").write_text(_FRAME.format(width=width), "utf-8")
        server = make_server(out, port=0)
        thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
        thread.start()
        try:
            # Headless Chromium lays out no narrower than 500 px: the page runs in a
            # same-origin frame of the wanted width, whose media queries see the frame.
            dom = _run_chromium(tmp_path, server.url + "frame.html", "--dump-dom")
        finally:
            server.shutdown()
            server.server_close()
            thread.join(timeout=10)
        found = re.search(r'data-layout="([^"]*)"', dom)
        assert found, dom[-2000:]
        layout = json.loads(found[1].replace("&quot;", '"').replace("&amp;", "&"))
        assert (width, [], True) == (layout["vw"], layout["bad"], layout["scroll"] <= width)
        # Stacked on a phone, a name has the card's width, not a sliver of a column.
        assert layout["narrowest"] >= (0.8 * width if width < 600 else 150)
        host = server.url.removeprefix("http://")
        assert f"webcal://{host}all.ics" in layout["hrefs"]

    def test_phone_screenshot(self, seed_events, tmp_path):
        """A 390 px screenshot of the page is 390 px wide and not blank."""
        out = tmp_path / "feeds"
        feeds.write_feeds(seed_events, out, durable=False)
        shot = tmp_path / "phone.png"
        _run_chromium(
            tmp_path, (out / "index.html").as_uri(), f"--screenshot={shot}", "--window-size=390,844"
        )
        data = shot.read_bytes()
        size = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (390, 844) == size
        assert len(data) > 10_000


WRITER = textwrap.dedent(
    """
    import sys
    import datetime as dt
    from timeline import feeds
    from timeline.model import Event, Location, Participant, Person
    n, tag, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    from timeline._io import StagedSet
    real = StagedSet.write

    step = len(sys.argv) > 4

    def reporting(staged, rel, data):
        real(staged, rel, data)
        print("wrote", staged.path / rel, flush=True)
        if step:  # wait until the test says go, so it can kill us at an exact file
            sys.stdin.readline()

    StagedSet.write = reporting
    events = [
        Event(
            id=f"e{i}",
            title=f"{tag}活动{i}",
            start=dt.date(2020, 1, 1) + dt.timedelta(days=i % 300),
            participants=[Participant(Person(f"人{i % (n // 2)}", tag))],
            locations=[Location(f"地{i % (n // 2)}")],
        )
        for i in range(n)
    ]
    feeds.write_feeds(events, out, durable=False)
    print("done", flush=True)
    """
)


@pytest.mark.slow
class TestKilled:
    """A writer killed with SIGKILL leaves the old set or the new one."""

    N = 600

    def start(self, tag, out, *, step=False):
        """Start WRITER in a subprocess writing set ``tag`` to ``out``."""
        paths = [str(ROOT / "src"), str(ROOT / "tests")]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
        return subprocess.Popen(
            [sys.executable, "-c", WRITER, str(self.N), tag, str(out), *(["step"] if step else [])],
            env=env,
            stdin=subprocess.PIPE if step else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def run(self, tag, out):
        """Write set ``tag`` completely; return the number of files written."""
        proc = self.start(tag, out)
        stdout, stderr = proc.communicate(timeout=300)
        assert 0 == proc.returncode, stderr
        return stdout.count("wrote")

    def kill_after_files(self, tag, out, files):
        """SIGKILL the writer right after it has written ``files`` files."""
        proc = self.start(tag, out, step=True)
        assert proc.stdin is not None
        assert proc.stdout is not None
        for seen in range(1, files + 1):
            line = proc.stdout.readline()
            assert line.startswith("wrote"), line
            if seen < files:
                proc.stdin.write("go\n")
                proc.stdin.flush()
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        assert -signal.SIGKILL == proc.returncode

    def kill_after_seconds(self, tag, out, seconds):
        """SIGKILL the writer after ``seconds`` (it may have finished)."""
        proc = self.start(tag, out)
        time.sleep(seconds)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)

    def check_whole(self, out, sets):
        """DIR holds exactly one of ``sets`` (index bytes), every file complete."""
        index = (out / "index.json").read_bytes()
        assert index in sets
        listed = {f["file"]: f["sha256"] for f in json.loads(index)["feeds"]}
        files = snapshot(out)
        assert set(listed) | {"index.json", "index.html"} == set(files)
        for file, digest in listed.items():
            assert digest == hashlib.sha256(files[file][0]).hexdigest(), file

    def test_sigkill_leaves_old_or_new_set(self, tmp_path):
        """SIGKILL at any moment of a large write leaves the whole old or whole new set."""
        out = tmp_path / "feeds"
        reference = tmp_path / "reference"
        self.run("旧", out)
        old = (out / "index.json").read_bytes()
        started = time.monotonic()
        total = self.run("新", reference)
        took = time.monotonic() - started
        new = (reference / "index.json").read_bytes()
        for files in (1, total // 2, total):
            self.kill_after_files("新", out, files)
            self.check_whole(out, {old})
        for fraction in (0.9, 0.95, 0.98, 1.0):
            self.kill_after_seconds("新", out, took * fraction)
            self.check_whole(out, {old, new})
            if new == (out / "index.json").read_bytes():
                self.run("旧", out)
        self.run("新", out)
        self.check_whole(out, {new})
        assert 3 == len({p for p in siblings(out) if "feeds" in p})  # link, set, lock


HOSTILE_NAMES = [
    "../../etc/passwd",
    "/etc/passwd",
    "..",
    ".",
    "C:\\Windows\\system32",
    "\\\\server\\share",
    "CON",
    "nul",
    "COM1",
    "LPT9",
    "con.ics",
    "aux.txt",
    "~root",
    "$HOME",
    "%2e%2e%2f",
    "．．／",
    "\u202egnp.exe",
    "a\u200bb",
    "李" * 5000,
    "x" * 5000,
    "ǅ" * 300,
]


_FILE = re.compile(r"^(all\.ics|index\.json|index\.html|[a-z]+/([a-z0-9-]+-)?[0-9a-f]+\.ics)$")


_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])$", re.IGNORECASE)


class TestFeedNames:
    """Facet names cannot choose where a feed is written."""

    @pytest.fixture(scope="class")
    @classmethod
    def written(cls, tmp_path_factory):
        """One feed set whose people, places and bodies all have hostile names."""
        events = [
            Event(
                id=f"e{i}",
                title="活动",
                start=dt.date(2020, 5, 25),
                participants=[Participant(Person(name))],
                locations=[Location(name)],
                delegations=[Delegation(Organisation(name))],
            )
            for i, name in enumerate(HOSTILE_NAMES)
        ]
        out = tmp_path_factory.mktemp("feeds") / "out"
        report = write_feeds(events, out, durable=False)
        return out, report

    def test_everything_inside(self, written):
        """Every file written resolves inside the output folder's published set."""
        out, _ = written
        root = out.resolve()
        files = [p for p in root.rglob("*") if p.is_file()]
        assert files
        for path in files:
            assert path.resolve().is_relative_to(root)
        parent = out.parent
        assert {out.name} == {p.name for p in parent.iterdir() if not p.name.startswith(".")}

    def test_names_are_tame(self, written):
        """Every file name is short ASCII of a fixed shape, and never a Windows device."""
        out, report = written
        for rel in report.written:
            assert _FILE.match(rel), rel
            stem = Path(rel).name.split(".")[0]
            assert not _RESERVED.match(stem), rel
            assert len(Path(rel).name.encode()) <= 255
            assert (out / rel).is_file()

    def test_one_feed_per_name(self, written):
        """No two hostile names share a file: 3 kinds x names, plus all/index."""
        _, report = written
        ics = [r for r in report.written if r.endswith(".ics") and r != "all.ics"]
        assert 3 * len(HOSTILE_NAMES) == len(ics)

    @pytest.mark.parametrize(
        "name", ["a\x00b", "\x00", "/" * 300, "..\x00/x"], ids=["nul", "only-nul", "slashes", "mix"]
    )
    def test_feed_filename_with_nul(self, name):
        """feed_filename itself is safe for strings the model would refuse."""
        rel = feed_filename("person", name)
        assert _FILE.match(rel), rel
