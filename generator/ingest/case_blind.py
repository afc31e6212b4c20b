"""Case-blind patterns asked of lower-cased text, where that gives the same answer at the same places.

sre skips an alternative by its first letter only in a case-sensitive pattern and tries every alternative
of a case-blind one in full, so a case-blind pattern written in lower case is several times quicker asked,
without ``re.I``, of the lower-cased text. The two agree on every text without "ı", "ſ" or "İ" (lower-casing
changes no character's class and keeps the text's length; a case-blind match takes a character for a letter
exactly when its lower case is that letter: every code point was tried). Those three letters, which ``re.I``
reads as ASCII and ``str.lower()`` does not make so, send a text to the case-blind pattern itself. Cleaning,
the date finders and the events' tense test all ask their costliest patterns this way.
"""

from __future__ import annotations

import re

# the letters re.I matches as an ASCII letter though str.lower() does not make them one: "ı" and "ſ", and
# "İ", which lower-cases to "i" and a combining dot (found by trying every code point against a-z)
_TWINS = re.compile("[\u0130\u0131\u017f\u0307]")


def has_case_blind_twin(text: str) -> bool:
    """Whether ``text``, as written or lower-cased, holds such a letter: neither a pre-test on its lower-cased
    words nor the lower-cased pattern can vouch for what a case-blind pattern finds in it."""
    return not text.isascii() and _TWINS.search(text) is not None


class CaseBlind:
    """A case-blind pattern, answered on the lower-cased text wherever that gives the same answer."""

    __slots__ = ("blind", "lowered")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        # (its letters in lower case, "the" must find "The" in the lower-cased text too; a group's "(?P<name>" is
        # syntax, no letter matched)
        assert not re.search(r"(?<!\\)[A-Z]", pattern.pattern.replace("(?P<", "(").replace("(?P=", "(")), pattern.pattern
        self.blind = pattern
        self.lowered = re.compile(pattern.pattern, pattern.flags & ~re.I)

    def pick(self, text: str, lower: str | None = None) -> tuple[re.Pattern[str], str]:
        """The pattern to ask and the text to ask it of, with the same offsets as ``text``. (``lower``, when
        given, is ``text.lower()``, which the caller made once for several patterns.)"""
        if lower is None:
            lower = text.lower()
        return (self.blind, text) if has_case_blind_twin(lower) else (self.lowered, lower)

    def match(self, text: str, lower: str | None = None) -> bool:
        pattern, text = self.pick(text, lower)
        return pattern.match(text) is not None

    def fullmatch(self, text: str, lower: str | None = None) -> bool:
        pattern, text = self.pick(text, lower)
        return pattern.fullmatch(text) is not None

    def search(self, text: str, lower: str | None = None) -> bool:
        pattern, text = self.pick(text, lower)
        return pattern.search(text) is not None
