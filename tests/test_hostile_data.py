"""
Hostile and broken events data files (TOML and JSON).

``tests/test_dataset.py`` covers one example of each schema error; this
module covers bad input systematically: every truncation of a valid file,
foreign encodings, a wrong type at every field path, unknown fields at every
level, impossible and out-of-range dates, duplicate keys and ids, huge and
deeply nested documents, NUL bytes and control characters. The rule each
test checks is the same: the loader returns events or raises
:class:`~timeline.DataFileError` naming the file, line (where the format
gives one) and field path; nothing else ever escapes.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import pytest
import tomli_w

import timeline
from timeline import DataFileError, ReadError, dumps, load, loads

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


def _error(data: bytes | str, fmt: str = "json") -> DataFileError:
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
        err = _error(data[:cut], "toml")
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
        err = _error(text.encode(encoding), fmt)
        assert err.path == f"events.{fmt}"
        assert err.message.startswith(("not UTF-8", "invalid"))

    def test_latin1_names_line(self):
        """The line of the first undecodable byte is given."""
        text = 'version = 1\n\n[[events]]\nid = "a"\ntitle = "Café"\nstart = 2020-05-25\n'
        err = _error(text.encode("latin-1"), "toml")
        assert err.line == 5

    def test_json_bom_accepted(self):
        """A UTF-8 BOM before JSON is ignored like before TOML."""
        assert len(loads(b"\xef\xbb\xbf" + _json(_doc()), format="json")) == 1

    def test_bom_twice_refused(self):
        """A second BOM is a stray character, not a BOM."""
        err = _error(b"\xef\xbb\xbf\xef\xbb\xbf" + _json(_doc()))
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
        err = _error(_json(_set(_doc(), path, JSON_VALUES[kind])))
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
        err = _error(_toml(_set(_doc(), path, value)), "toml")
        assert _dotted(path) == err.field
        assert err.line == 3  # the [[events]] header

    def test_version_bool_refused(self):
        """``version = true`` is not version 1, although ``True == 1`` in Python."""
        assert _error(_json({"version": True, "events": []})).field == "version"

    def test_version_float_refused(self):
        """``version = 1.0`` is not an integer version."""
        assert _error(_json({"version": 1.0, "events": []})).field == "version"

    @pytest.mark.parametrize("top", ["[]", '"events"', "7", "null", "true"])
    def test_json_top_level_kinds(self, top):
        """A document that is not a table is refused, whatever it is."""
        assert _error(top).message.startswith("expected a table")


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
        err = _error(data, fmt)
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
            err = _error(data, fmt)
            assert f"events[0].{field}" == err.field
            assert repr(text) in err.message

    def test_impossible_native_toml_date_in_source(self):
        """``published = 2020-02-30`` is a TOML syntax error with its line."""
        data = (
            _toml(_doc())
            .replace(b'"2020-06-03"', b"2020-02-30")
            .replace(b"2020-06-03", b"2020-02-30")
        )
        err = _error(data, "toml")
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
        err = _error(_json(doc))
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
        err = _error(_json(_doc(dict(FULL_EVENT, start=start, end=end))))
        assert err.field == "events[0].end"

    def test_datetime_start_date_end(self):
        """A datetime start with a date end is refused (the other order is in test_dataset)."""
        err = _error(_json(_doc(dict(FULL_EVENT, end="2020-05-26"))))
        assert "must both be dates or both datetimes" in err.message

    def test_skipped_wall_time(self):
        """A wall time a DST change skips is refused, naming the field."""
        err = _error(_json(_doc(dict(FULL_EVENT, start="2020-03-08T02:30:00[America/New_York]"))))
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
        err = _error(_json(_doc(dict(FULL_EVENT, start=start))))
        assert err.field == "events[0].start"


class TestDuplicates:
    """Nothing is silently dropped: duplicate ids and duplicate keys are errors."""

    def test_duplicate_ids_json(self):
        """Two events with one id are refused in JSON too."""
        err = _error(_json(_doc(FULL_EVENT, FULL_EVENT)))
        assert err.field == "events[1].id"

    def test_duplicate_json_key(self):
        """A key given twice in a JSON object would drop a value: refused."""
        text = '{"events": [{"id": "a", "id": "b", "title": "t", "start": "2020-05-25"}]}'
        err = _error(text)
        assert "given twice" in err.message

    def test_duplicate_json_key_top_level(self):
        """Two ``events`` lists would lose the first one: refused."""
        assert "given twice" in _error('{"events": [], "events": []}').message

    def test_duplicate_toml_key(self):
        """TOML refuses a key given twice, with its line."""
        text = 'version = 1\n[[events]]\nid = "a"\nid = "b"\ntitle = "t"\nstart = 2020-05-25\n'
        assert _error(text, "toml").line == 4


class TestSizeAndNesting:
    """Huge and deeply nested documents fail as DataFileError, never RecursionError."""

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
        err = _error(text, fmt)
        assert err.message.startswith(("invalid JSON", "invalid TOML", "expected", "unknown"))

    def test_parseable_deep_nesting(self):
        """Deep but parseable nesting where a table belongs is a schema error."""
        deep: Any = "x"
        for _ in range(500):
            deep = [deep]
        err = _error(_json(_set(_doc(), ("events", 0, "participants"), [deep])))
        assert err.field == "events[0].participants[0]"

    @pytest.mark.parametrize("fmt", ["toml", "json"])
    def test_huge_integer(self, fmt):
        """A 5000-digit number is a DataFileError, not int()'s ValueError."""
        data = (_toml if fmt == "toml" else _json)(
            _set(_doc(), ("events", 0, "headcounts", 0, "count"), 12345)
        ).replace(b"12345", b"9" * 5000)
        assert _error(data, fmt).message.startswith(f"invalid {fmt.upper()}")

    @pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
    def test_json_constants(self, constant):
        """NaN and Infinity are not JSON numbers."""
        data = _json(_set(_doc(), ("events", 0, "headcounts", 0, "count"), 12345))
        err = _error(data.replace(b"12345", constant.encode()))
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
        err = _error(_json(doc))
        assert err.field is not None
        assert _dotted(path).startswith(err.field)
        assert "control characters" in err.message

    @pytest.mark.parametrize("path", LABEL_PATHS[:3], ids=[_dotted(p) for p in LABEL_PATHS[:3]])
    def test_control_in_toml_label(self, path):
        r"""The same holds for TOML's ``\\u0000`` escapes."""
        data = _toml(_set(_doc(), path, "PLACEHOLDER")).replace(b"PLACEHOLDER", b"a\\u0000b")
        assert _dotted(path) == _error(data, "toml").field

    @pytest.mark.parametrize("path", [*LABEL_PATHS[:2], ("events", 0, "summary")])
    def test_lone_surrogate(self, path):
        r"""JSON's ``\\ud800`` is no character: refused, or every later save would fail."""
        data = _json(_set(_doc(), path, "PLACEHOLDER")).replace(b"PLACEHOLDER", b"a\\ud800b")
        err = _error(data)
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
        err = _error(data[:cut] + b"\x00" + data[cut:], fmt)
        assert data[:cut].count(b"\n") + 1 == err.line

    @pytest.mark.parametrize("fmt", ["toml", "json"])
    def test_all_nul(self, fmt):
        """A file of zeros (a pre-allocated, never written file) is refused."""
        assert _error(b"\x00" * 4096, fmt).path == f"events.{fmt}"

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


