"""``site.toml``: a small, typed schema; unknown keys and wrong types are errors.

Settings are data with a schema (unlike Pelican's executable settings), so a
typo is caught and named instead of silently ignored.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from generator.errors import BriefingError, Problem, Problems

CONFIG_FILE = "site.toml"


@dataclass(frozen=True)
class SiteConfig:
    """Every setting a site can make, with its default and what it is for."""

    title: str = "Briefing"
    """Shown in the header, the page titles and the feed."""
    description: str = ""
    """What the briefing covers: shown on the overview and in the feed."""
    base_url: str = ""
    """The public address, e.g. ``https://example.org/briefing/``. Only the feed and
    sitemap need absolute URLs; every page link stays relative without it."""
    language: str = "en"
    """The ``lang`` of every page."""
    author: str = ""
    """Who compiles the briefing: shown in the footer and the feed."""
    link_mentions: bool = True
    """Link every mention of an actor in article text to the actor's page."""
    overview_articles: int = 10
    """How many of the latest articles the overview lists."""
    overview_actors: int = 12
    """How many of the most-mentioned actors the overview lists."""
    overview_events: int = 10
    """How many of the latest events the overview lists."""
    feed_articles: int = 20
    """How many articles each Atom feed carries."""
    related_articles: int = 5
    """How many related articles each article page lists."""
    chronology_page_events: int = 2000
    """Above this many events, the chronology gets one page per year."""


_FIELDS = {f.name: f for f in fields(SiteConfig)}
_TYPES = {"str": str, "bool": bool, "int": int}
_TYPE_WORDS = {str: "a string", bool: "true or false", int: "a whole number"}


def _key_line(text: str, key: str) -> int | None:
    m = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else None


def parse_config(text: str, path: str = CONFIG_FILE) -> tuple[SiteConfig, list[Problem]]:
    """Parse ``site.toml`` text; every bad key is reported, the good ones kept."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+)", str(exc))
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise BriefingError(Problem(path, int(m[1]) if m else None, f"invalid TOML: {msg}")) from None
    problems: list[Problem] = []
    values: dict[str, object] = {}
    for key, value in raw.items():
        line = _key_line(text, key)
        field = _FIELDS.get(key)
        if field is None:
            close = difflib.get_close_matches(key, _FIELDS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(_FIELDS)})"
            problems.append(Problem(path, line, f"unknown key '{key}'{hint}"))
            continue
        want = _TYPES[field.type] if isinstance(field.type, str) else field.type
        if type(value) is not want:  # bool is an int subclass: compare exactly
            problems.append(Problem(path, line, f"{key}: expected {_TYPE_WORDS[want]}, got {value!r}"))
            continue
        if want is int and value < 0:
            problems.append(Problem(path, line, f"{key}: must not be negative, got {value}"))
            continue
        values[key] = value
    base = str(values.get("base_url", ""))
    if base and not re.match(r"https?://[^/\s]+", base):
        problems.append(Problem(path, _key_line(text, "base_url"), f"base_url: expected an http(s) URL, got {base!r}"))
        values.pop("base_url")
    elif base and not base.endswith("/"):
        values["base_url"] = base + "/"
    return SiteConfig(**values), problems


def load_config(site: Path, problems: Problems) -> SiteConfig:
    """Read the site's ``site.toml``; a missing file is an error that stops the build."""
    path = site / CONFIG_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BriefingError(Problem(CONFIG_FILE, None, f"no {CONFIG_FILE} here; is {site} a briefing site? (make one with 'briefing init')")) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BriefingError(Problem(CONFIG_FILE, None, f"cannot read: {exc}")) from None
    config, found = parse_config(text, CONFIG_FILE)
    problems.extend(found)
    return config


def describe_keys() -> list[tuple[str, str, object, str]]:
    """(key, type, default, help) for every setting: used by ``init`` and the README."""
    out = []
    for f in fields(SiteConfig):
        doc = _DOCS.get(f.name, "")
        out.append((f.name, str(f.type), f.default, doc))
    return out


def _attribute_docs() -> dict[str, str]:
    """Read the attribute docstrings above, so help text lives in one place."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(SiteConfig))
    docs: dict[str, str] = {}
    body = tree.body[0].body  # type: ignore[attr-defined]
    for node, nxt in zip(body, body[1:]):
        if isinstance(node, ast.AnnAssign) and isinstance(nxt, ast.Expr) and isinstance(nxt.value, ast.Constant):
            docs[node.target.id] = " ".join(str(nxt.value.value).split())  # type: ignore[union-attr]
    return docs


_DOCS = _attribute_docs()
