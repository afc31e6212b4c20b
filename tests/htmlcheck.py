"""Helpers that read built HTML the way a browser would: parsed, not grepped."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class Links(HTMLParser):
    """Collects href/src attributes, ids and the text of elements by class."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[tuple[str, str, dict]] = []  # (tag, url, attrs)
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if a.get(key) is not None:
                self.refs.append((tag, a[key], a))


def parse(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def broken_links(public: Path) -> list[str]:
    """Every internal href/src (and #fragment) in every page that does not resolve to a file."""
    broken = []
    pages = {p: parse(p) for p in public.rglob("*.html")}
    for page, links in pages.items():
        for tag, url, _ in links.refs:
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or url.startswith("mailto:"):
                continue
            if url.startswith("/"):
                broken.append(f"{page.relative_to(public)}: absolute link {url}")
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if not target.is_file() or not target.is_relative_to(public.resolve()):
                broken.append(f"{page.relative_to(public)}: {url}")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else parse(target).ids
                if parts.fragment not in ids:
                    broken.append(f"{page.relative_to(public)}: {url} (no such anchor)")
    return broken


class TextOf(HTMLParser):
    """The text inside elements carrying a class (e.g. all 'event' list items)."""

    def __init__(self, cls: str) -> None:
        super().__init__(convert_charrefs=True)
        self.cls = cls
        self.depth = 0
        self.items: list[str] = []

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if self.depth:
            self.depth += 1
        elif self.cls in classes:
            self.depth = 1
            self.items.append("")

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.items[-1] += data


def texts(path: Path, cls: str) -> list[str]:
    parser = TextOf(cls)
    parser.feed(path.read_text(encoding="utf-8"))
    return [" ".join(t.split()) for t in parser.items]


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def elements(path: Path) -> list[tuple[str, dict]]:
    """Every element's tag and attributes, as a browser's parser sees them."""
    parser = _Elements()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.found
