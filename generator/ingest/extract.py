"""Annotate a cleaned article: actors, places, quotes, mentions and dated events.

``annotate`` is the stage the ingest pipeline calls between clean and merge.
Entities come first (quotes need to know who is who, events need to know
where each actor is named); the events helper gets the actors and mentions.
"""

from __future__ import annotations

import re

from generator.ingest import gazetteer
from generator.ingest.entities import find_entities
from generator.ingest.events import find_events
from generator.ingest.published import strip_dateline
from generator.ingest.quotes import find_quotes
from generator.ingest.tokens import analyse
from generator.ingest.types import Annotations, CleanArticle, KnownActor


def annotate(article: CleanArticle, known: list[KnownActor]) -> Annotations:
    """Find who and what ``article`` names, who said what, and what it dates."""
    gaz = gazetteer.load()
    texts = list(article.paragraphs)
    told = list(article.paragraphs)  # what events are told in: a transcript's lines without their labels
    if sum(1 for p in texts if _SPEAKER_LABEL.match(p)) >= 3:  # a transcript: speakers labelled in capitals
        texts = [_speaker_label_as_written(p) for p in texts]
        told = [_without_speaker_label(p) for p in told]
    paragraphs = [analyse(i, text) for i, text in enumerate(_without_dateline(texts))]
    entities = find_entities(paragraphs, gaz, known)
    quotes = find_quotes(paragraphs, entities, gaz)
    spoken = [m for m in entities.mentions if told[m.paragraph][m.start : m.start + 1].strip()]
    events = find_events(told, article.published, entities.actors, spoken)
    return Annotations(
        actors=entities.actors,
        places=entities.places,
        quotes=quotes,
        events=events,
        mentions=entities.mentions,
    )


def _without_dateline(paragraphs: list[str]) -> list[str]:
    """The paragraphs with the first one's dateline ("HARARE (Wire) - ") blanked, offsets kept.

    The dateline stays in the article as printed, but it says where and for
    whom the report was filed: its shouted place and agency name no actor
    and no place of the story.
    """
    if paragraphs:
        lead, dateline = strip_dateline(paragraphs[0])
        if dateline:
            paragraphs[0] = " " * (len(paragraphs[0]) - len(lead)) + lead
    return paragraphs


# a transcript's speaker label: "HOLLIS GRANT, MNN ANCHOR:", "POPE LEO XIV (through translator):", "GRANT:"
_SPEAKER_LABEL = re.compile(
    r"(?P<name>[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019.\- ]{1,60}?)(?P<role>,\s*[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de0-9'\u2019.,&\- ]{1,120}?)?"
    r"(?P<aside>\s*\([^)]{1,40}\))?:\s+(?=.*[a-z])")
_ROMAN = re.compile(r"[IVXLC]+")
_NO_ONE = frozenset("UNIDENTIFIED UNKNOWN CROWD ANNOUNCER CROSSTALK GROUP VOICE VOICES".split())
_LABEL_SMALL_WORDS = frozenset("OF THE AND FOR TO IN ON AT A AN".split())


def _without_speaker_label(paragraph: str) -> str:
    """A transcript's line with its speaker label blanked, offsets kept: "He joined the mission in 1985" is
    what the speaker said, and the label is no actor of it."""
    m = _SPEAKER_LABEL.match(paragraph)
    return " " * m.end() + paragraph[m.end() :] if m else paragraph


def _speaker_label_as_written(paragraph: str) -> str:
    """A broadcast transcript's capitalised speaker label in ordinary case, length kept: "Hollis Grant, MNN
    anchor." names a person and her post as a news text would; shouted, it read as no one's name."""
    m = _SPEAKER_LABEL.match(paragraph)
    if m is None:
        return paragraph
    words = m["name"].split()
    if words[0] in _NO_ONE:
        name = m["name"].lower()
    else:
        name = " ".join(w if _ROMAN.fullmatch(w) and len(words) > 1 else w.capitalize() for w in words)
        name = name + m["name"][len(m["name"].rstrip()):]
    role = ""
    if m["role"]:
        role = re.sub(r"[A-Z\u00c0-\u00de'\u2019.&-]+", lambda w: w[0] if len(w[0]) <= 4 and w[0] not in _LABEL_SMALL_WORDS
                      else w[0].lower(), m["role"])
    rest = paragraph[m.end("name") + len(m["role"] or ""):]
    colon = rest.index(":")  # the label ends as a sentence does: "Mira Holt, HTN anchor. Good evening."
    return name + role + rest[:colon] + "." + rest[colon + 1 :]
