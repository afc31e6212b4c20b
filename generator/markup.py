"""Markdown → safe HTML, with actor mentions linked.

Python-Markdown does the parsing; a tree processor links mentions after the
inline patterns have run, so it sees real text nodes and can skip links and
code. Everything then goes through nh3 (Ammonia), because article text comes
from scraped pages and must never carry script, handlers or ``javascript:``.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

SKIP_TAGS = frozenset({"a", "code", "pre", "script", "style", "kbd", "samp"})
PARTICLES = frozenset({"al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn", "la", "le",
                       "st", "ter", "van", "von"})
_ALLOWED_ATTRS = {
    "*": {"class", "id", "title", "lang", "dir"},
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height", "loading"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan", "scope"},
    "ol": {"start"},
}
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote|pre|tr|table|ul|ol|div)>|<br\s*/?>", re.I)
_TAG = re.compile(r"<[^>]+>")


def surname(name: str) -> str:
    """The family name a later mention uses: 'Le Drian', 'von der Leyen', 'Lavrov'."""
    tokens = name.split()
    if len(tokens) < 2:
        return ""
    for i in range(1, len(tokens) - 1):
        if tokens[i].casefold().strip(".") in PARTICLES:
            return " ".join(tokens[i:])
    return tokens[-1]


@dataclass(frozen=True)
class MentionTarget:
    """One actor to link in a text: the names it goes by and where its page is."""

    href: str
    title: str
    names: tuple[str, ...]


class MentionLinker:
    """Finds the names of a fixed set of actors in text and wraps them in links.

    Longest names win ("Alyaksandr Lukashenka" before "Lukashenka"); matching is
    case-sensitive and whole-word so "Chad" the country is not "chad" the word.
    """

    def __init__(self, targets: list[MentionTarget]) -> None:
        self.by_name: dict[str, MentionTarget] = {}
        for target in targets:
            for name in target.names:
                if len(name) > 1:
                    self.by_name.setdefault(name, target)
        names = sorted(self.by_name, key=len, reverse=True)
        self.pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])") if names else None

    def link(self, parent: etree.Element) -> None:
        if self.pattern is None:
            return
        self._walk(parent)

    def _walk(self, element: etree.Element) -> None:
        if element.tag in SKIP_TAGS:
            return
        children = list(element)
        if element.text:
            new_text, nodes = self._split(element.text)
            if nodes:
                element.text = new_text
                for i, node in enumerate(nodes):
                    element.insert(i, node)
        for child in children:
            self._walk(child)
            if child.tail:
                new_tail, nodes = self._split(child.tail)
                if nodes:
                    child.tail = new_tail
                    at = list(element).index(child) + 1
                    for i, node in enumerate(nodes):
                        element.insert(at + i, node)

    def _split(self, text: str) -> tuple[str, list[etree.Element]]:
        """Cut ``text`` at each mention: the leading text and the link elements (with tails)."""
        assert self.pattern is not None
        nodes: list[etree.Element] = []
        lead = None
        pos = 0
        for m in self.pattern.finditer(text):
            before = text[pos : m.start()]
            if nodes:
                nodes[-1].tail = before
            else:
                lead = before
            target = self.by_name[m.group(0)]
            a = etree.Element("a", {"class": "mention", "href": target.href, "title": target.title})
            a.text = m.group(0)
            nodes.append(a)
            pos = m.end()
        if not nodes:
            return text, []
        nodes[-1].tail = text[pos:]
        return lead or "", nodes


class _MentionProcessor(Treeprocessor):
    linker: MentionLinker | None = None

    def run(self, root: etree.Element) -> None:
        if self.linker is not None:
            self.linker.link(root)


class _MentionExtension(Extension):
    def __init__(self, processor_holder: list) -> None:
        super().__init__()
        self.holder = processor_holder

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API)
        processor = _MentionProcessor(md)
        self.holder.append(processor)
        md.treeprocessors.register(processor, "briefing-mentions", 5)  # after 'inline' (20)


class MarkdownRenderer:
    """One reusable Markdown instance (reset between documents, as Python-Markdown advises)."""

    def __init__(self) -> None:
        holder: list[_MentionProcessor] = []
        self.md = markdown.Markdown(
            extensions=["extra", "sane_lists", _MentionExtension(holder)], output_format="html")
        self.processor = holder[0]

    def to_html(self, text: str, linker: MentionLinker | None = None) -> str:
        self.processor.linker = linker
        try:
            raw = self.md.reset().convert(text)
        finally:
            self.processor.linker = None
        return sanitize(raw)


def sanitize(fragment: str) -> str:
    """Keep formatting and links; drop script, styles, event handlers and unsafe URLs."""
    return nh3.clean(fragment, attributes=_ALLOWED_ATTRS, url_schemes={"http", "https", "mailto"},
                     link_rel=None)


def plain_text(fragment: str) -> str:
    """Readable text of an HTML fragment: one blank line between blocks."""
    text = _BLOCK_END.sub("\n\n", fragment)
    text = html.unescape(_TAG.sub("", text))
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()
