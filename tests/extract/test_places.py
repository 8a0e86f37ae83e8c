"""Tour stops, venues and areas."""

from __future__ import annotations

import pytest

from timeline.extract._places import find_tour, find_venue, same_place, split_area


class TestTour:
    def test_stops_in_order(self) -> None:
        """Stops after 先后到 split on 、 up to 实地察看, in order, whole."""
        text = "李晓雷一行先后到桐柏路建设路东南角、北岗小区、桐柏路191号院实地察看工作"
        assert ["桐柏路建设路东南角", "北岗小区", "桐柏路191号院"] == [
            p.name for p in find_tour(text)
        ]

    def test_areas_split(self) -> None:
        """A stop stays as printed; the sub-district opening it is also its area."""
        stops = find_tour("一行先后到棉纺路街道三棉东社区棉西小院、汝河路街道金苑社区进行观摩")
        assert [
            ("棉纺路街道三棉东社区棉西小院", "棉纺路街道"),
            ("汝河路街道金苑社区", "汝河路街道"),
        ] == [(p.name, p.area) for p in stops]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "在区妇联的陪同下,到建设路小学、建设路第二小学开展慰问",
                ["建设路小学", "建设路第二小学"],
                id="after-accompany",
            ),
            pytest.param(
                "先后深入汜水河上街段、工业园区排涝泵站等地,实地察看",
                ["汜水河上街段", "工业园区排涝泵站"],
                id="deng-di",
            ),
            pytest.param(
                "先后来到大冶镇、告成镇,走访慰问", ["大冶镇", "告成镇"], id="comma-then-verb"
            ),
            pytest.param("到我区视察城市更新工作", [], id="our-district"),
            pytest.param("副校长陈红走进三官庙社区,为党员宣讲", ["三官庙社区"], id="walks-into"),
            pytest.param("把更多的时间和精力投入到抓落实中", [], id="not-a-tour"),
            pytest.param(
                "王东一行先后来到东风超市、城南农贸市场以及百乐城,询问价格",
                ["东风超市", "城南农贸市场", "百乐城"],
                id="comma-and-yiji",
            ),
            pytest.param("随后来到红星社区参观", ["红星社区"], id="verb-not-glued"),
            pytest.param(
                "先后来到和平社区和百乐城察看", ["和平社区", "百乐城"], id="he-between-stops"
            ),
            pytest.param(
                "一行来到青山社区对基层党建工作进行调研", ["青山社区"], id="purpose-not-glued"
            ),
            pytest.param(
                "来到河西街道柳林社区困难户家庭走访慰问",
                ["河西街道柳林社区"],
                id="home-not-a-place",
            ),
            pytest.param("一行先后来到教学楼、功能室、操场等处", [], id="rooms"),
            pytest.param("深入社区、家庭,走访困难群众", [], id="kinds-of-place"),
            pytest.param("代表团将前往青龙湖、白马寺参访", [], id="future"),
            pytest.param("在东兴农产品市场,王东仔细询问供应", ["东兴农产品市场"], id="at-clause"),
            pytest.param("深入部分超市、农贸市场检查", [], id="a-share-of-places"),
            pytest.param("走访慰问坚守一线的防疫人员", [], id="people-not-places"),
            pytest.param("要求各单位深入排查、精准施治", [], id="deeply-is-no-going"),
            pytest.param("县长前往机场接机", [], id="errand-not-place"),
            pytest.param(
                "代表们先后视察了青山水产养殖基地、白云粮食科技园。",
                ["青山水产养殖基地", "白云粮食科技园"],
                id="seen-in-turn",
            ),
            pytest.param("随后来到新华路路口和滨江路检查", ["新华路路口", "滨江路"], id="crossing"),
            pytest.param("选民来到县直各选区选举投票有序开展", [], id="clause-not-place"),
            pytest.param(
                "今天在青峰村活动中心及新城小学办理投票",
                ["青峰村活动中心", "新城小学"],
                id="venues",
            ),
            pytest.param(
                "调研组实地考察了白河市青山镇、谷阳县城关镇等地",
                ["白河市青山镇", "谷阳县城关镇"],
                id="examined-on-the-spot",
            ),
            pytest.param("县派第一书记到村实地调研", [], id="village-on-the-spot"),
            pytest.param(
                "先后到访东山邨、区内一间安老院,并到香港抗战及海防博物馆参观",
                ["东山邨", "区内一间安老院", "香港抗战及海防博物馆"],
                id="visited-and-ji-inside-a-name",
            ),
            pytest.param("一行首先来到了青山镇人民政府,调研", ["青山镇人民政府"], id="came-to-le"),
            pytest.param(
                "探访油麻地骏景花园的居民。", ["油麻地骏景花园"], id="visited-for-residents"
            ),
            pytest.param(
                "先后来到上林隧道工程和城东村施工现场,询问",
                ["上林隧道工程", "城东村施工现场"],
                id="he-after-a-works",
            ),
            pytest.param("在南城区,、叮当店镇,、高蓬镇走访,了解", [], id="no-going-verb"),
            pytest.param(
                "7月18日,在七角井镇政府大院里,村民围在摊位前",
                ["七角井镇政府大院"],
                id="at-after-a-date",
            ),
            pytest.param("探访区内长者,送上祝福", [], id="people-of-the-area"),
            pytest.param(
                "实地视察了我市重点项目青山中心医院、白云社区",
                ["青山中心医院", "白云社区"],
                id="our-city-opens-a-stop",
            ),
            pytest.param("先后到访东山邨逾1400户,了解", [], id="households-counted"),
            pytest.param("工作组先后到第三选区、第五选区督导", [], id="electoral-districts"),
            pytest.param(
                "一行到达宁波市镇海区骆驼街道宁静社区,调研",
                ["宁波市镇海区骆驼街道宁静社区"],
                id="arrived",
            ),
            pytest.param(
                "王刚带队实地察看了青山医院新院区建设项目推进情况。",
                ["青山医院新院区建设项目"],
                id="what-was-looked-at",
            ),
            pytest.param(" 在东兴市场,王东询问价格", ["东兴市场"], id="at-clause-after-a-space"),
            pytest.param(
                "代表们先后实(shí)地察看了青山水系艺术(shù)岛段、白云社区(qū),了解情况",
                ["青山水系艺术(shù)岛段", "白云社区(qū)"],
                id="readings-kept-as-printed",
            ),
            pytest.param(
                "一行先后察看了东城小学主体工程建设、体育中心停车场建设",
                ["东城小学", "体育中心停车场"],
                id="what-is-built-is-no-part",
            ),
            pytest.param(
                "先后到青山集团百万吨矿泉水生产、人民医院新区分院,查看项目",
                ["青山集团百万吨矿泉水生产", "人民医院新区分院"],
                id="long-stop-in-a-list",
            ),
        ],
    )
    def test_tour_forms(self, text: str, expected: list[str]) -> None:
        """The genre's ways of printing a tour, and look-alikes that are not."""
        assert expected == [p.name for p in find_tour(text)]


