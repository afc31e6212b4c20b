"""A Markdown file → the article: front matter and paragraphs taken as they are.

Markdown input was written or edited by a person, so nothing is cleaned
away; only the title (front matter or first heading), date and the fields
worth carrying over are read. A page clipped from the web by a browser
clipper (front matter naming its `source` URL) is the exception: the page's
navigation links, pictures, their captions and "Related:" links came with it
and go, as they would from the saved page itself.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib

import yaml

from generator.ingest.bylines import byline_names
from generator.ingest.cleaned import Cleaned, CleanError
from generator.ingest.lines import normalize_line
from generator.ingest.markdown_text import SPAN, STORY_HEADING, WIKI_LINK, plain_markdown
from generator.ingest.outline import is_outline, read_outline
from generator.ingest.published import find_date, parse_iso_date
from generator.ingest.types import CleanArticle
from generator.ingest.wikitext import is_wikitext, read_wikitext

_CARRIED = ("summary", "notes", "tags", "draft")


def from_markdown(text: str) -> Cleaned:
    """A Markdown file → the cleaned article, its front matter's summary, tags and draft carried over."""
    meta, body = _front_matter(text.lstrip("\ufeff"))
    if not meta:
        meta, body = _trailing_metadata(body)  # a notes app's raw export keeps its metadata under the text
    if not meta and is_outline(body):
        meta, body = read_outline(body)  # an outliner's page: its properties, and the story's blocks
    elif not meta and is_wikitext(body):
        meta, body = read_wikitext(body)  # a wiki page's markup: the story's section, the rest as notes
    title, blocks = _title(meta, markdown_blocks(body))
    title = title or str(meta.get("page") or "")  # (an outliner's page name, when the story shows no headline)
    blocks = _properties(meta, blocks)
    blocks, callouts = _without_callouts(blocks)
    blocks, vault_notes = _without_vault_syntax(blocks)
    callouts = "\n\n".join(n for n in (callouts, vault_notes) if n)
    blocks = _byline_block(meta, blocks)
    source = _SOURCE_LINE.fullmatch(blocks[-1].strip()) if blocks else None
    if source:
        meta.setdefault("url", source[1])  # "Source: https://...": where the article came from, no part of it
        blocks = blocks[:-1]
    blocks = [SPAN.sub(r"\1", b) for b in blocks]  # pandoc's "[words]{.underline}": the words, as they read
    blocks, notes = _without_notes(blocks)
    blocks, references = _without_references(blocks)
    blocks, appendix = _without_appendix(blocks)
    notes = "\n\n".join(n for n in (callouts, notes, references, appendix) if n)
    if notes:  # the analyst's notes under the article go to the front matter, kept but apart from its text
        meta["notes"] = "\n\n".join(n for n in (str(meta.get("notes") or "").strip(), notes) if n)
    url = str(meta.get("url") or meta.get("source") or "")
    if _WEB_ADDRESS.match(url):
        blocks = _without_page_furniture(blocks)
    elif url and not meta.get("url"):
        # "source: Danube Review, culture pages (web), read 9 Oct 2025": the outlet, in words, no address
        meta.setdefault("outlet", url.split(",")[0].strip())
        url = ""
    if blocks and _EXPORT_HEADING.fullmatch(blocks[0].strip()):
        blocks = blocks[1:]  # "## Content": an exporter's label over the text, no heading of the story
    published = next((meta[k] for k in _DATE_KEYS if meta.get(k)), None)
    if isinstance(published, dt.datetime):
        published = published.date()
    if not isinstance(published, dt.date):
        # ("date: 25 September 2025", as a converter copies a document's date line)
        published = (parse_iso_date(str(published)) or find_date(str(published))) if published else None
    authors = meta.get("authors") or meta.get("author") or []
    article = CleanArticle(
        title=title,
        paragraphs=blocks,
        published=published,
        outlet=next((str(meta[k]) for k in _OUTLET_KEYS if meta.get(k) and not _WEB_ADDRESS.match(str(meta[k]))), ""),
        url=url,
        authors=[WIKI_LINK.sub(r"\1", str(a)) for a in (authors if isinstance(authors, list) else [authors])],
        credits=str(meta.get("credits") or ""),
    )
    return Cleaned(article, markdown=True, extra={k: meta[k] for k in _CARRIED if meta.get(k) not in (None, "", [])})


