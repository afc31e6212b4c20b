"""The quick looks in front of slow searches must let through every line the searches find.

Lines are drawn at random from the patterns themselves (read through the regex parser), set in random text,
with capitals and the letters a case-blind search reads as ASCII (ı, İ, ſ, the Kelvin sign).
"""

from __future__ import annotations

import random
import re
import string
from re import _constants as C
from re import _parser

from generator.ingest import lines as L

_POOL = string.ascii_letters + string.digits + string.punctuation + " \u00a0\u00e9\u0131\u0130\u017f\u212a\u2019\u201c"
_CATEGORIES = {
    C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W", C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D",
}
_TWINS = {"i": "I\u0130\u0131", "s": "S\u017f", "k": "K\u212a"}


def _in_set(ch: str, items) -> bool:
    negate, hit = False, False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit |= ord(ch) == av
        elif op is C.RANGE:
            hit |= av[0] <= ord(ch) <= av[1]
        elif op is C.CATEGORY:
            hit |= re.fullmatch(_CATEGORIES[av], ch) is not None
    return hit != negate


def _sample(items, rnd: random.Random, out: list[str], blind: bool) -> None:
    """Append to ``out`` a random text the parsed pattern ``items`` matches (look-aheads' text included)."""
    for op, av in items:
        if op is C.LITERAL:
            ch = chr(av)
            if blind and ch.isalpha() and rnd.random() < 0.3:
                ch = rnd.choice(ch.upper() + _TWINS.get(ch.lower(), ""))
            out.append(ch)
        elif op is C.NOT_LITERAL:
            out.append(rnd.choice([c for c in _POOL if ord(c) != av]))
        elif op is C.ANY:
            out.append(rnd.choice(_POOL))
        elif op is C.IN:
            own = [chr(v) for o, v in av if o is C.LITERAL] + [chr(rnd.randint(*v)) for o, v in av if o is C.RANGE]
            out.append(rnd.choice([c for c in _POOL + "".join(own) if _in_set(c, av)]))
        elif op is C.BRANCH:
            _sample(rnd.choice(av[1]), rnd, out, blind)
        elif op is C.SUBPATTERN:
            _, add, remove, sub = av
            inner = (blind or bool(add & C.SRE_FLAG_IGNORECASE)) and not remove & C.SRE_FLAG_IGNORECASE
            _sample(sub, rnd, out, inner)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, high, sub = av
            for _ in range(rnd.randint(low, min(high, low + 3))):
                _sample(sub, rnd, out, blind)
        elif op is C.ASSERT and av[0] == 1:
            _sample(av[1], rnd, out, blind)  # a look-ahead: the text it asks for follows
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            pass  # (anchors and look-behinds: a line that breaks them is left out below)
        else:
            raise AssertionError(f"op {op} not handled")


def _lines(pattern: re.Pattern[str], count: int, seed: int, blind: bool = False):
    rnd = random.Random(seed)
    parsed = list(_parser.parse(pattern.pattern, pattern.flags))
    words = ["the", "Story", "reads", "this", "", "No. 7.", "\u201cQuote\u201d", "you", "here:"]
    for n in range(count):
        out: list[str] = []
        _sample(parsed, rnd, out, blind)
        found = "".join(out)
        before = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 3)))
        after = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 3)))
        yield found if n % 3 == 0 else f"{before} {found} {after}" if n % 3 == 1 else found + after


def _old_is_boilerplate(text: str) -> bool:
    lower = text.lower()
    if L._ANY_BOILERPLATE_WORD.search(lower):
        return bool(L._BOILERPLATE.search(lower) or L._may_be_cased_boilerplate(lower) and L._CASED_BOILERPLATE.search(text))
    return False


def test_every_boilerplate_line_holds_a_cue():
    found = 0
    for line in _lines(L._BOILERPLATE, 60000, seed=1):
        line = line.lower()
        if L._BOILERPLATE.search(line):
            found += 1
            assert L._BOILERPLATE_CUE.search(line) or line.startswith(L._BOILERPLATE_OPENERS), line
    assert found > 30000


def test_every_cased_boilerplate_line_holds_you_or_ered_w():
    found = 0
    for line in _lines(L._CASED_BOILERPLATE, 20000, seed=2, blind=True):
        if L._CASED_BOILERPLATE.search(line):
            found += 1
            lower = line.lower()
            assert "you" in lower or "ered w" in lower, line
    assert found > 10000


def test_is_boilerplate_answers_as_before():
    drawn = [*_lines(L._BOILERPLATE, 20000, seed=3), *_lines(L._CASED_BOILERPLATE, 5000, seed=4, blind=True)]
    rnd = random.Random(5)
    variants = []
    for line in drawn:
        variants += [line, line.upper(), line.title(), line[: rnd.randint(0, len(line))], line[rnd.randint(0, len(line)) :]]
    assert sum(map(_old_is_boilerplate, variants)) > 10000
    for line in variants:
        assert L._is_boilerplate(line) == _old_is_boilerplate(line), line


