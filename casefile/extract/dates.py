"""Dates in news prose: the dateline, explicit dates and relative words.

Everything here is a small pure function over text and character offsets. A
resolved date is a string whose length tells its precision: ``"YYYY-MM-DD"``
(day), ``"YYYY-MM"`` (month) or ``"YYYY"`` (year). Relative words ("on
Tuesday", "yesterday", "last month") are resolved against an *anchor* day,
normally the dateline's date or else the published date; a bare weekday looks
back from the anchor unless the clause speaks of the future.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

PAST, FUTURE = "past", "future"

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a few": 3, "several": 3, "a couple of": 2,
}
SEASON_MONTHS = {"spring": 4, "summer": 7, "fall": 10, "autumn": 10, "winter": 1}  # a season by its middle month
VAGUE_NUMBERS = ("a few", "several", "a couple of")

# Month names are matched case-sensitively, so the modal "may" and the verb
# "march" never start a date; abbreviations need their period or a day number.
_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ABBR_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_MONTH_DAY = rf"(?:{_FULL_MONTH}|{_ABBR_MONTH}\.?)"  # before a day number the period may be missing
_MONTH_ALONE = rf"(?:{_FULL_MONTH}|{_ABBR_MONTH}\.)"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?i:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\ few|several|a\ couple\ of)"
# Spaces are escaped in pieces of the VERBOSE pattern below.
_PART = r"(?i:early|mid|late|the\ end\ of|end\ of|the\ beginning\ of|beginning\ of|the\ middle\ of)"
# What may follow a year without making it an amount ("2019 people", "2,019").
_AMOUNT_AFTER = re.compile(
    r"[\d,.]\d|\s*(?:%|percent|per cent|km|kilomet|meter|metre|mile|yuan|dollar|tons?|tonnes?|people|units?|yen)\b")

# Every date expression holds one of these words (or a year), so text without them has none.
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    "yesterday today tonight tomorrow last this next ago".split()) | {str(y) for y in range(1500, 2100)}
_TOKEN = re.compile(r"[a-z]+|\d+")
_NAME_BEFORE_OF = re.compile(r"\b[A-Z][\w-]*\s+$")
_NAMED_AFTER_A_DAY = re.compile(r"\s+[A-Z]")
# One pattern, alternatives from the most to the least specific. The optional
# leading preposition is part of the match so callers can tell "since May"
# (a start, not a happening) from "in May".
DATE_PATTERN = re.compile(
    rf"""
    # every date starts a word, and with a digit or the first letter of one of the words below:
    # checking that first rejects most positions fast
    \b(?=[0-9ABDEFIJLMNOSTUWYabdefijlmnostuwy])
    (?:(?P<prep>(?i:on|in|since|by|until|till|from|during|through|throughout|before|after|at|of|as\ of|starting
        |between|as\ early\ as))\s+)?
    (?:
        # "Friday, October 25"; not "Jan 28-year-old"
        (?:{_WEEKDAY},?\s+)?(?P<md_month>{_MONTH_DAY})\s*(?P<md_day>{_DAY})(?![\d:]|-year)
            (?:\s*(?:-|–|to|and|through)\s*(?:{_MONTH_DAY}\s*)?{_DAY}(?![\d:]))?
            (?:,?\s*(?P<md_year>{_YEAR})(?!\d)|\s+(?P<md_rel>last|this|next)\s+year)?
      | (?P<dm_day>{_DAY})\s+(?P<dm_month>{_FULL_MONTH})
            (?:,?\s+(?P<dm_year>{_YEAR})(?!\d)|\s+(?P<dm_rel>last|this|next)\s+year)?
      | (?:(?P<m_part>{_PART})[\s-]+|(?P<m_mod>(?i:last|next|this|this\ past|earlier\ this|later\ this))\s+)?
            (?P<m_month>{_MONTH_ALONE})(?!\s*{_DAY}(?!\d))  # not "this March 8, 2018"
            (?:,?\s+(?P<m_year>{_YEAR})(?!\d)|\s+(?P<m_rel>last|this|next)\s+year)?
      | (?:(?P<y_part>{_PART})[\s-]+|the\ year\ (?:of\ )?)?(?P<y_year>{_YEAR})(?!\s*[-–]\s*\d)
      | (?:(?P<wd_mod>(?i:last|next|this|this\ past|earlier\ on|late|early))\s+)?(?P<wd>{_WEEKDAY})
      | (?P<day_word>(?i:yesterday|today|tonight|tomorrow|this\ morning|this\ afternoon|this\ evening
            |last\ night))(?!['’]s|\.\w)
      | (?:(?P<p_part>(?i:early|late|earlier|later|the\ end\ of|end\ of))\s+)?
            (?P<p_mod>(?i:last|this|next))\s+(?P<p_unit>week|weekend|month|year)
      | (?P<ago_n>{_NUM})\s+(?P<ago_unit>day|week|month|year)s?\s+ago
      | (?P<season_mod>(?i:last|this|next|this\ past))\s+(?P<season>spring|summer|fall|autumn|winter)
    )(?!\w)
    """,
    re.VERBOSE,
)
_BARE_MONTH_NEEDS = {"in", "on", "since", "by", "until", "till", "from", "during", "through",
                     "throughout", "before", "after", "of", "as of", "starting", "between", "as early as"}
_BARE_YEAR_NEEDS = {"in", "since", "by", "until", "till", "from", "during", "through",
                    "throughout", "before", "after", "of", "as of", "starting", "between", "as early as"}
DATELINE_PATTERN = re.compile(
    # the place opens with a capital, checked first so that the engine skips ahead to capitals; behind
    # it, a paragraph start or the end of a caption in a flattened story, not a word
    rf"""(?P<place>[A-Z](?<![\w,’'][A-Z])
    # "ST. PETERSBURG" is a place, "HEADING. NEW YORK" is not
    (?:[A-Z]{{0,2}}\.|[A-Z'’\-]+)(?:\ [A-Z][A-Z'’\-]+)*(?:,\ [A-Z][A-Za-z.]+(?:\ [A-Z][A-Za-z.]+)*)?),\s+
    (?P<month>{_MONTH_DAY})\s*(?P<day>{_DAY})(?:,\s*(?P<year>{_YEAR}))?\s*
    (?:\((?P<agency>[A-Za-z][\w .'/&-]{{0,40}})\)\s*)?(?:--|—|–|-(?=\s))\s*""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """``CAIRO, Dec. 8 (Xinhua) --``: where and when the story was filed."""

    date: str
    place: str
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression in a text: its characters, its resolved value (None
    when the text gives too little) and the preposition that introduced it."""

    start: int
    end: int
    value: str | None
    preposition: str | None
    relative: bool  # resolved against the anchor rather than given outright


def parse_iso(value: str | None) -> date | None:
    """``"2020-12-09"`` as a date, or None."""
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def month_number(word: str) -> int:
    """1-12 for a month name or abbreviation ("Nov." is 11)."""
    return MONTHS[word.rstrip(".").lower()]


_DIGITS_RE = re.compile(r"\d+")
def day_number(text: str) -> int:
    """The day in "18" or "18th"."""
    return int(_DIGITS_RE.match(text).group())


def make_date(year: int, month: int, day: int) -> str | None:
    """``"YYYY-MM-DD"``, or None for a day that does not exist (Nov. 31)."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def nearest_year(month: int, day: int, anchor: date, tense: str = PAST) -> int:
    """Year of a month-day given without one: in the past tense the latest such
    day up to a week after the anchor (reports run a little late), in the
    future tense the first one from a week before it. Feb. 29 looks for a
    leap year."""
    offsets = {}
    for year in range(anchor.year - 4, anchor.year + 5):
        try:
            offsets[year] = (date(year, month, day) - anchor).days
        except ValueError:
            continue  # Feb. 29 in a common year; an impossible day falls back to the anchor's year
    if tense == FUTURE:
        return min((y for y, days in offsets.items() if days >= -7), default=anchor.year)
    return max((y for y, days in offsets.items() if days <= 7), default=anchor.year)


def month_year(month: int, anchor: date, tense: str = PAST, modifier: str | None = None) -> int:
    """Year of a month named without one ("in May", "last May", "next March"):
    the latest such month up to the anchor's in the past tense, the next one in
    the future tense."""
    if modifier in ("last", "this past"):
        return anchor.year if month < anchor.month else anchor.year - 1
    if modifier == "next":
        return anchor.year if month > anchor.month else anchor.year + 1
    if modifier in ("this", "earlier this", "later this"):
        return anchor.year
    if tense == FUTURE:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def resolve_weekday(weekday: int, anchor: date, tense: str = PAST, modifier: str | None = None) -> date:
    """The day a weekday name (0 = Monday) points at. A bare weekday is the
    latest one on or before the anchor, or the next on or after it in the
    future tense; "last"/"next" exclude the anchor's own day."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if modifier in ("last", "this past"):
        return anchor - timedelta(days=back or 7)
    if modifier == "next":
        return anchor + timedelta(days=ahead or 7)
    if tense == FUTURE:
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


def span_value(first: date, last: date) -> str:
    """A few days as a date string: the day when it is one, else the month
    that holds the middle day (as ISO weeks belong to their Thursday's month)."""
    if first == last:
        return first.isoformat()
    return (first + (last - first) / 2).isoformat()[:7]


def week_of(day: date, weeks_back: int = 0) -> tuple[date, date]:
    """Monday and Sunday of the week holding ``day``, moved back some weeks."""
    monday = day - timedelta(days=day.weekday() + 7 * weeks_back)
    return monday, monday + timedelta(days=6)


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    """(year, month) some months later, or earlier for a negative ``by``."""
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def relative_period(unit: str, modifier: str, part: str | None, anchor: date) -> str:
    """``last week``, ``this month``, ``next year`` and the like."""
    step = {"last": -1, "this": 0, "next": 1}[modifier]
    if unit in ("week", "weekend"):
        monday, sunday = week_of(anchor, -step)
        if unit == "weekend":
            monday = sunday - timedelta(days=1)
        elif part in ("early", "earlier"):
            sunday = monday + timedelta(days=2)
        elif part in ("late", "later", "the end of", "end of"):
            monday = sunday - timedelta(days=2)
        if step == 0 and part == "earlier":
            sunday = min(sunday, anchor)
        return span_value(monday, sunday)
    if unit == "month":
        year, month = shift_month(anchor.year, anchor.month, step)
        return f"{year:04d}-{month:02d}"
    return str(anchor.year + step)


def ago(count: int, unit: str, anchor: date, vague: bool = False) -> str:
    """``three days ago`` to a day, ``two weeks ago`` and ``a month ago`` to a
    month, ``two years ago`` to a year: as precise as such phrases are meant
    (``a few days ago`` only to its month)."""
    if unit == "day":
        day = anchor - timedelta(days=count)
        return day.isoformat()[:7] if vague else day.isoformat()
    if unit == "week":
        return (anchor - timedelta(days=7 * count)).isoformat()[:7]
    if unit == "month":
        year, month = shift_month(anchor.year, anchor.month, -count)
        return f"{year:04d}-{month:02d}"
    return str(anchor.year - count)


def _resolve(m: re.Match, anchor: date | None, tense: str) -> tuple[str | None, bool] | None:
    """Value of one DATE_PATTERN match and whether it leaned on the anchor;
    None when the match is not a date after all (a bare "May", "2019 people")."""
    g = m.groupdict()
    prep = g["prep"].lower() if g["prep"] else None
    if g["md_month"] or g["dm_month"]:
        if g["md_month"] and m.string.endswith("Long ", 0, m.start("md_month")):
            return None  # the Long March 5 is a rocket
        month = month_number(g["md_month"] or g["dm_month"])
        day = day_number(g["md_day"] or g["dm_day"])
        year_text, rel = g["md_year"] or g["dm_year"], g["md_rel"] or g["dm_rel"]
        if year_text:
            return make_date(int(year_text), month, day), False
        if anchor is None:
            return None, True
        if rel:
            return make_date(anchor.year + {"last": -1, "this": 0, "next": 1}[rel], month, day), True
        return make_date(nearest_year(month, day, anchor, tense), month, day), True
    if g["m_month"]:
        month = month_number(g["m_month"])
        if g["m_year"]:
            return f"{g['m_year']}-{month:02d}", False
        if not (g["m_part"] or g["m_mod"] or g["m_rel"] or prep in _BARE_MONTH_NEEDS):
            return None  # "March" or "May" with nothing around it that says date
        if anchor is None:
            return None, True
        if g["m_rel"]:
            return f"{anchor.year + {'last': -1, 'this': 0, 'next': 1}[g['m_rel']]:04d}-{month:02d}", True
        modifier = g["m_mod"].lower() if g["m_mod"] else None
        return f"{month_year(month, anchor, tense, modifier):04d}-{month:02d}", True
    if g["y_year"]:
        if not (g["y_part"] or prep in _BARE_YEAR_NEEDS or m.group().startswith("the year")):
            return None
        named = prep == "of" and _NAME_BEFORE_OF.search(m.string, max(0, m.start() - 40), m.start())
        if _AMOUNT_AFTER.match(m.string, m.end()) or named:
            return None  # "2019 people", "the CHIPS Act of 2022"
        return g["y_year"], False
    if anchor is None:
        return None, True
    if g["wd"]:
        if _NAMED_AFTER_A_DAY.match(m.string, m.end()) and m.string.endswith(("the ", "The "), 0, m.start()):
            return None  # "the Sunday Times" is a paper, "the Wednesday meeting" a day
        weekday = WEEKDAYS.index(g["wd"].lower())
        modifier = (g["wd_mod"] or "").lower()
        modifier = modifier if modifier in ("last", "next", "this", "this past") else None
        return resolve_weekday(weekday, anchor, tense, modifier).isoformat(), True
    if g["day_word"]:
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(g["day_word"].lower(), 0)
        return (anchor + timedelta(days=shift)).isoformat(), True
    if g["p_unit"]:
        if m.string.endswith(("the ", "The "), 0, m.start()):
            return None  # "over the last year" is the twelve months up to now, not last year
        part = g["p_part"].lower() if g["p_part"] else None
        return relative_period(g["p_unit"], g["p_mod"].lower(), part, anchor), True
    if g["season"]:
        modifier = g["season_mod"].lower()
        return str(month_year(SEASON_MONTHS[g["season"]], anchor, tense, modifier)), True
    words = g["ago_n"].lower()
    count = NUMBER_WORDS.get(words) or int(words)
    return ago(count, g["ago_unit"], anchor, vague=words in VAGUE_NUMBERS), True


def find_date_expressions(text: str, anchor: date | None,
                          tense: str | Callable[[int], str] = PAST) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``anchor`` in the
    given tense, which only matters for words like "on Tuesday" or "in May";
    ``tense`` may be a function of the expression's offset, for text that
    mixes tenses."""
    found = []
    for m in _date_matches(text):
        resolved = _resolve(m, anchor, tense(m.start()) if callable(tense) else tense)
        if resolved is None:
            continue
        value, relative = resolved
        prep = m.group("prep")
        found.append(DateMention(m.start(), m.end(), value, prep.lower() if prep else None, relative))
    return found


# events reads the same clause for its clauses, its event and its attribution, with other anchors and
# tenses: the matches are kept per text, and only their resolution is done again
@functools.lru_cache(maxsize=1024)
def _date_matches(text: str) -> tuple[re.Match, ...]:
    """DATE_PATTERN's matches in ``text``, unresolved, in the order finditer gives them.

    The pattern is tried at every position, which makes most of its cost; a date expression
    holds a date word, and what comes before its first one is a few short words, so only the
    positions from a little before the first date word to the last one are tried."""
    lowered = text.lower()
    words = _DATE_WORDS.intersection(_TOKEN.findall(lowered))
    if not words:
        return ()  # most clauses hold no date: a set lookup is far cheaper than the full pattern
    first, last = _date_word_range(text, lowered, words)
    matches = []
    while first <= last and (m := DATE_PATTERN.search(text, first)):
        matches.append(m)
        first = m.end()  # a date is never empty: go on after it, as finditer does
    return tuple(matches)


# "throughout a couple of months ago" is 33 characters up to its date word when the spaces
# between its words are at most two; half again as many are allowed
_DATE_PREFIX_CHARS = 64
_WIDE_GAP = re.compile(r"[\s-]{3}")  # a run the pattern's \s+ or [\s-]+ could stretch over
_NON_ASCII = re.compile(r"[^\x00-\x7f]")  # "19٥٥", "laſt": what \d and (?i:) match but no date word holds


def _date_word_range(text: str, lowered: str, words: set[str]) -> tuple[int, int]:
    """The offsets of ``text`` a date expression can start at, from the first to the last,
    going by where its date ``words`` stand; all of them where the text leaves it open."""
    if len(lowered) != len(text):
        return 0, len(text)  # lowering changed the length ("İ"): offsets in lowered are not text's
    first = min(_token_at(lowered, word) for word in words)
    last = max(_token_at(lowered, word, last=True) for word in words)
    start = max(0, first - _DATE_PREFIX_CHARS)
    if _WIDE_GAP.search(text, start, first) or _NON_ASCII.search(text, 0, first):
        start = 0
    return start, len(text) if _NON_ASCII.search(text, last) else last


def _token_at(lowered: str, word: str, last: bool = False) -> int:
    """Where ``word`` first (or last) stands as a whole _TOKEN, a run of letters or of
    digits, in ``lowered``; it stands there at least once."""
    same_kind = _LETTER if word[0].isalpha() else _DIGIT
    at = lowered.rfind(word) if last else lowered.find(word)
    while (at > 0 and same_kind.match(lowered, at - 1)) or same_kind.match(lowered, at + len(word)):
        at = lowered.rfind(word, 0, at + len(word) - 1) if last else lowered.find(word, at + 1)
    return at


_LETTER = re.compile(r"[a-z]")
_DIGIT = re.compile(r"\d")


def dateline_year(month: int, day: int, published: date | None) -> int | None:
    """A dateline is filed on or a little before the published day, so a
    December dateline on a January paper belongs to the year before."""
    if published is None:
        return None
    return nearest_year(month, day, published, PAST)


@functools.lru_cache(maxsize=256)  # said_on and find_events both look for the same document's dateline
def _dateline_in(paragraph: str, search_chars: int) -> re.Match | None:
    return DATELINE_PATTERN.search(paragraph, 0, search_chars)


def find_dateline(paragraphs: list[str], published: str | None, search_chars: int = 3000) -> Dateline | None:
    """The first ``PLACE, Mon. D (Agency) --`` dateline at a paragraph start or
    after a photo caption, within the first paragraphs of the story."""
    pub = parse_iso(published)
    seen = 0
    for index, paragraph in enumerate(paragraphs):
        m = _dateline_in(paragraph, search_chars)
        if m:
            month, day = month_number(m.group("month")), day_number(m.group("day"))
            year = int(m.group("year")) if m.group("year") else dateline_year(month, day, pub)
            value = make_date(year, month, day) if year else None
            if value:
                place = " ".join(word.capitalize() for word in m.group("place").split())
                return Dateline(value, place, index, m.start(), m.end())
        seen += len(paragraph)
        if seen > search_chars:
            return None
    return None
