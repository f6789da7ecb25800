"""The browser, driven by the keys a person presses, on the seed articles and on a hand-built case."""
from __future__ import annotations

import asyncio
import functools
import os
import subprocess
import sys
import threading
import time

import pytest
from conftest import REPO, shared_dir
from rich.text import Text
from test_caseview import hand_built_store
from textual.widgets import Input, Static

from casefile.tui.app import CaseFileApp
from casefile.tui.case_screen import CaseScreen
from casefile.tui.panes import ParticipantList, SourceView, StatementList, TimelineList
from casefile.tui.screens import ArticleScreen, EmptyCaseScreen, HelpScreen
from store import CaseStore

WIDE, NARROW = (160, 48), (80, 24)


def pilot_test(test):
    """Run an async test to completion (no asyncio plugin needed)."""
    @functools.wraps(test)
    def run(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))
    return run


def seed_store() -> CaseStore:
    pytest.importorskip("casefile.extract")
    from casefile.ingest import ingest

    store = CaseStore(None)
    assert ingest(store, [str(shared_dir("seeds"))]).ok
    return store


async def opened(pilot) -> CaseScreen:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return pilot.app.screen


def shown_statements(screen: CaseScreen) -> list[tuple[str, str]]:
    listed = screen.query_one(StatementList)
    return [(s.text, s.speaker_name) for s in (listed.case.statements[i] for i in listed.positions)]


def shown_events(screen: CaseScreen) -> list[str]:
    listed = screen.query_one(TimelineList)
    return [listed.case.events[i].id for i in listed.positions]


def styled(text: Text, style) -> list[str]:
    """The parts of ``text`` drawn in ``style``."""
    return [text.plain[s.start:s.end] for s in text.spans if s.style == style]


def highlighted_in_row(listed: StatementList, row: int) -> list[str]:
    """The runs of characters of a visible row drawn in the search-match colour."""
    match_bg = listed.style_of("match").bgcolor
    runs, previous = [], False
    for segment in listed.render_line(row * listed.row_height - int(listed.scroll_offset.y)):
        matched = bool(segment.style and segment.style.bgcolor == match_bg)
        if matched:
            runs[-1:] = [runs[-1] + segment.text] if previous else [*runs[-1:], segment.text]
        previous = matched
    return runs


def source_highlight(screen, what: str = "span") -> list[str]:
    """The source pane's highlighted words: the item's span, or the search matches in it."""
    source = screen.query_one(SourceView)
    return styled(source.content, source.style_of(what))


async def choose_participant(pilot, name: str) -> None:
    screen = pilot.app.screen
    participants = screen.query_one(ParticipantList)
    participants.focus()
    await pilot.press("g")
    for _ in range(participants.row_count):
        if participants.selected.name == name:
            break
        await pilot.press("j")
    assert participants.selected.name == name
    await pilot.press("enter")
    await pilot.pause()


async def search(pilot, query: str) -> None:
    await pilot.press("slash", *query)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


# ---- the seed articles, through extraction --------------------------------------------


@pytest.mark.parametrize("size", [WIDE, NARROW])
@pilot_test
async def test_seeds_choosing_hossam_zaki_leaves_only_his_statements(size):
    app = CaseFileApp(seed_store())
    async with app.run_test(size=size) as pilot:
        screen = await opened(pilot)
        everyone = shown_statements(screen)
        await choose_participant(pilot, "Hossam Zaki")
        his = shown_statements(screen)
        assert his and {speaker for _, speaker in his} == {"Hossam Zaki"}
        assert his == [s for s in everyone if s[1] == "Hossam Zaki"]
        assert "Hossam Zaki" in str(screen.query_one("#status", Static).content)
        await pilot.press("escape")
        assert shown_statements(screen) == everyone


