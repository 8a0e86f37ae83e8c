"""
Publish events to a CalDAV calendar, idempotently.

Each event becomes one calendar object holding the single ``VEVENT`` that
[`timeline.ics.to_ics`][timeline.to_ics] writes for it, so its UID is the same as in
every feed. Objects we put there carry
``X-TIMELINE-PUBLISHER:timeline/<token>``, where the token is a hash of the
calendar's path and the object's UID: a mark another tool copies onto its
own object, or an object copied in from another calendar, does not match,
so it is not ours. That mark, and only that, makes an object ours:

* an event whose UID is not on the server is created;
* an event whose UID is on the server in an object of ours is replaced in
  place when its content differs, and left alone when it does not;
* an object with the same UID that is not ours is never touched (it is
  reported as a conflict);
* with ``prune=True``, objects of ours whose event is gone are deleted;
  nothing else is ever deleted. An object with the bare mark
  ``timeline`` of earlier versions is updated (and so gains a token) but
  never pruned, since nothing proves it is this calendar's.

With ``dry_run=True`` the calendar is only read: the report says what
would be created, updated and deleted, and nothing is changed (a missing
calendar is not created).

The whole run has a deadline (``deadline`` seconds, beside the per-read
``timeout``), so a server that trickles its answers cannot hold it
forever; after the deadline nothing more is sent to the server.

This module is a documented subpackage API (``timeline.publish``); it
imports the ``caldav`` client only when called, so ``import timeline``
stays light. Failures become [`PublishError`][timeline.PublishError]
naming the URL (with any credentials removed) and saying what to do
(connection refused, host not found, login refused, no answer in time);
the password never appears in a message.
"""

from __future__ import annotations

import hashlib
import re
import socket
import ssl
import threading
import urllib.parse
from typing import TYPE_CHECKING, Any, Final

import attrs
import icalendar

from timeline.errors import PublishError, printable

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from timeline.model import Event

__all__ = ["PublishReport", "publish"]

#: The property that marks a calendar object as published by timeline.
MARK_PROPERTY: Final = "X-TIMELINE-PUBLISHER"
#: The mark of earlier versions: updated, never pruned.
_LEGACY_MARK: Final = "timeline"
_TOKEN_HEX: Final = 24
#: The longest piece of a library's message an error repeats.
_REASON_MAX: Final = 200


def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class PublishReport:
    """
    What [`publish`][timeline.publish] did, by UID.

    Attributes:
        url: The calendar's URL.
        calendar: The calendar's display name.
        created: Events that were not on the server.
        updated: Events of ours whose content changed.
        unchanged: Events of ours already up to date.
        deleted: Events of ours removed by ``prune``.
        conflicts: UIDs held by objects that are not ours, left alone.
        dry_run: True when nothing was changed, and the lists say what
            would have been.
    """

    url: str
    calendar: str
    created: tuple[str, ...] = attrs.field(converter=_strs, factory=tuple)
    updated: tuple[str, ...] = attrs.field(converter=_strs, factory=tuple)
    unchanged: tuple[str, ...] = attrs.field(converter=_strs, factory=tuple)
    deleted: tuple[str, ...] = attrs.field(converter=_strs, factory=tuple)
    conflicts: tuple[str, ...] = attrs.field(converter=_strs, factory=tuple)
    dry_run: bool = False


def _shown(text: str) -> str:
    """``text`` with control and bidi characters escaped, cut short, for one error line."""
    line = printable(text)
    return line if len(line) <= _REASON_MAX else line[: _REASON_MAX - 1] + "…"


