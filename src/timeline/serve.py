"""
Serve a feed directory over HTTP, for calendar apps to subscribe to.

A small read-only server on ``http.server.ThreadingHTTPServer``: ``GET``
and ``HEAD`` only, ``/`` is ``index.html``, ``.ics`` files go out as
``text/calendar; charset=utf-8`` and ``index.json`` as ``application/json``.
Every response carries a strong ``ETag`` (a hash of the bytes sent) and
``Last-Modified``; ``If-None-Match`` and ``If-Modified-Since`` give ``304``.

Nothing outside the directory is reachable: the path is percent-decoded
exactly once, and a request is refused (``400``) if it holds a NUL, a
backslash or an encoded slash, and not found (``404``) if any segment is
empty, ``.``, ``..`` or hidden, if it names a type we do not serve, if it
is not a regular file, or if, with every symbolic link resolved, it lands
outside the directory (a link loop is simply not found). The directory
itself is resolved on every request, so a feed set swapped in by
[`timeline.feeds.write_feeds`][timeline.write_feeds] is served at once; a request that
resolved the old set just before the swap is retried on the new one.

Every connection is bounded (see [`ServeLimits`][timeline.serve.ServeLimits]): a client has a few
seconds to send its request head, each read or write waits at most
``io_timeout``, files are streamed in chunks (memory per connection is one
chunk, whatever the file's size), and at most ``max_connections`` are
served at once; one more is answered ``503`` at once and closed. Every
request gets an answer with a body (``404``/``500`` included), and the
log line of a request escapes control characters as the stdlib's does.

This module is a documented subpackage API (``timeline.serve``) and is not
imported by ``import timeline``.
"""

from __future__ import annotations

import collections
import contextlib
import email.utils
import hashlib
import http.server
import io
import os
import socket
import stat
import sys
import threading
import time
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Final
from urllib.parse import unquote

import attrs

from timeline.errors import ServeError, printable

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["FeedServer", "ServeLimits", "make_server", "serve"]

_TYPES: Final[dict[str, str]] = {
    ".ics": "text/calendar; charset=utf-8",
    ".json": "application/json",
    ".html": "text/html; charset=utf-8",
}
_MAX_PATH: Final = 1024
_MAX_PORT: Final = 65535
#: How many validators (ETags of files already hashed) the server remembers.
_ETAG_CACHE: Final = 4096
#: How often a request is retried when the set it resolved was swapped away.
_SWAP_RETRIES: Final = 3


def _escaped(line: str) -> str:
    """``line`` with control and bidi characters as escapes, safe for a terminal."""
    # A backslash the client sent is doubled first, so that a request for
    # the four characters ``\x1b`` cannot pass in the log for an escaped ESC.
    return printable(line.replace("\\", "\\\\"))


@attrs.frozen(kw_only=True)
class ServeLimits:
    """
    The budget of one server: connections, time and memory per connection.

    Attributes:
        max_connections: Connections served at once; one more is answered
            ``503 Service Unavailable`` (with ``Retry-After``) and closed.
        backlog: Connections the kernel queues before the server accepts
            them (the ``listen()`` backlog; the kernel may cap it).
        request_timeout: Seconds a client has to send a request's line and
            headers, from connecting (or from the end of its previous
            request), however it trickles them.
        io_timeout: Seconds any one read or write on a connection may wait.
        chunk_size: Bytes read from a file and sent per write.
    """

    max_connections: int = attrs.field(default=128, validator=attrs.validators.gt(0))
    backlog: int = attrs.field(default=512, validator=attrs.validators.gt(0))
    request_timeout: float = attrs.field(default=10.0, validator=attrs.validators.gt(0))
    io_timeout: float = attrs.field(default=30.0, validator=attrs.validators.gt(0))
    chunk_size: int = attrs.field(default=64 * 1024, validator=attrs.validators.gt(0))


class _Refused(Exception):  # noqa: N818 - internal signal, never escapes this module
    def __init__(self, status: HTTPStatus) -> None:
        super().__init__(status.phrase)
        self.status = status


