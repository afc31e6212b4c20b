"""Who wrote the article and who published it: by-line names, credit lines, the outlet.

By-lines and credits are page metadata rather than story: their names must
not reach the people found in the text, and the outlet named by a copyright
line or a self-description goes to the article's front matter.
"""

from __future__ import annotations

import re

from generator.ingest.lines import NAMES_IN_PLACES, is_copyright, is_date_line, self_description, word_count
from generator.ingest.published import DATES, TIME, may_hold_date

_HOLDER = re.compile(
    r"(?:\u00a9|\(c\)|copyright)(?:\s*\u00a9)?\s*(?:(?:19|20)\d{2}(?:\s*[-\u2013]\s*(?:19|20)\d{2})?)?\s*,?\s*"
    r"(?!all\s+rights\b)(?P<name>[A-Z][^.,|\u00a9\u00b7\u2022\n]{1,80}?)\s*(?:[.,|\u00b7\u2022]|\ball rights\b|$)",
    re.I,
)
# "Freightlines Daily is published by Freightlines Media LLC": a footer that names the outlet, then its owner
_PUBLISHED_BY = re.compile(r"^(?P<name>[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,5})\s+is\s+(?:published|owned|operated)\s+by\b")
# (the Nordic and continental forms only as written: "AS" and "AB" are words too)
_CORPORATE = re.compile(r"(?:\s+(?:(?i:pty|ltd|limited|inc|llc|plc|gmbh|s\.?a|corp|co)|A/S|AS|ASA|AB|Oy|Oyj|BV|NV|AG|SpA|Srl|SAS|SARL)\.?)+$")
# a legal form written with dots, where the holder's name ends: "The Andean Post S.A.S. · Calle 93", "Omroep B.V."
_DOTTED_FORM = re.compile(r"(?<=\w)\s+(?:[A-Za-z]{1,2}\.){2,4}(?=\s*(?:[,|\u00b7\u2022\u2013-]|$))")
_AUTHOR_BY = re.compile(
    r"^(?:[^\W\d_]+\s*/\s*)?(?:(?:(?:words|text|story|written|reported)\s+)?by:?\s+|authors?\s*:\s*)(.+)$", re.I)
_POSTED_BY = re.compile(r"\bby\s+([A-Z][\w'\u2019-]+(?:\s+(?:de|da|van|von|al|[A-Z][\w'\u2019-]+)){1,3})\s*$")
# "Michael HiltzikBusiness Columnist": a page's name and post elements run together when saved as text
_GLUED_POST = re.compile(
    r"(?<=[a-z])(?:[A-Z][a-z]+\s+){0,2}(?:Columnist|Writer|Reporter|Correspondent|Editor|Contributor|Critic)s?$")
_NAME_PARTICLES = ("de", "da", "van", "von", "der", "al", "bin", "le", "la")
_NON_AUTHOR = re.compile(
    r"\b(?:staff|wires?|agenc(?:y|ies)|reporters?|correspondents?|desk|team|bureau|editors?|news|service)\b", re.I)


def credit_text(text: str) -> str:
    """A credit line without its brackets."""
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    return text


def byline_names(line: str) -> list[str]:
    """The personal names of a "By ..." line ("By Jane Roe · Outlet · 6 min read"); [] for any other line."""
    m = _AUTHOR_BY.match(line)
    return split_names(m[1]) if m else []


def authors_from_lines(lines: list[str]) -> list[str]:
    """The personal names in the by-line and date lines of a page header."""
    names: list[str] = []
    for line in lines:
        m = _AUTHOR_BY.match(line)
        posted = _POSTED_BY.search(line) if is_date_line(line) else None  # "Posted on 12 May 2023 by Jane Roe"
        if m:
            names.extend(byline_names(line))
        elif posted:
            names.extend(split_names(posted[1]))
        elif NAMES_IN_PLACES.fullmatch(line):
            names.extend(split_names(line))
    return list(dict.fromkeys(names))


