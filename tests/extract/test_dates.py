"""Event dates as printed: month/day, ranges, relative days, datelines, lengths."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract_text
from timeline.extract._dates import find_event_date, marker_date
from timeline.extract._pubdate import header_date, page_date
from timeline.extract._years import resolve
from timeline.model import SHANGHAI

PUBLISHED = dt.date(2020, 6, 3)


def _resolve(text: str, *, published: dt.date = PUBLISHED, anchor: dt.date | None = None) -> tuple:
    mention = find_event_date(text, day_only=anchor is not None)
    assert mention is not None
    return resolve(mention, published=published, anchor=anchor)


class TestBackgroundAndDatelines:
    def test_background_date_skipped(self) -> None:
        """``自2月20日以来`` is background, not the event date."""
        mention = find_event_date("自2月20日以来,3月1日召开")
        assert mention is not None
        assert (3, 1) == (mention.month, mention.day)

    @pytest.mark.parametrize(
        "text",
        [
            "某某网某站4月9日报道  4月8日下午,副县长到园区调研。",
            "某某日报4月9日讯(记者 张三 李四)4月8日,县里召开会议。",
            "某某社4月9日电 4月8日,代表团抵达。",
            "某某网4月9日某县消息 4月8日,考察团抵达。",
            "某某网4月9日消息:4月8日下午,县长到园区调研。",
            "某某网4月9日综合(记者 张三)4月8日上午,市领导到项目现场调研。",
        ],
    )
    def test_a_full_date_after_a_dateline_is_the_event_s(self, text: str) -> None:
        """A dateline the layout left in the lead dates the report; the date after it, the event."""
        mention = find_event_date(text)
        assert mention is not None
        assert (4, 8) == (mention.month, mention.day)

    @pytest.mark.parametrize(
        "text",
        [
            "某某网4月9日讯 今天上午,大会开幕。",
            "某某网4月9日讯 据悉,县里此前多次召开专题会议研究部署有关工作,4月10日正式挂牌。",
            "4月9日电话会议召开,部署防汛工作。",
            "4月9日综合执法局到某村检查,4月10日起施行新规。",
            "4月9日发布消息称,4月12日将举行开幕式。",
        ],
    )
    def test_a_dateline_alone_still_dates(self, text: str) -> None:
        """Without a full date right after it, the dateline's day stays; ``电话`` is no dateline."""
        mention = find_event_date(text)
        assert mention is not None
        assert (4, 9) == (mention.month, mention.day)


class TestMarkers:
    def test_marker_date(self) -> None:
        """A dateline's date is read, in simplified or traditional script."""
        assert (None, 3, 2) == marker_date("新华社郑州3月2日电")

    def test_header_date(self) -> None:
        """A page header gives a full date."""
        assert dt.date(2020, 11, 5) == header_date("2020年11月5日 星期四")

    def test_header_date_invalid(self) -> None:
        """An impossible header date is no date."""
        assert header_date("2020年2月30日") is None


class TestPublication:
    def test_assumed_with_warning(self) -> None:
        """Without a publication date, the day after the latest event is assumed, loudly."""
        result = extract_text("标题\n\n本报讯 6月2日,中原区召开会议。")
        assert dt.date(2020, 6, 3) == result.published
        assert any("no publication date: assumed 2020-06-03" in w for w in result.warnings)

    def test_a_bare_day_with_no_month_anywhere_is_announced(self) -> None:
        """No month on the page: the bare day falls in December, and a warning says so."""
        result = extract_text("标题\n\n本报讯 8日,中原区召开会议。")
        assert dt.date(2020, 12, 8) == result.events[0].start
        (said,) = [w for w in result.warnings if w.startswith("no month on the page")]
        assert "8日" in said
        assert "December 2020" in said
        # The publication guess says where it came from: no event day bounds it.
        assert any(
            "no publication date: assumed 2020-12-31 (the end of the year" in w
            for w in result.warnings
        )

    def test_a_bare_day_takes_the_month_of_the_given_publication(self) -> None:
        """With ``published=``, the bare day is of that month, and nothing is assumed."""
        page = "标题\n\n本报讯 8日,中原区召开会议。"
        result = extract_text(page, published=dt.date(2024, 5, 20))
        assert dt.date(2024, 5, 8) == result.events[0].start
        assert not any(w.startswith(("no month", "no publication")) for w in result.warnings)

    def test_a_month_printed_elsewhere_dates_the_bare_day_without_the_month_warning(
        self,
    ) -> None:
        """``2021年10月`` printed on the page: the bare day is of that month, no month warning."""
        result = extract_text("2021年10月大事记\n\n本报讯 8日,中原区召开会议。")
        assert dt.date(2021, 10, 8) == result.events[0].start
        assert not any(w.startswith("no month on the page") for w in result.warnings)

    def test_header_used(self) -> None:
        """A page header gives the publication date, without a warning."""
        result = extract_text("2021年3月4日 星期四\n\n标题\n\n本报讯 3月3日,中原区召开会议。")
        assert dt.date(2021, 3, 4) == result.published
        assert dt.date(2021, 3, 3) == result.events[0].start
        assert () == result.warnings

    def test_impossible_date_warns(self) -> None:
        """A report dated 2月30日 is skipped with a warning naming the date."""
        result = extract_text("标题\n\n本报讯 2月30日,中原区召开会议。", published=PUBLISHED)
        assert () == result.events
        assert any("2月30日" in w for w in result.warnings)


