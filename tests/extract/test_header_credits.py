"""Credits in a web page's header lines, and an office followed by names."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract import _bylines as bylines
from timeline.extract import _header_credits as header_credits
from timeline.extract._layout import split_page


def _header(line: str) -> list[str]:
    return [bylines.printed(line, a, b) for _, a, b in header_credits.find_in_header(line)]


def test_source_field_with_a_writer() -> None:
    """来源:某办公室 张三 credits the writer after the office."""
    assert ["张琪"] == _header("来源:区人大常委会办公室 张琪")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        pytest.param("来源:某某镇/钱明 孙丽", ["钱明", "孙丽"], id="unit-slash-names"),
        pytest.param("来源:某某县融媒体中心/新华社", [], id="unit-slash-outlet"),
        pytest.param("来源:区新闻中心钱明 某某镇孙丽", ["钱明", "孙丽"], id="units-glued-to-names"),
        pytest.param("来源:某某镇周强", ["周强"], id="one-unit-glued-to-a-name"),
        pytest.param("来源:某某县人民政府办公室", [], id="an-office-is-no-name"),
        pytest.param("来源:高新区管委会", [], id="a-body-after-a-district"),
        pytest.param("来源:区新闻中心钱明 某某日报", [], id="a-piece-without-a-name"),
    ],
)
def test_source_field_unit_then_writer(line: str, names: list[str]) -> None:
    """来源: a unit, then its writers after a slash or glued to it, each piece unit plus name."""
    assert names == _header(line)


def test_reporters_in_the_editor_field() -> None:
    """责任编辑:记者 张三 李四 credits the reporters named after the role word."""
    assert ["黄婧", "钟维"] == _header(
        "来源:某市融媒体中心 发布日期:2022-06-17 责任编辑:记者 黄婧 钟维"
    )


def test_editors_only() -> None:
    """An editor's line credits nobody."""
    assert [] == _header("责任编辑:郑明 2024-05-14")


def test_date_line_then_office_then_names() -> None:
    """A header's date line may print the office and then its writers."""
    assert ["钱明", "孙丽"] == _header("2024-03-05 10:20   某某镇人民政府   钱明 孙丽")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        pytest.param("某某镇人大  钱明", ["钱明"], id="office-then-one-name"),
        pytest.param("某某县政协 钱明 孙丽", ["钱明", "孙丽"], id="office-then-names"),
        pytest.param("某某新闻网 钱明 通讯员 孙丽", ["钱明", "孙丽"], id="outlet-then-roles"),
        pytest.param("讯员:某某镇 钱明", ["钱明"], id="colon-after-the-office"),
        pytest.param("某某镇 会议要求", None, id="no-name-after"),
        pytest.param("某某镇 钱明 做好准备", None, id="words-after-the-name"),
        pytest.param("区领导 钱明 孙丽", None, id="a-title-is-no-office"),
        pytest.param("钱明 孙丽", None, id="no-office"),
        pytest.param(":", None, id="a-lone-colon"),
        pytest.param("2021-09-29 10:46 某某镇人民政府 钱明", ["钱明"], id="after-a-stamp"),
        pytest.param("2024/03/05 10:20 记者钱明/某地报导", ["钱明"], id="after-a-slash-stamp"),
        pytest.param("2024/03/05 记者 钱明 孙丽", ["钱明", "孙丽"], id="after-a-bare-date"),
        pytest.param("2024/03/05 10:20 见习记者钱明/某地报导", ["钱明"], id="stamp-trainee"),
        pytest.param("2024/03/05 融媒体记者 钱明 孙丽", ["钱明", "孙丽"], id="stamp-media-center"),
        pytest.param("2024/03/05 本报通讯员 钱明 孙丽", ["钱明", "孙丽"], id="stamp-correspondent"),
        pytest.param("2024/03/05 记者会上钱明表示", None, id="a-stamp-then-prose"),
        pytest.param("记者 钱明 孙丽 2024", None, id="no-stamp-before-the-role"),
        pytest.param("一等奖:某某镇 钱明 孙丽", None, id="a-prize-label-is-no-credit"),
        pytest.param("第一组:某某镇 钱明 孙丽", None, id="a-group-label-is-no-credit"),
        pytest.param("图为某某村 钱明 孙丽", None, id="a-caption-names-people-shown"),
        pytest.param("获奖单位 某某村 钱明", None, id="the-office-is-not-the-first-word"),
    ],
)
def test_office_then_names(line: str, names: list[str] | None) -> None:
    """An office or outlet, then only names from the surname table, to the line's end."""
    found = header_credits.office_then_names(line)
    assert names == (None if found is None else [line[a:b] for _, a, b in found])


def test_closing_office_line_credits_the_report() -> None:
    """A last line naming the office and its writer credits the report."""
    (report,) = split_page(
        "区里开会\n\n发布时间:2021-01-06\n\n1月5日,县里召开会议,各单位参加。\n\n"
        "会议要求做好准备。\n\n某某镇人大  钱明\n"
    ).reports
    assert ["钱明"] == [b.name for b in report.byline]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        pytest.param("2024-03-05 钱明 孙丽 某某市融媒体中心", ["钱明", "孙丽"], id="date-line"),
        pytest.param("钱明 孙丽 某某县人大", ["钱明", "孙丽"], id="names-then-office"),
        pytest.param(
            "钱明 孙丽 某某晚报 某某客户端记者 周强", ["钱明", "孙丽", "周强"], id="outlet-credit"
        ),
        pytest.param("钱明 某某镇", None, id="one-name-and-a-town"),
        pytest.param("钱明 孙丽 某某镇 会议要求", None, id="words-after-the-office"),
        pytest.param("钱明 孙丽 会议要求", None, id="no-office"),
        pytest.param("一等奖:钱明 孙丽 某某镇", None, id="a-label-first"),
    ],
)
def test_names_then_their_office(line: str, names: list[str] | None) -> None:
    """Names from the surname table, then the office or outlet they wrote for, closing the line."""
    found = header_credits.office_then_names(line)
    assert names == (None if found is None else [line[a:b] for _, a, b in found])


#: The header's role pattern as first written: one look behind, then the qualifier.
_HEADER_ROLE_AS_WRITTEN = re.compile(
    r"(?<!\w)(?:本报|全媒体|融媒体|首席|特约|实习|见习)?(?:记者|通讯员)"
)
_HEADER_PIECES = (
    *("本报", "全媒体", "融媒体", "首席", "特约", "实习", "见习", "记者", "通讯员", "本", "实"),
    *("记", "者", "通", "讯员", " ", ":", "某", "A", "1", "张三", "责任编辑"),
)


@given(st.lists(st.sampled_from(_HEADER_PIECES), max_size=12))
def test_the_header_role_opening_on_its_literals_reads_as_written(pieces: list[str]) -> None:
    """Every role word found where it was, with its qualifier, and none glued after a word."""
    text = "".join(pieces)
    assert [m.span() for m in _HEADER_ROLE_AS_WRITTEN.finditer(text)] == [
        m.span() for m in header_credits._HEADER_ROLE.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        *("本报记者 张三", "某本报记者", "全媒体记者:张三", "首席记者", "特约通讯员 李四"),
        *("实习记者", "见习通讯员", "记者 张三 通讯员 李四", "某记者", "1通讯员", "融媒体通讯员"),
    ],
)
def test_each_header_role_reads_as_written(text: str) -> None:
    """Each qualifier and role word, glued after a word or not."""
    assert [m.span() for m in _HEADER_ROLE_AS_WRITTEN.finditer(text)] == [
        m.span() for m in header_credits._HEADER_ROLE.finditer(text)
    ]
