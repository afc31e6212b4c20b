"""Main-content extraction from saved web pages.

A saved page is mostly furniture: navigation, ads, share buttons, related
links, newsletters, footers. We find the article the way Readability does:
drop what is never content (scripts, navigation, asides, figures, elements
whose class or id says "ad", "share", "related" ...), score every element by
the paragraphs it holds (text length, commas, few links), take the best one
and read its paragraphs, headings, quotes and list items in order.

The page's own metadata (Open Graph, JSON-LD, ``<time>``) says plainly what
the text only implies: the publication date, the outlet, the canonical URL.
The title is the ``<h1>`` of the article as printed, not the shorter
``<title>``.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from generator.ingest.headline import headline_shaped
from generator.ingest.lines import NOTE_MARK
from generator.ingest.published import published_in

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_WS = re.compile(r"\s+")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_COMPACT_DATE = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})(?:T?\d{4,6}Z?)?")

# Elements that are never the article's text.
_DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "form", "button", "input", "select", "textarea", "label", "nav", "header", "footer",
    "aside", "figure", "figcaption", "picture", "video", "audio", "dialog", "menu",
)
_NEVER_TEXT = {"script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed"}
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog",
               "search", "menu", "menubar", "toolbar", "alert", "status", "tooltip"}
# Words in class/id that mark furniture (matched against whole class/id tokens).
_NEGATIVE = {
    "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "banner", "sponsor",
    "sponsored", "promo", "promotion", "share", "sharing", "social", "related", "recirc", "recommended",
    "recommendations", "newsletter", "signup", "subscribe", "subscription", "paywall", "cookie", "cookies",
    "consent", "gdpr", "comment", "comments", "disqus", "sidebar", "widget", "byline", "author", "kicker",
    "tags", "tag", "topics", "breadcrumb", "breadcrumbs", "caption", "credit", "credits", "popup", "modal",
    "overlay", "footer", "masthead", "header", "menu", "nav", "navbar", "toolbar", "skip", "outbrain",
    "taboola", "trending", "popular", "mostread", "more", "timestamp", "dateline", "meta", "print", "hidden",
    "pullquote", "twitter", "tweet", "instagram", "embed", "video", "audio", "player", "gallery", "slideshow",
    "standfirst", "dek", "subtitle", "subhead", "strapline", "rss", "pagination", "pager", "login", "toc",
    "cta", "upgrade", "callout",  # a members' call to action, an editor's aside box (Ghost's cards)
    "poll", "quiz", "survey", "vote", "voting",  # a reader poll inside the story
}
# Words in class/id that mark a box set into the story ("inline-box", "key-facts", "at-a-glance"): furniture
# when it lists facts or dates (a list, and no paragraph of prose); a box that explains in sentences is the story's
_BOXES = {"box", "infobox", "factbox", "fact", "facts", "factfile", "keyfacts", "sidebox", "glance"}
_POSITIVE = {"article", "body", "content", "entry", "main", "post", "story", "text", "prose", "blog"}
_TOKEN = re.compile(r"[a-z0-9]+")
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "blockquote", "ul", "ol", "li", "pre", "table", "tr", "td",
    "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd", "address", "hr", "body",
}
_HEADINGS = {"h2": "h2", "h3": "h3", "h4": "h3", "h5": "h3", "h6": "h3"}
_PARA_MIN = 25  # characters: shorter blocks are labels, not paragraphs


class NoArticle(Exception):
    """The page holds no article text (an index page, an error page, an empty shell)."""


@dataclass(slots=True)
class Page:
    """What a saved page says: its headline, body blocks in order, and its metadata.

    ``blocks`` are ``(kind, text)`` with kind ``p``, ``h2``, ``h3``, ``quote``,
    ``li`` or ``oli`` (a numbered list item); text is plain, whitespace collapsed.
    """

    title: str
    blocks: list[tuple[str, str]]
    published: str = ""  # YYYY-MM-DD when the page states it
    outlet: str = ""
    url: str = ""
    authors: list[str] = field(default_factory=list)
    byline: str = ""  # the printed by-line, for names when the metadata has none
    footer: list[str] = field(default_factory=list)  # lines of the page's footer, for the copyright holder
    language: str = ""  # the lang attribute, as declared
    notes: list[str] = field(default_factory=list)  # a document's comments and footnotes, taken out of its text


def extract_page(text: str) -> Page:
    """Parse a saved page and return its article; raise NoArticle when there is none."""
    text = _XML_DECL.sub("", text, count=1)
    if not text.strip():
        raise NoArticle("empty page")
    try:
        doc = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise NoArticle(f"cannot parse the page ({exc})") from None
    framed = _framed_article(doc)
    try:
        own = _article_of(doc)
    except NoArticle:
        if framed is None:
            raise
        return framed
    # an article's own text outweighs a post embedded in it; a reader app's chrome is lighter than the story
    return framed if framed is not None and _prose_chars(framed) > _prose_chars(own) else own


def _prose_chars(page: Page) -> int:
    return sum(len(t) for k, t in page.blocks if k == "p")


def _article_of(doc) -> Page:
    """The article of a parsed page (see :func:`extract_page`)."""
    meta = _meta(doc)
    ld = _json_ld(doc)
    order = {el: i for i, el in enumerate(doc.iter())}
    # (a word processor's export marks its title by a style: Word's "MsoTitle", Google Docs' "title")
    h1s = [(el, _text(el)) for el in doc.iter("h1")] or [
        (el, _text(el)) for el in doc.iter("p") if (el.get("class") or "").split()[:1] in (["MsoTitle"], ["title"])
    ] or _set_large(doc)
    footer = [line for el in doc.iter("footer") for line in _lines_of(el)] + [
        _text(el) for el in doc.iter() if isinstance(el.tag, str) and _has_token(el, {"footer", "copyright"})
    ]
    byline = _byline(doc)
    authors = _authors(doc, meta, ld)
    published = _published(doc, meta, ld)
    language = (doc.get("lang") or "").strip()

    gated = _state_paragraphs(doc)
    notes = _take_notes(doc)
    # before furniture goes: a source line (not a date a table sets for later)
    opening = [_text(el) for el in itertools.islice((p for p in doc.iter("p") if not _scheduled(p)), 8)]
    _strip_furniture(doc)
    content = _best_candidate(doc)
    if content is None and not gated:
        raise NoArticle("no article text found in the page")
    quoted = _quoted_article(content) if content is not None else None
    quoted_title = ""
    if quoted is not None:
        # a forum post that pastes a whole article ("X wrote:") over the poster's own words: the article is the
        # quotation, and its bold first line its headline
        content, quoted_title = quoted
    blocks = _collect_blocks(content) if content is not None else []
    seen = {t for _, t in blocks}
    blocks += [("p", t) for t in gated if t not in seen]  # the rest of a metered story, kept in the page's state
    start = min((order.get(el, 0) for el in content.iter()), default=0) if content is not None else 0
    if content is not None:
        # the headline set inside the article's own box, over its first paragraph, is before the text too
        start = min((order.get(el, 0) for el in content.iter("p")), default=start)
    outlet = _clean(meta.get("og:site_name") or _ld_name(ld.get("publisher")) or meta.get("application-name", ""))
    title = _choose_title(h1s, order, start, meta, ld, _page_title(doc), outlet)
    if title not in {t for _, t in h1s}:  # taken from the metadata or the <title>
        title = _fuller_headline(doc, title) or title
    own = quoted_title or _own_heading(blocks, h1s, order, start)
    if own:
        title = own  # a piece with its own headline inside a page about something else (a podcast's episode)
    if not h1s and not _on_topic(title, blocks):
        # a page whose <title> says nothing of the story ("Exported Data", a chat export): the headline-shaped
        # line that opens the text and is about it ("**Somali lawmakers return ...**" over the story)
        title = _headline_opening(blocks) or title
    if title:
        at = next((i for i, (_, t) in enumerate(blocks) if t == title), 0)
        if at <= 3 and all(len(t) < 200 for _, t in blocks[:at]):
            blocks = blocks[at:]  # a document's own head over the pasted story ("DE desk - clippings ...")
        blocks = [(k, t) for k, t in blocks if t != title]
    blocks = _drop_orphan_headings(blocks)
    if not published and blocks:
        # a document a story was pasted into: "Source: The Dispatch, 6 May 2025, https://..." over the text
        lead = next((i for i, line in enumerate(opening) if line == blocks[0][1]), len(opening))
        above = [line for line in opening[:lead] if len(line) < 300]
        first = opening[lead : lead + 1] if lead < len(opening) and not opening[lead].endswith(".") else []
        day = published_in(above + first)  # (the story's own first sentence only if it is no sentence)
        published = day.isoformat() if day else ""
    if sum(len(t) for k, t in blocks if k == "p") < 2 * _PARA_MIN:
        raise NoArticle("no article text found in the page")
    return Page(
        title=title,
        blocks=blocks,
        published=published,
        outlet=outlet,
        url=_clean(_canonical(doc) or meta.get("og:url", "") or str(ld.get("url") or "")),
        authors=authors,
        byline=byline,
        footer=[line for line in footer if line],
        language=language,
        notes=notes,
    )


def _own_heading(blocks: list[tuple[str, str]], h1s, order: dict, start: int) -> str:
    """The headline a story carries inside its own box, when the page's ``<h1>`` stands outside it: a
    podcast episode's page that reprints the written report under its own heading ("Read the story"),
    a portal's page over the piece it holds. A heading opening the text, headline-shaped and longer than a
    section's label, is the story's; the page's ``<h1>`` names the page."""
    if not blocks or any(order.get(el, 0) > start for el, _ in h1s):
        return ""
    for kind, text in blocks[:4]:  # (past a wiki page's own note and a "Source article" label over the paste)
        if kind in ("h2", "h3") and len(text.split()) >= 6 and headline_shaped(text):
            # (one of a live blog's many entries, each under a heading of its own, is no piece's headline)
            return text if sum(k == kind for k, _ in blocks) == 1 else ""
        if len(text) >= 200:
            return ""  # the story has begun
    return ""


