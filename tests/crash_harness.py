"""Kill ingest at random moments and check that the store survives every time.

Run by hand for a long run:  python tests/crash_harness.py 500
(the test suite runs a short one). After each SIGKILL the store must open, pass
``casefile check``, and hold exactly the documents of the batches that were saved
before the kill, each with everything extraction finds in it.
"""
from __future__ import annotations

import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from casefile.articles import read_article  # noqa: E402
from casefile.check import check_store  # noqa: E402
from casefile.extract import extract  # noqa: E402
from store import CaseStore  # noqa: E402

BATCH_SIZE = 4

CHILD = """
import sys
from casefile.ingest import ingest
from store import CaseStore
files = sys.argv[2:]
ingest(CaseStore(sys.argv[1]), files, batch_size=%d,
       on_progress=lambda done, total: print(done, flush=True))
""" % BATCH_SIZE


def article_files(folder: Path, count: int) -> list[Path]:
    """Real articles when ../shared is there, else generated ones with quotes and dates."""
    corpus = REPO.parent / "shared" / "corpus"
    if corpus.is_dir():
        return sorted(corpus.glob("*.txt"))[:count]
    files = []
    for i in range(count):
        path = folder / f"article-{i:03}.txt"
        path.write_text(
            f' date 2024-03-{1 + i % 28:02} LORVIK, March {1 + i % 28} (Wire) -- Mayor Anna Lind met '
            f'council members on Tuesday about plan {i}.\n\n"We will finish plan {i} soon," Lind said.\n\n'
            f"The council said that the plan would cost {i} million marks.", encoding="utf-8")
        files.append(path)
    return files


class Expected:
    """What a fully saved store holds, per batch and per document."""

    def __init__(self, files: list[Path]):
        self.batches = [files[i:i + BATCH_SIZE] for i in range(0, len(files), BATCH_SIZE)]
        self.batch_ids = []
        self.statements: Counter = Counter()
        self.events: Counter = Counter()
        for batch in self.batches:
            ids = set()
            for path in batch:
                doc = read_article(path).document
                ids.add(doc.id)
                found = extract(doc)
                self.statements[doc.id] = len(found.statements)
                self.events[doc.id] = len(found.events)
            self.batch_ids.append(ids)

    def prefix(self, n_batches: int) -> set[str]:
        return set().union(*self.batch_ids[:n_batches])


def check_after_kill(db: Path, expected: Expected, held_before: int, reported: int) -> int:
    """Assert the store's invariants; return how many batches it holds.

    ``reported`` batches were seen saved by the killed run; one more may have been
    saved just before the kill cut its report short.
    """
    store = CaseStore(db)
    problems = check_store(store)
    assert not problems, problems[:5]
    stored = {d["id"] for d in store.documents()}
    allowed = sorted({max(held_before, reported), max(held_before, min(reported + 1, len(expected.batches)))})
    held = next((n for n in allowed if stored == expected.prefix(n)), None)
    assert held is not None, f"store holds {len(stored)} documents, not the first {allowed} batches"
    statements, events = Counter(), Counter()
    for st in store.statements():
        statements[st["document_id"]] += 1
    for ev in store.events():
        events[ev["document_id"]] += 1
    for doc_id in stored:
        assert statements[doc_id] == expected.statements[doc_id], f"document {doc_id} lost statements"
        assert events[doc_id] == expected.events[doc_id], f"document {doc_id} lost events"
    return held


def has_torn_tail(db: Path) -> bool:
    """The kill cut an append short: the file does not end with a batch's commit line."""
    if not db.exists():
        return False
    *_, last_line, after_it = db.read_bytes().split(b"\n")
    return after_it != b"" or not last_line.startswith(b'["commit",')


def run(kills: int, n_articles: int = 40, seed: int = 1, max_delay_s: float = 0.9) -> dict:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = article_files(folder, n_articles)
        expected = Expected(files)
        db = folder / "case.json"
        complete_runs = held = torn_tails = 0
        for _ in range(kills):
            child = subprocess.Popen([sys.executable, "-c", CHILD, str(db), *map(str, files)],
                                     cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            time.sleep(rng.uniform(0.05, max_delay_s))
            child.send_signal(signal.SIGKILL)
            out, err = child.communicate()
            assert child.returncode in (0, -signal.SIGKILL), f"ingest failed by itself: {err.strip()[-300:]}"
            torn_tails += has_torn_tail(db)
            held = check_after_kill(db, expected, held, reported=out.count("\n"))
            if held == len(expected.batches):
                complete_runs += 1
                held = 0
                db.unlink()  # start afresh so that later kills land in fresh writes too
        return {"kills": kills, "articles": len(files), "complete_runs": complete_runs, "torn_tails": torn_tails}


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    print(run(count))
