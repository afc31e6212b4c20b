"""Clues around a name: titles, appositions, ages, speech verbs, locatives.

They decide later what a leftover name is (``resolve``) and whether a capital
stands for its government or for a location.
"""

from __future__ import annotations

import re

from generator.ingest.gazetteer import Gazetteer, fold, key_of
from generator.ingest.occurrences import (
    ACQUIRING_VERBS,
    ACQUISITION_NOUNS,
    AGE,
    AUXILIARIES,
    BODY_VERBS,
    CHANNEL_NOUNS,
    CONTROL_SUFFIXES,
    COMPASS_POINTS,
    COUNTRY,
    DEAL_NOUNS,
    DETERMINERS,
    FACILITY_NOUNS,
    GENERATIONS,
    INSTITUTION_NOUNS,
    INVERTING_VERBS,
    IRREGULAR_PAST,
    KIND_ACRONYMS,
    KIN_WORDS,
    LAW_WORDS,
    LINKING_WORDS,
    LOCATIVES,
    MESSAGE_NOUNS,
    NON_LOCATIVE_HEADS,
    ORG,
    PARTY_WORDS,
    PAYING_WORDS,
    PEOPLE_AT,
    PLACE_ADJECTIVES,
    PLACE_BEFORE,
    PLACE_OF,
    PREDICATE_OPENERS,
    SEAT_HOLDERS,
    SPOKES_WORDS,
    THING_AFTER,
    TIME_NAMES,
    YEAR_OLD,
    Context,
    Occurrence,
    Unit,
    after_locative,
    awarded_before,
    age_set_off,
    governing_locative,
    institution_noun,
    is_acronym,
    is_area_noun,
    previous_word,
    previous_word_index,
    spells,
)
from generator.ingest.tokens import QUOTE_CHARS, Paragraph, Token


# what a city has and a government does not: "Berlin's airport", "Kabul's streets"
_CITY_PARTS = frozenset("airport airports streets street port harbour harbor outskirts suburbs centre center "
                        "mayor hospitals stadium skyline residents square squares districts neighbourhoods "
                        "neighborhoods".split())
# "the Houthis, who control Sanaa", "rebels seized Goma", "governed Mexico City from 2018": the city held
_HOLDING = frozenset("control controls controlled controlling seized seize seizes seizing captured capture captures "
                     "capturing governed governs overran besieged besieging shelled shelling".split())
_VISITING = frozenset("visited visit visits visiting toured reached entered".split())
_LEAVING = frozenset("left leaving fled fleeing evacuated quit".split())


def _court_of(toks: tuple[Token, ...], k: int) -> bool:
    """A court at token ``k``, or past two lower-case words or an ordinal ("district", "44th criminal")."""
    for t in toks[k : k + 3]:
        if t.text in ("court", "courts"):
            return True
        if not (t.word and (t.text.islower() or t.text[:1].isdigit())) or t.text in LOCATIVES or t.text in _ARTICLES:
            return False  # ("took Kyiv to court": the government, taken to a court)
    return False


_ARTICLES = frozenset("the a an".split())


def used_as_location(u: Unit, par: Paragraph) -> bool:
    """A capital after "in", "to", "the capital," ... is a place; as a subject or possessive, a government."""
    toks = par.tokens
    # "the capital, Nur-Sultan"
    if u.first >= 2 and toks[u.first - 1].text == "," and toks[u.first - 2].text.lower() in PLACE_BEFORE:
        return True
    nxt = toks[u.last] if u.last < len(toks) else None
    if nxt is not None and nxt.word and nxt.text.lower() in THING_AFTER:
        return True  # "the Vienna talks", "the Minsk agreements"
    if nxt is not None and nxt.word and (nxt.text.lower() in ("mayor", "mayoral", "mayoralty") or nxt.text in _LOCAL_AFTER):
        return True  # "the former Lima mayor", "a Bangkok hospital", "the Paris prosecutor": a city's, not a government's
    if nxt is not None and nxt.text in FACILITY_NOUNS and nxt.start == u.end + 1:
        return True  # "the Kabul airport", "the Berlin stadium": the city the site is in
    if nxt is not None and (nxt.text in _CONTEST_NAMES or (nxt.text.isdigit() and len(nxt.text) == 4)):
        return True  # "the Tokyo Olympics", "London 2012": the city that hosted a contest
    if nxt is not None and nxt.text == "'s" and any(t.text.lower() in _CITY_PARTS for t in toks[u.last + 1 : u.last + 3]):
        return True  # "Berlin's airport halted departures", "its main square": the city's, not the government's
    if _court_of(toks, u.last + 1 if nxt is not None and nxt.text == "'s" else u.last):
        return True  # "a Moscow court", "A Paris criminal court", "Bogotá's 44th criminal court": where it sits
    prev = previous_word(toks, u.first)
    if prev is not None and prev.text.lower() in ("from", "by", "with"):
        k = toks.index(prev) - 1
        if k >= 0 and toks[k].text.lower() in MESSAGE_NOUNS:
            return False  # "warnings from Washington", "pressure from Moscow": the government acts
    if after_locative(toks, u.first):
        return True
    if prev is None:
        return False
    if prev.text.lower() in PLACE_BEFORE or prev.text.lower() in _VISITING | _LEAVING | _HOLDING:
        return True  # ("visited Budapest for talks", "have left Tokyo": the city one travels to or from)
    if prev.text.lower() in PLACE_ADJECTIVES and prev.text[:1].islower():
        return True  # "the markets of central Cairo": a government has no centre
    if prev.text.lower() in ("over", "above") and (nxt is None or nxt.text != "'s"):
        return True  # "shot down over Kabul": the sky above the city, not its government
    if prev.text.lower() in ("of",):
        before = previous_word(toks, toks.index(prev))
        # "the outskirts of Kabul", "southwest of Havana", "20 km north of Kyiv"
        return before is not None and (before.text.lower() in PLACE_OF or before.text.lower() in COMPASS_POINTS)
    if prev.text.lower() == "for":
        before = previous_word(toks, toks.index(prev))
        return before is not None and before.text.lower() in DEPARTURE_VERBS  # "she left for Oslo"
    return False


_CONTEST_NAMES = frozenset("Games Olympics Olympic Paralympics Paralympic Expo".split())
# what a city has of its own, named after it: "a Bangkok hospital", "the Paris prosecutor", "the Kyiv metro"
_LOCAL_AFTER = frozenset("hospital hospitals hotel police prosecutor prosecutors metro subway suburb suburbs".split())
# verbs after which "for X" is where someone goes: "left for Oslo", "bound for Lagos"
DEPARTURE_VERBS = frozenset("left leave leaves leaving depart departs departed departing bound headed sailed".split())


_AT_A_BUILDING = frozenset("at in inside outside near into toward towards".split())
_MOTION = ("travel", "return", "head", "went", "go", "walk", "drove", "driv", "move", "came", "come", "flew", "fly", "march", "arriv", "rush")


def _in_the_one_word(occ: Occurrence, toks: tuple[Token, ...], the: int) -> bool:
    """A single unknown name after a locative and "the": what one is in, near or along is a place ("the
    Seine", "the Sahel"); bodies and papers one is in are known by name, acronym or cue word."""
    if the < 1 or toks[the].text != "the" or " " in occ.surface or is_acronym(occ.surface) or "attributive" in occ.evidence:
        return False
    if "-" in occ.surface and occ.surface.rsplit("-", 1)[1][:1].islower():
        return False  # "in the Sinhala-majority south": a description, no name
    before = toks[the - 1].text.lower()
    return before in _IN_THE and not (before == "in" and the >= 2 and toks[the - 2].text.lower() in _PUBLISHING)


_IN_THE = frozenset("in near along across into beyond throughout off".split())
_PUBLISHING = frozenset("wrote write writes written published publishes said says told reported column article "
                        "interview op-ed piece letter advertisement ad appeared".split())


def _to_a_person(occ: Occurrence, toks: tuple[Token, ...], to: int) -> bool:
    """"sent the files to Helena Kowalczyk", "from Kafka to Thomas Bernhard": after "to", a full name a
    given name opens is whom something goes to, unless a verb of motion or nearness says it is where
    ("flew to Victoria Falls", "next to Santa Maria")."""
    if to < 0 or toks[to].text.lower() not in ("to", "from") or not occ.evidence & {"first-name", "given-name"}:
        return False
    before = previous_word(toks, to)
    return before is None or not before.text.lower().startswith(_MOTION + _NEAR)


