"""Actors (people, organisations, countries) and places named in an article.

The method is rule-based and general:

1. Capitalised *chunks* are read off each paragraph (names may hold particles
   such as "von der" or "al-", organisation names may run on through "of",
   "for" and "and"); gazetteer names and the analyst's registry match first.
2. Each chunk is split into title words, gazetteer names and name words:
   "Russian Deputy Foreign Minister Sergei Ryabkov" is a country mention, a
   role and a person. A head noun such as Ministry or Council makes an
   organisation, Sea or Region a place, Treaty or War a thing that is neither.
3. Leftover names are decided on evidence: a title, a given name, an
   apposition ("X, the head of Y,"), an age, a speech verb, a locative
   preposition ("in Omdurman") or a facility noun ("the Fordow plant").
4. Surnames and short forms link to the fullest name ("Lavrov" joins
   "Sergei Lavrov"); acronyms link to their expansions by initials.

Capitals used for a government ("Moscow warned") are mentions of the
country; the same capital used for a location ("talks in Paris") is a place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.ingest.clues import (
    apposition_after,
    apposition_head,
    attach_lowercase_roles,
    attach_title_owners,
    gather_evidence,
    plural_role,
    seat_used_as_location,
    skip_alternative,
    used_as_channel,
    used_as_location,
)
from generator.ingest.gazetteer import COMPASS, Entry, Gazetteer, fold, key_of
from generator.ingest.language import LANGUAGE_NAMES
from generator.ingest.occurrences import (
    COAST_NOUNS,
    COMPASS_POINTS,
    COMPETITION_HEADS,
    COMPETITION_PARTS,
    CONTROL_SUFFIXES,
    COUNTRY,
    DAY_NAMES,
    DETERMINERS,
    FACILITY_NOUNS,
    DIVISION_NOUNS,
    FAITHFUL,
    GEOGRAPHIC_NOUNS,
    INSTITUTION_NOUNS,
    KIND_ACRONYMS,
    LAW_WORDS,
    LINKING_WORDS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    ORG,
    PARTICLES,
    PERSON,
    PLACE,
    RANK_QUALIFIERS,
    RANKS,
    ROYAL_QUALIFIERS,
    ROYAL_TITLES,
    SEAT_HOLDERS,
    SECT_WORDS,
    SPELLED_ORDINALS,
    TIME_NAMES,
    Context,
    Occurrence,
    Unit,
    age_set_off,
    institution_noun,
    is_acronym,
    previous_word,
    spells,
)
from generator.ingest.resolve import (
    GENERIC_NAME_WORDS,
    build_actors,
    capitals_of_unnamed_countries,
    currency_adjectives,
    decide_candidates,
    double_barrelled_surnames,
    drop_office_bodies,
    drop_title_departments,
    governments_of_countries,
    join_alternatives,
    join_body_short_forms,
    join_reordered_bodies,
    merge_formations,
    national_branches,
)
from generator.ingest.registry import Registry
from generator.ingest.tokens import DIGIT_LED_NAME, Paragraph, Token, is_initial
from generator.ingest.types import FoundActor, KnownActor, Mention

DIRECTIONS = frozenset("North South East West Northern Southern Eastern Western Central Upper Lower Greater".split())
OCEAN_SIDES = frozenset("Atlantic Pacific Arctic".split())  # "Atlantic Canada": the country's coastal region
DAYS = DAY_NAMES
MONTHS = MONTH_NAMES | MONTH_ABBREVIATIONS
# honorifics that also occur inside Muslim and Malay names ("Hassan Sheikh Mohamud", "Ahmad Haji Ali")
NAME_HONORIFICS = frozenset("sheikh shaikh sayyid sayed syed haji hajji datuk dato tun tan sri mullah".split())
# Malay styles of two words, each of which is also a name ("Tan Wei Ming", "Sri Mulyani"): a style only together
STYLE_PAIRS = frozenset({("Tan", "Sri"), ("Puan", "Sri"), ("Toh", "Puan"), ("Datuk", "Seri"), ("Dato", "Seri"),
                         ("Dato'", "Seri"), ("Dato", "Sri"), ("Dato'", "Sri"), ("Datuk", "Patinggi"), ("Tun", "Dr")})
STYLE_WORDS = frozenset(w for pair in STYLE_PAIRS for w in pair)
# middle names that are also words for a role, inside a name: "Prakash Man Singh", "Ram Bahadur ..."
MIDDLE_NAMES = frozenset("man".split())
# honorifics that are also given names, used as such before a family name: "Sultan Al Hamdi"
GIVEN_HONORIFICS = frozenset("sultan sheikh".split())
# a peer's title, which with a surname alone is the peer's name
PEERAGE = frozenset("lord lady baron baroness".split())
MONTHS_THAT_ARE_NAMES = frozenset("April May June August Jan".split())  # "Jan Kowalski"
_BEFORE_A_MONTH = frozenset("in on since until by last next early late mid".split())
_CREDIT = re.compile(r"^\W*(?:with\s+)?(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b", re.I)
_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z'\u2019.\-]+(?:\s+[A-Z][A-Z'\u2019.\-]+)*)"
    r"(?:,\s*[A-Z][A-Za-z.]*\s*\d{0,2}(?:,\s*\d{4})?)?"
    r"(?:\s*\([^)]{1,40}\))?\s*[-\u2014\u2013]{1,2}\s+"
)


@dataclass(slots=True)
class EntityResult:
    actors: list[FoundActor]
    places: list[str]
    mentions: list[Mention]
    occurrences: list[list[Occurrence]]  # per paragraph, in text order, resolved to actors


def find_entities(paragraphs: list[Paragraph], gaz: Gazetteer, known: Sequence[KnownActor]) -> EntityResult:
    registry = Registry.of(known)
    ctx = Context(gaz, registry.index, registry.max_key, _lower_words(paragraphs), registry.prefixes, registry.by_norm)
    per_par: list[list[Occurrence]] = []
    for par in paragraphs:
        per_par.append(_paragraph_occurrences(par, ctx))
    flat = [o for occs in per_par for o in occs]
    decide_candidates(flat, paragraphs, ctx)
    double_barrelled_surnames(flat, paragraphs)
    drop_title_departments(flat, paragraphs)
    currency_adjectives(flat, paragraphs)
    governments_of_countries(flat, ctx.gaz)
    capitals_of_unnamed_countries(flat, ctx.gaz)
    drop_office_bodies(flat, paragraphs, ctx.gaz)
    join_alternatives(flat)
    national_branches(flat, paragraphs)
    join_body_short_forms(flat, ctx)
    join_reordered_bodies(flat)
    merge_formations(flat, paragraphs, ctx.gaz)
    actors, places = build_actors(flat, ctx, known)
    mentions = [
        Mention(o.actor, o.paragraph, o.start, o.end)
        for o in flat
        if o.actor and o.kind in (PERSON, ORG, COUNTRY, "demonym")
    ]
    for occs in per_par:
        occs[:] = [o for o in occs if o.actor or o.kind == PLACE]
    return EntityResult(actors, places, mentions, per_par)


def _lower_words(paragraphs: list[Paragraph]) -> frozenset[str]:
    # (a token's fields by index, read in a list comprehension: its names go through a descriptor each; a token's
    # text is never empty)
    return frozenset([t[0] for p in paragraphs for t in p.tokens if t[3] and t[0][0].islower()])


# ---------------------------------------------------------------- units and chunks


def _units(par: Paragraph, ctx: Context, skip_until: int) -> tuple[list[Unit | Token], list[int]]:
    """Units and the tokens between them, in order (tokens before ``skip_until`` are left out), and where in that
    list the units are (for _chunks, which reads from units only: most items are plain tokens)."""
    out: list[Unit | Token] = []
    at: list[int] = []  # the indexes of the units in out
    toks = par.tokens
    i = 0
    while i < len(toks) and toks[i].start < skip_until:
        i += 1
    # Only a word that is not all lower-case letters may open a unit ("al", "el" may: "al-Burhan" is read so);
    # the rest, most tokens, pass through as they are.
    openers = [k for k, (text, _, _, word, _) in enumerate(toks)
               if word and (not (text[0].islower() and text.isalpha()) or text in ("al", "el"))]
    for k in openers:
        if k < i:
            continue  # (inside the unit read last)
        out.extend(toks[i:k])
        i = k
        tok = toks[i]
        first = tok.text[0]
        may_start_name = first.isupper() or first.isdigit() or "-" in tok.text or tok.text in ("al", "el")
        home = _party_and_home(toks, i, par.plain) if tok.text[1:2] == "-" else None
        if home is not None:
            at.append(len(out))
            out.append(home)
            i = home.last
            continue
        unit = _dashed_name(toks, i, par.plain, ctx) if first.isupper() else None
        if unit is None and may_start_name:
            unit = _match(toks, i, par.plain, ctx)
            if unit is not None and _inside_a_longer_name(unit, out, toks):
                unit = None  # "the Republican People's Party" is no mention of a registered "People's Party"
        if unit is not None:
            at.append(len(out))
            out.append(unit)
            i = unit.last
            continue
        # (both read a hyphenated word's parts: most words have none)
        parts = _compound_parts(toks, i, ctx) or _controller(toks, i, ctx) if "-" in tok.text else []
        if parts:
            at.extend(range(len(out), len(out) + len(parts)))
            out.extend(parts)
        elif _capitalised_word(tok, toks, i) or _ordinal_opens_a_name(toks, i) or DIGIT_LED_ACRONYM.fullmatch(tok.text):
            at.append(len(out))
            out.append(Unit(i, i + 1, tok.start, tok.end, tok.text))
        else:
            out.append(tok)
        i += 1
    out.extend(toks[i:])
    return out, at


def _party_and_home(toks: tuple[Token, ...], i: int, text: str) -> Unit | None:
    """"Rep. Gene Wu, D-Houston," and "(R-Fort Worth)": an American legislator's party letter and home town or
    state, set off by commas or brackets. The home is a place (a state that is also a country's name too:
    "R-Georgia"); the letter names no one."""
    tok = toks[i]
    if tok.text[:1] not in "RDI" or not tok.text[2:3].isupper() or i == 0 or toks[i - 1].text not in (",", "("):
        return None
    j = i + 1
    while j < len(toks) and toks[j].word and toks[j].text[:1].isupper() and toks[j].start == toks[j - 1].end + 1:
        j += 1
    name = text[tok.start + 2 : toks[j - 1].end]
    if (j < len(toks) and toks[j].text not in (",", ")", ";")) or not all(w.isalpha() for w in name.replace("-", " ").split()):
        return None
    return Unit(i, j, tok.start + 2, toks[j - 1].end, name, (Entry("place", name),), compound=True)


def _inside_a_longer_name(unit: Unit, before: list[Unit | Token], toks: tuple[Token, ...]) -> bool:
    """A registered body's name, matched only through the registry, right after a capitalised word no list
    knows: the end of another body's longer name, not this one."""
    if unit.known is None or unit.entries or unit.known.kind != ORG or " " not in unit.text or not before:
        return False
    prev = before[-1]
    return (isinstance(prev, Unit) and prev.last == unit.first and not prev.entries and prev.known is None
            and not toks[prev.first].initial and prev.text[:1].isupper())


EN_DASH = "\u2013"
SAINTS = frozenset("St Ste Saint Sainte Mt".split())  # (and the short forms that open places: "Mt. Kenya")


def _dashed_name(toks: tuple[Token, ...], i: int, text: str, ctx: Context) -> Unit | None:
    """Capitalised parts joined by en dashes with no spaces are one name: "Toronto–St. Paul's",
    "LaSalle–Émard–Verdun" (electoral districts, merged regions). A part that is a country, a
    nationality, a body or a known actor makes it a pairing instead ("the Russia–Ukraine war"),
    and so do parts that are all known places ("Tokyo–Osaka flights": a route)."""
    n = len(toks)
    if i + 2 >= n or toks[i + 1].text != EN_DASH or toks[i + 1].start != toks[i].end:
        return None
    parts: list[tuple[int, int]] = []  # token ranges of the parts
    j = i
    while True:
        if j >= n or not (toks[j].word and toks[j].text[:1].isupper()):
            return None
        k = j + 1
        if toks[j].text in SAINTS and k + 1 < n and toks[k].text == "." and toks[k + 1].text[:1].isupper():
            k += 2  # "St. Paul"
            if k < n and toks[k].text == "'s" and toks[k].start == toks[k - 1].end:
                k += 1  # "St. Paul's"
        parts.append((j, k))
        if k + 1 < n and toks[k].text == EN_DASH and toks[k].start == toks[k - 1].end and toks[k + 1].start == toks[k].end:
            j = k + 1
            continue
        break
    if len(parts) < 2:
        return None
    gaz = ctx.gaz
    known_places = 0
    for a, b in parts:
        key = tuple(fold(t.text) for t in toks[a:b])
        entries = gaz.lookup(key)
        if ctx.known.get(key) is not None or any(e.kind in ("country", "demonym", "org") for e in entries):
            return None
        if entries or (b - a == 1 and key[0] in gaz.world_words):
            known_places += 1
    last = parts[-1][1]
    surface = text[toks[i].start : toks[last - 1].end]
    if known_places == len(parts):
        return None
    place = (Entry("place", surface),) if known_places else ()
    return Unit(i, last, toks[i].start, toks[last - 1].end, surface, place)


ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


# words never capitalised for a name's sake, even inside a sentence ("said The ...", a title's "Of")
FUNCTION_WORDS = frozenset(
    "the a an of in on at to for and or but nor his her its their our my your this that these those he she it they "
    "we i you as by with from".split())


# "1MDB", "3GPP": an acronym that opens with digits names a body (three capitals at least: not "4WD", "2FA")
DIGIT_LED_ACRONYM = re.compile(r"\d+[A-Z]{3,}")


def _ordinal_opens_a_name(toks: tuple[Token, ...], i: int) -> bool:
    """"21st Century Fox", "the 5th Fleet", "1TV Sport": an ordinal, or a name that opens with digits,
    glued to capitalised words opens their name."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.start != toks[i].end + 1:
        return False
    if nxt.text in ("de", "del") and toks[i].text.isdigit() and len(toks[i].text) <= 2 and i + 2 < len(toks) \
            and toks[i + 2].text[:1].isupper() and toks[i + 2].start == nxt.end + 1:
        return True  # "18 de Julio Avenue", "the 25 de Abril Bridge": a street or a bridge named after a day
    if not (ORDINAL.fullmatch(toks[i].text) or DIGIT_LED_NAME.fullmatch(toks[i].text)):
        return False
    return nxt.text[:1].isupper() and nxt.text not in DAYS and nxt.text not in MONTHS


_CONTRACTION = re.compile(r"['\u2019](?:ve|re|ll|m|d)$")


# the ends of hyphenated adjectives made from a name; with long "-ing" and "-ed" words. (Not every lower-case
# end: "Han Duck-soo", "Lee Jae-myung" are given names.)
ADJECTIVE_TAILS = frozenset("majority minority style era born like wide made bound free friendly sized only".split())


def _capitalised_word(tok: Token, toks: tuple[Token, ...], i: int) -> bool:
    text = tok.text
    if text in DAYS:
        return False
    if text in MONTHS:
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        prev = toks[i - 1] if i else None
        if text not in MONTHS_THAT_ARE_NAMES or (nxt is not None and nxt.text[:1].isdigit()):
            return False
        if prev is not None and prev.text.lower() in _BEFORE_A_MONTH and not (
                text not in MONTH_NAMES and nxt is not None and nxt.word and nxt.text[:1].isupper()
                and nxt.start == toks[i].end + 1):
            return False  # ("in Jan Palach Square": a name after a month's short form makes it a given name)
    if text[:1].isupper():
        tail = text.rpartition("-")[2]
        if tail != text and (tail in ADJECTIVE_TAILS or len(tail) >= 6 and tail.endswith(("ing", "ed")) and tail.islower()):
            return False  # "Republican-leaning", "Kurdish-majority": an adjective (a listed name in it is read as a part)
        # "We've", "I'm", "They'll": a pronoun and a verb, no name
        return not (("'" in text or "\u2019" in text) and _CONTRACTION.search(text))
    if "-" not in text and "'" not in text and "\u2019" not in text:
        return False
    # "al-Burhan", "el-Sisi": a lower-case particle glued to a capitalised name
    m = re.match(r"(?:al|el|ad|as|ash|ar|an|at|az|bin|ibn|ben|abu)[-\u2019']", text)
    return bool(m) and text[m.end() :][:1].isupper()


def _match(toks: tuple[Token, ...], i: int, text: str, ctx: Context) -> Unit | None:
    """The longest registry or gazetteer name starting at token ``i``."""
    first = toks[i].text
    if not (first[:1].isupper() or first[:1].isdigit() or "-" in first or first in ("al", "el")):
        return None
    opener = fold(first)
    if opener not in ctx.gaz.openers and (opener,) not in ctx.known and (opener,) not in ctx.known_prefixes:
        return None  # (most capitalised words: "He", "But", "Tuesday", "President" open no listed name)
    best: Unit | None = None
    limit = max(ctx.gaz.max_key, ctx.known_max)
    words: list[str] = []
    for j in range(i, min(len(toks), i + limit)):
        tok = toks[j]
        if j > i and tok.start - toks[j - 1].end > 1:
            break  # names do not span line breaks or double spaces
        words.append(fold(tok.text))
        key = tuple(words)
        known = ctx.known.get(key)
        entries = ctx.gaz.lookup_word(key, first) if j == i else ctx.gaz.lookup(key)
        if (known is not None or entries) and (toks[j].word or toks[j].text in ("'s", ".")):
            best = Unit(i, j + 1, toks[i].start, tok.end, text[toks[i].start : tok.end], entries, known)
        elif j > i and "-" in tok.text:
            best = _name_before_a_suffix(toks, i, j, words, text, ctx) or best
        if key not in ctx.gaz.prefixes and key not in ctx.known_prefixes:
            break
    if best is not None and best.known is None and _listed_body(best, ("party", "company")) \
            and _part_of_a_longer_name(best, toks, ctx):
        # "Unión Patriótica de Cuba", "Unidos Podemos", "S&P Global Ratings": another body whose name holds a
        # listed party's or firm's; "Mercedes Sosa", "Shunichi Suzuki": a person's
        return None
    if best is not None and best.known is None and _world_name_runs_on(best, toks, ctx):
        return None  # "Santa Maria Novella" is a church, not the Brazilian city "Santa Maria"
    return best


def _name_before_a_suffix(toks: tuple[Token, ...], i: int, j: int, words: list[str], text: str, ctx: Context) -> Unit | None:
    """"New York-based", "Saudi Arabia-backed", "the Cook Islands-flagged tanker": a listed name of several
    words whose last carries an adjective's ending. The name is a part of the last token (a place where a
    body is based, whatever else the name is, as "Denver-based" says)."""
    head, _, tail = toks[j].text.rpartition("-")
    if not head or "-" in head or not tail.isalpha() or not tail.islower():
        return None
    key = (*words[:-1], fold(head))
    known = ctx.known.get(key)
    entries = ctx.gaz.lookup(key)
    if known is None and not entries or tail in ("listed", "traded") and not any(e.kind == "org" for e in entries):
        return None  # ("the New York-listed company": the exchange's city says where shares trade, no more)
    end = toks[j].start + len(head)
    name = text[toks[i].start : end]
    if f"-{tail}" in BASED_SUFFIXES and _a_base(entries, known):
        entries = (Entry("place", name),)
    return Unit(i, j + 1, toks[i].start, end, name, entries, known, compound=True)


def _world_name_runs_on(unit: Unit, toks: tuple[Token, ...], ctx: Context) -> bool:
    """A name of several words that only the world list gives, run on by a capitalised word no list knows."""
    k = unit.last
    if k >= len(toks) or not toks[k].word or not toks[k].text[:1].isupper() or toks[k].start != toks[k - 1].end + 1:
        return False
    if tuple(fold(t.text) for t in toks[unit.first : k]) not in ctx.gaz.world_names:
        return False
    word = toks[k].text
    if unit.first and toks[unit.first - 1].text.lower() == "the" and _club_plural(word, ctx.gaz):
        return False  # "the St. Louis Cardinals": the city, and its club's name (see _club_named_by_its_city)
    return not (ctx.gaz.lookup_word((fold(word),), word) or ctx.gaz.is_role_word(word) or word in ctx.gaz.place_cues
                or word in ctx.gaz.org_cues or word in TIME_NAMES)


def _listed_party(unit: Unit) -> bool:
    """Is every entry the gazetteer has for the unit a party's?"""
    return _listed_body(unit, ("party",))


def _listed_body(unit: Unit, types: tuple[str, ...]) -> bool:
    """Is every entry the gazetteer has for the unit a body's of one of these types?"""
    return bool(unit.entries) and all(e.kind == "org" and e.org_type in types for e in unit.entries)