def redact(url: str) -> str:
    """Drop any ``user:password@`` from ``url``, for messages."""
    try:
        parts = urllib.parse.urlsplit(url)
        _ = parts.port  # a port that is not a number raises here
    except ValueError:
        return "(a malformed URL)"
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def _checked_url(url: str) -> str:
    """``url`` if it can be a CalDAV server's, else a PublishError saying why."""
    try:
        parts = urllib.parse.urlsplit(url)
        _ = parts.port
    except ValueError as exc:
        # redact() cannot parse it either: cut any user:password@ by hand.
        shown = _shown(re.sub(r"//[^/?#]*@", "//", url))
        msg = f"{shown} is not a valid URL ({_shown(str(exc))}): give http(s)://HOST[:PORT]/PATH"
        raise PublishError(msg) from None
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        msg = f"{_shown(redact(url))} is not a CalDAV URL: give http(s)://HOST[:PORT]/PATH"
        raise PublishError(msg)
    return url


def _token(calendar_url: str, uid: str) -> str:
    """This calendar's mark for the object ``uid``: a hash of both."""
    path = urllib.parse.urlsplit(calendar_url).path.rstrip("/") + "/"
    digest = hashlib.sha256(f"{path}\0{uid}".encode("utf-8", "surrogatepass"))
    return f"timeline/{digest.hexdigest()[:_TOKEN_HEX]}"


def _marked(data: bytes, mark: str) -> bytes:
    """Make a one-event feed a CalDAV object: add our mark, drop METHOD."""
    end = b"\r\nEND:VEVENT\r\n"
    # RFC 4791 4.1: objects in a calendar collection must not carry METHOD.
    data = data.replace(b"\r\nMETHOD:PUBLISH\r\n", b"\r\n", 1)
    return data.replace(end, f"\r\n{MARK_PROPERTY}:{mark}{end.decode()}".encode(), 1)


def _vevent(data: bytes | str) -> icalendar.Component | None:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except ValueError:
        return None
    events = [c for c in cal.walk("VEVENT") if "RECURRENCE-ID" not in c]
    return events[0] if len(events) == 1 else None


def _mark_of(vevent: icalendar.Component) -> str:
    return str(vevent.get(MARK_PROPERTY, ""))


def _render(events: Iterable[Event], *, calendar: str) -> dict[str, bytes]:
    """Each event's one-event feed by UID, without our mark yet."""
    from timeline.ics import to_ics  # noqa: PLC0415 - keep import timeline light

    out: dict[str, bytes] = {}
    for event in events:
        data = to_ics((event,), name=calendar)
        if data.count(b"\r\nEND:VEVENT\r\n") != 1:
            msg = "an event must render to exactly one VEVENT"
            raise PublishError(msg, uid=event.id)
        vevent = _vevent(data)
        if vevent is None or "UID" not in vevent:
            msg = "the exporter wrote an event without a UID"
            raise PublishError(msg, uid=event.id)
        uid = str(vevent["UID"])
        if uid in out:
            msg = "two events share this UID"
            raise PublishError(msg, uid=uid)
        out[uid] = data
    return out


class _Cancelled(Exception):  # noqa: N818 - internal signal, never escapes this module
    """The deadline passed: the worker must change nothing more."""