_NEAR = ("close", "closer", "next", "adjacent", "near")  # "close to Victoria Station": where, not whom


def seat_used_as_location(u: Unit, par: Paragraph) -> bool:
    """A seat of government as a building: "at the White House", "travelling to Downing Street";
    "a letter to the Kremlin" or "the White House said" is the government."""
    toks = par.tokens
    k = u.first - 1
    if k >= 0 and toks[k].text.lower() == "the":
        k -= 1
    if k < 0:
        return False
    low = toks[k].text.lower()
    if low in _AT_A_BUILDING:
        return True
    return low == "to" and k >= 1 and toks[k - 1].text.lower().startswith(_MOTION)


def _has_a_persons_mark(surface: str) -> bool:
    """A nickname in quotation marks (the chunk only runs through them for one) or a generation's mark after a
    full name."""
    if '"' in surface or "\u201c" in surface:
        return True
    words = surface.split()
    return len(words) > 2 and words[-1].rstrip(".").lower() in GENERATIONS


def used_as_channel(u: Unit, par: Paragraph, gaz: Gazetteer) -> bool:
    """A platform a message went out on: "wrote on Twitter", "said in a post on X", "via Telegram";
    or a publication a text came out in: "published in the Official Journal"."""
    return _channel_at(par.tokens, u.first, u.last, u.entries, gaz)


def _channel_at(toks: tuple[Token, ...], first: int, last: int, entries: tuple, gaz: Gazetteer) -> bool:
    """``used_as_channel`` of the name from token ``first`` to ``last`` (exclusive) that the gazetteer
    ``entries`` name; ``gather_evidence`` asks it of a name with none, with no unit made for the ask."""
    if last < len(toks) and toks[last].text in PLATFORM_PARTS:
        # "on his Facebook page", "in a Twitter post"; a movement's "account" of events keeps its author
        return not entries or any(e.org_type in ("company", "platform") for e in entries)
    if _listed_as_platforms(toks, first):
        # "26 apps, among them Facebook and X": a service named as one of the platforms is a medium
        return not entries or any(e.org_type in ("company", "platform") for e in entries)
    k = first - 1
    if k >= 1 and toks[k].text in ("on", "via"):
        before = toks[k - 1].text
        if any(e.org_type == "platform" for e in entries) and before.lower() not in _DONE_TO_A_FIRM and not (
                last < len(toks) and toks[last].text in ("'s", "\u2019s")):
            return True  # "rejected the figures on Twitter", "condemned the attack on X": where it was said
        if before.lower() in _TOPIC_VERBS:
            return False  # "cuts blamed on Jirama", "commented on X": what the words are about, not where they went out
        return before in gaz.speech_verbs or before in CHANNEL_NOUNS or before == "media"
    if k >= 0 and toks[k].text.lower() == "the":
        k -= 1
    if k < 1 or toks[k].text != "in" or toks[last - 1].text not in PUBLICATION_NOUNS:
        return False
    return toks[k - 1].text.lower() in PUBLISHING_VERBS


# verbs of saying whose "on" names what is spoken of, not the medium
_TOPIC_VERBS = frozenset("blame blamed blames blaming comment commented comments commenting report reported reports "
                         "reporting insist insisted insists agree agreed agrees brief briefed briefs".split())
# what is done to the firm that runs a service people post on (the gazetteer's "platform" bodies; a statement
# made "on" one is made through it, whatever the verb): "a ban on TikTok", "sanctions on Telegram" keep the firm
_DONE_TO_A_FIRM = frozenset("ban bans sanctions restrictions crackdown fine fines limits lawsuit pressure attack "
                            "attacks stake bet tax probe investigation ruling case block".split())
# nouns for services people post on, and the words that open a list of them
PLATFORM_NOUNS = frozenset("platform platforms app apps messengers".split())
LIST_OPENERS = frozenset("including them as like :".split())


def _listed_as_platforms(toks: tuple[Token, ...], first: int) -> bool:
    """"social media platforms, among them A, B and C", "apps such as A", "access to A and B": walk back over
    the other names of the list to the word that opens it, then to the platform noun the list belongs to."""
    k, opened = first - 1, False
    while k >= 0 and first - k <= 16:
        text = toks[k].text
        if text in PLATFORM_NOUNS:
            return opened or k == first - 1  # "the chat platform A", or a list opened after the noun
        if text == "to" and k and toks[k - 1].text.lower() == "access":
            return True  # "restricted access to X, YouTube and Instagram": services reached, not actors
        if text in LIST_OPENERS or text == "among" or text == "such":
            opened = True
        elif not (text in (",", "and", "or") or text[:1].isupper()):
            return False
        k -= 1
    return False


# what a platform carries: a name right before one is the medium ("a Kremlin statement" keeps its author)
PLATFORM_PARTS = frozenset("post posts page account accounts channel feed handle profile livestream platform".split())
# "published in the Official Journal", "appeared in the Federal Register": where a text came out, no actor
PUBLISHING_VERBS = frozenset("published printed appeared posted carried wrote written gazetted reprinted".split())
PUBLICATION_NOUNS = frozenset(
    "Journal Gazette Register Bulletin Times Post Herald Tribune Review Magazine Daily Telegraph Observer "
    "Chronicle Record Monitor Courier".split()
)


# heads that say how one party stands to another, not what a person does
RELATION_HEADS = frozenset("ally allies partner partners rival rivals".split())


# plurals of the place nouns, as lists of examples follow them: "cities such as X", "villages including Y"
PLACE_PLURALS = frozenset("cities towns villages regions provinces districts ports islands crossings suburbs".split())


def attach_lowercase_roles(occs: list[Occurrence], par: Paragraph, ctx: Context) -> None:
    """A title in lower case before a name: "Kremlin spokesman Dmitry Peskov", "national security adviser X"."""
    gaz = ctx.gaz
    toks = par.tokens
    by_end = {o.last: o for o in occs if o.kind in (ORG, COUNTRY, "demonym") and o.last}
    for occ in occs:
        if occ.kind != "candidate" or occ.role_source <= 1:
            continue
        # a bare rank before the name gives way to the title before it: "army chief of staff General X"
        end = occ.chain_first if occ.role_source == 3 and occ.chain_first >= 0 else occ.first
        j = end - 1
        has_head = False
        start = None
        while j >= 0 and toks[j].word:
            low = toks[j].text.lower()
            # "chief of staff", "head of state": the role runs on through "of"
            through_of = (
                j >= 2
                and toks[j - 1].text == "of"
                and low[:1] == toks[j].text[:1]
                and low not in gaz.stopwords
                and low not in gaz.role_heads  # "the head of chairman X" is no title
                and toks[j - 2].text.lower() in gaz.role_heads
            )
            if not through_of and not (gaz.is_role_word(low) and low not in gaz.stopwords):
                break
            has_head = has_head or low in gaz.role_heads
            start = toks[j].start
            j -= 2 if through_of else 1
        if not has_head or start is None:
            continue
        if j >= 0 and toks[j].text.lower() in ("its", "their") and toks[end - 1].text.lower() in RELATION_HEADS:
            continue  # "Hezbollah and its ally Amal": a body's ally or rival is another body, no title
        chain_first = j + 1
        if j >= 0 and j + 1 not in by_end and _owner_word(toks, j):
            start, chain_first = toks[j].start, j  # "Commons leader X", "Senate aide X": the body the title is of
        elif j >= 0 and j + 1 in by_end:
            owner = by_end[j + 1]
            owner.modifier = True
            start = owner.start
            chain_first = owner.first
        occ.role = par.plain[start : toks[end - 1].end]
        occ.chain_first = chain_first
        occ.role_source = 1
        occ.evidence.add("title")


_FOUNDING_VERBS = frozenset("founded co-founded cofounded incorporated".split())
# what only a body undergoes at a court's or a state's hand: "the court dissolved Future Forward"
_DISSOLVING_VERBS = frozenset("dissolved dissolve dissolves dissolving disbanded disband disbands disbanding".split())


def _bought_or_dealt_with(toks: tuple[Token, ...], k: int) -> bool:
    """Token ``k`` (the word before a name) makes the name a party to a deal, a thing bought or a body
    founded: "a deal with X", "the takeover of X", "paid for X", "bought X", "co-founded X"."""
    low = toks[k].text
    before = toks[k - 1].text.lower() if k >= 1 else ""
    if low in ACQUIRING_VERBS or low in _FOUNDING_VERBS or (low == "up" and before in ("set", "sets", "setting")):
        return True  # (and "co-founded X", "set up X": only bodies are founded)
    if low in _DISSOLVING_VERBS:
        return True  # "disbanded Thai Raksa Chart": only a body is dissolved or disbanded
    if low == "with":
        return before in DEAL_NOUNS
    if low == "of":
        return before in ACQUISITION_NOUNS
    if low == "for":
        j = k - 1
        while j > 0 and (toks[j].text[:1].isdigit() or toks[j].text in _AMOUNT_WORDS):
            j -= 1  # "paid $26 billion for X"
        return toks[j].text.lower() in PAYING_WORDS if j >= 0 else False
    return False


