"""People, organisations, countries, places and groups of one document.

The pipeline (``find_participants``): first the names read whole before anything else
(what a defined acronym spells, "U.S. Forces Korea (USFK)"; institutions in lower case,
"the health ministry"; newspapers, "the Daily Nation"; unnamed speakers described by a
place, "one Luang Prabang resident"); then turn each paragraph into *units* (a token,
or a multiword country, capital, place or known organisation name), group capitalised
units into *chunks* ("French Ambassador to Chile Marie Dupont"), read each chunk into a
titled person, organisations, countries and places; then merge what names one
entity: shorter and reordered names, surnames ("Dupont"), acronyms ("WCRA"), and
descriptions ("the French ambassador"); last, one-word names the story repeats
("Alibaba"), groups ("the two leaders", "U.S. officials"), names only world knowledge
ties ("ASEAN"), and a country named as the story writes it ("the DPRK").

A surname or description joins a person only when exactly one fits; a pronoun or a
lone title never names a participant. Every mention is a Span of the verbatim text.
"""
from __future__ import annotations

import functools
import itertools
import re
import string
import unicodedata
from dataclasses import dataclass, field
from collections.abc import Iterable
from typing import NamedTuple

from casefile.model import Document, FoundParticipant, Span

from . import lexicon as lx
from .text import Paragraph, Token, bare_words, starting_a_word, tokenize, word_alternation

CONNECTORS = frozenset({"of", "to", "for", "the"})
NAME_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "de", "da", "van", "von", "der", "den",
                            "la", "le", "du", "del", "dos", "di"})
NAME_SUFFIX_RE = re.compile(r",?\s+(Jr\.|Sr\.|II|III|IV)(?![\w])")
REGNAL_NUMBERS = frozenset({"II", "III", "IV", "VI"})
STYLES_OF_ADDRESS = frozenset({"Majesty", "Highness", "Excellency"})
ACRONYM_RE = re.compile(r"[A-Z][A-Z&]{1,7}")
NOT_ACRONYMS = frozenset({"COVID", "GDP", "AIDS", "HIV", "SARS", "CEO", "AI", "ID", "TV", "PM", "AM", "OK",
                          "FILE", "PHOTO", "II", "III", "IV", "VIDEO", "LIVE", "NEW", "UPDATE", "CFO", "IT",
                          "FDI", "CPI", "PMI", "IPO", "VAT", "ICU", "PPE", "NGO", "NGOs", "RMB", "USD", "EUR"})

# unit classes
COUNTRY, PLACE, TITLE, MODIFIER, ORG, PLACE_HEAD, PORTFOLIO, CONNECTOR, ACRONYM, NAME, THING, OTHER = (
    "C", "PL", "T", "M", "O", "P", "W", "K", "X", "N", "H", "-")
NAMED_ORG = "G"  # an organisation the gazetteer knows by name ("Hamas")
# a name after one of these is a thing's name ("the Flying Leopards", "three Joint Communiques")
DETERMINERS = frozenset("""
the a an this that these those its their our his her my your two three four five six several many some
""".split())


class Unit(NamedTuple):
    """A token, or a gazetteer name made of several tokens, with its class.

    A named tuple: a paragraph makes hundreds of units, most of them built in one pass
    that runs no Python code per unit (see units_of)."""

    start: int
    end: int
    text: str
    cls: str
    canonical: str | None = None  # a country's table name
    sentence_start: bool = False


# Unit((start, end, text, cls, canonical, sentence_start)) without the named tuple's Python-level __new__
_new_unit = functools.partial(tuple.__new__, Unit)


# ---- units and chunks -----------------------------------------------------------

def _gazetteer() -> dict[tuple[str, ...], tuple[str, str]]:
    """Token tuples of every country, capital and place name -> (class, canonical name)."""
    table: dict[tuple[str, ...], tuple[str, str]] = {}
    for surface, country in lx.COUNTRY_OF.items():
        table[tuple(t.text for t in tokenize(surface))] = (COUNTRY, country)
    for place in lx.PLACES:
        table[tuple(t.text for t in tokenize(place))] = (PLACE, place)
    for capital, country in lx.CAPITALS.items():
        table[tuple(t.text for t in tokenize(capital))] = (COUNTRY, country)
    for surface, org in lx.NAMED_ORGANIZATIONS.items():
        table[tuple(t.text for t in tokenize(surface))] = (NAMED_ORG, org)
    return table


GAZETTEER = _gazetteer()
# first word -> lengths of the gazetteer names it starts, longest first
GAZETTEER_LENGTHS: dict[str, list[int]] = {}
for _key in GAZETTEER:
    GAZETTEER_LENGTHS.setdefault(_key[0], []).append(len(_key))
for _lengths in GAZETTEER_LENGTHS.values():
    _lengths.sort(reverse=True)


# a news story has thousands of distinct words, a large case tens of thousands: a small cache keeps missing
@functools.lru_cache(maxsize=1 << 15)
def classify(word: str) -> str:
    """The class of one word by the lexicons: title, org head, name-like, and so on."""
    lower = word.lower()
    if lower.startswith(("then-", "ex-")) and classify(word[word.index("-") + 1:]) in (TITLE, MODIFIER):
        return classify(word[word.index("-") + 1:])  # "then-Prime Minister", "ex-President"
    if word in lx.HONORIFICS or lower in lx.TITLE_HEADS or (lower.endswith("s") and lower[:-1] in lx.TITLE_HEADS):
        return TITLE  # "Advisors" too: plural titles are titles, never names
    if word in lx.ORG_HEADS or (word.endswith("s") and word[:-1] in lx.ORG_HEADS):
        return ORG  # "Centers for Disease Control": a plural head too
    if word in lx.PLACE_HEADS:
        return PLACE_HEAD
    if word in lx.PORTFOLIO_WORDS or word in lx.REGION_ADJECTIVES:
        return MODIFIER if lower in lx.TITLE_MODIFIERS else PORTFOLIO
    if lower in lx.TITLE_MODIFIERS and word[:1].isupper():
        return MODIFIER
    if lower in CONNECTORS or lower in NAME_PARTICLES:
        return CONNECTOR
    if word in lx.THING_WORDS:
        return THING
    if word in ("Jr.", "Sr.") or word.endswith("-old") or (word.endswith("ies") and len(word) > 5):
        return OTHER  # "Fifty-nine-year-old", "Technologies": never part of a name
    if ACRONYM_RE.fullmatch(word) and word not in NOT_ACRONYMS:
        return ACRONYM
    if word[:1].isupper() and not any(c.isdigit() for c in word) and word not in lx.TIME_WORDS:
        return NAME
    return OTHER


COURTESY_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx"})
# plural nouns whose possessive stays inside an institution's name
COLLECTIVE_POSSESSORS = frozenset({"People", "Children", "Women", "Men", "Workers", "Veterans", "Farmers"})
# royal titles that are also first names: after another title they are the name ("Minister Amir Khan")
TITLE_OR_NAME = frozenset({"Amir", "Emir"})


def units_of(para: Paragraph) -> list[Unit]:
    """The paragraph's tokens, with gazetteer names (longest first) as single units.

    Every token is first made a plain unit of its own class, in one pass with no Python
    code per token. Only tokens that a rule may change (a gazetteer name's first word,
    "Amir" after a title, a possessive, a shouted word) are then read one by one, in order,
    each against the unit before it."""
    text, tokens = para.text, para.tokens
    openings = _sentence_openings(para)
    words = [t.text for t in tokens]
    starts = [t.start for t in tokens]
    plain = list(map(_new_unit, zip(starts, [t.end for t in tokens], words, map(classify, words),
                                    itertools.repeat(None), map(openings.__contains__, starts))))
    units: list[Unit] = []
    done = 0  # tokens before this one are in units
    # a superset of the tokens a rule may change is fine: each is read as the rules say
    for i in [i for i, word in enumerate(words) if word in UNIT_RULE_WORDS or word.isupper()]:
        if i < done:
            continue  # inside a gazetteer name read already
        units.extend(plain[done:i])
        done = i + _add_ruled_unit(units, text, tokens, i, plain[i], openings)
    units.extend(plain[done:])
    if "May" in words:
        _read_may_in_names(units)
    if "Jan" in words:
        _read_jan_as_a_name(units)
    return units


def _read_jan_as_a_name(units: list[Unit]) -> None:
    """"Jan" is a name ("Lorenc Jan", "said Jan."), not January, unless a day follows ("Jan 5")."""
    for i, unit in enumerate(units):
        if unit.text == "Jan" and not (i + 1 < len(units) and units[i + 1].text.isdigit()):
            units[i] = unit._replace(cls=NAME)


def _read_may_in_names(units: list[Unit]) -> None:
    """"Catriona Le May Doan": "May" between two words of a name is a name's word, not the month."""
    for i in range(1, len(units) - 1):
        if units[i].text == "May" and units[i - 1].cls in (NAME, CONNECTOR) and units[i + 1].cls == NAME \
                and units[i - 1].end + 1 == units[i].start and units[i].end + 1 == units[i + 1].start:
            units[i] = units[i]._replace(cls=NAME)


def _add_ruled_unit(units: list[Unit], text: str, tokens: list[Token], i: int, plain: Unit,
                    openings: set[int]) -> int:
    """Append the unit starting at token i to ``units``, as the rules make it; the number of tokens it takes."""
    tok = tokens[i]
    lengths = GAZETTEER_LENGTHS.get(tok.text)  # most words start no gazetteer name
    hit = _gazetteer_name(tokens, i, lengths) if lengths else None
    if hit:
        n, (cls, canonical) = hit
        end = tokens[i + n - 1].end
        unit = Unit(tok.start, end, text[tok.start:end], cls, canonical, tok.start in openings)
    else:
        n, unit = 1, plain
    previous = units[-1] if units else None
    if previous is not None:
        if unit.text in TITLE_OR_NAME and previous.cls == TITLE:
            unit = unit._replace(cls=NAME)
        if unit.text in POSSESSIVE_S and previous.text in COLLECTIVE_POSSESSORS:
            units.pop()  # "People's Liberation Army", "United Nations Children's Fund"
            unit = Unit(previous.start, unit.end, text[previous.start:unit.end], NAME,
                        sentence_start=previous.sentence_start)
            previous = units[-1] if units else None
        if previous is not None and unit.text.isupper() and _shouted(unit) and _shouted(previous) \
                and unit.start - previous.end <= 1:
            # "NEW DEVELOPMENT STAGE": a heading in flattened copy
            units[-1], unit = previous._replace(cls=OTHER), unit._replace(cls=OTHER)
    units.append(unit)
    return n


POSSESSIVE_S = frozenset({"\u2019s", "'s"})
# words that start a unit other than their plain token's (a shouted word is one too: _shouted_word)
UNIT_RULE_WORDS = frozenset(GAZETTEER_LENGTHS) | TITLE_OR_NAME | POSSESSIVE_S


def _gazetteer_name(tokens: list[Token], i: int, lengths: list[int]) -> tuple[int, tuple[str, str]] | None:
    """(number of tokens, (class, canonical name)) of the longest gazetteer name at token i."""
    for n in lengths:
        if i + n > len(tokens):  # a paragraph may end inside the longer names
            continue
        key = tuple(t.text for t in tokens[i:i + n])
        if key in GAZETTEER and _adjacent(tokens[i:i + n]):
            return n, GAZETTEER[key]
    return None


def _shouted(unit: Unit) -> bool:
    """An all-capitals word (headings of flattened wire copy, datelines)."""
    return _shouted_word(unit.text)


def _shouted_word(word: str) -> bool:
    return len(word) > 1 and word.replace("-", "").isalpha() and word.isupper()  # "FIVE-YEAR PLAN" too


def _adjacent(tokens: list[Token]) -> bool:
    """Tokens separated by at most one character."""
    return all(b.start - a.end <= 1 for a, b in zip(tokens, tokens[1:]))


def _sentence_openings(para: Paragraph) -> set[int]:
    """Offsets where a sentence's first word starts: a sentence's start, or right
    after the opening quote mark it starts with. One set per paragraph, so that
    each token is a single lookup."""
    starts = {s for s, _ in para.sentences}
    return starts | {s + 1 for s in starts if para.text[s:s + 1] in ('"', "\u201c")}


def chunks_of(units: list[Unit], capitals_mid_sentence: set[str]) -> list[list[Unit]]:
    """Runs of capitalised units joined by "of", "to", "the" or name particles."""
    chunks: list[list[Unit]] = []
    i = 0
    while i < len(units):
        if units[i].cls in NOT_NAME_PARTS:  # not _capitalised(), inline: this runs for every unit
            i += 1
            continue
        j = last = i
        while j + 1 < len(units) and units[j + 1].start - units[j].end <= 1:
            nxt = units[j + 1]
            if nxt.text in SENTENCE_OPENING_ADVERBS:
                break  # "Masezerano Divine Now, her dream ...": a heading's name, then a sentence
            if _capitalised(nxt):
                last = j + 1
            elif nxt.text == "and" and _and_inside_name(units, i, j + 1):
                pass  # "National Development and Reform Commission"
            elif nxt.cls != CONNECTOR:
                break
            j += 1
        chunk = _drop_sentence_openers(units[i:last + 1], capitals_mid_sentence)
        if chunk:
            chunks.append(chunk)
        i = last + 1
    return chunks


# words that open a sentence and never go on a name: in flattened copy a heading's name runs
# into the next sentence without a stop ("Alinaline Cichocki Echoing Jan, ...")
SENTENCE_OPENING_ADVERBS = frozenset("""
Now Then However Meanwhile Also Still Yet Instead Indeed Thus Hence Later Earlier Finally Echoing Citing
Noting Recalling Quoting
""".split())


INSTITUTION_WORDS = (ORG, PORTFOLIO, MODIFIER, CONNECTOR, COUNTRY)


FIRM_PARTNERS = frozenset({"Company", "Co.", "Sons", "Partners", "Associates"})