class TestVenue:
    def test_venue(self) -> None:
        """在X举行 names the venue."""
        venue = find_venue("预选活动在区“人才之家”举行。")
        assert venue is not None
        assert "区“人才之家”" == venue.name

    def test_venue_of_a_briefing(self) -> None:
        """在X传达 names the venue too."""
        venue = find_venue("我区在常委会议室传达会议精神。")
        assert venue is not None
        assert "常委会议室" == venue.name

    def test_venue_with_an_adverb(self) -> None:
        """在X胜利召开: the adverb is no part of the venue."""
        venue = find_venue("大会在镇政府四楼会议室胜利召开。")
        assert venue is not None
        assert "镇政府四楼会议室" == venue.name

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            pytest.param("演讲比赛在运河宾馆进行。", "运河宾馆", id="held-at"),
            pytest.param("区长魏海在二楼会议室主持召开会议。", "二楼会议室", id="chaired-at"),
            pytest.param(
                "金门县政府于本县灾害应变中心召开会议。", "本县灾害应变中心", id="yu-for-zai"
            ),
        ],
    )
    def test_more_venues(self, sentence: str, expected: str) -> None:
        """进行 (at a place), 主持召开 and 于 for 在 name venues too."""
        venue = find_venue(sentence)
        assert venue is not None
        assert expected == venue.name

    @pytest.mark.parametrize(
        "sentence",
        [
            "印发《关于常态化开展扫黑除恶斗争的实施意见》",
            "要在全市党员干部中进行宣传",
            "在疫情尚未结束、复学有序进行的大背景下",
            "会议于6月1日召开",
        ],
    )
    def test_not_venues(self, sentence: str) -> None:
        """关于, a group of people, a background and a date are no venue."""
        assert find_venue(sentence) is None

    def test_before_meeting_is_no_venue(self) -> None:
        """在选举大会召开前 is a time, not a place."""
        assert find_venue("在选举大会召开前先后公布了名单") is None


class TestArea:
    @pytest.mark.parametrize(
        ("place", "expected"),
        [
            ("汝河路街道金苑社区", ("汝河路街道金苑社区", "汝河路街道")),
            ("峡窝镇马固村", ("峡窝镇马固村", "峡窝镇")),
            ("棉纺路街道机关选区", ("棉纺路街道机关选区", "棉纺路街道")),
            ("常庄安置区", ("常庄安置区", "")),
            ("豐產路街道", ("豐產路街道", "")),
        ],
    )
    def test_split_area(self, place: str, expected: tuple[str, str]) -> None:
        """The place stays whole; a sub-district opening it is named as its area."""
        assert expected == split_area(place)


class TestSamePlace:
    @pytest.mark.parametrize(
        ("known", "other", "expected"),
        [
            pytest.param("汝河路街道金苑社区", "金苑社区", True, id="area-dropped"),
            pytest.param("北岗小区", "北岗小区", True, id="equal"),
            pytest.param("北岗小区", "区", False, id="one-char"),
            pytest.param("金苑社区", "汝河路街道金苑社区", False, id="longer-is-new"),
            pytest.param("建设路小学", "建设路第二小学", False, id="other-school"),
        ],
    )
    def test_same_place(self, known: str, other: str, *, expected: bool) -> None:
        """A place named again without its area is the one already listed."""
        assert expected == same_place(known, other)


class TestTourOverSentences:
    def test_stops_in_later_sentences(self) -> None:
        """A tour's stops printed over several sentences are all kept, in order."""
        import datetime as dt  # noqa: PLC0415 - only this test needs dates

        from timeline.extract import extract_text  # noqa: PLC0415 - the pipeline under test

        page = (
            "标题\n\n本报讯 6月1日,副市长王东深入全市农贸市场检查食品安全。"
            "走进东风超市,王东仔细查看。随后,王东一行又来到城南农贸市场和百乐城,"
            "与经营户交流。在百乐城,王东先后来到办公室、仓库等处察看。"
        )
        (event,) = extract_text(page, published=dt.date(2020, 6, 3)).events
        assert ["东风超市", "城南农贸市场", "百乐城"] == [loc.name for loc in event.locations]
