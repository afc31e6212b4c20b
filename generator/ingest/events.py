"""Find the dated statements and actions of an article.

The method is deliberately small and general, with no model and no lists
drawn from particular stories: split paragraphs into sentences, find date
expressions (``dates.find_dates``), cut each sentence into clauses at
punctuation and connectives, find the verb that governs each date (the
nearest finite verb in its clause), and keep the date only when that verb
reports something that happened - not a plan ("will", "is due to"), a
hypothesis ("would", "if") or a quotation. Each kept (verb, date) pair
becomes one event whose text is its clause and whose actors are the actors
the clause mentions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.ingest.dates import DateExpression, find_dates, resolve
from generator.ingest.types import FoundActor, FoundEvent, Mention
from generator.model import PartialDate

MAX_TEXT_WORDS = 25
MAX_EVIDENCE_WORDS = 40
MIN_TEXT_WORDS = 5

# --- sentences -------------------------------------------------------------

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt cpt sgt cpl adm cmdr gov sen rep rev st mt ft jr sr no nos vs "
    "inc corp co ltd bros dept est approx fig al ave blvd pres amb brig hon "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# After a dotted acronym ("U.S.") a sentence only ends if one of these starts the next.
_SENTENCE_STARTERS = frozenset(
    "the a an he she it they we i but and in on at this that these those his her its their there "
    "after before when while however meanwhile some many".split()
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")
# "GENEVA, Jan 10 (Reuters) - ", "KHARTOUM — ", "March 31 (Reuters) - ": where and when the story was filed
_DATELINE = re.compile(
    r"^(?:(?:[A-Z][A-Z'\u2019.\- ]{1,40}[A-Z](?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)*)?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\))?)"
    r"|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\([^)]{1,40}\)))\s*[-\u2013\u2014]{1,2}\s+"
)
_PAGE_METADATA = re.compile(r"^\W*(?:Published|Updated|Posted|Last updated|First published)\b", re.I)


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans of ``paragraph``; a full stop after "Lt." or "Jan." ends nothing."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(paragraph):
        if m.group().startswith(".") and not _ends_sentence(paragraph, m.start(), m.end()):
            continue
        spans.append((start, m.end()))
        start = m.end()
        while start < len(paragraph) and paragraph[start].isspace():
            start += 1
    if paragraph[start:].strip():
        spans.append((start, len(paragraph.rstrip())))
    return spans


def _ends_sentence(text: str, dot: int, after: int) -> bool:
    word = re.search(r"[\w.'\u2019-]*$", text[:dot])
    token = word.group() if word else ""
    bare = token.strip(".'\u2019").lower()
    next_word = re.match(r"\s*[\"'\u201c\u2018(\[]?([\w'\u2019]+)", text[after:])
    following = next_word.group(1).lower() if next_word else ""
    if "." in token.strip("."):  # a dotted acronym: U.S., a.m., U.N.
        return following in _SENTENCE_STARTERS
    if len(bare) == 1 and bare.isalpha():  # an initial: "John F. Kennedy"
        return False
    if bare in _ABBREVIATIONS:
        return bare in {"no", "co", "inc", "corp", "ltd", "bros"} and following in _SENTENCE_STARTERS
    return True


_QUOTE_MARK = re.compile(r'["\u201c\u201d]')


def quote_spans(paragraph: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks; a quote left open runs to the paragraph's end."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for m in _QUOTE_MARK.finditer(paragraph):
        mark, i = m.group(), m.start()
        if opened is None and mark != "\u201d":
            opened = i
        elif opened is not None and mark != "\u201c":
            spans.append((opened, i + 1))
            opened = None
    if opened is not None:
        spans.append((opened, len(paragraph)))
    return spans


# --- words, clauses and verbs ----------------------------------------------

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\u2019.\-]*[A-Za-z0-9]|[A-Za-z0-9]")
_CLAUSE_PUNCTUATION = re.compile(r"[,:](?=\s)|[;()\u2014\u2013\"\u201c\u201d?!]| - ")  # not "2,100" or "5:30"
_CONNECTIVES = frozenset(
    "that which who whom whose when while whereas where but and or nor because although though since "
    "after before if unless until whether".split()
)
_CONDITIONAL = frozenset({"if", "unless", "whether"})
_AUXILIARIES = frozenset("is are am was were has have had do does did".split())
_PAST_AUXILIARIES = frozenset("was were had did".split())
_MODALS = frozenset("will would shall should can could may might must".split())
_NEGATED_MODALS = frozenset({"wouldn't", "couldn't", "wouldn\u2019t", "couldn\u2019t"})
_IRREGULAR_PAST = frozenset(
    """said told took made met began broke held gave went came saw knew thought brought bought sent spent left kept
    lost won ran rose fell led struck spoke wrote drove flew fled fought caught taught sought stood understood sat
    paid laid meant felt found heard hid chose froze stole swore tore wore threw grew drew shook became overtook
    undertook withdrew woke got forgot beat blew built dealt dug fed hung lent lit rode rang sang sank shot slid
    spun stuck swept swung sprang upheld withheld overthrew oversaw arose bore sold slept wept underwent forbade
    set put cut hit quit cast spread let shut upset bid hurt read""".split()
)
# Third-person present forms common in news; a plural noun ("reporters") looks the same, so no rule guesses them.
# Reporting verbs in the present tell of a recent statement ("the UN says"); other verbs in the present with a
# date are a schedule ("the law takes effect on Friday").
_REPORTING_PRESENT = frozenset(
    """says tells warns accuses denies insists claims argues adds urges calls announces reports confirms estimates
    fears agrees rejects vows promises""".split()
)
_PRESENT_VERBS = _REPORTING_PRESENT | frozenset(
    """remains continues holds takes makes meets plans wants needs seeks expects hopes believes thinks knows sees
    shows suggests appears seems faces leads controls includes signs launches opens closes begins ends visits
    arrives leaves returns becomes gives sends""".split()
)
# Words ending in -ed that are not verbs, and words before which an -ed word is an adjective.
_NOT_VERBS = frozenset(
    "red bed need speed seed feed deed greed breed creed steed shed hundred united armed based naked wicked sacred "
    "aged beloved indeed embattled".split()
)
_ADJECTIVE_CONTEXT = frozenset(
    "a an the this that these those its his her their our my your some any many more most very so well highly "
    "widely newly partially fully such no each every all both".split()
)
_FUTURE = re.compile(
    r"\b(?:will|'ll|\u2019ll|shall|would|could|might|may|should|must|can|cannot|won't|won\u2019t|can't|can\u2019t"
    r"|going to|(?:expected|due|set|scheduled|slated|poised|likely|unlikely|about|planning|preparing|hoping|aiming) to"
    r"|(?<!not )(?<!n't )(?<!n\u2019t )(?:plans?|intends?|aims?|hopes?|wants?|expects?|promised|pledged|vowed|threatened|agreed|offered)"
    r" to (?!the |a |an )"
    r"|(?:is|are|was|were) to (?!the |a |an ))\b",
    re.I,
)
# "would not" is past only in the news idiom for declining to tell; "would not refuse a meeting" is hypothetical
_REFUSAL = re.compile(
    r"\b(?:would|could)(?:\s+not|n't|n\u2019t)\s+(?:immediately\s+|publicly\s+)?(?:be\s+reached|say|comment|list|confirm"
    r"|deny|disclose|elaborate|specify|discuss|name|identify|reveal|answer|give|provide|detail|speculate|predict"
    r"|explain|divulge|release|respond)\b",
    re.I,
)
_SCHEDULED_BEFORE = re.compile(r"\b(?:planned|scheduled|set|slated|due|expected|postponed|ahead of)\s+(?:for\s+|on\s+)?$", re.I)
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def _words(text: str) -> list[_Word]:
    return [_Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _clause_starts(sentence: str, words: list[_Word], masked: list[tuple[int, int]]) -> list[int]:
    """Character offsets where a new clause begins: after punctuation, before a connective."""
    starts = {0}
    for m in _CLAUSE_PUNCTUATION.finditer(sentence):
        if not _inside(m.start(), masked):
            starts.add(m.end())
    for i, w in enumerate(words):
        if not i or w.lower not in _CONNECTIVES or _inside(w.start, masked):
            continue
        if w.lower in ("and", "or") and not sentence[: w.start].rstrip().endswith(","):
            continue  # "Parly and Le Drian": only ", and" joins two clauses often enough to split on
        starts.add(w.start)
    return sorted(starts)


def _is_finite(words: list[_Word], i: int) -> bool:
    """A rough test for a finite verb, enough to find the verb that governs a date."""
    w = words[i]
    low = w.lower
    if low in _AUXILIARIES or low in _MODALS or low in _NEGATED_MODALS or low in _IRREGULAR_PAST:
        return low not in ("set", "put", "cut", "hit", "let", "read") or _after_subject(words, i)
    if low in _PRESENT_VERBS:
        return True
    if "-" in low or low in _NOT_VERBS:
        return False
    if low.endswith("ed") and len(low) >= 5 and (w.text[0].islower() or i == 0):
        return not (i and words[i - 1].lower in _ADJECTIVE_CONTEXT)
    return False


def _after_subject(words: list[_Word], i: int) -> bool:
    prev = words[i - 1] if i else None
    return prev is not None and (prev.text[0].isupper() or prev.lower in ("he", "she", "it", "they", "we", "i"))


def _tense(window: str, words: list[_Word], g: int) -> str:
    """Tense of the verb group around word ``g``: past, present or future (which includes hypothetical)."""
    low = words[g].lower
    if _REFUSAL.search(window):
        return "past"  # "would not say", "could not confirm": a refusal to tell, reported as past
    if _FUTURE.search(window):
        return "future"
    group = {w.lower for w in words[max(0, g - 3) : g + 1]}
    if group & _PAST_AUXILIARIES or low in _IRREGULAR_PAST or low.endswith("ed"):
        return "past"
    if group & {"has", "have"}:
        return "past"  # present perfect: it has happened
    if low in _REPORTING_PRESENT:
        return "present"
    return "future"  # "the law takes effect on Friday", "talks are in Vienna on Monday": a schedule


# --- events ----------------------------------------------------------------


@dataclass(frozen=True)
class _Clause:
    start: int
    end: int
    words: tuple[int, ...]  # indices into the sentence's words
    finite: tuple[int, ...]  # the words that look like finite verbs
    quoted: bool

    @property
    def empty(self) -> bool:
        return not self.words


@dataclass
class _Candidate:
    expr: DateExpression
    date: PartialDate
    approx: bool
    verb: int  # index of the governing verb, -1 if none
    first: int  # clauses from the date's to the verb's
    last: int


def find_events(
    paragraphs: list[str],
    published: dt.date | None,
    actors: list[FoundActor],
    mentions: list[Mention],
) -> list[FoundEvent]:
    """Every dated statement or action in ``paragraphs``, in reading order.

    Dates are resolved against ``published``; without it only dates that
    carry their year are used. ``mentions`` place the ``actors`` in the text.
    """
    kinds = {a.name: a.kind for a in actors}
    by_paragraph: dict[int, list[Mention]] = {}
    for m in mentions:
        by_paragraph.setdefault(m.paragraph, []).append(m)
    events: list[tuple[int, bool, FoundEvent]] = []  # (sentence number, dated by anaphora, event)
    reference: PartialDate | None = None
    previous_people: list[str] = []
    number = 0
    for p, paragraph in enumerate(paragraphs):
        quotes = quote_spans(paragraph)
        dateline = _DATELINE.match(paragraph)
        body = dateline.end() if dateline else 0
        para_mentions = sorted(by_paragraph.get(p, []), key=lambda m: m.start)
        for start, end in split_sentences(paragraph[body:]):
            number += 1
            sentence = _Sentence(paragraph, body + start, body + end, quotes, para_mentions, kinds, previous_people)
            found, reference = sentence.events(published, reference)
            events.extend((number, anaphoric, e) for anaphoric, e in found)
            previous_people = sentence.people() or previous_people
    return _merge_neighbours(events, kinds)


class _Sentence:
    """One sentence and what it takes to read its dates: words, clauses, quotes, mentions."""

    def __init__(
        self,
        paragraph: str,
        start: int,
        end: int,
        quotes: list[tuple[int, int]],
        mentions: list[Mention],
        kinds: dict[str, str],
        previous_people: list[str],
    ) -> None:
        self.text = paragraph[start:end]
        self.offset = start  # of the sentence in its paragraph
        self.quotes = [(a - start, b - start) for a, b in quotes if b > start and a < end]
        self.mentions = [m for m in mentions if start <= m.start < end]
        self.kinds = kinds
        self.previous_people = previous_people
        self.exprs = [e for e in find_dates(self.text) if not _inside(e.start, self.quotes)]
        self.words = _words(self.text) if self.exprs else []
        self.clauses = self._split_clauses() if self.exprs else []
        # the sentence with quotations and dates blanked: "will" in a quote or "May" the month is no modal
        blanked = list(self.text)
        for a, b in self.quotes + [(e.start, e.end) for e in self.exprs]:
            blanked[a:b] = " " * (min(b, len(blanked)) - a)
        self.plain = "".join(blanked)

    # -- structure --

    def _split_clauses(self) -> list[_Clause]:
        dates = [(e.start, e.end) for e in self.exprs]
        finite = {i for i, w in enumerate(self.words) if not _inside(w.start, dates) and _is_finite(self.words, i)}
        starts = _clause_starts(self.text, self.words, dates)
        clauses = []
        for a, b in zip(starts, starts[1:] + [len(self.text)]):
            words = tuple(i for i, w in enumerate(self.words) if a <= w.start < b)
            if not words and clauses:
                continue
            clauses.append(_Clause(a, b, words, tuple(i for i in words if i in finite), _inside(a, self.quotes)))
        # a clause with no words (", who") joins the next one
        merged: list[_Clause] = []
        for c in clauses:
            if merged and merged[-1].empty:
                c = _Clause(merged[-1].start, c.end, c.words, c.finite, merged[-1].quoted)
                merged[-1] = c
            else:
                merged.append(c)
        return merged

    def _clause_of(self, pos: int) -> int:
        return max(i for i, c in enumerate(self.clauses) if c.start <= pos or i == 0)

    def _lead(self, clause: int) -> str:
        words = self.clauses[clause].words
        return self.words[words[0]].lower if words else ""

    def _lead_word(self, clause: int) -> _Word | None:
        words = self.clauses[clause].words
        return self.words[words[0]] if words else None

    def people(self) -> list[str]:
        return [m.actor for m in self.mentions if self.kinds.get(m.actor) == "person"]

    # -- dates and their verbs --

    def _governing_verb(self, expr: DateExpression) -> tuple[int, int, int]:
        """(verb word, first clause, last clause): the nearest finite verb, in the date's clause or the next ones."""
        home = self._clause_of(expr.start)
        finite = self.clauses[home].finite
        left = [i for i in finite if self.words[i].end <= expr.start]
        if left:
            return left[-1], home, home
        right = [i for i in finite if self.words[i].start >= expr.end]
        if right:
            return right[0], home, home
        for later in range(home + 1, len(self.clauses)):
            if self._lead(later) in ("that", "which", "who", "whom", "if", "unless") or self.clauses[later].quoted:
                break
            if self.clauses[later].finite:
                return self.clauses[later].finite[0], home, later
        for earlier in range(home - 1, -1, -1):
            if self.clauses[earlier].finite and not self.clauses[earlier].quoted:
                return self.clauses[earlier].finite[-1], earlier, home
        return -1, home, home

    def _tense(self, expr: DateExpression, verb: int, first: int, last: int) -> str:
        if _SCHEDULED_BEFORE.search(self.text[: expr.start]):
            return "future"  # "rounds planned for this week"
        if verb < 0:
            return "unknown"
        if any(self._lead(c) in _CONDITIONAL for c in range(first, last + 1)):
            return "future"
        v = self.words[verb]
        if v.end <= expr.start:
            window = self.plain[self.words[max(0, verb - 3)].start : expr.start]
        else:
            window = self.plain[expr.end : self.words[min(len(self.words) - 1, verb + 3)].end]
        return _tense(window, self.words, verb)

    def candidates(self, published: dt.date | None, reference: PartialDate | None) -> tuple[list[_Candidate], PartialDate | None]:
        """The dates of this sentence that name past events, and the last date stated (for "the same day")."""
        out: list[_Candidate] = []
        if _PAGE_METADATA.match(self.text):
            return out, reference
        plain = [e for e in self.exprs if not e.possessive]
        uncertain = _alternatives(self.text, self.exprs)
        for expr in self.exprs:
            if expr in uncertain:
                continue  # "on Monday or Tuesday": neither is the date
            verb, first, last = self._governing_verb(expr)
            if verb < 0:
                continue  # no verb, no statement or action: a timestamp, a caption, a heading
            tense = self._tense(expr, verb, first, last)
            resolved = resolve(expr, published, tense=tense, reference=reference)
            if resolved is None:
                continue
            reference = resolved.date
            if expr.possessive and plain:
                continue  # "last week's unrest" beside a dated verb names a thing; the verb's date is the event
            if expr.vague and (any(self.clauses[c].finite for c in range(first)) or re.search(r"\bhad\b", self.text[: expr.start])):
                continue  # "recently" inside reported speech is the speaker's claim, not a dated event
            out.append(_Candidate(expr, resolved.date, resolved.approx, verb, first, last))
        return _one_per_verb(out), reference

    def events(
        self, published: dt.date | None, reference: PartialDate | None
    ) -> tuple[list[tuple[bool, FoundEvent]], PartialDate | None]:
        """(dated by anaphora, event) for each event, and the last date stated."""
        candidates, reference = self.candidates(published, reference)
        found = []
        for c in candidates:
            pieces = self._text_pieces(c, candidates)
            # a sentence with one event is all about it; with several, each keeps to its own clauses
            scope = [(0, len(self.text))] if len(candidates) == 1 else pieces
            actors, antecedent = self._actors(pieces, scope)
            text = _chronology_line(self.text, pieces, c.expr, antecedent)
            quote = self._quotation_before(pieces)
            if quote:
                text = _with_quotation(text, quote)
            found.append((c.expr.kind == "anaphoric",
                FoundEvent(
                    date=c.date,
                    text=text,
                    approx=c.approx,
                    actors=actors,
                    evidence=_evidence(self.text, c.expr.start),
                ),
            ))
        return found, reference

    # -- the event's own words --

    def _count(self, first: int, last: int) -> int:
        return sum(len(self.clauses[c].words) for c in range(first, last + 1))

    def _text_pieces(self, c: _Candidate, siblings: list[_Candidate]) -> list[tuple[int, int]]:
        """The clauses that tell the event: its verb and date, plus a subject when they lack one."""
        if len(siblings) == 1 and len(self.text.split()) <= MAX_TEXT_WORDS + 5:
            return [(0, len(self.text))]
        home = self._clause_of(c.expr.start)
        first, last = min(c.first, home), max(c.last, home)
        if c.verb >= 0:
            vc = self._clause_of(self.words[c.verb].start)
            first, last = min(first, vc), max(last, vc)
        span = lambda a, b: (self.clauses[a].start, self.clauses[b].end)  # noqa: E731
        lead = self._lead_word(first)
        pieces = [span(first, last)]
        if first > 0 and lead is not None:
            if lead.lower in _RELATIVES:
                pieces.insert(0, self._antecedent(first - 1))
            elif lead.lower in _CONNECTIVES and self._has_own_subject(first):
                pieces = [(lead.end, self.clauses[last].end)]
            elif lead.lower in _CONNECTIVES or lead.text[0].islower():
                subject = self._subject_before(first)
                others = [o for o in siblings if o is not c and self._clause_of(o.expr.start) < first]
                if not others and self._count(0, last) <= MAX_TEXT_WORDS:
                    subject = 0
                if subject is not None:
                    if self._count(subject, last) <= MAX_TEXT_WORDS:
                        pieces = [span(subject, last)]
                    else:
                        pieces = [span(subject, subject), span(first, last)]
        if len(pieces) == 1:
            pieces = [self._widen(*pieces[0])]
        if len(pieces) == 2 and pieces[0][1] >= self.text.rfind(" ", 0, pieces[1][0] + 1) - 1:
            pieces = [(pieces[0][0], pieces[1][1])]  # adjacent clauses: keep the text as written
        return pieces

    def _widen(self, start: int, end: int) -> tuple[int, int]:
        """Add what a short or reported clause needs: the words after "said ... that", or a neighbour."""
        a, b = self._clause_of(start), self._clause_of(end - 1)
        if b + 1 < len(self.clauses) and self._lead(b + 1) == "that":
            b += 1  # "Lukashenka said this week that Minsk must respond": what was said is the event
            while b + 1 < len(self.clauses) and self._count(a, b + 1) <= MAX_TEXT_WORDS + 10:
                nxt = self.clauses[b + 1]
                if self._lead(b + 1) in ("and", "but", "or", "while", "whereas"):
                    break
                b += 1
            return start, self.clauses[b].end
        first = a
        while self._count(a, b) < MIN_TEXT_WORDS:
            if b + 1 < len(self.clauses) and self._lead(b + 1) not in _CONNECTIVES and not self.clauses[b + 1].quoted:
                b += 1
            elif a > 0 and not self.clauses[a - 1].quoted:
                a -= 1
            else:
                break
        return (start if a == first else self.clauses[a].start), max(end, self.clauses[b].end)

    def _words_in(self, pieces: list[tuple[int, int]]) -> int:
        return sum(1 for w in self.words for a, b in pieces if a <= w.start < b)

    def _has_own_subject(self, clause: int) -> bool:
        words = self.clauses[clause].words
        if len(words) < 2:
            return False
        second = self.words[words[1]]
        return second.text[0].isupper() or second.lower in _SUBJECT_STARTS

    def _subject_before(self, clause: int) -> int | None:
        """The nearest clause to the left that opens with a capital: where a sentence's subject usually is."""
        for c in range(clause - 1, -1, -1):
            lead = self._lead_word(c)
            if self.clauses[c].quoted or lead is None:
                continue
            if lead.text[0].isupper() and lead.lower not in _CONNECTIVES:
                return c
        return None

    def _antecedent(self, clause: int) -> tuple[int, int]:
        """For "... the cabinet that Tokayev dismissed": the noun phrase the relative clause hangs on."""
        while clause > 0 and all(self.words[i].text[0].isdigit() for i in self.clauses[clause].words):
            clause -= 1  # "Nursultan Nazarbayev, 81, who ..."
        words = [self.words[i] for i in self.clauses[clause].words]
        begin = 0
        for i, w in enumerate(words):
            if w.lower in _DETERMINERS:
                begin = i
        if words and words[begin].lower in _CONNECTIVES:
            begin += 1
        start = words[begin].start if begin < len(words) else self.clauses[clause].start
        return start, self.clauses[clause].end

    def _quotation_before(self, pieces: list[tuple[int, int]]) -> str:
        """The words quoted when the event is the attribution after them ('"...," he told a conference on Friday')."""
        if not self.quotes or pieces == [(0, len(self.text))] or self._words_in(pieces) > MAX_TEXT_WORDS // 2:
            return ""  # only a bare attribution needs the quotation to say anything
        start, end = self.quotes[0]
        if self.text[:start].strip() or min(a for a, _ in pieces) < end:
            return ""
        return self.text[start + 1 : end - 1].strip().rstrip(",").strip()

    def _actors(self, pieces: list[tuple[int, int]], scope: list[tuple[int, int]]) -> tuple[list[str], str]:
        """The actors named in ``scope``, and who "he"/"she" in the event's words stands for when they name no person."""
        names: list[str] = []
        for m in self.mentions:
            at = m.start - self.offset
            if any(a <= at < b for a, b in scope) and not _inside(at, self.quotes) and m.actor not in names:
                names.append(m.actor)  # a name inside a quotation is what was talked about, not who acted
        antecedent = ""
        text = " ".join(self.text[a:b] for a, b in pieces)
        if _PRONOUN.search(text) and not any(self.kinds.get(n) == "person" for n in names):
            first = min(a for a, _ in pieces)
            before = [m.actor for m in self.mentions if m.start - self.offset < first and self.kinds.get(m.actor) == "person"]
            found = before[:1] or self.previous_people[:1]
            if found:
                antecedent = found[0]
                names.insert(0, antecedent)
        return names, antecedent


