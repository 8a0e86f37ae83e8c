"""What sort of event a report describes."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract import _kinds, _kinds_body, extract_text
from timeline.extract._kinds import kinds_of
from timeline.extract._text import simplify
from timeline.model import EventKind


class TestKinds:
    @pytest.mark.parametrize(
        ("title", "expected"),
        [
            pytest.param("慰问困难群众", [EventKind.VISIT], id="condolence-call"),
            pytest.param("走访企业", [EventKind.VISIT], id="call-on"),
            pytest.param("看望老党员", [EventKind.VISIT], id="look-in"),
            pytest.param("访问团出发", [EventKind.VISIT], id="delegation-visit"),
            pytest.param("党组织书记擂台赛", [EventKind.CONTEST], id="arena"),
            pytest.param("演讲比赛", [EventKind.CONTEST], id="speech-contest"),
            pytest.param("知识竞赛", [EventKind.CONTEST], id="quiz"),
            pytest.param("文明家庭评比", [EventKind.CONTEST], id="rating"),
            pytest.param("观摩推进会", [EventKind.OBSERVATION, EventKind.MEETING], id="compound"),
            pytest.param("查看三夏生产", [EventKind.INSPECTION], id="look-over"),
            pytest.param("安全隐患大排查", [EventKind.INSPECTION], id="sweep"),
            pytest.param("入户安检夜巡行动", [EventKind.INSPECTION], id="night-patrol"),
            pytest.param("深入一线指导防汛", [EventKind.INSPECTION], id="on-site-guidance"),
            pytest.param("副县长到某河段开展巡河工作", [EventKind.INSPECTION], id="river-patrol"),
            pytest.param("高考首日县长到各考点巡考", [EventKind.INSPECTION], id="exam-patrol"),
            pytest.param("第三届农民运动会", [EventKind.CONTEST], id="sports-meet"),
            pytest.param("共同审议政府工作报告", [EventKind.MEETING], id="deliberation"),
            pytest.param("戴上督导员的红袖章", [EventKind.OTHER], id="inspector-is-a-person"),
            pytest.param("召开(kāi)常委会(huì )议", [EventKind.MEETING], id="spaced-reading"),
            pytest.param("慰问(wèn)困难群众", [EventKind.VISIT], id="reading-in-word"),
            pytest.param("义消宣导大队复训", [EventKind.STUDY], id="refresher-training"),
            pytest.param("县长前往慰勉宣导人员", [EventKind.VISIT], id="encouraging-visit"),
            pytest.param("沙滩排球锦标赛", [EventKind.CONTEST], id="championship"),
            pytest.param("乡镇职工足球赛", [EventKind.CONTEST], id="ball-game"),
            pytest.param("首届“社区杯”乒乓球赛开幕", [EventKind.CONTEST], id="table-tennis"),
            pytest.param(
                "县总工会组织200余名职工观看球赛", [EventKind.OTHER], id="watching-a-game"
            ),
            pytest.param("组织职工收看足球赛", [EventKind.OTHER], id="watching-a-football-game"),
            pytest.param(
                "县公安局召开全县足球赛事安保工作部署会",
                [EventKind.MEETING],
                id="security-of-matches-is-a-topic",
            ),
            pytest.param("在国际会议厅举办研发成果展", [EventKind.OTHER], id="hall-is-no-meeting"),
            pytest.param("周末大讲堂第一期精彩开讲", [EventKind.STUDY], id="lecture-hall"),
            pytest.param("第三季度里长业务会报", [EventKind.MEETING], id="taiwan-briefing-sitting"),
            pytest.param("领会报告精神", [EventKind.OTHER], id="report-after-hui-is-none"),
            pytest.param("某镇干部进修班开学典礼", [EventKind.STUDY], id="term-opening"),
            pytest.param("某中学开学季安全大排查", [EventKind.INSPECTION], id="term-start-alone"),
            pytest.param("专项述职评议会在集中办公区召开", [EventKind.MEETING], id="hui-zai"),
            pytest.param("「2019国际龙舟赛」拉开序幕", [EventKind.CONTEST], id="named-race"),
            pytest.param("县长会见来访的客商", [EventKind.OTHER], id="visitors-received"),
            pytest.param(
                "村委换届选举工作动员部署会", [EventKind.MEETING], id="election-work-is-a-topic"
            ),
            pytest.param("选举大会", [EventKind.ELECTION, EventKind.MEETING], id="election-held"),
            pytest.param("市长在宾馆会见客商代表团", [EventKind.OTHER], id="reception-is-no-visit"),
            pytest.param("为退役军人寄送慰问信", [EventKind.OTHER], id="letter-is-no-visit"),
            pytest.param("慰问演出走进社区", [EventKind.OTHER], id="show-is-no-visit"),
            pytest.param(
                "选举县第十八届人民代表大会代表", [EventKind.ELECTION], id="deputies-are-no-meeting"
            ),
            pytest.param(
                "某区庆典委员会、某某联合会举办嘉年华", [EventKind.OTHER], id="bodies-named-hui"
            ),
            pytest.param("某县慈善会在步道举办健行", [EventKind.OTHER], id="charity-is-no-meeting"),
            pytest.param("县议会议长率团前往某市", [EventKind.OTHER], id="speaker-of-a-council"),
            pytest.param("全区工作动员会", [EventKind.MEETING], id="mobilisation-meeting"),
            pytest.param("局长在某市参观焚化设施", [EventKind.VISIT], id="tour-of-a-site"),
            pytest.param("服务站揭牌仪式", [EventKind.OTHER], id="unveiling"),
            pytest.param(
                "项目集中签约仪式暨座谈会", [EventKind.OTHER, EventKind.MEETING], id="signing-first"
            ),
            pytest.param("书记培训班开班仪式", [EventKind.STUDY], id="ceremony-of-a-course"),
            pytest.param("演讲比赛决赛暨颁奖典礼", [EventKind.CONTEST], id="ceremony-of-a-contest"),
        ],
    )
    def test_title_words(self, title: str, expected: list[EventKind]) -> None:
        """Visits and contests are read from the title's words, in printed order."""
        assert tuple(expected) == kinds_of(title)

    def test_body_adds_a_meeting_held_on_a_tour(self) -> None:
        """A tour that holds a 座谈会 is also a meeting, after its main kind."""
        got = kinds_of("调研人大工作", body="调研组一行实地察看后,召开了座谈会听取汇报。")
        assert (EventKind.INSPECTION, EventKind.MEETING) == got

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("视察结束后,在座谈会上,委员们提出建议。", id="at-the-forum"),
            pytest.param("随后,镇领导出席汇报会,听取情况介绍。", id="attends-briefing"),
            pytest.param("督导组在村会议室召开总结会,通报问题。", id="any-meeting-held"),
            pytest.param("随后,副县长在镇政府召开专题会议。", id="a-huiyi-held"),
        ],
    )
    def test_body_adds_a_meeting_in_any_printed_form(self, body: str) -> None:
        """A meeting held during a tour is read whatever its name and however it is told."""
        assert (EventKind.INSPECTION, EventKind.MEETING) == kinds_of("督查人居环境", body=body)

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("县委书记主持会议并讲话。", id="chairs-the-sitting"),
            pytest.param("各部门负责人参加了会议。", id="attend-the-sitting"),
            pytest.param("汇报会由镇长主持。", id="sitting-chaired-by"),
            pytest.param("部长主持学习会并讲话。", id="chairs-the-study-sitting"),
            pytest.param("前言。\n会议指出,要抓好学习。", id="the-report-calls-it-a-sitting"),
        ],
    )
    def test_body_adds_the_sitting_a_study_was_held_at(self, body: str) -> None:
        """A study chaired or attended as a sitting (主持会议, 会议指出) is also a meeting."""
        assert (EventKind.STUDY, EventKind.MEETING) == kinds_of("中心组集体学习", body=body)

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("他强调,今后各单位要主持会议研究落实。", id="urged"),
            pytest.param("他将于明日出席会议并致辞。", id="planned"),
            pytest.param("某某论坛会议由市政府主办。", id="organised-is-not-chaired"),
            pytest.param("讲话指出,要抓好学习。", id="a-speech-is-no-sitting"),
        ],
    )
    def test_a_sitting_planned_or_urged_adds_no_meeting(self, body: str) -> None:
        """A sitting to be chaired or attended, or a speech's point, adds no meeting."""
        assert (EventKind.STUDY,) == kinds_of("中心组集体学习", body=body)

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("会议传达学习了上级文件精神。", id="conveyed-and-studied"),
            pytest.param("会议深入学习贯彻了全会精神。", id="meeting-studies"),
            pytest.param("会上,大家集体学习了新修订的条例。", id="studied-together"),
            pytest.param("副镇长领学了新修订的条例。", id="read-aloud-for-all"),
            pytest.param("与会人员首先共同学习了有关论述摘编。", id="studied-done"),
            pytest.param("社区干部对安全工作进行了宣讲。", id="talk-given"),
            pytest.param("活动中,某某开展题为“邻里守望”的宣讲。", id="talk-held"),
            pytest.param("一场理论宣讲活动在广场展开。", id="talk-event"),
        ],
    )
    def test_body_adds_a_study_the_meeting_did(self, body: str) -> None:
        """学习 done by the meeting itself is a study within it (decision 3)."""
        assert (EventKind.MEETING, EventKind.STUDY) == kinds_of("常委会会议", body=body)

    @pytest.mark.parametrize(
        ("title", "body", "expected"),
        [
            pytest.param(
                "党史学习教育培训会",
                "随后组织镇村干部参加党史知识竞赛,竞赛采用闭卷形式。",
                [EventKind.STUDY, EventKind.MEETING, EventKind.CONTEST],
                id="quiz-held-at-a-sitting",
            ),
            pytest.param(
                "人居环境整治现场会",
                "经过现场评选,某村荣获第一名。",
                [EventKind.MEETING, EventKind.CONTEST],
                id="judged-on-site",
            ),
            pytest.param(
                "",
                "当晚7时,开幕式开始。副县长宣布比赛正式开赛。",
                [EventKind.CONTEST],
                id="match-opened",
            ),
        ],
    )
    def test_body_adds_a_contest_held_within(
        self, title: str, body: str, expected: list[EventKind]
    ) -> None:
        """A contest held within the event (参加…竞赛, 现场评选, 宣布…开赛) adds its kind."""
        assert tuple(expected) == kinds_of(title, body=body)

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("会议要求,要广泛开展劳动竞赛。", id="urged"),
            pytest.param("会议要求,各单位开展岗位练兵竞赛。", id="demanded"),
            pytest.param("该村曾在全县评比中荣获第一名。", id="earlier-rank"),
            pytest.param("通过民主推荐评选出各村的帮扶对象。", id="beneficiaries-selected"),
        ],
    )
    def test_a_contest_urged_or_past_adds_nothing(self, body: str) -> None:
        """A contest urged, or a past ranking, is no contest held at the sitting."""
        assert (EventKind.MEETING,) == kinds_of("工作会议", body=body)

    def test_talks_in_a_list_of_services_are_no_study(self) -> None:
        """``开展扶老助残、文化宣讲等服务``: one service among several, no sitting that studies."""
        got = kinds_of("志愿服务活动", body="活动还开展扶老助残、文化宣讲等志愿服务。")
        assert EventKind.STUDY not in got

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("会议要求,各村要开展政策宣讲。", id="urged-talks"),
            pytest.param("会议强调,各村应当开展政策宣讲。", id="ought-talks"),
            pytest.param("会议指出,各村必须开展政策宣讲。", id="must-talks"),
        ],
    )
    def test_talks_urged_are_no_study(self, body: str) -> None:
        """``各村要开展宣讲``: talks urged on others are not a study held at the sitting."""
        assert (EventKind.MEETING,) == kinds_of("常委会会议", body=body)

    def test_done_at_each_stop_is_no_urging(self) -> None:
        """``每到一处,都要…慰问``: done at every stop of this tour, a visit."""
        got = kinds_of("检查防疫卡口", body="每到一处,县长都要向值守人员致以慰问。")
        assert (EventKind.INSPECTION, EventKind.VISIT) == got

    def test_a_noun_with_yao_is_no_urging(self) -> None:
        """``对…要领进行了培训``: 要领 is a noun, the training was held."""
        got = kinds_of("代表履职会议", body="会议对撰写方法和要领进行了培训。")
        assert (EventKind.MEETING, EventKind.STUDY) == got

    def test_a_bare_talk_joined_is_a_sitting_unless_planned(self) -> None:
        """``参加了座谈``: a talk held on the tour; ``将参加座谈``: one planned."""
        assert EventKind.MEETING in kinds_of("调研", body="随后,县长参加了座谈。")
        assert (EventKind.INSPECTION,) == kinds_of("调研", body="随后,县长将参加座谈。")

    def test_learning_about_is_no_study(self) -> None:
        """``学习了解``: the verb learn-about holds no perfect 了, so no study was held."""
        got = kinds_of("某某调研", body="大家通过参观学习了解到村里的变化。")
        assert EventKind.STUDY not in got

    def test_a_talk_team_is_no_study(self) -> None:
        """Those who give talks (宣讲团, 宣讲员) are people, not a study held."""
        got = kinds_of("常委会会议", body="会议开展了宣讲团的组建工作。")
        assert (EventKind.MEETING,) == got

    def test_study_urged_is_no_study(self) -> None:
        """``要认真学习贯彻…``, ``学习先进经验``: urged or learnt from, no session held."""
        got = kinds_of("常委会会议", body="会议要求,各级要认真学习贯彻,学习先进经验。")
        assert (EventKind.MEETING,) == got

    def test_a_sports_meet_held_is_no_meeting(self) -> None:
        """``举办了趣味运动会``: a contest held, not a meeting."""
        assert EventKind.MEETING not in kinds_of("元宵活动", body="社区举行了趣味运动会。")

    def test_a_lecture_named_in_the_lead_is_no_meeting(self) -> None:
        """``宣讲报告会在某村举行``: a 报告会 is a lecture, a study only."""
        got = kinds_of("某某精神宣讲报告会在某村举行")
        assert (EventKind.STUDY,) == got

    def test_a_lecture_alone_is_a_study(self) -> None:
        """``事迹报告会举行``: a 报告会 named alone is a lecture heard, a study."""
        assert (EventKind.STUDY,) == kinds_of("先进事迹报告会举行")

    def test_body_adds_a_visit_and_an_observation(self) -> None:
        """参观 and 观摩 during the event add a visit and an observation."""
        got = kinds_of("换届选举党员大会", body="会后,与会人员参观了展厅,并现场观摩选举流程。")
        assert (
            EventKind.ELECTION,
            EventKind.MEETING,
            EventKind.VISIT,
            EventKind.OBSERVATION,
        ) == got

    def test_body_adds_a_patrol_made_during_the_event(self) -> None:
        """A 巡考 told in the body is the visiting leader's tour: inspection."""
        got = kinds_of("看望考务人员", body="巡考过程中,县长要求严守考场纪律。")
        assert (EventKind.VISIT, EventKind.INSPECTION) == got

    def test_a_contest_of_talks_is_no_study(self) -> None:
        """In a 宣讲比赛 the talks, also those told later, are what is judged."""
        got = kinds_of("某镇宣讲比赛", rest=",选拔基层宣讲骨干", body="选手们宣讲了身边的故事。")
        assert (EventKind.CONTEST,) == got

    def test_a_training_beside_a_contest_of_talks_stays_a_study(self) -> None:
        """``培训暨宣讲比赛``: the training named beside the contest is still a study."""
        got = kinds_of("宣讲员培训暨宣讲比赛")
        assert (EventKind.STUDY, EventKind.CONTEST) == got

    def test_body_words_alone_name_no_event(self) -> None:
        """学习贯彻 in the body does not make a meeting a study session."""
        assert (EventKind.MEETING,) == kinds_of("常委会会议", body="会议要求学习贯彻全会精神。")

    def test_body_adds_an_election_held_at_a_session(self) -> None:
        """A people's congress session that elects someone is also an election."""
        got = kinds_of("人民代表大会第三次会议", body="会议依法选举王某为镇长。")
        assert (EventKind.MEETING, EventKind.ELECTION) == got

    def test_headline_when_the_lead_names_none(self) -> None:
        """When the lead names no kind, the headline's words decide."""
        got = kinds_of("跟着议会的脚步", sentence="县长昨天也来到本地。", headline="县长走访")
        assert (EventKind.VISIT,) == got

    def test_ruby_annotations_are_read_through(self) -> None:
        """A converted page's ruby annotations (會(huì)議) do not hide the word."""
        assert (EventKind.MEETING,) == kinds_of("主任会(huì)议")

    def test_study_is_an_act_not_an_exhortation(self) -> None:
        """``认真学习了…报告`` is study; ``要深入学习贯彻…`` in a speech is not."""
        assert EventKind.STUDY in kinds_of("全体会议", rest="认真学习了政府工作报告")
        assert EventKind.STUDY not in kinds_of("全体会", rest="区长讲话强调,要深入学习贯彻精神")

    def test_a_ceremony_named_first_keeps_a_visit_after_it(self) -> None:
        """``启动礼,之后…探访``: the ceremony is the main kind, the visit follows."""
        got = kinds_of("启动礼", rest=",之后他与官员探访基层家庭")
        assert (EventKind.OTHER, EventKind.VISIT) == got

    @pytest.mark.parametrize(
        ("title", "rest", "expected"),
        [
            pytest.param(
                "庆祝建党周年活动暨党建联席会议",
                "",
                [EventKind.OTHER, EventKind.MEETING],
                id="celebration-then-sitting",
            ),
            pytest.param(
                "",
                ",率团前往某市参加庆祝活动,并拜会该市市长",
                [EventKind.OTHER, EventKind.VISIT],
                id="attends-a-celebration",
            ),
        ],
    )
    def test_a_celebration_named_first_is_other(
        self, title: str, rest: str, expected: list[EventKind]
    ) -> None:
        """``庆祝…活动`` holding no kind word is a celebration, a part of no kind (decision 26)."""
        assert tuple(expected) == kinds_of(title, rest=rest)

    def test_a_celebration_held_as_a_kind_act_takes_that_kind(self) -> None:
        """``庆祝…集体观摩活动``: the celebration is carried out as the act its name holds."""
        assert (EventKind.OBSERVATION,) == kinds_of("庆祝政协成立周年集体观摩活动")

    @pytest.mark.parametrize(
        "rest",
        [
            pytest.param(",区政府调研员某某列席会议", id="a-rank"),
            pytest.param(",区人大、两办督查室相关领导参加会议", id="an-office"),
            pytest.param(",审议督导委员会的组成", id="a-committee"),
            pytest.param(",县督查局、应急管理局负责人参加", id="a-bureau"),
        ],
    )
    def test_a_tour_word_closed_by_a_post_or_unit_names_no_tour(self, rest: str) -> None:
        """``调研员``, ``督查室``, ``督导委员会``: a rank or a body, not a tour of this event."""
        assert (EventKind.MEETING,) == kinds_of("常务会议", rest=rest)

    def test_a_tour_of_an_office_is_still_a_tour(self) -> None:
        """``调研某局工作``: the tour word followed by its object, not closed by a unit."""
        assert (EventKind.INSPECTION,) == kinds_of("调研县应急管理局工作")

    def test_nothing_is_other(self) -> None:
        """A title naming no kind, with nothing in the body, is other."""
        assert (EventKind.OTHER,) == kinds_of("揭牌仪式", body="随后,嘉宾合影留念。")

    @pytest.mark.parametrize(
        "rest",
        [
            pytest.param(",学习了总书记在某省考察时的重要讲话精神", id="tour-of-a-speech"),
            pytest.param(",学习了书记在视察某部队时的讲话", id="inspection-of-a-speech"),
            pytest.param(",学习了县长在全县观摩推进会上的讲话精神", id="meeting-of-a-speech"),
            pytest.param(",传达学习了市委书记3月2日在我县调研讲话精神", id="tour-then-spirit"),
            pytest.param(",传达学习了书记在某市考察期间重要讲话精神", id="during-a-tour"),
            pytest.param(
                ",学习了总书记考察某省和在某市主持召开座谈会上的重要讲话",
                id="tour-and-sitting-of-a-speech",
            ),
        ],
    )
    def test_a_speech_named_by_its_occasion_adds_no_kind(self, rest: str) -> None:
        """``在…考察时的重要讲话`` is a document studied: its tour is another event."""
        assert (EventKind.MEETING, EventKind.STUDY) == kinds_of("常务会议", rest=rest)

    @pytest.mark.parametrize(
        "rest",
        [
            pytest.param(",专题学习总书记视察某省重要讲话重要指示精神", id="a-tour-s-speech"),
            pytest.param(",深入学习贯彻省委全会和全省工作座谈会精神", id="meetings-spirit"),
            pytest.param(
                ",传达了全县调度会及学习贯彻总书记在某座谈会上的讲话精神",
                id="a-second-verb-of-study",
            ),
        ],
    )
    def test_the_meetings_and_tours_of_a_text_studied_add_no_kind(self, rest: str) -> None:
        """``学习…视察某省重要讲话精神``, ``…座谈会精神``: the text's name holds other events."""
        assert (EventKind.MEETING, EventKind.STUDY) == kinds_of("常务会议", rest=rest)

    def test_a_tour_that_teaches_a_meeting_s_spirit_is_a_tour_and_a_study(self) -> None:
        """``调研,并宣讲了…座谈会精神``: the talk is given on the tour; the sitting is named."""
        got = kinds_of("调研", rest=",并宣讲了中央第三次工作座谈会精神")
        assert (EventKind.INSPECTION, EventKind.STUDY) == got

    def test_a_sitting_that_relays_a_meeting_s_spirit_stays_a_sitting(self) -> None:
        """``召开会议,传达学习…会议精神``: the verbs outside the name still tell what was done."""
        got = kinds_of("", sentence="镇党委召开会议,传达学习全县经济工作会议精神")
        assert (EventKind.MEETING, EventKind.STUDY) == got

    def test_a_campaign_s_spirit_is_no_study(self) -> None:
        """``传达…关于学习教育重要指示精神``: 学习教育 names a campaign, not a study done."""
        got = kinds_of("常务会议", rest=",传达总书记关于学习教育重要指示精神")
        assert (EventKind.MEETING,) == got

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("县委常委主持宣讲会并讲话。", id="chairs"),
            pytest.param("全县干部共400余人参加了宣讲会。", id="attended"),
        ],
    )
    def test_a_talk_chaired_or_attended_as_a_sitting_adds_a_meeting(self, body: str) -> None:
        """``主持宣讲会``, ``参加了宣讲会``: the talk was given to a sitting."""
        assert (EventKind.STUDY, EventKind.MEETING) == kinds_of("宣讲党的创新理论", body=body)

    @pytest.mark.parametrize(
        ("title", "sentence", "expected"),
        [
            pytest.param(
                "",
                "1月21日,在县第八届人民代表大会第四次会议召开前夕,代表们视察了城区建设",
                [EventKind.INSPECTION],
                id="on-the-eve",
            ),
            pytest.param(
                "县政协全会小组召集人会议结束后",
                "县政协全会小组召集人会议结束后,副主席率委员来到敬老院看望老人",
                [EventKind.VISIT],
                id="after-the-sitting",
            ),
            pytest.param(
                "",
                "县人代会开幕前,代表们在会场外听取了群众意见",
                [EventKind.OTHER],
                id="before-the-opening",
            ),
            pytest.param(
                "",
                "在县第八届人民代表大会第四次会议召开之际,代表们走访了困难群众",
                [EventKind.VISIT],
                id="on-the-occasion",
            ),
            pytest.param(
                "",
                "县人代会闭幕后,代表们实地察看了城区建设",
                [EventKind.INSPECTION],
                id="after-the-close",
            ),
        ],
    )
    def test_a_sitting_that_only_dates_the_event_names_no_kind(
        self, title: str, sentence: str, expected: list[EventKind]
    ) -> None:
        """``在…会议召开前夕``, ``…会议结束后``: the sitting is the time of another act."""
        rest = sentence.removeprefix(title)
        assert tuple(expected) == kinds_of(title, rest=rest, sentence=sentence)

    def test_a_sitting_held_still_counts(self) -> None:
        """``会议召开,…`` or ``在大会上`` is the sitting itself."""
        assert (EventKind.MEETING,) == kinds_of("", sentence="县委常委会会议召开,研究有关工作")
        assert (EventKind.MEETING,) == kinds_of("", sentence="在县人代会上,代表们审议了报告")

    def test_a_tour_told_in_the_lead_still_counts(self) -> None:
        """``在某村调研时强调``: the tour is this event's, not a speech's occasion."""
        assert (EventKind.INSPECTION,) == kinds_of("", sentence="县长在某村调研时强调,要抓好生产")
        assert (EventKind.INSPECTION,) == kinds_of("", sentence="书记在某镇调研并作重要讲话")
        assert (EventKind.INSPECTION,) == kinds_of("", sentence="县长在某村调研时讲话指出")

    @pytest.mark.parametrize(
        ("title", "rest", "expected"),
        [
            pytest.param(
                "市委常委会学习践行“四下基层”优良传统",
                ",赴某县现场办公。市委书记主持会议并讲话",
                (EventKind.MEETING,),
                id="a-tradition-practised",
            ),
            pytest.param(
                "调研乡村建设工作",
                ",学习我县在产业发展、环境治理等方面的先进做法和经验",
                (EventKind.INSPECTION,),
                id="others-experience",
            ),
        ],
    )
    def test_learning_from_practice_is_no_study(
        self, title: str, rest: str, expected: tuple[EventKind, ...]
    ) -> None:
        """``学习践行…传统``, ``学习…做法和经验``: a practice followed, no text studied."""
        assert expected == kinds_of(title, rest=rest)

    def test_a_text_studied_is_still_a_study(self) -> None:
        """``学习…讲话精神`` at a sitting stays a study."""
        got = kinds_of("常委会会议", rest=",学习贯彻总书记重要讲话精神和先进经验")
        assert EventKind.STUDY in got

    def test_a_campaign_name_is_no_study(self) -> None:
        """``党史学习教育`` names a campaign, not a study session held."""
        assert EventKind.STUDY not in kinds_of("演讲比赛", rest=",深入推进党史学习教育")

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("今后,镇里将继续依托站点走访群众。", id="future"),
            pytest.param("干部定期走访居民,收集意见。", id="habit"),
            pytest.param("代表们就平时走访选民收集到的问题提出建议。", id="usual"),
            pytest.param("各级领导带队走访联系企业累计107家,收集问题。", id="counted"),
            pytest.param("希望今后多交流、多走访。", id="urged"),
            pytest.param("下一步拟组织人员观摩先进村。", id="planned"),
        ],
    )
    def test_a_body_word_planned_or_urged_adds_nothing(self, body: str) -> None:
        """A visit or observation that is planned, habitual or urged is no act of this event."""
        assert (EventKind.MEETING,) == kinds_of("工作推进会", body=body)

    def test_a_body_word_done_after_a_plan_still_counts(self) -> None:
        """A plan in one clause does not hide an act told in the next one."""
        got = kinds_of("工作推进会", body="会议将于下月再次召开。会后,与会人员走访了企业。")
        assert (EventKind.MEETING, EventKind.VISIT) == got

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("随后,一行人对计划生育特殊家庭进行走访。", id="family-planning"),
            pytest.param("在将乐县,调研组走访了企业。", id="county-named-jiang"),
            pytest.param("书记一行将慰问金送到老人手中。", id="jiang-as-ba"),
        ],
    )
    def test_a_body_word_after_words_that_only_look_modal(self, body: str) -> None:
        """计划生育, a place named 将乐, 将 before its object: the act is still done."""
        assert EventKind.VISIT in kinds_of("工作推进会", body=body)

    def test_an_irregular_forum_is_still_held(self) -> None:
        """``不定期举行的座谈会`` is held: 不定期 names no habit to skip."""
        got = kinds_of("调研企业", body="在不定期举行的座谈会上,企业家提出建议。")
        assert (EventKind.INSPECTION, EventKind.MEETING) == got

    @pytest.mark.parametrize(
        "title",
        [
            pytest.param("政协召开专题协商会", id="consultation"),
            pytest.param("民主协商会在镇政府召开", id="consultation-zai"),
        ],
    )
    def test_a_consultation_is_a_meeting(self, title: str) -> None:
        """``协商会`` is a sitting; only a ``商会`` alone is a chamber of commerce."""
        assert (EventKind.MEETING,) == kinds_of(title)

    @pytest.mark.parametrize(
        "title",
        [
            pytest.param("工商会和企业家代表参加", id="chamber"),
            pytest.param("商会在县城举行活动", id="chamber-first"),
            pytest.param("叮嘱村委会和相关部门做好服务", id="village-committee"),
            pytest.param("联系居委会上门登记", id="residents-committee"),
        ],
    )
    def test_a_committee_or_chamber_is_no_meeting(self, title: str) -> None:
        """A village or residents' committee, like a chamber of commerce, is a body."""
        assert (EventKind.OTHER,) == kinds_of(title)

    def test_the_lead_sentence_later_clause_adds_its_meeting(self) -> None:
        """``…调研,并召开…会。``: the meeting held in the lead sentence's later clause counts."""
        got = kinds_of("调研", rest=",并召开乡村振兴工作调研会。")
        assert (EventKind.INSPECTION, EventKind.MEETING) == got

    def test_the_lead_sentence_later_clause_may_still_be_planned(self) -> None:
        """A later clause that plans the meeting adds nothing, as in the body."""
        got = kinds_of("调研", rest=",并拟于下月召开专题推进会。")
        assert (EventKind.INSPECTION,) == got

    @pytest.mark.parametrize(
        ("title", "body", "expected"),
        [
            pytest.param(
                "民主监督工作",
                "监督组一行还调研了某镇委员活动室建设情况。",
                (EventKind.INSPECTION,),
                id="toured-too",
            ),
            pytest.param(
                "委员履职",
                "委员们先后来到产业园区、教育园区进行视察。",
                (EventKind.INSPECTION,),
                id="tour-made",
            ),
            pytest.param(
                "村村擂台赛",
                "上午观摩了三个村的项目。调研结束后,擂台赛正式开始。",
                (EventKind.CONTEST, EventKind.OBSERVATION, EventKind.INSPECTION),
                id="tour-referred-back-to",
            ),
        ],
    )
    def test_body_adds_a_tour_made_during_the_event(
        self, title: str, body: str, expected: tuple[EventKind, ...]
    ) -> None:
        """A tour the event made (调研了, 进行视察, 调研结束后,) is an inspection within it."""
        assert expected == kinds_of(title, body=body)

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("今年以来,共开展安全检查120余次。", id="work-counted"),
            pytest.param("下一步,要深入基层进行调研。", id="urged"),
            pytest.param("会议要求,纪检部门对落实情况进行督查。", id="demanded"),
            pytest.param("主席团在会议召开前组织代表视察了园区。", id="before-the-sitting"),
        ],
    )
    def test_a_tour_counted_or_urged_adds_no_inspection(self, body: str) -> None:
        """Checks counted as the year's work, or a tour urged, add nothing."""
        assert (EventKind.MEETING,) == kinds_of("工作推进会", body=body)

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            pytest.param(
                "会后,驻村干部到村实地调研。", (EventKind.MEETING,), id="field-research-is-no-tour"
            ),
            pytest.param(
                "会后,与会人员实地察看了堤防。",
                (EventKind.MEETING, EventKind.INSPECTION),
                id="looking-over-is-one",
            ),
        ],
    )
    def test_field_research_in_the_body_adds_no_inspection(
        self, body: str, expected: tuple[EventKind, ...]
    ) -> None:
        """``实地调研`` later in a report is a method or a plan; ``实地察看`` is a tour."""
        assert expected == kinds_of("工作推进会", body=body)

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("随后,县长与村干部和种植户座谈,听取意见。", id="talk-with"),
            pytest.param("调研组一行与企业负责人进行了座谈。", id="talk-held"),
        ],
    )
    def test_a_talk_held_on_a_tour_is_a_meeting(self, body: str) -> None:
        """A 座谈 held with the people met is the tour's sitting, whatever verb brings it."""
        assert (EventKind.INSPECTION, EventKind.MEETING) == kinds_of("调研", body=body)

    def test_a_talk_planned_adds_no_meeting(self) -> None:
        """A talk still to come (将与…座谈) is no act of this event."""
        assert (EventKind.INSPECTION,) == kinds_of("调研", body="下一步,将与种植户座谈。")

    @pytest.mark.parametrize(
        ("title", "body", "expected"),
        [
            pytest.param(
                "主任会议",
                "会议讨论决定有关代表补选事宜。",
                (EventKind.MEETING,),
                id="matter-of-business",
            ),
            pytest.param(
                "常委会会议",
                "会议听取了关于补选区人大代表的说明。",
                (EventKind.MEETING,),
                id="report-about-it",
            ),
            pytest.param("补选工作推进会", "", (EventKind.MEETING,), id="work-on-it"),
            pytest.param(
                "镇人代会",
                "会议依法补选了一名副镇长。",
                (EventKind.MEETING, EventKind.ELECTION),
                id="vote-held",
            ),
        ],
    )
    def test_a_by_election_named_as_business_is_a_topic(
        self, title: str, body: str, expected: tuple[EventKind, ...]
    ) -> None:
        """补选事宜, 关于补选…, 补选工作 are what a sitting discusses; 补选了 is a vote held."""
        assert expected == kinds_of(title, body=body)

    @pytest.mark.parametrize(
        ("title", "rest", "expected"),
        [
            pytest.param(
                "全区工业发展大会",
                "举行,深入学习贯彻全会精神,研究部署全年任务。",
                (EventKind.MEETING, EventKind.STUDY),
                id="sitting-studies",
            ),
            pytest.param(
                "学习宣传贯彻全会精神专题会议",
                "",
                (EventKind.STUDY, EventKind.MEETING),
                id="named-for-it",
            ),
            pytest.param(
                "调研",
                ",强调要深入学习贯彻全会精神。",
                (EventKind.INSPECTION,),
                id="urged",
            ),
            pytest.param(
                "为深入学习贯彻全会精神,举办知识竞赛",
                "",
                (EventKind.CONTEST,),
                id="aim-of-another-act",
            ),
            pytest.param(
                "某某召开工作会议,要认真学习贯彻会议精神",
                "",
                (EventKind.MEETING,),
                id="urged-with-another-adverb",
            ),
            pytest.param(
                "为认真学习贯彻全会精神,举办知识竞赛",
                "",
                (EventKind.CONTEST,),
                id="aim-with-another-adverb",
            ),
            pytest.param(
                "会议要求学习贯彻全会精神",
                "",
                (EventKind.MEETING,),
                id="required",
            ),
            pytest.param(
                "学习总书记重要讲话精神专题会议",
                "",
                (EventKind.STUDY, EventKind.MEETING),
                id="important-is-no-urging",
            ),
        ],
    )
    def test_a_sitting_that_studies_and_applies_a_text_studies(
        self, title: str, rest: str, expected: tuple[EventKind, ...]
    ) -> None:
        """学习贯彻 done by the sitting is a study; urged or aimed at, it is none."""
        assert expected == kinds_of(title, rest=rest)

    def test_a_talk_listed_among_methods_is_no_sitting(self) -> None:
        """通过看点、座谈等方式: the talk is a way of working, not a meeting held."""
        body = "调研组通过看点、座谈等方式,深入了解项目进展。"
        assert (EventKind.INSPECTION,) == kinds_of("调研", body=body)

    def test_calls_listed_among_methods_are_still_calls(self) -> None:
        """采取走访、座谈交流等形式: the calls were paid; only the talk is a method."""
        body = "此次调研采取入户走访、座谈交流等形式进行。"
        assert (EventKind.INSPECTION, EventKind.VISIT) == kinds_of("调研", body=body)

    def test_callers_received_are_no_visit_paid(self) -> None:
        """``来访`` is who comes to the office (接待来访群众): the host pays no visit."""
        assert (EventKind.OTHER,) == kinds_of("县长到接待中心接待来访群众")

    @pytest.mark.parametrize(
        ("title", "body", "expected"),
        [
            pytest.param("支部主题党日活动", "", (EventKind.OTHER,), id="party-day"),
            pytest.param(
                "党日活动",
                "党员们先后走访了辖区内的五户困难家庭。",
                (EventKind.OTHER, EventKind.VISIT),
                id="party-day-visits",
            ),
        ],
    )
    def test_a_party_day_is_an_activity_whatever_it_holds(
        self, title: str, body: str, expected: tuple[EventKind, ...]
    ) -> None:
        """A branch's Party Day is named first; what was done in it follows."""
        assert expected == kinds_of(title, body=body)

    @pytest.mark.parametrize(
        ("title", "expected"),
        [
            pytest.param("慰问敬老院老人", (EventKind.VISIT,), id="visit-looks"),
            pytest.param("观摩乡村振兴项目", (EventKind.OBSERVATION,), id="observation-looks"),
            pytest.param("工作推进会", (EventKind.MEETING,), id="meeting-looks"),
        ],
    )
    def test_an_on_site_look_is_the_named_events_own(
        self, title: str, expected: tuple[EventKind, ...]
    ) -> None:
        """``实地查看`` is how a visit, an observation or a sitting's tour sees things."""
        body = "随后,一行人实地查看了活动场所和住宿环境。"
        assert expected == kinds_of(title, body=body)

    def test_an_on_site_look_names_a_tour_when_nothing_else_does(self) -> None:
        """With no kind word anywhere, a look on site is what the event did."""
        got = kinds_of("县长李某", body="李某一行实地查看了河道清淤进展。")
        assert (EventKind.INSPECTION,) == got

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("会上,支部书记为全体党员上了一堂党课。", id="party-class"),
            pytest.param("会上,主任向干部专题宣讲了全会精神。", id="briefing-given"),
            pytest.param("会后,对全体网格员进行了业务培训。", id="training-given"),
        ],
    )
    def test_a_lesson_given_at_the_meeting_is_a_study(self, body: str) -> None:
        """A party class, a briefing or a training the sitting gave is studied within it."""
        assert (EventKind.MEETING, EventKind.STUDY) == kinds_of("工作推进会", body=body)

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("今年以来,对选举工作人员进行专项培训。", id="background-training"),
            pytest.param("正式开会。\n会前,与会代表进行了履职培训。", id="before-the-sitting"),
            pytest.param("正式开会。会前,全体代表传达学习了文件精神。", id="studied-before"),
            pytest.param(
                "正式开会。会前,全体代表在县人大常委会主任的带领下来到某某村某某合作社的"
                "会议室和展厅参观,进行了履职培训。",
                id="long-before",
            ),
        ],
    )
    def test_a_lesson_outside_the_sitting_adds_nothing(self, body: str) -> None:
        """Training as ongoing work, or done before the sitting (会前), is no act of it."""
        assert (EventKind.MEETING,) == kinds_of("工作推进会", body=body)

    @pytest.mark.parametrize(
        ("title", "body"),
        [
            pytest.param(
                "某镇完成镇人大代表补选",
                "选举工作开展前,镇人大召集各选区负责人召开部署会。",
                id="before-the-vote",
            ),
            pytest.param(
                "某镇举行庆祝大会",
                "文艺汇演前,某镇举行了拔河比赛决赛。",
                id="before-the-show",
            ),
        ],
    )
    def test_an_act_before_the_named_event_adds_nothing(self, title: str, body: str) -> None:
        """A sentence opened by the event's name and 前 tells an act outside it, as 会前 does."""
        got = kinds_of(title, body=body)
        assert EventKind.MEETING not in got[1:]
        assert EventKind.CONTEST not in got

    def test_a_sessions_own_vote_keeps_what_precedes_it(self) -> None:
        """大会选举前,… tells an act of the session itself, before its vote: still within."""
        body = "大会选举前,全体代表集体学习了选举办法。"
        got = kinds_of("县人民代表大会举行第二次全体会议", body=body)
        assert EventKind.STUDY in got

    def test_words_after_a_verb_of_saying_are_the_speech(self) -> None:
        """``…,强调要把学习…作为抓手``: what the lead says adds no kind."""
        got = kinds_of("督导创建工作", rest=",强调要切实把学习推广经验作为抓手。")
        assert (EventKind.INSPECTION,) == got

    def test_a_tour_in_the_speech_adds_no_visit(self) -> None:
        """What a speaker urges in the lead sentence (``强调,要深入走访``) is not done."""
        got = kinds_of("县委召开常委会议", rest=",书记张三强调,要深入走访困难群众。")
        assert (EventKind.MEETING,) == got

    def test_words_before_a_verb_of_saying_still_count(self) -> None:
        """The clause before the speech is the event's own."""
        got = kinds_of("督导创建工作", rest=",走访了商户,并要求抓好整改。")
        assert (EventKind.INSPECTION, EventKind.VISIT) == got

    def test_deputies_of_a_congress_with_de_are_no_meeting(self) -> None:
        """``人民代表大会的代表`` are deputies, like ``人民代表大会代表``."""
        got = kinds_of("选民投票选举县人民代表大会的代表")
        assert (EventKind.ELECTION,) == got

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("县长到场向民众致意,慰勉大家的辛劳。", id="thanks"),
            pytest.param("对救援人员的付出表达高度肯定和慰勉。", id="praise"),
        ],
    )
    def test_encouragement_later_in_a_report_is_no_visit(self, body: str) -> None:
        """``慰勉`` said at an event thanks those there; only a title's 慰勉 is a visit."""
        assert (EventKind.OTHER,) == kinds_of("净滩活动", body=body)

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("上届代表选举产生后,街道建起了代表之家。", id="background"),
            pytest.param("调研组指出,选举产生的新一届领导集体令人鼓舞。", id="attribute"),
        ],
    )
    def test_an_election_told_as_background_adds_nothing(self, body: str) -> None:
        """``选举产生后``/``选举产生的…``: an earlier election described, not held here."""
        assert (EventKind.INSPECTION,) == kinds_of("调研代表之家建设", body=body)

    @pytest.mark.parametrize(
        ("title", "rest"),
        [
            pytest.param("某镇镇长20日补选", ",党主席今天到某镇助选。", id="help"),
            pytest.param("某乡乡长补选", ",多位议员共同站台,为参选人辅选。", id="stump"),
            pytest.param("某乡补选乡长张三", ",3月2日上午宣誓就职。", id="taking-office"),
        ],
    )
    def test_campaigning_or_taking_office_is_no_election(self, title: str, rest: str) -> None:
        """``到某地助选``, ``为参选人辅选``: the vote is still to come; ``就职``: it came before."""
        sentence = title + rest
        assert (EventKind.OTHER,) == kinds_of(title, rest=rest, sentence=sentence)

    def test_a_sittings_vote_stays_when_the_elected_take_office(self) -> None:
        """``会议选举产生镇长,新任镇长宣誓就职``: the sitting's own vote."""
        rest = ",会议选举产生镇长,新任镇长宣誓就职。"
        got = kinds_of("镇人代会", rest=rest, sentence="镇人代会" + rest)
        assert (EventKind.MEETING, EventKind.ELECTION) == got

    def test_an_election_held_adds_election(self) -> None:
        """``大会依法选举产生了…``: the sitting elects."""
        got = kinds_of("党员大会", body="大会选举产生新一届支部委员会。")
        assert (EventKind.MEETING, EventKind.ELECTION) == got

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("会上,主任介绍了近期工作。", id="bare"),
            pytest.param("欢送会上,镇长勉励大家。", id="named-sitting"),
            pytest.param("随后前往园区。\n  会上,书记提出要求。", id="indented-paragraph"),
        ],
    )
    def test_a_sentence_opened_by_hui_shang_adds_a_meeting(self, body: str) -> None:
        """``会上,``/``欢送会上,`` opening a sentence tells what was said at a sitting."""
        assert (EventKind.INSPECTION, EventKind.MEETING) == kinds_of("调研园区", body=body)

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("报告会上,教授讲解了条例。", id="lecture-is-study"),
            pytest.param("在运动会上,选手们奋力拼搏。", id="sports-meet"),
            pytest.param("他说,在上次会上,大家提出了建议。", id="mid-sentence"),
        ],
    )
    def test_a_lecture_or_a_mid_sentence_hui_shang_adds_no_meeting(self, body: str) -> None:
        """A 报告会 is a lecture, a 运动会 a contest; a 会上 inside a sentence recalls another."""
        assert EventKind.MEETING not in kinds_of("调研园区", body=body)

    def test_a_sentence_naming_who_was_elected_adds_an_election(self) -> None:
        """``选举某某为副主席`` opening a sentence records an election held."""
        body = "闭幕会前进行了议程。选举某某为委员会副主席。"
        assert (EventKind.MEETING, EventKind.ELECTION) == kinds_of("全体会议", body=body)

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("会议听取了工作报告。会议选举某某为镇人大主席。", id="sentence-opening"),
            pytest.param(
                "会议审议通过了两个报告,大会选举某某同志为副镇长,并通过有关决议。",
                id="mid-sentence",
            ),
            pytest.param("会上宣读了决定,会议还选举某某为副主任。", id="also"),
        ],
    )
    def test_the_sitting_electing_someone_adds_an_election(self, body: str) -> None:
        """``会议选举某某为…``/``大会选举…同志为…``: the sitting itself elects, wherever printed."""
        assert (EventKind.MEETING, EventKind.ELECTION) == kinds_of("全体会议", body=body)

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("会议明确,下月将召开大会选举某某为主任。", id="planned"),
            pytest.param("会议学习了大会选举办法的说明。", id="the-rules-named"),
        ],
    )
    def test_a_sitting_election_planned_or_named_adds_none(self, body: str) -> None:
        """An election the sitting plans or whose rules it names is not one it held."""
        assert EventKind.ELECTION not in kinds_of("全体会议", body=body)

    def test_elected_as_inside_a_sentence_adds_no_election(self) -> None:
        """``他曾于去年选举…为…`` inside a sentence is not this sitting's act."""
        body = "会议回顾了工作,去年选举某某为委员。"
        assert (EventKind.MEETING,) == kinds_of("全体会议", body=body)

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("会议听取了调研组关于河道治理的调研报告。", id="report-heard"),
            pytest.param("委员代表视察组作了发言。", id="speaks-for-the-team"),
        ],
    )
    def test_a_team_reporting_to_a_sitting_adds_no_tour(self, body: str) -> None:
        """At a meeting, a 调研组/视察组 reports what it found earlier: no inspection."""
        assert (EventKind.MEETING,) == kinds_of("主任会议", body=body)

    def test_a_team_on_a_tour_still_adds_an_inspection(self) -> None:
        """Outside a meeting, ``检查组一行`` is the event's own touring team."""
        got = kinds_of("慰问困难群众", body="检查组一行还到仓库了解情况。")
        assert (EventKind.VISIT, EventKind.INSPECTION) == got

    @pytest.mark.parametrize(
        ("title", "body", "expected"),
        [
            pytest.param(
                "县政府常务会议",
                "会议审议了《某县2025年春节期间困难群众走访慰问方案》。",
                (EventKind.MEETING,),
                id="plan-named-in-the-body",
            ),
            pytest.param(
                "某镇学习贯彻《关于召开某片区学校党建推进会议的通知》精神",
                "",
                (EventKind.STUDY,),
                id="notice-named-in-the-title",
            ),
            pytest.param(
                "关于开展知识竞赛的通知》精神",
                "",
                (EventKind.OTHER,),
                id="title-cut-inside-the-name",
            ),
        ],
    )
    def test_words_inside_a_documents_name_name_no_act(
        self, title: str, body: str, expected: tuple[EventKind, ...]
    ) -> None:
        """A sitting that reviews a 慰问方案 pays no call; a notice of a 推进会 holds none."""
        assert expected == kinds_of(title, body=body)

    def test_acts_outside_a_documents_name_still_count(self) -> None:
        """Only the words between 《 and 》 are the document's: ``学习《条例》`` studies."""
        got = kinds_of("学习《某某条例》", body="会后,县领导走访了三户困难群众。")
        assert (EventKind.STUDY, EventKind.VISIT) == got

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param(
                "县长张三要求:一是压实责任。二是加强宣传。组织镇村干部入户走访,排查隐患。",
                id="numbered-demands",
            ),
            pytest.param(
                "主席对工作提出意见建议:一要抓好学习,及时向群众开展理论宣讲。",
                id="suggestions",
            ),
        ],
    )
    def test_acts_in_a_speakers_numbered_demands_are_not_done(self, body: str) -> None:
        """``X要求:一是…`` asks for the 走访 and 宣讲 that follow; the tour made none."""
        assert (EventKind.INSPECTION,) == kinds_of("督导防火工作", body=body)

    def test_an_act_told_after_the_demands_is_done(self) -> None:
        """A sentence that takes the report up again (然后…) tells an act of the event."""
        body = "书记强调:一要把握意义;二要注重方法。然后组织干部参加了党史知识竞赛。"
        assert (EventKind.STUDY, EventKind.CONTEST) == kinds_of("党课", body=body)

    @pytest.mark.parametrize(
        ("sentence", "headline"),
        [
            pytest.param("5月8日,某镇考察团赴邻县就人居环境整治进行了学习考察。", "", id="lead"),
            pytest.param("5月8日,考察团来到两个村。", "考察团赴某市考察学习", id="headline"),
        ],
    )
    def test_a_trip_made_to_learn_adds_a_study(self, sentence: str, headline: str) -> None:
        """``学习考察``/``考察学习`` in the lead or the headline: the tour studies too."""
        got = kinds_of("考察", sentence=sentence, headline=headline)
        assert (EventKind.INSPECTION, EventKind.STUDY) == got

    def test_a_tour_alone_adds_no_study(self) -> None:
        """A plain 考察 names no lesson."""
        got = kinds_of("考察", sentence="5月8日,考察团赴邻县考察。", headline="考察团赴邻县考察")
        assert (EventKind.INSPECTION,) == got

    @pytest.mark.parametrize(
        ("title", "sentence"),
        [
            pytest.param(
                "某区第九届人民代表大会某社区第一选区选举大会",
                "11月5日,某区第九届人民代表大会某社区第一选区选举大会在公园举行。",
                id="district-in-the-title",
            ),
            pytest.param(
                "新一届党代会代表选举大会",
                "5月8日,各乡镇党委组织各选区召开新一届党代会代表选举大会,严格把握会议流程。",
                id="districts-in-the-lead",
            ),
        ],
    )
    def test_a_polling_districts_election_meeting_is_the_ballot(
        self, title: str, sentence: str
    ) -> None:
        """A 选区's 选举大会 is the voters' ballot: election only (decision 22b)."""
        rest = sentence.split(title, 1)[1]
        assert (EventKind.ELECTION,) == kinds_of(title, rest=rest, sentence=sentence)

    def test_a_bodys_election_meeting_is_still_a_sitting(self) -> None:
        """A branch's 党员选举大会, with no polling district, elects at a sitting."""
        sentence = "3月4日,各村召开党总支党员选举大会。"
        got = kinds_of("党总支党员选举大会", rest="。", sentence=sentence)
        assert (EventKind.ELECTION, EventKind.MEETING) == got

    def test_a_polling_meeting_that_does_business_is_a_sitting(self) -> None:
        """``会上宣布了…名单``: business done at the 选举大会 makes it a sitting too."""
        title = "补选区人大代表选举大会"
        sentence = "5月6日,某街道机关选区召开补选区人大代表选举大会。"
        body = "会上宣布了选区正式候选人名单。选民依次投票。"
        got = kinds_of(title, rest="。", sentence=sentence, body=body)
        assert (EventKind.ELECTION, EventKind.MEETING) == got

    @pytest.mark.parametrize(
        ("title", "body"),
        [
            pytest.param("全县现场观摩活动筹备会议", "县长指出,观摩活动意义重大。", id="activity"),
            pytest.param(
                "一季度拟观摩重点项目筹备工作会议",
                "会上,发改委对观摩活动做了安排部署。",
                id="planned",
            ),
        ],
    )
    def test_a_sitting_that_prepares_an_act_is_a_meeting(self, title: str, body: str) -> None:
        """The 观摩 a 筹备会议 prepares is its topic, in the title and the body alike."""
        assert (EventKind.MEETING,) == kinds_of(title, body=body)

    def test_a_sitting_that_launches_a_check_is_a_meeting(self) -> None:
        """An ``执法检查动员会`` launches the check: the sitting is the event."""
        body = "市人大常委会副主任出席会议并讲话。"
        assert (EventKind.MEETING,) == kinds_of("某条例执法检查动员会", body=body)

    def test_an_act_with_no_preparing_sitting_still_counts(self) -> None:
        """``观摩推进会`` observes as it meets: no 筹备, both kinds."""
        assert (EventKind.OBSERVATION, EventKind.MEETING) == kinds_of("现场观摩推进会")

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("座谈会还组织与会人员学习《关于支持某省发展的意见》。", id="organised"),
            pytest.param("组织干事对参会人员进行党建工作培训。", id="trained"),
        ],
    )
    def test_the_sittings_attendees_taught_add_a_study(self, body: str) -> None:
        """A study held for the sitting's own attendees (与会人员/参会人员) is one of its acts."""
        assert (EventKind.MEETING, EventKind.STUDY) == kinds_of("党建工作会议", body=body)

    def test_attendees_asked_to_study_add_none(self) -> None:
        """``会议要求与会人员认真学习`` asks for a study later: none held."""
        body = "会议要求全体与会人员认真学习文件精神。"
        assert (EventKind.MEETING,) == kinds_of("党建工作会议", body=body)

    @pytest.mark.parametrize(
        ("title", "rest", "sentence"),
        [
            pytest.param(
                "省委书记张某",
                "3日会见了市委书记李某率领的某市党政考察团一行。",
                "省委书记张某3日会见了市委书记李某率领的某市党政考察团一行。",
                id="touring-team-received",
            ),
            pytest.param(
                "到访",
                ",并就双方关注的议题交换意见。",
                "区长王某(右)欢迎某市副市长陈某到访,并就双方关注的议题交换意见。",
                id="welcomed-visit",
            ),
            pytest.param(
                "到访的某国副部长",
                ",就经贸合作交换意见。",
                "区长王某在宾馆会见到访的某国副部长,就经贸合作交换意见。",
                id="visiting-guest-received",
            ),
        ],
    )
    def test_the_guests_trip_named_at_a_reception_is_no_kind(
        self, title: str, rest: str, sentence: str
    ) -> None:
        """A reception (会见, 欢迎) is ``other``: 考察团, 到访 name the guests' trip."""
        assert (EventKind.OTHER,) == kinds_of(title, rest=rest, sentence=sentence)

    def test_a_host_who_joins_the_guests_tour_inspects(self) -> None:
        """``会见考察团并一同考察``: after 并 the host tours too."""
        rest = "会见了某市考察团一行,并一同考察了工业园区。"
        sentence = "县长刘某" + rest
        assert (EventKind.INSPECTION,) == kinds_of("县长刘某", rest=rest, sentence=sentence)

    def test_a_welcome_party_is_still_a_meeting(self) -> None:
        """``欢迎会`` is a sitting, not a welcome said to guests."""
        sentence = "5日,某镇举行新兵欢迎会。"
        assert (EventKind.MEETING,) == kinds_of("新兵欢迎会", rest="。", sentence=sentence)

    def test_a_site_planned_for_a_later_observation_is_toured_only(self) -> None:
        """``拟观摩项目地进行调研``: the 观摩 (and its 流程) is still to come; the tour is done."""
        sentence = "副县长赵某带队深入我县拟观摩项目地进行实地调研。"
        body = "调研组一行先后来到某产业园,实地考察观摩流程,对项目整体情况进行了解。"
        got = kinds_of("观摩项目地进行实地调研", rest="。", sentence=sentence, body=body)
        assert (EventKind.INSPECTION,) == got

    def test_an_act_chained_to_a_planned_one_is_planned(self) -> None:
        """``之后…将前往某中心,并观摩…``: the 并 clause shares the plan."""
        body = "之后代表团还将前往某市交通指挥中心,并观摩相关交通建设。"
        assert (EventKind.OTHER,) == kinds_of("庆祝活动", body=body)

    def test_an_observation_told_after_a_done_clause_counts(self) -> None:
        """``来到某园区,并观摩了…``: no plan before 并, the observation is done."""
        body = "调研组来到某园区,并观摩了智能生产线。"
        assert (EventKind.INSPECTION, EventKind.OBSERVATION) == kinds_of("调研工业发展", body=body)

    def test_an_act_a_speaker_talks_of_is_not_done(self) -> None:
        """``李某指出,全市项目观摩是…``: the coming 观摩 is what was said, not an act done."""
        body = "李某指出,全市重点项目观摩是对我县发展成效的一次检阅。"
        assert (EventKind.INSPECTION,) == kinds_of("调研重点项目", body=body)

    def test_an_act_told_after_a_speakers_sentence_is_done(self) -> None:
        """The next sentence takes the report up again: its 观摩 counts."""
        body = "李某指出,要抓好项目建设。随后,调研组观摩了某产业园。"
        assert (EventKind.INSPECTION, EventKind.OBSERVATION) == kinds_of("调研重点项目", body=body)


