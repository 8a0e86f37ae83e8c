"""Recurring events expanded in a window: budgets, not hours of work (issue 15)."""

from __future__ import annotations

import datetime as dt

from tests.ics._feeds import feed_of, read_error, vevent
from timeline.ics import ReadLimits, from_ics

#: A VTIMEZONE whose observances recur every second from 1900 (454 bytes):
#: built as icalendar builds it, four billion transitions to 2038.
ZONE_BOMB = (
    b"BEGIN:VTIMEZONE\r\nTZID:Bomb\r\n"
    b"BEGIN:STANDARD\r\nDTSTART:19000101T000000\r\nRRULE:FREQ=SECONDLY\r\n"
    b"TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\n"
    b"BEGIN:DAYLIGHT\r\nDTSTART:19000101T000000\r\nRRULE:FREQ=SECONDLY;INTERVAL=2\r\n"
    b"TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
)


ONE_DAY = (dt.date(2020, 6, 1), dt.date(2020, 6, 2))


def _recurring(start: bytes, *lines: bytes) -> bytes:
    body = [b"BEGIN:VEVENT", b"UID:r@example.com", b"DTSTART:" + start, *lines, b"END:VEVENT"]
    return b"\r\n".join(body) + b"\r\n"


class TestBoundedExpansion:
    """Recurrence costs what the window holds: budgets, not hours of work (issue 15)."""

    def test_vtimezone_rule_bomb_is_refused_before_it_runs(self):
        """A VTIMEZONE with FREQ=SECONDLY from 1900 is refused at its RRULE, not built."""
        feed = feed_of(
            vevent(b"SUMMARY:x").replace(
                b"DTSTART:20200525T090000Z", b"DTSTART;TZID=Bomb:20200525T090000"
            ),
            header=ZONE_BOMB,
        )
        err = read_error(feed)
        assert ("RRULE", 8) == (err.property, err.line)
        assert "VTIMEZONE" in err.message

    def test_unused_vtimezone_bomb_costs_nothing(self):
        """A VTIMEZONE no event uses is never built: its rules cannot cost anything."""
        (event,) = from_ics(feed_of(header=ZONE_BOMB))
        assert "Review" == event.title

    def test_minutely_rule_from_1900_reads_one_day(self):
        """FREQ=MINUTELY from 1900 in a one-day window: that day's 1440 occurrences, at once."""
        feed = feed_of(_recurring(b"19000101T000000Z", b"DURATION:PT1M", b"RRULE:FREQ=MINUTELY"))
        events = from_ics(feed, expand=ONE_DAY)
        starts = sorted(e.start for e in events)
        first = dt.datetime(2020, 6, 1, tzinfo=dt.UTC)
        assert [first + dt.timedelta(minutes=m) for m in range(1440)] == starts

    def test_moved_rule_keeps_its_filters_and_grid(self):
        """HOURLY;INTERVAL=5;BYHOUR from 1900: the window holds exactly the rule's own hours."""
        rule = b"RRULE:FREQ=HOURLY;INTERVAL=5;BYHOUR=0,5,10,15,20"
        feed = feed_of(_recurring(b"19000101T000000Z", b"DURATION:PT1H", rule))
        events = from_ics(feed, expand=(dt.date(2020, 6, 1), dt.date(2020, 6, 3)))
        # 1900-01-01 00:00 + 5 h steps: the grid is 01, 06, 11, 16, 21 UTC on 2020-06-01
        # and 02, 07, 12, 17, 22 on 06-02; BYHOUR keeps the grid hours it lists: none here.
        assert [] == list(events)
        rule = b"RRULE:FREQ=HOURLY;INTERVAL=5;BYHOUR=1,12"
        feed = feed_of(_recurring(b"19000101T000000Z", b"DURATION:PT1H", rule))
        events = from_ics(feed, expand=(dt.date(2020, 6, 1), dt.date(2020, 6, 3)))
        day = dt.datetime(2020, 6, 1, tzinfo=dt.UTC)
        expected = [day + dt.timedelta(hours=h) for h in (1, 36)]
        assert expected == sorted(e.start for e in events)

    def test_secondly_rule_in_one_day_stops_at_the_occurrence_budget(self):
        """FREQ=SECONDLY from 1900: 86,400 occurrences in a day, refused at max_occurrences."""
        feed = feed_of(_recurring(b"19000101T000000Z", b"DURATION:PT1S", b"RRULE:FREQ=SECONDLY"))
        err = read_error(feed, expand=ONE_DAY, limits=ReadLimits(max_occurrences=500))
        assert ("RRULE", 4) == (err.property, err.line)
        assert "more than 500" in err.message

    def test_daily_rule_from_year_one_is_refused(self):
        """A daily rule from year 1 (740,000 steps to 2025) is over the step budget."""
        feed = feed_of(_recurring(b"00010101T000000Z", b"RRULE:FREQ=DAILY"))
        err = read_error(feed, expand=ONE_DAY)
        assert "steps" in err.message
        assert "RRULE" == err.property

    def test_time_of_day_lists_multiply_the_estimate(self):
        """DAILY with every hour, minute and second listed: 86,400 a day from January, refused."""
        every = b";".join(
            [
                b"BYHOUR=" + b",".join(b"%d" % h for h in range(24)),
                b"BYMINUTE=" + b",".join(b"%d" % m for m in range(60)),
                b"BYSECOND=" + b",".join(b"%d" % s for s in range(60)),
            ]
        )
        feed = feed_of(_recurring(b"20200101T000000Z", b"RRULE:FREQ=DAILY;" + every))
        err = read_error(feed, expand=ONE_DAY)
        assert "steps" in err.message

    def test_many_rdates_are_refused_before_parsing(self):
        """More RDATE values than max_dates: refused at the line that passes the budget."""
        rdates = [b"RDATE:202001%02dT090000Z" % (1 + i % 28) for i in range(30)]
        feed = feed_of(_recurring(b"20200101T090000Z", *rdates))
        err = read_error(feed, expand=ONE_DAY, limits=ReadLimits(max_dates=20))
        assert ("RDATE", 6 + 21) == (err.property, err.line)  # the 21st RDATE

    def test_rdates_within_budget_are_read(self):
        """RDATEs within the budget give their occurrences in the window."""
        rdates = [b"RDATE:20200601T%02d0000Z" % h for h in (9, 12, 15)]
        feed = feed_of(_recurring(b"20200101T090000Z", *rdates))
        events = from_ics(feed, expand=ONE_DAY)
        assert [9, 12, 15] == sorted(e.start.hour for e in events)
