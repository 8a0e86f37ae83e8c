import contextlib
import email.utils
import hashlib
import http.client
import os
import socket
import threading
import time
import tracemalloc

import pytest

from timeline.errors import ServeError
from timeline.feeds import write_feeds
from timeline.serve import ServeLimits, make_server

SECRET = b"BEGIN:VCALENDAR\r\nX-SECRET:outside\r\nEND:VCALENDAR\r\n"


@contextlib.contextmanager
def running(out, **kwargs):
    """A server for ``out`` on a free port, answering in a thread until the block ends."""
    server = make_server(out, host="127.0.0.1", port=0, **kwargs)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture
def site(tmp_path, seed_events):
    """A feed directory for the seed, a secret file next to it, and a running server."""
    out = tmp_path / "feeds"
    write_feeds(seed_events, out, durable=False)
    (tmp_path / "secret.ics").write_bytes(SECRET)
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "passwd.ics").write_bytes(SECRET)
    with running(out) as server:
        yield server, out


def raw_request(server, data, *, timeout=10.0):
    """Send raw bytes on a new connection; return everything the server sends back."""
    with socket.create_connection(server.server_address[:2], timeout=timeout) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def request(server, method, target, headers=None, *, timeout=10.0):
    """Send one raw request (the target exactly as given); return status, headers, body."""
    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
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


