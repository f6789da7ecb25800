"""Occasions: events a story names with a noun and a date rather than with a clause.

"yesterday's attack", "the September relaunch of the dialogue", "the July 2020
ceasefire", "a 2008 deal": the date qualifies a noun of something that happened,
so the timeline gets that happening on that date, even where the clause around it
reports something else ("He welcomed the September relaunch of ...").
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from casefile.model import FoundEvent, FoundParticipant, Span

from .dates import WEEKDAYS, make_date, month_number, month_year, nearest_year, relative_period, resolve_weekday
from .events import summarize
from .text import bare_words

# nouns of things that happen on a day; "report" and "statement" are left out: their
# date is when they were written, which the clause around them already says
OCCASION_NOUNS = frozenset("""
attack attacks election elections summit announcement relaunch launch ceasefire cease-fire deal agreement
funeral visit meeting talks congress ceremony speech address vote referendum war invasion bombing
shooting explosion earthquake flood floods crash protest protests coup lockdown recommitment
signing inauguration conference session dialogue ruling verdict trial arrest raid offensive
withdrawal assassination massacre storm typhoon hurricane riots uprising hearing
""".split())
# what a named occasion's name ends with ("the 18th CPC National Congress in 2012")
NAMED_OCCASIONS = ("Congress", "Summit", "Games", "Olympics", "Conference", "Forum", "Plenum", "Session", "Assembly")
_NOUN = "|".join(sorted(OCCASION_NOUNS, key=len, reverse=True))
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.|Feb\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)")
_YEAR = r"(?:19\d\d|20\d\d)"
# the words a date may qualify before the noun: "state", "general", "terrorist"
_QUALIFIERS = r"((?:[a-z-]+\s+){0,2}?)"
OCCASION_RE = re.compile(
    # "yesterday's attack", "Tuesday's vote", "tomorrow’s state funeral"
    r"\b(?:(?P<day_word>yesterday|today|tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<modifier>last|this|next)\s+(?P<unit>week|month|year))"
    r"['\u2019]s\s+" + _QUALIFIERS + r"(?P<noun1>" + _NOUN + r")\b"
    # "the September relaunch", "the July 2020 ceasefire", "a 2008 deal", "the Oct. 7 attacks"
    r"|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:(?!" + _MONTH + r")[A-Z][\w-]*\s+|horrific\s+|deadly\s+){0,2}"
    r"(?:(?P<month>" + _MONTH + r")(?:\s+(?P<day>[12]\d|3[01]|[1-9])(?!\d))?(?:,?\s+(?P<year>" + _YEAR + r"))?"
    r"|(?P<year_only>" + _YEAR + r"))(?!\d)\s+" + _QUALIFIERS + r"(?P<noun2>" + _NOUN + r")\b"
    # "the 18th CPC National Congress in 2012", "the Beijing Olympic Games in 2008": a named occasion
    r"|\b(?:[Tt]he\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w.-]*\s+){0,5}(?:" + "|".join(NAMED_OCCASIONS) + r")"
    r"\s+in\s+(?P<named_year>" + _YEAR + r")(?!\d)")
# every occasion holds one of these words
_OCCASION_WORDS = OCCASION_NOUNS | frozenset(NAMED_OCCASIONS)
# "of the U.S.-Mexico High-Level Economic Dialogue": what the occasion was of, to the next pause
_COMPLEMENT = re.compile(r"\s+(?:of|on|in|between)\s+(?:[^,;:.!?\"\u201c\u201d()]|\.(?=\S)){1,80}")


def find_occasions(paragraphs: list[str], anchor: date | None, participants: list[FoundParticipant],
                   events: list[FoundEvent]) -> list[FoundEvent]:
    """Dated occasions named by a noun, except where an event of that date already holds them."""
    dated = [(e.span.paragraph, e.span.start, e.span.end, e.date) for e in events if e.date]
    found = []
    for index, text in enumerate(paragraphs):
        for start, end, value in _occasions_in(text, anchor):
            if any(p == index and s < end and start < e and d == value for p, s, e, d in dated):
                continue
            span = Span.of(paragraphs, index, start, end)
            found.append(FoundEvent(span, summarize(span.text), value, _named_in(participants, span)))
    return found


def _occasions_in(text: str, anchor: date | None) -> list[tuple[int, int, str]]:
    """(start, end, date) of each occasion in one paragraph."""
    found = []
    for m in _matches_near_nouns(text):
        value = _date_of(m, anchor)
        if value is None:
            continue
        complement = _COMPLEMENT.match(text, m.end())
        end = complement.end() if complement else m.end()
        found.append((m.start(), len(text[:end].rstrip()), value))
    return found


def _matches_near_nouns(text: str) -> list[re.Match]:
    """OCCASION_RE's matches, looked for only around the occasion words the text holds: the
    pattern is slow to try at every position, and most paragraphs name no occasion."""
    nouns = _OCCASION_WORDS.intersection(bare_words(text))
    matches: dict[int, re.Match] = {}
    for noun in nouns:
        at = text.find(noun)
        while at >= 0:
            window_end = min(len(text), at + len(noun) + _AFTER_NOUN)
            for m in OCCASION_RE.finditer(text, max(0, at - _BEFORE_NOUN), window_end):
                matches.setdefault(m.start(), m)
            at = text.find(noun, at + len(noun))
    return [matches[start] for start in sorted(matches)]


_BEFORE_NOUN = 70  # characters an occasion's words may run before its noun ("the horrific Hamas October 7 ...")
_AFTER_NOUN = 12  # " in 2012" after a named occasion


def _date_of(m: re.Match, anchor: date | None) -> str | None:
    """The date an occasion's words give, resolved against the anchor where they are relative."""
    if m.group("year_only") or m.group("named_year"):
        return m.group("year_only") or m.group("named_year")
    if m.group("month"):
        month = month_number(m.group("month"))
        year = int(m.group("year")) if m.group("year") else None
        if m.group("day"):
            year = year or (nearest_year(month, int(m.group("day")), anchor) if anchor else None)
            return make_date(year, month, int(m.group("day"))) if year else None
        year = year or (month_year(month, anchor) if anchor else None)
        return f"{year:04d}-{month:02d}" if year else None
    if anchor is None:
        return None
    if m.group("unit"):  # "last month's general election"
        return relative_period(m.group("unit"), m.group("modifier"), None, anchor)
    word = m.group("day_word").lower()
    if word in ("yesterday", "today", "tomorrow"):
        return (anchor + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[word])).isoformat()
    return resolve_weekday(WEEKDAYS.index(word), anchor).isoformat()  # "Tuesday's vote": the last Tuesday


def _named_in(participants: list[FoundParticipant], span: Span) -> list[str]:
    """The participants with a mention inside the span."""
    return [p.key for p in participants if any(m.paragraph == span.paragraph and span.start <= m.start
                                               and m.end <= span.end for m in p.mentions)]
