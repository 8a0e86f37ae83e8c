"""
The index page of a feed set (``index.html``), and the words feeds are labelled with.

One self-contained page, no external resources: every feed with its name,
kind, number of events, a link to the file and a ``webcal://`` link that
calendar apps open as a subscription. The table becomes one card per feed
on a narrow screen (a phone at 390 px), so names never wrap a character at
a time, and nothing scrolls sideways.

``webcal://`` needs the absolute address the page is served from, which a
static file cannot know; a five-line script turns each subscribe link into
``webcal://HOST/PATH`` when the page is loaded over HTTP(S). Without the
script (or from a ``file://`` URL) the link stays the plain relative one.

All feed wording (the name of the feed of all events, kind names,
descriptions, the page's sentences) is in one ``FeedLabels`` table per
language (``zh``, ``en``); ``feed_labels`` picks one the way the
renderers pick theirs (``timeline.render._labels.labels_for``: asked for
by name, else from the data), and the byline titles come from the
renderers' own role labels.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Final, Protocol

import attrs

from timeline.model import Role
from timeline.render._labels import labels_for

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sized

    from timeline.model import Event

__all__ = ["FEED_LANGUAGES", "FeedLabels", "feed_labels", "render_index"]


@attrs.frozen(kw_only=True)
class FeedLabels:
    """
    The words of feeds and their index page, in one language.

    Attributes:
        lang: The page's language tag (``zh-CN``).
        all_name: The default name of the feed of all events.
        all_description: The description of the feed of all events.
        person_description: A person's feed description; ``{name}`` is filled in.
        place_description: A place's feed description.
        organisation_description: A body's feed description.
        kinds: The kind names, in the order ``all``, ``person``, ``place``,
            ``organisation``.
        page_title: The page title after the set's name.
        hint: The sentence under the heading.
        columns: The table's column heads: name, kind, count, links.
        subscribe: The text of the ``webcal://`` link.
        bylines: The title a person named only in a byline is labelled with.
    """

    lang: str
    all_name: str
    all_description: str
    person_description: str
    place_description: str
    organisation_description: str
    kinds: tuple[str, str, str, str]
    page_title: str
    hint: str
    columns: tuple[str, str, str, str]
    subscribe: str
    bylines: Mapping[Role, str] = attrs.field(factory=dict, eq=False, hash=False)

    def kind(self, kind: str) -> str:
        """The name of ``kind`` (``all``, ``person``, ``place``, ``organisation``)."""
        return self.kinds[("all", "person", "place", "organisation").index(kind)]

    def description(self, kind: str, name: str) -> str:
        """The calendar description of the feed of ``kind`` named ``name``."""
        if kind == "all":
            return self.all_description
        template = {
            "person": self.person_description,
            "place": self.place_description,
        }.get(kind, self.organisation_description)
        return template.format(name=name)


def _bylines(lang: str) -> dict[Role, str]:
    roles = labels_for(lang).roles
    return {role: roles[role] for role in (Role.REPORTS, Role.CORRESPONDENT)}


_ZH: Final = FeedLabels(
    lang="zh-CN",
    all_name="全部活动",
    all_description="全部报道的活动",
    person_description="{name}参加或报道的活动",
    place_description="在{name}的活动",
    organisation_description="{name}参与的活动",
    kinds=("全部", "人物", "地点", "机构"),
    page_title="订阅",
    hint="点“订阅”在日历应用中订阅，或把文件链接复制到日历应用的“订阅日历”中。",
    columns=("名称", "类别", "活动数", "链接"),
    subscribe="订阅",
    bylines=_bylines("zh"),
)

_EN: Final = FeedLabels(
    lang="en",
    all_name="All events",
    all_description="Every reported event",
    person_description="Events {name} took part in or reported on",
    place_description="Events at {name}",
    organisation_description="Events {name} took part in",
    kinds=("All", "Person", "Place", "Organisation"),
    page_title="Subscribe",
    hint="Use “Subscribe” to add a feed to your calendar app, "
    "or copy a file's link into its “subscribe to calendar” dialog.",
    columns=("Name", "Kind", "Events", "Links"),
    subscribe="Subscribe",
    bylines=_bylines("en"),
)

#: The feed label table of each language the renderers have labels for.
FEED_LANGUAGES: Final = {"zh": _ZH, "en": _EN}


def feed_labels(lang: str | None, events: Iterable[Event] = ()) -> FeedLabels:
    """
    The feed labels for ``lang`` (``zh``, ``en``, ``en_GB.UTF-8``), or for the data when None.

    Raises:
        QueryError: For a language without a table.
    """
    return FEED_LANGUAGES[labels_for(lang, events).lang]


class _Listed(Protocol):
    """What the page needs of a feed (``timeline.feeds.Feed`` has it)."""

    @property
    def kind(self) -> str: ...  # pragma: no cover - a protocol
    @property
    def label(self) -> str: ...  # pragma: no cover - a protocol
    @property
    def file(self) -> str: ...  # pragma: no cover - a protocol
    @property
    def events(self) -> Sized: ...  # pragma: no cover - a protocol


_STYLE: Final = """\
body { font-family: system-ui, "Noto Sans CJK SC", sans-serif; margin: 2em; }
table { border-collapse: collapse; }
th, td { padding: .3em .8em; border-bottom: 1px solid #ddd; text-align: left; }
td.n { text-align: right; }
td a { overflow-wrap: anywhere; }
td a + a { margin-left: .8em; }
@media (max-width: 600px) {
  body { margin: 1em; }
  table, tbody, tr, td { display: block; width: auto; }
  thead { display: none; }
  tr { border-bottom: 1px solid #ddd; padding: .5em 0; }
  td { border: 0; padding: .1em 0; text-align: left; }
  td.n { text-align: left; }
  td[data-h]::before { content: attr(data-h) "："; color: #666; }
  td.name { font-weight: bold; }
}
"""

# Turns each relative subscribe link into webcal://host/path once the page is
# served over HTTP(S); a page opened from disk keeps the relative link.
_SCRIPT: Final = """\
for (const a of document.querySelectorAll("a.webcal")) {
  const u = new URL(a.getAttribute("href"), location.href);
  if (u.protocol === "http:" || u.protocol === "https:") {
    a.href = "webcal:" + u.href.slice(u.protocol.length);
  }
}
"""


def render_index(feeds: Iterable[_Listed], *, title: str, labels: FeedLabels = _ZH) -> bytes:
    """
    The index page listing ``feeds``, as UTF-8 bytes; the same feeds give the same bytes.

    Args:
        feeds: The feeds, in the order to list them.
        title: The set's name, shown as the heading.
        labels: The words to use.
    """
    esc = html.escape
    name_h, kind_h, count_h, link_h = (esc(c) for c in labels.columns)
    rows = "\n".join(
        f'<tr><td class="name">{esc(f.label)}</td>'
        f'<td data-h="{kind_h}">{esc(labels.kind(f.kind))}</td>'
        f'<td class="n" data-h="{count_h}">{len(f.events)}</td>'
        f'<td><a class="webcal" href="{esc(f.file)}">{esc(labels.subscribe)}</a>'
        f'<a href="{esc(f.file)}">{esc(f.file)}</a></td></tr>'
        for f in feeds
    )
    page = f"""<!DOCTYPE html>
<html lang="{esc(labels_for(labels.lang).html_lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} · {esc(labels.page_title)}</title>
<style>
{_STYLE}</style>
</head>
<body>
<h1>{esc(title)} · {esc(labels.page_title)}</h1>
<p>{esc(labels.hint)}</p>
<table>
<thead><tr><th>{name_h}</th><th>{kind_h}</th><th>{count_h}</th><th>{link_h}</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<script>
{_SCRIPT}</script>
</body>
</html>
"""
    return page.encode()
