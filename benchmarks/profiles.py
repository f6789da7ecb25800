"""Profiles behind the failing targets of benchmarks/run.py, on the cached 10k store.

    .venv/bin/python benchmarks/profiles.py memory   # RSS step by step, deep size of each table,
                                                     # what the case and its index keep alive
    .venv/bin/python benchmarks/profiles.py tui      # UI thread: show_search + the next paint

Run benchmarks/run.py first (it builds the store under --workdir).
"""
from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import pstats
import sys
import time
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402  (puts the code snapshot first on sys.path)


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def deep_size(o, seen: set) -> int:
    if id(o) in seen:
        return 0
    seen.add(id(o))
    n = sys.getsizeof(o)
    if isinstance(o, dict):
        n += sum(deep_size(k, seen) + deep_size(v, seen) for k, v in o.items())
    elif isinstance(o, (list, tuple)):
        n += sum(deep_size(x, seen) for x in o)
    return n


def graph_size(root, seen: set) -> int:
    """Bytes of every object reachable from ``root`` and not in ``seen`` (classes, modules and
    functions left out): what keeping ``root`` alive costs."""
    skip = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType)
    total, todo = 0, [root]
    while todo:
        o = todo.pop()
        if id(o) in seen or isinstance(o, skip):
            continue
        seen.add(id(o))
        total += sys.getsizeof(o)
        todo.extend(gc.get_referents(o))
        if type(o).__name__ == "ndarray" and o.base is not None:
            todo.append(o.base)  # an array over another object's memory (np.frombuffer)
    return total


def memory(store_path: Path) -> None:
    from casefile.caseview import Case, StatementTexts
    from casefile.search import SearchIndex
    from store import CaseStore

    print(f"| step | resident | peak so far |\n|---|---|---|\n| imports | {rss_mib():.0f} MiB | |")
    store = CaseStore(store_path)
    print(f"| CaseStore(path) | {rss_mib():.0f} MiB | {run.peak_kib() / 1024:.0f} MiB |")
    case = Case.from_store(store)
    print(f"| + Case.from_store | {rss_mib():.0f} MiB | {run.peak_kib() / 1024:.0f} MiB |")
    index = SearchIndex(StatementTexts(case.statements))  # as the app builds it
    index.prepare()
    print(f"| + SearchIndex, prepared | {rss_mib():.0f} MiB | {run.peak_kib() / 1024:.0f} MiB |")
    tables = {name: store.all(name) for name in ("documents", "participants", "statements", "events")}
    store.release()  # as the app does (the tables are kept here, for sizing)
    print("\n| table | records | deep size |\n|---|---|---|")
    for name, records in tables.items():
        print(f"| {name} | {len(records)} | {deep_size(records, set()) / 2**20:.0f} MiB |")
    del tables, store
    seen: set = set()
    print(f"\nWhat the app keeps once the store is released (all objects reachable from each, shared ones "
          f"counted once): the case {graph_size(case, seen) / 2**20:.0f} MiB, then the search index "
          f"{graph_size(index, seen) / 2**20:.0f} MiB.")


async def tui(store_path: Path, queries: list[str]) -> None:
    from casefile.tui.case_screen import CaseScreen
    from textual.widgets import Input

    marks: dict = {}
    app = run.make_probe_app(store_path, marks)
    async with app.run_test(size=(160, 48)) as pilot:
        await run.wait_until(lambda: isinstance(app.screen, CaseScreen), timeout=600)
        await pilot.pause()
        screen = app.screen
        search = screen.query_one("#search", Input)
        for q in queries:
            result = screen.index.search(q)
            search.value = q  # show_search shows results only for the input's current value
            await pilot.pause()
            await asyncio.sleep(0.5)
            await pilot.pause()
            profile = cProfile.Profile()
            profile.enable()
            t0 = time.perf_counter()
            screen.show_search(q, result)
            t1 = time.perf_counter()
            await pilot.pause()
            t2 = time.perf_counter()
            profile.disable()
            print(f"\n{q!r}: {len(result)} matches; show_search {1000 * (t1 - t0):.1f} ms, "
                  f"then to the repaint {1000 * (t2 - t1):.1f} ms")
            stats = pstats.Stats(profile)
            stats.sort_stats("tottime").print_stats(12)
            stats.sort_stats("cumtime").print_stats(22)
            stats.sort_stats("cumtime").print_stats("casefile", 10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["memory", "tui"])
    parser.add_argument("--store", type=Path, default=Path("/tmp/casefile-bench/store-10000-p15-s1.json"))
    parser.add_argument("--query", action="append", help="queries for tui (default: c, china)")
    args = parser.parse_args()
    if args.what == "memory":
        memory(args.store)
    else:
        asyncio.run(tui(args.store, args.query or ["c", "china"]))


if __name__ == "__main__":
    main()