#: Pieces of the texts the kinds are read in: the words each reading of
#: _plain removes, their ends and the marks that bound them.
_PLAIN_PIECES = (
    "会",
    "会议",
    "召开",
    "举行",
    "前夕",
    "之际",
    "结束后",
    "闭幕后",
    "讲话",
    "在",
    "时的重要讲话",
    "讲话精神",
    "精神",
    "学习",
    "传达",
    "教育",
    "考察",
    "和",
    "(huì )",
    "(",
    ",",
    ",",
    "。",
    "\n",
)


@given(st.lists(st.one_of(st.sampled_from(_PLAIN_PIECES), st.text(max_size=3)), max_size=30))
def test_plain_skips_only_readings_that_cannot_match(pieces: list[str]) -> None:
    """The cheap word checks before each reading change nothing it removes."""
    text = "".join(pieces)
    expected = _kinds._FRAME.sub("", _kinds._OCCASION.sub("", _kinds._RUBY.sub("", text)))
    assert expected == _kinds._plain(text)


#: Pieces of bodies: each gated pattern's words and the text around them.
_BODY_PIECES = (
    "召开",
    "进行了",
    "开展了",
    "参加了",
    "组织",
    "与会人员",
    "会议",
    "集体",
    "学习",
    "学习了",
    "上",
    "党课",
    "宣讲",
    "培训",
    "领学",
    "实地",
    "察看",
    "巡河",
    "调研",
    "视察",
    "督查",
    "中",
    "依法",
    "选举",
    "补选",
    "当选为",
    "产生",
    "比赛",
    "竞赛",
    "知识赛",
    "擂台赛",
    "现场评选",
    "宣布",
    "开赛",
    "。",
    ",",
    "\n",
)


