#!/usr/bin/env python3
"""How fast `briefing build` is on a generated corpus, next to the "floor".

The floor (../shared/bench/floor_markdown.py) does only the per-article work
any Python generator on this stack must do: parse front matter, convert
Markdown, render one template, write one file. briefing does that plus actor
pages, mention links, the chronology, feeds and the export. This machine's
speed drifts, so the runs alternate (floor, cold build, warm build, ...) and
each build is compared with the floor run beside it: the paired ratio.

    python benchmarks/build_speed.py [--n 1000] [--runs 3] [--workdir /tmp/briefing-bench]

Prints wall-clock seconds per run, medians, paired ratios and the stage
timings of the last cold build. Needs ../shared/bench beside the repository.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"
sys.path.insert(0, str(ROOT))

from generator.build import BuildOptions, build  # noqa: E402


def make_site(n: int, workdir: Path) -> Path:
    site = workdir / f"site-{n}"
    if (site / "content" / "articles").is_dir() and len(list((site / "content" / "articles").iterdir())) == n:
        return site
    shutil.rmtree(site, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "generator", "init", str(site)], check=True, cwd=ROOT, capture_output=True)
    subprocess.run([sys.executable, str(BENCH / "make_corpus.py"), "--n", str(n), "--layout", "briefing",
                    "--out", str(site)], check=True, capture_output=True)
    return site


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000, help="articles in the corpus (default 1000)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/briefing-bench"))
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"needs {BENCH} (the team's shared/bench)", file=sys.stderr)
        return 2
    args.workdir.mkdir(parents=True, exist_ok=True)
    site = make_site(args.n, args.workdir)
    floor_out = args.workdir / f"floor-{args.n}"

    def floor() -> None:
        subprocess.run([sys.executable, str(BENCH / "floor_markdown.py"), "--parser", "markdown",
                        "--src", str(site / "content" / "articles"), "--out", str(floor_out)],
                       check=True, capture_output=True)

    last_cold = {}

    def cold() -> None:
        shutil.rmtree(site / ".briefing-cache", ignore_errors=True)
        shutil.rmtree(site / "public", ignore_errors=True)
        report = build(site, BuildOptions())
        assert not report.errors, report.errors[:3]
        last_cold.update(report.timings)

    def warm() -> None:
        report = build(site, BuildOptions())
        assert not report.written, report.written[:3]

    floor()  # warm-up: file cache, imports
    cold()
    rows: dict[str, list[float]] = {"floor": [], "cold build": [], "warm build (nothing changed)": []}
    for _ in range(args.runs):
        rows["floor"].append(timed(floor))
        rows["cold build"].append(timed(cold))
        rows["warm build (nothing changed)"].append(timed(warm))
    print(f"corpus: {args.n} articles ({site}), {args.runs} alternating runs")
    print(f"{'':32} {'median s':>9} {'runs':>24} {'paired ratio to floor':>22}")
    for name, times in rows.items():
        ratios = [t / f for t, f in zip(times, rows["floor"])]
        runs = " ".join(f"{t:.2f}" for t in times)
        print(f"{name:32} {statistics.median(times):9.2f} {runs:>24} {statistics.median(ratios):22.2f}")
    print("last cold build by stage (s):", ", ".join(f"{k} {v:.2f}" for k, v in last_cold.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
