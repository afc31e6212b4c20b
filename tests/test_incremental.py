"""Incremental rebuilds, as ``briefing serve`` does them: one BuildCache kept across builds.

The contract checked after every step: ``public/`` is byte for byte what a
clean build of the same sources makes in another folder; ``written`` is
exactly the files whose bytes changed (or are new); every other file is the
previous build's file, hard-linked (same inode, same mtime); ``removed`` is
exactly the files that are gone.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import TODAY, write_files

from generator.build import BuildCache, BuildOptions, BuildReport, build
from generator.render import THEME

SOURCES = ("content", "layouts", "static", "seeds", "site.toml")


def tree(public: Path) -> dict[str, bytes]:
    return {p.relative_to(public).as_posix(): p.read_bytes() for p in sorted(public.rglob("*")) if p.is_file()}


def stats(public: Path) -> dict[str, tuple[int, int]]:
    return {rel: (st.st_ino, st.st_mtime_ns)
            for rel in tree(public) for st in [os.stat(public / rel)]}


def clean_build(site: Path, where: Path, workers: int = 1) -> dict[str, bytes]:
    """A full build of ``site``'s sources in a fresh folder, with no cache at all."""
    if where.exists():
        shutil.rmtree(where)
    where.mkdir()
    for name in SOURCES:
        source = site / name
        if source.is_dir():
            shutil.copytree(source, where / name)
        elif source.is_file():
            shutil.copy2(source, where / name)
    report = build(where, BuildOptions(today=TODAY, persist_cache=False, workers=workers))
    assert report.published, report.problems
    return tree(where / "public")


@dataclass
class Session:
    """A site rebuilt again and again with one in-memory cache, as the preview does."""

    site: Path
    scratch: Path
    workers: int = 1
    cache: BuildCache | None = None
    steps: int = 0

    def __post_init__(self) -> None:
        self.cache = BuildCache()
        first = self.build()
        assert first.published and first.errors == [], first.problems

    def build(self) -> BuildReport:
        return build(self.site, BuildOptions(today=TODAY, persist_cache=False, workers=self.workers), self.cache)

    def step(self, change) -> BuildReport:
        """Apply ``change(site)``, rebuild, and check the contract; return the report."""
        public = self.site / "public"
        before, before_stats = tree(public), stats(public)
        change(self.site)
        report = self.build()
        assert report.published, report.problems
        after = tree(public)
        self.steps += 1
        assert after == clean_build(self.site, self.scratch / f"clean-{self.steps}", self.workers)
        changed = {p for p, data in after.items() if before.get(p) != data}
        assert sorted(report.written) == sorted(changed)
        assert sorted(report.kept) == sorted(set(after) - changed)
        assert sorted(report.removed) == sorted(set(before) - set(after))
        now = stats(public)
        assert {p: now[p] for p in report.kept} == {p: before_stats[p] for p in report.kept}
        return report


@pytest.fixture(params=[1, 2], ids=["one-process", "two-workers"])
def session(request, make_site, tmp_path) -> Session:
    return Session(make_site(), tmp_path, workers=request.param)


def edit(rel: str, old: str, new: str):
    def change(site: Path) -> None:
        path = site / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {rel}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return change


def files(mapping: dict[str, str]):
    return lambda site: write_files(site, mapping)


def delete(rel: str):
    return lambda site: (site / rel).unlink()


def rename(old: str, new: str):
    return lambda site: (site / old).rename(site / new)


PARIS = "content/articles/paris-talks.md"


def test_a_second_build_writes_nothing(session):
    report = session.step(lambda site: None)
    assert report.written == [] and report.removed == []


def test_editing_an_article_body_rewrites_its_page_and_the_export_only(session):
    report = session.step(edit(PARIS, "Moscow said nothing", "Moscow said nothing at all"))
    assert set(report.written) == {"articles/paris-talks.html", "data/briefing.json"}


def test_editing_an_article_title_rewrites_exactly_the_pages_that_show_it(session):
    report = session.step(edit(PARIS, "title: Ministers meet in Paris", "title: Ministers hold talks in Paris"))
    written = set(report.written)
    dependents = {"articles/paris-talks.html", "actors/sergei-lavrov.html", "actors/florence-parly.html",
                  "actors/russia.html", "chronology.html", "index.html", "articles/index.html", "feed.xml",
                  "actors/sergei-lavrov.xml", "data/briefing.json", "tags/diplomacy.html"}
    assert dependents <= written
    assert not written & {"actors/alyaksandr-lukashenka.html", "actors/index.html", "404.html",
                          "static/briefing.css", "tags/index.html"}


