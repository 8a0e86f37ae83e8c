"""Names and titles, and the roles and lists read with them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract import _people
from timeline.extract._lexicon import TITLE_ENDINGS
from timeline.extract._namelists import parse_people
from timeline.extract._people import is_name, split_title_name, strip_glosses
from timeline.extract._roles import sentence_roles
from timeline.extract._text import simplify
from timeline.model import Role


class TestNames:
    @pytest.mark.parametrize("name", ["乔耸", "李晓雷", "欧阳明远", "于珊"])
    def test_names(self, name: str) -> None:
        """Surname plus one or two characters (or a compound surname) is a name."""
        assert is_name(name)

    def test_given_name_dawei(self) -> None:
        """大为 is a given name after a surname, the adverb (greatly) after anything else."""
        assert is_name("李大为")
        assert ("副县长", "李大为") == split_title_name("副县长李大为")
        assert not is_name("人大为")

    def test_given_name_ending_in_jun(self) -> None:
        """A three-character name may end in 均; the adverb 均 never closes a longer run."""
        assert is_name("李光均")
        assert ("县长", "李光均") == split_title_name("县长李光均")
        assert not is_name("李均")
        assert not is_name("欧阳光均")
        assert not is_name("李明为")

    @pytest.mark.parametrize(
        "text",
        [
            "区农委",
            "书记",
            "区长",
            "李晓雷调",
            "街道",
            "王明在",
            "赵刚的",
            "孙建等",
            "乌审旗",
            "杭锦旗",
            "张红旗",  # a name too, but outside a credit a banner is likelier
            "马上",
        ],
    )
    def test_not_names(self, text: str) -> None:
        """Bodies, titles, places (a county-level 旗), adverbs and over-long pieces: no names."""
        assert not is_name(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("代区长王文博", ("代区长", "王文博"), id="acting"),
            pytest.param("区领导于珊", ("区领导", "于珊"), id="two-char-name"),
            pytest.param("区人大党组副书记吴明勇", ("区人大党组副书记", "吴明勇"), id="long-title"),
            pytest.param("正式代表候选人李利军", ("正式代表候选人", "李利军"), id="candidate"),
            pytest.param("区(qū)长金雨", ("区(qū)长", "金雨"), id="reading-in-title"),
            pytest.param(
                "县委常委、副县长(zhǎng)马小文",
                ("县委常委、副县长(zhǎng)", "马小文"),
                id="reading-before-name",
            ),
            pytest.param(
                "党组书记、主任陈卫(wèi)明", ("党组书记、主任", "陈卫(wèi)明"), id="reading-in-name"
            ),
            # Each of the three dots a page may print joins a minority name.
            pytest.param("区委书记阿不都·热合曼", ("区委书记", "阿不都·热合曼"), id="middle-dot"),
            pytest.param("副县长买买提•吐尔逊", ("副县长", "买买提•吐尔逊"), id="bullet-dot"),
            pytest.param("镇长阿依古丽・艾力", ("镇长", "阿依古丽・艾力"), id="katakana-dot"),
            # The head of a command post is its 指挥长, a deputy or chief one too.
            pytest.param(
                "防汛指挥部副总指挥长王文博", ("防汛指挥部副总指挥长", "王文博"), id="command"
            ),
        ],
    )
    def test_split_title_name(self, text: str, expected: tuple[str, str]) -> None:
        """The name is never cut to fit a word."""
        assert expected == split_title_name(text)


class TestNameBoundaries:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            pytest.param(
                "在区长赵刚的陪同下,县委书记王明到东湖村调研。",
                [("赵刚", "区长"), ("王明", "县委书记")],
                id="de-not-swallowed",
            ),
            pytest.param(
                "县委书记孙建平等到东湖村调研。", [("孙建平", "县委书记")], id="deng-not-swallowed"
            ),
            pytest.param(
                "区委书记鄂永强到东湖村调研。", [("鄂永强", "区委书记")], id="surname-outside-table"
            ),
            pytest.param(
                "县长艾克白尔•阿不都到东湖村调研。", [("艾克白尔•阿不都", "县长")], id="bullet-dot"
            ),
            pytest.param(
                "区委书记阿不都·热合曼到东湖村调研。",
                [("阿不都·热合曼", "区委书记")],
                id="middle-dot",
            ),
            pytest.param(
                "市委常委、常务副市长欧阳明远到东湖村调研。",
                [("欧阳明远", "市委常委、常务副市长")],
                id="four-characters",
            ),
            pytest.param("区长于珊到东湖村调研。", [("于珊", "区长")], id="two-characters"),
            pytest.param(
                "区长王明和副区长赵刚到东湖村调研。",
                [("王明", "区长"), ("赵刚", "副区长")],
                id="joined-by-he",
            ),
            pytest.param("区长王和平到东湖村调研。", [("王和平", "区长")], id="he-inside-a-name"),
            pytest.param(
                "县长王明在全县经济工作会议上讲话。", [("王明", "县长")], id="speech-at-meeting"
            ),
        ],
    )
    def test_whole_names(self, sentence: str, expected: list[tuple[str, str]]) -> None:
        """A name is the person's name only: never the next word, never cut short."""
        assert expected == [(m.name, m.title) for m in sentence_roles(sentence, 0)]


