"""What a place is, its area, and a place named again."""

from __future__ import annotations

import pytest

from timeline.extract._placenames import (
    PLACE_END,
    function_room,
    generic,
    same_place,
    split_area,
    vague,
)


@pytest.mark.parametrize(
    ("place", "ends"),
    [
        ("青山高中", True),
        ("东山附中", True),
        ("南安侨中", True),
        ("青禾电子", True),
        ("鸿运食品", True),
        ("散装食品", False),
        ("食品", False),
        ("东湖墓祠", True),
        ("南坪村文化长廊", True),
        ("东山湖畔", True),
        ("东方红小学", True),
        ("县体育场", True),
        ("南投县议会", True),
        ("达拉特旗", True),
        ("成绩优秀", False),
        ("座谈会", False),
        ("东山镇“四好公路”", True),
        ("「青山大桥」", True),
        ("“幸福故事”", False),
        ("城乡巨变“零距离”", False),
        ("东湖区(新城区)", True),
        ("南坪村新丰组", True),
        ("南坪村驻村工作组", False),
        ("南坪村驻村帮扶工作组", False),
    ],
)
def test_place_end(place: str, *, ends: bool) -> None:
    """What a place ends with: an administrative unit or a venue's head."""
    assert (PLACE_END.search(place) is not None) is ends


def test_area_is_kept_beside_the_name() -> None:
    """A stop keeps its sub-district in its name and names it as its area."""
    assert ("城关镇东街社区", "城关镇") == split_area("城关镇东街社区")


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
            pytest.param("青禾电子", "青禾电子项目建设现场", True, id="its-project-site"),
            pytest.param("青禾电子", "青禾电子产业园", False, id="another-site"),
            pytest.param("青禾电子", "青禾电子二期项目施工现场", True, id="its-phase-site"),
            pytest.param("北岗小区", "区", False, id="one-char"),
            pytest.param("金苑社区", "汝河路街道金苑社区", False, id="longer-is-new"),
            pytest.param("建设路小学", "建设路第二小学", False, id="other-school"),
            pytest.param("县红军纪念馆", "融安县红军纪念馆", True, id="county-added"),
            pytest.param("县中学", "城关县中学", False, id="short-is-ambiguous"),
            pytest.param("南坪村", "东山县南坪村", True, id="county-before-a-village"),
            pytest.param("东湖污水处理厂", "东湖污水处理厂现场", True, id="its-site"),
            pytest.param("东湖污水处理厂", "东湖污水处理厂二期现场", False, id="another-site"),
            pytest.param(
                "东山县西河镇滨河公园", "西河镇滨河公园建设现场", True, id="its-works-site"
            ),
            pytest.param(
                "东湖污水处理厂项目", "东湖污水处理厂项目施工现场", True, id="its-building-site"
            ),
            pytest.param("东湖公园", "东湖公园二期建设现场", False, id="another-works-site"),
            pytest.param("南坪村", "东山镇南坪村", False, id="town-before-a-village-is-new"),
            pytest.param(
                "南坪村", "东山自治县西河街道南坪村", True, id="county-and-town-before-a-village"
            ),
            pytest.param("南坪村", "东山县西河镇南坪村", True, id="county-then-town"),
            pytest.param("西河乡", "东山西河乡", True, id="county-short-name-before-a-town"),
            pytest.param("南坪村", "东山南坪村", False, id="short-name-before-a-village-is-new"),
            pytest.param("西河乡", "东山市西河乡", False, id="city-before-a-town-is-new"),
            pytest.param(
                "青山县民族中学新校区", "青山民族中学新校区", True, id="county-unit-dropped"
            ),
            pytest.param(
                "东湖镇北坪村蓝莓基地", "东湖镇北坪蓝莓基地", True, id="village-unit-dropped"
            ),
            pytest.param("东山镇南坪村", "东山南坪村", False, id="short-unit-dropped-is-ambiguous"),
            pytest.param("青山一中", "青山中", False, id="no-unit-dropped"),
        ],
    )
    def test_same_place(self, known: str, other: str, *, expected: bool) -> None:
        """A place named again without its area is the one already listed."""
        assert expected == same_place(known, other)


