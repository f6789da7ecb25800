"""casefile benchmarks: speed and memory on a large generated case, each figure a median.

    .venv/bin/python benchmarks/run.py                 # the 10k-article case (~100k statements)
    .venv/bin/python benchmarks/run.py --quick         # 1k articles, to iterate fast
    .venv/bin/python benchmarks/run.py --json out.json --only search,fzf

Generated articles and built stores are cached under --workdir (default
/tmp/casefile-bench) and reused. The tables are printed as Markdown, so they can be
pasted into benchmarks/README.md as they are. These are benchmarks, not tests: nothing
fails, each target only gets PASS or FAIL beside its figure.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The code measured: a snapshot of casefile/ and store/ taken when the run starts (see
# snapshot_code), so that edits made to the working tree during a long run do not mix
# two versions; children find it through PYTHONPATH.
CODE = Path(os.environ.get("CASEFILE_BENCH_CODE", str(REPO)))
sys.path.insert(0, str(CODE))
sys.path.insert(1, str(REPO / "benchmarks"))

PY = sys.executable
SEEDS = REPO.parent / "shared" / "seeds"
SECTIONS = ("ingest", "extract", "open", "search", "fzf", "tui", "process", "memory")

# Queries: every prefix (1 to 15 characters) of real phrases of the corpus, and a few
# multi-word queries as an analyst would type them.
PREFIX_PHRASES = ("china is willing", "the two countries", "united states and", "economic cooperation")
MULTI_WORD = ("prime minister", "president xi", "we will", '"belt and road"', "covid 19 pandemic",
              "human rights")
TYPED = ("china is willin", "economic cooper")  # typed one key at a time in the app

# Targets (on a 2-core machine), printed beside the figures.
SEARCH_P99_MS = 10.0
SEARCH_VS_FZF = 10.0
KEYSTROKE_MS = 50.0
FIRST_PAINT_VS_IMPORT = 2.0
INGEST_SEED_PER_S = 300.0
PEAK_MB = 300.0

CHILD_PREFIX = "BENCH "  # lines a child process reports on


# ---- small helpers ---------------------------------------------------------------------

def median(xs):
    return statistics.median(xs) if xs else float("nan")


def pct(xs, p):
    """The p-th percentile, nearest rank (p99 of 50 samples is the largest)."""
    if not xs:
        return float("nan")
    s = sorted(xs)
    k = max(0, min(len(s) - 1, int(-(-p * len(s) // 100)) - 1))
    return s[k]


def ms(seconds):
    return seconds * 1000.0


def verdict(ok):
    return "PASS" if ok else "FAIL"


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def peak_kib():
    """This process's peak RSS since its exec (VmHWM). Not ru_maxrss: Linux carries a parent's
    high-water mark into a child across fork and exec, so a child of this (large) process
    would report at least this process's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# Runs a command and reports its peak RSS (wait4, its own children included) on stderr. The
# launcher is a fresh small process, so the command does not inherit this process's mark.
LAUNCHER = ("import os, sys\npid = os.fork()\nif pid == 0:\n    os.execvp(sys.argv[1], sys.argv[1:])\n"
            "_, status, usage = os.wait4(pid, 0)\nsys.stderr.write('BENCH-MAXRSS %d\\n' % usage.ru_maxrss)\n"
            "sys.exit(os.waitstatus_to_exitcode(status))")


def casefile_cmd():
    return [PY, "-m", "casefile"]  # `casefile` itself, from the snapshot (PYTHONPATH)


def snapshot_code(workdir: Path) -> Path:
    """Copy casefile/ and store/ to WORKDIR/code and make every later import (here and in
    children) use that copy."""
    global CODE
    code = workdir / "code"
    shutil.rmtree(code, ignore_errors=True)
    for package in ("casefile", "store"):
        shutil.copytree(REPO / package, code / package, ignore=shutil.ignore_patterns("__pycache__"))
    CODE = code
    os.environ["CASEFILE_BENCH_CODE"] = str(code)
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(code), os.environ.get("PYTHONPATH")]))
    sys.path.insert(0, str(code))
    return code


def machine():
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_kb = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "ram_gib": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "textual": textual_version(),
        "fzf": fzf_version(),
        "commit": machine_commit(),
        "load_average_at_start": os.getloadavg(),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


def textual_version():
    try:
        import textual
        return textual.__version__
    except Exception:  # noqa: BLE001
        return "not installed"


def fzf_version():
    fzf = shutil.which("fzf")
    return subprocess.run([fzf, "--version"], capture_output=True, text=True).stdout.strip() if fzf else None


def machine_commit():
    try:
        commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "casefile", "store"],
                               capture_output=True, text=True).stdout.strip()
        if dirty:  # name the exact working tree measured: a hash of its diff against HEAD
            import hashlib
            diff = subprocess.run(["git", "-C", str(REPO), "diff", "HEAD", "--", "casefile", "store"],
                                  capture_output=True).stdout
            dirty = hashlib.sha1(diff).hexdigest()[:10]
    except OSError:
        commit, dirty = "", ""
    return commit + (f" + uncommitted changes in casefile/ or store/ (diff sha1 {dirty})" if dirty else "")


