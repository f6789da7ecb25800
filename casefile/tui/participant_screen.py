"""A participant's page: who they are, and everything they said across the case, in date order."""
from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

from ..caseview import Case, Participant
from .panes import SourceView, StatementList, plural
from .screens import ArticleScreen
from .virtual_list import VirtualList


class ParticipantScreen(Screen):
    """How what one person says changes over time: their statements from every article, oldest first."""

    BINDINGS: ClassVar = [Binding("escape", "app.pop_screen", "Back", tooltip="Back to the lists")]

    def __init__(self, case: Case, participant: Participant) -> None:
        super().__init__()
        self.case, self.participant = case, participant

    def compose(self) -> ComposeResult:
        p = self.participant
        notes = self.case.notes_of(p.id)
        lines = [f"{p.kind} · {plural(p.statement_count, 'statement')} · "
                 f"{plural(len(self.case.events_with(p.id)), 'event')} · named {plural(p.mention_count, 'time')} in "
                 f"{plural(p.article_count, 'article')}",
                 f"titles: {'; '.join(p.titles) or '—'}",
                 f"aliases: {'; '.join(p.aliases) or '—'}"]
        if notes.tags:
            lines.append("tags: " + " ".join(f"#{t}" for t in notes.tags))
        if notes.note:
            lines.append(f"note: {notes.note}")
        with Vertical(id="participant-heading"):
            yield Static(Text(p.name), id="participant-name")
            yield Static(Text("\n".join(lines)), id="participant-facts")
        with Vertical(id="participant-statements", classes="pane") as pane:
            pane.border_title = "Statements, oldest first"
            yield StatementList(id="statements")
        with Vertical(id="participant-source", classes="pane") as pane:
            pane.border_title = "Source"
            yield SourceView(id="source")
        yield Footer()

    def on_mount(self) -> None:
        statements = self.query_one(StatementList)
        statements.show(self.case, self.case.statements_by(self.participant.id), None,
                        f"{self.participant.name} says nothing in this case.")
        statements.focus()
        self.query_one(SourceView).show(statements.selected.origin if statements.selected else None)

    def on_virtual_list_highlighted(self, message: VirtualList.Highlighted) -> None:
        selected = message.virtual_list.selected
        self.query_one(SourceView).show(selected.origin if selected else None)

    def on_virtual_list_selected(self, message: VirtualList.Selected) -> None:
        self.app.push_screen(ArticleScreen(message.virtual_list.selected.origin))
