"""The store file as a journal: torn tails, checksums, version 1, compaction, scan, catching up."""
from __future__ import annotations

import json

import pytest

import store.journal as journal
from store import CaseStore, NewerSchema, NotACaseStore

COMMIT = b'["commit",'


def saved(db, *batches: dict) -> CaseStore:
    """A store with these batches saved, each {table: [records]}."""
    store = CaseStore(db)
    for tables in batches:
        with store.batch() as b:
            for table, records in tables.items():
                for record in records:
                    b.put(table, record)
    return store


def docs(*ids: str, **fields) -> dict:
    return {"documents": [{"id": i, **fields} for i in ids]}


def ids(store: CaseStore, table: str = "documents") -> list[str]:
    return [r["id"] for r in store.all(table)]


def test_a_torn_tail_is_ignored_then_cut_off_by_the_next_writer(db):
    saved(db, docs("a"), docs("b"))
    committed = db.read_bytes()
    torn = b'["put","documents","c",{"id":"c"}]\n["put","documents","d",{"i'  # killed mid-append
    db.write_bytes(committed + torn)
    assert ids(CaseStore(db)) == ["a", "b"]
    complete_lines_only = committed + torn[:torn.index(b"\n") + 1]  # no commit line either
    db.write_bytes(complete_lines_only)
    store = CaseStore(db)
    assert ids(store) == ["a", "b"]
    with store.batch() as b:
        b.put("documents", {"id": "e"})
    assert ids(CaseStore(db)) == ["a", "b", "e"]
    assert db.read_bytes().count(b'"c"') == 0  # the torn lines are gone from the file


def test_a_batch_becomes_visible_with_its_commit_line(db):
    store = saved(db, docs("a"))
    line = b'["put","documents","b",{"id":"b"}]\n'
    with db.open("ab") as f:
        f.write(line)  # a batch being appended: its commit line not written yet
    assert not store.refresh() and ids(store) == ["a"]
    assert ids(CaseStore(db)) == ["a"]
    with db.open("ab") as f:
        f.write(journal.commit_line([line]))
    assert store.refresh() and ids(store) == ["a", "b"]


def test_a_checksum_mismatch_is_refused_and_the_file_kept(db):
    saved(db, docs("a", text="original words"), docs("b"))
    damaged = db.read_bytes().replace(b"original", b"0riginal")
    db.write_bytes(damaged)
    with pytest.raises(NotACaseStore, match="damaged store: the batch committed at byte .* fails its checksum"):
        CaseStore(db)
    assert db.read_bytes() == damaged


def test_a_committed_line_that_is_no_record_change_is_refused(db):
    saved(db, docs("a"))
    header, _, _ = db.read_bytes().splitlines(keepends=True)
    garbage = [b"not a change at all\n"]
    db.write_bytes(header + garbage[0] + journal.commit_line(garbage))
    with pytest.raises(NotACaseStore, match="not a record change"):
        CaseStore(db)


def test_a_newer_journal_is_refused_and_kept(db):
    content = b'{"format":"casefile-store","version":3}\n["whatever","comes",{"next":1}]\n'
    db.write_bytes(content)
    with pytest.raises(NewerSchema, match="newer casefile"):
        CaseStore(db)
    with pytest.raises(NewerSchema):
        with CaseStore(db).batch() as b:
            b.put("documents", {"id": "a"})
    assert db.read_bytes() == content


def version_1_file(tables: dict) -> bytes:
    """A store as casefile wrote it before the journal: one table per line."""
    data = {"meta": {"schema": {"format": "casefile-store", "version": 1}}, **tables}
    return ("{\n" + ",\n".join(f"{json.dumps(k)}:{json.dumps(v)}" for k, v in data.items()) + "\n}\n").encode()


def test_a_version_1_store_opens_and_becomes_a_journal_at_its_next_write(db):
    tables = {"documents": {"a": {"id": "a", "paragraphs": ["One."]}, "b": {"id": "b", "paragraphs": ["Two."]}},
              "statements": {"s1": {"id": "s1", "document_id": "a", "text": "One"}},
              "participants": {}, "events": {}, "annotations": {}}
    for layout in (version_1_file(tables),
                   json.dumps({"meta": {"schema": {"format": "casefile-store", "version": 1}}, **tables}).encode(),
                   json.dumps({"meta": {"schema": {"format": "casefile-store", "version": 1}}, **tables},
                              indent=2).encode()):
        db.write_bytes(layout)
        old = CaseStore(db)
        assert old.schema_version() == 1
        assert old.get("documents", "a") == tables["documents"]["a"]
        assert old.all("statements") == list(tables["statements"].values())
        assert db.read_bytes() == layout  # reading changes nothing
        with old.batch() as b:
            b.put("documents", {"id": "c", "paragraphs": ["Three."]})
            b.delete("documents", "b")
        new = CaseStore(db)
        assert new.schema_version() == 2
        assert db.read_bytes().startswith(b'{"format":"casefile-store","version":2}\n')
        assert ids(new) == ["a", "c"] and new.all("statements") == list(tables["statements"].values())
        assert sorted(p.name for p in db.parent.iterdir()) == sorted([db.name, db.name + ".lock"])


