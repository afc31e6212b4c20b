"""Direct quotations and who said them.

Attribution follows how news prose marks a speaker, in this order:

1. right after the quotation: ``"...," Blinken said`` / ``said Mora`` / ``he added``;
2. before it in the same sentence: the first speech verb of the clause that
   holds the quotation, or of the clauses before it, whose subject is known
   (``Lukashenka said this week that Minsk "must respond"``;
   ``with Kremlin spokesman Dmitry Peskov saying Moscow "does not pose..."``);
3. a quotation that is a sentence of its own continues the previous speaker
   (``"... the other side," Ryabkov said. "We do not trust..."``), or whoever
   the previous paragraph introduced with a colon (``X told parliament:``);
   a paragraph of quotation only continues the previous paragraph's speaker.

"he"/"she" is the person the same paragraph last named before the quotation
(its subject first), else the latest person subject before the paragraph;
"they"/"its" the latest other subject. "the statement said" resolves to whoever
issued the statement the text mentioned last ("a French Foreign Ministry
statement"); "the ministry", "the bank" to the organisation mentioned last
whose name holds that noun, or to nobody.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.ingest.clues import apposition_head
from generator.ingest.entities import EntityResult
from generator.ingest.gazetteer import Gazetteer, fold, key_of
from generator.ingest.occurrences import (
    COUNTRY, MONTH_ABBREVIATIONS, ORG, PARTICLES, PARTY_WORDS, PERSON, SPOKES_WORDS, TIME_NAMES, YEAR_OLD, Occurrence,
    age_set_off, initials, post_by_its_initials, without_generation,
)
from generator.ingest.tokens import Paragraph, Quotation, Token
from generator.ingest.types import FoundQuote

PERSON_PRONOUNS = frozenset("he she his her".split())
OTHER_PRONOUNS = frozenset("it its they their".split())
STATEMENT_NOUNS = frozenset(
    "statement communique communiqué readout account summary release declaration letter post tweet transcript note "
    "message".split()
)
# how a story names a business it told of before: "the lender said", "the carmaker said"
_BUSINESS_NOUNS = frozenset(
    "lender bank firm insurer carrier airline maker carmaker retailer miner operator startup broadcaster "
    "regulator watchdog conglomerate exchange".split()
)
ORG_NOUNS = frozenset(
    "ministry committee agency council bloc alliance company group party government union organization "
    "organisation commission office department association movement coalition court army administration "
    "parliament mission".split()
) | _BUSINESS_NOUNS
# reporting verbs of bodies that the shared speech-verb list leaves out ("the court ruled that ...")
# and verbs of condemning aloud ("X blasted the payout as ...")
EXTRA_SPEECH_VERBS = frozenset(
    "rule rules ruled ruling blast blasts blasted blasting slam slams slammed slamming denounce denounces "
    "denounced denouncing decry decries decried decrying deride derides derided deriding lambast lambasts "
    "lambasted lambasting pointed".split()
)
# verbs whose subject takes in a statement someone else wrote: "the speaker read out the letter"
RECEIVING_VERBS = frozenset("receive receives received receiving read reads reading obtain obtains obtained seen saw".split())
WRITING_VERBS = frozenset("write writes wrote writing written".split())
# nouns for what someone said: "X's announcement that ..."
SPEECH_NOUNS = STATEMENT_NOUNS | frozenset(
    "announcement claim claims remark remarks comment comments assertion warning pledge promise vow insistence "
    "words speech address".split()
)
# what a sentence after a quotation may call it: "That is the view of X", "Those were the words of X"
ECHO_NOUNS = SPEECH_NOUNS | frozenset("view views verdict message assessment description take argument line".split())
# a description's role word and the title words it stands for ("the premier" is the Prime Minister)
# a description's head and the words of a stated role that say the same: "the news chief" is the "head of news"
ROLE_SYNONYMS = {
    "premier": (("prime", "minister"),),
    "envoy": (("ambassador",),),
    "chief": (("head",), ("director",)),
    "head": (("chief",),),
    "boss": (("chief",), ("head",), ("director",)),
    "diplomat": (("ambassador",), ("envoy",), ("mission",), ("consul",)),
    "spokesperson": (("spokesman",), ("spokeswoman",)),
    "lawyer": (("attorney",), ("counsel",), ("solicitor",), ("barrister",), ("advocate",)),
    "attorney": (("lawyer",),),
    "judge": (("justice",), ("magistrate",)),  # "Justice Vincent Hoong" ... "the judge said"
}
UNNAMED = "\0unnamed"  # a speaker the text describes but does not name ("his lawyer said"): no one to guess
NAMING_WORDS = frozenset("name only known identified introduced".split())  # "... as X": X names the speaker
OWN_SUBJECT_OPENERS = frozenset("the a an his her its their he she it they".split())
CLAUSE_WORDS = frozenset("but with while although though since when whereas as after before because".split())
SKIPPABLE = frozenset(
    "also has had have was is would will could then later again once now still repeatedly reportedly "
    "not never further previously earlier".split()
)
RELATIVE = frozenset("who which whose whom where".split())
TIME_WORDS = TIME_NAMES | frozenset(
    "today yesterday tonight week month year weekend morning afternoon evening night".split())
TIME_LEADS = frozenset("on last this late early earlier later next in during at the".split())
NOUN_PHRASE_WORDS = frozenset("the a an its his her their of".split())
ADVERBIAL_OPENERS = frozenset(
    "in on at after before during speaking asked earlier later meanwhile separately according "
    # "Hours later,", "Two days earlier,", "Shortly afterwards,", "Last week,", "On Monday,"
    "hours minutes days weeks months years moments shortly soon last this yesterday today overnight".split()
)
_COUNTED = frozenset("a an one two three four five six several few".split())  # "Two days later,"
_TIME_UNITS = frozenset("hour hours minute minutes day days week weeks month months year years moments".split())
_PARTS_OF_DAY = frozenset("morning afternoon evening night weekend".split())
PARTICIPLE_OPENERS = frozenset("speaking asked".split())
_NOT_PARTICIPLES = frozenset("nothing something everything anything during morning evening according".split())


def _opens_with_a_participle(sent: "_Sentence") -> bool:
    """"Speaking to reporters, ...", "Asked about ...", "Reading the court's opinion ...,": a participle's phrase
    opens the sentence (not a name that ends in -ing, "Beijing said", nor "Nothing has changed")."""
    toks = sent.par.tokens
    word = toks[sent.first].text.lower()
    if word in PARTICIPLE_OPENERS:
        return True
    if not (word.endswith("ing") and len(word) > 5) or word in _NOT_PARTICIPLES or sent.first + 1 >= sent.last:
        return False
    nxt = toks[sent.first + 1]
    named = any((o.chain_first if o.chain_first >= 0 else o.first) == sent.first for o in sent.occs)
    return not named and nxt.word and nxt.text[:1].islower()


# a subordinate clause opening the sentence: "If its demands are not met within a week, ECOWAS will ..."
SUBORDINATORS = frozenset("if when although though because once unless whereas".split())
PREPOSITIONS = frozenset(
    "in to from with by at of on for against over about between toward towards into onto across".split()
)
SUBJECT_OPENERS = PERSON_PRONOUNS | OTHER_PRONOUNS | frozenset("the a an this that".split())


@dataclass(slots=True)
class _State:
    """Who the text was last talking about, for pronouns."""

    person: str = ""
    other: str = ""
    speaker: str = ""
    statement_owner: str = ""
    # who issued the statement, letter or note this sentence or the one before it in the paragraph told of:
    # what '"...," it read' and '"...," it said' mean there, when a person wrote it
    statement_just_told: str = ""
    par_person: str = ""  # the person the current paragraph last named before this point
    orgs: list[str] = field(default_factory=list)  # organisations in order of their latest mention
    # organisations named only as someone's employer ("governor of the National Bank"), in the same order
    affiliations: list[str] = field(default_factory=list)
    roles: dict[str, set[str]] = field(default_factory=dict)  # person -> role words the text gives them
    ages: dict[str, str] = field(default_factory=dict)  # "74" -> the one person the text gives that age
    countries: dict[str, int] = field(default_factory=dict)  # country -> times named so far
    seen: set[str] = field(default_factory=set)  # people named so far
    central: str = ""  # the person the article names far more often than anyone else, if there is one
    described: dict[str, str] = field(default_factory=dict)  # "network" -> the body described as one ("X, a network of")
    # person -> the body whose president the text says they are ("INE president X": "ine"), which a bare
    # "the president" does not mean
    presides: dict[str, str] = field(default_factory=dict)
    par_orgs: list[str] = field(default_factory=list)  # the bodies the current paragraph has named, first first

    def note(self, actor: str, kinds: dict[str, str]) -> None:
        if not actor or actor == UNNAMED:
            return
        if kinds.get(actor) == PERSON:
            self.person = actor
        else:
            self.other = actor

    def note_names(self, sent: "_Sentence", kinds: dict[str, str], gaz: Gazetteer) -> None:
        """What the sentence names: the people seen so far, how often each country, the bodies in order."""
        for o in sent.occs:
            kind = kinds.get(o.actor)
            if kind == COUNTRY:
                self.countries[o.actor] = self.countries.get(o.actor, 0) + 1
            elif kind == PERSON:
                self.seen.add(o.actor)
            if kind == ORG and not _in_quote(sent, o.start):
                found = self.affiliations if _is_affiliation(sent, o, gaz) else self.orgs
                if o.actor in found:
                    found.remove(o.actor)
                found.append(o.actor)
                if found is self.orgs and o.actor not in self.par_orgs:
                    self.par_orgs.append(o.actor)
                toks = sent.par.tokens
                if o.last < sent.last and toks[o.last].text == ",":
                    head = apposition_head(toks, o.last, gaz)  # "Alarm Phone, a network of activists,"
                    if head:
                        self.described[head] = o.actor


@dataclass(slots=True)
class _Sentence:
    par: Paragraph
    first: int
    last: int
    occs: list[Occurrence]
    quotes: list[Quotation] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.par.tokens[self.first].start

    @property
    def end(self) -> int:
        return self.par.tokens[self.last - 1].end


def find_quotes(paragraphs: list[Paragraph], entities: EntityResult, gaz: Gazetteer) -> list[FoundQuote]:
    kinds = {a.name: a.kind for a in entities.actors}
    state = _State(roles=_role_words(paragraphs, entities, gaz), ages=_ages(paragraphs, entities, kinds),
                   central=_central_person(entities, kinds),
                   presides=_bodies_presided(paragraphs, entities, gaz, kinds))
    out: list[FoundQuote] = []
    sentences_by_par = [_sentences(par, entities.occurrences[par.index]) for par in paragraphs]
    previous = ""  # who the previous paragraph last quoted or named, for a paragraph of quotation only
    previous_quoted = ""  # who the previous paragraph quoted last
    for p, sentences in enumerate(sentences_by_par):
        paragraph_speaker = ""
        state.par_person = ""
        state.par_orgs = []
        # a heading's quotation echoes words the body quotes with their speaker: '## "A motivated act"'
        heading = paragraphs[p].text.startswith("#")
        introduced = _introduced_speaker(sentences_by_par[p - 1], gaz, state, kinds) if p else ""
        # (the cheap test first: most paragraphs have a sentence with no quotation)
        quotation_only = all(sent.quotes for sent in sentences) and all(
            _stands_alone(sent, q) for sent in sentences for q in sent.quotes
        )
        speakers = []
        subject = ""
        # (a paragraph that names no statement has no sentence that does: its sentences need no look)
        names_statements = any(map(paragraphs[p].text.lower().__contains__, STATEMENT_NOUNS))
        told_before = ""
        for n, sent in enumerate(sentences):
            owner = _statement_owner(sent, gaz, state, kinds) if names_statements else ""
            state.statement_just_told, told_before = owner or told_before, owner
            if owner:
                state.statement_owner = owner  # '"...," according to a statement' in this very sentence
            last_speakers = speakers if n else []
            last_subject = subject if n else ""
            speakers: list[str] = []
            for q in sent.quotes:
                speaker = _after_quote(sent, q, gaz, state, kinds) or _spoken_on_behalf(sent, q, kinds)
                if not speaker:
                    speaker = _before_quote(sent, q, gaz, state, kinds)
                if not speaker and not _stands_alone(sent, q):
                    # a partial quotation with no speech verb belongs to the subject of its clause:
                    # 'In a video address, he thanked "every American who stands with us."'
                    speaker = _clause_subject(sent, q, gaz, state, kinds) or _speech_noun_owner(sent, q, kinds)
                if not speaker and paragraph_speaker and _opens_sentence(sent, q):
                    speaker = paragraph_speaker  # '"...," X told them. "More quotation." (X is a billionaire.)'
                if not speaker and n and paragraph_speaker in last_speakers and _names_no_one(sent, q, gaz):
                    # '"...," says analyst X. That has meant "years of cuts."': the sentence right after a
                    # quotation, naming nobody else, goes on quoting the same speaker
                    speaker = paragraph_speaker
                if not speaker and _stands_alone(sent, q) and n + 1 < len(sentences):
                    # '"... on the Chinese part?" Ana Ruiz, a former official, said.': the question mark
                    # ended the sentence before its attribution
                    speaker = _attribution_after(sent, q, sentences[n + 1], gaz, state, kinds)
                if not speaker and _stands_alone(sent, q):
                    speaker = paragraph_speaker
                    if not speaker and n:
                        speaker = _clause_speaker(sentences[n - 1], len(sentences[n - 1].par.tokens), gaz, state, kinds)
                    if not speaker and n == 0:
                        speaker = introduced  # 'X told parliament:' closing the previous paragraph
                    if not speaker and q.runs_on and p + 1 < len(sentences_by_par):
                        speaker = _next_paragraph_speaker(sentences_by_par[p + 1], gaz, state, kinds)
                    if not speaker and quotation_only:
                        speaker = previous
                    if not speaker and n == 0 and previous_quoted and not any(later.quotes for later in sentences[1:]):
                        # '"...," X told reporters.' then '"The new premier is Y." Z will take the seat.': a
                        # paragraph opening on a quotation of its own goes on quoting the last speaker, when
                        # nothing after it in the paragraph quotes anyone
                        speaker = previous_quoted
                    if not speaker and n and kinds.get(last_subject) == PERSON and not sentences[n - 1].quotes:
                        # 'He contrasted the owners with the pilots. "We wait to see what they will do."': words
                        # quoted with no attribution right after a sentence a person is the subject of are theirs
                        speaker = last_subject
                if not speaker:
                    # 'X will be "stronger." That is the view of CEO Ana Ruiz.': the next sentence owns it
                    following = sentences[n + 1] if n + 1 < len(sentences) else None
                    if following is None and p + 1 < len(sentences_by_par) and sentences_by_par[p + 1]:
                        following = sentences_by_par[p + 1][0]
                    speaker = _echo_owner(following, kinds) if following is not None else ""
                text = sent.par.text[q.start : q.end].strip().rstrip(",").strip()
                unnamed = speaker == UNNAMED  # said by someone the text does not name: no fallback guessed another
                if unnamed:
                    speaker = ""
                if text and not heading:
                    out.append(FoundQuote(speaker, text))
                if unnamed:
                    continue
                if speaker:
                    state.note(speaker, kinds)
                    state.speaker = speaker
                    paragraph_speaker = speaker
                    speakers.append(speaker)
                    if kinds.get(speaker) == PERSON:
                        state.par_person = speaker
            subject = speakers[0] if speakers else (_subject(sent, gaz, state, kinds) or _speaking_actor(sent, gaz))
            state.note(subject, kinds)
            state.par_person = (_reporter_by_role(sent, gaz, state) or _named_person(sent, subject, kinds, gaz)
                                or state.par_person)
            state.note_names(sent, kinds, gaz)
            if owner:
                state.statement_owner = owner
        previous = paragraph_speaker or state.par_person
        previous_quoted = paragraph_speaker
        if not paragraph_speaker and state.par_person:
            # 'When President X announced it, he said ...' quotes no one, yet the next paragraph's "He" is X
            state.person = state.par_person
    return out


def _central_person(entities: EntityResult, kinds: dict[str, str]) -> str:
    """The person the story is about: named in its first paragraph, at least four times in all, and more
    often than anyone else."""
    counts: dict[str, int] = {}
    for occs in entities.occurrences:
        for o in occs:
            if kinds.get(o.actor) == PERSON and not o.modifier:
                counts[o.actor] = counts.get(o.actor, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    lede = {o.actor for o in entities.occurrences[0]} if entities.occurrences else set()
    if ranked and ranked[0][1] >= 4 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) and ranked[0][0] in lede:
        return ranked[0][0]
    return ""


def _spoken_on_behalf(sent: _Sentence, q: Quotation, kinds: dict[str, str]) -> str:
    """'"...," one of the officers said, speaking on behalf of what they called the Committee for ...': someone
    the text does not name speaks for a body it names, after the quotation."""
    toks = sent.par.tokens
    for j in range(_token_index(sent, q.close_mark + 1), sent.last - 2):
        if toks[j].text.lower() == "on" and toks[j + 1].text.lower() == "behalf" and toks[j + 2].text.lower() == "of" \
                and not _in_quote(sent, toks[j].start):
            body = next((o for o in sent.occs if j + 2 < o.first <= j + 10 and kinds.get(o.actor) in (ORG, COUNTRY)), None)
            return body.actor if body is not None else ""
    return ""


def _role_words(paragraphs: list[Paragraph], entities: EntityResult, gaz: Gazetteer) -> dict[str, set[str]]:
    """The role words each person is introduced with ("ambassador", "judge"), from the stated role and the
    title written before the name, so that "the ambassador" can later mean that person."""
    roles: dict[str, set[str]] = {}
    for actor in entities.actors:
        if actor.kind == PERSON:
            roles[actor.name] = {w.lower() for w in actor.role.split()}  # "head of mission": a diplomat
            if post_by_its_initials(actor.role):
                # "Chief Justice of India": "the CJI" (in capitals, so no role word, all lower case, can match it)
                roles[actor.name].add(initials(actor.role))
    for par in paragraphs:
        for o in entities.occurrences[par.index]:
            if o.actor not in roles:
                continue
            # the title before the name, across "of"/"to" and a possessive: "China's envoy to Peru Ana Ruiz"
            k = o.first - 1
            while k >= 0 and o.first - k <= 6 and (par.tokens[k].word or par.tokens[k].text == "'s") \
                    and not _verb_like(par.tokens[k].text, gaz):
                k -= 1  # (not across a verb: "the president-elect thanked Bawumia" gives Bawumia no title)
            roles[o.actor].update(t.text.lower() for t in par.tokens[k + 1 : o.first]
                                  if t.word and (t.text.lower() in gaz.role_heads or t.text.lower() in gaz.role_modifiers))
            k = o.first
            if k >= 2 and par.tokens[k - 1].text == "." and par.tokens[k - 2].text.lower() in ABBREVIATED_POSTS:
                roles[o.actor].add(ABBREVIATED_POSTS[par.tokens[k - 2].text.lower()])  # "Gov. Greg Abbott": "the governor"
    return roles


def _bodies_presided(paragraphs: list[Paragraph], entities: EntityResult, gaz: Gazetteer,
                     kinds: dict[str, str]) -> dict[str, str]:
    """Person -> the body the text names before "president" in their title: "INE president X", "the court's
    president, Judge X" (not a country's: "Mexican President X", "Kenya's president, X" head a state, and a bare
    "the president" means them)."""
    out: dict[str, str] = {}
    for par in paragraphs:
        toks = par.tokens
        occs = entities.occurrences[par.index]
        for o in occs:
            k = o.first - 1
            if kinds.get(o.actor) != PERSON or k < 1:
                continue
            low = toks[k].text.lower()
            if low in gaz.honorifics or (low in gaz.role_heads and low != "president"):  # (no copy of the role heads)
                k -= 1  # "..., Judge X"
            if toks[k].text == ",":
                k -= 1
            if k < 1 or toks[k].text.lower() != "president":
                continue
            j = k - 1
            if toks[j].text in ("'s", "\u2019s") and j > 0:
                j -= 1
            owner = toks[j].text
            named = next((b for b in occs if b.last == j + 1), None)
            if (named is not None and kinds.get(named.actor) in (COUNTRY, "demonym")) or any(
                    e.kind in ("country", "demonym", "capital") for e in gaz.lookup(key_of(owner))):
                continue  # a head of state
            if (named is not None and kinds.get(named.actor) == ORG) or (owner.isupper() and len(owner) >= 2) \
                    or (owner.islower() and toks[j + 1].text in ("'s", "\u2019s")):
                out.setdefault(o.actor, owner.lower())
    return out


# a post abbreviated before a name, which the text may later write out: "Gov. X" ... "the governor said"
ABBREVIATED_POSTS = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "col": "colonel",
                     "lt": "lieutenant", "adm": "admiral", "capt": "captain", "maj": "major", "sgt": "sergeant",
                     "cmdr": "commander", "insp": "inspector", "det": "detective", "amb": "ambassador", "pres": "president",
                     "supt": "superintendent", "atty": "attorney"}


def _verb_like(word: str, gaz: Gazetteer) -> bool:
    """A lower-case word that is neither a title's word nor one that joins a title's parts ("of", "to")."""
    low = word.lower()
    return word.islower() and low not in gaz.role_heads and low not in gaz.role_modifiers and low not in _TITLE_JOINS


_TITLE_JOINS = frozenset("of to for the and 's".split())


def _ages(paragraphs: list[Paragraph], entities: EntityResult, kinds: dict[str, str]) -> dict[str, str]:
    """The age the text gives each person ("Ana Ruiz, 74,", "the 74-year-old Ana Ruiz"), by age, where only
    one person has it, so that "the 74-year-old" can later mean them."""
    found: dict[str, set[str]] = {}
    for par in paragraphs:
        toks = par.tokens
        for o in entities.occurrences[par.index]:
            if kinds.get(o.actor) != PERSON:
                continue
            if age_set_off(toks, o.last):
                found.setdefault(toks[o.last + 1].text, set()).add(o.actor)
            if o.first and YEAR_OLD.fullmatch(toks[o.first - 1].text):
                found.setdefault(toks[o.first - 1].text.split("-")[0], set()).add(o.actor)
    return {age: next(iter(people)) for age, people in found.items() if len(people) == 1}


def _person_with_role(words: list[str], gaz: Gazetteer, state: _State) -> str:
    """The one person the text gave the role named by ``words`` ("the ambassador", "China's envoy"), else ""."""
    heads = {w for w in words if w in gaz.role_heads}
    if not heads:
        return ""
    found = [
        person
        for person, role in state.roles.items()
        if all(h in role or any(_holds_post(role, same) for same in ROLE_SYNONYMS.get(h, ())) for h in heads)
        and _which_post(words, gaz) <= role
    ]
    if state.seen:
        found = [p for p in found if p in state.seen]  # "the coach" means one the text has introduced already
    if "president" in heads:
        # "the president added", after "INE president X said": not the electoral body's president, once the text has
        # named her (unless it names the body again)
        found = [p for p in found if p not in state.presides or p not in state.seen or state.presides[p] in words]
    if len(found) > 1:
        # "the outgoing prime minister": of two prime ministers, the one the text called outgoing
        modifiers = {w for w in words if w in gaz.role_modifiers}
        narrowed = [p for p in found if modifiers and modifiers <= state.roles[p]]
        found = narrowed or found
    if len(found) == 1:
        return found[0]
    if state.person in found:
        return state.person
    if state.central in found:
        return state.central  # "the president" of a story about one president, past another named as president once
    return ""


def _holds_post(role: set[str], same: tuple[str, ...]) -> bool:
    """Does a role hold the post that ``same`` names? "Justice X" is a judge; the justice minister is not ("justice"
    is also a ministry's remit)."""
    return all(s in role for s in same) and not (same == ("justice",) and role & _GOVERNMENT_POSTS)


_GOVERNMENT_POSTS = frozenset("minister ministry secretary department".split())


def _which_post(words: list[str], gaz: Gazetteer) -> set[str]:
    """The words before a title's head that say which post it is: "prime" in "the former prime minister" (which
    no "former energy minister" holds); not "former", which says when."""
    return {w for w, nxt in zip(words, words[1:]) if nxt in gaz.role_heads and w in gaz.role_modifiers
            and w not in _WHEN_WORDS}


# modifiers that say when a post was held, not which post it is
_WHEN_WORDS = frozenset("former outgoing incoming then acting interim new current incumbent late ex caretaker".split())


def _person_by_surname(word: str, kinds: dict[str, str]) -> str:
    """The one person of the article whose name ends in the capitalised ``word``, else ""."""
    if not word[:1].isupper():
        return ""
    found = [name for name, kind in kinds.items() if kind == PERSON and " " in name and _surname(name) == word]
    return found[0] if len(found) == 1 else ""


def _surname(name: str) -> str:
    """The last word of a name, past a generation's mark: "Ferdinand Marcos Jr." → "Marcos"."""
    return without_generation(name)[-1]


def _named_person(sent: _Sentence, subject: str, kinds: dict[str, str], gaz: Gazetteer) -> str:
    """The person a later 'he' or 'she' in the paragraph most likely means: the sentence's subject when it is
    a person (or the speaker of its second clause: ", and the envoy, Y, said"), else the first person a verb
    follows, else the first person it names outside quotation marks."""
    toks = sent.par.tokens
    if kinds.get(subject) == PERSON:
        # "X sent his condolences, and the UN's envoy, Y, said ...": a second clause's speaker is the next "he"
        return _second_clause_speaker(sent, kinds, gaz) or subject
    if sent.last - sent.first > 2 and toks[sent.first].text == "The" and YEAR_OLD.fullmatch(toks[sent.first + 1].text):
        return ""  # "The 54-year-old ... took the oath before King Philippe": the subject is who the text is about
    for o in sent.occs:
        # "Togo's spokesman, Akodah Ayewouadan, said Damiba had ...": the name in apposition before the verb
        if (kinds.get(o.actor) == PERSON and not o.modifier and o.last + 1 < sent.last and toks[o.last].text == ","
                and toks[o.last + 1].word and toks[o.last + 1].text.islower() and _says(toks[o.last + 1].text, gaz)):
            return o.actor
    for o in sent.occs:
        # a person a verb follows is the subject of a clause: "..., from the base where he was held, Ana Ruiz
        # questioned it" names Ruiz, not the daughter named in passing before
        nxt = toks[o.last] if o.last < sent.last else None
        if (
            kinds.get(o.actor) == PERSON
            and not o.modifier
            and not _in_quote(sent, o.start)
            and nxt is not None
            and nxt.word
            and nxt.text.islower()
            and (nxt.text not in gaz.stopwords or nxt.text in SKIPPABLE)
        ):
            return o.actor
    for o in sent.occs:
        if kinds.get(o.actor) == PERSON and not o.modifier and not _in_quote(sent, o.start):
            return o.actor
    return ""


def _introduced_speaker(sentences: list[_Sentence], gaz: Gazetteer, state: _State, kinds: dict[str, str]) -> str:
    """'Foreign Minister Ana Duarte told parliament:' ends a paragraph: the next one quotes her."""
    if not sentences:
        return ""
    last = sentences[-1]
    toks = last.par.tokens
    if last.last <= last.first or toks[last.last - 1].text != ":" or _in_quote(last, toks[last.last - 1].start):
        return ""
    return _clause_speaker(last, last.last - 1, gaz, state, kinds)


# a comma token, then a "the" token: tokens are cut from the plain text, with only white space between them
_COMMA_THE = re.compile(r",\s*the")


def _reporter_by_role(sent: _Sentence, gaz: Gazetteer, state: _State) -> str:
    """"The firm had no overheads, the judge said, and ...": the person a reporting clause set off by commas
    names by a post, who the paragraph's next "he said" means, whoever else the sentence names."""
    if not _COMMA_THE.search(sent.par.plain, sent.start, sent.end):
        return ""  # (most sentences: no ", the" for a loop over their tokens to find)
    toks = sent.par.tokens
    for j in range(sent.first + 1, sent.last - 3):
        if toks[j].text != "," or toks[j + 1].text != "the" or _in_quote(sent, toks[j].start):
            continue
        k = j + 2
        while k < sent.last and toks[k].word and toks[k].text.islower() and not _says(toks[k].text, gaz):
            k += 1
        if k + 1 < sent.last and k > j + 2 and _says(toks[k].text, gaz) and toks[k + 1].text in ",.;":
            person = _described_person(sent, j + 1, gaz, state)
            if person:
                return person
    return ""


def _second_clause_speaker(sent: _Sentence, kinds: dict[str, str], gaz: Gazetteer) -> str:
    """The person set off by commas before a speech verb in a clause that ", and" opens: "..., and the UN
    resident coordinator, Zia Choudhury, said ..."."""
    toks = sent.par.tokens
    for o in sent.occs:
        if (kinds.get(o.actor) != PERSON or o.modifier or o.last + 1 >= sent.last or toks[o.last].text != ","
                or not (toks[o.last + 1].word and toks[o.last + 1].text.islower() and _says(toks[o.last + 1].text, gaz))
                or _in_quote(sent, o.start) or o.first < 1 or toks[o.first - 1].text != ","):
            continue
        j = o.first - 2  # back over the description to the clause's ", and"
        while j > sent.first + 1 and toks[j].text not in (",", ";"):
            j -= 1
        if toks[j].text == "," and toks[j + 1].text == "and":
            return o.actor
    return ""


def _speaking_actor(sent: _Sentence, gaz: Gazetteer) -> str:
    """"By the afternoon the air force said it had ...": an actor right before a speech verb is who speaks,
    when no comma marked where the opening phrase ended; a later "it said" means them."""
    toks = sent.par.tokens
    for o in sent.occs:
        if o.modifier or _in_quote(sent, o.start) or o.last >= sent.last:
            continue
        verb = toks[o.last]
        if verb.word and verb.text[:1].islower() and _says(verb.text, gaz):
            return o.actor
    return ""


def _says(word: str, gaz: Gazetteer) -> bool:
    low = word.lower()
    return low in gaz.speech_verbs or low in EXTRA_SPEECH_VERBS


def _sentences(par: Paragraph, occs: list[Occurrence]) -> list[_Sentence]:
    out: list[_Sentence] = []
    toks = par.tokens
    for first, last in _whole_name_sentences(par, occs):
        sent = _Sentence(par, first, last, [])
        lo, hi = toks[first].start, toks[last - 1].end  # (sent.start, sent.end)
        sent.occs = [o for o in occs if lo <= o.start < hi and o.actor]
        sent.quotes = [q for q in par.quotations if lo <= q.open_mark < hi + 1]
        out.append(sent)
    return out


def _whole_name_sentences(par: Paragraph, occs: list[Occurrence]) -> list[tuple[int, int]]:
    """The paragraph's sentences, joined where a name runs across a split: the full stop of an initial or
    of "Jr." ends no sentence ('"...," agency chairman S. Somanath told them')."""
    spans: list[tuple[int, int]] = []
    inner: set[int] | None = None  # the tokens after a name's first, made when a second sentence asks
    for first, last in par.sentences:
        if spans and inner is None:
            inner = {k for o in occs if o.actor for k in range(o.first + 1, o.last)}
        if spans and first in inner:
            spans[-1] = (spans[-1][0], last)
        else:
            spans.append((first, last))
    return spans


def _in_quote(sent: _Sentence, pos: int) -> bool:
    for q in sent.par.quotations:  # (a loop, not any(): asked for most names and many words, mostly of no quotation)
        if q.open_mark <= pos < q.close_mark + 1:
            return True
    return False


def _token_index(sent: _Sentence, pos: int) -> int:
    """Index of the first token starting at or after character ``pos``."""
    toks = sent.par.tokens
    for i in range(sent.first, sent.last):
        if toks[i].start >= pos:
            return i
    return sent.last


def _occurrence_ending_at(sent: _Sentence, token: int) -> Occurrence | None:
    """The actor occurrence whose last token is ``token`` (the head of a title chain wins)."""
    found = [o for o in sent.occs if o.last - 1 == token and o.first <= token]
    found.sort(key=lambda o: (o.modifier, -(o.last - o.first)))
    return found[0] if found else None


def _stands_alone(sent: _Sentence, q: Quotation) -> bool:
    """True when nothing but the quotation (and punctuation) makes up the sentence."""
    toks = sent.par.tokens
    for i in range(sent.first, sent.last):
        t = toks[i]
        if t.word and not _in_quote(sent, t.start):
            return False
    return True


def _clause_subject(sent: _Sentence, q: Quotation, gaz: Gazetteer, state: _State, kinds: dict[str, str]) -> str:
    """The subject of the clause that holds ``q``: the sentence's subject in its first clause; in a later one
    ("..., while the country's premier praised the "historic" move") the actor or the role that opens it."""
    toks = sent.par.tokens
    lo, _ = _clauses(sent, _token_index(sent, q.open_mark))[-1] if _token_index(sent, q.open_mark) > sent.first else (sent.first, 0)
    if lo == sent.first:
        # "Asked whether ..., the chancellor was blunt: '...'": a role the text gave someone opens the clause
        return _subject(sent, gaz, state, kinds, before=q.open_mark) or _described_person(
            sent, _opening_phrase_end(sent), gaz, state)
    start = lo + 1 if toks[lo].text.lower() in CLAUSE_WORDS else lo
    while start < sent.last and toks[start].text.lower() in ("the", "a", "an"):
        start += 1
    occ = next((o for o in sent.occs if o.first == start and not _in_quote(sent, o.start)), None)
    if occ is not None and occ.modifier:
        # "ECB President Christine Lagarde praised": the body opens the title chain of the person
        occ = next((o for o in sent.occs if o.chain_first == start and not o.modifier and not _in_quote(sent, o.start)), occ)
    owned = any(toks[k].text == "'s" for k in range(occ.last, min(sent.last, occ.last + 2))) if occ else False
    if occ is not None and occ.actor in kinds and not occ.modifier and not owned:
        return occ.actor  # (not the possessor in "Chile's premier", "the Chilean state's premier")
    return _described_person(sent, start, gaz, state)


# what speaks for its owner: "Nigeria's delegation", "the party's campaign"
_SPEAKING_BODIES = frozenset("delegation delegations government campaign negotiators".split())


def _described_person(sent: _Sentence, start: int, gaz: Gazetteer, state: _State) -> str:
    """The person a description at ``start`` names, up to its last role word: "the Jewish state's premier"."""
    toks = sent.par.tokens
    while start < sent.last and toks[start].text.lower() in ("the", "a", "an"):
        start += 1
    words: list[str] = []
    role_end = 0
    for k in range(start, min(sent.last, start + 6)):
        t = toks[k]
        if _in_quote(sent, t.start) or not (t.word or t.text == "'s") or (t.text.islower() and t.text in gaz.stopwords):
            break
        words.append(t.text.lower())
        if t.word and t.text.lower() in gaz.role_heads:
            role_end = len(words)
    return _person_with_role(words[:role_end], gaz, state) if role_end else ""


def _opening_comma(sent: _Sentence, long_opener: bool) -> int:
    """The comma that ends the phrase or clause opening the sentence ("On Thursday,", "Asked whether ...,"), or
    -1. A long phrase ends where a name and its verb follow: "In a speech after the results were announced, Sisi
    thanked" (not "In a video posted by his daughter, Veronica, from ...")."""
    toks = sent.par.tokens
    for j in range(sent.first, min(sent.last, sent.first + (22 if long_opener else 14))):
        if toks[j].text != ",":
            continue
        # ("Reading the court's first advisory opinion ... in The Hague, the court's president, Judge X, said": past a
        # long participle's phrase, "the" opens the subject too)
        after_the = long_opener and j + 1 < sent.last and toks[j + 1].text == "the"
        if j - sent.first >= (12 if long_opener else 8) and not (_opens_with_a_name(sent, j + 1) or after_the):
            continue  # ("Speaking first in Irish and then in English in St Patrick's Hall, Connolly promised")
        return j
    return -1


def _opening_phrase_end(sent: _Sentence) -> int:
    """Where the sentence's clause starts past an opening participle or clause ("Asked whether ..., the")."""
    opener = sent.par.tokens[sent.first].text.lower()
    participle = _opens_with_a_participle(sent)
    if not participle and opener not in SUBORDINATORS and opener not in ADVERBIAL_OPENERS:
        return sent.first
    comma = _opening_comma(sent, opener in SUBORDINATORS or participle)
    return comma + 1 if comma >= 0 else sent.first


def _speech_noun_owner(sent: _Sentence, q: Quotation, kinds: dict[str, str] | None = None) -> str:
    """'Despite Ana Ruiz's announcement that a "historic" deal was near': whose words the quotation is;
    'The academy's statement: "..."': the one body of the text that the noun names."""
    toks = sent.par.tokens
    end = _token_index(sent, q.open_mark)
    for j in range(end - 1, sent.first + 1, -1):
        if toks[j].word and toks[j].text.lower() in SPEECH_NOUNS and toks[j - 1].text == "'s":
            occ = _occurrence_ending_at(sent, j - 2)
            if occ is not None and not _in_quote(sent, occ.start):
                return occ.actor
            head = toks[j - 2].text if j >= 3 and toks[j - 3].text.lower() == "the" else ""
            bodies = [a for a, k in (kinds or {}).items() if k == ORG and head[:1].islower()
                      and a.split()[-1].lower() == head]
            if len(bodies) == 1:
                return bodies[0]
            # an Oct. 11 announcement: a date between the owner and the noun
        if toks[j].word and toks[j].text.lower() in SPEECH_NOUNS:
            k = j - 1
            while k > sent.first and (toks[k].text.isdigit() or toks[k].text in TIME_WORDS or toks[k].text == "." or toks[k].text[:3] in MONTH_ABBREVIATIONS):
                k -= 1
            if toks[k].text == "'s":
                occ = _occurrence_ending_at(sent, k - 1)
                if occ is not None and not _in_quote(sent, occ.start):
                    return occ.actor
    return ""


def _echo_owner(sent: _Sentence, kinds: dict[str, str]) -> str:
    """'That is the view of CEO Ana Ruiz' / 'Those were the words used by the ministry': a sentence opening
    with a demonstrative and "be", naming whose view or words the quotation before it were, else ""."""
    toks = sent.par.tokens
    words = [t.text.lower() for t in toks[sent.first : min(sent.last, sent.first + 12)]]
    if len(words) < 4 or words[0] not in ("that", "this", "those", "these") or words[1] not in ("is", "was", "are", "were", "'s"):
        return ""
    noun = next((n for n in range(2, len(words)) if words[n] in ECHO_NOUNS), -1)
    if noun < 0 or sent.quotes:
        return ""
    for n in range(noun + 1, min(len(words), noun + 4)):
        if words[n] in ("of", "by", "from"):
            occ = next((o for o in sent.occs if sent.first + n < o.first <= sent.first + n + 6 and not o.modifier), None)
            return occ.actor if occ is not None and occ.actor in kinds else ""
    return ""


def _names_no_one(sent: _Sentence, q: Quotation, gaz: Gazetteer) -> bool:
    """True when the sentence names no actor outside quotation marks and no speech verb or pronoun before
    ``q`` points at someone: a comment going on about what was just quoted."""
    toks = sent.par.tokens
    if any(not _in_quote(sent, o.start) for o in sent.occs):
        return False
    for j in range(sent.first, _token_index(sent, q.open_mark)):
        t = toks[j]
        if t.word and not _in_quote(sent, t.start) and (_says(t.text, gaz) or t.text.lower() in PERSON_PRONOUNS | {"they", "their"}):
            return False
    return True


def _opens_sentence(sent: _Sentence, q: Quotation) -> bool:
    """True when no word comes before the quotation in its sentence."""
    toks = sent.par.tokens
    return not any(toks[i].word and toks[i].start < q.open_mark for i in range(sent.first, sent.last))


# ---------------------------------------------------------------- after the quotation


def _after_quote(sent: _Sentence, q: Quotation, gaz: Gazetteer, state: _State, kinds: dict[str, str]) -> str:
    """``"...," Blinken said`` / ``said Sherman`` / ``he added`` / ``the statement said``."""
    toks = sent.par.tokens
    i = _token_index(sent, q.close_mark + 1)
    # only when the quotation closes a clause: "...," said X / "...?" he asked / "..." X said.
    text_before = sent.par.plain[max(q.start, q.end - 2) : q.close_mark + 2]
    if i >= sent.last:
        return ""
    if toks[i].text == ",":
        i += 1
    elif not any(c in text_before for c in ",?!.") and not (toks[i].word and _says(toks[i].text, gaz)):
        if not (toks[i].word and (toks[i].text[:1].isupper() or toks[i].text.lower() in PERSON_PRONOUNS | OTHER_PRONOUNS)):
            return ""
    if i + 1 < sent.last and toks[i].text.lower() == "as" and "," in text_before:
        i += 1  # 'the "new company," as Ana Ruiz dubbed it': the words are the name's if a speech verb follows
    if i >= sent.last:
        return ""
    # "according to X" / "according to a statement"
    if toks[i].text.lower() == "according" and i + 1 < sent.last and toks[i + 1].text == "to":
        for o in sent.occs:
            if o.first > i + 1 and o.first - i <= 6 and not o.modifier:
                return o.actor
        words = {t.text.lower() for t in toks[i + 2 : min(sent.last, i + 6)]}
        if words & STATEMENT_NOUNS:
            return state.statement_owner
        return _described_source(sent, i + 2, sent.last, gaz, state, kinds)
    # '"...", saying he trusted the courts': a participle continues the sentence's subject, it names no one
    if toks[i].word and _says(toks[i].text, gaz) and toks[i].text.lower().endswith("ing") and toks[i - 1].text == ",":
        return ""
    # "said X"
    if toks[i].word and _says(toks[i].text, gaz):
        owner = ""  # "said Denmark's economy minister, X": the post's owner, unless a person follows
        for o in sent.occs:
            if o.first > i and o.first - i <= 8 and not o.modifier:
                between = toks[i + 1 : o.first]
                if all(t.word or t.text in ("'s", "-") for t in between):
                    if o.first == i + 1 and o.last < sent.last and toks[o.last].text in ("'s", "\u2019s"):
                        owner = o.actor
                        continue
                    if kinds.get(o.actor) != PERSON and o.last < sent.last and toks[o.last].word \
                            and toks[o.last].text.islower() and gaz.is_role_word(toks[o.last].text):
                        owner = o.actor  # "said the South Africa captain, Siya Kolisi": the title's owner
                        continue
                    if o.kind == "demonym" and _one_of_a_nation(toks, o, sent.last):
                        return _person_just_named(state)  # '"...," said the American'
                    return o.actor
            # "said the government's spokesman, Colonel Ana Ruiz": a description, then the name in apposition
            head = o.first
            while head - 1 > i and toks[head - 1].word and gaz.is_role_word(toks[head - 1].text):
                head -= 1  # ", Colonel Ana Ruiz": her rank opens the apposition
            if head > i + 2 and head - i <= 18 and not o.modifier and kinds.get(o.actor) == PERSON:
                between = toks[i + 1 : head]
                if ((toks[i + 1].text.lower() in ("the", "a", "an") or owner) and toks[head - 1].text == ","
                        and all(t.word or t.text in ("'s", "-", ",") for t in between)
                        and not any(t.text.lower() in ("and", "who", "which", "that") or (t.text.islower() and _says(t.text, gaz))
                                    for t in between)):
                    return o.actor
        if owner:
            return owner
        nxt = toks[i + 1] if i + 1 < sent.last else None
        if nxt is not None and nxt.text.lower() in PERSON_PRONOUNS | OTHER_PRONOUNS:
            return _pronoun(nxt.text, state)
        if nxt is not None and _person_by_surname(nxt.text, kinds):
            return _person_by_surname(nxt.text, kinds)  # "says Doctor": a surname the entity pass took for a word
        return _described_source(sent, i + 1, sent.last, gaz, state, kinds)  # "said the ministry"
    # "X said", "the White House said", "he added": a short noun phrase, then the verb
    first = toks[i]
    if (kinds.get(state.statement_just_told) == PERSON and i + 1 < sent.last and first.text == "it"
            and toks[i + 1].word and (_says(toks[i + 1].text, gaz) or toks[i + 1].text in _DOCUMENT_VERBS)):
        # 'X sent a note through his lawyers. "...," it read.': "it" is the note, and a person wrote it (a body's
        # "it said" is the body's, as "it" stands for the body anyway)
        return state.statement_just_told
    if _one_of_a_nation_says(toks, i, sent.last, gaz):
        return _person_just_named(state)  # '"...," the Briton said'
    k = i
    while k < sent.last and toks[k].text in PARTICLES:
        k += 1
    particle = k > i and k < sent.last and toks[k].text[:1].isupper()  # "von der Leyen said"
    if not first.word or not (
        first.text[:1].isupper()
        or first.text.lower() in SUBJECT_OPENERS
        or gaz.is_role_word(first.text)
        or particle
        or _opens_titled_name(sent, i, gaz)
    ):
        return ""
    if i + 1 < sent.last and toks[i + 1].word and _says(toks[i + 1].text, gaz) and _person_by_surname(first.text, kinds):
        return _person_by_surname(first.text, kinds)  # '"...," Doctor asks'
    j = i
    skipped = 0  # tokens of a description between the name and the verb
    reach = 10
    relative = False  # inside "who ...", after the noun it describes: its own words are no stop
    while j < sent.last and j - i - skipped <= reach:
        t = toks[j]
        if t.text.lower() == "who" and j > i and not relative:
            relative, reach = True, 16  # '"...," a woman who gave her name only as Candy told AFP'
            j += 1
            continue
        low = t.text.lower()
        if t.word and (_says(low, gaz) or low in _DOCUMENT_VERBS and j > i and toks[j - 1].text.lower() in STATEMENT_NOUNS) \
                and t.text[:1].islower():
            return _agent(sent, j, i, gaz, state, kinds)  # ('"...," the letter read': what a document says)
        if t.text == "," and j > i and _occurrence_ending_at(sent, j - 1) is not None:
            close = _apposition_end(sent, j)
            while close > j and close + 1 < sent.last and toks[close + 1].text.lower() in ("who", "whose", "which"):
                # ', Ana Ruiz, the union's head, who led the talks, wrote': a relative clause after the description
                after = _apposition_end(sent, close)
                if after <= close:
                    break
                close = after
            if close > j:
                skipped += close + 1 - j  # '"...," Ana Ruiz, the head of the union, wrote': look past it
                j = close + 1
                continue
        if t.text == "," and j > i and j + 1 < sent.last and toks[j + 1].text.lower().endswith("-based"):
            j += 1  # '"...," the Cupertino, California-based company said': a place's state or country
            continue
        if t.text == "," and j > i and _named_in_apposition(sent, j) > j:
            # '"...," the union's head, Ana Ruiz, wrote': the name after the description speaks
            j = _named_in_apposition(sent, j)
            continue
        if t.text == "," and j > i and j + 1 < sent.last and toks[j + 1].text.lower() in ("who", "which"):
            # '"...," the 78-year-old leader, who has ruled since 1986, added': past the relative clause
            close = next((k for k in range(j + 2, min(sent.last, j + 20)) if toks[k].text == ","), -1)
            if close > 0:
                skipped += close + 1 - j
                j = close + 1
                continue
        if t.text == "(" and j > i and j + 2 < sent.last and toks[j + 1].word and toks[j + 2].text == ")":
            j += 3  # '"...," the Ghana Armed Forces (GAF) said': the body's short form in brackets
            continue
        if not t.word and t.text not in ("'s", "-", ".", "&"):  # ("Procter & Gamble said")
            return ""
        if _in_quote(sent, t.start):
            return ""
        if t.word and t.text[:1].islower() and low in gaz.stopwords and not relative and toks[j - 1].text != "&" and not (
            low in SUBJECT_OPENERS or low in SKIPPABLE or low in ("of", "for") or low in PARTICLES
        ):  # ("Seven & i said": a firm's small letter)
            return ""
        j += 1
    return ""


_DOCUMENT_VERBS = frozenset({"read", "reads"})  # what a written text says: '"...," the note read'


def _named_in_apposition(sent: _Sentence, comma: int) -> int:
    """The token after the closing comma when a name set off by commas follows the comma at ``comma``
    (", Ana Ruiz,", ", Judge Iwasawa Yuji of Japan,"), else -1."""
    found = _apposed(sent, comma)
    return found[1] if found else -1


def _apposed(sent: _Sentence, comma: int) -> tuple[Occurrence, int] | None:
    """The name set off by commas after the comma at ``comma``, and the token after its closing comma."""
    toks = sent.par.tokens
    for o in sent.occs:
        start = o.chain_first if o.chain_first >= 0 else o.first
        if start != comma + 1 or o.modifier or o.last >= sent.last:
            continue
        if toks[o.last].text == ",":
            return o, o.last + 1
        if toks[o.last].text == "of":  # ", Judge Iwasawa Yuji of Japan,": the name and where the person is from
            origin = next((p for p in sent.occs if p.first == o.last + 1), None)
            if origin is not None and origin.last < sent.last and toks[origin.last].text == ",":
                return o, origin.last + 1
    return None


def _apposed_person(sent: _Sentence, comma: int, kinds: dict[str, str]) -> str:
    """The person set off by commas after a post ("the court's president, Judge X of Japan,"), or ""."""
    found = _apposed(sent, comma)
    return found[0].actor if found is not None and kinds.get(found[0].actor) == PERSON else ""


def _attribution_after(
    sent: _Sentence, q: Quotation, following: _Sentence, gaz: Gazetteer, state: _State, kinds: dict[str, str]
) -> str:
    """The speaker a question or exclamation gets from the sentence after it, when that sentence quotes
    nothing itself and opens with the attribution ('"Why now?" Ana Ruiz asked.')."""
    closing = sent.par.plain[max(q.start, q.end - 2) : q.close_mark].rstrip()
    if not closing.endswith(("?", "!")):
        return ""
    # (a quotation of its own later in that sentence, after the attribution's verb, leaves it ours:
    # '"We did it!" X, who ..., told supporters, declaring that "Macedonia won".')
    if following.quotes and not _quotes_after_a_verb(following, gaz):
        return ""
    return _after_quote(following, Quotation(q.start, q.end, q.open_mark, following.start - 1), gaz, state, kinds)


def _quotes_after_a_verb(sent: _Sentence, gaz: Gazetteer) -> bool:
    """The sentence opens with words, and a speech verb comes before its first quotation mark."""
    toks = sent.par.tokens
    mark = sent.quotes[0].open_mark
    return toks[sent.first].word and any(
        t.word and t.text.islower() and _says(t.text, gaz) for t in toks[sent.first : sent.last] if t.end <= mark)


def _opens_titled_name(sent: _Sentence, i: int, gaz: Gazetteer) -> bool:
    """'agency chairman K. Sivan', 'club president J.R. Martin': lower-case words of a role run into a name."""
    toks = sent.par.tokens
    for o in sent.occs:
        start = o.chain_first if o.chain_first >= 0 else o.first
        if i < o.first <= i + 4 and start <= i + 3 and not o.modifier:
            between = toks[i:start] if start > i else []
            return all(t.word and t.text.islower() and t.text not in gaz.stopwords for t in between) and any(
                gaz.is_role_word(t.text) for t in toks[i : o.first]
            )
    return False


def _apposition_end(sent: _Sentence, comma: int) -> int:
    """The comma that closes a description opened at ``comma`` (", the head of the union,"), or -1."""
    toks = sent.par.tokens
    for m in range(comma + 1, min(sent.last, comma + 20)):
        t = toks[m]
        if t.text == ",":
            return m if m > comma + 1 else -1
        # (an acronym in brackets belongs to the description: ", head of the World Body (WB),"; so does a plural's
        # possessive: ", one of the Greens' leading candidates,")
        plural_owner = t.text in ("'", "\u2019") and toks[m - 1].end == t.start and toks[m - 1].text.endswith("s")
        if _in_quote(sent, t.start) or not (t.word or t.text in ("'s", "-", "(", ")") or plural_owner):
            return -1
    return -1


# ---------------------------------------------------------------- before the quotation


def _before_quote(sent: _Sentence, q: Quotation, gaz: Gazetteer, state: _State, kinds: dict[str, str]) -> str:
    end = _token_index(sent, q.open_mark)
    return (
        _clause_speaker(sent, end, gaz, state, kinds)
        or _according_to(sent, end, gaz, state, kinds)
        or _trailing_speaker(sent, q, gaz, state, kinds)
        or _spoken_for(sent, end, gaz, kinds)
    )


def _spoken_for(sent: _Sentence, end: int, gaz: Gazetteer, kinds: dict[str, str]) -> str:
    """'Speaking on behalf of the Transition Council, the officers said they were "in charge"': unnamed
    speakers voice the body the sentence opens with."""
    toks = sent.par.tokens
    words = [t.text.lower() for t in toks[sent.first : min(end, sent.first + 4)]]
    if words[:2] not in (["speaking", "for"], ["speaking", "on"]) or not any(
        t.word and _says(t.text, gaz) and not _in_quote(sent, t.start) for t in toks[sent.first + 2 : end]
    ):
        return ""
    comma = next((j for j in range(sent.first, end) if toks[j].text == ","), end)
    found = [o.actor for o in sent.occs if o.last <= comma and not o.modifier and kinds.get(o.actor) != PERSON]
    return found[0] if found else ""


def _according_to(sent: _Sentence, end: int, gaz: Gazetteer, state: _State, kinds: dict[str, str]) -> str:
    """'According to Tedros, the spread is "very worrying"': the source named before the quotation;
    'according to the bank' is the bank the text named last."""
    toks = sent.par.tokens
    for j in range(sent.first, end - 1):
        if toks[j].text.lower() == "according" and toks[j + 1].text == "to":
            for o in sent.occs:
                if j + 1 < o.first <= j + 6 and o.last <= end and not o.modifier:
                    return o.actor
            return _described_source(sent, j + 2, end, gaz, state, kinds)
    return ""


def _described_source(sent: _Sentence, start: int, end: int, gaz: Gazetteer, state: _State, kinds: dict[str, str]) -> str:
    """The body a description after 'according to' means: 'the ministry', 'the central bank'."""
    toks = sent.par.tokens
    if start >= end or toks[start].text.lower() not in ("the", "its", "his", "her", "their"):
        return ""
    head = start
    while head + 1 < min(end, start + 5) and toks[head + 1].word and toks[head + 1].text.lower() not in gaz.stopwords:
        head += 1
    if head == start or _in_quote(sent, toks[head].start):
        return ""
    if head + 1 < end and toks[head + 1].text == "'s":
        return ""  # "said the ministry's spokesman": someone else speaks
    return _noun_phrase(sent, head, start, gaz, state, kinds)


def _trailing_speaker(sent: _Sentence, q: Quotation, gaz: Gazetteer, state: _State, kinds: dict[str, str]) -> str:
    """'Trying to "jump on a piece of land" ... was something nobody would agree to, Sisi told a news
    conference': a partial quotation whose speaker closes the sentence after a comma."""
    toks = sent.par.tokens
    start = _token_index(sent, q.close_mark + 1)
    if any(sent.first <= _token_index(sent, other.open_mark) < sent.last and other.open_mark > q.open_mark for other in sent.quotes):
        return ""  # a later quotation has its own attribution
    for c in range(start + 1, sent.last):
        if toks[c].text != "," or _in_quote(sent, toks[c].start):
            continue
        if c + 1 < sent.last and toks[c + 1].text.lower() in _NEW_CLAUSE:
            return ""  # '"significantly corrupt" in 2022, and in January ... charges he denies': another clause's
        # the first comma a speaker follows: later ones may open a description of someone else
        # ("..., Sisi told a news conference alongside President X, who had flown in")
        fake = Quotation(q.start, q.end, q.open_mark, toks[c].start - 1)
        speaker = _after_quote(sent, fake, gaz, state, kinds)
        if speaker:
            return speaker
    return ""


_NEW_CLAUSE = frozenset("and but while whereas yet".split())


def _clause_speaker(sent: _Sentence, end: int, gaz: Gazetteer, state: _State, kinds: dict[str, str]) -> str:
    """The subject of the first speech verb in the clause before token ``end``, or in earlier clauses."""
    end = min(end, sent.last)
    for lo, hi in reversed(_clauses(sent, end)):
        for j in _speech_verbs_nearest_first(sent, lo, hi, gaz):
            t = sent.par.tokens[j]  # (a word that says: the only tokens given)
            if _in_quote(sent, t.start) or _used_as_noun(sent, j):
                continue
            if t.text[:1].isupper() and (j == sent.first or any(o.first <= j < o.last for o in sent.occs)):
                continue  # "Asked whether ..." opens the sentence: no subject before it; "the State Department"
                # names a body, whose "State" states nothing
            if _passive(sent, j):
                continue  # "The election was called early after ...": no one speaks
            speaker = _agent(sent, j, lo, gaz, state, kinds)
            named_here = {o.actor for o in sent.occs if lo <= o.first < j}
            if speaker not in named_here and t.text.lower() in WRITING_VERBS and kinds.get(state.statement_owner) == PERSON:
                # 'In it the veteran leader wrote that ...': someone the text does not name outright writes
                # the letter or post it mentioned last, whose writer it named
                speaker = state.statement_owner
            if speaker:
                return speaker
    return ""


_BE = frozenset("is are was were be been being".split())


def _bracket_opening(toks: tuple[Token, ...], close: int, floor: int) -> int:
    """The "(" of the brackets that close at token ``close`` ("(CMAS)", "(UNE)"), at most eight tokens back and
    not before ``floor``; -1 when there is none."""
    return next((b for b in range(close - 1, max(floor, close - 8) - 1, -1) if toks[b].text == "("), -1)


def _passive(sent: _Sentence, j: int) -> bool:
    """A speech verb's participle after a form of "be" ("was called", "were told", "had been asked early")."""
    toks = sent.par.tokens
    k = j - 1
    if k > sent.first and toks[k].text.lower().endswith("ly"):
        k -= 1  # "was formally called"
    return k >= sent.first and toks[k].text.lower() in _BE and toks[j].text.lower().endswith(("ed", "told", "said"))


def _speech_verbs_nearest_first(sent: _Sentence, lo: int, hi: int, gaz: Gazetteer) -> list[int]:
    """The clause's speech verbs (words ``_says`` takes) in reading order, less those of a relative clause set
    off by commas; but when
    a clause's last speech verb has its speaker right before it ("If the president was accusing ...,
    Peskov said, '...'"), that verb comes first: the attribution next to the quotation outranks a verb in
    a clause of condition or report before it."""
    toks = sent.par.tokens
    # a relative clause set off by commas tells of someone else's words ("Lai, whom Beijing has branded a
    # separatist, said"): its verbs are no attribution
    inside: set[int] = set()
    j = lo
    while j < hi:
        if toks[j].text == "," and j + 1 < hi and toks[j + 1].text.lower() in ("who", "whom", "whose", "which"):
            k = next((k for k in range(j + 2, hi) if toks[k].text == ","), hi)
            if k < hi:  # closed before the quotation: a clause of its own ("who said it would '...'" is not)
                inside.update(range(j + 1, k))
            j = k
        j += 1
    # (the only tokens its caller reads: each word is asked once whether it says)
    order = [j for j in range(lo, hi) if j not in inside and toks[j].word and _says(toks[j].text, gaz)]
    last = next((j for j in reversed(order) if not _in_quote(sent, toks[j].start)), -1)
    # that last verb comes first when its speaker is named right before it ("..., Peskov said, '...'"); when a
    # relative clause that runs on to the quotation opens with it ('"...," he told residents, according to the
    # Press Service, which said in a statement: "..."'); and when the name and verb right before the quotation
    # say whose words they are, inside the report of someone else's ('He said he had asked ... and that Arce had
    # answered "bring them out"')
    if last > lo and (
            (toks[last - 1].word and toks[last - 1].text[:1].isupper() and _name_after_a_comma(toks, last - 1, lo))
            or (last > lo + 1 and toks[last - 1].text.lower() in ("which", "who") and toks[last - 2].text == ",")
            or _names_the_words_after(sent, last, hi)):
        order.remove(last)
        order.insert(0, last)
    return order


_OBJECTS_BEFORE_A_QUOTE = frozenset("him her them me us reporters journalists , :".split())


def _names_the_words_after(sent: _Sentence, verb: int, quote: int) -> bool:
    """A named actor, a speech verb at ``verb`` and at most an object ("told him") right before the quotation
    at token ``quote``."""
    toks = sent.par.tokens
    between = [t.text.lower() for t in toks[verb + 1 : quote]]
    if len(between) > 2 or any(w not in _OBJECTS_BEFORE_A_QUOTE for w in between):
        return False
    if toks[verb].text.lower() in WRITING_VERBS:
        return False  # 'wrote that Sinner had written "a new page of history"': a figure of the writer's, not his words
    k = verb - 1
    while k > sent.first and toks[k].text.lower() in SKIPPABLE:  # (as _agent walks back: "Arce had answered")
        k -= 1
    return any(o.last == k + 1 and not o.modifier for o in sent.occs)


def _name_after_a_comma(toks: tuple, j: int, lo: int) -> bool:
    """A name at ``j`` (its last token) that follows a comma: "..., Peskov said"."""
    k = j
    while k > lo and toks[k - 1].word and toks[k - 1].text[:1].isupper():
        k -= 1
    return k > lo and toks[k - 1].text == ","


def _used_as_noun(sent: _Sentence, j: int) -> bool:
    """'the Jewish state's premier', 'his call', 'the northern Indian state of Uttar Pradesh': a speech verb's
    form after a determiner, a nationality or an adjective, or before "'s"."""
    toks = sent.par.tokens
    if j + 1 < sent.last and toks[j + 1].text == "'s":
        return True
    if j - 1 >= sent.first and any(o.last == j and o.kind == "demonym" for o in sent.occs):
        return True  # ("an Indian state", "the Iranian statement")
    return j - 1 >= sent.first and toks[j - 1].text.lower() in ("the", "a", "an", "its", "his", "her", "their")


def _clauses(sent: _Sentence, end: int) -> list[tuple[int, int]]:
    """Token ranges of the clauses before ``end``: a new one starts at ";", a dash, or ", but" / ", with" ..."""
    toks = sent.par.tokens
    bounds = [sent.first]
    for j in range(sent.first + 1, end):
        t = toks[j]
        prev = toks[j - 1]
        if t.text in (";", "\u2014", "\u2013"):
            bound = j + 1
        elif t.word and t.text.lower() in CLAUSE_WORDS and (prev.text == "," or prev.text in "\u201d\""):
            bound = j
        elif t.text == "and" and prev.text == "," and j + 1 < end and (
            toks[j + 1].text[:1].isupper() or toks[j + 1].text.lower() in OWN_SUBJECT_OPENERS
        ):
            bound = j  # "..., and ECB President Christine Lagarde praised": a clause with its own subject
        else:
            continue
        # (inside a quotation no token bounds a clause; asked only of a token that would, none of which is a
        # closing quotation mark)
        if not _in_quote(sent, t.start):
            bounds.append(bound)
    bounds.append(end)
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


_TIME_OR_CAUSE = frozenset("when as while after before because until since once".split())


def _agent(sent: _Sentence, verb: int, lo: int, gaz: Gazetteer, state: _State, kinds: dict[str, str]) -> str:
    """Who does the speech verb at token ``verb``: look back over adverbs, parentheses and the noun phrase."""
    toks = sent.par.tokens
    j = verb - 1
    if j >= lo and toks[j].text == "," and toks[verb].text.endswith("ing"):
        return _subject(sent, gaz, state, kinds)  # "..., saying": the participle shares the sentence's subject
    if j >= lo and toks[j].text.lower() in ("by", "after", "while") and toks[verb].text.endswith("ing"):
        return _subject(sent, gaz, state, kinds)  # "The board stunned the Valley by announcing ..."
    while j >= lo:
        t = toks[j]
        low = t.text.lower()
        if t.text == "." and j - 1 >= lo and _occurrence_ending_at(sent, j - 1) is not None:
            j -= 1  # "President Ana Ruiz Jr. said": the full stop of an abbreviation closing the name
            continue
        if t.word and (low in SKIPPABLE or (low.endswith("ly") and len(low) > 4)):
            j -= 1
            continue
        if t.word and (t.text in TIME_WORDS or low in TIME_WORDS or t.text.isdigit()) and _occurrence_ending_at(sent, j) is None:
            j -= 1  # "X on Tuesday rejected", "X late last week said" (not "Theresa May said")
            while j >= lo and toks[j].word and (toks[j].text.lower() in TIME_LEADS or toks[j].text in TIME_WORDS):
                j -= 1
            continue
        if t.text == ")":
            # "the Coordination of ... (CMAS) deplored": the bracketed short name is the body's
            k = _bracket_opening(toks, j, lo)
            inner = _occurrence_ending_at(sent, j - 1)
            if k >= lo and inner is not None and inner.actor and inner.first > k:
                # (unless the body is where a named person comes from: "Breon Peace of the Eastern District of
                # New York (EDNY) said")
                spelled = _occurrence_ending_at(sent, k - 1)
                if spelled is not None and spelled.actor == inner.actor:
                    return _unless_object_of_preposition(sent, spelled, lo, gaz, state)
                return inner.actor
            if k >= lo:
                j = k - 1
                continue
            break
        if t.text == ",":
            opener = _relative_clause_with_a_list(sent, j, lo)
            if opener >= 0:
                occ = _occurrence_ending_at(sent, opener - 2)
                if occ is not None and occ.actor:
                    return occ.actor  # "The alliance, which negotiates for Disney, Netflix and others, said"
            # an apposition ", Aidos Ukibay," or a relative clause ", who took part,"
            k = _comma_at_or_before(toks, j - 1, lo)
            if k < lo and lo > sent.first and toks[lo].text.lower() in ("who", "whom", "whose", "which") \
                    and toks[lo - 1].text == ",":
                # "Lai, whom Beijing has branded a separatist, said": the relative clause opened a clause of its
                # own; the speaker is the name before it
                k, lo = lo - 1, sent.first
            if k < lo:
                break
            occ = _occurrence_ending_at(sent, j - 1)
            if occ is None and toks[j - 1].text == ")":
                # ", the Unión Eléctrica (UNE), reported": the name before its short form in brackets
                b = _bracket_opening(toks, j - 1, max(k + 2, j - 8))
                if b >= 0:
                    occ = _occurrence_ending_at(sent, b - 1)
            if occ is None or not occ.actor:
                # ", Representative X of Davao City,": the person, past where they are from
                m = j - 1
                while m > k and toks[m].word and toks[m].text[:1].isupper():
                    m -= 1
                if m < j - 1 and toks[m].text in ("of", "from"):
                    occ = _occurrence_ending_at(sent, m - 1) or occ
            head = occ.chain_first if occ is not None and occ.chain_first >= 0 else (occ.first if occ else -1)
            lead = [t.text.lower() for t in toks[k + 1 : head]] if occ is not None else ["?"]
            if occ is not None and occ.actor and all(w in ("the", "a", "an") for w in lead):
                return occ.actor  # the speaker in apposition: "His spokesman, Aidos Ukibay, wrote"
            inner = [t.text.lower() for t in toks[k + 1 : j]]
            if occ is not None and occ.actor and ("known" in inner or "called" in inner) and inner[0] not in ("known", "called"):
                return occ.actor  # "Britain, France and Germany, the group known as the E3, said"
            # (", known as MONUSCO," names the mission a relative clause before it spoke of: look on, past it)
            j = k - 1  # a relative clause or a description: ", who took part," / ", head of the party,"
            if inner[:1] == ["who"] and _occurrence_ending_at(sent, j) is None and "," in [t.text for t in toks[lo:j]]:
                j = k  # ", the union's head, who led the talks,": the relative clause follows a description
            elif inner[:1] in (["whose"], ["which"], ["who"]):
                # "Peter Berdowski, chief executive of ... Boskalis, whose subsidiary led it, said": past the
                # description the relative clause follows, to the person it describes
                k2 = _comma_at_or_before(toks, j, lo)
                person = _occurrence_ending_at(sent, k2 - 1) if k2 > lo else None
                if person is not None and kinds.get(person.actor) == PERSON:
                    return person.actor
            continue
        if t.word and t.text.islower() and j + 1 < len(toks) and toks[j + 1].text == ",":
            # "Yes23, the main Yes campaign, on behalf of ..., called": a description set off by commas after
            # the name, before the phrase just passed
            k = _comma_at_or_before(toks, j - 1, lo)
            if k > lo and toks[k + 1].text.lower() in ("the", "a", "an"):
                occ = _occurrence_ending_at(sent, k - 1)
                if occ is not None and occ.actor:
                    return occ.actor
        break
    if j < lo:
        return ""
    t = toks[j]
    low = t.text.lower()
    if t.word and low == "and":
        return _subject(sent, gaz, state, kinds)  # "... and warned Moscow": a second verb of the subject
    if t.word and low in ("who", "which") and j - 1 >= lo and toks[j - 1].text == ",":
        occ = _occurrence_ending_at(sent, j - 2)
        if occ is not None:
            return occ.actor  # "... by President Ana Ruiz, who said it was ..."
        k2 = _comma_at_or_before(toks, j - 2, lo)
        person = _occurrence_ending_at(sent, k2 - 1) if k2 > lo and low == "who" else None
        if person is not None and kinds.get(person.actor) == PERSON:
            return person.actor  # "to answer Rodney Hogg, the former fast bowler, who had called ...": the person
        if j - 2 >= lo and toks[j - 2].word and toks[j - 2].text.islower():
            return _noun_phrase(sent, j - 2, lo, gaz, state, kinds)  # "according to the ministry, which added:"
    occ = _occurrence_ending_at(sent, j)
    if occ is not None:
        return _unless_object_of_preposition(sent, occ, lo, gaz, state)
    if t.word and t.text[:1].isupper():
        # 'Eramet, which mines at Moanda, in the south-east, said': commas inside the relative clause hid
        # the name it follows
        for k in range(j - 1, lo + 1, -1):
            if toks[k].text.lower() in ("which", "who") and toks[k - 1].text == ",":
                found = _occurrence_ending_at(sent, k - 2)
                if found is not None:
                    return found.actor
                break
    if t.word and low in OTHER_PRONOUNS:
        # 'The ministry launched what it called ...': "it" is the body the sentence opened with
        own = _subject(sent, gaz, state, kinds, before=t.start)
        if own and kinds.get(own) != PERSON:
            return own
        opening = [w.text.lower() for w in toks[sent.first : sent.first + 2]]
        if len(opening) == 2 and opening[0] == "the" and opening[1] in ORG_NOUNS:
            own = _latest_org(opening[1], state, kinds)  # "The court used the test in January, when it ruled"
            if own:
                return own
    if t.word and low in PERSON_PRONOUNS:
        # 'but Paz offered a gentler path, pledging what he calls "..."': a person the sentence named before
        # the pronoun, as its subject, is whom it means
        named = [o for o in sent.occs if o.last <= j and kinds.get(o.actor) == PERSON and not o.modifier
                 and not _in_quote(sent, o.start) and o.last < len(toks) and toks[o.last].word
                 and toks[o.last].text.islower() and toks[o.last].text not in gaz.stopwords]
        if named:
            return named[-1].actor
        # 'The captain, Sajjad Gul, was circling when he told the tower: "..."': in a clause of time or cause,
        # the person the sentence is about
        own = _subject(sent, gaz, state, kinds, before=t.start) if j > lo and toks[j - 1].text in _TIME_OR_CAUSE else ""
        if own and kinds.get(own) == PERSON:
            return own
    if t.word and low in PERSON_PRONOUNS | OTHER_PRONOUNS:
        return _pronoun(low, state)
    if t.word and low in ("that", "which") and any(
        toks[k].word and toks[k].text.lower() in STATEMENT_NOUNS and not _in_quote(sent, toks[k].start)
        for k in range(max(lo, j - 20), j)
    ):
        return state.statement_owner  # 'a statement in her name, ..., that urged people "not to accept this"'
    if not t.word or (low in gaz.stopwords and t.text[:1].islower()):
        return ""  # "in response to alleged ...": a preposition is no subject
    return _person_by_surname(t.text, kinds) or _noun_phrase(sent, j, lo, gaz, state, kinds)


# people counted as a body's voice: "leaders of the bloc said", "officials from the ministry said"
_VOICES_OF_A_BODY = frozenset("leaders members officials representatives spokesmen spokespeople delegates "
                              "lawmakers executives negotiators envoys".split())


def _relative_clause_with_a_list(sent: _Sentence, comma: int, lo: int) -> int:
    """The "which" or "who" opening the relative clause that the comma at ``comma`` closes, when the clause lists
    names with commas of its own (", which negotiates for Disney, Netflix, Amazon and others,"), else -1: the
    names in the list are no speaker's apposition."""
    toks = sent.par.tokens
    listed = False
    for w in range(comma - 1, max(lo, comma - 40), -1):
        t = toks[w]
        if t.text in (";", ":", "(", ")") or _in_quote(sent, t.start):
            return -1
        if t.text == ",":
            after = toks[w + 1].text
            if toks[w - 1].word and after.lower() in ("which", "who"):
                return w + 1 if listed else -1
            if not (after[:1].isupper() or after in ("and", "or")):
                return -1  # ", the head of the union,": a description, which the caller reads
            listed = True
    return -1


def _comma_at_or_before(toks: tuple[Token, ...], j: int, lo: int) -> int:
    """The last comma at token ``j`` or before it, down to ``lo``; -1 when there is none."""
    return next((k for k in range(j, lo - 1, -1) if toks[k].text == ","), -1)


def _unless_object_of_preposition(sent: _Sentence, occ: Occurrence, lo: int, gaz: Gazetteer, state: _State) -> str:
    """``occ`` stands right before a speech verb; it is the speaker unless a preposition governs it (not
    "with", which opens a clause of its own: "with Minister X saying"): in
    "Ana Ruiz, an analyst at Nordbank, said" or "Chile's envoy to Peru said" the place or body belongs to a
    description, and the speaker is the name the description follows, or the person the text gave that role."""
    toks = sent.par.tokens
    while True:
        start = occ.chain_first if occ.chain_first >= 0 else occ.first
        before = start - 1
        while before >= lo and (toks[before].text.lower() in ("the", "a", "an")
                                or (toks[before].text.islower() and toks[before].text in gaz.role_modifiers)):
            before -= 1  # "of the former Prime Minister X"
        if before < lo or toks[before].text.lower() not in PREPOSITIONS or toks[before].text.lower() == "with":
            return occ.actor
        if toks[before].text.lower() == "as" and before >= 1 and toks[before - 1].text.lower() in NAMING_WORDS:
            return occ.actor  # "a woman who gave her name only as Candy told AFP": the name is who speaks
        if before - 1 >= lo and toks[before - 1].text.lower() in _VOICES_OF_A_BODY and toks[before].text.lower() in ("of", "from"):
            return occ.actor  # "leaders of the INDIA bloc said": the body speaks through them
        if before - 1 >= lo and toks[before - 1].text.lower() in SPOKES_WORDS and toks[before].text.lower() in ("for", "of") \
                and not (before - 3 >= lo and toks[before - 3].text == ","):
            # "A spokesperson for Winston Peters said": the principal speaks through one the text does not name
            # (not "Sean Robertson, a spokesperson for Inherent Resolve, said")
            return occ.actor
        comma = _comma_at_or_before(toks, before, lo)
        if comma < lo:
            # no apposition: the description opens the clause ("Chile's envoy to Peru"); or a body's name and its
            # noun do ("The Yelema party of former prime minister Moussa Mara denounced"): the body speaks
            for owner in sent.occs:
                if lo <= owner.first and owner.last <= before and before - owner.last <= 1 and owner.actor \
                        and owner is not occ and not owner.modifier:
                    if owner.last == before or toks[owner.last].text.islower():
                        return owner.actor
            words = [t.text.lower() for t in toks[lo:before] if t.word]
            return _person_with_role(words, gaz, state)
        found = _occurrence_ending_at(sent, comma - 1)
        if found is None:
            return _person_with_role([t.text.lower() for t in toks[comma + 1 : before] if t.word], gaz, state)
        occ = found


def _noun_phrase(sent: _Sentence, head: int, lo: int, gaz: Gazetteer, state: _State, kinds: dict[str, str]) -> str:
    """Resolve a subject noun phrase ending at token ``head``: "a French Foreign Ministry statement",
    "Its summary of the conversation", "the ministry", "the statement"."""
    toks = sent.par.tokens
    k = head
    while k >= lo and toks[k].word and head - k < 10:
        # (a capitalised "US" is a name, not the pronoun: "the US military")
        acronym = len(toks[k].text) > 1 and toks[k].text.isupper()
        if k < head and toks[k].text.lower() in gaz.stopwords and toks[k].text.lower() not in NOUN_PHRASE_WORDS and not acronym:
            k += 1
            break
        if toks[k].text.lower() in ("the", "a", "an", "its", "his", "her", "their") or (k > lo and not toks[k - 1].word):
            if k - 2 >= lo and toks[k - 1].text == "of":
                k -= 2  # "Its summary of the conversation"
                continue
            break
        k -= 1
    k = max(k, lo)
    if k == head and k - 1 > lo and toks[k - 1].text == "'s" and toks[head].text.lower() in _SPEAKING_BODIES:
        owner = _occurrence_ending_at(sent, k - 2)
        if owner is not None and owner.actor:
            return owner.actor  # "Nigeria's delegation described the package as "an insult"": the country speaks
    words = [t.text.lower() for t in toks[k : head + 1] if t.word]
    for o in sent.occs:
        # (not the place in "the Oslo-based company")
        if k <= o.first and o.last - 1 <= head and not toks[o.last - 1].text.lower().endswith("-based"):
            return o.actor
    nouns = [w for w in words if w not in ("the", "a", "an", "of")]
    if words and words[0] in PERSON_PRONOUNS | OTHER_PRONOUNS:
        if len(nouns) > 1 and nouns[-1] in gaz.role_heads and nouns[-1] not in SPOKES_WORDS:
            # "his lawyer said": someone else, the one the text gave that post if it did, else someone it does not
            # name (and not the one "his" means); a spokesman speaks for the one whose he is
            return _person_with_role(nouns[-1:], gaz, state) or UNNAMED
        return _pronoun(words[0], state)
    if len(nouns) == 1 and toks[head].text.isupper() and len(toks[head].text) >= 2:
        posted = [p for p, role in state.roles.items() if toks[head].text in role]
        if len(posted) == 1:
            return posted[0]  # "the CJI said": the one person whose post those letters abbreviate
    if any(w in STATEMENT_NOUNS for w in nouns):
        return state.statement_owner
    if nouns[-1:] == ["party"] and _party_told_of(state, kinds):
        return state.other
    named = _body_named_by(nouns[-1] if nouns else "", sent, k, gaz, state, kinds) if toks[head].text.islower() else ""
    if named:
        return named
    aged = next((w for w in nouns if YEAR_OLD.fullmatch(w)), "")
    if aged and words[0] == "the":
        # "the 74-year-old told Tusk", "the 78-year-old leader added": the person the text gave that age; else,
        # with no title to go by, the one it is telling of
        known_age = state.ages.get(aged.split("-")[0], "")
        if known_age or not any(w in gaz.role_heads for w in nouns):
            # with no age given anyone, the person the story is about; not the one spoken to ("told Tusk")
            told = next((o.actor for o in sent.occs if o.first == head + 2), "")
            return known_age or next((p for p in (state.central, state.par_person, state.person) if p and p != told), "")
    # ("the 78-year-old leader": an age no one was given, with a title: the title decides, else the person told of)
    aged_fallback = (state.par_person or state.person) if aged and words[0] == "the" else ""
    # a body's noun names the speaker as the head ("the lender said"), not before one ("the bank's governor")
    org_noun = next((w for w in nouns if w in ORG_NOUNS and (w not in _BUSINESS_NOUNS or w == nouns[-1])), "")
    if org_noun:
        return _latest_org(org_noun, state, kinds)
    if any(w in gaz.role_heads for w in nouns) and (toks[head].text.islower() or toks[head].text.lower() in gaz.role_heads):
        # "the judge said": the person introduced as judge; "the King said", as some papers write a head of state
        described = _person_with_role(nouns, gaz, state)
        if described:
            return described
    if any(w in gaz.role_heads for w in nouns):
        if any(w in ("spokesman", "spokeswoman", "president", "minister") for w in nouns):
            held = state.roles.get(state.person)
            # (not someone whose post the text told, and another: "the former prime minister" after an energy minister)
            return state.person if not held or _which_post(nouns, gaz) <= held else ""
        return aged_fallback
    return ""


def _body_named_by(
    noun: str, sent: _Sentence, before: int, gaz: Gazetteer, state: _State, kinds: dict[str, str]
) -> str:
    """'the ministry', 'the bank': the organisation mentioned last whose name holds that noun
    ('Ministry of Foreign Affairs', 'European Central Bank')."""
    if not noun or noun in gaz.role_heads or noun in gaz.stopwords:
        return ""
    if noun in state.described:
        return state.described[noun]  # "the network said" after "Alarm Phone, a network of activists,"
    earlier = [
        o.actor
        for o in sent.occs
        if o.last <= before and kinds.get(o.actor) == ORG and not _in_quote(sent, o.start) and not _is_affiliation(sent, o, gaz)
    ]
    for actor in [*reversed(state.orgs + earlier), *reversed(state.affiliations)]:
        if noun in actor.lower().split():
            return actor
    # a body's statement names the body itself: '"The Cabinet of Ministers strongly condemns ...," the cabinet said'
    return next((o.actor for o in sent.occs if o.last <= before and kinds.get(o.actor) == ORG and _in_quote(sent, o.start)
                 and noun in o.actor.lower().split()), "")


def _is_affiliation(sent: _Sentence, o: Occurrence, gaz: Gazetteer) -> bool:
    """True when ``o`` names a body as someone's employer: 'governor of the National Bank', 'an analyst at
    Nordbank'. A later "the bank said" rather means a body the text is about."""
    toks = sent.par.tokens
    k = (o.chain_first if o.chain_first >= 0 else o.first) - 1
    while k > sent.first and toks[k].text.lower() in ("the", "a", "an"):
        k -= 1
    return (
        k > sent.first
        and toks[k].text.lower() in ("of", "at", "for")
        and toks[k - 1].word
        and toks[k - 1].text.lower() in gaz.role_heads
    )


def _latest_org(noun: str, state: _State, kinds: dict[str, str]) -> str:
    if state.other and (noun in state.other.lower() or noun in ("bloc", "alliance", "organization", "union")):
        return state.other
    if noun == "party" and _party_told_of(state, kinds):
        return state.other
    if noun == "company" and state.par_orgs:
        return state.par_orgs[0]  # "By Monday DeepSeek's assistant had overtaken ChatGPT ... the company said": the
        # body the paragraph is about, named first (a later "Apple's App Store" is in passing)
    if (noun in ("company", "group") or noun in _BUSINESS_NOUNS) and kinds.get(state.other) == ORG:
        return state.other  # "Apple said ... the company said", "the lender said": the body the text was about
    if noun == "company" and state.orgs:
        return state.orgs[-1]  # ("... in the US, the company said": the body named last, past a country)
    if noun in ("government", "administration") and state.countries:
        # "the government said on Twitter": the government of the country the article is about
        top = max(state.countries.values())
        return next(c for c, n in state.countries.items() if n == top)  # a tie goes to the one named first
    if noun in ("government", "administration"):
        return state.other
    # "the court" after "Israel's Supreme Court": the one body of the text whose name has that noun
    named = [name for name, kind in kinds.items() if kind == ORG and noun.title() in name.split()]
    return named[0] if len(named) == 1 else ""


def _party_told_of(state: _State, kinds: dict[str, str]) -> bool:
    """Is the body the text just told of a party, though "Party" is not its name's head ("The APC had
    condemned ... The party said": the All People's Congress)?"""
    return kinds.get(state.other) == ORG and state.other.split()[-1] in PARTY_WORDS


def _one_of_a_nation(toks: tuple[Token, ...], o: Occurrence, last: int) -> bool:
    """"the American", "the 24-year-old Kenyan": a nationality's singular noun after "the" and at most an
    age, standing for a person (not "the Americans", not "the American embassy")."""
    k = o.first - 1
    if k > 0 and YEAR_OLD.fullmatch(toks[k].text):
        k -= 1
    return (k >= 0 and toks[k].text.lower() == "the" and not o.surface.endswith("s")
            and (o.last >= last or not toks[o.last].word))


def _one_of_a_nation_says(toks: tuple[Token, ...], i: int, last: int, gaz: Gazetteer) -> bool:
    """"the Briton said", "the Kenyan told reporters": one person named by nationality, speaking (not "the
    Chinese said" nor "the Swiss said", which may be a whole side)."""
    if toks[i].text.lower() != "the":
        return False
    k = i + 1
    if k + 1 >= last or not toks[k].text[:1].isupper() or toks[k].text.endswith(("s", "ese")):
        return False
    verb = toks[k + 1]
    return (verb.word and verb.text.islower() and _says(verb.text, gaz)
            and any(e.kind == "demonym" for e in gaz.lookup((fold(toks[k].text),))))


def _pronoun(word: str, state: _State) -> str:
    """'he'/'she' is the person the paragraph last named, else the latest person subject before it."""
    if word.lower() in PERSON_PRONOUNS:
        return _person_just_named(state)
    return state.other


def _person_just_named(state: _State) -> str:
    """The person the paragraph last named, else the latest person subject before it."""
    return state.par_person or state.person


_SUBJECT_VERBS = frozenset("had has was is would will said told".split())  # (stopwords that are verbs after a subject)


def _the_post_as_subject(toks: tuple, k: int, last: int, gaz: Gazetteer | None) -> bool:
    """"the president had posted", "the prime minister told": "the", a post and a verb at ``k``, which after an
    opening phrase with no comma ("Earlier in the day the president had posted") is the sentence's subject."""
    return (gaz is not None and toks[k].text == "the" and k + 1 < last and toks[k + 1].text.islower()
            and (toks[k + 1].text in gaz.role_heads or toks[k + 1].text in gaz.role_modifiers)
            and _post_then_verb(toks, k + 1, last, gaz) > 0)


def _post_then_verb(toks: tuple, first: int, last: int, gaz: Gazetteer) -> int:
    """The index of the verb after a post's words at ``first`` ("president had", "prime minister told"); 0 when
    no verb follows them."""
    end = first
    while end < last and toks[end].word and (toks[end].text.lower() in gaz.role_heads
                                              or toks[end].text.lower() in gaz.role_modifiers):
        end += 1
    if end > first and end < last and toks[end].word and toks[end].text.islower() and (
            toks[end].text not in gaz.stopwords or toks[end].text in _SUBJECT_VERBS):
        return end
    return 0


def _opens_with_a_time(toks: tuple, first: int, last: int) -> bool:
    """"The next day", "The following morning", "That evening", "The same week": a time told from the story's own,
    which, like "On Monday", may stand before the subject with no comma ("The next day she was arrested")."""
    if first >= last or toks[first].text.lower() not in ("the", "that"):
        return False  # (most sentences: no need to read four words)
    words = [t.text.lower() for t in toks[first : min(last, first + 4)]] + ["", "", ""]
    if words[0] == "the" and words[1] in ("next", "following", "same", "previous"):
        unit, after = words[2], words[3]
    elif words[0] == "that":
        unit, after = words[1], words[2]
    else:
        return False
    return (unit in _TIME_UNITS or unit in _PARTS_OF_DAY) and after != "'s"  # (not "The next day's talks")


def _subject(
    sent: _Sentence, gaz: Gazetteer | None, state: _State, kinds: dict[str, str], before: int | None = None
) -> str:
    """The sentence's subject: an opening pronoun, or an actor that opens the sentence (after an adverbial
    phrase such as "On Thursday,"), titles included; "" when the sentence opens with anything else
    ("Thousands of people gathered in central Tbilisi"). ``before`` bounds where it may be."""
    toks = sent.par.tokens
    first = sent.first
    # "In a video address, he thanked": an opening adverbial phrase ends at the first comma
    opener = toks[sent.first].text.lower()
    # a clause or a participle ("Asked about the plan for the port,") runs longer than a phrase ("On Monday,")
    # (both looks open on the first word, which ``opener`` holds lower-cased: most sentences need neither)
    participle = opener in PARTICIPLE_OPENERS or (opener.endswith("ing") and _opens_with_a_participle(sent))
    long_opener = opener in SUBORDINATORS or participle
    counted = (opener in _COUNTED and sent.first + 1 < sent.last and toks[sent.first + 1].text.lower() in _TIME_UNITS) \
        or (opener in ("the", "that") and _opens_with_a_time(toks, sent.first, sent.last))
    # (only an opening phrase or clause has a comma that ends it: the others need no look for one)
    opens_a_phrase = opener in ADVERBIAL_OPENERS or opener in SUBORDINATORS or counted or participle
    comma = _opening_comma(sent, long_opener) if opens_a_phrase else -1
    if before is not None and comma >= 0 and toks[comma].start > before and opener in SUBORDINATORS:
        # 'When Cardinal Mamberti read out "Prevost," there was a pause': the quotation is inside the opening
        # clause, whose own subject says it
        comma, first = -1, sent.first + 1
    # "In a post on Truth Social he congratulated ...", "On Friday he wrote, ...": a phrase with no comma of its
    # own ends at the pronoun after it
    adverbial = (opener in ADVERBIAL_OPENERS or counted) and opener not in SUBORDINATORS
    pronoun = next((k for k in range(sent.first + 2, min(sent.last, sent.first + 12, comma if comma >= 0 else sent.last))
                    if toks[k].word and (toks[k].text in ("he", "she")
                                         or _the_post_as_subject(toks, k, sent.last, gaz))), -1) if adverbial else -1
    if pronoun >= 0:
        first = pronoun
    elif comma >= 0 and opens_a_phrase:
        first = comma + 1
        # a second phrase before the subject: "Speaking late on Monday, after the declaration, the president-elect"
        while first < sent.last and toks[first].text.lower() in ADVERBIAL_OPENERS:
            nxt = next((k for k in range(first + 1, min(sent.last, first + 6)) if toks[k].text == ","), -1)
            if nxt < 0:
                break
            first = nxt + 1
    if first < sent.last and toks[first].word:
        opening = toks[first]
        low = opening.text.lower()  # (once: the three tests below read it)
        if low in ("he", "she") and opener in SUBORDINATORS:
            # "When President X opened the summit, he said": the person the clause before named
            named = [o.actor for o in sent.occs if o.last <= first and kinds.get(o.actor) == PERSON and not o.modifier]
            if named:
                return named[-1]
        if low in ("he", "she", "it", "they"):
            return _pronoun(opening.text, state)
        if low in ("his", "her", "its", "their"):
            return ""  # "Her death sparked ...": the subject is what the pronoun owns
    while first < sent.last and toks[first].text.lower() in ("the", "a", "an"):
        first += 1
    if (first + 1 < sent.last and toks[first - 1].text.lower() == "the" and toks[first].text.lower() in ORG_NOUNS
            and toks[first + 1].word and toks[first + 1].text.islower()):  # (not "the court's president")
        return _latest_org(toks[first].text.lower(), state, kinds)  # "The board had stunned ...": the body told of
    if gaz is not None and first + 2 < sent.last and toks[first + 1].text in ("'s", "\u2019s") and toks[first].text.islower() \
            and toks[first + 2].text.lower() in gaz.role_heads:
        first += 2  # "the court's president, Judge Iwasawa Yuji, said": the post of a body the text told of
    if gaz is not None and first < sent.last and toks[first].text.lower() in gaz.role_heads:
        # "The governor of the Central Bank of Libya, Sadiq al-Kabir, has left": the post, then its holder
        comma = next((k for k in range(first, min(sent.last, first + 12)) if toks[k].text == ","), -1)
        person = _apposed_person(sent, comma, kinds) if comma > 0 else ""
        if person:
            return person
        if _post_then_verb(toks, first, sent.last, gaz):
            # "the president-elect thanked Bawumia", "the president had posted": a post doing something is its
            # holder; one the text never gave anyone is held by the person the story is about, never by whom the
            # sentence names after it
            return _described_person(sent, first, gaz, state) or state.central
    for o in sent.occs:
        if before is not None and o.start >= before:
            break
        if o.modifier or _in_quote(sent, o.start) or o.last <= first:
            continue  # "Asked about Ruiz's plan, Ana Duarte told ...": a name inside the opener is not the subject
        start = o.chain_first if o.chain_first >= 0 else o.first
        if start == first and o.kind == "demonym" and o.last < sent.last and toks[o.last].word \
                and toks[o.last].text.islower():
            return ""  # "A British lawyer also died": a nationality describing the subject, no country acting
        if start == first and o.last < sent.last and toks[o.last].text in ("'s", "\u2019s"):
            # "Zimbabwe's president, Emmerson Mnangagwa, ... congratulated", "Ruiz's lawyer, Ana Duarte, said":
            # the person the title or the tie belongs to
            comma = next((k for k in range(o.last, min(sent.last, o.last + 6)) if toks[k].text == ","), sent.last)
            person = _apposed_person(sent, comma, kinds)
            if person:
                return person
            if o.last + 1 < sent.last and toks[o.last + 1].text.lower() in ORG_NOUNS and kinds.get(o.actor) == PERSON:
                # "Hassani Cherif's party, the MSP, called it ...": the body, which the apposition may name
                k = comma + 1 + (comma + 1 < sent.last and toks[comma + 1].text.lower() == "the")
                body = next((b for b in sent.occs if b.first == k and kinds.get(b.actor) == ORG), None)
                return body.actor if body is not None else ""
        if start == first and kinds.get(o.actor) == COUNTRY:
            body = next((b for b in sent.occs if b.first == o.last and kinds.get(b.actor) == ORG), None)
            if body is not None:
                return body.actor  # "The United States State Department said": the country's body
        return o.actor if start == first or (gaz is not None and _described_name(sent, first, start, o, gaz)) else ""
    return ""


def _opens_with_a_name(sent: _Sentence, at: int) -> bool:
    """A name starts at token ``at`` and a word, not a comma, follows it: the clause's subject and its verb."""
    toks = sent.par.tokens
    occ = next((o for o in sent.occs if (o.chain_first if o.chain_first >= 0 else o.first) == at), None)
    if occ is None or occ.last >= sent.last:
        return False
    k = occ.last
    if k + 2 < sent.last and toks[k].text == "," and toks[k + 1].text.isdigit() and toks[k + 2].text == ",":
        k += 3  # "Connolly, 68, promised": an age set off after the name
    return k < sent.last and toks[k].word and toks[k].text.islower()


def _described_name(sent: _Sentence, first: int, start: int, o: Occurrence, gaz: Gazetteer) -> bool:
    """True when one or two words saying what ``o`` is open the sentence before it and a verb follows it
    ("State broadcaster MRTV went off the air", "Rights group Amnesty said"): the name is the subject."""
    toks = sent.par.tokens
    between = toks[first:start]
    if not 1 <= len(between) <= 2 or o.last >= sent.last:
        return False
    if not all(t.word and t.text.lower() not in gaz.stopwords for t in between):
        return False
    head = between[-1].text
    after = toks[o.last]
    return (gaz.is_role_word(head) or head.capitalize() in gaz.org_cues) and after.word and after.text.islower()


def _statement_owner(sent: _Sentence, gaz: Gazetteer, state: _State, kinds: dict[str, str]) -> str:
    """Who issued the statement this sentence mentions: "a Kremlin statement", "said in a statement"."""
    text = sent.par.text[sent.start : sent.end].lower()
    if not any(map(text.__contains__, STATEMENT_NOUNS)):  # (no generator frame per noun: most sentences try all)
        return ""  # (most sentences mention none: a look at the text spares a look at each of its words)
    toks = sent.par.tokens
    for j in range(sent.first, sent.last):
        t = toks[j]
        if not (t.word and t.text.lower() in STATEMENT_NOUNS) or _in_quote(sent, t.start):
            continue
        k = j - 1
        while k > sent.first and toks[k].word and toks[k].text.lower() in ("joint", "written", "official", "brief", "short"):
            k -= 1
        occ = _occurrence_ending_at(sent, k)
        if occ is not None:
            return occ.actor
        lead = k
        while lead > sent.first and toks[lead].text.lower() in ("the", "a", "an", "his", "her", "its", "their"):
            lead -= 1
        if toks[lead].text.lower() in RECEIVING_VERBS:
            return ""  # "he had received the letter": its writer is whoever the text named before
        for o in sent.occs:
            # "a statement on Facebook in Ana Ruiz's name" / "a letter on behalf of the union"
            if j < o.first <= j + 8 and not o.modifier:
                named = o.last + 1 < sent.last and toks[o.last].text == "'s" and toks[o.last + 1].text == "name"
                behalf = [t.text.lower() for t in toks[max(j, o.first - 3) : o.first]] == ["on", "behalf", "of"]
                if named or behalf:
                    return o.actor
        if k >= sent.first and toks[k].text == "'s":
            occ = _occurrence_ending_at(sent, k - 1)
            if occ is not None:
                return occ.actor
        by = j + 1
        if by + 1 < sent.last and toks[by].text in ("issued", "released", "published", "signed", "posted"):
            by += 1  # "a statement issued by Yes23"
        if by + 1 < sent.last and toks[by].text in ("by", "from"):
            for o in sent.occs:
                if o.first in (by + 1, by + 2):
                    return o.actor
        # "X said in a joint statement": the speaker of the sentence issued it; 'X will "act," according to
        # a statement': its subject did; "In a farewell letter to readers, Chan wrote": the subject after it
        opening = toks[sent.first].text.lower() in ("in", "on", "through", "via") and any(
            toks[m].text == "," for m in range(j + 1, min(sent.last, j + 8)))
        return (_clause_speaker(sent, j, gaz, state, kinds)
                or _subject(sent, gaz, state, kinds, before=None if opening else t.start))
    return ""


def _next_paragraph_speaker(sentences: list[_Sentence], gaz: Gazetteer, state: _State, kinds: dict[str, str]) -> str:
    """A quotation running on into the next paragraph takes the attribution found there."""
    if not sentences or not sentences[0].quotes:
        return ""
    first = sentences[0]
    return _after_quote(first, first.quotes[0], gaz, state, kinds)


__all__ = ["find_quotes"]
