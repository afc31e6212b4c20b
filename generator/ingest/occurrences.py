"""The values entity finding passes between its steps, and the word lists they share.

A ``Unit`` is a capitalised word or a gazetteer name in a paragraph; an
``Occurrence`` is one place where the text names (or may name) an entity,
with the evidence gathered about it. ``Context`` carries what every step
reads: the gazetteer, the registry of known actors, the article's own words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Mapping

from generator.ingest.gazetteer import Entry, Gazetteer, fold
from generator.ingest.tokens import DIGIT_LED_NAME, Token
from generator.ingest.types import KnownActor

PERSON, ORG, COUNTRY, PLACE = "person", "organization", "country", "place"

# words that may link the capitalised words of a long name: "Competition and Markets Authority",
# "National Council for the Safeguard of the Homeland", "Electricite de France"
LINKING_WORDS = frozenset("of and for the in on at to de du des la le el y et da do dos das di del der für &".split())

# ("wa": "Bingu wa Mutharika", "Ngugi wa Thiong'o" - "of" in the Bantu languages' names; "arap", "ould", "ap",
# "bint": son or daughter of, in Kalenjin, Hassaniya, Welsh and Arabic names: "Daniel arap Moi")
PARTICLES = frozenset("von van der den de del dela della des di da das dos du la le los las bin ibn al el ben abu ter ten wa "
                      "arap bint binti ould zu af ap"
                      .split())

LOCATIVES = frozenset(
    "in at near from to into outside inside across around toward towards via through throughout within "
    "off along beyond between".split()
)

AREA_NOUNS = frozenset(
    "region province oblast district city town village area plant facility airport base port refinery reactor "
    "site county governorate state prefecture municipality enclave neighbourhood neighborhood suburb "
    "settlement camp valley island archipelago peninsula constituency borough ward parish riding crossing checkpoint "
    "residents inhabitants villagers".split()
)


def is_area_noun(word: str) -> bool:
    """"province", and the plurals a list of places takes: "the Rafah and Kerem Shalom crossings"."""
    if word in AREA_NOUNS:
        return True
    if word.endswith("ies"):
        return word[:-3] + "y" in AREA_NOUNS
    return word.endswith("s") and word[:-1] in AREA_NOUNS

# lower-case nouns that make the name before them a geographic feature: "the Amazon rainforest"
GEOGRAPHIC_NOUNS = frozenset(
    "rainforest rainforests forest forests jungle river basin delta valley desert mountains range coast coastline "
    "region lowlands highlands plateau glacier glaciers".split()
)

# sites people build or name by what stands there: "the Qiz Qalasi dam", "the Kabul airport"
FACILITY_NOUNS = frozenset(
    "airport plant port palace refinery airbase reactor station base airfield stadium camp prison crossing corridor "
    "dam forest mosque bridge reservoir courthouse highway motorway expressway mine school hospital clinic".split()
)

# nouns for what carries a message: "in a post on X", "a video on Telegram"
CHANNEL_NOUNS = frozenset("post posts message messages video videos statement account page channel feed broadcast".split())

PLACE_BEFORE = frozenset(
    "city town village region province district capital port resort enclave suburb borough neighbourhood neighborhood "
    "island islands atoll crossing crossings".split()
)

# "the outskirts of X", "the mayor of X": heads that make the name after "of" a place
PLACE_OF = PLACE_BEFORE | frozenset(
    "outskirts residents streets mayor mayors governor governors centre center heart suburbs state county island "
    "area banks shores mouth edge edges fringes periphery".split())

# the ends of "GERB-led", "al-Qaeda-linked", "GateHouse-owned": the name before one is someone who leads,
# backs or owns something, an actor
CONTROL_SUFFIXES = frozenset(
    "led backed run controlled owned dominated aligned allied linked affiliated funded sponsored supported".split())

# a competition's name, and what is played in it: "the Champions League final", "a Premier League club"
COMPETITION_HEADS = frozenset("League Cup Liga Championship Championships Bundesliga Series Open".split())
COMPETITION_PARTS = frozenset(
    "final finals title titles club clubs match matches clash season seasons campaign trophy semi-final semi-finals "
    "semifinal quarter-final quarter-finals quarterfinal game games winners champions side sides tie ties debut "
    "goal goals record records fixture fixtures group round table standings".split())

# words between a locative and its place: "in central Tbilisi", "across the occupied south"
PLACE_ADJECTIVES = frozenset(
    "central downtown northern southern eastern western northeastern northwestern southeastern southwestern "
    "coastal occupied besieged embattled war-torn rural suburban old greater inner north south east west "
    "north-east north-west south-east south-west north-eastern north-western south-eastern south-western "
    "nearby neighbouring neighboring".split()
)

THING_AFTER = frozenset(
    "pipeline summit agreement agreements accord accords treaty deal talks format process war project meeting "
    "conference negotiations protocol declaration communique".split()
)

NON_LOCATIVE_HEADS = frozenset(
    "shares share stake stakes investment investments interest interests holding holdings confidence trust faith "
    "belief role part involvement participation".split()
)

MESSAGE_NOUNS = frozenset(
    "warning warnings pressure criticism support message messages call calls request requests response demand "
    "demands threat threats aid help backing objections opposition condemnation approval invitation letter offer "
    "proposal proposals signal signals assurances guarantees sanctions talks agreement deal protest protests".split()
)

RANKS = frozenset("general colonel lieutenant major captain admiral commodore marshal sergeant brigadier commander corporal".split())

# words that make the rank after them a two-word rank: "Rear Admiral", "Colonel Major", "Staff Sergeant"
RANK_QUALIFIERS = RANKS | frozenset("rear vice staff field wing flight lance master chief".split())

# Nouns that say what kind of body a name is: "the publisher X", "X, a volunteer rescue group,".
INSTITUTION_NOUNS = frozenset(
    "parliament legislature house assembly council court agency committee militia group party alliance bloc "
    "coalition movement company firm network broadcaster newspaper ministry service chamber senate union "
    "organisation organization body authority broadcaster channel outlet newspaper daily website agency firm "
    "militia group insurgents association charity foundation federation confederation institute society club "
    "nonprofit non-profit ngo watchdog monitor regulator faction sponsor sponsors "
    "maker manufacturer carmaker automaker chipmaker drugmaker planemaker steelmaker shipbuilder homebuilder "
    "producer publisher developer studio retailer supplier operator provider lender bank insurer airline carrier "
    "conglomerate giant startup start-up subsidiary unit brand label utility miner refiner shipper campaign "
    "corps regiment battalion brigade squadron cartel gang syndicate diocese archdiocese "
    "tabloid weekly magazine broadsheet paper portal".split()
)

# acronyms that say what a body is, not which one: "the NGO Common Cause" (as "the charity" would)
KIND_ACRONYMS = frozenset({"NGO", "NGOs"})


def institution_noun(word: str) -> bool:
    """"the news agency", and in the plural before a list: "the grid operators X and Y", "the lenders X and Y"."""
    if word in INSTITUTION_NOUNS:
        return True
    return word.endswith("ies") and word[:-3] + "y" in INSTITUTION_NOUNS or (
        word.endswith("s") and word[:-1] in INSTITUTION_NOUNS and word not in ("sponsors", "insurgents"))


DETERMINERS = frozenset("the a an his her its their our my your this that whose".split())

KIN_WORDS = frozenset(
    "wife husband widow widower son daughter sons daughters mother father brother sister children family "
    "lawyer lawyers attorney spokesman spokeswoman spokesperson aide aides bodyguard parents grandson "
    "granddaughter nephew niece fiancee fiancé girlfriend boyfriend".split()
)

PEOPLE_AT = frozenset(
    "analysts analyst economists economist researchers researcher officials official experts expert strategists "
    "sources scientists scientist staff workers employees employee executives executive professor fellow "
    "banker bankers trader traders lawyer lawyers consultant consultants engineer engineers partner partners "
    "editor editors".split()  # (not "reporters": "told reporters at Government House" is where they stood)
)

AUXILIARIES = frozenset("also has had have was is were would will could may might then later again once now".split())

# Lower-case words that open a predicate: a name right before one is a subject ("in Gaziantep are"),
# not an adjective ("to European customers").
# the past forms of irregular verbs news tells with: "built", "held", "shrank" (the others end in "-ed")
IRREGULAR_PAST = frozenset(
    """said told took made met began broke held gave went came saw knew thought brought bought sent spent left kept
    lost won ran rose fell led struck spoke wrote drove flew fled fought caught taught sought stood understood sat
    paid laid meant felt found heard hid chose froze stole swore tore wore threw grew drew shook became overtook
    undertook withdrew woke got forgot beat blew built dealt dug fed hung lent lit rode rang sang sank shot slid
    spun stuck swept swung sprang upheld withheld overthrew oversaw arose bore sold slept wept underwent forbade
    set put cut hit quit cast spread let shut upset bid hurt read shrank sank swam drank bent bled bred forgave
    bit strove thrust shed split leapt knelt crept sped stung clung flung overran overcame overrode outran outgrew
    rebuilt rewrote retook redrew foresaw mistook misled overheard withstood undid""".split()
)

PREDICATE_OPENERS = AUXILIARIES | frozenset(
    "are be been being can must shall should do does did remain remains remained still".split()
)

# Speech verbs that put the speaker after them: '"...," said X', '"...," added X'. After other speech
# verbs a name is their object ("welcomed X", "praised X"), which may be anything.
INVERTING_VERBS = frozenset(
    "said says added adds asked told wrote writes replied continued noted explained insisted tweeted posted".split()
)

# What only bodies are: dealt with ("a deal with X"), bought ("bought X", "the takeover of X", "paid for X").
DEAL_NOUNS = frozenset("deal deals agreement agreements contract contracts partnership merger alliance tie-up".split())
ACQUISITION_NOUNS = frozenset("acquisition takeover purchase buyout sale merger".split())
ACQUIRING_VERBS = frozenset("bought buy buys buying acquired acquire acquires acquiring".split())
PAYING_WORDS = frozenset("paid pay pays paying bid bids offer offers".split())
# Verbs whose one-word subject, met nowhere else as a person, is a body: "Valtra sued", "Nordbank agreed"
BODY_VERBS = frozenset("signed agreed sued bought acquired sold merged invested hired settled filed".split())

AGE = re.compile(r"\d{1,3}")

# the head words of parties' and movements' names: "the Bloc Quebecois", "the All People's Congress"
PARTY_WORDS = frozenset("Bloc Front Alliance Union League Party Movement Congress Coalition".split())

# a stretch of land along a sea, named with the sea: "the Atlantic coast" (a place of its own)
COAST_NOUNS = frozenset(["coast"])  # ("the Gulf of Aden coastline" is told as the gulf)

# the capitalised nouns a region's own name may end in: "Ishikawa Prefecture", "Nimba County"
DIVISION_NOUNS = frozenset("Province Region Oblast Krai District County Governorate Prefecture State".split())

# compass words, as places and bearings are named by them: "southwest of Havana", "North-Western Province"
COMPASS_POINTS = frozenset(
    "north south east west central northern southern eastern western northeast northwest southeast southwest "
    "north-east north-west south-east south-west northeastern northwestern southeastern southwestern "
    "north-eastern north-western south-eastern south-western".split())
YEAR_OLD = re.compile(r"\d{1,3}-year-old")


def age_set_off(toks: tuple[Token, ...], comma: int) -> bool:
    """", 54," from the comma at ``comma``: a person's age between commas after the name."""
    return (comma + 2 < len(toks) and toks[comma].text == "," and toks[comma + 1].text.isdigit()
            and len(toks[comma + 1].text) <= 3 and toks[comma + 2].text == ",")


