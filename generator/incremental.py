"""Which pages an edit touches, without making every page to find out.

A page's fingerprint (see :mod:`generator.render`) proves whether its bytes
changed, but computing it means building the page's context and hashing it,
which on a site of thousands of articles costs more than the edit itself.
So each page about one thing records the facts it read (see
:meth:`generator.pages.PageBuilder.read`); the next build compares every fact
with the last build's and makes again only the pages that read a changed one,
plus the summary pages (overview, indexes, chronology), which read everything.
A page kept this way is exactly what it was, because nothing it read changed.

Anything else that could change a page (the generator's code, ``site.toml``,
a template, a file missing from ``public/``) makes the page again too. The
state is a cache: without it, every page is made, as on a first build.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from generator.pages import Item, Read

_MISSING = object()


@dataclass(frozen=True)
class PageRecord:
    """What one item made and read in the build that made it."""

    reads: frozenset[Read]
    outputs: tuple[tuple[str, str, str], ...]  # (output path, template, template fingerprint)
    bodies: tuple[tuple[str, str], ...] = ()  # (body id, Markdown cache key) of the bodies it showed


@dataclass
class PageState:
    """The facts of the last published build and what each of its pages read."""

    signature: str = ""  # code and settings: any change makes every page again
    facts: dict[str, dict] = field(default_factory=dict)
    records: dict[Item, PageRecord] = field(default_factory=dict)


def changed_facts(old: dict[str, dict], new: dict[str, dict]) -> set[Read]:
    """Every (fact, key) whose value differs, appeared or disappeared between two builds."""
    changed: set[Read] = set()
    for name, now in new.items():
        before = old.get(name)
        if before is None:
            changed.update((name, key) for key in now)
            continue
        if before is now:
            continue
        for key, value in now.items():
            was = before.get(key, _MISSING)
            if was is not value and was != value:
                changed.add((name, key))
        changed.update((name, key) for key in before.keys() - now.keys())
    return changed


def reusable(items: Iterable[Item], state: PageState | None, signature: str, facts: dict[str, dict],
             template_fingerprint: Callable[[str], str], intact: Callable[[str], bool],
             cached_bodies: dict) -> dict[Item, PageRecord]:
    """The items whose pages the last build made and that nothing since has touched.

    ``intact(path)`` says whether the last build's output file is still in
    place, unmodified; ``cached_bodies`` must still hold the bodies a kept page
    showed (the export needs their text).
    """
    if state is None or state.signature != signature:
        return {}
    changed = changed_facts(state.facts, facts)
    kept: dict[Item, PageRecord] = {}
    for item in items:
        record = state.records.get(item)
        if record is None or not record.reads.isdisjoint(changed):
            continue
        if all(template_fingerprint(t) == f and intact(p) for p, t, f in record.outputs) \
                and all(key in cached_bodies for _, key in record.bodies):
            kept[item] = record
    return kept
