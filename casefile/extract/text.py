"""Tokens, quotation marks and sentences of one paragraph, all as character offsets.

Nothing here copies or normalises the paragraph: every offset indexes the verbatim text.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

# words keep inner hyphens and apostrophes ("Secretary-General", "Xi's"); "U.S." stays whole
TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:[.,:]\d+)+|\w+(?:[-'\u2019]\w+)*|\S")

# abbreviations whose period is part of the word, not a sentence end
ABBREVIATIONS = frozenset("""
Mr Mrs Ms Dr Prof Gen Lt Col Maj Capt Sgt Adm Sen Rep Gov St Jr Sr Jan Feb Mar Apr Jun Jul Aug Sep
Sept Oct Nov Dec No Co Corp Inc Ltd vs etc Rev Ft Mt Amb Govt Dept Univ Ave
""".split())

# after "U.S." a sentence ends only if the next word is one that usually starts sentences
SENTENCE_STARTERS = frozenset("The A An It He She They We I This That These Those But And In On At "
                              "However Meanwhile Still There".split())

INITIALISM_RE = re.compile(r"(?:[A-Z]\.){2,}")
DATELINE_WORD_RE = re.compile(r"[A-Z]{3,}")
DOUBLE_QUOTES = '"\u201c\u201d'
QUOTE_MARK_RE = re.compile(f"[{DOUBLE_QUOTES}]")
OPEN_CONTEXT = " \t\n([{\u2014-\u2013:/"


class Token(NamedTuple):
    """One word, number or punctuation mark: text == paragraph[start:end].

    A named tuple rather than a dataclass: a paragraph makes hundreds of tokens, and
    a tuple is the cheapest immutable record Python builds."""

    text: str
    start: int
    end: int


# Token((text, start, end)) without the named tuple's Python-level __new__, so that map() can build tokens
_new_token = functools.partial(tuple.__new__, Token)


@dataclass(frozen=True, slots=True)
class Quote:
    """A run of quoted words: ``open`` is the opening mark, ``close`` the closing one
    (``None`` when the quote runs on into the next paragraph)."""

    open: int
    close: int | None
    inner_start: int
    inner_end: int


@dataclass(slots=True)
class Paragraph:
    """One paragraph analysed once: tokens, quotes and sentence bounds."""

    index: int
    text: str
    tokens: list[Token] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    quoted: bytearray = field(default_factory=bytearray)  # per character (and one past the end): 1 inside quoted words
    _token_starts: list[int] = field(default_factory=list)
    _quote_opens: list[int] = field(default_factory=list)

    def quote_at(self, pos: int) -> Quote | None:
        """The quote whose marks enclose pos, if any."""
        i = bisect.bisect_right(self._quote_opens, pos) - 1
        if i < 0:
            return None
        quote = self.quotes[i]  # quotes never nest, so only the last one opened before pos can hold it
        return quote if pos < (quote.close if quote.close is not None else quote.inner_end) else None

    def inside_quote(self, pos: int) -> bool:
        """Whether pos lies inside a quote's words (its marks are outside)."""
        return self.quoted[pos] == 1

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens wholly inside [start, end)."""
        lo = bisect.bisect_left(self._token_starts, start)
        hi = bisect.bisect_left(self._token_starts, end)
        return [t for t in self.tokens[lo:hi] if t.end <= end]


def analyse(index: int, text: str) -> Paragraph:
    """Tokens, quotes and sentences of paragraph ``index``, computed once for every step."""
    para = Paragraph(index, text, tokenize(text), find_quotes(text))
    para.quoted = _quote_mask(len(text), para.quotes)
    para.sentences = split_sentences(text, para.tokens, para.quotes, para.quoted)
    para._token_starts = [t.start for t in para.tokens]
    para._quote_opens = [q.open for q in para.quotes]
    return para


def tokenize(text: str) -> list[Token]:
    """Words, abbreviations with their period, possessive ’s apart, punctuation one by one.

    A paragraph has hundreds of tokens, so no Python code runs per token: each match
    is a token with the white space before it, the matches tile the text, and so a
    token ends at the running sum of their lengths. Only the few possessives and
    abbreviations are then mended, from the last so that earlier indices hold."""
    chunks = _SPACED_TOKEN_RE.findall(text)
    ends = list(itertools.accumulate(map(len, chunks)))
    words = list(map(str.lstrip, chunks))  # a token never starts with white space
    tokens = list(map(_new_token, zip(words, map(operator.sub, ends, map(len, words)), ends)))
    mends = _possessives(text, words, ends) + _abbreviation_periods(text, words, ends)
    for i, mend in sorted(mends, key=operator.itemgetter(0), reverse=True):
        mend(tokens, i)
    return tokens


# a token and the white space before it; every character other than white space is in some token
_SPACED_TOKEN_RE = re.compile(r"\s*(?:" + TOKEN_RE.pattern + ")")
_APOSTROPHE_S_RE = re.compile("['\u2019][sS]")


def _possessives(text: str, words: list[str], ends: list[int]) -> list[tuple[int, Callable]]:
    """Indices of words ending in a possessive ’s ("Xi's"), with the mend that splits it off."""
    found = []
    for m in _APOSTROPHE_S_RE.finditer(text):
        i = bisect.bisect_left(ends, m.end())
        if i < len(ends) and ends[i] == m.end() and len(words[i]) > 2:
            found.append((i, _split_possessive))
    return found


def _split_possessive(tokens: list[Token], i: int) -> None:
    word, start, end = tokens[i]
    tokens[i:i + 1] = [_new_token((word[:-2], start, end - 2)), _new_token((word[-2:], end - 2, end))]


def _abbreviation_periods(text: str, words: list[str], ends: list[int]) -> list[tuple[int, Callable]]:
    """Indices of periods that belong to the word right before them ("Dec.", "R."), with the mend that joins them."""
    found = []
    for m in _PERIOD_RE.finditer(text):
        i = bisect.bisect_left(ends, m.end())
        if 0 < i < len(ends) and ends[i] == m.end() and words[i] == "." and ends[i - 1] == m.start() \
                and _takes_period(words[i - 1]):
            found.append((i, _join_period))
    return found


_PERIOD_RE = re.compile(r"\.")  # a plain literal: searched for far faster than "(?<=\w)\."


def _join_period(tokens: list[Token], i: int) -> None:
    word, start, _ = tokens[i - 1]
    tokens[i - 1:i + 1] = [_new_token((word + ".", start, tokens[i].end))]


def _takes_period(word: str) -> bool:
    """Whether a word's following period belongs to it ("Dec.", "R.")."""
    return word in ABBREVIATIONS or (len(word) == 1 and word.isupper())


