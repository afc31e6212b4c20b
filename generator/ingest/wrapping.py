"""Lines broken by a wrapper, a page break or an ad, joined back into paragraphs.

Mail programs and PDF dumps break paragraphs at a fixed width, and printed
pages break them at the page end; cleaning judges whole paragraphs, so the
pieces are put together first, without joining a headline or a by-line to
the text around it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container

from generator.ingest.lines import (
    BYLINE,
    CLOSERS,
    CREATORS,
    DANGLING,
    ITEM_START,
    KEEP,
    TERMINAL,
    Line,
    has_photo_tail,
    intrinsic_kind,
    is_byline,
    is_date_line,
    is_furniture,
    is_photo_credit,
    is_sentence,
    normalize_line,
    word_count,
)

_BROKEN_OFF = (*TERMINAL, ":")  # a paragraph that ends otherwise was cut off
_WORD_START = re.compile(r"[a-z]+")
_WORD_ENDINGS = frozenset(  # what is left of a word split by syllable at a line end: "infla-" + "tion"
    "tion tions sion sions ation ations ment ments ness ing ings ed ly ity ities ance ances ence ences ture tures"
    " ally ous ious ive ives able ably ible ibly er ers est ism ist ists ize ized izes ise ised ises ical ial"
    " ary ory ency ancy ful".split()
)


def unfold_columns(page: str) -> str:
    """A page of two columns set side by side (``pdftotext -layout``): the left column's lines, then the right's.

    A second column shows itself as text that starts at one character position
    on many lines, after a gap of spaces; lines that cross that position with
    no gap (a page head, a headline over both columns) stay where they are.
    """
    lines = page.split("\n")
    # (a gap is three spaces or more: a line without them needs no search)
    starts = Counter(m.end() for line in lines if "   " in line
                     for m in [_COLUMN_GAP.search(line)] if m and m.start() >= 15)
    if not starts:
        return page
    column, count = starts.most_common(1)[0]
    if count < 8 or not 30 <= column <= 90:
        return page
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        if len(line) > column and not line[:column].strip():
            right.append(line[column:])  # the right column alone ("(continued on page 2)", a box's lines)
        elif len(line) > column and line[column - 2 : column] == "  " and line[column:].strip():
            left.append(line[:column].rstrip())  # (the right part may be indented: a paragraph's first line)
            right.append(line[column:])
        else:
            left.append(line)
    return "\n".join(left + [""] + right)


_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


def paragraph_lines(text: str) -> list[str]:
    """One entry per paragraph: a line, or a block of hard-wrapped lines joined back together."""
    raw_blocks = [block.split("\n") for block in re.split(r"\n[ \t\u00a0]*\n", text)]
    # a long block wrapped narrower than the rest (a page's second column) has a width of its own
    # (a column of print may be narrower than any mail program wraps: judged alone, from 28 characters; and with
    # half its lines at that width, not a quarter: a page's header of menu lines, a date line, a headline and its
    # deck has a few long lines that end near one width by chance)
    normalized = [[normalize_line(line) for line in block] for block in raw_blocks]
    own_widths = [_wrap_width(lines, 28, full_share=0.5) if len(lines) >= 8 else None for lines in normalized]
    if sum(1 for block in raw_blocks for line in block[1:] if _INDENTED.match(line)) >= 3:
        # a printed page's text: paragraphs open with an indent, not a blank line
        parts = [(part, own) for block, own in zip(raw_blocks, own_widths) for part in _split_at_indents(block)]
        raw_blocks, own_widths = [p for p, _ in parts], [own for _, own in parts]
        normalized = [[normalize_line(line) for line in block] for block in raw_blocks]
    blocks = [[line for line in lines if line] for lines in normalized]
    width = _wrap_width([line for lines in blocks for line in lines])
    vocabulary = _Vocabulary(text)
    out: list[str] = []
    for lines, own in zip(blocks, own_widths):
        block_width = own if own is not None and (width is None or own < width - 3) else width
        if len(lines) > 1 and (_hard_wrapped(lines, block_width) or _typeset(lines)):
            out.extend(_wrapped_paragraphs(lines, block_width or max(len(line) for line in lines), vocabulary))
        elif len(lines) > 1:
            runs = _wrapped_runs(lines, block_width, vocabulary)
            captioned = f"{runs[-2]} {runs[-1]}" if len(runs) > 1 else ""
            if is_photo_credit(runs[-1]) and has_photo_tail(captioned) and not has_photo_tail(runs[-2]):
                runs[-2:] = [captioned]  # a credit set right under a caption marks it as one: "... PHOTO: JANE ROE"
            out.extend(runs)
        else:
            out.extend(lines)
    return out


# an indented first line: a few spaces (a centred or right-set line has many), then text
_INDENTED = re.compile(r"[ \t\u00a0]{2,8}[^\s]")
_WORD = re.compile(r"[^\W\d_]+")
_SPLIT_WORD = re.compile(r"[^\W\d_]+-[ \t]*\n[ \t\u00a0]*[^\W\d_]+")


class _Vocabulary:
    """The text's words, less those split at a line end ("conglom-" is no word of its own), read when first asked.

    Only a join at a hyphen after a lower-case letter asks, and few texts have
    one; reading every word of every text cost more than joining its lines.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: frozenset[str] | None = None

    def _read(self) -> frozenset[str]:
        if self._words is None:
            text = self._text
            self._words = frozenset(w.lower() for w in _WORD.findall(_SPLIT_WORD.sub(" ", text))) if "-\n" in text \
                else frozenset()
        return self._words

    def __contains__(self, word: object) -> bool:
        return word in self._read()

    def __bool__(self) -> bool:
        return bool(self._read())


