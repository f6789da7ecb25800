"""Invariants of extraction over every real article in ../shared, and the seed gold score."""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from casefile.extract import extract
from casefile.extract.lexicon import PRONOUNS, TITLE_HEADS
from casefile.model import PARTICIPANT_KINDS, STATEMENT_KINDS, Document

SHARED = Path(__file__).parents[2] / "shared"
CORPUS = sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))
HEADER = re.compile(r" ?date (\d{4}-\d{2}-\d{2}) ?")

pytestmark = pytest.mark.skipif(not CORPUS, reason="no shared corpus next to the repository")


def load(path: Path) -> Document:
    """The article file format: a ` date YYYY-MM-DD ` header, then blank-line separated paragraphs."""
    raw = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    header = HEADER.match(raw)
    body = raw[header.end():] if header else raw
    paragraphs = [p.strip("\n") for p in re.split(r"\n\s*\n", body) if p.strip()]
    return Document(path.name, path.name, header.group(1) if header else None, None, paragraphs)


@pytest.fixture(scope="module")
def extractions():
    return [(doc, extract(doc)) for doc in map(load, CORPUS)]


def test_every_span_slices_its_paragraph(extractions):
    for doc, ex in extractions:
        spans = [m for p in ex.participants for m in p.mentions] + [s.span for s in ex.statements]
        for span in spans:
            assert doc.paragraphs[span.paragraph][span.start:span.end] == span.text, (doc.id, span)


def test_no_participant_is_a_pronoun_or_a_lone_title(extractions):
    for doc, ex in extractions:
        for p in ex.participants:
            words = p.name.lower().split()
            assert p.name.lower() not in PRONOUNS, (doc.id, p.name)
            assert not (len(words) == 1 and words[0] in TITLE_HEADS), (doc.id, p.name)
            assert not all(w in TITLE_HEADS or w == "the" for w in words), (doc.id, p.name)
            assert p.kind in PARTICIPANT_KINDS and p.mentions, (doc.id, p.name)


def test_statements_have_text_a_kind_and_a_known_speaker(extractions):
    for doc, ex in extractions:
        keys = {p.key for p in ex.participants}
        for s in ex.statements:
            assert s.span.text.strip(), doc.id
            assert s.kind in STATEMENT_KINDS
            assert s.speaker is None or s.speaker in keys


def _folded(name: str) -> str:
    name = re.sub(r"[^\w' -]+", " ", name.casefold().replace("\u2019", "'"))
    return re.sub(r"\s+", " ", re.sub(r"^(the|a|an)\s+", "", name.strip())).strip()


def test_no_two_participants_share_a_name(extractions):
    """One participant per real entity: no name or alias names two participants of a document."""
    for doc, ex in extractions:
        seen: dict[str, str] = {}
        for p in ex.participants:
            for name in {_folded(p.name)} | {_folded(a) for a in p.aliases}:
                assert seen.setdefault(name, p.key) == p.key, (doc.id, name)


def test_participant_keys_are_unique(extractions):
    for doc, ex in extractions:
        keys = [p.key for p in ex.participants]
        assert len(keys) == len(set(keys)), doc.id


def test_seed_gold_is_met():
    gold_path, scorer_path = SHARED / "eval" / "gold-seeds.json", SHARED / "eval" / "score.py"
    if not gold_path.exists() or not scorer_path.exists():
        pytest.skip("no gold next to the repository")
    spec = importlib.util.spec_from_file_location("casefile_gold_scorer", scorer_path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    export = _export([load(p) for p in sorted((SHARED / "seeds").glob("*.txt"))])
    result = scorer.score(export, json.loads(gold_path.read_text(encoding="utf-8")))
    assert result["attribution_f1"] == 1.0
    assert result["participant_r"] == 1.0
    assert result["title_r"] == 1.0
    assert result["splits"] == 0
    assert result["provenance"] == 1.0


def _export(docs: list[Document]) -> dict:
    """The export contract's statement and participant parts, enough for the scorer."""
    out = {"documents": [], "participants": [], "statements": [], "events": []}
    for doc in docs:
        ex = extract(doc)
        out["documents"].append({"id": doc.id, "source": doc.source, "paragraphs": doc.paragraphs})
        for p in ex.participants:
            out["participants"].append({
                "id": f"{doc.id}/{p.key}", "name": p.name, "kind": p.kind, "titles": p.titles, "aliases": p.aliases,
                "mentions": [{"document_id": doc.id, "paragraph": m.paragraph, "start": m.start, "end": m.end,
                              "text": m.text} for m in p.mentions]})
        for n, s in enumerate(ex.statements):
            out["statements"].append({
                "id": f"{doc.id}/s{n}", "text": s.span.text, "kind": s.kind,
                "speaker_id": f"{doc.id}/{s.speaker}" if s.speaker else None, "document_id": doc.id,
                "paragraph": s.span.paragraph, "start": s.span.start, "end": s.span.end})
    return out


def test_a_seed_sized_article_takes_milliseconds():
    import time

    from casefile.extract.participants import find_participants
    from casefile.extract.statements import find_statements
    from casefile.extract.text import analyse

    seeds = [load(p) for p in sorted((SHARED / "seeds").glob("*.txt"))]
    if not seeds:
        pytest.skip("no seeds next to the repository")
    rounds = 10
    start = time.perf_counter()
    for _ in range(rounds):
        for doc in seeds:
            paragraphs = [analyse(i, text) for i, text in enumerate(doc.paragraphs)]
            find_statements(doc, paragraphs, find_participants(doc, paragraphs))
    per_article = (time.perf_counter() - start) / (rounds * len(seeds))
    assert per_article < 0.02  # a few milliseconds on a laptop; generous for slow CI
