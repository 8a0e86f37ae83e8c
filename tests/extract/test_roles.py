"""Roles read from sentence verbs: the printed forms of accompanying, leading and speaking."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract import _roles
from timeline.extract import _verbs as verbs
from timeline.extract._people import strip_glosses
from timeline.extract._roles import sentence_roles
from timeline.model import Role


def _read(sentence: str) -> list[tuple[str, str, Role]]:
    """The people a sentence names (bodies aside), with their titles and roles."""
    return [(m.name, m.title, m.role) for m in sentence_roles(sentence, 0) if m.person]


class TestAccompanyForms:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            pytest.param(
                "随后县长一行前往工地,县议员王东与青山乡长李红亦全程陪同,首先察看",
                [
                    ("王东", "县议员", Role.ACCOMPANIES),
                    ("李红", "青山乡长", Role.ACCOMPANIES),
                ],
                id="adverbs-before-the-verb",
            ),
            pytest.param(
                "副议长张明到场陪同。",
                [("张明", "副议长", Role.ACCOMPANIES)],
                id="on-the-spot",
            ),
            pytest.param(
                "下午在县议员林芳、青山乡长吴万德以及村里长等人陪同下,前往白云乡",
                [
                    ("林芳", "县议员", Role.ACCOMPANIES),
                    ("吴万德", "青山乡长", Role.ACCOMPANIES),
                ],
                id="yiji-closes-no-name",
            ),
            pytest.param(
                "市政府副市长霍东平,市扶贫办主任杨红、副主任刘森;县委书记贾明,副县长王强陪同调研。",
                [
                    ("霍东平", "市政府副市长", Role.ACCOMPANIES),
                    ("杨红", "市扶贫办主任", Role.ACCOMPANIES),
                    ("刘森", "副主任", Role.ACCOMPANIES),
                    ("贾明", "县委书记", Role.ACCOMPANIES),
                    ("王强", "副县长", Role.ACCOMPANIES),
                ],
                id="groups-over-semicolons",
            ),
            pytest.param(
                "区议会主席潘国华及民政事务总署署长谢小华等陪同行政长官家访。",
                [
                    ("潘国华", "区议会主席", Role.ACCOMPANIES),
                    ("谢小华", "民政事务总署署长", Role.ACCOMPANIES),
                ],
                id="ji-between-two-titled-people",
            ),
            pytest.param(
                "民政及青年事务局局长麦小娟陪同。",
                [("麦小娟", "民政及青年事务局局长", Role.ACCOMPANIES)],
                id="ji-inside-a-body",
            ),
            pytest.param(
                "一是加强领导;二是县工作专班领导刘彩红主持会议。",
                [("刘彩红", "县工作专班领导", Role.LEADS)],
                id="enumerator-is-no-title",
            ),
        ],
    )
    def test_forms(self, sentence: str, expected: list[tuple[str, str, Role]]) -> None:
        """Names, printed titles and roles of the people before the verb."""
        assert expected == _read(sentence)

    def test_title_holds_no_clause(self) -> None:
        """A finished verb or a date is no part of a title (俞正声6日会见了…李群率领的)."""
        assert ("李群", "日会见了省委常委、市委书记") not in [
            (n, t)
            for n, t, _ in _read("上海市委书记俞正声6日会见了省委常委、市委书记李群率领的考察团。")
        ]

    def test_photo_credit_is_no_title(self) -> None:
        """A photo credit glued before a title (香港中通社图片) is no part of it."""
        assert [("陈国基", "政务司司长")] == [
            (n, t) for n, t, _ in _read("香港中通社图片政务司司长陈国基探访长者。")
        ]

    def test_quotes_in_titles(self) -> None:
        """A quote closing the last sentence is no part of a title; one inside it is."""
        assert [("胡义", "坳头村党委书记"), ("李新", "“大工委”书记")] == [
            (n, t) for n, t, _ in _read("”坳头村党委书记胡义,“大工委”书记李新出席。")
        ]

    @pytest.mark.parametrize("verb", ["出席", "参加"])
    def test_attending_group_is_no_next_subject(self, verb: str) -> None:
        """王明等出席,赵刚主持: the group closed by 等 attends; only the chair leads."""
        assert [("王明", Role.TAKES_PART), ("赵刚", Role.LEADS)] == [
            (n, r) for n, _, r in _read(f"区人大常委会主任王明等{verb}会议,区长赵刚主持。")
        ]

    def test_ellipsis_is_no_title(self) -> None:
        """An ellipsis closing elided words before a title is no part of it."""
        assert [("王明", "区委副书记、区长")] == [
            (n, t) for n, t, _ in _read("……区委副书记、区长王明出席。")
        ]

    def test_occasion_is_no_name_cut(self) -> None:
        """为 opening an address's occasion never cuts a name ending in 为 (韩有为在致辞中)."""
        assert "韩有" not in [n for n, _, _ in _read("县长韩有为在致辞中说,今年成绩喜人。")]

    def test_shared_title_over_ji(self) -> None:
        """A title heading names joined by 及 applies to each, as over 、."""
        assert [("沙东", "市领导"), ("鹿斌佐", "市领导")] == [
            (n, t) for n, t, _ in _read("市领导沙东及鹿斌佐陪同调研。")
        ]

    def test_post_stays_before_ji(self) -> None:
        """One person's post before 及 is not the post of the people listed after it."""
        assert [("林海", "县政协主席"), ("韩冬", ""), ("孔亮", "")] == [
            (n, t) for n, t, _ in _read("县政协主席林海及韩冬、孔亮等县领导陪同调研。")
        ]

    @pytest.mark.parametrize(
        "sentence",
        [
            pytest.param("副县长王建国,镇长李明,某某镇党委政府 主要负责人陪同。", id="spaced"),
            pytest.param(
                "副县长王建国,镇长李明,县政协办公室和县政协农业委主任等陪同参与调研。",
                id="posts-of-two-bodies",
            ),
        ],
    )
    def test_a_bodys_unnamed_leaders_close_the_escort(self, sentence: str) -> None:
        """``A,B,某镇党委政府 主要负责人陪同``: the bodies' unnamed posts end the named people."""
        assert [
            ("王建国", "副县长", Role.ACCOMPANIES),
            ("李明", "镇长", Role.ACCOMPANIES),
        ] == _read(sentence)


