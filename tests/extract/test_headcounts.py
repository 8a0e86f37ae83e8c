"""Headcounts: which counts are of those who took part, and which is the event's."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import _count_groups as count_groups
from timeline.extract import _headcounts as headcounts
from timeline.extract import extract_text
from timeline.extract._headcounts import choose, find_headcounts


class TestHeadcounts:
    def _one(self, text: str) -> tuple[int, str, str, str, str]:
        (c,) = find_headcounts(text)
        return (c.count, c.precision, c.unit, c.counted, c.text)

    def test_at_least_counted_before(self) -> None:
        """``…共50余人参加`` counts the subject before the number, commas and all."""
        text = (
            "各街道党工委委员、组织员(分管组织工作领导),党建办主任,"
            "优秀村(社区)党组织书记共50余人参加活动。"
        )
        assert (
            50,
            "at_least",
            "人",
            "各街道党工委委员、组织员(分管组织工作领导),党建办主任,优秀村(社区)党组织书记",
            "50余人",
        ) == self._one(text)

    def test_counted_after(self) -> None:
        """``71名选区选民参加`` counts the noun phrase after the counter."""
        assert (71, "exact", "名", "选区选民", "71名") == self._one(
            "71名选区选民参加此次投票选举。"
        )

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("全镇2万余名选民在各选区选举代表。", [], id="electorate"),
            pytest.param("全镇有选民3000人。", [], id="electorate-closed"),
            pytest.param("全镇1.2万名选民参加投票。", [12000], id="voted"),
            pytest.param("全镇3000名选民参加了选举。", [3000], id="took-part-in-the-election"),
            pytest.param(
                "全县15万选民分别在各自选区参加或委托进行了投票。",
                [150000],
                id="voted-or-by-proxy",
            ),
            pytest.param(
                "全市30多万选民依法履行权利,有序在各选区投下庄严的一票。",
                [300000],
                id="cast-a-ballot-later-in-the-sentence",
            ),
            pytest.param("全县15万选民将在下月投票。", [], id="a-vote-to-come"),
            pytest.param("全镇2万选民在各选区选举代表。", [], id="electorate-without-a-counter"),
            pytest.param(
                "全镇1.2万名选民中,1.1万名选民参加了投票。", [11000], id="those-of-them-who-voted"
            ),
            pytest.param("全县15万选民中,已有14万参加投票。", [], id="a-part-voted"),
            pytest.param(
                "镇里有序组织选区内2.6万选民进行投票。", [], id="voters-an-organiser-arranged"
            ),
        ],
    )
    def test_voters_count_when_they_voted(self, text: str, expected: list[int]) -> None:
        """A count of voters is those who voted only when the text says so (REVIEW 19c)."""
        assert expected == [c.count for c in find_headcounts(text, taking_part=True)]

    @pytest.mark.parametrize(
        "sentence",
        [
            pytest.param("全县41万选民完成登记,选举投票工作有序推进。", id="registered"),
            pytest.param(
                "全县41万选民依法享有选举权和被选举权,可以参加投票。", id="entitled-to-vote"
            ),
            pytest.param("全县41万选民应当参加投票,确保选举顺利。", id="obliged-to-vote"),
            pytest.param("全县41万选民中有部分外出务工未能回乡投票。", id="some-did-not-vote"),
            pytest.param("县里百万选民参加投票。", id="a-figure-of-speech"),
            pytest.param("全县4100名登记选民参加投票。", id="registered-before-voters"),
            pytest.param("全县4100名合格选民参加了投票。", id="eligible-before-voters"),
            pytest.param("全县有3000名选民未参加投票。", id="those-who-did-not-vote"),
            pytest.param("全县3000名选民没有参加投票。", id="those-who-did-not-vote-either"),
            pytest.param("未参加投票的选民共3000人。", id="non-voters-named-before"),
        ],
    )
    def test_voters_not_said_to_have_voted_are_no_turnout(self, sentence: str) -> None:
        """Registered, eligible, obliged or absent voters are no turnout, whatever 投票 follows."""
        page = f"选举日\n\n本报讯 3月5日,甲县举行人大代表换届选举。{sentence}(记者 李四)"
        (event,) = extract_text(page, published=dt.date(2024, 3, 20)).events
        assert [] == [h.count for h in event.headcounts]

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            pytest.param("全县41万选民参加了投票。", 410000, id="took-part"),
            pytest.param("全县41万选民在各自选区投票选举县人大代表。", 410000, id="voted-to-elect"),
            pytest.param(
                "全县41万选民分别在各自选区参加或委托进行了投票选举。", 410000, id="or-by-proxy"
            ),
        ],
    )
    def test_voters_said_to_have_voted_are_the_turnout(self, sentence: str, expected: int) -> None:
        """Voters whose sentence tells the ballot they cast are those who took part."""
        page = f"选举日\n\n本报讯 3月5日,甲县举行人大代表换届选举。{sentence}(记者 李四)"
        (event,) = extract_text(page, published=dt.date(2024, 3, 20)).events
        assert [expected] == [h.count for h in event.headcounts]

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("全市共有3000余名考生参加今年的中考。", id="sitting-the-exam"),
            pytest.param("本县今年报名考生1200人,分设两个考点。", id="registered"),
            pytest.param("当天,全区800名考生走进考场。", id="entering"),
        ],
    )
    def test_examinees_are_no_headcount(self, text: str) -> None:
        """Examinees are served by the exam work reported, not its participants (REVIEW 19d)."""
        assert [] == find_headcounts(text, taking_part=True)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("今年有120名学生被当地职业院校提前录取。", id="admitted"),
            pytest.param("经过选拔,共有40名选手被推荐到市里参加复赛。", id="sent-on"),
        ],
    )
    def test_passive_subject_is_acted_on(self, text: str) -> None:
        """A count whose people are the subject of 被 are acted on, not taking part."""
        assert [] == find_headcounts(text, taking_part=True)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("120名志愿者为老人晾晒被褥。", [120], id="quilts-after-for"),
            pytest.param("30名党员给独居老人送去被子。", [30], id="quilt-after-to"),
            pytest.param("40名志愿者清洗被套。", [40], id="a-noun-starting-with-bei"),
        ],
    )
    def test_bei_inside_a_noun_is_no_passive(self, text: str, expected: list[int]) -> None:
        """被 in 被褥 or after 为/给 is no passive of the counted people: they take part."""
        assert expected == [c.count for c in find_headcounts(text, taking_part=True)]

    def test_invited_in_take_part(self) -> None:
        """被邀请 brings people in: they take part."""
        assert [20] == [
            c.count for c in find_headcounts("20名村民代表被邀请列席会议。", taking_part=True)
        ]

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("当天,80多名应征青年在县医院参加体检。", id="medical-for-enlistment"),
            pytest.param("全镇120名老人接受了免费体检。", id="free-check-up"),
        ],
    )
    def test_those_examined_are_no_headcount(self, text: str) -> None:
        """Those given a medical check are served by it, not its participants (REVIEW 19d)."""
        assert [] == find_headcounts(text, taking_part=True)

    def test_doctors_at_a_check_up_still_count(self) -> None:
        """Who comes to give the checks takes part: the examined are only those checked."""
        text = "县医院30名医生参加义诊活动,为群众免费体检。"
        assert [30] == [c.count for c in find_headcounts(text, taking_part=True)]

    def test_exam_workers_still_count(self) -> None:
        """People who attend a meeting about an exam are its participants."""
        text = "全县60余名监考教师参加了考务培训会。"
        assert [60] == [c.count for c in find_headcounts(text, taking_part=True)]

    def test_about(self) -> None:
        """约 makes a headcount approximate, and is kept in the printed text."""
        assert (30, "about", "名", "政协委员", "约30名") == self._one("约30名政协委员参加视察。")

    def test_predicate_not_counted(self) -> None:
        """A clause with a verb is not who was counted."""
        assert (300, "about", "人", "", "约300人") == self._one("比赛吸引了约300人现场观看。")

    def test_object_of_verb_counted(self) -> None:
        """``组织志愿者40余名``: the verb's object is who was counted."""
        assert (40, "at_least", "名", "志愿者", "40余名") == self._one(
            "须水街道组织志愿者40余名,深入辖区开展宣传。"
        )

    @pytest.mark.parametrize(
        "text",
        ["做一名奋发有为的好少年", "5个方面", "第12名", "候选人名单", "桐柏路191号院", "3个项目"],
    )
    def test_not_headcounts(self, text: str) -> None:
        """Rhetoric, rankings, other counters and lists are not headcounts."""
        assert [] == find_headcounts(text)


