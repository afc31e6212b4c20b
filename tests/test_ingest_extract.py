"""``annotate``: the whole extract stage on a cleaned article, with the events stage plugged in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.ingest import extract
from generator.ingest.clean import clean_document
from generator.ingest.extract import annotate
from generator.ingest.read import read_document
from generator.ingest.types import CleanArticle, KnownActor

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "000_8d66660547645e52.txt"

ARTICLE = CleanArticle(
    title="Ministers Meet In Oslo",
    paragraphs=[
        "Norwegian Foreign Minister Espen Barth Eide met his Polish counterpart, Radoslaw Sikorski, in Oslo on Monday.",
        '"We agreed on everything that matters," Eide told reporters. Warsaw has pressed for more aid to Ukraine.',
        "Sikorski said Poland would host the next round in March.",
    ],
    published=dt.date(2024, 3, 4),
)


def test_annotate_finds_actors_places_quotes_and_mentions() -> None:
    ann = annotate(ARTICLE, [])
    actors = {a.name: a for a in ann.actors}
    assert actors["Espen Barth Eide"].role == "Norwegian Foreign Minister"
    assert actors["Espen Barth Eide"].aliases == ["Eide"]
    assert actors["Radoslaw Sikorski"].aliases == ["Sikorski"]
    assert set(actors["Poland"].aliases) == {"Polish", "Warsaw"}
    assert actors["Ukraine"].kind == "country"
    assert "Norway" not in actors  # only "Norwegian": the country itself is never named
    assert ann.places == ["Oslo"]
    assert [(q.speaker, q.text) for q in ann.quotes] == [("Espen Barth Eide", "We agreed on everything that matters")]
    for m in ann.mentions:
        assert m.actor in actors
        assert ARTICLE.paragraphs[m.paragraph][m.start : m.end] in [m.actor, *actors[m.actor].aliases]


def test_annotate_passes_actors_and_mentions_to_the_events_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = {}

    def fake_find_events(paragraphs, published, actors, mentions):
        seen.update(paragraphs=paragraphs, published=published, actors=actors, mentions=mentions)
        return []

    monkeypatch.setattr(extract, "find_events", fake_find_events)
    ann = annotate(ARTICLE, [])
    assert seen["paragraphs"] == ARTICLE.paragraphs
    assert seen["published"] == dt.date(2024, 3, 4)
    assert seen["actors"] == ann.actors and seen["mentions"] == ann.mentions


def test_annotate_dates_events_with_the_real_events_stage() -> None:
    ann = annotate(ARTICLE, [])
    assert "2024-03-04" in [e.date.iso for e in ann.events]


def test_registry_actors_take_their_ids_and_names() -> None:
    known = [KnownActor("poland", "Republic of Poland", "country", ("Poland", "Warsaw"))]
    ann = annotate(ARTICLE, known)
    poland = [a for a in ann.actors if a.id == "poland"]
    assert len(poland) == 1 and poland[0].name == "Republic of Poland"
    assert {m.actor for m in ann.mentions} >= {"Republic of Poland"}


@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/seeds (the team's shared folder) beside the repository")
def test_the_seed_article_is_annotated_fully() -> None:
    article = clean_document(read_document(SEED), date=dt.date(2021, 11, 12)).article
    ann = annotate(article, [])
    people = {a.name for a in ann.actors if a.kind == "person"}
    assert {"Sergei Lavrov", "Antony Blinken", "Alyaksandr Lukashenka", "Ursula von der Leyen"} <= people
    assert not any(a.name in ("AFP", "Reuters", "RFE/RL") for a in ann.actors)  # credit line only
    assert {"Paris", "Black Sea", "Crimea"} <= set(ann.places)


def test_a_dateline_kept_in_the_text_names_no_actor_and_no_place() -> None:
    article = CleanArticle(
        title="Port strike ends",
        paragraphs=[
            "BERGEN, May 3 (Northsea Wire) - Dock workers in the port ended a four-day strike on Friday, "
            "the union's leader, Kari Dahl, said.",
            '"We got what we asked for," Dahl told reporters in Stavanger.',
        ],
        published=dt.date(2024, 5, 3),
    )
    ann = annotate(article, [])
    names = {a.name for a in ann.actors}
    assert "Kari Dahl" in names
    assert not names & {"Northsea Wire", "BERGEN", "Bergen"}
    assert ann.places == ["Stavanger"]
    for m in ann.mentions:  # offsets still point into the text as printed, dateline and all
        assert m.paragraph != 0 or m.start > len("BERGEN, May 3 (Northsea Wire) - ")


def test_a_transcripts_capitalised_speaker_labels_name_people_and_their_posts():
    article = CleanArticle(title="Ferry strike ends", published=dt.date(2025, 4, 11), paragraphs=[
        "MIRA HOLT, HTN ANCHOR: Good evening. Ferry crews on the island routes ended their strike this afternoon.",
        "BEN ACHTERBERG, HTN SENIOR CORRESPONDENT (voice-over): The union says members backed the new rota.",
        "UNIDENTIFIED FEMALE: I waited four days for this boat.",
        "HOLT: Ben, thank you.",
    ])
    people = {a.name: a.role for a in annotate(article, []).actors if a.kind == "person"}
    assert people == {"Mira Holt": "HTN anchor", "Ben Achterberg": "HTN senior correspondent"}
    assert article.paragraphs[0].startswith("MIRA HOLT, HTN ANCHOR:")  # the text itself stays as printed


def test_a_transcripts_events_are_told_without_labels_and_a_person_spoken_to_is_no_he():
    article = CleanArticle(title="Ferry strike ends", published=dt.date(2025, 4, 11), paragraphs=[
        "MIRA HOLT, HTN ANCHOR: Good evening. The union's leader, Jonas Berg, spoke to the crews today.",
        "BEN ACHTERBERG, HTN CORRESPONDENT: That is the man to watch, Mira. He joined the union in 1998.",
        "HOLT: Ben, thank you. The first ferry sails on Saturday morning.",
    ])
    events = annotate(article, []).events
    texts = [e.text for e in events]
    assert "Jonas Berg joined the union in 1998" in texts  # the man told of, not "Mira Holt joined ..."
    assert not any("HOLT" in t or "ACHTERBERG" in t for t in texts)
