"""Raw document → clean article: the headline, the body paragraphs, and what the page says about itself.

This is the one entry point of cleaning: it sends each input kind to its own
cleaner and applies what holds for all of them (the command line's date, URL
and outlet win over the page's; no title or no text is an error; a page that
is not English is refused). The cleaners, leaves first:

* :mod:`~generator.ingest.published` and :mod:`~generator.ingest.lines`: the
  page's own dates and the vocabulary that tells one line's kind;
* :mod:`~generator.ingest.wrapping`, :mod:`~generator.ingest.classify` and
  :mod:`~generator.ingest.headline`: paragraphs made whole, lines judged in
  context, the headline told from deck, photo links and video titles;
* :mod:`~generator.ingest.scrape` (text scrapes), :mod:`~generator.ingest.saved_page`
  (saved web pages, after :mod:`~generator.ingest.html`) and
  :mod:`~generator.ingest.markdown_input` (Markdown, taken as it is).

The names callers used from this module before it was split are imported
here so they keep working.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.ingest.bylines import outlet_from_lines, split_names
from generator.ingest.cleaned import Cleaned, CleanError
from generator.ingest.feed import feed_as_page
from generator.ingest.language import LANGUAGE_NAMES, detect_language
from generator.ingest.lines import is_copyright, is_credit, is_furniture, normalize_line
from generator.ingest.markdown_input import from_markdown, markdown_blocks
from generator.ingest.markdown_text import escape_markdown, plain_markdown, to_markdown
from generator.ingest.published import find_date, parse_iso_date, strip_dateline
from generator.ingest.saved_page import from_page
from generator.ingest.scrape import clean_text
from generator.ingest.types import RawDocument
from generator.ingest.wikitext import is_wikitext

__all__ = [
    "LANGUAGE_NAMES", "CleanError", "Cleaned", "clean_document", "clean_text", "detect_language", "escape_markdown",
    "find_date", "is_copyright", "is_credit", "is_furniture", "markdown_blocks", "normalize_line", "outlet_from_lines",
    "parse_iso_date", "plain_markdown", "split_names", "strip_dateline", "to_markdown",
]

_NO_TITLE = {
    "txt": "no title found (the headline should be a line of its own before the article)",
    "html": "no title found (the page has no <h1>, og:title or JSON-LD headline)",
    "md": "no title found (add 'title:' to the front matter or start with a '# Heading')",
    "feed": "no story found (an RSS or Atom feed whose first item has a title and a text)",
}


def clean_document(
    doc: RawDocument, *, date: dt.date | None = None, url: str | None = None, outlet: str | None = None
) -> Cleaned:
    """Clean any input kind; the options given on the command line win over what the page says."""
    page = feed_as_page(doc.text) if doc.kind != "md" else None
    if page is not None:
        cleaned = from_page(page)  # a saved feed: its newest item, read as the page it would be
    elif doc.kind == "feed":
        raise CleanError(_NO_TITLE["feed"])
    elif doc.kind == "html":
        cleaned = from_page(doc.text)
    elif doc.kind == "md" or (doc.kind == "txt" and is_wikitext(doc.text)):
        cleaned = from_markdown(doc.text)  # (a wiki page saved as its markup is read as the Markdown it becomes)
    else:
        cleaned = Cleaned(clean_text(doc.text))
    article = cleaned.article
    if not article.title or not article.paragraphs:
        # "the text is in German" says more than "no title found" (a page is judged by its words, not its markup)
        _refuse_other_languages(_MARKUP.sub(" ", doc.text) if doc.kind in ("html", "feed") else doc.text)
    if not article.title:
        raise CleanError(_NO_TITLE[doc.kind])
    if not article.paragraphs:
        raise CleanError("no article text found")
    if date is not None:
        article.published = date
    if url is not None:
        article.url = url
    if outlet is not None:
        article.outlet = outlet
    _refuse_other_languages(" ".join([article.title, *article.paragraphs]))
    return cleaned


_MARKUP = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.S | re.I)


def _refuse_other_languages(text: str) -> None:
    language = detect_language(text)
    if language != "en":
        name = LANGUAGE_NAMES.get(language)
        raise CleanError(f"the text is in {name}, not English" if name else "the text is not English")
