#!/usr/bin/env python3
"""Score `briefing ingest` on every evaluation set with the team's scorer, one summary line each.

    python benchmarks/ingest_quality.py [--sets dev holdout holdout2 ...]

The dev set (../shared/dev-set) and tests/holdout were used to tune ingest; every later tests/holdoutN was
scored once while unseen (its README keeps that figure) and then used to find general fixes, so the newest
set scored once is the honest check. Only a set nobody tuned against says how ingest does
on new articles, so add a fresh one before trusting a gain. Prints; asserts nothing (tests/test_ingest_quality.py
holds the targets on the tuned sets).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
def _holdouts() -> dict[str, Path]:
    """tests/holdout, tests/holdout2, ... in the order they were written."""
    found = [p for p in (ROOT / "tests").glob("holdout*") if (p / "gold").is_dir()]
    order = lambda p: int(p.name[len("holdout"):] or 1)  # noqa: E731
    return {p.name: p for p in sorted(found, key=order)}


SETS = {"dev": SHARED / "dev-set", **_holdouts()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="*", default=list(SETS), choices=list(SETS))
    args = ap.parse_args()
    scorer = SHARED / "eval" / "score.py"
    if not scorer.is_file():
        print(f"needs {scorer} (the team's shared/eval)", file=sys.stderr)
        return 2
    for name in args.sets:
        folder = SETS[name]
        if not (folder / "gold").is_dir():
            print(f"{name:9} (not here: {folder})")
            continue
        res = subprocess.run([sys.executable, str(scorer), "--articles", str(folder / "articles"),
                              "--gold", str(folder / "gold"), "--briefing", f"{sys.executable} -m generator"],
                             capture_output=True, text=True, cwd=ROOT)
        lines = [line for line in res.stdout.splitlines() if line.strip()]
        table = {line.split()[0]: line.split()[1:] for line in lines[1:9] if line.split()}
        summary = lines[-1] if lines else res.stderr.strip()
        events = table.get("events", ["?", "?", "?"])
        print(f"{name:9} {summary.removeprefix('ingest-quality: ')}, event precision {events[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