def _and_inside_name(units: list[Unit], first: int, and_at: int) -> bool:
    """ "and" inside an institution's name: field words or a head before it, and field
    words ending the name or a head word after it ("Ministry of Culture and Tourism")."""
    before = units[first:and_at]
    if before and _and_in_complement(units, first, and_at):
        return True
    after_and = units[and_at + 1] if and_at + 1 < len(units) else None
    if before and before[-1].cls == NAME and after_and is not None and after_and.text in FIRM_PARTNERS:
        return True  # "McKinsey and Company", "Johnson & Sons"
    if not before or not all(u.cls in INSTITUTION_WORDS for u in before) or before[-1].cls == CONNECTOR:
        return False
    after = []
    for u in units[and_at + 1:and_at + 8]:
        if not (_capitalised(u) or u.cls == CONNECTOR) or u.start - (after[-1].end if after else u.start) > 1:
            break
        after.append(u)
    return bool(after) and _capitalised(after[0]) and all(u.text != "the" for u in after) \
        and (after[-1].cls == ORG or all(u.cls == PORTFOLIO for u in after)) and after[0].cls not in (NAME, TITLE)


NOT_NAME_PARTS = frozenset({CONNECTOR, OTHER})


def _capitalised(unit: Unit) -> bool:
    """A unit that can be part of a name chunk."""
    return unit.cls not in NOT_NAME_PARTS


COMMON_OPENER_RE = re.compile(r"[A-Z][a-z]+(?:ing|ly|ed)")


def _drop_sentence_openers(chunk: list[Unit], capitals_mid_sentence: set[str]) -> list[Unit]:
    """Sentence-initial "The", "Meanwhile" or a capitalised common word are not names."""
    while chunk and (chunk[0].text in lx.COMMON_CAPITALS or chunk[0].cls == CONNECTOR or (
            chunk[0].sentence_start and chunk[0].cls == NAME and chunk[0].text not in capitals_mid_sentence
            and (len(chunk) == 1 or chunk[1].cls == CONNECTOR or COMMON_OPENER_RE.fullmatch(chunk[0].text)))):
        chunk = chunk[1:]
    while chunk and chunk[-1].cls == CONNECTOR:
        chunk = chunk[:-1]
    return chunk


def described_institutions(paragraphs: list[Paragraph]) -> set[str]:
    """"Afrobarometer, an African research network,": a name its apposition vouches for,
    even where it opens a sentence."""
    # the apposition, opening with a comma, is found far quicker than the name before it: look for it first
    described = (p for p in paragraphs if INSTITUTION_APPOSITION_RE.search(p.text))
    return {m.group(1) for para in described for m in DESCRIBED_INSTITUTION_RE.finditer(para.text)}


def capitals_mid_sentence(units_by_paragraph: list[list[Unit]]) -> set[str]:
    """Name-like words seen capitalised where no sentence starts, or inside a run of
    names ("Yao Tandong, an academician"): a sentence-initial "Yao" is then a name."""
    words = set()
    for units in units_by_paragraph:
        for u, nxt in zip(units, units[1:] + [None]):
            if u.cls == NAME and (not u.sentence_start or (nxt is not None and nxt.cls == NAME
                                                          and nxt.start - u.end <= 1)):
                words.add(u.text)
    return words


# ---- the registry of what a document names --------------------------------------

@dataclass(slots=True)
class Entity:
    """A participant while the document is being read."""

    kind: str
    name: str
    titles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    name_tokens: tuple[str, ...] = ()

    def add_mention(self, span: Span, alias: str | None = None) -> None:
        """Record a mention; a different surface form becomes an alias."""
        self.mentions.append(span)
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def add_title(self, title: str) -> None:
        """Record a title once; "Mr." is a courtesy, not a title of office: "Mr. X" is an alias."""
        if title.rstrip(".") in COURTESY_TITLES:
            if f"{title} {self.name}" not in self.aliases:
                self.aliases.append(f"{title} {self.name}")
        elif title and title not in self.titles:
            self.titles.append(title)


@dataclass(slots=True)
class SingleName:
    """A one-word name ("Dupont", "President Hart") waiting to meet its full name."""

    word: str
    span: Span
    title: str | None
    titled_form: str | None


class Registry:
    """Everything a document names so far, and which character positions are taken."""

    def __init__(self, paragraphs: list[str]):
        self.paragraphs = paragraphs
        self.people: list[Entity] = []
        self.person_by_words: dict[tuple[str, ...], Entity] = {}
        self.by_key: dict[tuple[str, str], Entity] = {}  # (kind, normalised name) -> entity
        self.singles: list[SingleName] = []
        self.claimed: set[tuple[int, int]] = set()  # (paragraph, start) of every mention
        self.things: set[tuple[str, ...]] = set()  # bare names once seen after a determiner
        self.acronyms: dict[str, Entity] = {}  # "(WCRA)" defined after its organisation's name
        self.credited: set[tuple[str, ...]] = set()  # names seen in photo credits ("(Agency/Li Ming)")
        self.last_pair: tuple[str, str] | None = None  # key of the pair named last ("the two leaders")
        self.covered: dict[int, list[tuple[int, int]]] = {}  # paragraph -> names read whole before the chunks

    def cover(self, paragraph: int, start: int, end: int) -> None:
        """Keep [start, end) whole: no other mention may start inside it."""
        self.covered.setdefault(paragraph, []).append((start, end))

    def span(self, paragraph: int, start: int, end: int) -> Span:
        """The Span of [start, end) in a paragraph."""
        return Span.of(self.paragraphs, paragraph, start, end)

    def claim(self, paragraph: int, start: int) -> bool:
        """Take a mention position; False if another mention already holds it."""
        if (paragraph, start) in self.claimed:
            return False
        if paragraph in self.covered and any(a < start < b for a, b in self.covered[paragraph]):
            return False
        self.claimed.add((paragraph, start))
        return True

    def named(self, kind: str, name: str, paragraph: int, start: int, end: int,
              alias: str | None = None) -> Entity | None:
        """A mention of the organisation, country, place or group of that name."""
        if not self.claim(paragraph, start):
            return None
        key = (kind, name.casefold().replace("\u2019", "'"))  # "People’s Daily" and "People's Daily" are one
        entity = self.by_key.get(key)
        if entity is None:
            entity = self.by_key[key] = Entity(kind, name)
        entity.add_mention(self.span(paragraph, start, end), alias if alias is not None or name == entity.name
                           else name)
        return entity

    def person(self, tokens: tuple[str, ...], paragraph: int, start: int, end: int) -> Entity | None:
        """A mention of the person with exactly these name words."""
        if not self.claim(paragraph, start):
            return None
        name = self.paragraphs[paragraph][start:end]
        person = self.person_by_words.get(tokens)
        if person is not None:
            person.add_mention(self.span(paragraph, start, end), name)
            return person
        person = self.person_by_words[tokens] = Entity("person", name, name_tokens=tokens)
        person.add_mention(self.span(paragraph, start, end))
        self.people.append(person)
        return person


# ---- reading chunks ---------------------------------------------------------------

def read_chunk(para: Paragraph, chunk: list[Unit], registry: Registry, previous: list[list[Unit]]) -> None:
    """Find the person, organisations, places and countries one chunk names."""
    if any(u.cls == ORG for u in chunk) and _in_photo_credit(para.text, chunk[0].start, chunk[-1].end):
        return  # "(People's Daily Online/Weng Qiyu)", "(Photo/People's Daily Online)": the credited agency takes no part
    used: set[int] = set()
    text = para.text[chunk[0].start:chunk[-1].end]
    words = {u.text for u in chunk}
    known_person = any(not words.isdisjoint(p.name_tokens) for p in registry.people)  # one set test per person
    namelike = all(u.cls in (NAME, PORTFOLIO, MODIFIER) for u in chunk) and any(u.cls == NAME for u in chunk)
    if not known_person and _named_publication(para, chunk):
        registry.named("organization", text, para.index, chunk[0].start, chunk[-1].end)
        return
    if namelike and not known_person:  # "Oxford Economics": a name, not a titled person
        host = _companies_by_first_word(registry).get(text) if len(chunk) == 1 and _follows_determiner(
            para, chunk[0].start) else None
        if host is not None and registry.claim(para.index, chunk[0].start):
            host.add_mention(registry.span(para.index, chunk[0].start, chunk[0].end), text)  # "the Orvane"
            return
        if ("place", text.casefold()) in registry.by_key:
            registry.named("place", text, para.index, chunk[0].start, chunk[-1].end)
            return
        if ("organization", text.casefold()) in registry.by_key or _names_an_institution(para, chunk):
            registry.named("organization", text, para.index, chunk[0].start, chunk[-1].end)
            return
    person_at = _read_person(para, chunk, registry, previous, used)
    _read_orgs_and_places(para, chunk, registry, used)
    if not used and len(chunk) > 2 and chunk[0].cls == ACRONYM and _follows_determiner(para, chunk[0].start) \
            and all(u.cls == NAME for u in chunk[1:]):
        # "... in the HKSAR Chen Dong": the acronym ends a title, a person's name follows
        _read_person(para, chunk[1:], registry, previous + [chunk[:1]], used)
        return
    if not used and len(chunk) > 1 and chunk[0].cls == ACRONYM and chunk[-1].cls in (NAME, THING):
        # "DP World": an acronym leading a name is a company's name
        registry.named("organization", para.text[chunk[0].start:chunk[-1].end], para.index, chunk[0].start,
                       chunk[-1].end)
        return
    for i, unit in enumerate(chunk):
        if i in used:
            continue
        if unit.cls == COUNTRY:
            _read_country(para, unit, registry)
        elif unit.cls == PLACE and _is_local_police(para, unit):
            _read_national_body(para, unit.canonical or unit.text, unit.start, unit.end + len(" police"), registry,
                                f"{unit.text} police", body="police")  # "Hong Kong police on Wednesday said"
        elif unit.cls == PLACE:
            registry.named("place", unit.canonical or unit.text, para.index, unit.start, unit.end)
        elif unit.cls == NAMED_ORG:
            registry.named("organization", unit.canonical, para.index, unit.start, unit.end, unit.text)
        elif unit.cls == ACRONYM and person_at is None:
            _read_acronym(para, unit, registry)
        elif unit.cls == NAME and "-" in unit.text:
            _read_hyphenated_countries(para, unit, registry)


