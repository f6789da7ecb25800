"""casefile's persistence layer: a crash-safe case store, one append-only journal file.

Everything outside this package talks to ``CaseStore`` and its ``Batch``, never to
the file itself.
"""
from .casestore import SCHEMA_VERSION, TABLES, Batch, CaseStore
from .storage import bulk_allocation
from .errors import NewerSchema, NotACaseStore, ReadOnlyStore, StoreError, StoreLocked

__all__ = [
    "SCHEMA_VERSION", "TABLES", "Batch", "CaseStore", "bulk_allocation",
    "NewerSchema", "NotACaseStore", "ReadOnlyStore", "StoreError", "StoreLocked",
]