@given(st.lists(st.one_of(st.sampled_from(_BODY_PIECES), st.text(max_size=3)), max_size=30))
def test_a_body_without_a_kinds_words_holds_no_match_of_it(pieces: list[str]) -> None:
    """The substring gate before a body pattern passes over only bodies it cannot match."""
    text = "".join(pieces)
    for kind, pattern in _kinds_body._BODY:
        words = _kinds_body._BODY_WORDS.get(kind)
        if words is None or pattern is _kinds_body._TEAM:
            continue
        for m in pattern.finditer(text):
            assert any(word in m.group() for word in words), (kind, m.group())


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        pytest.param("会上,领学了文件", EventKind.STUDY, id="read-aloud"),
        pytest.param("随后实地察看了河道", EventKind.INSPECTION, id="look-on-site"),
        pytest.param("选举张某为村主任", EventKind.ELECTION, id="elected-as"),
        pytest.param("宣布比赛正式开赛", EventKind.CONTEST, id="match-opened"),
    ],
)
def test_a_body_holding_a_kinds_word_still_adds_it(body: str, kind: EventKind) -> None:
    """A body passing the gate is read by the pattern as before."""
    assert kind in kinds_of("常务会议", body="。" + body)


class TestMarkersAtTextStart:
    """A marker whose lookbehind sits after its first character reads at the text's start too."""

    @pytest.mark.parametrize(
        ("title", "expected"),
        [
            pytest.param("大会召开", [EventKind.MEETING], id="congress"),
            pytest.param("会在村部召开", [EventKind.MEETING], id="bare-hui"),
            pytest.param("补选村主任", [EventKind.ELECTION], id="by-election"),
            pytest.param("实地指导春耕", [EventKind.INSPECTION], id="on-site-guidance"),
        ],
    )
    def test_title_opening_on_marker(self, title: str, expected: list[EventKind]) -> None:
        """A title that opens on its marker has that marker's kind."""
        assert tuple(expected) == kinds_of(title)

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            pytest.param("召开座谈会", EventKind.MEETING, id="talk-held"),
            pytest.param("出席了会议", EventKind.MEETING, id="sitting-attended"),
            pytest.param("会议由副县长主持", EventKind.MEETING, id="sitting-chaired"),
            pytest.param("传达学习了文件", EventKind.STUDY, id="text-relayed"),
            pytest.param("对与会人员进行了培训", EventKind.STUDY, id="attendees-trained"),
        ],
    )
    def test_body_opening_on_act(self, body: str, expected: EventKind) -> None:
        """A body that opens on an act done adds that act's kind."""
        assert (expected,) == kinds_of("县长一行", body=body)

    def test_reception_opening_the_lead(self) -> None:
        """欢迎 opening a lead blanks the guests' trip named after it."""
        assert (EventKind.OTHER,) == kinds_of("欢迎考察团到访", sentence="欢迎考察团到访")


