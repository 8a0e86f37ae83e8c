"""Where a digest's items begin (``_digest``): chronicle entries the page's column broke."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.extract import _digest, extract_text

_PUBLISHED = dt.date(2021, 3, 31)


def _days(text: str) -> list[int]:
    return [e.start.day for e in extract_text(text, published=_PUBLISHED).events]


def test_a_day_entry_broken_before_its_first_comma_is_an_entry() -> None:
    """``8日 某县举行签约仪`` + ``式,…``: the column broke it, it is still the 8th's entry."""
    text = (
        "某县2021年3月大事记\n"
        "3日 县委召开全县经济工作会议。\n"
        "8日 县政府与某公司在县城举行项目签约仪\n"
        "式,县长某某出席。\n"
        "15日 县人大常委会举行第五次会议。\n"
    )
    assert [3, 8, 15] == _days(text)


def test_a_wrapped_paragraph_line_that_opens_with_a_day_is_no_entry() -> None:
    """A report's line that the column broke before ``12日`` goes on its sentence."""
    text = (
        "某县召开项目推进会\n"
        "3月10日,县委召开项目推进会。会议要求,各乡镇于3月\n"
        "12日前完成项目清单上报工作并报县委办公室备案\n"
        "审核,会议由县长某某主持。\n"
    )
    assert [10] == _days(text)


def test_a_bulleted_entry_broken_under_its_date_heading() -> None:
    """``△市长某某到某区查看某河治理`` + ``工程。`` under ``3月9日``: an entry of the 9th."""
    text = (
        "某区大事记\n"
        "3月2日\n"
        "△全区经济工作会议召开。\n"
        "3月9日\n"
        "△市长某某带领有关部门负责人到某区实地查看某河综合治理\n"
        "工程。\n"
        "3月14日\n"
        "△全市某某工作现场会在某区召开。\n"
    )
    assert [2, 9, 14] == _days(text)


def test_a_chronicle_whose_last_entry_the_page_cut_after_its_act() -> None:
    """``13日国务院召开全国清理`` ends the page: an entry; the undated line above is the 9th's."""
    text = (
        "某市2021年3月大事记\n"
        "1日市政府召开新闻发布会。\n"
        "4日市委召开全市动员大会。\n"
        "9日市政府召开出口企业座谈会。\n"
        "某某集团公司董事长一行来某市考察。\n"
        "13日国务院召开全国清理拖欠工"
    )
    assert [1, 4, 9, 9, 13] == _days(text)


def test_a_gazetteer_prints_its_month_and_day_apart() -> None:
    """``1 月 15~17 日, …``: spaced month and day, and a range, open the entries too."""
    text = (
        "某镇志 大事记\n"
        "1 月 15~17 日, 全省小城镇改革工作会议在某镇召开。\n"
        "1 月 16 日,某镇在某酒店召开新闻发布会。\n"
        "1 月 21 日,某镇在镇文化中心举行文艺晚会。\n"
    )
    assert [15, 16, 21] == _days(text)


def test_day_ranges_joined_by_a_box_dash_or_an_ocr_numeral_one_open_entries() -> None:
    """``3月1─3日  …`` and ``9一16日:…``: a range however its dash is printed opens an entry."""
    boxed = (
        "某县大事记\n"
        "  3月1日  县委召开全县农村工作会议。\n"
        "  3月4─6日  省考察组一行来某县考察。\n"
        "  3月9日  县人民教育基金会成立。\n"
    )
    assert [1, 4, 9] == _days(boxed)
    ocred = (
        "某省2021年大事记\n"
        "三月\n"
        "2日:某市召开全市干部大会。\n"
        "5日:省某会在某市召开庆祝大会。\n"
        "9一16日:省政协第八届委员会第一次会议在某市举行。\n"
        "20日:某省举行表彰大会。\n"
    )
    assert [2, 5, 9, 20] == _days(ocred)


