"""``data/briefing.json``: the whole briefing as data, for other tools.

Field names and meanings follow ``shared/eval/README.md``; ids are the same
stable ids the site's addresses use, so exports and links agree.
"""

from __future__ import annotations

import json

from generator.link import Briefing
from generator.model import Article
from generator.pages import actor_path, article_path, event_path

SCHEMA_VERSION = 1


def briefing_json(briefing: Briefing, texts: dict[str, str], title: str, event_pages: dict[str, str],
                  memo: dict | None = None) -> bytes:
    """The export as compact JSON bytes.

    The chronology is most of the work (tens of thousands of events) and, after
    an edit to article text, unchanged: with ``memo`` kept between builds its
    JSON is reused whenever the linked events are the very same object.
    """
    b = briefing
    hit = memo.get("events-json") if memo is not None else None
    if hit is not None and hit[0] is b.events and hit[1] == event_pages:
        events_json = hit[2]
    else:
        events_json = _dumps(_events(b, event_pages))
        if memo is not None:
            memo["events-json"] = (b.events, event_pages, events_json)
    head = {"schema": SCHEMA_VERSION, "title": title}
    parts = [_dumps(head)[:-1], ',"articles":', _articles_json(b, texts, memo), ',"actors":', _dumps(_actors(b)),
             ',"events":', events_json, ',"quotes":', _dumps(_quotes(b)), "}\n"]
    return "".join(parts).encode("utf-8")


def briefing_data(briefing: Briefing, texts: dict[str, str], title: str, event_pages: dict[str, str]) -> dict:
    """The export as plain data (dicts and lists) in a stable order: what :func:`briefing_json` writes."""
    b = briefing
    return {"schema": SCHEMA_VERSION, "title": title, "articles": _articles(b, texts), "actors": _actors(b),
            "events": _events(b, event_pages), "quotes": _quotes(b)}


def _articles_json(b: Briefing, texts: dict[str, str], memo: dict | None) -> str:
    """The articles as a JSON array, reusing each article's JSON while the article is the very same
    object with the same text and events (so an edit re-encodes one article, not thousands)."""
    earlier = memo.get("articles-json", {}) if memo is not None else {}
    now: dict[str, tuple] = {}
    for a in b.articles.values():
        text, events = texts.get(a.id, ""), b.article_events.get(a.id, [])
        hit = earlier.get(a.id)
        if hit is None or hit[0] is not a or hit[1] != text or hit[2] != events:
            hit = (a, text, events, _dumps(_article(a, text, events)))
        now[a.id] = hit
    if memo is not None:
        memo["articles-json"] = now
    return "[" + ",".join(hit[3] for hit in now.values()) + "]"


def _articles(b: Briefing, texts: dict[str, str]) -> list[dict]:
    return [_article(a, texts.get(a.id, ""), b.article_events.get(a.id, [])) for a in b.articles.values()]


def _article(a: Article, text: str, events: list[str]) -> dict:
    return {
        "id": a.id, "path": article_path(a.id), "source_file": a.source_file, "title": a.title,
        "published": a.date.isoformat() if a.date else None, "outlet": a.outlet, "url": a.url,
        "authors": list(a.authors), "credits": a.credits, "summary": a.summary, "tags": list(a.tags),
        "text": text,
        "actors": [r.name for r in a.actors],
        "roles": {r.name: r.role for r in a.actors if r.role},
        "places": list(a.places),
        "events": events,
    }


def _actors(b: Briefing) -> list[dict]:
    return [
        {
            "id": x.id, "path": actor_path(x.id), "name": x.name, "kind": x.kind, "aliases": list(x.aliases),
            "roles": list(x.roles), "affiliation": x.affiliation or None,
            "articles": b.actor_articles.get(x.id, []),
        }
        for x in b.actors.values()
    ]


def _events(b: Briefing, event_pages: dict[str, str]) -> list[dict]:
    return [
        {
            "id": e.id, "path": event_path(e.id, event_pages[e.id]), "date": e.date.iso,
            "precision": e.date.precision, "approx": e.approx, "text": e.text, "actors": list(e.actors),
            "article": e.sources[0] if e.sources else None, "sources": list(e.sources), "links": list(e.links),
        }
        for e in b.events.values()
    ]


def _quotes(b: Briefing) -> list[dict]:
    return [{"speaker": q.speaker or None, "text": q.text, "article": a.id}
            for a in b.articles.values() for q in a.quotes]


def _dumps(value: object) -> str:
    """Compact JSON: the C encoder only serves unindented output, and it is ten times faster."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def search_index(briefing: Briefing) -> bytes:
    """What the search box needs, as a script: browsers load scripts from file:// but refuse fetch()."""
    data = {
        "actors": [[x.id, x.name, x.kind, list(x.aliases)] for x in briefing.actors.values()],
        "articles": [[a.id, a.title, a.date.isoformat() if a.date else "", a.outlet] for a in briefing.articles.values()],
    }
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"window.briefingIndex = {payload};\n".encode("utf-8")
