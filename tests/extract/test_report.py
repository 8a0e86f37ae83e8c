"""One report's facts: its sentences and its lead sentence."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract import extract_text


class TestSentences:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "会上讲话.区委书记就此强调。", ["会上讲话.", "区委书记就此强调。"], id="latin-stop"
            ),
            pytest.param("共2.6万人参加。", ["共2.6万人参加。"], id="decimal"),
            pytest.param("登录www.example.cn查看。", ["登录www.example.cn查看。"], id="latin-word"),
            pytest.param("甲。乙!丙\n丁", ["甲。", "乙!", "丙\n", "丁"], id="chinese-stops"),
        ],
    )
    def test_sentence_ends(self, text: str, expected: list[str]) -> None:
        """A Latin full stop between Chinese characters ends a sentence; in a number it does not."""
        from timeline.extract._report import _sentences  # noqa: PLC0415 - private helper

        assert expected == [text[a:b] for a, b in _sentences(text)]


class TestLead:
    def test_lead_goes_on_after_an_opening_quotation(self) -> None:
        """A 。 inside the quotation a report opens with ends no lead: the act after it is read."""
        text = "“今年的茶叶卖得特别好。”6月3日上午,副县长王某某带队到某镇调研茶产业发展情况。\n"
        event = extract_text(text, published=dt.date(2020, 6, 5)).events[0]
        assert ("inspection",) == tuple(k.value for k in event.kinds)
        assert event.summary.endswith("调研茶产业发展情况。")

    def test_unclosed_quotation_keeps_the_first_stop(self) -> None:
        """A quotation never closed in the paragraph leaves the lead at its first 。."""
        from timeline.extract._report import _lead  # noqa: PLC0415 - private helper

        assert "“大家好。" == _lead("“大家好。今天我们开会\n下一段。")

    @pytest.mark.parametrize(
        ("text", "kinds", "summary"),
        [
            pytest.param(
                "为庆祝建党一百周年,重温党的奋斗历程,激发党员学习热情。"
                "6月3日上午,某某镇举办党史知识竞赛,镇党委书记王某某出席。\n",
                ("contest",),
                "某某镇举办党史知识竞赛,镇党委书记王某某出席。",
                id="contest",
            ),
            pytest.param(
                "为推进各项重点工作落地见效,营造比学赶超、争先创优的氛围。"
                "5月8日上午,某某镇组织开展重点工作集中观摩活动,镇长李某某参加。\n",
                ("observation",),
                "某某镇组织开展重点工作集中观摩活动,镇长李某某参加。",
                id="observation",
            ),
        ],
    )
    def test_a_purpose_sentence_gives_way_to_the_dated_one(
        self, text: str, kinds: tuple[str, ...], summary: str
    ) -> None:
        """A lead sentence telling only what for (为…。) gives way to the dated act after it."""
        event = extract_text(text, published=dt.date(2020, 6, 5)).events[0]
        assert kinds == tuple(k.value for k in event.kinds)
        assert summary == event.summary
        assert not event.title.startswith("为")

    def test_a_purpose_clause_inside_the_dated_sentence_stays(self) -> None:
        """A purpose clause that runs into the dated act (为…,6月3日,…) is the lead's own."""
        text = "为庆祝建党一百周年,6月3日上午,某某镇举办党史知识竞赛。\n"
        event = extract_text(text, published=dt.date(2020, 6, 5)).events[0]
        assert event.summary.startswith("为庆祝建党一百周年")
        assert ("contest",) == tuple(k.value for k in event.kinds)

    def test_a_purpose_sentence_naming_an_act_stays_the_lead(self) -> None:
        """为庆祝…,X开展…活动。 names the event itself: a dated sentence after it adds detail."""
        text = (
            "为庆祝儿童节,县妇联开展关爱留守儿童活动。"
            "6月1日,县妇联工作人员分别去甲小学、乙小学,为孩子们送去礼物。\n"
        )
        event = extract_text(text, published=dt.date(2020, 6, 5)).events[0]
        assert event.summary.startswith("为庆祝儿童节")

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "1月20日,在县第五届人民代表大会第三次会议召开前夕,"
                "大会组织人大代表对城区建设情况进行了视察。\n",
                id="before",
            ),
            pytest.param(
                "为听取代表意见,在县人代会召开前夕,大会组织代表视察城区建设。"
                "1月20日上午,代表们先后来到甲公园、乙社区。\n",
                id="after-a-purpose",
            ),
        ],
    )
    def test_an_occasion_clause_names_no_act(self, text: str) -> None:
        """在…召开前夕 tells what the event came before: its 会议召开 is no meeting held."""
        event = extract_text(text, published=dt.date(2020, 6, 5)).events[0]
        assert ("inspection",) == tuple(k.value for k in event.kinds)
        assert event.title.startswith("视察")
        assert event.summary.startswith(("在县", "为听取"))


