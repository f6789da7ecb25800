"""The browser's garbage collection policy: long-lived objects frozen, full collections when input pauses."""
from __future__ import annotations

import gc
import time

from casefile.tui.collector import FULL_COLLECTION_DUE, FULL_COLLECTION_FORCED, IDLE_SECONDS, Collector


def make_cyclic_garbage() -> None:
    for _ in range(1000):
        a: list = []
        a.append(a)


def test_settle_freezes_what_lives_and_restore_gives_it_back():
    before = gc.get_threshold()
    collector = Collector()
    alive = [[n] for n in range(100)]
    try:
        collector.settle()
        assert gc.get_freeze_count() >= len(alive)
        assert gc.get_threshold() == (*before[:2], FULL_COLLECTION_FORCED)
    finally:
        collector.restore()
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_a_due_full_collection_waits_for_a_pause_in_the_input():
    collector = Collector()
    collector.settle()
    try:
        while gc.get_count()[2] < FULL_COLLECTION_DUE:  # enough garbage for a full collection to be due
            make_cyclic_garbage()
        collector.input_seen()
        collector.collect_if_idle()
        assert gc.get_count()[2] >= FULL_COLLECTION_DUE  # typing: not now
        collector.last_input = time.monotonic() - IDLE_SECONDS
        collector.collect_if_idle()
        assert gc.get_count()[2] == 0  # a pause: collected
    finally:
        collector.restore()
