"""The store on its own: round trips, batches, schema checks, permissions, the lock.
(The journal file itself, torn tails, checksums, compaction and version 1: test_store_journal.py.)"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from contextlib import contextmanager

import pytest
from conftest import run_cli

from store import SCHEMA_VERSION, CaseStore, NewerSchema, NotACaseStore, ReadOnlyStore, StoreLocked


def test_round_trip(db):
    store = CaseStore(db)
    with store.batch() as b:
        b.put("documents", {"id": "d1", "paragraphs": ["Hello \u201cworld\u201d."]})
        b.put("statements", {"id": "s1", "document_id": "d1", "text": "world"})
    again = CaseStore(db)
    assert again.get("documents", "d1") == {"id": "d1", "paragraphs": ["Hello \u201cworld\u201d."]}
    assert again.counts() == {"documents": 1, "participants": 0, "statements": 1, "events": 0, "annotations": 0}
    assert again.schema_version() == SCHEMA_VERSION == 2


def test_replace_and_delete_in_one_batch(db):
    store = CaseStore(db)
    with store.batch() as b:
        b.put("documents", {"id": "a", "v": 1})
        b.put("documents", {"id": "b", "v": 1})
    with store.batch() as b:
        b.put("documents", {"id": "a", "v": 2})
        b.delete("documents", "b")
        assert [r["id"] for r in b.all("documents")] == ["a"]  # the batch reads its own writes
    assert CaseStore(db).documents() == [{"id": "a", "v": 2}]


def test_failed_batch_changes_nothing(db):
    store = CaseStore(db)
    with store.batch() as b:
        b.put("documents", {"id": "a"})
    before = db.read_bytes()
    with pytest.raises(RuntimeError):
        with store.batch() as b:
            b.put("documents", {"id": "b"})
            raise RuntimeError("extraction blew up")
    assert db.read_bytes() == before
    assert [d["id"] for d in store.documents()] == ["a"]


def test_one_durable_write_per_batch(db, monkeypatch):
    import os

    store = CaseStore(db)
    with store.batch() as b:
        b.put("documents", {"id": "d"})
    fsyncs = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: fsyncs.append(fd) or real_fsync(fd))
    with store.batch() as b:
        for i in range(10_000):
            b.put("statements", {"id": f"s{i}", "text": "x"})
    assert len(fsyncs) == 1
    assert CaseStore(db).count("statements") == 10_000


def test_a_file_of_another_kind_is_refused_and_kept(db):
    for content in (b'{"_default": {"1": {"x": 1}}}', b"[1, 2, 3]", b"not json at all", b'{"documents": {"a"'):
        db.write_bytes(content)
        with pytest.raises(NotACaseStore, match="not a casefile store"):
            CaseStore(db)
        assert db.read_bytes() == content


def test_a_newer_schema_is_refused_and_kept(db):
    content = json.dumps({"meta": {"schema": {"format": "casefile-store", "version": 99}}}).encode()
    db.write_bytes(content)
    with pytest.raises(NewerSchema, match="newer casefile"):
        CaseStore(db)
    assert db.read_bytes() == content


def test_missing_and_empty_files_are_empty_stores(db):
    assert not CaseStore(db).exists
    db.write_bytes(b"")
    assert CaseStore(db).counts()["documents"] == 0


@contextmanager
def read_only_view(folder):
    """The folder as a user who may only read it sees it: by permissions, or for root
    (whom permissions do not stop) through a read-only bind mount."""
    if os.geteuid() != 0:
        for path in folder.iterdir():
            path.chmod(0o444)
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
            for path in folder.iterdir():
                path.chmod(0o644)
        return
    view = folder.parent / (folder.name + "-ro")
    view.mkdir()
    mounted = subprocess.run(["mount", "--bind", "-o", "ro", str(folder), str(view)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot make a read-only mount here: {mounted.stderr.decode().strip()}")
    try:
        yield view
    finally:
        subprocess.run(["umount", str(view)], check=True)


def test_read_only_store_opens_for_reading_and_refuses_writes(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    assert run_cli("--db", str(folder / "case.json"), "ingest", "-", input=b" date 2024-01-02 Text.").returncode == 0
    with read_only_view(folder) as view:
        ro = CaseStore(view / "case.json")
        assert ro.read_only and ro.count("documents") == 1
        with pytest.raises(ReadOnlyStore, match="read-only"):
            with ro.batch() as b:
                b.put("documents", {"id": "b"})
        exported = run_cli("--db", str(view / "case.json"), "export")
        assert exported.returncode == 0 and len(json.loads(exported.stdout)["documents"]) == 1
        ingest = run_cli("--db", str(view / "case.json"), "ingest", "-", input=b"Some text.")
        assert ingest.returncode == 2
        assert ingest.stderr.decode().strip() == f"casefile: {view / 'case.json'}: the store is read-only (no write permission)"


HOLD_LOCK = """
import sys, time
from filelock import FileLock
lock = FileLock(sys.argv[1] + ".lock")
lock.acquire()
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
"""


def test_second_writer_waits_then_fails_clearly(db, monkeypatch):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db), "30"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        monkeypatch.setenv("CASEFILE_LOCK_TIMEOUT", "0.5")
        started = time.monotonic()
        with pytest.raises(StoreLocked, match="another casefile process is writing"):
            with CaseStore(db).batch() as b:
                b.put("documents", {"id": "a"})
        assert time.monotonic() - started >= 0.5
    finally:
        holder.kill()
        holder.wait()
    assert not db.exists()


def test_writer_sees_another_writers_save(db):
    first, second = CaseStore(db), CaseStore(db)
    with first.batch() as b:
        b.put("documents", {"id": "a"})
    with second.batch() as b:  # opened before "a" was saved: must not drop it
        b.put("documents", {"id": "b"})
    assert sorted(d["id"] for d in CaseStore(db).documents()) == ["a", "b"]


def test_the_file_is_json_lines(db):
    store = CaseStore(db)
    with store.batch() as b:
        b.put("documents", {"id": "a", "paragraphs": ["Line one\nline two"]})
    lines = [json.loads(line) for line in db.read_text().splitlines()]  # one JSON value a line
    assert lines[0] == {"format": "casefile-store", "version": 2}
    assert lines[1] == ["put", "documents", "a", {"id": "a", "paragraphs": ["Line one\nline two"]}]
    assert lines[2][0] == "commit" and len(lines) == 3


def test_released_tables_load_again_when_needed(db):
    store = CaseStore(db)
    with store.batch() as b:
        b.put("documents", {"id": "a"})
    store.release()
    assert store.count("documents") == 1
    store.release()
    with store.batch() as b:
        b.put("documents", {"id": "b"})
    assert sorted(d["id"] for d in CaseStore(db).documents()) == ["a", "b"]
