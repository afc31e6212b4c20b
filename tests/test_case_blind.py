"""The grounds of ``generator/ingest/case_blind.py``: where a case-blind pattern may be asked of lower-cased text."""

from __future__ import annotations

import re
import sys

import pytest

from generator.ingest import dates, events, lines
from generator.ingest.case_blind import CaseBlind, has_case_blind_twin


def test_only_the_twins_are_read_as_ascii_letters_case_blind_but_not_lowered_to_them() -> None:
    letter = re.compile("[a-z]", re.I)
    odd = [c for c in map(chr, range(sys.maxunicode + 1))
           if bool(letter.fullmatch(c)) != (c.lower()[:1].isascii() and c.lower()[:1].isalpha())]
    assert all(has_case_blind_twin(c) for c in odd), [hex(ord(c)) for c in odd if not has_case_blind_twin(c)]


def test_lowering_keeps_a_texts_length_but_for_a_twin() -> None:
    longer = [c for c in map(chr, range(sys.maxunicode + 1)) if len(c.lower()) != 1]
    assert all(has_case_blind_twin(c.lower()) for c in longer), [hex(ord(c)) for c in longer]


@pytest.mark.parametrize("asked", [lines._NAV, lines._LABELLED, lines._PHOTO, lines._BYLINE_WORDS,
                                   dates._TALLIES_BEFORE, dates._TALLIES_AFTER,
                                   events._FUTURE_LOWERED, events._COUNTED_LOWERED])
def test_every_case_blind_pattern_asked_lowered_is_written_in_small_letters(asked: CaseBlind) -> None:
    assert asked.blind.flags & re.I and "(?-i" not in asked.blind.pattern
    assert not any(c.isupper() for c in re.sub(r"\\.", "", asked.blind.pattern))


def test_a_text_with_a_twin_is_asked_of_the_case_blind_pattern() -> None:
    asked = CaseBlind(re.compile(r"\bis\b", re.I))
    assert asked.search("Iſ it") and asked.search("İS IT") and asked.search("This IS it")
    assert asked.pick("İs")[0] is asked.blind and asked.pick("Is")[0] is asked.lowered
