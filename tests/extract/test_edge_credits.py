"""Credits at a report's edges: opening the body, closing a paragraph."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract import _bylines as bylines
from timeline.extract import _edge_credits as edge_credits
from timeline.extract import _page as page
from timeline.extract import extract_text
from timeline.extract._layout import split_page
from timeline.extract._text import simplify


def _tail_names(text: str) -> list[str] | None:
    found = edge_credits.find_tail(simplify(text))
    return None if found is None else [bylines.printed(text, a, b) for _, a, b in found[1]]


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param("会议结束。钱明", id="one-name-may-be-anyone"),
        pytest.param("会议结束。钱明 会场", id="a-word-among-names"),
        pytest.param("会议结束。钱明 孙丽 周强 赵刚 李华", id="five-is-a-list"),
    ],
)
def test_bare_names_that_credit_nobody(tail: str) -> None:
    """Bare names close a report only as two to four names from the surname table."""
    assert edge_credits.find_tail(simplify(tail)) is None


@pytest.mark.parametrize(
    ("tail", "names"),
    [
        pytest.param("会议结束。□ 钱明", ["钱明"], id="bullet"),
        pytest.param("会议结束。■钱明", ["钱明"], id="bullet-glued"),
        pytest.param("会议结束。□ 钱明 ", ["钱明"], id="trailing-space"),
        pytest.param("会议结束。\n钱明", ["钱明"], id="own-line"),
        pytest.param("会议结束。\n  孙晓丽", ["孙晓丽"], id="own-line-indented"),
    ],
)
def test_one_name_set_apart_after_the_last_sentence(tail: str, names: list[str]) -> None:
    """One name closing the text, on a line of its own or after a bullet."""
    assert names == _tail_names(tail)


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param("会议结束。 会场", id="no-name"),
        pytest.param("会议结束。 上一篇", id="furniture"),
        pytest.param("会议结束。 编辑 钱明", id="an-editor"),
        pytest.param(" 钱明", id="no-sentence-before"),
        pytest.param("会议结束。 钱明说", id="a-clause"),
        pytest.param("会议结束。□ 钱明说", id="a-clause-after-a-bullet"),
    ],
)
def test_one_name_set_apart_needs_a_name_after_a_sentence(tail: str) -> None:
    """A set-apart run credits no one unless it is one known name after a sentence."""
    assert _tail_names(tail) in (None, [])


@pytest.mark.parametrize(
    "tail",
    [
        # A space alone is no layout: any word of a name's shape may follow one.
        *(
            pytest.param(f"要求做好防汛工作。 {word}", id=f"spaced-{what}")
            for word, what in (
                ("高兴", "glad"),
                ("严禁", "forbid"),
                ("余额", "balance"),
                ("宋体", "typeface"),
                ("华夏", "china"),
                ("金秋", "autumn"),
                ("向上", "upward"),
                ("江山", "land"),
                ("田园", "fields"),
                ("石家庄", "city"),
                ("张家口", "city2"),
                ("习近平", "leader"),
                ("毛泽东", "leader2"),
                ("钱明", "a-name"),
            )
        ),
        pytest.param("全文完。 王明", id="spaced-after-the-end-note"),
        # The lead of the report is no writer of it, whatever sets it apart.
        pytest.param("县长王明到东山村调研。\n王明", id="own-line-the-lead"),
        pytest.param("县长王明到东山村调研。□ 王明", id="bullet-the-lead"),
        # A place has a name's shape when it opens with a surname.
        pytest.param("要求做好防汛工作。\n石家庄", id="own-line-a-place"),
        pytest.param("要求做好防汛工作。□ 张家口", id="bullet-a-place"),
    ],
)
def test_one_word_after_the_last_sentence_is_no_writer(tail: str) -> None:
    """A run set apart only by a space, named in the text, or ending like a place credits no one."""
    assert _tail_names(tail) is None


def test_the_lead_closing_a_report_is_not_its_reporter() -> None:
    """The county head leading the event, printed again after a space, is not its byline."""
    result = extract_text("5月3日,县长王明到东山村调研,要求做好防汛工作。 王明")
    assert [()] == [e.source.byline for e in result.events]


@pytest.mark.parametrize(
    ("tail", "names"),
    [
        pytest.param("(肖立华?孙丽)", ["肖立华", "孙丽"], id="lost-character-between-names"),
        pytest.param(" ?(陳立華)", ["陳立華"], id="lost-character-before"),
        pytest.param("(陳立書(shū))", ["陳立書"], id="reading-after-a-name"),
        pytest.param("(鎮(zhèn)安縣政協(xié) 丁曉明)", ["丁曉明"], id="reading-in-the-office"),
        pytest.param("(某县政协 丁晓明)", ["丁晓明"], id="advisory-body-then-name"),
        pytest.param("(某县融媒记者 钱明 通讯员 孙丽)", ["钱明", "孙丽"], id="outlet-glued"),
        pytest.param("(某某乡音社 記者 陳立華 攝影報道)", ["陳立華"], id="outlet-then-role"),
        pytest.param("(周立兵 特约通讯员:钟明荣)", ["周立兵", "钟明荣"], id="name-then-role"),
    ],
)
def test_closing_credit_in_parentheses(tail: str, names: list[str]) -> None:
    """A closing credit read inside its own parentheses: lost characters, readings, an outlet."""
    assert names == _tail_names(f"会议要求加强管理。{tail}")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        pytest.param("县融媒体中心记者 钱明", ["钱明"], id="county-media-centre"),
        pytest.param("某某社 记者 钱明 通讯员 孙丽", ["钱明", "孙丽"], id="outlet-then-role"),
        pytest.param("某某社 实习生 钱明", ["钱明"], id="outlet-then-intern"),
        pytest.param("某某报 通讯员 孙丽", ["孙丽"], id="outlet-then-correspondent"),
        pytest.param("据某县融媒体中心记者钱明介绍,会议圆满结束。", None, id="a-sentence"),
        pytest.param("张立平 记者 钱明", None, id="a-name-is-no-outlet"),
        pytest.param("会议要求,记者 钱明", None, id="a-clause-before-is-no-outlet"),
        pytest.param("[某某电子報]記者 錢明/某地報導", ["錢明"], id="bracketed-outlet"),
        pytest.param("【某某日报】记者 钱明 孙丽", ["钱明", "孙丽"], id="corner-bracketed-outlet"),
        pytest.param("[会议要求,加强]记者 钱明", None, id="a-bracketed-clause-is-no-outlet"),
    ],
)
def test_credit_line_after_its_outlet(line: str, names: list[str] | None) -> None:
    """A byline line may open with its outlet's name before the role word."""
    found = edge_credits.after_outlet(simplify(line))
    assert names == (None if not found else [line[a:b] for _, a, b in found])


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        pytest.param("(某某街道办事处 钱明)", ["钱明"], id="office-in-chu"),
        pytest.param("(某某县委组织部 钱明)", ["钱明"], id="party-department"),
        pytest.param("(某某县妇联 钱明 孙丽)", ["钱明", "孙丽"], id="womens-federation"),
        pytest.param("(某某县总工会 钱明)", ["钱明"], id="trade-union"),
        pytest.param("(某某中学 钱明)", ["钱明"], id="school"),
        pytest.param("(某某供电公司 钱明)", ["钱明"], id="company"),
        pytest.param("(某某村 钱明)", ["钱明"], id="village"),
        pytest.param("(钱红旗 孙丽)", ["钱红旗", "孙丽"], id="a-name-ending-like-a-banner"),
    ],
)
def test_unit_before_the_closing_names(credit: str, names: list[str]) -> None:
    """Any unit the writers work for (a department, a union, a school) names no one."""
    assert names == _tail_names(f"会议要求各单位抓好落实。{credit}")


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        pytest.param("(某县人大办公室王丽华)", ["王丽华"], id="office-room"),
        pytest.param("(某某街李明)", ["李明"], id="street-short"),
        pytest.param("(某某街道李明)", ["李明"], id="street"),
    ],
)
def test_office_glued_to_the_closing_name(credit: str, names: list[str]) -> None:
    """A closing credit prints the writer's office (某办公室, 某某街) glued before the name."""
    found = edge_credits.find_tail(f"会议要求各单位抓好落实。{credit}")
    assert found is not None
    text = f"会议要求各单位抓好落实。{credit}"
    assert names == [text[a:b] for _, a, b in found[1]]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        pytest.param("(某某都市报记者  钱明)11月3日,", ["钱明"], id="paper-glued"),
        pytest.param("(融媒体中心记者 孙丽)1月2日,", ["孙丽"], id="centre-glued"),
        pytest.param("(某某在线记者 周强 通讯员 吴刚)昨天,", ["周强", "吴刚"], id="online-glued"),
        pytest.param("(记者 钱明)3日,", ["钱明"], id="plain"),
    ],
)
def test_marker_credit_after_an_outlet(body: str, names: list[str]) -> None:
    """The outlet a paper glues before the role word after its marker is no name."""
    taken, found = edge_credits.strip_lead(body)
    assert body[taken:].startswith(body.split(")")[1])
    assert names == [body[a:b].replace(" ", "") for _, a, b in found]


