"""Bylines in every form real pages print them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract import _bylines as bylines
from timeline.extract import _edge_credits as edge_credits
from timeline.extract._layout import split_page
from timeline.extract._lexicon import DATELINE_PLACES
from timeline.extract._text import simplify


def _names(text: str, **kwargs: bool) -> list[str] | None:
    found = bylines.parse(simplify(text), **kwargs)
    return None if found is None else [bylines.printed(text, a, b) for _, a, b in found]


def _tail_names(text: str) -> list[str] | None:
    found = edge_credits.find_tail(simplify(text))
    return None if found is None else [bylines.printed(text, a, b) for _, a, b in found[1]]


class TestParse:
    @pytest.mark.parametrize(
        ("text", "names"),
        [
            pytest.param("记者 钱明 通讯员 孙丽 周强", ["钱明", "孙丽", "周强"], id="spaced"),
            pytest.param("记者 张红旗 王明", ["张红旗", "王明"], id="name-ending-in-qi"),
            pytest.param("记者陈立 周洋", ["陈立", "周洋"], id="glued-first"),
            pytest.param("记者:王某 李某 赵某", ["王某", "李某", "赵某"], id="colon"),
            pytest.param("全媒体记者:郑红 何军", ["郑红", "何军"], id="qualified-colon"),
            pytest.param("记者钱明通讯员孙丽周强", ["钱明", "孙丽", "周强"], id="all-glued"),
            pytest.param("記者 錢明 通訊員 孫麗", ["錢明", "孫麗"], id="traditional"),
            pytest.param("通迅员 李四", ["李四"], id="misspelt"),
            pytest.param("首席記者 熊偉", ["熊偉"], id="chief"),
            pytest.param("记者蒋 波", ["蒋波"], id="space-inside-name"),
            pytest.param("文/图:赵六", ["赵六"], id="text-and-picture"),
            pytest.param("图/文:邱明", ["邱明"], id="picture-and-text"),
            pytest.param("孙杰 摄", ["孙杰"], id="photo-after"),
            pytest.param("摄影 张黎", ["张黎"], id="photo-before"),
            pytest.param("撰稿 王五", ["王五"], id="writer"),
            pytest.param("作者:ance", [], id="account-name-is-nobody"),
            pytest.param("作者: 网管", [], id="webmaster-is-nobody"),
            pytest.param("作者:消息", [], id="author-field-placeholder"),
            pytest.param("作者:磨立新", ["磨立新"], id="author-three-characters-alone"),
            pytest.param("作者:磨立新 发布时间", ["磨立新"], id="author-three-then-field"),
            pytest.param("作者:某屿镇人大", [], id="author-office-opening-like-a-name"),
            pytest.param("作者:钱明 孙丽 信息来源:某镇", ["钱明", "孙丽"], id="label-glued-run"),
            pytest.param("作者:钱明来源:某报", ["钱明"], id="name-glued-to-a-label"),
            pytest.param("记者钱明发布时间:2021-01-01", ["钱明"], id="reporter-glued-to-a-label"),
            pytest.param("作者:钱明 更新时间", ["钱明"], id="update-time-label"),
            pytest.param("作者:王坤 洁欣", ["王坤", "洁欣"], id="author-then-given-name"),
            pytest.param("记者 洁欣", ["洁欣"], id="reporter-any-name-shape"),
            pytest.param("通讯员:某田镇 孙丽", ["孙丽"], id="town-then-name"),
            pytest.param("作 者:东城街道 钱明", ["钱明"], id="padded-author-office-then-name"),
            pytest.param("作者:政府办   更新时间:2004", [], id="office-then-field-label"),
            pytest.param("撰稿人:邓亮 审稿人:何伟", ["邓亮"], id="writer-and-reviewer"),
            pytest.param("报道:钱明   监制:孙丽", ["钱明"], id="reported-by-field"),
            pytest.param("记者 钱明 报道:", ["钱明"], id="reported-closing-the-credit"),
            pytest.param("记者钱明报道:", ["钱明"], id="reported-glued-to-the-name"),
            pytest.param("正仁/整理", ["正仁"], id="compiled-by"),
            pytest.param("记者 钱明 编辑 李四", ["钱明"], id="editor-skipped"),
            pytest.param("本报记者综合报道", [], id="names-nobody"),
            pytest.param("记者 高朋文/摄", ["高朋文"], id="wen-ending-a-name"),
            pytest.param("記者于郁金/金門報導", ["于郁金"], id="place-reported-from"),
            pytest.param("記者:林家明 / 高雄市 報導", ["林家明"], id="place-reported-from-spaced"),
            pytest.param("记者 钱明/文 李华/图", ["钱明", "李华"], id="role-then-marked-names"),
            pytest.param("记者 阿依古丽·买买提", ["阿依古丽·买买提"], id="dotted-minority-name"),
            pytest.param("作者:中国·永和", [], id="dotted-county-brand"),
            pytest.param("作者:常红  语音阅读", ["常红"], id="page-button-after"),
            pytest.param("作者:钱明 李华浏览:120", ["钱明", "李华"], id="label-glued-to-name"),
            pytest.param("作者:钱明 信息来源:某报", ["钱明"], id="label-head-is-no-name"),
            pytest.param("中央社記者管瑞明苗栗縣11日電", ["管瑞明"], id="wire-dateline"),
            pytest.param("中央社記者林佳和高雄5日電", ["林佳和"], id="wire-city-name-shaped"),
            pytest.param("中央社記者周明馬祖19日電", ["周明"], id="wire-island-name-shaped"),
            pytest.param("通讯员 叶娜丽雅", ["叶娜丽雅"], id="four-character-name"),
            pytest.param("撰稿:扎西多吉 编辑:钱明", ["扎西多吉"], id="four-characters-no-surname"),
            pytest.param("通讯员 陈立周洋", ["陈立", "周洋"], id="four-characters-two-names"),
            pytest.param("通讯员 某某中心", [], id="four-characters-an-office"),
        ],
    )
    def test_forms(self, text: str, names: list[str]) -> None:
        """Each byline form gives its names, as printed, in order."""
        assert names == _names(text)

    def test_surname_outside_the_table_beside_a_known_name(self) -> None:
        """(乙斌 顾明): a rare surname passes beside a known name; alone it does not."""
        assert ["乙斌", "顾明"] == _tail_names("会议。(乙斌 顾明)")
        assert _tail_names("会议。(乙斌)") is None

    def test_a_rare_surname_before_the_place_reported_from(self) -> None:
        """``记者 王明 禤亮报道``: 禤 is a surname, so 禤亮 is a name, not a place."""
        assert ["王明", "禤亮"] == _names("记者 王明 禤亮报道")

    def test_four_characters_closing_the_credit(self) -> None:
        """(通讯员 叶娜丽雅): four characters that split into no names are one name."""
        assert ["叶娜丽雅"] == _tail_names("会议。(通讯员 叶娜丽雅)")

    def test_names_only_need_name_shape(self) -> None:
        """Without a role word every piece must be a name: (郑 谐) yes, (新华社) no."""
        assert ["郑谐"] == _names("郑 谐", require_role=False)
        assert _names("新华社", require_role=False) is None

    def test_whole_line(self) -> None:
        """A line of its own must be all byline."""
        assert ["钱明"] == _names("记者 钱明", whole=True)
        assert _names("记者 中原区召开会议。", whole=True) is None


class TestWhere:
    @pytest.mark.parametrize(
        ("page", "names"),
        [
            pytest.param(
                "区里开会\n\n发布时间:2021-01-06 来源:某县宣传 作者:钱明\n\n1月5日,县里召开会议。",
                ["钱明"],
                id="web-header",
            ),
            pytest.param(
                "区里开会\n\n1月5日,县里召开会议。(钱明 孙丽)", ["钱明", "孙丽"], id="tail-names"
            ),
            pytest.param(
                "区里开会\n\n1月5日,县里召开会议,各单位参加。 全媒体记者:郑红 何军",
                ["郑红", "何军"],
                id="tail-colon",
            ),
            pytest.param(
                "区里开会\n\n某某日报讯(记者 钱明)1月5日,县里召开会议。",
                ["钱明"],
                id="paper-marker",
            ),
            pytest.param(
                "区里开会\n\n【某某網訊】實習記者葉明報道:縣長昨日到訪。",
                ["葉明"],
                id="lead-credit",
            ),
            pytest.param(
                "区里开会\n\n某日报2月15日讯(钱明 孙丽)1月5日,县里召开会议。",
                ["钱明", "孙丽"],
                id="names-after-marker",
            ),
            pytest.param(
                "区里开会\n\n本报讯 1月5日,县里召开会议。(图/文:钱明)\n\n会议要求做好准备。",
                ["钱明"],
                id="credit-inside-the-body",
            ),
            pytest.param(
                "区里开会\n\n1月5日,县里召开会议。■记者 钱明",
                ["钱明"],
                id="bullet-glued",
            ),
            pytest.param(
                "区里开会\n\n1月5日,县里召开会议。(钱明)\n|",
                ["钱明"],
                id="layout-junk-after",
            ),
            pytest.param(
                "区里开会\n\n本报讯 1月5日,县里召开会议。\n\n■记者 钱明 通讯员 孙丽",
                ["钱明", "孙丽"],
                id="bullet-line",
            ),
            pytest.param(
                "区里开会\n\n1月5日,县里召开会议。\n\n记   者:钱明\n\n通 讯  员:孙丽\n\n"
                "编   辑:周   洁",
                ["钱明", "孙丽"],
                id="role-words-padded-to-align",
            ),
            pytest.param(
                "记者 钱明 报道:\n1月5日,县里召开会议,各单位参加。\n会议要求做好准备。",
                ["钱明"],
                id="reported-by-line-before-the-body",
            ),
            pytest.param(
                "区里开会\n\n1月5日,县里召开会议。\n\n会议要求做好准备。\n钱明 孙丽",
                ["钱明", "孙丽"],
                id="bare-names-line-at-the-end",
            ),
            pytest.param(
                "区里开会\n\n1月5日,县里召开会议。“我们会做好。”主任周强说。钱明 孙丽\n|",
                ["钱明", "孙丽"],
                id="bare-names-after-the-last-sentence",
            ),
        ],
    )
    def test_found_on_the_page(self, page: str, names: list[str]) -> None:
        """A byline is read wherever the page prints it."""
        (report,) = split_page(page).reports
        assert names == [b.name for b in report.byline]

    def test_items_with_their_own_credits_share_nothing(self) -> None:
        """When items credit their own writers, an item without one stays without."""
        page = split_page(
            "要闻\n\n●3月2日,区里召开会议。(记者 钱明)\n"
            "●3月3日,区长调研。\n●3月4日,区里开会。(孙丽)\n"
        )
        assert [["钱明"], [], ["孙丽"]] == [[b.name for b in r.byline] for r in page.reports]

    def test_caption_is_not_a_headline(self) -> None:
        """A photo caption before the marker credits its photographer, and is no headline."""
        (report,) = split_page(
            "县长来访\n\n县长昨天来访,与各界见面。(图/文:邱明)\n\n【本报讯】县长昨天来访。"
        ).reports
        assert "邱明" not in report.headline
        assert ["邱明"] == [b.name for b in report.byline]

    def test_page_credit_shared_by_items(self) -> None:
        """A credit closing a digest's last item credits every item that names none."""
        page = split_page("要闻\n\n◆3月2日,区里召开会议。\n◆3月3日,区长到社区调研。(钱明/整理)\n")
        assert [["钱明"], ["钱明"]] == [[b.name for b in r.byline] for r in page.reports]

    def test_source_line_after_the_body(self) -> None:
        """来源:某乡党政办:张三 printed after the body credits the writer, and is not body."""
        (report,) = split_page("区里开会\n\n1月5日,县里召开会议。\n来源:某乡党政办:梁樱\n").reports
        assert ["梁樱"] == [b.name for b in report.byline]
        assert "来源" not in report.body.text

    def test_byline_leaves_the_body(self) -> None:
        """A byline glued to the last sentence is not part of the body."""
        (report,) = split_page("区里开会\n\n1月5日,县里召开会议。(钱明 孙丽)").reports
        assert "1月5日,县里召开会议。" == report.body.text


