"""Clock times: the hour opening a later sentence, and a schedule line's."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract import _clock, extract_text
from timeline.extract._clock import later_clock, schedule
from timeline.model import SHANGHAI

PUBLISHED = dt.date(2020, 6, 3)


class TestLaterClock:
    def test_hour_in_a_later_sentence(self) -> None:
        """The day in the lead, the hour opening a later sentence: a timed event."""
        result = extract_text(
            "标题\n\n本报讯 5月20日,某镇召开党代会。上午9时,大会在国歌声中开幕。",
            published=PUBLISHED,
        )
        assert dt.datetime(2020, 5, 20, 9, 0, tzinfo=SHANGHAI) == result.events[0].start

    def test_hour_after_a_bare_day(self) -> None:
        """``于7日下午2:00`` gives the hour of the lead's day."""
        result = extract_text(
            "标题\n\n本报讯 5月7日全会后,某街道立即行动,于7日下午2:00召开专题会议。",
            published=PUBLISHED,
        )
        assert dt.datetime(2020, 5, 7, 14, 0, tzinfo=SHANGHAI) == result.events[0].start

    def test_a_deadline_is_no_hour(self) -> None:
        """``于5月31日下午5点前报到``: a deadline, not when the event began."""
        result = extract_text(
            "标题\n\n本报讯 5月31日,某市召开动员大会。要求各镇班子成员于31日下午5点前报到。",
            published=PUBLISHED,
        )
        assert dt.date(2020, 5, 31) == result.events[0].start

    @pytest.mark.parametrize(
        "line",
        ["日期:2018/02/07上午8:00-中午12:00", "日期:2018/2/7 上午 08:00:00~下午 12:00:00"],
    )
    def test_schedule_line_gives_the_hour(self, line: str) -> None:
        """A schedule line (a time running to another) on the event's day gives its hour."""
        result = extract_text(f"县长视察离岛\n{line}\n\n2018年2月7日,县长到离岛视察建设。")
        assert dt.datetime(2018, 2, 7, 8, 0, tzinfo=SHANGHAI) == result.events[0].start

    def test_publication_stamp_is_no_schedule(self) -> None:
        """``发布时间:2018-02-07 08:00`` is when the page went up, not when the event began."""
        result = extract_text(
            "县长视察离岛\n发布时间:2018-02-07 08:00\n\n2月7日,县长到离岛视察建设。"
        )
        assert dt.date(2018, 2, 7) == result.events[0].start

    def test_hour_inside_a_sentence_is_not_read(self) -> None:
        """A clock time in the middle of a sentence is some other moment."""
        result = extract_text(
            "标题\n\n本报讯 5月20日,某镇召开会议,要求各村在下午3时前上报。", published=PUBLISHED
        )
        assert dt.date(2020, 5, 20) == result.events[0].start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议召开。上午9时,大会开幕", (9, 0)),
        ("会议召开。下午3点半,参观展馆", (15, 30)),
        ("活动举行。晚上7时,晚会开始", (19, 0)),
        ("活动举行。早上8时,队伍出发", (8, 0)),
        ("会议召开。中午12时,休会", (12, 0)),
        ("活动举行。晚8时,演出开始", (20, 0)),
        # A clock with no part of the day is read only when it opens a
        # sentence telling the event's opening (开幕, 开赛, 拉开帷幕, 开始).
        ("会议召开。9时,代表们分组讨论", None),
        ("会议召开。9时,大会开幕", (9, 0)),
        ("会议召开。\n16时30分,县长宣布:某县第三次代表大会开幕", (16, 30)),
        ("比赛举行。“让我们出发!”8点40分,在1号选手的演讲中拉开帷幕", (8, 40)),
        ("活动举行。8点半,开幕式开始", (8, 30)),
        ("活动举行。9点20分,一曲合唱拉开了晚会序幕", (9, 20)),
        ("比赛举行。他说,19点,比赛开始", None),
        # 开始 tells the opening only of the event's own noun, not of work.
        ("会议召开。8点40分,大家开始工作", None),
        ("会议召开。8点40分,会议正式开始", (8, 40)),
        ("比赛举行。9点,比赛准时开始", (9, 0)),
        ("三点要求,会议开始前宣读", None),
        # 当天/当日 point back to the lead's day, mid-sentence too.
        ("据悉,当天早上七点半,志愿者集合", (7, 30)),
        ("随后,当日下午2时,代表们返回", (14, 0)),
        # 当晚 is the evening of the lead's day: its clock is after noon.
        ("球场灯火通明。当晚7时整,比赛开始", (19, 0)),
        ("活动举行。当晚6时30分,开幕式开始", (18, 30)),
        # Another word before 晚 is no anchor.
        ("他说明晚7时出发", None),
        # Minutes may be written in Chinese numerals.
        ("代表到会。上午八时三十分,大会开幕", (8, 30)),
        # Another word before the part of the day is no anchor.
        ("他说明天上午9时出发", None),
    ],
)
def test_later_clock_needs_the_part_of_the_day(text: str, expected: tuple[int, int] | None) -> None:
    """A later clock time is read after 上午, 下午, 晚上, 早上, 中午 or 晚, or opening the event."""
    assert later_clock(text) == expected


