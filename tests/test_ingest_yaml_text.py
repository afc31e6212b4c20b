"""The front matter writer writes what PyYAML writes, byte for byte, and reads back as what it was given."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
import yaml

from generator.ingest import yaml_text
from generator.ingest.yaml_text import dump_yaml, pyyaml_dump

ROOT = Path(__file__).resolve().parents[1]

TRICKY = [
    "", " ", "a", "-", "- a", "-a", "a -", "?", "? a", "?a", ":", ": a", ":a", "a:", "a: b", "a:b", "a :b",
    "#", "# a", "a #b", "a#b", "'", "'a'", "a'b", '"a"', 'a"b', "&a", "*a", "!a", "|", ">", "%a", "@a", "`a",
    "[a]", "a[0]", "{a}", "a, b", ",a", "---", "--- a", "...", "... a", "a ...", "----",
    "yes", "No", "ON", "off", "true", "False", "null", "Null", "~", "y", "n", "=", "<<",
    "0", "12", "-3", "+4", "0x1F", "0o17", "1_000", "1.5", ".5", "1e3", ".inf", "-.Inf", ".nan", "1:20", "190:20:30",
    "2021-11-12", "2021-11", "2021", "2021-11-12 10:00", "2021-11-12T10:00:00Z", "12 November 2021",
    " leading", "trailing ", "two  spaces", "tab\there", "line\nbreak", "ends\n", "\nstarts", "para\n\npara",
    "no-break\u00a0space", "bom\ufeff", "nel\x85", "ls\u2028", "bell\x07", "\u00e9t\u00e9", "\u0141\u00f3d\u017a",
    "\u041c\u0438\u043d\u0441\u043a", "\u5317\u4eac", "emoji \U0001f600", "\u201cquoted\u201d", "dash \u2013 dash",
    "It's", "'tis", "Ukraine: talks end", "What now?", "50% up", "C# and F#", "a\\b", "x" * 200,
]


def test_tricky_strings_as_values_list_items_and_keys_match_pyyaml():
    for s in TRICKY:
        data = {"title": s, "aliases": [s, "plain"], "actors": [{"name": s, "role": s}, {s or "k": s}]}
        assert dump_yaml(data) == pyyaml_dump(data), repr(s)
        assert yaml.safe_load(dump_yaml(data)) == data, repr(s)


def test_shapes_match_pyyaml():
    shapes = [
        {"title": "T", "date": dt.date(2021, 11, 12), "draft": True, "count": 3, "none": None, "approx": False},
        {"empty_list": [], "empty_map": {}, "nested": {"a": {"b": [1, 2, {"c": []}]}}},
        {"events": [{"date": dt.date(2021, 11, 12), "text": "x", "actors": ["a", "b"], "approx": False}]},
        {"list_in_list": [["a", "b"], []], "float": 1.5, "when": dt.datetime(2021, 11, 12, 10, 0)},
        {"notes": "first line\nsecond line\n", "tags": ["a"]},
        {"k" * 150: "a key too long for a simple key"},
        {1: "a key that is a number"},
        {},
    ]
    for data in shapes:
        assert dump_yaml(data) == pyyaml_dump(data), data


def test_random_strings_match_pyyaml():
    rng = random.Random(20261128)
    alphabet = list("aZ09 -?:#,'\"[]{}&*!|>%@`.~=<+_\\/") + ["\u00e9", "\u2019", "\u00a0", "\t", "\n", "\U0001f600"]
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        data = {"text": s, "list": [s], "map": [{s or "k": s}]}
        assert dump_yaml(data) == pyyaml_dump(data), repr(s)


@pytest.mark.parametrize("folder", ["content/articles", "content/actors"])
def test_this_briefings_front_matter_matches_pyyaml(folder):
    files = sorted((ROOT / folder).glob("*.md"))
    assert files
    for path in files:
        meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n", 2)[1])
        assert dump_yaml(meta) == pyyaml_dump(meta), path.name


def test_ordinary_front_matter_is_written_without_pyyaml(monkeypatch):
    """The point of the module: the shapes ingest writes never reach PyYAML's representer."""
    def refuse(data):
        raise AssertionError(f"fell back to PyYAML for {data!r}")

    monkeypatch.setattr(yaml_text, "pyyaml_dump", refuse)
    for path in sorted((ROOT / "content").glob("*/*.md")):
        meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n", 2)[1])
        assert dump_yaml(meta).startswith(next(iter(meta)))
