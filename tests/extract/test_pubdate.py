"""The publication date a page prints: labels that name it, anywhere on the page."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract_text
from timeline.extract._pubdate import page_date


def test_a_publication_label_outranks_a_written_date() -> None:
    """``成文日期`` is the day a document was written; ``发布日期`` the day it was published."""
    lines = ["发布机构:某镇人民政府 成文日期: 2022-03-07", "发文字号: 发布日期: 2022-03-08"]
    assert dt.date(2022, 3, 8) == page_date(lines)


def test_the_first_labelled_date_of_one_line() -> None:
    """Both dates on one line: the one after the publication label."""
    assert dt.date(2022, 3, 8) == page_date(["成文日期:2022-03-07 发布日期:2022-03-08"])


def test_a_labelled_footer_dates_a_page_whose_header_prints_none() -> None:
    """``编辑:某 发表日期:…`` under the body: 昨天 counts from it, with no guess announced."""
    page = (
        "某某网 > 新闻\n\n市长赴某区调研\n\n  本报讯 昨天下午,市长到某区调研。\n\n"
        "编辑:张某 发表日期:2021年5月12日\n"
    )
    result = extract_text(page)
    assert [e.start for e in result.events] == [dt.date(2021, 5, 11)]
    assert not any("no publication date" in w for w in result.warnings)


def test_a_labelled_line_gives_way_to_the_header_s_own_date() -> None:
    """A later ``发布日期:`` (another item's) never replaces a dated header."""
    lines = ["时间:2021-05-12 来源:某报"]
    assert dt.date(2021, 5, 12) == page_date(lines, (), lambda: dt.date(2020, 1, 1))


def test_a_bare_time_label_in_the_body_is_no_stamp() -> None:
    """``时间:…`` in the body is an event's or a schedule's, maybe to come: no stamp."""
    page = "标题\n\n本报讯 昨天,县长到某镇调研。\n\n活动时间:2021年6月1日上午9时\n"
    result = extract_text(page)
    assert any("no publication date" in w for w in result.warnings)


def test_a_lone_date_with_its_bracketed_weekday_dates_the_page() -> None:
    """``2021年5月12日(星期三)`` on a line of its own under the body: 昨天 counts from it."""
    page = "市长赴某区调研\n\n  本报讯 昨天下午,市长到某区调研。\n\n完\n2021年5月12日(星期三)\n"
    result = extract_text(page)
    assert [e.start for e in result.events] == [dt.date(2021, 5, 11)]
    assert not any("no publication date" in w for w in result.warnings)


def test_a_dated_line_within_a_sentence_is_no_stamp() -> None:
    """A date and weekday inside a sentence (``定于…(星期三)召开``) is no line of its own."""
    page = "标题\n\n本报讯 昨天,县长到某镇调研,会议定于2021年5月12日(星期三)召开。\n"
    assert any("no publication date" in w for w in extract_text(page).warnings)
