"""``briefing serve``: build, serve, watch, rebuild what changed, reload the browser.

Three parts, one module each: :mod:`generator.watch` sees which sources
changed, :func:`generator.build.build` rebuilds (given the same in-memory
:class:`BuildCache` every time, it re-renders only the pages whose inputs
changed), and :mod:`generator.devserver` serves ``public/`` with the
LiveReload script. This module ties them together and prints one line per
rebuild. Rebuilds run in the watcher's thread, one at a time; the server
runs tornado's loop in the thread that calls :meth:`Preview.run`.
"""

from __future__ import annotations

import asyncio
import dataclasses
import signal
import sys
import threading
import time
import webbrowser
from pathlib import Path
from typing import TextIO

from tornado.httpserver import HTTPServer

from generator.build import OUTPUT, BuildCache, BuildOptions, BuildReport, build
from generator.devserver import Hub, Published, display_url, is_loopback, listen, make_app
from generator.errors import Problem
from generator.watch import Changes, Debouncer, Snapshot, snapshot, watch


class Preview:
    """One running preview of one site: its cache, its published state, its server."""

    def __init__(self, site: Path, options: BuildOptions = BuildOptions(), *, out: TextIO | None = None,
                 err: TextIO | None = None, interval: float = 0.03, quiet: float = 0.06) -> None:
        self.site = site.resolve()
        self.options = dataclasses.replace(options, persist_cache=False, write=True)
        self.cache = BuildCache()
        self.published = Published(self.site / OUTPUT)
        self.hub = Hub(self.published)
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.interval = interval
        self.quiet = quiet
        self.url = ""
        self.host = ""
        self.rebuilds = 0  # builds done, the first one included
        self._last_problems: set[Problem] = set()
        self._first_look: Snapshot | None = None  # the sources as the first build saw them
        self._rebuilt = threading.Condition()
        self._sockets: list = []
        self._stop = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopped: asyncio.Event | None = None
        self._ready = threading.Event()

    # -- building ------------------------------------------------------------------------------
    def rebuild(self, changes: Changes | None = None) -> BuildReport:
        """Build now (incrementally after the first time), publish, print a line, reload browsers."""
        started = time.perf_counter()
        options = self.options
        if self._first_look is None:
            self._first_look = snapshot(self.site)
        else:
            # Later builds run beside the server's threads, where forking render workers is unsafe
            # (a child can inherit a lock another thread holds); and they render few pages, so a
            # single process is as fast (2,000 articles: 1.45 s with one, 1.5-1.6 s with two).
            options = dataclasses.replace(options, workers=1)
        with self.published.lock:
            try:
                report = build(self.site, options, self.cache)
            except Exception as exc:  # a bug in briefing must not end the preview; show it instead
                self.cache = BuildCache()
                report = BuildReport(problems=[Problem("", None, f"internal error: {type(exc).__name__}: {exc}")])
            before = self.published.errors
            errors = tuple(sorted(report.errors))
            visible = bool(report.written or report.removed) or errors != before
            self.published.errors = errors
            if visible:
                self.published.generation += 1
        ms = (time.perf_counter() - started) * 1000
        self._print(changes, report, ms)
        if visible and self._loop is not None:
            path = _reload_path(report, errors == before)
            try:
                self._loop.call_soon_threadsafe(self.hub.reload, path)
            except RuntimeError:  # the loop has just closed: nobody is listening any more
                pass
        with self._rebuilt:
            self.rebuilds += 1
            self._rebuilt.notify_all()
        return report

    def wait_for_rebuild(self, count: int, timeout: float) -> bool:
        """Wait until ``count`` builds have been done (for tests and benchmarks)."""
        with self._rebuilt:
            return self._rebuilt.wait_for(lambda: self.rebuilds >= count, timeout)

    def _print(self, changes: Changes | None, report: BuildReport, ms: float) -> None:
        stamp = time.strftime("%H:%M:%S")
        what = changes.describe() if changes else "built"
        if report.published:
            line = (f"{stamp} {what}: {len(report.written)} written, {len(report.removed)} removed, "
                    f"{report.outputs} files in {ms:.0f} ms")
        else:
            line = f"{stamp} {what}: nothing published ({ms:.0f} ms)"
        errors = len(report.errors)
        if errors:
            line += f"; {errors} error{'s' if errors != 1 else ''}, shown in the browser until fixed"
        print(line, file=self.out, flush=True)
        problems = set(report.problems)
        for problem in sorted(problems - self._last_problems, key=lambda p: (p.path, p.line or 0)):
            print(f"  {problem}", file=self.err, flush=True)
        if self._last_problems and not report.errors and any(p.is_error for p in self._last_problems):
            print(f"{stamp} errors fixed", file=self.out, flush=True)
        self._last_problems = problems

    def _on_change(self, changes: Changes) -> None:
        self.rebuild(changes)

    # -- serving -------------------------------------------------------------------------------
    def listen(self, host: str = "127.0.0.1", port: int = 8000) -> str:
        """Bind the port (or the next free one, said plainly) and return the address to open."""
        self._sockets, bound = listen(host, port)
        self.host = host
        self.url = display_url(host, bound)
        if port and bound != port:
            print(f"port {port} is in use; serving on port {bound} instead", file=self.out, flush=True)
        if not is_loopback(host):
            print(f"warning: listening on {host}: anyone who can reach this machine can read this preview "
                  f"(use the default --host 127.0.0.1 to keep it to yourself)", file=self.err, flush=True)
        return self.url

    def run(self) -> None:
        """Serve and watch until :meth:`stop` (or Ctrl-C in the main thread, raised as KeyboardInterrupt)."""
        if not self._sockets:
            self.listen()
        watcher = threading.Thread(
            target=watch, name="briefing-watch", daemon=True,
            args=(self.site, self._on_change, self._stop, self.interval, Debouncer(quiet=self.quiet), self._first_look))
        watcher.start()
        try:
            asyncio.run(self._serve())
        finally:
            self._stop.set()
            watcher.join(timeout=60)  # lets a rebuild in progress finish, so no staging folder is left
            self._ready.set()

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopped = asyncio.Event()
        server = HTTPServer(make_app(self.hub, loopback=is_loopback(self.host or "127.0.0.1")))
        server.add_sockets(self._sockets)
        if threading.current_thread() is threading.main_thread():
            try:
                self._loop.add_signal_handler(signal.SIGTERM, self._stopped.set)
            except (NotImplementedError, RuntimeError):  # Windows
                pass
        self._ready.set()
        try:
            if not self._stop.is_set():
                await self._stopped.wait()
        finally:
            server.stop()
            self.hub.close()
            try:
                await asyncio.wait_for(server.close_all_connections(), timeout=2)
            except (asyncio.TimeoutError, asyncio.CancelledError):
                pass
            self._loop = None

    def close(self) -> None:
        """Release a port bound by :meth:`listen` when :meth:`run` never ran."""
        if self._loop is None:
            for sock in self._sockets:
                sock.close()
            self._sockets = []

    def wait_ready(self, timeout: float = 10) -> bool:
        return self._ready.wait(timeout)

    def stop(self) -> None:
        """Stop serving and watching; safe from any thread, any number of times."""
        self._stop.set()
        loop, stopped = self._loop, self._stopped
        if loop is not None and stopped is not None:
            try:
                loop.call_soon_threadsafe(stopped.set)
            except RuntimeError:  # already closed
                pass


def _reload_path(report: BuildReport, same_errors: bool) -> str:
    """A stylesheet's path when only stylesheets changed (browsers swap it in place), else '*' (full reload)."""
    css = [p for p in report.written if p.endswith(".css")]
    if same_errors and css and len(css) == len(report.written) and not report.removed:
        return css[0]
    return "*"


def serve_command(site: Path, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False,
                  options: BuildOptions = BuildOptions(persist_cache=False)) -> int:
    """Run the preview until Ctrl-C; 0 when stopped by the user."""
    preview = Preview(site, options)
    url = preview.listen(host, port)  # first, so a port problem is said before a long first build
    preview.rebuild()
    print(f"serving {preview.site} at {url} (watching content/, layouts/, static/, seeds/ and site.toml; "
          f"Ctrl-C to stop)", flush=True)
    if open_browser:
        threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
    try:
        preview.run()
    except KeyboardInterrupt:
        pass
    print("stopped", flush=True)
    return 0
