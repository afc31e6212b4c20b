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


def _word_salad(rng: random.Random, vocabulary: list[str], most: int, spaces: tuple[str, ...],
                twins: tuple[str, ...] = ()) -> str:
    """Up to ``most`` words of ``vocabulary`` in random case, with a letter that has a case-blind twin now and
    then, each followed by one of ``spaces``."""
    words = [rng.choice(vocabulary) for _ in range(rng.randint(0, most))]
    words = [w.upper() if rng.random() < 0.1 else w.capitalize() if rng.random() < 0.2 else w for w in words]
    if twins and rng.random() < 0.1:
        words.insert(rng.randint(0, len(words)), rng.choice(twins))
    return "".join(w + rng.choice(spaces) for w in words)


def _ascii_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = (_word_salad(rng, _VOCABULARY, 14, _SPACES) for _ in range(n))
    return [text if text.isascii() else text.encode("ascii", "ignore").decode() for text in texts]


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


# --- dates asked of lower-cased text, patterns that open on letters, lookups by bisection

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
_DATE_SPACES = (" ", " ", " ", "  ", "\n")


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [_word_salad(rng, _DATE_VOCABULARY, 16, _DATE_SPACES, _TWINS) for _ in range(n)]


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


_MARKS = ("he", "she", "He", "She", "HE", "the", "shed", "ahe", "h", "e", "s", "Polling", "polling", "POLLING",
          "Election", "election", "voting", "Voting", "referendum", "Referendum", "eferendum", "day", "Day", "days",
          "\u00e9", "\u0130", "_", "1", "2020", ".", "!", "?", "...", "?!", '"', "'", "\u201d", "\u2019", ")", "]",
          "(", "[", "\u201c", "\u2018", "\u00c9", "A", "Lt.", "U.S.", "Mr.", ",")
_GAPS = (" ", " ", "", "\n", "\t", "  ", "\u00a0")


def _mark_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_MARKS) + rng.choice(_GAPS) for _ in range(rng.randint(0, 14))) for _ in range(n)]


@pytest.mark.parametrize("quick, plain", [
    (events._PRONOUN, r"\b(?:he|she|He|She)\b"),
    (events._VOTING_DAY, r"(?:[Pp]olling|[Ee]lection|[Vv]oting|[Rr]eferendum)\s+[Dd]ay\b"),
    (events._SENTENCE_STOP, r"[.!?]+" + events._FULL_STOP[len("[.!?][.!?]*"):]),
])
def test_patterns_that_open_on_letters_find_what_the_plain_ones_find(quick: re.Pattern[str], plain: str) -> None:
    assert quick.pattern != plain
    slow = re.compile(plain)
    for text in _mark_texts(40000, len(plain)):
        assert [m.span() for m in quick.finditer(text)] == [m.span() for m in slow.finditer(text)], text
        for pos in range(0, len(text), 5):  # (searched from within the text)
            a, b = quick.search(text, pos), slow.search(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)


def test_a_clause_and_a_first_word_found_by_bisection_are_those_of_the_plain_scans() -> None:
    text = ("On Monday, the minister, who had resigned in May, said that the talks, which began on Friday, would "
            "resume; he did not say when.")
    exprs = dates.find_dates(text)
    sentence = events._Sentence(text, 0, [], [], {}, [], exprs)
    assert len(sentence.clauses) > 4
    for pos in range(-1, len(text) + 2):
        plain = next((i for i in range(len(sentence.clauses) - 1, 0, -1) if sentence.clauses[i].start <= pos), 0)
        assert sentence._clause_of(pos) == plain
    for start in range(0, len(text) + 2):
        first = next((w for w in sentence.words if w.start >= start), None)
        assert sentence._pronoun_subject(-1, [(start, len(text))]) == (
            first if first is not None and first.lower in ("he", "she") else None)
