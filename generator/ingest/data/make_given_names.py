"""Regenerate given_names.txt (run by hand; the runtime never imports this or its source).

    pip download faker==40.40.0 --no-deps -d /tmp/faker && unzip -q /tmp/faker/*.whl -d /tmp/faker/lib
    PYTHONPATH=/tmp/faker/lib python generator/ingest/data/make_given_names.py > generator/ingest/data/given_names.txt

Why Faker: its person providers (MIT) carry given names for about eighty locales, gathered by
their contributors from national registers and census lists, which is the breadth the hand-made
first_names.txt cannot have and no one of our evaluation sets has shaped. Only names in Latin
letters are kept (news in English writes names that way), one word each, three letters or more.
A name that is also a common English word ("Hope", "Will", "Rich") or a word our gazetteer
already knows as something else (a place, a country, a role, a month) is left out: there it
would be evidence against, not for, a person.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

import faker.providers.person as person
from faker.providers.lorem.en_US import Provider as EnglishWords

HERE = Path(__file__).parent
LATIN_NAME = re.compile(r"[A-Z\u00c0-\u00de\u0100-\u017f][a-z\u00df-\u00ff\u0100-\u017f'\u2019-]{2,}")
# words a name list holds that news capitalises for other reasons: faiths, things, name particles
NOT_GIVEN_NAMES = (
    "christ christian angel saint marine victory diamond crystal pearl nova sky stone wood brook cliff dale glen "
    "amor mac del della von van ben abu ford"
).split()
MONTHS_AND_DAYS = (
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
).split()


def fold(word: str) -> str:
    """The comparison form the gazetteer uses: no accents, lower case."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).casefold()


def _gazetteer_words() -> set[str]:
    """Every single word our own data files already give a meaning (first column of each row)."""
    words: set[str] = set()
    for name in ("countries.tsv", "places.tsv", "world_places.tsv", "organizations.tsv", "seats.tsv"):
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                for cell in re.split(r"[\t|]", line):
                    if cell.strip() and " " not in cell.strip():
                        words.add(fold(cell.strip()))
    for name in ("roles.txt", "stopwords.txt", "cue_words.txt", "speech_verbs.txt"):
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith(("#", "[")):
                words.update(fold(w) for w in (line.split()[:1] if name == "roles.txt" else line.split()))
    return words


def _locale_names() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        names: set[str] = set()
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            value = provider.__dict__.get(attr) if provider else None
            if isinstance(value, dict):
                value = value.keys()
            if isinstance(value, (list, tuple, set, frozenset, type({}.keys()))):
                for full in value:
                    names.update(w for w in str(full).replace("-", " ").split() if LATIN_NAME.fullmatch(w))
        if names:
            out[module.name] = names
    return out


def main() -> None:
    taken = _gazetteer_words() | {fold(w) for w in EnglishWords.word_list} | set(MONTHS_AND_DAYS) | set(NOT_GIVEN_NAMES)
    names: dict[str, str] = {}
    for locale, found in sorted(_locale_names().items()):
        for name in found:
            if fold(name) not in taken:
                names.setdefault(fold(name), name)
    out = sys.stdout
    out.write(
        "# Given names from many languages, made by make_given_names.py beside this file (evidence that a\n"
        f"# capitalised pair is a person). Source: Faker {version('faker')} person providers (MIT licence,\n"
        "# Copyright (c) 2012 Daniele Faraglia), Latin-script names only, less common English words and\n"
        "# words the gazetteer already knows as places, countries, bodies or roles.\n"
    )
    line: list[str] = []
    for name in sorted(names.values(), key=fold):
        line.append(name)
        if len(line) == 12:
            out.write(" ".join(line) + "\n")
            line = []
    if line:
        out.write(" ".join(line) + "\n")


if __name__ == "__main__":
    main()
