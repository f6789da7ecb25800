"""VirtualList: a cursor list of fixed-height rows that renders only the lines on screen.

A hundred thousand rows cost no more than twenty: there is one widget, its virtual
height is rows x row height, and ``render_line`` draws a row only when it scrolls
into view (the Line API, as Toolong does it).
"""
from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive, reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip


class StaysInPlace:
    """For a widget whose place and size on screen never depend on its content (a list, the search
    box): a new virtual (scrollable) size, which each keystroke of a search brings, repaints the widget
    and its scrollbar only. Textual would otherwise lay out the whole screen again and redraw every
    pane that a scrollbar or a border touches: about half of a keystroke's time on a 160x48 terminal."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def watch_virtual_size(self, size: Size) -> None:
        # What a layout pass does for this widget: size the scrollbar, show or hide it (a scrollbar
        # that appears or goes does change the layout, and asks for it), keep the scroll offset valid.
        self._scroll_update(size)


class VirtualList(StaysInPlace, ScrollView, can_focus=True):
    """Subclasses set ``row_height`` and draw rows in ``render_row``."""

    BINDINGS: ClassVar = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("enter", "select", "Open", tooltip="Open the whole article at this item"),
    ]
    COMPONENT_CLASSES: ClassVar = {
        "virtual-list--cursor", "virtual-list--dim", "virtual-list--match", "virtual-list--heading",
        "virtual-list--empty", "virtual-list--tag",
    }

    row_height: ClassVar[int] = 1
    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor moved to ``index`` (-1 when the list is empty)."""

        def __init__(self, virtual_list: VirtualList, index: int) -> None:
            super().__init__()
            self.virtual_list = virtual_list
            self.index = index

        @property
        def control(self) -> VirtualList:
            return self.virtual_list

    class Selected(Highlighted):
        """Enter (or a double click) on the row at ``index``."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.row_count = 0
        self.empty_message = ""
        self._rows: LRUCache[tuple[int, bool, int], list[Strip]] = LRUCache(128)
        self._base_style: Style | None = None  # rich_style walks every ancestor's styles: worked out once

    # ---- what subclasses provide ------------------------------------------------

    def render_row(self, index: int, width: int) -> list[Text]:
        """The ``row_height`` lines of row ``index``."""
        raise NotImplementedError

    # ---- content -------------------------------------------------------------------

    def set_rows(self, count: int, empty_message: str = "", cursor: int = 0) -> None:
        """Show ``count`` rows (drawn later, on demand) with the cursor on row ``cursor``."""
        self.row_count = count
        self.empty_message = empty_message
        self.redraw()
        self.cursor = min(max(cursor, 0), count - 1) if count else 0

    def redraw(self) -> None:
        """Draw the rows again: their number, content or style changed."""
        self._forget_drawn_rows()
        self.virtual_size = Size(self.scrollable_content_region.width, self.row_count * self.row_height)
        self.refresh()

    @property
    def has_rows(self) -> bool:
        return self.row_count > 0

    # ---- drawing -------------------------------------------------------------------

    def style_of(self, component: str) -> Style:
        return self.get_component_rich_style(f"virtual-list--{component}", partial=True)

    @property
    def base_style(self) -> Style:
        """The list's own colours, under every row."""
        if self._base_style is None:
            self._base_style = self.rich_style
        return self._base_style

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = self.scroll_offset.y + y
        if not self.row_count:
            message = Text(self.empty_message if line == 0 else "", style=self.style_of("empty"))
            return self._strip(message, width)
        index, offset = divmod(line, self.row_height)
        if index >= self.row_count:
            return Strip.blank(width, self.base_style)
        key = (index, index == self.cursor, width)
        strips = self._rows.get(key)
        if strips is None:
            cursor = self.style_of("cursor") if index == self.cursor else None
            strips = [self._strip(text, width, cursor) for text in self.render_row(index, width)]
            self._rows[key] = strips
        return strips[offset]

    def _strip(self, text: Text, width: int, under: Style | None = None) -> Strip:
        text.truncate(width, overflow="ellipsis", pad=True)
        if under:
            text.stylize_before(under)  # under the row's own styles, so search matches still show
        return Strip(text.render(self.app.console), width).apply_style(self.base_style)

    def _forget_drawn_rows(self) -> None:
        self._rows.clear()
        self._base_style = None

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._forget_drawn_rows()

    def on_resize(self) -> None:
        self.redraw()
        self.scroll_to_cursor()

    def on_focus(self) -> None:
        self.redraw()

    def on_blur(self) -> None:
        self.redraw()

    # ---- the cursor ------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh()
        self.scroll_to_cursor()
        self.post_message(self.Highlighted(self, new if self.row_count else -1))

    def scroll_to_cursor(self) -> None:
        """Scroll the least that shows the cursor's row, keeping whole rows at the top."""
        first = -(-int(self.scroll_offset.y) // self.row_height)  # the first row wholly in view
        if self.cursor < first:
            first = self.cursor
        elif self.cursor >= first + self.rows_per_page:
            first = self.cursor - self.rows_per_page + 1
        self.scroll_to(y=first * self.row_height, animate=False, force=True)

    def move_cursor(self, delta: int) -> None:
        if self.row_count:
            self.cursor = min(max(self.cursor + delta, 0), self.row_count - 1)

    @property
    def rows_per_page(self) -> int:
        return max(1, self.scrollable_content_region.height // self.row_height)

    def action_cursor_down(self) -> None:
        self.move_cursor(1)

    def action_cursor_up(self) -> None:
        self.move_cursor(-1)

    def action_first(self) -> None:
        self.move_cursor(-self.row_count)

    def action_last(self) -> None:
        self.move_cursor(self.row_count)

    def action_page_down(self) -> None:
        self.move_cursor(self.rows_per_page)

    def action_page_up(self) -> None:
        self.move_cursor(-self.rows_per_page)

    def action_select(self) -> None:
        if self.row_count:
            self.post_message(self.Selected(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not self.row_count:
            return
        index = (self.scroll_offset.y + offset.y) // self.row_height
        if index < self.row_count:
            self.cursor = index
            if event.chain == 2:
                self.action_select()
