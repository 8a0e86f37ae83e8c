"""
Numbers and count mentions: ``50余人``, ``71名选民``, ``约30人``, ``三十余名``.

What a count of people is, wherever it stands: a numeral (Arabic,
Chinese, or ``1 万``) with its counter word, how exact it is (余/多 at
least, 约/近 about) and who was counted: the noun phrase after the counter
(``71名选区选民参加``) or, when a verb follows at once (``...共50余人参加``),
the subject before it. Rankings, rhetoric, ``几十人`` and counters of
things are no counts. Which counts are those who took part, and which is
the event's headcount, is ``_headcounts``'s.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "APPROX_PREFIXES",
    "MAX_AFTER",
    "MAX_COUNTED",
    "PERSON_NOUN",
    "POST",
    "PREDICATE",
    "CountMention",
    "chinese_number",
    "count_matches",
    "precision_of",
    "who_counted",
]

_DIGITS: Final = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS: Final = {"十": 10, "百": 100, "千": 1000, "万": 10000}
#: Chinese digits one to nine: two of them side by side (三五, 两三) are a range.
_ONES: Final = frozenset("一二两三四五六七八九")
#: How far before a count who was counted is read, and how far after it.
MAX_COUNTED: Final = 80
MAX_AFTER: Final = 24


def chinese_number(text: str) -> int | None:
    """Read ``71``, ``七十一``, ``一百零五``, ``两千`` or ``1 万``; None if not a number."""
    if not text:
        return None
    if text[-1] == "万" and text[0].isdigit():  # 1 万多名, 2.69万, 20多万
        head = text[:-1].strip().rstrip("余多")
        try:
            return round(float(head) * 10000)
        except ValueError:
            return None
    if text.isascii():
        return int(text) if text.isdigit() else None
    total = 0
    section = 0
    digit: int | None = None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if unit == 10000:  # noqa: PLR2004 - 万 closes a section
                # 近万, 万余: a bare 万 is one ten-thousand, as a bare 千 is one thousand
                total = ((total + section + (digit or 0)) or 1) * unit
                section = 0
            else:
                section += (1 if digit is None else digit) * unit
            digit = None
        else:
            return None
    return total + section + (digit or 0)


@attrs.frozen(kw_only=True)
class CountMention:
    """
    A count of people found in text.

    ``actual``, ``competing`` and ``tied`` say how it stands to the event:
    ``_headcounts`` sets them, from the words around the count.

    Attributes:
        count: The number.
        precision: ``exact``, ``at_least`` or ``about``.
        unit: The counter word.
        counted: Who was counted.
        text: The number phrase as printed.
        span: Offsets of ``text`` in the searched string.
        actual: Whether the text says these are the ones who actually took
            part (``实到委员305人``, ``投票数1304人``, ``N名选民参加投票``), as
            against those expected or registered.
        competing: Whether these are a contest's contestants (``18名选手``,
            ``12人同台竞技``): decision 6 makes them a contest's headcount,
            not its audience or judges.
        tied: Whether the sentence ties the count to taking part: it is
            the subject of a verb of attending (``N人参加``, ``N名代表出席``),
            the people an organiser assembled (``组织N名代表视察``), a total
            (``共N人``), or the subject of its clause with a predicate after
            it (``N名书记分别围绕…``).
    """

    count: int
    precision: str
    unit: str
    counted: str
    text: str
    span: tuple[int, int]
    actual: bool = False
    competing: bool = False
    tied: bool = False


#: A crowd that attends, counted with no counter after 余 or 多 (1万余群众参加).
_CROWD_ATTENDING: Final = r"(?:干部|党员)?群众[^,。;]{0,4}?(?:参加|参与|出席|观看|聆听|齐聚)"
#: Voters are counted in ten-thousands with no counter at all (41万选民,
#: 20多万选民): the unit is then empty, and 多/余 may stand before the 万.
#: Only after Arabic digits: 百万选民, 千万选民 are figures of speech.
_COUNT: Final = re.compile(
    # 上 only before a round hundred, thousand or ten-thousand (上千名, 上万人):
    # "as many as"; before digits it is mostly a place (会上, 台上).
    r"(?P<pre>共计|合计|共|计|约|近|超过|逾|达|上(?=[百千万]))?"
    # 2,904位 (a thousands separator), 4千人, 1千6百余位, 2万5000名 and 1万5千人 are
    # read whole: a turnout of thousands is printed so, and a part of it
    # (904, 5000) would be taken otherwise.
    r"(?P<num>\d{1,4}(?:\.\d{1,2})?(?P<approx_wan>余|多)? ?万(?:\d千(?:\d百)?|\d{1,4}(?![\d.]))?"
    r"|\d{1,3}(?:,\d{3}){1,2}(?![\d,])|\d{1,2}千(?:\d百)?|\d{1,6}"
    r"|[零〇一二两三四五六七八九十百千万]{1,8})"
    # Typeset pages (a gazetteer's 出席代表214 人) may set a space between
    # Arabic digits and the counter, as they do before 月 and 日.
    r"(?:(?<=\d) (?=[余多]?[人名位个]))?"
    r"(?P<approx>余|多)?(?P<unit>人|名|位|个|(?:(?<=[\d余多]万)|(?<=[\d余多] 万))(?=选民)"
    # So are rounded crowds who attend (1万余群众参加, 3000余群众观看),
    # never a bare number (全县15万群众 is a population).
    r"|(?<=[余多])(?=" + _CROWD_ATTENDING + "))"
    r"(?P<post>左右)?"
    # 名义 is 以…名义 ("in the name of"), but 名义工/名义务… are volunteers
    # counted with 名 (30余名义工参加). N人口 (近8万人口) is a population.
    r"(?!次|民币|单|义(?!工|务)|称|字|片|家(?!长|属|庭)|为|之|列|校|额|录|号|气|手|物|心|(?<=人)口)"
)
#: What every count ends with: a digit or numeral, maybe 余/多, then its
#: unit. Most clauses have none, and one scan for it is cheaper than the count.
#: (One class opens the rule, 万 of 万选民 in it, so that the engine scans for
#: its characters instead of trying the rule at each position.)
_NUMBER_THEN_UNIT: Final = re.compile(
    r"[\d零〇一二两三四五六七八九十百千万]"
    r"(?:[余多]?[人名位个]|(?<=万)选民|(?<=\d) [余多]?[人名位个]|[余多](?="
    + _CROWD_ATTENDING
    + "))"
)
#: How far before that ending a count opens: 共计, a number of up to
#: fourteen characters (``1234.5余万6千7百``) and 余 before the unit.
_COUNT_REACH: Final = 15


def _count_finds(text: str) -> Iterator[re.Match[str]]:
    """
    The matches of ``_COUNT`` in ``text``, as ``finditer`` gives them.

    The count's pattern opens on an optional group, so the regex engine
    tries it at every position; each search starts instead short of the
    next number and unit (cheap to find), where the next count opens at
    the earliest.
    """
    pos = 0
    while (ending := _NUMBER_THEN_UNIT.search(text, pos)) is not None:
        m = _COUNT.search(text, max(pos, ending.start() - _COUNT_REACH))
        if m is None:
            return
        yield m
        pos = m.end()  # a count is never empty


_AFTER_STOP: Final = re.compile(
    r"[,。;、:!?“”]|参加|参与|出席|列席|分别|围绕|参会|到场|现场|进行|以|在|热情|依次|积极|共同|"
    r"齐聚|来到|走进|深入|通过|获得|被|将|和|与|受到|为|从|对|向|接受|开展|就|作|做|"
    r"报名|签约|当选|观看|聆听|听取|上台|登台|组成|陆续|等"
)
_BEFORE_TRIM: Final = re.compile(r"^(?:其中|此次|本次|会上|活动中|现场)[,]?")


def count_matches(text: str) -> Iterator[tuple[re.Match[str], int]]:
    """
    Every number phrase in ``text`` that counts people, with its value, in order.

    Not a ranking (``第12名``), ``几十人``, the decimals of another unit,
    rhetoric (``一名好少年``), nor ``N个`` of villages or groups.
    """
    for m in _count_finds(text):
        # 个 counts villages or groups, people only when a noun for them
        # competes or attends: 15个村党组织书记参赛, 59个村书记参加会议.
        if m["unit"] == "个" and not _people_by_unit(text, m.end()):
            continue
        num = m["num"]
        count = _digits_count(num) if num.isascii() else _mixed_count(num)
        before = text[m.start() - 1] if m.start() else ""
        # 几十人, 数百名: dozens or hundreds, not a count ("" is in every
        # string: test it apart). Only a numeral opening on its unit is one:
        # in 参加人数两千人 the 数 closes another word.
        vague = bool(before) and before in "几数" and num[0] in "十百千万"
        # 10.36亿人次: the decimals of another unit; 3.5人 is no headcount either;
        # 3万5千6百人 read from 5: the tail of a larger number
        if count is None or (before and before in "第前后每.万") or vague or before.isdigit():
            continue
        # 三五名, 两三人: two digits side by side (nothing else) are "a few", no one number
        if num[:1] in _ONES and num[1:] in _ONES:
            continue
        if not num.isascii() and count < 2 and not m["pre"]:  # noqa: PLR2004 - 一名 is rhetoric
            continue
        yield m, count


def _digits_count(num: str) -> int | None:
    """Read ``71`` or ``2,904``."""
    return int(num.replace(",", "")) if "," in num else chinese_number(num)


def _mixed_count(num: str) -> int | None:
    """Read ``4千``, ``1千6百``, ``2万5000`` or ``1万5千`` besides ``chinese_number``'s forms."""
    if not num[0].isdigit() or num[-1] == "万" or ("千" not in num and "万" not in num):
        return chinese_number(num)
    head, wan, rest = num.partition("万")
    if wan:  # 2万5000, 1.5万200, 1万5千
        tail = int(rest) if rest.isdigit() else int(rest[0]) * 1000 + _hundreds(rest)
        return round(float(head.strip().rstrip("余多")) * 10000) + tail
    head, _, rest = num.partition("千")  # 4千, 1千6百
    return int(head) * 1000 + _hundreds(rest)


