"""End to end: build small real sites and read the HTML they produce."""

from __future__ import annotations

import json
import re

from conftest import run_build
from htmlcheck import broken_links, elements, parse, texts


def test_builds_every_page_and_every_link_resolves(make_site):
    site = make_site()
    report = run_build(site)
    assert report.problems == []
    public = site / "public"
    for rel in ["index.html", "articles/index.html", "articles/paris-talks.html", "articles/minsk-responds.html",
                "actors/index.html", "actors/sergei-lavrov.html", "actors/russia.html",
                "actors/florence-parly.html", "actors/alyaksandr-lukashenka.html", "chronology.html",
                "feed.xml", "actors/sergei-lavrov.xml", "404.html", "data/briefing.json",
                "static/briefing.css", "tags/diplomacy.html"]:
        assert (public / rel).is_file(), rel
    assert broken_links(public) == []


def test_actor_without_a_file_gets_a_page_that_links_back(make_site):
    site = make_site()
    run_build(site)
    page = site / "public/actors/florence-parly.html"
    hrefs = [url for _, url, _ in parse(page).refs]
    assert "../articles/paris-talks.html" in hrefs
    assert "French Defense Minister" in page.read_text()


def test_alias_and_surname_mentions_link_to_one_actor_but_not_in_code_or_links(make_site):
    site = make_site()
    run_build(site)
    links = parse(site / "public/articles/paris-talks.html").refs
    mentions = [(a.get("title"), url) for tag, url, a in links if "mention" in (a.get("class") or "")]
    lavrov = [m for m in mentions if m[1] == "../actors/sergei-lavrov.html"]
    assert len(lavrov) == 2  # "Lavrov said" and "Sergei Lavrov met"; not the code span nor the link text
    assert ("Russia", "../actors/russia.html") in mentions  # "Moscow", an alias
    html = (site / "public/articles/paris-talks.html").read_text()
    assert "<code>Lavrov</code>" in html
    assert re.search(r'<a href="https://example.org"[^>]*>Lavrov\'s page</a>', html)
    minsk = parse(site / "public/articles/minsk-responds.html").refs
    luka = [url for _, url, a in minsk if url == "../actors/alyaksandr-lukashenka.html" and "mention" in (a.get("class") or "")]
    assert len(luka) == 2  # "Lukashenka said" (alias) and the full name, each once


def test_names_resolve_through_aliases_to_one_actor(make_site):
    site = make_site()
    run_build(site)
    data = json.loads((site / "public/data/briefing.json").read_text())
    ids = [a["id"] for a in data["actors"]]
    assert ids.count("alyaksandr-lukashenka") == 1
    assert "lukashenka" not in ids and "lavrov" not in ids
    quote = data["quotes"][0]
    assert quote == {"speaker": "sergei-lavrov", "text": "dead end", "article": "paris-talks"}


def test_chronology_is_ordered_grouped_and_shows_precision(make_site):
    site = make_site()
    run_build(site)
    page = site / "public/chronology.html"
    html = page.read_text()
    years = re.findall(r'<section class="year" id="y(\d{4})">', html)
    assert years == ["2014", "2021"]
    dates = texts(page, "event-date")
    assert dates == ["2014", "March 2014", "c. November 2021", "12 November 2021"]
    assert "2014, month unknown" in html and "<h3>March 2014</h3>" in html and "<h3>November 2021</h3>" in html


def test_same_event_from_two_articles_appears_once_with_both_sources(make_site):
    site = make_site()
    run_build(site)
    page = site / "public/chronology.html"
    crimea = [t for t in texts(page, "event") if "Russia seizes Crimea" in t]
    assert len(crimea) == 1
    assert "Ministers meet in Paris" in crimea[0] and "Minsk responds to EU" in crimea[0]
    data = json.loads((site / "public/data/briefing.json").read_text())
    merged = [e for e in data["events"] if e["text"] == "Russia seizes Crimea"]
    assert len(merged) == 1 and sorted(merged[0]["sources"]) == ["minsk-responds", "paris-talks"]


