"""The store's own figures: ingest into a fresh store, opening a store, reading it whole.

    python benchmarks/store_bench.py ingest ARTICLES_DIR [--jobs 1 2] [--repeat 3]
    python benchmarks/store_bench.py open STORE [--repeat 3]

Each run is a child process (a fresh interpreter, nothing cached), so its peak RSS
(VmHWM) is its own. The machine is shared, so CPU time (user + system) is printed
beside wall time; medians of ``--repeat`` runs.

ingest: ``casefile.ingest.ingest`` into a fresh store in a temporary folder. CPU of
the parent process, of its worker processes, and (with one job, where extraction
runs in the parent) of ``extract()`` alone, so "outside extract" is the parent's
own work: reading, the CaseWriter, saving.

open: ``CaseStore(path)``, then every record of every table read through
``scan(table)`` (``all(table)`` for a store that has no ``scan``), each in its own
child: time and peak RSS of opening alone, and of opening and reading all.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TABLES = ("documents", "participants", "statements", "events", "annotations")


def vm_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# ---- children: one measurement each, a JSON line on stdout ---------------------------------

def child_ingest(db: str, jobs: int, articles: str) -> dict:
    import casefile.ingest as ingest_module
    from store import CaseStore

    extract_cpu = [0.0]
    if jobs == 1:  # extraction runs here: time it apart from the rest
        real_extract = ingest_module.extract

        def timed_extract(document):
            t0 = time.process_time()
            try:
                return real_extract(document)
            finally:
                extract_cpu[0] += time.process_time() - t0

        ingest_module.extract = timed_extract
    wall0, cpu0 = time.perf_counter(), cpu_self()
    report = ingest_module.ingest(CaseStore(db), [articles], jobs=jobs)
    wall, cpu = time.perf_counter() - wall0, cpu_self() - cpu0
    return {"wall_s": wall, "parent_cpu_s": cpu, "workers_cpu_s": cpu_children(),
            "extract_cpu_s": extract_cpu[0] if jobs == 1 else None,
            "outside_extract_cpu_s": cpu - extract_cpu[0] if jobs == 1 else cpu,
            "added": len(report.added), "failed": len(report.failed),
            "parent_peak_mib": vm_kib("VmHWM") / 1024,
            "workers_peak_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            "store_mib": Path(db).stat().st_size / 2**20}


def child_open(path: str, read_all: bool) -> dict:
    before = vm_kib("VmRSS")
    from store import CaseStore

    imported = vm_kib("VmRSS")
    t0, c0 = time.perf_counter(), time.process_time()
    store = CaseStore(path)
    opened = {"open_wall_s": time.perf_counter() - t0, "open_cpu_s": time.process_time() - c0,
              "open_rss_mib": vm_kib("VmRSS") / 1024, "open_peak_mib": vm_kib("VmHWM") / 1024}
    out = {"start_rss_mib": before / 1024, "imported_rss_mib": imported / 1024, **opened,
           "counts": store.counts()}
    if read_all:
        t0, c0 = time.perf_counter(), time.process_time()
        records = 0
        for table in TABLES:
            rows = store.scan(table) if hasattr(store, "scan") else store.all(table)
            for _ in rows:
                records += 1
            rows = None
        out.update(read_wall_s=time.perf_counter() - t0, read_cpu_s=time.process_time() - c0,
                   records=records, read_rss_mib=vm_kib("VmRSS") / 1024, read_peak_mib=vm_kib("VmHWM") / 1024,
                   reader=("scan" if hasattr(store, "scan") else "all"))
    return out


# ---- the parent: runs the children, prints medians -------------------------------------

def run_child(*args: str) -> dict:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    if done.returncode != 0:
        raise SystemExit(f"child {args} failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def summarise(runs: list[dict]) -> dict:
    """Medians; and the fastest wall time, the least disturbed by other work on the machine."""
    keys = [k for k, v in runs[0].items() if isinstance(v, float)]
    return {k: round(statistics.median(r[k] for r in runs), 3) for k in keys} | {
        k: v for k, v in runs[0].items() if not isinstance(v, float)} | {
        f"fastest_{k}": round(min(r[k] for r in runs), 3) for k in ("wall_s", "open_wall_s") if k in runs[0]}


def bench_ingest(articles: str, jobs_list: list[int], repeat: int) -> dict:
    out = {}
    runs: dict[int, list[dict]] = {jobs: [] for jobs in jobs_list}
    for r in range(repeat):  # interleaved, so that a busy spell on the machine hits all alike
        for jobs in jobs_list:
            with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
                runs[jobs].append(run_child("_ingest", str(Path(tmp) / "case.json"), str(jobs), articles))
            print(f"ingest -j {jobs} run {r + 1}: {json.dumps(runs[jobs][-1])}", file=sys.stderr, flush=True)
    return {f"-j {jobs}": summarise(job_runs) for jobs, job_runs in runs.items()}


def bench_open(store: str, repeat: int) -> dict:
    out = {}
    for read_all in (False, True):
        runs = [run_child("_open", store, str(int(read_all))) for _ in range(repeat)]
        out["open and read all" if read_all else "open"] = summarise(runs)
    return out


def main(argv: list[str]) -> None:
    if argv and argv[0] == "_ingest":
        print(json.dumps(child_ingest(argv[1], int(argv[2]), argv[3])))
        return
    if argv and argv[0] == "_open":
        print(json.dumps(child_open(argv[1], bool(int(argv[2])))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("ingest", "open"))
    parser.add_argument("path")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    result = (bench_ingest(args.path, args.jobs, args.repeat) if args.what == "ingest"
              else bench_open(args.path, args.repeat))
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
