"""Clean article + annotations → the article file and actor stubs, written without losing anything.

The analyst's edits in ``content/`` are the truth, so this module never
overwrites: a new file is created only where none exists, a replaced article
(``--force``) is kept as a numbered backup first, and every file is written
to a temporary name in its own folder and moved into place, so a crash leaves
the old file or the new one, never half of either.

Output is deterministic (fixed key order, no timestamps, no YAML anchors):
ingesting the same input against the same registry gives the same bytes,
which is how a re-ingest can say "unchanged".
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.ingest.clean import escape_markdown
from generator.ingest.registry import Registry
from generator.ingest.types import Annotations, CleanArticle, FoundActor, KnownActor
from generator.ingest.yaml_text import dump_yaml
from generator.errors import BriefingError
from generator.frontmatter import parse
from generator.model import PartialDate, name_key
from generator.paths import safe_join, slugify

ARTICLES = "content/articles"
ACTORS = "content/actors"
SEEDS = "seeds"
SLUG_LENGTH = 60  # characters of headline in a file name; the date prefix comes on top
_WEAK_ENDINGS = {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "with", "at", "by", "from", "as",
                 "is", "are", "was", "its", "his", "her", "their", "s"}
_ACRONYM = re.compile(r"\b(?:[A-Za-z]\.){2,}")

# -- names --------------------------------------------------------------------------------------


def article_slug(title: str, published: dt.date | None) -> str:
    """``2021-11-12-us-eu-warn-russia-against-new-threats-to-ukraine``.

    The date prefix keeps ``content/articles/`` in reading order and keeps apart
    the same headline on different days ("Talks end without a deal"); the
    headline part is cut at a word boundary so addresses stay readable.
    """
    title = _ACRONYM.sub(lambda m: m[0].replace(".", ""), title)  # "U.S." → "us", not "u-s"
    slug = slugify(title, fallback="article")
    if len(slug) > SLUG_LENGTH:
        slug = slug[: SLUG_LENGTH + 1].rsplit("-", 1)[0]
    words = slug.split("-")
    while len(words) > 3 and words[-1] in _WEAK_ENDINGS:
        words.pop()
    slug = "-".join(words)
    return f"{published.isoformat()}-{slug}" if published else slug


def article_candidates(slug: str):
    """``slug``, ``slug-2``, ``slug-3`` ...: where an article may go when its name is taken."""
    yield slug
    n = 2
    while True:
        yield f"{slug}-{n}"
        n += 1


# -- reading what is there ----------------------------------------------------------------------


def front_matter(text: str) -> dict | None:
    """The YAML front matter of a content file (read as the build reads it), or None when it has none
    or it does not parse."""
    try:
        doc = parse(text.replace("\r\n", "\n"), "")
    except BriefingError:
        return None
    return doc.meta if text.lstrip("\ufeff").startswith("---") else None


def load_known_actors(site: Path) -> tuple[list[KnownActor], set[str], list[tuple[str, str]]]:
    """The registry: actors with a file, every id already taken, and (path, message) warnings."""
    known: list[KnownActor] = []
    taken: set[str] = set()
    warnings: list[tuple[str, str]] = []
    folder = site / ACTORS
    if not folder.is_dir():
        return known, taken, warnings
    for path in _content_files(folder):
        actor_id = path.stem
        taken.add(actor_id)
        rel = f"{ACTORS}/{path.relative_to(folder).as_posix()}"
        try:
            meta = front_matter(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            warnings.append((rel, f"cannot read ({getattr(exc, 'strerror', None) or exc}); not used for matching"))
            continue
        if meta is None:
            warnings.append((rel, "no readable front matter; not used for matching"))
            continue
        aliases = meta.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [aliases]
        name = str(meta.get("name") or actor_id.replace("-", " ").title())
        known.append(KnownActor(
            id=actor_id, name=name, kind=str(meta.get("kind") or ""),
            aliases=tuple(str(a) for a in aliases if isinstance(a, (str, int)) and str(a).strip()),
        ))
    return known, taken, warnings


def index_sources(site: Path) -> dict[str, str]:
    """``source_file`` → the article file (site-relative) that was ingested from it."""
    index: dict[str, str] = {}
    folder = site / ARTICLES
    if not folder.is_dir():
        return index
    for path in _content_files(folder):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if "source_file:" not in text:
            continue
        meta = front_matter(text) or {}
        source = meta.get("source_file")
        if isinstance(source, str) and source:
            index.setdefault(source, f"{ARTICLES}/{path.relative_to(folder).as_posix()}")
    return index


def _content_files(folder: Path) -> list[Path]:
    """``*.md`` under ``folder``, sub-folders included, hidden ones not: what the build reads."""
    return sorted(p for p in folder.rglob("*.md")
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts))


# -- rendering ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stub:
    """A new actor's file: the registry entry that later ingests will match by name."""

    actor: KnownActor
    rel: str
    text: str


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str  # the whole article file
    stubs: tuple[Stub, ...]
    actors: int
    quotes: int
    events: int


