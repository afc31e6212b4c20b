"""The search box, in a real browser (Debian's Chromium), on a site opened from disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (/usr/bin/chromium)")


@pytest.fixture
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        try:
            yield browser.new_page()
        finally:
            browser.close()


def test_search_finds_actors_by_alias_and_articles_by_title_from_disk(make_site, page):
    site = make_site()
    run_build(site)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto((site / "public/articles/paris-talks.html").as_uri())
    box = page.locator("form.search input")
    box.fill("lukashenko")  # an alias, in another spelling than the name
    result = page.locator(".search-results a").first
    result.wait_for(timeout=5000)
    assert result.inner_text() == "Alyaksandr Lukashenka"
    result.click()
    page.wait_for_url("**/actors/alyaksandr-lukashenka.html")
    assert page.locator("h1").inner_text() == "Alyaksandr Lukashenka"

    page.locator("form.search input").fill("minsk respo")
    first = page.locator(".search-results a").first
    first.wait_for(timeout=5000)
    assert first.inner_text() == "Minsk responds to EU"
    page.keyboard.press("Enter")
    page.wait_for_url("**/articles/minsk-responds.html")
    assert errors == []


def test_without_javascript_the_search_stays_hidden(make_site):
    site = make_site()
    run_build(site)
    html = (site / "public/index.html").read_text()
    assert '<form class="search" role="search" data-root="" hidden>' in html