def _framed_article(doc) -> Page | None:
    """The article a reader app keeps in an ``<iframe srcdoc="...">`` inside its own chrome (feed list,
    reading settings): the framed document is the page to read, and the outer page only fills in what it
    does not say (date, outlet, address)."""
    frames = [f.get("srcdoc") or "" for f in doc.iter("iframe")]
    inner = max(frames, key=len, default="")
    if len(inner) < 200:
        return None
    try:
        page = extract_page(inner)
    except NoArticle:
        return None
    outer = _meta(doc)
    ld = _json_ld(doc)
    page.published = page.published or _published(doc, outer, ld)
    page.outlet = page.outlet or _clean(outer.get("og:site_name") or _ld_name(ld.get("publisher")))
    page.url = page.url or _clean(_canonical(doc) or outer.get("og:url", ""))
    page.authors = page.authors or _authors(doc, outer, ld)
    return page


# -- text helpers -------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return _WS.sub(" ", text.replace("\u00ad", "").replace("\u200b", "")).strip()


def _text(el) -> str:
    """The element's text, whitespace collapsed; ``<br>`` counts as a space."""
    return _clean(" ".join(el.itertext()))


def _text_parts(el) -> list[str]:
    """The element's text split at ``<br><br>``, for pages that separate paragraphs that way."""
    pieces: list[str] = []

    def walk(node) -> None:  # in document order: a nested element's text before its parent's tail
        for child in node:
            if child.tag == "br":
                pieces.append("\n")
            elif isinstance(child.tag, str):
                pieces.append(child.text or "")
                walk(child)
            pieces.append(child.tail or "")

    pieces.append(el.text or "")
    walk(el)
    joined = "".join(pieces)
    return [p for p in (_clean(part) for part in re.split(r"\n\s*\n", joined)) if p]