def _segments(raw: str) -> list[str]:
    """The path segments a request target names, or a refusal."""
    # Only origin-form targets ("/path?query"); urlsplit would read "//x/y"
    # as a host and a path, so the query and fragment are cut off by hand.
    target = raw.split("?", 1)[0].split("#", 1)[0]
    if not target.startswith("/") or len(target) > _MAX_PATH:
        raise _Refused(HTTPStatus.BAD_REQUEST)
    lowered = target.lower()
    # An encoded slash or backslash would let one segment hide another; an
    # encoded NUL has no business in a file name.
    if "%2f" in lowered or "%5c" in lowered or "%00" in lowered or "\\" in target:
        raise _Refused(HTTPStatus.BAD_REQUEST)
    try:
        path = unquote(target, errors="strict")
    except UnicodeDecodeError:
        raise _Refused(HTTPStatus.BAD_REQUEST) from None
    if "\0" in path or "\\" in path:
        raise _Refused(HTTPStatus.BAD_REQUEST)
    if path == "/":
        path = "/index.html"
    segments = path[1:].split("/")
    if any(s in {"", ".", ".."} or s.startswith(".") for s in segments):
        raise _Refused(HTTPStatus.NOT_FOUND)
    if Path(segments[-1]).suffix not in _TYPES:
        raise _Refused(HTTPStatus.NOT_FOUND)
    return segments