def test_marker_credit_needs_a_role_word_after_the_outlet() -> None:
    """Without a role word the parentheses after a marker name nobody unless they hold names."""
    assert (0, []) == edge_credits.strip_lead("(某某都市报发布)11月3日,")


def test_credit_after_the_supplying_office() -> None:
    """``某园区供稿 撰稿人:X``: the office that supplied the copy is no name; its writer is."""
    text = "某某开发区管委会供稿 撰稿人:钱明 审核:孙丽"
    found = edge_credits.after_supplier(text)
    assert found is not None
    assert ["钱明"] == [text[a:b] for _, a, b in found]
    assert (
        edge_credits.after_supplier("某某开发区管委会供稿") is None
    )  # an office alone names nobody
    assert (
        edge_credits.after_supplier("钱明供稿 撰稿人:孙丽") is None
    )  # a person's name is no office


@pytest.mark.parametrize(
    ("tail", "names"),
    [
        pytest.param("钱明、孙丽)", ["钱明", "孙丽"], id="two-names"),
        pytest.param("记者 钱明)", ["钱明"], id="role-word"),
        pytest.param("某县政协 丁晓明)", ["丁晓明"], id="office-then-name"),
        pytest.param("详见附件)", None, id="no-name"),
        pytest.param("钱明 会场)", None, id="a-word-among-names"),
    ],
)
def test_closing_credit_whose_opening_parenthesis_was_lost(
    tail: str, names: list[str] | None
) -> None:
    """``…局面。钱明、孙丽)``: a page that printed only the closing parenthesis still credits."""
    assert names == _tail_names(f"会议要求加强管理。{tail}")