def _part_of_a_longer_name(unit: Unit, toks: tuple[Token, ...], ctx: Context) -> bool:
    """Does the name run on past ``unit``, into a capitalised word that is no title ("Fuerza del Pueblo",
    "Ownership, Unity and Responsibility (OUR) Party"), or begin before it ("Unidos Podemos")? "Fine Gael
    TD", "the Likud Party" and "Ireland's Fine Gael" stay the party."""
    n, k = len(toks), unit.last
    while k < n and toks[k].text in PARTICLES and toks[k].start == toks[k - 1].end + 1:
        k += 1  # "del", "de": a name of that language goes on through its particles
    if k + 2 < n and toks[k].text == "(" and toks[k + 2].text == ")":
        k += 3  # "(OUR) Party": the short name in brackets, then the rest
    if k < n and toks[k].word and toks[k].text[:1].isupper() and toks[k].start <= toks[k - 1].end + 1:
        word = toks[k].text
        model = k + 1 < n and toks[k + 1].text[:1].isdigit()  # "a SpaceX Falcon 9": the maker, and its model
        if not (ctx.gaz.is_role_word(word) or word in ctx.gaz.org_cues and k == unit.last
                or word.isupper() and len(word) <= 4 and k == unit.last or model):
            return True
    i = unit.first - 1
    if i >= 0 and toks[i].word and toks[i].text[:1].isupper() and not toks[i].initial:
        word = toks[i].text
        return not (ctx.gaz.lookup_word((fold(word),), word) or ctx.gaz.is_role_word(word) or word in FUNCTION_WORDS
                    or word in TIME_NAMES)  # ("In November Nvidia, whose chips ...")
    return False


def _compound_parts(toks: tuple[Token, ...], i: int, ctx: Context) -> list[Unit]:
    """Gazetteer names inside a hyphenated word: "Russia-EU", "Moscow-backed", "pro-Russian"."""
    tok = toks[i]
    if "-" not in tok.text or tok.text.split("-", 1)[0] in NAME_PREFIXES:
        return []  # ("the Inter-American Court", "the Trans-Pacific Partnership": one word of a longer name)
    based = _based_in(tok, i, ctx)
    if based is not None:
        return [based]
    if _double_barrelled(toks, i, ctx):
        return []
    out: list[Unit] = []
    offset = tok.start
    parts = tok.text.split("-")
    # a firm's name is one part of a pairing only where every part is a name some list knows ("Renault-Nissan");
    # among unknown parts it is one syllable of another name ("Hograno-Kia-Havulei", a village)
    firms = all(ctx.gaz.lookup_word((fold(p),), p) or ctx.known.get((fold(p),)) for p in parts)
    for part in parts:
        key = (fold(part),)
        entries = tuple(e for e in ctx.gaz.lookup_word(key, part) if e.kind in ("country", "capital", "demonym", "org")
                        and e.org_type != "party"  # ("GroenLinks-PvdA": two parties' alliance is one name)
                        and (firms or e.org_type != "company"))
        known = ctx.known.get(key)
        if part[:1].isupper() and (entries or known):
            out.append(Unit(i, i + 1, offset, offset + len(part), part, entries, known, compound=True))
        offset += len(part) + 1
    return out


def _double_barrelled(toks: tuple[Token, ...], i: int, ctx: Context) -> bool:
    """"Duncan Crabtree-Ireland", "Jennifer Geerlings-Simons": after a capitalised word no list knows as a
    place or a body, capitalised parts of which some no list knows are one surname, not a pairing of names
    ("Russia-EU") with a country in it."""
    tok = toks[i]
    if i == 0 or toks[i - 1].end + 1 != tok.start or not toks[i - 1].word:
        return False
    parts = tok.text.split("-")
    given = toks[i - 1].text
    if not all(p[:1].isupper() and p.isalpha() for p in parts) or not (given[:1].isupper() and given.isalpha()):
        return False
    if given.lower() in FUNCTION_WORDS or (ctx.gaz.lookup_word((fold(given),), given) and fold(given) not in ctx.gaz.first_names):
        return False  # ("The US-Iran talks", "Northern Ireland-Scotland": a pairing after a name of places)
    return any(not ctx.gaz.lookup_word((fold(p),), p) and ctx.known.get((fold(p),)) is None for p in parts)


BASED_SUFFIXES = ("-based", "-headquartered")
NAME_PREFIXES = frozenset("Inter Intra Pan Trans All".split())  # prefixes, not names: "Inter-American"


def _controller(toks: tuple[Token, ...], i: int, ctx: Context) -> list[Unit]:
    """The name before "-led", "-backed", "-owned" when no list knows its parts ("GERB-led" gives "GERB"):
    without this the whole word was one name, "GERB-led", and dropped as an adjective."""
    tok = toks[i]
    name, _, suffix = tok.text.rpartition("-")
    if suffix not in CONTROL_SUFFIXES or not (name[:1].isupper() or name.startswith(("al-", "el-"))):
        return []
    if not all(part[:1].isupper() or part in ("al", "el") for part in name.split("-")):
        return []
    if i and toks[i - 1].word and toks[i - 1].text[:1].isupper() and toks[i - 1].text.lower() not in DETERMINERS:
        return []  # "African Union-led": the end of a longer name, which this word alone does not give
    entries = tuple(e for e in ctx.gaz.lookup_word((fold(name),), name) if e.kind in ("country", "capital", "demonym", "org"))
    known = ctx.known.get((fold(name),))
    return [Unit(i, i + 1, tok.start, tok.start + len(name), name, entries, known, compound=True)]


def _based_in(tok: Token, i: int, ctx: Context) -> Unit | None:
    """"Denver-based", "Lyon-headquartered": the capitalised word before the suffix is where a body sits,
    a place even when it is a capital (a country stays the country: "UK-based")."""
    text = tok.text
    suffix = next((s for s in BASED_SUFFIXES if text.lower().endswith(s)), "")
    name = text[: -len(suffix)] if suffix else ""
    if not name or not name[:1].isupper() or "-" in name or not name[1:].islower():
        return None
    if not _a_base(ctx.gaz.lookup_word((fold(name),), name), ctx.known.get((fold(name),))):
        return None
    return Unit(i, i + 1, tok.start, tok.start + len(name), name, (Entry("place", name),), compound=True)


def _a_base(entries: tuple[Entry, ...], known: KnownActor | None) -> bool:
    """Where a body is based is a place, even a capital's name; a country, a people or a body stays itself."""
    return known is None and not any(e.kind in ("country", "demonym", "org") for e in entries)


def _chunks(items: list[Unit | Token], gaz: Gazetteer, toks: tuple[Token, ...] = (),
            unit_at: list[int] | None = None) -> list[list[Unit | Token]]:
    """Group adjacent units into chunks, keeping joining words ("of", "von der") inside. ``unit_at`` lists where
    the units are among the items (each chunk opens with one), when the caller knows it."""
    if unit_at is None:
        unit_at = [k for k, u in enumerate(items) if isinstance(u, Unit)]
    chunks: list[list[Unit | Token]] = []
    n = len(items)
    resume = 0  # the first item after the chunk read last
    for i in unit_at:
        if i < resume:
            continue
        item = items[i]
        if item.compound:
            chunks.append([item])
            resume = i + 1
            continue
        chunk: list[Unit | Token] = [item]
        joined_by_of = False
        j = i + 1
        while j < n:
            nxt = items[j]
            prev_end = chunk[-1].end
            if isinstance(nxt, Unit):
                if nxt.compound or nxt.start - prev_end > 1:
                    break
                chunk.append(nxt)
                j += 1
                continue
            word = nxt.text
            if word == "and" and len(chunk) == 1 and _remit_pair(chunk[0], items, j, gaz, toks):
                chunk.extend(items[j : j + 2])  # "Youth and Sports Minister X": one post's remit of two fields
                j += 2
                continue
            initial = isinstance(chunk[-1], Unit) and is_initial(chunk[-1].text)
            if word == "." and isinstance(chunk[-1], Unit) and (
                    chunk[-1].text.lower() in gaz.honorifics or initial or chunk[-1].text in SAINTS):
                after = _next_unit(items, j + 1, nxt.end)
                if chunk[-1].text in SAINTS and not _abbreviated_place(after, items, gaz) \
                        and not (len(chunk) == 1 and _after_a_locative(items, i)):  # ("landfall in St. Elizabeth")
                    break  # ("the Order of St. Augustine": a saint's name, no place)
                if after is not None and not (initial and toks and toks[after.first].initial and not _initial_opens_a_name(chunk, after, toks, gaz)):
                    chunk.append(nxt)  # "Mr. Kishida", "Sen. Lindsey Graham"
                    j += 1
                    continue
                break
            if word in ("'", "\u2019") and nxt.start == prev_end and chunk[-1].text.endswith("s") \
                    and not _owner_complete(chunk[-1], gaz):
                if _next_unit(items, j + 1, nxt.end + 1) is not None:
                    chunk.append(nxt)  # "Players' Association": a plural possessive inside a name
                    j += 1
                    continue
            if word in ("'s", "\u2019s") and nxt.start == prev_end and isinstance(chunk[-1], Unit) \
                    and chunk[-1].single and gaz.is_role_word(chunk[-1].text) and chunk[-1].text[:1].isupper() \
                    and not (len(chunk) > 1 and chunk[-2].text == "of"):  # ("the Department of Energy's Office")
                office = _next_unit(items, j + 1, nxt.end + 1)
                if office is not None and office.single and office.text in gaz.org_cues:
                    chunk.extend([nxt, office])  # "Westminster Magistrate's Court", "the Coroner's Court": a title's court
                    j += 2
                    continue
            if word in ("'s", "\u2019s") and nxt.start == prev_end and isinstance(chunk[-1], Unit) \
                    and _saints_place(chunk, _next_unit(items, j + 1, nxt.end + 1), gaz):
                chunk.append(nxt)  # "St. Peter's Square", "St Thomas's Hospital": a place named after a saint
                j += 1
                continue
            nick = _nickname_end(items, j, prev_end) if word in _NICK_OPEN and isinstance(chunk[-1], Unit) else 0
            if nick:
                chunk.extend(items[j:nick])  # Faustino "Bojie" Dy III: a nickname inside the name
                j = nick
                continue
            if word == "&" and isinstance(chunk[-1], Unit) and nxt.start - prev_end == 1:
                after = _next_unit(items, j + 1, nxt.end)
                if after is not None and after.start == nxt.end + 1:
                    chunk.append(nxt)  # "Procter & Gamble", "Mitsui & Co.": a firm's name joined by an ampersand
                    j += 1
                    continue
                if _ampersand_letter(items, j + 1, nxt.end):
                    # "Seven & i Holdings", "Seven & i said": a firm's small letter after its ampersand, read as
                    # a word of the name, so that the name may end on it (the "&" is the token after the unit)
                    letter, at = items[j + 1], chunk[-1].last + 1
                    chunk.extend([nxt, Unit(at, at + 1, letter.start, letter.end, letter.text)])
                    j += 2
                    continue
            if word == "/" and nxt.start == prev_end and isinstance(chunk[-1], Unit):
                after = _next_unit(items, j + 1, nxt.end)
                if after is not None and after.start == nxt.end and not after.compound and not (
                        chunk[-1].entries or after.entries or chunk[-1].known or after.known):
                    chunk.append(nxt)  # "Arouca/Lopinot", "Malabar/Mausica": a constituency of two places
                    j += 1
                    continue
            if word == "," and joined_by_of and nxt.start == prev_end and _headed_by_a_cue(chunk, gaz):
                end = _remit_list_end(items, j)
                if end > j:
                    chunk.extend(items[j:end])  # "the Ministry of Land, Infrastructure and Transport": one remit
                    j = end
                    continue
            if not nxt.word or nxt.start - prev_end > 1:
                break
            follow = _next_unit(items, j + 1, nxt.end)
            if follow is None and word in ("of", "for") and j + 2 < n and isinstance(items[j + 1], Token):
                if items[j + 1].text == "the":
                    follow = _next_unit(items, j + 2, items[j + 1].end)
            if follow is None and word not in PARTICLES:
                break
            last = chunk[-1]
            last_word = last.text.split()[-1] if isinstance(last, Unit) else ""
            placed = isinstance(last, Unit) and last.entries and all(e.kind in ("place", "capital") for e in last.entries)
            if word in PARTICLES and isinstance(last, Unit) and (not last.entries or placed):
                k = j
                while k < n and isinstance(items[k], Token) and items[k].word and items[k].text in PARTICLES:
                    k += 1
                follow = _next_unit(items, k, items[k - 1].end)
                # "San Antonio de los Baños": a town's name runs on past "de los" to a name no gazetteer has
                # ("Santiago de Compostela": the part after the particles may be a place of its own elsewhere)
                if follow is not None and (not placed or not follow.entries
                                           or all(e.kind == "place" for e in follow.entries)):
                    chunk.extend(items[j:k])
                    j = k
                    continue
                break
            heads_a_name = (last_word in gaz.org_cues or last_word in gaz.place_cues or gaz.is_role_word(last_word)) \
                and last_word.rstrip(".") not in LEGAL_FORMS  # ("APA Corp of the United States": the firm is from there)
            if word in ("of", "for") and follow is not None and _plural_body(chunk[-1], follow, toks, gaz):
                chunk.extend([nxt, follow])  # "the Brothers of Italy", "Patriots for Europe, a new group"
                j += 2
                break
            runs_on = joined_by_of and (_after_and(chunk) or (
                _named_after_of(chunk) and follow is not None and follow.text.split()[0] not in gaz.org_cues
                and not any(e.kind == "org" for e in follow.entries)))  # (not "of the Council of Europe")
            if word in ("into", "on") and last_word in REMIT_HEADS and follow is not None and follow.text not in TIME_NAMES:
                chunk.append(nxt)  # "the Commission of Inquiry into State Capture", "the Council on Foreign Relations"
                joined_by_of = True
                j += 1
                continue
            # "the Hall of the Lost Steps", "the Museum of the Revolution": a building's name runs on past "of the"
            # into words no list knows
            building = word == "of" and last_word in gaz.building_cues and follow is not None \
                and isinstance(items[j + 1], Token) and items[j + 1].text == "the" \
                and not follow.entries and follow.known is None
            if word in ("of", "for") and (heads_a_name or runs_on or building):
                # "Committee for the Transition and Restoration of Institutions", "Optimist Party for the
                # Development of Mozambique": a body's name runs on
                chunk.append(nxt)
                joined_by_of = True
                j += 1
                if j < n and isinstance(items[j], Token) and items[j].text == "the" and _next_unit(items, j + 1, items[j].end):
                    chunk.append(items[j])
                    j += 1
                continue
            if word == "and" and (joined_by_of or _and_joins_a_body(chunk, items, j + 1, toks, gaz)
                                  or _two_heads(chunk, items, j + 1, gaz)) \
                    and not (joined_by_of and follow is not None and (follow.known is not None or any(
                        e.kind in ("org", "country") for e in follow.entries))):  # ("... and TotalEnergies")
                chunk.append(nxt)
                j += 1
                continue
            break
        while chunk and not isinstance(chunk[-1], Unit):
            chunk.pop()
            j -= 1
        chunks.append(chunk)
        resume = max(j, i + 1)
    return chunks


# the heads of a natural feature's name before "of": "the Sea of Marmara", "the Strait of Hormuz" (not "State",
# "City" or "County": "the State of Palestine" is a country, "the County of Maui said" its government)
FEATURE_HEADS = frozenset("Sea Ocean Gulf Bay Strait Straits Lake Cape Isle Island Islands Mount Coast Valley "
                          "Plain Plains Mouth".split())
# bodies whose remit follows "into" or "on": an inquiry's subject, a committee's field
REMIT_HEADS = frozenset("Inquiry Commission Committee Subcommittee Council Panel Task".split())
_NICK_OPEN = frozenset('"\u201c')
_NICK_CLOSE = frozenset('"\u201d')


def _nickname_end(items: list[Unit | Token], j: int, prev_end: int) -> int:
    """At an opening quotation mark after a name word: the index of the surname after "Bojie" in quotation marks
    (one or two capitalised words, a space each side), else 0."""
    n = len(items)
    if items[j].start != prev_end + 1:
        return 0
    k = j + 1
    while k < n and k - j <= 2 and isinstance(items[k], Unit) and items[k].single and items[k].text[:1].isupper():
        k += 1
    if k == j + 1 or k + 1 >= n or items[k].text not in _NICK_CLOSE or items[k].start != items[k - 1].end:
        return 0
    after = items[k + 1]
    if not isinstance(after, Unit) or after.start != items[k].end + 1 or not after.text[:1].isupper():
        return 0
    return k + 1


def _headed_by_a_cue(chunk: list[Unit | Token], gaz: Gazetteer) -> bool:
    """The chunk opens with a body's head noun ("Ministry of ..."), past the sentence's first "The"."""
    head = chunk[1] if chunk[0].text == "The" and len(chunk) > 1 else chunk[0]
    if not isinstance(head, Unit):
        return False
    # (or a post's: "Minister of Finance, Planning and Statistics", "Cabinet Secretary for Energy, Mining and Water")
    return head.text in gaz.org_cues or gaz.is_role_word(head.text.split()[-1])


def _remit_pair(first: Unit, items: list[Unit | Token], j: int, gaz: Gazetteer, toks: tuple[Token, ...]) -> bool:
    """"Youth and Sports Minister X", "Youth and Culture Minister X": two capitalised fields joined by "and"
    right before a post's head and a name are the post's remit (``items[j]`` is the "and"); not the last two
    of a list of names ("Ruiz, Dahl and Prime Minister X")."""
    if not first.single or not _may_name_a_field(first) or gaz.is_role_word(first.text) or j + 3 >= len(items):
        return False
    if toks and first.first and toks[first.first - 1].text == ",":
        return False
    second, head, name = items[j + 1], items[j + 2], items[j + 3]
    return (isinstance(second, Unit) and second.single and _may_name_a_field(second)
            and isinstance(head, Unit) and head.single and head.text.lower() in gaz.role_heads
            and head.start == second.end + 1 and isinstance(name, Unit) and name.start == head.end + 1
            and not gaz.is_role_word(name.text))


def _may_name_a_field(u: Unit) -> bool:
    """A word no list knows, or one only a body's name ("Labour and Employment Secretary"): never a country,
    a place or a people ("France and Germany Foreign Ministers")."""
    return u.known is None and all(e.kind == "org" for e in u.entries)


def _opens_with_a_remit_pair(units: list[Unit | Token], gaz: Gazetteer) -> bool:
    """The chunk _chunks joined at a remit pair: a word, "and", a word, a post's head, a name."""
    return (len(units) >= 5 and isinstance(units[1], Token) and units[1].text == "and"
            and all(isinstance(u, Unit) for u in units[2:5]) and units[3].text.lower() in gaz.role_heads)


def _remit_link(units: list[Unit | Token], k: int) -> bool:
    """A comma or "and" inside a ministry's remit, a word on each side: "of Energy, Housing and Transport"."""
    return (isinstance(units[k], Token) and units[k].text in (",", "and") and 0 < k < len(units) - 1
            and isinstance(units[k - 1], Unit) and isinstance(units[k + 1], Unit))


def _remit_list_end(items: list[Unit | Token], j: int) -> int:
    """At a comma after "Ministry of X": where ", Y and Z" ends, when plain capitalised words (one to three each)
    are all it lists, else ``j``."""
    n = len(items)

    def words_from(k: int) -> int:  # past one to three plain capitalised words
        end = k
        while end < n and end - k < 3 and _plain_word(items[end]):
            end += 1
        return end

    k = j
    while k < n and items[k].text == ",":
        if k + 1 < n and items[k + 1].text == "and":
            return j  # (", and": "at the University of Szeged, and Weissman": a second subject, no remit)
        end = words_from(k + 1)
        if end == k + 1:
            return j
        k = end
    if k >= n or items[k].text != "and":
        return j
    end = words_from(k + 1)
    if end == k + 1 or (end < n and isinstance(items[end], Unit)):
        return j
    return end


def _plain_word(item: Unit | Token) -> bool:
    return isinstance(item, Unit) and item.single and not item.entries and item.known is None and item.text[:1].isupper()


def _after_a_locative(items: list, i: int) -> bool:
    """Does a locative word ("in", "near", "from") stand right before item ``i``?"""
    return i > 0 and isinstance(items[i - 1], Token) and items[i - 1].text.lower() in ("in", "near", "at", "from", "to", "into")


def _abbreviated_place(after: Unit | None, items: list, gaz: Gazetteer) -> bool:
    """"St. Louis", "St. Peter's Square", "Mt. Hermon Road": what follows the short form is a known place,
    the owner of a place, or a name ending in a place's word."""
    if after is None:
        return False
    k = next((i for i, u in enumerate(items) if u is after), -1)
    owner = k + 1 < len(items) and isinstance(items[k + 1], Token) and items[k + 1].text in ("'s", "\u2019s")
    return owner or any(e.kind == "place" for e in after.entries) or after.text.split()[-1] in gaz.place_cues


def _saints_place(chunk: list[Unit | Token], after: Unit | None, gaz: Gazetteer) -> bool:
    """"St. Peter" + "'s" + "Basilica": a saint's or a monarch's name owns the place it names, where a
    possessive elsewhere ("Russia's Black Sea fleet") ends a name."""
    head = after.text.split()[-1] if after is not None else ""
    if after is None or (head not in gaz.place_cues and head not in gaz.building_cues):
        return False
    first = chunk[0].text.split()[0] if isinstance(chunk[0], Unit) else ""
    return first in SAINTS | _MONARCHS and len([u for u in chunk if isinstance(u, Unit)]) <= 2


_MONARCHS = frozenset({"King", "Queen"})


