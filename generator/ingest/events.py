"""Find the dated statements and actions of an article.

The method is deliberately small and general, with no model and no lists
drawn from particular stories: split paragraphs into sentences, find date
expressions (``dates.find_dates``), cut each sentence into clauses at
punctuation and connectives, find the verb that governs each date (the
nearest finite verb in its clause), and keep the date only when that verb
reports something that happened - not a plan ("will", "is due to"), a
hypothesis ("would", "if") or a quotation, nor something not done ("made no
statement", "declined to comment"). Each kept (verb, date) pair becomes one
event whose text is its clause, with a pronoun subject named ("which Norway
froze"), and whose actors are the actors the clause mentions.

Some dates tell an event without a verb of their own: "a day after Hamas's
attack" dates the attack (a day before the date the sentence gave), "since
Tony Blair's third win in 2005" dates the win, and a thing named by its date
dates the verb of taking part in it ("lost the 2022 election", "that year's
election, which Bolsonaro won"). A story that sums up in its lead and tells
the detail later gives one event per moment.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from itertools import compress, count, repeat
from operator import itemgetter, or_
from dataclasses import dataclass, replace
from typing import NamedTuple, Sequence

from generator.ingest.case_blind import CaseBlind, has_case_blind_twin
from generator.ingest.dates import MONTH_NAME, YEAR_NUMBER, DateExpression, find_dates, resolve
from generator.ingest.markdown_text import plain_markdown
from generator.ingest.occurrences import IRREGULAR_PAST
from generator.ingest.tokens import opens_quotation
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
# Capital letters beyond ASCII ("Ö", "Ş", "Ł"): Python's re has no \p{Lu}, so the class is spelled out once.
_CAPITAL = "[" + "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper()) + "]"
# ("[.!?][.!?]*", not "[.!?]+": a pattern that opens on a class, not on a repeat, is scanned for it quickly)
_FULL_STOP = r"[.!?][.!?]*[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?(?:" + _CAPITAL + r"|\d))"
_SENTENCE_END = re.compile(_FULL_STOP + r"|(?<=\S)[ \t]*(?=\n[ \t]*[-*\u2022][ \t])")  # a list's items, one per line, end sentences
# (a paragraph of one line has no list: a search for the stops alone skips to the next mark at once)
_SENTENCE_STOP = re.compile(_FULL_STOP)
# "GENEVA, Jan 10 (Reuters) - ", "KHARTOUM — ", "March 31 (Reuters) - ": where and when the story was filed
_DATELINE = re.compile(
    r"^(?:(?:" + _CAPITAL + r"(?:" + _CAPITAL + r"|['\u2019.\- ]){1,40}" + _CAPITAL
    + r"(?:,\s*" + _CAPITAL + r"(?:[^\W\d_]|\.)+(?:\s+" + _CAPITAL + r"(?:[^\W\d_]|\.)+)*)?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\))?)"
    r"|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\([^)]{1,40}\)))\s*[-\u2013\u2014]{1,2}\s+"
    # "KATHMANDU, Sept 13: ": a place in capitals and the filing date, then a colon
    r"|^" + _CAPITAL + r"(?:" + _CAPITAL + r"|['\u2019.\- ]){1,40}" + _CAPITAL + r",\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?:\s+"
)
_PAGE_METADATA = re.compile(r"^\W*(?:Published|Updated|Posted|Last updated|First published)\b", re.I)


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans of ``paragraph``; a full stop after "Lt." or "Jan." ends nothing."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in (_SENTENCE_END if "\n" in paragraph else _SENTENCE_STOP).finditer(paragraph):
        if m.group().startswith(".") and not _ends_sentence(paragraph, m.start(), m.end()):
            continue
        spans.append((start, m.end()))
        start = m.end()
        while start < len(paragraph) and paragraph[start].isspace():
            start += 1
    if paragraph[start:].strip():
        spans.append((start, len(paragraph.rstrip())))
    return spans


_TOKEN_BEFORE = re.compile(r"[\w.'\u2019-]*$")
_NEXT_WORD = re.compile(r"\s*[\"'\u201c\u2018(\[]?([\w'\u2019]+)")


def _ends_sentence(text: str, dot: int, after: int) -> bool:
    # (no token holds a space: the search for the one before the stop starts past the last space)
    word = _TOKEN_BEFORE.search(text, text.rfind(" ", 0, dot) + 1, dot)
    token = word.group() if word else ""
    bare = token.strip(".'\u2019").lower()
    next_word = _NEXT_WORD.match(text, after)
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
        if opened is None and (mark != "\u201d" or opens_quotation(paragraph, i)):
            opened = i  # (a closing mark opens in Swedish and Finnish: ”...”)
        elif opened is not None and mark != "\u201c":
            spans.append((opened, i + 1))
            opened = None
    if opened is not None:
        spans.append((opened, len(paragraph)))
    return spans


# --- words, clauses and verbs ----------------------------------------------

_WORD = re.compile(r"[^\W_][\w'\u2019.\-]*[^\W_]|[^\W_]")  # letters of any alphabet: "Erdoğan", "Kahramanmaraş"
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
    "red bed need speed seed feed deed greed breed creed steed shed sled abed coed hundred united armed based naked "
    "wicked sacred aged beloved indeed embattled".split()
)
_ADJECTIVE_CONTEXT = frozenset(
    "a an the this that these those its his her their our my your some any many more most very so well highly "
    "widely newly partially fully such no each every all both".split()
)
# Plans and schedules. "offered to resign", "agreed to open", "moved to impeach", "sued to block", "voted to
# demand" are not here: the offer, the agreement, the move is itself the completed, dated action.
_FUTURE = re.compile(
    r"\b(?:will|'ll|\u2019ll|shall|would|could|might|may|should|must|can|cannot|won't|won\u2019t|can't|can\u2019t"
    r"|going to|(?:expected|due|set|scheduled|slated|poised|likely|unlikely|about|planning|preparing|hoping|aiming"
    r"|forecast|predicted|projected) to"
    r"|(?<!not )(?<!n't )(?<!n\u2019t )(?:plan(?:s|ned)?|intend(?:s|ed)?|aim(?:s|ed)?|hope[sd]?|want(?:s|ed)?|expects?|promised|pledged|vowed|threatened)"
    r" to (?!the |a |an )"
    r"|(?:is|are|was|were) to (?!the |a |an ))\b",
    re.I,
)
_FUTURE_LOWERED = CaseBlind(_FUTURE)
# "would not" is past only in the news idiom for declining to tell; "would not refuse a meeting" is hypothetical
_REFUSAL = re.compile(
    r"\b(?:would|could)(?:\s+not|n't|n\u2019t)\s+(?:immediately\s+|publicly\s+)?(?:be\s+reached|say|comment|list|confirm"
    r"|deny|disclose|elaborate|specify|discuss|name|identify|reveal|answer|give|provide|detail|speculate|predict"
    r"|explain|divulge|release|respond)\b",
    re.I,
)
# Words one of which every match of a case-blind pattern above holds: looked for first, as a plain look in the
# lower-cased text is far quicker than the pattern's search (which tries every alternative at each character)
_FUTURE_WORDS = ("will", "'ll", "\u2019ll", "shall", "would", "could", "might", "may", "should", "must", "can", "won",
                 " to")
_REFUSAL_WORDS = ("would", "could")
_SCHEDULED_WORDS = ("planned", "scheduled", "set", "slated", "due", "expected", "forecast", "predicted", "postponed",
                    "ahead of")
_NO_COMMENT_WORDS = ("comment", "respond", "reply", "reached")


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Can a case-blind pattern each match of which holds one of ``words`` (in lower case) match in ``text``?

    A text with "İ", "ı" or "ſ" always may: re.I reads them as "i" and "s".
    """
    low = text.lower()
    return any(map(low.__contains__, words)) or has_case_blind_twin(text)