class TestRealForms:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("3月8号下午,区里开会。", dt.date(2020, 3, 8), id="hao-for-ri"),
            pytest.param("元月6日,区里开会。", dt.date(2020, 1, 6), id="yuanyue"),
            pytest.param("4月12上午,区里开会。", dt.date(2020, 4, 12), id="missing-ri"),
            pytest.param("去年11月3日,区里开会。", dt.date(2019, 11, 3), id="last-year"),
            pytest.param("217日上午,区长慰问群众。", dt.date(2020, 2, 17), id="lost-yue"),
            pytest.param("2018813日晚,区长开会。", dt.date(2018, 8, 13), id="lost-nian-yue"),
            # Two digits that are no day (32 to 99): a one-digit month and day.
            pytest.param("45日清明节当天,局长检查防火。", dt.date(2020, 4, 5), id="lost-yue-short"),
            pytest.param("67日上午,副县长巡考。", dt.date(2019, 6, 7), id="lost-yue-short-after"),
            pytest.param("31日,区里开会。", dt.date(2020, 5, 31), id="a-day-31-stays"),
            pytest.param("928,县人大组织观摩。", dt.date(2019, 9, 28), id="lost-yue-ri-comma"),
            pytest.param("99上午,县妇联开会。", dt.date(2019, 9, 9), id="lost-yue-ri-morning"),
            pytest.param("县长2日到乡里调研。", dt.date(2020, 6, 2), id="bare-day"),
            pytest.param("区长今早(1日)到社区。", dt.date(2020, 6, 1), id="day-in-parentheses"),
            pytest.param("区长昨早到社区。", dt.date(2020, 6, 2), id="yesterday-morning"),
            pytest.param("区议会昨率先召开会议。", dt.date(2020, 6, 2), id="zuo-alone"),
            pytest.param("司长昨(31)日探访长者。", dt.date(2020, 5, 31), id="zuo-with-day"),
            pytest.param("县议会今举行布达典礼。", dt.date(2020, 6, 3), id="jin-alone"),
            pytest.param("特首今(2)晚启程出访。", dt.date(2020, 6, 2), id="jin-day-evening"),
            pytest.param("特首今(二日)率团出访。", dt.date(2020, 6, 2), id="jin-cn-day"),
            pytest.param("司长昨(1)下午探访长者。", dt.date(2020, 6, 1), id="zuo-day-afternoon"),
            pytest.param("乡公所今 (29) 日举行典礼。", dt.date(2020, 5, 29), id="jin-spaced-day"),
            pytest.param("县长昨 (1) 下午会勘农路。", dt.date(2020, 6, 1), id="zuo-spaced-day"),
            pytest.param("县长二日下午前往乡里会勘。", dt.date(2020, 6, 2), id="cn-bare-day"),
            pytest.param(
                "区长今日(5/29)主持会议。", dt.date(2020, 5, 29), id="today-month-slash-day"
            ),
            pytest.param("3月8,县长主持召开常务会议。", dt.date(2020, 3, 8), id="missing-ri-comma"),
            pytest.param("1 月 18 日,某乡召开会议。", dt.date(2020, 1, 18), id="spaced"),
            pytest.param("2 日,某市开展大扫除。", dt.date(2020, 6, 2), id="spaced-day"),
            pytest.param("5月1 4日,县长调研。", dt.date(2020, 5, 14), id="space-inside-day"),
            pytest.param("县长(二)日到乡里视察。", dt.date(2020, 6, 2), id="cn-day-in-parentheses"),
            pytest.param(
                "县长(2)日到乡里视察。", dt.date(2020, 6, 2), id="day-in-parentheses-alone"
            ),
            pytest.param("考察团于十二日由议长率领赴外地。", dt.date(2020, 5, 12), id="cn-day-you"),
        ],
    )
    def test_day(self, text: str, expected: dt.date) -> None:
        """Each form real pages print gives its day."""
        start, _ = _resolve(text)
        assert expected == start

    @pytest.mark.parametrize(
        "text",
        ["三日内完成整改。", "开展一日游活动。", "每周日上午开放。", "第一日,大家到齐。"],
    )
    def test_chinese_numeral_day_needs_an_event_context(self, text: str) -> None:
        """``三日内``, ``一日游``, ``周日`` are no dates."""
        assert find_event_date(text) is None

    def test_quoted_today_is_the_speaker_s(self) -> None:
        """``“今天我们…”``: a day inside a quotation is not the report's."""
        assert find_event_date("“今天我们开展活动。”") is None
        assert find_event_date("书记说:“今天开会。”") is None
        assert find_event_date("今天,某镇召开会议。") is not None

    @pytest.mark.parametrize(
        ("text", "last"),
        [
            pytest.param(
                "3月8、9日,某县开展督查。", dt.date(2020, 3, 9), id="enumerated-first-ri-lost"
            ),
            pytest.param(
                "3月8至10日,某县开展督查。", dt.date(2020, 3, 10), id="range-first-ri-lost"
            ),
            pytest.param(
                "2018年1月29日--2月9日,某镇走访。", dt.date(2018, 2, 9), id="double-hyphen"
            ),
            pytest.param("2018年1月29日——2月9日,某镇走访。", dt.date(2018, 2, 9), id="double-dash"),
            pytest.param(
                "5月6——7日,某委员会赴外地考察。", dt.date(2020, 5, 7), id="dash-first-ri-lost"
            ),
            pytest.param(
                "5月6~7日,某委员会赴外地考察。", dt.date(2020, 5, 7), id="tilde-first-ri-lost"
            ),
            pytest.param("5月6～7日,某委员会赴外地考察。", dt.date(2020, 5, 7), id="wide-tilde"),
        ],
    )
    def test_range_forms(self, text: str, last: dt.date) -> None:
        """Ranges whose first 日 is lost before any joining mark, or printed with doubled dashes."""
        _, end = _resolve(text)
        assert last + dt.timedelta(days=1) == end

    def test_visit_of_n_days(self) -> None:
        """``访问4天`` after the date lasts four days."""
        assert (dt.date(2020, 4, 21), dt.date(2020, 4, 25)) == _resolve(
            "4月21日下午代表团出发,访问4天。"
        )

    def test_days_and_nights(self) -> None:
        """``四天三夜`` after the date lasts four days."""
        assert (dt.date(2020, 5, 12), dt.date(2020, 5, 16)) == _resolve(
            "考察团于十二日由议长率领赴外地展开四天三夜的考察行程。"
        )

    def test_length_printed_in_a_later_paragraph(self) -> None:
        """``为期两天`` printed after the lead still gives the last day."""
        result = extract_text(
            "代表视察\n\n本报讯 12月4日,代表们到某区开始视察调研。\n\n"
            "据悉,代表们将开展为期两天的视察调研活动。",
            published=PUBLISHED,
        )
        assert dt.date(2019, 12, 6) == result.events[0].end

    def test_length_told_as_lasting_in_a_later_paragraph(self) -> None:
        """``比赛将持续两天`` after the lead gives the last day, as 为期 does."""
        result = extract_text(
            "职工运动会开幕\n\n9月25日上午,某县首届职工运动会在县体育场开幕。\n\n"
            "20支队伍500余名职工将参加此次运动会的15个项目,比赛将持续两天。",
            published=PUBLISHED,
        )
        assert dt.date(2019, 9, 27) == result.events[0].end

    def test_lost_yue_range(self) -> None:
        """``523-24日`` is 23 and 24 May."""
        assert (dt.date(2020, 5, 23), dt.date(2020, 5, 25)) == _resolve("523-24日,考察团来访。")

    def test_clock_with_missing_ri(self) -> None:
        """``4月12上午9时`` still reads the clock."""
        start, _ = _resolve("4月12上午9时,区里开会。")
        assert dt.datetime(2020, 4, 12, 9, 0, tzinfo=SHANGHAI) == start

    def test_lasting_days(self) -> None:
        """``为期8天`` after the date makes it an eight-day event."""
        assert (dt.date(2020, 6, 1), dt.date(2020, 6, 9)) == _resolve(
            "6月1日率团前往外省进行为期8天考察"
        )

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("5月6日 县人代会在县城召开,会期4天。", id="digits"),
            pytest.param("5 月6 日 县人代会在县城召开,会期4 天。", id="spaced"),
            pytest.param("5月6日,某县政协全会开幕,会期四天。", id="numerals"),
        ],
    )
    def test_session_length(self, text: str) -> None:
        """``会期4天`` in the dated sentence gives a session's last day."""
        assert (dt.date(2020, 5, 6), dt.date(2020, 5, 10)) == _resolve(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("5月8日(一)上午10时召开防汛会议。", id="numeral"),
            pytest.param("5月8日(星期一)上午10时,某区召开防汛会议。", id="xingqi"),
            pytest.param("5月8日(周一)上午10时某区召开防汛会议。", id="zhou"),
        ],
    )
    def test_weekday_before_the_clock(self, text: str) -> None:
        """A weekday printed between the day and its clock leaves the clock read."""
        start, _ = _resolve(text)
        assert dt.datetime(2020, 5, 8, 10, 0, tzinfo=SHANGHAI) == start

    def test_weekday_without_a_clock_keeps_the_day(self) -> None:
        """``5月8日(一)召开``: the day alone, its span the date's."""
        mention = find_event_date("5月8日(一)召开防汛会议。")
        assert mention is not None
        assert (5, 8, None, "5月8日") == (mention.month, mention.day, mention.hour, mention.text)

    def test_clock_then_qi_is_the_start(self) -> None:
        """``下午2时起在X举办``: 起 after a clock is when the event began, not background."""
        start, _ = _resolve("5月8日下午2时起在某乡广场举办中秋活动。")
        assert dt.datetime(2020, 5, 8, 14, 0, tzinfo=SHANGHAI) == start

    def test_date_then_qi_stays_background(self) -> None:
        """``自5月8日起`` and ``5月8日起施行`` stay background dates."""
        assert find_event_date("新规自5月8日起施行。") is None
        assert find_event_date("新规5月8日起施行。") is None

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("5月8日起,某中学在文化广场举办了书画作品展。", id="opening"),
            pytest.param("5月8日起,某镇进入入户登记阶段,当天,普查员逐户走访。", id="that-day"),
            pytest.param("从5月8日开始,某社区组织志愿者开展了宣传活动。", id="from-on"),
        ],
    )
    def test_a_bare_date_then_qi_is_the_acts_first_day(self, text: str) -> None:
        """``5月8日起,X举办了…``, ``从5月8日开始,X开展了…``: the day the act began."""
        mention = find_event_date(text)
        assert mention is not None
        assert (5, 8) == (mention.month, mention.day)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("5月8日起至今,某镇已开展巡查。", id="up-to-now"),
            pytest.param("5月8日起,某局相继办招聘会。昨日第3场在某广场举行。", id="yesterday"),
            pytest.param("5月8日起,某局相继办招聘会。12日第3场在某广场举行。", id="own-day"),
            pytest.param("昨天上午,某镇召开人代会。据了解5月8日起,各乡镇分别召开。", id="told"),
            pytest.param("自5月8日开始,某镇开展了巡查。", id="since"),
        ],
    )
    def test_a_run_s_first_day_followed_by_another_day_stays_background(self, text: str) -> None:
        """``X日起至今``, ``自X日开始``, or a series' first day among other days."""
        mention = find_event_date(text)
        assert mention is None or (mention.month, mention.day) != (5, 8)

    @pytest.mark.parametrize(
        ("text", "span"),
        [
            ("某局于5月11日至14日期间开展安全检查。", (5, 11, 14)),
            ("某局5月11日-14日期间在各乡镇开展安全检查。", (5, 11, 14)),
            ("某局于11日至14日期间开展安全检查。", (None, 11, 14)),
        ],
        ids=["zhi", "dash", "bare-days"],
    )
    def test_range_then_qijian_is_the_span(self, text: str, span: tuple) -> None:
        """``5月11日至14日期间``: 期间 after a range of days is the event's span, not background."""
        mention = find_event_date(text)
        assert mention is not None
        assert span == (mention.month, mention.day, mention.end_day)

    def test_day_then_qijian_stays_background(self) -> None:
        """``5月11日期间`` (one day, no range) stays a background date."""
        assert find_event_date("某局5月11日期间开展安全检查。") is None

    def test_next_session_length_is_not_the_events(self) -> None:
        """``会期5天`` of a session still to come, in a later sentence, lengthens nothing."""
        result = extract_text(
            "人大常委会开会\n\n本报讯 11月24日,区人大常委会召开会议。"
            "会议决定,下次会议将于12月20日召开,会期5天。",
            published=PUBLISHED,
        )
        assert dt.date(2019, 11, 24) == result.events[0].start
        assert result.events[0].end in (None, dt.date(2019, 11, 25))

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("5月28日,某镇人代会闭幕,为期3天的会议完成各项议程。", id="bimu"),
            pytest.param("5月28日,某县运动会圆满结束,为期三天的比赛共决出金牌40枚。", id="jieshu"),
        ],
    )
    def test_closing_day_and_length_run_back(self, text: str) -> None:
        """A date that tells the close (闭幕, 结束) with ``为期N天`` is the last of N days."""
        assert (dt.date(2020, 5, 26), dt.date(2020, 5, 29)) == _resolve(text)

    def test_closing_after_the_length_is_no_close(self) -> None:
        """``为期3天…结束后``: the length is read forward from the printed day."""
        assert (dt.date(2020, 5, 28), dt.date(2020, 5, 31)) == _resolve(
            "5月28日,某镇开展为期3天的培训,培训结束后进行考核。"
        )

    def test_about_a_clock_time(self) -> None:
        """``今早(1日)约8时半`` reads the day and the clock."""
        start, _ = _resolve("今早(1日)约8时半抵达会场")
        assert dt.datetime(2020, 6, 1, 8, 30, tzinfo=SHANGHAI) == start

    def test_wire_dateline_day(self) -> None:
        """A wire dateline with a day only (``台北7日电``) gives the day."""
        assert (None, None, 7) == marker_date("中央社记者某某台北7日电")


