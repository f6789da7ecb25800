"""Statement search: which statements match a query, and which characters to highlight.

A query is words and "quoted phrases", all case-insensitive. Every word must begin a
word of the statement or of its speaker's name (so results narrow as one types); a
phrase must appear exactly, as one run of characters. A quote left open while typing
is a phrase up to the end of the query.

``SearchIndex`` hides how matching is done, so that a faster index can replace the
scan without changing its callers (the browser and ``casefile search``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator

_TERM = re.compile(r'"([^"]*)"?|([^\s"]+)')
_WORD = re.compile(r"\w+")
_SEPARATOR = "\x00"  # between text and speaker: no typed word or phrase can span both

Ranges = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Query:
    words: tuple[str, ...]
    phrases: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        return not self.words and not self.phrases


@dataclass(frozen=True, slots=True)
class Match:
    """A matching statement (its position in the indexed sequence) and the spans to highlight."""

    index: int
    text_ranges: Ranges
    speaker_ranges: Ranges


def fold(text: str) -> str:
    """Lower case, character for character, so offsets into the result are offsets into ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def parse_query(query: str) -> Query:
    words: list[str] = []
    phrases: list[str] = []
    for phrase, bare in _TERM.findall(query):
        if bare:
            words.extend(_WORD.findall(fold(bare)))
        elif phrase.strip():
            phrases.append(fold(phrase.strip()))
    return Query(tuple(dict.fromkeys(words)), tuple(dict.fromkeys(phrases)))


class _Entry:
    __slots__ = ("text", "speaker", "blob")

    def __init__(self, text: str, speaker: str):
        self.text = fold(text)
        self.speaker = fold(speaker)
        self.blob = self.text + _SEPARATOR + self.speaker


class SearchIndex:
    """Searches a fixed sequence of statements, each given as ``(text, speaker name)``."""

    def __init__(self, statements: Iterable[tuple[str, str]]):
        self._entries = [_Entry(text, speaker) for text, speaker in statements]

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, query: str | Query) -> SearchResult:
        """The matching statements in index order; an empty query matches none."""
        parsed = parse_query(query) if isinstance(query, str) else query
        if parsed.is_empty:
            return SearchResult(self, parsed, [])
        substrings = parsed.words + parsed.phrases
        word_starts = [re.compile(r"(?<!\w)" + re.escape(word)).search for word in parsed.words]
        # The substring test is cheap and necessary, and most statements fail it.
        indices = [i for i, entry in enumerate(self._entries)
                   if all(s in entry.blob for s in substrings) and all(starts(entry.blob) for starts in word_starts)]
        return SearchResult(self, parsed, indices)

    def match(self, index: int, query: Query) -> Match:
        """What to highlight in statement ``index`` for ``query``."""
        entry = self._entries[index]
        needles = [re.compile(r"(?<!\w)" + re.escape(word)) for word in query.words]
        needles += [re.compile(re.escape(phrase)) for phrase in query.phrases]
        return Match(index, _ranges(entry.text, needles), _ranges(entry.speaker, needles))


class SearchResult:
    """Matching statement indices; highlight ranges are worked out only for the matches asked about,
    so that a query matching a hundred thousand statements costs no more than the scan."""

    def __init__(self, index: SearchIndex, query: Query, indices: list[int]):
        self.query = query
        self.indices = indices
        self._index = index

    def __len__(self) -> int:
        return len(self.indices)

    def __iter__(self) -> Iterator[Match]:
        return (self.match(i) for i in self.indices)

    def match(self, index: int) -> Match:
        return self._index.match(index, self.query)


def _ranges(haystack: str, needles: list[re.Pattern]) -> Ranges:
    """Every occurrence of every needle, sorted, overlaps joined so each character is highlighted once."""
    out: list[tuple[int, int]] = []
    for start, end in sorted((m.start(), m.end()) for n in needles for m in n.finditer(haystack)):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)