@dataclass(slots=True)
class Unit:
    """A capitalised word, or a gazetteer or registry name, inside a paragraph."""

    first: int  # token index
    last: int  # token index, exclusive
    start: int  # character offsets
    end: int
    text: str
    entries: tuple[Entry, ...] = ()
    known: KnownActor | None = None
    compound: bool = False  # a part of a hyphenated word ("Moscow-backed")
    # one plain word, that no list knows. (Set once when made, as a unit is never changed after: the rules ask it
    # some 600 times an article, and a property is a call each time.)
    single: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.single = self.last - self.first == 1 and not self.entries and self.known is None


@dataclass(slots=True)
class Occurrence:
    """One place in the text that names an entity (or may, once evidence is weighed)."""

    paragraph: int
    first: int
    last: int
    start: int
    end: int
    surface: str
    kind: str  # person | organization | country | place | demonym | candidate
    key: str = ""  # canonical name for gazetteer entities
    role: str = ""
    role_source: int = 9  # 0 apposition before, 1 title, 2 apposition after: lower wins
    evidence: set[str] = field(default_factory=set)
    modifier: bool = False  # part of someone else's title ("Russian" in "Russian President X")
    chain_first: int = -1  # token where the title before the name begins
    known: KnownActor | None = None
    org_type: str = ""
    actor: str = ""  # the FoundActor.name it resolves to
    alias_of: int = -1  # "X, or Y,": Y names whatever X (ending at this token) names
    royal: str = ""  # the royal title right before the name ("Prince" in "Prince Henrik"), whatever role wins


