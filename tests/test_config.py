import pytest

from generator.config import SiteConfig, parse_config
from generator.errors import BriefingError


def test_defaults_and_values():
    config, problems = parse_config('title = "Crisis"\nbase_url = "https://example.org/b"\nlink_mentions = false\n')
    assert problems == []
    assert config.title == "Crisis"
    assert config.base_url == "https://example.org/b/"
    assert config.link_mentions is False
    assert config.language == SiteConfig().language


def test_unknown_key_names_the_key_line_and_a_suggestion():
    _, problems = parse_config('title = "x"\n\ntitel = "y"\n')
    assert [str(p) for p in problems] == ["site.toml:3: unknown key 'titel' (did you mean 'title'?)"]


@pytest.mark.parametrize("line, message", [
    ("language = 3", "site.toml:1: language: expected a string, got 3"),
    ("overview_articles = true", "site.toml:1: overview_articles: expected a whole number, got True"),
    ("link_mentions = 1", "site.toml:1: link_mentions: expected true or false, got 1"),
    ("feed_articles = -1", "site.toml:1: feed_articles: must not be negative, got -1"),
    ('base_url = "example.org"', "site.toml:1: base_url: expected an http(s) URL, got 'example.org'"),
])
def test_wrong_types_are_errors(line, message):
    _, problems = parse_config(line + "\n")
    assert [str(p) for p in problems] == [message]


def test_invalid_toml_is_one_line_with_its_line_number():
    with pytest.raises(BriefingError) as info:
        parse_config('title = "x"\ndescription = \n')
    assert str(info.value.problem).startswith("site.toml:2: invalid TOML:")
