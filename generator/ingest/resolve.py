"""Deciding what each leftover name is, and building the actors and places.

People join up by short forms ("Lavrov" with "Sergei Lavrov"), acronyms by
initials or brackets, countries exist only when named (a demonym alone is no
country), and the analyst's registry gives known actors their ids and names.
"""

from __future__ import annotations

import functools
import operator
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Sequence
from typing import TypeVar

from generator.ingest.gazetteer import Gazetteer, fold, is_abbreviation, key_of
from generator.ingest.occurrences import (
    COAST_NOUNS,
    COMMUNITY_WORDS,
    COMPETITION_HEADS,
    COMPETITION_PARTS,
    COUNTRY,
    DIVISION_NOUNS,
    FAITHFUL,
    INVERTING_VERBS,
    IRREGULAR_PAST,
    LOCATIVES,
    MONTH_NAMES,
    ORG,
    PARTICLES,
    PERSON,
    PLACE,
    SPELLED_ORDINALS,
    TIME_NAMES,
    YEAR_OLD,
    Context,
    Occurrence,
    initials,
    is_acronym,
    norm,
    post_by_its_initials,
    without_generation,
)
from generator.ingest.tokens import DIGIT_LED_NAME, WEB_NAME, Paragraph, Token
from generator.ingest.types import FoundActor, KnownActor


# A court sits in formations; "the Grand Chamber of the European Court of Human Rights" is the court acting.
FORMATION_HEADS = frozenset("Chamber Chambers Bench Panel Division Plenary".split())
JUDICIAL_HEADS = frozenset("Court Tribunal".split())


def merge_formations(occs: list[Occurrence], paragraphs: list[Paragraph], gaz: Gazetteer) -> None:
    """A court's chamber, bench or panel is the court: "the Appeals Chamber of the X Court" and a
    later "the Appeals Chamber" are mentions of the court, not bodies of their own."""
    courts: dict[str, tuple[str, Occurrence | None]] = {}
    by_start = {(o.paragraph, o.first): o for o in occs if o.kind == ORG}
    for o in occs:
        if o.kind != ORG:
            continue
        words = o.surface.split()
        cut = next((k for k, w in enumerate(words) if w in FORMATION_HEADS), -1)
        if cut < 0:
            continue
        formation = " ".join(w for w in words[: cut + 1] if w.lower() != "the")
        if cut + 1 < len(words):
            # one name: "Appeals Chamber of the International Criminal Court"
            rest = words[cut + 1 :]
            if rest[0] != "of" or not any(w in JUDICIAL_HEADS for w in rest):
                continue
            court_words = rest[2:] if len(rest) > 2 and rest[1].lower() == "the" else rest[1:]
            court = " ".join(court_words)
            entry = next((e for e in gaz.lookup(key_of(court)) if e.kind == "org"), None)
            courts[formation] = (entry.name if entry else court, None)
            continue
        # two names: "Grand Chamber" + "of the" + "European Court of Human Rights (ECHR)"
        toks = paragraphs[o.paragraph].tokens
        j = o.last
        if j < len(toks) and toks[j].text == "of":
            j += 1 + (j + 1 < len(toks) and toks[j + 1].text.lower() == "the")
            court_occ = by_start.get((o.paragraph, j))
            if court_occ is not None and any(w in JUDICIAL_HEADS for w in court_occ.surface.split()):
                courts[formation] = (court_occ.key, court_occ)
    if not courts:
        return
    for o in occs:
        if o.kind != ORG:
            continue
        words = [w for w in o.surface.split() if w.lower() != "the"]
        cut = next((k for k, w in enumerate(words) if w in FORMATION_HEADS), -1)
        target = courts.get(" ".join(words[: cut + 1])) if cut >= 0 else None
        if target is not None:
            o.key = target[0]
            o.known = target[1].known if target[1] is not None else o.known


# title words a department's name runs into: "Treasury Secretary", "Home Office Minister"
DEPARTMENT_TITLES = frozenset("Secretary Minister secretary minister".split())


# money named after a country: "the U.S. dollar", "the Zimbabwe dollar", "the Swiss franc"
CURRENCY_NOUNS = frozenset(
    "currency dollar dollars euro euros pound pounds sterling rupee rupees yuan renminbi peso pesos franc francs shilling "
    "shillings rand naira lira ruble rubles rouble roubles reais yen dinar dinars riyal riyals rial rials "
    "dirham dirhams kwacha cedi cedis krona kronor krone kroner zloty forint leu lei lev hryvnia rupiah ringgit "
    "baht dong taka kip kyat tenge som manat lari dram afghani birr metical kwanza leone dalasi ouguiya".split())


def currency_adjectives(occs: list[Occurrence], paragraphs: list[Paragraph]) -> None:
    """"pegged to the U.S. dollar": a country's name that only names its money is a mention of the country
    when the text names the country otherwise, as a demonym used as an adjective is; alone it is no actor."""
    for o in occs:
        if o.kind != COUNTRY:
            continue
        toks = paragraphs[o.paragraph].tokens
        if o.last < len(toks) and toks[o.last].text.lower() in CURRENCY_NOUNS:
            o.kind = "demonym"


_GOVERNMENT_OF = re.compile(r"(?:The\s+)?Government\s+of\s+(?:the\s+)?(?P<of>.+)|(?P<own>.+?)\s+Government")


def governments_of_countries(occs: list[Occurrence], gaz: Gazetteer) -> None:
    """"The Government of Colombia has agreed", "the Kenyan Government said": a state's government named
    after the state is that country acting, as "Bogotá said" would be ("the Government of National Unity"
    is a body of its own)."""
    for o in occs:
        if o.kind != ORG or o.known is not None:
            continue
        m = _GOVERNMENT_OF.fullmatch(o.surface)
        if m is None:
            continue
        named = m["of"] or m["own"]
        country = next((e.name for e in gaz.lookup(key_of(named)) if e.kind in ("country", "demonym")), "")
        if country:
            o.kind, o.key = COUNTRY, country
            o.evidence.add("seat")  # (like a capital that speaks: a mention, never the country's name)


def capitals_of_unnamed_countries(occs: list[Occurrence], gaz: Gazetteer) -> None:
    """"Victoria's 49th premier", "regional Victoria", in a story that never names the Seychelles: a capital
    whose name is also a given name (Victoria, Sofia, Santiago), and so also many a town's and region's, stands
    for its country's government only in a text that names that country some other way (its name, its people,
    another seat); else the name is the place of that name the story is about. (For every capital, this would
    also unseat "Washington said" in stories that never name the United States, which is the government.)"""
    seated = [o for o in occs if o.kind == COUNTRY and "seat" in o.evidence and fold(o.surface) in gaz.given_names
              and any(e.kind == "capital" for e in gaz.lookup(key_of(o.surface)))]
    if not seated:
        return
    named = {o.key for o in occs if o.kind in (COUNTRY, "demonym", ORG) and not any(o.surface == s.surface for s in seated)}
    for o in seated:
        if o.key not in named:
            o.kind, o.key = PLACE, o.surface
            o.evidence.discard("seat")


def drop_title_departments(occs: list[Occurrence], paragraphs: list[Paragraph]) -> None:
    """"U.S. Treasury Secretary X": the department is a word of X's title, not a body acting. It stays
    an actor when the text names it anywhere else ("the Treasury said"); a body before another title
    ("Kremlin spokesman", "Central Bank Governor", "NATO Secretary General") is the body the person
    speaks for or heads, and stays."""
    in_title: dict[str, bool] = {}
    for o in occs:
        if o.kind != ORG:
            continue
        toks = paragraphs[o.paragraph].tokens
        titled = o.modifier and o.last < len(toks) and toks[o.last].text in DEPARTMENT_TITLES
        if titled and o.last + 1 < len(toks) and toks[o.last + 1].text.lower() in ("general", "-", "\u2011"):
            titled = False  # "Council of Europe Secretary General X": the head of a body, which acts through them
        in_title[o.key] = in_title.get(o.key, True) and titled
    for o in occs:
        if o.kind == ORG and in_title.get(o.key):
            o.kind = "drop"


# organs of a state: a legislature, a court, a security force or a state council
STATE_ORGANS = frozenset("Assembly Senate Court Tribunal Police Forces".split())


def drop_office_bodies(occs: list[Occurrence], paragraphs: list[Paragraph], gaz: Gazetteer) -> None:
    """"X, the speaker of the National Assembly": an organ of state named only as the seat of someone's
    office ("<title> of [the] <organ>" inside a person's role) is part of that role, not a body acting.
    It stays when the text names it anywhere else. Parties, firms and banks stay: the text names them
    through their leaders ("the leader of the X Party"), and they are what the person stands for."""
    people_roles: dict[int, list[str]] = {}
    for o in occs:
        if o.kind == PERSON and o.role:
            people_roles.setdefault(o.paragraph, []).append(o.role)
    in_office: dict[str, bool] = {}
    for o in occs:
        if o.kind != ORG:
            continue
        if o.surface.split()[-1] not in STATE_ORGANS:
            in_office[o.key] = False
            continue
        roles = people_roles.get(o.paragraph, ())
        in_office[o.key] = in_office.get(o.key, True) and (
            any(o.surface in r for r in roles) and _office_of(paragraphs[o.paragraph].tokens, o.first, gaz)
        )
    for o in occs:
        if o.kind == ORG and in_office.get(o.key) and o.known is None:
            o.kind = "drop"


def _office_of(toks: tuple[Token, ...], first: int, gaz: Gazetteer) -> bool:
    """The words before a name read "<title> of [the | X's]": "president of the", "secretary of Iran's"."""
    j = first - 1
    if j >= 0 and toks[j].text.lower() == "the":
        j -= 1
    elif j >= 2 and toks[j].text in ("'s", "\u2019s") and toks[j - 2].text == "of":
        j -= 2  # "secretary of Iran's Supreme Council"
    if j < 1 or toks[j].text != "of":
        return False
    head = toks[j - 1].text.lower()
    return head in gaz.role_heads


_WEB_ADDRESS_NAME = re.compile(WEB_NAME)
PLURAL_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,}s")


# what says a name is a person's, beyond the default that news names people most often
_PERSON_SIGNS = frozenset({"title", "first-name", "age", "apposition", "speech", "who"})


# what says a name is a place: "in X", "the city of X", "the X crossing", "X, in Y"
_PLACE_EVIDENCE = frozenset({"locative", "place-word", "area-noun", "located"})


_GOVERNING_BOARDS = frozenset("board boards executive leadership".split())  # what a body has, as a post does


def _affiliations(occs: list[Occurrence], paragraphs: list[Paragraph], gaz: Gazetteer) -> None:
    """"Dana Orr of Civic Renewal", "the chief executive of Next Digital": an unknown name of two or more
    words right after a person or a post and "of" is where the person works or sits, a body (a town is
    one word or a known place, and "the mayor of X" says X is a place)."""
    person_end = {
        (o.paragraph, o.last)
        for o in occs
        if o.kind == PERSON or (o.kind == "candidate" and o.evidence & _PERSON_SIGNS and " " in o.surface)
    }
    person_end |= _subjects_of_a_body(occs, paragraphs, gaz)
    for o in occs:
        if o.kind != "candidate" or o.first < 2:
            continue
        if o.evidence & (_PERSON_SIGNS | {"place-cue", "building"}):
            continue
        toks = paragraphs[o.paragraph].tokens
        of = o.first - 1
        if toks[of].text.lower() == "the" and of >= 2 and " " in o.surface:
            of -= 1  # "the candidate of the United List"
        if toks[of].text != "of":
            continue
        if (o.paragraph, of) in person_end and (" " in o.surface or not o.evidence & _PLACE_EVIDENCE):
            o.evidence.add("institution")  # "Dana Orr of Civic Renewal", "Ossufo Momade of Renamo"
        elif (" " in o.surface or is_acronym(o.surface) and len(o.surface) > 2 and not o.surface[-1].isdigit()) \
                and toks[of - 1].text.islower() \
                and (toks[of - 1].text in gaz.role_heads or toks[of - 1].text in _GOVERNING_BOARDS) \
                and not o.evidence & (_PLACE_EVIDENCE | {"attributive", "possessive"}):
            # ("the president of SAG-AFTRA", "the national board of SAG-AFTRA": letters no place is written in; a
            # numbered meeting's are an event's, "the president of COP29")
            # (not "president of the Central Asian nation", nor "the candidate of López Obrador's party")
            o.evidence.add("institution")