class TestOpening:
    def test_office_then_names(self) -> None:
        """(某县委宣传部 张三 李四) opening the body credits the names, not the office."""
        (report,) = split_page("区里开会\n\n(某县委宣传部 钱明 孙丽)6月10日,县里举行比赛。").reports
        assert ["钱明", "孙丽"] == [b.name for b in report.byline]
        assert report.body.text.startswith("6月10日")


def test_place_reported_from_ends_the_credit() -> None:
    """``记者X/台中报导`` on a line of its own is a byline, the place no name."""
    got = bylines.parse("记者黄小琦/台中报导", whole=True)
    assert got is not None
    assert ["黄小琦"] == ["记者黄小琦/台中报导"[a:b] for _, a, b in got]


class TestMoreForms:
    @pytest.mark.parametrize(
        ("tail", "names"),
        [
            pytest.param("(木门镇   赵立婷)", ["赵立婷"], id="town-then-name"),
            pytest.param(
                "某某网·某云客户端记者 钱明 摄", ["钱明"], id="dotted-outlet-photographer"
            ),
            pytest.param("(某县某镇关工委 陈立华)", ["陈立华"], id="committee-then-name"),
            pytest.param("(某乡农技站:刘明 孙丽)", ["刘明", "孙丽"], id="station-colon-names"),
            pytest.param("(黄崇森文 汪洋摄)", ["黄崇森", "汪洋"], id="name-then-mark"),
            pytest.param("(陈立华/文)", ["陈立华"], id="name-slash-mark"),
            pytest.param("(陈立华/文 孙丽/图)", ["陈立华", "孙丽"], id="names-slash-marks"),
            pytest.param(
                "(记 者:吴阳金 张志彬 见习记者 汪子妍)",
                ["吴阳金", "张志彬", "汪子妍"],
                id="spaced-role",
            ),
            pytest.param("(湄洲日报记者 郑已东)", ["郑已东"], id="outlet-reporter"),
            pytest.param("(何谦)(图:开展入户安检行动)", ["何谦"], id="photo-note-after"),
            pytest.param("(姜慧丽)上一篇:某某推动转型发展", ["姜慧丽"], id="footer-glued-after"),
            pytest.param("(孟兆艳)图像", ["孟兆艳"], id="furniture-word-after"),
        ],
    )
    def test_tail_forms(self, tail: str, names: list[str]) -> None:
        """Credits closing the last paragraph, in the forms more sites print."""
        (report,) = split_page(
            f"区里开会\n\n1月5日,某镇召开会议。\n会议要求加强管理。{tail}\n"
        ).reports
        assert names == [b.name for b in report.byline]
        assert report.body.text.endswith("加强管理。")

    @pytest.mark.parametrize(
        ("line", "names"),
        [
            pytest.param(
                "本期供稿:罗建磊 梅晋敏 习舒婷", ["罗建磊", "梅晋敏", "习舒婷"], id="this-issue"
            ),
            pytest.param("记者:穆艳丽播音:李焕婕", ["穆艳丽"], id="announcer-is-no-byline"),
            pytest.param("联合报/ 记者吴淑玲/台南即时报导", ["吴淑玲"], id="outlet-slash"),
            pytest.param("图/记者林名扬翻摄", ["林名扬"], id="re-photographed"),
        ],
    )
    def test_line_forms(self, line: str, names: list[str]) -> None:
        """Byline lines with an issue's credit, an outlet first, or a second role after."""
        got = bylines.parse(simplify(line), whole=True)
        assert got is not None
        assert names == [simplify(line)[a:b] for _, a, b in got]

    def test_outlet_news_marker(self) -> None:
        """``某某新闻网消息(…)``: a marker, then the credit."""
        (report,) = split_page(
            "比武争锋\n\n四川新闻网消息(周瑜原 通讯员刘昌盛 、陈强)1月24日,某区举行擂台比武。\n"
        ).reports
        assert ["周瑜原", "刘昌盛", "陈强"] == [b.name for b in report.byline]
        assert report.body.text.startswith("1月24日")

    def test_outlet_then_reporter_in_parentheses(self) -> None:
        """``某某在线(张三)12月4日…``: the outlet opens the report like a marker."""
        (report,) = split_page(
            "代表调研\n\n蕉城在线(吴辉东)12月4日部分代表在某区开展调研。\n"
        ).reports
        assert ["吴辉东"] == [b.name for b in report.byline]

    def test_any_dateline_then_names_in_parentheses(self) -> None:
        """``某某中国讯(张三  李四)``, ``某某传媒网:(张三)``: the outlet need not end like one."""
        (report,) = split_page(
            "县长调研\n\n  清风中国讯(王小明  赵丽华)10月2日,某县县长调研秸秆工作。\n"
        ).reports
        assert "清风中国讯" == report.marker
        assert ["王小明", "赵丽华"] == [b.name for b in report.byline]
        assert report.body.text.startswith("10月2日")
        (report,) = split_page("某省法治传媒网:(孙立新)12月3日,某乡召开人代会。\n").reports
        assert ["孙立新"] == [b.name for b in report.byline]

    def test_good_news_with_a_remark_is_no_marker(self) -> None:
        """``喜讯(…)`` whose parentheses hold no names opens no report."""
        page = split_page("某镇消息\n\n喜讯(第三次)传来,某镇获评先进。\n")
        assert 1 == len(page.reports)
        assert not page.reports[0].marker

    def test_according_to_a_paper_is_no_marker(self) -> None:
        """``据某某在线(…)报道`` reports a source; it opens no report."""
        page = split_page("代表调研\n\n据某某在线(张三)报道,12月4日部分代表在某区开展调研。\n")
        assert 1 == len(page.reports)
        assert not page.reports[0].marker


