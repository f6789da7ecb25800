"""Reading article files into Documents: formats, encodings and the ways input goes wrong.

Accepted formats:

- casefile's own: `` date YYYY-MM-DD `` then the text, paragraphs split by blank lines;
- Markdown with YAML front matter (``title``, ``date``) between ``---`` lines;
- plain text with no header (the date is unknown).

Text must be UTF-8 (a byte-order mark is accepted and dropped). Anything else is
refused with a message that says how to convert it, rather than guessed at: a
wrong guess would silently change the words casefile later quotes.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .model import Document

MAX_ARTICLE_BYTES = 10 * 1024 * 1024
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
STDIN_SOURCE = "<stdin>"

_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d[\d-]*\d)(?=\s|\Z)[ \t]*\n?")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_FRONT_MATTER_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


class ArticleError(ValueError):
    """A file that cannot be read as an article; the message is one line naming it."""


@dataclass(frozen=True, slots=True)
class Article:
    document: Document
    format: str  # "casefile", "markdown" or "text"


def read_article(path: Path) -> Article:
    """Read and parse one article file."""
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(f"{path}: too large ({size / 1048576:.1f} MB; the limit is "
                               f"{MAX_ARTICLE_BYTES // 1048576} MB per article)")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ArticleError(f"{path}: is a directory") from None
    except PermissionError:
        raise ArticleError(f"{path}: permission denied") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror})") from None
    return parse_article(raw, str(path.resolve()))


def parse_article(raw: bytes, source: str) -> Article:
    """Parse an article's bytes; ``source`` names it in the document and in errors."""
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{source}: too large ({len(raw) / 1048576:.1f} MB; the limit is "
                           f"{MAX_ARTICLE_BYTES // 1048576} MB per article)")
    text = decode_text(raw, source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(f"{source}: empty file")

    published: str | None = None
    title: str | None = None
    fmt = "text"
    header = _HEADER.match(text)
    front = _FRONT_MATTER.match(text)
    if header:
        fmt = "casefile"
        published = checked_date(header.group(1), source)
        text = text[header.end():]
    elif front:
        fmt = "markdown"
        fields = parse_front_matter(front.group(1))
        if fields.get("date"):
            published = checked_date(fields["date"], source)
        title = fields.get("title") or None
        text = text[front.end():]

    paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise ArticleError(f"{source}: has a header but no text")
    if title is None and fmt == "markdown":
        title = markdown_heading(paragraphs[0])
    return Article(Document(document_id(published, title, paragraphs), source, published, title, paragraphs), fmt)


def decode_text(raw: bytes, source: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(f"{source}: UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)")
    if b"\x00" in raw:
        raise ArticleError(f"{source}: binary file (contains NUL bytes), not an article")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{source}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8"
        ) from None


def checked_date(value: str, source: str) -> str:
    """A real calendar date as YYYY-MM-DD (a time after it, as in front matter, is dropped)."""
    value = value.strip().strip("'\"")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ].*)?", value):
        try:
            return dt.date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            pass
    raise ArticleError(f"{source}: impossible date {value!r} in the header (want YYYY-MM-DD)")


def parse_front_matter(block: str) -> dict[str, str]:
    """The flat ``key: value`` pairs of a YAML front matter block (nested values are ignored)."""
    fields = {}
    for line in block.split("\n"):
        m = _FRONT_MATTER_LINE.match(line)
        if m:
            value = m.group(2)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            fields[m.group(1).lower()] = value
    return fields


def markdown_heading(paragraph: str) -> str | None:
    m = re.match(r"#{1,6}[ \t]+(.+)", paragraph)
    return m.group(1).strip() if m else None


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by blank lines; each keeps its inner line breaks."""
    return [p.strip() for p in _PARAGRAPH_BREAK.split(text) if p.strip()]


def document_id(published: str | None, title: str | None, paragraphs: list[str]) -> str:
    """The same content gives the same id, wherever the file lies."""
    h = hashlib.sha256()
    for part in (published or "", title or "", *paragraphs):
        h.update(part.encode("utf-8"))
        h.update(b"\x1e")
    return h.hexdigest()[:16]


def find_article_files(path: Path) -> list[Path]:
    """Article files under a folder, recursively, in a stable order.

    Hidden entries are skipped, and so are README files, which describe a folder
    rather than report the story.
    """
    found = []
    for candidate in sorted(path.rglob("*")):
        relative = candidate.relative_to(path).parts
        if any(part.startswith(".") for part in relative) or candidate.stem.lower() == "readme":
            continue
        if candidate.suffix.lower() in ARTICLE_SUFFIXES and candidate.is_file():
            found.append(candidate)
    return found
