"""The gazetteer's data files: they load, and they hold together."""

from __future__ import annotations

import pytest

from generator.ingest import gazetteer
from generator.ingest.gazetteer import fold, key_of


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


def test_load_is_done_once_and_is_immutable(gaz: gazetteer.Gazetteer) -> None:
    assert gazetteer.load() is gaz
    with pytest.raises(TypeError):
        gaz.lexicon[("Atlantis",)] = ()  # type: ignore[index]


@pytest.mark.parametrize(
    "name, kind, canonical",
    [
        ("U.S.", "country", "United States"),
        ("Britain", "country", "United Kingdom"),
        ("Kyiv", "capital", "Ukraine"),
        ("Russians", "demonym", "Russia"),
        ("Côte d'Ivoire", "country", "Ivory Coast"),
        ("CSTO", "org", "Collective Security Treaty Organization"),
        ("Crimean Peninsula", "place", "Crimea"),
    ],
)
def test_names_lead_to_their_entity(gaz: gazetteer.Gazetteer, name: str, kind: str, canonical: str) -> None:
    assert (kind, canonical) in [(e.kind, e.name) for e in gaz.lookup(key_of(name))]


def test_a_seat_of_government_can_stand_for_a_body_other_than_its_country(gaz: gazetteer.Gazetteer) -> None:
    (brussels,) = [e for e in gaz.lookup(key_of("Brussels")) if e.kind == "capital"]
    assert brussels.name == "Belgium" and brussels.governs == "European Union"


def test_every_country_has_its_name_among_its_forms_and_a_demonym_when_listed(gaz: gazetteer.Gazetteer) -> None:
    for country in gaz.country_names:
        assert gaz.forms_of[country][0] == country
        assert ("country", country) in [(e.kind, e.name) for e in gaz.lookup(key_of(country))]
    assert len(gaz.country_names) >= 190
    assert gaz.demonym_of["Russia"] == "Russian"


def test_prefixes_let_a_lookup_stop_early(gaz: gazetteer.Gazetteer) -> None:
    key = key_of("Organization for Security and Co-operation in Europe")
    assert all(key[:n] in gaz.prefixes for n in range(1, len(key)))
    assert key in gaz.lexicon


def test_word_lists(gaz: gazetteer.Gazetteer) -> None:
    assert {"said", "told", "warned", "saying"} <= gaz.speech_verbs
    assert "spokesman" in gaz.role_heads and "foreign" in gaz.role_modifiers and "mr" in gaz.honorifics
    assert "Ministry" in gaz.org_cues and "Sea" in gaz.place_cues and "Treaty" in gaz.thing_cues
    assert fold("Sergei") in gaz.first_names


def test_the_broad_given_name_list_leaves_out_common_words_and_what_the_gazetteer_knows(gaz: gazetteer.Gazetteer) -> None:
    assert len(gaz.given_names) > 15_000 and {"Dismas", "Sione", "Jhon", "Mwaura"} <= gaz.given_names
    assert gaz.first_names <= gaz.given_names  # the broad list takes in the hand-made one
    broad_only = gaz.given_names - gaz.first_names
    assert not {"Hope", "Will", "May", "Jordan", "Georgia", "Christian", "Saint", "Van"} & broad_only


def test_fold_strips_accents_and_unifies_apostrophes_but_keeps_case() -> None:
    assert fold("Côte d\u2019Ivoire") == "Cote d'Ivoire"
    assert fold("López") == "Lopez"


def test_the_world_list_adds_whole_places_and_keeps_single_words_for_context() -> None:
    gaz = gazetteer.load()
    assert [e.kind for e in gaz.lookup(gazetteer.key_of("South Kivu"))] == ["place"]
    assert gaz.lookup(gazetteer.key_of("Ishikawa")) == ()  # a surname too: only context makes it a place
    assert "Ishikawa" in gaz.world_words
    assert gaz.lookup(gazetteer.key_of("South-East")) == ()  # a direction, not the district of that name


def test_fold_strips_marks_that_live_inside_the_letter() -> None:
    assert gazetteer.fold("Işıl") == "Isil"
    assert gazetteer.fold("Bjørn Łukasz") == "Bjorn Lukasz"
    assert gazetteer.fold("Ayşe Çağla Ñuño") == "Ayse Cagla Nuno"


def test_a_word_with_accents_the_data_lacks_is_no_demonym_or_short_body() -> None:
    gaz = gazetteer.load()
    assert [e.kind for e in gaz.lookup_word(("Turk",), "Turk")] == ["demonym"]
    assert not gaz.lookup_word(("Turk",), "Türk")  # a surname, not the people noun
    assert not gaz.lookup_word(("Isil",), "Işıl")  # a given name, not the armed group
    assert [e.kind for e in gaz.lookup_word(("Turkiye",), "Türkiye")] == ["country"]  # the data spells it so


def test_large_companies_legislatures_and_the_eurogroup_are_known_bodies() -> None:
    gaz = gazetteer.load()
    for name in ("Samsung", "Toyota", "Legislative Yuan", "Eurogroup", "Saeima", "Folketing"):
        assert any(e.kind == "org" for e in gaz.lookup(key_of(name))), name
    assert not gaz.lookup(key_of("Total"))  # a common word alone names no company