def _named_after_of(chunk: list[Unit | Token]) -> bool:
    """The chunk's run after its first "of"/"for" is one capitalised noun ("for the Development"), as a body's
    remit is; a second "of" goes on with it."""
    k = max(i for i, u in enumerate(chunk) if isinstance(u, Token) and u.text in ("of", "for"))
    after = [u for u in chunk[k + 1 :] if isinstance(u, Unit)]
    return len(after) == 1 and after[0].single and not after[0].entries


def _initial_opens_a_name(chunk: list[Unit | Token], after: Unit, toks: tuple[Token, ...], gaz: Gazetteer) -> bool:
    """"S. Rajan", "K. P. Menon": initials that open a chunk and a capitalised word after the full stop
    are one name, though the stop looks like a sentence's end. A word that opens sentences ("The",
    "He") after the stop, or a capitalised word before the letter ("Group C. Officials"), ends the
    sentence."""
    if not all(isinstance(u, Token) or is_initial(u.text) for u in chunk):
        return False
    first = chunk[0].first if isinstance(chunk[0], Unit) else 0
    if first > 0 and toks[first - 1].word and toks[first - 1].text[:1].isupper():
        return False
    word = after.text.split()[0]
    if len(word) == 1:
        return word.isupper()  # a second initial: "K. P. Menon"
    return word.lower() not in gaz.stopwords and not word.isupper()


def _after_and(chunk: list[Unit | Token]) -> bool:
    return len(chunk) >= 2 and isinstance(chunk[-2], Token) and chunk[-2].text == "and"


def _two_heads(chunk: list[Unit | Token], items: list[Unit | Token], k: int, gaz: Gazetteer) -> bool:
    """"Milestone School and College", "Anglo Bank and Trust": a name whose head noun "and" one more head noun
    ends is one body, with both."""
    def heads(word: str) -> bool:
        return word in gaz.org_cues or word in gaz.building_cues  # (no union of the two sets made per chunk)

    last = chunk[-1]
    if len(chunk) < 2 or not isinstance(last, Unit) or not last.single or not heads(last.text):
        return False
    after = items[k] if k < len(items) else None
    return (isinstance(after, Unit) and after.single and heads(after.text) and after.start == items[k - 1].end + 1
            and not (k + 1 < len(items) and isinstance(items[k + 1], Unit))
            and not last.text.endswith("s") and not after.text.endswith("s"))  # ("the Social Democrats and Greens")


def _and_joins_a_body(
    chunk: list[Unit | Token], items: list[Unit | Token], k: int, toks: tuple[Token, ...], gaz: Gazetteer
) -> bool:
    """"the Trade and Industry Ministry": "the", plain words, "and", and plain words a body's head noun
    ends (without the article, "Gannett and GateHouse Media" is a list of two companies). A possessive
    does the article's job: "the union's Trade and Industry Council"."""
    if isinstance(chunk[0], Unit) and chunk[0].text == "The":
        chunk = chunk[1:]  # the sentence's first word
    elif not toks or not isinstance(chunk[0], Unit) or chunk[0].first == 0:
        return False
    elif toks[chunk[0].first - 1].text.lower() not in ("the", "'s", "\u2019s"):
        return False
    while chunk and isinstance(chunk[0], Unit) and chunk[0].entries and all(
            e.kind in ("country", "demonym") for e in chunk[0].entries):
        chunk = chunk[1:]  # "the US Securities and Exchange Commission": the country the body belongs to
    if not chunk:
        return False
    if not all(isinstance(u, Unit) and u.single and not u.entries and u.known is None for u in chunk):
        return False
    if any(fold(u.text) in gaz.first_names for u in chunk if isinstance(u, Unit)):
        return False
    run: list[Unit] = []
    while k < len(items) and isinstance(items[k], Unit) and items[k].single and not items[k].entries:
        run.append(items[k])
        k += 1
    if k < len(items) and items[k].text in ("of", "for"):
        return False  # "Choi and Bank of Korea": the body's name goes on past the head noun
    # (a head noun may open the second half too: "the Securities and Exchange Commission")
    return 2 <= len(run) <= 4 and run[-1].text in gaz.org_cues and (run[0].text not in gaz.org_cues or len(run) == 2)


def _plural_body(head: Unit | Token, place: Unit, toks: tuple[Token, ...], gaz: Gazetteer) -> bool:
    """"The Brothers of Italy", "Patriots for Europe, a far-right group": a capitalised plural, "of" or
    "for", and a country or region name is a body's name when "the" opens it or an apposition or
    "led by" says it is a body ("the Americans of Ohio" stays people: a nationality is no such plural)."""
    if not isinstance(head, Unit) or not head.single or not toks:
        return False
    word = head.text
    if not (word.endswith("s") and word[1:].islower()) or fold(word) in gaz.first_names or gaz.is_role_word(word):
        return False
    if word in gaz.org_cues or word in gaz.place_cues or word in gaz.thing_cues or word in gaz.building_cues:
        return False
    if not place.entries or any(e.kind not in ("country", "place", "capital") for e in place.entries):
        return False
    n = len(toks)
    if place.last < n and toks[place.last].word and toks[place.last].text[:1].isupper():
        return False  # the name runs on: "Friends of Europe Forum" is read another way
    the_before = head.first > 0 and toks[head.first - 1].text.lower() == "the"
    comma = place.last < n and toks[place.last].text == ","
    led = comma and place.last + 2 < n and toks[place.last + 1].text == "led" and toks[place.last + 2].text == "by"
    return the_before or led or (comma and apposition_head(toks, place.last, gaz) in INSTITUTION_NOUNS)


def _ampersand_letter(items: list[Unit | Token], j: int, after: int) -> bool:
    """A lone small letter after "&" ("Seven & i", "Seven & i Holdings") is part of a firm's name.

    "a" is left out: "Smith & a colleague" joins a person and a common noun.
    """
    if j >= len(items) or not isinstance(items[j], Token):
        return False
    tok = items[j]
    return (tok.start == after + 1 and len(tok.text) == 1 and tok.text.islower() and tok.text != "a"
            and (j + 1 >= len(items) or items[j + 1].start > tok.end or not items[j + 1].word))


def _next_unit(items: list[Unit | Token], j: int, after: int) -> Unit | None:
    if j < len(items) and isinstance(items[j], Unit) and not items[j].compound and items[j].start - after <= 1:
        return items[j]
    return None


# ---------------------------------------------------------------- one paragraph


def _paragraph_occurrences(par: Paragraph, ctx: Context) -> list[Occurrence]:
    if _CREDIT.match(par.plain) or _is_heading(par, ctx.gaz):
        return []
    occs: list[Occurrence] = []
    skip = 0
    m = _DATELINE.match(par.plain)
    if m and any(c.islower() for c in par.plain[m.end() : m.end() + 40]):
        skip = m.end()
        city = m.group(1).strip(" .")
        name = " ".join(w.capitalize() if not w.isupper() or len(w) > 3 else w.title() for w in city.split())
        name = "-".join(p[:1].upper() + p[1:] for p in name.split("-"))
        occs.append(Occurrence(par.index, 0, 0, m.start(1), m.start(1) + len(city), name, PLACE, key=_place_name(name, ctx)))
    items, unit_at = _units(par, ctx, skip)
    forms = [(a, b, -1) for a, b in _long_forms(par, ctx)] + _alternative_names(par) + _names_known_by(par)
    done: set[int] = set()
    for chunk in _chunks(items, ctx.gaz, par.tokens, unit_at):
        chunk = _without_labels(chunk)
        form = next((f for f in forms if chunk[0].start < f[1] and chunk[-1].end > f[0]), None) if forms else None
        if form is None:
            occs.extend(_read_chunk(chunk, par, ctx))
            continue
        # the chunk holds a long form, or part of it: read what lies outside it as usual
        before = _trim_tokens([u for u in chunk if u.end <= form[0]])
        after = _trim_tokens([u for u in chunk if u.start >= form[1]])
        if before:
            occs.extend(_read_chunk(before, par, ctx))
        if form[0] not in done:
            done.add(form[0])
            if form[2] < 0:
                occs.extend(_long_form_occurrences(form[:2], items, par, ctx))
            else:
                occs.append(_alternative_occurrence(form, par))
        if after:
            occs.extend(_read_chunk(after, par, ctx))
    occs.extend(_lowercase_ministries(occs, par, ctx))
    _take_group_nouns(occs, par)
    _named_before_plural_groups(occs, par, ctx.lower_words)
    occs = _epithets(occs, par)
    _nationality_opens_a_department(occs, par)
    _title_owns_an_office(occs, par, ctx.gaz)
    occs = _waters_named_by_a_land(occs, par)
    occs = [o for o in occs if not (o.kind in (PLACE, "candidate") and _names_a_time_zone(o, par))]
    occs = _towns_named_after_a_city(occs, par)
    occs = _nicknames(occs, par)
    occs = _party_qualifiers(occs, par)
    occs = _collective_possessives(occs, par, ctx.gaz)
    _campuses_entered(occs, par)
    _peoples_that_act(occs, par)
    # "published in the Official Journal": a body's name read from its cue word, used as a channel only
    occs = [o for o in occs if not (o.kind == ORG and o.known is None and _channel_occurrence(o, par, ctx))]
    attach_lowercase_roles(occs, par, ctx)
    attach_title_owners(occs, par, ctx.gaz)
    for occ in occs:
        if occ.kind == "candidate":
            gather_evidence(occ, par, ctx)
    occs.sort(key=lambda o: o.start)
    return occs


# letters after a person's name: a rank at the bar, a seat, an honour ("Nanette Rogers SC", "Keir Starmer KC MP")
POSTNOMINALS = frozenset("KC QC SC MP MEP MLA MSP OBE MBE CBE KBE DBE GBE PhD FRS Esq".split())


def _without_labels(chunk: list[Unit | Token]) -> list[Unit | Token]:
    """The chunk less the letters that follow a name of two words or more (no part of the name), and
    less an "NGO" that opens it ("the NGO Common Cause": what the body is, as "the charity" would say)."""
    if len(chunk) > 1 and isinstance(chunk[0], Unit) and chunk[0].text in KIND_ACRONYMS and isinstance(chunk[1], Unit):
        chunk = chunk[1:]
    end = len(chunk)
    while end > 2 and isinstance(chunk[end - 1], Unit) and chunk[end - 1].text in POSTNOMINALS \
            and isinstance(chunk[end - 2], Unit) and not chunk[end - 2].entries:
        end -= 1
    return chunk[:end] if end < len(chunk) and end >= 2 else chunk


# lowercase nouns a group's name runs into: "the Houthi movement", "the Noorzai network"
GROUP_NOUNS = frozenset("movement network".split())


def _take_group_nouns(occs: list[Occurrence], par: Paragraph) -> None:
    """A one-word name right before "movement" or "network" names a group by both words: the noun is
    part of its name ("the X movement"), and the word alone is no person or surname here."""
    toks = par.tokens
    for o in occs:
        if o.last - o.first != 1 or o.last >= len(toks):
            continue
        noun = toks[o.last]
        if o.kind in (COUNTRY, ORG) and o.surface.isupper() and len(o.surface) > 3 and noun.text in ("bloc", "alliance", "coalition") \
                and noun.start == o.end + 1:
            # "the INDIA bloc": a country's name in capitals before a coalition's noun is the coalition's acronym
            _run_on_to(o, o.last + 1, noun.end, par, ORG)
            o.actor = ""
            continue
        if o.kind not in (ORG, "candidate"):
            continue
        if noun.text not in GROUP_NOUNS or noun.start != o.end + 1:
            continue
        o.surface = par.plain[o.start : noun.end]
        o.end, o.last = noun.end, o.last + 1
        if o.kind == "candidate":
            o.kind, o.key = ORG, o.surface


# what history calls a ruler after his name: "Alexander the Great", "Gorm the Old", "Ivan the Terrible"
EPITHETS = frozenset("Great Old Elder Younger Conqueror Terrible Bold Wise Pious Magnificent Confessor Lionheart "
                     "Fat Bald Good Just Red Fair Navigator Liberator Lawgiver Martyr Unready Hammer".split())


def _epithets(occs: list[Occurrence], par: Paragraph) -> list[Occurrence]:
    """A one-word name, "the" and an epithet are one person's name (the epithet read alone goes)."""
    toks = par.tokens
    by_first = {o.first: o for o in occs}
    absorbed: set[int] = set()
    for o in occs:
        if o.kind not in ("candidate", PERSON, PLACE) or o.last - o.first != 1 or o.last + 1 >= len(toks):
            continue
        if toks[o.last].text == "the" and toks[o.last + 1].text in EPITHETS:
            epithet = by_first.get(o.last + 1)
            if epithet is not None:
                absorbed.add(id(epithet))
            _run_on_to(o, o.last + 2, toks[o.last + 1].end, par, PERSON)
            o.evidence.add("title")
    return _without(occs, absorbed)


PLURAL_GROUPS = frozenset("gangs groups militias parties movements cartels factions networks unions".split())


def _named_before_plural_groups(occs: list[Occurrence], par: Paragraph, lower_words: frozenset[str]) -> None:
    """"the MS-13 and Calle 9 gangs", "the Hamas and Islamic Jihad groups": names listed before a plural
    noun for bodies are those bodies."""
    toks = par.tokens

    def past_number(j: int) -> int:
        return j + 1 if j < len(toks) and toks[j].text.isdigit() and toks[j].start == toks[j - 1].end + 1 else j

    for k, o in enumerate(occs):
        if o.kind != "candidate" or o.last >= len(toks) or toks[o.first].initial or o.surface.lower() in lower_words \
                or o.surface + "s" in FAITHFUL:
            continue  # "Ruling and opposition parties", "the Sunni and Shiite parties": adjectives
        j = past_number(o.last)
        own_number = j > o.last
        if j < len(toks) and toks[j].text == "and" and k + 1 < len(occs) and occs[k + 1].first == j + 1:
            j = past_number(occs[k + 1].last)  # the first of a pair: the noun follows the second
        if j < len(toks) and toks[j].text in PLURAL_GROUPS:
            if own_number:  # "Barrio 18": the number is part of the name
                _run_on_to(o, o.last + 1, toks[o.last].end, par, ORG)
            o.kind, o.key = ORG, o.surface


_QUANTIFIERS = frozenset("of many some several few most all two three four five six seven eight nine ten dozens hundreds thousands".split())
_PAST_OF_A_PEOPLE = frozenset("voted chose went gave took won lost rose stood".split())


def _peoples_that_act(occs: list[Occurrence], par: Paragraph) -> None:
    """"Colombians narrowly rejected the deal": a people named by its plural, doing something as a whole, is
    its state acting (a demonym as the state); "three Colombians were killed" counts people, no state."""
    toks = par.tokens
    for o in occs:
        if o.kind != "demonym" or o.modifier or not o.surface.endswith("s") or o.last >= len(toks):
            continue
        before = toks[o.first - 1].text.lower() if o.first else ""
        if before in _QUANTIFIERS or before[:1].isdigit() or before in ("the", "these", "those", "fellow"):
            continue
        k = o.last
        if toks[k].text.endswith("ly") and k + 1 < len(toks):
            k += 1  # "narrowly"
        verb = toks[k].text
        if verb.islower() and (verb.endswith("ed") or verb in _PAST_OF_A_PEOPLE):
            o.kind = COUNTRY
            o.evidence.add("people")  # a mention of the country, never its name


# bodies that are also grounds one can be inside: "protesters inside the X University"
CAMPUS_HEADS = frozenset("University College Polytechnic Campus".split())
_INSIDE_WORDS = frozenset("inside outside into near around within".split())


def _campuses_entered(occs: list[Occurrence], par: Paragraph) -> None:
    """"holed up inside the Harbour University": a university one is inside, outside or near is grounds,
    a place; "at" and "from" stay with the body ("a professor at X"). So is a body's seat that a crowd
    marches on, storms or sets fire to ("marched on the Federal Parliament", "set fire to ... the Supreme
    Court"): the building, not the body."""
    toks = par.tokens
    for o in occs:
        if o.kind != ORG:
            continue
        j = o.first - 1
        head = o.surface.split()[-1]
        if head in CAMPUS_HEADS and o.known is None and not o.org_type:
            if j >= 1 and toks[j].text.lower() == "the" and toks[j - 1].text.lower() in _INSIDE_WORDS:
                o.kind, o.key = PLACE, o.surface
        elif head in SEAT_HEADS and j >= 1 and toks[j].text.lower() == "the" and _attacked(toks, j - 1):
            o.kind, o.key = PLACE, o.surface


SEAT_HEADS = frozenset("Parliament Court Assembly Congress Senate Palace Capitol Secretariat".split())
_ATTACKS = re.compile(r"\b(?:set (?:fire|light) to|marched on|stormed|torched|ransacked|burned|burnt|broke into|"
                      r"besieged|occupied)\b[^.;]{0,160}$")


def _attacked(toks: tuple[Token, ...], k: int) -> bool:
    """Is the phrase ending at token ``k`` ("... set fire to", "marched on", "..., and to") what a crowd did
    to a building, in this sentence?"""
    word = toks[k].text.lower()
    if word not in ("to", "on", "stormed", "torched", "ransacked", "burned", "burnt", "into", "besieged", "occupied"):
        return False
    start = max(0, k - 40)
    text = " ".join(t.text for t in toks[start : k + 1])
    return bool(_ATTACKS.search(text))


def _run_on_to(o: Occurrence, last: int, end: int, par: Paragraph, kind: str) -> None:
    """Let ``o`` name everything up to token ``last`` (exclusive) and character ``end``: a longer name."""
    o.surface = o.key = par.plain[o.start : end]
    o.kind, o.last, o.end = kind, last, end


def _without(occs: list[Occurrence], absorbed: set[int]) -> list[Occurrence]:
    """The occurrences less those another one's longer name took in."""
    return [o for o in occs if id(o) not in absorbed] if absorbed else occs


# waters named after the land they wash: "the Gulf of Riga", "the Bay of Fundy"
WATER_HEADS = frozenset("Gulf Bay Sea Strait Straits".split())


def _waters_named_by_a_land(occs: list[Occurrence], par: Paragraph) -> list[Occurrence]:
    """"the Gulf of X": a body of water followed by "of" and a country or place is one place named by all
    of it; the land inside its name is no mention of the land."""
    if not any(o.surface in WATER_HEADS for o in occs):
        return occs
    toks = par.tokens
    by_first = {o.first: o for o in occs}
    absorbed: set[int] = set()
    for o in occs:
        if o.kind not in (PLACE, "candidate") or o.surface not in WATER_HEADS or o.last + 1 >= len(toks):
            continue
        land = by_first.get(o.last + 1)
        if toks[o.last].text != "of" or land is None or land.kind not in (PLACE, COUNTRY, "candidate"):
            continue
        _run_on_to(o, land.last, land.end, par, PLACE)
        absorbed.add(id(land))
    return _without(occs, absorbed)


# collective nouns that own a body in its name: "the People's Committee", "the Workers' Party"
COLLECTIVES = frozenset("People Peoples Workers Women Children Farmers Peasants Citizens Patriots Martyrs Nation".split())


def _collective_possessives(occs: list[Occurrence], par: Paragraph, gaz: Gazetteer) -> list[Occurrence]:
    """"the People's Committee of the province": a collective noun's possessive before a body's head is
    one name with it, not a people and a committee."""
    if not any(o.surface.split()[-1] in COLLECTIVES for o in occs):
        return occs  # ("the Republican People's Party": words before the collective belong to the name too)
    toks = par.tokens
    by_first = {o.first: o for o in occs}
    absorbed: set[int] = set()
    for o in occs:
        if o.surface.split()[-1] not in COLLECTIVES or o.kind not in ("candidate", ORG) or o.last + 1 >= len(toks):
            continue
        if toks[o.last].text not in ("'s", "\u2019s", "'", "\u2019"):
            continue
        body = by_first.get(o.last + 1)
        if body is None or body.kind not in ("candidate", ORG) or not (body.surface.split()[0] in gaz.org_cues or body.kind == ORG):
            continue  # ("the People's Majlis": a legislature's own name after the collective)
        _run_on_to(o, body.last, body.end, par, ORG)
        o.evidence.discard("possessive")
        absorbed.add(id(body))
    return _without(occs, absorbed)


_PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben"})
# what a broadcaster's services in other languages are called after it: "BBC Urdu", "BBC Mundo", "RFI Afrique"
SERVICE_NAMES = frozenset(LANGUAGE_NAMES.values()) | frozenset(
    "Urdu Bangla Bengali Swahili Hausa Somali Pashto Dari Tamil Sinhala Nepali Burmese Vietnamese Indonesian Amharic "
    "Uzbek Kyrgyz Azeri Serbian Mundo Afrique Brasil Monde".split())
# titles whose "of" names a place ruled or governed: "Ruler of Ajman", "the Emir of Kano", "Mayor of Lyon"
DOMAIN_HOLDERS = frozenset("ruler emir governor mayor sultan king queen prince princess duke duchess bishop archbishop "
                           "premier".split())
# the one-word qualifiers that tell a party's factions apart: "Janata Dal (Secular)", "Sinn Féin (Official)"
FACTION_QUALIFIERS = frozenset("United Secular Official Provisional Reformed Renewed Unified".split())