class TestPageDate:
    @pytest.mark.parametrize(
        ("lines", "expected"),
        [
            pytest.param(["发布时间:2021-03-05 10:20"], dt.date(2021, 3, 5), id="iso-time"),
            pytest.param(["日期:2021年03月05日 来源:某报"], dt.date(2021, 3, 5), id="zero-padded"),
            pytest.param(["14.11.2014  16:50"], dt.date(2014, 11, 14), id="day-first"),
            pytest.param(
                ["2019-01-01 专题", "发布日期:2021/3/5"], dt.date(2021, 3, 5), id="named-line-wins"
            ),
        ],
    )
    def test_header(self, lines: list[str], expected: dt.date) -> None:
        """The header's publication date, in the forms web pages print."""
        assert expected == page_date(lines)

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            pytest.param("新聞日期:95-12-18", dt.date(2006, 12, 18), id="roc-dashes"),
            pytest.param("111-08-18 改善多條道路", dt.date(2022, 8, 18), id="roc-opening"),
            pytest.param("日期:113/3/5", dt.date(2024, 3, 5), id="roc-slashes"),
            pytest.param("date 2025-12-11 縣長會勘工程。", dt.date(2025, 12, 11), id="date-word"),
            pytest.param("发布日期: 2023-04-0519:47:55", dt.date(2023, 4, 5), id="glued-clock"),
            pytest.param("工作动态2022-10-183521", dt.date(2022, 10, 18), id="glued-counter"),
        ],
    )
    def test_numeric_header_forms(self, line: str, expected: dt.date) -> None:
        """Republic-of-China dates with separators, and a mirror's ``date`` prefix."""
        assert expected == header_date(line)

    def test_banner_date_gives_way_to_the_articles(self) -> None:
        """A site's banner prints today's date on top; the article's date is the last one."""
        assert dt.date(2021, 6, 2) == page_date(
            ["2025年3月1日 星期六", "某某新闻", "2021-06-02 10:11"]
        )

    def test_a_date_line_in_the_body_only_when_the_header_has_none(self) -> None:
        """A line that is only a date elsewhere on the page is read after the header's."""
        assert dt.date(2021, 6, 2) == page_date(["2021-06-02"], ["2019-01-01"])
        assert dt.date(2019, 1, 1) == page_date(["某某新闻"], ["2019-01-01", "2018-01-01"])

    def test_an_archive_stamp_gives_way_to_any_other_date(self) -> None:
        """``归档时间`` is when a page was filed away, not published: read only when alone."""
        assert dt.date(2020, 3, 4) == page_date(
            ["归档时间:2021-01-15", "发布时间:2020-03-04 09:00"]
        )
        assert dt.date(2020, 3, 4) == page_date(["2020年3月4日", "归档日期:2021年1月15日"])
        assert dt.date(2021, 1, 15) == page_date(["归档时间:2021-01-15", "某某新闻"])

    def test_a_publication_date_before_an_archive_stamp_on_one_line(self) -> None:
        """``发布日期:… 归档时间:…``: the date before 归档 is the publication, over a banner."""
        assert dt.date(2023, 3, 1) == page_date(
            ["2024年5月1日 星期三", "发布日期:2023-03-01 归档时间:2024-03-01"]
        )
        assert dt.date(2024, 5, 1) == page_date(
            ["2024年5月1日 星期三", "归档时间:2024-03-01 发布日期:2023-03-01"]
        )

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            pytest.param("121日下午,督导组来区督导。", dt.date(2016, 12, 2), dt.date(2016, 12, 1)),
            pytest.param("121日下午,督导组来区督导。", dt.date(2016, 1, 25), dt.date(2016, 1, 21)),
            pytest.param("101日,全镇举行升旗仪式。", dt.date(2020, 10, 3), dt.date(2020, 10, 1)),
            pytest.param("121上午,督导组来区督导。", dt.date(2016, 1, 25), dt.date(2016, 1, 21)),
            pytest.param("121上午,督导组来区督导。", dt.date(2016, 12, 2), dt.date(2016, 12, 1)),
            # 1月21日 is 20 days after publication, 12月1日 two months before it.
            pytest.param("121日下午,督导组来区督导。", dt.date(2016, 1, 1), dt.date(2015, 12, 1)),
        ],
    )
    def test_a_glued_late_month_is_the_reading_nearest_publication(
        self, text: str, published: dt.date, expected: dt.date
    ) -> None:
        """``121日`` is 1月21日 or 12月1日: the day nearest before publication."""
        start, _ = _resolve(text, published=published)
        assert expected == start

    def test_glued_digits_need_a_padded_day(self) -> None:
        """Digits glued after a date are read off only after a two-digit day."""
        assert header_date("编号2022-1-183521") is None

    def test_date_line_the_headline_took(self) -> None:
        """An outlet and its date between the headline and the marker date the page."""
        result = extract_text(
            "某镇服务站揭牌\n\n某某日报 2021-05-14 09:30\n\n"
            "本报讯 经过两个月筹建,某镇服务站昨日举行揭牌仪式,镇领导出席。\n"
        )
        assert dt.date(2021, 5, 14) == result.published
        assert [dt.date(2021, 5, 13)] == [e.start for e in result.events]

    def test_phone_number_is_no_roc_date(self) -> None:
        """Three numbers that are not an ROC year, month and day are no date."""
        assert header_date("電話:049-222-3456") is None

    def test_roc_date(self) -> None:
        """A Taiwan page's date line ``1140411`` is 2025-04-11."""
        assert dt.date(2025, 4, 11) == page_date(["1140411"])

    def test_roc_date_in_words(self) -> None:
        """A Taiwan page's stamp ``發稿時間: 112年3月5日 09:10`` is 2023-03-05."""
        assert dt.date(2023, 3, 5) == page_date(["發稿時間: 112年3月5日 09:10"])

    def test_roc_date_after_the_last_sentence(self) -> None:
        """A wire report's ROC date glued after its last sentence dates the page."""
        result = extract_text("(中央社記者某某台北7日電)立委補選今天投票,結果揭曉。1040207\n")
        assert dt.date(2015, 2, 7) == result.published
        assert dt.date(2015, 2, 7) == result.events[0].start

    def test_date_line_after_the_body(self) -> None:
        """A paper page that prints its date on a line after the report."""
        result = extract_text("【本報訊】鄉代會11日展開考察議程,代表們來到村裡。\n- 2022-10-12\n")
        assert dt.date(2022, 10, 12) == result.published
        assert dt.date(2022, 10, 11) == result.events[0].start

    def test_month_day_stamp_without_a_year(self) -> None:
        """A header stamp ``02-28 09:25`` dates the page in the year the text prints."""
        result = extract_text(
            "某县领导参加植树活动\n\n02-28 09:25\n\n"
            "27日,县委书记张建华等县领导来到某大堤参加2023年义务植树活动。"
        )
        assert dt.date(2023, 2, 28) == result.published
        assert [dt.date(2023, 2, 27)] == [e.start for e in result.events]

    def test_month_day_stamp_after_the_events_year(self) -> None:
        """A stamp ``01-02`` over a report of 2023年12月30日 falls in the next year."""
        result = extract_text(
            "某县召开会议\n\n01-02 10:00\n\n2023年12月30日,某县召开全县经济工作会议。"
        )
        assert dt.date(2024, 1, 2) == result.published

    def test_web_page_header_gives_the_year(self) -> None:
        """A web article's header date gives the year, without a warning about it."""
        result = extract_text(
            "某镇召开会议\n来源:某镇 发布时间:2017-12-30\n\n12月29日,某镇召开人代会。"
        )
        assert dt.date(2017, 12, 29) == result.events[0].start
        assert not any("no publication date" in w for w in result.warnings)

    def test_no_historical_year(self) -> None:
        """Without a publication date, a historical year in the text is never the year."""
        result = extract_text("某村开会\n\n3月2日,某村召开纪念会,回顾1951年建村以来的历史。")
        assert 1951 != result.published.year
        assert any("no publication date" in w for w in result.warnings)

    def test_later_paragraph_date(self) -> None:
        """A date that is not in the first paragraph still dates the report."""
        result = extract_text(
            "区里开会\n\n在建军节即将来临之际,全区上下开展拥军活动。\n\n"
            "7月29日上午,某区召开座谈会。",
            published=PUBLISHED,
        )
        assert dt.date(2019, 7, 29) == result.events[0].start  # before 3 June 2020
        assert "座谈会" == result.events[0].title


