"""Turning documents and what extraction found in them into store records.

Record ids are derived from content, so that re-ingesting or re-extracting the same
article gives the same ids (and the analyst's tags stay attached):

- a statement or event: its document and span;
- a participant: its normalised name, one participant per name across the case.
"""
from __future__ import annotations

import datetime as dt

from store import Batch

from .annotations import NameRules
from .ids import name_key, participant_id, span_id
from .model import Document, Extraction, FoundParticipant, Span


def span_fields(document_id: str, span: Span) -> dict:
    return {"document_id": document_id, "paragraph": span.paragraph,
            "start": span.start, "end": span.end, "text": span.text}


def document_record(document: Document, fmt: str, version: int = 1, supersedes: str | None = None) -> dict:
    return {
        "id": document.id, "source": document.source, "published": document.published,
        "title": document.title, "paragraphs": document.paragraphs, "format": fmt,
        "version": version, "supersedes": supersedes, "superseded_by": None,
        "ingested_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }


def stored_document(record: dict) -> Document:
    return Document(record["id"], record["source"], record["published"], record["title"], record["paragraphs"])


class CaseWriter:
    """Writes documents and what extraction found in them into one store batch.

    It keeps the lookups that needs (current documents by source, extracted items by
    document) so that a batch of n documents costs O(n), not O(n x store size).
    """

    def __init__(self, batch: Batch):
        self.batch = batch
        self.rules = NameRules.from_annotations(batch.all("annotations"))
        self._current_by_source: dict[str, dict] | None = None
        self._extracted_by_document: dict[str, list[tuple[str, str]]] | None = None
        self._working: dict[str, dict] = {}  # participants this batch changes, by id

    def add_document(self, document: Document, fmt: str) -> str:
        """Store a parsed document. Returns "added", "present" or "new version"."""
        if self.batch.get("documents", document.id) is not None:
            return "present"
        current = self.current_by_source()
        old = current.get(document.source)
        version, supersedes = 1, None
        if old is not None:
            version, supersedes = old.get("version", 1) + 1, old["id"]
            self.batch.put("documents", {**old, "superseded_by": document.id})
            self.remove_extraction(old["id"])
        record = document_record(document, fmt, version, supersedes)
        self.batch.put("documents", record)
        current[document.source] = record
        return "new version" if supersedes else "added"

    def add_extraction(self, document_id: str, extraction: Extraction) -> None:
        """Add what extraction found in one document, merging participants across the case."""
        ids = {found.key: self.merge_participant(document_id, found) for found in extraction.participants}
        records = [("participants", pid) for pid in set(ids.values())]
        for st in extraction.statements:
            sid = span_id("s", document_id, st.span.paragraph, st.span.start, st.span.end)
            self.batch.put("statements", {
                "id": sid, "kind": st.kind, "speaker_id": ids.get(st.speaker) if st.speaker else None,
                **span_fields(document_id, st.span),
            })
            records.append(("statements", sid))
        for ev in extraction.events:
            eid = span_id("e", document_id, ev.span.paragraph, ev.span.start, ev.span.end)
            self.batch.put("events", {
                "id": eid, "date": ev.date, "summary": ev.summary, "place": ev.place,
                "participant_ids": [ids[k] for k in ev.participants if k in ids],
                **span_fields(document_id, ev.span),
            })
            records.append(("events", eid))
        if self._extracted_by_document is not None:
            self._extracted_by_document.setdefault(document_id, []).extend(records)

    def merge_participant(self, document_id: str, found: FoundParticipant) -> str:
        """File a participant found in one document under its case-wide record."""
        name = self.rules.name_for(found.name, document_id)
        pid = participant_id(name)
        record = self._working.get(pid)
        if record is None:
            # Copied once per batch, then extended in place: a participant named in
            # thousands of articles must not be copied once per article.
            stored = self.batch.get("participants", pid)
            record = {**stored, "titles": list(stored["titles"]), "aliases": list(stored["aliases"]),
                      "mentions": list(stored["mentions"])} if stored else {
                "id": pid, "name": name, "kind": found.kind, "titles": [], "aliases": [], "mentions": []}
            self._working[pid] = record
            self.batch.put("participants", record)
        extend_unique(record["titles"], found.titles)
        extend_unique(record["aliases"], [a for a in [found.name, *found.aliases]
                                          if name_key(a) != name_key(record["name"])])
        # The document's earlier mentions were removed with its earlier extraction, if any.
        record["mentions"].extend(span_fields(document_id, m) for m in found.mentions)
        return pid

    def remove_extraction(self, document_id: str) -> None:
        """Drop what extraction found in one document (its statements, events and mentions)."""
        for table, rid in self.extracted_by_document().pop(document_id, []):
            if table != "participants":
                self.batch.delete(table, rid)
                continue
            rec = self._working.pop(rid, None) or self.batch.get("participants", rid)
            if rec is None:
                continue
            left = [m for m in rec["mentions"] if m["document_id"] != document_id]
            if left:
                self._working[rid] = {**rec, "mentions": left}
                self.batch.put("participants", self._working[rid])
            else:
                self.batch.delete("participants", rid)

    def current_by_source(self) -> dict[str, dict]:
        if self._current_by_source is None:
            self._current_by_source = {d["source"]: d for d in self.batch.all("documents")
                                       if d.get("superseded_by") is None}
        return self._current_by_source

    def extracted_by_document(self) -> dict[str, list[tuple[str, str]]]:
        if self._extracted_by_document is None:
            index: dict[str, list[tuple[str, str]]] = {}
            for table in ("statements", "events"):
                for rec in self.batch.all(table):
                    index.setdefault(rec["document_id"], []).append((table, rec["id"]))
            for rec in self.batch.all("participants"):
                for doc_id in {m["document_id"] for m in rec["mentions"]}:
                    index.setdefault(doc_id, []).append(("participants", rec["id"]))
            self._extracted_by_document = index
        return self._extracted_by_document


def extend_unique(names: list[str], more: list[str]) -> None:
    """Append the names not already there (compared by name_key)."""
    seen = {name_key(x) for x in names}
    for x in more:
        if name_key(x) not in seen:
            seen.add(name_key(x))
            names.append(x)
