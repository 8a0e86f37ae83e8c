"""Lists of stops once found: where each ends and what goes on after it."""

from __future__ import annotations

import re

import pytest

from timeline.extract import _stoplists as stoplists
from timeline.extract._places import find_tour


@pytest.mark.parametrize(
    "text",
    [
        "一行来到青山社区,参观了议事室、阅读角、老年食堂等功能室",
        "随后到白沙村,察看了党员活动中心、邻里服务中心等场所",
        "参观了新华村文化礼堂、农家书屋、文体活动室等阵地",
    ],
)
def test_rooms_named_as_such_after_a_list_are_no_stops(text: str) -> None:
    """A list closed by 等功能室/等场所/等阵地 names parts of a place, not stops."""
    names = [p.name for p in find_tour(text)]
    assert not any(n.endswith(("室", "角", "堂", "中心", "书屋")) for n in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "团县委组成慰问小组,分别去东湖小学、南坪小学、北山小学等5所小学送去节日礼物。",
            ["东湖小学", "南坪小学", "北山小学"],
            id="schools-then-their-count",
        ),
        pytest.param(
            "县领导一行先后前往东湖小学、南坪小学、北山中学、青山附中四个考点巡考。",
            ["东湖小学", "南坪小学", "北山中学", "青山附中"],
            id="exam-sites-counted",
        ),
        pytest.param("他表示要去东湖小学看看。", [], id="a-bare-qu-is-no-tour"),
    ],
)
def test_a_list_of_schools_closed_by_its_count(text: str, expected: list[str]) -> None:
    """A、B、C等5所小学 / A、B四个考点: the count sums the list up; 分别去 goes to each."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "县长一行先后检查了东坪镇南山村蔬菜示范点,青溪村高标准农田,查看苗情。",
            ["东坪镇南山村蔬菜示范点", "青溪村高标准农田"],
            id="village-and-its-field",
        ),
        pytest.param(
            "书记先后深入东坪镇柳林村,南山镇移民搬迁安置点,详细了解群众生活。",
            ["东坪镇柳林村", "南山镇移民搬迁安置点"],
            id="town-and-its-site",
        ),
        pytest.param(
            "县长先后到东坪镇南山村,就乡村振兴工作进行调研。",
            ["东坪镇南山村"],
            id="a-topic-opened-by-jiu-is-no-stop",
        ),
        pytest.param(
            "县长先后到东坪镇南山村,对进村道路沿途沟渠进行检查。",
            ["东坪镇南山村"],
            id="a-clause-opened-by-dui-is-no-stop",
        ),
        pytest.param(
            "书记先后到东坪镇南山村,青溪村党支部书记介绍了产业发展情况。",
            ["东坪镇南山村"],
            id="a-village-official-speaking-is-no-stop",
        ),
        pytest.param(
            "书记先后检查了东坪镇南山村,青溪村两委班子建设。",
            ["东坪镇南山村"],
            id="a-village-body-is-no-stop",
        ),
    ],
)
def test_a_stop_after_a_comma_opening_with_its_village_goes_on(
    text: str, expected: list[str]
) -> None:
    """先后检查了A,B村高标准农田: a comma piece opening with a village or town is the next stop."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "在东坪镇玉米种植基地、南山镇周庄村蔬菜大棚建设点,青溪镇蔬菜交易市场,"
            "县长详细了解了基地发展情况。",
            ["东坪镇玉米种植基地", "南山镇周庄村蔬菜大棚建设点", "青溪镇蔬菜交易市场"],
            id="a-list-past-a-comma",
        ),
        pytest.param(
            "在东坪路段交通卡口,青溪高速南山收费站、六塘收费站,来自公安、交警等部门的工作人员坚守岗位。",
            ["东坪路段交通卡口", "青溪高速南山收费站", "六塘收费站"],
            id="one-place-then-a-list",
        ),
        pytest.param(
            "在县中心敬老院,县长首先代表县委、县政府看望慰问老人。",
            ["县中心敬老院"],
            id="who-came-and-what-they-did-is-no-place",
        ),
        pytest.param(
            "在东坪镇卫生院,镇长认真听取了院长汇报安全情况,检查了消防设施。",
            ["东坪镇卫生院"],
            id="a-clause-after-the-place",
        ),
    ],
)
def test_places_opening_a_sentence_go_on_past_a_comma(text: str, expected: list[str]) -> None:
    """在A、B,C,X详细了解: every piece with no verb up to the clause's subject is a place."""
    assert expected == [p.name for p in find_tour(text)]