def test_an_indented_first_entry_is_an_entry() -> None:
    """A chronicle that indents its entries: the first one, under the month, is an entry too."""
    text = (
        "某县2021年大事记\n"
        "    3 月\n"
        "      2日 某县档案馆更名为某县档案史志馆。\n"
        "      7日 县委书记某某到甲镇调研春耕生产。\n"
        "      9日 县政府召开全县安全生产工作会议。\n"
    )
    assert [2, 7, 9] == _days(text)


def test_a_photo_s_file_name_is_no_entry() -> None:
    """``…会议召开.png`` under a dated lead: the picture of the report, no item of its own."""
    text = (
        "要闻动态\n"
        "某镇召开人代会\n"
        "3月18日,某镇召开第五届人民代表大会第三次会议,全体代表出席。\n"
        "2021年3月18日,某镇第五届人民代表大会第三次会议召开.png\n"
        "  会上,镇长某某作政府工作报告。\n"
    )
    assert [18] == _days(text)


def test_the_lone_line_above_a_cut_last_entry_is_an_entry_of_the_day_above() -> None:
    """``某村被授予…`` between ``20日 …`` and the cut ``25日 团县委``: the 20th's second entry."""
    text = (
        "某县2021年3月大事记\n"
        "4日 县委召开全县经济工作会议。\n"
        "11日 县政府召开全县安全生产工作会议。\n"
        "20日 县委书记某某到甲镇调研春耕生产。\n"
        "甲镇乙村被省农业农村厅授予“美丽乡村示范村”称号。\n"
        "25日 团县委\n"
    )
    assert [4, 11, 20, 20] == _days(text)


def test_a_dated_photo_caption_among_day_entries_is_no_entry() -> None:
    """``2021年3月2日,…。图为…(某某摄)`` under the 2nd's entry: its picture, not an entry."""
    text = (
        "某区2021年3月大事记\n"
        "2日  某区召开全区党史学习教育动员大会。\n"
        "2021年3月2日,某区召开全区党史学习教育动员大会。图为会议现场(某某摄)\n"
        "5日  某区政协召开主席会议。\n"
        "9日  某区人大常委会召开第三十次会议。\n"
        "2021年3月9日,某区人大常委会召开第三十次会议(某某摄)\n"
        "16日  区委书记某某到甲街道调研。\n"
    )
    assert [2, 5, 9, 16] == _days(text)


def test_a_greek_delta_marks_a_further_entry_of_the_day_above() -> None:
    """``Δ  某某…。`` under ``10日 …``: typed for △, a further entry of the 10th."""
    text = (
        "某市大事记2021年3月\n"
        "7日  市红十字会在市区举行捐献造血干细胞启动仪式。\n"
        "10日  市委召开全市领导干部大会。\n"
        "Δ  市政府召开全市残疾人工作协调委员会全体会议。\n"
        "Δ  某某投诉中心在甲县正式挂牌。\n"
        "11日  省民政厅厅长某某一行来市调研。\n"
    )
    assert [7, 10, 10, 10, 11] == _days(text)


def test_shi_ri_marks_a_further_entry_of_the_day_above() -> None:
    """``是日 …`` under ``11日 …``: a gazetteer's word for 同日, a further entry of the 11th."""
    text = (
        "某区人民政府大事记\n"
        "1月\n"
        "4日 某县青少年活动中心获批第二批科普示范基地。\n"
        "11日 某汽车公司通过国家企业技术中心认定。\n"
        "是日 全区足球工作会议在某市举行。\n"
        "是日,区委办公室印发《某区机构改革实施意见》。\n"
        "15日 区政府召开全区安全生产工作会议。\n"
    )
    assert [4, 11, 11, 11, 15] == _days(text)


