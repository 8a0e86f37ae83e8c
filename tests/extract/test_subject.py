"""The lead sentence's subject and title."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import _subject, extract_text
from timeline.model import Role

PUBLISHED = dt.date(2020, 6, 3)


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("考察某某产业园", id="kaocha"),
        pytest.param("会勘某某道路改善工程", id="huikan"),
        pytest.param("察看某某防汛工作", id="chakan"),
        pytest.param("探访某某长者家庭", id="tanfang"),
        pytest.param("到访某某社区", id="daofang"),
    ],
)
def test_tour_verbs_make_the_subject_lead(title: str) -> None:
    """Whoever 考察/会勘/察看/探访/到访 in the lead leads; the verb phrase is the title."""
    page = f"标题\n\n本报讯 6月1日,县长张建华在镇长李明陪同下{title},了解情况。"
    (event,) = extract_text(page, published=PUBLISHED).events
    assert title == event.title
    assert [("张建华", Role.LEADS), ("李明", Role.ACCOMPANIES)] == [
        (p.person.name, p.role) for p in event.participants
    ]


def test_long_list_of_companions() -> None:
    """A long 在…陪同下 list is cut from the subject: its people accompany."""
    companions = "处长王刚、处长赵明、议员孙丽、主任钱红、主任周强、乡长吴军"
    page = f"标题\n\n本报讯 6月1日,县长张建华在{companions}及各村里长等人陪同下,会勘某乡道路工程。"
    (event,) = extract_text(page, published=PUBLISHED).events
    leads = [p.person.name for p in event.participants if p.role is Role.LEADS]
    assert ["张建华"] == leads


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param("县长张建华在副县长王刚,副县长赵明等陪同下,深入某镇督导工作。", id="comma"),
        pytest.param("县长张建华在副县长王刚,副县长赵明等领导的陪同下到某镇调研。", id="no-comma"),
    ],
)
def test_companions_listed_over_commas_accompany(lead: str) -> None:
    """``X在A,B等陪同下,深入…``: escorts listed over commas are no co-subjects of X."""
    (event,) = extract_text(f"标题\n\n本报讯 6月1日,{lead}", published=PUBLISHED).events
    assert [("张建华", Role.LEADS), ("王刚", Role.ACCOMPANIES), ("赵明", Role.ACCOMPANIES)] == [
        (p.person.name, p.role) for p in event.participants
    ]


def test_reading_after_the_verb_is_not_the_title() -> None:
    """``召開(kāi)X``: the reading a mirror printed after the verb is not part of X."""
    page = "標題\n\n本報訊 1月31日下午,縣政協召開(kāi)九屆十一次常委會(huì )議。"
    (event,) = extract_text(page, published=PUBLISHED).events
    assert event.title.startswith("九屆")


def test_stray_full_stop_opening_the_text() -> None:
    """A page that lost its first characters and opens with ``。`` still has a lead sentence."""
    page = "。(某区外宣办 某某)6月3日,区委书记张明泰检查了城区绿化工程进展情况。\n"
    (event,) = extract_text(page, published=PUBLISHED).events
    assert "检查了城区绿化工程进展情况" == event.title


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("县委督查室", id="office"),
        pytest.param("市委宣讲队", id="team"),
        pytest.param("省检查站", id="station"),
    ],
)
def test_a_verb_closed_by_a_unit_suffix_is_a_body(body: str) -> None:
    """``督查室``, ``宣讲队``: the verb names a body there; the sentence's verb comes later."""
    page = (
        f"标题\n\n本报讯 6月1日,市调研组在县长王明,{body}负责人的陪同下,"
        "对我县三个乡镇的春耕工作进行调研。"
    )
    (event,) = extract_text(page, published=PUBLISHED).events
    assert [("王明", Role.ACCOMPANIES)] == [(p.person.name, p.role) for p in event.participants]