def render_article(
    article: CleanArticle,
    ann: Annotations,
    known: Sequence[KnownActor],
    *,
    source_file: str,
    article_rel: str,
    taken_ids: set[str] = frozenset(),
    markdown: bool = False,
    extra: dict | None = None,
) -> Rendered:
    """The article file's text, and a stub for every new actor that has no file yet.

    Actors are written by id when they have a file: the known ones, and the new
    ones whose stub is made now. A new actor thus reads the same on a re-ingest,
    when its stub has become a known actor.
    """
    known_by_id = Registry.of(known).by_id
    known_ids = known_by_id.keys()
    ids: dict[str, str] = {}  # FoundActor.name → id
    stubs: dict[str, Stub] = {}
    entries: list[object] = []
    seen: set[str] = set()
    for actor in ann.actors:
        actor_id = actor.id if actor.id in known_ids else ""
        if not actor_id:
            candidate = slugify(actor.name, fallback="actor")
            if candidate in stubs:
                actor_id = candidate
            elif candidate not in known_ids and candidate not in taken_ids:
                stubs[candidate] = _stub(candidate, actor, article_rel)
                actor_id = candidate
        key = actor_id or actor.name
        if actor_id:
            ids[actor.name] = actor_id
        if key in seen:
            continue
        seen.add(key)
        new_forms = _new_forms(actor, known_by_id.get(actor_id))
        if actor_id and new_forms:  # the registry learns the forms this article uses, through the article
            entries.append({"name": actor_id, **({"role": actor.role} if actor.role else {}), "aliases": new_forms})
        elif actor_id:
            entries.append({actor_id: actor.role} if actor.role else actor_id)
        else:
            entries.append({"name": actor.name, **({"role": actor.role} if actor.role else {}), "kind": actor.kind})
    # A quotation with no clear speaker is left out (GOLD_GUIDE): it cannot be shown on anyone's page.
    quotes = [{"speaker": ids.get(q.speaker, q.speaker), "text": q.text}
              for q in ann.quotes if q.text.strip() and q.speaker.strip()]
    events = [
        {
            "date": _event_date(e.date),
            "text": e.text,
            "actors": list(dict.fromkeys(ids.get(a, a) for a in e.actors)),
            "approx": bool(e.approx),
        }
        for e in ann.events if e.text.strip()
    ]
    extra = extra or {}
    meta: dict[str, object] = {"title": article.title}
    if article.published:
        meta["date"] = article.published
    for key, value in (("outlet", article.outlet), ("url", article.url), ("authors", list(article.authors)),
                       ("credits", article.credits), ("summary", extra.get("summary")), ("notes", extra.get("notes")),
                       ("source_file", source_file), ("tags", extra.get("tags")),
                       ("places", list(dict.fromkeys(ann.places))), ("actors", entries), ("quotes", quotes),
                       ("events", events), ("draft", extra.get("draft"))):
        if value not in (None, "", []):
            meta[key] = value
    paragraphs = article.paragraphs if markdown else [escape_markdown(p) for p in article.paragraphs]
    body = "\n\n".join(p.strip("\n") for p in paragraphs if p.strip())
    text = f"---\n{dump_yaml(meta)}---\n{body}\n"
    return Rendered(text, tuple(stubs.values()), len(entries), len(quotes), len(events))