class TestOccasion:
    @given(
        st.text(alphabet="在值此会议召开前夕之际到来,,。县甲乙", max_size=40),
    )
    def test_blanking_keeps_every_offset(self, text: str) -> None:
        """Occasion clauses become breaks of their own length: every offset still holds."""
        from timeline.extract._report import _occasion_blanked  # noqa: PLC0415 - private helper

        read = _occasion_blanked(text)
        assert len(text) == len(read)
        assert all(b in {a, ","} for a, b in zip(text, read, strict=True))

    def test_only_a_whole_clause_is_blanked(self) -> None:
        """A clause that goes on past its 前夕 (前夕开展…) tells an act and stays."""
        from timeline.extract._report import _occasion_blanked  # noqa: PLC0415 - private helper

        assert ",,,,,,,,,县人大视察。" == _occasion_blanked("在人代会召开前夕,县人大视察。")
        assert "在人代会召开前夕开展视察。" == _occasion_blanked("在人代会召开前夕开展视察。")

    @given(
        st.text(alphabet="在值此正会议召开前夕之际際到来,,;;。县甲乙", max_size=40),
    )
    def test_every_occasion_holds_a_word_looked_for_first(self, text: str) -> None:
        """A sentence holding no 前夕/之际/之際 (looked for before the pattern) has no occasion."""
        from timeline.extract._report import _OCCASION  # noqa: PLC0415 - private helper

        for m in _OCCASION.finditer(text):
            assert any(w in m[0] for w in ("前夕", "之际", "之際"))

    @pytest.mark.parametrize("word", ["前夕", "之际", "之際"])
    def test_each_closing_word_is_looked_for(self, word: str) -> None:
        """Each word an occasion closes with passes the plain looks."""
        from timeline.extract._report import _occasion_blanked  # noqa: PLC0415 - private helper

        assert "," * 9 + "县人大视察。" == _occasion_blanked(f"值此大会召开{word},县人大视察。")