def test_remarks_do_not_lead_beside_the_main_address() -> None:
    """Once someone gives the 重要讲话, those who only 强调 or 作要求 speak (decision 5)."""
    page = (
        "标题\n\n本报讯 3月5日,全县党建培训班开班。县委常委刘敏出席开班仪式并作重要讲话。"
        "县委党校副校长强红就纪律问题作了明确要求,组织部副部长李康对学员表现作了强调。"
    )
    (event,) = extract_text(page, published=PUBLISHED).events
    leads = [p.person.name for p in event.participants if p.role is Role.LEADS]
    assert ["刘敏"] == leads


def test_remarks_lead_when_no_address_is_marked_main() -> None:
    """Two speakers, none marked as the main one: both lead (decision 5)."""
    page = (
        "标题\n\n本报讯 3月5日,镇里召开防火工作会议。镇党委书记张军作总结讲话。"
        "镇长孙海指出,要压实责任。"
    )
    (event,) = extract_text(page, published=PUBLISHED).events
    leads = [p.person.name for p in event.participants if p.role is Role.LEADS]
    assert ["张军", "孙海"] == leads


def test_lu_alone_closes_the_subject() -> None:
    """``X率Y,对…进行检查``: X leads the inspection, as with 率领; those brought are no subject."""
    page = (
        "标题\n\n本报讯 9月17日,区委副书记赵立,副区长孙湛率相关部门负责人,"
        "对我区创建工作进行实地检查。"
    )
    (event,) = extract_text(page, published=PUBLISHED).events
    assert [("赵立", Role.LEADS), ("孙湛", Role.LEADS)] == [
        (p.person.name, p.role) for p in event.participants
    ]


def test_a_delegate_leads_though_the_report_was_read_first() -> None:
    """``受X委托,Y向大会作报告`` makes Y lead, even after Y's report was read alone (decision 4)."""
    page = (
        "标题\n\n本报讯 2月25日,县政协召开全体会议。县政协副主席余斌向大会作提案工作报告。"
        "受县政协常务委员会委托,县政协副主席余斌向大会作了提案工作报告。"
    )
    (event,) = extract_text(page, published=PUBLISHED).events
    assert [("余斌", Role.LEADS)] == [(p.person.name, p.role) for p in event.participants]


def test_going_along_later_makes_no_attendee_lead() -> None:
    """``镇领导B参加`` then ``A、B一行来到…``: B went along with the lead; A alone leads."""
    page = (
        "标题\n\n本报讯 2月25日,镇长李年带队检查企业复工安全生产工作。镇领导李强参加。"
        "随后,李年、李强一行来到东坑玩具厂,实地检查生产流程。"
    )
    (event,) = extract_text(page, published=PUBLISHED).events
    assert [("李年", Role.LEADS), ("李强", Role.TAKES_PART)] == [
        (p.person.name, p.role) for p in event.participants
    ]


@pytest.mark.parametrize(
    "viewing",
    [
        pytest.param("县领导王晓、赵林等在县分会场收看会议。", id="branch-venue"),
        pytest.param(
            "县委书记王晓,县委副书记、县长赵林等全体在家县领导在县委三楼会议室集中收看了大会实况。",
            id="watched-together",
        ),
    ],
)
def test_viewers_of_a_broadcast_lead_the_viewing(viewing: str) -> None:
    """The meeting watched was chaired and addressed far away: its chair and speaker lead none."""
    page = (
        "标题\n\n本报讯 6月3日,省委召开全省生态环境保护大会。省委书记周明作重要讲话,"
        "省长吴刚主持会议。" + viewing
    )
    (event,) = extract_text(page, published=PUBLISHED).events
    leads = [p.person.name for p in event.participants if p.role is Role.LEADS]
    assert ["王晓", "赵林"] == leads


def test_a_chair_after_the_viewing_still_leads() -> None:
    """``收看结束后,X主持召开…``: a sitting of the viewers' own, told after, is led by its chair."""
    page = (
        "标题\n\n本报讯 6月3日,县领导王晓、赵林等在县分会场收看全省视频会议。"
        "收看结束后,县长赵林主持召开全县部署会。"
    )
    (event,) = extract_text(page, published=PUBLISHED).events
    leads = [p.person.name for p in event.participants if p.role is Role.LEADS]
    assert ["王晓", "赵林"] == leads


