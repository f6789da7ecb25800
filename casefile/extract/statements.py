"""Statements: quoted words (direct) and reported speech (indirect), each with its speaker.

Sentences are read in order. In each, quotations come first: a quote's speaker is
named after it (`"...," X said`), before it (`X said: "..."`, `X hailed "..."`),
or, when nothing attributes it, it continues the latest statement's speaker.
Then reported speech around speech verbs outside quotes: `X said (that) ...`,
`..., X added.`, `..., said X.`, `In fact, X said, ...`, `..., saying that ...`,
`according to X, ...`, `X urged ...`, readout style `X reaffirmed (that) ...`.
A speaker is the participant a mention, a pronoun (the latest speaker or subject
that fits) or a description ("the ambassador") points at; an unnamed one ("a
resident said") is left as None rather than guessed, unless a place or body
describes them (a participant of their own). Every scan is bounded
(CLAUSE_REACH, LOOKAHEAD) so that time stays linear in the paragraph's length.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from casefile.model import Document, FoundParticipant, FoundStatement, Span

from . import lexicon as lx
from .participants import (COMPANY_HEADS, COMPANY_SUFFIXES, DESCRIPTION_RE, INDUSTRY_HEADS, ORG_DESCRIPTION_RE,
                           RELATIVE_TITLE_RE, describe_matches)
from .text import DOUBLE_QUOTES, Paragraph, Quote, Token, trim_span

MIN_CONTENT_WORDS = 3
CLAUSE_REACH = 600  # characters a subject or an attribution may lie from its verb; bounds every scan
LOOKAHEAD = 40  # tokens after a verb read for "that", adverbials and the sentence's end
ATTRIBUTION_REACH = 30  # tokens after a closing quote mark that may still name its speaker
THAT_REACH = 7  # tokens between a speech verb and the "that" that opens its content
SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "with", "de"})
CONJUNCTIONS = frozenset({"and", "but", "while", "as", "because", "although", "though", "so", "since", "whereas"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it"})
OBJECT_NOUNS = frozenset({"reporters", "journalists", "lawmakers", "legislators", "students", "participants",
                          "attendees", "delegates", "guests", "audience", "media", "press", "parliament",
                          "senators", "diplomats", "officials", "the"})


CAPTION_START_RE = re.compile(r"(?:FILE|PHOTO)\b")
# opens with "(": the engine skips ahead to each parenthesis rather than trying every position
CAPTION_CREDIT_RE = re.compile(r"\((?:AP|AFP|Reuters|VOA|[^()]*/[^()]*)\)\s*$")


def is_caption(text: str) -> bool:
    """A photo caption: "FILE - ..." or "... (AP)", "(Agency/Name)" at the end."""
    return bool(CAPTION_START_RE.match(text) or CAPTION_CREDIT_RE.search(text))


@dataclass(frozen=True, slots=True)
class Mention:
    """A participant's mention in one paragraph."""

    start: int
    end: int
    key: str


@dataclass(slots=True)
class Reader:
    """What the statements of one document are read against."""

    document: Document
    participants: dict[str, FoundParticipant]
    mentions: dict[int, list[Mention]]  # paragraph -> mentions sorted by start
    focus: list[tuple[int, int, str]] = field(default_factory=list)  # (paragraph, pos, key) speakers, subjects
    last_speaker: str | None = None  # of the latest statement: an unattributed quote continues it
    last_quoted: str | None = None  # the latest person a quote was given to

    def mentions_in(self, paragraph: int, start: int, end: int) -> list[Mention]:
        """Mentions wholly inside [start, end) of a paragraph."""
        found = self.mentions.get(paragraph, [])
        lo = bisect.bisect_left(found, start, key=lambda m: m.start)
        hi = bisect.bisect_left(found, end, key=lambda m: m.start)
        return [m for m in found[lo:hi] if m.end <= end]

    def kind(self, key: str) -> str:
        """The participant kind of a key."""
        return self.participants[key].kind

    def note(self, paragraph: int, pos: int, key: str | None) -> None:
        """Remember a speaker or subject for later pronouns."""
        if key:
            self.focus.append((paragraph, pos, key))

    def latest(self, paragraph: int, pos: int, kinds: tuple[str, ...]) -> str | None:
        """The latest speaker or subject of the given kinds before a position."""
        for p, at, key in reversed(self.focus):
            if (p, at) < (paragraph, pos) and self.kind(key) in kinds:
                return key
        return None


def find_statements(document: Document, paragraphs: list[Paragraph],
                    participants: list[FoundParticipant]) -> list[FoundStatement]:
    """Every direct and indirect statement of a document, in reading order."""
    reader = Reader(document, {p.key: p for p in participants}, _index_mentions(participants))
    statements: list[FoundStatement] = []
    for para in paragraphs:
        quoted = [q for q in para.quotes if is_quotation(para.text, q)]
        opens = [q.open for q in quoted]
        caption = is_caption(para.text)
        for sentence in para.sentences:
            # quotes opened in the sentence, and one still open when it starts
            lo = max(0, bisect.bisect_left(opens, sentence[0]) - 1)
            near = quoted[lo:bisect.bisect_left(opens, sentence[1])]
            found, used_verbs = _direct_statements(reader, para, sentence, near)
            statements.extend(found)
            statements.extend(_indirect_statements(reader, para, sentence, near, used_verbs))
            if not caption:  # a photo caption's people are not who "he" means in the story
                reader.note(para.index, sentence[0], clause_subject(reader, para, sentence[0], sentence[1]))
    return [s for s in statements if s.span.text.strip()]


def _index_mentions(participants: list[FoundParticipant]) -> dict[int, list[Mention]]:
    """Mentions per paragraph, sorted by position, for bisection."""
    index: dict[int, list[Mention]] = {}
    for p in participants:
        for span in p.mentions:
            index.setdefault(span.paragraph, []).append(Mention(span.start, span.end, p.key))
    for found in index.values():
        found.sort(key=lambda m: m.start)
    return index


# ---- direct quotes ---------------------------------------------------------------

NAMED_BEFORE_QUOTE_RE = re.compile(r"\b(?:dubbed|nicknamed|termed|titled|entitled|named|known\s+as|so-called)"
                                   r"(?:\s+(?:a|an|the|as|it))?\s*$")
CONCEPT_BEFORE_QUOTE_RE = re.compile(r"\b(?:concept|idea|notion|principle|vision|policy|slogan|motto|theme|"
                                     r"spirit|initiative|strategy)s?\s+of\s*$")
SAID_BEFORE_QUOTE_RE = re.compile(r"\b(?:said|says|say|told\s+\w+|added|adds|asked|replied|wrote)[,:]?\s*$")


def is_quotation(text: str, quote: Quote) -> bool:
    """Quoted words someone said, not scare quotes around a name, title or term."""
    inner = text[quote.inner_start:quote.inner_end].strip()
    words = inner.split()
    if not words:
        return False
    if quote.close is None or SAID_BEFORE_QUOTE_RE.search(text, max(0, quote.open - 30), quote.open):
        return True  # runs on into the next paragraph, or follows "said": speech however short
    if NAMED_BEFORE_QUOTE_RE.search(text, max(0, quote.open - 30), quote.open):
        return False  # `a project dubbed a "combat vehicle with a new design concept"`: a name
    if CONCEPT_BEFORE_QUOTE_RE.search(text, max(0, quote.open - 30), quote.open):
        return False  # `the concept of "a community with a shared future for mankind"`: a term
    before = text[:quote.open].rstrip()[-1:]
    # `"We won," he said`, `said: "We won."`, `... . "We won."`: punctuated like speech, not a term
    ends_like_speech = inner[-1] in ",!?" or (inner[-1] == "." and before in ("", ",", ":", ".", "!", "?"))
    title_like = all(w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL_WORDS for w in words)
    if title_like:
        return False  # `the "Madaraka Express," as it is known`, `author of "The Next Factory,"`: a name
    return len(words) >= 5 or ends_like_speech


def _direct_statements(reader: Reader, para: Paragraph, sentence: tuple[int, int],
                       quoted: list[Quote]) -> tuple[list[FoundStatement], dict[int, tuple[str | None, Quote]]]:
    """Quoted statements of one sentence, and the speech verbs that attributed them."""
    s0, s1 = sentence
    found: list[FoundStatement] = []
    used_verbs: dict[int, tuple[str | None, Quote]] = {}
    in_sentence = [q for q in quoted if s0 <= q.open < s1]
    unattributed: list[FoundStatement] = []  # partial quotes waiting for the sentence's attribution
    for n, quote in enumerate(in_sentence):
        limit = in_sentence[n + 1].open if n + 1 < len(in_sentence) else s1
        speaker, verb = _speaker_after_quote(reader, para, quote, limit)
        words_quoted = False  # `loans as "evil gifts," but ...`: words of the sentence, not yet anyone's speech
        if verb is None and n and found and found[-1].speaker is not None and in_sentence[n - 1].close is not None \
                and QUOTE_JOINED_RE.fullmatch(para.text, in_sentence[n - 1].close + 1, quote.open):
            speaker = found[-1].speaker  # `X noted that "A," while "B."`: the same speaker goes on
        elif verb is None:
            floor = max(s0, quote.open - CLAUSE_REACH, in_sentence[n - 1].inner_end + 1 if n else s0)
            speaker, verb = _speaker_before_quote(reader, para, quote, floor)
            if speaker is None and verb is not None and not _speech_word_before(para, floor, quote.open):
                verb, words_quoted = None, True  # the word before it reports nothing: it is no attribution
            split_by = [v for v in used_verbs if n and in_sentence[n - 1].inner_end < v < quote.open]
            if speaker is None and split_by:  # `"A," said X, a resident who ..., "B."`: X's quote goes on
                speaker, verb = used_verbs[split_by[0]][0], split_by[0]
        if verb is not None:
            used_verbs.setdefault(verb, (speaker, quote))  # a split quote keeps its first half here
            if speaker is not None:
                for earlier in unattributed:  # `called for "A," and "B," Xi noted`: one attribution for both
                    earlier.speaker = speaker
                unattributed = []
        elif speaker is None and not words_quoted:
            speaker = reader.last_speaker
            if (speaker is None or reader.kind(speaker) != "person") and reader.last_quoted is not None:
                speaker = reader.last_quoted  # `According to the AFC, ... "If the matches ..."`: the quoted person again
        reader.last_speaker = speaker
        if speaker is not None and reader.kind(speaker) == "person":
            reader.last_quoted = speaker
        reader.note(para.index, quote.open, speaker)
        start, end = trim_span(para.text, quote.inner_start, quote.inner_end, " \t\n,")
        if end > start:
            found.append(FoundStatement(Span.of(reader.document.paragraphs, para.index, start, end), "direct", speaker))
            if (verb is None or speaker is None) and quote.open > s0:
                unattributed.append(found[-1])
    return found, used_verbs


# between two quotes of one speaker: `"A," while "B"`, `"A" and "B"`
QUOTE_JOINED_RE = re.compile(r"[\s,;]*(?:and|while|but|as\s+well\s+as|and\s+that|while\s+that)\s*")


# `"...", targeting X's tweet which said`: the verb of another clause
RELATIVE_END_RE = re.compile(r"\b(?:which|that|who)\s*$")
PARTICIPLE_START_RE = re.compile(r"[\s,]*[a-z]+ing\b")


def _speaker_after_quote(reader: Reader, para: Paragraph, quote: Quote, limit: int) -> tuple[str | None, int | None]:
    """`"...," X said` or `"...," said X`: the speaker and the verb's position."""
    if quote.close is None:
        return None, None
    tokens = para.tokens_between(quote.close + 1, min(limit, quote.close + CLAUSE_REACH))[:ATTRIBUTION_REACH]
    for i, tok in enumerate(tokens):
        if tok.text in ".!?;" and i:
            break
        if tok.text == "according" and i + 1 < len(tokens) and tokens[i + 1].text == "to":
            return _named_right_after(reader, para, tokens[i + 1].end), tok.start  # `"...," according to X`
        if not _is_speech_verb(tokens, i) or tok.text in lx.PARTICIPLES:  # `"...," saying` opens a new clause
            continue
        before = para.text[quote.close + 1:tok.start]
        if before.split()[:1] and before.split()[0] in CONJUNCTIONS | {"and", "or"}:
            break  # `"..." and accused X of`: the sentence's own verb, not this quote's attribution
        if RELATIVE_END_RE.search(before) or PARTICIPLE_START_RE.match(before):
            break  # `"...", targeting X's tweet which said`: the verb of another clause
        if before.strip(" ,\u2014-"):
            return resolve_np(reader, para, quote.close + 1, tok.start, last=True), tok.start
        return _named_right_after(reader, para, tok.end), tok.start
    return None, None