def _in_photo_credit(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies in a parenthesised photo credit: "(Agency/Name)", "(Photo by Name, Agency)"."""
    opening, closing = text.rfind("(", 0, start), text.find(")", end)
    if opening < 0 or closing < 0 or ")" in text[opening:start] or "(" in text[end:closing]:
        return False
    inside = text[opening + 1:closing]
    return "/" in inside or inside.startswith("Photo")


INSTITUTION_NOUNS = frozenset("""
the think tank company firm group agency newspaper broadcaster carrier bank website outlet magazine
daily institute organization organisation charity retailer giant maker operator developer insurer
""".split())


def _names_an_institution(para: Paragraph, chunk: list[Unit]) -> bool:
    """"the Pentagon said", "the think tank Oxford Economics": unknown capitalised
    words after "the" or an institution noun, not the first of a longer name ("the Belt and Road")."""
    before = para.text[max(0, chunk[0].start - 14):chunk[0].start].split()
    source = before[-2:] == ["according", "to"] and len(chunk) == 1  # "according to Yonhap"
    if not before or not (source or before[-1].lower() in INSTITUTION_NOUNS) or any("-" in u.text for u in chunk):
        return False
    return bool(INSTITUTION_NEXT_RE.match(para.text, chunk[-1].end))


# what may follow an institution's name: a verb, an adverbial, punctuation, a possessive;
# not a noun it qualifies ("the Changsha municipal government")
INSTITUTION_NEXT_RE = re.compile(r"\s*(?:[,.;:)\u2019']|$)|\s+(?:" + "|".join(sorted(
    lx.SAY_VERBS | lx.ADVERBS | {"on", "in", "at", "is", "was", "are", "were", "will", "would", "could",
                                 "can", "may", "must", "did", "does", "do", "has", "had", "have"})) + r")\b")


def _read_person(para: Paragraph, chunk: list[Unit], registry: Registry, previous: list[list[Unit]],
                 used: set[int]) -> int | None:
    """The person a chunk names, if any: its last name run, with the title before it
    and an apposition after it; one-word names wait in ``registry.singles``."""
    run_start, run_end = _last_name_run(chunk)
    if run_start is None:
        return None
    pre, post = chunk[:run_start], chunk[run_end:]
    if post and not (post[0].text == "of" and (all(u.cls != NAME or u is post[-1] for u in post[1:])
                                                or _affiliation_start(chunk) == run_end)):
        return None  # "Xia Lu of Shanghai Public Health Clinical Center" is a person of an organisation
    titled = any(u.cls == TITLE for u in pre)
    title_start = None  # where the title starts when it began in the chunk before
    if pre and not titled and previous and _title_goes_on(para, previous[-1], pre):
        titled, title_start = True, previous[-1][0].start  # "Director for Counterterrorism and Transnational Crime X"
    if pre and not titled and not all(u.cls == COUNTRY for u in pre):
        return None
    if pre and pre[-1].cls == CONNECTOR:
        return None
    if pre and pre[-1].text == "and" and any(u.cls == ORG for u in pre):
        return None  # "the Society of Motor Manufacturers and Traders": the organisation's name goes on
    first, last = chunk[run_start], chunk[run_end - 1]
    end = last.end
    suffix = NAME_SUFFIX_RE.match(para.text, end)
    if suffix:
        end = suffix.end()
    # "Zi’ang" and "Zi'ang" are one name
    words = tuple(u.text.replace("\u2019", "'") for u in chunk[run_start:run_end] if u.cls != CONNECTOR)
    # "spokesperson for President X": only the part after the lowercase title's preposition is X's
    for k in range(len(pre) - 2, 0, -1):
        if pre[k].text in ("for", "to", "of") and pre[k - 1].text.islower() and pre[k - 1].cls == TITLE \
                and any(u.cls == TITLE for u in pre[k + 1:]):
            pre = pre[k + 1:]
            break
    if len(pre) > 1 and pre[0].text in STYLES_OF_ADDRESS:
        pre = pre[1:]  # "His Majesty King Abdullah II": a style of address, no title of office
    title_start = title_start if title_start is not None else (pre[0].start if pre else None)
    title = para.text[title_start:pre[-1].end] if titled else None
    if title:
        title = _extend_title_list(para, previous, title_start, title)
        former = FORMER_BEFORE_RE.search(para.text, max(0, pre[0].start - 12), pre[0].start)
    lower_title = None if titled else _lowercase_title_before(para, first.start) or (
        _title_with_complement_before(para, first.start) if len(words) > 1 else None)
    if len(words) == 1:
        if not (titled or lower_title or not pre):
            return None
        registry.singles.append(SingleName(  # "King Abdullah II": a regnal number is part of the name
            f"{words[0]} {suffix.group(1)}" if suffix else words[0], registry.span(para.index, first.start, end),
            title or lower_title, para.text[pre[0].start:end] if titled else None))
        used.update(range(run_start, run_end))
        return run_start
    if any(w.isupper() and len(w) > 1 and not w.endswith(".") and not (titled and w in REGNAL_NUMBERS)
           for w in words):
        return None  # an acronym in the run names no person ("King Abdullah II" does, not "Article IV")
    if not pre and not lower_title and (_follows_determiner(para, first.start) or _thing_noun_after(para, end)):
        registry.things.add(words)
        return None
    person = registry.person(words, para.index, first.start, end)
    if person is None:
        return None
    if CREDIT_RE.search(para.text, max(0, first.start - 20), first.start):
        registry.credited.add(words)
    used.update(range(run_start, run_end))
    if suffix:
        person.name_tokens = words + (suffix.group(1),)
    for t in (title, lower_title):
        if t:
            for part in _title_variants(t):
                person.add_title(part)
    if title and former:
        person.add_title(f"{former.group(1)} {title}")  # "Zimbabwe's former President Robert Mugabe"
    if title and post and post[0].text == "of":
        person.add_title(f"{title} {para.text[post[0].start:post[-1].end]}")
    # "her National Security Advisor, Dr. Phil Gordon,": the apposition comes before a courtesy title
    courtesy_only = bool(pre) and all(u.text in lx.HONORIFICS for u in pre)
    name_start = pre[0].start if courtesy_only else first.start
    for extra in (_appositive_title(para, end), _copular_title(para, end), _title_before_name(para, name_start, end)):
        if extra:
            person.add_title(extra)
    return run_start


CREDIT_RE = re.compile(r"\((?:[^()]*/|Photo by\s+)$")  # "(Agency/Li Ming)", "(Photo by Ann Roe/Agency)"


def _last_name_run(chunk: list[Unit]) -> tuple[int | None, int]:
    """Bounds of the last run of name words, particles allowed inside ("bin")."""
    end = len(chunk)
    if len(chunk) >= 3 and chunk[-2].text == "of" and chunk[-1].cls in (COUNTRY, PLACE, ORG):
        end = len(chunk) - 2
    elif len(chunk) >= 4 and chunk[-3].text == "of" and chunk[-2].text == "the" and chunk[-1].cls in (COUNTRY, ORG):
        end = len(chunk) - 3
    elif (of := _affiliation_start(chunk)) is not None:
        end = of
    i = end
    while i > 0 and (chunk[i - 1].cls == NAME or (chunk[i - 1].text.lower() in NAME_PARTICLES and i < end)):
        i -= 1
    while i < end and chunk[i].cls == CONNECTOR:
        i += 1
    if i >= end or chunk[end - 1].cls != NAME:
        return None, 0
    return i, end


def _title_goes_on(para: Paragraph, before: list[Unit], pre: list[Unit]) -> bool:
    """"Senior Director for Counterterrorism | and | Transnational Crime": the words before a
    name finish a title's complement that the chunk before began, across "and"."""
    return any(u.cls == TITLE for u in before) and before[-1].cls == PORTFOLIO \
        and para.text[before[-1].end:pre[0].start] == " and " and all(u.cls in (PORTFOLIO, NAME, MODIFIER) for u in pre)


def _affiliation_start(chunk: list[Unit]) -> int | None:
    """"Masanneh Nyuku Kinteh of the Gambia Armed Forces": where the "of" before an
    organisation's name of several words starts, after a name."""
    of = next((k for k, u in enumerate(chunk) if u.text == "of" and k and chunk[k - 1].cls == NAME), None)
    if of is None:
        return None
    rest = chunk[of + 1:]
    rest = rest[1:] if rest[:1] and rest[0].text == "the" else rest
    org_words = (COUNTRY, PLACE, ORG, PORTFOLIO, MODIFIER, NAME)
    inner_ok = all(u.cls in org_words or (u.cls == CONNECTOR and 0 < k < len(rest) - 1) for k, u in enumerate(rest))
    return of if len(rest) >= 2 and any(u.cls == ORG for u in rest) and rest[-1].cls != CONNECTOR and inner_ok else None


TITLE_LIST_GAP_RE = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _extend_title_list(para: Paragraph, previous: list[list[Unit]], title_start: int, title: str) -> str:
    """"Member, Director of X, and Foreign Minister Wang" -> the whole list is the title."""
    start = title_start
    for chunk in reversed(previous):
        gap = para.text[chunk[-1].end:start]
        if not (TITLE_LIST_GAP_RE.fullmatch(gap) and any(u.cls == TITLE for u in chunk) and chunk[-1].cls != NAME):
            break
        if _follows_determiner(para, chunk[0].start):
            break  # "the Vice President and President Marcos": a description, then another person
        start = chunk[0].start
    return para.text[start:title_start] + title


TITLE_LIST_SPLIT_RE = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=[A-Z])")


def _title_variants(title: str) -> list[str]:
    """A title list also yields each title on its own."""
    parts = [p.strip() for p in TITLE_LIST_SPLIT_RE.split(title) if p.strip()]
    if len(parts) < 2 or not all(any(classify(w) == TITLE for w in part.split()) for part in parts):
        return [title]  # "Secretary for East Asian and Pacific Affairs": one title, its fields joined
    return [title] + parts


LOWER_TITLE_RE = re.compile(r"((?:[a-z-]+\s+){0,2}[a-z-]+)\s+$")
LOWERCASE_WORD_CHARS = string.ascii_lowercase + "-"


def _last_lowercase_word(text: str) -> str:
    """The run of LOWER_TITLE_RE's word characters right before the white space that ends
    ``text`` ("" when it does not end with white space): the last word that pattern finds."""
    words = text.rstrip()
    if len(words) == len(text):
        return ""
    return words[len(words.rstrip(LOWERCASE_WORD_CHARS)):]


def _lowercase_title_before(para: Paragraph, start: int) -> str | None:
    """"economist Jane Doe", "deputy director John Roe"."""
    lo = max(0, start - 40)
    if _last_lowercase_word(para.text[lo:start]) not in lx.TITLE_HEADS:
        return None  # the title's last word is this one: a quick test before the pattern's search
    m = LOWER_TITLE_RE.search(para.text, lo, start)
    if not m:
        return None
    words = m.group(1).split()
    while words and words[0] not in lx.TITLE_MODIFIERS and words[0] not in lx.TITLE_HEADS:
        words = words[1:]
    if not words or words[-1] not in lx.TITLE_HEADS:
        return None
    return " ".join(words)


FORMER_BEFORE_RE = re.compile(r"\b(former|then|acting|late)\s+$")
DOTTED_ABBREVIATION_RE = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z][a-z]{0,3}\.")  # "U.S.", "St.", "Gen."
TITLE_COMPLEMENTS = frozenset({"for", "of", "to", "on", "at"})


def _title_with_complement_before(para: Paragraph, start: int) -> str | None:
    """"U.S. special representative for Afghanistan reconciliation Zalmay Khalilzad", "the
    Chief Executive of the Hong Kong Special Administrative Region (HKSAR) Carrie Lam": a title
    word and its complement, in any case, right before a name."""
    words = para.text[max(0, start - 160):start].split()
    if not words or words[-1].lower() in lx.PREPOSITIONS:
        return None  # "director of China Studies at Johns Hopkins": the name is where, not who
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word[-1:] in ",;:\"\u201c\u201d(" or (word.endswith(".") and not DOTTED_ABBREVIATION_RE.fullmatch(word)):
            return None  # the title stops at a pause: what comes before is another clause
        if word.lower() in lx.SAY_VERBS or (word.endswith("ed") and word.islower()):
            return None  # "... municipality told": a verb, no title
        if k + 1 < len(words) and word.lower() in lx.TITLE_HEADS and words[k + 1] in TITLE_COMPLEMENTS:
            first = k
            while first > 0 and (words[first - 1].lower() in lx.TITLE_MODIFIERS or words[first - 1] in (
                    "former", "then", "acting", "deputy")):
                first -= 1
            if len(words) - k > 10 or any(w.strip(".,") in lx.TIME_WORDS for w in words[k + 2:]):
                return None  # "the minister on Friday": a time, not the title's complement
            return " ".join(words[first:])
    return None


THING_NOUN_RE = re.compile(r"\s+(\w+)")
THING_NOUNS = frozenset(w.lower() for w in lx.THING_WORDS | lx.PLACE_HEADS | lx.ORG_HEADS) | {
    "port", "city", "company", "firm", "team", "club", "project", "river", "county", "province", "brand"}


def _thing_noun_after(para: Paragraph, end: int) -> bool:
    """"Ningbo Zhoushan port": a bare name that modifies a common noun names a thing."""
    m = THING_NOUN_RE.match(para.text, end)
    return bool(m) and m.group(1) in THING_NOUNS


def _follows_determiner(para: Paragraph, start: int) -> bool:
    """A determiner, or "in" (a place: "in Addis Ababa"), before a bare name."""
    before = para.text[max(0, start - 10):start].split()
    return bool(before) and (before[-1].lower() in DETERMINERS or before[-1] == "in")


PLACE_PREPOSITION_RE = re.compile(r"\b(?:in|from|at|near)\s+$")


APPOSITIVE_RE = re.compile(r",\s+(?:(?:the|a|an)\s+)?([^,;:\"\u201c\u201d]{3,160}?)"
                           r"(?=\s*(?:,|;|(?<!\bLtd)(?<!\bInc)(?<!\bCo)(?<!\bCorp)\.\s(?![a-z])|\.$|$|"
                           r"\s+(?:said|says|told|added|noted)\b))")
# "X, who serves as director of Y,": the relative clause holds the title
RELATIVE_TITLE_RE = re.compile(r"^who\s+(?:is|was|serves\s+as|served\s+as|works\s+as|is\s+also)\s+"
                               r"(?:(?:the|a|an)\s+)?")
COMPANY_SUFFIXES = frozenset({"Co", "Ltd", "Inc", "Corp", "LLC", "PLC", "Plc", "Group", "GmbH", "AG", "SA"})
# "spokesperson for President X": a title whose complement is another titled person
TITLE_OF_TITLE_RE = re.compile(r"[a-z]+\s+(?:for|to|of)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,6}[A-Z][\w.-]*$")


TRAILING_RELATIVE_RE = re.compile(r"\s+(?:who|which|whose)\s.*$")
APPOSITIVE_LEAD_RE = re.compile(r"^(?:also|now|then|currently|formerly)\s+(?:(?:the|a|an)\s+)?")


def _appositive_title(para: Paragraph, end: int) -> str | None:
    """"X, director of the Y," -> "director of the Y" when a title word leads it."""
    m = APPOSITIVE_RE.match(para.text, end)
    if not m:
        return None
    phrase = APPOSITIVE_LEAD_RE.sub("", RELATIVE_TITLE_RE.sub("", m.group(1).strip()))
    phrase = TRAILING_RELATIVE_RE.sub("", phrase)  # "a research associate at X who focuses on Y": the title ends at "who"
    words = phrase.split()
    lead = [w.lower().strip("\u2019'") for w in words[:4]]
    if not words or lead[0] in lx.PRONOUNS or lead[0] in ("who", "which", "that", "where", "when"):
        return None
    if not any(w in lx.APPOSITION_TITLE_HEADS for w in lead):
        return None
    if any(w in lx.SAY_VERBS for w in (x.lower() for x in words)) or lead[0] in ("and", "or"):
        return None
    if _ends_with_titled_name(phrase):
        return None
    return phrase


TRAILING_COMPLEMENT_RE = re.compile(r"\b(?:of|at|for|in|to)\s+(?:the\s+)?((?:[A-Z][\w.'\u2019-]*\s+)*[A-Z][\w.'\u2019-]*)$")


def _ends_with_titled_name(phrase: str) -> bool:
    """"Minister of Foreign Affairs Wang Yi": the phrase runs on into another titled person's
    name (two name words after the title's complement), so it is not an apposition; but
    "director of Porsche Consulting" and "spokesperson for President X" are titles."""
    if TITLE_OF_TITLE_RE.match(phrase):
        return False
    m = TRAILING_COMPLEMENT_RE.search(phrase)
    run = m.group(1).split() if m else phrase.split()
    tail = [w.strip(".") for w in run[-2:]]
    return len(run) >= 3 and all(classify(w) == NAME and w not in lx.COUNTRY_OF and w not in lx.PLACES
                                 and w not in COMPANY_SUFFIXES for w in tail)


COPULAR_TITLE_RE = re.compile(r"\s+(?:is|was)\s+(?:(?:the|a|an)\s+)?([^,;:.\"\u201c\u201d]{3,200}?)"
                              r"(?=\s*(?:[,;:.]|$|\s+(?:who|which|and\s+(?:has|is|was|said))\b))")
TITLE_BEFORE_NAME_RE = re.compile(r"(?:^|[.;:]\s+|,\s+)(?:(?:The|the|A|a|An|an)\s+)?"
                                  r"([^,;:.\"\u201c\u201d]{3,120}),\s+$")


THE_RE = re.compile(r"\b[Tt]he\s+")
TITLE_AFTER_THE_RE = re.compile(r"([^,;:.\"\u201c\u201d]{3,120}),\s+")


def _copular_title(para: Paragraph, end: int) -> str | None:
    """"X is a senior fellow at the Center for Y" -> "senior fellow at the Center for Y"."""
    m = COPULAR_TITLE_RE.match(para.text, end)
    return _title_phrase(m.group(1)) if m else None