def test_closing_credit_shared_with_the_lead_report() -> None:
    """A page told in two days' reports credits both with the credit closing the last."""
    page = split_page(
        "区里选举\n\n本报11月26日讯 今日,某区人代会选举新一届领导班子。\n\n"
        "25日,区政协会议闭幕,选举产生新一届主席。■记者 曾力\n"
    )
    assert [["曾力"], ["曾力"]] == [[b.name for b in r.byline] for r in page.reports]


class TestStillMoreForms:
    def test_agency_then_photographer(self) -> None:
        """``…。新华社发(许亮 摄)``: the photographer closes the caption."""
        (report,) = split_page("救灾\n\n7月22日,干部们在灾区清理街道。新华社发(许亮 摄)\n").reports
        assert ["许亮"] == [b.name for b in report.byline]

    def test_announcer_after_the_reporter(self) -> None:
        """``记者:穆艳丽播音:李焕婕`` closing the text credits the reporter only."""
        (report,) = split_page(
            "开会\n\n7月25日,县长主持召开推进会。\n记者:穆艳丽播音:李焕婕\n"
        ).reports
        assert ["穆艳丽"] == [b.name for b in report.byline]

    def test_byline_line_after_the_captions(self) -> None:
        """A byline line after the photo captions that open the body."""
        (report,) = split_page(
            "补选\n\n▲村长补选现场。(图/记者林名扬翻摄)\n记者林名扬、刘人豪/金门报导\n"
            "金门县选举委员会于今日举行补选投开票,最终由林有进当选村长。\n"
        ).reports
        assert ["林名扬", "刘人豪"] == [b.name for b in report.byline]

    def test_place_after_the_outlet_marker(self) -> None:
        """``长城网沧州讯(记者段永亮)``: the outlet, the place, then the credit."""
        (report,) = split_page(
            "比赛\n\n长城网沧州讯(记者段永亮)11月30日上午,某县举办朗读比赛。\n"
        ).reports
        assert ["段永亮"] == [b.name for b in report.byline]

    def test_photos_credit_names_nobody(self) -> None:
        """``摄影相关图片`` is a link, not a photographer."""
        assert [] == (bylines.parse("摄影相关图片") or [])


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        pytest.param("【News586/记者游建志报导】", ["游建志"], id="latin-outlet"),
        pytest.param("(邯郸新闻传媒中心记者 谢伟娜)", ["谢伟娜"], id="media-centre-reporter"),
        pytest.param("(新生镇余小旺)", ["余小旺"], id="town-glued-to-name"),
    ],
)
def test_credit_opening_the_body(credit: str, names: list[str]) -> None:
    """An outlet in Latin letters, a media centre's reporter, a town glued to the name."""
    (report,) = split_page(f"消防演练\n\n{credit}3月5日,某县消防局开展应急演练。\n").reports
    assert names == [b.name for b in report.byline]
    assert report.body.text.startswith("3月5日")


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        pytest.param("(記者 陳立華 實習(xí)生 孫麗)", ["陳立華", "孫麗"], id="intern"),
        pytest.param("(實習(xí)記者 陳立華)", ["陳立華"], id="intern-reporter"),
    ],
)
def test_reading_after_xi_in_a_role(credit: str, names: list[str]) -> None:
    """A mirror's reading after 習 (實習(xí)生) does not hide the role word."""
    (report,) = split_page(f"本報訊{credit}5月3日,某鎮召開會議。\n").reports
    assert names == [b.name for b in report.byline]