def _party_qualifiers(occs: list[Occurrence], par: Paragraph) -> list[Occurrence]:
    """"the Communist Party of Nepal (Unified Marxist-Leninist)": capitalised words in brackets right after
    a party's name, no acronym and nothing known, tell one party from its namesakes and belong to its name."""
    if "(" not in par.plain:
        return occs
    toks = par.tokens
    absorbed: set[int] = set()
    by_first = {o.first: o for o in occs}
    for o in occs:
        if o.kind != ORG or o.last + 2 >= len(toks) or toks[o.last].text != "(" or not (
                PARTY_HEADS & set(o.surface.split()) or o.org_type == "party"):
            continue  # (a listed party's name too: "Janata Dal (United)")
        inner = by_first.get(o.last + 1)
        if inner is None or inner.kind != "candidate" or is_acronym(inner.surface) or inner.last >= len(toks):
            continue
        if toks[inner.last].text != ")" or not 1 <= inner.last - inner.first <= 4:
            continue
        if inner.last - inner.first == 1 and not (inner.surface.endswith(("ist", "ists", "ite", "ian"))
                                                  or inner.surface in FACTION_QUALIFIERS):
            continue  # "(Podemos)": one word that is no faction's adjective is the party's short name
        _run_on_to(o, inner.last + 1, toks[inner.last].end, par, ORG)
        absorbed.add(id(inner))
    return _without(occs, absorbed)


DEPARTMENT_HEADS = frozenset("Office Ministry Department".split())


def _nationality_opens_a_department(occs: list[Occurrence], par: Paragraph) -> None:
    """"the Irish Foreign Office": a nationality right before a department's known name opens the name,
    as it does in "the Irish Foreign Ministry"; the nationality stays a mention of the country."""
    by_end = {o.last: o for o in occs if o.kind == "demonym"}
    if not by_end:
        return
    for o in occs:
        if o.kind != ORG or not o.org_type or o.surface.split()[-1] not in DEPARTMENT_HEADS:
            continue
        nationality = by_end.get(o.first)
        if nationality is not None and par.plain[nationality.end : o.start] == " ":
            o.surface = par.plain[nationality.start : o.end]


# "attached to the Prime Minister's Office", "worked in the Mayor's Office": a post or a workplace, not an actor
OFFICE_PREPOSITIONS = frozenset("to in at of from within into inside under".split())


def _after_an_office_preposition(toks: tuple[Token, ...], i: int) -> bool:
    """Does a preposition of where one works or is ("attached to", "at"), past a "the", stand before token ``i``?"""
    before = previous_word(toks, i)
    if before is not None and before.text.lower() == "the":
        before = previous_word(toks, toks.index(before))
    return before is not None and before.text in OFFICE_PREPOSITIONS


def _title_owns_an_office(occs: list[Occurrence], par: Paragraph, gaz: Gazetteer) -> None:
    """"the Prime Minister's Office said": a bare department head after a capitalised title's possessive
    is that office-holder's office, named by the title as a whole (a lone "Office" names nothing). After a
    preposition the office is where someone works or a post is attached, and stays unnamed."""
    toks = par.tokens
    for o in occs:
        if o.kind not in (ORG, "candidate") or o.surface not in DEPARTMENT_HEADS or o.first < 2:
            continue
        if toks[o.first - 1].text not in ("'s", "\u2019s") or toks[o.first - 1].start != toks[o.first - 2].end:
            continue
        k, start, head = o.first - 2, -1, False
        while k >= 0 and toks[k].word and toks[k].text[:1].isupper() and gaz.is_role_word(toks[k].text):
            head = head or toks[k].text.lower() in gaz.role_heads
            start, k = k, k - 1
        if head and not _after_an_office_preposition(toks, start):
            o.first, o.start, o.kind = start, toks[start].start, ORG
            o.surface = o.key = par.plain[o.start : o.end]


def _channel_occurrence(o: Occurrence, par: Paragraph, ctx: Context) -> bool:
    entries = ctx.gaz.lookup(key_of(o.surface))  # a gazetteer body keeps its type: only companies are platforms
    return used_as_channel(Unit(o.first, o.last, o.start, o.end, o.surface, entries), par, ctx.gaz)


def _long_forms(par: Paragraph, ctx: Context) -> list[tuple[int, int]]:
    """Character spans of names that the text follows with their own acronym: "the Competition and
    Markets Authority (CMA)", "the Workers' Party (PT)".

    The name is the capitalised run before the bracket, linking words included. When the
    acronym spells a tail of that run ("Grand Chamber of the European Court of Human
    Rights (ECHR)"), the name is that tail; when it spells nothing (the acronym of another
    language), the whole run is the name if it ends in a word that heads bodies ("Party").
    """
    toks = par.tokens
    out: list[tuple[int, int]] = []
    if "(" not in par.plain:
        return out
    for i in range(1, len(toks) - 2):
        if toks[i].text != "(" or toks[i + 2].text != ")":
            continue
        acronym = fold(toks[i + 1].text.replace(".", ""))
        if not is_acronym(acronym) or len(acronym) > 8:
            continue
        acronym = acronym.upper()
        first = _capitalised_run(toks, i, ctx.gaz)
        if first < 0:
            continue
        starts = [k for k in range(first, i) if toks[k].word and toks[k].text not in LINKING_WORDS
                  and (toks[k].text[:1].isupper() or DIGIT_LED_NAME.fullmatch(toks[k].text))]
        start = next((k for k in starts if fold(toks[k].text[:1]).upper() == acronym[0] and spells(acronym, toks[k:i])), -1)
        if start < 0 and len(starts) > 1 and any(toks[k].text in ctx.gaz.org_cues for k in starts):
            start = _after_a_members_name(toks, starts, ctx)
        if start < 0 and len(starts) > 1 and _mixed_case(toks[i + 1].text):
            start = starts[0]  # "Alternative for Germany (AfD)", "Law and Justice (PiS)": the name in its own language
        if start < 0 or (start == i - 1 and toks[start].text.upper() == acronym):
            continue
        if toks[i - 1].text in LAW_WORDS:
            continue  # "the Foreign Corrupt Practices Act (FCPA)": a law's short name, no body's
        out.append((toks[start].start, toks[i - 1].end))
    return out


def _cue_word(word: str, gaz: Gazetteer) -> bool:
    """A word that heads the name of a body, a place, a building or a thing ("Assembly", "State", "House")."""
    return word in gaz.org_cues or word in gaz.place_cues or word in gaz.building_cues or word in gaz.thing_cues


def _after_a_members_name(toks: tuple[Token, ...], starts: list[int], ctx: Context) -> int:
    """The first word of a body's name whose letters spell another language's order: ``starts[0]``, unless
    "and the" comes before the word that heads a body (another body), or two or more plain name words and
    "of" do ("Youcef Aouchiche of the Socialist Forces Front (FFS)": a member's name)."""
    cue = next(k for k in starts if toks[k].text in ctx.gaz.org_cues)
    joined = next((k for k in range(cue - 1, starts[0], -1) if toks[k].text == "and" and toks[k + 1].text == "the"), -1)
    if joined > 0:
        return next(k for k in starts if k > joined)  # "The ILA and the United States Maritime Alliance (USMX)": two
    of = next((k for k in range(starts[0], cue) if toks[k].text == "of"), -1)
    if _a_members_name([toks[k].text for k in starts if k < of], ctx.gaz, ctx.lower_words):
        return next(k for k in starts if k > of)
    return starts[0]


def _a_members_name(words: list[str], gaz: Gazetteer, lower_words: frozenset[str]) -> bool:
    """Two or more plain name words before "of" and a body's name: a member's ("Youcef Aouchiche of the Socialist
    Forces Front"), where a body's own name would open with its head ("Bank of England") or hold one."""
    return len(words) >= 2 and all(w.lower() not in gaz.role_heads and w.lower() not in lower_words
                                   and not _cue_word(w, gaz) for w in words)


def _mixed_case(text: str) -> bool:
    return any(c.islower() for c in text)


def _alternative_names(par: Paragraph) -> list[tuple[int, int, int]]:
    """"Hayat Tahrir al-Sham, or HTS, ...", "Verein X, or Friends of X, an association": the name after
    ", or" is another name of the one before. Returns (start, end) of each second name and the
    token index where the first one ends. A list ("Oslo, Bergen, or Tromso") is no such pair."""
    toks = par.tokens
    out: list[tuple[int, int, int]] = []
    if ", or " not in par.plain:
        return out
    for i in range(1, len(toks) - 3):
        if toks[i].text != "," or toks[i + 1].text != "or" or not toks[i - 1].text[:1].isupper():
            continue
        close = skip_alternative(toks, i)
        if close == i:
            continue
        k = i - 1
        while k > 0 and toks[k - 1].word and (toks[k - 1].text[:1].isupper() or toks[k - 1].text in LINKING_WORDS):
            k -= 1
        if k > 0 and toks[k - 1].text in (",", "and"):
            continue  # the last items of a list
        out.append((toks[i + 2].start, toks[close - 1].end, i - 1))
    return out


# ", whose full name is Y", ", widely known as Y", "(born Y)": the text gives the same one another name
_NAME_NOUNS = frozenset("full real birth given legal official".split())
_KNOWN_ADVERBS = frozenset("also widely better popularly commonly affectionately".split())


def _described_then_known(toks: tuple, j: int) -> int:
    """After ", the goalkeeper known as" (a short description in lower case, then "known as"), the token
    where the other name begins; else 0."""
    k = j + 1
    while k < len(toks) and k <= j + 3 and toks[k].word and toks[k].text.islower() and toks[k].text != "known":
        k += 1
    if k + 1 < len(toks) and toks[k].text == "known" and toks[k + 1].text == "as" and k > j + 1:
        return k + 2
    return 0


def _names_known_by(par: Paragraph) -> list[tuple[int, int, int]]:
    """"Rodri, 28, whose full name is Rodrigo Hernández", "Balendra Shah, widely known as Balen": a
    second name the text gives one person or body. Same shape as ``_alternative_names``."""
    plain = par.plain
    if "name" not in plain and "known as" not in plain and "(born" not in plain:
        return []
    toks = par.tokens
    n = len(toks)
    out: list[tuple[int, int, int]] = _pen_names(toks)
    for k in range(n - 3):
        if not (toks[k].word and toks[k].text[:1].isupper()):
            continue
        j = k + 1
        if toks[j].text == "(" and j + 1 < n and toks[j + 1].text == "born":
            j += 2
        elif toks[j].text == ",":
            if age_set_off(toks, j):
                j += 2  # an age between the name and the other name
            j += 1
            words = [t.text.lower() for t in toks[j : j + 5]]
            if words[:2] in (["who", "is"], ["who", "was"]) and j + 2 < n:
                j += 2  # "Lai, 64, who is also known as William Lai"
                words = [t.text.lower() for t in toks[j : j + 5]]
            if words[:1] == ["whose"] and len(words) >= 4 and words[1] in _NAME_NOUNS and words[2:4] == ["name", "is"]:
                j += 4
            elif words[:1] and words[0] in _KNOWN_ADVERBS and words[1:3] == ["known", "as"]:
                j += 3
            elif words[:2] == ["known", "as"]:
                j += 2
            elif words[:1] == ["nicknamed"]:
                j += 1
            elif words[:1] in (["the"], ["a"]) and "known" in words[2:4] and _described_then_known(toks, j):
                j = _described_then_known(toks, j)  # "Yassine Bounou, the goalkeeper known as Bono"
            else:
                continue
        else:
            continue
        while j < n and toks[j].text in ('"', "“", "'", "‘"):
            j += 1
        end = j
        while end < n and toks[end].word and (toks[end].text[:1].isupper() or (toks[end].text in PARTICLES and end > j)):
            end += 1
        while end > j and not toks[end - 1].text[:1].isupper():
            end -= 1
        if end == j or end - j > 5:
            continue
        out.append((toks[j].start, toks[end - 1].end, k))
    return out


_PEN_NAME_WORDS = frozenset("pen stage ring nick".split())


def _pen_names(toks: tuple[Token, ...]) -> list[tuple[int, int, int]]:
    """"Yeung Ching-kee, an editorial writer who wrote under the pen name Li Ping": the name after "pen name"
    (stage name, ring name) is another name of the person the sentence's description is about."""
    out: list[tuple[int, int, int]] = []
    for i in range(1, len(toks) - 1):
        if toks[i].text != "name" or toks[i - 1].text.lower() not in _PEN_NAME_WORDS:
            continue
        j = i + 1
        while j < len(toks) and toks[j].text in ('"', "\u201c"):
            j += 1
        end = j
        while end < len(toks) and toks[end].word and toks[end].text[:1].isupper() and end - j < 4:
            end += 1
        owner = next((k for k in range(i - 2, 0, -1) if toks[k + 1].text == "," and toks[k].text[:1].isupper()), -1)
        if end > j and owner > 0:
            out.append((toks[j].start, toks[end - 1].end, owner))
    return out


def _alternative_occurrence(form: tuple[int, int, int], par: Paragraph) -> Occurrence:
    """The second name of "X, or Y,": decided with X (resolve joins them)."""
    toks = par.tokens
    first = next(k for k, t in enumerate(toks) if t.start == form[0])
    last = next(k for k, t in enumerate(toks) if t.end == form[1]) + 1
    surface = par.plain[form[0] : form[1]]
    return Occurrence(par.index, first, last, form[0], form[1], surface, "candidate", key=surface, alias_of=form[2])


# owners that open names of their own: "People's Party", "Women's Union", "King's College"
COMMON_OWNERS = frozenset("People Peoples Children Women Men Nation Nations World Youth King Queen Prince Lord".split())


def _owner_inside_a_name(toks: tuple[Token, ...], k: int, gaz: Gazetteer) -> bool:
    """Is the word at ``k``, before a possessive, part of the name after it: a collective noun or a title
    ("People's", "King's"), or a saint's name ("St Mary's")? A person's or a country's possessive is its owner:
    "Morales's Movement for Socialism (MAS)", "Poland's Law and Justice (PiS)"."""
    word = toks[k].text
    return (word in COMMON_OWNERS or word.endswith("men")  # ("International Longshoremen's Association")
            or gaz.is_role_word(word)  # ("the Special Prosecutor's Office against Impunity")
            or (k > 0 and toks[k - 1].text.rstrip(".") in SAINTS))


def _capitalised_run(toks: tuple[Token, ...], bracket: int, gaz: Gazetteer) -> int:
    """The first token of the capitalised run that ends right before token ``bracket``, or -1.
    A person's or a country's possessive ends the run: "Poland's Law and Justice (PiS)" is Poland's party."""
    k = bracket - 1
    first = -1
    while k >= 0:
        tok = toks[k]
        nxt = toks[k + 1]
        if nxt.start - tok.end > 1:
            break  # names do not span line breaks
        if tok.word and (tok.text[:1].isupper() or tok.text[:1].isdigit()):
            if tok.text.lower() in ("the", "a", "an") or (k == bracket - 1 and not tok.text[:1].isupper()):
                break
            first = k
        elif tok.word and tok.text in LINKING_WORDS:
            pass
        elif tok.text in ("\u2019", "'", "&") and k and toks[k - 1].end == tok.start and toks[k - 1].text.endswith("s"):
            pass  # "Workers' Party"
        elif tok.text == "'s" and k and _owner_inside_a_name(toks, k - 1, gaz):
            pass  # "People's Liberation Army", "King's College London", "St Mary's Hospital"
        else:
            break
        k -= 1
    return first


def _trim_tokens(units: list[Unit | Token]) -> list[Unit | Token]:
    """Drop the joining words a split chunk leaves at either end."""
    while units and not isinstance(units[0], Unit):
        units.pop(0)
    while units and not isinstance(units[-1], Unit):
        units.pop()
    return units


def _long_form_occurrences(form: tuple[int, int], items: list[Unit | Token], par: Paragraph, ctx: Context) -> list[Occurrence]:
    """An organisation named by a long form; a nationality opening it is a modifier ("Lebanese Health Ministry")."""
    inside = [u for u in items if isinstance(u, Unit) and u.start >= form[0] and u.end <= form[1]]
    toks = par.tokens
    first = next(k for k, t in enumerate(toks) if t.start == form[0])
    last = next(k for k, t in enumerate(toks) if t.end == form[1]) + 1
    if len(inside) == 1 and (inside[0].known is not None or inside[0].entries) and inside[0].start == form[0] and inside[0].end == form[1]:
        return _read_chunk(inside, par, ctx)  # a name the gazetteer or the registry already knows
    surface = par.plain[form[0] : form[1]]
    out = [Occurrence(par.index, first, last, form[0], form[1], surface, ORG, key=surface)]
    lead = inside[0] if inside and inside[0].start == form[0] else None
    if lead is not None and lead.entries and any(e.kind in ("demonym", "country") for e in lead.entries) and len(inside) > 1:
        out.extend(_lexicon_occurrence(lead, par, ctx, modifier=True))
    return out


def _lowercase_ministries(occs: list[Occurrence], par: Paragraph, ctx: Context) -> list[Occurrence]:
    """"Russia's defence ministry", "the Chinese foreign ministry": a ministry the text does not capitalise.

    It is named like the capitalised form ("Russian Defence Ministry") so that it
    meets the same ministry written either way.
    """
    toks = par.tokens
    out: list[Occurrence] = []
    for o in occs:
        if o.kind not in (COUNTRY, "demonym") or not o.last or o.modifier:
            continue
        j = o.last
        if j < len(toks) and toks[j].text == "'s":
            j += 1
        words: list[Token] = []
        while j < len(toks) and len(words) < 3 and toks[j].word and toks[j].text.islower():
            words.append(toks[j])
            if toks[j].text in ("ministry", "ministries"):
                break
            j += 1
        if not words or words[-1].text not in ("ministry", "ministries"):
            continue
        adjective = ctx.gaz.demonym_of.get(o.key, o.surface) if o.kind == COUNTRY else o.surface
        name = " ".join([adjective, *(w.text.capitalize() for w in words)])
        o.modifier = True
        # the text's own words stay an alias ("Russia's defence ministry"), the capitalised form names it
        surface = par.plain[o.start : words[-1].end]
        if words[-1].text == "ministries":
            name = name[: -len("ministries")] + "Ministry"
        out.extend(_shared_ministries(o, occs, [w.text.capitalize() for w in words[:-1]], par, ctx))
        out.append(Occurrence(par.index, o.first, j + 1, o.start, words[-1].end, surface, ORG, key=name, evidence={"lowercase"}))
    return out


def _shared_ministries(last: Occurrence, occs: list[Occurrence], words: list[str], par: Paragraph, ctx: Context) -> list[Occurrence]:
    """"the Dutch and Belgian foreign ministries" (or, loosely, "ministry"): each nation listed has its own."""
    toks = par.tokens
    by_last = {o.last: o for o in occs if o.kind in (COUNTRY, "demonym") and not o.modifier and o.last}
    out: list[Occurrence] = []
    k = last.first
    while k >= 2 and toks[k - 1].text in ("and", ",") and k - 1 in by_last:
        o = by_last[k - 1]
        adjective = ctx.gaz.demonym_of.get(o.key, o.surface) if o.kind == COUNTRY else o.surface
        name = " ".join([adjective, *words, "Ministry"])
        o.modifier = True
        out.append(Occurrence(par.index, o.first, o.last, o.start, o.end, name, ORG, key=name))
        k = o.first
    return out


def _is_heading(par: Paragraph, gaz: Gazetteer) -> bool:
    """A subheading in title case ("Strong Reaction From Moscow"): its capitals prove nothing."""
    if par.plain.rstrip().endswith((".", "!", "?", '"', "\u201d", ":")):
        return False  # (most paragraphs: a sentence's end, decided before the words are listed)
    words = [t.text for t in par.tokens if t.word]
    if len(words) < 3:
        return False
    content = [w for w in words if w.lower() not in gaz.stopwords or w[:1].isupper()]
    capitalised = [w for w in content if w[:1].isupper() or w[:1].isdigit()]
    return len(capitalised) >= 0.8 * len(content)


def _place_name(surface: str, ctx: Context) -> str:
    for e in ctx.gaz.lookup(key_of(surface)):
        if e.kind in ("place", "capital"):
            return e.name if e.kind == "place" else surface
    return surface


def _is_common_word(unit: Unit, par: Paragraph, ctx: Context) -> bool:
    """A capitalised word that is only capitalised because it opens a sentence."""
    text = unit.text
    low = text.lower()
    if low in ctx.gaz.stopwords:
        return True
    tok = par.tokens[unit.first]
    if not tok.initial or fold(text) in ctx.gaz.first_names:
        return False
    if low in ctx.lower_words:
        return True
    if len(text) >= 5 and text.endswith("ly"):
        # "Finally, ...", "Early Monday": an adverb; "Willy Lam, a senior fellow": a given name before a surname
        nxt = par.tokens[unit.last] if unit.last < len(par.tokens) else None
        return nxt is None or not (nxt.word and nxt.text[:1].isupper() and nxt.text not in TIME_NAMES)
    return len(text) >= 6 and text.endswith("ing")


def _pronoun_is_a_surname(units: list[Unit | Token], par: Paragraph, ctx: Context) -> bool:
    """"He Lin, the economist, said": a capitalised "He" right before an unknown name and a comma or a
    speech verb is a surname (English puts no capitalised word after the pronoun)."""
    head, name = units
    toks = par.tokens
    if head.text != "He" or not isinstance(name, Unit) or not name.single or name.first != head.last:
        return False
    if name.text.lower() in ctx.gaz.stopwords or name.text.lower() in ctx.lower_words or name.text.isupper():
        return False
    nxt = toks[name.last] if name.last < len(toks) else None
    return nxt is not None and (nxt.text == "," or nxt.text in ctx.gaz.speech_verbs)