class TestTakingPart:
    def _counts(self, text: str) -> list[tuple[int, bool]]:
        return [(c.count, c.actual) for c in find_headcounts(text, taking_part=True)]

    def test_registered_voters_are_not_a_headcount(self) -> None:
        """登记选民 counts who may vote, not who came."""
        assert [] == self._counts("全乡共登记选民8765名。")

    def test_actual_voters_are(self) -> None:
        """实际参加投票N人 is who took part, and is marked so."""
        assert [(1287, True)] == self._counts("登记选民1500人,实际参加投票1287人。")

    def test_present_against_expected(self) -> None:
        """应到N人,请假M人,实到K人: only K is the headcount."""
        assert [(288, True)] == self._counts("应到委员300人,因事请假12人,实到委员288人。")

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("全镇86名代表应到会,因事请假7名。", [], id="expected-after-the-count"),
            pytest.param("120名委员应出席会议,实际出席112名。", [(112, True)], id="then-actual"),
            pytest.param("30名专家应邀参加会议。", [(30, False)], id="invited-take-part"),
        ],
    )
    def test_expected_after_the_count(self, text: str, expected: list[tuple[int, bool]]) -> None:
        """``N名代表应到会`` counts those expected, as ``应到代表N名`` does (19b)."""
        assert expected == self._counts(text)

    @pytest.mark.parametrize("verb", ["实际到会", "实际出席", "实际到场"])
    def test_actually_present_spelt_out(self, verb: str) -> None:
        """``实际到会委员K人`` says 实到 in full: K is who came, after those expected and absent."""
        text = f"本次会议应出席委员150人,因事请假9人,{verb}委员141人。"
        assert [(141, True)] == self._counts(text)

    def test_subset_is_not(self) -> None:
        """其中… counts a part of the whole."""
        assert [(60, False)] == self._counts("共60余人参加,其中党员30人。")

    def test_elected_and_awarded_are_not(self) -> None:
        """The elected and the prize winners are not who took part."""
        assert [] == self._counts("选出区人大代表7名,镇人大代表54名。")
        assert [] == self._counts("评出一等奖6名,二等奖12名。")

    def test_attending_after_an_election_counts(self) -> None:
        """A clause of its own saying who attended is no list of the elected."""
        text = "大会选举产生了新一届理事会,全体80名会员出席了大会。"
        assert [(80, False)] == self._counts(text)

    def test_those_visited_are_not(self) -> None:
        """Who was visited or helped did not take part: 慰问困难群众21人."""
        assert [] == self._counts("共慰问困难妇女21人和困难儿童12人。")

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "会议由镇长主持,驻村帮扶工作队全体队员共计80余人参加。",
                [(80, False)],
                id="aid-team",
            ),
            pytest.param(
                "有关部门、结对帮扶县区和帮扶干部共500人参加会议。",
                [(500, False)],
                id="paired-counties-and-aid-cadres",
            ),
            pytest.param("县慰问组成员等30余人参加活动。", [(30, False)], id="visiting-group"),
        ],
    )
    def test_helpers_named_by_their_help_take_part(
        self, text: str, expected: list[tuple[int, bool]]
    ) -> None:
        """A help word naming the helpers' own group (帮扶工作队, 慰问组) counts no one helped."""
        assert expected == self._counts(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("看望慰问队员50余人。", id="team-members"),
            pytest.param("慰问团员青年30人。", id="youth-league-members"),
            pytest.param("慰问单位困难职工30人。", id="a-units-workers"),
            pytest.param("慰问组织关系在村的老党员20人。", id="party-ties"),
            pytest.param("看望团结村困难群众30人。", id="village-name"),
            pytest.param("慰问队伍中的老战士15人。", id="in-the-ranks"),
            pytest.param("帮扶区内困难群众200人。", id="within-the-district"),
            pytest.param("帮扶市内困难职工300人。", id="within-the-city"),
            pytest.param("结对帮扶县内困难学生50名。", id="within-the-county"),
            pytest.param("慰问帮扶对象30人。", id="those-aided"),
            pytest.param("走访慰问帮扶对象30人。", id="those-aided-called-on"),
        ],
    )
    def test_a_helpers_word_opening_those_helped_names_no_helpers(self, text: str) -> None:
        """
        A helpers' word that opens a longer noun (队员, 团员, 单位困难职工) leaves them helped.

        The helpers counted are said to take part (…队员共计80余人参加); those
        visited are only counted.
        """
        assert [] == self._counts(text)

    def test_team_members_visited_end_to_end(self) -> None:
        """A leader who attends and calls on 队员50余人: those visited are no headcount."""
        page = "6月2日,县总工会召开新春座谈会,县长王明出席并看望慰问队员50余人。"
        (event,) = extract_text(page, published=dt.date(2024, 6, 3)).events
        assert () == event.headcounts

    @pytest.mark.parametrize(
        "text",
        ["走访慰问困难党员30余人。", "帮扶困难群众50人。", "慰问干部职工60余人。"],
    )
    def test_those_helped_stay_out(self, text: str) -> None:
        """The help done to people (慰问困难党员N人) still counts no one who took part."""
        assert [] == self._counts(text)

    def test_population_is_not(self) -> None:
        """全村645户,3131人 and 全镇57名代表 count a population."""
        assert [] == self._counts("全村645户,3131人。")
        assert [53] == [
            c.count
            for c in find_headcounts(
                "全镇57名人大代表,请假4人,共53名代表参加会议。", taking_part=True
            )
            if c.tied
        ]

    def test_subset_later_in_the_sentence(self) -> None:
        """共5952人,其中党员576人,积极分子78人: only the whole."""
        assert [5952] == _chosen(
            "6月2日,镇里开展活动,参与的群众共5952人,其中党员576人,积极分子78人。"
        )

    def test_person_times_and_activity_names(self) -> None:
        """检查60人(次) counts visits; 千人徒步 names an activity."""
        assert [] == self._counts("累计督导检查60人(次)。")
        assert [] == self._counts("开展千人徒步走活动。")

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("健步走活动吸引近万名市民参与。", (10000, "about", "近万名")),
            ("当天上午,上千名群众从广场出发,徒步5公里。", (1000, "at_least", "上千名")),
            ("某县万余名干部群众参加了升旗仪式。", (10000, "at_least", "万余名")),
        ],
    )
    def test_a_round_thousand_or_ten_thousand(
        self, text: str, expected: tuple[int, str, str]
    ) -> None:
        """近万名, 上千名, 万余名: a bare 千 or 万 after 上/近 or before 余 is that many people."""
        (mention,) = find_headcounts(text, taking_part=True)
        assert expected == (mention.count, mention.precision, mention.text)
        assert mention.tied

    def test_few_are_named_officials(self) -> None:
        """Three deputy heads are people named, not a gathering counted."""
        assert [] == self._counts("3名副县长陪同调研。")

    def test_one_per_event(self) -> None:
        """An event keeps only who actually took part when the page says so."""
        page = (
            "区政协开会\n\n本报讯 3月2日,区政协召开全会。本次大会应到委员120人,"
            "因病请假5人,实到委员115人。"
        )
        (event,) = extract_text(page, published=dt.date(2020, 6, 3)).events
        assert [115] == [h.count for h in event.headcounts]

    @pytest.mark.parametrize(
        "text",
        [
            "全镇干部群众等共约600人欢聚一堂。",
            "各村党员、群众代表共计约200人聚在广场上。",
            "各界群众共近千人齐声合唱。",
        ],
    )
    def test_an_approximate_total_is_tied(self, text: str) -> None:
        """共约N人, 共计约N人, 共近N人: a total, printed with its precision, ties the count."""
        (mention,) = find_headcounts(text, taking_part=True)
        assert mention.tied
        assert mention.precision == "about"

    def test_total_not_its_parts(self) -> None:
        """59名代表及38名列席人员共97人参加: the total alone."""
        assert [(97, False)] == self._counts("来自各条战线的59名代表及38名列席人员共97人参加会议。")

    def test_a_later_list_item_is_a_part(self) -> None:
        """A count opening a later item of a list covers one group beside others."""
        assert [] == self._counts("镇班子成员、12名驻村工作队员及有关人员参加会议。")
        assert [] == self._counts("机关干部、30名志愿者分别走进社区。")
        assert [] == self._counts("镇机关干部和60名志愿者参加活动。")
        assert [] == self._counts("镇长及十五位村长参加会议。")

    def test_people_beside_bodies_officials_are_a_part(self) -> None:
        """N名X、部门负责人: the count covers X, one group beside the bodies' officials."""
        assert [] == self._counts("全县30名驻村书记、县直有关部门负责人参加观摩。")
        assert [] == self._counts("20名人大代表及相关单位负责人参加视察。")

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("共有5名镇政协委员和企业界朋友参加了活动。", id="and-friends"),
            pytest.param("20名党员和部分群众参加活动。", id="and-people"),
            pytest.param("镇班子成员,各站所负责人,各村74名老党员参加会议。", id="commas-before"),
        ],
    )
    def test_one_numbered_group_among_unnumbered_ones_is_a_part(self, text: str) -> None:
        """A count of one group, others listed beside it unnumbered, covers that group (19a)."""
        assert [] == self._counts(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("30名委员和特邀嘉宾出席会议。", 30, id="members-then-guests"),
            pytest.param("60名村干部和群众代表等参加活动。", 60, id="closed-by-deng"),
            pytest.param("会议由镇长主持,各村74名老党员参加会议。", 74, id="a-clause-before"),
            pytest.param("镇班子成员,村干部、站所负责人等80余人参加会议。", 80, id="a-list-total"),
            # The total's own 共/共计 closes the groups listed before it.
            pytest.param("镇机关干部,各村全体书记共计60余人参加。", 60, id="own-gongji"),
            pytest.param("镇机关干部,各村书记共80人参加会议。", 80, id="own-gong"),
            pytest.param("镇机关干部,各村书记共约90人参加会议。", 90, id="own-gong-yue"),
        ],
    )
    def test_the_count_beside_guests_or_a_clause_still_stands(
        self, text: str, expected: int
    ) -> None:
        """Guests after members, a list 等 closes, or a clause that says something, leave it."""
        assert [(expected, False)] == self._counts(text)

    @pytest.mark.parametrize(
        "sentence",
        [
            pytest.param("全镇80名党员干部集中学习书记发言精神。", id="a-speech-studied"),
            pytest.param("全镇80名党员干部认真讨论县长述职报告。", id="a-report-discussed"),
            pytest.param("全镇80名党员干部认真评议了各村书记述职。", id="reports-assessed"),
        ],
    )
    def test_the_lead_count_hearing_a_speech_stands(self, sentence: str) -> None:
        """A speech the lead's people study, discuss or assess is someone else's: they heard it."""
        page = f"学习会\n\n本报讯 5月25日,{sentence}\n"
        (event,) = extract_text(page, published=dt.date(2020, 6, 3)).events
        assert [80] == [h.count for h in event.headcounts]

    def test_speakers_in_the_lead_paragraph_are_a_part(self) -> None:
        """``N名书记依次上台述职`` in the lead counts the speakers, a part of those there (19a)."""
        page = (
            "述职评议\n\n本报讯 1月8日,某镇召开村党组织书记述职评议会。"
            "12名村党组织书记依次上台述职。\n\n会议要求各村抓好落实。"
        )
        (event,) = extract_text(page, published=dt.date(2020, 6, 3)).events
        assert [] == [h.count for h in event.headcounts]
        page = page.replace("依次上台述职", "参加会议")
        (event,) = extract_text(page, published=dt.date(2020, 6, 3)).events
        assert [12] == [h.count for h in event.headcounts]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("12名新兵胸戴红花踏上征程。", [], id="recruits"),
            pytest.param("9名即将入伍的青年走上主席台。", [], id="joining-up"),
            pytest.param("20名退伍老兵参加座谈。", [(20, False)], id="veterans-take-part"),
        ],
    )
    def test_recruits_sent_off_are_no_headcount(
        self, text: str, expected: list[tuple[int, bool]]
    ) -> None:
        """Recruits a send-off honours are people served by the event (REVIEW n30/n31, 19d)."""
        assert expected == self._counts(text)

    def test_a_list_closed_by_deng_is_the_counts(self) -> None:
        """A count heading a list that 等 closes is the list's total."""
        assert [(200, False)] == self._counts("200余名村干部、部门负责人等参加活动。")

    def test_a_list_total_or_first_item_is_not(self) -> None:
        """The total closing a list, or a count heading the list, is kept."""
        assert [(60, False)] == self._counts("镇干部、村干部、群众代表等60余人参加活动。")
        assert [(80, False)] == self._counts("80名委员、嘉宾和列席人员出席会议。")

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("县长为482位毕业生送上祝福。", id="given-to"),
            pytest.param("向50名困难群众发放慰问品。", id="handed-to"),
            pytest.param("选手李某等7人摘得银奖。", id="prize-winners"),
        ],
    )
    def test_not_a_gathering(self, text: str) -> None:
        """Those given something or awarded did not take part."""
        assert [] == self._counts(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "各机关单位1 万多名干部职工走上街头清扫。", [(10000, False)], id="wan-spaced"
            ),
            pytest.param("共有2.6万名选民参加投票。", [(26000, True)], id="wan-decimal"),
            pytest.param(
                "应(yīng)到委员254名,出席会议的委员235名。", [(235, False)], id="glossed-expected"
            ),
            pytest.param(
                "其中120人外出,其余258名妇女均到场参加大会。", [(258, True)], id="the-rest-came"
            ),
            pytest.param("百余名志愿者来到社区清扫。", [(100, False)], id="hundred-odd"),
            pytest.param(
                "全村代表30名,其中2名外出,其余28名代表均参加会议。",
                [(30, False), (28, True)],
                id="the-rest-attend",
            ),
        ],
    )
    def test_more_forms(self, text: str, expected: list[tuple[int, bool]]) -> None:
        """万 counts, words hidden by readings, and those who all came."""
        assert expected == self._counts(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("共举办演讲活动1200余场次,直接参讲职工2.6万人。", id="campaign-total"),
            pytest.param("今年共举办培训班12期,培训学员600余人。", id="editions"),
            pytest.param(
                "当天,全镇12个村党支部均开展了主题党日活动,参加党员300余人。", id="all-units"
            ),
            pytest.param("全区共组建起40支宣讲队,800名党员参加宣讲。", id="area-teams"),
        ],
    )
    def test_campaign_totals(self, text: str) -> None:
        """A campaign's totals are not the gathering."""
        assert [] == self._counts(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "据统计,全县30个乡镇和县级部门4000余名职工参加活动。",
                [(4000, False)],
                id="units-without-all",
            ),
            pytest.param(
                "社区组建了3支志愿服务队,60余名志愿者参加活动。", [(60, False)], id="own-teams"
            ),
            pytest.param(
                "镇党委组织12个村党支部书记共30余人参加培训。", [(30, False)], id="unit-posts"
            ),
        ],
    )
    def test_units_that_gather_are_no_campaign(
        self, text: str, expected: list[tuple[int, bool]]
    ) -> None:
        """Units that send people to one activity, not units that all held it, leave the count."""
        assert expected == self._counts(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("全区第3期青年干部培训班开班,50名学员参加培训。", [(50, False)], id="nth"),
            pytest.param("第十二期读书会举行,30余名党员参加。", [(30, False)], id="nth-chinese"),
            pytest.param(
                "村广场上,一场理论宣讲徐徐展开,30余名乡亲围坐一起。",
                [(30, False)],
                id="one-session",
            ),
        ],
    )
    def test_an_ordinal_edition_is_no_campaign(
        self, text: str, expected: list[tuple[int, bool]]
    ) -> None:
        """第N期 names this one edition, 一场 one session: those who came to it are counted."""
        assert expected == self._counts(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("大会表彰了后村镇147名优秀共产党员。", id="honoured"),
            pytest.param("来自各行各业的60名“身边好人”受到表彰。", id="honoured-after-them"),
            pytest.param("全县86名先进个人受表彰。", id="honoured-after-them-2"),
            pytest.param("先后举办83期培训班,培训学员6171人。", id="course-totals"),
            pytest.param("自2019年创建以来,已为近8万名干部提供培训。", id="since-founded"),
            pytest.param("随行还有一个为数几十人的企业家代表团。", id="dozens"),
            pytest.param("截至目前,全县已有3000名志愿者参与。", id="running-total"),
            pytest.param("截止6月底,报名的800名群众参加了体检。", id="running-total-2"),
        ],
    )
    def test_statistics_are_no_gathering(self, text: str) -> None:
        """The honoured, a programme's or running totals and 几十人 are not who took part."""
        assert [] == self._counts(text)

    def test_an_honoured_group_that_attends_counts(self) -> None:
        """受表彰的 before a noun names a group: its verb of attending still ties it."""
        assert [60] == [c for c, _ in self._counts("60名受表彰代表参加会议。")]

    def test_votes_cast_are_counted(self) -> None:
        """``投票数1304人``: a digit after 数 is a count of those who voted."""
        assert [(1304, True)] == self._counts("选举人数2100人、投票数1304人,投票率为62.1%。")

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("省考察团一行十二人来镇调研。", id="delegation"),
            pytest.param("分社社长王某一行8人深入林区调研。", id="touring-group"),
            pytest.param("协会组织约一百名企业家前赴外省考察。", id="sent-elsewhere"),
            pytest.param("局里选派20名干部远赴边疆支教。", id="sent-far"),
            pytest.param("会长带领本会18名会员,赴邻省参观学习。", id="party-on-a-trip"),
            pytest.param(
                "副县长组织各乡镇的30名乡镇负责人和村社干部组成的学习组,赴邻县参加培训。",
                id="long-named-party-on-a-trip",
            ),
            pytest.param(
                "副校长带领12名处级干部一行在村书记陪同下走访农户。", id="party-after-its-size"
            ),
            pytest.param("户均人口3.75人。", id="decimals"),
        ],
    )
    def test_not_those_present(self, text: str) -> None:
        """A touring group's size, a group sent elsewhere and decimals are no headcount."""
        assert [] == self._counts(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("会上,10位村书记依次汇报了全年工作。", id="at-the-meeting"),
            pytest.param("在座谈会上,12名老党员畅谈入党初心。", id="at-the-forum"),
            pytest.param("欢送仪式上,镇长向20名新兵赠送了纪念品。", id="at-the-ceremony"),
            pytest.param("大家说:“干就完了……”会上,15名代表作了表态。", id="after-a-quote"),
            pytest.param("会(huì)上,来自各界的10名委员先后建言。", id="glossed"),
        ],
    )
    def test_proceedings_count_a_part(self, text: str) -> None:
        """A sentence opening inside the event (``会上``) counts a part, not the attendance."""
        assert [] == self._counts(text)

    def test_audience_in_the_proceedings_stands(self) -> None:
        """In the proceedings, a verb of attending after the count still says who took part."""
        text = "会上,与会的200余名党员观看了警示教育片。"
        assert [200] == [c.count for c in find_headcounts(text, taking_part=True)]

    def test_attendance_before_the_proceedings_stands(self) -> None:
        """Only the sentence that opens with ``会上`` is the proceedings; the one before counts."""
        text = "镇干部60余人参加会议。会上,10位村书记作了交流。"
        assert [60] == [c.count for c in find_headcounts(text, taking_part=True)]

    def test_going_to_a_meeting_is_attending(self) -> None:
        """``赴会`` is going to the meeting: its people take part, they are not sent away."""
        assert [(60, True)] == [
            (c.count, c.tied) for c in find_headcounts("各界代表60余人赴会。", taking_part=True)
        ]

    def test_one_trade_is_no_party(self) -> None:
        """``一行业`` is one trade, not a leader's party: the people counted before it take part."""
        assert [60] == [
            c.count for c in find_headcounts("60名来自同一行业的代表参加座谈。", taking_part=True)
        ]

    @pytest.mark.parametrize(
        ("text", "count"),
        [
            pytest.param("全县200名志愿者统一行动,参加清扫活动。", 200, id="acting-as-one"),
            pytest.param("50名来自同一行政村的村民参加了活动。", 50, id="one-village"),
        ],
    )
    def test_a_word_holding_yi_xing_is_no_party(self, text: str, count: int) -> None:
        """``统一行动``, ``同一行政村`` hold 一行 inside other words: those counted take part."""
        assert [count] == [c.count for c in find_headcounts(text, taking_part=True)]

    @pytest.mark.parametrize(
        ("text", "count"),
        [
            pytest.param("120名志愿者响应号召,积极参加活动。", 120, id="answering-a-call"),
            pytest.param("80名党员积极响应参加义务植树。", 80, id="answering-by-taking-part"),
        ],
    )
    def test_answering_a_call_is_no_expectation(self, text: str, count: int) -> None:
        """The 应 of 响应 (answering a call) is not 应到/应参加, those only expected."""
        assert [count] == [c.count for c in find_headcounts(text, taking_part=True)]

    def test_veterans_who_once_enlisted_take_part(self) -> None:
        """Only recruits about to join up are served by a send-off; enlisted long ago, they come."""
        text = "100名入伍满十年的老兵参加座谈会。"
        assert [100] == [c.count for c in find_headcounts(text, taking_part=True)]

    def test_staff_of_a_check_up_take_part(self) -> None:
        """Those who take part in a check-up's service give the checks: they are not examined."""
        text = "30名医护人员参加了体检服务工作。"
        assert [30] == [c.count for c in find_headcounts(text, taking_part=True)]

    def test_going_to_a_stop_is_taking_part(self) -> None:
        """``前往`` a stop of the event is no journey away: the people led there take part."""
        assert [(30, True)] == [
            (c.count, c.tied)
            for c in find_headcounts("书记带领30位村干部前往李庄村观摩。", taking_part=True)
        ]

    def test_police_station_staff_take_part(self) -> None:
        """派出所 in a list of bodies is a body, not a verb of sending."""
        assert [(20, False)] == self._counts("由安监站、派出所等部门的20人参加。")

    def test_contestants_are_marked(self) -> None:
        """12名选手, 30人参赛 and 20位青年同台竞技 are a contest's contestants."""
        for text in ("决赛中12名选手展开角逐。", "共有30人参赛。", "20位青年同台竞技。"):
            assert [True] == [c.competing for c in find_headcounts(text, taking_part=True)]
        assert [False] == [c.competing for c in find_headcounts("约300人现场观看。")]

    def test_attendees_counted_with_ge(self) -> None:
        """N个 counts people when a post each unit has one of attends, alone."""
        (c,) = find_headcounts("全镇36个村(社区)党支部书记参加会议。", taking_part=True)
        assert (36, "个", True) == (c.count, c.unit, c.tied)
        assert [] == find_headcounts("全镇36个村书记、部门负责人参加会议。", taking_part=True)
        assert [] == find_headcounts("全镇36个村参加评比。", taking_part=True)
        assert [] == find_headcounts("全镇36个村的代表参加会议。", taking_part=True)

    def test_contestants_counted_with_ge(self) -> None:
        """N个 counts people when a noun for them competes (12个村书记参赛), not groups."""
        (c,) = find_headcounts("全镇12个村的党支部书记同台比拼。", taking_part=True)
        assert (12, "个", True) == (c.count, c.unit, c.competing)
        assert [] == find_headcounts("全镇12个村开展评比。", taking_part=True)
        assert [] == find_headcounts("12个小组参赛。", taking_part=True)
        assert [] == find_headcounts("12个村的书记参加会议。", taking_part=True)

    def test_contest_counts_contestants_not_audience(self) -> None:
        """A contest's headcount is its contestants, not its audience (decision 6)."""
        page = (
            "县里举办演讲比赛\n\n本报讯 4月9日,县青年演讲比赛在县剧院举行,"
            "来自各乡镇的16名青年同台竞技。比赛吸引了约200人现场观看。"
        )
        (event,) = extract_text(page, published=dt.date(2021, 4, 10)).events
        assert [16] == [h.count for h in event.headcounts]