def _subjects_of_a_body(occs: list[Occurrence], paragraphs: list[Paragraph], gaz: Gazetteer) -> set[tuple[int, int]]:
    """"Rómulo Roux of Cambio Democrático took 11 percent": a sentence that opens with a name, "of" and another
    name before its verb tells of a person and the body they belong to. Makes those people; returns where
    their names end."""
    by_start = {(o.paragraph, o.first): o for o in occs}
    ends: set[tuple[int, int]] = set()
    for o in occs:
        toks = paragraphs[o.paragraph].tokens
        if o.kind != "candidate" or " " not in o.surface or not toks[o.first].initial or o.last + 1 >= len(toks) \
                or toks[o.last].text != "of" or o.evidence & NOT_A_PERSON:
            continue
        after_of = o.last + 2 if o.last + 2 < len(toks) and toks[o.last + 1].text.lower() == "the" else o.last + 1
        body = by_start.get((o.paragraph, after_of))
        if body is None or body.kind not in ("candidate", ORG) or " " not in body.surface:
            continue
        end = body.last
        if end + 2 < len(toks) and toks[end].text == "(" and toks[end + 2].text == ")":
            end += 3  # "of the Movement of Society for Peace (MSP) came second": past the body's letters
        verb = toks[end].text if end < len(toks) else ""
        if _finite_verb_at(paragraphs[o.paragraph], end, gaz) or verb in IRREGULAR_PAST:
            o.kind, o.key = PERSON, o.surface
            ends.add((o.paragraph, o.last))
    return ends


def _sentence_word_before_a_surname(occs: list[Occurrence], paragraphs: list[Paragraph], gaz: Gazetteer) -> None:
    """"Expect Guțul's case to feature ...": a word that opens a sentence, no given name nor a post, right before
    the surname of a person the text names in full ("Evghenia Guțul") is only capitalised by its place; the name
    is the surname alone. Not in the lead, which opens on its subject's name ("PORT LOUIS - Navin Ramgoolam is
    set to return", beside "Seewoosagur Ramgoolam" later)."""
    # (a name in full mid-sentence, or shown to be a person's: "jailed Evghenia Guțul, the governor,")
    people = _full_names(occs) | {o.surface for o in occs if o.kind in ("candidate", PERSON) and " " in o.surface
                                  and not paragraphs[o.paragraph].tokens[o.first].initial}
    surnames = {name.rsplit(" ", 1)[1]: name for name in people}
    told = Counter(o.surface for o in occs)
    for o in occs:
        if o.kind not in ("candidate", PERSON) or o.known is not None or o.surface.count(" ") != 1 \
                or o.evidence & _PERSON_SIGNS:  # ("Vasile Guțul, her brother,": a kinsman named in full)
            continue
        opener, surname = o.surface.split(" ")
        full = surnames.get(surname)
        toks = paragraphs[o.paragraph].tokens
        # (not a name the text gives again, or mid-sentence, as "Navin Ramgoolam" beside "Seewoosagur Ramgoolam";
        # nor the end of a longer one: "Bagheri Kani" of "Ali Bagheri Kani")
        if full is None or o.surface in people or told[o.surface] > 1 or surname.isupper() or o.last - o.first != 2 \
                or not toks[o.first].initial or o.paragraph == 0 or fold(opener) in gaz.given_names \
                or gaz.is_role_word(opener) \
                or any(name.endswith(" " + o.surface) for name in people):
            continue
        o.first, o.start = o.first + 1, toks[o.first + 1].start
        o.surface = o.key = surname
        o.kind = "candidate"


def _building_visited(o: Occurrence, par: Paragraph) -> bool:
    """A building named after a locative ("at the Presidential Palace") or as the object of a verb
    ("attacked the X Museum") is where something happened; as a sentence's subject it is not."""
    if o.evidence & {"locative", "place-word"}:
        return True
    toks = par.tokens
    j = o.first - 1
    if j >= 0 and toks[j].text.lower() == "the":
        j -= 1
    # (a locative opening the sentence too: "In the Hall of the Lost Steps, ...")
    return j >= 0 and toks[j].word and (toks[j].text[:1].islower() or toks[j].text.lower() in LOCATIVES) \
        and toks[j].text.lower() not in ("and", "or")


# locatives before "the" and a venue's name: "at the X", "outside the X"
_MEMBERSHIP = re.compile(r"(?i)[\w,]+-(?:member|seat|nation|country|state|strong)")
_VENUE_LOCATIVES = frozenset("at in inside outside near into from".split())


def _a_post_served_as(o: Occurrence, par: Paragraph, gaz: Gazetteer) -> bool:
    """"served as X, the deputy speaker," / "named X, the bank's chief economist,": after "as", a name that a
    post set off after it explains is the post's own name."""
    toks = par.tokens
    if o.first < 1 or toks[o.first - 1].text != "as" or o.last + 2 >= len(toks) or toks[o.last].text != ",":
        return False
    if toks[o.last + 1].text.lower() != "the":
        return False
    for k in range(o.last + 2, min(len(toks), o.last + 8)):
        if toks[k].text in (",", ".", ";"):
            return any(toks[j].text.lower() in gaz.role_heads for j in range(o.last + 2, k))
    return False


def _venue_after_the(o: Occurrence, par: Paragraph, gaz: Gazetteer) -> bool:
    """"at the Ana Lopez, which ...": a name of plain words after a locative and "the", ending the phrase,
    is a venue, often named after someone ("in the Joe Smith era" runs on into a noun and is left alone)."""
    toks = par.tokens
    if o.first < 2 or toks[o.first - 1].text != "the" or toks[o.first - 2].text.lower() not in _VENUE_LOCATIVES:
        return False
    if "first-name" not in o.evidence and toks[o.first - 2].text.lower() != "at":
        return False  # a name like no person's is a venue only where something happens "at" it
    nxt = toks[o.last] if o.last < len(toks) else None
    return nxt is None or not nxt.word or nxt.text.lower() in gaz.stopwords


def _heads_someone(o: Occurrence, par: Paragraph, gaz: Gazetteer) -> bool:
    """"ABC president Ann Lee", "ABC's director": an acronym whose title someone holds is a body, named
    there as part of that person's title (the person, not the body, is who speaks)."""
    toks = par.tokens
    j = o.last
    if j < len(toks) and toks[j].text in ("'s", "\u2019s"):
        j += 1
    while j + 1 < len(toks) and toks[j].word and toks[j].text.lower() in gaz.role_modifiers:
        j += 1  # "FTX's former director", "UNAIDS regional director"
    return j < len(toks) and toks[j].word and toks[j].text.lower() in gaz.role_heads


# the words for a form of state: "the President of the Republic" names no one called Republic
STATE_FORMS = frozenset("Republic Kingdom Federation Emirate Sultanate Principality Commonwealth Confederation".split())


