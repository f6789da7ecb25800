"""Extraction: participants, statements and events of one document, as plain data.

Pure standard-library text rules; every span indexes the document's verbatim paragraphs.
"""
from __future__ import annotations

from casefile.model import Document, Extraction

from .participants import find_participants
from .statements import find_statements
from .text import analyse

try:  # events.py is written alongside this package; until it lands there are no events
    from .events import find_events
except ImportError:
    find_events = None


def extract(document: Document) -> Extraction:
    """Participants, statements and events of one document."""
    paragraphs = [analyse(i, text) for i, text in enumerate(document.paragraphs)]
    participants = find_participants(document, paragraphs)
    statements = find_statements(document, paragraphs, participants)
    events = find_events(document, participants) if find_events else []
    return Extraction(participants, statements, events)
