"""
Serve a feed directory over HTTP, for calendar apps to subscribe to.

A small read-only server on :class:`http.server.ThreadingHTTPServer`: ``GET``
and ``HEAD`` only, ``/`` is ``index.html``, ``.ics`` files go out as
``text/calendar; charset=utf-8`` and ``index.json`` as ``application/json``.
Every response carries a strong ``ETag`` (a hash of the bytes sent) and
``Last-Modified``; ``If-None-Match`` and ``If-Modified-Since`` give ``304``.

Nothing outside the directory is reachable: the path is percent-decoded
exactly once, and a request is refused (``400``) if it holds a NUL, a
backslash or an encoded slash, and not found (``404``) if any segment is
empty, ``.``, ``..`` or hidden, if it names a type we do not serve, or if,
with every symbolic link resolved, it lands outside the directory. The
directory itself is resolved on every request, so a feed set swapped in by
:func:`timeline.feeds.write_feeds` is served at once.

This module is a documented subpackage API (``timeline.serve``) and is not
imported by ``import timeline``.
"""

from __future__ import annotations

import email.utils
import hashlib
import http.server
import os
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Final
from urllib.parse import unquote

from timeline.errors import ServeError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["FeedServer", "make_server", "serve"]

_TYPES: Final[dict[str, str]] = {
    ".ics": "text/calendar; charset=utf-8",
    ".json": "application/json",
    ".html": "text/html; charset=utf-8",
}
_MAX_PATH: Final = 1024


class _Refused(Exception):  # noqa: N818 - internal signal, never escapes this module
    def __init__(self, status: HTTPStatus) -> None:
        super().__init__(status.phrase)
        self.status = status


def _resolve(root: Path, raw: str) -> Path:
    """Map a request target to a file under ``root``, or refuse it."""
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
    real_root = root.resolve()
    candidate = real_root.joinpath(*segments).resolve()
    if not candidate.is_relative_to(real_root) or not candidate.is_file():
        raise _Refused(HTTPStatus.NOT_FOUND)
    return candidate


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

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib's name
        """Send access logs to the server's logger, if any."""
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")

    def _plain(self, status: HTTPStatus, *, body: bool) -> None:
        data = f"{status.value} {status.phrase}\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        if status is HTTPStatus.METHOD_NOT_ALLOWED:
            self.send_header("Allow", self._ALLOW)
        self.end_headers()
        if body:
            self.wfile.write(data)

    def _answer(self, *, body: bool) -> None:
        try:
            path = _resolve(self.server.directory, self.path)
            with path.open("rb") as handle:
                stat = os.fstat(handle.fileno())
                data = handle.read()
        except _Refused as refused:
            self._plain(refused.status, body=body)
            return
        except OSError:
            self._plain(HTTPStatus.NOT_FOUND, body=body)
            return
        etag = f'"{hashlib.sha256(data).hexdigest()[:32]}"'
        modified = int(stat.st_mtime)
        not_modified = False
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if inm is not None:
            not_modified = _etag_matches(inm, etag)
        elif ims is not None:
            try:
                since = email.utils.parsedate_to_datetime(ims)
            except (TypeError, ValueError, IndexError):
                since = None
            not_modified = since is not None and modified <= since.timestamp()
        self.send_response(HTTPStatus.NOT_MODIFIED if not_modified else HTTPStatus.OK)
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", email.utils.formatdate(modified, usegmt=True))
        self.send_header("Cache-Control", "no-cache")
        if not not_modified:
            self.send_header("Content-Type", _TYPES[path.suffix])
            self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if body and not not_modified:
            self.wfile.write(data)

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


class FeedServer(http.server.ThreadingHTTPServer):
    """
    A threading HTTP server for one feed directory.

    Attributes:
        directory: The directory served (resolved again on every request).
        log: Called with one line per request, or None for silence.
    """

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        directory: Path,
        *,
        log: Callable[[str], None] | None = None,
    ) -> None:
        """Bind to ``address`` and serve ``directory``."""
        self.directory = directory
        self.log = log
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        """The base URL the server answers on."""
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else host
        shown = f"[{name}]" if ":" in name else name
        return f"http://{shown}:{port}/"


def make_server(
    directory: str | os.PathLike[str],
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    log: Callable[[str], None] | None = None,
) -> FeedServer:
    """
    Bind a server for ``directory`` without starting it.

    Args:
        directory: The feed directory (as written by ``timeline feeds``).
        host: The address to listen on; the default is this machine only.
        port: The port; 0 picks a free one (see :attr:`FeedServer.url`).
        log: Called with one line per request.

    Raises:
        ServeError: When ``directory`` is not a directory or the address
            cannot be bound.
    """
    root = Path(directory)
    if not root.is_dir():
        msg = "is not a directory (write one with `timeline feeds -o DIR`)"
        raise ServeError(msg, path=root)
    try:
        return FeedServer((host, port), root, log=log)
    except OSError as exc:
        msg = f"cannot listen on {host}:{port}: {exc.strerror or exc}"
        raise ServeError(msg, path=root) from exc


def serve(
    directory: str | os.PathLike[str],
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    log: Callable[[str], None] | None = None,
    ready: Callable[[FeedServer], None] | None = None,
) -> None:
    """
    Serve ``directory`` until interrupted.

    Args:
        directory: The feed directory.
        host: The address to listen on.
        port: The port; 0 picks a free one.
        log: Called with one line per request.
        ready: Called with the bound server before requests are answered.

    Raises:
        ServeError: When the server cannot start.
    """
    with make_server(directory, host=host, port=port, log=log) as server:
        if ready is not None:
            ready(server)
        server.serve_forever()