def test_a_closing_parenthesis_that_has_its_opening_is_read_as_before() -> None:
    """An opening parenthesis before the sentence's end makes the text inside no half credit."""
    assert _tail_names("会议(由钱明主持。孙丽)") is None


@pytest.mark.parametrize(
    ("body", "names", "rest"),
    [
        pytest.param("(钱明9月6日,我县召开会议。", ["钱明"], "9月6日,", id="name-then-date"),
        pytest.param("(记者 钱明 孙丽6日,我县召开会议。", ["钱明", "孙丽"], "6日,", id="role"),
        pytest.param("(钱明说9月6日,我县召开会议。", [], "(钱明说", id="not-only-names"),
        pytest.param("(9月6日)我县召开会议。", [], "(9月6日)", id="a-date-alone"),
    ],
)
def test_opening_credit_whose_closing_parenthesis_was_lost(
    body: str, names: list[str], rest: str
) -> None:
    """``某网讯(钱明9月6日,…``: the names glued to the date open the body, unclosed."""
    taken, found = edge_credits.strip_lead(body)
    assert body[taken:].startswith(rest)
    assert names == [body[a:b].replace(" ", "") for _, a, b in found]


@pytest.mark.parametrize(
    ("tail", "names"),
    [
        pytest.param("(璩丽娟)", ["璩丽娟"], id="three-characters"),
        pytest.param("(吐尔洪江)", ["吐尔洪江"], id="a-minority-name-without-its-dot"),
        pytest.param("(第三期)", None, id="an-edition"),
        pytest.param("(资料图)", None, id="a-photo-note"),
        pytest.param("(视频版)", None, id="a-version"),
        pytest.param("(本台消息)", None, id="the-outlet-itself"),
        pytest.param("(现场直击)", None, id="a-column"),
        pytest.param("(图文报道)", None, id="a-form-of-report"),
        pytest.param("(县政府办)", None, id="an-office"),
        pytest.param("(慎志文)", ["慎志文"], id="a-name-ending-in-wen"),
        pytest.param("(禚建文)", ["禚建文"], id="another-name-ending-in-wen"),
        pytest.param("(附原文)", None, id="the-original-attached"),
        pytest.param("(见全文)", None, id="see-the-full-text"),
        pytest.param("(中英文)", None, id="a-language-note"),
        pytest.param("(有删节)", None, id="cut-note"),
        pytest.param("(略有改动)", None, id="edited-note"),
    ],
)
def test_closing_credit_of_one_name_outside_the_surname_table(
    tail: str, names: list[str] | None
) -> None:
    """``…落实。(璩丽娟)``: one name alone closing a paragraph credits, whatever its surname."""
    assert names == _tail_names(f"会议要求各单位抓好落实。{tail}")