def _title_before_name(para: Paragraph, start: int, end: int) -> str | None:
    """"China's ambassador to Uganda, Zheng Zhuqiang, said" -> "China's ambassador to Uganda"."""
    if para.text[end:end + 1] != ",":
        return None
    m = TITLE_BEFORE_NAME_RE.search(para.text, max(0, start - 130), start)
    if m and _ends_with_titled_name(m.group(1)):
        return None  # "Advisors Jake Sullivan, Shin Won-sik": the name before is another person's
    if m and _title_phrase(m.group(1)):
        return _title_phrase(m.group(1))
    # "He thanked the Prime Minister of Ukraine, Denys Shmyhal,": the title is what follows a "the"
    for the in THE_RE.finditer(para.text, max(0, start - 130), start):
        phrase = TITLE_AFTER_THE_RE.fullmatch(para.text, the.end(), start)
        if phrase and not _ends_with_titled_name(phrase.group(1)) and _title_phrase(phrase.group(1)) \
                and any(w.lower() in lx.TITLE_HEADS for w in phrase.group(1).split()):  # not "the same press conference"
            return _title_phrase(phrase.group(1))
    owned = POSSESSED_TITLE_RE.search(para.text, max(0, start - 90), start)  # "her National Security Advisor, X,"
    if owned and any(w.lower() in lx.TITLE_HEADS for w in owned.group(1).split()) and _title_phrase(owned.group(1)):
        return _title_phrase(owned.group(1))
    return None


POSSESSED_TITLE_RE = re.compile(r"\b(?:his|her|their|its|our)\s+([^,;:.\"\u201c\u201d]{3,80}),\s+$")
POSSESSIVE_END_RE = re.compile(r"[\u2019']s$")


def _title_phrase(phrase: str) -> str | None:
    """A phrase that reads as a title: it opens with a title word or its modifier ("senior
    fellow at X", "China's ambassador to Y"), and holds no verb of speech."""
    phrase = phrase.strip()
    words = phrase.split()
    lead = [POSSESSIVE_END_RE.sub("", w.lower()) for w in words[:2]]
    if not words or lead[0] in lx.PRONOUNS or not any(w in lx.TITLE_HEADS or w in lx.TITLE_MODIFIERS for w in lead):
        return None
    if any(w.lower() in lx.SAY_VERBS for w in words):
        return None
    return phrase


NAME_PART_CLASSES = (NAME, COUNTRY, PORTFOLIO, MODIFIER, ORG, ACRONYM, PLACE, NAMED_ORG)


def _name_part(unit: Unit) -> bool:
    """A unit that can sit inside an organisation's name ("and" only where the chunk let it in);
    "General Assembly" holds no rank, "Department of Justice" no judge."""
    return unit.cls in NAME_PART_CLASSES or unit.text in ("and", "General") or unit.text in lx.PORTFOLIO_WORDS


NATIONAL_WORDS = frozenset({"National", "Federal", "Central"})
# words naming things that, right after an organisation's head word, still belong to its name
ORG_SUFFIX_THINGS = frozenset({"Initiative", "Programme", "Program", "Project"})
LOCATED_RE = re.compile(r"-(?:based|headquartered)$", re.I)  # "the Milan-based X Foundation": where, not who


def _read_orgs_and_places(para: Paragraph, chunk: list[Unit], registry: Registry, used: set[int]) -> None:
    """"Seed Growers Society of Peru", "Department of Water Affairs" | "of the Interior
    Ministry": a head word, the words before it, and "of" complements that are not
    organisations themselves (unless the head stands alone: "Office of the X Commission")."""
    i = 0
    while i < len(chunk):
        unit = chunk[i]
        last_of_name = i + 1 == len(chunk) or not _name_part(chunk[i + 1]) or i + 1 in used
        if i in used or unit.cls not in (ORG, PLACE_HEAD) or not last_of_name:
            i += 1
            continue
        left = i
        while left > 0 and left - 1 not in used and not LOCATED_RE.search(chunk[left - 1].text) \
                and (_name_part(chunk[left - 1]) or chunk[left - 1].cls in (THING, PLACE_HEAD)
                     or _plural_title(chunk[left - 1])):
            left -= 1  # "International Olympic Committee", "River Basin Authority": a thing or place word qualifies
        right = i + 1
        has_complement = False
        while right + 1 < len(chunk) and (chunk[right].text == "of" or
                                          (chunk[right].text == "for" and unit.cls == ORG)):
            j = right + 1
            if chunk[j].text == "the" and j + 1 < len(chunk):
                j += 1
            k = j
            while k < len(chunk) and k not in used and _name_part(chunk[k]):
                k += 1
            inner = chunk[j:k]
            qualified = left < i and not (left == i - 1 and chunk[left].text == "General")  # "General Office of X"
            if not inner or (any(u.cls == ORG for u in inner) and (has_complement or qualified)):
                break
            if chunk[right].text == "for" and all(u.cls in (COUNTRY, PLACE) for u in inner):
                break  # "Chef de Mission for the Beijing Games": a place the office serves, not its name
            right, has_complement = k, True
        if unit.cls == ORG and right < len(chunk) and right not in used and chunk[right].text in ORG_SUFFIX_THINGS:
            right += 1  # "China Africa Research Initiative", "United Nations Development Programme"
        i = right
        kind = "organization" if unit.cls == ORG else "place"
        if right - left == 1 and unit.text not in lx.STANDALONE_INSTITUTIONS:
            continue  # a lone "Ministry" or "Province" names nothing; "Congress" and "the Senate" do
        start, end = chunk[left].start, chunk[right - 1].end
        tail = COMPANY_TAIL_RE.match(para.text, end) if chunk[right - 1].text in ("Co.", "Co") else None
        if tail:  # "China State Railway Group Co., Ltd.": one company, its "Ltd." no acronym of its own
            end = tail.end()
            registry.cover(para.index, start, end)
        if right - left == 2 and chunk[left].cls == COUNTRY and unit.text == "Government":
            _read_national_body(para, chunk[left].canonical, start, end, registry)  # "the Chinese Government"
            used.update(range(left, right))
            continue
        name = _name_its_acronym_spells(para.text[start:end], para.text[end:end + 14])
        if name == para.text[start:end] and right - left >= 3 and chunk[left].cls == COUNTRY \
                and chunk[left + 1].text in NATIONAL_WORDS and lx.COUNTRY_OF.get(chunk[left].text) != chunk[left].text:
            # "the Chinese National Bureau of Statistics" is the National Bureau of Statistics (but
            # "Solomon Islands National University" keeps the country's name)
            name = para.text[chunk[left + 1].start:end]
        entity = registry.named(kind, name, para.index, start, end, para.text[start:end])
        used.update(range(left, right))
        if entity is not None:
            _read_defined_acronym(para, entity, end, registry)


COMPANY_TAIL_RE = re.compile(r",\s*(?:Ltd|LTD|Limited)\.?(?![\w])")
DEFINED_ACRONYM_RE = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9}|[a-z]{2,4})\)")  # "(WCRA)", "(dpa)"


def _name_its_acronym_spells(full: str, after: str) -> str:
    """"United Nations Food and Agriculture Organization (FAO)": the acronym spells the name,
    the words before it qualify it."""
    acronym = DEFINED_ACRONYM_RE.match(after)
    if not acronym or _initials(full) == acronym.group(1):
        return full
    words = full.split()
    for k in range(1, len(words) - 1):
        rest = " ".join(words[k:])
        if _initials(rest) == acronym.group(1):
            return rest
    return full


# "(USFK)" after "U.S. Forces Korea", "(UNMISS)" after "United Nations Mission in South Sudan"
SPELLED_ACRONYM_RE = re.compile(r" \(([A-Z][A-Za-z&]{2,9})\)")
SPELLING_WORD_RE = re.compile(r"(?<![\w.&'\u2019-])(?:[A-Z][\w.&'\u2019-]*|of|in|for|and|on|the|de) $")
SPELLING_CONNECTORS = frozenset({"of", "in", "for", "and", "on", "the", "de"})


def _read_spelled_acronyms(para: Paragraph, registry: Registry) -> None:
    """An organisation's name is the words its defined acronym spells, read whole before the
    chunks are: the words may span chunks ("Mission in South Sudan") or end in a place ("Forces Korea")."""
    for m in SPELLED_ACRONYM_RE.finditer(para.text):
        start = _spelled_start(para.text, m.start(), m.group(1))
        name = para.text[start:m.start()] if start is not None else ""
        heads = [i for i, word in enumerate(name.split()) if word in lx.ORG_HEADS]
        if not heads or any(word in lx.THING_WORDS for word in name.split()[heads[-1] + 1:]):
            continue  # no organisation: "Belt and Road Initiative (BRI)", "United Nations Convention on ... (UNCLOS)"
        entity = registry.named("organization", name, para.index, start, m.start())
        if entity is not None:
            registry.cover(para.index, start, m.start())
            _read_defined_acronym(para, entity, m.start(), registry)


# institutions wire copy names in lower case: "the health ministry", "the Tokyo metropolitan
# government", "the Zhoushan port navigation and administration bureau", "Yonhap news agency"
LOWERCASE_ORG_RE = re.compile(
    r"\b[Tt]he\s+(?:(?:island|city|country|province|state|region|nation)['\u2019]s\s+)?"  # "the island's defense department"
    r"((?:[A-Z][a-z]+\s+){0,2})((?:[a-z]+\s+){0,4})(ministry|government|bureau|administration|"
    r"commission|committee|department|authority|office)\b(?!\s+(?:of|in|for)\b)"
    r"|\b((?:[A-Z][\w-]*\s+)?[A-Z][a-z]+)\s+news\s+agency\b"
    r"|\b[Tt]he\s+(government\s+of\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\b")
LOWERCASE_ORG_CUES = ("ministry", "government", "bureau", "administration", "commission", "committee",
                      "department", "authority", "office", "news agency")
# the lower-case words that alone make "the ... ministry" one institution ("the health ministry"),
# not any ministry ("the new ministry")
INSTITUTION_FIELDS = frozenset("""
health foreign defense defence finance interior justice commerce education trade agriculture environment
labor labour transport energy metropolitan municipal provincial prefectural city state regional local federal
""".split())
NOT_IN_A_NAME = lx.PREPOSITIONS | lx.SAY_VERBS | {"was", "is", "were", "are", "has", "have", "had", "will", "would",
                                                 "its", "their", "his", "her", "new", "same", "other", "former"}


# "the Daily Nation", "the Sunday Standard": a newspaper whose name opens with a word that is
# never a name's own (an organisation head, a weekday)
PUBLICATION_OPENERS = ("Daily", "Sunday", "Saturday", "Weekly", "Morning", "Evening")
PUBLICATION_RE = re.compile(r"\b[Tt]he\s+((?:" + "|".join(PUBLICATION_OPENERS) + r")\s+[A-Z][a-z]+)\b(?!\s+[A-Z])")


# "js7tv.com, a news website ..., reported", "eastday.com said": a website by its address; not a
# photo credit or a link ("(eng.chinamil.com.cn/Photo by ...)")
WEBSITE_RE = re.compile(r"(?<![\w.(/@-])((?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|cn|gov))"
                        r"(?![\w/.-])")
WEBSITE_CUES = (".com", ".net", ".org", ".cn", ".gov")


# "China's top economic planner", "China's cabinet": a known institution by its epithet
EPITHET_RE = re.compile(r"\b(?:China['\u2019]s|[Tt]he\s+country['\u2019]s)\s+(" + "|".join(lx.CHINESE_EPITHETS) + r")\b")


def _read_epithets(para: Paragraph, registry: Registry) -> None:
    for m in EPITHET_RE.finditer(para.text) if "top " in para.text or "cabinet" in para.text else ():
        if m.group(0).startswith(("the", "The")) and m.group(1) == "cabinet":
            continue  # "the country's cabinet" may be any country's
        name = lx.CHINESE_EPITHETS[m.group(1)]
        if registry.named("organization", name, para.index, m.start(), m.end(), m.group(0)) is not None:
            registry.cover(para.index, m.start(), m.end())


def _read_publications(para: Paragraph, registry: Registry) -> None:
    for m in PUBLICATION_RE.finditer(para.text) if _holds_any(para.text, PUBLICATION_OPENERS) else ():
        if registry.named("organization", m.group(1), para.index, m.start(1), m.end(1)) is not None:
            registry.cover(para.index, m.start(1), m.end(1))
    for m in WEBSITE_RE.finditer(para.text) if _holds_any(para.text, WEBSITE_CUES) else ():
        if registry.named("organization", m.group(1), para.index, m.start(1), m.end(1)) is not None:
            registry.cover(para.index, m.start(1), m.end(1))


def _read_lowercase_orgs(para: Paragraph, registry: Registry) -> None:
    """Organisations named in lower case, each as written ("Yonhap" for "Yonhap news agency"),
    read before the chunks so that "Tokyo" in "the Tokyo metropolitan government" stays inside it."""
    for m in LOWERCASE_ORG_RE.finditer(para.text) if _holds_any(para.text, LOWERCASE_ORG_CUES) else ():
        if m.group(4):  # "Yonhap news agency", "the Russian Tass news agency"
            start, name = m.start(4), m.group(4)
            if name.split()[0] in lx.COUNTRY_OF and " " in name:
                start, name = start + len(name.split()[0]) + 1, name.split()[1]
        elif m.group(5):  # "the government of Belluno"
            country = lx.COUNTRY_OF.get(m.group(6)) or (m.group(6) if m.group(6) in lx.COUNTRIES else None)
            if country:
                _read_national_body(para, country, m.start(5), m.end(), registry)
                registry.cover(para.index, m.start(5), m.end())
                continue
            start, name = m.start(5), m.group(5)
        else:
            capitals, lowers, head = m.group(1).split(), m.group(2).split(), m.group(3)
            if any(w in NOT_IN_A_NAME for w in lowers) or not (capitals or lowers) or lowers[:1] == ["and"] \
                    or (not capitals and not all(w in INSTITUTION_FIELDS for w in lowers)):
                continue  # "the new ministry", "the ministry": no name of one institution
            if capitals and capitals[0] in lx.COUNTRY_OF and (head == "government" or not lowers):
                continue  # "the Chinese government": a country's government (_read_country)
            start, name = m.start(1) if capitals else m.start(2), " ".join(capitals + lowers + [head])
        entity = registry.named("organization", " ".join(name.split()), para.index, start, m.end(),
                                para.text[start:m.end()])
        if entity is not None:
            registry.cover(para.index, start, m.end())


