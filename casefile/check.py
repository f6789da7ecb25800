"""``casefile check``: is a store sound? Every reference resolves, every span is exact."""
from __future__ import annotations

from store import CaseStore

from .records import mentions_in

MAX_PROBLEMS_LISTED = 50


def check_store(store: CaseStore) -> list[str]:
    """Problems found, one line each; an empty list means the store is sound."""
    problems: list[str] = []
    documents = {d["id"]: d for d in store.documents()}
    participants = {p["id"] for p in store.participants()}

    def check_span(what: str, document_id: str, paragraph: object, start: object, end: object,
                   text: str | None = None) -> None:
        """The span lies in a current document's paragraph and, if it carries text, covers exactly it."""
        doc = documents.get(document_id)
        if doc is None:
            problems.append(f"{what}: document {document_id} is not in the store")
            return
        if doc.get("superseded_by"):
            problems.append(f"{what}: points into superseded document {doc['id']}")
        paragraphs = doc.get("paragraphs") or []
        if not (isinstance(paragraph, int) and 0 <= paragraph < len(paragraphs)):
            problems.append(f"{what}: paragraph {paragraph} is not in document {doc['id']}")
        elif not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(paragraphs[paragraph])):
            problems.append(f"{what}: span {start}:{end} is outside paragraph {paragraph} of document {doc['id']}")
        elif text is not None and paragraphs[paragraph][start:end] != text:
            problems.append(f"{what}: text differs from paragraph {paragraph}[{start}:{end}] of document {doc['id']}")

    for doc in documents.values():
        if not isinstance(doc.get("paragraphs"), list) or not all(isinstance(p, str) for p in doc["paragraphs"]):
            problems.append(f"document {doc['id']}: paragraphs are not a list of text")
            continue
        for link in ("supersedes", "superseded_by"):
            if doc.get(link) and doc[link] not in documents:
                problems.append(f"document {doc['id']}: {link} {doc[link]} is not in the store")
        for pid, paragraph, start, end in mentions_in(doc):
            what = f"document {doc['id']} mention of {pid}"
            if pid not in participants:
                problems.append(f"{what}: no such participant")
            check_span(what, doc["id"], paragraph, start, end)
    for person in store.participants():
        if not person.get("name"):
            problems.append(f"participant {person['id']}: has no name")
    for st in store.statements():
        what = f"statement {st['id']}"
        check_span(what, st.get("document_id"), st.get("paragraph"), st.get("start"), st.get("end"), st.get("text"))
        if st.get("speaker_id") is not None and st["speaker_id"] not in participants:
            problems.append(f"{what}: speaker {st['speaker_id']} is not a participant")
    for ev in store.events():
        what = f"event {ev['id']}"
        check_span(what, ev.get("document_id"), ev.get("paragraph"), ev.get("start"), ev.get("end"), ev.get("text"))
        missing = [pid for pid in ev.get("participant_ids", []) if pid not in participants]
        if missing:
            problems.append(f"{what}: participants {', '.join(missing)} are not in the store")
    return problems
