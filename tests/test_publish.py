import socket
import threading
import time

import attrs
import pytest

from tests._radicale import PASSWORD, USER, free_port, radicale_server  # noqa: F401 - a fixture
from timeline.errors import PublishError
from timeline.ics import from_ics
from timeline.publish import MARK_PROPERTY, publish, redact

pytestmark = [pytest.mark.server, pytest.mark.slow]

FOREIGN = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//someone else//EN\r\n"
    "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20200601T000000Z\r\n"
    "DTSTART;VALUE=DATE:20200601\r\nSUMMARY:别人的活动\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.fixture
def calendar_name(request):
    """A calendar of its own for each test."""
    return f"t-{request.node.name}"[:60]


def open_calendar(url, name):
    """The calendar ``name`` on the server, through caldav, independently of publish."""
    import caldav  # noqa: PLC0415 - only with a server

    client = caldav.DAVClient(url=url, username=USER, password=PASSWORD)
    for cal in client.principal().calendars():
        if cal.get_display_name() == name:
            return cal
    pytest.fail(f"no calendar {name}")
    return None


def server_events(url, name):
    """Everything in the calendar, as (raw data) strings."""
    return [obj.data for obj in open_calendar(url, name).events()]


class TestPublish:
    """Publishing to a real Radicale server."""

    def test_publish_seed_and_read_back(self, radicale, calendar_name, seed_events):
        """Every seed event arrives once and reads back as the same model event."""
        report = publish(
            seed_events, radicale, user=USER, password=PASSWORD, calendar=calendar_name
        )
        assert 6 == len(report.created)
        stored = server_events(radicale, calendar_name)
        back = [e for data in stored for e in from_ics(data.encode())]
        assert sorted(seed_events, key=lambda e: e.id) == sorted(back, key=lambda e: e.id)
        assert all(MARK_PROPERTY in data for data in stored)
        assert all("METHOD:" not in data for data in stored)

    def test_republish_is_idempotent(self, radicale, calendar_name, seed_events):
        """Publishing again changes nothing and duplicates nothing."""
        first = publish(seed_events, radicale, user=USER, password=PASSWORD, calendar=calendar_name)
        before = server_events(radicale, calendar_name)
        again = publish(seed_events, radicale, user=USER, password=PASSWORD, calendar=calendar_name)
        assert ((), (), sorted(first.created)) == (
            again.created,
            again.updated,
            sorted(again.unchanged),
        )
        assert sorted(before) == sorted(server_events(radicale, calendar_name))

    def test_changed_event_updated_in_place(self, radicale, calendar_name, seed_events):
        """A changed event replaces its old version under the same UID."""
        publish(seed_events, radicale, user=USER, password=PASSWORD, calendar=calendar_name)
        changed = [attrs.evolve(seed_events[0], title="改过的标题"), *seed_events[1:]]
        report = publish(changed, radicale, user=USER, password=PASSWORD, calendar=calendar_name)
        assert (1, 5) == (len(report.updated), len(report.unchanged))
        stored = server_events(radicale, calendar_name)
        back = {e.id: e for data in stored for e in from_ics(data.encode())}
        assert 6 == len(stored)
        assert "改过的标题" == back[seed_events[0].id].title

    def test_foreign_events_survive(self, radicale, calendar_name, seed_events):
        """Someone else's event stays, through publish and prune alike."""
        publish(seed_events, radicale, user=USER, password=PASSWORD, calendar=calendar_name)
        cal = open_calendar(radicale, calendar_name)
        cal.add_event(ical=FOREIGN.format(uid="foreign-1@example.com"))
        publish(seed_events, radicale, user=USER, password=PASSWORD, calendar=calendar_name)
        report = publish(
            seed_events[:2],
            radicale,
            user=USER,
            password=PASSWORD,
            calendar=calendar_name,
            prune=True,
        )
        assert 4 == len(report.deleted)
        stored = server_events(radicale, calendar_name)
        assert 3 == len(stored)
        assert 1 == sum("foreign-1@example.com" in data for data in stored)

    def test_without_prune_nothing_is_deleted(self, radicale, calendar_name, seed_events):
        """Publishing fewer events without prune deletes nothing."""
        publish(seed_events, radicale, user=USER, password=PASSWORD, calendar=calendar_name)
        report = publish(
            seed_events[:1], radicale, user=USER, password=PASSWORD, calendar=calendar_name
        )
        assert () == report.deleted
        assert 6 == len(server_events(radicale, calendar_name))

    def test_foreign_object_with_our_uid_is_left_alone(self, radicale, calendar_name, seed_events):
        """An unmarked object holding one of our UIDs is a conflict, not overwritten."""
        first = publish(
            seed_events[:1], radicale, user=USER, password=PASSWORD, calendar=calendar_name
        )
        uid = first.created[0]
        cal = open_calendar(radicale, calendar_name)
        cal.event_by_uid(uid).delete()
        cal.add_event(ical=FOREIGN.format(uid=uid))
        report = publish(
            seed_events, radicale, user=USER, password=PASSWORD, calendar=calendar_name, prune=True
        )
        assert ((uid,), 5, ()) == (report.conflicts, len(report.created), report.deleted)
        assert any("别人的活动" in d for d in server_events(radicale, calendar_name))

    def test_wrong_password(self, radicale, calendar_name, seed_events):
        """A refused login is a PublishError naming the URL, never the password."""
        wrong = "wrong-секрет"
        with pytest.raises(PublishError) as info:
            publish(seed_events, radicale, user=USER, password=wrong, calendar=calendar_name)
        assert radicale == info.value.url
        assert "wrong-секрет" not in str(info.value)

    def test_credentials_in_url_are_redacted(self, radicale, calendar_name, seed_events):
        """user:password@ in the URL never shows up in the error."""
        url = radicale.replace("http://", f"http://{USER}:bad-pw@")
        with pytest.raises(PublishError) as info:
            publish(seed_events, url, calendar=calendar_name)
        assert "bad-pw" not in str(info.value)
        assert radicale == info.value.url