def _spelled_start(text: str, end: int, acronym: str) -> int | None:
    """Where the fewest words before ``end`` that spell ``acronym`` start ("U.S." gives "US";
    "in", "of" and the like may give a letter or none)."""
    spellings, start = {""}, end + 1  # each word is read with the space after it
    for _ in range(10):
        word = SPELLING_WORD_RE.search(text, max(0, start - 40), start)
        if word is None:
            return None
        start = word.start()
        initial = word.group().rstrip()
        if initial in SPELLING_CONNECTORS:
            spellings |= {initial[0].upper() + s for s in spellings}
        else:
            letters = "".join(c for c in initial if c.isupper()) if "." in initial else initial[0]
            spellings = {letters + s for s in spellings}
            if acronym.upper() in spellings:
                return start
        if not any(acronym.upper().endswith(s) for s in spellings):
            return None
    return None


# "China Central Television, or CCTV, is ...": an acronym given in commas, if the name's initials
# spell it (with letters of its own between: "CCTV", "ASEAN")
OR_ACRONYM_RE = re.compile(r",\s+or\s+([A-Z]{2,7})(?=[,)])")


def _read_defined_acronym(para: Paragraph, entity: Entity, end: int, registry: Registry) -> None:
    """"the West Coast Relief Agency (WCRA)": the acronym is an alias from here on."""
    acronym = DEFINED_ACRONYM_RE.match(para.text[end:end + 14])
    if acronym is None:
        acronym = OR_ACRONYM_RE.match(para.text[end:end + 16])
        if acronym and not _spells_out(_initials(entity.name), acronym.group(1)):
            acronym = None
    if acronym:
        at = end + acronym.start(1)
        entity.add_mention(registry.span(para.index, at, end + acronym.end(1)), acronym.group(1))
        registry.claim(para.index, at)
        registry.acronyms[acronym.group(1)] = entity


def _read_country(para: Paragraph, unit: Unit, registry: Registry) -> None:
    """A country mention: its name, demonym or capital, with "the X side" taken in."""
    start, end = unit.start, unit.end
    stand_in = THING_NOUN_RE.match(para.text[end:end + 20])
    if stand_in and stand_in.group(1) in ("government", "authorities") and unit.text != unit.canonical:
        # named as a government even when the story first says "the Kenyan authorities"
        _read_national_body(para, unit.canonical, start, end + stand_in.end(), registry, f"{unit.text} government")
        return
    if stand_in and stand_in.group(1) in NATIONAL_FORCES and unit.text != unit.canonical \
            and FORCE_ACTS_RE.match(para.text, end + stand_in.end()):
        body = stand_in.group(1)  # "Malaysian police", "the Chinese army"
        _read_national_body(para, unit.canonical, start, end + stand_in.end(), registry, f"{unit.text} {body}",
                            body=body)
        return
    possessed = POSSESSED_GOVERNMENT_RE.match(para.text, end)
    if possessed and unit.canonical:  # "Zambia's government", named "Zambian government" as annotators write it
        demonym = _demonym(unit.canonical)
        _read_national_body(para, unit.canonical, start, possessed.end(), registry,
                            f"{demonym} government" if demonym else None)
        return
    if stand_in and stand_in.group(1) in lx.COUNTRY_STAND_INS and unit.text != unit.canonical:
        end += stand_in.end()
        if para.text[max(0, start - 4):start].lower() == "the ":
            start -= 4
    surface = para.text[start:end]
    alias = surface if surface != unit.text or unit.text.isupper() or " " in unit.text \
        or unit.text in lx.CAPITALS else None
    registry.named("country", unit.canonical or unit.text, para.index, start, end, alias)


NATIONAL_FORCES = frozenset({"police", "army", "military", "navy"})
# after "the Chinese military": a verb or the clause's end, so the force acts; not "Chinese military experts"
FORCE_ACTS_RE = re.compile(r"\s*(?:[,.;:)]|(?:has|had|have|is|was|were|are|will|would|also|on|in|and|who|said|says|"
                           r"told|met|held|sent|took|made|gave|found|began|kept|left|shot|[a-z]+ed)\b)")
POSSESSED_GOVERNMENT_RE = re.compile(r"['\u2019]s\s+government\b")


def _read_national_body(para: Paragraph, country: str, start: int, end: int, registry: Registry,
                        name: str | None = None, body: str = "government") -> None:
    """A country's government ("the Kenyan government", "the Kenyan authorities", the same as "the
    Government of Kenya") or, with ``body``, its police or army ("Malaysian police"): an
    organisation of its own, as annotators mark it, named as the story first writes it unless
    ``name`` is given."""
    if not registry.claim(para.index, start):
        return
    surface = para.text[start:end]
    organisation = registry.by_key.setdefault(("organization", f"{body} of {country}".casefold()),
                                              Entity("organization", name or " ".join(surface.split())))
    organisation.add_mention(registry.span(para.index, start, end), surface)


def _is_local_police(para: Paragraph, unit: Unit) -> bool:
    return para.text.startswith(" police", unit.end) and bool(FORCE_ACTS_RE.match(para.text, unit.end + len(" police")))


def _national_police(registry: Registry) -> Entity | None:
    """The one country's police force the story has named ("Malaysian police"), which a later
    "police said" means; None when it names none, or more than one."""
    forces = [entity for (kind, key), entity in registry.by_key.items()
              if kind == "organization" and key.startswith("police of ")]
    return forces[0] if len(forces) == 1 else None


DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch", "ic", "ine")


def _demonym(country: str) -> str | None:
    """"Zambia" -> "Zambian": the first of its other names that reads as an adjective."""
    return next((name for name in lx.COUNTRIES.get(country, ()) if " " not in name and name[-1].islower()
                 and name.endswith(DEMONYM_ENDINGS) and name != country), None)


def _read_acronym(para: Paragraph, unit: Unit, registry: Registry) -> None:
    """A standalone acronym: the organisation that defined it, else an organisation of its own."""
    if para.text[unit.end:unit.end + 1] == ")" and para.text[unit.start - 1:unit.start] == "(":
        return  # defined next to its full name, handled there
    if unit.sentence_start and para.text[unit.end:unit.end + 1] == ",":
        return  # a dateline city ("LIMA, May 2")
    defined = registry.acronyms.get(unit.text)
    if defined is not None:
        if registry.claim(para.index, unit.start):
            defined.add_mention(registry.span(para.index, unit.start, unit.end))
        return
    registry.named("organization", unit.text, para.index, unit.start, unit.end)


def _read_hyphenated_countries(para: Paragraph, unit: Unit, registry: Registry) -> None:
    """"Peru-Chile" mentions both countries."""
    pos = unit.start
    for part in unit.text.split("-"):
        country = lx.COUNTRY_OF.get(part)
        if country:
            registry.named("country", country, para.index, pos, pos + len(part))
        pos += len(part) + 1


# ---- merging shorter references -------------------------------------------------

def resolve_single_names(registry: Registry) -> None:
    """A one-word name joins the one person whose full name holds it; alone, it
    stands for a person only when a title vouches for it ("Secretary Blinken")."""
    for single in registry.singles:
        # "Kilic" for "Kiliç": a name written once with its accents and once without
        owners = [p for p in registry.people if unaccented(single.word) in map(unaccented, p.name_tokens)]
        # a photographer named in a credit does not make "Li" ambiguous for Premier Li Keqiang
        owners = [p for p in owners if p.name_tokens not in registry.credited] or owners
        shared = len(owners) > 1
        if shared:  # two Zhangs: the one named last before it, as a reader takes it
            owners = _named_last_before(owners, single.span, registry.paragraphs)
        if len(owners) > 1:
            continue
        if owners:
            person = owners[0]
        elif single.title:
            person = Entity("person", single.word, name_tokens=(single.word,))
            registry.people.append(person)
        else:
            continue
        if not registry.claim(single.span.paragraph, single.span.start):
            continue
        # a shared word is no alias of either: it names whoever was named last
        person.add_mention(single.span, single.word if person.name != single.word and not shared else None)
        if single.titled_form and not shared:
            if single.titled_form not in person.aliases and single.titled_form != person.name:
                person.aliases.append(single.titled_form)
        if single.title:
            for part in _title_variants(single.title):
                person.add_title(part)


@functools.lru_cache(maxsize=4096)
def unaccented(word: str) -> str:
    """"Kiliç" -> "Kilic": the letters without their accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _named_last_before(people: list[Entity], span: Span, paragraphs: list[str]) -> list[Entity]:
    """Of several people, the one whose full name was mentioned last before span, in a
    sentence of its own ("Anna Lind and Erik Lind met. Lind said" stays ambiguous)."""
    def last_before(person: Entity) -> Span | None:
        earlier = [m for m in person.mentions if (m.paragraph, m.start) < (span.paragraph, span.start)]
        return max(earlier, key=lambda m: (m.paragraph, m.start), default=None)
    lasts = sorted(((last_before(p), p) for p in people if last_before(p)), key=lambda x: (x[0].paragraph, x[0].start))
    if not lasts:
        return []
    latest, person = lasts[-1]
    if len(lasts) > 1:
        previous = lasts[-2][0]
        between = paragraphs[latest.paragraph][previous.end:latest.start] if previous.paragraph == latest.paragraph else ". "
        if not SENTENCE_END_RE.search(between):
            return []
    return [person]


SENTENCE_END_RE = re.compile(r"[.!?][\"\u201d\u2019]?\s")


def merge_contained_people(registry: Registry) -> None:
    """"Joseph Biden" and "Joseph R. Biden" are one person when only one holds it."""
    people = sorted(registry.people, key=lambda p: -len(p.name_tokens))
    kept: list[Entity] = []
    for person in people:
        hosts = [k for k in kept if _is_subsequence(person.name_tokens, k.name_tokens)
                 or sorted(person.name_tokens) == sorted(k.name_tokens)]  # "Mori Yoshiro" is "Yoshiro Mori"
        if len(hosts) == 1:
            host = hosts[0]
            for span in person.mentions:
                host.add_mention(span, span.text if span.text != host.name else None)
            for t in person.titles:
                host.add_title(t)
            for a in person.aliases:
                if a != host.name and a not in host.aliases:
                    host.aliases.append(a)
        else:
            kept.append(person)
    registry.people = kept


def _drop_things(registry: Registry) -> None:
    """An untitled "name" once written "the Flying Leopards" names a thing, not a person."""
    registry.people = [p for p in registry.people if p.titles or p.name_tokens not in registry.things]


def merge_contained_orgs(registry: Registry) -> None:
    """"Ministry of Commerce" joins "Ministry of Commerce of China", "Africa Command"
    joins "U.S. Africa Command", "Nation" joins "Daily Nation", "Kenya Railways" joins "Kenya Railways
    Corporation", when only one longer name holds it."""
    orgs = [e for e in registry.by_key.values() if e.kind == "organization"]
    for short in orgs:
        hosts = [o for o in orgs if o is not short and (
            o.name.startswith(short.name + " of ")
            or (o.name.endswith(" " + short.name) and o.name[:-len(short.name) - 1] in lx.COUNTRY_OF)
            or (" " not in short.name and o.name.endswith(" " + short.name))  # "the Nation": the Daily Nation
            or (o.name.startswith(short.name + " ") and o.name[len(short.name) + 1:] in COMPANY_HEADS))]
        if len(hosts) != 1:
            continue
        host = hosts[0]
        for span in short.mentions:
            host.add_mention(span, span.text)
        short.mentions = []


WELL_KNOWN_ORG_GROUP = {name.casefold(): n for n, names in enumerate(lx.WELL_KNOWN_ORGS) for name in names}
US_PREFIX_RE = re.compile(r"^(?:US|United\s+States)\s+")  # "US State Department" as "U.S. State Department"


def merge_well_known_orgs(registry: Registry) -> None:
    """"ASEAN" and "the Association of Southeast Asian Nations", "the Pentagon" and "the
    Department of Defense": names only world knowledge ties are one organisation, named as
    the story first names it."""
    groups: dict[int, list[Entity]] = {}
    for org in (e for e in registry.by_key.values() if e.kind == "organization" and e.mentions):
        if (n := WELL_KNOWN_ORG_GROUP.get(US_PREFIX_RE.sub("U.S. ", org.name).casefold())) is not None:
            groups.setdefault(n, []).append(org)
    for orgs in (g for g in groups.values() if len(g) > 1):
        orgs.sort(key=lambda o: min((s.paragraph, s.start) for s in o.mentions))
        for other in orgs[1:]:
            for span in other.mentions:
                orgs[0].add_mention(span, span.text)
            other.mentions = []