def _open_in(real_root: Path, segments: list[str]) -> tuple[io.BufferedReader, os.stat_result]:
    """Open the regular file ``segments`` names under ``real_root``, or raise OSError."""
    # resolve() raises RuntimeError on a link loop in Python 3.11 (OSError later).
    try:
        candidate = real_root.joinpath(*segments).resolve()
    except RuntimeError as exc:
        raise OSError(str(exc)) from exc
    if not candidate.is_relative_to(real_root):
        raise _Refused(HTTPStatus.NOT_FOUND)
    # O_NONBLOCK: a FIFO planted in the directory must not hang the thread.
    fd = os.open(candidate, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    handle = os.fdopen(fd, "rb")
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        handle.close()
        raise _Refused(HTTPStatus.NOT_FOUND)
    return handle, info


def _open(root: Path, raw: str) -> tuple[io.BufferedReader, os.stat_result, str]:
    """Map a request target to an open file under ``root``, or refuse it."""
    segments = _segments(raw)
    suffix = Path(segments[-1]).suffix
    for _ in range(_SWAP_RETRIES):
        try:
            real_root = root.resolve()
        except RuntimeError:
            raise _Refused(HTTPStatus.NOT_FOUND) from None
        try:
            handle, info = _open_in(real_root, segments)
        except OSError:
            # Missing in the set we resolved. If DIR now points at another
            # set, a swap happened in between: look again in the new one.
            with contextlib.suppress(OSError, RuntimeError):
                if root.resolve() != real_root:
                    continue
            raise _Refused(HTTPStatus.NOT_FOUND) from None
        return handle, info, suffix
    raise _Refused(HTTPStatus.NOT_FOUND)


def _etag_matches(header: str, etag: str) -> bool:
    # RFC 9110 13.1.2: If-None-Match uses the weak comparison.
    tags = [t.strip() for t in header.split(",")]
    return any(t == "*" or t.removeprefix("W/") == etag for t in tags)


class _Handler(http.server.BaseHTTPRequestHandler):
    """Answers GET and HEAD from the served directory; nothing else."""

    server: FeedServer
    server_version = "timeline-feeds"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    _ALLOW: ClassVar[str] = "GET, HEAD"
    _answering = False

    def setup(self) -> None:
        """Bound every read and write on the connection."""
        super().setup()
        self.connection.settimeout(self.server.limits.io_timeout)

    def handle_one_request(self) -> None:
        """Read and answer one request; the head must arrive in time."""
        self.server.watch(self.connection)
        try:
            super().handle_one_request()
        finally:
            self.server.unwatch(self.connection)

    def parse_request(self) -> bool:
        """Parse the head; from here on the time limit is per read and write."""
        self.server.unwatch(self.connection)
        return super().parse_request()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib's name
        """Send access logs to the server's logger, if any, escaped."""
        if self.server.log is not None:
            self.server.log(_escaped(f"{self.address_string()} {format % args}"))

    def _plain(self, status: HTTPStatus, *, body: bool) -> None:
        data = f"{status.value} {status.phrase}\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        if status is HTTPStatus.METHOD_NOT_ALLOWED:
            self.send_header("Allow", self._ALLOW)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if body:
            self.wfile.write(data)

    def _answer(self, *, body: bool) -> None:
        self._answering = False
        try:
            self._send_file(body=body)
        except _Refused as refused:
            self._plain(refused.status, body=body)
        except (ConnectionError, TimeoutError):
            self.close_connection = True  # the client went away or stalled
        except Exception as exc:  # noqa: BLE001 - every request gets an answer, never silence
            self.close_connection = True
            self.log_error("cannot answer %s: %s: %s", self.path, type(exc).__name__, exc)
            if not self._answering:
                self._plain(HTTPStatus.INTERNAL_SERVER_ERROR, body=body)

    def _not_modified(self, etag: str, modified: int) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            return _etag_matches(inm, etag)
        ims = self.headers.get("If-Modified-Since")
        if ims is None:
            return False
        try:
            since = email.utils.parsedate_to_datetime(ims)
        except (TypeError, ValueError, IndexError):
            return False
        return modified <= since.timestamp()

    def _send_file(self, *, body: bool) -> None:
        handle, info, suffix = _open(self.server.directory, self.path)
        with handle:
            etag = self.server.etag(handle, info)
            modified = int(info.st_mtime)
            not_modified = self._not_modified(etag, modified)
            self._answering = True
            self.send_response(HTTPStatus.NOT_MODIFIED if not_modified else HTTPStatus.OK)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", email.utils.formatdate(modified, usegmt=True))
            self.send_header("Cache-Control", "no-cache")
            if not not_modified:
                self.send_header("Content-Type", _TYPES[suffix])
                self.send_header("Content-Length", str(info.st_size))
            self.end_headers()
            if body and not not_modified:
                self._stream(handle, info.st_size)

    def _stream(self, handle: io.BufferedReader, size: int) -> None:
        """Send ``size`` bytes of ``handle`` a chunk at a time."""
        chunk = self.server.limits.chunk_size
        left = size
        while left > 0:
            data = handle.read(min(chunk, left))
            if not data:  # the file shrank under us: the length sent is now wrong
                self.close_connection = True
                return
            self.wfile.write(data)
            left -= len(data)

    def do_GET(self) -> None:
        """Send a file."""
        self._answer(body=True)

    def do_HEAD(self) -> None:
        """Send a file's headers only."""
        self._answer(body=False)

    def _not_allowed(self) -> None:
        # The request body is never read, so the connection cannot be reused.
        self.close_connection = True
        self._plain(HTTPStatus.METHOD_NOT_ALLOWED, body=True)

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed  # noqa: N815 - dispatch names


_BUSY: Final = (
    b"HTTP/1.1 503 Service Unavailable\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Content-Length: 24\r\n"
    b"Retry-After: 1\r\n"
    b"Connection: close\r\n"
    b"\r\n"
    b"503 Service Unavailable\n"
)


class FeedServer(http.server.ThreadingHTTPServer):
    """
    A threading HTTP server for one feed directory, within set limits.

    Attributes:
        directory: The directory served (resolved again on every request).
        log: Called with one line per request, or None for silence.
        limits: The connection, time and memory budget.
    """

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        directory: Path,
        *,
        log: Callable[[str], None] | None = None,
        limits: ServeLimits | None = None,
    ) -> None:
        """Bind to ``address`` and serve ``directory``."""
        self.directory = directory
        self.log = log
        self.limits = limits or ServeLimits()
        self.request_queue_size = self.limits.backlog
        self._slots = threading.BoundedSemaphore(self.limits.max_connections)
        self._lock = threading.Lock()
        self._deadlines: dict[socket.socket, float] = {}
        self._etags: collections.OrderedDict[tuple[int, ...], str] = collections.OrderedDict()
        self._closed = threading.Event()
        super().__init__(address, _Handler)
        self._reaper = threading.Thread(target=self._reap, name="serve-deadlines", daemon=True)
        self._reaper.start()

    @property
    def url(self) -> str:
        """The base URL the server answers on."""
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else host
        shown = f"[{name}]" if ":" in name else name
        return f"http://{shown}:{port}/"

    # -- the per-request deadline --------------------------------------------------

    def watch(self, conn: socket.socket) -> None:
        """Give ``conn`` ``request_timeout`` seconds to deliver a request head."""
        with self._lock:
            self._deadlines[conn] = time.monotonic() + self.limits.request_timeout

    def unwatch(self, conn: socket.socket) -> None:
        """Stop the head deadline of ``conn``."""
        with self._lock:
            self._deadlines.pop(conn, None)

    def _reap(self) -> None:
        # One thread for all connections: a socket timeout alone would let a
        # client that sends one byte every few seconds hold a thread forever.
        tick = min(0.25, self.limits.request_timeout / 4)
        while not self._closed.wait(tick):
            now = time.monotonic()
            with self._lock:
                late = [c for c, d in self._deadlines.items() if d <= now]
                for conn in late:
                    del self._deadlines[conn]
            for conn in late:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)  # its reader sees EOF and closes

    # -- the connection cap ---------------------------------------------------------

    def process_request(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override] # socketserver types the request loosely
        """Serve ``request`` in a thread, or answer 503 when all slots are taken."""
        if not self._slots.acquire(blocking=False):
            self._busy(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override] # as above
        """Serve one connection and give its slot back."""
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def _busy(self, request: socket.socket) -> None:
        with contextlib.suppress(OSError):
            request.settimeout(1.0)
            request.sendall(_BUSY)
            # Drain what the client already sent, so closing does not reset
            # the connection before it has read the answer.
            request.settimeout(0.0)
            with contextlib.suppress(OSError):
                request.recv(65536)
        if self.log is not None:
            self.log(_escaped(f"{self.address_string_of(request)} busy: 503"))
        self.shutdown_request(request)

    @staticmethod
    def address_string_of(request: socket.socket) -> str:
        """The peer's address, for a log line."""
        try:
            return str(request.getpeername()[0])
        except OSError:
            return "-"

    def handle_error(self, request: object, client_address: object) -> None:  # noqa: ARG002 - the stdlib's signature
        """Log one escaped line instead of a traceback on stderr."""
        exc = sys.exc_info()[1]
        if self.log is not None:
            self.log(_escaped(f"{client_address}: connection failed: {type(exc).__name__}: {exc}"))

    def server_close(self) -> None:
        """Stop the deadline thread and close the socket."""
        self._closed.set()
        super().server_close()

    # -- validators -------------------------------------------------------------------

    def etag(self, handle: io.BufferedReader, info: os.stat_result) -> str:
        """
        The strong ETag of an open file: a hash of its bytes.

        A published file never changes in place (a new set is new files, and
        an unchanged one is a hard link with the same inode and times), so
        the hash is computed once per file version, streaming, and kept.
        """
        key = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
        with self._lock:
            cached = self._etags.get(key)
            if cached is not None:
                self._etags.move_to_end(key)
                return cached
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
        handle.seek(0)
        etag = f'"{digest[:32]}"'
        with self._lock:
            self._etags[key] = etag
            while len(self._etags) > _ETAG_CACHE:
                self._etags.popitem(last=False)
        return etag