@dataclass(frozen=True, slots=True)
class Context:
    gaz: Gazetteer
    known: dict[tuple[str, ...], KnownActor]
    known_max: int
    lower_words: frozenset[str]  # words the article also writes in lower case
    known_prefixes: frozenset[tuple[str, ...]] = frozenset()
    known_by_norm: Mapping[str, KnownActor] = field(default_factory=dict)


# names of days and months, shared by every stage: "in January, X" opens no list of places
DAY_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
SPELLED_ORDINALS = frozenset("First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth".split())
MONTH_NAMES = frozenset("January February March April May June July August September October November December".split())
MONTH_ABBREVIATIONS = frozenset("Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec".split())
TIME_NAMES = DAY_NAMES | MONTH_NAMES


def previous_word(toks: tuple[Token, ...], i: int) -> Token | None:
    """The word before token ``i``, looking through quotation marks but not other punctuation."""
    j = previous_word_index(toks, i)
    return toks[j] if j >= 0 else None


def previous_word_index(toks: tuple[Token, ...], i: int) -> int:
    """The index of ``previous_word(toks, i)``, or -1 when there is none."""
    j = i - 1
    while j >= 0 and not toks[j].word:
        if toks[j].text not in "\"\u201c\u201d":
            return -1
        j -= 1
    return j


