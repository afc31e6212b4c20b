"""Stage 3, link: the cross-references that make a briefing more than its articles.

From resolved articles this derives, once, everything the pages show about
each other: who appears where, who appears with whom, which articles are
related, and one chronology in which an event reported by several articles
appears once with all its sources.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from generator.annotate import Annotated
from generator.model import Actor, Article, Event, Quote

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset("""a an and the of in on at to for by with from as is was were be been has have had it its
that this these those into over after before during about against between says said say he she they their
his her them than then also but or not no new""".split())
SAME_EVENT = 0.5  # share of content words two reports need in common to be one event


@dataclass
class Briefing:
    """The whole cross-linked briefing, keyed by id, in display order."""

    articles: dict[str, Article]  # newest first
    actors: dict[str, Actor]  # by name
    events: dict[str, Event]  # oldest first
    redirects: dict[str, str]
    actor_articles: dict[str, list[str]] = field(default_factory=dict)  # newest first
    actor_quotes: dict[str, list[Quote]] = field(default_factory=dict)
    actor_events: dict[str, list[str]] = field(default_factory=dict)  # oldest first
    article_events: dict[str, list[str]] = field(default_factory=dict)  # merged event ids
    cooccurring: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # most shared first
    related: dict[str, list[str]] = field(default_factory=dict)
    tags: dict[str, list[str]] = field(default_factory=dict)

    def mentions(self, actor_id: str) -> int:
        """How many articles name the actor: the weight shown in indexes."""
        return len(self.actor_articles.get(actor_id, ()))


def _newest_first(article: Article) -> tuple:
    return (-(article.date.toordinal() if article.date else 0), article.title.casefold(), article.id)


def link(annotated: Annotated, related_count: int = 5) -> Briefing:
    articles = {a.id: a for a in sorted(annotated.articles.values(), key=_newest_first)}
    actor_articles: dict[str, list[str]] = defaultdict(list)
    actor_quotes: dict[str, list[Quote]] = defaultdict(list)
    tags: dict[str, list[str]] = defaultdict(list)
    pairs: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles.values():
        ids = [r.name for r in article.actors]
        for actor_id in ids:
            actor_articles[actor_id].append(article.id)
            pairs[actor_id].update(i for i in ids if i != actor_id)
        for quote in article.quotes:
            if quote.speaker:
                actor_quotes[quote.speaker].append(quote)
        for tag in article.tags:
            tags[tag].append(article.id)

    events, article_events = merge_events(articles, annotated.background)
    actor_events: dict[str, list[str]] = defaultdict(list)
    for event in events.values():
        for actor_id in event.actors:
            actor_events[actor_id].append(event.id)

    actors = dict(sorted(annotated.actors.items(), key=lambda kv: (kv[1].name.casefold(), kv[0])))
    return Briefing(
        articles=articles, actors=actors, events=events, redirects=annotated.redirects,
        actor_articles=dict(actor_articles), actor_quotes=dict(actor_quotes), actor_events=dict(actor_events),
        article_events=article_events,
        cooccurring={a: sorted(c.items(), key=lambda kv: (-kv[1], actors[kv[0]].name.casefold()))
                     for a, c in pairs.items()},
        related=related_articles(articles, related_count),
        tags=dict(sorted(tags.items(), key=lambda kv: kv[0].casefold())),
    )


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.casefold()) if w not in _STOP)


def same_event(a: Event, b: Event) -> bool:
    """Two reports of one event: same date at the same precision and mostly the same words."""
    if a.date != b.date:
        return False
    wa, wb = _content_words(a.text), _content_words(b.text)
    if not wa or not wb:
        return a.text.casefold() == b.text.casefold()
    if len(wa & wb) / len(wa | wb) >= SAME_EVENT:
        return not (a.actors and b.actors) or bool(set(a.actors) & set(b.actors))
    return False


def merge_events(articles: dict[str, Article], background: list[Event]) -> tuple[dict[str, Event], dict[str, list[str]]]:
    """One chronology: reports of the same event merge, keeping every source."""
    oldest_first = sorted(articles.values(), key=lambda a: (a.date or dt.date.max, a.id))
    reports = [e for a in oldest_first for e in a.events] + list(background)
    groups: list[list[Event]] = []
    by_id: dict[str, list[Event]] = {}
    by_date: dict[str, list[list[Event]]] = defaultdict(list)
    for event in reports:
        if event.explicit_id:
            group = by_id.get(event.id)
            if group is None:
                group = by_id[event.id] = []
                groups.append(group)
            group.append(event)
            continue
        bucket = by_date[event.date.iso]
        group = next((g for g in bucket if any(same_event(event, other) for other in g)), None)
        if group is None:
            group = []
            bucket.append(group)
            groups.append(group)
        group.append(event)

    merged: list[tuple[Event, list[Event]]] = []
    for group in groups:
        first = group[0]
        event = replace(
            first,
            approx=all(e.approx for e in group),
            actors=tuple(dict.fromkeys(a for e in group for a in e.actors)),
            sources=tuple(dict.fromkeys(s for e in group for s in e.sources)),
            links=tuple(dict.fromkeys(u for e in group for u in e.links)),
        )
        merged.append((event, group))
    merged.sort(key=lambda pair: (pair[0].date, pair[0].approx, pair[0].text.casefold()))

    events: dict[str, Event] = {}
    article_events: dict[str, list[str]] = defaultdict(list)
    for event, group in merged:
        unique = event.id
        n = 2
        while unique in events:
            unique = f"{event.id}-{n}"
            n += 1
        event = replace(event, id=unique)
        events[unique] = event
        for source in event.sources:
            article_events[source].append(unique)
    return events, dict(article_events)


def related_articles(articles: dict[str, Article], count: int) -> dict[str, list[str]]:
    """Articles sharing the most (and the rarest) actors, nearest in date first.

    Each shared actor weighs its inverse document frequency, so two articles
    sharing a minor figure are closer than two that both name a superpower.
    Candidates come from an inverted index, so cost grows with the overlap,
    not with the square of the articles.
    """
    if count <= 0 or len(articles) < 2:
        return {}
    n = len(articles)
    index: dict[str, list[str]] = defaultdict(list)
    actor_sets = {}
    for article in articles.values():
        ids = frozenset(r.name for r in article.actors)
        actor_sets[article.id] = ids
        for a in ids:
            index[a].append(article.id)
    idf = {a: math.log(1 + n / len(ids)) for a, ids in index.items()}
    ordinal = {a.id: (a.date.toordinal() if a.date else 0) for a in articles.values()}
    cap = max(200, int(math.sqrt(n)) * 8)  # actors in more articles than this only weigh, never enumerate
    by_date: dict[str, list[tuple[int, str]]] = {
        a: sorted((ordinal[i], i) for i in ids) for a, ids in index.items() if len(ids) > cap}
    out: dict[str, list[str]] = {}
    for article_id, mine in actor_sets.items():
        candidates: set[str] = set()
        for a in mine:
            if len(index[a]) <= cap:
                candidates.update(index[a])
            else:  # a very common actor: only its articles nearest in date
                dated = by_date[a]
                i = bisect.bisect_left(dated, (ordinal[article_id], article_id))
                candidates.update(x for _, x in dated[max(0, i - count * 4): i + count * 4])
        candidates.discard(article_id)
        scored = []
        for other in candidates:
            shared = mine & actor_sets[other]
            if not shared:
                continue
            days = abs(ordinal[article_id] - ordinal[other])
            scored.append((-sum(idf[a] for a in sorted(shared)), days, other))  # sorted: float sums must not depend on set order
        scored.sort()
        out[article_id] = [other for _, _, other in scored[:count]]
    return out
