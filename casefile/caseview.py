"""The case as the browser shows it: plain dataclasses built from a CaseStore, sorted and indexed.

Nothing here knows about widgets. Superseded article versions, and everything that
points only into them, are left out.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from store import CaseStore, bulk_allocation

from .annotations import Notes, attach_notes

NO_NOTES = Notes()

UNDATED = "undated"
LABEL_WORDS = 8  # words of the first paragraph that stand in for a missing title
_EDITORS_NOTE = re.compile(r"^\s*\([^()]*\)\s*")


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    source: str
    published: str | None
    title: str | None
    paragraphs: tuple[str, ...]

    @property
    def label(self) -> str:
        """The title, or the first words when the article has none."""
        if self.title:
            return self.title
        # An editor's note in brackets before the story is not the article's first words.
        words = _EDITORS_NOTE.sub("", " ".join(self.paragraphs[:1]), count=1).split()
        return " ".join(words[:LABEL_WORDS]) + ("…" if len(words) > LABEL_WORDS else "")


@dataclass(frozen=True, slots=True)
class Origin:
    """The exact characters an item came from: ``article.paragraphs[paragraph][start:end]``."""

    article: Article
    paragraph: int
    start: int
    end: int

    @property
    def paragraph_text(self) -> str:
        return self.article.paragraphs[self.paragraph]

    @property
    def text(self) -> str:
        return self.paragraph_text[self.start:self.end]


@dataclass(slots=True, eq=False)
class Participant:
    id: str
    name: str
    kind: str
    titles: tuple[str, ...]
    aliases: tuple[str, ...]
    first_mention: Origin | None = None  # where the case first names them
    mention_count: int = 0  # times the case names them
    article_count: int = 0  # articles that name them
    statement_count: int = 0


@dataclass(slots=True, eq=False)
class Located:
    """An item's place in its article. Its words are not stored apart: they are the article's own
    characters, sliced when asked for, so a 100k-item case holds its text once."""

    article: Article
    paragraph: int
    start: int
    end: int

    @property
    def origin(self) -> Origin:
        return Origin(self.article, self.paragraph, self.start, self.end)

    @property
    def text(self) -> str:
        """The item's exact words in the article."""
        return self.article.paragraphs[self.paragraph][self.start:self.end]


@dataclass(slots=True, eq=False)
class Statement(Located):
    id: str
    kind: str  # "direct" or "indirect"
    speaker: Participant | None
    said_on: str | None = None  # the day the article says the words were said, when it says

    @property
    def speaker_name(self) -> str:
        return self.speaker.name if self.speaker else "unknown speaker"

    @property
    def manner(self) -> str:
        """How the article gives the words: quoted directly, or reported."""
        return "direct" if self.kind == "direct" else "reported"

    @property
    def date(self) -> str | None:
        """The day the words were said, else the day the article was published."""
        return self.said_on or self.article.published

    def citation(self) -> str:
        """The statement with who said it and where, as one would paste it into notes."""
        article = self.article
        when = f", said {self.said_on}" if self.said_on and self.said_on != article.published else ""
        return (f"“{self.text}” — {self.speaker_name} ({self.manner}{when}), “{article.label}”, "
                f"{article.published or 'undated'}, paragraph {self.paragraph + 1}, {article.source}")


@dataclass(slots=True, eq=False)
class Event(Located):
    id: str
    date: str | None  # "YYYY-MM-DD", "YYYY-MM", "YYYY" or None
    summary: str
    place: str | None
    participants: tuple[Participant, ...]

    @property
    def day(self) -> str:
        """The timeline group the event belongs to."""
        return self.date or UNDATED


class StatementTexts(Sequence[tuple[str, str]]):
    """``(text, speaker name)`` of each statement, made when asked for: what a SearchIndex searches,
    without a second copy of every statement's words."""

    def __init__(self, statements: Sequence[Statement]):
        self._statements = statements

    def __len__(self) -> int:
        return len(self._statements)

    def __getitem__(self, index: int) -> tuple[str, str]:
        statement = self._statements[index]
        return statement.text, statement.speaker_name


_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def timeline_key(date: str | None) -> tuple[int, int, int, int]:
    """Chronological order; a month- or year-precise date goes before the days it contains,
    undated (or unreadable) dates last."""
    found = _DATE.match(date or "")
    if not found:
        return (1, 0, 0, 0)
    year, month, day = found.groups()
    return (0, int(year), int(month or 0), int(day or 0))