def make_server(
    directory: str | os.PathLike[str],
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    log: Callable[[str], None] | None = None,
    limits: ServeLimits | None = None,
) -> FeedServer:
    """
    Bind a server for ``directory`` without starting it.

    Args:
        directory: The feed directory (as written by ``timeline feeds``).
        host: The address to listen on; the default is this machine only.
        port: The port, 0 to 65535; 0 picks a free one (see
            [`FeedServer.url`][timeline.serve.FeedServer.url]).
        log: Called with one line per request.
        limits: Connections, timeouts and chunk size (default:
            [`ServeLimits`][timeline.serve.ServeLimits]).

    Raises:
        ServeError: When ``directory`` is not a directory, the port is out
            of range, or the address cannot be bound.
    """
    root = Path(directory)
    if not root.is_dir():
        msg = "is not a directory (write one with `timeline feeds -o DIR`)"
        raise ServeError(msg, path=root)
    if not 0 <= port <= _MAX_PORT:
        msg = f"port {port} is out of range (0 to {_MAX_PORT}; 0 picks a free one)"
        raise ServeError(msg, path=root)
    try:
        return FeedServer((host, port), root, log=log, limits=limits)
    except (OSError, OverflowError, UnicodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        msg = f"cannot listen on {_escaped(host)}:{port}: {reason}"
        raise ServeError(msg, path=root) from exc


def serve(  # noqa: PLR0913 - each is an independent, keyword-only setting
    directory: str | os.PathLike[str],
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    log: Callable[[str], None] | None = None,
    ready: Callable[[FeedServer], None] | None = None,
    limits: ServeLimits | None = None,
) -> None:
    """
    Serve ``directory`` until interrupted.

    Args:
        directory: The feed directory.
        host: The address to listen on.
        port: The port; 0 picks a free one.
        log: Called with one line per request.
        ready: Called with the bound server before requests are answered.
        limits: Connections, timeouts and chunk size (default:
            [`ServeLimits`][timeline.serve.ServeLimits]).

    Raises:
        ServeError: When the server cannot start.
    """
    with make_server(directory, host=host, port=port, log=log, limits=limits) as server:
        if ready is not None:
            ready(server)
        server.serve_forever()