def attach_title_owners(occs: list[Occurrence], par: Paragraph, gaz: Gazetteer) -> None:
    """"Lebanon's caretaker Prime Minister X", "Chad's President X": the country or body that owns a title
    before a name is part of the role, and a modifier of it (the sentence is about X, not Lebanon)."""
    toks = par.tokens
    by_end = {o.last: o for o in occs if o.kind in (ORG, COUNTRY) and o.last}
    for occ in occs:
        if occ.role_source != 1 or occ.chain_first < 1 or not occ.role:
            continue
        j = occ.chain_first - 1
        while j > 0 and toks[j].word and toks[j].text.islower() and gaz.is_role_word(toks[j].text):
            j -= 1  # "caretaker", "acting", "interim"
        owner = by_end.get(j) if toks[j].text == "'s" else None
        if owner is None or owner.modifier:
            continue
        occ.role = par.plain[owner.start : toks[occ.first - 1].end]
        occ.chain_first = owner.first
        owner.modifier = True


def _owner_word(toks: tuple[Token, ...], j: int) -> bool:
    """A lone capitalised word (not a name's last word, not a sentence's first) heading a lower-case title."""
    tok = toks[j]
    if not tok.word or not tok.text[:1].isupper() or tok.initial:
        return False
    return j == 0 or not (toks[j - 1].word and toks[j - 1].text[:1].isupper())


# one person's relatives ("the son of X"; not "the children of Gaza", "a spokesman of the Kremlin")
_RELATIVES = frozenset("wife husband widow widower son daughter mother father brother sister grandson granddaughter "
                       "nephew niece fiancee fiancé".split())


def _speaks_past_a_participle(toks: tuple[Token, ...], k: int, gaz: Gazetteer) -> bool:
    """", appearing for the NGO, said": a participle's phrase set off by commas, then a verb of speech."""
    if k >= len(toks) or not (toks[k].text.islower() and toks[k].text.endswith("ing")):
        return False
    for j in range(k + 1, min(k + 15, len(toks) - 1)):
        if toks[j].text in QUOTE_CHARS:
            return False
        if toks[j].text == ",":
            verb = toks[j + 1].text
            return verb.islower() and verb in gaz.speech_verbs
    return False


