"""The analyst's workflow from the CLI: tags and notes that survive re-ingest and
re-extraction, merges and splits, search with filters, CSV and Markdown exports."""
from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import run_cli, write_article

from casefile.annotations import Notes, attach_notes
from casefile.selection import Selection, SelectionError

ARTICLE_A = ('LORVIK, March 3 (Wire) -- Mayor Anna Lindqvist opened the new bridge on Monday.\n\n'
             '"This bridge joins two halves of one city," Lindqvist said at the ceremony.\n\n'
             'Council member Piet Ruud said that the bridge had cost too much.')
ARTICLE_B = ('Mayor Anna Lindqvist met Governor Sam Okafor on Friday.\n\n'
             '"We will build another one," Lindqvist said.')


@pytest.fixture
def case(tmp_path, db):
    folder = tmp_path / "articles"
    folder.mkdir()
    write_article(folder, "a.txt", ARTICLE_A, "2025-03-04")
    write_article(folder, "b.txt", ARTICLE_B, "2025-04-12")
    assert run_cli("--db", str(db), "ingest", str(folder)).returncode == 0
    return folder


def cli_json_lines(db, *args) -> list[dict]:
    result = run_cli("--db", str(db), *args, "--json")
    assert result.returncode == 0, result.stderr.decode()
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def statement_id(db, query: str) -> str:
    rows = cli_json_lines(db, "search", query)
    assert len(rows) == 1, rows
    return rows[0]["id"]


def test_tags_and_notes_survive_reingest_and_reextract(case, db):
    sid = statement_id(db, '"two halves"')
    assert run_cli("--db", str(db), "tag", sid, "bridge", "#quote").returncode == 0
    assert run_cli("--db", str(db), "note", sid, "Opening speech").returncode == 0
    assert run_cli("--db", str(db), "ingest", str(case)).returncode == 0  # the same articles again
    assert run_cli("--db", str(db), "reextract").returncode == 0
    rows = cli_json_lines(db, "search", "--tag", "bridge")
    assert [r["id"] for r in rows] == [sid]
    assert rows[0]["tags"] == ["bridge", "quote"] and rows[0]["note"] == "Opening speech"


def test_a_tag_follows_unchanged_words_into_a_new_version(case, db):
    sid = statement_id(db, '"two halves"')
    run_cli("--db", str(db), "tag", sid, "bridge")
    path = case / "a.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("cost too much", "cost far too much"), encoding="utf-8")
    assert "1 new versions" in run_cli("--db", str(db), "ingest", str(path)).stdout.decode()
    rows = cli_json_lines(db, "search", "--tag", "bridge")
    assert len(rows) == 1 and "two halves" in rows[0]["text"]


def test_untag_and_empty_note_remove(case, db):
    sid = statement_id(db, '"two halves"')
    run_cli("--db", str(db), "tag", sid, "bridge")
    run_cli("--db", str(db), "tag", sid, "bridge", "--remove")
    assert cli_json_lines(db, "search", "--tag", "bridge") == []
    assert run_cli("--db", str(db), "note", sid, "").returncode == 0


def test_unknown_item_is_a_clear_error(case, db):
    result = run_cli("--db", str(db), "tag", "s-000000000000", "x")
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "casefile: s-000000000000: no such statement in the store"


def test_merge_is_remembered_across_reextraction(case, db):
    result = run_cli("--db", str(db), "merge", "Piet Ruud", "Anna Lindqvist")
    assert result.returncode == 0, result.stderr.decode()
    run_cli("--db", str(db), "reextract")
    export = json.loads(run_cli("--db", str(db), "export").stdout)
    names = {p["name"] for p in export["participants"]}
    assert "Piet Ruud" not in names
    anna = next(p for p in export["participants"] if p["name"] == "Anna Lindqvist")
    assert "Piet Ruud" in anna["aliases"]


def test_split_files_one_articles_mentions_under_a_new_name(case, db):
    result = run_cli("--db", str(db), "split", "Anna Lindqvist", "--document", "b.txt", "--as", "Anna Lindqvist (b)")
    assert result.returncode == 0, result.stderr.decode()
    run_cli("--db", str(db), "reextract")
    export = json.loads(run_cli("--db", str(db), "export").stdout)
    docs = {d["id"]: d["source"] for d in export["documents"]}
    people = {p["name"]: {docs[m["document_id"]].rsplit("/", 1)[-1] for m in p["mentions"]}
              for p in export["participants"]}
    assert people["Anna Lindqvist"] == {"a.txt"}
    assert people["Anna Lindqvist (b)"] == {"b.txt"}


def test_search_filters(case, db):
    assert len(cli_json_lines(db, "search", "bridge")) >= 1
    assert all(r["who"] == "Anna Lindqvist" for r in cli_json_lines(db, "search", "--speaker", "lindqvist"))
    assert [r["date"] for r in cli_json_lines(db, "search", "--since", "2025-04")] == ["2025-04-12"]
    assert all(r["date"] <= "2025-03-31" for r in cli_json_lines(db, "search", "--until", "2025-03"))
    bad = run_cli("--db", str(db), "search", "--since", "March")
    assert bad.returncode == 2 and "give a date as YYYY" in bad.stderr.decode()


def test_csv_and_markdown_exports_carry_citations(case, db):
    sid = statement_id(db, '"two halves"')
    run_cli("--db", str(db), "tag", sid, "bridge")
    rows = list(csv.DictReader(io.StringIO(run_cli("--db", str(db), "export", "--format", "csv").stdout.decode())))
    statement = next(r for r in rows if r["id"] == sid)
    assert statement["type"] == "statement" and statement["who"] == "Anna Lindqvist"
    assert statement["source"].endswith("a.txt") and statement["paragraph"] == "1" and statement["tags"] == "bridge"
    assert any(r["type"] == "event" for r in rows)
    brief = run_cli("--db", str(db), "export", "--format", "md", "--tag", "bridge").stdout.decode()
    assert "> This bridge joins two halves of one city" in brief
    # said on the dateline's day, in an article published the day after
    assert "— **Anna Lindqvist** (quoted, 2025-03-03)" in brief and "*, 2025-03-04, paragraph 2" in brief
    assert statement["date"] == "2025-03-03" and statement["published"] == "2025-03-04"


def test_selection_dates_compare_at_the_coarser_precision():
    s = Selection(since="2020-12-05", until="2021")
    assert s.in_dates("2020-12") and s.in_dates("2021-06-01") and not s.in_dates("2020-11-30")
    assert not s.in_dates(None) and Selection().in_dates(None)
    with pytest.raises(SelectionError):
        Selection(until="yesterday")


def test_notes_reattach_by_overlap_after_a_span_changes():
    ann = {"id": "a", "type": "notes", "target": "statement", "tags": ["t"], "note": "",
           "anchor": {"document_id": "d", "paragraph": 2, "start": 10, "end": 50, "text": "x" * 40}}
    moved = {"id": "s-new", "document_id": "d", "paragraph": 2, "start": 12, "end": 52, "text": "y"}
    elsewhere = {"id": "s-other", "document_id": "d", "paragraph": 3, "start": 10, "end": 50, "text": "z"}
    assert attach_notes([ann], [moved, elsewhere], []) == {"s-new": Notes(("t",), "")}