def _is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the words of ``short`` appear in ``long`` in order."""
    if len(short) >= len(long):
        return False
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


# ---- descriptions and groups ------------------------------------------------------

DEMONYM_ALTERNATION = word_alternation(lx.COUNTRY_OF)
TITLE_WORD_ALTERNATION = word_alternation(w for w in lx.TITLE_HEADS if not w.endswith("."))
MODIFIER_ALTERNATION = word_alternation(lx.TITLE_MODIFIERS | {w.lower() for w in lx.PORTFOLIO_WORDS})  # "the finance minister"
DESCRIPTION_RE = re.compile(starting_a_word(
    "[Tt]", r"he\s+((?:(?:former|then|top|new)\s+)?(?:(?:" + DEMONYM_ALTERNATION + r")\s+)?"
    r"(?:(?i:" + MODIFIER_ALTERNATION + r")\s+){0,2}(?i:" + TITLE_WORD_ALTERNATION + r"))\b(?!\s+[A-Z])(?![-\u2019'])"))
ORG_DESCRIPTION_NOUNS = frozenset("""ministry agency government league council committee commission society company
embassy organization organisation bank department association union institute bureau office foundation university
party firm police center centre academy""".split())
# "the ministry", and "the research center" when the one organisation so named holds both words
ORG_DESCRIPTION_RE = re.compile(starting_a_word(
    "[Tt]", r"he\s+(?:([a-z]+)\s+)?(" + word_alternation(ORG_DESCRIPTION_NOUNS) + r")\b(?!\s+of)"))
SHORT_ORG_RE = re.compile(starting_a_word("[Tt]", r"he\s+([A-Z][a-z]+)\b(?![\s-]+[A-Z])(?!['\u2019])"))
GROUP_PAIR_RE = re.compile(r"\b(?:[Bb]oth|[Tt]he\s+two|[Tt]he(?=\s+(?:leaders|sides)\b))\s+((?i:"
                           + "|".join(lx.GROUP_PAIR_NOUNS) + r"))\b(?!\s+of\b)"
                           r"|\bBoth(?=\s+(?:also\s+)?[a-z]+ed\b)")  # "Both noted their commitment"
PAIR_CUES = frozenset(noun[1:] for noun in lx.GROUP_PAIR_NOUNS) | {"Both"}  # every pair match holds one of these
GROUP_SPEAKER_NOUNS = lx.GROUP_NOUNS | {noun.capitalize() for noun in lx.GROUP_NOUNS}  # "Activists say"
# every group match holds one of these ("fficials" of "officials" and "Officials"): few words to look for
GROUP_SPEAKER_CUES = frozenset(noun[1:] for noun in lx.GROUP_NOUNS)
GROUP_SPEAKER_RE = re.compile(
    r"\b(" + "|".join(GROUP_SPEAKER_NOUNS) + r")(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
    r"\s+(?:(?:have|had|also|have\s+also)\s+)?(?:say|said|says|warn|"
    r"warned|told|believe|note|noted|argue|argued|contend|estimate|admit|suggested|pledged|claim|claimed|fear|"
    r"feared)\b")
GROUP_AFTER_VERB_RE = re.compile(r"\b(?:said|says|according to)\s+((?:[a-z]+\s+)?(?:"
                                 + "|".join(lx.GROUP_NOUNS) + r"))\b")
# "The National Security Advisors reaffirmed": the holders of one title, acting together
TITLED_GROUP_RE = re.compile(starting_a_word(
    "[Tt]", r"he\s+((?:[A-Z][\w-]*\s+)(?:(?:[A-Z][\w-]*|of|for)\s+){0,3}(?:Advisors|Advisers|Ministers|Secretaries|"
    r"Ambassadors|Envoys|Presidents|Governors|Mayors|Commanders|Chiefs))(?=\s+(?:(?:also|further|again|jointly)\s+)?"
    r"[a-z]+ed\b)"))
# what may stand before a group noun in its name: "U.S. officials", "Lao government sources"
GROUP_MODIFIER_RE = re.compile(r"(?<![\w.])((?:(?:" + DEMONYM_ALTERNATION + r")\s+(?:and\s+(?:" + DEMONYM_ALTERNATION
                               + r")\s+)?)?(?:[A-Za-z][a-z]+\s+)?)$")  # "Chinese and German researchers"


TITLE_COMPLEMENT_RE = re.compile(r"\s+(?:of|to|for|at|in|with)\s+.*$", re.S)


TITLE_WORD_RE = re.compile(r"[\w.-]+")
COUNTRY_NAMED_RE = re.compile(r"\b(?:" + DEMONYM_ALTERNATION + r")\b", re.I)
NOT_DESCRIBING = frozenset({"former", "then", "top", "new"})


def describe_matches(description: str, titles: list[str]) -> float:
    """How well a description ("the French ambassador") fits a person's titles: 2 exact,
    1 fits, 0.5 fits if the title, naming no country, is of the country the description
    names ("the top U.S. diplomat" for a "Secretary of State"), 0 not. Only a title's head
    counts: "Adviser to the President" is no "the President". A description word fits the
    head words its class holds ("lawmaker" fits "Representative")."""
    words = [w.casefold() for w in description.split()[1:] if w.casefold() not in NOT_DESCRIBING]
    best = 0.0
    for title in titles:
        folded = title.casefold()
        if " ".join(words) == folded:
            return 2
        head = set(TITLE_WORD_RE.findall(TITLE_COMPLEMENT_RE.sub("", folded)))
        fits = [_fits_head(w, head) or _names_country_in(w, folded) for w in words]
        if all(fits):
            best = 1
        elif best < 1 and all(f or _country_unnamed(w, folded) for f, w in zip(fits, words)):
            best = 0.5
    return best


def _fits_head(word: str, head: set[str]) -> bool:
    return word in head or bool(lx.DESCRIPTION_CLASSES.get(word, frozenset()) & head)


def _names_country_in(word: str, title: str) -> bool:
    """"peruvian" fits a title that names Peru anywhere in it."""
    country = lx.COUNTRY_OF.get(word.title())
    return country is not None and country.casefold() in title


def _country_unnamed(word: str, title: str) -> bool:
    """A country word, against a title that names no country at all."""
    return lx.COUNTRY_OF.get(word.title()) is not None and not COUNTRY_NAMED_RE.search(title)


def people_described(description: str, people: list[Entity]) -> list[Entity]:
    """The people a description may name: the exact title holder, else every fitting one."""
    scored = [(describe_matches(description, p.titles), p) for p in people]
    exact = [p for s, p in scored if s == 2]
    if len(exact) == 1:
        return exact
    best = max((s for s, _ in scored if s < 2), default=0)
    return [p for s, p in scored if s and (s == 2 or s == best)]


def read_descriptions(para: Paragraph, registry: Registry) -> None:
    """"the French ambassador", "the ministry": a mention of the one participant it fits."""
    for m in DESCRIPTION_RE.finditer(para.text):
        fits = people_described(m.group(0), registry.people)
        if len(fits) == 1 and registry.claim(para.index, m.start()):
            fits[0].add_mention(registry.span(para.index, m.start(), m.end()), m.group(0))
    orgs = [e for e in registry.by_key.values() if e.kind == "organization"]
    for m in SHORT_ORG_RE.finditer(para.text):  # "the Standard" after "the Sunday Standard"
        if classify(m.group(1)) not in (NAME, ORG) or m.group(1) in lx.COUNTRY_OF or m.group(1) in lx.PLACES:
            continue  # "the Kenya office": a country qualifying something, not an organisation's short name
        fits = [o for o in orgs if len(o.name.split()) > 1 and o.name.split()[-1] == m.group(1)]
        if len(fits) == 1 and not _mentioned_at(fits[0], para.index, m.start(1)) and registry.claim(para.index, m.start()):
            fits[0].add_mention(registry.span(para.index, m.start(), m.end()), m.group(0))
    for m in ORG_DESCRIPTION_RE.finditer(para.text):
        words = {w.casefold() for w in m.groups() if w}
        fits = [o for o in orgs if words <= set(o.name.casefold().split())]
        if len(fits) == 1 and registry.claim(para.index, m.start()):
            fits[0].mentions.append(registry.span(para.index, m.start(), m.end()))




ORG_KINDS = r"(think\s+tank|research\s+firm|consultancy|newspaper|broadcaster|news\s+agency|watchdog|regulator)"
# "the British think tank Oxford Economics", "Oxford Economics, a British think tank,"
DESCRIPTOR_BEFORE_RE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w.-]*\s+){0,2}" + ORG_KINDS + r"\s+(?=[A-Z])")
DESCRIPTOR_AFTER_RE = re.compile(r"^,\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,3}" + ORG_KINDS + r"\b")
DESCRIBED_ORG_RE = re.compile(r"\b[Tt]he\s+" + ORG_KINDS + r"\b(?!\s+[A-Z])")


def _org_descriptors(paragraphs: list[Paragraph], registry: Registry) -> dict[str, Entity]:
    """"think tank" -> the one organisation the story calls so, before or after its name."""
    described: dict[str, list[Entity]] = {}
    for org in (e for e in registry.by_key.values() if e.kind == "organization"):
        for span in org.mentions:
            text = paragraphs[span.paragraph].text
            before = next((m for m in DESCRIPTOR_BEFORE_RE.finditer(text, max(0, span.start - 60), span.start + 1)
                           if m.end() == span.start), None)  # its look-ahead reads the name's first letter
            after = DESCRIPTOR_AFTER_RE.match(text[span.end:span.end + 80])
            for m in (before, after):
                if m is not None and org not in (fits := described.setdefault(_one_space(m.group(1)), [])):
                    fits.append(org)
    return {kind: orgs[0] for kind, orgs in described.items() if len(orgs) == 1}


def _mentioned_at(entity: Entity, paragraph: int, start: int) -> bool:
    return any(span.paragraph == paragraph and span.start == start for span in entity.mentions)


def _one_space(words: str) -> str:
    return " ".join(words.split())


def _read_described_orgs(para: Paragraph, registry: Registry, descriptors: dict[str, Entity]) -> None:
    """"said the think tank": a mention of the organisation described so."""
    for m in DESCRIBED_ORG_RE.finditer(para.text) if descriptors else ():
        org = descriptors.get(_one_space(m.group(1)))
        if org is not None and registry.claim(para.index, m.start()):
            org.add_mention(registry.span(para.index, m.start(), m.end()), m.group(0))


def read_groups(para: Paragraph, registry: Registry) -> None:
    """"both sides", "the two leaders", and unnamed speaking groups ("U.S. officials say")."""
    # every match holds one of its nouns, and most paragraphs hold none: looking for them is far quicker
    pairs = GROUP_PAIR_RE.finditer(para.text) if _holds_any(para.text, PAIR_CUES) else ()
    groups = _holds_any(para.text, GROUP_SPEAKER_CUES)
    for m in pairs:
        if _after_preposition(para.text, m.start()):
            continue  # "talks between the two sides": the pair is talked about, it neither speaks nor acts
        # each form is named as written ("Both sides", "the two leaders"), as annotators name the
        # speaker of each sentence: which two parties a form means is the reader's inference
        if registry.claim(para.index, m.start()):
            lone_both = m.group(0) == "Both" and registry.last_pair is not None  # "Both noted ...": the last pair
            pair = registry.by_key[registry.last_pair] if lone_both else _pair_named(registry, m.group(0))
            pair.add_mention(registry.span(para.index, m.start(), m.end()))
    for m in GROUP_AFTER_VERB_RE.finditer(para.text) if groups else ():  # "..., said local authorities."
        key = ("group", m.group(1).casefold())
        if m.group(1) == "police" and _mention_national_police(para, m.start(1), m.end(1), registry):
            continue
        if registry.claim(para.index, m.start(1)):  # not "the police" already read as the Police
            group = registry.by_key.setdefault(key, Entity("group", m.group(1)))
            group.add_mention(registry.span(para.index, m.start(1), m.end(1)))
    for m in TITLED_GROUP_RE.finditer(para.text):  # "The National Security Advisors reaffirmed ..."
        name = m.group(1)
        group = registry.by_key.setdefault(("group", name.casefold()), Entity("group", name))
        if registry.claim(para.index, m.start(1)):
            group.add_mention(registry.span(para.index, m.start(1), m.end(1)))
    for m in GROUP_SPEAKER_RE.finditer(para.text) if groups else ():
        if m.group(1)[0].isupper() and CAPITAL_WORD_BEFORE_RE.search(para.text, max(0, m.start() - 30), m.start()):
            continue  # "Counter Terrorism Police said": the end of a name, read as the organisation
        modifier = GROUP_MODIFIER_RE.search(para.text, max(0, m.start() - 40), m.start())
        start = m.start() - len(modifier.group(1)) if modifier else m.start()
        if start > 0 and para.text[start - 1] in ".\u2019'" or not _group_modifier(para.text, start, m.start()):
            start = m.start()
        name = para.text[start:m.end(1)]
        if name.split()[0].lower() in ("two", "both") and m.group(1).lower() in lx.GROUP_PAIR_NOUNS:
            continue  # "the two leaders said": the pair read above
        if name.split()[0].lower() in ("other", "some", "many", "the", "and", "or", "but", "of", "that", "as"):
            start, name = m.start(), m.group(1)
        if name.lower() == "police" and _mention_national_police(para, start, m.end(1), registry):
            continue
        if m.group(1).lower() == "police" and not registry.claim(para.index, start):
            continue  # "Malaysian police said": the force, read with its country
        # "Russian officials" may start where the country's mention "Russian" does: no claim check
        key = ("group", name.casefold())
        if name.casefold() in lx.GROUP_PAIR_NOUNS and registry.last_pair is not None:
            key = registry.last_pair  # "leaders said" after "the two leaders": that pair
        group = registry.by_key.setdefault(key, Entity("group", name))
        group.add_mention(registry.span(para.index, start, m.end(1)))


def _mention_national_police(para: Paragraph, start: int, end: int, registry: Registry) -> bool:
    """A lone "police" is the country's force the story named, if it named one; whether it was."""
    force = _national_police(registry)
    if force is None:
        return False
    if registry.claim(para.index, start):
        force.add_mention(registry.span(para.index, start, end), para.text[start:end])
    return True


def _after_preposition(text: str, start: int) -> bool:
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in lx.PREPOSITIONS


def _group_modifier(text: str, start: int, end: int) -> bool:
    """Whether the word before a group noun qualifies it ("Environmental activists"): a
    capitalised one must open the sentence, and not be a word like "While" or a name's end."""
    word = text[start:end].split()[-1] if text[start:end].split() else ""
    if not word[:1].isupper() or word in lx.COUNTRY_OF:
        return True
    before = text[max(0, start - 3):start].strip()
    return (not before or before[-1] in ".\"\u201c") and word not in lx.COMMON_CAPITALS \
        and word.lower() not in STATEMENT_OPENERS


def _pair_named(registry: Registry, surface: str) -> Entity:
    """The group a pair form names ("Both sides" and "both sides" are one), made the latest pair."""
    name = " ".join(surface.split())
    key = registry.last_pair = ("group", name.casefold())
    return registry.by_key.setdefault(key, Entity("group", name))


