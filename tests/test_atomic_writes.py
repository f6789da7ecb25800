"""A writer killed at any moment leaves the old store or the new one, never a torn file."""
from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

from conftest import REPO

from store import CaseStore

BATCH = 3000

WRITE_FOREVER = f"""
import sys
from store import CaseStore
store = CaseStore(sys.argv[1])
n = store.count("statements")
print("ready", flush=True)
while True:
    with store.batch() as b:
        for i in range(n, n + {BATCH}):
            b.put("statements", {{"id": f"s{{i}}", "text": "words " * 20}})
    n += {BATCH}
"""


def test_killed_writer_leaves_a_loadable_store(db):
    rng = random.Random(20261123)
    for _ in range(12):
        writer = subprocess.Popen([sys.executable, "-c", WRITE_FOREVER, str(db)], cwd=REPO,
                                  stdout=subprocess.PIPE, text=True)
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.4))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        count = CaseStore(db).count("statements")  # raises if the file were torn
        assert count % BATCH == 0
    assert count > 0
    with CaseStore(db).batch() as b:  # the next save clears what killed writers left behind
        b.put("documents", {"id": "d"})
    assert sorted(p.name for p in db.parent.iterdir()) == sorted([db.name, db.name + ".lock"])
