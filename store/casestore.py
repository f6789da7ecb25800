"""CaseStore: the case file's tables in one append-only journal file, written in batches.

Tables hold plain JSON records keyed by their own string ``id``:

- ``documents``: one record per article version, paragraphs verbatim;
- ``participants``, ``statements``, ``events``: what extraction found;
- ``annotations``: the analyst's own tags, notes and corrections.

Reading needs no lock and little memory: the store keeps where each record's current
version lies in the file (``journal.py``) and reads records when asked: one (`get`),
a table at once (`all`), or a table one record at a time (`scan`), which lets a
reader build its own compact model without the store's records ever being in
memory together. Writing happens only inside ``with store.batch() as b:``, which
takes the writer lock, catches up with any other writer's saves, buffers the
batch's changes and appends them in one durable write when the block ends.

A version-1 store (one JSON object of tables) opens as it is, held in memory, and
becomes a journal, atomically, at its first write.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from tinydb import TinyDB
from tinydb.storages import MemoryStorage
from tinydb.table import Document, Table

from .errors import NewerSchema, NotACaseStore, ReadOnlyStore, StoreError
from .journal import (FORMAT, TABLES, VERSION, Changes, FileReplaced, Journal, change_line, header_version,
                      write_journal)
from .lock import writer_lock
from .storage import FileStamp, load_tables, read_first_line, remove_stale_temp_files

SCHEMA_VERSION = VERSION
T = TypeVar("T")


def check_table(name: str) -> None:
    if name not in TABLES:
        raise ValueError(f"no table {name!r}")


class _StringIdTable(Table):
    """A TinyDB table whose document ids are our own string ids."""

    document_id_class = str


class _CaseDB(TinyDB):
    table_class = _StringIdTable


class MemoryTables:
    """Tables held whole in memory, in a TinyDB document store: an in-memory case (the
    built-in sample, tests), or a version-1 file as it was read. A case file on disk is a
    journal instead (journal.py): TinyDB's storages read and write the whole database at
    once, so every save would rewrite the file (quadratic over an ingest)."""

    def __init__(self, tables: dict[str, dict[str, dict]], version: int | None):
        self._db = _CaseDB(storage=MemoryStorage)
        for name in TABLES:
            records = tables.get(name, {})
            if records:
                self._db.table(name).insert_multiple(Document(r, doc_id=rid) for rid, r in records.items())
        self.version = version

    def has(self, table: str, record_id: str) -> bool:
        return self._db.table(table).contains(doc_id=record_id)

    def get(self, table: str, record_id: str) -> dict | None:
        return self._db.table(table).get(doc_id=record_id)

    def count(self, table: str) -> int:
        return len(self._db.table(table))

    def scan(self, table: str) -> Iterator[dict]:
        return iter(self._db.table(table).all())

    def apply(self, changes: Changes) -> None:
        for table, records in changes.items():
            stored = self._db.table(table)
            present = [rid for rid in records if stored.contains(doc_id=rid)]
            if present:  # a replaced record moves last, as in a journal
                stored.remove(doc_ids=present)
            stored.insert_multiple(Document(r, doc_id=rid) for rid, r in records.items() if r is not None)
        self.version = SCHEMA_VERSION

    def live_lines(self) -> Iterator[bytes]:
        for table in TABLES:
            for record in self._db.table(table).all():
                yield change_line(table, record.doc_id, dict(record))


class CaseStore:
    """A case file on disk (or in memory when ``path`` is None)."""

    def __init__(self, path: str | os.PathLike | None):
        self.path = Path(path) if path is not None else None
        # Moves on whenever the store takes in changes it did not make itself (another
        # process's saves, or a reload): what a writer derived from the store before is stale.
        self.revision = 0
        self._stamp: FileStamp | None = None  # of the file as last read or written
        self._opened: Journal | MemoryTables | None = None
        self._load()

    # ---- opening ---------------------------------------------------------------

    def _load(self) -> None:
        seen = self._stamp
        if self.path is None:
            self._opened = MemoryTables({}, None)
            return
        stamp = FileStamp.of(self.path)  # taken before reading: a save made meanwhile is caught later
        self._opened = self._open_file() if stamp is not None else MemoryTables({}, None)
        self._stamp = stamp
        if stamp != seen:
            self.revision += 1

    def _open_file(self) -> Journal | MemoryTables:
        version = header_version(read_first_line(self.path))
        if version is None:
            tables, _ = load_tables(self.path)
            return MemoryTables(tables, self._version_1_schema(tables)) if tables else MemoryTables({}, None)
        self._refuse_newer(version)
        if version != SCHEMA_VERSION:
            raise NotACaseStore(f"{self.path}: not a casefile store (a journal of schema {version})")
        return Journal(self.path)

    def _version_1_schema(self, tables: dict) -> int:
        schema = tables.get("meta", {}).get("schema")
        if not isinstance(schema, dict) or schema.get("format") != FORMAT:
            raise NotACaseStore(f"{self.path}: not a casefile store (no casefile schema record)")
        version = schema.get("version")
        if not isinstance(version, int):
            raise NotACaseStore(f"{self.path}: not a casefile store (schema version missing)")
        self._refuse_newer(version)
        return version

    def _refuse_newer(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise NewerSchema(
                f"{self.path}: written by a newer casefile (store schema {version}, this casefile "
                f"reads up to {SCHEMA_VERSION}); upgrade casefile to open it"
            )

    def _records(self) -> Journal | MemoryTables:
        if self._opened is None:
            self._load()
        return self._opened

    def release(self) -> None:
        """Free what the store holds in memory (for a journal, where its records are; for a
        version-1 store, its tables), for a reader that has taken what it needs; the next
        read or batch opens the file again."""
        if self.path is not None:  # an in-memory store is its only copy
            self._opened = None

    def refresh(self) -> bool:
        """Catch up with other processes' saves; True when anything changed.

        A journal that was only appended to is caught up by reading what was appended."""
        if self.path is None:
            return False
        stamp = FileStamp.of(self.path)
        if stamp == self._stamp:
            return False
        journal = self._opened
        if isinstance(journal, Journal) and stamp is not None and stamp.inode == journal.inode \
                and stamp.size >= journal.end:
            try:
                changed = journal.catch_up()
            except FileReplaced:  # replaced since that stat
                self._load()
                return True
            self._stamp = stamp
            if changed:
                self.revision += 1
            return changed
        self._load()
        return True

    @property
    def exists(self) -> bool:
        return self.path is None or self._stamp is not None

    @property
    def read_only(self) -> bool:
        if self.path is None:
            return False
        if self.path.exists():
            return not os.access(self.path, os.W_OK) or not os.access(self.path.parent, os.W_OK)
        return not os.access(self.path.parent, os.W_OK)

    def size_bytes(self) -> int:
        return self._stamp.size if self._stamp else 0

    # ---- reading -----------------------------------------------------------------

    def scan(self, table: str) -> Iterator[dict]:
        """Every current record of a table, one at a time, as the table stood at this call
        (later saves are not seen), in the order the records were last written.

        Only the record being yielded is in memory (a version-1 or in-memory store holds
        its tables anyway), so a reader can build its own model of a large store."""
        check_table(table)
        return self._reading(lambda records: records.scan(table))

    def all(self, table: str) -> list[dict]:
        """Every record of a table, in the order of `scan`. Read them, never change them."""
        return list(self.scan(table))

    def get(self, table: str, record_id: str) -> dict | None:
        """One record by id (read it, never change it)."""
        check_table(table)
        return self._reading(lambda records: records.get(table, record_id))

    def has(self, table: str, record_id: str) -> bool:
        check_table(table)
        return self._records().has(table, record_id)

    def _reading(self, read: Callable[[Journal | MemoryTables], T]) -> T:
        """``read(records)``; if another writer replaced the file since it was indexed
        (compaction), the new one is indexed and read instead."""
        try:
            return read(self._records())
        except FileReplaced:
            self._load()
            return read(self._records())

    def count(self, table: str) -> int:
        check_table(table)
        return self._records().count(table)

    def counts(self) -> dict[str, int]:
        return {name: self.count(name) for name in TABLES}

    def documents(self) -> list[dict]:
        return self.all("documents")

    def participants(self) -> list[dict]:
        return self.all("participants")

    def statements(self) -> list[dict]:
        return self.all("statements")

    def events(self) -> list[dict]:
        return self.all("events")

    def annotations(self) -> list[dict]:
        return self.all("annotations")

    def schema_version(self) -> int | None:
        """The file's schema version; None for a store not written yet."""
        records = self._records()
        return SCHEMA_VERSION if isinstance(records, Journal) else records.version

    # ---- writing -------------------------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[Batch]:
        """Buffer changes and save them all at once, durably, under the writer lock."""
        if self.path is None:
            batch = Batch(self)
            yield batch
            self._records().apply(batch.changes)
            return
        if self.read_only:
            raise ReadOnlyStore(f"{self.path}: the store is read-only (no write permission)")
        with writer_lock(self.path):
            self.refresh()
            batch = Batch(self)
            yield batch
            if not batch.changes:
                return
            remove_stale_temp_files(self.path)
            try:
                self._save(batch.changes)
            except BaseException:
                self._load()  # drop what was not saved: memory matches the file again
                raise

    def _save(self, changes: Changes) -> None:
        records = self._records()
        if isinstance(records, MemoryTables):  # a new store, or a version-1 one: written whole
            records.apply(changes)
            self._rewrite(records)
            return
        if records.has_torn_tail():  # a writer died mid-append: what it left goes
            records = self._rewrite(records)
        records.append(changes)
        self._stamp = FileStamp.of(self.path)
        if records.mostly_superseded():
            self._rewrite(records)

    def _rewrite(self, records: Journal | MemoryTables) -> Journal:
        """Replace the file with a journal of the current records only (atomically)."""
        write_journal(self.path, records.live_lines())
        self._stamp = FileStamp.of(self.path)
        self._opened = Journal(self.path)
        return self._opened


