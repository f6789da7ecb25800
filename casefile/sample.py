"""The built-in sample case: six fictional articles shipped with casefile, ingested in memory."""
from __future__ import annotations

from importlib.resources import files

from store import CaseStore

from .articles import parse_article
from .extract import extract
from .records import case_writer


def sample_store() -> CaseStore:
    store = CaseStore(None)
    folder = files("casefile") / "sample"
    with case_writer(store) as writer:
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".txt"):
                article = parse_article(entry.read_bytes(), f"sample/{entry.name}")
                writer.add_document(article.document, article.format)
                writer.add_extraction(article.document.id, extract(article.document))
    return store
