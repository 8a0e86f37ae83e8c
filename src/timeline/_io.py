"""
Atomic file output.

A write goes to a temporary file in the target's own directory (so the final
rename never crosses a file system), is flushed and synced, and then
replaces the target with :func:`os.replace`. A reader sees the old file or
the new one, never a part; a failure leaves the old file and no temporary.

A writer killed outright (SIGKILL, power cut) cannot clean up, and leaves
its temporary ``.<name>.<8 random characters>.tmp`` next to the target. The
next successful write of the same target removes such leftovers: a
temporary is stale when nobody holds its lock (every writer keeps an
``flock`` on its temporary while writing, and a dead process holds none) and
it is more than a second older than the target just written. Where ``flock``
does not exist (Windows) leftovers are left alone.

The new file gets the mode an ``open()`` would give it: an existing
target's permission bits are kept, and a new file gets ``0666`` less the
umask (``0644`` under the usual ``022``), so a web server can serve an
exported page. The temporary is created with that mode, never widened later.

A target that exists and is not a regular file is written *through*, not
replaced: a FIFO, or a character device such as ``/dev/null`` or a terminal
(``-o /dev/stdout`` is a symbolic link to one), receives the bytes as a
shell's ``>`` would give them, and stays what it was. Nothing is atomic about
such a target, and nothing is synced. A socket or a block device is refused.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import BinaryIO

from timeline.errors import WriteError

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

__all__ = ["atomic_file", "atomic_write", "remove_stale_temporaries"]

#: How much older than the target a leftover must be; this covers the moment
#: between a live writer creating its temporary and taking the lock on it.
_STALE_SECONDS = 1.0

#: The characters of a temporary's random part (as tempfile uses).
_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_NAME_TRIES = 100


def _temporary_name(target: Path) -> re.Pattern[str]:
    # Exactly what tempfile.mkstemp(prefix=".<name>.", suffix=".tmp") makes.
    return re.compile(re.escape(f".{target.name}.") + r"[a-z0-9_]{8}\.tmp")


def remove_stale_temporaries(path: str | os.PathLike[str]) -> list[Path]:
    """
    Remove temporaries that killed writers of ``path`` left behind.

    Only files named like our temporaries for this very target, not locked by
    a live writer, and more than a second older than the target are removed.

    Returns:
        The files removed.
    """
    target = Path(path)
    if fcntl is None:  # pragma: no cover - Windows
        return []
    try:
        newest = target.stat().st_mtime
        entries = list(target.parent.iterdir())
    except OSError:
        return []
    pattern = _temporary_name(target)
    removed: list[Path] = []
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            fd = os.open(entry, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue  # gone already, or a symbolic link: not ours to follow
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_mtime > newest - _STALE_SECONDS:
                continue
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails while a writer lives
            entry.unlink()
            removed.append(entry)
        except OSError:
            continue
        finally:
            os.close(fd)
    return removed


def atomic_write(path: str | os.PathLike[str], data: bytes, *, skip_same: bool = True) -> bool:
    """
    Write ``data`` to ``path`` atomically.

    Args:
        path: The target file; its directory must exist.
        data: The complete new content.
        skip_same: Leave the file untouched (and its mtime too) when it
            already holds exactly ``data``.

    Returns:
        Whether the file was written.

    Raises:
        WriteError: Naming the path, when the write or the rename fails.
    """
    target = Path(path)
    if skip_same:
        with contextlib.suppress(OSError):
            info = target.stat()
            # Reading a FIFO to compare would block (and consume its data).
            if (
                stat.S_ISREG(info.st_mode)
                and info.st_size == len(data)
                and target.read_bytes() == data
            ):
                remove_stale_temporaries(target)
                return False
    with atomic_file(target) as handle:
        handle.write(data)
    return True


def _special(target: Path) -> int | None:
    """The mode of an existing target that is not a regular file, else None."""
    try:
        mode = target.stat().st_mode  # through symbolic links: /dev/stdout is one
    except OSError:
        return None  # missing (or a dangling link): replaced like any new file
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None  # a directory fails at the rename, with its own message
    return mode


def _create_temporary(target: Path) -> tuple[int, Path]:
    """
    Create ``.<name>.<8 random characters>.tmp`` beside ``target``, opened to write.

    It is created with mode 0666, so the kernel applies the umask (and any
    default ACL) exactly as for a plain ``open()``; an existing target's
    permission bits are then copied onto it.
    """
    try:
        keep: int | None = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        keep = None
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(_NAME_TRIES):
        random = "".join(secrets.choice(_NAME_CHARS) for _ in range(8))
        tmp = target.parent / f".{target.name}.{random}.tmp"
        try:
            fd = os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
        if keep is not None:
            try:
                os.fchmod(fd, keep)
            except OSError:
                os.close(fd)
                tmp.unlink()
                raise
        return fd, tmp
    raise FileExistsError(  # pragma: no cover - 37**8 names, all taken
        f"no free temporary name beside {target.name}"
    )


@contextlib.contextmanager
def _write_through(target: Path, mode: int) -> Iterator[BinaryIO]:
    """Write into a FIFO or character device in place, as a shell's ``>`` would."""
    if not (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
        kind = (
            "a socket"
            if stat.S_ISSOCK(mode)
            else "a block device"
            if stat.S_ISBLK(mode)
            else "not a regular file"
        )
        msg = f"is {kind}; write to a regular file, a FIFO or a terminal"
        raise WriteError(msg, path=target)
    try:
        # O_TRUNC is what a shell passes; FIFOs and devices ignore it. Opening
        # a FIFO waits for a reader, as it does for every other writer.
        handle = target.open("wb")
    except OSError as exc:
        raise WriteError(exc.strerror or str(exc), path=target) from exc
    try:
        with handle:
            yield handle
            handle.flush()
    except OSError as exc:
        raise WriteError(exc.strerror or str(exc), path=target) from exc


@contextlib.contextmanager
def atomic_file(path: str | os.PathLike[str], *, durable: bool = True) -> Iterator[BinaryIO]:
    """
    A binary file that atomically becomes ``path`` when the block succeeds.

    For writers that stream: what the block writes goes to a locked
    temporary in the target's directory, which is synced and renamed over
    the target when the block ends normally, and removed when it raises.
    Then leftovers of killed writers are cleaned up, as by
    :func:`atomic_write`. With ``durable=False`` the sync is skipped: the
    rename is still atomic for readers, but a power cut may leave an empty
    or partial file under the new name. An existing target keeps its mode; a
    new one gets ``0666`` less the umask. A FIFO or character device (also
    through a symbolic link) is written through in place, not replaced.

    Raises:
        WriteError: Naming the path, when creating, writing, syncing or
            renaming fails (an OSError from the block included), or when the
            target is a socket or a block device.
    """
    target = Path(path)
    special = _special(target)
    if special is not None:
        with _write_through(target, special) as handle:
            yield handle
        return
    tmp_name: Path | None = None
    try:
        fd, tmp_name = _create_temporary(target)
        with os.fdopen(fd, "wb") as handle:
            if fcntl is not None:
                # Held until the file is closed, or the process dies: that is
                # how a later write tells a live writer from a killed one.
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        tmp_name.replace(target)
        tmp_name = None
    except OSError as exc:
        raise WriteError(exc.strerror or str(exc), path=target) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                tmp_name.unlink()
    remove_stale_temporaries(target)
