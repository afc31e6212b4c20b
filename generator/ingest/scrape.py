"""A text scrape → the article: the body is the heaviest run of lines between two walls.

Once every line has a kind (:mod:`generator.ingest.classify`), prose lines
weigh their length and the rest weigh against it; credit lines, copyright
lines and long rules are walls. The body is the heaviest run of lines between
two walls (a maximum-sum subarray, as in body-text extraction), starting under
its by-line, and the headline is found above it (:mod:`generator.ingest.headline`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from generator.ingest.bylines import authors_from_lines, credit_text, outlet_from_lines
from generator.ingest.classify import classify, mark_author_bios, mark_pull_quotes
from generator.ingest.headline import headline_shaped, headline_text, mail_subject, pick_title
from generator.ingest.lines import KEEP, NOTE_MARK, NUMBERED_SECTION, WALLS, Line, normalize_line
from generator.ingest.markdown_text import plain_markdown
from generator.ingest.published import find_date, published_in, strip_dateline
from generator.ingest.types import CleanArticle
from generator.ingest.wrapping import join_broken_paragraphs, paragraph_lines

_URL_LINE = re.compile(r"(?:(?:url|link|source|url source)\s*:\s*)?(https?://\S+)", re.I)
_MARKDOWN_LINK = re.compile(r"\]\((?:https?:|/)")
_MD_HEADING = re.compile(r"(?m)^#{1,6} \S")


def clean_text(text: str) -> CleanArticle:
    """A text scrape → CleanArticle (title "" when no headline is found)."""
    text = _without_note_marks(_quoted_story(text) or _text_browser_dump(text) or _without_print_margins(text))
    text = _without_printed_footnotes(text)
    text = _changes_accepted(text)
    paragraphs = paragraph_lines(text)
    # (a heading needs its "#": a quick look before the line-by-line search)
    if len(_MARKDOWN_LINK.findall(text, 0, 20000)) >= 2 or (
        text.find("#", 0, 20000) >= 0 and _MD_HEADING.search(text, 0, 20000)
    ):
        # After the lines are joined: the syntax changes a wrapped line's length, and a link may span two lines.
        paragraphs = [plain for plain in (normalize_line(plain_markdown(p)) for p in paragraphs) if plain]
    lines = [Line(t) for t in paragraphs]
    if not lines:
        return CleanArticle(title="", paragraphs=[])
    classify(lines)
    lines = join_broken_paragraphs(lines)
    mark_pull_quotes(lines)
    _mark_boxed_inserts(lines)
    authors = authors_from_lines([ln.text for ln in lines if ln.kind in ("byline", "date")])
    mark_author_bios(lines, authors)
    start, end = _body_span(lines)
    if start < 0:
        return CleanArticle(title="", paragraphs=[])
    start = _after_byline(lines, start, end)
    title_at = pick_title(lines, start, end)
    if title_at is None and headline_shaped(lines[start].text, allow_question=True) and start < end:
        title_at, start = start, start + 1  # a question headline right above the text
    body = [ln.text for ln in lines[start : end + 1] if ln.kind in KEEP]
    published = published_in([ln.text for ln in lines[:start] if ln.kind in ("date", "byline", "short", "furniture")])
    if body and published is None:  # the dateline stays in the text, as printed; its date may be the only one
        _, dateline = strip_dateline(body[0])
        if dateline:
            published = find_date(dateline)
    outside = [ln.text for i, ln in enumerate(lines) if not start <= i <= end]
    credits = " ".join(credit_text(ln.text) for ln in lines if ln.kind == "credit")
    header = [ln.text for ln in lines[: title_at if title_at is not None else start]]
    return CleanArticle(
        title=headline_text(lines[title_at].text) if title_at is not None else mail_subject(lines[:start]),
        paragraphs=[p for p in body if p],
        published=published,
        outlet=outlet_from_lines(outside, header),
        url=next((m[1] for m in map(_URL_LINE.fullmatch, header) if m), ""),
        authors=authors,
        credits=credits,
    )


_NOTE_LINE = re.compile(r"(?m)^" + NOTE_MARK + r"[ \t]*\S")
_NOTE_MARK = re.compile(r"(?<=[^\s\[])" + NOTE_MARK)


def _without_note_marks(text: str) -> str:
    """A document exported with its links and comments as notes ("... provisional results[2] announced",
    "[2] https://...", "[a]Leila Benali: check the date"): the marks go from the text, the notes with them."""
    # (each note opens a line with its bracket: a quick count first)
    if text.count("\n[") + text.startswith("[") < 2 or len(_NOTE_LINE.findall(text)) < 2:
        return text
    text = _NOTE_MARK.sub("", text)
    return "\n".join("" if _NOTE_LINE.match(line) else line for line in text.split("\n"))


# a printed page's footnote mark, set after the punctuation that ends a sentence or a quotation ("the trial.1"),
# and the note at the foot of the page that opens with the same number
# (the mark is group 2, after the punctuation: a pattern that starts on a character is searched for quickly)
_PRINTED_MARK = re.compile(r"([.,;:\u201d\"\u2019)])(\d{1,2})(?=[ \t]*$|[ \t]+[A-Z\u201c\"])", re.M)
_PRINTED_NOTE = re.compile(r"(\d{1,2})[ \t]+[A-Z]")


def _without_printed_footnotes(text: str) -> str:
    """A report through PDF-to-text keeps its footnote marks glued to the text ("during the trial.1") and its
    notes at each page's foot ("1 Court of ..., statement of 26 February"): the marks go, and so do the notes
    whose numbers the text marked, with the lines that carry them on."""
    marks = {m[2]: m.start(2) for m in _PRINTED_MARK.finditer(text)}
    if len(marks) < 2:
        return text
    lines = text.split("\n")
    offsets = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    notes: set[int] = set()
    for i, line in enumerate(lines):
        m = _PRINTED_NOTE.match(line)
        if m and m[1] in marks and marks[m[1]] < offsets[i]:
            notes.add(i)
    if len(notes) < 2:
        return text
    out: list[str] = []
    in_note = False
    for i, line in enumerate(lines):
        if i in notes:
            in_note = True
            continue
        if in_note and line.strip() and len(line) < 100 and not line.startswith((" ", "\f")) and line.rstrip()[-1:] in ".,;":
            continue  # the note carried on to its next line ("25 February 2025.")
        in_note = False
        out.append(line)
    noted = {_PRINTED_NOTE.match(lines[i])[1] for i in notes}
    return _PRINTED_MARK.sub(lambda m: m[1] if m[2] in noted else m[0], "\n".join(out))


_LINK_MARK = re.compile(r"#?\[\d{1,4}\](?=\S)")
_REFERENCES = re.compile(r"(?m)^[ \t]*References[ \t]*\n(?:[ \t]*\n)*(?:[ \t]*\d{1,4}\.[ \t]+\S+:\S*[ \t]*\n?){3,}")
_WIDGET = re.compile(r"\[(?:IMG|INLINE|BUTTON|LINK|embedded content)\]|_{8,}")


def _text_browser_dump(text: str) -> str | None:
    """A page dumped by a text browser (``lynx -dump``, ``w3m -dump``): each link's number in brackets
    before its words and a numbered "References" list of the links at the end; the text indented three
    spaces, headings not. The marks, the list, the image placeholders and the indent go; what remains is
    a scrape like any other."""
    # (quick looks first: the list opens with its word, and eight marks hold eight brackets)
    refs = _REFERENCES.search(text) if "References" in text else None
    if refs is None and (text.count("[") < 8 or len(_LINK_MARK.findall(text)) < 8):
        return None
    if refs is not None:
        text = text[: refs.start()]
    text = _WIDGET.sub("", _LINK_MARK.sub("", text))
    return "\n".join(line[3:] if line.startswith("   ") else line for line in text.split("\n"))


# what a browser prints in a page's margins: the date and time, then the page's title ("11/24/22, 10:51 PM
# Anwar sworn in ... | The Ledger"), and the address, then the page count ("https://...   2/4")
_PRINT_HEAD = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s{2,}\S.*)?$")
_PRINT_FOOT = re.compile(r"^\s*(?:https?://|file:/|about:)\S*(?:\s{2,}\S.*?)?\s{2,}\d{1,3}/\d{1,3}\s*$")


def _without_print_margins(text: str) -> str:
    """A page printed from a browser and copied back out of the PDF: the margins' lines go wherever they
    cut the text (a paragraph runs on from one page to the next across them). Wrapped again by a mail
    program, a margin's line comes in two pieces: a piece repeated on every page, next to a margin, goes too."""
    if not _PAGE_COUNT_END.search(text) or not _ANY_PAGE_COUNT.search(text):
        return text
    lines = text.split("\n")
    counts = Counter(line.strip() for line in lines if line.strip())
    feet = sum(1 for line in lines if _PRINT_FOOT.match(line) or (_PAGE_COUNT.match(line) and counts[line.strip()] == 1))
    if feet < 2:
        return text
    margin = [bool(_PRINT_FOOT.match(line) or _PRINT_HEAD.match(line) or _PAGE_COUNT.match(line)
                   or (_ADDRESS.match(line) and counts[line.strip()] >= 2)) for line in lines]
    for k, line in enumerate(lines):
        near = (k and margin[k - 1]) or (k + 1 < len(lines) and margin[k + 1])
        if not margin[k] and near and counts[line.strip()] >= 2 and len(line.split()) <= 12:
            margin[k] = True  # '90 years | Harbour Post': the end of a wrapped running head
    return "\n".join(line for line, cut in zip(lines, margin) if not cut)