def _hundreds(text: str) -> int:
    """The hundreds of ``5千6百`` (600), 0 for ``5千``."""
    return int(text[-2]) * 100 if text.endswith("百") else 0


#: Prefixes that make a count approximate, and are part of it as printed
#: (约50人, 近百人, 超过2000名, 逾百人, 上千名).
APPROX_PREFIXES: Final = frozenset({"约", "近", "超过", "逾", "上"})


def precision_of(m: re.Match[str]) -> str:
    """``exact``, ``at_least`` (50余人, 超过50人, 上千名) or ``about`` (约50人, 50人左右)."""
    pre = m["pre"] or ""
    if m["approx"] or m["approx_wan"] or pre in {"超过", "逾", "上"}:
        return "at_least"
    if pre in {"约", "近"} or m["post"]:
        return "about"
    return "exact"


#: Nouns for people: a counted phrase after the number ends with one.
PERSON_NOUN: Final = re.compile(
    r"(?:干部|选民|党员|群众|代表|书记|人员|学生|居民|职工|志愿者|选手|村民|教师|老师|老人|儿童|"
    r"委员|嘉宾|同志|员工|工作者|负责人|专家|医生|家长|师生|少年|青年|农民|企业家|客商|户)"
)
#: A post each unit has one of: N个村书记 are N people.
POST: Final = re.compile(r"书记|负责人|主任")
#: After N个: people (a noun for them) who compete, not villages or teams.
_CONTESTANTS_BY_UNIT: Final = re.compile(
    r"[^,。;]{0,12}?" + PERSON_NOUN.pattern + r"[^,。;]{0,4}?(?:参赛|同台|竞技|角逐|比拼|登台|上台)"
)
#: After N个: such a post attending.
_POSTS_BY_UNIT: Final = re.compile(
    r"[^,。;的]{0,12}?(?:" + POST.pattern + r")[^,。;]{0,4}?(?:参加|出席|参会|列席|到会)"
)


