"""``briefing ingest``: raw articles → annotated Markdown in ``content/``.

read → clean → annotate → merge, one file at a time. A bad file is reported
in one line and the others are still ingested; the exit status says whether
any failed. The registry of known actors is read once and grows as stubs are
written, so a folder ingested at once gives the same files as the same files
ingested one by one in name order.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

from generator.errors import Level, Problem
from generator.ingest.clean import CleanError, clean_document
from generator.ingest.merge import (
    ARTICLES,
    SEEDS,
    Rendered,
    article_candidates,
    article_slug,
    backup,
    index_sources,
    load_known_actors,
    render_article,
    site_path,
    write_atomic,
)
from generator.ingest.read import ReadError, expand_paths, read_document
from generator.ingest.registry import Registry
from generator.ingest.markdown_text import markdown_prose
from generator.ingest.types import Annotations, CleanArticle, KnownActor

_IMPORT_STDOUT, _IMPORT_STDERR = sys.stdout, sys.stderr
Annotator = Callable[[CleanArticle, Sequence[KnownActor]], Annotations]


@dataclass(frozen=True, slots=True)
class IngestOptions:
    date: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    force: bool = False
    dry_run: bool = False


@dataclass(slots=True)
class Summary:
    files: int = 0
    written: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    new_actors: int = 0
    events: int = 0

    def line(self, dry_run: bool) -> str:
        verb = "would be written" if dry_run else "written"
        return (f"{self.files} file{'s' if self.files != 1 else ''}: {self.written} article(s) {verb}, "
                f"{self.unchanged} unchanged, {self.skipped} skipped, {self.failed} failed; "
                f"{self.new_actors} new actor(s), {self.events} event(s)")


@dataclass(slots=True)
class _Run:
    """What one ingest run knows and has done so far (one per command, never shared)."""

    site: Path
    options: IngestOptions
    annotate: Annotator
    known: Registry
    taken_ids: set[str]
    sources: dict[str, str]  # source_file → article rel
    out: TextIO
    err: TextIO
    summary: Summary = field(default_factory=Summary)
    claimed: set[str] = field(default_factory=set)  # article files planned in a dry run
    root: Path = field(init=False)  # the site's real path, for telling a file already in its seeds/

    def __post_init__(self) -> None:
        self.root = self.site.resolve()


class _Failed(Exception):
    """This file cannot be ingested; the message is one line, without the path; ``line`` where known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


class _Skipped(Exception):
    """This file is left alone on purpose (its article exists); not an error."""


def ingest_command(
    paths: list[Path],
    site: Path,
    *,
    date: dt.date | None = None,
    url: str | None = None,
    outlet: str | None = None,
    force: bool = False,
    dry_run: bool = False,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
) -> int:
    """Ingest files and folders into ``site``; print one line per file and a summary; return the exit status."""
    # The defaults are bound at import; honour a sys.stdout/stderr replaced since (redirect_stdout, capture).
    out = sys.stdout if out is _IMPORT_STDOUT else out
    err = sys.stderr if err is _IMPORT_STDERR else err
    options = IngestOptions(date=date, url=url, outlet=outlet, force=force, dry_run=dry_run)
    return run_ingest(paths, site, options, out=out, err=err)


def run_ingest(
    paths: list[Path],
    site: Path,
    options: IngestOptions,
    *,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
    annotate: Annotator | None = None,
) -> int:
    """The command, with the annotator as a parameter so tests can pass a stand-in."""
    if not site.is_dir():
        print(Problem(str(site), None, "no such folder (make a site with 'briefing init')"), file=err)
        return 1
    if annotate is None:
        from generator.ingest.extract import annotate  # the real annotator; heavy, so loaded only here
    known, taken, warnings = load_known_actors(site)
    for rel, message in warnings:
        print(Problem(rel, None, message, Level.WARNING), file=err)
    run = _Run(site, options, annotate, Registry(known), taken, index_sources(site), out, err)
    files = expand_paths(paths)
    if not files:
        print(Problem("", None, "no input files given"), file=err)
        return 1
    for path, problem in files:
        run.summary.files += 1
        shown = path.as_posix()
        try:
            if problem:
                raise _Failed(problem)
            _ingest_one(run, path, shown)
        except _Skipped as exc:
            run.summary.skipped += 1
            print(f"{shown}: {exc}", file=out)
        except _Failed as exc:
            run.summary.failed += 1
            print(Problem(shown, exc.line, str(exc)), file=err)
    print(run.summary.line(options.dry_run), file=out)
    return 1 if run.summary.failed else 0