def _split_at_indents(block: list[str]) -> list[list[str]]:
    """A block cut before each indented line: where a printed paragraph begins."""
    parts: list[list[str]] = [[]]
    for line in block:
        if parts[-1] and _INDENTED.match(line):
            parts.append([])
        parts[-1].append(line)
    return parts


def _wrapped_paragraphs(lines: list[str], width: int, vocabulary: Container[str]) -> list[str]:
    """A wrapped block's lines joined, except where a paragraph ended or page matter stands alone.

    A print column runs its paragraphs together without a blank line; one ends
    where a sentence ends with room left for the next word, which a wrapper
    would have taken. A jump line ("Continued on Page 15") wrapped into the
    column is no part of the text around it.
    """
    out = [lines[0]]
    furniture = [is_furniture(line) for line in lines]  # (asked once a line: each line is the next one's prev too)
    for k, (prev, line) in enumerate(zip(lines, lines[1:]), 1):
        # (a photo credit stays with its caption, which it marks as one: "... on Monday. PHOTO: JANE ROE / AGENCY")
        # (a line that goes on in lower case, or after a hyphen, goes on with its sentence: "inter-" "view, ...")
        runs_on = line[:1].islower() or prev.endswith("-")
        apart = (furniture[k] and not runs_on or furniture[k - 1]) and not (
            is_photo_credit(line) or is_photo_credit(prev))
        room = width - len(prev) - 1 - len(line.split(" ", 1)[0])
        ended = room >= 1 and prev.rstrip(CLOSERS).endswith(TERMINAL) and not line[:1].islower()
        if apart or ended:
            out.append(line)
        else:
            out[-1] = _join_wrapped(out[-1], line, vocabulary)
    return out


def _typeset(lines: list[str]) -> bool:
    """A column of print: every line but the last nearly as long as the longest, and the last ends a
    sentence (a headline and its deck, a list of short items or running heads are no paragraph)."""
    longest = max(len(line) for line in lines)
    if not 35 <= longest <= 100 or any(ITEM_START.match(line) for line in lines[1:]):
        return False
    return is_sentence(lines[-1]) and all(len(line) >= 0.6 * longest and not is_furniture(line) for line in lines[:-1])


