"""The build: the one module that knows the order of the stages.

    load → annotate → link → render → write

``check`` is the same run without render and write. A :class:`BuildCache`
carries what is worth keeping between builds (the fingerprint of every output,
the HTML of every Markdown body, what each page read); ``serve`` keeps it in
memory, ``build`` on disk in ``.briefing-cache/``, which can be deleted at any
time.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import os
import multiprocessing
import pickle
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from generator.annotate import Filters, annotate
from generator.config import SiteConfig, load_config
from generator.errors import BriefingError, Problem, Problems
from generator.export import briefing_json, search_index
from generator.incremental import PageRecord, PageState, reusable
from generator.link import Briefing, link
from generator.load import FileCache, load_content
from generator.markup import MarkdownRenderer, MentionLinker, MentionTarget, names_pattern, plain_text, surname
from generator.pages import Item, PageBuilder, actor_path, chronology_pages
from generator.paths import relurl
from generator.render import THEME, Output, Renderer, code_fingerprint
from generator.write import Staging

OUTPUT = "public"
CACHE_DIR = ".briefing-cache"
CACHE_VERSION = 3


@dataclass(frozen=True)
class BuildOptions:
    strict: bool = False  # any problem, even a warning, fails the build
    drafts: bool = False
    future: bool = False
    today: dt.date | None = None  # "now" for embargoes; tests pin it
    write: bool = True  # False: check only
    persist_cache: bool = True  # keep the cache on disk (serve keeps it in memory)
    workers: int = 0  # render processes; 0 chooses by the size of the site


@dataclass
class BuildCache:
    """What the last build made: output fingerprints, rendered Markdown, and what each page read."""

    manifest: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # path → (fingerprint, size, mtime_ns)
    markdown: dict[str, tuple[str, str]] = field(default_factory=dict)  # key → (safe HTML, plain text)
    files: FileCache = field(default_factory=dict)  # content file → what it loaded to
    derived: dict = field(default_factory=dict)  # link-stage results by the hash of their inputs
    live: dict = field(default_factory=dict)  # what cannot be saved (compiled templates); kept by serve only

    @classmethod
    def load(cls, folder: Path) -> "BuildCache":
        try:
            with open(folder / "state.pickle", "rb") as f:
                version, code, manifest, markdown, files, derived = pickle.load(f)
            if version == CACHE_VERSION and code == code_fingerprint():
                return cls(manifest, markdown, files, derived)
        except Exception:  # a missing, old or damaged cache is simply no cache
            pass
        return cls()

    def save(self, folder: Path) -> None:
        folder.mkdir(exist_ok=True)
        tmp = folder / f"state.pickle.{os.getpid()}"
        with open(tmp, "wb") as f:
            pickle.dump((CACHE_VERSION, code_fingerprint(), self.manifest, self.markdown, self.files, self.derived), f,
                        protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / "state.pickle")


@dataclass
class BuildReport:
    problems: list[Problem] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    made: list[str] = field(default_factory=list)  # pages made (and fingerprinted) this build; the rest were kept unread
    outputs: int = 0
    published: bool = False  # public/ was replaced by this build
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, for benchmarks
    briefing: Briefing | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]


def build(site: Path, options: BuildOptions = BuildOptions(), cache: BuildCache | None = None) -> BuildReport:
    """Build ``site`` into ``site/public``; problems are returned, never raised."""
    started = time.perf_counter()
    site = site.resolve()
    problems = Problems(site)
    report = BuildReport()
    # A build allocates millions of long-lived objects and few cycles; the collector's repeated
    # full passes over them cost a third of a large build, so it rests until the build is done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        _run(site, options, cache, problems, report)
    except BriefingError as exc:
        problems.items.append(exc.problem)
    finally:
        if collecting:
            gc.enable()
    report.problems = list(problems)
    report.seconds = time.perf_counter() - started
    return report


def _run(site: Path, options: BuildOptions, cache: BuildCache | None, problems: Problems, report: BuildReport) -> None:
    timings = report.timings
    cache_dir = site / CACHE_DIR
    if cache is None:
        cache = BuildCache.load(cache_dir) if options.persist_cache and options.write else BuildCache()
    mark = time.perf_counter()
    config = load_config(site, problems)
    content = load_content(site, problems, cache.files)
    timings["load"] = time.perf_counter() - mark
    mark = time.perf_counter()
    filters = Filters(drafts=options.drafts, future=options.future, today=options.today or dt.date.today())
    annotated = annotate(content, filters, problems, cache.derived.setdefault("annotate", {}))
    timings["annotate"] = time.perf_counter() - mark
    mark = time.perf_counter()
    briefing = link(annotated, config.related_articles, cache.derived)
    timings["link"] = time.perf_counter() - mark
    report.briefing = briefing
    if not options.write or _blocked(problems, options):
        return

    public = site / OUTPUT
    public_dir = os.fspath(public)
    mark = time.perf_counter()
    event_pages = chronology_pages(briefing.events, config.chronology_page_events)
    builder = PageBuilder(briefing, config, None, event_pages)
    state = cache.derived.get("pages")
    facts = builder.facts(state.facts if state else None)
    items = builder.plan()
    signature = _signature(config)
    templates = Renderer(site, config, problems, cache.derived.setdefault("templates", {}), cache.live)
    kept = reusable(items, state, signature, facts, templates.template_fingerprint,
                    lambda path: _intact(cache, public_dir, path), cache.markdown)
    todo = [item for item in items if item not in kept]
    workers = _worker_count(options.workers, len(todo))
    timings["plan"] = time.perf_counter() - mark

    with Staging(public) as staging:
        mark = time.perf_counter()
        manifest: dict[str, tuple[str, int, int]] = {}
        texts: dict[str, str] = {}
        cache_entries: dict[str, tuple[str, str]] = {}
        job = _RenderJob(site, config, briefing, cache, public, staging, todo, workers, builder)
        shares = _run_shares(job)
        records = dict(kept)
        for share in shares:
            problems.extend(share.problems)
            for path in share.manifest:
                if path in manifest:
                    problems.error("", None, f"two pages would be written to public/{path}")
            manifest.update(share.manifest)
            texts.update(share.texts)
            cache_entries.update(share.markdown)
            records.update(share.records)
            report.made += share.made
            staging.report.written += share.written
            staging.report.kept += share.kept
        for record in kept.values():  # pages nothing has touched since the last build: the same files
            for path, _, _ in record.outputs:
                if path in manifest:
                    problems.error("", None, f"two pages would be written to public/{path}")
                staging.keep(path)
                manifest[path] = cache.manifest[path]
            for body_id, key in record.bodies:
                cache_entries[key] = cache.markdown[key]
                if not body_id.startswith(("actor:", "notes:")):
                    texts[body_id] = cache.markdown[key][1]
        timings["render"] = time.perf_counter() - mark
        mark = time.perf_counter()
        export = briefing_json(briefing, texts, config.title, event_pages, cache.derived)
        index = search_index(briefing)
        for out in [_bytes_output("data/briefing.json", export), _bytes_output("data/search-index.js", index),
                    *static_outputs(site, problems)]:
            if out.path in manifest:
                problems.error("", None, f"two files would be written to public/{out.path}")
                continue
            if _previous(cache, public, out.path) == out.fingerprint:  # a hash of the bytes: the same file
                staging.keep(out.path)
            else:
                staging.add(out, differs=out.path in cache.manifest)
            st = (staging.stage / out.path).stat()
            manifest[out.path] = (out.fingerprint, st.st_size, st.st_mtime_ns)
        timings["export"] = time.perf_counter() - mark
        if _blocked(problems, options):
            return
        staging.paths = set(manifest)
        result = staging.commit()
    report.written, report.kept, report.removed = result.written, result.kept, result.removed
    report.outputs = len(manifest)
    report.published = True
    cache.manifest = manifest
    cache.markdown = cache_entries  # only what this build used, so the cache never grows stale
    cache.derived["pages"] = PageState(signature, facts, records)
    if options.persist_cache:
        cache.save(cache_dir)


@dataclass
class _RenderJob:
    """Everything a worker needs; handed over by fork, never pickled."""

    site: Path
    config: SiteConfig
    briefing: Briefing
    cache: BuildCache
    public: Path
    staging: Staging
    items: list[Item]  # the pages to make
    workers: int
    builder: PageBuilder


@dataclass
class _Share:
    """What one worker made: its outputs' manifest entries, problems and rendered Markdown."""

    manifest: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    markdown: dict[str, tuple[str, str]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    records: dict[Item, PageRecord] = field(default_factory=dict)
    made: list[str] = field(default_factory=list)


def _worker_count(requested: int, items: int) -> int:
    """Small sites render in-process; large ones use every core (up to 4) through fork."""
    if requested > 0:
        return requested
    if items < 400 or not hasattr(os, "fork") or sys.platform == "darwin":
        return 1
    return max(1, min(os.cpu_count() or 1, 4))


def _render_share(job: _RenderJob, k: int) -> _Share:
    """Render every ``workers``-th page starting at ``k`` straight into the staging folder."""
    share = _Share()
    problems = Problems(job.site)
    mine = job.items[k :: job.workers]
    articles = [key for kind, key in mine if kind == "article"]
    actors = [key for kind, key in mine if kind == "actor"]
    bodies, share.markdown, keys = render_bodies(job.briefing, job.config, job.cache, articles, actors)
    share.texts = {a: bodies[a][1] for a in articles}
    builder = job.builder
    builder.bodies = {k: html for k, (html, _) in bodies.items()}
    renderer = Renderer(job.site, job.config, problems, job.cache.derived.setdefault("templates", {}), job.cache.live)
    staging = job.staging
    staging.report.written, staging.report.kept = [], []
    for item in mine:
        pages, reads = builder.make_recorded(item)
        outputs = []
        for page in pages:
            share.made.append(page.path)
            out = renderer.render(page, _previous(job.cache, job.public, page.path))
            if out is None:
                reads = None  # a page that failed is made again next time
                continue
            staging.add(out)
            st = (staging.stage / out.path).stat()
            share.manifest[out.path] = (out.fingerprint, st.st_size, st.st_mtime_ns)
            outputs.append((out.path, page.template, renderer.template_fingerprint(page.template)))
        if reads is not None:
            body_ids = (item[1], f"notes:{item[1]}") if item[0] == "article" else (f"actor:{item[1]}",) if item[0] == "actor" else ()
            used = tuple((body_id, keys[body_id]) for body_id in body_ids if body_id in keys)
            share.records[item] = PageRecord(reads, tuple(outputs), used)
    share.written, share.kept = staging.report.written, staging.report.kept
    staging.report.written, staging.report.kept = [], []
    share.problems = list(problems)
    return share


def _run_shares(job: _RenderJob) -> list[_Share]:
    if job.workers == 1:
        return [_render_share(job, 0)]
    context = multiprocessing.get_context("fork")
    pipes = []
    procs = []
    for k in range(job.workers):
        receive, send = context.Pipe(duplex=False)

        def work(k: int = k, send=send) -> None:
            try:
                send.send(("ok", _render_share(job, k)))
            except BaseException:  # report the worker's failure to the parent, which re-raises
                send.send(("error", traceback.format_exc()))
            finally:
                send.close()

        proc = context.Process(target=work, daemon=True)
        proc.start()
        send.close()
        pipes.append(receive)
        procs.append(proc)
    shares = []
    failure = None
    for receive in pipes:
        try:
            status, value = receive.recv()
        except EOFError:
            status, value = "error", "a render worker died without a word"
        if status == "ok":
            shares.append(value)
        else:
            failure = value
    for proc in procs:
        proc.join()
    if failure:
        raise RuntimeError(f"rendering failed in a worker:\n{failure}")
    return shares


def _blocked(problems: Problems, options: BuildOptions) -> bool:
    """With --strict any problem stops the build before it writes; errors never do otherwise."""
    return options.strict and len(problems) > 0


def _previous(cache: BuildCache, public: Path, path: str) -> str | None:
    """The last fingerprint of ``path``, if its file is still the one that build wrote."""
    return cache.manifest[path][0] if _intact(cache, os.fspath(public), path) else None


def _signature(config: SiteConfig) -> str:
    """What every page depends on besides its facts and templates: the code and the settings."""
    return hashlib.blake2b(pickle.dumps((code_fingerprint(), config), protocol=5), digest_size=16).hexdigest()


def _intact(cache: BuildCache, public: str, path: str) -> bool:
    """Whether the last build's file at ``path`` is still there as it wrote it (strings: called per page)."""
    entry = cache.manifest.get(path)
    if entry is None:
        return False
    try:
        st = os.stat(os.path.join(public, path))
    except OSError:
        return False
    return (st.st_size, st.st_mtime_ns) == entry[1:]


def _bytes_output(path: str, data: bytes) -> Output:
    return Output(path, data, hashlib.blake2b(data, digest_size=16).hexdigest())


def static_outputs(site: Path, problems: Problems) -> list[Output]:
    """The theme's static files, then the site's own ``static/`` (which wins on a clash)."""
    files: dict[str, Path] = {}
    for root in (THEME / "static", site / "static"):
        if not root.is_dir():
            continue
        for dirpath, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                if name.startswith("."):
                    continue
                path = Path(dirpath) / name
                if path.is_symlink() and not path.resolve().is_relative_to(root.resolve()):
                    problems.warning(path.relative_to(site).as_posix() if path.is_relative_to(site) else str(path),
                                     None, "symlink pointing outside static/; not copied")
                    continue
                files["static/" + path.relative_to(root).as_posix()] = path
    outputs = []
    for rel, path in files.items():
        try:
            outputs.append(_bytes_output(rel, path.read_bytes()))
        except OSError as exc:
            problems.error(rel, None, f"cannot read: {exc.strerror or exc}")
    return outputs


def mention_targets(briefing: Briefing, article_actor_ids: list[str], from_page: str) -> list[MentionTarget]:
    """The names each of an article's actors goes by, surnames only where unambiguous."""
    actors = [briefing.actors[a] for a in article_actor_ids]
    taken = {n for a in actors for n in (a.name, *a.aliases)}
    surnames: dict[str, list[str]] = {}
    for a in actors:
        if a.kind == "person":
            s = surname(a.name)
            if s and s not in taken:
                surnames.setdefault(s, []).append(a.id)
    targets = []
    for a in actors:
        names = [a.name, *a.aliases]
        s = surname(a.name) if a.kind == "person" else ""
        if s and surnames.get(s) == [a.id]:
            names.append(s)
        targets.append(MentionTarget(relurl(from_page, actor_path(a.id)), a.name, tuple(names)))
    return targets


def render_bodies(briefing: Briefing, config: SiteConfig, cache: BuildCache, article_ids: list[str],
                  actor_ids: list[str]) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]], dict[str, str]]:
    """Markdown → (safe HTML, plain text) for the given articles and actor profiles, reusing unchanged results.

    A body's cache key is its text and the names of its actors (all that its
    mention links depend on), so the names need not be turned into link
    targets unless the body must be rendered again. Returns the bodies (by
    article id, and ``actor:ID`` for profiles), the cache entries they used
    and each body's cache key.
    """
    fresh: dict[str, tuple[str, str]] = {}
    bodies: dict[str, tuple[str, str]] = {}
    keys: dict[str, str] = {}
    todo: list[tuple[str, str, str, str]] = []  # (key id, cache key, text, article id or "")

    def key_of(text: str, actors: list[str]) -> str:
        names = [(a.id, a.name, a.kind, a.aliases) for a in map(briefing.actors.__getitem__, actors)]
        return hashlib.blake2b(pickle.dumps((text, names), protocol=5), digest_size=16).hexdigest()

    for article_id in article_ids:
        article = briefing.articles[article_id]
        actors = [r.name for r in article.actors] if config.link_mentions else []
        todo.append((article_id, key_of(article.body, actors), article.body, article_id))
        if article.notes.strip():  # the analyst's notes: Markdown too, but no mention is linked in them
            todo.append((f"notes:{article_id}", key_of(article.notes, []), article.notes, ""))
    for actor_id in actor_ids:
        actor = briefing.actors[actor_id]
        if actor.body.strip():
            todo.append((f"actor:{actor_id}", key_of(actor.body, []), actor.body, ""))

    missing = [item for item in todo if item[1] not in cache.markdown]
    # one site-wide name pattern pays off only when many bodies are rendered (a cold build)
    pattern = names_pattern({n for a in briefing.articles.values() for t in mention_targets(
        briefing, [r.name for r in a.actors], "") for n in t.names}) if len(missing) > 50 else None
    renderer = MarkdownRenderer() if missing else None
    for key_id, key, text, article_id in todo:
        entry = cache.markdown.get(key)
        if entry is None:
            targets = []
            if article_id and config.link_mentions:
                targets = mention_targets(briefing, [r.name for r in briefing.articles[article_id].actors],
                                          f"articles/{article_id}.html")
            html = renderer.to_html(text, MentionLinker(targets, pattern) if targets else None)  # type: ignore[union-attr]
            entry = (html, plain_text(html))
        fresh[key] = entry
        bodies[key_id] = entry
        keys[key_id] = key
    return bodies, fresh, keys