def gather_evidence(occ: Occurrence, par: Paragraph, ctx: Context) -> None:
    gaz = ctx.gaz
    toks = par.tokens
    n = len(toks)
    nxt = toks[occ.last] if occ.last < n else None
    chain_first = occ.chain_first if occ.chain_first >= 0 else occ.first
    prev = toks[chain_first - 1] if chain_first else None
    if nxt is not None and nxt.text == "'s":
        occ.evidence.add("possessive")
        after = toks[occ.last + 1].text.lower() if occ.last + 1 < n else ""
        if after in KIN_WORDS:
            occ.evidence.add("apposition")  # "Navalny's widow", "Smith's lawyer": only people have those
        elif occ.last + 1 < n and toks[occ.last + 1].text[:1].isupper() and any(
                e.kind == "country" for e in gaz.lookup(key_of(toks[occ.last + 1].text))):
            occ.evidence.add("apposition")  # "Muammar Gaddafi's Libya", "Erdogan's Turkey": a country's ruler
    if prev is not None and prev.text == "of" and chain_first >= 2 and toks[chain_first - 2].text.lower() in _RELATIVES:
        occ.evidence.add("apposition")  # "the son of Seewoosagur Ramgoolam": only people have sons
    # ", who ..." follows people; ", which ..." follows everything else
    if nxt is not None and nxt.text == "," and occ.last + 1 < n and toks[occ.last + 1].text == "who":
        occ.evidence.add("who")
    # age: "Alikhan Smailov, 49," / "Amini, a 22-year-old student,"
    comma_after = nxt is not None and nxt.text == ","
    if comma_after and occ.last + 2 < n and AGE.fullmatch(toks[occ.last + 1].text) and toks[occ.last + 2].text in ",)":
        occ.evidence.add("age")
    if nxt is not None and nxt.text == "," and any(YEAR_OLD.fullmatch(t.text) for t in toks[occ.last + 1 : occ.last + 4]):
        occ.evidence.add("age")
    # speech: "X said", "X also told", "said X"
    k = occ.last
    while k < n and toks[k].word and toks[k].text.lower() in AUXILIARIES:
        k += 1
    if k < n and toks[k].text.lower() in gaz.speech_verbs and toks[k].text[:1].islower() and not _state_of_a_place(toks, k):
        occ.evidence.add("speech")
    if k < n and toks[k].text in BODY_VERBS:
        occ.evidence.add("acts")
    if prev is not None and prev.text in INVERTING_VERBS:
        occ.evidence.add("speech")
    if comma_after and _speaks_past_a_participle(toks, occ.last + 1, gaz):
        occ.evidence.add("speech")  # "Prashant Bhushan, appearing for the petitioners, said"
    # the phrases read off the text right before the name all end in a linking word: most names have none there
    linked = par.plain[max(0, occ.start - 80) : occ.start].rstrip().casefold().endswith(_LINKING_ENDS)
    if linked and _SEAT_FOR.search(par.plain, max(0, occ.start - 40), occ.start):
        occ.evidence.add("place-word")  # "the member of parliament for Githunguri": the seat, a place
    if linked and _PLACE_KNOWN_AS.search(par.plain, max(0, occ.start - 80), occ.start):
        occ.evidence.add("place-word")  # "the same crossing, known on the Slovenian side as Obrežje"
    if _INITIAL_FIRST.match(occ.surface):
        occ.evidence.add("first-name")  # "N. Chandrababu Naidu", "S. Jaishankar": an initial opens only a person's name
    if _has_a_persons_mark(occ.surface):
        occ.evidence.add("first-name")  # Vicente "Tito" Sotto III: a nickname, or a generation's mark, only a person has
    # (a post served needs a verb in lower case right after the name, or after its ", who": asked only then)
    verb_next = nxt is not None and nxt.word and nxt.text.islower() and nxt.text != "as"  # (_lower_word_at)
    post = _serves_as_a_post(toks, occ.last, gaz) if verb_next else None
    if post is None and occ.last + 2 < n and toks[occ.last].text == "," and toks[occ.last + 1].text == "who" \
            and _lower_word_at(toks, occ.last + 2):
        post = _serves_as_a_post(toks, occ.last + 2, gaz)  # "X, who took over as governor last week,"
    if post is not None:
        occ.evidence.add("apposition")  # "Kelvin Davis stays on as deputy leader": only people hold posts
        if occ.role_source > 2:
            occ.role, occ.role_source = par.plain[toks[post[0]].start : toks[post[1]].end], 2
    # apposition after: "X, the head of the Umma Party,"
    head = apposition_head(toks, occ.last, gaz) if comma_after else ""  # (read once: the two rules below ask it)
    if comma_after:
        role = _apposition_after(par, occ.last, gaz, head)
        if role:
            occ.evidence.add("apposition")
            if occ.role_source > 2:
                occ.role, occ.role_source = role, 2
    # apposition before: "the authoritarian ruler of Belarus, Alyaksandr Lukashenka"
    if prev is not None and prev.text == ",":
        role = _apposition_before(par, chain_first - 1, gaz)
        if role:
            occ.evidence.add("apposition")
            occ.role, occ.role_source = role, 0
        elif _people_listed_after(toks, chain_first - 1, gaz):
            occ.evidence.add("apposition")  # "two former chairmen of the committee, A and B"
    before_pair = _before_the_first(toks, chain_first, gaz) if prev is not None and prev.text == "and" else -1
    if before_pair > 0 and toks[before_pair].text == "," and _people_listed_after(toks, before_pair, gaz):
        occ.evidence.add("apposition")  # the second of "..., A and B": listed as A is, after a plural role
    # an institution named in apposition: "the lower house of parliament, the Majilis"
    k = occ.first - 1
    if k >= 0 and toks[k].text.lower() == "the":
        k -= 1
    # (not a name that goes on with its verb: "Speaking on the TF1 channel, Le Pen called": the subject after an
    # opening phrase)
    verb_after = nxt is not None and nxt.word and nxt.text[:1].islower()
    if k >= 1 and toks[k].text == "," and (toks[k - 1].text in INSTITUTION_NOUNS or _partner_body(toks, k - 1, occ.last)) and not (
        k >= 2 and toks[k - 2].text.lower() in _RANKS_OF_A_POST
    ) and not verb_after:  # ("the associate publisher, Chan Pui-man" is a person's post; "the state broadcaster, ZBC" a body)
        occ.evidence.add("institution")
    # "Alongside X, the court convicted ...": the comma closes a sentence's opening phrase, and what follows is
    # the sentence's subject, no description of X
    opening = occ.first >= 1 and toks[occ.first - 1].initial and toks[occ.first - 1].text.lower() in _OPENING_PREPOSITIONS
    if comma_after and not opening:
        if head in INSTITUTION_NOUNS:
            occ.evidence.add("institution")  # "X, the maker of ...", "X, a volunteer rescue group,"
        elif head in PLACE_APPOSITIONS or (head.endswith("s") and head[:-1] in PLACE_APPOSITIONS):
            occ.evidence.add("place-word")  # "X, the seafront promenade", "X, one of the busiest junctions"
    # a name used as an adjective ("to European customers") is no location; "in Hatay said" is no adjective
    lower_next = nxt is not None and nxt.word and nxt.text[:1].islower()
    if lower_next and not is_area_noun(nxt.text) and not _predicate(nxt.text) and nxt.text not in _NUMBER_WORDS and (
            nxt.text.lower() not in gaz.stopwords or plural_role(nxt.text.lower(), gaz)):  # ("to Republican lawmakers")
        if nxt.text not in gaz.speech_verbs:
            occ.evidence.add("attributive")
        if nxt.text in _OFFICE_NOUNS_AFTER and " " in occ.surface:
            occ.evidence.add("institution")  # "the Inter-Services Public Relations directorate said": the body's name
    _body_clues(occ, par, gaz)
    # location: "in Omdurman", "the city of X", "its twin city Omdurman", "the Fordow plant"
    pwi = previous_word_index(toks, occ.first)
    pw = toks[pwi] if pwi >= 0 else None
    gov = governing_locative(toks, occ.first)  # (after_locative's own look, read once for both tests)
    if gov >= 0 and not (toks[gov].text.lower() == "to" and awarded_before(toks, gov)) and not _to_a_person(occ, toks, gov):
        occ.evidence.add("locative")
    elif _in_the_one_word(occ, toks, pwi):
        occ.evidence.add("locative")  # "found in the Seine", "a new entrance near the Seine": a river, a region
    if pw is not None and pw.end <= occ.start:
        low = pw.text.lower()
        if low == "the" and pwi >= 2 and toks[pwi - 1].text == "of" and toks[pwi - 2].text.lower() in PLACE_OF:
            occ.evidence.add("place-word")  # "the banks of the Seine", "the outskirts of the capital"
        if low in LOCATIVES and not (low == "to" and awarded_before(toks, pwi)) and not _to_a_person(occ, toks, pwi):
            occ.evidence.add("locative")
        elif low in PLACE_BEFORE:
            occ.evidence.add("place-word")
        elif low == "of":
            before = previous_word(toks, pwi)
            if before is not None and (before.text.lower() in PLACE_OF or before.text.lower() in PLACE_PLURALS):
                occ.evidence.add("place-word")  # ("the villages of Wiler and Kippel")
        elif low in ("including", "like", "as"):
            # "crossings including Dorohusk", "towns such as X": an example of the place noun before it
            before = previous_word(toks, pwi)
            if before is not None and before.text.lower() == "such":
                before = previous_word(toks, toks.index(before))
            if before is not None and before.text.lower() in PLACE_BEFORE | PLACE_PLURALS:
                occ.evidence.add("place-word")
    if is_acronym(occ.surface) and (_named_body_follows(toks, occ.last) or _controls(occ, toks)):
        occ.evidence.add("institution")  # "the TASR news agency", "the PAN, PRI and PRD parties", "a GERB-led"
    area_next = nxt is not None and nxt.word and (is_area_noun(nxt.text) or _local_area(toks, occ.last))
    if area_next and _describes_a_people(occ.surface, nxt.text):
        pass  # "Arab states", "a North African country", "the Jewish settlement": a people's adjective
    elif area_next or _listed_before_areas(toks, occ.last):
        occ.evidence.add("area-noun")  # "his Sussex constituency", "the Rafah and Kerem Shalom crossings"
    # "Hove, in East Sussex": a place located in another
    if comma_after and occ.last + 2 < n and toks[occ.last + 1].text == "in" and toks[occ.last + 2].text[:1].isupper():
        if toks[occ.last + 2].text not in TIME_NAMES:  # "his fiancee, X, in February" is a time
            occ.evidence.add("located")
    if nxt is not None and nxt.word and nxt.text.lower() in THING_AFTER:
        occ.evidence.add("thing")
    if nxt is not None and nxt.text.isdigit() and " " not in occ.surface:
        occ.evidence.add("thing")  # "an investigation into Flight 1282": a numbered thing, no place
    if occ.first >= 2 and toks[occ.first - 1].text == "," and toks[occ.first - 2].text.lower() in PLACE_BEFORE:
        occ.evidence.add("place-word")
    if prev is not None and prev.text == "to" and chain_first >= 2 and toks[chain_first - 2].text.lower() in _LOST_TO:
        _not_a_location(occ, "acts")  # "lost to Mwai Kibaki", "handed power to X": a rival or a successor, no place
    if prev is not None and prev.text == "from" and _took_over(toks, chain_first - 1):
        _not_a_location(occ, "acts")  # "who took over from Ian Khama": a predecessor, no place
    # "Justices Jackton Ojwang and Njoki Ndung'u": a plural title before the name, or before the first of the pair
    title = prev if before_pair < 0 else toks[before_pair]
    if title is not None and title.word and title.text[:1].isupper() and plural_role(title.text.lower(), gaz):
        occ.evidence.add("title")
    if linked and _NAMED_AS.search(par.plain, max(0, occ.start - 40), occ.start):
        occ.evidence.add("title")  # "a woman who gave her name only as Candy", "identified only as Ahmed": a person
    if linked and _SOURCE_OF_DATA.search(par.plain, max(0, occ.start - 40), occ.start):
        occ.evidence.add("institution")  # "according to data from Tradeweb": a firm that keeps the figures
    if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")":
        if occ.first >= 2 and toks[occ.first - 2].text in LAW_WORDS:
            occ.evidence.add("thing")  # "the Foreign Corrupt Practices Act (FCPA)": a law's short name
        else:
            occ.evidence.add("common" if _spells_lowercase_words(occ.surface, toks, occ.first - 1) else "parenthesised")
    if pw is not None and pw.text.lower() in gaz.honorifics:
        occ.evidence.add("title")
    elif occ.last - occ.first > 1 and toks[occ.first].text.lower() in gaz.honorifics:
        occ.evidence.add("title")  # "Lady Hale": a peer's title opens the name the peer goes by
    # "Mekelle, the regional capital,": a place described in apposition
    if nxt is not None and nxt.text == "," and occ.last + 2 < n:
        words = [t.text.lower() for t in toks[occ.last + 1 : occ.last + 5] if t.word]
        if words and words[0] in ("the", "a", "an", "its") and not PLACE_BEFORE.isdisjoint(words[1:4]):
            occ.evidence.add("place-word")
    # "public broadcaster Yle", "the news agency Interfax", "the militant group X"
    if pw is not None and (institution_noun(pw.text) or pw.text in KIND_ACRONYMS) and pw.end < occ.start and not (
            "attributive" in occ.evidence and "place-cue" in occ.evidence):  # ("the giant Oyu Tolgoi copper mine")
        occ.evidence.add("institution")
    # "state-run BTV", "a government-owned Petrocorp": what is run or owned is a body (a place is run by no one)
    if pw is not None and pw.text[:1].islower() and pw.text.endswith(_RUN_BY) and pw.end + 1 == occ.start:
        occ.evidence.add("institution")
    # "a spokesperson for the Vanguard Fund": someone speaks for a body
    # (a lone word may be a leader's surname: "a spokesman for Netanyahu")
    spoken_for = pw is not None and pw.text == "for" and pwi >= 1 and toks[pwi - 1].text.lower() in SPOKES_WORDS
    if spoken_for and " " in occ.surface:
        occ.evidence.add("institution")
    # "analysts at Banco Base": people at an institution
    if pw is not None and pw.text == "at":
        k = pwi - 1
        if k >= 0 and toks[k].text.lower() in PEOPLE_AT:
            _not_a_location(occ, "institution")
    # "the Nobel Prize in Physiology or Medicine", "a degree in Law": a field, no place
    if _names_a_field(toks, pwi):
        _not_a_location(occ, "thing")
    # "a letter from X", "a pass from Giovani Lo Celso": what someone sent or played comes from a person
    if "locative" in occ.evidence and pw is not None and pw.text == "from" and pwi >= 1 \
            and toks[pwi - 1].text.lower() in MESSAGE_NOUNS and " " in occ.surface:
        _not_a_location(occ, "acts")
    if "locative" in occ.evidence and pw is not None and pw.text == "from" and pwi >= 1 \
            and toks[pwi - 1].text.lower() in _PLAYED:
        _not_a_location(occ, "apposition")  # "a pass from Vitinha": a player, though known by one name
    # "shares in Uniper", "a role in X": "in" that is not about a location
    if "locative" in occ.evidence and pw is not None:
        k = pwi - 1
        if k >= 0 and toks[k].text.lower() in NON_LOCATIVE_HEADS:
            occ.evidence.discard("locative")
            if toks[k].text.lower() in ("shares", "stake", "stakes"):
                occ.evidence.add("institution")  # only companies have shares
    if pw is not None and pw.text == "of" and pwi >= 1 and toks[pwi - 1].text in ("shares", "stake"):
        occ.evidence.add("institution")
    if nxt is not None and nxt.word and nxt.text in ("shares", "stock"):
        occ.evidence.add("institution")
    if _runs_a_firm(toks, occ, pw, pwi) or _holds_elections(toks, occ, pw, ctx):
        occ.evidence.add("institution")  # "co-founder of Parlo", "Parlo chief executive Ann Lee", "its coalition partner X"
    if pw is not None and _bought_or_dealt_with(toks, pwi):
        occ.evidence.add("body")
    if pw is not None and pw.text in ("its", "their", "his", "her", "our", "my", "your"):
        occ.evidence.add("owned")
    if _channel_at(toks, occ.first, occ.last, (), gaz):
        occ.evidence.add("channel")