def _lines_of(box) -> list[str]:
    """A box's paragraphs one by one ("© Lumen Media AS" apart from the "About · Privacy" row under it), or its
    whole text when it has none."""
    return [_text(p) for p in box.iter("p", "li", "address")] or [_text(box)]


def _tokens(el) -> set[str]:
    """Words of the element's class, id and component names: what the page calls it."""
    names = f"{el.get('class', '')} {el.get('id', '')} {el.get('data-component', '')} {el.get('data-testid', '')}"
    return set(_TOKEN.findall(names.lower().replace("_", "-")))


def _has_token(el, words: set[str]) -> bool:
    return bool(_tokens(el) & words)


def _link_density(el) -> float:
    total = len(_text(el))
    if not total:
        return 0.0
    linked = sum(len(_text(a)) for a in el.iter("a"))
    return min(1.0, linked / total)


# -- metadata -----------------------------------------------------------------------------------


def _meta(doc) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in doc.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = el.get("content")
        if key and value and key not in found:
            found[key] = value.strip()
    return found


def _script_data(doc, mime: str) -> Iterator[object]:
    """The parsed contents of the page's ``<script type=mime>`` elements that hold valid JSON."""
    for el in doc.iter("script"):
        if (el.get("type") or "").lower() == mime and el.text:
            try:
                yield json.loads(el.text)
            except ValueError:
                continue


def _state_paragraphs(doc) -> list[str]:
    """The paragraphs of the story a metered page keeps out of sight in its state ("gatedBody": [{"type": "p",
    "text": ...}] in a <script type="application/json">): the longest list of paragraph objects found there."""
    best: list[str] = []
    for data in _script_data(doc, "application/json"):
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                stack.extend(node.values())
            elif isinstance(node, list):
                # (typed paragraphs only: a list of comments has texts too, but no "type": "p")
                raw = [i.get("text") if isinstance(i.get("text"), str) else i.get("content")
                       for i in node if isinstance(i, dict) and str(i.get("type", "")).lower() in ("p", "paragraph", "text")]
                texts = [_clean(lxml.html.fromstring(t).text_content()) if "<" in t else _clean(t)
                         for t in raw if isinstance(t, str) and t.strip()]
                texts = [t for t in texts if len(t) >= _PARA_MIN]
                if len(texts) >= 2 and sum(map(len, texts)) > sum(map(len, best)):
                    best = texts
                stack.extend(node)
    return best