def test_a_field_label_after_a_role_word_names_nobody() -> None:
    """``文字大小:`` labels the page's font size: 文字 is no credit of 大小."""
    assert not bylines.parse("文字大小:")
    got = bylines.parse("文字:张明亮")
    assert got is not None
    assert ["张明亮"] == ["文字:张明亮"[a:b] for _, a, b in got]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        pytest.param(
            "县长某某调研某村高标准农田   钱明 摄", ["钱明"], id="caption-then-photographer"
        ),
        pytest.param("钱明 孙丽摄", ["钱明", "孙丽"], id="two-photographers"),
        pytest.param("图片:钱明", ["钱明"], id="picture-label-with-colon"),
        pytest.param("图片新闻", None, id="picture-news-is-no-credit"),
        pytest.param("视频简介", None, id="video-summary-is-no-credit"),
        pytest.param("图们摄影", None, id="photo-section-of-a-site"),
        pytest.param("钱明摄影", ["钱明"], id="known-name-glued-to-the-mark"),
        pytest.param("洁欣 摄影", ["洁欣"], id="spaced-any-name-shape"),
    ],
)
def test_caption_and_label_lines(line: str, names: list[str] | None) -> None:
    """A caption's words are no names; 图片/视频 credit only before a colon or slash."""
    assert names == _names(line, whole=True)