def bare_words(text: str) -> list[str]:
    """The text's words with commas and periods left off, for a quick set test ("does any
    occasion noun occur?") before a costlier pattern."""
    return text.replace(",", " ").replace(".", " ").split()


def find_quotes(text: str) -> list[Quote]:
    """Pair double quotation marks, straight or curly, by what surrounds each mark.

    Writers mix “ with " and sometimes turn a mark the wrong way, so a mark's
    direction comes from its neighbours first and from its shape only when they
    are ambiguous. An opening mark left unpaired runs to the paragraph's end.
    """
    quotes: list[Quote] = []
    open_at: int | None = None
    for m in QUOTE_MARK_RE.finditer(text):  # a search in C, not a Python loop over every character
        i = m.start()
        ch = text[i]
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = before in OPEN_CONTEXT and not after.isspace()
        closes = not before.isspace() and (after.isspace() or not after.isalnum())
        if opens == closes:  # ambiguous: trust the shape, then the pairing state
            opens = ch == "\u201c" or (ch == '"' and open_at is None)
        if opens and open_at is None:
            open_at = i
        elif not opens and open_at is not None:
            quotes.append(Quote(open_at, i, open_at + 1, i))
            open_at = None
        elif opens:  # a second opening: the first was never closed in this sentence
            quotes.append(Quote(open_at, None, open_at + 1, i))
            open_at = i
    if open_at is not None:
        quotes.append(Quote(open_at, None, open_at + 1, len(text)))
    return quotes


