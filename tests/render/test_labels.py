"""Label tables: one per language, chosen by the caller or by the data."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from timeline import Event, Location, Participant, Person, QueryError, Role
from timeline.render import _labels as lb

BERLIN = ZoneInfo("Europe/Berlin")


def _event(title, **kw):
    kw.setdefault("start", dt.date(2025, 10, 25))
    return Event(id=title.replace(" ", "-"), title=title, **kw)


class TestLanguage:
    """Choosing a label table."""

    @pytest.mark.parametrize(
        ("tag", "lang"),
        [("zh", "zh"), ("en", "en"), ("zh-CN", "zh"), ("en_GB.UTF-8", "en"), ("EN", "en")],
        ids=["zh", "en", "zh-CN", "locale", "upper"],
    )
    def test_tags_and_locales(self, tag, lang):
        """A language tag or a POSIX locale name picks its table by the primary subtag."""
        assert lang == lb.labels_for(tag).lang

    def test_unknown_language_is_an_error_naming_the_field(self):
        """A language without a table is a QueryError on ``lang``."""
        with pytest.raises(QueryError) as caught:
            lb.labels_for("fr")
        assert "lang" == caught.value.field

    def test_data_decides_without_a_tag(self):
        """Mostly Han titles give Chinese labels; a club with one CJK title stays English."""
        club = [_event("Open rehearsal"), _event("Board meeting"), _event("春节联欢")]
        assert "en" == lb.labels_for(None, club).lang
        assert "zh" == lb.labels_for(None, [_event("区委常委会"), _event("调研")]).lang

    def test_tables_cover_every_kind_and_role(self):
        """Every language labels every kind and every role."""
        for labels in lb.LANGUAGES.values():
            assert set(lb.ZH.kinds) == set(labels.kinds)
            assert set(lb.ZH.roles) == set(labels.roles)
            assert 7 == len(labels.weekdays)


class TestTimeText:
    """The time column."""

    def test_overnight_event_shows_its_end(self):
        """An event from 22:00 to 04:00 reads ``22:00-04:00 (+1)`` on its first day."""
        start = dt.datetime(2025, 10, 20, 22, tzinfo=BERLIN)
        event = _event("Party", start=start, end=start + dt.timedelta(hours=6))
        assert "22:00-04:00 (+1)" == lb.time_text(event, start.date(), BERLIN, lb.EN)
        assert "…-04:00" == lb.time_text(event, dt.date(2025, 10, 21), BERLIN, lb.EN)

    def test_multi_day_all_day_counts_the_days_after(self):
        """A three-day all-day event says ``all day (+2)`` on its first day only."""
        event = _event("Camp", start=dt.date(2025, 7, 1), end=dt.date(2025, 7, 4))
        assert "all day (+2)" == lb.time_text(event, dt.date(2025, 7, 1), BERLIN, lb.EN)
        assert "all day" == lb.time_text(event, dt.date(2025, 7, 2), BERLIN, lb.EN)
        assert "全天" == lb.time_text(_event("会"), dt.date(2025, 10, 25), BERLIN)


class TestQualifiedNames:
    """A name with its title or area takes each language's form."""

    @pytest.mark.parametrize(
        ("labels", "expected"),
        [(lb.EN, "Anna Schmidt (Chair)"), (lb.ZH, "Anna Schmidt(Chair)")],
        ids=["en", "zh"],
    )
    def test_person_with_title(self, labels, expected):
        """English puts a space before the bracket; Chinese does not."""
        assert expected == lb.person_text("Anna Schmidt", "Chair", labels)

    def test_chinese_names_keep_the_close_form(self):
        """``李晓雷(区委副书记、区长)``, and a bare name without a title."""
        assert "李晓雷(区委副书记、区长)" == lb.person_text("李晓雷", "区委副书记、区长")
        assert "Anna Schmidt" == lb.person_text("Anna Schmidt", "", lb.EN)

    def test_roles_and_places_follow_the_labels(self):
        """The grouped names and the tour stops use the table's form."""
        event = _event(
            "AGM",
            participants=[Participant(person=Person("Anna Schmidt", title="Chair"))],
            locations=[Location(name="Clubhaus", area="Mitte"), Location(name="Bar")],
        )
        assert [(Role.TAKES_PART, ["Anna Schmidt (Chair)"])] == lb.roles(
            event, byline=False, labels=lb.EN
        )
        assert "Clubhaus (Mitte) → Bar" == lb.place_text(event, lb.EN)
        assert "Clubhaus(Mitte) → Bar" == lb.place_text(event, lb.ZH)


class TestVisible:
    """Text shown to a person."""

    def test_bidi_controls_are_marked(self):
        """U+202E and kin show as ``<U+202E>``; the reading order cannot be flipped."""
        assert "abc<U+202E>fdp.exe<U+2066>" == lb.visible("abc\u202efdp.exe\u2066")

    def test_controls_are_replaced(self):
        """ESC and C1 controls become U+FFFD."""
        assert "\ufffd[2J\ufffd" == lb.visible("\x1b[2J\x9b")
