"""Reading one printed list of places into stops."""

from __future__ import annotations

import pytest

from timeline.extract._stopnames import read_stops


@pytest.mark.parametrize(
    ("listing", "expected"),
    [
        pytest.param("东山镇、西河乡、南坪村", ["东山镇", "西河乡", "南坪村"], id="list"),
        pytest.param("青山中学和新桥小学", ["青山中学", "新桥小学"], id="he-after-schools"),
        pytest.param("南丁佳苑及东湖垸", ["南丁佳苑", "东湖垸"], id="ji-after-garden"),
        pytest.param("新城镇白龙村南的植树点", ["新城镇白龙村南的植树点"], id="where-before-de"),
        pytest.param("挂钩联系的长安社区", ["长安社区"], id="described-before-de"),
        pytest.param(
            "位于东山路北侧、西河桥南侧的青松广场",
            ["青松广场"],
            id="where-it-lies-names-two-places",
        ),
        pytest.param("重点企业东方纺织有限公司", ["东方纺织有限公司"], id="designation-before"),
        pytest.param("乡村振兴示范村东山镇南坪村", ["东山镇南坪村"], id="model-village-before"),
        pytest.param("示范村村部", ["示范村村部"], id="designation-alone-stays"),
        pytest.param("北山林区重点防火区域青松林场", ["青松林场"], id="zone-before"),
        pytest.param("东山县帮扶项目点南坪小学", ["南坪小学"], id="programme-site-before"),
        pytest.param("包村联系点东山镇南坪村", ["东山镇南坪村"], id="charge-point-before"),
        pytest.param("联系点南坪社区", ["南坪社区"], id="bare-charge-point-before"),
        pytest.param("重点区域", [], id="a-zone-alone-is-no-stop"),
        pytest.param("革命老区东山镇南坪村", ["东山镇南坪村"], id="honour-before-a-village"),
        pytest.param(
            "第一届县委成立地东山镇南坪村", ["东山镇南坪村"], id="history-before-a-village"
        ),
        pytest.param("第一站——东山镇", ["东山镇"], id="label-before-a-dash"),
        pytest.param("示范点----南坪村", ["南坪村"], id="label-before-hyphens"),
        pytest.param("“共同富裕”", [], id="quoted-slogan-is-no-place"),
        pytest.param("防汛最前沿", [], id="the-front-is-vague"),
        pytest.param("“青松水渠”", ["“青松水渠”"], id="quoted-place-stays"),
        pytest.param(
            "东山茶叶基地、“三个一”示范基地",
            ["东山茶叶基地", "“三个一”示范基地"],
            id="count-in-a-quoted-name",
        ),
        pytest.param(
            "东山县茶叶加工企业——青松茶业有限公司",
            ["青松茶业有限公司"],
            id="long-label-before-a-dash",
        ),
        pytest.param(
            "东湖社区(一期、二期)、南坪村",
            ["东湖社区(一期、二期)", "南坪村"],
            id="list-inside-parentheses",
        ),
        pytest.param(
            "东湖社区(一期、二期)、南坪村(东组、西组)和青山镇",
            ["东湖社区(一期、二期)", "南坪村(东组、西组)", "青山镇"],
            id="lists-inside-two-parentheses",
        ),
        pytest.param(
            "我县重点安置村----东山镇南坪村", ["东山镇南坪村"], id="our-district-then-a-label"
        ),
        pytest.param("中国—东盟博览园", ["中国—东盟博览园"], id="one-dash-inside-a-name"),
        pytest.param("东山村特困供养人员张大明", ["东山村"], id="person-after-place"),
        pytest.param("县消防大队观看了队列表演", ["县消防大队"], id="verb-with-le"),
        pytest.param("东山镇、西河乡的田块、村卡点", ["东山镇", "西河乡"], id="what-each-holds"),
        pytest.param(
            "青山镇东湖村、南坪社区两个接待点", ["青山镇东湖村", "南坪社区"], id="count-sums-up"
        ),
        pytest.param("东湖村、南坪村3个示范现场", ["东湖村", "南坪村"], id="count-in-digits"),
        pytest.param(
            "东湖小学、青山附中两个考点", ["东湖小学", "青山附中"], id="count-after-schools"
        ),
        pytest.param(
            "东湖小学、南坪小学等9所小学", ["东湖小学", "南坪小学"], id="count-of-schools"
        ),
        pytest.param(
            "青石河大桥重建、东湖公园景观整治", ["青石河大桥", "东湖公园"], id="work-done"
        ),
        pytest.param("东湖村道路改造项目", ["东湖村道路改造项目"], id="work-as-a-site"),
        pytest.param("东湖村新农村建设", ["东湖村"], id="programme-ending-like-a-place"),
        pytest.param("南山纸厂旧城改造", ["南山纸厂"], id="old-town-works"),
        pytest.param("南山小学主体工程建设", ["南山小学"], id="works-after-a-school"),
        pytest.param("东关街拆迁", ["东关街"], id="demolition-after-a-street"),
        pytest.param("南河污水处理厂及附属管网", ["南河污水处理厂及附属管网"], id="annex"),
        pytest.param("东山村幸福院及周边道路", ["东山村幸福院及周边道路"], id="roads-around"),
        pytest.param(
            "西岭水库、东湖公园及周边道路", ["西岭水库", "东湖公园及周边道路"], id="annex-in-a-list"
        ),
        pytest.param(
            "南坪商场超市及三楼美食街", ["南坪商场超市及三楼美食街"], id="a-floor-of-the-site"
        ),
        pytest.param(
            "东湖小学、县消防大队及基层中队",
            ["东湖小学", "县消防大队及基层中队"],
            id="units-of-the-site",
        ),
        pytest.param(
            "青山镇茶叶基地及当地茶园", ["青山镇茶叶基地及当地茶园"], id="what-lies-around-the-site"
        ),
        pytest.param("青溪河生态河堤绿化", ["青溪河生态河堤"], id="greening-after-a-bank"),
        pytest.param("南渡大桥绿化亮化", ["南渡大桥"], id="greening-and-lighting-after-a-bridge"),
        pytest.param("西关老街历史街区改造提升", ["西关老街历史街区"], id="upgrade-works"),
        pytest.param("东湖村亮化工程", ["东湖村亮化工程"], id="lighting-works-as-a-site"),
        # A plant's technical upgrade, and what it upgraded (a line, a machine).
        pytest.param("南山县水泥厂技改", ["南山县水泥厂"], id="a-plant's-upgrade"),
        pytest.param(
            "东湖县农机厂饲料粉碎机技改升级", ["东湖县农机厂"], id="a-machine-of-the-plant-upgraded"
        ),
        pytest.param(
            "上岗、下屯、长岗和周庄", ["上岗", "下屯", "长岗", "周庄"], id="last-two-joined"
        ),
        pytest.param("东岭、北坡及西岗", ["东岭", "北坡", "西岗"], id="last-two-joined-ji"),
        pytest.param("和平里社区", ["和平里社区"], id="he-opening-a-name"),
        pytest.param("东山县和平村", ["东山县和平村"], id="he-opening-a-name-after-county"),
        pytest.param("南坪街道和北关街道", ["南坪街道", "北关街道"], id="he-after-any-place-end"),
        pytest.param(
            "东湖公园及周边道路改造工程", ["东湖公园及周边道路改造工程"], id="site-and-its-works"
        ),
        pytest.param(
            "青山敬老院和助浴中心建设项目、南坪小学",
            ["青山敬老院和助浴中心建设项目", "南坪小学"],
            id="works-shared-inside-a-list",
        ),
        pytest.param(
            "东山故居和西楼旧址修缮工程现场", ["东山故居和西楼旧址修缮工程现场"], id="works-site"
        ),
        pytest.param(
            "南湖大桥、东湖公园和滨江路改造工程",
            ["南湖大桥", "东湖公园", "滨江路改造工程"],
            id="works-last-of-a-list-still-split",
        ),
        pytest.param("村民讲述的“美好故事”", [], id="quote-of-no-place"),
        pytest.param("新建成的“幸福公园”", ["“幸福公园”"], id="quote-of-a-place"),
        pytest.param("东湖工程和西山项目", ["东湖工程", "西山项目"], id="two-projects-split"),
        pytest.param("青山湖及白沙洲", ["青山湖", "白沙洲"], id="ji-after-a-lake"),
        pytest.param("县委1、2号会议室", ["县委1、2号会议室"], id="numbered-rooms-one-head"),
        pytest.param("东区1号楼、2号楼", ["东区1号楼", "2号楼"], id="numbered-places-each"),
        pytest.param("东湖社区学习", ["东湖社区"], id="what-was-done-there"),
        pytest.param("西河镇就防汛工作", ["西河镇"], id="purpose-after-place"),
        pytest.param("青山中心接待来访群众、研判案件", ["青山中心"], id="verb-object-is-no-stop"),
        pytest.param("公路检查站", ["公路检查站"], id="verb-before-a-head"),
        pytest.param("东湖社区交流中心", ["东湖社区交流中心"], id="place-ends-after-verb"),
        pytest.param("南山市对外贸易局", ["南山市对外贸易局"], id="office-ends-after-verb"),
        pytest.param("南投县议会交流", ["南投县议会"], id="council-then-what-was-done"),
        pytest.param("县第一人民医院", ["县第一人民医院"], id="ordinal-is-no-count"),
        pytest.param("东山镇第三代表之家", ["东山镇第三代表之家"], id="ordinal-before-a-head"),
        pytest.param("共建社区东湖社区", ["东湖社区"], id="paired-unit-label"),
        pytest.param("共建村党群服务中心", ["共建村党群服务中心"], id="paired-is-a-name"),
        pytest.param("城南镇第一书记派驻村青山村", ["青山村"], id="first-secretary-village"),
        pytest.param("特色工作联系点东山县", ["东山县"], id="work-contact-point"),
        pytest.param(
            "东园社区居委会和西园社区居委会",
            ["东园社区居委会", "西园社区居委会"],
            id="he-after-a-committee",
        ),
        pytest.param(
            "青山产业园二期和绿谷示范园", ["青山产业园二期", "绿谷示范园"], id="he-after-a-phase"
        ),
    ],
)
def test_read_stops(listing: str, expected: list[str]) -> None:
    """A list is split into its stops, each cut of what is printed around it."""
    assert expected == [p.name for p in read_stops(listing, 0)]