def _capital_opens_a_body(units: list[Unit | Token], par: Paragraph, gaz: Gazetteer) -> bool:
    """A common word capitalised inside a sentence, before a body's cue word that ends the run of plain
    words ("the High Court", "its Eastern Fleet Command")."""
    head = units[0]
    if not isinstance(head, Unit) or par.tokens[head.first].initial:
        return False
    for nxt in units[1:4]:
        if isinstance(nxt, Unit) and nxt is units[-1] and any(e.kind == "org" for e in nxt.entries) \
                and nxt.text.split()[-1] in gaz.org_cues:
            return True  # "the New Democratic Party": a body's longer name than the one the gazetteer holds
        if not isinstance(nxt, Unit) or not nxt.single or gaz.is_role_word(nxt.text):
            return False
        if nxt.text in gaz.org_cues:
            return True
    return False


def _read_chunk(chunk: list[Unit | Token], par: Paragraph, ctx: Context) -> list[Occurrence]:
    gaz = ctx.gaz
    opener = chunk[0]
    if len(chunk) == 1 and opener.single and par.tokens[opener.first].initial and opener.text.lower() in gaz.stopwords:
        return []  # "The", "But", "He" alone, opening a sentence: a common word, which names nothing (the rules below
        # come to the same: no place rule reads a sentence's first word, and the common word is dropped)
    units = list(chunk)
    if (len(units) >= 3 and isinstance(opener, Unit) and opener.entries and all(e.kind == "place" for e in opener.entries)
            and isinstance(units[-1], Unit) and all(e.kind == "place" for e in units[-1].entries)
            and all(isinstance(u, Token) and u.text in PARTICLES for u in units[1:-1])):
        # (the last part may be a place of its own elsewhere: "Santiago de Compostela")
        # "San Antonio de los Baños": a known place's name and its particles open a longer one
        last = units[-1]
        surface = par.plain[opener.start : last.end]
        return [Occurrence(par.index, opener.first, last.last, opener.start, last.end, surface, PLACE, key=surface)]
    head = units
    if (len(units) > 2 and isinstance(opener, Unit) and opener.single and par.tokens[opener.first].initial
            and opener.text.lower() in gaz.stopwords and isinstance(units[1], Unit)):
        head = units[1:]  # "In North Leeward, ...": past the word that opens the sentence
    placeless = -1  # how many words (the chunk's last) the place rules read here and found no place in
    if isinstance(head[0], Unit) and head[0].single and not par.tokens[head[0].first].initial:
        # "the New Chitose airport", "in West Sumatra": "New" and "West" mid-sentence open a place's name
        words = [u for u in head if isinstance(u, Unit)]
        place = _named_by_place_noun(words, par, ctx) or (_direction_place(words, par, ctx) if len(words) > 1 else None)
        if place is not None:
            return [place]
        placeless = len(words)
    # leading words that only open the sentence ("Besides Russia", "The Kremlin")
    while units and isinstance(units[0], Unit) and units[0].single and _is_common_word(units[0], par, ctx):
        if len(units) > 1 and gaz.is_role_word(units[0].text) and units[0].text.lower() not in gaz.stopwords:
            break
        if len(units) == 1 and units[0].text.lower() not in gaz.stopwords:
            # "Rice said ...": a word that is also a common noun may still be a surname met in full elsewhere
            u = units[0]
            return [Occurrence(par.index, u.first, u.last, u.start, u.end, u.text, "candidate", evidence={"common"})]
        if len(units) == 2 and _pronoun_is_a_surname(units, par, ctx):
            break
        if len(units) > 1 and units[0].text.lower() in PARTICLES:
            break  # "Van der Berg said": a particle opening a sentence is part of the name
        if _capital_opens_a_body(units, par, gaz):
            break  # "the High Court": a common adjective capitalised mid-sentence names the body
        if (len(units) > 1 and units[0].text in SPELLED_ORDINALS and not par.tokens[units[0].first].initial
                and isinstance(units[1], Unit) and not gaz.is_role_word(units[1].text)):
            break  # "the Third Way alliance", "the Fifth Republic": a spelled ordinal opens the name
        if (len(units) > 2 and units[0].text in SPELLED_ORDINALS and isinstance(units[-1], Unit)
                and units[-1].text in gaz.place_cues):
            break  # "Second Thomas Shoal lies ...", "Fifth Avenue was closed": opening the sentence, the place's name
        if (len(units) > 1 and not par.tokens[units[0].first].initial and units[0].text.lower() not in FUNCTION_WORDS
                and units[0].text.capitalize() not in COMPASS
                and isinstance(units[1], Unit) and units[1].text.lower() not in gaz.stopwords and not units[1].entries
                and not gaz.is_role_word(units[1].text) and units[0].start > 0 and par.plain[units[0].start - 2] != ":"):
            break  # "the chief executive of Next Digital": a common word capitalised mid-sentence opens a name
        units.pop(0)
        while units and not isinstance(units[0], Unit):
            units.pop(0)
    if not units:
        return []
    words = [u for u in units if isinstance(u, Unit)]
    last = words[-1]
    # (the same words as above, both being the chunk's last words, have no place in them to find again)
    places_read = len(words) == placeless
    if len(units) > 1:  # (a lone word has no shape to read: each of these rules needs two words or more)
        shaped = _read_by_shape(units, words, par, ctx)
        if shaped is not None:
            return shaped
    named_body = _named_by_following_noun(units, par, gaz) or _named_with_a_country(units, par, ctx)
    if named_body:
        return named_body
    # (a campaign's name has three words at least: a plural of its members and two more)
    campaign = _named_by_members_and_cause(words, par, gaz) if len(words) >= 3 else None
    if campaign is not None:
        return [campaign]
    facility = None if places_read else _named_by_place_noun(words, par, ctx)
    if facility is not None:
        return [facility]

    if len(units) == 1 and last.single and last.text in PAPER_HEADS and not par.tokens[last.first].initial:
        # "a bid for Tribune", "told the Times": a paper's head noun alone, mid-sentence, is the paper
        return [Occurrence(par.index, last.first, last.last, last.start, last.end, last.text, ORG, key=last.text)]
    if last.single and last.text in COMPETITION_HEADS and last.last < len(par.tokens) \
            and par.tokens[last.last].text.lower() in COMPETITION_PARTS:
        return []  # "the Champions League final", "a Premier League club": a competition, which no one is
    # (a lone word is no cue-word body's name: a bare "Council" names none, and each other way needs a word before
    # the cue or after it)
    org = None if len(units) == 1 or _given_name_like_a_body(words, par, gaz) \
        else _org_span(units, gaz, ctx.lower_words, par.tokens)
    if org is not None and org[0] == 0 and org[1] < len(units) and units[org[1] - 1].text.lower() in gaz.role_heads \
            and all(isinstance(u, Unit) and u.single and gaz.is_role_word(u.text) for u in units[: org[1]]):
        org = None  # "Chief Prosecutor Mohammad Tajul Islam": a title of post words before a name, though its
        # head ends a body's name elsewhere ("the Federal Prosecutor's Office")
    if org is not None:
        s, e = org
        out = _read_segments(units[:s], par, ctx) if s else []
        out.extend(_org_occurrences(units[s:e], par, ctx))
        if e < len(units):
            rest = _read_segments(units[e:], par, ctx, role_prefix=out)
            if units[e].text == "of" and _leader_after_of(units, e + 1, gaz, ctx.lower_words):
                for o in rest:
                    o.evidence.add("first-name")  # "the Greens of Arild Hermstad": the leader, a person
            out.extend(rest)
        return out
    if len(words) > 1 and last.single and last.text in gaz.place_cues and not (
            last.text == "State" and _after_of_the(par.tokens, last.first)) and not _title_of(units, gaz):
        return [_cue_candidate(words, par, ctx, "place-cue")]  # (not "Head of State", "President of the State")
    leads_a_place = len(words) > 1 and words[0].single and words[0].text in gaz.place_leads and (
        fold(words[0].text) not in gaz.first_names or _placed(par, words[0].first))  # "met Sierra Smith": a person
    if leads_a_place and not any(e.kind == "org" for u in words for e in u.entries) and not any(
            u.entries and u.known is not None and u.known.kind not in (COUNTRY, PLACE) for u in words):  # (a known country: "Stade de France")
        return [_cue_candidate(words, par, ctx, "place-cue")]  # "Avenida Paulista", "Lake Chad"
    # (a compass word and a place, or a place and its cue: two words at least)
    compound_place = None if places_read or len(words) == 1 else _direction_place(words, par, ctx)
    if compound_place is not None:
        return [compound_place]
    return _read_segments(units, par, ctx)


_LOCATIVE = frozenset("the in on at near across over from to into through of 's".split())

# plurals after a city's name that name no club: its treaties, games, talks, papers and landforms ("the Oslo
# Accords", "the Paris Olympics", "the Panama Papers", "the Golan Heights")
_NO_CLUB = frozenset(
    "Accords Agreements Conventions Protocols Principles Declarations Talks Games Olympics Paralympics Papers Files "
    "Leaks Riots Protests Trials Hearings Attacks Bombings Floods Fires Wildfires Islands Isles Heights Hills "
    "Mountains Highlands Falls Springs Lakes Plains Keys Gardens Docks Fields Woods Rocks Sands Shoals Reefs Straits "
    "Narrows Towers Terraces Courts Studios".split())


def _club_plural(word: str, gaz: Gazetteer) -> bool:
    """A capitalised plural that may be a club's name after its city's: no treaty, landform, body's head noun,
    competition or paper ("Marlins", "Cardinals", "Bulls"; not "Accords", "Heights", "Times")."""
    return len(word) >= 4 and word[-1] == "s" and word[-2] not in "siu'" and word[0].isupper() and word[1:].islower() \
        and word not in _NO_CLUB and word not in COMPETITION_HEADS and word not in PAPER_HEADS \
        and word not in gaz.place_cues and word not in gaz.org_cues and word[:-1] not in gaz.place_cues \
        and word[:-1] not in gaz.org_cues and word.lower() not in gaz.stopwords


def _club_named_by_its_city(units: list[Unit | Token], par: Paragraph, ctx: Context) -> Occurrence | None:
    """"the Miami Marlins", "the St. Louis Cardinals", "the Kansas City Chiefs": after "the", a city's name and a
    capitalised plural no list knows name a sports club, an organisation (not the city and a person "Marlins")."""
    if len(units) == 3 and isinstance(units[0], Unit) and units[0].text == "The" and par.tokens[units[0].first].initial:
        units = units[1:]
    if len(units) != 2 or not all(isinstance(u, Unit) for u in units):
        return None
    city, plural = units
    # (a one-word city of the world list is a place only where the context says so: a club's name does)
    listed = bool(city.entries) and all(e.kind in ("place", "capital") for e in city.entries)
    if not (listed or city.single and city.text in ctx.gaz.world_words) or not plural.single \
            or not _club_plural(plural.text, ctx.gaz):
        return None
    if not city.first or par.tokens[city.first - 1].text.lower() != "the":
        return None  # ("Miami Marlins pitcher ...": without the article, too little to tell a club by)
    surface = par.plain[city.start : plural.end]
    return Occurrence(par.index, city.first, plural.last, city.start, plural.end, surface, ORG, key=surface)


def _read_by_shape(units: list[Unit | Token], words: list[Unit], par: Paragraph, ctx: Context) -> list[Occurrence] | None:
    """What a chunk of several words is by its shape alone (a title's court, a thing's or a building's head, a
    group's leading word, a club, a body's office), or None when no shape decides it."""
    gaz = ctx.gaz
    last = words[-1]
    if _opens_with_a_remit_pair(units, gaz):
        return _read_segments(units, par, ctx)  # "Youth and Sports Minister X": a title and a name, whatever else
    if len(units) >= 3 and units[-2].text in ("'s", "\u2019s") and last.text in gaz.org_cues \
            and last.text not in DEPARTMENT_HEADS and gaz.is_role_word(units[-3].text):
        # "Westminster Magistrate's Court", "the Coroner's Court": a title's court, one name (a title's office is
        # _title_owns_an_office's); a body, but the place where something happens after a preposition ("a hearing
        # at Westminster Magistrate's Court")
        return [_spanning(words[0], last, par, PLACE if _after_an_office_preposition(par.tokens, words[0].first) else ORG)]
    if len(units) == 3 and units[1].text in ("of", "for") and _plural_body(units[0], last, par.tokens, gaz):
        surface = par.plain[units[0].start : last.end]
        return [Occurrence(par.index, units[0].first, last.last, units[0].start, last.end, surface, ORG, key=surface)]
    if len(units) >= 3 and last.single and last.text in gaz.thing_cues and units[-2].text in ("'", "\u2019") \
            and units[-3].text.endswith("s"):
        return [_spanning(words[0], last, par)]  # "the PDP Governors' Forum": a forum of its members is a body
    if len(words) > 1 and last.single and last.text in gaz.thing_cues:
        if len(words) == 2 and words[0].single and fold(words[0].text) in gaz.first_names:
            # "the editor-in-chief, Ryan Law": a given name before a thing's head may be a person's name;
            # only a title, an age or an apposition says so ("the Marshall Plan" stays a thing)
            return [_cue_candidate(words, par, ctx, "thing-cue")]
        return []
    if len(words) > 1 and words[0].single and words[0].text in gaz.thing_leads:
        return []  # "Team Xbox", "Operation Ajax"
    before = par.tokens[words[0].first - 1] if words[0].first else None
    described = before is not None and before.text[:1].islower() and before.text in gaz.role_heads
    if len(words) > 1 and words[0].single and words[0].text in gaz.org_leads and words[0].known is None \
            and not described:  # ("the senior journalist Ansar Naqvi": a person, whatever word opens the name)
        # "Ansar al-Sharia", "Jaish al-Adl": a word for a movement or force opens a group's name;
        # "Los Choneros", "Las Tiguerones": a plural article before a name that is no place names a group
        return [_spanning(words[0], last, par)]
    if len(units) >= 3 and words[0].single and words[0].text in FEATURE_HEADS and units[1].text == "of" \
            and not any(u.known for u in words):
        return [_cue_candidate(words, par, ctx, "place-cue")]  # "the Sea of Marmara", "the Bay of Kotor"
    if len(units) >= 4 and words[0].single and words[0].text in gaz.building_cues and units[1].text == "of" \
            and units[2].text == "the" and not any(u.known for u in words):
        return [_cue_candidate(words, par, ctx, "building")]  # "the Hall of the Lost Steps", as "the Justice Palace"
    # (a saint's church is a parish's building, not the Church: "a service in St. Nicolai Church")
    saints_church = last.text == "Church" and words[0].text.rstrip(".") in SAINTS
    # (not "the council's president, Ana Paola Hall,": two given names before the head make a person's name)
    forenames = len(words) > 2 and all(u.single and _given_name(u.text, gaz, broad=True) for u in words[:-1])
    if len(words) > 1 and last.single and (last.text in gaz.building_cues or saints_church) and not forenames \
            and not any(u.known for u in words):
        return [_cue_candidate(words, par, ctx, "building")]  # a place if something happens there
    if len(words) > 1 and last.single and _site_of_a_body(words, par):
        return [_cue_candidate(words, par, ctx, "place-cue")]  # "launched from the Satish Dhawan Space Centre"
    if len(units) == 2 and last.single and last.text in SERVICE_NAMES and any(e.org_type == "media" for e in words[0].entries):
        return [_spanning(words[0], last, par)]  # "BBC Urdu", "RFI Afrique": a broadcaster's service, one name
    if len(units) > 2 and words[0].text in ("Chief", "Chiefs") and units[1].text == "of" and last.text == "Staff":
        return []  # "Chief of the Naval Staff", "Chief of Army Staff": a post, which names no one alone
    club = _sports_club(words, par, gaz) or _club_named_by_its_city(units, par, ctx)
    if club is not None:
        return [club]
    office = _office_of_a_body(units, par, gaz)
    if office is not None:
        return [office]
    return None


def _spanning(first: Unit, last: Unit, par: Paragraph, kind: str = ORG) -> Occurrence:
    """One name from ``first`` to ``last``, as the text writes it, of the kind the chunk's shape says."""
    surface = par.plain[first.start : last.end]
    return Occurrence(par.index, first.first, last.last, first.start, last.end, surface, kind, key=surface)


def _title_of(units: list[Unit | Token], gaz: Gazetteer) -> bool:
    """"Governor of Rivers State": a post's head and its "of" open the chunk; the place is only what follows."""
    return (len(units) > 2 and isinstance(units[0], Unit) and units[0].single and units[0].text.lower() in gaz.role_heads
            and units[1].text == "of")


def _after_of_the(toks: tuple[Token, ...], i: int) -> bool:
    """Does token ``i`` follow "of" or "of the"?"""
    return i > 0 and (toks[i - 1].text == "of" or (i > 1 and toks[i - 1].text == "the" and toks[i - 2].text == "of"))


def _placed(par: Paragraph, first: int) -> bool:
    """"on Sierra Negra", "Spain's Sierra Nevada": a word before it that places things."""
    return first > 0 and par.tokens[first - 1].text.lower() in _LOCATIVE


# how clubs are named: "Real Madrid", "Inter Milan", "Sporting Lisbon", "Everton FC" (a place before a player's
# position is a club too: resolve.sports_clubs reads that from the paragraph)
CLUB_LEADS = frozenset("Real Atletico Atlético Athletic Inter AC FC Sporting Olympique Dynamo Dinamo Borussia Racing".split())
CLUB_TAILS = frozenset("FC CF AFC SC".split())


def _sports_club(words: list[Unit], par: Paragraph, gaz: Gazetteer) -> Occurrence | None:
    """A club named the way clubs are: a club word and a city's name."""
    if len(words) < 2 or any(u.known is not None for u in words):
        return None
    first, last = words[0], words[-1]
    if first.text not in CLUB_LEADS and last.text not in CLUB_TAILS:
        return None
    return _spanning(first, last, par)


def _office_of_a_body(units: list[Unit | Token], par: Paragraph, gaz: Gazetteer) -> Occurrence | None:
    """"the Atlantic League High Commissioner for Minorities said": a body's title with its remit and no
    person after it names an office that acts on its own, one actor named by all of it."""
    if len(units) < 5 or not isinstance(units[0], Unit) or not any(e.kind == "org" for e in units[0].entries):
        return None
    k = 1
    while k < len(units) and isinstance(units[k], Unit) and units[k].single and gaz.is_role_word(units[k].text):
        k += 1
    if k == 1 or units[k - 1].text.lower() not in gaz.role_heads or k >= len(units):
        return None
    if not (isinstance(units[k], Token) and units[k].text in ("for", "on")):
        return None
    rest = [u for u in units[k + 1 :] if isinstance(u, Unit)]
    if not rest or any(not u.single or u.text.lower() in gaz.role_heads or fold(u.text) in gaz.first_names for u in rest):
        return None
    last = rest[-1]
    toks = par.tokens
    nxt = last.last
    if nxt < len(toks) and toks[nxt].text == "," and nxt + 1 < len(toks):
        nxt += 1  # "the X High Representative for Y, Ana Ruiz,": the person holds the office
    if nxt < len(toks) and toks[nxt].text[:1].isupper():
        return None
    surface = par.plain[units[0].start : last.end]
    return Occurrence(par.index, units[0].first, last.last, units[0].start, last.end, surface, ORG, key=surface)


# the head nouns only newspapers take: alone they still name the paper
PAPER_HEADS = frozenset("Times Tribune Herald Gazette Chronicle Courier Courant Examiner Inquirer Telegraph".split())
SITE_HEADS = frozenset("Centre Center Base Campus".split())
# "State House", "Government House", "Blue House", "Parliament House": a seat of power named as a building
HOUSE_OPENERS = frozenset("State Government Blue Parliament".split())


def _site_of_a_body(words: list[Unit], par: Paragraph) -> bool:
    """A name headed by "Centre" or "Base" right after a locative ("at", "from the") is where something
    happens, not the body that runs it; "State House" and its like are buildings wherever they are."""
    last = words[-1]
    if len(words) == 2 and last.text == "House" and words[0].text in HOUSE_OPENERS:
        return True
    if last.text not in SITE_HEADS or any(u.known for u in words):
        return False
    toks = par.tokens
    j = words[0].first - 1
    if j >= 0 and toks[j].text.lower() == "the":
        j -= 1
    return j >= 0 and toks[j].text.lower() in FACILITY_LOCATIVES


# who a campaign or an association is made of, named in its name: "Mothers Against Drunk Driving"
MEMBER_PLURALS = frozenset(
    "students mothers fathers parents families women men youth citizens residents doctors nurses lawyers "
    "veterans friends workers farmers teachers scientists journalists survivors grandmothers".split())


def _named_by_members_and_cause(words: list[Unit], par: Paragraph, gaz: Gazetteer) -> Occurrence | None:
    """"Students Against Violence Everywhere", "Pacific Island Students Fighting Climate Change": a plural of
    the members, then two capitalised words or more, name a campaign. A plural title before names is no
    name ("Justices A and B"): a list after the chunk, or a given name after the plural, says so."""
    k = next((k for k, u in enumerate(words[:-2]) if u.single
              and (u.text.lower() in MEMBER_PLURALS or plural_role(u.text.lower(), gaz))), -1)
    if k < 0 or any(u.known is not None or fold(u.text) in gaz.first_names for u in words[k + 1 :]):
        return None
    toks, after = par.tokens, words[-1].last
    if after + 1 < len(toks) and toks[after].text in (",", "and") and toks[after + 1].text[:1].isupper():
        return None
    first, last = words[0], words[-1]
    return _spanning(first, last, par)


