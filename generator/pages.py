"""The pages of the site and exactly what each one shows.

Each page gets a context of plain frozen values (no live objects, no global
"site" to reach into), so the data a page depends on is explicit: the render
stage fingerprints it and re-renders a page only when its data or templates
changed. This is what makes incremental builds correct by construction.
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


class PageBuilder:
    """Turns the linked briefing into page contexts, sharing the small views."""

    def __init__(self, briefing: Briefing, config: SiteConfig, bodies: dict[str, str],
                 event_pages: dict[str, str] | None = None) -> None:
        self.b = briefing
        self.config = config
        self.bodies = bodies  # article id → safe body HTML
        self._actor_links: dict[str, ActorLink] = {}
        self._article_links: dict[str, ArticleLink] = {}
        self._event_views: dict[str, EventView] = {}
        self.event_pages = event_pages if event_pages is not None else chronology_pages(
            briefing.events, config.chronology_page_events)

    # -- small views, built once each -------------------------------------------------
    def actor_link(self, actor_id: str, role: str = "") -> ActorLink:
        link = self._actor_links.get(actor_id)
        if link is None:
            actor = self.b.actors[actor_id]
            link = ActorLink(actor.id, actor.name, actor.kind, actor_path(actor.id), count=self.b.mentions(actor_id))
            self._actor_links[actor_id] = link
        return link._replace(role=role) if role else link

    def article_link(self, article_id: str) -> ArticleLink:
        link = self._article_links.get(article_id)
        if link is None:
            a = self.b.articles[article_id]
            link = ArticleLink(a.id, a.title, article_path(a.id), a.date.isoformat() if a.date else "",
                               display_date(a.date), a.outlet, a.summary)
            self._article_links[article_id] = link
        return link

    def event_view(self, event_id: str) -> EventView:
        view = self._event_views.get(event_id)
        if view is None:
            e = self.b.events[event_id]
            view = EventView(
                e.id, e.date.iso, display_date(e.date), e.date.precision, e.approx, e.text,
                event_path(e.id, self.event_pages[e.id]),
                tuple(self.actor_link(a) for a in e.actors),
                tuple(self.article_link(s) for s in e.sources if s in self.b.articles), e.links)
            self._event_views[event_id] = view
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
        if self.config.base_url:
            items.append(("sitemap", ""))
        return items

    def make(self, item: tuple[str, str]) -> Iterator[Page]:
        kind, key = item
        b = self.b
        if kind == "article":
            yield self.article(b.articles[key])
        elif kind == "actor":
            yield self.actor(b.actors[key])
        elif kind == "actor_feed":
            yield self.actor_feed(key)
        elif kind == "tag":
            yield self.tag(*b.tags[key])
        elif kind == "place":
            yield self.place(*b.places[key])
        elif kind == "redirect":
            yield Page(key, "redirect.html", {"title": "Moved", "target": b.redirects[key]})
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
        b = self.b
        return Page(article_path(a.id), "article.html", {
            "title": a.title,
            "article": {
                "id": a.id, "title": a.title, "date": a.date.isoformat() if a.date else "",
                "date_display": display_date(a.date), "outlet": a.outlet, "url": a.url, "authors": a.authors,
                "credits": a.credits, "summary": a.summary, "source_file": a.source_file,
                "places": tuple((p, place_path(p)) for p in a.places),
                "tags": tuple((t, tag_path(t)) for t in a.tags), "body": self.bodies.get(a.id, ""),
            },
            "actors": [self.actor_link(r.name, r.role) for r in a.actors],
            "quotes": [self.quote_view(q) for q in a.quotes],
            "events": [self.event_view(e) for e in b.article_events.get(a.id, [])],
            "related": [self.article_link(r) for r in b.related.get(a.id, [])],
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
        b = self.b
        affiliation = None
        if actor.affiliation:
            affiliation = self.actor_link(actor.affiliation) if actor.affiliation in b.actors else actor.affiliation
        members = [self.actor_link(o.id) for o in b.actors.values() if o.affiliation == actor.id]
        return Page(actor_path(actor.id), "actor.html", {
            "title": actor.name,
            "actor": {"id": actor.id, "name": actor.name, "kind": actor.kind, "kind_label": kind_label(actor.kind),
                      "aliases": actor.aliases, "roles": actor.roles, "body": self.bodies.get(f"actor:{actor.id}", ""),
                      "has_file": bool(actor.path), "feed": f"actors/{actor.id}.xml"},
            "affiliation": affiliation,
            "members": members,
            "articles": [self.article_link(a) for a in b.actor_articles.get(actor.id, [])],
            "quotes": [self.quote_view(q) for q in b.actor_quotes.get(actor.id, [])[:ACTOR_QUOTES]],  # newest first
            "quote_count": len(b.actor_quotes.get(actor.id, [])),
            "events": [self.event_view(e) for e in b.actor_events.get(actor.id, [])[-ACTOR_EVENTS:]],
            "event_count": len(b.actor_events.get(actor.id, [])),
            "cooccurring": [(self.actor_link(o), n) for o, n in b.cooccurring.get(actor.id, [])[:12]],
        })

    def chronology(self) -> Iterator[Page]:
        years: dict[int, dict[str, list[EventView]]] = {}
        for event in self.b.events.values():
            months = years.setdefault(event.date.year, {})
            label = MONTHS[event.date.month - 1] if event.date.month else ""
            months.setdefault(label, []).append(self.event_view(event.id))
        grouped = [(year, list(months.items())) for year, months in years.items()]
        if len(self.b.events) <= self.config.chronology_page_events:
            yield Page("chronology.html", "chronology.html", {"title": "Chronology", "years": grouped, "index": []})
            return
        index = [(year, f"chronology/{year}.html", sum(len(evs) for _, evs in months),
                  [(m, len(evs)) for m, evs in months]) for year, months in grouped]
        yield Page("chronology.html", "chronology.html", {"title": "Chronology", "years": [], "index": index})
        for year, months in grouped:
            yield Page(f"chronology/{year}.html", "chronology.html",
                       {"title": f"Chronology: {year}", "years": [(year, months)], "index": index})

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
            for ref in self.b.articles[i].actors:
                counts[ref.name] = counts.get(ref.name, 0) + 1
        top = sorted(counts, key=lambda a: (-counts[a], self.b.actors[a].name.casefold()))[:12]
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
            "title": f"{self.b.actors[actor_id].name} — {self.config.title}",
            "self_path": f"actors/{actor_id}.xml", "alternate": actor_path(actor_id),
            "entries": self._entries(self.b.actor_articles[actor_id][: self.config.feed_articles])})

    def _entries(self, ids: list[str]) -> list[dict]:
        out = []
        for i in ids:
            a = self.b.articles[i]
            out.append({"link": self.article_link(i), "authors": a.authors, "outlet": a.outlet,
                        "actors": [self.actor_link(r.name).name for r in a.actors]})
        return out

    def sitemap(self) -> Page:
        paths = ["index.html", "articles/index.html", "actors/index.html", "chronology.html"]
        paths += [article_path(a) for a in self.b.articles] + [actor_path(a) for a in self.b.actors]
        return Page("sitemap.xml", "sitemap.xml", {"paths": paths})
