"""Shared fixtures: small real sites written from dedented strings."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from generator.build import BuildOptions, BuildReport, build

TODAY = dt.date(2026, 11, 26)

SITE_TOML = 'title = "Test Briefing"\ndescription = "A briefing for tests."\n'

PARIS = """\
---
title: Ministers meet in Paris
date: 2021-11-12
outlet: RFE/RL
url: https://example.org/paris
credits: With reporting by AFP
summary: French and Russian ministers meet.
source_file: seeds/paris.txt
tags: [diplomacy]
places: [Paris, Black Sea]
actors:
  - Sergei Lavrov: Russian Foreign Minister
  - russia
  - {name: Florence Parly, role: French Defense Minister, kind: person}
quotes:
  - speaker: Lavrov
    text: dead end
events:
  - date: 2021-11-12
    text: French and Russian ministers hold talks in Paris
    actors: [Florence Parly, Lavrov]
  - date: 2014
    text: Russia seizes Crimea
    actors: [russia]
---
Lavrov said the talks in Paris showed a "dead end". Sergei Lavrov met Florence Parly.
Moscow said nothing, and `Lavrov` in code is left alone, as is [Lavrov's page](https://example.org).
"""

MINSK = """\
---
title: Minsk responds to EU
date: 2021-11-14
outlet: Wire
actors: [Alyaksandr Lukashenka, russia]
events:
  - date: 2014
    text: Russia seizes Crimea
    actors: [russia]
  - date: 2021-11
    text: Lukashenka warns the EU
    approx: true
    actors: [Lukashenka]
---
Lukashenka said Minsk "must respond". Alyaksandr Lukashenka spoke for Russia's ally.
"""

LAVROV = """\
---
name: Sergei Lavrov
kind: person
aliases: [Lavrov, Sergey Lavrov]
roles: [Russian Foreign Minister]
affiliation: russia
---
Russia's foreign minister since 2004.
"""

RUSSIA = """\
---
name: Russia
kind: country
aliases: [Moscow, Russian Federation]
---
"""

LUKASHENKA = """\
---
name: Alyaksandr Lukashenka
kind: person
aliases: [Lukashenka, Alexander Lukashenko]
---
"""

BACKGROUND = """\
- date: 2014-03
  text: Russia annexes Crimea
  actors: [russia]
  links: [https://en.wikipedia.org/wiki/Annexation_of_Crimea_by_the_Russian_Federation]
"""

BASE_FILES = {
    "site.toml": SITE_TOML,
    "content/articles/paris-talks.md": PARIS,
    "content/articles/minsk-responds.md": MINSK,
    "content/actors/sergei-lavrov.md": LAVROV,
    "content/actors/russia.md": RUSSIA,
    "content/actors/alyaksandr-lukashenka.md": LUKASHENKA,
    "content/events/background.yaml": BACKGROUND,
}


def write_files(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


@pytest.fixture
def make_site(tmp_path: Path):
    """make_site({path: text}, base=True) → a site folder; base adds the small default briefing."""

    def make(files: dict[str, str] | None = None, base: bool = True, name: str = "site") -> Path:
        site = tmp_path / name
        site.mkdir(exist_ok=True)
        write_files(site, {**(BASE_FILES if base else {"site.toml": SITE_TOML}), **(files or {})})
        return site

    return make


def run_build(site: Path, **options) -> BuildReport:
    options.setdefault("today", TODAY)
    return build(site, BuildOptions(**options))
