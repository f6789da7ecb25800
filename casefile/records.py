"""Turning documents and what extraction found in them into store records.

Record ids are derived from content, so that re-ingesting or re-extracting the same
article gives the same ids (and the analyst's tags stay attached):

- a statement or event: its document and span;
- a participant: its normalised name, one participant per name across the case.
"""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from typing import Iterator

from store import Batch, CaseStore

from .annotations import NameRules
from .extract.lexicon import COUNTRY_OF
from .extract.participants import DESCRIPTION_RE
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


def mentions_in(document: dict) -> Iterator[tuple[str, int, int, int]]:
    """(participant id, paragraph, start, end) of every mention stored with a document."""
    for pid, triples in document.get("mentions", {}).items():
        for i in range(0, len(triples), 3):
            yield pid, triples[i], triples[i + 1], triples[i + 2]


def documents_naming(store_or_batch: CaseStore | Batch, participant_id: str) -> set[str]:
    """Ids of the current documents that mention a participant."""
    return {d["id"] for d in store_or_batch.scan("documents") if participant_id in d.get("mentions", {})}


@contextmanager
def case_writer(store: CaseStore, index: CaseIndex | None = None) -> Iterator[CaseWriter]:
    """A store batch with a CaseWriter over it.

    Pass the same ``index`` to the writers of successive batches (as ingest does) so
    that each does not build its lookups again from the whole store.
    """
    index = index if index is not None else CaseIndex()
    try:
        with store.batch() as batch:
            index.follow(store)
            writer = CaseWriter(batch, index)
            yield writer
    except BaseException:
        index.forget()  # it may hold changes that were not saved
        raise


def stored_document(record: dict) -> Document:
    return Document(record["id"], record["source"], record["published"], record["title"], record["paragraphs"])


Item = tuple[str, str]  # (table, id) of a statement or an event


class CaseIndex:
    """The lookups a CaseWriter needs, each built from the store (one pass, keeping only
    ids) when first needed, then kept up to date by the writers that use it.

    Kept from one batch to the next, they spare each batch a pass over the whole store,
    which would make ingesting n articles cost O(n^2). They hold for as long as the
    store changes only through them: `follow` forgets them when the store took in
    another process's save.
    """

    def __init__(self) -> None:
        self._revision: int | None = None
        self.forget()

    def forget(self) -> None:
        self.current_by_source: dict[str, tuple[str, int]] | None = None  # source -> (id, version)
        self.items_by_document: dict[str, list[Item]] | None = None
        self.documents_of_participant: dict[str, set[str]] | None = None

    def follow(self, store: CaseStore) -> None:
        """Forget the lookups if the store changed other than through them since they were built."""
        if store.revision != self._revision:
            self.forget()
            self._revision = store.revision


