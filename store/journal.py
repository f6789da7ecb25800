"""The store file (schema version 2): an append-only journal of record changes.

One JSON value a line, UTF-8::

    {"format":"casefile-store","version":2}      the header, once
    ["put","statements","s-1a2b",{...}]          a record stored, or replaced, whole
    ["delete","statements","s-1a2b"]             a record removed
    ["commit",2,1234567890]                      ends a batch: its line count and CRC-32

A batch is the lines between one commit line (or the header) and the next, and it
counts only once its commit line is there. A writer appends a whole batch, commit
line last, in one write and fsyncs it before saying it is saved; so a writer killed
mid-append leaves a tail with no commit line, which readers ignore and the next
writer cuts off. A complete commit line whose count or checksum does not match its
lines means the file was damaged after it was written: the store is refused, never
half-read.

Bytes once committed to a file never change: writers only append to it. Everything
else (cutting a torn tail off, compaction, converting a version-1 store) writes a
new file and renames it over the old one. So an index of a file stays true for as
long as that file is the store, and catching up with another writer means reading
only what was appended since.

A `Journal` is such an index: where the current version of each record lies (offset
and length of its line), not the records; it reads a record when asked for it.
"""
from __future__ import annotations

import os
import re
import zlib
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

import orjson

from .errors import NotACaseStore, ReadOnlyStore, StoreError
from .storage import write_atomically

FORMAT = "casefile-store"
VERSION = 2
HEADER = orjson.dumps({"format": FORMAT, "version": VERSION}) + b"\n"
TABLES = ("documents", "participants", "statements", "events", "annotations")

RECORDS_PER_COMMIT = 2000  # when a whole file is written: keeps each checksummed batch small
COMPACT_FROM_BYTES = 1 << 20  # below this, superseded lines cost less than rewriting the file
READ_BLOCK = 1 << 20  # bytes read at once when scanning records that lie close together...
READ_GAP = 16 << 10  # ...with at most this many bytes of other records between two of them

# The start of a put or delete line, as `change_line` writes it: operation, table, id.
_CHANGE = re.compile(rb'\["(put|delete)","([a-z]+)","([^"\\]*(?:\\.[^"\\]*)*)"')
_COMMIT = b'["commit",'

Changes = dict[str, dict[str, "dict | None"]]  # table -> id -> the new record, or None: deleted


def header_version(first_line: bytes) -> int | None:
    """The schema version a journal header gives, or None when the line is no journal header."""
    try:
        header = orjson.loads(first_line)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        return None
    version = header.get("version")
    return version if isinstance(version, int) else None


def change_line(table: str, record_id: str, record: dict | None) -> bytes:
    if record is None:
        return orjson.dumps(["delete", table, record_id], option=orjson.OPT_APPEND_NEWLINE)
    return orjson.dumps(["put", table, record_id, record], option=orjson.OPT_APPEND_NEWLINE)


def commit_line(lines: list[bytes]) -> bytes:
    crc = 0
    for line in lines:
        crc = zlib.crc32(line, crc)
    return orjson.dumps(["commit", len(lines), crc], option=orjson.OPT_APPEND_NEWLINE)


def write_journal(path: Path, lines: Iterable[bytes]) -> None:
    """Write a whole new journal of these put lines, atomically (see `write_atomically`)."""
    def chunks() -> Iterator[bytes]:
        yield HEADER
        it = iter(lines)
        while batch := list(islice(it, RECORDS_PER_COMMIT)):
            yield b"".join(batch) + commit_line(batch)

    write_atomically(path, chunks())


# An index entry packs a line's offset and length into one int: 36 bytes rather than
# ~115 for an (offset, length) tuple, 20 MB less for a 10k-article store.
def _entry(offset: int, length: int) -> int:
    return offset << 32 | length


def _offset(entry: int) -> int:
    return entry >> 32


def _length(entry: int) -> int:
    return entry & 0xFFFFFFFF


