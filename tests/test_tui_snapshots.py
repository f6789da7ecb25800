"""What the browser looks like, on a fixed hand-built case (no clock, no temporary paths on screen).

Update after a deliberate change with ``pytest tests/test_tui_snapshots.py --snapshot-update``,
then look at the new SVGs before committing them.
"""
from __future__ import annotations

from test_caseview import hand_built_store

from casefile.tui.app import CaseFileApp


async def opened(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def app() -> CaseFileApp:
    return CaseFileApp(hand_built_store(), name="hand-built case")


def test_main_screen_80x24(snap_compare):
    assert snap_compare(app(), terminal_size=(80, 24), run_before=opened)


def test_main_screen_160x48(snap_compare):
    assert snap_compare(app(), terminal_size=(160, 48), run_before=opened)


def test_search_and_filter_160x48(snap_compare):
    async def filter_then_search(pilot):
        await opened(pilot)
        await pilot.press("enter", "slash", *"risk")
        await opened(pilot)

    assert snap_compare(app(), terminal_size=(160, 48), run_before=filter_then_search)


def test_article_80x24(snap_compare):
    async def open_statement(pilot):
        await opened(pilot)
        await pilot.press("tab", "tab", "j", "j", "j", "enter")
        await pilot.pause()

    assert snap_compare(app(), terminal_size=(80, 24), run_before=open_statement)


def test_help_screen_80x24(snap_compare):
    async def help(pilot):
        await opened(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(app(), terminal_size=(80, 24), run_before=help)


def test_search_80x24(snap_compare):
    async def search(pilot):
        await opened(pilot)
        await pilot.press("slash", *'"valuable gift"')
        await opened(pilot)

    assert snap_compare(app(), terminal_size=(80, 24), run_before=search)
