"""The date pattern is tried only where a date can start: the same matches as trying it everywhere."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.extract.dates import _DATE_WORDS, _TOKEN, DATE_PATTERN, _date_matches

# pieces of date expressions and of what surrounds them, with runs of spaces and hyphens, capitals
# and the characters \d and (?i:) match beyond ASCII
PIECES = ["as of", "throughout", "a couple of", "the beginning of", "mid", "-", "--", " ", "   ", ", ", "\n",
          "months", "weeks", "ago", "last", "this", "next", "week", "year", "May", "may", "Sept.", "5", "25th",
          "2020", "1999", "19\u0665\u0665", "la\u017ft", "\u0130stanbul", "Monday", "Mondays", "today", "the",
          "Sunday Times", "said", "he", "x" * 40, "Long March", "2,019", "2019-2020", "in", "on", "Friday,",
          "October"]


def matches(found):
    return [(m.span(), m.groupdict()) for m in found]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join))
def test_same_matches_as_the_pattern_tried_everywhere(text):
    if _DATE_WORDS.intersection(_TOKEN.findall(text.lower())):  # else no date is looked for
        assert matches(_date_matches.__wrapped__(text)) == matches(DATE_PATTERN.finditer(text))


def test_a_date_far_from_both_ends_is_found():
    text = "x" * 100 + " it happened last week, " + "y" * 100
    assert [m.group() for m in _date_matches(text)] == ["last week"]