def test_a_list_of_stops_goes_on_past_a_semicolon() -> None:
    """先后深入A村;B镇C村、D村: a semicolon parts the towns' groups of one list."""
    text = "书记先后深入东坪镇南山村;青溪镇柳林村、石门村,详细了解群众生活。"
    assert ["东坪镇南山村", "青溪镇柳林村", "石门村"] == [p.name for p in find_tour(text)]
    demand = "书记先后深入东坪镇南山村;要求做好防汛。"
    assert ["东坪镇南山村"] == [p.name for p in find_tour(demand)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "检查组实地察看了东坪镇南山村道路硬化情况,青溪镇柳林村旧房改造情况,"
            "石门路沿线绿化情况,并听取汇报。",
            ["东坪镇南山村", "青溪镇柳林村", "石门路沿线"],
            id="each-stop-with-its-topic",
        ),
        pytest.param(
            "书记先后察看了东坪镇南山村道路硬化情况,青溪镇柳林村旧房改造、危房加固情况,"
            "县城污水处理厂施工现场。",
            ["东坪镇南山村", "青溪镇柳林村", "县城污水处理厂施工现场"],
            id="a-topic-with-its-own-list-then-a-site",
        ),
        pytest.param(
            # 视察 is no stop cue: places inside its topics name none (decision 23).
            "代表们视察了东坪镇南山村道路硬化情况,石门路沿线绿化情况。",
            [],
            id="inspected-topics-name-no-more-stops",
        ),
    ],
)
def test_stops_each_followed_by_what_was_looked_at_there(text: str, expected: list[str]) -> None:
    """察看了A整治情况,B改造情况: each comma piece opens with a stop looked at on the spot."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "上午,区商务局赴红星纺织、宏达机械2家企业进行实地调研",
            ["红星纺织", "宏达机械"],
            id="count-without-etc",
        ),
        pytest.param(
            "局长一行到东风化工、金桥食品两家企业开展安全检查",
            ["东风化工", "金桥食品"],
            id="count-in-words",
        ),
        pytest.param(
            "调研组先后实地走访了华丰电器、恒通塑业、远大制药等多家企业,与企业负责人交流",
            ["华丰电器", "恒通塑业", "远大制药"],
            id="etc-and-many",
        ),
        pytest.param(
            "副主席一行先后走访了华联机械、东升阀门2家台资企业,认真听取意见",
            ["华联机械", "东升阀门"],
            id="count-and-a-qualified-kind",
        ),
        pytest.param(
            "工作组还实地走访了青山、白沙两个乡镇的村居和企业",
            ["青山", "白沙"],
            id="two-towns-then-what-they-hold",
        ),
    ],
)
def test_a_list_closed_by_its_count_and_kind_names_its_stops(
    text: str, expected: list[str]
) -> None:
    """
    A list of named stops summed up by a count and their kind (两家企业, 等多家企业).

    The kind printed after the list says what the stops are, however their
    short names end; the count is no part of the last one (decision 22f).
    """
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    "text",
    [
        "区政协主席赴城西街道6个社区开展走访",
        "局长深入辖区5家企业调研",
    ],
)
def test_an_area_before_a_counted_group_is_no_stop(text: str) -> None:
    """赴某街道6个社区: the area only qualifies the counted group (decision 20h)."""
    assert [] == find_tour(text)


def test_a_village_named_with_a_count_stays_a_stop() -> None:
    """三家村 printed as an item of its own is a village's name, no count closing the list."""
    text = "县长一行先后到东山乡、三家村调研"
    assert ["东山乡", "三家村"] == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "检查组先后来到东大街沿街商铺,南关社区改造工地,青松花园小区,汽车站商贸城进行了实地查看",
            ["东大街沿街商铺", "南关社区改造工地", "青松花园小区", "汽车站商贸城"],
            id="ends-in-城",
        ),
        pytest.param(
            "代表们先后视察了城南水厂,县中医院,北山生态产业园,宏远物流有限公司等项目",
            ["城南水厂", "县中医院", "北山生态产业园", "宏远物流有限公司"],
            id="ends-in-园",
        ),
    ],
)
def test_stops_parted_by_commas_each_ending_like_a_place_go_on(
    text: str, expected: list[str]
) -> None:
    """A list printed with commas goes on past a piece ending like a place (城, 园)."""
    assert expected == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    "text",
    [
        "爱心人士来到东山镇金竹村,对进村道路沿途沟渠进行清理",
        "一行来到西湖村,村支书带路参观村史馆",
        "考察团来到东山市,拜会市议会",
    ],
)
def test_a_clause_after_a_stop_is_no_stop(text: str) -> None:
    """A comma piece opening a clause (对…, a verb with 了) names no further stop."""
    assert [text.split("来到")[1].split(",", maxsplit=1)[0]] == [p.name for p in find_tour(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一行先后走访了东山乡、前三家村调研。", ["东山乡", "前三家村"]),
        ("一行先后到东山乡、刘八家村进行调研。", ["东山乡", "刘八家村"]),
        ("一行先后到前三家村、后五家村调研。", ["前三家村", "后五家村"]),
        # (N家村 is a village's name, however long what precedes it: a count
        # of villages is N个村.)
        ("一行先后到东山乡、西河镇十八家村调研。", ["东山乡", "西河镇十八家村"]),
        # A count closing the list after its last stop still closes it.
        ("一行先后到东山乡、西岭乡两个乡镇调研。", ["东山乡", "西岭乡"]),
    ],
)
def test_a_count_inside_a_village_name_closes_no_list(text: str, expected: list[str]) -> None:
    """前三家村: a count inside a name is no count and kind closing the list."""
    assert expected == [p.name for p in find_tour(text)]


