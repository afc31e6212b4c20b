"""The build: the one module that knows the order of the stages.

    load → annotate → link → render → write

``check`` is the same run without render and write. A :class:`BuildCache`
carries what is worth keeping between builds (the fingerprint of every output
and the HTML of every Markdown body); ``serve`` keeps it in memory, ``build``
on disk in ``.briefing-cache/``, which can be deleted at any time.
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
from generator.link import Briefing, link
from generator.load import FileCache, load_content
from generator.markup import MarkdownRenderer, MentionLinker, MentionTarget, names_pattern, plain_text, surname
from generator.pages import PageBuilder, actor_path, chronology_pages
from generator.paths import relurl
from generator.render import THEME, Output, Renderer, code_fingerprint
from generator.write import Staging

OUTPUT = "public"
CACHE_DIR = ".briefing-cache"
CACHE_VERSION = 2


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
    """What the last build made: output fingerprints and rendered Markdown."""

    manifest: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # path → (fingerprint, size, mtime_ns)
    markdown: dict[str, tuple[str, str]] = field(default_factory=dict)  # key → (safe HTML, plain text)
    files: FileCache = field(default_factory=dict)  # content file → what it loaded to
    derived: dict = field(default_factory=dict)  # link-stage results by the hash of their inputs

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
    annotated = annotate(content, filters, problems)
    timings["annotate"] = time.perf_counter() - mark
    mark = time.perf_counter()
    briefing = link(annotated, config.related_articles, cache.derived)
    timings["link"] = time.perf_counter() - mark
    report.briefing = briefing
    if not options.write or _blocked(problems, options):
        return

    public = site / OUTPUT
    event_pages = chronology_pages(briefing.events, config.chronology_page_events)
    items = PageBuilder(briefing, config, {}, event_pages).plan()
    workers = _worker_count(options.workers, len(items))

    with Staging(public) as staging:
        mark = time.perf_counter()
        job = _RenderJob(site, config, briefing, cache, public, staging, items, workers, event_pages)
        shares = _run_shares(job)
        timings["render"] = time.perf_counter() - mark
        manifest: dict[str, tuple[str, int, int]] = {}
        texts: dict[str, str] = {}
        cache_entries: dict[str, tuple[str, str]] = {}
        for share in shares:
            problems.extend(share.problems)
            for path in share.manifest:
                if path in manifest:
                    problems.error("", None, f"two pages would be written to public/{path}")
            manifest.update(share.manifest)
            texts.update(share.texts)
            cache_entries.update(share.markdown)
            staging.report.written += share.written
            staging.report.kept += share.kept
        mark = time.perf_counter()
        export = briefing_json(briefing, texts, config.title, event_pages, cache.derived)
        index = search_index(briefing)
        for out in [_bytes_output("data/briefing.json", export), _bytes_output("data/search-index.js", index),
                    *static_outputs(site, problems)]:
            if out.path in manifest:
                problems.error("", None, f"two files would be written to public/{out.path}")
                continue
            staging.add(out)
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
    items: list[tuple[str, str]]
    workers: int
    event_pages: dict[str, str]


@dataclass
class _Share:
    """What one worker made: its outputs' manifest entries, problems and rendered Markdown."""

    manifest: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    markdown: dict[str, tuple[str, str]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)


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
    bodies, share.markdown = render_bodies(job.briefing, job.config, job.cache, articles, actors)
    share.texts = {a: bodies[a][1] for a in articles}
    builder = PageBuilder(job.briefing, job.config, {k: html for k, (html, _) in bodies.items()}, job.event_pages)
    renderer = Renderer(job.site, job.config, problems, job.cache.derived.setdefault("templates", {}))
    staging = job.staging
    staging.report.written, staging.report.kept = [], []
    for item in mine:
        for page in builder.make(item):
            out = renderer.render(page, _previous(job.cache, job.public, page.path))
            if out is None:
                continue
            staging.add(out)
            st = (staging.stage / out.path).stat()
            share.manifest[out.path] = (out.fingerprint, st.st_size, st.st_mtime_ns)
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
    entry = cache.manifest.get(path)
    if entry is None:
        return None
    try:
        st = (public / path).stat()
    except OSError:
        return None
    return entry[0] if (st.st_size, st.st_mtime_ns) == entry[1:] else None


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
                  actor_ids: list[str]) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """Markdown → (safe HTML, plain text) for the given articles and actor profiles, reusing unchanged results.

    A body's cache key is its text and the names of its actors (all that its
    mention links depend on), so the names need not be turned into link
    targets unless the body must be rendered again. Returns the bodies (by
    article id, and ``actor:ID`` for profiles) and the cache entries they used.
    """
    fresh: dict[str, tuple[str, str]] = {}
    bodies: dict[str, tuple[str, str]] = {}
    todo: list[tuple[str, str, str, str]] = []  # (key id, cache key, text, article id or "")

    def key_of(text: str, actors: list[str]) -> str:
        names = [(a.id, a.name, a.kind, a.aliases) for a in map(briefing.actors.__getitem__, actors)]
        return hashlib.blake2b(pickle.dumps((text, names), protocol=5), digest_size=16).hexdigest()

    for article_id in article_ids:
        article = briefing.articles[article_id]
        actors = [r.name for r in article.actors] if config.link_mentions else []
        todo.append((article_id, key_of(article.body, actors), article.body, article_id))
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
    return bodies, fresh
