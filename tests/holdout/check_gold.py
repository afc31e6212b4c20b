#!/usr/bin/env python3
"""Check an evaluation set's gold files against their raw articles.

    python tests/holdout/check_gold.py [SET_FOLDER]     (default: the folder of this script)

Works for every set (tests/holdout, tests/holdout2, tests/holdout3: ARTICLES in articles/, gold in gold/).
Adapted from shared/dev-set/check_gold.py (same checks), with two changes: names, mentions, places, quotes
and evidence are compared with runs of whitespace collapsed (a hard-wrapped newsletter may split a name over
two lines), and a clean Markdown article (.md) may have an empty boilerplate list (it has no page furniture).
Title, boilerplate and body_must_contain must still occur verbatim in the raw file.
"""
import html
import re
import sys
from pathlib import Path

import yaml

SUFFIXES = (".txt", ".html", ".htm", ".md")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def straight(s: str) -> str:
    return (str(s).replace("\u201c", '"').replace("\u201d", '"')
            .replace("\u2018", "'").replace("\u2019", "'"))


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def has_word(needle: str, hay: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(squash(straight(needle))) + r"(?!\w)", hay) is not None


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors = 0

    def err(name: str, msg: str) -> None:
        nonlocal errors
        errors += 1
        print(f"{name}: ERROR {msg}")

    golds = sorted((root / "gold").glob("*.yaml"))
    if not golds:
        print(f"no gold files under {root / 'gold'}")
        return 1
    for g in golds:
        raw = next((root / "articles" / (g.stem + s) for s in SUFFIXES
                    if (root / "articles" / (g.stem + s)).exists()), None)
        if raw is None:
            err(g.name, "no raw article")
            continue
        try:
            d = yaml.safe_load(g.read_text(encoding="utf-8"))
        except yaml.YAMLError as e:
            err(g.name, f"YAML does not load: {e}")
            continue
        text = raw.read_text(encoding="utf-8")
        plain = text
        if raw.suffix in (".html", ".htm"):
            plain = html.unescape(re.sub(r"<[^>]+>", "", text))
        plain = squash(straight(plain))
        for k in ("title", "published", "people", "organizations", "countries", "places", "quotes",
                  "events", "boilerplate", "body_must_contain"):
            if k not in d:
                err(g.name, f"missing key {k}")
        bmc = [b for b in d.get("body_must_contain") or [] if isinstance(b, str)]
        bmc = [squash(straight(html.unescape(b))) for b in bmc]
        spans = [(plain.find(b), plain.find(b) + len(b)) for b in bmc if b in plain]
        body = plain[min(a for a, _ in spans): max(b for _, b in spans)] if spans else plain

        if not isinstance(d.get("title"), str) or d["title"] not in text:
            err(g.name, f"title not verbatim in raw: {d.get('title')!r}")
        if not DATE.match(str(d.get("published"))):
            err(g.name, f"bad published date {d.get('published')!r}")

        names = set()
        for kind in ("people", "organizations", "countries"):
            for e in d.get(kind) or []:
                if set(e) - {"name", "mentions", "role"}:
                    err(g.name, f"{kind}: unexpected keys in {e}")
                names.add(e["name"])
                for m in [e["name"], *(e.get("mentions") or [])]:
                    if not isinstance(m, str):
                        err(g.name, f"{kind}: mention is not a string: {m!r}")
                    elif not has_word(m, body):
                        err(g.name, f"{kind}: {m!r} does not occur in the body")
        country_forms = {straight(n).casefold() for e in d.get("countries") or []
                         for n in [e["name"], *(e.get("mentions") or [])]}
        for p in d.get("places") or []:
            forms = [p] if isinstance(p, str) else [p["name"], *(p.get("mentions") or [])]
            for m in forms:
                if not has_word(m, body):
                    err(g.name, f"place {m!r} does not occur in the body")
            if straight(forms[0]).casefold() in country_forms:
                print(f"{g.name}: note: place {forms[0]!r} is also a country mention "
                      f"(score.py cannot match it as a place)")
        for q in d.get("quotes") or []:
            if not isinstance(q.get("text"), str) or not isinstance(q.get("speaker"), str):
                err(g.name, f"quote fields are not strings: {q!r}")
                continue
            if q["speaker"] not in names:
                err(g.name, f"quote speaker {q['speaker']!r} is not a gold name")
            if squash(straight(q["text"])) not in body:
                err(g.name, f"quote text not verbatim in the body: {q['text']!r}")
        for e in d.get("events") or []:
            if set(e) - {"date", "what", "actors", "evidence", "approx"}:
                err(g.name, f"event: unexpected keys in {e}")
            if not DATE.match(str(e.get("date"))):
                err(g.name, f"bad event date {e.get('date')!r}")
            elif str(e["date"]) > str(d.get("published")):
                err(g.name, f"event after publication: {e['date']}")
            for a in e.get("actors") or []:
                if a not in names:
                    err(g.name, f"event actor {a!r} is not a gold name")
            if not isinstance(e.get("evidence"), str) or squash(straight(e["evidence"])) not in body:
                err(g.name, f"event evidence not verbatim in the body: {e.get('evidence')!r}")
        for k in ("boilerplate", "body_must_contain"):
            items = d.get(k) or []
            if k == "boilerplate" and raw.suffix == ".md" and not items:
                continue
            if not 2 <= len(items) <= 6:
                err(g.name, f"{k}: {len(items)} items (want 2-6)")
            for b in items:
                if not isinstance(b, str):
                    err(g.name, f"{k}: item is not a string: {b!r}")
                elif b not in text:
                    err(g.name, f"{k}: not verbatim in raw: {b!r}")
        print(f"{g.name}: people {len(d.get('people') or [])}, organizations {len(d.get('organizations') or [])}, "
              f"countries {len(d.get('countries') or [])}, places {len(d.get('places') or [])}, "
              f"quotes {len(d.get('quotes') or [])}, events {len(d.get('events') or [])}")
    print("all checks passed" if not errors else f"{errors} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