_MEETING_CHARS = sorted(
    {c for c in _kinds_body._BODY[0][1].pattern if "\u4e00" <= c <= "\u9fff"} | set("。!?\n,某")
)


@given(st.text(alphabet=_MEETING_CHARS, max_size=16))
def test_the_unopened_meeting_pattern_matches_alike(text: str) -> None:
    """Without the words of a sentence opening, the meeting's patterns find the same matches."""
    if _kinds_body._SITTING_OPENED.search(text) is None:
        expected = [m.span() for m in _kinds_body._BODY[0][1].finditer(text)]
        assert expected == [m.span() for m in _kinds_body._MEETING_UNOPENED.finditer(text)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("随后,一行人来到村部。会上,大家踊跃发言。", id="hui-shang"),
        pytest.param("调研结束后召开汇报。会议指出,要抓好落实。", id="huiyi-zhichu"),
    ],
)
def test_a_sentence_opening_on_the_sitting_adds_a_meeting(body: str) -> None:
    """A body sentence that opens on the sitting (会上, / 会议指出) adds a meeting to a tour."""
    assert (EventKind.INSPECTION, EventKind.MEETING) == kinds_of("县长调研", body=body)


class TestWorkToured:
    """The works a tour looks into (调研…、擂台赛…等工作) are its topics, not acts of it."""

    @pytest.mark.parametrize(
        "title",
        [
            pytest.param("调研全镇春耕生产、村级擂台赛、信访稳定等工作情况", id="contest-listed"),
            pytest.param("调研检查运动会筹备工作", id="sports-meet-prepared"),
            pytest.param("视察全县人代会和政协会筹备工作", id="sessions-prepared"),
            pytest.param("督导党员干部学习培训工作", id="training-overseen"),
        ],
    )
    def test_a_work_toured_is_a_topic(self, title: str) -> None:
        """A contest, a sitting or a course named in the work looked into adds no kind."""
        assert (EventKind.INSPECTION,) == kinds_of(title)

    @pytest.mark.parametrize(
        ("title", "expected"),
        [
            pytest.param(
                "调研并召开座谈会听取工作汇报",
                [EventKind.INSPECTION, EventKind.MEETING],
                id="sitting-held-after-the-tour",
            ),
            pytest.param(
                "走访慰问困难群众并调研帮扶工作",
                [EventKind.VISIT, EventKind.INSPECTION],
                id="visit-before-the-tour",
            ),
            pytest.param(
                "调研工作情况,召开座谈会",
                [EventKind.INSPECTION, EventKind.MEETING],
                id="sitting-in-its-own-clause",
            ),
            pytest.param(
                "县长张三深入甲村考察慰问困难群众生活情况",
                [EventKind.INSPECTION, EventKind.VISIT],
                id="visit-paid-on-the-tour",
            ),
            pytest.param(
                "视察走访企业生产经营情况",
                [EventKind.INSPECTION, EventKind.VISIT],
                id="call-paid-on-the-tour",
            ),
        ],
    )
    def test_acts_outside_the_work_still_count(self, title: str, expected: list[EventKind]) -> None:
        """A sitting held after a 并 or in its own clause, and a visit paid on the tour, count."""
        assert tuple(expected) == kinds_of(title)

    @pytest.mark.parametrize(
        "title",
        [
            pytest.param("调研春节走访慰问工作情况", id="calls-as-a-work"),
            pytest.param("督查困难群众慰问工作", id="calls-as-a-work-after-their-object"),
        ],
    )
    def test_calls_named_as_a_work_are_a_topic(self, title: str) -> None:
        """Calls named as the work looked into (走访慰问工作) are its topic, no visit paid."""
        assert (EventKind.INSPECTION,) == kinds_of(title)

    @pytest.mark.parametrize(
        ("sentence", "title", "expected"),
        [
            pytest.param(
                "2月5日,某县党政代表团一行来我市参观考察。",
                "考察",
                (EventKind.VISIT, EventKind.INSPECTION),
                id="visit-and-tour",
            ),
            pytest.param(
                "3月2日,某镇考察团到某村参观学习。",
                "学习",
                (EventKind.VISIT, EventKind.STUDY),
                id="visit-to-learn",
            ),
        ],
    )
    def test_a_visit_glued_before_the_title_counts(
        self, sentence: str, title: str, expected: tuple[EventKind, ...]
    ) -> None:
        """``来某地参观考察`` read as the title ``考察``: the 参观 before it is a visit too."""
        assert expected == kinds_of(title, rest="。", sentence=sentence)

    def test_a_visit_word_apart_from_the_title_adds_nothing_here(self) -> None:
        """Only a 参观 glued to the title's verb joins it; one in another clause does not."""
        sentence = "2月5日,参观人员来到某村,开展考察。"
        assert (EventKind.INSPECTION,) == kinds_of("考察", rest="。", sentence=sentence)

    def test_a_visit_glued_before_the_title_end_to_end(self) -> None:
        """A whole report: ``一行来我市参观考察`` is a visit and a tour (decision 25e)."""
        text = "2月25日,某县副县长张某一行来我市参观考察,市领导李某陪同。"
        (event,) = extract_text(text, published=dt.date(2021, 3, 1)).events
        assert {EventKind.VISIT, EventKind.INSPECTION} == set(event.kinds)

    @pytest.mark.parametrize(
        ("sentence", "title", "rest"),
        [
            pytest.param(
                "2月25日,县长王明到甲镇调研,察看了参观调研点建设情况。",
                "调研",
                ",察看了参观调研点建设情况。",
                id="site-named-after-the-title",
            ),
            pytest.param(
                "2月25日,参观考察团到甲镇考察。",
                "考察",
                "。",
                id="group-named-before-the-title",
            ),
        ],
    )
    def test_a_visit_glued_elsewhere_than_the_title_adds_nothing(
        self, sentence: str, title: str, rest: str
    ) -> None:
        """Only a 参观 glued to the title's own verb joins it: 参观调研点 names a site."""
        assert EventKind.INSPECTION == kinds_of(title, rest=rest, sentence=sentence)[0]

    def test_a_visit_glued_elsewhere_than_the_title_end_to_end(self) -> None:
        """A whole report: the tour of 甲镇 stays the main kind, the 参观调研点 is a site."""
        text = "2月25日,县长王明到甲镇调研,察看了参观调研点建设情况。"
        (event,) = extract_text(text, published=dt.date(2021, 3, 1)).events
        assert EventKind.INSPECTION == event.kinds[0]

    def test_a_visit_glued_before_a_title_printed_twice(self) -> None:
        """The title's verb may be printed earlier too (``考察团来某镇参观考察``)."""
        sentence = "2月25日,某镇镇长张某一行十六人考察团来某镇参观考察,某镇负责人陪同。"
        got = kinds_of("考察", rest=",某镇负责人陪同。", sentence=sentence)
        assert (EventKind.VISIT, EventKind.INSPECTION) == got