def _speech_word_before(para: Paragraph, floor: int, start: int) -> bool:
    """A word that may report speech among the last few before ``start`` ("said that the two sides should")."""
    return any(t.text in MAY_REPORT for t in para.tokens_between(max(floor, start - 60), start)[-6:])


def _speaker_before_quote(reader: Reader, para: Paragraph, quote: Quote, floor: int) -> tuple[str | None, int | None]:
    """`X said: "..."`, `X hailed "..."`: the clause's subject speaks the quote."""
    if not para.text[floor:quote.open].strip(" ,\u2014-:"):
        return None, None
    tokens = para.tokens_between(floor, quote.open)
    verb = next((t.start for t in reversed(tokens) if t.text.islower() and t.text.isalpha()
                 and t.text not in lx.PREPOSITIONS and t.text not in SMALL_WORDS), None)
    if verb is None:
        return None, None
    for m in reversed(reader.mentions_in(para.index, floor, quote.open)):
        # "Y's statement, which said that "...": the document's author speaks the quote
        if not _inside_quote(para, m.start) and POSSESSED_DOCUMENT_RE.fullmatch(para.text, m.end, quote.open):
            return m.key, verb
    subject = clause_subject(reader, para, floor, quote.open)
    if subject is None and any(t.text in lx.PARTICIPLES for t in tokens):
        subject = reader.last_speaker  # `"...," said X, adding that the plan is "..."`: X again
    if subject is None:  # "X, which, earlier this month, concluded that "...": the relative's owner
        rel = RELATIVE_OWNER_RE.search(para.text, floor, quote.open)
        if rel:
            owners = [m for m in reader.mentions_in(para.index, floor, rel.start() + 1) if m.end >= rel.start() - 1]
            subject = owners[-1].key if owners else None
    return subject, verb


def _np_end_after(para: Paragraph, tokens: list[Token], verb_index: int) -> int:
    """End of the noun phrase after an inverted verb: up to a comma or the sentence end."""
    for tok in tokens[verb_index + 1:verb_index + 1 + LOOKAHEAD]:
        if tok.text in ",.;!?(" or tok.text in lx.TIME_WORDS:
            return tok.start
    return tokens[-1].end


def _calls_it_a(tokens: list[Token], i: int) -> bool:
    """"called retirees a treasure", not "a company called Acme": a lower-case object, then "a"/"an"."""
    words = [t.text for t in tokens[i + 1:i + 6]]
    article = next((k for k, w in enumerate(words) if w in ("a", "an")), None)
    return bool(article) and all(w.isalpha() and w.islower() and w not in lx.PRONOUNS for w in words[:article])


def _is_speech_verb(tokens: list[Token], i: int) -> bool:
    """A speech verb at tokens[i]; "pointed" needs "out", "called" needs "for"/"on"."""
    word = tokens[i].text
    if word == "pointed":
        return i + 1 < len(tokens) and tokens[i + 1].text == "out"
    if word in ("called", "calls"):  # "called for", "called on", "calls the allegations groundless"
        return i + 1 < len(tokens) and (tokens[i + 1].text in ("for", "on", "out")  # "called out the stereotypes"
                                        or any(t.text in lx.JUDGEMENTS for t in tokens[i + 2:i + 7])
                                        or _calls_it_a(tokens, i))
    if word in ("ordered", "orders"):  # "ordered all levels of the armed forces to study ..."; not "ordered 100
        # jets", "ordered a halt to construction", "was ordered to"
        return "to" in [t.text for t in tokens[i + 1:i + 9]] and not (i and tokens[i - 1].text in COPULAS) \
            and i + 1 < len(tokens) and tokens[i + 1].text not in ("a", "an")
    if word in ("committed", "commits"):  # "committed to pursuing ...", not "committed a crime", "is committed to"
        return i + 2 < len(tokens) and tokens[i + 1].text == "to" and tokens[i + 2].text.endswith("ing") \
            and not (i and tokens[i - 1].text in COPULAS | {"be", "been", "remain", "remains", "stay", "stays"})
    if word in ("agreed", "agrees", "agree") and i + 1 < len(tokens) and tokens[i + 1].text in ("to", "on", "with"):
        # "The Prime Minister agreed to ensure ...": a commitment, read with its verb; not "has not
        # agreed to be governed by" (no commitment), "agreed with" or "agreed on" (a stance), nor
        # inside what someone else reports ("both countries agreed to ..., Zhao noted")
        negated = any(t.text in ("not", "n't", "never") for t in tokens[max(0, i - 2):i])
        return word != "agree" and tokens[i + 1].text == "to" and not negated \
            and i + 2 < len(tokens) and tokens[i + 2].text != "be" \
            and not any(t.text in lx.SAY_VERBS for t in tokens[i + 2:])
    if word in lx.SPEECH_ADJECTIVES:  # "Bolton was firm that ...", "X made clear his commitment ..."
        before = tokens[i - 1].text if i else ""
        after = tokens[i + 1].text if i + 1 < len(tokens) else ""
        # "was clear about the need to ..." reports a talk; "is clear about his team's strengths" describes a man
        about = after == "about" and before in ("was", "were")
        return (before in COPULAS and after == "that") or about or (before in ("made", "makes", "making")
                                                                    and after in MADE_CLEAR_OBJECTS)
    if word in ("found", "finds"):  # "Pew Research found that ...", not "found a body"
        return i + 1 < len(tokens) and tokens[i + 1].text == "that"
    if word in ("add", "adds", "added") and i + 1 < len(tokens) and tokens[i + 1].text == "to":
        return False  # "could add to perceptions that ...": a sum, not speech
    if word == "added" and i and tokens[i - 1].text in ("has", "have", "had"):
        return False  # "the game has added new contents": a sum; "he added" speaks in the simple past
    if word in ("reinforced", "reinforces") or (word in ("pledged", "pledges") and i + 1 < len(tokens)
                                                and tokens[i + 1].text != "to"):
        # "reinforced the United States' commitment to", "pledged his full support for"; not
        # "reinforced troops", "pledged $5 million" ("pledged to ..." is a commitment, read below)
        return any(t.text in lx.REINFORCED_OBJECTS for t in tokens[i + 1:i + 7])
    if word == "attached":  # "attached great importance to" (a readout's act; "attaches" is a stance, said by someone)
        return any(t.text in lx.ATTACHED_OBJECTS for t in tokens[i + 1:i + 4])
    if word in ("threatened", "threatens"):  # "threatened more sanctions", "threatened to walk out"
        return any(t.text in lx.THREATENED_OBJECTS for t in tokens[i + 1:i + 4])
    if word in ("identified", "identifies"):  # "identified the project as a major measure"; not "were identified as"
        return "as" in [t.text for t in tokens[i + 1:i + 10]] and not (i and tokens[i - 1].text in COPULAS)
    if word in lx.DESCRIBING_VERBS and "as" in [t.text for t in tokens[i + 1:i + 10]]:
        return True  # "characterized China's presence as predatory"; without "as", "described" needs "that"
    if word in ("dismissed", "dismisses", "rejected", "rejects"):
        return False  # "rejected the bid": no words reported without "as"
    if word in ("raised", "raises"):  # "raised (ongoing) concerns about", "raised U.S. objections to"; not "raised $5 million"
        nxt = [t.text for t in tokens[i + 1:i + 5]]
        return any(w in lx.RAISED_OBJECTS for w in nxt[:3]) or (nxt[:1] == ["the"] and nxt[1:2] != []
                                                                and nxt[1] in lx.RAISED_THE_OBJECTS) \
            or (nxt[:1] != [] and nxt[0][:1].isupper() and nxt[1:2] in (["\u2019s"], ["'s"]))  # "raised Russia's war"
    return word in lx.SAY_VERBS


# ---- speakers -------------------------------------------------------------------

PRONOUN_RE = re.compile(r"\b(he|she|they|it|He|She|They|It)\b")


def resolve_np(reader: Reader, para: Paragraph, start: int, end: int, last: bool) -> str | None:
    """The participant a short stretch of text names: the mention nearest the verb
    (``last`` when the verb follows), else a pronoun or a description."""
    mentions = [m for m in reader.mentions_in(para.index, start, end) if not _inside_quote(para, m.start)]
    if mentions:
        person = [m for m in mentions if reader.kind(m.key) == "person"]
        pick = (person or mentions)[-1 if last else 0]
        if not last and pick is not mentions[0] and AFFILIATION_RE.match(para.text, mentions[0].end, pick.start):
            pick = mentions[0]  # "according to the Research Initiative at Johns Hopkins": the body, not its host
        if last and not _heads_phrase(para.text, start, pick, end) and not _unnamed_speaks(para.text, pick, end):
            if reader.kind(pick.key) != "person" and ISSUED_DOCUMENT_RE.match(para.text, pick.end, end):
                return pick.key  # "an FAA statement said": the organisation speaks through its statement
            return None  # "a resident of X said", "X's source said": someone unnamed speaks
        return pick.key
    text = para.text[start:end]
    for m in PRONOUN_RE.finditer(text):
        return resolve_pronoun(reader, para.index, start + m.start(), m.group(1).lower())
    return resolve_description(reader, para.index, start, text)


# "Dembele from Mali said", "Lena Varga-Holm of the Green Alliance said": where a named speaker is from
HOME_RE = re.compile(r"^\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|of|and|for))"
                     r"{0,5}(?:\s+(?:province|district|county|village))?\s*$")  # "the official from Oudomxay province"
ENTOURAGE_RE = re.compile(r"^\s+and\s+(?:their|his|her|its)\s+(?:teams?|delegations?|aides|staffs?|counterparts)\s*$")
AFFILIATION_RE = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?$")
# what an organisation issues in its own voice: "an FAA statement", "a ministry press release"
ISSUED_DOCUMENT_RE = re.compile(r"(?:[\u2019']s)?\s+(?:press\s+)?(?:statement|release|communique|readout|"
                                r"announcement|notice|spokesman|spokeswoman|spokesperson)\s*$")  # "a Veldra spokesman"