# "a rally planned for Friday", "a protest planned in Kraków on May 3": the place between keeps the plan
_SCHEDULED_BEFORE = re.compile(
    r"(?i:\b(?:planned|scheduled|set|slated|due|expected|forecast|predicted|postponed|ahead of)\s+)"
    r"(?:(?:in|at)\s+(?:[A-Z][\w'\u2019.-]*\s+){1,3})?(?i:(?:for\s+|on\s+|at\s+|in\s+|by\s+|over\s+)?)$"
)
# a date right after another one and a comma or "and": an item of a list of dates
_LISTED_DATE = re.compile(r"\b(?:" + YEAR_NUMBER + "|" + MONTH_NAME + r"(?:\s+\d{1,2})?)\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
# "set the general election for October 14", "called a snap vote for June 9": the date a thing was fixed for
_SET_FOR = re.compile(
    r"\b(?:set|sets|scheduled|schedules|called|calls|fixed|fixes|slated|rescheduled|moved|postponed|delayed|brought\s+forward"
    r"|pushed\s+back)\s+(?:(?:the|a|an|its|his|her|their|next|new|general|presidential|snap|early|parliamentary|local"
    r"|[a-z]+)\s+){1,4}(?:for|until|to)\s+$",
    re.I,
)
# "higher than the bank forecast in March", "they predicted in May": a forecast made then, not a plan for then
_FORECAST_MADE = re.compile(
    r"(?:\bthan\s+(?:[\w'\u2019-]+\s+){0,3}|\b(?:he|she|they|we|it|had|has|have)\s+)(?:forecast|predicted|expected)\s+in\s+$",
    re.I,
)
# a promise, vow or threat is made when it is dated before its verb ("on Thursday, she promised to step down")
_PROMISE = re.compile(r"\b(promised|pledged|vowed|threatened) to\b", re.I)
# verbs through which a report tells a measurement: "figures showed inflation quickening to 3.7% in March"
_PREFIXED_PASTS = frozenset(prefix + past for prefix in ("re", "over", "under", "with", "out", "mis", "up", "fore")
                            for past in IRREGULAR_PAST
                            if len(past) >= 3 and past not in ("set", "put", "cut", "hit", "let", "read"))
# words that are finite verbs wherever they stand (one look-up per word of every dated sentence)
_FINITE_FORMS = _AUXILIARIES | _MODALS | _NEGATED_MODALS | IRREGULAR_PAST | _PREFIXED_PASTS
_VERB_FORMS = _FINITE_FORMS | _PRESENT_VERBS  # what can be a finite verb by its form alone (or it ends in -ed)
_TIMING_BEFORE = re.compile(r"\b(?:came|comes|come|followed|follows|happened|happens|occurred|occurs)"
                            r"(?:\s+(?:exactly|just|only|nearly|almost|barely|some|about|around|roughly|less|more|than"
                            r"|little|over|under)){0,3}\s+$", re.I)  # ("came less than two weeks after")
_THE_THING_TIMED = re.compile(r"(?:The|This|That)\s+([a-z]{3,})\s+" + _TIMING_BEFORE.pattern[2:])
_THE_NOUN_AFTER = re.compile(r"\s*(?:the|his|her|its|their)\s+([a-z]{4,})\s*,")  # "after the arrest,"
_SHOWING = frozenset("showed show shows indicated revealed suggested found put estimated".split())
# "held the post again from 2005 until 2014": a tenure, unlike "held until Friday" (kept somewhere)
_HELD_A_POST = re.compile(r"held\s+(?:(?:the|his|her|their|its)\s+)?(?:post|office|power|seat|presidency|premiership"
                          r"|title|job|portfolio|role|position|reins)\b", re.I)
_MEASURE = re.compile(r"\d|\b(?:percent|per\s+cent|record|highest|lowest)\b", re.I)
_MODAL_WORDS = re.compile(r"\b(?:will|would|could|might|may|should|can|shall)\b", re.I)
# (each word's start is tested past its first letter: a pattern that opens on letters is scanned for them
# quickly, one that opens on \b is tried at every character)
_PRONOUN = re.compile(r"(?:h(?<=\bh)e|s(?<=\bs)he|H(?<=\bH)e|S(?<=\bS)he)\b")  # "he", "she", "He", "She"
# a capitalised modal right after a capitalised word is part of a name: "Theresa May", "Mrs May"
_CAPITAL_MODAL = re.compile(r"May|Will|Can|Must|Shall")  # the quick test before the slower one
_NAMED_MODAL = re.compile(r"\b[A-Z][\w.'\u2019-]*\s+(May|Will|Can|Must|Shall)\b")


class _Word(NamedTuple):
    """A word and where it is; a named tuple because sentences make many of them."""

    text: str
    start: int
    end: int
    lower: str


_START_OF = itemgetter(1)  # a _Word's start
_LOWER_OF = itemgetter(3)  # a _Word's lower-cased form


# _WORD in an ASCII text (most are), whose letters and digits are these: plain ranges are quicker to test than
# the Unicode classes, and find the same words
_ASCII_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9_'.\-]*[A-Za-z0-9]|[A-Za-z0-9]")


def _words(text: str) -> list[_Word]:
    # (the matches' texts, offsets and lower-cased forms read by map and zip, C loops: every dated sentence
    # makes dozens of words; tuple.__new__ skips the generated __new__'s keyword handling)
    matches = list((_ASCII_WORD if text.isascii() else _WORD).finditer(text))
    texts = list(map(re.Match.group, matches))
    fields = zip(texts, map(re.Match.start, matches), map(re.Match.end, matches), map(str.lower, texts))
    return list(map(tuple.__new__, repeat(_Word), fields))


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    for a, b in spans:  # (a loop, not any(): most lists are empty or short, and this is asked for most words)
        if a <= pos < b:
            return True
    return False


_SHORT_FORM_IN_BRACKETS = re.compile(r"\([A-Z][A-Za-z0-9&.\-]{1,11}\)")  # "(WHO)", "(PNF)", "(UzPharmAgency)"


def _clause_starts(sentence: str, words: list[_Word], masked: list[tuple[int, int]]) -> list[int]:
    """Character offsets where a new clause begins: after punctuation, before a connective."""
    starts = {0}
    # "the World Health Organization (WHO) issued": a name's short form in brackets opens no clause
    named = [m.span() for m in _SHORT_FORM_IN_BRACKETS.finditer(sentence)] if "(" in sentence else []
    for m in _CLAUSE_PUNCTUATION.finditer(sentence):
        at = m.start()
        if not _inside(at, masked) and not (named and _inside(at, named)):
            starts.add(m.end())
    # (a few words of each sentence: picked by compress over the words' set tests, a C loop)
    for w in compress(words[1:], map(_CONNECTIVES.__contains__, map(_LOWER_OF, words[1:]))):
        if _inside(w.start, masked) or not w.text.islower():
            continue  # "Last week the WHO invited": an acronym is a name, not a connective
        if w.lower in ("and", "or") and not sentence[: w.start].rstrip().endswith(","):
            continue  # "Parly and Le Drian": only ", and" joins two clauses often enough to split on
        starts.add(w.start)
    return sorted(starts)


def _is_finite(words: list[_Word], i: int) -> bool:
    """A rough test for a finite verb, enough to find the verb that governs a date."""
    w = words[i]
    low = w.lower
    if low in _FINITE_FORMS:
        if low == "am" and i and words[i - 1].text[-1:].isdigit():
            return False  # "took off at 10:33 am": the time of day, not "I am"
        if low in ("set", "put", "cut", "hit", "let", "read"):
            return _after_subject(words, i) or _between_subject_and_object(words, i)
        if low in _MODALS and w.text[0].isupper() and i and words[i - 1].text[0].isupper():
            return False  # "Theresa May said": a name
        return True
    if i and words[i - 1].lower in ("which", "who") and w.text.islower() and low not in _NOT_AFTER_RELATIVE:
        return True  # "plans, which come into force on Monday": a plural present, a schedule
    if i > 2 and w.text.islower() and low not in _NOT_AFTER_RELATIVE and _after_relative_phrase(words, i):
        return True  # "rules, which from Tuesday apply to all": the verb after "which" and a dated phrase
    if low in _PRESENT_VERBS:
        # "reintroduced currency controls", "the leads": a plural noun, not a second verb of the clause
        return not (i and words[i - 1].lower in _ADJECTIVE_CONTEXT) and not any(
            _is_past_form(words[k].lower) for k in range(max(0, i - 3), i)
        )
    if "-" in low or low in _NOT_VERBS:
        return False
    if low.endswith("ed") and _long_enough(low) and (w.text[0].islower() or i == 0):
        if i and words[i - 1].lower == "that":
            return _object_follows(words, i)  # "a war that ended with a truce", not "that damaged building"
        return not (i and words[i - 1].lower in _ADJECTIVE_CONTEXT)
    return False


def _may_follow_relative(before: _Word) -> bool:
    """Can the word after ``before`` be a verb after "which"/"who" (see ``_is_finite``)? Only right after one,
    or after a name or number that ends a phrase after one ("which from Tuesday apply")."""
    return before.lower in ("which", "who") or before.text[0].isupper() or before.text[0].isdigit()


def _after_relative_phrase(words: list[_Word], i: int) -> bool:
    """Does word ``i`` follow "which"/"who" and a phrase of a preposition and names or numbers ("on May 3")?"""
    j = i - 1
    while j > 0 and (words[j].text[0].isupper() or words[j].text[0].isdigit()):
        j -= 1
    return j < i - 1 and j > 0 and words[j].lower in _PREPOSITIONS and words[j - 1].lower in ("which", "who")


def _object_follows(words: list[_Word], i: int) -> bool:
    """Does what follows word ``i`` read as its complement (a determiner, a preposition, a number)?"""
    if i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    return nxt.lower in _DETERMINERS or nxt.lower in _LINKS or nxt.lower in _COMPLEMENT_STARTS or nxt.text[0].isdigit()


_COMPLEMENT_STARTS = frozenset("more some many dozens hundreds thousands millions him them it us".split())
_PARTICLES = frozenset("off up out down back in on".split())
_PREPOSITIONS = frozenset("on in at by for with from to of into during after before since until over under".split())
_NOT_AFTER_RELATIVE = frozenset(
    "the a an his her its their this these those he she it they we i you also then later still already not never "
    "was were had did is are has have will would could might may should can must about as".split()
) | _PREPOSITIONS  # "Hunt, who on Monday scrapped the plan": a preposition opens a phrase, the verb comes after it


def _prefixed_past(low: str) -> bool:
    """An irregular past under a prefix: "retook", "overthrew", "withdrew", "upheld", "undertook"."""
    return low in _PREFIXED_PASTS


def _is_past_form(low: str) -> bool:
    return low in IRREGULAR_PAST or _prefixed_past(low) or (low.endswith("ed") and _long_enough(low) and low not in _NOT_VERBS)


def _between_subject_and_object(words: list[_Word], i: int) -> bool:
    """"The quake hit the peninsula": a noun after a determiner before, an object after - a verb, not "a price cut"."""
    if i < 2 or i + 1 >= len(words) or words[i - 1].lower in _ADJECTIVE_CONTEXT or not words[i - 1].text.islower():
        return False
    nxt = words[i + 1]
    has_determiner = any(words[k].lower in _DETERMINERS for k in range(max(0, i - 4), i - 1))
    return has_determiner and (nxt.lower in _DETERMINERS or nxt.text[0].isupper())


def _long_enough(low: str) -> bool:
    """'declared', and the short 'sued', 'died', 'owed', 'used'; not 'need' or 'seed' (in _NOT_VERBS anyway)."""
    return len(low) >= 5 or (len(low) == 4 and low[1] != "e")


def _after_subject(words: list[_Word], i: int) -> bool:
    """"Fiame hit back", "she put", "Lee, 64, hit back" (an age after the name), "had put": the verb, not a noun."""
    prev = words[i - 1] if i else None
    if prev is None:
        return False
    if prev.lower in ("has", "have", "had"):
        return True
    if prev.lower in ("which", "who") or (prev.lower == "that" and i + 1 < len(words) and words[i + 1].lower in _PARTICLES):
        return True  # "the revolution that set off the uprising", "which cut off the supply"
    if i + 1 < len(words) and words[i + 1].lower in ("off", "up", "out", "down") and prev.text.islower() \
            and prev.lower not in _ADJECTIVE_CONTEXT and prev.lower not in _LINKS:
        return True  # "the murder in February of that year set off protests": a phrasal verb after its subject
    if prev.text.isdigit() and len(prev.text) <= 3 and i >= 2 and words[i - 2].text[0].isupper():
        return True
    if i + 1 < len(words) and words[i + 1].lower in _IDIOM_OBJECTS and prev.text.islower():
        return True  # "crowds set fire to the parliament", "troops set about clearing the square"
    return prev.text[0].isupper() or prev.lower in ("he", "she", "it", "they", "we", "i")


_IDIOM_OBJECTS = frozenset("fire aside about forth".split())


def _tense(window: str, words: list[_Word], g: int) -> str:
    """Tense of the verb group around word ``g``: past, present or future (which includes hypothetical)."""
    low = words[g].lower
    if _may_hold(window, _FUTURE_WORDS):  # (a refusal's words are among them: a window with none holds neither)
        if _may_hold(window, _REFUSAL_WORDS) and _REFUSAL.search(window):
            return "past"  # "would not say", "could not confirm": a refusal to tell, reported as past
        if _FUTURE_LOWERED.search(window):
            return "future"
    group = set(map(_LOWER_OF, words[max(0, g - 3) : g + 1]))
    if group & _PAST_AUXILIARIES or low in IRREGULAR_PAST or _prefixed_past(low) or low.endswith("ed"):
        return "past"
    if group & {"has", "have"}:
        return "past"  # present perfect: it has happened
    if low in _REPORTING_PRESENT and not (g and words[g - 1].lower in ("which", "who")):
        return "present"  # (not "the Fed, which announces its decision on Wednesday": a body's schedule)
    return "future"  # "the law takes effect on Friday", "talks are in Vienna on Monday": a schedule


# --- events ----------------------------------------------------------------


class _Clause(NamedTuple):
    """A clause of a sentence; a named tuple because every dated sentence makes several."""

    start: int
    end: int
    words: tuple[int, ...]  # indices into the sentence's words
    finite: tuple[int, ...]  # the words that look like finite verbs
    quoted: bool

    @property
    def empty(self) -> bool:
        return not self.words


@dataclass(frozen=True, slots=True)
class _Told:
    """An event as found, with what it takes to see it told twice: where, and its own words."""

    number: int  # of the sentence
    anaphoric: bool  # dated from another date ("a day earlier")
    event: FoundEvent
    words: str  # the words it is told in, untrimmed: its sentence, or its clauses when the sentence tells several
    subject: str  # who did it, as far as the words show: the first actor named, not a possessive ("Korea's")


@dataclass(slots=True)
class _Candidate:
    expr: DateExpression
    date: PartialDate
    approx: bool
    verb: int  # index of the governing verb, -1 if none
    first: int  # clauses from the date's to the verb's
    last: int
    span: tuple[int, int] | None = None  # the words that tell the event, when a phrase does ("Blair's win in 2005")
    period: bool = False  # "(an emergency) to run from X": the planned period of what the verb did


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
    events: list[_Told] = []
    reference: PartialDate | None = None
    day: PartialDate | None = None  # the last day stated: what "that evening" counts from after "in 2008"
    day_told_at = dated_at = -1  # the sentences that told ``day`` and that told a date last
    previous_actors: list[str] = []
    subject: tuple[str, str] | None = None  # the person "he" or "she" has stood for as a sentence's subject
    story_day: PartialDate | None = None  # the day the lead tells of: what "after the final" means later on
    lead = paragraphs[0].lower() if paragraphs else ""  # "The eruption came four days after": the lead's eruption
    # what "on polling day" means, wherever the text dates it (looked for only when a text speaks of one)
    vote_day = _day_of_the_vote(paragraphs, published) if any(map(_speaks_of_voting_day, paragraphs)) else None
    number = 0
    for p, paragraph in enumerate(paragraphs):
        quotes = quote_spans(paragraph)
        dateline = _DATELINE.match(paragraph)
        body = dateline.end() if dateline else 0
        para_mentions = sorted(by_paragraph.get(p, []), key=lambda m: m.start)
        carried = reference  # the date told last before this paragraph
        for start, end in split_sentences(paragraph[body:]):
            number += 1
            start, end = body + start, body + end
            text = paragraph[start:end]
            inner = [(a - start, b - start) for a, b in quotes if b > start and a < end]  # its quotations' spans
            named = [m for m in para_mentions if start <= m.start < end]
            exprs = _dates_outside_quotes(text, inner)
            if exprs:  # (most sentences have none: no events, the last date stated stays, and no more to read)
                sentence = _Sentence(text, start, inner, named, kinds, previous_actors, exprs, subject)
                before = reference
                found, reference = sentence.events(published, reference, day, story_day, vote_day,
                                                   carried_over=reference is carried, lead=lead, told=events,
                                                   day_just_told=day_told_at == dated_at)
                # the day this sentence told, though it went on to an older, coarser date ("On Wednesday he
                # questioned the vote, suggesting the murder in August had cost her the lead. The next day ...");
                # not one told in the background only, which left the reference as it was ("LICIACube, which was
                # released on September 11")
                told_day = reference if reference is not None and reference.day else next(
                    (event.date for _, event, _, _ in reversed(found) if event.date.day and not event.approx),
                    None) if reference is not before else None
                if told_day is not None:
                    day, day_told_at = told_day, number
                dated_at = number
                if story_day is None and p < 2 and reference is not None and reference.day:
                    story_day = reference
                events.extend(_Told(number, *told) for told in found)
            subject = _story_subject(text, named, subject, previous_actors, kinds)
            if named:
                previous_actors = _actors_named(text, start, inner, named) or previous_actors
    return [t.event for t in _no_summaries(_one_per_moment(_merge_neighbours(events, kinds)))]


# "Thursday's election", "the August 12 presidential vote", "the runoff held on Sunday", "went to the polls on
# Sunday": a date tied to the vote itself, which "on polling day" elsewhere in the story refers to
_VOTE_NOUN = r"(?:elections?|votes?|polls|ballot|run-?off|referendum|plebiscite)\b"
# (each alternative opens on a letter, not a class: sre then scans for the first letters quickly)
_VOTING_DAY = re.compile(r"(?:Polling|polling|Election|election|Voting|voting|Referendum|referendum)\s+[Dd]ay\b")


def _speaks_of_voting_day(paragraph: str) -> bool:
    # (the pattern starts on letters as common as "e" and "r": the plain tests first are much quicker)
    return any(map(paragraph.__contains__, ("olling", "lection", "oting", "eferendum"))) \
        and _VOTING_DAY.search(paragraph) is not None


_VOTE_WORD = re.compile(_VOTE_NOUN, re.I)
_VOTE_AFTER_DATE = re.compile(r"(?:['\u2019]s?)?\s+(?:[a-z]+[- ]){0,2}" + _VOTE_NOUN)
_VOTE_BEFORE_DATE = re.compile(
    r"(?:\b" + _VOTE_NOUN + r"(?:\s+(?:was|were))?(?:\s+held)?|\b(?:went|go|going|headed|returned)\s+to\s+the\s+polls"
    r"|\bvoted|\bcast\s+(?:their\s+)?ballots)\s+(?:on|last)\s+$",
    re.I,
)


def _day_of_the_vote(paragraphs: list[str], published: dt.date | None) -> PartialDate | None:
    """The day of the vote a story reports, when the text ties a day to it; else None (no guess)."""
    for paragraph in paragraphs:
        if not _VOTE_WORD.search(paragraph):
            continue
        for expr in find_dates(paragraph):
            if expr.kind == "anaphoric" or expr.since:
                continue
            tied = _VOTE_AFTER_DATE.match(paragraph, expr.end) or _VOTE_BEFORE_DATE.search(
                paragraph, max(0, expr.start - 60), expr.start)
            if not tied:
                continue
            told = resolve(replace(expr, bound=False), published, tense="past")
            if told is not None and told.date.day:
                return told.date
    return None


_AND_BEFORE = re.compile(r",?\s+and\s+$")  # a second measure of one timing: "…, and three months after"
_SINCE_WHEN = re.compile(r",\s+when\s+")  # "since 1992, when ...": what happened then
# between two dates of a sentence: the second came first ("on January 16, after a snap election in October 2024")
_LATER_THAN = re.compile(r"\b(?:after|following|since)\b")


def _dates_outside_quotes(text: str, quotes: list[tuple[int, int]]) -> list[DateExpression]:
    """The dates of a sentence, but those inside its quotations (``quotes``, spans in ``text``): a date inside a
    quotation is the speaker's, and a sentence within one ("...the first. The second...") has none."""
    if any(a <= 0 and len(text) <= b for a, b in quotes):
        return []
    return [e for e in find_dates(text) if not _inside(e.start, quotes)]


def _actors_named(text: str, offset: int, quotes: list[tuple[int, int]], mentions: list[Mention]) -> list[str]:
    """The actors a sentence (``text``, at ``offset`` in its paragraph) names outside its quotations, in order:
    who "he", "she" or "it" in the next one may be."""
    return [m.actor for m in mentions
            if not _inside(m.start - offset, quotes) and not _vocative(text, m.start - offset, m.end - offset)]


def _story_subject(text: str, named: list[Mention], subject: tuple[str, str] | None, before: list[str],
                   kinds: dict[str, str]) -> tuple[str, str] | None:
    """Whom "he" or "she" stands for as the subject of the sentences that follow ``text``, and which of the two.

    A sentence whose subject is "he" or "she" keeps the person it stood for, though it names someone else later
    ("Gakharia resigned. He said arresting Melia was wrong. Later he wrote ...": Gakharia wrote); one that names a
    person otherwise ends the run. The other pronoun ("She declared a holiday for Magufuli's burial. His body
    will lie in state") still means the last person named.
    """
    opening = _PRONOUN_SUBJECT.match(text)
    if opening is None:
        return None if any(kinds.get(m.actor) == "person" for m in named) else subject
    pronoun = opening.group(1).lower()
    if subject is not None and subject[1] == pronoun:
        return subject
    person = next((a for a in before if kinds.get(a) == "person"), None)
    return (person, pronoun) if person is not None else None


_PRONOUN_SUBJECT = re.compile(r"\W*(He|She)\s+[a-z]")
_GENDER = {"he": "he", "him": "he", "his": "he", "himself": "he", "she": "she", "her": "she", "hers": "she",
           "herself": "she"}


def _vocative(text: str, start: int, end: int) -> bool:
    """"That is the key to understanding him, Hollis.": a person spoken to, at the sentence's end, is no
    one the next sentence's "he" may mean."""
    return text[:start].rstrip().endswith(",") and text[end:].strip() in (".", "?", "!")


class _Sentence:
    """One sentence and what it takes to read its dates: words, clauses, quotes, mentions."""

    def __init__(
        self,
        text: str,
        offset: int,
        quotes: list[tuple[int, int]],
        mentions: list[Mention],
        kinds: dict[str, str],
        previous_actors: list[str],
        exprs: list[DateExpression],
        subject: tuple[str, str] | None = None,
    ) -> None:
        """A sentence with dates (``exprs``, from ``_dates_outside_quotes``): no other needs reading."""
        self.text = text
        self.offset = offset  # of the sentence in its paragraph
        self.quotes = quotes  # spans in the sentence
        self.mentions = mentions  # those in the sentence
        self.kinds = kinds
        self.previous_actors = previous_actors
        self.subject = subject  # (person, "he" or "she"): whom that pronoun has stood for as the subject
        self.exprs = exprs
        self.words = _words(self.text)
        dates = [(e.start, e.end) for e in self.exprs]
        self.finite = self._finite_verbs(dates)
        self.clauses = self._split_clauses()
        self.clause_starts = [c.start for c in self.clauses]  # (in order: a clause is found by bisection)
        # the sentence with quotations and dates blanked: "will" in a quote or "May" the month is no modal
        plain = self.text
        names = [m.span(1) for m in _NAMED_MODAL.finditer(self.text)] if _CAPITAL_MODAL.search(self.text) else []
        # "Theresa May said": a name, no modal
        for a, b in self.quotes + dates + names:
            b = min(b, len(plain))
            plain = plain[:a] + " " * (b - a) + plain[b:]
        self.plain = plain

    # -- structure --

    def _finite_verbs(self, dates: list[tuple[int, int]]) -> set[int]:
        """The words that look like finite verbs, outside the dates.

        Only a verb form, a word in -ed or, in a sentence with "which" or
        "who", a word right after one or after a name or number can be one
        (see ``_is_finite``): the other words need no closer look.
        """
        words = self.words
        lows = list(map(_LOWER_OF, words))
        if "which" in lows or "who" in lows:
            return {i for i, w in enumerate(words)
                    if (w.lower in _VERB_FORMS or w.lower.endswith("ed") or (i and _may_follow_relative(words[i - 1])))
                    and _is_finite(words, i) and not _inside(w.start, dates)}
        # (the verb forms and the words in -ed picked by compress over C loops of set tests and endswith)
        forms = map(or_, map(_VERB_FORMS.__contains__, lows), map(str.endswith, lows, repeat("ed")))
        return {i for i in compress(count(), forms) if _is_finite(words, i) and not _inside(words[i].start, dates)}

    def _split_clauses(self) -> list[_Clause]:
        finite = sorted(self.finite)
        starts = _clause_starts(self.text, self.words, [(e.start, e.end) for e in self.exprs])
        self.word_starts = word_starts = list(map(_START_OF, self.words))  # (in order: for bisection)
        clauses = []
        at = 0  # words are in order: each clause takes the next run of them
        for a, b in zip(starts, starts[1:] + [len(self.text)]):
            first, at = at, bisect_left(word_starts, b, at)
            words = tuple(range(first, at))
            if not words and clauses:
                continue
            verbs = tuple(finite[bisect_left(finite, first) : bisect_left(finite, at)])
            clauses.append(tuple.__new__(_Clause, (a, b, words, verbs, _inside(a, self.quotes))))
        # a clause with no words (", who") joins the next one, and so does a bare preposition (", in which")
        merged: list[_Clause] = []
        for c in clauses:
            if merged and (merged[-1].empty or (
                    len(merged[-1].words) == 1 and self.words[merged[-1].words[0]].lower in _PREPOSITIONS)):
                c = _Clause(merged[-1].start, c.end, c.words, c.finite, merged[-1].quoted)
                merged[-1] = c
            else:
                merged.append(c)
        return merged

    def _clause_of(self, pos: int) -> int:
        # clauses are in order: the last one starting by ``pos``, else the first
        return max(0, bisect_right(self.clause_starts, pos) - 1)

    def _lead(self, clause: int) -> str:
        words = self.clauses[clause].words
        return self.words[words[0]].lower if words else ""

    def _lead_word(self, clause: int) -> _Word | None:
        words = self.clauses[clause].words
        return self.words[words[0]] if words else None

    def actors(self) -> list[str]:
        """The actors this sentence names, in order: who "he", "she" or "it" in the next one may be."""
        return _actors_named(self.text, self.offset, self.quotes, self.mentions)

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
        earlier = next((c for c in range(home - 1, -1, -1) if self.clauses[c].finite), -1)
        if earlier >= 0 and _LISTED_DATE.search(self.text, 0, expr.start):
            # "ran in 2008, 2012, 2018 and 2020, and had said ...": a date listed after another shares its verb
            return self.clauses[earlier].finite[-1], earlier, home
        relative = False  # inside a relative clause that describes the date: "On Sunday, which was a holiday, …"
        for later in range(home + 1, len(self.clauses)):
            lead = self._lead(later)
            words = self.clauses[later].words
            if lead in ("and", "but") and earlier >= 0 and not self.clauses[earlier].quoted \
                    and len(words) > 1 and words[1] in self.finite \
                    and not any(self.words[i].lower.endswith("ing") for i in self.clauses[home].words):
                # "They lost the final, to Italy at Wembley in July 2021, and have not won since": a phrase set
                # off after its verb belongs to that verb, not to the next predicate
                return self.clauses[earlier].finite[-1], earlier, home
            # (right after the date's clause, or after a subject set off by commas: "On Friday, a jobs report,
            # which showed ..., revived fears")
            if (lead in ("which", "who", "whom") or self._prepositional_relative(later)) \
                    and all(not self.clauses[c].finite for c in range(home + 1, later)) \
                    and self.text[: self.clauses[later].start].rstrip().endswith(","):
                relative = True
                continue
            if lead in ("that", "which", "who", "whom") and later - 1 > home and not self.clauses[later - 1].finite \
                    and all(not self.clauses[c].finite for c in range(home + 1, later)) \
                    and self.text[: self.clauses[later - 1].start].rstrip().endswith(","):
                # "On March 4, the White Army, a militia that the government accuses of ..., overran a garrison":
                # the relative clause of an apposition set off by commas, before the verb
                relative = True
                continue
            if lead in ("that", "which", "who", "whom", "if", "unless") or self.clauses[later].quoted:
                break
            if relative and not self.text[: self.clauses[later].start].rstrip().endswith(","):
                continue  # still the relative clause ("which was the anniversary of the republic")
            relative = False
            if self.clauses[later].finite:
                return self.clauses[later].finite[0], home, later
        for earlier in range(home - 1, -1, -1):
            if self.clauses[earlier].finite and not self.clauses[earlier].quoted:
                return self.clauses[earlier].finite[-1], earlier, home
        return -1, home, home

    def _prepositional_relative(self, clause: int) -> bool:
        """", in which all five parties competed,": a relative clause opened by a preposition."""
        words = self.clauses[clause].words
        return len(words) > 1 and self.words[words[0]].lower in _PREPOSITIONS and self.words[words[1]].lower in ("which", "whom")

    def _tense(self, expr: DateExpression, verb: int, first: int, last: int) -> str:
        before = self.text[max(0, expr.start - 80) : expr.start]
        set_for = before.rstrip().endswith((" for", " to", " until")) and _SET_FOR.search(before)
        scheduled = _may_hold(self.text[: expr.start], _SCHEDULED_WORDS) \
            and _SCHEDULED_BEFORE.search(self.text, 0, expr.start)
        if (scheduled or set_for) \
                and not _FORECAST_MADE.search(self.text, 0, expr.start):
            return "future"  # "rounds planned for this week", "set the general election for October 14"
        if verb < 0:
            return "unknown"
        for c in range(first, last + 1):  # (a loop: most verbs and dates share one clause)
            if self._lead(c) in _CONDITIONAL:
                return "future"
        v = self.words[verb]
        at = self._clause_of(expr.start)
        home = self.clauses[at]
        if self._lead(at) == "that" and first > 0 and _MODAL_WORDS.search(self.plain, home.start, home.end):
            return "future"  # "warned that rain expected at the weekend could set off landslides": the forecast
        if v.end <= expr.start:
            window = self.plain[self.words[max(0, verb - 3)].start : expr.start]
        elif v.lower in _SAYING and v.lower not in _REPORTING_PRESENT:
            # "On Friday, he said he would resign": what follows a verb of saying is what was said
            window = self.plain[expr.end : v.end]
        else:
            window = _PROMISE.sub(r"\1", self.plain[expr.end : self.words[min(len(self.words) - 1, verb + 3)].end])
        return _tense(window, self.words, verb)

    def candidates(
        self, published: dt.date | None, reference: PartialDate | None, day: PartialDate | None = None,
        story_day: PartialDate | None = None, vote_day: PartialDate | None = None, carried_over: bool = False,
        lead: str = "", told: Sequence[_Told] = (), day_just_told: bool = False,
    ) -> tuple[list[_Candidate], PartialDate | None]:
        """The dates of this sentence that name past events, and the last date stated (for "the same day").
        ``day_just_told``: the last sentence with a date told ``day``, whatever coarser date it went on to.

        A date stated in a relative clause ("the party, which won the May 2023 election,") is background:
        it is no reference for the next sentence's "two days later". A day counted from another sentence
        needs a day to count from: "a day earlier" after "in October 2022" has none, and "that evening",
        "hours before the ceremony" count from the last day the text stated.
        """
        carried = reference
        out: list[_Candidate] = []
        if _PAGE_METADATA.match(self.text):
            return out, reference
        plain = [e for e in self.exprs if not e.names_thing and not e.of_following]
        uncertain = _alternatives(self.text, self.exprs)
        stated: PartialDate | None = None  # the last date this sentence gave: what "a day after X" counts from
        background = False  # was it given in a relative clause ("who had taken office in July last year")?
        named_day: PartialDate | None = None  # a day naming a thing here: "Tuesday's rally ... in the evening"
        timed_from: PartialDate | None = None  # the day of what "X came N after" times
        for expr in self.exprs:
            if uncertain and expr in uncertain:  # (most sentences have none: no hash of every date)
                continue  # "on Monday or Tuesday": neither is the date
            expr = self._year_from_the_sentence(expr, published)
            if expr.possessive and expr.kind == "weekday" and published is not None:
                told = resolve(expr, published, tense="past")
                named_day = told.date if told is not None else named_day
            anchor = reference
            if expr.modifier == "story" and story_day is not None and stated is None and (
                    anchor is None or (story_day.first_day() - anchor.first_day()).days > _BACKGROUND_DAYS):
                anchor = story_day  # "told reporters after the final", after paragraphs of background years back
            if expr.modifier == "span" and carried_over and story_day is not None and stated is None and (
                    anchor is None or (story_day.first_day() - anchor.first_day()).days > _BACKGROUND_DAYS):
                anchor = story_day  # "took over at the start of the month", a paragraph after "in July 2020"
            if named_day is not None and expr.kind == "anaphoric" and expr.unit == "day" and expr.offset == 0:
                anchor = named_day  # "in the evening" of the day the sentence named, not of the last one told
            if expr.kind == "anaphoric" and expr.unit == "day" and not (reference and reference.day) and (
                    stated is None or (expr.offset == 0 and not stated.day and background)):
                # ("The prime minister, who had taken office in July last year, resigned that afternoon": the
                # afternoon of the last day told, as no day was told since)
                # ("The next day" counts from a day only right after the sentence that told it)
                anchor = day if expr.offset == 0 or (day_just_told and not expr.of_following) else None
            if expr.modifier == "vote":
                if vote_day is None:
                    continue  # "on polling day" in a story that never dates the vote: no day to give
                anchor = vote_day
            if expr.of_following:
                # "The attack came two weeks after X": the day of the subject the verb times, which a measure
                # that goes on ", and three months after Y" counts from too, whatever date X itself gave
                subjects_day = self._timed_subjects_day(expr, anchor, story_day, lead) \
                    if stated is None and anchor is not None and self._timed_against(expr) else None
                timed_from = subjects_day if timed_from is None else timed_from
                if self._dated_itself(expr):
                    continue  # "came two days after an election on Sunday": X's own date tells it
                if stated is None and anchor is not None and self._opens_sentence(expr):
                    # "Two months after the arrest, ...": from the day the text told of the arrest, if it did
                    found = self._counted_to_main(expr, published, self._told_by_its_noun(expr, told) or anchor)
                    if found is not None:
                        out.append(found)
                        stated = found.date
                    continue
                if stated is None and anchor is not None and expr.unit == "day" and expr.offset == 0:
                    # "blocked the road hours before the ceremony": the clause is on the day the text told last
                    same_day = replace(expr, of_following=False)
                    found, _ = self._read(same_day, published, anchor, bool(plain))
                    if found is not None:
                        out.append(found)
                    continue
                if subjects_day is not None:
                    # "The verdict came a week after the court dissolved the party": the verdict is what the
                    # text told last, so the party's dissolution is counted from that date, and is now the last;
                    # "The eruption came four days after ...", paragraphs after the lead's eruption: the lead's day
                    found = self._counted_from(expr, published, subjects_day)
                    if found is not None:
                        out.append(found)
                        reference = carried = found.date
                    continue
                if timed_from is not None and _AND_BEFORE.search(self.text, max(0, expr.start - 8), expr.start):
                    found = self._counted_from(expr, published, timed_from)  # "…, and three months after Y"
                else:
                    found = self._counted_from(expr, published, stated)
                if found is not None:
                    out.append(found)
                continue
            found, date = self._read(expr, published, anchor, bool(plain))
            if date is not None:
                # "on August 22 last year": "last year" restates the year of the day, which stays the reference
                reference = stated = _finer(date, stated)
                home = self._clause_of(expr.start)
                background = bool(home and self._lead(home) in ("which", "who", "whom", "whose")) or self._flashback(home, expr)
                if not background:
                    carried = reference
            if found is not None:
                out.append(found)
        out.extend(self._sharing_opening_date(out))
        return _one_per_verb(out), carried

    def _year_from_the_sentence(self, expr: DateExpression, published: dt.date | None) -> DateExpression:
        """A month the sentence dates by the year it gives next to it: "beat him in a runoff held in December
        and took office in January 2018" is December 2017, not the December before publication. After "after"
        the order turns: what the sentence dates next came first."""
        if expr.kind not in ("month", "month_day") or expr.bound or expr.modifier:
            return expr
        # only a date told after it, in the same run of clauses: one told before may be background the
        # story has moved on from ("in May 2022 ..., and parliament approved it in June" is ambiguous)
        dated = [e for e in self.exprs if e.kind == "absolute" and e.year and e.month and not e.bound
                 and 0 < e.start - expr.start <= 80]
        if not dated:
            return expr
        other = min(dated, key=lambda e: e.start)
        if _LATER_THAN.search(self.text, expr.end, other.start):
            # "was voted in on January 16, after a snap election in October 2024": told after it, but earlier
            year = other.year if (expr.month, expr.day or 31) >= (other.month, other.day or 1) else other.year + 1
            if published is not None and (year, expr.month) > (published.year, published.month):
                return expr
        else:
            year = other.year if (expr.month, expr.day) <= (other.month, other.day or 31) else other.year - 1
        return replace(expr, kind="absolute", year=year)

    def _flashback(self, home: int, expr: DateExpression) -> bool:
        """"a ban that the government had imposed on September 4", "talks that began on Monday", "the hospital,
        where doctors had fitted him with a pacemaker on Sunday": a relative clause is background, no day for
        the next sentence's "that evening" to count from. So is a main clause in the past perfect after the
        story has told its day ("The order to evacuate had been issued late on Saturday")."""
        if not home and " had been " in self.text[: expr.start]:
            return True
        if not home or self._lead(home) not in ("that", "where"):
            return False
        if self._lead(home) == "where":
            return " had " in self.text[self.clauses[home].start : expr.start]
        words = self.clauses[home].words
        # "talks that began on Monday": a subject relative, background to the talks, as after "which"
        return " had " in self.text[self.clauses[home].start : expr.start] or (len(words) > 1 and words[1] in self.finite)

    def _read(
        self, expr: DateExpression, published: dt.date | None, reference: PartialDate | None, plain: bool
    ) -> tuple[_Candidate | None, PartialDate | None]:
        """The event ``expr`` dates, if any, and the date it stated (for "the same day" after it)."""
        phrase = None if expr.names_thing else self._since_phrase(expr)
        if phrase == _YARDSTICK:
            return None, None  # "the first time since the pandemic in 2020"
        if phrase is not None:
            return self._phrase_event(expr, phrase, published, reference)
        if expr.since:
            found, date = self._since_start(expr, published, reference)
            if found is not None and _INFINITIVE_BEFORE.search(self.text, max(0, expr.start - 30), expr.start):
                found = replace(found, period=True)
            return found, date
        if expr.bound and not expr.names_thing and self._ends_state(expr):
            return self._state_end(expr, published, reference)
        span = None
        if expr.names_thing:
            verb, first, last, span = self._verb_acting_on(expr)
            if expr.kind == "month_day" and expr.bound:  # "the November 8 election": named by its day
                if verb < 0 and self._during_a_recent_day(expr, published):
                    verb = self._governing_verb(expr)[0]  # "backed independence in the Sept. 25 referendum"
                if verb < 0:
                    return None, None  # "the January 6 attack": a name whose year the text does not give
                expr = replace(expr, bound=False)  # "the November 8 election, which the party won": of this year
            if verb < 0 and expr.attributive:
                act = self._owned_act(expr)
                if act is not None:
                    return self._phrase_event(expr, act, published, reference)
            if verb < 0 and expr.possessive and _FOR_A_DAYS_THING.search(self.text, max(0, expr.start - 10), expr.start) \
                    and not self._simple_past(self._governing_verb(expr)[0]):
                # "a candidate in Sunday's election, when the shot was fired": the day's thing may be still to come;
                # "Labour won 411 seats in Thursday's election" tells it by a simple past
                return None, None
            if verb < 0 and expr.attributive and not plain and expr.kind == "absolute":
                happening = self._happening_named(expr)
                if happening is not None:
                    # "linked to the 1994 genocide", "paved the way for the 2015 nuclear agreement": with no
                    # other date in the sentence, a happening named by its year took place that year
                    return self._phrase_event(expr, happening, published, reference)
            if verb < 0:
                of_the = _OF_THE.search(self.text, max(0, expr.start - 10), expr.start)
                in_the = _IN_THE.search(self.text, max(0, expr.start - 14), expr.start)
                if plain and in_the and expr.attributive and not self._verb_dated_otherwise(expr):
                    plain = False  # "..., led the country to independence in a 2006 referendum and took it into NATO in 2017"
                if (plain and not of_the) or (expr.attributive and not of_the and not in_the):
                    if expr.possessive and expr.kind == "weekday" and self._weekday_vote(expr):
                        # "conceded on Friday, after results from Tuesday's runoff showed ...": the vote, held that day
                        happening = self._happening_named(expr)
                        if happening is not None:
                            return self._phrase_event(expr, happening, published, reference)
                    return None, None  # "troops sent to put down last week's unrest left on Thursday": a thing
                # "veterans of the 1971 war gathered", "occupied the area in the 1967 war": with no other
                # date, a past verb tells the thing happened (and, after "in the", when the verb's action did)
                verb, first, last = self._governing_verb(expr)
        else:
            verb, first, last = self._governing_verb(expr)
        if verb < 0:
            act = None if expr.names_thing else self._act_before(expr)
            if act is not None:
                return self._phrase_event(expr, act, published, reference)  # "the decision by X today means"
            return None, None  # no verb, no statement or action: a timestamp, a caption, a heading
        if self._measured(expr, verb):
            return None, None  # "figures showed inflation at 3.7% in March": what was measured, not when anything was done
        tense = self._tense(expr, verb, first, last)
        resolved = resolve(expr, published, tense=tense, reference=reference)
        negated = self._negated(verb)
        if not expr.names_thing and (negated or resolved is None):
            # the clause's verb tells nothing that happened, but a phrase the date sits in does:
            # "did not intend to repeat the response to Russia's seizure of Crimea in 2014",
            # "troops leave under Mr. Trump's announcement last month"
            phrase = self._possessive_phrase(expr) if expr.kind == "absolute" or negated else None
            phrase = phrase or self._act_before(expr)
            if phrase is not None:
                return self._phrase_event(expr, phrase, published, reference)
        if resolved is None:
            return None, None
        if negated:
            return None, resolved.date  # "made no statement on Sunday", "did not comment on Monday": nothing happened
        if expr.vague and (self._reported(expr.start) or re.search(r"\bhad\b", self.text[: expr.start])
                           or any(0 <= e.start - expr.end <= 6 for e in self.exprs)):  # "most recently in December"
            return None, resolved.date  # "recently" inside reported speech is the speaker's claim, not a dated event
        return _Candidate(expr, resolved.date, resolved.approx, verb, first, last, span), resolved.date

    def _since_start(
        self, expr: DateExpression, published: dt.date | None, reference: PartialDate | None
    ) -> tuple[_Candidate | None, PartialDate | None]:
        """What "since X" dates: the state that began then, else what a yardstick's "when" clause tells."""
        found, date = self._since_state(expr, published, reference)
        when = _SINCE_WHEN.match(self.text, expr.end)
        if found is None and when is not None and expr.kind == "absolute":
            # "the deadliest crash since 1992, when a jet flew into a hillside": no state began then, but the
            # yardstick is an event of its own
            clause = self.clauses[self._clause_of(when.end())]
            if clause.finite and not clause.quoted and any(self._simple_past(v) for v in clause.finite):
                return self._phrase_event(replace(expr, bound=False, since=False), (when.end(), clause.end),
                                          published, reference)
        return found, date

    def _since_state(
        self, expr: DateExpression, published: dt.date | None, reference: PartialDate | None
    ) -> tuple[_Candidate | None, PartialDate | None]:
        """"have camped on the square since April", "had governed since 2009", "governed from 2018 to 2023":
        the state began then, an event.

        Not a running tally ("3,700 people have been killed since October": a
        number or a count word before the date), a trend ("prices have risen
        since May") or a comparison ("the highest level since 2019"). "its
        first cut since March 2020" tells that the previous cut was then.
        """
        unbound = replace(expr, bound=False, since=False)
        first = _FIRST_SINCE.search(self.text, max(0, expr.start - 90), expr.start)
        if first is not None:
            if first["what"].lower() == "time":
                return None, None  # "the first time since 2019": a yardstick
            return self._phrase_event(unbound, (first.start(), expr.end), published, reference)
        state = _STATE_SINCE.search(self.text, max(0, expr.start - 80), expr.start)
        if state is not None:
            # "the bilateral ceasefire in force since August 29": the state began then, with or without a verb
            return self._phrase_event(unbound, (state.start(), expr.end), published, reference)
        verb, first_clause, last_clause = self._governing_verb(expr)
        home = self._clause_of(expr.start)
        if (verb < 0 or self.words[verb].end > expr.start) and home > 0 and self._lead(home) in ("since", "from") \
                and self.clauses[home - 1].finite and not self.clauses[home - 1].quoted:
            # "had governed since 2009 and won …": "since" opened a clause of its own; its verb is the one before
            verb, first_clause, last_clause = self.clauses[home - 1].finite[-1], home - 1, home
        if verb >= 0 and self.words[verb].end <= expr.start and self._negated(verb):
            return self._last_time(unbound, verb, first_clause, last_clause, published, reference)
        opening = _OPENING_START.fullmatch(self.text[: expr.start]) is not None
        if verb < 0 and opening:
            # ("From October, an account calling itself X, Creole for "Mr Y", posted ...": past the apposition)
            verb = next((c.finite[0] for k, c in enumerate(self.clauses) if k > home and c.finite and not c.quoted
                         and self._lead(k) not in _RELATIVES), -1)
        if verb >= 0 and self.words[verb].start >= expr.end and opening and not self._negated(verb):
            # "Since October, the army has shelled the town", "From May, an account posted ...": the phrase opens
            # the sentence and its verb follows; what stands between them shows a tally ("3,700 people have died")
            window = self.plain[expr.end : self.clauses[self._clause_of(self.words[verb].start)].end]
            from_ = self.text[: expr.start].strip().lower().startswith("from")
            if (from_ or _PERFECT.search(window)) and not (_NOT_A_TREND if from_ else _NOT_A_START).search(window) \
                    and not _COUNT_WORD.search(window) and not _MODAL_WORDS.search(window):
                resolved = resolve(unbound, published, tense="past", reference=reference)
                if resolved is not None:
                    return (_Candidate(unbound, resolved.date, resolved.approx, verb, first_clause, last_clause),
                            resolved.date)
            return None, None
        if verb < 0 or self.words[verb].end > expr.start:
            return None, None
        if self.words[verb].lower in _SAYING | _DECREEING and self.text[expr.start - 5 : expr.start].lower().endswith("from "):
            # "announced drills from Thursday to Sunday", "declared three days of mourning from Friday": the period
            # of what was announced or decreed
            return None, None
        window = self.plain[self.clauses[self._clause_of(self.words[verb].start)].start : expr.start]
        # "has governed since 2018" needs the perfect; "governed from 2018 (to 2023)" says the start by itself
        starts = _PERFECT.search(window) or _FROM_BEFORE.search(self.text, max(0, expr.start - 12), expr.start)
        resolved = resolve(unbound, published, tense="past", reference=reference)
        not_a_start = _NOT_A_TREND if expr.text and self.text[expr.start - 5 : expr.start].lower().endswith("from ") \
            else _NOT_A_START  # "served as the first woman chief justice from July 2016": a title, no comparison
        # ("had been prime minister only since March 17": "only" says how recent the start was, no comparison)
        if not starts or not_a_start.search(_ONLY_SINCE.sub("since ", window)):
            # "the sixth president since 2016. X, who won that year's election": no event, but a year stated
            return None, resolved.date if resolved is not None and expr.kind == "absolute" else None
        if resolved is None:
            return None, None
        return _Candidate(unbound, resolved.date, resolved.approx, verb, first_clause, last_clause), resolved.date

    def _during_a_recent_day(self, expr: DateExpression, published: dt.date | None) -> bool:
        """"voters backed independence in the Sept. 25 referendum": a past verb done in (or during) a thing named
        by a day of the last few months did it that day; a day further back may name an older thing ("the
        January 6 attack" in a later year), whose year the text does not give."""
        if published is None or not _IN_THE.search(self.text, max(0, expr.start - 14), expr.start):
            return False
        verb = self._governing_verb(expr)[0]
        if not self._simple_past(verb) or self.words[verb].start > expr.start:
            return False
        day = resolve(replace(expr, bound=False), published, tense="past")
        return day is not None and bool(day.date.day) and 0 <= (published - day.date.first_day()).days <= 120

    def _weekday_vote(self, expr: DateExpression) -> bool:
        """"Tuesday's presidential runoff", "Saturday's presidential and local elections": a vote named by its
        day, which the sentence tells of in the past (results from it, a candidate who lost it)."""
        after = [w for w in self.words if w.start >= expr.end][:6]
        vote = next((w for w in after if w.lower in _VOTES), None)
        if vote is None or any(w.text[:1].isupper() for w in after if w.end <= vote.start):
            return False
        verb = self._governing_verb(expr)[0]
        before = self.text[: expr.start]
        scheduled = _may_hold(before, _SCHEDULED_WORDS) and _SCHEDULED_BEFORE.search(before)
        if verb < 0 or scheduled or _AHEAD_OF.search(before):
            return False  # ("was campaigning for Sunday's election": a vote still to come)
        return self._simple_past(verb)

    def _simple_past(self, verb: int) -> bool:
        """"won", not "was fired" or "had been speaking"."""
        if verb < 0 or self.words[verb].lower in _AUXILIARIES or not _is_past_form(self.words[verb].lower):
            return False
        before = self.words[verb - 1].lower if verb else ""
        # "the first shot was fired": a noun after a determiner or an ordinal
        return before not in _AUXILIARIES and before not in _ADJECTIVE_CONTEXT and before not in _ORDINALS

    def _ends_state(self, expr: DateExpression) -> bool:
        """"until November 2019", "through 2005": the end of a state told as such. The "to" of "from 2016 to
        2020" only closes the span the start tells (the gold counts one event)."""
        return _UNTIL_BEFORE.search(self.text, max(0, expr.start - 8), expr.start) is not None

    def _state_end(
        self, expr: DateExpression, published: dt.date | None, reference: PartialDate | None
    ) -> tuple[_Candidate | None, PartialDate | None]:
        """"governed from 2006 until November 2019", "served ... through 2005": a past state ended then, an
        event; "postponed until May" is the new date of a plan, and "will stay until May" is no past at all."""
        verb, first, last = self._governing_verb(expr)
        home = self._clause_of(expr.start)
        if (verb < 0 or self.words[verb].end > expr.start) and home > 0 and self._lead(home) in ("until", "till") \
                and self.clauses[home - 1].finite and not self.clauses[home - 1].quoted:
            verb, first, last = self.clauses[home - 1].finite[-1], home - 1, home  # "governed from 2006 until 2019"
        held_a_post = verb >= 0 and _HELD_A_POST.match(self.plain, self.words[verb].start) is not None
        if verb < 0 or self.words[verb].end > expr.start or (
                self.words[verb].lower in _DEFERRING | _SAYING and not held_a_post):
            return None, None  # "announced closures from Monday to Friday": the period of what was announced
        low = self.words[verb].lower
        being = low in ("was", "were") and verb + 1 < len(self.words) and not _is_past_form(self.words[verb + 1].lower)
        if self._tense(expr, verb, first, last) != "past" or not (being or _is_past_form(low)):
            return None, None  # "was president until 2004" ended then; "was closed until Friday" is told from outside
        between = self.plain[self.words[verb].start : expr.start]
        if re.search(r"\b(?:had|has|have|was|were)\b", self.text[max(0, self.words[verb].start - 12) : self.words[verb].start]):
            return None, None  # "had been closed until", "was kept until": a state told from outside
        if _MEASURE.search(between) or _NOT_A_TREND.search(between):
            return None, None  # "rose 3% until June": a trend
        unbound = replace(expr, bound=False)
        resolved = resolve(unbound, published, tense="past", reference=reference)
        if resolved is None:
            return None, None
        return _Candidate(unbound, resolved.date, resolved.approx, verb, first, last), resolved.date

    def _last_time(
        self, expr: DateExpression, verb: int, first: int, last: int, published: dt.date | None, reference: PartialDate | None
    ) -> tuple[_Candidate | None, PartialDate | None]:
        """"had not been seen in public since February 27", "hasn't been heard from since May": the last time
        it happened was then. Only the passive absence: "has not won a seat since 2015" is a tally's start,
        and "has not been this high since 1990" a comparison."""
        perfect = _NEGATED_PERFECT.search(self.plain, self.words[max(0, verb - 3)].start, expr.start)
        window = self.plain[perfect.start() : expr.start] if perfect else ""
        if not window or _NOT_A_START.search(window) or _COMPARED.search(window):
            return None, None
        resolved = resolve(expr, published, tense="past", reference=reference)
        if resolved is None:
            return None, None
        return _Candidate(expr, resolved.date, resolved.approx, verb, first, last), resolved.date

    def _measured(self, expr: DateExpression, verb: int) -> bool:
        """Is ``expr`` the period of a measurement a report showed ("showed inflation quickening to 3.7% in March")?"""
        v = self.words[verb]
        if expr.day or expr.weekday >= 0 or expr.unit in ("day", "hour"):
            return False  # "officials put the toll at 5,300 on Wednesday": a day dates the telling, not a period measured
        return v.lower in _SHOWING and v.end <= expr.start and _MEASURE.search(self.plain, v.end, expr.start) is not None

    def _phrase_event(
        self, expr: DateExpression, phrase: tuple[int, int], published: dt.date | None, reference: PartialDate | None
    ) -> tuple[_Candidate | None, PartialDate | None]:
        resolved = resolve(expr, published, tense="past", reference=reference)
        if resolved is None:
            return None, None
        home = self._clause_of(expr.start)
        return _Candidate(expr, resolved.date, resolved.approx, -1, home, home, phrase), resolved.date

    def _sharing_opening_date(self, found: list[_Candidate]) -> list[_Candidate]:
        """"On Monday the army was deployed, and police raided the bureau": a date opening the sentence dates
        each clause joined on by ", and" with a subject and a past verb of its own (and no date of its own)."""
        if not found or (", and " not in self.text and ", but " not in self.text):
            return []
        opening = next((c for c in found if c.verb >= 0 and c.expr.kind != "anaphoric" and not c.expr.of_following
                        and c.span is None and _FRONTED.fullmatch(self.text[: c.expr.start])), None)
        if opening is None:
            return []
        out = []
        for k in range(opening.last + 1, len(self.clauses)):
            clause = self.clauses[k]
            if clause.quoted or self._lead(k) in ("that", "which", "who", "whom", "whose", "if", "unless", "because"):
                break
            if not clause.finite:
                continue  # an apposition: ", the old citadel of the capital,"
            if self._lead(k) not in ("and", "but") or not self.text[: clause.start].rstrip().endswith(","):
                lead = self._lead_word(k)
                if lead is not None and lead.text.islower() and lead.lower not in _CONNECTIVES:
                    continue  # ", money laundering and computer crimes linked to ...": the list runs on
                break
            verb = clause.finite[0]
            subject = [self.words[i] for i in range(clause.words[0] + 1, verb)]
            named = bool(subject) and all(w.text[:1].isupper() or w.lower in _DETERMINERS for w in subject)  # "the European Commission"
            if not (2 <= verb - clause.words[0] <= 3 or (named and verb - clause.words[0] <= 5)):
                break
            if any(clause.start <= e.start < clause.end for e in self.exprs):
                break
            window = self.plain[self.words[verb - 1].start : self.words[min(len(self.words) - 1, verb + 2)].end]
            if _tense(window, self.words, verb) != "past" or self._negated(verb) or self.words[verb].lower in _AUXILIARIES:
                break
            span = (self.words[clause.words[1]].start, clause.end)  # its own words: "police raided the bureau"
            out.append(_Candidate(opening.expr, opening.date, opening.approx, verb, k, k, span))
        return out

    def _dated_itself(self, expr: DateExpression) -> bool:
        """Does X of "two days after X" carry its own date in its clause ("a general election on Sunday")?"""
        end = self.clauses[self._clause_of(expr.end)].end
        return any(expr.end <= e.start < end and e.kind != "anaphoric" and not e.of_following and not e.bound
                   for e in self.exprs)

    def _opens_sentence(self, expr: DateExpression) -> bool:
        return not re.search(r"[^\W_]", re.sub(r"(?i)\b(?:just|only|some|about|and|but|then|on)\b", "", self.text[: expr.start]))

    def _counted_to_main(self, expr: DateExpression, published: dt.date | None, reference: PartialDate) -> _Candidate | None:
        """"Four days after Freeland's resignation, Singh said ...": X is what the text told last, so the main
        clause is dated from the last date stated (counted forward after "after", back before "before")."""
        flipped = DateExpression(expr.start, expr.end, expr.text, "anaphoric", unit=expr.unit, offset=-expr.offset,
                                 approx=expr.approx)
        resolved = resolve(flipped, published, tense="past", reference=reference)
        if resolved is None:
            return None
        home = self._clause_of(expr.start)
        for later in range(home + 1, len(self.clauses)):
            clause = self.clauses[later]
            if clause.quoted or not clause.finite:
                continue
            verb = clause.finite[0]
            window = self.plain[self.words[max(clause.words[0], verb - 2)].start : self.words[verb].end]
            if _tense(window, self.words, verb) != "past" or self._negated(verb):
                return None
            return _Candidate(expr, resolved.date, resolved.approx, verb, home, later)
        return None

    def _told_by_its_noun(self, expr: DateExpression, told: Sequence[_Told]) -> PartialDate | None:
        """The date of the event the text told last in a word of the noun after ``expr`` ("after the arrest":
        "was arrested in September 2017"), if any."""
        noun = _THE_NOUN_AFTER.match(self.text, expr.end)
        if noun is None:
            return None
        stem = re.compile(rf"\b{noun[1].lower()[:5]}", re.I)
        return next((t.event.date for t in reversed(told) if not t.anaphoric and stem.search(t.event.text)), None)

    def _timed_against(self, expr: DateExpression) -> bool:
        """Is ``expr`` ("a week after X") the complement of a verb that places something told before in time
        ("The verdict came …", "The crash comes exactly a day after …")?"""
        before = _TIMING_BEFORE.search(self.text, max(0, expr.start - 40), expr.start)
        return before is not None

    def _timed_subjects_day(self, expr: DateExpression, anchor: PartialDate, story_day: PartialDate | None,
                            lead: str) -> PartialDate:
        """The day of what "The attack came a week after X" times: the last day told, unless that is background
        weeks before the story's day, or the subject is a thing the lead told of; then the story's day."""
        if story_day is not None and (self._the_leads_own(expr, lead)
                                      or (story_day.first_day() - anchor.first_day()).days > _BACKGROUND_DAYS):
            return story_day
        return anchor

    def _the_leads_own(self, expr: DateExpression, lead: str) -> bool:
        """Is what the sentence times ("The eruption came ...") a thing the lead told of, by its noun?"""
        subject = _THE_THING_TIMED.match(self.text[: expr.start])
        return subject is not None and re.search(rf"\b{subject[1].lower()}\b", lead) is not None

    def _counted_from(self, expr: DateExpression, published: dt.date | None, stated: PartialDate | None) -> _Candidate | None:
        """"on Tuesday, a day after Assad agreed to ...": the agreement is an event of Monday.

        X is what follows the expression up to the clause's end. A clause with
        a verb needs it in the past; a bare noun phrase must name someone or
        something's ("Hamas's attack on Israel", "the army's offensive"): "three
        days after the quake" points back at something the article has told already.
        """
        if stated is None:
            return None  # nothing in this sentence to count from
        resolved = resolve(expr, published, tense="past", reference=stated)
        if resolved is None:
            return None
        start = expr.end + len(self.text[expr.end :]) - len(self.text[expr.end :].lstrip())
        home = self._clause_of(start)
        end = self.clauses[home].end  # X runs to its clause's end: "a day after Hamas's attack on Israel, saying ..."
        inside = [i for i, w in enumerate(self.words) if start <= w.start < end]
        verbs = [i for i in inside if i in self.finite]
        last = home
        if not verbs and home + 2 < len(self.clauses) and not self.clauses[home + 1].finite and self.clauses[home + 2].finite:
            # "two months after his predecessor, Nguyen Xuan Phuc, stepped down": the subject's apposition, then its verb
            nxt = self.clauses[home + 2]
            if self._lead(home + 2) not in _CONNECTIVES:
                last, end = home + 2, nxt.end
                inside = [i for i, w in enumerate(self.words) if start <= w.start < end]
                verbs = [i for i in inside if i in self.finite]
        if not verbs:
            # "four days after Ana Ruiz, a worker who was filling cracks, fell into a fissure": past an apposition
            # and its relative clause, a clause that opens with its verb is X's
            m = home + 1
            while m < len(self.clauses) and m <= home + 3 and (
                    not self.clauses[m].finite or self._lead(m) in _RELATIVES):
                m += 1
            clause = self.clauses[m] if home + 2 <= m < len(self.clauses) else None
            if clause is not None and clause.words and clause.finite and clause.finite[0] == clause.words[0]:
                last, end = m, clause.end
                inside = [i for i, w in enumerate(self.words) if start <= w.start < end]
                verbs = [clause.finite[0]]
        if verbs:
            verb = verbs[0]
            group = [i for i in inside if verb <= i <= verb + 2]
            cut = next((i for i in group if self.words[i].lower in _SUBJECT_STARTS), None)
            window = self.plain[start : self.words[group[-1] if cut is None else cut - 1].end]
            if _tense(window, self.words, verb) != "past" or self._negated(verb):
                return None  # "a day after the army said it would open the border": the saying is X's verb
        elif any(_names_someone(self.words[i]) for i in inside) and any(
                self.words[i].text.islower() and self.words[i].lower not in _DETERMINERS for i in inside):
            verb = -1  # ("three years to the day before Fujimori": a name alone tells no event)
        else:
            return None
        return _Candidate(expr, resolved.date, resolved.approx, verb, home, last, (start, end))

    def _verb_acting_on(self, expr: DateExpression) -> tuple[int, int, int, tuple[int, int] | None]:
        """The verb that acts on a thing named by its date, when there is one, with the event's clauses and words.

        "lost the 2022 election", "won Thursday's election": the verb right
        before the thing; "that year's election, which Bolsonaro won": the verb
        of the relative clause right after it. Only a verb of taking part in
        the thing counts ("won", "signed", "attended"): "cited the 2015 deal"
        was not done in 2015. Nor does a verb another date of the sentence
        governs ("criticised the 2015 deal on Monday").
        """
        home = self._clause_of(expr.start)
        at = next((i for i, w in enumerate(self.words) if w.start >= expr.start), len(self.words))
        before = at - 1
        if before >= 0 and expr.attributive and self.words[before].lower in _DETERMINERS:
            before -= 1
        if before >= 1 and expr.attributive and self.words[before].lower in ("in", "at", "from") \
                and self.words[before - 1].lower in _TAKING_PART_THROUGH:
            before -= 1  # "were disqualified from the 2023 championships", "competed in the 2016 Games"
        verb, last, span = -1, home, None
        if before >= 0 and before in self.finite and self.words[before].start >= self.clauses[home].start:
            verb = before
        else:
            later = [i for i in self.clauses[home].finite if self.words[i].start > expr.end]
            nxt = home + 1
            acting = self._relative_verb(nxt) if not later and nxt < len(self.clauses) else -1
            if acting >= 0:
                determiner = at and expr.attributive and self.words[at - 1].lower in _DETERMINERS
                verb, last = acting, nxt
                span = (self.words[at - 1].start if determiner else expr.start, self.clauses[nxt].end)
        if verb < 0 or (self.words[verb].lower not in _TAKING_PART and self.words[verb].lower not in _TAKING_PART_THROUGH
                        and not self._thing_acted(verb, span)):
            return -1, home, home, None
        others = [e for e in self.exprs if e is not expr and not e.names_thing and not e.of_following]
        if any(self._governing_verb(e)[0] == verb for e in others):
            return -1, home, home, None
        return verb, home, last, span

    def _relative_verb(self, clause: int) -> int:
        """The verb of a relative clause after a thing: its first finite verb, or the past form right after
        "that" ("the quake that killed": "that killed" might be a determiner and an adjective elsewhere)."""
        if self._lead(clause) not in ("which", "that"):
            return -1
        c = self.clauses[clause]
        if c.finite:
            return c.finite[0]
        if len(c.words) > 2 and _is_past_form(self.words[c.words[1]].lower):
            return c.words[1]
        return -1

    def _thing_acted(self, verb: int, span: tuple[int, int] | None) -> bool:
        """"the 2010 earthquake that killed thousands", "the 2011 revolution that set off ...": the thing is the
        subject of a past verb right after "that"/"which", so it happened at its date."""
        if span is None or verb < 1 or self.words[verb - 1].lower not in ("that", "which"):
            return False
        low = self.words[verb].lower
        return low not in _AUXILIARIES and low not in _MODALS and _is_past_form(low)

    def _reported(self, at: int) -> bool:
        """Is the text at ``at`` reported speech: does a verb of saying come before it ("Berg said the minister
        recently clashed")? "Cooperman is the investor who recently tangled with Warren" reports nothing."""
        return any(self.words[i].lower in _SAYING and self.words[i].end <= at for i in self.finite)

    def _verb_dated_otherwise(self, expr: DateExpression) -> bool:
        """Does another date of the sentence date the verb that governs ``expr``?"""
        verb = self._governing_verb(expr)[0]
        return any(self._governing_verb(e)[0] == verb for e in self.exprs
                   if e is not expr and not e.names_thing and not e.of_following)

    def _happening_named(self, expr: DateExpression) -> tuple[int, int] | None:
        """The words "the 1994 genocide", "the 2015 nuclear agreement": a happening's noun within two words after
        the year (adjectives or a name between), from the article before the year."""
        after = [w for w in self.words if w.start >= expr.end][:3]
        at = next((k for k, w in enumerate(after) if w.lower in _HAPPENINGS), None)
        if at is None:
            # "the 2008 Beijing Games", "the 2010 World Cup": a contest's edition, named by its year and host
            at = next((k for k, w in enumerate(after) if w.text in _CONTESTS), None)
            if at is None or any(not w.text[:1].isupper() for w in after[:at]):
                return None
        elif any(not (w.text.islower() or w.text.istitle()) for w in after[:at]):
            return None  # (lower-case adjectives or a place's name between: "the 2018 Prespa agreement")
        det = re.search(r"\b(?:an?|the|its|his|her|their)\s+$", self.text[: expr.start], re.I)
        return (det.start() if det else expr.start), after[at].end

    def _owned_act(self, expr: DateExpression) -> tuple[int, int] | None:
        """"Mr. Trump's Oct. 11 announcement", "a 2018 survey by Abernathy": an act named by its date, with who
        did it (an owner before the date, or "by"/"between" names after the act), is an event of that date.

        The thing must be an act ("announcement", "survey", "visit"), not an object ("the 2015 constitution")
        or a happening with no doer ("the 2011 floods").
        """
        after = [w for w in self.words if w.start >= expr.end][:2]
        at = next((k for k, w in enumerate(after[:2]) if _is_act(w.lower)), None)
        if at is None or any(not w.text.islower() for w in after[:at]):
            return None
        noun = after[at]
        owner = _OWNED.search(self.text, max(0, expr.start - 40), expr.start)
        if owner is not None:
            start = owner.start()
            while True:  # the whole name: "Donald Trump's", "Mr. Trump's"
                prev = re.search(r"([A-Z][\w.'\u2019-]*)\s+$", self.text[:start])
                if prev is None or prev[1].lower() in _CONNECTIVES or prev[1].lower() in _DETERMINERS:
                    break
                start = prev.start(1)
            return start, self._act_end(noun)
        end = self.clauses[self._clause_of(noun.start)].end
        doers = [w for w in self.words if noun.end <= w.start < end][:5]
        if doers and doers[0].lower in ("by", "between") and any(w.text[0].isupper() for w in doers[1:]):
            det = re.search(r"\b(?:an?|the)\s+$", self.text[: expr.start], re.I)
            return (det.start() if det else expr.start), self._act_end(noun)
        return None

    def _act_before(self, expr: DateExpression) -> tuple[int, int] | None:
        """"Mr. Trump's announcement last month", "the decision by Swedish prosecutors today": an act right before
        its date, with who did it (an owner before it, or "by" a name between it and the date), no verb between."""
        home = self.clauses[self._clause_of(expr.start)]
        before = [i for i in home.words if self.words[i].end <= expr.start][-6:]
        if any(i in self.finite for i in before):
            before = before[max(k for k, i in enumerate(before) if i in self.finite) + 1 :]
        for k, i in enumerate(before):
            if not _is_act(self.words[i].lower):
                continue
            rest = [self.words[j] for j in before[k + 1 :]]
            if rest and rest[-1].lower in _DATE_PREPOSITIONS:
                rest = rest[:-1]  # "announcement in March", "the decision by X on Monday"
            by = rest and rest[0].lower == "by" and len(rest) > 1 and any(w.text[0].isupper() for w in rest[1:])
            owner = _OWNED.search(self.text, max(0, self.words[i].start - 30), self.words[i].start)
            if not rest and owner is not None:
                start = owner.start()
                while (prev := re.search(r"([A-Z][\w.'\u2019-]*)\s+$", self.text[:start])) and \
                        prev[1].lower() not in _CONNECTIVES and prev[1].lower() not in _DETERMINERS:
                    start = prev.start(1)  # the whole name: "President Donald Trump's"
                return start, expr.end
            if by:
                det = re.search(r"\b(?:an?|the)\s+$", self.text[: self.words[i].start], re.I)
                return (det.start() if det else self.words[i].start), expr.end
        return None

    def _act_end(self, noun: _Word) -> int:
        """Where the words telling an act end: its clause, and what was announced ("... that the two had agreed")."""
        home = self._clause_of(noun.start)
        if home + 1 < len(self.clauses) and self._lead(home + 1) == "that":
            home += 1
        return self.clauses[home].end

    def _since_phrase(self, expr: DateExpression) -> tuple[int, int] | None:
        """"victory since Tony Blair's third win in 2005": the win is an event of 2005, told by the phrase.

        Only a noun phrase after "since" that is itself dated ("in 2005"), has no verb and names someone
        ("independence from France in 1960"): "since Russia annexed Crimea in 2014" is a clause and dated
        the usual way, "since October" is a limit, "the first time since the pandemic in 2020" a yardstick.
        """
        home = self._clause_of(expr.start)
        clause = self.clauses[home]
        if self._lead(home) != "since" or any(self.words[i].start < expr.start for i in clause.finite):
            return None
        inside = [self.words[i] for i in clause.words if self.words[i].end <= expr.start]
        if len(inside) < 3 or inside[-1].lower not in ("in", "on"):
            return None  # "since 2014", or no phrase between "since" and the date
        # ("since independence in 1991", "since taking office in 2019": a bare noun or a gerund points back at
        # nothing told before; it tells a happening of its own)
        bare = inside[1].text.islower() and inside[1].lower not in _DETERMINERS_AND_OWNERS
        if not bare and not any(_names_someone(w) for w in inside[1:-1]):
            return _YARDSTICK
        if inside[1].lower.endswith("ing") and home > 0:
            return self.clauses[home - 1].start, expr.end  # a gerund's doer is the clause's subject: keep it
        return inside[1].start, expr.end

    def _possessive_phrase(self, expr: DateExpression) -> tuple[int, int] | None:
        """"Russia's seizure of Crimea in 2014": a noun phrase owned by a name, dated by "in"/"on" right after it,
        with no verb between: the span from the name to the date."""
        home = self.clauses[self._clause_of(expr.start)]
        inside = [i for i in home.words if self.words[i].end <= expr.start]
        if len(inside) < 3 or self.words[inside[-1]].lower not in ("in", "on"):
            return None
        for k in range(len(inside) - 2, max(-1, len(inside) - 10), -1):
            i = inside[k]
            if i in self.finite:
                return None
            w = self.words[i]
            if w.text[0].isupper() and w.lower.endswith(("'s", "\u2019s")):
                while k > 0 and self.words[inside[k - 1]].text[0].isupper() and inside[k - 1] not in self.finite:
                    k -= 1  # the whole name: "Tony Blair's"
                return self.words[inside[k]].start, expr.end
        return None

    def _negated(self, verb: int) -> bool:
        """Was the verb's action not done: "did not comment", "had not acknowledged", "made no statement"?

        "would not say" is left to the tense: declining to tell is a dated act of its own, but not
        to comment, nor not answering: "declined to comment", "did not respond to a request for comment".
        """
        words = self.words
        around = (words[max(0, verb - 3)].start, words[min(len(words) - 1, verb + 3)].end)
        if _may_hold(self.text[around[0] : around[1]], _NO_COMMENT_WORDS) and _NO_COMMENT.search(self.text, *around):
            return True
        low = words[verb].lower.replace("\u2019", "'")
        nxt = words[verb + 1].lower if verb + 1 < len(words) else ""
        prev = words[verb - 1].lower if verb else ""
        if low in _NEGATED_AUXILIARIES or prev in ("not", "never"):
            return True
        if nxt in ("not", "never"):
            return low in _AUXILIARIES
        return nxt == "no" and low in _LIGHT_VERBS

    def events(
        self, published: dt.date | None, reference: PartialDate | None, day: PartialDate | None = None,
        story_day: PartialDate | None = None, vote_day: PartialDate | None = None, carried_over: bool = False,
        lead: str = "", told: Sequence[_Told] = (), day_just_told: bool = False,
    ) -> tuple[list[tuple[bool, FoundEvent, str, str]], PartialDate | None]:
        """(dated by anaphora, event, the words telling it, its subject) for each event, and the last date stated."""
        candidates, reference = self.candidates(published, reference, day, story_day, vote_day, carried_over, lead,
                                                told, day_just_told)
        found = []
        for c in candidates:
            pieces = [c.span] if c.span else self._text_pieces(c, candidates)
            # a sentence with one event is all about it; with several, each keeps to its own clauses
            scope = [(0, len(self.text))] if len(candidates) == 1 else pieces
            actors, naming = self._actors(pieces, scope, c.verb)
            text = _chronology_line(self.text, pieces, c.expr, naming)
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
                " ".join(self.text[a:b] for a, b in scope),
                naming[2] if naming else self._subject(pieces),
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
                person = self._person_before(first) if lead.lower == "who" and self._after_apposition(first) else None
                pieces.insert(0, person or self._antecedent(first - 1))
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
        elif len(pieces) == 2 and c.verb >= 0 and self.words[c.verb].lower in _SAYING:
            # "Eramet, which employs ..., said on Wednesday that it had stopped": subject + verb, and what was said
            said = self._what_was_said(*pieces[1])
            if said is not None:
                pieces[1] = said
        if len(pieces) == 2 and pieces[0][1] >= self.text.rfind(" ", 0, pieces[1][0] + 1) - 1:
            pieces = [(pieces[0][0], pieces[1][1])]  # adjacent clauses: keep the text as written
        return pieces

    def _widen(self, start: int, end: int) -> tuple[int, int]:
        """Add what a short or reported clause needs: the words after "said ... that", or a neighbour."""
        said = self._what_was_said(start, end)
        if said is not None:
            return said
        a, b = self._clause_of(start), self._clause_of(end - 1)
        first = a
        while self._count(a, b) < MIN_TEXT_WORDS:
            if b + 1 < len(self.clauses) and self._lead(b + 1) not in _CONNECTIVES and not self.clauses[b + 1].quoted:
                b += 1
            elif a > 0 and not self.clauses[a - 1].quoted:
                a -= 1
            else:
                break
        return (start if a == first else self.clauses[a].start), max(end, self.clauses[b].end)

    def _what_was_said(self, start: int, end: int) -> tuple[int, int] | None:
        """"Lukashenka said this week that Minsk must respond": what was said is the event, so the words
        run on through the "that" clause (and the clauses it holds, within a length)."""
        a, b = self._clause_of(start), self._clause_of(end - 1)
        if not (b + 1 < len(self.clauses) and self._lead(b + 1) == "that"):
            return None
        b += 1
        while b + 1 < len(self.clauses) and self._count(a, b + 1) <= MAX_TEXT_WORDS + 10:
            if self._lead(b + 1) in ("and", "but", "or", "while", "whereas"):
                break
            b += 1
        return start, self.clauses[b].end

    def _words_in(self, pieces: list[tuple[int, int]]) -> int:
        return sum(1 for w in self.words for a, b in pieces if a <= w.start < b)

    def _has_own_subject(self, clause: int) -> bool:
        """Does the clause after its connective have a subject: "and Iran began", "and on Monday it moved"?"""
        dates = [(e.start, e.end) for e in self.exprs]
        rest = [self.words[i] for i in self.clauses[clause].words[1:]]
        rest = [w for w in rest if not _inside(w.start, dates) and w.lower not in _DATE_PREPOSITIONS]
        return bool(rest) and (rest[0].text[0].isupper() or rest[0].lower in _SUBJECT_STARTS)

    def _subject(self, pieces: list[tuple[int, int]]) -> str:
        """The first actor the event's words name, passing over an owner: "South Korea's President Yoon" is Yoon."""
        named = [m for m in self.mentions
                 if any(a <= m.start - self.offset < b for a, b in pieces) and not _inside(m.start - self.offset, self.quotes)]
        for m in named:
            if not _POSSESSIVE_AFTER.match(self.text, m.end - self.offset):
                return m.actor
        return named[0].actor if named else ""

    def _after_apposition(self, clause: int) -> bool:
        """", the party's leader, who ...": the clause before is a description set off by commas, with no verb
        or person of its own; "the army chief who removed him" has no comma and is about the chief."""
        if clause < 2 or not self.text[: self.clauses[clause].start].rstrip().endswith(","):
            return False
        before = self.clauses[clause - 1]
        start, end = before.start + self.offset, before.end + self.offset
        named = any(start <= m.start < end and self.kinds.get(m.actor) == "person" for m in self.mentions)
        return not before.finite and not named

    def _person_before(self, clause: int) -> tuple[int, int] | None:
        """For "Lee Jae-myung, the party's leader, who lost ...": the person a "who" clause is about."""
        start = self.clauses[clause].start
        people = [m for m in self.mentions if m.start - self.offset < start and self.kinds.get(m.actor) == "person"]
        if not people:
            return None
        last = people[-1]
        begin = min(m.start for m in people if m.actor == last.actor and m.start <= last.start < m.end)  # "Ana Rojas", not "Rojas"
        return begin - self.offset, last.end - self.offset

    def _subject_before(self, clause: int) -> int | None:
        """The nearest clause to the left that opens with a capital: where a sentence's subject usually is."""
        for c in range(clause - 1, -1, -1):
            lead = self._lead_word(c)
            if self.clauses[c].quoted or lead is None:
                continue
            if lead.text[0].isupper() and lead.lower not in _CONNECTIVES:
                return c
            if lead.lower in ("and", "but") and not self.clauses[c].finite and self._has_own_subject(c):
                return c  # "..., and Kristi Noem, the U.S. secretary, urged ...": the second subject, set off
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
            elif i + 1 < len(words) and words[i + 1].text[0].islower() and (
                w.lower in _LINKS or w.lower.endswith("ing") or self.clauses[clause].words[i] in self.finite
            ):
                begin = i + 1  # no determiner: "stepping up protests that began ..." hangs on "protests"
        while begin >= 2:  # "a fund for protecting the Amazon rainforest, which ...": the fund, not the forest
            link = begin - 2 if words[begin - 1].lower.endswith("ing") else begin - 1
            if words[link].lower not in ("of", "for"):
                break
            owner = [i for i in range(link) if words[i].lower in _DETERMINERS]
            if not owner:
                break
            begin = owner[-1]
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

    def _actors(
        self, pieces: list[tuple[int, int]], scope: list[tuple[int, int]], verb: int
    ) -> tuple[list[str], tuple[int, int, str] | None]:
        """The actors named in ``scope``, and the pronoun that is the event's subject with the name it stands for.

        "he"/"she" stand for the nearest person named before them (in this
        sentence, else the last), "it" for the nearest organisation or country;
        a "he" is left alone when the event's words name a person already.
        """
        names: list[str] = []
        owners: set[str] = set()  # named only as an owner: "beat Erdoğan's party" names no one who acted
        for m in self.mentions:
            at = m.start - self.offset
            if _inside(at, scope) and not _inside(at, self.quotes) and m.actor not in names:
                names.append(m.actor)  # a name inside a quotation is what was talked about, not who acted
                if self.text[m.end - self.offset : m.end - self.offset + 2] in ("'s", "\u2019s"):
                    owners.add(m.actor)
        person_named = any(self.kinds.get(n) == "person" and n not in owners for n in names)
        pronoun = self._pronoun_subject(verb, pieces)
        if pronoun is not None and not (pronoun.lower != "it" and person_named):
            name = self._antecedent_actor(pronoun.start, person=pronoun.lower != "it", pronoun=pronoun.lower)
            if name:
                names = [name] + [n for n in names if n != name]
                return names, (pronoun.start, pronoun.end, name)
        text = " ".join(self.text[a:b] for a, b in pieces)
        said = _PRONOUN.search(text)
        if said and not person_named:
            name = self._antecedent_actor(min(a for a, _ in pieces), person=True, pronoun=said.group().lower())
            if name:
                names.insert(0, name)  # '"...," he said': the speaker acted, though the text keeps "he"
        return names, None

    def _pronoun_subject(self, verb: int, pieces: list[tuple[int, int]]) -> _Word | None:
        """"he"/"she"/"it" as the subject of the event: before its verb ("which it froze", "he also said"), or
        opening its words. An "it" before "is"/"was" is no one ("it was the first time")."""
        spots = []
        if verb > 0:
            k = verb - 1
            if k > 0 and (self.words[k].lower in _AUXILIARIES or self.words[k].lower in _ADVERBS or self.words[k].lower.endswith("ly")):
                k -= 1
            spots.append(self.words[k])
        start = min(a for a, _ in pieces)
        k = bisect_left(self.word_starts, start)  # (the first word from ``start`` on)
        first = self.words[k] if k < len(self.words) else None
        if first is not None and first.lower in ("he", "she"):
            spots.append(first)
        for w in spots:
            if w.lower not in ("he", "she", "it") or not any(a <= w.start < b for a, b in pieces):
                continue
            if w.lower == "it" and (verb < 0 or self.words[verb].lower in _AUXILIARIES or self.words[verb].lower in _MODALS):
                continue
            return w
        return None

    def _antecedent_actor(self, before: int, *, person: bool, pronoun: str = "") -> str:
        """The first person (or organisation or country) this sentence names before ``before``; else the person
        ``pronoun`` has stood for as the story's subject; else the first the last sentence named."""
        def fits(actor: str) -> bool:
            kind = self.kinds.get(actor)
            return kind is not None and (kind == "person") == person

        here = [m.actor for m in self.mentions
                if m.start - self.offset < before and not _inside(m.start - self.offset, self.quotes) and fits(m.actor)]
        if not here and person and self.subject is not None and _GENDER.get(pronoun) == self.subject[1]:
            return self.subject[0]
        found = here[:1] or [a for a in self.previous_actors if fits(a)][:1]
        return found[0] if found else ""


_RELATIVES = frozenset({"that", "which", "who", "whom", "whose", "where"})
_SAYING = _REPORTING_PRESENT | frozenset(
    """said told added claimed argued insisted warned stated wrote announced reported confirmed explained noted
    believes believed thinks thought""".split()
)
_DECREEING = frozenset("declared decreed proclaimed ordered".split())
# Verbs of taking part in a happening, done when it happened: "won the 2022 election", "signed the 2015 deal".
_TAKING_PART = frozenset(
    "won lost contested held hosted signed attended fought ran called boycotted staged joined entered swept "
    "carried rigged monitored observed reached struck sealed brokered negotiated shared received accepted collected "
    "served survived".split()
)
# verbs of taking part through a preposition: "competed in", "withdrew from", "was disqualified from"
_TAKING_PART_THROUGH = frozenset(
    "competed participated played voted fought disqualified withdrew excluded expelled barred banned finished "
    "medalled ran stood".split()
)
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\b")
# words a bare noun phrase starts after: "stepping up protests", "met with officials"
_LINKS = frozenset("in on at to for with by from of up down out off over into about against as".split())
_DATE_PREPOSITIONS = frozenset("on in at by during late early".split())
_ADVERBS = frozenset("also then later again still already first once just never".split())
_OWNERS = frozenset("his her their its our my".split())
_YARDSTICK = (-1, -1)
_FROM_BEFORE = re.compile(r"\b(?:from|between)\s+$")
_COUNT_WORD = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|scores|numerous)\b", re.I)
_OPENING_START = re.compile(r"\W*(?:[Ss]ince|[Ff]rom|[Ee]ver\s+since)\s+")  # what opens "Since October, ..."
_FRONTED = re.compile(r"\W*(?:(?:[Oo]n|[Ii]n|[Ll]ate|[Ee]arly|[Ll]ater|[Ee]arlier)\s+){0,2}")  # "On Monday", "Late on Monday"
# a thing and the state it has been in since a date: "the ceasefire in force since", "a leader in power since"
_STATE_SINCE = re.compile(
    r"(?:\b(?i:the|a|an|its|his|her|their)\s+(?:[\w-]+,?\s+){0,3}?|\b(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*,\s+)"
    r"(?:in\s+(?:force|power|place|office|custody|exile|detention|effect|jail|prison|hiding)"
    r"|(?:a\s+)?members?\s+of\s+(?:(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:,\s+|\s+and\s+)?){1,3})\s+since\s+$")