class TestOwnership:
    """Only this calendar's own mark makes an object ours to prune."""

    def test_copied_mark_is_never_pruned(self, radicale, calendar_name, seed_events):
        """Another tool's object that carries a copy of our mark survives --prune."""
        first = publish(seed_events, radicale, user=USER, password=PASSWORD, calendar=calendar_name)
        cal = open_calendar(radicale, calendar_name)
        ours = cal.event_by_uid(first.created[0]).data
        copy = ours.replace(first.created[0], "copy-1@example.com")
        assert MARK_PROPERTY in copy
        cal.add_event(ical=copy)
        report = publish(
            seed_events, radicale, user=USER, password=PASSWORD, calendar=calendar_name, prune=True
        )
        assert () == report.deleted
        assert any("copy-1@example.com" in d for d in server_events(radicale, calendar_name))

    def test_object_copied_from_another_calendar_is_not_ours(
        self, radicale, calendar_name, seed_events
    ):
        """Our object copied into another calendar is not that calendar's to prune."""
        first = publish(
            seed_events[:1], radicale, user=USER, password=PASSWORD, calendar=calendar_name
        )
        data = open_calendar(radicale, calendar_name).event_by_uid(first.created[0]).data
        other = calendar_name[:50] + "-other"
        publish(seed_events[1:2], radicale, user=USER, password=PASSWORD, calendar=other)
        open_calendar(radicale, other).add_event(ical=data)
        report = publish(
            seed_events[1:2], radicale, user=USER, password=PASSWORD, calendar=other, prune=True
        )
        assert () == report.deleted
        assert 2 == len(server_events(radicale, other))

    def test_earlier_bare_mark_is_updated_but_not_pruned(
        self, radicale, calendar_name, seed_events
    ):
        """An object marked `timeline` by an earlier version is updated, never pruned."""
        first = publish(
            seed_events[:2], radicale, user=USER, password=PASSWORD, calendar=calendar_name
        )
        cal = open_calendar(radicale, calendar_name)
        for uid in first.created:
            obj = cal.event_by_uid(uid)
            data = obj.data
            start = data.index(MARK_PROPERTY)
            end = data.index("\n", start)
            obj.data = data[:start] + f"{MARK_PROPERTY}:timeline\r" + data[end:]
            obj.save()
        changed = [attrs.evolve(seed_events[0], title="新标题")]
        report = publish(
            changed, radicale, user=USER, password=PASSWORD, calendar=calendar_name, prune=True
        )
        assert ((first.created[0],), ()) == (report.updated, report.deleted)
        assert 2 == len(server_events(radicale, calendar_name))