@pytest.mark.parametrize("size", [WIDE, NARROW])
@pilot_test
async def test_seeds_search_open_and_back(size):
    app = CaseFileApp(seed_store())
    async with app.run_test(size=size) as pilot:
        screen = await opened(pilot)
        everyone = shown_statements(screen)
        await search(pilot, "valuable gift")
        assert shown_statements(screen) == [("a valuable gift", "Hossam Zaki")]
        listed = screen.query_one(StatementList)
        assert highlighted_in_row(listed, 0) == ["valuable", "gift"]
        assert str(screen.query_one("#search-count", Static).content) == "1 match"

        await pilot.press("enter")  # from the search box to the list
        assert listed.has_focus and source_highlight(screen) == ["a valuable gift"]
        assert source_highlight(screen, "match") == ["valuable", "gift"]
        await pilot.press("enter")  # the whole article
        article = app.screen
        assert isinstance(article, ArticleScreen)
        target = article.query_one(".-target", Static)
        span_style = article.get_component_rich_style("article--span", partial=True)
        assert styled(target.content, span_style) == ["a valuable gift"]
        assert target.region.y < app.size.height  # scrolled into view

        await pilot.press("escape")
        assert app.screen is screen
        await pilot.press("escape")
        assert shown_statements(screen) == everyone
        assert listed.selected.text == "a valuable gift"  # the cursor stays where it was
        assert screen.query_one("#search", Input).value == ""


# ---- a hand-built case -----------------------------------------------------------------


@pilot_test
async def test_filter_by_participant_narrows_both_lists_and_shows_itself():
    app = CaseFileApp(hand_built_store())
    async with app.run_test(size=WIDE) as pilot:
        screen = await opened(pilot)
        assert len(shown_events(screen)) == 6
        await choose_participant(pilot, "Oren Blau")
        assert shown_statements(screen) == [("the closure was regrettable but necessary", "Oren Blau"),
                                            ("a stopgap, not a solution", "Oren Blau")]
        assert shown_events(screen) == ["e-statement"]
        status = screen.query_one("#status", Static)
        assert status.has_class("-filtered") and "Oren Blau" in str(status.content)
        await pilot.press("escape")
        assert len(shown_statements(screen)) == 6 and not status.has_class("-filtered")


@pilot_test
async def test_search_words_phrases_speaker_and_no_results():
    app = CaseFileApp(hand_built_store())
    async with app.run_test(size=NARROW) as pilot:
        screen = await opened(pilot)
        await search(pilot, "VALUABLE gift")
        assert shown_statements(screen) == [("The ferry is a valuable gift to commuters", "Ilse Varga")]
        assert highlighted_in_row(screen.query_one(StatementList), 0) == ["valuable", "gift"]
        search_box = screen.query_one("#search", Input)
        search_box.value = 'blau "not a"'
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert shown_statements(screen) == [("a stopgap, not a solution", "Oren Blau")]
        search_box.value = ""
        await pilot.press(*"24/7")
        assert search_box.value == "24/7"
        search_box.value = "zebra"
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        listed = screen.query_one(StatementList)
        assert listed.row_count == 0 and "No statements match" in listed.empty_message
        assert str(screen.query_one("#search-count", Static).content) == "no matches"


@pilot_test
async def test_search_within_a_filter():
    app = CaseFileApp(hand_built_store())
    async with app.run_test(size=WIDE) as pilot:
        screen = await opened(pilot)
        await choose_participant(pilot, "Ilse Varga")
        await search(pilot, "ferry")  # also said, without the filter, by the port authority
        assert shown_statements(screen) == [("The ferry is a valuable gift to commuters", "Ilse Varga")]


@pilot_test
async def test_stale_search_results_are_dropped():
    app = CaseFileApp(hand_built_store())
    async with app.run_test(size=WIDE) as pilot:
        screen = await opened(pilot)
        await search(pilot, "ferry")
        before = shown_statements(screen)
        screen.show_search("stopgap", screen.index.search("stopgap"))  # arrives after "ferry" was typed
        assert shown_statements(screen) == before


