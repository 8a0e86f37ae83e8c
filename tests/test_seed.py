"""
The seed dataset against the seed page's facts, listed here independently.

Each fact below was read off the page by hand; the test checks the bundled
dataset states exactly these facts, and that each fact is really printed on
the page (so neither list can drift from the text).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import Event, EventKind, Precision, Role

D = dt.date

# (date, kinds, lead-sentence phrase that is the title)
EVENTS = {
    "2020-06-02-meeting-bc815b": (
        D(2020, 6, 2),
        ("meeting", "study"),
        "全区领导干部会议暨区委理论学习中心组第五次集体学习会议",
    ),
    "2020-05-28-visit-ce749f": (D(2020, 5, 28), ("visit",), "“六一”慰问活动"),
    "2020-05-25-observation-fee57b": (
        D(2020, 5, 25),
        ("observation", "meeting"),
        "“红色物业”工作观摩推进会",
    ),
    "2020-05-25-inspection-0f8f0c": (
        D(2020, 5, 25),
        ("inspection",),
        "调研国家卫生城市复审、防汛抗旱、安全生产工作",
    ),
    "2020-05-26-contest-184fbb": (
        D(2020, 5, 26),
        ("contest",),
        "村(社区)党组织书记“亮赛比”专场比学预选活动",
    ),
    "2020-05-26-election-5ae313": (
        D(2020, 5, 26),
        ("election", "meeting"),
        "补选区第十六届人大代表选举大会",
    ),
}

# Named people: event -> [(title, name, role)] in printed order.
PEOPLE = {
    "2020-05-28-visit-ce749f": [
        ("中原区委书记", "乔耸", "leads"),
        ("区委副书记、区委办主任", "杜建强", "leads"),
        ("区人大党组副书记", "吴明勇", "leads"),
        ("政协副主席", "黄乃林", "leads"),
    ],
    "2020-05-25-inspection-0f8f0c": [
        ("中原区委副书记、区长", "李晓雷", "leads"),
        ("区领导", "于珊", "accompanies"),
        ("区领导", "邵春雨", "accompanies"),
        ("区领导", "王泰峰", "accompanies"),
    ],
    "2020-05-26-election-5ae313": [("正式代表候选人", "李利军", "elected")],
}

# Bodies: event -> [(organisation, role, representatives)].
BODIES = {
    "2020-06-02-meeting-bc815b": [
        ("中原区", "organises", ""),
        ("区委理论学习中心组", "takes_part", ""),
    ],
    "2020-05-28-visit-ce749f": [
        ("区妇联", "accompanies", "主要负责人"),
        ("区教体局", "accompanies", "主要负责人"),
    ],
    "2020-05-25-observation-fee57b": [
        ("中原区", "organises", ""),
        ("区委组织部", "leads", "相关负责人一行"),
        ("各街道", "speaks", "组织员(分管领导)"),
    ],
    "2020-05-25-inspection-0f8f0c": [
        (body, "accompanies", "主要负责同志")
        for body in ("区应急管理局", "区爱卫办", "区农委", "区城管局")
    ],
    "2020-05-26-contest-184fbb": [
        ("中原区", "organises", ""),
        ("市级非公党建宣讲团", "speaks", "成员"),
        *[
            (f"区委组织部{section}", "judges", "有关负责同志")
            for section in ("组织科", "党管科", "人才科", "机关党建科")
        ],
    ],
    "2020-05-26-election-5ae313": [
        ("棉纺路街道", "organises", ""),
        ("区人大补选办公室第四督导组", "guides", ""),
    ],
}

# Places in the order visited, with the area the page gives.
PLACES = {
    "2020-06-02-meeting-bc815b": [],
    "2020-05-28-visit-ce749f": [("建设路小学", ""), ("建设路第二小学", "")],
    "2020-05-25-observation-fee57b": [
        ("棉纺路街道三棉东社区棉西小院", "棉纺路街道"),
        ("汝河路街道金苑社区", "汝河路街道"),
    ],
    "2020-05-25-inspection-0f8f0c": [
        (stop, "")
        for stop in (
            "桐柏路建设路东南角",
            "北岗小区",
            "郑西高铁铁路沿线",
            "元通市场",
            "常庄安置区",
            "陇海路贾峪河河道",
            "三官庙社区",
            "桐柏路191号院",
        )
    ],
    "2020-05-26-contest-184fbb": [("区“人才之家”", "")],
    "2020-05-26-election-5ae313": [("棉纺路街道机关选区", "棉纺路街道")],
}

# Headcounts: (phrase as printed, number, precision).
COUNTS = {
    "2020-05-26-contest-184fbb": [("50余人", 50, "at_least"), ("12名", 12, "exact")],
    "2020-05-26-election-5ae313": [("71名", 71, "exact")],
}

# Bylines: reporter, then correspondents.
BYLINES = {
    "2020-06-02-meeting-bc815b": ("张改华", ["张光明", "彭智慧"]),
    "2020-05-28-visit-ce749f": ("张改华", ["冯宇飞", "刘赛"]),
    "2020-05-25-observation-fee57b": ("张改华", []),
    "2020-05-25-inspection-0f8f0c": ("张改华", ["张黎"]),
    "2020-05-26-contest-184fbb": ("张改华", []),
    "2020-05-26-election-5ae313": ("张改华", ["唐珂欣", "马楚璇"]),
}


@pytest.fixture(scope="module")
def by_id(seed_events: tuple[Event, ...]) -> dict[str, Event]:
    """The seed dataset's events by id."""
    return {e.id: e for e in seed_events}