def test_actor_page_lists_articles_newest_first_quotes_events_and_co_occurring_actors(make_site):
    site = make_site()
    run_build(site)
    page = site / "public/actors/russia.html"
    titles = texts(page, "article-title")
    assert titles == ["Minsk responds to EU", "Ministers meet in Paris"]
    events = texts(page, "event-text")
    assert events[0] == "Russia seizes Crimea" and "Russia annexes Crimea" in events
    html = page.read_text()
    assert 'href="sergei-lavrov.html"' in html and 'href="alyaksandr-lukashenka.html"' in html
    lavrov = site / "public/actors/sergei-lavrov.html"
    assert texts(lavrov, "quote")[0].startswith("dead end")
    assert "Sergey Lavrov" in texts(lavrov, "aliases")[0]


def test_related_articles_share_actors(make_site):
    site = make_site()
    run_build(site)
    related = texts(site / "public/articles/paris-talks.html", "related")
    assert related and "Minsk responds to EU" in related[0]


def test_export_carries_the_fields_the_scorer_reads(make_site):
    site = make_site()
    run_build(site)
    data = json.loads((site / "public/data/briefing.json").read_text())
    art = next(a for a in data["articles"] if a["id"] == "paris-talks")
    assert art["source_file"] == "seeds/paris.txt"
    assert art["title"] == "Ministers meet in Paris"
    assert art["text"].startswith('Lavrov said the talks in Paris showed a "dead end".')
    assert "<" not in art["text"]
    assert art["actors"] == ["sergei-lavrov", "russia", "florence-parly"]
    assert art["places"] == ["Paris", "Black Sea"]
    lavrov = next(a for a in data["actors"] if a["id"] == "sergei-lavrov")
    assert lavrov["kind"] == "person" and "Lavrov" in lavrov["aliases"]
    assert lavrov["roles"] == ["Russian Foreign Minister"]
    event = next(e for e in data["events"] if e["date"] == "2021-11-12")
    assert event["precision"] == "day" and event["approx"] is False and event["article"] == "paris-talks"
    assert event["actors"] == ["florence-parly", "sergei-lavrov"]


def test_drafts_and_future_articles_are_left_out_unless_asked(make_site):
    site = make_site({
        "content/articles/draft.md": "---\ntitle: Draft piece\ndate: 2021-11-13\ndraft: true\nactors: [Nobody Else]\n---\nx\n",
        "content/articles/embargo.md": "---\ntitle: Embargoed\ndate: 2030-01-01\n---\nx\n",
    })
    run_build(site)
    assert not (site / "public/articles/draft.html").exists()
    assert not (site / "public/articles/embargo.html").exists()
    assert not (site / "public/actors/nobody-else.html").exists()
    run_build(site, drafts=True, future=True)
    assert (site / "public/articles/draft.html").exists()
    assert (site / "public/articles/embargo.html").exists()
    assert (site / "public/actors/nobody-else.html").exists()


def test_old_ids_keep_old_addresses_working(make_site):
    site = make_site({"content/articles/paris-talks.md": "---\ntitle: T\ndate: 2021-11-12\nold_ids: [paris]\n---\nx\n"})
    run_build(site)
    redirect = (site / "public/articles/paris.html").read_text()
    assert 'http-equiv="refresh" content="0; url=paris-talks.html"' in redirect


def test_layouts_override_built_in_templates_and_partials(make_site):
    site = make_site({
        "layouts/article.html": '{% extends "base.html" %}{% block content %}<h1 class="custom">{{ article.title|upper }}</h1>{% endblock %}\n',
        "layouts/partials/macros.html": (
            '{% macro actor_chip(actor, count=none) %}<b class="my-chip">{{ actor.name }}</b>{% endmacro %}\n'
            '{% macro article_item(article, show_summary=true) %}<li>{{ article.title }}</li>{% endmacro %}\n'
            '{% macro event_item(event, show_sources=true, anchor=false) %}<li>{{ event.text }}</li>{% endmacro %}\n'
            '{% macro quote_item(quote, show_speaker=true, show_article=true) %}<li>{{ quote.text }}</li>{% endmacro %}\n'),
    })
    report = run_build(site)
    assert report.problems == []
    assert '<h1 class="custom">MINISTERS MEET IN PARIS</h1>' in (site / "public/articles/paris-talks.html").read_text()
    assert '<b class="my-chip">Sergei Lavrov</b>' in (site / "public/index.html").read_text()


