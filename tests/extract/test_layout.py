"""Page layout: reports, headlines, markers, bylines, re-joined line breaks."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract import _page, extract_text
from timeline.extract._layout import _MARKER, _MARKER_LINE, _WIRE, MAX_REPORTS, split_page
from timeline.extract._page import META, Page
from timeline.extract._text import Mapped, fold, fold_and_simplify, simplify
from timeline.model import Role


class TestFold:
    def test_full_width_to_ascii(self) -> None:
        """Full-width commas, parentheses and digits fold, keeping the length."""
        assert "村(社区),12名" == fold("村（社区），１２名")

    def test_chinese_punctuation_kept(self) -> None:
        """The full stop, enumeration comma and curly quotes stay."""
        assert "“六一”、。" == fold("“六一”、。")

    def test_controls_become_spaces(self) -> None:
        r"""Control characters other than line breaks become spaces; \\r a line break."""
        assert "a b\nc\n" == fold("a\x00b\nc\r")

    def test_simplify_is_one_to_one(self) -> None:
        """Traditional characters map one for one, so offsets stay valid."""
        text = "中原區委書記喬聳調研"
        assert len(text) == len(simplify(text))
        assert "中原区委书记乔耸调研" == simplify(text)

    def test_header_and_ceremony_words(self) -> None:
        """發佈時間, 蒞臨, 致辭 and 剪綵 read as their simplified words."""
        assert "发布时间 莅临 致辞 剪彩" == simplify("發佈時間 蒞臨 致辭 剪綵")

    def test_escort_and_delegate_words(self) -> None:
        """委託, 攜同, 沿著, 歐陽 and 廠內 read as their simplified words."""
        assert "委托 携同 沿着 欧阳 厂内" == simplify("委託 攜同 沿著 歐陽 廠內")


class TestSplitPage:
    def test_seed_headlines(self, seed_text: str) -> None:
        """The seed page splits into its six reports with their headlines."""
        page = split_page(seed_text)
        assert [
            "中原区召开全区领导干部会议 学习贯彻习近平总书记重要讲话精神 和全国两会精神",
            "防疫不放松 慰问显关怀 中原区领导开展“六一”慰问活动",
            "中原区“红色物业” 工作观摩推进会召开",
            "中原区领导调研国家卫生城市复审等工作 加大督导整治力度 确保全面达标",
            "中原区举办村(社区)党组织书记 “亮赛比”专场比学预选活动",
            "棉纺路街道完成 区十六届人大代表补选工作",
        ] == [r.headline for r in page.reports]

    def test_rejoins_cut_words(self, seed_text: str) -> None:
        """Words cut by a PDF line break are joined again."""
        body = split_page(seed_text).reports[0].body.text
        assert "各项报告" in body
        assert "国家主权、安全、发展利益" in body

    def test_joined_offsets_map_back(self, seed_text: str) -> None:
        """A span across a re-joined break maps to the page, break included."""
        body = split_page(seed_text).reports[0].body
        i = body.text.index("各项报告")
        a, b = body.span(i, i + 4)
        assert "各项\n\n报告" == seed_text[a:b]

    def test_two_line_byline(self, seed_text: str) -> None:
        """A byline on two lines is read whole, and the span ends after it."""
        report = split_page(seed_text).reports[3]
        assert [("reports", "张改华"), ("correspondent", "张黎")] == [
            (b.role, b.name) for b in report.byline
        ]
        assert seed_text[report.span[1] - 2 : report.span[1]] == "张黎"

    @pytest.mark.parametrize(
        ("page", "names"),
        [
            pytest.param(
                "标题\n\n本报讯 正文。(记者 张改华)", ["张改华"], id="glued-parenthesised"
            ),
            pytest.param(
                "标题\n\n本报讯(记者 李娜 通讯员 王浩) 正文。", ["李娜", "王浩"], id="after-marker"
            ),
            pytest.param(
                "标题\n\n本报讯 正文。\n\n记者张改华 通讯员刘赛",
                ["张改华", "刘赛"],
                id="glued-names",
            ),
            pytest.param(
                "标题\n\n本报讯 正文。\n\n通讯员 唐珂欣马楚璇",
                ["唐珂欣", "马楚璇"],
                id="run-together",
            ),
            pytest.param("标题\n\n本報訊 正文。\n\n記者 張改華", ["張改華"], id="traditional"),
            pytest.param(
                "█ 文/图 王明 李华\n标题\n本报讯 正文。", ["王明", "李华"], id="block-bullet"
            ),
        ],
    )
    def test_byline_forms(self, page: str, names: list[str]) -> None:
        """Bylines on their own line, in parentheses or glued are all read."""
        assert names == [b.name for b in split_page(page).reports[0].byline]

    @pytest.mark.parametrize(
        "page",
        [
            pytest.param(
                "标题\n\n本报讯 6月2日,某镇召开会议。 (王某)\n\n网站声明\n\n"
                "本网所有新闻未经允许不得转载。",
                id="paper",
            ),
            pytest.param(
                "标题\n发布时间:2021-06-03\n6月2日,某镇召开会议。 (王某)\n"
                "版权声明\n转载请注明出处。",
                id="web",
            ),
        ],
    )
    def test_site_statement_ends_the_body(self, page: str) -> None:
        """A site statement (网站声明, 版权声明) is footer; the credit before it is read."""
        (report,) = split_page(page).reports
        assert ["王某"] == [b.name for b in report.byline]
        assert "转载" not in report.body.text

    def test_marker_with_dateline(self) -> None:
        """``本报6月18日讯`` is a marker, kept as printed."""
        report = split_page("标题\n\n本报6月18日讯 昨日,召开会议。").reports[0]
        assert "本报6月18日讯" == report.marker
        assert report.body.text.startswith("昨日")

    def test_report_printed_twice_is_one(self) -> None:
        """A page that prints the same report twice tells it once; a different one stays."""
        same = "某某网6月3日讯 6月2日,某镇举行演讲比赛。\n比赛气氛热烈。"
        assert 1 == len(split_page(f"{same}\n{same}").reports)
        other = "某某网6月3日讯 6月2日,某村召开座谈会。"
        assert 2 == len(split_page(f"{same}\n{other}").reports)

    def test_teaser_copy_of_the_lead_is_one_report(self) -> None:
        """A cut copy of the lead above it (after a caption's words) tells the report once."""
        lead = "2月15日下午,出席县人代会的某镇代表团在县会议中心举行讨论会。"
        page = (
            "某镇代表团审议报告\n\n发布时间:2017-02-17 16:55\n\n"
            f"讨论会现场{lead}会议审议县政府工作报\n\n讨论会现场\n\n"
            f"{lead}\n\n会议审议县政府工作报告。\n\n代表们一致同意报告。\n"
        )
        (report,) = split_page(page).reports
        assert "某镇代表团审议报告" == report.headline
        assert report.body.text.startswith(lead)
        assert "代表们一致同意" in report.body.text
        # Two reports whose leads differ stay two, however alike their words.
        twin = lead.replace("某镇", "某乡")
        two = f"某镇代表团审议报告\n\n发布时间:2017-02-17 16:55\n\n{lead}\n\n讨论会现场\n\n{twin}\n"
        assert 2 == len(split_page(two).reports)

    def test_two_reports_opening_with_the_same_sentence_stay_two(self) -> None:
        """Two full reports that open with one stock sentence are two reports, not a teaser."""
        stock = "本报讯 入秋以来,天气干燥,秋冬季节进入火灾易发多发期。"
        page = (
            f"甲镇开展消防演练\n{stock}10月8日,甲镇组织开展消防应急演练,200余名群众参加。"
            "(记者 李四)\n"
            f"乙镇排查火灾隐患\n{stock}10月9日,乙镇组织消防人员深入企业开展隐患排查。"
            "(记者 王五)\n"
        )
        reports = split_page(page).reports
        assert ["甲镇开展消防演练", "乙镇排查火灾隐患"] == [r.headline for r in reports]
        result = extract_text(page, published=dt.date(2024, 10, 10))
        assert [dt.date(2024, 10, 8), dt.date(2024, 10, 9)] == [e.start for e in result.events]

    def test_a_whole_lead_sentence_above_the_report_is_a_teaser(self) -> None:
        """A teaser that stops after the lead's sentence is still a cut copy: it prints no more."""
        lead = "2月15日下午,出席县人代会的某镇代表团在县会议中心举行讨论会。"
        page = (
            "某镇代表团审议报告\n\n发布时间:2017-02-17 16:55\n\n"
            f"讨论会现场{lead}\n\n讨论会现场\n\n{lead}\n\n会议审议县政府工作报告。\n"
        )
        (report,) = split_page(page).reports
        assert report.body.text.startswith(lead)

    def test_marker_in_parentheses(self) -> None:
        """``(本网讯 记者X)``: a marker inside parentheses with its credit opens the body."""
        page = split_page(
            "2024年10月23日 星期三\n欢迎投稿\n某某带队检查食品安全\n"
            "来源:某某网 日期:2024/7/3\n\n(本网讯 记者王某)7月3日,副县长张建华带队检查。"
        )
        (report,) = page.reports
        assert "(本网讯" == report.marker
        assert ["王某"] == [b.name for b in report.byline]
        assert report.body.text.startswith("7月3日")
        assert not any("marker" in w for w in page.warnings)

    def test_page_without_marker(self) -> None:
        """A page without 本报讯 is one report, with a warning."""
        page = split_page("街道开展活动\n\n4月9日,街道开展活动。")
        assert 1 == len(page.reports)
        assert "街道开展活动" == page.reports[0].headline
        assert any("marker" in w for w in page.warnings)

    def test_header_is_not_headline(self) -> None:
        """A page header date goes to the preamble, not into the headline."""
        page = split_page("2020年11月5日 星期四\n\n标题\n\n本报讯 11月4日,召开会议。")
        assert "标题" == page.reports[0].headline
        assert "2020年11月5日 星期四" == page.preamble[0][0]

    def test_empty_page(self) -> None:
        """An empty page has no reports and says so."""
        assert () == split_page("  \n ").reports


class TestWebArticle:
    PAGE = (
        "首页 > 新闻 > 乡镇动态\n"
        "某镇召开防汛工作会议\n"
        "来源:某镇 | 作者:钱明 | 发布时间:2021-03-05 10:20 | 浏览 66 次\n"
        "\n"
        "3月4日,某镇召开防汛工作会议。\n"
        "会议要求各村做好准备。\n"
        "上一篇:某镇开展植树活动\n"
    )

    def test_header_lines_are_not_body(self) -> None:
        """Header lines (来源/作者/发布时间) and the footer stay out of the body."""
        page = split_page(self.PAGE)
        (report,) = page.reports
        assert "某镇召开防汛工作会议" == report.headline
        assert report.body.text.startswith("3月4日,某镇召开")
        assert "上一篇" not in report.body.text
        assert any("发布时间:2021-03-05" in line for line in page.header)
        assert ["钱明"] == [b.name for b in report.byline]

    def test_source_then_posting_time_is_a_header_line(self) -> None:
        """``某某 2021-03-05 10:20`` under a headline that holds a comma is header, not body."""
        page = split_page(
            "守住安全关,过个平安年!某镇开展检查\n某镇发布 2021-03-05 10:20\n\n"
            "3月4日上午,某镇镇长钱明带队开展检查。\n会议要求各村做好准备。\n"
        )
        (report,) = page.reports
        assert "守住安全关,过个平安年!某镇开展检查" == report.headline
        assert report.body.text.startswith("3月4日上午")

    def test_greeting_above_the_dated_header_is_no_body(self) -> None:
        """A site's greeting, its path and the headline stand above the posting date: header."""
        page = split_page(
            "欢迎您!祝您浏览愉快,天天开心!\n首页 > 新闻 > 乡镇动态\n\n某镇召开防汛会议\n"
            "作者:钱明 来源:某镇网 时间:2021-03-05\n"
            "  3月2日,某镇召开防汛工作会议。镇长赵亮主持会议。\n"
        )
        (report,) = page.reports
        assert report.body.text.startswith("3月2日,某镇召开")
        assert "欢迎您" not in report.body.text

    def test_headline_then_site_name_then_posting_date(self) -> None:
        """A headline with a comma, the outlet's name, then a bare posting date: all header."""
        text = (
            "某镇:守好安全线,过个平安节\n某镇发布\n2021-10-01 09:55:00\n"
            "喜迎佳节,9月29日,某镇镇长赵亮带队开展安全检查。\n"
        )
        (report,) = split_page(text).reports
        assert report.body.text.startswith("喜迎佳节,")

    def test_a_date_line_between_paragraphs_leaves_one_break(self) -> None:
        """A posting date between two paragraphs is skipped without an empty paragraph."""
        text = (
            "某乡召开工作会议\n本报讯 5月3日上午,某乡召开工作会议。\n2022年5月4日\n"
            "会议强调,要抓好落实。\n"
        )
        (report,) = split_page(text).reports
        assert report.body.text == "5月3日上午,某乡召开工作会议。\n会议强调,要抓好落实。"

    def test_a_dated_line_under_a_full_sentence_keeps_the_body(self) -> None:
        """A sentence with 。 above a dated line is the body, whatever the date line is."""
        text = "3月2日,某镇召开防汛工作会议。\n来源:某镇网 时间:2021-03-05\n"
        (report,) = split_page(text).reports
        assert report.body.text.startswith("3月2日,某镇召开")

    def test_a_sentence_ending_with_a_date_is_no_header(self) -> None:
        """A line with a clause mark stays prose, whatever it ends with."""
        page = split_page("某镇开展检查\n\n3月4日,某镇开展检查,通知于 2021-03-05\n")
        (report,) = page.reports
        assert report.body.text.startswith("3月4日,某镇")


class TestDigest:
    def test_bulleted_items(self) -> None:
        """Each ◆ item of a page is its own report."""
        page = split_page(
            "要闻简报\n\n◆3月2日,区里召开甲会议。\n◆3月3日,区长到乙社区调研。\n(钱明)\n"
        )
        assert 2 == len(page.reports)
        assert page.reports[1].body.text.startswith("3月3日")

    def test_undated_bullets_are_part_of_the_report(self) -> None:
        """【图文】 notes without a date of their own do not split a report."""
        page = split_page(
            "区政协开会\n\n2月25日,区政协召开全会。\n【图文】委员们认为讲话很好。\n"
            "【图文】委员们还提出建议。\n"
        )
        assert 1 == len(page.reports)

    def test_dated_lead_before_bulleted_briefs(self) -> None:
        """A dated lead before ◆ briefs is a report of its own."""
        page = split_page(
            "要闻\n\n3月1日,区委召开常委会。\n◆3月2日,区里召开会议。\n◆3月3日,区长调研。\n"
        )
        assert ["3月1日", "3月2日", "3月3日"] == [r.body.text[:4] for r in page.reports]

    def test_event_sub_headings(self) -> None:
        """Visits under their own sub-headings are items, dated by the text before them."""
        page = (
            "官员岁晚家访\n\n特区政府主要官员今日(2月13日)起一连三日到各区家访,送上祝福。\n\n"
            "司长甲率局长乙访油麻地长者家庭\n\n司长甲和局长乙探访了油麻地的长者家庭,送上福袋。\n\n"
            "司长丙联同关爱队探访双老家庭\n\n司长丙在观塘探访双老家庭,了解他们的需要。\n"
        )
        reports = split_page(page).reports
        assert ["intro", "item", "item"] == [r.part for r in reports]
        result = extract_text(page, published=dt.date(2026, 2, 13))
        assert [dt.date(2026, 2, 13)] * 2 == [e.start for e in result.events]

    def test_sub_headings_without_events_do_not_split(self) -> None:
        """Sub-headings that name no event (强化责任担当) leave one report."""
        page = (
            "区里开会\n\n3月1日,区委召开全会,部署全年工作。\n\n强化责任担当\n\n"
            "会议要求,各级要压实责任,确保落实。\n\n狠抓工作落实\n\n会议强调,要抓好落实。\n"
        )
        assert 1 == len(split_page(page).reports)

    def test_captions_opening_with_the_act_do_not_split(self) -> None:
        """Photo captions that open with the act (调研某村…) name no visitor: one report."""
        page = (
            "副市长调研\n\n3月1日,副市长张建华到某县调研扶贫工作。\n调研某某村产业发展情况\n"
            "在某某村,张建华察看了种植基地。\n调研组参观某某村史馆\n张建华参观了村史馆。\n"
            "调研某某村红色文化工作\n据悉,某县扶贫工作成效明显。\n"
        )
        assert 1 == len(split_page(page).reports)

    def test_captions_naming_a_team_or_indented_do_not_split(self) -> None:
        """A caption naming a team (某某调研组…) or after a space or bullet is no sub-heading."""
        page = (
            "副市长调研\n\n3月1日,副市长张建华到某县调研扶贫工作。\n 调研某某村产业发展情况\n"
            "在某某村,张建华察看了种植基地。\n市政府调研组参观某某村史馆\n张建华一行参观了某某村史馆,听取了情况介绍。\n"
            "◆调研某某村红色文化工作\n据悉,某县扶贫工作成效明显。\n"
        )
        assert 1 == len(split_page(page).reports)

    def test_captions_opening_with_the_place_do_not_split(self) -> None:
        """Captions that open with where (在某社区调研) name no visitor: one report."""
        page = (
            "主席调研创城工作\n\n发布时间:2022年05月10日\n\n"
            "5月10日,市政协主席张建华率队到某区调研创城工作。\n\n在某某社区服务中心调研\n\n"
            "张建华一行先后来到某某社区服务中心、某某市场,了解创城进展。\n\n在某某市场调研\n\n"
            "张建华强调,各部门要对标对表,抓好整改落实。\n"
        )
        assert 1 == len(split_page(page).reports)
        result = extract_text(page)
        assert [dt.date(2022, 5, 10)] == [e.start for e in result.events]

    def test_posting_date_between_paragraphs_is_not_prose(self) -> None:
        """A date alone on its line above a repeated lead is no day the lead tells: one report."""
        lead = "春风拂面。5月8日上午,某区政协全会在某宾馆开幕。"
        page = split_page(f"某区政协全会开幕\n\n{lead}\n\n2024年5月9日\n\n{lead}委员出席会议。\n")
        (report,) = page.reports
        assert "2024年" not in report.body.text

    def test_paragraph_after_another_days_sentence(self) -> None:
        """After a sentence of another day, a paragraph opening with the lead day is a new event."""
        page = split_page(
            "两会召开\n\n本报讯 12月26日,甲县人代会召开。12月25日,甲县政协会议召开。\n\n"
            "12月26日,乙县人代会召开。\n"
        )
        assert ["12月26日", "12月25日", "12月26日"] == [r.body.text[:6] for r in page.reports]

    def test_bracketed_items(self) -> None:
        """A 【heading】 opening an item is the item's headline."""
        page = split_page("本周要闻\n\n【防汛】3月2日,区里召开会议。\n【植树】3月3日,区里植树。\n")
        assert ["防汛", "植树"] == [r.headline for r in page.reports]

    def test_round_up_of_dated_paragraphs(self) -> None:
        """A weekly round-up: each paragraph that opens with a date is an item."""
        page = split_page(
            "各区一周\n\n2024年5月27日至6月2日。\n\n本周各区忙了什么。\n\n"
            "甲区\n\n5月28日,甲区书记主持会议。\n\n乙区\n\n5月30日,乙区区长调研。\n"
        )
        assert ["甲区", "乙区"] == [r.headline for r in page.reports]

    def test_report_told_day_by_day(self) -> None:
        """A report whose paragraphs open with different days gives one report per day."""
        page = split_page(
            "区里调研\n\n5月28日,区长到甲社区调研。\n\n5月29日,区长又到乙社区调研。\n"
        )
        assert 2 == len(page.reports)

    @pytest.mark.parametrize(
        "page",
        [
            pytest.param(
                "区长调研\n\n2月5日—6日,区长深入甲镇、乙镇调研。\n\n"
                "5日下午,区长一行查看甲镇基地。\n\n6日,区长到乙镇查看项目。\n",
                id="dash-range",
            ),
            pytest.param(
                "区长调研\n\n5月8日至10日,区长到甲镇调研。\n\n9日,区长到乙村查看项目。\n",
                id="zhi-range-one-day-told",
            ),
        ],
    )
    def test_days_inside_the_lead_s_range_stay_one_report(self, page: str) -> None:
        """A lead printing a range of days, then paragraphs telling those days: one tour."""
        assert 1 == len(split_page(page).reports)

    def test_a_day_outside_the_lead_s_range_is_another_report(self) -> None:
        """A later paragraph whose day lies past the lead's range is another event."""
        page = split_page(
            "区里大事\n\n5月8日至10日,区长到甲镇调研。\n\n9日,区长到乙村查看项目。\n\n"
            "20日,区里召开全区经济工作大会。\n"
        )
        assert 1 < len(page.reports)

    def test_a_month_s_range_heads_separate_reports(self) -> None:
        """A round-up dated over a month tells separate events, not one tour's days."""
        page = split_page(
            "五月要闻\n\n5月1日至31日,全区开展安全月活动。\n\n"
            "8日,区长到甲镇调研。\n\n20日,区里召开全区经济工作大会。\n"
        )
        assert 1 < len(page.reports)

    def test_same_day_paragraphs_stay_one_report(self) -> None:
        """Two paragraphs opening with the same day are one report."""
        page = split_page("区里调研\n\n5月28日,区长到甲社区调研。\n\n5月28日下午,区长召开会议。\n")
        assert 1 == len(page.reports)

    @pytest.mark.parametrize(
        "page",
        [
            pytest.param(
                "区里选举\n\n本报11月26日讯 今日,某区人代会选举新一届领导班子。\n\n"
                "25日,区政协会议闭幕,选举产生新一届主席。\n",
                id="bare-day-after-marker",
            ),
            pytest.param(
                "主任考察第二日\n\n某主任考察第二日,今早(14日)到某社区座谈。\n\n"
                "某主任昨日下午抵达,到某大桥考察。\n",
                id="yesterday-after-a-subject",
            ),
            pytest.param(
                "区里调研\n\n十二日,区长到甲社区调研。\n\n十三日上午,区长到乙社区调研。\n",
                id="chinese-numeral-days",
            ),
        ],
    )
    def test_paragraph_of_another_day(self, page: str) -> None:
        """A later paragraph opening with a day other than the lead's is another report."""
        assert 2 == len(split_page(page).reports)

    @pytest.mark.parametrize(
        "page",
        [
            pytest.param(
                "区里开会\n\n3月21日,区长主持召开会议。\n\n会议传达学习了3月17日会议精神。\n",
                id="day-of-something-else",
            ),
            pytest.param(
                "区里调研\n\n3月21日,区长到甲社区调研。\n\n当天下午,区长召开座谈会。\n",
                id="same-day",
            ),
            pytest.param(
                "区里调研\n\n3月21日,区长到甲社区调研。\n\n去年5月3日,甲社区刚刚建成。\n",
                id="last-year-is-history",
            ),
            pytest.param(
                "区里调研\n\n3月21日,区长到甲社区调研。\n2014年1月17日 星期五 第01版\n",
                id="page-header-line",
            ),
            pytest.param(
                "区里调研\n\n3月21日,区长到甲社区调研。\n\n“22日我们再来。”区长说。\n",
                id="quotation",
            ),
        ],
    )
    def test_paragraph_of_the_same_report(self, page: str) -> None:
        """Same-day, background, quoted and page-header days do not split a report."""
        assert 1 == len(split_page(page).reports)

    def test_dated_photo_captions(self) -> None:
        """Dated photo captions, each closing with its credit, are one report each."""
        page = split_page(
            "救灾图集\n\n7月22日,几名干部帮助群众清理淤泥。新华社发(某某 摄)\n"
            "7月22日,干部们在灾区清理街道。新华社发(某某 摄)\n"
        )
        assert 2 == len(page.reports)

    def test_date_headings(self) -> None:
        """Briefs under date headings: one event per paragraph, dated by its heading."""
        result = extract_text(
            "本月记事\n发布日期:2018-07-03\n107年6月1日\n"
            "某高中举行毕业典礼,县长到场参加并致辞。\n"
            "107年6月2日\n"
            "某学会在博物馆举办文物联展,县长到场参观。\n"
            "某慈善会在海滨步道举办净滩活动,县长到场慰问。\n"
        )
        assert [dt.date(2018, 6, 1), dt.date(2018, 6, 2), dt.date(2018, 6, 2)] == [
            e.start for e in result.events
        ]

    def test_one_date_heading_is_no_digest(self) -> None:
        """A single date line before the body is a header, not a digest."""
        page = split_page(
            "标题\n2018年6月1日\n某高中举行毕业典礼,县长到场。\n县长还到某社区慰问群众。\n"
        )
        assert 1 == len(page.reports)


class TestPageFurniture:
    def test_site_banner_is_no_body(self) -> None:
        """``欢迎访问某县人民政府!`` is the site's banner, not the first paragraph."""
        result = extract_text(
            "欢迎访问某县人民政府!\n当前位置: 首页>新闻\n某会议召开\n发布时间:\n2025-05-22 10:03\n"
            "分享到:\n5月21日,某县召开生态保护大会。副县长某某主持会议并讲话。\n"
        )
        assert [dt.date(2025, 5, 21)] == [e.start for e in result.events]

    def test_header_line_running_into_the_first_sentence(self) -> None:
        """A header that lost its line break before the body: body, and header for the date."""
        result = extract_text(
            "区政协召开工作部署会议\n发布时间:2018-03-29 09:26 来源:区政协3月28日上午,"
            "区政协办公室在区委大楼会议厅组织召开工作部署会议,会议由区政协社会委主任某某主持。\n"
        )
        assert [dt.date(2018, 3, 28)] == [e.start for e in result.events]
        assert dt.date(2018, 3, 29) == result.published

    def test_mirror_date_printed_before_the_lede(self) -> None:
        """A mirror's ``date`` line that goes on with the lede: the lede is body, not a headline."""
        result = extract_text(
            " date 2025-11-14 某乡公所每季召开村长业务会报,今年第四季的会议召开,乡长王明亲自主持,"
            "各课室主管出席。\n\n会中,各课室报告提案的办理进度。\n"
        )
        assert [[("王明", "乡长")]] == [
            [(p.person.name, p.person.title) for p in e.participants if p.role is Role.LEADS]
            for e in result.events
        ]

    def test_headline_with_a_comma_above_the_header(self) -> None:
        """A headline holding a comma is still the headline when header lines follow it."""
        page = (
            "某镇:干部齐上阵,守好防汛大堤\n"
            "2024-06-23 12:02:15  来源:某镇 | 作者:吴小明  浏览量:81\n\n"
            "6月23日,某镇召开防汛工作调度会,部署当前防汛工作。\n"
        )
        layout = split_page(page)
        assert ["某镇:干部齐上阵,守好防汛大堤"] == [r.headline for r in layout.reports]
        assert layout.reports[0].body.text.startswith("6月23日,")
        assert [dt.date(2024, 6, 23)] == [e.start for e in extract_text(page).events]

    @pytest.mark.parametrize(
        "marker",
        ["胶东在线11月8日讯", "????本报讯", "某某之声讯"],
    )
    def test_marker_forms(self, marker: str) -> None:
        """Outlets named 在线/之声, and a marker after spaces a lost encoding turned to ``?``."""
        page = split_page(f"标题\n{marker} 11月7日上午,某街道组织开展擂台比武活动。\n")
        assert 1 == len(page.reports)
        assert page.reports[0].marker.endswith("讯")


def test_any_outlet_s_dateline_is_a_marker() -> None:
    """``某网某县分站1月22日讯``: a dateline ending in 日讯 opens a report whatever the outlet."""
    (report,) = split_page(
        "标题\n某网某县分站1月22日讯(通讯员 周星)1月19日,某镇召开大会。\n"
    ).reports
    assert report.marker.endswith("日讯")
    assert report.body.text.startswith("1月19日")


@pytest.mark.parametrize("outlet", ["某某在线-某县新闻网", "某某日报·新某某客户端"])
def test_two_outlets_joined_open_a_dateline(outlet: str) -> None:
    """Two outlets joined by a hyphen or a dot before the date still print the marker."""
    (report,) = split_page(f"标题\n{outlet}9月14日讯(通讯员 周星)9月13日,某镇召开大会。\n").reports
    assert report.marker == f"{outlet}9月14日讯"
    assert report.body.text.startswith("9月13日")


def test_a_hyphen_at_a_line_start_opens_no_marker() -> None:
    """A hyphen must join two outlet names: a dash opening a line is no outlet."""
    layout = split_page("标题\n-某县新闻网9月14日讯消息,某镇召开大会。\n")
    assert all(not r.marker.startswith("-") for r in layout.reports)


class TestMoreDigests:
    def test_chronicle_of_days(self) -> None:
        """A 大事记: day lines (7日 …) and ※ entries of the same day, one event each."""
        result = extract_text(
            "2020年10月大事记\n\n"
            "7日   县长到某镇检查指导脱贫攻坚工作。\n"
            "9日   县长主持召开县长碰头会。\n"
            "※    县委书记主持召开领导小组会议。\n"
            "12日  县委书记到某镇调研文化旅游产业。\n"
        )
        assert ["2020-10-07", "2020-10-09", "2020-10-09", "2020-10-12"] == [
            str(e.start) for e in result.events
        ]

    def test_chronicle_entry_of_the_same_day(self) -> None:
        """A 大事记 entry opening with 同日 and a space, as its day entries do, is another event."""
        result = extract_text(
            "★8月3日 县委书记主持召开县委常委会议。\n"
            "★8月4日 县委书记主持召开全县干部大会。\n"
            "同日 县长主持召开防汛工作调度会。\n"
            "★8月9日 县长到某镇检查指导防汛工作。\n",
            published=dt.date(2021, 8, 10),
        )
        assert ["2021-08-03", "2021-08-04", "2021-08-04", "2021-08-09"] == [
            str(e.start) for e in result.events
        ]

    @pytest.mark.parametrize("mark", ["△", "▲ "], ids=["triangle", "black-triangle-space"])
    def test_undated_triangle_entry_is_another_item_of_the_day(self, mark: str) -> None:
        """A 要事记's undated △ entry under a day is a further event of that day."""
        result = extract_text(
            "某县工作要事记\n\n"
            "3日,县委书记张三到某镇检查防汛工作。\n\n"
            f"{mark}县长李四主持召开县政府常务会议,研究部署重点工作。\n\n"
            "5日,县长李四到某街道调研。\n\n"
            "8日,县委书记张三主持召开县委常委会会议。\n",
            published=dt.date(2021, 8, 10),
        )
        assert ["2021-08-03", "2021-08-03", "2021-08-05", "2021-08-08"] == [
            str(e.start) for e in result.events
        ]

    def test_undated_triangle_note_of_one_report_stays_in_it(self) -> None:
        """A △ line in a report with no dated items is part of that report."""
        result = extract_text(
            "县长调研防汛工作\n\n"
            "8月3日,县长李四到某镇检查防汛工作。\n\n"
            "△县长李四在某水库查看水位。\n\n"
            "李四要求,各级要压实责任。\n",
            published=dt.date(2021, 8, 10),
        )
        assert ["2021-08-03"] == [str(e.start) for e in result.events]

    def test_day_entries_printed_apart_from_their_day_mark(self) -> None:
        """A yearbook's ``4 日 …`` and ``25—26 日 …`` lines under ``1 月`` are day entries."""
        result = extract_text(
            "某区2021年大事记\n\n1 月\n\n"
            "4 日 区委书记张三主持召开区委常委会会议。\n\n"
            "12日 区长李四到某街道调研。\n\n"
            "25—26 日 区人大常委会举行第三十次会议。\n\n"
            "2 月\n\n"
            "3 日 区政府召开全区安全生产工作会议。\n",
            published=dt.date(2021, 4, 2),
        )
        assert ["2021-01-04", "2021-01-12", "2021-01-25", "2021-02-03"] == [
            str(e.start) for e in result.events
        ]

    def test_unmarked_entry_between_one_line_day_entries(self) -> None:
        """A lone undated line between one-line day entries is a further event of the day above."""
        result = extract_text(
            "大事记\n\n8月\n\n"
            "3日 县委书记张三到某镇检查防汛工作。\n"
            "全县安全生产工作会议召开。\n"
            "5日 县长李四到某街道调研。\n"
            "会议要求,各级要压实责任。\n"
            "9日 县委书记张三主持召开县委常委会会议。\n",
            published=dt.date(2021, 8, 10),
        )
        assert ["2021-08-03", "2021-08-03", "2021-08-05", "2021-08-09"] == [
            str(e.start) for e in result.events
        ]

    def test_wrapped_day_entries_take_no_unmarked_entry(self) -> None:
        """Entries that wrap over lines: an undated line goes on the entry above."""
        result = extract_text(
            "大事记\n\n8月\n\n"
            "3日 县委书记张三到某镇检查防汛工作,\n"
            "县领导李四陪同。\n"
            "5日 县长李四到某街道调研,\n"
            "查看防汛物资储备情况。\n"
            "9日 县委书记张三主持召开县委常委会会议。\n",
            published=dt.date(2021, 8, 10),
        )
        assert ["2021-08-03", "2021-08-05", "2021-08-09"] == [str(e.start) for e in result.events]

    def test_chronicle_entry_of_the_same_day_with_a_comma(self) -> None:
        """A 大事记 entry opening with 同日, (or 同日上午,) among dated entries is another event."""
        result = extract_text(
            "2021年第三季度大事记\n\n"
            "8月3日,县委书记到某镇检查防汛工作。\n\n"
            "同日,县长李四到某街道检查疫情防控工作。\n\n"
            "8月4日上午,县委理论学习中心组举行专题学习会。县委书记主持会议。\n\n"
            "同日上午,县委常委会召开会议。县委书记主持会议。\n\n"
            "8月9日,县长主持召开县政府常务会议。\n",
            published=dt.date(2021, 8, 10),
        )
        assert ["2021-08-03", "2021-08-03", "2021-08-04", "2021-08-04", "2021-08-09"] == [
            str(e.start) for e in result.events
        ]
        assert ["李四"] == [p.person.name for p in result.events[1].participants]

    def test_same_day_entry_of_the_same_actor_goes_on(self) -> None:
        """``同日下午,`` of the official the dated item before it names goes on that item's tour."""
        result = extract_text(
            "一周要闻\n\n"
            "8月3日上午,副县长王五到某镇检查防汛工作。\n\n"
            "同日下午,副县长王五到某村看望受灾群众。\n\n"
            "8月4日,县长李四主持召开县政府常务会议。\n\n"
            "8月5日,县委书记张三到某街道调研。\n",
            published=dt.date(2021, 8, 10),
        )
        assert ["2021-08-03", "2021-08-04", "2021-08-05"] == [str(e.start) for e in result.events]

    @pytest.mark.parametrize(
        "entry",
        [
            "同日傍晚,县长李四到某村看望受灾群众。",
            "同日晚间,县长李四到某村看望受灾群众。",
            "同日下午 县长李四到某村看望受灾群众。",
            "同日下午,副县长王五主持召开全县防汛工作会议。",
        ],
        ids=["dusk", "evening", "space-after-time", "same-official-chairs"],
    )
    def test_same_day_entry_of_another_event(self, entry: str) -> None:
        """Another official's 同日 entry, or the same one's meeting, is an event of its own."""
        result = extract_text(
            "一周要闻\n\n8月3日上午,副县长王五到某镇检查防汛工作。\n\n"
            f"{entry}\n\n"
            "8月4日,县长李四主持召开县政府常务会议。\n\n"
            "8月5日,县委书记张三到某街道调研。\n",
            published=dt.date(2021, 8, 10),
        )
        assert ["2021-08-03", "2021-08-03", "2021-08-04", "2021-08-05"] == [
            str(e.start) for e in result.events
        ]

    @pytest.mark.parametrize("who", ["王五", "副县长王五一行"], ids=["name-only", "with-party"])
    def test_same_day_entry_of_the_same_person_goes_on(self, who: str) -> None:
        """The same official, printed without the title or with 一行, goes on the tour."""
        result = extract_text(
            "一周要闻\n\n8月3日上午,副县长王五到某镇检查防汛工作。\n\n"
            f"同日下午,{who}到某村看望受灾群众。\n\n"
            "8月4日,县长李四主持召开县政府常务会议。\n\n"
            "8月5日,县委书记张三到某街道调研。\n",
            published=dt.date(2021, 8, 10),
        )
        assert ["2021-08-03", "2021-08-04", "2021-08-05"] == [str(e.start) for e in result.events]

    def test_same_day_sentence_goes_on(self) -> None:
        """同日, opening a sentence of a report (a comma after it), goes on the same event."""
        page = split_page(
            "县里开会\n\n8月4日,县委书记主持召开全县干部大会。\n同日,县长主持召开调度会。\n"
        )
        assert 1 == len(page.reports)

    def test_numbered_items_opening_with_a_date(self) -> None:
        """``1.1月10日,…``: a number right before a date still opens an item."""
        page = split_page(
            "一周速览\n\n1.1月10日,某区举办主题活动。\n2.1月9日,某区总商会年会举行。\n"
        )
        assert 2 == len(page.reports)

    @pytest.mark.parametrize(
        "captions",
        [
            pytest.param(
                "伤健共融: 司长张建宗12月24日出席音乐会。\n"
                "迈进一步: 行政长官12月27日举行记者会。\n",
                id="dated-inside",
            ),
            pytest.param(
                "寻找商机: 司长曾俊华在午宴上致辞。(4月22日)\n"
                "继续对话: 局长张建宗与工人代表会面。(4月23日)\n",
                id="dated-at-the-end",
            ),
        ],
    )
    def test_labelled_photo_captions(self, captions: str) -> None:
        """A gallery's ``label: caption`` lines, each dated, are one report each."""
        page = split_page(f"政府主要活动图片\n官员过去一星期的主要活动精华\n{captions}")
        assert 2 == len(page.reports)

    def test_header_field_is_no_labelled_item(self) -> None:
        """``发布时间:2021年3月5日`` lines are header, not labelled items."""
        page = split_page(
            "标题\n发布时间:2021年3月5日\n更新时间:2021年3月6日\n3月4日,县长到某镇调研产业发展情况。\n"
        )
        assert 1 == len(page.reports)

    def test_wire_dateline_is_not_the_lead_s_day(self) -> None:
        """``某网11月21日电`` then a paragraph of 20日: one report, dated by the later paragraph."""
        result = extract_text(
            "马背宣讲\n\n中新网新疆新闻11月21日电(某某)几场冬雪覆盖草原,寒意渐浓。\n\n"
            "11月20号,某村党支部书记带领宣讲队前往冬窝子宣讲政策。\n"
        )
        (event,) = result.events
        assert (11, 20) == (event.start.month, event.start.day)


class TestChronicles:
    def test_month_heading_and_day_ranges(self) -> None:
        """``9/2001`` then day lines and ranges: days of that month, whatever the page's date."""
        result = extract_text(
            "2007/9/24 14:08:13\n9/2001\n"
            "3日 全国政协副主席来同里镇视察。\n"
            "9-14日 原北京大学副校长来吴江市考察。\n"
            "12日 市政协常委会议召开。\n"
        )
        assert [
            (dt.date(2001, 9, 3), dt.date(2001, 9, 4)),
            (dt.date(2001, 9, 9), dt.date(2001, 9, 15)),
        ] == [(e.start, e.end) for e in result.events][:2]
        assert 3 == len(result.events)

    @pytest.mark.parametrize(
        "dash",
        [
            pytest.param("—", id="em-dash"),
            pytest.param("——", id="double-em-dash"),
            pytest.param("~", id="tilde"),
            pytest.param("～", id="full-width-tilde"),
            pytest.param("-", id="hyphen"),
            pytest.param("－", id="full-width-hyphen"),
            pytest.param("至", id="zhi"),
        ],
    )
    def test_day_range_with_any_dash_opens_an_entry(self, dash: str) -> None:
        """A chronicle's range line opens its own entry whichever dash joins its days."""
        result = extract_text(
            "2019年9月大事记\n\n"
            "15日  某区文化节开幕式在某广场举行。\n"
            "同日  某区与某公司签约。\n"
            f"16{dash}19日  区长率代表团到某县学习考察。\n"
            "21日  某区运动会举行。\n"
        )
        assert [
            (dt.date(2019, 9, 15), dt.date(2019, 9, 16)),
            (dt.date(2019, 9, 15), dt.date(2019, 9, 16)),
            (dt.date(2019, 9, 16), dt.date(2019, 9, 20)),
            (dt.date(2019, 9, 21), dt.date(2019, 9, 22)),
        ] == [(e.start, e.end) for e in result.events]

    @pytest.mark.parametrize("joiner", ["—", "——", "~", "-", "－－", "至", "到", "、"])
    def test_day_range_line_is_cut_as_a_date_range_is_read(self, joiner: str) -> None:
        """A range line's joiner is any a date's range takes: the line opens its own entry."""
        text = (
            "2019年9月大事记\n\n"
            "15日  某区文化节开幕式在某广场举行。\n"
            f"16{joiner}19日  区长率代表团到某县学习考察。\n"
            "21日  某区运动会举行。\n"
        )
        assert [
            "15日  某区文化节开幕式在某广场举行。",
            f"16{joiner}19日  区长率代表团到某县学习考察。",
            "21日  某区运动会举行。",
        ] == [text[slice(*r.span)] for r in split_page(text).reports]

    def test_same_day_in_two_forms_is_one_report(self) -> None:
        """``11月18日,…`` then ``18日上午,…``: one day, one report."""
        page = split_page(
            "团代会召开\n\n11月18日,共青团某县第十二次代表大会在县会议中心召开。\n"
            "18日上午,大会在庄严的国歌声中拉开帷幕。\n"
        )
        assert 1 == len(page.reports)

    def test_table_page_dated_by_its_date_field(self) -> None:
        """A page of table cells without prose is dated by its 日期 field."""
        result = extract_text(
            "区议会第一次会议\n日期: | 2016-01-05 (星期二) |\n时间: | 下午2时30分 |\n"
            "议程 | 讨论时间 |\n推选区议会主席\n"
        )
        assert [dt.date(2016, 1, 5)] == [e.start for e in result.events]


class TestTeaserList:
    def test_headlined_dated_briefs(self) -> None:
        """A listing of headline + dated paragraph teasers: one report per dated teaser."""
        page = split_page(
            "司长探访儿童\n\n六月一日儿童节,社会文化司司长率官员前往医院探访住院儿童。\n"
            "继续阅读\n"
            "金融家会议\n\n由金融管理局主办的会议首次在澳门举行,代表聚首一堂。\n"
            "龙舟赛战况激烈\n\n由体育局主办的国际龙舟赛6月1日在南湾湖水上活动中心拉开序幕。\n"
        )
        assert 2 == len(page.reports)

    def test_a_day_named_in_passing_opens_no_brief(self) -> None:
        """``…通报了…及2月23日某村发生的火情``: a day of something else opens no report."""
        page = split_page(
            "森林防火现场会\n\n2018年2月24日上午,某镇召开森林防火工作现场会,各村负责人参加。\n"
            "本期要目(某镇召开森林防火工作\n"
            "会上,武装部长通报了近期发生的森林火情,及2月23日某村发生森林火情的情况。\n"
        )
        assert 1 == len(page.reports)


class TestRoundOfVisits:
    def test_one_report_per_official(self) -> None:
        """``多名官员…到访多区`` then one paragraph per official's visit: one event each."""
        result = extract_text(
            "官员落区探访\n\n本报1月27日讯 临近新春,特区政府多名主要官员今日到访多区探访市民。\n\n"
            "政务司司长陈国基到西贡区探访独居长者,了解他们的生活情况。\n\n"
            "财政司副司长黄伟纶在荃湾区探访基层家庭,送上贺年福袋。\n"
        )
        assert ["政务司司长陈国基", "财政司副司长黄伟纶"] == [
            e.summary[:9].rstrip("在到") for e in result.events
        ]
        assert all(e.start == dt.date(2020, 1, 27) for e in result.events)

    def test_one_official_s_tour_stays_one_report(self) -> None:
        """Without a round-up lead, a later paragraph of the same tour is no new event."""
        page = split_page(
            "区长调研\n\n本报讯 1月27日,区长张建华到某社区调研。\n\n"
            "随后,区长张建华在街道主任陪同下到某小区探访独居长者。\n\n"
            "副区长李明在某村走访困难家庭。\n"
        )
        assert 1 == len(page.reports)

    def test_an_item_s_own_date_is_its_own(self) -> None:
        """A caption dated 26日 among the officials' paragraphs does not re-date the others."""
        result = extract_text(
            "官员落区探访\n\n本报1月27日讯 特区政府多名主要官员今日到访多区探访市民。\n\n"
            "局长麦美娟26日在屯门探访独居长者。\n\n"
            "政务司司长陈国基到西贡区探访独居长者,了解他们的生活情况。\n"
        )
        assert [26, 27] == [e.start.day for e in result.events]

    LEAD = "官员落区探访\n\n本报1月27日讯 特区政府多名主要官员今日到访多区探访市民。\n\n"

    def test_paragraphs_under_sub_headings(self) -> None:
        """A visit's paragraph right after its sub-heading opens an item too."""
        result = extract_text(
            self.LEAD + "陈国基黄伟纶访西贡荃湾\n\n"
            "政务司司长陈国基到西贡区探访独居长者。\n\n"
            "财政司副司长黄伟纶则在荃湾区探访基层家庭。\n\n"
            "谢展寰赴观塘\n\n"
            "环境及生态局局长谢展寰在观塘区探访残疾人士住户。\n"
        )
        assert 3 == len(result.events)
        assert all(e.start == dt.date(2020, 1, 27) for e in result.events)

    def test_two_officials_in_one_paragraph(self) -> None:
        """Another official's visit told in one paragraph is another event, of the lead's day."""
        page = (
            self.LEAD + "政务司司长陈国基到西贡区探访独居长者。"
            "财政司副司长黄伟纶在荃湾区探访基层家庭。"
            "局长谢展寰在观塘区探访残疾人士住户。\n\n"
            "民政局局长麦美娟在离岛区探望车祸死伤者的家属。\n"
        )
        result = extract_text(page)
        assert 4 == len(result.events)
        assert all(e.start == dt.date(2020, 1, 27) for e in result.events)
        second = result.events[1].source
        assert second is not None
        assert (page.index("财政司"), page.index("局长谢展寰")) == second.span

    def test_the_same_official_again_goes_on(self) -> None:
        """A later sentence of the paragraph's own official is the same visit."""
        page = split_page(
            self.LEAD + "政务司司长陈国基到西贡区探访独居长者。"
            "政务司司长陈国基又到某邨探望双老家庭。\n\n"
            "财政司副司长黄伟纶在荃湾区探访基层家庭。\n"
        )
        assert 2 == len([r for r in page.reports if r.part == "item"])

    def test_an_opening_without_an_official_stays(self) -> None:
        """An item's opening sentence that names no official's visit is its intro, not an item."""
        page = split_page(
            "官员落区探访\n发布时间:2020-01-27\n特区政府多名主要官员今日到访多区探访市民。\n\n"
            "陈国基访西贡长者家庭\n\n"
            "家访活动由民政总署统筹。政务司司长陈国基到西贡区探访独居长者。\n\n"
            "黄伟纶访荃湾基层家庭\n\n"
            "财政司副司长黄伟纶在荃湾区探访基层家庭。\n"
        )
        assert 2 == len([r for r in page.reports if r.part == "item"])


@pytest.mark.parametrize(
    "marker",
    ["东南网4月16日福清站讯", "秦州区(qū)融媒体中心9月26日讯"],
)
def test_datelines_with_a_station_or_a_reading(marker: str) -> None:
    """An outlet's station after the date, or a reading inside the outlet's name."""
    (report,) = split_page(f"标题\n{marker}(记者 张丹阳)4月15日,某镇开展巡河活动。\n").reports
    assert report.marker == marker
    assert report.body.text.startswith("4月15日")


class TestSiteFurniture:
    def test_closing_credit_before_the_sites_short_lines(self) -> None:
        """``关键词:`` and ``最近更新`` after the last paragraph do not hide its credit."""
        result = extract_text(
            "某市部署防汛工作\n\n时间:2021-07-02 10:00  来源:某某网\n\n"
            "7月1日下午,某市召开防汛工作会议,市长王某某主持会议。\n\n"
            "会议要求,各地要压实责任,确保安全度汛。(张明亮 李华)\n\n\n关键词:\n最近更新\n推荐资讯\n"
        )
        assert ["张明亮", "李华"] == [b.person.name for b in result.events[0].source.byline]

    @pytest.mark.parametrize(
        "after",
        [
            "国旗入场\n运动员入场(教育系统)\n拔河现场 |\n",
            "上一条:某县召开经济运行分析会议 下一条:某县长查看重点项目\n\n关闭\n",
        ],
    )
    def test_closing_credit_before_captions_or_links(self, after: str) -> None:
        """Photo captions or links after the credit closing the report do not hide it."""
        (report,) = split_page(
            f"某县运动会开幕\n\n9月25日上午,某县首届职工运动会开幕,比赛将持续两天。"
            f"(钱明 孙丽摄影报道)\n{after}"
        ).reports
        assert ["钱明", "孙丽"] == [b.name for b in report.byline]
        assert report.body.text.endswith("持续两天。")

    def test_a_sentence_after_the_credit_goes_on(self) -> None:
        """A credit with a sentence after it is no closing credit: the body goes on."""
        (report,) = split_page(
            "某县运动会开幕\n\n9月25日上午,某县首届职工运动会开幕。(钱明 孙丽)\n"
            "比赛将持续两天。\n国旗入场\n"
        ).reports
        assert "持续两天。" in report.body.text

    def test_caption_closed_by_its_photographer_ends_its_paragraph(self) -> None:
        """``…正式启动。钱明 摄`` ends its line's paragraph, and credits the photographer."""
        (report,) = split_page(
            "某区嘉年华启动\n\n某区嘉年华今日正式启动。钱明 摄\n"
            "嘉年华的启动礼于今午(12日)举行,局长某某致辞。\n"
        ).reports
        assert ["钱明"] == [b.name for b in report.byline]
        assert "钱明 摄\n嘉年华" in report.body.text

    def test_a_short_last_sentence_stays_body(self) -> None:
        """A short last line that ends a sentence is body, not furniture."""
        page = split_page("本报讯 5月3日,某镇召开会议,镇长主持。\n会议圆满结束。\n")
        assert page.reports[0].body.text.endswith("会议圆满结束。")

    def test_a_line_without_words_is_no_headline(self) -> None:
        """Stray backslash lines between paragraphs of one day head no teaser."""
        page = split_page(
            "考察团赴外地学习考察\n\n2018-03-28 10:45 记者 张明亮\n\\\n\n"
            "3月27日,市委书记率领考察团来到某市,进行参观考察。\n\n\\\n\n"
            "3月27日上午,考察团先后参观了科技馆、产业园,了解发展情况。\n"
        )
        assert 1 == len(page.reports)

    def test_credit_on_the_web_headers_date_line(self) -> None:
        """``2018-03-28 10:45 网址 记者 X Y``: a date line that goes on credits the report."""
        result = extract_text(
            "某市召开防汛会议\n\n2021-07-02 10:45   www.example.cn   记者 张明亮 李华\n\n"
            "7月1日下午,某市召开防汛工作会议,市长王某某主持会议。\n"
        )
        assert ["张明亮", "李华"] == [b.person.name for b in result.events[0].source.byline]


class TestRoundUpActors:
    def test_one_officials_same_day_paragraphs_are_one_event(self) -> None:
        """A day's round-up: one official's summary, morning and afternoon are one tour."""
        page = split_page(
            "区领导检查防疫工作\n\n"
            "5月6日,副市长王某某到我区检查防疫工作。\n"
            "5月6日上午,副市长王某某检查东街社区采样点。\n"
            "5月6日下午,副市长王某某到西街社区慰问一线人员。\n"
            "5月6日,副区长李某某到南街检查防疫工作。\n"
            "5月6日,副区长赵某某到北街检查防疫工作。\n"
        )
        assert 3 == len(page.reports)

    def test_other_days_stay_apart(self) -> None:
        """The same official on another day is another event."""
        page = split_page(
            "一周要闻\n\n"
            "5月6日,副市长王某某到东街检查防疫工作。\n"
            "5月7日,副市长王某某到西街检查防疫工作。\n"
            "5月8日,副区长李某某到南街检查防疫工作。\n"
        )
        assert 3 == len(page.reports)


class TestSentenceOfAnotherDay:
    """A sentence inside a paragraph that opens with another full date starts a report."""

    PAGE = (
        "区里一周\n\n本报讯 5月28日,区长主持召开会议,研究防汛工作。"
        "5月31日,区长到甲社区调研。\n(记者 张明)\n"
    )

    def test_splits_the_paragraph(self) -> None:
        """Each day is a report; the later one keeps only the byline."""
        first, second = split_page(self.PAGE).reports
        assert first.body.text.endswith("防汛工作。")
        assert second.body.text.startswith("5月31日,区长")
        assert "" == second.headline
        assert "" == second.marker
        assert ["张明"] == [b.name for b in second.byline] == [b.name for b in first.byline]

    def test_spans_point_into_the_page(self) -> None:
        """Both spans are the page's; the later one starts at its date, the first ends before it."""
        first, second = split_page(self.PAGE).reports
        at = self.PAGE.index("5月31日")
        assert at == second.span[0]
        assert first.span[1] <= second.span[0]
        assert self.PAGE[second.span[1] - 1] == ")"  # the byline closes the last part
        for r in (first, second):
            assert all(self.PAGE[r.body.origin(i)] == c for i, c in enumerate(r.body.text))

    def test_evidence_of_the_new_event(self) -> None:
        """The later event's date evidence points at the page's own date."""
        result = extract_text(self.PAGE, published=dt.date(2024, 6, 1))
        assert [dt.date(2024, 5, 28), dt.date(2024, 5, 31)] == [e.start for e in result.events]
        start = result.evidence[1]["start"]
        assert "5月31日" == self.PAGE[start.start : start.end]

    @pytest.mark.parametrize(
        "sentence",
        [
            pytest.param("5月31日上午区长到甲社区调研。", id="time-of-day"),
            pytest.param("5月31日至6月1日,区长到甲社区调研。", id="range"),
            pytest.param("2024年5月31日,区长到甲社区调研。", id="same-year"),
            pytest.param("5月31日晚8时,区长到甲社区调研。", id="clock"),
            pytest.param("2024年5月31日社区干部深入各小组走访。", id="year-then-subject"),
        ],
    )
    def test_opening_forms(self, sentence: str) -> None:
        """A date said as when the act took place, in any of its forms."""
        page = f"区里一周\n\n2024年5月28日,区长主持召开会议。{sentence}\n"
        assert 2 == len(split_page(page).reports)

    @pytest.mark.parametrize(
        "rest",
        [
            pytest.param("5月28日下午,区长到甲社区调研。", id="same-day"),
            pytest.param("当天下午,区长到甲社区调研。", id="that-day"),
            pytest.param("会议传达了于5月8日召开的会议精神。", id="inside-a-clause"),
            pytest.param("会议学习了中央精神;4月30日中央会议精神。", id="named-day"),
            pytest.param("6月2日前,各镇要完成排查。", id="deadline"),
            pytest.param("2019年5月3日,甲社区被评为先进。", id="another-year"),
            pytest.param("去年5月3日,甲社区刚刚建成。", id="last-year"),
            pytest.param("5月31日甲社区召开会议。", id="no-year-then-subject"),
            pytest.param("2024年6月2日为全区选举日。", id="a-day-that-is-something"),
            pytest.param("2024年6月2日是全区选举日。", id="a-day-that-is-something-shi"),
            pytest.param("2024年5月20日召开的市委全会作出部署。", id="a-day-naming-a-meeting"),
            pytest.param("2024年5月20日印发的《方案》明确了任务。", id="a-day-naming-a-paper"),
            pytest.param("2024年6月2日前各镇要完成排查。", id="deadline-without-comma"),
            pytest.param("2024年6月2日起各镇开展排查。", id="from-a-day-on"),
            pytest.param("2024年5月3日以来各镇开展排查。", id="since-a-day"),
        ],
    )
    def test_same_report(self, rest: str) -> None:
        """The same day, a day inside a clause, a deadline or history go on the same report."""
        page = f"区里开会\n\n2024年5月28日,区长主持召开会议。{rest}\n"
        assert 1 == len(split_page(page).reports)

    @pytest.mark.parametrize(
        "rest",
        [
            pytest.param("2019年3月5日成立以来,协会共吸纳会员500余名。", id="since-founded"),
            pytest.param("2019年3月5日协会在甲镇成立。", id="another-year-then-subject"),
        ],
    )
    def test_same_report_under_a_lead_without_its_year(self, rest: str) -> None:
        """Under a lead without its year, a year-printed date straight before words is history."""
        page = f"协会年会\n\n10月8日,甲协会召开2024年年会。{rest}\n"
        assert 1 == len(split_page(page).reports)
        result = extract_text(page, published=dt.date(2024, 10, 9))
        assert [dt.date(2024, 10, 8)] == [e.start for e in result.events]

    def test_the_page_bound_holds(self) -> None:
        """A paragraph of more days than a page's bound gives that many reports, no more."""
        days = "".join(f"{i % 12 + 1}月{i % 28 + 1}日,区长到甲社区调研。" for i in range(1200))
        reports = split_page(f"区里一周\n\n{days}\n").reports
        assert MAX_REPORTS == len(reports)
        assert reports[-1].body.text.endswith("调研。")

    def test_a_log_s_paragraph_restating_its_day_is_another_act(self) -> None:
        """After sentences told days one by one, a paragraph printing a day again is another act."""
        log = (
            "本周,区里抓防汛,各级干部深入一线排查隐患,确保安全度汛。\n\n"
            "这一周,区里部署防汛。5月28日,区长主持召开会议。5月31日,区长到甲社区调研。"
        )
        page = f"区里一周\n\n{log}\n\n5月31日,区委书记王明到乙街道检查防汛。\n"
        assert 3 == len(split_page(page).reports)
        # The same day with its time of day goes on: the afternoon of that act.
        later = f"区里一周\n\n{log}\n\n5月31日下午,区长在甲社区召开座谈会。\n"
        assert 2 == len(split_page(later).reports)

    def test_first_date_after_an_undated_opening(self) -> None:
        """A paragraph opening with a saying, then its date: the date is the report's own."""
        page = "区里调研\n\n春回大地,万物复苏。3月5日,区长到甲村调研。\n"
        assert 1 == len(split_page(page).reports)


class TestRoundUpSayings:
    """A round-up paragraph may open with a saying before its own date."""

    PAGE = (
        "各地政协动态\n"
        "2月6日,甲市政协召开党组会议。甲市政协主席王明主持会议。\n"
        "2月7日,乙市政协召开学习会议。乙市政协主席李强主持会议。\n"
        "{saying}2月7日,丙区政协会议举行第二次全体会议。\n"
        "2月8日,丁市政协会议闭幕。丁市政协主席赵刚主持闭幕大会。\n"
    )

    def test_the_saying_s_paragraph_is_an_item(self) -> None:
        """Its date, the same as the item before, still opens an item of its own."""
        page = self.PAGE.format(saying="汇聚民意献良策,共谋发展谱新篇。")
        result = extract_text(page, published=dt.date(2023, 3, 1))
        assert ["2023-02-06", "2023-02-07", "2023-02-07", "2023-02-08"] == [
            str(e.start) for e in result.events
        ]

    @pytest.mark.parametrize(
        ("line", "events"),
        [
            pytest.param("2月7日,丙区政协会议举行第二次全体会议。", 4, id="date-first"),
            pytest.param(
                "会议期间,委员们认真审议了报告。丙区政协会议举行全体会议。", 3, id="no-date"
            ),
        ],
    )
    def test_other_paragraphs(self, line: str, events: int) -> None:
        """A paragraph opening with its date is an item; one with no date stays in the item."""
        page = self.PAGE.replace("{saying}2月7日,丙区政协会议举行第二次全体会议。", line)
        assert events == len(extract_text(page, published=dt.date(2023, 3, 1)).events)

    def test_one_report_is_no_round_up(self) -> None:
        """A report whose lead opens with a saying is one report."""
        page = "区里开会\n\n春回大地,万物复苏。3月5日,区长到甲村调研。\n区长要求抓好春耕。\n"
        assert 1 == len(split_page(page).reports)


class TestTwoChairedMeetings:
    """One sentence that has two meetings chaired (主持召开 twice) tells two meetings."""

    @pytest.mark.parametrize(
        "sentence",
        [
            pytest.param(
                "区委书记陈建国主持召开区委常委会会议,区长刘明主持召开区政府常务会议,"
                "分别审议有关方案。",
                id="two-chairs",
            ),
            pytest.param(
                "区长刘明主持召开区政府专题会;主持召开区政府常务会。",
                id="one-chair-twice",
            ),
            pytest.param(
                "区委书记陈建国主持召开区委常委会会议,区长刘明主持召开区政府常务会议并讲话。",
                id="and-after-the-second",
            ),
        ],
    )
    def test_two_meetings_of_the_day(self, sentence: str) -> None:
        """Each meeting is an event; the later one keeps the day told before it."""
        result = extract_text(f"区里开会\n\n4月23日,{sentence}\n", published=dt.date(2024, 5, 1))
        assert [dt.date(2024, 4, 23)] * 2 == [e.start for e in result.events]
        assert all("meeting" in e.kinds for e in result.events)

    def test_the_later_chair_leads_the_later_meeting(self) -> None:
        """The second chair's printed title stays with the second meeting."""
        result = extract_text(
            "区里开会\n\n4月23日,区委书记陈建国主持召开区委常委会会议,"
            "区长刘明主持召开区政府常务会议。\n",
            published=dt.date(2024, 5, 1),
        )
        assert [[("陈建国", "区委书记")], [("刘明", "区长")]] == [
            [(p.person.name, p.person.title) for p in e.participants if p.role == "leads"]
            for e in result.events
        ]

    @pytest.mark.parametrize(
        "sentence",
        [
            pytest.param("区长刘明到甲镇调研,并主持召开座谈会。", id="one-meeting-on-a-tour"),
            pytest.param(
                "区长刘明主持召开常务会议。会议由副区长主持召开分组讨论。",
                id="two-sentences",
            ),
            pytest.param(
                "区长刘明主持召开常务会议并讲话,会后主持召开了座谈。", id="no-meeting-before"
            ),
            pytest.param("区长刘明主持召开常务会议,会后主持召开座谈会。", id="after-it"),
            pytest.param("区长刘明主持召开常务会议,并主持召开座谈会。", id="and-then"),
            pytest.param(
                "区长刘明主持召开常务会议,会议结束后主持召开座谈会。", id="after-it-in-words"
            ),
            pytest.param("区长刘明主持召开常务会议,结束后又主持召开座谈会。", id="ended-then"),
            pytest.param("区长刘明主持召开常务会议,会议期间主持召开座谈会。", id="during-it"),
        ],
    )
    def test_one_meeting(self, sentence: str) -> None:
        """A meeting on a tour, or 主持召开 in another sentence, tells no second meeting here."""
        page = f"区里开会\n\n4月23日,{sentence}\n"
        assert 1 == len(split_page(page).reports)

    def test_the_page_bound_holds(self) -> None:
        """Days and meetings cut together give a page's bound of reports, no more."""
        days = "".join(
            f"{i % 12 + 1}月{i % 28 + 1}日,区长主持召开甲会,副区长主持召开乙会。"
            for i in range(700)
        )
        reports = split_page(f"区里一周\n\n{days}\n").reports
        assert MAX_REPORTS == len(reports)
        assert reports[-1].body.text.endswith("主持召开乙会。")


class TestMappedPart:
    @given(st.text(alphabet="甲乙。\n", max_size=40), st.integers(0, 40), st.integers(0, 40))
    def test_part_maps_back(self, text: str, a: int, b: int) -> None:
        """Any slice of an assembled body still maps each character to the page."""
        runs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        body = Mapped.from_runs(text, runs)
        a, b = sorted((min(a, len(body.text)), min(b, len(body.text))))
        part = body.part(a, b)
        assert body.text[a:b] == part.text
        assert all(text[part.origin(i)] == c for i, c in enumerate(part.text))


def test_a_byline_line_read_twice_is_the_same_and_not_shared() -> None:
    """A line's credits are read once; each caller gets its own list."""
    page = Page("某县召开会议\n记者 钱明 通讯员 孙丽\n3月5日,县长张某主持召开会议。\n")
    first = page.byline_line(1)
    assert first is not None
    assert [b.name for b in first] == ["钱明", "孙丽"]
    first.clear()  # a caller's list is its own: the next reading is whole
    again = page.byline_line(1)
    assert again is not None
    assert [b.name for b in again] == ["钱明", "孙丽"]
    assert page.byline_line(2) is None


def test_a_header_line_read_twice_is_still_a_header_line() -> None:
    """The page keeps each line's header reading; asking again gives the same."""
    page = Page("某县召开会议\n发布时间:2021-03-05 来源:某县政府\n3月5日,县长张某主持召开会议。\n")
    assert [page.is_meta(i) for i in range(3)] == [False, True, False]
    assert [page.is_meta(i) for i in range(3)] == [False, True, False]


def test_hollow_triangle_bullets_open_digest_items() -> None:
    """``△6月2日,…``: a hollow triangle opens a dated item as its solid twin does."""
    result = extract_text(
        "县政府6月份政务动态\n"
        "△2022年6月1日,县长某某主持召开常务会议。\n"
        "△6月2日,县委书记某某到某镇调研。\n"
        "△6月5日,副县长某某检查防汛工作。\n"
    )
    assert ["2022-06-01", "2022-06-02", "2022-06-05"] == [str(e.start) for e in result.events]


@pytest.mark.parametrize(
    "tool",
    [
        "【打印本文】",
        "【 打印 】",
        "【关闭窗口】",
        "【打印】 【关闭】",
    ],
)
def test_a_print_tool_line_is_header_not_the_report(tool: str) -> None:
    """``【打印本文】`` under the posting date is furniture: the body's own day dates the event."""
    page = (
        "县委书记深入乡镇调研……\n"
        "2021年5月9日 10时18分\n"
        "【字体:大 中 小】\n"
        f"{tool}\n"
        "6日,县委书记张某深入某镇调研春耕生产,并看望慰问基层干部。\n"
        "张某强调,要抓好春耕备耕工作。\n"
    )
    events = extract_text(page).events
    assert [dt.date(2021, 5, 6)] == [e.start for e in events]
    assert "打印" not in events[0].title
    assert "打印" not in split_page(page).reports[0].body.text


def test_a_date_line_with_hours_in_words_is_a_header_line() -> None:
    """``2021年5月9日 10时18分``: a posting stamp, whose clock is told in 时 and 分."""
    page = Page("某县召开会议\n2021年5月9日 10时18分\n3月5日,县长张某主持召开会议。\n")
    assert [page.is_meta(i) for i in range(3)] == [False, True, False]


def test_a_sentence_ending_in_a_picture_s_file_name_is_prose() -> None:
    """A body line that closes with a picture's file name (``…开幕。640.png``) is still the body."""
    page = (
        "某镇首届篮球赛开赛\n"
        "时间:2024-07-25 16:02:23 来源:某县融媒\n"
        "【 打印 】\n"
        "7月20日,某镇首届“镇长杯”篮球赛开赛。640.png\n"
        "副县长李某出席开幕式并宣布比赛开始。\n"
        "640 (1).png\n"
    )
    report = split_page(page).reports[0]
    assert report.headline == "某镇首届篮球赛开赛"
    assert report.body.text.startswith("7月20日")
    assert [dt.date(2024, 7, 20)] == [e.start for e in extract_text(page).events]


@pytest.mark.parametrize(
    "tools", ["加大字体 缩小字体 收藏 取消收藏 打印", "—分享—", "收藏 打印", "打印", "• 字体放大"]
)
def test_a_line_of_bare_page_tools_is_no_headline(tools: str) -> None:
    """Page tools without brackets (``收藏 打印``, ``—分享—``) leave the headline above them."""
    page = (
        "副县长检查燃气安全\n"
        "来源:某县融媒 发布时间: 2021-12-13 09:28\n"
        f"{tools}\n"
        "12月8日,副县长王某带领相关部门负责人检查城区燃气安全。\n"
        "王某强调,要加强隐患整改。\n"
    )
    report = split_page(page).reports[0]
    assert report.headline == "副县长检查燃气安全"
    assert report.body.text.startswith("12月8日")


@pytest.mark.parametrize("line", ["分享发展成果", "打印机采购项目开标", "正常开展工作"])
def test_a_headline_opening_with_a_tool_word_is_still_a_headline(line: str) -> None:
    """A tool word inside a headline's words (分享发展成果) makes no page tool line."""
    page = Page(f"{line}\n发布时间:2021-03-05\n3月5日,县长张某主持召开会议。\n")
    assert page.is_headline(0)


_TOOL_WORDS = [
    "打印",
    "打印本页",
    "关闭窗口",
    "收藏",
    "取消收藏",
    "分享",
    "加大字体",
    "缩小字体",
    "纠错",
]


@given(
    st.lists(st.sampled_from(_TOOL_WORDS), min_size=1, max_size=5),
    st.sampled_from([" ", "  ", "】【", "】 【", " | "]),
    st.sampled_from([("", ""), ("【", "】"), ("—", "—"), ("• ", "")]),
)
def test_any_row_of_page_tools_is_a_header_line(
    words: list[str], sep: str, frame: tuple[str, str]
) -> None:
    """However the tools are listed and framed, the row is header, never the headline."""
    row = sep.join(words)
    if "【" in sep:
        frame = ("【", "】")
    row = f"{frame[0]}{row}{frame[1]}"
    page = Page(f"某县召开会议\n{row}\n3月5日,县长张某主持召开会议。\n")
    assert page.is_meta(1)
    assert not page.is_headline(1)


@pytest.mark.parametrize(
    "tools",
    [
        pytest.param("【打印本页】 【关闭窗口】", id="print-close"),
        pytest.param("【打印本文】", id="print-this-article"),
        pytest.param("关闭本页", id="close-this-page"),
        pytest.param("加入收藏 返回顶部", id="keep-go-back"),
        pytest.param("我要纠错", id="report-an-error"),
        pytest.param("分享到:微信 微博", id="share-to"),
        pytest.param("扫一扫在手机打开当前页", id="scan"),
        pytest.param("字体大小:大 中 小", id="text-size"),
    ],
)
def test_page_tools_printed_in_full_end_a_web_body(tools: str) -> None:
    """Page tools after the body are footer: what follows them is no report text."""
    (report,) = split_page(
        "某镇召开防汛工作会议\n发布时间:2021-03-05\n\n3月4日,某镇召开防汛工作会议。\n"
        f"会议要求各村做好准备。\n{tools}\n相关单位负责人参加会议,听取汇报。\n"
    ).reports
    assert report.body.text.startswith("3月4日,某镇召开")
    assert "会议要求各村做好准备" in report.body.text
    assert "相关单位" not in report.body.text


def test_share_buttons_above_the_body_end_nothing() -> None:
    """分享至 heads the share buttons above the body: the report after it is read whole."""
    (report,) = split_page(
        "某镇召开防汛工作会议\n发布时间:2021-03-05\n分享至\n3月4日,某镇召开防汛工作会议。\n"
        "会议要求各村做好准备。\n"
    ).reports
    assert report.body.text.startswith("3月4日,某镇召开")
    assert "会议要求各村做好准备" in report.body.text


class TestPartsOfARange:
    """A lead printing a range may sum up parts told after it, each with its own day."""

    def test_parts_told_out_of_order_are_events(self) -> None:
        """Parts told back to an earlier day are separate acts; the lead sums them up."""
        page = (
            "某镇开展节前安全督查\n\n发布时间:2025-10-01 09:55\n\n"
            "喜迎双节,9月28日-9月29日,某镇领导带队开展安全督查。确保群众平安过节。\n\n"
            "为筑牢农业安全防线,9月29日,某镇有关领导带队前往甲厂、乙码头开展农业安全督查。\n\n"
            "在甲厂,检查组查看了培训记录。\n\n"
            "9月28日,某镇有关领导带队前往丙学校、丁幼儿园开展安全督导。\n\n"
            "检查组要求各单位落实主体责任。\n"
        )
        reports = split_page(page).reports
        assert ["intro", "report", "report"] == [r.part for r in reports]
        assert reports[1].body.text.startswith("为筑牢")
        assert "甲厂,检查组" in reports[1].body.text
        assert reports[2].body.text.startswith("9月28日")
        result = extract_text(page)
        assert [dt.date(2025, 9, 29), dt.date(2025, 9, 28)] == [e.start for e in result.events]

    def test_ranged_parts_inside_one_paragraph(self) -> None:
        """Parts printed as ranges of their own, out of order, inside one paragraph."""
        page = (
            "9月9日至17日,县人大常委会先后开展了两部法规的执法检查。 15日至17日,副主任甲某率组"
            "深入甲镇、乙镇检查条例贯彻情况。检查组认为成效明显。 9日至16日,副主任乙某率组"
            "先后来到县法院、县检察院检查法律贯彻情况。\n"
        )
        # Published a month later: the parts' days are of the month the lead prints.
        result = extract_text(page, published=dt.date(2009, 10, 20))
        got = [(e.start, e.end) for e in result.events]
        assert [
            (dt.date(2009, 9, 15), dt.date(2009, 9, 18)),
            (dt.date(2009, 9, 9), dt.date(2009, 9, 17)),
        ] == got

    @pytest.mark.parametrize(
        "page",
        [
            pytest.param(
                "县长调研\n\n2月5日—6日,县长在副县长陪同下深入甲镇、乙镇调研。\n\n"
                "5日下午,县长一行查看甲镇产业基地。\n\n6日,深入乙镇搬迁点开展调研。\n",
                id="days-in-order",
            ),
            pytest.param(
                "考察团学习考察\n\n5月1日至6日,考察团赴外省学习考察。\n\n"
                "1日至3日,考察团在甲市参观了产业园。\n\n4日至6日,考察团在乙市考察了港口。\n",
                id="stages-in-order",
            ),
            pytest.param(
                "区长调研\n\n5月8日至10日,区长到甲镇调研。9日,区长到乙村查看项目。\n",
                id="one-day-told",
            ),
        ],
    )
    def test_a_tour_told_in_order_stays_one_event(self, page: str) -> None:
        """A tour's days or stages told in their order are one event over the range."""
        result = extract_text(page, published=dt.date(2024, 6, 1))
        assert 1 == len(result.events)

    def test_a_range_at_the_page_bound_stays_an_event(self) -> None:
        """A range report left uncut at the page's bound is no intro: it is the last event."""
        briefs = "".join(
            f"本报讯 5月{i % 28 + 1}日,第{i}组到甲社区调研。\n" for i in range(MAX_REPORTS - 1)
        )
        tour = "本报讯 9月28日至29日,县长带队督查。9月29日,县长前往甲厂。9月28日,县长前往乙校。\n"
        reports = split_page(f"区里一周\n\n{briefs}{tour}").reports
        assert MAX_REPORTS == len(reports)
        assert "report" == reports[-1].part
        assert reports[-1].body.text.endswith("前往乙校。")

    @pytest.mark.parametrize(
        ("page", "start", "end"),
        [
            pytest.param(
                "县长到甲镇调研\n\n10月5日至6日,县长张三到甲镇调研乡村振兴工作。6日上午,张三察看了"
                "乙村蔬菜基地。5日下午,张三主持召开座谈会,听取甲镇工作汇报。\n",
                dt.date(2024, 10, 5),
                dt.date(2024, 10, 7),
                id="highlight-first",
            ),
            pytest.param(
                "国庆假期旅游\n\n10月1日至7日,国庆假期我县共接待游客12万人次。3日上午,县长检查"
                "甲景区安全工作。1日上午,副县长检查乙景区。\n",
                dt.date(2024, 10, 1),
                dt.date(2024, 10, 8),
                id="a-holiday",
            ),
            pytest.param(
                "安全生产大检查\n\n10月1日至31日,全县开展安全生产大检查。15日上午,县长张三检查甲厂。"
                "8日上午,副县长李四检查乙校。\n",
                dt.date(2024, 10, 1),
                dt.date(2024, 11, 1),
                id="a-month-long-campaign",
            ),
        ],
    )
    def test_stages_told_out_of_order_stay_one_event(
        self, page: str, start: dt.date, end: dt.date
    ) -> None:
        """Bare days with their time of day are a range's stages, told in whatever order."""
        assert ["report"] == [r.part for r in split_page(page).reports]
        result = extract_text(page, published=dt.date(2024, 11, 5))
        assert [(start, end)] == [(e.start, e.end) for e in result.events]


@pytest.mark.parametrize(
    ("opening", "names", "body"),
    [
        pytest.param(
            "某某信息港讯 记者钱大明 春风化雨润万家。5月3日,某县召开大会。",
            ["钱大明"],
            "春风化雨润万家。",
            id="spaced-credit",
        ),
        pytest.param(
            "云上某某讯 记者孙小红报道:5月3日,某县召开大会。",
            ["孙小红"],
            "5月3日,",
            id="credit-closed-by-its-mark",
        ),
        pytest.param(
            "某某之窗讯 通讯员李四 记者赵晓东 5月3日,某镇召开大会。",
            ["李四", "赵晓东"],
            "5月3日,",
            id="two-credits",
        ),
        pytest.param(
            "某某信息港讯 记者张三 5月3日,县长王明到东山村调研。",
            ["张三"],
            "5月3日,",
            id="review-case",
        ),
    ],
)
def test_an_unknown_outlet_s_xun_and_its_credit_leave_the_body(
    opening: str, names: list[str], body: str
) -> None:
    """``某某信息港讯 记者X``: an outlet the markers do not know; its 讯 and credit are no body."""
    (report, *_) = split_page(f"某县召开大会\n{opening}\n约三千人参加大会。\n").reports
    assert (names, True) == (
        [b.name for b in report.byline],
        report.body.text.startswith(body),
    )


def test_the_summary_leaves_out_an_unknown_outlet_s_xun_and_credit() -> None:
    """The outlet and the credit after its 讯 open no event's summary."""
    result = extract_text("某某信息港讯 记者张三 5月3日,县长王明到东山村调研。")
    assert [("县长王明到东山村调研。", ("张三",))] == [
        (e.summary, tuple(b.person.name for b in e.source.byline)) for e in result.events
    ]


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("喜讯 记者从某县获悉,某镇获评先进。", id="a-word-ending-in-xun"),
        pytest.param("某某信息港讯 5月3日,记者钱大明在某县采访。", id="no-credit-after"),
        pytest.param("据某某讯,记者钱大明报道:某县召开大会。", id="quoted-with-a-comma"),
        pytest.param("据新华社讯 记者钱大明报道:某县召开大会。", id="quoted-agency"),
        pytest.param("来源某某讯 记者钱大明 某县召开大会。", id="source"),
        pytest.param("转自某某讯 记者钱大明 某县召开大会。", id="reposted"),
    ],
)
def test_a_xun_that_is_no_outlet_s_own_credits_nobody(opening: str) -> None:
    """A 讯 opening no credit, or a quoted source's (据, 来源, 转自), credits nobody."""
    (report, *_) = split_page(f"某县召开大会\n{opening}\n约三千人参加大会。\n").reports
    assert [] == [b.name for b in report.byline]