class TestFallbacks:
    def test_date_anywhere_in_the_report(self) -> None:
        """No paragraph opens with a date: the first one printed anywhere dates the report."""
        result = extract_text(
            "某县开展安全检查\n\n为做好安全工作,县里组织督查组开展检查。"
            "督查组一行先后检查了县汽车站、县体育馆,并于5月12日下午召开总结会。",
            published=PUBLISHED,
        )
        assert [dt.date(2020, 5, 12)] == [e.start for e in result.events]

    def test_a_future_date_is_not_the_fallback(self) -> None:
        """A date still to come (``将于``, ``计划于``) dates nothing."""
        result = extract_text(
            "某县开展安全检查\n发布时间:2016-12-05\n\n督查组一行检查了县汽车站,"
            "此项工作将于12月20日全面完成。",
        )
        assert [dt.date(2016, 12, 5)] == [e.start for e in result.events]

    def test_an_announced_day_is_not_the_fallback(self) -> None:
        """``将在25号上午9时在X举行``: the lead announces its event; the page's date is not its."""
        result = extract_text(
            "县长就职典礼25日举行\n发布时间:2022-12-19\n\n新任县长就职典礼将在25号上午9时"
            "在文化中心举行,欢迎群众前往观礼。",
        )
        assert () == result.events

    @pytest.mark.parametrize(
        "lead",
        [
            pytest.param("县长主持召开会议,研究将于25日举行的运动会筹备工作。", id="modifier"),
            pytest.param("县委召开常委会,就将于25日召开的全会作出部署。", id="object"),
            pytest.param("县长主持召开常务会议,会议决定于25日召开全会。", id="after-own-act"),
        ],
    )
    def test_a_lead_naming_a_day_to_come_is_still_dated_by_the_page(self, lead: str) -> None:
        """The lead's own act (召开会议) is told; the day to come is another event's."""
        result = extract_text(f"某县召开会议\n发布时间:2022-12-19\n\n{lead}")
        assert [dt.date(2022, 12, 19)] == [e.start for e in result.events]

    @pytest.mark.parametrize("verb", ["开赛", "启动", "开展"])
    def test_an_announced_day_with_a_sibling_verb(self, verb: str) -> None:
        """``将在25号上午9时在X开赛``: a sibling of 举行 announces the event as well."""
        result = extract_text(
            f"篮球联赛25日{verb}\n发布时间:2022-12-19\n\n县篮球联赛将在25号上午9时在县体育馆{verb}。"
        )
        assert () == result.events

    @pytest.mark.parametrize("month", ["本月", "下月"])
    def test_an_announced_day_of_this_or_next_month(self, month: str) -> None:
        """``将于本月25日…举行``: a day after a month word is still to come."""
        result = extract_text(
            f"运动会将举行\n发布时间:2022-12-19\n\n全县运动会将于{month}25日在县体育场举行。"
        )
        assert () == result.events

    @pytest.mark.parametrize("days", ["20—21日", "20-21日", "20～21日", "21日"])
    def test_a_forecast_bare_day_is_no_event_date(self, days: str) -> None:
        """``预计20—21日``: a forecast day, however its range is printed, is still to come."""
        mention = find_event_date(f"据气象预报,预计{days}我县将有降雨。")
        assert mention is None

    def test_a_bare_day_range_printed_with_a_dash(self) -> None:
        """``20—21日`` is one range of days, not a 21st alone."""
        mention = find_event_date("20—21日,某县开展督查。")
        assert mention is not None
        assert (20, 21) == (mention.day, mention.end_day)

    @pytest.mark.parametrize("days", ["20─21日", "20一21日", "5月20─21日", "5月20一21日"])
    def test_a_day_range_printed_with_a_box_dash_or_a_numeral_one(self, days: str) -> None:
        """``20─21日`` (box-drawing dash), ``20一21日`` (OCR's 一 between digits): one range."""
        mention = find_event_date(f"{days},某县开展督查。")
        assert mention is not None
        assert (20, 21) == (mention.day, mention.end_day)

    @pytest.mark.parametrize(
        ("text", "day", "end"),
        [
            pytest.param("5月十一日,某县开展督查。", 11, None, id="numeral-eleven"),
            pytest.param("5月1日,某县1一2人开展督查。", 1, None, id="headcount-range"),
            pytest.param("5月2日一早,某县开展督查。", 2, None, id="numeral-after-ri"),
        ],
    )
    def test_a_numeral_one_joins_no_range_but_between_digits_of_days(
        self, text: str, day: int, end: int | None
    ) -> None:
        """一 is a numeral (``十一日``, ``1一2人``): it joins a range only as ``9一16日``."""
        mention = find_event_date(text)
        assert mention is not None
        assert (day, end) == (mention.day, mention.end_day)

    def test_header_date_when_the_text_prints_none(self) -> None:
        """A page without any date in its text is dated by its header, with a warning."""
        result = extract_text(
            "县委书记带队开展安全生产专项督查\n05.12.2016 19:32\n本文来源: 安监局\n"
            "督查组一行先后检查了华山市场、县汽车站等单位,详细了解了安全生产工作情况。"
        )
        assert [dt.date(2016, 12, 5)] == [e.start for e in result.events]
        assert any("dated by the publication date 2016-12-05" in w for w in result.warnings)

    def test_given_publication_date_when_the_text_prints_none(self) -> None:
        """The caller's publication date dates a page whose text prints none."""
        result = extract_text("某县开展督查\n\n督查组检查了县汽车站等单位。", published=PUBLISHED)
        assert [PUBLISHED] == [e.start for e in result.events]

    def test_no_date_at_all_says_so(self) -> None:
        """Without any date, the page yields no event and a warning says why."""
        result = extract_text("某县开展督查\n\n督查组检查了县汽车站等单位。")
        assert () == result.events
        assert any("no event date found" in w for w in result.warnings)
        assert any("yields no event" in w for w in result.warnings)

    def test_a_time_on_another_day_is_not_the_event_s(self) -> None:
        """``会议决定于9月29日上午8:30召开``: that hour belongs to another day."""
        result = extract_text(
            "标题\n\n本报讯 9月22日,县人大常委会召开主任会议。"
            "会议决定下次会议于9月29日上午8:30召开。",
            published=PUBLISHED,
        )
        assert dt.date(2019, 9, 22) == result.events[0].start


