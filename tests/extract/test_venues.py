"""Venues: where a meeting or an activity was held."""

from __future__ import annotations

import pytest

from timeline.extract._venues import find_venue


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
            pytest.param("决赛在城东体育场精彩上演。", "城东体育场", id="staged-finely"),
            pytest.param("培训班在县委党校开班。", "县委党校", id="class-opens"),
            pytest.param("考察组在东山区学习交流。", "东山区", id="learnt-from"),
            pytest.param("联席会议于南投市登场。", "南投市", id="comes-on"),
            pytest.param("全县运动会在县体育场成功举办。", "县体育场", id="held-successfully"),
            pytest.param("年会在滨江酒店圆满召开。", "滨江酒店", id="held-well"),
            pytest.param("区长魏海在二楼会议室主持召开会议。", "二楼会议室", id="chaired-at"),
            pytest.param(
                "金门县政府于本县灾害应变中心召开会议。", "本县灾害应变中心", id="yu-for-zai"
            ),
            pytest.param("市政协在机关三楼会议室召开了主席会议。", "机关三楼会议室", id="held-le"),
            pytest.param("汇演于昨日假湾仔体育馆举行。", "湾仔体育馆", id="jia-after-a-date"),
            pytest.param(
                "副省长李明在青山煤业公司检查安全生产工作。", "青山煤业公司", id="checked-at"
            ),
            pytest.param("我镇在机场安置区内召开了大会。", "机场安置区", id="inside"),
            pytest.param(
                "龙舟赛6月1日在南湾湖水上活动中心拉开序幕。",
                "南湾湖水上活动中心",
                id="curtain-up",
            ),
            pytest.param(
                "一场拔河比赛在青山县华丰镇下坂村火热上演。",
                "青山县华丰镇下坂村",
                id="put-on",
            ),
            pytest.param(
                "在城东社区召开的党员大会上,选举产生新一届委员。",
                "城东社区",
                id="at-the-meeting-held-there",
            ),
            pytest.param(
                "全体区领导在区机关大楼341会议室集中收看大会。",
                "区机关大楼341会议室",
                id="watched-at",
            ),
            pytest.param("副局长在青山区探访独居长者。", "青山区", id="visit-paid-there"),
            pytest.param(
                "全国大奖赛在青山国际赛车场打响。", "青山国际赛车场", id="event-opens-there"
            ),
            pytest.param(
                "启动仪式在滨江文化广场热烈开场。", "滨江文化广场", id="adverb-before-opening"
            ),
            pytest.param("书画联展在县博物馆展出。", "县博物馆", id="shown-there"),
            # A headline glued to its text (【…同在】X举办…): the venue comes later.
            pytest.param(
                "【快乐与健康同在】县总工会举办健步走,县总工会在东湖公园举办健步走。",
                "东湖公园",
                id="past-a-headline",
            ),
            pytest.param("机关干部60余人在东山村义务植树。", "东山村", id="trees-planted-there"),
            # Traditional characters the matching table leaves as printed (義務植樹).
            pytest.param("镇干部群众在东山村義务植樹。", "东山村", id="trees-planted-traditional"),
            pytest.param(
                "县政协全会在县会展中心胜利闭幕。", "县会展中心", id="session-closes-there"
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
            "在全市范围内检查",
            "在工作中学习",
            "委员们抵达东岭村,在村史馆听取介绍",
            "在会上听取汇报",
            "此次代表在蕉城将开展调研",
            "在 随后召开的座谈会上",
            "司长在「青年创新论坛」开幕礼上致辞",
            "该局于今年办理清淤工程",
            "调研组在副市长王东陪同下来青山镇视察",
            "省委书记在全省传达会议精神",
            "书记和在家领导班子成员全程观看比赛",
            "颁奖在青山县第三届农民运动会举行",
            "新曲目在本场晚会上正式上演",
            "代表们在群众中走访了解情况",
            "他在村里走访群众",
            "干部在辖区走访",
            "在节日期间走访",
            "在县城展出的作品共有百余件",
            "主持人在热场后开场白简短",
            "大会于日前胜利闭幕",
            "庆典于今日隆重举行",
            "全区30余家在建项目负责人到甲项目、乙项目进行观摩学习",
            "在建工程现场进行检查",
        ],
    )
    def test_not_venues(self, sentence: str) -> None:
        """关于, a group of people, a background, a date and 在建 (being built) are no venue."""
        assert find_venue(sentence) is None

    @pytest.mark.parametrize(
        "sentence",
        [
            "第三届论坛将于2030年5月在青山宾馆举行",
            "多项活动将在南湖公园陆续上演",
            "明年的年会拟在城东会展中心召开",
            "全县比赛计划在县体育馆举行",
            "今后街道工委在青山社区开展活动",
        ],
    )
    def test_venue_to_come(self, sentence: str) -> None:
        """A venue after 将于/将在/拟/计划于 in its clause is still to come."""
        assert find_venue(sentence) is None

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            pytest.param("协会将年会放在青山宾馆举行", "青山宾馆", id="ba-construction"),
            pytest.param(
                "按照计划,座谈会在县委会议室召开", "县委会议室", id="plan-in-earlier-clause"
            ),
            pytest.param("将士们在县体育馆举行联欢会", "县体育馆", id="jiangshi"),
        ],
    )
    def test_venue_not_to_come(self, sentence: str, expected: str) -> None:
        """将 taking an object, or a plan in an earlier clause, puts nothing off."""
        venue = find_venue(sentence)
        assert venue is not None
        assert expected == venue.name

    def test_before_meeting_is_no_venue(self) -> None:
        """在选举大会召开前 is a time, not a place."""
        assert find_venue("在选举大会召开前先后公布了名单") is None


