"""Speed round 5 (events, dates): the quicker forms give the same answers as the plain ones they replaced."""

from __future__ import annotations

import random
import re

import pytest

from generator.ingest import dates

_DATE_VOCABULARY = (
    "the same day that morning later that night in the coming weeks within hours two days later a day earlier "
    "three weeks ago a week ago last week this month earlier this year later in the year today tonight yesterday "
    "Monday Friday's on Tuesday at 4pm shortly after 3 p.m. shortly afterwards after the vote before the meeting "
    "polling day at the end of the month a day after hours before days earlier weeks later after a year "
    "the year before recently lately in recent days over the weekend next spring last summer the summer of 2019 "
    "2019-03-05 in March 2020 May 3 the eve of the same news conference after midnight within a few minutes "
    "said afterwards reporters afterward the following day the previous evening in the afternoon by nightfall "
    "he she said was were had the a in on at of and , . ; : ( ) 12 2024 x Y"
).split()
_TWINS = ("\u0131", "\u0130", "\u017f", "\u0130stanbul", "Ba\u0131", "ſame", "DAYſ")
_SPACES = (" ", " ", " ", "  ", "\n")


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rng.choice(_DATE_VOCABULARY) for _ in range(rng.randint(0, 16))]
        words = [w.upper() if rng.random() < 0.1 else w.capitalize() if rng.random() < 0.2 else w for w in words]
        if rng.random() < 0.1:
            words.insert(rng.randint(0, len(words)), rng.choice(_TWINS))
        out.append("".join(w + rng.choice(_SPACES) for w in words))
    return out


def _plain_find_dates(monkeypatch: pytest.MonkeyPatch, texts: list[str]) -> list[str]:
    """find_dates with every finder asked case-blind of the text as written, as before the twins."""
    with monkeypatch.context() as m:
        m.setattr(dates, "_LOWERED", tuple(None for _ in dates._LOWERED))
        dates._finders_for.cache_clear()
        try:
            return [repr(dates.find_dates(t)) for t in texts]
        finally:
            dates._finders_for.cache_clear()


def test_finders_asked_lowered_find_the_same_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(30000, 5)
    plain = _plain_find_dates(monkeypatch, texts)
    assert sum(p != "[]" for p in plain) > 10000  # (the texts hold dates)
    assert [repr(dates.find_dates(t)) for t in texts] == plain


def test_most_case_blind_finders_have_a_lowered_twin() -> None:
    twins = [twin for twin in dates._LOWERED if twin is not None]
    assert len(twins) >= 20
    assert not any(twin.flags & re.I or "(?i" in twin.pattern for twin in twins)


@pytest.mark.parametrize("pattern, has_twin", [
    (r"(?i:\bthe\s+same\s+day\b)", True),
    (r"(?i:\b(?P<n>two|three)\s+days\b)", True),  # (the P of a group's name is no letter matched)
    (r"\b\d{4}-\d\d\b", True),
    (r"(?i:\bThe\s+same\s+day\b)", False),  # a capital in a case-blind group: asked lowered, it would find nothing
    (r"(?i:\bthe\s+eve\s+of)(?=\s+the\b)", False),  # "the" after it is case-sensitive
    (r"\ALater\b", False),
    (r"(?i:[a-z]+)(?-i:x)", False),
])
def test_a_pattern_has_a_lowered_twin_only_when_each_letter_is_case_blind_and_small(pattern: str, has_twin: bool) -> None:
    assert (dates._lowered_twin(re.compile(pattern)) is not None) == has_twin