#: The header pattern as one alternation, its bounds as matched: what ``META`` reads.
_META_AS_WRITTEN = re.compile(
    r"(?:(?:发布时间|发布日期|发表时间|更新时间|时间|日期|来源|作者|浏览|阅读|点击|访问|"
    r"责任编辑|责编|编辑|当前位置|您的位置|所在位置|首页|字号|字体|分享到?|打印)\s*[:>]|分享至|"
    r"次浏览|浏览次数|阅读次数|\s>\s|^>|>$|^欢迎(?:访问|光临|来到|进入))"
)
_META_WORDS = re.findall(r"[\u4e00-\u9fff]+", _META_AS_WRITTEN.pattern)


def test_the_header_pattern_finds_a_field_where_its_branches_do() -> None:
    """Opening every branch on a literal changes no line's answer."""
    samples = [w + end for w in _META_WORDS for end in ("", ":", " >", " :", "次数", "\n")]
    samples += [" > 首页", ">", "首页>", "欢迎光临", "某某 > 某某", "某>某", "某 >某", "> 某"]
    samples += ["某 >", "某欢迎访问", "欢迎某", "a>\n", "\n>", ">\n"]
    for text in samples:
        for at in range(len(text) + 1):
            assert bool(META.search(text[at:])) == bool(_META_AS_WRITTEN.search(text[at:])), text


