"""The repository's own briefing (the seed article, annotated by hand) builds cleanly."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import run_build
from htmlcheck import broken_links, parse

from generator.frontmatter import parse as parse_front_matter

ROOT = Path(__file__).parents[1]


def test_the_seed_briefing_builds_with_a_page_for_every_actor(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(ROOT / "site.toml", site)
    for folder in ("content", "layouts", "seeds", "static"):
        if (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, site / folder)
    report = run_build(site, strict=True)
    assert report.problems == []
    public = site / "public"
    assert broken_links(public) == []

    articles = sorted((site / "content/articles").glob("*.md"))
    assert articles, "the repository's briefing has its seed article"
    data = json.loads((public / "data/briefing.json").read_text())
    for path in articles:
        meta = parse_front_matter(path.read_text(), path.name).meta
        exported = next(a for a in data["articles"] if a["source_file"] == meta["source_file"])
        assert (site / meta["source_file"]).is_file()
        page = public / f"articles/{exported['id']}.html"
        hrefs = {url for _, url, _ in parse(page).refs}
        for actor_id in exported["actors"]:
            assert (public / f"actors/{actor_id}.html").is_file(), actor_id
            assert f"../actors/{actor_id}.html" in hrefs, actor_id
            backlinks = {url for _, url, _ in parse(public / f"actors/{actor_id}.html").refs}
            assert f"../articles/{exported['id']}.html" in backlinks, actor_id