class TestLeadForms:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            pytest.param(
                "县委常委,政法委书记邱明深入工厂调研复工情况。",
                [("邱明", "县委常委,政法委书记", Role.LEADS)],
                id="rank-over-a-comma",
            ),
            pytest.param(
                "9月6日上午,县法院院长陈南、县教育局相关负责人、龙洋乡乡委会、水利局和运管局相关领导来到龙洋小学。",
                [("陈南", "县法院院长", Role.LEADS)],
                id="named-first-in-a-mixed-list",
            ),
            pytest.param(
                "副主席赵天、魏正分别为宋海、贾进、牛章、许山、安龙委员工作室揭牌。",
                [("赵天", "副主席", Role.LEADS), ("魏正", "副主席", Role.LEADS)],
                id="long-list-unveiled",
            ),
            pytest.param(
                "乡党委书记张正出席会议并作动员讲话。",
                [("张正", "乡党委书记", Role.LEADS)],
                id="attends-and-gives-the-rally-address",
            ),
            pytest.param(
                "市人大副主任张红到会指导并讲话。",
                [("张红", "市人大副主任", Role.LEADS)],
                id="attends-and-speaks",
            ),
            pytest.param(
                "县委书记石林在仪式上作了致辞。",
                [("石林", "县委书记", Role.LEADS)],
                id="light-verb-before-the-address",
            ),
            pytest.param(
                "区领导赵明致结束词,向大家提出希望。",
                [("赵明", "区领导", Role.LEADS)],
                id="any-address-word",
            ),
            pytest.param(
                "乡长钱林就今年的防汛工作做了要求。",
                [("钱林", "乡长", Role.LEADS)],
                id="made-demands",
            ),
            pytest.param(
                "县委书记王东,县长李明等在家的县“四大家”领导来到江堤植树。",
                [("王东", "县委书记", Role.LEADS), ("李明", "县长", Role.LEADS)],
                id="quoted-group-closing-the-people",
            ),
            pytest.param(
                "一等奖选手与区领导合影二等奖选手与区领导合影区领导孙强致辞。",
                [("孙强", "区领导", Role.LEADS)],
                id="caption-glued-before-the-title",
            ),
            pytest.param(
                "【要闻】区政协主席孙强到河西街道调研。",
                [("孙强", "区政协主席", Role.LEADS)],
                id="bracketed-label-glued-before-the-title",
            ),
            pytest.param(
                "区委书记赵强冒雨检查防汛工作。",
                [("赵强", "区委书记", Role.LEADS)],
                id="manner-before-the-verb",
            ),
            pytest.param(
                "政务局局长林东今日(五月三十日)下午到访南区。",
                [("林东", "政务局局长", Role.LEADS)],
                id="date-in-parentheses",
            ),
            pytest.param(
                "行政长官林月娥于2日,即上任后第二日,到访北区。",
                [("林月娥", "行政长官", Role.LEADS)],
                id="time-aside",
            ),
            pytest.param(
                "镇长阮志力,镇慈善会相关负责人,分别走访慰问了困难户。",
                [("阮志力", "镇长", Role.LEADS)],
                id="manner-clause",
            ),
            pytest.param(
                "镇党委书记肖航,镇长欧阳海莅临龙泉村督导。",
                [("肖航", "镇党委书记", Role.LEADS), ("欧阳海", "镇长", Role.LEADS)],
                id="honoured-presence",
            ),
            pytest.param(
                "镇党委书记肖航,镇长歐阳海蒞临龙泉村督导。",
                [("肖航", "镇党委书记", Role.LEADS), ("歐阳海", "镇长", Role.LEADS)],
                id="traditional-forms-the-table-keeps",
            ),
            pytest.param(
                "省妇联副巡视员李凤鸣一行来岚调研。",
                [("李凤鸣", "省妇联副巡视员", Role.LEADS)],
                id="came-to-a-short-name",
            ),
            pytest.param(
                "宣传部部长李东,日报社社长李军一同调研。",
                [("李东", "宣传部部长", Role.TAKES_PART), ("李军", "日报社社长", Role.TAKES_PART)],
                id="hosts-join-the-tour",
            ),
            pytest.param(
                "包括青山乡长廖贤、县议员唐晓等人也到场关心。", [], id="present-is-no-going"
            ),
            pytest.param(
                "为了让困难家庭感受到温暖,让困难人员过上一个欢乐祥和的新年,并及时转达党和政府的"
                "深切关怀,祝他们过个幸福安康的新年,区长王波,副区长徐华在有关部门负责人的陪同下,"
                "来到海河社区走访。",
                [
                    ("王波", "区长", Role.LEADS),
                    ("徐华", "副区长", Role.LEADS),
                ],
                id="long-opening-clause",
            ),
            pytest.param(
                "嘉义县长陈明文昨天也来到马祖。",
                [("陈明文", "嘉义县长", Role.LEADS)],
                id="also-came",
            ),
            pytest.param(
                "房屋局局长山礼东等一行30多人于今(2月3日)探访独居长者。",
                [("山礼东", "房屋局局长", Role.LEADS)],
                id="counted-party",
            ),
            pytest.param(
                "由青山公司董事葛兴,白云集团董事户海印等组成的调研组莅临调研。",
                [("葛兴", "青山公司董事", Role.LEADS), ("户海印", "白云集团董事", Role.LEADS)],
                id="formed-by",
            ),
            pytest.param(
                "以省委常委陈清为组长,省政协副主席李可为副组长的督查组来我市。",
                [("陈清", "省委常委", Role.LEADS), ("李可", "省政协副主席", Role.LEADS)],
                id="head-and-deputy-head",
            ),
            pytest.param(
                "本次会议由议员林东担任召集人,共有18位议员出席。",
                [("林东", "议员", Role.LEADS)],
                id="convenor-chairs",
            ),
            pytest.param(
                "督导组组长由省人大代表赵一平担任。",
                [("赵一平", "省人大代表", Role.LEADS)],
                id="group-head-named-after",
            ),
            pytest.param(
                "工作领导小组组长由县长何西担任。",
                [],
                id="standing-group-head-leads-nothing",
            ),
            pytest.param(
                "主席任山、副主席郝东出席会议,副主席郝东主持会议。",
                [("任山", "主席", Role.TAKES_PART), ("郝东", "副主席", Role.LEADS)],
                id="chairing-outranks-attending",
            ),
            pytest.param(
                "最后镇长米章讲意见。", [("米章", "镇长", Role.LEADS)], id="closing-remarks"
            ),
            pytest.param(
                "副县长丁伟、周岚分别讲了意见。",
                [("丁伟", "副县长", Role.LEADS), ("周岚", "副县长", Role.LEADS)],
                id="remarks-told-as-done",
            ),
            pytest.param(
                "区委书记万青在开幕式上讲了话。",
                [("万青", "区委书记", Role.LEADS)],
                id="speech-told-as-done",
            ),
            pytest.param("会上主讲人讲了话题的由来。", [], id="a-topic-is-no-speech"),
            pytest.param("县长饶铃率县府主管到场观礼。", [], id="led-along-to-watch"),
            pytest.param(
                "王华、张平等区领导参加视察。",
                [("王华", "", Role.TAKES_PART), ("张平", "", Role.TAKES_PART)],
                id="joined-a-tour",
            ),
            pytest.param("感谢特区政府的关怀和慰问。", [], id="word-then-and"),
            pytest.param("希望各支部书记既要看成绩,也要看不足。", [], id="a-wish-is-no-title"),
            pytest.param(
                "乡党委书记莫东要求,全乡上下要严守规矩。",
                [("莫东", "乡党委书记", Role.LEADS)],
                id="directs",
            ),
            pytest.param(
                "座谈会上,副区长林涛在听取汇报时要求,各单位要抓好收尾。",
                [("林涛", "副区长", Role.LEADS)],
                id="directs-on-an-occasion",
            ),
            pytest.param(
                "镇党委书记宋平为运动会致辞。",
                [("宋平", "镇党委书记", Role.LEADS)],
                id="address-for-the-occasion",
            ),
            pytest.param(
                "徐云充分肯定了上半年的成绩,并对下步工作作了强调。",
                [("徐云", "", Role.LEADS)],
                id="stressed",
            ),
            pytest.param(
                "镇党委书记高平,、镇长黄强带头捐款。",
                [("高平", "镇党委书记", Role.LEADS), ("黄强", "镇长", Role.LEADS)],
                id="set-the-example",
            ),
            pytest.param(
                "镇社区办主任张芳携区民防办领导一行来启源社区开展调研。",
                [("张芳", "镇社区办主任", Role.LEADS)],
                id="brought-along",
            ),
            pytest.param(
                "最后,县委书记高山要求相关部门、各乡镇:一是统一思想。",
                [("高山", "县委书记", Role.LEADS)],
                id="directs-whom",
            ),
            pytest.param(
                "检查中,副镇长马上要求该店限期整改。",
                [],
                id="at-once-is-no-name",
            ),
            pytest.param(
                "镇党委书记高山针对各村的述职进行了点评。",
                [("高山", "镇党委书记", Role.LEADS)],
                id="zhendui-opens-no-name",
            ),
            pytest.param(
                "县长李明针对下步工作作了强调。",
                [("李明", "县长", Role.LEADS)],
                id="zhendui-stressed",
            ),
            pytest.param(
                "街道办主任张明从抓项目、抓党建等三个方面对下步工作进行了强调。",
                [("张明", "街道办主任", Role.LEADS)],
                id="stressed-from-three-sides",
            ),
            pytest.param(
                "县长田明最后强调,要抓好落实。",
                [("田明", "县长", Role.LEADS)],
                id="finally-stressed",
            ),
            pytest.param(
                "镇长甘霖出席会议并就秋收工作作了强调。",
                [("甘霖", "镇长", Role.LEADS)],
                id="attended-and-stressed-a-topic",
            ),
            pytest.param(
                # (A briefing, weighed by the event against other addresses: decision 24.)
                "县长丁一出席会议并对学习贯彻重要讲话精神作出部署。",
                [("丁一", "县长", Role.LEADS)],
                id="attended-and-briefed-on-a-speech",
            ),
            pytest.param(
                "副镇长丁一从加强监管、压实责任等方面对防汛工作进行了安排部署。",
                [("丁一", "副镇长", Role.LEADS)],
                id="briefed-from-several-sides",
            ),
            pytest.param(
                "副县长丁一参加会议并就落实会议要求作了安排。",
                [("丁一", "副县长", Role.TAKES_PART)],
                id="took-part-and-arranged-a-demand",
            ),
            pytest.param(
                "县长丁一按要求部署了工作。",
                [],
                id="as-required-is-no-demand",
            ),
            pytest.param(
                "县长丁一参加会议并对照要求进行整改。",
                [("丁一", "县长", Role.TAKES_PART)],
                id="took-part-and-checked-against-demands",
            ),
            pytest.param(
                "县长丁一要求各部门抓好落实。",
                [("丁一", "县长", Role.LEADS)],
                id="demands-of-each-department",
            ),
            pytest.param(
                "街道党工委书记柯平参加并提出要求。",
                [("柯平", "街道党工委书记", Role.LEADS)],
                id="took-part-and-directed",
            ),
            pytest.param(
                "市长尹和、副市长卢青出席会议并分别讲话。",
                [("尹和", "市长", Role.LEADS), ("卢青", "副市长", Role.LEADS)],
                id="attended-and-each-spoke",
            ),
            pytest.param(
                "县长汤明到会并就下步工作作出具体部署。",
                [("汤明", "县长", Role.LEADS)],
                id="attended-and-briefed",
            ),
            pytest.param(
                "民政事务局局长钟华联同区民政专员黎明,探访了长者家庭。",
                [("钟华", "民政事务局局长", Role.LEADS)],
                id="together-with",
            ),
            pytest.param(
                "县政协副主席冯远充分肯定该镇上半年的工作。",
                [("冯远", "县政协副主席", Role.LEADS)],
                id="praised-without-le",
            ),
            pytest.param("群众要求解决停车难。", [], id="demand-is-no-speech"),
            pytest.param(
                "受县政协常务委员会委托,县政协副主席余东向大会作了提案工作报告。",
                [("余东", "县政协副主席", Role.LEADS)],
                id="entrusted",
            ),
            pytest.param(
                "受县政协常务委员会委託,县政协副主席余东向大会作报告。",
                [("余东", "县政协副主席", Role.LEADS)],
                id="entrusted-traditional",
            ),
            pytest.param("行动前,乡长马东对此次活动作了部署。", [], id="a-briefing-is-no-speech"),
            pytest.param(
                "9月15日,朱泽欣一行首先来到新安镇。",
                [("朱泽欣", "", Role.LEADS)],
                id="first-came",
            ),
            pytest.param(
                "会议由分管安全生产的副乡长周磊主持。",
                [("周磊", "分管安全生产的副乡长", Role.LEADS)],
                id="title-holding-de",
            ),
            pytest.param(
                "第一项议程是党委书记王昆同志做安全生产工作动员讲话。",
                [("王昆", "党委书记", Role.LEADS)],
                id="agenda-item",
            ),
            pytest.param(
                "市人大常委会主任阮军、副主任陈林来到现场参加投票。",
                [
                    ("阮军", "市人大常委会主任", Role.TAKES_PART),
                    ("陈林", "副主任", Role.TAKES_PART),
                ],
                id="voting-is-no-tour",
            ),
            pytest.param(
                "局长何明则与民政事务专员胡华,一同探望长者。", [], id="then-with-is-no-title"
            ),
            pytest.param(
                "陪同谭荣探访的有社会工作局局长黄梅、副局长许宝;明爱总干事潘明。",
                [
                    ("黄梅", "社会工作局局长", Role.ACCOMPANIES),
                    ("许宝", "副局长", Role.ACCOMPANIES),
                    ("潘明", "明爱总干事", Role.ACCOMPANIES),
                ],
                id="those-who-went-along",
            ),
            pytest.param(
                "议长因出国考察,由副议长陈文治及副秘书长杨义德接见。",
                [("陈文治", "副议长", Role.TAKES_PART), ("杨义德", "副秘书长", Role.TAKES_PART)],
                id="hosts-receive",
            ),
            pytest.param("县长陈雪生率领多位主管前往接机。", [], id="meeting-at-the-airport"),
            pytest.param("议长赵强率同议员及主秘接待。", [], id="leading-the-hosts-receiving"),
            pytest.param("镇长孙伟率同秘书出席会议备询。", [], id="sitting-in-to-answer"),
            pytest.param("县长周文带领各局局长列席会议。", [], id="leading-the-non-voting-seats"),
            pytest.param(
                "县长周文率领考察团到上海接待客商。",
                [("周文", "县长", Role.LEADS)],
                id="a-trip-then-a-reception",
            ),
            pytest.param(
                "县委副书记、县长曹伟在致辞中表示,全县上下要加快建设。",
                [("曹伟", "县委副书记、县长", Role.LEADS)],
                id="said-in-the-address",
            ),
            pytest.param(
                "镇党委书记李华、镇长陈华就来到敬老院看望老人。",
                [("李华", "镇党委书记", Role.LEADS), ("陈华", "镇长", Role.LEADS)],
                id="then-came",
            ),
            pytest.param(
                "区委书记赵华就加快推进龙头企业发展、开展招商引资等做出了重要指示。",
                [("赵华", "区委书记", Role.LEADS)],
                id="directive",
            ),
            pytest.param(
                "县委副书记张民出席会议,并作了重要讲话。",
                [("张民", "县委副书记", Role.LEADS)],
                id="attended-comma-and-spoke",
            ),
            pytest.param(
                "驻澳门部队副参谋长高志军大校与部分官兵代表探访长者。",
                [("高志军", "驻澳门部队副参谋长", Role.LEADS)],
                id="rank-after-name",
            ),
            pytest.param(
                "市人大常委会主任陈国苗、副主任苏中杰为该联络点揭牌。",
                [("陈国苗", "市人大常委会主任", Role.LEADS), ("苏中杰", "副主任", Role.LEADS)],
                id="unveiled",
            ),
            pytest.param(
                "4月17日,李悦副省长在省农委有关人员的陪同下调研。",
                [("李悦", "", Role.LEADS)],
                id="deputy-governor-after-the-name",
            ),
            pytest.param(
                "县委常委、组织部长贾爱会,副县长何玉柏等市县领导陪同。",
                [
                    ("贾爱会", "县委常委、组织部长", Role.ACCOMPANIES),
                    ("何玉柏", "副县长", Role.ACCOMPANIES),
                ],
                id="name-ending-in-hui",
            ),
            pytest.param(
                "杭州市副市长刘嫔,区长姜永柱,以及市区相关部门负责人等陪同。",
                [("刘嫔", "杭州市副市长", Role.ACCOMPANIES), ("姜永柱", "区长", Role.ACCOMPANIES)],
                id="unnamed-close-the-list",
            ),
            pytest.param(
                "74名退役军人参加会议,镇长吴友谊主持会议,镇党委书记张新年出席会议并发表讲话。",
                [("张新年", "镇党委书记", Role.LEADS), ("吴友谊", "镇长", Role.LEADS)],
                id="count-in-an-earlier-clause",
            ),
            pytest.param(
                "区委书记刘颖,区人大常委会主任阮文静出席并共同为联络总站揭牌。",
                [("刘颖", "区委书记", Role.LEADS), ("阮文静", "区人大常委会主任", Role.LEADS)],
                id="attended-and-unveiled",
            ),
            pytest.param(
                "随后,镇人大主席袁成就当前人大工作提出了具体意见。",
                [("袁成", "镇人大主席", Role.LEADS)],
                id="gave-opinions",
            ),
            pytest.param(
                "县委书记宋云,县长张阳等县领导带着对官兵的深情厚谊,冒酷暑看望慰问了驻军。",
                [("宋云", "县委书记", Role.LEADS), ("张阳", "县长", Role.LEADS)],
                id="brought-their-regards",
            ),
            pytest.param(
                "对周边环境提出意见和建议,并就做好相关工作提出明确要求。",
                [],
                id="and-advice-is-no-name",
            ),
            pytest.param(
                "随后,镇人大主席袁成就当前工作做出了重要指示。",
                [("袁成", "镇人大主席", Role.LEADS)],
                id="name-then-jiu",
            ),
            pytest.param("庄严实地走访村庄建设。", [("庄严", "", Role.LEADS)], id="on-the-spot"),
            pytest.param(
                "乡长游淑贞偕同所长前往海岸巡视。",
                [("游淑贞", "乡长", Role.LEADS)],
                id="together-with",
            ),
            pytest.param(
                "受常委会委託来澳门主持选举工作的副委员长兼秘书长王晨出席。",
                [("王晨", "副委员长兼秘书长", Role.TAKES_PART)],
                id="sent-to-chair-is-no-name",
            ),
            pytest.param(
                "区长李强率队前往青山镇调研。", [("李强", "区长", Role.LEADS)], id="led-a-team"
            ),
            pytest.param(
                "社会文化司司长谭荣昨(31)日探访了两间安老院。",
                [("谭荣", "社会文化司司长", Role.LEADS)],
                id="day-in-parentheses",
            ),
            pytest.param(
                "由青山铁建公司、白云技术合作公司董事葛兴等组成的调研组莅临调研。",
                [("葛兴", "青山铁建公司、白云技术合作公司董事", Role.LEADS)],
                id="post-shared-by-two-bodies",
            ),
            pytest.param(
                "县委书记周明向全体代表致以诚挚的问候,并对团委的工作予以高度肯定。",
                [("周明", "县委书记", Role.LEADS)],
                id="greets-the-meeting",
            ),
            pytest.param(
                "会上,镇长吴青同志代表镇政府,对一年来的工作表示充分的肯定。",
                [("吴青", "镇长", Role.LEADS)],
                id="praises-for-a-body",
            ),
            pytest.param(
                "在开园仪式上,区长罗成代表区委、区政府向青山园区表示热烈祝贺。",
                [("罗成", "区长", Role.LEADS)],
                id="congratulates",
            ),
            pytest.param(
                "副市长丁山从产业、民生两方面肯定了成绩。",
                [("丁山", "副市长", Role.LEADS)],
                id="praise-from-aspects",
            ),
            pytest.param(
                "县长马玉社和合作社负责人王强为服务站共同揭牌。",
                [("马玉社", "县长", Role.LEADS), ("王强", "合作社负责人", Role.LEADS)],
                id="name-ending-in-she",
            ),
            pytest.param(
                "行政长官李明(左)欢迎青海省省长王东到访。",
                [("李明", "行政长官", Role.LEADS)],
                id="host-welcomes-visitor",
            ),
            pytest.param(
                "台东县长王明今(3)日上午至卑南乡视察水利工程。",
                [("王明", "台东县长", Role.LEADS)],
                id="went-at-a-time-of-day",
            ),
            pytest.param(
                "民政局副局长林华在东区探访独居长者。",
                [("林华", "民政局副局长", Role.LEADS)],
                id="where-before-the-visit",
            ),
            pytest.param(
                "城市美化:房屋局局长陈东(左)在北区视察公屋。",
                [("陈东", "房屋局局长", Role.LEADS)],
                id="caption-label",
            ),
            pytest.param(
                "会议学习了李明市长在全市建设现场观摩推进会上的讲话精神。",
                [],
                id="meeting-name-is-no-visit",
            ),
            pytest.param(
                "行政长官林东今(5)晚启程前往里斯本访问。",
                [("林东", "行政长官", Role.LEADS)],
                id="setting-off",
            ),
            pytest.param(
                "8日  副市长周明来青山镇调研。",
                [("周明", "副市长", Role.LEADS)],
                id="chronicle-day",
            ),
            pytest.param(
                "6月8日 副市长周明来青山镇调研。",
                [("周明", "副市长", Role.LEADS)],
                id="chronicle-month-and-day",
            ),
            pytest.param(
                "16-17日 副市长周明来青山镇调研。",
                [("周明", "副市长", Role.LEADS)],
                id="chronicle-days",
            ),
            pytest.param(
                "区委书记韩东出席会议并强调,要抓好落实。",
                [("韩东", "区委书记", Role.LEADS)],
                id="present-and-stresses",
            ),
            pytest.param(
                "由副议长林芳率同议员王刚、李伟赴台考察。",
                [("林芳", "副议长", Role.LEADS)],
                id="leads-along-with",
            ),
            pytest.param(
                "市长王明当天前往青山镇。", [("王明", "市长", Role.LEADS)], id="that-day-no-name"
            ),
            pytest.param(
                "县长李华一早前往东港察看。", [("李华", "县长", Role.LEADS)], id="early-no-name"
            ),
            pytest.param(
                "6月1日,在县长李华的陪同下,市长周明来到东河镇。",
                [("李华", "县长", Role.ACCOMPANIES), ("周明", "市长", Role.LEADS)],
                id="escort-clause-first",
            ),
            pytest.param(
                "副市长高强与部分代表,在局长黄梅的陪同下,于1日上午走进敬老院。",
                [("黄梅", "局长", Role.ACCOMPANIES), ("高强", "副市长", Role.LEADS)],
                id="escort-clause-between",
            ),
        ],
    )
    def test_forms(self, sentence: str, expected: list[tuple[str, str, Role]]) -> None:
        """The subject of a tour or visit leads, whatever stands between it and the verb."""
        assert expected == _read(sentence)