_META_PIECES = [*_META_WORDS, " ", ">", ":", "\n", "某", "次", "至"]


@given(st.lists(st.sampled_from(_META_PIECES), max_size=12))
def test_the_header_pattern_finds_a_field_in_any_line_its_branches_do(pieces: list[str]) -> None:
    """The same answer on lines built from the branches' own pieces."""
    text = "".join(pieces)
    assert bool(META.search(text)) == bool(_META_AS_WRITTEN.search(text))


@pytest.mark.parametrize(
    "first",
    [
        "1日:某市正式成立。\n",  # too short to read as prose
        "1日~2日 以某国某党中央委员某某为团长的某国代表团一行6人来\n某市参观访问。\n",
    ],
)
def test_a_chronicle_s_first_entry_above_the_first_prose_line_is_an_entry(first: str) -> None:
    """The body starts at the first entry, not at the first line that reads as prose."""
    text = (
        "某市2020年大事记\n"
        "12月\n"
        + first
        + ("5日:" if ":" in first else "5日 ")
        + "市委召开全市经济工作会议,部署明年工作。\n"
        + ("9日:" if ":" in first else "9日 ")
        + "市政府召开全市安全生产工作会议,副市长某某出席。\n"
    )
    events = extract_text(text, published=dt.date(2020, 12, 31)).events
    assert [1, 5, 9] == [e.start.day for e in events]


