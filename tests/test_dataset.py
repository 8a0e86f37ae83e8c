"""
Reading and writing events data files (TOML and JSON), good and hostile.

Besides one example of each schema error, bad input is covered
systematically: every truncation of a valid file, foreign encodings, a wrong
type at every field path, unknown fields at every level, impossible and
out-of-range dates, duplicate keys and ids, huge and deeply nested
documents, NUL bytes and control characters. The rule each test checks is
the same: the loader returns events or raises
:class:`~timeline.DataFileError` naming the file, line (where the format
gives one) and field path; nothing else ever escapes.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

import timeline
from tests._fuzz import error_path, fuzz, outcome_of, regression_cases
from tests.strategies import event_lists, hostile_bytes, hostile_text, mutated
from timeline import DataFileError, ReadError, TimelineError, WriteError
from timeline.dataset import dumps, load, loads, save
from timeline.model import Event

MINIMAL = """\
version = 1

[[events]]
id = "a"
title = "会议"
start = 2020-05-25

[[events]]
id = "b"
title = "调研"
start = 2020-05-26
"""


def _error(text: str, *, fmt: str = "toml") -> DataFileError:
    with pytest.raises(DataFileError) as info:
        loads(text, format=fmt, path="events.toml")  # type: ignore[arg-type]
    return info.value


class TestRoundTrip:
    """load -> save -> load is the identity."""

    @pytest.mark.slow
    @given(event_lists())
    def test_toml_round_trip(self, events):
        """Any valid events survive TOML unchanged."""
        assert tuple(events) == loads(dumps(events, format="toml"))

    @pytest.mark.slow
    @given(event_lists())
    def test_json_round_trip(self, events):
        """Any valid events survive JSON unchanged."""
        assert tuple(events) == loads(dumps(events, format="json"), format="json")

    @pytest.mark.slow
    @given(event_lists(max_size=3))
    def test_dumps_is_stable(self, events):
        """Serialising the loaded result gives the same bytes again."""
        first = dumps(events)
        assert first == dumps(loads(first))

    def test_zone_name_survives(self):
        """A datetime keeps its IANA zone name, not only its offset."""
        text = MINIMAL.replace(
            "start = 2020-05-26", 'start = "2020-05-26T09:00:00+08:00[Asia/Shanghai]"'
        )
        event = loads(text)[1]
        assert event.start.tzinfo.key == "Asia/Shanghai"  # type: ignore[union-attr]
        assert b"[Asia/Shanghai]" in dumps([event])

    def test_save_and_load_files(self, tmp_path, seed_events):
        """Files of either format load back to what was saved."""
        for name in ("events.toml", "events.json"):
            save(seed_events, tmp_path / name)
            assert seed_events == load(tmp_path / name)


class TestErrors:
    """Every schema violation names the file, line and field path."""

    def test_bad_date_names_field_and_line(self):
        """An impossible date string is reported at its event's header line."""
        err = _error(MINIMAL.replace("start = 2020-05-26", 'start = "2020-13-01"'))
        assert err.field == "events[1].start"
        assert err.line == 8
        assert str(err) == "events.toml:8: events[1].start: '2020-13-01' is not a date (YYYY-MM-DD)"

    def test_impossible_toml_date(self):
        """TOML refuses 2020-02-30 itself; the line is kept."""
        err = _error(MINIMAL.replace("2020-05-26", "2020-02-30"))
        assert err.line == 11
        assert err.message.startswith("invalid TOML")

    def test_unknown_field_refused(self):
        """Unknown fields are errors, never dropped silently."""
        err = _error(MINIMAL + 'colour = "red"\n')
        assert err.field == "events[1].colour"
        assert "unknown field" in err.message

    def test_wrong_type(self):
        """A wrong type names what was expected and what was found."""
        err = _error(MINIMAL.replace('title = "调研"', "title = 3"))
        assert err.field == "events[1].title"
        assert err.message == "expected a string, got an integer"

    def test_missing_required(self):
        """A missing required field is named."""
        err = _error(MINIMAL.replace('id = "b"\n', ""))
        assert err.field == "events[1].id"

    def test_end_before_start(self):
        """Model invariants surface with the file's field path."""
        err = _error(MINIMAL + "end = 2020-05-20\n")
        assert err.field == "events[1].end"

    def test_date_datetime_mix(self):
        """A date start with a datetime end is refused."""
        err = _error(MINIMAL + 'end = "2020-05-27T10:00:00+08:00"\n')
        assert err.field == "events[1].end"
        assert "must both be dates or both datetimes" in err.message

    def test_naive_datetime(self):
        """A datetime without a zone has no meaning here."""
        err = _error(MINIMAL.replace("start = 2020-05-26", 'start = "2020-05-26T09:00:00"'))
        assert "no time zone" in err.message

    def test_unknown_zone(self):
        """A zone name must exist."""
        err = _error(MINIMAL.replace("start = 2020-05-26", 'start = "2020-05-26T09:00[Mars/Base]"'))
        assert err.message == "unknown time zone 'Mars/Base'"

    def test_duplicate_ids(self):
        """Ids are unique within a file."""
        err = _error(MINIMAL.replace('id = "b"', 'id = "a"'))
        assert err.field == "events[1].id"
        assert "first used by events[0]" in err.message

    def test_bad_role(self):
        """Enumerated fields list their choices."""
        text = MINIMAL + 'participants = [{ name = "乔耸", role = "boss" }]\n'
        err = _error(text)
        assert err.field == "events[1].participants[0].role"
        assert "'boss' is not one of: leads" in err.message

    def test_truncated_file(self):
        """A file cut off mid-table is a TOML error with a line."""
        err = _error(MINIMAL[:-12])
        assert err.line is not None

    def test_gbk_bytes(self):
        """Text in another encoding is refused with the byte position."""
        err = _error(MINIMAL.encode("gbk"))  # type: ignore[arg-type]
        assert "not UTF-8" in err.message
        assert err.line == 5

    def test_bom_accepted(self):
        """A UTF-8 byte order mark is harmless and ignored."""
        assert len(loads(b"\xef\xbb\xbf" + MINIMAL.encode())) == 2

    def test_json_syntax_error_line(self):
        """JSON syntax errors carry the parser's line."""
        err = _error('{\n  "events": [\n}', fmt="json")
        assert err.line == 3

    def test_json_wrong_top_level(self):
        """A document must be a table."""
        err = _error("[1, 2]", fmt="json")
        assert err.message == "expected a table, got a list"

    def test_future_version(self):
        """Files of a newer format are refused, not misread."""
        err = _error(MINIMAL.replace("version = 1", "version = 2"))
        assert err.field == "version"

    def test_errors_are_value_errors(self):
        """Callers that know only the standard library still catch data errors."""
        assert issubclass(DataFileError, ValueError)
        assert issubclass(DataFileError, timeline.TimelineError)

    def test_missing_file(self, tmp_path):
        """A missing file is a ReadError naming it."""
        with pytest.raises(ReadError) as info:
            load(tmp_path / "nope.toml")
        assert str(tmp_path / "nope.toml") == info.value.path

    def test_unknown_suffix(self, tmp_path):
        """Only .toml and .json are data files."""
        with pytest.raises(DataFileError, match=r"use \.toml or \.json"):
            load(tmp_path / "events.yaml")