#: Pieces of role sentences, glued in any order by the property test.
_ROLE_PIECES = (
    *("区委书记", "副区长", "镇党委书记", "局長", "區(qū)長", "主任", "、", ",", ";", "及", "和"),
    *("王明", "李晓雷", "欧阳海", "陳衛(wèi)民", "阿不都·热合曼", "等", "一行", "同志", "也"),
    *("陪同", "在", "的陪同下", "主持", "出席", "讲话", "调研", "来到", "受", "委托", "由"),
    *("组成的", "以", "为组长", "陪同调研的有", "要求", "带头", "昨(31)日", "30多人", "携"),
    *("担任召集人", "组组长由", "担任"),
)


class TestNotRoles:
    """Sentences that name people without giving them the verb's role."""

    @pytest.mark.parametrize(
        "sentence",
        [
            pytest.param("要加大宣传力度,强化督导检查,严防秸秆焚烧", id="yao"),
            pytest.param("必须压实责任,马上走访困难群众", id="bixu"),
            pytest.param("她希望学员们把全部的智慧和心血投入到工作中来", id="she-hopes"),
        ],
    )
    def test_an_instruction_names_no_actor(self, sentence: str) -> None:
        """A sentence opening with 要/必须 is what a leader asked for, not who did what."""
        assert [] == _read(sentence)

    def test_a_report_to_the_assembly_speaks(self) -> None:
        """``X代表常委会向大会作工作报告``: X speaks (a work report leads nothing, decision 4)."""
        got = _read("县政协主席董丽代表县政协常务委员会向大会作工作报告")
        assert [("董丽", "县政协主席", Role.SPEAKS)] == got

    def test_a_report_on_whose_behalf_over_a_comma_speaks(self) -> None:
        """``X代表常委会,向大会作工作报告``: the comma after whose behalf changes nothing."""
        got = _read("县政协主席刘芳代表县政协常务委员会,向大会作工作报告")
        assert [("刘芳", "县政协主席", Role.SPEAKS)] == got

    def test_attending_to_guide_is_no_address(self) -> None:
        """``X到会指导`` alone: a superior looked in; the meeting's address is someone else's."""
        assert [] == _read("市委组织部副部长王刚等到会指导")

    def test_coming_to_the_meeting_to_guide_is_no_address(self) -> None:
        """``X莅临会议指导``: coming to the meeting itself is attending it, as 到会 is."""
        assert [] == _read("区人大常委会副主任孙立、组织部副部长钱文等领导莅临会议指导")

    def test_overseeing_at_the_meeting_is_no_tour(self) -> None:
        """``X到会督导``: the superior oversees the meeting by attending it; no one tours."""
        assert [] == _read("县委常委、纪委书记周明,副县长吴亮到会督导")

    def test_coming_to_guide_without_the_meeting_still_goes(self) -> None:
        """``X莅临指导`` names no meeting: the narrowing leaves the going verb alone."""
        assert [("李强", "区委常委", Role.LEADS)] == _read("区委常委李强莅临指导")

    def test_coming_to_the_spot_to_take_part_is_no_tour(self) -> None:
        """``X来到现场参加…活动``: coming to take part is taking part, not a tour."""
        got = _read("县委书记丁一来到现场参加义务植树活动")
        assert [("丁一", "县委书记", Role.TAKES_PART)] == got

    def test_coming_to_a_place_opening_with_da_still_goes(self) -> None:
        """``X莅临大…村视察``: only 会/大会 after 莅临 is the meeting itself."""
        assert [("丁一", "县长", Role.LEADS)] == _read("县长丁一莅临大寨村视察指导")
        assert [("丁一", "县长", Role.LEADS)] == _read("县长丁一莅临大学城调研")

    def test_going_to_a_polling_station_to_vote_is_no_tour(self) -> None:
        """``X前往…投票站参加投票``: leaders who go to vote are voters, not leads."""
        assert [] == _read("市领导赵平、钱进等前往第5选区机关投票站参加投票")

    def test_going_to_a_polling_station_on_a_tour_still_leads(self) -> None:
        """``X前往…投票站检查``: the same going verb without voting is a tour."""
        got = _read("市长赵平前往第5选区投票站检查工作")
        assert [("赵平", "市长", Role.LEADS)] == got

    def test_emphasis_worded_with_jinxing_leads(self) -> None:
        """``X就…进行了强调``: the same emphasis as ``X就…作了强调``."""
        got = _read("该镇镇长周平就当前防汛工作进行了强调")
        assert [("周平", "该镇镇长", Role.LEADS)] == got

    def test_praise_with_its_topic_before_it(self) -> None:
        """``X对…工作高度肯定``: the praiser leads; the topic after 对 is no part of X."""
        assert [("王明", "县委书记", Role.LEADS)] == _read("县委书记王明对该村的工作高度肯定")

    def test_praise_of_a_named_activity_names_no_one(self) -> None:
        """``特别是对…委员日活动高度肯定``: what is praised is no person, whatever its shape."""
        got = _read("特别是对该县政协的特色工作主席接待委员日活动高度肯定")
        assert [] == got

    def test_a_post_without_a_name_closes_the_escort(self) -> None:
        """``在…,县委办主任X,县委督查室,县农业局领导的陪同下``: X accompanies."""
        got = _read("在县委常委,县委办主任周祥,县委督查室,县农业局领导的陪同下,对我县进行督查")
        assert [("周祥", "县委常委,县委办主任", Role.ACCOMPANIES)] == got

    def test_bodies_after_ji_may_hold_he(self) -> None:
        """``A、B及旗政府办、经济商务和信息化局等…陪同``: the 及 before the bodies counts."""
        got = _read("我旗领导伊达、宝音满都呼及旗政府办、经济商务和信息化局等相关负责人陪同")
        assert [
            ("伊达", "我旗领导", Role.ACCOMPANIES),
            ("宝音满都呼", "我旗领导", Role.ACCOMPANIES),
        ] == got

    def test_people_thanked_are_no_actors(self) -> None:
        """``对…劳动者和基层干部表示感谢和慰问``: no name, and no verb inside the people."""
        assert [] == _read("赵明对值守一线的劳动者和基层干部表示感谢和慰问")[1:]

    def test_unnamed_closing_group(self) -> None:
        """``…,安丰镇等相关单位人员陪同``: the named people before the unnamed accompany."""
        got = _read("副县长余荣,副县长张亮,县政府办、县教体局,安丰镇等相关单位人员陪同")
        assert [("余荣", "副县长", Role.ACCOMPANIES), ("张亮", "副县长", Role.ACCOMPANIES)] == got

    def test_attending_and_escorting(self) -> None:
        """``X参会并陪同调研``: X accompanies, as ``出席并讲话`` makes a lead."""
        got = _read("县商务局局长刘强参会并陪同调研")
        assert [("刘强", "县商务局局长", Role.ACCOMPANIES)] == got

    def test_a_verb_naming_the_meeting_attended(self) -> None:
        """``参加了调研座谈会``: 调研 names the meeting taken part in; it is not a tour."""
        got = _read("镇长王明及村两委成员、群众代表参加了调研座谈会")
        assert [("王明", "镇长", Role.TAKES_PART)] == got

    def test_unnamed_people_after_a_name(self) -> None:
        """``X和民革党员专家、企业家陪同``: X is read; the unnamed are not people."""
        got = _read("副主任薛明和民革党员专家、企业家陪同")
        assert [("薛明", "副主任", Role.ACCOMPANIES)] == got