def test_every_date_holds_the_hint():
    from generator.ingest.published import DATES, may_hold_date

    for i, pattern in enumerate(DATES):
        found = 0
        for line in _lines(pattern, 3000, seed=10 + i, blind=bool(pattern.flags & re.I)):
            if pattern.search(line):
                found += 1
                assert may_hold_date(line), line
        assert found > 1000, pattern.pattern


def test_every_temperature_holds_a_digit_or_humidity():
    found = 0
    for line in _lines(L._TEMPERATURE, 5000, seed=20):
        if L._TEMPERATURE.search(line):
            found += 1
            assert L._may_hold_temperature(line), line
    assert found > 2000


def test_rule_reads_the_line_as_with_its_spaces_taken_out():
    old = re.compile(r"[-=_~*#\u2014\u2013\u2500\u2550]{10,}")
    rnd = random.Random(30)
    for _ in range(50000):
        line = "".join(rnd.choice("-=_~*#\u2014\u2013\u2500\u2550  \t\u00a0a.") for _ in range(rnd.randint(0, 30)))
        assert bool(L._RULE.fullmatch(line)) == bool(old.fullmatch(line.replace(" ", ""))), line


def test_latin_share_counts_as_letter_by_letter():
    from generator.ingest.classify import _latin_share

    def letter_by_letter(text: str) -> tuple[int, int]:
        letters = [c for c in text if c.isalpha()]
        return sum(1 for c in letters if c < "\u0250" or "\u1e00" <= c <= "\u1eff"), len(letters)

    rnd = random.Random(40)
    pool = [chr(c) for c in range(0x3000) if not 0xD800 <= c <= 0xDFFF] + ["\U0001f600", "\U00020000"]
    for _ in range(20000):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 40)))
        assert _latin_share(text) == letter_by_letter(text), text


def test_self_description_as_the_pattern():
    def span(m):
        return m.span() if m else None

    lines = [*_lines(L.SELF_DESCRIPTION, 5000, seed=50), "The editors work late.", "Reporters cover it."]
    assert sum(1 for line in lines if L.SELF_DESCRIPTION.match(line)) > 1000
    for line in lines:
        assert span(L.self_description(line)) == span(L.SELF_DESCRIPTION.match(line)), line


_CASE_BLIND = ("_NAV", "_LABELLED", "_PHOTO", "_BYLINE_WORDS")


# (that each is written in small letters: tests/test_case_blind.py)


def test_a_case_blind_class_of_capitals_is_the_class_of_small_letters():
    import sys

    capitals, small = re.compile("[A-Z]", re.I), re.compile("[a-z]", re.I)
    for c in map(chr, range(sys.maxunicode + 1)):
        assert bool(capitals.fullmatch(c)) == bool(small.fullmatch(c)), hex(ord(c))


def test_case_blind_patterns_answer_as_the_case_blind_search():
    rnd = random.Random(60)
    for n, name in enumerate(_CASE_BLIND):
        blind = getattr(L, name)
        drawn = list(_lines(blind.blind, 8000, seed=61 + n, blind=True))
        lines = [*drawn, *(line.upper() for line in drawn), *(line[rnd.randint(0, len(line)) :] for line in drawn)]
        found = 0
        for line in lines:
            for how in ("match", "fullmatch", "search"):
                expected = getattr(blind.blind, how)(line) is not None
                found += expected
                assert getattr(blind, how)(line) == expected, (name, how, line)
        assert found > 5000, name


def test_stems_as_with_the_unicode_letters():
    from generator.ingest import headline as H

    rng = random.Random(5)
    alphabet = string.ascii_letters + string.digits + " '_-.,\u2019"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        lower = text.lower()
        assert H._ASCII_STEM_WORD.findall(lower) == H._STEM_WORD.findall(lower)


def test_every_white_space_but_the_plain_space_is_unprintable():
    # _spaced_as_one relies on it: str.split's white space in a printable line can only be " "
    for cp in range(0x110000):
        c = chr(cp)
        if c.isspace() and c != " ":
            assert not c.isprintable(), hex(cp)


def test_spaced_as_one_says_yes_only_when_the_join_gives_the_line_back():
    rng = random.Random(7)
    alphabet = "ab \t\n\u00a0\u2009\u3000\u2028\x85\x1f.é"
    for _ in range(50000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        if L._spaced_as_one(line):
            assert " ".join(line.split()) == line, repr(line)


def test_a_line_the_credits_look_passes_over_holds_no_credit():
    # _title_the_page_credits skips a line with no "(", no "Download" and no "By" at its start
    from generator.ingest import bylines as B

    rng = random.Random(11)
    pieces = ["(", ")", "/", "Download ", "the ", "By ", "by ", "Erbil Today", " app", " staff", "x", " ", "BY "]
    for _ in range(40000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if "(" not in line and "Download" not in line and not line.startswith("By"):
            assert B._CREDITED.search(line) is None, line