class TestSave:
    """Saving is atomic."""

    def test_failed_save_keeps_old_file(self, tmp_path, seed_events):
        """A write into a missing directory fails cleanly and leaves nothing behind."""
        with pytest.raises(WriteError) as info:
            save(seed_events, tmp_path / "missing" / "events.toml")
        assert "missing" in str(info.value)
        assert list(tmp_path.iterdir()) == []

    def test_replace_is_whole(self, tmp_path, seed_events):
        """Saving over an old file replaces it whole and leaves no temporary file."""
        target = tmp_path / "events.json"
        target.write_text("old")
        save(seed_events[:2], target)
        assert seed_events[:2] == load(target)
        assert [p.name for p in tmp_path.iterdir()] == ["events.json"]

    def test_json_is_readable(self, seed_events):
        """JSON output keeps Chinese readable (no ASCII escapes) and ends with a newline."""
        data = dumps(seed_events, format="json")
        assert "李晓雷".encode() in data
        assert data.endswith(b"\n")
        assert len(json.loads(data)["events"]) == 6


def test_example_dates_are_dates(seed_events):
    """The seed's events are all-day: plain dates, not midnights."""
    assert all(type(e.start) is dt.date for e in seed_events)
    assert Path(timeline.seed_path()).name == "seed.toml"


