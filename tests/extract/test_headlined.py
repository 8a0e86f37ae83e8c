"""Several reports told under headlines (``_headlined``): a news list's teasers."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract_text

_PUBLISHED = dt.date(2021, 6, 30)


def _days(text: str) -> list[tuple[int, int]]:
    return [(e.start.month, e.start.day) for e in extract_text(text, published=_PUBLISHED).events]


def test_a_list_whose_first_teaser_prints_no_day() -> None:
    """The first teaser names only its year; the two dated teasers below it are items too."""
    text = (
        "新闻列表\n"
        "某县城乡建设巡礼\n"
        "2021年,某县加快城乡建设,道路与公园的兴建最受群众肯定。\n"
        "县长某某调研某镇\n"
        "县长某某于5月10日到某镇调研乡村振兴工作,察看了某村的产业项目。\n"
        "某县召开防汛工作会议\n"
        "某县于6月2日召开防汛工作会议,部署今年汛期各项工作。\n"
    )
    assert [(5, 10), (6, 2)] == _days(text)


def test_one_dated_sub_section_under_an_undated_lead_is_no_list() -> None:
    """A report whose lead prints no day keeps a single dated sub-section as its own."""
    text = (
        "某县推进乡村振兴\n"
        "今年以来,某县坚持产业兴村,全县乡村面貌明显改善。\n"
        "产业项目落地见效\n"
        "县长某某于5月10日到某镇调研乡村振兴工作,察看了某村的产业项目。\n"
        "县长某某要求,要加快项目建设进度。\n"
    )
    assert len(_days(text)) <= 1
