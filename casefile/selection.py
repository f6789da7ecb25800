"""Choosing statements and events by query, speaker, dates and tags.

One set of rules for ``casefile search``, the filtered exports and the browser: the
query matches as in the browser's search (see ``casefile.search``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .annotations import Notes
from .caseview import Case, Event, Participant, Statement, StatementTexts
from .search import SearchIndex

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class SelectionError(ValueError):
    """A filter that cannot be understood; one line."""


def checked_partial_date(value: str | None, option: str) -> str | None:
    if value is not None and not _PARTIAL_DATE.match(value):
        raise SelectionError(f"{option} {value!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD")
    return value


@dataclass(frozen=True, slots=True)
class Selection:
    query: str = ""
    speaker: str | None = None  # whole words of a participant's name or alias
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    until: str | None = None
    tag: str | None = None

    def __post_init__(self) -> None:
        checked_partial_date(self.since, "--since")
        checked_partial_date(self.until, "--until")

    def in_dates(self, date: str | None) -> bool:
        """Whether a (possibly partial) date falls in the range; an undated item only
        passes when no range is asked for."""
        if self.since is None and self.until is None:
            return True
        if not date:
            return False
        # Compare at the coarser of the two precisions: "2020-12" is within since="2020-12-05".
        if self.since and date[:len(self.since)] < self.since[:len(date)]:
            return False
        if self.until and date[:len(self.until)] > self.until[:len(date)]:
            return False
        return True

    def speaks_as(self, participant: Participant | None) -> bool:
        if self.speaker is None:
            return True
        if participant is None:
            return False
        wanted = self.speaker.casefold().split()
        for name in (participant.name, *participant.aliases):
            words = name.casefold().split()
            if all(x in words for x in wanted):
                return True
        return False

    def tagged(self, notes: Notes | None) -> bool:
        return self.tag is None or (notes is not None and self.tag.lstrip("#") in notes.tags)

    def statements(self, case: Case, index: SearchIndex | None = None) -> list[Statement]:
        """Matching statements in the case's order (by date)."""
        if self.query.strip():
            index = index or SearchIndex(StatementTexts(case.statements))
            candidates = [case.statements[m.index] for m in index.search(self.query)]
        else:
            candidates = case.statements
        return [s for s in candidates
                if self.speaks_as(s.speaker) and self.in_dates(s.date) and self.tagged(case.notes.get(s.id))]

    def events(self, case: Case) -> list[Event]:
        """Matching events in timeline order (the query applies to statements only)."""
        return [e for e in case.events
                if (self.speaker is None or any(self.speaks_as(p) for p in e.participants))
                and self.in_dates(e.date) and self.tagged(case.notes.get(e.id))]