class TestSpans:
    @given(st.lists(st.one_of(st.sampled_from(_ROLE_PIECES), st.text(max_size=4)), max_size=30))
    def test_every_name_is_printed_where_its_span_says(self, pieces: list[str]) -> None:
        """A person's span points at the name as printed (readings aside), never beyond the text."""
        sentence = "".join(pieces)
        for mention in sentence_roles(sentence, 7):
            a, b = mention.span
            assert 7 <= a <= b <= 7 + len(sentence)
            if mention.person:
                assert strip_glosses(sentence[a - 7 : b - 7]) == strip_glosses(mention.name)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("最后,镇党委书记赵文明同志作大会总结,她强调:要落实。", id="sums-up"),
        pytest.param("镇长赵文明对全镇各项工作做了总结安排。", id="sums-up-the-work"),
        pytest.param("县委书记赵文明作总结发言。", id="closing-words"),
        pytest.param("镇长赵文明做总结发言时提到,各村要落实。", id="closing-words-occasion"),
    ],
)
def test_whoever_sums_up_a_meeting_leads(sentence: str) -> None:
    """The closing summing-up is an address: its speaker leads, as for remarks."""
    (mention,) = [m for m in sentence_roles(sentence, 0) if m.name == "赵文明"]
    assert mention.role is Role.LEADS
    assert mention.address == verbs.REMARKS


