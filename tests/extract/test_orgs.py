"""Bodies named in a phrase, with who stood for them."""

from __future__ import annotations

from timeline.extract._orgs import parse_orgs


class TestParseOrgs:
    def test_orgs_with_representatives(self) -> None:
        """Bodies split on 、/及, and share the unnamed people standing for them."""
        orgs = parse_orgs("区妇联及区教体局主要负责人")
        assert orgs is not None
        assert [("区妇联", "", "主要负责人"), ("区教体局", "", "主要负责人")] == [
            (o.name, o.parent, o.representatives) for o in orgs
        ]

    def test_sections_take_parent(self) -> None:
        """Bare sections after a body's section take its name as prefix and parent."""
        orgs = parse_orgs("区委组织部组织科、党管科等有关负责同志")
        assert orgs is not None
        assert [
            ("区委组织部组织科", "区委组织部", "有关负责同志"),
            ("区委组织部党管科", "区委组织部", "有关负责同志"),
        ] == [(o.name, o.parent, o.representatives) for o in orgs]

    def test_clause_is_not_an_org(self) -> None:
        """A clause ending like a body's name is not one."""
        assert parse_orgs("并在金苑社区召开推进会") is None
