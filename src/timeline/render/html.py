"""
One self-contained HTML page: the timeline drawn as a vertical line of days.

The page needs no network: CSS and JavaScript are inline, there are no web
fonts, images or CDN links, and a Content-Security-Policy forbids fetching
anything. Every event is rendered on the server side (so the page reads
without JavaScript); the script only adds filtering by person, place and
kind. Filters live in the URL fragment, ``#person=李晓雷&kind=inspection``,
which the script reads on load and writes on change, so a filtered view
can be linked to.

Every piece of data is HTML-escaped, attribute values included; the script
reads data from ``data-*`` attributes with ``JSON.parse`` and writes only
``textContent``, never ``innerHTML``.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from typing import TYPE_CHECKING, Final

import attrs

from timeline.model import Event, EventKind
from timeline.render import _labels as lb

if TYPE_CHECKING:
    from collections.abc import Iterable

    from timeline.timeline import Timeline

__all__ = ["HtmlRenderer"]

_CSS: Final = """
:root{--ink:#1f2933;--muted:#616e7c;--line:#cbd2d9;--bg:#f5f7fa;--card:#fff;
--meeting:#2f6fdf;--study:#7b4fd6;--inspection:#d9480f;--visit:#c2255c;
--observation:#0c8599;--election:#2b8a3e;--contest:#e67700;--other:#616e7c}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);
font:15px/1.6 "Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
header{position:sticky;top:0;z-index:1;background:#fff;border-bottom:1px solid var(--line);
padding:12px 24px}
h1{margin:0 0 4px;font-size:22px}
.meta{margin:0;color:var(--muted);font-size:13px}
form{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;margin-top:8px}
label{font-size:13px;color:var(--muted)}
select{font:inherit;font-size:14px;padding:2px 4px;max-width:16em}
button{font:inherit;font-size:13px;padding:2px 10px}
#count{font-size:13px;color:var(--muted)}
main{max-width:980px;margin:0 auto;padding:16px 24px 48px}
.day{position:relative;margin:0;padding:0 0 8px 28px;border-left:3px solid var(--line)}
.day>h2{position:relative;margin:0;padding:12px 0 8px;font-size:17px}
.day>h2::before{content:"";position:absolute;left:-37px;top:18px;width:15px;height:15px;
border-radius:50%;background:#fff;border:3px solid var(--ink)}
.weekday{color:var(--muted);font-weight:normal;margin-left:6px}
.event{display:grid;grid-template-columns:5.5em 1fr;gap:0 12px;background:var(--card);
border:1px solid var(--line);border-left:6px solid var(--k,var(--other));border-radius:6px;
padding:10px 14px;margin:0 0 12px}
.time{font-variant-numeric:tabular-nums;color:var(--muted);font-size:14px;padding-top:2px}
.head{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 0}
.event h3{margin:0;font-size:16px}
.kinds{display:inline-flex;gap:4px;margin:0 0 0 8px;padding:0;list-style:none;vertical-align:2px}
.kinds li{font-size:12px;color:#fff;background:var(--k,var(--other));border-radius:3px;
padding:0 6px}
.summary{margin:4px 0;color:#3e4c59}
.places{display:flex;flex-wrap:wrap;gap:2px 0;margin:6px 0;padding:0;list-style:none}
.places li{font-size:14px}
.places li+li::before{content:"→";color:var(--muted);margin:0 6px}
.area{color:var(--muted);font-size:12px;margin-left:2px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:6px 0;font-size:14px}
dt{color:var(--muted)}
dd{margin:0}
.title{color:var(--muted);font-size:12px}
.source{margin:6px 0 0;font-size:12px;color:var(--muted)}
.event.continued{display:flex;gap:12px;padding:4px 14px}
.event.continued h3{font-size:14px;font-weight:normal;color:var(--muted)}
[hidden]{display:none!important}
body{overflow-wrap:anywhere}
@media (max-width:600px){
header{padding:8px 12px}
main{padding:8px 12px 32px}
.day{padding-left:16px}
.day>h2::before{left:-25px}
.event{grid-template-columns:1fr;padding:8px 10px}
.time{padding:0}
form{gap:6px 10px}
label{display:flex;flex-direction:column;flex:1 1 40%;min-width:0}
select{max-width:100%;width:100%}
dl{grid-template-columns:1fr;gap:0}
dd{margin:0 0 4px}
}
"""

# Reads the fragment on load, keeps it in step with the selects, and hides
# what does not match. textContent only: data is never parsed as HTML.
_JS: Final = """
(function () {
  "use strict";
  var keys = ["person", "place", "kind"];
  function readHash() {
    var wanted = {};
    var raw = location.hash.replace(/^#/, "");
    raw.split("&").forEach(function (pair) {
      var at = pair.indexOf("=");
      if (at < 0) { return; }
      var key, value;
      try {
        key = decodeURIComponent(pair.slice(0, at));
        value = decodeURIComponent(pair.slice(at + 1).replace(/\\+/g, " "));
      } catch (e) {
        return;  // a malformed escape (%E0%A4%A): that pair is no filter
      }
      if (keys.indexOf(key) >= 0 && value) { wanted[key] = value; }
    });
    return wanted;
  }
  function writeHash(wanted) {
    var parts = keys.filter(function (k) { return wanted[k]; }).map(function (k) {
      return encodeURIComponent(k) + "=" + encodeURIComponent(wanted[k]);
    });
    history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname);
  }
  function apply(wanted) {
    var shown = 0, total = 0;
    document.querySelectorAll("article.event").forEach(function (el) {
      var ok = keys.every(function (k) {
        return !wanted[k] || JSON.parse(el.getAttribute("data-" + k)).indexOf(wanted[k]) >= 0;
      });
      el.hidden = !ok;
    });
    document.querySelectorAll("section.day").forEach(function (day) {
      day.hidden = !day.querySelector("article.event:not([hidden])");
    });
    var seen = {}, seenShown = {};
    document.querySelectorAll("article.event").forEach(function (el) {
      var id = el.getAttribute("data-id");
      seen[id] = true;
      if (!el.hidden) { seenShown[id] = true; }
    });
    total = Object.keys(seen).length;
    shown = Object.keys(seenShown).length;
    var count = document.getElementById("count");
    count.textContent = count.getAttribute("data-template")
      .replace("{shown}", String(shown)).replace("{total}", String(total));
    keys.forEach(function (k) {
      var select = document.getElementById("filter-" + k);
      if (wanted[k] && !Array.prototype.some.call(select.options, function (o) {
        return o.value === wanted[k];
      })) {
        var option = document.createElement("option");
        option.value = wanted[k];
        option.textContent = wanted[k];
        select.appendChild(option);
      }
      select.value = wanted[k] || "";
    });
    document.body.setAttribute("data-filtered", keys.some(function (k) {
      return wanted[k];
    }) ? "yes" : "no");
  }
  function fromSelects() {
    var wanted = {};
    keys.forEach(function (k) {
      var value = document.getElementById("filter-" + k).value;
      if (value) { wanted[k] = value; }
    });
    return wanted;
  }
  document.getElementById("filters").addEventListener("change", function () {
    var wanted = fromSelects();
    writeHash(wanted);
    apply(wanted);
  });
  document.getElementById("filters").addEventListener("reset", function (ev) {
    ev.preventDefault();
    writeHash({});
    apply({});
  });
  window.addEventListener("hashchange", function () { apply(readHash()); });
  apply(readHash());
  document.body.setAttribute("data-ready", "yes");
}());
"""

_CSP: Final = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'"
)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _json_attr(values: Iterable[str]) -> str:
    # JSON inside a double-quoted attribute: html.escape turns " into &quot;
    # and < > & into entities, which the browser undoes before JSON.parse.
    return _e(json.dumps(list(values), ensure_ascii=False, separators=(",", ":")))


def _options(values: Iterable[tuple[str, str]]) -> str:
    return "".join(f'<option value="{_e(v)}">{_e(label)}</option>' for v, label in values)


def _continued(event: Event, time: str, labels: lb.Labels) -> str:
    """A later day of an event shown in full above: its time and title, one line."""
    kinds = [str(k) for k in (event.kinds or (EventKind.OTHER,))]
    people = sorted({p.person.name for p in event.people})
    places = sorted({n for loc in event.locations for n in (loc.name, loc.area) if n})
    return (
        f'<article class="event continued" data-id="{_e(event.id)}"'
        f' data-person="{_json_attr(people)}" data-place="{_json_attr(places)}"'
        f' data-kind="{_json_attr(kinds)}" style="--k:var(--{_e(str(event.kind))})">'
        f'<div class="time">{_e(time)}</div>'
        f"<h3>{_e(lb.visible(event.title))} ({_e(labels.continued)})</h3></article>"
    )


def _event(event: Event, time: str, labels: lb.Labels) -> str:
    people = sorted({p.person.name for p in event.people})
    places = sorted({n for loc in event.locations for n in (loc.name, loc.area) if n})
    kinds = [str(k) for k in (event.kinds or (EventKind.OTHER,))]
    out = [
        (
            f'<article class="event" data-id="{_e(event.id)}" data-person="{_json_attr(people)}"'
            f' data-place="{_json_attr(places)}" data-kind="{_json_attr(kinds)}"'
            f' style="--k:var(--{_e(str(event.kind))})">'
        ),
        f'<div class="time">{_e(time)}</div>',
        '<div class="body">',
        f'<div class="head"><h3>{_e(lb.visible(event.title))}</h3><ul class="kinds">'
        + "".join(f"<li>{_e(labels.kinds[EventKind(k)])}</li>" for k in kinds)
        + "</ul></div>",
    ]
    if event.summary.strip():
        out.append(f'<p class="summary">{_e(event.summary.strip())}</p>')
    if event.locations:
        stops = "".join(
            f"<li>{_e(loc.name)}"
            + (f'<span class="area">({_e(loc.shown_area)})</span>' if loc.shown_area else "")
            + "</li>"
            for loc in event.locations
        )
        out.append(f'<ol class="places" aria-label="{_e(labels.place)}">{stops}</ol>')
    rows = []
    for role, _ in lb.roles(event, byline=False):
        names = [
            _e(p.person.name)
            + (f' <span class="title">{_e(p.person.title)}</span>' if p.person.title else "")
            for p in event.participants
            if p.role is role
        ]
        names += [
            _e(d.organisation.name + d.representatives) for d in event.delegations if d.role is role
        ]
        rows.append(f"<dt>{_e(labels.roles[role])}</dt><dd>{labels.list_sep.join(names)}</dd>")
    rows.extend(
        f"<dt>{_e(labels.headcount)}</dt><dd>{_e(lb.headcount_text(h))}</dd>"
        for h in event.headcounts
    )
    if rows:
        out.append("<dl>" + "".join(rows) + "</dl>")
    if event.source is not None:
        byline = lb.byline_text(event, labels)
        out.append(
            f'<p class="source">{_e(labels.source)}: 《{_e(event.source.headline)}》'
            + (f" {_e(byline)}" if byline else "")
            + "</p>"
        )
    out.append("</div></article>")
    return "\n".join(out)


@attrs.frozen(kw_only=True)
class HtmlRenderer:
    """
    Renders a timeline as one self-contained HTML page.

    Attributes:
        title: The page title and heading; ``None`` for the labels' own.
        lang: The labels' language (``zh``, ``en``, or a tag such as
            ``zh-CN``, which the page then declares); ``None`` follows the
            data.
    """

    title: str | None = None
    lang: str | None = attrs.field(default=None, validator=lb.check_lang)

    def __call__(self, timeline: Timeline, /) -> bytes:
        """Render ``timeline`` as a UTF-8 HTML document."""
        labels = lb.labels_for(self.lang, timeline)
        title = labels.document if self.title is None else self.title
        days = timeline.by_day()
        people = timeline.people()
        places = timeline.places()
        kinds = sorted({k for e in timeline for k in (e.kinds or (EventKind.OTHER,))})
        span = f"{days[0][0].isoformat()} – {days[-1][0].isoformat()}" if days else labels.no_events
        body = []
        first_shown: dict[int, dt.date] = {}
        for day, events in days:
            body.append(
                f'<section class="day" data-day="{day.isoformat()}">'
                f'<h2><time datetime="{day.isoformat()}">{day.isoformat()}</time>'
                f'<span class="weekday">{_e(labels.weekdays[day.weekday()])}</span></h2>'
            )
            for event in events:
                time = lb.time_text(event, day, timeline.zone, labels)
                if lb.continues(event, day, first_shown):
                    body.append(_continued(event, time, labels))
                else:
                    body.append(_event(event, time, labels))
            body.append("</section>")
        count = labels.shown.format(shown=len(timeline), total=len(timeline))
        meta = f"{labels.events.format(n=len(timeline))} · {span} · {timeline.zone.key}"
        # A full tag given by the caller (zh-TW) is declared as given.
        page_lang = self.lang if self.lang and "-" in self.lang else labels.html_lang
        any_value = f'<option value="">{_e(labels.all_values)}</option>'
        page = [
            "<!DOCTYPE html>",
            f'<html lang="{_e(page_lang)}">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_e(title)}</title>",
            f"<style>{_CSS}</style>",
            "</head>",
            '<body data-filtered="no">',
            "<header>",
            f"<h1>{_e(title)}</h1>",
            f'<p class="meta">{_e(meta)}</p>',
            '<form id="filters">',
            f'<label>{_e(labels.person)} <select id="filter-person">{any_value}'
            + _options((p, p) for p in people)
            + "</select></label>",
            f'<label>{_e(labels.place)} <select id="filter-place">{any_value}'
            + _options((p, p) for p in places)
            + "</select></label>",
            f'<label>{_e(labels.kind)} <select id="filter-kind">{any_value}'
            + _options((str(k), labels.kinds[k]) for k in kinds)
            + "</select></label>",
            f'<button type="reset">{_e(labels.clear)}</button>',
            f'<span id="count" data-template="{_e(labels.shown)}">{_e(count)}</span>',
            "</form>",
            "</header>",
            '<main id="timeline">',
            *body,
            "</main>",
            f"<script>{_JS}</script>",
            "</body>",
            "</html>",
        ]
        return ("\n".join(page) + "\n").encode()