class Batch:
    """Pending changes to a store; reads see the store as the batch leaves it."""

    def __init__(self, store: CaseStore):
        self._store = store
        self.changes: Changes = {}

    def get(self, table: str, record_id: str) -> dict | None:
        pending = self.changes.get(table, {})
        if record_id in pending:
            return pending[record_id]
        return self._store.get(table, record_id)

    def has(self, table: str, record_id: str) -> bool:
        pending = self.changes.get(table, {})
        if record_id in pending:
            return pending[record_id] is not None
        return self._store.has(table, record_id)

    def scan(self, table: str) -> Iterator[dict]:
        """Every record of the table as the batch leaves it, one at a time (see `CaseStore.scan`)."""
        pending = self.changes.get(table, {})
        for record in self._store.scan(table):
            if record["id"] not in pending:
                yield record
        yield from [record for record in pending.values() if record is not None]

    def all(self, table: str) -> list[dict]:
        return list(self.scan(table))

    def put(self, table: str, record: dict) -> None:
        """Insert or replace the record with ``record["id"]``."""
        check_table(table)  # reject unknown tables now, not at save time
        rid = record.get("id")
        if not isinstance(rid, str) or not rid:
            raise StoreError(f"record for {table} has no string id")
        self.changes.setdefault(table, {})[rid] = record

    def delete(self, table: str, record_id: str) -> None:
        check_table(table)
        self.changes.setdefault(table, {})[record_id] = None