TITLE_LIKE_WORDS = lx.TITLE_HEADS | lx.TITLE_MODIFIERS | SMALL_WORDS | lx.ADVERBS | {"\u2019s", "'s"}
PARENTHESIS_RE = re.compile(r"\s*\([^()]{0,40}\)")
# "Xi in August reiterated", "the ministry on Tuesday said": when, between a subject and its verb
TIME_PHRASE_RE = re.compile(r"\b(?:on|in|last|this|earlier|early|late)\s+(?:[A-Z][a-z]+\.?|week|month|year)"
                            r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?")


WORD_RE = re.compile(r"[\w'\u2019-]+")
UNNAMED_MENTION_RE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")
# what may follow an unnamed speaker before the verb: "one resident still living on his land told"
SPEAKER_MODIFIER_RE = re.compile(r"\s*,?\s*(?:who|still|in|from|at|of|with|[a-z]+ing)\b")


def _unnamed_speaks(text: str, mention: Mention, end: int) -> bool:
    """An unnamed speaker ("one Luang Prabang resident") followed by what describes them."""
    return bool(UNNAMED_MENTION_RE.match(text, mention.start)) and (
        not text[mention.end:end].strip(" ,") or bool(SPEAKER_MODIFIER_RE.match(text, mention.end, end)))


def _heads_phrase(text: str, start: int, mention: Mention, end: int) -> bool:
    """Whether a mention is the head of the phrase [start, end) before a verb: only
    describing words come before it, only adverbs, a parenthesis or an apposition after it."""
    before = text[start:mention.start]
    if not _describes(before[before.rfind(",") + 1:]) and not AUTHORED_BY_RE.search(before):
        return False  # only the words since the last comma qualify it, or "a report by" names its author
    after = TIME_PHRASE_RE.sub(" ", PARENTHESIS_RE.sub(" ", text[mention.end:end]))
    after = " ".join(w for w in after.split(" ") if w not in lx.TIME_WORDS)  # "Xi Jinping Tuesday called on"
    if after.lstrip().startswith(",") and _is_apposition(after.strip(" ,")):
        return True  # "Kemarksy, director of the Africa Department told"
    if HOME_RE.match(after) or ENTOURAGE_RE.match(after):
        return True  # "Maj. Gen. Dembele from Mali highlighted", "The two leaders and their teams agreed"
    return all(w.lower() in lx.ADVERBS for w in WORD_RE.findall(after))


DOTTED_WORD_RE = re.compile(r"[\w.'\u2019-]+")


def _describes(words_before: str) -> bool:
    """Title or describing words before a name: "Acting Secretary of Defense", "the
    think tank", but not "a resident of" (a plain noun before a preposition)."""
    described = False
    plain = ""  # the last plain noun: "a statement from X said" is X's word
    for w in DOTTED_WORD_RE.findall(words_before.replace("\u2019s", " ").replace("'s", " ")):
        lower = w.lower()
        if described and lower in lx.PREPOSITIONS and not (plain in DOCUMENT_NOUNS and lower in ("from", "by", "of")):
            return False
        if (w.islower() and lower not in TITLE_LIKE_WORDS) or lower in lx.GROUP_NOUNS:
            described, plain = True, lower  # "Officials in Beijing said": the officials speak, not Beijing
    return True


DOCUMENT_NOUNS = frozenset({"statement", "report", "letter", "communique", "release", "notice", "announcement"})


def resolve_pronoun(reader: Reader, paragraph: int, pos: int, pronoun: str) -> str | None:
    """"he"/"she": the latest person speaking or acting, not one known to be of the other
    sex; "it": an organisation or country; "they": a group, organisation or country."""
    if pronoun in lx.PERSON_PRONOUNS:
        other = "female" if pronoun == "he" else "male"
        for p, at, key in reversed(reader.focus):
            if (p, at) < (paragraph, pos) and reader.kind(key) == "person" and _sex(reader.participants[key]) != other:
                return key
        return None
    if pronoun == "it":
        return reader.latest(paragraph, pos, ("organization", "country"))
    return reader.latest(paragraph, pos, ("group",))  # "they" after "X met Y" are both: no one participant


FEMALE_WORDS_RE = re.compile(r"\b(?:Mrs|Ms|Miss|Madam|Lady|Queen|Princess|(?:chair|spokes|congress|business)woman)\b",
                             re.I)
MALE_WORDS_RE = re.compile(r"\b(?:Mr|Sir|King|Prince|Lord|(?:chair|spokes|congress|business)man)\b", re.I)


def _sex(person: FoundParticipant) -> str | None:
    """What a person's titles and forms of address say of their sex ("Ms. Lee", "spokeswoman")."""
    said = " ".join(person.titles + person.aliases)
    if FEMALE_WORDS_RE.search(said):
        return "female"
    if MALE_WORDS_RE.search(said):
        return "male"
    return None


CAPITALISED_RE = re.compile(r"\b[A-Z][\w-]+")


def resolve_description(reader: Reader, paragraph: int, pos: int, text: str) -> str | None:
    """The participant a description names: "the French ambassador" (a title), "the
    ministry" (an organisation's head word), "the top Senate Republican" (a capitalised
    word of someone's title); among several, the latest mentioned."""
    if AGE_DESCRIPTION_RE.match(text):  # "the 64-year-old": the person the story is about just now
        return reader.latest(paragraph, pos, ("person",))
    if ISSUED_PAPER_RE.match(text) or ISSUED_PAPER_LAST_RE.search(text):  # "the guideline said": its issuer
        return _latest_mentioned(reader, paragraph, pos, "organization")
    if THE_REPORT_RE.fullmatch(text):  # "the report said", after "CNR reported": the one who reported
        return _latest_reporter(reader, paragraph, pos)
    indefinite = INDEFINITE_TITLE_RE.match(text)
    if indefinite:  # "A Chinese mainland spokesperson urged": the one spokesperson the story names
        holders = [p.key for p in reader.participants.values() if p.kind == "person"
                   and any(indefinite.group(1).lower() in t.lower().split() for t in p.titles)]
        return holders[0] if len(holders) == 1 else _named_next(reader, paragraph, pos)
    m = DESCRIPTION_RE.search(text)
    if m:
        scored = [(describe_matches(m.group(0), p.titles), p.key)
                  for p in reader.participants.values() if p.kind == "person"]
        exact = [key for score, key in scored if score == 2]
        if len(exact) > 1:  # "the President" of a readout: the one the story is about
            return max(exact, key=lambda key: len(reader.participants[key].mentions))
        best = max((score for score, _ in scored if score < 2), default=0)
        fits = set(exact) or {key for score, key in scored if score and score == best}
        if fits:
            return _latest_of(reader, paragraph, pos, fits)
    else:
        m = ORG_DESCRIPTION_RE.search(text)
        if m:
            words = {w.casefold() for w in m.groups() if w}  # "the ministry", "the research center"
            return _latest_of(reader, paragraph, pos, {p.key for p in reader.participants.values()
                                                       if p.kind == "organization" and (
                                                           words <= set(p.name.casefold().split())
                                                           or (words <= {"company", "firm"} and _named_as_a_company(p.name)))})
    described = DESCRIBED_RE.search(text, m.start() if m else 0)
    if not described or _plural_title(described.group(0)):
        return None  # "the three National Security Advisors": several people, no one speaker
    if LENDER_RE.fullmatch(described.group(0)):  # "The lender said": the bank the story is about
        return _latest_of(reader, paragraph, pos, {p.key for p in reader.participants.values()
                                                   if p.kind == "organization" and "bank" in p.name.casefold().split()})
    words = set(CAPITALISED_RE.findall(described.group(0))) - {"The"}
    holders = {p.key for p in reader.participants.values()
               if p.kind == "person" and words & {w for t in p.titles for w in t.split()}}
    role = PERSON_ROLE_RE.match(described.group(0))
    if not holders and role and not _introduced_unnamed(reader, paragraph, pos, role.group(1)):
        return _latest_speaker(reader, paragraph, pos)  # "The veteran diplomat said": the one just quoted
    return _latest_of(reader, paragraph, pos, holders)


LENDER_RE = re.compile(r"[Tt]he\s+(?:\w+\s+)?lender")
# a person described by a trade, not an office ("the veteran diplomat", "the economist")
PERSON_ROLE_RE = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+){0,2}(diplomat|economist|analyst|expert|scholar|professor|"
                            r"researcher|scientist|statesman|veteran)")


def _introduced_unnamed(reader: Reader, paragraph: int, pos: int, noun: str) -> bool:
    """Whether the story brought in someone unnamed by this noun before ("a military expert who
    asked for anonymity told ..."), whom "the expert" then means."""
    unnamed = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,3}" + noun + r"\b")
    texts = reader.document.paragraphs[:paragraph] + [reader.document.paragraphs[paragraph][:pos]]
    return any(unnamed.search(text) for text in texts)


def _latest_speaker(reader: Reader, paragraph: int, pos: int) -> str | None:
    """The person who spoke last before a position, if the story quoted someone."""
    return next((key for p, at, key in reversed(reader.focus)
                 if (p, at) < (paragraph, pos) and reader.kind(key) == "person"), None)


def _latest_mentioned(reader: Reader, paragraph: int, pos: int, kind: str) -> str | None:
    """The participant of a kind mentioned last before a position (this paragraph, then earlier
    ones); not an agency credited in parentheses ("(Xinhua)"), which reports but issues nothing."""
    for p in range(paragraph, -1, -1):
        text = reader.document.paragraphs[p]
        for m in reversed(reader.mentions.get(p, [])):
            if (p < paragraph or m.start < pos) and reader.kind(m.key) == kind and text[m.start - 1:m.start] != "(":
                return m.key
    return None


NEXT_SENTENCE_RE = re.compile(r"[.!?][\"\u201d]?\s+")
SPEAKS_NEXT_RE = re.compile(r"\s+(?:also\s+)?(?:said|says|told|added|noted|stressed)\b")


def _named_next(reader: Reader, paragraph: int, pos: int) -> str | None:
    """"..., a spokesperson for the ministry said Thursday. Wu Qian said at a press conference
    ...": the person who opens the next sentence as its speaker is the one the lead described."""
    text = reader.document.paragraphs[paragraph]
    stop = NEXT_SENTENCE_RE.search(text, pos)
    at, p = (stop.end(), paragraph) if stop else (0, paragraph + 1)
    first = reader.mentions.get(p, [])
    first = [m for m in first if m.start == at]
    if first and reader.kind(first[0].key) == "person" \
            and SPEAKS_NEXT_RE.match(reader.document.paragraphs[p] if p < len(reader.document.paragraphs) else "",
                                     first[0].end):
        return first[0].key
    return None


def _named_as_a_company(name: str) -> bool:
    """"Veldra Chemicals", "Kenya Airways", "Boeing Company": "the company" may mean it."""
    last = name.split()[-1]
    return last in INDUSTRY_HEADS or last in COMPANY_HEADS


THE_REPORT_RE = re.compile(r"\s*[Tt]he\s+(?:same\s+|latest\s+|new\s+)?report\s*")
# what follows an organisation that reports: "CNR reported", "the CNR report", "Yonhap's report"
REPORTED_AFTER_RE = re.compile(r"\)?(?:\s*\([A-Za-z]+\))?(?:['\u2019]s)?\s+(?:report(?:ed|s)?|(?:[a-z]+\s+)?report)\b")


def _latest_reporter(reader: Reader, paragraph: int, pos: int) -> str | None:
    """The organisation the story last credited with a report, before a position."""
    for p in range(paragraph, -1, -1):
        text = reader.document.paragraphs[p]
        for m in reversed(reader.mentions.get(p, [])):
            if (p < paragraph or m.start < pos) and reader.kind(m.key) == "organization" \
                    and REPORTED_AFTER_RE.match(text, m.end):
                return m.key
    return None


def _plural_title(phrase: str) -> bool:
    last = phrase.split()[-1].lower()
    return last.endswith("s") and last[:-1] in lx.TITLE_HEADS


# "a new report by X suggests": X speaks through what it wrote
AUTHORED_BY_RE = re.compile(r"\b(?:a|an|the)\s+(?:new\s+|recent\s+|latest\s+)?(?:report|study|survey|analysis|"
                            r"poll|statement|paper)\s+(?:by|from)\s+(?:[Tt]he\s+)?$")
ISSUED_STATEMENT_RE = re.compile(r"\b(?:released|issued|published|put\s+out|posted)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
                                 r"(?:statement|release|letter|report)\s+(?:that|which)\s+$")
ISSUED_PAPER_RE = re.compile(r"\s*[Tt]he\s+(?:new\s+)?(?:guideline|guidelines|circular|notice|white\s+paper|"
                             r"regulation|regulations|directive|communique|plan|document)\b")
ISSUED_PAPER_LAST_RE = re.compile(ISSUED_PAPER_RE.pattern + r"\s*$")  # "Noting that ..., the communique stresses"
INDEFINITE_TITLE_RE = re.compile(r"\s*[Aa]n?\s+(?:[\w.-]+\s+){0,3}?(spokesperson|spokesman|spokeswoman|"
                                 r"ambassador|envoy|minister|economist|analyst|researcher)\b")
AGE_DESCRIPTION_RE = re.compile(r"\s*[Tt]he\s+\d+-year-old\b")
DESCRIBED_RE = re.compile(r"[Tt]he\s+(?:[\w-]+\s+){0,3}[\w-]+")