def test_people_starting_work_give_no_start() -> None:
    """The reviewed page: 大家开始工作 at 8:40 is not when the meeting began."""
    result = extract_text("县里开会\n\n本报讯 5月25日,县长张三主持召开会议。8点40分,大家开始工作。")
    assert result.events
    for event in result.events:
        assert (event.start.month, event.start.day) == (5, 25)
        assert not isinstance(event.start, dt.datetime)  # all day: no hour was told


def test_later_clock_on_another_day() -> None:
    """A time after another day than the event's belongs to another event."""
    assert later_clock("于7日下午2:00召开") == (14, 0)
    assert later_clock("于7日下午2:00召开", day=8) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("。上午八时五分,大会开幕。", (8, 5), id="single-numeral"),
        pytest.param("。上午八时零五分,大会开幕。", (8, 5), id="with-zero"),
        pytest.param("。上午八时二十五分,大会开幕。", (8, 25), id="tens"),
        pytest.param("。上午8点一同前往会场。", (8, 0), id="no-minute-without-fen"),
    ],
)
def test_later_clock_reads_chinese_minutes_without_ten(
    text: str, expected: tuple[int, int]
) -> None:
    """``八时五分`` and ``八时零五分`` keep their minutes; a lone numeral needs its 分."""
    assert later_clock(text) == expected


#: The clock opening a sentence as one pattern, as it read before the split
#: into a text-start and a sentence-mark pattern.
_ONE_PATTERN = re.compile(r"(?:^|[。\n!?>]|[。!?]”)" + _clock._OPENING_CLOCK)


@given(
    st.lists(
        st.sampled_from(["。", "!", "?", "\n", ">", "”", " ", "8", "16", "时", "点", "30分", "半"])
        | st.sampled_from([",", "会议", "正式", "开始", "开幕", "拉开", "序幕", "大家", "某"]),
        max_size=12,
    ).map("".join)
)
def test_split_opening_clock_reads_as_one_pattern(text: str) -> None:
    """The start-of-text match, else the first after a mark, is the one pattern's first match."""
    expected = _ONE_PATTERN.search(text)
    got = _clock._CLOCK_OPENS_TEXT.match(text) or _clock._CLOCK_OPENS.search(text)
    assert (expected and (expected.span(), expected.groupdict())) == (
        got and (got.span(), got.groupdict())
    )


class TestSchedule:
    def test_schedule_line(self) -> None:
        """A schedule line gives the day and the hour the event starts."""
        assert (dt.date(2018, 2, 7), 8, 0) == schedule("日期:2018/02/07上午8:00-中午12:00")

    def test_no_colon_no_schedule(self) -> None:
        """A page without a colon has no schedule line."""
        assert schedule("日期 2018/02/07上午8:00-中午12:00") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("会开得很好。典礼上午9点于镇礼堂举行,县长出席。", (9, 0), id="after-noun"),
        pytest.param("为庆祝元旦,县政府于上午7时举行升旗典礼。", (7, 0), id="after-yu"),
        pytest.param("县长表示,要于下午5点前完成。", None, id="no-holding-verb"),
        pytest.param("乡里举行祭典。供品摆好,仪式于下午2点准时开始。", (14, 0), id="starts-at"),
        pytest.param("县长出席升旗典礼。颁奖仪式于上午10点开始。", None, id="another-phase-starts"),
    ],
)
def test_the_hour_an_event_is_held_at(text: str, expected: tuple[int, int] | None) -> None:
    """``典礼上午9点于…举行``: a later sentence's clock the event is held at."""
    assert later_clock(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("县长出席开幕式。闭幕式将于下午5时举行。", id="still-to-come"),
        pytest.param("县长出席开学典礼。典礼原定于上午9时举行,因雨推迟。", id="the-plan"),
        pytest.param("县长出席升旗仪式。仪式上午9时将在广场举行。", id="future-after-the-hour"),
        pytest.param("县长出席开幕式。闭幕式于下午5时举行。", id="another-phase"),
    ],
)
def test_no_hour_of_a_plan_or_of_another_phase(text: str) -> None:
    """``闭幕式将于下午5时举行``: an hour still to come, planned, or another phase's is no start."""
    assert later_clock(text) is None


def test_the_lead_s_own_event_named_again_gives_its_hour() -> None:
    """``出席开学典礼。开学典礼于上午9时举行``: the lead's own noun, so its hour."""
    assert later_clock("县长出席开学典礼。开学典礼于上午9时在操场举行。") == (9, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("本报讯 3月5日早8:30,镇人代会开幕。", (8, 30), id="early-digits"),
        pytest.param("本报讯 3月5日早八时,镇人代会开幕。", (8, 0), id="early-numerals"),
        pytest.param("本报讯 3月5日早早来到会场,镇人代会开幕。", None, id="early-adverb"),
    ],
)
def test_a_bare_early_before_an_hour(text: str, expected: tuple[int, int] | None) -> None:
    """``3月5日早8:30``: a bare 早 before an hour is the morning; 早早 is no hour."""
    events = extract_text(text, published=dt.date(2021, 3, 6)).events
    start = events[0].start
    got = (start.hour, start.minute) if isinstance(start, dt.datetime) else None
    assert got == expected