#: Pieces of markers and of lines that are none, to build pages from.
_MARKER_PIECES = (
    *("\n", " ", "?", "本报", "本网", "讯", "又", "电", "消息", "新华社", "中央社", "(", ")"),
    *("张三", "李四", "记者", "通讯员", "月", "日", "1", "12", "网", "在线", "融媒体", "报"),
    *("【", "】", "[", "]", "据", "某", "县", "喜", ":", "-", "·", "(qū)", "。", ",", "新闻网"),
)


_UNGATED_MARKER_LINE = re.compile(
    r"\n(?:[^\S\n]|\?)*(?:" + _MARKER.pattern + "|" + _WIRE.pattern + ")"
)


def _same_markers(text: str) -> list[tuple[int, int]]:
    found = [m.span() for m in _UNGATED_MARKER_LINE.finditer(text)]
    assert found == [m.span() for m in _MARKER_LINE.finditer(text)]
    return found


@given(st.lists(st.sampled_from(_MARKER_PIECES), max_size=40))
def test_the_marker_line_s_gate_turns_away_no_marker(pieces: list[str]) -> None:
    """Lines holding none of 讯, 电, 息 or ( are skipped; every marker is still found."""
    _same_markers("\n" + "".join(pieces))


@pytest.mark.parametrize(
    "marker",
    [
        *("本报讯", "又讯", "本报6月2日讯", "【本报讯】", "汕尾日报讯", "新华社郑州6月2日电"),
        *("长城网沧州讯", "某报消息", "红网湘潭县分站1月22日讯", "中新网新疆新闻11月21日电"),
        *("秦州区(qū)融媒体中心9月26日讯", "某某在线-某某新闻网9月14日讯", "(本网讯 记者张三)"),
        *("蕉城在线(吴辉东)12月4日", "某某频道(记者 张三)", "某某中国讯(张三  李四)10月20日"),
        *("某某传媒网:(张三)12月30日", "(中央社记者管瑞平苗栗县11日电)", "(新华社\n记者张三电)"),
    ],
)
def test_every_marker_form_passes_the_marker_line_s_gate(marker: str) -> None:
    """Each branch of the marker, behind its line break and spaces, is found gated as ungated."""
    assert _same_markers(f"某县召开大会\n  {marker}某县召开大会。\n")