@pytest.mark.parametrize(
    "listing",
    [
        pytest.param("全省", id="a-whole-province"),
        pytest.param("我旗", id="our-own-banner"),
        pytest.param("险情处置情况", id="what-was-looked-at"),
        pytest.param("欢送仪式现场", id="scene-of-an-event"),
        pytest.param("领导、嘉宾", id="people"),
        pytest.param("田间、农户", id="kinds-of-spot"),
        pytest.param("值守在防汛一线", id="a-clause"),
        pytest.param("青山街道6个社区", id="a-share-of-one-place"),
        pytest.param("新兵体检流程", id="a-process"),
        pytest.param("集市运营、摊位布局", id="running-and-layout"),
        pytest.param("村庄", id="a-kind-of-settlement"),
        pytest.param("院落", id="courtyards"),
        pytest.param("农户家", id="a-kind-of-home"),
        pytest.param("少数民族村", id="a-kind-of-village"),
        pytest.param("村级文化宣传长廊", id="a-level-of-place"),
        pytest.param("小城镇建设情况", id="small-towns-as-a-topic"),
    ],
)
def test_no_stops(listing: str) -> None:
    """Whole districts, what was looked at, event scenes, people and clauses are no stops."""
    assert read_stops(listing, 0) == []


def test_a_process_before_what_was_looked_at_names_no_kind_of_place() -> None:
    """新型城镇化建设等方面的情况: urbanisation is a topic, not the towns (城镇) it names."""
    assert [] == read_stops("新型城镇化建设", 0, strict=True, looked=True)
    assert [] == read_stops("新型城镇化建设", 0, strict=True)