def test_a_work_report_summary_leads_nothing() -> None:
    """A year's work summary given to the meeting is a report, not its closing address."""
    sentence = "社区书记赵文明向居民代表作2022年社区工作总结以及2023年工作计划。"
    assert all(m.role is not Role.LEADS for m in sentence_roles(sentence, 0))


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("6日,副县长赵文明与某公司董事长钱多一行座谈交流。", id="talks"),
        pytest.param("区长赵文明与各街道负责人召开视频会议,部署防汛。", id="convenes"),
    ],
)
def test_whoever_meets_others_leads(sentence: str) -> None:
    """``X与Y座谈/召开…``: X meets the others, and is the sentence's subject."""
    roles = {m.name: m.role for m in sentence_roles(sentence, 0)}
    assert roles["赵文明"] is Role.LEADS
    assert "钱多" not in roles


def test_going_along_is_no_meeting() -> None:
    """``X与Y一同调研``: they tour together; the 与 rule reads no meeting there."""
    roles = [m.role for m in sentence_roles("副县长赵文明与镇长钱多一同调研。", 0)]
    assert Role.LEADS not in roles


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("会议特邀县委书记赵文明讲话。", id="invited"),
        pytest.param("会议邀请县委书记赵文明出席并讲话。", id="invitation"),
    ],
)
def test_a_title_holds_no_invitation(sentence: str) -> None:
    """The title runs back from the name to the invitation before it."""
    (mention,) = sentence_roles(sentence, 0)
    assert ("赵文明", "县委书记") == (mention.name, mention.title)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("3日,副县长赵文明,镇长钱多一行在县第二中学巡查考务工作。", id="patrol"),
        pytest.param("副县长赵文明,镇长钱多在某某公司督查安全生产。", id="supervise"),
    ],
)
def test_a_patrol_leads_wherever_it_goes(sentence: str) -> None:
    """``X在<any place>巡查/督查``: inspecting leads, whatever the place's name ends with."""
    assert _read(sentence) == [
        ("赵文明", "副县长", Role.LEADS),
        ("钱多", "镇长", Role.LEADS),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("镇党委书记赵文明就做好防汛工作提出三点要求:一是压实责任。", id="points"),
        pytest.param("镇长赵文明对下步工作提出四方面要求:一要抓紧。", id="aspects"),
        pytest.param("督导组组长赵文明提出要求:一是提高站位。", id="no-topic"),
    ],
)
def test_whoever_sets_out_demands_leads(sentence: str) -> None:
    """``X(就/对…)提出N点要求:``: the points a leader sets out are the meeting's address."""
    (mention,) = [m for m in sentence_roles(sentence, 0) if m.person]
    assert (mention.name, mention.role) == ("赵文明", Role.LEADS)
    assert mention.address == verbs.REMARKS


def test_demands_to_a_group_name_no_one() -> None:
    """``向大家提出三点希望``: the people addressed are no speaker (向 is no surname there)."""
    assert _read("会上,向大家提出三点希望:一要坚定信仰。") == []


