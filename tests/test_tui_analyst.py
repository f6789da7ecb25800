"""The analyst's work in the browser: tags and notes by key, filtering by #tag, a participant's page."""
from __future__ import annotations

from conftest import run_cli, shared_dir
from test_tui import NARROW, WIDE, choose_participant, opened, pilot_test, search, shown_events, shown_statements
from textual.widgets import Static

from test_store import read_only_view

from casefile.tui.annotate import AskScreen
from casefile.tui.app import CaseFileApp
from casefile.tui.panes import StatementList
from casefile.tui.participant_screen import ParticipantScreen
from store import CaseStore


def seeds_on_disk(db) -> CaseStore:
    assert run_cli("--db", str(db), "ingest", str(shared_dir("seeds"))).returncode == 0
    return CaseStore(db)


async def type_into_dialog(pilot, text: str) -> None:
    await pilot.pause()
    await pilot.press("ctrl+a", "ctrl+k", *text, "enter")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pilot_test
async def test_tag_a_statement_filter_by_the_tag_and_find_it_saved(db):
    app = CaseFileApp(seeds_on_disk(db))
    async with app.run_test(size=WIDE) as pilot:
        screen = await opened(pilot)
        await search(pilot, "valuable gift")
        screen.query_one(StatementList).focus()
        await pilot.press("t")
        await type_into_dialog(pilot, "gift aid")
        row = screen.query_one(StatementList).render_row(0, 150)
        assert "#gift #aid" in row[1].plain
        await pilot.press("escape")  # clear the search
        await search(pilot, "#gift")
        assert shown_statements(screen) == [("a valuable gift", "Hossam Zaki")]
        assert shown_events(screen) == []
        assert str(screen.query_one("#search-count", Static).content) == "1 match"
    tagged = run_cli("--db", str(db), "search", "--tag", "aid", "--json").stdout.decode().splitlines()
    assert len(tagged) == 1 and '"a valuable gift"' in tagged[0]


@pilot_test
async def test_a_note_on_a_participant_shows_in_their_details(db):
    app = CaseFileApp(seeds_on_disk(db))
    async with app.run_test(size=WIDE) as pilot:
        screen = await opened(pilot)
        await choose_participant(pilot, "Liao Liqiang")
        await pilot.press("n")
        await type_into_dialog(pilot, "ambassador since 2015")
        assert "note: ambassador since 2015" in str(screen.query_one("#participant-details", Static).content)
        await pilot.press("t")
        await pilot.press("escape")  # a cancelled dialog changes nothing
        await pilot.pause()
        assert "tags:" not in str(screen.query_one("#participant-details", Static).content)


@pilot_test
async def test_a_read_only_case_says_so_instead_of_saving(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    seeds_on_disk(folder / "case.json")
    with read_only_view(folder) as view:
        app = CaseFileApp(CaseStore(view / "case.json"))
        async with app.run_test(size=WIDE) as pilot:
            await opened(pilot)
            await pilot.press("t")
            await pilot.pause()
            assert not isinstance(pilot.app.screen, AskScreen)
            assert any("read-only" in n.message for n in pilot.app._notifications)


@pilot_test
async def test_participant_page_lists_what_they_said_oldest_first():
    from test_tui import seed_store

    for size in (WIDE, NARROW):
        app = CaseFileApp(seed_store())
        async with app.run_test(size=size) as pilot:
            screen = await opened(pilot)
            theirs = [s for s in shown_statements(screen) if s[1] == "Hossam Zaki"]
            await choose_participant(pilot, "Hossam Zaki")
            await pilot.press("p")
            await pilot.pause()
            page = pilot.app.screen
            assert isinstance(page, ParticipantScreen)
            assert "Hossam Zaki" in str(page.query_one("#participant-name", Static).content)
            assert "titles: Assistant Secretary-General of the Arab League" in str(
                page.query_one("#participant-facts", Static).content)
            listed = page.query_one(StatementList)
            said = [listed.case.statements[i] for i in listed.positions]
            assert [(s.text, s.speaker_name) for s in said] == theirs
            assert [s.date for s in said] == sorted(s.date for s in said)
            await pilot.press("escape")
            assert pilot.app.screen is screen
