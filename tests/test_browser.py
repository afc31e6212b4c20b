"""A real browser (Debian's Chromium through Playwright) on the preview and on public/ from disk.

The preview: click from the overview to an article, an actor and the
chronology; edit the article's Markdown and see the open page reload by
itself; restyle without a reload; break the front matter and see the error
page; fix it and see the page come back. The built site: the same clicks
from file://, with no reload script anywhere.
"""

from __future__ import annotations

import io
import threading
import time
from pathlib import Path

import pytest
from conftest import TODAY

from generator.build import BuildOptions, build
from generator.render import THEME
from generator.serve import Preview

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium is not installed at /usr/bin/chromium "
                                                              "(bash .ci/setup installs it)")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
WAIT_MS = 15_000
PARIS = "content/articles/paris-talks.md"


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def preview(make_site):
    site = make_site()
    running = Preview(site, BuildOptions(today=TODAY), out=io.StringIO(), err=io.StringIO(), interval=0.02,
                      quiet=0.05)
    running.listen("127.0.0.1", 0)
    running.rebuild()
    thread = threading.Thread(target=running.run, name="browser-preview", daemon=True)
    thread.start()
    assert running.wait_ready(15)
    yield running
    running.stop()
    thread.join(15)
    assert not thread.is_alive()


def click_through(page) -> None:
    """Overview → article → one of its actors → chronology, checking where each click lands."""
    assert page.locator("h1").first.inner_text() == "Test Briefing"
    page.get_by_role("link", name="Ministers meet in Paris").first.click()
    page.wait_for_url("**/articles/paris-talks.html")
    assert page.locator("h1").inner_text() == "Ministers meet in Paris"
    page.locator(".article-actors").get_by_role("link", name="Sergei Lavrov").first.click()
    page.wait_for_url("**/actors/sergei-lavrov.html")
    assert page.locator("h1").inner_text() == "Sergei Lavrov"
    page.get_by_role("navigation").get_by_role("link", name="Chronology").click()
    page.wait_for_url("**/chronology.html")
    assert "Russia seizes Crimea" in page.locator("main").inner_text()


def wait_connected(preview: Preview, count: int = 1) -> None:
    """Until livereload.js in the page has done its handshake (bounded)."""
    deadline = time.monotonic() + 15
    while len(preview.hub.sockets) < count:
        assert time.monotonic() < deadline, "livereload.js never connected"
        time.sleep(0.05)


def rewrite(site: Path, rel: str, old: str, new: str) -> None:
    path = site / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_preview_reloads_on_edits_shows_errors_and_recovers(browser, preview):
    site = preview.site
    page = browser.new_page()
    failures: list[str] = []
    page.on("pageerror", lambda exc: failures.append(str(exc)))
    page.goto(preview.url)
    click_through(page)

    page.goto(preview.url + "articles/paris-talks.html")
    wait_connected(preview)
    page.evaluate("window.stillTheSamePage = true")
    rewrite(site, PARIS, "in code is left alone", "in code is left untouched by the preview")
    page.wait_for_function("document.body.innerText.includes('untouched by the preview')", timeout=WAIT_MS)
    assert page.evaluate("window.stillTheSamePage") is None  # it reloaded by itself

    wait_connected(preview)
    page.evaluate("window.stillTheSamePage = true")
    css = (THEME / "static/briefing.css").read_text(encoding="utf-8") + "\nh1 { color: rgb(1, 2, 3); }\n"
    (site / "static").mkdir(exist_ok=True)
    (site / "static/briefing.css").write_text(css, encoding="utf-8")
    page.wait_for_function("getComputedStyle(document.querySelector('h1')).color === 'rgb(1, 2, 3)'",
                           timeout=WAIT_MS)
    assert page.evaluate("window.stillTheSamePage") is True  # a stylesheet change restyles in place

    rewrite(site, PARIS, "date: 2021-11-12\noutlet", "date: Nov 12\noutlet")
    page.wait_for_function("document.body.innerText.includes('is not a date')", timeout=WAIT_MS)
    text = page.locator("body").inner_text()
    assert "content/articles/paris-talks.md:3: date: 'Nov 12' is not a date" in text

    wait_connected(preview)
    rewrite(site, PARIS, "date: Nov 12\noutlet", "date: 2021-11-12\noutlet")
    page.wait_for_function("document.querySelector('h1') && "
                           "document.querySelector('h1').innerText === 'Ministers meet in Paris'", timeout=WAIT_MS)
    assert "untouched by the preview" in page.locator("main").inner_text()
    assert failures == []
    page.close()


def test_the_built_site_works_from_disk_without_a_server(browser, make_site):
    site = make_site()
    report = build(site, BuildOptions(today=TODAY))
    assert report.errors == []
    page = browser.new_page()
    page.goto((site / "public/index.html").as_uri())
    click_through(page)
    assert page.evaluate("document.querySelectorAll('script[src*=livereload]').length") == 0
    assert page.evaluate("[...document.scripts].filter(s => s.textContent.includes('livereload')).length") == 0
    assert page.evaluate("getComputedStyle(document.querySelector('.skip')).position") == "absolute"  # styled
    page.close()


def test_a_long_actor_name_stays_inside_the_sidebar(browser, make_site):
    # real bodies have long names ("Organization for Security and Co-operation in Europe"): their chips wrap
    # inside the column instead of running past the page's edge
    long_name = "Organization for Security and Co-operation in Europe Office for Democratic Institutions"
    site = make_site({"content/articles/monitors.md": (
        "---\ntitle: Monitors report on the vote\ndate: 2021-11-13\n"
        f"actors:\n  - {{name: {long_name}, kind: organization}}\n---\n\n"
        f"The {long_name} said the vote was well run.\n")})
    assert build(site, BuildOptions(today=TODAY)).errors == []
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto((site / "public/articles/monitors.html").as_uri())
    chip = page.locator(".article-actors .chip").first
    assert long_name in chip.inner_text().replace("\n", " ")
    sidebar = page.locator(".article-actors").bounding_box()
    box = chip.bounding_box()
    assert box["x"] + box["width"] <= sidebar["x"] + sidebar["width"] + 1
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    page.close()
