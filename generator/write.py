"""Stage 5, write: put the new site in place all at once, or not at all.

The new site is assembled in a fresh sibling folder as pages are rendered
(so memory stays flat however large the site): changed files are written,
unchanged ones hard-linked from the previous build (cheap, and their mtimes
show they were not rewritten). Only when it is complete does it replace
``public/``, so a failed build leaves the previous site intact. Every path
goes through :func:`generator.paths.safe_join`.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from generator.paths import safe_join
from generator.render import Output


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)  # output paths whose bytes were (re)written
    kept: list[str] = field(default_factory=list)  # unchanged files carried over from the last build
    removed: list[str] = field(default_factory=list)  # files of the last build that are gone now


class Staging:
    """A new site being assembled beside ``public``; ``commit`` swaps it in, ``abort`` drops it.

    Use as a context manager: leaving the block by an exception aborts.
    """

    def __init__(self, public: Path) -> None:
        self.public = public
        self.stage = public.with_name(f".{public.name}.new-{os.getpid()}")
        self.report = WriteReport()
        self.paths: set[str] = set()
        self._dirs: set[Path] = set()
        self._stage, self._public = os.fspath(self.stage), os.fspath(public)
        self._made: set[str] = set()  # folders made for kept files

    def __enter__(self) -> "Staging":
        if self.stage.exists():
            shutil.rmtree(self.stage)
        self.stage.mkdir(parents=True)
        self._dirs.add(self.stage)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None or self.stage.exists():
            shutil.rmtree(self.stage, ignore_errors=True)

    def add(self, out: Output, differs: bool = False) -> None:
        """Place one output: hard-link the previous file when its bytes are unchanged.

        ``differs``: the caller knows the bytes changed (so the previous file need not be read).
        """
        target = safe_join(self.stage, out.path)
        if target.parent not in self._dirs:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._dirs.add(target.parent)
        self.paths.add(out.path)
        previous = safe_join(self.public, out.path)
        if out.data is None or (not differs and _same_bytes(previous, out.data)):
            if _reuse(previous, target):
                self.report.kept.append(out.path)
                return
            if out.data is None:
                raise RuntimeError(f"{out.path}: the previous build's file vanished during the build")
        target.write_bytes(out.data)
        self.report.written.append(out.path)

    def keep(self, path: str) -> None:
        """Carry over the previous build's file of a page nothing has touched.

        The fast path of :meth:`add` for the thousands of pages an edit leaves
        alone: plain strings instead of paths, no comparison of bytes.
        """
        if path.startswith("/") or ".." in path.split("/") or "\\" in path:
            raise ValueError(f"unsafe output path {path!r}")
        target = os.path.join(self._stage, path)
        parent = os.path.dirname(target)
        if parent not in self._made:
            os.makedirs(parent, exist_ok=True)
            self._made.add(parent)
        self.paths.add(path)
        if not _reuse(os.path.join(self._public, path), target):
            raise RuntimeError(f"{path}: the previous build's file vanished during the build")
        self.report.kept.append(path)

    def commit(self) -> WriteReport:
        if self.public.exists():
            self.report.removed = sorted(p for p in _files(self.public) if p not in self.paths)
        _swap(self.stage, self.public)
        return self.report


def write_site(outputs: list[Output], public: Path) -> WriteReport:
    """Assemble ``outputs`` into a new folder and swap it in place of ``public``."""
    with Staging(public) as staging:
        for out in outputs:
            staging.add(out)
        return staging.commit()


def _reuse(previous: Path, target: Path) -> bool:
    try:
        os.link(previous, target)
        return True
    except FileNotFoundError:
        return False
    except OSError:  # a filesystem without hard links: copy instead
        try:
            shutil.copy2(previous, target)
            return True
        except OSError:
            return False


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _files(root: Path) -> list[str]:
    out = []
    for dirpath, _, files in os.walk(root):
        rel = Path(dirpath).relative_to(root)
        out += [(rel / f).as_posix() for f in files]
    return out


def _swap(stage: Path, public: Path) -> None:
    """Replace ``public`` by ``stage``.

    On Linux one ``renameat2(RENAME_EXCHANGE)`` swaps the two folders, so a web
    server pointed at ``public/`` never sees it missing; elsewhere two renames
    leave a moment without it. The old tree is removed afterwards.
    """
    if public.is_symlink() or public.is_file():
        raise RuntimeError(f"{public} is not a folder; refusing to replace it")
    if public.exists() and _exchange(stage, public):
        shutil.rmtree(stage, ignore_errors=True)  # now holds the previous site
        return
    old = public.with_name(f".{public.name}.old-{os.getpid()}")
    if public.exists():
        os.replace(public, old)
    try:
        os.replace(stage, public)
    except BaseException:
        if old.exists():
            os.replace(old, public)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths (Linux ``renameat2`` with ``RENAME_EXCHANGE``); False if unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # a libc without it (glibc < 2.28, musl)
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0