def test_header_credits_join_the_report_s_own() -> None:
    """A caption's photographer above the marker and the marker's reporter both credit it."""
    (report,) = split_page(
        "某县举办朗读比赛\n演讲比赛第一名。孙永智摄\n"
        "某某网某县讯(记者段永亮)11月30日上午,某县举办朗读比赛。\n"
    ).reports
    assert ["孙永智", "段永亮"] == [b.name for b in report.byline]


def test_web_header_author_and_caption_photographer() -> None:
    """A web header's 作者: names and a caption's photographer in the body all credit it."""
    (report,) = split_page(
        "某某调研春耕工作\n\n发布时间:2026-03-04 11:48 来源:县融媒体中心 作者:钱明 罗寒 浏览量:\n\n"
        "3月3日上午,县长某某调研春耕工作。\n\n县长某某调研某村样板片   钱明 摄\n\n"
        "某某要求抓住农时,确保粮食稳产。\n"
    ).reports
    assert ["钱明", "罗寒"] == [b.name for b in report.byline]


#: Pieces of credits, and single characters of the byline patterns, to glue.
_WORDS = [
    *("记者", "记 者", "本报记者", "通讯员", "通迅员", "实习生", "摄影记者", "某县日报记者"),
    *("编辑", "责任编辑", "审核", "摄影", "作 者", "文/", "图:", "视频:", "报道", "综合报道"),
]
_CHARS = [
    *sorted(
        c
        for c in set(bylines._ROLE.pattern + bylines.EDITOR.pattern + bylines.END_WORD.pattern)
        if "\u4e00" <= c <= "\u9fff"
    ),
    *("某", "甲", " ", "/", ":"),
]