# ("Croatia, a member of NATO and the European Union since 2004": its membership began then)
# votes, which a day or a year names ("Tuesday's presidential runoff", "the 2019 vote")
_VOTES = frozenset("vote votes election elections runoff run-off referendum poll polls ballot".split())
# happenings and settlements a year names ("the 1994 genocide", "the 2015 agreement"), which took place that year
_HAPPENINGS = _VOTES | frozenset(
    "war genocide earthquake quake floods flood tsunami eruption protests protest uprising revolution coup election "
    "elections referendum massacre invasion attack attacks bombing bombings crisis riots agreement accord treaty deal "
    "ceasefire truce independence annexation cyclone hurricane famine".split()
)
_AHEAD_OF = re.compile(r"\b(?:for|before|ahead\s+of|towards?)\s+$", re.I)
_CONTESTS = frozenset("Games Olympics Paralympics Cup Championships Championship Expo".split())
_BACKGROUND_DAYS = 14  # a date told this long before the story's day is background, no occasion of the story
_IN_THE = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Aa]t)\s+(?:the|an?)\s+$")  # "in the 1967 war", "in a 2006 referendum", "At a 2020 meeting"
_INFINITIVE_BEFORE = re.compile(r"\bto\s+(?:be\s+)?[a-z]+\s+(?:from|between)\s+$")  # "to run from", "to be held from"
_ORDINALS = frozenset("been being first second third fourth fifth last final".split())
_FOR_A_DAYS_THING = re.compile(r"\b(?:in|for|before|of)\s+$")
_OF_THE = re.compile(r"\bof\s+the\s+$")  # "veterans of the 1971 war": people or things defined by a dated happening
# "its first rate cut since", "the party's first win since": the previous one happened at the date
_FIRST_SINCE = re.compile(
    r"(?:\b(?:its|the|his|her|their|our)|\w['\u2019]s)\s+first\s+(?:[\w-]+\s+){0,2}?(?P<what>[\w-]+)"
    r"(?:\s+(?:by|of|from|in)\s+(?:[\w'\u2019.-]+\s+){0,7}?[\w'\u2019.-]+)?\s+since\s+$", re.I
)  # "the first dissent by a member of the board since": the previous dissent was then
# "had not been seen since", "hasn't been heard from since": a passive absence, whose last time was the date
_NEGATED_PERFECT = re.compile(
    r"(?:\b(?:has|have|had)(?:\s+not|\s+never|n['\u2019]t)|\b(?:hasn|haven|hadn)['\u2019]t)\s+been\s+[a-z]+(?:ed|en|n)\b", re.I
)
_COMPARED = re.compile(r"\b(?:this|so|as|such|that)\s+[a-z]+\s+(?:[a-z]+\s+)?$|\bsuch\b", re.I)
_PERFECT = re.compile(r"\b(?:has|have|had)\b|\w['\u2019]ve\b", re.I)
# a count, a trend or a comparison since a date: the date starts a period, nothing happened at it
_ONLY_SINCE = re.compile(r"\bonly\s+since\s*$", re.I)
_NOT_A_START = re.compile(
    # (a number, but not a rate: "has imposed 25 per cent tariffs since March" tells when the tariffs began)
    r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d.,]|\s*(?:%|per ?cent\b))|\b(?:hundreds|thousands|dozens|millions|billions|killed|died|dead|deaths|cases|arrested|detained|recorded"
    r"|injured|wounded|displaced|infected|fled|risen|rose|fallen|fell|grown|grew|doubled|tripled|increased|decreased"
    r"|declined|dropped|climbed|soared|slumped|gained|lost|highest|lowest|deadliest|biggest|largest|worst|best|most|least"
    r"|first|last|only|ever)\b",
    re.I,
)  # a "since" phrase that dates nothing
_NOT_A_TREND = re.compile(
    r"\d|\b(?:hundreds|thousands|dozens|millions|billions|risen|rose|fallen|fell|grown|grew|doubled|tripled|increased"
    r"|decreased|declined|dropped|climbed|soared|slumped|gained|lost)\b",
    re.I,
)  # a "from" phrase that dates nothing: "prices rose from 2019"
# the end of a past state: "governed from 2006 until November 2019", "served for three years through 2005"
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)\s+$", re.I)
# verbs that move a thing to a later date: the date is its new time, not an end
_DEFERRING = frozenset("postponed delayed adjourned suspended extended deferred moved pushed put kept held remained "
                       "stayed rescheduled banned barred closed".split())
