"""CaseFileApp: the terminal browser. It paints at once, then loads the case in a worker."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, ClassVar, Iterable

from textual import events, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from store import CaseStore, StoreError

from .collector import IDLE_SECONDS, Collector

# The model and the main screen are imported by the loading worker, after the first paint:
# importing them first would delay it by a third of Textual's own import time.
if TYPE_CHECKING:
    from ..caseview import Case
    from ..search import SearchIndex
    from .commands import ParticipantCommands


def participant_commands() -> type[ParticipantCommands]:
    from .commands import ParticipantCommands

    return ParticipantCommands


class CaseFileApp(App):
    """Browse one case file: ``CaseFileApp(store).run()``."""

    TITLE = "casefile"
    CSS_PATH = "app.tcss"
    # Below 120 columns the lists take turns above the source pane.
    HORIZONTAL_BREAKPOINTS: ClassVar = [(0, "-narrow"), (120, "-wide")]
    COMMANDS = App.COMMANDS | {participant_commands}
    BINDINGS: ClassVar = [Binding("q", "quit", "Quit")]  # on every screen; typing in a box still types q

    def __init__(self, store: CaseStore | Callable[[], CaseStore], *, name: str | None = None) -> None:
        """``store`` is an open store, or a function that opens one (called off the UI thread, so
        the app paints before a large store is read). ``name`` says which case this is."""
        super().__init__()
        self._store_source = store
        self.store_name = name
        self.collector = Collector()

    def compose(self) -> ComposeResult:
        yield Static("Loading the case…", id="loading")

    def on_mount(self) -> None:
        # Only after the first paint: reading a large store holds the GIL for a while.
        self.call_after_refresh(self.load_case)

    @work(thread=True, exclusive=True, group="load")
    def load_case(self) -> None:
        from ..caseview import Case, StatementTexts
        from ..search import SearchIndex
        from .case_screen import CaseScreen  # noqa: F401  (imported here, off the UI thread, for show_case)

        try:
            store = self._store_source if isinstance(self._store_source, CaseStore) else self._store_source()
            case = Case.from_store(store)
            store.release()  # the case model holds what the browser shows; a write reloads the store
        except StoreError as exc:
            self.call_from_thread(self.exit, return_code=2, message=f"casefile: {exc}")
            return
        index = SearchIndex(StatementTexts(case.statements))
        self.call_from_thread(self.show_case, store, case, index)
        index.prepare()  # while the user reads the first screen, not on their first keystroke
        self.call_from_thread(self.settle)

    def settle(self) -> None:
        """Once the case is shown and indexed: garbage collection out of the way of typing (see collector)."""
        self.collector.settle()
        self.set_interval(IDLE_SECONDS, self.collector.collect_if_idle)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent):
            self.collector.input_seen()
        await super().on_event(event)

    def on_unmount(self) -> None:
        self.collector.restore()

    def show_case(self, store: CaseStore, case: Case, index: SearchIndex) -> None:
        from .case_screen import CaseScreen
        from .screens import EmptyCaseScreen

        name = self.store_name or (str(store.path) if store.path else "in-memory case")
        if store.read_only:
            name += " (read-only)"
        self.push_screen(EmptyCaseScreen(name) if case.is_empty else CaseScreen(case, index, name, store))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from .case_screen import CaseScreen

        yield from super().get_system_commands(screen)
        if isinstance(screen, CaseScreen):
            yield SystemCommand("Search statements", "Type words or \"a phrase\" (/)", screen.action_search)
            yield SystemCommand("Clear search or filter", "Back to every statement (esc)", screen.action_back)
            yield SystemCommand("Copy statement", "The selected statement with its citation (y)",
                                screen.action_copy_statement)
            yield SystemCommand("Show all keys", "Every key casefile knows (?)", screen.action_help)
            yield SystemCommand("Tag", "Tag the selected statement, event or participant (t)", screen.action_tag)
            yield SystemCommand("Note", "A note on the selected statement, event or participant (n)",
                                screen.action_note)
            yield SystemCommand("Participant's page", "All they said, oldest first (p)",
                                screen.action_participant_page)
