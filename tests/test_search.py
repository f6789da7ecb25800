"""Statement search: query parsing, matching rules and highlight ranges."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from casefile.search import Query, SearchIndex, fold, parse_query

STATEMENTS = [
    ("The ferry is a valuable gift to commuters", "Ilse Varga"),
    ("a stopgap, not a solution", "Oren Blau"),
    ("Gifts were exchanged; the gift shop was VALUABLE", "Port Authority"),
    ("We will not take any risks", "Ilse Varga"),
]


def texts(index: SearchIndex, query: str) -> list[str]:
    return [STATEMENTS[i][0] for i in index.search(query).indices]


def matches(index: SearchIndex, query: str):
    return list(index.search(query))


def test_parse_words_and_phrases():
    assert parse_query('Valuable  "A Gift" shop') == Query(("valuable", "shop"), ("a gift",))
    assert parse_query('"open phrase') == Query((), ("open phrase",))
    assert parse_query("China-Arab, ties!") == Query(("china", "arab", "ties"), ())
    assert parse_query('  "" ').is_empty


def test_every_word_must_match_case_insensitively():
    index = SearchIndex(STATEMENTS)
    assert texts(index, "VALUABLE gift") == [STATEMENTS[0][0], STATEMENTS[2][0]]
    assert texts(index, "valuable gift ferry") == [STATEMENTS[0][0]]
    assert texts(index, "valuable nothing") == []


def test_words_match_from_the_start_of_a_word_so_typing_narrows():
    index = SearchIndex(STATEMENTS)
    assert texts(index, "valu") == [STATEMENTS[0][0], STATEMENTS[2][0]]
    assert texts(index, "aluable") == []


def test_words_match_the_speakers_name():
    index = SearchIndex(STATEMENTS)
    assert texts(index, "varga risks") == [STATEMENTS[3][0]]
    [match] = matches(index, "varga risks")
    assert match.speaker_ranges == ((5, 10),) and match.text_ranges == ((21, 26),)


def test_a_quoted_phrase_matches_exactly():
    index = SearchIndex(STATEMENTS)
    assert texts(index, '"valuable gift"') == [STATEMENTS[0][0]]
    assert texts(index, '"gift valuable"') == []
    assert texts(index, '"a valuable gift" ferry') == [STATEMENTS[0][0]]


def test_highlight_ranges_cover_the_matched_characters():
    index = SearchIndex(STATEMENTS)
    [first, third] = matches(index, "gift valuable")
    assert [STATEMENTS[0][0][a:b] for a, b in first.text_ranges] == ["valuable", "gift"]
    assert [STATEMENTS[2][0][a:b] for a, b in third.text_ranges] == ["Gift", "gift", "VALUABLE"]
    [phrase] = matches(index, '"valuable gift"')
    assert phrase.text_ranges == ((15, 28),)


def test_ranges_are_worked_out_only_for_the_matches_asked_about():
    result = SearchIndex(STATEMENTS).search("gift")
    assert len(result) == 2 and result.match(2).text_ranges == ((0, 4), (26, 30))


def test_empty_query_matches_nothing():
    assert SearchIndex(STATEMENTS).search("  ").indices == []


def test_fold_keeps_offsets_for_letters_that_lengthen_when_lowered():
    assert len(fold("İstanbul said")) == len("İstanbul said")
    assert SearchIndex([("İstanbul said so", "x")]).search("said").indices == [0]


@given(st.lists(st.tuples(st.text(max_size=30), st.text(max_size=10)), max_size=8), st.text(max_size=15))
def test_ranges_always_lie_inside_and_match_the_query(statements, query):
    index = SearchIndex(statements)
    parsed = parse_query(query)
    for match in matches(index, query):
        text, speaker = statements[match.index]
        for a, b in match.text_ranges:
            assert 0 <= a < b <= len(text)
        for a, b in match.speaker_ranges:
            assert 0 <= a < b <= len(speaker)
        for word in parsed.words:
            assert word in fold(text) or word in fold(speaker)