def test_strict_lists_end_like_places() -> None:
    """Read with a weak cue, every stop must end like a place."""
    assert read_stops("龙潭、东坝", 0, strict=True) == []
    assert ["龙潭镇", "东坝村"] == [p.name for p in read_stops("龙潭镇、东坝村", 0, strict=True)]


def test_spans_are_offsets_in_the_text() -> None:
    """Each stop's span is where it is printed, from the list's base offset."""
    text = "一行先后到东山村特困户张大明、西河乡"
    base = text.index("东")
    for p in read_stops(text[base:], base):
        assert text[p.span[0] : p.span[1]] == p.name


def test_a_long_list_may_hold_one_stop_unlike_a_place() -> None:
    """Read strictly, three stops may hold one that ends unlike a place (石门祠)."""
    names = [p.name for p in read_stops("石门祠、青溪古镇、南湖大桥", 0, strict=True)]
    assert ["石门祠", "青溪古镇", "南湖大桥"] == names


def test_what_a_last_joint_adds_unlike_a_place_is_no_stop() -> None:
    """After 及/和, a thing unlike a place is what was looked at: the list names none."""
    assert [] == read_stops("文体活动室、党群服务中心及周边环境", 0, strict=True)


def test_a_clause_before_a_list_describes_each_stop() -> None:
    """在建的A、B: the describing clause is cut, each stop kept whole."""
    stops = read_stops("在建的东河大桥、南山隧道、城北小学", 0, strict=True)
    assert ["东河大桥", "南山隧道", "城北小学"] == [p.name for p in stops]


