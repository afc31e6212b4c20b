"""The speed work's quicker forms give the same answers as the plain ones they replaced (events, dates)."""

from __future__ import annotations

import random
import re

import pytest

from generator.ingest import dates, events
from generator.ingest.case_blind import CaseBlind

_VOCABULARY = (
    "will would Will WOULD could can't won't cannot 'll going to expected to plans to planned to hoped to "
    "is to was to not n't the a an two three ten several both 12 2024 days weeks months years by-elections "
    "so far to date year-to-date whole all rest course of the than in during for same month Monday said "
    "and but or so , . ; : ( ) - \u2019ll \u2019 \u2013 \u2014 x Y q"
).split()
_SPACES = (" ", " ", " ", "  ", "\n", "\t")


def _ascii_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rng.choice(_VOCABULARY) for _ in range(rng.randint(0, 14))]
        words = [w.upper() if rng.random() < 0.1 else w.capitalize() if rng.random() < 0.2 else w for w in words]
        text = "".join(w + rng.choice(_SPACES) for w in words)
        out.append(text if text.isascii() else text.encode("ascii", "ignore").decode())
    return out


@pytest.mark.parametrize("pattern", [events._FUTURE, events._COUNTED, dates._TALLY_BEFORE, dates._TALLY_AFTER])
def test_lowered_twin_finds_the_same_in_a_lower_cased_ascii_text(pattern: re.Pattern[str]) -> None:
    twin = CaseBlind(pattern).lowered
    for text in _ascii_texts(20000, hash(pattern.pattern) % 1000):
        lower = text.lower()
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in twin.finditer(lower)], text
        for pos in range(0, len(text) + 1, 7):  # (find_dates searches within bounds)
            a, b = pattern.match(text, pos), twin.match(lower, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)
            a, b = pattern.search(text, 0, pos), twin.search(lower, 0, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)


def test_case_blind_refuses_a_pattern_with_capitals() -> None:
    with pytest.raises(AssertionError):
        CaseBlind(re.compile(r"\bThe\b", re.I))


_LETTERS = "aZ\u00e9\u0130\u0131\u017f\u4e2d\u00b2_1\u0661 \t\n\u00a0\u3000.,'-"


def test_word_before_spaces_read_backwards_is_the_search_at_the_end() -> None:
    rng = random.Random(7)
    for _ in range(50000):
        before = "".join(rng.choice(_LETTERS) for _ in range(rng.randint(0, 12)))
        forward = re.search(r"([^\W\d_]+)\s*$", before)
        backward = dates._WORD_BEFORE_SPACES_REVERSED.match(before[::-1])
        assert (forward is None) == (backward is None), repr(before)
        if forward is not None:
            assert forward[1] == backward[1][::-1] and forward.start() == len(before) - backward.end(), repr(before)


def _plain_words(text: str) -> list[tuple[str, int, int, str]]:
    return [(m[0], m.start(), m.end(), m[0].lower()) for m in events._WORD.finditer(text)]


def test_words_are_the_plain_scan() -> None:
    rng = random.Random(11)
    pieces = _VOCABULARY + ["Erdo\u011fan", "\u0130stanbul", "U.S.", "co-op", "it's", "a_b", "3.5", "\u00c9lys\u00e9e"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice(_SPACES + ("", ".", ",")) for _ in range(rng.randint(0, 12)))
        words = events._words(text)
        assert [tuple(w) for w in words] == _plain_words(text), text
        assert all(type(w) is events._Word for w in words)
