"""The case as the browser shows it: plain dataclasses built from a CaseStore, sorted and indexed.

Nothing here knows about widgets. Superseded article versions, and everything that
points only into them, are left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from store import CaseStore, bulk_allocation

from .annotations import Notes, notes_by_item

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
    # participant id -> flat [paragraph, start, end, ...] triples, as stored
    mentions: Mapping[str, Sequence[int]] = field(default_factory=dict, compare=False, repr=False)

    def mentions_of(self, participant_id: str) -> list[Origin]:
        triples = self.mentions.get(participant_id, ())
        return [Origin(self, triples[i], triples[i + 1], triples[i + 2]) for i in range(0, len(triples), 3)]

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
    first_mention: Origin | None  # where the case first names them (the rest: Case.mentions_of)
    mention_count: int = 0
    statement_count: int = 0


@dataclass(slots=True, eq=False)
class Statement:
    id: str
    text: str
    kind: str  # "direct" or "indirect"
    speaker: Participant | None
    origin: Origin
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
        return self.said_on or self.origin.article.published

    def citation(self) -> str:
        """The statement with who said it and where, as one would paste it into notes."""
        article = self.origin.article
        when = f", said {self.said_on}" if self.said_on and self.said_on != article.published else ""
        return (f"“{self.text}” — {self.speaker_name} ({self.manner}{when}), “{article.label}”, "
                f"{article.published or 'undated'}, paragraph {self.origin.paragraph + 1}, {article.source}")


@dataclass(slots=True, eq=False)
class Event:
    id: str
    date: str | None  # "YYYY-MM-DD", "YYYY-MM", "YYYY" or None
    summary: str
    place: str | None
    participants: tuple[Participant, ...]
    origin: Origin

    @property
    def day(self) -> str:
        """The timeline group the event belongs to."""
        return self.date or UNDATED


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
    _naming: dict[str, list[Article]] = field(default_factory=dict)
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

    def mentions_of(self, participant_id: str) -> list[Origin]:
        """Every place the case names a participant, article by article."""
        return [o for article in self._naming.get(participant_id, []) for o in article.mentions_of(participant_id)]

    def statements_by(self, participant_id: str) -> list[int]:
        """Positions in ``statements`` of what the participant said."""
        return self._statements_by.get(participant_id, [])

    def events_with(self, participant_id: str) -> list[int]:
        """Positions in ``events`` of the events the participant took part in."""
        return self._events_with.get(participant_id, [])

    @classmethod
    def from_store(cls, store: CaseStore) -> Case:
        with bulk_allocation():
            return cls._build(store)

    @classmethod
    def _build(cls, store: CaseStore) -> Case:
        articles = {
            d["id"]: Article(d["id"], d["source"], d.get("published"), d.get("title"), tuple(d["paragraphs"]),
                             d.get("mentions", {}))
            for d in store.documents() if d.get("superseded_by") is None
        }

        def origin(record: dict) -> Origin | None:
            article = articles.get(record["document_id"])
            return article and Origin(article, record["paragraph"], record["start"], record["end"])

        people: dict[str, Participant] = {
            p["id"]: Participant(p["id"], p["name"], p["kind"], tuple(p["titles"]), tuple(p["aliases"]), None)
            for p in store.participants()
        }
        naming: dict[str, list[Article]] = {}
        for article in articles.values():
            for pid, triples in article.mentions.items():
                person = people.get(pid)
                if person is None:
                    continue
                naming.setdefault(pid, []).append(article)
                person.mention_count += len(triples) // 3
                if person.first_mention is None and triples:
                    person.first_mention = Origin(article, triples[0], triples[1], triples[2])

        statements = []
        for s in store.statements():
            where = origin(s)
            if where:
                statements.append(Statement(s["id"], s["text"], s["kind"], people.get(s["speaker_id"] or ""), where,
                                            s.get("date")))
        statements.sort(key=lambda s: (s.date or "9999", s.origin.article.id, s.origin.paragraph, s.origin.start))

        events = []
        for e in store.events():
            where = origin(e)
            if where:
                who = tuple(people[pid] for pid in e["participant_ids"] if pid in people)
                events.append(Event(e["id"], e.get("date"), e["summary"], e.get("place"), who, where))
        events.sort(key=lambda e: (timeline_key(e.date), e.origin.article.published or "9999",
                                   e.origin.article.id, e.origin.paragraph, e.origin.start))

        case = cls(articles=articles, statements=statements, events=events, _by_id=people, _naming=naming,
                   notes=notes_by_item(store))
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