def _latest_of(reader: Reader, paragraph: int, pos: int, keys: set[str]) -> str | None:
    """The only key, or the one last mentioned before the position."""
    if len(keys) == 1:
        return next(iter(keys))
    best = None
    for key in keys:
        for span in reader.participants[key].mentions:
            at = (span.paragraph, span.start)
            if at < (paragraph, pos) and (best is None or at > best[0]):
                best = (at, key)
    return best[1] if best else None


def _inside_quote(para: Paragraph, pos: int) -> bool:
    """Whether pos lies inside a quote's words."""
    return para.inside_quote(pos)


AND_NEXT_RE = re.compile(r"\s+and\s")


def clause_subject(reader: Reader, para: Paragraph, start: int, end: int) -> str | None:
    """The first participant or pronoun standing as a subject in [start, end): at the
    head of a clause (after the start, a comma or a conjunction) and followed by a
    lowercase word that is not a preposition."""
    text = para.text
    end = min(end, start + CLAUSE_REACH)
    starting_at: dict[int, Mention] = {}
    for m in reader.mentions_in(para.index, start, end):  # the longest where two start together
        if m.start not in starting_at or m.end > starting_at[m.start].end:
            starting_at[m.start] = m  # "Chinese and German researchers", not "Chinese"
    first_of_pair = None  # "President Biden and President Xi reiterated": Biden leads the pair
    for tok in para.tokens_between(start, end):
        mention = starting_at.get(tok.start)
        word = tok.text.lower() if mention is None else ""  # the pronoun, when no mention starts here
        if (mention is None and word not in SUBJECT_PRONOUNS) or _inside_quote(para, tok.start):
            continue
        np_end = mention.end if mention else tok.end
        head = _np_head_start(reader, para, mention) if mention else tok.start
        if not _at_clause_head(text, start, head):
            continue
        if not _followed_by_verb(text, np_end, end):
            if mention and first_of_pair is None and AND_NEXT_RE.match(text, np_end, np_end + 6):
                first_of_pair = mention
            continue
        if mention:
            paired = first_of_pair and COORDINATION_RE.fullmatch(text[first_of_pair.end:mention.start])
            return first_of_pair.key if paired else mention.key
        return resolve_pronoun(reader, para.index, tok.start, word)
    opening = text[start:min(end, start + 60)].lstrip(" ,\"\u201c")
    at = min(end, start + 60) - len(opening)
    if opening[:4] in ("The ", "the ") and not _inside_quote(para, at):
        # "The secretary of state added ...": a described subject (not the quoted words' own subject)
        return resolve_description(reader, para.index, start, opening.split(",")[0])
    for m in DESCRIBED_SUBJECT_RE.finditer(text, start, end):
        # "Regarding X, the President reiterated ...", "The President and Prime Minister reaffirmed"
        if _at_clause_head(text, start, m.start()) and not _inside_quote(para, m.start()):
            return resolve_description(reader, para.index, m.start(), m.group(0))
    return None


# "the President", "the Chinese ambassador": a description heading a clause
DESCRIBED_SUBJECT_RE = re.compile(DESCRIPTION_RE.pattern)


def _np_head_start(reader: Reader, para: Paragraph, mention: Mention) -> int:
    """Where a mention's noun phrase starts, its title and article included."""
    head = mention.start
    before = para.text[:head].rstrip()
    for title in reader.participants[mention.key].titles:
        if before.endswith(title):
            head = len(before) - len(title)
            break
    if para.text[max(0, head - 4):head].lower() == "the ":
        head -= 4
    return head


CLAUSE_MARK_RE = re.compile(r"[,;:\u2014(\"\u201c\u201d]")


def _at_clause_head(text: str, floor: int, pos: int) -> bool:
    """Nothing but a clause boundary, or a few describing words ("local farmer"), before pos."""
    before = text[floor:pos].rstrip()
    if not before or before[-1] in ",;:\u2014(\"\u201c\u201d-":
        return True
    words = CLAUSE_MARK_RE.split(before)[-1].split()
    if words and words[-1].lower() in CONJUNCTIONS:
        return True
    return len(words) <= 3 and all((w.islower() or n == 0) and w.lower() not in lx.PREPOSITIONS
                                   and w.lower() not in SMALL_WORDS and w.lower() not in lx.SAY_VERBS
                                   and not w.endswith("ed") for n, w in enumerate(words))


# after a subject: an apposition in commas or "from Mali", then the word that may be its verb
FOLLOWING_WORD_RE = re.compile(r"(?:\s*,(?:[^,]{1,120},){1,2})?"
                               r"(?:\s+(?:on|last|this|early|late)\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?"  # "on Tuesday"
                               r"(?:\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:(?:of|and|for|the)\s+)?[A-Z][\w.-]*)*)?"
                               r"\s+([a-z][\w'-]*)")


SUBJECT_TIME_RE = re.compile(r"(?:\s+(?:on|last|this|earlier|late|early)\s+(?:" + "|".join(
    re.escape(w) for w in sorted(lx.TIME_WORDS, key=len, reverse=True)) + r"|week|month|year|weekend)\b"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?(?:\s+(?:" + "|".join(sorted(lx.ADVERBS - {
        "is", "was", "has", "have", "had", "will", "would", "been"})) + r")\b)*")
FOLLOWING_WORD_ONE_RE = re.compile(r"\s*,[^,]{1,120},\s+([a-z][\w'-]*)")


def _followed_by_verb(text: str, pos: int, end: int) -> bool:
    """A lowercase word that could be a verb follows (an apposition in commas may come first,
    or a time phrase and adverbs: "Lee on Monday once again criticized")."""
    lead = SUBJECT_TIME_RE.match(text, pos)
    at = lead.end() if lead and lead.end() > pos else pos
    # "X, on his visit, pinned hopes on "...", and": one apposition, not two, when its verb follows
    return any(_verb_like(m.group(1)) for regex in (FOLLOWING_WORD_RE, FOLLOWING_WORD_ONE_RE)
               if (m := regex.match(text, at)) and m.start(1) < end + 40)


def _verb_like(word: str) -> bool:
    return word not in lx.PREPOSITIONS and word not in SMALL_WORDS and word not in CONJUNCTIONS \
        and word not in ("who", "which", "that", "whose") and word not in lx.TITLE_HEADS \
        and word not in lx.GROUP_NOUNS  # "the U.S. lawmaker added": the country only qualifies


# ---- reported speech ------------------------------------------------------------

# a sentence opening with a subordinate clause, the verb inside it ("While he said that ...")
# a sentence opening with a condition, then its speaker: "Without X, Y warned ..."
CONDITION_OPENER_RE = re.compile(r"\s*(?:Without|Unless|Absent|If)\b[^,;]*,[^,;]*$")
LEADING_SUBCLAUSE_RE = re.compile(r"\s*(?:While|Although|Though|As|When|If|Because|Since|After|Before|Whereas)\b[^,]*$")
Reported = tuple[tuple[int, int], str | None]  # the reported words' bounds, and who said them


def _indirect_statements(reader: Reader, para: Paragraph, sentence: tuple[int, int], quoted: list[Quote],
                         used_verbs: dict[int, tuple[str | None, Quote]]) -> list[FoundStatement]:
    """Reported speech of one sentence, outside its quotes, left to right."""
    s0, s1 = sentence
    tokens = [t for t in para.tokens_between(s0, s1) if not para.quoted[t.start]]  # _inside_quote, inline
    blocked = [(q.open, q.close + 1 if q.close is not None else len(para.text)) for q in quoted
               if q.open < s1 and (q.close or len(para.text)) > s0]
    found: list[FoundStatement] = []
    floor = s0  # reported content starts no earlier than the end of the last statement
    sentence_speaker = None
    for i, tok in enumerate(tokens):
        word = tok.text
        if word not in MAY_REPORT and tok.start not in used_verbs and word.lower() != "according" \
                and not (i == 0 and word.lower() in lx.PARTICIPLES):
            continue  # most words can start no reported speech: skip the tests below
        result = None
        if tok.start in used_verbs:  # the verb attributed a quote; it may report more words too
            speaker, quote = used_verbs[tok.start]
            sentence_speaker = speaker or sentence_speaker  # `"...," said Guan, adding that ...`
            content = _content_after(para, tokens, i, s1, participle=False, needs_that=True)  # `he noted that`
            lead_in = max(floor, s0)
            if content is None and quote.close is not None and quote.close < tok.start \
                    and len(para.text[lead_in:quote.open].split()) > MIN_CONTENT_WORDS:
                content = (lead_in, quote.close)  # `Beijing fears "lending traps," Sun said`: one reported sentence
            floor = max(floor, tok.end)
            result = (content, speaker) if content else None
        elif word.lower() == "according" and i + 1 < len(tokens) and tokens[i + 1].text == "to":
            result = _according_to(reader, para, tokens, i, s0, s1, _closing_floor(found, s0, floor))
        elif word == "learned" and i + 1 < len(tokens) and tokens[i + 1].text == "from":
            result = _learned_from(reader, para, tokens, i, s0, s1, floor)
        elif i == 0 and word.lower() in lx.PARTICIPLES:
            result = _opening_participle(reader, para, tokens, s1)
        elif word in lx.PARTICIPLES and (with_speaker := _with_participle_subject(reader, para, tokens, i)):
            content = _content_after(para, tokens, i, s1, participle=True)
            result = (content, with_speaker) if content else None
        elif word in lx.SPEECH_ADJECTIVES and i and tokens[i - 1].text == "making" and _is_speech_verb(tokens, i):
            # "X sent a memo, making clear his opposition to ...": X's act, as a participle
            segment = _segment_start(para.text, s0, tok.start)  # "..., Esper held a press conference making clear"
            speaker = sentence_speaker or clause_subject(reader, para, segment, tok.start) \
                or clause_subject(reader, para, max(s0, tok.start - CLAUSE_REACH), tok.start)
            content = _content_after(para, tokens, i, s1, participle=False)
            result = (content, speaker) if content else None
        elif word in lx.PARTICIPLES and _participle_opens(para, tokens, i):
            speaker = sentence_speaker or clause_subject(reader, para, max(s0, tok.start - CLAUSE_REACH), tok.start)
            content = _content_after(para, tokens, i, s1, participle=True)
            result = (content, speaker) if content else None
        elif _is_speech_verb(tokens, i):
            result = _finite_speech(reader, para, tokens, i, s0, s1, _closing_floor(found, s0, floor))
        if result and result[1] is None and word in NEEDS_A_SPEAKER:
            result = None  # "the news emphasizes positive angles": no one is speaking
        if result:
            (start, end), speaker = result
            if start > tok.start and CONDITION_OPENER_RE.match(para.text, s0, tok.start):
                start = s0  # "Without partnerships, X warned there will be ...": the condition is said too
            elif start > tok.start and LEADING_SUBCLAUSE_RE.match(para.text, s0, tok.start):
                # "While he promised that X, Bach is not sure ...": the words end with the subclause
                comma = para.text.find(",", start, end)
                end = comma if comma > start else end
            start, end = trim_span(para.text, *_around_quotes(para.text, start, end, blocked))
            if len(para.text[start:end].split()) >= MIN_CONTENT_WORDS:
                found.append(FoundStatement(Span.of(reader.document.paragraphs, para.index, start, end),
                                            "indirect", speaker))
                reader.note(para.index, tok.start, speaker)
                reader.last_speaker = speaker
                sentence_speaker = speaker or sentence_speaker
                if not RELATIVE_BEFORE_RE.search(para.text, max(s0, tok.start - 30), tok.start):
                    floor = max(floor, end, tok.end)  # not past a relative clause: its owner speaks next
    return _drop_overlaps(para.text, found)


RELATIVE_BEFORE_RE = re.compile(r",\s+(?:which|who)\s+(?:\w+\s+){0,2}$")


def _closing_floor(found: list[FoundStatement], s0: int, floor: int) -> int:
    """How far back an attribution may reach: past the statements already found in the sentence,
    unless no one was named for them ("Most schools said they would ..., said X, head of research";
    "China has stressed that A, according to X"): then they are the later speaker's words too."""
    return s0 if found and all(f.speaker is None for f in found) else floor


