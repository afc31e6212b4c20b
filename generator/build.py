"""The build: the one module that knows the order of the stages.

    load → annotate → link → render → write

``check`` is the same run without render and write. A :class:`BuildCache`
carries what is worth keeping between builds (the fingerprint of every output
and the HTML of every Markdown body); ``serve`` keeps it in memory, ``build``
on disk in ``.briefing-cache/``, which can be deleted at any time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import time
from dataclasses import dataclass, field
from pathlib import Path

from generator.annotate import Filters, annotate
from generator.config import SiteConfig, load_config
from generator.errors import BriefingError, Problem, Problems
from generator.export import briefing_data, to_json
from generator.link import Briefing, link
from generator.load import load_content
from generator.markup import MarkdownRenderer, MentionLinker, MentionTarget, names_pattern, surname
from generator.pages import PageBuilder, actor_path
from generator.paths import relurl
from generator.render import THEME, Output, Renderer
from generator.write import Staging

OUTPUT = "public"
CACHE_DIR = ".briefing-cache"
CACHE_VERSION = 1


@dataclass(frozen=True)
class BuildOptions:
    strict: bool = False  # any problem, even a warning, fails the build
    drafts: bool = False
    future: bool = False
    today: dt.date | None = None  # "now" for embargoes; tests pin it
    write: bool = True  # False: check only
    persist_cache: bool = True  # keep the cache on disk (serve keeps it in memory)


@dataclass
class BuildCache:
    """What the last build made: output fingerprints and rendered Markdown."""

    manifest: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # path → (fingerprint, size, mtime_ns)
    markdown: dict[str, str] = field(default_factory=dict)  # key → safe HTML

    @classmethod
    def load(cls, folder: Path) -> "BuildCache":
        try:
            with open(folder / "state.pickle", "rb") as f:
                version, manifest, markdown = pickle.load(f)
            if version == CACHE_VERSION:
                return cls(manifest, markdown)
        except Exception:  # a missing, old or damaged cache is simply no cache
            pass
        return cls()

    def save(self, folder: Path) -> None:
        folder.mkdir(exist_ok=True)
        tmp = folder / f"state.pickle.{os.getpid()}"
        with open(tmp, "wb") as f:
            pickle.dump((CACHE_VERSION, self.manifest, self.markdown), f, protocol=5)
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
    try:
        _run(site, options, cache, problems, report)
    except BriefingError as exc:
        problems.items.append(exc.problem)
    report.problems = list(problems)
    report.seconds = time.perf_counter() - started
    return report


def _run(site: Path, options: BuildOptions, cache: BuildCache | None, problems: Problems, report: BuildReport) -> None:
    timings = report.timings
    mark = time.perf_counter()
    config = load_config(site, problems)
    content = load_content(site, problems)
    timings["load"] = time.perf_counter() - mark
    mark = time.perf_counter()
    filters = Filters(drafts=options.drafts, future=options.future, today=options.today or dt.date.today())
    annotated = annotate(content, filters, problems)
    timings["annotate"] = time.perf_counter() - mark
    mark = time.perf_counter()
    briefing = link(annotated, config.related_articles)
    timings["link"] = time.perf_counter() - mark
    report.briefing = briefing
    if not options.write or _blocked(problems, options):
        return

    cache_dir = site / CACHE_DIR
    if cache is None:
        cache = BuildCache.load(cache_dir) if options.persist_cache else BuildCache()
    public = site / OUTPUT
    renderer = Renderer(site, config, problems)
    timings = report.timings
    mark = time.perf_counter()
    bodies = render_bodies(briefing, config, cache)
    timings["markdown"] = time.perf_counter() - mark
    builder = PageBuilder(briefing, config, bodies)

    manifest: dict[str, tuple[str, int, int]] = {}
    with Staging(public) as staging:

        def place(out: Output) -> None:
            if out.path in staging.paths:
                problems.error("", None, f"two pages would be written to public/{out.path}; the second is left out")
                return
            staging.add(out)
            st = (staging.stage / out.path).stat()
            manifest[out.path] = (out.fingerprint, st.st_size, st.st_mtime_ns)

        mark = time.perf_counter()
        for page in builder.all_pages():
            out = renderer.render(page, _previous(cache, public, page.path))
            if out is not None:
                place(out)
        timings["pages"] = time.perf_counter() - mark
        mark = time.perf_counter()
        place(_bytes_output("data/briefing.json", to_json(briefing_data(briefing, bodies, config.title, config.chronology_page_events))))
        for out in static_outputs(site, problems):
            place(out)
        timings["export"] = time.perf_counter() - mark
        if _blocked(problems, options):
            return
        mark = time.perf_counter()
        result = staging.commit()
        timings["swap"] = time.perf_counter() - mark
    report.written, report.kept, report.removed = result.written, result.kept, result.removed
    report.outputs = len(manifest)
    report.published = True
    cache.manifest = manifest
    if options.persist_cache:
        cache.save(cache_dir)


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


def render_bodies(briefing: Briefing, config: SiteConfig, cache: BuildCache) -> dict[str, str]:
    """Markdown → safe HTML for every article and actor profile, reusing unchanged results."""
    renderer: MarkdownRenderer | None = None
    linkers: dict[tuple, MentionLinker] = {}
    fresh: dict[str, str] = {}
    bodies: dict[str, str] = {}

    def convert(key_id: str, text: str, targets: list[MentionTarget]) -> None:
        nonlocal renderer
        key = hashlib.blake2b(pickle.dumps((text, targets), protocol=5), digest_size=16).hexdigest()
        html = cache.markdown.get(key)
        if html is None:
            if renderer is None:
                renderer = MarkdownRenderer()
            signature = tuple(targets)
            linker = linkers.get(signature)
            if linker is None and targets:
                linker = linkers[signature] = MentionLinker(targets, pattern())
            html = renderer.to_html(text, linker)
        fresh[key] = html
        bodies[key_id] = html

    all_targets = {
        article.id: mention_targets(briefing, [r.name for r in article.actors], f"articles/{article.id}.html")
        if config.link_mentions else []
        for article in briefing.articles.values()
    }
    shared: list = []  # the site-wide pattern, compiled only if some body is not in the cache

    def pattern():
        if not shared:
            shared.append(names_pattern({n for ts in all_targets.values() for t in ts for n in t.names}))
        return shared[0]

    for article in briefing.articles.values():
        convert(article.id, article.body, all_targets[article.id])
    for actor in briefing.actors.values():
        if actor.body.strip():
            convert(f"actor:{actor.id}", actor.body, [])
    cache.markdown = fresh  # keep only what this build used, so the cache never grows stale
    return bodies
