"""The pages of the site and exactly what each one shows.

Each page gets a context of plain frozen values (no live objects, no global
"site" to reach into), so the data a page depends on is explicit: the render
stage fingerprints it and re-renders a page only when its data or templates
changed. This is what makes incremental builds correct by construction.

Pages about one thing (an article, an actor, a tag…) read the briefing only
through :meth:`PageBuilder.read`, which records each *fact* they read. The
next build compares the facts and makes only the pages whose reads changed
(see :mod:`generator.incremental`); pages that summarise everything (the
overview, the indexes, the chronology) are made every time.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import urlparse

from generator.config import SiteConfig
from generator.link import Briefing
from generator.model import Actor, Article, Event, PartialDate
from generator.paths import slugify

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
KIND_LABELS = {"person": "People", "organization": "Organisations", "organisation": "Organisations",
               "country": "Countries", "actor": "Other actors"}
KIND_ORDER = ("person", "country", "organization", "organisation")
ACTOR_EVENTS = 40  # an actor page's timeline is a summary; the chronology has the rest
ACTOR_QUOTES = 50


def article_path(article_id: str) -> str:
    return f"articles/{article_id}.html"


def actor_path(actor_id: str) -> str:
    return f"actors/{actor_id}.html"


def chronology_pages(events: dict[str, Event], per_page: int) -> dict[str, str]:
    """Where each event is shown: one chronology page, or one page per year once it grows long.

    A briefing of thousands of articles has tens of thousands of events; one
    page of them would be tens of megabytes, so past ``per_page`` events the
    chronology becomes ``chronology.html`` (an index of years) and
    ``chronology/YYYY.html``.
    """
    split = len(events) > per_page
    return {e.id: (f"chronology/{e.date.year}.html" if split else "chronology.html") for e in events.values()}


def event_path(event_id: str, page: str = "chronology.html") -> str:
    return f"{page}#ev-{event_id}"


def tag_path(tag: str) -> str:
    return f"tags/{slugify(tag, 'item')}.html"


def place_path(place: str) -> str:
    return f"places/{slugify(place, 'item')}.html"


def display_date(date: PartialDate | dt.date | None) -> str:
    """Only as precise as known: '2014', 'November 2021', '12 November 2021'."""
    if date is None:
        return "undated"
    if isinstance(date, dt.date):
        return f"{date.day} {MONTHS[date.month - 1]} {date.year}"
    if date.day:
        return f"{date.day} {MONTHS[date.month - 1]} {date.year}"
    if date.month:
        return f"{MONTHS[date.month - 1]} {date.year}"
    return str(date.year)


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("-", " ").replace("_", " ").capitalize() + "s")


# The small views below are named tuples rather than dataclasses: pages hold tens of
# thousands of them, and tuples pickle (for fingerprints) and copy several times faster.
class ActorLink(NamedTuple):
    id: str
    name: str
    kind: str
    path: str
    role: str = ""
    count: int = 0


class ArticleLink(NamedTuple):
    id: str
    title: str
    path: str
    date: str  # ISO, "" when undated
    date_display: str
    outlet: str = ""
    summary: str = ""


class EventView(NamedTuple):
    id: str
    date: str  # ISO at its precision
    date_display: str
    precision: str
    approx: bool
    text: str
    path: str
    actors: tuple[ActorLink, ...] = ()
    sources: tuple[ArticleLink, ...] = ()
    links: tuple[str, ...] = ()


class QuoteView(NamedTuple):
    text: str
    speaker: ActorLink | None
    article: ArticleLink


@dataclass(frozen=True)
class Page:
    """One output file: which template renders it, with what data."""

    path: str
    template: str
    context: dict = field(hash=False)


Item = tuple[str, str]  # (page kind, key): a page to make, cheap to list and to compare
Read = tuple[str, str]  # (fact, key): one thing a page read
# Pages that summarise the whole briefing: made on every build (their fingerprint still decides the write).
SUMMARY_KINDS = frozenset({"overview", "article_index", "actor_index", "chronology", "tag_index", "place_index",
                           "not_found", "feed", "sitemap"})
_MISSING: object = object()


class PageBuilder:
    """Turns the linked briefing into page contexts, sharing the small views."""

    def __init__(self, briefing: Briefing, config: SiteConfig, bodies: dict[str, str] | None = None,
                 event_pages: dict[str, str] | None = None) -> None:
        self.b = briefing
        self.config = config
        self.bodies = bodies if bodies is not None else {}  # article id, or "actor:ID" → safe body HTML
        self._actor_links: dict[str, ActorLink] = {}
        self._article_links: dict[str, ArticleLink] = {}
        self._event_views: dict[str, EventView] = {}
        self.event_pages = event_pages if event_pages is not None else chronology_pages(
            briefing.events, config.chronology_page_events)
        self._facts: dict[str, dict] | None = None
        self._reads: set[Read] | None = None

    # -- facts: everything a page about one thing may read, by key ------------------------
    def facts(self, previous: dict[str, dict] | None = None) -> dict[str, dict]:
        """Every fact by name and key: what :meth:`read` serves and what builds compare.

        Views (links, events as shown) are facts of their own, so that a page
        listing an article depends on the article's title and date, not on
        its body. ``previous`` (the last build's facts) lets the many event
        views be reused where nothing they show has changed.
        """
        if self._facts is None:
            reads, self._reads = self._reads, None  # building facts is nobody's read
            b = self.b
            members: dict[str, list[str]] = {}
            for actor in b.actors.values():
                if actor.affiliation:
                    members.setdefault(actor.affiliation, []).append(actor.id)
            article_links = {i: self.article_link(i) for i in b.articles}
            actor_links = {i: self.actor_link(i) for i in b.actors}
            groups = self._event_groups()
            self._facts = {
                "article": b.articles, "actor": b.actors, "redirect": b.redirects, "event": b.events,
                "article_link": article_links, "actor_link": actor_links,
                "event_view": self._event_views_since(previous or {}, article_links, actor_links),
                "chronology_year": groups,
                "chronology_index": {"": self._chronology_index(groups)} if self._chronology_split() else {},
                "article_entry": {i: (a.authors, a.outlet, tuple(r.name for r in a.actors))
                                  for i, a in b.articles.items()},
                "article_events": b.article_events, "related": b.related,
                "actor_articles": b.actor_articles, "actor_quotes": b.actor_quotes,
                "actor_events": b.actor_events, "cooccurring": b.cooccurring, "members": members,
                "tag": b.tags, "place": b.places,
            }
            self._reads = reads
        return self._facts

    def _event_views_since(self, previous: dict[str, dict], article_links: dict[str, ArticleLink],
                           actor_links: dict[str, ActorLink]) -> dict[str, EventView]:
        """Every event as shown, taking the last build's view of an event that is the very same
        object, on the same page, whose actors and sources still look the same."""
        before = previous.get("event", {})
        views = previous.get("event_view", {})
        old_articles, old_actors = previous.get("article_link", {}), previous.get("actor_link", {})
        stale_articles = {i for i in article_links.keys() | old_articles.keys()
                          if article_links.get(i) != old_articles.get(i)}
        stale_actors = {i for i in actor_links.keys() | old_actors.keys() if actor_links.get(i) != old_actors.get(i)}
        out = {}
        for event_id, event in self.b.events.items():
            view = views.get(event_id)
            if (view is not None and before.get(event_id) is event
                    and view.path == event_path(event_id, self.event_pages[event_id])
                    and stale_actors.isdisjoint(event.actors) and stale_articles.isdisjoint(event.sources)):
                self._event_views[event_id] = view
            out[event_id] = self.event_view(event_id)
        return out

    def read(self, fact: str, key: str, default: object = None):
        """One fact, recorded as read by the page being made."""
        if self._reads is not None:
            self._reads.add((fact, key))
        value = self.facts()[fact].get(key, _MISSING)
        return default if value is _MISSING else value

    def make_recorded(self, item: Item) -> tuple[list[Page], frozenset[Read] | None]:
        """The item's pages and the facts they read (None for a summary page, which reads everything)."""
        if item[0] in SUMMARY_KINDS:
            return list(self.make(item)), None
        self._reads = set()
        try:
            pages = list(self.make(item))
            return pages, frozenset(self._reads)
        finally:
            self._reads = None

    # -- small views, built once each -------------------------------------------------
    def actor_link(self, actor_id: str, role: str = "") -> ActorLink:
        if self._reads is not None:
            self._reads.add(("actor_link", actor_id))
        link = self._actor_links.get(actor_id)
        if link is None:
            actor = self.b.actors[actor_id]
            link = ActorLink(actor.id, actor.name, actor.kind, actor_path(actor.id), count=self.b.mentions(actor_id))
            self._actor_links[actor_id] = link
        return link._replace(role=role) if role else link

    def article_link(self, article_id: str) -> ArticleLink:
        if self._reads is not None:
            self._reads.add(("article_link", article_id))
        link = self._article_links.get(article_id)
        if link is None:
            a = self.b.articles[article_id]
            link = ArticleLink(a.id, a.title, article_path(a.id), a.date.isoformat() if a.date else "",
                               display_date(a.date), a.outlet, a.summary)
            self._article_links[article_id] = link
        return link

    def event_view(self, event_id: str) -> EventView:
        if self._reads is not None:
            self._reads.add(("event_view", event_id))
        view = self._event_views.get(event_id)
        if view is None:
            reads, self._reads = self._reads, None  # what a view reads is in the view itself
            e = self.b.events[event_id]
            view = EventView(
                e.id, e.date.iso, display_date(e.date), e.date.precision, e.approx, e.text,
                event_path(e.id, self.event_pages[e.id]),
                tuple(self.actor_link(a) for a in e.actors),
                tuple(self.article_link(s) for s in e.sources if s in self.b.articles), e.links)
            self._event_views[event_id] = view
            self._reads = reads
        return view

    def quote_view(self, quote) -> QuoteView:
        speaker = self.actor_link(quote.speaker) if quote.speaker else None
        return QuoteView(quote.text, speaker, self.article_link(quote.article))

    # -- pages ---------------------------------------------------------------------------
    def plan(self) -> list[tuple[str, str]]:
        """Every page of the site as a cheap work item ``(kind, key)``, in a fixed order.

        Items are made into pages only when rendered (:meth:`make`), so memory
        stays flat and worker processes can each take a share of the list.
        """
        b = self.b
        items = [("overview", ""), ("article_index", ""), ("actor_index", ""), ("chronology", ""),
                 ("tag_index", ""), ("place_index", ""), ("not_found", ""), ("feed", "")]
        items += [("article", a) for a in b.articles]
        items += [("actor", a) for a in b.actors]
        items += [("actor_feed", a) for a in b.actor_articles]
        items += [("tag", t) for t in b.tags]
        items += [("place", p) for p in b.places]
        items += [("redirect", old) for old in b.redirects]
        if self._chronology_split():
            items += [("chronology_year", year) for year in self.facts()["chronology_year"]]
        if self.config.base_url:
            items.append(("sitemap", ""))
        return items

    def make(self, item: tuple[str, str]) -> Iterator[Page]:
        kind, key = item
        if kind == "article":
            yield self.article(self.read("article", key))
        elif kind == "actor":
            yield self.actor(self.read("actor", key))
        elif kind == "actor_feed":
            yield self.actor_feed(key)
        elif kind == "tag":
            yield self.tag(*self.read("tag", key))
        elif kind == "place":
            yield self.place(*self.read("place", key))
        elif kind == "chronology_year":
            yield self.chronology_year(key)
        elif kind == "redirect":
            yield Page(key, "redirect.html", {"title": "Moved", "target": self.read("redirect", key)})
        elif kind == "chronology":
            yield from self.chronology()
        else:
            yield getattr(self, kind)()

    def all_pages(self) -> Iterator[Page]:
        for item in self.plan():
            yield from self.make(item)

    def not_found(self) -> Page:
        """404.html is served at any depth, so its links start from the site's root path when known."""
        base = urlparse(self.config.base_url).path if self.config.base_url else ""
        return Page("404.html", "404.html", {"title": "Page not found", "link_base": base})

    def overview(self) -> Page:
        b, c = self.b, self.config
        top = sorted(b.actors, key=lambda a: (-b.mentions(a), b.actors[a].name.casefold()))
        latest_events = list(b.events)[-c.overview_events:] if c.overview_events else []
        return Page("index.html", "index.html", {
            "title": c.title,
            "articles": [self.article_link(a) for a in list(b.articles)[: c.overview_articles]],
            "actors": [self.actor_link(a) for a in top[: c.overview_actors] if b.mentions(a)],
            "events": [self.event_view(e) for e in reversed(latest_events)],
            "counts": {"articles": len(b.articles), "actors": len(b.actors), "events": len(b.events)},
            "span": self._span(),
        })

    def _span(self) -> str:
        dates = [a.date for a in self.b.articles.values() if a.date]
        if not dates:
            return ""
        first, last = min(dates), max(dates)
        return display_date(first) if first == last else f"{display_date(first)} – {display_date(last)}"

    def article_index(self) -> Page:
        groups: dict[str, list[ArticleLink]] = defaultdict(list)
        for article in self.b.articles.values():
            label = f"{MONTHS[article.date.month - 1]} {article.date.year}" if article.date else "Undated"
            groups[label].append(self.article_link(article.id))
        return Page("articles/index.html", "articles.html", {"title": "Articles", "groups": list(groups.items())})

    def article(self, a: Article) -> Page:
        for ref in a.actors:  # the body's mention links use each actor's names and aliases
            self.read("actor", ref.name)
        return Page(article_path(a.id), "article.html", {
            "title": a.title,
            "article": {
                "id": a.id, "title": a.title, "date": a.date.isoformat() if a.date else "",
                "date_display": display_date(a.date), "outlet": a.outlet, "url": a.url, "authors": a.authors,
                "credits": a.credits, "summary": a.summary, "source_file": a.source_file,
                "notes": self.bodies.get(f"notes:{a.id}", ""),
                "places": tuple((p, place_path(p)) for p in a.places),
                "tags": tuple((t, tag_path(t)) for t in a.tags), "body": self.bodies.get(a.id, ""),
            },
            "actors": [self.actor_link(r.name, r.role) for r in a.actors],
            "quotes": [self.quote_view(q) for q in a.quotes],
            "events": [self.event_view(e) for e in self.read("article_events", a.id, [])],
            "related": [self.article_link(r) for r in self.read("related", a.id, [])],
        })

    def actor_index(self) -> Page:
        groups: dict[str, list[ActorLink]] = defaultdict(list)
        for actor_id in self.b.actors:
            link = self.actor_link(actor_id)
            groups[link.kind].append(link)
        order = sorted(groups, key=lambda k: (KIND_ORDER.index(k) if k in KIND_ORDER else len(KIND_ORDER), k))
        return Page("actors/index.html", "actors.html", {
            "title": "Actors",
            "groups": [(kind_label(k), sorted(groups[k], key=lambda l: (-l.count, l.name.casefold()))) for k in order],
        })

    def actor(self, actor: Actor) -> Page:
        affiliation = None
        if actor.affiliation:
            known = self.read("actor", actor.affiliation) is not None
            affiliation = self.actor_link(actor.affiliation) if known else actor.affiliation
        members = [self.actor_link(o) for o in self.read("members", actor.id, [])]
        quotes = self.read("actor_quotes", actor.id, [])
        events = self.read("actor_events", actor.id, [])
        return Page(actor_path(actor.id), "actor.html", {
            "title": actor.name,
            "actor": {"id": actor.id, "name": actor.name, "kind": actor.kind, "kind_label": kind_label(actor.kind),
                      "aliases": actor.aliases, "roles": actor.roles, "body": self.bodies.get(f"actor:{actor.id}", ""),
                      "has_file": bool(actor.path), "feed": f"actors/{actor.id}.xml"},
            "affiliation": affiliation,
            "members": members,
            "articles": [self.article_link(a) for a in self.read("actor_articles", actor.id, [])],
            "quotes": [self.quote_view(q) for q in quotes[:ACTOR_QUOTES]],  # newest first
            "quote_count": len(quotes),
            "events": [self.event_view(e) for e in events[-ACTOR_EVENTS:]],
            "event_count": len(events),
            "cooccurring": [(self.actor_link(o), n) for o, n in self.read("cooccurring", actor.id, [])[:12]],
        })

    def _chronology_split(self) -> bool:
        return len(self.b.events) > self.config.chronology_page_events

    def _event_groups(self) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
        """Event ids by year (as text) and month label, in chronological order."""
        years: dict[int, dict[str, list[str]]] = {}
        for event in self.b.events.values():
            label = MONTHS[event.date.month - 1] if event.date.month else ""
            years.setdefault(event.date.year, {}).setdefault(label, []).append(event.id)
        return {str(year): tuple((label, tuple(ids)) for label, ids in months.items())
                for year, months in years.items()}

    def _chronology_index(self, groups: dict[str, tuple]) -> tuple:
        return tuple((int(year), f"chronology/{year}.html", sum(len(ids) for _, ids in months),
                      tuple((label, len(ids)) for label, ids in months)) for year, months in groups.items())

    def chronology(self) -> Iterator[Page]:
        """The whole chronology, or, once it is split, its index of years."""
        groups = self.facts()["chronology_year"]
        if not self._chronology_split():
            years = [(int(year), [(label, [self.event_view(e) for e in ids]) for label, ids in months])
                     for year, months in groups.items()]
            yield Page("chronology.html", "chronology.html", {"title": "Chronology", "years": years, "index": []})
            return
        index = self._chronology_index(groups)
        yield Page("chronology.html", "chronology.html", {"title": "Chronology", "years": [], "index": index})

    def chronology_year(self, year: str) -> Page:
        """One year of a split chronology, with the index of all years to move between them."""
        months = [(label, [self.event_view(e) for e in ids]) for label, ids in self.read("chronology_year", year)]
        return Page(f"chronology/{year}.html", "chronology.html", {
            "title": f"Chronology: {year}", "years": [(int(year), months)],
            "index": self.read("chronology_index", "")})

    def tag_index(self) -> Page:
        return Page("tags/index.html", "tags.html", {
            "title": "Tags", "tags": [(label, tag_path(label), len(ids)) for label, ids in self.b.tags.values()]})

    def tag(self, label: str, ids: list[str]) -> Page:
        return Page(tag_path(label), "tag.html", {
            "title": f"Tag: {label}", "tag": label, "articles": [self.article_link(i) for i in ids]})

    def place_index(self) -> Page:
        return Page("places/index.html", "places.html", {
            "title": "Places",
            "places": [(label, place_path(label), len(ids)) for label, ids in self.b.places.values()]})

    def place(self, label: str, ids: list[str]) -> Page:
        """Where something happened: the articles set there and the actors they name most."""
        counts: dict[str, int] = {}
        for i in ids:
            for name in self.read("article_entry", i)[2]:
                counts[name] = counts.get(name, 0) + 1
        top = sorted(counts, key=lambda a: (-counts[a], self.actor_link(a).name.casefold()))[:12]
        return Page(place_path(label), "place.html", {
            "title": label, "place": label, "articles": [self.article_link(i) for i in ids],
            "actors": [(self.actor_link(a), counts[a]) for a in top]})

    def feed(self) -> Page:
        """The site's Atom feed of the latest articles."""
        return Page("feed.xml", "feed.xml", {
            "title": self.config.title, "self_path": "feed.xml", "alternate": "index.html",
            "entries": self._entries(list(self.b.articles)[: self.config.feed_articles])})

    def actor_feed(self, actor_id: str) -> Page:
        """One feed per actor, for following a person."""
        return Page(f"actors/{actor_id}.xml", "feed.xml", {
            "title": f"{self.actor_link(actor_id).name} — {self.config.title}",
            "self_path": f"actors/{actor_id}.xml", "alternate": actor_path(actor_id),
            "entries": self._entries(self.read("actor_articles", actor_id)[: self.config.feed_articles])})

    def _entries(self, ids: list[str]) -> list[dict]:
        out = []
        for i in ids:
            authors, outlet, actors = self.read("article_entry", i)
            out.append({"link": self.article_link(i), "authors": authors, "outlet": outlet,
                        "actors": [self.actor_link(name).name for name in actors]})
        return out

    def sitemap(self) -> Page:
        paths = ["index.html", "articles/index.html", "actors/index.html", "chronology.html"]
        paths += [article_path(a) for a in self.b.articles] + [actor_path(a) for a in self.b.actors]
        return Page("sitemap.xml", "sitemap.xml", {"paths": paths})