class TestTitleJunk:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            pytest.param(
                "新山2018年第17 期235镇长孙海指出,要压实责任。", ("孙海", "镇长"), id="digits"
            ),
            pytest.param("区(qū)长王明主持会议。", ("王明", "区(qū)长"), id="readings-stay"),
        ],
    )
    def test_layout_junk_is_no_title(self, sentence: str, expected: tuple[str, str]) -> None:
        """Letters, digits and spaces glued before a title are dropped; readings are not."""
        (mention,) = sentence_roles(sentence, 0)
        assert expected == (mention.name, mention.title)

    @pytest.mark.parametrize("sentence", ["村组干部认识不到位。", "重点人员管控不到位。"])
    def test_no_name_ends_in_a_negation(self, sentence: str) -> None:
        """``认识不到位`` names nobody."""
        assert [] == sentence_roles(sentence, 0)


class TestTitles:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            pytest.param(
                "东城区委副书记、区长陈立新主持会议。",
                ("陈立新", "东城区委副书记、区长"),
                id="district",
            ),
            pytest.param(
                "南湖区区委书记周红出席会议。", ("周红", "南湖区区委书记"), id="district-twice"
            ),
            pytest.param(
                "该县县委副书记、县长马力主持会议。",
                ("马力", "该县县委副书记、县长"),
                id="this-county",
            ),
            pytest.param(
                "市委常委、常务副市长邓平出席会议。", ("邓平", "市委常委、常务副市长"), id="city"
            ),
        ],
    )
    def test_title_as_printed(self, sentence: str, expected: tuple[str, str]) -> None:
        """A title keeps the place that opens it, exactly as printed."""
        (mention,) = sentence_roles(sentence, 0)
        assert expected == (mention.name, mention.title)


class TestReadings:
    def test_titles_keep_readings(self) -> None:
        """Roles read past readings; titles keep them, spans point at the printed name."""
        sentence = "会(huì)议由区(qū)长王明主持。"
        (mention,) = sentence_roles(sentence, 10)
        assert ("王明", "区(qū)长") == (mention.name, mention.title)
        assert "王明" == sentence[mention.span[0] - 10 : mention.span[1] - 10]

    def test_reading_is_no_part_of_a_name(self) -> None:
        """A name printed with a reading inside is still a name; stripped, it is its characters."""
        assert is_name("陈卫(wèi)明")
        assert "陈卫明" == strip_glosses("陈卫(wèi)明")