class TestBounds:
    """Every connection is bounded in time and memory, and every request is answered."""

    def test_idle_connections_do_not_starve_others(self, tmp_path, seed_events):
        """With more idle connections than slots, a new client is still answered at once."""
        out = tmp_path / "feeds"
        write_feeds(seed_events, out, durable=False)
        limits = ServeLimits(max_connections=8, request_timeout=0.5)
        with running(out, limits=limits) as server:
            idle = [socket.create_connection(server.server_address[:2]) for _ in range(30)]
            try:
                answer = raw_request(server, b"GET /all.ics HTTP/1.1\r\nHost: x\r\n\r\n")
                status = answer.split(b" ", 2)[1]
                assert status in {b"200", b"503"}
                assert answer.endswith(b"503 Service Unavailable\n") or b"BEGIN:VCALENDAR" in answer
                # The idle ones time out, and the server serves again.
                for _ in range(100):
                    status, _h, _b = request(server, "GET", "/all.ics")
                    if status == 200:
                        break
                    time.sleep(0.1)
                assert 200 == status
            finally:
                for sock in idle:
                    sock.close()

    def test_trickled_request_head_is_cut_off(self, tmp_path, seed_events):
        """A client sending its head a byte at a time is closed at the head deadline."""
        out = tmp_path / "feeds"
        write_feeds(seed_events, out, durable=False)
        with running(out, limits=ServeLimits(request_timeout=0.5)) as server:
            sock = socket.create_connection(server.server_address[:2], timeout=5)
            with sock:
                closed = False
                for byte in b"GET /all.ics HTTP/1.1\r\nX-Slow: " + b"a" * 100:
                    try:
                        sock.sendall(bytes([byte]))
                        sock.settimeout(0.05)
                        closed = sock.recv(1) == b""
                    except TimeoutError:
                        pass
                    except OSError:
                        closed = True
                    if closed:
                        break
                assert closed

    def test_busy_answer_has_a_body(self, tmp_path, seed_events):
        """When every slot is taken, one more client gets 503 with Retry-After and a body."""
        out = tmp_path / "feeds"
        write_feeds(seed_events, out, durable=False)
        with running(out, limits=ServeLimits(max_connections=2)) as server:
            held = [socket.create_connection(server.server_address[:2]) for _ in range(2)]
            try:
                # Until the server has accepted both held connections, a request
                # may still get a slot; ask again until it sees them.
                for _ in range(50):
                    status, headers, body = request(server, "GET", "/all.ics")
                    if status == 503:
                        break
                    time.sleep(0.1)
            finally:
                for sock in held:
                    sock.close()
        assert (503, "1", b"503 Service Unavailable\n") == (status, headers["Retry-After"], body)

    @pytest.mark.slow
    def test_burst_of_200_clients(self, tmp_path, seed_events):
        """200 clients connecting at once are all served, none waits for a SYN retry."""
        out = tmp_path / "feeds"
        write_feeds(seed_events, out, durable=False)
        clients = 200
        results: list[object] = []
        gate = threading.Barrier(clients)

        def one() -> None:
            gate.wait()
            try:
                # 2.5 s is below the kernel's third SYN retry: a dropped SYN fails it.
                results.append(request(server, "GET", "/index.json", timeout=2.5)[0])
            except OSError as exc:
                results.append(exc)

        with running(out) as server:
            threads = [threading.Thread(target=one, daemon=True) for _ in range(clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=30)
        assert [200] * clients == results

    def test_slow_readers_do_not_hold_whole_files(self, tmp_path, seed_events):
        """Ten stalled readers of a 4 MB file cost about ten chunks of memory, not ten files."""
        out = tmp_path / "feeds"
        write_feeds(seed_events, out, durable=False)
        size = 4 * 1024 * 1024
        (out / "big.ics").write_bytes(b"X" * size)
        limits = ServeLimits(chunk_size=16 * 1024)
        with running(out, limits=limits) as server:
            request(server, "HEAD", "/big.ics")  # the ETag is hashed once, streaming
            tracemalloc.start()
            try:
                readers = []
                for _ in range(10):
                    sock = socket.create_connection(server.server_address[:2], timeout=10)
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
                    sock.sendall(b"GET /big.ics HTTP/1.1\r\nHost: x\r\n\r\n")
                    assert sock.recv(12).startswith(b"HTTP/1.1 200")
                    readers.append(sock)
                time.sleep(0.5)  # every sender is now blocked on a full socket
                _current, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
                for sock in readers:
                    sock.close()
        assert peak < size

    def test_symlink_loop_is_404_with_a_body(self, site):
        """A link loop in the directory answers 404 with a body, not silence."""
        server, out = site
        (out / "loop.ics").symlink_to(out / "loop.ics")
        (out / "a").symlink_to(out / "b")
        (out / "b").symlink_to(out / "a")
        for target in ("/loop.ics", "/a/x.ics"):
            status, _h, body = request(server, "GET", target)
            assert (404, b"404 Not Found\n") == (status, body), target

    def test_fifo_is_404_and_does_not_hang(self, site):
        """A FIFO named like a feed is not a file: 404 at once."""
        server, out = site
        os.mkfifo(out / "pipe.ics")
        assert 404 == request(server, "GET", "/pipe.ics")[0]

    def test_log_line_escapes_control_characters(self, tmp_path, seed_events):
        """A request line with ESC, BEL and a bidi override is logged escaped."""
        out = tmp_path / "feeds"
        write_feeds(seed_events, out, durable=False)
        lines: list[str] = []
        with running(out, log=lines.append) as server:
            target = "/\x1b]52;c;aGk=\x07\u202e.ics".encode()
            raw_request(
                server, b"GET " + target + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
            )
        assert lines
        assert not any(c in line for line in lines for c in "\x1b\x07\u202e\x9b")
        assert any("\\x1b]52" in line for line in lines)

    def test_log_line_doubles_a_sent_backslash(self, tmp_path, seed_events):
        """A backslash the client sent is doubled, so its text cannot pass for an escape."""
        out = tmp_path / "feeds"
        write_feeds(seed_events, out, durable=False)
        lines: list[str] = []
        with running(out, log=lines.append) as server:
            raw_request(
                server, b"GET /\\x1b\x1b.ics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
            )
        assert any("GET /\\\\x1b\\x1b.ics" in line for line in lines), lines

    @pytest.mark.slow
    def test_swap_under_load_never_404s(self, tmp_path, seed_events):
        """While 30 feed sets are swapped in, no request for a listed file is lost."""
        out = tmp_path / "feeds"
        write_feeds(seed_events, out, durable=False)
        done = threading.Event()
        statuses: list[int] = []

        def swap() -> None:
            try:
                for n in range(30):
                    write_feeds(seed_events[: 2 + n % 3], out, name=f"set {n}", durable=False)
            finally:
                done.set()

        def fetch() -> None:
            conn = http.client.HTTPConnection(*server.server_address[:2], timeout=10)
            try:
                while not done.is_set():
                    for target in ("/all.ics", "/index.json", "/index.html"):
                        conn.request("GET", target)
                        response = conn.getresponse()
                        response.read()
                        statuses.append(response.status)
            finally:
                conn.close()

        with running(out) as server:
            fetchers = [threading.Thread(target=fetch, daemon=True) for _ in range(4)]
            for t in fetchers:
                t.start()
            swap()
            for t in fetchers:
                t.join(timeout=30)
        assert statuses
        assert {200} == set(statuses), f"{statuses.count(404)} of {len(statuses)} lost"


class TestMakeServer:
    """Starting the server."""

    @pytest.mark.parametrize("port", [-1, 65536, 99999, 2**70], ids=str)
    def test_port_out_of_range(self, tmp_path, port):
        """A port outside 0..65535 is a ServeError, not an OverflowError."""
        with pytest.raises(ServeError, match="out of range"):
            make_server(tmp_path, port=port)

    def test_limits_must_be_positive(self):
        """A limit of zero is refused when the limits are made."""
        with pytest.raises(ValueError, match="max_connections"):
            ServeLimits(max_connections=0)

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