# ---- inputs: generated articles and the store built from them --------------------------

class Inputs:
    def __init__(self, workdir: Path, articles: int, paragraphs: int, seed: int):
        self.workdir = workdir
        self.n = articles
        tag = f"{articles}-p{paragraphs}-s{seed}"
        self.articles = workdir / f"articles-{tag}"
        self.store = workdir / f"store-{tag}.json"
        self.lines = workdir / f"lines-{tag}.txt"
        self.paragraphs, self.seed = paragraphs, seed

    def prepare(self, version: str):
        """Generate the articles and build the store when not cached; ``version`` names the
        code measured (the snapshot), which builds the store."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        done = self.articles / ".complete"
        if not done.exists():
            log(f"generating {self.n} articles of {self.paragraphs} paragraphs in {self.articles}")
            from generate import generate
            shutil.rmtree(self.articles, ignore_errors=True)
            generate(self.articles, self.n, self.seed, self.paragraphs)
            done.write_text("ok\n")
        if not self.store.exists():
            log(f"building the store {self.store} (casefile ingest -j {os.cpu_count()})")
            tmp = self.store.with_suffix(".building.json")
            tmp.unlink(missing_ok=True)
            t0 = time.perf_counter()
            subprocess.run(casefile_cmd() + ["--db", str(tmp), "ingest", "-j", str(os.cpu_count() or 1),
                                             str(self.articles)], check=True, stdout=subprocess.DEVNULL,
                           cwd=self.workdir)  # not the repository: `-m` would put its casefile/ first
            log(f"built in {time.perf_counter() - t0:.1f} s")
            tmp.rename(self.store)
            Path(str(tmp) + ".lock").unlink(missing_ok=True)
            self.built_by.write_text(version + "\n")

    @property
    def built_by(self) -> Path:
        """Which code built the cached store: a store of older code may be shaped differently."""
        return self.store.with_suffix(".built-by")

    def store_note(self, version: str) -> str:
        made = self.built_by.read_text().strip() if self.built_by.exists() else "unknown code"
        return f"store built by {made}" + ("" if made == version else
                                           " (not the code measured: delete it to rebuild)")

    def article_bytes(self):
        return sum(p.stat().st_size for p in self.articles.glob("*.txt"))


# ---- 1. ingest and extraction -------------------------------------------------------------

def bench_ingest(inp: Inputs, repeat: int, results: dict):
    total_bytes = inp.article_bytes()
    seed_bytes = statistics.mean(p.stat().st_size for p in SEEDS.glob("*.txt")) if SEEDS.exists() else None
    fresh = inp.workdir / "ingest-fresh.json"
    out = {"articles": inp.n, "bytes": total_bytes, "seed_mean_bytes": seed_bytes, "runs": {}}
    for jobs in sorted({1, os.cpu_count() or 1}):
        times, peaks = [], []
        for r in range(repeat):
            for p in (fresh, Path(str(fresh) + ".lock")):
                p.unlink(missing_ok=True)
            log(f"ingest -j {jobs}, run {r + 1}/{repeat}")
            t0 = time.perf_counter()
            done = subprocess.run([PY, "-c", LAUNCHER] + casefile_cmd() + [
                "--db", str(fresh), "ingest", "-j", str(jobs), str(inp.articles)],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                cwd=inp.workdir)  # not the repository: `-m` would put its casefile/ first
            times.append(time.perf_counter() - t0)
            if done.returncode != 0:
                raise RuntimeError(f"casefile ingest failed ({done.returncode}): {done.stderr[-1000:]}")
            peaks.append(int(done.stderr.rsplit("BENCH-MAXRSS ", 1)[1].split()[0]) / 1024)
            log(f"  {times[-1]:.1f} s, peak {peaks[-1]:.0f} MiB")
        t = median(times)
        out["runs"][str(jobs)] = {
            "seconds": times, "median_s": t, "articles_per_s": inp.n / t, "peak_mib": peaks,
            "kib_per_s": total_bytes / 1024 / t,
            "seed_sized_per_s": (total_bytes / seed_bytes) / t if seed_bytes else None,
        }
    for p in (fresh, Path(str(fresh) + ".lock")):
        p.unlink(missing_ok=True)
    results["ingest"] = out


def bench_extract(repeat: int, results: dict):
    from casefile.articles import read_article
    from casefile.extract import extract

    docs = [read_article(p).document for p in sorted(SEEDS.glob("*.txt"))]
    if not docs:
        results["extract"] = {"note": f"no seed documents in {SEEDS}"}
        return
    for d in docs:  # warm up (imports, regex compilation)
        extract(d)
    per_doc = {}
    for d in docs:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            extract(d)
            times.append(time.perf_counter() - t0)
        per_doc[d.source] = {"bytes": sum(len(p) for p in d.paragraphs), "us": [t * 1e6 for t in times],
                             "median_us": median(times) * 1e6}
    mean_us = statistics.mean(v["median_us"] for v in per_doc.values())
    results["extract"] = {"documents": per_doc, "mean_median_us": mean_us, "articles_per_s": 1e6 / mean_us}


# ---- 2. opening the store ---------------------------------------------------------------

def bench_open(inp: Inputs, repeat: int, results: dict):
    from casefile.caseview import Case
    from store import CaseStore

    opens, cases = [], []
    for r in range(repeat):
        t0 = time.perf_counter()
        store = CaseStore(inp.store)
        t1 = time.perf_counter()
        case = Case.from_store(store)
        t2 = time.perf_counter()
        opens.append(t1 - t0)
        cases.append(t2 - t1)
        log(f"open run {r + 1}/{repeat}: CaseStore {t1 - t0:.2f} s, Case.from_store {t2 - t1:.2f} s")
        del store, case
    store = CaseStore(inp.store)
    results["open"] = {
        "store_mib": inp.store.stat().st_size / 2**20, "counts": store.counts(),
        "casestore_s": opens, "casestore_median_s": median(opens),
        "from_store_s": cases, "from_store_median_s": median(cases),
    }


# ---- 3 and 4. search, and fzf beside it ----------------------------------------------------

def queries():
    """(group, query): group is the query length for prefixes, "words" for the multi-word ones."""
    out = []
    for n in range(1, 16):
        for phrase in PREFIX_PHRASES:
            q = phrase[:n]
            if q.strip() and not q.endswith(" "):
                out.append((n, q))
    out += [("words", q) for q in MULTI_WORD]
    return out


def load_case(inp: Inputs):
    from casefile.caseview import Case
    from store import CaseStore

    return Case.from_store(CaseStore(inp.store))


def statement_pairs(case):
    return [(s.text, s.speaker_name) for s in case.statements]


def bench_search(pairs, repeat: int, results: dict):
    from casefile.search import SearchIndex

    t0 = time.perf_counter()
    index = SearchIndex(pairs)
    build = time.perf_counter() - t0
    prepare = None
    if hasattr(index, "prepare"):  # an index built ahead of the first query (the app does so on load)
        t0 = time.perf_counter()
        index.prepare()
        prepare = time.perf_counter() - t0
    qs = queries()
    t0 = time.perf_counter()
    index.search(qs[0][1])
    first = time.perf_counter() - t0  # word lists are made on first need: the first query pays for them
    for _, q in qs:  # warm up every query once
        index.search(q)
    per_query = {}
    for r in range(repeat):
        for group, q in qs:
            t0 = time.perf_counter()
            found = index.search(q)
            dt = time.perf_counter() - t0
            entry = per_query.setdefault(q, {"group": group, "times": [], "matches": len(found)})
            entry["times"].append(dt)
    results["search"] = {"statements": len(index), "build_s": build, "prepare_s": prepare, "first_query_s": first,
                         "first_query": qs[0][1], "queries": per_query}


def write_lines(pairs, path: Path):
    with path.open("w", encoding="utf-8") as f:
        for text, speaker in pairs:
            f.write(f"{text} — {speaker}".replace("\n", " ").replace("\r", " ") + "\n")


def bench_fzf(pairs, path: Path, repeat: int, results: dict):
    fzf = shutil.which("fzf")
    if not fzf:
        results["fzf"] = {"note": "fzf not installed (apt-get install fzf): column skipped"}
        return
    write_lines(pairs, path)

    def run(q, source):
        with open(source, "rb") as f:
            t0 = time.perf_counter()
            subprocess.run([fzf, "--filter", q], stdin=f, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return time.perf_counter() - t0

    empty = path.with_suffix(".empty")
    empty.write_text("")
    start = [run("x", empty) for _ in range(repeat)]  # process start on no input: the floor
    per_query = {}
    qs = queries()
    for _, q in qs:
        run(q.replace('"', ""), path)  # warm the page cache
    for r in range(repeat):
        for group, q in qs:
            # fzf's extended search also ANDs space-separated terms; an fzf phrase would be 'quoted.
            dt = run(q.replace('"', ""), path)
            per_query.setdefault(q, {"group": group, "times": []})["times"].append(dt)
    results["fzf"] = {"lines": len(pairs), "file": str(path), "process_start_s": start,
                      "process_start_median_s": median(start), "queries": per_query}


def by_group(per_query):
    groups = {}
    for q, e in per_query.items():
        g = groups.setdefault(e["group"], {"queries": [], "times": []})
        g["queries"].append(q)
        g["times"] += e["times"]
    return groups


# ---- 5 and 6. the app: in-process under Pilot, and as a process ------------------------------

def make_probe_app(store_path: Path, marks: dict):
    """CaseFileApp, recording when it paints and when the case screen shows search results."""
    from casefile.tui.app import CaseFileApp
    from store import CaseStore

    class ProbeApp(CaseFileApp):
        CSS_PATH = str(Path(sys.modules[CaseFileApp.__module__].__file__).parent / CaseFileApp.CSS_PATH)

        def _display(self, screen, renderable):
            super()._display(screen, renderable)
            if renderable is None or self._batch_count:
                return
            now = time.perf_counter()
            marks.setdefault("first_paint", now)
            marks["last_paint"] = now
            marks["paints"] = marks.get("paints", 0) + 1
            waiter = marks.get("waiter")
            if waiter is not None and waiter(now):
                marks["waiter"] = None

        def show_case(self, store, case, index):
            marks["case_loaded"] = time.perf_counter()
            super().show_case(store, case, index)
            marks["case_shown"] = time.perf_counter()

    return ProbeApp(lambda: CaseStore(store_path))


def shown_results(screen):
    """The search results the case screen shows, or None when no search is shown (either
    the ``search`` or the older ``search_matches`` attribute)."""
    for name in ("search", "search_matches"):
        value = getattr(screen, name, None)
        if value is not None and not callable(value):
            return value
    return None


async def wait_until(pred, timeout=120.0, step=0.0005):
    end = time.perf_counter() + timeout
    while not pred():
        if time.perf_counter() > end:
            raise TimeoutError("the app did not get there in time")
        await asyncio.sleep(step)


async def pilot_session(store_path: Path, typed: tuple[str, ...], rounds: int, t_created: list | None = None):
    """One app run under Pilot: start-up marks, then per keystroke (echo, results) seconds."""
    from casefile.tui.case_screen import CaseScreen
    from textual.widgets import Input

    marks: dict = {}
    t0 = time.perf_counter()
    app = make_probe_app(store_path, marks)
    marks["constructed"] = t0
    keys = []
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_until(lambda: "case_shown" in marks and isinstance(app.screen, CaseScreen))
        shown_paint = marks.get("paints", 0)
        await wait_until(lambda: marks.get("paints", 0) > shown_paint)  # the case screen painted
        marks["case_painted"] = marks["last_paint"]
        screen = app.screen
        state = {"query": None, "shown_at": None}
        original = screen.show_search

        def show_search(query, *rest, **kw):
            original(query, *rest, **kw)
            if query == state["query"]:
                state["shown_at"] = time.perf_counter()
        screen.show_search = show_search
        search = screen.query_one("#search", Input)
        for r in range(rounds):
            for phrase in typed:
                await pilot.press("escape", "escape")
                await pilot.press("slash")
                await pilot.pause()
                for i, ch in enumerate(phrase):
                    query = phrase[:i + 1]
                    state.update(query=query, shown_at=None)
                    hit = {}

                    def waiter(now, hit=hit):
                        hit.setdefault("echo", now)  # the first paint after the key: the typed character
                        if state["shown_at"] is not None and now >= state["shown_at"]:
                            hit["results"] = now  # the first paint after the results reached the list
                            return True
                        return False
                    marks["waiter"] = waiter
                    t_key = time.perf_counter()
                    await pilot.press("space" if ch == " " else ch)
                    await wait_until(lambda: "results" in hit, timeout=30)
                    assert search.value == query, (search.value, query)
                    keys.append({"round": r, "query": query, "length": len(query),
                                 "echo_s": hit["echo"] - t_key, "results_s": hit["results"] - t_key,
                                 "search_done_s": state["shown_at"] - t_key,
                                 "matches": len(shown_results(screen) or ())})
        await pilot.press("escape", "escape")
    start = {k: marks[k] - t0 for k in ("first_paint", "case_loaded", "case_shown", "case_painted")}
    return start, keys


def bench_tui(inp: Inputs, repeat: int, key_rounds: int, results: dict):
    try:
        import casefile.tui.app  # noqa: F401
    except Exception as exc:  # noqa: BLE001
        results["tui"] = {"note": f"casefile.tui.app not importable: {exc}"}
        return
    starts, keys = [], []
    for r in range(repeat):
        log(f"app under Pilot, run {r + 1}/{repeat}")
        start, k = asyncio.run(pilot_session(inp.store, TYPED, key_rounds if r == 0 else 0))
        starts.append(start)
        keys += k
        log(f"  first paint {ms(start['first_paint']):.0f} ms, case painted {start['case_painted']:.2f} s")
    results["tui"] = {
        "starts": starts,
        "first_paint_median_s": median([s["first_paint"] for s in starts]),
        "case_painted_median_s": median([s["case_painted"] for s in starts]),
        "keys": keys,
    }


def child_app(store: str, report_fd: int, typed: str):
    """In a child process: run the app under Pilot, report times (system-wide monotonic clock)
    and peak memory."""
    t_main = time.monotonic()

    def report(**kv):
        os.write(report_fd, (CHILD_PREFIX + json.dumps(kv) + "\n").encode())

    async def main():
        from casefile.tui.case_screen import CaseScreen

        marks: dict = {}
        app = make_probe_app(Path(store), marks)
        async with app.run_test(size=(160, 48)) as pilot:
            await wait_until(lambda: "first_paint" in marks)
            report(first_paint=time.monotonic() - (time.perf_counter() - marks["first_paint"]))
            await wait_until(lambda: isinstance(app.screen, CaseScreen))
            n = marks.get("paints", 0)
            await wait_until(lambda: marks.get("paints", 0) > n)
            report(case_painted=time.monotonic() - (time.perf_counter() - marks["last_paint"]),
                   rss_case_kib=peak_kib())
            if typed:
                await pilot.press("slash")
                for ch in typed:
                    await pilot.press("space" if ch == " " else ch)
                search = app.screen.query_one("#search")
                await wait_until(lambda: search.value == typed and shown_results(app.screen) is not None, timeout=60)
                await asyncio.sleep(0.5)  # let any search still running finish
                await pilot.pause()
        report(rss_kib=peak_kib(), main_at=t_main)

    asyncio.run(main())


def child_case(store: str, report_fd: int):
    """In a child process: Case.from_store and a SearchIndex, then every benchmark query once."""
    from casefile.caseview import Case, StatementTexts
    from casefile.search import SearchIndex
    from store import CaseStore

    opened = CaseStore(store)
    case = Case.from_store(opened)
    opened.release()  # as the app does
    index = SearchIndex(StatementTexts(case.statements))  # as the app builds it
    if hasattr(index, "prepare"):
        index.prepare()
    built = peak_kib()
    for _, q in queries():
        index.search(q)
    after = peak_kib()
    os.write(report_fd, (CHILD_PREFIX + json.dumps({"rss_built_kib": built, "rss_kib": after}) + "\n").encode())


def run_child(args: list[str]) -> tuple[float, dict, int]:
    """Run ``run.py --child ...``; returns (spawn time on the monotonic clock, merged reports, maxrss KiB)."""
    r, w = os.pipe()
    t_spawn = time.monotonic()
    proc = subprocess.Popen([PY, str(Path(__file__).resolve()), "--child", *args, "--report-fd", str(w)],
                            pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(w)
    with os.fdopen(r, "rb") as f:
        data = f.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if proc.returncode != 0:
        raise RuntimeError(f"child {args[0]} failed ({proc.returncode}): {err[-2000:]}")
    merged = {}
    for line in data.decode().splitlines():
        if line.startswith(CHILD_PREFIX):
            merged.update(json.loads(line[len(CHILD_PREFIX):]))
    return t_spawn, merged, usage.ru_maxrss


def bench_process(inp: Inputs, repeat: int, fast_repeat: int, results: dict):
    def wall(code):
        t0 = time.perf_counter()
        subprocess.run([PY, "-c", code], check=True)
        return time.perf_counter() - t0

    out = {}
    codes = (("python", "pass"), ("import textual", "import textual"), ("import textual.app", "import textual.app"),
             ("import casefile.tui.app", "import casefile.tui.app"))
    for name, code in codes:
        wall(code)
        out[name] = {"seconds": []}
    for _ in range(fast_repeat):  # interleaved, so a busy moment of the machine hits them alike
        for name, code in codes:
            out[name]["seconds"].append(wall(code))
    for name, _ in codes:
        out[name]["median_s"] = median(out[name]["seconds"])
    try:
        import casefile.tui.app  # noqa: F401
    except Exception as exc:  # noqa: BLE001
        out["note"] = f"casefile.tui.app not importable: {exc}"
        results["process"] = out
        return
    runs = []
    for r in range(repeat):
        log(f"app in a child process, run {r + 1}/{repeat}")
        t_spawn, rep, maxrss = run_child(["app", str(inp.store), "--typed", TYPED[0]])
        runs.append({"first_paint_s": rep["first_paint"] - t_spawn, "case_painted_s": rep["case_painted"] - t_spawn,
                     "interpreter_to_main_s": rep["main_at"] - t_spawn,
                     "rss_case_kib": rep["rss_case_kib"], "rss_kib": rep["rss_kib"],
                     "wait4_maxrss_kib_inherited_mark": maxrss})
        log(f"  first paint {ms(runs[-1]['first_paint_s']):.0f} ms, case painted {runs[-1]['case_painted_s']:.2f} s, "
            f"peak {runs[-1]['rss_kib'] / 1024:.0f} MiB")
    out["app"] = runs
    out["first_paint_median_s"] = median([x["first_paint_s"] for x in runs])
    out["case_painted_median_s"] = median([x["case_painted_s"] for x in runs])
    out["app_peak_median_mib"] = median([x["rss_kib"] / 1024 for x in runs])
    results["process"] = out


def bench_memory(inp: Inputs, repeat: int, results: dict):
    runs = []
    for r in range(repeat):
        _, rep, maxrss = run_child(["case", str(inp.store)])
        runs.append({"rss_built_kib": rep["rss_built_kib"], "rss_kib": rep["rss_kib"],
                     "wait4_maxrss_kib_inherited_mark": maxrss})
    results["memory"] = {"case_index": runs,
                         "case_index_built_median_mib": median([x["rss_built_kib"] / 1024 for x in runs]),
                         "case_index_median_mib": median([x["rss_kib"] / 1024 for x in runs])}


# ---- the report -------------------------------------------------------------------------

def report(results: dict) -> str:
    lines = []
    m = results["machine"]
    lines.append(f"Machine: {m['nproc']} CPUs ({m['cpu']}), {m['ram_gib']} GiB RAM, Python {m['python']}, "
                 f"Textual {m['textual']}, fzf {m['fzf'] or 'missing'}; casefile {m['commit']}; "
                 f"load average at start {', '.join(f'{x:.2f}' for x in m['load_average_at_start'])}; {m['date']}.")
    c = results["case"]
    counts = results.get("open", {}).get("counts")
    lines.append(f"Case: {c['articles']} generated articles of {c['paragraphs']} paragraphs (seed {c['seed']})"
                 + (f", store {results['open']['store_mib']:.0f} MiB: " + ", ".join(f"{v} {k}" for k, v in counts.items()
                                                                          if k != "annotations") if counts else "")
                 + (f"; {c['store_built_by']}" if c.get("store_built_by") else "")
                 + f". Repeats: {c['repeat']} (slow figures), {c['fast_repeat']} (fast figures).")
    lines.append("")
    rows = []  # (figure, value, target, verdict)

    ing = results.get("ingest")
    if ing:
        runs = ing["runs"]
        one = runs.get("1")
        allc = runs.get(str(m["nproc"]))
        for jobs, r in sorted(runs.items(), key=lambda kv: int(kv[0])):
            seed = f"; {r['seed_sized_per_s']:.0f} seed-sized articles/s (by bytes)" if r["seed_sized_per_s"] else ""
            if jobs == "1":
                target = f">= {INGEST_SEED_PER_S:.0f} seed-sized/s"
                ok = r["seed_sized_per_s"] is not None and r["seed_sized_per_s"] >= INGEST_SEED_PER_S
            else:
                target = ">= 1.1x -j 1 (beyond noise)"
                ok = one is not None and r["articles_per_s"] >= 1.1 * one["articles_per_s"]
            rows.append((f"ingest -j {jobs}, {ing['articles']} articles into a fresh store",
                         f"{r['articles_per_s']:.1f} articles/s ({r['median_s']:.1f} s, {r['kib_per_s']:.0f} KiB/s{seed}; "
                         f"peak {median(r['peak_mib']):.0f} MiB)",
                         target, verdict(ok)))
        if one and allc and allc is not one:
            rows.append(("ingest speed-up with all cores", f"{allc['articles_per_s'] / one['articles_per_s']:.2f}x",
                         "", ""))
    ex = results.get("extract")
    if ex and "mean_median_us" in ex:
        detail = ", ".join(f"{Path(k).name[:12]}… {v['bytes']} chars {v['median_us']:.0f} µs"
                           for k, v in ex["documents"].items())
        rows.append(("extract() of one seed article (in process)",
                     f"{ex['mean_median_us']:.0f} µs = {ex['articles_per_s']:.0f} articles/s ({detail})",
                     f">= {INGEST_SEED_PER_S:.0f}/s", verdict(ex["articles_per_s"] >= INGEST_SEED_PER_S)))
    op = results.get("open")
    if op:
        rows.append((f"CaseStore(path), {op['store_mib']:.0f} MiB store", f"{op['casestore_median_s'] * 1000:.0f} ms", "", ""))
        rows.append(("Case.from_store", f"{op['from_store_median_s'] * 1000:.0f} ms", "", ""))
    se = results.get("search")
    if se:
        rows.append((f"SearchIndex build ({se['statements']} statements)", f"{ms(se['build_s']):.0f} ms", "", ""))
        if se.get("prepare_s") is not None:
            rows.append(("SearchIndex.prepare() (the app calls it while loading)", f"{ms(se['prepare_s']):.0f} ms", "", ""))
        rows.append((f"first query after that ({se['first_query']!r})",
                     f"{ms(se['first_query_s']):.0f} ms", "", ""))
        fz = results.get("fzf", {})
        if "queries" in fz:
            fg = by_group(fz["queries"])
            sg = by_group(se["queries"])
            ok = all(pct(sg[g]["times"], 99) <= median(fg[g]["times"]) / SEARCH_VS_FZF for g in sg)
            worst = min(median(fg[g]["times"]) / pct(sg[g]["times"], 99) for g in sg)
            rows.append(("search p99 vs fzf --filter p50, worst query length",
                         f"fzf is {worst:.1f}x slower", f">= {SEARCH_VS_FZF:.0f}x", verdict(ok)))
        worst = max(pct(g["times"], 99) for g in by_group(se["queries"]).values())
        rows.append(("search p99, worst query length", f"{ms(worst):.1f} ms", f"< {SEARCH_P99_MS:.0f} ms",
                     verdict(ms(worst) < SEARCH_P99_MS)))
    tui = results.get("tui")
    if tui and "keys" in tui:
        rows.append(("app under Pilot: construction to first paint", f"{ms(tui['first_paint_median_s']):.0f} ms", "", ""))
        rows.append(("app under Pilot: construction to case painted", f"{tui['case_painted_median_s']:.2f} s", "", ""))
        keys = tui["keys"]
        if keys:
            res = [ms(k["results_s"]) for k in keys]
            echo = [ms(k["echo_s"]) for k in keys]
            rows.append((f"keystroke to echo painted ({len(keys)} keys)",
                         f"p50 {median(echo):.1f} ms, p99 {pct(echo, 99):.1f} ms", "", ""))
            rows.append((f"keystroke to results painted ({len(keys)} keys)",
                         f"p50 {median(res):.1f} ms, p99 {pct(res, 99):.1f} ms", f"p99 < {KEYSTROKE_MS:.0f} ms",
                         verdict(pct(res, 99) < KEYSTROKE_MS)))
    elif tui:
        rows.append(("app under Pilot", tui["note"], "", "skipped"))
    pr = results.get("process")
    if pr:
        for name in ("python", "import textual", "import textual.app", "import casefile.tui.app"):
            rows.append((f"process: python -c '{name}'" if name != "python" else "process: python -c pass",
                         f"{ms(pr[name]['median_s']):.0f} ms", "", ""))
        if "app" in pr:
            base = pr["import textual.app"]["median_s"]
            fp = pr["first_paint_median_s"]
            bare = pr["import textual"]["median_s"]
            rows.append(("process: start to first paint (app under Pilot in a child), vs import textual.app",
                         f"{ms(fp):.0f} ms = {fp / base:.2f}x import textual.app",
                         f"< {FIRST_PAINT_VS_IMPORT:.0f}x import textual.app", verdict(fp < FIRST_PAINT_VS_IMPORT * base)))
            rows.append(("process: start to first paint, vs bare import textual",
                         f"{ms(fp):.0f} ms = {fp / bare:.2f}x import textual",
                         f"< {FIRST_PAINT_VS_IMPORT:.0f}x import textual", verdict(fp < FIRST_PAINT_VS_IMPORT * bare)))
            rows.append(("process: start to case painted", f"{pr['case_painted_median_s']:.2f} s", "", ""))
            rows.append(("peak memory: app (Pilot, child, after a search)", f"{pr['app_peak_median_mib']:.0f} MiB",
                         f"< {PEAK_MB:.0f} MB", verdict(pr["app_peak_median_mib"] * 1.048576 < PEAK_MB)))
        elif "note" in pr:
            rows.append(("process: app", pr["note"], "", "skipped"))
    me = results.get("memory")
    if me:
        rows.append(("peak memory: Case.from_store + SearchIndex (child)",
                     f"{me['case_index_built_median_mib']:.0f} MiB built, {me['case_index_median_mib']:.0f} MiB after the queries",
                     f"< {PEAK_MB:.0f} MB", verdict(me["case_index_median_mib"] * 1.048576 < PEAK_MB)))

    for name, err in results.get("errors", {}).items():
        rows.append((f"{name}: failed", err.replace("|", "/")[:200], "", "error"))
    lines.append("| figure (median) | value | target | |")
    lines.append("|---|---|---|---|")
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]

    if se:
        lines.append("")
        fz = results.get("fzf", {})
        have_fzf = "queries" in fz
        sg = by_group(se["queries"])
        fg = by_group(fz["queries"]) if have_fzf else {}
        head = "| query length | queries | matches | search p50 | search p99 |"
        if have_fzf:
            head += " fzf --filter p50 | fzf p99 | fzf p50 / search p99 | search p99 < 10 ms and <= fzf/10 |"
        else:
            head += " target |"
        lines.append(head)
        lines.append("|" + "---|" * (head.count("|") - 1))
        for g in sorted(sg, key=lambda g: (isinstance(g, str), g if isinstance(g, int) else 99)):
            s = sg[g]
            matches = "/".join(str(se["queries"][q]["matches"]) for q in s["queries"])
            shown = ", ".join(f"`{q}`" for q in s["queries"][:4]) if g == "words" else f"`{s['queries'][0]}` …"
            p50, p99 = ms(median(s["times"])), ms(pct(s["times"], 99))
            row = f"| {g} | {shown} | {matches} | {p50:.2f} ms | {p99:.2f} ms |"
            if have_fzf:
                f = fg[g]
                f50, f99 = ms(median(f["times"])), ms(pct(f["times"], 99))
                ok = p99 < SEARCH_P99_MS and p99 <= f50 / SEARCH_VS_FZF
                row += f" {f50:.1f} ms | {f99:.1f} ms | {f50 / p99:.1f}x | {verdict(ok)} |"
            else:
                row += f" {verdict(p99 < SEARCH_P99_MS)} |"
            lines.append(row)
        if have_fzf:
            lines.append("")
            lines.append(f"fzf times are the wall time of `fzf --filter QUERY < lines.txt` ({fz['lines']} lines, "
                         f"\"text — speaker\"), output discarded; they include process start, which is "
                         f"{ms(fz['process_start_median_s']):.1f} ms on empty input. Double quotes are dropped for fzf.")
        else:
            lines.append("")
            lines.append(f"fzf column skipped: {fz.get('note', 'not run')}.")
    if tui and tui.get("keys"):
        lines.append("")
        lines.append("| typed query length | keystroke to results painted p50 | p99 | search alone p50 | matches |")
        lines.append("|---|---|---|---|---|")
        per = {}
        for k in tui["keys"]:
            per.setdefault(k["length"], []).append(k)
        for n, ks in sorted(per.items()):
            res = [ms(k["results_s"]) for k in ks]
            done = [ms(k["search_done_s"]) for k in ks]
            lines.append(f"| {n} (`{ks[0]['query']}`…) | {median(res):.1f} ms | {pct(res, 99):.1f} ms | "
                         f"{median(done):.1f} ms | {'/'.join(str(k['matches']) for k in ks[:2])} |")
    return "\n".join(lines)


# ---- main -----------------------------------------------------------------------------------

def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a 1,000-article case, to iterate fast")
    parser.add_argument("--articles", type=int, help="articles in the case (default 10000, 1000 with --quick)")
    parser.add_argument("--paragraphs", type=int, default=15, help="paragraphs per generated article (default 15)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/casefile-bench"),
                        help="cache of generated articles and stores (default /tmp/casefile-bench)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each slow figure (default 3)")
    parser.add_argument("--fast-repeat", type=int, default=50, help="runs of each fast figure (default 50)")
    parser.add_argument("--ingest-repeat", type=int, help="runs of each ingest figure (default: --repeat)")
    parser.add_argument("--fzf-repeat", type=int, help="runs of each fzf query (default: --fast-repeat / 5, at least 5)")
    parser.add_argument("--key-rounds", type=int, default=3,
                        help="times each phrase is typed in the app (default 3)")
    parser.add_argument("--only", help=f"comma-separated sections: {','.join(SECTIONS)}")
    parser.add_argument("--skip", help="comma-separated sections to leave out")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write every sample and summary as JSON")
    parser.add_argument("--no-snapshot", action="store_true",
                        help="measure the working tree as it is, not a copy taken at the start")
    parser.add_argument("--report", type=Path, metavar="FILE", help="print the tables of an earlier --json FILE")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--report-fd", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--typed", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        kind, store = args.child
        if kind == "app":
            child_app(store, args.report_fd, args.typed)
        else:
            child_case(store, args.report_fd)
        return 0

    if args.report:
        print(report(json.loads(args.report.read_text())))
        return 0
    sections = set(args.only.split(",")) if args.only else set(SECTIONS)
    sections -= set(args.skip.split(",")) if args.skip else set()
    unknown = sections - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    n = args.articles or (1000 if args.quick else 10_000)
    inp = Inputs(args.workdir, n, args.paragraphs, args.seed)
    results = {"machine": machine(), "case": {"articles": n, "paragraphs": args.paragraphs, "seed": args.seed,
                                              "repeat": args.repeat, "fast_repeat": args.fast_repeat,
                                              "argv": sys.argv[1:]}}
    if not args.no_snapshot:
        snapshot_code(args.workdir)
    import casefile
    results["machine"]["code"] = str(Path(casefile.__file__).parent.parent)
    if Path(casefile.__file__).parent.parent != CODE:
        log(f"warning: measuring {casefile.__file__}, not the snapshot in {CODE}")
    inp.prepare(results["machine"]["commit"])
    results["case"]["store_built_by"] = inp.store_note(results["machine"]["commit"])

    def guarded(name, fn, *a):
        t0 = time.perf_counter()
        try:
            fn(*a)
        except Exception as exc:  # noqa: BLE001  (one broken section must not lose the others)
            import traceback
            traceback.print_exc()
            results.setdefault("errors", {})[name] = f"{type(exc).__name__}: {exc}"
            log(f"{name} failed: {exc}")
        results.setdefault("section_seconds", {})[name] = time.perf_counter() - t0
        if args.json:
            args.json.write_text(json.dumps(results, indent=1, default=str))
    run_sections(args, sections, inp, results, guarded)
    text = report(results)
    print(text)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str))
        log(f"wrote {args.json}")
    return 0


def run_sections(args, sections, inp, results, guarded):
    if "extract" in sections:
        log("extract() on seed articles")
        guarded("extract", bench_extract, args.fast_repeat, results)
    if "open" in sections:
        guarded("open", bench_open, inp, args.repeat, results)
    if sections & {"search", "fzf"}:
        log("loading the case for search")
        pairs = statement_pairs(load_case(inp))
        if "search" in sections:
            log(f"search: {len(queries())} queries x {args.fast_repeat} over {len(pairs)} statements")
            guarded("search", bench_search, pairs, args.fast_repeat, results)
        if "fzf" in sections:
            log("fzf --filter")
            guarded("fzf", bench_fzf, pairs, inp.lines, args.fzf_repeat or max(5, args.fast_repeat // 5), results)
        del pairs
    if "memory" in sections:
        log("peak memory: Case + SearchIndex in a child")
        guarded("memory", bench_memory, inp, args.repeat, results)
    if "tui" in sections:
        guarded("tui", bench_tui, inp, args.repeat, args.key_rounds, results)
    if "process" in sections:
        log("processes: imports and the app")
        guarded("process", bench_process, inp, args.repeat, max(10, args.fast_repeat // 5), results)
    if "ingest" in sections:
        guarded("ingest", bench_ingest, inp, args.ingest_repeat or args.repeat, results)


if __name__ == "__main__":
    sys.exit(main())
