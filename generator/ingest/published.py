"""The dates a page states about itself: the publication date and the dateline.

Kept apart from :mod:`generator.ingest.dates`, which resolves the dates the
story talks about; these are the page's own: a "Published" line in the header,
an ISO date in a page's metadata, the ``GENEVA, Jan 10 (Agency) -`` dateline
that opens agency copy.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.ingest.case_blind import CaseBlind

_MONTH = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}:\d{2}))"  # "March 29, 20225:56 PM": a scrape ran the time on
DATES = (
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})" + _YEAR_END, re.I),
    re.compile(
        r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})" + _YEAR_END,
        re.I,
    ),
    # (the patterns below open on a digit, not on the look-behind that the digit has no digit before it: sre then
    # looks for their first character and tries them only there, rather than at every character. The look-behind
    # after the first digit, or the first two, asks the same of the character before them.)
    re.compile(r"(?P<year>(?:19|20)(?<!\d..)\d{2})-(?P<mon>\d{2})-(?P<day>\d{2})(?!\d)"),
    # day first with dots, as Europe and the former Soviet states write it ("15.03.2022"); no one writes
    # the month first this way
    re.compile(r"(?P<day>\d(?<![\d.]\d)\d?)\.(?P<mon>\d{1,2})\.(?P<year>(?:19|20)\d{2})(?![\d.])"),
    # with slashes, either order is written ("27/11/2024", "11/27/2024"): read only where a number over 12
    # says which is the day
    re.compile(r"(?P<a>\d(?<![\d/]\d)\d?)/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d{2})(?![\d/])"),
    # a wire terminal's stamp, day, month and two-digit year run together: "12:04 27Oct25"
    re.compile(r"(?P<day>\d(?<!\w\d)\d?)(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?P<short>\d{2})(?!\w)"),
)
# The case-blind patterns above (the month's name) asked of the lower-cased text where that finds the same
# matches at the same places (case_blind.py): quicker.
_DATE_FINDERS = tuple(CaseBlind(p) if p.flags & re.I else p for p in DATES)


def _date_searches(text: str, lower: str | None = None) -> list[tuple[re.Pattern[str], str]]:
    """Each pattern of DATES, or its lower-case twin, with the text to ask it of (the same offsets as ``text``;
    ``lower``, when given, is ``text.lower()``)."""
    if lower is None:
        lower = text.lower()
    return [f.pick(text, lower) if isinstance(f, CaseBlind) else (f, text) for f in _DATE_FINDERS]


def holds_date(text: str, lower: str | None = None) -> bool:
    """Whether a pattern of DATES matches somewhere in ``text`` (``lower``, when given, is ``text.lower()``)."""
    return may_hold_date(text) and any(p.search(subject) for p, subject in _date_searches(text, lower))


# Every pattern above holds a year ("19xx", "20xx") or a wire stamp's day, month and year ("27Oct25"): a text
# without either holds no date, and this one search is quicker than theirs.
_DATE_HINT = re.compile(r"(?:19|20)\d\d|\d(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\d\d")


def may_hold_date(text: str) -> bool:
    """False when no pattern of DATES can match in ``text`` (a quick look before their searches)."""
    return _DATE_HINT.search(text) is not None


_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
DIGIT = re.compile(r"\d")
TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\b", re.I)
# (asked of the lower-cased line where that gives the same answer: quicker)
_PUBLISHED_LABEL = CaseBlind(re.compile(r"\b(?:published|posted|first published|issued|dated?)\b", re.I))
# when a copy was made, not the story: a database export's "Date and Time: = ...", "Load-Date:", "Printed on"
_RETRIEVED_LABEL = re.compile(
    r"\W*(?:date and time|date (?:printed|accessed|retrieved|downloaded|exported)|load-date|printed(?: on)?|downloaded(?: on)?|retrieved(?: on)?|accessed(?: on)?|exported"
    r"(?: on)?|generated(?: on)?|clipped(?: on)?)\s*[:=]", re.I)
_UPDATED_LABEL = re.compile(r"\b(?:updated|modified|edited|last changed)\b\W*$", re.I)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de.'\u2019/\- ]{2,40}?(?:,\s*[A-Z][A-Za-z.'\u2019\- ]{1,30}?)*)"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?"
    r"\s*(?:\((?P<agency>[^)]{1,40})\))?\s*[-\u2013\u2014]{1,2}\s+(?=[\"\u201c\u2018'A-Z0-9])"
)


def find_date(text: str) -> dt.date | None:
    """The first full calendar date written in ``text`` that is not labelled as an update."""
    if not may_hold_date(text):
        return None
    found = []
    for pattern, subject in _date_searches(text):
        for m in pattern.finditer(subject):
            if _UPDATED_LABEL.search(text[max(0, m.start() - 20) : m.start()]):
                continue
            value = _to_date(m)
            if value is not None:
                found.append((m.start(), value))
    return min(found)[1] if found else None


def _to_date(m: re.Match) -> dt.date | None:
    if "a" in m.re.groupindex:
        a, b = int(m["a"]), int(m["b"])
        if (a > 12) == (b > 12):
            return None  # "05/06/2024": May or June, the text does not say
        month, day = (b, a) if a > 12 else (a, b)
    else:
        mon = m["mon"]
        month, day = (int(mon) if mon.isdigit() else _MONTHS.get(mon[:3].lower(), 0)), int(m["day"])
    year = 2000 + int(m["short"]) if "short" in m.re.groupindex else int(m["year"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _mostly_a_date(line: str) -> bool:
    """"April 29, 2025 Tuesday", "Friday 9 May 2025 · 11:05": a date line, not a line that mentions one
    ("Timeframe: Apr 28, 2025 to Apr 30, 2025", a search's summary)."""
    if len(line) > 60 or not may_hold_date(line):
        return False
    m = next((m for p, subject in _date_searches(line) if (m := p.search(subject))), None)
    return m is not None and len(line) - (m.end() - m.start()) <= 25 and " to " not in line


def parse_iso_date(value: str) -> dt.date | None:
    """The ``YYYY-MM-DD`` date in a metadata value ("2023-04-15T08:00:00Z"), or None."""
    m = DATES[2].search(value or "")
    return _to_date(m) if m else None


# a chat export's message stamp and sender ("25/11/2025, 18:12 - Selam A.: "): when a message was sent
_CHAT_STAMP = re.compile(r"^(?:\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]\s*"
                         r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s+[-\u2013]\s+)"
                         r"(?:[^:\n]{1,40}:\s*)?")


def published_in(header: list[str]) -> dt.date | None:
    """The date the page header states: a line labelled "Published" first, then a line that is a date and
    little else ("April 29, 2025 Tuesday"), then any line with one; never when a copy was made."""
    header = [_CHAT_STAMP.sub("", line) for line in header if not _RETRIEVED_LABEL.match(line)]
    labelled = [line for line in header if _PUBLISHED_LABEL.search(line)]
    alone = [line for line in header if _mostly_a_date(line)]
    for line in labelled + alone + header:
        found = find_date(line)
        if found:
            return found
    return None


def strip_dateline(paragraph: str) -> tuple[str, str]:
    """Split ``GENEVA, Jan 10 (Agency) - Senior diplomats ...`` into the text and its dateline.

    The dateline says where the report was filed, when, and for which agency:
    metadata, not the story, and a shouted place name and an agency tag in the
    first sentence would only mislead the entity extraction.
    """
    m = _DATELINE.match(paragraph)
    if not m or not re.search(r"[A-Z]{3,}", m["place"]):
        return paragraph, ""
    return paragraph[m.end() :], m.group(0).strip()
