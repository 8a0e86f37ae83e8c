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
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
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
            if target.stat().st_size == len(data) and target.read_bytes() == data:
                remove_stale_temporaries(target)
                return False
    with atomic_file(target) as handle:
        handle.write(data)
    return True


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
    or partial file under the new name.

    Raises:
        WriteError: Naming the path, when creating, writing, syncing or
            renaming fails (an OSError from the block included).
    """
    target = Path(path)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            if fcntl is not None:
                # Held until the file is closed, or the process dies: that is
                # how a later write tells a live writer from a killed one.
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        Path(tmp_name).replace(target)
        tmp_name = None
    except OSError as exc:
        raise WriteError(exc.strerror or str(exc), path=target) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                Path(tmp_name).unlink()
    remove_stale_temporaries(target)