def decide_candidates(occs: list[Occurrence], paragraphs: list[Paragraph], ctx: Context) -> None:
    gaz = ctx.gaz
    for o in occs:
        if o.kind == "candidate" and (PLURAL_ACRONYM.fullmatch(o.surface) or len(o.surface) == 1
                                      or (o.surface in MONTH_NAMES and o.surface != "May") or o.surface in SPELLED_ORDINALS):
            o.kind = "drop"  # "MEPs", "NGOs": people or things counted, never one body's name; "a giant N"; "the end of June";
            # "the Champion of the Second Political Liberation": an ordinal alone names no one
        elif o.kind == "candidate" and (o.surface in STATE_FORMS or o.surface.split()[-1] in FAITHFUL):
            o.kind = "drop"  # "the President of the Republic", "Tamil Hindus": a form of state, a community
        elif o.kind in ("candidate", PERSON, ORG) and o.known is None and (
                o.surface.replace("\u2019", "'") in COMMUNITY_WORDS or gaz.is_region_adjective(o.surface)):
            o.kind = "drop"  # "his fellow Malay rulers", "an alliance of Shi'ite parties": a community's adjective;
            # "the first African player": a region's
    for o in occs:
        if o.kind == "candidate" and _a_post_served_as(o, paragraphs[o.paragraph], gaz):
            o.kind = "drop"  # "She served as Leas-Cheann Comhairle, the deputy speaker,": a post's name, no one's
    _sentence_word_before_a_surname(occs, paragraphs, gaz)
    sports_clubs(occs, paragraphs)
    groups = coordination_groups(occs, paragraphs)
    group_of = {id(o): g for g in groups for o in g}
    # a surface that looks like a place or a body anywhere is not defaulted to a person anywhere
    not_person = {o.surface for o in occs if o.kind == "candidate" and o.evidence & NOT_A_PERSON - {"common", "attributive"}}

    # the last words of names a given name or a title opens: "Mujica" after "José Mujica" is a surname
    surnames = {name.split()[-1] for name in _full_names(occs)}

    def listed_with(o: Occurrence) -> set[str]:
        # a lone capitalised word in the list is no person's full name: "Maserati and Alfa Romeo" (unless it is
        # a surname the text gave in full: "under Tabaré Vázquez and Mujica")
        others = [m for m in group_of.get(id(o), ()) if m is not o]
        # ("on Neymar, Kylian Mbappé and Lionel Messi": one name among full names that given names open is
        # a person known by one name)
        named = sum(1 for m in group_of.get(id(o), ()) if " " in m.surface and m.evidence & {"first-name", "given-name"})
        return {PERSON if m.kind == "candidate" and " " in m.surface and "first-name" in m.evidence
                else m.kind if " " in m.surface or m.kind != "candidate" else PERSON if m.surface in surnames or named >= 2
                else "word" for m in others}
    _affiliations(occs, paragraphs, gaz)
    # 1. multi-word names with evidence are people
    for o in occs:
        if o.kind != "candidate":
            continue
        multi = len(o.surface.split()) > 1
        if "channel" in o.evidence and not o.evidence & {"title", "first-name", "age", "apposition"}:
            o.kind = "drop"  # "said in a post on Truth Social": a medium, not an actor
        elif "building" in o.evidence:
            # "at Buckingham Palace", "gunmen stormed the National Museum": a place where something happens;
            # a building that speaks, acts or owns ("the Museum said") stands for the body that runs it
            acting = o.evidence & {"possessive", "speech", "acts", "institution", "who"}
            if acting & {"speech", "institution"} and " " in o.surface:
                o.kind, o.key = ORG, o.surface  # "Chatham House said", "analysts at Chatham House": its people
            else:
                o.kind = PLACE if not acting and _building_visited(o, paragraphs[o.paragraph]) else "drop"
        elif _SEAT_OF_GOVERNMENT.match(o.surface) and not o.evidence & {"title", "age", "apposition", "first-name"}:
            # "the County of Maui said": a local government when it speaks or acts, else the place
            o.kind, o.key = (ORG, o.surface) if o.evidence & {"speech", "acts", "possessive"} else (PLACE, o.surface)
        elif ("place-cue" in o.evidence and multi and o.evidence & {"title", "age", "apposition"}
              and not (o.first and paragraphs[o.paragraph].tokens[o.first - 1].text.lower() == "the")):
            o.kind, o.key = PERSON, o.surface  # "two deputy prime ministers, Pham Binh Minh and Vu Duc Dam": a name that ends like a place's
        elif "place-cue" in o.evidence:
            # ("USA Track & Field confirmed": a name that ends like a place's and speaks is a body's)
            o.kind = ORG if "institution" in o.evidence or ("speech" in o.evidence and multi) else PLACE
            if "owned" in o.evidence and o.kind == PLACE:
                o.kind = "drop"  # "its Game Pass service": what a body owns is a product, not a place
            o.key = o.surface if o.kind == ORG else o.key
        elif o.surface[:1].isdigit() and not is_acronym(o.surface):
            # "the 2nd Quarter report said": no person's name opens with a number; a name that does is a
            # body's ("told 1TV Sport")
            if DIGIT_LED_NAME.fullmatch(o.surface.split()[0]):
                o.kind, o.key = ORG, o.surface
            else:
                o.kind = "drop"
        elif _WEB_ADDRESS_NAME.fullmatch(o.surface):
            o.kind, o.key = ORG, o.surface  # "told the news site Orda.kz": a site named by its address
        elif "&" in o.surface and o.surface[:1].isupper() and not o.evidence & {"title", "age", "apposition"}:
            # "S&P Global Ratings estimated", "Alvarez & Marsal": a firm's name; "the S&P 500": an index, no actor
            o.kind, o.key = ("drop", "") if _a_number_follows(o, paragraphs[o.paragraph]) else (ORG, o.surface)
        elif o.first and _MEMBERSHIP.fullmatch(paragraphs[o.paragraph].tokens[o.first - 1].text) and not is_acronym(o.surface):
            o.kind, o.key = ORG, o.surface  # "the 222-member Dewan Rakyat", "the 15-nation bloc": a body of members
        elif multi and not o.evidence & {"title", "age", "apposition", "speech"} and _venue_after_the(o, paragraphs[o.paragraph], gaz):
            o.kind, o.key = PLACE, o.surface  # "a defeat at the Ana Lopez": people take no article; a venue does
        elif "thing-cue" in o.evidence and not o.evidence & {"title", "age", "apposition"}:
            o.kind = "drop"  # "the Marshall Plan", though Marshall is a given name
        elif "thing" in o.evidence and not (o.evidence & {"title", "first-name", "age", "apposition"}):
            o.kind = "drop"
        elif o.evidence & {"title", "age", "apposition"} and not is_acronym(o.surface) and not (
                " " not in o.surface and o.surface in gaz.org_cues):  # "the Coalition's spokeswoman": a body's
            o.kind = PERSON
        elif "institution" in o.evidence and "first-name" not in o.evidence:
            o.kind, o.key = ORG, o.surface  # "analysts at Rystad Energy said": the body, not a person
        elif multi and o.evidence & {"speech", "who"} or (multi and "first-name" in o.evidence and not (
                o.evidence & {"locative", "place-word"} and not o.evidence & {"possessive", "acts"}
                and _opens_like_a_place(o.surface, gaz))):
            # ("on Pico Veleta", "in the Sierra Nevada": a place, though "Sierra" is also a given name; "went to
            # Bernard Quintin" is a person's, whose given name opens no place)
            o.kind = PERSON
        elif multi and o.surface not in not_person and _unknown_name_mid_sentence(o, paragraphs[o.paragraph], ctx, listed_with(o)):
            if _ACRONYM_JOINED.search(o.surface):
                o.kind, o.key = ORG, o.surface  # "DPS-New Beginning": no person's name is joined to an acronym
            else:
                o.kind = PERSON  # news text names people far more often than anything else
                o.evidence.add("default")
    # "on Neymar, Kylian Mbappé and Lionel Messi": one word listed with people's full names is a person's name
    for o in occs:
        if o.kind == "candidate" and " " not in o.surface and not o.evidence & NOT_A_PERSON and o.surface not in not_person:
            listed = [m for m in group_of.get(id(o), ()) if m is not o]
            if sum(1 for m in listed if m.kind == PERSON and " " in m.surface) >= 2 and all(
                    m.kind in (PERSON, "candidate") for m in listed):
                o.kind, o.key = PERSON, o.surface
    # a lone surname with person evidence ("Amini, a 22-year-old woman,") makes its full name a person
    strong = {
        o.surface.casefold()
        for o in occs
        if o.kind in ("candidate", PERSON) and len(o.surface.split()) == 1 and o.evidence & {"title", "age", "apposition"}
    }
    for o in occs:
        if o.kind == "candidate" and len(o.surface.split()) > 1 and "thing" not in o.evidence:
            if o.surface.split()[-1].casefold() in strong and not is_acronym(o.surface):
                o.kind = PERSON
    # a place does not speak: "belonged as much to Emerse Faé as ..." then "Faé said" is a person's name
    speakers = {o.surface for o in occs if o.kind == "candidate" and " " not in o.surface and "speech" in o.evidence}
    for o in occs:
        if (o.kind == "candidate" and " " in o.surface and o.surface.split()[-1] in speakers
                and not o.evidence & {"place-cue", "building", "place-word", "area-noun", "thing", "institution"}):
            o.kind, o.key = PERSON, o.surface
    firms = {o.surface for o in occs if o.kind == ORG and "institution" in o.evidence and " " in o.surface}
    for o in occs:
        if o.kind == PERSON and o.surface in firms and o.known is None and not o.evidence & {"title", "first-name", "age", "apposition"}:
            o.kind, o.key = ORG, o.surface  # "Credit Suisse said": the body the text shows elsewhere ("Credit Suisse shares")
    people = [o for o in occs if o.kind == PERSON]
    full_names = sorted(dict.fromkeys(o.surface for o in people), key=lambda s: -len(s.split()))
    short_forms = _short_forms(full_names)
    for o in occs:
        # "a year after losing the 2021 final to Djokovic": read as a club before "Novak Djokovic" was a person
        if o.kind == ORG and "club" in o.evidence and " " not in o.surface and o.surface.casefold() in short_forms \
                and not o.evidence & {"title", "institution", "body"}:
            o.kind, o.key = "candidate", ""
            o.evidence.discard("club")
    for o in people:
        if " " not in o.surface and o.evidence & {"title", "age"}:
            short_forms.setdefault(o.surface.casefold(), o.surface)  # "Rodri, 28,": one name, used again alone
    for o in occs:
        # "a close aide of Boakai": read as a body one works at, but the surname of "Joseph Boakai" told before
        if (o.kind == ORG and "institution" in o.evidence and " " not in o.surface and o.key == o.surface
                and not is_acronym(o.surface) and o.surface.casefold() in short_forms):
            o.kind = PERSON
    orgs = [o for o in occs if o.kind == ORG]
    _one_body_in_brackets(orgs, paragraphs)
    # a one-word name that speaks or signs mid-sentence and is nobody's surname is a body: "Uniper said"
    speaking_bodies = {
        o.surface
        for o in occs
        if o.kind == "candidate"
        and " " not in o.surface
        and o.evidence & {"speech", "acts"}
        and not o.evidence & {"common", "locative", "place-word", "area-noun"}
        and not paragraphs[o.paragraph].tokens[o.first].initial
        and o.surface.casefold() not in short_forms
    }
    # an acronym the text introduces in brackets names the same body wherever it recurs
    bracketed = {
        o.surface: key
        for o in occs
        if o.kind == "candidate" and (is_acronym(o.surface) or " " not in o.surface) and (key := _bracketed_after(o, orgs))
    }  # "the Optimist Party for the Development of Mozambique (Podemos)": a short name, an acronym or a word
    # (a name placed somewhere and never shown acting, owning or heading anything: "born in Damongo")
    acting = {o.surface for o in occs if o.evidence & {"title", "age", "apposition", "first-name", "speech", "acts",
                                                        "possessive", "institution", "body", "who", "attributive"}}
    elsewhere = {o.surface: PLACE for o in occs
                 if o.kind == "candidate" and o.evidence & _PLACE_EVIDENCE and o.surface not in acting}
    elsewhere.update({o.surface: o.kind for o in occs if o.kind in (ORG, PLACE)})
    elsewhere.update(dict.fromkeys(bracketed, ORG))  # "(NOAA)" after a body's name: a body wherever it recurs
    share_list_types(groups, ctx.lower_words | frozenset(short_forms), elsewhere, paragraphs)
    share_place_evidence(groups)
    bodies_or_places = {o.surface for o in occs if o.kind in (ORG, PLACE)}
    org_surfaces = {o.surface for o in occs if o.kind == ORG}
    for o in occs:
        if o.kind == PERSON and "default" in o.evidence and o.surface in bodies_or_places:
            o.kind, o.key = ORG if o.surface in org_surfaces else PLACE, o.surface
    # 2. the rest: surnames, acronyms, places, or nothing
    role_initials = {initials(o.role) for o in occs if o.role and post_by_its_initials(o.role)}  # (most have none)
    for o in occs:
        if o.kind != "candidate":
            continue
        if o.surface.casefold() in short_forms and not (
            "common" in o.evidence and (gaz.is_role_word(o.surface) or o.surface in gaz.org_cues)
        ):
            o.kind = PERSON
            continue
        if o.surface in bracketed and not is_acronym(o.surface):
            o.kind, o.key = ORG, bracketed[o.surface]  # "Podemos" wherever it recurs
            continue
        if o.surface in speaking_bodies and not is_acronym(o.surface):
            o.kind, o.key = ORG, o.surface
            continue
        if "group" in o.evidence and "first-name" not in o.evidence:
            o.kind, o.key = ORG, o.surface  # "most of the Greens", "prorogued Parliament"
            continue
        if _shaped_like_a_firm(o, paragraphs[o.paragraph], short_forms, gaz):
            o.kind, o.key = ORG, o.surface  # "OpenAI released", "the Riksbank cut rates"
            continue
        if "common" in o.evidence:
            o.kind = "drop"
            continue
        if "body" in o.evidence and not is_acronym(o.surface) and not o.evidence & {"first-name", "who", "attributive"}:
            o.kind, o.key = ORG, o.surface  # "a deal with Nordbank", "the takeover of Valtra Group"
            continue
        if is_acronym(o.surface) and o.surface.replace(".", "") in role_initials:
            o.kind = "drop"  # "the CJI said" after "Chief Justice of India D.Y. Chandrachud": the post, no body
            continue
        if is_acronym(o.surface):
            expanded = _bracketed_after(o, orgs) or bracketed.get(o.surface) or _acronym_of(o.surface, orgs)
            heads = len(o.surface) > 2 and _heads_someone(o, paragraphs[o.paragraph], gaz)
            if expanded or o.evidence & {"speech", "parenthesised", "institution", "body"} or heads:
                o.kind = ORG
                o.modifier = o.modifier or (heads and not o.evidence & {"speech", "parenthesised"})
                o.key = expanded or o.surface
            else:
                o.kind = "drop"
            continue
        word = o.surface.split()[-1]
        bare_cue = " " not in o.surface and (word in gaz.place_cues or word in gaz.building_cues)  # "the Sea"
        if word in gaz.org_cues or word in gaz.thing_cues or gaz.is_role_word(word) or "thing" in o.evidence or bare_cue:
            o.kind = "drop"
        elif "institution" in o.evidence:
            o.kind = ORG
            o.key = o.surface
        elif (
            o.evidence & _PLACE_EVIDENCE
            and not o.evidence & {"possessive", "attributive"}
        ) or (o.evidence & {"area-noun", "place-word", "located"} and "possessive" not in o.evidence):
            o.kind = PLACE
            o.key = o.surface
        elif _a_known_place_named(o, paragraphs[o.paragraph], gaz):
            o.kind, o.key = PLACE, o.surface  # "held Varanasi by 152,513 votes": a city the world knows, doing nothing
            o.evidence.add("world-place")
        elif not o.evidence and _a_part_of_a_city(o, paragraphs[o.paragraph], gaz):
            o.kind, o.key = PLACE, o.surface  # "a school in Dhaka's Uttara": a district a city owns
        else:
            o.kind = "drop"
    # ... unless the text names a body so elsewhere: "majorities for Morena" after "the Morena party"
    bodies_named = {o.surface: o.key for o in occs if o.kind == ORG}
    for o in occs:
        # ("what he did at Chipotle" after "the chief executive of Chipotle": a place only by its preposition)
        by_preposition = o.evidence == {"locative"} and not gaz.lookup((fold(o.surface),)) \
            and fold(o.surface) not in gaz.world_words
        if o.kind == PLACE and ("world-place" in o.evidence or by_preposition) and o.surface in bodies_named:
            o.kind, o.key = ORG, bodies_named[o.surface]
    # an acronym shown to be a body once is that body wherever else the text uses it ("FTX was valued")
    acronym_bodies = {o.surface: o.key for o in occs if o.kind == ORG and is_acronym(o.surface)}
    for o in occs:
        if o.kind == "drop" and o.surface in acronym_bodies and "common" not in o.evidence:
            o.kind, o.key = ORG, acronym_bodies[o.surface]
    _listed_among_bodies(coordination_groups(occs, paragraphs, closed_by_the=True), occs)
    join_party_plurals(occs)
    for o in occs:
        if o.kind == ORG and o.key == o.surface and o.surface in bracketed:
            o.key = bracketed[o.surface]  # "Podemos won 31 seats": the short name the text gave the party
    _surnames_named_like_places(occs, paragraphs, gaz)