class TestWeekHeading:
    def test_week_heading_dates_no_event(self) -> None:
        """A digest's week heading is skipped; the first item's own date is the event's."""
        result = extract_text(
            "各区一周\n\n2020年5月25日至5月31日。\n\n本周各区工作忙。\n\n5月27日,甲区书记主持召开会议。",
            published=PUBLISHED,
        )
        assert [dt.date(2020, 5, 27)] == [e.start for e in result.events]


class TestMoreRelativeForms:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param(
                "局长今日(五月三十日)下午到访南区。", dt.date(2020, 5, 30), id="cn-month-day"
            ),
            pytest.param("市长一早前往沿海视察。", dt.date(2020, 6, 3), id="early-this-morning"),
        ],
    )
    def test_day(self, text: str, expected: dt.date) -> None:
        """More ways Hong Kong and Taiwan pages print the report's own day."""
        assert expected == _resolve(text)[0]

    def test_next_morning_is_not_today(self) -> None:
        """``次日一早`` is the next day's morning, not the report's day."""
        assert find_event_date("次日一早出发") is None


def test_republic_of_china_year_in_a_date() -> None:
    """``民国56年3月10日`` is 10 March 1967."""
    assert (dt.date(1967, 3, 10), dt.date(1967, 3, 11)) == _resolve(
        "民国56年3月10日,主席前往基隆。"
    )


