"""Which line of a text scrape is the headline.

The headline is the nearest headline-shaped line above the story, but several
lines of that shape sit near it without being it: the deck or standfirst
printed right under it, a link under the photo, a live entry's heading. The
rules that tell them apart are here (a video's title is marked a caption
before, in :mod:`generator.ingest.classify`).
"""

from __future__ import annotations

import re
from collections import Counter

from generator.ingest.lines import (
    CLOCK, CLOSERS, DANGLING, KEEP, MENU_SEPARATORS, NUMBERED_SECTION, WORD, Line, has_photo_tail, word_count,
)
from generator.ingest.published import TIME, find_date

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
    quoted = text.rstrip()[-1:] in "\"\u201d"  # ('... warns the emergency is "not over"': the quotation ends it)
    if core.endswith(".") or (core.rsplit(" ", 1)[-1].lower() in DANGLING and not _PHRASAL_END.search(core) and not quoted):
        return False  # a sentence, or a line cut off by wrapping ("... a video call with")
    if core.endswith(("?", "!")) and not allow_question and words > 20:
        return False
    return True


# A wire service's slug before its headline: "UPDATE 3-", "EXCLUSIVE-", "REFILE-" (not part of the headline).
_WIRE_TAG = re.compile(r"^(?:(?:UPDATE|WRAPUP)\s*\d*|EXCLUSIVE|CORRECTED|REFILE|RPT|ANALYSIS|FACTBOX|INSIGHT|"
                       r"BREAKINGVIEWS|FOCUS|PREVIEW|REUTERS POLL)\s*[-\u2013]\s*(?=[A-Z0-9\"'\u2018\u201c])")
_BULLET = re.compile(r"^[*\u2022\u2023\u25aa\u25cf\u203a\u00bb>\u2013-]\s")
_AGE = re.compile(r"\b\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago\b", re.I)  # "Updated 1 hour ago"
_MEDIA = re.compile(r"^\W*(?:video|watch|listen|audio|gallery|photos)\b|[\u25b6\u25ba]|\(\d{1,2}:\d{2}\)\s*$", re.I)
# A particle that ends a headline's verb, not a line cut off by wrapping: "Boluarte sworn in", "set to take over".
_PHRASAL_END = re.compile(r"\b(?:sworn|take|takes|took|taken|step|steps|stepped|hand|hands|handed|give|gives|gave|"
                          r"crack|cracks|cracked|back|backs|backed|pull|pulls|pulled|move|moves|moved|weigh|weighs|"
                          r"weighed|win|wins|won|call|calls|called|sign|signs|signed|shut|shuts|set|sets|lock|locks|"
                          r"locked|phase|phased|close|closes|closed|open|opens|opened)\s+(?:in|over|on)$", re.I)
_CLOCK_FIRST = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s?[aApP]\.?[mM]\.?)?\b")  # "11:58", "11:05am"
_STEM_WORD = re.compile(r"[^\W\d_]{3,}")
# the same words in a lower-cased ASCII text, where a letter is [a-z]: a plain range is quicker to test
_ASCII_STEM_WORD = re.compile(r"[a-z]{3,}")
_FUNCTION_WORDS = frozenset("""the and for with from that this its are was were has have had not but its into over
after before about their they them his her who what when where will would says said say new more than how why""".split())
ON_TOPIC = 0.3  # share of a headline's words that the story's first paragraphs use


def headline_text(text: str) -> str:
    """The headline as the story's title: without a wire service's slug, or a thread's part ("(1/3)")."""
    return _PART_MARK.sub("", _WIRE_TAG.sub("", text, count=1))


_PART_MARK = re.compile(r"\s*[(\[]\d{1,2}/\d{1,2}[)\]]\s*$")  # "... after five days of chaos (1/3)"


def pick_title(lines: list[Line], start: int, end: int) -> int | None:
    """The headline of the story in ``lines[start:end+1]``.

    :func:`find_title` takes the nearest headline-shaped line, which is right
    on most pages but not where widgets sit between headline and text ("Media
    playback is unsupported on your device", "Back to Gallery", a photo's
    caption, a list of related stories). Two things mark the real headline on
    any page: it is *about the story* (its words recur in the first
    paragraphs) and it is *anchored* (printed with the by-line or date, or
    printed twice, as page title and heading). The nearest line wins when it
    has both; otherwise the anchored line most about the story does.
    """
    nearest = find_title(lines, start)
    lead = _stems(" ".join(ln.text for ln in lines[start : end + 1] if ln.kind in KEEP)[:1500])
    if not lead:
        return nearest
    if nearest is not None:
        nearest = _over_a_broken_deck(lines, nearest, lead)
    item = _numbered_heading_over(lines, start, lead)
    if item is not None:
        return item
    printed = Counter(ln.text for ln in lines[:start])

    def about(i: int) -> float:
        words = _stems(lines[i].text)
        return len(words & lead) / len(words) if words else 0.0

    def strong(i: int) -> float:
        """How much the line is about the story, when it is anchored; 0 otherwise."""
        share = about(i)
        return share if share >= ON_TOPIC and (printed[lines[i].text] > 1 or _next_to_date(lines, i)) else 0.0

    listed = nearest is not None and not _may_be_headline(lines[nearest])  # a summary's bullet, a ticker item
    if nearest is not None and not listed and strong(nearest):
        above = _over_the_date(lines, nearest)
        if above is not None and _may_be_headline(lines[above]) and strong(above):
            return above  # "Share" / a claim's label under the date; the headline is printed over the date
        return nearest
    floor = about(nearest) if nearest is not None and not listed and about(nearest) >= ON_TOPIC else 0.0
    live = any(CLOCK.fullmatch(ln.text) for ln in lines[start:])
    scored = [(strong(i), i) for i in range(start) if _may_be_headline(lines[i])
              and not (live and i > 0 and CLOCK.fullmatch(lines[i - 1].text))]  # a live entry's heading
    best = max((pair for pair in scored if pair[0] > 0 and pair[0] >= floor), default=None)
    if best is None and listed:
        # the nearest is an item of a list ("11:05am Disaster centre: ..."): the first line above the text
        # that could be a headline and is about the story, anchored or not
        return next((i for i in range(start) if _may_be_headline(lines[i]) and about(i) >= ON_TOPIC), nearest)
    if best is None and nearest is not None and about(nearest) == 0:
        # "Lucía Fernández Araújo" over "5–6 minutes" (a reader view's author line) shares no word with the story:
        # the nearest line above it that could be a headline and is about the story is the headline
        above = next((i for i in range(nearest - 1, -1, -1) if _may_be_headline(lines[i]) and about(i) >= ON_TOPIC), None)
        return above if above is not None else nearest
    if best is None:
        return nearest
    i = best[1]
    if (i > 0 and word_count(lines[i].text) >= 12 and len(lines[i - 1].text) < len(lines[i].text)
            and _may_be_headline(lines[i - 1]) and strong(i - 1)):
        return i - 1  # a long deck right under a shorter headline, both about the story: the upper is the headline
    return i