def test_compaction_keeps_exactly_the_live_records(db, monkeypatch):
    monkeypatch.setattr(journal, "COMPACT_FROM_BYTES", 0)
    store = saved(db, {"documents": [{"id": f"d{i}", "v": 0} for i in range(20)],
                       "statements": [{"id": f"s{i}", "v": 0} for i in range(20)]})
    expected = {r["id"]: r for r in store.all("documents")}
    lines_after = []
    for round_ in (1, 2):  # each round supersedes every document and deletes one statement
        with store.batch() as b:
            for i in range(20):
                b.put("documents", {"id": f"d{i}", "v": round_})
                expected[f"d{i}"] = {"id": f"d{i}", "v": round_}
            b.delete("statements", f"s{round_}")
        lines_after.append(db.read_bytes().splitlines())
    assert len(lines_after[0]) == 1 + (40 + 1) + (21 + 1)  # less than half superseded: appended
    reopened = CaseStore(db)
    assert {r["id"]: r for r in reopened.all("documents")} == expected
    assert sorted(ids(reopened, "statements")) == sorted(f"s{i}" for i in range(20) if i not in (1, 2))
    changes = [json.loads(line) for line in lines_after[1][1:] if not line.startswith(COMMIT)]
    assert len(changes) == 20 + 18 and all(c[0] == "put" for c in changes)  # compacted: live records only
    assert sorted(p.name for p in db.parent.iterdir()) == sorted([db.name, db.name + ".lock"])


def test_another_readers_compaction_is_followed(db, monkeypatch):
    reader = saved(db, docs("a", "b", v=0))
    monkeypatch.setattr(journal, "COMPACT_FROM_BYTES", 0)
    writer = CaseStore(db)
    with writer.batch() as b:
        b.put("documents", {"id": "a", "v": 1})
        b.put("documents", {"id": "b", "v": 1})  # all superseded: the file is rewritten
    assert reader.get("documents", "a") == {"id": "a", "v": 1}  # the reader's index is of the old file
    assert reader.all("documents") == [{"id": "a", "v": 1}, {"id": "b", "v": 1}]


def test_scan_yields_what_all_has(db):
    store = saved(db, docs("a", "b", "c"), {"statements": [{"id": "s", "text": "x"}], **docs("b", v=2)})
    with store.batch() as b:
        b.delete("documents", "a")
    for table in ("documents", "participants", "statements", "events", "annotations"):
        assert list(store.scan(table)) == store.all(table)
    assert list(store.scan("documents")) == [{"id": "c"}, {"id": "b", "v": 2}]  # in the order last written
    memory = CaseStore(None)
    with memory.batch() as b:
        b.put("documents", {"id": "a"})
    assert list(memory.scan("documents")) == memory.all("documents") == [{"id": "a"}]
    with pytest.raises(ValueError):
        store.scan("nonsense")


def test_a_scan_reads_the_table_as_it_stood_when_called(db):
    store = saved(db, docs("a", "b"))
    scan = store.scan("documents")
    assert next(scan) == {"id": "a"}
    with store.batch() as b:
        b.put("documents", {"id": "c"})
        b.delete("documents", "b")
    assert list(scan) == [{"id": "b"}]


def test_a_reader_catches_up_by_reading_only_what_was_appended(db, monkeypatch):
    reader = saved(db, docs("a"))
    saved(db, docs("b"))  # another process's save
    read_from = []
    real_index = journal.Journal._index_from
    monkeypatch.setattr(journal.Journal, "_index_from",
                        lambda self, fd: read_from.append(self.end) or real_index(self, fd))
    assert reader.refresh() and ids(reader) == ["a", "b"]
    assert read_from == [len(db.read_bytes().split(b'["put","documents","b"')[0])]
    assert not reader.refresh()


def test_the_revision_moves_only_with_changes_made_elsewhere(db):
    store = saved(db, docs("a"))
    revision = store.revision
    with store.batch() as b:
        b.put("documents", {"id": "b"})
    store.refresh()
    assert store.revision == revision  # its own save
    saved(db, docs("c"))
    store.refresh()
    assert store.revision == revision + 1


def test_any_id_survives_the_index(db):
    odd = ['q"uote', "back\\slash", "caf\u00e9 \u201cx\u201d", "tab\tnew\nline", "]", '","']
    saved(db, {"documents": [{"id": i} for i in odd]})
    store = CaseStore(db)
    assert ids(store) == odd
    assert all(store.get("documents", i) == {"id": i} for i in odd)


@pytest.mark.parametrize("block, gap", [(1 << 20, 16 << 10), (64, 0), (64, 1000), (2, 0)])
def test_scan_reads_every_record_whatever_the_read_blocks(db, monkeypatch, block, gap):
    monkeypatch.setattr(journal, "READ_BLOCK", block)
    monkeypatch.setattr(journal, "READ_GAP", gap)
    store = saved(db, *({"documents": [{"id": f"d{i}", "text": "x" * (i * 7)}],
                         "statements": [{"id": f"s{i}", "n": i}, {"id": f"t{i}"}]} for i in range(30)))
    assert [r["id"] for r in store.scan("documents")] == [f"d{i}" for i in range(30)]
    assert [r["id"] for r in store.scan("statements")] == [x for i in range(30) for x in (f"s{i}", f"t{i}")]
    assert store.all("documents")[29] == {"id": "d29", "text": "x" * 203}