class TestIssue15Data:
    """The data format keeps what it is given, and names the right line."""

    TIMES = """\
version = 1

[[events]]
id = "a"
title = "会议"
start = "2025-01-01T09:00:00.123456+01:00[Europe/Berlin]"
end = "2025-01-01T09:00:00.999999+01:00[Europe/Berlin]"
"""

    @pytest.mark.parametrize("fmt", ["toml", "json"])
    def test_microseconds_round_trip(self, fmt):
        """Microseconds survive TOML and JSON, and the end stays after the start."""
        (event,) = loads(self.TIMES)
        assert (123456, 999999) == (event.start.microsecond, event.end.microsecond)
        assert (event,) == loads(dumps([event], format=fmt), format=fmt)
        assert b".999999+01:00[Europe/Berlin]" in dumps([event], format=fmt)

    def test_finer_than_microseconds_is_refused(self):
        """A seventh fractional digit is refused, never silently cut."""
        err = _error(self.TIMES.replace(".999999", ".9999999"))
        assert ("events[0].end", 3) == (err.field, err.line)
        assert "microsecond" in err.message

    def test_toml_datetime_value_finer_than_microseconds_is_refused(self):
        """A TOML datetime value with a seventh digit (tomllib cuts it) is refused at its line."""
        text = self.TIMES.replace(
            'end = "2025-01-01T09:00:00.999999+01:00[Europe/Berlin]"',
            "end = 2025-01-01T09:00:00.9999999+01:00",
        )
        assert 7 == _error(text).line

    def test_such_digits_in_strings_and_comments_are_text(self):
        """The same digits inside a string or a comment are not a datetime value."""
        text = self.TIMES.replace('title = "会议"', 'title = "09:00:00.1234567" # 09:00:00.1234567')
        assert "09:00:00.1234567" == loads(text)[0].title

    @pytest.mark.parametrize(
        "text",
        [
            'summary = "a\\u2028b"\nkinds = ["meeting"]',  # escaped: no raw separator
            'summary = "a\u2028b\u0085c"',  # raw separators inside a string
            'summary = """\nfirst\n[[events]]\nlast"""',  # a header-like line in a string
            "summary = '''\n[[events]]\n'''",  # the same, literal
            'summary = """a""" # """\n',  # a comment after a closed string
            'summary = """ends with quotes"" """',  # quotes before the closing three
            'summary = "\\"[[events]]"',  # an escaped quote
        ],
        ids=[
            "escaped-separator",
            "raw-separators",
            "header-in-string",
            "header-in-literal",
            "comment",
            "quotes-before-close",
            "escaped-quote",
        ],
    )
    def test_error_line_after_odd_strings(self, text):
        """An error in the next event names that event's [[events]] line."""
        document = MINIMAL.replace('title = "会议"', f'title = "会议"\n{text}').replace(
            "start = 2020-05-26", 'start = "2020-13-01"'
        )
        err = _error(document)
        expected = document.split("\n").index('start = "2020-13-01"') - 2
        assert (expected, "events[1].start") == (err.line, err.field)


#: One event with every field of the schema filled in.
FULL_EVENT: dict[str, Any] = {
    "id": "full",
    "title": "观摩推进会",
    "kinds": ["meeting", "observation"],
    "start": "2020-05-25T09:00:00+08:00[Asia/Shanghai]",
    "end": "2020-05-25T11:30:00+08:00[Asia/Shanghai]",
    "summary": "召开观摩推进会。",
    "participants": [{"name": "李晓雷", "title": "区长", "role": "leads"}],
    "delegations": [
        {
            "organisation": "区委组织部组织科",
            "parent": "区委组织部",
            "role": "speaks",
            "representatives": "相关负责人",
        }
    ],
    "locations": [{"name": "金苑社区", "area": "汝河路街道"}],
    "headcounts": [
        {"count": 50, "precision": "at_least", "unit": "人", "counted": "党员", "text": "50余人"}
    ],
    "source": {
        "headline": "观摩推进会召开",
        "published": "2020-06-03",
        "publication": "中原报",
        "document": "page.txt",
        "byline": [{"name": "张改华", "title": "记者", "role": "reports"}],
        "span": [10, 20],
    },
}


#: Tables of the schema, by a field path to one instance of each.
TABLE_PATHS = {
    "document": (),
    "event": ("events", 0),
    "participant": ("events", 0, "participants", 0),
    "delegation": ("events", 0, "delegations", 0),
    "location": ("events", 0, "locations", 0),
    "headcount": ("events", 0, "headcounts", 0),
    "source": ("events", 0, "source"),
    "byline": ("events", 0, "source", "byline", 0),
}


#: Values of every JSON kind, to put where another kind belongs.
JSON_VALUES: dict[str, Any] = {
    "null": None,
    "bool": True,
    "int": 7,
    "float": 1.5,
    "string": "x",
    "list": [],
    "table": {},
}


def _doc(*events: dict[str, Any]) -> dict[str, Any]:
    return {"version": 1, "events": [copy.deepcopy(e) for e in events or (FULL_EVENT,)]}


def _json(doc: object) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode()


