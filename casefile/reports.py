"""Statements and events written out for people and scripts: rows, CSV, a Markdown brief.

Every row carries its citation: the article, its date, the paragraph and the exact span.
"""
from __future__ import annotations

import csv
import io

from .annotations import Notes
from .caseview import Event, Statement

CSV_COLUMNS = ("type", "id", "date", "who", "kind", "text", "summary", "article", "published", "source",
               "document_id", "paragraph", "start", "end", "tags", "note")


def statement_row(s: Statement, notes: Notes | None) -> dict:
    o = s.origin
    return {
        "type": "statement", "id": s.id, "date": s.date, "who": s.speaker_name if s.speaker else None,
        "speaker_id": s.speaker.id if s.speaker else None, "kind": s.kind, "text": s.text, "summary": None,
        "article": o.article.label, "published": o.article.published, "source": o.article.source,
        "document_id": o.article.id, "paragraph": o.paragraph, "start": o.start, "end": o.end,
        "tags": list(notes.tags) if notes else [], "note": notes.note if notes else "",
    }


def event_row(e: Event, notes: Notes | None) -> dict:
    o = e.origin
    return {
        "type": "event", "id": e.id, "date": e.date, "who": "; ".join(p.name for p in e.participants),
        "speaker_id": None, "kind": None, "text": o.text, "summary": e.summary,
        "article": o.article.label, "published": o.article.published, "source": o.article.source,
        "document_id": o.article.id, "paragraph": o.paragraph, "start": o.start, "end": o.end,
        "tags": list(notes.tags) if notes else [], "note": notes.note if notes else "",
    }


def to_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "tags": " ".join(row["tags"])})
    return out.getvalue()


def to_markdown(title: str, statements: list[dict], events: list[dict]) -> str:
    """A brief ready to paste: each statement a blockquote with who, where and when."""
    lines = [f"# {title}", ""]
    if statements:
        lines += ["## Statements", ""]
        for row in statements:
            manner = "quoted" if row["kind"] == "direct" else "reported"
            lines += [f"> {line}" if line else ">" for line in row["text"].split("\n")]
            lines.append(f"> — **{row['who'] or 'unknown speaker'}** ({manner}, {row['date'] or 'undated'}), "
                         f"*{row['article']}*, {row['published'] or 'undated'}, paragraph {row['paragraph'] + 1}")
            lines.append("")
            if note_lines(row):
                lines += note_lines(row) + [""]
    if events:
        lines += ["## Timeline", ""]
        for row in events:
            who = f" ({row['who']})" if row["who"] else ""
            lines.append(f"- **{row['date'] or 'undated'}**: {row['summary']}{who}. "
                         f"*{row['article']}*, paragraph {row['paragraph'] + 1}")
            lines += [f"  {line}" for line in note_lines(row)]
        lines.append("")
    if not statements and not events:
        lines += ["Nothing matches.", ""]
    return "\n".join(lines)


def note_lines(row: dict) -> list[str]:
    out = []
    if row["tags"]:
        out.append("Tags: " + ", ".join(f"`{t}`" for t in row["tags"]))
    if row["note"]:
        out.append(f"Note: {row['note']}")
    return out
