#!/usr/bin/env python3
"""From saving an article to the rebuilt page being served by `briefing serve`.

Runs `briefing serve` as a user would (a separate process on a free port of
127.0.0.1) on a copy of a site, then, several times: saves an edit to one
article, and polls that article's page over HTTP until the new text is in
it. The time from the save to that response is the latency a writer waits
for (the browser's reload comes on top: one more page load). Two kinds of
edit: a new paragraph in the body (the article's page and the export
change) and a new title (every page that lists the article changes). The
server's own line per rebuild gives the build's share of each figure.

    python benchmarks/serve_latency.py                 # this repository's briefing
    python benchmarks/serve_latency.py --n 2000        # a generated corpus of 2,000 articles
    python benchmarks/serve_latency.py --n 2000 --profile   # and where an incremental build spends its time

Targets: under 300 ms for the repository's briefing, under 1 s for 2,000
articles. Needs ../shared/bench beside the repository for --n.
"""

from __future__ import annotations

import argparse
import cProfile
import http.client
import pstats
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"
SOURCES = ("content", "layouts", "static", "seeds", "site.toml")
sys.path.insert(0, str(ROOT))

from generator.build import BuildCache, BuildOptions, build  # noqa: E402


def copy_site(source: Path, target: Path) -> Path:
    target.mkdir(parents=True)
    for name in SOURCES:
        if (source / name).is_dir():
            shutil.copytree(source / name, target / name)
        elif (source / name).is_file():
            shutil.copy2(source / name, target / name)
    return target


def make_corpus(n: int, target: Path) -> Path:
    subprocess.run([sys.executable, "-m", "generator", "init", str(target)], check=True, cwd=ROOT, capture_output=True)
    subprocess.run([sys.executable, str(BENCH / "make_corpus.py"), "--n", str(n), "--layout", "briefing",
                    "--out", str(target)], check=True, capture_output=True)
    return target


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(port: int, path: str) -> bytes:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path)
        return conn.getresponse().read()
    finally:
        conn.close()


class Server:
    """`briefing serve` in a subprocess, its output lines collected as they come."""

    def __init__(self, site: Path) -> None:
        self.port = free_port()
        self.lines: list[str] = []
        self.proc = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--site", str(site),
                                      "--port", str(self.port)], cwd=ROOT, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True, bufsize=1)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    def wait_serving(self, timeout: float) -> float:
        started = time.perf_counter()
        while not any(line.startswith("serving ") for line in self.lines):
            if self.proc.poll() is not None or time.perf_counter() - started > timeout:
                raise SystemExit("briefing serve did not start:\n" + "\n".join(self.lines))
            time.sleep(0.05)
        return time.perf_counter() - started

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def build_ms(line: str) -> float | None:
    match = re.search(r" in (\d+) ms", line)
    return float(match.group(1)) if match else None


def measure(server: Server, article: Path, page: str, kind: str, round_no: int) -> tuple[float, float | None]:
    """Save one edit, then poll the page until it shows; (latency ms, the server's build ms)."""
    text = article.read_text(encoding="utf-8")
    marker = f"Latency probe {kind} {round_no} {time.monotonic_ns()}"
    if kind == "body":
        end = text.index("\n---\n", 4) + 5
        edited = text[:end] + f"\n{marker}.\n\n" + text[end:]
    else:
        edited = re.sub(r"(?m)^title: .*$", f"title: {marker}", text, count=1)
    seen = len(server.lines)
    saved = time.perf_counter()
    article.write_text(edited, encoding="utf-8")
    while marker.encode() not in fetch(server.port, page):
        if time.perf_counter() - saved > 60:
            raise SystemExit(f"the edit never showed up on {page}")
        time.sleep(0.005)
    latency = (time.perf_counter() - saved) * 1000
    time.sleep(0.3)  # let the line of this rebuild arrive
    lines = [l for l in server.lines[seen:] if " written, " in l]
    return latency, build_ms(lines[-1]) if lines else None


def profile_incremental(site: Path, top: int) -> None:
    """One incremental build after a body edit, in this process, under cProfile."""
    cache = BuildCache()
    options = BuildOptions(persist_cache=False)
    build(site, options, cache)
    article = sorted((site / "content" / "articles").glob("*.md"))[0]
    text = article.read_text(encoding="utf-8")
    end = text.index("\n---\n", 4) + 5
    article.write_text(text[:end] + "\nProfiled edit.\n\n" + text[end:], encoding="utf-8")
    profiler = cProfile.Profile()
    profiler.enable()
    report = build(site, options, cache)
    profiler.disable()
    article.write_text(text, encoding="utf-8")
    print(f"\nincremental build after one body edit: {report.seconds * 1000:.0f} ms under the profiler, "
          f"{len(report.written)} written")
    print("stages (s):", {k: round(v, 3) for k, v in report.timings.items()})
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT, help="the site to copy and serve (default: this repository)")
    parser.add_argument("--n", type=int, default=0, help="serve a generated corpus of N articles instead")
    parser.add_argument("--rounds", type=int, default=5, help="edits of each kind (default 5)")
    parser.add_argument("--workdir", type=Path, default=None, help="where to put the copy (default: a temp folder)")
    parser.add_argument("--profile", action="store_true", help="also profile one incremental build in-process")
    parser.add_argument("--top", type=int, default=30, help="profile lines to print")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="serve-latency-", dir=args.workdir))
    try:
        if args.n:
            site = make_corpus(args.n, workdir / f"site-{args.n}")
            label = f"generated corpus of {args.n} articles"
        else:
            site = copy_site(args.site.resolve(), workdir / "site")
            label = f"copy of {args.site.resolve()}"
        articles = sorted((site / "content" / "articles").glob("*.md"))
        article = articles[len(articles) // 2]
        page = f"/articles/{article.stem}.html"
        print(f"site: {label} ({len(articles)} articles); edited article: {article.name}")

        server = Server(site)
        startup = server.wait_serving(timeout=600)
        first = next((l for l in server.lines if " built: " in l), "")
        print(f"first build and start: {startup:.2f} s ({first.split(': ', 1)[-1]})")
        if b"<html" not in fetch(server.port, page):
            raise SystemExit(f"{page} is not served")
        results: dict[str, list[tuple[float, float | None]]] = {"body": [], "title": []}
        try:
            for round_no in range(args.rounds):
                for kind in results:
                    results[kind].append(measure(server, article, page, kind, round_no))
        finally:
            server.stop()

        print(f"\n{'edit':<6} {'save → served, ms (median, min–max)':<40} {'of which the build, ms (median)':<32}")
        for kind, runs in results.items():
            latencies = [r[0] for r in runs]
            builds = [r[1] for r in runs if r[1] is not None]
            build_median = f"{statistics.median(builds):.0f}" if builds else "?"
            print(f"{kind:<6} {statistics.median(latencies):>6.0f} ({min(latencies):.0f}–{max(latencies):.0f})"
                  f"{'':<25} {build_median:>6}")
        print("\neach: " + "; ".join(f"{kind} " + ", ".join(f"{r[0]:.0f}" for r in runs)
                                     for kind, runs in results.items()))
        print("the rest of each figure: the watcher's poll (30 ms, or 4 × a look's cost on big sites), the debounce (60 ms quiet), HTTP polling (5 ms)")
        if args.profile:
            profile_incremental(site, args.top)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
