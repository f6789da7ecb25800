"""``casefile check``: is a store sound? Every reference resolves, every span is exact."""
from __future__ import annotations

from store import CaseStore

MAX_PROBLEMS_LISTED = 50


def check_store(store: CaseStore) -> list[str]:
    """Problems found, one line each; an empty list means the store is sound."""
    problems: list[str] = []
    documents = {d["id"]: d for d in store.documents()}
    participants = {p["id"] for p in store.participants()}

    for doc in documents.values():
        if not isinstance(doc.get("paragraphs"), list) or not all(isinstance(p, str) for p in doc["paragraphs"]):
            problems.append(f"document {doc['id']}: paragraphs are not a list of text")
        for link in ("supersedes", "superseded_by"):
            if doc.get(link) and doc[link] not in documents:
                problems.append(f"document {doc['id']}: {link} {doc[link]} is not in the store")

    def check_span(what: str, item: dict) -> None:
        doc = documents.get(item.get("document_id"))
        if doc is None:
            problems.append(f"{what}: document {item.get('document_id')} is not in the store")
            return
        if doc.get("superseded_by"):
            problems.append(f"{what}: points into superseded document {doc['id']}")
        paragraphs = doc.get("paragraphs") or []
        p, start, end = item.get("paragraph"), item.get("start"), item.get("end")
        if not (isinstance(p, int) and 0 <= p < len(paragraphs)):
            problems.append(f"{what}: paragraph {p} is not in document {doc['id']}")
        elif not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(paragraphs[p])):
            problems.append(f"{what}: span {start}:{end} is outside paragraph {p} of document {doc['id']}")
        elif paragraphs[p][start:end] != item.get("text"):
            problems.append(f"{what}: text differs from paragraph {p}[{start}:{end}] of document {doc['id']}")

    for person in store.participants():
        if not person.get("name"):
            problems.append(f"participant {person['id']}: has no name")
        for i, mention in enumerate(person.get("mentions", [])):
            check_span(f"participant {person['id']} mention {i}", mention)
    for st in store.statements():
        check_span(f"statement {st['id']}", st)
        if st.get("speaker_id") is not None and st["speaker_id"] not in participants:
            problems.append(f"statement {st['id']}: speaker {st['speaker_id']} is not a participant")
    for ev in store.events():
        check_span(f"event {ev['id']}", ev)
        missing = [pid for pid in ev.get("participant_ids", []) if pid not in participants]
        if missing:
            problems.append(f"event {ev['id']}: participants {', '.join(missing)} are not in the store")
    return problems
