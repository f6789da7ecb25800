"""Ingest through the CLI, as a user runs it: the corpus, re-ingest, versions, bad input."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import REPO, run_cli, shared_dir, write_article

from store import CaseStore


def test_corpus_ingests_without_failures_and_only_once(db):
    corpus = shared_dir("corpus")
    n_articles = len(list(corpus.glob("*.txt")))
    first = run_cli("--db", str(db), "ingest", str(corpus))
    assert first.returncode == 0, first.stderr.decode()
    assert f"{n_articles} added" in first.stdout.decode()
    assert " 0 failed" in first.stdout.decode()
    again = run_cli("--db", str(db), "ingest", str(corpus))
    assert again.returncode == 0
    assert f"0 added, 0 new versions, {n_articles} already present, 0 failed" in again.stdout.decode()
    assert CaseStore(db).count("documents") == n_articles


def test_a_changed_file_is_a_new_version(tmp_path, db):
    path = write_article(tmp_path, "a.txt", '"We are ready," the mayor said on Monday.')
    assert run_cli("--db", str(db), "ingest", str(path)).returncode == 0
    path.write_text(' date 2024-05-02 "We are not ready," the mayor said on Monday.', encoding="utf-8")
    out = run_cli("--db", str(db), "ingest", str(path)).stdout.decode()
    assert f"new version: {path}" in out and "1 new versions" in out
    store = CaseStore(db)
    docs = {d["id"]: d for d in store.documents()}
    current = [d for d in docs.values() if d["superseded_by"] is None]
    assert len(docs) == 2 and len(current) == 1 and current[0]["version"] == 2
    assert docs[current[0]["supersedes"]]["paragraphs"][0].startswith('"We are ready')
    exported = json.loads(run_cli("--db", str(db), "export").stdout)
    assert [d["id"] for d in exported["documents"]] == [current[0]["id"]]
    assert all(s["document_id"] == current[0]["id"] for s in exported["statements"])


def test_standard_input(db):
    result = run_cli("--db", str(db), "ingest", "-", input=b" date 2024-01-02 Piped in.")
    assert result.returncode == 0 and "1 added" in result.stdout.decode()
    assert CaseStore(db).documents()[0]["source"] == "<stdin>"


def test_bad_files_fail_one_line_each_and_good_ones_are_kept(tmp_path, db):
    folder = tmp_path / "in"
    folder.mkdir()
    write_article(folder, "good.txt", "Good text.")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes(b" date 2024-01-02 caf\xe9")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    (folder / "baddate.txt").write_bytes(b" date 2024-02-31 Text.")
    (tmp_path / "nothing-here").mkdir()
    result = run_cli("--db", str(db), "ingest", str(folder), str(tmp_path / "missing.txt"), str(tmp_path / "nothing-here"))
    assert result.returncode == 1
    failures = [line for line in result.stderr.decode().splitlines() if line.startswith("failed: ")]
    assert len(failures) == 6, result.stderr.decode()
    for expected in ("empty.txt: empty file", "latin1.txt: not UTF-8", "binary.txt: binary file",
                     "baddate.txt: impossible date", "missing.txt: no such file or directory",
                     "nothing-here: no articles here"):
        assert any(expected in line for line in failures), expected
    assert "1 added" in result.stdout.decode()
    assert CaseStore(db).count("documents") == 1


def test_a_store_of_another_kind_is_never_overwritten(tmp_path, db):
    db.write_text('{"mine": {"1": {"precious": true}}}')
    path = write_article(tmp_path, "a.txt", "Text.")
    result = run_cli("--db", str(db), "ingest", str(path))
    assert result.returncode == 2
    assert result.stderr.decode().strip() == f"casefile: {db}: not a casefile store (no casefile schema record)"
    assert db.read_text() == '{"mine": {"1": {"precious": true}}}'


INGEST_ONE_BY_ONE = """
import sys
from casefile.cli import main
for path in sys.argv[2:]:
    assert main(["--db", sys.argv[1], "ingest", path]) == 0