def _cue_candidate(words: list[Unit], par: Paragraph, ctx: Context, clue: str) -> Occurrence:
    """A name a cue word says is a place (or a building) unless the context says it is a body.

    "Ishikawa Prefecture" goes by "Ishikawa": the division noun is a form of the same place."""
    first, last = words[0], words[-1]
    surface = par.plain[first.start : last.end]
    key = _place_name(surface, ctx)
    if len(words) > 1 and last.single and last.text in DIVISION_NOUNS and key == surface:
        rest = par.plain[first.start : words[-2].end]
        if rest.lower() not in COMPASS_POINTS:
            key = rest  # (not "North-Western" alone: a compass word names no place without its division)
    occ = Occurrence(par.index, first.first, last.last, first.start, last.end, surface, "candidate", key=key)
    occ.evidence.add(clue)
    return occ


# lower-case nouns after a name that make the whole name a place: "the New Chitose airport", "South Kivu
# province", and, past a few adjectives, "the Shika nuclear power plant", "the Casa Rosada presidential palace"
# nature's features and squares go by their name alone ("the Dniester river" is the Dniester, "Jemaa el-Fna
# square" Jemaa el-Fna); the sites people build or name by what stands there keep the noun ("the Qiz Qalasi
# dam", "the Dizmar forest")
NATURAL_NOUNS = frozenset(
    "river lake valley desert mountains mountain volcano island islands peninsula strait gulf bay square".split())
PLACE_NOUNS_AFTER = frozenset(
    "province region prefecture county district oblast governorate city harbour harbor".split()
) | NATURAL_NOUNS | FACILITY_NOUNS
# lower-case words that make one noun with a facility noun: "air base", "naval station"
FACILITY_MODIFIERS = frozenset("air naval army military elementary primary secondary high children's".split())
# words before a lone name that say something happens there: "landed at Hindon air base"
FACILITY_LOCATIVES = frozenset("at from in on outside near inside into to of".split())  # "broke out of X prison"


def _named_by_place_noun(words: list[Unit], par: Paragraph, ctx: Context) -> Occurrence | None:
    """A name of two or more plain words that a place noun follows is one place, whole; so is one word
    after "the" that a facility noun follows past its adjectives ("the Shika nuclear power plant")."""
    gaz = ctx.gaz
    toks = par.tokens
    k = words[-1].last
    skipped = 0
    while k < len(toks) and skipped < 3 and toks[k].word and toks[k].text[:1].islower() and toks[k].text not in PLACE_NOUNS_AFTER:
        k += 1
        skipped += 1
    if k >= len(toks) or toks[k].text not in PLACE_NOUNS_AFTER or (skipped and toks[k].text not in FACILITY_NOUNS):
        return None
    modifiers = " ".join(t.text for t in toks[words[-1].last : k])
    facility = toks[k].text in FACILITY_NOUNS and (not skipped or modifiers in FACILITY_MODIFIERS)
    if facility and len(words) == 1 and (any(e.kind in ("place", "capital") for e in words[0].entries)
                                         or fold(words[0].text) in gaz.world_words) \
            and k + 1 < len(toks) and toks[k + 1].word \
            and toks[k + 1].text[:1].islower() and toks[k + 1].text not in gaz.stopwords:
        # "the Christchurch mosque attacks": the city's mosques, named as the place of what happened; the city
        u = words[0]
        occ = Occurrence(par.index, u.first, u.last, u.start, u.end, u.text, "candidate", key=u.text)
        occ.evidence.add("place-cue")
        return occ
    if len(words) < 2:
        before = previous_word(toks, words[0].first)
        if before is not None and before.text.islower() and before.text not in FACILITY_LOCATIVES:
            ahead = previous_word(toks, toks.index(before))
            if ahead is not None and ahead.text.lower() == "the":
                before = ahead  # "the giant Tavan copper mine": an adjective between the article and the name
        opener = "" if before is None else before.text.lower()
        # "east of the Dniester river", "in Azadi square"
        natural = not skipped and toks[k].text in NATURAL_NOUNS and (
            opener == "the" or (toks[k].text == "square" and opener in FACILITY_LOCATIVES))
        if not (skipped or facility or natural) or not (opener == "the" or opener in FACILITY_LOCATIVES) \
                or words[0].entries or words[0].known:
            return None
    if any(t.text.lower() in gaz.stopwords or not t.word for t in toks[words[-1].last : k]):
        return None
    before_name = previous_word(toks, words[0].first)
    # "the Daniel Patrick Moynihan courthouse", "the John Paul II airport": a site named after a person
    named_for = facility and before_name is not None and before_name.text.lower() == "the"
    for u in words:
        if u.known is not None or any(e.kind not in ("place", "capital") for e in u.entries):
            return None
        if not u.entries and ((fold(u.text) in gaz.first_names and not named_for) or u.text.lower() in gaz.role_heads
                              or u.text in gaz.org_cues):
            return None
    first, last = words[0], words[-1]
    surface = par.plain[first.start : last.end]
    key = _place_name(surface, ctx)
    if facility:
        # "Tarnow air base", "the Kelso prison": the noun right after the name is part of the site's name
        last_tok = toks[k]
        surface = par.plain[first.start : last_tok.end]
        key = surface
        occ = Occurrence(par.index, first.first, k + 1, first.start, last_tok.end, surface, "candidate", key=key)
    else:
        occ = Occurrence(par.index, first.first, last.last, first.start, last.end, surface, "candidate", key=key)
    occ.evidence.add("place-cue")
    return occ


# lower-case words between a name and the noun that says it is a body: "X news agency", "X rebel group"
NOUN_MODIFIERS = frozenset("news rebel opposition armed militant political ruling state investment mining oil tech media".split())
# fighters named by their group: "the FARC guerrillas", "the M23 rebels" (only letters or digits: "Tuareg rebels" are a people)
FIGHTER_NOUNS = frozenset("guerrillas rebels militants insurgents".split())
ORG_NOUNS_AFTER = frozenset("party movement group alliance coalition militia bloc company agency network front cartel "
                            "gang syndicate".split()) | FIGHTER_NOUNS
# gangs are named after their home ground: "the Sinaloa cartel", "the Gulf cartel" are bodies, not the state or the sea
_NAMED_AFTER_PLACES = frozenset("cartel gang syndicate".split())


_IDEOLOGY = re.compile(r"[A-Z][a-z]+ists?")  # "Marxist", "Islamist", "Nationalist"


def _named_by_following_noun(units: list[Unit | Token], par: Paragraph, gaz: Gazetteer) -> list[Occurrence]:
    """"the ruling Georgian Dream party": a name the next, lower-case noun says is a body."""
    words = [u for u in units if isinstance(u, Unit)]
    toks = par.tokens
    last = words[-1]
    after = last.last
    if after + 1 < len(toks) and toks[after].text in NOUN_MODIFIERS and toks[after + 1].text in ORG_NOUNS_AFTER:
        after += 1  # "the official Petra news agency", "the Tigray rebel group"
    if after < len(toks) and toks[after].text == "(":
        # "Arévalo's Semilla (Seed) movement": a translation in brackets between the name and its noun
        close = next((k for k in range(after + 1, min(len(toks), after + 6)) if toks[k].text == ")"), -1)
        after = close + 1 if close > 0 else after
    if after >= len(toks) or toks[after].text not in ORG_NOUNS_AFTER:
        return []
    if toks[after].text in FIGHTER_NOUNS and not (len(words) == 1 and (is_acronym(last.text) or any(c.isdigit() for c in last.text))):
        return []
    if after + 1 < len(toks) and _capitalised_word(toks[after + 1], toks, after + 1):
        return []  # "the Islamist militant group al-Shabaab": the noun introduces the name after it
    plain = [u for u in words if not u.entries and u.known is None]
    if not plain or any(fold(u.text) in gaz.first_names for u in plain) or all(gaz.is_role_word(u.text) for u in plain):
        return []  # ("the Citizen Revolution movement": one role word among others names no one's post)
    kinds_not_named = ("org", "capital") if toks[after].text in _NAMED_AFTER_PLACES else ("org", "place", "capital")
    if any(u.known is not None or any(e.kind in kinds_not_named for e in u.entries) for u in words):
        return []
    before = previous_word(toks, words[0].first)
    if len(words) == 1 and (_IDEOLOGY.fullmatch(last.text) or (before is not None and before.text.lower() in ("a", "an"))):
        return []  # "a Marxist party", "the Islamist group": what kind of body, not its name
    if toks[after].text in _NAMED_AFTER_PLACES:  # the noun is part of a gang's name: "the Sinaloa cartel"
        noun = toks[after]
        surface = par.plain[words[0].start : noun.end]
        return [Occurrence(par.index, words[0].first, after + 1, words[0].start, noun.end, surface, ORG, key=surface)]
    return [_spanning(words[0], last, par)]


def _named_with_a_country(units: list[Unit | Token], par: Paragraph, ctx: Context) -> list[Occurrence]:
    """A body whose name holds a country, a city or a nationality: "Reform UK, the anti-immigration
    party", "the publisher Ubisoft France", "the Turkish Red Crescent".

    The name's own words must be plain (no given name, no title); then either the text says it
    is a body (an apposition or a noun before it), or a nationality opens it after "the" and two
    or more name words follow (people take no article: "the Turkish Red Crescent" is no person), or
    one party's head noun does ("the Nepali Congress", "the Scottish Party": the nation names the party).
    """
    if len(units) < 2:
        return []
    gaz = ctx.gaz
    words = [u for u in units if isinstance(u, Unit)]
    lex = [u for u in words if u.entries]
    if not lex:
        return []
    if len(words) == 2 and words[1].text in PARTY_HEADS and words[0].entries and words[1].known is None:
        before = previous_word(par.tokens, words[0].first)
        if before is not None and before.text.lower() == "the" and all(e.kind == "demonym" for e in words[0].entries):
            surface = par.plain[words[0].start : words[1].end]
            out = [Occurrence(par.index, words[0].first, words[1].last, words[0].start, words[1].end, surface, ORG, key=surface)]
            return out + _lexicon_occurrence(words[0], par, ctx, modifier=True)
    plain = [u for u in words if not u.entries and u.known is None]
    if not plain or not lex or len(words) != len(plain) + len(lex):
        return []
    if any(e.kind == "org" for u in lex for e in u.entries):
        return []
    if any(fold(u.text) in gaz.first_names or (gaz.is_role_word(u.text) and u.text not in COUNTRY_BODY_HEADS)
           or u.text in gaz.place_cues or u.text in gaz.thing_cues for u in plain):
        return []  # (though "Air" heads a rank, "Air India" is the airline)
    toks = par.tokens
    first, last = words[0], words[-1]
    comma_after = last.last < len(toks) and toks[last.last].text == ","
    before = previous_word(toks, first.first)
    said_to_be_a_body = (comma_after and apposition_head(toks, last.last, gaz) in INSTITUTION_NOUNS) or (
        before is not None and institution_noun(before.text)
    )
    if first.first >= 2 and toks[first.first - 1].text == "," and toks[first.first - 2].text in INSTITUTION_NOUNS:
        said_to_be_a_body = True  # "the main opposition party, Civic Poland, said"
    if before is not None and before.text == "of" and not said_to_be_a_body:
        owner = previous_word(toks, toks.index(before))
        said_to_be_a_body = owner is not None and owner.text in MEMBER_NOUNS  # "the liberals of Renew Europe"
    if comma_after and last.last + 2 < len(toks) and toks[last.last + 1].text == "led" and toks[last.last + 2].text == "by":
        said_to_be_a_body = True
    nationality_first = (
        first in lex
        and len(plain) >= 2
        and before is not None
        and before.text.lower() == "the"
        and all(e.kind == "demonym" for u in lex for e in u.entries)
        and fold(plain[0].text) not in gaz.given_names  # "the Uruguayan Gus Poyet": a person by nationality
    )
    country_then_noun = (
        first in lex
        and len(words) <= 3
        and all(e.kind == "country" for e in first.entries)
        and all(u.single and (u.text.lower() in ctx.lower_words or u.text in COUNTRY_BODY_TAILS) for u in plain)
    )
    # "Air India said", "according to Elections Canada": a body's head noun before a country names the
    # country's airline, agency or broadcaster
    noun_then_country = (
        len(words) == 2 and first in plain and first.single and last in lex
        and all(e.kind == "country" for e in last.entries) and first.text in COUNTRY_BODY_HEADS
    )
    if (country_then_noun or noun_then_country) and not (said_to_be_a_body or nationality_first):
        # "France Football named him", "Russia Today reported": a country before common nouns names a
        # magazine, a broadcaster or a firm, and is no mention of the country itself
        return [_spanning(first, last, par)]
    if not (said_to_be_a_body or nationality_first):
        return []
    surface = par.plain[first.start : last.end]
    out = [Occurrence(par.index, first.first, last.last, first.start, last.end, surface, ORG, key=surface)]
    if first in lex:
        out.extend(_lexicon_occurrence(first, par, ctx, modifier=True))
    return out


# common nouns that, after a country's name, make the name a title or a firm's: "France Football"
COUNTRY_BODY_TAILS = frozenset(
    "Football Rugby Sport Sports Today Telecom Televisions Télévisions Info Inter Energy Post Mail Rail "
    "Presse Press Monitor Insider Airlines Airways Railways Telecom Steel Gas Oil Petroleum".split()
)

# common nouns that, before a country's name, make the name a body's: "Air India", "Elections Canada"
COUNTRY_BODY_HEADS = frozenset(
    "Air Airlines Radio Bank Elections Statistics Health Parks Reform Telecom Television Post Rail Railways "
    "Petroleum Energy Invest Trade Export Transport".split()
)

# people who belong to a body: "the members of X", "the liberals of X", "the leader of X"
MEMBER_NOUNS = frozenset(
    "members member lawmakers legislators deputies MEPs MPs liberals conservatives socialists greens "
    "leader leaders founder founders co-founder chairman chairwoman spokesman spokeswoman".split()
)


def _direction_place(words: list[Unit], par: Paragraph, ctx: Context) -> Occurrence | None:
    """"Khartoum North", "Northern Ireland"-style places made of a place and a compass word."""
    if 3 <= len(words) <= 4 and words[0].single and words[0].text in COMPASS and words[-1].single \
            and words[-1].text in ctx.gaz.place_cues:
        return _cue_candidate(words, par, ctx, "place-cue")  # "South Padre Island": the compass word is its name's
    if len(words) != 2:
        return None
    a, b = words
    place_like = lambda u: any(e.kind in ("place", "capital") for e in u.entries)  # noqa: E731
    country = b.known is None and bool(b.entries) and all(e.kind == "country" for e in b.entries)
    if (place_like(a) and b.single and b.text in DIRECTIONS) or (a.single and a.text in DIRECTIONS and place_like(b)) \
            or (a.last - a.first == 1 and a.text in COMPASS | OCEAN_SIDES and country):  # "Atlantic Canada"
        surface = par.plain[a.start : b.end]
        return Occurrence(par.index, a.first, b.last, a.start, b.end, surface, PLACE, key=surface)
    gaz = ctx.gaz
    plain_word = b.single and not b.entries and b.known is None and b.text[1:].islower()
    # "North African", "Central Asian": a region's adjective, not the region
    adjective = b.text.endswith(("ian", "can", "ean", "ish", "ese"))
    if a.single and a.text in COMPASS and plain_word and not adjective and fold(b.text) not in gaz.first_names:
        if not (b.text in gaz.org_cues or b.text in gaz.thing_cues or gaz.is_role_word(b.text) or b.text in gaz.building_cues):
            return _cue_candidate(words, par, ctx, "place-cue")  # "West Sumatra", "Central Java": a region
    return None


BROADCAST_LEADS = frozenset("Radio Television Télévision Televisión TV".split())
# a company's legal form ends its name: "Shoei Kisen Kaisha of Japan" is the firm and where it is from
LEGAL_FORMS = frozenset("Corp Co Inc Ltd LLC PLC Plc GmbH AG SA NV BV Oyj ASA SpA Pty Berhad Bhd Kaisha "
                        "Aktiengesellschaft".split())


# words a town's name ends with after another place's name: "Miami Gardens", "Jersey City", "Palm Springs"
TOWN_SUFFIXES = frozenset("Gardens Heights Beach Springs Hills Park City Falls Village Township Junction".split())


def _towns_named_after_a_city(occs: list[Occurrence], par: Paragraph) -> list[Occurrence]:
    """"in Miami Gardens": a known city's name and a town's last word are one place, not the city."""
    by_first = {o.first: o for o in occs}
    absorbed: set[int] = set()
    for o in occs:
        nxt = by_first.get(o.last)
        if o.kind == PLACE and nxt is not None and nxt.kind == "candidate" and nxt.surface in TOWN_SUFFIXES \
                and par.plain[o.end : nxt.start] == " ":
            _run_on_to(o, nxt.last, nxt.end, par, PLACE)
            absorbed.add(id(nxt))
    return _without(occs, absorbed)


def _nicknames(occs: list[Occurrence], par: Paragraph) -> list[Occurrence]:
    """'Abraham "Rami" Ungar': a given name, a nickname in quotation marks and a surname are one name."""
    if '"' not in par.plain and "\u201c" not in par.plain:
        return occs
    toks = par.tokens
    by_first = {o.first: o for o in occs}
    absorbed: set[int] = set()
    for o in occs:
        if o.kind not in ("candidate", PERSON) or " " in o.surface or o.last + 3 >= len(toks):
            continue
        opening, nick, closing = toks[o.last], by_first.get(o.last + 1), toks[o.last + 2]
        last = by_first.get(o.last + 3)
        if (opening.text in ('"', "\u201c") and closing.text in ('"', "\u201d") and nick is not None and last is not None
                and " " not in nick.surface and " " not in last.surface and nick.kind == last.kind == "candidate"
                and opening.start == o.end + 1 and last.start == closing.end + 1):
            _run_on_to(o, last.last, last.end, par, "candidate")
            o.evidence |= last.evidence
            absorbed.update((id(nick), id(last)))
    return _without(occs, absorbed)


def _names_a_time_zone(o: Occurrence, par: Paragraph) -> bool:
    """"at 5:07 p.m. Pacific time", "10am Eastern Time": a clock's zone, no place."""
    toks = par.tokens
    zone = o.surface.endswith(" Time") or (o.last < len(toks) and toks[o.last].text.lower() == "time")
    if not zone or not o.first:
        return False
    before = toks[o.first - 1].text.lower().rstrip(".")
    return before in ("a.m", "p.m", "am", "pm") or before[:1].isdigit()


def _given_name_like_a_body(words: list[Unit], par: Paragraph, gaz: Gazetteer) -> bool:
    """"the opposition leader Duma Boko": a body's one-word name between a lower-case title and one more name
    word opens that person's name (the title's body would come after it: "the leader of the Duma")."""
    if len(words) != 2 or " " in words[0].text or not words[1].single or words[0].known is not None:
        return False
    first, second = words
    return (bool(first.entries) and all(e.kind == "org" for e in first.entries) and not is_acronym(first.text)
            and not second.entries and second.known is None and second.text[:1].isupper() and not is_acronym(second.text)
            and first.first > 0 and par.tokens[first.first - 1].text in gaz.role_heads)