def test_a_hollow_square_marks_a_further_entry_of_the_day_above() -> None:
    """``□ 某某…。`` under ``23日 …``: a yearbook's mark, as △ is, a further entry of the 23rd."""
    text = (
        "某某年鉴\n"
        "10月\n"
        "22日 某某文化交流活动周开幕式晚会在某市举行。\n"
        "23日 首届某某博览会在某市开幕。\n"
        "□ 自治区党委书记某某在某市会见某国副总理一行。\n"
        "□ 自治区人民政府与某集团公司签署战略合作协议。\n"
        "26日 自治区召开全区农牧业工作会议。\n"
    )
    assert [22, 23, 23, 23, 26] == _days(text)


def test_a_hollow_square_credit_is_no_further_entry() -> None:
    """``□记者 某某`` under a chronicle's dated lines ends no sentence: a credit, no entry."""
    text = (
        "某县一周大事\n"
        "22日 县委召开全县经济工作会议。\n"
        "23日 县政府召开常务会议。\n"
        "□记者 张三\n"
        "26日 县人大常委会举行第五次会议。\n"
    )
    assert [22, 23, 26] == _days(text)


def test_a_round_up_whose_first_item_spans_the_later_days_is_no_tour() -> None:
    """``4月21日-24日 …``, then ``4月22日至24日 …`` and three ``4月22日 …``: a week's items."""
    text = (
        "某省要闻 2021年第17期(2021.4.19—4.25)\n"
        "4月21日-24日  某某企业某省行活动期间,百余家企业负责人应邀来某市参加对接交流会。\n"
        "4月22日至24日  省委书记某某前往甲市、乙市调研。\n"
        "4月22日  省长某某赴丙县调研脱贫攻坚工作。\n"
        "4月22日  首届某某论坛在某市举行。\n"
        "4月22日  某市召开某某产业大会。\n"
    )
    assert [21, 22, 22, 22, 22] == _days(text)


def test_a_days_item_inside_an_officials_tour_of_several_days_tells_it_again() -> None:
    """``4月22日至24日 省委书记某某…调研`` then ``4月23日,省委书记某某到…``: one tour."""
    text = (
        "某省要闻 2021年第17期\n"
        "4月21日  某某企业某省行活动在某市开幕。\n"
        "4月22日至24日  省委书记王某某前往甲市、乙市调研。\n"
        "4月23日,省委书记王某某到乙市丙县丁村调研,察看易地搬迁安置点。\n"
        "4月22日  省长李某某赴戊县调研脱贫攻坚工作。\n"
        "4月23日  某市召开某某产业大会。\n"
    )
    assert [21, 22, 22, 23] == _days(text)


def test_a_tours_dated_photo_captions_are_no_events_of_their_own() -> None:
    """A tour of ``5月27日至28日`` and two captions of its days (``…(某某/摄)``): one event."""
    text = (
        "5月27日至28日,自治区党委常委、宣传部长王某某深入我市甲旗、乙旗调研并举行座谈会。\n"
        "市委书记赵某某参加调研。\n"
        "5月27日—28日,王某某在我市调研并召开文旅工作座谈会。(张三/摄)\n"
        "王某某首先来到老党员钱某家中走访慰问,祝福老人健康长寿。\n"
        "5月27日,王某某来我市看望慰问老党员钱某。(张三/摄)\n"
    )
    events = extract_text(text, published=_PUBLISHED).events
    assert [27] == [e.start.day for e in events]


def test_the_same_officials_items_of_one_day_in_a_chronicle_stay_two() -> None:
    """``1月6日 市长某某来到甲代表团…`` / ``1月6日,市长某某来到乙组…``: two sittings, two events."""
    text = (
        "2021年1月大事记\n"
        "1月2日 市政府党组会议举行。\n"
        "1月6日 市长王某某来到市人大会议甲代表团,与代表们一起审议政府工作报告。\n"
        "1月6日,市长王某某来到市政协会议第六组,与委员们一起讨论政府工作报告。\n"
        "1月7日 省考评组来我市开展考评。\n"
    )
    assert [2, 6, 6, 7] == _days(text)


