"""Tests for reading and writing events data files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given

import timeline
from tests.strategies import event_lists
from timeline import DataFileError, ReadError, WriteError
from timeline.dataset import dumps, load, loads, save

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

    @given(event_lists())
    def test_toml_round_trip(self, events):
        """Any valid events survive TOML unchanged."""
        assert tuple(events) == loads(dumps(events, format="toml"))

    @given(event_lists())
    def test_json_round_trip(self, events):
        """Any valid events survive JSON unchanged."""
        assert tuple(events) == loads(dumps(events, format="json"), format="json")

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
