"""The main screen's panes: three virtual lists and the source of whatever is selected."""
from __future__ import annotations

from bisect import bisect_left
from typing import ClassVar, Sequence

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from ..caseview import Case, Event, Origin, Participant, Statement
from ..search import SearchResult
from .virtual_list import StaysInPlace, VirtualList

SHORT_KINDS = {"organization": "org"}
DATE_WIDTH = len("YYYY-MM-DD")
CONTEXT_BEFORE_MATCH = 12  # characters kept before a match that would otherwise be cut off


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def tag_list(tags: Sequence[str]) -> str:
    return " ".join(f"#{tag}" for tag in tags)


def one_line(text: str) -> str:
    return " ".join(text.split())


def highlighted(text: str, ranges: Sequence[tuple[int, int]], style) -> Text:
    out = Text(text)
    for start, end in ranges:
        out.stylize(style, start, end)
    return out


class ParticipantList(VirtualList):
    """Participants, most statements first: name, kind and statement count."""

    BINDINGS: ClassVar = [Binding("enter", "select", "Filter to them",
                                  tooltip="On a participant: show only their statements and events")]
    row_height = 1
    case = Case()

    def show(self, case: Case) -> None:
        self.case = case
        self.set_rows(len(case.participants), "No participants found.")

    @property
    def selected(self) -> Participant | None:
        return self.case.participants[self.cursor] if self.has_rows else None

    def render_row(self, index: int, width: int) -> list[Text]:
        p = self.case.participants[index]
        kind = f" {SHORT_KINDS.get(p.kind, p.kind):<7}"
        count = f"{p.statement_count:>5}"
        name = Text(one_line(p.name))
        name.truncate(max(width - len(kind) - len(count), 1), overflow="ellipsis", pad=True)
        return [Text.assemble(name, (kind, self.style_of("dim")), count)]


class TimelineList(VirtualList):
    """Events in timeline order, the date shown where a day starts: summary, participants, article."""

    row_height = 2
    case = Case()
    positions: Sequence[int] = ()

    def show(self, case: Case, positions: Sequence[int], empty_message: str) -> None:
        if case is self.case and positions == self.positions:
            return  # typing a search leaves the timeline as it is: keep its cursor, skip the redraw
        self.case, self.positions = case, positions
        self.set_rows(len(positions), empty_message)

    @property
    def selected(self) -> Event | None:
        return self.case.events[self.positions[self.cursor]] if self.has_rows else None

    def render_row(self, index: int, width: int) -> list[Text]:
        event = self.case.events[self.positions[index]]
        opens_day = index == 0 or self.case.events[self.positions[index - 1]].day != event.day
        gutter = f"{event.day if opens_day else '':<{DATE_WIDTH}} "
        who = ", ".join(p.name for p in event.participants) or "no named participants"
        tags = self.case.notes_of(event.id).tags
        return [Text.assemble((gutter, self.style_of("heading")), one_line(event.summary)),
                Text.assemble(" " * len(gutter), (f"{tag_list(tags)} " if tags else "", self.style_of("tag")),
                              (f"{who} · {event.origin.article.label}", self.style_of("dim")))]


class StatementList(VirtualList):
    """Statements: the words (search matches highlighted), then speaker, manner, date and article."""

    row_height = 2
    case = Case()
    positions: Sequence[int] = ()
    search: SearchResult | None = None

    def show(self, case: Case, positions: Sequence[int], search: SearchResult | None,
             empty_message: str, keep: int | None = None) -> None:
        """Show ``case.statements[i] for i in positions`` (ascending), the cursor on ``keep`` if shown."""
        self.case, self.positions, self.search = case, positions, search
        cursor = bisect_left(positions, keep) if keep is not None else 0
        self.set_rows(len(positions), empty_message, cursor if cursor < len(positions) else 0)

    @property
    def selected_position(self) -> int | None:
        return self.positions[self.cursor] if self.has_rows else None

    @property
    def selected(self) -> Statement | None:
        position = self.selected_position
        return None if position is None else self.case.statements[position]

    def render_row(self, index: int, width: int) -> list[Text]:
        position = self.positions[index]
        statement = self.case.statements[position]
        match = self.search.match(position) if self.search else None
        match_style = self.style_of("match")
        # Line breaks become spaces, so the offsets of the highlights stay right.
        words = highlighted(statement.text.replace("\n", " "), match.text_ranges if match else (), match_style)
        if match and match.text_ranges and match.text_ranges[0][1] > width - 4:
            words = Text("…") + words[max(match.text_ranges[0][0] - CONTEXT_BEFORE_MATCH, 0):]
        words = Text("“") + words + Text("”")
        speaker = Text(statement.speaker_name)
        if match and statement.speaker:
            speaker = highlighted(statement.speaker.name, match.speaker_ranges, match_style)
        article = statement.origin.article
        tags = self.case.notes_of(statement.id).tags
        details = Text("  — ") + speaker + Text(
            f" · {statement.manner} · {statement.date or 'undated'} · {article.label}")
        details.stylize(self.style_of("dim"))
        if tags:
            details = Text.assemble("  ", (tag_list(tags), self.style_of("tag"))) + details[1:]
        return [words, details]