class _Step:
    """Remembers what is being done, so an error can say where; carries the deadline's stop."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.uid: str | None = None
        self.cancelled = threading.Event()

    def check(self) -> None:
        """Stop before the next change once the deadline has passed."""
        if self.cancelled.is_set():
            raise _Cancelled


def _calendars(principal: Any) -> Iterator[tuple[str, Any]]:  # noqa: ANN401 - caldav is untyped here
    for cal in principal.calendars():
        yield str(cal.get_display_name() or ""), cal


def publish(  # noqa: PLR0913 - each is an independent, keyword-only setting
    events: Iterable[Event],
    url: str,
    *,
    user: str | None = None,
    password: str | None = None,
    calendar: str = "timeline",
    prune: bool = False,
    timeout: int = 30,
    deadline: float = 300,
    dry_run: bool = False,
) -> PublishReport:
    """
    Put every event into the calendar ``calendar`` on the server at ``url``.

    The calendar is found by its display name under the user's principal
    and created if missing. Running it twice with the same events changes
    nothing the second time.

    Args:
        events: The events.
        url: The CalDAV server (or principal) URL.
        user: The user name, if the server wants one.
        password: The password; never printed.
        calendar: The calendar's display name.
        prune: Delete objects of ours whose event is not in ``events``.
        timeout: Seconds to wait for each read from the server.
        deadline: Seconds the whole run may take; after it, nothing more is
            sent (a request already in flight may still land).
        dry_run: Only read the calendar and report what would be done.

    Returns:
        What was (or, with ``dry_run``, would be) created, updated, kept,
        deleted or left alone.

    Raises:
        PublishError: When the URL is malformed, the server cannot be
            reached, refuses or does not finish in time; names the URL
            (without credentials) and the UID concerned.
    """
    _checked_url(url)
    rendered = _render(events, calendar=calendar)
    step = _Step(redact(url))
    outcome: list[PublishReport | BaseException] = []

    def run() -> None:
        try:
            outcome.append(
                _guarded(
                    rendered,
                    _Request(
                        url=url,
                        user=user,
                        password=password,
                        calendar=calendar,
                        prune=prune,
                        timeout=timeout,
                        dry_run=dry_run,
                    ),
                    step,
                )
            )
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            outcome.append(exc)

    # The client's timeout is per read, so a server that trickles bytes
    # could hold a plain call forever; the worker is abandoned at the
    # deadline, and told to change nothing more.
    worker = threading.Thread(target=run, name="timeline-publish", daemon=True)
    worker.start()
    worker.join(deadline)
    if worker.is_alive():
        step.cancelled.set()
        msg = (
            f"the server did not finish within the {deadline:g} s deadline "
            "(it is slow or stalled); nothing more was sent, run again later"
        )
        raise PublishError(msg, url=step.url, uid=step.uid)
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


_CAUSES: Final[tuple[tuple[type[BaseException], str], ...]] = (
    (
        ConnectionRefusedError,
        "connection refused: is the server running, and are the host and port in the URL right?",
    ),
    (socket.gaierror, "the host name is not known: check the host in the URL"),
    (ssl.SSLError, "the TLS connection failed: check https and the server's certificate"),
)
_CLIENT_ERRORS: Final[dict[str, str]] = {
    "AuthorizationError": "the server refused the login: check --user and the password",
    "NotFoundError": "nothing found at this URL: give the CalDAV server's or principal's URL",
}


def _reason(exc: BaseException, *, timeout: float) -> str:
    """What went wrong, in one line that says what to do, never a library repr."""
    for cause in _chain(exc):
        for kind, text in _CAUSES:
            if isinstance(cause, kind):
                return text
        if isinstance(cause, TimeoutError):
            return f"no answer within {timeout:g} s: is the server up and the URL right?"
    name = type(exc).__name__
    if name in _CLIENT_ERRORS:
        return _CLIENT_ERRORS[name]
    lines = str(exc).splitlines()
    return f"{name}: {_shown(lines[0])}" if lines else name


@attrs.frozen(kw_only=True)
class _Request:
    """One run's settings, as [`publish`][timeline.publish.publish] took them (never printed)."""

    url: str
    user: str | None
    password: str | None = attrs.field(repr=False)
    calendar: str
    prune: bool
    timeout: int
    dry_run: bool


def _guarded(rendered: dict[str, bytes], request: _Request, step: _Step) -> PublishReport:
    """``_publish``, with every failure of the client made one PublishError."""
    try:
        return _publish(rendered, request, step)
    except (PublishError, _Cancelled):
        raise
    except Exception as exc:  # noqa: BLE001 - any failure of the client library is a PublishError
        text = _reason(exc, timeout=request.timeout)
        if request.password:
            text = text.replace(request.password, "***")
        text = text.replace(request.url, step.url)
        raise PublishError(text, url=step.url, uid=step.uid) from None


def _existing(cal: Any) -> dict[str, tuple[Any, icalendar.Component | None]]:  # noqa: ANN401 - caldav's Calendar
    """The calendar's objects by UID (objects we cannot read keep no UID)."""
    found: dict[str, tuple[Any, icalendar.Component | None]] = {}
    for obj in cal.events():
        vevent = _vevent(obj.data)
        if vevent is not None and "UID" in vevent:
            found[str(vevent["UID"])] = (obj, vevent)
    return found