@given(st.text(alphabet="某县會議，（1）\uf900\ufe10\U0002f800\u3000\r\n區书政", max_size=20))
def test_a_page_s_two_texts_are_its_folded_text_and_that_simplified(page: str) -> None:
    """One scan for both steps reads as fold, then simplify (the same string when nothing maps)."""
    text, match = fold_and_simplify(page)
    folded = fold(page)
    simplified = simplify(folded)
    assert (text, match) == (folded, simplified)
    assert (match is text) == (simplified is folded)


#: Header lines and lines like them, built piece by piece.
_HEADER_LINES = st.tuples(
    st.sampled_from(["", "date ", "【", " "]),
    st.sampled_from(["2022", "111", "9", "某某日报", "图片", "640", "某"]),
    st.sampled_from(["-", ".", "/", "年", "", " "]),
    st.sampled_from(["08", "1", "png", "jpg", ""]),
    st.sampled_from(["-", ".", "", "月"]),
    st.sampled_from(["10", "2", "gif", ""]),
    st.sampled_from(["", " ", " 16:08", " 縣長", ",某", "。"]),
).map("".join)


@given(_HEADER_LINES)
def test_a_header_date_holds_its_dash_and_a_file_name_its_dot(line: str) -> None:
    """The substring tests before the header patterns turn away no line they match."""
    if _page._DATE_OPENING.match(line) or _page._DATE_CLOSING.search(line):
        assert "-" in line
    if _page._JUNK.match(line):
        assert "." in line