def test_one_attendee_heading_a_group_leads_it() -> None:
    """``主任A…参加`` then ``A一行前往…``: the group is A's, so A leads (B only attends)."""
    page = (
        "标题\n\n本报讯 8月11日,县人大常委会开展督办活动。县人大常委会主任吴林、副主任"
        "孔山参加。活动中,吴林一行实地前往县医院、物流园区等地进行督办。"
    )
    (event,) = extract_text(page, published=PUBLISHED).events
    assert [("吴林", Role.LEADS), ("孔山", Role.TAKES_PART)] == [
        (p.person.name, p.role) for p in event.participants
    ]


class TestAnnounces:
    def test_time_clause_is_not_an_announcement(self) -> None:
        """…即将召开之际, sets the time; the visit told after it happened."""
        page = "标题\n\n本报讯 1月4日上午,某县政协会议即将召开之际,县长张建华看望慰问参会委员。"
        (event,) = extract_text(page, published=PUBLISHED).events
        assert [("张建华", Role.LEADS)] == [(p.person.name, p.role) for p in event.participants]

    @pytest.mark.parametrize(
        "lead",
        [
            pytest.param("某某杯龙舟赛将于6月15日正式展开,共有30支队伍参赛。", id="jiangyu-date"),
            pytest.param("某某文化节即将拉开帷幕,届时将有多场演出。", id="jijiang"),
        ],
    )
    def test_future_marker_with_any_verb(self, lead: str) -> None:
        """即将, 将于+a time announce what is to come, whichever verb follows."""
        result = extract_text(f"标题\n\n本报讯 {lead}", published=PUBLISHED)
        assert () == result.events
        assert any("announces an event to come" in w for w in result.warnings)

    @pytest.mark.parametrize(
        "lead",
        [
            pytest.param("某县图书馆将在二楼大厅举办新书展,展出图书500册。", id="jiangzai-place"),
            pytest.param("6月9日至10日,将进行第二阶段比赛。", id="jiang-jinxing"),
            pytest.param("6月9日,某某文艺汇演将在文化广场热闹上演。", id="jiangzai-shangyan"),
        ],
    )
    def test_jiang_before_a_place_or_a_staging_verb(self, lead: str) -> None:
        """将在+a place before the verb, 将(在…)进行/上演 first after the time: acts to come."""
        result = extract_text(f"标题\n\n本报讯 {lead}", published=PUBLISHED)
        assert () == result.events

    @pytest.mark.parametrize(
        "lead",
        [
            pytest.param(
                "6月1日,某届运动会将在6月10日举行,县长张建华出席筹备会议并讲话。",
                id="jiangzai-day",
            ),
            pytest.param(
                "6月1日,县长张建华主持会议,部署将在全县进行的安全检查。", id="plan-of-a-meeting"
            ),
        ],
    )
    def test_act_told_beside_a_plan_stays(self, lead: str) -> None:
        """将在+a day dates another act; a plan a meeting lays down leaves the meeting told."""
        assert 1 == len(extract_text(f"标题\n\n本报讯 {lead}", published=PUBLISHED).events)

    def test_jiang_alone_is_not_future(self) -> None:
        """将 also means 把 (将图书送到…): without a known verb it announces nothing."""
        page = "标题\n\n本报讯 6月1日,县长张建华将一批图书送到某小学。"
        assert 1 == len(extract_text(page, published=PUBLISHED).events)


class TestTitleFromHeadline:
    @pytest.mark.parametrize(
        ("page", "name", "title"),
        [
            pytest.param(
                "某县县委书记张建华带队督查安全生产\n\n本报讯 6月1日,督查组先后检查了某市场、"
                "某车站。张建华书记强调,安全生产无小事。",
                "张建华",
                "某县县委书记",
                id="simplified",
            ),
            pytest.param(
                "某縣縣長張建華帶隊督查安全生產\n\n本報訊 6月1日,督查組先後檢查了某市場、"
                "某車站。張建華強調,安全生產無小事。",
                "張建華",
                "某縣縣長",
                id="traditional-as-printed",
            ),
        ],
    )
    def test_headline_titles_a_bare_name(self, page: str, name: str, title: str) -> None:
        """A name the body prints bare takes the title its report's headline prints before it."""
        (event,) = extract_text(page, published=PUBLISHED).events
        assert [(name, title)] == [(p.person.name, p.person.title) for p in event.participants]