_NO_COMMENT = re.compile(
    r"(?:declined|refused|did\s+not|didn['\u2019]t|would\s+not|wouldn['\u2019]t|could\s+not|couldn['\u2019]t)\s+"
    r"(?:immediately\s+)?(?:to\s+)?(?:comment|respond|reply|be\s+reached)\b",
    re.I,
)
_NEGATED_AUXILIARIES = frozenset("didn't doesn't don't hasn't haven't hadn't wasn't weren't isn't aren't".split())
# verbs whose object "no ..." undoes them: "made no statement", "gave no details"; not "said no decision was made"
_LIGHT_VERBS = frozenset("made gave had offered provided issued released took showed".split())
_SUBJECT_STARTS = frozenset("the a an his her its their this these those he she it they we i some many".split())
_DETERMINERS = frozenset("a an the its his her their this these those".split())


_OWNED = re.compile(r"(?:[A-Z][\w.-]*['\u2019]s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+$")
# Nouns that name an act someone did: "announcement", "decision", "withdrawal", "visit", "survey"
_ACT_ENDINGS = ("ment", "ments", "tion", "tions", "sion", "sions", "sal", "val")
_ACTS = frozenset(
    "visit visits speech speeches survey surveys report reports ruling raid interview trip study poll verdict "
    "remarks statement vote".split()
)
_NOT_ACTS = frozenset("nation nations station mention portion ration fashion mansion pension tension region".split())


