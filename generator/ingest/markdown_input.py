"""A Markdown file → the article: front matter and paragraphs taken as they are.

Markdown input was written or edited by a person, so nothing is cleaned
away; only the title (front matter or first heading), date and the fields
worth carrying over are read.
"""

from __future__ import annotations

import datetime as dt
import re

import yaml

from generator.ingest.cleaned import Cleaned, CleanError
from generator.ingest.lines import normalize_line
from generator.ingest.published import parse_iso_date
from generator.ingest.types import CleanArticle

_CARRIED = ("summary", "tags", "draft")


def from_markdown(text: str) -> Cleaned:
    """A Markdown file → the cleaned article, its front matter's summary, tags and draft carried over."""
    meta: dict = {}
    body = text.lstrip("\ufeff")
    if body.startswith("---\n"):
        end = re.search(r"^---[ \t]*$", body[4:], re.M)
        if end is None:
            raise CleanError("front matter opened with '---' is never closed")
        try:
            loaded = yaml.safe_load(body[4 : 4 + end.start()])
        except yaml.YAMLError as exc:
            raise CleanError(f"invalid YAML front matter: {getattr(exc, 'problem', None) or exc}") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise CleanError("front matter must be a mapping of 'key: value' lines")
        meta = loaded or {}
        body = body[4 + end.end() :].lstrip("\n")
    blocks = markdown_blocks(body)
    title = str(meta.get("title") or "").strip()
    if not title and blocks:
        m = re.match(r"^#\s+(.+?)\s*#*\s*$", blocks[0]) or re.match(r"^(.+)\n=+\s*$", blocks[0])
        if m:
            title = normalize_line(m[1])
            blocks = blocks[1:]
    published = meta.get("date")
    if isinstance(published, dt.datetime):
        published = published.date()
    if not isinstance(published, dt.date):
        published = parse_iso_date(str(published)) if published else None
    authors = meta.get("authors") or []
    article = CleanArticle(
        title=title,
        paragraphs=blocks,
        published=published,
        outlet=str(meta.get("outlet") or ""),
        url=str(meta.get("url") or ""),
        authors=[str(a) for a in (authors if isinstance(authors, list) else [authors])],
        credits=str(meta.get("credits") or ""),
    )
    return Cleaned(article, markdown=True, extra={k: meta[k] for k in _CARRIED if meta.get(k) not in (None, "", [])})


def markdown_blocks(text: str) -> list[str]:
    """Markdown split into blank-line-separated blocks, keeping fenced code blocks whole."""
    blocks: list[str] = []
    current: list[str] = []
    fence = ""
    for line in text.split("\n"):
        stripped = line.strip()
        if fence:
            current.append(line)
            if stripped.startswith(fence):
                fence = ""
            continue
        if stripped.startswith(("```", "~~~")):
            fence = stripped[:3]
            current.append(line)
            continue
        if not stripped:
            if current:
                blocks.append("\n".join(current).strip("\n"))
                current = []
            continue
        current.append(line.rstrip())
    if current:
        blocks.append("\n".join(current).strip("\n"))
    return [b for b in blocks if b.strip()]