@given(
    st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(_CHARS)), max_size=6).map("".join)
)
def test_first_character_gates_skip_no_match(text: str) -> None:
    """The scan's gates never hide a match (the role's outlet form is left ungated)."""
    if bylines.EDITOR.match(text):
        assert text[0] in bylines._EDITOR_FIRST
    if bylines.END_WORD.match(text):
        assert text[0] in bylines._END_FIRST
    if bylines._ROLE.match(text) and not any(w in text for w in bylines._OUTLET_WORDS):
        assert text[0] in bylines._ROLE_FIRST
    if text:
        assert bylines.is_cjk(text[0]) == (bylines._CJK.match(text[0]) is not None)
    if bylines.SEP.match(text):
        assert text[0] in bylines._SEP_MARKS or text[0].isspace()
    if bylines._OUTLET.match(text):
        assert "/" in text or "|" in text
    if bylines._PHOTO_AFTER.match(text):
        assert any(mark in text for mark in bylines._PHOTO_MARKS)


@given(st.text(alphabet=" \t\u3000\xa0、,;:|/?!。某-", max_size=4))
def test_the_separator_gate_agrees_with_the_pattern(text: str) -> None:
    """A separator opens exactly where its gate lets the scan try one."""
    if text:
        gate = text[0] in bylines._SEP_MARKS or text[0].isspace()
        assert gate == (bylines.SEP.match(text) is not None)


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        pytest.param("记者 王明 通讯员 李华 洛阳报道", ["王明", "李华"], id="place"),
        pytest.param("记者 王明 李华报道", ["王明", "李华"], id="name-glued"),
    ],
)
def test_place_reported_from_before_the_report_mark(credit: str, names: list[str]) -> None:
    """``… 洛阳报道``: a spaced run glued to 报道 that is no name is where it was reported."""
    found = bylines.parse(credit)
    assert found is not None
    assert names == [credit[a:b] for _, a, b in found]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("撰稿人:钱明 审核领导:孙丽", ["钱明"], id="longer-label"),
        pytest.param("图文:钱明 周强 审核:会务组", ["钱明", "周强"], id="office-reviewer"),
        pytest.param("记者 钱明 编辑:某某办", ["钱明"], id="office-editor"),
    ],
)
def test_an_editor_s_field_names_nobody_whatever_it_holds(text: str, names: list[str]) -> None:
    """A longer editor's label or an office in the field does not stop the credit before it."""
    assert names == _names(text, whole=True)