_PAGE_COUNT = re.compile(r"^\s*\d{1,3}/\d{1,3}\s*$")
_ANY_PAGE_COUNT = re.compile(r"(?m)\s\d{1,3}/\d{1,3}[ \t]*$")
# its end, looked for first: a search that starts on "/" skips through a text, one that starts on white space does not
_PAGE_COUNT_END = re.compile(r"(?m)/\d{1,3}[ \t]*$")
_ADDRESS = re.compile(r"^\s*(?:https?://|file:/)\S+\s*$")


# a word processor's tracked changes pasted as text: "[Deleted: stunned][Inserted: surprised]", "[Comment RA1]"
_TRACKED = re.compile(r"\[(Deleted|Inserted|Comment)(?::\s*([^\]]*)|\s+[A-Z]{1,4}\d{1,3})\]")


def _changes_accepted(text: str) -> str:
    """A draft pasted with its tracked changes shown: the text as it reads with every change accepted
    (deletions gone, insertions kept, comment marks gone; the comments themselves are a list the
    cleaning drops as it drops any page matter)."""
    if "[Deleted" not in text and "[Inserted" not in text and "[Comment" not in text:
        return text
    return _TRACKED.sub(lambda m: m[2] if m[1] == "Inserted" else "", text)


_QUOTED_LINE = re.compile(r"^[ \t]*>[ \t]?(.*)$")


