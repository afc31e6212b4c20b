"""Tokens, sentences and quotations of one paragraph, with character offsets.

Entity and quote finding both work on these, so a span found by one lines up
with the text the other sees, and every ``Mention`` points back into the
original paragraph string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

# A dotted acronym ("U.S.", "U.N."), a word with inner hyphens or apostrophes
# ("Jean-Yves", "al-Burhan", "O'Brien"), or any other single character. A word
# character is any Unicode letter or digit ("Erdoğan", "Tromsø") and may carry
# combining accents, so text in decomposed form ("e" + U+0301) still reads as words.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD = rf"\w[\w{_MARKS}]*"
WEB_NAME = r"[A-Z][A-Za-z0-9-]+\.(?:com|org|net|info|news|[a-z]{2})"  # "Orda.kz", "Meduza.io": one name
# a name that opens with digits: "1TV", "4Kids" (not "5G", "3D", "10AM": one letter, or a time)
# (nor a measure: "100MW", "64GB", "5KWh")
DIGIT_LED_NAME = re.compile(r"\d+(?![AP]M\b|[kKMGT]?(?:W|Wh|B|Hz)\b|K[mM]\b|MPH\b)[A-Z][A-Za-z]+")
# A possessive "'s" is matched apart from its word ("Russia", "'s"), so no token needs splitting later.
_TOKEN = re.compile(
    rf"(?:[^\W\d_][{_MARKS}]*\.){{2,}}"
    rf"|{WEB_NAME}(?![\w.])"  # a site named by its address: "Orda.kz"
    rf"|{_WORD}(?:[-\u2010\u2011&]{_WORD}|['\u2019](?!s\b){_WORD})*\+?"
    r"|['\u2019]s\b"
    r"|\S",
)
OPEN_QUOTES = "\u201c\u00ab\u201e"
SINGLE_OPEN = "\u2018"
CLOSE_QUOTES = "\u201d\u00bb"
QUOTE_CHARS = '"' + OPEN_QUOTES + CLOSE_QUOTES
DASHES = "\u2014\u2013"
# Words after which a full stop does not end the sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov pres rev st jr sr no vs etc inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft gov't fig est approx dept univ".split()
)
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])")  # "[text](url)", "[text][ref]"
_MARKDOWN_EMPHASIS = re.compile(r"(?<![\w*_])([*_]{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*_])")


class Token(NamedTuple):
    """A word or punctuation mark (a tuple: thousands are made per article, so they must be cheap)."""

    text: str
    start: int
    end: int
    word: bool  # a word or acronym, not punctuation
    initial: bool = False  # opens a sentence, a quotation or a dateline: its capital proves nothing


@dataclass(frozen=True, slots=True)
class Quotation:
    """A passage in quotation marks: ``start``/``end`` span the words without the marks."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int  # offset of the closing mark, or len(text) when it runs on past the paragraph
    runs_on: bool = False


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    text: str  # the paragraph as given
    plain: str  # the same length, with Markdown syntax blanked out
    tokens: tuple[Token, ...]
    sentences: tuple[tuple[int, int], ...]  # token index ranges [first, last)
    quotations: tuple[Quotation, ...]

    def sentence_of(self, token_index: int) -> int:
        for n, (first, last) in enumerate(self.sentences):
            if first <= token_index < last:
                return n
        return len(self.sentences) - 1


def blank_markdown(text: str) -> str:
    """Blank Markdown link targets and emphasis marks, keeping every offset."""

    def link(m: re.Match[str]) -> str:
        inner = m.group(1)
        return " " + inner + " " * (len(m.group(0)) - len(inner) - 1)

    def emphasis(m: re.Match[str]) -> str:
        marks = " " * len(m.group(1))
        return marks + m.group(2) + marks

    if "[" in text:  # (most paragraphs have neither: the plain tests spare two searches of the whole text)
        text = _MARKDOWN_LINK.sub(link, text)
    if "*" in text or "_" in text:
        text = _MARKDOWN_EMPHASIS.sub(emphasis, text)
    return text


def tokenize(text: str) -> list[Token]:
    """Split into word and punctuation tokens; a possessive ``'s`` is a token of its own.

    The possessive's text is always ``'s`` (straight), whichever apostrophe the
    text uses, so that every rule compares against one form; its offsets still
    point at the original characters.
    """
    out: list[Token] = []
    append = out.append
    new = tuple.__new__  # a Token without the generated __new__: thousands per article
    find = text.find
    end = 0
    # Tokens hold no white space and cover every other character, so each opens at the first character
    # that is not white space after the one before: where its text is first found from there. (Finding it
    # costs less than a match object per token.)
    for word in _TOKEN.findall(text):
        start = find(word, end)
        end = start + len(word)
        if word[0].isalnum():
            append(new(Token, (word, start, end, True, False)))
        elif end - start == 2 and word[1] == "s":
            if start and text[start - 1].isalnum():
                append(new(Token, ("'s", start, end, False, False)))  # glued to its word: a possessive
            else:  # a quotation mark before an "s" ("'s" alone)
                append(new(Token, (word[0], start, start + 1, False, False)))
                append(new(Token, ("s", start + 1, end, True, False)))
        else:
            append(new(Token, (word, start, end, False, False)))
    return out


