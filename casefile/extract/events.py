"""Events: clauses that say something happened, with their date, participants
and place, for the timeline.

The unit is the clause: a sentence cut at semicolons, at ", saying"-style
participles, after "X said that", after a leading "since/after/when ..." clause,
before a trailing ", X said", before "and" with a new subject and verb, and
around a "since" phrase with a date of its own. A clause is an event when it
has a happening (a verb like met, held, signed, or a noun like talks, visit,
ceremony); a figure moving is a measurement, no event. Saying something is an
event for the timeline only when the saying has its own date ("X told
reporters on Friday", "..., X said in a speech last year"). A clause is dated
only by a date expression in its own sentence, never by the publication date
by default: relative words are resolved against the dateline's date or else
the published date, and in reported speech against the day the words were
said. A dated clause takes in the undated clauses of its sentence, so its
evidence reads whole; a dated "since" clause keeps to itself.

``said_on(document)`` gives the day a statement's words were said.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import NamedTuple

from casefile.extract.dates import (FUTURE, MONTHS, PAST, WEEKDAYS, DateMention, find_date_expressions, find_dateline,
                                    parse_iso)
from casefile.extract.text import Quote, find_quotes, word_alternation
from casefile.model import Document, FoundEvent, FoundParticipant, Span

SUMMARY_CHARS = 80
_FRONTED = 8  # a date expression starting this close to a clause's start opens it ("Late on Tuesday")
LEAD_SENTENCES = 3  # a day given this early in the story is the story's occasion...
LEAD_DATE_WINDOW_DAYS = 7  # ...when it falls within a week before the anchor

# ---- sentences and clauses ---------------------------------------------------------

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen gov sen rep st jr sr lt col capt cmdr adm prof no nos vol fig "
    "dept est approx vs jan feb mar apr jun jul aug sep sept oct nov dec mt ft pres sec amb rev".split()
)
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]?")  # u.s, d.c: their last period ends no sentence
# a period right before a photo credit ends a sentence too: "Nov. 14, 2020.(Xinhua/Wang Ying)"
# (both kinds of end open with the stop, so the pattern opens with a character class: the engine skips ahead to one)
_SENTENCE_END = re.compile(r"""[.!?](?:["”’)]*\s+(?=["“‘(]?[A-Z0-9])|(?<=\.)(?=\((?:Xinhua|[^()]{1,60}/)))""")
_CREDITS = re.compile(r"(?:[(（](?:[^()（）]{0,60}/[^()（）]{0,60}|Xinhua|AFP|AP|VOA|Reuters)[)）]\s*)+")
_HEADING = re.compile(r"[A-Z]{3,}[A-Z'’-]*\s+(?:[A-Z0-9][A-Z0-9'’-]+\s+)+(?=[A-Z][a-z])")

# no verb is the start of another and a word boundary follows each, so their order does not matter
_SPEECH_VERB = "(?:" + word_alternation("""said says saying noted noting added adding stressed stressing stated
announced believes believed warned argued emphasized emphasised reiterated recalled confirmed reported explained
insisted claimed""".split() + ["pointed out"]) + r"|told\ [^,;]{1,60}?)"
_WEEKDAY_WORD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_WORD = r"(?:Jan|Feb|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*"
# "and" before a past verb, with or without a new subject, may start a clause of its own; a
# piece left without a verb joins back, and undated pieces join their sentence's dated one.
_PAST_VERB_WORD = r"[a-z]{2,}ed|met|held|took|sent|began|won|left|made|gave|struck|fought|sold|bought|brought"
_SUBORDINATOR = (r"(?:Since|After|Before|When|While|As|Although|Though|Because|If|Once|Until|Following|Despite|"
                 r"since|after|before|when|while|although|though|because|once|until|following)")
_NOT_A_CLAUSE_ING = r"(?:including|according|regarding|concerning|excluding|during|notwithstanding|following\ [A-Z])"
# Where a sentence breaks into clauses, in two patterns: at punctuation or "and" (the clause
# ends before the break) and after "X said that" (the clause keeps those words). Breaks of the
# first kind open with punctuation or white space, of the second with a letter, so no position
# starts both: searched apart, the earlier match wins, as in one pattern of both. Every
# alternative of the first opens with a literal or a class, which the engine rejects fast.
_CLAUSE_BREAK = re.compile(
    rf"""
      ;\s*  # no leading \s*: it would make every space a candidate; clauses are trimmed anyway
    | -(?<=\s-)-\s+  # not a spaced en dash: "United States – Philippine ties"
    | —(?<=\s—)\s+
    | ,\s+(?=(?:and|but|while|whereas|which|who|whose|where)\b)
    | \s\s*and\s+(?=(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}\s+)?(?:{_PAST_VERB_WORD})\b)
    | ,\s+(?=(?!{_NOT_A_CLAUSE_ING})[a-z]+ing\b)
    | ,\s+(?=[^,;]{{1,80}}?\b(?:said|says|reported|added|noted|announced|told\ \w+)[^,;]{{0,40}}?
             (?:[.!?]?["”]?\s*$|,\s+[a-z]+ing\b))
    | ,\s+(?=(?:said|says|added|noted|told)\b)
    """,
    re.VERBOSE,
)
_SPEECH_BREAK = re.compile(
    rf"""
      (?P<keep>\b{_SPEECH_VERB}\b[^,;"“]{{0,40}}?\s+that)\s+
    | (?P<keep_bare>(?<=\w\ )\b(?:said|says|told\ (?:reporters|[A-Z][\w.]*))
        (?:\s+(?:on\s+)?(?:{_WEEKDAY_WORD}|(?:{_MONTH_WORD})\.?\s*\d{{1,2}}))?)
        \s+(?=(?:the|a|an|its|his|her|their|it|he|she|they|there|China|[A-Z][a-z]+\ [A-Z]\w*)\b)
    """,
    re.VERBOSE,
)
_SPEECH_BREAK_WORDS = ("that", "said", "says", "told")  # each match holds one: a quick test before the slow search
_LEADING_SUBORDINATE = re.compile(rf"\W*(?:that\s+)?{_SUBORDINATOR}\b(?!\s+of\b|\s+early\s+as\b)[^,]*?,\s+(?!\d)")  # not "As of May,"
_SPEECH_THAT = re.compile(rf'\b{_SPEECH_VERB}\b(?:[^,;"“]{{0,40}}?\s+that|\s+(?:on\s+)?\w+(?:\.?\s*\d{{1,2}})?)?$')
_SPEECH_TAIL_CHARS = 120  # "X said that" is looked for only near a clause's end
_SPEECH_PARTICIPLE = re.compile(r"\W*(?:saying|adding|noting|stressing)\b")
_ATTRIBUTION = re.compile(
    r"[^,;]{1,80}?\b(?:said|says|reported|added|noted|told\ \w+)\b[^,;]{0,40}|(?:said|says|added|noted|told)\b.*",
    re.DOTALL)

_PRESENT_VERB = re.compile(r"\b(?:is|are|has|have|does|do|can|may|must|should)\b")
# Future markers, grouped by the letter each opens with: when every branch opens with a
# literal character, the engine skips ahead to those characters instead of trying each
# position. The word boundary before a marker is checked behind its first character.
_FUTURE = re.compile(
    r"""(?:w(?<=\bw)(?:ill|ould(?!\s+have))
         |s(?<=\bs)hall
         |'(?<=\b')ll
         |i(?<=\bi)s\ (?:to|due\ to|scheduled|set\ to|expected\ to|planning)
         |a(?<=\ba)re\ (?:to|due\ to|scheduled|set\ to|expected\ to|planning)
         |p(?<=\bp)lans?\ to
         |u(?<=\bu)pcoming
         |g(?<=\bg)oing\ to
         |i(?<=\bi)n\ time\ for|l(?<=\bl)ooks?\ forward\ to|t(?<=\bt)owards?\ (?:a|an|the)
         |e(?<=\be)(?:nds|xpires)|b(?<=\bb)egins|s(?<=\bs)tarts|o(?<=\bo)pens|c(?<=\bc)loses
       )\b""",  # "the lockdown ends on Dec. 1": a schedule in the present tense speaks of the future;
    # "working towards a meeting in November", "in time for the summit in November": the aim lies ahead
    re.VERBOSE,
)

# ---- happenings ---------------------------------------------------------------------

_IRREGULAR = {
    "meet": "met", "hold": "held", "take": "took", "speak": "spoke", "send": "sent", "begin": "began",
    "leave": "left", "win": "won", "lose": "lost", "give": "gave", "make": "made", "build": "built",
    "strike": "struck", "hit": "hit", "break": "broke", "shoot": "shot", "fly": "flew", "go": "went",
    "come": "came", "tell": "told", "say": "said", "sell": "sold", "buy": "bought", "bring": "brought",
    "withdraw": "withdrew", "set": "set", "put": "put", "swear": "swore", "run": "ran", "seek": "sought",
    "pay": "paid", "lead": "led", "see": "saw", "fall": "fell", "rise": "rose", "draw": "drew",
    "write": "wrote",
}
_HAPPENING_VERBS = """
meet hold deliver sign announce chair co-chair visit launch kill vote attend address host open close
conclude start begin end arrive leave depart speak talk call phone discuss agree approve adopt pass
release publish issue send donate hand receive welcome condemn criticize criticise accuse sanction
impose cancel scrap suspend postpone win lose elect appoint resign fire arrest detain sentence convict
charge attack strike explode crash die injure wound capture seize shoot bomb invade withdraw deploy
complete inaugurate unveil establish found build expand reach break declare confirm report reveal
disclose pledge decide name award join land dock tour inspect preside convene co-host celebrate mark
commemorate hit erupt occur happen testify sell buy give make bring take rise fall
provide offer present submit file sue ban order rule block veto ratify enact introduce propose
debut stage organize organise perform play pose show see brief run lead pay set put seek
transfer dispatch evacuate rescue protest rally march demonstrate kick fly go come
raise refute inform return initiate implement liken retain choose operate test secure grant acquire
reopen resume
""".split()
_EVENT_NOUNS = """
meeting meetings talks conversation conversations call calls visit visits summit summits ceremony
ceremonies conference conferences forum forums session sessions election elections vote referendum
attack attacks strike strikes bombing explosion earthquake flood floods storm typhoon hurricane fire
crash accident war invasion coup protest protests rally rallies parade exercise exercises drill
drills launch signing agreement deal treaty dialogue negotiations consultation consultations
speech address interview announcement decision ruling verdict trial hearing
trip tour tournament match final festival fair expo exhibition competition contest celebration
opening inauguration funeral wedding mission operation delivery handover takeover acquisition
arrest arrests raid raids shooting killing killings clash clashes establishment independence
lockdown lockdowns curfew shutdown ceasefire cease-fire outbreak
""".split()


def _verb_forms(base: str) -> set[str]:
    """The surface forms of a verb, regular or listed as irregular."""
    stem = base[:-1] if base.endswith("e") else base
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", base) or base.endswith(("mit", "fer", "pel")):
        stem = base + base[-1]  # stop -> stopped, submit -> submitted; not open -> opened
    y_verb = re.search(r"[^aeiou]y$", base)
    past = _IRREGULAR.get(base) or (base[:-1] + "ied" if y_verb else stem + "ed")
    third = base[:-1] + "ies" if y_verb else base + ("es" if re.search(r"(?:s|sh|ch|x|z|o)$", base) else "s")
    return {base, past, third, base[:-2] + "ying" if base.endswith("ie") else stem + "ing"}


# Saying something is a statement, not an event ("X said on Tuesday that ..."); a call, a visit or an announcement is.
_SPEECH_VERBS = """
say tell stress note add state remark comment explain argue insist claim believe write tweet reiterate
emphasize emphasise underscore highlight express point urge warn appeal describe thank hail praise
""".split()
_SPEECH_WORDS = frozenset(f for b in _SPEECH_VERBS for f in _verb_forms(b))
_HAPPENING_WORDS = frozenset({f for b in _HAPPENING_VERBS + _SPEECH_VERBS for f in _verb_forms(b)}
                             | set(_EVENT_NOUNS) | {"sworn"})
_PAST_HAPPENINGS = frozenset(
    form for base in _HAPPENING_VERBS for form in _verb_forms(base)
    if form.endswith("ed") or form == _IRREGULAR.get(base)
) - _SPEECH_WORDS
# "called for talks" says something; "called Kishida" is a call.
_CALL_FOR = re.compile(r"call(?:s|ed|ing)?\s+(?:for|on)\b", re.IGNORECASE)
_PAST_WORDS = frozenset(_IRREGULAR.values()) | set(
    "was were had did became grew kept found thought knew stood understood wrote spent felt heard meant "
    "drove rode ate fought hung lay lit shook sank spread stuck swept taught threw woke wore got forgot "
    "held led sat rang sang".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# After these a participle is passive or infinitive ("is scheduled", "will be held"), no past tense.
_NOT_PAST_BEFORE = frozenset("is are am be been being to will would can could may might should must shall".split())
# "up 11 percent from 2018", "more than in 2018", "from 1,499 yuan in 2015 to ...": the year a
# figure is compared with, not when the clause happened
_BASELINE_BEFORE = re.compile(r"\b(?:than|compared\s+(?:with|to))\s+(?:in\s+)?$"
                              r"|\bfrom\s+(?:\S+\s+){0,2}?\S*\d\S*\s+(?:\S+\s+){0,2}?(?:in\s+)?$")
_PERIOD_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|last|past|latter|former|next|coming|\d+|\w+teen|\w+ty|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:half|quarters?|months?|weeks?|days?|years?|decades?)"
    r"\s+(?:of\s+)?(?:the\s+)?$|\b(?:same|corresponding)\s+(?:period|time|day|week|month|quarter)\s+(?:of\s+)?$"
)
_PERIOD_AS_SUBJECT = re.compile(r"\s+(?:marks?|will|is|was|has|had|sees?|saw)\b")
_RANGE_JOINT = re.compile(r",?\s*(?:and|to|until|till|through|-|–)\s*")
# A date after these tells when something started, ended or must be done, not when it happened.
_NOT_WHEN = frozenset({"since", "by", "until", "till", "through", "throughout", "as of", "before", "after",
                       "between"})


class Verbs(NamedTuple):
    """What one pass over a clause's words found. A named tuple: a document scans some
    fifty clauses, and a tuple is far cheaper to build than a frozen dataclass."""

    happening_at: tuple[int, ...]  # offsets of happening verbs and event nouns
    past_happening: bool  # a past-tense happening verb other than speech
    past_at: tuple[int, ...]  # offsets of past-tense verb forms
    speech_only: bool  # its happening words are all verbs of saying: a statement, not an event
    future_at: tuple[int, ...]  # offsets of future markers ("will", "is scheduled to")


_POINTS = frozenset({"point", "points"})  # "2 percentage points" is a figure; only "points out" says something
# lower-cased words that may be a happening or a past-tense verb (as may those ending in "ed"): the rest, most words,
# are passed over with one lookup
_NOTABLE_WORDS = _HAPPENING_WORDS | {word.lower() for word in _PAST_WORDS}


# a clause's words are scanned again as a piece, a clause and a merged event's head: the result is kept
@functools.lru_cache(maxsize=1024)
def scan_verbs(text: str) -> Verbs:
    """Happening words and past-tense verbs of a clause, in one pass over its words; its future markers."""
    at, past_happening, past_at, previous = [], False, [], ""
    beyond_speech = False
    for m in _WORD.finditer(text):
        word = m.group()
        lower = word.lower()
        if lower not in _NOTABLE_WORDS and not word.endswith("ed"):
            previous = lower
            continue
        happening = lower in _HAPPENING_WORDS and not (lower in _POINTS and not text.startswith(" out", m.end()))
        past = (word in _PAST_WORDS or (word.endswith("ed") and word.islower() and len(word) > 4)) \
            and previous not in _NOT_PAST_BEFORE
        previous = lower
        if not (happening or past):
            continue
        saying = lower in _SPEECH_WORDS or (lower.startswith("call") and bool(_CALL_FOR.match(text, m.start())))
        beyond_speech = beyond_speech or not saying  # "created" counts, though no listed happening
        if happening:
            at.append(m.start())
            past_happening = past_happening or (lower in _PAST_HAPPENINGS and not saying)
        if past:
            past_at.append(m.start())
    speech_only = bool(at or past_at) and not beyond_speech
    future_at = tuple(m.start() for m in _FUTURE.finditer(text))
    return Verbs(tuple(at), past_happening, tuple(past_at), speech_only, future_at)


# find_events and said_on both read every paragraph's sentences and clauses: each is worked out once.
# The cached lists are shared: callers build new lists from them and never change them.
@functools.lru_cache(maxsize=1024)
def sentence_bounds(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as (start, end) offsets, white space
    trimmed; a period after an abbreviation or an initial does not end one."""
    end = len(text) if end is None else end
    bounds, begin = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        space = text.rfind(" ", begin, m.start())
        token = text[space + 1 if space >= 0 else begin:m.start()].lstrip("(\"“").lower()
        initial = len(token) == 1 and token.isalpha()
        if text[m.start()] == "." and (token in _ABBREVIATIONS or initial or _INITIALISM.fullmatch(token)):
            continue
        bounds.append((begin, m.start() + 1))
        begin = m.end()
    bounds.append((begin, end))
    bounds = [_trim(text, a, b) for a, b in bounds]
    return [(start, b) for a, b in bounds if (start := _past_credits(text, a, b)) < b]


def _past_credits(text: str, start: int, end: int) -> int:
    """Where a sentence starts once the photo credits ("(Xinhua/Li Xin)") and
    the section heading ("EXCHANGE OF BARBS") of flattened wire copy before
    it are left out."""
    m = _CREDITS.match(text, start, end)
    start = m.end() if m else start
    m = _HEADING.match(text, start, end)
    return m.end() if m else start


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@functools.lru_cache(maxsize=1024)
def clause_bounds(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Clauses of the sentence ``text[start:end]`` as (start, end, reported)."""
    pieces, begin = [], start
    for cut, resume in _clause_breaks(text, start, end):
        if cut > begin:
            pieces.append((begin, cut))
        begin = resume
    pieces.append((begin, end))
    clauses = []
    for a, b in _join_verbless(text, pieces):
        lead = _LEADING_SUBORDINATE.match(text, a, b)
        if lead and lead.end() < b:
            clauses.append((a, text.rindex(",", a, lead.end())))
            a = lead.end()
        clauses.extend(_split_since(text, a, b))
    clauses = [_trim(text, a, b) for a, b in clauses if text[a:b].strip(" ,.;")]
    return _mark_reported(text, clauses)


def _clause_breaks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(cut, resume) of each clause break in ``text[start:end]``, in order: the clause
    before it ends at cut, the next starts at resume. "X said that" stays whole."""
    speech_possible = any(text.find(word, start, end) >= 0 for word in _SPEECH_BREAK_WORDS)
    punctuation = _CLAUSE_BREAK.search(text, start, end)
    speech = _SPEECH_BREAK.search(text, start, end) if speech_possible else None
    while punctuation or speech:
        if speech is None or (punctuation is not None and punctuation.start() < speech.start()):
            yield punctuation.start(), punctuation.end()
            begin = punctuation.end()
        else:
            yield speech.end("keep" if speech.group("keep") else "keep_bare"), speech.end()
            begin = speech.end()
        # search again past the break for whichever match it swallowed
        if punctuation is not None and punctuation.start() < begin:
            punctuation = _CLAUSE_BREAK.search(text, begin, end)
        if speech is not None and speech.start() < begin:
            speech = _SPEECH_BREAK.search(text, begin, end)


_EMBEDDED_SINCE = re.compile(r"(?<=\w)\s+(?:ever\s+)?(since)\s+(?!then\b)")
_SINCE = re.compile(r"\W*(?:that\s+)?(?:ever\s+)?[Ss]ince\b")


def _split_since(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A 'since' phrase inside a clause that holds a date of its own ("his
    first visit since the games were postponed in March, ...") is a clause
    of its own, up to the next comma: its date tells when that happened,
    not when the rest of the clause did."""
    if text.find("since", start, end) < 0:
        return [(start, end)]  # a quick test: the pattern opens with a look behind, so its search is slow
    m = _EMBEDDED_SINCE.search(text, start, end)
    if m is None:
        return [(start, end)]
    since = m.start(1)
    stop = text.find(",", since, end)
    stop = end if stop < 0 else stop
    if not any(x.start > 0 and x.preposition != "since" for x in find_date_expressions(text[since:stop], None)):
        return [(start, end)]  # "since May" is a start; "since 2015, when ..." waits for its own clause
    after = stop + 1 if stop < end else end
    return [piece for piece in ((start, m.start()), (since, stop), (after, end)) if piece[0] < piece[1]]


def _join_verbless(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A piece without a verb is no clause: in "On Friday, X, Y, and Z met"
    the break before "and" cut a list of names, so the pieces join again."""
    joined: list[tuple[int, int]] = []
    for a, b in pieces:
        if joined and not _has_verb(text[joined[-1][0]:joined[-1][1]]):
            a = joined.pop()[0]
        joined.append((a, b))
    return joined


def _has_verb(text: str, verbs: Verbs | None = None) -> bool:
    """Whether a stretch of text says anything happens or is: a happening word,
    a past-tense form, or an auxiliary ("is seen", "will hold")."""
    verbs = verbs or scan_verbs(text)
    return bool(verbs.happening_at or verbs.past_at or verbs.future_at or _PRESENT_VERB.search(text))


def _mark_reported(text: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """A clause is reported speech when it follows "X said that", starts
    "saying ...", or precedes a closing ", X said"."""
    trailing = len(clauses) > 1 and _is_attribution(text, *clauses[-1])
    marked, after_speech = [], False
    for index, (a, b) in enumerate(clauses):
        says_that = _says_that(text, a, b)
        participle = bool(_SPEECH_PARTICIPLE.match(text, a, b))
        before_attribution = trailing and index < len(clauses) - 1
        marked.append((a, b, after_speech or before_attribution or (participle and not says_that)))
        after_speech = after_speech or says_that or participle
    return marked


_ATTRIBUTION_WORDS = ("said", "says", "reported", "added", "noted", "told")  # each attribution holds one


def _is_attribution(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all an attribution (", X said on Monday").
    Most clauses hold none of its verbs, found far faster than the pattern is tried."""
    return any(text.find(word, start, end) >= 0 for word in _ATTRIBUTION_WORDS) \
        and _ATTRIBUTION.fullmatch(text, start, end) is not None


def _says_that(text: str, start: int, end: int) -> bool:
    """Whether a clause ends "X said that", "X said on Tuesday" or the like,
    so that the clauses after it report what was said."""
    return _speech_that_before(text, max(start, end - _SPEECH_TAIL_CHARS), end)


@functools.lru_cache(maxsize=1024)  # a clause is asked when its sentence is split and again for its event
def _speech_that_before(text: str, start: int, end: int) -> bool:
    return bool(_SPEECH_THAT.search(text, start, end))


def _quote_ranges(text: str, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Quotations (``find_quotes(text)``) as (start, end) offsets, marks included.
    Marks are paired by what surrounds them, so a quote run on from an earlier
    paragraph of wire copy ('... certainty. "Based on ...') does not swallow the
    narrator's text after it; an unclosed quote runs to the paragraph's end."""
    ranges = []
    for q in quotes:
        end = q.close + 1 if q.close is not None else q.inner_end
        if q.close is None:  # a mark left out: '"The plan is good, said Xu. Xu added ...' quotes no more than Xu's words
            missing = _ATTRIBUTION_INSIDE.search(text, q.inner_start, end)
            end = missing.start() if missing else end
        ranges.append((q.open, end))
    return ranges


# ", said Xu Yong" or ", Xu said" inside an unclosed quotation: its closing mark was left out
_ATTRIBUTION_INSIDE = re.compile(r",\s+(?:said|says|added)\s+[A-Z]|,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+"
                                 r"(?:said|says|added)\b")


def _past_quote(text: str, quotes: list[tuple[int, int]], start: int, end: int) -> int:
    """Where the narrator's words of a clause begin: a clause that opens
    with a quotation closed inside it ('“...,” Tack told VOA in November')
    goes on after the closing mark; otherwise its start is kept."""
    for a, b in quotes:
        if a <= start < b:
            if b >= end:
                return start
            m = _AFTER_QUOTE.match(text, b, end)
            return m.end() if m.end() < end and text[m.end()].isalpha() else start
    return start


_AFTER_QUOTE = re.compile(r"[\s,.;:!?]*")


def _inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies in one of the ranges, which are sorted and do not overlap
    (quotations): only the last range starting at or before ``start`` can hold it."""
    i = bisect.bisect_right(ranges, (start, float("inf"))) - 1
    return i >= 0 and end <= ranges[i][1]


def tense_near(text: str, verbs: Verbs) -> Callable[[int], str]:
    """The tense at an offset of a clause: future when a future marker ("will",
    "is scheduled to") is nearer than any past-tense verb, for a clause like
    "X, who arrived on Sunday, said the Games will be held" mixes both."""
    future_at, past_at = verbs.future_at, verbs.past_at
    if not future_at:
        return lambda offset: PAST

    def tense(offset: int) -> str:
        nearest_future = min(abs(offset - f) for f in future_at)
        nearest_past = min((abs(offset - p) for p in past_at), default=len(text) + 1)
        return FUTURE if nearest_future < nearest_past else PAST
    return tense


def when_mentions(text: str, anchor: date | None, tense: str | Callable[[int], str],
                  past_tense: bool = True, as_of: bool = False) -> list[DateMention]:
    """Date expressions of a clause that say when it happened: not a start
    ("since May"), a deadline ("by 2035"), a stretch ("the first half of
    2020", "between May and June") or its far end; "today" only beside a past
    or future verb, since "the world today" is no date. With ``as_of`` (a
    clause in the past tense) "as of Sunday" dates a count made that day, and "as of
    September" or "as of the end of 2019" its month or year when the clause has no other date."""
    kept, previous, counted_in = [], None, None
    for m in find_date_expressions(text, anchor, tense):
        far_end = previous is not None and previous.preposition in _NOT_WHEN \
            and _RANGE_JOINT.fullmatch(text, previous.end, m.start)
        # "this year's festival" dates the festival, a year long, not what the clause says happened
        year_of_a_noun = len(m.value or "") == 4 and text.startswith(("'s", "’s"), m.end)
        subject = _PERIOD_AS_SUBJECT.match(text, m.end) and m.start <= _FRONTED  # "This year marks ..."
        counted_on = as_of and m.preposition == "as of" and len(m.value or "") == 10
        if m.value and (m.preposition not in _NOT_WHEN or counted_on) and not (far_end or year_of_a_noun or subject) \
                and not _PERIOD_BEFORE.search(text, max(0, m.start - 40), m.start) \
                and not _BASELINE_BEFORE.search(text, max(0, m.start - 45), m.start) \
                and (past_tense or text[m.start:m.end].lower() != "today"):
            kept.append(m)
        elif as_of and (m.preposition == "as of" or (m.preposition == "by" and not m.relative)) \
                and len(m.value or "") in (4, 7) and (anchor is None or m.value <= anchor.isoformat()[:len(m.value)]):
            # "as of September", "as of the end of 2019", "By August 2020, China had 279 laws": a count's
            # month or year, if the clause gives no other date ("by 2035" ahead is a deadline)
            counted_in = m
        previous = m
    return kept or ([counted_in] if counted_in else [])


_LEADING_JOINER_RE = re.compile(r"^(?:and|but|while|that|which)\s+", re.I)


def summarize(text: str) -> str:
    """The clause on one line, cut at a word boundary near SUMMARY_CHARS."""
    line = _LEADING_JOINER_RE.sub("", " ".join(text.split()).strip(" ,;"))
    if len(line) <= SUMMARY_CHARS:
        return line
    cut = line.rfind(" ", 0, SUMMARY_CHARS)
    return line[: cut if cut > SUMMARY_CHARS // 2 else SUMMARY_CHARS].rstrip(" ,;") + "…"


# ---- the document ---------------------------------------------------------------------


class Story:
    """What find_events and said_on both read of a document, worked out once: its
    dateline and anchor day, each paragraph's quotations and sentences, and each
    sentence's clauses (when first asked for). The lists are shared: never change them."""

    def __init__(self, document: Document, quotes: list[list[Quote]] | None = None):
        """``quotes``: each paragraph's ``find_quotes``, when the caller has them already."""
        self.paragraphs = document.paragraphs
        self.dateline = find_dateline(self.paragraphs, document.published)
        self.anchor = parse_iso(self.dateline.date) if self.dateline else parse_iso(document.published)
        found = quotes if quotes is not None else map(find_quotes, self.paragraphs)
        self.quotes = [_quote_ranges(text, marks) for text, marks in zip(self.paragraphs, found)]
        self.sentences = [self._sentences_of(p, text) for p, text in enumerate(self.paragraphs)]
        self._clauses: dict[tuple[int, int], list[tuple[int, int, bool]]] = {}

    def _sentences_of(self, p: int, text: str) -> list[tuple[int, int]]:
        """A paragraph's sentences. The dateline is no sentence, and in a flattened
        story it also ends whatever caption precedes it."""
        if self.dateline and p == self.dateline.paragraph:
            return sentence_bounds(text, 0, self.dateline.start) + sentence_bounds(text, self.dateline.end)
        return sentence_bounds(text)

    def clauses(self, p: int, start: int, end: int) -> list[tuple[int, int, bool]]:
        """The clauses of the sentence ``[start, end)`` of paragraph ``p``, each starting
        where the narrator's words do (past a quotation that opens it)."""
        if (p, start) not in self._clauses:
            text, marks = self.paragraphs[p], self.quotes[p]
            self._clauses[p, start] = [(_past_quote(text, marks, a, b), b, reported)
                                       for a, b, reported in clause_bounds(text, start, end)]
        return self._clauses[p, start]


class WhereMentioned:
    """The participants of a document by where they are mentioned: which ones a
    clause mentions is a bisection in its paragraph's sorted mentions, not a scan
    of every mention of every participant for every clause."""

    def __init__(self, participants: list[FoundParticipant]):
        self.participants = participants
        self.spans: dict[int, list[tuple[int, int, int]]] = {}  # paragraph -> (start, end, participant's index)
        for index, participant in enumerate(participants):
            for m in participant.mentions:
                self.spans.setdefault(m.paragraph, []).append((m.start, m.end, index))
        for spans in self.spans.values():
            spans.sort()
        self.starts = {p: [start for start, _, _ in spans] for p, spans in self.spans.items()}

    def within(self, paragraph: int, start: int, end: int) -> list[FoundParticipant]:
        """The participants mentioned wholly inside [start, end) of a paragraph, in the document's order."""
        spans = self.spans.get(paragraph)
        if not spans:
            return []
        starts = self.starts[paragraph]
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_right(starts, end)
        found = {index for _, m_end, index in spans[lo:hi] if m_end <= end}
        return [self.participants[index] for index in sorted(found)]


def find_events(document: Document, participants: list[FoundParticipant],
                story: Story | None = None) -> list[FoundEvent]:
    """Every clause of the document that says something happened, in reading
    order, dated where the article itself dates it. A clause repeated word for
    word (a photo caption restating the lead) is one event, at its first place.
    ``story``: the document as said_on read it, if it did."""
    story = story or Story(document)
    paragraphs, dateline, anchor, quotes = story.paragraphs, story.dateline, story.anchor, story.quotes
    events: list[FoundEvent] = []
    seen: set[tuple[str, str | None]] = set()
    sentences = [(p, a, b) for p, bounds in enumerate(story.sentences) for a, b in bounds]
    after_dateline = [(p, a, b) for p, a, b in sentences
                      if not dateline or (p, a) >= (dateline.paragraph, dateline.end)]
    occasion = story_occasion(paragraphs, after_dateline, anchor)
    where_mentioned = WhereMentioned(participants)
    for p, s_start, s_end in sentences:
        text = paragraphs[p]
        clauses = story.clauses(p, s_start, s_end)
        if not clauses:
            continue  # punctuation only
        said_on = _speech_date(text, clauses, occasion)
        found = [None if _inside(quotes[p], a, a + 1)  # words in quotation marks are statements, not events
                 else _event_of(document, where_mentioned, p, a, b, said_on if reported else anchor, quotes[p])
                 for a, b, reported in clauses]
        subject = [x.key for x in where_mentioned.within(p, s_start, clauses[0][1])]
        for event in _merge_into_dated(paragraphs, p, where_mentioned, quotes[p], clauses, found):
            key = (" ".join(event.span.text.split()), event.date)
            if key in seen:
                continue
            seen.add(key)
            if _PARTICIPLE_START.match(event.span.text):
                event.participants = list(dict.fromkeys(subject + event.participants))
            if event.place is None and dateline and p == dateline.paragraph and s_start == dateline.end:
                event.place = dateline.place
            events.append(event)
    _date_the_same_year(events)
    return events


_SAME_YEAR = re.compile(r"\b(?:[Ii]n\s+)?(?:the|that)\s+same\s+year\b")


def _date_the_same_year(events: list[FoundEvent]) -> None:
    """"In the same year, 188,000 enterprises ...": the year of the event dated just before."""
    year = None
    for event in events:
        if event.date is None and year and _SAME_YEAR.search(event.span.text):
            event.date = year
        year = event.date[:4] if event.date else year

def story_occasion(paragraphs: list[str], sentences: list[tuple[int, int, int]], anchor: date | None) -> date | None:
    """The day the story's people spoke: a day its lead gives outright ("On
    June 28, 2022, X and Y co-chaired a meeting") within a week before the
    anchor, else the anchor itself. Photo captions, which open many stories
    with the day a picture was taken, are no lead."""
    return _lead_day(paragraphs, sentences, anchor) or anchor


def _lead_day(paragraphs: list[str], sentences: list[tuple[int, int, int]], anchor: date | None) -> date | None:
    """A day the story's lead gives outright within a week before the anchor, or None."""
    # lazily: only the first few sentences that are no caption are read, not the whole story
    lead = ((p, start, end) for p, start, end in sentences if not _is_caption(paragraphs[p], start, end))
    for p, start, end in itertools.islice(lead, LEAD_SENTENCES):
        for m in find_date_expressions(paragraphs[p][start:end], anchor):
            if not m.relative and _is_occasion(m.value, anchor):
                return parse_iso(m.value)
    return None


# ---- when statements were made ---------------------------------------------------------


def said_on(document: Document, story: Story | None = None) -> Callable[[Span], str | None]:
    """A function giving the day a statement's words were said, as precisely as
    the article tells, for any statement span of ``document``.

    The clause that attributes the words decides: a date of its own ("X said
    on Tuesday that ...", "..., X told VOA in November", "On Friday, X
    said"; for "..., saying ..." the date of the clause it hangs on) wins.
    An attribution without one ('"...," White said.') continues the dated
    attribution of the same speaker a few sentences before, if no one else
    spoke in between. Otherwise the story's occasion, when the article gives
    one: a day the lead gives outright ("On June 28, 2022, ..."), the
    dateline's day, or without a dateline a lead that says "today". Otherwise
    None: the publication date alone dates nothing. The dateline and the
    occasion are worked out once; each call then looks at the span's
    sentence and, for an undated attribution, the few sentences before it.
    ``story``: the document as find_events reads it, to share the work."""
    story = story or Story(document)
    paragraphs, dateline, anchor, quotes, clauses_of = story.paragraphs, story.dateline, story.anchor, \
        story.quotes, story.clauses
    lead: list[tuple[int, int, int]] = []
    for p in range(len(paragraphs) if anchor else 0):  # the lead: the first sentences after the dateline
        lead += [(p, a, b) for a, b in story.sentences[p]
                 if not dateline or (p, a) >= (dateline.paragraph, dateline.end)]
        if len(lead) > 2 * LEAD_SENTENCES:  # room for photo captions, which are no lead
            break
    occasion = _lead_day(paragraphs, lead, anchor) if lead else None
    occasion = occasion or (parse_iso(dateline.date) if dateline else _lead_today(paragraphs, lead, anchor))
    fallback = occasion.isoformat() if occasion else None

    def day_of(span: Span) -> str | None:
        if not 0 <= span.paragraph < len(paragraphs):
            return fallback
        p = span.paragraph
        who = None
        for a, b in story.sentences[p]:
            if a < max(span.end, span.start + 1) and span.start < b:
                found, clause = _attribution_date(paragraphs[p], quotes[p], clauses_of(p, a, b), span.start,
                                                  span.end, anchor)
                if found:
                    return found
                who = who or clause
        return said_before(p, span.start, who) if who else fallback

    whole: dict[tuple[int, int], tuple[str | None, str | None]] = {}  # each sentence's own attribution

    def said_before(p: int, start: int, who: str) -> str | None:
        """An attribution without a date of its own ('..., White said.') continues
        the dated one of the sentences just before when they name the same
        speaker, or this one says only 'he' or 'she'; else the fallback."""
        names = _speaker_names(who)
        pronoun = not names and bool(_PRONOUN_SUBJECT.search(who))
        if not names and not pronoun:
            return fallback
        looked = 0
        for q in range(p, max(-1, p - 3), -1):
            for a, b in reversed(story.sentences[q]):
                if q == p and b > start:
                    continue
                looked += 1
                if looked > CONTINUED_SENTENCES:
                    return fallback
                if (q, a) not in whole:
                    whole[q, a] = _attribution_date(paragraphs[q], quotes[q], clauses_of(q, a, b), b, b, anchor)
                found, clause = whole[q, a]
                if clause is None:
                    continue  # quoted words or narration between: look further back
                if not (pronoun or names & _speaker_names(clause)):
                    return fallback  # someone else spoke in between
                if found:
                    return found
        return fallback
    return day_of


_TODAY = frozenset({"today", "this morning", "this afternoon", "this evening", "tonight"})


def _lead_today(paragraphs: list[str], lead: list[tuple[int, int, int]], anchor: date | None) -> date | None:
    """Without a dateline, a lead that says "today" ("The President spoke
    today with ...") gives the occasion: the day the story came out."""
    for p, start, end in [x for x in lead if not _is_caption(paragraphs[x[0]], x[1], x[2])][:LEAD_SENTENCES]:
        text = paragraphs[p][start:end]
        if any(text[m.start:m.end].lower() in _TODAY for m in find_date_expressions(text, anchor)):
            return anchor
    return None


ATTRIBUTION_CHARS = 1000  # far longer than any real attribution ("X, a spokesperson for ..., said on Monday")
CONTINUED_SENTENCES = 4  # how far back an undated attribution looks for the same speaker's dated one
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|He|She)\b")
_NOT_A_NAME = frozenset(
    "The A An In On At But And He She They It His Her Their This That Last Next Earlier Later Meanwhile However "
    "Also President Vice Prime Minister Secretary Governor General Director Chairman Ambassador Senator Spokesman "
    "Spokeswoman Spokesperson Foreign Chinese American Mr Mrs Ms Dr".split()) | {
    m.capitalize() for m in MONTHS} | {w.capitalize() for w in WEEKDAYS}
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


_CAPITALISED_WORD_RE = re.compile(r"[A-Z][a-z]+")
@functools.lru_cache(maxsize=256)  # a sentence's attribution is read again for each statement in it
def _speaker_names(clause: str) -> frozenset[str]:
    """Words that may name the speaker of an attribution: the last two words
    of the capitalised run right before or after its verb of saying ("Dana
    White said", "said Trump"), or of the run opening an appositive subject
    ("Hua Chunying, a spokesperson for ..., told")."""
    verb = _speech_verb(clause)
    if verb is None:
        return frozenset()
    runs = list(_NAME_RUN.finditer(clause))
    # a run right before or after the verb: only white space between them
    before = len(clause[:verb[0]].rstrip())
    after = len(clause) - len(clause[verb[1]:].lstrip())
    chosen = [r for r in runs if before <= r.end() <= verb[0] or verb[1] <= r.start() <= after]
    if not chosen and runs and runs[0].start() == 0 and clause[runs[0].end():runs[0].end() + 1] == ",":
        chosen = runs[:1]
    words = [w.removesuffix("’s").removesuffix("'s") for r in chosen for w in r.group().split()[-2:]]
    return frozenset(w for w in words if _CAPITALISED_WORD_RE.fullmatch(w) and w not in _NOT_A_NAME)


def _attribution_date(text: str, quotes: list[tuple[int, int]], clauses: list[tuple[int, int, bool]],
                      span_start: int, span_end: int, anchor: date | None) -> tuple[str | None, str | None]:
    """The date the clause attributing the statement ``text[span_start:span_end]``
    gives its saying, among the clauses of its sentence, and that clause."""
    narrator = []  # the narrator's words: clauses, or their parts, outside the statement and any quote
    for i, (a, b, reported) in enumerate(clauses):
        if reported:
            continue
        for a, b in ((a, min(b, span_start)), (max(a, span_end), b)):
            if a < b and not _inside(quotes, a, a + 1):
                narrator.append((i, a, b))
    speech = [(i, a, b) for i, a, b in narrator  # "..., which he called a scenario" attributes nothing
              if _speech_verb(text, a, b) and not _RELATIVE.match(text, a, b)]
    before = [c for c in speech if c[2] <= span_start]
    after = [c for c in speech if c[1] >= span_end]
    attribution = before[-1] if before else after[0] if after else None
    if attribution is None:
        return None, None
    i, a, b = attribution
    # at most ATTRIBUTION_CHARS of it are read: in a sentence that runs on for pages (garbled or hostile
    # copy) each statement's attribution would otherwise be read whole, a time quadratic in its length
    clause = text[a:min(b, a + ATTRIBUTION_CHARS)]
    dates = [m for m in when_mentions(clause, anchor, PAST) if _dates_the_speech(clause, m)]
    if dates:
        return dates[0].value, clause
    if i == 0 or _inside(quotes, clauses[i - 1][0], clauses[i - 1][0] + 1):
        return None, clause
    a, b, head_reported = clauses[i - 1]
    head = text[a:b]
    # "X refuted it on Friday, saying ...": X's clause dates the saying; so does an opening phrase
    # with no verb of its own ("At a briefing Thursday, a spokeswoman said", "Speaking on Monday, X said")
    opening = i == 1 and not _has_finite_verb(head) and not scan_verbs(head).past_at
    if (_SPEECH_PARTICIPLE.match(clause) and not head_reported) or opening:
        dates = when_mentions(head, anchor, PAST)
        if dates:
            return dates[0].value, clause
    return None, clause


def _merge_into_dated(paragraphs: list[str], p: int, where_mentioned: WhereMentioned,
                      quotes: list[tuple[int, int]], clauses: list[tuple[int, int, bool]],
                      found: list[FoundEvent | None]) -> list[FoundEvent]:
    """A sentence's undated clauses join the dated clause before them (or,
    with none before, after them): a date scopes over the clauses around it,
    as in "X attends the summit, which is held online, Nov. 12, 2020" or "X
    said on Tuesday that [what was said]". A contrast in the narrator's words
    ("..., while Y stayed") and the clauses of a sentence without a date stay
    events of their own."""
    dated = [i for i, event in enumerate(found) if event is not None and event.date]
    # a dated 'since' clause tells when something began, not when its neighbours happened
    closed = {i for i in dated if _SINCE.match(paragraphs[p], clauses[i][0])}
    heads = [i for i, (start, _, reported) in enumerate(clauses) if (i in dated and i not in closed) or (
        _CONTRAST.match(paragraphs[p], start) and not reported and not _inside(quotes, start, start + 1))]
    if not dated or not heads:
        return [event for event in found if event is not None]
    owner = []
    for i in range(len(clauses)):
        head = max((h for h in heads if h <= i), default=heads[0])
        owner.append(head if head in dated and i not in closed else i)
    events = []
    for i, event in enumerate(found):
        if event is None or owner[i] != i:
            continue
        mine = [j for j in range(len(clauses)) if owner[j] == i]
        start, end = clauses[mine[0]][0], clauses[mine[-1]][1]
        if (start, end) != (event.span.start, event.span.end):
            event.span = Span.of(paragraphs, p, start, end)
            event.summary = summarize(event.span.text)
            head_start, head_end, _ = clauses[i]
            head = paragraphs[p][head_start:head_end]
            if start < head_start and scan_verbs(head).speech_only:  # "..., X said on Monday": who said it when
                said = paragraphs[p][start:head_start].rstrip(" ,")
                summary = summarize(f"{head.rstrip(' .')}: {said}")
                event.summary = summary[:1].upper() + summary[1:]
            event.participants = [x.key for x in where_mentioned.within(p, start, end)]
        events.append(event)
    return events


_CONTRAST = re.compile(r"(?:while|whereas|but)\b")  # "..., while Wang stayed home": an event of its own
_CAPTION_WORD = re.compile(r"\b(?:[Pp]hoto|FILE|[Ss]creengrab|shows)\b")
_CAPTION_WORD_PARTS = ("hoto", "FILE", "creengrab", "shows")  # one is in every match
_CAPTION_DATE_END = re.compile(r",\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\.?\s*$")  # opens with ",": searched fast


def _is_caption(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reads as a photo caption: "Photo", "FILE", "shows", or a
    date ending it ("..., Nov. 14, 2020.")."""
    if _CAPTION_DATE_END.search(text, start, end):
        return True
    return any(text.find(part, start, end) >= 0 for part in _CAPTION_WORD_PARTS) \
        and bool(_CAPTION_WORD.search(text, start, end))
# "..., saying", "... and signed": a clause with no subject of its own shares its sentence's.
_PARTICIPLE_START = re.compile(rf"(?:and\s+)?(?:[a-z]+ing|{_PAST_VERB_WORD})\b")


def _is_occasion(value: str | None, anchor: date | None) -> bool:
    """Whether an early event's day can be the day the story's people spoke."""
    day = parse_iso(value) if value and len(value) == 10 else None
    return bool(day and anchor and 0 <= (anchor - day).days <= LEAD_DATE_WINDOW_DAYS)


def _speech_date(text: str, clauses: list[tuple[int, int, bool]], default: date | None) -> date | None:
    """The day a sentence's reported words were said: the date of its speech
    clause ("X said on Tuesday that", "..., X told reporters Monday"), else the default."""
    for start, end, reported in clauses:
        clause = text[start:end]
        if not reported and (_says_that(text, start, end) or _is_attribution(text, start, end)):
            for m in when_mentions(clause, default, PAST):
                if len(m.value) == 10:
                    return parse_iso(m.value)
    return default


def _event_of(document: Document, where_mentioned: WhereMentioned, p: int, start: int, end: int,
              anchor: date | None, quotes: list[tuple[int, int]]) -> FoundEvent | None:
    """The event a clause states, or None when it states no happening."""
    text = document.paragraphs[p][start:end]
    verbs = scan_verbs(text)
    if not _has_verb(text, verbs):
        return None
    past_or_future = bool(verbs.past_at or verbs.future_at)
    mentions = [m for m in when_mentions(text, anchor, tense_near(text, verbs), past_or_future,
                                         as_of=bool(verbs.past_at))
                if not _inside(quotes, start + m.start, start + m.end)]
    if verbs.speech_only:  # "X told reporters on Friday": the speech act is dated only by its own date
        mentions = [m for m in mentions if _dates_the_speech(text, m)]
    if not mentions and not verbs.past_happening:
        return None
    mentioned = where_mentioned.within(p, start, end)
    places = [x.name for x in mentioned if x.kind == "place"]
    return FoundEvent(
        span=Span.of(document.paragraphs, p, start, end),
        summary=summarize(text),
        date=_closest(mentions, verbs.happening_at).value if mentions else None,
        participants=[x.key for x in mentioned],
        place=places[0] if places else None,
    )


# Verbs that attribute words to a speaker: those of saying, and speech acts that are also happenings.
_ATTRIBUTING_WORDS = _SPEECH_WORDS | {f for b in "announce pledge promise vow deny confirm acknowledge admit declare "
                                      "report reply respond".split() for f in _verb_forms(b)}
_ATTRIBUTING = frozenset(_ATTRIBUTING_WORDS | {"call", "calls", "called", "calling"})
_RELATIVE = re.compile(r"\W*(?:which|who|whom|whose|where)\b")
_AUXILIARIES = frozenset("is are was were will would shall has have had can could should must may might do does did "
                         "that".split())
_NOT_BEFORE_A_VERB = frozenset("a an the in at of his her its their".split())  # "in prepared remarks" is no verb


def _speech_verb(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Offsets of the first verb that attributes words ("said", "told",
    "announced", "according to") in ``text[start:end]``, or None. A set
    lookup per word: far cheaper than one pattern of all their forms."""
    for m in _WORD.finditer(text, start, len(text) if end is None else end):
        lower = m.group().lower()
        if lower in _ATTRIBUTING:
            return m.start(), m.end()
        if lower == "according" and text.startswith(" to", m.end()):
            return m.start(), m.end() + 3
    return None


def _has_finite_verb(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds an auxiliary, "that" or a past-tense
    form: a verb of what was said, so a date after it is not the saying's."""
    previous = ""
    for m in _WORD.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        if word.lower() in _AUXILIARIES or (len(word) > 4 and word.endswith("ed") and word.islower()
                                            and previous not in _NOT_BEFORE_A_VERB):
            return True
        previous = word.lower()
    return False


def _dates_the_speech(text: str, mention: DateMention) -> bool:
    """Whether a date of a clause that only says something is the day of the
    saying: it comes before the verb of saying ("On Friday, X said", "X on
    Friday told") or after it with no verb of what was said in between ("X
    told reporters on Friday", "X said in a speech at the UN last year")."""
    if text.endswith(("the ", "The "), 0, mention.start):
        return False  # "told reporters about the June 4 crackdown": the date names a thing
    verb = _speech_verb(text)
    if verb is None or mention.start < verb[0] or text.startswith(("according", "According"), verb[0]):
        return True  # what follows "according to" names a source, not what was said
    return not _has_finite_verb(text, verb[1], mention.start)


def _closest(mentions: list[DateMention], happening_at: tuple[int, ...]) -> DateMention:
    """The date expression that dates a clause: one that opens it ("On
    Tuesday, ...") scopes over all of it; otherwise the one nearest its first
    happening word, which is usually the main verb."""
    if not happening_at or mentions[0].start <= _FRONTED:
        return mentions[0]
    return min(mentions, key=lambda m: abs(m.start - happening_at[0]))
