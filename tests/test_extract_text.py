"""Tokens of a paragraph: the fast tokenizer gives exactly the tokens of the plain,
one-token-at-a-time reading of the rules (kept here as the reference)."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.extract.text import TOKEN_RE, Token, _takes_period, starting_a_word, tokenize, word_alternation


def plain_tokenize(text: str) -> list[Token]:
    """The rules token by token: a period joins an abbreviation right before it,
    a possessive ’s is a token of its own."""
    tokens: list[Token] = []
    for m in TOKEN_RE.finditer(text):
        word, (start, end) = m.group(), m.span()
        if word == "." and tokens and tokens[-1].end == start and _takes_period(tokens[-1].text):
            last = tokens.pop()
            tokens.append(Token(text[last.start:end], last.start, end))
        elif len(word) > 2 and word[-1] in "sS" and word[-2] in "'\u2019":
            tokens += [Token(word[:-2], start, end - 2), Token(word[-2:], end - 2, end)]
        else:
            tokens.append(Token(word, start, end))
    return tokens


EXAMPLES = [
    "",
    "   ",
    "Mr. Xi's plan, U.S. officials said.",
    "Dr.. A. B. Lee’s talks in Jan. 2020 cost $1,000.50 (3:45 p.m.) -- X's.",
    "  \t\nlead and trail \u00a0 ",
    "'s 's's Xi's's rock'n's 1,000's U.S.'s Mr.'s Mr's Co.. Inc. É. é.",
    "“Quoted,” he said. \u2014 St.-Denis's co-op's",
]


def test_examples_tokenize_as_the_plain_rules_do():
    for text in EXAMPLES:
        assert tokenize(text) == plain_tokenize(text), text


# the characters the rules treat specially, and some that are neither words nor spaces
TRICKY = st.sampled_from(list("aAsSMrDcoU.'\u2019-, \n\t\u00a0:1\u00c9\u00e9\"\u201c\u201d()") + ["Mr", "Dec", "'s", "U.S."])


@settings(max_examples=400, deadline=None)
@given(st.lists(TRICKY, max_size=40).map("".join))
def test_any_text_tokenizes_as_the_plain_rules_do(text):
    assert tokenize(text) == plain_tokenize(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_unicode_text_tokenizes_as_the_plain_rules_do(text):
    tokens = tokenize(text)
    assert tokens == plain_tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in tokens)


# ---- fast regular expressions match what the plain ones match --------------------------

WORDS = st.lists(st.text(alphabet="abc.", min_size=1, max_size=4), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(WORDS, st.text(alphabet="abc. -", max_size=30), st.sampled_from(["", r"\b", "c", r"\s*a", r"(?!b)"]))
def test_word_alternation_matches_as_the_longest_first_alternation(words, text, after):
    plain = re.compile("(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")" + after)
    trie = re.compile("(?:" + word_alternation(words) + ")" + after)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Tthe x-_\u00e9.", max_size=30))
def test_starting_a_word_matches_as_a_word_boundary_first(text):
    plain = re.compile(r"\b[Tt]he\s*\w?")
    fast = re.compile(starting_a_word("[Tt]", r"he\s*\w?"))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