@dataclass(slots=True)
class Case:
    """Everything the browser shows, sorted: participants by statement count, statements
    by article date, events in timeline order."""

    articles: dict[str, Article] = field(default_factory=dict)
    participants: list[Participant] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    _by_id: dict[str, Participant] = field(default_factory=dict)
    _statements_by: dict[str, list[int]] = field(default_factory=dict)
    _events_with: dict[str, list[int]] = field(default_factory=dict)
    notes: dict[str, Notes] = field(default_factory=dict)  # the analyst's tags and notes, by item id

    @property
    def is_empty(self) -> bool:
        return not self.articles

    def notes_of(self, item_id: str) -> Notes:
        return self.notes.get(item_id, NO_NOTES)

    def tagged(self, tag: str) -> set[str]:
        """Ids of the items carrying a tag."""
        return {item_id for item_id, notes in self.notes.items() if tag in notes.tags}

    def participant(self, participant_id: str) -> Participant | None:
        return self._by_id.get(participant_id)

    def statements_by(self, participant_id: str) -> list[int]:
        """Positions in ``statements`` of what the participant said."""
        return self._statements_by.get(participant_id, [])

    def events_with(self, participant_id: str) -> list[int]:
        """Positions in ``events`` of the events the participant took part in."""
        return self._events_with.get(participant_id, [])

    @classmethod
    def from_store(cls, store: CaseStore) -> Case:
        """The case as stored now. It keeps none of the store's records: the caller may release the store."""
        with bulk_allocation():
            return cls._build(store)

    @classmethod
    def _build(cls, store: CaseStore) -> Case:
        people = {p["id"]: Participant(p["id"], p["name"], p["kind"], tuple(p["titles"]), tuple(p["aliases"]))
                  for p in _records(store, "participants")}
        articles, successors = _read_articles(store, people)
        statements = _read_statements(store, articles, people)
        events = _read_events(store, articles, people)
        case = cls(articles=articles, statements=statements, events=events, _by_id=people,
                   notes=_read_notes(store, successors))
        for i, statement in enumerate(statements):
            if statement.speaker:
                statement.speaker.statement_count += 1
                case._statements_by.setdefault(statement.speaker.id, []).append(i)
        for i, event in enumerate(events):
            for p in dict.fromkeys(event.participants):
                case._events_with.setdefault(p.id, []).append(i)
        case.participants = sorted(
            (p for p in people.values() if p.mention_count or p.id in case._statements_by or p.id in case._events_with),
            key=lambda p: (-p.statement_count, p.name.casefold()),
        )
        return case


# ---- reading the store ---------------------------------------------------------------
# One record at a time: nothing below keeps a record, or a list of a table's records, once
# its values are in the model.


def _records(store: CaseStore, table: str) -> Iterable[dict]:
    """The records of one table, one at a time (the store never holds them all); the only
    place the model reads the store."""
    return store.scan(table)


def _pooled(pool: dict, value):
    """One object for equal values: a hundred thousand items share two kinds, a few hundred dates and places."""
    return pool.setdefault(value, value)


def _read_articles(store: CaseStore, people: dict[str, Participant]) -> tuple[dict[str, Article], dict[str, str]]:
    """The current articles by id, and the newer version of each superseded one. Counts each
    participant's mentions on the way (the mentions themselves are not kept)."""
    articles: dict[str, Article] = {}
    successors: dict[str, str] = {}
    for d in _records(store, "documents"):
        if d.get("superseded_by") is not None:
            successors[d["id"]] = d["superseded_by"]
            continue
        article = articles[d["id"]] = Article(d["id"], d["source"], d.get("published"), d.get("title"),
                                              tuple(d["paragraphs"]))
        for pid, triples in d.get("mentions", {}).items():  # participant id -> [paragraph, start, end, ...]
            person = people.get(pid)
            if person is None or not triples:
                continue
            person.mention_count += len(triples) // 3
            person.article_count += 1
            if person.first_mention is None:
                person.first_mention = Origin(article, *triples[:3])
    return articles, successors


def _read_statements(store: CaseStore, articles: dict[str, Article], people: dict[str, Participant]) -> list[Statement]:
    """The statements of the current articles, by date."""
    pool: dict = {}
    statements = [
        Statement(article, s["paragraph"], s["start"], s["end"], s["id"], _pooled(pool, s["kind"]),
                  people.get(s["speaker_id"] or ""), _pooled(pool, s.get("date")))
        for s in _records(store, "statements") if (article := articles.get(s["document_id"]))
    ]
    statements.sort(key=lambda s: (s.date or "9999", s.article.id, s.paragraph, s.start))
    return statements


def _read_events(store: CaseStore, articles: dict[str, Article], people: dict[str, Participant]) -> list[Event]:
    """The events of the current articles, in timeline order."""
    pool: dict = {}
    groups: dict[tuple[str, ...], tuple[Participant, ...]] = {}  # a few thousand distinct groups over 100k events
    events = []
    for e in _records(store, "events"):
        article = articles.get(e["document_id"])
        if article is None:
            continue
        ids = tuple(e["participant_ids"])
        if ids not in groups:
            groups[ids] = tuple(people[pid] for pid in ids if pid in people)
        events.append(Event(article, e["paragraph"], e["start"], e["end"], e["id"], _pooled(pool, e.get("date")),
                            e["summary"], _pooled(pool, e.get("place")), groups[ids]))
    events.sort(key=lambda e: (timeline_key(e.date), e.article.published or "9999", e.article.id, e.paragraph,
                               e.start))
    return events


def _read_notes(store: CaseStore, successors: dict[str, str]) -> dict[str, Notes]:
    """The analyst's tags and notes by item id. Only the items of the articles the notes point
    into (or of those articles' newer versions) can carry one, so only those are read again."""
    annotations = list(_records(store, "annotations"))
    if not annotations:
        return {}
    wanted: set[str] = set()
    for annotation in annotations:
        document = annotation.get("anchor", {}).get("document_id")
        while document is not None and document not in wanted:
            wanted.add(document)
            document = successors.get(document)

    def near(table: str) -> list[dict]:
        return [r for r in _records(store, table) if r["document_id"] in wanted]

    return attach_notes(annotations, near("statements"), near("events"), successors)
