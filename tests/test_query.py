import datetime as dt

import pytest

from timeline import EventKind, Query, QueryError, parse_day, parse_kind, parse_zone


class TestParse:
    """Tests of Parse."""

    def test_parse_all(self):
        """Strings become typed filters."""
        query = Query.parse(first="2020-05-25", last="2020-05-26", person="李晓雷", kind="调研")
        expected = Query(
            first=dt.date(2020, 5, 25),
            last=dt.date(2020, 5, 26),
            person="李晓雷",
            kind=EventKind.INSPECTION,
        )
        assert expected == query

    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"on": "25/05/2020"}, "on"),
            ({"first": "x"}, "from"),
            ({"last": "2020-02-30"}, "to"),
            ({"kind": "会"}, "kind"),
            ({"on": "2020-05-25", "last": "2020-05-26"}, "on"),
            ({"first": "2020-05-26", "last": "2020-05-25"}, "to"),
        ],
        ids=["bad-on", "bad-from", "bad-to", "bad-kind", "on-and-range", "reversed"],
    )
    def test_errors_name_the_option(self, kwargs, field):
        """Each malformed option raises QueryError naming it, with exit code 2."""
        with pytest.raises(QueryError) as info:
            Query.parse(**kwargs)
        assert (field, 2) == (info.value.field, info.value.exit_code)

    def test_helpers(self):
        """parse_day, parse_zone and parse_kind accept the documented forms."""
        assert dt.date(2020, 5, 25) == parse_day(" 2020-05-25 ")
        assert parse_zone("UTC").key == "UTC"
        assert (parse_kind("visit"), parse_kind("走访慰问")) == (EventKind.VISIT, EventKind.VISIT)
        with pytest.raises(QueryError, match="unknown time zone"):
            parse_zone("../etc/passwd")


class TestApply:
    """Tests of Apply."""

    def test_on(self, seed_timeline):
        """On keeps one day."""
        assert len(Query(on=dt.date(2020, 5, 25))(seed_timeline)) == 2

    def test_open_ranges(self, seed_timeline):
        """From without to runs to the end; to without from from the start."""
        assert len(Query(first=dt.date(2020, 5, 28))(seed_timeline)) == 2
        assert len(Query(last=dt.date(2020, 5, 26))(seed_timeline)) == 4
        assert len(Query(last=dt.date.max)(seed_timeline)) == 6

    def test_content_filters_combine(self, seed_timeline):
        """All given filters apply together."""
        query = Query(place="棉纺路街道", kind=EventKind.ELECTION, organisation="棉纺路街道")
        assert [e.id for e in query(seed_timeline)] == ["2020-05-26-by-election"]

    def test_empty_query_is_identity(self, seed_timeline):
        """A query with no filters returns the same events."""
        assert seed_timeline == Query()(seed_timeline)
