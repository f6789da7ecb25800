"""The analyst's own work: tags and notes, and corrections to who is who.

It lives in the store's ``annotations`` table, apart from what extraction produces,
and is keyed by things re-extraction does not change:

- a tag or note on a statement or event is anchored to the exact words (document,
  paragraph, span, text); after re-extraction it re-attaches to the item of the same
  document and paragraph whose span overlaps those words most;
- a tag or note on a participant is anchored to the participant's id, which comes
  from its name;
- a merge ("A is really B") or a split ("in these articles, A is really C") is a
  rule on names that the case writer applies every time it stores extraction.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from store import Batch, CaseStore

from .ids import name_key, short_hash

ITEM_TABLES = {"statement": "statements", "event": "events", "participant": "participants"}


class AnnotationError(ValueError):
    """A request that names nothing, or names something ambiguously; one line."""


@dataclass(frozen=True, slots=True)
class Notes:
    """The tags and note attached to one item."""

    tags: tuple[str, ...] = ()
    note: str = ""


# ---- tags and notes ----------------------------------------------------------------


def item_kind(item_id: str) -> str:
    prefix = {"s": "statement", "e": "event", "p": "participant"}.get(item_id.split("-", 1)[0])
    if prefix is None:
        raise AnnotationError(f"{item_id}: not a statement (s-...), event (e-...) or participant (p-...) id")
    return prefix


def anchor_of(kind: str, record: dict) -> dict:
    if kind == "participant":
        return {"participant_id": record["id"]}
    return {k: record[k] for k in ("document_id", "paragraph", "start", "end", "text")}


def annotation_id(kind: str, anchor: dict) -> str:
    return "a-" + short_hash(kind, *(anchor[k] for k in sorted(anchor)))


def annotate(batch: Batch, item_id: str, *, add_tags: list[str] = (), remove_tags: list[str] = (),
             note: str | None = None) -> Notes:
    """Change the tags and note of one statement, event or participant; returns the result."""
    kind = item_kind(item_id)
    record = batch.get(ITEM_TABLES[kind], item_id)
    if record is None:
        raise AnnotationError(f"{item_id}: no such {kind} in the store")
    anchor = anchor_of(kind, record)
    aid = annotation_id(kind, anchor)
    current = batch.get("annotations", aid) or {"id": aid, "type": "notes", "target": kind, "anchor": anchor,
                                                 "tags": [], "note": ""}
    removing = {clean_tag(t) for t in remove_tags}
    tags = [t for t in current["tags"] if t not in removing]
    tags += [t for t in dict.fromkeys(map(clean_tag, add_tags)) if t not in tags]
    updated = {**current, "tags": tags, "note": current["note"] if note is None else note.strip(),
               "updated_at": now()}
    if updated["tags"] or updated["note"]:
        batch.put("annotations", updated)
    else:
        batch.delete("annotations", aid)
    return Notes(tuple(updated["tags"]), updated["note"])


def clean_tag(tag: str) -> str:
    tag = "-".join(tag.strip().lstrip("#").split())
    if not tag:
        raise AnnotationError("a tag cannot be empty")
    return tag


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def attach_notes(annotations: list[dict], statements: list[dict], events: list[dict],
                 successors: dict[str, str] | None = None) -> dict[str, Notes]:
    """Item id -> its tags and note, for the items stored now (after any re-extraction).

    ``successors`` maps a superseded document to its newer version, where a note on
    unchanged words follows them.
    """
    successors = successors or {}
    attached: dict[str, Notes] = {}
    by_paragraph: dict[tuple[str, str, int], list[dict]] = {}
    by_text: dict[tuple[str, str, str], dict] = {}
    for kind, records in (("statement", statements), ("event", events)):
        for rec in records:
            by_paragraph.setdefault((kind, rec["document_id"], rec["paragraph"]), []).append(rec)
            by_text.setdefault((kind, rec["document_id"], rec["text"]), rec)
    for ann in annotations:
        if ann.get("type") != "notes":
            continue
        notes = Notes(tuple(ann["tags"]), ann["note"])
        anchor = ann["anchor"]
        if ann["target"] == "participant":
            attached[anchor["participant_id"]] = notes
            continue
        candidates = by_paragraph.get((ann["target"], anchor["document_id"], anchor["paragraph"]), [])
        best = max(candidates, key=lambda rec: overlap(rec, anchor), default=None)
        if best is not None and overlap(best, anchor) * 2 > anchor["end"] - anchor["start"]:
            attached[best["id"]] = notes
            continue
        document_id, seen = anchor["document_id"], set()
        while document_id in successors and document_id not in seen:
            seen.add(document_id)
            document_id = successors[document_id]
        same_words = by_text.get((ann["target"], document_id, anchor["text"]))
        if same_words is not None:
            attached[same_words["id"]] = notes
    return attached


def overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


# ---- merges and splits of participants ------------------------------------------------


@dataclass(slots=True)
class NameRules:
    """The analyst's corrections to participant identity, applied to every extraction."""

    merges: dict[str, str] = field(default_factory=dict)  # name key -> name it is really
    splits: dict[tuple[str, str], str] = field(default_factory=dict)  # (document id, name key) -> new name

    @classmethod
    def from_annotations(cls, annotations: list[dict]) -> NameRules:
        rules = cls()
        for ann in annotations:
            if ann.get("type") == "merge":
                rules.merges[ann["from_key"]] = ann["into"]
            elif ann.get("type") == "split":
                for doc_id in ann["document_ids"]:
                    rules.splits[(doc_id, ann["name_key"])] = ann["as"]
        return rules

    def name_for(self, name: str, document_id: str) -> str:
        """The name a participant found in one document is filed under."""
        seen = set()
        while name_key(name) in self.merges and name_key(name) not in seen:  # merges may chain
            seen.add(name_key(name))
            name = self.merges[name_key(name)]
        return self.splits.get((document_id, name_key(name)), name)


def find_participant(store_or_batch: CaseStore | Batch, ref: str) -> dict:
    """A participant by id, or by name or alias (case-insensitive) when that is unambiguous."""
    participants = store_or_batch.all("participants")
    for p in participants:
        if p["id"] == ref:
            return p
    key = name_key(ref)
    by_name = [p for p in participants if name_key(p["name"]) == key]
    if len(by_name) == 1:
        return by_name[0]
    by_alias = [p for p in participants if key in {name_key(a) for a in p["aliases"]}]
    found = by_name or by_alias
    if len(found) == 1:
        return found[0]
    if not found:
        raise AnnotationError(f"{ref}: no participant with that id, name or alias")
    names = ", ".join(f"{p['name']} ({p['id']})" for p in found[:5])
    raise AnnotationError(f"{ref}: ambiguous; it could be {names}")


def merge_rule(source: dict, target: dict) -> dict:
    key = name_key(source["name"])
    return {"id": "m-" + short_hash(key), "type": "merge", "from_key": key, "from": source["name"],
            "into": target["name"], "updated_at": now()}


def split_rule(participant: dict, document_ids: list[str], new_name: str) -> dict:
    key = name_key(participant["name"])
    return {"id": "x-" + short_hash(key, *sorted(document_ids)), "type": "split", "name_key": key,
            "name": participant["name"], "document_ids": sorted(document_ids), "as": new_name.strip(),
            "updated_at": now()}
