"""Ids derived from content, so that storing the same thing twice gives the same id."""
from __future__ import annotations

import hashlib
import re


def short_hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def name_key(name: str) -> str:
    """How two spellings of one name compare: case, apostrophes, 'the' and spacing ignored."""
    key = name.casefold().replace("\u2019", "'")
    key = re.sub(r"[^\w' -]+", " ", key)
    key = re.sub(r"^(the|a|an)\s+", "", key.strip())
    return re.sub(r"\s+", " ", key).strip()


def participant_id(name: str) -> str:
    return "p-" + short_hash(name_key(name))


def span_id(prefix: str, document_id: str, paragraph: int, start: int, end: int) -> str:
    return f"{prefix}-" + short_hash(document_id, paragraph, start, end)
