"""The front matter writer's quick paths (field names, strings, lines appended in place) write what PyYAML writes."""

from __future__ import annotations

import datetime as dt
import random

from generator.ingest import yaml_text
from generator.ingest.yaml_text import dump_yaml, pyyaml_dump

_WORDS = ["plain", "Two words", "true", "No", "~", "12", "1.5", "2021-11-12", "- item", "a: b", "It's", "#x", "", " x",
          "Łódź", "\u201cq\u201d", "<<", "=", ".inf", "on", "Yes please", "title", "name:", "null"]


def _value(rnd: random.Random, depth: int) -> object:
    roll = rnd.random()
    if depth < 3 and roll < 0.2:
        return {_key(rnd): _value(rnd, depth + 1) for _ in range(rnd.randint(0, 4))}
    if depth < 3 and roll < 0.4:
        return [_value(rnd, depth + 1) for _ in range(rnd.randint(0, 4))]
    return rnd.choice([*_WORDS, None, True, False, 0, 7, dt.date(2024, 2, 29), [], {}])


def _key(rnd: random.Random) -> object:
    return rnd.choice([*sorted(yaml_text._FIELDS), "speaker_id", "Jane Roe", "k" * 101, "a: b", "", "yes", 3])


def test_nested_random_front_matter_matches_pyyaml():
    rnd = random.Random(5)
    for _ in range(6000):
        data = {_key(rnd): _value(rnd, 0) for _ in range(rnd.randint(1, 5))}
        assert dump_yaml(data) == pyyaml_dump(data), data


def test_ingest_shapes_match_pyyaml():
    event = {"date": dt.date(2024, 5, 1), "text": "The vote: passed", "actors": ["jane-roe", "acme"], "approx": False}
    data = {
        "title": "Title", "date": dt.date(2024, 5, 2), "authors": ["Jane Roe"], "places": ["Lagos", "Yes"],
        "actors": ["acme", {"jane-roe": "minister"}, {"name": "jane-roe", "role": "r", "aliases": ["J. Roe"]},
                   {"name": "New One", "kind": "person"}],
        "quotes": [{"speaker": "jane-roe", "text": "We will: win"}], "events": [event, {**event, "date": "2024-05"}],
        "draft": True,
    }
    assert dump_yaml(data) == pyyaml_dump(data)
    assert all(yaml_text._scalar(field) == field for field in yaml_text._FIELDS)