def _starts_apart(line: str) -> bool:
    """A by-line, a date or page furniture is a line of its own, not a wrapped line's end or start."""
    if word_count(line) > 12:
        return False
    if is_furniture(line) or _BARE_DOMAIN.fullmatch(line):
        return True  # ("riverplatepost.example" under a headline: a reader view's source line)
    if line[:1].islower():
        return False  # a date or a name in lower-case words runs on from the line before
    return is_date_line(line) or (bool(BYLINE.match(line) or CREATORS.match(line)) and is_byline(line))


_BARE_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?")


def _a_name_alone(line: str) -> bool:
    """A few capitalised words and nothing else: a name on a line of its own."""
    words = line.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not line.rstrip(CLOSERS).endswith(TERMINAL)


def _cut_mid_sentence(line: str) -> bool:
    """Ends on a comma or a word that cannot end a sentence: what follows belongs to it, whatever it is."""
    core = line.rstrip()
    return core.endswith(",") or core.rsplit(" ", 1)[-1].lower() in DANGLING


def _wrap_width(lines: list[str], narrowest: int = 40, full_share: float = 0.25) -> int | None:
    """The width a whole text was wrapped at, or None: many long lines (``full_share`` of them) end near one width
    and none pass it.

    Judged over the whole text, because a block that mixes a wrapped caption
    or paragraph with short lines (a link, a date) does not show it alone.
    """
    lengths = sorted(len(line) for line in lines if len(line) >= narrowest - 10)
    if len(lengths) < 6 or sum(1 for n in lengths if n > 100) > 0.05 * len(lines):
        return None  # paragraphs on one line each
    # Nearly the longest: a headline or an address typed by hand may run past the wrapper's width.
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if not narrowest <= width <= 100:
        return None
    full = sum(1 for n in lengths if width - 12 <= n <= width)
    return width if full >= full_share * len(lengths) else None


def _wrapped_runs(lines: list[str], width: int | None, vocabulary: Container[str] = frozenset()) -> list[str]:
    """A block's lines, those broken inside a sentence joined again.

    A line was broken by the wrapper when the next word would not have fitted
    in the text's width and the line does not end a sentence, or when the
    next line runs on in lower case (" ... end strike after" | "wage deal ...").
    """
    out = [lines[0]]
    for k, (prev, line) in enumerate(zip(lines, lines[1:]), 1):
        # A line longer than the width was typed so (a headline): the wrapper did not break it.
        no_room = width is not None and len(prev) <= width < len(prev) + 1 + len(line.split(" ", 1)[0])
        # a quotation that ends with a comma waits for its speaker: '"..., the candidate Biya Paul,"' | 'Atangana said.'
        no_room = no_room or (prev.rstrip().endswith((',"', ",\u201d")) and word_count(line) <= 8
                              and line.rstrip(CLOSERS).endswith(TERMINAL))
        if not (no_room or line[:1].islower()) or prev.rstrip(CLOSERS).endswith(TERMINAL):
            out.append(line)
            continue
        after = lines[k + 1] if k + 1 < len(lines) else None
        if _a_name_alone(line) and (after is None or _starts_apart(after)):
            out.append(line)  # "Signe Kjær" over the date: the by-line under a headline, not its last words
            continue
        open_end = word_count(prev) >= 3  # not a rule either
        runs_on = line[:1].islower() and word_count(line) >= 3
        if (
            open_end
            and (no_room or runs_on)
            and not ITEM_START.match(line)
            and not _starts_apart(prev)
            and (_cut_mid_sentence(prev) and not is_furniture(line) or not _starts_apart(line))
        ):
            out[-1] = _join_wrapped(out[-1], line, vocabulary)
        else:
            out.append(line)
    return out