def _org_span(units: list[Unit | Token], gaz: Gazetteer, lower_words: frozenset[str] = frozenset(),
              toks: tuple[Token, ...] = ()) -> tuple[int, int] | None:
    """Where a cue-word organisation lies in the chunk ("Central Committee of Sudan Doctors")."""
    cue = first_cue = -1
    for idx, u in enumerate(units):
        if isinstance(u, Unit) and u.single and (u.text in gaz.org_cues or _hyphenated_cue(u.text, gaz)):
            cue = idx
            first_cue = idx if first_cue < 0 else first_cue
        elif (
            isinstance(u, Unit)
            and idx
            and any(e.kind == "org" for e in u.entries)
            and u.text.split()[-1] in gaz.org_cues
            and isinstance(units[idx - 1], Unit)
            and (units[idx - 1].single or _nation_before_a_party(units[idx - 1], u))
            and units[idx - 1].text.lower() not in gaz.role_heads
        ):
            cue = idx  # "Supreme" + "National Security Council": a longer name than the gazetteer's
            first_cue = idx if first_cue < 0 else first_cue
        elif (
            isinstance(u, Unit)
            and _listed_party(u)
            and idx + 2 < len(units)
            and units[idx + 1].text == "of"
            and isinstance(units[idx + 2], Unit)
            and any(e.kind == "country" for e in units[idx + 2].entries)
        ):
            cue = idx  # "the Socialist Party of Chile": a generic party's name runs on through its country
            first_cue = idx if first_cue < 0 else first_cue
    if cue < 0:
        return None
    if cue == len(units) - 2 and isinstance(units[-1], Unit) and units[-1].single \
            and (units[-1].text in gaz.place_cues or units[-1].text in gaz.building_cues):
        return None  # "the Michigan Assembly Plant", "the Union Station": a site named after a body's head word
    # the name runs on after the cue only through "of" / "for" / "and"
    end = cue + 1
    if cue == first_cue and units[cue].text in BROADCAST_LEADS and end < len(units) and isinstance(units[end], Unit) \
            and any(e.kind in ("country", "place", "capital") for e in units[end].entries):
        end += 1  # "Radio France", "Radio Canada": a broadcaster named for its country
        while end < len(units) and isinstance(units[end], Unit) and units[end].single and not units[end].entries \
                and units[end].known is None:
            end += 1  # "Radio France Internationale": and on through the words of its own name
    if cue > first_cue and any(isinstance(u, Token) and u.text in ("of", "for") for u in units[first_cue:cue]):
        # "Max Planck Institute for Radio Astronomy": a cue word inside the remit ends no name
        while end < len(units) and (isinstance(units[end], Unit) and units[end].single
                                    and units[end].text.lower() not in gaz.role_heads
                                    and not _looks_like_person_start(units, end, gaz)
                                    or _remit_link(units, end)):
            end += 1  # (through the commas of a remit the chunk kept: "Ministry of Energy, Housing and Transport")
    legal_form = isinstance(units[cue], Unit) and units[cue].text in LEGAL_FORMS
    if end + 1 < len(units) and end == cue + 1 and isinstance(units[end], Unit) and units[end].text == "General" \
            and isinstance(units[end + 1], Token) and units[end + 1].text in ("of", "for"):
        end += 1  # "the Directorate General of Civil Aviation", "the Secretariat General for Defence": one body
    remit = ("of", "for", "into", "on") if isinstance(units[cue], Unit) and units[cue].text in REMIT_HEADS else ("of", "for")
    if end < len(units) and isinstance(units[end], Token) and units[end].text in remit and not legal_form:
        k = end
        while k < len(units):
            u = units[k]
            name_after = k + 1 < len(units) and isinstance(units[k + 1], Unit)
            if isinstance(u, Unit) and u.single and u.text.lower() in gaz.role_heads and name_after:
                break  # "Council of Europe Secretary General X": a title of the person after it
            after_a_word = k > end and isinstance(units[k - 1], Unit)
            after_of = k == end + 1  # "the National Coalition Party of Petteri Orpo": the leader, not the name
            if isinstance(u, Unit) and u.single and (after_a_word or after_of) and _looks_like_person_start(units, k, gaz) \
                    and isinstance(units[k + 1], Unit) and not units[k + 1].entries:
                break
            if after_of and _leader_after_of(units, k, gaz, lower_words):
                break  # "the Greens of Arild Hermstad": a given name the broad list knows, and a surname, end the chunk
            k += 1
        end = k
        while end > cue + 1 and not isinstance(units[end - 1], Unit):
            end -= 1
    start = 0
    for idx in range(first_cue - 1):  # a title word right before the cue is part of the name: "General Staff"
        u = units[idx]
        if isinstance(u, Unit) and u.single and (u.text.lower() in gaz.role_heads or u.text.lower() in gaz.honorifics) \
                and not (idx == 0 and u.text == "General" and u.first > 0 and toks and toks[u.first - 1].text.lower() == "the"):
            start = idx + 1  # (but "the General Fire Force", "the General Intelligence Directorate": an adjective)
    while start < cue and not isinstance(units[start], Unit):
        start += 1
    while start < cue and isinstance(units[start], Unit) and units[start].single and units[start].text.lower() in RANK_OF_A_POST:
        start += 1  # "Deputy Police Commissioner X", "Acting Central Bank Governor": the post's rank, not the body's
    of = next((k for k in range(start, first_cue) if isinstance(units[k], Token) and units[k].text == "of"), -1)
    if of > start and all(isinstance(u, Unit) and u.single for u in units[start:of]) \
            and _a_members_name([u.text for u in units[start:of]], gaz, lower_words):
        start = of + 1  # "Youcef Aouchiche of the Socialist Forces Front": the body's name starts after "of"
        while start < cue and not isinstance(units[start], Unit):
            start += 1
    words_before = [u for u in units[start:cue] if isinstance(u, Unit)]
    if not words_before and end == cue + 1 and (units[cue].single or start == 0):
        return None  # a bare "Council" or "Ministry" is not a name
    return start, end


def _owner_complete(unit: Unit | Token, gaz: Gazetteer) -> bool:
    """"General Motors' plant", "the United Nations' agency": a body's whole name before a plural possessive
    owns what follows; "Players' Association" is one name."""
    if not isinstance(unit, Unit):
        return False
    return unit.text in gaz.org_cues or any(e.kind == "org" for e in unit.entries) or (
        unit.known is not None and unit.known.kind == ORG)


def _nation_before_a_party(before: Unit, party: Unit) -> bool:
    """"the Japanese" + "Communist Party": a nationality before a party name many countries share is that
    country's party, not the one the gazetteer files under the short name (a whole name it knows,
    "Chinese Communist Party", is matched whole before this)."""
    return bool(before.entries) and all(e.kind == "demonym" for e in before.entries) and _listed_party(party)


def _hyphenated_cue(word: str, gaz: Gazetteer) -> bool:
    """"Union-Tribune", "Post-Dispatch": capitalised parts joined by a hyphen that end on a body's head noun
    head it as a whole ("Anti-Government" is a modifier, not a head)."""
    if "-" not in word:
        return False  # (most words, asked of every word of a chunk)
    parts = word.split("-")
    if len(parts) < 2 or parts[0].lower() in HYPHEN_PREFIXES:
        return False
    if not all(p[:1].isupper() and p[1:].islower() for p in parts):
        return False
    # "League-Nawaz": a faction's name hyphenated onto its body's head noun heads the name as well
    return parts[-1] in gaz.org_cues or (len(parts) == 2 and parts[0] in PARTY_HEADS)


PARTY_HEADS = frozenset("League Party Movement Alliance Congress".split())
HYPHEN_PREFIXES = frozenset("anti pro non ex neo co inter trans pan".split())


def _leader_after_of(units: list[Unit | Token], k: int, gaz: Gazetteer, lower_words: frozenset[str]) -> bool:
    """"the Socialist Left Party of Kirsti Bergstø": two capitalised words that end the chunk after a body's "of",
    the first a given name of the broad list, neither a word the text writes in lower case, a plural, a cue or a
    known name, are its leader's name (a remit has a plural, a common noun or a known name: "of Regions", "of
    Democratic Action", "of Europe")."""
    rest = units[k:]
    if len(rest) != 2 or not all(isinstance(u, Unit) and u.single and not u.entries and u.known is None for u in rest):
        return False
    return _given_name(rest[0].text, gaz, broad=True) and not any(u.text.lower() in lower_words or u.text.endswith("s") or u.text in gaz.org_cues
                   or u.text in gaz.place_cues or u.text.lower() in gaz.stopwords or gaz.is_role_word(u.text)
                   for u in rest)


def _looks_like_person_start(units: list[Unit | Token], k: int, gaz: Gazetteer) -> bool:
    u = units[k]
    return isinstance(u, Unit) and fold(u.text) in gaz.first_names and k + 1 < len(units)




def _org_occurrences(units: list[Unit | Token], par: Paragraph, ctx: Context) -> list[Occurrence]:
    words = [u for u in units if isinstance(u, Unit)]
    if len(words) > 2 and words[0].text.replace("\u2019", "'") in SECT_WORDS:
        words = words[1:]
    first, last = words[0], words[-1]
    toks, end, after = par.tokens, last.end, last.last
    if last.text in NUMBERED_HEADS and after < len(toks) and toks[after].text.isdigit() and len(toks[after].text) <= 3 \
            and toks[after].start == end + 1 and (after + 1 == len(toks) or toks[after + 1].start > toks[after].end
                                                  or not toks[after + 1].word and toks[after + 1].text not in "-\u2013%"):
        end, after = toks[after].end, after + 1  # "BBC Radio 4", "ILA Local 333": the number is the name's last word
    surface = par.plain[first.start : end]
    out = [Occurrence(par.index, first.first, after, first.start, end, surface, ORG, key=surface)]
    lead = words[0]
    if lead.entries and any(e.kind in ("demonym", "country") for e in lead.entries):
        out.extend(_lexicon_occurrence(lead, par, ctx, modifier=True))
    return out


# words that rank a post and never open a body's name
RANK_OF_A_POST = frozenset("deputy acting former interim assistant".split())
# heads of bodies numbered within their kind: a station, a union's branch
NUMBERED_HEADS = frozenset("Radio Channel TV Local Lodge Chapter".split())
PERSON_NOUNS = frozenset("man woman boy girl".split())  # role words only for a nameless person ("a 47-year-old man")
CLASS_ORDINALS = frozenset("First Second Third".split())


def _segment_kind(u: Unit, gaz: Gazetteer) -> str:
    if u.known is not None and u.known.kind == PERSON:
        return "name"  # a registry person takes titles like any name: "U.S. Secretary of State X"
    if u.known is not None and not u.entries:
        return "known"
    if u.entries:
        return "lex"
    if gaz.is_role_word(u.text) and u.text.lower() not in gaz.stopwords and u.text.lower() not in PARTICLES:
        return "role"  # ("de facto leader"; but "Marco De Santis": a particle capitalised is part of a name)
    if "-" in u.text and all(gaz.is_role_word(part) or part.lower() in ("then", "ex") for part in u.text.split("-")):
        return "role"  # "Lieutenant-General", "Vice-President", "Then-president": a rank hyphenated is still a rank
    if u.single and plural_role(u.text.lower(), gaz):
        return "role"  # "Justices Jackton Ojwang and Njoki Ndung'u": a title shared by the names after it
    return "name"


def _read_segments(
    units: list[Unit | Token], par: Paragraph, ctx: Context, role_prefix: list[Occurrence] | None = None
) -> list[Occurrence]:
    """Split a chunk into titles, gazetteer names and person names."""
    gaz = ctx.gaz
    words = [u for u in units if isinstance(u, Unit)]
    kinds = [_segment_kind(u, gaz) for u in words]
    if len(words) > 1:  # (a lone word keeps its own kind: each rule below weighs a word against the others)
        _weigh_kinds(units, words, kinds, par, ctx)
    out: list[Occurrence] = []
    prefix: list[tuple[Unit, str]] = []
    k = 0
    while k < len(words):
        if kinds[k] == "seat":
            first, last = words[k], words[-1]
            surface = par.plain[first.start : last.end]
            out.append(Occurrence(par.index, first.first, last.last, first.start, last.end, surface, PLACE, key=surface))
            break
        if kinds[k] != "name":
            prefix.append((words[k], kinds[k]))
            k += 1
            continue
        m = k
        while m < len(words) and kinds[m] == "name":
            m += 1
        # "Minister Mario Draghi Wednesday": a trailing role word is not part of the name
        name_units = words[k:m]
        out.extend(_person_from(name_units, prefix, par, ctx, role_prefix))
        prefix = []
        role_prefix = None
        k = m
    for u, kind in prefix:
        if kind in ("lex", "known"):
            out.extend(_lexicon_occurrence(u, par, ctx))
        elif kind == "acronym":
            out.append(Occurrence(par.index, u.first, u.last, u.start, u.end, u.text, ORG, key=u.text))
    return out


def _weigh_kinds(units: list[Unit | Token], words: list[Unit], kinds: list[str], par: Paragraph, ctx: Context) -> None:
    """Correct the words' own kinds by their neighbours in the chunk (a title's remit, a given name that is also
    a place, a title word that ends a name, ...)."""
    gaz = ctx.gaz
    if _opens_with_a_remit_pair(units, gaz):
        kinds[0] = kinds[1] = "role"  # "Youth and Sports Minister X": the post's remit of two fields
    for k in range(1, len(words)):
        if kinds[k] == "role" and kinds[k - 1] == "name" and words[k].single and words[k].text.lower() in PERSON_NOUNS:
            kinds[k] = "name"  # "his wife, Ngo Thi Man": a word for a person, capitalised after a name, is the name's
        if k + 1 < len(words) and kinds[k - 1] == "role" and words[k].text in CLASS_ORDINALS and words[k + 1].text == "Class":
            kinds[k] = kinds[k + 1] = "role"  # "Seaman First Class Jeffrey Facundo": a rank's grade
    # The rules below, to the next, weigh a listed word ("lex": a gazetteer name) against its neighbours, and no
    # rule makes a word "lex": a chunk with none (most) passes them by.
    if "lex" in kinds:
        # a place or country that is also a given name, followed by a name: "Florence Parly", "Jordan Bardella";
        # a gazetteer word between name words: "Fadlallah Burma Nasir"; or one the text then describes as a
        # person: "France Córdova, director of the National Science Foundation"
        for k, u in enumerate(words):
            if kinds[k] == "lex" and len(u.text.split()) == 1 and not any(e.kind in ("org", "demonym") for e in u.entries):
                nxt_name = k + 1 < len(words) and kinds[k + 1] == "name"
                prev_name = k > 0 and kinds[k - 1] == "name"
                if nxt_name and (fold(u.text) in gaz.first_names or prev_name or (k == 0 and _described(words, par, gaz))):
                    kinds[k] = "name"
        # "police Chief Thai Truong", "Representative French Hill": a nationality between a title and a name is the
        # person's given name (a nationality goes before the title: "the Thai police chief")
        for k in range(1, len(words) - 1):
            u = words[k]
            if kinds[k] == "lex" and kinds[k - 1] == "role" and kinds[k + 1] == "name" and u.last - u.first == 1 \
                    and u.known is None and u.entries and all(e.kind == "demonym" for e in u.entries):
                kinds[k] = "name"
        # a city's or a country's one-word name right after a lone given name ends that person's name: "Minister
        # Ivan Tunis", "bank chairman Thomas Jordan" (a given name takes a surname; "in Tunis" keeps the city)
        for k in range(1, len(words)):
            u, given = words[k], words[k - 1]
            lone = (k == 1 or kinds[k - 2] != "name") and (k + 1 == len(words) or kinds[k + 1] != "name")
            city = kinds[k] == "lex" and len(u.text.split()) == 1 and u.known is None and all(
                e.kind in ("capital", "place", "country") for e in u.entries)
            if city and lone and kinds[k - 1] == "name" and given.single and (
                    _given_name(given.text, gaz, broad=True) or (k == 1 == len(words) - 1 and _among_full_names(given, u, par))):
                kinds[k] = "name"
            elif city and kinds[k - 1] == "role" and given.text in ROYAL_TITLES and _given_name(u.text, gaz):
                kinds[k] = "name"  # "Crown Princess Victoria", "Queen Victoria": a royal's given name, not the city
        # a body's or a town's one-word name right after two name words ends that person's name: "Thérèse
        # Kayikwamba Wagner", "Samuel Doria Medina" (with no comma between, nothing is named after a full name)
        for k in range(2, len(words)):
            u = words[k]
            if (kinds[k] == "lex" and kinds[k - 1] == "name" and kinds[k - 2] == "name" and " " not in u.text and u.known is None
                    and (all(e.kind == "org" for e in u.entries) or all(e.kind == "place" for e in u.entries))
                    and words[k - 2].single and words[k - 1].single
                    and (k + 1 == len(words) or kinds[k + 1] != "name")):
                kinds[k] = "name"
    if _given_name_like_a_body(words, par, gaz):
        kinds[0] = "name"
    # a place whose name opens with a particle, right after a given name, is a surname: "Leila Ben Arous"
    for k, u in enumerate(words):
        if kinds[k] == "lex" and k > 0 and kinds[k - 1] == "name" and words[k - 1].single and _particle_surname(u):
            kinds[k] = "name"
    # a Malay style of two words opens the name as a title: "Tan Sri Muhyiddin Yassin", "Datuk Seri Anwar Ibrahim"
    for k in range(len(words) - 2):
        if (words[k].text, words[k + 1].text) in STYLE_PAIRS and "name" in kinds[k + 2 :] and (k == 0 or kinds[k - 1] != "name"):
            kinds[k] = kinds[k + 1] = "role"
    # a two-word rank is a title as a whole, though "Major" or "Staff" alone may be a common word:
    # "Colonel Major X", "Rear Admiral X", "Staff Sergeant X"
    for k in range(len(words) - 1):
        a, b = words[k].text.lower(), words[k + 1].text.lower()
        if a in RANK_QUALIFIERS and b in RANKS and kinds[k + 1] in ("role", "name") and kinds[k] in ("role", "name"):
            if k + 2 < len(words) and kinds[k + 2] == "name":
                kinds[k] = kinds[k + 1] = "role"
    # a word that is also an honorific, between name words, is part of the name: "Hassan Sheikh Mohamud",
    # "Anwar Haji Ibrahim" (a title stands before the whole name, never inside it)
    for k in range(1, len(words) - 1):
        if kinds[k] == "role" and words[k].single and kinds[k - 1] == "name" and words[k].text.lower() in NAME_HONORIFICS | MIDDLE_NAMES:
            nxt = words[k + 1]
            place_word = kinds[k + 1] == "lex" and len(nxt.text.split()) == 1 and not any(e.kind in ("org", "demonym") for e in nxt.entries)
            if kinds[k + 1] == "name" or place_word:
                kinds[k] = kinds[k + 1] = "name"  # "Ahmed Sheikh Aden": a city's name may be a surname
    # an honorific right before an Arabic family name opened by "Al" or "bin", with no given name of its
    # own, is the given name: "Sultan Al Hamdi" (a title goes before a full name: "Sheikh Tamim Al Hamdi")
    for k in range(len(words) - 2):
        if kinds[k] == "role" and words[k].single and words[k].text.lower() in GIVEN_HONORIFICS:
            rest = words[k + 1 :]
            if len(rest) == 2 and all(u.single and kinds[k + 1 + i] == "name" for i, u in enumerate(rest)):
                if rest[0].text in ("Al", "Bin", "bin", "al", "El", "el"):
                    kinds[k] = "name"
    # a peer's title before a lone surname is the name the peer goes by: "Lord Reed", "Lady Hale" (before a
    # given name it is a courtesy that the fullest form leaves out: "Lady Diana" is Diana; and the first lady
    # is a post: "First Lady Moïse")
    if len(words) == 2 and kinds == ["role", "name"] and words[0].single and words[1].single \
            and words[0].text.lower() in PEERAGE and not _given_name(words[1].text, gaz) \
            and not (words[0].first and par.tokens[words[0].first - 1].text.lower() == "first"):
        kinds[0] = "name"
    # a title word ends no name: after a lone given name it is the surname ("Laura Bishop", "Tom King")
    if len(words) >= 2 and kinds[-1] == "role" and kinds[-2] == "name" and words[-1].single and words[-2].single:
        opener = len(words) == 2 or kinds[-3] != "name"
        surname = words[-1].text.lower() not in gaz.role_modifiers and words[-1].text.lower() not in NAME_HONORIFICS
        if opener and surname and fold(words[-2].text) in gaz.first_names:
            kinds[-1] = "name"
    # "Director of Public Prosecution Eva Lund": after a title's "of", the words before a given name
    # name the office, not the person
    for k in range(1, len(words)):
        if kinds[k] == "name" and kinds[k - 1] == "role" and _after_of(par.tokens, words[k]):
            m = k
            while m < len(words) and kinds[m] == "name":
                m += 1
            given = next((g for g in range(k + 1, m - 1) if _given_name(words[g].text, gaz)), -1)
            if given > 0 and not _given_name(words[k].text, gaz):
                kinds[k:given] = ["role"] * (given - k)
            elif m == len(words) == k + 1 and words[k].single and not _given_name(words[k].text, gaz) \
                    and words[k].text.lower() in ctx.lower_words:
                kinds[k] = "role"  # "the European Commissioner for Research": a remit in a common word, no person
    _remit_after_a_title(units, words, kinds, par, gaz)
    # "Steward Health Care": a word that only qualifies a post, between name words and with no post's head
    # after it, is a word of the name
    for k in range(1, len(words) - 1):
        if kinds[k] == "role" and kinds[k - 1] == kinds[k + 1] == "name" and words[k].single \
                and words[k].text.lower() not in gaz.role_heads and words[k].text.lower() not in gaz.honorifics \
                and not any(u.text.lower() in gaz.role_heads for u in words[k + 1 :]):
            kinds[k] = "name"
    # "Sheikh Dr Sultan bin Muhammad Al Qasimi": the word before "bin" is a given name, though it is also a title
    for k in range(len(words) - 1):
        if kinds[k] == "role" and words[k].single and words[k].last < len(par.tokens) \
                and par.tokens[words[k].last].text in _PATRONYMIC and words[k + 1].first == words[k].last + 1:
            kinds[k] = "name"
    # "the President of the Transition", "the Comptroller of the Royal Household": the names after a title's
    # "of the", ending the chunk, are the office's remit, no person (a person's name takes no article)
    # So are they after a bare "of" when they open with a common word: "the Director of Public Prosecutions"
    toks = par.tokens
    for k in range(1, len(words)):
        if kinds[k - 1] == "role" and all(kd == "name" for kd in kinds[k:]) and words[k].first >= 2 and (
                (toks[words[k].first - 1].text == "the" and toks[words[k].first - 2].text == "of")
                or (toks[words[k].first - 1].text == "of" and all(_common_word(u.text, ctx) for u in words[k:]))) \
                and not any(_given_name(u.text, gaz) for u in words[k:]):
            kinds[k:] = ["role"] * (len(words) - k)
            break
    # "the Minister for Indigenous Australians": after a title's "for", a word before a people's name is
    # part of the remit, no person
    for k in range(1, len(words) - 1):
        if kinds[k] == "name" and kinds[k - 1] == "role" and words[k].single and _after_of(par.tokens, words[k]) \
                and kinds[k + 1] == "lex" and any(e.kind == "demonym" for e in words[k + 1].entries):
            kinds[k] = "role"
    # "the MP for Mount Albert", "Senator for Tasmania": after an elected member's "for", a name with no
    # given name in it is the seat, a place; so is the realm after a ruler's "of" ("Ruler of Ajman", "Governor of Kano")
    for k in range(1, len(words)):
        seat_word = {"for": SEAT_HOLDERS, "of": DOMAIN_HOLDERS}.get(par.tokens[words[k].first - 1].text, frozenset()) \
            if words[k].first > 0 else frozenset()
        if kinds[k] == "name" and kinds[k - 1] == "role" and words[k - 1].text.lower() in seat_word \
                and all(kd == "name" or (i == len(words) - 1 and words[i].text in gaz.place_cues)
                        for i, kd in enumerate(kinds[k:], k)) and not any(  # (a place's head last: "Rivers State")
                    _given_name(u.text, gaz) and words[i - 1].text not in gaz.place_leads  # "Mount Albert"
                    for i, u in enumerate(words[k:], k)):
            kinds[k:] = ["seat"] * (len(words) - k)
    # "External Affairs Minister X", "Migrant Workers Secretary X": a word before a plural noun of a post's remit
    # opens the remit, no person (one owning a post comes before its head or its rank: "Biden Deputy Press
    # Secretary X")
    if len(words) >= 4 and kinds[0] == "name" and words[0].single and words[0].known is None \
            and not words[0].entries and not _given_name(words[0].text, gaz, broad=True) and kinds[1] == "role" \
            and words[1].text.lower() not in gaz.role_heads and words[1].text.endswith("s") \
            and not words[1].text.endswith("ss"):
        head = next((m for m in range(2, len(words)) if kinds[m] != "role"), len(words))
        if 2 < head < len(words) and kinds[head] == "name" and words[head - 1].text.lower() in gaz.role_heads:
            kinds[0] = "role"
    # an acronym before a title before a name is the body the title belongs to: "NASA Administrator X",
    # "WHO Director-General X" (the acronym is a body, the title the role, the name a person)
    for k, u in enumerate(words):
        if kinds[k] == "name" and _opens_a_title(words, kinds, k, gaz):
            kinds[k] = "acronym"
    for k, u in enumerate(words):
        if kinds[k] != "name" or not u.single:
            continue
        before_title = k + 1 < len(words) and kinds[k + 1] == "role" and words[k + 1].text.lower() in gaz.role_heads
        name_after = any(kd == "name" for kd in kinds[k + 1 :])
        given_name = u.text in gaz.thing_cues and fold(u.text) in gaz.first_names  # "Bill Nelson", no bill
        if before_title and name_after and fold(u.text) in gaz.world_words and not _given_name(u.text, gaz):
            kinds[k] = "realm"  # "Hawaii Attorney General X": the state the post is of, a place, and part of the title
        elif (u.text in gaz.org_cues or (u.text in gaz.thing_cues and not given_name) or before_title) and name_after:
            kinds[k] = "role"  # "Chief Cabinet Secretary X", "Senate Majority Leader X", "House Speaker X"
    # "Rystad Energy", "Kotak Securities": a qualifying word after a name, with no name after it, is the name's
    tail = len(kinds)
    while tail > 0 and kinds[tail - 1] == "role" and words[tail - 1].text.lower() in gaz.role_modifiers:
        tail -= 1
    if 0 < tail < len(kinds) and kinds[tail - 1] == "name" and not any(
        words[m].text.lower() in gaz.role_heads for m in range(tail, len(kinds))
    ):
        kinds[tail:] = ["name"] * (len(kinds) - tail)