def test_an_adverb_before_the_venue_verb_is_no_part_of_it() -> None:
    """在X还开展: 还 goes with the verb, not the place."""
    venue = find_venue("在东湖产业园区也开展了政策宣传。")
    assert venue is not None
    assert venue.name == "东湖产业园区"


def test_a_ceremony_named_after_its_verb_is_no_venue() -> None:
    """在X启动仪式上: 启动 names the ceremony, so X is no venue; 在X启动 still is one."""
    assert find_venue("副县长在主持启动仪式上要求,各单位加快进度。") is None
    venue = find_venue("活动在县文化广场启动。")
    assert venue is not None
    assert venue.name == "县文化广场"


def test_an_adverb_before_the_venue_verb_is_no_part_of_the_venue() -> None:
    """在X正式举行: 正式 says how it was held, not where."""
    venue = find_venue("全县技能大赛决赛在南平正式举行")
    assert venue is not None
    assert venue.name == "南平"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("县第三次代表大会在该县人民会堂开幕", "该县人民会堂", id="hall"),
        pytest.param("东坪乡在该乡政府三楼会议室召开了动员会", "该乡政府三楼会议室", id="room"),
    ],
)
def test_a_hall_of_the_district_just_told_is_a_venue(sentence: str, expected: str) -> None:
    """该县人民会堂: a named hall of "this" county is where it was held."""
    venue = find_venue(sentence)
    assert venue is not None
    assert expected == venue.name


def test_a_topic_between_the_venue_and_its_verb() -> None:
    """在X就…进行督导: X is where the work was done, when X reads as a place."""
    venue = find_venue("副市长王明在东山县就防汛工作进行督导检查。")
    assert venue is not None
    assert "东山县" == venue.name
    assert find_venue("他在会上就防汛工作进行了部署。") is None


def test_a_place_may_hold_jiu_only_as_jiuye() -> None:
    """就业 is part of a place's name; any other 就 ends the place and opens the topic."""
    venue = find_venue("招聘会在东山县就业服务中心举行。")
    assert venue is not None
    assert "东山县就业服务中心" == venue.name
    venue = find_venue("副县长在青山镇就就业工作进行调研。")
    assert venue is not None
    assert "青山镇" == venue.name


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "县直各单位负责人在县广电局二楼会议室参加了本次会议。",
            "县广电局二楼会议室",
            id="taking-part-in-a-meeting",
        ),
        pytest.param("40名应征青年在县中医院体检中心参加体检。", "县中医院体检中心", id="check-up"),
        pytest.param("副县长一行在县实验中学巡查考试工作。", "县实验中学", id="patrol"),
        pytest.param("班子成员在主会场参加会议。", None, id="a-bare-main-hall"),
        pytest.param("领导到所在选区参加投票。", None, id="one-own-district"),
        pytest.param("他在全县范围内巡查。", None, id="no-place-patrolled"),
    ],
)
def test_taking_part_or_patrolling_at_a_place_names_the_venue(
    sentence: str, expected: str | None
) -> None:
    """在X参加…, 在X巡查: X is the venue when it is a named place."""
    venue = find_venue(sentence)
    assert expected == (venue.name if venue is not None else None)