def _over_a_broken_deck(lines: list[Line], i: int, lead: set[str]) -> int:
    """A print deck set on two lines ("Foreign minister among nine dead ...;" | "Khamenei declares ..."): the
    lower line goes on from the upper, which ends mid-sentence; the headline is the line over the deck."""
    k = i
    while k > 1 and _cut_mid_sentence(lines[k - 1].text) and _may_be_headline(lines[k - 1]) \
            and _may_be_headline(lines[k - 2]):
        k -= 1  # (a headline with a semicolon of its own stays the headline: nothing headline-like is over it)
    if k == i or k == 0 or not _may_be_headline(lines[k - 1]):
        return i
    words = _stems(lines[k - 1].text)
    return k - 1 if words and len(words & lead) / len(words) >= ON_TOPIC else i


def _cut_mid_sentence(text: str) -> bool:
    """A deck's upper line that the next goes on from: it ends on a comma or a semicolon, or it holds a
    semicolon and ends on a lower-case word ("... short of a majority; far-right leader" | "Ventura demands")."""
    text = text.rstrip()
    return text.endswith((";", ",")) or (";" in text and text[-1:].isalpha() and text.rsplit(None, 1)[-1].islower())


def _numbered_heading_over(lines: list[Line], start: int, lead: set[str]) -> int | None:
    """A newsletter's item heading right over the story's by-line ("** 1. Astronomers unveil the first
    picture ..."): the headline of the one story the text tells, its number dropped from the title."""
    k = start - 1
    while k >= 0 and lines[k].kind in ("byline", "date", "rule", "furniture"):
        k -= 1
    if k < 0 or k == start - 1 or not any(ln.kind == "byline" for ln in lines[k + 1 : start]):
        return None
    m = NUMBERED_SECTION.match(lines[k].text)
    if m is None:
        return None
    text = lines[k].text[m.end():]
    words = _stems(text)
    if not headline_shaped(text) or not words or len(words & lead) / len(words) < ON_TOPIC:
        return None
    lines[k].text, lines[k].kind = text, "short"
    return k


def _over_the_date(lines: list[Line], i: int) -> int | None:
    """The line printed right over the date or by-line that sits above line ``i`` (with only page tools,
    like a share bar, between), or None when no date separates them."""
    k = i - 1
    while k >= 0 and lines[k].kind in ("furniture", "aside"):
        k -= 1
    if k < 0 or lines[k].kind not in ("date", "byline"):
        return None
    while k >= 0 and lines[k].kind in ("date", "byline"):
        k -= 1
    return k if k >= 0 else None


def _stems(text: str) -> set[str]:
    """Content words cut to five letters, so "attack" meets "attacked" and "Sweden" "Swedish"."""
    lower = text.lower()
    words = (_ASCII_STEM_WORD if lower.isascii() else _STEM_WORD).findall(lower)
    return {w[:5] for w in words if w not in _FUNCTION_WORDS}


def _may_be_headline(ln: Line) -> bool:
    """Headline-shaped, and none of the lines that look like one around it: an item of a list (a
    bullet, a ticker's "11:58 …"), a wire's advisory in brackets ("(Adds arrest, quotes)"), a
    video's title with its running time, a photo's caption with its credit."""
    text = ln.text
    return (ln.kind in ("short", "long", "prose", "caption") and not _BULLET.match(text)
            and not _CLOCK_FIRST.match(text) and not (text.startswith("(") and text.endswith(")"))
            and not _MEDIA.search(text) and not has_photo_tail(text)
            and headline_shaped(text, allow_question=True))


def _next_to_date(lines: list[Line], i: int) -> bool:
    """A by-line or a date just above or below line ``i`` (a deck and an author's name may sit between)."""
    for k in (i - 2, i - 1, i + 1, i + 2, i + 3):
        if 0 <= k < len(lines):
            ln = lines[k]
            if ln.kind in ("byline", "date") or (len(ln.text) < 160 and (
                    find_date(ln.text) or TIME.search(ln.text) or _AGE.search(ln.text))):
                return True
    return False


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
