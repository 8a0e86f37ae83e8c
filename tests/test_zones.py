"""Tests of the shared zone look-up for names from input."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

import timeline
from tests import _fuzz
from timeline._zones import ZoneTally, find_zone, tally_zones
from timeline.model import Event


class TestFindZone:
    """find_zone resolves IANA keys and refuses everything else with None."""

    @pytest.mark.parametrize(
        "name",
        ["Asia/Shanghai", "UTC", "America/Argentina/Buenos_Aires", "Etc/GMT+8", "Etc/GMT-14"],
    )
    def test_known_zones(self, name):
        """A real IANA key gives its cached ZoneInfo."""
        assert ZoneInfo(name) is find_zone(name)

    @pytest.mark.parametrize(
        "name",
        [
            "Asia",
            "x" * 300,
            "Asia/" + "y" * 300,
            "../../etc/passwd",
            "/etc/localtime",
            "Asia/../Asia/Shanghai",
            "Asia/Shanghai\x00",
            "",
            "中国/上海",
            "Mars/Base",
            None,
            8,
        ],
        ids=[
            "directory",
            "too-long",
            "part-too-long",
            "traversal",
            "absolute",
            "dotdot",
            "nul",
            "empty",
            "cjk",
            "unknown",
            "none",
            "int",
        ],
    )
    def test_refused(self, name):
        """Directories, paths, over-long names and non-strings name no zone."""
        assert None is find_zone(name)


BERLIN = ZoneInfo("Europe/Berlin")
YORK = ZoneInfo("America/New_York")


def _at(zone: dt.tzinfo, hour: int = 9) -> Event:
    start = dt.datetime(2025, 3, 1, hour, tzinfo=zone)
    return Event(id=f"{zone}-{hour}", title="t", start=start, end=start + dt.timedelta(hours=1))


class TestTallyZones:
    """The default display zone is the zone most of the events' times are in."""

    def test_most_wins_and_every_zone_is_named(self):
        """Two Berlin events beat one in New York; both zones are listed, most first."""
        events = [_at(BERLIN, 9), _at(YORK), _at(BERLIN, 10)]
        assert ZoneTally(zone=BERLIN, zones=("Europe/Berlin", "America/New_York")) == tally_zones(
            events
        )

    def test_tie_has_no_zone(self):
        """One each: no zone holds most, and the caller falls back (to UTC)."""
        tally = tally_zones([_at(YORK), _at(BERLIN)])
        assert (None, ("America/New_York", "Europe/Berlin")) == (tally.zone, tally.zones)

    def test_all_day_events_do_not_vote(self):
        """Dates name no zone: many all-day events do not outvote one timed event."""
        days = [Event(id=f"d{i}", title="t", start=dt.date(2025, 3, i + 1)) for i in range(5)]
        assert ZoneTally(zone=YORK, zones=("America/New_York",)) == tally_zones([*days, _at(YORK)])
        assert ZoneTally(zone=None, zones=()) == tally_zones(days)

    def test_a_bare_offset_is_no_zone(self):
        """Most times at +01:00 leave no zone to read other days in."""
        plus_one = dt.timezone(dt.timedelta(hours=1))
        tally = tally_zones([_at(plus_one, 9), _at(plus_one, 10), _at(BERLIN)])
        assert (None, ("UTC+01:00", "Europe/Berlin")) == (tally.zone, tally.zones)

    def test_utc_times_are_the_utc_zone(self):
        """datetime.UTC (an iCalendar Z time) counts as UTC, with ZoneInfo("UTC")."""
        tally = tally_zones([_at(dt.UTC), _at(ZoneInfo("UTC"), 10)])
        assert ZoneTally(zone=ZoneInfo("UTC"), zones=("UTC",)) == tally


class TestZoneNamesElsewhere:
    """Zone names reach zoneinfo from the command line and JSON too."""

    def test_zone_directory_on_the_command_line(self, capsys):
        """--tz Asia (a directory of the tz database) is a usage error, one line."""
        from timeline.cli import main  # noqa: PLC0415 - the unit under test

        assert 2 == main(["show", "--tz", "Asia"])
        assert "unknown time zone 'Asia'" in capsys.readouterr().err

    def test_json_zone_directory(self):
        """timeline_from_json with zone 'Asia' is a DataFileError."""
        from timeline.render.json import timeline_from_json  # noqa: PLC0415 - the unit under test

        with pytest.raises(timeline.DataFileError):
            timeline_from_json('{"version": 1, "zone": "Asia", "events": []}')

    def test_timeline_zone_directory(self):
        """Timeline(zone='Asia') is a QueryError."""
        with pytest.raises(timeline.QueryError):
            timeline.Timeline([], zone="Asia")

    def test_data_file_zone_directory(self):
        """The data loader's [Asia] is an unknown zone (fixed in _codec)."""
        with pytest.raises(timeline.DataFileError, match="unknown time zone 'Asia'"):
            timeline.loads(
                (_fuzz.FUZZ_DATA / "data-zone-directory.json").read_bytes(), format="json"
            )