def _is_act(low: str) -> bool:
    return low in _ACTS or (low.endswith(_ACT_ENDINGS) and low not in _NOT_ACTS and len(low) > 5)


_DETERMINERS_AND_OWNERS = frozenset("the a an this that these those its his her their our my your early late mid".split())


def _names_someone(word: _Word) -> bool:
    """A capitalised word or an owner ("the army's", "his arrest"): what a noun phrase needs to tell an event of
    its own; "the quake", "the pandemic" point back at something told already, or are yardsticks."""
    return word.text[0].isupper() or word.lower.endswith(("'s", "\u2019s")) or word.lower in _OWNERS


_OR_BETWEEN = re.compile(r",?\s+or\s+(?:on\s+|in\s+)?")


def _alternatives(text: str, exprs: list[DateExpression]) -> set[DateExpression]:
    """Dates offered as alternatives ("Monday or Tuesday", "in 2019 or 2020"): the text commits to neither."""
    out: set[DateExpression] = set()
    for a, b in zip(exprs, exprs[1:]):
        if _OR_BETWEEN.fullmatch(text, a.end, b.start):
            out.update((a, b))
    return out


def _finer(date: PartialDate, before: PartialDate | None) -> PartialDate:
    """The date "the same day" counts from after ``date`` is stated: ``date``, unless it only restates, coarser,
    the date just given ("on Tuesday morning, ... the weekend", "on August 22 last year")."""
    if before is not None and len(before.iso) > len(date.iso) and before.iso.startswith(date.iso):
        return before
    return date


