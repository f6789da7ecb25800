"""Statement search: which statements match a query, and which characters to highlight.

A query is words and "quoted phrases", all case-insensitive. Every word must begin a
word of the statement or of its speaker's name (so results narrow as one types); a
phrase must appear exactly, as one run of characters. A quote left open while typing
is a phrase up to the end of the query.

``SearchIndex`` hides how matching is done from its callers (the browser and
``casefile search``).
"""
from __future__ import annotations

import re
import threading
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

_TERM = re.compile(r'"([^"]*)"?|([^\s"]+)')
_WORD = re.compile(r"\w+")
_INNER_WORD = re.compile(r"(?<=\W)\w+")
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


class SearchIndex:
    """Searches a fixed sequence of statements, each given as ``(text, speaker name)``.

    Words are looked up in an index of the words each statement contains, so a query
    costs about a millisecond over 100k statements instead of a scan of them all;
    phrases are then checked on the statements left.
    """

    def __init__(self, statements: Iterable[tuple[str, str]]):
        # A sequence (such as the case's StatementTexts, which slices each statement's words from
        # its article when asked) is searched as it is: a list would hold a copy of every statement.
        self._statements = statements if isinstance(statements, Sequence) else list(statements)
        self._words: WordIndex | None = None
        self._building = threading.Lock()  # the browser builds it in one thread, may search in another

    def __len__(self) -> int:
        return len(self._statements)

    @property
    def prepared(self) -> bool:
        """Whether the word index is built, so that a search takes milliseconds, not seconds."""
        return self._words is not None

    def prepare(self) -> None:
        """Build the word index now (it is otherwise built by the first search)."""
        with self._building:
            if self._words is None:
                self._words = WordIndex(fold(text) + _SEPARATOR + fold(speaker) for text, speaker in self._statements)

    def search(self, query: str | Query) -> SearchResult:
        """The matching statements in index order; an empty query matches none."""
        parsed = parse_query(query) if isinstance(query, str) else query
        if parsed.is_empty:
            return SearchResult(self, parsed, [])
        self.prepare()
        # A phrase's words after a non-word character begin words of any statement holding it.
        required = [*parsed.words, *(w for phrase in parsed.phrases for w in _INNER_WORD.findall(phrase))]
        indices = self._words.having_all(required) if required else list(range(len(self)))
        for phrase in parsed.phrases:
            indices = [i for i in indices if phrase in self._folded(i)[0] or phrase in self._folded(i)[1]]
        return SearchResult(self, parsed, indices)

    def match(self, index: int, query: Query) -> Match:
        """What to highlight in statement ``index`` for ``query``."""
        text, speaker = self._folded(index)
        needles = [re.compile(r"(?<!\w)" + re.escape(word)) for word in query.words]
        needles += [re.compile(re.escape(phrase)) for phrase in query.phrases]
        return Match(index, _ranges(text, needles), _ranges(speaker, needles))

    def _folded(self, index: int) -> tuple[str, str]:
        text, speaker = self._statements[index]
        return fold(text), fold(speaker)


class WordIndex:
    """Which statements contain a word beginning with a given prefix.

    The distinct words are kept sorted, so the words that begin with a prefix form
    one contiguous run, and the statements holding them one slice of a flat array
    (compressed rows, in numpy). numpy is imported here, not at start-up, because
    it costs a tenth of a second that the first paint should not wait for.
    """

    def __init__(self, blobs: Iterable[str]):
        import numpy as np

        self._np = np
        # An array of machine ints per word (4 bytes an entry) rather than a list (an 8-byte
        # pointer an entry, and room to grow): a 10k-article case has 3 million entries. The
        # blobs come one at a time, so they are not all held at once either.
        postings: dict[str, array] = {}
        last = -1
        for last, blob in enumerate(blobs):
            for word in set(_WORD.findall(blob)):
                statements = postings.get(word)
                if statements is None:
                    statements = postings[word] = array("i")
                statements.append(last)
        self.size = last + 1
        self.words = sorted(postings)
        counts = np.fromiter((len(postings[w]) for w in self.words), np.int64, len(self.words))
        self.offsets = np.zeros(len(self.words) + 1, np.int64)
        np.cumsum(counts, out=self.offsets[1:])
        self.statements = np.frombuffer(b"".join(postings[w] for w in self.words), np.int32)

    def having_all(self, prefixes: list[str]) -> list[int]:
        """Positions, in order, of the statements with a word beginning with each prefix."""
        mask = self._np.ones(self.size, bool)
        for prefix in prefixes:
            mask &= self._having(prefix)
        return self._np.flatnonzero(mask).tolist()

    def _having(self, prefix: str):
        first = bisect_left(self.words, prefix)
        last = bisect_left(self.words, prefix + "\U0010ffff", first)
        mask = self._np.zeros(self.size, bool)
        mask[self.statements[self.offsets[first]:self.offsets[last]]] = True
        return mask


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