def _people_by_unit(text: str, after: int) -> bool:
    """
    Whether N个 counts people: a noun for them competes, or a post attends.

    15个村、社区书记参赛 counts contestants; 59个村书记参加会议 counts
    people, as each village has one secretary, but not 12个村的代表 (the
    villages, each with its own number of people), nor when another group
    follows the post (18个村书记、部门负责人参加): N个 covers the first only.
    """
    if _CONTESTANTS_BY_UNIT.match(text, after, after + 24):
        return True
    m = _POSTS_BY_UNIT.match(text, after, after + 24)
    if m is None:
        return False
    first = POST.search(text, after, m.end())
    return first is not None and "、" not in text[first.end() : m.end()]


#: A clause with one of these is a predicate, not part of who was counted.
PREDICATE: Final = re.compile(
    r"召开|举办|举行|开展|进行|参加|出席|陪同|调研|慰问|观摩|\d+月\d+日|吸引|邀请|来自|共有|"
    r"(?<!党)组织(?!员|部|科|工作|委员)|动员|带领|发动|主持|讲话|致辞|发言|宣布|带队"
)


def who_counted(text: str, after: int, before: int) -> str:
    """
    Who a count counts: the noun phrase after its counter, else the subject before it.

    ``after`` is where the count ends, ``before`` where it starts.
    """
    stop = _AFTER_STOP.search(text, after, min(len(text), after + MAX_AFTER))
    tail = text[after : stop.start() if stop else min(len(text), after + MAX_AFTER)]
    tail = tail.removeprefix("的")
    if tail:
        nouns = list(PERSON_NOUN.finditer(tail))
        return tail[: nouns[-1].end()] if nouns else tail
    # Nothing after the counter: who was counted is the subject before the
    # number, as far back as its clauses hold no predicate.
    floor = max(0, before - MAX_COUNTED)
    head_from = max(text.rfind(p, floor, before) for p in "。!?\n") + 1
    head_from = max(head_from, floor)
    clauses = text[head_from:before].split(",")
    kept: list[str] = []
    for i, clause in enumerate(reversed(clauses)):
        predicates = list(PREDICATE.finditer(clause))
        if predicates:
            # 组织志愿者40余名: in the number's own clause, the object of the
            # last verb is who was counted.
            if i == 0:
                kept.insert(0, clause[predicates[-1].end() :].lstrip("了着过"))
            break
        kept.insert(0, clause)
    return _BEFORE_TRIM.sub("", ",".join(kept)).strip(", ").removesuffix("等")