def _front_matter(text: str) -> tuple[dict, str]:
    """The front matter and the text under it: YAML between "---" lines, or TOML between "+++" lines (as
    Hugo writes it); no front matter gives an empty mapping."""
    fence = text[:4]
    if fence not in ("---\n", "+++\n"):
        return {}, text
    end = re.search(rf"^{re.escape(fence[:3])}[ \t]*$", text[4:], re.M)
    if end is None:
        raise CleanError(f"front matter opened with '{fence[:3]}' is never closed", 1)
    source = text[4 : 4 + end.start()]
    if fence == "+++\n":
        try:
            loaded = tomllib.loads(source)
        except tomllib.TOMLDecodeError as exc:
            # the parser counts lines from the front matter's first; the file has the fence above it
            where = re.search(r"\s*\(at line (\d+), column \d+\)$", str(exc))
            message = str(exc)[: where.start()] if where else str(exc)
            raise CleanError(f"invalid TOML front matter: {message}", int(where[1]) + 1 if where else None) from None
    else:
        try:
            loaded = yaml.safe_load(source)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise CleanError(f"invalid YAML front matter: {getattr(exc, 'problem', None) or exc}",
                             mark.line + 2 if mark is not None else None) from None
    if loaded is not None and not isinstance(loaded, dict):
        raise CleanError("front matter must be a mapping of 'key: value' lines")
    return loaded or {}, text[4 + end.end() :].lstrip("\n")


_APP_FIELD = re.compile(r"([a-z][a-z0-9]*(?:_[a-z0-9]+)*_?):(?:[ \t]+(.*))?")
_APP_KEYS = {"source_url": "url", "url": "url", "author": "author"}


def _trailing_metadata(body: str) -> tuple[dict, str]:
    """A note exported raw (Joplin's ``.md``: title, text, then ``id: ...``, ``parent_id: ...``,
    ``created_time: ...``, ``source_url: ...``, ``type_: 1``): the app's fields under the text are no part
    of it. Six or more ``snake_case: value`` lines that end the file are taken as such; the source and the
    author go to the front matter, the app's own times do not (a clip's time is not the publication's)."""
    lines = body.rstrip().split("\n")
    at = len(lines)
    while at > 0 and _APP_FIELD.fullmatch(lines[at - 1].strip()):
        at -= 1
    fields = [_APP_FIELD.fullmatch(line.strip()) for line in lines[at:]]
    if len(fields) < 6 or not any("_" in m[1] for m in fields if m):
        return {}, body
    meta = {_APP_KEYS[m[1]]: m[2].strip() for m in fields if m and m[1] in _APP_KEYS and (m[2] or "").strip()}
    return meta, "\n".join(lines[:at]).rstrip() + "\n"


# a notes app's page properties under its title: "Created: June 4, 2025 6:02 PM", "Source: https://...", "Tags: ..."
_PROPERTY = re.compile(r"([A-Z][\w ]{0,20}):[ \t]+(\S.*)")
_PROPERTY_KEYS = {"created": "date", "date": "date", "published": "date", "source": "url", "url": "url",
                  "link": "url", "tags": "tags", "author": "author", "authors": "author"}


def _properties(meta: dict, blocks: list[str]) -> list[str]:
    """A notes app's property lines right under the title (Notion's export): a date, a source, tags taken
    into the front matter where it has none; the rest ("Status: To process") is the app's, no text."""
    if not blocks:
        return blocks
    lines = [line.strip() for line in blocks[0].split("\n") if line.strip()]
    found = [_PROPERTY.fullmatch(line) for line in lines]
    if len(lines) < 2 or not all(found):
        return blocks
    for m in found:
        key = _PROPERTY_KEYS.get(m[1].strip().lower())
        value = m[2].strip()
        if key == "tags":
            meta.setdefault("tags", [t.strip().lower() for t in re.split(r"[,|]", value) if t.strip()])
        elif key == "date":
            day = find_date(value)
            if day is not None:
                meta.setdefault("date", day)
        elif key:
            meta.setdefault(key, value)
    return blocks[1:]