"""


def test_concurrent_ingests_lose_nothing(tmp_path, db):
    folders = []
    for w in range(2):
        folder = tmp_path / f"writer{w}"
        folder.mkdir()
        folders.append([str(write_article(folder, f"{i}.txt", f"Writer {w} wrote article {i}."))
                        for i in range(15)])
    procs = [subprocess.Popen([sys.executable, "-c", INGEST_ONE_BY_ONE, str(db), *paths], cwd=REPO)
             for paths in folders]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    assert CaseStore(db).count("documents") == 30


def test_readers_never_see_a_half_written_store(tmp_path, db):
    """export reads while two ingests write: every read parses and is a consistent store."""
    corpus = shared_dir("corpus")
    files = sorted(corpus.glob("*.txt"))[:120]
    halves = [files[:60], files[60:]]
    writers = [subprocess.Popen([sys.executable, "-c", INGEST_ONE_BY_ONE, str(db), *map(str, half)], cwd=REPO)
               for half in halves]
    reads = 0
    while any(w.poll() is None for w in writers):
        result = run_cli("--db", str(db), "export")
        assert result.returncode == 0, result.stderr.decode()
        export = json.loads(result.stdout)
        docs = {d["id"] for d in export["documents"]}
        assert all(s["document_id"] in docs for s in export["statements"])
        reads += 1
    assert [w.wait() for w in writers] == [0, 0]
    assert reads >= 2
    assert CaseStore(db).count("documents") == 120


def test_a_lone_surname_in_another_article_stays_as_that_article_names_it(tmp_path, db):
    write_article(tmp_path, "a.txt", 'Governor Samuel Okafor opened the port on Monday. "It is ready," Okafor said.')
    write_article(tmp_path, "b.txt", '"We will expand it," Governor Okafor said on Friday.')
    write_article(tmp_path, "c.txt", '"It is late," Governor Okafor said on Sunday.')
    assert run_cli("--db", str(db), "ingest", str(tmp_path)).returncode == 0
    export = json.loads(run_cli("--db", str(db), "export").stdout)
    people = {p["name"]: p for p in export["participants"] if p["kind"] == "person"}
    assert "Okafor" in people["Samuel Okafor"]["aliases"]  # within its own article, the surname is the full name
    lone = [s for s in export["statements"] if s["speaker_id"] == people["Okafor"]["id"]]
    assert len(lone) == 2  # b and c: one participant, named as both articles name him
    assert run_cli("--db", str(db), "merge", "Okafor", "Samuel Okafor").returncode == 0  # the analyst's call
    export = json.loads(run_cli("--db", str(db), "export").stdout)
    assert "Okafor" not in {p["name"] for p in export["participants"]}
    assert run_cli("--db", str(db), "check").returncode == 0


def test_a_country_is_one_participant_whatever_each_article_calls_it(tmp_path, db):
    write_article(tmp_path, "a.txt", "The envoy discussed Burma with the minister on Monday.")
    write_article(tmp_path, "b.txt", "Myanmar held talks with Thailand on Friday.")
    assert run_cli("--db", str(db), "ingest", str(tmp_path)).returncode == 0
    export = json.loads(run_cli("--db", str(db), "export").stdout)
    named = [p for p in export["participants"] if p["name"] in ("Burma", "Myanmar")]
    assert len(named) == 1 and {"Burma", "Myanmar"} <= {named[0]["name"], *named[0]["aliases"]}


def test_output_cut_short_by_a_pipe_is_no_error(tmp_path, db):
    write_article(tmp_path, "a.txt", "Mayor Ana Ruiz said that the bridge was finished. " * 200)
    run_cli("--db", str(db), "ingest", str(tmp_path / "a.txt"))
    reader = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    writer = subprocess.run([sys.executable, "-m", "casefile", "--db", str(db), "export"],
                            stdout=reader.stdin, stderr=subprocess.PIPE, cwd=REPO, timeout=60)
    reader.stdin.close()
    reader.wait()
    assert writer.returncode == 0 and b"Traceback" not in writer.stderr


def test_a_description_alias_is_not_carried_across_the_case(tmp_path, db):
    write_article(tmp_path, "a.txt", "President Ann Roe spoke on Monday. The president said the bridge would open.")
    write_article(tmp_path, "b.txt", "President Bo Li toured the port. The president added that ships would come.")
    write_article(tmp_path, "c.txt", "Mr. Hal Dunn arrived. Mr. Dunn said the port was ready.")
    assert run_cli("--db", str(db), "ingest", str(tmp_path)).returncode == 0
    export = json.loads(run_cli("--db", str(db), "export").stdout)
    people = {p["name"]: p for p in export["participants"] if p["kind"] == "person"}
    assert not any(a.lower() == "the president" for p in people.values() for a in p["aliases"])
    said = {s["speaker_id"] for s in export["statements"]}
    assert people["Ann Roe"]["id"] in said and people["Bo Li"]["id"] in said  # the mentions still count
    assert "Mr. Dunn" in people["Hal Dunn"]["aliases"]


def stored_case(store: CaseStore) -> dict:
    """What a store holds, without the ingest times."""
    tables = {table: {r["id"]: r for r in store.all(table)} for table in ("participants", "statements", "events")}
    tables["documents"] = {d["id"]: {k: v for k, v in d.items() if k != "ingested_at"} for d in store.documents()}
    return tables


def test_extraction_running_ahead_in_workers_stores_what_one_process_does(tmp_path):
    from casefile.ingest import PARALLEL_FROM, ingest

    files = [str(p) for p in sorted(shared_dir("corpus").glob("*.txt"))[:PARALLEL_FROM + 20]]
    files += files[:5]  # the same articles again, in a later batch: present, extracted once
    one, many = CaseStore(tmp_path / "one.json"), CaseStore(tmp_path / "many.json")
    progress = []
    ingest(one, files, jobs=1, batch_size=7)
    report = ingest(many, files, jobs=2, batch_size=7, on_progress=lambda done, total: progress.append(done))
    assert stored_case(many) == stored_case(one)
    assert len(report.added) == PARALLEL_FROM + 20 and len(report.present) == 5
    assert progress == list(range(7, len(files), 7)) + [len(files)]


def test_one_ingest_versions_across_its_batches(tmp_path, db):
    from casefile.ingest import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    lone = write_article(folder, "1-lone.txt", '"We will expand it," Governor Okafor said on Friday.')
    write_article(folder, "2-full.txt", 'Governor Samuel Okafor opened the port on Monday. "It is ready," Okafor said.')
    ingest(CaseStore(db), [str(folder)], batch_size=1)  # each article its own batch, one CaseIndex for all
    lone.write_text(' date 2024-05-03 "We will not expand it," Governor Okafor said on Friday.', encoding="utf-8")
    write_article(folder, "3-later.txt", '"We will open it later," Governor Okafor said on Saturday.')
    ingest(CaseStore(db), [str(folder)], batch_size=1)
    store = CaseStore(db)
    people = {p["name"]: p["id"] for p in store.participants()}
    current = {d["id"] for d in store.documents() if d["superseded_by"] is None}
    said = {name: sorted(s["text"] for s in store.statements() if s["speaker_id"] == people[name])
            for name in ("Okafor", "Samuel Okafor")}
    assert said == {"Okafor": ["We will not expand it", "We will open it later"], "Samuel Okafor": ["It is ready"]}
    assert all(s["document_id"] in current for s in store.statements())
    assert run_cli("--db", str(db), "check").returncode == 0


def test_the_writers_lookups_follow_another_process_between_batches(tmp_path, db):
    from casefile.articles import read_article
    from casefile.extract import extract
    from casefile.records import CaseIndex, case_writer

    path = write_article(tmp_path, "a.txt", "Version one.")
    ours, theirs, index = CaseStore(db), CaseStore(db), CaseIndex()

    def add(store, idx=None):
        article = read_article(path)
        with case_writer(store, idx) as writer:
            if writer.add_document(article.document, article.format) != "present":
                writer.add_extraction(article.document.id, extract(article.document))

    add(ours, index)
    path.write_text(" date 2024-05-02 Version two.", encoding="utf-8")
    add(theirs)  # another process supersedes version one
    path.write_text(" date 2024-05-02 Version three.", encoding="utf-8")
    add(ours, index)  # must supersede version two, which our lookups never saw
    docs = {d["version"]: d for d in CaseStore(db).documents()}
    assert sorted(docs) == [1, 2, 3]
    assert docs[3]["supersedes"] == docs[2]["id"] and docs[2]["superseded_by"] == docs[3]["id"]
