"""
Publish events to a CalDAV calendar, idempotently.

Each event becomes one calendar object holding the single ``VEVENT`` that
:func:`timeline.ics.to_ics` writes for it, so its UID is the same as in
every feed. Objects we put there carry ``X-TIMELINE-PUBLISHER:timeline``;
that mark, and only that, makes an object ours:

* an event whose UID is not on the server is created;
* an event whose UID is on the server in an object of ours is replaced in
  place when its content differs, and left alone when it does not;
* an object with the same UID that is not ours is never touched (it is
  reported as a conflict);
* with ``prune=True``, objects of ours whose event is gone are deleted;
  nothing else is ever deleted.

This module is a documented subpackage API (``timeline.publish``); it
imports the ``caldav`` client only when called, so ``import timeline``
stays light. Failures become :class:`~timeline.errors.PublishError`
naming the URL (with any credentials removed); the password never
appears in a message.
"""

from __future__ import annotations

import urllib.parse
from typing import TYPE_CHECKING, Any, Final

import attrs
import icalendar

from timeline.errors import PublishError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from timeline.model import Event

__all__ = ["MARK_PROPERTY", "PublishReport", "publish"]

#: The property that marks a calendar object as published by timeline.
MARK_PROPERTY: Final = "X-TIMELINE-PUBLISHER"
_MARK_VALUE: Final = "timeline"


def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class PublishReport:
    """
    What :func:`publish` did, by UID.

    Attributes:
        url: The calendar's URL.
        calendar: The calendar's display name.
        created: Events that were not on the server.
        updated: Events of ours whose content changed.
        unchanged: Events of ours already up to date.
        deleted: Events of ours removed by ``prune``.
        conflicts: UIDs held by objects that are not ours, left alone.
    """

    url: str
    calendar: str
    created: tuple[str, ...] = attrs.field(converter=_strs, factory=tuple)
    updated: tuple[str, ...] = attrs.field(converter=_strs, factory=tuple)
    unchanged: tuple[str, ...] = attrs.field(converter=_strs, factory=tuple)
    deleted: tuple[str, ...] = attrs.field(converter=_strs, factory=tuple)
    conflicts: tuple[str, ...] = attrs.field(converter=_strs, factory=tuple)


def redact(url: str) -> str:
    """Drop any ``user:password@`` from ``url``, for messages."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def _marked(data: bytes) -> bytes:
    """Make a one-event feed a CalDAV object: add our mark, drop METHOD."""
    end = b"\r\nEND:VEVENT\r\n"
    if data.count(end) != 1:
        msg = "an event must render to exactly one VEVENT"
        raise PublishError(msg)
    # RFC 4791 4.1: objects in a calendar collection must not carry METHOD.
    data = data.replace(b"\r\nMETHOD:PUBLISH\r\n", b"\r\n", 1)
    return data.replace(end, f"\r\n{MARK_PROPERTY}:{_MARK_VALUE}{end.decode()}".encode(), 1)


def _vevent(data: bytes | str) -> icalendar.Component | None:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except ValueError:
        return None
    events = [c for c in cal.walk("VEVENT") if "RECURRENCE-ID" not in c]
    return events[0] if len(events) == 1 else None


def _is_ours(vevent: icalendar.Component) -> bool:
    return str(vevent.get(MARK_PROPERTY, "")) == _MARK_VALUE


def _render(events: Iterable[Event], *, calendar: str) -> dict[str, bytes]:
    from timeline.ics import to_ics  # noqa: PLC0415 - keep import timeline light

    out: dict[str, bytes] = {}
    for event in events:
        data = _marked(to_ics((event,), name=calendar))
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


class _Step:
    """Remembers what is being done, so an error can say where."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.uid: str | None = None


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
        timeout: Seconds to wait for each request.

    Returns:
        What was created, updated, kept, deleted or left alone.

    Raises:
        PublishError: When the server cannot be reached or refuses; names
            the URL (without credentials) and the UID concerned.
    """
    rendered = _render(events, calendar=calendar)
    step = _Step(redact(url))
    try:
        return _publish(
            rendered,
            url,
            user=user,
            password=password,
            calendar=calendar,
            prune=prune,
            timeout=timeout,
            step=step,
        )
    except PublishError:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure of the client library is a PublishError
        text = str(exc) or type(exc).__name__
        if password:
            text = text.replace(password, "***")
        text = text.replace(url, step.url)
        msg = f"{type(exc).__name__}: {text}"
        raise PublishError(msg, url=step.url, uid=step.uid) from None


def _existing(cal: Any) -> dict[str, tuple[Any, icalendar.Component | None]]:  # noqa: ANN401 - caldav's Calendar
    """The calendar's objects by UID (objects we cannot read keep no UID)."""
    found: dict[str, tuple[Any, icalendar.Component | None]] = {}
    for obj in cal.events():
        vevent = _vevent(obj.data)
        if vevent is not None and "UID" in vevent:
            found[str(vevent["UID"])] = (obj, vevent)
    return found


def _publish(  # noqa: PLR0913 - the same settings as publish(), plus its progress
    rendered: dict[str, bytes],
    url: str,
    *,
    user: str | None,
    password: str | None,
    calendar: str,
    prune: bool,
    timeout: int,
    step: _Step,
) -> PublishReport:
    try:
        from caldav.davclient import DAVClient  # noqa: PLC0415 - optional and heavy: load on use
    except ImportError as exc:
        msg = "the CalDAV client is not installed: pip install -e '.[publish]'"
        raise PublishError(msg, url=step.url) from exc

    client: Any = DAVClient(url=url, username=user, password=password, timeout=timeout)
    with client:
        principal = client.principal()
        cal = next((c for name, c in _calendars(principal) if name == calendar), None)
        if cal is None:
            cal = principal.make_calendar(name=calendar)
        step.url = redact(str(cal.url))
        existing = _existing(cal)
        done: dict[str, list[str]] = {
            k: [] for k in ("created", "updated", "unchanged", "conflicts", "deleted")
        }
        for uid, data in rendered.items():
            step.uid = uid
            found = existing.get(uid)
            if found is None:
                cal.add_event(ical=data.decode(), no_overwrite=True, increase_seqno=False)
                done["created"].append(uid)
                continue
            obj, old = found
            if old is None or not _is_ours(old):
                done["conflicts"].append(uid)
            elif old == _vevent(data):
                done["unchanged"].append(uid)
            else:
                obj.data = data.decode()
                obj.save(increase_seqno=False)
                done["updated"].append(uid)
        if prune:
            for uid, (obj, old) in sorted(existing.items()):
                if uid not in rendered and old is not None and _is_ours(old):
                    step.uid = uid
                    obj.delete()
                    done["deleted"].append(uid)
        step.uid = None
    return PublishReport(url=step.url, calendar=calendar, **done)
