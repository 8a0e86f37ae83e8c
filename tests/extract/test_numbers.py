"""Numbers and count mentions: what a count of people is, and who it counts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract import _numbers as numbers
from timeline.extract._numbers import chinese_number, count_matches, precision_of, who_counted


class TestChineseNumber:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("71", 71),
            ("七十一", 71),
            ("十二", 12),
            ("一百零五", 105),
            ("两千", 2000),
            ("三万五千", 35000),
            ("万", 10000),
            ("千", 1000),
        ],
    )
    def test_numbers(self, text: str, expected: int) -> None:
        """Arabic and Chinese numerals read as integers."""
        assert expected == chinese_number(text)

    def test_not_a_number(self) -> None:
        """Other text is not a number."""
        assert chinese_number("名") is None


def _counts(text: str) -> list[tuple[int, str, str]]:
    """Each count's value, precision and who it counts."""
    return [
        (count, precision_of(m), who_counted(text, m.end(), m.start()))
        for m, count in count_matches(text)
    ]


class TestCountMatches:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("71名选民参加投票。", [71], id="arabic"),
            pytest.param("三十余名党员参加。", [30], id="chinese"),
            pytest.param("2.6万名职工参与。", [26000], id="ten-thousands"),
            pytest.param("59个村书记参加会议。", [59], id="ge-a-post-attending"),
            pytest.param("15个村党组织书记参赛。", [15], id="ge-contestants"),
            pytest.param("共一名同志到场。", [1], id="one-after-a-total"),
            pytest.param("全县15万选民参加投票。", [150000], id="voters-without-a-counter"),
            pytest.param("全区2.5万选民投票。", [25000], id="voters-decimal-ten-thousands"),
            pytest.param("现场有1,286位队员参与。", [1286], id="thousands-separator"),
            pytest.param("共有超过3千人报名参与。", [3000], id="digit-thousand"),
            pytest.param("约1千6百余位选手参加。", [1600], id="digit-thousand-hundred"),
            pytest.param("吸引超过1万2000名跑者参与。", [12000], id="ten-thousand-and-digits"),
            pytest.param("1.5万300人参加。", [15300], id="decimal-ten-thousand-and-digits"),
            pytest.param("1万5千名群众参与。", [15000], id="ten-thousand-and-a-digit-thousand"),
            pytest.param("3万5千余人参加。", [35000], id="ten-thousand-and-thousands-approx"),
            pytest.param("1万多名党员参加。", [10000], id="ten-thousands-approx"),
            pytest.param("活动吸引近万名游客。", [10000], id="nearly-ten-thousand"),
            pytest.param("万余名群众参加。", [10000], id="bare-ten-thousand-approx"),
            pytest.param("上千名市民参与。", [1000], id="as-many-as-a-thousand"),
            pytest.param("上百名志愿者参加。", [100], id="as-many-as-a-hundred"),
            pytest.param("会议出席代表156 人。", [156], id="space-before-the-counter"),
            pytest.param("全乡 80 余名党员参加。", [80], id="space-before-approx"),
            pytest.param("镇里2千余群众参加大会。", [2000], id="a-rounded-crowd-attending"),
            pytest.param("演出吸引约600多干部群众观看。", [600], id="a-rounded-crowd-watching"),
            pytest.param("健步走参加人数两千人。", [2000], id="chinese-numeral-after-renshu"),
            pytest.param("参与人数超过一千人。", [1000], id="more-than-after-renshu"),
            pytest.param("30余名义工参加了会议。", [30], id="volunteers-after-ming"),
            pytest.param("12名义务监督员到场。", [12], id="voluntary-posts-after-ming"),
        ],
    )
    def test_counts_of_people(self, text: str, expected: list[int]) -> None:
        """Arabic or Chinese numerals with a counter for people are counts."""
        assert expected == [count for _, count in count_matches(text)]

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("做一名奋发有为的好少年", id="rhetoric"),
            pytest.param("5个方面", id="ge-things"),
            pytest.param("第12名", id="ranking"),
            pytest.param("候选人名单", id="list"),
            pytest.param("桐柏路191号院", id="address"),
            pytest.param("3个项目", id="projects"),
            pytest.param("几十人参加", id="dozens"),
            pytest.param("数百名群众参加", id="hundreds"),
            pytest.param("三五名工作人员走访", id="a-few"),
            pytest.param("两三人一组", id="two-or-three"),
            pytest.param("10.5人", id="decimals"),
            pytest.param("12个村的代表参加", id="ge-villages"),
            pytest.param("18个村书记、部门负责人参加", id="ge-before-another-group"),
            pytest.param("投入资金15万元", id="ten-thousand-yuan"),
            pytest.param("全县15万群众", id="others-without-a-counter"),
            pytest.param("惠及全乡3千余群众", id="a-rounded-crowd-not-attending"),
            pytest.param("县里百万选民", id="a-figure-of-speech"),
            pytest.param("全省千万选民", id="another-figure-of-speech"),
            pytest.param("第1,250名", id="ranking-with-a-separator"),
            pytest.param("投入资金5千万元", id="five-thousand-ten-thousand-yuan"),
            pytest.param("发布时间:2019-03-02 10:15:06 人气:", id="a-time-before-a-stamp-label"),
            pytest.param("全镇辖12个村,近6万人口", id="a-population"),
            pytest.param("全县35万人口", id="a-population-exact"),
        ],
    )
    def test_not_counts(self, text: str) -> None:
        """Rhetoric, rankings, vague and other counters are no counts of people."""
        assert [] == list(count_matches(text))


class TestPrecisionAndCounted:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("71名选区选民参加此次投票选举。", (71, "exact", "选区选民"), id="after"),
            pytest.param("约30名政协委员参加视察。", (30, "about", "政协委员"), id="about"),
            pytest.param("50人左右参加。", (50, "about", ""), id="about-after"),
            pytest.param("超过50人参加。", (50, "at_least", ""), id="more-than"),
            pytest.param("上万人参加。", (10000, "at_least", ""), id="as-many-as"),
            pytest.param("干部群众50余人参加。", (50, "at_least", "干部群众"), id="before"),
            pytest.param(
                "须水街道组织志愿者40余名,深入辖区开展宣传。",
                (40, "at_least", "志愿者"),
                id="object-of-a-verb",
            ),
            pytest.param("比赛吸引了约300人现场观看。", (300, "about", ""), id="no-predicate"),
            pytest.param(
                "全市30多万选民参加投票。", (300000, "at_least", "选民"), id="voters-more-than"
            ),
        ],
    )
    def test_one_count(self, text: str, expected: tuple[int, str, str]) -> None:
        """How exact a count is, and who it counts, after the counter or before the number."""
        assert [expected] == _counts(text)


@given(
    st.text(
        alphabet="0123456789.万一二两三十百千零〇余多人名位个共约近上达次某选民 ,。", max_size=14
    )
)
def test_the_count_gate_never_hides_a_count(text: str) -> None:
    """Every count the pattern reads passes the cheap gate before it."""
    if numbers._COUNT.search(text) is not None:
        assert numbers._NUMBER_THEN_UNIT.search(text) is not None


@given(
    st.text(
        alphabet="0123456789. 万一二两三十百千零〇余多人名位个共计合约近上超过逾达左右次选民币家长"
        ",。",
        max_size=40,
    )
)
def test_the_count_scan_finds_what_finditer_finds(text: str) -> None:
    """Starting each search short of the next number and unit finds every count, in order."""
    expected = [(m.span(), m.groupdict()) for m in numbers._COUNT.finditer(text)]
    assert expected == [(m.span(), m.groupdict()) for m in numbers._count_finds(text)]