def _ingest_one(run: _Run, path: Path, shown: str) -> None:
    try:
        doc = read_document(path)
    except ReadError as exc:
        raise _Failed(str(exc)) from None
    o = run.options
    try:
        cleaned = clean_document(doc, date=o.date, url=o.url, outlet=o.outlet)
    except CleanError as exc:
        raise _Failed(str(exc), exc.line) from None
    article = cleaned.article
    source_rel, seed_bytes = _seed(run, path)
    try:
        # Markdown paragraphs are read as their reader reads them: no syntax, no hard line breaks
        read = replace(article, paragraphs=[markdown_prose(p) for p in article.paragraphs]) if cleaned.markdown else article
        annotations = run.annotate(read, run.known)
    except Exception as exc:  # a bug in the annotator must not stop the other files
        raise _Failed(f"internal error while annotating ({type(exc).__name__}: {exc}); please report it") from None
    target, existing = _target(run, article, source_rel)
    rendered = render_article(
        article, annotations, run.known, source_file=source_rel, article_rel=target,
        taken_ids=run.taken_ids, markdown=cleaned.markdown, extra=cleaned.extra,
    )
    counts = f"({rendered.actors} actors, {rendered.quotes} quotes, {rendered.events} events)"
    new_bytes = rendered.text.encode("utf-8")
    if existing is not None and existing == new_bytes:
        run.summary.unchanged += 1
        print(f"{shown} → {target} unchanged", file=run.out)
        if not o.dry_run:
            _write_seed(run, source_rel, seed_bytes)
        return
    if existing is not None and not o.force:
        raise _Skipped(f"{target} exists, skipped (use --force)")
    if article.published is None:
        print(Problem(shown, None, "no publication date in the text; written without one, relative dates "
                                   "left unresolved (give --date YYYY-MM-DD)", Level.WARNING), file=run.err)
    if o.dry_run:
        _print_dry_run(run, shown, target, counts, rendered, existing is not None, source_rel if seed_bytes else "")
    else:
        note = _write(run, target, new_bytes, rendered, source_rel, seed_bytes, replace=existing is not None)
        print(f"{shown} → {target} {counts}{note}", file=run.out)
    _remember(run, rendered, source_rel, target)


def _seed(run: _Run, path: Path) -> tuple[str, bytes | None]:
    """The raw file's site-relative name, and its bytes when it must be copied into ``seeds/``."""
    try:
        rel = path.resolve().relative_to(run.root).as_posix()
        if rel.startswith(f"{SEEDS}/"):
            return rel, None
    except ValueError:
        pass
    rel = f"{SEEDS}/{path.name}"
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _Failed(f"cannot read the file ({exc.strerror or exc})") from None
    seed = site_path(run.site, rel)
    if seed.exists():
        try:
            same = seed.read_bytes() == data
        except OSError as exc:
            raise _Failed(f"cannot read {rel} ({exc.strerror or exc})") from None
        if same:
            return rel, None
        if not run.options.force:
            raise _Skipped(f"{rel} already holds a different file of that name, skipped (use --force to replace "
                           "it, keeping a backup)")
    return rel, data


def _write_seed(run: _Run, rel: str, data: bytes | None) -> str:
    if data is None:
        return ""
    seed = site_path(run.site, rel)
    note = ""
    if seed.exists():
        note = f"; old {rel} kept as {backup(seed).name}"
    write_atomic(seed, data)
    return note


def _target(run: _Run, article: CleanArticle, source_rel: str) -> tuple[str, bytes | None]:
    """Where the article goes, and the bytes already there when it was ingested before.

    An article ingested from the same raw file before is found by its
    ``source_file`` whatever its name now (the analyst may have renamed it); a
    file of the same name from another source is someone else's, so the new
    article takes the next free name.
    """
    previous = run.sources.get(source_rel)
    if previous is not None:
        path = site_path(run.site, previous)
        try:
            return previous, path.read_bytes()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise _Failed(f"cannot read {previous} ({exc.strerror or exc})") from None
    for slug in article_candidates(article_slug(article.title, article.published)):
        rel = f"{ARTICLES}/{slug}.md"
        if rel not in run.claimed and not site_path(run.site, rel).exists():
            return rel, None


def _write(run: _Run, target: str, data: bytes, rendered: Rendered, source_rel: str, seed: bytes | None,
           *, replace: bool) -> str:
    """Seed first, then stubs, then the article: each complete or absent, never half-written."""
    try:
        note = _write_seed(run, source_rel, seed)
        for stub in rendered.stubs:
            try:
                write_atomic(site_path(run.site, stub.rel), stub.text.encode("utf-8"), exclusive=True)
            except FileExistsError:
                continue  # made meanwhile by someone else: theirs stands
        path = site_path(run.site, target)
        if replace and path.exists():
            note += f"; old file kept as {backup(path).name}"
            write_atomic(path, data)
        else:
            write_atomic(path, data, exclusive=True)
    except FileExistsError:
        raise _Skipped(f"{target} appeared meanwhile, skipped (run again)") from None
    except OSError as exc:
        raise _Failed(f"cannot write ({exc.strerror or exc}: {exc.filename or target})") from None
    return note


def _remember(run: _Run, rendered: Rendered, source_rel: str, target: str) -> None:
    """Count the article and add its stubs to the registry, so the next file can match them."""
    run.summary.written += 1
    run.summary.new_actors += len(rendered.stubs)
    run.summary.events += rendered.events
    for stub in rendered.stubs:
        run.known.add(stub.actor)
        run.taken_ids.add(stub.actor.id)
    run.sources[source_rel] = target
    run.claimed.add(target)


def _print_dry_run(run: _Run, shown: str, target: str, counts: str, rendered: Rendered, replace: bool,
                   seed: str) -> None:
    what = "would replace (keeping a backup)" if replace else "would write"
    print(f"{shown} → {target} {counts} [dry run: {what}]", file=run.out)
    if seed:
        print(f"--- {seed} (copy of {shown})", file=run.out)
    print(f"--- {target}", file=run.out)
    run.out.write(rendered.text)
    for stub in rendered.stubs:
        print(f"--- {stub.rel} (new actor)", file=run.out)
        run.out.write(stub.text)
