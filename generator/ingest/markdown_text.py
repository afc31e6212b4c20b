"""Markdown syntax in and out of plain text.

Reader tools save pages as Markdown, which cleaning reads as the plain page
would read (:func:`plain_markdown`); cleaned paragraphs are written into
Markdown files, where a plain paragraph must not turn into syntax
(:func:`escape_markdown`).
"""

from __future__ import annotations

import re

_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]]{0,300})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_MD_EMPHASIS = re.compile(r"(?<![\w*_])(\*\*|__|\*|_)(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*_])")
_MD_LINE_MARK = re.compile(r"(?m)^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?)")
# a note app's link to another page, "[[Jane Doe]]" or "[[Viktor Orbán|Orbán]]": its words are the shown part
WIKI_LINK = re.compile(r"\[\[(?:[^\]|\n]*\|)?([^\]|\n]*)\]\]")
# how exporters and analysts head the pasted story: "## Article", "Content:", "The story", "Source article"
STORY_HEADING = (r"(?:the\s+)?(?:(?:source|original|pasted|clipped)\s+)?"
                 r"(?:article|content|full text|text|body|story|clipping)\s*:?")


def plain_markdown(text: str) -> str:
    """A page saved as Markdown by a reader tool, as the page read: links as their words, no images or marks.

    Only the inline syntax goes (images, links, emphasis, heading and quote
    marks); lines and paragraphs stay where they are, so the same line
    judgements apply.
    """
    # (each pattern needs a mark most texts lack: a plain test spares a search of the whole text)
    if "](" in text:
        text = _MD_IMAGE.sub("", text)
        text = _MD_LINK.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _MD_EMPHASIS.sub(r"\2", text)
    if "#" in text or ">" in text:
        text = _MD_LINE_MARK.sub("", text)
    return text


def markdown_prose(block: str) -> str:
    """A Markdown paragraph as the reader reads it, for the annotator: one line, no syntax.

    A person's or a converter's Markdown keeps its hard line breaks, links,
    emphasis, backslash escapes (pandoc writes ``\\"`` and ``\\$``) and
    bracketed spans (``[text]{.underline}``); a quotation or a name must not
    be cut by any of them. A table reads as no prose at all; a heading keeps
    its mark.
    """
    lines = [line for line in block.split("\n") if line.strip()]
    if lines and all(_TABLE_LINE.match(line) for line in lines):
        return ""
    if block.startswith("#"):
        return block  # a heading stays one: no sentence of the story, no quotation of anyone's
    text = SPAN.sub(r"\1", block)
    text = plain_markdown(text)
    text = _ESCAPE.sub(r"\1", text)
    text = _EM_DASH.sub("\\1\u2014\\2", text)
    return _LINE_BREAK.sub(" ", text).strip()


_TABLE_LINE = re.compile(r"\s*(?:[|+][-=:+| ]*[|+]?\s*$|\|.*\|\s*$|\+[-=+]+\+)")
# a bracketed span, as pandoc writes a .docx's underlining and highlighting: "[words]{.underline}"
SPAN = re.compile(r"\[([^\[\]\n]{0,300}(?:\n[^\[\]\n]{0,300}){0,3})\]\{[.#]?[\w\- .#=\"]*\}")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!\"$'|<>~])")
_EM_DASH = re.compile(r"(?<=\S)( ?)---( ?)(?=\S)")  # pandoc's smart dash: "LILONGWE --- Former"
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*(?!(?:[-*+]|\d{1,2}[.)])[ \t])")  # (a list keeps its items apart)


def to_markdown(kind: str, text: str) -> str:
    """One extracted block as a Markdown paragraph; its text escaped so it stays plain."""
    if kind == "h2":
        return "## " + text
    if kind == "h3":
        return "### " + text
    if kind == "quote":
        return "> " + escape_markdown(text)
    if kind == "li":
        return "- " + escape_markdown(text)
    if kind == "oli":
        return "1. " + escape_markdown(text)
    return escape_markdown(text)


_MD_LEAD = re.compile(r"^(?:#|>|[-*+](?=\s|$)|\d+(?=[.)](?:\s|$))|[-*_=](?=(?:\s*[-*_=]){2,}\s*$))")


def escape_markdown(text: str) -> str:
    """Escape what would turn a plain paragraph into Markdown syntax: a leading ``#``, ``>``, ``-``, ``1.`` ..."""
    m = _MD_LEAD.match(text)
    if not m:
        return text
    if m.group(0).isdigit():
        return text[: m.end()] + "\\" + text[m.end() :]
    return "\\" + text