def _chosen(page: str, *, contest: bool = False) -> list[int]:
    """The counts ``choose`` keeps for a report whose lead is the first line."""
    counts = [(c.span[0], c) for c in find_headcounts(page, taking_part=True)]
    return [c.count for _, c in choose(counts, text=page, lead_at=0, contest=contest)]


class TestTied:
    def _tied(self, text: str) -> list[tuple[int, bool]]:
        return [(c.count, c.tied) for c in find_headcounts(text, taking_part=True)]

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("各村书记、站所负责人等60余人参加会议。", id="attend-after"),
            pytest.param("县人大组织20名代表视察重点项目。", id="organiser-before"),
            pytest.param("参加本次活动的群众达到300人。", id="attendees-before"),
            pytest.param("会议现场,代表和列席人员共88人。", id="total"),
            pytest.param("随后,15名社区书记分别围绕工作作了交流。", id="subject-opens-clause"),
            pytest.param("镇机关干部职工40余人组成志愿服务队。", id="subject-closed-by-count"),
            pytest.param("来自各条战线的90名代表齐聚一堂。", id="gathered"),
            pytest.param("傍晚时分,公园里聚集超过2千人一同夜跑。", id="gathered-before"),
            pytest.param("社区书记同300名居民共聚一堂。", id="gathered-with"),
            pytest.param("村里的80名老党员欢聚一堂。", id="gathered-in-joy"),
            pytest.param("干部群众200余人参加会议并听取了代表发言。", id="hears-speakers"),
            pytest.param("全县200余名党员干部和入党积极分子参加学习。", id="own-noun-phrase"),
            pytest.param("当天,来自各村的30名志愿者深入街巷清扫垃圾。", id="came-from"),
            pytest.param(
                "来自机关、学校和企业的300余名青年,先后来到公园清扫。", id="came-from-comma"
            ),
            pytest.param(
                "来自东村、西村、南村、北村、上村、下村、前村、后村、新村、老村等10个村的60名书记、"
                "村主任、综合治理专干、网格员、本土人才等参加培训。",
                id="came-from-long",
            ),
            pytest.param(
                "当天,培训学校迎来一批“学员”——来自全省12个市的80名青年干部走进田间,参加培训。",
                id="came-from-after-a-dash",
            ),
        ],
    )
    def test_tied_to_taking_part(self, text: str) -> None:
        """A count is tied when its clause says its people took part or make the subject."""
        assert [True] == [t for _, t in self._tied(text)]

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("区长与十六位区议员交谈。", id="spoken-with"),
            pytest.param("全市疏散撤离91人。", id="evacuated"),
            pytest.param("通报送医者有7人。", id="taken-to-hospital"),
            pytest.param("受到十八位议员的热情接待。", id="hosts"),
            pytest.param("议员委请20位里长巡视辖区。", id="instructed"),
            pytest.param("街道派出15名干部下沉社区。", id="sent-out"),
            pytest.param("共收到40位艺术家的申请。", id="applicants"),
            pytest.param("共有60人报名。", id="registered"),
            pytest.param("村两委交叉任职41人,占比39%。", id="share"),
            pytest.param("全村共有村民3000人。", id="population"),
            pytest.param("镇长对即将入伍的12名青年表示祝贺。", id="described-object"),
            pytest.param("随后,8位支部书记围绕一年来的工作进行了述职。", id="reporters"),
            pytest.param("随后,12名代表结合本职工作作交流发言。", id="speakers"),
            pytest.param("镇长接待来自各村的20余名村民代表。", id="came-from-as-an-object"),
            pytest.param(
                "镇长接待来自东村、西村、南村、北村、上村、下村等6个村的20余名村民代表。",
                id="long-came-from-as-an-object",
            ),
            pytest.param(
                "全镇15名驻村工作队员、村两委干部、网格员和志愿者代表参加座谈。",
                id="verb-after-a-list-of-other-groups",
            ),
        ],
    )
    def test_untied(self, text: str) -> None:
        """Objects of other verbs, statistics and owners of the subject are not tied."""
        assert [False] == [t for _, t in self._tied(text)]


