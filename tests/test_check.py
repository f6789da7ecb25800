"""casefile check: a sound store passes; each kind of damage is named; a corrupt file is refused."""
from __future__ import annotations

from conftest import run_cli, write_article

from store import CaseStore


def ingest_one(tmp_path, db) -> None:
    write_article(tmp_path, "a.txt", 'Mayor Ana Ruiz opened the bridge on Monday. "It is done," Ruiz said.')
    assert run_cli("--db", str(db), "ingest", str(tmp_path / "a.txt")).returncode == 0


def test_a_sound_store_passes(tmp_path, db):
    ingest_one(tmp_path, db)
    result = run_cli("--db", str(db), "check")
    assert result.returncode == 0
    assert result.stdout.decode().startswith(f"{db}: sound (schema 2; 1 documents, ")


def test_damage_is_named(tmp_path, db):
    ingest_one(tmp_path, db)
    store = CaseStore(db)
    statement = dict(store.statements()[0])
    statement["start"] += 1  # the span no longer covers its text
    statement["speaker_id"] = "p-nobody"
    event = dict(store.events()[0], document_id="d-gone")
    with store.batch() as b:  # the store takes any record: check is what finds the damage
        b.put("statements", statement)
        b.put("events", event)
    result = run_cli("--db", str(db), "check")
    out = result.stdout.decode()
    assert result.returncode == 1
    assert f"statement {statement['id']}: text differs from paragraph" in out
    assert f"statement {statement['id']}: speaker p-nobody is not a participant" in out
    assert f"event {event['id']}: document d-gone is not in the store" in out
    assert ": 3 problems (" in out


def test_corrupt_files_are_refused_with_the_reason_and_kept(tmp_path, db):
    ingest_one(tmp_path, db)
    whole = db.read_bytes()
    flipped = whole.replace(b"Ruiz", b"Ruis", 1)  # inside a committed batch
    for damaged, reason in ((flipped, "fails its checksum"), (b"\x00\x01garbage", "not valid JSON"),
                            (b'{"rows": [1, 2]}', "JSON of another shape")):
        db.write_bytes(damaged)
        for command in (["check"], ["export"], ["ingest", str(tmp_path / "a.txt")]):
            result = run_cli("--db", str(db), *command)
            assert result.returncode == 2, command
            assert reason in result.stderr.decode() and str(db) in result.stderr.decode()
        assert db.read_bytes() == damaged
