"""Screens over the main one: a whole article, the key list, and the empty case."""
from __future__ import annotations

from typing import ClassVar, Iterable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Static

from ..caseview import Origin
from .panes import KeyScroll, highlighted

KEY_NAMES = {"down": "↓", "up": "↑", "pagedown": "PgDn", "pageup": "PgUp", "escape": "esc",
             "slash": "/", "question_mark": "?", "enter": "enter", "shift+tab": "shift+tab"}


class ArticleScreen(Screen):
    """The whole article, scrolled to the item's paragraph, the item's characters highlighted."""

    BINDINGS: ClassVar = [Binding("escape", "app.pop_screen", "Back", tooltip="Back to the lists")]
    COMPONENT_CLASSES: ClassVar = {"article--span"}

    def __init__(self, origin: Origin) -> None:
        super().__init__()
        self.origin = origin

    def compose(self) -> ComposeResult:
        article = self.origin.article
        with Vertical(id="article-heading"):
            yield Static(article.label, id="article-title", markup=False)
            yield Static(f"{article.published or 'undated'} · {article.source}", markup=False)
        with KeyScroll(id="article-body"):
            for number, paragraph in enumerate(article.paragraphs):
                if number == self.origin.paragraph:
                    span_style = self.get_component_rich_style("article--span", partial=True)
                    yield Static(highlighted(paragraph, [(self.origin.start, self.origin.end)], span_style),
                                 classes="paragraph -target")
                else:
                    yield Static(Text(paragraph), classes="paragraph")
        yield Footer()

    def on_mount(self) -> None:
        body = self.query_one("#article-body", KeyScroll)
        body.focus()
        self.call_after_refresh(body.scroll_to_widget, self.query_one(".-target"), top=True, animate=False)


def key_label(keys: str) -> str:
    return " ".join(KEY_NAMES.get(k, k) for k in keys.split(","))


class HelpScreen(ModalScreen):
    """Every key, read from the bindings themselves so the list cannot drift from them."""

    BINDINGS: ClassVar = [Binding("escape,question_mark,q", "app.pop_screen", "Close")]
    COMPONENT_CLASSES: ClassVar = {"help--heading", "help--key"}

    def __init__(self, sections: Iterable[tuple[str, Iterable[Binding]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        heading_style = self.get_component_rich_style("help--heading", partial=True)
        key_style = self.get_component_rich_style("help--key", partial=True)
        text = Text()
        for heading, bindings in self.sections:
            text.append(f"{heading}\n", style=heading_style)
            for binding in bindings:
                text.append(f"  {key_label(binding.key):<14}", style=key_style)
                text.append(f"{binding.tooltip or binding.description}\n")
            text.append("\n")
        text.append("The mouse works too: click to select, double-click to open, wheel to scroll.")
        with KeyScroll(id="help") as keys:
            keys.border_title = "Keys"
            yield Static(text)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#help").focus()


class EmptyCaseScreen(Screen):
    """Shown when the store holds no articles: how to add some."""

    def __init__(self, store_name: str) -> None:
        super().__init__()
        self.store_name = store_name

    def compose(self) -> ComposeResult:
        with Vertical(id="empty"):
            yield Static("This case file is empty.", id="empty-title")
            yield Static(f"The store {self.store_name} holds no articles yet. Add some with", markup=False)
            yield Static("casefile ingest PATH", id="empty-command")
            yield Static("where PATH is an article file or a folder of them (.txt, .md), or - for standard input.\n"
                         "Then run casefile again. To look around first, try  casefile browse --sample")
        yield Footer()