_SEAT_OF_GOVERNMENT = re.compile(r"(?:County|City|Province|Municipality|Borough|District|Prefecture) of [A-Z]")
_ACRONYM_JOINED = re.compile(r"\b[A-Z]{3,}-[A-Z][a-z]|[a-z]-[A-Z]{3,}\b")  # "DPS-New Beginning", "Lelo-GERB"


def _a_part_of_a_city(o: Occurrence, par: Paragraph, gaz: Gazetteer) -> bool:
    """One word a city's possessive owns, mid-sentence ("in Dhaka's Uttara", "Paris's Marais"): a part of it."""
    toks = par.tokens
    if " " in o.surface or o.first < 2 or toks[o.first - 1].text != "'s" or toks[o.first].initial:
        return False
    owner = toks[o.first - 2]
    return any(e.kind in ("capital", "place") for e in gaz.lookup((fold(owner.text),)))


def _a_number_follows(o: Occurrence, par: Paragraph) -> bool:
    """"the S&P 500", "the FTSE 100": a name a number completes is a market index's."""
    toks = par.tokens
    return o.last < len(toks) and toks[o.last].text.isdigit() and toks[o.last].start == o.end + 1


def _listed_among_bodies(groups: list[list[Occurrence]], occs: list[Occurrence]) -> None:
    """"backed Sinn Féin, Labour and the Social Democrats": a name taken for a person only because news
    names people most often is a body when everything it is listed with turned out to be a body."""
    bodies: set[str] = set()
    for group in groups:
        guessed = [o for o in group if o.kind == PERSON and "default" in o.evidence and not o.evidence & _PERSON_SIGNS]
        others = [o for o in group if o not in guessed]
        if guessed and others and all(o.kind == ORG for o in others):
            bodies.update(o.surface for o in guessed)
    for o in occs:  # the same name wherever else it was guessed ("the Sinn Féin leader")
        if o.surface in bodies and o.kind == PERSON and not o.evidence & _PERSON_SIGNS:
            o.kind, o.key = ORG, o.surface


def _a_known_place_named(o: Occurrence, par: Paragraph, gaz: Gazetteer) -> bool:
    """A one-word name the world gazetteer lists as a city or a province, used mid-sentence with nothing that
    makes it act, own or speak: the place."""
    if " " in o.surface or fold(o.surface) not in gaz.world_words or par.tokens[o.first].initial:
        return False
    return not o.evidence & {"possessive", "acts", "speech", "institution", "body", "attributive", "who", "common",
                             "first-name", "title", "apposition", "age", "thing", "channel"}


def _opens_like_a_place(surface: str, gaz: Gazetteer) -> bool:
    """Does the name open with a word that opens places too ("Sierra", "Pico", "Santa", "Mount")?"""
    first = surface.split()[0]
    return first in gaz.place_leads or fold(first) in gaz.world_words or any(
        e.kind in ("place", "capital", "country") for e in gaz.lookup((fold(first),)))


def _surnames_named_like_places(occs: list[Occurrence], paragraphs: list[Paragraph], gaz: Gazetteer) -> None:
    """"Thomas Jordan ... Jordan said": a country's or a city's one-word name that is the surname of a person
    in the article, and speaks, is that person (a country that speaks is named by its government)."""
    surnames = {o.surface.split()[-1] for o in occs if o.kind == PERSON and " " in o.surface}
    if not surnames:
        return
    # a capital or a place the text names only by this word, never by its country's name or people: the surname
    # ("Joseph Muscat ... Muscat is accused": the text is about Malta, not Oman)
    named_otherwise = {o.key for o in occs if o.kind in (COUNTRY, PLACE, "demonym") and o.surface not in surnames}
    for o in occs:
        if o.kind not in (COUNTRY, PLACE) or o.surface not in surnames or o.known is not None:
            continue
        toks = paragraphs[o.paragraph].tokens
        nxt = toks[o.last] if o.last < len(toks) else None
        prev = toks[o.first - 1] if o.first else None
        speaks = (nxt is not None and nxt.text.islower() and nxt.text in gaz.speech_verbs) or (
            prev is not None and prev.text in INVERTING_VERBS)
        after = toks[o.last + 1].text.lower() if o.last + 1 < len(toks) else ""
        only_here = (o.key not in named_otherwise and o.surface not in gaz.country_names
                     and (prev is None or prev.text.lower() not in LOCATIVES and prev.text != "of"))
        if (speaks or only_here) and after not in ("it", "its"):  # "Jordan said it would send aid": the country
            o.kind, o.key, o.modifier = PERSON, o.surface, False


# words that make a paragraph about sport; a city named beside them may be its club
_SPORT_WORDS = frozenset(
    "midfielder midfielders striker strikers goalkeeper goalkeepers winger wingers defender footballer "
    "full-back centre-back center-back wing-back playmaker "
    "football soccer match league season scored goal goals penalty stadium fixture transfer squad club "
    "coach manager kick-off half-time final finals semi-final trophy score aggregate".split()
)
# a club's people or side, right after its name: "the Barcelona midfielder", "Manchester City's coach"
_CLUB_NOUNS_AFTER = frozenset(
    "midfielder striker goalkeeper defender forward winger coach manager captain club fans supporters "
    "squad boss player players side keeper academy full-back centre-back center-back wing-back playmaker".split()
)
# what is done to or with a club, right before its name: "a 4-0 defeat by Barcelona", "joined Arsenal"
# what only a club follows, whatever its name looks like: "plays for Lech Poznan" (though Lech opens a man's name)
_ONLY_CLUBS_AFTER = frozenset({("plays", "for"), ("played", "for"), ("signed", "for"), ("scored", "for")})
_CLUB_VERBS_BEFORE = (
    ("defeat", "by"), ("defeat", "to"), ("loss", "to"), ("lost", "to"), ("draw", "with"), ("drew", "with"),
    ("win", "over"), ("victory", "over"), ("sign", "for"), ("beat",), ("beating",),
    ("defeated",), ("joined",), ("joining",), ("against",), ("hosted",), ("hosting",),
    ("trophy", "with"), ("title", "with"), ("cup", "with"), ("league", "with"), ("final", "to"), *_ONLY_CLUBS_AFTER,
    ("thrashed",), ("thrashing",), ("draw", "at"), ("home", "to"), ("away", "to"),
)
# the same cues by their length, to be looked up whole: ``before`` holds the two words before a name (fewer only
# at a paragraph's start, where no two-word cue fits)
_CLUB_VERBS_BEFORE_ONE = frozenset(cue for cue in _CLUB_VERBS_BEFORE if len(cue) == 1)
_CLUB_VERBS_BEFORE_TWO = frozenset(cue for cue in _CLUB_VERBS_BEFORE if len(cue) == 2)
assert len(_CLUB_VERBS_BEFORE_ONE) + len(_CLUB_VERBS_BEFORE_TWO) == len(set(_CLUB_VERBS_BEFORE))
# what a club does, right after its name: "Borussia Dortmund beat ..."
_CLUB_VERBS_AFTER = frozenset("beat defeated drew thrashed edged hosted signed".split())


def _full_names(occs: list[Occurrence]) -> set[str]:
    """Names of two words or more that the text shows to be people's ("Former president José Mujica")."""
    return {o.surface for o in occs if " " in o.surface and (o.kind == PERSON or o.evidence & _PERSON_SIGNS)}


def sports_clubs(occs: list[Occurrence], paragraphs: list[Paragraph]) -> None:
    """In a paragraph about sport, a place or unknown name that a club's people follow, that a result
    or a transfer governs, or that beats someone, is the club: a body, and not also a place."""
    sporty: dict[int, bool] = {}
    # "when Weah beat Boakai in a runoff": the surname of someone the text names in full is that person; so is a
    # name whose last word, alone elsewhere, is shown to be a person's ("beat Daniil Medvedev" ... "Medvedev, 27,")
    people = _full_names(occs)
    lone_people = {o.surface for o in occs if " " not in o.surface and o.evidence & _PERSON_SIGNS}
    people |= {o.surface for o in occs if o.kind == "candidate" and " " in o.surface and o.surface.split()[-1] in lone_people}
    surnames = {name.split()[-1] for name in people}
    for o in occs:
        toks = paragraphs[o.paragraph].tokens
        if (o.surface in surnames or o.surface in people) and not _only_a_club(toks, o.first):
            continue  # ("leaving Gareth Southgate's side beaten" of "England manager Gareth Southgate": his team)
        if o.kind == ORG and o.surface.split()[-1] in COMPETITION_HEADS and _names_a_competition(paragraphs[o.paragraph].tokens, o.first, o.last):
            o.kind = "drop"  # "in the Champions League": a competition, not a body (unless it acts)
            continue
        seat = o.kind == COUNTRY and "seat" in o.evidence  # "the Lisbon midfielder": a capital's club
        if o.kind not in (PLACE, "candidate", PERSON) and not seat or (
                o.evidence & {"title", "first-name", "age", "apposition"} and not _only_a_club(toks, o.first)):
            continue  # ("who plays for Lech Poznan": though Lech opens a man's name, one plays for a club)
        # (the name's own context first: it is seldom a club's, and the paragraph's words then need no reading)
        if _club_context(toks, o.first, o.last) and _paragraph_about_sport(sporty, paragraphs, o.paragraph):
            o.kind, o.key = ORG, o.surface
            o.evidence.add("club")
    _clubs_named_again(occs, paragraphs)
    absorbed: set[int] = set()
    for o, nxt in zip(occs, occs[1:]):
        # "Bayern Munich", "Paris Saint-Germain": a club's name that runs on into its city's, or a place's
        # name that runs on into the club's ("the Bayern Munich full-back": the club is read at its end)
        if nxt.paragraph != o.paragraph or nxt.first != o.last or paragraphs[o.paragraph].plain[o.end : nxt.start] != " ":
            continue
        if "club" in o.evidence and nxt.kind == PLACE:
            o.surface = o.key = paragraphs[o.paragraph].plain[o.start : nxt.end]
            o.last, o.end = nxt.last, nxt.end
            absorbed.add(id(nxt))
        elif "club" in nxt.evidence and o.kind in (PLACE, "candidate") and not (o.known or o.modifier) \
                and not o.evidence & _PERSON_SIGNS:
            nxt.surface = nxt.key = paragraphs[o.paragraph].plain[o.start : nxt.end]
            nxt.first, nxt.start = o.first, o.start
            absorbed.add(id(o))
    if absorbed:  # (gone, not dropped: a dropped word may still be read later as a short form of a name)
        occs[:] = [o for o in occs if id(o) not in absorbed]


def _paragraph_about_sport(sporty: dict[int, bool], paragraphs: list[Paragraph], p: int) -> bool:
    """``_about_sport`` of paragraph ``p``, read once per paragraph into ``sporty``."""
    if p not in sporty:
        sporty[p] = _about_sport(paragraphs[p])
    return sporty[p]


def _clubs_named_again(occs: list[Occurrence], paragraphs: list[Paragraph]) -> None:
    """A name the text shows to be a club's is the club wherever else it stands as a name ("16 clear of Lazio"),
    and so are the names listed with a club ("a career that took in Inter, Roma and Zenit"); but not where it
    is a place one is in or goes to ("fans in Naples"), nor a person's."""
    clubs = {o.surface for o in occs if o.kind == ORG and "club" in o.evidence}
    if not clubs:
        return
    listed: set[int] = set()  # (a list's "in" is its club's too: "took in Inter, Roma and Zenit")
    for group in coordination_groups(occs, paragraphs):
        if any(o.surface in clubs and o.kind in (PLACE, "candidate", ORG) for o in group):
            clubs.update(o.surface for o in group)
            listed.update(id(o) for o in group)
    for o in occs:
        if o.surface not in clubs or o.kind not in (PLACE, "candidate") or " " in o.surface or o.evidence & _PERSON_SIGNS:
            continue
        before = paragraphs[o.paragraph].tokens[o.first - 1].text.lower() if o.first else ""
        if id(o) in listed or not ("locative" in o.evidence or before in LOCATIVES):
            o.kind, o.key = ORG, o.surface
            o.evidence.add("club")


