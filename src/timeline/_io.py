"""
Atomic file output.

A write goes to a temporary file in the target's own directory (so the final
rename never crosses a file system), is flushed and synced, and then
replaces the target with :func:`os.replace`. A reader sees the old file or
the new one, never a part; a failure leaves the old file and no temporary.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from timeline.errors import WriteError

__all__ = ["atomic_write"]


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
                return False
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp_name).replace(target)
        tmp_name = None
    except OSError as exc:
        raise WriteError(exc.strerror or str(exc), path=target) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                Path(tmp_name).unlink()
    return True