def _client(url: str, *, user: str | None, password: str | None, timeout: int, step: _Step) -> Any:  # noqa: ANN401 - caldav is untyped here
    try:
        from caldav.davclient import DAVClient  # noqa: PLC0415 - optional and heavy: load on use
    except ImportError as exc:
        msg = "the CalDAV client is not installed: pip install -e '.[publish]'"
        raise PublishError(msg, url=step.url) from exc
    return DAVClient(url=url, username=user, password=password, timeout=timeout)


def _publish(rendered: dict[str, bytes], request: _Request, step: _Step) -> PublishReport:
    client = _client(
        request.url,
        user=request.user,
        password=request.password,
        timeout=request.timeout,
        step=step,
    )
    with client:
        principal = client.principal()
        calendar = request.calendar
        cal = next((c for name, c in _calendars(principal) if name == calendar), None)
        if cal is None and request.dry_run:
            return PublishReport(url=step.url, calendar=calendar, created=rendered, dry_run=True)
        if cal is None:
            step.check()
            cal = principal.make_calendar(name=calendar)
        cal_url = str(cal.url)
        step.url = redact(cal_url)
        plan = _plan(rendered, _existing(cal), cal_url=cal_url, prune=request.prune)
        if not request.dry_run:
            _apply(cal, plan, step)
        step.uid = None
    return PublishReport(url=step.url, calendar=calendar, dry_run=request.dry_run, **plan.report())


@attrs.frozen
class _Plan:
    """What a run does: the objects to create, update and delete, and what it leaves."""

    create: dict[str, bytes]
    update: dict[str, tuple[Any, bytes]]
    delete: dict[str, Any]
    unchanged: tuple[str, ...]
    conflicts: tuple[str, ...]

    def report(self) -> dict[str, tuple[str, ...]]:
        return {
            "created": tuple(self.create),
            "updated": tuple(self.update),
            "unchanged": self.unchanged,
            "deleted": tuple(self.delete),
            "conflicts": self.conflicts,
        }


def _plan(
    rendered: dict[str, bytes],
    existing: dict[str, tuple[Any, icalendar.Component | None]],
    *,
    cal_url: str,
    prune: bool,
) -> _Plan:
    create: dict[str, bytes] = {}
    update: dict[str, tuple[Any, bytes]] = {}
    unchanged: list[str] = []
    conflicts: list[str] = []
    for uid, plain in rendered.items():
        data = _marked(plain, _token(cal_url, uid))
        found = existing.get(uid)
        if found is None:
            create[uid] = data
            continue
        obj, old = found
        mark = "" if old is None else _mark_of(old)
        if old is None or mark not in {_token(cal_url, uid), _LEGACY_MARK}:
            conflicts.append(uid)
        elif old == _vevent(data):
            unchanged.append(uid)
        else:
            update[uid] = (obj, data)
    delete: dict[str, Any] = {}
    if prune:
        for uid, (obj, old) in sorted(existing.items()):
            # Only the token proves an object is this calendar's own: a legacy
            # or copied mark is never enough to delete.
            if uid not in rendered and old is not None and _mark_of(old) == _token(cal_url, uid):
                delete[uid] = obj
    return _Plan(create, update, delete, tuple(unchanged), tuple(conflicts))


def _apply(cal: Any, plan: _Plan, step: _Step) -> None:  # noqa: ANN401 - caldav's Calendar
    for uid, data in plan.create.items():
        step.uid = uid
        step.check()
        cal.add_event(ical=data.decode(), no_overwrite=True, increase_seqno=False)
    for uid, (obj, data) in plan.update.items():
        step.uid = uid
        step.check()
        obj.data = data.decode()
        obj.save(increase_seqno=False)
    for uid, obj in plan.delete.items():
        step.uid = uid
        step.check()
        obj.delete()
