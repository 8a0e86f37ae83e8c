"""
Synthetic Chinese local-news events, and the same events for each peer library.

:func:`make_events` builds ``n`` :class:`timeline.Event` objects from a seeded
:class:`random.Random`, so a given ``(n, seed)`` always gives the same events.
They follow the benchmark spec of issue 6: a title of about 30 CJK characters,
a summary of about 300, 2-8 named participants with titles and roles, 0-3
organisations, 1-8 tour stops, 70% all-day and 30% timed in Asia/Shanghai, and
a :class:`timeline.Source` with a byline. People, places and organisations are
drawn from pools that grow with ``n`` up to about 10^4 each, so faceted feeds
see a realistic number of facets at large ``n``.

The adapters below (``to_icalendar``, ``to_ical``, ``to_icspy``,
``to_vobject``) turn those events into each peer's own objects, carrying the
same properties: UID, DTSTAMP, DTSTART, DTEND, SUMMARY, DESCRIPTION, LOCATION
(the stops, in order), CATEGORIES (the kinds) and one ATTENDEE per participant
(CN, ROLE). :func:`floor_ics` is the "floor": the least a pure-Python
serializer can do for the same output (string joins, TEXT escaping and
UTF-8-aware folding), used to judge how close an exporter is to the limit.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING, Any, Final

from timeline import (
    SHANGHAI,
    Delegation,
    Event,
    EventKind,
    Headcount,
    Location,
    Organisation,
    Participant,
    Person,
    Precision,
    Role,
    Source,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

__all__ = [
    "DTSTAMP",
    "PRODID",
    "floor_ics",
    "iter_events",
    "make_events",
    "to_ical",
    "to_icalendar",
    "to_icspy",
    "to_vobject",
]

#: The fixed DTSTAMP every adapter writes, so outputs are comparable.
DTSTAMP: Final = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
PRODID: Final = "-//timeline benchmarks//synth//ZH"
_UID_DOMAIN: Final = "synth.timeline.invalid"
_EPOCH: Final = dt.date(2015, 1, 1)

# -- vocabulary ------------------------------------------------------------------

_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
)
_GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国晓雷珊春雨泰峰红梅玉兰海燕志强"
    "文博思远嘉欣子涵宇轩浩然梓萱一诺雨桐欣怡佳怡俊杰晨阳鑫磊雪松立新振华永胜德明光辉"
)
_TITLES = (
    "区委书记",
    "区委副书记、区长",
    "副区长",
    "区委常委、组织部部长",
    "区人大常委会主任",
    "区政协主席",
    "区委常委、宣传部部长",
    "区应急管理局局长",
    "街道党工委书记",
    "街道办事处主任",
    "社区党委书记",
    "区卫健委主任",
    "区教育局局长",
    "区城管局副局长",
    "区领导",
    "",
)
_DISTRICTS = (
    "中原区",
    "二七区",
    "金水区",
    "管城区",
    "惠济区",
    "上街区",
    "高新区",
    "经开区",
)
_STREETS = (
    "棉纺路",
    "汝河路",
    "建设路",
    "桐柏路",
    "陇海路",
    "中原路",
    "须水",
    "林山寨",
    "三官庙",
    "秦岭路",
    "绿东村",
    "航海路",
    "嵩山路",
    "伏牛路",
    "华山路",
    "工人路",
)
_PLACE_KINDS = (
    "社区",
    "小区",
    "市场",
    "街道办事处",
    "安置区",
    "小学",
    "中学",
    "卫生服务中心",
    "河道",
    "公园",
    "工地",
    "党群服务中心",
    "养老院",
    "文化广场",
)
_BODIES = (
    "区委组织部",
    "区委宣传部",
    "区应急管理局",
    "区爱卫办",
    "区农委",
    "区城管局",
    "区教育局",
    "区卫健委",
    "区民政局",
    "区人社局",
    "区财政局",
    "区住建局",
    "区市场监管局",
    "区生态环境分局",
    "区总工会",
    "团区委",
    "区妇联",
)
_SECTIONS = (
    "办公室",
    "组织科",
    "宣传科",
    "综合科",
    "督查科",
    "党建办",
    "执法大队",
    "服务中心",
)
_VERBS = (
    "召开",
    "调研",
    "督导",
    "观摩",
    "慰问",
    "检查",
    "部署",
    "推进",
    "学习",
    "宣讲",
)
_TOPICS = (
    "国家卫生城市复审工作",
    "防汛抗旱和安全生产工作",
    "“红色物业”工作",
    "全国两会精神",
    "疫情防控和复工复产",
    "城市精细化管理",
    "老旧小区改造",
    "基层党建工作",
    "“六稳”“六保”任务落实",
    "人居环境整治",
    "文明城市创建",
    "优化营商环境",
    "乡村振兴工作",
    "扫黑除恶专项斗争",
)
_SUFFIXES = (
    "推进会",
    "座谈会",
    "专题会议",
    "现场会",
    "动员大会",
    "观摩活动",
    "学习会",
    "调研活动",
)
_SENTENCES = (
    "会议传达学习了上级有关文件精神，对下一阶段工作进行了安排部署。",
    "要坚持以人民为中心的发展思想，把群众的操心事、烦心事、揪心事办好办实。",
    "各单位要进一步提高政治站位，压实工作责任，确保各项任务按时保质完成。",
    "一行人先后来到多个点位，实地查看整改进展情况，详细了解存在的困难和问题。",
    "要加大督导整治力度，坚持问题导向，举一反三，确保全面达标。",
    "与会人员围绕主题进行了深入交流研讨，并结合实际提出了意见建议。",
    "要统筹做好疫情防控和经济社会发展工作，扎实做好“六稳”工作，全面落实“六保”任务。",
    "活动现场气氛热烈，参加人员纷纷表示将以此次活动为契机，进一步做好本职工作。",
    "要建立健全长效机制，强化部门联动，形成工作合力，推动工作常态化、制度化。",
    "他强调，要以钉钉子精神抓好落实，切实把各项决策部署转化为工作实效。",
    "据悉，下一步将持续开展专项行动，对发现的问题建立台账，逐项销号。",
    "现场听取了相关负责人的工作汇报，对前期取得的成绩给予充分肯定。",
)
_PUBLICATIONS = ("中原报", "郑州日报", "河南日报", "大河报")
_ROLES_AFTER_LEAD = (
    Role.ACCOMPANIES,
    Role.TAKES_PART,
    Role.SPEAKS,
    Role.GUIDES,
    Role.JUDGES,
)
_KINDS = tuple(EventKind)


def _pool_size(n: int) -> int:
    # A district paper names a few thousand officials and places over years;
    # 10^4 keeps facets realistic at 10^5+ events without exhausting the names.
    return min(10_000, max(64, n // 10))


def _names(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        given_len = 1 if rng.random() < 0.3 else 2
        name = rng.choice(_SURNAMES) + "".join(rng.choices(_GIVEN, k=given_len))
        if len(seen) >= 0.9 * (len(_SURNAMES) * len(_GIVEN) ** 2):
            name += str(len(names))
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def _places(rng: random.Random, count: int) -> list[Location]:
    places: list[Location] = []
    seen: set[str] = set()
    while len(places) < count:
        street = rng.choice(_STREETS)
        side = rng.choice("东西南北中")
        name = f"{street}{side}{rng.randint(1, 300)}号{rng.choice(_PLACE_KINDS)}"
        if name in seen:
            continue
        seen.add(name)
        area = f"{street}街道" if rng.random() < 0.5 else ""
        places.append(Location(name, area))
    return places


def _bodies(rng: random.Random, count: int) -> list[Organisation]:
    bodies = [Organisation(b) for b in _BODIES]
    seen = set(_BODIES)
    while len(bodies) < count:
        parent = rng.choice(_BODIES)
        name = f"{rng.choice(_DISTRICTS)}{parent[1:]}{rng.choice(_SECTIONS)}"
        if name in seen:
            name = f"{name}{len(bodies)}"
        seen.add(name)
        bodies.append(Organisation(name, parent))
    return bodies


def _text(rng: random.Random, length: int) -> str:
    parts: list[str] = []
    size = 0
    while size < length:
        sentence = rng.choice(_SENTENCES)
        parts.append(sentence)
        size += len(sentence)
    return "".join(parts)[:length].rstrip("，、") + "。"


def iter_events(n: int, *, seed: int = 20200603) -> Iterator[Event]:
    """
    Yield ``n`` synthetic events, the same ones for the same ``n`` and ``seed``.

    Args:
        n: How many events.
        seed: The random seed.

    Yields:
        Events with ids ``synth-0000000`` upwards, in generation order (not
        sorted by time).
    """
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not crypto
    pool = _pool_size(n)
    people = [Person(name, rng.choice(_TITLES)) for name in _names(rng, pool)]
    leads = [Participant(p, Role.LEADS) for p in people]
    others = [
        [Participant(p, role) for p in people] for role in _ROLES_AFTER_LEAD
    ]  # pre-built so generation cost is the Event, not its parts
    reporters = [Participant(Person(name), Role.REPORTS) for name in _names(rng, 200)]
    correspondents = [Participant(Person(name), Role.CORRESPONDENT) for name in _names(rng, 200)]
    places = _places(rng, pool)
    bodies = _bodies(rng, max(len(_BODIES), pool // 10))
    body_roles = (Role.ORGANISES, Role.ACCOMPANIES, Role.TAKES_PART)
    delegations = [[Delegation(b, r, "相关负责人") for b in bodies] for r in body_roles]
    headcount_kinds = (
        Headcount(count=50, precision=Precision.AT_LEAST, unit="人", text="50余人"),
        Headcount(count=71, unit="名", counted="选民", text="71名"),
        Headcount(count=30, precision=Precision.ABOUT, unit="人", text="约30人"),
    )
    for i in range(n):
        district = rng.choice(_DISTRICTS)
        title = f"{district}{rng.choice(_VERBS)}{rng.choice(_TOPICS)}{rng.choice(_SUFFIXES)}"
        title = (title + rng.choice(_TOPICS))[:30]
        day = _EPOCH + dt.timedelta(days=rng.randrange(3650))
        if rng.random() < 0.7:
            start: dt.date = day
            end: dt.date = day + dt.timedelta(days=1 if rng.random() < 0.9 else rng.randint(2, 3))
        else:
            start = dt.datetime(
                day.year, day.month, day.day, rng.randint(8, 17), rng.choice((0, 30)),
                tzinfo=SHANGHAI,
            )  # fmt: skip
            end = start + dt.timedelta(minutes=rng.choice((30, 60, 90, 120, 180)))
        count = rng.randint(2, 8)
        idx = rng.sample(range(pool), count)
        participants = [leads[idx[0]]] + [rng.choice(others)[j] for j in idx[1:]]
        stops = rng.sample(places, rng.randint(1, 8))
        dels = [
            rng.choice(delegations)[rng.randrange(len(bodies))] for _ in range(rng.randint(0, 3))
        ]
        byline = [rng.choice(reporters)]
        if rng.random() < 0.5:
            byline.append(rng.choice(correspondents))
        kinds = rng.sample(_KINDS, 1 if rng.random() < 0.8 else 2)
        published = (start.date() if isinstance(start, dt.datetime) else start) + dt.timedelta(1)
        source = Source(
            headline=f"{district}{title[len(district) :]}",
            published=published,
            publication=rng.choice(_PUBLICATIONS),
            document=f"page-{i // 6:07d}.txt",
            byline=byline,
        )
        yield Event(
            id=f"synth-{i:07d}",
            title=title,
            kinds=kinds,
            start=start,
            end=end,
            summary=_text(rng, 300),
            participants=participants,
            delegations=dels,
            locations=stops,
            headcounts=(rng.choice(headcount_kinds),) if rng.random() < 0.3 else (),
            source=source,
        )


def make_events(n: int, *, seed: int = 20200603) -> list[Event]:
    """Return :func:`iter_events` as a list."""
    return list(iter_events(n, seed=seed))


# -- what every adapter writes ------------------------------------------------------

_ROLE_PARAM: Final = {Role.LEADS: "CHAIR", Role.ACCOMPANIES: "OPT-PARTICIPANT"}


def _uid(event: Event) -> str:
    return f"{event.id}@{_UID_DOMAIN}"


def _location(event: Event) -> str:
    return "；".join(loc.name for loc in event.locations)


def _cn(participant: Participant) -> str:
    person = participant.person
    return f"{person.title} {person.name}" if person.title else person.name


def _role(participant: Participant) -> str:
    return _ROLE_PARAM.get(participant.role, "REQ-PARTICIPANT")


def _address(participant: Participant) -> str:
    return f"urn:x-timeline:person:{participant.person.name}"


# -- icalendar ----------------------------------------------------------------


def to_icalendar(events: Iterable[Event]) -> Any:  # noqa: ANN401 - icalendar.Calendar
    """Build an ``icalendar.Calendar`` of ``events``."""
    import icalendar  # noqa: PLC0415 - each peer loads only in its own run

    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    for event in events:
        ve = icalendar.Event()
        ve.add("uid", _uid(event))
        ve.add("dtstamp", DTSTAMP)
        ve.add("dtstart", event.start)
        ve.add("dtend", event.end)
        ve.add("summary", event.title)
        ve.add("description", event.summary)
        ve.add("location", _location(event))
        ve.add("categories", [k.value for k in event.kinds])
        for p in event.participants:
            addr = icalendar.vCalAddress(_address(p))
            addr.params["CN"] = _cn(p)
            addr.params["ROLE"] = _role(p)
            ve.add("attendee", addr, encode=False)
        cal.add_component(ve)
    return cal


# -- allenporter/ical -----------------------------------------------------------


def to_ical(events: Iterable[Event]) -> Any:  # noqa: ANN401 - ical.calendar.Calendar
    """Build an allenporter ``ical.calendar.Calendar`` of ``events``."""
    from ical.calendar import Calendar  # noqa: PLC0415 - each peer loads only in its own run
    from ical.event import Event as IcalEvent  # noqa: PLC0415
    from ical.types import CalAddress  # noqa: PLC0415

    cal = Calendar(prodid=PRODID)
    for event in events:
        cal.events.append(
            IcalEvent(
                uid=_uid(event),
                dtstamp=DTSTAMP,
                dtstart=event.start,
                dtend=event.end,
                summary=event.title,
                description=event.summary,
                location=_location(event),
                categories=[k.value for k in event.kinds],
                attendees=[
                    CalAddress(uri=_address(p), common_name=_cn(p), role=_role(p))
                    for p in event.participants
                ],
            )
        )
    return cal


def ical_to_bytes(cal: Any) -> bytes:  # noqa: ANN401 - ical.calendar.Calendar
    """Serialize an allenporter calendar."""
    from ical.calendar_stream import IcsCalendarStream  # noqa: PLC0415

    return IcsCalendarStream.calendar_to_ics(cal).encode()


# -- ics-py ----------------------------------------------------------------------


def to_icspy(events: Iterable[Event]) -> Any:  # noqa: ANN401 - ics.Calendar
    """Build an ics-py ``ics.Calendar`` of ``events``."""
    import ics  # noqa: PLC0415 - each peer loads only in its own run

    cal = ics.Calendar(creator=PRODID)
    for event in events:
        all_day = event.all_day
        ev = ics.Event(
            uid=_uid(event),
            name=event.title,
            begin=event.start if not all_day else dt.datetime.combine(event.start, dt.time()),
            description=event.summary,
            location=_location(event),
            categories=[k.value for k in event.kinds],
            attendees=[
                ics.Attendee(_address(p), common_name=_cn(p), role=_role(p))
                for p in event.participants
            ],
        )
        ev.created = DTSTAMP
        if all_day:
            ev.make_all_day()
            ev.end = dt.datetime.combine(event.end, dt.time())
        else:
            ev.end = event.end
        cal.events.add(ev)
    return cal


# -- vobject ---------------------------------------------------------------------


def to_vobject(events: Iterable[Event]) -> Any:  # noqa: ANN401 - vobject component
    """Build a vobject ``VCALENDAR`` component of ``events``."""
    import vobject  # noqa: PLC0415 - each peer loads only in its own run
    from dateutil import tz  # noqa: PLC0415

    # vobject names a zone only from dateutil's tzinfo: with zoneinfo it writes
    # TZID=CST, and for datetime.UTC it gives up.
    stamp = DTSTAMP.replace(tzinfo=tz.UTC)
    shanghai = tz.gettz("Asia/Shanghai")
    cal = vobject.iCalendar()
    cal.add("prodid").value = PRODID
    for event in events:
        ve = cal.add("vevent")
        ve.add("uid").value = _uid(event)
        ve.add("dtstamp").value = stamp
        ve.add("dtstart").value = _dateutil_zone(event.start, shanghai)
        ve.add("dtend").value = _dateutil_zone(event.end, shanghai)
        ve.add("summary").value = event.title
        ve.add("description").value = event.summary
        ve.add("location").value = _location(event)
        ve.add("categories").value = [k.value for k in event.kinds]
        for p in event.participants:
            att = ve.add("attendee")
            att.value = _address(p)
            att.params["CN"] = [_cn(p)]
            att.params["ROLE"] = [_role(p)]
    return cal


def _dateutil_zone(value: dt.date, zone: dt.tzinfo | None) -> dt.date:
    return value.replace(tzinfo=zone) if isinstance(value, dt.datetime) else value


# -- the floor ---------------------------------------------------------------------

_VTIMEZONE: Final = (
    "BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
    "TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nTZNAME:CST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
)
_ESCAPES: Final = str.maketrans({"\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n"})
_STAMP: Final = DTSTAMP.strftime("%Y%m%dT%H%M%SZ")


def _fold(line: str) -> str:
    data = line.encode()
    if len(data) <= 75:
        return line + "\r\n"
    out: list[str] = []
    limit = 75
    start = 0
    while start < len(data):
        stop = min(start + limit, len(data))
        while stop < len(data) and (data[stop] & 0xC0) == 0x80:  # inside a UTF-8 sequence
            stop -= 1
        out.append(data[start:stop].decode())
        start = stop
        limit = 74  # continuation lines spend one octet on the leading space
    return "\r\n ".join(out) + "\r\n"


def _when(name: str, value: dt.date) -> str:
    if isinstance(value, dt.datetime):
        local = value.astimezone(SHANGHAI)
        return f"{name};TZID=Asia/Shanghai:{local:%Y%m%dT%H%M%S}"
    return f"{name};VALUE=DATE:{value:%Y%m%d}"


def _param(value: str) -> str:
    return f'"{value}"' if any(c in value for c in ":;,") else value


def floor_ics(events: Sequence[Event] | Iterable[Event]) -> bytes:
    """
    Serialize ``events`` the cheapest correct way: the pure-Python floor.

    The whole calendar is held in memory as one list of lines, as the peers do.
    """
    out = [f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:{PRODID}\r\n", _VTIMEZONE]
    append = out.append
    for e in events:
        append("BEGIN:VEVENT\r\n")
        append(f"UID:{_uid(e)}\r\nDTSTAMP:{_STAMP}\r\n")
        append(_when("DTSTART", e.start) + "\r\n")
        append(_when("DTEND", e.end) + "\r\n")
        append(_fold("SUMMARY:" + e.title.translate(_ESCAPES)))
        append(_fold("DESCRIPTION:" + e.summary.translate(_ESCAPES)))
        append(_fold("LOCATION:" + _location(e).translate(_ESCAPES)))
        append("CATEGORIES:" + ",".join(k.value for k in e.kinds) + "\r\n")
        for p in e.participants:
            append(_fold(f"ATTENDEE;CN={_param(_cn(p))};ROLE={_role(p)}:{_address(p)}"))
        append("END:VEVENT\r\n")
    append("END:VCALENDAR\r\n")
    return "".join(out).encode()
