"""Problems are data: stages collect them, the CLI prints them once.

A user error must never surface as a traceback, so every stage reports what
went wrong as a :class:`Problem` naming the file and line, and carries on with
the good files. Only :class:`BriefingError` stops a stage outright.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Level(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the user's input, printed as ``path:line: message``."""

    path: str  # relative to the site root, with forward slashes; "" when no file applies
    line: int | None
    message: str
    level: Level = Level.ERROR

    def __str__(self) -> str:
        where = self.path or "briefing"
        if self.line:
            where = f"{where}:{self.line}"
        prefix = "warning: " if self.level is Level.WARNING else ""
        return f"{where}: {prefix}{self.message}"

    @property
    def is_error(self) -> bool:
        return self.level is Level.ERROR


class BriefingError(Exception):
    """An error that stops the command; shown as one line, never as a traceback."""

    def __init__(self, problem: Problem | str) -> None:
        if isinstance(problem, str):
            problem = Problem("", None, problem)
        super().__init__(str(problem))
        self.problem = problem


class Problems:
    """An append-only list of problems, shared by the stages of one run."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root
        self.items: list[Problem] = []

    def where(self, path: Path | str) -> str:
        """Show ``path`` relative to the site root so messages stay short and stable."""
        p = Path(path)
        if self.root is not None:
            try:
                p = p.resolve().relative_to(self.root.resolve())
            except ValueError:
                pass
        return p.as_posix()

    def error(self, path: Path | str, line: int | None, message: str) -> None:
        self.items.append(Problem(self.where(path), line, message))

    def warning(self, path: Path | str, line: int | None, message: str) -> None:
        self.items.append(Problem(self.where(path), line, message, Level.WARNING))

    def extend(self, problems: list[Problem]) -> None:
        self.items.extend(problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.is_error]

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)
