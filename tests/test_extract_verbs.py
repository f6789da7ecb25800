"""scan_verbs: the happening words, past-tense verbs and future markers of a clause."""
from __future__ import annotations

import pytest

from casefile.extract.events import scan_verbs


def words_at(text: str, offsets: tuple[int, ...]) -> list[str]:
    return [text[i:].split()[0].strip(",.") for i in offsets]


@pytest.mark.parametrize("text, markers", [
    ("The talks will resume and we'll see; it would have failed.", ["will", "'ll"]),
    ("He is to visit, they are due to land, the vote is scheduled.", ["is", "are", "is"]),
    ("She plans to go, the upcoming summit, going to Paris, would agree", ["plans", "upcoming", "going", "would"]),
    ("willing, shallow, 5will, is tomorrow, ill", []),  # a marker is a whole word
])
def test_future_markers_are_whole_words(text, markers):
    assert words_at(text, scan_verbs(text).future_at) == markers


def test_happenings_and_past_tense_among_other_words():
    text = "Officials met on Monday and signed the deal, which was expected to be approved."
    verbs = scan_verbs(text)
    assert words_at(text, verbs.happening_at) == ["met", "signed", "deal", "approved"]
    assert words_at(text, verbs.past_at) == ["met", "signed", "was", "expected"]  # "be approved" is no past tense
    assert verbs.past_happening and not verbs.speech_only


def test_saying_only_and_points_out():
    assert scan_verbs("He said on Tuesday, pointing out the risks").speech_only
    assert scan_verbs("Shares fell 2 percentage points").happening_at == (7,)  # "fell"; "points" is a figure
