"""
Atomic output: one file (``atomic_file``), or a whole directory (``atomic_directory``).

A write goes to a temporary file in the target's own directory (so the final
rename never crosses a file system), is flushed and synced, and then
replaces the target with ``os.replace``. A reader sees the old file or
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
import hashlib
import os
import re
import secrets
import shutil
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import BinaryIO

import attrs

from timeline.errors import WriteError

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

__all__ = [
    "StagedSet",
    "atomic_directory",
    "atomic_file",
    "atomic_write",
    "remove_stale_temporaries",
    "set_prefix",
]

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
    ``atomic_write``. With ``durable=False`` the sync is skipped: the
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


# -- atomic directory sets -----------------------------------------------------------
#
# DIR is a symbolic link to a hidden sibling directory ``.DIR.timeline-<version>``
# that holds one complete set. A run builds the next set in a staging sibling,
# renames it to its version name, and then replaces the link with one rename(2),
# which is atomic: every path under DIR resolves into the old set or the new one.
# Unchanged files are hard links to the old set's, so their bytes and mtimes stay.
#
# Nothing beside DIR is removed unless its name *and* content prove it is one of
# DIR's own leftovers: a set whose version is the hash of its key file, a
# staging directory or a link of the exact shapes below. A sibling set such as
# ``DIR.timeline-2024`` (whose hidden names begin with ours) or a user's folder
# that happens to start with the prefix is never touched.

_SET_MARK = ".timeline-"
_VERSION_HEX = 16
_RANDOM_HEX = 6  # bytes, as secrets.token_hex takes them
_REPAIR_HEX = 3


def set_prefix(target: Path) -> str:
    """The prefix of every hidden name that belongs to the set at ``target``."""
    return f".{target.name}{_SET_MARK}"


def _set_names(target: Path) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    prefix = re.escape(set_prefix(target))
    return (
        # A repaired set (same version, damaged files rewritten) needs a new name.
        re.compile(prefix + f"[0-9a-f]{{{_VERSION_HEX}}}(-r[0-9a-f]{{{2 * _REPAIR_HEX}}})?"),
        re.compile(prefix + f"tmp-[0-9a-f]{{{2 * _RANDOM_HEX}}}"),
        re.compile(prefix + f"link-[0-9a-f]{{{2 * _RANDOM_HEX}}}"),
    )


def _digest_file(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_tree(path: Path) -> None:
    if path.is_symlink() or not path.is_dir():
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    else:
        shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    if fcntl is None:  # pragma: no cover - Windows has no symlink swap either
        yield
        return
    with path.open("a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _walk(root: Path) -> Iterator[str]:
    for dirpath, _dirs, names in os.walk(root):
        base = Path(dirpath)
        for n in names:
            yield (base / n).relative_to(root).as_posix()


@attrs.define
class StagedSet:
    """
    The next set of a directory, being built beside it.

    Attributes:
        path: The staging directory the new set is written into.
        current: The set the directory shows now, or None on a first run.
        durable: Whether files are synced as they are written.
        written: How many files were written (not kept) so far.
    """

    path: Path
    current: Path | None
    durable: bool
    written: int = 0

    def current_files(self) -> list[str]:
        """Every file of the current set, ``/``-separated, sorted."""
        return [] if self.current is None else sorted(_walk(self.current))

    def write(self, rel: str, data: bytes) -> None:
        """Write a new file ``rel`` into the new set."""
        path = self.path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        self.written += 1
        with path.open("xb") as handle:
            handle.write(data)
            if self.durable:
                handle.flush()
                os.fsync(handle.fileno())

    def keep(self, rel: str) -> None:
        """Carry the current set's ``rel`` over unchanged: a hard link, so mtime and inode stay."""
        if self.current is None:  # pragma: no cover - callers check
            msg = "no current set to keep a file from"
            raise FileNotFoundError(msg)
        old, new = self.current / rel, self.path / rel
        new.parent.mkdir(parents=True, exist_ok=True)
        if old.is_symlink():
            new.symlink_to(old.readlink())
            return
        try:
            os.link(old, new, follow_symlinks=False)
        except OSError:
            shutil.copy2(old, new, follow_symlinks=False)

    def holds(self, rel: str, data: bytes) -> bool:
        """
        Whether the current set's ``rel`` is a regular file holding exactly ``data``.

        The bytes on disk are compared, not a listed hash: a file damaged
        after it was published is then written anew, not kept.
        """
        if self.current is None:
            return False
        path = self.current / rel
        try:
            if path.is_symlink() or path.stat().st_size != len(data):
                return False
            with path.open("rb") as handle:
                return handle.read(len(data) + 1) == data
        except OSError:
            return False


