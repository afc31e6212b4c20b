"""The speed-ups in clues, resolve and quotes give the answers of the plain code they replace."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from generator.ingest import extract, resolve
from generator.ingest.clean import clean_document
from generator.ingest.occurrences import COUNTRY
from generator.ingest.read import read_document
from generator.ingest.resolve import _CLUB_VERBS_BEFORE, _CLUB_VERBS_BEFORE_ONE, _CLUB_VERBS_BEFORE_TWO

TESTS = Path(__file__).parent
ARTICLES = sorted(p for p in TESTS.glob("holdout4*/articles/*") if p.suffix in (".txt", ".html"))[:40]


def test_club_cues_looked_up_whole_are_the_scan_of_their_ends() -> None:
    words = sorted({w for cue in _CLUB_VERBS_BEFORE for w in cue} | {"the", "for", "said", "X"})
    for size in (0, 1, 2):
        for before in itertools.product(words, repeat=size):
            scan = any(before[-len(cue):] == cue for cue in _CLUB_VERBS_BEFORE)
            assert (before[-1:] in _CLUB_VERBS_BEFORE_ONE or before in _CLUB_VERBS_BEFORE_TWO) == scan, before


def _plain_groups(occs, paragraphs, closed_by_the=False):
    """coordination_groups as it was before the link's span was asked first (67f8334), lists only."""
    by_par = {}
    for o in occs:
        if not o.modifier and o.alias_of < 0:
            by_par.setdefault(o.paragraph, []).append(o)
    groups = []
    for p, items in by_par.items():
        toks = paragraphs[p].tokens
        items = sorted(items, key=lambda o: (o.first, -o.last))
        starting = {o.first: o for o in reversed(items)}
        current, closed, prev = [], False, None
        for o in items:
            if prev is not None and o.first < prev.last:
                continue
            if prev is not None and o.first == prev.last + 1 and toks[prev.last].text == "(":
                continue
            if prev is not None and o.first == prev.last and prev.kind == COUNTRY and current and current[-1] is prev:
                current[-1] = prev = o
                continue
            if prev is not None and resolve._pairs_of_x_of_y(prev, o, toks):
                pass
            elif prev is not None and resolve._linked(toks, resolve._past_brackets(toks, prev.last), o.first):
                owned = starting.get(o.last + 1) if o.last < len(toks) and toks[o.last].text == "'s" else None
                item = owned if owned is not None else o
                link = toks[o.first - 2 if closed_by_the and toks[o.first - 1].text == "the" else o.first - 1]
                closed = closed or link.text.lower() in ("and", "or", "&")
                current.append(item)
                prev = item
                continue
            if len(current) > 1 and (closed or resolve._ends_a_list(current, toks)):
                groups.append(current)
            current, closed = [o], False
            prev = o
        if len(current) > 1 and (closed or resolve._ends_a_list(current, toks)):
            groups.append(current)
    return groups


@pytest.mark.skipif(not ARTICLES, reason="no held-out articles")
def test_coordination_groups_are_the_plain_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = resolve.coordination_groups
    asked = []

    def both(occs, paragraphs, closed_by_the=False):
        groups = fast(occs, paragraphs, closed_by_the)
        plain = _plain_groups(occs, paragraphs, closed_by_the)  # (the bulleted lists come after these)
        assert [[id(o) for o in g] for g in groups[: len(plain)]] == [[id(o) for o in g] for g in plain]
        asked.append(len(plain))
        return groups

    monkeypatch.setattr(resolve, "coordination_groups", both)
    for path in ARTICLES:
        extract.annotate(clean_document(read_document(path)).article, [])
    assert len(asked) >= len(ARTICLES) and sum(asked) > 20


def test_a_digit_by_str_isdigit_wherever_the_score_pattern_reads_one() -> None:
    digit = re.compile(r"\d")
    assert all(chr(c).isdigit() for c in range(0x110000) if digit.fullmatch(chr(c)))
