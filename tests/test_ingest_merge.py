"""Merge: article files and actor stubs, rendered deterministically and written safely."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest
import yaml

from generator.frontmatter import parse
from generator.ingest.merge import (
    article_slug,
    backup,
    front_matter,
    index_sources,
    load_known_actors,
    render_article,
    write_atomic,
)
from generator.ingest.types import (
    Annotations,
    CleanArticle,
    FoundActor,
    FoundEvent,
    FoundQuote,
    KnownActor,
)
from generator.model import PartialDate

ARTICLE = CleanArticle(
    title="France warns Russia: \u201cserious consequences\u201d",
    paragraphs=["# 1 priority for Paris, Le Drian said.", "Zelenskyy\u2019s office said nothing."],
    published=dt.date(2021, 11, 12),
    outlet="RFE/RL",
    url="https://example.org/a",
    authors=["Jane Doe"],
    credits="With reporting by AFP",
)
KNOWN = [KnownActor("russia", "Russia", "country", ("Moscow",))]
ANNOTATIONS = Annotations(
    actors=[
        FoundActor("Russia", "country", ["Moscow"], "", "russia"),
        FoundActor("Sergei Lavrov", "person", ["Lavrov"], "Russian Foreign Minister"),
        FoundActor("Jean-Yves Le Drian", "person", ["Le Drian"], ""),
    ],
    places=["Paris", "Black Sea", "Paris"],
    quotes=[FoundQuote("Sergei Lavrov", "dead end"), FoundQuote("", "serious consequences")],
    events=[
        FoundEvent(PartialDate(2021, 11, 12), "Talks in Paris", actors=["Sergei Lavrov", "Russia", "Lavrov"]),
        FoundEvent(PartialDate(2021, 11), "Moscow masses troops", approx=True, actors=["Russia"]),
        FoundEvent(PartialDate(2014), "Russia seizes Crimea"),
    ],
)


def render(**kw):
    options = dict(source_file="seeds/a.txt", article_rel="content/articles/a.md")
    options.update(kw)
    return render_article(ARTICLE, ANNOTATIONS, KNOWN, **options)


@pytest.mark.parametrize(
    "title, date, slug",
    [
        ("U.S., EU Warn Russia Against New Threats To Ukraine", dt.date(2021, 11, 12),
         "2021-11-12-us-eu-warn-russia-against-new-threats-to-ukraine"),
        ("Biden warns Putin of tough economic penalties if Russia moves on Ukraine", None,
         "biden-warns-putin-of-tough-economic-penalties-if-russia"),
        ("Talks on the future of the", None, "talks-on-the-future"),
        ("Зеленский: «Мы готовы»", None, "zelenskiy-my-gotovy"),
        ("!!!", None, "article"),
    ],
)
def test_article_slug(title, date, slug):
    assert article_slug(title, date) == slug


def test_front_matter_in_fixed_order_with_ids_for_actors_with_files():
    rendered = render()
    meta = front_matter(rendered.text)
    assert list(meta) == ["title", "date", "outlet", "url", "authors", "credits", "source_file", "places",
                          "actors", "quotes", "events"]
    assert meta["title"] == ARTICLE.title and meta["date"] == dt.date(2021, 11, 12)
    assert meta["places"] == ["Paris", "Black Sea"]
    assert meta["actors"] == ["russia", {"sergei-lavrov": "Russian Foreign Minister"}, "jean-yves-le-drian"]
    assert meta["quotes"] == [{"speaker": "sergei-lavrov", "text": "dead end"}]  # no speaker, no quote
    assert meta["events"] == [
        {"date": dt.date(2021, 11, 12), "text": "Talks in Paris", "actors": ["sergei-lavrov", "russia", "Lavrov"],
         "approx": False},
        {"date": "2021-11", "text": "Moscow masses troops", "actors": ["russia"], "approx": True},
        {"date": "2014", "text": "Russia seizes Crimea", "actors": [], "approx": False},
    ]
    assert (rendered.actors, rendered.quotes, rendered.events) == (3, 1, 3)


def test_new_actors_get_stubs_and_known_ones_do_not():
    rendered = render()
    assert [s.rel for s in rendered.stubs] == ["content/actors/sergei-lavrov.md", "content/actors/jean-yves-le-drian.md"]
    stub = rendered.stubs[0]
    doc = parse(stub.text, stub.rel)
    assert doc.meta == {"name": "Sergei Lavrov", "kind": "person", "aliases": ["Lavrov"],
                        "roles": ["Russian Foreign Minister"]}
    assert doc.body.strip() == "Stub made by `briefing ingest` from content/articles/a.md; write the profile here."
    assert stub.actor == KnownActor("sergei-lavrov", "Sergei Lavrov", "person", ("Lavrov",))


def test_a_taken_actor_id_is_never_reused_for_a_stub():
    rendered = render(taken_ids={"sergei-lavrov"})
    assert [s.rel for s in rendered.stubs] == ["content/actors/jean-yves-le-drian.md"]
    actors = front_matter(rendered.text)["actors"]
    assert actors[1] == {"name": "Sergei Lavrov", "role": "Russian Foreign Minister", "kind": "person"}


def test_body_escapes_plain_text_and_keeps_markdown_input_as_is():
    plain = parse(render().text, "a.md")
    assert plain.body == "\\# 1 priority for Paris, Le Drian said.\n\nZelenskyy\u2019s office said nothing.\n"
    markdown = parse(render(markdown=True).text, "a.md")
    assert markdown.body.startswith("# 1 priority")


def test_rendering_is_deterministic_and_unicode_stays_readable():
    first, second = render().text, render().text
    assert first == second
    assert "\u201cserious consequences\u201d" in first and "\\u" not in first and "&id" not in first
    assert yaml.safe_load(first.split("---\n")[1])["title"] == ARTICLE.title


def test_unknown_date_and_empty_fields_are_left_out():
    article = CleanArticle(title="No date here", paragraphs=["Text."])
    meta = front_matter(render_article(article, Annotations(), [], source_file="seeds/b.txt",
                                       article_rel="content/articles/b.md").text)
    assert meta == {"title": "No date here", "source_file": "seeds/b.txt"}


def test_write_atomic_exclusive_never_replaces_and_leaves_no_temp_files(tmp_path):
    target = tmp_path / "content" / "a.md"
    write_atomic(target, b"first", exclusive=True)
    with pytest.raises(FileExistsError):
        write_atomic(target, b"second", exclusive=True)
    assert target.read_bytes() == b"first"
    write_atomic(target, b"third")
    assert target.read_bytes() == b"third"
    assert os.listdir(target.parent) == ["a.md"]
    assert stat.S_IMODE(target.stat().st_mode) & 0o044  # readable like any file, not mkstemp's 0600


def test_write_atomic_steps_past_a_temporary_file_left_by_a_crash(tmp_path, monkeypatch):
    import itertools

    from generator.ingest import merge

    monkeypatch.setattr(merge, "_temporary_numbers", itertools.count())
    stale = tmp_path / f".a.md.{os.getpid()}-0.tmp"  # the very name the next write would take
    stale.write_bytes(b"left over")
    write_atomic(tmp_path / "a.md", b"new", exclusive=True)
    assert (tmp_path / "a.md").read_bytes() == b"new"
    assert stale.read_bytes() == b"left over"
    assert sorted(os.listdir(tmp_path)) == [stale.name, "a.md"]


def test_backups_are_numbered_and_never_overwritten(tmp_path):
    target = tmp_path / "a.md"
    target.write_text("v1")
    assert backup(target).name == "a.md.bak"
    target.write_text("v2")
    assert backup(target).name == "a.md.bak2"
    assert [(tmp_path / n).read_text() for n in ("a.md.bak", "a.md.bak2")] == ["v1", "v2"]


def test_registry_and_source_index_are_read_from_the_site(tmp_path):
    actors = tmp_path / "content" / "actors"
    actors.mkdir(parents=True)
    (actors / "sergei-lavrov.md").write_text("---\nname: Sergei Lavrov\nkind: person\naliases: [Lavrov]\n---\n")
    (actors / "broken.md").write_text("---\nname: [unclosed\n---\n")
    (actors / "bare.md").write_text("---\nkind: country\naliases: Bare\n---\n")
    known, taken, warnings = load_known_actors(tmp_path)
    assert known == [KnownActor("bare", "Bare", "country", ("Bare",)),
                     KnownActor("sergei-lavrov", "Sergei Lavrov", "person", ("Lavrov",))]
    assert taken == {"bare", "broken", "sergei-lavrov"}
    assert warnings == [("content/actors/broken.md", "no readable front matter; not used for matching")]
    articles = tmp_path / "content" / "articles"
    articles.mkdir()
    (articles / "renamed.md").write_text("---\ntitle: T\nsource_file: seeds/x.txt\n---\nBody.\n")
    (articles / "by-hand.md").write_text("---\ntitle: Written by hand\n---\nBody.\n")
    (articles / "2021").mkdir()
    (articles / "2021" / "filed.md").write_text("---\ntitle: T\nsource_file: seeds/y.txt\n---\nBody.\n")
    assert index_sources(tmp_path) == {"seeds/x.txt": "content/articles/renamed.md",
                                       "seeds/y.txt": "content/articles/2021/filed.md"}


def test_forms_new_to_a_known_actor_go_into_the_article_entry_not_the_actor_file():
    known = [KnownActor("european-union", "European Union", "organization", ("Brussels",))]
    ann = Annotations(actors=[FoundActor("European Union", "organization", ["EU", "E.U.", "Brussels"], "",
                                         "european-union")])
    rendered = render_article(ARTICLE, ann, known, source_file="seeds/a.txt", article_rel="content/articles/a.md")
    meta = front_matter(rendered.text)
    assert meta["actors"] == [{"name": "european-union", "aliases": ["EU"]}]  # "E.U." is "EU" written with dots
    assert rendered.stubs == ()