# verbs that report speech only when someone named or described does them: with no speaker,
# "the study suggests ...", "the strategy highlights ..." are the writer's words
NEEDS_A_SPEAKER = lx.READOUT_VERBS | lx.READOUT_PARTICIPLES | frozenset("""
suggests suggested indicates indicated estimates estimated recognized recognizes reveals revealed hopes
hoped expects expected believes believed thinks thought shows showed found finds projected forecast forecasts
forecasted agreed agrees described describes detailed details committed commits encouraged encourages
identified identifies ordered orders
""".split()) | lx.SPEECH_ADJECTIVES

# every word that a branch of _indirect_statements' loop may act on, besides "according" and used verbs
MAY_REPORT = lx.PARTICIPLES | lx.SAY_VERBS | lx.SPEECH_ADJECTIVES | {"pointed", "called", "calls", "learned"}
COPULAS = frozenset({"is", "was", "are", "were", "remains", "remained"})
# "made clear that ...", "made clear his commitment"; not "made clear overtures"
MADE_CLEAR_OBJECTS = frozenset({"that", "his", "her", "its", "their", "the", "our", "how", "what", "why"})


def _opening_participle(reader: Reader, para: Paragraph, tokens: list[Token], s1: int) -> Reported | None:
    """"Noting that A, Li proposed ...": A is what the main clause's subject said."""
    if len(tokens) < 3 or tokens[1].text != "that":
        return None
    for comma in (t for t in tokens[2:] if t.text == ","):
        speaker = clause_subject(reader, para, comma.end, min(s1, comma.end + CLAUSE_REACH // 4))
        if speaker is not None:
            return (tokens[2].start, comma.start), speaker
    return None


WITH_SUBJECT_RE = re.compile(r"\bwith\s+(?:(?:[A-Z][\w.-]*|the)\s+){0,4}$")


def _with_participle_subject(reader: Reader, para: Paragraph, tokens: list[Token], i: int) -> str | None:
    """"..., with President X underscoring the importance of ...": X says it."""
    if i == 0:
        return None
    named = reader.mentions_in(para.index, max(0, tokens[i].start - 60), tokens[i].start)
    if not named or para.text[named[-1].end:tokens[i].start].strip():
        return None
    return named[-1].key if WITH_SUBJECT_RE.search(para.text, max(0, named[-1].start - 60), named[-1].start) else None


def _finite_speech(reader: Reader, para: Paragraph, tokens: list[Token], i: int, s0: int, s1: int,
                   floor: int) -> Reported | None:
    """`X said (that) ...`, `..., X added.`, `..., said X.` and `In fact, X said, ...` around one verb."""
    verb = tokens[i - 1] if tokens[i].text in lx.SPEECH_ADJECTIVES else tokens[i]  # "made clear": "made"
    text = para.text
    lower = max(s0, floor, verb.start - CLAUSE_REACH)
    subject_start = _segment_start(text, lower, verb.start)
    # "The State Council, China's cabinet, on Wednesday stressed": a time phrase is no subject
    words_before = [w for w in TIME_PHRASE_RE.sub(" ", text[subject_start:verb.start]).split()
                    if w.lower() not in lx.ADVERBS]
    speaker = _NO_SUBJECT
    issued = ISSUED_STATEMENT_RE.search(text, subject_start, verb.start)
    if issued:  # "X released a statement that said ...": X speaks
        speaker = _issuer(reader, para, lower, issued.start())
    elif words_before and words_before[0] in ("which", "who") and subject_start > lower:
        # "The Orvane River Trust, which first called for ..., said ...": the relative's owner says
        # what the relative clause says, up to its closing comma
        found = _subject_before_comma(reader, para, lower, subject_start - 1)
        closing = text.find(",", verb.end, s1)
        content = _content_after(para, tokens, i, s1, participle=False) if found else None
        if content is None:
            return None  # "the deal, which called for ...": a document no one named speaks through
        return (content[0], min(content[1], closing if closing > 0 else content[1])), found[0]
    elif words_before and (words_before[-1] == "and" or words_before[-3:] == ["as", "well", "as"]) \
            or (CONJUNCTION_BEFORE_RE.search(text, lower, subject_start)
                and all(w.lower() in AUXILIARIES for w in text[subject_start:verb.start].split())):
        # "X welcomed ... and expressed ...", "..., as well as previewed ...", "X has been implicated
        # ..., but has denied that ...": X's verb too
        speaker = clause_subject(reader, para, s0, verb.start)
    elif words_before:
        speaker = _subject_before(reader, para, subject_start, verb.start)
        if subject_start > lower and (speaker is None or (speaker is not _NO_SUBJECT and reader.kind(speaker) != "person")) \
                and _title_or_org_segment(text[subject_start:verb.start]):
            # "X, executive secretary, Y Association said": the apposition's owner speaks
            owner = _listed_apposition_owner(reader, para, lower, subject_start)
            if owner:
                speaker = owner
        if speaker not in (None, _NO_SUBJECT) and text[subject_start:verb.start].split()[0] == "and":
            speaker = _first_of_list(reader, para, lower, subject_start, speaker)
    elif subject_start > lower and not _inverted_with_a_name(reader, para, verb):
        # "X, an adviser to Y, said": the subject lies before a comma
        found = _subject_before_comma(reader, para, lower, subject_start - 1)
        if found:
            speaker, subject_start = found
    if speaker is None and verb.text in NOUN_LIKE_VERBS:
        return None  # "the BRICS states has been": a plural noun, not a verb of speech
    if speaker is not _NO_SUBJECT:
        if _closes_sentence(tokens, i, s1):
            # "A promised B, the Times reported.": the closing attribution reports the whole
            # sentence, an inner statement already found in it included (it is dropped for this one)
            whole = max(s0, verb.start - CLAUSE_REACH) if _ends_sentence(tokens, i, s1) \
                and not PLAIN_SPEECH_RE.search(text, s0, subject_start) else lower  # "X said ..., Bloomberg reported": X's
            content = _content_around_attribution(text, tokens, i, whole, subject_start, s1)
        else:
            content = _content_after(para, tokens, i, s1, participle=False)
        return (content, speaker) if content else None
    follows_that = i + 1 < len(tokens) and tokens[i + 1].text == "that"
    right_after_comma = not text[subject_start:verb.start].strip()
    if subject_start > lower and right_after_comma and verb.text in lx.CLOSING_VERBS and verb.text != "told" \
            and not follows_that:
        # inverted: "..., said Dupont." / "..., says X, director of Y." / "..., said the man who ..."
        speaker = _named_right_after(reader, para, verb.end)
        if speaker is not None or UNNAMED_SPEAKER_RE.match(text, verb.end):
            content = (lower, subject_start - 1)
            return (content, speaker) if _enough(text, content) else None
        # nothing named after the verb: "X, a research network, reported in 2016 that ..." reads on
    if right_after_comma and subject_start > lower:
        # "A Lao official, who declined to be named, pointed out that ...": someone unnamed
        content = _content_after(para, tokens, i, s1, participle=False, needs_that=True)
        return (content, None) if content else None
    return None


def _inverted_with_a_name(reader: Reader, para: Paragraph, verb: Token) -> bool:
    """"..., said Liu Gongfeng, general manager of X", "..., said the man who requested anonymity":
    a closing verb right after a comma with its speaker right after it speaks for what went
    before, whoever the clause before names."""
    if verb.text not in lx.CLOSING_VERBS or verb.text == "told":
        return False
    if INVERTED_UNNAMED_RE.match(para.text, verb.end):
        return True
    named = reader.mentions_in(para.index, verb.end, verb.end + 60)
    return bool(named) and not para.text[verb.end:named[0].start].strip() and reader.kind(named[0].key) == "person"


AUXILIARIES = frozenset({"has", "have", "had", "also", "later", "then"})
CONJUNCTION_BEFORE_RE = re.compile(r"\b(?:but|and)\s*$")


def _issuer(reader: Reader, para: Paragraph, lower: int, verb: int) -> str | None:
    """Who "released a statement": the subject before the verb, past any appositions."""
    start = _segment_start(para.text, lower, verb)
    if para.text[start:verb].strip():
        speaker = _subject_before(reader, para, start, verb)
        return None if speaker is _NO_SUBJECT else speaker
    if start <= lower:
        return None
    found = _subject_before_comma(reader, para, lower, start - 1)
    return found[0] if found else _listed_apposition_owner(reader, para, lower, start)


def _content_around_attribution(text: str, tokens: list[Token], i: int, lower: int, subject_start: int,
                                s1: int) -> tuple[int, int] | None:
    """The reported words of a sentence whose attribution ends or interrupts it:
    `A, X said.` -> A; `A, X said, B.` -> the whole sentence, its attribution inside (as
    annotators mark it: the words around the attribution are one statement)."""
    before = (lower, subject_start - 1)
    comma = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].text == "," else None
    if comma is not None and i + 2 < len(tokens) and tokens[i + 2].text not in lx.PARTICIPLES:
        return (lower, s1)  # "By acting now, X said, we ...": the sentence is the statement, opener and all
    return before if subject_start > lower and _enough(text, before) else None




def _first_of_list(reader: Reader, para: Paragraph, lower: int, segment_start: int, speaker: str) -> str:
    """"Advisors Sullivan, Shin, and Akiba expressed": a listed subject speaks through its first name."""
    first = speaker
    while segment_start > lower:
        start = _segment_start(para.text, lower, segment_start - 1)
        named = [m for m in reader.mentions_in(para.index, start, segment_start - 1) if reader.kind(m.key) == "person"]
        if len(named) != 1 or not _heads_phrase(para.text, start, named[0], segment_start - 1):
            break
        first, segment_start = named[0].key, start
    return first


UNNAMED_SOURCE_RE = re.compile(r"\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:official|officials|source|sources|report|"
                               r"statement|spokesperson|spokesman|spokeswoman|paper|newspaper|ministry|police|center|"
                               r"centre|office|department|bureau|authorities|committee|commission)\b")
UNNAMED_SPEAKER_RE = re.compile(r"\s+(?:the|a|an|one|another)\s+[a-z]")
# "..., said the man who requested anonymity.": someone unnamed, and nothing said after them
INVERTED_UNNAMED_RE = re.compile(r"\s+(?:the|a|an|one|another)\s+(?:[a-z]+\s+){0,2}(?:man|woman|official|source|"
                                 r"resident|villager|farmer|worker|diplomat|spokesperson|spokesman|spokeswoman)"
                                 r"(?:\s+who\b|\s*[,.])")


def _subject_before_comma(reader: Reader, para: Paragraph, lower: int, comma: int) -> tuple[str, int] | None:
    """The speaker of a verb right after a comma, and where its phrase starts: a name
    heading the segment before ("The envoy, Zhao Lijian, told"), else the owner of an
    apposition ("Oh Ei Sun, a senior fellow with X, says")."""
    start = _segment_start(para.text, lower, comma)
    for m in reversed(reader.mentions_in(para.index, start, comma)):
        # a person heading the phrase ("The envoy, Zhao Lijian,"), or a name that is the whole phrase
        whole_name = not para.text[m.end:comma].strip() and para.text[start:m.start].strip() in ("", "The", "the")
        if (reader.kind(m.key) == "person" or whole_name) and _heads_phrase(para.text, start, m, comma) \
                and not _title_complement(para.text[start:m.start]):
            return m.key, start
    segment = para.text[start:comma].strip()
    if start > lower and (RELATIVE_RE.match(para.text, start) or segment.isdigit()
                          or segment.rstrip(".") in COMPANY_SUFFIXES):
        # "X, who took office in May," / "X, 45," / "X, director of Y Co., Ltd,"
        return _subject_before_comma(reader, para, lower, start - 1)
    if segment[:4] in ("The ", "the ") and (described := resolve_description(reader, para.index, start, segment)):
        return described, start  # "The 64-year-old, who took office in May, noted"
    if start > lower and _is_apposition(para.text[start:comma]):
        owner_start = _segment_start(para.text, lower, start - 1)
        if owner_start > lower and para.text[owner_start:start - 1].strip().rstrip(".") in COMPANY_SUFFIXES:
            # "X, deputy manager of Y Co., Ltd., a leading firm, said": the company's "Ltd." closes the first apposition
            start = owner_start
            owner_start = _segment_start(para.text, lower, start - 1)
        if owner_start > lower and _is_apposition(para.text[owner_start:start - 1]):
            # "X, a fellow at Y, a think tank on Z, said": the first apposition's owner
            found = _subject_before_comma(reader, para, lower, start - 1)
            if found:
                return found
        for m in reversed(reader.mentions_in(para.index, owner_start, start)):
            if m.end >= start - 2:
                return m.key, owner_start
    return None


RELATIVE_RE = re.compile(r"\s*(?:who|whose|which)\b")


def _is_apposition(segment: str) -> bool:
    """"a senior fellow with X", "director of Y", "French Ambassador to Kenya", "China's cabinet"."""
    segment = RELATIVE_TITLE_RE.sub("", segment.strip())  # "who serves as director of Y"
    words = segment.split()
    if not words:
        return False
    lead = [w.lower() for w in words[:4]]
    if lead[0] in ("who", "which", "that", "whose", "where", "when", "and", "but"):
        return False  # a relative clause or a new clause, not a description of the name before
    possessed = len(words) <= 4 and words[0].endswith(("'s", "\u2019s")) and words[-1].islower()  # "China's cabinet"
    return lead[0] in ("a", "an", "the") or words[0].islower() or possessed or any(w in lx.TITLE_HEADS for w in lead)


NP_AFTER_RE = re.compile(r"\s+(?:(?:the|a|an)\s+)?")
# "said a recent press conference held by X", "said a statement issued by X": X speaks
HELD_BY_RE = re.compile(r"\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:press\s+conference|news\s+conference|briefing|"
                        r"statement|report|notice|circular|document)\s+(?:held|issued|released|published)\s+by\s+")


PRONOUN_START_RE = re.compile(r"(he|she|they|it)\b")


def _named_right_after(reader: Reader, para: Paragraph, pos: int) -> str | None:
    """The speaker an inverted verb names right after it: "said Dupont", "said the ambassador",
    "said a press conference held by the State Council Information Office"."""
    held = HELD_BY_RE.match(para.text, pos)
    if held:
        named = reader.mentions_in(para.index, held.end(), held.end() + 80)
        return named[0].key if named else None
    gap = NP_AFTER_RE.match(para.text, pos)
    start = gap.end() if gap else pos
    mentions = reader.mentions_in(para.index, pos, start + 120)  # "said the think tank": its mention holds "the"
    if mentions:
        first = mentions[0]
        between = para.text[start:first.start]  # "said the head of X, Assistant Commissioner Neil Basu"
        if len(between.split()) <= 12 and _describes(between[between.rfind(",") + 1:]):
            return _first_named(reader, mentions, first, para.text)
    word = PRONOUN_START_RE.match(para.text[start:start + 5])
    if word:
        return resolve_pronoun(reader, para.index, start, word.group(1))
    return resolve_description(reader, para.index, pos, para.text[pos:pos + 60].split(",")[0])


def _first_named(reader: Reader, mentions: list[Mention], first: Mention, text: str) -> str:
    """"said U.S. Africa Command's Gen. Waldhauser": the person the phrase ends with (not one
    of a phrase after it: "said the think tank in its monthly X")."""
    for m in mentions:
        if m.start - first.end > 60 or (m is not first and PHRASE_BREAK_RE.search(text, first.end, m.start)):
            break
        if reader.kind(m.key) == "person":
            return m.key
    return first.key


PHRASE_BREAK_RE = re.compile(r"\b(?:in|on|at|during|after|before|to|with|for)\s")


# speech verbs that are also plural nouns; they count only after a named speaker
NOUN_LIKE_VERBS = frozenset({"states", "claims", "reports", "notes", "calls", "remarks", "estimates", "warns"})
# words a subject never ends with: relatives, auxiliaries, determiners ("the reports that")
NOT_SUBJECT_ENDS = frozenset("""
which that who what as is was be been being are were so-called having the a an his her its their our media news
""".split())
_NO_SUBJECT = object()  # the words before a verb are not a speaker ("which he said", "is said")


def _subject_before(reader: Reader, para: Paragraph, start: int, verb: int):
    """The speaker named right before a verb, its apposition and adverbs skipped."""
    text = para.text
    what = text.rfind("what ", start, verb)
    if what >= 0 and (what == 0 or not text[what - 1].isalnum()):
        start = what + len("what ")  # "in line with what Adviser X said last month that ...": X
    words = text[start:verb].split()
    while words and words[-1].lower() in lx.ADVERBS:
        words.pop()
    if not words:
        return _NO_SUBJECT
    last = words[-1].lower()
    if last.endswith(("\u2019s", "'s")) or last in NOT_SUBJECT_ENDS or last in lx.PREPOSITIONS \
            or (words[-1].islower() and last.endswith("ing") and len(last) > 5):
        return _NO_SUBJECT  # "which he said", "X's claim that": no speaker, or a noun not a verb
    described = DESCRIBED_LAST_RE.search(text, max(start, verb - 60), verb)
    if described and CLAUSE_JOIN_RE.search(text, max(start, described.start() - 6), described.start()) \
            and not _joint_subject(reader, para, start, described.start()):
        # "They spoke about the West Bank and the Vice President reiterated": a new clause's described subject
        found = resolve_description(reader, para.index, described.start(), described.group(0))
        if found:
            return found
    mentions = [m for m in reader.mentions_in(para.index, start, verb) if not _inside_quote(para, m.start)]
    if mentions:
        return _pick_subject(reader, para, mentions, start, verb)
    return resolve_np(reader, para, start, verb, last=True)


CLAUSE_JOIN_RE = re.compile(r"(?:\band|,)\s+(?:the\s+)?$")
DESCRIBED_LAST_RE = re.compile(DESCRIPTION_RE.pattern + r"\s*$")  # a description right before the verb
JOINED_DESCRIPTION_RE = re.compile(DESCRIPTION_RE.pattern + r"\s+and\s+$")


def _joint_subject(reader: Reader, para: Paragraph, start: int, at: int) -> bool:
    """"the Vice President and the President welcomed", "Harris and the President welcomed": a
    person or a description before the "and" shares the verb (the first of the pair speaks)."""
    if JOINED_DESCRIPTION_RE.search(para.text, max(start, at - 60), at):
        return True
    before = [m for m in reader.mentions_in(para.index, start, at) if PAIR_AND_RE.fullmatch(para.text, m.end, at)]
    return any(reader.kind(m.key) == "person" for m in before)


PAIR_AND_RE = re.compile(r"\s+and\s+")
COORDINATION_RE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:[A-Z][\w.-]*\s+){0,4}")  # "A, B, and C"


