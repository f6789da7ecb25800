"""The ``casefile`` command: ingest, export, stats, reextract, and the browser (the default)."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from store import CaseStore, StoreError

from . import __version__
from .annotations import AnnotationError
from .paths import store_path
from .selection import SelectionError

PROGRESS_BAR_FROM = 20  # files; fewer finish before a bar would be worth drawing
WIDE_TABLE_FROM = 120  # columns of terminal from which search results show every column


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casefile",
        description="Browse the events, participants and verbatim statements of a case file.",
    )
    parser.add_argument("--version", action="version", version=f"casefile {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help="case store file (default: $CASEFILE_DB, else the user data directory)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    browse = sub.add_parser("browse", help="open the case in the terminal browser (the default)")
    browse.add_argument("--sample", action="store_true", help="open the built-in sample case")

    ingest = sub.add_parser("ingest", help="add articles (files, folders, or - for standard input)")
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    ingest.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                        help="extraction processes (default: one per CPU core)")

    export = sub.add_parser("export", help="write the case as JSON, CSV or a Markdown brief")
    export.add_argument("--format", choices=["json", "csv", "md"], default="json")
    export.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    export.add_argument("--query", default="", help="only statements matching this search")
    add_filter_options(export)

    search = sub.add_parser("search", help="search statements as the browser does")
    search.add_argument("query", nargs="?", default="", metavar="QUERY",
                        help='words that must all match (in the words or the speaker), "an exact phrase"')
    add_filter_options(search)
    search.add_argument("--json", action="store_true", help="JSON lines, one statement each, for scripts")

    tag = sub.add_parser("tag", help="tag a statement (s-...), event (e-...) or participant (p-...)")
    tag.add_argument("item")
    tag.add_argument("tags", nargs="+", metavar="TAG")
    tag.add_argument("--remove", action="store_true", help="remove these tags instead")

    note = sub.add_parser("note", help="write a note on an item (an empty note removes it)")
    note.add_argument("item")
    note.add_argument("text", metavar="TEXT")

    merge = sub.add_parser("merge", help="file one participant under another, now and after re-extraction")
    merge.add_argument("source", metavar="NAME", help="the participant to merge away (id, name or alias)")
    merge.add_argument("target", metavar="INTO", help="the participant it really is")

    split = sub.add_parser("split", help="in some articles, a participant is really someone else")
    split.add_argument("participant", metavar="NAME")
    split.add_argument("--document", "-d", action="append", required=True, metavar="DOC",
                       help="document id or file name where NAME is really someone else (repeatable)")
    split.add_argument("--as", dest="new_name", required=True, metavar="NEW_NAME")

    sub.add_parser("stats", help="count what the store holds")
    sub.add_parser("reextract", help="run extraction again over every stored article")
    sub.add_parser("check", help="verify the store: it parses, references resolve, spans are exact")
    return parser


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--speaker", metavar="NAME", help="only this speaker (words of a name or alias)")
    parser.add_argument("--since", metavar="DATE", help="from this date on (YYYY, YYYY-MM or YYYY-MM-DD)")
    parser.add_argument("--until", metavar="DATE", help="up to this date, inclusive")
    parser.add_argument("--tag", metavar="TAG", help="only items with this tag")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "browse"
    try:
        return COMMANDS[command](args)
    except (StoreError, AnnotationError, SelectionError) as exc:
        print(f"casefile: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("casefile: interrupted; batches already saved are kept", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `casefile search ... | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def open_store(args: argparse.Namespace, *, for_writing: bool = False) -> CaseStore:
    path = store_path(args.db)
    if for_writing:
        path.parent.mkdir(parents=True, exist_ok=True)
    return CaseStore(path)


def cmd_browse(args: argparse.Namespace) -> int:
    from .sample import sample_store
    from .tui.app import CaseFileApp

    path = store_path(args.db)
    if getattr(args, "sample", False) or not path.exists():
        app = CaseFileApp(sample_store, name="built-in sample case")
    else:
        # The app opens the store in a worker, so that it paints before a large store is read.
        app = CaseFileApp(lambda: CaseStore(path))
    app.run()
    return app.return_code or 0


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


def selection_of(args: argparse.Namespace):
    from .selection import Selection

    return Selection(query=args.query, speaker=args.speaker, since=args.since, until=args.until, tag=args.tag)


def selected_rows(store: CaseStore, args: argparse.Namespace) -> tuple[list[dict], list[dict]]:
    """Statement rows and event rows chosen by the filter options."""
    from .caseview import Case
    from .reports import event_row, statement_row

    case, selection = Case.from_store(store), selection_of(args)
    statements = [statement_row(s, case.notes.get(s.id)) for s in selection.statements(case)]
    events = [event_row(e, case.notes.get(e.id)) for e in selection.events(case)]
    return statements, events


def filters_given(args: argparse.Namespace) -> bool:
    return any((args.query, args.speaker, args.since, args.until, args.tag))


def cmd_export(args: argparse.Namespace) -> int:
    import orjson

    from .export import export_json
    from .reports import to_csv, to_markdown

    selection_of(args)  # reject bad filter options before any work
    store = open_store(args)
    if args.format == "json":
        if filters_given(args):
            statements, events = selected_rows(store, args)
            data = export_json(store, {r["id"] for r in statements}, {r["id"] for r in events})
        else:
            data = export_json(store)
        payload = orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n"
    else:
        statements, events = selected_rows(store, args)
        text = to_csv(statements + events) if args.format == "csv" else \
            to_markdown(brief_title(args), statements, events)
        payload = text.encode("utf-8")
    if args.out:
        Path(args.out).write_bytes(payload)
    else:
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
    return 0


def brief_title(args: argparse.Namespace) -> str:
    parts = [f"“{args.query}”" if args.query else None, args.speaker, args.tag and f"#{args.tag}",
             (args.since or args.until) and f"{args.since or '…'} to {args.until or '…'}"]
    chosen = ", ".join(p for p in parts if p)
    return "Case brief" + (f": {chosen}" if chosen else "")


def cmd_search(args: argparse.Namespace) -> int:
    import orjson

    selection_of(args)
    statements, _ = selected_rows(open_store(args), args)
    if args.json:
        for row in statements:
            sys.stdout.buffer.write(orjson.dumps(row) + b"\n")
        sys.stdout.flush()
        return 0
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    if not statements:
        console.print("No statements match.", markup=False)
        return 0
    wide = console.width >= WIDE_TABLE_FROM  # room for how it was said and the article
    table = Table(box=None, show_edge=False, pad_edge=False, expand=True)
    table.add_column("date", style="cyan", no_wrap=True)
    table.add_column("speaker", style="bold", max_width=20, overflow="fold")
    if wide:
        table.add_column("", style="dim", no_wrap=True)
    table.add_column("statement", ratio=1, overflow="fold")
    if wide:
        table.add_column("article", style="dim", max_width=28, overflow="ellipsis", no_wrap=True)
    table.add_column("id", style="dim", no_wrap=True)
    for row in statements:
        manner = "quoted" if row["kind"] == "direct" else "reported"
        article = f"{row['article']} ¶{row['paragraph'] + 1}"
        cells = [row["date"] or "undated", row["who"] or "unknown", manner, row["text"], article, row["id"]]
        table.add_row(*(cells if wide else [cells[0], cells[1], cells[3], cells[5]]))
    console.print(table)
    console.print(f"{len(statements)} statement{'' if len(statements) == 1 else 's'}", markup=False)
    return 0


def cmd_tag(args: argparse.Namespace) -> int:
    from .annotations import annotate

    with open_store(args).batch() as batch:
        if args.remove:
            notes = annotate(batch, args.item, remove_tags=args.tags)
        else:
            notes = annotate(batch, args.item, add_tags=args.tags)
    print(f"{args.item}: tags {' '.join(notes.tags) or '(none)'}")
    return 0


def cmd_note(args: argparse.Namespace) -> int:
    from .annotations import annotate

    with open_store(args).batch() as batch:
        notes = annotate(batch, args.item, note=args.text)
    print(f"{args.item}: note {'saved' if notes.note else 'removed'}")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from .annotations import find_participant, merge_rule
    from .ingest import reextract
    from .records import documents_naming

    store = open_store(args)
    source, target = find_participant(store, args.source), find_participant(store, args.target)
    if source["id"] == target["id"]:
        raise AnnotationError(f"{args.source} and {args.target} are already one participant")
    documents = documents_naming(store, source["id"])
    reextract(store, documents, before_writing=lambda batch: batch.put("annotations", merge_rule(source, target)))
    print(f"merged {source['name']} into {target['name']} ({len(documents)} articles refiled)")
    return 0


def cmd_split(args: argparse.Namespace) -> int:
    from .annotations import find_participant, split_rule
    from .ingest import reextract
    from .records import documents_naming

    store = open_store(args)
    participant = find_participant(store, args.participant)
    documents = [resolve_document(store, ref) for ref in args.document]
    mentioned = documents_naming(store, participant["id"])
    missing = [d["source"] for d in documents if d["id"] not in mentioned]
    if missing:
        raise AnnotationError(f"{participant['name']} is not mentioned in {', '.join(missing)}")
    ids = [d["id"] for d in documents]
    reextract(store, ids, before_writing=lambda batch: batch.put(
        "annotations", split_rule(participant, ids, args.new_name)))
    print(f"in {len(ids)} articles, {participant['name']} is now {args.new_name}")
    return 0


def resolve_document(store: CaseStore, ref: str) -> dict:
    """A current document by id, or by its file name or path when that is unambiguous."""
    current = [d for d in store.documents() if d.get("superseded_by") is None]
    found = [d for d in current if d["id"] == ref] or \
        [d for d in current if d["source"] == ref or Path(d["source"]).name == ref]
    if len(found) != 1:
        raise AnnotationError(f"{ref}: {'no' if not found else 'more than one'} document with that id or file name")
    return found[0]


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
    "search": cmd_search,
    "tag": cmd_tag,
    "note": cmd_note,
    "merge": cmd_merge,
    "split": cmd_split,
}