class TestCommandLine:
    """The CLI meets every kind of bad file with one line on stderr and exit 1."""

    @pytest.mark.parametrize(
        ("name", "data"),
        [
            ("cut.json", b'{"events": ['),
            ("gbk.toml", 'title = "会议"\n'.encode("gbk")),
            ("deep.json", b"[" * 100_000),
            ("cut.ics", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
            ("binary.txt", bytes(range(256)) * 8),
            ("empty.txt", b""),
        ],
    )
    @pytest.mark.parametrize("command", [["show"], ["export", "--format", "ics"]])
    def test_one_line_exit_1(self, tmp_path, capsys, name, data, command):
        """Exit status 1 and a single ``timeline: error: <file>...`` line."""
        from timeline.cli import main  # noqa: PLC0415 - the CLI is the unit here

        path = tmp_path / name
        path.write_bytes(data)
        assert 1 == main([*command, str(path)])
        err = capsys.readouterr().err
        assert 1 == err.count("\n")
        assert err.startswith(f"timeline: error: {path}")

    def test_debug_shows_the_error(self, tmp_path, monkeypatch):
        """With --debug the TimelineError itself propagates, traceback and all."""
        from timeline.cli import main  # noqa: PLC0415 - the CLI is the unit here

        monkeypatch.chdir(tmp_path)
        (tmp_path / "cut.json").write_bytes(b'{"events": [')
        with pytest.raises(DataFileError):
            main(["--debug", "show", "cut.json"])

    def test_usage_error_exit_2(self, capsys):
        """A bad option is a usage error: exit status 2, one line."""
        from timeline.cli import main  # noqa: PLC0415 - the CLI is the unit here

        assert 2 == main(["show", "--no-such-option"])
        assert 1 == capsys.readouterr().err.count("\n")
