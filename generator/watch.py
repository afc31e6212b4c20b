"""Watching a site's sources: snapshots, their differences, and debouncing.

livereload ships a watcher, but ``briefing serve`` does not use it, because
for a preview that must never show a stale page its faults matter:

* it polls every 0.8 s (without pyinotify), and it does not reload the
  browser for a change that comes within 3 s of the previous reload
  (``LiveReloadHandler.poll_tasks`` logs "Ignore"): a second save soon after
  the first is rebuilt but never shown, so the open page stays stale;
* its folder check stops at the first changed file and only looks for
  deletions when nothing changed, so a save plus a deletion is reported as
  one change and it cannot say what was renamed;
* a file that appears with an old mtime (``mv`` keeps mtimes, so does
  ``git checkout``) is ignored, because it compares against the start time;
* its state lives on classes (``LiveReloadHandler.watcher``/``waiters``),
  shared by every server in a process.

Instead a :func:`snapshot` records every watched file's (mtime, size, inode);
two snapshots differ exactly in the added, modified and removed files, so a
deletion or a rename can never be missed on any platform. Recently modified
files are also hashed, because an mtime tick can be coarser than two quick
saves of the same length ("racy" timestamps, as git calls them). :class:`Debouncer` turns a burst of saves into one rebuild, and
:func:`watch` runs the loop.
"""

from __future__ import annotations

import hashlib
import os
import time
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

WATCHED = ("content", "layouts", "static", "seeds", "site.toml")
RACY_NS = 1_000_000_000  # files this much older than the last look are compared by content too

Signature = tuple  # (mtime_ns, size, inode) or (mtime_ns, size, inode, content hash)


@dataclass(frozen=True)
class Snapshot:
    """Every watched file's signature, and when they were taken."""

    taken_ns: int
    files: dict[str, Signature]  # site-relative POSIX path → signature


def is_ignored(name: str) -> bool:
    """Editor droppings and hidden files: never a reason to rebuild."""
    return (name.startswith((".", "#", "~")) or name.endswith(("~", ".swp", ".swx", ".swo", ".tmp", ".part",
                                                                 ".crdownload", "___jb_tmp___", "___jb_old___"))
            or name == "4913")  # vim's probe file


def snapshot(site: Path, previous: Snapshot | None = None, watched: tuple[str, ...] = WATCHED) -> Snapshot:
    """The signature of every watched file under ``site`` right now.

    Files modified around or after ``previous`` was taken (the snapshot the
    last build started from) carry a content hash, so a second save within
    the same mtime tick, of the same size, is still seen, however long the
    gap between two looks (a long build).
    """
    now = time.time_ns()
    racy_since = (previous.taken_ns if previous else now) - RACY_NS
    files: dict[str, Signature] = {}
    for top in watched:
        _scan(os.path.join(site, top), top, files, racy_since)
    return Snapshot(now, files)


def _scan(path: str, rel: str, files: dict[str, Signature], racy_since: int) -> None:
    """Record ``path`` (a file, or a folder walked recursively); plain ``os`` calls, as this runs 20 times a second."""
    try:
        entries = list(os.scandir(path))
    except NotADirectoryError:
        _record(files, rel, path, racy_since)
        return
    except OSError:  # absent, or deleted while we looked
        return
    for entry in entries:
        if is_ignored(entry.name):
            continue
        child = f"{rel}/{entry.name}"
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            continue
        if is_dir:
            _scan(entry.path, child, files, racy_since)
        else:
            _record(files, child, entry.path, racy_since)


def _record(files: dict[str, Signature], rel: str, path: str, racy_since: int) -> None:
    try:
        st = os.stat(path)
    except OSError:  # deleted between listing and stat: simply absent
        return
    sig: Signature = (st.st_mtime_ns, st.st_size, st.st_ino)
    if st.st_mtime_ns >= racy_since:
        try:
            with open(path, "rb") as f:
                sig += (hashlib.blake2b(f.read(), digest_size=16).digest(),)
        except OSError:
            return
    files[rel] = sig


def same(a: Signature, b: Signature) -> bool:
    """Same stat, and same content when both looks hashed it."""
    return a[:3] == b[:3] and (len(a) < 4 or len(b) < 4 or a[3] == b[3])


