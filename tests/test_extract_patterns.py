"""Patterns rewritten for speed match exactly what their plain forms match."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.extract.dates import DATE_PATTERN
from casefile.extract.statements import is_caption

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