def test_adding_an_actor_to_an_article_rewrites_the_actor_index_and_that_actor(session):
    report = session.step(edit(PARIS, "  - russia\n", "  - russia\n  - Alyaksandr Lukashenka\n"))
    assert {"articles/paris-talks.html", "actors/alyaksandr-lukashenka.html", "actors/index.html",
            "index.html"} <= set(report.written)


def test_editing_an_actor_file_rewrites_that_actor_and_not_unrelated_articles(session):
    report = session.step(edit("content/actors/alyaksandr-lukashenka.md", "kind: person\n",
                               "kind: person\nroles: [President of Belarus]\n"))
    assert "actors/alyaksandr-lukashenka.html" in report.written
    assert "articles/paris-talks.html" not in report.written


def test_adding_an_article(session):
    report = session.step(files({"content/articles/kyiv-briefing.md": """\
        ---
        title: Kyiv briefs allies
        date: 2021-11-15
        actors: [russia, Dmytro Kuleba]
        ---
        Dmytro Kuleba briefed allies on Russia.
        """}))
    assert {"articles/kyiv-briefing.html", "actors/dmytro-kuleba.html", "actors/russia.html", "index.html",
            "actors/index.html"} <= set(report.written)
    assert report.removed == []


def test_renaming_an_article_moves_its_page(session):
    report = session.step(rename("content/articles/minsk-responds.md", "content/articles/minsk-reacts.md"))
    assert "articles/minsk-responds.html" in report.removed
    assert "articles/minsk-reacts.html" in report.written


def test_deleting_an_article_removes_its_page_and_actors_left_with_no_article_and_no_file(session):
    report = session.step(delete(PARIS))
    public = session.site / "public"
    assert {"articles/paris-talks.html", "actors/florence-parly.html"} <= set(report.removed)
    assert not (public / "articles/paris-talks.html").exists()
    assert not (public / "actors/florence-parly.html").exists()  # named only in that article, no file
    assert (public / "actors/sergei-lavrov.html").is_file()  # has a file: stays


def test_an_article_broken_then_fixed(session):
    original = (session.site / PARIS).read_text(encoding="utf-8")
    report = session.step(edit(PARIS, "date: 2021-11-12\noutlet", "date: Nov 12\noutlet"))
    assert [str(p) for p in report.errors] == [
        "content/articles/paris-talks.md:3: date: 'Nov 12' is not a date (use YYYY-MM-DD)"]
    assert "articles/paris-talks.html" in report.removed
    report = session.step(lambda site: (site / PARIS).write_text(original, encoding="utf-8"))
    assert report.errors == [] and "articles/paris-talks.html" in report.written


def test_a_layout_edit_rewrites_exactly_the_pages_using_it(make_site, tmp_path):
    article_layout = (THEME / "layouts/article.html").read_text(encoding="utf-8")
    site = make_site({"layouts/article.html": article_layout})
    session = Session(site, tmp_path)
    report = session.step(edit("layouts/article.html", "{% block content %}",
                               "{% block content %}<!-- layout edited -->"))
    assert sorted(report.written) == ["articles/minsk-responds.html", "articles/paris-talks.html"]


def test_adding_a_layout_that_overrides_the_theme_and_removing_it(make_site, tmp_path):
    session = Session(make_site(), tmp_path)
    chronology = (THEME / "layouts/chronology.html").read_text(encoding="utf-8")
    report = session.step(files({"layouts/chronology.html": chronology.replace(
        "{% block content %}", "{% block content %}<p>Local chronology</p>", 1)}))
    assert [p for p in report.written if p.endswith(".html")] == ["chronology.html"]
    report = session.step(delete("layouts/chronology.html"))
    assert [p for p in report.written if p.endswith(".html")] == ["chronology.html"]