class TestCaptionLines:
    """A photo caption printed as a line of its own in the body names no stop."""

    @pytest.mark.parametrize(
        "caption",
        [
            "在甲村党群服务中心调研",
            "王某(前排右一)在甲村果园调研",
            "县长王某在乙公司考察。",
            "图为王某在丙镇检查",
        ],
    )
    def test_caption_is_left_out_of_the_body(self, caption: str) -> None:
        """Glued to the next line it would put its place first; it restates a stop."""
        page = (
            "县长调研\n\n5月6日,县长王某到甲镇调研。\n"
            f"{caption}\n"
            "王某一行先后来到乙公司、丙村,了解生产情况。\n"
        )
        result = extract_text(page)
        assert [x.name for x in result.events[0].locations] == ["甲镇", "乙公司", "丙村"]
        (report,) = split_page(page).reports
        assert caption.rstrip("。") not in report.body.text

    @pytest.mark.parametrize(
        "line",
        [
            "在甲村党群服务中心调研,",  # a clause goes on
            "他指出,要在甲村调研",  # a sentence's clause mark
            "王某在甲村调研时强调要加快建设进度",  # the verb does not end the line
        ],
    )
    def test_no_caption(self, line: str) -> None:
        """A clause that goes on, or a sentence's clause mark, is prose."""
        assert not _page.is_caption(line)

    def test_a_wrapped_line_is_prose(self) -> None:
        """A line that does not follow a sentence's end is a sentence cut by the layout."""
        page = "县长调研\n\n5月6日,县长王某\n在甲村调研\n,了解生产情况。\n"
        (report,) = split_page(page).reports
        assert "在甲村调研" in report.body.text


