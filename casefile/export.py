"""The JSON export (schema ``casefile.export/1``, see README): the case as others read it."""
from __future__ import annotations

from store import CaseStore

EXPORT_SCHEMA = "casefile.export/1"
_DOCUMENT_FIELDS = ("id", "source", "published", "title", "paragraphs")
_SPAN_FIELDS = ("document_id", "paragraph", "start", "end", "text")


def export_json(store: CaseStore) -> dict:
    """Current documents (not earlier versions) and everything extracted from them."""
    documents = [d for d in store.documents() if d.get("superseded_by") is None]
    return {
        "schema": EXPORT_SCHEMA,
        "documents": [{k: d[k] for k in _DOCUMENT_FIELDS} for d in documents],
        "participants": [
            {"id": p["id"], "name": p["name"], "kind": p["kind"], "titles": p["titles"],
             "aliases": p["aliases"], "mentions": [{k: m[k] for k in _SPAN_FIELDS} for m in p["mentions"]]}
            for p in store.participants()
        ],
        "statements": [
            {"id": s["id"], "text": s["text"], "kind": s["kind"], "speaker_id": s["speaker_id"],
             **{k: s[k] for k in _SPAN_FIELDS}}
            for s in store.statements()
        ],
        "events": [
            {"id": e["id"], "date": e["date"], "summary": e["summary"], "text": e["text"],
             "participant_ids": e["participant_ids"], **{k: e[k] for k in _SPAN_FIELDS}}
            for e in store.events()
        ],
    }