def _leads(page: str) -> list[tuple[str, str]]:
    (event,) = extract_text(page, published=PUBLISHED).events
    return [(p.person.name, p.person.title) for p in event.participants if p.role is Role.LEADS]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "6月1日,市委常委、副市长赵文明,召集市水利、应急等部门召开防汛工作会议。",
            [("赵文明", "市委常委、副市长")],
            id="then-a-clause",
        ),
        pytest.param(
            "6月1日,市长赵文明继续在某区考察调研。",
            [("赵文明", "市长")],
            id="then-an-adverb",
        ),
        pytest.param(
            "行政长官赵文明(中)12月27日就某某安排举行记者会。",
            [("赵文明", "行政长官")],
            id="then-a-date",
        ),
        pytest.param(
            "6月1日,县长赵文明通过视频连线方式主持召开县政府常务会议。",
            [("赵文明", "县长")],
            id="then-the-means",
        ),
        pytest.param(
            "6月1日,处长钱多表示,主任赵文明继续在某区考察调研。",
            [("赵文明", "主任")],
            id="nearest-clause",
        ),
    ],
)
def test_the_subject_opens_a_clause(sentence: str, expected: list[tuple[str, str]]) -> None:
    """The titled people opening the clause nearest the verb lead, whatever follows them."""
    assert expected == _leads(f"标题\n\n本报讯 {sentence}")


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "6月1日,县委书记赵文明,县委常委钱多,副县长孙立对某镇安全生产进行检查。", id="dui"
        ),
        pytest.param(
            "6月1日,县委书记赵文明, 县委常委钱多,副县长孙立,看望某会议的代表。", id="spaced"
        ),
    ],
)
def test_titled_people_listed_over_commas_all_lead(sentence: str) -> None:
    """Co-subjects listed over commas before the last one's act (A,B,C对…检查) all lead."""
    expected = [("赵文明", "县委书记"), ("钱多", "县委常委"), ("孙立", "副县长")]
    assert expected == _leads(f"标题\n\n本报讯 {sentence}")


def test_a_clause_of_anything_else_ends_the_listed_subjects() -> None:
    """A clause before the list that is not titled people (处长X表示) adds no one."""
    assert [("赵文明", "主任")] == _leads(
        "标题\n\n本报讯 6月1日,处长钱多表示,主任赵文明对某区工作进行检查。"
    )


@pytest.mark.parametrize(
    ("trip", "name"),
    [
        pytest.param("县长李国和来镇调研", "李国和", id="come"),
        pytest.param("镇长王国和来村调研", "王国和", id="come-village"),
        pytest.param("县长李国和到镇调研", "李国和", id="arrive"),
        pytest.param("县长李国和赴村调研", "李国和", id="go-to"),
    ],
)
def test_a_name_ending_in_he_before_a_trip_stays_whole(trip: str, name: str) -> None:
    """``X和来镇调研``: 和 before a motion verb ends the name; it is no preposition."""
    page = f"标题\n\n本报讯 6月1日,{trip}。"
    assert [name] == [n for n, _ in _leads(page)]


def test_an_escort_is_no_subject() -> None:
    """Who escorts another before the verb is not its subject: the escorted leads."""
    page = "标题\n\n本报讯 6月1日,副县长钱多陪同市长赵文明在某镇调研。"
    assert ("钱多", "副县长") not in _leads(page)


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("村党支部书记孙海表示:“我将带头干。”", id="contestant"),
        pytest.param("“讲座非常及时。”镇党委书记孙海表示,要学以致用。", id="reaction"),
    ],
)
def test_a_statement_is_no_address(closing: str) -> None:
    """A testimony after a colon, or a reaction after a quote, names no lead."""
    page = "标题\n\n本报讯 3月5日,镇里举行村干部擂台比武。各村书记依次上台比拼。" + closing
    (event,) = extract_text(page, published=PUBLISHED).events
    assert all(p.role is not Role.LEADS for p in event.participants)