@pytest.mark.parametrize(
    ("printed", "minute"),
    [
        pytest.param("六时卅分", 30, id="thirty"),
        pytest.param("六时廿五分", 25, id="twenty-five"),
    ],
)
def test_minutes_in_taiwan_numerals(printed: str, minute: int) -> None:
    """``下午六时卅分``: 卅 and 廿 are thirty and twenty, as Taiwan papers print them."""
    result = extract_text(
        f"标题\n\n本报讯 5月19日下午{printed},某镇召开说明会。", published=PUBLISHED
    )
    assert dt.datetime(2020, 5, 19, 18, minute, tzinfo=SHANGHAI) == result.events[0].start


#: The later clock's pattern as first written: a look ahead at its first
#: character, then its branches with the day whole in one group.
_CLOCK_LATER_AS_WRITTEN = re.compile(
    r"(?=[。\n!?>\d当])"
    r"(?:[。\n!?>]|(?P<on>(?:\d{1,2}月)?\d{1,2})日|当天|当日|当(?=晚))"
    r"\s*(?P<ap>上午|下午|晚上|早上|中午|晚)"
    rf"(?P<h>{_clock.NUMERAL})(?:时|点|:)(?:(?P<mi>{_clock._MINUTE})分?)?"
)
#: Clauses a later clock may open or follow, built piece by piece.
_CLOCK_CLAUSES = st.tuples(
    st.sampled_from(["。", "\n", "!", ">", "当天", "当日", "当", "某", "", "12日", "9月29日"]),
    st.sampled_from(["", "12月5日", "123日", "1月", "2号", "9", "29", "29日", "于7日", "1月12日"]),
    st.sampled_from(["", " ", "  "]),
    st.sampled_from(["上午", "下午", "晚", "晚上", "中午", "", "某"]),
    st.sampled_from(["9", "12", "八", "十二", "", "x"]),
    st.sampled_from(["时", "点", ":", ""]),
    st.sampled_from(["30", "半", "", "五分", "前"]),
).map("".join)


def _same_later_clocks(text: str) -> int:
    def read(m: re.Match[str], day: int | None) -> tuple[object, ...]:
        return (m.span(), m["ap"], m["h"], m["mi"], day)

    written = [
        read(m, None if m["on"] is None else int(m["on"].split("月")[-1]))
        for m in _CLOCK_LATER_AS_WRITTEN.finditer(text)
    ]
    assert written == [read(m, _clock._day_before(m)) for m in _clock._CLOCK_LATER.finditer(text)]
    return len(written)


@given(st.lists(_CLOCK_CLAUSES, max_size=6))
def test_the_later_clock_opening_on_its_first_characters_reads_as_written(
    clauses: list[str],
) -> None:
    """Every match keeps its bounds, its clock and its day (``9月29日`` or ``29日``: 29)."""
    _same_later_clocks("\n" + "".join(clauses))


@pytest.mark.parametrize(
    "text",
    [
        *("\n上午9时", "。下午3点", "!晚8时", "?中午12点", ">早上7:30", "\n当天上午9时"),
        *("\n当日下午2点", "\n当晚7时", "\n于7日下午2:00", "\n9月29日上午8:30", "\n12日晚8时"),
        *("\n12月5日 晚8时", "\n123日晚8时", "\n1月12日上午九时三十分", "\n当早上8时"),
    ],
)
def test_each_way_a_later_clock_opens_reads_as_written(text: str) -> None:
    """A sentence's mark, a day with or without its month, 当天/当日/当晚: each read alike."""
    assert _same_later_clocks(text) == (0 if text.endswith("当早上8时") else 1)


#: Sentences an opening clock may stand in, built piece by piece.
_OPENING_SENTENCES = st.tuples(
    st.sampled_from(["", "。", "\n", "!”", "某"]),
    st.sampled_from(["8", "16", "x"]),
    st.sampled_from(["点", "时"]),
    st.sampled_from(["", "30分", "半"]),
    st.sampled_from([",", ""]),
    st.sampled_from(["", "会议正式", "大会准时", "大家", "赛", "式", "X宣布"]),
    st.sampled_from(["开幕", "开赛", "开始", "拉开了序幕", "拉开帷幕", "开", "召开"]),
).map("".join)


@given(st.lists(_OPENING_SENTENCES, min_size=1, max_size=4))
def test_a_text_holding_no_opening_verb_holds_no_opening_clock(sentences: list[str]) -> None:
    """The verbs checked before the search: every opening clock holds one of them."""
    text = "".join(sentences)
    if _clock._CLOCK_OPENS_TEXT.match(text) or _clock._CLOCK_OPENS.search(text):
        assert any(verb in text for verb in _clock._OPENING_VERBS)
