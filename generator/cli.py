"""The ``briefing`` command: argument parsing and printing, nothing else.

Every user error reaches the user as ``path:line: message`` lines on stderr
and a non-zero exit status; a traceback would mean a bug in briefing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from generator import __version__
from generator.build import OUTPUT, BuildOptions, BuildReport, build
from generator.config import CONFIG_FILE, describe_keys
from generator.errors import BriefingError, Problem


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except BriefingError as exc:
        print(exc.problem, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug in briefing, not in the user's input: one line, and a way to see more
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        print(f"briefing: internal error: {type(exc).__name__}: {exc} "
              "(please report it; set BRIEFING_DEBUG=1 to see the traceback)", file=sys.stderr)
        return 70


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Build cross-linked briefing sites from annotated news articles.",
        epilog="Run 'briefing COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="make a new, empty site that builds at once",
                       description="Make a new site in DIR: site.toml, content/, layouts/ and seeds/.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the folder to create (may exist if empty)")
    p.set_defaults(run=cmd_init)

    p = sub.add_parser("build", help="build the site into public/",
                       description="Build the site into its public/ folder. The previous public/ is "
                                   "replaced only when the new one is complete.")
    _site_option(p)
    _content_options(p)
    p.add_argument("--strict", action="store_true", help="fail on any problem, warnings included, and write nothing")
    p.add_argument("--clean", action="store_true", help="ignore the build cache and render every page")
    p.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    p.set_defaults(run=cmd_build)

    p = sub.add_parser("check", help="validate content without writing anything",
                       description="Load and cross-link the site as a build would, print every problem "
                                   "(path:line: message) and exit 1 if there is any error.")
    _site_option(p)
    _content_options(p)
    p.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    p.set_defaults(run=cmd_check)

    p = sub.add_parser("ingest", help="turn raw articles into annotated content",
                       description="Turn raw articles (.txt scrapes, saved .html pages, .md, saved .xml feeds) into annotated "
                                   "Markdown in content/articles/, with actor stubs in content/actors/. "
                                   "Existing files are never overwritten without --force.")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders to ingest")
    _site_option(p)
    p.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD",
                   help="publication date, when the text does not carry it")
    p.add_argument("--url", help="the article's original address")
    p.add_argument("--outlet", metavar="NAME", help="who published it")
    p.add_argument("--force", action="store_true", help="replace existing articles, keeping the old file as a backup")
    p.add_argument("--dry-run", action="store_true", help="print what would be written, write nothing")
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser("serve", help="preview with live rebuilds and browser reload",
                       description="Build, serve the site, watch content/, layouts/, static/, seeds/ and "
                                   "site.toml, rebuild what changed on every save and reload the browser.")
    _site_option(p)
    _content_options(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    p.add_argument("--open", action="store_true", help="open the site in a web browser")
    p.set_defaults(run=cmd_serve)
    return parser


def _site_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--site", type=Path, default=Path("."), metavar="DIR",
                   help="the site's folder (default: the current folder)")


def _content_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--drafts", action="store_true", help="include articles marked draft: true")
    p.add_argument("--future", action="store_true", help="include articles dated after today (embargoed)")


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def _site(args: argparse.Namespace) -> Path:
    site: Path = args.site
    if not site.is_dir():
        raise BriefingError(Problem(str(site), None, "no such folder"))
    if not (site / CONFIG_FILE).is_file():
        raise BriefingError(Problem(str(site / CONFIG_FILE), None,
                                    f"not found: is {site} a briefing site? (make one with 'briefing init')"))
    return site


def print_problems(problems: list[Problem]) -> None:
    for problem in sorted(problems, key=lambda p: (p.path, p.line or 0)):
        print(problem, file=sys.stderr)


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _exit_status(report: BuildReport, strict: bool) -> int:
    if report.errors or (strict and report.problems):
        return 1
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    site = _site(args)
    if args.clean:
        import shutil

        from generator.build import CACHE_DIR
        shutil.rmtree(site / CACHE_DIR, ignore_errors=True)
    report = build(site, BuildOptions(strict=args.strict, drafts=args.drafts, future=args.future))
    print_problems(report.problems)
    status = _exit_status(report, args.strict)
    if not args.quiet:
        if report.published:
            print(f"built {report.outputs} files into {site / OUTPUT} in {report.seconds:.2f} s "
                  f"({len(report.written)} written, {len(report.kept)} unchanged, {len(report.removed)} removed)")
        else:
            print(f"build failed: {len(report.problems)} problem(s); {site / OUTPUT} left as it was", file=sys.stderr)
    return status


def cmd_check(args: argparse.Namespace) -> int:
    site = _site(args)
    report = build(site, BuildOptions(drafts=args.drafts, future=args.future, write=False))
    print_problems(report.problems)
    b = report.briefing
    if b is not None:
        warnings = len(report.problems) - len(report.errors)
        print(f"checked {_count(len(b.articles), 'article')}, {_count(len(b.actors), 'actor')}, "
              f"{_count(len(b.events), 'event')}: {_count(len(report.errors), 'error')}, {_count(warnings, 'warning')}")
    return _exit_status(report, args.strict)


SITE_TOML = """\
# Settings of this briefing. Every key is optional; unknown keys are errors.
title = "{title}"
description = ""
language = "en"
# base_url = "https://example.org/briefing/"   # only for absolute links in feeds and the sitemap
"""


def cmd_init(args: argparse.Namespace) -> int:
    root: Path = args.dir
    if (root / CONFIG_FILE).exists():
        raise BriefingError(Problem(str(root / CONFIG_FILE), None, "already exists; not touching this site"))
    if root.exists() and not root.is_dir():
        raise BriefingError(Problem(str(root), None, "exists and is not a folder"))
    for folder in ("content/articles", "content/actors", "content/events", "layouts", "static", "seeds"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    title = root.resolve().name.replace("-", " ").replace("_", " ").strip().title() or "Briefing"
    keys = "\n".join(f"# {key} ({kind}, default {default!r}): {doc}" for key, kind, default, doc in describe_keys())
    (root / CONFIG_FILE).write_text(SITE_TOML.format(title=title.replace('"', "'")) + "\n# All keys:\n" + keys + "\n",
                                    encoding="utf-8")
    gitignore = root / ".gitignore"
    if not gitignore.exists():
        gitignore.write_text(f"/{OUTPUT}/\n/.briefing-cache/\n", encoding="utf-8")
    print(f"made a new site in {root}: add articles with 'briefing ingest FILE --site {root}', "
          f"then 'briefing build --site {root}'")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from generator.ingest.pipeline import ingest_command

    site = _site(args)
    return ingest_command(list(args.paths), site, date=args.date, url=args.url, outlet=args.outlet,
                          force=args.force, dry_run=args.dry_run)


def cmd_serve(args: argparse.Namespace) -> int:
    from generator.serve import serve_command

    site = _site(args)
    return serve_command(site, host=args.host, port=args.port, open_browser=args.open,
                         options=BuildOptions(drafts=args.drafts, future=args.future, persist_cache=False))


if __name__ == "__main__":
    sys.exit(main())