class TestReviewedRules:
    """Crafted inputs where a rule's reach went past what it means."""

    @pytest.mark.parametrize(
        "title",
        [
            pytest.param("县委书记张三到某镇检查室内消防设施", id="indoor-is-no-office"),
            pytest.param("县长张三视察科技馆建设", id="science-is-no-section"),
        ],
    )
    def test_a_tour_of_an_object_named_like_a_post_is_a_tour(self, title: str) -> None:
        """Only the post words (督查室, 调研科) are no tour: 检查室内 and 视察科技馆 are."""
        assert (EventKind.INSPECTION,) == kinds_of(title)

    @pytest.mark.parametrize(
        "title",
        [
            pytest.param("县委督查室主任张三讲话", id="inspection-office"),
            pytest.param("二级调研员张三讲话", id="researcher-rank"),
        ],
    )
    def test_a_post_named_by_a_tour_word_is_no_tour(self, title: str) -> None:
        """督查室, 调研员: a post or an office, still no tour."""
        assert EventKind.INSPECTION not in kinds_of(title)

    def test_a_studied_name_starts_at_the_verb_nearest_its_spirit(self) -> None:
        """落实 in its ordinary sense opens no name: the sitting held before 传达 stays."""
        assert (EventKind.MEETING,) == kinds_of("县应急局落实防汛责任召开专题会议传达省委精神")

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "县应急局落实防汛责任召开专题会议传达省委精神",
                "县应急局落实防汛责任召开专题会议传达__精神",
                id="act-before-the-nearest-verb-kept",
            ),
            pytest.param(
                "县委组织部学习强国平台推广暨传达会议精神",
                "县委组织部学习强国平台推广暨传达__精神",
                id="ordinary-xuexi-opens-no-name",
            ),
            pytest.param(
                "学习贯彻落实党的二十大精神",
                "学习贯彻落实_____精神",
                id="verb-run-kept-whole",
            ),
        ],
    )
    def test_only_the_studied_name_is_blanked(self, text: str, expected: str) -> None:
        """The verbs and what stands before them stay; the name before 精神 is blanked."""
        assert expected == _kinds._unspirited(text)

    def test_a_long_verb_run_is_read_whole(self) -> None:
        """A run of verbs of any length keeps them all and blanks only the name."""
        text = "学习" * 50 + "全会精神"
        assert "学习" * 50 + "__精神" == _kinds._unspirited(text)

    def test_an_election_dated_to_an_earlier_year_adds_none(self) -> None:
        """大会选举X为… in a sentence opened by a bare year tells of a past sitting."""
        body = "会议听取了工作报告。2019年,大会选举张三为县长。"
        assert (EventKind.MEETING,) == kinds_of("县人大常委会召开会议", body=body)

    def test_an_election_of_the_sitting_still_adds_one(self) -> None:
        """会议选举X为… with no earlier year: the sitting elected."""
        body = "会议听取了工作报告。会议选举张三为县长。"
        got = kinds_of("县人大常委会召开会议", body=body)
        assert (EventKind.MEETING, EventKind.ELECTION) == got