class TestVenueVerb:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            pytest.param("志愿者在城东公园植树。", "城东公园", id="trees-bare"),
            pytest.param("会议于6月1日在县委礼堂召开。", "县委礼堂", id="time-then-place"),
            pytest.param("他在城东公园散步。", None, id="no-verb-of-holding"),
            pytest.param("在,召开", None, id="no-place"),
        ],
    )
    def test_venue_needs_its_verb(self, sentence: str, expected: str | None) -> None:
        """A venue is closed by what was done there; a sentence with none names no venue."""
        venue = find_venue(sentence)
        assert expected == (venue.name if venue else None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 在X出席并宣布启动: X is where one attended; the act after it is no place.
        pytest.param("副省长张三在主会场出席并宣布活动启动。", None, id="a-bare-main-hall"),
        pytest.param(
            "县长在西河分会场出席并宣布活动启动。", "西河分会场", id="a-named-branch-hall"
        ),
        pytest.param("书记在县委党校出席并宣布培训班开班。", "县委党校", id="a-named-school"),
        pytest.param("市长在分会场宣布启动。", None, id="a-bare-branch-hall"),
    ],
)
def test_attending_at_a_hall_ends_the_venue(sentence: str, expected: str | None) -> None:
    """在主会场出席并宣布启动: the venue ends at 出席, and a bare main or branch hall is none."""
    venue = find_venue(sentence)
    assert expected == (venue.name if venue else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("全县职工运动会在东山县体育馆圆满落下帷幕。", "东山县体育馆", id="curtain"),
        pytest.param("全市运动会在东山区体育场圓满落幕。", "东山区体育场", id="traditional"),
        pytest.param("全县职工运动会在热烈掌声中落下帷幕。", None, id="applause"),
        pytest.param("晚会在全体合唱《歌唱祖国》就此落下帷幕。", None, id="a-title"),
    ],
)
def test_an_event_ending_at_a_venue_names_it(text: str, expected: str | None) -> None:
    """在X落下帷幕 / 在X落幕: the event ended there, as 在X闭幕 says."""
    venue = find_venue(text)
    assert expected == (venue.name if venue is not None else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("市长昨日与区议员在市政大楼会面。", "市政大楼", id="met-there"),
        pytest.param("特首在北京與商務部長張三會面。", "北京", id="partner-cut"),
        pytest.param(
            "市长在市长办公室与昨日当选的副市长会面。", "市长办公室", id="partner-with-de"
        ),
        pytest.param("议员在与东区议会举行的会议上讨论交通。", None, id="held-with"),
        pytest.param("两位代表在会议间隙会面。", None, id="no-place"),
    ],
)
def test_a_meeting_of_two_parties_names_its_venue(text: str, expected: str | None) -> None:
    """在X与Y会面: X is where they met; 在与X举行的会议上 names who, not where."""
    venue = find_venue(text)
    assert expected == (venue.name if venue is not None else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("县长在县行政中心亲切会见了客商一行。", "县行政中心", id="welcome"),
        pytest.param("健步走活动上午在滨河公园热闹登场。", "滨河公园", id="show"),
        pytest.param("健步走活动上午在滨河公园热鬧登场。", "滨河公园", id="show-as-matched"),
    ],
)
def test_the_manner_before_the_verb_is_no_part_of_the_venue(text: str, expected: str) -> None:
    """在X亲切会见, 在X热闹登场: the adverb is how it was done, not the venue's tail."""
    venue = find_venue(text)
    assert venue is not None
    assert venue.name == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("两家单位在文化广场共同举办健步走活动。", "文化广场", id="together"),
        pytest.param("县妇联、县司法局在人民公园联合开展普法宣传。", "人民公园", id="jointly"),
        pytest.param("职工运动会在县体育馆冒雨举行开幕式。", "县体育馆", id="in-the-rain"),
        pytest.param("参观结束后,大家在镇二楼会议室随即召开交流会。", "镇二楼会议室", id="at-once"),
        pytest.param("演讲比赛在市广电中心徐徐落下帷幕。", "市广电中心", id="slowly"),
        pytest.param("本区在澳门接连举办两场推介会。", "澳门", id="one-after-another"),
        pytest.param("理事会在县妇女联合会召开。", "县妇女联合会", id="name-keeps-its-word"),
    ],
)
def test_who_or_when_before_the_verb_is_no_part_of_the_venue(text: str, expected: str) -> None:
    """在X共同举办, 在X联合开展, 在X冒雨举行, 在X随即召开: the venue ends before the adverb."""
    venue = find_venue(text)
    assert venue is not None
    assert venue.name == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("副县长在县信访接待中心公开接待上访群众。", "县信访接待中心", id="received"),
        pytest.param("区长在城南街道接访,听取群众诉求。", "城南街道", id="petitions"),
        pytest.param("他在全县范围公开接待群众。", None, id="no-place"),
        pytest.param("在一天的接待中,他接待群众30人次。", None, id="no-venue"),
    ],
)
def test_petitioners_received_name_a_venue(text: str, expected: str | None) -> None:
    """在X公开接待上访群众, 在X接访: where a leader received petitioners."""
    venue = find_venue(text)
    assert expected == (venue.name if venue is not None else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("运动会开幕式在东山县新落成的体育馆隆重举行。", "体育馆", id="newly-built"),
        pytest.param("颁奖典礼在该镇刚启用不久的文化中心举行。", "文化中心", id="newly-opened"),
        pytest.param("座谈会在刚建成的镇政府三楼会议室召开。", "镇政府三楼会议室", id="no-area"),
        pytest.param("在去年建成的公园里,孩子们做游戏。", None, id="no-act-held"),
    ],
)
def test_a_clause_saying_the_venue_is_new_is_no_part_of_it(text: str, expected: str | None) -> None:
    """在X新落成的Y举行: the clause before 的 describes Y, which is the venue."""
    venue = find_venue(text)
    assert expected == (venue.name if venue is not None else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "区公所于二十三日晚间假文化大楼举办联谊餐会。", "文化大楼", id="day-in-numerals"
        ),
        pytest.param("讲座于23 日举行,专家主讲。", None, id="day-printed-apart"),
        pytest.param("保护会议在九日山召开。", "九日山", id="numeral-in-a-name"),
    ],
)
def test_a_day_after_the_preposition_is_no_venue(text: str, expected: str | None) -> None:
    """于二十三日晚间假X举办: the day is when; the venue is the place after it."""
    venue = find_venue(text)
    assert expected == (venue.name if venue is not None else None)


def test_aiming_at_is_no_venue() -> None:
    """旨在X开展: 在 of 旨在 says what an activity aims at, not where it was held."""
    assert find_venue("交流活动旨在持之以恒地开展青少年交流。") is None
    assert find_venue("本次大会旨在进一步推动全民健身运动开展。") is None
    venue = find_venue("交流活动在县青少年宫开展。")
    assert venue is not None
    assert venue.name == "县青少年宫"


@pytest.mark.parametrize(
    "text",
    [
        "乡公所于元旦清晨盛大举办健走活动。",
        "同仁在他任内最后一天举行欢送会。",
        "团拜会在春节后首个上班日举行。",
        "宣传周活动在全国范围内统一举行。",
        "健步走活动在全集团范围内开展。",
    ],
)
def test_a_time_or_a_range_after_the_preposition_is_no_venue(text: str) -> None:
    """于元旦清晨举办, 在任内最后一天举行, 在全国范围内举行: when, or how widely; no place."""
    assert find_venue(text) is None