def _pick_subject(reader: Reader, para: Paragraph, mentions: list[Mention], start: int, verb: int) -> str | None:
    """The head of "Director of the X Department Dupont said": a person if one is named,
    else the name nearest the verb that heads the phrase, else what a description fits."""
    if INDEFINITE_TITLE_RE.match(para.text, start, mentions[0].start):
        named = _named_next(reader, para.index, verb)  # "a spokesperson for X said Thursday. Wu Qian said ..."
        if named:
            return named
    last = mentions[-1]
    if reader.kind(last.key) != "person" and ISSUED_DOCUMENT_RE.match(para.text, last.end, verb):
        return last.key  # "an FAA statement said", "A Veldra spokesman said": the organisation's own voice
    joined = CLAUSE_JOIN_RE.search(para.text, max(start, last.start - 12), last.start)
    if joined and reader.kind(last.key) != "person" and _heads_phrase(para.text, joined.end(), last, verb) \
            and any(w.islower() and w not in SMALL_WORDS for w in para.text[start:joined.start()].split()):
        return last.key  # "X met Y and both sides agreed": a new clause's own subject (not "The U.S. and India")
    people = [m for m in mentions if reader.kind(m.key) == "person"]
    if people:
        if not _heads_phrase(para.text, start, people[-1], verb) \
                and not COORDINATION_RE.fullmatch(para.text, people[-1].end, verb):
            return None  # "The President and Prime Minister reaffirmed": the first of the pair, below
        first = len(people) - 1  # "President Biden and President Sisi affirmed": the first of the pair
        while first > 0 and COORDINATION_RE.fullmatch(para.text[people[first - 1].end:people[first].start]):
            first -= 1
        return people[first].key
    heads = [m for m in mentions if _heads_phrase(para.text, start, m, verb)]
    if heads:  # "the British think tank Oxford Economics said": the name nearest the verb
        head = max(heads, key=lambda m: (m.start, m.end - m.start))
        paired = [m for m in mentions if m.end <= head.start and PAIR_AND_RE.fullmatch(para.text, m.end, head.start)]
        return (paired[-1] if paired else head).key  # "The U.S. and India committed": the first of the pair
    # "the commander of U.S. forces said", "the Russian leader said": the country is not the speaker
    return resolve_description(reader, para.index, start, para.text[start:verb])


SEGMENT_BREAK_RE = re.compile(r"[,;:\u201c\u201d\"]|\b(?:but|while|whereas)\b")
SEGMENT_BREAK_RE = re.compile(r"[,;:\u201c\u201d\"]|\b(?:but|while|whereas|after|before|when|until|because|although|unless)\b")

def _segment_start(text: str, floor: int, pos: int) -> int:
    """Start of the clause a verb belongs to: after the last comma, quote mark or
    conjunction before it (an apposition in commas belongs to its owner)."""
    cut = floor
    for m in SEGMENT_BREAK_RE.finditer(text[floor:pos]):
        cut = floor + m.end()
    return cut


AFTER_VERB_ADVERBS = frozenset({"here", "there", "today", "yesterday", "recently", "earlier", "later", "late"})


PLAIN_SPEECH_RE = re.compile(r"\b(?:said|says|told|tells|added|adds|stated|noted)\b")


def _ends_sentence(tokens: list[Token], i: int, s1: int) -> bool:
    """The verb is the sentence's last word but a day and its stop ("..., the Times reported Monday.")."""
    rest = [t for t in tokens[i + 1:i + 5] if t.start < s1]
    rest = [t.text for t in rest[_past_time_words(rest):]]
    return not rest or rest[0] in ".!?"


def _closes_sentence(tokens: list[Token], i: int, s1: int) -> bool:
    """The verb ends a trailing attribution: only adverbials follow it before the
    sentence ends ("..., Dupont added at the meeting."), or a comma opens a participle
    or the rest of a parenthetical ("..., he noted, adding ...", "..., he says, but ...")."""
    if tokens[i].text not in lx.CLOSING_VERBS:
        return False
    after = [t for t in tokens[i + 1:i + 1 + LOOKAHEAD] if t.start < s1]
    when = _past_time_words(after)
    if when and _reported_clause_opens(after[when:]):
        return False  # "X announced Monday the government has decided ...": the content follows
    rest = [t.text for t in after]
    if not rest or rest[0] in ".!?":
        return True
    if rest[0] in ("there", "here") and len(rest) > 1 and rest[1] in REPORTED_MODALS:
        return False  # "X warned there will be ...": the content follows
    if _channel_then_content(rest):
        return False  # "X said on Twitter the bribe ...": the content follows
    if rest[0] == ",":
        return True  # "..., he noted, adding ...", "The plan, he said, has made clear that ..."
    if "that" in rest[:THAT_REACH * (2 if rest[0] in lx.PREPOSITIONS else 1)]:
        return False  # "Xi said at the opening of the Boao Forum in 2018 that ...": the content follows
    if rest[0] in ("at", "about") and len(rest) > 1 and rest[1] in QUANTITY_AFTER:
        return False  # "X said at least a can of waste was ...": a quantity opens the content
    stop = next((n for n, w in enumerate(rest) if w in ".!?,;"), None)
    if stop is None or rest[stop] not in ".!?":
        return False  # "Xi said over the past five years, ...": the content follows the comma
    # "X told reporters.", "X told a press conference."
    listener = tokens[i].text == "told" and (rest[0] in OBJECT_NOUNS or rest[0] in ("a", "an")
                                             or rest[0][:1].isupper()) and stop <= 6
    # "X warned at the meeting." and "Xi said when addressing the summit." close; "X warned against ..." says what
    return stop <= 2 or listener or (rest[0] in lx.PREPOSITIONS and rest[0] != "against") or rest[0] in lx.TIME_WORDS \
        or rest[0] in AFTER_VERB_ADVERBS or rest[0] in ("when", "while")


