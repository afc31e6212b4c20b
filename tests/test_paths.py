from pathlib import Path

import pytest

from generator.paths import is_safe_slug, relurl, safe_join, slugify


@pytest.mark.parametrize("text, slug", [
    ("Alyaksandr Lukashenka", "alyaksandr-lukashenka"),
    ("Jean-Yves Le Drian", "jean-yves-le-drian"),
    ("Зеленский", "zelenskiy"),
    ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
    ("Mańkowska-Żółć", "mankowska-zolc"),
    ("U.S.", "u-s"),
    ("Kyiv's pledge", "kyivs-pledge"),
    ("../../etc/passwd", "etc-passwd"),
    ("", "item"),
    ("!!!", "item"),
])
def test_slugify_gives_readable_ascii(text, slug):
    assert slugify(text) == slug
    assert is_safe_slug(slugify(text))


def test_slugify_caps_length_at_a_word_boundary():
    slug = slugify("word " * 40)
    assert len(slug) <= 80 and not slug.endswith("-")


@pytest.mark.parametrize("slug, ok", [("abc-1", True), ("a", True), ("-a", False), ("a--b", False),
                                      ("A", False), ("a/b", False), ("..", False), ("", False)])
def test_is_safe_slug(slug, ok):
    assert is_safe_slug(slug) is ok


@pytest.mark.parametrize("frm, to, rel", [
    ("index.html", "actors/a.html", "actors/a.html"),
    ("actors/a.html", "index.html", "../index.html"),
    ("actors/a.html", "actors/b.html", "b.html"),
    ("articles/x.html", "chronology.html#ev-1", "../chronology.html#ev-1"),
    ("articles/x.html", "static/briefing.css", "../static/briefing.css"),
    ("a/b/c.html", "a/d.html", "../d.html"),
])
def test_relurl(frm, to, rel):
    assert relurl(frm, to) == rel


@pytest.mark.parametrize("bad", ["../x", "/etc/passwd", "a/../../x", "a\\..\\x", "", "a\x00b", ".."])
def test_safe_join_refuses_paths_outside_the_root(tmp_path: Path, bad):
    with pytest.raises(ValueError):
        safe_join(tmp_path, bad)


def test_safe_join_accepts_nested_paths(tmp_path: Path):
    assert safe_join(tmp_path, "actors/a.html") == tmp_path / "actors" / "a.html"
    assert safe_join(tmp_path, "a/./b.html") == tmp_path / "a" / "b.html"
