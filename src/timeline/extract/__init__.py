"""
The Chinese local-news extractor: news pages into events.

Rules, not models: the genre (county and district news pages) prints its
facts in a few fixed shapes, and each private module reads one kind of them:

* ``_layout``: a page into reports (headline, marker, body, byline), in
  its three forms (paper report, web article, digest); ``_page`` says what
  each line is, ``_digest`` where a digest's items begin (``_later_days``:
  which later paragraphs open another day), ``_inside`` where one
  paragraph tells several dated acts;
* ``_bylines``: reporters and correspondents, wherever the page credits them
  (``_edge_credits``: opening the body or closing a paragraph;
  ``_header_credits``: in a web header, or after an office on a line);
* ``_dates``: event dates, times and ranges, and the publication date
  (``_clock``: clock times, after the date, later on, or on a schedule line;
  ``_years``: which day a date means, and a page's likely year; ``_lunar``:
  lunar dates, ``正月初七``);
* ``_people``: one person's name and title (``_namelists``: lists of
  people; ``_orgs``: bodies);
* ``_roles``: who did what, from the verbs (``_actors``: the people and
  bodies a verb's clause names; ``_speakers``: speakers named only as
  他/她, or not at all);
* ``_places``: tour stops (``_stoplists``: where a list of stops found
  ends and what goes on after it; ``_stopnames``: what one printed list of
  places holds; ``_placenames``: what a place is; ``_venues``: where a meeting was
  held; ``_speech``: paragraphs of what was said or decided);
* ``_numbers``: counts of people (``_headcounts``: which of them took
  part, and which is the event's headcount);
* ``_kinds``: what sort of event it was (``_kinds_body``: the acts the
  rest of a report tells as done);
* ``_core``: one page's reports into events with evidence (``_report``
  reads one report's facts, sentence by sentence; ``_subject`` the lead
  sentence's subject and title; ``_event_title`` chooses the event's
  title; ``_pubdate`` reads the publication date); ``_files`` reads pages
  from files.

``import timeline`` never imports this package; [`timeline.read_events`][timeline.read_events]
loads it when given a ``.txt`` page.
"""

from timeline.extract._batch import BatchResult, extract_many, page_files
from timeline.extract._core import Evidence, ExtractionResult, event_id, extract_text
from timeline.extract._files import decode, extract_file, extract_path
from timeline.extract._pubdate import FALLBACK_YEAR

__all__ = [
    "FALLBACK_YEAR",
    "BatchResult",
    "Evidence",
    "ExtractionResult",
    "decode",
    "event_id",
    "extract_file",
    "extract_many",
    "extract_path",
    "extract_text",
    "page_files",
]
