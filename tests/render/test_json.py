import datetime as dt
import json
from zoneinfo import ZoneInfo

import jsonschema
import pytest
from hypothesis import example, given

from tests._paths import DOCS, GOLDEN
from tests.strategies import ZONES, timelines
from timeline import DataFileError, Event, JsonRenderer, Timeline, loads, timeline_from_json

SCHEMA = json.loads((DOCS / "schema" / "timeline.schema.json").read_text("utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def check_golden(name, output, regen):
    """Helper: check golden."""
    path = GOLDEN / name
    if regen:
        path.write_bytes(output)
    assert path.read_bytes() == output


class TestJsonRenderer:
    """Tests of JsonRenderer."""

    def test_seed_golden(self, seed_timeline, regen_golden):
        """The seed renders byte for byte as tests/golden/seed.json."""
        check_golden("seed.json", JsonRenderer()(seed_timeline), regen=regen_golden)

    def test_schema_is_valid(self):
        """The schema file is a valid 2020-12 schema."""
        jsonschema.Draft202012Validator.check_schema(SCHEMA)

    def test_seed_validates(self, seed_timeline):
        """The seed's JSON validates against docs/schema/timeline.schema.json."""
        VALIDATOR.validate(json.loads(JsonRenderer()(seed_timeline)))

    def test_round_trip_seed(self, seed_timeline):
        """JSON -> model -> JSON is the identity, zone included."""
        data = JsonRenderer()(seed_timeline.with_zone("Asia/Kathmandu"))
        back = timeline_from_json(data)
        assert ("Asia/Kathmandu", data) == (back.zone.key, JsonRenderer()(back))

    def test_events_load_as_data_file(self, seed_timeline):
        """The document is also a valid events data file."""
        assert seed_timeline.events == loads(JsonRenderer()(seed_timeline), format="json")

    def test_unknown_zone_is_a_data_error(self):
        """A bad zone name is reported against the ``zone`` field."""
        with pytest.raises(DataFileError, match="zone"):
            timeline_from_json('{"version": 1, "zone": "Mars/Base", "events": []}')

    @pytest.mark.slow
    @given(timelines(max_size=6))
    def test_round_trip_and_schema(self, tl):
        """Any timeline validates, and reading its JSON back renders the same bytes."""
        data = JsonRenderer()(tl)
        VALIDATOR.validate(json.loads(data))
        back = timeline_from_json(data)
        assert tl == back
        assert data == JsonRenderer()(back)

    @pytest.mark.slow
    @given(timelines(max_size=4))
    @example(
        tl=Timeline(
            [
                Event(
                    id="0",
                    title="0",
                    start=dt.datetime(2019, 3, 10, 3, 0, tzinfo=ZoneInfo("America/New_York")),
                )
            ]
        )
    )
    def test_one_line_form(self, tl):
        """indent=None gives one line that reads back the same."""
        data = JsonRenderer(indent=None)(tl)
        assert data.count(b"\n") == 1
        assert tl == timeline_from_json(data)

    def test_zone_order_is_kept(self, seed_events):
        """A timeline in another zone reads back in that zone."""
        tl = Timeline(seed_events, zone=ZONES[2])
        assert tl == timeline_from_json(JsonRenderer()(tl))