class TestLists:
    def test_unknown_surname_after_a_named_person(self) -> None:
        """A three-character name outside the surname table is read after a named one in a list."""
        people = parse_people("区政协副主席刘斌、戢建中")
        assert people is not None
        assert [("刘斌", "区政协副主席"), ("戢建中", "区政协副主席")] == [
            (p.name, p.title) for p in people
        ]

    @pytest.mark.parametrize(("text", "expected"), [("李秉记", True), ("李书记", False)])
    def test_a_name_ending_in_ji(self, text: str, expected: bool) -> None:  # noqa: FBT001
        """记 may end a name, but not 书记: that is a post."""
        assert expected == is_name(text)

    @pytest.mark.parametrize("text", ["劳动者", "服务总监袁", "连日来", "濮阳网讯"])
    def test_not_names(self, text: str) -> None:
        """A word ending in 者 or 讯, a time adverb, a post and a cut name: no names."""
        assert not is_name(text)
        assert parse_people(f"主任刘斌、{text}") is None

    def test_a_verb_ending_in_a_post_character_is_no_title(self) -> None:
        """``作动员讲话时``: 员 closes 动员, a verb; no name with an unknown surname follows it."""
        assert split_title_name("李红作动员讲话时") is None

    @pytest.mark.parametrize("text", ["副县长赴青山", "河长制工作", "镇长作部署"])
    def test_no_unknown_surname_from_a_verb(self, text: str) -> None:
        """A verb and what it does after a title (赴…, …制工作) is no name outside the table."""
        assert split_title_name(text) is None

    def test_unknown_surname_after_a_title(self) -> None:
        """A three-character name outside the surname table is still read after a whole title."""
        assert ("区委书记", "鄂永强") == split_title_name("区委书记鄂永强")

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("海关关长额尔敦巴根", [("额尔敦巴根", "海关关长")]),
            ("副旗长达布希拉图、旗长助理孙丽", [("达布希拉图", "副旗长"), ("孙丽", "旗长助理")]),
            ("旗长达布希拉图", [("达布希拉图", "旗长")]),  # a post is an office on its own
            ("县长额尔敦巴根", [("额尔敦巴根", "县长")]),
            ("副旗长巴特尔其木格", []),  # six characters: not read
        ],
    )
    def test_five_character_names(self, text: str, expected: list[tuple[str, str]]) -> None:
        """A five-character minority name without its dot is read after a post."""
        people = parse_people(text)
        assert expected == ([(p.name, p.title) for p in people] if people else [])

    @pytest.mark.parametrize(
        "text", ["书记观摩赛如期", "落实领导分片包干制", "“青年讲堂”暨书记演讲赛如期"]
    )
    def test_no_five_character_name_after_a_bare_post(self, text: str) -> None:
        """A bare post, 领导 or a quoted event's name opens compounds, not long names."""
        assert split_title_name(text) is None

    @pytest.mark.parametrize("text", ["在教师节来临之际", "值此护士节到来之际", "在教师节前夕"])
    def test_no_five_character_name_from_an_occasion(self, text: str) -> None:
        """An occasion's time words (之际, 来临, 前夕) after a post-like word are no name."""
        assert split_title_name(text) is None

    @pytest.mark.parametrize("text", ["主任李华作总结", "县长艾克海致辞", "副县长王明考察青山"])
    def test_no_five_character_name_from_a_verb(self, text: str) -> None:
        """A shorter name and what it did is no five-character name."""
        people = parse_people(text)
        assert people is None or all(len(p.name) < 5 for p in people)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("农场场长王明", ("农场场长", "王明")),
            ("驻港总领事李华", ("驻港总领事", "李华")),
            ("武警中队教导员赵刚", ("武警中队教导员", "赵刚")),
            ("电视台台长孙丽", ("电视台台长", "孙丽")),
        ],
    )
    def test_heads_of_units(self, text: str, expected: tuple[str, str]) -> None:
        """Heads of a works, a station, a unit or a consulate are titles."""
        assert expected == split_title_name(text)

    @pytest.mark.parametrize("text", ["王明当天", "王明随即", "李华随后", "王明最后"])
    def test_no_married_name_from_a_time(self, text: str) -> None:
        """Two surnames then a time or an adverb make no four-character name."""
        assert not is_name(text)

    def test_name_ending_in_she(self) -> None:
        """A three-character name may end in 社, a body's name may not."""
        assert is_name("马玉社")
        assert not is_name("王合作社")
        assert not is_name("文学社")