# the posts of a business, which only bodies have: "the chief executive of X", "X's founder"
_RUN_BY = ("-run", "-owned", "-operated", "-funded")  # (not "-controlled", "-held": towns are)
_FIRM_POSTS = frozenset("executive founder co-founder cofounder chairman chairwoman chairperson ceo boss owner".split())
_BODY_POSTS = frozenset("president leader chairman chairwoman chairperson secretary-general vice-president".split())
_PARTNERS = frozenset("coalition junior senior governing ruling".split())


def _runs_a_firm(toks: tuple[Token, ...], occ: Occurrence, pw: Token | None, pwi: int) -> bool:
    """A one-word name whose business posts someone holds: "the co-chief executive of Parlo", "Parlo chief
    executive Ann Lee" (the post, then a name), or a party's place in a coalition: "its coalition partner Parlo"."""
    if " " in occ.surface:
        return False
    before = toks[pwi - 1].text.lower() if pw is not None and pwi >= 1 else ""
    if before == "general" and pwi >= 2 and toks[pwi - 2].text.lower() == "secretary":
        before = "secretary-general"  # "secretary general of Jamaat-e-Islami": a body's post, as a firm's are
    if pw is not None and (pw.text == "of" and (before in _FIRM_POSTS or before == "secretary-general")
                           or pw.text == "partner" and before in _PARTNERS):
        return True
    j = occ.last
    if j < len(toks) and toks[j].text == "chief":
        j += 1
    return (j + 1 < len(toks) and toks[j].text.lower() in _FIRM_POSTS and toks[j].text[:1].islower()
            and toks[j + 1].text[:1].isupper())


def _holds_elections(toks: tuple[Token, ...], occ: Occurrence, pw: Token | None, ctx: Context) -> bool:
    """"Umno president Ahmad Zahid", "Fidesz deputy leader X": an unknown one-word name before a body's elected
    post and a name is that body (a person holds no president; a common word or an acronym is no such name)."""
    j = occ.last
    while j < len(toks) and toks[j].text in ("deputy", "vice"):
        j += 1
    if not (j + 1 < len(toks) and toks[j].text in _BODY_POSTS and toks[j + 1].text[:1].isupper()):
        return False  # (the post and the name after it first: most names have none, and every test is a condition)
    word = occ.surface
    return not (occ.kind != "candidate" or " " in word or is_acronym(word) or word.lower() in ctx.lower_words
                or ctx.gaz.is_role_word(word) or (pw is not None and pw.text.lower() in ("the", "a", "an")))


# a party or a group: "the Bloc Quebecois", "the Greens", "the National Front"
PARTY_PLURALS = frozenset("Greens Democrats Republicans Socialists Liberals Conservatives Nationalists Communists".split())
# a legislature as the object of what is done to it: "prorogued Parliament", "dissolve the Assembly"
LEGISLATURES = frozenset("Parliament Congress Senate Assembly Legislature Diet Knesset Duma".split())
_PARTS_OF_LEGISLATURES = frozenset("houses chambers floor members session".split())
_DONE_TO_LEGISLATURES = ("prorogu", "dissolv", "suspend", "recall", "reconven", "adjourn")
# nouns after which a one-word world place is a place: "the Aceh governor", "Ishikawa police"
_PLACE_HOLDERS = frozenset(
    "governor governors province state region prefecture police officials authorities residents mayor "
    "governorate district".split()
)
_SEAT_VERBS = frozenset("won lost gained took holds held secured win lose gain take hold".split())


def _partner_body(toks: tuple[Token, ...], k: int, after: int) -> bool:
    """"its junior coalition partner, X": a partner in a body is a body too (a name going on after the
    occurrence, "the Democratic National Rally", is a longer name whose first word this is not)."""
    return toks[k].text in ("partner", "partners") and k >= 1 and toks[k - 1].text in INSTITUTION_NOUNS \
        and not (after < len(toks) and toks[after].text[:1].isupper())


def _controls(occ: Occurrence, toks: tuple[Token, ...]) -> bool:
    """"GERB-led", "ANC-backed": the name is the first part of a word whose end says it leads or backs."""
    tok = toks[occ.first]
    return occ.last == occ.first + 1 and tok.end > occ.end and tok.text[occ.end - tok.start :] in _CONTROL_ENDS


_CONTROL_ENDS = frozenset("-" + suffix for suffix in CONTROL_SUFFIXES)


def _body_clues(occ: Occurrence, par: Paragraph, gaz: Gazetteer) -> None:
    """What marks a name as a party, a group or a legislature, or a one-word name as a world place."""
    toks = par.tokens
    n = len(toks)
    words = occ.surface.split()
    before = toks[occ.first - 1].text if occ.first else ""
    nxt = toks[occ.last].text if occ.last < n else ""
    if nxt == "," and occ.last + 3 < n and toks[occ.last + 1].text == "led" and toks[occ.last + 2].text == "by":
        leader = toks[occ.last + 3].text
        if leader[:1].isupper() or gaz.is_role_word(leader):
            occ.evidence.add("institution")  # "X, led by Y,": Y leads a body ("led by her instinct" is no leader)
    k = occ.last
    if k < n and toks[k].text in _SEAT_VERBS and any(t.text == "seats" for t in toks[k + 1 : k + 5]):
        occ.evidence.add("institution")  # "X won 32 seats": a party
    if nxt == "," and k + 2 < n and toks[k + 1].text in _FOUNDED and toks[k + 2].text in ("in", "by"):
        occ.evidence.add("institution")  # "Credit Suisse, founded in 1856 by ...": a body has a founding
    j = k + 1 if nxt in ("'s", "\u2019s") else k
    if j < n and toks[j].text in _FIRMS_OWN and words[-1] not in gaz.place_cues:
        # "Credit Suisse shares", "X's shareholders": a company's ("the party's Old Hope Road headquarters":
        # a street's name before "headquarters" is where they stand)
        occ.evidence.add("institution")
    if before.lower() == "the":
        if len(words) > 1 and not PARTY_WORDS.isdisjoint(words):
            occ.evidence.add("institution")  # "the Bloc Quebecois"
        elif len(words) == 1 and occ.surface in PARTY_PLURALS:
            occ.evidence.add("group")  # "most of the Greens"
    if len(words) == 1 and occ.surface in LEGISLATURES:
        j = occ.first - 1 - (before.lower() == "the")
        if j >= 0 and toks[j].text.lower().startswith(_DONE_TO_LEGISLATURES):
            occ.evidence.add("group")
        elif j >= 1 and toks[j].text == "of" and toks[j - 1].text in _PARTS_OF_LEGISLATURES:
            occ.evidence.add("group")  # "both houses of the Diet", "the floor of Parliament"
    if len(words) <= 2 and nxt in _CONSTITUENCY_NOUNS and occ.kind == "candidate" and PARTY_WORDS.isdisjoint(words):
        prev = previous_word(toks, occ.first)
        if prev is None or prev.text.lower() in DETERMINERS:
            occ.evidence.add("place-word")  # "the Tambun MP", "his Langkawi seat": a constituency
    if occ.kind == "candidate" and _a_seat_won_or_held(toks, occ) and PARTY_WORDS.isdisjoint(words):
        occ.evidence.add("place-word")  # "held St Mary West by 943 votes", "his own seat, St Andrew Southern"
    if len(words) == 1 and nxt in _PLACE_HOLDERS and fold(occ.surface) in gaz.world_words:
        prev = previous_word(toks, occ.first)
        person_cue = prev is not None and (gaz.is_role_word(prev.text) or prev.text[:1].isupper())
        if not person_cue or prev.text.lower() in DETERMINERS:
            occ.evidence.add("place-word")  # "the Aceh governor", "Ishikawa police"