def test_templates_autoescape_and_markdown_is_sanitised(make_site):
    site = make_site({"content/articles/evil.md": (
        "---\ntitle: <script>alert(1)</script> Title\ndate: 2021-11-12\nsummary: '\"><img src=x onerror=alert(1)>'\n---\n"
        "Hello <script>alert('x')</script><img src=x onerror=\"alert(2)\"> "
        "[click](javascript:alert(3)) <a href=\"javascript:alert(4)\">y</a> <b onclick=\"z()\">bold</b>\n")})
    run_build(site)
    page = site / "public/articles/evil.html"
    html = page.read_text()
    tags = elements(page)
    assert [a for t, a in tags if t == "script"] == [{"src": "../static/search.js", "defer": None}]  # ours only
    assert [a for _, attrs in tags for a in attrs if a.startswith("on")] == []
    assert [v for _, attrs in tags for v in attrs.values() if v and "javascript:" in v.replace(" ", "").lower()] == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Title" in html
    assert "<b>bold</b>" in html


def test_unicode_names_get_readable_ascii_slugs(make_site):
    site = make_site({"content/articles/uni.md": "---\ntitle: Kyiv\ndate: 2021-11-12\nactors: [Володимир Зеленський, José Martí]\n---\nВолодимир Зеленський спить.\n"})
    run_build(site)
    assert (site / "public/actors/volodimir-zelenskiy.html").is_file()
    assert (site / "public/actors/jose-marti.html").is_file()
    assert 'href="../actors/volodimir-zelenskiy.html"' in (site / "public/articles/uni.html").read_text()


def test_a_second_build_writes_nothing(make_site):
    site = make_site()
    first = run_build(site)
    assert first.written
    second = run_build(site)
    assert second.written == [] and second.removed == []
    assert len(second.kept) == first.outputs


def test_feed_and_sitemap_use_base_url(make_site):
    site = make_site({"site.toml": 'title = "T"\nbase_url = "https://example.org/brief"\n'})
    run_build(site)
    feed = (site / "public/feed.xml").read_text()
    assert "<link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/brief/articles/minsk-responds.html\"/>" in feed
    sitemap = (site / "public/sitemap.xml").read_text()
    assert "<loc>https://example.org/brief/actors/russia.html</loc>" in sitemap
    not_found = (site / "public/404.html").read_text()
    assert 'href="/brief/static/briefing.css"' in not_found


def test_no_sitemap_without_base_url(make_site):
    site = make_site()
    run_build(site)
    assert not (site / "public/sitemap.xml").exists()
    assert 'href="articles/minsk-responds.html"' in (site / "public/feed.xml").read_text()


def test_places_have_pages_listing_their_articles_and_actors(make_site):
    site = make_site({"content/articles/kyiv.md": "---\ntitle: Kyiv\ndate: 2021-11-13\nplaces: [paris]\nactors: [russia]\n---\nx\n"})
    run_build(site)
    page = site / "public/places/paris.html"
    assert texts(page, "article-title") == ["Kyiv", "Ministers meet in Paris"]  # "Paris" and "paris" are one place
    html = page.read_text()
    assert 'href="../actors/russia.html"' in html
    assert 'href="../places/paris.html"' in (site / "public/articles/paris-talks.html").read_text()
    index = (site / "public/places/index.html").read_text()
    assert re.findall(r'<a href="([^"]+)">([^<]+)</a> <span class="count">(\d+)</span>', index) == [
        ("black-sea.html", "Black Sea", "1"), ("paris.html", "Paris", "2")]


def test_an_articles_notes_show_apart_from_its_text_sanitised_and_unlinked(make_site):
    site = make_site({"content/articles/noted.md": (
        "---\ntitle: Talks end\ndate: 2021-11-12\nactors: [Sergei Lavrov]\nnotes: |-\n"
        "  - Check Lavrov's figures <script>alert(1)</script>\n  - **Follow up** next week\n---\n"
        "Sergei Lavrov said the talks had ended.\n")})
    run_build(site)
    page = site / "public/articles/noted.html"
    html = page.read_text()
    notes = html[html.index('<aside class="analyst-notes">'):]
    notes = notes[: notes.index("</aside>")]
    assert "Analyst's notes" in notes and "<strong>Follow up</strong>" in notes and "<li>" in notes
    assert "<script>" not in notes and "mention" not in notes  # sanitised, and no actor is linked in notes
    assert "Follow up" not in html[: html.index('<aside class="analyst-notes">')]  # not in the article's text
    first = run_build(site)
    assert first.written == []
    (site / "content/articles/noted.md").write_text(
        (site / "content/articles/noted.md").read_text().replace("next week", "on Monday"))
    assert "on Monday" in (run_build(site), page.read_text())[1]  # a change to the notes alone rebuilds the page