# someone the story does not name, described with a place or a qualifier, who speaks: "one Luang
# Prabang resident ... told RFA", "a senior U.S. official said", "a resident of Nong Vieng Kham said"
UNNAMED_NOUN_WORDS = frozenset("""
official resident villager source diplomat analyst expert farmer worker officer activist witness teacher student
doctor businessman businesswoman trader lawmaker engineer employee
""".split())
UNNAMED_NOUNS = "(?:" + "|".join(sorted(UNNAMED_NOUN_WORDS)) + ")"
UNNAMED_SPEAKER_BEFORE_RE = re.compile(
    r"\b((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:[A-Z][\w.'\u2019-]*|senior|top|local|district|village|provincial|"
    r"government|military|intelligence|security|ruling|opposition|western|foreign|young|elderly|retired|former)\s+)"
    r"{1,4}" + UNNAMED_NOUNS + r"|(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+" + UNNAMED_NOUNS + r"\s+(?:of|in|from)\s+(?:[A-Z][\w'\u2019-]*\s+){0,2}?"
    r"(?:[A-Z][\w-]*\s*){1,3}(?:(?:province|district)['\u2019]s\s+(?:[A-Z][\w-]*\s*){1,3})?"
    r"(?:[Vv]illage|[Dd]istrict|[Cc]ounty|[Pp]rovince)?)"
    r"(?=(?:,?\s+(?:who|still|living|speaking|from|in|with)\b[^.;\"\u201c\u201d]{0,80}?)?,?\s+"
    r"(?:told|said|says|tells|added|expressed|warned|explained)\b)")
UNNAMED_SPEAKER_AFTER_RE = re.compile(
    r"\b(?:said|says|added|told\s+\w+)\s+((?:an?|one|another)\s+(?:(?:[A-Z][\w.'\u2019-]*|senior|top|local|"
    r"district|village|provincial|government|military|intelligence|security|western|foreign|former)\s+){1,4}"
    + UNNAMED_NOUNS + r"|(?:an?|one|another)\s+" + UNNAMED_NOUNS + r"\s+(?:of|in|from)\s+(?:[A-Z][\w-]*\s*){1,3}"
    r"(?:[Vv]illage|[Dd]istrict|[Cc]ounty|[Pp]rovince)?)\b")


def read_unnamed_speakers(para: Paragraph, registry: Registry) -> None:
    """Each unnamed speaker described with a place or body is a person of their own, named by the
    description ("Luang Prabang resident"): "one resident" alone could be anyone."""
    unnamed = not UNNAMED_NOUN_WORDS.isdisjoint(bare_words(para.text))  # a set test: few paragraphs hold one
    for regex in (UNNAMED_SPEAKER_BEFORE_RE, UNNAMED_SPEAKER_AFTER_RE) if unnamed else ():
        for m in regex.finditer(para.text):
            name = _unnamed_speaker_name(m.group(1))
            if name and registry.claim(para.index, m.start(1)):
                person = registry.by_key.setdefault(("unnamed", f"{para.index}:{m.start(1)}"), Entity("person", name))
                person.add_mention(registry.span(para.index, m.start(1), m.end(1)), m.group(1))
                registry.cover(para.index, m.start(1), m.end(1))


# "the official said", "RFA's source said": the unnamed speaker described so last
UNNAMED_AGAIN_RE = re.compile(r"\b(?:[Tt]he|[A-Z][\w.-]*['\u2019]s)\s+(?:[A-Z][\w-]*\s+){0,3}"
                              r"(?:(?:village|district|county|province|provincial)\s+)?(" + UNNAMED_NOUNS + r")\b"
                              r"(?=(?:\s+(?:from|in|of)\s+(?:[A-Z][\w-]*\s+){1,3}(?:province|district|village|county)?)?"
                              r",?\s+(?:said|says|told|added|noted|explained|warned)\b)")


# "..., said the man who requested anonymity.": whoever spoke unnamed last, after the verb
UNNAMED_AFTER_VERB_RE = re.compile(r"(?:(?<=said )|(?<=says )|(?<=added )|(?<=noted ))the\s+(man|woman|official|source)\b"
                                   r"(?=\s+who\b|\s*[,.])")


def read_unnamed_speakers_again(paragraphs: list[Paragraph], registry: Registry) -> None:
    """"the official said" after "a Xaythany district official told RFA": the same person, the
    latest unnamed speaker with that noun ("source" is whoever spoke unnamed last)."""
    unnamed = sorted(((s.paragraph, s.start, e) for key, e in registry.by_key.items() if key[0] == "unnamed"
                      for s in e.mentions), key=lambda x: x[:2])
    if not unnamed:
        return
    for para in paragraphs:
        for m in itertools.chain(UNNAMED_AGAIN_RE.finditer(para.text), UNNAMED_AFTER_VERB_RE.finditer(para.text)):
            before = [e for p, s, e in unnamed if (p, s) < (para.index, m.start())
                      and (m.group(1) in ("source", "man", "woman") or e.name.endswith(m.group(1)))]
            # the noun's own position: "RFA" of "RFA's source" is a mention of RFA already
            if before and registry.claim(para.index, m.start(1)):
                person = before[-1]
                # "RFA's source" said by two unnamed people in turn names neither for good
                taken = any(m.group(0) in e.aliases for e in registry.by_key.values() if e is not person)
                person.add_mention(registry.span(para.index, m.start(1), m.end()), None if taken else m.group(0))
                as_written = m.group(0).split(maxsplit=1)[1]
                if len(as_written) > len(person.name) and set(person.name.split()) <= set(as_written.split()):
                    # "the Oudomxay province official said": the story's own fuller name for them
                    person.aliases.append(person.name)
                    person.name = as_written


def _unnamed_speaker_name(description: str) -> str | None:
    """"resident of Nong Vieng Kham Village" -> "Nong Vieng Kham resident", "official in Luang Namtha
    province" -> "Luang Namtha official", "source in X's Xay district" -> "Xay district source" (as
    annotators name them); None
    when the description is a name's title ("a Foreign Ministry official" is still unnamed, "a
    Chinese" is not)."""
    words = description.split()[1:]  # past "a", "one", "another"
    joint = next((w for w in ("of", "in", "from") if w in words), None)
    if joint:
        noun, place = words[0], [w for w in words[words.index(joint) + 1:] if w.lower() not in ("village", "province")]
        owners = [k for k, w in enumerate(place) if POSSESSIVE_END_RE.search(w)]
        if owners and owners[-1] + 1 < len(place):
            place = place[owners[-1] + 1:]  # "a source in Oudomxay province's Xay district": "Xay district source"
        words = place + [noun]
    # "a top official said": who it is the story may say later, so only a place or body qualifies one
    return " ".join(words) if any(w[:1].isupper() for w in words) else None


CAPITAL_WORD_BEFORE_RE = re.compile(r"[A-Z][\w'\u2019-]*\s+$")  # not "Park. ": a sentence's end
STATEMENT_OPENERS = frozenset({"while", "when", "but", "and", "as", "if", "although", "because", "since", "after",
                               "before", "meanwhile", "however", "some", "many", "other", "most", "several"})


def _holds_any(text: str, words: Iterable[str]) -> bool:
    return any(word in text for word in words)


# ---- the whole document ---------------------------------------------------------

def find_participants(document: Document, paragraphs: list[Paragraph]) -> list[FoundParticipant]:
    """Every participant of a document, each once, with all its mentions."""
    registry = Registry(document.paragraphs)
    units_by_paragraph = [units_of(p) for p in paragraphs]
    capitals = capitals_mid_sentence(units_by_paragraph) | described_institutions(paragraphs)
    for para in paragraphs:
        _read_he_names(para, registry)
        _read_spelled_acronyms(para, registry)
        _read_lowercase_orgs(para, registry)
        _read_publications(para, registry)
        _read_epithets(para, registry)
        read_unnamed_speakers(para, registry)
    for para, units in zip(paragraphs, units_by_paragraph):
        previous: list[list[Unit]] = []
        for chunk in chunks_of(units, capitals):
            read_chunk(para, chunk, registry, previous)
            previous.append(chunk)
        _read_dateline(para, units, registry)
    for para in paragraphs:
        _read_named_examples(para, registry)
        _read_one_name_speakers(para, registry)
    _drop_things(registry)
    merge_contained_people(registry)
    merge_contained_orgs(registry)
    resolve_single_names(registry)
    _read_recurring_names(paragraphs, units_by_paragraph, registry)
    _merge_early_acronyms(registry)
    _fold_nicknames(paragraphs, registry)
    _read_lowercase_acronyms(paragraphs, registry)
    _share_plural_titles(paragraphs, registry)
    descriptors = _org_descriptors(paragraphs, registry)
    for para in paragraphs:
        _read_described_orgs(para, registry, descriptors)
        read_descriptions(para, registry)
        read_groups(para, registry)
    read_unnamed_speakers_again(paragraphs, registry)
    merge_well_known_orgs(registry)
    _name_countries_as_written(registry)
    return _export(registry)


# "brands such as Philips, L'Oreal and Unilever": names given as examples of organisations
EXAMPLES_RE = re.compile(r"\b(?:brands|companies|firms|platforms|retailers|banks|carmakers|makers|giants|outlets|"
                         r"newspapers|broadcasters|airlines|automakers|groups)\s+(?:such\s+as|including|like)\s+")
EXAMPLE_LEADS = ("such", "including", "like")  # every EXAMPLES_RE match holds one; few paragraphs do
EXAMPLE_ITEM_RE = re.compile(r"([A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,3})(,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)?")


def _read_named_examples(para: Paragraph, registry: Registry) -> None:
    for m in EXAMPLES_RE.finditer(para.text) if _holds_any(para.text, EXAMPLE_LEADS) else ():
        pos = m.end()
        while item := EXAMPLE_ITEM_RE.match(para.text, pos):
            name = item.group(1).rstrip(".")
            if name not in lx.COUNTRY_OF and name not in lx.COMMON_CAPITALS:
                registry.named("organization", name, para.index, item.start(1), item.start(1) + len(name))
            if not item.group(2):
                break
            pos = item.end()


# "He Wenping, a senior research fellow", "He Shijian, secretary of ...": the surname He, not the
# pronoun, before a described name
HE_NAME_RE = re.compile(starting_a_word("H", r"e\s+([A-Z][a-z]+)(?=,\s+(?:a|an|the|" + TITLE_WORD_ALTERNATION + r")\s)"))


def _read_he_names(para: Paragraph, registry: Registry) -> None:
    for m in HE_NAME_RE.finditer(para.text):
        if classify(m.group(1)) != NAME or m.group(1) in lx.COMMON_CAPITALS:
            continue
        person = registry.person(("He", m.group(1)), para.index, m.start(), m.end())
        title = _appositive_title(para, m.end())
        if person is not None and title:
            person.add_title(title)


# someone named by one word, whom the story introduces or quotes: "a man surnamed Shen";
# `"...," Liu told People's Daily`, `"...," said Jan.`; "Korhonen-Vale said" (a double surname).
# Each pattern opens with a literal or a class the engine can skip to, and runs only where its
# cue is: this reads every paragraph
ONE_NAME_SPEAKER_RES = (
    ("surnamed", re.compile(r"surnamed\s+([A-Z][a-z]+)\b")),
    ("\"", re.compile(r"[,?!]\"\s+(?:([A-Z][a-z]+)\s+(?:said|says|told|tells|added|adds|noted|recalled|explained)\b"
                      r"|(?:said|says|added)\s+([A-Z][a-z]+)(?=[.,]))")),
    ("\u201d", re.compile(r"[,?!]\u201d\s+(?:([A-Z][a-z]+)\s+(?:said|says|told|tells|added|adds|noted|recalled|explained)\b"
                          r"|(?:said|says|added)\s+([A-Z][a-z]+)(?=[.,]))")),
    ("-", re.compile(r"(?<![\w-])([A-Z][a-z]+-[A-Z][a-z]+)\s+(?:said|says|told|added|noted)\b")),
)


def _read_one_name_speakers(para: Paragraph, registry: Registry) -> None:
    """Run once the full names are read: "Li" of "Li Keqiang" is the surname of someone known."""
    for cue, regex in ONE_NAME_SPEAKER_RES:
        for m in regex.finditer(para.text) if cue in para.text else ():
            group = next(g for g in range(1, (regex.groups or 0) + 1) if m.group(g))
            word = m.group(group)
            if any(word in person.name_tokens for person in registry.people if len(person.name_tokens) > 1):
                continue
            if classify(word) == NAME and classify(word + ".") == NAME and word not in lx.COMMON_CAPITALS \
                    and word not in lx.COUNTRY_OF and word not in lx.NAMED_ORGANIZATIONS and word not in lx.COUNTRIES:
                # "said Lt. Col. X": an abbreviated title, not a name
                registry.person((word,), para.index, m.start(group), m.end(group))


# "Belt and Road": a one-word name joined to another by "and"
NAME_AND_BEFORE_RE = re.compile(r"[A-Z][\w-]*\s+(?:and|or|&)\s+$")
AND_NAME_AFTER_RE = re.compile(r"\s+(?:and|or|&)\s+[A-Z]")