def _hard_wrapped(lines: list[str], width: int | None = None) -> bool:
    """Lines broken by a fixed width: the next line's first word would not have fitted on the line.

    That is how every greedy wrapper breaks lines; a list of headlines or menu
    entries breaks wherever an item ends, with room to spare. The width is the
    whole text's when it shows one, else the block's longest line.
    """
    width = width or max(len(line) for line in lines)
    if not 40 <= width <= 100:
        return False
    pairs = list(zip(lines, lines[1:]))
    # (each test below can only say no: the cheap count goes first, and most blocks stop at it)
    no_room = sum(1 for a, b in pairs if len(a) + 1 + len(b.split(" ", 1)[0]) > width)
    if no_room < 0.8 * len(pairs):
        return False
    if any(ITEM_START.match(b) for _, b in pairs):
        return False  # a bullet or a number starts an item of its own
    mid_sentence = sum(1 for a, b in pairs if b[:1].islower() or not a.rstrip(CLOSERS).endswith(TERMINAL))
    # A paragraph ends like a sentence, or at least runs on into a lower-case word somewhere.
    return mid_sentence >= 0.5 * len(pairs) and (is_sentence(lines[-1]) or any(b[:1].islower() for _, b in pairs))


def join_broken_paragraphs(lines: list[Line]) -> list[Line]:
    """A paragraph cut by a page break or an ad ("... said the" | Page 2 | "vote. The ...") is made whole.

    The first part stops mid-sentence, the second starts with a lower-case word;
    only furniture, dates and captions may stand between them.
    """
    lines = _across_page_jumps(lines)
    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if (
            not ln.text.rstrip(CLOSERS).endswith(_BROKEN_OFF)
            and ln.kind in ("prose", "long", "short")
            and (word_count(ln.text) >= 8 or word_count(ln.text) >= 4 and _column_break(ln, lines[i + 1 : i + 2]))
        ):
            # a paragraph that stops on "and" or "of" goes on past a whole page foot and head, a table too
            dangling = ln.text.rstrip().rsplit(" ", 1)[-1].lower() in DANGLING
            reach, between = (30, _PAGE_MATTER + ("short",)) if dangling else (4, _PAGE_MATTER)
            j = i + 1
            # (a short line in lower case is no page matter: it is the paragraph's next piece)
            while j < len(lines) and j <= i + reach and lines[j].kind in between and not _short_run_on(lines[j]):
                j += 1
            nxt = lines[j] if j < len(lines) else None
            # (a short piece only where one of the two is cut mid-sentence or the piece ends one: a headline over
            # "riverplatepost.example" is neither)
            cut = dangling or ln.text.rstrip().endswith(",") or (nxt is not None and (
                _cut_mid_sentence(nxt.text) or nxt.text.rstrip(CLOSERS).endswith(TERMINAL)))
            runs_on = nxt is not None and nxt.text[:1].islower() and nxt.kind in KEEP or (cut and _short_run_on(nxt))
            if nxt is not None and (runs_on or (dangling and nxt.kind == "prose")):
                joined = Line(_join_wrapped(ln.text, nxt.text))
                joined.kind = intrinsic_kind(joined.text)
                lines = [*lines[:i], joined, *lines[i + 1 : j], *lines[j + 1 :]]
                continue  # the joined paragraph may run on past the next page break too
        out.append(ln)
        i += 1
    return out


_PAGE_MATTER = ("furniture", "aside", "date", "caption", "photo")
# "Continued on Page 15" | ... | "From Page 14": where a printed story leaves its page and where it comes back
_JUMP_OUT = re.compile(
    r"(?:(?:story )?continue[sd]?|cont(?:'d|\.)?)\s+on\s+(?:page|p\.)\s?[A-Z]?\d{1,3}\b|\bsee\b.{1,40},\s+(?:page|p\.)\s?[A-Z]?\d{1,3}$",
    re.I)
_DIGIT = re.compile(r"\d")
_JUMP_IN = re.compile(r"\b(?:(?:continued|continues)\s+)?from\s+(?:page|p\.)\s?[A-Z]?\d{1,3}\b", re.I)


