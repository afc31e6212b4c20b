"""Slugs, output paths and relative URLs.

Every internal link is relative so that ``public/`` works on any host, under
any sub-path and from ``file://``. Output paths are plain POSIX strings
relative to the output root (``articles/paris-talks.html``); :func:`safe_join`
is the only way they become filesystem paths, so nothing can escape the site.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from anyascii import anyascii

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 80
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def slugify(text: str, fallback: str = "item") -> str:
    """A readable ASCII slug: ``Alyaksandr Lukashenka`` → ``alyaksandr-lukashenka``.

    Transliteration (not stripping) keeps Cyrillic and accented names readable:
    ``Зеленский`` → ``zelenskii``. The result can never contain ``/`` or ``..``.
    """
    ascii_text = anyascii(str(text)).lower().replace("'", "").replace("\u2019", "")
    slug = _NON_SLUG.sub("-", ascii_text).strip("-")
    if len(slug) > _MAX_SLUG:
        slug = slug[:_MAX_SLUG].rsplit("-", 1)[0] or slug[:_MAX_SLUG]
    return slug or fallback


def is_safe_slug(slug: str) -> bool:
    """True for ids usable as a single file name: lowercase ASCII, digits and dashes."""
    return _SLUG.fullmatch(slug) is not None


def safe_join(root: Path, rel: str) -> Path:
    """Join an output path onto ``root``, refusing anything that would leave it."""
    if not rel or rel.startswith(("/", "\\")) or "\\" in rel or "\x00" in rel:
        raise ValueError(f"unsafe output path {rel!r}")
    norm = posixpath.normpath(rel)
    if norm.startswith("../") or norm == ".." or norm.startswith("/"):
        raise ValueError(f"unsafe output path {rel!r}")
    return root.joinpath(*norm.split("/"))


def relurl(from_page: str, to: str) -> str:
    """The relative URL from output page ``from_page`` to output path ``to``.

    Both are normalised output paths (``actors/lavrov.html``); a fragment on
    ``to`` is kept. ``relurl("actors/a.html", "index.html") == "../index.html"``.
    Plain string work: this runs for every link of every page.
    """
    target, _, fragment = to.partition("#")
    from_dirs = from_page.split("/")[:-1]
    if not target:
        rel = from_page.rsplit("/", 1)[-1]
    elif not from_dirs:
        rel = target
    else:
        parts = target.split("/")
        common = 0
        while common < len(from_dirs) and common < len(parts) - 1 and from_dirs[common] == parts[common]:
            common += 1
        rel = "../" * (len(from_dirs) - common) + "/".join(parts[common:])
    return f"{rel}#{fragment}" if fragment else rel
