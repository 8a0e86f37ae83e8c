"""Tests of the shared zone look-up for names from input."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from timeline._zones import find_zone


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