def test_a_delegate_speaking_on_a_zhendui_topic_keeps_the_name_whole() -> None:
    """``受X委托,Y针对…作了报告``: 针 opens 针对, so it is no part of Y's name."""
    page = "标题\n\n本报讯 6月1日,受县委委托,副县长丁一针对全县工作作了报告。"
    (event,) = extract_text(page, published=PUBLISHED).events
    assert [("丁一", Role.LEADS)] == [(p.person.name, p.role) for p in event.participants]


def test_a_subject_before_a_zhendui_topic_keeps_the_name_whole() -> None:
    """The subject's people end before 针对 as before 对 (副县长Y针对…: Y, not Y针)."""
    assert [("丁一", "副县长")] == [
        (m.name, m.title) for m in _subject._opening_people("副县长丁一针对全县工作")
    ]


@pytest.mark.parametrize(
    "subject",
    [
        pytest.param("县政协主席王立群来到某某社区", id="came"),
        pytest.param("區人大常委會主任王立群到某某社區", id="traditional"),
        pytest.param("县政协主席王立群深入某某镇", id="went-deep"),
    ],
)
def test_a_leader_sent_to_give_a_lecture_leads(subject: str) -> None:
    """A leader the lead sentence sends to 宣讲 leads it (the organiser's own address)."""
    page = f"标题\n\n本报讯 6月1日,{subject}宣讲全会精神,机关干部参加学习。"
    (event,) = extract_text(page, published=PUBLISHED).events
    assert [("王立群", Role.LEADS)] == [(p.person.name, p.role) for p in event.participants]


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("市委宣讲团成员、市社科联副主席", id="lecture-team"),
        pytest.param("市委党校教授", id="professor"),
        pytest.param("区委党校副校长", id="party-school"),
    ],
)
def test_an_invited_lecturer_in_the_lead_speaks(title: str) -> None:
    """A 宣讲团 member or a teacher sent to 宣讲 is a lecturer: they speak, lead nothing."""
    page = f"标题\n\n本报讯 6月1日,{title}王立群来到某某社区宣讲全会精神。"
    (event,) = extract_text(page, published=PUBLISHED).events
    assert [("王立群", Role.SPEAKS)] == [(p.person.name, p.role) for p in event.participants]


def test_a_bodys_members_close_no_list_of_people() -> None:
    """``…之际,某部机关党支部全体党员来到``: members are no leaders' posts; no one leads."""
    page = (
        "标题\n\n本报讯 2月1日上午大雪纷飞,在新春佳节到来之际,"
        "东山区委组织部机关党支部全体党员来到某某社区,开展党日活动。"
    )
    (event,) = extract_text(page, published=PUBLISHED).events
    assert [] == [p.person.name for p in event.participants]


def test_a_bare_name_ending_like_an_office_is_the_person_named_before() -> None:
    """``主任王钦所,…出席。王钦所充分肯定了…``: the bare name is the person, who leads."""
    page = (
        "标题\n\n本报讯 8月14日,县人大常委会召开第三十次会议。"
        "县人大常委会主任王钦所,副主任李明出席。王钦所充分肯定了此次会议。"
    )
    (event,) = extract_text(page, published=PUBLISHED).events
    assert ("王钦所", "县人大常委会主任", Role.LEADS) in [
        (p.person.name, p.person.title, p.role) for p in event.participants
    ]
    assert "王钦所" not in [d.organisation.name for d in event.delegations]


_MEETING = "标题\n\n本报讯 6月1日,某某镇召开新春座谈会,各村书记参加。"


def test_a_lone_statement_is_the_address() -> None:
    """A titled official's 表示, the only remark on a meeting with no chair, leads it (21c)."""
    assert [("王建国", "镇党委书记")] == _leads(f"{_MEETING}\n镇党委书记王建国表示,要再接再厉。")


