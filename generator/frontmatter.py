"""Split a content file into YAML front matter and body, keeping line numbers.

Messages must name the line of the offending field, so the YAML is composed
into nodes first (which carry their marks) and then constructed from them:
one parse gives both the values and where each came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from generator.errors import BriefingError, Problem

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is several times faster


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """The safe loader, but a date that is not a date (2021-02-30) is a YAML error with a line."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.Node):
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        raise yaml.constructor.ConstructorError(
            None, None, f"{node.value!r} is not a date", node.start_mark) from None


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)

FENCE = "---"


@dataclass(frozen=True)
class Document:
    """A content file: its front matter values, where they came from, and its body."""

    meta: dict
    body: str
    body_line: int  # 1-based line of the body's first line
    lines: dict[str, int] = field(default_factory=dict)  # "date", "events[2]", "events[2].date" → line


def _record_lines(node: yaml.Node, prefix: str, lines: dict[str, int], offset: int, depth: int = 0) -> None:
    if depth > 3:
        return
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                name = f"{prefix}.{key.value}" if prefix else str(key.value)
                lines[name] = key.start_mark.line + 1 + offset
                _record_lines(value, name, lines, offset, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            name = f"{prefix}[{i}]"
            lines[name] = item.start_mark.line + 1 + offset
            _record_lines(item, name, lines, offset, depth + 1)


def load_yaml(text: str, path: str, first_line: int = 1) -> tuple[object, dict[str, int]]:
    """Parse YAML, returning the value and the line of every key and list item."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}
        lines: dict[str, int] = {}
        _record_lines(node, "", lines, first_line - 1)
        return loader.construct_document(node), lines
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + first_line if mark is not None else None
        what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise BriefingError(Problem(path, line, f"invalid YAML: {what}")) from None
    except (ValueError, TypeError, RecursionError) as exc:  # odd values PyYAML's constructors do not wrap
        raise BriefingError(Problem(path, None, f"invalid YAML: {exc}")) from None
    finally:
        loader.dispose()


def parse(text: str, path: str) -> Document:
    """Parse ``---``-fenced front matter; a file without it is all body."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.startswith(FENCE):
        return Document({}, text, 1)
    first, _, rest = text.partition("\n")
    if first.strip() != FENCE:
        return Document({}, text, 1)
    end = _closing_fence(rest)
    if end is None:
        raise BriefingError(Problem(path, 1, "front matter opened with '---' is never closed"))
    yaml_text = rest[:end]
    after = rest[end:].split("\n", 1)
    body = after[1] if len(after) > 1 else ""
    meta, lines = load_yaml(yaml_text, path, first_line=2)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise BriefingError(Problem(path, 2, "front matter must be a mapping of 'key: value' lines"))
    body_line = yaml_text.count("\n") + 3
    return Document(meta, body, body_line, lines)


def _closing_fence(rest: str) -> int | None:
    """Offset of the closing ``---`` line within ``rest`` (the text after the first fence)."""
    if rest.startswith(FENCE) and rest[3:4] in ("\n", "", "\r", " "):
        return 0
    pos = 0
    while True:
        i = rest.find("\n" + FENCE, pos)
        if i < 0:
            return None
        tail = rest[i + 4 : i + 5]
        if tail in ("\n", "", "\r", " ", "\t"):
            return i + 1
        pos = i + 1
