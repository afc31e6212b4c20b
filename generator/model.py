"""The content model: frozen values keyed by id.

Stages pass these values along and refer to each other by id, never by
pointer, so any stage can be re-run for one item and results can be pickled
to worker processes or to the build cache.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field


def name_key(name: str) -> str:
    """Compare names without case, accents, dots or a leading 'the': 'the U.S.' == 'US'."""
    if name.isascii():
        text = name.casefold()  # (nothing to decompose: most names, and a character-by-character pass costs)
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("\u2019", "'").replace(".", "")
    text = re.sub(r"[^\w']+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


PRECISIONS = ("year", "month", "day")
_PARTIAL = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day: ``2014``, ``2021-11``, ``2021-11-12``.

    Ordering puts a less precise date before the more precise dates it contains
    (``2021-11`` < ``2021-11-01``), so a month-only event opens its month.
    """

    year: int
    month: int = 0
    day: int = 0

    @classmethod
    def parse(cls, value: object) -> "PartialDate":
        """Accept what YAML hands us (date, int, str); raise ValueError otherwise."""
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, bool):
            raise ValueError(value)
        if isinstance(value, int):
            text = str(value)
        elif isinstance(value, str):
            text = value.strip()
        else:
            raise ValueError(value)
        m = _PARTIAL.fullmatch(text)
        if not m:
            raise ValueError(value)
        year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
        if m[2] and not 1 <= month <= 12:
            raise ValueError(value)
        if m[3]:
            dt.date(year, month, day)  # raises ValueError for 2021-02-30
        return cls(year, month, day)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        return self.iso


@dataclass(frozen=True)
class ActorRef:
    """An article's reference to an actor: a name or id, and the role it states."""

    name: str  # as written in front matter; after annotate, the actor id
    role: str = ""
    line: int | None = None
    kind: str = ""  # a kind for an actor that has no file of its own
    aliases: tuple[str, ...] = ()  # other forms this article uses for the actor


@dataclass(frozen=True)
class Quote:
    speaker: str  # name as written; after annotate, the actor id ("" if unknown)
    text: str
    article: str = ""
    line: int | None = None


@dataclass(frozen=True)
class Event:
    """A dated happening. ``sources`` are the ids of the articles that report it."""

    id: str
    date: PartialDate
    text: str
    approx: bool = False
    actors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    links: tuple[str, ...] = ()  # external URLs (background events cite these)
    origin: str = ""  # the content file it came from
    line: int | None = None
    explicit_id: bool = False


@dataclass(frozen=True)
class Article:
    id: str
    path: str  # the content file, relative to the site root
    title: str
    date: dt.date | None
    body: str  # Markdown, as the analyst wrote it
    outlet: str = ""
    url: str = ""
    authors: tuple[str, ...] = ()
    credits: str = ""
    summary: str = ""
    notes: str = ""  # the analyst's own notes on the article (Markdown), kept apart from its text
    source_file: str = ""
    tags: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    actors: tuple[ActorRef, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    draft: bool = False
    old_ids: tuple[str, ...] = ()
    body_line: int = 1  # line of the body's first line in the file, for messages


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str = "actor"
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    affiliation: str = ""  # a name as written; after annotate, an actor id
    body: str = ""
    path: str = ""  # the actor file, "" when the actor only appears in articles
    old_ids: tuple[str, ...] = ()
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)