def test_paragraphs_dated_with_the_month_glued_to_the_day_are_told_day_by_day() -> None:
    """``320日,…`` then ``321日,…``: a site that drops 月 prints 3月20日 and 3月21日."""
    text = (
        "某镇人大组织代表开展会前视察活动\n"
        "为开好镇人代会,某镇人大组织代表开展调研、视察活动\n"
        "320日,镇人大主席王某某带领代表先后前往甲村、乙村,与村干部座谈交流。\n"
        "321日,某镇又组织代表开展会前集中视察活动,代表们先后来到丙项目、丁项目现场视察。\n"
    )
    assert [(3, 20), (3, 21)] == [
        (e.start.month, e.start.day) for e in extract_text(text, published=_PUBLISHED).events
    ]


def test_a_single_paragraph_dated_with_the_month_glued_is_one_event() -> None:
    """``119日,…`` opening a report's only dated paragraph: one event, as before."""
    text = (
        "某镇人大代表视察高标准农田建设\n"
        "119日,某镇人大组织部分县、镇人大代表对甲村高标准农田建设项目开展视察。\n"
        "代表们先后来到乙片区、丙片区,听取项目建设情况汇报。\n"
    )
    assert [19] == _days(text)


def test_a_tour_told_day_by_day_under_its_range_stays_one_event() -> None:
    """``2月5日—6日,县长…调研。``, ``5日下午,…``, ``6日上午,…``: a tour's days, one event."""
    text = (
        "某县县长到甲乡调研\n"
        "2月5日—6日,县长某某到甲乡调研脱贫攻坚工作。\n"
        "5日下午,某某先后来到甲村、乙村察看产业项目。\n"
        "6日上午,某某在乡政府召开座谈会,听取工作汇报。\n"
    )
    assert [5] == _days(text)


def test_items_opened_by_a_less_common_geometric_bullet() -> None:
    """``▣3月8日,…`` lines: a shape from the same block as ◆ opens each item, two of one day."""
    text = (
        "某县一周要闻\n"
        "▣3月5日,县委召开全县项目建设推进会。\n"
        "▣3月5日至9日,全县开展安全生产大检查。\n"
        "▣3月8日,县长某某到某镇调研春耕生产。\n"
        "▣3月8日晚,县文化馆举办迎春文艺演出。\n"
    )
    assert [5, 5, 8, 8] == _days(text)


def test_a_day_alone_on_its_line_heads_the_entry_below_it() -> None:
    """``8日`` alone on a line, its entry in the paragraph below: a day heading (month: title)."""
    text = (
        "某区2021年3月大事记\n\n"
        "3日\n\n"
        "区委召开全区经济工作会议,部署全年重点工作。\n\n"
        "8日晚\n\n"
        "区文化馆举办庆祝三八妇女节文艺演出,300余名妇女群众观看。\n\n"
        "15日—16日\n\n"
        "区第十八届人民代表大会第四次会议在区会议中心举行。\n"
    )
    assert [3, 8, 15] == _days(text)


_PIECES = st.sampled_from(
    [
        "\n",
        " ",
        "\u3000",
        "【",
        "】",
        "◆",
        "☆",
        "1",
        "12",
        "7",
        "2020年",
        "月",
        "日",
        "号",
        "-",
        "至",
        "、",
        "同日",
        "※",
        "上午",
        ",",
        "。",
        ":",
        "甲乙",
        "会议",
        "1.",
        "一、",
        "(",
        ")",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.integers(0, 60), st.integers(0, 200))
@example(["【", "甲乙", "\n", "◆", "会议", "】", "会议"], 0, 200)  # a bullet over a line break
def test_item_starts_finds_what_a_multiline_scan_finds(pieces: list[str], lo: int, hi: int) -> None:
    """The line-break scan finds exactly, in order, what ``(?m)^`` before the same pattern finds."""
    text = "".join(pieces)
    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    plain = re.compile("(?m)^" + _digest._ITEM)
    want = [(m.end(), m.groupdict()) for m in plain.finditer(text, lo, hi)]
    got = [(m.end(), m.groupdict()) for m in _digest._item_starts(text, lo, hi)]
    assert got == want