def test_a_body_is_no_next_stop() -> None:
    """A comma piece naming a body (县委常委会) is no stop of the tour; a village is."""
    stops = find_tour("一行先后来到东山村,西山村,县委常委会调研。")
    assert ["东山村", "西山村"] == [p.name for p in stops]
    stops = find_tour("一行先后来到东山村,西山村,南岭村委会调研。")
    assert ["东山村", "西山村", "南岭村委会"] == [p.name for p in stops]


@pytest.mark.parametrize("count", ["两个", "5个", "几个", "多个", "数个", "两家", "三所"])
def test_every_count_closes_a_list_before_its_kind(count: str) -> None:
    """到A、B等N个村: every printed count (one shared grammar) closes the list before its kind."""
    stops = find_tour(f"5月3日,县长到东山、西岭等{count}村,要求做好工作。")
    assert ["东山", "西岭"] == [p.name for p in stops]


@pytest.mark.parametrize(
    "text",
    [
        "2月1日,县宣讲团走进东湖镇南岭村\n\n“送戏下乡”演出吸引了村民。",
        "2月1日,县宣讲团走进东湖镇南岭村(王小明 摄)\n\n“送戏下乡”演出吸引了村民。",
        "2月1日,县宣讲团走进东湖镇南岭村(摄影 王小明)\n“送戏下乡”演出吸引了村民。",
        # (The page's lines put together: the credit still ends the caption.)
        "2月1日,县宣讲团走进东湖镇南岭村(王小明 摄)“送戏下乡”演出吸引了村民。",
    ],
)
def test_a_stop_ends_at_a_line_break_and_before_a_photo_credit(text: str) -> None:
    """A stop runs on past no line break, and a photo credit after it is no part of its name."""
    assert ["东湖镇南岭村"] == [p.name for p in find_tour(text)]


def test_the_first_characters_of_what_closes_a_list() -> None:
    """The check before ``_DONE``'s branches lets every branch open where it can."""
    words = re.findall(r"[\u4e00-\u9fff]+", stoplists._DONE_RULE)
    samples = [f"某村{w}{end}" for w in words for end in ("", "了", "情况")]
    samples += ["某村,", "某村。", "某村;", "某村\n", "对某村开展工作", "就某事进行"]
    samples += ["与村干部座谈"]
    for text in samples:
        for at in range(len(text) + 1):
            assert bool(re.match(stoplists.DONE, text[at:])) == bool(
                re.match(stoplists._DONE_RULE, text[at:])
            ), (text, at)


@pytest.mark.parametrize(
    "text",
    [
        "市长深入东山制药、西岭电子等重点项目建设现场调研。",
        "市长深入东山制药、西岭电子等项目建设现场调研。",
        "市長深入东山制药、西岭电子等重點項目建設現場調研。",
    ],
)
def test_short_names_closed_by_the_sites_of_works_being_built(text: str) -> None:
    """深入A、B等(重点)项目建设现场: the sites say what the short names are (decision 22f)."""
    assert [p.name for p in find_tour(text)] == ["东山制药", "西岭电子"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "工作组刚抵达东山村村委会,便立刻走进二楼会议室,座谈会随即开始",
            ["东山村村委会", "二楼会议室"],
            id="then-at-once",
        ),
        pytest.param(
            "书记来到青山烈士陵园,瞻仰红军指挥部旧址,缅怀先烈",
            ["青山烈士陵园"],
            id="paying-respects",
        ),
        pytest.param(
            "一行先后来到东山村,便民服务中心,详细了解",
            ["东山村", "便民服务中心"],
            id="a-name-opening-like-the-adverb",
        ),
    ],
)
def test_a_piece_opening_with_an_adverb_or_a_verb_is_no_stop(
    text: str, expected: list[str]
) -> None:
    """A comma piece opening 便/随即/立即 or 瞻仰 says what was done next, not one more stop."""
    assert [p.name for p in find_tour(text)] == expected