def test_a_long_clause_before_a_list_describes_each_stop() -> None:
    """A describing clause of twenty characters is cut as a short one is."""
    stops = read_stops("去年夏天山洪泥石流灾害中受灾最为严重的东岭村、西岭村", 0)
    assert ["东岭村", "西岭村"] == [p.name for p in stops]


def test_a_clause_before_villages_and_their_needy_describes_each_village() -> None:
    """受灾严重的A村、B村困难群众家中: the villages are the stops (decision 20c)."""
    stops = read_stops("受灾严重的东岭村、西岭村困难群众家中", 0)
    assert ["东岭村", "西岭村"] == [p.name for p in stops]


def test_whose_things_before_a_list_are_no_description() -> None:
    """老人的A、B where the items end unlike places: no stops."""
    assert [] == read_stops("老人的住宿环境、活动场所", 0, strict=True)


def test_two_works_on_one_site_end_a_list_as_one_stop() -> None:
    """A、B、X改造及Y建设现场: the works share one site (decision 20), one stop."""
    stops = read_stops("东岭公路、南溪吊桥、镇卫生院危房改造及附属设施建设现场", 0)
    assert ["东岭公路", "南溪吊桥", "镇卫生院危房改造及附属设施建设现场"] == [p.name for p in stops]


def test_a_place_and_a_works_site_end_a_list_as_two_stops() -> None:
    """A、B及C建设项目现场 where B is a place: two stops."""
    stops = read_stops("东岭公路、南溪大桥及滨河绿道建设项目现场", 0)
    assert ["东岭公路", "南溪大桥", "滨河绿道建设项目现场"] == [p.name for p in stops]


@pytest.mark.parametrize(
    ("listing", "expected"),
    [
        ("青石小学校园环境", ["青石小学"]),
        ("东湖公园周边环境", ["东湖公园"]),
        # A kind of place's surroundings name no place.
        ("社区环境", []),
    ],
)
def test_surroundings_looked_at_are_cut(listing: str, expected: list[str]) -> None:
    """X小学校园环境 -> X小学: the surroundings are what was looked at, not the place."""
    assert expected == [p.name for p in read_stops(listing, 0, strict=True)]


def test_a_long_list_keeps_its_places_before_a_last_item_of_another_kind() -> None:
    """Four places or more, then an item that is none: the places stay."""
    listing = (
        "东湖村史馆、南山便民服务中心、西坪党建展示中心、北岭农业博物馆以及全省示范项目之一的某某"
    )
    assert ["东湖村史馆", "南山便民服务中心", "西坪党建展示中心", "北岭农业博物馆"] == [
        p.name for p in read_stops(listing, 0)
    ]


def test_a_long_list_keeps_its_places_around_one_item_of_another_kind() -> None:
    """Five places and one topic among them (X河综合整治情况): the places stay, the topic goes."""
    listing = (
        "南城中央公园、青龙湖、东区科教园区、西坪河综合整治及水体治理情况、"
        "老城历史文化街区改造提升、青河湿地公园和白瓷小镇"
    )
    assert [
        "南城中央公园",
        "青龙湖",
        "东区科教园区",
        "老城历史文化街区",
        "青河湿地公园",
        "白瓷小镇",
    ] == [p.name for p in read_stops(listing, 0, strict=True)]


