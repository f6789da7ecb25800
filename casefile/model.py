"""The plain data of a case file, shared by ingest, extraction, the store and the UI.

Nothing here knows about TinyDB or Textual. Every span is a (paragraph, start, end)
triple into a document's verbatim paragraphs, with the text it covers, so that
``document.paragraphs[span.paragraph][span.start:span.end] == span.text`` always holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field

PARTICIPANT_KINDS = ("person", "organization", "country", "group", "place")
STATEMENT_KINDS = ("direct", "indirect")


@dataclass(frozen=True, slots=True)
class Span:
    """Exact characters of one paragraph."""

    paragraph: int
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, paragraphs: list[str], paragraph: int, start: int, end: int) -> Span:
        return cls(paragraph, start, end, paragraphs[paragraph][start:end])


@dataclass(slots=True)
class Document:
    """One article, its paragraphs verbatim (line ends normalised to ``\\n``)."""

    id: str
    source: str
    published: str | None  # YYYY-MM-DD, or None when the file does not say
    title: str | None
    paragraphs: list[str]


# ---- what extraction finds in one document ---------------------------------------


@dataclass(slots=True)
class FoundParticipant:
    """A participant as one document knows it. ``key`` is local to the document."""

    key: str
    name: str  # the fullest proper name the article gives
    kind: str  # one of PARTICIPANT_KINDS
    titles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class FoundStatement:
    span: Span  # the statement's words, quotation marks left out
    kind: str  # "direct" or "indirect"
    speaker: str | None  # a FoundParticipant.key of the same document
    date: str | None = None  # the day the words were said, as precisely as the article tells


@dataclass(slots=True)
class FoundEvent:
    span: Span  # the clause that says what happened
    summary: str
    date: str | None  # "YYYY-MM-DD", "YYYY-MM", "YYYY" or None when the article does not say
    participants: list[str] = field(default_factory=list)  # FoundParticipant keys
    place: str | None = None


@dataclass(slots=True)
class Extraction:
    participants: list[FoundParticipant] = field(default_factory=list)
    statements: list[FoundStatement] = field(default_factory=list)
    events: list[FoundEvent] = field(default_factory=list)