def _one_per_verb(candidates: list[_Candidate]) -> list[_Candidate]:
    """Two date expressions of one clause ("Jan 10 ... on Monday") make one event, kept at the finer date."""
    kept: list[_Candidate] = []
    stated = {c.verb for c in candidates if c.verb >= 0 and c.expr.kind != "anaphoric" and not c.period}
    told = {c.verb for c in candidates if c.verb >= 0 and not c.period}
    for c in candidates:
        if c.expr.kind == "anaphoric" and not c.expr.of_following and c.verb in stated:
            continue  # "lifted it on Wednesday, about six hours later": the stated date dates the verb
        if c.period and c.verb in told:
            continue  # "The same day he declared an emergency, to run from July 3": the act has its own date
        twin = next((k for k in kept if k.verb == c.verb and k.verb >= 0 and _compatible(k.date, c.date)), None)
        if twin is None:
            kept.append(c)
        elif len(c.date.iso) > len(twin.date.iso):
            kept[kept.index(twin)] = c
    return kept


def _compatible(a: PartialDate, b: PartialDate) -> bool:
    shorter, longer = sorted((a.iso, b.iso), key=len)
    return longer.startswith(shorter)


def _merge_neighbours(events: list[_Told], kinds: dict[str, str]) -> list[_Told]:
    """One happening told twice in a row: "A day earlier, Peskov signaled ..." then "Peskov told reporters on Monday".

    Only a date counted from another ("a day earlier") followed by the same
    day stated outright, with a person in common, is taken for one event; two
    "this week" events of one actor stay two. The other order says nothing:
    "She landed that evening" after "left on Monday afternoon" is dated from
    that Monday, so of course it shares the day, and tells the next act.
    """
    out: list[_Told] = []
    told_already: set[tuple[PartialDate, str]] = set()  # (date, text) of each event kept
    for told in events:
        event = told.event
        people = {a for a in event.actors if kinds.get(a) == "person"}
        if event.date.day and any(
            t.number == told.number - 1 and t.anaphoric and t.event.date == event.date
            and people & set(t.event.actors)
            for t in out
        ):
            continue
        if (event.date, event.text) in told_already:
            continue
        out.append(told)
        told_already.add((event.date, event.text))
    return out