@pilot_test
async def test_keys_move_the_cursor_and_the_source_follows():
    app = CaseFileApp(hand_built_store())
    async with app.run_test(size=WIDE) as pilot:
        screen = await opened(pilot)
        assert app.focused is screen.query_one(ParticipantList)
        await pilot.press("tab", "tab")
        listed = screen.query_one(StatementList)
        assert app.focused is listed
        await pilot.press("j", "down", "k")
        assert listed.cursor == 1
        assert source_highlight(screen) == [listed.selected.text]
        await pilot.press("G")
        assert listed.cursor == 5
        await pilot.press("g")
        assert listed.cursor == 0
        await pilot.press("pagedown")
        assert listed.cursor == 5
        await pilot.press("tab")
        assert app.focused is screen.query_one(SourceView)
        await pilot.press("shift+tab", "shift+tab")
        timeline = screen.query_one(TimelineList)
        assert app.focused is timeline
        assert source_highlight(screen) == [timeline.selected.origin.text]


@pilot_test
async def test_narrow_terminal_shows_one_list_at_a_time_above_the_source():
    app = CaseFileApp(hand_built_store())
    async with app.run_test(size=NARROW) as pilot:
        screen = await opened(pilot)
        def visible():
            return [pane for pane in ("participants", "timeline", "statements", "source")
                    if screen.query_one(f"#{pane}-pane").display]
        assert visible() == ["participants", "source"]
        await pilot.press("tab")
        assert visible() == ["timeline", "source"]
        await pilot.press("slash")
        assert visible() == ["statements", "source"]
        await pilot.click("#tab-participants")
        assert visible() == ["participants", "source"]
        await pilot.press("j", "enter")  # filtering shows what it left
        assert visible() == ["statements", "source"] and app.focused is screen.query_one(StatementList)
        assert {s for _, s in shown_statements(screen)} == {"Oren Blau"}


@pilot_test
async def test_mouse_click_selects_and_double_click_opens():
    app = CaseFileApp(hand_built_store())
    async with app.run_test(size=WIDE) as pilot:
        screen = await opened(pilot)
        listed = screen.query_one(StatementList)
        await pilot.click(listed, offset=(5, 2))
        assert app.focused is listed and listed.cursor == 1
        await pilot.click(listed, offset=(5, 2), times=2)
        assert isinstance(app.screen, ArticleScreen)


@pilot_test
async def test_enter_on_an_event_opens_its_article():
    app = CaseFileApp(hand_built_store())
    async with app.run_test(size=NARROW) as pilot:
        screen = await opened(pilot)
        await pilot.press("tab", "j", "enter")
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.origin == screen.query_one(TimelineList).selected.origin  # a value, made when asked for
        await pilot.press("q")  # quits from any screen
    assert app.return_code == 0


@pilot_test
async def test_copy_puts_the_statement_and_its_citation_on_the_clipboard():
    app = CaseFileApp(hand_built_store())
    async with app.run_test(size=WIDE) as pilot:
        screen = await opened(pilot)
        await search(pilot, "gift")
        await pilot.press("enter", "y")
        assert app.clipboard == screen.query_one(StatementList).selected.citation()
        assert "Ilse Varga" in app.clipboard and "paragraph 2" in app.clipboard


@pilot_test
async def test_help_lists_every_key():
    app = CaseFileApp(hand_built_store())
    async with app.run_test(size=NARROW) as pilot:
        await opened(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one("#help Static", Static).content.plain
        for key in ("shift+tab", "/", "esc", "y", "q", "ctrl+p", "j", "PgDn", "enter", "g"):
            assert key in text
        await pilot.press("escape")
        assert isinstance(app.screen, CaseScreen)


@pilot_test
async def test_command_palette_jumps_to_a_participant():
    app = CaseFileApp(hand_built_store())
    async with app.run_test(size=WIDE) as pilot:
        screen = await opened(pilot)
        await pilot.press("ctrl+p", *"jump oren")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.filter_id == "p-blau"
        await pilot.press("ctrl+p", *"search statements")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is screen.query_one("#search", Input)


@pilot_test
async def test_the_app_paints_before_the_store_is_read_and_q_quits():
    may_open = threading.Event()

    def slow_open() -> CaseStore:
        may_open.wait(10)
        return hand_built_store()

    app = CaseFileApp(slow_open)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert "Loading" in str(app.screen.query_one("#loading", Static).content)
        may_open.set()
        screen = await opened(pilot)
        assert isinstance(screen, CaseScreen) and len(shown_statements(screen)) == 6
        await pilot.press("q")
    assert app.return_code == 0


@pilot_test
async def test_empty_store_says_how_to_ingest():
    app = CaseFileApp(CaseStore(None))
    async with app.run_test(size=NARROW) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, EmptyCaseScreen)
        assert str(app.screen.query_one("#empty-command", Static).content) == "casefile ingest PATH"
        await pilot.press("q")
    assert app.return_code == 0