def _new_forms(actor: FoundActor, known: KnownActor | None) -> list[str]:
    """Names this article uses for a known actor that its file does not list.

    They go into the article's actor entry (``aliases:``), never into the
    analyst's actor file, and the build adds them to the actor's aliases.
    """
    if known is None:
        return []
    names = (known.name, *known.aliases)
    forms = (actor.name, *actor.aliases)
    if all(form in names for form in forms if form):
        return []  # (most actors: every form is one the file lists as it is, so its key is one of theirs)
    have = {name_key(n) for n in names}
    out: list[str] = []
    for form in forms:
        key = name_key(form) if form else None
        if key is not None and key not in have:
            have.add(key)
            out.append(form)
    return out


def _event_date(date: PartialDate) -> object:
    """A YAML date when known to the day, else the ``YYYY-MM`` / ``YYYY`` string."""
    if date.precision == "day":
        return date.first_day()
    return date.iso


def _stub(actor_id: str, actor: FoundActor, article_rel: str) -> Stub:
    aliases = [a for a in dict.fromkeys(actor.aliases) if a and a != actor.name]
    meta = {"name": actor.name, "kind": actor.kind, "aliases": aliases, "roles": [actor.role] if actor.role else []}
    text = f"---\n{dump_yaml(meta)}---\nStub made by `briefing ingest` from {article_rel}; write the profile here.\n"
    known = KnownActor(id=actor_id, name=actor.name, kind=actor.kind, aliases=tuple(aliases))
    return Stub(known, f"{ACTORS}/{actor_id}.md", text)


# -- writing ------------------------------------------------------------------------------------


def site_path(site: Path, rel: str) -> Path:
    """A site-relative output path as a real path; refuses anything that would leave the site."""
    return safe_join(site, rel)


def write_atomic(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    ``exclusive`` refuses (FileExistsError) to replace a file that exists,
    even one that appeared since we last looked.
    """
    fd, tmp = _temporary_beside(path)
    try:
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)
        if exclusive:
            try:
                os.link(tmp, path)  # atomic, and fails if the name is taken
            except FileExistsError:
                raise
            except OSError:  # file systems without hard links
                if path.exists():
                    raise FileExistsError(path) from None
                os.replace(tmp, path)
                return
            os.unlink(tmp)
        else:
            os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _write_all(fd: int, data: bytes) -> None:
    """``data`` written to the open file ``fd`` (what a file object's write does, without making one: an ingest
    writes a dozen small files an article)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


_temporary_numbers = itertools.count()
_TEMPORARY_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _temporary_beside(path: Path) -> tuple[int, str]:
    """A new, empty file next to ``path`` (its folder made if need be), created with the mode the user's umask
    gives ordinary files. Not ``tempfile.mkstemp``: its 0600 needs a chmod after, and its random names cost
    more than the write itself when an ingest writes a dozen actor stubs an article."""
    folder, name = os.path.split(path)  # (the folder and the name as strings, without making a Path of the folder)
    while True:
        tmp = os.path.join(folder, f".{name}.{os.getpid()}-{next(_temporary_numbers)}.tmp")
        try:
            return os.open(tmp, _TEMPORARY_FLAGS, 0o666), tmp
        except FileExistsError:
            continue  # left by a process of the same number that crashed: take the next name
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)


def backup(path: Path) -> Path:
    """Copy ``path`` to the first free ``NAME.bak``, ``NAME.bak2`` ...; never over an older backup."""
    data = path.read_bytes()
    n = 1
    while True:
        target = path.with_name(f"{path.name}.bak" + (str(n) if n > 1 else ""))
        try:
            write_atomic(target, data, exclusive=True)
            return target
        except FileExistsError:
            n += 1
