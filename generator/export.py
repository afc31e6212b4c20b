"""``data/briefing.json``: the whole briefing as data, for other tools.

Field names and meanings follow ``shared/eval/README.md``; ids are the same
stable ids the site's addresses use, so exports and links agree.
"""

from __future__ import annotations

import json

from generator.link import Briefing
from generator.pages import actor_path, article_path, event_path

SCHEMA_VERSION = 1


def briefing_data(briefing: Briefing, texts: dict[str, str], title: str, event_pages: dict[str, str]) -> dict:
    """Plain data (dicts and lists) in a stable order, ready for ``json.dumps``.

    ``texts`` is the plain text of each article's body (see :func:`generator.markup.plain_text`).
    """
    b = briefing
    return {
        "schema": SCHEMA_VERSION,
        "title": title,
        "articles": [
            {
                "id": a.id, "path": article_path(a.id), "source_file": a.source_file, "title": a.title,
                "published": a.date.isoformat() if a.date else None, "outlet": a.outlet, "url": a.url,
                "authors": list(a.authors), "credits": a.credits, "summary": a.summary, "tags": list(a.tags),
                "text": texts.get(a.id, ""),
                "actors": [r.name for r in a.actors],
                "roles": {r.name: r.role for r in a.actors if r.role},
                "places": list(a.places),
                "events": b.article_events.get(a.id, []),
            }
            for a in b.articles.values()
        ],
        "actors": [
            {
                "id": x.id, "path": actor_path(x.id), "name": x.name, "kind": x.kind, "aliases": list(x.aliases),
                "roles": list(x.roles), "affiliation": x.affiliation or None,
                "articles": b.actor_articles.get(x.id, []),
            }
            for x in b.actors.values()
        ],
        "events": [
            {
                "id": e.id, "path": event_path(e.id, event_pages[e.id]), "date": e.date.iso, "precision": e.date.precision,
                "approx": e.approx, "text": e.text, "actors": list(e.actors),
                "article": e.sources[0] if e.sources else None, "sources": list(e.sources), "links": list(e.links),
            }
            for e in b.events.values()
        ],
        "quotes": [
            {"speaker": q.speaker or None, "text": q.text, "article": a.id}
            for a in b.articles.values() for q in a.quotes
        ],
    }


def to_json(data: dict) -> bytes:
    """Compact JSON: the C encoder only serves unindented output, and it is ten times faster."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def search_index(briefing: Briefing) -> bytes:
    """What the search box needs, as a script: browsers load scripts from file:// but refuse fetch()."""
    data = {
        "actors": [[x.id, x.name, x.kind, list(x.aliases)] for x in briefing.actors.values()],
        "articles": [[a.id, a.title, a.date.isoformat() if a.date else "", a.outlet] for a in briefing.articles.values()],
    }
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"window.briefingIndex = {payload};\n".encode("utf-8")
