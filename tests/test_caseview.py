"""The plain model under the browser: a hand-built store in, sorted and indexed dataclasses out."""
from __future__ import annotations

from casefile.caseview import UNDATED, Case, timeline_key
from store import CaseStore

ARTICLES = {
    "d-bridge": ("articles/bridge-closed.txt", "2024-03-04", "Harbour bridge closed after crack found", [
        "The Kessel harbour bridge was closed on Monday after engineers found a crack in a support.",
        "“We will not take any risks with people’s lives,” said mayor Ilse Varga, adding that "
        "repairs would start in April.",
        "Transport minister Oren Blau said the closure was regrettable but necessary.",
    ]),
    "d-ferry": ("articles/ferry-service.txt", "2024-03-06", None, [
        "A temporary ferry began crossing the harbour on Wednesday, the port authority said.",
        "“The ferry is a valuable gift to commuters,” Varga said. Oren Blau called it "
        "“a stopgap, not a solution”.",
    ]),
    "d-old": ("articles/ferry-service.txt", "2024-03-06", None, [
        "An earlier version of the ferry story, “now replaced”, said the mayor.",
    ]),
    "d-repair": ("articles/repairs.txt", None, "Repairs begin", [
        "Repairs began in April, the city said. Work should end in 2024.",
    ]),
}
PARTICIPANTS = {
    "p-varga": ("Ilse Varga", "person", ["mayor"], ["Varga"], [("d-bridge", 1, "Ilse Varga"), ("d-ferry", 1, "Varga")]),
    "p-blau": ("Oren Blau", "person", ["transport minister"], [], [("d-bridge", 2, "Oren Blau"), ("d-ferry", 1, "Oren Blau")]),
    "p-port": ("Port Authority", "organization", [], ["port authority"], [("d-ferry", 0, "port authority")]),
    "p-gone": ("Nobody Now", "person", [], [], [("d-old", 0, "the mayor")]),
}
STATEMENTS = [  # (id, document, paragraph, text, kind, speaker)
    ("s-risks", "d-bridge", 1, "We will not take any risks with people’s lives", "direct", "p-varga"),
    ("s-april", "d-bridge", 1, "repairs would start in April", "indirect", "p-varga"),
    ("s-regret", "d-bridge", 2, "the closure was regrettable but necessary", "indirect", "p-blau"),
    ("s-gift", "d-ferry", 1, "The ferry is a valuable gift to commuters", "direct", "p-varga"),
    ("s-stopgap", "d-ferry", 1, "a stopgap, not a solution", "direct", "p-blau"),
    ("s-ferry", "d-ferry", 0, "A temporary ferry began crossing the harbour on Wednesday", "indirect", "p-port"),
    ("s-old", "d-old", 0, "now replaced", "direct", "p-gone"),
]
EVENTS = [  # (id, date, summary, document, paragraph, text, participants)
    ("e-closed", "2024-03-04", "Bridge closed", "d-bridge", 0,
     "The Kessel harbour bridge was closed on Monday", []),
    ("e-crack", "2024-03-04", "Crack found in a support", "d-bridge", 0,
     "engineers found a crack in a support", []),
    ("e-ferry", "2024-03-06", "Temporary ferry starts", "d-ferry", 0,
     "A temporary ferry began crossing the harbour on Wednesday", ["p-port"]),
    ("e-repairs", "2024-04", "Repairs begin", "d-repair", 0, "Repairs began in April", ["p-varga"]),
    ("e-end", "2024", "Work to end", "d-repair", 0, "Work should end in 2024", []),
    ("e-statement", None, "Mayor rules out risks", "d-bridge", 1,
     "We will not take any risks with people’s lives", ["p-varga", "p-blau"]),
]


def span(document_id: str, paragraph: int, text: str) -> dict:
    words = ARTICLES[document_id][3][paragraph]
    start = words.index(text)
    return {"document_id": document_id, "paragraph": paragraph, "start": start, "end": start + len(text), "text": text}


def hand_built_store() -> CaseStore:
    """A small fixed case (one article with an earlier version) put into an in-memory store by hand."""
    store = CaseStore(None)
    mentions: dict[str, dict[str, list[int]]] = {doc_id: {} for doc_id in ARTICLES}
    for pid, (_, _, _, _, spans) in PARTICIPANTS.items():
        for m in map(lambda m: span(*m), spans):
            mentions[m["document_id"]].setdefault(pid, []).extend((m["paragraph"], m["start"], m["end"]))
    with store.batch() as b:
        for doc_id, (source, published, title, paragraphs) in ARTICLES.items():
            b.put("documents", {
                "id": doc_id, "source": source, "published": published, "title": title,
                "paragraphs": paragraphs, "format": "casefile", "version": 2 if doc_id == "d-ferry" else 1,
                "supersedes": "d-old" if doc_id == "d-ferry" else None,
                "superseded_by": "d-ferry" if doc_id == "d-old" else None,
                "ingested_at": "2024-03-07T00:00:00+00:00", "mentions": mentions[doc_id]})
        for pid, (name, kind, titles, aliases, _) in PARTICIPANTS.items():
            b.put("participants", {"id": pid, "name": name, "kind": kind, "titles": titles, "aliases": aliases})
        for sid, doc_id, paragraph, text, kind, speaker in STATEMENTS:
            b.put("statements", {"id": sid, "kind": kind, "speaker_id": speaker, **span(doc_id, paragraph, text)})
        for eid, date, summary, doc_id, paragraph, text, who in EVENTS:
            b.put("events", {"id": eid, "date": date, "summary": summary, "place": None,
                             "participant_ids": who, **span(doc_id, paragraph, text)})
    return store


