"""Patterns rewritten to be searched quicker find the same matches as the ones they replace, on random text."""

from __future__ import annotations

import random
import re

from generator.ingest import lines as L
from generator.ingest import published as P

# the date patterns as they were written before they opened on a digit
_OLD_DATES = [
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})-(?P<mon>\d{2})-(?P<day>\d{2})(?!\d)"),
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>(?:19|20)\d{2})(?![\d.])"),
    re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d{2})(?![\d/])"),
    re.compile(r"(?<![\w])(?P<day>\d{1,2})(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?P<short>\d{2})(?!\w)"),
]
_POOL = "0123456789" * 4 + "./-: ,a|>\u2022\u00b7\u203a\u00bb\u00a0\t" + "JanOctDecMay" + "\u0131\u0130\u017f"


def _random_texts(seed: int, count: int):
    rnd = random.Random(seed)
    pieces = ["2024-01-02", "19991-2-2", "15.03.2022", "1.2.2020", "27/11/2024", "11/27/2024", "27Oct25", "5Jan25",
              "March 29, 2025", "29 march 2025", "29th of SEPT 2025", "\u017fep 3, 2024", "Nav | Home", "a / b", " > "]
    for _ in range(count):
        parts = [rnd.choice(pieces) if rnd.random() < 0.4
                 else "".join(rnd.choice(_POOL) for _ in range(rnd.randint(0, 6))) for _ in range(rnd.randint(1, 5))]
        yield rnd.choice(["", " "]).join(parts)


def _matches(pattern: re.Pattern[str], text: str):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_dates_opening_on_a_digit_match_as_before():
    for text in _random_texts(1, 40000):
        for old, new in zip(_OLD_DATES, P.DATES[2:]):
            assert _matches(old, text) == _matches(new, text), (new.pattern, text)


def test_lowered_dates_find_what_the_case_blind_ones_find():
    def folded(matches):
        return [(span, {k: v and v.lower() for k, v in groups.items()}) for span, groups in matches]

    for text in _random_texts(2, 40000):
        for variant in (text, text.upper(), text.title()):
            assert P.holds_date(variant) == any(p.search(variant) for p in P.DATES), variant
            asked = [folded(_matches(p, subject)) for p, subject in P._date_searches(variant)]
            assert asked == [folded(_matches(p, variant)) for p in P.DATES], variant


def test_menu_separator_look_finds_the_lines_the_pattern_finds():
    for text in _random_texts(3, 40000):
        assert bool(L._MENU_SEPARATOR.search(text)) == bool(L.MENU_SEPARATORS.search(text)), text


def test_by_line_patterns_need_by_in_the_lower_cased_line():
    # only "b", "B", "y" and "Y" are those letters to a case-blind match (every code point tried)
    import sys

    blind = re.compile("[by]", re.I)
    assert {chr(c) for c in range(sys.maxunicode + 1) if blind.fullmatch(chr(c))} == set("bByY")
    for text in ["By Jane Roe", "BY: THE DESK", "Words by Jane Roe", "Text/Photos by J. Roe", "Автор / By: Aýna",
                 "Reported by Jane Roe", "PHOTOGRAPHS BY JOHN DOE"]:
        assert L.BYLINE.match(text) or L.CREATORS.match(text), text
        assert "by" in text.lower()
    rnd = random.Random(9)
    for _ in range(20000):
        text = "".join(rnd.choice(["By ", "by", "bY: ", "Jane ", "Roe", "/", " ", "Words ", "the ", "\u0130", "x"])
                       for _ in range(rnd.randint(1, 6)))
        if L.BYLINE.match(text) or L.CREATORS.match(text):
            assert "by" in text.lower(), text
        assert L.is_byline(text, text.lower()) == L.is_byline(text), text
