"""An outliner's page (Logseq, Roam) → the Markdown the rest of ingest reads.

An outliner keeps every paragraph as a bullet ("- ") indented under a
heading bullet, the page's properties as "key:: value" lines over it and a
block's own properties ("id:: ...", "collapsed:: true") under the block.
Read as plain Markdown, that is one long list with the page's metadata in
its first item. Here the properties become front matter, the blocks under
the heading that holds the story ("## Article") become its paragraphs, and
every other section (the analyst's summary, notes, tasks) goes to notes.
"""

from __future__ import annotations

import re

from generator.ingest.markdown_text import STORY_HEADING, WIKI_LINK

_PROPERTY = re.compile(r"([A-Za-z][\w-]{0,30})::[ \t]*(.*)")
_BLOCK = re.compile(r"([ \t]*)- (.*)")
_HEADING = re.compile(r"#{1,6}\s+(.+)")
_STORY_HEADING = re.compile(rf"(?i){STORY_HEADING}")
_MD_LINK_TARGET = re.compile(r"\[[^\]\n]*\]\((https?://[^)\s]+)\)")
_HIGHLIGHT = re.compile(r"\^\^(?=\S)([^^\n]+?)(?<=\S)\^\^")
_MACRO = re.compile(r"\{\{[^{}\n]*\}\}")
_TASK = re.compile(r"(?:TODO|DOING|DONE|LATER|NOW|WAITING|CANCELED|CANCELLED)\s+")

# what the page's own properties say, under the front matter's names
_KEYS = {"published": "date", "date": "date", "created": "date", "source": "url", "url": "url", "link": "url",
         "outlet": "outlet", "publication": "outlet", "site": "outlet", "author": "author", "authors": "author",
         "by": "author", "tags": "tags", "title": "page"}


def is_outline(text: str) -> bool:
    """A page that opens with "key:: value" properties over bullets, or that sets a heading in a bullet
    ("- ## Article"), which only an outliner writes."""
    lines = [line for line in text.lstrip("\ufeff").split("\n") if line.strip()]
    if not lines or not any(_BLOCK.fullmatch(line) for line in lines):
        return False
    if _PROPERTY.fullmatch(lines[0]):
        return True
    return any(line.startswith("- #") and _HEADING.fullmatch(line[2:].strip()) for line in lines)


def read_outline(text: str) -> tuple[dict, str]:
    """The page's properties as front matter (its page name as ``page``) and its story as Markdown blocks;
    the other sections' text is returned under ``notes``."""
    lines = text.lstrip("\ufeff").split("\n")
    meta: dict = {}
    at = 0
    while at < len(lines) and (m := _PROPERTY.fullmatch(lines[at].strip())) and not _BLOCK.fullmatch(lines[at]):
        _take_property(meta, m[1].lower(), m[2].strip())
        at += 1
    blocks = _blocks(lines[at:])
    story = [b for b in blocks if b[0] == 0 and _is_story_heading(b[1])]
    if story:
        start = blocks.index(story[0])
        end = next((k for k in range(start + 1, len(blocks)) if blocks[k][0] == 0), len(blocks))
        article = [text for _, text in blocks[start + 1 : end]]
        rest = blocks[:start] + blocks[end:]
    else:
        article = [text for _, text in blocks if not _HEADING.fullmatch(text)]
        rest = []
    notes = "\n".join(("  " * depth) + ("" if _HEADING.fullmatch(text) else "- ") + text for depth, text in rest)
    if notes.strip():
        meta["notes"] = notes.strip()
    return meta, "\n\n".join(_inline(t) for t in article if _inline(t))


def _take_property(meta: dict, key: str, value: str) -> None:
    name = _KEYS.get(key)
    if name is None or not value:
        return
    if name == "url":
        target = _MD_LINK_TARGET.search(value)
        value = target[1] if target else value.strip("<>")
    elif name == "tags":
        meta["tags"] = [t.strip().strip("[]#").lower() for t in value.split(",") if t.strip()]
        return
    else:
        value = WIKI_LINK.sub(r"\1", value)
    meta.setdefault(name, value)


def _blocks(lines: list[str]) -> list[tuple[int, str]]:
    """(depth, text) per bullet; a bullet's continuation lines join it, its "key:: value" lines go."""
    out: list[tuple[int, str]] = []
    for line in lines:
        if not line.strip():
            continue
        m = _BLOCK.fullmatch(line)
        if m:
            out.append((len(m[1].expandtabs(2)) // 2, m[2].strip()))
            continue
        if _PROPERTY.fullmatch(line.strip()) or not out:
            continue  # a block's own properties ("id:: 672c...", "collapsed:: true")
        depth, text = out[-1]
        out[-1] = (depth, f"{text}\n{line.strip()}")
    return out


def _is_story_heading(text: str) -> bool:
    m = _HEADING.fullmatch(text)
    return m is not None and _STORY_HEADING.fullmatch(m[1].strip()) is not None


def _inline(text: str) -> str:
    """A story's block as it reads: no highlight marks, no macros; the page links stay for the vault reader."""
    return _MACRO.sub("", _HIGHLIGHT.sub(r"\1", _TASK.sub("", text, count=1) if _TASK.match(text) else text)).strip()