class TestFairsLecturesAndCallees:
    """A fair is no sitting, a 宣讲会 opens no sitting, and the called-on's sitting is theirs."""

    @pytest.mark.parametrize(
        "title",
        [
            pytest.param("第三届某某农业博览会暨项目签约仪式", id="fair-before-a-signing"),
            pytest.param("某某花博会 开幕", id="short-fair-name"),
        ],
    )
    def test_a_fair_is_no_meeting(self, title: str) -> None:
        """博览会 and its short names (花博会) hold a 会 that names a show."""
        assert EventKind.MEETING not in kinds_of(title)

    def test_a_fair_opening_a_body_sentence_adds_no_meeting(self) -> None:
        """博览会上, opens no sitting of the event."""
        body = "开幕式简短。博览会上,各地展出特产。"
        assert (EventKind.OTHER,) == kinds_of("签约仪式", body=body)

    def test_a_lecture_opening_a_body_sentence_adds_no_meeting(self) -> None:
        """宣讲会上, tells the lecture's own talk: a study, as 报告会上 does."""
        body = "宣讲会上,宣讲员讲解了全会精神。"
        assert (EventKind.STUDY,) == kinds_of("全会精神宣讲", body=body)

    def test_a_sitting_opening_a_body_sentence_still_adds_a_meeting(self) -> None:
        """座谈会上, still opens a sitting held on the tour."""
        body = "座谈会上,与会人员交流了做法。"
        assert (EventKind.INSPECTION, EventKind.MEETING) == kinds_of("调研", body=body)

    @pytest.mark.parametrize(
        "title",
        [
            pytest.param("看望出席县人民代表大会第三次会议的代表", id="one-sitting"),
            pytest.param("看望慰问前来参加会议的委员", id="come-to-attend"),
            pytest.param(
                "看望出席县第九届人民代表大会第二次会议的代表、县政协第八届委员会第二次会议的委员",
                id="a-list-of-attendees",
            ),
        ],
    )
    def test_the_sitting_of_those_called_on_adds_no_meeting(self, title: str) -> None:
        """The people visited are named by the sitting they attend: a call, not a sitting."""
        assert (EventKind.VISIT,) == kinds_of(title)

    def test_a_call_paid_before_a_sitting_held_still_reads_the_sitting(self) -> None:
        """A call and a sitting the event holds itself (看望…并召开座谈会) keep both."""
        got = kinds_of("看望困难群众并召开座谈会")
        assert (EventKind.VISIT, EventKind.MEETING) == got


