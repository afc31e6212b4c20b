"""The preview's HTTP side: serve ``public/`` safely, with the LiveReload script added.

It runs on tornado, and speaks livereload's protocol with livereload's own
``livereload.js`` (served by ``livereload.handlers.LiveReloadJSHandler``),
but does not use livereload's ``Server`` for the pages, because:

* its script injection (``LiveScriptInjector``) only looks at the first
  chunk of a response: a page whose ``</head>`` is not in the first 64 KB
  gets no script, and rewriting the chunk while the response streams has
  corrupted pages (sphinx-autobuild issue 71). Here a page is read whole,
  the script goes in before its first ``</head>`` once, and Content-Length
  is computed from the final bytes;
* its websocket handler keeps its clients and watcher on the class, shared
  by every server in the process; :class:`ReloadSocket` keeps them on a
  :class:`Hub` per server;
* tornado's ``StaticFileHandler`` cannot show an error page in place of the
  site, wait for a build in progress, or serve the site's ``404.html``.

Every request path is decoded exactly once, then refused if any segment is
``..``, hidden (``.public.new-*``), holds a backslash, a NUL or a drive; the
file found must still lie inside the output folder once symlinks are
resolved, compared by path components (so ``public-leak/`` is not inside
``public/``). These are the holes of MkDocs' (CVE-2021-40978) and Zola's
(CVE-2023-40274) dev servers.
"""

from __future__ import annotations

import asyncio
import errno
import html
import ipaddress
import json
import os
import re
import socket
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote_to_bytes, urlsplit

from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler
from tornado import web
from tornado.netutil import bind_sockets
from tornado.websocket import WebSocketClosedError, WebSocketHandler

from generator.errors import BriefingError, Problem

# livereload's own loader snippet (livereload.server.Server.application), pointed at the
# page's own host and port so it works whatever address the server listens on.
SNIPPET = (
    b'<script>(function(){var s=document.createElement("script");'
    b'var p=window.location.port||(window.location.protocol=="https:"?443:80);'
    b's.src="/livereload.js?port="+p+"&mindelay=250&maxdelay=2000";'
    b'document.head.appendChild(s);})();</script>'
)
HEAD_END = re.compile(rb"</head\s*>", re.IGNORECASE)

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
    ".json": "application/json", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
    ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif", ".webp": "image/webp",
    ".avif": "image/avif", ".ico": "image/x-icon", ".pdf": "application/pdf", ".woff": "font/woff",
    ".woff2": "font/woff2", ".ttf": "font/ttf", ".otf": "font/otf", ".webmanifest": "application/manifest+json",
    ".map": "application/json", ".csv": "text/csv; charset=utf-8",
}
LOCAL_NAMES = {"localhost", "127.0.0.1", "::1"}


@dataclass
class Published:
    """What the server shows: the output folder, and the errors that replace its pages.

    ``lock`` is held by a build from start to finish, and by every request
    while it reads, so no request ever sees a half-swapped ``public/``: it
    waits for the build and gets the new page. ``generation`` counts the
    builds that changed what a browser would show.
    """

    public: Path
    lock: threading.Lock = field(default_factory=threading.Lock)
    errors: tuple[Problem, ...] = ()
    generation: int = 0


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes
    page: bool = False  # HTML for a browser: gets the reload script
    location: str = ""  # for redirects
    generation: int = 0


# -- from a request path to a response ---------------------------------------------------------

@dataclass(frozen=True)
class Target:
    """A request path, decoded once and split into safe segments."""

    segments: tuple[str, ...]
    directory: bool  # the path ended with '/'


def parse_path(raw: str) -> Target | Response:
    """Decode a raw request path once; a refusal (403/404/400) for anything that could escape."""
    if not raw.startswith("/"):
        raw = urlsplit(raw).path if "://" in raw else ""
        if not raw.startswith("/"):
            return _plain(400, "bad request path")
    try:
        text = unquote_to_bytes(raw.encode("latin-1")).decode("utf-8")
    except (UnicodeError, ValueError):
        return _plain(404, "not found")
    if "\\" in text or "\x00" in text:
        return _plain(403, "forbidden")
    segments = tuple(s for s in text.split("/") if s not in ("", "."))
    for s in segments:
        if s == ".." or os.path.isabs(s) or os.path.splitdrive(s)[0] or os.sep in s or (os.altsep and os.altsep in s):
            return _plain(403, "forbidden")
        if s.startswith("."):
            return _plain(404, "not found")
    return Target(segments, text.endswith("/") or not segments)


