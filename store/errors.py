"""Errors the store raises. Each message is one line that names the store file."""


class StoreError(Exception):
    """Anything that stops the store from being read or written."""


class NotACaseStore(StoreError):
    """The file exists but is not a casefile store (or is damaged beyond reading)."""


class NewerSchema(StoreError):
    """The store was written by a newer casefile than this one."""


class StoreLocked(StoreError):
    """Another process held the writer lock for longer than we were willing to wait."""


class ReadOnlyStore(StoreError):
    """The store can be read but not written (permissions or a read-only file system)."""