_RELATIVES = frozenset({"that", "which", "who", "whom", "whose", "where"})
_SUBJECT_STARTS = frozenset("the a an his her its their this these those he she it they we i some many".split())
_DETERMINERS = frozenset("a an the its his her their this these those".split())


def _alternatives(text: str, exprs: list[DateExpression]) -> set[DateExpression]:
    """Dates offered as alternatives ("Monday or Tuesday", "in 2019 or 2020"): the text commits to neither."""
    out: set[DateExpression] = set()
    for a, b in zip(exprs, exprs[1:]):
        if re.fullmatch(r",?\s+or\s+(?:on\s+|in\s+)?", text[a.end : b.start]):
            out.update((a, b))
    return out


def _one_per_verb(candidates: list[_Candidate]) -> list[_Candidate]:
    """Two date expressions of one clause ("Jan 10 ... on Monday") make one event, kept at the finer date."""
    kept: list[_Candidate] = []
    for c in candidates:
        twin = next((k for k in kept if k.verb == c.verb and k.verb >= 0 and _compatible(k.date, c.date)), None)
        if twin is None:
            kept.append(c)
        elif len(c.date.iso) > len(twin.date.iso):
            kept[kept.index(twin)] = c
    return kept


def _compatible(a: PartialDate, b: PartialDate) -> bool:
    shorter, longer = sorted((a.iso, b.iso), key=len)
    return longer.startswith(shorter)


