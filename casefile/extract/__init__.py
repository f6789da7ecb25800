"""Extraction: participants, statements and events of one document, as plain data.

Pure standard-library text rules; every span indexes the document's verbatim paragraphs.
Each paragraph is analysed once (tokens, quotes, sentences) and shared by the steps;
the dateline, sentences and clauses that dating reads are worked out once (a Story)
for both the statements' days and the events.
"""
from __future__ import annotations

from casefile.model import Document, Extraction

from .events import Story, find_events, said_on
from .occasions import find_occasions
from .participants import find_participants
from .statements import find_statements
from .text import analyse


def extract(document: Document) -> Extraction:
    """Participants, statements and events of one document."""
    paragraphs = [analyse(i, text) for i, text in enumerate(document.paragraphs)]
    participants = find_participants(document, paragraphs)
    statements = find_statements(document, paragraphs, participants)
    story = Story(document, [paragraph.quotes for paragraph in paragraphs])
    day_said = said_on(document, story)
    for statement in statements:
        statement.date = day_said(statement.span)
    events = find_events(document, participants, story)
    events += find_occasions(document.paragraphs, story.anchor, participants, events)
    return Extraction(participants, statements, events)