def _one_per_moment(events: list[_Told]) -> list[_Told]:
    """A lead that sums up ("... after he declared martial law late on Tuesday night") and a later paragraph that
    tells the same act ("In a televised address on Tuesday, Yoon ... said he was imposing martial law") are one event.

    The same date, the same subject and at least two words of substance in
    common beyond the names: the first telling stays, with the actors of
    both. Two acts of one person on one day share no such words ("became
    prime minister", "named his cabinet") and stay two.
    """
    out: list[_Told] = []
    for told in events:
        event = told.event
        rivals = [t for t in out if told.subject and t.subject == told.subject and t.event.date == event.date]
        words = _substance(told.words) if rivals else set()  # (the words only matter when there is a rival)
        twin = next((t for t in rivals if len(words & _substance(t.words)) >= 2), None)
        if twin is None:
            out.append(told)
        else:
            twin.event.actors.extend(a for a in event.actors if a not in twin.event.actors)
    return out


def _no_summaries(events: list[_Told]) -> list[_Told]:
    """"Last year, the party lost two by-elections", after the June and the September one were told: a sum of
    dated events at a coarser date is no event of its own.

    The coarse event comes after a finer one inside its period that shares
    two words of substance with it (plurals folded: "by-election(s)").
    """
    out: list[_Told] = []
    for told in events:
        date = told.event.date
        # ("last week" is a vague date, not a sum; a sum counts what it sums: "two by-elections")
        text = told.event.text
        if not date.day and not told.event.approx and _COUNTED_LOWERED.search(text):
            words = {w.rstrip("s") for w in _substance(told.words)}
            if any(t.number < told.number and len(t.event.date.iso) > len(date.iso) and t.event.date.iso.startswith(date.iso)
                   and len(words & {w.rstrip("s") for w in _substance(t.words)}) >= 2 for t in out):
                continue
        out.append(told)
    return out