def _only_a_club(toks: tuple, first: int) -> bool:
    """"plays for X", "signed for X": what only a club is, whoever else X names."""
    return tuple(t.text.lower() for t in toks[max(0, first - 2) : first]) in _ONLY_CLUBS_AFTER


_SCORE = re.compile(r"\d{1,2}[-\u2013]\d{1,2}")
_SCORE_LINKS = frozenset(("to", "by", "over", "against"))  # a score and the side it was against


def _about_sport(par: Paragraph) -> bool:
    """A sport's word, a table's place ("second-placed") or a score ("2-1") among the paragraph's tokens; only a
    token that opens with a digit can be a score. (The words are lower-cased and looked up by maps in C; a score
    token holds a digit, a hyphen and a digit, so a paragraph whose text has no such three needs no look at its
    tokens for one.)"""
    toks = par.tokens
    if not _SPORT_WORDS.isdisjoint(map(str.lower, map(_TEXT, toks))):
        return True
    if "-placed" in par.plain:
        return True  # "second-placed Lazio": a league table's words
    return _DIGIT_HYPHEN_DIGIT.search(par.plain) is not None and any(
        t.text[:1].isdigit() and _SCORE.fullmatch(t.text) for t in toks)


_TEXT = operator.itemgetter(0)  # a token's text
_DIGIT_HYPHEN_DIGIT = re.compile(r"\d-\d")



def _names_a_competition(toks: tuple, first: int, last: int) -> bool:
    """ "in the Champions League", "won the Premier League title": where clubs play, not who acts."""
    if last < len(toks) and toks[last].text.lower() in COMPETITION_PARTS:
        return True
    before = tuple(t.text.lower() for t in toks[max(0, first - 2) : first])
    return before[-1:] in (("in",), ("won",)) or before in (("in", "the"), ("won", "the"), ("of", "the"), ("to", "the"))


def _club_context(toks: tuple, first: int, last: int) -> bool:
    k = last
    after = toks[last].text if last < len(toks) else ""  # (no token is empty)
    if after in ("'s", "’s"):
        k += 1
    if k < len(toks) and toks[k].text in _CLUB_NOUNS_AFTER:
        return True
    if after in _CLUB_VERBS_AFTER:
        return True
    if after in ("are", "have"):
        return True  # "Napoli are champions", "Lazio have won": a team's plural, which a city's name never takes
    if after == "held" and any(_SCORE.fullmatch(t.text) for t in toks[last + 1 : last + 6]):
        return True  # "Salernitana held them to a 1-1 draw"
    before = tuple(t.text.lower() for t in toks[max(0, first - 2) : first])
    if before[-1:] in _CLUB_VERBS_BEFORE_ONE or before in _CLUB_VERBS_BEFORE_TWO:
        return True
    # "Udinese 1-1 Napoli", "thrashed Juventus 5-1": a side named beside a score; "second-placed Lazio": in a table
    # (a score opens on a digit, which str.isdigit takes wherever \d does)
    if after[:1].isdigit() and _SCORE.fullmatch(after) or first and (
            toks[first - 1].text[:1].isdigit() and _SCORE.fullmatch(toks[first - 1].text)
            or toks[first - 1].text.endswith("-placed")):
        return True
    # "lost the final 1-0 to Bayern Munich", "lost 3-2 to their fierce rivals Persebaya Surabaya"
    k = first - 1
    while k >= max(0, first - 4) and toks[k].word and toks[k].text.islower() and toks[k].text not in _SCORE_LINKS:
        k -= 1  # (words that describe the side, up to three)
    if k >= 1 and toks[k].text in _SCORE_LINKS and _SCORE.fullmatch(toks[k - 1].text):
        return True
    # "after Patrick Kluivert for Ajax in 1995": a player's name, then the club he scored for
    return len(before) == 2 and before[1] == "for" and toks[first - 2].text[:1].isupper() and toks[first - 2].word


# a one-word name built like a firm's or a bank's: "OpenAI", "xAI", "DeepMind", "Riksbank", "Nordbank"
_FIRM_SHAPE = re.compile(r"^[A-Za-z][a-z]+(?:AI|[A-Z][a-z]+)$|^[A-Z][a-z]{3,}bank$")


def _shaped_like_a_firm(o: Occurrence, par: Paragraph, short_forms: dict[str, str], gaz: Gazetteer) -> bool:
    """A lone word shaped like a firm's name that does something (a verb follows) is a body, even
    at the start of a sentence and with no other cue; surnames like "McCarthy" are not that shape."""
    if " " in o.surface or o.surface.casefold() in short_forms or o.evidence & {"title", "first-name", "age"}:
        return False
    if not _FIRM_SHAPE.match(o.surface) or _SURNAME_PREFIX.match(o.surface):
        return False
    toks = par.tokens
    nxt = toks[o.last] if o.last < len(toks) else None
    if nxt is not None and nxt.text in ("'s", "’s"):
        return True
    # a verb, not a linking word: "the PlayStation and the Xbox" says nothing of what it is
    return nxt is not None and nxt.word and nxt.text[:1].islower() and nxt.text not in gaz.stopwords


_SURNAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')[A-Z]")


def join_party_plurals(occs: list[Occurrence]) -> None:
    """"The Conservatives" are the article's "Conservative Party", "the Greens" its "Green Party": a
    party called by its members' plural joins the one body whose name holds the singular."""
    for o in occs:
        if o.kind != ORG or "group" not in o.evidence or not o.surface.endswith("s"):
            continue
        stem = o.surface[:-1]
        owners = {
            b.key
            for b in occs
            if b.kind == ORG and b is not o and b.key != o.key and any(w.startswith(stem) for w in b.key.split())
        }
        if len(owners) == 1:
            o.key = next(iter(owners))


# evidence that a name is something other than a person
NOT_A_PERSON = frozenset(
    "locative place-word area-noun located thing institution body group channel parenthesised attributive owned common".split()
)


_FINITE_VERBS = frozenset("was is had has would will could should did does must might may".split())


def _verb_follows(o: Occurrence, par: Paragraph, gaz: Gazetteer) -> bool:
    """A name a finite verb follows is a clause's subject: "... that Dana Orr lacked", "that X was", also past a
    relative clause about a person: "Khalifa Haftar, whose army controls the east, launched ..."."""
    toks = par.tokens
    k = o.last
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text in ("who", "whose"):
        close = next((j for j in range(k + 2, min(len(toks), k + 30)) if toks[j].text in (",", ".", ";", ":")), -1)
        if close > 0 and toks[close].text == ",":
            k = close + 1
    return _finite_verb_at(par, k, gaz)


def _finite_verb_at(par: Paragraph, k: int, gaz: Gazetteer) -> bool:
    if k >= len(par.tokens) or not par.tokens[k].word:
        return False
    nxt = par.tokens[k].text
    past_speech = nxt in gaz.speech_verbs and nxt.endswith("d")  # "said", "told" (not the noun "report")
    return nxt[:1].islower() and (nxt in _FINITE_VERBS or past_speech or nxt.endswith("ed"))


def _unknown_name_mid_sentence(o: Occurrence, par: Paragraph, ctx: Context, listed_with: set[str]) -> bool:
    """A run of two to four capitalised name words that no list knows, met mid-sentence, with nothing
    saying it is a place or a body ("chaired by the specialist Dimie Ogoina", "Siad Barre's government").

    Words that head bodies, places or things ("Council", "Bay", "Treaty"), titles, time names and
    digits rule it out; so does any sign of a place or a body around it, and any word that is
    a common word: one the article also writes in lower case ("Community Support Officers") or
    one built like a common noun or adjective ("Electronic Arts", "Strategic Export Controls").
    """
    gaz = ctx.gaz
    words = o.surface.split()
    if not 2 <= len(words) <= 4 or o.evidence & NOT_A_PERSON or is_acronym(o.surface):
        return False
    after_colon = o.first > 1 and par.tokens[o.first - 1].text == ":"  # "the Act: Ranjit Gupta and ...": a list opens
    if par.tokens[o.first].initial and not after_colon and not o.evidence & {"possessive", "given-name"} \
            and not _verb_follows(o, par, ctx.gaz) and PERSON not in listed_with:
        # a sentence's first words may be capitalised only for that (unless they are its subject, or listed
        # with a person: "Mossa al-Koni, from the south, and Abdullah al-Lafi, a lawmaker, complete the council")
        return False
    before = par.tokens[o.first - 1].text.lower() if o.first else ""
    if before == "that" and _verb_follows(o, par, gaz):
        pass  # "knew that Dana Orr lacked ...": "that" opens a clause, it is no article
    elif before in ("the", "a", "an", "this", "that", "its", "their", "our"):
        return False  # "the Evening Standard", "an Airbus Beluga": people take no article
    if o.first >= 2 and par.tokens[o.first - 2].text.lower() in ("our", "their", "its", "the", "a", "an") \
            and not _names_what_someone_does(par.tokens[o.first - 1].text, gaz):
        return False  # "our entire Solar System", "our own Milky Way", "the new Carlos Moedas" is no one's way of naming
    toks = par.tokens
    if o.first >= 3 and toks[o.first - 1].text == "as" and toks[o.first - 2].text == "such":
        if toks[o.first - 3].text.lower() not in _PEOPLE_NOUNS:
            return False  # "titles such as Candy Crush": examples of things
    after = par.tokens[o.last].text if o.last < len(par.tokens) else ""
    if after[:1].isdigit():
        return False  # "Nord Stream 2", "Super Mario 64": a numbered thing
    if before in _OPENING_QUOTES and after in _CLOSING_QUOTES:
        return False  # 'won with "Rim Tim Tagi Dim"': a quoted name on its own is a work's title
    # (a country before people ends a clause: "missed for Georgia, Lasha Dvali and Zuriko Davitashvili scored")
    clause_ends = PERSON in listed_with and listed_with - {PERSON, "candidate"} == {COUNTRY}
    if listed_with - {PERSON, "candidate", "demonym"} and not clause_ends:
        return False  # "Maserati and Alfa Romeo": its list says what it is
    if "\u2013" in o.surface:
        return False  # "Toronto–St. Paul's": parts joined by an en dash name a district or a pairing
    if words[0].lower() in PARTICLES:
        return False  # "with De Beers": a family's particle opens a firm's name; a person's follows a given name
    for i, w in enumerate(words):
        if w.lower() in PARTICLES or (0 < i < len(words) - 1 and _MIDDLE_INITIAL.fullmatch(w)):
            continue  # "Dagur B. Eggertsson": a middle initial
        if not w[:1].isupper() or any(c.isdigit() for c in w) or (len(w) > 1 and w.isupper()):
            return False
        if w in gaz.org_cues or w in gaz.place_cues or w in gaz.thing_cues or w in gaz.building_cues:
            return False
        if w in gaz.place_leads or w in gaz.thing_leads or w in _TIME_NAMES:
            return False
        if len(w) == 1 or _INNER_CAPITAL.search(w) or w in _BODY_WORDS:
            return False  # "Cooper S", "GameBoy Advance", "Paws Incorporated": models, brands, firms
        if "-" in w and not w.split("-")[-1][:1].isupper() and _describes(w.split("-")[-1]):
            return False  # "Chennai-based Tata": a description, not a double-barrelled name (as "Halla-aho" is)
        low = w.lower()
        generic = w in GENERIC_NAME_WORDS and not (
            # "Floyd Green", "Tom Justice": after a given name, one of these words that are surnames too is his
            w in _SURNAMES_TOO and 0 < i == len(words) - 1 and "given-name" in o.evidence
            and words[0] not in GENERIC_NAME_WORDS)
        if generic or gaz.is_role_word(w) or low in gaz.stopwords or low.endswith(_COMMON_ENDINGS):
            return False
        if low in ctx.lower_words or (low.endswith("s") and low[:-1] in ctx.lower_words):
            return False
    return True


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")
# words that name bodies ("the Green Party", "Justice and Development") and are common surnames too
_SURNAMES_TOO = frozenset("Green Justice Royal Christian".split())
_OPENING_QUOTES = frozenset('"\u201c\u2018\'')
_CLOSING_QUOTES = frozenset('"\u201d\u2019\'')