def respond(published: Published, raw_path: str) -> Response:
    """The response for ``raw_path`` (waits while a build runs)."""
    target = parse_path(raw_path)
    if isinstance(target, Response):
        return target
    with published.lock:
        gen = published.generation
        root = Path(os.path.realpath(published.public))
        real = Path(os.path.realpath(published.public.joinpath(*target.segments)))
        if real != root and not real.is_relative_to(root):
            return _plain(403, "forbidden")
        is_page = not target.segments or target.directory or real.suffix in (".html", ".htm") or not real.suffix
        if published.errors and is_page:
            return Response(500, CONTENT_TYPES[".html"], error_page(published.errors), page=True, generation=gen)
        try:
            if real.is_dir():
                if not target.directory:
                    return Response(302, "text/plain; charset=utf-8", b"", location=_dir_url(target.segments))
                real = real / "index.html"
            data = real.read_bytes()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            return _not_found(root, gen)
        except OSError:
            return _plain(404, "not found")
        content_type = content_type_for(real.name, data)
        return Response(200, content_type, data, page=content_type.startswith("text/html"), generation=gen)


def _dir_url(segments: tuple[str, ...]) -> str:
    """Built from the checked segments, re-quoted, so '//evil.example' can never become the target."""
    return "/" + "".join(quote(s, safe="") + "/" for s in segments)


def _not_found(root: Path, gen: int) -> Response:
    try:
        return Response(404, CONTENT_TYPES[".html"], (root / "404.html").read_bytes(), page=True, generation=gen)
    except OSError:
        return _plain(404, "not found")


def _plain(status: int, text: str) -> Response:
    return Response(status, "text/plain; charset=utf-8", f"{status} {text}\n".encode())


def content_type_for(name: str, data: bytes = b"") -> str:
    """By extension, from our own table (the system's mime.types varies); Atom feeds by their root."""
    suffix = os.path.splitext(name)[1].lower()
    if suffix == ".xml" and b"http://www.w3.org/2005/Atom" in data[:1024] and b"<feed" in data[:1024]:
        return "application/atom+xml"
    return CONTENT_TYPES.get(suffix, "application/octet-stream")


def inject(page: bytes, snippet: bytes = SNIPPET) -> bytes:
    """``page`` with ``snippet`` once, before its first ``</head>`` (or at the end when it has none)."""
    match = HEAD_END.search(page)
    if match is None:
        return page + snippet
    return page[:match.start()] + snippet + page[match.start():]


def error_page(problems: tuple[Problem, ...]) -> bytes:
    """The page shown instead of the site while the build has errors; it reloads itself when fixed."""
    items = "\n".join(f"<li><code>{html.escape(str(p))}</code></li>" for p in problems)
    noun = "error" if len(problems) == 1 else "errors"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Build failed · briefing serve</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }}