class TestToursJoined:
    """A tour told only by those who went along is still the event's."""

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("县交通局局长王五一同督导。", id="went-along"),
            pytest.param(
                "会后,张三带队到企业检查安全生产。县应急局局长李四陪同调研。", id="escort"
            ),
        ],
    )
    def test_a_companions_tour_word_adds_a_tour(self, body: str) -> None:
        """陪同调研, 一同督导: the leader's own verb (深入, 带队) names no kind."""
        assert EventKind.INSPECTION in kinds_of("深入某项目施工现场", body=body)

    def test_a_companion_still_to_come_adds_none(self) -> None:
        """计划…陪同调研: a plan, not a tour made."""
        body = "下周县领导计划到企业陪同调研。"
        assert EventKind.INSPECTION not in kinds_of("召开项目推进会", body=body)


class TestReviewedCompanionsFairsAndCallees:
    """Companions' tours not made, fairs' short names and callees' long sittings."""

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("局长李四将陪同调研。", id="future"),
            pytest.param("局长李四因故未能陪同调研。", id="negated"),
            pytest.param("李四曾多次陪同调研。", id="past-habit"),
            pytest.param("局长李四陪同调研员王五参加会议。", id="rank"),
        ],
    )
    def test_a_companion_tour_not_made_adds_none(self, body: str) -> None:
        """将/未能/曾/多次 陪同调研 is no tour of the event; 调研员 is a rank."""
        assert EventKind.INSPECTION not in kinds_of("召开项目推进会", body=body)

    @pytest.mark.parametrize(
        "body",
        ["局长李四陪同考察。", "局长李四一同检查。", "李四陪同巡查。", "此次陪同调研的还有李四。"],
    )
    def test_a_companion_on_any_tour_word_adds_a_tour(self, body: str) -> None:
        """陪同考察, 一同检查, 陪同巡查 tell a tour joined as 陪同调研 does."""
        assert EventKind.INSPECTION in kinds_of("深入某项目施工现场", body=body)

    @pytest.mark.parametrize("fair", ["展销会", "庙会", "交易会", "工展会"])
    def test_a_fairs_sibling_opening_a_body_sentence_adds_no_meeting(self, fair: str) -> None:
        """展销会上, 庙会上, … open no sitting, as 博览会上, does not."""
        body = f"开幕式简短。{fair}上,各地客商签约。"
        assert (EventKind.OTHER,) == kinds_of("签约仪式", body=body)

    @pytest.mark.parametrize(
        "title",
        [
            pytest.param("某镇庆“七一”文艺晚会在广场举行", id="evening-show"),
            pytest.param("某镇举办新年联欢会", id="party"),
        ],
    )
    def test_a_show_is_no_meeting(self, title: str) -> None:
        """晚会 and 联欢会 hold a 会 that names a show for a crowd, not a sitting."""
        assert EventKind.MEETING not in kinds_of(title)

    def test_a_show_opening_a_body_sentence_adds_no_meeting(self) -> None:
        """晚会上, tells the show's programme, no sitting."""
        body = "演出简短。晚会上,各村表演了节目。"
        assert (EventKind.OTHER,) == kinds_of("签约仪式", body=body)

    def test_a_fairs_sibling_in_the_title_is_no_meeting(self) -> None:
        """某县展销会在某镇举行: a show, not a sitting."""
        assert EventKind.MEETING not in kinds_of("某县展销会在某镇举行")

    def test_a_long_list_of_callees_sittings_adds_no_meeting(self) -> None:
        """Two official session names past 60 characters are still the callees'."""
        title = (
            "看望出席某某苗族侗族自治州第十五届人民代表大会第三次会议的人大代表和"
            "出席中国人民政治协商会议某某苗族侗族自治州第十三届委员会第三次会议的政协委员"
        )
        assert (EventKind.VISIT,) == kinds_of(title)

    def test_a_sitting_attended_after_bing_is_the_events(self) -> None:
        """看望…民兵并出席…大会: the sitting after 并 is the leader's own."""
        got = kinds_of("看望参加集训的民兵并出席表彰大会的颁奖仪式")
        assert EventKind.MEETING in got

    def test_callees_named_by_their_sitting_without_de_add_no_meeting(self) -> None:
        """看望慰问出席会议代表: the sitting names those called on."""
        assert (EventKind.VISIT,) == kinds_of("看望慰问出席会议代表")

    def test_a_supervision_done_adds_a_tour(self) -> None:
        """督导了 tells a tour made, as 督查了 does."""
        got = kinds_of("召开项目推进会", body="会后,县长还督导了项目建设。")
        assert EventKind.INSPECTION in got


