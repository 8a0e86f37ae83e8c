"""
Hostile text for output tests: the same payloads in every text field of the model at once.

The output tests (``ics/test_text.py``, ``render/test_html.py``,
``render/test_text.py``, ``render/test_markdown.py``, ``test_feeds.py``, and
``test_api.py`` under ``python -O``) put these into events and check every
output that carries them: the iCalendar export and each file of a feed set,
the HTML page and the feeds' index page, the terminal and Markdown
renderers, and feed file names.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import timeline
from timeline import (
    Delegation,
    Event,
    Headcount,
    Location,
    Organisation,
    Participant,
    Person,
    Role,
    Source,
)

#: One-line payloads (the model refuses control characters in labels).
LABEL_PAYLOADS = {
    "ics-param": 'a";X-INJ=1;CN="b:mailto:evil@example.com',
    "ics-value": "x:;,\\N\\n^^'^n\\;END:VEVENT",
    "html-tag": "<script>alert(1)</script>",
    "html-close": "</script><script>alert(2)</script>",
    "html-attr": '"><img src=x onerror=alert(3)>',
    "js-url": "javascript:alert(4)",
    "js-quote": "';alert(5);//\\u2028",
    "separators": "\u2028\u2029\u200b\u202e\ufeff",
    "markdown": "[a](javascript:alert(6)) ![b](x) <b>c</b> `d` *e*",
}


#: Free-text payloads may also break lines.
TEXT_PAYLOADS = {
    **LABEL_PAYLOADS,
    "ics-crlf": "a\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nX-INJ:1",
    "ics-lf": "a\nBEGIN:VALARM\nTRIGGER:-PT1M\nEND:VALARM",
    "ansi": "\x1b[2J\x1b]0;owned\x07\x9b31m\x00\x7f\x85",
}


PAYLOAD_IDS = sorted(TEXT_PAYLOADS)


def hostile_event(payload: str, *, event_id: str = "e1", timed: bool = False) -> Event:
    """An event with ``payload`` in every text field (labels get a one-line version)."""
    # Labels are one line without control characters or line separators (the
    # model refuses those); framing keeps leading and trailing payload from
    # being stripped.
    first_line = payload.split("\n", maxsplit=1)[0]
    label = (
        "名"
        + "".join(c for c in first_line if unicodedata.category(c) not in {"Cc", "Zl", "Zp"})
        + "字"
    )
    start: timeline.When = dt.date(2020, 5, 25)
    if timed:
        start = dt.datetime(2020, 5, 25, 9, tzinfo=timeline.SHANGHAI)
    person = Person(label, label)
    return Event(
        id=event_id,
        title=label,
        start=start,
        summary=payload,
        participants=[Participant(person, Role.LEADS), Participant(Person(label + "2"))],
        delegations=[Delegation(Organisation(label, label), Role.ORGANISES, representatives=label)],
        locations=[Location(label, label), Location(label + "站")],
        headcounts=[Headcount(count=5, unit=label, counted=label, text=label)],
        source=Source(
            headline=label,
            published=dt.date(2020, 6, 3),
            publication=label,
            document=label,
            byline=[Participant(Person(label + "记"), Role.REPORTS)],
        ),
    )


def hostile_events(payload: str) -> list[Event]:
    """Two events (one all-day, one timed) with ``payload`` in every text field."""
    ids = re.sub(r"\s", "", LABEL_PAYLOADS.get("html-attr", "x"))
    return [
        hostile_event(payload, event_id="e1"),
        hostile_event(payload, event_id="e2" + ids, timed=True),
    ]