_CONSTITUENCY_NOUNS = frozenset("MP MPs seat constituency constituencies legislator".split())
# what is done to a seat, "held St Mary West by 943 votes" (and to seats, "won 32 seats")
_HELD_SEAT_VERBS = _SEAT_VERBS | frozenset("retained kept captured flipped".split())
_FOUNDED = frozenset("founded established formed created set".split())
_FIRMS_OWN = frozenset("shares shareholders stock headquarters subsidiary subsidiaries bondholders bonds".split())
POLITY_NOUNS = frozenset("state states country countries nation nations".split())
DEMONYM_ENDINGS = ("ish", "ese", "ian", "ean", "can")


def _a_seat_won_or_held(toks: tuple[Token, ...], occ: Occurrence) -> bool:
    """A constituency: what someone "held ... by 943 votes" (a person is beaten, not held, by votes), or
    the name set after "seat," or "constituency,"."""
    k = occ.last
    if occ.first >= 2 and toks[occ.first - 1].text == "," and toks[occ.first - 2].text in ("seat", "constituency"):
        return True
    return (occ.first >= 1 and toks[occ.first - 1].text in _HELD_SEAT_VERBS and k + 2 < len(toks)
            and toks[k].text == "by" and toks[k + 1].text.replace(",", "").isdigit()
            and toks[k + 2].text in ("votes", "vote"))


def _describes_a_people(surface: str, noun: str) -> bool:
    """A name before "states" or "countries" is a people or a region's adjective, since a place is no
    country; so is a word shaped like a nationality ("Flemish", "Andean") before any area noun."""
    return noun.lower() in POLITY_NOUNS or surface.split()[-1].lower().endswith(DEMONYM_ENDINGS)


# lower-case nouns after an acronym (or a list of them) that say it names a body
_BODY_NOUNS_AFTER = frozenset(
    "party parties agency agencies group groups alliance movement union unions bloc service services".split())


def _named_body_follows(toks: tuple[Token, ...], last: int) -> bool:
    """"the TASR news agency", "the A, B and C parties": a body noun, past one modifier, after the name
    or after the list the name opens."""
    j = last
    n = len(toks)
    while j < n and toks[j].text in (",", "and") and j - last < 12:
        j += 1
        if j >= n or not is_acronym(toks[j].text):
            return False
        j += 1
    for k in (j, j + 1):
        if k < n and toks[k].word and toks[k].text in _BODY_NOUNS_AFTER:
            return True
        if k >= n or not toks[k].word or not toks[k].text[:1].islower():
            return False
    return False


def _listed_before_areas(toks: tuple[Token, ...], last: int) -> bool:
    """Token ``last`` ends the first names of a list that a plural area noun closes: "the A, B and C crossings"."""
    j = last
    n = len(toks)
    seen_and = False
    while j < n and toks[j].text in (",", "and") and j - last < 20:
        seen_and = seen_and or toks[j].text == "and"
        j += 1
        if j >= n or not toks[j].text[:1].isupper():
            return False
        while j < n and toks[j].word and (toks[j].text[:1].isupper() or toks[j].text in ("al", "el")):
            j += 1
    return seen_and and j < n and toks[j].word and toks[j].text.endswith("s") and is_area_noun(toks[j].text)


# a count after a name starts a new phrase ("in Lucknow four days later"), no noun the name describes
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty hundred "
                          "hundreds thousand thousands million millions".split())


def _local_area(toks: tuple[Token, ...], k: int) -> bool:
    """"the Gokana local government area", "the Tamworth local council area": an area noun past the
    qualifiers of a local division."""
    if k >= len(toks) or toks[k].text.lower() != "local":
        return False  # (most names have no "local" after them: no words to lower-case)
    return any(is_area_noun(t.text.lower()) for t in toks[k + 1 : k + 4])


def _predicate(word: str) -> bool:
    """A verb, an auxiliary or an adverb after a name makes it no adjective: "in Hatay are", "X collapsed",
    "in Tel Aviv shortly before"."""
    return word in PREDICATE_OPENERS or word in IRREGULAR_PAST or (len(word) > 4 and word.endswith(("ed", "ly")))


_AMOUNT_WORDS = frozenset("$ \u20ac \u00a3 \u00a5 . , billion million trillion bn mn m about some nearly almost".split())

_OPENING_ADJECTIVES = frozenset(
    "new former small big large major main rival leading little other "
    # and superlatives: ", the nearest major Chinese landmass,", ", the country's largest port,"
    "nearest closest largest biggest smallest oldest newest youngest highest longest richest poorest busiest "
    "deadliest greatest strongest latest earliest fastest".split()
)

_SHORT_PARTICIPLES = frozenset("led run set known seen held built".split())


def skip_alternative(toks: tuple[Token, ...], comma: int) -> int:
    """After "X, or Y," the comma that closes Y (a second name of X); else ``comma`` itself."""
    j = comma + 1
    n = len(toks)
    if j + 1 >= n or toks[j].text != "or" or not (toks[j + 1].word and toks[j + 1].text[:1].isupper()):
        return comma
    k = j + 1
    while k < n and toks[k].word and (toks[k].text[:1].isupper() or toks[k].text in LINKING_WORDS) and k - j < 12:
        k += 1
    if k < n and toks[k].text == "," and toks[k - 1].text[:1].isupper():
        return k
    return comma


_TIME_ADVERBS = frozenset("once now formerly still previously later".split())


# heads of a description that make the name before it a place: "X, the seafront promenade in Y,"
PLACE_APPOSITIONS = frozenset(
    "promenade junction square street avenue boulevard road highway motorway bridge neighbourhood neighborhood "
    "suburb district quarter village town township seaport harbour harbor beach island archipelago "
    # sites and settlements: "Sednaya, the military prison north of the city"
    "prison camp airbase airport compound palace mosque cathedral stadium hospital crossing checkpoint dam refinery "
    "city province region county landmass peninsula coast state capital".split()
)


# prepositions that open a sentence with a phrase set off by a comma: "Alongside X, the court ..."
_OPENING_PREPOSITIONS = frozenset(
    "after alongside amid among apart before behind beside besides beyond despite except for including like unlike "
    "with without".split())


