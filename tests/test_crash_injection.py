"""Ingest killed at random moments, and killed in the middle of appending a batch: store intact."""
import signal
import subprocess
import sys

from conftest import REPO
from crash_harness import BATCH_SIZE, Expected, article_files, check_after_kill, has_torn_tail, run

from store import CaseStore


def test_ingest_survives_random_kills():
    result = run(kills=12, n_articles=24, seed=7)
    assert result["kills"] == 12


# The child's second append writes half its batch, then the process is killed.
KILLED_MID_APPEND = """
import os, signal, sys
from store import journal
from casefile.ingest import ingest
from store import CaseStore

appends = []

def half_then_killed(self, payload):
    appends.append(1)
    if len(appends) == 2:
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
        os.write(fd, payload[:len(payload) // 2])
        os.kill(os.getpid(), signal.SIGKILL)
    real_write_at_end(self, payload)

real_write_at_end = journal.Journal._write_at_end
journal.Journal._write_at_end = half_then_killed
ingest(CaseStore(sys.argv[1]), sys.argv[2:], batch_size=%d)
""" % BATCH_SIZE


def test_a_batch_torn_by_a_kill_mid_append_is_ignored_then_cut_off(tmp_path):
    files = article_files(tmp_path, 4 * BATCH_SIZE)
    expected = Expected(files)
    db = tmp_path / "case.json"
    child = subprocess.run([sys.executable, "-c", KILLED_MID_APPEND, str(db), *map(str, files)], cwd=REPO)
    assert child.returncode == -signal.SIGKILL
    assert has_torn_tail(db)
    # the first batch made the file, the second was appended, the third torn
    assert check_after_kill(db, expected, held_before=2, reported=2) == 2
    resumed = subprocess.run([sys.executable, "-m", "casefile", "--db", str(db), "ingest", *map(str, files)],
                             cwd=REPO, capture_output=True)
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert not has_torn_tail(db)
    assert check_after_kill(db, expected, held_before=4, reported=4) == 4
    assert CaseStore(db).count("documents") == 4 * BATCH_SIZE
    assert sorted(p.name for p in db.parent.iterdir() if p.name.startswith(db.name)) == [db.name, db.name + ".lock"]