_CALLOUT = re.compile(r"(?s)<aside>\s*(.*?)\s*</aside>")


def _without_callouts(blocks: list[str]) -> tuple[list[str], str]:
    """A notes app's callout boxes (``<aside>`` in Notion's export): the analyst's own remarks, kept as notes."""
    text = "\n\n".join(blocks)
    if "<aside>" not in text:
        return blocks, ""
    notes = [normalize_line(m[1]) for m in _CALLOUT.finditer(text)]
    return markdown_blocks(_CALLOUT.sub("", text)), "\n\n".join(n for n in notes if n)


# an Obsidian vault's syntax: callouts ("> [!note] Title"), embeds ("![[photo.png|300]]"), wiki links
# ("[[Viktor Orbán|Orbán]]") and highlights ("==second Hungarian==")
_VAULT_CALLOUT = re.compile(r"^>\s*\[!(?P<type>[\w-]+)\][+-]?[ \t]*(?P<title>.*)$", re.M)
_VAULT_EMBED = re.compile(r"!\[\[[^\]\n]*\]\]")
_VAULT_HIGHLIGHT = re.compile(r"==(?=\S)([^=\n]+?)(?<=\S)==")
_QUOTING_CALLOUTS = frozenset({"quote", "cite"})


def _without_vault_syntax(blocks: list[str]) -> tuple[list[str], str]:
    """A vault note's blocks as the article reads: a callout that quotes stays a quotation, the others (the
    analyst's "note", "todo", "info") go to notes; an embedded picture and its caption go; a wiki link is its
    words, a highlight its text."""
    if not any("[[" in b or "[!" in b or "==" in b for b in blocks):
        return blocks, ""
    out: list[str] = []
    notes: list[str] = []
    after_embed = False
    for block in blocks:
        text = block.strip()
        callout = _VAULT_CALLOUT.match(text)
        if callout is not None:
            rest = "\n".join(line for line in text.split("\n")[1:])
            if callout["type"].lower() in _QUOTING_CALLOUTS:
                # the callout's title says whose words they are ("The academy's statement"): it leads them in
                title = callout["title"].strip().rstrip(":")
                out.append(_vault_inline(f"> {title}: {rest.lstrip('> ')}" if title else rest))
            else:
                lines = [callout["title"].strip()] + [re.sub(r"^>\s?", "", line) for line in rest.split("\n")]
                notes.append(_vault_inline("\n".join(line for line in lines if line.strip())))
            continue
        if _VAULT_EMBED.fullmatch(text.split("\n")[0].strip()):
            after_embed = True
            if "\n" not in text:
                continue
            text = "\n".join(text.split("\n")[1:]).strip()  # the caption set under the picture, in its block
        if after_embed and _EMPHASIS_ONLY.match(text) and len(text) < 300:
            after_embed = False
            continue  # the picture's caption
        after_embed = False
        out.append(_vault_inline(block))
    return out, "\n\n".join(notes)


def _vault_inline(text: str) -> str:
    return _VAULT_HIGHLIGHT.sub(r"\1", WIKI_LINK.sub(r"\1", _VAULT_EMBED.sub("", text)))


def _byline_block(meta: dict, blocks: list[str]) -> list[str]:
    """A by-line set as a block of its own near the top ("**By Choi Ha-eun** · Outlet · 6 min read"), read as
    the by-lines of any page are."""
    for i, block in enumerate(blocks[:4]):
        names = byline_names(plain_markdown(block.strip())) if len(block) < 200 else []
        if names:
            outlets = {str(meta.get(k) or "").casefold() for k in _OUTLET_KEYS}
            people = [n for n in names if n.casefold() not in outlets]  # "By Rania Haddad, Gulf Ledger": the outlet
            if people:
                meta.setdefault("author", people)
            day = find_date(plain_markdown(block.strip()))
            if day is not None and not any(meta.get(k) for k in _DATE_KEYS):
                meta["date"] = day  # "By Jane Roe | 23 July 2025": the by-line's date, where nothing else gives one
            return blocks[:i] + blocks[i + 1 :]
    return blocks