def test_captions_naming_who_speaks_are_paragraphs_of_their_own() -> None:
    """Captions without 。 (主席A作动员讲话, 副主席B致辞) are not glued to the lines around them."""
    page = (
        "某区举办职工健步走活动\n"
        "12月25日下午,某区总工会在文体中心开展职工健步走活动。\n"
        "入场前扫码、签到、热身\n"
        "区人大常委会党组成员、区总工会主席钱多作动员讲话\n"
        "区总工会副主席孙明致开幕辞\n"
        "此次活动参加人数达400余人。\n"
    )
    (event,) = extract_text(page).events
    leads = [(p.person.name, p.person.title) for p in event.participants if p.role is Role.LEADS]
    assert leads == [
        ("钱多", "区人大常委会党组成员、区总工会主席"),
        ("孙明", "区总工会副主席"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "区长钱多讲话",
        "区十届人大常委会主任钱多主持会议",
        "县委常委、纪委书记钱多在比赛启动前作讲话",
        "省社促会常务副会长钱多致辞",
    ],
)
def test_speech_captions(line: str) -> None:
    """A caption naming who chairs or speaks, with no 。, is read as one."""
    assert _page.is_speech_caption(line)


@pytest.mark.parametrize("line", ["学习习近平总书记重要讲话", "区长钱多讲话指出", "会议由区长主持"])
def test_no_speech_caption(line: str) -> None:
    """A speech studied, a sentence going on, or no name: no caption."""
    assert not _page.is_speech_caption(line)