def after_locative(toks: tuple[Token, ...], i: int) -> bool:
    """True when token ``i`` opens, or continues, a list governed by "in", "to", "near"...:
    "in Istanbul, London and Los Angeles". A list does not run on across a quotation mark
    ('"... to Team Xbox," Phil Spencer wrote')."""
    j = governing_locative(toks, i)
    return j >= 0 and not (toks[j].text.lower() == "to" and awarded_before(toks, j))


def governing_locative(toks: tuple[Token, ...], i: int) -> int:
    """The index of the locative that governs the list token ``i`` opens or continues, or -1."""
    j = i - 1
    while j >= 0 and toks[j].text.lower() in PLACE_ADJECTIVES:
        j -= 1  # "in central Tbilisi", "in the besieged city"
    for step in range(12):
        if step == 0:
            while j >= 0 and toks[j].text in ('"', "\u201c"):
                j -= 1  # 'in "Kyiv"'
        if j < 0:
            return -1
        low = toks[j].text.lower()
        if low in LOCATIVES:
            return j
        if toks[j].text not in (",",) and low not in ("and", "or"):
            return -1
        j -= 1  # the list separator; now skip the previous item's capitalised words
        if j < 0 or not toks[j].text[:1].isupper() or toks[j].text in TIME_NAMES:
            return -1  # "in January, Nokia and Vodafone ...": a time, not a list of places
        while j >= 0 and toks[j].word and toks[j].text[:1].isupper():
            j -= 1
    return -1


# "the prize went to X, Y and Z", "was awarded to X": those given something, no places
_AWARDING = frozenset("awarded granted presented given bestowed".split())
_AWARDS = frozenset("prize prizes award awards medal medals honour honor trophy title".split())


def awarded_before(toks: tuple[Token, ...], to: int) -> bool:
    before = toks[to - 1].text.lower() if to else ""
    if before in _AWARDING:
        return True
    return before == "went" and any(t.text.lower() in _AWARDS for t in toks[max(0, to - 5) : to - 1])


def is_acronym(text: str) -> bool:
    """"NATO", "U.N.", and the mixed forms of linked initials: "AfD", "PiS", "MoD" (one small letter
    between capitals, as parties and departments abbreviate "für", "i", "of")."""
    return " " not in text and _is_acronym_word(text)


@functools.lru_cache(maxsize=1 << 14)
def _is_acronym_word(text: str) -> bool:
    """``is_acronym`` for one word; cached, as the rules ask it of the same few names over a hundred times an article."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2:
        return False
    if all(c.isupper() for c in letters):
        return True
    return 3 <= len(letters) <= 4 and letters[0].isupper() and letters[-1].isupper() and sum(c.islower() for c in letters) == 1


def initials(name: str) -> str:
    words = re.split(r"[\s\-]+", name)
    return "".join(w[0] for w in words if w and w[0].isupper())


def post_by_its_initials(role: str) -> bool:
    """A post of capitalised words that its initials may stand for ("Chief Justice of India": "CJI"), not a
    body's name with a lower-case title after it ("National Democratic Congress leader")."""
    words = role.split()
    return len(words) >= 2 and all(w[:1].isupper() or w in LINKING_WORDS for w in words)


@functools.lru_cache(maxsize=4096)
def norm(text: str) -> str:
    text = fold(text).casefold()
    text = re.sub(r"[^\w' ]+", " ", text)
    return re.sub(r"^the ", "", " ".join(text.split()))


