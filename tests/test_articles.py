"""Reading article files: the three formats and every kind of bad input."""
from __future__ import annotations

import pytest

from casefile.articles import MAX_ARTICLE_BYTES, ArticleError, parse_article, read_article


def parse(raw: bytes | str, source: str = "a.txt"):
    return parse_article(raw.encode("utf-8") if isinstance(raw, str) else raw, source)


def test_casefile_format_header_is_metadata_not_text():
    art = parse(" date 2021-03-04 First paragraph,\nwrapped.\n\nSecond one.")
    doc = art.document
    assert art.format == "casefile"
    assert doc.published == "2021-03-04"
    assert doc.paragraphs == ["First paragraph,\nwrapped.", "Second one."]


def test_one_long_paragraph():
    assert parse(" date 2021-03-04 " + "word " * 2000).document.paragraphs == [("word " * 2000).strip()]


def test_plain_text_has_no_date():
    doc = parse("Just text.\n\n\n\nMore text.").document
    assert doc.published is None and doc.paragraphs == ["Just text.", "More text."]


def test_markdown_front_matter():
    art = parse('---\ntitle: "Talks resume"\ndate: 2023-07-01\ntags: [a, b]\n---\n\n# Talks resume\n\nBody.', "t.md")
    assert art.format == "markdown"
    assert art.document.title == "Talks resume"
    assert art.document.published == "2023-07-01"
    assert art.document.paragraphs == ["# Talks resume", "Body."]


def test_line_endings_are_normalised_and_bom_dropped():
    doc = parse(b"\xef\xbb\xbf date 2021-03-04 One\r\ntwo\r\n\r\nThree\rfour\r\rFive").document
    assert doc.paragraphs == ["One\ntwo", "Three\nfour", "Five"]


def test_same_content_same_id_wherever_it_lies():
    a = parse(" date 2021-03-04 Same words.", "one/a.txt").document
    b = parse(b" date 2021-03-04 Same words.\n", "two/b.txt").document
    c = parse(" date 2021-03-04 Other words.", "one/a.txt").document
    assert a.id == b.id != c.id


@pytest.mark.parametrize("raw, message", [
    (b"", "empty file"),
    (b"  \n\n \t\n", "empty file"),
    (b" date 2021-03-04 ", "no text"),
    (b" date 2021-02-30 Text.", "impossible date '2021-02-30'"),
    (b" date 2021-13-01 Text.", "impossible date"),
    (b" date 2021-3-1 Text.", "impossible date"),
    (b"---\ndate: 2021-99-01\n---\nText", "impossible date"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (b"caf\xe9 au lait", "not UTF-8 text (byte 0xe9 at offset 3)"),
    (b"\xff\xfeh\x00i\x00", "UTF-16"),
])
def test_bad_input_gets_one_clear_line(raw, message):
    with pytest.raises(ArticleError) as err:
        parse(raw, "dir/bad.txt")
    text = str(err.value)
    assert text.startswith("dir/bad.txt: ") and message in text and "\n" not in text


def test_size_limit(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(MAX_ARTICLE_BYTES + 1)
    with pytest.raises(ArticleError, match=r"big.txt: too large \(10.0 MB; the limit is 10 MB"):
        read_article(big)


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="nope.txt: no such file"):
        read_article(tmp_path / "nope.txt")