def _current_set(target: Path) -> Path | None:
    """The set ``target`` shows, None when there is none yet; refuses what is not ours."""
    version, _staging, _link = _set_names(target)
    if target.is_symlink():
        link = str(target.readlink())
        if not version.fullmatch(link):
            msg = "is a symbolic link not made by timeline; remove it or choose another directory"
            raise WriteError(msg, path=target)
        current = target.parent / link
        # A link whose set was deleted by hand is replaced like a missing one.
        return current if current.is_dir() else None
    if target.is_dir():
        if any(target.iterdir()):
            msg = "is a non-empty directory not made by timeline; give a new or empty directory"
            raise WriteError(msg, path=target)
        return None
    if target.exists():
        msg = "exists and is not a directory"
        raise WriteError(msg, path=target)
    return None


def _clean_sets(target: Path, *, keep: str, key: str) -> list[Path]:
    """Remove the leftovers of earlier or killed runs that provably belong to ``target``."""
    version, staging, link = _set_names(target)
    removed: list[Path] = []
    for entry in target.parent.iterdir():
        name = entry.name
        if name == keep:
            continue
        if version.fullmatch(name):
            # A set is ours when its name is the hash of its own key file.
            ours = not entry.is_symlink() and entry.is_dir()
            stated = name[len(set_prefix(target)) :][:_VERSION_HEX]
            try:
                ours = ours and _digest_file(entry / key)[:_VERSION_HEX] == stated
            except OSError:
                ours = False
        elif staging.fullmatch(name):
            ours = not entry.is_symlink() and entry.is_dir()  # the lock rules out a live run
        elif link.fullmatch(name):
            ours = entry.is_symlink() and bool(version.fullmatch(str(entry.readlink())))
        else:
            ours = False
        if ours:
            _remove_tree(entry)
            removed.append(entry)
    return removed


def atomic_directory(
    path: str | os.PathLike[str],
    build: Callable[[StagedSet], None],
    *,
    key: str,
    durable: bool = True,
) -> tuple[str, bool]:
    """
    Make the directory ``path`` show a new set of files, all at once.

    ``build`` writes the new set into a staging directory beside ``path``,
    keeping what it likes from the current set; the set's version is the
    first 16 hex digits of the SHA-256 of its file ``key`` (an index that
    lists every file's hash). Then ``path``, a symbolic link, is switched to
    the new set with one rename. Whatever happens (an exception, a full
    disk, SIGKILL), every path under ``path`` resolves into the whole old set
    or the whole new one. Runs on the same ``path`` are serialised by a lock
    file beside it.

    Args:
        path: The directory: new, empty, or made by an earlier call. Its
            parent is created if missing.
        build: Writes the new set through the ``StagedSet`` it gets.
        key: The file of the set whose hash names the version.
        durable: fsync files and directories before the switch.

    Returns:
        The version now shown, and whether it changed (False when the set
        built is the one already shown, which then stays untouched).

    Raises:
        WriteError: When the set cannot be written; the old set is intact.
    """
    # Normalise "out/.." or "." to a real name without following links: the
    # name is what becomes the link and what its hidden siblings are named after.
    target = Path(os.path.abspath(path))  # noqa: PTH100 - Path.absolute keeps ".."
    prefix = set_prefix(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with _locked(target.parent / f"{prefix}lock"):
            return _switch(target, build, key=key, durable=durable)
    except OSError as exc:
        if isinstance(exc, WriteError):
            raise
        raise WriteError(exc.strerror or str(exc), path=exc.filename or target) from exc


def _switch(
    target: Path, build: Callable[[StagedSet], None], *, key: str, durable: bool
) -> tuple[str, bool]:
    prefix = set_prefix(target)
    current = _current_set(target)
    staging = target.parent / f"{prefix}tmp-{secrets.token_hex(_RANDOM_HEX)}"
    staging.mkdir()
    try:
        staged = StagedSet(path=staging, current=current, durable=durable)
        build(staged)
        if durable:
            for dirpath, _dirs, _files in os.walk(staging):
                _fsync_dir(Path(dirpath))
        version = _digest_file(staging / key)[:_VERSION_HEX]
        final_name = f"{prefix}{version}"
        if current is not None and current.name.startswith(final_name):
            if not staged.written:
                _remove_tree(staging)
                _clean_sets(target, keep=current.name, key=key)
                return version, False
            # The same version, but damaged files were written anew.
            final_name += f"-r{secrets.token_hex(_REPAIR_HEX)}"
        final = target.parent / final_name
        _remove_tree(final)
        staging.rename(final)
        if durable:  # the set's name is on disk before any link points at it
            _fsync_dir(target.parent)
    except BaseException:
        _remove_tree(staging)
        raise
    link = target.parent / f"{prefix}link-{secrets.token_hex(_RANDOM_HEX)}"
    link.symlink_to(final_name)
    if not target.is_symlink() and target.is_dir():
        target.rmdir()  # empty, checked by _current_set
    link.replace(target)
    if durable:
        _fsync_dir(target.parent)
    _clean_sets(target, keep=final_name, key=key)
    return version, True
