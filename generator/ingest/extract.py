"""Annotate a cleaned article: actors, places, quotes, mentions and dated events.

``annotate`` is the stage the ingest pipeline calls between clean and merge.
Entities come first (quotes need to know who is who, events need to know
where each actor is named); the events helper gets the actors and mentions.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.ingest import gazetteer
from generator.ingest.entities import find_entities
from generator.ingest.events import find_events
from generator.ingest.published import strip_dateline
from generator.ingest.quotes import find_quotes
from generator.ingest.tokens import analyse
from generator.ingest.transcripts import is_transcript, speaker_label_as_written, without_speaker_label
from generator.ingest.types import Annotations, CleanArticle, KnownActor


def annotate(article: CleanArticle, known: Sequence[KnownActor]) -> Annotations:
    """Find who and what ``article`` names, who said what, and what it dates."""
    gaz = gazetteer.load()
    texts = list(article.paragraphs)
    told = list(article.paragraphs)  # what events are told in: a transcript's lines without their labels
    if is_transcript(texts):
        texts = [speaker_label_as_written(p) for p in texts]
        told = [without_speaker_label(p) for p in told]
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
