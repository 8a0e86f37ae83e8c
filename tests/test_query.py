import datetime as dt

from timeline import EventKind, Query


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
        assert [e.id for e in query(seed_timeline)] == ["2020-05-26-election-5ae313"]

    def test_empty_query_is_identity(self, seed_timeline):
        """A query with no filters returns the same events."""
        assert seed_timeline == Query()(seed_timeline)

    def test_substring_match(self, seed_timeline):
        """match="substring" applies to person, place and body filters alike."""
        assert 0 == len(Query(person="晓雷")(seed_timeline))
        assert 1 == len(Query(person="晓雷", match="substring")(seed_timeline))
        assert 1 == len(Query(place="金苑", match="substring")(seed_timeline))
