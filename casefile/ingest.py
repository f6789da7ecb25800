"""Ingest: files and folders in, documents and their extraction stored in batches.

Each batch is one atomic save under the writer lock, so a crash loses at most the
batch in flight, and another writer can slip in between batches. Parsing and
extraction happen outside the lock; with worker processes, extraction runs ahead of
the writing, so that the writer's own work (merging participants, saving) overlaps
it rather than adding to it.
"""
from __future__ import annotations

import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from store import Batch, CaseStore

from .articles import STDIN_SOURCE, Article, ArticleError, find_article_files, parse_article, read_article
from .extract import extract
from .model import Document, Extraction
from .records import CaseIndex, case_writer, stored_document

BATCH_SIZE = 200
PARALLEL_FROM = 40  # files; below this, starting worker processes costs more than it saves
BATCHES_AHEAD = 2  # with workers: batches being extracted while one is written
EXTRACT_CHUNK = 8  # documents sent to a worker at once

Source = Path | str  # a path, or STDIN_SOURCE


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    new_versions: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # one-line reasons

    @property
    def ok(self) -> bool:
        return not self.failed


def expand_inputs(inputs: Iterable[str], report: IngestReport) -> list[Source]:
    """Files as given, folders searched recursively, ``-`` for standard input."""
    sources: list[Source] = []
    for given in inputs:
        if given == "-":
            sources.append(STDIN_SOURCE)
            continue
        path = Path(given)
        if path.is_dir():
            files = find_article_files(path)
            if not files:
                report.failed.append(f"{path}: no articles here (looked for .txt, .md and .markdown files)")
            sources.extend(files)
        elif path.exists():
            sources.append(path)
        else:
            report.failed.append(f"{path}: no such file or directory")
    return sources


def read_source(source: Source, stdin: Callable[[], bytes]) -> Article:
    if source == STDIN_SOURCE:
        return parse_article(stdin(), STDIN_SOURCE)
    return read_article(Path(source))


def ingest(
    store: CaseStore,
    inputs: Iterable[str],
    *,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
    stdin: Callable[[], bytes] = lambda: sys.stdin.buffer.read(),
    on_progress: Callable[[int, int], None] = lambda done, total: None,
) -> IngestReport:
    """Store the articles found in ``inputs``, one atomic save per batch of files.

    ``jobs`` > 1 runs extraction in that many processes, ahead of the batch being
    written, so that writing one batch overlaps extracting the next ones;
    ``on_progress(done, total)`` is called after each saved batch.
    """
    report = IngestReport()
    sources = expand_inputs(inputs, report)
    index = CaseIndex()  # the writer's lookups, kept from batch to batch
    done = 0
    with ExitStack() as stack:
        pool = stack.enter_context(ProcessPoolExecutor(jobs)) if jobs > 1 and len(sources) >= PARALLEL_FROM else None
        for batch in read_batches(store, sources, batch_size, pool, stdin, report):
            with case_writer(store, index) as writer:
                outcomes = []
                for article in batch.articles:
                    doc = article.document
                    outcome = writer.add_document(doc, article.format)
                    if outcome != "present":
                        writer.add_extraction(doc.id, batch.extraction(doc))
                    outcomes.append((outcome, doc.source))
            for outcome, source in outcomes:  # counted only once the batch is saved
                {"added": report.added, "new version": report.new_versions, "present": report.present}[outcome].append(source)
            done += batch.files
            on_progress(done, len(sources))
    return report


@dataclass
class ReadBatch:
    """One batch of files, read, with the extraction of its new documents under way in worker
    processes (without workers, each document is extracted when the batch is written)."""

    files: int
    articles: list[Article]
    extracting: dict[str, tuple[Future, int]] = field(default_factory=dict)  # id -> (its chunk's future, place)

    def start_extraction(self, pool: ProcessPoolExecutor, documents: list[Document]) -> None:
        for i in range(0, len(documents), EXTRACT_CHUNK):
            chunk = documents[i:i + EXTRACT_CHUNK]
            future = pool.submit(extract_all, chunk)
            for place, doc in enumerate(chunk):
                self.extracting[doc.id] = (future, place)

    def extraction(self, document: Document) -> Extraction:
        if document.id in self.extracting:
            future, place = self.extracting[document.id]
            return future.result()[place]
        return extract(document)


def extract_all(documents: list[Document]) -> list[Extraction]:
    """What a worker process runs: a few documents at once, to spare messages."""
    return [extract(doc) for doc in documents]


def read_batches(store: CaseStore, sources: list[Source], batch_size: int, pool: ProcessPoolExecutor | None,
                 stdin: Callable[[], bytes], report: IngestReport) -> Iterator[ReadBatch]:
    """The sources, read in batches. With a pool, extraction runs up to BATCHES_AHEAD
    batches ahead of the one being written, so that the workers never wait for the writer."""
    ahead: deque[ReadBatch] = deque()
    submitted: set[str] = set()
    for chunk in chunks(sources, batch_size):
        articles = []
        for source in chunk:
            try:
                articles.append(read_source(source, stdin))
            except ArticleError as exc:
                report.failed.append(str(exc))
        batch = ReadBatch(len(chunk), articles)
        if pool is not None:
            store.refresh()
            new = [a.document for a in articles
                   if a.document.id not in submitted and not store.has("documents", a.document.id)]
            submitted.update(doc.id for doc in new)
            batch.start_extraction(pool, new)
        ahead.append(batch)
        if len(ahead) > (BATCHES_AHEAD if pool is not None else 0):
            yield ahead.popleft()
    yield from ahead


def chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def reextract(store: CaseStore, document_ids: Iterable[str] | None = None,
              before_writing: Callable[[Batch], None] = lambda batch: None) -> int:
    """Run extraction again over current documents (all, or those given), replacing what
    it found before. ``before_writing`` may add the analyst's corrections to the same batch,
    so they are applied and saved together."""
    store.refresh()
    wanted = set(document_ids) if document_ids is not None else None
    documents = [d for d in store.documents()
                 if d.get("superseded_by") is None and (wanted is None or d["id"] in wanted)]
    extractions = {d["id"]: extract(stored_document(d)) for d in documents}
    with case_writer(store) as writer:
        batch = writer.batch
        before_writing(batch)
        if document_ids is None:  # every participant is found again, with today's titles and aliases
            for participant in batch.all("participants"):
                batch.delete("participants", participant["id"])
        for doc_id, extraction in extractions.items():
            if batch.get("documents", doc_id) is not None:
                writer.remove_extraction(doc_id)
                writer.add_extraction(doc_id, extraction)
    return len(extractions)