class TestChoose:
    def test_the_exact_count_of_voters_over_a_rounded_one(self) -> None:
        """A report that rounds the turnout first and prints it later keeps the printed figure."""
        page = (
            "10月8日是选举日,全县30多万名选民参加投票。\n据统计,全县共有312456名选民参加选举投票。"
        )
        assert [312456] == _chosen(page)

    @pytest.mark.parametrize(
        "rest",
        [
            pytest.param("其中甲镇有12345名选民参加投票。", id="of-them"),
            pytest.param("甲镇12345名选民参加了投票。", id="a-town-of-the-county"),
        ],
    )
    def test_an_exact_part_does_not_beat_the_rounded_total(self, rest: str) -> None:
        """An exact count of a part of the voters (其中…, far under the total) is no turnout."""
        page = f"3月5日,全县20多万选民参加投票,{rest}"
        assert [200000] == _chosen(page)

    def test_the_rounded_total_stands_with_its_precision(self) -> None:
        """Through the extractor the rounded turnout keeps its at-least reading."""
        page = (
            "选举日\n\n本报讯 3月5日,甲县举行人大代表换届选举。全县20多万选民参加投票,"
            "其中甲镇有12345名选民参加投票。(记者 李四)"
        )
        (event,) = extract_text(page, published=dt.date(2024, 3, 20)).events
        assert [(200000, "at_least")] == [(h.count, h.precision) for h in event.headcounts]

    def test_untied_count_in_the_body_is_a_statistic(self) -> None:
        """A count with no tie outside the lead paragraph is not the headcount."""
        page = "6月2日,县里召开防汛会议。\n会议通报,全县疏散撤离群众120人。"
        assert [] == _chosen(page)

    def test_untied_count_in_the_lead_paragraph(self) -> None:
        """The lead paragraph names the event: its first count stands when none is tied."""
        page = "6月2日,镇干部等80余人,一早来到村里。\n全县疏散撤离群众120人。"
        assert [80] == _chosen(page)

    def test_untied_described_count_in_the_lead(self) -> None:
        """An untied count after 的 may be an object (those received): not taken."""
        page = "6月2日,县长接待了来自外县的30名客人。\n双方进行了交流。"
        assert [] == _chosen(page)

    @pytest.mark.parametrize(
        "page",
        [
            pytest.param("6月2日,县里欢送20名即将入伍的新兵。\n双方进行了交流。", id="sent-off"),
            pytest.param("6月2日,镇长看望了8名家境困难的学生。\n大家很高兴。", id="visited"),
        ],
    )
    def test_untied_count_described_after(self, page: str) -> None:
        """An untied count whose people a 的-clause describes may be an object: not taken."""
        assert [] == _chosen(page)

    @pytest.mark.parametrize(
        ("page", "expected"),
        [
            pytest.param("6月2日,县志愿者协会的30余名志愿者在广场清扫垃圾。", [30], id="members"),
            pytest.param("6月2日,某市义工联盟的200多名义工走上街头宣传。", [200], id="volunteers"),
            pytest.param("6月2日,镇长接待了县志愿者协会的30余名志愿者。", [], id="received"),
            pytest.param("6月2日,为县第一中学的60名学生上了一堂课。", [], id="for"),
            pytest.param("6月2日,某实验中学40名学生在校园植树。", [40], id="school"),
            pytest.param("6月2日,县长慰问了某实验中学40名学生。", [], id="visited"),
        ],
    )
    def test_a_bodys_members_head_the_lead(self, page: str, expected: list[int]) -> None:
        """某协会的N名志愿者, 某中学N名学生: a clause naming only a body says whose they are."""
        assert expected == _chosen(page)

    @pytest.mark.parametrize(
        ("page", "expected"),
        [
            pytest.param("6月2日,南岸区800多名干部放弃休息,清理街道。", [800], id="after-place"),
            pytest.param("6月2日,各村书记、镇干部等60多人,正在村里植树。", [60], id="closes-list"),
            pytest.param("6月2日,镇长接见了30名青年代表。\n双方进行了交流。", [], id="object"),
            pytest.param("6月2日,县长一行12人,到镇里检查。\n双方进行了交流。", [], id="party"),
            pytest.param("6月2日,全镇选出新一届代表45名。\n", [], id="after-a-verb"),
            pytest.param("6月2日,镇里有志愿者60人,村里有40人。\n", [], id="bare-noun"),
        ],
    )
    def test_untied_count_heads_the_subject(self, page: str, expected: list[int]) -> None:
        """An untied count in the lead stands only as the subject, never after a verb."""
        assert expected == _chosen(page)

    def test_untied_count_with_a_later_de_clause(self) -> None:
        """A 的 past the count's own clause does not describe its people."""
        page = "6月2日,镇干部等80余人,来到村里的田间。\n全县疏散撤离群众120人。"
        assert [80] == _chosen(page)

    @pytest.mark.parametrize(
        "page",
        [
            pytest.param(
                "6月2日,镇里开展献爱心活动。\n在职党员60人,退休党员30人参与了捐款。",
                id="one-sentence",
            ),
            pytest.param(
                "6月2日,镇里部署防火。\n组织干部80余人值守路口。另组织巡逻队员20余人巡查。",
                id="tied-groups-in-a-paragraph",
            ),
        ],
    )
    def test_groups_side_by_side_are_parts(self, page: str) -> None:
        """Two groups each with its own number and no total printed: each is a part."""
        assert [] == _chosen(page)

    def test_a_contest_field_printed_in_groups_is_a_part(self) -> None:
        """``12名书记和3名第一书记上台``: the first of groups counted apart is no field."""
        page = "6月2日,镇里举行演讲比赛。\n12名村书记和3名第一书记参加比赛。"
        assert [] == _chosen(page, contest=True)

    @pytest.mark.parametrize(
        "lead",
        [
            pytest.param("5月8日,19个村书记和3名第一书记参加培训。", id="post-first"),
            pytest.param("5月8日,3名第一书记和19个村书记参加培训。", id="post-second"),
            pytest.param("5月8日,19个村书记和6名第一书记参加培训。", id="both-counted-post-first"),
            pytest.param("5月8日,6名第一书记和19个村书记参加培训。", id="both-counted-post-second"),
        ],
    )
    def test_two_numbered_groups_agree_in_either_order(self, lead: str) -> None:
        """``19个村书记和3名第一书记`` as ``3名第一书记和19个村书记``: parts, no total (19a)."""
        assert [] == _chosen(lead)

    def test_one_numbered_group_alone_still_counts(self) -> None:
        """With no other group beside it, the lead's count of posts is the headcount."""
        assert [19] == _chosen("5月8日,全镇19个村书记参加培训。")

    def test_a_contest_audience_is_no_field(self) -> None:
        """A contest's audience is not added, whatever ties it (decision 6)."""
        page = "6月2日,镇里举行山歌比赛。\n比赛吸引了约2000名观众前来观看。"
        assert [] == _chosen(page, contest=True)
        # At a lecture or a show that is no contest, the audience takes part.
        assert [2000] == _chosen(page.replace("山歌比赛", "文艺演出"))

    @pytest.mark.parametrize(
        "line",
        [
            pytest.param("比赛吸引了约2000名现场观众前来观看。", id="audience-with-a-modifier"),
            pytest.param("15名专家评委参加了活动。", id="judges-with-a-modifier"),
            pytest.param("现场观众2000余人观看了比赛。", id="audience-before-the-count"),
            pytest.param("比赛吸引了近百名村民前来参观。", id="watchers-by-their-verb"),
            pytest.param("比赛吸引了300余名居民到场围观。", id="onlookers-by-their-verb"),
        ],
    )
    def test_a_contest_audience_is_no_field_whatever_its_modifier(self, line: str) -> None:
        """The head of the counted phrase is at its end: 现场观众 are an audience (decision 6)."""
        assert [] == _chosen("6月2日,镇里举行山歌比赛。\n" + line, contest=True)

    def test_watchers_of_a_show_that_is_no_contest_take_part(self) -> None:
        """A verb of watching marks an audience only in a contest (19e, 19g)."""
        assert [100] == _chosen("6月2日,镇里举行文艺演出,吸引了近百名村民前来观看。")

    def test_members_beside_non_voting_attendees_still_count(self) -> None:
        """The 列席 after the members are no group beside them: the members count (19b)."""
        page = "6月2日,镇人大召开会议。\n65名镇人大代表和30名列席代表出席会议。"
        assert [65] == _chosen(page)
        # Invited or specially asked ones are non-voting attendees all the same.
        assert [65] == _chosen(page.replace("30名列席", "30名特邀列席"))

    def test_a_long_subject_keeps_its_non_voting_lookahead(self) -> None:
        """A long first group still sees the 列席 after the second count (19b)."""
        text = "128名来自全县各乡镇的人大代表和100名特邀列席代表出席会议。"
        (first, *_) = find_headcounts(text)
        assert not count_groups.heads_groups(text, first)

    def test_places_after_the_count_are_no_second_group(self) -> None:
        """``10个村的群众代表`` counts villages, not a group of people beside the first."""
        page = "6月2日,镇里开展植树活动。\n全镇50名党员干部和10个村的群众代表参加了活动。"
        assert [50] == _chosen(page)
        # A post each village has one of is people all the same.
        assert [] == _chosen(page.replace("10个村的群众代表", "10个村书记"))

    @pytest.mark.parametrize(
        ("page", "expected"),
        [
            pytest.param(
                "6月2日,镇里召开大会。\n60名代表出席会议。会前,镇里组织60名代表视察。",
                [60],
                id="same-number-again",
            ),
            pytest.param(
                "6月2日,镇里召开大会。\n代表共90人参加,群众30人旁听。",
                [90],
                id="a-total",
            ),
            pytest.param(
                "6月2日,镇里召开大会。\n90名代表参加会议。\n会后,镇里为30名老人送去慰问品。",
                [90],
                id="other-paragraph",
            ),
            pytest.param(
                "6月2日,镇里召开大会。\n120名党员参加会议,会议由镇长主持,8名代表作交流发言。",
                [120],
                id="speakers-later-in-the-sentence",
            ),
            pytest.param(
                "6月2日,镇里开展调研。\n30余名干部来到村里,与60多名村民座谈。",
                [30],
                id="people-met-later-in-the-sentence",
            ),
        ],
    )
    def test_one_group_stands(self, page: str, expected: list[int]) -> None:
        """A number again, a total, an untied count after it or another paragraph's leave it."""
        assert expected == _chosen(page)

    def test_tied_beats_first(self) -> None:
        """A tied count later in the report wins over an untied one in the lead."""
        page = "6月2日,县长与30位村民座谈。\n全镇干部群众共200余人参加活动。"
        assert [200] == _chosen(page)

    def test_one_tied_count(self) -> None:
        """Outside a contest the first tied count is the headcount, not a part counted later."""
        page = "6月2日,镇里召开大会,各村代表共90人参加。\n会上,8位代表在发言中谈了体会。"
        assert [90] == _chosen(page)

    def test_contest_keeps_every_tied_count(self) -> None:
        """A contest whose contestants no contest word marks keeps them beside who attended."""
        page = "6月2日,区里举办比学活动,各街道书记共50人参加。\n随后,12名书记分别作了展示。"
        assert [50, 12] == _chosen(page, contest=True)

    def test_actual_wins(self) -> None:
        """Who actually came wins over every other count."""
        page = "6月2日,区政协召开全会。\n应到委员120人,实到委员115人,50名列席人员参加会议。"
        assert [115] == _chosen(page)

    def test_contest_keeps_its_first_field(self) -> None:
        """A contest counts its first field of contestants, not the audience or finalists."""
        page = "6月2日,县里举办演讲比赛。\n48名选手参加半决赛,12名选手进入决赛,300人现场观看。"
        assert [48] == _chosen(page, contest=True)

    def test_contest_without_contestants_falls_back(self) -> None:
        """A contest that prints no contestants keeps who took part."""
        page = "6月2日,县里举办擂台比武。\n各镇书记等60人参加了活动。"
        assert [60] == _chosen(page, contest=True)

    def test_no_candidates(self) -> None:
        """Nothing to choose from gives nothing."""
        assert [] == choose([], text="", lead_at=0, contest=False)