class TestRoles:
    def _roles(self, sentence: str) -> list[tuple[str, Role]]:
        return [(m.name, m.role) for m in sentence_roles(sentence, 0)]

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            pytest.param(
                "区领导于珊、邵春雨陪同调研。",
                [("于珊", Role.ACCOMPANIES), ("邵春雨", Role.ACCOMPANIES)],
                id="accompany",
            ),
            pytest.param("区委书记乔耸主持会议。", [("乔耸", Role.LEADS)], id="chair"),
            pytest.param("区长李晓雷出席会议并讲话。", [("李晓雷", Role.LEADS)], id="attend-speak"),
            pytest.param(
                "会议由区委常委、常务副区长阳勇主持。",
                [("阳勇", Role.LEADS)],
                id="chaired-by",
            ),
            pytest.param(
                "会议邀请市委党校教授孙建平作专题辅导报告。",
                [("孙建平", Role.SPEAKS)],
                id="lecturer-does-not-lead",
            ),
            pytest.param(
                "区委书记王明在会上作重要讲话。", [("王明", Role.LEADS)], id="speech-leads"
            ),
            pytest.param("区委常委刘洋发言。", [("刘洋", Role.SPEAKS)], id="remarks-speak"),
            pytest.param(
                "市人大常委会副主任丁强率检查组来我区检查。", [("丁强", Role.LEADS)], id="lv"
            ),
            pytest.param(
                "区人大常委会主任魏明参加并主持活动。", [("魏明", Role.LEADS)], id="attend-chair"
            ),
            pytest.param(
                "区委常委、常务副区长陈勇指出,要压实责任。", [("陈勇", Role.LEADS)], id="points-out"
            ),
            pytest.param(
                "启动仪式上,县委常委、宣传部长张丽致辞。", [("张丽", Role.LEADS)], id="at-ceremony"
            ),
            pytest.param(
                "活动以市政协副主席周明为团长,共分两个视察团进行。",
                [("周明", Role.LEADS)],
                id="head-of-delegation",
            ),
            pytest.param(
                "副省长王红2月14日下午深入超市检查。", [("王红", Role.LEADS)], id="date-after-name"
            ),
            pytest.param(
                "镇长刘江代表党委、政府作了动员讲话。", [("刘江", Role.LEADS)], id="on-behalf-of"
            ),
            pytest.param(
                "镇党委书记师敬文、镇长王少东陪同。",
                [("师敬文", Role.ACCOMPANIES), ("王少东", Role.ACCOMPANIES)],
                id="surname-like-a-title-ending",
            ),
            pytest.param(
                "市领导黄细明、 罗群英到现场观摩。",
                [("黄细明", Role.LEADS), ("罗群英", Role.LEADS)],
                id="space-after-dunhao",
            ),
            pytest.param("镇党委书记段明致欢迎词。", [("段明", Role.LEADS)], id="welcome-speech"),
            pytest.param("副市长王东走访慰问困难群众。", [("王东", Role.LEADS)], id="visits"),
            pytest.param("会议由指挥官杨振宇主持。", [("杨振宇", Role.LEADS)], id="commander"),
            pytest.param("由议长吴秀主持。", [("吴秀", Role.LEADS)], id="speaker-of-council"),
            pytest.param(
                "行政长官李家(中)在民政局局长麦美(右一)和劳工局局长孙玉(右二)陪同下探访居民。",
                [("麦美", Role.ACCOMPANIES), ("孙玉", Role.ACCOMPANIES), ("李家", Role.LEADS)],
                id="photo-positions-in-a-list",
            ),
            pytest.param(
                "民革省委主委谷振,省委统战部副部长郭川,副主委薛坤和民革党员专家、企业家陪同调研。",
                [
                    ("谷振", Role.ACCOMPANIES),
                    ("郭川", Role.ACCOMPANIES),
                    ("薛坤", Role.ACCOMPANIES),
                ],
                id="named-then-unnamed",
            ),
            pytest.param(
                "主任高雄在副主任石莲,县委书记钟洪,县委常委、县委办主任何伦的陪同下,到白沙镇检查。",
                [
                    ("石莲", Role.ACCOMPANIES),
                    ("钟洪", Role.ACCOMPANIES),
                    ("何伦", Role.ACCOMPANIES),
                    ("高雄", Role.LEADS),
                ],
                id="escort-groups-with-commas",
            ),
            pytest.param(
                "在建设处长邓子明、民政处长明良、县议员詹金、服务处主任钟怡、主任潘俊、"
                "富里乡长江东、代表会副主席何贵及各村里长等人陪同下,会勘修缮工程。",
                [
                    ("邓子明", Role.ACCOMPANIES),
                    ("明良", Role.ACCOMPANIES),
                    ("詹金", Role.ACCOMPANIES),
                    ("钟怡", Role.ACCOMPANIES),
                    ("潘俊", Role.ACCOMPANIES),
                    ("江东", Role.ACCOMPANIES),
                    ("何贵", Role.ACCOMPANIES),
                ],
                id="long-escort-closed-by-unnamed",
            ),
            pytest.param(
                "代表们在乡长陪同下来到桥仔村,村长陈丽陪同并介绍情况。",
                [("陈丽", Role.ACCOMPANIES)],
                id="escort-after-an-escort-clause",
            ),
            pytest.param(
                "市领导陈业,、赵建,、刘付娥等分别陪同。",
                [
                    ("陈业", Role.ACCOMPANIES),
                    ("赵建", Role.ACCOMPANIES),
                    ("刘付娥", Role.ACCOMPANIES),
                ],
                id="stray-comma-before-dunhao",
            ),
            pytest.param(
                "会(huì)议由区(qū)长王明主持,副区(qū)长赵红在会(huì)上讲话。",
                [("王明", Role.LEADS), ("赵红", Role.LEADS)],
                id="readings-skipped",
            ),
            pytest.param(
                "区委书记黄明主持召开区委常委会会议,区委副书记、区长周涛主持召开区政府常务会议。",
                [("黄明", Role.LEADS), ("周涛", Role.LEADS)],
                id="same-verb-twice",
            ),
            pytest.param("姜明中主任主持会议。", [("姜明中", Role.LEADS)], id="title-after-name"),
            pytest.param("嘉义县长陈明昨天来访。", [("陈明", Role.LEADS)], id="visit-yesterday"),
            pytest.param(
                "林健(中)在区专员冯雅陪同下探访长者。",
                [("冯雅", Role.ACCOMPANIES), ("林健", Role.LEADS)],
                id="photo-position",
            ),
            pytest.param(
                "市委副书记梁建在锦江酒店会见客商一行。", [("梁建", Role.LEADS)], id="receives"
            ),
            pytest.param(
                "民政事务总署署长张赵凯琳陪同。",
                [("张赵凯琳", Role.ACCOMPANIES)],
                id="married-name",
            ),
            pytest.param(
                "甘泉镇党委书记吴斌、党委副书记、镇长王芳分别带队深入企业走访。",
                [("吴斌", Role.LEADS), ("王芳", Role.LEADS)],
                id="title-list-after-a-name",
            ),
            pytest.param(
                "经投票选举,李红当选会长,张涛当选副会长。",
                [("李红", Role.ELECTED), ("张涛", Role.ELECTED)],
                id="elected",
            ),
            pytest.param(
                "在区人大补选办公室第四督导组的指导下,选举依法进行。",
                [("区人大补选办公室第四督导组", Role.GUIDES)],
                id="guides",
            ),
            pytest.param(
                "区委组织部组织科等有关负责同志对选手进行评分。",
                [("区委组织部组织科", Role.JUDGES)],
                id="judges",
            ),
            pytest.param(
                "活动现场,首先邀请了市宣讲团成员做专题宣讲。",
                [("市宣讲团", Role.SPEAKS)],
                id="speaks",
            ),
            pytest.param(
                "区委书记乔耸带领区发改委、区工信局等部门负责同志,深入企业调研。",
                [
                    ("乔耸", Role.LEADS),
                    ("区发改委", Role.ACCOMPANIES),
                    ("区工信局", Role.ACCOMPANIES),
                ],
                id="brought-along",
            ),
            pytest.param(
                "区法院、公安中原分局等单位负责人参加会议。",
                [("区法院", Role.TAKES_PART), ("公安中原分局", Role.TAKES_PART)],
                id="deng-danwei",
            ),
            pytest.param(
                "区委副书记杜建强等区委常委出席会议。",
                [("杜建强", Role.TAKES_PART)],
                id="deng-group",
            ),
            pytest.param("会议强调,要提高站位。", [], id="nothing"),
            pytest.param("共50余人参加活动。", [], id="counted-not-named"),
        ],
    )
    def test_sentence_roles(self, sentence: str, expected: list[tuple[str, Role]]) -> None:
        """Verbs give roles to whoever the clause before them names."""
        assert expected == self._roles(sentence)


