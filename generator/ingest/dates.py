"""Find date expressions in a sentence and resolve them to partial dates.

Finding and resolving are kept apart on purpose: finding ("on Tuesday" at
characters 14-24) is plain pattern work on the text, while resolving needs
context only the event extractor has - the publication date, the tense of the
clause the expression sits in, and the last date the text stated (for "the
same day", "the following year"). A date is only ever as precise as the text
makes it: "in September" stays a month, "this week" becomes the publication
month marked approximate, and anything in the future of the article, or not
a real calendar date, resolves to nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from types import MappingProxyType

from generator.ingest.case_blind import CaseBlind, has_case_blind_twin
from generator.model import PartialDate

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NUMBERS = MappingProxyType({
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
})
_MONTH_ABBREVIATIONS = frozenset({"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"})
_NUMBER_WORDS = MappingProxyType({
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "a few": 3, "several": 3,
})
# A date after one of these words is a limit ("after 1997", "until June"), not
# the moment something happened; "since October" starts a running total ("3,700
# people have been killed since October") or a state ("strained since 2014").
_BOUND_WORDS = frozenset({"after", "before", "until", "till", "by", "from", "between", "through", "to", "than", "since"})
# A bare month or year only reads as a date after one of these ("in June", "since 2014").
_MONTH_YEAR_LEADS = frozenset({"in", "since", "during", "last", "this"})
_DATE_LEADS = _MONTH_YEAR_LEADS | _BOUND_WORDS
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_APOSTROPHES = ("'", "\u2019")  # what a possessive starts with
# "the January 6 attack", "the Sept. 11 attacks": a date used as a name, whose year the text does not give
_NAMED_BY_DATE = re.compile(r"\s+([^\W\d_])")  # then a lower-case letter, of any alphabet
_PART_OF = re.compile(r"\b(?:end|beginning|start|middle|half|quarter|spring|summer|autumn|fall|winter|months|weeks)\s+of\s*$", re.I)


def _after_part_of(before: str) -> bool:
    """Does ``before`` end on a part of a period and "of" ("the end of", "the spring of")?"""
    # (the plain look at its last two letters first: few dates follow an "of", and the search tries every word)
    return before.rstrip()[-2:].lower() == "of" and _PART_OF.search(before) is not None


# the last word, read in the reversed text: a search for a word at the end tries every character before it
_LAST_WORD_REVERSED = re.compile(r"\W*([^\W\d_]+)")
# the same, right before the white space that ends the text: what re.search(r"([^\W\d_]+)\s*$") finds, and where
_WORD_BEFORE_SPACES_REVERSED = re.compile(r"\s*([^\W\d_]+)")

# a month's full name, and a year of the last four centuries: the pieces the list patterns below are built of
MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
YEAR_NUMBER = r"(?:1[6-9]\d\d|20\d\d)"
_MONTH = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![^\W\d_])"
)
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!s\b)"
_WEEKDAY_LEAD = (
    r"(?:\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)"
    r"\.?,?\s+)?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)(?![\w]|[-\u2013/]\d)"  # not "the 1990s", not "2014-15"
_COUNT = r"(?P<n>a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
_SPAN = r"(?:hours?|days?|weeks?|months?|years?)"
_PART_OF_DAY = r"(?:day|morning|afternoon|evening|night)"


@dataclass(frozen=True, slots=True)
class DateExpression:
    """One date expression found in a text, not yet resolved.

    ``kind`` says how to resolve it: ``absolute`` (has its year), ``month_day``,
    ``month``, ``weekday``, ``day_of_month`` ("on the 12th"), ``relative``
    (``unit`` + ``offset`` from publication: "yesterday", "last month"),
    ``ago``, ``recent``, ``anaphoric`` (relative to the last stated date:
    "the same day") or ``future`` ("next week", "in two days": never an event).
    """

    start: int
    end: int
    text: str
    kind: str
    year: int = 0
    month: int = 0
    day: int = 0
    weekday: int = -1
    unit: str = ""  # day | week | month | year, for relative, ago and anaphoric
    offset: int = 0  # in units; negative is earlier
    modifier: str = ""  # last | next | this | early | mid | late | story (counted from the story's own day) | vote
    approx: bool = False
    bound: bool = False  # "after 1997", "until recently": a limit, not a date of its own
    possessive: bool = False  # "last week's unrest": names a thing, not when a clause happened
    attributive: bool = False  # "the 2022 election": a year naming a thing, like a possessive
    of_following: bool = False  # "a day after X": dates X, counted from the date stated before it
    since: bool = False  # a limit after "since": the start of a state or activity, which the events stage may date

    @property
    def names_thing(self) -> bool:
        """True for "Thursday's election" and "the 2022 election": the date of a thing, dating a clause
        only when a verb acts on that thing ("won Thursday's election")."""
        return self.possessive or self.attributive

    @property
    def vague(self) -> bool:
        """True for "recently": right in a main clause, unreliable inside reported speech."""
        return self.kind == "recent"


@dataclass(frozen=True, slots=True)
class Resolved:
    date: PartialDate
    approx: bool = False


def _month_number(name: str) -> int:
    return _MONTH_NUMBERS[name[:3].lower()]


def _count(text: str) -> int:
    text = text.lower()
    return int(text) if text.isdigit() else _NUMBER_WORDS[text]


def _unit(text: str) -> str:
    return text.lower().rstrip("s")


def _groups(m: re.Match[str]) -> dict[str, str]:
    return {k: v for k, v in m.groupdict().items() if v is not None}


# Each finder turns one match (and the text before it) into the fields of a
# DateExpression, or None to reject it (a bare "May" that is a name, a month
# with no preposition ...).
Finder = Callable[[re.Match[str], str], "dict | None"]


def _absolute(m: re.Match[str], before: str) -> dict | None:
    g = _groups(m)
    fields: dict = {"kind": "absolute", "year": int(g["year"])}
    if "mon" in g:
        fields["month"] = _month_number(g["mon"])
    elif "monnum" in g:
        fields["month"] = int(g["monnum"])
    if "day" in g:
        fields["day"] = int(g["day"])
    if "mod" in g:
        fields.update(modifier=g["mod"].lower(), approx=True)
    if "season" in g:
        fields["approx"] = True
    if "mon" not in g and "monnum" not in g and "mod" not in g and "season" not in g:
        if _after_part_of(before):
            fields["approx"] = True  # "the first half of 2021"
            fields["month"] = _edge_month(before)  # "at the start of 2021": about January
        elif _previous_word(before) not in _DATE_LEADS and not _AS_OF.search(before):
            if _ATTRIBUTIVE_BEFORE.search(before) and _WORD_AFTER.match(m.string, m.end()):
                return {**fields, "attributive": True}  # "lost the 2022 election": the events stage decides
            return None  # "Copyright 2021": a year, but not a date the text gives to anything
    return fields


_AS_OF = re.compile(r"\bas\s+of\s+$", re.I)  # "as of 2016, the country had admitted": the state at that time
# "the 2022 election", "Brazil's 2022 election", "a 2018 survey": a year used as an adjective
_ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?:the|an?|its|his|her|their|our)|['\u2019]s)\s+$", re.I)
_OWNED_BEFORE = re.compile(r"(?:\b(?:its|his|her|their|our)|[^\W\d_]['\u2019]s)\s+$", re.I)
_WORD_AFTER = re.compile(r"\s+[^\W\d_]")


def _month_day(m: re.Match[str], before: str) -> dict | None:
    g = _groups(m)
    fields = {"kind": "month_day", "month": _month_number(g["mon"]), "day": int(g["day"])}
    if "year" in g:
        fields.update(kind="absolute", year=int(g["year"]))
    if m.string[m.end() : m.end() + 2].lstrip()[:1].islower() and _OWNED_BEFORE.search(before):
        fields["attributive"] = True  # "Mr. Trump's Oct. 11 announcement": the date of a thing, like "the 2022 election"
    return fields


_BOUND_BEFORE_PART = re.compile(r"\b(?:until|till|by|before|through)\s+(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+$", re.I)


def _month_only(m: re.Match[str], before: str) -> dict | None:
    g = _groups(m)
    lead = _previous_word(before)
    fields: dict = {"kind": "month", "month": _month_number(g["mon"])}
    if g["mon"].rstrip(".") in _MONTH_ABBREVIATIONS:
        return None  # an abbreviation alone ("Mar-a-Lago", "Jan Kowalski") is not a month
    if "mod" in g:
        fields.update(modifier=g["mod"].lower(), approx=True)
    elif lead in ("last", "this"):
        fields["modifier"] = lead
    elif _after_part_of(before):
        fields["approx"] = True  # "at the end of October"
        if _BOUND_BEFORE_PART.search(before):
            fields["bound"] = True  # "until the end of June", "by the end of November": a limit, not a time
    elif _IN_A_THING.search(before) and _NAMED_BY_DATE.match(m.string, m.end()) and m.string[m.end():].lstrip()[:1].islower():
        pass  # "won a fourth term in a January election": the election, and so the clause, was in January
    elif lead not in _DATE_LEADS:
        return None  # "Theresa May", "the June summit"
    return fields


def _month_of_year(m: re.Match[str], before: str) -> dict | None:
    """"in March last year", "in June of the following year": a month of a year given relative to another."""
    g = _groups(m)
    lead = _previous_word(before)
    if "mod" not in g and lead not in _DATE_LEADS and not _after_part_of(before) and not ("day" in g and lead == "on"):
        return None  # "Theresa May last year said"
    which = re.sub(r"\s+", " ", g["which"].lower())
    if which == "next":
        return {"kind": "future"}
    fields: dict = {"month": _month_number(g["mon"]), "unit": "year"}
    if "day" in g:
        fields["day"] = int(g["day"])  # "on March 2 last year"
    if "mod" in g:
        fields.update(modifier=g["mod"].lower(), approx=True)
    if which in ("last", "this"):
        return {**fields, "kind": "relative", "offset": -1 if which == "last" else 0}
    return {**fields, "kind": "anaphoric", "offset": {"the previous": -1, "the following": 1, "the next": 1}.get(which, 0)}


_IN_A_THING = re.compile(r"\b(?:in|at|during)\s+(?:a|an|the)\s+$", re.I)


_NAME_LEADS = frozenset("on by last this next late early since until before after from at of for and or".split())


def _weekday(m: re.Match[str], before: str) -> dict | None:
    g = _groups(m)
    previous = _WORD_BEFORE_SPACES_REVERSED.match(before[::-1])  # the word right before the day, read backwards
    word = previous[1][::-1] if previous else ""
    if "mod" not in g and previous and word[0].isupper() and word.lower() not in _NAME_LEADS:
        ahead = before[: len(before) - previous.end()]  # the text before that word
        if ahead.strip() and not ahead.rstrip().endswith((".", ",", ":", ";")):
            return None  # "Good Friday Agreement", "Black Monday": part of a name
    mod = g.get("mod", "").lower().replace("this coming", "next").replace("coming", "next")
    if mod == "next":
        return {"kind": "future"}
    if g.get("week"):
        mod = "last-week"  # "on Monday last week": that day of the week before the one the story is written in
    return {"kind": "weekday", "weekday": WEEKDAYS.index(g["wd"].lower()), "modifier": mod}


def _weekday_of_story(m: re.Match[str], before: str) -> dict | None:
    """"the Friday before", "the following Monday": a weekday counted from the last date the text stated."""
    g = _groups(m)
    back = g.get("rel", "").lower() == "previous" or g.get("dir", "").lower() in ("before", "earlier")
    return {"kind": "anaphoric", "unit": "weekday", "weekday": WEEKDAYS.index(g["wd"].lower()), "offset": -1 if back else 1}


def _day_of_month(m: re.Match[str], before: str) -> dict | None:
    return {"kind": "day_of_month", "day": int(m["day"])}


_RELATIVE_DAYS = MappingProxyType({
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "yesterday": -1, "last night": -1, "the day before yesterday": -2,
})


def _relative_day(m: re.Match[str], before: str) -> dict | None:
    words = re.sub(r"\s+", " ", m[0].lower())
    if words.startswith(("tomorrow", "the day after tomorrow")):
        return {"kind": "future"}
    base = words.split(" morning")[0].split(" afternoon")[0].split(" evening")[0] if words.startswith("yesterday") else words
    if base == "today" and _RANKED_NOW.search(before):
        return None  # "China, the largest emitter today,": now, as a state of things, not the day of an act
    return {"kind": "relative", "unit": "day", "offset": _RELATIVE_DAYS[base]}


# a ranking noun phrase that "today" ends: "the largest emitter today", "the world's biggest lender today"
_RANKED_NOW = re.compile(r"(?i)\b(?:the|its|their)\s+(?:[\w'’-]+\s+)?(?:[a-z]+est|most\s+[a-z]+|only|leading|top|main)"
                         r"\s+(?:[a-z-]+\s+){0,2}$")


def _just_done(m: re.Match[str], before: str) -> dict | None:
    return {"kind": "relative", "unit": "day", "offset": 0}


def _relative_span(m: re.Match[str], before: str) -> dict | None:
    """this/last/next week, month, year, with "earlier", "late" and friends."""
    g = _groups(m)
    unit = g["unit"].lower()
    which = re.sub(r"\s+", " ", g["which"].lower())
    mod = g.get("mod", "").lower()
    if which in ("next", "later this", "later in the", "the coming"):
        return {"kind": "future"}
    if which in ("the following", "the next", "the same", "that", "later that", "earlier that", "that same", "the previous"):
        offset = {"the following": 1, "the next": 1, "the previous": -1}.get(which, 0)
        return {"kind": "anaphoric", "unit": unit, "offset": offset, "approx": unit == "week" or bool(mod)}
    if which in ("the last", "the past", "past") and unit != "week":
        return None  # "over the past year" is a stretch of time up to now, not a date
    offset = -1 if which == "last" else 0
    fields = {"kind": "relative", "unit": unit, "offset": offset, "modifier": mod}
    # a week is wider than one day and may straddle two months: the month is approximate; so is "the end of"
    # "earlier this month" is some day of it, not the month as a whole
    fields["approx"] = unit == "week" or bool(mod) or which == "earlier this" or _after_part_of(before)
    if unit == "year" and _after_part_of(before):
        fields["month"] = _edge_month(before)  # "at the end of last year": about December
    return fields


_EDGE_OF = re.compile(r"\b(?:(?P<start>beginning|start)|end)\s+of\s*$", re.I)


def _edge_month(before: str) -> int:
    """The month a year's start or end falls in (January, December); 0 for its middle, a half, a season."""
    m = _EDGE_OF.search(before)
    return 0 if m is None else 1 if m["start"] else 12