def test_a_run_of_days() -> None:
    """``一连五天`` after the date lasts five days."""
    assert (dt.date(2020, 1, 5), dt.date(2020, 1, 10)) == _resolve(
        "一月五日前往福州参与一连五天的会议。"
    )


def test_day_before_a_part_of_it_keeps_the_length_after_it() -> None:
    """``今(17)晚启程…为期七天``: the day in parentheses and the stay's length."""
    mention = find_event_date("长官今(17)晚启程前往外国,展开为期七天的访问")
    assert mention is not None
    assert (17, 7) == (mention.day, mention.days)


def test_dateline_day_with_a_space_inside() -> None:
    """``本报5月1 4日讯``: the dateline's day is 14, as in the lead."""
    assert marker_date("本报5月1 4日讯") == (None, 5, 14)


def test_days_counted_are_no_lost_month() -> None:
    """``45日内``, ``45日后``: a count of days, not 4月5日."""
    for text in ("要求在45日内完成整改", "公示45日后生效"):
        mention = find_event_date(text)
        assert mention is None or mention.month is None


@pytest.mark.parametrize(
    "text",
    ["县里举办培训班,历时45日,学员结业", "为期45日的集训", "持续67日", "共45日", "用时38日"],
)
def test_a_length_in_days_is_no_lost_month(text: str) -> None:
    """``历时45日``: a length in days, not 4月5日, whatever follows it."""
    mention = find_event_date(text)
    assert mention is None or mention.month is None