def spells(acronym: str, toks: tuple[Token, ...]) -> bool:
    """True when the words' initials spell ``acronym``; linking words may give their letter or not."""
    words = [(fold(t.text), t.text in LINKING_WORDS) for t in toks if t.word]

    @functools.lru_cache(maxsize=None)
    def match(a: int, w: int) -> bool:
        if w == len(words):
            return a == len(acronym)
        text, linking = words[w]
        if linking and match(a, w + 1):
            return True
        for letters in word_letters(text):
            if acronym.startswith(letters, a) and match(a + len(letters), w + 1):
                return True
        return False

    return match(0, 0)


def word_letters(text: str) -> list[str]:
    """What a word may give an acronym: its initial, the initials of its hyphenated parts, or itself (an acronym)."""
    out = [text[:1].upper()]
    if DIGIT_LED_NAME.fullmatch(text):
        out.append(text[: len(text) - len(text.lstrip("0123456789")) + 1])  # "1Malaysia" gives "1M" ("1MDB")
    parts = [p for p in text.split("-") if p]
    if len(parts) > 1:
        out.append("".join(p[0].upper() for p in parts if p[0].isupper() or p[0].isdigit()))
    if is_acronym(text):
        out.append(text.replace(".", ""))
    return out


# followers of a faith, counted: "700 Tamil Hindus" is a community, not a person's name
FAITHFUL = frozenset("Muslims Christians Jews Hindus Buddhists Sikhs Catholics Protestants Sunnis Shias Shiites".split())
# the head words of a law's or a document's name, whose short name in brackets is no body's ("the Foreign Corrupt
# Practices Act (FCPA)"); a "Framework" or a "Convention" may be a coalition or a party
LAW_WORDS = frozenset("Act Law Bill Treaty Accord Accords Agreement Protocol Charter Directive Regulation Index "
                      "Plan Programme Program Initiative Strategy Memorandum Declaration Resolution".split())
# a faith's or sect's adjective before a body's own name describes it: "the Shi'ite Popular Mobilisation Forces"
SECT_WORDS = frozenset("Shi'ite Shiite Shia Shi'a Sunni Alawite Druze Salafist Salafi Jihadist".split())
# a people's, a faith's or a sect's adjective alone names no one: "fellow Malay rulers", "Shi'ite parties"
# ("Jihadist" alone may be the name a text gives a group)
COMMUNITY_WORDS = SECT_WORDS - {"Jihadist"} | frozenset(
    "Malay Muslim Catholic Hindu Buddhist Jewish Sikh Protestant Evangelical Pashtun Tajik Hazara Uzbek Baloch Sindhi Punjabi Bengali Tamil Sinhalese "
    "Hutu Tutsi Uyghur Uighur Rohingya Berber Amazigh Bedouin Yoruba Igbo Hausa Fulani Kikuyu Luo Zulu Xhosa "
    "Creole Latino Hispanic Aboriginal Indigenous Kurdish Alevi Yazidi Coptic Maronite".split())
# titles a royal (or a pope) goes by, with a name that has no surname: "Queen Elizabeth II", "Prince Henrik", "Pope Francis"
ROYAL_TITLES = frozenset("King Queen Prince Princess Emperor Empress Sultan Emir Tsar Shah Pharaoh Pope Duke Duchess".split())
# words that make one title with the royal title after them: "Grand Duke Henri", "Crown Princess Victoria"
ROYAL_QUALIFIERS = frozenset("Grand Crown".split())
# a generation's mark after a surname: "Ferdinand Marcos Jr." is later "Marcos"
GENERATIONS = frozenset("jr sr ii iii iv".split())


def without_generation(name: str) -> list[str]:
    """A full name's words less a generation's mark at its end: "Ferdinand Marcos Jr." → [Ferdinand, Marcos]."""
    parts = name.split()
    while len(parts) > 2 and parts[-1].rstrip(".").lower() in GENERATIONS:
        parts.pop()
    return parts

# who speaks for someone else: "a spokesman for the ministry", "a spokesperson for Winston Peters"
SPOKES_WORDS = frozenset("spokesperson spokesman spokeswoman spokespeople spokesmen spokeswomen".split())
# elected members, whose title takes their seat after "for": "the MP for Kelston", "the member of parliament for X"
SEAT_HOLDERS = frozenset("mp mps member senator deputy representative congressman congresswoman assemblyman "
                         "assemblywoman councillor councilor mla mep td msp lawmaker legislator".split())
