"""A report's later paragraphs told on other days: a trip's next day, told by its group."""

from __future__ import annotations

import pytest

from timeline.extract._layout import split_page


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(
            "代表小组外出考察\n\n2018年6月21日,区人大代表小组赴某市甲社区学习考察。代表团一行参观了"
            "社区服务中心。\n\n22日上午,代表团一行参观了某纪念馆。\n",
            id="the-group-by-its-name",
        ),
        pytest.param(
            "代表小组外出考察\n\n6月21日,区人大代表小组赴某市甲社区学习考察。\n\n"
            "22号人大代表一行参观了某纪念馆。\n\n代表们表示,此行收获很大。\n",
            id="its-people-as-a-group",
        ),
        pytest.param(
            "考察团访问某市\n\n为学习先进经验,4月23日,某县考察团启程赴某市考察。\n\n"
            "24日下午一到某市,考察团即参观了甲园区。\n\n考察团表示,此行收获很大。\n",
            id="a-clause-before-the-group",
        ),
        pytest.param(
            "村长们外出参观\n\n某县村长一行到某市先后参观了规划馆和博物馆。\n\n"
            "5月31日,村长一行来到甲县参观蔬菜基地。\n\n6月1日,村长一行在乙市参观了古街。\n\n"
            "某市有关负责人陪同参观。\n",
            id="a-party-by-its-people-into-the-next-month",
        ),
    ],
)
def test_a_trip_s_next_day_told_by_its_group_goes_on(page: str) -> None:
    """A trip told day by day, its range not printed, is one event over its days."""
    assert 1 == len(split_page(page).reports)


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(
            "县里考察\n\n6月21日,县委书记甲率考察团赴乙市考察。\n\n"
            "23日,县长丙率考察团赴丁市考察。\n",
            id="a-group-led-anew",
        ),
        pytest.param(
            "区里调研\n\n5月28日,区长到甲社区调研。\n\n5月29日,调研组到乙社区调研。\n",
            id="a-group-not-told-before",
        ),
        pytest.param(
            "代表视察\n\n4月20日,镇人大代表到各村座谈。\n\n"
            "21日,镇里又组织人大代表们开展了集中视察。\n",
            id="an-act-organised-anew",
        ),
        pytest.param(
            "代表小组外出考察\n\n6月11日,区人大代表小组赴某市学习考察。\n\n"
            "22日,代表们参观了某纪念馆。\n",
            id="past-a-week",
        ),
        pytest.param(
            "我县代表团参加市人代会\n\n2月5日,市人代会开幕,我县代表团出席会议。\n\n"
            "6日,我县代表团召开会议审议报告。\n\n代表们表示,将认真履职。\n",
            id="a-congress-delegation-sits-again",
        ),
        pytest.param(
            "县长调研\n\n5月8日,县长甲一行到乙镇调研。\n\n9日,县长甲一行到丙镇调研。\n\n"
            "县长强调,要抓好落实。\n",
            id="a-party-on-no-trip",
        ),
    ],
)
def test_another_act_of_a_later_day_is_another_report(page: str) -> None:
    """Only the group told before, going on within a week, keeps a later day in the trip."""
    assert 2 == len(split_page(page).reports)
