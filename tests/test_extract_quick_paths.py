"""Shortcuts taken for speed in participants never change what is found: a quick test that
lets a paragraph skip a pattern passes wherever the pattern matches, and a pattern rewritten
to open with its first letter matches what its plain ``\\b`` form matches."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.extract.participants import (
    DESCRIBED_INSTITUTION_RE, EXAMPLE_LEADS, EXAMPLES_RE, HE_NAME_RE, INSTITUTION_APPOSITION_RE, PLURAL_TITLE_CUE_RE,
    PLURAL_TITLE_LIST_RE, SHORT_ORG_RE, TITLED_GROUP_RE, _holds_any)

# words, and phrases the patterns look for, so that random texts often hold a match
WORDS = ("He Chen Wenping The the Standard Daily National Security Advisors Ministers Secretaries Sens. Reps. "
         "Marco Rubio Shin and or a an company site brands firms such as like including Philips "
         "reaffirmed jointly noted said Zamnews local news xHe theThe").split() + [
    "He Wenping, a", "The National Security Advisors", "Advisors reaffirmed", "firms such as", "brands like",
    ", a local news site", ", an African research network", ", the think tank", "The Standard", "The Foreign Ministers jointly noted"]
PUNCTUATION = ["", " ", " ", ", ", ". ", "-", "'s ", "\u2019", "\n"]
texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(PUNCTUATION)), max_size=14).map(
    lambda pieces: "".join(word + mark for word, mark in pieces))


def plain_form(pattern: re.Pattern) -> re.Pattern:
    """The pattern as starting_a_word wrote it, ``X(?<=\\bX)rest``, back in its plain form ``\\bXrest``."""
    source = pattern.pattern
    behind = source.index("(?<=\\b")
    first, close = source[:behind], source.index(")", behind)
    assert source[behind + len("(?<=\\b"):close] == first
    return re.compile("\\b" + first + source[close + 1:])


@settings(max_examples=400, deadline=None)
@given(texts)
def test_patterns_opening_with_their_first_letter_match_as_their_plain_forms(text):
    for pattern in (HE_NAME_RE, SHORT_ORG_RE, TITLED_GROUP_RE):
        found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain_form(pattern).finditer(text)]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_quick_tests_pass_wherever_their_pattern_matches(text):
    if PLURAL_TITLE_LIST_RE.search(text):
        assert PLURAL_TITLE_CUE_RE.search(text)
    if EXAMPLES_RE.search(text):
        assert _holds_any(text, EXAMPLE_LEADS)
    if DESCRIBED_INSTITUTION_RE.search(text):
        assert INSTITUTION_APPOSITION_RE.search(text)


def test_quick_tests_pass_on_the_forms_they_stand_for():
    assert PLURAL_TITLE_CUE_RE.search("Sens. Marco Rubio and Chris Coons")
    assert PLURAL_TITLE_CUE_RE.search("National Security Advisors Sullivan, Shin, and Akiba")
    for lead in ("such as", "including", "like"):
        text = f"brands {lead} Philips and Unilever"
        assert EXAMPLES_RE.search(text) and _holds_any(text, EXAMPLE_LEADS)
