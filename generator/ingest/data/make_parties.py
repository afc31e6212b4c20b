"""Regenerate parties.tsv (run by hand; the runtime never imports this or its sources).

    git clone https://github.com/hdigital/partyfactsdata /tmp/partyfactsdata
    pip install english-words==2.0.2
    python generator/ingest/data/make_parties.py /tmp/partyfactsdata/import/elecglob/partyfacts-core-parties.csv \\
        > generator/ingest/data/parties.tsv
    pip uninstall -y english-words

The parties come from Party Facts' core list (MIT licence, Copyright (c) 2022 Party Facts authors):
every real party of every country (not its "technical" rows) that is still active or was after 2005,
with at least 2 % of a national vote when a share is known. Its names are written the way the list
writes them ("Fine Gael (Familiy of the Irish)", "Smer – sociálna demokracia", "Pheu Thai Party"), so
each is cut into forms at slashes, dashes set in spaces and brackets, and a form ending in "Party"
also gives the form without it ("Pheu Thai"), as newspapers shorten it.

A form is left out where the press would mislead it:
- a single English word ("Enough", "Renaissance", "Together"): Webster's second edition, as the
  english-words package holds it, decides;
- a name of generic political words only ("National Liberal Party", "Workers' Party"): many
  countries have one, and the organisation cue words already find them;
- a name in English words or an acronym that two countries' parties share (a name of its own language
  is one party over a border: "Sinn Féin");
- an acronym shorter than three letters, spelling an English word, or of a party under 5 %.
The runtime also skips any form that the other data files already give (a country, a place, a body).
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

from english_words import get_english_words_set

GENERIC = frozenset(
    "the of and for a in party parties national democratic democrats democracy social socialist socialists liberal "
    "liberals labour labor workers' workers people's peoples popular union front alliance movement congress "
    "republican republicans christian progressive progressives independent independents united unity new "
    "conservative conservatives green greens left right centre center centrist radical communist communists "
    "civic citizens' citizens federal federation coalition league bloc list rally council organisation "
    "organization group association forum revolutionary reform reformist patriotic agrarian farmers' "
    "peasants' peasant islamic muslim action solidarity freedom democratic-".split()
)
ACTIVE_SINCE = 2005
MIN_SHARE = 2.0
MIN_ACRONYM_SHARE = 5.0


def forms_of(name: str, given: frozenset[str]) -> list[str]:
    """"Fine Gael (Familiy of the Irish)" -> "Fine Gael", "Familiy of the Irish"; "X Party" -> also "X",
    unless X opens with a given name ("Norodom Ranariddh Party" is named after a man). A one-word aside
    in brackets, or a one-word part after the first, is mostly a leader's name ("Jatiya Party (Ershad)",
    "MDC – Ncube"), no name of the party."""
    main, *asides = re.split(r"[()\[\]]", name)
    parts = re.split(r"\s*//\s*|\s+/\s+|\s+[\u2013\u2014-]+\s+", main)
    parts += [a for a in asides[::2] if len(a.split()) > 1]  # (the text inside the brackets)
    out: list[str] = []
    for n, part in enumerate(p.strip(" ,;:") for p in parts):
        if not part or "/" in part or (n and " " not in part and not part.isupper()):
            continue
        out.append(part)
        short = re.sub(r"\s+[Pp]arty$", "", part)
        if short != part and short.split()[0] not in given:
            out.append(short)
    return out


def english_word(word: str, words: frozenset[str]) -> bool:
    """In the dictionary as it is, as a plural's singular, or in American spelling ("Moderates", "Valour")."""
    low = word.lower()
    variants = {low, low.removesuffix("s"), low.removesuffix("es"), low.replace("our", "or")}
    return any(v in words for v in variants)


def latin(text: str) -> bool:
    return all(c < "\u0250" or "\u1e00" <= c <= "\u1eff" or not c.isalpha() for c in text)


def usable(form: str, words: frozenset[str]) -> bool:
    if not form[:1].isupper() or not latin(form) or len(form) < 3:
        return False
    tokens = form.split()
    if any(t[:1].islower() and t.lower() not in GENERIC for t in tokens):
        return False  # "sociálna demokracia": a native phrase in lower case is no name as printed
    if len(tokens) == 1:  # ("Pro-Government", "Government's": English words hyphenated or owning)
        parts = re.sub(r"['\u2019]s$", "", form).split("-")
        return not all(english_word(p, words) or p.lower() in GENERIC for p in parts)
    return not all(t.lower() in GENERIC for t in tokens)


def acronym(short: str, words: frozenset[str]) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z]{1,4}[A-Z]", short)) and short.lower() not in words


def main(path: str) -> None:
    words = frozenset(get_english_words_set(["web2"], lower=True))
    here = Path(__file__).parent
    given = frozenset(w for f in ("given_names.txt", "first_names.txt")
                      for line in (here / f).read_text(encoding="utf-8").splitlines() if not line.startswith("#")
                      for w in line.split())
    parties = []
    for row in csv.DictReader(open(path, encoding="utf-8")):
        if row["technical"] or (row["year_last"] and int(row["year_last"]) < ACTIVE_SINCE):
            continue
        share = float(row["share"]) if row["share"] else None
        if share is not None and share < MIN_SHARE:
            continue
        english = [f for f in forms_of(row["name_english"], given) if usable(f, words)]
        native = [f for f in forms_of(row["name"], given) if usable(f, words)]
        names = list(dict.fromkeys(english + native))
        short = row["name_short"].strip()
        if short and acronym(short, words) and share is not None and share >= MIN_ACRONYM_SHARE:
            names.append(short)
        if names:
            parties.append((row["country"], share or 0.0, names))
    countries_of: dict[str, set[str]] = defaultdict(set)
    strongest: dict[str, float] = defaultdict(float)
    for country, share, names in parties:
        for name in names:
            countries_of[name].add(country)
            strongest[name] = max(strongest[name], share)
    print("# Political parties of the world, made by make_parties.py beside this file from Party Facts'")
    print("# core list (MIT licence, Copyright (c) 2022 Party Facts authors); see that script for what is left out.")
    print("# name\tother names and acronyms (|)\tcountry (ISO 3166 alpha-3)")
    for country, share, names in sorted(parties, key=lambda p: (p[0], -p[1], p[2])):
        # a name two countries share in English words or letters says nothing ("Democratic Alliance", "PNP"),
        # one of its own language is one party over a border ("Sinn Féin"); one that an alliance shares with its
        # largest party is that party's
        names = [n for n in names if strongest[n] == share and (len(countries_of[n]) == 1 or not (
            n.isupper() or all(english_word(t, words) or t.lower() in GENERIC for t in re.split(r"[\s-]+", n))))]
        if names:
            print(f"{names[0]}\t{'|'.join(names[1:])}\t{country}")
            for n in names:
                strongest[n] = -1.0  # (given once: a tie goes to the first)


if __name__ == "__main__":
    main(sys.argv[1])
