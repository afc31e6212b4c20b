"""A wiki page saved as MediaWiki markup → the Markdown the rest of ingest reads.

Internal wikis (MediaWiki and its kin) keep pages as wikitext: templates in
double braces (an infobox of the page's properties, notices), ``== headings ==``,
``'''bold'''``, ``[[Page|shown words]]`` links, ``<ref>`` footnotes and
categories. A desk that pastes a story into such a page sets it under a heading
of its own ("Source article"), the story's headline as a subheading and a line
of the outlet, date and by-line over it, with the desk's summary and notes in
other sections. Here the markup becomes Markdown, the story's section becomes
the text (its headline the title, its source line the front matter) and every
other section goes to notes.
"""

from __future__ import annotations

import html
import re

from generator.ingest.markdown_text import STORY_HEADING, WIKI_LINK

_HEADING = re.compile(r"^(={2,6})\s*(.+?)\s*\1\s*$", re.M)
_TEMPLATE_OPEN = re.compile(r"^\{\{", re.M)
_BOLD = re.compile(r"'''(.+?)'''")
_ITALIC = re.compile(r"''(.+?)''")
_NAMESPACED = re.compile(r"\[\[(?:File|Image|Category|Media):[^\[\]]*(?:\[\[[^\[\]]*\]\][^\[\]]*)*\]\]\n?", re.I)
_EXTERNAL = re.compile(r"\[(https?://\S+)(?:\s+([^\]]+))?\]")
_REF = re.compile(r"<ref[^>/]*/>|<ref[^>]*>.*?</ref>|<references\s*/>", re.S | re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_MAGIC = re.compile(r"__[A-Z]+__|~{3,5}")
_STORY = re.compile(rf"(?i){STORY_HEADING}")
# "Outlet: Caribbean Ledger · Published: 25 April 2024 · By: A and B": the source line over a pasted story
_SOURCE_FIELD = re.compile(
    r"(?i)\b(outlet|source|publication|published|date|by|author|authors|url|link|retrieved|accessed|saved)\s*:\s*")
_FIELD_KEYS = {"outlet": "outlet", "source": "outlet", "publication": "outlet", "published": "date", "date": "date",
               "by": "author", "author": "author", "authors": "author", "url": "url", "link": "url"}  # (the rest: the desk's)


def is_wikitext(text: str) -> bool:
    """Wiki markup, not prose that happens to hold a brace or a bracket: two kinds of its marks at least."""
    if "[[" not in text and "{{" not in text and "'''" not in text:
        return False  # (the quick look every scrape gets)
    marks = (
        bool(_TEMPLATE_OPEN.search(text)),
        len(_HEADING.findall(text)) >= 2,
        "'''" in text,
        len(WIKI_LINK.findall(text)) >= 2,
        "__TOC__" in text or "<references" in text,
    )
    return sum(marks) >= 2


def read_wikitext(text: str) -> tuple[dict, str]:
    """Front matter and Markdown blocks of a wiki page: the story's section when the page has one (the
    other sections then under ``notes``), else the whole page."""
    body = _markdown(text)
    sections = _sections(body)
    story = next((i for i, (title, _, _) in enumerate(sections) if title and _STORY.fullmatch(title)), -1)
    if story < 0:
        return {}, body
    meta: dict = {}
    _, level, content = sections[story]
    inside = [content]
    k = story + 1
    while k < len(sections) and sections[k][1] > level:  # its subsections: the headline, and the story under it
        inside.append(("#" * sections[k][1]) + " " + sections[k][0] + "\n\n" + sections[k][2])
        k += 1
    blocks = [b.strip() for b in "\n\n".join(inside).split("\n\n") if b.strip()]
    at = 0
    if blocks and _SOURCE_FIELD.match(blocks[0].strip("*_ ")):
        _take_fields(meta, blocks[0])
        at = 1
    if at < len(blocks) and blocks[at].startswith("#"):
        meta["title"] = blocks[at].lstrip("#").strip()
        at += 1
    notes = [("#" * lv + " " + t + "\n\n" + c).strip() for t, lv, c in sections[:story] + sections[k:] if t or c.strip()]
    if notes:
        meta["notes"] = "\n\n".join(notes)
    return meta, "\n\n".join(blocks[at:]) + "\n"


def _take_fields(meta: dict, line: str) -> None:
    plain = re.sub(r"[*_]", "", line)
    found = list(_SOURCE_FIELD.finditer(plain))
    for m, nxt in zip(found, found[1:] + [None]):
        value = plain[m.end() : nxt.start() if nxt else len(plain)].strip(" \u00b7|,;\u2022")
        key = _FIELD_KEYS.get(m[1].lower(), "")
        if key and value and key not in meta:
            meta[key] = re.split(r"\s+and\s+|\s*,\s*", value) if key == "author" else value


def _sections(body: str) -> list[tuple[str, int, str]]:
    """(heading, level, text under it) in order; the text before the first heading has no heading."""
    out: list[tuple[str, int, str]] = []
    last, title, level = 0, "", 0
    for m in re.finditer(r"^(#{1,6})\s+(.+)$", body, re.M):
        out.append((title, level, body[last : m.start()].strip()))
        title, level, last = m[2].strip(), len(m[1]), m.end()
    out.append((title, level, body[last:].strip()))
    return [s for s in out if s[0] or s[2]]


def _markdown(text: str) -> str:
    text = _COMMENT.sub("", text)
    text = _without_templates(text)
    text = _REF.sub("", text)
    text = _NAMESPACED.sub("", text)
    text = WIKI_LINK.sub(lambda m: m[1].split("#")[0], text)  # a link's shown words; "[[Page#Section]]": the page
    text = _EXTERNAL.sub(lambda m: m[2] or m[1], text)
    text = _BOLD.sub(r"**\1**", text)
    text = _ITALIC.sub(r"*\1*", text)
    text = re.sub(r"^#[ \t]*(?=[^#\s])", "1. ", text, flags=re.M)  # a numbered item ("# step"), not a heading
    text = _HEADING.sub(lambda m: "#" * (len(m[1])) + " " + m[2], text)
    text = _MAGIC.sub("", text)
    text = html.unescape(_TAG.sub("", text)).replace("\u00a0", " ")
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _without_templates(text: str) -> str:
    """Every ``{{...}}``, nested ones included: an infobox, a notice, a status badge."""
    out: list[str] = []
    depth = 0
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if pair == "{{":
            depth += 1
            i += 2
            continue
        if pair == "}}" and depth:
            depth -= 1
            i += 2
            if not depth and text[i : i + 1] == "\n":
                i += 1  # the template's own line goes with it
            continue
        if not depth:
            out.append(text[i])
        i += 1
    return "".join(out)