def _quoted_story(text: str) -> str | None:
    """A story pasted as a quotation ("> " before each line) into a forum post or a forwarded mail: the
    quoted block alone, unquoted, when it holds most of the text's prose; the thread around it, replies
    and signatures, is no part of the story."""
    if text.count(">") < 6:
        return None  # (six quoted lines hold six marks: a quick count first)
    lines = text.split("\n")
    quoted = [i for i, line in enumerate(lines) if _QUOTED_LINE.match(line)]
    if len(quoted) < 6:
        return None
    # the longest run of quoted lines (blank lines inside a quotation are quoted too, or plain empty; a reply's
    # short comments between quoted paragraphs, "[KV: don't quote seat numbers yet]", leave it one run)
    best: tuple[int, int] = (0, -1)
    start = prev = quoted[0]
    for i in quoted[1:] + [None]:
        if i is not None and _only_interjections(lines[prev + 1 : i]):
            prev = i
            continue
        if prev - start > best[1] - best[0]:
            best = (start, prev)
        if i is not None:
            start = prev = i
    block = [m[1] if (m := _QUOTED_LINE.match(line)) else "" for line in lines[best[0] : best[1] + 1]]
    inside = sum(len(line) for line in block)
    outside = sum(len(line) for k, line in enumerate(lines) if not best[0] <= k <= best[1])
    if inside < 1500 or inside < outside:
        return None
    return "\n".join(block)


def _only_interjections(gap: list[str]) -> bool:
    """Blank lines, or up to three short comments of the one who replies, set between quoted paragraphs."""
    said = [line for line in gap if line.strip()]
    return len(said) <= 3 and all(len(line) <= 300 for line in said)


