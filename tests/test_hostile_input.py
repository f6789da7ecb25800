"""Hostile input: a thousand generated files, and extraction on odd-but-valid text.

No crash and no hang; every bad file gets one clear line naming it; the good files
of the same batch are stored; every span extraction returns is exact.
"""
from __future__ import annotations

import random
import signal
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefile.articles import document_id, split_paragraphs
from casefile.check import check_store
from casefile.extract import extract
from casefile.ingest import ingest
from casefile.model import Document
from store import CaseStore

N_FILES = 1000
QUOTES = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb"]
ODD = ["\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "e\u0301\u0302\u0303", "\u200f", "\u202e",
       "\ufeff", "\u00a0", "\u2028", "\U0001f600", "!!!!!!!!!!!!", "??!?!?", "......", "\u2014\u2014\u2014"]
WORDS = ("the minister said that talks would resume on Tuesday while Ambassador Jane Roe "
         "of the Ministry of Health warned the council it urged calm").split()


@contextmanager
def time_limit(seconds: int):
    def fail(signum, frame):
        raise TimeoutError(f"took longer than {seconds} s: a hang")
    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def prose(rng: random.Random, n_words: int) -> str:
    out = []
    for _ in range(n_words):
        word = rng.choice(WORDS)
        roll = rng.random()
        if roll < 0.15:
            word = rng.choice(QUOTES) + word
        elif roll < 0.3:
            word = word + rng.choice(QUOTES) + rng.choice([",", ".", ""])
        elif roll < 0.35:
            word = rng.choice(ODD)
        out.append(word)
    return " ".join(out)


def hostile_file(rng: random.Random, i: int) -> tuple[bytes, bool]:
    """Bytes of one generated file, and whether it is a valid article."""
    kind = i % 14
    text = prose(rng, rng.randint(1, 120))
    if kind == 0:
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 400))) + b"\x00", False
    if kind == 1:
        return b" date 2024-01-02 " + text.encode() + b" \xc3\x28 \xff", False
    if kind == 2:
        return b"\xef\xbb\xbf date 2024-01-02 " + text.encode(), True
    if kind == 3:
        return (" date 2024-01-02 " + text.replace(" the ", "\r\n\r\n") + "\r\n").encode(), True
    if kind == 4:
        return (" date 2024-01-02 " + text.replace(" the ", "\r\r")).encode(), True
    if kind == 5:
        return text.encode() + b"\x00" + text.encode(), False
    if kind == 6:
        return rng.choice([b"", b"   ", b"\n\n\n", b"\t \r\n \r"]), False
    if kind == 7:
        return b" date 2024-01-02 " + rng.choice([b"", b"\n\n", b"   \n"]), False
    if kind == 8:
        return (" date 2024-01-02 " + "\u201c" * rng.randint(1, 50) + text + "\u201d" * rng.randint(0, 3)).encode(), True
    if kind == 9:
        return (" date 2024-01-02 " + " ".join(f'"{w}' for w in text.split())).encode(), True
    if kind == 10:
        return (" date 2024-01-02 " + rng.choice(["!", ".", ",", '"', "-", "("]) * rng.randint(100, 5000)).encode(), True
    if kind == 11:
        return (" date 2024-01-02 " + " ".join(rng.choice(ODD) + w for w in text.split())).encode(), True
    if kind == 12:
        return f" date 2024-{rng.randint(13, 99)}-{rng.randint(32, 99)} {text}".encode(), False
    return (" date 2024-01-02 " + text + "\n\n" + "\u201cNested \u2018quote\u2019 in \"quote\" open").encode(), True


def test_a_thousand_hostile_files(tmp_path: Path):
    rng = random.Random(20261123)
    folder = tmp_path / "in"
    folder.mkdir()
    valid = set()
    for i in range(N_FILES):
        data, ok = hostile_file(rng, i)
        path = folder / f"f{i:04}.txt"
        path.write_bytes(data)
        if ok:
            valid.add(path.resolve())
    big = folder / "huge-one-line.txt"  # 50 MB on one line: over the size limit
    with big.open("wb") as f:
        f.write(b" date 2024-01-02 ")
        f.write(b"word " * (10 * 1024 * 1024))
    long_line = folder / "long-one-line.txt"  # under the limit: must be read without a hang
    long_line.write_bytes(b" date 2024-01-02 " + ('He said "yes, ' * 40_000).encode())
    valid.add(long_line.resolve())

    store = CaseStore(tmp_path / "case.json")
    with time_limit(240):
        report = ingest(store, [str(folder)], batch_size=100)
    assert len(report.failed) == N_FILES + 2 - len(valid)
    for line in report.failed:
        assert "\n" not in line and line.startswith(str(folder.resolve()) + "/"), line
    assert any("huge-one-line.txt: too large" in line for line in report.failed)
    stored = {Path(d["source"]) for d in store.documents()}
    assert stored <= valid  # identical files are stored once
    assert len(report.added) + len(report.present) == len(valid)
    assert check_store(store) == []


odd_text = st.lists(
    st.one_of(
        st.sampled_from(list("abc XYZ.,;:!?-()'\"\n\r\t") + QUOTES + ODD + WORDS + ["Mr.", "said", "\n\n"]),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    max_size=150,
).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(odd_text, st.sampled_from([None, "2024-01-02", "2000-12-31"]))
def test_extraction_spans_are_exact_on_odd_text(text, published):
    paragraphs = split_paragraphs(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not paragraphs:
        return
    doc = Document(document_id(published, None, paragraphs), "odd.txt", published, None, paragraphs)
    found = extract(doc)
    spans = [s.span for s in found.statements] + [e.span for e in found.events]
    spans += [m for p in found.participants for m in p.mentions]
    for span in spans:
        assert paragraphs[span.paragraph][span.start:span.end] == span.text
        assert span.text.strip()
    keys = {p.key for p in found.participants}
    assert all(s.speaker is None or s.speaker in keys for s in found.statements)
