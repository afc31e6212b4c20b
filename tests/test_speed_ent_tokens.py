"""Speed rewrites in tokens.py give what the plain loops they replaced gave."""

from __future__ import annotations

import random

from generator.ingest.tokens import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    Quotation,
    _QUOTE_MARK,
    _QUOTE_MARKS,
    _single_close,
    _trim,
    find_quotations,
    is_nickname,
    opens_quotation,
)


def _find_quotations_by_characters(text: str) -> list[Quotation]:
    """find_quotations as it was: the closing mark looked for one character at a time."""
    out: list[Quotation] = []
    n = len(text)
    m = _QUOTE_MARK.search(text)
    i = m.start() if m else n
    while i < n:
        ch = text[i]
        if ch not in _QUOTE_MARKS:
            m = _QUOTE_MARK.search(text, i)
            if m is None:
                break
            i = m.start()
            ch = text[i]
        if ch in OPEN_QUOTES or (ch in '"\u201d' and opens_quotation(text, i)):
            closers = {'"': '"\u201d', "\u201d": '\u201d"', "\u201e": "\u201c\u201d"}.get(ch, CLOSE_QUOTES)
            j = i + 1
            while j < n and text[j] not in closers:
                if ch in OPEN_QUOTES and text[j] in OPEN_QUOTES:
                    break
                j += 1
            if j < n and text[j] in closers:
                out.append(Quotation(i + 1, j, i, j))
                i = j + 1
                continue
            if j >= n:
                out.append(Quotation(i + 1, n, i, n, runs_on=True))
                break
            out.append(Quotation(i + 1, j, i, j, runs_on=True))
            i = j
            continue
        if ch in "\u2018'" and opens_quotation(text, i):
            close = _single_close(text, i)
            if close > 0:
                out.append(Quotation(i + 1, close, i, close))
                i = close + 1
                continue
        i += 1
    return [_trim(text, q) for q in out if text[q.start:q.end].strip() and not is_nickname(text, q)]


def test_find_quotations_searches_for_the_closing_mark_as_the_loop_did() -> None:
    pieces = list("ab s.,-'\u2019\"\u201c\u201d\u00ab\u00bb\u201e\u2018 AB") + ["  ", "s ", "x'", "'s", "Mr", " Bo "]
    rnd = random.Random(7)
    texts = [
        '"We will," he said. \u201cNot now.\u201d',
        "\u201eJa\u201c, sagte er, \u201dnej\u201d och \u00abnon\u00bb",
        "\u201cOne \u201cTwo\u201d three",
        'Francis "Chiz" Escudero said "it runs on',
    ]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30))) for _ in range(50_000)]
    for text in texts:
        assert find_quotations(text) == _find_quotations_by_characters(text), text