_SEASON_STARTS = MappingProxyType({"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12})


def _season(m: re.Match[str], before: str) -> dict | None:
    """"last fall", "this summer": a season of a year told relative to publication (northern seasons)."""
    which, season = m["which"].lower(), m["season"].lower()
    if which == "next":
        return {"kind": "future"}
    return {"kind": "relative", "unit": "season", "month": _SEASON_STARTS[season],
            "offset": -1 if which == "last" else 0, "approx": True}


def _weekend(m: re.Match[str], before: str) -> dict | None:
    if m[0].lower().startswith("next"):
        return {"kind": "future"}
    return {"kind": "weekday", "weekday": 5, "approx": True, "unit": "weekend"}


def _recent(m: re.Match[str], before: str) -> dict | None:
    text = m[0].lower()
    if text.startswith(("until", "as ")):
        return {"kind": "recent", "bound": True}
    return {"kind": "recent", "approx": True}


def _ago(m: re.Match[str], before: str) -> dict | None:
    g = _groups(m)
    unit = _unit(g["unit"])
    if unit == "hour":
        unit, n = "day", 0
    else:
        n = _count(g["n"])
    approx = "hedge" in g or g["n"].lower() in ("a few", "several", "a couple of") or unit != "day"
    return {"kind": "ago", "unit": unit, "offset": -n, "approx": approx}


def _anaphoric_day(m: re.Match[str], before: str) -> dict | None:
    text = re.sub(r"\s+", " ", m[0].lower())
    if m["within"]:
        return {"kind": "anaphoric", "unit": "day", "offset": 0}  # "minutes later": the day of the last date told
    if re.search(r"\b(?:same|that|in the|during the)\b", text) or text.startswith("by "):
        offset = 0  # "the same day", "later that day", "earlier in the day", "late that night"
    elif "next" in text or "following" in text or "later" in text:
        offset = 1
    else:
        offset = -1  # "a day earlier", "the previous day", "the day before"
    n = m["n"] if "n" in m.groupdict() and m["n"] else None
    if n:
        offset *= _count(n)
    return {"kind": "anaphoric", "unit": "day", "offset": offset}


def _midnight(m: re.Match[str], before: str) -> dict | None:
    if re.search(r"\b(?:until|till)\s+(?:well\s+)?$", before, re.I):
        return None
    return {"kind": "anaphoric", "unit": "day", "offset": 1}


def _named_month(m: re.Match[str], before: str) -> dict | None:
    g = _groups(m)
    offset = {"previous": -1, "that": 0}.get(g["which"].lower(), 1)
    return {"kind": "anaphoric", "unit": "named-month", "month": _month_number(g["mon"]), "offset": offset}


def _some_days(m: re.Match[str], before: str) -> dict | None:
    if _COUNTED_BEFORE.search(before):
        return None  # "two days earlier": counted exactly by the day finder
    # "Days later, X announced ...", opening its sentence, goes on from the date told last; "he said days earlier"
    # after a paragraph's background is the story's own time
    follows_on = "later" in m[0].lower() and not before.strip()
    return {"kind": "anaphoric", "unit": "week", "offset": 0, "approx": True, "modifier": "span" if follows_on else "story"}


# a number right before "days" or "weeks": a count the exact finders read
_COUNTED_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$", re.I)


def _some_weeks(m: re.Match[str], before: str) -> dict | None:
    """"Weeks later": a few weeks from the date told last, how many the text does not say."""
    if _COUNTED_BEFORE.search(before):
        return None  # "two weeks later": counted exactly by the span finder
    return {"kind": "anaphoric", "unit": "week", "offset": _SOME_WEEKS if m["dir"].lower() == "later" else -_SOME_WEEKS,
            "approx": True, "modifier": "some"}


_SOME_WEEKS = 2


def _anaphoric_span(m: re.Match[str], before: str) -> dict | None:
    g = _groups(m)
    n = _count(g["n"]) if "n" in g else 1  # "the year before": one
    offset = n if g["dir"].lower() in ("later", "after") else -n
    unit = _unit(g["unit"])
    return {"kind": "anaphoric", "unit": unit, "offset": offset, "approx": unit == "week"}


def _occasion(m: re.Match[str], before: str) -> dict | None:
    """"spoke after the vote": the day told last; "had told reporters before the session" is an earlier time."""
    if m[0][:6].lower() == "before" and _PAST_PERFECT_BEFORE.search(before):
        return None
    # "story": the occasion is the story's own, even when background dates were told since
    return {"kind": "anaphoric", "unit": "day", "offset": 0, "modifier": "story"}


_PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+[a-z]+\b[^,;:.]*$")


def _end_of_span(m: re.Match[str], before: str) -> dict | None:
    # "span": the month told last in its passage; after a paragraph of background, the story's own month
    return {"kind": "anaphoric", "unit": _unit(m["unit"]), "offset": 0, "modifier": "span"}


def _voting_day(m: re.Match[str], before: str) -> dict | None:
    """"On polling day", "on election day": the day of the vote the story dates elsewhere ("Thursday's election").
    "Three weeks before polling day" counts from a day that may not be the vote the story tells of (a postponed
    one): only the day itself is read."""
    if _RELATION_BEFORE.search(before):
        return None
    return {"kind": "anaphoric", "unit": "day", "offset": 0, "modifier": "vote"}


_RELATION_BEFORE = re.compile(r"\b(?:before|after|until|till|ahead\s+of|since|from|by|of)\s+(?:the\s+)?$", re.I)


def _later_opening(m: re.Match[str], before: str) -> dict | None:
    return {"kind": "anaphoric", "unit": "day", "offset": 0}


def _counted_to_following(m: re.Match[str], before: str) -> dict | None:
    """"a day after Hamas's attack", "two days before the vote": the date of what follows, counted back
    (or forward) from the date the sentence stated before it."""
    g = _groups(m)
    if "days" in g:
        # "days after 40 senators petitioned": some days, the text does not say how many; the week it was in
        return {"kind": "anaphoric", "unit": "week", "offset": 0, "approx": True, "of_following": True}
    n = 1 if "the" in g else 0 if "hours" in g else _count(g["n"])
    unit = "day" if "the" in g or "hours" in g else _unit(g["unit"])
    offset = -n if g["dir"].lower() == "after" else n
    return {"kind": "anaphoric", "unit": unit, "offset": offset, "approx": unit == "week", "of_following": True}


def _eve_of_following(m: re.Match[str], before: str) -> dict | None:
    return {"kind": "anaphoric", "unit": "day", "offset": 1, "of_following": True}


def _this_year_span(m: re.Match[str], before: str) -> dict | None:
    """"earlier in the year" / "later in the year": the publication year."""
    if m[0].lower().startswith("later"):
        return {"kind": "future"}
    return {"kind": "relative", "unit": "year", "offset": 0}


# Holidays with a fixed day in every calendar; "Independence Day" and such differ by country and are left out.
_FIXED_HOLIDAYS = MappingProxyType({
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25), "christmas eve": (12, 24),
    "christmas": (12, 25), "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31),
    "st patrick's day": (3, 17), "st. patrick's day": (3, 17), "bastille day": (7, 14),
    "armistice day": (11, 11), "anzac day": (4, 25), "fourth of july": (7, 4),
})
_EASTER_DAYS = MappingProxyType({"good friday": -2, "holy saturday": -1, "easter sunday": 0, "easter day": 0,
                                 "easter": 0, "easter monday": 1})


def _holiday(m: re.Match[str], before: str) -> dict | None:
    """"on New Year's Day", "on Christmas Eve", "on Easter Sunday": a day of the most recent such holiday.

    A holiday before a capitalised word is part of a name ("the Good Friday Agreement"), before a
    lower-case one a thing named by its date ("the Christmas Day attack"); a bare "Christmas" or
    "Easter" is a date only after "on".
    """
    name = re.sub(r"\s+", " ", m[0].lower()).replace("\u2019", "'").replace("years", "year's")
    if name in ("christmas", "easter") and _previous_word(before) != "on":
        return None
    after = _NAMED_BY_DATE.match(m.string, m.end())
    if after is not None:
        return None if after[1].isupper() else {**_holiday_fields(name), "attributive": True}
    return _holiday_fields(name)


def _holiday_fields(name: str) -> dict:
    if name in _EASTER_DAYS:
        return {"kind": "easter", "offset": _EASTER_DAYS[name]}
    month, day = _FIXED_HOLIDAYS[name]
    return {"kind": "month_day", "month": month, "day": day}


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    return dt.date(year, month, (h + l - 7 * m + 114) % 31 + 1)


def _future(m: re.Match[str], before: str) -> dict | None:
    return {"kind": "future"}


# What a text must hold for a finder to be worth running: a word of each set (most sentences fail most
# gates). Looking words up in the set of a sentence's words is far cheaper than running the finders, or
# than searching the text for each word. "<digit>" and "<month>" stand for any digit, any month name.
# "<fold>" stands for a letter a case-blind pattern reads as "i" or "s" though lower-casing keeps it apart
# ("ı", "ſ", the "İ" of "İstanbul"): a group with it lets such a text through, as words cannot vouch for it.
Gate = tuple[frozenset[str], ...]


def _gate(*groups: str) -> Gate:
    return tuple(frozenset(g.split()) for g in groups)


_UNIT_WORDS = "day days week weeks month months year years"
_DIGITS = _gate("<digit>")
_YEARS = _gate("<year>")  # four digits in a row: what a year needs
_ISO_DATES = _gate("<iso>")  # "2024-03-05": digits and hyphens in that shape (most texts with a year have none)
_MONTHS = _gate("<month>")
_MONTHS_DATED = _gate("<month>", "<digit>")  # with a day or a year: "March 3", "3 March"
_DAY_NAMES = _gate("monday tuesday wednesday thursday friday saturday sunday")
_PARTS_OF_DAY = _gate("today tonight morning afternoon evening yesterday night tomorrow")
_SPANS = _gate("week month year")
_SPAN_LATER = _gate("later earlier", "week weeks month months year years")
_AHEAD = _gate("in within next coming", "hour hours " + _UNIT_WORDS)
_LOWER_WORD = re.compile(r"[^\W\d_]+")
_ASCII_LETTERS = re.compile(r"[a-z]+")  # the same words in a lower-cased ASCII text, by a quicker test
_MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


# one-day occasions a story tells of: "after the vote" goes on from the day it told last
_OCCASION_WORDS = ("vote announcement meeting session ruling verdict speech briefing hearing ceremony decision final match "
                   "game race result declaration")
_OCCASION = "(?:" + _OCCASION_WORDS.replace(" ", "|") + ")"
_CLOCK_TIME = re.compile(r"(?i:\b(?=[abjs])(?:(?:shortly|just|soon)\s+)?(?:at|after|before|by)\s+(?:(?:around|about)\s+)?"
                         r"\d{1,2}(?:[.:]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b))")
_CLOCK_NEAR = 30  # characters: a time this close to another date refines that date ("on Monday at 4pm")


def _clock_time(m: re.Match[str], before: str) -> dict | None:
    return {"kind": "anaphoric", "unit": "day", "offset": 0, "modifier": "clock"}


# (pattern, finder, the test a text must pass for the pattern to be worth running)
# "(?=[...])" at the start of a pattern (past its "\b"): the characters its alternatives start with. sre tries
# every alternative at each word boundary (a case-blind one with no quick test of its first letter at all), and
# the look-ahead, of the pattern's own case, turns most boundaries away at once; a test holds each to them
_FINDERS: tuple[tuple[re.Pattern[str], Finder, Gate], ...] = (
    (re.compile(r"\b(?P<year>\d{4})-(?P<monnum>\d{2})-(?P<day>\d{2})\b"), _absolute, _ISO_DATES),
    (re.compile(r"(?=[ADFJMNOSTW])" + _WEEKDAY_LEAD + r"\b" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?"), _month_day, _MONTHS_DATED),
    (re.compile(r"(?=[\dFMSTW])" + _WEEKDAY_LEAD + r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r")?"), _month_day, _MONTHS_DATED),
    (re.compile(r"\b(?=[ADEFJLMNOSelm])(?:(?P<mod>early|mid|late|Early|Mid|Late)[- ]?)?" + _MONTH + r",?\s+" + _YEAR), _absolute, _gate("<month>", "<year>")),
    (re.compile(r"\b(?=[ADEFJLMNOSelm])(?:(?P<mod>early|mid|late|Early|Mid|Late)[- ]?)?" + _MONTH + r"(?!\s*\d)"), _month_only, _MONTHS),
    (re.compile(r"\b(?=[12ELMelm])(?:(?P<mod>early|mid|late|Early|Mid|Late)[- ]?)?" + _YEAR), _absolute, _YEARS),
    (re.compile(r"(?i:\b(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+of\s+)" + _YEAR), _absolute,
     _gate("<year>", "spring summer autumn fall winter")),
    (re.compile(r"\b(?=[FLMNSTWclnt])(?:(?P<mod>last|next|this coming|this|coming|Last|Next|This)\s+)?" + _WEEKDAY
                + r"(?:\s+(?:morning|afternoon|evening|night))?(?(mod)|(?:\s+(?:of\s+)?(?P<week>last)\s+week\b)?)"),
     _weekday, _DAY_NAMES),
    (re.compile(r"\b(?:New\s+Year['\u2019]?s\s+(?:Day|Eve)|Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|Valentine['\u2019]s\s+Day"
                r"|Halloween|St\.?\s+Patrick['\u2019]s\s+Day|Bastille\s+Day|Armistice\s+Day|Anzac\s+Day|Fourth\s+of\s+July"
                r"|Good\s+Friday|Holy\s+Saturday|Easter(?:\s+(?:Sunday|Monday|Day))?)(?![\w'\u2019])"), _holiday,
     _gate("year christmas boxing valentine halloween patrick bastille armistice anzac july good holy easter")),
    (re.compile(r"\b(?i:the\s+(?:(?P<rel>following|next|previous)\s+)?)" + _WEEKDAY
                + r"(?(rel)|\s+(?P<dir>before|after|earlier)(?=\s*(?:[,.;:)]|$)))"), _weekday_of_story,
     _gate("monday tuesday wednesday thursday friday saturday sunday", "following next previous before after earlier")),
    (re.compile(r"\b[Oo]n\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+of\b)"), _day_of_month,
     _gate("<digit>", "on", "the", "st nd rd th")),  # ("12th": the word "th")
    (re.compile(r"(?i:\b(?=[elty])(?:today|tonight|earlier today|this (?:morning|afternoon|evening)|yesterday(?:\s+(?:morning|afternoon|evening))?"
                r"|last night|the day before yesterday|the day after tomorrow|tomorrow)\b)"), _relative_day, _PARTS_OF_DAY),
    # "Noboa has just announced": what a live page or a news flash tells as just done is of the day it is written
    (re.compile(r"(?:(?<=\bhas\s)|(?<=\bhave\s))just(?=\s+(?:[a-z]+ed|been|made|said|told|signed|won|left|taken|given|begun|sent|met)\b)"),
     _just_done, _gate("just")),
    (re.compile(r"(?i:\b(?=[elmnpt])(?:(?P<mod>early|mid|late)[- ]?)?(?P<which>earlier this|later this|earlier in the|later in the|this|last|next"
                r"|the last|the past|past|the previous|the following|the next|the same|that same|later that|earlier that|that|the coming)"
                r"\s+(?P<unit>week|month|year)\b)"), _relative_span, _SPANS),
    (re.compile(r"(?i:\b(?:earlier|later) in the year\b)"), _this_year_span, _gate("earlier later", "year")),
    (re.compile(r"(?i:\b(?P<which>last|this|next)\s+(?P<season>spring|summer|fall|autumn|winter)\b)"), _season,
     _gate("last this next", "spring summer fall autumn winter")),
    (re.compile(r"(?i:\b(?:over\s+)?(?:the|this|last|next)\s+weekend\b(?!\s+of\b))"), _weekend, _gate("weekend")),
    (re.compile(r"(?i:\b(?:(?:more|most|very|only|until|as)\s+)?recently\b|\bin recent (?:days|weeks)\b|\blately\b)"), _recent,
     _gate("recently recent lately")),
    (re.compile(r"(?i:\b(?=[aefjlmnorst\d])(?:(?P<hedge>nearly|almost|about|around|some|roughly|more than|less than|over|just|only)\s+)?"
                + _COUNT + r"\s+(?P<unit>" + _SPAN + r")\s+ago\b)"), _ago, _gate("ago")),
    (re.compile(r"(?i:\b(?=[abdefhilmnostw\d])(?:(?:that|the)\s+same\s+" + _PART_OF_DAY + r"|the\s+(?:next|following|previous)\s+" + _PART_OF_DAY
                + r"|(?:earlier|later)\s+in\s+the\s+" + _PART_OF_DAY
                + r"|(?:in|during)\s+the\s+(?:(?:late|early)\s+)?(?:morning|afternoon|evening)"
                r"|by\s+(?:(?:late|early|mid-?)\s*)?(?:morning|afternoon|evening|nightfall)|(?:(?:earlier|later|late|early)\s+)?that\s+" + _PART_OF_DAY
                + r"|(?:the|a|one)\s+day\s+before(?=\s*(?:[,.;:)]|$))|(?:a|one)\s+day\s+(?:earlier|later)"
                r"|(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+days\s+(?:earlier|later)"
                r"|(?P<within>(?:(?:a\s+few|several|some|two|three|\d{1,2})\s+)?(?:minutes|hours|moments|seconds)\s+(?:later|earlier|afterwards)"
                r"|(?:an?|one)\s+(?:hour|minute|moment)\s+(?:later|earlier)"
                r"|within\s+(?:(?:a\s+few|several|some|two|three|\d{1,2})\s+)?(?:minutes|hours)"
                r"|within\s+(?:(?:(?:a\s+)?little\s+)?(?:more|less)\s+than\s+)?(?:an?|the)\s+hour)))\b"),
     _anaphoric_day, _gate("day days morning afternoon evening night nightfall minutes minute hours hour moments moment seconds")),
    # "Shortly after midnight, the commission announced": the day after the one the text told last ("after midnight
    # on Sunday" is dated by its weekday; "celebrated until well after midnight" is still that day's)
    (re.compile(r"(?i:(?<!until\s)(?<!till\s)\b(?:(?:shortly|just|soon|(?:an?|one|two|a\s+few)\s+(?:hours?|minutes))\s+)?"
                r"after\s+midnight\b)(?!\s+(?:on|of|in)\b)"), _midnight, _gate("midnight")),
    # "told reporters shortly after 4pm", "broke out at around 7.30am": a time of the day the text told last
    (_CLOCK_TIME, _clock_time, _gate("<digit>", "am pm m")),  # ("a.m." gives the word "m")
    # "sworn in shortly afterward", "told reporters after the vote": the story's occasion, told just before, goes
    # on; the act is on the day the text told last ("after the vote on the budget" names another occasion)
    (re.compile(r"(?i:(?=[abirsw])(?:\b(?:shortly|soon|immediately|right)\s+(?:afterwards?|thereafter)\b"
                r"|(?<=\bsaid\s)afterwards?\b|(?<=\badded\s)afterwards?\b|(?<=\breporters\s)afterwards?\b"
                r"|\b(?:after|before)\s+the\s+" + _OCCASION + r"\b(?!['\u2019]|\s+(?:of|on|in|by|over|to|for|at)\b)"
                r"|\bafter\s+the\s+[a-z]+\s+(?:was|were)\s+(?:announced|confirmed|declared)\b"
                r"|\bwithin\s+(?:(?:a\s+few|several|two|three)\s+)?(?:hours|minutes)\s+of\s+the\s+" + _OCCASION + r"\b))"),
     _occasion, _gate("<fold> after before within afterward afterwards thereafter",
                      "afterward afterwards thereafter announced confirmed declared " + _OCCASION_WORDS)),
    # "At the same news conference she set the election date", "told the same meeting": the day of the occasion
    # told last
    (re.compile(r"(?i:\bthe\s+same\s+(?:news\s+conference|press\s+conference|briefing|meeting|session"
                r"|event|interview|hearing|ceremony|rally|speech|address|statement|appearance)\b)"), _later_opening,
     _gate("same", "conference briefing meeting session event interview hearing ceremony rally speech address statement "
                   "appearance")),
    (re.compile(r"(?i:\b(?:polling|election|voting|referendum)\s+day\b)(?![\w-])"), _voting_day,
     _gate("polling election voting referendum", "day")),
    # "at the end of the month": the month (or year) told last
    (re.compile(r"(?i:\b(?:at|towards?)\s+the\s+(?:end|start|beginning|middle)\s+of\s+the\s+(?P<unit>month|year)\b)"),
     _end_of_span, _gate("end start beginning middle", "month year")),
    # "Later, in remarks at ..., Esper said": a story's next act, opening its sentence, on the day it told last
    # and "Later the ministry issued ...": without the comma when a subject follows at once
    (re.compile(r"\ALater(?:\s+on)?(?=,|\s+(?:the|he|she|they|it|[A-Z][\w'\u2019-]*\s+[a-z]))"), _later_opening, _gate("later")),
    (re.compile(r"(?i:\b(?=[adefhjmnost\d])(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                r"(?P<unit>days?|weeks?|months?|years?)|(?P<the>the)\s+day"
                r"|(?P<hours>(?:(?:just|only|mere|a\s+few|several|some|two|three|\d{1,2})\s+)?(?:hours|minutes)|(?:an?|one)\s+hour)"
                r"|(?P<days>(?:(?:just|only|mere|a\s+few|several|some)\s+)?days))"
                r"\s+(?P<dir>after|before)(?=\s+[^\W_]))"),
     _counted_to_following, _gate("after before", _UNIT_WORDS + " hour hours minutes")),
    # "on the eve of the resignation": the day before what follows
    (re.compile(r"(?i:\bthe\s+eve\s+of)(?=\s+(?:the|his|her|its|their)\s+[a-z])"), _eve_of_following, _gate("eve")),
    (re.compile(r"\b(?=[ADEFJLMNOSelm])(?:(?P<mod>early|mid|late|Early|Mid|Late)[- ]?)?" + _MONTH
                + r"(?:\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?"
                r"(?P<which>(?i:last|this|next|the\s+previous|the\s+following|the\s+next|the\s+same|that))\s+(?i:year)\b"),
     _month_of_year, _gate("<month>", "year")),
    (re.compile(r"(?i:\b" + _COUNT + r"\s+(?P<unit>weeks?|months?|years?)\s+(?P<dir>later|earlier)\b)"), _anaphoric_span, _SPAN_LATER),
    # "won it back in a primary the following May", "after Sata's death the previous October"
    # "was granted candidate status that June": the June of the year told last ("said that June was ..." is no date)
    (re.compile(r"\b(?P<which>that)\s+" + _MONTH + r"(?!\s+\d)(?!\s+(?:is|was|were|would|will|had|has|have|could|should"
                r"|might|saw|brought|marked|[a-z]+ed|[a-z]+s)\b)"), _named_month, _gate("<month>", "that")),
    (re.compile(r"\b(?i:the\s+(?P<which>following|next|previous))\s+" + _MONTH + r"(?!\s+\d)"), _named_month,
     _gate("<month>", "following next previous")),
    # "The year before, he had said": one unit from the date told last, ending its phrase
    (re.compile(r"(?i:\bthe\s+(?P<unit>year|month|week)\s+(?P<dir>before|after|earlier)(?=\s*[,.;:)]|\s*$))"),
     _anaphoric_span, _gate("year month week", "before after earlier")),
    # "Days earlier, seven people were killed": some days from the date told last; the week it was in, roughly
    (re.compile(r"(?i:(?<![\w-])(?:(?:just|only|a\s+few|several|some)\s+)?days\s+(?:(?:earlier|later)(?=\s*[,.;:)]|\s+[a-z])|before(?=\s*[,.;:)]))"
                r"|\AWithin\s+days\b(?!\s+of\b))"),  # "Within days, the call was echoed": opening its sentence
     _some_days, _gate("days", "earlier before later within")),
    # "asked parliament to reverse it weeks later": some weeks from the date told last, roughly
    (re.compile(r"(?i:(?<![\w-])(?:(?:just|only|some)\s+)?(?P<unit>weeks)\s+(?P<dir>later|earlier)"
                r"(?=\s*[,.;:)]|\s+[a-z]))"),
     _some_weeks, _gate("weeks", "later earlier")),
    # "became prime minister in 2006 but quit after a year": counted from the date told last, ending its clause
    (re.compile(r"(?i:\b(?P<dir>after)\s+(?:just\s+|only\s+|barely\s+)?" + _COUNT
                + r"\s+(?P<unit>months?|years?)(?=\s*[,.;:)]|\s+(?:and|but)\b|\s*$))"), _anaphoric_span,
     _gate("after", "month months year years")),
    (re.compile(r"(?i:(?=[deilow])(?:\b(?:in|within|over|during)\s+(?:the\s+)?(?:next|coming)\s+(?:few\s+)?" + _SPAN + r"\b"
                r"|\b(?:in|within)\s+(?:a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+"
                + _SPAN + r"\b(?!\s+(?:ago|earlier|later|before|after))"
                r"|\bwithin\s+(?:hours|days|weeks|months)\b|\bin\s+the\s+coming\s+(?:days|weeks|months|years)\b"
                r"|\b(?:early|late|later)\s+next\s+(?:week|month|year)\b))"), _future, _AHEAD),
)


def _previous_word(before: str) -> str:
    m = _LAST_WORD_REVERSED.match(before[-40:][::-1])
    near = before[-160:]  # a list's lead is near; searching the whole text before is slow
    if near.rstrip().endswith(",") and _LISTED.search(near):  # (a list's item ends on a comma: most dates follow none)
        return "in"  # "in June, August and September": a list shares its first date's lead
    if m is None:
        return ""
    word = m[1][::-1].lower()
    if word in ("and", "or") and _COORDINATED.search(before):
        return "in"  # "in 2014 and 2019", "in June and September": the second date shares the first one's lead
    return word


# a year or month name, then "and"/"or": the date after it is joined to that one ("in 2014 and 2019")
_COORDINATED = re.compile(r"\b(?:" + YEAR_NUMBER + "|" + MONTH_NAME + r")\s*,?\s+(?:and|or)\s+$")


# How much of the text before a match a finder sees: enough for "at the end of", "the", a name before "Friday".
_CONTEXT = 60
# Every finder needs one of these; many sentences its gate lets through have none. They are looked for in
# the lower-cased text (a case-insensitive search is several times slower): the digits, then the plain words
# with ``in`` (a single search for all of them tries every alternative at every character), then the phrases.
# The words go in the order a text without digits most often holds them ("day" in one text of five, as in
# "Monday" or "today"; then "Dec", "Mar" as in "December", "remarks"): the search stops at the first found.
_DATE_WORDS = (
    "day", "dec", "mar", "year", "night", "week", "later", "month", "may", "earlier", "evening", "afternoon",
    "within", "sep", "morning", "nov", "jan", "jun", "aug", "oct", "recent", "feb", "apr", "jul", "afterward",
    "easter", "summer", "tomorrow", "spring", "autumn", "lately", "thereafter", "christmas", "winter",
)
_DATE_PHRASES = re.compile(
    r"ago\b"
    r"|after the (?:announ|[a-z]+ (?:was|were) |" + _OCCASION_WORDS.replace(" ", "|") + r")"
    r"|before the (?:announ|" + _OCCASION_WORDS.replace(" ", "|") + r")"  # the occasions the finders know
    r"|(?:hours?|minutes) (?:after|before)|eve\b|fall\b|ha(?:s|ve) just "
)
_DIGIT = re.compile(r"\d")
_FOUR_DIGITS = re.compile(r"\d\d\d\d")  # (not \d{4}: a pattern that opens on a class is scanned for it quickly)
_ISO_SHAPE = re.compile(r"\d\d\d\d-\d\d-\d\d")  # (lower-casing changes no digit and no hyphen)
_JOINING = re.compile(r"\s*,?\s+(?:and|or)\s+")  # "in 2014 and 2019"


def _gate_bit_maps() -> tuple[dict[str, int], tuple[int, ...]]:
    """Each distinct group of gate words is a bit: the bits each word sets, and the bits each finder needs.

    A finder runs when all of its groups' bits are set. Few sets of bits recur (sets of words do not), so
    the finders for each are worked out once.
    """
    group_bits = {group: 1 << n for n, group in enumerate(dict.fromkeys(g for _, _, gate in _FINDERS for g in gate))}
    word_bits: dict[str, int] = {}
    for group, bit in group_bits.items():
        for word in group:
            word_bits[word] = word_bits.get(word, 0) | bit
    return word_bits, tuple(sum({group_bits[g] for g in gate}) for _, _, gate in _FINDERS)


_WORD_BITS, _FINDER_BITS = _gate_bit_maps()
# the words a sentence is read for: its gate words, and the month names that stand for "<month>"
_TELLING_WORDS = frozenset(_WORD_BITS) | _MONTH_WORDS
_DIGIT_BITS, _YEAR_BITS, _ISO_BITS, _MONTH_BITS, _FOLD_BITS = (
    _WORD_BITS.get(token, 0) for token in ("<digit>", "<year>", "<iso>", "<month>", "<fold>"))
def _may_hold_a_date(lower: str) -> bool:
    # (any() over a map of the bound ``in`` test: no generator frame per word, and most texts try them all)
    return (_DIGIT.search(lower) is not None or any(map(lower.__contains__, _DATE_WORDS))
            or _DATE_PHRASES.search(lower) is not None)


def _lowered_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` asked case-sensitively of the lower-cased text, when every letter it holds is case-blind and
    written small: then the two find the same matches at the same places in a text without a letter re.I reads
    as ASCII though lower-casing keeps it apart (see case_blind.py), and the twin is quicker (sre tries every
    alternative of a case-blind pattern in full). None for a pattern with a letter of fixed case ("\\ALater")."""
    from re import _constants as C, _parser  # (the parser's own tree: the only sure way to see every letter)

    def letters(op: object, av: object) -> Iterable[int]:
        if op in (C.LITERAL, C.NOT_LITERAL):
            return (av,)
        if op is C.IN:
            return [c for o, a in av for c in ((a,) if o in (C.LITERAL, C.NOT_LITERAL)
                                               else range(a[0], a[1] + 1) if o is C.RANGE else ())]
        return ()

    def parts(op: object, av: object) -> list:
        """The sub-patterns of a group, a repeat, a choice or an assertion."""
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            return [av[2]]
        if op is C.BRANCH:
            return av[1]
        if op is C.GROUPREF_EXISTS:
            return [p for p in av[1:] if p is not None]
        if op in (C.ASSERT, C.ASSERT_NOT):
            return [av[1]]
        if op is C.ATOMIC_GROUP:
            return [av]
        return []

    def small(items: Iterable[tuple], blind: bool) -> bool:
        for op, av in items:
            if any(chr(c).lower() != chr(c).upper() and not (blind and chr(c).islower()) for c in letters(op, av)):
                return False  # a letter of fixed case, or a capital
            if op is C.SUBPATTERN:
                if av[2] or not small(av[3], blind or bool(av[1] & re.I)):
                    return False
            elif not all(small(p, blind) for p in parts(op, av)):
                return False
        return True

    if pattern.flags & re.I or not small(_parser.parse(pattern.pattern), False):
        return None
    return re.compile(pattern.pattern.replace("(?i:", "(?:"))


# each finder's lowered twin (None where it has none)
_LOWERED = tuple(_lowered_twin(pattern) for pattern, _, _ in _FINDERS)


@functools.lru_cache(maxsize=4096)
def _finders_for(bits: int, twin: bool) -> tuple[tuple[re.Pattern[str], Finder, bool], ...]:
    """The finders whose gates a text with these bits of gate words passes: each pattern, its finder, and
    whether the pattern is a lowered twin, asked of the lower-cased text (never for a text with a ``twin``,
    a letter re.I reads as ASCII though lower-casing keeps it apart)."""
    return tuple((pattern if twin or lowered is None else lowered, finder, not twin and lowered is not None)
                 for (pattern, finder, _), lowered, need in zip(_FINDERS, _LOWERED, _FINDER_BITS)
                 if bits & need == need)


# each telling word's gate bits, a month name's with those of "<month>"
_TELLING_BITS = MappingProxyType({word: _WORD_BITS.get(word, 0) | (_MONTH_BITS if word in _MONTH_WORDS else 0)
                                  for word in _TELLING_WORDS})


def _gate_bits(lower: str, twin: bool) -> int:
    """The gate bits of a lower-cased sentence's words, and of "<digit>", "<year>", "<iso>", "<month>", and of
    "<fold>" when it holds a ``twin`` (a letter re.I reads as ASCII though lower-casing keeps it apart)."""
    # (only the words that tell are kept: a set of all the sentence's words cost more than the rest)
    words = _TELLING_WORDS.intersection((_ASCII_LETTERS if lower.isascii() else _LOWER_WORD).findall(lower))
    bits = _FOLD_BITS if twin else 0
    for word in words:
        bits |= _TELLING_BITS[word]
    if _DIGIT.search(lower):
        bits |= _DIGIT_BITS
        if _FOUR_DIGITS.search(lower):
            bits |= _YEAR_BITS
            if _ISO_SHAPE.search(lower):
                bits |= _ISO_BITS
    return bits


def find_dates(text: str) -> list[DateExpression]:
    """Every date expression in ``text``, in order, without overlaps (the longest wins)."""
    lower = text.lower()
    # (the gate first: a text whose words let no finder run, two in five, needs no look for the date words,
    # and the look is quick for most of the others, which hold a digit or a common one early in the list)
    twin = has_case_blind_twin(lower)
    finders = _finders_for(_gate_bits(lower, twin), twin)
    if not finders or not _may_hold_a_date(lower):
        return []
    found: list[tuple[int, int, dict]] = []
    # (a lowered twin's match is of the lower-cased text, at the same places: its finder reads only the
    # match's offsets and its words lower-cased, and the text before it is taken from ``text``)
    for pattern, finder, lowered in finders:
        for m in pattern.finditer(lower if lowered else text):
            fields = finder(m, text[max(0, m.start() - _CONTEXT) : m.start()])
            if fields is not None:
                found.append((m.start(), m.end(), fields))
    if not found:
        return []
    if len(found) > 1:  # (most texts have one date: nothing to order, and no other date a time may refine)
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        if any(f[2].get("modifier") == "clock" for f in found):  # (a time next to a date only refines it)
            found = [f for f in found if f[2].get("modifier") != "clock"
                     or not any(g is not f and g[0] - _CLOCK_NEAR < f[1] and f[0] < g[1] + _CLOCK_NEAR for g in found)]
    result: list[DateExpression] = []
    taken_until = -1
    # (the tallies are searched in the lower-cased text where that finds the same, at the same places)
    tally_before, tally_text = _TALLIES_BEFORE.pick(text, lower)
    tally_after = _TALLIES_AFTER.pick(text, lower)[0]
    for start, end, fields in found:
        if start < taken_until:
            continue
        taken_until = end
        before = _previous_word(text[:start])
        joined = bool(result) and _JOINING.fullmatch(text, result[-1].end, start) is not None
        # (an apostrophe first: most dates are followed by none)
        possessive = text[end : end + 1] in _APOSTROPHES and _POSSESSIVE.match(text, end) is not None
        if before == "after" and possessive and (fields["kind"] == "weekday" or fields.get("unit") == "day"):
            pass  # "told reporters after Thursday's meeting": what follows a thing of the day is of that day too
        elif before == "by" and (_PERFECT_BEFORE.search(text, max(0, start - 50), start)
                                 or (_OPENING_BY.search(text, max(0, start - 6), start) and _PERFECT_AFTER.match(text, end))):
            pass  # "the toll had risen to 51 by Friday", "By Monday, thousands had taken to the streets": a state reached
        elif before in _BOUND_WORDS and fields["kind"] not in ("future", "anaphoric", "recent"):
            # "since April" and "from April (to June)": when a state began, which is an event of its own
            fields = {**fields, "bound": True, "since": before in ("since", "from", "between") and not fields.get("attributive")}
        elif joined and result[-1].bound:
            fields = {**fields, "bound": True}  # "between 2014 and 2019": both ends of a span are limits
        elif tally_before.search(tally_text, max(0, start - 30), start) or tally_after.match(tally_text, end):
            fields = {**fields, "bound": True}  # "so far this year", "more than in the whole of last year": a tally's period
        elif before == "the" and fields["kind"] == "month_day" and _named_by_date(text, end):
            # "the November 8 election": a thing named by its day, dated only through a verb of taking part in it
            # ("the November 8 election, which the party won"); "the January 6 attack" alone dates nothing
            fields = {**fields, "bound": True, "attributive": True}
        elif fields["kind"] == "month_day" and (_NAME_HEAD_AFTER.match(text, end) or _NAME_OF_BEFORE.search(text, 0, start)):
            # "the September 28 Stadium", "the Association of Victims, Parents and Friends of September 28": a day
            # that is part of a place's or a body's name, no date at all
            continue
        result.append(DateExpression(start, end, text[start:end], possessive=possessive, **fields))
        if len(result) >= 2 and _SPAN_TO.fullmatch(text, result[-2].end, start):
            result[-2] = _with_year_of(result[-2], result[-1])
    return result


_SPAN_TO = re.compile(r"\s*(?:to|until|till|through|and|-|\u2013)\s*")


def _with_year_of(first: DateExpression, last: DateExpression) -> DateExpression:
    """"from May to December 2016": the span's first end, with no year of its own, is in the year its last
    end gives (the year before, when its month comes later: "from November to February 2020")."""
    if first.kind not in ("month", "month_day") or last.kind != "absolute" or not last.year or not last.month:
        return first
    year = last.year - 1 if (first.month, first.day) > (last.month, last.day or 31) else last.year
    return replace(first, kind="absolute", year=year)


# "had risen to 51 by": a past perfect, in the same clause, before "by"
# or a state already going on: "supporters were already dancing in the streets by Sunday afternoon"
_PERFECT_BEFORE = re.compile(r"(?:\bhad\s+(?!to\b)(?:already\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t)\b[^,;:.]{0,30}"
                             r"|\b(?:was|were)\s+already\s+[a-z]+ing\b[^,;:.]{0,40})\bby\s+$")
# "By Monday afternoon, thousands of people had taken to the streets": the same, the date fronted
_OPENING_BY = re.compile(r"(?:^|[.!?]\s+)By\s+$")
# (not "By Wednesday evening, no date had been set": nothing happened by then)
# ("By Tuesday night the army, under its chief, had taken control": without the comma, past an apposition)
_PERFECT_AFTER = re.compile(r"(?:,\s+(?:(?!\b(?:no|not|never|none|nobody|nothing)\b)[^,;:.]){0,60}?"
                            r"|\s+(?:(?!\b(?:no|not|never|none|nobody|nothing)\b)[^;:.]){0,100}?)"
                            r"\bhad\s+(?!to\b|not\b|never\b)(?:already\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t)\b")
# a period something is counted over, not when anything happened
_TALLY_BEFORE = re.compile(
    r"(?:\bso\s+far\s+(?:in\s+|during\s+)?|\b(?:the\s+)?(?:whole|all|rest|course|entirety)\s+of\s+"
    r"|\bthan\s+(?:in\s+|during\s+|for\s+)?(?:the\s+same\s+\w+\s+(?:of|in)\s+)?)$",
    re.I,
)
_TALLY_AFTER = re.compile(r"\s+(?:so\s+far|to\s+date)\b|\s*\(?\s*year[- ]to[- ]date", re.I)
_TALLIES_BEFORE, _TALLIES_AFTER = CaseBlind(_TALLY_BEFORE), CaseBlind(_TALLY_AFTER)


_LISTED = re.compile(r"\b(?:in|since|during)\s+(?:(?:" + YEAR_NUMBER + "|" + MONTH_NAME + r"),\s+)+$")


# the head of a place's or a body's name right after a day: "September 28 Stadium", "the April 6 Movement"
_NAME_HEAD_AFTER = re.compile(r"\s+(?:Stadium|Square|Street|Avenue|Road|Bridge|Park|Airport|Hospital|University|School|"
                              r"Movement|Revolution|Uprising|Group|Front|Brigade|Brigades|Coalition)\b")
# a capitalised name's "of" right before a day: "Friends of September 28", "Heroes of May 9"
_NAME_OF_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+of\s+$")


def _named_by_date(text: str, end: int) -> bool:
    m = _NAMED_BY_DATE.match(text, end)
    return m is not None and m[1].islower()


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def _after(date: PartialDate, published: dt.date) -> bool:
    """Is ``date`` later than the publication date, at its own precision?"""
    if date.day:
        return date.first_day() > published
    if date.month:
        return (date.year, date.month) > (published.year, published.month)
    return date.year > published.year


def resolve(
    expr: DateExpression,
    published: dt.date | None,
    *,
    tense: str = "unknown",
    reference: PartialDate | None = None,
) -> Resolved | None:
    """Turn ``expr`` into a date, or None when it names no past date.

    ``tense`` is the tense of the clause governing the expression (``past``,
    ``present``, ``future`` or ``unknown``): a month-day later in the year than
    publication is read as last year only in clearly past narrative.
    ``reference`` is the last date the text stated, for "the same day" and
    "the following year". Without ``published`` only dates that carry their
    year (or follow one) resolve: we never guess a year.
    """
    if expr.kind == "future" or expr.bound or tense == "future":
        return None
    date = _resolve(expr, published, tense, reference)
    if date is None:
        return None
    if published is not None and _after(date, published):
        return None
    return Resolved(date, expr.approx)


_STILL_THEN = 31  # days after a date of an earlier year within which a month and day go on in its year


def _goes_on_in_the_year_of(ref: PartialDate | None, expr: DateExpression, pub: dt.date) -> bool:
    """"The high point came on May 14, 2023 ... On July 13, Pita won" (written in 2024): a story told of last
    year goes on in that year, forward from the day it last stated; further back only for days soon after
    ("suspended on December 22, 2022. On December 27 the ministry announced"). Otherwise a date the text gave
    once is background, and the story returns to its own year."""
    if ref is None or not ref.day or ref.year >= pub.year or (expr.month, expr.day) <= (ref.month, ref.day) \
            or not _valid(ref.year, expr.month, expr.day):
        return False
    after = dt.date(ref.year, expr.month, expr.day) - dt.date(ref.year, ref.month, ref.day)
    return ref.year == pub.year - 1 or after.days <= _STILL_THEN


def _resolve(expr: DateExpression, pub: dt.date | None, tense: str, ref: PartialDate | None) -> PartialDate | None:
    kind = expr.kind
    if kind == "absolute":
        if expr.day and not _valid(expr.year, expr.month, expr.day):
            return None
        if expr.month and not 1 <= expr.month <= 12:
            return None
        return PartialDate(expr.year, expr.month, expr.day)
    if kind == "anaphoric":
        return _anaphoric(expr, ref)
    if pub is None:
        return None
    past = tense == "past"
    if kind == "month_day":
        if _goes_on_in_the_year_of(ref, expr, pub):
            return PartialDate(ref.year, expr.month, expr.day)
        year = pub.year
        if (expr.month, expr.day) > (pub.month, pub.day):
            if not past or _weeks_ahead(pub, expr.month, expr.day):
                return None  # ("the snap election on Aug. 20", written on Aug. 10: this year's, still to come)
            year -= 1
        return PartialDate(year, expr.month, expr.day) if _valid(year, expr.month, expr.day) else None
    if kind == "month":
        year = pub.year
        if expr.modifier == "last" and expr.month >= pub.month:
            year -= 1
        elif expr.month > pub.month:
            if not past:
                return None
            year -= 1
        return PartialDate(year, expr.month)
    if kind == "day_of_month":
        year, month = pub.year, pub.month
        if expr.day > pub.day:
            if not past:
                return None
            year, month = _shift_month(year, month, -1)
        return PartialDate(year, month, expr.day) if _valid(year, month, expr.day) else None
    if kind == "weekday":
        back = (pub.weekday() - expr.weekday) % 7
        if expr.modifier == "last-week":
            back = pub.weekday() + 7 - expr.weekday
        if expr.modifier == "last" and back <= 1:
            back += 7  # "last Saturday", written on a Sunday: the day before is "on Saturday", or "yesterday"
        day = pub - dt.timedelta(days=back)
        if expr.unit == "weekend":
            return PartialDate(day.year, day.month)
        return PartialDate(day.year, day.month, day.day)
    if kind == "easter":
        day = _easter(pub.year) + dt.timedelta(days=expr.offset)
        if day > pub:
            if not past:
                return None
            day = _easter(pub.year - 1) + dt.timedelta(days=expr.offset)
        return PartialDate(day.year, day.month, day.day)
    if kind in ("relative", "ago"):
        return _relative(expr.unit, expr.offset, pub, expr.month, expr.day)
    if kind == "recent":
        return PartialDate(pub.year, pub.month)
    return None


def _weeks_ahead(pub: dt.date, month: int, day: int) -> bool:
    """A day of the month a few weeks after publication: a past narrative that meant last year's would say so."""
    if not _valid(pub.year, month, day):
        return False
    return 0 < (dt.date(pub.year, month, day) - pub).days <= 45


def _relative(unit: str, offset: int, pub: dt.date, month: int = 0, day: int = 0) -> PartialDate | None:
    if unit == "day":
        day = pub + dt.timedelta(days=offset)
        return PartialDate(day.year, day.month, day.day)
    if unit == "week":
        day = pub + dt.timedelta(weeks=offset)
        return PartialDate(day.year, day.month)
    if unit == "month":
        return PartialDate(*_shift_month(pub.year, pub.month, offset))
    if unit == "year":
        if day and month and _valid(pub.year + offset, month, day):
            return PartialDate(pub.year + offset, month, day)  # "on March 2 last year"
        return PartialDate(pub.year + offset, month)  # "last year", or "in March last year"
    if unit == "season":  # the season's year, by when it started: this one, or the one before it
        started = pub.year if month <= pub.month else pub.year - 1
        if offset < 0 and month <= pub.month < month + 3:
            started -= 1  # "last summer" said in July is a year ago
        return PartialDate(started)
    return None


_DAYS_IN_SAME_MONTH = 3  # a count of days from a month stays in it, most of the time


def _anaphoric(expr: DateExpression, ref: PartialDate | None) -> PartialDate | None:
    """Dates like "the same day" count from the last date the text stated, at no finer precision than it."""
    if ref is None:
        return None
    unit, offset = expr.unit, expr.offset
    if unit == "weekday":
        if not ref.day:
            return None
        start = ref.first_day()
        step = ((expr.weekday - start.weekday()) % 7 or 7) if offset > 0 else -((start.weekday() - expr.weekday) % 7 or 7)
        day = start + dt.timedelta(days=step)
        return PartialDate(day.year, day.month, day.day)
    if unit == "day":
        if not ref.day:
            # "resigned in May ..., and X was appointed three days later": a few days on, still that month;
            # "that evening" of a month names no evening at all
            return PartialDate(ref.year, ref.month) if ref.month and 0 < abs(offset) <= _DAYS_IN_SAME_MONTH else None
        day = ref.first_day() + dt.timedelta(days=offset)
        return PartialDate(day.year, day.month, day.day)
    if unit == "week":
        if ref.day:  # "a week after" a day: that day of the week before or after ("c." when not exact)
            day = ref.first_day() + dt.timedelta(weeks=offset)
            if expr.modifier == "some":
                return PartialDate(day.year, day.month)  # "weeks later": about then, no day
            return PartialDate(day.year, day.month, day.day) if offset else PartialDate(day.year, day.month)
        if ref.month and expr.modifier == "some":
            return PartialDate(ref.year)  # "weeks later" from a month: that month or the next, so only the year
        return PartialDate(ref.year, ref.month) if ref.month and offset == 0 else None
    if unit == "month":
        if not ref.month:
            return None
        return PartialDate(*_shift_month(ref.year, ref.month, offset))
    if unit == "named-month":  # "the following May": the next May after the date told last; "the previous October"
        if offset == 0:
            return PartialDate(ref.year, expr.month)  # "that June": the year told last
        if not ref.month:
            return None
        if offset > 0:
            return PartialDate(ref.year + (expr.month <= ref.month), expr.month)
        return PartialDate(ref.year - (expr.month >= ref.month), expr.month)
    if unit == "year":
        if expr.day and expr.month and _valid(ref.year + offset, expr.month, expr.day):
            return PartialDate(ref.year + offset, expr.month, expr.day)  # "on May 4 the following year"
        return PartialDate(ref.year + offset, expr.month)  # "the following year", or "in May of that year"
    return None