def _json_ld(doc) -> dict:
    """The first JSON-LD object that describes an article (or has a headline)."""
    for data in _script_data(doc, "application/ld+json"):
        for obj in _ld_objects(data):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if obj.get("headline") or any(isinstance(k, str) and k.endswith("Article") for k in kinds):
                return obj
    return {}


def _ld_objects(data, depth: int = 0):
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_objects(data["@graph"], depth + 1)


def _ld_name(value) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return str(value.get("name") or "")
    return str(value or "") if isinstance(value, str) else ""


def _canonical(doc) -> str:
    for el in doc.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split():
            return el.get("href") or ""
    return ""


_STATE_DATE = re.compile(r'"(?:datePublished|publishedAt|published_at|firstPublished)"\s*:\s*"([^"]{8,40})"')


def _published(doc, meta: dict[str, str], ld: dict) -> str:
    keys = ("article:published_time", "og:article:published_time", "og:published_time", "datepublished",
            "pubdate", "publishdate", "publish-date", "publication_date", "date", "dc.date", "dc.date.issued",
            "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published")
    candidates = [meta.get(k, "") for k in keys[:4]] + [str(ld.get("datePublished") or "")]
    candidates += [meta.get(k, "") for k in keys[4:]]
    for el in doc.iter():
        if isinstance(el.tag, str) and (el.get("itemprop") or "").lower() == "datepublished":
            candidates.append(el.get("datetime") or el.get("content") or "")
    times = [el for el in doc.iter("time") if el.get("datetime") and not _scheduled(el)]
    times.sort(key=lambda el: el.get("pubdate") is None)  # a <time pubdate> first
    candidates += [el.get("datetime", "") for el in times]
    for el in doc.iter("script"):  # a page's own state, last: '"datePublished":"2024-03-07T05:40:00+02:00"'
        if (el.get("type") or "").lower() == "application/json" and el.text:
            found = _STATE_DATE.search(el.text)
            candidates.append(found[1] if found else "")
    for value in candidates:
        m = _ISO_DATE.search(value or "")
        if m:
            return m.group(0)
        m = _COMPACT_DATE.fullmatch((value or "").strip())
        if m and 1 <= int(m[2]) <= 12 and 1 <= int(m[3]) <= 31:
            return f"{m[1]}-{m[2]}-{m[3]}"  # "20240506": the date some CMSs write in their metadata
    return ""


def _scheduled(time) -> bool:
    """A date (a ``<time>`` or a paragraph) that a page's table or label gives for later ("Next review:
    02 Dec 2024", "Due"): no publication date."""
    near = list(time.iterancestors())[:5]
    row = next((a for a in near if a.tag == "tr"), None)
    if row is None:
        row = next((a for a in near if a.tag in ("li", "dd", "p")), None)
    label = _text(row) if row is not None and row.tag != "dd" else ""
    if row is not None and row.tag == "dd":
        dt_el = row.getprevious()
        label = _text(dt_el) if dt_el is not None else ""
    return bool(_SCHEDULE_LABEL.search(label[:80]))


_SCHEDULE_LABEL = re.compile(r"(?i)\b(?:next|review|due|deadline|expir\w*|reminder|follow-up)\b")


def _byline(doc) -> str:
    """The printed by-line: an element called byline or author, the one that reads "By ..." first.

    Parts in blocks of their own ("By Jane Roe" / "BBC News, Kyiv") are kept
    apart with ``|`` so the names can be told from the outlet.
    """
    found = []
    for el in doc.iter():
        if isinstance(el.tag, str) and _has_token(el, {"byline", "author", "authors"}):
            blocks = [c for c in el if isinstance(c.tag, str) and c.tag in _BLOCK_TAGS]
            text = " | ".join(t for t in (_text(c) for c in blocks) if t) if blocks else _text(el)
            if text and len(text.split()) <= 20:
                found.append(text)
    return next((t for t in found if re.match(r"by\s+\S", t, re.I)), found[0] if found else "")


def _authors(doc, meta: dict[str, str], ld: dict) -> list[str]:
    names: list[str] = []
    authors = ld.get("author")
    for a in authors if isinstance(authors, list) else [authors]:
        if isinstance(a, dict) and a.get("@type") in ("Person", None) and a.get("name"):
            names.append(_clean(str(a["name"])))
    for key in ("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator"):
        value = meta.get(key, "")
        if not names and value and "/" not in value:
            names.append(_clean(re.sub(r"^by\s+", "", value, flags=re.I)))
    if not names:
        names = [_text(el) for el in doc.iter("a") if "author" in (el.get("rel") or "").split()]
    return [n for n in dict.fromkeys(names) if n]


# -- removing furniture -------------------------------------------------------------------------


