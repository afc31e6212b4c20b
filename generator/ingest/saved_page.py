"""A saved web page → the article, from the blocks :mod:`generator.ingest.html` extracts.

The HTML gives the headline, date and by-line from its markup; its paragraphs
still carry captions, credits, pull quotes and the author's bio, and pass the
same line tests as a text scrape.
"""

from __future__ import annotations

import re

from generator.ingest.bylines import authors_from_lines, credit_text, outlet_from_lines, split_names
from generator.ingest.classify import mark_author_bios, mark_pull_quotes
from generator.ingest.cleaned import Cleaned, CleanError
from generator.ingest.headline import headline_text
from generator.ingest.html import NoArticle, Page, extract_page
from generator.ingest.lines import (
    BYLINE,
    CLOSERS,
    CREATORS,
    TERMINAL,
    Line,
    ends_a_release,
    has_photo_tail,
    is_byline,
    is_copyright,
    is_credit,
    is_date_line,
    is_end_mark,
    is_furniture,
    is_photo_credit,
    normalize_line,
    word_count,
)
from generator.ingest.markdown_text import to_markdown
from generator.ingest.published import parse_iso_date
from generator.ingest.types import CleanArticle


def from_page(text: str) -> Cleaned:
    """A saved web page's HTML → the cleaned article (its paragraphs are Markdown already)."""
    try:
        page = extract_page(text)
    except NoArticle as exc:
        raise CleanError(str(exc)) from None
    remarks = [t for _, t in page.blocks if _REMARK.match(t)]  # "RA comment: watch the coalition talks"
    page.blocks = [(k, t) for k, t in page.blocks if not _REMARK.match(t)]
    notes = page.notes + remarks
    extra = {"notes": "\n\n".join(notes)} if notes else {}
    return Cleaned(_article_from_page(page), markdown=True, extra=extra)


# an analyst's remark in a document a story was pasted into: "RA comment: ...", "Analyst's note: ...", "Desk note:"
_REMARK = re.compile(r"(?:[A-Z]{2,3}|[Aa]nalyst'?s?|[Dd]esk|[Oo]ur|[Mm]y)\s+(?:comment|note|remark)s?\s*:\s+\S")


def _article_from_page(page: Page) -> CleanArticle:
    if len(page.blocks) >= 3 and page.blocks[0][0] in ("p", "h2", "h3") and _pasted_headline(*page.blocks[0:2]):
        # a story pasted under another headline (a forum post, a note): its own headline over its by-line
        page.blocks = page.blocks[1:]
    blocks: list[tuple[str, str]] = []
    credits: list[str] = []
    bylines: list[str] = []
    previous = ""
    for kind, text in page.blocks:
        text = normalize_line(text)
        if not text or text == previous:
            continue
        if len(blocks) >= 3 and (ends_a_release(text) or is_end_mark(text)):
            break  # "About Alaska Airlines", "Forward-Looking Statements", "(END)": the release's or the wire's end
        previous = text
        if kind == "p" and is_credit(text):
            credits.append(credit_text(text))
            continue
        if kind == "p" and not blocks and CREATORS.match(text) and is_byline(text):
            bylines.append(text)
            continue
        if is_copyright(text) or is_furniture(text) or (
            kind == "p" and (is_photo_credit(text) or (word_count(text) <= 60 and has_photo_tail(text)))
        ):
            continue  # a caption or a credit left in the text when the page put no <figure> round its photo
        if not blocks and kind == "p":
            if is_byline(text) or is_date_line(text):
                bylines.append(text)
                continue
        blocks.append((kind, text))
    authors = page.authors or split_names(re.sub(r"^by\s+", "", page.byline, flags=re.I))
    authors = authors or authors_from_lines(bylines)
    blocks = _without_repeats_and_bios(blocks, authors)
    return CleanArticle(
        title=headline_text(normalize_line(page.title)),  # "UPDATE 3-Nepal's Oli sworn in ...": less the slug
        paragraphs=[to_markdown(kind, text) for kind, text in blocks],
        published=parse_iso_date(page.published),
        outlet=page.outlet or outlet_from_lines(page.footer, []),
        url=page.url,
        authors=authors,
        credits=" ".join(credits),
    )


def _pasted_headline(first: tuple[str, str], second: tuple[str, str]) -> bool:
    """"Centrist D66 narrowly ahead as ..." over "By Femke de Wit, October 30, 2025": a headline-shaped line
    right above a by-line, at the top of the text."""
    text = normalize_line(first[1])
    return (len(text) < 150 and not text.rstrip(CLOSERS).endswith(TERMINAL) and text[:1].isupper()
            and bool(CREATORS.match(second[1]) or BYLINE.match(second[1])) and is_byline(normalize_line(second[1])))


def _without_repeats_and_bios(blocks: list[tuple[str, str]], authors: list[str]) -> list[tuple[str, str]]:
    """The page's blocks less pull quotes (the story's words shown again) and the author's bio."""
    lines = [Line(text, "prose" if kind in ("p", "quote") else kind) for kind, text in blocks]
    mark_pull_quotes(lines)
    mark_author_bios(lines, authors)
    return [block for block, line in zip(blocks, lines) if line.kind not in ("caption", "furniture")]