def test_a_lone_statement_on_a_contest_is_its_address() -> None:
    """The organiser's official closing a contest with the one remark printed leads it (21c)."""
    page = "标题\n\n本报讯 3月5日,镇里举行村干部擂台比武。各村书记依次上台比拼。"
    closing = "镇党委书记孙海表示,此次比武达到了互相学习的效果。"
    assert [("孙海", "镇党委书记")] == _leads(page + closing)


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        pytest.param(
            "镇长李明主持会议。镇党委书记王建国表示,要再接再厉。",
            [("李明", "镇长")],
            id="beside-a-chair",
        ),
        pytest.param(
            "镇党委书记王建国表示,要再接再厉。镇长李明主持会议。",
            [("李明", "镇长")],
            id="chair-later",
        ),
        pytest.param(
            "镇党委书记王建国表示,要再接再厉。镇长李明表示,要真抓实干。",
            [],
            id="two-statements",
        ),
        pytest.param("王建国表示,要再接再厉。", [], id="untitled"),
    ],
)
def test_a_statement_beside_others_leads_nothing(
    rest: str, expected: list[tuple[str, str]]
) -> None:
    """A 表示 beside a chair or another's statement, or with no title printed, leads nothing."""
    assert expected == _leads(f"{_MEETING}\n{rest}")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "11月8日,县委书记王明,县委常委、宣传部部长李志都来到某中心,看望慰问职工。",
            [("王明", "县委书记"), ("李志", "县委常委、宣传部部长")],
            id="all-came",
        ),
        pytest.param(
            "2月22日,镇长王江协同镇水利站的同志在某村召开河道整治推进会。",
            [("王江", "镇长")],
            id="together-with",
        ),
    ],
)
def test_a_word_after_the_subject_is_no_part_of_a_name(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    """``A,B都来到``, ``X协同Y``: the adverb or the preposition opens no name's end."""
    assert expected == _leads(f"标题\n\n本报讯 {sentence}")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "9月13日下午,在参加完全市视频会议后,某某街道党工委书记王广平立即主持召开防台风工作会议。",
            [("王广平", "某某街道党工委书记")],
            id="at-once",
        ),
        pytest.param(
            "4月5日,某某局党委副书记王福明奔赴春防最前沿,检查森林防火工作。",
            [("王福明", "某某局党委副书记")],
            id="rushed-to",
        ),
    ],
)
def test_the_lead_subject_before_at_once_or_rushing_to(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    """``X立即主持召开``, ``X奔赴…检查``: the subject leads with the title printed there."""
    assert expected == _leads(f"标题\n\n本报讯 {sentence}")


@pytest.mark.parametrize(
    "rest",
    [
        pytest.param("镇党委书记王建国希望大家再接再厉。", id="hopes"),
        pytest.param("会上,镇党委书记王建国宣布了下一阶段的重点工作。", id="announces"),
    ],
)
def test_a_lone_hope_or_announcement_is_the_address(rest: str) -> None:
    """``X希望…``, ``X宣布了…``: the one address printed, like a lone 表示 (21c), leads."""
    assert [("王建国", "镇党委书记")] == _leads(f"{_MEETING}\n{rest}")


@pytest.mark.parametrize(
    "rest",
    [
        pytest.param("镇长李明主持会议。镇党委书记王建国希望大家再接再厉。", id="hopes"),
        pytest.param("镇长李明主持会议。镇党委书记王建国宣布了下一阶段工作。", id="announces"),
    ],
)
def test_a_hope_or_announcement_beside_a_chair_leads_nothing(rest: str) -> None:
    """Beside a chair, a hope or an announcement is a remark, as a 表示 is (21c)."""
    assert [("李明", "镇长")] == _leads(f"{_MEETING}\n{rest}")


def test_announcing_an_opening_still_only_takes_part() -> None:
    """``X宣布大会开幕``: the opening announced is an act at the meeting, no address."""
    assert [("李明", "镇长")] == _leads(
        f"{_MEETING}\n镇党委书记王建国宣布会议开幕。镇长李明主持会议。"
    )


@pytest.mark.parametrize(
    "rest",
    [
        pytest.param("镇武装部长王建国向新兵发放了纪念品,鼓励他们建功立业。", id="presents"),
        pytest.param(
            "镇党委书记王建国亲自到场参加,为毕业生送上祝福,勉励同学们努力学习。", id="attends"
        ),
    ],
)
def test_an_encouragement_after_the_subjects_act_is_the_address(rest: str) -> None:
    """``X向…发放…,鼓励他们…``: the clause has no subject of its own; the words are X's (21c)."""
    assert [("王建国", "镇党委书记" if "书记" in rest else "镇武装部长")] == _leads(
        f"{_MEETING}\n{rest}"
    )


def test_an_encouragement_beside_a_chair_leads_nothing() -> None:
    """Beside a chair, an encouragement is a remark, as a 表示 is (21c)."""
    rest = "镇长李明主持会议。镇武装部长王建国向新兵发放了纪念品,鼓励他们建功立业。"
    assert [("李明", "镇长")] == _leads(f"{_MEETING}\n{rest}")


@pytest.mark.parametrize(
    "rest",
    [
        pytest.param("镇党委书记王建国对下步工作进行了部署。", id="alone"),
        pytest.param(
            "镇长李明主持会议。镇党委书记王建国对下步工作进行了部署。", id="beside-a-chair"
        ),
        pytest.param(
            "最后,镇党委书记王建国回顾了全年工作,并对明年工作进行了部署。", id="after-a-review"
        ),
    ],
)
def test_a_briefing_that_is_the_one_address_leads(rest: str) -> None:
    """A 部署 with no other address printed is the meeting's address, beside a chair too (24)."""
    assert ("王建国", "镇党委书记") in _leads(f"{_MEETING}\n{rest}")


@pytest.mark.parametrize(
    "rest",
    [
        pytest.param(
            "镇长李明对下步工作进行了部署。镇党委书记王建国强调,要压实责任。", id="address-after"
        ),
        pytest.param(
            "镇党委书记王建国强调,要压实责任。镇长李明对下步工作进行了部署。", id="address-before"
        ),
        pytest.param("镇长李明、副镇长赵刚分别对分管工作进行了部署。", id="portfolios"),
    ],
)
def test_a_briefing_beside_an_address_leads_nothing(rest: str) -> None:
    """Beside another's 强调, or one of several portfolios, a 部署 is a briefing (decision 24)."""
    assert "李明" not in [n for n, _ in _leads(f"{_MEETING}\n{rest}")]


def test_a_briefing_after_attending_is_the_one_address() -> None:
    """``X到会并就…作出具体部署``: present, and the one address given (decision 24)."""
    rest = "镇长李明主持会议。副县长王建国到会并就相关工作作出具体部署。"
    assert ("王建国", "副县长") in _leads(f"{_MEETING}\n{rest}")


def test_a_briefing_may_be_worded_as_an_arrangement() -> None:
    """``X就…工作进行布置``: 布置 of the work is a briefing, as 部署 is (decision 24)."""
    rest = "镇人大主席王建国在听取发言后,就当前人大工作进行布置。"
    assert [("王建国", "镇人大主席")] == _leads(f"{_MEETING}\n{rest}")


@pytest.mark.parametrize(
    "rest",
    [
        pytest.param("镇党委书记王建国对下步工作进行了安排。", id="arranged"),
        pytest.param("镇党委书记王建国对防汛工作作了具体安排。", id="arranged-in-detail"),
        pytest.param("镇党委书记王建国就本次检查工作进行动员部署。", id="mobilising"),
        pytest.param("镇党委书记王建国对下步工作作了安排部署。", id="arranged-and-briefed"),
    ],
)
def test_a_briefing_may_be_worded_as_arranging_or_mobilising(rest: str) -> None:
    """``对…进行了安排``, ``就…进行动员部署``: the same briefing as 部署 (decision 24)."""
    assert [("王建国", "镇党委书记")] == _leads(f"{_MEETING}\n{rest}")


def test_an_arrangement_beside_an_address_leads_nothing() -> None:
    """Beside another's 强调, an arrangement is a briefing, as 部署 is (decision 24)."""
    rest = "镇长李明对下步工作进行了安排。镇党委书记王建国强调,要压实责任。"
    assert "李明" not in [n for n, _ in _leads(f"{_MEETING}\n{rest}")]


def test_arranging_a_site_is_no_briefing() -> None:
    """``X对现场进行了安排``: a place arranged, not the work briefed."""
    assert [] == _leads(f"{_MEETING}\n镇党委书记王建国对会场进行了安排。")


@pytest.mark.parametrize(
    "rest",
    [
        pytest.param("区委常委王建国受邀参加本次座谈会并致辞。", id="invited"),
        pytest.param("区委常委王建国应邀出席并讲话。", id="at-the-invitation"),
    ],
)
def test_an_invited_official_who_speaks_leads(rest: str) -> None:
    """``X受邀参加…并致辞``: the invitation closes the people; the address leads (decision 5)."""
    assert [("王建国", "区委常委")] == _leads(f"{_MEETING}\n{rest}")


def test_arranging_a_room_is_no_briefing() -> None:
    """``X对会场进行了布置``: a room arranged, not the work briefed."""
    rest = "镇党委书记王建国对会场进行了布置。"
    assert [] == _leads(f"{_MEETING}\n{rest}")


@pytest.mark.parametrize(
    ("lead", "venue"),
    [
        pytest.param(
            "为切实加强当前安全生产工作,确保全乡安全生产形势稳定,8月12日上午,"
            "大义乡政府在会议室,召开8月份安全生产工作会议,各村支书参加了会议。",
            "会议室",
            id="purpose-clauses",
        ),
        pytest.param(
            "“这首歌一直伴随我长大,我小时候……”,6月28日上午,武强县在政务大厅二楼会议室,"
            "召开庆祝建党大会。",
            "政务大厅二楼会议室",
            id="quote-before",
        ),
    ],
)
def test_a_venue_subject_spans_no_clause_break(lead: str, venue: str) -> None:
    """Neither the clauses before ``X在会议室`` nor X are the venue: the room after 在 is."""
    (event,) = extract_text(f"标题\n\n  {lead}", published=PUBLISHED).events
    printed = [loc.name for loc in event.locations]
    assert venue in printed
    assert all("," not in p and "在" not in p for p in printed), printed


def test_a_title_over_a_stray_comma_keeps_it_and_its_script() -> None:
    """A lead's title printed with a stray ``,、`` is copied as printed, traditional and all."""
    page = "標題\n\n本報訊 6月1日,縣委書記張建華,縣委副書記,、縣長李明帶隊到某鎮調研。"
    (event,) = extract_text(page, published=PUBLISHED).events
    assert [("張建華", "縣委書記"), ("李明", "縣委副書記,、縣長")] == [
        (p.person.name, p.person.title) for p in event.participants
    ]


def test_a_reading_inside_a_name_names_the_same_person() -> None:
    """``李(lǐ)明`` and ``李明`` found by two rules are one lead."""
    page = "標題\n\n本報訊 6月1日,縣長李(lǐ)明到某鎮調研。"
    (event,) = extract_text(page, published=PUBLISHED).events
    assert [("李明", Role.LEADS)] == [(p.person.name, p.role) for p in event.participants]


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            "花莲县长王明重视基层需求,想了办法。6月1日,县长王明在村长陪同下视察某乡道路。",
            "花莲县长",
            id="county",
        ),
        pytest.param(
            "柴河局党委副书记李刚奔赴一线。6月1日,局党委副书记李刚深入林场检查防火。",
            "柴河局党委副书记",
            id="bureau",
        ),
        pytest.param(
            "我县县委书记李强很重视。6月1日,县委书记李强深入某村检查防火。",
            "县委书记",
            id="own-county-no-place",
        ),
        pytest.param(
            "乡党委书记王勇很重视。6月1日,党委书记王勇深入某村检查防火。",
            "党委书记",
            id="unit-no-place",
        ),
    ],
)
def test_a_lead_keeps_the_placed_title_printed_first(page: str, title: str) -> None:
    """A lead takes an earlier mention's title that is the same post with a place name before it."""
    (event,) = extract_text(f"标题\n\n本报讯 {page}", published=PUBLISHED).events
    (lead,) = [p.person for p in event.participants if p.role is Role.LEADS]
    assert title == lead.title
