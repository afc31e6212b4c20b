"""Stage 3, link: the cross-references that make a briefing more than its articles.

From resolved articles this derives, once, everything the pages show about
each other: who appears where, who appears with whom, which articles are
related, and one chronology in which an event reported by several articles
appears once with all its sources.
"""

from __future__ import annotations

import bisect
import heapq
import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from generator.annotate import Annotated
from generator.model import Actor, Article, Event, PartialDate, Quote
from generator.paths import slugify

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
    tags: dict[str, tuple[str, list[str]]] = field(default_factory=dict)  # slug → (label, articles, newest first)
    places: dict[str, tuple[str, list[str]]] = field(default_factory=dict)

    def mentions(self, actor_id: str) -> int:
        """How many articles name the actor: the weight shown in indexes."""
        return len(self.actor_articles.get(actor_id, ()))


def _newest_first(article: Article) -> tuple:
    return (-(article.date.toordinal() if article.date else 0), article.title.casefold(), article.id)


def _memo(memo: dict | None, name: str, key_data: object, compute):
    """Reuse a derived result when its inputs are unchanged since the last build (``serve`` edits
    are mostly to article text, which changes neither the chronology nor who relates to whom).

    Inputs are compared as they are, not hashed: unchanged articles are the very objects of the
    last build (see :func:`generator.annotate.annotate`), so the comparison mostly checks identity.
    """
    if memo is None:
        return compute()
    hit = memo.get(name)
    if hit is not None and hit[0] == key_data:
        return hit[1]
    value = compute()
    memo[name] = (key_data, value)
    return value


def link(annotated: Annotated, related_count: int = 5, memo: dict | None = None) -> Briefing:
    """Cross-link the briefing. ``memo`` (kept by the caller between builds) lets unchanged parts be reused."""
    articles = {a.id: a for a in sorted(annotated.articles.values(), key=_newest_first)}
    actor_articles: dict[str, list[str]] = defaultdict(list)
    actor_quotes: dict[str, list[Quote]] = defaultdict(list)
    pairs: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles.values():
        ids = [r.name for r in article.actors]
        for actor_id in ids:
            actor_articles[actor_id].append(article.id)
            pairs[actor_id].update(i for i in ids if i != actor_id)
        for quote in article.quotes:
            if quote.speaker:
                actor_quotes[quote.speaker].append(quote)

    events, article_events = _memo(
        memo, "events", ([(a.id, a.date, a.events) for a in articles.values()], annotated.background),
        lambda: merge_events(articles, annotated.background))
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
        related=_memo(memo, "related", (related_count, [(a.id, a.date, [r.name for r in a.actors])
                                                          for a in articles.values()]),
                      lambda: related_articles(articles, related_count)),
        tags=facet(articles, "tags"),
        places=facet(articles, "places"),
    )


def facet(articles: dict[str, Article], field_name: str) -> dict[str, tuple[str, list[str]]]:
    """Articles by tag or place. Labels that differ only in case or accents are one ("Kyiv", "kyiv"),
    shown in their most used form (capitalised first on a tie)."""
    ids: dict[str, list[str]] = {}
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles.values():
        for label in getattr(article, field_name):
            slug = slugify(label, "item")
            forms[slug][label] += 1
            found = ids.setdefault(slug, [])
            if article.id not in found:
                found.append(article.id)
    labels = {slug: max(c, key=lambda f: (c[f], f[:1].isupper(), f)) for slug, c in forms.items()}
    return dict(sorted(((slug, (labels[slug], found)) for slug, found in ids.items()),
                       key=lambda kv: kv[1][0].casefold()))


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.casefold()) if w not in _STOP)


def same_event(a: Event, b: Event, words_a: frozenset[str] | None = None, words_b: frozenset[str] | None = None) -> bool:
    """Two reports of one event: same date at the same precision and mostly the same words."""
    if a.date != b.date:
        return False
    wa = _content_words(a.text) if words_a is None else words_a
    wb = _content_words(b.text) if words_b is None else words_b
    if not wa or not wb:
        return a.text.casefold() == b.text.casefold()
    if len(wa & wb) / len(wa | wb) >= SAME_EVENT:
        return not (a.actors and b.actors) or bool(set(a.actors) & set(b.actors))
    return False


def _similar(a: Event, wa: frozenset[str], b: Event, wb: frozenset[str]) -> bool:
    """:func:`same_event` for two reports already known to share a date (the hot path)."""
    shared = len(wa & wb)
    if not shared:
        return not wa and not wb and a.text.casefold() == b.text.casefold()
    if shared / (len(wa) + len(wb) - shared) < SAME_EVENT:
        return False
    return not (a.actors and b.actors) or not set(a.actors).isdisjoint(b.actors)


def _prefix(words: frozenset[str], frequency: Counter[str]) -> list[str]:
    """The rarest words of a report, enough that any report sharing half its words shares one.

    Prefix filtering, the standard trick of set-similarity joins: with all
    sets ordered the same way (rarest word first), two sets whose Jaccard
    similarity reaches t share a word among the first |x| - ceil(t·|x|) + 1 of
    each. Indexing only those keeps comparisons few even when common words abound.
    """
    ordered = sorted(words, key=lambda w: (frequency[w], w))
    return ordered[: len(ordered) - math.ceil(SAME_EVENT * len(ordered)) + 1]