class TestWholeNames:
    def test_names_before_verbs_and_after_titles(self) -> None:
        """``张光强调研`` gives 张光强 (not 张光 + 强调), ``代区长王文博`` gives 王文博."""
        import datetime as dt  # noqa: PLC0415 - only this test needs dates

        from timeline.extract import extract_text  # noqa: PLC0415 - the pipeline under test

        page = "标题\n\n本报讯 6月1日,副区长张光强调研防汛工作。代区长王文博,区领导王强陪同。"
        (event,) = extract_text(page, published=dt.date(2020, 6, 3)).events
        assert "调研防汛工作" == event.title
        assert [
            ("张光强", "副区长", Role.LEADS),
            ("王文博", "代区长", Role.ACCOMPANIES),
            ("王强", "区领导", Role.ACCOMPANIES),
        ] == [(p.person.name, p.person.title, p.role) for p in event.participants]


class TestLeadOutranks:
    def test_attendee_who_speaks_leads(self) -> None:
        """Whoever 出席s and later gives the speech leads, with the title printed there."""
        import datetime as dt  # noqa: PLC0415 - only this test needs dates

        from timeline.extract import extract_text  # noqa: PLC0415 - the pipeline under test

        page = (
            "标题\n\n本报讯 6月1日,全区安全生产工作会议召开。区领导李红、赵强出席会议。"
            "区委副书记、代区长李红指出,要压实责任。"
        )
        (event,) = extract_text(page, published=dt.date(2020, 6, 3)).events
        assert [
            ("李红", "区委副书记、代区长", Role.LEADS),
            ("赵强", "区领导", Role.TAKES_PART),
        ] == [(p.person.name, p.person.title, p.role) for p in event.participants]

    def test_bare_name_takes_later_title(self) -> None:
        """A person first named without a title takes the title printed later."""
        import datetime as dt  # noqa: PLC0415 - only this test needs dates

        from timeline.extract import extract_text  # noqa: PLC0415 - the pipeline under test

        page = (
            "标题\n\n本报讯 6月1日,李红到东湖村调研。副区长赵强、区委副书记李红陪同省调研组察看。"
        )
        (event,) = extract_text(page, published=dt.date(2020, 6, 3)).events
        assert ("李红", "区委副书记", Role.LEADS) == (
            event.participants[0].person.name,
            event.participants[0].person.title,
            event.participants[0].role,
        )