def _strip_furniture(doc) -> None:
    """Drop elements that are never the article, unless one of them holds most of the text.

    The guard matters: some sites put ``class="has-sidebar"`` or ``id="main-header"``
    on the very element that wraps the story.
    """
    body = doc.find("body")
    total = len(_text(body)) if body is not None else len(_text(doc))
    doomed = []
    for el in doc.iter():
        if not isinstance(el.tag, str):  # comments, processing instructions
            doomed.append(el)
            continue
        if el.tag in ("html", "body"):
            continue
        style = (el.get("style") or "").replace(" ", "").lower()
        if (
            el.tag in _DROP_TAGS
            or (el.get("role") or "").lower() in _DROP_ROLES
            or el.get("hidden") is not None
            or (el.get("aria-hidden") or "").lower() == "true"
            or "display:none" in style
            or _is_negative(el)
            or _fine_print(el)
            or _task_list(el)
        ):
            if el.tag not in _NEVER_TEXT and _share(el, total) > 0.5:
                continue  # e.g. an ASP.NET <form> or a "has-sidebar" wrapper around the whole page
            doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        if parent is None:
            continue
        _remove_keep_tail(el)


def _take_notes(doc) -> list[str]:
    """A document's note marks ("[a]", "[1]" linking to "#cmnt1", "#ftnt1") out of its text, and the notes they
    point at (a Google Docs or Word export's comments and footnotes, at the end) out of the article, as text.

    The notes are the analyst's or the author's remarks on the story, no part of it; they are kept apart.
    """
    ids = {el.get("id"): el for el in doc.iter() if isinstance(el.tag, str) and el.get("id")}
    attached = lambda el: any(a is doc for a in el.iterancestors())  # noqa: E731  (not inside a note taken out)
    notes: list[str] = []
    for mark in list(doc.iter("a")):
        href = mark.get("href") or ""
        target = ids.get(href[1:]) if href.startswith("#") else None
        if target is None or not attached(mark) or not attached(target):
            continue
        raised = mark.getparent() is not None and mark.getparent().tag == "sup"
        label = _text(mark)
        # ("[a]", "[12]"; a bare "12" or "*" only set as a superscript: a contents list links "2" to a heading)
        if target is mark or not (_BRACKETED_MARK.fullmatch(label) or raised and _NOTE_MARK.fullmatch(label)):
            continue
        holder = mark.getparent() if raised else mark
        note = target
        while note.getparent() is not None and note.tag not in ("p", "li", "div"):
            note = note.getparent()
        if note.getparent() is not None and note.getparent().tag == "div" and note.getparent().find("p") is not None \
                and len(note.getparent()) <= 4:
            note = note.getparent()  # the comment's box: its text, and who wrote it
        if mark in note.iter("a"):
            _remove_keep_tail(holder)
            continue
        for back in [a for a in note.iter("a") if (a.get("href") or "").startswith("#")]:
            _remove_keep_tail(back)  # the note's link back to its mark ("[a]", "^")
        parts = [_text(p) for p in note.iter("p")] or [_text(note)]
        if len(parts) > 1 and len(parts[-1].split()) <= 4 and not parts[-1].endswith("."):
            parts[-2:] = [f"{parts[-2]} \u2014 {parts[-1]}"]  # a comment and who wrote it
        notes.append(_clean(" ".join(parts)))
        _remove_keep_tail(note)
        _remove_keep_tail(holder)
    return [n for n in notes if n]


_BRACKETED_MARK = re.compile(NOTE_MARK)
_NOTE_MARK = re.compile(NOTE_MARK + r"|\d{1,3}|[*\u2020\u2021]")  # (bare only as a superscript)


def _fine_print(el) -> bool:
    """A paragraph set wholly in ``<small>``: a page's notices and footers, never the story's text."""
    if el.tag != "p" or len(el) != 1 or el[0].tag != "small" or (el.text or "").strip() or (el[0].tail or "").strip():
        return False
    return bool(_text(el[0]).strip())


def _share(el, total: int) -> float:
    return len(_text(el)) / total if total else 0.0


def _task_list(el) -> bool:
    """A to-do list (a wiki's inline tasks, a notes app's checklist): the analyst's, never the story's."""
    if el.tag not in ("ul", "ol"):
        return False
    if _tokens(el) & {"task", "tasks", "todo", "checklist"}:
        return True
    items = [li for li in el if isinstance(li.tag, str) and li.tag == "li"]
    return bool(items) and all(li.get("data-inline-task-id") is not None or li.find(".//input[@type='checkbox']") is not None
                               for li in items)


def _is_negative(el) -> bool:
    """``story-body`` stays; ``story-share``, ``ad-slot`` and ``related-inline`` go.

    A furniture word wins over a content word (``article-share``): the guard in
    :func:`_strip_furniture` keeps any element that holds most of the page's text.
    """
    tokens = _tokens(el)
    negative = tokens & _NEGATIVE
    if negative == {"paywall"} and tokens & {"body", "content", "text", "article", "story"}:
        return False  # ``article-body paywall-fade``: the story a metered page fades out, not its paywall box
    if not negative and tokens & _BOXES:
        # (its source line under the list, "Source: NICD", is no paragraph of prose)
        return el.find(".//li") is not None and not any(len(_text(p).split()) >= 15 for p in el.iter("p"))
    return bool(negative)