def _across_page_jumps(lines: list[Line]) -> list[Line]:
    """A story that jumps to another page joined across the jump; what the reader skips (the rest of the page,
    an ad, the next page's head, a corrections box) is set aside, since the jump lines say where the story goes."""
    i = 0
    while i < len(lines):
        # (the jump names its page by number: a line without a digit needs no search, which tries every character)
        if len(lines[i].text) < 60 and _DIGIT.search(lines[i].text) and _JUMP_OUT.search(lines[i].text):
            back = next((j for j in range(i + 1, min(len(lines), i + 60))
                         if len(lines[j].text) < 60 and _JUMP_IN.search(lines[j].text)), None)
            if back is not None and back + 1 < len(lines) and lines[back + 1].kind in KEEP:
                for skipped in lines[i : back + 1]:
                    skipped.kind = "jumped"
                before, after = lines[i - 1] if i else None, lines[back + 1]
                # (the piece before the jump may be too short to read as prose on its own)
                if before is not None and before.kind in (*KEEP, "short") and word_count(before.text) >= 4 \
                        and not before.text.rstrip(CLOSERS).endswith(_BROKEN_OFF):
                    joined = Line(_join_wrapped(before.text, after.text))
                    joined.kind = intrinsic_kind(joined.text)
                    lines = [*lines[: i - 1], joined, *lines[i : back + 1], *lines[back + 2 :]]
                i = back
        i += 1
    return lines


def _column_break(line: Line, following: list[Line]) -> bool:
    """"Chega, led by André Ventura, a former" | "television football commentator, won ...": a sentence
    cut where a printed column ends, which goes on in lower case right after it."""
    return bool(following) and following[0].kind in KEEP and following[0].text[:1].islower() and (
        _cut_mid_sentence(line.text) or line.text.rsplit(" ", 1)[-1][:1].islower())


def _short_run_on(line: Line | None) -> bool:
    """"north quay, ending ... after engineers found": a piece of a paragraph cut at both ends, too short
    for prose on its own, that opens in lower case."""
    return line is not None and line.kind == "short" and line.text[:1].islower()


def _join_wrapped(first: str, second: str, vocabulary: Container[str] = frozenset()) -> str:
    """Two pieces of one paragraph, joined with a space, or none after a hyphen at the break.

    A wrapper breaks lines at the hyphens a text has ("six-" "hour", "Jae-"
    "myung"): those stay. Typesetting also splits words by syllable
    ("infla-" "tion", "inaugu-" "rated"): the hyphen goes when the piece after
    it is a word ending, or when the text's own words say so: the whole word
    used elsewhere, or a piece before the break that is no word of the text
    ("inaugu") and no prefix that keeps its hyphen ("anti-", "pro-").
    """
    if not (first.endswith("-") and first[-2:-1].isalpha()):
        return first + " " + second
    m = _WORD_START.match(second)
    if m and first[-2:-1].islower():
        head = re.search(r"[^\W\d_]+-$", first)
        piece = head[0][:-1].lower() if head else ""
        whole = piece + m[0]
        if m[0] in _WORD_ENDINGS or whole in vocabulary:
            return first[:-1] + second
        if piece in _SHORT_PIECES and m[0].endswith(_INFLECTED) and len(m[0]) >= 5:
            return first[:-1] + second  # "an-" "nounced", "in-" "creased": no compound opens with the word "an"
        if vocabulary and piece and f"{piece}-{m[0]}" not in vocabulary and piece not in vocabulary \
                and piece not in _HYPHEN_PREFIXES and first[-len(piece) - 2 : -len(piece) - 1] in ("", " ", "(", "-", "\u201c", '"'):
            return first[:-1] + second  # (after a hyphen too: "pro-mar-" "ket" is "pro-market")
    return first + second


# short words a syllable break leaves before the hyphen ("an-" "nounced"), and the endings that show the piece
# after it is the rest of one word
_SHORT_PIECES = frozenset("an in on at to de con com dis en".split())
_INFLECTED = ("ed", "ing", "ment", "ments", "tion", "tions", "ance", "ence", "ive", "ity")
# first parts that keep their hyphen: prefixes ("anti-", "pro-") and the words compounds in news open with
# ("well-known", "state-run", "long-term", "six-hour")
_HYPHEN_PREFIXES = frozenset(
    "anti pro non co ex self semi multi post pre re sub super inter intra cross counter mid quasi neo pan trans ultra "
    "vice all half well long short high low state right left hard far near full part first second third one two "
    "three four five six seven eight nine ten year day week month hour time world large small wide much ill old new "
    "so best worst top front last open close free hand home head cease fire".split())