class TestLeadSentence:
    @pytest.mark.parametrize(
        ("page", "expected"),
        [
            pytest.param(
                "受市委书记王刚委托,市委副书记李明到东湖村调研。区领导王强、赵红等陪同。",
                [
                    ("李明", "市委副书记", Role.LEADS),
                    ("王强", "区领导", Role.ACCOMPANIES),
                    ("赵红", "区领导", Role.ACCOMPANIES),
                ],
                id="on-behalf-of-the-delegate-leads",
            ),
            pytest.param(
                "区委书记王强、区长赵红到东湖村调研。",
                [("王强", "区委书记", Role.LEADS), ("赵红", "区长", Role.LEADS)],
                id="co-leads",
            ),
        ],
    )
    def test_lead_sentence(self, page: str, expected: list[tuple[str, str, Role]]) -> None:
        """The delegate leads (not who sent them); co-subjects all lead; 等陪同 accompany."""
        import datetime as dt  # noqa: PLC0415 - only this test needs dates

        from timeline.extract import extract_text  # noqa: PLC0415 - the pipeline under test

        text = "标题\n\n本报讯 6月1日," + page
        (event,) = extract_text(text, published=dt.date(2020, 6, 3)).events
        assert expected == [(p.person.name, p.person.title, p.role) for p in event.participants]

    def test_bare_subject_takes_title_printed_elsewhere(self) -> None:
        """A subject named bare in the lead takes the title printed before the name later."""
        import datetime as dt  # noqa: PLC0415 - only this test needs dates

        from timeline.extract import extract_text  # noqa: PLC0415 - the pipeline under test

        page = "标题\n\n本报讯 6月1日,夏宝到东湖村调研。国务院港澳办主任夏宝表示,此行收获很大。"
        (event,) = extract_text(page, published=dt.date(2020, 6, 3)).events
        assert [("夏宝", "国务院港澳办主任")] == [
            (p.person.name, p.person.title) for p in event.participants
        ]


class TestTitleShapes:
    @pytest.mark.parametrize(
        ("phrase", "expected"),
        [
            pytest.param("行政长官李家明", [("行政长官", "李家明")], id="chief-executive"),
            pytest.param("特首李家明", [("特首", "李家明")], id="chief-executive-short"),
            pytest.param("房屋局局长何永明", [("房屋局局长", "何永明")], id="bureau"),
            pytest.param("立委陈雪明", [("立委", "陈雪明")], id="legislator"),
            pytest.param("青山乡长江东成", [("青山乡长", "江东成")], id="township-head"),
            pytest.param("里长洪柏明", [("里长", "洪柏明")], id="borough-chief"),
            pytest.param(
                "油尖旺民政事务专员李家维",
                [("油尖旺民政事务专员", "李家维")],
                id="district-officer",
            ),
            pytest.param(
                "该县县委副书记、县长王刚", [("该县县委副书记、县长", "王刚")], id="that-county"
            ),
            pytest.param(
                "市政协党组书记、主席李耿明",
                [("市政协党组书记、主席", "李耿明")],
                id="party-and-office",
            ),
            pytest.param("省妇联副巡视员李凤明", [("省妇联副巡视员", "李凤明")], id="inspector"),
            pytest.param("市委办二级调研员张华", [("市委办二级调研员", "张华")], id="researcher"),
            pytest.param("区长洪萍", [("区长", "洪萍")], id="surname-hong"),
            pytest.param(
                "州委常委、州政府常务副州长邹子卿",
                [("州委常委、州政府常务副州长", "邹子卿")],
                id="prefecture",
            ),
            pytest.param("龚玉婵副主席", [("", "龚玉婵")], id="title-after-the-name"),
            pytest.param(
                "镇党委副书记、镇长、河长董晓杭",
                [("镇党委副书记、镇长、河长", "董晓杭")],
                id="river-chief",
            ),
            pytest.param("镇长龔文俊", [("镇长", "龔文俊")], id="traditional-surname"),
            pytest.param("镇长欧阳海", [("镇长", "欧阳海")], id="compound-surname"),
            pytest.param(
                "青山公司、白云集团董事户海印",
                [("青山公司、白云集团董事", "户海印")],
                id="post-of-two-bodies",
            ),
            pytest.param(
                "区议会主席潘国华及署长谢小华",
                [("区议会主席", "潘国华"), ("署长", "谢小华")],
                id="ji-between-people",
            ),
            pytest.param(
                "民政及青年事务局局长麦小娟",
                [("民政及青年事务局局长", "麦小娟")],
                id="ji-inside-a-body",
            ),
        ],
    )
    def test_titles_and_names(self, phrase: str, expected: list[tuple[str, str]]) -> None:
        """Each printed title shape, exactly as printed, and the whole name after it."""
        people = parse_people(phrase)
        assert people is not None
        assert expected == [(p.title, p.name) for p in people]

    @pytest.mark.parametrize(
        "phrase", ["关怀和", "强调要", "元月", "吴万德以", "高层要", "任务要", "余下共"]
    )
    def test_words_are_no_names(self, phrase: str) -> None:
        """A word with a name's shape, or a name with the next character, is no name."""
        assert not is_name(phrase)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("副县长王文科", ("副县长", "王文科"), id="ke"),
        pytest.param("县人大常委会主任李钦所", ("县人大常委会主任", "李钦所"), id="suo"),
    ],
)
def test_a_name_ending_like_an_office_after_a_whole_title(
    text: str, expected: tuple[str, str]
) -> None:
    """A whole title, then a surname and two characters ending like an office, is a person."""
    assert expected == split_title_name(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("县长王庄村", id="a-village"),
        pytest.param("县委书记处", id="an-office"),
    ],
)
def test_a_place_after_a_title_is_no_name(text: str) -> None:
    """A village or an office after a title does not read as a name."""
    assert split_title_name(text) is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("县机关干部群众共", id="a-count-follows"),
        pytest.param("镇党委书记王明受邀", id="invited"),
        pytest.param("镇长李强应邀", id="at-the-invitation"),
    ],
)
def test_a_name_never_swallows_the_word_after_it(text: str) -> None:
    """``…群众共30人``, ``X受邀参加``: a count's 共 or an invitation is no part of a name."""
    pair = split_title_name(text)
    assert pair is None or pair[1] in {"王明", "李强"}


