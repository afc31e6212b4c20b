"""Which line of a text scrape is the headline.

The headline is the nearest headline-shaped line above the story, but several
lines of that shape sit near it without being it: the deck or standfirst
printed right under it, a link under the photo, a live entry's heading. The
rules that tell them apart are here (a video's title is marked a caption
before, in :mod:`generator.ingest.classify`).
"""

from __future__ import annotations

import re

from generator.ingest.lines import CLOCK, CLOSERS, DANGLING, MENU_SEPARATORS, WORD, Line, word_count

_TITLE_FIELDS = ("subject:", "title:")
_SUBJECT_PREFIX = re.compile(r"^(?:(?:re|fwd?|aw|tr)\s*:\s*)+", re.I)


def mail_subject(lines: list[Line]) -> str:
    """The story's name from a header's Subject or Title, without "Re:" and without the newsletter's or site's name."""
    for ln in lines:
        field = ln.text.lower().startswith(_TITLE_FIELDS) and ln.kind == "furniture"
        if field:
            subject = _SUBJECT_PREFIX.sub("", ln.text.split(":", 1)[1].strip())
            parts = [p for p in re.split(r"\s+[|\u2013\u2014:-]\s+", subject) if p]
            return max(parts, key=word_count) if parts else ""
    return ""


def headline_shaped(text: str, allow_question: bool = False) -> bool:
    """As long as a headline, not a section label in capitals, a menu, a numbered item or a sentence."""
    words = word_count(text)
    if not (3 <= words <= 30 and 15 <= len(text) <= 250):
        return False
    if not any(c.islower() for c in text) and len(WORD.findall(text)) < 6:
        return False  # section labels and mastheads are set in capitals; a headline in capitals is longer
    if MENU_SEPARATORS.search(text) or re.match(r"^\d+[.)]\s", text) or text.endswith(":"):
        return False
    core = text.rstrip(CLOSERS + " ")
    if core.endswith(".") or core.rsplit(" ", 1)[-1].lower() in DANGLING:
        return False  # a sentence, or a line cut off by wrapping ("... a video call with")
    if core.endswith(("?", "!")) and not allow_question and words > 20:
        return False
    return True


def find_title(lines: list[Line], start: int) -> int | None:
    """The nearest headline-shaped line above the body, skipping by-lines, dates and captions.

    Two kinds of headline-shaped line sit between the headline and the text
    without being it: the heading of a live page's first entry (under a time
    stamp, when time stamps recur in the text) and a link under the photo
    ("Purchase licensing rights", "Enlarge"), below the by-line.
    """
    live = any(CLOCK.fullmatch(ln.text) for ln in lines[start:])
    for i in range(start - 1, -1, -1):
        ln = lines[i]
        if ln.kind in ("short", "long") and " | " in ln.text:
            _drop_site_name(ln)
        if (ln.kind in ("short", "long") and headline_shaped(ln.text)) or (
            ln.kind == "prose" and ln.text.rstrip(CLOSERS).endswith(("?", "!")) and headline_shaped(ln.text, True)
        ):
            if live and i > 0 and CLOCK.fullmatch(lines[i - 1].text):
                continue  # the heading of a live entry
            above = _headline_above_photo(lines, i)
            return _headline_over_standfirst(lines, i if above is None else above)
    return None


def _drop_site_name(ln: Line) -> None:
    """``Headline | Outlet`` (a page's title copied with the text) → ``Headline``, when the rest is a name."""
    head, _, tail = ln.text.rpartition(" | ")
    if " | " not in head and word_count(head) >= 4 and word_count(tail) <= 4 and all(
        w[:1].isupper() for w in tail.split()
    ):
        ln.text = head


def _headline_above_photo(lines: list[Line], i: int) -> int | None:
    """The headline over the by-line when line ``i`` sits in the photo block under it.

    Pages print headline, by-line and date, then the photo with its caption
    and links; a headline-shaped line after a caption that comes after the
    by-line belongs to the photo.
    """
    saw_photo = saw_byline = False
    k = i - 1
    while k >= 0 and lines[k].kind in ("caption", "photo", "furniture", "aside", "date", "byline"):
        saw_photo = saw_photo or lines[k].kind in ("caption", "photo")
        saw_byline = saw_byline or (saw_photo and lines[k].kind in ("byline", "date"))
        k -= 1
    if saw_byline and k >= 0 and lines[k].kind in ("short", "long") and headline_shaped(lines[k].text):
        return k
    return None


def _headline_over_standfirst(lines: list[Line], i: int) -> int:
    """The headline, when line ``i`` is the standfirst or the deck printed right under it.

    A page prints its headline first after the navigation and the deck
    ("Parliament prorogued until March 24 as Liberals prepare leadership race")
    at once below it; neither case nor a full stop tells them apart. So of two
    headline-shaped lines in a row the upper one is the headline, unless a
    third sits above them (a list of links over the headline) or the upper is
    too short to be more than a section label; a long line under a shorter
    one is a standfirst in any case.
    """
    above = lines[i - 1] if i > 0 else None
    if above is None or not _title_line(above) or word_count(above.text) < 5:
        return i
    if word_count(lines[i].text) >= 12 and len(above.text) < len(lines[i].text):
        return i - 1
    if word_count(lines[i].text) >= 6 and not (i >= 2 and _title_line(lines[i - 2])):
        return i - 1
    return i


def _title_line(ln: Line) -> bool:
    """Headline-shaped and of a kind a headline takes (a question headline reads as a sentence)."""
    if ln.kind in ("short", "long"):
        return headline_shaped(ln.text)
    return ln.kind == "prose" and ln.text.rstrip(CLOSERS).endswith(("?", "!")) and headline_shaped(ln.text, True)
