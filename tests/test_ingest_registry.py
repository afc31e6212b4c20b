"""The known-actor registry grows in place and keeps the first-registered-wins order."""

from generator.ingest.registry import Registry
from generator.ingest.types import KnownActor

ORR = KnownActor("dana-orr", "Dana Orr", "person", ("Orr",))
CRP = KnownActor("civic-renewal", "The Civic Renewal Party", "organization", ("CRP", "Orr"))


def test_every_name_and_alias_is_indexed_by_its_tokens_without_the_article():
    reg = Registry([CRP])
    assert reg.index[("Civic", "Renewal", "Party")] is CRP
    assert reg.index[("CRP",)] is CRP
    assert ("Civic", "Renewal") in reg.prefixes and ("Civic", "Renewal", "Party") not in reg.prefixes
    assert reg.max_key == 3
    assert reg.by_norm["civic renewal party"] is CRP


def test_an_actor_added_later_is_found_and_does_not_take_a_form_already_registered():
    reg = Registry([ORR])
    assert reg.max_key == 2 and ("Civic",) not in reg.prefixes
    reg.add(CRP)
    assert reg.index[("Orr",)] is ORR  # the shared alias stays with the first
    assert reg.index[("CRP",)] is CRP and reg.by_id["civic-renewal"] is CRP
    assert reg.max_key == 3 and ("Civic", "Renewal") in reg.prefixes
    assert list(reg) == [ORR, CRP] and len(reg) == 2 and reg[-1] is CRP


def test_of_wraps_a_list_and_passes_a_registry_through():
    reg = Registry([ORR])
    assert Registry.of(reg) is reg
    assert Registry.of([ORR, CRP]).by_id.keys() == {"dana-orr", "civic-renewal"}