def _names_what_someone_does(word: str, gaz: Gazetteer) -> bool:
    """"the shooter Abhinav Bindra", "the economist Ana Ruiz": a noun for what a person does, not an adjective;
    or a nationality, which describes people: "coached by the Argentine Néstor Lorenzo"."""
    if word[:1].isupper():
        return any(e.kind == "demonym" for e in gaz.lookup((fold(word),)))
    if YEAR_OLD.fullmatch(word) or word in _PERSON_WORDS:
        return True  # "the 19-year-old Ana Ruiz", "the substitute Ana Ruiz"
    return (word.islower() and word.endswith(_DOER_ENDINGS) and word not in gaz.role_modifiers
            and word not in _COMPARATIVES)


_DOER_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ess")
# nouns for a person that no doer's ending shows
_PERSON_WORDS = frozenset("veteran substitute captain rookie candidate poet chef pilot coach star teen novice".split())
_COMPARATIVES = frozenset("other latter former elder younger older upper lower inner outer super proper later "
                          "greater bigger smaller larger newer recent different current".split())


def _describes(part: str) -> bool:
    """"based", "led", "style", "era": the lower-case end of a hyphenated description, not of a surname."""
    return part.endswith(("ed", "ing", "ly", "ic", "al")) or part in _DESCRIBING_PARTS


_DESCRIBING_PARTS = frozenset("born run style era wide like made class owned built bound free only level type "
                              "led held wing side area region zone".split())