class TestTotalsOfThoseHelped:
    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("县委书记张三到某村走访慰问,惠及群众共约200人。", id="gong-yue"),
            pytest.param("县委书记张三到某村走访慰问,惠及群众共200人。", id="gong"),
            pytest.param("县委书记张三到某村走访慰问,帮扶群众共计约200人。", id="gong-ji-yue"),
        ],
    )
    def test_a_total_of_those_helped_is_not_tied(self, text: str) -> None:
        """共/共约 makes a total, not a turnout: those it benefits did not take part."""
        assert [] == [c.count for c in find_headcounts(text, taking_part=True) if c.tied]

    def test_a_total_of_helpers_taking_part_stays_tied(self) -> None:
        """A help word naming the helpers, who took part (参加): their total is tied."""
        text = "驻村帮扶工作队全体队员共计约80人参加。"
        assert [80] == [c.count for c in find_headcounts(text, taking_part=True) if c.tied]

    def test_a_total_of_those_helped_is_no_headcount_end_to_end(self) -> None:
        """A whole report: the people reached by a visit are no headcount."""
        page = "5月10日,县委书记张三到某村走访慰问,惠及群众共约200人。"
        (event,) = extract_text(page, published=dt.date(2024, 5, 20)).events
        assert [] == [h.count for h in event.headcounts]


