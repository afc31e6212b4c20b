"""Stage 2, annotate: resolve every name to one actor, filter what is not published.

Analysts write names the way the article does ("Lukashenka", "Alyaksandr
Lukashenka", "belarus"); here every such reference becomes an actor id, so
later stages only ever deal in ids. Actors named in articles but without a
file of their own are created here, so they get pages too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from generator.errors import Problems
from generator.load import Content
from generator.model import Actor, ActorRef, Article, Event, Quote, name_key
from generator.paths import slugify


@dataclass(frozen=True)
class Filters:
    """What is published: drafts and future-dated (embargoed) articles stay out by default."""

    drafts: bool = False
    future: bool = False
    today: dt.date = field(default_factory=dt.date.today)


@dataclass
class Annotated:
    """Content with every reference resolved to an id. Dicts keep content order."""

    articles: dict[str, Article]
    actors: dict[str, Actor]
    background: list[Event]
    redirects: dict[str, str]  # old output path → new output path


class Registry:
    """Actors by id, and every name or alias that points to one."""

    def __init__(self, problems: Problems) -> None:
        self.problems = problems
        self.actors: dict[str, Actor] = {}
        self.names: dict[str, str] = {}
        self._keys: dict[str, str] = {}  # name → name_key, as the same names recur in every article

    def key(self, name: str) -> str:
        found = self._keys.get(name)
        if found is None:
            found = self._keys[name] = name_key(name)
        return found

    def add_file_actor(self, actor: Actor) -> None:
        if actor.id in self.actors:
            other = self.actors[actor.id]
            self.problems.error(actor.path, 1, f"duplicate actor id '{actor.id}' (also {other.path})")
            return
        self.actors[actor.id] = actor
        for i, name in enumerate((actor.id, actor.name, *actor.aliases)):
            key = self.key(name)
            owner = self.names.get(key)
            if owner is None:
                self.names[key] = actor.id
            elif owner != actor.id and i > 0:
                where = f"aliases[{i - 2}]" if i > 1 else "name"
                self.problems.warning(actor.path, actor.lines.get(where, 1),
                                      f"{where}: '{name}' already names actor '{owner}'; it stays with '{owner}'")

    def resolve(self, name: str) -> str | None:
        key = self.key(name)
        found = self.names.get(key)
        if found is None and slugify(name) in self.actors:
            found = slugify(name)
        return found

    def add_named(self, ref: ActorRef) -> str:
        """The id for a name no file defines: a page of its own, made from the articles."""
        found = self.resolve(ref.name)
        if found is not None:
            return found
        actor_id = slugify(ref.name, "actor")
        self.actors[actor_id] = Actor(id=actor_id, name=ref.name, kind=(ref.kind or "actor").lower())
        self.names[self.key(ref.name)] = actor_id
        return actor_id


def annotate(content: Content, filters: Filters, problems: Problems, memo: dict | None = None) -> Annotated:
    """Resolve every reference. ``memo`` (kept by the caller between builds) lets an article that
    is the very object loaded last time, resolved by the same registry, stay the very same object:
    later stages then see at a glance (by identity) that it has not changed."""
    articles = _published(content.articles, filters, problems)
    registry = Registry(problems)
    for actor in content.actors:
        registry.add_file_actor(actor)

    refs: dict[str, list[ActorRef]] = {}
    roles: dict[str, list[str]] = {}
    forms: dict[str, list[str]] = {}  # names articles use for an actor beyond its file's
    for article in articles:
        resolved: dict[str, ActorRef] = {}
        for ref in article.actors:
            actor_id = registry.add_named(ref)
            if actor_id in resolved:
                if ref.role and not resolved[actor_id].role:
                    resolved[actor_id] = replace(resolved[actor_id], role=ref.role)
                continue
            resolved[actor_id] = ActorRef(actor_id, ref.role, ref.line, ref.kind)  # not replace(): hot path
            if ref.role:
                roles.setdefault(actor_id, []).append(ref.role)
            if ref.aliases:
                forms.setdefault(actor_id, []).extend(ref.aliases)
        refs[article.id] = list(resolved.values())

    out: dict[str, Article] = {}
    earlier = memo.get("articles", {}) if memo is not None and memo.get("names") == registry.names else {}
    resolved_now: dict[str, tuple[Article, tuple[ActorRef, ...], Article]] = {}
    for article in articles:
        article_refs = refs[article.id]
        first_refs = tuple(article_refs)
        hit = earlier.get(article.id)
        if hit is not None and hit[0] is article and hit[1] == first_refs:
            out[article.id] = hit[2]
            resolved_now[article.id] = hit
            continue
        reported = len(problems.items)
        ids = [r.name for r in article_refs]

        def lookup(name: str, where: str, line: int | None) -> str | None:
            found = registry.resolve(name)
            if found is None:
                problems.error(article.path, line, f"{where}: unknown actor '{name}' "
                               "(add it to the article's actors or to content/actors/)")
            return found

        quotes = []
        for i, q in enumerate(article.quotes):
            speaker = lookup(q.speaker, f"quotes[{i}].speaker", q.line) if q.speaker else ""
            if speaker is not None:
                quotes.append(Quote(speaker, q.text, q.article, q.line))
                if speaker:
                    _include(article_refs, ids, speaker)
        events = []
        for i, e in enumerate(article.events):
            actors = [a for a in (lookup(n, f"events[{i}].actors", e.line) for n in e.actors) if a]
            resolved_actors = tuple(dict.fromkeys(actors))
            # most events already name ids (ingest writes them): keep the loaded value then
            events.append(e if resolved_actors == e.actors else replace(e, actors=resolved_actors))
            for a in actors:
                _include(article_refs, ids, a)
        out[article.id] = replace(article, actors=tuple(article_refs), quotes=tuple(quotes), events=tuple(events))
        if len(problems.items) == reported:  # an article with problems is resolved (and reported) every time
            resolved_now[article.id] = (article, first_refs, out[article.id])
    if memo is not None:
        memo["names"] = dict(registry.names)
        memo["articles"] = resolved_now

    background = []
    for e in content.events:
        actors = []
        for name in e.actors:
            found = registry.resolve(name)
            if found is None:
                problems.error(e.origin, e.line, f"actors: unknown actor '{name}' (add it to content/actors/ or an article)")
            else:
                actors.append(found)
        background.append(replace(e, actors=tuple(dict.fromkeys(actors))))

    actors = {}
    for actor_id, actor in registry.actors.items():
        merged_roles = _unique([*actor.roles, *roles.get(actor_id, [])])
        known = {name_key(n) for n in (actor.name, *actor.aliases)}
        merged_aliases = [*actor.aliases, *(f for f in _unique(forms.get(actor_id, [])) if name_key(f) not in known)]
        affiliation = actor.affiliation
        if affiliation:
            found = registry.resolve(affiliation)
            if found is None:
                problems.warning(actor.path, actor.lines.get("affiliation", 1),
                                 f"affiliation: unknown actor '{affiliation}'; shown as text")
            else:
                affiliation = found
        actors[actor_id] = replace(actor, roles=tuple(merged_roles), aliases=tuple(merged_aliases),
                                   affiliation=affiliation)
    return Annotated(out, actors, background, _redirects(out, actors, problems))


def _include(refs: list[ActorRef], ids: list[str], actor_id: str) -> None:
    """An actor quoted or named in an event is one of the article's actors too."""
    if actor_id not in ids:
        ids.append(actor_id)
        refs.append(ActorRef(actor_id))


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(name_key(item), item)
    return list(seen.values())


def _published(articles: list[Article], filters: Filters, problems: Problems) -> list[Article]:
    by_id: dict[str, Article] = {}
    for article in articles:
        if article.draft and not filters.drafts:
            continue
        if article.date and article.date > filters.today and not filters.future:
            continue
        if article.id in by_id:
            problems.error(article.path, 1, f"duplicate id '{article.id}' (also {by_id[article.id].path}); "
                           "rename one file or give it an 'id:'")
            continue
        by_id[article.id] = article
    return list(by_id.values())


def _redirects(articles: dict[str, Article], actors: dict[str, Actor], problems: Problems) -> dict[str, str]:
    """Old ids keep working: each becomes a small page pointing to the new address."""
    out: dict[str, str] = {}
    for folder, items in (("articles", articles), ("actors", actors)):
        for item in items.values():
            for old in item.old_ids:
                if old in items:
                    problems.warning(item.path, 1, f"old_ids: '{old}' is the id of another item; no redirect made")
                    continue
                out[f"{folder}/{old}.html"] = f"{folder}/{item.id}.html"
    return out
