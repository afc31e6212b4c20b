"""Typed reading of front-matter values, reporting each bad field with its line.

Front matter is user input: every field is checked for its type here, once,
so later stages can trust the values they get.
"""

from __future__ import annotations

import datetime as dt
import difflib

from generator.errors import Problems
from generator.model import PartialDate


class FieldReader:
    """Reads fields from one document's front matter, collecting problems."""

    def __init__(self, meta: dict, lines: dict[str, int], path: str, problems: Problems) -> None:
        self.meta = meta
        self.lines = lines
        self.path = path
        self.problems = problems
        self.ok = True

    def line(self, key: str) -> int | None:
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key.rpartition(".")[0] if "." in key else key.rpartition("[")[0]
        return 1

    def error(self, key: str, message: str) -> None:
        self.ok = False
        self.problems.error(self.path, self.line(key), f"{key}: {message}")

    def warn_unknown(self, known: tuple[str, ...]) -> None:
        for key in self.meta:
            if key not in known:
                close = difflib.get_close_matches(str(key), known, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.problems.warning(self.path, self.line(str(key)), f"unknown field '{key}'{hint}; it is ignored")

    def text(self, key: str, value: object = None, *, required: bool = False) -> str:
        value = self.meta.get(key) if value is None else value
        if value is None or value == "":
            if required:
                self.error(key, "is required")
            return ""
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return str(value).strip()
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()
        self.error(key, f"expected text, got {type(value).__name__}")
        return ""

    def texts(self, key: str, value: object = None) -> tuple[str, ...]:
        value = self.meta.get(key) if value is None else value
        if value is None or value == "":
            return ()
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            return (str(value).strip(),)
        if not isinstance(value, list):
            self.error(key, f"expected a list of text, got {type(value).__name__}")
            return ()
        out: list[str] = []
        for i, item in enumerate(value):
            if isinstance(item, (str, int, float)) and not isinstance(item, bool):
                if str(item).strip():
                    out.append(str(item).strip())
            else:
                self.error(f"{key}[{i}]", f"expected text, got {type(item).__name__}")
        return tuple(dict.fromkeys(out))

    def flag(self, key: str, value: object = None) -> bool:
        value = self.meta.get(key, False) if value is None else value
        if isinstance(value, bool):
            return value
        self.error(key, f"expected true or false, got {value!r}")
        return False

    def day(self, key: str) -> dt.date | None:
        """A full calendar date (publication dates are known to the day)."""
        value = self.meta.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip()[:10])
            except ValueError:
                pass
        self.error(key, f"{value!r} is not a date (use YYYY-MM-DD)")
        return None

    def partial_date(self, key: str, value: object) -> PartialDate | None:
        if value is None or value == "":
            self.error(key, "is required (YYYY, YYYY-MM or YYYY-MM-DD)")
            return None
        try:
            return PartialDate.parse(value)
        except (ValueError, TypeError):
            self.error(key, f"{value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
            return None