def _merge_neighbours(events: list[tuple[int, bool, FoundEvent]], kinds: dict[str, str]) -> list[FoundEvent]:
    """One happening told twice in a row: "A day earlier, Peskov signaled ..." then "Peskov told reporters on Monday".

    Only a date counted from another ("a day earlier") next to the same day
    stated outright, with a person in common, is taken for one event; two
    "this week" events of one actor stay two.
    """
    out: list[tuple[int, bool, FoundEvent]] = []
    for number, anaphoric, event in events:
        people = {a for a in event.actors if kinds.get(a) == "person"}
        if event.date.day and any(
            n == number - 1 and (anaphoric or was_anaphoric) and e.date == event.date and people & set(e.actors)
            for n, was_anaphoric, e in out
        ):
            continue
        if any(e.date == event.date and e.text == event.text for _, _, e in out):
            continue
        out.append((number, anaphoric, event))
    return [e for _, _, e in out]


# --- text ----------------------------------------------------------------

_LEADING_JUNK = re.compile(r"^[\s,;:\-\u2013\u2014)]*(?:(?:and|but|or|so)\s+)?", re.I)
_TRAILING_JUNK = re.compile(r"[\s,;:\-\u2013\u2014(]+$")
_LEADING_PRONOUN = re.compile(r"^(?:he|she)\b", re.I)
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")  # paragraphs of .md and .html input are Markdown


