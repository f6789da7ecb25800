"""One writer at a time: a lock file beside the store.

Readers never take it: a writer appends whole batches that count only once their
commit line is written, and replaces the file only by an atomic rename, so a reader
sees committed batches or none of a batch, never part of one. The kernel drops the lock when a process dies,
so a killed writer never leaves the store locked.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .errors import ReadOnlyStore, StoreLocked

DEFAULT_TIMEOUT_S = 10.0


def lock_timeout() -> float:
    """Seconds a writer waits for another one; ``CASEFILE_LOCK_TIMEOUT`` overrides."""
    try:
        return float(os.environ.get("CASEFILE_LOCK_TIMEOUT", DEFAULT_TIMEOUT_S))
    except ValueError:
        return DEFAULT_TIMEOUT_S


@contextmanager
def writer_lock(store_path: Path) -> Iterator[None]:
    # Imported here: filelock costs ~60 ms to import, which reading a store never needs.
    from filelock import FileLock, Timeout

    lock_path = store_path.with_name(store_path.name + ".lock")
    timeout = lock_timeout()
    lock = FileLock(str(lock_path), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise StoreLocked(
            f"{store_path}: another casefile process is writing this store "
            f"(waited {timeout:g} s); try again when it has finished"
        ) from None
    except OSError as exc:
        raise ReadOnlyStore(f"{store_path}: cannot take the writer lock {lock_path} ({exc.strerror})") from None
    try:
        yield
    finally:
        lock.release()