class PaneTab(Static):
    """One list's name in the bar that switches lists when they take turns; click to show it."""

    def __init__(self, pane: str) -> None:
        super().__init__(pane.title(), id=f"tab-{pane}", classes="pane-tab")
        self.pane = pane

    def on_click(self) -> None:
        self.screen.action_show_pane(self.pane)


class ParticipantDetails(Static):
    """The selected participant's titles and aliases."""

    def show(self, participant: Participant | None, case: Case) -> None:
        if participant is None:
            self.update("")
            return
        notes = case.notes_of(participant.id)
        self.update(Text(f"{participant.kind} · {plural(participant.statement_count, 'statement')} · "
                         f"{plural(len(case.events_with(participant.id)), 'event')}"
                         f"\ntitles: {'; '.join(participant.titles) or '—'}"
                         f"\naliases: {'; '.join(participant.aliases) or '—'}"
                         + (f"\ntags: {tag_list(notes.tags)}" if notes.tags else "")
                         + (f"\nnote: {notes.note}" if notes.note else "")))


class KeyScroll(VerticalScroll):
    """A scrolling pane that also knows the list keys: j/k, g/G."""

    BINDINGS: ClassVar = [
        Binding("j", "scroll_down", "Scroll down", show=False),
        Binding("k", "scroll_up", "Scroll up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
    ]


class SourceView(StaysInPlace, ScrollView, can_focus=True):
    """The paragraph an item came from, its exact characters highlighted, and the article it is in.

    It draws its own wrapped lines (the Line API) rather than holding a Static: a Static's new height
    asks for a layout of the whole screen, and while a search is typed the source changes with each key.
    """

    BINDINGS: ClassVar = KeyScroll.BINDINGS
    COMPONENT_CLASSES: ClassVar = {"source--title", "source--span", "source--match", "source--dim"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.content = Text()  # what is shown, before wrapping
        self._lines: list[Strip] = []
        self._shown: tuple[Origin | None, tuple[tuple[int, int], ...]] | None = None

    def show(self, origin: Origin | None, matches: Sequence[tuple[int, int]] = ()) -> None:
        """Show where ``origin`` came from; ``matches`` (offsets into its text) are search matches."""
        if self._shown == (origin, tuple(matches)):
            return  # typing a search often leaves the first match, and so the source, as it was
        self._shown = (origin, tuple(matches))
        if origin is None:
            self.content = Text("No source to show.", style=self.style_of("dim"))
            self._wrap()
            return
        article = origin.article
        paragraph = highlighted(origin.paragraph_text, [(origin.start, origin.end)], self.style_of("span"))
        for start, end in matches:
            paragraph.stylize(self.style_of("match"), origin.start + start, origin.start + end)
        self.content = Text.assemble(
            (article.label, self.style_of("title")),
            (f"\n{article.published or 'undated'} · {article.source} · "
             f"paragraph {origin.paragraph + 1} of {len(article.paragraphs)}\n", self.style_of("dim")),
            paragraph,
        )
        # Scroll so the span's first line is in view, with the line before it for context.
        lines = self._wrap()
        span_style = self.style_of("span")
        first = next((n for n, line in enumerate(lines) if any(s.style == span_style for s in line.spans)), 0)
        self.scroll_to(y=max(first - 1, 0) if first >= self.scrollable_content_region.height else 0,
                       animate=False, force=True)

    def _wrap(self) -> list[Text]:
        """Wrap the content to the pane's width; the wrapped lines."""
        width = max(self.scrollable_content_region.width, 1)
        lines = self.content.wrap(self.app.console, width)
        for line in lines:
            line.rstrip()  # the space a line was broken at is not part of the highlighted words
        base = self.rich_style
        before, self._lines = self._lines, [
            Strip(line.render(self.app.console), line.cell_len).extend_cell_length(width).apply_style(base)
            for line in lines]
        self.virtual_size = Size(width, len(self._lines))
        self._repaint_changed(before, self._lines)
        return list(lines)

    def _repaint_changed(self, before: list[Strip], after: list[Strip]) -> None:
        """Repaint only the lines from the first changed to the last. While a search narrows, the source
        often keeps its paragraph and only a highlighted word grows; repainting the whole pane would
        have Textual recompose every row of the screen beside it."""
        changed = [y for y in range(max(len(before), len(after)))
                   if y >= len(before) or y >= len(after) or before[y] != after[y]]
        if changed:
            self.refresh_lines(changed[0], changed[-1] - changed[0] + 1)

    def render_line(self, y: int) -> Strip:
        line = self.scroll_offset.y + y
        if line < len(self._lines):
            return self._lines[line]
        return Strip.blank(self.scrollable_content_region.width, self.rich_style)

    def on_resize(self) -> None:
        self._wrap()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._wrap()

    def style_of(self, component: str) -> Style:
        return self.get_component_rich_style(f"source--{component}", partial=True)