class TestHeldMeetingTitle:
    @pytest.mark.parametrize(
        ("lead", "title"),
        [
            pytest.param(
                "青山镇第五届人民代表大会第二次会议召开。",
                "第五届人民代表大会第二次会议",
                id="bare",
            ),
            pytest.param("全县防汛工作会议在县会议中心召开。", "全县防汛工作会议", id="venue"),
            pytest.param(
                "县人大常委会第九次会议隆重召开,主任某某出席。",
                "县人大常委会第九次会议",
                id="manner",
            ),
            pytest.param("全县动员大会在县礼堂胜利召开。", "全县动员大会", id="venue-manner"),
            pytest.param("全县表彰大会隆重举行。", "全县表彰大会", id="held-manner"),
            pytest.param("全县农民运动会在县体育馆举办。", "全县农民运动会", id="run"),
            pytest.param(
                "第三期青年讲堂如期举办,五位书记登台。", "第三期青年讲堂", id="run-manner"
            ),
        ],
    )
    def test_a_meeting_that_opens_the_lead_is_its_title(self, lead: str, title: str) -> None:
        """``X(在Y)(隆重)召开/举办。``: nothing follows the verb; X, the subject, is the event."""
        (event,) = extract_text(f"5月8日,{lead}\n", published=dt.date(2021, 5, 9)).events
        assert title == event.title

    @pytest.mark.parametrize(
        "lead",
        [
            pytest.param(
                "由县委宣传部举办,各乡镇宣传委员参加的业务培训班在县委党校开班。", id="by"
            ),
            pytest.param(
                "县妇联联合县教育局举办,全县200余名家长参加的家庭教育讲座在县剧院举行。",
                id="jointly",
            ),
            pytest.param("县委宣传部组织召开,县直各单位参加。", id="organised"),
            pytest.param("县总工会举办,全县职工代表参加。", id="union"),
        ],
    )
    def test_who_held_it_before_a_comma_is_no_title(self, lead: str) -> None:
        """``Org(组织)召开/举办,…``: the subject is who held it; the headline names the event."""
        (event,) = extract_text(
            f"今日要闻\n\n5月10日,{lead}\n", published=dt.date(2024, 5, 20)
        ).events
        assert "今日要闻" == event.title

    def test_a_chaired_meeting_keeps_its_object(self) -> None:
        """``主持召开X``: the object after the verb stays the title."""
        (event,) = extract_text(
            "5月8日,县长某某主持召开县政府常务会议。\n", published=dt.date(2021, 5, 9)
        ).events
        assert "县政府常务会议" == event.title

    @pytest.mark.parametrize("host", ["在我县", "在该镇青山村"])
    def test_the_host_said_as_this_county_is_no_part_of_the_title(self, host: str) -> None:
        """``X在我县召开``, ``X在该镇某村举办``: this county or town, or a place in it, is where."""
        (event,) = extract_text(
            f"5月8日,全市秋季农业生产现场会{host}举办。\n", published=dt.date(2021, 5, 9)
        ).events
        assert "全市秋季农业生产现场会" == event.title


class TestChronicleEntryMark:
    def test_the_entry_mark_is_no_part_of_summary_or_title(self) -> None:
        """A 大事记's ``同日 `` and ``※`` entry marks date the entry; no words of its lead."""
        result = extract_text(
            "2019年9月大事记\n\n"
            "10日  区召开主题教育动员会。\n"
            "同日  区教育大会召开。\n"
            "※    区长主持召开区政府常务会议。\n"
            "12日  区运动会举行。\n"
        )
        assert ["主题教育动员会", "区教育大会", "区政府常务会议", "区运动会"] == [
            e.title for e in result.events
        ]
        assert ["区教育大会召开。", "区长主持召开区政府常务会议。"] == [
            e.summary for e in result.events[1:3]
        ]

    @pytest.mark.parametrize("mark", ["同日上午,", "同日傍晚,", "同日下午 "])
    def test_an_entry_mark_with_a_comma_is_no_part_of_the_summary(self, mark: str) -> None:
        """``同日上午,`` or ``同日下午 `` opens a 大事记 entry as ``同日 ``: no words of a lead."""
        result = extract_text(
            "2019年第三季度大事记\n\n"
            "9月10日,区召开主题教育动员会。\n\n"
            f"{mark}区长主持召开区政府常务会议。\n\n"
            "9月12日,区运动会举行。\n"
        )
        assert "区长主持召开区政府常务会议。" == result.events[1].summary
        assert "区政府常务会议" == result.events[1].title