h1 {{ color: #a40000; font-size: 1.4rem; }}
li {{ margin: .4rem 0; }} code {{ white-space: pre-wrap; font-size: .95rem; }}
</style>
</head>
<body>
<h1 id="build-failed">The site has {len(problems)} {noun}</h1>
<ul class="problems">
{items}
</ul>
<p>Fix the file and save it: this page reloads by itself.</p>
</body>
</html>
""".encode("utf-8")


# -- tornado handlers ----------------------------------------------------------------------------

@dataclass
class Hub:
    """The browsers connected to one server, and which build each page came from."""

    published: Published
    sockets: set = field(default_factory=set)
    served: dict[str, int] = field(default_factory=dict)  # request path → generation of the page sent

    def reload(self, path: str = "*") -> None:
        """Tell every browser to reload (a stylesheet only, when ``path`` is a .css file)."""
        for sock in list(self.sockets):
            sock.send_reload(path)

    def close(self) -> None:
        for sock in list(self.sockets):
            sock.close()
        self.sockets.clear()


class ReloadSocket(LiveReloadHandler):
    """livereload's websocket handshake (protocol 7), with its clients on a per-server :class:`Hub`.

    A page that was served before the latest build but connects only after
    it (it was loading while the build finished) is told to reload at once,
    so no rebuild goes unseen.
    """

    def initialize(self, hub: Hub) -> None:
        self.hub = hub

    def check_origin(self, origin: str) -> bool:
        return WebSocketHandler.check_origin(self, origin)  # livereload accepts any origin; we do not

    def on_message(self, message: str | bytes) -> None:
        try:
            command = json_command(message)
        except ValueError:
            return
        if command.get("command") == "hello":
            self.send_message({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"],
                               "serverName": "briefing"})
        elif command.get("command") == "info":
            self.hub.sockets.add(self)
            path = urlsplit(str(command.get("url", ""))).path
            current = self.hub.published.generation
            if self.hub.served.get(path, current) < current:
                self.send_reload("*")

    def send_reload(self, path: str) -> None:
        try:
            self.write_message({"command": "reload", "path": path, "liveCSS": True, "liveImg": True})
        except WebSocketClosedError:
            self.hub.sockets.discard(self)

    def on_close(self) -> None:
        self.hub.sockets.discard(self)


def json_command(message: str | bytes) -> dict:
    value = json.loads(message)
    if not isinstance(value, dict):
        raise ValueError("not a command")
    return value


class SiteHandler(web.RequestHandler):
    """GET and HEAD for every path that is not the reload machinery."""

    def initialize(self, hub: Hub, loopback: bool) -> None:
        self.hub = hub
        self.loopback = loopback

    def compute_etag(self) -> None:
        return None  # pages change under the same URL all the time; never answer 304

    async def get(self) -> None:
        if self.loopback and not host_is_local(self.request.host):
            response = _plain(403, "this preview only answers to localhost (DNS rebinding guard)")
        else:
            raw = self.request.path
            response = await asyncio.to_thread(respond, self.hub.published, raw)
            if response.page:
                self.hub.served[raw] = response.generation
        self.set_status(response.status)
        self.set_header("Content-Type", response.content_type)
        self.set_header("Cache-Control", "no-store")
        self.set_header("X-Content-Type-Options", "nosniff")
        if response.location:
            self.set_header("Location", response.location)
        self.finish(inject(response.body) if response.page else response.body)

    head = get


def host_is_local(host_header: str) -> bool:
    """The Host header names this machine (or is absent, as in HTTP/1.0)."""
    if not host_header:
        return True
    if host_header.startswith("["):
        host = host_header[1:].partition("]")[0]
    else:
        host = host_header.rpartition(":")[0] if ":" in host_header else host_header
    host = host.lower()
    return host in LOCAL_NAMES or host.endswith(".localhost")


def _quiet_log(handler: web.RequestHandler) -> None:
    """The terminal shows rebuilds, not every request."""


def make_app(hub: Hub, loopback: bool) -> web.Application:
    return web.Application([
        (r"/livereload", ReloadSocket, {"hub": hub}),
        (r"/livereload\.js", LiveReloadJSHandler),
        (r".*", SiteHandler, {"hub": hub, "loopback": loopback}),
    ], log_function=_quiet_log, websocket_ping_interval=20)


# -- listening -----------------------------------------------------------------------------------

def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def listen(host: str, port: int, tries: int = 20) -> tuple[list[socket.socket], int]:
    """Bound sockets and their port: ``port`` or, when it is taken, the next free one of ``tries``."""
    last = port + tries - 1 if port else port
    for candidate in range(port, last + 1):
        try:
            sockets = bind_sockets(candidate, address=host)
        except socket.gaierror:
            raise BriefingError(f"cannot listen on {host!r}: no such address") from None
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                continue
            if exc.errno == errno.EACCES:
                raise BriefingError(f"cannot listen on {host}:{candidate}: permission denied "
                                    f"(ports below 1024 need privileges; try --port 8000)") from None
            if exc.errno == errno.EADDRNOTAVAIL:
                raise BriefingError(f"cannot listen on {host}: not an address of this machine") from None
            raise BriefingError(f"cannot listen on {host}:{candidate}: {exc.strerror or exc}") from None
        return sockets, sockets[0].getsockname()[1]
    if last == port:
        raise BriefingError(f"port {port} is in use; choose another with --port")
    raise BriefingError(f"ports {port} to {last} are all in use; choose another with --port")


def display_url(host: str, port: int) -> str:
    """The address to open: a wildcard address is reached through localhost."""
    if host in ("0.0.0.0", ""):
        host = "127.0.0.1"
    elif host == "::":  # tornado binds IPv6 sockets IPv6-only
        host = "::1"
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}/"