def test_a_mobilisation_report_is_the_meetings_speech() -> None:
    """``X作了动员报告`` leads (decision 21b); a plain ``专题报告`` still only speaks."""
    assert _read("乡党委书记赵文明作了动员报告。") == [("赵文明", "乡党委书记", Role.LEADS)]
    assert _read("县委党校教授钱多作专题报告。") == [("钱多", "县委党校教授", Role.SPEAKS)]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("县领导赵文明、钱多及县督查局等单位负责同志参加。", id="bureau"),
        pytest.param("县政协委员赵文明、钱多代表调研组作了发言。", id="team"),
        pytest.param("副县长赵文明及县巡查办负责同志出席。", id="office"),
    ],
)
def test_a_tour_verb_inside_a_bodys_name_leads_no_one(sentence: str) -> None:
    """``督查局``, ``调研组``, ``巡查办`` name bodies: no one there tours anything."""
    assert all(role is not Role.LEADS for _, _, role in _read(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("各乡镇要压实责任,严格执法,强化督查,确保不出问题。", id="tour-verb"),
        pytest.param("代表们要认真履职,高质量提出意见建议,反映群众呼声。", id="demands"),
    ],
)
def test_an_instructions_clauses_name_no_one(sentence: str) -> None:
    """After ``…要…,`` the clauses go on with the same subject: ``强化`` is no name."""
    assert _read(sentence) == []


def test_a_done_act_after_an_instruction_names_its_doer() -> None:
    """An instruction's clauses tell what is to be done; ``…了`` tells who did it."""
    assert _read("各村要加强巡查,赵文明带队检查了堤坝。") == [("赵文明", "", Role.LEADS)]


def test_a_bare_name_after_a_report_still_leads() -> None:
    """Without an instruction before it, a bare name opening a clause is read."""
    assert _read("9月15日,赵文明一行来到某某镇调研。") == [("赵文明", "", Role.LEADS)]


def test_demands_before_their_points_lead() -> None:
    """``X要求:一是…``: the points follow the colon, as after ``X要求,``."""
    assert _read("镇党委书记赵文明要求:一是要提高认识。") == [("赵文明", "镇党委书记", Role.LEADS)]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "宣讲团走进某村,宣讲习近平总书记来闽考察重要讲话精神。", id="came-to-a-province"
        ),
        pytest.param("镇党委传达学习县委书记赵文明调研时讲话精神。", id="on-a-tour"),
        pytest.param("镇党委传达学习县委书记赵文明到某镇调研讲话精神。", id="went-to-a-town"),
        pytest.param("會議學習了市長趙文明視察時的重要講話。", id="traditional"),
    ],
)
def test_a_tour_naming_a_speech_studied_leads_nothing(sentence: str) -> None:
    """``…考察重要讲话精神``: the tour is the occasion of a speech read, not the report's act."""
    assert all(m.role is not Role.LEADS for m in sentence_roles(sentence, 0) if m.person)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("县委书记赵文明到某镇调研并讲话。", id="tours-and-speaks"),
        pytest.param("县委书记赵文明来某镇调研。", id="comes-to-tour"),
        pytest.param("县委书记赵文明在某镇调研时强调,要抓好落实。", id="speaks-on-the-tour"),
    ],
)
def test_a_tour_with_its_own_speech_still_leads(sentence: str) -> None:
    """A speech given on the tour itself leaves its touring official the lead."""
    roles = {m.name: m.role for m in sentence_roles(sentence, 0)}
    assert roles["赵文明"] is Role.LEADS


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "镇长周明充分肯定了党员干部的干劲和韧劲,肯定了各村的做法",
            [("周明", "镇长", Role.LEADS)],
        ),
        # (The statement's speaker alone: whether it leads, the event decides.)
        (
            "书记郑强表示,全镇将以更高的站位、更严的纪律要求,推动工作",
            [("郑强", "书记", Role.LEADS)],
        ),
    ],
)
def test_a_bare_name_after_a_de_modifier_is_a_noun(
    sentence: str, expected: list[tuple[str, str, Role]]
) -> None:
    """What a ``的`` modifier heads is a noun phrase: a name's shape there names no one."""
    assert expected == _read(sentence)


def test_a_titled_person_after_a_de_modifier_still_reads() -> None:
    """``分管…的副乡长X主持``: a person described by ``的`` is printed with a post."""
    assert [("孙林", "分管农业的副乡长", Role.LEADS)] == _read("分管农业的副乡长孙林主持会议")


@pytest.mark.parametrize(
    "sentence",
    [
        "市农业局副局长赵林,副县长孙明以及县委办、县农业局等相关单位负责人参与调研或参加座谈会。",
        "副县长孙明参与检查。",
    ],
)
def test_taking_part_in_a_tour_leads_nothing(sentence: str) -> None:
    """``参与调研``, like ``参加调研``, takes part; the 与 of 参与 is no ``X与Y座谈``."""
    got = _read(sentence)
    assert got
    assert all(role is Role.TAKES_PART for _, _, role in got)


def test_hosts_meeting_visitors_and_joining_their_tour_do_not_lead() -> None:
    """``X会见考察团并一同考察``: the hosts join the visitors' event; only 会见 alone leads."""
    assert [] == _read("县委书记赵平,副县长钱明会见考察团并一同考察。")
    assert [("赵平", "县委书记", Role.LEADS)] == _read("县委书记赵平会见考察团一行。")


class TestTitleAcrossPeople:
    @pytest.mark.parametrize("verb", ["陪同", "率"])
    def test_the_visitors_title_is_only_their_own(self, verb: str) -> None:
        """县委书记A陪同市长B调研: B's title is 市长, never 县委书记A陪同市长."""
        got = {n: t for n, t, _ in _read(f"5月8日,县委书记张三{verb}市长李四在城关镇调研。")}
        assert got == {"张三": "县委书记", "李四": "市长"}

    def test_the_escort_accompanies_the_visitor_who_leads(self) -> None:
        """The roles stay as they were: the one who 陪同s accompanies, the visitor leads."""
        got = _read("5月8日,县委书记张三陪同市长李四在城关镇调研。")
        assert ("张三", "县委书记", Role.ACCOMPANIES) in got
        assert ("李四", "市长", Role.LEADS) in got


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("镇党委书记高山对各村书记的述职逐一进行了点评。", id="one-by-one"),
        pytest.param("最后,镇党委书记高山对这次擂台赛进行了点评。", id="a-contest"),
    ],
)
def test_a_leaders_review_is_the_closing_address(sentence: str) -> None:
    """A leader who 点评s the reports or the contest gives the closing address, and leads."""
    assert [("高山", Role.LEADS)] == [(n, r) for n, _, r in _read(sentence)]


def test_a_panels_review_judges() -> None:
    """A judge or an expert who 点评s the contestants judges them; they lead nothing."""
    got = _read("比赛中,市农科院专家陈兰、省农业大学教授刘伟分别对选手的表现进行了点评。")
    assert [("陈兰", Role.JUDGES), ("刘伟", Role.JUDGES)] == [(n, r) for n, _, r in got]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("市长王大明带领林业、乡镇部门负责人,调研查看护林防火工作。", id="a-trade"),
        pytest.param("在金华、东阳两级主要负责领导陪同下,考察了展示馆。", id="places"),
    ],
)
def test_an_untitled_word_opening_unnamed_posts_is_no_person(sentence: str) -> None:
    """``林业、乡镇部门负责人``: before unnamed posts a bare name's shape is a trade or a place."""
    assert [] == [n for n, _, r in _read(sentence) if r is Role.ACCOMPANIES]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("县委副书记周建国(青山集团董事长)、副县长吴海来到红星镇考察。", id="mid-list"),
        pytest.param(
            "县委副书记周建国,副县长吴海 (青山集团董事长)以及相关企业负责人来到红星镇考察。",
            id="before-unnamed",
        ),
    ],
)
def test_a_parenthesised_aside_after_a_name_ends_no_list(sentence: str) -> None:
    """``X(某集团董事长)、Y来到…``: a second post in brackets is an aside; the list goes on."""
    got = [(n, t, r) for n, t, r in _read(sentence)]
    assert got == [("周建国", "县委副书记", Role.LEADS), ("吴海", "副县长", Role.LEADS)]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("县长王大明放弃休息日,轻车简从,专程前往红星镇调研。", id="manner"),
        pytest.param("县长王大明在听取汇报后,要求各部门压实责任。", id="occasion"),
        pytest.param("县长王大明冒着酷暑,先后来到三个村检查防汛工作。", id="weather"),
    ],
)
def test_an_aside_after_the_subject_keeps_it_the_verbs(sentence: str) -> None:
    """``X放弃休息日,轻车简从,前往…``: clauses of manner or occasion do not end the subject."""
    assert _read(sentence) == [("王大明", "县长", Role.LEADS)]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("县长王大明出席会议,会议要求各部门压实责任。", id="meeting-demands"),
        pytest.param("在县长王大明的关心下,各村先后来到现场观摩。", id="under"),
        pytest.param("县长王大明放弃休息日,村干部钱多前往红星镇调研。", id="another-subject"),
    ],
)
def test_a_clause_of_its_own_is_no_aside(sentence: str) -> None:
    """A clause with its own act or subject after the person ends the reach of their name."""
    assert all(n != "王大明" or r is not Role.LEADS for n, _, r in _read(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("市妇联副主席钱多代表市妇联做了重要讲话。", id="federation"),
        pytest.param("县总工会主席钱多代表县总工会致辞。", id="union"),
        pytest.param("团县委书记钱多代表团县委做了讲话。", id="league"),
    ],
)
def test_on_whose_behalf_any_body_speaks(sentence: str) -> None:
    """``X代表市妇联做了重要讲话``: the body spoken for, whichever, is no part of the speaker."""
    assert [(n, r) for n, _, r in _read(sentence)] == [("钱多", Role.LEADS)]