def _mark_boxed_inserts(lines: list[Line]) -> None:
    """An advertisement or promotion boxed between two rules inside the story is an aside, not a wall.

    Rules end a story (the footer starts under one), but pages also fence an
    insert with them mid-story: a rule, a few short lines (an advertisement, an
    embedded post, a reader poll), a rule, and the story's paragraphs on both
    sides. Taken as walls, they would cut the story in two and the heavier half
    would win.
    """
    rules = [i for i, ln in enumerate(lines) if ln.kind == "rule" and not any(c.isalnum() for c in ln.text)]
    for i, j in zip(rules, rules[1:]):
        inside = lines[i + 1 : j]
        if any(NUMBERED_SECTION.match(ln.text) for ln in inside):
            continue  # "** 2. Beresheet: Israel's lander ...": a newsletter's next item, where the story ends
        story_around = (i > 0 and (lines[i - 1].kind in KEEP or _leads_in(lines, i - 1))
                        and j + 1 < len(lines) and lines[j + 1].kind in KEEP)
        if story_around and _fits_a_box(inside):
            lines[i].kind = "aside"
            for ln in lines[i + 1 : j + 1]:
                ln.kind = "boxed"
            if lines[i - 1].kind not in KEEP:
                lines[i - 1].kind = "prose"  # "As the troops gathered, Arce had posted a warning on X:"


_BOX_LINES = 10
_BULLET = re.compile(r"[*\u2022\u00b7-]\s")
_BOX_CHARS = 600


def _fits_a_box(inside: list[Line]) -> bool:
    """A few short lines, and not a list of other stories ("ALSO ON OUR RADAR" and its bullets), which is
    where a story ends."""
    return (1 <= len(inside) <= _BOX_LINES and all(len(ln.text) < 200 for ln in inside)
            and sum(len(ln.text) for ln in inside) < _BOX_CHARS
            and (len(inside) <= 3 or sum(bool(_BULLET.match(ln.text)) for ln in inside) < 2))


def _leads_in(lines: list[Line], k: int) -> bool:
    """A short line of the story's that leads into what is boxed under it ("Arce had posted a warning on X:")."""
    return k > 0 and lines[k].kind == "short" and lines[k].text.endswith(":") and lines[k - 1].kind in KEEP


def _body_span(lines: list[Line]) -> tuple[int, int]:
    """The heaviest run of lines that crosses no wall (credit, copyright, long rule)."""
    best = (0.0, -1, -1)
    run, run_start = 0.0, 0
    for i, ln in enumerate(lines):
        if ln.kind in WALLS:
            run, run_start = 0.0, i + 1
            continue
        if run <= 0:
            run, run_start = 0.0, i
        run += ln.weight
        if run > best[0]:
            best = (run, run_start, i)
    _, start, end = best
    while start >= 0 and start <= end and lines[start].kind not in KEEP:
        start += 1
    return (start, end) if start >= 0 and start <= end else (-1, -1)


_CAPITAL_WORD = re.compile(r"([A-Z]{2,})\s")


def _capital_lead(text: str, rest: list[Line]) -> bool:
    """"CHINA has sent troops ...": a first word set in capitals that the story writes in lower case or
    title case elsewhere (an acronym, "NATO allies agreed", stays in capitals wherever it is)."""
    m = _CAPITAL_WORD.match(text)
    if m is None:
        return False
    word = m[1]
    return any(word.title() in ln.text or f" {word.lower()} " in ln.text for ln in rest[:12])


def _after_byline(lines: list[Line], start: int, end: int) -> int:
    """The story starts under its by-line: one or two paragraphs above it are the standfirst. A lead
    paragraph opened by a word in capitals ("CHINA has sent troops ...") is the story's first, set above the
    by-line as some papers print it."""
    kept = 0
    for i in range(start, end + 1):
        if lines[i].kind == "byline":
            after = next((k for k in range(i + 1, end + 1) if lines[k].kind in KEEP), None)
            rest = sum(1 for k in range(i + 1, end + 1) if lines[k].kind in KEEP)
            if after is None or rest < 2:
                return start
            lead = next((k for k in range(i - 1, start - 1, -1) if lines[k].kind in KEEP), None)
            if lead is not None and lines[lead].kind == "prose" and _capital_lead(lines[lead].text, lines[i + 1 : end + 1]):
                return lead
            return after
        if lines[i].kind in KEEP:
            kept += 1
            if kept > 2:
                break
    return start
