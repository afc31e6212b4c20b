"""Snapshots, their differences and debouncing: what the preview's watcher sees."""

from __future__ import annotations

import os
import threading

import pytest
from conftest import write_files

from generator.watch import Changes, Debouncer, diff, is_ignored, snapshot, watch


@pytest.fixture
def site(make_site):
    return make_site({"layouts/article.html": "x", "static/a.css": "a", "seeds/raw.txt": "raw"})


def test_a_snapshot_holds_every_watched_file_and_nothing_else(site):
    write_files(site, {"public/index.html": "out", ".briefing-cache/x": "c", "notes.txt": "n",
                       "content/articles/.draft.md.swp": "swap", "content/articles/paris-talks.md~": "backup"})
    files = set(snapshot(site).files)
    assert files == {"site.toml", "content/articles/paris-talks.md", "content/articles/minsk-responds.md",
                     "content/actors/sergei-lavrov.md", "content/actors/russia.md",
                     "content/actors/alyaksandr-lukashenka.md", "content/events/background.yaml",
                     "layouts/article.html", "static/a.css", "seeds/raw.txt"}


def test_edits_additions_deletions_and_renames_are_each_seen(site):
    before = snapshot(site)
    (site / "content/articles/paris-talks.md").write_text("changed")
    (site / "content/actors/russia.md").unlink()
    (site / "static/a.css").rename(site / "static/b.css")
    write_files(site, {"content/articles/new.md": "new", "layouts/partials/x.html": "p"})
    changes = diff(before, snapshot(site, before))
    assert changes == Changes(added=("content/articles/new.md", "layouts/partials/x.html"),
                              modified=("content/articles/paris-talks.md",),
                              removed=("content/actors/russia.md",),
                              renamed=(("static/a.css", "static/b.css"),))
    assert changes.describe() == ("content/articles/paris-talks.md changed, content/articles/new.md added, "
                                  "layouts/partials/x.html added and 2 more")


def test_a_whole_folder_deleted_or_moved_in_with_old_mtimes_is_seen(site, tmp_path):
    before = snapshot(site)
    outside = tmp_path / "elsewhere.md"
    outside.write_text("---\ntitle: x\n---\n")
    os.utime(outside, ns=(10**9, 10**9))  # 1970: 'mv' and 'git checkout' keep old mtimes
    outside.rename(site / "content/articles/moved-in.md")
    for f in (site / "content/events").iterdir():
        f.unlink()
    (site / "content/events").rmdir()
    changes = diff(before, snapshot(site, before))
    assert changes.added == ("content/articles/moved-in.md",)
    assert changes.removed == ("content/events/background.yaml",)


def test_a_second_save_in_the_same_mtime_tick_with_the_same_size_is_seen(site):
    path = site / "content/articles/paris-talks.md"
    path.write_text("version A")
    st = path.stat()
    before = snapshot(site)
    path.write_text("version B")  # same length
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # as if within one coarse timestamp tick
    assert path.stat().st_size == st.st_size
    assert diff(before, snapshot(site, before)).modified == ("content/articles/paris-talks.md",)


def test_nothing_changed_is_no_change(site):
    before = snapshot(site)
    assert not diff(before, snapshot(site, before))
    assert not diff(before, snapshot(site))


@pytest.mark.parametrize("name, ignored", [
    (".paris.md.swp", True), ("paris.md~", True), ("#paris.md#", True), ("4913", True), ("x.tmp", True),
    ("paris.md___jb_tmp___", True), (".git", True), ("paris.md", False), ("site.toml", False), ("a.css", False),
])
def test_editor_droppings_are_ignored(name, ignored):
    assert is_ignored(name) is ignored


def test_debouncer_waits_for_quiet_then_fires_once():
    d = Debouncer(quiet=0.1, longest=1.0)
    assert not d.due(0.0)
    d.changed(0.0)
    d.changed(0.05)
    assert not d.due(0.1)  # only 0.05 s since the last save
    assert d.due(0.16)
    assert not d.due(0.3)  # fired once


def test_debouncer_fires_after_longest_even_when_saves_keep_coming():
    d = Debouncer(quiet=0.1, longest=1.0)
    fired = []
    for i in range(30):
        now = i * 0.05
        d.changed(now)
        if d.due(now):
            fired.append(now)
    assert fired == [pytest.approx(1.0)]


def test_watch_reports_a_burst_once_with_its_net_effect(site):
    calls: list[Changes] = []
    stop = threading.Event()
    done = threading.Event()

    def on_change(changes: Changes) -> None:
        calls.append(changes)
        done.set()

    base = snapshot(site)
    (site / "content/articles/paris-talks.md").write_text("edited before the watcher started")
    thread = threading.Thread(target=watch, args=(site, on_change, stop, 0.01, Debouncer(quiet=0.3), base))
    thread.start()
    try:
        write_files(site, {"content/articles/tmp.md": "short-lived"})
        (site / "content/articles/tmp.md").unlink()
        assert done.wait(10)
    finally:
        stop.set()
        thread.join(10)
    assert not thread.is_alive()
    assert calls == [Changes(modified=("content/articles/paris-talks.md",))]