def apposition_head(toks: tuple[Token, ...], comma: int, gaz: Gazetteer) -> str:
    """The head noun of a description after a name: ", the Japanese electronics maker, " -> "maker";
    ", the party's leader," -> "leader"; ", a charity founded in 1990" -> "charity". "" when the
    comma opens no noun phrase (", said ..."). A second name (", or Y,") is looked past."""
    comma = skip_alternative(toks, comma)
    j = comma + 1
    if j + 1 < len(toks) and toks[j].text in _TIME_ADVERBS and toks[j + 1].text in ("the", "a", "an"):
        j += 1  # ", once the biggest developer,", ", now a unit of X,"
    elif j + 2 < len(toks) and toks[j].text == "one" and toks[j + 1].text == "of" and toks[j + 2].text == "the":
        j += 2  # ", one of the busiest junctions,": the head is plural
    if j < len(toks) and toks[j].text.lower() in ("the", "a", "an"):
        j += 1
    elif not (j < len(toks) and toks[j].word and toks[j].text[:1].isupper()):
        return ""  # "X, Norway's minister": a description with no article opens with a name
    head = ""
    for m, t in enumerate(toks[j : j + 7], j):
        low = t.text.lower()
        if t.text == "'s":
            head = ""  # the owner; the head comes after it
            continue
        if not head and low in _OPENING_ADJECTIVES:
            continue  # ", a new far-right group,": a common adjective the stopword list holds
        if low == "of" and head and toks[m - 1].text[:1].isupper() and _owner_named_with_of(toks, m + 1):
            continue  # ", the Council of Europe's commissioner,": a name's "of"; the head comes after its owner
        if not t.word or (low in gaz.stopwords and t.text.islower() and low not in INSTITUTION_NOUNS) \
                or _predicate(low) or low in _SHORT_PARTICIPLES:
            break  # (a capitalised word is a name's: "the main Yes campaign")
        if low.endswith("ing") and "-" not in low:
            following = toks[m + 1].text.lower() if m + 1 < len(toks) else ""
            if following in INSTITUTION_NOUNS or following in PLACE_APPOSITIONS:
                continue  # ", the crypto trading firm": a noun before the head, not a clause
            break  # (", the party's top decision-making body": a compound adjective goes on to the head)
        if head and low.endswith(("able", "ible")):
            break  # ", a vast business conglomerate answerable to ...": an adjective after the head qualifies it
        head = low
    return head


def _owner_named_with_of(toks: tuple[Token, ...], k: int) -> bool:
    """Capitalised words from token ``k`` that end in a possessive: the rest of an owner's name ("Europe's")."""
    while k < len(toks) and toks[k].word and toks[k].text[:1].isupper():
        k += 1
    return k < len(toks) and toks[k].text == "'s"


def _state_of_a_place(toks: tuple[Token, ...], k: int) -> bool:
    """"Guerrero state", "Rakhine state": the noun after a name, not the verb of saying."""
    return toks[k].text in ("state", "states") and k > 0 and toks[k - 1].text[:1].isupper()


_COPULAS = frozenset("is are was were".split())
_RELATIVE_WORDS = frozenset("who whom which that where".split())


def apposition_after(par: Paragraph, i: int, gaz: Gazetteer) -> str:
    """The role in ", the head of the Umma Party," right after a name (``i`` is the comma)."""
    return _apposition_after(par, i, gaz, apposition_head(par.tokens, i, gaz))


def _apposition_after(par: Paragraph, i: int, gaz: Gazetteer, head: str) -> str:
    """``apposition_after`` with the description's head noun read already (``apposition_head``)."""
    toks = par.tokens
    if head in INSTITUTION_NOUNS or head in PLACE_APPOSITIONS:
        return ""  # ", the maker of the PlayStation and its fiercest critic,": a body, whatever follows; ", the
        # nearest major landmass,": a place
    i = skip_alternative(toks, i)
    if age_set_off(toks, i):
        i += 2  # "X, 54, a former judge,": the age stands between the name and the description
    if i + 1 < len(toks) and toks[i + 1].text.lower() in ("whose", "which", "where"):
        return ""  # "Bihar, whose chief minister changed camps,": a clause about the name, no description of it
    j = i + 1
    if j < len(toks) and toks[j].text.lower() in DETERMINERS:
        j += 1
    start = j
    # ", one of the negotiators,", ", another of the group's representatives,"
    one_of = j + 1 < len(toks) and toks[j].text in ("one", "another") and toks[j + 1].text == "of"
    has_head = False
    known_as = -1  # ", the goalkeeper known as Bono,": the description ends before the other name
    while j < len(toks) and j - start < 14:
        t = toks[j]
        if not t.word and t.text not in ("'s", "-"):
            break
        if known_as < 0 and t.text == "known" and j + 1 < len(toks) and toks[j + 1].text == "as" and has_head:
            known_as = j
        if t.text in ("who", "whose") and j > start and has_head:
            break  # ", a former leader of the Democratic Party who narrowly lost ...": the description ends there
        if t.text in _COPULAS and j > start and not any(toks[m].text in _RELATIVE_WORDS for m in range(start, j)):
            return ""  # "Y, the deputy premier is Z": a clause of its own, no description of Y ("a warlord who is
            # now a senator" describes)
        if t.word and t.text.lower() in gaz.speech_verbs and t.text[:1].islower() and j > start \
                and not _state_of_a_place(toks, j):
            if toks[j - 1].text.lower() not in DETERMINERS:
                return ""  # ", who said ...": a clause; "in the state" is a noun after its article
        if t.word and (t.text.lower() in gaz.role_heads or (one_of and plural_role(t.text.lower(), gaz))):
            has_head = True
        j += 1
    if start >= len(toks) or not has_head or j >= len(toks) or (toks[j].text not in ",.;)(" and toks[j].text not in ("who", "whose")) or j == start:
        return ""
    opener = toks[start]
    if not (start > i + 1 or one_of or opener.text[:1].isupper() or gaz.is_role_word(opener.text)):
        return ""  # ", said Beijing was ..." is a clause, not a description
    return par.plain[toks[start].start : toks[(known_as if known_as > start else j) - 1].end]


def plural_role(word: str, gaz: Gazetteer) -> bool:
    """"organisers", "negotiators", "secretaries": a position's plural, as in ", one of the negotiators,"."""
    if word.endswith("men"):
        return word[:-3] + "man" in gaz.role_heads  # "chairmen", "spokesmen"
    if word.endswith("people"):
        return word[:-6] + "person" in gaz.role_heads  # "spokespeople", "chairpeople"
    if not word.endswith("s"):
        return False
    if word.endswith("ies") and word[:-3] + "y" in gaz.role_heads:
        return True
    return word[:-1] in gaz.role_heads or (word.endswith("es") and word[:-2] in gaz.role_heads)


def _not_a_location(occ: Occurrence, instead: str) -> None:
    """The word before the name looked like a locative but says something else the name is: a rival, a firm, a
    field."""
    occ.evidence.discard("locative")
    occ.evidence.add(instead)


def _names_a_field(toks: tuple[Token, ...], pwi: int) -> bool:
    """After "the Prize in", "a degree in" (and "X or" after them): the name of a field."""
    if pwi >= 2 and toks[pwi].text in ("or", "and") and toks[pwi - 1].text[:1].isupper():
        pwi -= 2  # "in Physiology or Medicine"
    return pwi >= 1 and toks[pwi].text in ("in", "for") and toks[pwi - 1].text in _FIELD_HEADS


_TAKE = frozenset("took take takes taking".split())


def _took_over(toks: tuple[Token, ...], k: int) -> bool:
    """"took over from", "took over as chief executive from": the "from" at token ``k`` names whom the post
    was taken from (the post may stand between, after "as", in up to four words)."""
    j = k - 1
    if j >= 1 and toks[j].text != "over":
        post = j
        while post > j - 4 and post > 0 and toks[post].word and toks[post].text != "as":
            post -= 1
        if toks[post].text != "as" or post == j:
            return False
        j = post - 1
    return j >= 1 and toks[j].text == "over" and toks[j - 1].text.lower() in _TAKE


_FIELD_HEADS = frozenset("Prize Prizes Award Awards Medal prize award medal degree degrees doctorate".split())
_PLAYED = frozenset("pass cross shot drive header strike free-kick corner tackle foul save assist flick lay-off "
                    "through-ball ball chip volley".split())
_LOST_TO = frozenset("lost losing lose loses defeat defeats handed handing passed ceded conceded succumbed "
                     # "a veteran of the opposition to Saddam Hussein", "an adviser to X": someone, no place
                     "opposition resistance successor heir adviser advisor loyal loyalty allegiance married".split())
_NAMED_AS = re.compile(r"\b(?:(?:gave|give|gives|giving)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as"
                       r"|identified\s+(?:only\s+)?as|known\s+only\s+as|(?:a|an)\s+(?:man|woman|resident|student)\s+named)\s+$", re.I)
_SOURCE_OF_DATA = re.compile(r"\b(?:data|figures|statistics|estimates|prices|quotes)\s+(?:from|by|compiled\s+by)\s+$", re.I)
# lower-case nouns for a body, after its name: "the Inter-Services Public Relations directorate"
_OFFICE_NOUNS_AFTER = frozenset("directorate agency ministry department commission authority regulator watchdog".split())
_RANKS_OF_A_POST = frozenset("associate deputy assistant executive managing senior acting former".split())
# people a place has, not posts: "residents of A, B and C" lists places
_NOT_POSTS = frozenset("resident residents citizen citizens villager villagers inhabitant inhabitants".split())