def test_an_invited_official_is_read_without_the_invitation() -> None:
    """``X受邀参加…并致辞``: two surnames then 受邀/应邀 make no married name."""
    assert not is_name("王明受邀")
    assert not is_name("李强应邀")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("甲镇召开全镇干部大会,镇长王要主持会议。", [("镇长", "王要")], id="chairs"),
        pytest.param("镇党委书记王要出席并讲话。", [("镇党委书记", "王要")], id="attends"),
        pytest.param("副县长王要到甲村调研。", [("副县长", "王要")], id="goes"),
        pytest.param("镇领导班子要带头加强理论学习。", [], id="a-body-must"),
        pytest.param("镇领导班子要到一线调研。", [], id="a-body-must-go"),
    ],
)
def test_a_given_name_may_be_yao(sentence: str, expected: list[tuple[str, str]]) -> None:
    """
    ``镇长王要主持``: 要 after a lone surname is the given name (a surname is never a name alone).

    After two characters (领导班子要, 王明要求) it is the modal, or the verb's.
    """
    got = [(m.title, m.name) for m in sentence_roles(sentence, 0) if m.role is Role.LEADS]
    assert expected == got


def test_yao_ends_only_a_two_character_name() -> None:
    """A surname and 要 is a name; a name or a word before 要 leaves it out."""
    assert is_name("王要")
    assert not is_name("王明要")
    assert not is_name("班子要")
    assert not is_name("简要")


@pytest.mark.parametrize(
    ("phrase", "title"),
    [
        pytest.param("日喀则市领导张建华、李明", "日喀则市领导", id="city"),
        pytest.param("王渠则镇党委书记张建华", "王渠则镇党委书记", id="town"),
    ],
)
def test_ze_in_a_place_name_is_no_clause(phrase: str, title: str) -> None:
    """则 ends a place's name (日喀则市, 王渠则镇): the title holding it still reads."""
    people = parse_people(phrase)
    assert people is not None
    assert {title} == {p.title for p in people}


def test_ze_as_an_adverb_still_cuts() -> None:
    """局长X则与…: 则 after a name is the clause's adverb, no title."""
    assert parse_people("局长张建华则与专员李明") is None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        pytest.param(
            "县长次仁顿珠、副县长扎西",
            [("次仁顿珠", "县长"), ("扎西", "副县长")],
            id="four-and-two",
        ),
        pytest.param(
            "县人大主任拉巴确吉、副县长王明",
            [("拉巴确吉", "县人大主任"), ("王明", "副县长")],
            id="beside-a-han-name",
        ),
        pytest.param("副县长尕玛才旦", [("尕玛才旦", "副县长")], id="amdo-spelling"),
        pytest.param("自治区主席洛桑江村", [("洛桑江村", "自治区主席")], id="jiangcun-second"),
        pytest.param("副州长四郎扎西", [("四郎扎西", "副州长")], id="silang-first"),
    ],
)
def test_tibetan_names_without_a_surname(phrase: str, expected: list[tuple[str, str]]) -> None:
    """A Tibetan name is one or two of its usual parts, with no surname from the table."""
    people = parse_people(phrase)
    assert people is not None
    assert expected == [(p.name, p.title) for p in people]