@pilot_test
async def test_a_read_only_store_opens_normally(tmp_path, monkeypatch):
    path = tmp_path / "case.json"
    store = CaseStore(path)
    with store.batch() as b:
        for table in ("documents", "participants", "statements", "events"):
            for record in hand_built_store().all(table):
                b.put(table, record)
    path.chmod(0o444)
    tmp_path.chmod(0o555)
    if os.geteuid() == 0:  # permissions do not stop root: deny writing the way they would for anyone else
        monkeypatch.setattr("store.casestore.os.access", lambda p, mode: mode != os.W_OK)
    try:
        app = CaseFileApp(lambda: CaseStore(path))
        async with app.run_test(size=WIDE) as pilot:
            screen = await opened(pilot)
            assert len(shown_statements(screen)) == 6
            assert "(read-only)" in str(screen.query_one("#status", Static).content)
    finally:
        tmp_path.chmod(0o755)


@pilot_test
async def test_a_bad_store_exits_with_its_error(tmp_path):
    path = tmp_path / "case.json"
    path.write_text('{"not": "a case"}')
    app = CaseFileApp(lambda: CaseStore(path))
    async with app.run_test(size=NARROW):
        for _ in range(100):
            if app.return_code is not None:
                break
            await asyncio.sleep(0.05)
    assert app.return_code == 2


@pilot_test
async def test_a_hundred_thousand_statements_stay_quick():
    store = CaseStore(None)
    paragraph = "“We will build the bridge again,” said the mayor of town {n}."
    with store.batch() as b:
        b.put("participants", {"id": "p", "name": "The Mayor", "kind": "person", "titles": [], "aliases": []})
        for d in range(1000):
            b.put("documents", {"id": f"d{d}", "source": f"a/{d}.txt", "published": "2024-01-01", "title": None,
                                "paragraphs": [paragraph.format(n=d)] * 100, "superseded_by": None})
            for p in range(100):
                b.put("statements", {"id": f"s{d}-{p}", "kind": "direct", "speaker_id": "p", "document_id": f"d{d}",
                                     "paragraph": p, "start": 1, "end": 31, "text": "We will build the bridge again"})
    app = CaseFileApp(store)
    async with app.run_test(size=WIDE) as pilot:
        screen = await opened(pilot)
        listed = screen.query_one(StatementList)
        assert listed.row_count == 100_000
        listed.focus()
        started = time.perf_counter()

        def cursor_row_in_view() -> bool:
            top = listed.scroll_offset.y
            return top <= listed.cursor * listed.row_height < top + listed.scrollable_content_region.height

        await pilot.press("G", "k")
        assert listed.cursor == 99_998 and cursor_row_in_view()
        await pilot.press("pageup", "g")
        assert listed.cursor == 0 and cursor_row_in_view()
        assert len(listed.children) == 0  # one widget, whatever the number of rows
        await search(pilot, "town 999")
        assert time.perf_counter() - started < 5
        assert listed.row_count == 0  # "town" is in the paragraph, not in the statement


def test_the_first_paint_waits_for_no_more_than_textual_and_the_app_module():
    code = ("import sys, casefile.tui.app; "
            "late = [m for m in ('casefile.tui.case_screen', 'casefile.caseview', 'casefile.search') "
            "if m in sys.modules]; assert not late, late")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
