import email.utils
import hashlib
import http.client
import threading

import pytest

from timeline.errors import ServeError
from timeline.feeds import write_feeds
from timeline.serve import make_server

SECRET = b"BEGIN:VCALENDAR\r\nX-SECRET:outside\r\nEND:VCALENDAR\r\n"


@pytest.fixture
def site(tmp_path, seed_events):
    """A feed directory for the seed, a secret file next to it, and a running server."""
    out = tmp_path / "feeds"
    write_feeds(seed_events, out, durable=False)
    (tmp_path / "secret.ics").write_bytes(SECRET)
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "passwd.ics").write_bytes(SECRET)
    server = make_server(out, host="127.0.0.1", port=0)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield server, out
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def request(server, method, target, headers=None):
    """Send one raw request (the target exactly as given); return status, headers, body."""
    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.putrequest(method, target, skip_accept_encoding=True)
        for key, value in (headers or {}).items():
            conn.putheader(key, value)
        conn.endheaders()
        response = conn.getresponse()
        return response.status, response.headers, response.read()
    finally:
        conn.close()


class TestServe:
    """Serving a feed directory over real HTTP."""

    def test_index_page_at_root(self, site):
        """/ answers with index.html as HTML."""
        server, out = site
        status, headers, body = request(server, "GET", "/")
        assert 200 == status
        assert "text/html; charset=utf-8" == headers["Content-Type"]
        assert (out / "index.html").read_bytes() == body

    def test_feed_as_calendar(self, site):
        """A feed goes out as text/calendar with a strong ETag and Last-Modified."""
        server, out = site
        status, headers, body = request(server, "GET", "/all.ics")
        data = (out / "all.ics").read_bytes()
        assert (200, data) == (status, body)
        assert "text/calendar; charset=utf-8" == headers["Content-Type"]
        assert str(len(data)) == headers["Content-Length"]
        assert f'"{hashlib.sha256(data).hexdigest()[:32]}"' == headers["ETag"]
        modified = email.utils.parsedate_to_datetime(headers["Last-Modified"])
        assert int((out / "all.ics").stat().st_mtime) == int(modified.timestamp())

    def test_nested_feed_with_encoded_name(self, site):
        """A feed in a kind directory is reachable, percent-encoded or not."""
        server, out = site
        name = next(p for p in (out / "person").iterdir()).name
        encoded = "".join(f"%{b:02X}" for b in name.encode())
        for target in (f"/person/{name}", f"/person/{encoded}", f"/person/{name}?x=1"):
            status, _headers, body = request(server, "GET", target)
            assert (200, (out / "person" / name).read_bytes()) == (status, body), target

    def test_index_json(self, site):
        """index.json goes out as application/json."""
        server, _out = site
        status, headers, _body = request(server, "GET", "/index.json")
        assert (200, "application/json") == (status, headers["Content-Type"])

    def test_head_has_headers_no_body(self, site):
        """HEAD answers the same headers as GET and no body."""
        server, _out = site
        _s, get_headers, _b = request(server, "GET", "/all.ics")
        status, headers, body = request(server, "HEAD", "/all.ics")
        assert (200, b"") == (status, body)
        assert get_headers["ETag"] == headers["ETag"]
        assert get_headers["Content-Length"] == headers["Content-Length"]

    @pytest.mark.parametrize(
        ("header", "expected"),
        [
            ("{etag}", 304),
            ("W/{etag}", 304),
            ('"other", {etag}', 304),
            ("*", 304),
            ('"other"', 200),
        ],
        ids=["same", "weak", "list", "star", "other"],
    )
    def test_if_none_match(self, site, header, expected):
        """If-None-Match with the current ETag gives 304 without a body."""
        server, _out = site
        _s, headers, _b = request(server, "GET", "/all.ics")
        status, again, body = request(
            server, "GET", "/all.ics", {"If-None-Match": header.format(etag=headers["ETag"])}
        )
        assert expected == status
        if expected == 304:
            assert (b"", headers["ETag"]) == (body, again["ETag"])

    @pytest.mark.parametrize(
        ("offset", "expected"),
        [(0, 304), (3600, 304), (-3600, 200)],
        ids=["same-second", "later", "earlier"],
    )
    def test_if_modified_since(self, site, offset, expected):
        """If-Modified-Since at or after the mtime gives 304."""
        server, out = site
        mtime = int((out / "all.ics").stat().st_mtime) + offset
        since = email.utils.formatdate(mtime, usegmt=True)
        status, _h, _b = request(server, "GET", "/all.ics", {"If-Modified-Since": since})
        assert expected == status

    def test_if_modified_since_garbage_ignored(self, site):
        """An unreadable If-Modified-Since is ignored."""
        server, _out = site
        status, _h, _b = request(server, "GET", "/all.ics", {"If-Modified-Since": "yesterday"})
        assert 200 == status

    def test_if_none_match_wins(self, site):
        """If-None-Match that does not match overrides a matching If-Modified-Since."""
        server, _out = site
        since = email.utils.formatdate(4102444800, usegmt=True)  # 2100
        status, _h, _b = request(
            server, "GET", "/all.ics", {"If-None-Match": '"x"', "If-Modified-Since": since}
        )
        assert 200 == status

    @pytest.mark.parametrize(
        "target",
        [
            "/../secret.ics",
            "/../../etc/passwd.ics",
            "/%2e%2e/secret.ics",
            "/%2E%2E/%2E%2E/etc/passwd.ics",
            "/..%2fsecret.ics",
            "/..%2Fsecret.ics",
            "/%252e%252e/secret.ics",
            "/%252e%252e%252fsecret.ics",
            "/..%5csecret.ics",
            "/..\\secret.ics",
            "//etc/passwd.ics",
            "/person/../../secret.ics",
            "/person/%2e%2e/%2e%2e/secret.ics",
            "/./all.ics",
            "/all.ics%00.html",
            "/%00",
            "/%c0%ae%c0%ae/secret.ics",
            "/..",
            "/.feeds.timeline-lock",
            "/etc/passwd.ics",
            "http://127.0.0.1/../secret.ics",
            "secret.ics",
            "/" + "a/" * 2000 + "x.ics",
        ],
        ids=lambda t: t if len(t) < 60 else "very-long",
    )
    def test_nothing_outside_is_reachable(self, site, target):
        """Traversal in any spelling gets 400 or 404 and never the secret."""
        server, _out = site
        status, _h, body = request(server, "GET", target)
        assert status in {400, 404}
        assert b"X-SECRET" not in body

    def test_symlink_out_is_not_followed(self, site, tmp_path):
        """A link inside the directory that points outside gives 404."""
        server, out = site
        (out / "person" / "leak.ics").symlink_to(tmp_path / "secret.ics")
        (out / "leak").symlink_to(tmp_path / "etc")
        for target in ("/person/leak.ics", "/leak/passwd.ics"):
            status, _h, body = request(server, "GET", target)
            assert (404, False) == (status, b"X-SECRET" in body), target

    def test_only_served_types(self, site):
        """Files of other types inside the directory are not served."""
        server, out = site
        (out / "notes.txt").write_text("private", encoding="utf-8")
        status, _h, _b = request(server, "GET", "/notes.txt")
        assert 404 == status

    def test_other_methods_not_allowed(self, site):
        """POST, PUT and DELETE get 405 with an Allow header."""
        server, _out = site
        for method in ("POST", "PUT", "DELETE"):
            status, headers, _b = request(server, method, "/all.ics", {"Content-Length": "0"})
            assert (405, "GET, HEAD") == (status, headers["Allow"])

    def test_serves_the_new_set_after_a_swap(self, site, seed_events):
        """After write_feeds swaps in a new set, the next request sees it."""
        server, out = site
        _s, before, _b = request(server, "GET", "/all.ics")
        write_feeds(seed_events[:3], out, durable=False)
        status, after, body = request(server, "GET", "/all.ics")
        assert (200, (out / "all.ics").read_bytes()) == (status, body)
        assert before["ETag"] != after["ETag"]

    def test_url(self, site):
        """The server reports the URL it listens on."""
        server, _out = site
        assert f"http://127.0.0.1:{server.server_address[1]}/" == server.url


class TestMakeServer:
    """Starting the server."""

    def test_missing_directory(self, tmp_path):
        """Serving a directory that does not exist is refused, naming it."""
        with pytest.raises(ServeError, match="not a directory") as info:
            make_server(tmp_path / "nope", port=0)
        assert str(tmp_path / "nope") == info.value.path

    def test_port_taken(self, tmp_path):
        """A port already in use gives ServeError."""
        with make_server(tmp_path, port=0) as first:
            port = first.server_address[1]
            with pytest.raises(ServeError, match="cannot listen"):
                make_server(tmp_path, port=port)