ids = pytest.mark.parametrize("event_id", sorted(EVENTS))


class TestSeedDataset:
    """The dataset states exactly the page's facts."""

    def test_six_reports(self, by_id):
        """The page has six reports, and the dataset six events."""
        assert set(EVENTS) == set(by_id)

    @ids
    def test_date_kind_title(self, by_id, event_id):
        """Date (all-day), kinds in order, and title."""
        day, kinds, title = EVENTS[event_id]
        event = by_id[event_id]
        assert (day, day + dt.timedelta(days=1)) == (event.start, event.end)
        assert tuple(EventKind(k) for k in kinds) == event.kinds
        assert title == event.title

    @ids
    def test_people(self, by_id, event_id):
        """Every named participant, with the exact title and role, in order."""
        got = [(p.person.title, p.person.name, p.role) for p in by_id[event_id].participants]
        assert [(t, n, Role(r)) for t, n, r in PEOPLE.get(event_id, [])] == got

    @ids
    def test_bodies(self, by_id, event_id):
        """Every organisation in its role, with its unnamed representatives."""
        got = [
            (d.organisation.name, d.role, d.representatives) for d in by_id[event_id].delegations
        ]
        assert [(o, Role(r), rep) for o, r, rep in BODIES.get(event_id, [])] == got

    @ids
    def test_places_in_order(self, by_id, event_id):
        """Every stop, in the order visited."""
        got = [(loc.name, loc.area) for loc in by_id[event_id].locations]
        assert PLACES[event_id] == got

    @ids
    def test_headcounts(self, by_id, event_id):
        """Every headcount with its precision."""
        got = [(h.text, h.count, h.precision) for h in by_id[event_id].headcounts]
        assert [(t, n, Precision(p)) for t, n, p in COUNTS.get(event_id, [])] == got

    @ids
    def test_byline(self, by_id, event_id):
        """Reporter first, then correspondents, in printed order."""
        reporter, correspondents = BYLINES[event_id]
        source = by_id[event_id].source
        assert source is not None
        expected = [(reporter, Role.REPORTS)] + [(n, Role.CORRESPONDENT) for n in correspondents]
        assert expected == [(p.person.name, p.role) for p in source.byline]

    @ids
    def test_source(self, by_id, event_id, seed_text):
        """The span covers the headline through the byline, and the year is 2020."""
        source = by_id[event_id].source
        assert source is not None
        assert D(2020, 6, 3) == source.published
        assert source.document == "000_827634933f63f40b.txt"
        assert source.span is not None
        article = seed_text[source.span[0] : source.span[1]]
        assert article.startswith(source.headline)
        assert article.endswith(BYLINES[event_id][1][-1] if BYLINES[event_id][1] else "张改华")


class TestFactsArePrinted:
    """Each listed fact really is on the page, so the lists above are not invented."""

    @ids
    def test_title_and_summary_printed(self, by_id, event_id, seed_text):
        """The title and the summary (the lead sentence) are verbatim text."""
        assert EVENTS[event_id][2] in seed_text
        assert by_id[event_id].summary in seed_text

    @ids
    def test_dates_printed(self, event_id, seed_text):
        """The month/day of each event is printed after 本报讯."""
        day = EVENTS[event_id][0]
        assert f"本报讯 {day.month}月{day.day}日" in seed_text

    @ids
    def test_people_printed(self, event_id, seed_text):
        """Each name is printed, right after its title (or in the title's list)."""
        for title, name, _ in PEOPLE.get(event_id, []):
            assert name in seed_text
            assert title.split("、")[-1] in seed_text

    @ids
    def test_stops_printed_in_order(self, event_id, seed_text):
        """Tour stops appear in the text in the listed order."""
        positions = [seed_text.find(name.replace("区“", "“")) for name, _ in PLACES[event_id]]
        assert all(p >= 0 for p in positions)
        assert sorted(positions) == positions

    def test_counts_printed(self, seed_text):
        """The headcount phrases are printed."""
        for phrase in ("共50余人参加", "12名村(社区)党组织书记", "71名选区选民", "71名选民"):
            assert phrase in seed_text