def test_a_list_with_two_items_of_another_kind_names_none() -> None:
    """Two topics in a list of places: it is a list of work, not a tour."""
    listing = (
        "南城中央公园、青龙湖、东区科教园区、西坪河综合整治情况、老城人居环境整治情况、白瓷小镇"
    )
    assert [] == read_stops(listing, 0, strict=True)


def test_a_short_list_with_an_item_that_is_no_place_names_none() -> None:
    """Two places then one that is none: the list is not read."""
    assert [] == read_stops("东湖村史馆、南山便民服务中心以及全省示范项目之一的某某", 0)


def test_a_named_place_before_de_is_not_cut_off_its_stop() -> None:
    """X公司的养殖场 is one run, kept whole (decision 23b): the firm is not cut away."""
    assert ["东山市青松农业有限公司的养殖场"] == [
        p.name for p in read_stops("东山市青松农业有限公司的养殖场", 0)
    ]
    assert ["长安社区"] == [p.name for p in read_stops("挂钩联系的长安社区", 0)]


@pytest.mark.parametrize(
    ("listing", "expected"),
    [
        pytest.param(
            "南坪村的文化服务点、东山民俗馆",
            ["南坪村的文化服务点", "东山民俗馆"],
            id="village-and-its-site-in-a-list",
        ),
        pytest.param("新界东区的青松村", ["新界东区的青松村"], id="district-and-its-village"),
        pytest.param("包联的东山镇", ["东山镇"], id="a-clause-before-de-still-goes"),
        pytest.param("联点的青山县东坪镇", ["青山县东坪镇"], id="a-charge-ending-like-a-place"),
        pytest.param("县政协包联的南坪社区", ["南坪社区"], id="whose-charge"),
        # 挂点的X村, 所联系的X: the leader's own charge, whatever it ends with.
        pytest.param("挂点的东坪村", ["东坪村"], id="a-charge-point"),
        pytest.param("所联系的东山县东坪镇", ["东山县东坪镇"], id="the-one-kept-in-touch-with"),
        pytest.param("东坪村的老人", ["东坪村"], id="people-of-a-place-leave-the-place"),
    ],
)
def test_a_place_and_the_site_it_holds_are_one_stop(listing: str, expected: list[str]) -> None:
    """X的Y with both ending like places is one stop as printed (decision 23b)."""
    assert expected == [p.name for p in read_stops(listing, 0, strict=True)]


def test_households_after_a_village_are_skipped_before_they_are_judged() -> None:
    """X村A、B: every name after the village is a household, even one no place rule accepts."""
    assert ["南坪村"] == [p.name for p in read_stops("南坪村李德明、那建华", 0)]


@pytest.mark.parametrize(
    "kind", ["困难群众", "低保老人", "重点五保户", "老党员", "退役军人", "优抚对象"]
)
def test_every_kind_of_people_after_a_village_leaves_the_village(kind: str) -> None:
    """东井村困难群众、占泽村X: each kind of people visited is cut, its village kept."""
    stops = read_stops(f"东井村{kind}、占泽村{kind}", 0)
    assert ["东井村", "占泽村"] == [p.name for p in stops]


def test_a_home_after_its_village_is_cut() -> None:
    """X村张建国家: the household's home is no place, its village is (decision 20c)."""
    assert ["东山村", "西河村"] == [p.name for p in read_stops("东山村张建国家、西河村李秀英家", 0)]


@pytest.mark.parametrize(
    ("listing", "expected"),
    [
        pytest.param(
            "东湖垸北堤险情现场、西湖垸码头闸口和部分险工险段",
            ["东湖垸北堤险情现场", "西湖垸码头闸口"],
            id="share-last",
        ),
        pytest.param(
            "开发区标准厂房部分企业、东山材料城、西山家居城",
            ["东山材料城", "西山家居城"],
            id="share-first",
        ),
        pytest.param("城区部分超市、农贸市场", [], id="beside-a-kind-only"),
        pytest.param("部分站点、东山村", [], id="one-named-stop-only"),
        # Kinds of school alone name no school.
        pytest.param("我区部分中、小学以及幼儿园", [], id="kinds-of-school"),
    ],
)
def test_a_share_of_places_among_named_stops_is_skipped(listing: str, expected: list[str]) -> None:
    """部分X among named stops is no stop; two named stops or more beside it stay."""
    assert [p.name for p in read_stops(listing, 0)] == expected