def test_superseded_articles_and_what_only_they_hold_are_left_out():
    case = Case.from_store(hand_built_store())
    assert set(case.articles) == {"d-bridge", "d-ferry", "d-repair"}
    assert "s-old" not in [s.id for s in case.statements]
    assert "p-gone" not in [p.id for p in case.participants]


def test_participants_sorted_by_statement_count_with_their_titles():
    case = Case.from_store(hand_built_store())
    assert [(p.name, p.statement_count) for p in case.participants] == [
        ("Ilse Varga", 3), ("Oren Blau", 2), ("Port Authority", 1)]
    assert case.participants[0].titles == ("mayor",) and case.participants[0].aliases == ("Varga",)


def test_every_item_points_at_its_exact_characters():
    case = Case.from_store(hand_built_store())
    assert all(s.origin.text == s.text for s in case.statements)
    assert {e.id: e.origin.text for e in case.events}["e-crack"] == "engineers found a crack in a support"


def test_statements_in_article_date_order():
    case = Case.from_store(hand_built_store())
    assert [s.date for s in case.statements] == ["2024-03-04"] * 3 + ["2024-03-06"] * 3


def test_timeline_by_date_month_and_year_precise_then_undated():
    case = Case.from_store(hand_built_store())
    assert [e.id for e in case.events] == ["e-end", "e-closed", "e-crack", "e-ferry", "e-repairs", "e-statement"]
    assert list(dict.fromkeys(e.day for e in case.events)) == ["2024", "2024-03-04", "2024-03-06", "2024-04", UNDATED]


def test_timeline_key_orders_precisions_sensibly():
    dates = ["2024-03-10", None, "2024-03", "2023", "2024", "2024-02-28", "garbage"]
    assert sorted(dates, key=timeline_key) == ["2023", "2024", "2024-02-28", "2024-03", "2024-03-10", None, "garbage"]


def test_filter_by_participant():
    case = Case.from_store(hand_built_store())
    blau = case.participant("p-blau")
    assert [case.statements[i].text for i in case.statements_by(blau.id)] == [
        "the closure was regrettable but necessary", "a stopgap, not a solution"]
    assert [case.events[i].id for i in case.events_with(blau.id)] == ["e-statement"]
    assert case.statements_by("p-nobody") == []


def test_labels_and_citation():
    case = Case.from_store(hand_built_store())
    assert case.articles["d-bridge"].label == "Harbour bridge closed after crack found"
    assert case.articles["d-ferry"].label == "A temporary ferry began crossing the harbour on…"
    gift = next(s for s in case.statements if s.id == "s-gift")
    assert gift.citation() == ("“The ferry is a valuable gift to commuters” — Ilse Varga (direct), "
                               "“A temporary ferry began crossing the harbour on…”, 2024-03-06, paragraph 2, "
                               "articles/ferry-service.txt")
    gift.said_on = "2024-03-05"  # said the day before the article came out
    assert gift.date == "2024-03-05"
    assert gift.citation().startswith("“The ferry is a valuable gift to commuters” — Ilse Varga (direct, said "
                                      "2024-03-05), “A temporary ferry")


def test_empty_store_is_an_empty_case():
    assert Case.from_store(CaseStore(None)).is_empty


def test_tags_and_notes_of_statements_events_and_participants():
    from casefile.annotations import annotate, attach_notes

    store = hand_built_store()
    with store.batch() as b:
        annotate(b, "s-risks", add_tags=["promise"])
        annotate(b, "e-crack", note="engineers' report")
        annotate(b, "p-blau", add_tags=["minister"])
        annotate(b, "s-old", add_tags=["gone"])  # in a superseded version
    case = Case.from_store(store)
    assert case.notes_of("s-risks").tags == ("promise",)
    assert case.notes_of("e-crack").note == "engineers' report"
    assert case.notes_of("p-blau").tags == ("minister",)
    # Only the items near the notes are read again, with the same result as reading them all.
    successors = {d["id"]: d["superseded_by"] for d in store.documents() if d.get("superseded_by")}
    assert case.notes == attach_notes(store.annotations(), store.statements(), store.events(), successors)


def test_the_case_keeps_no_copy_of_an_items_words():
    case = Case.from_store(hand_built_store())
    statement = case.statements[0]
    assert statement.text == statement.origin.text
    assert not hasattr(statement, "__dict__")  # slots only: a 100k-statement case holds no dict per item