_SEAT_FOR = re.compile(r"\b(?:member of parliament|" + "|".join(sorted(SEAT_HOLDERS)) + r")\s+for\s+$", re.I)
_PLACE_KNOWN_AS = re.compile(
    r"\b(?:crossing|town|village|city|river|checkpoint|district|province|region|island|valley|square|border post)"
    r"\b,?\s+(?:also\s+)?(?:known|called)\b[^.,;]{0,40}\bas\s+$")
# the last words of _SEAT_FOR, _PLACE_KNOWN_AS, _NAMED_AS and _SOURCE_OF_DATA, right before the name (casefolded, as
# re.I takes "\u017f" for "s")
_LINKING_ENDS = ("for", "as", "named", "from", "by")
_INITIAL_FIRST = re.compile(r"[A-Z]\.\s?(?:[A-Z]\.\s?)?[A-Z][a-z]")


def _lower_word_at(toks: tuple[Token, ...], k: int) -> bool:
    """A word in lower case other than "as" at token ``k``: what ``_serves_as_a_post`` needs there (its first verb)."""
    return k < len(toks) and toks[k].word and toks[k].text.islower() and toks[k].text != "as"


def _serves_as_a_post(toks: tuple[Token, ...], k: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """The name (ending before token ``k``) is followed by a verb and "as" a post: "stays on as deputy leader",
    "was sworn in as president", "will serve as interim chairman"; the post's first and last tokens. How
    others see a thing says nothing of what it is ("is seen as a leader in batteries")."""
    j, verbs = k, 0
    while j < len(toks) and verbs < 4 and toks[j].word and toks[j].text.islower() and toks[j].text != "as":
        low = toks[j].text
        if low in _PERCEIVED or (low in gaz.stopwords and low not in _BEFORE_AS):
            return None  # "Parliament extended his term as commander": the post is his; "X and as premier"
        j, verbs = j + 1, verbs + 1
    if not verbs or j >= len(toks) or toks[j].text != "as":
        return None
    first = j + 1
    if first < len(toks) and toks[first].text in ("the", "a", "an"):
        first += 1
    for m in range(first, min(len(toks), first + 4)):
        t = toks[m]
        if not t.word:
            return None
        if t.text.islower() and t.text in gaz.role_heads:
            while m + 1 < len(toks) and toks[m + 1].text.islower() and toks[m + 1].text in gaz.role_heads:
                m += 1  # "deputy leader", "prime minister"
            return first, m
    return None


_BEFORE_AS = AUXILIARIES | frozenset("been be on in up back down out over".split())  # "has been sworn in as"
_PERCEIVED = frozenset("seen regarded considered viewed described known billed touted ranked hailed".split())


def _before_the_first(toks: tuple[Token, ...], chain_first: int, gaz: Gazetteer) -> int:
    """For B in "A and B" (``chain_first`` is B's first token): the token before A, whose capitalised words
    run back from the "and" to a plural title ("Justices") at most; -1 when A is no such name."""
    k = chain_first - 2
    while k > 0 and toks[k].word and toks[k].text[:1].isupper() and not plural_role(toks[k].text.lower(), gaz):
        k -= 1
    return k if 0 <= k < chain_first - 2 else -1


_CLAUSE_OPENERS = frozenset("who which that where when whose whom while".split())


def _people_listed_after(toks: tuple[Token, ...], comma: int, gaz: Gazetteer) -> bool:
    """"two former chairmen of the People's Committee of the province, A and B": a plural role, then only
    what qualifies it, then the comma that opens the list of the people it counts."""
    for j in range(comma - 1, max(-1, comma - 18), -1):
        t = toks[j]
        if not t.word and t.text not in ("'s", "\u2019s", "-"):
            return False
        low = t.text.lower()
        if t.text.islower() and (low in gaz.speech_verbs or low in PREDICATE_OPENERS or low in _CLAUSE_OPENERS):
            return False  # ("soldiers fired where Masra's party, X": the plural is another clause's subject)
        if t.text.islower() and plural_role(low, gaz):
            return low not in _NOT_POSTS
    return False


def _apposition_before(par: Paragraph, comma: int, gaz: Gazetteer) -> str:
    """The role in "the Ukrainian foreign minister, Dmytro Kuleba" (``comma`` is the comma's index)."""
    toks = par.tokens
    j = comma - 1
    end = j
    has_head = False
    while j >= 0 and comma - j < 12:
        t = toks[j]
        low = t.text.lower()
        if t.word and low in DETERMINERS:
            if j >= 1 and toks[j - 1].text in ("of", "for") and comma - j < 10 and (
                    j < 2 or gaz.is_role_word(toks[j - 2].text) or plural_role(toks[j - 2].text.lower(), gaz)):
                j -= 1  # "the chief of the navy": the role runs on through "of the" after a post (a name's, or
                continue  # a thing's, ends it: "the responsible attitude of the president of Bolivia, X")
            break
        if t.text == "'s":
            j -= 1  # the owner ("Sudan's deposed prime minister") is not part of the role
            break
        if t.text == "," and _inside_a_remit(toks, j, comma):
            j -= 1  # "the Minister of Finance, Planning and Statistics, X": a comma of the post's remit
            continue
        if not t.word and t.text != "-":
            return ""
        if t.word and low in ("in", "at", "to") and toks[j + 1].text[:1].isupper() and comma - j <= 3:
            j -= 1  # "Its spokesman in Congress, Aitor Esteban": where the post is held, part of the role
            continue
        if t.word and (low in gaz.speech_verbs or low in LOCATIVES - {"of", "for"}) and t.text[:1].islower():
            return ""
        if t.word and (low in PREDICATE_OPENERS or low in ("who", "which", "that")):
            return ""  # "... who lost their seats were former prime minister X, Y": a clause, not a title
        if t.word and (low in gaz.role_heads or ("-" in low and low.split("-")[0] in gaz.role_heads)):
            has_head = True  # "the editor-in-chief", "the commander-in-chief"
        j -= 1
    else:
        if j >= 0:
            return ""
    start = j + 1 if j >= 0 else 0
    while start <= end and (toks[start].text == "'s" or (toks[start].text.lower() in DETERMINERS)):
        start += 1
    if not has_head or start > end or not _ends_like_a_role(toks, start, end, gaz):
        return ""
    return par.plain[toks[start].start : toks[end].end]


def _inside_a_remit(toks: tuple[Token, ...], k: int, comma: int) -> bool:
    """Is the comma at ``k`` one of a remit's list, "of Finance, Planning and Statistics", which runs on in
    capitalised words and a last "and" up to ``comma``?"""
    if not (k >= 2 and toks[k - 1].text[:1].isupper() and toks[k + 1].text[:1].isupper()):
        return False
    seen_and = False
    for t in toks[k + 1 : comma]:
        if t.text == "and":
            seen_and = True
        elif not (t.text == "," or t.word and t.text[:1].isupper()):
            return False
    return seen_and and any(t.text in ("of", "for") for t in toks[max(0, k - 6) : k])


def _ends_like_a_role(toks: tuple[Token, ...], start: int, end: int, gaz: Gazetteer) -> bool:
    """A role ends on its head ("the foreign minister") or on the body or place it serves ("the head of the
    Umma Party"); "the minister met Kofi Mensah, Ama Owusu ..." ends on a name a verb governs: a list."""
    k = end
    while k >= start and (toks[k].text[:1].isupper() and toks[k].text.lower() not in gaz.role_heads
                          or toks[k].text in (",", "and") and k < end):  # (through a remit's list: "of Trade and Industry")
        k -= 1
    return k == end or k < start or toks[k].text.lower() in ("of", "for", "in", "at", "to", "the", "'s", "-")


def _spells_lowercase_words(acronym: str, toks: tuple[Token, ...], bracket: int) -> bool:
    """"a memorandum of understanding (MoU)", "gross domestic product (GDP)": an acronym that spells the
    uncapitalised words before its bracket abbreviates a term, not a body's name."""
    letters = acronym.replace(".", "").upper()
    if not is_acronym(acronym) or len(letters) > 6:
        return False
    start = bracket
    while start > 0 and toks[start - 1].word and toks[start - 1].text[:1].islower() and bracket - start < 8:
        start -= 1
    return any(spells(letters, toks[k:bracket]) for k in range(start, bracket))
