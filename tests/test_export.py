import json

from conftest import run_build

from generator.build import BuildCache, BuildOptions, build
from generator.export import briefing_data, briefing_json
from generator.pages import chronology_pages


def test_the_json_written_is_the_data_and_the_memo_never_changes_it(make_site):
    site = make_site()
    cache = BuildCache()
    briefing = build(site, BuildOptions(persist_cache=False), cache).briefing
    pages = chronology_pages(briefing.events, 2000)
    texts = {a: f"text of {a}" for a in briefing.articles}
    expected = briefing_data(briefing, texts, "T", pages)
    memo: dict = {}
    first = briefing_json(briefing, texts, "T", pages, memo)
    assert json.loads(first) == expected
    assert "events-json" in memo
    assert briefing_json(briefing, texts, "T", pages, memo) == first  # from the memo
    assert briefing_json(briefing, texts, "T", pages) == first  # without it


def test_export_follows_an_event_edit_through_the_memo(make_site):
    site = make_site()
    cache = BuildCache()
    build(site, BuildOptions(persist_cache=False), cache)
    path = site / "content/articles/minsk-responds.md"
    path.write_text(path.read_text().replace("Lukashenka warns the EU", "Lukashenka threatens the EU"))
    build(site, BuildOptions(persist_cache=False), cache)
    data = json.loads((site / "public/data/briefing.json").read_text())
    assert "Lukashenka threatens the EU" in [e["text"] for e in data["events"]]
    clean = make_site(name="clean")
    (clean / "content/articles/minsk-responds.md").write_text(path.read_text())
    run_build(clean)
    assert (clean / "public/data/briefing.json").read_bytes() == (site / "public/data/briefing.json").read_bytes()