_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|both|\d+)\s+[\w-]+s\b", re.I)
_COUNTED_LOWERED = CaseBlind(_COUNTED)
_PLAIN_WORDS = frozenset(
    """the and but for not nor has had was are its his her him who how why all any can did does new now one two
    out per top via yet about after again against also among been before being between both could during each early even from further
    have having here hours into just late later less made many more most much must only other over said says same
    some such than that their them then there these they this those through told under until very were what when
    where which while with would year years month months week weeks today night morning afternoon evening monday
    tuesday wednesday thursday friday saturday sunday january february march april june july august september
    october november december""".split()
)


def _substance(text: str) -> set[str]:
    """The words of a telling that say what happened: not names ("Russian", "Moscow" are capitals), dates or
    small words."""
    out = set()
    for w in _WORD.findall(text):
        if w[0].islower() and len(w) >= 3 and w not in _PLAIN_WORDS:
            out.add(w)
    return out


# --- text ----------------------------------------------------------------

_LEADING_JUNK = re.compile(r"^[\s,;:\-\u2013\u2014)]*(?:(?:and|but|or|so)\s+)?", re.I)
# what a line does not end on: white space (what \s and str.isspace() take for it: none past U+3000) and the marks
# that join a clause to the next; one rstrip, not a pattern tried at every space ("[\s,;:\-\u2013\u2014(]+$")
_TRAILING_JUNK = "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + ",;:-\u2013\u2014("


def _chronology_line(
    sentence: str, pieces: list[tuple[int, int]], expr: DateExpression, naming: tuple[int, int, str] | None
) -> str:
    """The event's clauses as one short line: at most MAX_TEXT_WORDS around the date, first letter capital.

    ``naming`` (start, end, name) puts a name in place of the pronoun the event's subject is ("it moved to impeach").
    """
    date_start = expr.start
    if naming is not None:
        at, end, name = naming
        shift = len(name) - (end - at)
        sentence = sentence[:at] + name + sentence[end:]
        pieces = [(a + shift if a > at else a, b + shift if b > at else b) for a, b in pieces]
        date_start += shift if date_start > at else 0
    parts = [sentence[a:b].strip().rstrip(_TRAILING_JUNK) for a, b in pieces]
    text = parts[0]
    for (a, _), part in zip(pieces[1:], parts[1:]):
        # "Bazoum, who won ...", but "Lee Jae-myung urged ...": a borrowed subject takes no comma before its verb
        opening = _words(part)[:1]
        predicate = bool(opening) and opening[0].text[0].islower() and _is_finite(opening, 0)
        text += (", " if not predicate and sentence[:a].rstrip().endswith(",") else " ") + part
    date_at = sum(len(p) + 1 for p in parts[:-1]) + max(0, date_start - pieces[-1][0])
    if len(text.split()) > MAX_TEXT_WORDS:  # (most are short: the words' places only matter to cut)
        words = list(re.finditer(r"\S+", text))
        date_len = len(expr.text.split())
        at = next((i for i, w in enumerate(words) if w.end() > date_at), 0)
        lo = 0 if at + date_len <= MAX_TEXT_WORDS else min(at - 8, len(words) - MAX_TEXT_WORDS)
        hi = min(len(words), lo + MAX_TEXT_WORDS)
        cut = text[words[lo].start() : words[hi - 1].end()].rstrip(_TRAILING_JUNK)
        text = ("\u2026 " if lo else "") + cut + ("\u2026" if hi < len(words) else "")
    text = text[_LEADING_JUNK.match(text).end() :].strip()  # (it matches at the start, maybe nothing: a sub() tried every place)
    text = text.rstrip(_TRAILING_JUNK).rstrip(".").strip()
    text = plain_markdown(text)  # paragraphs of .md and .html input are Markdown: links as their words, no bold
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
    if len(sentence.split()) <= MAX_EVIDENCE_WORDS:  # (most are short: the words' places only matter to cut)
        return sentence.strip()
    words = list(re.finditer(r"\S+", sentence))
    at = next((i for i, w in enumerate(words) if w.end() > date_start), 0)
    lo = max(0, min(at - MAX_EVIDENCE_WORDS // 2, len(words) - MAX_EVIDENCE_WORDS))
    hi = min(len(words), lo + MAX_EVIDENCE_WORDS)
    return sentence[words[lo].start() : words[hi - 1].end()]
