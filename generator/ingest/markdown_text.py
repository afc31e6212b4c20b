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


def plain_markdown(text: str) -> str:
    """A page saved as Markdown by a reader tool, as the page read: links as their words, no images or marks.

    Only the inline syntax goes (images, links, emphasis, heading and quote
    marks); lines and paragraphs stay where they are, so the same line
    judgements apply.
    """
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return _MD_LINE_MARK.sub("", text)


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
