"""The store's files: replacing one atomically, and reading the version-1 layout.

A version-1 store (casefile before the journal) is one JSON object of tables,
``{"meta": {"schema": ...}, "documents": {id: record}, ...}``, written one table per
line. It is still read, whole, and becomes a journal (``journal.py``) at its first
write, through `write_atomically`: the content goes to a temporary file that is
fsynced and renamed over the store, so a crash at any moment leaves the old file or
the new one.
"""
from __future__ import annotations

import gc
import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

import orjson

from .errors import NotACaseStore, ReadOnlyStore, StoreError


@dataclass(frozen=True, slots=True)
class FileStamp:
    """Enough of a file's identity to notice that another process replaced it."""

    inode: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileStamp | None:
        try:
            st = path.stat()
        except FileNotFoundError:
            return None
        return cls(st.st_ino, st.st_size, st.st_mtime_ns)


@contextmanager
def bulk_allocation() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many objects at once.

    Parsing a 10k-article store makes millions of dicts and strings; the collector
    would otherwise rescan them over and over (1.25 s -> 0.5 s to open such a store).
    Afterwards they are frozen out of later collections: they live as long as the store.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def read_first_line(path: Path, limit: int = 4096) -> bytes:
    """The file's first line (at most ``limit`` bytes): enough to tell a journal header."""
    try:
        with path.open("rb") as f:
            return f.readline(limit)
    except FileNotFoundError:
        return b""
    except IsADirectoryError:
        raise NotACaseStore(f"{path}: is a directory, not a casefile store") from None
    except PermissionError:
        raise StoreError(f"{path}: permission denied") from None


def load_tables(path: Path) -> tuple[dict, FileStamp | None]:
    """Read a version-1 store file into plain dicts; a missing or empty file is an empty store."""
    stamp = FileStamp.of(path)
    if stamp is None:
        return {}, None
    try:
        with path.open("rb") as f, bulk_allocation():
            data = _parse_table_per_line(f)
            if data is None:
                f.seek(0)
                raw = f.read()
                if not raw.strip():
                    return {}, stamp
                data = orjson.loads(raw)
    except IsADirectoryError:
        raise NotACaseStore(f"{path}: is a directory, not a casefile store") from None
    except PermissionError:
        raise StoreError(f"{path}: permission denied") from None
    except orjson.JSONDecodeError as exc:
        raise NotACaseStore(f"{path}: not a casefile store (not valid JSON: {exc})") from None
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise NotACaseStore(f"{path}: not a casefile store (JSON of another shape)")
    return data, stamp


def _parse_table_per_line(f: BinaryIO) -> dict | None:
    """Parse the layout version 1 was written in, one table per line, one line at a time.

    Parsing table by table keeps the parser's working memory to one table's worth
    rather than the whole file's (a 10k-article store peaked ~150 MB higher whole).
    Returns None for any other layout, which the caller parses whole.
    """
    if f.readline() != b"{\n":
        return None
    tables = {}
    for line in f:
        if line.rstrip() == b"}":
            return tables if not f.read().strip() else None
        end = len(line)
        while end and line[end - 1] in b"\r\n,":  # no rstrip(): it would copy a 30 MB line
            end -= 1
        body = memoryview(line)[:end]
        colon = line.find(b'":') + 1
        if colon <= 0:
            return None
        try:
            tables[orjson.loads(body[:colon])] = orjson.loads(body[colon + 1:])
        except orjson.JSONDecodeError:
            return None
    return None


def write_atomically(path: Path, chunks: Iterable[bytes]) -> FileStamp:
    """Write the chunks as the whole new content of path, atomically and durably.

    They go to a temporary file beside it, which is fsynced and renamed over path: a
    crash at any moment leaves the old file or the new one. Returns the new file's stamp.
    """
    folder = path.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except PermissionError:
        raise ReadOnlyStore(f"{path}: cannot write in {folder} (permission denied)") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot write in {folder} ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as tmp:
            for chunk in chunks:
                tmp.write(chunk)
            tmp.flush()
            os.fsync(tmp.fileno())
        # mkstemp makes the file private; keep the store's own mode, or give a new store the umask's
        os.chmod(tmp_name, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~current_umask())
        os.replace(tmp_name, path)
    except BaseException as exc:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise StoreError(f"{path}: could not save ({exc.strerror}); the store is unchanged") from None
        raise
    _fsync_directory(folder)
    stamp = FileStamp.of(path)
    assert stamp is not None
    return stamp


def remove_stale_temp_files(path: Path) -> None:
    """Delete temporary files of writers that died mid-save (call only under the writer lock)."""
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            stale.unlink()
        except OSError:
            pass


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_directory(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