def _lines(fd: int, entries: list[int]) -> Iterator[memoryview]:
    """The lines at these entries (sorted by offset), reading lines that lie close
    together in one block."""
    i = 0
    while i < len(entries):
        start = end = _offset(entries[i])
        j = i
        while j < len(entries) and _offset(entries[j]) - end <= READ_GAP \
                and _offset(entries[j]) + _length(entries[j]) - start <= READ_BLOCK:
            end = _offset(entries[j]) + _length(entries[j])
            j += 1
        if j == i:  # a line longer than a block is read alone
            end, j = start + _length(entries[i]), i + 1
        block = memoryview(os.pread(fd, end - start, start))
        for entry in entries[i:j]:
            line_start = _offset(entry) - start
            yield block[line_start:line_start + _length(entry)]
        i = j


# A change read or about to be written, before its batch is committed: the table's
# index, the record's id, and the index entry of its line (None for a delete). The
# table is None for a line that is no change: damage, if its batch has a commit line.
_Change = tuple["dict[str, int] | None", str, "int | None"]


class FileReplaced(Exception):
    """The store's path names another file than the one indexed: another writer compacted
    or converted the store. Index the new file."""


class Journal:
    """A journal file, indexed up to its last committed batch.

    No file is held open between calls (an open file would keep a replaced one alive,
    and stop its replacement on some systems): each read opens the path and checks
    that it still names the file indexed, else raises `FileReplaced`.
    """

    def __init__(self, path: Path):
        self.path = path
        self.tables: dict[str, dict[str, int]] = {table: {} for table in TABLES}
        self.live_bytes = 0  # of the lines that hold current records
        try:
            fd = os.open(path, os.O_RDONLY)
        except IsADirectoryError:
            raise NotACaseStore(f"{path}: is a directory, not a casefile store") from None
        except PermissionError:
            raise StoreError(f"{path}: permission denied") from None
        try:
            self.inode = os.fstat(fd).st_ino
            self.end = len(os.pread(fd, 4096, 0).split(b"\n", 1)[0]) + 1  # after the header
            self._index_from(fd)
        finally:
            os.close(fd)

    def _open(self) -> int:
        """A read-only descriptor of the file indexed; the caller closes it."""
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            raise FileReplaced() from None
        if os.fstat(fd).st_ino != self.inode:
            os.close(fd)
            raise FileReplaced()
        return fd

    # ---- reading -------------------------------------------------------------------

    def catch_up(self) -> bool:
        """Index the batches committed since the last look; True when there were any."""
        fd = self._open()
        try:
            return self._index_from(fd)
        finally:
            os.close(fd)

    def _index_from(self, fd: int) -> bool:
        """Index the committed batches after `end`; True when there were any.

        This loop is what opening a store costs (a quarter of a million lines for 10k
        articles): one regex match a line, the records themselves left unparsed."""
        committed = False
        pending: list[_Change] = []
        crc = 0
        offset = self.end
        tables = {name.encode(): records for name, records in self.tables.items()}
        with os.fdopen(os.dup(fd), "rb", buffering=READ_BLOCK) as f:
            f.seek(offset)
            for line in f:
                if not line.endswith(b"\n"):
                    break  # a torn last line: the tail of an append cut short
                change = _CHANGE.match(line)
                if change is not None:
                    op, table, record_id = change.groups()
                    record_id = orjson.loads(b'"%s"' % record_id) if b"\\" in record_id else record_id.decode()
                    pending.append((tables.get(table), record_id, _entry(offset, len(line)) if op == b"put" else None))
                elif line.startswith(_COMMIT):
                    self._check_commit(line, pending, crc, offset)
                    self._apply(pending)
                    committed = True
                    offset += len(line)
                    self.end, pending, crc = offset, [], 0
                    continue
                else:  # damage if a commit line follows, else part of a torn tail
                    pending.append((None, "", None))
                crc = zlib.crc32(line, crc)
                offset += len(line)
        return committed

    def _check_commit(self, line: bytes, pending: list[_Change], crc: int, offset: int) -> None:
        try:
            _, count, expected = orjson.loads(line)
        except (orjson.JSONDecodeError, ValueError, TypeError):
            raise self._damaged(offset, "has a commit line that is not one") from None
        if count != len(pending) or expected != crc:
            raise self._damaged(offset, "fails its checksum")
        if any(records is None for records, _, _ in pending):
            raise self._damaged(offset, "holds a line that is not a record change")

    def _damaged(self, offset: int, why: str) -> NotACaseStore:
        return NotACaseStore(f"{self.path}: damaged store: the batch committed at byte {offset} {why}; "
                             f"the file was left as it is")

    def _apply(self, changes: list[_Change]) -> None:
        live = self.live_bytes
        for records, record_id, entry in changes:
            old = records.pop(record_id, None) if entry is None else records.get(record_id)
            if entry is not None:
                records[record_id] = entry
                live += _length(entry)
            if old is not None:
                live -= _length(old)
        self.live_bytes = live

    def has(self, table: str, record_id: str) -> bool:
        return record_id in self.tables[table]

    def get(self, table: str, record_id: str) -> dict | None:
        entry = self.tables[table].get(record_id)
        if entry is None:
            return None
        fd = self._open()
        try:
            return orjson.loads(os.pread(fd, _length(entry), _offset(entry)))[3]
        finally:
            os.close(fd)

    def count(self, table: str) -> int:
        return len(self.tables[table])

    def scan(self, table: str) -> Iterator[dict]:
        """The table's current records as of this call, in the order they were last written."""
        fd = self._open()  # now, not at the first record: the file of this call is the one read
        return self._records_at(fd, sorted(self.tables[table].values()))

    @staticmethod
    def _records_at(fd: int, entries: list[int]) -> Iterator[dict]:
        try:
            for line in _lines(fd, entries):
                yield orjson.loads(line)[3]
        finally:
            os.close(fd)

    def live_lines(self) -> Iterator[bytes]:
        """The line of every current record, table by table: what a compacted file holds."""
        fd = self._open()
        try:
            for table in TABLES:
                for line in _lines(fd, sorted(self.tables[table].values())):
                    yield bytes(line)
        finally:
            os.close(fd)

    # ---- writing (under the writer lock) ----------------------------------------------

    def has_torn_tail(self) -> bool:
        """Bytes follow the last committed batch: what a writer that died mid-append left."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return False
        return st.st_ino == self.inode and st.st_size > self.end

    def append(self, changes: Changes) -> None:
        """Append one batch and make it durable; the index follows once it is."""
        lines = [(table, record_id, change_line(table, record_id, record))
                 for table, records in changes.items() for record_id, record in records.items()]
        payload = b"".join(line for _, _, line in lines) + commit_line([line for _, _, line in lines])
        self._write_at_end(payload)
        indexed: list[_Change] = []
        offset = self.end
        for table, record_id, line in lines:
            put = changes[table][record_id] is not None
            indexed.append((self.tables[table], record_id, _entry(offset, len(line)) if put else None))
            offset += len(line)
        self._apply(indexed)
        self.end += len(payload)

    def _write_at_end(self, payload: bytes) -> None:
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
        except PermissionError:
            raise ReadOnlyStore(f"{self.path}: cannot write the store (permission denied)") from None
        except OSError as exc:
            raise StoreError(f"{self.path}: could not save ({exc.strerror}); the store is unchanged") from None
        try:
            st = os.fstat(fd)
            if (st.st_ino, st.st_size) != (self.inode, self.end):  # replaced or cut by something else
                raise StoreError(f"{self.path}: changed under the writer lock; nothing was saved")
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        except OSError as exc:
            # a partial append is a torn tail: ignored by readers, cut off by the next writer
            raise StoreError(f"{self.path}: could not save ({exc.strerror}); the store is unchanged") from None
        finally:
            os.close(fd)

    def mostly_superseded(self) -> bool:
        """More of the file is superseded or deleted records than current ones: time to compact."""
        return self.end >= COMPACT_FROM_BYTES and self.end - len(HEADER) - self.live_bytes > self.live_bytes
