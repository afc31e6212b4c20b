"""World knowledge for entity finding, loaded once from ``ingest/data/``.

Everything here is general (countries, capitals, demonyms, international
bodies, the world's political parties, places, titles, speech verbs, given names), never lists taken from
particular articles. The files are plain text so an analyst can extend them.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Iterable, Mapping

from generator.ingest.tokens import tokenize

Key = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Entry:
    """What a name in the lexicon stands for.

    ``kind`` is ``country`` (a name of the state), ``capital`` (its seat of
    government, a place too), ``demonym`` (an adjective or people noun),
    ``org`` or ``place``; ``name`` is the canonical name of the country,
    organisation or place; ``governs`` is what a capital stands for when used
    for a government (usually the country; "Brussels" stands for the EU).
    """

    kind: str
    name: str
    org_type: str = ""
    abbreviation: bool = False
    governs: str = ""


@dataclass(frozen=True, slots=True)
class Gazetteer:
    lexicon: Mapping[Key, tuple[Entry, ...]]
    prefixes: frozenset[Key]  # every proper prefix of a key, so a lookup can stop early
    openers: frozenset[str]  # every key's first word: a capitalised word not among them opens no name
    max_key: int
    first_names: frozenset[str]  # hand-made: strong enough to outweigh a place's or a body's look
    given_names: frozenset[str]  # broad (given_names.txt, and the first names): weak evidence, where little else decides
    role_heads: frozenset[str]
    role_modifiers: frozenset[str]
    honorifics: frozenset[str]
    speech_verbs: frozenset[str]
    stopwords: frozenset[str]
    org_cues: frozenset[str]
    place_cues: frozenset[str]
    thing_cues: frozenset[str]
    building_cues: frozenset[str]  # "Palace", "Stadium": a place when something happens there
    place_leads: frozenset[str]  # "Avenida", "Mount": open a place's name
    thing_leads: frozenset[str]  # "Team", "Operation": open a name that is no place
    org_leads: frozenset[str]  # "Ansar", "Jaish": words for a movement or force that open a group's name
    org_kinds: Mapping[str, str]  # canonical organisation name -> type
    demonym_of: Mapping[str, str]  # country -> its first adjective ("Russia" -> "Russian")
    forms_of: Mapping[str, tuple[str, ...]]  # country or organisation -> all its names ("Britain", "UK", ...)
    country_names: frozenset[str]
    # one-word cities and provinces of the world list: a place only where the context says so
    # ("in Aceh", "the Ishikawa governor"), since such words are also surnames and clubs
    world_words: frozenset[str] = frozenset()
    # demonyms and one-word bodies exactly as the data spells them: a word with accents the data
    # lacks is another word, most often a name ("Türk" is no "Turk", "Işıl" no "Isil")
    spellings: frozenset[str] = frozenset()
    # names of several words that only the world list gives ("Santa Maria"): the start of a longer name
    # when a capitalised word follows ("Santa Maria Novella")
    world_names: frozenset[Key] = frozenset()

    def lookup_word(self, key: Key, surface: str) -> tuple[Entry, ...]:
        """``lookup`` for one word as written: a demonym, or a short body's name, must keep the data's accents.

        Longer names keep matching without their accents ("Élysée" for "Elysee"), as texts differ there.
        """
        entries = self.lexicon.get(key, ())
        if len(key) != 1 or surface.isascii() or surface.replace("\u2019", "'") in self.spellings:
            return entries
        short = len(key[0]) <= 5
        return tuple(e for e in entries if not (e.kind == "demonym" or (short and e.kind == "org")))

    def lookup(self, key: Key) -> tuple[Entry, ...]:
        return self.lexicon.get(key, ())

    def is_region_adjective(self, word: str) -> bool:
        """"African", "European", "Siberian": the adjective of a continent or region the lexicon knows as a place.

        Countries' adjectives come with the data as demonyms; a region's are made from its name, as English does.
        """
        if not word.endswith("n") or " " in word:
            return False
        return any(e.kind == "place" for base in (word[:-1], word[:-2]) for e in self.lexicon.get((base,), ()))

    def is_role_word(self, word: str) -> bool:
        low = word.lower()
        return low in self.role_heads or low in self.role_modifiers or low in self.honorifics


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Strip accents and unify apostrophes, keeping case: lexicon keys compare on this.

    Cached: it is asked of every capitalised word, often many times over, and a name with accents takes a
    Unicode decomposition."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text).translate(_UNDECOMPOSABLE)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Letters that carry their mark in the glyph itself, so NFKD cannot strip it ("Işıl", "Bjørn", "Łukasz").
_UNDECOMPOSABLE = str.maketrans("ıøØłŁđĐħĦ", "ioOlLddhH")


@functools.lru_cache(maxsize=4096)
def key_of(name: str) -> Key:
    """A name's lexicon key. Cached: the rules look up the same few names' keys in every article, each a tokenizing."""
    return tuple(fold(t.text) for t in tokenize(name))


def is_abbreviation(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


# compass words as they open names: "North Kivu", "Central Africa", "Western Cape"
COMPASS = frozenset("North South East West Central Northern Southern Eastern Western".split())


def _lines(filename: str) -> Iterable[str]:
    text = resources.files("generator.ingest").joinpath("data", filename).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield line


def _columns(line: str, n: int) -> list[str]:
    cols = line.split("\t")
    return [c.strip() for c in cols] + [""] * (n - len(cols))


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def _words(filename: str) -> frozenset[str]:
    return frozenset(w for line in _lines(filename) for w in line.split())


def _plurals(demonym: str) -> list[str]:
    """"Russian" -> "Russians", "Israeli" -> "Israelis", "South African" -> "South Africans": people nouns."""
    if demonym.endswith(("an", "i")):
        return [demonym + "s"]
    return []


def _sections(filename: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    current = ""
    for line in _lines(filename):
        if line.startswith("["):
            current = line.strip("[] ")
            continue
        out.setdefault(current, set()).update(line.split())
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def load() -> Gazetteer:
    """Read the data files once per process; the result is immutable."""
    lexicon: dict[Key, list[Entry]] = {}

    def add(name: str, entry: Entry, key: Key | None = None) -> None:
        key = key_of(name) if key is None else key
        if key and entry not in lexicon.setdefault(key, []):
            lexicon[key].append(entry)
        if key and key[0] in ("Saint", "Sainte"):  # "St. Lucia", "St Kitts and Nevis": as often as in full
            short = "St" if key[0] == "Saint" else "Ste"
            for form in (f"{short}. {name.split(None, 1)[1]}", f"{short} {name.split(None, 1)[1]}"):
                add(form, entry)

    seats = {a: b for a, b in (_columns(line, 2) for line in _lines("seats.tsv"))}
    country_names: set[str] = set()
    demonym_of: dict[str, str] = {}
    spellings: set[str] = set()
    forms_of: dict[str, tuple[str, ...]] = {}
    for line in _lines("countries.tsv"):
        name, variants, capitals, demonyms = _columns(line, 4)
        country_names.add(name)
        forms_of[name] = (name, *_split(variants))
        for form in [name, *_split(variants)]:
            add(form, Entry("country", name, abbreviation=is_abbreviation(form)))
        for capital in _split(capitals):
            add(capital, Entry("capital", name, governs=seats.get(capital, name)))
        for demonym in _split(demonyms):
            demonym_of.setdefault(name, demonym)
            for form in [demonym, *_plurals(demonym)]:
                add(form, Entry("demonym", name))
                spellings.add(form)
    org_kinds: dict[str, str] = {}
    for line in _lines("organizations.tsv"):
        name, variants, kind = _columns(line, 3)
        org_kinds[name] = kind
        forms_of[name] = (name, *_split(variants))
        for form in [name, *_split(variants)]:
            add(form, Entry("org", name, org_type=kind, abbreviation=is_abbreviation(form)))
            spellings.add(form)
    for line in _lines("places.tsv"):
        name, variants = _columns(line, 2)
        for form in [name, *_split(variants)]:
            add(form, Entry("place", name))
    world_words: set[str] = set()
    world_names: set[Key] = set()
    for line in _lines("world_places.tsv"):
        name = _columns(line, 2)[0]
        key = key_of(name)
        compass_led = name.split("-")[0] in ("North", "South", "East", "West", "Central")
        if len(key) > 1 or ("-" in name and not compass_led):  # "South-East" is a direction first
            if key not in lexicon and key[0][:1].isupper():
                add(name, Entry("place", name))  # "South Kivu", "Nord-Kivu": distinctive as a whole
                world_names.add(key)
        elif key and key not in lexicon:
            world_words.add(key[0])
    def place_shaped(key: Key) -> bool:  # "Central Africa" (a Zambian party's short name): a region first
        return all(w in COMPASS or w in world_words or any(e.kind != "org" for e in lexicon.get((w,), ())) for w in key)

    for line in _lines("parties.tsv"):
        # The world's parties, after everything else: a form the other files give keeps their meaning, and an
        # acronym is left to the text, which introduces its own ("the Social Democratic Party (SDP)"); many
        # countries' parties share the same letters.
        name, variants, _country = _columns(line, 3)
        keyed = [(f, key_of(f)) for f in (name, *_split(variants)) if not is_abbreviation(f)]
        keyed = [(f, k) for f, k in keyed if k not in lexicon and not place_shaped(k)]
        if not keyed:
            continue
        canonical = keyed[0][0]
        forms_of.setdefault(canonical, tuple(f for f, _ in keyed))  # (not in org_kinds: the list gives no party's every short form)
        for form, key in keyed:
            add(form, Entry("org", canonical, org_type="party"), key)
            spellings.add(form)
    roles: dict[str, set[str]] = {"head": set(), "modifier": set(), "honorific": set()}
    for line in _lines("roles.txt"):
        word, _, cls = line.strip().rpartition(" ")
        roles.setdefault(cls, set()).add(word.lower().rstrip("."))
    cues = _sections("cue_words.txt")
    frozen = {k: tuple(v) for k, v in lexicon.items()}
    return Gazetteer(
        lexicon=MappingProxyType(frozen),
        prefixes=frozenset(k[:n] for k in frozen for n in range(1, len(k))),
        openers=frozenset(k[0] for k in frozen),
        max_key=max(len(k) for k in frozen),
        first_names=frozenset(fold(w) for w in _words("first_names.txt")),
        given_names=frozenset(fold(w) for w in _words("given_names.txt") | _words("first_names.txt")),
        role_heads=frozenset(roles["head"]),
        role_modifiers=frozenset(roles["modifier"]),
        honorifics=frozenset(roles["honorific"]),
        speech_verbs=frozenset(w.lower() for w in _words("speech_verbs.txt")),
        stopwords=frozenset(w.lower() for w in _words("stopwords.txt")),
        org_cues=cues.get("organization", frozenset()),
        place_cues=cues.get("place", frozenset()),
        thing_cues=cues.get("thing", frozenset()),
        building_cues=cues.get("building", frozenset()),
        place_leads=cues.get("place-lead", frozenset()),
        thing_leads=cues.get("thing-lead", frozenset()),
        org_leads=cues.get("organization-lead", frozenset()),
        org_kinds=MappingProxyType(org_kinds),
        demonym_of=MappingProxyType(demonym_of),
        forms_of=MappingProxyType(forms_of),
        country_names=frozenset(country_names),
        world_words=frozenset(world_words),
        spellings=frozenset(spellings),
        world_names=frozenset(world_names),
    )