def test_own_line_credit_after_the_supplying_office() -> None:
    """The supplier's credit on a line of its own closes the report."""
    page = split_page("标题\n本报讯 3月2日,某镇召开大会。\n\n(某某工业园区供稿 撰稿人:钱明)\n")
    (report,) = page.reports
    assert ["钱明"] == [b.name for b in report.byline]


def test_caption_with_a_reporter_s_credit_ends_its_paragraph() -> None:
    """A caption line closing with ``记者X摄`` is not joined to the lead below it."""
    page = split_page(
        "标题\n发布时间:2021-12-28\n\n某县大会隆重召开。记者钱大明摄\n\n12月27日,某县大会隆重召开。\n"
    )
    (report,) = page.reports
    assert ["钱大明"] == [b.name for b in report.byline]
    assert "摄12月27日" not in report.body.text


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        pytest.param("记者王明 郑州报道", ["王明"], id="zhou"),
        pytest.param("记者 王明 李华 周口报道", ["王明", "李华"], id="kou"),
        pytest.param("记者 王明 黄山报道", ["王明"], id="shan-two"),
        pytest.param("记者 王明 孙吴报道", ["王明"], id="known-county"),
        pytest.param("记者 王明 高邮报道", ["王明"], id="known-city"),
        pytest.param("记者王明郑州报道", ["王明"], id="glued"),
        pytest.param("通讯员 李华 温州市报道", ["李华"], id="shi"),
        pytest.param("记者 王明 鄂托克旗报道", ["王明"], id="banner"),
        pytest.param("记者 王明 杭锦旗报道", ["王明"], id="banner-with-a-surname"),
        pytest.param("记者 王明 长海岛报道", ["王明"], id="island"),
    ],
)
def test_a_dateline_place_opening_with_a_surname_is_no_name(credit: str, names: list[str]) -> None:
    """``记者X 郑州报道``: 郑 is a surname, but a run ending like a place (州, 口) is no name."""
    found = bylines.parse(credit)
    assert found is not None
    assert names == [credit[a:b] for _, a, b in found]


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        pytest.param("记者张国州报道", ["张国州"], id="alone"),
        pytest.param("记者 王明 朱振山报道", ["王明", "朱振山"], id="shan-three"),
        pytest.param("记者 王明 陈江报道", ["王明", "陈江"], id="jiang-two"),
        pytest.param("记者 王明 张三报道", ["王明", "张三"], id="plain"),
        pytest.param("记者 王明 王建港报道", ["王明", "王建港"], id="gang-three"),
        pytest.param("记者 王明 刘海岛报道", ["王明", "刘海岛"], id="dao-three"),
    ],
)
def test_a_reporter_before_the_report_mark_stays_a_name(credit: str, names: list[str]) -> None:
    """The credit's only name, and names ending in 山 (three characters) or 江, stay names."""
    found = bylines.parse(credit)
    assert found is not None
    assert names == [credit[a:b] for _, a, b in found]


def test_a_dateline_place_in_the_opening_credit_is_no_byline() -> None:
    """``本报讯(记者X 郑州报道)``: the report credits X alone."""
    page = "县里调研\n\n本报讯(记者王明 郑州报道)5月8日,县委书记在城关镇调研。"
    (report,) = split_page(page).reports
    assert ["王明"] == [b.name for b in report.byline]


