"""Extraction: participants, statements and events of one document, as plain data.

Pure standard-library text rules; every span indexes the document's verbatim paragraphs.
Each paragraph is analysed once (tokens, quotes, sentences) and shared by the steps.
"""
from __future__ import annotations

from datetime import date

from casefile.model import Document, Extraction

from .dates import find_dateline, parse_iso
from .events import find_events, said_on
from .occasions import find_occasions
from .participants import find_participants
from .statements import find_statements
from .text import analyse


def extract(document: Document) -> Extraction:
    """Participants, statements and events of one document."""
    paragraphs = [analyse(i, text) for i, text in enumerate(document.paragraphs)]
    participants = find_participants(document, paragraphs)
    statements = find_statements(document, paragraphs, participants)
    day_said = said_on(document)
    for statement in statements:
        statement.date = day_said(statement.span)
    events = find_events(document, participants)
    events += find_occasions(document.paragraphs, _anchor(document), participants, events)
    return Extraction(participants, statements, events)


def _anchor(document: Document) -> date | None:
    """The day relative dates count from: the dateline's, else the published one."""
    dateline = find_dateline(document.paragraphs, document.published)
    return parse_iso(dateline.date if dateline else document.published)