def _native(value: Any) -> Any:
    """Turn a JSON-shaped document into a TOML-shaped one (dates as dates)."""
    if isinstance(value, dict):
        return {k: _native(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_native(v) for v in value]
    if isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _toml(doc: dict[str, Any]) -> bytes:
    return tomli_w.dumps(_native(doc)).encode()


def _leaves(value: object, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every field path under ``value`` (tables, lists and scalars alike)."""
    if path:
        yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, (*path, index))


def _dotted(path: tuple[Any, ...]) -> str:
    """``("events", 0, "start")`` as the loader names it: ``events[0].start``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _set(doc: dict[str, Any], path: tuple[Any, ...], value: object) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    target: Any = doc
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return doc


def _kind(value: object) -> str:
    for name, sample in JSON_VALUES.items():
        if type(value) is type(sample):
            return name
    raise AssertionError(value)


def _load_or_error(data: bytes, fmt: str) -> tuple[timeline.Event, ...] | DataFileError:
    try:
        return loads(data, format=fmt, path=f"events.{fmt}")  # type: ignore[arg-type]
    except DataFileError as exc:
        return exc


def _load_error(data: bytes | str, fmt: str = "json") -> DataFileError:
    with pytest.raises(DataFileError) as info:
        loads(data, format=fmt, path=f"events.{fmt}")  # type: ignore[arg-type]
    return info.value


WRONG_TYPE_CASES = [
    (path, kind)
    for path, value in _leaves(_doc())
    for kind in JSON_VALUES
    if kind != _kind(value)
    and path != ("events",)
    # No span at all is allowed: null means "not known".
    and not (path[-1] == "span" and kind == "null")
]


class TestFixture:
    """The hostile cases start from a document that is valid."""

    def test_full_event_loads_in_both_formats(self):
        """FULL_EVENT uses every field and loads from TOML and JSON alike."""
        from_json = loads(_json(_doc()), format="json")
        assert from_json == loads(_toml(_doc()), format="toml")
        assert len(from_json[0].headcounts) == 1


class TestTruncation:
    """A file cut short at any byte loads (a shorter valid file) or is a DataFileError."""

    @pytest.mark.parametrize("fmt", ["toml", "json"])
    def test_every_prefix(self, fmt):
        """Every prefix of a full two-event file gives events or a DataFileError."""
        second = dict(FULL_EVENT, id="second", title="第二")
        doc = _doc(FULL_EVENT, second)
        data = _toml(doc) if fmt == "toml" else _json(doc)
        loaded = 0
        for cut in range(len(data)):
            outcome = _load_or_error(data[:cut], fmt)
            if isinstance(outcome, tuple):
                loaded += 1
                assert len(outcome) <= 2
            else:
                assert outcome.path == f"events.{fmt}"
        # The full file loads; for JSON no proper prefix is a document.
        assert len(loads(data, format=fmt)) == 2  # type: ignore[arg-type]
        if fmt == "json":
            assert loaded == 0

    def test_cut_inside_a_character(self):
        """A cut through a multi-byte character is reported as not UTF-8, on its line."""
        data = _toml(_doc())
        cut = data.index("观".encode()) + 1
        err = _load_error(data[:cut], "toml")
        assert "not UTF-8" in err.message
        assert data[:cut].count(b"\n") + 1 == err.line


class TestEncodings:
    """Only UTF-8 (with or without a BOM) is read; everything else is named."""

    @pytest.mark.parametrize(
        "encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030", "gbk", "latin-1"]
    )
    @pytest.mark.parametrize("fmt", ["toml", "json"])
    def test_foreign_encoding_refused(self, encoding, fmt):
        """A file saved in another encoding is a DataFileError, never mojibake."""
        doc = _doc(dict(FULL_EVENT, title="Café" if encoding == "latin-1" else "会议"))
        if encoding == "latin-1":
            doc["events"][0]["summary"] = "résumé"
            for key in ("participants", "delegations", "locations", "headcounts", "source"):
                del doc["events"][0][key]
        text = (_toml(doc) if fmt == "toml" else _json(doc)).decode()
        err = _load_error(text.encode(encoding), fmt)
        assert err.path == f"events.{fmt}"
        assert err.message.startswith(("not UTF-8", "invalid"))

    def test_latin1_names_line(self):
        """The line of the first undecodable byte is given."""
        text = 'version = 1\n\n[[events]]\nid = "a"\ntitle = "Café"\nstart = 2020-05-25\n'
        err = _load_error(text.encode("latin-1"), "toml")
        assert err.line == 5

    def test_json_bom_accepted(self):
        """A UTF-8 BOM before JSON is ignored like before TOML."""
        assert len(loads(b"\xef\xbb\xbf" + _json(_doc()), format="json")) == 1

    def test_bom_twice_refused(self):
        """A second BOM is a stray character, not a BOM."""
        err = _load_error(b"\xef\xbb\xbf\xef\xbb\xbf" + _json(_doc()))
        assert err.message.startswith("invalid JSON")

    def test_utf8_str_input(self):
        """Text input is taken as already decoded."""
        assert len(loads(_json(_doc()).decode(), format="json")) == 1


class TestWrongTypes:
    """A value of the wrong kind at any field path names exactly that path."""

    @pytest.mark.parametrize(
        ("path", "kind"), WRONG_TYPE_CASES, ids=[f"{_dotted(p)}={k}" for p, k in WRONG_TYPE_CASES]
    )
    def test_json(self, path, kind):
        """JSON: the error's field is the path that was changed (or the table holding it)."""
        err = _load_error(_json(_set(_doc(), path, JSON_VALUES[kind])))
        assert err.field is not None
        assert _dotted(path).startswith(err.field) or err.field.startswith(_dotted(path))
        assert err.path == "events.json"

    @pytest.mark.parametrize(
        ("path", "value"),
        [
            (("events", 0, "title"), dt.date(2020, 5, 25)),
            (("events", 0, "start"), dt.time(9, 0)),
            (("events", 0, "start"), dt.datetime(2020, 5, 25, 9)),  # noqa: DTZ001 - naive on purpose
            (("events", 0, "source", "published"), dt.datetime(2020, 5, 25, 9, tzinfo=dt.UTC)),
            (("events", 0, "headcounts", 0, "count"), dt.date(2020, 5, 25)),
            (("events", 0, "kinds"), {"a": 1}),
        ],
        ids=[
            "title-date",
            "start-time",
            "start-naive",
            "published-datetime",
            "count-date",
            "kinds",
        ],
    )
    def test_toml_native_types(self, path, value):
        """TOML's own dates, times and tables in the wrong place name the field and line."""
        err = _load_error(_toml(_set(_doc(), path, value)), "toml")
        assert _dotted(path) == err.field
        assert err.line == 3  # the [[events]] header

    def test_version_bool_refused(self):
        """``version = true`` is not version 1, although ``True == 1`` in Python."""
        assert _load_error(_json({"version": True, "events": []})).field == "version"

    def test_version_float_refused(self):
        """``version = 1.0`` is not an integer version."""
        assert _load_error(_json({"version": 1.0, "events": []})).field == "version"

    @pytest.mark.parametrize("top", ["[]", '"events"', "7", "null", "true"])
    def test_json_top_level_kinds(self, top):
        """A document that is not a table is refused, whatever it is."""
        assert _load_error(top).message.startswith("expected a table")


class TestUnknownFields:
    """An unknown key at any level is refused with its full path."""

    @pytest.mark.parametrize("table", sorted(TABLE_PATHS))
    @pytest.mark.parametrize("fmt", ["toml", "json"])
    def test_unknown_key(self, table, fmt):
        """The error names the unknown key under the table's own path."""
        doc = _doc()
        target: Any = doc
        for part in TABLE_PATHS[table]:
            target = target[part]
        target["colour"] = "red"
        data = _toml(doc) if fmt == "toml" else _json(doc)
        err = _load_error(data, fmt)
        prefix = _dotted(TABLE_PATHS[table])
        assert (f"{prefix}.colour" if prefix else "colour") == err.field
        assert err.message.startswith("unknown field")


class TestDates:
    """Impossible, out-of-range and inconsistent dates."""

    @pytest.mark.parametrize(
        "text",
        ["2020-02-30", "2021-02-29", "2020-04-31", "2020-00-10", "2020-13-01", "0000-01-01"],
    )
    @pytest.mark.parametrize("field", ["start", "end", "source.published"])
    def test_impossible_date_string(self, text, field):
        """An impossible date as a string is refused at its field, in JSON and TOML."""
        doc = _doc(dict(FULL_EVENT, start="2020-05-01", end="2020-05-02"))
        path = ("events", 0, *field.split("."))
        # tomli_w would write a real date; a placeholder keeps the string a string.
        as_toml = _toml(_set(doc, path, "PLACEHOLDER")).replace(b"PLACEHOLDER", text.encode())
        for fmt, data in (("json", _json(_set(doc, path, text))), ("toml", as_toml)):
            err = _load_error(data, fmt)
            assert f"events[0].{field}" == err.field
            assert repr(text) in err.message

    def test_impossible_native_toml_date_in_source(self):
        """``published = 2020-02-30`` is a TOML syntax error with its line."""
        data = (
            _toml(_doc())
            .replace(b'"2020-06-03"', b"2020-02-30")
            .replace(b"2020-06-03", b"2020-02-30")
        )
        err = _load_error(data, "toml")
        assert err.message.startswith("invalid TOML")
        assert data[: data.index(b"2020-02-30")].count(b"\n") + 1 == err.line

    @pytest.mark.parametrize(
        "start",
        [
            "9999-12-31",
            "0001-01-01",
            "9999-12-31T23:00:00-12:00",
            "0001-01-01T00:30:00+01:00",
            "9999-12-31T20:00:00+00:00[Asia/Shanghai]",
        ],
    )
    def test_out_of_range(self, start):
        """Days at the very ends of the calendar are refused, not an OverflowError."""
        doc = _doc(dict(FULL_EVENT, start=start))
        del doc["events"][0]["end"]
        err = _load_error(_json(doc))
        assert err.field == "events[0].start"
        assert "must lie between" in err.message

    def test_out_of_range_model(self):
        """The model itself refuses such days with InvalidEventError."""
        with pytest.raises(timeline.InvalidEventError, match="must lie between"):
            timeline.Event(id="a", title="t", start=dt.date.max)

    @pytest.mark.parametrize(
        ("start", "end"),
        [
            ("2020-05-25T10:00:00+08:00", "2020-05-25T09:59:59+08:00"),
            ("2020-05-25T10:00:00+08:00", "2020-05-25T02:59:00+01:00"),
            ("2020-05-25", "2020-05-25"),
        ],
        ids=["datetime-before", "other-zone-before", "all-day-empty"],
    )
    def test_end_before_start(self, start, end):
        """An end before (or, all-day, equal to) the start is refused at ``end``."""
        err = _load_error(_json(_doc(dict(FULL_EVENT, start=start, end=end))))
        assert err.field == "events[0].end"

    def test_datetime_start_date_end(self):
        """A datetime start with a date end is refused (the other order is in test_dataset)."""
        err = _load_error(_json(_doc(dict(FULL_EVENT, end="2020-05-26"))))
        assert "must both be dates or both datetimes" in err.message

    def test_skipped_wall_time(self):
        """A wall time a DST change skips is refused, naming the field."""
        err = _load_error(
            _json(_doc(dict(FULL_EVENT, start="2020-03-08T02:30:00[America/New_York]")))
        )
        assert err.field == "events[0].start"

    @pytest.mark.parametrize(
        "zone",
        [
            "../../etc/passwd",
            "/etc/localtime",
            "Asia/../Asia/Shanghai",
            "",
            "x" * 65,
            "Asia",
            "Asia/__pycache__",
            "x" * 64,
        ],
    )
    def test_zone_names_are_not_paths(self, zone):
        """A zone name cannot make zoneinfo open an arbitrary file."""
        start = f"2020-05-25T09:00:00+08:00[{zone}]"
        err = _load_error(_json(_doc(dict(FULL_EVENT, start=start))))
        assert err.field == "events[0].start"


class TestDuplicates:
    """Nothing is silently dropped: duplicate ids and duplicate keys are errors."""

    def test_duplicate_ids_json(self):
        """Two events with one id are refused in JSON too."""
        err = _load_error(_json(_doc(FULL_EVENT, FULL_EVENT)))
        assert err.field == "events[1].id"

    def test_duplicate_json_key(self):
        """A key given twice in a JSON object would drop a value: refused."""
        text = '{"events": [{"id": "a", "id": "b", "title": "t", "start": "2020-05-25"}]}'
        err = _load_error(text)
        assert "given twice" in err.message

    def test_duplicate_json_key_top_level(self):
        """Two ``events`` lists would lose the first one: refused."""
        assert "given twice" in _load_error('{"events": [], "events": []}').message

    def test_duplicate_toml_key(self):
        """TOML refuses a key given twice, with its line."""
        text = 'version = 1\n[[events]]\nid = "a"\nid = "b"\ntitle = "t"\nstart = 2020-05-25\n'
        assert _load_error(text, "toml").line == 4


class TestSizeAndNesting:
    """Huge and deeply nested documents fail as DataFileError, never RecursionError."""

    @pytest.mark.slow
    @pytest.mark.parametrize("fmt", ["toml", "json"])
    def test_many_events(self, fmt):
        """Five thousand events load in order."""
        events = [dict(FULL_EVENT, id=f"e{i}") for i in range(5000)]
        doc = _doc(*events)
        data = _toml(doc) if fmt == "toml" else _json(doc)
        loaded = loads(data, format=fmt)
        assert [f"e{i}" for i in range(5000)] == [e.id for e in loaded]

    @pytest.mark.parametrize(
        ("fmt", "text"),
        [
            ("json", "[" * 200_000),
            ("json", '{"events": ' + "[" * 200_000 + "]" * 200_000 + "}"),
            ("json", '{"a":' * 100_000 + "1" + "}" * 100_000),
            ("toml", "x = " + "[" * 200_000 + "]" * 200_000),
            ("toml", "x = " + "{a = " * 100_000 + "1" + "}" * 100_000),
        ],
        ids=["json-open", "json-lists", "json-tables", "toml-arrays", "toml-inline-tables"],
    )
    def test_deep_nesting(self, fmt, text):
        """Nesting that overflows the parser's recursion is a DataFileError."""
        err = _load_error(text, fmt)
        assert err.message.startswith(("invalid JSON", "invalid TOML", "expected", "unknown"))

    def test_parseable_deep_nesting(self):
        """Deep but parseable nesting where a table belongs is a schema error."""
        deep: Any = "x"
        for _ in range(500):
            deep = [deep]
        err = _load_error(_json(_set(_doc(), ("events", 0, "participants"), [deep])))
        assert err.field == "events[0].participants[0]"

    @pytest.mark.parametrize("fmt", ["toml", "json"])
    def test_huge_integer(self, fmt):
        """A 5000-digit number is a DataFileError, not int()'s ValueError."""
        data = (_toml if fmt == "toml" else _json)(
            _set(_doc(), ("events", 0, "headcounts", 0, "count"), 12345)
        ).replace(b"12345", b"9" * 5000)
        assert _load_error(data, fmt).message.startswith(f"invalid {fmt.upper()}")

    @pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
    def test_json_constants(self, constant):
        """NaN and Infinity are not JSON numbers."""
        data = _json(_set(_doc(), ("events", 0, "headcounts", 0, "count"), 12345))
        err = _load_error(data.replace(b"12345", constant.encode()))
        assert f"{constant} is not a JSON number" in err.message

    def test_huge_string(self):
        """A megabyte-long summary is data, not an error."""
        summary = "长" * 1_000_000
        assert (
            summary
            == loads(_json(_doc(dict(FULL_EVENT, summary=summary))), format="json")[0].summary
        )


LABEL_PATHS = [
    ("events", 0, "id"),
    ("events", 0, "title"),
    ("events", 0, "participants", 0, "name"),
    ("events", 0, "participants", 0, "title"),
    ("events", 0, "delegations", 0, "organisation"),
    ("events", 0, "delegations", 0, "parent"),
    ("events", 0, "locations", 0, "name"),
    ("events", 0, "locations", 0, "area"),
    ("events", 0, "source", "headline"),
    ("events", 0, "source", "byline", 0, "name"),
]


class TestControlCharacters:
    """NUL bytes and control characters never reach the model's labels."""

    @pytest.mark.parametrize("path", LABEL_PATHS, ids=[_dotted(p) for p in LABEL_PATHS])
    @pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\r", "\n", "\x7f", "\x85"], ids=repr)
    def test_control_in_label(self, path, char):
        """A control character (escaped in JSON) in any one-line label is refused there."""
        doc = _doc()
        target: Any = doc
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = f"名{char}字"
        err = _load_error(_json(doc))
        assert err.field is not None
        assert _dotted(path).startswith(err.field)
        assert "control characters" in err.message

    @pytest.mark.parametrize("path", LABEL_PATHS[:3], ids=[_dotted(p) for p in LABEL_PATHS[:3]])
    def test_control_in_toml_label(self, path):
        r"""The same holds for TOML's ``\\u0000`` escapes."""
        data = _toml(_set(_doc(), path, "PLACEHOLDER")).replace(b"PLACEHOLDER", b"a\\u0000b")
        assert _dotted(path) == _load_error(data, "toml").field

    @pytest.mark.parametrize("path", [*LABEL_PATHS[:2], ("events", 0, "summary")])
    def test_lone_surrogate(self, path):
        r"""JSON's ``\\ud800`` is no character: refused, or every later save would fail."""
        data = _json(_set(_doc(), path, "PLACEHOLDER")).replace(b"PLACEHOLDER", b"a\\ud800b")
        err = _load_error(data)
        assert _dotted(path) == err.field
        assert "surrogate" in err.message

    @pytest.mark.parametrize("fmt", ["toml", "json"])
    def test_raw_nul_byte(self, fmt):
        """A raw NUL byte in the file is a syntax error with a line."""
        data = (
            _toml(_doc())
            if fmt == "toml"
            else json.dumps(_doc(), indent=1, ensure_ascii=False).encode()
        )
        cut = data.index("观".encode())
        err = _load_error(data[:cut] + b"\x00" + data[cut:], fmt)
        assert data[:cut].count(b"\n") + 1 == err.line

    @pytest.mark.parametrize("fmt", ["toml", "json"])
    def test_all_nul(self, fmt):
        """A file of zeros (a pre-allocated, never written file) is refused."""
        assert _load_error(b"\x00" * 4096, fmt).path == f"events.{fmt}"

    def test_summary_keeps_line_breaks(self):
        """Free text may hold line breaks and tabs; they are data, not controls."""
        text = "第一行\n第二行\t完"
        assert text == loads(_json(_doc(dict(FULL_EVENT, summary=text))), format="json")[0].summary


class TestFiles:
    """``load`` on things that are not readable data files."""

    def test_directory(self, tmp_path):
        """A directory named like a data file is a ReadError naming it."""
        (tmp_path / "events.toml").mkdir()
        with pytest.raises(ReadError) as info:
            load(tmp_path / "events.toml")
        assert str(tmp_path / "events.toml") == info.value.path

    def test_empty_file(self, tmp_path):
        """An empty TOML file is a valid document with no events."""
        (tmp_path / "events.toml").write_bytes(b"")
        assert load(tmp_path / "events.toml") == ()

    def test_empty_json_file(self, tmp_path):
        """An empty JSON file is not a document: refused with the file's name."""
        (tmp_path / "events.json").write_bytes(b"")
        with pytest.raises(DataFileError) as info:
            load(tmp_path / "events.json")
        assert str(tmp_path / "events.json") == info.value.path

    def test_failed_load_leaves_file(self, tmp_path):
        """Reading a bad file never changes it."""
        target = tmp_path / "events.json"
        target.write_bytes(b'{"events": [')
        with pytest.raises(DataFileError):
            load(target)
        assert target.read_bytes() == b'{"events": ['

    def test_dumps_of_loaded_hostile_text(self):
        """What loads also saves: odd but legal text round-trips byte for byte."""
        title = "\u200b标题\u200b\ufeff《》\"'\\;:,"
        summary = "\u2028摘要\u2029" + title
        events = loads(_json(_doc(dict(FULL_EVENT, title=title, summary=summary))), format="json")
        assert events == loads(dumps(events), format="toml")


DATA_SEEDS = (
    timeline.dumps(timeline.seed_events()[:2], format="toml"),
    timeline.dumps(timeline.seed_events()[:2], format="json"),
)


def _load(data: bytes | str, fmt: str) -> tuple[Event, ...] | None:
    outcome = outcome_of(lambda: timeline.loads(data, format=fmt, path=f"fuzz.{fmt}"))  # type: ignore[arg-type]
    if isinstance(outcome, TimelineError):
        assert f"fuzz.{fmt}" == outcome.path
        return None
    return outcome


@pytest.mark.slow
class TestDataLoaderFuzz:
    """``timeline.loads`` on anything: events or DataFileError."""

    @fuzz
    @given(hostile_bytes, st.sampled_from(["toml", "json"]))
    def test_bytes(self, data, fmt):
        """Arbitrary bytes never raise anything but TimelineError."""
        _load(data, fmt)

    @fuzz
    @given(hostile_text, st.sampled_from(["toml", "json"]))
    def test_text(self, text, fmt):
        """Arbitrary text (surrogates and controls included) likewise."""
        _load(text, fmt)

    @fuzz
    @given(mutated(DATA_SEEDS[:1]))
    def test_mutated_toml(self, data):
        """A damaged TOML data file loads or fails cleanly."""
        _load(data, "toml")

    @fuzz
    @given(mutated(DATA_SEEDS[1:]))
    def test_mutated_json(self, data):
        """A damaged JSON data file loads or fails cleanly."""
        _load(data, "json")

    @fuzz
    @given(mutated(DATA_SEEDS))
    def test_loaded_saves(self, data):
        """Whatever loads also saves and loads back equal."""
        for fmt in ("toml", "json"):
            events = _load(data, fmt)
            if events is not None:
                assert events == timeline.loads(timeline.dumps(events, format=fmt), format=fmt)


class TestFuzzRegressions:
    """Each kept ``data-`` input from the fuzzers gives events or a TimelineError naming it."""

    @pytest.mark.parametrize("path", regression_cases("data-"))
    def test_input(self, path):
        """The input loads without any exception but TimelineError."""
        data = path.read_bytes()
        name = path.name
        fmt = path.suffix.lstrip(".")
        outcomes = [error_path(lambda: timeline.loads(data, format=fmt, path=name))]  # type: ignore[arg-type]
        assert set(outcomes) <= {None, name}