class TestNonVoting:
    @pytest.mark.parametrize(
        ("page", "expected"),
        [
            pytest.param("某镇召开党代会,52名党代表出席,8名群众代表列席会议。", [52], id="verb"),
            pytest.param("某乡召开人代会,40名代表出席,12名列席人员参加会议。", [40], id="noun"),
        ],
    )
    def test_members_present_beside_those_sitting_in(self, page: str, expected: list[int]) -> None:
        """Those sitting in (列席) are no group beside the members present (19b)."""
        assert expected == _chosen(page)

    def test_two_groups_still_a_part(self) -> None:
        """Two groups that both take part, with no total, still give none (19a)."""
        assert [] == _chosen("某村组织活动,52名党员参加,18名群众参与。")


class TestTurnedOut:
    def test_those_a_day_of_work_turned_out_take_part(self) -> None:
        """共出动N人: the people a day of work turned out are its headcount."""
        page = "5月10日,某镇开展清扫活动,共出动党员志愿者40余人,清理垃圾3吨。"
        (event,) = extract_text(page, published=dt.date(2024, 5, 20)).events
        assert [40] == [h.count for h in event.headcounts]

    def test_turned_out_times_are_no_headcount(self) -> None:
        """出动N人次 counts turns over many days, not people."""
        page = "5月10日,某镇开展清扫活动,累计出动党员志愿者400余人次。"
        (event,) = extract_text(page, published=dt.date(2024, 5, 20)).events
        assert [] == [h.count for h in event.headcounts]