def _remove_keep_tail(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


# -- scoring ------------------------------------------------------------------------------------


def _is_paragraph_like(el) -> bool:
    if el.tag in ("p", "pre"):
        return True
    if el.tag in ("div", "section", "td") and not any(
        isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el.iterdescendants()
    ):
        return True
    return False


def _best_candidate(doc):
    """The element whose paragraphs make up the article (Readability's scoring, simplified)."""
    scores: dict = {}
    for el in doc.iter():
        if not isinstance(el.tag, str) or not _is_paragraph_like(el):
            continue
        text = _text(el)
        if len(text) < _PARA_MIN:
            continue
        score = 1 + text.count(",") + text.count("\uff0c") + min(len(text) // 100, 3)
        if text.rstrip("\"'\u201d\u2019)").endswith((".", "?", "!")):
            score += 1
        ancestor = el.getparent()
        level = 0
        while ancestor is not None and level < 4:
            if ancestor.tag in ("html",):
                break
            if ancestor not in scores:
                scores[ancestor] = _initial_score(ancestor)
            scores[ancestor] += score / (1 if level == 0 else 2 if level == 1 else level * 3)
            ancestor = ancestor.getparent()
            level += 1
    if not scores:
        return None
    final = {el: s * (1 - _link_density(el)) for el, s in scores.items()}
    top = max(final, key=lambda el: final[el])
    if final[top] <= 0:
        return None
    return _widen(top)


def _widen(top):
    """Go up while the parent holds the bulk of the article's paragraphs and this element only part.

    Sites that wrap every paragraph in a block of its own (``text-block``)
    make one block score best; the story is their common parent.
    """
    for _ in range(3):
        parent = top.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        own, theirs = _paragraph_chars(top), _paragraph_chars(parent)
        if theirs == 0 or own >= 0.5 * theirs or _link_density(parent) > 0.3:
            break
        top = parent
    return top


def _initial_score(el) -> float:
    score = {"div": 5, "article": 8, "main": 5, "section": 3, "pre": 3, "td": 3, "blockquote": 3}.get(el.tag, 0)
    if el.tag in ("ol", "ul", "dl", "dd", "dt", "li", "address"):
        score -= 3
    tokens = _tokens(el)
    if tokens & _POSITIVE:
        score += 25
    if tokens & _NEGATIVE:
        score -= 25
    return score


# -- reading the article's blocks ---------------------------------------------------------------


def _collect_blocks(content) -> list[tuple[str, str]]:
    """Paragraphs, headings, quotes and list items of the article, in reading order.

    Sibling containers that score well too are read as well: some sites split
    one story into several ``<div>`` runs around their ads.
    """
    blocks: list[tuple[str, str]] = []
    unit = _outermost_wrapper(content)  # (a newsletter's table: the story's cell is the only one in its row)
    parent = unit.getparent()
    containers = [content]
    if parent is not None:
        own = _paragraph_chars(content)
        containers = [
            content if sib is unit else sib for sib in parent
            if sib is unit or (isinstance(sib.tag, str) and sib.tag in ("div", "section", "article", "tr")
                               and _paragraph_chars(sib) >= max(200, 0.3 * own) and _link_density(sib) < 0.25)
        ]
    lead = content.getprevious()
    if lead is not None and lead.tag == "p" and _reads_as_a_lead(lead):
        containers.insert(0, lead)  # a press release's preamble: the story's first paragraph, set apart
    elif lead is not None and lead.tag in ("div", "section") and lead not in containers and _an_intro_box(lead):
        containers.insert(0, lead)  # a CMS's "intro text" box over its "full text" box: the story's first paragraph
    for container in containers:
        _walk(container, blocks, quote=False)
    return [(k, t) for k, t in blocks if t]


def _quoted_article(content) -> tuple[object, str] | None:
    """The article a forum post quotes whole: a ``<blockquote>`` with a ``<cite>X wrote:</cite>`` that holds most
    of the post's text. Returns the quotation (its cite and bold headline taken out) and that headline."""
    for quote in content.iter("blockquote"):
        cite = quote.find(".//cite")
        if cite is None or not _text(cite).rstrip().endswith(("wrote:", "said:", "writes:")):
            continue
        if len(_text(quote)) < 0.6 * len(_text(content)):
            continue
        _remove_keep_tail(cite)
        first = next((el for el in quote.iter() if isinstance(el.tag, str) and el.tag in ("strong", "b", "h1", "h2", "h3")), None)
        headline = _text(first) if first is not None else ""
        if first is not None and headline_shaped(headline) and len(headline.split()) >= 5:
            _remove_keep_tail(first)
        else:
            headline = ""
        return quote, headline
    return None


def _outermost_wrapper(el):
    """``el``, or the outermost element that wraps nothing else: whose siblings are the story's other runs."""
    while True:
        parent = el.getparent()
        if parent is None or parent.tag in ("body", "html") or sum(isinstance(c.tag, str) for c in parent) != 1:
            return el
        el = parent


def _reads_as_a_lead(p) -> bool:
    """A paragraph right above the story's container that is a lead, not a standfirst: two sentences or more
    and long ("Today, 7 March 2024, Sweden became ... . Prime Minister X deposited ..."); a standfirst is one
    line of summary, and its class ("standfirst", "dek") has already removed it."""
    text = _text(p)
    return len(text) >= 200 and _NEXT_SENTENCE.search(text) is not None


def _an_intro_box(box) -> bool:
    """A box right above the story's container that holds only its opening: one or two paragraphs of prose
    that end as sentences, long enough to be the story's first paragraph and not a standfirst's line."""
    paragraphs = [_text(p) for p in box.iter("p")]
    if not 1 <= len(paragraphs) <= 2 or len(_text(box)) > sum(len(t) for t in paragraphs) + 20:
        return False  # (text outside paragraphs: a caption, a label, a widget)
    return (sum(len(t) for t in paragraphs) >= 200 and _link_density(box) < 0.1
            and all(t.rstrip("\"'\u201d\u2019)").endswith((".", "?", "!")) for t in paragraphs))


_NEXT_SENTENCE = re.compile(r"[a-z0-9)][.!?][\u201d\"']?\s+[A-Z]")  # one sentence ends and another begins


def _paragraph_chars(el) -> int:
    return sum(len(_text(p)) for p in el.iter("p"))


def _walk(el, blocks: list[tuple[str, str]], quote: bool) -> None:
    if el.text and el.text.strip() and len(_clean(el.text)) >= _PARA_MIN and el.tag not in ("ul", "ol"):
        blocks.append(("quote" if quote else "p", _clean(el.text)))
    for child in el:
        if not isinstance(child.tag, str):
            continue
        tag = child.tag
        if tag in ("p", "pre") or (tag in ("div", "section", "td") and _is_paragraph_like(child)):
            shortest = 1 if tag in ("p", "pre") else _PARA_MIN  # a bare short <div> is a label
            if _link_density(child) <= 0.5:
                for part in _text_parts(child):
                    if len(part) >= shortest:
                        blocks.append(("quote" if quote else "p", part))
        elif tag in _HEADINGS:
            blocks.append((_HEADINGS[tag], _text(child)))
        elif tag == "h1":
            blocks.append(("h2", _text(child)))
        elif tag == "blockquote":
            if any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in child.iterdescendants()):
                _walk(child, blocks, quote=True)
            else:
                blocks.append(("quote", _text(child)))
        elif tag in ("ul", "ol"):
            kind = "oli" if tag == "ol" else "li"
            for li in child:
                if not isinstance(li.tag, str):
                    continue
                if any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in li.iterdescendants()):
                    _walk(li, blocks, quote)
                elif _link_density(li) <= 0.5:
                    blocks.append((kind, _text(li)))
        elif tag == "table":
            continue  # data tables do not read as prose
        elif tag in ("div", "section") and _teaser_card(child):
            pass
        elif tag in _BLOCK_TAGS:
            before = len(blocks)
            _walk(child, blocks, quote)
            added = blocks[before:]
            if added and all(kind in ("h2", "h3") for kind, _ in added) and len(_text(child)) > sum(
                len(t) + 1 for _, t in added
            ):
                del blocks[before:]  # only its heading was left: "Related" over a dropped list of links
        if child.tail and child.tail.strip() and len(_clean(child.tail)) >= _PARA_MIN:
            blocks.append(("quote" if quote else "p", _clean(child.tail)))