def _without_appendix(blocks: list[str]) -> tuple[list[str], str]:
    """What follows a last thematic break ("---") when none of it is a paragraph of prose: a list of key
    numbers, related pages, kept as notes."""
    at = next((i for i in range(len(blocks) - 1, 0, -1) if _THEMATIC_BREAK.match(blocks[i].strip())), -1)
    if at < len(blocks) // 2:
        return blocks, ""
    tail = blocks[at + 1 :]
    prose = any(len(b) > 200 and not b.lstrip().startswith(("-", "*", ">", "|")) and b.rstrip().endswith((".", '"', "\u201d"))
                for b in tail)
    if not tail or prose:
        return blocks, ""
    return blocks[:at], "\n\n".join(tail)


def _title(meta: dict, blocks: list[str]) -> tuple[str, list[str]]:
    """The title (the front matter's, a first heading, or a note's first line) and the blocks after it; a
    note's hashtags become its tags."""
    title = str(meta.get("title") or "").strip()
    m = re.match(r"^#\s+(.+?)\s*#*\s*$", blocks[0]) or re.match(r"^(.+)\n=+\s*$", blocks[0]) if blocks else None
    if m and (not title or normalize_line(m[1]) == normalize_line(title)):
        title, blocks = normalize_line(m[1]), blocks[1:]  # the heading, or the front matter's title again
    if title and blocks and _HASHTAGS.fullmatch(blocks[0].strip()):
        # a read-later app's tags under the heading ("#Shelfmark #aerospace"): tags, not text
        meta.setdefault("tags", _hashtags(blocks[0]))
        blocks = blocks[1:]
    if m and title:
        return title, blocks
    if not title and len(blocks) > 1:
        title, blocks, tags = _note_heading(blocks)  # a notes app's export: a plain first line, then "#tags"
        if tags:
            meta.setdefault("tags", tags)
    return title, blocks


_WEB_ADDRESS = re.compile(r"https?://\S+$")
_EXPORT_HEADING = re.compile(rf"(?i)#{{1,6}}\s*{STORY_HEADING}")
# what exporters call the publication date and the outlet in their front matter
_DATE_KEYS = ("date", "published", "date_published", "published_at", "publish_date", "datePublished", "pubDate",
              "created")  # (a note clipped the day it was published: Notion and Obsidian keep when it was made)
_OUTLET_KEYS = ("outlet", "site_name", "publisher", "site", "source_name")
_IMAGE = re.compile(r"\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?")
_LINK = re.compile(r"\[[^\]]*\]\([^)]*\)")
_EMPHASIS_ONLY = re.compile(r"^(\*|_)[^*_\n].*\1$", re.S)
_LINK_LABEL = re.compile(r"^(?:>\s*)?(?:[A-Z][\w ]{0,20}:\s*)?")  # "> Related: [...](...)"


_SOURCE_LINE = re.compile(r"(?i)(?:source|via|from|original|link|url)\s*:\s*<?(https?://\S+?)>?")
_HASHTAGS = re.compile(r"#[\w-]+(?:[ \t,]+#[\w-]+)*")


def _note_heading(blocks: list[str]) -> tuple[str, list[str], list[str]]:
    """A first line that reads as a headline (short, no full stop), with a line of hashtags under it or as the
    next block: the title and the tags of a note exported as Markdown. Anything else has no title."""
    lines = blocks[0].split("\n")
    first = lines[0].strip()
    rest = [line.strip() for line in lines[1:] if line.strip()]
    later = list(blocks[1:])
    if not rest and later and _HASHTAGS.fullmatch(later[0].strip()):
        rest, later = [later[0].strip()], later[1:]
    if not first or len(first) > 200 or first.endswith((".", ":")) or (rest and not all(_HASHTAGS.fullmatch(r) for r in rest)):
        return "", blocks, []
    return normalize_line(plain_markdown(first)), later, [tag for r in rest for tag in _hashtags(r)]