class TestDatelineAfterNoWords:
    @pytest.mark.parametrize(
        "before",
        [
            pytest.param("1.", id="item-number"),
            pytest.param("????", id="lost-encoding"),
            pytest.param('<p class="ql-block"> ', id="html-tag"),
            pytest.param("(某某新闻网某县)", id="outlet-in-parentheses"),
            pytest.param("本网讯 ", id="outlet-marker"),
        ],
    )
    def test_what_precedes_the_date_is_no_part_of_the_lead(self, before: str) -> None:
        """Only marks, a number or an outlet before the lead's date: the lead starts after it."""
        (event,) = extract_text(
            f"{before}5月8日,全县防汛工作会议在县会议中心召开。\n", published=dt.date(2021, 5, 9)
        ).events
        assert "全县防汛工作会议在县会议中心召开。" == event.summary
        assert "全县防汛工作会议" == event.title

    def test_a_subject_before_the_date_stays(self) -> None:
        """``副县长某某5月8日到…``: the words before the date are the lead's subject."""
        (event,) = extract_text(
            "副县长王某某5月8日到某镇调研防汛工作。\n", published=dt.date(2021, 5, 9)
        ).events
        assert event.summary.startswith("副县长王某某")


class TestOccasionTitle:
    @pytest.mark.parametrize(
        ("lead", "title"),
        [
            pytest.param(
                "在全县招商项目集中签约仪式上,某公司与县政府签约。",
                "全县招商项目集中签约仪式",
                id="ceremony",
            ),
            pytest.param(
                "在全县产业联盟年度工作会议上,“某某计划”正式发布。",
                "全县产业联盟年度工作会议",
                id="meeting",
            ),
        ],
    )
    def test_the_occasion_a_lead_opens_on_is_its_title(self, lead: str, title: str) -> None:
        """``在X仪式上,…`` with no act the subject rule reads: X, the occasion, names the event."""
        (event,) = extract_text(f"5月8日,{lead}\n", published=dt.date(2021, 5, 9)).events
        assert title == event.title


class TestAnnouncementBeforeTheAct:
    def test_the_act_told_after_an_announcement_is_the_event(self) -> None:
        """``…将于5月9日召开。昨日,县长到某镇调研…``: the sentence after the announcement leads."""
        result = extract_text(
            "标题\n\n全县人代会将于5月9日召开。昨日,县长张三到某镇调研会前准备工作。\n",
            published=dt.date(2021, 5, 2),
        )
        (event,) = result.events
        assert dt.date(2021, 5, 1) == event.start
        assert ["张三"] == [p.person.name for p in event.participants]

    def test_an_announcement_alone_is_still_skipped(self) -> None:
        """Two sentences both still to come give no event."""
        result = extract_text(
            "标题\n\n全县人代会将于5月9日召开。县长张三将于5月8日到某镇调研。\n",
            published=dt.date(2021, 5, 2),
        )
        assert () == result.events

    @pytest.mark.parametrize(
        "after",
        [
            pytest.param("据悉,上届人代会于2016年5月3日召开,县长张三作报告。", id="background"),
            pytest.param("去年5月3日,县长张三到某镇调研。", id="last-year"),
            pytest.param("县长张三不会于昨日到某镇调研。", id="negated"),
        ],
    )
    def test_a_background_or_negated_sentence_is_no_act(self, after: str) -> None:
        """``据悉,上届…于2016年…召开``, ``不会于昨日``: no act of the report's own."""
        result = extract_text(
            f"标题\n\n全县人代会将于5月9日召开。{after}\n", published=dt.date(2021, 5, 2)
        )
        assert () == result.events


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("5月,省农业专家王明带领工作组到县搞良种试验。", id="month-comma"),
        pytest.param("8 月中旬 省农业专家王明带领工作组到县搞良种试验。", id="month-part"),
    ],
)
def test_a_chronicle_line_with_a_month_alone_gives_no_people(line: str) -> None:
    """An undated item below a dated one is no part of it: its people do not lead that event."""
    result = extract_text(f"1988年\n3月30日 县召开植树动员大会。\n{line}\n6月2日 县农机厂成立。\n")
    assert [e.start for e in result.events] == [dt.date(1988, 3, 30), dt.date(1988, 6, 2)]
    assert () == result.events[0].participants