@dataclass(frozen=True)
class Changes:
    """What differs between two snapshots, in sorted site-relative paths."""

    added: tuple[str, ...] = ()
    modified: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()  # (old, new): the same file (inode) under a new name

    def __bool__(self) -> bool:
        return bool(self.added or self.modified or self.removed or self.renamed)

    @property
    def paths(self) -> list[str]:
        return sorted({*self.added, *self.modified, *self.removed, *(p for pair in self.renamed for p in pair)})

    def describe(self, limit: int = 3) -> str:
        """'content/articles/a.md changed', 'a.md renamed to b.md', shortened when many."""
        parts = [f"{p} changed" for p in self.modified] + [f"{p} added" for p in self.added]
        parts += [f"{p} removed" for p in self.removed] + [f"{a} renamed to {b}" for a, b in self.renamed]
        if len(parts) > limit:
            return ", ".join(parts[:limit]) + f" and {len(parts) - limit} more"
        return ", ".join(parts)


def diff(old: Snapshot, new: Snapshot) -> Changes:
    """The files added, modified and removed from ``old`` to ``new``.

    A file that vanished and one that appeared with the same inode, mtime
    and size is a rename (a freed inode can be reused by a new file, whose
    mtime is new).
    """
    before, after = old.files, new.files
    added = sorted(p for p in after if p not in before)
    removed = sorted(p for p in before if p not in after)
    modified = [p for p in sorted(after) if p in before and not same(before[p], after[p])]
    sources = {before[p][:3]: p for p in removed}
    renamed = []
    for p in list(added):
        source = sources.pop(after[p][:3], None)
        if source is not None:
            renamed.append((source, p))
            added.remove(p)
            removed.remove(source)
    return Changes(tuple(added), tuple(modified), tuple(removed), tuple(renamed))


@dataclass
class Debouncer:
    """Says when a burst of changes is over: ``quiet`` seconds without a new one.

    A burst of saves (an editor writing a temp file then renaming it, "save
    all", a ``git checkout``) becomes one rebuild; ``longest`` bounds the wait
    when something keeps writing. Time is passed in, so it is testable
    without sleeping. The caller diffs the snapshot of its last build against
    the latest one, so the rebuild sees the burst's net effect.
    """

    quiet: float = 0.1
    longest: float = 1.0
    first_seen: float | None = None
    last_seen: float | None = None

    def changed(self, now: float) -> None:
        self.first_seen = now if self.first_seen is None else self.first_seen
        self.last_seen = now

    def due(self, now: float) -> bool:
        """True once when the burst is over (or has lasted ``longest``)."""
        if self.first_seen is None or self.last_seen is None:
            return False
        if now - self.last_seen < self.quiet and now - self.first_seen < self.longest:
            return False
        self.first_seen = self.last_seen = None
        return True


def watch(site: Path, on_change: Callable[[Changes], None], stop: threading.Event,
          interval: float = 0.05, debouncer: Debouncer | None = None, base: Snapshot | None = None) -> None:
    """Poll ``site`` until ``stop`` is set; call ``on_change`` (in this thread) once per burst.

    The changes passed are the net difference from the snapshot taken just
    before the previous call, so whatever happens during a rebuild is seen
    by the next look, and nothing is lost between two rebuilds. The pause
    between looks is at least four times a look's cost, so a big site's
    watcher stays near a fifth of a core; once a change is seen, the next look
    comes as soon as the burst may be over. ``base`` should be the snapshot
    taken just before the first build, so no save made during it is missed.
    """
    debouncer = debouncer or Debouncer()
    base = latest = base or snapshot(site)
    pause = interval
    while not stop.wait(pause):
        started = time.monotonic()
        current = snapshot(site, base)
        now = time.monotonic()
        pause = max(interval, 4 * (now - started))
        if diff(latest, current):
            debouncer.changed(now)
            pause = max(interval, debouncer.quiet)  # look again as soon as the burst may be over
        latest = current
        if debouncer.due(now):
            changes, base = diff(base, latest), latest
            if changes:
                on_change(changes)
