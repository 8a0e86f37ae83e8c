"""Bytes to content lines to components: truncation, encodings, the streaming line limit."""

from __future__ import annotations

import io

import pytest

from tests.ics._feeds import EVENT, HEAD, TAIL, feed_of, read_error, vevent
from timeline import IcsReadError
from timeline.ics import ReadLimits, from_ics, iter_ics


class TestTruncation:
    """A feed cut short is an error, never a shorter (or empty) calendar."""

    def test_cut_at_every_line(self, own_feed):
        """Every proper line prefix of our feed is refused (missing END:...)."""
        ends = [i + 2 for i in range(len(own_feed)) if own_feed[i : i + 2] == b"\r\n"]
        assert len(ends) > 50
        for end in ends[:-1]:
            err = read_error(own_feed[:end])
            assert err.line is not None or "not an iCalendar" in err.message

    def test_cut_at_every_byte_of_a_foreign_feed(self):
        """Every byte prefix of a small foreign feed is refused, up to the last line break."""
        feed = feed_of(vevent(b"DURATION:PT1H", b"LOCATION:Room 3\\, east", b"SUMMARY:Review"))
        for end in range(len(feed) - 2):
            read_error(feed[:end])
        assert 1 == len(from_ics(feed))

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            (HEAD + EVENT, "missing END:VCALENDAR"),
            (HEAD + EVENT[: EVENT.index(b"END:VEVENT")], "missing END:VEVENT"),
            (HEAD + EVENT[: EVENT.index(b"END:VEVENT")] + TAIL, "END:VCALENDAR where END:VEVENT"),
            (HEAD, "missing END:VCALENDAR"),
            (b"BEGIN:VCALENDAR", "missing END:VCALENDAR"),
            (HEAD + EVENT + b"END:VCAL", "END:VCAL where END:VCALENDAR"),
        ],
        ids=[
            "no-end-calendar",
            "no-end-event-at-eof",
            "no-end-event",
            "header-only",
            "begin-only",
            "end-cut",
        ],
    )
    def test_missing_end(self, data, message):
        """Each way of losing an END names it, at the line of the unclosed BEGIN."""
        err = read_error(data)
        assert message in err.message
        assert err.line is not None

    def test_empty_calendar_is_fine(self):
        """A complete calendar without events is empty, not an error."""
        assert () == from_ics(HEAD + TAIL)


class TestEncodings:
    """Bytes that are almost UTF-8 are refused at their line."""

    @pytest.mark.parametrize(
        "bad",
        [b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe4\xb8", b"\xff"],
        ids=["overlong", "surrogate", "above-max", "cut-sequence", "ff"],
    )
    def test_invalid_utf8(self, bad):
        """Overlong forms, encoded surrogates, cut sequences: IcsReadError on that line."""
        err = read_error(feed_of(vevent(b"SUMMARY:a" + bad + b"b")))
        assert 7 == err.line
        assert "UTF-8" in err.message

    def test_invalid_utf8_in_continuation(self):
        """A bad byte in a folded continuation names the physical line."""
        err = read_error(feed_of(vevent(b"SUMMARY:abc\r\n d\xffe")))
        assert 8 == err.line

    @pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-be"])
    def test_wide_encodings(self, encoding):
        """A feed saved as UTF-16 or UTF-32 is refused, not read as garbage."""
        read_error(feed_of().decode().encode(encoding))


class TestStreamingLineLimit:
    """A line is read up to the limit and no further (issue 15)."""

    def test_one_line_file_is_refused_within_the_limit(self):
        """A 4 MiB file of one line is refused having read at most one limit of it at a time."""

        class Tracking(io.BytesIO):
            largest = 0

            def readline(self, size: int | None = -1) -> bytes:
                line = super().readline(size)
                Tracking.largest = max(Tracking.largest, len(line))
                return line

        data = HEAD + b"X-LONG:" + b"x" * (4 * 1024 * 1024)
        with pytest.raises(IcsReadError) as info:
            list(iter_ics(Tracking(data), source="one.ics", limits=ReadLimits(max_line=1000)))
        assert (4, "line longer than 1000 bytes") == (info.value.line, info.value.message)
        assert Tracking.largest <= 1002