def test_what_a_speech_tells_is_its_speakers() -> None:
    """``X在致辞中介绍了…``: what the address tells is said by its speaker, who leads."""
    assert _read("县长钱多在致辞中介绍了全县发展情况。") == [("钱多", "县长", Role.LEADS)]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("县长钱多在致词中代表县委县政府,热烈欢迎各位来宾。", id="welcomes-on-behalf"),
        pytest.param("县长钱多首先在致辞中对来宾的到来表示感谢。", id="thanks-on-a-topic"),
        pytest.param("县长钱多在开幕致辞中,用三个词作了概括。", id="named-address-then-a-clause"),
        pytest.param("县长钱多在讲话中充分肯定了全年工作。", id="praises"),
    ],
)
def test_whatever_is_done_in_an_address_is_its_speakers(sentence: str) -> None:
    """``X在致辞中…``: the address named as the frame of the speaker's next act is theirs."""
    assert _read(sentence) == [("钱多", "县长", Role.LEADS)]


def test_a_quoted_important_speech_is_no_address() -> None:
    """``主席X在七一重要讲话中,特别指出…`` quotes a leader's speech: no address at the event."""
    assert _read("国家主席钱多在七一重要讲话中,特别提到要关心青年。") == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("区发改委主任钱多召集相关单位,主持召开筹备工作会议。", id="then-chairs"),
        pytest.param("县长钱多召集有关部门负责人召开专题会议。", id="convenes"),
    ],
)
def test_whoever_convenes_a_meeting_leads_it(sentence: str) -> None:
    """``X召集相关单位,主持召开…会议``: whoever calls the meeting together chairs it."""
    assert [(n, r) for n, _, r in _read(sentence) if r is Role.LEADS] == [("钱多", Role.LEADS)]


def test_a_convener_named_by_post_is_no_act() -> None:
    """``召集人钱多``: a post named 召集人 is a title, and the verb after it decides."""
    assert _read("小组召集人钱多参加会议。") == [("钱多", "小组召集人", Role.TAKES_PART)]


@pytest.mark.parametrize("descriptor", ["主管领导", "分管领导"])
def test_a_descriptor_before_a_title_is_no_part_of_it(descriptor: str) -> None:
    """``由主管领导区委常委钱多主持``: who the leader is to the event, not the post printed."""
    got = _read(f"开幕式由{descriptor}区委常委、组织部部长钱多主持。")
    assert got == [("钱多", "区委常委、组织部部长", Role.LEADS)]


def test_a_briefing_is_weighed_as_one() -> None:
    """A 部署 on a speech's topic is a briefing, not the main address it names (decision 24)."""
    (m,) = sentence_roles("县长丁一出席会议并对学习贯彻重要讲话精神作出部署。", 0)
    assert (m.role, m.address) == (Role.LEADS, verbs.BRIEFS)


def test_an_entrusted_report_named_before_its_mandate_leads() -> None:
    """``X受区政府委托所作的工作报告``: the delegate leads, the mandate after the name (4)."""
    got = _read("会议听取了区经委副主任钱多受区政府委托所作的工作报告。")
    assert got == [("钱多", "区经委副主任", Role.LEADS)]


def test_a_mandate_covers_each_report_of_its_sentence() -> None:
    """``受…委托,A向大会作工作报告,B作提案工作报告``: both report for the body (decision 4)."""
    got = _read(
        "受县政协常委会委托,县政协主席钱多向大会作工作报告,县政协副主席孙海作提案工作报告。"
    )
    assert got == [("钱多", "县政协主席", Role.LEADS), ("孙海", "县政协副主席", Role.LEADS)]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("县长钱多在县信访中心公开接待上访群众。", id="receives-visits"),
        pytest.param("县长钱多接待了来访群众。", id="visitors-no-trip"),
        pytest.param("县长钱多到县信访局接访。", id="jiefang"),
    ],
)
def test_a_leader_receiving_the_publics_visits_leads(sentence: str) -> None:
    """Whoever receives the public's visits (接待上访群众, 接访) leads; 来访 there is no trip."""
    assert _read(sentence) == [("钱多", "县长", Role.LEADS)]


def test_joining_a_reception_of_visits_leads_nothing() -> None:
    """``市领导A、B参加接访活动``: those who join it only take part."""
    got = _read("市领导钱多、孙海参加接访活动。")
    assert all(role is Role.TAKES_PART for _, _, role in got)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("县长钱多就做好某项工作讲了三点意见。", id="jiang-points"),
        pytest.param("县长钱多就做好某项工作,强调了具体意见。", id="qiangdiao-specific"),
        pytest.param("县长钱多讲了五点要求:一是抓落实。", id="jiang-no-topic"),
    ],
)
def test_points_told_as_said_are_a_remark(sentence: str) -> None:
    """``就…讲了三点意见``, ``就…,强调了具体意见``: the speaker's points, as 提出…要求."""
    assert _read(sentence) == [("钱多", "县长", Role.LEADS)]


def test_a_mandate_from_people_listed_over_commas() -> None:
    """``受书记A,副书记、县长B委托,C作…报告``: the delegate leads, not who sent them (4)."""
    got = _read("受县委书记钱多,县委副书记、县长孙海委托,县政协副主席李立向大会作工作报告。")
    assert ("李立", "县政协副主席", Role.LEADS) in got
    assert all(name != "钱多" or role is not Role.LEADS for name, _, role in got)