def _chronology_line(sentence: str, pieces: list[tuple[int, int]], expr: DateExpression, antecedent: str) -> str:
    """The event's clauses as one short line: at most MAX_TEXT_WORDS around the date, first letter capital."""
    parts = [_TRAILING_JUNK.sub("", sentence[a:b].strip()) for a, b in pieces]
    text = parts[0]
    for (a, _), part in zip(pieces[1:], parts[1:]):
        text += (", " if sentence[:a].rstrip().endswith(",") else " ") + part
    date_at = sum(len(p) + 1 for p in parts[:-1]) + max(0, expr.start - pieces[-1][0])
    words = list(re.finditer(r"\S+", text))
    if len(words) > MAX_TEXT_WORDS:
        date_len = len(expr.text.split())
        at = next((i for i, w in enumerate(words) if w.end() > date_at), 0)
        lo = 0 if at + date_len <= MAX_TEXT_WORDS else min(at - 8, len(words) - MAX_TEXT_WORDS)
        hi = min(len(words), lo + MAX_TEXT_WORDS)
        cut = _TRAILING_JUNK.sub("", text[words[lo].start() : words[hi - 1].end()])
        text = ("\u2026 " if lo else "") + cut + ("\u2026" if hi < len(words) else "")
    text = _LEADING_JUNK.sub("", text).strip()
    text = _TRAILING_JUNK.sub("", text).rstrip(".").strip()
    if antecedent:
        text = _LEADING_PRONOUN.sub(antecedent, text)
    text = _MARKDOWN_LINK.sub(r"\1", text)
    text = _balance_quotes(text)
    return text[:1].upper() + text[1:]