@pytest.mark.parametrize(
    ("body", "names"),
    [
        pytest.param("(禚文静)几场秋雨过后,", ["禚文静"], id="three-characters"),
        pytest.param("(吐尔洪江)冬季牧场上,", ["吐尔洪江"], id="four-characters"),
        pytest.param("(资料图)冬季牧场上,", [], id="a-photo-note"),
    ],
)
def test_marker_credit_of_one_name_outside_the_surname_table(body: str, names: list[str]) -> None:
    """``某网某地11月2日电(禚文静)…``: one name alone after a marker is its credit."""
    taken, found = edge_credits.strip_lead(body)
    assert names == [body[a:b] for _, a, b in found]
    assert bool(taken) == bool(names)


@pytest.mark.parametrize(
    ("tail", "names"),
    [
        pytest.param(
            "?。ㄩ}某鄉(xiāng)音 記者 錢明 實習(xí)生 孫麗)", ["錢明", "孫麗"], id="role-words"
        ),
        pytest.param("。ㄇ刂輩^(qū)外宣辦 錢明)", ["錢明"], id="office-then-name"),
        pytest.param("。ㄍ舸ㄦ(zhèn)古集梁產(chǎn)業(yè)園)", None, id="a-place-no-credit"),
    ],
)
def test_closing_credit_whose_opening_parenthesis_the_encoding_broke(
    tail: str, names: list[str] | None
) -> None:
    """A mirror's broken encoding prints ``(`` and the next word as ``。ㄇ…``: the rest credits."""
    assert names == _tail_names(f"會議要求抓好落實。{tail}")


def test_opening_credit_whose_opening_parenthesis_the_encoding_broke() -> None:
    """``。ㄇ…外宣辦 錢明)6月3日,…``: the credit opens the body; its garbled unit names no one."""
    body = simplify("。ㄇ刂輩^(qū)外宣辦 錢明)6月3日,市委書記孫麗來到某鎮。")
    taken, found = edge_credits.strip_lead(body)
    assert body[taken:].startswith("6月3日")
    assert ["钱明"] == [body[a:b] for _, a, b in found]
    assert (0, []) == edge_credits.strip_lead(simplify("。ㄍ舸ㄦ(zhèn)古集梁產(chǎn)業(yè)園)內"))


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("(原标题)", id="original-headline"),
        pytest.param("(原题)", id="original-title"),
        pytest.param("(原创)", id="original-work"),
        pytest.param("(原载)", id="first-printed-in"),
    ],
)
def test_a_note_about_the_text_credits_nobody(note: str) -> None:
    """``…落实。(原标题)``: 原 is a surname, yet a note word in parentheses is no name."""
    assert _tail_names(f"会议要求各单位抓好落实。{note}") is None
    body = f"{note}冬季牧场上,"
    assert edge_credits.strip_lead(body) == (0, [])