def _is_sentence_end(tokens: list[Token], i: int, text: str) -> bool:
    """True when token ``i`` (``.``, ``!`` or ``?``) closes a sentence."""
    tok = tokens[i]
    if tok.text in "!?":
        return True
    if tok.text != ".":
        return False
    prev = tokens[i - 1] if i else None
    if prev is None or prev.end != tok.start:
        return True
    low = prev.text.lower()
    if low in ABBREVIATIONS:
        return False
    if is_initial(prev.text) and i >= 2 and tokens[i - 2].text[:1].isupper():
        # an initial: "George W. Bush" (but "posted on X. Then ..." ends a sentence), unless the next
        # word is a capitalised function word, which opens a sentence and never goes on a name
        return _opens_sentence(tokens[i + 1] if i + 1 < len(tokens) else None)
    return True


def is_initial(word: str) -> bool:
    """A name's initial: one capital ("W."), or a capital consonant and "h" ("Guðni Th. Jóhannesson",
    "Ch. de Gaulle"), as some languages abbreviate a name that opens with a digraph."""
    return (len(word) == 1 and word.isupper()) or (
        len(word) == 2 and word[1] == "h" and word[0].isupper() and word[0] not in "AEIOUY")


def _opens_sentence(tok: Token | None) -> bool:
    """A capitalised function word ("The", "She", "In"): a name never goes on with one."""
    return tok is not None and tok.text[:1].isupper() and tok.text.lower() in _SENTENCE_OPENERS


def _mark_initials(tokens: list[Token], text: str) -> list[int]:
    """Flag tokens that open a sentence or a quotation (in place); return the token indexes where sentences start."""
    starts: list[int] = [0]
    opening = True
    # the token before, its text and whether it is a word; read only after the first word, which opens (the
    # fields are unpacked once per token: a token's named fields go through a descriptor at each read)
    prev_text, prev_word = "", False
    for i, (tok_text, tok_start, tok_end, word, _) in enumerate(tokens):
        if word:
            if opening:
                initial = True
            elif prev_word:
                # after "U.S." a sentence may end: only a capitalised function word proves it (a token's text is
                # never empty)
                initial = prev_text[-1] == "." and prev_text.count(".") > 1 and _opens_sentence(tokens[i])
                if initial:
                    starts.append(i)
            else:
                initial = prev_text in _OPENS_A_PHRASE or (prev_text == '"' and opens_quotation(text, tokens[i - 1].start))
            if initial:  # (a tuple of the same fields: _replace goes through a generic _make per token)
                tokens[i] = tuple.__new__(Token, (tok_text, tok_start, tok_end, True, True))
            opening = False
        elif tok_text in ".!?" and _is_sentence_end(tokens, i, text):
            j = i + 1
            while j < len(tokens) and _closes(tokens[j], text):
                j += 1
            nxt = tokens[j] if j < len(tokens) else None
            if nxt is not None and (nxt.text[:1].isupper() or nxt.text in OPEN_QUOTES or nxt.text == '"' or nxt.text[:1].isdigit()):
                starts.append(j)
                opening = True
        prev_text, prev_word = tok_text, word
    return starts


# marks after which a word opens a quotation or a phrase, its capital proving nothing
_OPENS_A_PHRASE = OPEN_QUOTES + SINGLE_OPEN + "(:" + DASHES


def _closes(tok: Token, text: str) -> bool:
    """A closing quotation mark or bracket, which stays with the sentence it ends."""
    return tok.text in CLOSE_QUOTES + ")\u2019" or (tok.text == '"' and not opens_quotation(text, tok.start))


