"""Front matter as YAML text: the same bytes PyYAML writes, without PyYAML's cost on the common shapes.

Ingest writes one article and several actor stubs per input file, and PyYAML's
representer (pure Python: a node graph, then an event stream, for every value)
cost more than reading and cleaning the file's lines. The front matter ingest
writes has few shapes: mappings with plain keys, lists, one-line strings,
dates, booleans, whole numbers. Those are written here directly; everything
else (text of several lines, a float, a nested list, a string that needs
escapes) goes to PyYAML, so no value is ever written in a way PyYAML would
not write it. ``tests/test_ingest_yaml_text.py`` holds the two to the same bytes.
"""

from __future__ import annotations

import datetime as dt

import yaml

# the C emitter is several times faster than the Python one and writes the same text
_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):
    """Never write anchors and aliases (``&id001``): every value is written where it is used."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def _text_block(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    """Text of several lines (an analyst's notes) as a literal block, the way a person would write it."""
    style = "|" if "\n" in value and not any(line != line.rstrip() for line in value.split("\n")) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text_block)
_resolver = yaml.resolver.Resolver()
# the resolver's patterns for a string's first character (a bool's, a number's, a null's, a date's): a plain string
# that none of them matches reads back as a string. (Resolver.resolve asks the same patterns in the same order;
# there is no pattern for every string and no path resolver, which it would ask too.)
assert None not in _resolver.yaml_implicit_resolvers and not _resolver.yaml_path_resolvers
_IMPLICIT = {first: tuple(regexp.match for _, regexp in resolvers)
             for first, resolvers in _resolver.yaml_implicit_resolvers.items() if first}


def dump_yaml(data: dict) -> str:
    """``data`` as a block-style YAML document, keys in their order, Unicode as itself."""
    try:
        if not data:
            raise _Unusual
        out: list[str] = []
        _mapping(data, "", out, "")
        return "".join(out)
    except _Unusual:
        return pyyaml_dump(data)


def pyyaml_dump(data: dict) -> str:
    """PyYAML's own writing of ``data``: what ``dump_yaml`` writes, byte for byte."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False,
                     width=1 << 16)


class _Unusual(Exception):
    """A value this module does not write itself; PyYAML writes the whole document instead."""


def _mapping(data: dict, indent: str, out: list[str], lead: str) -> None:
    """Append the mapping's lines to ``out``, each key at ``indent``; the first line opens with ``lead`` in its
    place (a list item's dash, on whose line the first key goes)."""
    for key, value in data.items():
        if key in _FIELDS:
            head = f"{lead}{key}:"
        elif not isinstance(key, str) or len(key) > 100:
            raise _Unusual  # (a long key is written as a "? key" pair)
        else:
            head = f"{lead}{_scalar(key)}:"
        lead = indent
        if type(value) is str:  # (most values: the string's own test, without _value's look at every other type)
            out.append(f"{head} {_scalar(value)}\n")
        elif isinstance(value, dict) and value:
            out.append(head + "\n")
            inner = indent + "  "
            _mapping(value, inner, out, inner)
        elif isinstance(value, list) and value:
            out.append(head + "\n")
            _sequence(value, indent, out)  # PyYAML does not indent a list under its key
        else:
            out.append(f"{head} {_value(value)}\n")


def _sequence(items: list, indent: str, out: list[str]) -> None:
    dash = indent + "- "
    for item in items:
        if type(item) is str:
            out.append(f"{dash}{_scalar(item)}\n")
        elif isinstance(item, dict) and item:
            _mapping(item, indent + "  ", out, dash)  # the first key goes on the dash's line
        elif isinstance(item, list) and item:
            raise _Unusual
        else:
            out.append(f"{dash}{_value(item)}\n")


def _value(value: object) -> str:
    if isinstance(value, str):
        return _scalar(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return str(value)
    if type(value) is dt.date:
        return value.isoformat()
    if value == [] and isinstance(value, list):
        return "[]"
    if value == {} and isinstance(value, dict):
        return "{}"
    raise _Unusual


# a character that makes a plain scalar mean something else at its start ("- x", "'x", "&x", "? x")
_INDICATORS = frozenset("#,[]{}&*!|>'\"%@`")


# the field names ingest writes, each its own plain scalar (checked below): written without the look at each key
_FIELDS = frozenset((
    "title", "date", "outlet", "url", "authors", "credits", "summary", "notes", "source_file", "tags", "places",
    "actors", "quotes", "events", "draft", "name", "role", "roles", "aliases", "kind", "speaker", "text", "approx",
))


def _scalar(text: str) -> str:
    """A one-line string as PyYAML writes it: plain where that reads back as the same string, else in single quotes."""
    # Line breaks, tabs, controls, a BOM, a line long enough to fold, a character beyond the Basic
    # Multilingual Plane (libyaml escapes an emoji as "\U0001F600"): PyYAML's business.
    if not text.isprintable() or len(text) > 10_000 or not text.isascii() and max(text) > "\uffff":
        raise _Unusual
    # PyYAML's test for a block-context plain scalar, for printable one-line text
    if not text or text[0] == " " or text[-1] == " " or text.startswith(("---", "...")):
        return _quoted(text)
    first = text[0]
    if first in _INDICATORS or (first in "?:-" and text[1:2] in ("", " ")):
        return _quoted(text)
    if ": " in text or " #" in text or text[-1] == ":":
        return _quoted(text)
    # plain, unless the resolver would read it as another type
    matchers = _IMPLICIT.get(first)
    if matchers is not None:
        for match in matchers:
            if match(text):
                return _quoted(text)
    return text


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


assert all(_scalar(field) == field for field in _FIELDS)