@pytest.mark.parametrize(
    ("known", "other"),
    [
        ("青禾", "青禾村"),
        ("青禾村", "青禾"),
        ("东山镇青禾", "青禾村"),
        ("东山乡青禾村", "东山乡青禾"),
    ],
)
def test_a_village_named_again_with_or_without_its_unit_is_the_same_place(
    known: str, other: str
) -> None:
    """A village printed bare (its 村 shared with the next name) and again with it is one place."""
    assert same_place(known, other)


def test_a_village_and_another_ending_in_its_name_are_not_the_same() -> None:
    """Only an area may stand before the bare name: 山青禾 is no 青禾村."""
    assert not same_place("东山青禾", "青禾村")


def test_a_town_named_again_with_its_unit_is_the_same_place() -> None:
    """东山 listed bare, then 在东山镇: one place; a longer name is another."""
    assert same_place("东山", "东山镇")
    assert not same_place("东山", "东山镇南坪村")
    assert same_place("东山镇", "东山")
    assert not same_place("东山镇南坪村", "东山")
    assert not same_place("镇", "")


@pytest.mark.parametrize(
    ("name", "is_vague"),
    [
        pytest.param("部分村庄", True, id="share"),
        pytest.param("南安侨中", False, id="overseas-chinese-school"),
        pytest.param("三个村", True, id="count"),
        pytest.param("5家企业", True, id="count-digits"),
        pytest.param("“六个一”产业基地", False, id="count-in-quotes"),
        pytest.param("第三个村", False, id="ordinal"),
        pytest.param("6月1日", True, id="date"),
        pytest.param("防汛一线", True, id="front-line"),
        pytest.param("值守在大堤", True, id="clause"),
        pytest.param("在建工地", False, id="under-construction"),
        pytest.param("工作重点", True, id="abstract-point"),
        pytest.param("找准发展结合点", True, id="a-point-of-fit"),
        pytest.param("东山村集合点", False, id="a-gathering-point"),
        pytest.param("东山检查站", False, id="checkpoint"),
        pytest.param("带队", True, id="leading-a-team"),
        pytest.param("东山中学", False, id="school"),
        pytest.param("会议中", True, id="during"),
        pytest.param("高中", False, id="high-school"),
        pytest.param("欢送仪式现场", True, id="scene-of-no-place"),
        pytest.param("东山村现场", False, id="scene-of-a-village"),
        pytest.param("3村", True, id="numbered-villages"),
        pytest.param("今年", True, id="a-year"),
        # A year opening a stop dates what follows (视察2024年重点项目, 在2016年成立了
        # 工作室): no place is named by its year.
        pytest.param("2024年重点工程项目", True, id="a-year-in-digits"),
        pytest.param("2016年成立了委员工作室", True, id="a-year-then-a-clause"),
        pytest.param("东山县2024年道路工程", False, id="a-year-after-the-place"),
        pytest.param("老区的东山村", True, id="of"),
        pytest.param("城南的东山村", False, id="south-of"),
        pytest.param("村东的植树点", False, id="side-of"),
        pytest.param("东山村", False, id="village"),
        # A count of homes or firms that ends a town's or a district's own name
        # (十家子镇, 五家学区) is part of it, not a count of places.
        pytest.param("七家子镇", False, id="count-in-a-town's-name"),
        pytest.param("四家子村", False, id="count-in-a-village's-name"),
        pytest.param("六家学区", False, id="count-in-a-district's-name"),
        pytest.param("前十二户村", False, id="homes-in-a-village's-name"),
        pytest.param("两户村民", True, id="count-of-households"),
        pytest.param("三家子公司", True, id="count-of-subsidiaries"),
        pytest.param("三个村", True, id="count-of-villages"),
        pytest.param("指定地点", True, id="a-set-place"),
        pytest.param("指定投票站点", True, id="a-set-polling-place"),
        pytest.param("二十三日晚间假文化大楼", True, id="a-day-in-numerals"),
        pytest.param("23 日", True, id="a-day-printed-apart"),
        pytest.param("九日山", False, id="a-numeral-in-a-name"),
        pytest.param("元旦清晨", True, id="a-time-of-day"),
        pytest.param("任内最后一天", True, id="a-last-day"),
        pytest.param("全县范围", True, id="a-range"),
        # A headline's or a talk's title closing inside the run: no place.
        pytest.param("东山村】县委", True, id="a-headline's-close"),
        pytest.param("东山》为题", True, id="a-title's-close"),
        # An adverb in 地 (深入浅出地, 全面细致地) is how it was done.
        pytest.param("浅出地", True, id="an-adverb-in-di"),
        pytest.param("全面细致地", True, id="a-longer-adverb-in-di"),
        pytest.param("东山茶叶种植基地", False, id="a-base"),
        pytest.param("东山村安置地", False, id="a-resettlement-site"),
        # A trade is a programme; its park is a site.
        pytest.param("农牧产业", True, id="a-trade"),
        pytest.param("东山县光电产业", True, id="a-county's-trade"),
        pytest.param("东山光电产业园", False, id="a-trade's-park"),
    ],
)
def test_vague(name: str, *, is_vague: bool) -> None:
    """Shares, counts, times, clauses and what was done are vague; named places are not."""
    assert is_vague == vague(name)


