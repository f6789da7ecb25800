"""Ids derived from content, so that storing the same thing twice gives the same id."""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache


def short_hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


_NOT_NAME = re.compile(r"[^\w' -]+")
_ARTICLES = frozenset({"the", "a", "an"})


@lru_cache(maxsize=65536)  # a case names the same few thousand participants again and again
def name_key(name: str) -> str:
    """How two spellings of one name compare: case, apostrophes, 'the' and spacing ignored."""
    words = _NOT_NAME.sub(" ", name.casefold().replace("\u2019", "'")).split()
    if len(words) > 1 and words[0] in _ARTICLES:  # "The Hague" is "Hague"; "A" alone stays
        words = words[1:]
    return " ".join(words)


def participant_id(name: str) -> str:
    return "p-" + short_hash(name_key(name))


def span_id(prefix: str, document_id: str, paragraph: int, start: int, end: int) -> str:
    return f"{prefix}-" + short_hash(document_id, paragraph, start, end)