class TestFinalists:
    def test_finalists_after_the_rounds_told(self) -> None:
        """N名选手晋级决赛 is the final's field, though the sentence tells its rounds (以来)."""
        page = (
            "5月10日,某县职工演讲比赛决赛举行。自3月比赛开展以来,经过层层选拔,"
            "来自各单位的18名选手晋级决赛。"
        )
        (event,) = extract_text(page, published=dt.date(2024, 5, 20)).events
        assert [18] == [h.count for h in event.headcounts]

    def test_a_campaign_total_stays_out(self) -> None:
        """A count the campaign gathered over its rounds, not sent on to a final, stays out."""
        page = "5月10日,某县职工演讲比赛决赛举行。自3月比赛开展以来,累计1200余名职工参与。"
        (event,) = extract_text(page, published=dt.date(2024, 5, 20)).events
        assert [] == [h.count for h in event.headcounts]

    def test_the_final_is_only_looked_for_when_the_count_may_be_dropped(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Those who actually came stand whatever follows: no final round is searched for."""

        class _Unused:
            def match(self, *_: object) -> None:
                raise AssertionError("searched for a final round")

        monkeypatch.setattr(headcounts, "_ADVANCED_AFTER", _Unused())
        counts = find_headcounts("会议实到委员25人。", taking_part=True)
        assert [25] == [c.count for c in counts if c.actual]


class TestGatheredBeside:
    @pytest.mark.parametrize(
        "page",
        [
            pytest.param("某市召开区域合作会议,六位副市长与市政团队齐聚一堂,共商合作。", id="yu"),
            pytest.param("某区召开报告会,40余名道德模范代表及参赛选手齐聚一堂。", id="qi-ju"),
        ],
    )
    def test_one_group_gathered_beside_another_is_a_part(self, page: str) -> None:
        """N名A与/及B齐聚: the count covers one group of those gathered (19a)."""
        assert [] == _chosen(page)

    def test_one_group_gathered_alone_counts(self) -> None:
        """With no group beside it, those gathered are the headcount."""
        assert [52] == _chosen("某村召开党员大会,52名党员齐聚一堂。")


class TestListedBeside:
    @pytest.mark.parametrize(
        "page",
        [
            pytest.param("某镇植树,近60名党员、预备党员,以及巾帼志愿者参加。", id="yi-ji"),
            pytest.param("某社区举办重阳联欢,30余位老人及志愿者共同参与了活动。", id="bare-ji"),
            pytest.param("某街道召开座谈会,50名居民代表以及志愿者参加。", id="yi-ji-bare"),
        ],
    )
    def test_a_group_beside_an_unnumbered_one_is_a_part(self, page: str) -> None:
        """N名A(、B),以及C参加: the count covers the first group only (19a)."""
        assert [] == _chosen(page)

    @pytest.mark.parametrize(
        ("page", "expected"),
        [
            pytest.param("某镇召开人代会,59名代表及38名列席人员共97人参加会议。", [97], id="total"),
            pytest.param("某区召开年会,80名委员及特邀嘉宾出席会议。", [80], id="guests"),
            pytest.param("某镇召开大会,120名党员、群众参加会议。", [120], id="own-kinds"),
        ],
    )
    def test_a_numbered_group_or_guests_beside_it_is_no_part(
        self, page: str, expected: list[int]
    ) -> None:
        """A numbered second group, guests or the count's own kinds leave it whole."""
        assert expected == _chosen(page)


class TestGroupSize:
    @pytest.mark.parametrize(
        "page",
        [
            "某镇组织党员志愿者120余人参加植树,大家三五人一组,分工协作。",
            "某镇组织干部120余人参加植树,十人一队分片清扫。",
            "某镇组织干部120余人参加植树,五人一组,扶正树苗。",
        ],
    )
    def test_the_size_of_each_group_is_no_count(self, page: str) -> None:
        """三五人一组 tells how a crowd worked, not a group beside it."""
        assert [120] == _chosen(page)


class TestLedBody:
    @pytest.mark.parametrize(
        "page",
        [
            pytest.param("某委员工作室揭牌。工作室设领衔委员1名,参与委员8名。", id="posts"),
            pytest.param("某工作室揭牌。工作室由某委员领衔,12名委员共同参与。", id="led"),
        ],
    )
    def test_the_members_of_a_led_body_are_no_turnout(self, page: str) -> None:
        """领衔…N名委员参与: the body's make-up, not those at the event (19d)."""
        assert [] == _chosen(page)

    def test_a_meeting_on_a_led_case_still_counts(self) -> None:
        """领衔督办 is a leader's oversight: the meeting's turnout stands."""
        assert [30] == _chosen("主席领衔督办的提案协商会召开,30余名委员参加。")


class TestSubjectSetOff:
    @pytest.mark.parametrize(
        ("page", "expected"),
        [
            pytest.param(
                "某镇人代会召开。\n全镇各村的60名人大代表,肩负重托,齐聚一堂。", 60, id="described"
            ),
            pytest.param(
                "某集团启动健步走。\n机关和各单位近150名同事,齐聚公园。", 150, id="bodies"
            ),
            pytest.param("某镇召开大会。\n80名党员,参加了会议。", 80, id="bare"),
        ],
    )
    def test_people_closing_their_clause_attend_in_the_next(self, page: str, expected: int) -> None:
        """N名代表,…,齐聚一堂: the verb after the comma is the count's own."""
        assert [expected] == _chosen(page)

    @pytest.mark.parametrize(
        "page",
        [
            pytest.param("某镇召开会议。\n会议表彰30名先进职工,其家属参加颁奖。", id="object"),
            pytest.param("某镇召开会议。\n镇干部、村干部和30名群众,齐聚一堂。", id="list"),
        ],
    )
    def test_an_object_or_a_listed_group_is_not_tied(self, page: str) -> None:
        """A verb before the count takes it as its object; a list makes it a part."""
        assert [] == _chosen(page)


class TestPlaceAfterAGroup:
    def test_the_people_of_a_place_after_another_group_are_a_part(self) -> None:
        """…单位领导、职工以及社区200余名居民: one more item of the list (19a)."""
        page = "某社区举办中秋晚会,共建单位领导、职工以及社区200余名居民欢聚一堂。"
        assert [] == _chosen(page)

    def test_leaders_before_the_place_make_no_part(self) -> None:
        """市领导及各村100名代表: the leaders lead those counted (19a)."""
        assert [100] == _chosen("某镇召开大会,县领导及各村100名代表参加会议。")

    def test_people_from_a_list_of_places_stay_whole(self) -> None:
        """甲镇、乙乡和丙村100名带头人: the places are where the 100 come from."""
        assert [100] == _chosen("某县举办培训,甲镇、乙乡和丙村100名致富带头人参加开班仪式。")


class TestTeamsBeforeTheirPeople:
    @pytest.mark.parametrize(
        ("page", "expected"),
        [
            pytest.param("某县运动会开幕,共有12个代表队、300多名运动员参加。", 300, id="teams"),
            pytest.param("某县运动会开幕,全县20个代表团、800名运动员参赛。", 800, id="delegations"),
        ],
    )
    def test_people_after_a_count_of_their_teams_are_whole(self, page: str, expected: int) -> None:
        """N个代表队、M名运动员: the teams are made of the people, no group beside them."""
        assert [expected] == _chosen(page)

    def test_an_unnumbered_list_item_before_still_makes_a_part(self) -> None:
        """各单位、80名干部: an item with no number before the count keeps it a part (19a)."""
        assert [] == _chosen("某县召开会议,县直各单位、80名干部参加。")


class TestBloodDonors:
    @pytest.mark.parametrize(
        "page",
        [
            pytest.param("某县组织无偿献血活动。据统计,当日机关干部共有90人成功献血。", id="body"),
            pytest.param("某县举行献血日宣传活动,现场有90名志愿者无偿献血。", id="lead"),
        ],
    )
    def test_donors_took_part(self, page: str) -> None:
        """N人成功献血: those who gave blood took part in the blood drive."""
        assert [90] == _chosen(page)


class TestGuidedSubject:
    @pytest.mark.parametrize(
        ("page", "expected"),
        [
            pytest.param("某小学40名学生在老师的带领下到烈士陵园祭扫。", 40, id="teacher"),
            pytest.param("某镇60名职工在教练的指导下练习太极拳。", 60, id="coach"),
        ],
    )
    def test_a_short_guides_de_describes_no_one(self, page: str, expected: int) -> None:
        """N名学生在老师的带领下…: the 的 is the guide's, the people head the clause."""
        assert [expected] == _chosen(page)

    def test_a_named_leader_is_no_short_guide(self) -> None:
        """在某镇党委书记某某的带领下: a longer guide leaves the 的-rule as it was."""
        assert [] == _chosen("某镇50名干部在某镇党委书记王某某的带领下到某村考察。")


class TestNumberOfAll:
    @pytest.mark.parametrize(
        ("page", "expected"),
        [
            pytest.param("某区举行元旦长跑,各单位组成方队参加,总人数达800余人。", 800, id="total"),
            pytest.param("某镇开展献血活动。据统计,参加献血的总人数为65人。", 65, id="total-is"),
            pytest.param("某乡举办培训班,参训人数为45人。", 45, id="trainees-are"),
        ],
    )
    def test_the_number_of_all_is_tied(self, page: str, expected: int) -> None:
        """总人数达N人, 参加…的总人数为N人: the number of all who took part (为 is "is")."""
        assert [expected] == _chosen(page)

    def test_those_who_signed_up_are_not(self) -> None:
        """报名总人数为N人: those registered, not those who came."""
        assert [] == _chosen("某县召开考务会议。今年全县报名总人数为2300人。")


class TestStruck:
    @pytest.mark.parametrize(
        "page",
        [
            pytest.param("某镇一处厂房坍塌,6名工人受伤。", id="injured"),
            pytest.param("某养老院报告流感病例,共7名长者不适。", id="taken-ill"),
        ],
    )
    def test_those_an_accident_struck_did_not_take_part(self, page: str) -> None:
        """N名工人受伤, N名长者不适: what befell them is no act of theirs."""
        assert [] == _chosen(page)


class TestLedParty:
    @pytest.mark.parametrize(
        "page",
        [
            pytest.param("某局局长王某率班子成员及科室负责人等15人,来我镇调研。", id="closed-list"),
            pytest.param("某县副县长李某率领农业局局长张某等八位考察人员至某市参观。", id="to"),
            pytest.param("某县组织农技干部12人,由副县长赵某率领赴外省学习。", id="led-after"),
        ],
    )
    def test_a_leaders_own_party_is_no_headcount(self, page: str) -> None:
        """率…等N人,来我区调研, N人由某某率领赴…: the leader's party (19f, 24c)."""
        assert [] == _chosen(page)

    @pytest.mark.parametrize(
        ("page", "expected"),
        [
            pytest.param("某县县长率各部门负责人等50余人参加会议。", 50, id="a-meeting-at-home"),
            pytest.param("某镇率先组织干部等30余人到某村植树。", 30, id="first"),
        ],
    )
    def test_no_trip_or_no_leader_keeps_the_count(self, page: str, expected: int) -> None:
        """率…等N人参加会议 travels nowhere; 率先 leads no one."""
        assert [expected] == _chosen(page)


class TestWatchersAndSpeakers:
    @pytest.mark.parametrize(
        ("page", "expected"),
        [
            pytest.param("某镇举行龙舟开光仪式,各村乡亲近百人观礼。", 100, id="ceremony"),
            pytest.param("某中学举办摄影展,全校1500多位师生进行了观展。", 1500, id="exhibition"),
        ],
    )
    def test_those_who_watch_a_ceremony_or_a_show_took_part(self, page: str, expected: int) -> None:
        """N人观礼, N位师生观展: the audience of a ceremony or an exhibition."""
        assert [expected] == _chosen(page)

    @pytest.mark.parametrize(
        "page",
        [
            pytest.param(
                "某镇召开述职评议会,12名县镇人大代表向选区选民报告履职情况。",
                id="report-to-voters",
            ),
            pytest.param("某县议会开会,由甲、乙、丙等六位议员联合质询。", id="interpellation"),
        ],
    )
    def test_speakers_are_a_part(self, page: str) -> None:
        """N名代表向选民报告履职情况, N位议员质询: those who speak, a part (19a)."""
        assert [] == _chosen(page)


class TestNamedByVoteOrAward:
    @pytest.mark.parametrize(
        "page",
        [
            pytest.param("某县召开人代会,选举25人组成县人民委员会。", id="elected-to-a-body"),
            pytest.param(
                "某县党代会召开主席团会议,通过了由王某等15人组成的常务委员会委员名单。",
                id="a-name-list",
            ),
            pytest.param("某市召开表彰大会,授予李某等12名干部“优秀公务员”称号。", id="awarded"),
        ],
    )
    def test_those_a_vote_or_an_award_names_did_not_take_part(self, page: str) -> None:
        """选举N人组成…, 由…等N人组成的…名单, 授予…等N名: named, honoured (19c, 19d)."""
        assert [] == _chosen(page)


class TestYetToCome:
    @pytest.mark.parametrize(
        "page",
        [
            pytest.param("某县恳谈会拟于下月召开,将邀请200余名乡贤代表参加。", id="invited"),
            pytest.param("某县征兵工作启动,将有300余名青年前来报到。", id="will-come"),
        ],
    )
    def test_those_who_will_come_did_not_yet(self, page: str) -> None:
        """将邀请N名…参加, 将有N名…前来: those expected, not those who came."""
        assert [] == _chosen(page)

    def test_the_field_of_an_earlier_round_did_not_come(self) -> None:
        """N名选手参加初赛: those of an earlier round, not this event's (19d)."""
        assert [] == _chosen("某县演讲比赛决赛举行。此前共有60名选手参加初赛。")
