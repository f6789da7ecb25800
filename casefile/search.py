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
from typing import Iterable

_TERM = re.compile(r'"([^"]*)"?|([^\s"]+)')
_WORD = re.compile(r"\w+")
_SEPARATOR = "\x00"  # between text and speaker, so a phrase never spans both

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
    __slots__ = ("text", "speaker", "blob", "text_words", "speaker_words")

    def __init__(self, text: str, speaker: str):
        self.text = fold(text)
        self.speaker = fold(speaker)
        self.blob = self.text + _SEPARATOR + self.speaker
        self.text_words: list[tuple[int, str]] | None = None  # (offset, word), made on first need
        self.speaker_words: list[tuple[int, str]] | None = None

    def words(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        if self.text_words is None:
            self.text_words = [(m.start(), m.group()) for m in _WORD.finditer(self.text)]
            self.speaker_words = [(m.start(), m.group()) for m in _WORD.finditer(self.speaker)]
        return self.text_words, self.speaker_words


class SearchIndex:
    """Searches a fixed sequence of statements, each given as ``(text, speaker name)``."""

    def __init__(self, statements: Iterable[tuple[str, str]]):
        self._entries = [_Entry(text, speaker) for text, speaker in statements]

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, query: str | Query) -> list[Match]:
        """Matches in index order; an empty query matches nothing."""
        parsed = parse_query(query) if isinstance(query, str) else query
        if parsed.is_empty:
            return []
        needles = parsed.words + parsed.phrases
        matches = []
        for i, entry in enumerate(self._entries):
            # A substring test is cheap and necessary for any match; most statements fail it.
            if all(n in entry.blob for n in needles):
                found = _match(i, entry, parsed)
                if found:
                    matches.append(found)
        return matches


def _match(index: int, entry: _Entry, query: Query) -> Match | None:
    text_words, speaker_words = entry.words()
    text_ranges: list[tuple[int, int]] = []
    speaker_ranges: list[tuple[int, int]] = []
    for word in query.words:
        in_text = [(at, at + len(word)) for at, w in text_words if w.startswith(word)]
        in_speaker = [(at, at + len(word)) for at, w in speaker_words if w.startswith(word)]
        if not in_text and not in_speaker:
            return None
        text_ranges += in_text
        speaker_ranges += in_speaker
    for phrase in query.phrases:
        in_text = _occurrences(entry.text, phrase)
        in_speaker = _occurrences(entry.speaker, phrase)
        if not in_text and not in_speaker:
            return None
        text_ranges += in_text
        speaker_ranges += in_speaker
    return Match(index, _merged(text_ranges), _merged(speaker_ranges))


def _occurrences(haystack: str, needle: str) -> list[tuple[int, int]]:
    found = []
    at = haystack.find(needle)
    while at != -1:
        found.append((at, at + len(needle)))
        at = haystack.find(needle, at + 1)
    return found


def _merged(ranges: list[tuple[int, int]]) -> Ranges:
    """Sorted, with overlapping ranges joined, so each character is highlighted once."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)