class TestTraditionalKindWords:
    @pytest.mark.parametrize(
        ("title", "kind"),
        [
            ("某縣總工會舉辦職工安全知識競賽", EventKind.CONTEST),
            ("舉行歌手預選", EventKind.CONTEST),
            ("某鎮項目集中簽約暨座談會", EventKind.OTHER),
            ("開展志願服務暨座談會", EventKind.OTHER),
            ("某某工程啓動禮暨座談會", EventKind.OTHER),
        ],
    )
    def test_a_kind_word_in_traditional_script_reads(self, title: str, kind: EventKind) -> None:
        """競賽, 預選, 簽約, 志願服務, 啓動禮 read as their simplified forms."""
        assert kind in kinds_of(simplify(title))

    def test_a_talk_in_traditional_script_is_a_meeting(self) -> None:
        """出席…懇談會 in the body tells a sitting held, as 恳谈会 does."""
        got = kinds_of("走訪企業", body=simplify("縣長出席企業家懇談會。"))
        assert EventKind.MEETING in got


class TestOfficesElected:
    @pytest.mark.parametrize(
        "body",
        [
            "区议会举行首次会议,选出正副主席。",
            "张某当选主席,李某当选副主席。",
            "两人在无竞争下自动当选正、副主席。",
            "代表们投票,选举乡长1名。",
        ],
    )
    def test_an_office_filled_at_the_sitting_adds_an_election(self, body: str) -> None:
        """选出/当选/选举 + the office, without 为, tells the vote held."""
        assert EventKind.ELECTION in kinds_of("区议会召开首次会议", body=body)

    @pytest.mark.parametrize(
        "body", ["新当选主席张某到某村调研。", "比赛选出一等奖3名。", "大会选出优秀代表10名。"]
    )
    def test_no_office_or_one_filled_earlier_adds_none(self, body: str) -> None:
        """选出 prize winners, or 新当选主席 (an earlier vote), is no election."""
        assert EventKind.ELECTION not in kinds_of("召开工作会议", body=body)


class TestLessonsHeard:
    @pytest.mark.parametrize(
        "body",
        [
            "随后,大家聆听了一堂专题党课。",
            "张某作了题为“抓党建、促振兴”的专题讲座。",
            "李某为党员讲授了一堂党课。",
        ],
    )
    def test_a_lesson_heard_or_given_adds_a_study(self, body: str) -> None:
        """聆听了…党课, 作了题为“…”的…讲座, 讲授了…党课: a study held at the event."""
        assert EventKind.STUDY in kinds_of("参观某纪念馆", body=body)

    @pytest.mark.parametrize("body", ["党员要认真聆听每一堂党课。", "张某作了讲座中心的情况介绍。"])
    def test_a_lecture_planned_or_a_centre_adds_none(self, body: str) -> None:
        """A lesson urged (要认真聆听…党课) or a 讲座中心 is no study held."""
        assert EventKind.STUDY not in kinds_of("参观某纪念馆", body=body)


class TestContestThemes:
    @pytest.mark.parametrize(
        "title",
        [
            "举办“学习新思想”知识竞赛",
            "举行学习贯彻党的二十大精神知识竞赛",
            "“学习强国”演讲比赛决赛举行",
            "第9期“某某讲堂”暨书记擂台赛举办",
        ],
    )
    def test_a_study_word_in_a_contests_name_is_its_theme(self, title: str) -> None:
        """Quoted, or run into the contest's noun: the theme, not a lesson held."""
        assert (EventKind.CONTEST,) == kinds_of(title)

    def test_a_themed_contest_in_the_lead_sentence_alone(self) -> None:
        """With no title, the lead sentence's quoted theme is read the same way."""
        sentence = "5月31日,“学习二十大·青年说”主题演讲比赛决赛在某小学举办。"
        assert (EventKind.CONTEST,) == kinds_of("", rest="。", sentence=sentence)

    @pytest.mark.parametrize(
        "title",
        ["举办党员培训班暨技能竞赛", "召开学习会,会后举行知识竞赛", "“学习强国”知识竞赛暨培训会"],
    )
    def test_a_study_held_beside_the_contest_stays(self, title: str) -> None:
        """A study named outside the contest's name (暨, a clause break) is one held."""
        assert EventKind.STUDY in kinds_of(title)


class TestBodyKindsInPrintedOrder:
    def test_a_call_told_before_a_sitting_comes_first(self) -> None:
        """先后走访了…,并召开座谈会: visit, then meeting, after the lead's kind."""
        body = "先后走访了某村和某社区,并召开座谈会听取意见。"
        got = kinds_of("调研基层治理工作", body=body)
        assert (EventKind.INSPECTION, EventKind.VISIT, EventKind.MEETING) == got

    def test_a_sitting_told_before_a_call_comes_first(self) -> None:
        """座谈会上…。随后走访了…: meeting, then visit."""
        body = "座谈会上,大家畅所欲言。随后,走访了困难群众。"
        got = kinds_of("调研基层治理工作", body=body)
        assert (EventKind.INSPECTION, EventKind.MEETING, EventKind.VISIT) == got

    def test_a_learning_trips_study_follows_the_lead(self) -> None:
        """来我县学习考察: the trip's study comes before the calls the body tells."""
        sentence = "某县考察团来我县学习考察。"
        got = kinds_of("考察", sentence=sentence, body="考察团参观了某基地。")
        assert (EventKind.INSPECTION, EventKind.STUDY, EventKind.VISIT) == got


def test_a_tour_in_the_clause_before_the_title_leads_the_kinds() -> None:
    """来到某县调研,看望…: the title is the call, but the trip was a tour first."""
    sentence = "9月3日,市委书记钱明来到某某县调研,亲切看望基层干部群众。"
    got = kinds_of("看望基层干部群众", rest="。", sentence=sentence)
    assert (EventKind.INSPECTION, EventKind.VISIT) == got
    planned = "9月3日,市委书记钱明将到某某县调研,看望基层干部群众。"
    assert (EventKind.VISIT,) == kinds_of("看望基层干部群众", rest="。", sentence=planned)


#: The plan's and the before-the-sitting patterns as first written, a look
#: behind opening some of their branches.
_MODAL_AS_WRITTEN = re.compile(
    r"(?<![重主纪摘都])要(?![求领点])|应当|应该|(?<!无)须(?!知)"
    r"|将(?![乐军]|$)|拟|计划(?!生育)|(?<!不)定期|平时|日常|多$"
)
_BEFORE_AS_WRITTEN = re.compile(
    r"(?:[。!?\n]会前|会议?召开前"
    r"|[。!?\n][^。!?\n,,会]{0,10}?(?:选举|补选|汇演|演出)(?:工作)?(?:开展|开始|举行)?前[,,])"
    r"[^。!?\n]*$"
)
_CLAUSE_PIECES = (
    *("要", "重要", "主要", "要求", "须", "无须", "须知", "将", "将军", "拟", "计划", "生育"),
    *("定期", "不定期", "平时", "日常", "多", "都要", "某", "。", "!", "\n", "会前", "会"),
    *("会议", "召开前", "选举", "补选", "演出", "工作", "开展", "前", ",", "走访"),
)


@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=12), st.integers(0, 4))
def test_the_plan_and_before_patterns_open_on_their_literals_as_written(
    pieces: list[str], pos: int
) -> None:
    """Each finds what it found as first written, from any position (and up to any end)."""
    text = "".join(pieces)
    for new, old in (
        (_kinds_body._MODAL, _MODAL_AS_WRITTEN),
        (_kinds_body._BEFORE, _BEFORE_AS_WRITTEN),
    ):
        for args in ((text,), (text, pos), (text, pos, len(text) - pos)):
            found, written = new.search(*args), old.search(*args)
            assert (found and found.span()) == (written and written.span())


@pytest.mark.parametrize(
    "text",
    [
        *("会召开前,走访", "会议召开前,走访", "\n会前,走访", "。会前走访", "!选举工作开展前,走访"),
        *(
            "某会前走访",
            "。会前走访。",
            "都要",
            "重要",
            "无须",
            "须知",
            "不定期",
            "定期",
            "将军",
            "多",
        ),
    ],
)
def test_each_plan_and_before_form_reads_as_written(text: str) -> None:
    """Each branch, and the look behind or ahead that turns it away."""
    for new, old in (
        (_kinds_body._MODAL, _MODAL_AS_WRITTEN),
        (_kinds_body._BEFORE, _BEFORE_AS_WRITTEN),
    ):
        found, written = new.search(text), old.search(text)
        assert (found and found.span()) == (written and written.span())
