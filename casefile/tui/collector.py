"""Garbage collection that keeps out of the way of typing.

On a 10k-article case CPython's cyclic garbage collector paused keystrokes in two ways:

- every full collection walked the million objects of the case model again (30 to 150 ms);
- Textual leaves cyclic garbage with each repaint (strips whose caches hold themselves, about
  1,500 objects a keystroke), which full collections free in batches of 10 to 20 ms.

So once the case is loaded, what is alive then is frozen out of the collector's reach (it lives
as long as the app), and full collections wait for a pause in the input, or for ten times the
usual garbage, so that memory stays bounded while someone types on and on. The young
generations are collected as usual.
"""
from __future__ import annotations

import gc
import time

IDLE_SECONDS = 0.5  # without input, before a full collection that is due may run
FULL_COLLECTION_DUE = 10  # collections of the middle generation since the last full one (CPython's default)
FULL_COLLECTION_FORCED = 100  # ... after which CPython runs it whatever the input


class Collector:
    """The app's garbage collection policy: ``settle`` once loaded, ``input_seen`` on each
    key or click, ``collect_if_idle`` now and then, ``restore`` when the app ends."""

    def __init__(self) -> None:
        self.last_input = 0.0
        self._thresholds: tuple[int, int, int] | None = None

    def settle(self) -> None:
        gc.collect()
        gc.freeze()
        self._thresholds = gc.get_threshold()
        young, middle, _ = self._thresholds
        gc.set_threshold(young, middle, FULL_COLLECTION_FORCED)

    def input_seen(self) -> None:
        self.last_input = time.monotonic()

    def collect_if_idle(self) -> None:
        due = gc.get_count()[2] >= FULL_COLLECTION_DUE
        if due and time.monotonic() - self.last_input >= IDLE_SECONDS:
            gc.collect()

    def restore(self) -> None:
        """CPython's own policy again, and what was frozen collectable (tests run many apps in one process)."""
        if self._thresholds is not None:
            gc.set_threshold(*self._thresholds)
            self._thresholds = None
        gc.unfreeze()