def _common_word(word: str, ctx: Context) -> bool:
    """"Public", "Prosecutions": a word names share, a body's head noun, or one the article also writes in lower
    case (no given name nor surname is: "Speaker of Parliament Anita Among" names her)."""
    if word in GENERIC_NAME_WORDS or word in ctx.gaz.org_cues or word.lower() in ctx.lower_words:
        return True
    return word.endswith("s") and (word[:-1] in ctx.gaz.org_cues or word[:-1].lower() in ctx.lower_words)


def _after_of(toks: tuple[Token, ...], u: Unit) -> bool:
    return u.first > 0 and toks[u.first - 1].text in ("of", "for")


def _remit_after_a_title(units: list[Unit | Token], words: list[Unit], kinds: list[str], par: Paragraph,
                         gaz: Gazetteer) -> None:
    """"Minister of Finance, Planning and Economic Development": what a title's "of" lists, with commas and a
    last "and", is its remit, no person ("Planning" was one). Each item is one to three capitalised words;
    the last one is whole only before a comma (the name follows in apposition); else it may run on into a name
    ("... and Development Jane Roe"), and its first word ends the remit."""
    for k in range(1, len(words)):
        if kinds[k - 1] != "role" or not _after_of(par.tokens, words[k]):
            continue
        i = next(i for i, u in enumerate(units) if u is words[k])
        items: list[list[Unit]] = [[]]
        links: list[str] = []
        while i < len(units):
            u = units[i]
            if isinstance(u, Unit):
                items[-1].append(u)
            elif u.text in (",", "and") and items[-1] and i + 1 < len(units) and isinstance(units[i + 1], Unit):
                links.append(u.text)
                items.append([])
            else:
                break
            i += 1
        title = k - 1  # the post's first word: "Minister of State for External Affairs" is a minister's post
        while title > 0 and kinds[title - 1] == "role":
            title -= 1
        if not links and _single_remit(items[0], words[title:k], par, gaz):
            for u in items[0]:
                kinds[words.index(u)] = "role"  # "The Minister for Territorial Policy, Angel Victor Torres,"
            continue  # ("Minister of State for External Affairs": a second remit may follow)
        if links == ["and"] and all(_single_remit(item, words[title:k], par, gaz) for item in items):
            for u in items[0] + items[1]:
                kinds[words.index(u)] = "role"  # "the Secretary of State for Health and Social Care, X,"
            continue
        if "," not in links or links[-1] != "and":
            return  # (only a list with commas and a last "and" is surely a remit: "Ministry of Finance and Kim")
        last = items[-1][-1].last
        if i < len(units) or len(items[-1]) > 3 or last >= len(par.tokens) or par.tokens[last].text not in ",(":
            items[-1] = items[-1][:1]  # the last item may run on into a name: its first word is the remit's
        remit = [u for item in items for u in item]
        if all(1 <= len(item) <= 3 for item in items) and all(u.single and not _given_name(u.text, gaz) for u in remit):
            for u in remit:
                kinds[words.index(u)] = "role"
        return


# posts whose "of" or "for" is always followed by what the post is in charge of, never by a person
REMIT_POSTS = frozenset("minister ministers secretary commissioner".split())


def _single_remit(item: list[Unit], post: list[Unit], par: Paragraph, gaz: Gazetteer) -> bool:
    """A cabinet post's one remit of plain words that a comma or the sentence's end closes ("the Minister for
    Territorial Policy, X,"), or of one word before a lower-case one: no name runs on into it (as it may in
    "Minister of Defence Ruwan Wijewardene said")."""
    last = item[-1].last
    after = par.tokens[last] if last < len(par.tokens) else None
    return (any(u.text.lower() in REMIT_POSTS for u in post) and 1 <= len(item) <= 3
            and all(u.single and not _given_name(u.text, gaz) for u in item)
            and (after is None or after.text in (",", ".", ";") or (len(item) == 1 and after.word and after.text.islower())))


def _among_full_names(first: Unit, last: Unit, par: Paragraph) -> bool:
    """"convicted Christos Pappas, Yiannis Lagos, Ilias Kasidiaris and ...": a pair of words listed between
    pairs of capitalised words is one more person's full name, though its last word is a city's."""
    toks = par.tokens

    def pair(i: int, j: int) -> bool:  # tokens i and j: two capitalised words in a row
        return 0 <= i and j < len(toks) and all(toks[n].word and toks[n].text[:1].isupper() for n in (i, j)) \
            and toks[i].end + 1 == toks[j].start

    before = first.first >= 3 and toks[first.first - 1].text == "," and pair(first.first - 3, first.first - 2)
    after = last.last + 2 < len(toks) and toks[last.last].text in (",", "and") and pair(last.last + 1, last.last + 2)
    return before and after


def _given_name(word: str, gaz: Gazetteer, broad: bool = False) -> bool:
    """"Eva" and "Eva-Marie": a given name, alone or joined to another (from the broad list too, where
    the rule asking is narrow enough to bear it)."""
    names = gaz.given_names if broad else gaz.first_names
    return fold(word) in names or fold(word.split("-")[0]) in names


def _particle_surname(u: Unit) -> bool:
    """"Ben Slimane", "Abu Kamal": a place name shaped like a family name, with a particle and a name."""
    parts = u.text.split()
    return (
        len(parts) == 2
        and parts[0].lower() in PARTICLES
        and parts[0][:1].isupper()
        and all(e.kind == "place" for e in u.entries)
    )


def _described(words: list[Unit], par: Paragraph, gaz: Gazetteer) -> bool:
    """Two words the text then describes, after a comma, as a person is: "France Córdova, director of ..."."""
    return (len(words) == 2 and words[-1].last < len(par.tokens) and par.tokens[words[-1].last].text == ","
            and bool(apposition_after(par, words[-1].last, gaz)))


def _opens_a_title(words: list[Unit], kinds: list[str], k: int, gaz: Gazetteer) -> bool:
    """An unknown capitals-only word that title words and then a name follow: a body's acronym."""
    u = words[k]
    if not u.single or k + 1 == len(words) or kinds[k + 1] != "role":
        return False  # (no title word right after it: most name words, whose letters need no listing)
    letters = [c for c in u.text if c.isalpha()]
    if not (2 <= len(letters) <= 6) or not all(c.isupper() for c in letters):
        return False
    m = k + 1
    while m < len(words) and kinds[m] == "role":
        m += 1
    heads = [w for w in words[k + 1 : m] if w.text.lower() in gaz.role_heads]
    # "NASA Administrator Bill Nelson", or the title alone: "The NASA Administrator, Bill Nelson, ..."
    return bool(heads) and (m == len(words) or kinds[m] == "name")


def _person_from(
    name_units: list[Unit],
    prefix: list[tuple[Unit, str]],
    par: Paragraph,
    ctx: Context,
    role_prefix: list[Occurrence] | None,
) -> list[Occurrence]:
    gaz = ctx.gaz
    out: list[Occurrence] = []
    first, last = name_units[0], name_units[-1]
    surface = par.plain[first.start : last.end]
    occ = Occurrence(par.index, first.first, last.last, first.start, last.end, surface, "candidate")
    if len(name_units) == 1 and first.known is not None:
        occ.kind, occ.known, occ.key = PERSON, first.known, first.known.name
    has_head = any(kind == "role" and (u.text.lower() in gaz.role_heads or u.text.lower() in gaz.honorifics)
                   for u, kind in prefix)  # (not in a union of the two sets: one was made per word)
    if prefix and prefix[-1][1] == "role" and prefix[-1][0].text in ROYAL_TITLES:
        occ.royal = prefix[-1][0].text  # "Prince Henrik": the title goes with a name without surname
        if len(prefix) >= 2 and prefix[-2][1] == "role" and prefix[-2][0].text in ROYAL_QUALIFIERS:
            occ.royal = f"{prefix[-2][0].text} {occ.royal}"  # "Grand Duke Henri"
    if has_head:
        # the title runs from its first word to the name: "U.S. Secretary of State"
        # a courtesy word before the title says nothing of the post: "His Majesty King X" is a King
        titled = [u for u, kind in prefix if not (kind == "role" and (u.text.lower() in gaz.honorifics or u.text in STYLE_WORDS))]
        role_start = (titled or [prefix[0][0]])[0].start
        if role_prefix:
            role_start = min(role_start, min(o.start for o in role_prefix))
            for o in role_prefix:
                o.modifier = True
        occ.role = par.plain[role_start : prefix[-1][0].end].strip()
        if all(kind == "role" and (u.text.lower() in gaz.honorifics or u.text in STYLE_WORDS) for u, kind in prefix):
            occ.role = ""  # "Mr." says nothing about what the person does
        occ.chain_first = prefix[0][0].first
        if role_prefix:
            occ.chain_first = min(occ.chain_first, min(o.first for o in role_prefix))
        role_words = [u.text.lower() for u, kind in prefix if kind == "role"]
        # a bare rank ("Lieutenant General") or a royal title ("Prince Johnson, a former warlord") gives way to
        # an apposition that says what the person does
        bare = all(w in RANKS or w in gaz.honorifics or w in gaz.role_modifiers for w in role_words) or occ.royal
        occ.role_source = 3 if bare else 1
        occ.evidence.add("title")
        for u, kind in prefix:
            if kind in ("lex", "known"):
                out.extend(_lexicon_occurrence(u, par, ctx, modifier=True))
            elif kind == "realm":
                out.append(Occurrence(par.index, u.first, u.last, u.start, u.end, u.text, PLACE, key=u.text))
            elif kind == "acronym":
                out.append(Occurrence(par.index, u.first, u.last, u.start, u.end, u.text, ORG, key=u.text))
    else:
        for u, kind in prefix:
            if kind in ("lex", "known"):
                out.extend(_lexicon_occurrence(u, par, ctx))
    if len(name_units) > 1 and fold(first.text) in gaz.first_names:
        occ.evidence.add("first-name")
    elif len(name_units) > 1 and fold(first.text) in gaz.given_names:
        occ.evidence.add("given-name")
    out.append(occ)
    return out


def _lexicon_occurrence(u: Unit, par: Paragraph, ctx: Context, modifier: bool = False) -> list[Occurrence]:
    """What a gazetteer or registry name stands for here.

    A registry name that is also a capital, a demonym or a place keeps the
    gazetteer's reading ("in Brussels" stays a place, "French" counts only when
    the country is named) and then resolves to the registry actor.
    """
    base = dict(paragraph=par.index, first=u.first, last=u.last, start=u.start, end=u.end, surface=u.text)
    if u.known is not None and not (u.entries and u.known.kind != PERSON):
        kind = u.known.kind if u.known.kind in (PERSON, ORG, COUNTRY) else ORG
        return [Occurrence(**base, kind=kind, key=u.known.name, known=u.known, modifier=modifier)]
    out = _gazetteer_occurrence(u, par, ctx, base, modifier)
    if u.known is not None:
        for o in out:
            if o.kind != PLACE:
                o.known = u.known
    return out


_TICKER = re.compile(r":\s?[A-Z][A-Z0-9.]{0,6}\)")


def _gazetteer_occurrence(u: Unit, par: Paragraph, ctx: Context, base: dict, modifier: bool) -> list[Occurrence]:
    entries = u.entries
    kinds = {e.kind for e in entries}
    if "country" in kinds:
        e = next(e for e in entries if e.kind == "country")
        station = _station_numbered(u, par)
        if station:  # "told France 24", "on France 24": a broadcaster named by its country and a number
            return [Occurrence(**{**base, "last": u.last + 1, "end": station[1], "surface": station[0]},
                               kind=ORG, key=station[0])]
        return [Occurrence(**base, kind=COUNTRY, key=e.name, modifier=modifier)]
    if "org" in kinds:
        e = next(e for e in entries if e.kind == "org")
        if _TICKER.match(par.plain, u.end) and u.first > 0 and par.tokens[u.first - 1].text == "(":
            return []  # "Alaska Airlines (NYSE: ALK)": the exchange a share trades on, in its ticker
        if not u.compound and used_as_channel(u, par, ctx.gaz):
            return []  # "wrote on Twitter": the medium a message went out on, not an actor
        if not u.compound and u.last < len(par.tokens) and par.tokens[u.last].text in GEOGRAPHIC_NOUNS:
            return [Occurrence(**base, kind=PLACE, key=u.text)]  # "the Amazon rainforest"
        if _names_a_product(u, par):
            return []  # "an Airbus A350", "a Boeing 737": a thing the company makes, not the company acting
        if e.org_type == "seat" and not u.compound and seat_used_as_location(u, par):
            return [Occurrence(**base, kind=PLACE, key=u.text)]  # "travelling to Downing Street"
        return [Occurrence(**base, kind=ORG, key=e.name, org_type=e.org_type, modifier=modifier)]
    if "capital" in kinds:
        e = next(e for e in entries if e.kind == "capital")
        if _names_a_thing(u, par):
            return []  # "the Minsk agreements", "the Paris accord": a thing named after the city
        if u.compound or not used_as_location(u, par):
            target = e.governs or e.name
            kind = COUNTRY if target in ctx.gaz.country_names else ORG
            return [Occurrence(**base, kind=kind, key=target, modifier=modifier, evidence={"seat"})]
        toks = par.tokens
        k = u.last + (u.last < len(toks) and toks[u.last].text == ",")
        if k < len(toks) and toks[k].text == "D.C.":  # "in Washington D.C.": the city, by its full name
            surface = par.plain[u.start : toks[k].end]
            return [Occurrence(par.index, u.first, k + 1, u.start, toks[k].end, surface, PLACE, key=f"{u.text} D.C.")]
        return [Occurrence(**base, kind=PLACE, key=u.text)]
    if "demonym" in kinds:
        e = next(e for e in entries if e.kind == "demonym")
        return [Occurrence(**base, kind="demonym", key=e.name, modifier=modifier)]
    if "place" in kinds:
        e = next(e for e in entries if e.kind == "place")
        toks = par.tokens
        if _names_a_thing(u, par):
            return []  # "the Schengen area", "the Oslo accords": a thing named after the place
        if not u.compound and u.last + 1 < len(toks) and toks[u.last].text == "'s" and _SUPERLATIVE.fullmatch(toks[u.last + 1].text):
            return []  # "Africa's largest country": the field of a comparison, not a place anything happens
        if not u.compound and u.last < len(toks) and toks[u.last].text.islower() and ctx.gaz.is_role_word(toks[u.last].text) \
                and toks[u.last].text.lower() not in ctx.gaz.stopwords:
            return []  # "a Pacific specialist", "our Africa correspondent": the field of someone's post, no place
        if (not u.compound and u.first and toks[u.first - 1].text.lower() == "the" and u.last < len(toks)
                and toks[u.last].text in _KINDS_OF_PLACE and " " not in u.text):
            return []  # "the Pacific territory", "the Caribbean nation": a region describing a place named elsewhere
        if not u.compound and u.last < len(toks) and toks[u.last].text in COAST_NOUNS:
            coast = toks[u.last]  # "the Atlantic coast": a stretch of land along the sea, named with it
            surface = par.plain[u.start : coast.end]
            return [Occurrence(par.index, u.first, u.last + 1, u.start, coast.end, surface, PLACE, key=surface)]
        return [Occurrence(**base, kind=PLACE, key=e.name)]
    return []


_KINDS_OF_PLACE = frozenset("nation nations country countries territory territories resort town city village kingdom "
                            "republic archipelago".split())
_SUPERLATIVE = re.compile(r"(?i)[a-z-]+est|most|top")  # "largest", "second-biggest", "most populous"


def _names_a_thing(u: Unit, par: Paragraph) -> bool:
    """The place's name is the first word of a thing named after it: "the Minsk agreements"."""
    return not u.compound and u.last < len(par.tokens) and par.tokens[u.last].text in PLACE_NAMED_THINGS
# things named after a place, not the place: "the Schengen area", "the Minsk agreements", "the Oslo accords"
# ("the Brussels meeting" is held there: the place stays)
PLACE_NAMED_THINGS = frozenset(
    "agreement agreements accord accords treaty deal protocol declaration format process pipeline area zone".split())


_BEFORE_A_STATION = frozenset("told on to of channel broadcaster network station".split())


def _station_numbered(u: Unit, par: Paragraph) -> tuple[str, int] | None:
    """"France 24" after "told", "on" or "channel": the name and where it ends, else None."""
    toks = par.tokens
    if u.compound or u.last + 1 > len(toks) - 1 or u.first == 0:
        return None
    number, after = toks[u.last], toks[u.last + 1] if u.last + 1 < len(toks) else None
    if not (number.text.isdigit() and len(number.text) <= 2 and number.start == u.end + 1):
        return None
    if after is not None and (after.text in ("-", "\u2013", "%") or after.text.isdigit()) and after.start == number.end:
        return None  # a score or a share: "France 24-21"
    if toks[u.first - 1].text.lower() not in _BEFORE_A_STATION:
        return None
    return par.plain[u.start : number.end], number.end


def _names_a_product(u: Unit, par: Paragraph) -> bool:
    toks = par.tokens
    before = previous_word(toks, u.first)
    model = u.last < len(toks) and toks[u.last].start == u.end + 1 and any(c.isdigit() for c in toks[u.last].text)
    operator = u.text.split()[-1] in OPERATOR_HEADS  # "an Alaska Airlines 737": the airline flies it, and acts
    return model and not operator and before is not None and before.text.lower() in ("a", "an")


OPERATOR_HEADS = frozenset("Airlines Airways Air Lines Railways".split())


# ---------------------------------------------------------------- evidence around a candidate


# ---------------------------------------------------------------- deciding candidates


PERSON_EVIDENCE = frozenset({"title", "first-name", "age", "apposition", "speech"})


# ---------------------------------------------------------------- actors out


__all__ = ["EntityResult", "Occurrence", "find_entities", "PERSON", "ORG", "COUNTRY", "PLACE"]
