"""Command palette: jump to any participant by name."""
from __future__ import annotations

from functools import partial
from itertools import islice

from textual.command import DiscoveryHit, Hit, Hits, Provider

from .case_screen import CaseScreen

DISCOVER_MOST = 10  # participants offered before anything is typed: those with most statements


class ParticipantCommands(Provider):
    """"Jump to participant: NAME" for every participant; choosing one filters to them."""

    def _commands(self):
        screen = self.screen
        if not isinstance(screen, CaseScreen):
            return
        for participant in screen.case.participants:
            yield (f"Jump to participant: {participant.name}",
                   f"{participant.kind}, {participant.statement_count} statements",
                   partial(screen.jump_to_participant, participant.id))

    async def discover(self) -> Hits:
        for name, help_text, callback in islice(self._commands(), DISCOVER_MOST):
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            if (score := matcher.match(name)) > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