def _enough(text: str, span: tuple[int, int]) -> bool:
    """Enough words to be a statement on their own."""
    return len(text[span[0]:span[1]].split()) >= MIN_CONTENT_WORDS + 1


def _participle_opens(para: Paragraph, tokens: list[Token], i: int) -> bool:
    """ "..., saying that ...": a participle after a comma (or "and") opens reported content."""
    if i == 0:
        return False
    prev = tokens[i - 1].text
    comma_in_quote = prev in '"\u201d' and para.text[tokens[i - 1].start - 1:tokens[i - 1].start] == ","
    if prev not in (",", "and", "while", "before", "after") and not comma_in_quote:  # `"... business," saying`
        # "... approved the bridge saying it would ...": no comma, but a reported clause follows
        return tokens[i].text == "saying" and (_reported_clause_opens(tokens[i + 1:i + 9])
                                               or tokens[i + 1:i + 2] != [] and tokens[i + 1].text == "that")
    word = tokens[i].text
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    if word == "calling":
        return nxt in ("for", "on")
    if word == "pointing":
        return nxt == "out"
    if word in ("expressing", "describing", "reiterating"):
        return "that" in [t.text for t in tokens[i + 1:i + 1 + THAT_REACH]]
    return True


def _that_past_apposition(rest: list[Token], comma: int, reach: int) -> int | None:
    """"said in a paper in Acta Aeronautica, a monthly journal, that ...": the "that" right
    after an apposition in commas that closes the verb's adverbial, if that is what follows."""
    if comma + 1 >= len(rest) or rest[comma + 1].text not in ("a", "an", "the"):
        return None
    second = next((n for n in range(comma + 2, min(len(rest), comma + 2 + reach)) if rest[n].text == ","), None)
    if second is None or second + 1 >= len(rest) or rest[second + 1].text != "that":
        return None
    return second + 1


def _content_after(para: Paragraph, tokens: list[Token], i: int, s1: int, participle: bool,
                   needs_that: bool = False) -> tuple[int, int] | None:
    """The reported words after a speech verb: after its "that", else (for verbs
    that take content directly) after its object and adverbials."""
    verb = tokens[i]
    word = verb.text
    to_the_end = [t for t in tokens[i + 1:] if t.start < s1]
    end = _content_end(to_the_end, s1)  # a long sentence's closing ", Wu noted." lies far beyond the lookahead
    rest = [t for t in to_the_end[:LOOKAHEAD] if t.start < end]
    # "told the X of Y in May that", "noted at the 19th Congress in 2017 that"
    reach = 2 * THAT_REACH if word in ("told", "telling") or (rest and rest[0].text in lx.PREPOSITIONS) else THAT_REACH
    clause = rest[:reach]
    comma = next((n for n, t in enumerate(clause) if t.text == ","), len(clause))
    that = next((n for n, t in enumerate(clause[:comma]) if t.text == "that"), None)  # not another clause's
    if that is None and rest and rest[0].text in lx.PREPOSITIONS:
        that = _that_past_apposition(rest, comma, reach)
    if that is not None and (that > 2 or (that == 2 and not participle)) and word not in TELLING_VERBS \
            and rest[that - 1].text.isalpha() and (
            rest[0].text in OBJECT_DETERMINERS or (word in lx.READOUT_VERBS and word not in lx.DIRECT_OBJECT_VERBS
                                                   and rest[that - 1].text.islower())):
        # "affirmed support for a resolution that permits ...", "noted the importance of steps that
        # could ...": a relative clause of the object, which is what was said
        that = None
        if word in lx.DIRECT_OBJECT_VERBS and word not in ("said", "say", "says"):
            return verb.start, end
    if that is not None and not any(t.text in ".;!?" for t in rest[:that]):
        if that + 2 < len(rest) and _determiner_that(rest[that + 1].text, rest[that + 2].text):
            return rest[that].start, end  # "thinks that plan is a mistake": "that" is the noun's determiner
        if word in lx.DESCRIBING_VERBS:
            return verb.start, end  # "dismissed as mere speculation that ...": the judgement with its verb
        return (rest[that + 1].start, end) if that + 1 < len(rest) else None
    if needs_that:
        return None
    if word in lx.SPEECH_ADJECTIVES:
        return tokens[i - 1].start, end  # "made clear his commitment to ...", "was clear about ...": the act too
    when = _past_time_words(rest)  # "announced Monday the government has decided ..."
    if not participle and _reported_clause_opens(rest[when:]):
        return rest[when].start, end  # "announced it would merge ...": a clause reported without "that"
    if word in lx.COMMITMENT_VERBS and len(rest) > 1 and rest[0].text == "to" and rest[1].text.islower() \
            and rest[1].text not in lx.PRONOUNS and rest[1].text not in SMALL_WORDS:
        return verb.start, end  # "pledged to weed out ...", not "promised to them": the pledge, its verb included
    if word in ("called", "calls") and rest and rest[0].text not in ("for", "on"):
        return verb.start, end  # "calls the allegations groundless": the judgement, its verb included
    if word in ("pledged", "pledges") and rest and rest[0].text != "to":
        return verb.start, end  # "pledged his full support for ...": the pledge with its object
    if word in lx.DESCRIBING_VERBS and not participle and "as" in [t.text for t in rest[:9]]:
        if rest[0].text == "as" and word not in ("dismissed", "dismisses"):
            return None  # "which police described as brutal": the object went before
        after_as = para.text[rest[[t.text for t in rest].index("as")].end:].lstrip(" ,")
        if after_as[:1] and after_as[0] in DOUBLE_QUOTES:
            return None  # "described the base as, “right outside our gates”": the quote says it
        return verb.start, end  # "characterized China's presence as predatory": the judgement too
    if word in ("described", "describes") and not participle and rest and rest[0].text in OBJECT_DETERMINERS \
            and len(rest) >= 6:
        return verb.start, end  # "described the implications and consequences if ...": a readout's act,
        # not "described the bridge"
    if word in ("called", "calls") and rest and rest[0].text in ("for", "on"):
        return verb.start, end  # "called for more joint efforts": annotators keep the act with its object
    if word in ("cautioned", "cautions", "warned", "warns") and "against" in [t.text for t in rest[:4]]:
        return verb.start, end  # "cautioned (the IMF) against lending ...": the warning with its verb
    if word in ("pointed", "pointing", "calling"):
        rest = rest[1:]  # "out", "for", "on"
    elif not participle and word not in lx.DIRECT_OBJECT_VERBS and word not in lx.READOUT_VERBS:
        return None
    elif participle and word in lx.READOUT_PARTICIPLES and rest and rest[0].text not in ",.;":
        return verb.start, end  # "..., underscoring the importance of ...": what was stressed, as a readout says it
    elif participle and word not in ("saying", "adding", "noting", "stressing", "urging", "warning", "stating",
                                     "explaining", "insisting", "arguing", "asserting"):
        return None
    n = 0
    if word in ("told", "tell", "tells", "telling") and rest:
        n = _skip_object(rest)
    if participle:  # "adding over 40 meetings were held": no adverbial to skip
        n = 1 if rest and rest[0].text == "," else 0
    else:
        if rest and rest[0].text in ("this", "so", "it") and (len(rest) == 1 or rest[1].text in lx.PREPOSITIONS
                                                              or rest[1].text in ".,;"):
            n = 1  # "said this during the summit": a pronoun object, then only adverbials
        n = _skip_adverbials(rest, n)
    if n is None or n >= len(rest):
        return None
    if word in ("added", "adds") and rest[n].text[:1].isdigit():
        return None  # "Mayo added 21 points": a tally, not words
    if not participle and word in lx.READOUT_VERBS and word not in lx.DIRECT_OBJECT_VERBS:
        # "reiterated the importance of ...": the act and its object are what was said, as readouts
        # report it; a short object ("welcomed the agreement") reports no words
        object_words = len(para.text[rest[n].start:end].split())
        return (verb.start, end) if object_words >= MIN_CONTENT_WORDS else None
    return rest[n].start, end


def _past_time_words(rest: list[Token]) -> int:
    """How many tokens at the start only say when ("Monday", "last week", "on Tuesday")."""
    n = 0
    while n < len(rest):
        if rest[n].text in lx.TIME_WORDS:
            n += 1
        elif rest[n].text in ("on", "last", "this", "earlier") and n + 1 < len(rest) and (
                rest[n + 1].text in lx.TIME_WORDS or rest[n + 1].text in ("week", "month", "year")):
            n += 2
        else:
            return n
    return 0


def _reported_clause_opens(rest: list[Token]) -> bool:
    """"it would ...", "the United States will ...": a subject then a modal or auxiliary,
    the opening of a clause reported without "that"."""
    if len(rest) > 1 and rest[0].text.lower() in SUBJECT_PRONOUNS | {"we", "i"}:
        return rest[1].text in REPORTED_MODALS
    if not rest or rest[0].text not in ("the", "The") and not rest[0].text[:1].isupper():
        return False
    lower_nouns = 0  # "the government has decided": a short common subject
    for k, tok in enumerate(rest[1:8], 1):
        if tok.text in REPORTED_MODALS:
            return k > 1 or rest[0].text[:1].isupper()
        if tok.text.isalpha() and tok.text.islower() and tok.text not in SMALL_WORDS and lower_nouns < 2 \
                and rest[0].text in ("the", "The"):
            lower_nouns += 1
            continue
        if not (tok.text[:1].isupper() or tok.text in ("'s", "\u2019s", "and", "of")):
            return False  # "the Belt and Road Initiative is": a name, "and" and "of" inside it
    return False


REPORTED_MODALS = frozenset({"would", "will", "had", "has", "have", "was", "were", "is", "are", "could", "can",
                             "should", "might", "may", "must"})


def _content_end(rest: list[Token], s1: int) -> int:
    """Reported content ends at the sentence end, before ", adding ...", before "and" with
    the next speech verb ("..., and reaffirmed ...") or before the sentence's own closing
    attribution ("..., dpa said.")."""
    for n, tok in enumerate(rest[:-1]):
        if tok.text == "," and (_closing_attribution(rest[n + 1:]) or rest[n + 1].text in ("said", "says")):
            return tok.start  # ", said the sum was too small": the main verb after a relative clause
        if tok.text in "\"\u201d" and n and rest[n - 1].end < tok.start and _closing_attribution(rest[n + 1:]):
            return tok.end  # `... see "benefits for all," the agency reported.`: a quote closed on its comma
        nxt = rest[n + 1].text
        if tok.text == "," and (nxt in lx.PARTICIPLES or nxt in ("despite", "amid")):
            return tok.start  # ", despite widespread concerns ...": the writer's aside, not the speaker's words
        after = rest[n + 2].text if n + 2 < len(rest) else ""
        if tok.text == "," and nxt in ("while", "whereas") and after[:1].isupper() and after not in lx.COUNTRY_OF \
                and n + 3 < len(rest) and rest[n + 3].text[:1].isupper():  # a two-word name, not "Chinese investment"
            return tok.start  # "..., while Guo Shaojun, a professor, proposed ...": another speaker's turn
        if tok.text == "and" and (nxt in lx.SAY_VERBS or (nxt.endswith("ed") and nxt.islower()
                                                          and after in ("to", "that", "on", "for"))):
            # "..., and reaffirmed ...", "... communication and planned to hold ...": the subject's next act
            return rest[n - 1].start if n and rest[n - 1].text == "," else tok.start
    return s1