def test_a_partial_edit_rewrites_the_pages_that_import_it(make_site, tmp_path):
    macros = (THEME / "layouts/partials/macros.html").read_text(encoding="utf-8")
    site = make_site({"layouts/partials/macros.html": macros})
    session = Session(site, tmp_path)
    report = session.step(files({"layouts/partials/macros.html": macros + "\n{# a comment changes no page #}\n"}))
    assert report.written == []
    first_macro = macros.index("{% macro")
    body_start = macros.index("%}", first_macro) + 2
    report = session.step(files({"layouts/partials/macros.html":
                                 macros[:body_start] + "<!--m-->" + macros[body_start:]}))
    assert report.written  # every page that calls the first macro changed; the oracle above checks which
    assert "404.html" not in report.written and "feed.xml" not in report.written


def test_static_files_added_changed_and_deleted(session):
    report = session.step(files({"static/extra.css": "body { color: red }\n"}))
    assert report.written == ["static/extra.css"]
    report = session.step(files({"static/extra.css": "body { color: blue }\n"}))
    assert report.written == ["static/extra.css"]
    report = session.step(delete("static/extra.css"))
    assert report.written == [] and report.removed == ["static/extra.css"]


def test_site_settings_change(session):
    report = session.step(edit("site.toml", 'title = "Test Briefing"', 'title = "Another Briefing"'))
    assert "index.html" in report.written and "feed.xml" in report.written


def test_a_burst_of_changes_in_one_rebuild(session):
    def burst(site: Path) -> None:
        edit(PARIS, "Moscow said nothing", "Moscow said little")(site)
        delete("content/articles/minsk-responds.md")(site)
        files({"content/articles/vilnius.md": "---\ntitle: Vilnius\ndate: 2021-11-16\nactors: [russia]\n---\nText.\n"})(site)
    report = session.step(burst)
    assert "articles/minsk-responds.html" in report.removed and "articles/vilnius.html" in report.written


# -- which pages a build makes at all (the rest are carried over without being made) -----------------------------
SUMMARY_PAGES = {"index.html", "articles/index.html", "actors/index.html", "chronology.html", "tags/index.html",
                 "places/index.html", "404.html", "feed.xml"}


def test_a_body_edit_makes_only_that_article_and_the_summary_pages(session):
    report = session.step(edit(PARIS, "Moscow said nothing", "Moscow said nothing at all"))
    assert set(report.made) == SUMMARY_PAGES | {"articles/paris-talks.html"}


def test_a_title_edit_makes_the_pages_that_list_the_article_and_not_the_others(session):
    report = session.step(edit(PARIS, "title: Ministers meet in Paris", "title: Ministers hold talks in Paris"))
    made = set(report.made)
    assert {"articles/paris-talks.html", "actors/sergei-lavrov.html", "actors/sergei-lavrov.xml",
            "tags/diplomacy.html"} <= made
    assert not made & {"actors/alyaksandr-lukashenka.html", "actors/alyaksandr-lukashenka.xml"}


def test_nothing_changed_makes_only_the_summary_pages(session):
    assert set(session.step(lambda site: None).made) == SUMMARY_PAGES


def test_a_page_deleted_from_public_is_made_again(session):
    page = session.site / "public/actors/sergei-lavrov.html"
    before = page.read_bytes()
    page.unlink()
    report = session.build()
    assert "actors/sergei-lavrov.html" in report.made and "actors/sergei-lavrov.html" in report.written
    assert page.read_bytes() == before


@pytest.fixture
def split_session(make_site, tmp_path) -> Session:
    """A chronology of one page per year (the base site's events span 2014 and 2021)."""
    site = make_site()
    toml = site / "site.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "chronology_page_events = 1\n", encoding="utf-8")
    return Session(site, tmp_path)


def test_a_split_chronology_remakes_only_the_years_whose_events_change(split_session):
    assert {"chronology/2014.html", "chronology/2021.html"} <= set(tree(split_session.site / "public"))
    report = split_session.step(edit(PARIS, "text: French and Russian ministers hold talks in Paris",
                                     "text: French and Russian ministers hold long talks in Paris"))
    assert "chronology/2021.html" in report.written
    assert "chronology/2014.html" not in report.made
    report = split_session.step(edit(PARIS, "  - date: 2014\n", "  - date: 2015-03\n"))
    assert "chronology/2015.html" in report.written and "chronology/2021.html" in report.written
    report = split_session.step(delete(PARIS))
    assert "articles/paris-talks.html" in report.removed