def _within(precise: PartialDate, coarse: PartialDate) -> bool:
    """True when ``precise`` falls inside ``coarse`` (2014-03 is within 2014)."""
    return precise.year == coarse.year and coarse.month in (0, precise.month) and coarse.day in (0, precise.day)


def merge_events(articles: dict[str, Article], background: list[Event]) -> tuple[dict[str, Event], dict[str, list[str]]]:
    """One chronology: reports of the same event merge, keeping every source.

    Reports merge when they share an explicit ``id``, or when they have the
    same date and mostly the same words. A merged event keeps the most
    precise date its reports give (an article's "2014" and a background
    file's "2014-03" with the same id become March 2014).
    """
    oldest_first = sorted(articles.values(), key=lambda a: (a.date or dt.date.max, a.id))
    reports = [e for a in oldest_first for e in a.events] + list(background)
    report_words = {id(e): _content_words(e.text) for e in reports if not e.explicit_id}
    frequency = Counter(w for words in report_words.values() for w in words)
    groups: list[list[Event]] = []
    by_id: dict[str, list[Event]] = {}
    # per date: its groups of reports, and which groups use each word (only those can match)
    by_date: dict[tuple[int, int, int], tuple[list, dict[str, set[int]]]] = defaultdict(lambda: ([], defaultdict(set)))
    for event in reports:
        if event.explicit_id:
            group = by_id.get(event.id)
            if group is None:
                group = by_id[event.id] = []
                groups.append(group)
            group.append(event)
            continue
        words = report_words[id(event)]
        d = event.date
        bucket, word_index = by_date[(d.year, d.month, d.day)]
        prefix = _prefix(words, frequency)
        candidates = sorted({i for w in prefix if w in word_index for i in word_index[w]})
        if not words:
            candidates = list(range(len(bucket)))
        found = next((i for i in candidates if any(_similar(event, words, o, w) for o, w in bucket[i])), None)
        if found is None:
            found = len(bucket)
            bucket.append([])
            groups.append(bucket[found])  # type: ignore[arg-type]
        bucket[found].append((event, words))
        for w in prefix:
            word_index[w].add(found)
    groups = [[e if isinstance(e, Event) else e[0] for e in g] for g in groups]  # type: ignore[misc]

    position = {id(e): i for i, e in enumerate(reports)}
    merged: list[tuple[int, Event]] = []
    for group in groups:
        first = group[0]
        date = first.date
        if len(group) > 1:
            date = max((e.date for e in group), key=lambda d: (bool(d.month) + bool(d.day), d))
            if not all(_within(date, e.date) for e in group):
                date = first.date  # reports disagree: keep the first, do not invent precision
        merged.append((position[id(first)], replace(
            first,
            date=date,
            approx=all(e.approx for e in group),
            actors=tuple(dict.fromkeys(a for e in group for a in e.actors)),
            sources=tuple(dict.fromkeys(s for e in group for s in e.sources)),
            links=tuple(dict.fromkeys(u for e in group for u in e.links)),
        )))
    # by date; within a date, in the order first reported (oldest article first, then reading order)
    merged.sort(key=lambda pe: (pe[1].date.year, pe[1].date.month, pe[1].date.day, pe[0]))

    events: dict[str, Event] = {}
    article_events: dict[str, list[str]] = defaultdict(list)
    for _, event in merged:
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
    Scores accumulate through an inverted index; an actor named in very many
    articles contributes only its articles nearest in date, so the cost grows
    with the site, not with its square.
    """
    if count <= 0 or len(articles) < 2:
        return {}
    n = len(articles)
    index: dict[str, list[str]] = defaultdict(list)
    actor_lists = {}
    for article in articles.values():
        ids = sorted({r.name for r in article.actors})
        actor_lists[article.id] = ids
        for a in ids:
            index[a].append(article.id)
    idf = {a: math.log(1 + n / len(ids)) for a, ids in index.items()}
    ordinal = {a.id: (a.date.toordinal() if a.date else 0) for a in articles.values()}
    cap = max(100, n // 50)
    by_date = {a: sorted((ordinal[i], i) for i in ids) for a, ids in index.items() if len(ids) > cap}
    window = max(count * 4, cap // 2)
    out: dict[str, list[str]] = {}
    for article_id, mine in actor_lists.items():
        scores: dict[str, float] = defaultdict(float)
        for a in mine:  # sorted, so float sums do not depend on set order
            weight = idf[a]
            if a in by_date:
                dated = by_date[a]
                i = bisect.bisect_left(dated, (ordinal[article_id], article_id))
                others = [x for _, x in dated[max(0, i - window): i + window]]
            else:
                others = index[a]
            for other in others:
                scores[other] += weight
        scores.pop(article_id, None)
        if not scores:
            out[article_id] = []
            continue
        threshold = heapq.nlargest(count, scores.values())[-1]
        here = ordinal[article_id]
        best = sorted((-score, abs(here - ordinal[o]), o) for o, score in scores.items() if score >= threshold)
        out[article_id] = [o for _, _, o in best[:count]]
    return out
