"""Patterns rewritten for speed match exactly what their plain forms match."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.extract.dates import DATE_PATTERN
from casefile.extract import events
from casefile.extract import lexicon as lx
from casefile.ids import name_key
from casefile.extract.participants import LOWER_TITLE_RE, _lowercase_title_before
from casefile.extract.statements import is_caption
from casefile.extract.text import analyse

DATE_WORDS = ("on in since as of the end beginning middle year mid early late last next this past earlier later "
              "yesterday today tonight tomorrow morning night week weekend month ago a an one two few several "
              "couple spring fall Monday Tuesday January Jan Jan. Sept. Sep May March 5 12th 31 2020 1999 "
              "x Long people percent ſince İn ON The").split()
PUNCTUATION = ["", " ", ", ", "-", " - ", ".", "'s "]


def plain_date_pattern() -> re.Pattern:
    """DATE_PATTERN as first written: it tries every word start."""
    source = DATE_PATTERN.pattern
    guard = source[source.index(r"\b(?="):source.index(")", source.index(r"\b(?=")) + 1]
    return re.compile(source.replace(guard, r"\b(?=[A-Za-z0-9])"), re.VERBOSE)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(DATE_WORDS), st.sampled_from(PUNCTUATION)), max_size=12))
def test_date_pattern_matches_as_its_plain_form(pieces):
    text = " ".join(word + mark for word, mark in pieces)
    plain = [(m.span(), m.groupdict()) for m in plain_date_pattern().finditer(text)]
    assert [(m.span(), m.groupdict()) for m in DATE_PATTERN.finditer(text)] == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["FILE", "PHOTO", "FILES", " ", "-", "(", ")", "AP", "VOA", "Agency/Li", "/", "x",
                                 "\n", "said"]), max_size=12).map("".join))
def test_caption_test_is_the_plain_pattern(text):
    plain = re.compile(r"^(?:FILE|PHOTO)\b|\((?:AP|AFP|Reuters|VOA|[^()]*/[^()]*)\)\s*$")
    assert is_caption(text) == bool(plain.search(text))


def plain_lowercase_title_before(text: str, start: int) -> str | None:
    """participants._lowercase_title_before with its pattern alone, no quick test first."""
    m = LOWER_TITLE_RE.search(text, max(0, start - 40), start)
    if not m:
        return None
    words = m.group(1).split()
    while words and words[0] not in lx.TITLE_MODIFIERS and words[0] not in lx.TITLE_HEADS:
        words = words[1:]
    if not words or words[-1] not in lx.TITLE_HEADS:
        return None
    return " ".join(words)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["deputy", "director", "economist", "senior", "vice-president", "co-founder",
                                 "said", "the", "X", "Jane", " ", "  ", "\n", ",", ".", "-", "gen.", "\u00e9"]),
                max_size=14).map(" ".join), st.integers(0, 80))
def test_lowercase_title_before_is_its_plain_search(text, start):
    start = min(start, len(text))
    assert _lowercase_title_before(analyse(0, text), start) == plain_lowercase_title_before(text, start)


def plain_name_key(name: str) -> str:
    """ids.name_key as first written, with a pattern for the leading article."""
    key = re.sub(r"[^\w' -]+", " ", name.casefold().replace("\u2019", "'"))
    return " ".join(re.sub(r"^(?:the|a|an)\s+", "", key.strip()).split())


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["The", "the", "A", "an", "An", "Hague", "U.S.", "Xi\u2019s", " ", "  ", "\t", "\u00a0",
                                 "-", ".", "theory", "a", "\u00c9", "\u1e9e"]), max_size=8).map("".join))
def test_name_key_is_its_plain_form(name):
    name_key.cache_clear()
    assert name_key(name) == plain_name_key(name)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Photo", "photos", "FILE", "Screengrab", "shows", "x", " ", ", ", "Nov.", "Dec",
                                 "14", "2020", ".", "\n", "-"]), max_size=12).map("".join),
       st.integers(0, 40), st.integers(0, 40))
def test_sentence_caption_test_is_the_plain_pattern(text, start, end):
    plain = re.compile(r"\b(?:[Pp]hoto|FILE|[Ss]creengrab|shows)\b|,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\.?\s*$")
    assert events._is_caption(text, start, end) == bool(plain.search(text, start, end))