_PEOPLE_NOUNS = frozenset(
    "people leaders figures politicians officials ministers stars players artists writers players candidates "
    "lawmakers activists celebrities".split()
)
_BODY_WORDS = frozenset("Incorporated Laboratories Laboratory Studio Studios Paper Trains Bonds".split())
_INNER_CAPITAL = re.compile(r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')[A-Z][a-z]+[A-Z]")


# endings of English common nouns and adjectives that personal names hardly ever have
_COMMON_ENDINGS = (
    "tion", "sion", "ment", "ments", "ity", "ities", "ics", "ship", "ture", "tive", "sive", "ism", "ist", "ists",
    "ical", "ional", "ual", "ntal", "ised", "ized", "ising", "izing", "ness", "ology", "ware", "ogy", "ions",
    "ents", "ience", "ference", "ances",
)


_TIME_NAMES = TIME_NAMES | frozenset("Christmas Easter Ramadan".split())


_LIST_LINKS = frozenset(link + the for link in ((",",), ("and",), ("or",), ("&",), (",", "and"), (",", "or"))
                       for the in ((), ("the",)))  # "the PSOE, the PP and the PNV": a list of names with articles
_LONGEST_LINK = max(map(len, _LIST_LINKS))
_LINK_OPENERS = frozenset(link[0] for link in _LIST_LINKS)  # (most names have none of these after them)


def coordination_groups(occs: list[Occurrence], paragraphs: list[Paragraph],
                        closed_by_the: bool = False) -> list[list[Occurrence]]:
    """Names joined by commas, "and", "or" into one list: "Apple, Samsung, Mozilla and ...".

    In "A and B's C party" the item after "and" is C (B only owns it). A Markdown
    bullet list is a list too: consecutive paragraphs that are each one bulleted name.
    A list that ends "and the X" is taken only when ``closed_by_the`` asks for it: what its
    members share is then too weak to give types, but strong enough to take a guess back.
    """
    by_par: dict[int, list[Occurrence]] = {}
    for o in occs:
        if not o.modifier and o.alias_of < 0:
            by_par.setdefault(o.paragraph, []).append(o)
    groups: list[list[Occurrence]] = []
    for p, items in by_par.items():
        toks = paragraphs[p].tokens
        items.sort(key=lambda o: (o.first, -o.last))
        starting: dict[int, Occurrence] | None = None  # the names by their first token, made when first asked
        current: list[Occurrence] = []
        closed = False  # a list ends with "and" / "or": "In Washington, Biden said" is none
        prev: Occurrence | None = None
        for o in items:
            if prev is None:
                linked = False
            else:
                first, prev_last = o.first, prev.last
                if first < prev_last:
                    continue  # nested inside the previous name, or the owned name already taken
                bracket = toks[prev_last].text == "(" if prev_last < len(toks) else False
                if bracket and first == prev_last + 1:
                    continue  # "the Basque Nationalist Party (PNV)": the bracket names the item before, no item of its own
                if first == prev_last and prev.kind == COUNTRY and current and current[-1] is prev:
                    current[-1] = prev = o  # "..., the US National Weather Service and ...": the country names the item's body
                    continue
                # (most names stand too far from the one before to be linked: the link's span is asked first, and
                # "A of the Nepali Congress and B of the UML", a list of A and B, not of the party and B, after it)
                a = _past_brackets(toks, prev_last) if bracket else prev_last
                linked = 0 < first - a <= _LONGEST_LINK and _linked(toks, a, first) and not _pairs_of_x_of_y(prev, o, toks)
            if linked:
                owned = None
                if o.last < len(toks) and toks[o.last].text == "'s":
                    if starting is None:
                        starting = {m.first: m for m in reversed(items)}
                    owned = starting.get(o.last + 1)
                item = owned if owned is not None else o  # "and Prabowo's Gerindra party": the owned name
                link = toks[o.first - 2 if closed_by_the and toks[o.first - 1].text == "the" else o.first - 1]
                closed = closed or link.text.lower() in ("and", "or", "&")
                current.append(item)
                prev = item
                continue
            if len(current) > 1 and (closed or _ends_a_list(current, toks)):
                groups.append(current)
            current, closed = [o], False
            prev = o
        if len(current) > 1 and (closed or _ends_a_list(current, toks)):
            groups.append(current)
    bullets: list[Occurrence] = []
    for p in sorted(by_par):
        par = paragraphs[p]
        only = by_par[p]
        if par.plain.lstrip().startswith(("- ", "* ", "•")) and len(only) == 1 and bullets and bullets[-1].paragraph == p - 1:
            bullets.append(only[0])
            continue
        if len(bullets) > 1:
            groups.append(bullets)
        bullets = [only[0]] if par.plain.lstrip().startswith(("- ", "* ", "•")) and len(only) == 1 else []
    if len(bullets) > 1:
        groups.append(bullets)
    return groups


def _linked(toks: tuple, a: int, b: int) -> bool:
    """Do the tokens from ``a`` to ``b`` join two items of a list (", ", " and the ")?"""
    return 0 < b - a <= _LONGEST_LINK and toks[a].text.lower() in _LINK_OPENERS \
        and tuple(t.text.lower() for t in toks[a:b]) in _LIST_LINKS


def _pairs_of_x_of_y(prev: Occurrence, o: Occurrence, toks: tuple) -> bool:
    """``prev`` ends "X of (the) Y" and ``o`` opens "Z of ...": each item is a name with its affiliation."""
    if o.last >= len(toks) or toks[o.last].text != "of":
        return False
    j = prev.first - 1
    if j >= 0 and toks[j].text.lower() == "the":
        j -= 1
    return j >= 1 and toks[j].text == "of"


def _past_brackets(toks: tuple, i: int) -> int:
    """After a short bracketed aside at ``i`` ("the Basque Nationalist Party (PNV), Compromís"): the list goes on."""
    if i < len(toks) and toks[i].text == "(":
        for j in range(i + 1, min(len(toks), i + 8)):
            if toks[j].text == ")":
                return j + 1
    return i


def _ends_a_list(items: list[Occurrence], toks: tuple) -> bool:
    """"Apple, Samsung, Mozilla and wireless carriers": three names or more, then "and" something else."""
    words = [t.text.lower() for t in toks[items[-1].last : items[-1].last + 2]]
    return len(items) >= 3 and bool(words) and (words[0] in ("and", "or") or words[:2] in ([",", "and"], [",", "or"]))


def share_list_types(groups: list[list[Occurrence]], lower_words: frozenset[str],
                     elsewhere: dict[str, str] | None = None, paragraphs: list[Paragraph] | None = None) -> None:
    """Undecided names in a list take the one type its decided members share: companies with companies,
    places with places (a member the text showed to be a place or a body elsewhere counts as decided:
    "born in Damongo" ... "among them Damongo, Techiman South and Ablekuma North"). A word only capitalised
    because it opens a sentence takes nothing. An acronym listed with bodies is a body, with countries
    among them too ("the WMO, NASA and the US"): no country is unknown to the gazetteer."""
    elsewhere = elsewhere or {}
    for group in groups:
        kinds = {o.kind for o in group if o.kind in (ORG, PLACE, PERSON, COUNTRY)}
        kinds |= {elsewhere[o.surface] for o in group if o.kind == "candidate" and o.surface in elsewhere}
        bodies = kinds in ({ORG}, {ORG, COUNTRY})
        paired = len(group) >= 3 or (paragraphs is not None and _joined_by_and(group, paragraphs))
        for o in group:
            if o.kind == "candidate" and is_acronym(o.surface) and bodies and paired and "common" not in o.evidence:
                # ("Maghawir al Thawra, or MaT": after one name alone an acronym may be its short form)
                o.kind, o.key = ORG, o.surface
        if len(kinds) != 1:
            continue  # people and countries share nothing
        kind = next(iter(kinds))
        for o in group:
            if o.kind != "candidate" or "common" in o.evidence or is_acronym(o.surface):
                continue  # an acronym among places is nothing
            if " " not in o.surface and (o.surface.lower() in lower_words or o.surface in GENERIC_NAME_WORDS):
                continue  # "Oil and Gas", "Public and Commercial": common words, not names
            if kind == ORG:
                o.kind, o.key = ORG, o.surface
            elif kind == PLACE:
                o.kind, o.key = PLACE, o.key or o.surface


def _joined_by_and(pair: list[Occurrence], paragraphs: list[Paragraph]) -> bool:
    """"NASA and NOAA": two names joined by "and", not one named again after "or"."""
    toks = paragraphs[pair[0].paragraph].tokens
    return any(t.text.lower() in ("and", "&") for t in toks[pair[0].last : pair[-1].first])


def share_place_evidence(groups: list[list[Occurrence]]) -> None:
    """"residents of Mango, Fonoifua and Atata": what governs a list governs each name in it, so the
    place evidence one undecided member has, the others share (when nothing in the list says otherwise)."""
    for group in groups:
        undecided = [o for o in group if o.kind == "candidate"]
        if len(undecided) < 2 or any(o.kind in (ORG, PERSON) for o in group):
            continue
        shared = set().union(*(o.evidence & _PLACE_EVIDENCE for o in undecided))
        if not shared or any(o.evidence & {"speech", "acts", "title", "first-name", "age", "possessive"} for o in undecided):
            continue
        for o in undecided:
            if "common" not in o.evidence:
                o.evidence |= shared


def double_barrelled_surnames(occs: list[Occurrence], paragraphs: list[Paragraph]) -> None:
    """"Crabtree-Ireland said", once "Duncan Crabtree-Ireland" is a person: the hyphenated word is his surname
    used alone, not a pairing with a country in it ("Ireland")."""
    surnames = {o.surface.split()[-1] for o in occs if o.kind == PERSON and "-" in o.surface.split()[-1]}
    if not surnames:
        return
    for o in occs:
        tok = paragraphs[o.paragraph].tokens[o.first]
        if o.kind != PERSON and o.last == o.first + 1 and tok.text != o.surface and tok.text in surnames:
            o.kind, o.key, o.known, o.surface, o.start, o.end = PERSON, tok.text, None, tok.text, tok.start, tok.end


def join_alternatives(occs: list[Occurrence]) -> None:
    """"X, or Y,": Y is another name of whatever X turned out to be."""
    by_end = {(o.paragraph, o.last - 1): o for o in occs if o.kind in (PERSON, ORG, COUNTRY) and o.alias_of < 0}
    for o in occs:
        if o.alias_of < 0:
            continue
        first = by_end.get((o.paragraph, o.alias_of))
        if first is None:
            continue
        if first.kind == PERSON and first.known is None and len(o.surface.split()) > len(first.key.split()):
            # "Rodri, whose full name is Rodrigo Hernández Cascante": the person is named by the fuller form
            old = first.key
            for other in occs:
                if other.kind == PERSON and other.key == old:
                    other.key = o.surface
        o.kind, o.key, o.known = first.kind, first.key, first.known
        # '"...," Jokowi said' after "Joko Widodo, widely known as Jokowi,": the other name, wherever it stands
        # alone, is the same actor, whatever its own clues made of it
        for other in occs:
            if other.surface == o.surface and other.alias_of < 0 and other.known is None \
                    and other.kind in (PERSON, ORG, "candidate"):
                other.kind, other.key = first.kind, first.key


# words that many bodies' names share, so that alone they name none of them
GENERIC_NAME_WORDS = frozenset(
    "National Federal Supreme Central General United International Global World Democratic Republican People "
    "Peoples Popular Social Socialist Liberal Conservative Labour Labor Workers Green Greens New Royal State "
    "Public Free Independent Christian Islamic Human Rights Justice Security Development Emergency Trade "
    "Energy Health Economic Foreign Defence Defense Interior Civil Military Armed Revolutionary Unity "
    "European American African Asian Arab Latin Western Eastern Northern Southern".split()
)


def join_reordered_bodies(occs: list[Occurrence]) -> None:
    """"the House of Assembly of Rivers State" and "the Rivers State House of Assembly": a body's name with its
    owner after "of", and the same words with the owner first, are one body, under the name written first."""
    order = {key: n for n, key in enumerate(dict.fromkeys(o.key for o in occs if o.kind == ORG and o.key))}
    same: dict[str, str] = {}
    for key in order:
        head, of, owner = key.rpartition(" of ")
        reordered = f"{owner.removeprefix('the ')} {head}"
        if of and head and reordered in order:
            same[key] = same[reordered] = min(key, reordered, key=order.__getitem__)
    for o in occs:
        if o.kind == ORG and o.key in same:
            o.key = same[o.key]


def national_branches(occs: list[Occurrence], paragraphs: list[Paragraph]) -> None:
    """"executive director of Amnesty International Indonesia": a body's name run on into a country's is the
    body's branch in that country, and it is the body the text speaks of (short forms and all: "Amnesty
    noted") when the text never names the body alone. Where it does ("Amnesty International said ...", and
    later "the country director of Amnesty International Nigeria"), the body is the actor and the branch a
    part of it, as before."""
    ordered = sorted(occs, key=lambda o: (o.paragraph, o.first))
    branches: dict[str, list[tuple[Occurrence, Occurrence]]] = {}
    for body, country in zip(ordered, ordered[1:]):
        if body.kind != ORG or country.kind != COUNTRY or body.paragraph != country.paragraph \
                or body.last != country.first or " " not in body.surface:
            continue
        par = paragraphs[body.paragraph]
        after = par.tokens[country.last] if country.last < len(par.tokens) else None
        if par.text[body.end:country.start] != " " or (after is not None and after.word and after.text[:1].isupper()):
            continue  # ("the EU, Russia and ...", "Amnesty International Indonesia Director ...": not one name)
        branches.setdefault(body.key, []).append((body, country))
    for key, pairs in branches.items():
        if len({country.key for _, country in pairs}) > 1:
            continue  # two branches ("Save the Children UK and Save the Children Italy"): the body is what they share
        in_branch = {id(body) for body, _ in pairs}
        if any(o.kind == ORG and o.key == key and id(o) not in in_branch and " " in o.surface for o in occs):
            continue  # the body's full name stands alone somewhere: that is the actor
        name = f"{pairs[0][0].surface} {pairs[0][1].surface}"
        for body, country in pairs:
            body.surface, body.last, body.end = name, country.last, country.end
            country.kind = "drop"
        for o in occs:
            if o.kind == ORG and o.key == key:
                o.key, o.known = name, None


def join_body_short_forms(occs: list[Occurrence], ctx: Context) -> None:
    """"The KlimaSeniorinnen", "Activision said": one distinctive word of a body's longer name, used
    alone later, is that body (as "Lavrov" is "Sergei Lavrov"). Words many names share
    ("National", "Court") or that name something else (a country, a title) are not."""
    gaz = ctx.gaz
    owners: dict[str, set[str]] = {}
    for o in occs:
        if o.kind != ORG or o.alias_of >= 0 or gaz.org_kinds.get(o.key, "company") != "company":
            continue  # the gazetteer lists the short forms of the bodies it knows (a firm's, not all: "Ford")
        if _SEAT_OF_GOVERNMENT.match(o.surface):
            continue  # "the County of Maui": "Maui" alone is the island, not its government
        words = o.surface.split()
        if len(words) < 2:
            continue
        if len(words) == 2 and words[1] in gaz.org_cues and any(e.kind == "demonym" for e in gaz.lookup((fold(words[0]),))):
            owners.setdefault(words[1], set()).add(o.key)  # "the Nepali Congress" ... "the Congress"
        for w in words:
            if _distinctive(w, gaz):
                owners.setdefault(w, set()).add(o.key)
    for o in occs:
        if o.kind not in (ORG, "drop") or " " in o.surface or is_acronym(o.surface):
            continue
        if o.kind == "drop" and o.surface in gaz.org_cues:
            continue  # a head noun alone that names nothing here
        if o.kind == "drop" and o.evidence & {"attributive", "common"}:
            continue  # "European negotiators": an adjective, not a name
        keys = owners.get(o.surface, set())
        if len(keys) == 1:
            o.kind, o.key = ORG, next(iter(keys))
    # "Shoei Kisen said" after "Shoei Kisen Kaisha": a firm's name without its head word, though it reads as a
    # person's (a name opened by a given name stays a person's: "Jane Goodall" beside "the Jane Goodall Institute")
    stems = _sole_owners((" ".join(o.surface.split()[:-1]), o.key) for o in occs
                         if o.kind == ORG and o.alias_of < 0 and len(o.surface.split()) >= 3
                         and o.surface.split()[-1] in gaz.org_cues and fold(o.surface.split()[0]) not in gaz.first_names)
    for o in occs:
        if o.surface in stems and o.kind in (ORG, PERSON, "candidate", "drop") \
                and not o.evidence & {"title", "age", "apposition", "first-name"}:
            o.kind, o.key = ORG, stems[o.surface]
    # "Alden Capital" after "Alden Global Capital": a firm's name less a middle word, its head kept
    bodies = _sole_owners(((o.surface.split()[0], o.surface.split()[-1]), o.key) for o in occs
                          if o.kind == ORG and o.alias_of < 0 and len(o.surface.split()) >= 3
                          and o.surface.split()[-1] in gaz.org_cues)
    for o in occs:
        words = (o.key if o.kind == ORG and o.key else o.surface).split()  # ("the Chinese ministry", recased)
        key = bodies.get((words[0], words[-1]), "") if len(words) >= 2 else ""
        if key and o.key != key and o.kind in (ORG, PERSON, "candidate") \
                and not o.evidence & {"title", "age", "apposition", "first-name"} and _subsequence(words, key.split()):
            o.kind, o.key = ORG, key
    # "the People's Party" after "the Mongolian People's Party": the name less its nationality is the same body
    remap = _sole_owners(_names_less_their_country(occs, gaz))
    for o in occs:
        # (its acronym too: "the Securities and Exchange Commission (SEC)" ... "the US Securities and ...")
        target = remap.get(o.surface) or remap.get(o.key)
        if target and o.kind == ORG and o.key != target:
            o.key = target


K = TypeVar("K", bound=Hashable)


def _names_less_their_country(occs: list[Occurrence], gaz: Gazetteer) -> Iterator[tuple[str, str]]:
    """Each body's name less its nationality or country, with the body's key: "People's Party" for "the
    Mongolian People's Party", "Electoral Commission" for "the Electoral Commission of Ghana", "Security
    Council" for "the U.N. Security Council"."""
    for o in occs:
        if o.kind != ORG:
            continue
        words = o.surface.split()
        # (or of the body it belongs to, by its abbreviation: "the U.N. Security Council" ... "the Security Council")
        if len(words) >= 3 and any(e.kind in ("demonym", "country") or e.kind == "org" and is_abbreviation(words[0])
                                   for e in gaz.lookup((fold(words[0]),))):
            yield " ".join(words[1:]), o.key
        of = o.surface.rfind(" of ")
        if of > 0 and words[-1] not in gaz.org_cues and any(
                e.kind == "country" for e in gaz.lookup(tuple(fold(w) for w in o.surface[of + 4 :].split()))):
            yield o.surface[:of], o.key


def _sole_owners(forms: Iterable[tuple[K, str]]) -> dict[K, str]:
    """Each shorter form with the key of the one body it can stand for (forms several bodies share: none)."""
    owners: dict[K, set[str]] = {}
    for form, key in forms:
        owners.setdefault(form, set()).add(key)
    return {form: next(iter(keys)) for form, keys in owners.items() if len(keys) == 1}


def _subsequence(short: list[str], long: list[str]) -> bool:
    """Every word of the shorter name, in order, in the longer one, which has more."""
    rest = iter(long)
    return len(short) < len(long) and all(w in rest for w in short)


def _distinctive(word: str, gaz: Gazetteer) -> bool:
    return (
        len(word) >= 4
        and word[:1].isupper()
        and word not in GENERIC_NAME_WORDS
        and word not in gaz.org_cues
        and word not in gaz.place_cues
        and not gaz.is_role_word(word)
        and word.lower() not in gaz.stopwords
        # (a listed firm's name is the text's longer name's word: "VinFast" of "VinFast Auto")
        and all(e.kind == "org" and e.org_type == "company" for e in gaz.lookup((fold(word),)))
        and not (word.endswith("s") and any(e.kind == "demonym" for e in gaz.lookup((fold(word[:-1]),))))
    )  # ("the Independent Greeks" ... "Greeks voted": a people, not the party)


def _short_forms(full_names: list[str]) -> dict[str, str]:
    """Later forms of a full name: "Lavrov", "Bagheri Kani", "Le Drian", "Burhan" (from "al-Burhan"); a form two
    names share goes to the first of ``full_names``."""
    return _first_owners(_short_form_owners(full_names))


def _first_owners(owners: dict[str, list[str]]) -> dict[str, str]:
    return {form: names[0] for form, names in owners.items()}


def _short_form_owners(full_names: list[str]) -> dict[str, list[str]]:
    """Each later form and the full names it can be short for, in the order of ``full_names``."""
    out: dict[str, list[str]] = {}
    for name in full_names:
        forms = _later_forms(name)
        if forms is None:
            continue
        for form in forms:
            owners = out.setdefault(form, [])
            if name not in owners:
                owners.append(name)
        out.setdefault(name.casefold(), []).append(name)
    return out


@functools.lru_cache(maxsize=4096)
def _later_forms(name: str) -> tuple[str, ...] | None:
    """The later forms of a full name, case-folded, in order; None for a name of one word, which has none.

    Cached: a name's forms are its own, and both decide_candidates and build_actors ask for the article's names."""
    parts = without_generation(name)  # "Ferdinand Marcos Jr.": later "Marcos"
    if len(parts) < 2:
        return None
    forms = [" ".join(parts[k:]) for k in range(1, len(parts))]
    if parts[0].lower() not in PARTICLES:
        forms.append(parts[0])  # family name first ("Wang Yi" -> "Wang"), or a given name used alone
    # a middle name used alone: "Luiz Inacio Lula da Silva" -> "Lula"
    forms.extend(p for p in parts[1:-1] if len(p) > 2 and p.lower() not in PARTICLES and not p.endswith("."))
    # the name without its last parts: "Haitham bin Tariq" for "Haitham bin Tariq Al Said" (three words at
    # least, or a patronymic's "bin": two words alone may be another's whole name, "Aung San" and "Aung San Suu Kyi")
    forms.extend(" ".join(parts[:k]) for k in range(2, len(parts)) if parts[k - 1].lower() not in PARTICLES
                 and (k >= 3 or any(p.lower() in PARTICLES for p in parts[:k])))
    bare = [p for k, p in enumerate(parts) if not (0 < k < len(parts) - 1 and _MIDDLE_INITIAL.fullmatch(p))]
    if 1 < len(bare) < len(parts):
        forms.append(" ".join(bare))  # "Gautam S. Adani" is later "Gautam Adani"
    if len(parts) == 2 and parts[0].lower() not in PARTICLES:
        forms.append(f"{parts[1]} {parts[0]}")  # surname first, as a ballot or a register writes it: "Biya Paul"
    barrels = parts[-1].split("-")
    if len(barrels) == 2 and all(b[:1].isupper() and b[1:].islower() for b in barrels):
        forms.extend(barrels)  # a double-barrelled surname used by one part: "Geerlings-Simons" is later "Simons"
    stripped = re.sub(r"^(?:al|el|ad|as|ash|ar|an|at|az)[-\u2019']", "", parts[-1])
    if stripped != parts[-1]:
        forms.append(stripped)
    return tuple(form.casefold() for form in forms)


def _one_body_in_brackets(orgs: list[Occurrence], paragraphs: list[Paragraph]) -> None:
    """"Viðreisn (Liberal Reform Party)", "the Optimist Party ... (Podemos)": a listed party's name and a
    body's name in brackets right after it are one body, under the name given first (the list knows
    parties of the same name elsewhere; the text says which one it means). So is an acronym in brackets
    after any body's name, though the gazetteer knows those letters as another's ("(NASA)")."""
    by_end = {(o.paragraph, o.last): o for o in orgs}
    same: dict[str, str] = {}
    registered: dict[str, KnownActor] = {}
    for o in orgs:
        toks = paragraphs[o.paragraph].tokens
        if not (0 < o.first < len(toks) and o.last < len(toks) and toks[o.first - 1].text == "(" and toks[o.last].text == ")"):
            continue
        first = by_end.get((o.paragraph, o.first - 1))
        if first is not None and first.key != o.key and ("party" in (first.org_type, o.org_type) or is_acronym(o.surface)):
            same.setdefault(o.key, first.key)  # (and "the National Super Alliance (NASA)": the text's own acronym)
            if o.known is not None and first.known is None and initials(first.surface) == initials(o.known.name):
                # "the Sudan Armed Forces (SAF)", with "Sudanese Armed Forces (SAF)" registered: the registry's body
                # under another spelling of its name (whose initials are the same)
                registered[first.key] = o.known
    for o in orgs:
        o.key = same.get(o.key, o.key)  # (wherever the name in brackets recurs: "Podemos said")
        if o.known is None and o.key in registered:
            o.known = registered[o.key]


def _bracketed_after(acronym: Occurrence, orgs: list[Occurrence]) -> str:
    """"the National Electoral Council (CNE)": an acronym in brackets right after a name is its alias,
    even when its letters follow another language."""
    if "parenthesised" not in acronym.evidence:
        return ""
    for o in orgs:
        if o.paragraph == acronym.paragraph and o.last == acronym.first - 1:
            return o.key
    return ""


def _acronym_of(acronym: str, orgs: list[Occurrence]) -> str:
    bare = acronym.replace(".", "")
    for o in orgs:
        if len(o.surface.split()) > 1 and initials(o.surface) == bare:
            return o.key
    return ""


def build_actors(
    occs: list[Occurrence], ctx: Context, known: Sequence[KnownActor]
) -> tuple[list[FoundActor], list[str]]:
    gaz = ctx.gaz
    people = [o for o in occs if o.kind == PERSON]
    full_names = sorted(dict.fromkeys(o.surface for o in people), key=lambda s: -len(s.split()))
    registry_people = {o.surface: o.known for o in people if o.known is not None}
    # a short form joins the fullest name in this article that contains it ("Johnson" joins the article's
    # "Mike Johnson" even when the registry knows another Johnson), a registry person included
    owners = _short_form_owners(full_names)
    short = _first_owners(owners)
    # a form that two people's names share ("Imamoglu" of "Ekrem Imamoglu" and later "his wife, Dilek Kaya
    # Imamoglu") is the one the text named in full first: a story names the other in full each time
    in_full = {name for name in full_names if short.get(name.casefold(), name) == name}  # (not forms of each other)
    first_told = list(dict.fromkeys(o.surface for o in sorted(people, key=lambda o: (o.paragraph, o.start))
                                    if o.surface in in_full))
    for o in people:
        full = short.get(o.surface.casefold(), o.surface)
        shared = [name for name in owners.get(o.surface.casefold(), ()) if name in in_full and name != o.surface]
        if len(shared) > 1:
            full = min(shared, key=first_told.index)
        if o.royal and not (full + " ").startswith(o.surface + " "):
            full = o.surface  # "Prince Johnson" is no middle name of "Ellen Johnson Sirleaf": a royal opens his own name
        if full != o.surface:
            o.key = full
            o.known = registry_people.get(full)
        elif o.known is None:
            o.key = o.surface
    join_alternatives(occs)  # "X, or Y,": Y follows X to its full name
    # country actors exist only when the country itself is named or its capital speaks for it
    named_countries = {o.key for o in occs if o.kind == COUNTRY} | {
        o.known.id for o in occs if o.kind == COUNTRY and o.known is not None
    }
    groups: dict[tuple[str, str], list[Occurrence]] = {}
    order: list[tuple[str, str]] = []
    for o in occs:
        if o.kind == "demonym":
            if o.key not in named_countries and (o.known is None or o.known.id not in named_countries):
                continue
            group = (o.known.id, "known") if o.known is not None else (COUNTRY, o.key)
        elif o.kind in (PERSON, ORG, COUNTRY):
            group = (o.known.id, "known") if o.known is not None else (o.kind, o.key)
        else:
            continue
        if group not in groups:
            groups[group] = []
            order.append(group)
        groups[group].append(o)
    actors: list[FoundActor] = []
    canonical: dict[str, str] = {}  # actor name -> gazetteer name, to meet the registry under any variant
    for group in order:
        members = groups[group]
        actor = _actor_of(group, members, gaz)
        for o in members:
            o.actor = actor.name
        actors.append(actor)
        if group[1] != "known":
            canonical[actor.name] = group[1]
    actors = _resolve_known(actors, occs, ctx, known, canonical)
    # a place goes by its gazetteer name when the text uses it, else by the form the text uses
    forms: dict[str, list[str]] = {}
    for o in occs:
        if o.kind == PLACE and o.key:
            forms.setdefault(o.key, []).append(o.surface)
    forms = _fold_sites_into_places(forms)
    places = [_place_called(key, surfaces) for key, surfaces in forms.items()]
    return actors, places


def _place_called(key: str, surfaces: list[str]) -> str:
    """A region goes by its fullest name when the text gives it once ("Nimba County", then "Nimba"), as a
    person does; any other place by its gazetteer name when the text uses it, else by the text's first form."""
    full = next((s for s in surfaces if s.startswith(key + " ") and s.split()[-1] in DIVISION_NOUNS), "")
    return full or (key if key in surfaces else surfaces[0])


def _fold_sites_into_places(forms: dict[str, list[str]]) -> dict[str, list[str]]:
    """"Kelso prison" and "Kelso camp" go by "Kelso" when the text also names the place bare (or as the
    end of a longer name, "HMP Kelso"): the lower-case noun says what stands there, not a second place."""
    out: dict[str, list[str]] = {}
    for key, surfaces in forms.items():
        words = key.split()
        n = len(words)
        while n > 1 and words[n - 1].islower() and words[n - 1] not in COAST_NOUNS:
            n -= 1  # ("the Atlantic coast" is a stretch of land, not the ocean)
        base = " ".join(words[:n])
        target = key
        if n < len(words):
            target = next((k for k in forms if k == base), "") or next(
                (k for k in forms if k != key and k.endswith(" " + base) and not k.split()[-1].islower()), key
            )
        out.setdefault(target, []).extend(surfaces if target == key else [target])
    return out


def _actor_of(group: tuple[str, str], members: list[Occurrence], gaz: Gazetteer) -> FoundActor:
    kind, key = group
    surfaces: list[str] = []
    for o in members:
        if o.surface not in surfaces:
            surfaces.append(o.surface)
    if key == "known":
        reg = members[0].known
        assert reg is not None
        return FoundActor(reg.name, reg.kind, [s for s in surfaces if s != reg.name], _role(members), reg.id)
    if kind == PERSON:
        # "Ferdinand Marcos Jr": the abbreviation's full stop ended the name (only a name holding "Jr" or "Sr" has one)
        name = _GENERATION_DOT.sub(r"\1.", key) if "Jr" in key or "Sr" in key else key
        royal = _royal_title(members, name)
        if royal:
            if name not in surfaces:
                surfaces.append(name)
            name = f"{royal} {name}"  # "Queen Elizabeth II", "Prince Henrik": a royal goes by title and name
    else:
        names = [
            s
            for s, o in ((o.surface, o) for o in members)
            if o.kind in (ORG, COUNTRY) and not o.evidence & {"seat", "lowercase", "people"} and not is_abbreviation(s)
        ]
        # a court's chamber names the court by the court's own name
        names = [n for n in names if FORMATION_HEADS.isdisjoint(n.split()) or not FORMATION_HEADS.isdisjoint(key.split())]
        name = max(names, key=len) if names else key
        if name.startswith(("the", "The")):
            name = _LEADING_THE.sub("", name)
    aliases = [s for s in surfaces if s != name and s + "." != name]
    return FoundActor(name, kind, aliases, _role(members) if kind == PERSON else "")


_GENERATION_DOT = re.compile(r"(\s(?:Jr|Sr))$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_REGNAL = re.compile(r"^[A-Z][\w'\u2019-]+(?:\s+[IVX]+)?$")


def _royal_title(members: list[Occurrence], name: str) -> str:
    """The royal title before a name that has no surname ("Prince Henrik", "Queen Elizabeth II"), or ""."""
    if not _REGNAL.match(name):
        return ""
    return next((o.royal for o in members if o.royal and o.surface == name), "")


def _role(members: list[Occurrence]) -> str:
    with_role = [o for o in members if o.role]
    if not with_role:
        return ""
    best = min(with_role, key=lambda o: (o.role_source, o.paragraph, o.start))
    return best.role.strip(" ,")


def _other_full_name(actor: FoundActor, reg: KnownActor, forms: list[str]) -> bool:
    """A body named in full that shares only a short form with a known body of another full name ("Amnesty
    International", "Amnesty" ~ "Amnesty International Indonesia"): a shared short form is no proof of
    identity, as a shared surname is none. (A registered acronym in the text resolves before this, where the
    name is read.)"""
    if norm(actor.name) in {norm(f) for f in (reg.name, *reg.aliases)}:
        return False
    return len(actor.name.split()) > 1 and len(reg.name.split()) > 1 and norm(reg.name) not in {norm(f) for f in forms}


def _resolve_known(
    actors: list[FoundActor], occs: list[Occurrence], ctx: Context, known: Sequence[KnownActor], canonical: dict[str, str]
) -> list[FoundActor]:
    """Actors the registry already has take its id, name and kind; two that resolve alike merge."""
    if not known:
        return actors
    index = ctx.known_by_norm
    merged: dict[str, FoundActor] = {}
    renamed: dict[str, str] = {}
    out: list[FoundActor] = []
    for actor in actors:
        # a person resolves by full name only: a shared surname is no proof of identity
        forms = [actor.name] if actor.kind == PERSON else [actor.name, *actor.aliases, *ctx.gaz.forms_of.get(actor.name, ())]
        forms += [*ctx.gaz.forms_of.get(canonical.get(actor.name, ""), ())]
        reg = next(filter(None, map(index.get, map(norm, forms))), None)  # (the first form the registry has)
        if reg is not None and _other_full_name(actor, reg, forms):
            reg = None
        if reg is None:
            out.append(actor)
            continue
        forms = [f for f in (actor.name, *actor.aliases) if f != reg.name]
        if reg.id in merged:
            target = merged[reg.id]
            target.aliases.extend(f for f in forms if f not in target.aliases)
            target.role = target.role or actor.role
        else:
            target = FoundActor(reg.name, reg.kind, forms, actor.role, reg.id)
            merged[reg.id] = target
            out.append(target)
        renamed[actor.name] = reg.name
    for o in occs:
        if o.actor in renamed:
            o.actor = renamed[o.actor]
    return out