class CaseWriter:
    """Writes documents and what extraction found in them into one store batch.

    What extraction finds in a document is stored with the document's id: its
    statements and events in their tables, and its participants' mentions in the
    document record itself (``mentions``: participant id -> flat [paragraph, start,
    end, ...] triples), so that a participant's record stays small however many
    articles name it. The writer keeps the lookups this needs (its `CaseIndex`), so
    that a batch of n documents costs O(n), not O(n x store size).
    """

    def __init__(self, batch: Batch, index: CaseIndex):
        self.batch = batch
        self.index = index
        self._rules: NameRules | None = None
        self._working: dict[str, dict] = {}  # records this batch changes, by id
        self._stored_participants: dict[str, dict] | None = None

    def add_document(self, document: Document, fmt: str) -> str:
        """Store a parsed document. Returns "added", "present" or "new version"."""
        if self.batch.has("documents", document.id):
            return "present"
        current = self.current_by_source()
        version, supersedes = 1, None
        if document.source in current:
            supersedes, old_version = current[document.source]
            version = old_version + 1
            self.remove_extraction(supersedes)
            self.working("documents", supersedes)["superseded_by"] = document.id
        record = document_record(document, fmt, version, supersedes)
        self.batch.put("documents", record)
        self._working[record["id"]] = record
        current[document.source] = (record["id"], version)
        return "new version" if supersedes else "added"

    def add_extraction(self, document_id: str, extraction: Extraction) -> None:
        """Add what extraction found in one document, merging participants across the case."""
        ids = {found.key: self.merge_participant(document_id, found) for found in extraction.participants}
        mentions: dict[str, list[int]] = {}
        for found in extraction.participants:
            triples = mentions.setdefault(ids[found.key], [])
            for m in found.mentions:
                triples += (m.paragraph, m.start, m.end)
        self.working("documents", document_id)["mentions"] = mentions
        items: list[Item] = []
        for st in extraction.statements:
            sid = span_id("s", document_id, st.span.paragraph, st.span.start, st.span.end)
            speaker_id = ids.get(st.speaker) if st.speaker else None
            self.batch.put("statements", {
                "id": sid, "kind": st.kind, "speaker_id": speaker_id, "date": st.date,
                **span_fields(document_id, st.span),
            })
            items.append(("statements", sid))
        for ev in extraction.events:
            eid = span_id("e", document_id, ev.span.paragraph, ev.span.start, ev.span.end)
            participant_ids = [ids[k] for k in ev.participants if k in ids]
            self.batch.put("events", {
                "id": eid, "date": ev.date, "summary": ev.summary, "place": ev.place,
                "participant_ids": participant_ids, **span_fields(document_id, ev.span),
            })
            items.append(("events", eid))
        index = self.index
        if index.items_by_document is not None:
            index.items_by_document.setdefault(document_id, []).extend(items)
        if index.documents_of_participant is not None:
            for pid in mentions:
                index.documents_of_participant.setdefault(pid, set()).add(document_id)

    def merge_participant(self, document_id: str, found: FoundParticipant) -> str:
        """File a participant found in one document under its case-wide record."""
        if self._rules is None:  # read when first needed: a batch may add rules before that
            self._rules = NameRules.from_annotations(self.batch.all("annotations"))
        name = self._rules.name_for(found.name, document_id)
        # a country is one participant whatever each article calls it ("Burma", "Myanmar")
        pid = participant_id(COUNTRY_OF.get(name, name) if found.kind == "country" else name)
        if not self.batch.has("participants", pid):
            self._working[pid] = {"id": pid, "name": name, "kind": found.kind, "titles": [], "aliases": []}
            self.batch.put("participants", self._working[pid])
        record = self._working.get(pid) or self.stored_participants()[pid]
        titles = unseen(record["titles"], found.titles)
        # a description ("the president", "the Kenyan ambassador") names its holder only inside
        # its own article: carried case-wide it would merge different presidents
        aliases = unseen(record["aliases"], [a for a in [found.name, *found.aliases]
                                             if name_key(a) != name_key(record["name"])
                                             and not DESCRIPTION_RE.fullmatch(a)])
        if titles or aliases:  # else the record is stored again only if something else changes it
            record = self.working("participants", pid)
            record["titles"] += titles
            record["aliases"] += aliases
        return pid

    def stored_participants(self) -> dict[str, dict]:
        """The participants by id, read once a batch: to look at, not to change (`working` is
        for that). Only those this batch has not changed or deleted are current here."""
        if self._stored_participants is None:
            self._stored_participants = {p["id"]: p for p in self.batch.scan("participants")}
        return self._stored_participants

    def remove_extraction(self, document_id: str) -> None:
        """Drop what extraction found in one document, and participants no other document names."""
        for table, rid in self.items_by_document().pop(document_id, []):
            self.batch.delete(table, rid)
        document = self.working("documents", document_id)
        by_participant = self.documents_of_participant()
        for pid in document.pop("mentions", {}):
            named_in = by_participant.get(pid, set())
            named_in.discard(document_id)
            if not named_in:
                self.batch.delete("participants", pid)
                self._working.pop(pid, None)

    def working(self, table: str, record_id: str) -> dict:
        """A record this batch may change in place: copied from the store once per batch."""
        record = self._working.get(record_id)
        if record is None:
            stored = self.batch.get(table, record_id)
            record = {k: copied(v) for k, v in stored.items()}
            self._working[record_id] = record
            self.batch.put(table, record)
        return record

    def current_by_source(self) -> dict[str, tuple[str, int]]:
        """The current version of each source: (document id, version)."""
        if self.index.current_by_source is None:
            self.index.current_by_source = {d["source"]: (d["id"], d.get("version", 1))
                                            for d in self.batch.scan("documents") if d.get("superseded_by") is None}
        return self.index.current_by_source

    def items_by_document(self) -> dict[str, list[Item]]:
        if self.index.items_by_document is None:
            by_document: dict[str, list[Item]] = {}
            for table in ("statements", "events"):
                for rec in self.batch.scan(table):
                    by_document.setdefault(rec["document_id"], []).append((table, rec["id"]))
            self.index.items_by_document = by_document
        return self.index.items_by_document

    def documents_of_participant(self) -> dict[str, set[str]]:
        if self.index.documents_of_participant is None:
            naming: dict[str, set[str]] = {}
            for doc in self.batch.scan("documents"):
                for pid in doc.get("mentions", {}):
                    naming.setdefault(pid, set()).add(doc["id"])
            self.index.documents_of_participant = naming
        return self.index.documents_of_participant


def copied(value: object) -> object:
    """A copy deep enough to change a record's lists, and the lists in its dicts, in place."""
    if isinstance(value, list):
        return value.copy()
    if isinstance(value, dict):
        return {k: v.copy() if isinstance(v, list) else v for k, v in value.items()}
    return value


def unseen(names: list[str], more: list[str]) -> list[str]:
    """The names of ``more`` that ``names`` lacks (compared by name_key), each once."""
    seen = {name_key(x) for x in names}
    new = []
    for x in more:
        if name_key(x) not in seen:
            seen.add(name_key(x))
            new.append(x)
    return new
