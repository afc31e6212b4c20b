"""Values passed between the ingest stages.

These are the contracts between ``read``/``clean`` (text in), ``extract``
(entities, quotes, events) and ``merge`` (files out). Keep them plain so each
stage can be tested on its own with hand-made values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from generator.model import PartialDate


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A raw input file, decoded. ``kind`` is ``txt``, ``html`` or ``md``."""

    path: Path
    kind: str
    text: str


@dataclass(slots=True)
class CleanArticle:
    """The article with page furniture removed.

    ``paragraphs`` are the body paragraphs in reading order, as plain text
    (for ``.md`` input, as the Markdown paragraphs). ``published`` is None when
    neither ``--date`` nor the page states a date plainly.
    """

    title: str
    paragraphs: list[str]
    published: dt.date | None = None
    outlet: str = ""
    url: str = ""
    authors: list[str] = field(default_factory=list)
    credits: str = ""
    language: str = "en"


@dataclass(frozen=True, slots=True)
class KnownActor:
    """An actor already in ``content/actors/``: names resolve to it first."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(slots=True)
class FoundActor:
    """An actor the article names, once, under its fullest form."""

    name: str  # canonical: the fullest form in the text, or the registry's name
    kind: str  # person | organization | country
    aliases: list[str] = field(default_factory=list)  # other forms the text uses
    role: str = ""  # as the text states it
    id: str = ""  # the registry id when the actor is known, else ""


@dataclass(frozen=True, slots=True)
class Mention:
    """Where the text names an actor: paragraph index and character span."""

    actor: str  # FoundActor.name
    paragraph: int
    start: int
    end: int


@dataclass(slots=True)
class FoundQuote:
    speaker: str  # FoundActor.name, or "" when the text names no clear speaker
    text: str  # the quoted words, without quotation marks


@dataclass(slots=True)
class FoundEvent:
    date: PartialDate
    text: str  # a short statement of what happened
    approx: bool = False
    actors: list[str] = field(default_factory=list)  # FoundActor.name values
    evidence: str = ""  # the passage that dates it


@dataclass(slots=True)
class Annotations:
    actors: list[FoundActor] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    quotes: list[FoundQuote] = field(default_factory=list)
    events: list[FoundEvent] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
