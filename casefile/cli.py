"""The ``casefile`` command: ingest, export, stats, reextract, and the browser (the default)."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from store import CaseStore, StoreError

from .paths import store_path

PROGRESS_BAR_FROM = 20  # files; fewer finish before a bar would be worth drawing


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casefile",
        description="Browse the events, participants and verbatim statements of a case file.",
    )
    parser.add_argument("--db", metavar="PATH",
                        help="case store file (default: $CASEFILE_DB, else the user data directory)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    browse = sub.add_parser("browse", help="open the case in the terminal browser (the default)")
    browse.add_argument("--sample", action="store_true", help="open the built-in sample case")

    ingest = sub.add_parser("ingest", help="add articles (files, folders, or - for standard input)")
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    ingest.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                        help="extraction processes (default: one per CPU core)")

    export = sub.add_parser("export", help="write the case as JSON")
    export.add_argument("--format", choices=["json"], default="json")
    export.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")

    sub.add_parser("stats", help="count what the store holds")
    sub.add_parser("reextract", help="run extraction again over every stored article")
    sub.add_parser("check", help="verify the store: it parses, references resolve, spans are exact")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "browse"
    try:
        return COMMANDS[command](args)
    except StoreError as exc:
        print(f"casefile: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("casefile: interrupted; batches already saved are kept", file=sys.stderr)
        return 130


def open_store(args: argparse.Namespace, *, for_writing: bool = False) -> CaseStore:
    path = store_path(args.db)
    if for_writing:
        path.parent.mkdir(parents=True, exist_ok=True)
    return CaseStore(path)


def cmd_browse(args: argparse.Namespace) -> int:
    from .sample import sample_store
    from .tui.app import CaseFileApp

    store = None if getattr(args, "sample", False) else open_store(args)
    if store is None or not store.exists:
        store = sample_store()
    CaseFileApp(store).run()
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import Progress

    from .ingest import ingest

    store = open_store(args, for_writing=True)
    err = Console(stderr=True)
    with Progress(console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("Ingesting", total=None, visible=False)

        def on_progress(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total, visible=total >= PROGRESS_BAR_FROM)

        report = ingest(store, args.paths, jobs=max(1, args.jobs), on_progress=on_progress)
    for source in report.new_versions:
        print(f"new version: {source}")
    for reason in report.failed:
        print(f"failed: {reason}", file=sys.stderr)
    print(f"{len(report.added)} added, {len(report.new_versions)} new versions, "
          f"{len(report.present)} already present, {len(report.failed)} failed "
          f"-> {store.path} ({store.count('documents')} documents)")
    return 0 if report.ok else 1


def cmd_export(args: argparse.Namespace) -> int:
    import orjson

    from .export import export_json

    payload = orjson.dumps(export_json(open_store(args)), option=orjson.OPT_INDENT_2) + b"\n"
    if args.out:
        Path(args.out).write_bytes(payload)
    else:
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    store = open_store(args)
    if not store.exists:
        print(f"No store at {store.path} yet: `casefile ingest PATH` creates it.")
        return 0
    for table, n in store.counts().items():
        print(f"{table:<13}{n:>9}")
    print(f"store        {store.path} ({store.size_bytes() / 1024:.1f} KiB, schema {store.schema_version()})")
    return 0


def cmd_reextract(args: argparse.Namespace) -> int:
    from .ingest import reextract

    store = open_store(args)
    n = reextract(store)
    print(f"re-extracted {n} documents -> {store.path}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .check import MAX_PROBLEMS_LISTED, check_store

    store = open_store(args)
    if not store.exists:
        print(f"casefile: no store at {store.path}", file=sys.stderr)
        return 2
    problems = check_store(store)
    for line in problems[:MAX_PROBLEMS_LISTED]:
        print(line)
    if len(problems) > MAX_PROBLEMS_LISTED:
        print(f"... and {len(problems) - MAX_PROBLEMS_LISTED} more")
    counts = ", ".join(f"{n} {table}" for table, n in store.counts().items())
    verdict = f"{len(problems)} problems" if problems else "sound"
    print(f"{store.path}: {verdict} (schema {store.schema_version()}; {counts})")
    return 1 if problems else 0


COMMANDS = {
    "browse": cmd_browse,
    "ingest": cmd_ingest,
    "export": cmd_export,
    "stats": cmd_stats,
    "reextract": cmd_reextract,
    "check": cmd_check,
}
