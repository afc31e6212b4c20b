import os
import sys
import threading

import pytest

from generator.render import Output
from generator.write import Staging, write_site


def out(path, data):
    return Output(path, data, "fp")


def test_unchanged_files_are_hard_linked_and_gone_files_removed(tmp_path):
    public = tmp_path / "public"
    write_site([out("a.html", b"A"), out("d/b.html", b"B"), out("old.html", b"O")], public)
    inode = (public / "a.html").stat().st_ino
    report = write_site([out("a.html", b"A"), out("d/b.html", b"B2")], public)
    assert report.written == ["d/b.html"] and report.kept == ["a.html"] and report.removed == ["old.html"]
    assert (public / "a.html").stat().st_ino == inode
    assert (public / "d/b.html").read_bytes() == b"B2" and not (public / "old.html").exists()


def test_a_failure_while_writing_leaves_the_previous_site_and_no_staging_folder(tmp_path):
    public = tmp_path / "public"
    write_site([out("a.html", b"A")], public)
    with pytest.raises(ValueError):
        write_site([out("b.html", b"B"), out("../escape.html", b"X")], public)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["public"]
    assert [p.name for p in public.iterdir()] == ["a.html"]
    assert not (tmp_path / "escape.html").exists()


def test_abandoned_staging_is_removed(tmp_path):
    public = tmp_path / "public"
    with Staging(public) as staging:
        staging.add(out("a.html", b"A"))
        assert staging.stage.exists()
    assert not staging.stage.exists() and not public.exists()


def test_unchanged_output_without_bytes_reuses_the_previous_file(tmp_path):
    public = tmp_path / "public"
    write_site([out("a.html", b"A")], public)
    report = write_site([Output("a.html", None, "fp")], public)
    assert report.kept == ["a.html"] and (public / "a.html").read_bytes() == b"A"


def test_refuses_to_replace_a_symlinked_output(tmp_path):
    target = tmp_path / "elsewhere"
    target.mkdir()
    os.symlink(target, tmp_path / "public")
    with pytest.raises(RuntimeError):
        write_site([out("a.html", b"A")], tmp_path / "public")
    assert list(target.iterdir()) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="atomic exchange is Linux's renameat2")
def test_the_swap_never_leaves_public_missing(tmp_path):
    """A reader polling public/ while sites are swapped in never finds it missing."""
    public = tmp_path / "public"
    write_site([out("index.html", b"0")], public)
    stop = threading.Event()
    misses = []

    def poll():
        while not stop.is_set():
            if not (public / "index.html").is_file():
                misses.append(1)

    reader = threading.Thread(target=poll)
    reader.start()
    try:
        for i in range(1, 40):
            write_site([out("index.html", str(i).encode())], public)
    finally:
        stop.set()
        reader.join()
    assert misses == [] and (public / "index.html").read_bytes() == b"39"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["public"]
