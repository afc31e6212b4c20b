"""What cleaning hands back, and how it refuses a document.

Its own module so that each input kind's cleaner (text scrape, saved page,
Markdown) can return the same result without importing the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.ingest.types import CleanArticle


class CleanError(Exception):
    """The document holds no usable article; the message is one line, without the path, and ``line`` the
    file's line where the trouble is, when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(slots=True)
class Cleaned:
    """A cleaned article and how merge must treat it."""
    article: CleanArticle
    markdown: bool = False  # paragraphs are Markdown already (html, md): merge must not escape them
    extra: dict = field(default_factory=dict)  # front matter carried over from .md input
