"""A page that lists only acts to come yields no event, and says why."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract_text
from timeline.extract._ahead import prints_past

_SCHEDULE = (
    "发布日期:2021-03-09\n发布单位:某县新闻办\n"
    "3月10日某县政府新闻行程\n\n"
    "09:00 某县春季植树活动\n地点:某镇某村\n参加:县长 王某\n\n"
    "14:30 某县文化中心开馆仪式\n地点:某县文化中心\n参加:副县长 李某\n"
)


def test_a_schedule_of_acts_to_come_yields_no_event() -> None:
    """Every item after the printed date: no event, and a warning."""
    result = extract_text(_SCHEDULE)
    assert result.events == ()
    assert any("acts to come" in w for w in result.warnings)


def test_a_report_of_the_day_before_is_kept() -> None:
    """One item before the printed date: the page is a report."""
    text = _SCHEDULE.replace("3月10日某县", "3月8日某县")
    assert extract_text(text).events


def test_a_caller_given_date_after_the_items_keeps_them() -> None:
    """Items before the date the caller gives are past acts."""
    assert extract_text(_SCHEDULE, published=dt.date(2021, 3, 12)).events


def test_a_report_that_tells_yesterday_is_kept() -> None:
    """A report that tells of 日昨 is no schedule, whatever date was read."""
    # 日昨 a press conference, and the date read is the coming day's.
    text = _SCHEDULE.replace("某县春季植树活动", "某县日昨举行植树活动记者会")
    assert extract_text(text).events


def test_a_period_heading_is_no_publication_date() -> None:
    """A week's heading (3月9日至3月15日) dates no publication."""
    text = _SCHEDULE.replace("发布日期:2021-03-09", "2021年3月9日至3月15日")
    assert extract_text(text).events


def test_prints_past_reads_days_against_publication() -> None:
    """Days before publication, within the horizon, and words for them."""
    published = dt.date(2021, 3, 9)
    assert prints_past("3月8日下午,某县召开会议", published)
    assert prints_past("县长于8日晚上出席", published)
    assert prints_past("记者昨日获悉", published)
    assert not prints_past("3月10日上午将举行", published)
    assert not prints_past("2021年3月9日", published)  # the page's own date
    assert not prints_past("1月2日", published)  # beyond the horizon: no evidence