@pytest.mark.parametrize(
    ("name", "is_generic"),
    [
        # A bare kind of way or water, or the inside of a settlement, names
        # no one place, however it is qualified (along the route, between villages).
        ("河道", True),
        ("沿线道路", True),
        ("村间小道", True),
        ("乡间小路", True),
        ("沿途沟渠", True),
        # (A bare kind of area before it names none either.)
        ("城区主干道", True),
        ("茶园小道", True),
        ("主干道", True),
        ("镇内", True),
        ("乡内", True),
        ("会议室", True),
        ("小区", True),
        ("东风小区", False),
        # The main or a branch hall of an event held in several places names
        # none until its own name is printed (宝山分会场).
        ("主会场", True),
        ("分会场", True),
        ("宝山分会场", False),
        # A workshop or a greenhouse with no village, town or firm in its name
        # is a part of the stop it is in (decision 22e), no place of its own.
        ("温室大棚", True),
        ("生产加工车间", True),
        ("东坪村育苗大棚", False),
        ("东山公司包装车间", False),
        # (Two words of what is made, at most: a longer head holds whose
        # workshop it is, 东山茶叶加工车间.)
        ("东山茶叶加工车间", False),
        ("食用菌大棚", True),
        # A leader's contact point names no place until its own name follows.
        ("联系点", True),
        # A way or a water with a name of its own is a place.
        ("东河河道", False),
        ("南环道路", False),
        ("东山茶园小道", False),
        ("滨江路", False),
        # Back lanes and main streets named by their kind only name no place;
        # a named area's back lanes do (东坡街道背街小巷).
        ("背街小巷", True),
        ("城区主要街道", True),
        ("东坡街道背街小巷", False),
        ("青山村内", False),
        ("东湖镇", False),
        # A zone of a venue named by its use alone is a part of it (decision 22e).
        ("准备区", True),
        ("义诊区", True),
        ("體驗區", True),
        ("东山体验区", False),
        ("开发区", False),
    ],
)
def test_generic(name: str, *, is_generic: bool) -> None:
    """A kind of way, water or settlement's inside is generic; a named one is not."""
    assert generic(name) is is_generic


@pytest.mark.parametrize(
    ("name", "by_use"),
    [
        # A room named only by its use is a part of the stop it is in.
        ("广播指挥室", True),
        ("青年活动室", True),
        ("社区志愿服务活动室", True),
        # A room with a unit, a floor or a number is named; a meeting room or
        # a member's studio is a venue of its own.
        ("东山镇青年活动室", False),
        ("青山社区代表联络室", False),
        ("三楼阅读室", False),
        ("科技园305室", False),
        ("政协委员工作室", False),
        ("常委会议室", False),
        ("东山广场", False),
    ],
)
def test_function_room(name: str, *, by_use: bool) -> None:
    """A room named by its use alone is told apart from a named one."""
    assert function_room(name) is by_use