def _with_quotation(attribution: str, quoted: str) -> str:
    """'Blinken told a conference on Friday: "Iran right now does not seem…"', within MAX_TEXT_WORDS."""
    room = MAX_TEXT_WORDS - len(attribution.split())
    words = quoted.split()
    if room < 4:
        return attribution
    if len(words) > room:
        quoted = " ".join(words[:room]).rstrip(",;:") + "\u2026"
    return f"{attribution.rstrip('.')}: \u201c{quoted}\u201d"


def _balance_quotes(text: str) -> str:
    """A line cut out of a sentence may hold half a quotation: drop the stray mark."""
    for mark in ('"', ):
        if text.count(mark) % 2:
            i = text.find(mark) if text.startswith(mark) or text.find(mark) < len(text) // 2 else text.rfind(mark)
            text = text[:i] + text[i + 1 :]
    if text.count("\u201c") != text.count("\u201d"):
        text = text.replace("\u201c", "").replace("\u201d", "")
    return text.strip()


def _evidence(sentence: str, date_start: int) -> str:
    """The sentence that dates the event, verbatim; a window around the date when the sentence is long."""
    words = list(re.finditer(r"\S+", sentence))
    if len(words) <= MAX_EVIDENCE_WORDS:
        return sentence.strip()
    at = next((i for i, w in enumerate(words) if w.end() > date_start), 0)
    lo = max(0, min(at - MAX_EVIDENCE_WORDS // 2, len(words) - MAX_EVIDENCE_WORDS))
    hi = min(len(words), lo + MAX_EVIDENCE_WORDS)
    return sentence[words[lo].start() : words[hi - 1].end()]