class TestDryRun:
    """``dry_run=True`` reads and reports, and changes nothing."""

    def test_missing_calendar_is_not_created(self, radicale, calendar_name, seed_events):
        """A dry run against a missing calendar reports every event as to create."""
        import caldav  # noqa: PLC0415 - only with a server

        report = publish(
            seed_events,
            radicale,
            user=USER,
            password=PASSWORD,
            calendar=calendar_name,
            dry_run=True,
        )
        assert (True, 6) == (report.dry_run, len(report.created))
        client = caldav.DAVClient(url=radicale, username=USER, password=PASSWORD)
        names = [c.get_display_name() for c in client.principal().calendars()]
        assert calendar_name not in names

    def test_nothing_changes(self, radicale, calendar_name, seed_events):
        """A dry run lists updates and deletions that then have not happened."""
        publish(seed_events, radicale, user=USER, password=PASSWORD, calendar=calendar_name)
        before = sorted(server_events(radicale, calendar_name))
        changed = [attrs.evolve(seed_events[0], title="改"), *seed_events[1:3]]
        report = publish(
            changed,
            radicale,
            user=USER,
            password=PASSWORD,
            calendar=calendar_name,
            prune=True,
            dry_run=True,
        )
        assert (0, 1, 2, 3) == (
            len(report.created),
            len(report.updated),
            len(report.unchanged),
            len(report.deleted),
        )
        assert before == sorted(server_events(radicale, calendar_name))


@pytest.fixture
def trickler():
    """A local server that answers one byte every 0.2 s, forever; yields its URL."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _addr = listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=drip, args=(conn,), daemon=True).start()

    def drip(conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)
            head = b"HTTP/1.1 207 Multi-Status\r\nContent-Type: text/xml\r\nX-Pad: "
            try:
                conn.sendall(head)
                while not stop.is_set():
                    conn.sendall(b"a")
                    time.sleep(0.2)
            except OSError:
                return

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/"
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


class TestPublishOffline:
    """Publishing errors that need no server."""

    def test_unreachable_server(self, seed_events):
        """No server listening gives a PublishError naming the URL."""
        url = f"http://127.0.0.1:{free_port()}/"
        with pytest.raises(PublishError) as info:
            publish(seed_events, url, user=USER, password=PASSWORD, timeout=5)
        assert url == info.value.url
        assert url in str(info.value)
        assert PASSWORD not in str(info.value)

    def test_trickling_server_hits_the_deadline(self, trickler, seed_events):
        """A server that trickles its answer is given up at the overall deadline."""
        with pytest.raises(PublishError, match="deadline") as info:
            publish(seed_events, trickler, timeout=5, deadline=1.5)
        assert trickler == info.value.url
        assert "\n" not in str(info.value)

    @pytest.mark.parametrize(
        "url", ["http://[::1", "http://u:pw@[::1", "http://host:port/", "ftp://x/", "nohost"]
    )
    def test_malformed_url(self, url, seed_events):
        """A URL that cannot be a CalDAV server's is one PublishError, credentials cut."""
        with pytest.raises(PublishError, match="URL") as info:
            publish(seed_events, url)
        assert "pw@" not in str(info.value)

    def test_url_in_the_message_is_escaped(self, seed_events):
        """The message itself, not only str(), escapes a URL's control and bidi characters."""
        with pytest.raises(PublishError, match="not a CalDAV URL") as info:
            publish(seed_events, "ftp://x/\u202e\x1b\n/")
        assert "ftp://x/\\u202e\\x1b\\n/ is not a CalDAV URL" in info.value.message

    def test_refused_connection_says_what_to_do(self, seed_events):
        """A refused connection names the cause and the fix, not the library's repr."""
        url = f"http://127.0.0.1:{free_port()}/"
        with pytest.raises(PublishError, match="connection refused: is the server running") as info:
            publish(seed_events, url, timeout=5)
        assert "object at 0x" not in str(info.value)

    @pytest.mark.parametrize(
        ("url", "expected"),
        [
            ("https://u:p@example.com/dav/", "https://example.com/dav/"),
            ("https://u@example.com:8443/", "https://example.com:8443/"),
            ("http://[::1]:5232/", "http://[::1]:5232/"),
            ("https://example.com/", "https://example.com/"),
        ],
        ids=["user-password", "user-port", "ipv6", "plain"],
    )
    def test_redact(self, url, expected):
        """Credentials are cut out of URLs shown to people."""
        assert expected == redact(url)