@pytest.mark.parametrize("place", sorted(DATELINE_PLACES))
def test_every_dateline_place_is_reported_from(place: str) -> None:
    """Each listed city shaped like a name is the place before 报道, spaced or glued."""
    assert _names(f"记者 王明 {place}报道") == ["王明"]
    assert _names(f"记者王明{place}报道") == ["王明"]


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        pytest.param("記者 錢明 南投報導", ["錢明"], id="spaced-county"),
        pytest.param("記者錢明嘉義報導", ["錢明"], id="glued-county"),
        pytest.param("記者 錢明 孫麗 屏東報導", ["錢明", "孫麗"], id="two-names-then-county"),
        pytest.param("記者高雄報導", ["高雄"], id="a-name-alone-stays"),
    ],
)
def test_a_taiwan_county_before_the_report_mark_is_no_name(credit: str, names: list[str]) -> None:
    """``記者X 南投報導``: a Taiwan county or city is where it was reported, not a second name."""
    assert names == _names(credit)


def test_an_outlet_s_reporter_and_county_after_the_dateline() -> None:
    """``【某報4月7日訊】(某報記者X嘉義報導)``: the outlet and the county name nobody."""
    page = "某縣視察\n\n【某報4月7日訊】(某報記者錢明嘉義報導) 某縣長於昨日(7日)上午視察某橋。\n"
    (report,) = split_page(page).reports
    assert ["錢明"] == [b.name for b in report.byline]


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        pytest.param("記者錢明\u2215鹿港報導", ["錢明"], id="division-slash"),
        pytest.param("記者錢明\u2044鹿港報導", ["錢明"], id="fraction-slash"),
        pytest.param("文\u2215錢明", ["錢明"], id="division-slash-writer"),
    ],
)
def test_a_slash_printed_as_another_sign_still_separates(credit: str, names: list[str]) -> None:
    """Pages print the credit's slash as a division or fraction slash (∕, ⁄): the same mark."""
    assert names == _names(credit)


def test_a_credit_in_tortoise_shell_brackets_opens_the_body() -> None:
    """``〔記者X/Y報導〕`` (a Taiwan paper's brackets) credits like ``【記者X/Y報導】``."""
    page = (
        "某鄉補選\n\n2023/04/18 12:14\n\n"
        "〔記者錢明/花蓮報導〕某鄉長補選今天(18日)起領表,代理鄉長前往領表。\n"
    )
    (report,) = split_page(page).reports
    assert ["錢明"] == [b.name for b in report.byline]
    assert report.body.text.startswith("某鄉長")


def test_a_division_slash_credit_on_the_first_line() -> None:
    """A page opening with ``記者X∕Y報導`` on a line of its own credits X."""
    page = (
        "記者錢明\u2215鹿港報導\n"
        "某鎮長二十八日上班,一大早就到公所批示公文。\n他說,當選是責任加重的開始。\n"
    )
    (report,) = split_page(page).reports
    assert ["錢明"] == [b.name for b in report.byline]


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        pytest.param("记者 张三 高雄 报道", ["张三", "高雄"], id="spaced-gaoxiong"),
        pytest.param("记者 张三 马祖 报道", ["张三", "马祖"], id="spaced-mazu"),
        pytest.param("记者 张三 连江报道", ["张三", "连江"], id="glued-lianjiang"),
        pytest.param("记者张三连江报道", ["张三", "连江"], id="all-glued"),
    ],
)
def test_a_taiwan_place_s_name_before_the_mainland_mark_is_a_name(
    credit: str, names: list[str]
) -> None:
    """Before 报道 (not a Taiwan paper's 报导) 高雄, 马祖 and 连江 keep a person's reading."""
    assert names == _names(credit)


@pytest.mark.parametrize(
    ("tail", "names"),
    [
        pytest.param("县长王明到东山村调研。 记者 李四 连江 报道", ["李四", "连江"], id="mainland"),
        pytest.param("县长王明到东山村调研。 记者 李四 南投 报导", ["李四"], id="spaced-county"),
        pytest.param("县长王明到东山村调研。 记者李四/南投报导", ["李四"], id="slash"),
        pytest.param(
            "县长王明到东山村调研。 記者李四\u2215臺中報導", ["李四"], id="division-slash"
        ),
        pytest.param("县长王明到东山村调研。 記者李四嘉義報導", ["李四"], id="glued-county"),
    ],
)
def test_a_credit_with_its_place_closes_a_paragraph(tail: str, names: list[str]) -> None:
    """The place a closing credit was reported from is part of the credit, not text after it."""
    assert names == _tail_names(tail)


def test_an_archive_picture_note_names_nobody() -> None:
    """(相关资料图) says the picture is an archive one: its words are no photographer."""
    assert _tail_names("某镇召开会议。(相关资料图)") is None
    assert ["钱明"] == _tail_names("某镇召开会议。(钱明图)")