@pytest.mark.parametrize("text", ["扎西村", "江村", "西扎", "四郎", "江村扎西", "扎西四郎"])
def test_tibetan_parts_are_no_name_with_other_words(text: str) -> None:
    """A part with a place's ending, or a word that is no part, is no name."""
    assert not is_name(text)


@pytest.mark.parametrize("phrase", ["宣传部长江明致辞", "副县长林文致词"])
def test_an_address_after_a_two_character_name_is_no_married_name(phrase: str) -> None:
    """Two surnames and 致辞 are a name and its address, not 江明致辞 (张赵凯渝 is a name)."""
    assert split_title_name(phrase) != (phrase[:-4], phrase[-4:])
    assert is_name("张赵凯渝")


def test_a_group_is_no_title_before_a_long_name() -> None:
    """镇村干部通过实地看: what a group did, not one person's five-character name."""
    assert split_title_name("镇村干部通过实地看") is None
    assert split_title_name("副县长达布希拉图") == ("副县长", "达布希拉图")


@pytest.mark.parametrize("phrase", ["副市长李强则区委书记张华", "市长李强则区长张华"])
def test_ze_after_a_titled_name_is_the_adverb_before_a_unit(phrase: str) -> None:
    """市长X则区长Y: 则 after a title's name is the adverb even before 区/市/镇, no place's end."""
    people = parse_people(phrase)
    assert people is None or not any("则" in p.title for p in people)


@pytest.mark.parametrize("name", ["次仁頓珠", "尼瑪", "嘎瑪", "堅贊", "瓊達", "紮西"])
def test_tibetan_names_in_traditional_script(name: str) -> None:
    """A mirror page's traditional parts (頓, 瑪, 贊, 瓊, 紮) read as their simplified forms."""
    assert is_name(simplify(name))


def test_a_married_name_may_hold_the_characters_of_an_address() -> None:
    """Only the word 致辞 after two surnames is an address: 张林致远 is a name."""
    assert is_name("张林致远")
    assert split_title_name("县长张林致远") == ("县长", "张林致远")


@pytest.mark.parametrize("text", ["王议长接着谈", "组长李建国总工程师"])
def test_a_surname_and_rank_or_a_post_tail_is_no_title_and_name(text: str) -> None:
    """王议长 refers to a person (no title); 工程师 is one post, never 总工 + 程师."""
    assert split_title_name(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区长王刚", ("区长", "王刚")),
        ("司长李明", ("司长", "李明")),
        ("镇党委书记师敬川", ("镇党委书记", "师敬川")),
    ],
)
def test_a_unit_before_a_rank_is_still_a_title(text: str, expected: tuple[str, str]) -> None:
    """区/司 open posts though they are surnames; a one-character post may be a surname."""
    assert expected == split_title_name(text)


class TestPlainLooks:
    """The plain looks before a pattern or the kept answers skip nothing it would find."""

    @given(st.text(alphabet="·•・.日0123456789长记王明区", max_size=12))
    def test_dotted_is_the_dot_class(self, text: str) -> None:
        """``_dotted`` answers as ``_DOT.search`` does."""
        assert _people._dotted(text) == (_people._DOT.search(text) is not None)

    @given(st.text(alphabet="日0123456789了则喀市长记王明", max_size=12))
    def test_day_gate(self, text: str) -> None:
        """No day without its 日: the look for it skips no match of ``_DAY``."""
        assert _people._DAY.search(text) is None or "日" in text

    @given(st.text(alphabet="长记任员席主书区县镇乡王明李·委局", max_size=10))
    def test_title_ending_as_before(self, text: str) -> None:
        """``title_ending`` gives the longest title ending, its last character looked at first."""
        expected = max((t for t in TITLE_ENDINGS if text.endswith(t)), key=len, default="")
        assert _people.title_ending(text) == expected

    @given(st.text(alphabet="长记任员席主书区县镇乡王明李·委局(", max_size=10))
    def test_split_gate_skips_no_split(self, text: str) -> None:
        """A text refused before the kept answers is one ``_split`` reads no name in."""
        gated = (
            "(" not in text
            and _people._ENDING_SIZES.keys().isdisjoint(text[-6:-2])
            and not _people._dotted(text)
        )
        if gated:
            assert _people._split(text) is None

    @given(st.text(alphabet="王李欧阳明远扎西次仁顿珠(wè)区长的", max_size=8))
    def test_name_length_gate(self, text: str) -> None:
        """A text refused by its length alone is no name."""
        if len(text) > _people._LONGEST_NAME and "(" not in text:
            assert not _people._is_name(text)


@pytest.mark.parametrize("title", ["县政协主席人选", "党委副书记、镇长提名人选"])
def test_a_posts_nominee_is_a_title(title: str) -> None:
    """``镇长提名人选X``: the nominee for a post is printed as a title before the name."""
    assert _people.is_title(title)
