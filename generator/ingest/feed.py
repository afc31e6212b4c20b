"""A news feed's newest item (RSS 2.0 or Atom) as a page the HTML cleaner reads.

Analysts save feeds as well as pages: a WordPress feed holds whole stories in
``content:encoded``. A feed is XML from an untrusted source, so it is read with
a few patterns rather than an XML parser (no entities expanded, no DTD
fetched); the item's fields become a small, escaped HTML page, and cleaning
goes on as for any saved page.
"""

from __future__ import annotations

import html
import re
from email.utils import parsedate_to_datetime

_FEED = re.compile(r"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)
_ITEM = re.compile(r"<(item|entry)\b[^>]*>(.*?)</\1>", re.S)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)


def is_feed(text: str) -> bool:
    return bool(_FEED.match(text[:2000]))


def feed_as_page(text: str) -> str | None:
    """The feed's first item as an HTML page; None when ``text`` is no feed or has no item."""
    if not is_feed(text):
        return None
    m = _ITEM.search(text)
    if m is None:
        return None
    item = m[2]
    title = _text(_field(item, "title"))
    body = _field(item, "content:encoded") or _field(item, "content") or _field(item, "description")
    if not title or not body:
        return None
    link = _text(_field(item, "link")) or _attribute(item, "link", "href")
    author = _text(_field(item, "dc:creator") or _field(item, "author"))
    published = _text(_field(item, "pubDate") or _field(item, "published") or _field(item, "dc:date")
                      or _field(item, "updated"))
    esc = html.escape
    head = [f"<title>{esc(title)}</title>"]
    if link:
        head.append(f'<link rel="canonical" href="{esc(link)}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{esc(_iso(published))}">')
    if author:
        head.append(f'<meta name="author" content="{esc(author)}">')
    byline = f'<p class="byline">By {esc(author)}</p>' if author else ""
    # the item's body is HTML already (inside CDATA, or escaped once in the XML): the page cleaner sanitises it
    return (f"<!doctype html><html><head>{''.join(head)}</head><body><article><h1>{esc(title)}</h1>{byline}"
            f"{body}</article></body></html>")


def _field(item: str, name: str) -> str:
    """The raw content of the item's first ``<name>`` element: CDATA unwrapped, or XML escapes undone."""
    m = re.search(rf"<{re.escape(name)}\b[^>]*?(?:/>|>(.*?)</{re.escape(name)}>)", item, re.S)
    if m is None or m[1] is None:
        return ""
    raw = m[1].strip()
    cdata = _CDATA.fullmatch(raw)
    return cdata[1].strip() if cdata else html.unescape(raw)


def _attribute(item: str, name: str, attribute: str) -> str:
    m = re.search(rf"<{re.escape(name)}\b[^>]*\b{attribute}=\"([^\"]*)\"", item)
    return html.unescape(m[1]) if m else ""


def _text(fragment: str) -> str:
    """A field as plain text: tags dropped, entities undone, space made single."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _iso(value: str) -> str:
    """An RFC 822 date ("Fri, 23 Feb 2024 14:37:52 +0400") as ISO 8601; other forms as they are."""
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return value
