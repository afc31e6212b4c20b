#!/usr/bin/env python3
"""How fast ``briefing ingest`` reads .txt scrapes: articles per second on one core.

    python benchmarks/ingest_speed.py [--n 500] [--source DIR ...] [--keep DIR] [--tmp DIR]

Copies N text scrapes into a fresh site's inbox (by default every .txt article of
the dev set and the held-out sets, some 150 pages from many outlets, so that no
cache sees the same text again and again; each copy under its own file name and
with its headline numbered, so every copy is a new article), then times ``ingest_command`` on the folder with
the real annotator (after a one-article run that loads it, timed as start-up), the read + clean
stages alone, and the annotator's share. Prints figures;
asserts nothing (speed is not a test). The goal is at least 100 articles/s.
"""

from __future__ import annotations

import argparse
import io
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.ingest.clean import clean_document, clean_text  # noqa: E402
from generator.ingest.pipeline import IngestOptions, ingest_command, run_ingest  # noqa: E402
from generator.ingest.read import read_document  # noqa: E402

DEFAULT_SOURCES = [ROOT.parent / "shared" / "dev-set" / "articles",
                   *sorted(ROOT.glob("tests/holdout*/articles"))]


def make_inbox(sources: list[Path], n: int, inbox: Path) -> list[Path]:
    """N .txt files, round-robin over the sources' scrapes, each with a numbered headline."""
    texts = [p.read_text(encoding="utf-8") for source in sources for p in sorted(source.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt files in {', '.join(map(str, sources))}")
    titles = [clean_text(t).title for t in texts]
    inbox.mkdir(parents=True)
    files = []
    for i in range(n):
        k = i % len(texts)
        text = texts[k].replace(titles[k], f"{titles[k]} {i:05d}", 1) if titles[k] else texts[k]
        path = inbox / f"{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def make_site(site: Path) -> None:
    for folder in ("content/articles", "content/actors", "content/events", "seeds"):
        (site / folder).mkdir(parents=True, exist_ok=True)
    (site / "site.toml").write_text('title = "Benchmark"\n', encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=500, help="number of articles (default 500)")
    ap.add_argument("--source", type=Path, nargs="+", default=DEFAULT_SOURCES,
                    help="folders of .txt scrapes to copy (default: the dev set's and the held-out sets')")
    ap.add_argument("--keep", type=Path, help="build the site here and keep it (must not exist)")
    ap.add_argument("--tmp", type=Path, help="make the temporary site under this folder (e.g. /dev/shm to leave "
                                             "the disk out of the figures)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        base = args.keep or Path(tmp)
        site, inbox = base / "site", base / "inbox"
        make_site(site)
        files = make_inbox(args.source, args.n, inbox)

        start = time.perf_counter()
        for path in files:
            clean_document(read_document(path))
        clean_seconds = time.perf_counter() - start

        # Start-up, once per command: loading the annotator and its gazetteer (and compiling them, where
        # Python may not keep bytecode). Timed on one article into a scratch site, apart from the throughput.
        make_site(base / "warm")
        start = time.perf_counter()
        ingest_command([files[0]], base / "warm", out=io.StringIO(), err=io.StringIO())
        startup = time.perf_counter() - start

        out, err = io.StringIO(), io.StringIO()
        start = time.perf_counter()
        status = ingest_command([inbox], site, out=out, err=err)
        seconds = time.perf_counter() - start
        summary = out.getvalue().strip().splitlines()[-1]

        # The same again into a second site, timing the annotator and each of its stages apart from the rest.
        from generator.ingest import extract

        spent: dict[str, float] = {}

        def timed(name, fn):
            def run(*args, **kwargs):
                t = time.perf_counter()
                try:
                    return fn(*args, **kwargs)
                finally:
                    spent[name] = spent.get(name, 0.0) + time.perf_counter() - t
            return run

        stages = {"tokens": "analyse", "entities": "find_entities", "quotes": "find_quotes", "events": "find_events"}
        originals = {attr: getattr(extract, attr) for attr in stages.values()}
        for name, attr in stages.items():
            setattr(extract, attr, timed(name, originals[attr]))
        make_site(base / "site2")
        start = time.perf_counter()
        try:
            run_ingest([inbox], base / "site2", IngestOptions(), out=io.StringIO(), err=io.StringIO(),
                       annotate=timed("annotate", extract.annotate))
        finally:
            for attr, fn in originals.items():
                setattr(extract, attr, fn)
        total = time.perf_counter() - start
    # (the interpreter's build matters: a CPython built with profile-guided optimisation, as Debian's is, runs
    # this some ten percent faster than one built without, as pyenv builds by default)
    print(f"python {platform.python_version()} ({platform.python_implementation()}, {sys.executable})")
    print(f"read + clean only:  {args.n} articles in {clean_seconds:.2f} s = {args.n / clean_seconds:,.0f} articles/s")
    print(f"start-up (annotator and gazetteer loaded, one article): {startup:.2f} s, once per command")
    print(f"ingest (all stages): {args.n} articles in {seconds:.2f} s = {args.n / seconds:,.0f} articles/s")
    print(f"  one command from cold, start-up included: {args.n / (seconds + startup):,.0f} articles/s")
    print(f"  exit status {status}; {summary}")
    annotating = spent["annotate"]
    print(f"  of which annotate: {annotating:.2f} s of {total:.2f} s ({100 * annotating / total:.0f} %); "
          f"read, clean, merge and write: {args.n / (total - annotating):,.0f} articles/s")
    print("  ms per article: " + ", ".join(
        f"{name} {1000 * spent[name] / args.n:.2f}" for name in ("tokens", "entities", "quotes", "events"))
          + f"; the rest {1000 * (total - sum(spent[name] for name in stages)) / args.n:.2f}")
    if err.getvalue():
        print(f"  first message: {err.getvalue().splitlines()[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