def _closing_attribution(rest: list[Token]) -> bool:
    """", dpa said." / ", the ministry added on Monday.": a short subject, a closing verb, the end;
    or inverted, ", said Mirka Martel, head of research at ...": the verb, then a name."""
    verb = next((k for k, t in enumerate(rest[:5]) if t.text in lx.CLOSING_VERBS), None)
    if verb == 0:
        return len(rest) > 1 and rest[1].text[:1].isupper()
    if not verb or any(t.text in ",;\"\u201c\u201d" for t in rest[:verb]):
        verb = _verb_past_apposition(rest)  # ", Meng Wei, a spokesperson for the NDRC, told ..."
        if verb is None:
            return False
    after = [t.text for t in rest[verb + 1:verb + 7]]
    if after and after[0] in lx.TIME_WORDS:
        after = after[1:]  # "..., the Times reported Monday."
    head = after[:4]  # "..., the ministry added on Monday.", "..., X said in a statement."
    if not after or after[0] in ".!?" or (head[0] in ("on", "in") and head[-1] == "."):
        return True
    if after[0] in ("when", "while", "during", "at"):
        return True  # "..., Xi said when addressing the summit."
    return rest[verb].text in ("told", "tells") and "." in after  # "..., Meng told a press conference."


def _verb_past_apposition(rest: list[Token]) -> int | None:
    """Where the closing verb of "Meng Wei, a spokesperson for the NDRC, told" is: a name, its
    apposition in commas, then the verb; None for anything else."""
    name = 0
    while name < len(rest) and name < 4 and rest[name].text[:1].isupper():
        name += 1
    if not name or name >= len(rest) or rest[name].text != ",":
        return None
    close = next((k for k in range(name + 1, min(len(rest), name + 20)) if rest[k].text == ","), None)
    if close is None or close + 1 >= len(rest) or rest[close + 1].text not in lx.CLOSING_VERBS:
        return None
    return close + 1


def _skip_object(rest: list[Token]) -> int:
    """Past the listener of "told": "told reporters", "told the House Committee"."""
    n = 0
    if rest[0].text in OBJECT_NOUNS or rest[0].text[:1].isupper():
        n = 1
        while n < len(rest) and (rest[n].text[:1].isupper() or rest[n].text in ("of", "news", "agency")):
            n += 1
    return n


def _skip_adverbials(rest: list[Token], n: int) -> int | None:
    """Past "on Tuesday", "in a statement," after a verb; None if only adverbials remain."""
    while n < len(rest):
        word = rest[n].text
        if word in ("at", "about") and n + 1 < len(rest) and rest[n + 1].text in QUANTITY_AFTER:
            return n  # "said at least a can of waste was ...": a quantity opens the content
        if word in (",", ":") or word in lx.TIME_WORDS or word in ("Tuesday",):
            n += 1
            continue
        if word in ("on", "last", "this", "next", "earlier") and n + 1 < len(rest) and (
                rest[n + 1].text in lx.TIME_WORDS or rest[n + 1].text in ("week", "month", "year")):
            n += 2  # "said on Tuesday it plans ...", "said last week the ..."
            while n < len(rest) and rest[n].text[:1].isdigit():
                n += 1
            continue
        if _channel_then_content([t.text for t in rest[n:n + 3]]):
            n += 2  # "said on Twitter the bribe ...", "said in Geneva that ..."
            continue
        if word.lower() in lx.PREPOSITIONS:
            comma = next((k for k in range(n, min(len(rest), n + 10)) if rest[k].text == ","), None)
            if comma is None:
                return None
            n = comma + 1
            continue
        return n
    return None


QUANTITY_AFTER = frozenset({"least", "most", "half"})


def _channel_then_content(words: list[str]) -> bool:
    """"on Twitter the bribe ...", "in Geneva that ...": a short place or channel, then reported words."""
    return len(words) > 2 and words[0] in ("on", "in", "at") and words[1][:1].isupper() \
        and words[2] in REPORTED_SUBJECT_OPENERS


# words that open a reported clause after a short place or channel ("on Twitter the ...")
REPORTED_SUBJECT_OPENERS = frozenset({"the", "The", "it", "he", "she", "they", "we", "its", "his", "her", "their",
                                      "that", "a", "an"})


def _according_to(reader: Reader, para: Paragraph, tokens: list[Token], i: int, s0: int, s1: int,
                  floor: int) -> Reported | None:
    """"According to X, ...", "..., according to X." and "In May, according to X, ..."."""
    previous = tokens[i - 1].text if i else ""
    if previous.isalpha() and previous.islower() and previous not in CONJUNCTIONS | {"that"}:
        return None  # "exercise supervision according to the Constitution": in keeping with it, not its words
    np_end = _np_end_after(para, tokens, i + 1)
    speaker = resolve_np(reader, para, tokens[i + 1].end, np_end, last=False)
    if speaker is None and not UNNAMED_SOURCE_RE.match(para.text, tokens[i + 1].end):
        return None  # "according to official estimates" reports no one's words
    lower = max(s0, floor, tokens[i].start - CLAUSE_REACH)
    before = (lower, lower + len(para.text[lower:tokens[i].start].rstrip(" ,")))
    after = next((t for t in tokens[i + 1:i + 1 + LOOKAHEAD] if t.start >= np_end and t.text != ","), None)
    after = (after.start, s1) if after and after.start < s1 and _enough(para.text, (after.start, s1)) \
        and not (before[1] > before[0] and after.text in ("a", "an")) else None  # "X, a consulting firm."
    # "According to X, ...", "..., according to X." and "Late last year, according to X, ..."
    if after and before[1] > before[0]:
        # "The catch, according to X, is ...", "In May, according to X, ...": one sentence
        return (before[0], s1), speaker
    if after and not _enough(para.text, before):
        return after, speaker
    return (before, speaker) if _enough(para.text, before) else None


def _learned_from(reader: Reader, para: Paragraph, tokens: list[Token], i: int, s0: int, s1: int,
                  floor: int) -> Reported | None:
    """"..., the Global Times learned from the research center." and "X learned from Y that ...":
    the source Y says it, as "according to Y"."""
    gap = NP_AFTER_RE.match(para.text, tokens[i + 1].end)
    named = [m for m in reader.mentions_in(para.index, gap.start(), gap.end() + 120) if m.start == gap.end()]
    source = para.text[gap.start():gap.end() + 60].split(",")[0]
    # "from the China National Space Administration", "from the research center"; not "from a local car dealer"
    speaker = named[0].key if named else \
        resolve_description(reader, para.index, gap.start(), source) if source.lstrip().startswith("the ") else None
    if speaker is None:
        return None
    if "that" in [t.text for t in tokens[i + 2:i + 2 + THAT_REACH]]:
        content = _content_after(para, tokens, i, s1, participle=False, needs_that=True)
        return (content, speaker) if content else None
    lower = max(s0, floor, tokens[i].start - CLAUSE_REACH)
    subject_start = _segment_start(para.text, lower, tokens[i].start)
    content = (lower, subject_start - 1)
    return (content, speaker) if subject_start > lower and _enough(para.text, content) else None


def _around_quotes(text: str, start: int, end: int, blocked: list[tuple[int, int]]) -> tuple[int, int]:
    """Reported content that is only a quotation, or quotations joined by "and" or "while",
    is the direct statements already; content that runs into a quotation keeps it ("said
    the plan "is sound""), so the reported words stay whole."""
    for a, b in blocked:
        if a <= start + 2 and b > start and end <= b + 2:
            return start, start
    inside = [(a, b) for a, b in blocked if start <= a + 2 and b <= end + 2]
    if len(inside) > 1 and inside[0][0] <= start + 2 and inside[-1][1] >= end - 2 and all(
            QUOTE_JOINED_RE.fullmatch(text, b, c) for (_, b), (c, _) in zip(inside, inside[1:])):
        return start, start
    return start, end


def _drop_overlaps(text: str, found: list[FoundStatement]) -> list[FoundStatement]:
    """Keep the first of statements that overlap; when a later one holds it whole (the
    sentence's closing attribution, ", dpa said.", reports what an inner verb reported), the
    inner words stay the statement and the closing attribution's speaker says them, unless they
    are what someone unnamed "said": then the closing attribution reports the whole sentence."""
    kept: list[FoundStatement] = []
    for s in found:
        if kept and s.span.start < kept[-1].span.end:
            if s.span.start <= kept[-1].span.start and s.span.end >= kept[-1].span.end and s.speaker is not None:
                if kept[-1].speaker is None and PLAIN_SPEECH_RE.search(text, s.span.start, kept[-1].span.start):
                    kept[-1] = s  # "Most schools said A, said X": the whole sentence is X's report
                else:
                    kept[-1].speaker = s.speaker
            continue
        kept.append(s)
    return kept


ORG_NAME_SEGMENT_RE = re.compile(r"\s*(?:[A-Z][\w.'\u2019-]*|of|and|for|the|\([A-Z]+\))"
                                 r"(?:\s+(?:[A-Z][\w.'\u2019-]*|of|and|for|the|\([A-Z]+\)))*\s*")


def _title_or_org_segment(seg: str) -> bool:
    """"chairman of the X Council", "Ministry of Y (ICT)": an apposition or a bare organisation name."""
    return bool(seg.strip()) and (_is_apposition(seg) or bool(ORG_NAME_SEGMENT_RE.fullmatch(seg)))


def _listed_apposition_owner(reader: Reader, para: Paragraph, lower: int, pos: int) -> str | None:
    """"X, executive secretary, Y Association said": walk back over comma segments that are
    titles or organisation names to a segment that is only a (titled) person's name."""
    text = para.text
    for _ in range(6):  # "X, chairman of the Y on A, B, and C, said"
        if pos <= lower:
            return None
        start = _segment_start(text, lower, pos - 1)
        seg = text[start:pos - 1]
        people = [m for m in reader.mentions_in(para.index, start, pos - 1) if reader.kind(m.key) == "person"]
        if len(people) == 1 and not text[people[0].end:pos - 1].strip() \
                and all(w[:1].isupper() for w in text[start:people[0].start].split()):
            return people[0].key
        if not _title_or_org_segment(seg):
            return None
        pos = start
    return None


POSSESSED_DOCUMENT_RE = re.compile(r"[\u2019']s\s+(?:[a-z]+\s+)?(?:tweet|statement|letter|post|message|"
                                   r"communique|press\s+release|release|report|speech|remarks|editorial)"
                                   r",?\s+(?:which\s+|that\s+)?(?:said|says|read|reads|stated|states)"
                                   r"(?:\s+that)?[\s,:]*")


TITLE_COMPLEMENT_BEFORE_RE = re.compile(r"\b([a-z]+)\s+(?:for|to|of)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3}$")


def _title_complement(before: str) -> bool:
    """"spokesperson for President X", "adviser to X": X completes another person's title."""
    m = TITLE_COMPLEMENT_BEFORE_RE.search(before)
    return bool(m) and m.group(1) in lx.TITLE_HEADS


RELATIVE_OWNER_RE = re.compile(r",\s*(?:which|who)\b[^\"\u201c\u201d.;]*\b(?:said|says|concluded|wrote|reported|noted|"
                               r"stated|added|warned|argued|claimed|declared)\b[^\"\u201c\u201d]*$")


NOT_BARE_NOUNS = frozenset("""he she it they we i you there this these those the a an his her its their our
my your some any no all many most such one each every""".split())


# an object opening so ("the importance of ... that could ...") makes a later "that" a relative pronoun
OBJECT_DETERMINERS = frozenset({"the", "his", "her", "its", "their", "our", "a", "an"})
# verbs whose object is a listener, so that "that" after it opens what was said ("told the committee that")
TELLING_VERBS = frozenset({"told", "tell", "tells", "telling", "informed", "informs", "assured", "assures",
                           "reminded", "reminds", "warned", "warns", "urged", "urges", "convinced", "notified"})


def _determiner_that(first: str, second: str) -> bool:
    """"that plan is": a bare singular noun then "is"/"was" after "that" reads as "that"
    determining the noun, not opening a clause."""
    return first.isalpha() and first.islower() and first not in NOT_BARE_NOUNS and not first.endswith("s") \
        and first not in lx.ADVERBS and second in ("is", "was")