def _sentences(tokens: tuple[Token, ...], starts: list[int], quotes: list[Quotation]) -> list[tuple[int, int]]:
    """Sentence ranges, never splitting inside a quotation."""
    def inside(pos: int) -> bool:
        return any(q.open_mark < pos < q.close_mark for q in quotes)

    cuts = sorted({s for s in starts if 0 < s < len(tokens) and not inside(tokens[s].start)})
    bounds = [0, *cuts, len(tokens)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


_SENTENCE_OPENERS = frozenset(
    "the a an he she it they we i but and this that these those in on at for its his her their there "
    "some many most both after before when while as".split()
)


def find_quotations(text: str) -> list[Quotation]:
    """Quoted passages: curly or straight double quotes, the last one may run on past the paragraph."""
    out: list[Quotation] = []
    n = len(text)
    m = _QUOTE_MARK.search(text)
    i = m.start() if m else n
    while i < n:
        ch = text[i]
        if ch not in _QUOTE_MARKS:
            m = _QUOTE_MARK.search(text, i)
            if m is None:
                break
            i = m.start()
            ch = text[i]
        if ch in OPEN_QUOTES or (ch in '"\u201d' and opens_quotation(text, i)):
            closers = _CLOSERS.get(ch, CLOSE_QUOTES)
            # the first closing mark after it, or (after an opening mark) a new opening mark: the previous quote
            # ran on (searched for in C: quotations run long)
            m = _QUOTE_END[ch].search(text, i + 1)
            j = m.start() if m else n
            if j < n and text[j] in closers:
                out.append(Quotation(i + 1, j, i, j))
                i = j + 1
                continue
            if j >= n:
                out.append(Quotation(i + 1, n, i, n, runs_on=True))
                break
            out.append(Quotation(i + 1, j, i, j, runs_on=True))
            i = j
            continue
        if ch in "\u2018'" and opens_quotation(text, i):
            close = _single_close(text, i)
            if close > 0:
                out.append(Quotation(i + 1, close, i, close))
                i = close + 1
                continue
        i += 1
    return [_trim(text, q) for q in out if text[q.start:q.end].strip() and not is_nickname(text, q)]


# a nickname in quotation marks between a given name and a surname: Francis "Chiz" Escudero, Faustino "Bojie" Dy III
_NICKNAME = re.compile(r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)?")
_NAME_WORD = re.compile(r"[A-Z][\w'\u2019-]*")


def is_nickname(text: str, q: Quotation) -> bool:
    """A quotation of one or two capitalised words, set between two capitalised name words with one space each
    side: a nickname inside a name, no one's words."""
    if q.runs_on or not _NICKNAME.fullmatch(text, q.start, q.end):
        return False
    before, after = text[max(0, q.open_mark - 30) : q.open_mark], text[q.close_mark + 1 : q.close_mark + 31]
    return (before.endswith(" ") and after.startswith(" ") and bool(_NAME_WORD.match(after, 1))
            and bool(re.search(r"(?:^|\s)[A-Z][\w'\u2019-]*\s$", before)))


_QUOTE_MARKS = '"\u201c\u201d\u00ab\u00bb\u201e\u2018\''
_QUOTE_MARK = re.compile("[" + re.escape(_QUOTE_MARKS) + "]")
# '"' closes '"'; Swedish and Finnish open with the closing mark itself (”...”); German closes „...“ with the
# English opening mark
_CLOSERS = {'"': '"\u201d', "\u201d": '\u201d"', "\u201e": "\u201c\u201d"}
# what ends a quotation opened by each mark: one of its closers, or after an opening mark a new opening mark
_QUOTE_END = {
    ch: re.compile("[" + re.escape(_CLOSERS.get(ch, CLOSE_QUOTES) + (OPEN_QUOTES if ch in OPEN_QUOTES else "")) + "]")
    for ch in OPEN_QUOTES + '"\u201d'
}


def _single_close(text: str, i: int) -> int:
    """The closing mark of a single-quoted passage opened at ``i``, or -1.

    A closing mark is followed by a space or punctuation, never by a letter (that
    is an apostrophe: "don't"); a straight quote must enclose more than a word so
    that possessives ("the countries' leaders") are not taken for quotations.
    """
    straight = text[i] == "'"
    closer = "'" if straight else "\u2019"
    j = i + 1
    while j < len(text):
        j = text.find(closer, j)
        if j < 0:
            return -1
        after = text[j + 1] if j + 1 < len(text) else " "
        before = text[j - 1]
        if not after.isalnum() and not before.isspace():
            if straight and (" " not in text[i + 1 : j] or before == "s" and after == " " and text[j - 2 : j] != "s."):
                j += 1
                continue
            return j
        j += 1
    return -1


def opens_quotation(text: str, i: int) -> bool:
    """A mark that could close a quotation (a straight quote; Swedish ”) opens one when it is not glued to
    the end of a word."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    return before.isspace() or before in "([{-\u2014\u2013:,;" or i == 0


def _trim(text: str, q: Quotation) -> Quotation:
    start, end = q.start, q.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quotation(start, end, q.open_mark, q.close_mark, q.runs_on)


def analyse(index: int, text: str) -> Paragraph:
    plain = blank_markdown(text)
    tokens = tokenize(plain)
    starts = _mark_initials(tokens, plain)
    quotes = find_quotations(plain)
    frozen = tuple(tokens)
    return Paragraph(index, text, plain, frozen, tuple(_sentences(frozen, starts, quotes)), tuple(quotes))
