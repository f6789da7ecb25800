"""The main screen: four panes over one case, the participant filter and the search."""
from __future__ import annotations

from typing import ClassVar, Sequence

from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from store import CaseStore, StoreError

from ..annotations import AnnotationError, Notes, annotate
from ..caseview import Case, Event, Participant, Statement
from ..search import SearchIndex, SearchResult
from .annotate import AskScreen
from .participant_screen import ParticipantScreen
from .panes import (
    KeyScroll, PaneTab, ParticipantDetails, ParticipantList, SourceView, StatementList, TimelineList, plural,
)
from .screens import ArticleScreen, HelpScreen
from .virtual_list import StaysInPlace, VirtualList

LISTS = ("participants", "timeline", "statements")  # they take turns when the terminal is narrow
PANES = (*LISTS, "source")


class SearchBox(StaysInPlace, Input):
    """The search input: the text typed changes its virtual width, never its place on screen."""


class CaseScreen(Screen):
    """Participants, timeline, statements and their source, side by side or one list at a time."""

    BINDINGS: ClassVar = [
        Binding("tab", "cycle_pane(1)", "Next pane", show=False),
        Binding("shift+tab", "cycle_pane(-1)", "Previous pane", show=False),
        # A priority binding runs before the keys typed after it reach a widget, so they go to the search.
        Binding("slash", "search", "Search", tooltip="Search statements: words, or \"a phrase\"", priority=True),
        Binding("escape", "back", "Back", tooltip="Clear the search, then the participant filter"),
        Binding("y", "copy_statement", "Copy", tooltip="Copy the selected statement with its citation"),
        Binding("t", "tag", "Tag", show=False,
                tooltip="Tag the selected statement, event or participant (search #tag to filter by it)"),
        Binding("n", "note", "Note", show=False, tooltip="Write a note on the selected statement, event or participant"),
        Binding("p", "participant_page", "Page", show=False,
                tooltip="The participant's page: all they said, oldest first (on a statement: its speaker)"),
        Binding("question_mark", "help", "Keys", tooltip="This list of keys"),
    ]

    pane: reactive[str] = reactive("participants")  # the list shown when the lists take turns

    def __init__(self, case: Case, index: SearchIndex, store_name: str, store: CaseStore | None = None) -> None:
        super().__init__()
        self.case = case
        self.index = index
        self.store_name = store_name
        self.store = store  # where tags and notes are saved; None: they cannot be
        self.filter_id: str | None = None
        self.search: SearchResult | None = None  # None: no search words
        self.tags: tuple[str, ...] = ()  # the search's #tags

    # ---- layout ----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        with Horizontal(id="pane-bar"):
            for name in LISTS:
                yield PaneTab(name)
        with Horizontal(id="panes"):
            with Vertical(id="participants-pane", classes="pane"):
                yield ParticipantList(id="participants")
                yield ParticipantDetails(id="participant-details")
            yield Vertical(TimelineList(id="timeline"), id="timeline-pane", classes="pane")
            with Vertical(id="source-pane", classes="pane"):
                yield SourceView(id="source")
            with Vertical(id="statements-pane", classes="pane"):
                with Horizontal(id="search-bar"):
                    yield SearchBox(placeholder="/ search statements", id="search")
                    yield Static(id="search-count")
                yield StatementList(id="statements")
        yield Footer()

    def on_mount(self) -> None:
        for pane, title in zip(PANES, ("Participants", "Timeline", "Statements", "Source")):
            self.query_one(f"#{pane}-pane").border_title = title
        self.query_one(ParticipantList).focus()
        self.watch_pane(self.pane)
        self.query_one(ParticipantList).show(self.case)
        self.refresh_lists()
        # Watched rather than told by Input.Changed, which reaches the screen only after the typed
        # character has been painted: the results would then wait for the next frame.
        self.watch(self.query_one("#search", Input), "value", self.search_changed, init=False)

    def watch_pane(self, pane: str) -> None:
        for name in LISTS:
            self.query_one(f"#{name}-pane").set_class(name == pane, "-current")
            self.query_one(f"#tab-{name}").set_class(name == pane, "-current")

    # ---- what the lists show ---------------------------------------------------------

    def refresh_lists(self, keep_statement: int | None = None) -> None:
        """Show the statements and events that pass the participant filter and the search."""
        case = self.case
        statements: Sequence[int] = range(len(case.statements))
        events: Sequence[int] = range(len(case.events))
        filtered = case.participant(self.filter_id) if self.filter_id else None
        if filtered:
            statements, events = case.statements_by(filtered.id), case.events_with(filtered.id)
        if self.search is not None and filtered:
            allowed = set(statements)
            statements = [i for i in self.search.indices if i in allowed]
        elif self.search is not None:
            statements = self.search.indices  # as they are: copying 100k matches would cost a keystroke 3 ms
        if self.tags:
            tagged = set.intersection(*(case.tagged(tag) for tag in self.tags))
            statements = [i for i in statements if case.statements[i].id in tagged]
            events = [i for i in events if case.events[i].id in tagged]
        who = f" by {filtered.name}" if filtered else ""
        searching = self.search is not None or bool(self.tags)
        empty = f"No statements{who} match the search." if searching else f"No statements{who}."
        self.query_one(StatementList).show(case, statements, self.search, empty, keep=keep_statement)
        self.query_one(TimelineList).show(case, events, f"No events with {filtered.name}." if filtered
                                          else "No events.")
        self.show_counts(len(statements), len(events), filtered and filtered.name)

    def show_counts(self, n_statements: int, n_events: int, filtered: str | None) -> None:
        # Each keystroke of a search lands here: the status line and the match count keep
        # their size, so their updates skip the layout pass that would redraw every pane.
        case = self.case
        status = self.query_one("#status", Static)
        status.set_class(bool(filtered), "-filtered")
        if filtered:
            status_text = Text.assemble("Filter: ", (filtered, "bold"), f" — {plural(n_statements, 'statement')}, "
                                        f"{plural(n_events, 'event')}   (esc clears)")
        else:
            status_text = Text(f"casefile · {self.store_name} · {plural(len(case.articles), 'article')} · "
                               f"{plural(len(case.statements), 'statement')} · {plural(len(case.events), 'event')}")
        # Textual repaints one rectangle around everything changed: a needless repaint of the top
        # line would stretch it over every pane down to the statements.
        if status_text != status.content:
            status.update(status_text, layout=False)
        subtitles = {"participants": str(len(case.participants)), "timeline": f"{n_events} of {len(case.events)}",
                     "statements": f"{n_statements} of {len(case.statements)}"}
        for pane, subtitle in subtitles.items():
            widget = self.query_one(f"#{pane}-pane")
            if widget.border_subtitle != subtitle:
                widget.border_subtitle = subtitle
        searching = self.search is not None or bool(self.tags)
        matches = f"{n_statements or 'no'} match{'' if n_statements == 1 else 'es'}" if searching else ""
        # Always in place, blank when there is no search: showing and hiding it would lay out
        # the screen again on the first key of every search (the slowest key already).
        self.query_one("#search-count", Static).update(matches, layout=False)

    # ---- selection -------------------------------------------------------------------

    def on_virtual_list_highlighted(self, message: VirtualList.Highlighted) -> None:
        searching = self.focused is self.query_one("#search") and isinstance(message.virtual_list, StatementList)
        if message.virtual_list.has_focus or searching:
            self.show_source(message.virtual_list)
        if isinstance(message.virtual_list, ParticipantList):
            participant = message.virtual_list.selected
            self.query_one(ParticipantDetails).show(participant, self.case)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, VirtualList):
            self.show_source(event.widget)
            self.pane = event.widget.id

    def show_source(self, virtual_list: VirtualList) -> None:
        item = virtual_list.selected
        if isinstance(item, Participant):  # where the case first names them
            origin = item.first_mention
        else:
            origin = item.origin if item else None
        matches = ()
        if isinstance(virtual_list, StatementList) and self.search and item is not None:
            matches = self.search.match(virtual_list.selected_position).text_ranges
        self.query_one(SourceView).show(origin, matches)

    def on_virtual_list_selected(self, message: VirtualList.Selected) -> None:
        if isinstance(message.virtual_list, ParticipantList):
            self.filter_to(message.virtual_list.selected.id)
        else:
            self.app.push_screen(ArticleScreen(message.virtual_list.selected.origin))

    def filter_to(self, participant_id: str) -> None:
        self.set_filter(participant_id)
        if self.has_class("-narrow"):  # show what the filter left, since the lists take turns
            self.action_show_pane("statements")

    def set_filter(self, participant_id: str | None) -> None:
        self.filter_id = participant_id
        self.refresh_lists(keep_statement=None if participant_id else self.query_one(StatementList).selected_position)

    def jump_to_participant(self, participant_id: str) -> None:
        """Select the participant in its list and filter to them."""
        participants = self.query_one(ParticipantList)
        participants.cursor = next(i for i, p in enumerate(self.case.participants) if p.id == participant_id)
        self.action_show_pane("participants")
        self.filter_to(participant_id)

    # ---- search ----------------------------------------------------------------------

    def search_changed(self, query: str) -> None:
        """Called as the search box's value changes, before the typed character is painted."""
        if self.index.prepared:
            # A search takes a millisecond (7 at most over 130k statements): done here, its results are
            # painted in the same frame as the typed character, with no hand-over to a thread and back.
            self.show_search(query, *self.searched(query))
        else:
            self.run_search(query)  # the word index is still being built: typing must not wait for it

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one(StatementList).focus()

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        result, tags = self.searched(query)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show_search, query, result, tags)

    def searched(self, query: str) -> tuple[SearchResult, tuple[str, ...]]:
        """The statements matching the query's words, and its #tags."""
        tags = tuple(word[1:] for word in query.split() if word.startswith("#") and len(word) > 1)
        return self.index.search(" ".join(word for word in query.split() if not word.startswith("#"))), tags

    def show_search(self, query: str, result: SearchResult, tags: tuple[str, ...] = ()) -> None:
        if query != self.query_one("#search", Input).value:
            return  # a later keystroke has started a newer search
        if result.query.is_empty and self.search is None and tags == self.tags:
            return  # cleared already (escape does so at once, keeping the cursor's statement)
        self.search = None if result.query.is_empty else result
        self.tags = tags
        self.refresh_lists()

    # ---- actions ---------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "search" and self.focused is self.query_one("#search"):
            return False  # let / be typed into the search itself
        return True

    def action_cycle_pane(self, step: int) -> None:
        focused = self.focused.id if self.focused else None
        current = "statements" if focused == "search" else focused if focused in PANES else "participants"
        self.action_show_pane(PANES[(PANES.index(current) + step) % len(PANES)])

    def action_show_pane(self, pane: str) -> None:
        if pane in LISTS:  # the source is always shown
            self.pane = pane
        self.set_focus(self.query_one(f"#{pane}"))  # now, so that the next key already sees it

    def action_search(self) -> None:
        self.pane = "statements"
        self.set_focus(self.query_one("#search", Input))  # now, so that the keys typed next go to it

    def action_back(self) -> None:
        search = self.query_one("#search", Input)
        if search.value or search.has_focus:
            keep = self.query_one(StatementList).selected_position
            self.search, self.tags = None, ()
            search.value = ""  # after the line above, so search_changed finds the search cleared already
            self.refresh_lists(keep_statement=keep)
            self.query_one(StatementList).focus()
        elif self.filter_id:
            self.set_filter(None)

    def action_copy_statement(self) -> None:
        statement = self.query_one(StatementList).selected
        if statement is None:
            self.app.notify("No statement is selected.", severity="warning")
            return
        self.app.copy_to_clipboard(statement.citation())
        self.app.notify(f"Copied the statement by {statement.speaker_name} with its citation.")

    # ---- the analyst's own work -------------------------------------------------------

    def selected_item(self) -> Participant | Statement | Event | None:
        """The selected item of the focused list (of the current one, while typing a search)."""
        focused = self.focused if isinstance(self.focused, VirtualList) else self.query_one(f"#{self.pane}")
        return focused.selected

    def action_tag(self) -> None:
        item = self.selected_item()
        if item is not None and self.can_annotate():
            current = self.case.notes_of(item.id).tags
            self.app.push_screen(
                AskScreen(f"Tags of {describe(item)}", "Words separated by spaces; delete one to remove it. "
                          "enter saves, esc cancels.", " ".join(current)),
                lambda answer: answer is not None and self.save_notes(
                    item.id, add_tags=answer.split(), remove_tags=[t for t in current if t not in answer.split()]))

    def action_note(self) -> None:
        item = self.selected_item()
        if item is not None and self.can_annotate():
            self.app.push_screen(
                AskScreen(f"Note on {describe(item)}", "enter saves (an empty note removes it), esc cancels.",
                          self.case.notes_of(item.id).note),
                lambda answer: answer is not None and self.save_notes(item.id, note=answer))

    def can_annotate(self) -> bool:
        if self.store is None or self.store.read_only:
            self.app.notify("This store is read-only: tags and notes cannot be saved.", severity="warning")
            return False
        return True

    @work(thread=True, exclusive=False, group="notes")
    def save_notes(self, item_id: str, **change) -> None:
        """Save off the UI thread: on a large case, loading and saving the store takes a second or two."""
        try:
            with self.store.batch() as batch:
                notes = annotate(batch, item_id, **change)
            self.store.release()
        except (StoreError, AnnotationError) as exc:
            self.app.call_from_thread(self.app.notify, str(exc), severity="error")
            return
        self.app.call_from_thread(self.show_notes, item_id, notes)

    def show_notes(self, item_id: str, notes: Notes) -> None:
        if notes.tags or notes.note:
            self.case.notes[item_id] = notes
        else:
            self.case.notes.pop(item_id, None)
        self.refresh_lists(keep_statement=self.query_one(StatementList).selected_position)
        self.query_one(TimelineList).redraw()  # its rows show tags
        self.query_one(ParticipantDetails).show(self.query_one(ParticipantList).selected, self.case)
        self.app.notify("Saved.")

    def action_participant_page(self) -> None:
        item = self.selected_item()
        person = item if isinstance(item, Participant) else getattr(item, "speaker", None)
        if person is None:
            self.app.notify("Select a participant, or a statement with a known speaker.", severity="warning")
            return
        self.app.push_screen(ParticipantScreen(self.case, person))

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen([
            ("Anywhere", [*self.BINDINGS, *self.app.BINDINGS, Binding("ctrl+p", "command_palette", "Palette",
                                                  tooltip="Command palette: actions, jump to a participant")]),
            ("In a list", [*VirtualList.BINDINGS, *ParticipantList.BINDINGS]),
            ("In an article (j k g G scroll the source pane too)", [*ArticleScreen.BINDINGS, *KeyScroll.BINDINGS]),
        ]))


def describe(item: Participant | Statement | Event) -> str:
    if isinstance(item, Participant):
        return item.name
    words = " ".join(item.text.split()) if isinstance(item, Statement) else item.summary
    return f"“{words[:40]}{'…' if len(words) > 40 else ''}”"