def _read_recurring_names(paragraphs: list[Paragraph], units_by_paragraph: list[list[Unit]],
                          registry: Registry) -> None:
    """A one-word name the story repeats mid-sentence ("Alibaba said", "Alibaba's stake")
    names something even without a title: a place after "in"/"at", else an organisation.
    A word of a known person's name, or half of "Belt and Road", is left alone."""
    companies = _companies_by_first_word(registry)
    seen: dict[str, list[tuple[Paragraph, Unit]]] = {}
    for para, units in zip(paragraphs, units_by_paragraph):
        for i, unit in enumerate(units):
            if unit.cls != NAME or "-" in unit.text or (unit.sentence_start and unit.text not in companies):
                continue  # the cheap tests first: few units are names
            lone = (i == 0 or not _capitalised(units[i - 1]) or units[i - 1].end < unit.start - 1
                    or _opens_sentence_as_common_word(units[i - 1])) and (
                i + 1 == len(units) or not _capitalised(units[i + 1]) or units[i + 1].start > unit.end + 1
                or units[i + 1].text.islower())  # "A Veldra spokesman": a lower-case title goes on no name
            if lone:
                seen.setdefault(unit.text, []).append((para, unit))
    person_words = {w for p in registry.people for w in p.name_tokens}
    known = {key[1]: key[0] for key in registry.by_key}
    for word, sites in seen.items():
        host = registry.acronyms.get(word) or companies.get(word)  # "LegCo" defined later; "Boeing" of "the Boeing Company"
        if host is not None:
            for para, unit in sites:
                if registry.claim(para.index, unit.start):
                    host.add_mention(registry.span(para.index, unit.start, unit.end), word)
            continue
        known_kind = known.get(word.casefold())
        if len(sites) < 2 or word in person_words or known_kind not in (None, "organization", "place") \
                or word in lx.COMMON_CAPITALS:
            continue
        if any(NAME_AND_BEFORE_RE.search(p.text[max(0, u.start - 30):u.start]) or
               AND_NAME_AFTER_RE.match(p.text[u.end:u.end + 6]) for p, u in sites):
            continue  # "Belt and Road": part of a longer name
        kind = known_kind or ("place" if any(PLACE_PREPOSITION_RE.search(p.text, max(0, u.start - 8), u.start)
                                             for p, u in sites) else "organization")
        for para, unit in sites:
            registry.named(kind, word, para.index, unit.start, unit.end)


def _opens_sentence_as_common_word(unit: Unit) -> bool:
    """"Since", "Even" opening a sentence: a common word, not the first half of a name."""
    return unit.sentence_start and unit.text in lx.COMMON_CAPITALS


# what names a company by its trade ("Veldra Chemicals", "Kenya Airways"): "the company" may be it
INDUSTRY_HEADS = frozenset({"Chemicals", "Motors", "Pharmaceuticals", "Electronics", "Logistics", "Materials",
                            "Minerals", "Foods", "Textiles", "Industries", "Airlines", "Airways", "Technologies"})
COMPANY_HEADS = frozenset({"Company", "Corporation", "Corp.", "Group", "Inc.", "Co.", "Ltd.", "Ltd", "Holdings",
                           "Limited", "LLC", "PLC"})


def _companies_by_first_word(registry: Registry) -> dict[str, Entity]:
    """"the Boeing Company" -> {"Boeing": it}, "Orvane River" -> {"Orvane": it}, "Daily Nation"
    -> {"Nation": it}: a company's, a place's or a newspaper's name without its head word, when
    only one name of the document is that word and such a head."""
    found: dict[str, list[Entity]] = {}
    for (kind, _), entity in registry.by_key.items():
        words = entity.name.split()
        if len(words) == 2 and ((kind == "organization" and (words[1] in COMPANY_HEADS or words[1] in INDUSTRY_HEADS)
                                 and classify(words[0]) == NAME)  # "Veldra" of "Veldra Chemicals"
                                or (kind == "place" and words[1] in lx.PLACE_HEADS)):  # "the Orvane" of "Orvane River"
            found.setdefault(words[0], []).append(entity)
        elif len(words) == 2 and kind == "organization" and words[0] in PUBLICATION_OPENERS:
            found.setdefault(words[1], []).append(entity)
    return {word: hosts[0] for word, hosts in found.items() if len(hosts) == 1}


NICKNAME_RE = re.compile(r",\s+(?:whose\s+nickname\s+is|nicknamed|also\s+known\s+as|known\s+as|dubbed)\s+"
                         r"(?:the\s+)?([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)")


def _fold_nicknames(paragraphs: list[Paragraph], registry: Registry) -> None:
    """"Mnangagwa, whose nickname is Ngwenya,": the nickname is the person, wherever it is used."""
    for para in paragraphs:
        for m in NICKNAME_RE.finditer(para.text):
            owner = next((p for p in registry.people for span in p.mentions
                          if span.paragraph == para.index and span.end == m.start()), None)
            if owner is None:
                continue
            nickname = m.group(1)
            if nickname not in owner.aliases:
                owner.aliases.append(nickname)
            for other in [e for e in registry.people if e is not owner and e.name == nickname]:
                owner.mentions.extend(other.mentions)
                registry.people.remove(other)
            for key in [k for k, e in registry.by_key.items() if e.name == nickname]:
                owner.mentions.extend(registry.by_key.pop(key).mentions)
            if registry.claim(para.index, m.start(1)):
                owner.add_mention(registry.span(para.index, m.start(1), m.end(1)), nickname)


PLURAL_TITLES = ("Advisors", "Advisers", "Ministers", "Secretaries", "Ambassadors", "Envoys", "Presidents",
                 "Governors", "Commissioners", "Directors", "Representatives")
# "National Security Advisors Sullivan, Shin, and Akiba": one title, plural, before a list of names
PLURAL_TITLE_LIST_RE = re.compile(
    r"\b((?:[A-Z][\w.-]*\s+){0,4}(?:" + "|".join(PLURAL_TITLES) + r")|Sens\.|Reps\.)"
    r"\s+((?:[A-Z][\w.'\u2019-]*|,|and|\s)+)")
# every list match holds one of these words: searched for far faster than the list's pattern is ruled out
PLURAL_TITLE_CUE_RE = re.compile("|".join(PLURAL_TITLES) + r"|Sens\.|Reps\.")
# "Sens. Marco Rubio and Chris Coons": a plural abbreviation's singular
PLURAL_ABBREVIATIONS = {"Sens.": "Sen.", "Reps.": "Rep."}


def _share_plural_titles(paragraphs: list[Paragraph], registry: Registry) -> None:
    """Each person of a list after a plural title holds that title, in the singular."""
    for para in (p for p in paragraphs if PLURAL_TITLE_CUE_RE.search(p.text)):  # few paragraphs hold one
        for m in PLURAL_TITLE_LIST_RE.finditer(para.text):
            plural = m.group(1)
            singular = PLURAL_ABBREVIATIONS.get(plural) or (plural[:-3] + "y" if plural.endswith("ies") else plural[:-1])
            listed = [p for p in registry.people if any(
                span.paragraph == para.index and m.start(2) <= span.start < m.end(2) for span in p.mentions)]
            if len(listed) < 2:
                continue
            for person in listed:
                person.titles = [t for t in person.titles if t != plural]
                person.add_title(singular)


def _read_lowercase_acronyms(paragraphs: list[Paragraph], registry: Registry) -> None:
    """"the German Press Agency (dpa) ... dpa said": a lowercase acronym, once defined, names it."""
    for acronym, entity in registry.acronyms.items():
        if not acronym.islower():
            continue
        for para in paragraphs:
            for m in re.finditer(r"\b" + re.escape(acronym) + r"\b", para.text):
                if registry.claim(para.index, m.start()):
                    entity.add_mention(registry.span(para.index, m.start(), m.end()), acronym)


def _merge_early_acronyms(registry: Registry) -> None:
    """"Sinopharm CNBG ... the China National Biotec Group (CNBG)": an acronym used before
    its definition is the defined organisation too; so is an undefined acronym that spells
    the initials of one organisation the story names ("IMF", "International Monetary Fund"),
    or them and one letter more ("CCTV", "China Central Television")."""
    orgs = [e for e in registry.by_key.values() if e.kind == "organization"]
    by_initials: dict[str, list[Entity]] = {}
    for org in orgs:
        by_initials.setdefault(_initials(org.name), []).append(org)
    for org in orgs:
        letters = org.name.replace(".", "")  # "U.N." spells "UN"
        if not ACRONYM_RE.fullmatch(letters) or org.name in registry.acronyms:
            continue
        hosts = [h for h in by_initials.get(letters, []) if h is not org] or [
            h for initials, named in by_initials.items() if len(initials) == len(letters) - 1 >= 3
            and _spells_out(initials, letters) for h in named]  # "CCTV": China Central TeleVision
        if len(hosts) == 1:
            registry.acronyms[org.name] = hosts[0]
    for acronym, entity in registry.acronyms.items():
        early = registry.by_key.get(("organization", acronym.casefold()))
        if early is not None and early is not entity:
            for span in early.mentions:
                entity.add_mention(span, acronym)
            early.mentions = []


INITIALS_SKIPPED = frozenset({"of", "and", "the", "for", "on", "in", "&"})


def _spells_out(initials: str, acronym: str) -> bool:
    """Whether an acronym holds the initials in order, from its first letter ("CCT" in "CCTV")."""
    rest = iter(acronym)
    return bool(initials) and acronym[0] == initials[0] and all(letter in rest for letter in initials)


def _initials(name: str) -> str:
    """"International Monetary Fund" -> "IMF" (a name of one word has none)."""
    words = [w for w in name.replace("-", " ").split() if w not in INITIALS_SKIPPED]
    return "".join(w[0] for w in words) if len(words) > 1 and all(w[:1].isupper() for w in words) else ""


def _read_dateline(para: Paragraph, units: list[Unit], registry: Registry) -> None:
    """"LIMA, May 2 (Agency) --" names the place the story was filed from."""
    for i, unit in enumerate(units[:-1]):
        if unit.sentence_start and unit.cls == ACRONYM and len(unit.text) > 2 and units[i + 1].text == ",":
            rest = para.text[unit.end:unit.end + 60]
            if "--" in rest or "(" in rest:
                city = unit.text.title()
                if city in lx.CAPITALS:  # "BEIJING, Nov. 12": one entity with the capital read as China
                    registry.named("country", lx.CAPITALS[city], para.index, unit.start, unit.end, city)
                else:
                    registry.named("place", city, para.index, unit.start, unit.end)


def _name_countries_as_written(registry: Registry) -> None:
    """A story that never writes "North Korea" but "the DPRK" names the country so (our name
    stays an alias): the name is the story's own, as annotators write it."""
    for country in (e for e in registry.by_key.values() if e.kind == "country" and e.name in lx.NAMES_IN_USE):
        written = {span.text for span in country.mentions} | set(country.aliases)
        if any(country.name in w for w in written):
            continue
        in_use = next((name for name in lx.NAMES_IN_USE[country.name] if any(name in w for w in written)), None)
        if in_use:
            country.aliases.append(country.name)
            country.name = in_use


def _export(registry: Registry) -> list[FoundParticipant]:
    """The participants as model objects, keyed p1, p2, ... in order of first mention."""
    entities = registry.people + [e for e in registry.by_key.values()]
    entities = [e for e in entities if e.mentions]
    for e in entities:
        e.mentions.sort(key=lambda s: (s.paragraph, s.start))
    entities.sort(key=lambda e: (e.mentions[0].paragraph, e.mentions[0].start))
    found = []
    for n, e in enumerate(entities, 1):
        found.append(FoundParticipant(f"p{n}", e.name, e.kind, list(e.titles),
                                      [a for a in e.aliases if a != e.name], list(e.mentions)))
    return found


def _plural_title(unit: Unit) -> bool:
    """"Governors" in "National Governors Association": a plural title inside an organisation's name."""
    return unit.cls == TITLE and unit.text[:1].isupper() and unit.text.endswith("s") \
        and unit.text[:-1].lower() in lx.TITLE_HEADS


def _and_in_complement(units: list[Unit], first: int, and_at: int) -> bool:
    """"Center for Water Science and Engineering", "Centers for Disease Control and Prevention",
    "Food and Drug Administration": "and" between capitalised words after an organisation head
    and its "for"/"of", or before a head word that closes the name."""
    before = units[first:and_at]
    heads = [k for k, u in enumerate(before) if u.cls == ORG]
    nxt = units[and_at + 1] if and_at + 1 < len(units) else None
    if nxt is None or nxt.start - units[and_at].end > 1 or nxt.cls not in (NAME, PORTFOLIO, MODIFIER) \
            or before[-1].cls in (CONNECTOR, TITLE):
        return False
    # the head that "for"/"of" follows: "Ministry of Natural Resources and Environment" has a second
    # head word ("Resources") inside its complement
    complemented = [k for k in heads if k + 1 < len(before) and before[k + 1].text in ("for", "of")]
    if complemented:
        return all(u.cls in (NAME, PORTFOLIO, MODIFIER, ORG) for u in before[complemented[-1] + 2:])
    titled = [k for k, u in enumerate(before) if u.cls == TITLE]
    if titled and before[-1].cls == PORTFOLIO and nxt.cls == PORTFOLIO \
            and any(u.text in ("for", "of") for u in before[titled[-1]:]):
        return True  # "Secretary of State for East Asian and Pacific Affairs": two fields of one portfolio
    after = units[and_at + 1:and_at + 4]
    return len(before) <= 3 and any(u.cls == ORG for u in after) and all(u.cls != TITLE for u in before + after)


INSTITUTION_APPOSITION_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:site|website|newspaper|outlet|agency|think\s+tank|magazine|"
    r"broadcaster|company|firm|group|publication|newsletter|blog|daily|weekly|organization|organisation|network|"
    r"institute|foundation|nonprofit|charity|coalition|consultancy|pollster|carrier|airline|operator|manufacturer|"
    r"maker|producer|retailer|lender|insurer|developer|conglomerate|startup|platform|portal)\b(?![\u2019']s)")  # not "the company's head"
DESCRIBED_INSTITUTION_RE = re.compile(r"\b([A-Z][\w-]+)(?=" + INSTITUTION_APPOSITION_RE.pattern + ")")
CONTINENTS = frozenset({"Africa", "Asia", "Europe", "America", "Oceania", "Eurasia"})


CAPITAL_NEXT_RE = re.compile(r"\s+[A-Z]")


def _named_publication(para: Paragraph, chunk: list[Unit]) -> bool:
    """"Zamnews, a local news site," (a name described as an institution) and "Asia Sentinel"
    (a continent's name, then one untitled name word): an organisation."""
    if all(u.cls == NAME or (k == 0 and u.cls == COUNTRY and len(chunk) > 1) for k, u in enumerate(chunk)) \
            and INSTITUTION_APPOSITION_RE.match(para.text, chunk[-1].end):
        return True  # "the Malaysian Insight, a local news portal,": a demonym may open its name
    return len(chunk) == 2 and chunk[0].text in CONTINENTS and chunk[1].cls == NAME \
        and not chunk[1].sentence_start and not CAPITAL_NEXT_RE.match(para.text, chunk[-1].end, chunk[-1].end + 2)