@pytest.mark.parametrize("tool", edge_credits._GLUED_TOOLS)
def test_page_tools_glued_after_a_closing_credit_are_cut(tool: str) -> None:
    """``…落实。(张三)分享至:``: the tool after the credit is cut and the credit read."""
    assert ["张三"] == _tail_names(f"会议要求各单位抓好落实。(张三){tool}")


@pytest.mark.parametrize("tool", edge_credits._GLUED_TOOLS)
def test_the_tools_cut_after_a_credit_are_in_the_page_s_one_table(tool: str) -> None:
    """Every tool word cut here is one of the page's tools: the two lists cannot drift."""
    assert re.fullmatch(page.TOOL_PHRASES + "|" + page._SHARE_ABOVE, tool) is not None


@given(
    st.lists(
        st.sampled_from(
            ["分享至", "分享到", "打印本页", "关闭窗口", "返回顶部", "今日热点", "焦点图"]
        )
        | st.sampled_from(["(图:开展行动)", ":", "\n", " ", "。", "某", "(张三)", "至"]),
        max_size=6,
    ).map("".join)
)
def test_tail_junk_gate_skips_no_match(text: str) -> None:
    """Furniture the pattern strips ends in one of the gate's characters, maybe before a newline."""
    if edge_credits._TAIL_JUNK.search(text):
        last = text[-2:-1] if text.endswith("\n") else text[-1:]
        assert last in edge_credits._TAIL_JUNK_LAST or text[-1:] in edge_credits._TAIL_JUNK_LAST


def test_a_web_page_closing_with_one_name_set_apart_credits_its_writer() -> None:
    """One name after the last sentence's bullet reaches the report; glued or spaced, none."""
    body = "本报讯 5月15日,某县考察组在某区学习交流。\n座谈会上,双方交流发言。"
    assert ["王夏明"] == [b.name for b in split_page(body + "□ 王夏明\n").reports[0].byline]
    assert [] == [b.name for b in split_page(body + " 王夏明\n").reports[0].byline]
    assert [] == [b.name for b in split_page(body + "王夏明\n").reports[0].byline]


@given(
    st.sampled_from(["会议结束。", "取得实效!", "他说:“好。”"]),
    st.sampled_from(["钱明", "孙晓丽", "周强", "赵刚"]),
    st.sampled_from(["\n", "\n  ", "□ ", "■", " ■ "]),
)
def test_one_name_credits_only_when_set_apart(sentence: str, name: str, gap: str) -> None:
    """Set apart, one known name closing the text is its writer; glued or spaced, no one."""
    assert [name] == _tail_names(sentence + gap + name)
    assert _tail_names(sentence + name) is None
    assert _tail_names(sentence + " " + name) is None


@pytest.mark.parametrize("note", ["卫星图", "全景图", "效果图", "示意图", "航拍图"])
def test_a_picture_note_names_nobody(note: str) -> None:
    """(卫星图), (全景图): what the picture is, not who took it."""
    assert edge_credits.find_tail(f"某镇22名志愿者参加。({note})") is None


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("某州日报 钱明 见习记者 孙晓丽", ["钱明", "孙晓丽"]),
        ("某某晚报 周强 赵刚", ["周强", "赵刚"]),
        ("某县广播电视台 记者 钱明", ["钱明"]),
    ],
)
def test_an_outlet_set_apart_opens_its_credit(credit: str, names: list[str]) -> None:
    """(某州日报 钱明 见习记者 孙晓丽): the outlet names nobody; the names after it do."""
    assert names == _tail_names(f"会议听取了工作报告。({credit})")


def test_an_outlet_alone_credits_nobody() -> None:
    """(某某网 综合): an outlet and a note, no name."""
    assert edge_credits.find_tail("会议听取了工作报告。(某某网 综合)") is None
