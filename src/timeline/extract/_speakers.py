"""
Speakers a sentence names only as 他/她, or not at all.

A later clause's 他/她 that says (``指出/强调/要求/希望``) is the one
titled person the sentence's verbs found before it, or one opening the
sentence (``党委书记X讲党课,他指出…``). A later clause with no subject of
its own is the words of the sentence's one titled person too, whether it
encourages (``,鼓励他们…``), briefs (``,并对…进行了部署``), remarks
(``…进行了分析,并指出…``, ``…,同时要求…``) or hopes (``…表示感谢,并希望…``).
Two people, none titled, or another titled person in the act's own
clause name no one: the words are then nobody's to give. A lecturer's
words make no one lead (an invited lecturer leads nothing). A speaker
named by surname and rank (``钟主席在讲话中``) is the one person printed
before as that rank, surname and given name.
``_roles.py`` reads the sentence's verbs first and hands over whom they
found.

The patterns match simplified text only, as every rule does: a page is
simplified once before it is read (``_text.simplify``), and the spans
bring the printed characters back.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from timeline.extract import _verbs as verbs
from timeline.extract._actors import MAX_PERSON, Mention, person_mentions, title_before
from timeline.extract._clause_edges import opening
from timeline.extract._lexicon import LECTURER_TITLE, SURNAMES, TITLE_ENDINGS
from timeline.extract._namelists import parse_people
from timeline.extract._people import UNIT_HEADS, is_name
from timeline.extract._text import CJK
from timeline.model import Role

__all__ = ["later_speakers", "rank_speaker"]


#: A speaker named again as 他/她 in a later clause of the same sentence
#: (党委书记X讲党课,他指出…; 书记X代表党委,对…表示欢迎,他希望…): the words
#: are the first titled person's, whatever verb opened the sentence.
_PRONOUN_SAYS: Final = re.compile(r",[他她](?:在[^。,]{1,20}?)?(?:指出|强调|要求|希望)")
#: How far an opening word may stand before that person (接着由, 最后).
_MAX_OPENING: Final = 4
#: The speaker opens one of the sentence's first clauses (bounded work).
_MAX_CLAUSES: Final = 3


def _pronoun_speaker(sentence: str, base: int, found: list[Mention]) -> list[Mention]:
    """
    The person a later clause's 他/她 refers to as speaking, or nothing.

    The people the sentence's verbs already found before the pronoun must
    be exactly one titled person. Where no verb found anyone, the first
    clause that opens with people must be one titled person ending the
    clause or on 同志 (a name read up to an unknown verb may swallow the
    verb's first character).
    """
    said = _PRONOUN_SAYS.search(sentence)
    if said is None:
        return []
    lead = _only_titled(found, base + said.start(), verbs.REMARKS)
    if lead is not None:
        return lead
    pos = 0
    for whole in sentence[: said.start()].split(",")[:_MAX_CLAUSES]:
        # On whose behalf follows the person (X代表街道党工委): not their name.
        cut = whole.find("代表")
        clause = whole[:cut] if cut > 0 else whole
        for skip in range(min(_MAX_OPENING, len(clause)) + 1):
            for end in range(min(len(clause), skip + MAX_PERSON), skip + 1, -1):
                if end < len(clause) and not clause.endswith("同志", 0, end):
                    continue
                people = parse_people(clause[skip:end])
                if not people or not any(p.name for p in people):
                    continue
                named = [p for p in people if p.name]
                if len(named) != 1 or not named[0].title:
                    return []
                return [
                    attrs.evolve(m, address=verbs.REMARKS)
                    for m in person_mentions(named, Role.LEADS, base + pos + skip)
                ]
        pos += len(whole) + 1
    return []


#: A clause with no subject of its own that encourages those present
#: (…,鼓励他们…, …,并勉励同学…): the words of the sentence's one titled person.
_ENCOURAGES: Final = re.compile(r",(?:并|还|同时|又)?(?:勉励|鼓励)")
#: A briefing in such a clause (…回顾了全年工作,并对明年工作进行了部署).
_BRIEFS_AFTER: Final = re.compile(
    r",(?:并|还|同时|随后)(?=(?:针?对|就)[^。]{1,60}?(?:作|做|进行)(?:了|出)?[^。,]{0,6}?部署)"
)
#: Words said in such a clause, after the speaker's own act (…表示感谢,并希望
#: 大家…; …进行了分析,并指出了…): a remark, or a hope weighing as a statement.
_SAYS_AFTER: Final = re.compile(r",(?:并|还|同时)(?:指出|强调|要求|(?P<hope>希望))")
#: What may follow that person in the opening clause: 向新兵发放, 亲自到场,
#: 简要回顾了 (a manner word, or the review that opens a closing address), or
#: the topic of their act (对…表示感谢, 就…进行了分析).
_AFTER_SUBJECT: Final = re.compile(r"(?=[向为在对就]|亲自|简要|首先|回顾|总结|针对)")


def later_speakers(sentence: str, base: int, found: list[Mention]) -> list[Mention]:
    """Speakers of a later clause that names them only as 他/她, or not at all."""
    out: list[Mention] = []
    if "他" in sentence or "她" in sentence:
        out.extend(_pronoun_speaker(sentence, base, found))
    # (Each clause's pattern is searched once, its match handed on; a plain
    # look for its words first spares the search on most sentences.)
    if "勉" in sentence or "鼓" in sentence:
        said = _ENCOURAGES.search(sentence)
        if said is not None:
            out.extend(_subjectless_speaker(sentence, base, found + out, said, verbs.LONE))
    if "部署" in sentence:
        said = _BRIEFS_AFTER.search(sentence)
        if said is not None:
            out.extend(_subjectless_speaker(sentence, base, found + out, said, verbs.BRIEFS))
    said = _SAYS_AFTER.search(sentence)
    if said is not None:
        level = verbs.LONE if said["hope"] else verbs.REMARKS
        out.extend(_subjectless_speaker(sentence, base, found + out, said, level))
    return out


def _subjectless_speaker(
    sentence: str, base: int, found: list[Mention], said: re.Match[str], level: int
) -> list[Mention]:
    """
    Whose words a later clause with no subject (``said``) gives: the one titled person before it.

    The clause encourages, briefs, remarks or hopes. Its speaker is either
    the only titled person the sentence's verbs found before the clause
    (县长X亲自到场参加,…,勉励…), or a titled person opening the sentence's
    first clauses before 向/为/亲自/在/对/就 (武装部长X向新兵发放…,鼓励…;
    妇联主席X对…表示感谢,并希望…); never a lecturer. The words weigh as
    ``level`` says: a hope or an encouragement as a statement, the address
    only while no one else leads (21c); a briefing as one, the address only
    while no one else gives one (24); a remark (指出, 要求) as a remark.
    """
    lead = _only_titled(found, base + said.start(), level)
    if lead is None:
        lead = _opener(sentence[: said.start()], base, level)
    # (A lecturer's words after the lecture are the lecture's: 教授X对…进行了
    # 深入解读,并指出…. Invited lecturers lead nothing.)
    return [m for m in lead if LECTURER_TITLE.search(m.title) is None]


def _opener(before: str, base: int, level: int) -> list[Mention]:
    """
    The titled person opening ``before`` (a sentence's first clauses), as the lead at ``level``.

    The person must be followed by 向/为/亲自/在/对/就… (what may follow a
    subject before its act). The first people read there are the answer:
    one titled person alone in the act's clause, or no one.
    """
    pos = 0
    for clause in before.split(",")[:_MAX_CLAUSES]:
        # (The places such a word follows, found in one scan: the longest
        # reading of the person is tried first.)
        ends = []
        for word in _AFTER_SUBJECT.finditer(clause, 2):
            if word.start() > _MAX_OPENING + MAX_PERSON:
                break
            ends.append(word.start())
        for end in reversed(ends):
            # (An opening word, 最后 or 接着由, is no part of the title.)
            start = opening(clause[:end])
            people = parse_people(clause[start:end])
            if not people or not any(p.name for p in people):
                continue
            # Two people opening the clause, an untitled one, or another titled
            # person in the act's own clause (向市长X汇报了工作): whose words
            # they are, or whose event, is not told.
            if len(people) != 1 or not people[0].title or _names_someone(clause[end:]):
                return []
            return [
                attrs.evolve(m, address=level)
                for m in person_mentions(people, Role.LEADS, base + pos + start)
            ]
        pos += len(clause) + 1
    return []


#: The last word of a title (市长, 书记): where a titled person may be named.
_TITLE_WORD: Final = re.compile("|".join(sorted(TITLE_ENDINGS, key=len, reverse=True)))


def _names_someone(text: str) -> bool:
    """Whether ``text`` names a titled person: a title's last word, then a name."""
    # (A surname and one more character tell a name; a longer reading may
    # take the next word in: 干部职工表示 is no 干部 named 职工表.)
    for word in _TITLE_WORD.finditer(text):
        people = parse_people(text[word.start() : word.end() + 2])
        if people and people[0].name:
            return True
    return False


def _only_titled(found: list[Mention], until: int, level: int) -> list[Mention] | None:
    """
    The one titled person the verbs found before ``until``, as the lead at ``level``.

    None when the verbs found no one there (the caller reads the clauses
    itself); empty when they found several people or one without a title.
    """
    before = {m.name: m for m in found if m.person and m.span[0] < until}
    if not before:
        return None
    only = next(iter(before.values()))
    if len(before) != 1 or not only.title:
        return []
    return [attrs.evolve(only, role=Role.LEADS, address=level)]


#: A speech by surname and rank (钟主席在讲话中, 杜署长致辞时): the verb is
#: found first, then the rank right before it, then the surname before that.
_SAYS: Final = re.compile(r"(?=[讲致指强])(?:讲话(?!精神)|致辞|致词|指出|强调)")
#: Its words, whatever follows them: one scan of each sentence for any.
_SAY_WORDS: Final = re.compile("讲话|致辞|致词|指出|强调")
_RANK_BEFORE: Final = re.compile(
    r"(?P<rank>署长|议长|县长|市长|乡长|镇长|区长|局长|主席|书记|主任|部长|厅长|处长|司长|旗长|"
    r"州长|省长|院长|校长)(?:同志)?[在作]?$"
)
#: How far before the verb the rank may open: 主席同志在.
_RANK_REACH: Final = 5
#: What a rank ends the words before the verb with: 市长, 主席, 书记, 主任, 同志, 在, 作.
_RANK_LAST: Final = frozenset("长席记任志在作")
#: How many verbs, and ranks before one, a sentence is read for (bounded
#: work: a sentence names its speaker once or twice).
_MAX_VERBS: Final = 8
_MAX_REFERENCES: Final = 3
#: How far into the body the full name is looked for, and how many times
#: (bounded work on any page).
_NAME_SEARCH: Final = 5000
_MAX_NAME_LOOKS: Final = 20


def rank_speaker(sentence: str, body: str, base: int) -> list[Mention]:
    """
    The speaker ``sentence`` names by surname and rank (钟主席在讲话中), as a remark's lead.

    ``sentence`` is read at ``base`` in ``body``. The speaker is the one
    person printed before the reference as that rank, surname and
    given name (区政协主席钟建华…。钟主席在讲话中…). Two such people, or
    none, name no one; nor does a surname inside a word (学习张书记讲话)
    or a unit (区长, 司长 are posts).
    """
    # (A plain look for the verbs first spares the search on most sentences.)
    if _SAY_WORDS.search(sentence) is None:
        return []
    tries = 0
    for seen, verb in enumerate(_SAYS.finditer(sentence, 1)):
        if seen >= _MAX_VERBS:
            break
        if sentence[verb.start() - 1] not in _RANK_LAST:
            continue
        tries += 1
        if tries > _MAX_REFERENCES:
            break
        said = _RANK_BEFORE.search(sentence, max(0, verb.start() - _RANK_REACH), verb.start())
        if said is None:
            continue
        at = said.start() - 1
        surname = sentence[at] if at >= 0 else ""
        if surname not in SURNAMES or surname in UNIT_HEADS:
            continue
        if at > 0 and CJK.match(sentence, at - 1):
            continue
        found = _full_names(body, said["rank"] + surname, min(base + at, _NAME_SEARCH))
        if len(found) != 1:
            continue
        ((name, start),) = found.items()
        return [
            Mention(
                role=Role.LEADS,
                name=name,
                title=title_before(body[: start + len(name)], name),
                person=True,
                span=(start, start + len(name)),
                address=verbs.REMARKS,
            )
        ]
    return []


def _full_names(text: str, rank_surname: str, end: int) -> dict[str, int]:
    """The names after ``rank_surname`` (主席钟建华) in ``text`` before ``end``, and where."""
    found: dict[str, int] = {}
    start = text.find(rank_surname, 0, end)
    looks = 0
    while start >= 0 and looks < _MAX_NAME_LOOKS:
        at = start + len(rank_surname) - 1
        # (The longer reading first: 钟建华, then 钟华.)
        for size in (3, 2):
            name = text[at : min(at + size, end)]
            if len(name) == size and is_name(name):
                found.setdefault(name, at)
                break
        start = text.find(rank_surname, start + len(rank_surname), end)
        looks += 1
    return found