def split_sentences(text: str, tokens: list[Token], quotes: list[Quote],
                    inside: bytearray | None = None) -> list[tuple[int, int]]:
    """Sentence bounds; a sentence never ends inside a quote, and a dateline's
    ``--`` or a photo credit in parentheses ends one (flattened wire copy).
    ``inside`` is the quotes' mask when the caller has it already."""
    inside = _quote_mask(len(text), quotes) if inside is None else inside
    bounds: list[tuple[int, int]] = []
    start = tokens[0].start if tokens else 0
    n = len(tokens)
    for i, tok in enumerate(tokens[:-1]):
        if tok.text[-1] not in ".!?-)":
            continue  # only a stop, a dash, an initialism ("U.S.") or a bracket may end a sentence
        nxt = tokens[i + 1]
        last = None  # index of the sentence's last token, when one ends here
        # inside a quote no sentence ends, except at its last mark: `failure." This ...`
        ends_quote = tok.text in ".!?" and nxt.text in DOUBLE_QUOTES and not inside[nxt.start]
        if inside[tok.start] and not ends_quote:
            continue
        if tok.text in ".!?":
            j = i + 1
            while j < n and tokens[j].text in DOUBLE_QUOTES + ")\u2019'" and tokens[j].start == tokens[j - 1].end:
                j += 1
            if j < n and tokens[j].start > tokens[j - 1].end and _starts_sentence(tokens[j].text):
                last = j - 1
        elif tok.text == "-" and nxt.text == "-" and _ends_dateline(text, tokens, i, start):
            last = i + 1
        elif nxt.text in SENTENCE_STARTERS and INITIALISM_RE.fullmatch(tok.text):
            last = i
        elif tok.text == ")" and (DATELINE_WORD_RE.fullmatch(nxt.text)
                                  or (nxt.text[:1].isupper() and _is_credit(text, tok.start))):
            last = i  # "(Agency/Name) LIMA" or "(Photo by X/Y) The ...": a caption ends
        if last is not None and last + 1 < n and tokens[last].end > start:
            bounds.append((start, tokens[last].end))
            start = tokens[last + 1].start
    if tokens and start < tokens[-1].end:
        bounds.append((start, tokens[-1].end))
    return bounds or [(0, len(text))]


def _ends_dateline(text: str, tokens: list[Token], dash: int, sentence_start: int) -> bool:
    """ "CAIRO, Dec. 8 (Xinhua) --", "WASHINGTON --": a dateline's dash ends it; a dash pair
    inside a sentence ("products -- what he called X -- are key") is punctuation."""
    before = tokens[dash - 1].text if dash else ""
    return before == ")" or bool(DATELINE_WORD_RE.fullmatch(before)) \
        or len(text[sentence_start:tokens[dash].start].split()) <= 6


def _is_credit(text: str, close: int) -> bool:
    """A photo credit in parentheses: "(Agency/Name)", "(Photo by X/Y)"."""
    open_at = text.rfind("(", max(0, close - 60), close)
    return open_at >= 0 and "/" in text[open_at:close]


def _starts_sentence(word: str) -> bool:
    """A word that can open a sentence: capitalised, a number, a quote mark or a bracket."""
    return word[:1].isupper() or word[:1].isdigit() or word[:1] in DOUBLE_QUOTES or word == "("


def _quote_mask(length: int, quotes: list[Quote]) -> bytearray:
    """One byte per character: 1 inside a quote's words."""
    mask = bytearray(length + 1)
    for q in quotes:
        stop = q.close if q.close is not None else q.inner_end
        mask[q.inner_start:stop] = b"\x01" * (stop - q.inner_start)
    return mask


def trim_span(text: str, start: int, end: int, edge: str = " \t\n,;:-\u2014") -> tuple[int, int]:
    """Shrink [start, end) past white space and light punctuation at both edges."""
    while start < end and text[start] in edge:
        start += 1
    while end > start and text[end - 1] in edge:
        end -= 1
    return start, end


# ---- regular expressions that stay fast ------------------------------------------------
# Python's regex engine tries an alternation's words one by one, and tries a pattern that
# opens with \b at every position of the text. These write the same patterns so that it
# follows a trie of the words, and skips ahead to the characters a match can open with.

def word_alternation(words: Iterable[str]) -> str:
    """A pattern matching what ``"|".join`` of the (escaped) words, longest first, matches:
    the words as a trie, so that a match costs a step per character, not one per word.
    At each branch the longer words are tried before the word that ends there, in the
    same order as the longest-first alternation."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body
    return pattern(trie)


def starting_a_word(first: str, rest: str) -> str:
    """The pattern ``\\b{first}{rest}``, written to open with the character class ``first``
    (the word boundary is checked behind it), so that the engine skips ahead to those characters."""
    return f"{first}(?<=\\b{first}){rest}"