def _teaser_card(box) -> bool:
    """A card inside the story that points elsewhere: one short line between labels ("LIVE", "EU election:
    follow the results in the app", "Open live blog ›"), where a paragraph of the story has no labels."""
    paragraphs = [_text(p) for p in box.iter("p")]
    if len(paragraphs) != 1 or len(paragraphs[0].split()) > 20:
        return False
    labels = _text(box).replace(paragraphs[0], "", 1)
    # (a footnote's box holds its number and its note: the author's, and kept)
    return len(labels) <= 40 and _WORD.search(labels) is not None and box.find(".//h2") is None \
        and box.find(".//h3") is None


_WORD = re.compile(r"[^\W\d_]{2}")


def _drop_orphan_headings(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A heading with no text after it introduced something we dropped ("Read more")."""
    kept: list[tuple[str, str]] = []
    for i, (kind, text) in enumerate(blocks):
        if kind in ("h2", "h3"):
            following = blocks[i + 1][0] if i + 1 < len(blocks) else None
            if following is None or following in ("h2", "h3"):
                continue
        kept.append((kind, text))
    return kept


# -- the headline -------------------------------------------------------------------------------


def _set_large(doc) -> list:
    """A page without ``<h1>`` (old table layouts) sets its headline in a large font: ``<font size="5">``, a
    ``<big>``, or a bold run of its own in a heading-sized font. Those, as ``<h1>`` stand-ins."""
    found = []
    for el in doc.iter("font", "big"):
        size = (el.get("size") or "").strip().lstrip("+")
        if el.tag == "big" or (size.isdigit() and int(size) >= 5):
            text = _text(el)
            if 3 <= len(text.split()) <= 30:
                found.append((el, text))
    return found


def _choose_title(
    h1s, order: dict, start: int, meta: dict[str, str], ld: dict, page_title: str = "", outlet: str = ""
) -> str:
    """The article's ``<h1>``: the one the metadata agrees with, else the last before the text.

    Without an ``<h1>``, the metadata's headline, else the ``<title>``, less
    the site's name that pages add to them ("Headline | Site").
    """
    hints = [meta.get("og:title", ""), meta.get("twitter:title", ""), str(ld.get("headline") or "")]
    hints = [h for h in hints if h]
    site = meta.get("og:site_name", "").lower()
    usable = [(el, t) for el, t in h1s if t and t.lower() != site and t.lower() != outlet.lower()]
    if hints:
        best = max(usable, key=lambda pair: max(_overlap(pair[1], h) for h in hints), default=None)
        if best is not None and max(_overlap(best[1], h) for h in hints) >= 0.5:
            return best[1]
    before = [(el, t) for el, t in usable if order.get(el, 0) <= start]
    if before:
        return max(before, key=lambda pair: order.get(pair[0], 0))[1]
    if usable:
        return usable[0][1]
    if hints:
        hint = _clean(hints[-1] if ld.get("headline") else hints[0])
        # og:title copied from the <title> keeps its " | Site" tail; a pipe never joins a headline's parts
        return _without_site_name(hint, outlet, last_part=hint == page_title or " | " in hint)
    return _without_site_name(page_title, outlet, last_part=True)


_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|\u2013|\u2014|::|\u00b7|\u2022|/)\s+")


def _without_site_name(title: str, outlet: str, last_part: bool = False) -> str:
    """``Headline | Site`` → ``Headline``: the site's name, or (for a ``<title>``) a short last part.

    A ``<title>`` ends with the site's name even when the page does not give it
    elsewhere; a headline that only contains a dash keeps it.
    """
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    tail = parts[-1].strip()
    if (outlet and tail.lower() == outlet.lower()) or (last_part and len(tail.split()) <= 4):
        m = list(_TITLE_SEPARATORS.finditer(title))[-1]
        return title[: m.start()].strip()
    return title


def _fuller_headline(doc, title: str) -> str:
    """A page without an ``<h1>`` whose ``<title>`` cut its headline short ("Mulino wins Panama presidency")
    shows the whole of it in a block of its own that starts with those words."""
    if len(title) < 12:
        return ""
    for el in doc.iter("div", "p", "span", "td", "strong", "b", "h2", "h3"):
        text = _clean(_text(el))
        if len(title) < len(text) <= 200 and text.startswith(title + " ") and not text.endswith("."):
            return text
    return ""


def _page_title(doc) -> str:
    el = doc.find(".//title")
    return _text(el) if el is not None else ""


def _on_topic(title: str, blocks: list[tuple[str, str]]) -> bool:
    """Whether any of the title's words (four letters or more) recur in the first paragraphs."""
    words = {w for w in _TOKEN.findall(title.lower()) if len(w) >= 4}
    text = " ".join(t for _, t in blocks[:6]).lower()
    return any(w in text for w in words)


def _headline_opening(blocks: list[tuple[str, str]]) -> str:
    """The first short paragraph without a full stop whose words the next paragraphs take up: a headline set
    as the text's first line."""
    for i, (kind, text) in enumerate(blocks[:4]):
        words = text.split()
        if kind == "p" and 5 <= len(words) <= 25 and not text.rstrip().endswith((".", ":", "!")) and "|" not in text:
            after = " ".join(t for _, t in blocks[i + 1 : i + 4])
            if _overlap(text, after) > 0 and sum(w.lower() in after.lower() for w in words if len(w) >= 4) >= 3:
                return text
    return ""


def _overlap(a: str, b: str) -> float:
    ta, tb = set(_TOKEN.findall(a.lower())), set(_TOKEN.findall(b.lower()))
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / max(len(ta), len(tb))
