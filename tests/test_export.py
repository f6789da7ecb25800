"""The JSON export contract (../shared/eval/README.md) and the provenance rule."""
from __future__ import annotations

import json

from conftest import run_cli, shared_dir


def ingest_and_export(db, *paths) -> dict:
    assert run_cli("--db", str(db), "ingest", *map(str, paths)).returncode == 0
    result = run_cli("--db", str(db), "export", "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


def assert_contract(export: dict) -> None:
    assert export["schema"] == "casefile.export/1"
    assert set(export) == {"schema", "documents", "participants", "statements", "events"}
    docs = {d["id"]: d for d in export["documents"]}
    for d in export["documents"]:
        assert set(d) == {"id", "source", "published", "title", "paragraphs"}
    spans = list(export["statements"]) + list(export["events"])
    for p in export["participants"]:
        assert set(p) == {"id", "name", "kind", "titles", "aliases", "mentions"}
        assert p["kind"] in ("person", "organization", "country", "group", "place")
        spans += p["mentions"]
    people = {p["id"] for p in export["participants"]}
    for s in export["statements"]:
        assert s["kind"] in ("direct", "indirect") and s["text"]
        assert s["speaker_id"] is None or s["speaker_id"] in people
    for e in export["events"]:
        assert all(pid in people for pid in e["participant_ids"])
    for item in spans:  # the provenance rule
        paragraph = docs[item["document_id"]]["paragraphs"][item["paragraph"]]
        assert paragraph[item["start"]:item["end"]] == item["text"], item
    for kind in ("participants", "statements", "events"):
        ids = [x["id"] for x in export[kind]]
        assert len(ids) == len(set(ids))


def test_seeds_export_obeys_the_contract(db):
    seeds = shared_dir("seeds")
    export = ingest_and_export(db, seeds)
    assert_contract(export)
    assert len(export["documents"]) == 2
    raw = (seeds / "000_56c8085c45b03f5c.txt").read_text(encoding="utf-8")
    doc = next(d for d in export["documents"] if d["source"].endswith("000_56c8085c45b03f5c.txt"))
    assert doc["published"] == "2020-12-09"
    assert "\n\n".join(doc["paragraphs"]) == raw[len(" date 2020-12-09 "):].strip()


def test_corpus_export_obeys_the_contract(db):
    assert_contract(ingest_and_export(db, shared_dir("corpus")))


def test_export_to_a_file(db, tmp_path):
    out = tmp_path / "out.json"
    assert run_cli("--db", str(db), "export", "--out", str(out)).returncode == 0
    assert json.loads(out.read_text())["documents"] == []