def test_a_length_in_days_dates_no_event() -> None:
    """The reviewed page: 历时45日 gave the training a day of 4月5日."""
    result = extract_text("县里开会\n\n本报讯 县里举办培训班,历时45日,学员结业。")
    assert all(event.start.month != 4 for event in result.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A relative day right after a dateline counts from the dateline's day.
        ("某某新闻网9月14日讯(记者 张三)昨天下午,代表团来我县视察。", (9, 13)),
        ("某某网3月1日讯(记者 李四)昨日,会议召开。", (2, 28)),
        ("某某网1月1日讯 昨天,活动举行。", (12, 31)),
        ("某某网5月20日讯(记者 王五)当天上午,会议召开。", (5, 20)),
        # A day printed in parentheses keeps the dateline's month, or the one before.
        ("某某网4月1日讯 昨(31)日,会议召开。", (3, 31)),
        ("某某网4月18日讯 昨(17)日,会议召开。", (4, 17)),
        # A relative day inside a quotation is the speaker's, not the report's.
        ("某某网9月14日讯 “今天我们来到这里”,代表团说。", (9, 14)),
        # Without a relative day the dateline dates the report.
        ("某某网6月19日讯(记者 张三)代表团来我县视察。", (6, 19)),
    ],
)
def test_relative_day_after_a_dateline(text: str, expected: tuple[int, int]) -> None:
    """A dateline the layout left in the lead anchors the 昨天 that follows it."""
    mention = find_event_date(text)
    assert mention is not None
    assert (mention.month, mention.day, mention.relative) == (*expected, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare day range may print 日 after its first day too.
        ("5日至6日,调研组深入各乡镇调研。", (None, 5, 6)),
        ("5至6日,调研组深入各乡镇调研。", (None, 5, 6)),
        # A range's joining mark may stand apart, as the parts of a date may.
        ("3月 8日 至9日,代表们视察了园区。", (3, 8, 9)),
        # A single day stays one day.
        ("5日,调研组深入各乡镇调研。", (None, 5, None)),
    ],
)
def test_ranges_printed_with_both_days_or_spaces(
    text: str, expected: tuple[int | None, int, int | None]
) -> None:
    """``23日至24日`` and ``12月 10日 至11日`` are ranges, not their first day."""
    mention = find_event_date(text)
    assert mention is not None
    assert (mention.month, mention.day, mention.end_day) == expected


@pytest.mark.parametrize(
    "text", ["15名代表参加会议。", "2019,全县经济平稳运行。", "会上,928户完成改造"]
)
def test_bare_digits_are_a_date_only_opening_the_lead(text: str) -> None:
    """Digits without 月 and 日 date a lead only at its opening, before a comma or a time of day."""
    assert find_event_date(text) is None


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        pytest.param("15,000余名群众今天参加了活动。", 0, id="thousands-separator"),
        pytest.param("25,30名代表昨天参加会议。", -1, id="count-list"),
        pytest.param("23,今天上午,县长到乡里调研。", 0, id="relative-day-in-the-lead"),
    ],
)
def test_a_count_opening_the_lead_is_no_bare_date(text: str, relative: int) -> None:
    """Digits before a thousands comma, or before a relative day in the lead, are a count."""
    found = find_event_date(text)
    assert found is not None
    assert (found.month, found.day, found.relative) == (None, None, relative)


def test_a_bare_lead_date_before_a_comma_stays() -> None:
    """``928,`` opening a lead with no relative day is still 9月28日."""
    found = find_event_date("928,县长到乡里调研。")
    assert found is not None
    assert (found.month, found.day) == (9, 28)


def test_event_date_reads_chinese_minutes_without_ten() -> None:
    """The lead's own clock reads the same minutes."""
    found = find_event_date("5月3日上午八时五分,大会开幕。")
    assert found is not None
    assert (found.hour, found.minute) == (8, 5)


