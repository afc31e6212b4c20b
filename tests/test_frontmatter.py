import pytest

from generator.errors import BriefingError
from generator.frontmatter import load_yaml, parse


def test_front_matter_values_lines_and_body():
    doc = parse("---\ntitle: Talks\nevents:\n  - date: 2021\n    text: x\n---\nBody\n", "a.md")
    assert doc.meta == {"title": "Talks", "events": [{"date": 2021, "text": "x"}]}
    assert doc.body == "Body\n"
    assert doc.body_line == 7
    assert doc.lines["title"] == 2 and doc.lines["events[0]"] == 4 and doc.lines["events[0].text"] == 5


@pytest.mark.parametrize("text", ["Just a body\n", "--- not a fence\nbody\n", ""])
def test_files_without_front_matter_are_all_body(text):
    doc = parse(text, "a.md")
    assert doc.meta == {} and doc.body == text


def test_a_thematic_break_in_the_body_is_not_a_fence():
    doc = parse("---\ntitle: T\n---\nOne\n\n---\n\nTwo\n", "a.md")
    assert doc.meta == {"title": "T"} and doc.body == "One\n\n---\n\nTwo\n"


def test_byte_order_mark_and_empty_front_matter():
    assert parse("\ufeff---\ntitle: T\n---\nx", "a.md").meta == {"title": "T"}
    assert parse("---\n---\nx", "a.md").meta == {}


@pytest.mark.parametrize("text, message", [
    ("---\ntitle: T\n", "a.md:1: front matter opened with '---' is never closed"),
    ("---\n- a\n- b\n---\n", "a.md:2: front matter must be a mapping of 'key: value' lines"),
    ("---\ntitle: T\n  bad: indent\n---\n", "a.md:3: invalid YAML: mapping values are not allowed in this context"),
])
def test_bad_front_matter_is_one_problem_with_a_line(text, message):
    with pytest.raises(BriefingError) as info:
        parse(text, "a.md")
    assert str(info.value.problem) == message


def test_load_yaml_offsets_lines():
    value, lines = load_yaml("- date: 2014\n  text: x\n", "e.yaml", first_line=10)
    assert value == [{"date": 2014, "text": "x"}] and lines["[0].text"] == 11
