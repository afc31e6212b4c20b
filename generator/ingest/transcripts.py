"""A broadcast transcript's speaker labels, read for what they say.

A transcript service writes each turn under a capitalised label ("HOLLIS
GRANT, MNN ANCHOR:", "POPE LEO XIV (through translator):", "GRANT:").
Shouted, a label reads as no one's name; in ordinary case it names a person
and her post, as a news text would. The label is no part of what was said,
so events are told without it. Every change keeps the text's length, so
offsets found in one reading hold in the other.
"""

from __future__ import annotations

import re

_SPEAKER_LABEL = re.compile(
    r"(?P<name>[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019.\- ]{1,60}?)"
    r"(?P<role>,\s*[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de0-9'\u2019.,&\- ]{1,120}?)?"
    r"(?P<aside>\s*\([^)]{1,40}\))?:\s+(?=.*[a-z])")
_ROMAN = re.compile(r"[IVXLC]+")
_NO_ONE = frozenset("UNIDENTIFIED UNKNOWN CROWD ANNOUNCER CROSSTALK GROUP VOICE VOICES".split())
_LABEL_SMALL_WORDS = frozenset("OF THE AND FOR TO IN ON AT A AN".split())
_ROLE_WORD = re.compile(r"[A-Z\u00c0-\u00de'\u2019.&-]+")


def is_transcript(paragraphs: list[str]) -> bool:
    """Three labelled turns or more: a transcript, not a story with a "NATO:" heading."""
    return sum(1 for p in paragraphs if _SPEAKER_LABEL.match(p)) >= 3


def without_speaker_label(paragraph: str) -> str:
    """A turn with its label blanked: "He joined the mission in 1985" is what the speaker said."""
    m = _SPEAKER_LABEL.match(paragraph)
    return " " * m.end() + paragraph[m.end() :] if m else paragraph


def speaker_label_as_written(paragraph: str) -> str:
    """A turn whose label reads as a name and a post ending a sentence: "Mira Holt, HTN anchor. Good evening."."""
    m = _SPEAKER_LABEL.match(paragraph)
    if m is None:
        return paragraph
    several = len(m["name"].split()) > 1
    if m["name"].split()[0] in _NO_ONE:
        name = m["name"].lower()
    else:  # (word by word, the spaces as they are: "POPE LEO XIV" is "Pope Leo XIV")
        name = re.sub(r"\S+", lambda w: w[0] if several and _ROMAN.fullmatch(w[0]) else w[0].capitalize(), m["name"])
    role = _ROLE_WORD.sub(lambda w: w[0] if len(w[0]) <= 4 and w[0] not in _LABEL_SMALL_WORDS else w[0].lower(),
                          m["role"] or "")
    rest = paragraph[m.end("name") + len(m["role"] or "") :]
    colon = rest.index(":")
    return name + role + rest[:colon] + "." + rest[colon + 1 :]