class TestScanBounds:
    """The date scan starts short of the first 月, and cheap looks stand before the searches."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("县委书记一行于2021 年 12 月 1 日到某镇", (2021, 12, 1), id="spaced-year"),
            pytest.param("据悉,民国110年3月10日举行", (2021, 3, 10), id="roc-year"),
            pytest.param("某區公所於111年8月5日召開會報", (2022, 8, 5), id="bare-roc-year"),
            pytest.param("本所(109)年6月3日上午召開會議", (2020, 6, 3), id="roc-year-in-brackets"),
            pytest.param("县长一行于十二月三日到某镇", (None, 12, 3), id="numeral-month"),
        ],
    )
    def test_a_date_opening_well_before_its_month(
        self, text: str, expected: tuple[int | None, int, int]
    ) -> None:
        """A year and a month printed before 月 are read whole, however late the date."""
        mention = find_event_date(text)
        assert mention is not None
        assert expected == (mention.year, mention.month, mention.day)

    def test_no_month_no_full_date(self) -> None:
        """Text without 月 falls through to the bare day."""
        mention = find_event_date("23日上午,县长到某镇调研")
        assert mention is not None
        assert (None, 23) == (mention.month, mention.day)

    @pytest.mark.parametrize("year", ["今年", "明年"])
    def test_a_year_word_after_a_future_marker(self, year: str) -> None:
        """``将在今年12月10日举行``: the year word does not hide the marker."""
        mention = find_event_date(f"换届选举将在{year}12月10日举行,县长张某昨日出席座谈会")
        assert mention is not None
        assert mention.relative == -1

    def test_a_date_next_year_is_still_to_come(self) -> None:
        """``明年6月1日投入使用``: a date after 明年 is no event's, marker or not."""
        mention = find_event_date("新办公楼明年6月1日投入使用,5月30日下午县里召开部署会")
        assert mention is not None
        assert (5, 30) == (mention.month, mention.day)

    def test_a_mirror_comma_inside_a_range(self) -> None:
        """``11月17日,、18日``: a mirror's stray comma before 、 still joins the range."""
        mention = find_event_date("2021年11月17日,、18日,某镇召开第二届人民代表大会第一次会议")
        assert mention is not None
        assert (17, 18) == (mention.day, mention.end_day)

    @pytest.mark.parametrize("days", ["16到19日", "16日到19日", "16号到19号"])
    def test_a_bare_day_range_joined_by_dao(self, days: str) -> None:
        """``16到19日``: 到 joins a range of bare days as 至 does."""
        mention = find_event_date(f"{days},省督导组来我县检查防汛工作")
        assert mention is not None
        assert (16, 19) == (mention.day, mention.end_day)

    @pytest.mark.parametrize(
        ("text", "days"),
        [
            pytest.param("县长到县医院调研,要求3到5日内完成整改。", None, id="a-count-of-days"),
            pytest.param("市长5日到6号楼检查消防安全。", (5, None), id="a-numbered-building"),
        ],
    )
    def test_a_range_end_that_counts_or_numbers(
        self, text: str, days: tuple[int, int | None] | None
    ) -> None:
        """``3到5日内`` counts days, ``6号楼`` is a building: neither ends a range."""
        mention = find_event_date(text)
        assert days == (None if mention is None else (mention.day, mention.end_day))

    def test_a_future_phrase_before_a_line_break(self) -> None:
        """将于 closing a line before the date still marks it as still to come."""
        mention = find_event_date("会议将于\n6月2日召开,5月30日下午筹备")
        assert mention is not None
        assert (5, 30) == (mention.month, mention.day)

    @pytest.mark.parametrize(
        ("text", "days"),
        [
            pytest.param("5月28日上午召开,为期3天", 3, id="length-in-reach"),
            pytest.param("5月28日上午召开。当天下午返回", None, id="tian-no-length"),
            pytest.param("5月28日上午召开" + "。" * 40 + "为期3天", None, id="length-out-of-reach"),
        ],
    )
    def test_length_after_the_date(self, text: str, days: int | None) -> None:
        """A length counted in 天 within reach after the date is the event's."""
        mention = find_event_date(text)
        assert mention is not None
        assert days == mention.days


@pytest.mark.parametrize(
    ("marker", "day"),
    [
        pytest.param("中央社記者某某台北7日電", 7, id="traditional"),
        pytest.param("中央社記者某某台中縣十日電", 10, id="numerals"),
        pytest.param("中央社記者某某高雄二十一日電", 21, id="two-numerals"),
        pytest.param("某某社15日訊", 15, id="xun"),
    ],
)
def test_a_wire_day_as_a_taiwan_page_prints_it(marker: str, day: int) -> None:
    """``台中縣十日電``: the wire's day in traditional script, in digits or numerals."""
    assert (None, None, day) == marker_date(marker)


def test_a_traditional_wire_day_dates_today() -> None:
    """``今天`` after ``(…縣10日電)`` is the wire's day, not the repost's a day later."""
    page = "標題\n發布時間:2017-11-11\n(中央社記者某某南投縣10日電)縣長某某今天到某鄉視察道路。"
    (event,) = extract_text(page).events
    assert dt.date(2017, 11, 10) == event.start


@pytest.mark.parametrize(
    "feast",
    [
        pytest.param("农历正月十五是元宵节,是传统节日之一。", id="shi"),
        pytest.param("端午节为每年农历五月初五,又称端阳节。", id="every-year"),
        pytest.param("古人称夜为宵,所以称正月十五为元宵节。", id="called"),
        pytest.param("正月十五日是一年中第一个月圆之夜。", id="ri-shi"),
        pytest.param("“正月十五闹元宵”是民间习俗。", id="saying"),
        pytest.param("正月十五庆团圆,元宵节是传统佳节。", id="saying-reunion"),
        pytest.param("正月十五月儿圆,家家户户吃汤圆。", id="saying-moon"),
    ],
)
def test_a_feast_s_lunar_date_dates_no_event(feast: str) -> None:
    """``正月十五是元宵节`` tells the festival's day: the report's own solar day dates it."""
    page = (
        f"标题\n发布时间:2022-02-16\n\n{feast}\n\n"
        "为让老人过好节,2月14日下午,某镇志愿者到敬老院看望老人。"
    )
    (event,) = extract_text(page).events
    assert dt.date(2022, 2, 14) == event.start


def test_a_lunar_day_told_as_the_event_s_is_read() -> None:
    """``正月初七一上班,…``: no feast is named, the lunar day is the event's."""
    mention = find_event_date("正月初七一上班,某镇召开工作会议。")
    assert mention is not None
    assert (1, 7, True) == (mention.month, mention.day, mention.lunar)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param("新建的乡公所廿九日由副县长主持启用。", 29, id="twenty-nine"),
        pytest.param("某镇卅日上午举行说明会。", 30, id="thirty"),
        pytest.param("某镇(廿一)日召开会议。", 21, id="in-parentheses"),
    ],
)
def test_a_day_in_taiwan_numerals(text: str, day: int) -> None:
    """``廿九日``, ``卅日``: twenty-nine and thirty, never the ``九日`` inside them."""
    mention = find_event_date(text)
    assert mention is not None
    assert day == mention.day