def test_a_mandate_covers_no_attendance_after_it() -> None:
    """After the entrusted report, one who only attends still only takes part."""
    got = _read("受县政协常委会委托,县政协主席钱多向大会作工作报告,县委副书记孙海出席。")
    assert ("孙海", "县委副书记", Role.TAKES_PART) in got


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("团拜会上,镇长钱多作了热情洋溢的新春致辞。", id="praised-address"),
        pytest.param("开班式上,县长钱多作开班致辞。", id="named-address"),
        pytest.param("镇长钱多发表了简短的欢迎致辞。", id="delivered"),
        pytest.param("该镇党委书记钱多同志致动员讲话。", id="named-speech"),
        pytest.param("镇长钱多发表动员讲话。", id="delivered-speech"),
        pytest.param("开幕式上,县委书记钱多宣布运动会开幕并致辞。", id="opens-then-addresses"),
        pytest.param("县长钱多宣布大会开幕,并作了讲话。", id="opens-then-speaks"),
    ],
)
def test_an_address_however_worded_leads(sentence: str) -> None:
    """
    ``X作了热情洋溢的新春致辞``, ``X宣布…开幕并致辞``: the address leads.

    Words praising or naming the address may stand between the light verb
    and 致辞, as they do before 讲话; and an opening announced (no lead on
    its own) may come first, joined by 并, as attending may.
    """
    assert [(n, r) for n, _, r in _read(sentence)] == [("钱多", Role.LEADS)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("经侦大队大队长钱多主持会议。", "经侦大队大队长", id="fraud-squad"),
        pytest.param("经营户代表钱多发言。", "经营户代表", id="traders"),
        pytest.param("经县委研究同意,县长钱多主持会议。", "县长", id="by-approval"),
    ],
)
def test_a_title_may_open_with_jing(sentence: str, expected: str) -> None:
    """``经侦大队大队长X``: 经 opens a clause only before what it governs (经县委研究)."""
    assert [expected] == [t for _, t, _ in _read(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("副县长钱多导致讲话中断。", id="caused"),
        pytest.param("镇长钱多致富带头人讲话。", id="got-rich"),
    ],
)
def test_the_zhi_of_another_word_is_no_address(sentence: str) -> None:
    """``导致讲话中断``, ``致富带头人讲话``: only 致 before a named address (致动员讲话) leads."""
    assert [] == _read(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("县长钱多宣布运动会开幕。", id="opening-alone"),
        pytest.param("县长钱多宣布运动会开幕,县委书记王明致辞。", id="another-addresses"),
    ],
)
def test_an_opening_announced_alone_does_not_lead(sentence: str) -> None:
    """``X宣布…开幕`` alone is an act at the event, not its address (REVIEW o29, o38)."""
    assert all(r is not Role.LEADS for n, _, r in _read(sentence) if n == "钱多")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("县工作组组长钱多致辞。", ("钱多", "县工作组组长"), id="working-group"),
        pytest.param(
            "会上,镇长王明讲了话;县工作专班领导钱多同志讲话。",
            ("钱多", "县工作专班领导"),
            id="speech",
        ),
    ],
)
def test_a_title_holding_a_light_verb_stays_whole(sentence: str, expected: tuple[str, str]) -> None:
    """The 作 of 工作 in a title before a name is no light verb of the address after it."""
    assert (*expected, Role.LEADS) in _read(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "局长陈明在区议会主席李华陪同下,首先与该区议员会面",
            [("陈明", "局长", Role.LEADS), ("李华", "区议会主席", Role.ACCOMPANIES)],
            id="titled",
        ),
        pytest.param(
            "陈明在区议会主席李华陪同下,参观康体大楼",
            [("陈明", "", Role.LEADS), ("李华", "区议会主席", Role.ACCOMPANIES)],
            id="bare-name",
        ),
    ],
)
def test_the_escorted_lead_whatever_they_do(
    sentence: str, expected: list[tuple[str, str, Role]]
) -> None:
    """X在Y陪同下: X leads even when no verb of the genre follows the aside."""
    assert sorted(expected) == sorted(set(_read(sentence)))


def test_the_escorted_are_people_only() -> None:
    """A body before the aside (调研组在…陪同下) leads nothing here."""
    assert all(r is not Role.LEADS for _, _, r in _read("调研组在区长李华陪同下,参观康体大楼"))


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        pytest.param(
            "由北区区长王芳代表市长李红,至获奖者家中致赠奖牌", ("王芳", "北区区长"), id="you"
        ),
        pytest.param("副市长陈明代表卢市长向大家拜年", ("陈明", "副市长"), id="surname-title"),
    ],
)
def test_who_stands_in_for_an_official_leads(sentence: str, lead: tuple[str, str]) -> None:
    """X代表市长Y: the one standing in acts and leads; Y is only named."""
    read = _read(sentence)
    assert (*lead, Role.LEADS) in read
    assert all(r is not Role.LEADS for n, _, r in read if n != lead[0])


def test_standing_in_for_a_body_adds_no_lead() -> None:
    """书记X代表县委…: the address names its speaker; 代表 alone makes no lead."""
    assert _read("党委书记张明代表镇党委对全镇退伍军人致以问候") == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("王刚表示,去年县长张明曾在镇长李强陪同下与企业家会面", id="once"),
        pytest.param("王刚表示,县长张明将在镇长李强陪同下与企业家会面", id="will"),
        pytest.param("王刚表示,前年局长陈明在区长李华陪同下参观康体大楼", id="years-ago"),
    ],
)
def test_an_escort_told_as_past_or_to_come_adds_no_lead(sentence: str) -> None:
    """X曾/将在Y陪同下, or a visit of years ago: no act of the report's; the escorted lead not."""
    assert all(r is not Role.LEADS for n, _, r in _read(sentence) if n != "王刚")


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("“副县长王刚代表县长张明向大家拜年”的横幅挂在门口", id="quoted"),
        pytest.param("去年春节,副县长王刚代表县长张明向大家拜年", id="last-year"),
    ],
)
def test_standing_in_told_apart_adds_no_lead(sentence: str) -> None:
    """X代表市长Y inside a quote, or in a past year: words or history, nobody leads."""
    assert all(r is not Role.LEADS for _, _, r in _read(sentence))


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        pytest.param("副省长王刚代表省长李明向大家拜年", "副省长", id="province"),
        pytest.param("副州长王刚代表州长李明向大家拜年", "副州长", id="prefecture"),
        pytest.param("副旗长王刚代表旗长李明向大家拜年", "副旗长", id="banner"),
        pytest.param("副厅长王刚代表厅长李明向大家拜年", "副厅长", id="department"),
        pytest.param("副主任王刚代表主任李明向大家拜年", "副主任", id="director"),
        pytest.param("副主席王刚代表县政协主席李明向大家拜年", "副主席", id="chair"),
    ],
)
def test_who_stands_in_for_any_post_leads(sentence: str, title: str) -> None:
    """X代表省长Y (州长, 厅长, 主任, 主席…): whichever post is stood in for, X leads."""
    assert ("王刚", title, Role.LEADS) in _read(sentence)


def test_standing_in_for_a_presidium_adds_no_lead() -> None:
    """代表大会主席团 is a body, no official stood in for."""
    assert all(r is not Role.LEADS for _, _, r in _read("县长王刚代表大会主席团向大家拜年"))


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("会上,张明、李华、王强等人受到表彰", id="honoured"),
        pytest.param("刘芳、陈东等同志受到县委奖励", id="rewarded"),
        pytest.param("副县长周军、县政协副主席吴平到活动现场聆听演讲", id="audience"),
    ],
)
def test_honoured_or_listening_people_do_not_lead(sentence: str) -> None:
    """A 到 closing 受到 is no trip, nor is going to the spot to listen."""
    assert all(role is not Role.LEADS for _, _, role in _read(sentence))


def test_a_trip_to_the_spot_still_leads() -> None:
    """The listening cue reads one clause: a visit with an address after it still leads."""
    assert _read("副县长周军到活动现场指导,听取汇报") == [("周军", "副县长", Role.LEADS)]


#: Every verb part's gate, and the words of all of them: text is built from
#: the patterns' own pieces (each gate's class and words, marks around them).
_GATES = sorted({gate for _, gate, _, _ in verbs.SENTENCE_VERBS}, key=lambda g: g.pattern)
_GATE_PIECES = sorted(
    {run for g in _GATES for run in re.findall(r"[\u4e00-\u9fff]+", g.pattern)}
    | set("在的会上中时了,。、:“”0")
)


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(_GATES),
    st.lists(
        st.sampled_from(_GATE_PIECES)
        | st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4E60), max_size=2),
        max_size=16,
    ).map("".join),
)
def test_gate_opening_on_its_class_starts_where_the_gate_did(
    gate: re.Pattern[str], text: str
) -> None:
    """A verb part's gate rewritten to open on its class first matches where it did."""
    old = gate.search(text)
    new = _roles._FIRST_AT[id(gate)].search(text)
    assert (old and old.start()) == (new and new.start())


def test_each_gated_verb_part_opens_on_its_class() -> None:
    """Every gate opening on a one-class look-ahead is rewritten; each finds its words, paired."""
    rewritten = [g for g in _GATES if _roles._FIRST_AT[id(g)] is not g]
    assert rewritten
    for gate in rewritten:
        words = re.findall(r"[\u4e00-\u9fff]+", gate.pattern)
        for first, then in itertools.product(words, words):
            text = f"县长张三{first}{then}某村,书记李四{then}"
            old = gate.search(text)
            new = _roles._FIRST_AT[id(gate)].search(text)
            assert (old and old.start()) == (new and new.start()), (gate.pattern, text)


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        ("(?=[ab])x|y", True),
        ("(?=[ab])(?:x|y)", False),
        ("(?=[ab])[|]x", False),
        ("(?=[ab])[]|]x", False),
        ("(?=[ab])[^]|]x", False),
        (r"(?=[ab])\|x", False),
        ("(?=[ab])x[a]|y", True),
    ],
)
def test_a_gate_with_a_branch_at_the_top_is_kept(pattern: str, branches: bool) -> None:  # noqa: FBT001
    """A ``|`` outside groups and classes may start elsewhere: such a gate stays as it is."""
    assert _roles._top_level_branch(pattern) is branches
    gate = re.compile(pattern)
    assert (_roles._opening_on_class(gate) is gate) is branches