def _hashtags(line: str) -> list[str]:
    """"#Shelfmark #aerospace" -> ["shelfmark", "aerospace"]."""
    return [t.lstrip("#").lower() for t in re.split(r"[\s,]+", line.strip()) if t]


# "Notes:", "## Analyst's notes": the heading of the notes a person wrote under the article they pasted
# "Notes", "Analyst's notes", and the "Highlights" / "Annotations" a read-later app exports under the text
_NOTES_HEADING = re.compile(
    r"(?i)^(?:#{1,6}\s*)?(?:(?:analyst|editor|desk)(?:'?s)?\s+|my\s+|our\s+)?(?:notes?|highlights|annotations)\s*:?\s*$")
_THEMATIC_BREAK = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})\s*$")


def _without_notes(blocks: list[str]) -> tuple[list[str], str]:
    """The article's blocks, and the notes section that ends the file (its heading and the rule above it
    left out), as Markdown."""
    at = next((i for i, b in enumerate(blocks) if i > 0 and i >= len(blocks) // 2 and _NOTES_HEADING.match(b.strip())), -1)
    if at < 0:
        return blocks, ""
    notes = "\n\n".join(blocks[at + 1 :]).strip()
    end = at - 1 if _THEMATIC_BREAK.match(blocks[at - 1].strip()) else at
    return blocks[:end], notes


_FOOTNOTE = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]*", re.M)
_FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]+\](?!:)")
_REFERENCES_HEADING = re.compile(
    r"(?i)^(?:#{1,6}\s*)?(?:links?|sources?|references?|further reading|see also|bibliography|reading list)\s*:?\s*$")
_LINK_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+(?:\*\*[^*]*\*\*\s*)?\[[^\]]+\]\([^)]+\)[^\n]{0,80}$")


def _without_references(blocks: list[str]) -> tuple[list[str], str]:
    """The article's blocks, and the reference matter that ends the file, as Markdown for its notes: the
    footnotes' texts ("[^1]: ..."), a "Links" or "Sources" heading with its list of links, a sign-off in
    italics after them. The footnote marks leave the text with their notes; nothing else is lost."""
    def reference(block: str) -> bool:
        lines = [line for line in block.split("\n") if line.strip()]
        return bool(_FOOTNOTE.match(block) or _REFERENCES_HEADING.match(block.strip())
                    or all(_LINK_ITEM.match(line) for line in lines))
    at = len(blocks)
    while at > 1 and (reference(blocks[at - 1]) or (at == len(blocks) and _EMPHASIS_ONLY.match(blocks[-1].strip())
                                                   and len(blocks[-1]) < 300)):
        at -= 1
    while at < len(blocks) and not reference(blocks[at]):
        at += 1  # a sign-off alone, with no references above it, stays the article's
    if at == len(blocks) or at < len(blocks) // 2:
        return blocks, ""
    tail = blocks[at:]
    if not any(_FOOTNOTE.match(b) for b in tail) and not any(_REFERENCES_HEADING.match(b.strip()) for b in tail):
        return blocks, ""  # links closing an article a person wrote, with no heading: the article's own
    body = [_FOOTNOTE_MARK.sub("", b) for b in blocks[:at]] if any(_FOOTNOTE.match(b) for b in tail) else blocks[:at]
    notes = [_FOOTNOTE.sub(lambda m: f"- [{m[1]}] ", b) for b in tail]
    return body, "\n\n".join(notes)


def _without_page_furniture(blocks: list[str]) -> list[str]:
    """A clipped page's blocks less its pictures, their captions and the blocks that are only links."""
    out: list[str] = []
    after_image = False
    for block in blocks:
        text = block.strip()
        if _IMAGE.sub("", text).strip() == "":
            after_image = True
            continue
        if after_image and _EMPHASIS_ONLY.match(text) and len(text) < 300:
            after_image = False
            continue  # the picture's caption, set in italics under it
        after_image = False
        links = _LINK.findall(text)
        rest = _LINK.sub("", text[_LINK_LABEL.match(text).end():] if links else text)
        if links and not re.search(r"\w", rest):
            continue  # "[Politics](...) · [Middle East](...)", "> Related: [...](...)"
        out.append(block)
    return out


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