def split_names(text: str) -> list[str]:
    """``Jane Doe and John Roe, Reuters`` → the personal names in a by-line."""
    if may_hold_date(text):  # (otherwise no date pattern matches, and none would after another's cut)
        for pattern in DATES:
            text = pattern.sub("|", text)
    text = TIME.sub("|", text)
    text = re.split(r"\s*[|\u2022\u00b7]\s*", text)[0]
    parts = re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", text)
    names = []
    for part in parts:
        part = _GLUED_POST.sub("", re.sub(r"\s+in\s+[A-Z].*$", "", part)).strip(" .")
        if part.isupper():
            part = part.title()  # "JIM HEINTZ" as wire by-lines print it
        words = part.split()
        if not 2 <= len(words) <= 4 or _NON_AUTHOR.search(part):
            continue
        if all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words):
            names.append(part)
    return names


def outlet_from_lines(lines: list[str], header: list[str]) -> str:
    """The publisher named by the page's own boilerplate: a copyright line or a self-description."""
    name = ""
    # the page's copyright notice first; a sign elsewhere ("Image: ... \u00a9 Agency/Photographer") names whose
    # picture it is, and a holder written "Agency/Photographer" is a picture's, never the page's
    notices = [line for line in lines if is_copyright(line)] + [line for line in lines if "\u00a9" in line]
    for line in notices:
        m = _HOLDER.search(_DOTTED_FORM.sub("", line))
        held = _CORPORATE.sub("", re.sub(r"\s+(?:19|20)\d{2}$", "", m["name"].strip())) if m else ""
        if held and word_count(held) <= 8 and "/" not in held:
            name = held
            break
    if not name:
        for line in lines:
            m = self_description(line) or _PUBLISHED_BY.match(line)
            if m:
                name = m["name"]
                break
    if name:
        name = _title_the_page_credits(name, lines)
        # A masthead like "Meridian Wire - news for professionals" names the outlet more fully.
        for line in header:
            # (the pattern opens with the name: a line that does not needs no pattern made and matched)
            m = line.startswith(name) and re.match(re.escape(name) + r"((?:\s+\w+){0,2})\s+[-\u2013\u2014|:]\s+\S", line)
            if m:
                return name + m[1]
    return name


# where a page names itself in its own furniture: "(The Nusantara Daily/Dimas Saputro)", "Ayu Pramesti (The
# Nusantara Daily)", "Download the Erbil Today app", "By Erbil Today staff"
_CREDITED = re.compile(r"\((?P<a>[A-Z][\w'&.\- ]{2,40}?)(?:/[^)]*)?\)"
                       r"|\bDownload\s+(?:the\s+)?(?P<b>[A-Z][\w'&.\- ]{2,40}?)\s+app\b"
                       r"|^By\s+(?P<c>[A-Z][\w'&.\- ]{2,40}?)\s+staff\b")
# words of a company's name that say what kind of company it is, no title's: "PT ... Media", "... Group Tbk"
_HOLDER_WORDS = frozenset("the media group holdings company news pt tbk".split())


def _title_the_page_credits(holder: str, lines: list[str]) -> str:
    """The copyright holder is often the publishing company ("PT Nusantara Media Utama", "Erbil Today Media");
    the title the page credits itself by at least twice, sharing a word of the holder's name, is the outlet."""
    counts: dict[str, int] = {}
    for line in lines:
        # (each match holds a bracket or "Download", or opens with "By": sre tries the pattern at every character,
        # so a line with none of them is passed over without the search)
        if "(" not in line and "Download" not in line and not line.startswith("By"):
            continue
        for m in _CREDITED.finditer(line):
            title = (m["a"] or m["b"] or m["c"]).strip()
            counts[title] = counts.get(title, 0) + 1
    words = {w.lower() for w in holder.split()} - _HOLDER_WORDS
    shared = [t for t, n in counts.items() if n >= 2 and t != holder and words & {w.lower() for w in t.split()}]
    return max(shared, key=lambda t: (counts[t], -len(t))) if shared else holder

