"""Stage 4, render: pages → bytes through Jinja2, skipping pages whose inputs are unchanged.

Templates come from the site's ``layouts/`` first and the built-in theme
second, so a user overrides any template (or partial) by file name. Every
template autoescapes. A page is re-rendered only when its fingerprint (its
context, its templates and the generator's own code) differs from the last
build's; otherwise the previous output is kept as it is.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import traceback
from dataclasses import dataclass
from pathlib import Path

import jinja2
from jinja2 import meta

from generator import __version__
from generator.config import SiteConfig
from generator.errors import Problem, Problems
from generator.pages import Page, display_date, kind_label
from generator.paths import relurl

THEME = Path(__file__).parent / "themes" / "default"
LAYOUTS = "layouts"


@dataclass(frozen=True)
class Output:
    """One file of the built site. ``data`` is None when the previous build's file is still right."""

    path: str
    data: bytes | None
    fingerprint: str


class Renderer:
    """A Jinja2 environment for one site, and the fingerprints of its templates."""

    def __init__(self, site: Path, config: SiteConfig, problems: Problems, memo: dict | None = None,
                 live: dict | None = None) -> None:
        """``memo`` keeps template references between builds; ``live`` (never saved) keeps the
        Jinja environment itself, with its compiled templates, while no template file changes."""
        self.site = site
        self.config = config
        self.problems = problems
        self.env = environment(site, config, live)
        self._template_hashes: dict[str, str] = {}
        self._refs = memo if memo is not None else {}  # (name, source) → templates it refers to
        self.code = code_fingerprint()

    def template_fingerprint(self, name: str) -> str:
        """Hash of a template and every template it extends, includes or imports."""
        if name not in self._template_hashes:
            seen: set[str] = set()
            digest = hashlib.blake2b(digest_size=16)
            stack = [name]
            while stack:
                current = stack.pop()
                if current in seen:
                    continue
                seen.add(current)
                try:
                    source, filename, _ = self.env.loader.get_source(self.env, current)  # type: ignore[union-attr]
                except jinja2.TemplateNotFound:
                    digest.update(f"missing:{current}".encode())
                    continue
                digest.update(f"{current}\0{filename}\0{source}\0".encode())
                stack.extend(self._references(current, filename, source))
            self._template_hashes[name] = digest.hexdigest()
        return self._template_hashes[name]

    def _references(self, name: str, filename: str | None, source: str) -> list[str]:
        """The templates ``name`` extends, includes or imports (parsing is slow: memoised by source)."""
        key = (name, filename, source)
        if key not in self._refs:
            try:
                refs = meta.find_referenced_templates(self.env.parse(source, name, filename))
                self._refs[key] = sorted(r for r in refs if r)
            except jinja2.TemplateSyntaxError:
                self._refs[key] = []  # reported when the page renders
        return self._refs[key]

    def fingerprint(self, page: Page) -> str:
        digest = hashlib.blake2b(digest_size=16)
        digest.update(self.code.encode())
        digest.update(self.template_fingerprint(page.template).encode())
        digest.update(pickle.dumps((page.path, self.config, page.context), protocol=5))
        return digest.hexdigest()

    def render(self, page: Page, previous: str | None) -> Output | None:
        """The page's output, or None (after reporting why) when its template fails."""
        fingerprint = self.fingerprint(page)
        if fingerprint == previous:
            return Output(page.path, None, fingerprint)
        try:
            template = self.env.get_template(page.template)
            html = template.render(page.context, page_path=page.path)
        except jinja2.TemplateSyntaxError as exc:
            self.problems.items.append(Problem(self._where(exc.filename, exc.name), exc.lineno,
                                               f"template syntax: {exc.message}"))
            return None
        except jinja2.TemplateNotFound as exc:
            file, line = _template_frame(exc)
            where = self._where(file, exc.name) if file else f"{LAYOUTS}/{page.template}"
            self.problems.items.append(Problem(where, line, f"template '{exc.name}' not found (rendering {page.path})"))
            return None
        except Exception as exc:  # a template's own error, e.g. an undefined name in a user layout
            file, line = _template_frame(exc)
            where = self._where(file, page.template) if file else f"{LAYOUTS}/{page.template}"
            self.problems.items.append(Problem(where, line, f"{type(exc).__name__}: {exc} (rendering {page.path})"))
            return None
        return Output(page.path, html.encode("utf-8"), fingerprint)

    def _where(self, filename: str | None, name: str | None) -> str:
        if filename:
            path = Path(filename)
            try:
                return path.resolve().relative_to(self.site.resolve()).as_posix()
            except ValueError:
                return f"(built-in) {name or path.name}"
        return f"{LAYOUTS}/{name}"


def environment(site: Path, config: SiteConfig, live: dict | None = None) -> jinja2.Environment:
    """The Jinja2 environment for a site: its ``layouts/`` first, then the theme's.

    Compiling the templates is a large part of a small rebuild, so ``live``
    keeps the environment while the settings and every template file are
    unchanged. Any change to a template file, or a new one (which may shadow
    a theme template Jinja has already compiled), makes a fresh environment.
    """
    key = (site, config, _listing(site / LAYOUTS), _listing(THEME / LAYOUTS))
    if live is not None and live.get("jinja", (None,))[0] == key:
        return live["jinja"][1]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([
            jinja2.FileSystemLoader(str(site / LAYOUTS)),
            jinja2.FileSystemLoader(str(THEME / LAYOUTS)),
        ]),
        autoescape=True,  # every template, whatever its extension (feeds and sitemaps too)
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(url=_url, site=_site_view(config), display_date=display_date,
                       kind_label=kind_label, absolute=_absolute)
    if live is not None:
        live["jinja"] = (key, env)
    return env


def _listing(root: Path) -> tuple:
    """Every file under ``root`` with its size and mtime: what says a template may have changed."""
    out = []
    for dirpath, _, names in os.walk(root):
        for name in names:
            try:
                st = os.stat(os.path.join(dirpath, name))
            except OSError:
                continue
            out.append((dirpath, name, st.st_size, st.st_mtime_ns, st.st_ino))
    return tuple(sorted(out))


def _template_frame(exc: BaseException) -> tuple[str | None, int | None]:
    """The innermost template file and line in a traceback (Jinja rewrites frames to template lines)."""
    found: tuple[str | None, int | None] = (None, None)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith((".html", ".xml", ".txt", ".j2", ".jinja")):
            found = (frame.filename, frame.lineno)
    return found


@jinja2.pass_context
def _url(context: jinja2.runtime.Context, target: str) -> str:
    """A link from the page being rendered to ``target`` (an output path), always relative."""
    base = context.get("link_base")
    if base:  # pages served at any depth (404) link from the site's root path
        return base + target
    return relurl(context["page_path"], target)


@jinja2.pass_context
def _absolute(context: jinja2.runtime.Context, target: str) -> str:
    """An absolute URL when base_url is set (feeds, sitemap), else a relative one."""
    base = context["site"]["base_url"]
    return base + target if base else _url(context, target)


def _site_view(config: SiteConfig) -> dict:
    return {"title": config.title, "description": config.description, "base_url": config.base_url,
            "language": config.language, "author": config.author}


@functools.cache
def code_fingerprint() -> str:
    """Output depends on the generator's code too: a new version re-renders everything."""
    digest = hashlib.blake2b(digest_size=8)
    digest.update(__version__.encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()
