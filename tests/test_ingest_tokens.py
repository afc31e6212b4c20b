"""Tokens, sentences and quotations with offsets: what entity and quote finding stand on."""

from __future__ import annotations

import pytest

from generator.ingest.tokens import analyse, blank_markdown, find_quotations, tokenize


def sentences(text: str) -> list[str]:
    par = analyse(0, text)
    return [par.plain[par.tokens[a].start : par.tokens[b - 1].end] for a, b in par.sentences]


def test_tokens_keep_offsets_and_split_possessives() -> None:
    text = "Russia's envoy met Jean-Yves Le Drian in the U.S. capital."
    toks = tokenize(text)
    assert [t.text for t in toks][:4] == ["Russia", "'s", "envoy", "met"]
    assert "Jean-Yves" in [t.text for t in toks] and "U.S." in [t.text for t in toks]
    assert all(text[t.start : t.end] == t.text for t in toks)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Smith met Gen. Ali. They talked.", ["Mr. Smith met Gen. Ali.", "They talked."]),
        ("George W. Bush spoke. He left.", ["George W. Bush spoke.", "He left."]),
        ("She posted on X. Then she left.", ["She posted on X.", "Then she left."]),
        # after a one-letter capital, a capitalised function word opens a sentence: no initial
        ("It went to Annex B. The rest stayed.", ["It went to Annex B.", "The rest stayed."]),
        ("Filed under Plan C. She signed it.", ["Filed under Plan C.", "She signed it."]),
        ("Harry S. Truman spoke. He left.", ["Harry S. Truman spoke.", "He left."]),
        ("Talks with the U.S. The envoy left.", ["Talks with the U.S.", "The envoy left."]),
        ("Aid to the U.S. Army grew.", ["Aid to the U.S. Army grew."]),
        # a quotation holds whole sentences without splitting the one around it
        ('"We came. We left," he said. Then silence.', ['"We came. We left," he said.', "Then silence."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_words_that_open_sentences_quotations_and_datelines_are_marked() -> None:
    par = analyse(0, 'KYIV \u2014 Talks ended. "Nothing moved," Peskov said.')
    initial = [t.text for t in par.tokens if t.initial]
    assert initial == ["KYIV", "Talks", "Nothing"]


def test_markdown_is_blanked_without_moving_offsets() -> None:
    text = "Said [Ana Lopes](https://x.org/a) and *Moscow*."
    plain = blank_markdown(text)
    assert len(plain) == len(text)
    assert plain.split() == ["Said", "Ana", "Lopes", "and", "Moscow", "."]
    assert plain.index("Ana Lopes") == text.index("Ana Lopes") and plain.index("Moscow") == text.index("Moscow")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said \u201cyes\u201d and \u201cno.\u201d", ["yes", "no."]),
        ('He said "yes" and left.', ["yes"]),
        ("She called it a \u2018victory\u2019 for all.", ["victory"]),
        ("Officials said 'we are moving forward, street by street.'", ["we are moving forward, street by street."]),
        ("The countries' leaders don't agree.", []),
        ("\u201cThe first paragraph runs on", ["The first paragraph runs on"]),
    ],
)
def test_quotation_marks(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotations(text)] == expected


def test_letters_of_any_alphabet_and_decomposed_accents_stay_inside_words() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Şanlıurfa's mayor met Grétar Ødegård in Łódź.")
    words = [t.text for t in tokenize(text) if t.word]
    assert [unicodedata.normalize("NFC", w) for w in words] == ["Şanlıurfa", "mayor", "met", "Grétar", "Ødegård", "in", "Łódź"]


def test_a_possessive_reads_the_same_whatever_its_apostrophe() -> None:
    curly, straight = tokenize("the council\u2019s chair"), tokenize("the council's chair")
    assert [t.text for t in curly] == [t.text for t in straight] == ["the", "council", "'s", "chair"]
    assert curly[2].start == 11 and curly[2].end == 13  # still the original characters
