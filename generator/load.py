"""Stage 1, load: read ``content/`` into model values, reporting bad files.

A bad file is reported and left out; the rest still load. Nothing here knows
about other files: resolving names across files is the annotate stage's job.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import BriefingError, Problem, Problems
from generator.fields import FieldReader
from generator.frontmatter import Document, load_yaml, parse
from generator.model import Actor, ActorRef, Article, Event, PartialDate, Quote
from generator.paths import is_safe_slug, slugify

ARTICLE_FIELDS = ("id", "title", "date", "outlet", "url", "authors", "credits", "summary", "notes", "source_file",
                  "tags", "places", "actors", "quotes", "events", "draft", "old_ids")
ACTOR_FIELDS = ("name", "kind", "aliases", "roles", "affiliation", "old_ids")
EVENT_FIELDS = ("id", "date", "text", "approx", "actors", "links")


@dataclass
class Content:
    """Everything ``content/`` holds, as loaded: not yet resolved or filtered."""

    articles: list[Article] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)  # background events


def content_files(site: Path) -> dict[str, list[Path]]:
    """The files each content kind is read from, sorted so every build sees one order."""
    content = site / "content"
    def walk(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
        found = []
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found += [Path(root) / f for f in files if f.endswith(suffixes) and not f.startswith(".")]
        return sorted(found)
    return {
        "articles": walk(content / "articles", (".md",)),
        "actors": walk(content / "actors", (".md",)),
        "events": walk(content / "events", (".yaml", ".yml")),
    }


def read_text(path: Path, rel: str) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BriefingError(Problem(rel, None, f"cannot read: {exc.strerror or exc}")) from None
    try:
        return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        raise BriefingError(Problem(rel, None, f"not UTF-8 text (byte {exc.start}); save it as UTF-8")) from None


FileCache = dict[str, tuple[tuple[int, int], object, list[Problem]]]


def load_content(site: Path, problems: Problems, cache: FileCache | None = None) -> Content:
    """Load every content file; with ``cache``, files unchanged since the last load are not re-parsed.

    The cache maps a file to its (mtime, size), what it loaded to and the
    problems it had, so a file's problems are reported on every build until
    it is fixed, whether it was re-read or not.
    """
    files = content_files(site)
    content = Content()
    fresh: FileCache = {}

    def cached(path: Path, loader):
        key = str(path)
        try:
            st = path.stat()
            stamp = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = (0, 0)
        entry = cache.get(key) if cache is not None else None
        if entry is not None and entry[0] == stamp and stamp != (0, 0):
            value, found = entry[1], entry[2]
        else:
            local = Problems(site)
            value = loader(path, site, local)
            found = list(local)
        fresh[key] = (stamp, value, found)
        problems.extend(found)
        return value

    for path in files["articles"]:
        article = cached(path, load_article)
        if article is not None:
            content.articles.append(article)
    for path in files["actors"]:
        actor = cached(path, load_actor)
        if actor is not None:
            content.actors.append(actor)
    for path in files["events"]:
        content.events.extend(cached(path, load_background))
    if cache is not None:
        cache.clear()
        cache.update(fresh)
    return content


def _rel(path: Path, site: Path) -> str:
    try:
        return path.relative_to(site).as_posix()
    except ValueError:
        return path.as_posix()


def _file_id(path: Path, explicit: str, reader: FieldReader) -> str:
    if explicit:
        if not is_safe_slug(explicit):
            reader.error("id", f"{explicit!r} is not a valid id (use lowercase letters, digits and dashes, e.g. {slugify(explicit)!r})")
            return slugify(path.stem)
        return explicit
    return path.stem if is_safe_slug(path.stem) else slugify(path.stem)


def _open(path: Path, site: Path, problems: Problems, fields: tuple[str, ...]) -> tuple[str, Document, FieldReader] | None:
    """Read and parse one content file; None (after reporting why) when it cannot be."""
    rel = _rel(path, site)
    try:
        doc = parse(read_text(path, rel), rel)
    except BriefingError as exc:
        problems.items.append(exc.problem)
        return None
    reader = FieldReader(doc.meta, doc.lines, rel, problems)
    reader.warn_unknown(fields)
    return rel, doc, reader


def load_article(path: Path, site: Path, problems: Problems) -> Article | None:
    opened = _open(path, site, problems, ARTICLE_FIELDS)
    if opened is None:
        return None
    rel, doc, r = opened
    article_id = _file_id(path, r.text("id"), r)
    title = r.text("title", required=True)
    date = r.day("date")
    refs = _actor_refs(r)
    quotes = _quotes(r, article_id)
    events = tuple(e for e in (_event(r, f"events[{i}]", item, rel, article_id)
                               for i, item in enumerate(_list(r, "events"))) if e)
    article = Article(
        id=article_id, path=rel, title=title, date=date, body=doc.body,
        outlet=r.text("outlet"), url=r.text("url"), authors=r.texts("authors"), credits=r.text("credits"),
        summary=r.text("summary"), notes=r.text("notes"), source_file=r.text("source_file"), tags=r.texts("tags"),
        places=r.texts("places"), actors=refs, quotes=quotes, events=events, draft=r.flag("draft"),
        old_ids=tuple(slugify(o) for o in r.texts("old_ids")), body_line=doc.body_line,
    )
    return article if r.ok else None


def _list(r: FieldReader, key: str) -> list:
    value = r.meta.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        r.error(key, f"expected a list, got {type(value).__name__}")
        return []
    return value


def _actor_refs(r: FieldReader) -> tuple[ActorRef, ...]:
    refs: list[ActorRef] = []
    for i, item in enumerate(_list(r, "actors")):
        key = f"actors[{i}]"
        line = r.line(key)
        if isinstance(item, str) and item.strip():
            refs.append(ActorRef(item.strip(), "", line))
        elif isinstance(item, dict) and "name" in item:
            unknown = set(item) - {"name", "role", "kind", "aliases"}
            if unknown:
                r.error(key, f"unknown field '{sorted(unknown)[0]}' (an actor entry has name, role, kind and aliases)")
                continue
            name = r.text(f"{key}.name", item.get("name"), required=True)
            if name:
                refs.append(ActorRef(name, r.text(f"{key}.role", item.get("role") or ""), line,
                                     r.text(f"{key}.kind", item.get("kind") or ""),
                                     r.texts(f"{key}.aliases", item.get("aliases"))))
        elif isinstance(item, dict) and len(item) == 1:
            (name, role), = item.items()
            refs.append(ActorRef(str(name).strip(), r.text(f"{key}.{name}", role or ""), line))
        else:
            r.error(key, "expected an actor id or name, 'name: role', or a mapping with name and role")
    return tuple(refs)


def _quotes(r: FieldReader, article_id: str) -> tuple[Quote, ...]:
    quotes: list[Quote] = []
    for i, item in enumerate(_list(r, "quotes")):
        key = f"quotes[{i}]"
        if not isinstance(item, dict):
            r.error(key, "expected a mapping with speaker and text")
            continue
        unknown = set(item) - {"speaker", "text"}
        if unknown:
            r.error(f"{key}.{sorted(unknown)[0]}", "unknown field (a quote has speaker and text)")
            continue
        text = r.text(f"{key}.text", item.get("text"), required=True)
        if text:
            quotes.append(Quote(r.text(f"{key}.speaker", item.get("speaker") or ""), text, article_id, r.line(key)))
    return tuple(quotes)


def _event(r: FieldReader, key: str, item: object, origin: str, article_id: str = "") -> Event | None:
    if not isinstance(item, dict):
        r.error(key, "expected a mapping with date and text")
        return None
    for name in item:
        if name not in EVENT_FIELDS:
            r.error(f"{key}.{name}", f"unknown field (an event has {', '.join(EVENT_FIELDS)})")
            return None
    date = r.partial_date(f"{key}.date", item.get("date"))
    text = r.text(f"{key}.text", item.get("text"), required=True)
    approx = r.flag(f"{key}.approx", item.get("approx", False))
    actors = r.texts(f"{key}.actors", item.get("actors"))
    links = r.texts(f"{key}.links", item.get("links"))
    explicit = r.text(f"{key}.id", item.get("id") or "")
    if explicit and not is_safe_slug(explicit):
        r.error(f"{key}.id", f"{explicit!r} is not a valid id (use lowercase letters, digits and dashes)")
        return None
    if date is None or not text:
        return None
    return Event(
        id=explicit or event_id(date, text), date=date, text=text, approx=approx, actors=actors,
        sources=(article_id,) if article_id else (), links=links, origin=origin, line=r.line(key),
        explicit_id=bool(explicit),
    )


def event_id(date: PartialDate, text: str) -> str:
    """A readable id that survives rebuilds: the date and the first words of the text."""
    words = slugify(text, "event").split("-")[:8]
    return f"{date.iso}-{'-'.join(words)}"


def load_actor(path: Path, site: Path, problems: Problems) -> Actor | None:
    opened = _open(path, site, problems, ACTOR_FIELDS)
    if opened is None:
        return None
    rel, doc, r = opened
    actor_id = _file_id(path, "", r)
    name = r.text("name") or path.stem.replace("-", " ").title()
    actor = Actor(
        id=actor_id, name=name, kind=(r.text("kind") or "actor").lower(), aliases=r.texts("aliases"),
        roles=r.texts("roles"), affiliation=r.text("affiliation"), body=doc.body, path=rel,
        old_ids=tuple(slugify(o) for o in r.texts("old_ids")), lines=dict(doc.lines),
    )
    return actor if r.ok else None


def load_background(path: Path, site: Path, problems: Problems) -> list[Event]:
    rel = _rel(path, site)
    try:
        data, lines = load_yaml(read_text(path, rel), rel)
    except BriefingError as exc:
        problems.items.append(exc.problem)
        return []
    if data is None:
        return []
    if not isinstance(data, list):
        problems.error(rel, 1, "expected a list of events (each '- date: ...' with text)")
        return []
    r = FieldReader({"events": data}, {f"events{k}": v for k, v in lines.items()}, rel, problems)
    events = []
    for i, item in enumerate(data):
        event = _event(r, f"events[{i}]", item, rel)
        if event is not None:
            events.append(event)
    return events
