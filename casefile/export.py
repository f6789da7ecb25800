"""The JSON export (schema ``casefile.export/1``, see README): the case as others read it."""
from __future__ import annotations

from store import CaseStore

from .records import mentions_in

EXPORT_SCHEMA = "casefile.export/1"
_DOCUMENT_FIELDS = ("id", "source", "published", "title", "paragraphs")
_SPAN_FIELDS = ("document_id", "paragraph", "start", "end", "text")


def export_json(store: CaseStore, statement_ids: set[str] | None = None,
                event_ids: set[str] | None = None) -> dict:
    """Current documents (not earlier versions) and everything extracted from them.

    Given ids, only those statements and events, with the documents and participants
    they refer to.
    """
    statements = [s for s in store.statements() if statement_ids is None or s["id"] in statement_ids]
    events = [e for e in store.events() if event_ids is None or e["id"] in event_ids]
    documents = [d for d in store.documents() if d.get("superseded_by") is None]
    participants = store.participants()
    if statement_ids is not None or event_ids is not None:
        used_docs = {x["document_id"] for x in statements + events}
        used_people = {s["speaker_id"] for s in statements} | {p for e in events for p in e["participant_ids"]}
        documents = [d for d in documents if d["id"] in used_docs]
        participants = [p for p in participants if p["id"] in used_people]
    mentions: dict[str, list[dict]] = {p["id"]: [] for p in participants}
    for doc in documents:
        for pid, paragraph, start, end in mentions_in(doc):
            if pid in mentions:
                mentions[pid].append({"document_id": doc["id"], "paragraph": paragraph, "start": start,
                                      "end": end, "text": doc["paragraphs"][paragraph][start:end]})
    return {
        "schema": EXPORT_SCHEMA,
        "documents": [{k: d[k] for k in _DOCUMENT_FIELDS} for d in documents],
        "participants": [
            {"id": p["id"], "name": p["name"], "kind": p["kind"], "titles": p["titles"],
             "aliases": p["aliases"], "mentions": mentions[p["id"]]}
            for p in participants
        ],
        "statements": [
            {"id": s["id"], "text": s["text"], "kind": s["kind"], "speaker_id": s["speaker_id"],
             **{k: s[k] for k in _SPAN_FIELDS}}
            for s in statements
        ],
        "events": [
            {"id": e["id"], "date": e["date"], "summary": e["summary"], "text": e["text"],
             "participant_ids": e["participant_ids"], **{k: e[k] for k in _SPAN_FIELDS}}
            for e in events
        ],
    }
