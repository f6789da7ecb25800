"""CaseStore: the case file's tables in one TinyDB JSON file, written in batches.

Tables hold plain JSON records keyed by their own string ``id``:

- ``documents``: one record per article version, paragraphs verbatim;
- ``participants``, ``statements``, ``events``: what extraction found;
- ``annotations``: the analyst's own tags, notes and corrections;
- ``meta``: the ``schema`` record (format name and version).

Reading needs no lock. Writing happens only inside ``with store.batch() as b:``,
which takes the writer lock, catches up with any other writer's save, buffers
the batch's changes and saves them in one atomic write when the block ends.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from tinydb import TinyDB
from tinydb.table import Document, Table

from .errors import NewerSchema, NotACaseStore, ReadOnlyStore, StoreError
from .lock import writer_lock
from .storage import FileStamp, MemoryFirstStorage, load_tables, remove_stale_temp_files, save_tables

FORMAT = "casefile-store"
SCHEMA_VERSION = 1
TABLES = ("documents", "participants", "statements", "events", "annotations")
META_TABLE = "meta"


class _StringIdTable(Table):
    """A TinyDB table whose document ids are our own string ids."""

    document_id_class = str


class _CaseDB(TinyDB):
    table_class = _StringIdTable


class CaseStore:
    """A case file on disk (or in memory when ``path`` is None)."""

    def __init__(self, path: str | os.PathLike | None):
        self.path = Path(path) if path is not None else None
        self._db: TinyDB | None = None
        self._stamp: FileStamp | None = None
        self._load()

    # ---- opening ---------------------------------------------------------------

    def _load(self) -> None:
        tables, stamp = load_tables(self.path) if self.path else ({}, None)
        if tables:
            self._check_schema(tables)
        self._db = _CaseDB(storage=MemoryFirstStorage, tables=tables)
        self._stamp = stamp

    def _check_schema(self, tables: dict) -> None:
        schema = tables.get(META_TABLE, {}).get("schema")
        if not isinstance(schema, dict) or schema.get("format") != FORMAT:
            raise NotACaseStore(f"{self.path}: not a casefile store (no casefile schema record)")
        version = schema.get("version")
        if not isinstance(version, int):
            raise NotACaseStore(f"{self.path}: not a casefile store (schema version missing)")
        if version > SCHEMA_VERSION:
            raise NewerSchema(
                f"{self.path}: written by a newer casefile (store schema {version}, this casefile "
                f"reads up to {SCHEMA_VERSION}); upgrade casefile to open it"
            )

    def release(self) -> None:
        """Free the tables held in memory, for a reader that has taken what it needs
        (the browser keeps its own model); the next read or batch loads them again."""
        if self.path is not None:  # an in-memory store is its only copy
            self._db = None

    def _database(self) -> TinyDB:
        if self._db is None:
            self._load()
        return self._db

    def refresh(self) -> bool:
        """Catch up with another process's save; True when anything changed."""
        if self.path is None or FileStamp.of(self.path) == self._stamp:
            return False
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

    def all(self, table: str) -> list[dict]:
        """Every record of a table. The records are the store's own: read them, never change them."""
        self._table(table)  # reject unknown tables
        # Straight from the in-memory tables: wrapping 100k records in TinyDB Documents
        # costs half a second and gives readers nothing.
        return list(self._database().storage.read().get(table, {}).values())

    def get(self, table: str, record_id: str) -> dict | None:
        """One record by id (the store's own: read it, never change it)."""
        return self._table(table).get(doc_id=record_id)

    def count(self, table: str) -> int:
        return len(self._table(table))

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
        schema = self._database().table(META_TABLE).get(doc_id="schema")
        return schema["version"] if schema else None

    def _table(self, name: str) -> Table:
        if name not in TABLES:
            raise ValueError(f"no table {name!r}")
        return self._database().table(name)

    # ---- writing -------------------------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[Batch]:
        """Buffer changes and save them all at once, atomically, under the writer lock."""
        if self.path is None:
            batch = Batch(self)
            yield batch
            self._apply(batch)
            return
        if self.read_only:
            raise ReadOnlyStore(f"{self.path}: the store is read-only (no write permission)")
        with writer_lock(self.path):
            self.refresh()
            batch = Batch(self)
            yield batch
            if not batch.changes:
                return
            self._apply(batch)
            remove_stale_temp_files(self.path)
            try:
                self._stamp = save_tables(self.path, self._database().storage.read())
            except BaseException:
                self._load()  # drop the unsaved changes: memory matches disk again
                raise

    def _apply(self, batch: Batch) -> None:
        meta = self._database().table(META_TABLE)
        if meta.get(doc_id="schema") is None:
            meta.insert(Document({"format": FORMAT, "version": SCHEMA_VERSION}, doc_id="schema"))
        for name, changes in batch.changes.items():
            table = self._table(name)
            stored = table._read_table()
            replaced = [rid for rid in changes if rid in stored]
            if replaced:
                table.remove(doc_ids=replaced)
            table.insert_multiple(Document(rec, doc_id=rid) for rid, rec in changes.items() if rec is not None)


_DELETED = None


class Batch:
    """Pending changes to a store; reads see the store as the batch leaves it."""

    def __init__(self, store: CaseStore):
        self._store = store
        self.changes: dict[str, dict[str, dict | None]] = {}

    def get(self, table: str, record_id: str) -> dict | None:
        pending = self.changes.get(table, {})
        if record_id in pending:
            return pending[record_id]
        return self._store.get(table, record_id)

    def all(self, table: str) -> list[dict]:
        pending = self.changes.get(table, {})
        kept = [rec for rec in self._store.all(table) if rec["id"] not in pending]
        return kept + [rec for rec in pending.values() if rec is not _DELETED]

    def put(self, table: str, record: dict) -> None:
        """Insert or replace the record with ``record["id"]``."""
        self._store._table(table)  # reject unknown tables now, not at save time
        rid = record.get("id")
        if not isinstance(rid, str) or not rid:
            raise StoreError(f"record for {table} has no string id")
        self.changes.setdefault(table, {})[rid] = record

    def delete(self, table: str, record_id: str) -> None:
        self._store._table(table)
        self.changes.setdefault(table, {})[record_id] = _DELETED
