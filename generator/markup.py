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
from collections.abc import Iterable
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
# Python-Markdown's marker for a piece of raw HTML it set aside ("stashed") while parsing
_PLACEHOLDER = re.compile(re.escape(markdown.util.HTML_PLACEHOLDER).replace("%s", r"(\d+)"))
_OPEN_SKIP = re.compile(r"<(a|code|pre|kbd|samp|script|style)\b", re.I)
_CLOSE_SKIP = re.compile(r"</(a|code|pre|kbd|samp|script|style)\s*>", re.I)


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


def names_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for many names, shaped as a trie so its cost does not grow with their number.

    Python's ``re`` tries plain alternatives one after another; a trie
    (``Serge(?:i (?:Lavrov|Shoigu))``) branches on each character instead,
    so a single pattern can serve every article of a large site.
    """
    trie: dict = {}
    for name in names:
        if len(name) < 2:
            continue
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return None

    def emit(node: dict) -> str:
        ends = "" in node
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if ends:
            return (f"(?:{body})?" if len(alts) == 1 else body + "?")
        return body

    return re.compile(r"(?<![\w-])" + emit(trie) + r"(?![\w-])")


class MentionLinker:
    """Finds the names of a fixed set of actors in text and wraps them in links.

    Longest names win ("Alyaksandr Lukashenka" before "Lukashenka"); matching is
    case-sensitive and whole-word so "Chad" the country is not "chad" the word.
    ``pattern`` may be shared by many linkers (see :func:`names_pattern`): a
    match of a name that is not this linker's falls back to this linker's
    own names at the same place, so the result never depends on other articles.
    """

    def __init__(self, targets: list[MentionTarget], pattern: re.Pattern[str] | None = None) -> None:
        self.stash: list[str] = []  # Python-Markdown's raw HTML pieces, set for each document
        self._skip = 0  # depth inside raw <a>, <code> or <pre> tags written in the Markdown
        self.by_name: dict[str, MentionTarget] = {}
        for target in targets:
            for name in target.names:
                if len(name) > 1:
                    self.by_name.setdefault(name, target)
        self.pattern = pattern if pattern is not None else names_pattern(self.by_name)
        self.by_first: dict[str, list[str]] = {}
        for name in sorted(self.by_name, key=len, reverse=True):
            self.by_first.setdefault(name[0], []).append(name)

    def link(self, parent: etree.Element) -> None:
        if self.pattern is None or not self.by_name:
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

    def _own_match(self, text: str, start: int, found: str) -> str | None:
        """This linker's longest name at ``start`` when the shared pattern found another's."""
        for name in self.by_first.get(found[0], ()):
            if len(name) < len(found) and text.startswith(name, start):
                after = text[start + len(name) : start + len(name) + 1]
                if not (after.isalnum() or after in "_-") or not after:
                    return name
        return None

    def _split(self, text: str) -> tuple[str, list[etree.Element]]:
        """Cut ``text`` at each mention, outside raw-HTML links and code the author wrote inline."""
        if markdown.util.STX not in text:
            return self._link_text(text) if not self._skip else (text, [])
        lead = ""
        nodes: list[etree.Element] = []
        for i, piece in enumerate(_PLACEHOLDER.split(text)):
            if i % 2:  # a placeholder: the stashed raw HTML tells whether a link or code opens or closes
                raw = self.stash[int(piece)] if int(piece) < len(self.stash) else ""
                if _OPEN_SKIP.match(raw):
                    self._skip += 1
                elif _CLOSE_SKIP.match(raw):
                    self._skip = max(0, self._skip - 1)
                piece = markdown.util.HTML_PLACEHOLDER % piece
                sub_lead, sub_nodes = piece, []
            elif self._skip or not piece:
                sub_lead, sub_nodes = piece, []
            else:
                sub_lead, sub_nodes = self._link_text(piece)
            if nodes:
                nodes[-1].tail = (nodes[-1].tail or "") + sub_lead
            else:
                lead += sub_lead
            nodes += sub_nodes
        return (lead, nodes) if nodes else (text, [])

    def _link_text(self, text: str) -> tuple[str, list[etree.Element]]:
        """Cut plain ``text`` at each mention: the leading text and the link elements (with tails)."""
        assert self.pattern is not None
        nodes: list[etree.Element] = []
        lead = ""
        pos = 0
        for m in self.pattern.finditer(text):
            name = m.group(0)
            if name not in self.by_name:
                name = self._own_match(text, m.start(), name)
                if name is None:
                    continue
            before = text[pos : m.start()]
            if nodes:
                nodes[-1].tail = before
            else:
                lead = before
            target = self.by_name[name]
            a = etree.Element("a", {"class": "mention", "href": target.href, "title": target.title})
            a.text = name
            nodes.append(a)
            pos = m.start() + len(name)
        if not nodes:
            return text, []
        nodes[-1].tail = text[pos:]
        return lead, nodes


class _MentionProcessor(Treeprocessor):
    linker: MentionLinker | None = None

    def run(self, root: etree.Element) -> None:
        if self.linker is not None:
            self.linker.stash = self.md.htmlStash.rawHtmlBlocks
            self.linker._skip = 0
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
