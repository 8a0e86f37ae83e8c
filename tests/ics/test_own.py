"""Our own X-TIMELINE-* properties read back, when someone else wrote them."""

from __future__ import annotations

from tests.ics._feeds import read_error


class TestOwnJson:
    """Our own X-TIMELINE-* JSON, when someone else wrote it (issue 15)."""

    def test_deeply_nested_json_is_one_clear_error(self, own_feed):
        """JSON nested 100,000 deep: an IcsReadError on its property, not a RecursionError."""
        deep = b"[" * 100_000 + b"]" * 100_000
        lines = own_feed.replace(b"\r\n ", b"").split(b"\r\n")
        at = next(i for i, line in enumerate(lines) if line.startswith(b"X-TIMELINE-LOCATIONS:"))
        lines[at] = b"X-TIMELINE-LOCATIONS:" + deep
        err = read_error(b"\r\n".join(lines))
        assert ("X-TIMELINE-LOCATIONS", "JSON nested too deeply") == (err.property, err.message)
