"""The preview server on a real socket: pages, refusals, error page, reloads, rebuilds.

Each test starts a :class:`Preview` on a free port of 127.0.0.1 in a thread
and stops it at the end; every wait has a timeout, so nothing can hang.
"""

from __future__ import annotations

import asyncio
import http.client
import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import TODAY, write_files
from tornado.websocket import websocket_connect

from generator.build import BuildOptions
from generator.cli import make_parser
from generator.devserver import SNIPPET
from generator.errors import BriefingError
from generator.serve import Preview

TIMEOUT = 15  # seconds; generous, only there so that a broken server fails instead of hanging
SECRET = "TOP-SECRET-MARKER"
PARIS = "content/articles/paris-talks.md"


class Served:
    """A running preview and a small HTTP client for it."""

    def __init__(self, preview: Preview, thread: threading.Thread) -> None:
        self.preview = preview
        self.thread = thread
        self.port = int(preview.url.rsplit(":", 1)[1].strip("/"))
        self.site = preview.site
        self.public = preview.site / "public"

    def get(self, path: str, method: str = "GET", headers: dict | None = None) -> tuple[int, dict, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
        try:
            headers = headers or {}
            conn.putrequest(method, path, skip_host="Host" in headers, skip_accept_encoding=True)
            for key, value in headers.items():
                conn.putheader(key, value)
            conn.endheaders()
            response = conn.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            conn.close()

    def raw(self, request: bytes) -> bytes:
        """Send bytes as they are; return the whole answer (b"" when the server just hangs up)."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=TIMEOUT) as sock:
            sock.sendall(request)
            data = b""
            try:
                while b"\r\n\r\n" not in data and (chunk := sock.recv(65536)):
                    data += chunk
                head, _, body = data.partition(b"\r\n\r\n")
                length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                               if line.lower().startswith(b"content-length:")), None)
                while length is not None and len(body) < length and (chunk := sock.recv(65536)):
                    body += chunk
                return head + b"\r\n\r\n" + body if head else b""
            except ConnectionResetError:
                return data

    def change(self, action) -> None:
        """Change the site's files and wait for the rebuild that follows."""
        count = self.preview.rebuilds
        action(self.site)
        assert self.preview.wait_for_rebuild(count + 1, TIMEOUT), "no rebuild after the change"

    @property
    def output(self) -> str:
        return self.preview.out.getvalue()


@pytest.fixture
def serve(make_site):
    running: list[Served] = []

    def start(site: Path | None = None, quiet: float = 0.05) -> Served:
        site = site or make_site()
        preview = Preview(site, BuildOptions(today=TODAY), out=io.StringIO(), err=io.StringIO(),
                          interval=0.02, quiet=quiet)
        preview.listen("127.0.0.1", 0)
        preview.rebuild()
        thread = threading.Thread(target=preview.run, name="test-preview", daemon=True)
        thread.start()
        assert preview.wait_ready(TIMEOUT)
        served = Served(preview, thread)
        running.append(served)
        return served

    yield start
    for served in running:
        served.preview.stop()
        served.thread.join(TIMEOUT)
        assert not served.thread.is_alive(), "the preview did not stop"


def edit(rel: str, old: str, new: str):
    def action(site: Path) -> None:
        text = (site / rel).read_text(encoding="utf-8")
        assert old in text
        (site / rel).write_text(text.replace(old, new, 1), encoding="utf-8")
    return action


# -- pages --------------------------------------------------------------------------------------

def test_serves_pages_with_the_reload_script_which_public_never_has(serve):
    s = serve()
    status, headers, body = s.get("/")
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert headers["cache-control"] == "no-store"
    on_disk = (s.public / "index.html").read_bytes()
    head_end = on_disk.index(b"</head>")
    assert body == on_disk[:head_end] + SNIPPET + on_disk[head_end:]
    assert int(headers["content-length"]) == len(body)
    for page in s.public.rglob("*.html"):
        assert b"livereload" not in page.read_bytes(), page


@pytest.mark.parametrize("path, file, content_type", [
    ("/actors/", "actors/index.html", "text/html; charset=utf-8"),
    ("/articles/paris-talks.html", "articles/paris-talks.html", "text/html; charset=utf-8"),
    ("/feed.xml", "feed.xml", "application/atom+xml"),
    ("/actors/sergei-lavrov.xml", "actors/sergei-lavrov.xml", "application/atom+xml"),
    ("/data/briefing.json", "data/briefing.json", "application/json"),
    ("/static/briefing.css", "static/briefing.css", "text/css; charset=utf-8"),
    ("/static/logo.svg", "static/logo.svg", "image/svg+xml"),
    ("/static/notes.xml", "static/notes.xml", "application/xml"),
    ("/static/a%20file.txt", "static/a file.txt", "text/plain; charset=utf-8"),
])
def test_files_with_their_content_types(serve, make_site, path, file, content_type):
    site = make_site({"static/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
                      "static/notes.xml": "<?xml version='1.0'?><notes/>\n", "static/a file.txt": "plain\n"})
    s = serve(site)
    status, headers, body = s.get(path)
    assert status == 200 and headers["content-type"] == content_type
    on_disk = (s.public / file).read_bytes()
    assert body == (on_disk.replace(b"</head>", SNIPPET + b"</head>", 1) if file.endswith(".html") else on_disk)


def test_a_folder_without_its_slash_redirects_to_it(serve):
    s = serve()
    status, headers, _ = s.get("/actors")
    assert status == 302 and headers["location"] == "/actors/"
    status, headers, _ = s.get("//actors")
    assert status == 302 and headers["location"] == "/actors/"  # never '//actors/', another host


def test_unknown_paths_get_the_sites_404_page_with_status_404(serve):
    s = serve()
    status, headers, body = s.get("/articles/no-such-article.html")
    assert status == 404 and headers["content-type"] == "text/html; charset=utf-8"
    assert (s.public / "404.html").read_bytes().replace(b"</head>", SNIPPET + b"</head>", 1) == body


def test_head_gives_the_headers_of_get_without_a_body(serve):
    s = serve()
    _, get_headers, body = s.get("/chronology.html")
    status, headers, head_body = s.get("/chronology.html", method="HEAD")
    assert status == 200 and head_body == b""
    assert headers["content-length"] == get_headers["content-length"] == str(len(body))


def test_livereload_js_is_served(serve):
    s = serve()
    status, headers, body = s.get("/livereload.js")
    assert status == 200 and "javascript" in headers["content-type"] and b"LiveReload" in body


# -- refusals -----------------------------------------------------------------------------------

@pytest.fixture
def exposed(serve, make_site, tmp_path):
    """A served site with secrets all around its public/ folder."""
    site = make_site()
    s = serve(site)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET)
    (site / "secret.txt").write_text(SECRET)
    (site / "public-leak").mkdir()
    (site / "public-leak/secret.txt").write_text(SECRET)
    for staging in (".public.new-4242", ".public.old-4242"):
        (site / staging).mkdir()
        (site / staging / "secret.txt").write_text(SECRET)
        (site / staging / "index.html").write_text(SECRET)
    (s.public / "leak").symlink_to(site / "public-leak", target_is_directory=True)
    (s.public / "leak-file.txt").symlink_to(outside / "secret.txt")
    (s.public / ".hidden").write_text(SECRET)
    s.outside = outside
    return s


TRAVERSALS = [
    "/../secret.txt",
    "/articles/../../secret.txt",
    "/..%2fsecret.txt",
    "/%2e%2e/secret.txt",
    "/%2e%2e%2fsecret.txt",
    "/%2E%2E%2Fsecret.txt",
    "/%252e%252e%252fsecret.txt",
    "/..%252fsecret.txt",
    "/%25%32%65%25%32%65/secret.txt",
    "/..\\secret.txt",
    "/..%5csecret.txt",
    "/%5c..%5csecret.txt",
    "/.%2e/secret.txt",
    "/%c0%ae%c0%ae/secret.txt",
    "/..;/secret.txt",
    "/%00/../secret.txt",
    "/secret.txt%00.html",
    "/../public-leak/secret.txt",
    "/%2e%2e/public-leak/secret.txt",
    "/..%2fpublic-leak%2fsecret.txt",
    "/leak/secret.txt",
    "/leak-file.txt",
    "/.hidden",
    "/../.public.new-4242/secret.txt",
    "/../.public.old-4242/index.html",
    "/%2e%2e/.public.new-4242/index.html",
    "/../../../../../../../../etc/passwd",
    "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "OUTSIDE",  # the absolute path of a file outside the site
    "/OUTSIDE",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_nothing_outside_public_is_served(exposed, path):
    path = path.replace("OUTSIDE", "/" + str(exposed.outside / "secret.txt").lstrip("/"))
    status, _, body = exposed.get(path)
    assert status in (400, 403, 404), (path, status)
    assert SECRET.encode() not in body
    assert b"root:" not in body


ODD_REQUESTS = [
    b"GET %zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
    b"GET /%zz%%% HTTP/1.1\r\nHost: localhost\r\n\r\n",
    b"GET /%ff%fe%fd HTTP/1.1\r\nHost: localhost\r\n\r\n",
    b"GET /\x80\xff\xfe.html HTTP/1.1\r\nHost: localhost\r\n\r\n",
    b"GET * HTTP/1.1\r\nHost: localhost\r\n\r\n",
    b"GET http://127.0.0.1/../secret.txt HTTP/1.1\r\nHost: localhost\r\n\r\n",
    b"GET ../secret.txt HTTP/1.1\r\nHost: localhost\r\n\r\n",
    b"GET /" + b"a" * 5000 + b" HTTP/1.1\r\nHost: localhost\r\n\r\n",
    b"GET /" + b"a/" * 3000 + b" HTTP/1.1\r\nHost: localhost\r\n\r\n",
    b"GET /?%%%=%%% HTTP/1.1\r\nHost: localhost\r\n\r\n",
    b"GET /index.html/.. HTTP/1.1\r\nHost: localhost\r\n\r\n",
    b"GET /C:%5cWindows%5cwin.ini HTTP/1.1\r\nHost: localhost\r\n\r\n",
    b"GET / HTTP/1.0\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nabc",
    b"NONSENSE\r\n\r\n",
    b"\x00\x01\x02\r\n\r\n",
]


@pytest.mark.parametrize("request_bytes", ODD_REQUESTS, ids=range(len(ODD_REQUESTS)))
def test_odd_requests_never_crash_the_server_nor_leak(exposed, request_bytes):
    answer = exposed.raw(request_bytes)
    assert SECRET.encode() not in answer
    if answer:
        status = int(answer.split(b" ", 2)[1])
        assert status < 500, answer[:200]
    status, _, _ = exposed.get("/")
    assert status == 200  # still serving


def test_only_localhost_names_are_answered_when_bound_to_loopback(serve):
    s = serve()
    assert s.get("/", headers={"Host": "evil.example"})[0] == 403  # a DNS-rebinding page cannot read it
    assert s.get("/", headers={"Host": f"evil.example:{s.port}"})[0] == 403
    for host in (f"localhost:{s.port}", f"127.0.0.1:{s.port}", "localhost", f"[::1]:{s.port}", "app.localhost"):
        assert s.get("/", headers={"Host": host})[0] == 200, host


# -- rebuilds -----------------------------------------------------------------------------------

def test_an_edit_is_served_after_the_rebuild_with_one_line_saying_so(serve):
    s = serve()
    s.change(edit(PARIS, "Moscow said nothing", "Moscow said something new"))
    _, _, body = s.get("/articles/paris-talks.html")
    assert b"said something new" in body
    line = s.output.strip().splitlines()[-1]
    assert "content/articles/paris-talks.md changed: 2 written, 0 removed" in line and line.endswith(" ms")


def test_added_renamed_and_deleted_articles(serve):
    s = serve()
    s.change(lambda site: write_files(site, {"content/articles/vilnius.md":
                                             "---\ntitle: Vilnius talks\ndate: 2021-11-16\nactors: [russia]\n---\nText.\n"}))
    status, _, body = s.get("/articles/vilnius.html")
    assert status == 200 and b"Vilnius talks" in body
    s.change(lambda site: (site / "content/articles/vilnius.md").rename(site / "content/articles/vilnius-2.md"))
    assert s.get("/articles/vilnius.html")[0] == 404
    assert s.get("/articles/vilnius-2.html")[0] == 200
    assert "content/articles/vilnius.md renamed to content/articles/vilnius-2.md" in s.output
    s.change(lambda site: (site / PARIS).unlink())
    assert s.get("/articles/paris-talks.html")[0] == 404
    assert s.get("/actors/florence-parly.html")[0] == 404  # only that article named her, and she has no file
    assert b"paris-talks" not in s.get("/")[2]
    assert "content/articles/paris-talks.md removed" in s.output


def test_rapid_saves_make_one_rebuild(serve):
    s = serve(quiet=0.3)
    before = s.preview.rebuilds
    for i in range(5):
        (s.site / PARIS).write_text((s.site / PARIS).read_text(encoding="utf-8") + f"\nSave {i}.\n", encoding="utf-8")
    assert s.preview.wait_for_rebuild(before + 1, TIMEOUT)
    time.sleep(1.0)  # time enough for a second, unwanted rebuild
    assert s.preview.rebuilds == before + 1
    assert b"Save 4." in s.get("/articles/paris-talks.html")[2]


def test_a_two_megabyte_page_is_served_whole_with_one_script(serve, make_site):
    paragraph = "Lavrov spoke about the talks in Paris at great length. " * 20 + "\n\n"
    site = make_site({"content/articles/long-read.md": "---\ntitle: A long read\ndate: 2021-11-13\n"
                      "actors: [Sergei Lavrov]\n---\n" + paragraph * 2000 + "The very end.\n"})
    s = serve(site)
    on_disk = (s.public / "articles/long-read.html").read_bytes()
    assert len(on_disk) > 2_000_000
    status, headers, body = s.get("/articles/long-read.html")
    assert status == 200 and int(headers["content-length"]) == len(body) == len(on_disk) + len(SNIPPET)
    assert body.count(SNIPPET) == 1 and body.index(SNIPPET) < body.index(b"</head>")
    assert body.replace(SNIPPET, b"", 1) == on_disk


def test_the_script_goes_in_even_when_the_head_ends_past_the_first_chunk(serve, make_site):
    head = "<meta name='filler' content='" + "x" * 200_000 + "'>"
    site = make_site({"static/big-head.html": f"<!DOCTYPE html><html><head>{head}</head><body>Hi</body></html>"})
    s = serve(site)
    _, _, body = s.get("/static/big-head.html")
    assert body.index(SNIPPET) == body.index(b"</head>") - len(SNIPPET) > 200_000
    assert body.endswith(b"<body>Hi</body></html>")


# -- errors ---------------------------------------------------------------------------------------

def test_a_broken_file_shows_an_error_page_until_it_is_fixed(serve):
    s = serve()
    original = (s.site / PARIS).read_text(encoding="utf-8")
    s.change(edit(PARIS, "date: 2021-11-12\noutlet", "date: Nov 12\noutlet"))
    for path in ("/", "/articles/minsk-responds.html", "/actors/"):
        status, headers, body = s.get(path)
        assert status == 500 and headers["content-type"] == "text/html; charset=utf-8"
        assert b"content/articles/paris-talks.md:3: date: &#x27;Nov 12&#x27; is not a date" in body
        assert body.count(SNIPPET) == 1  # so it reloads itself when fixed
    assert s.get("/static/briefing.css")[0] == 200  # not a page: served as ever
    assert "content/articles/paris-talks.md:3: date: 'Nov 12' is not a date" in s.preview.err.getvalue()
    s.change(lambda site: (site / PARIS).write_text(original, encoding="utf-8"))
    status, _, body = s.get("/articles/paris-talks.html")
    assert status == 200 and b"Ministers meet in Paris" in body
    assert "errors fixed" in s.output


def test_a_broken_layout_and_a_broken_site_toml_are_shown_and_recovered(serve):
    s = serve()
    s.change(lambda site: write_files(site, {"layouts/article.html": "{% extends 'base.html' %}\n{% block content %\n"}))
    status, _, body = s.get("/")
    assert status == 500 and b"layouts/article.html:2: template syntax" in body
    s.change(lambda site: (site / "layouts/article.html").unlink())
    assert s.get("/")[0] == 200
    settings = (s.site / "site.toml").read_text(encoding="utf-8")
    s.change(lambda site: (site / "site.toml").write_text(settings + "titel = 'x'\n", encoding="utf-8"))
    status, _, body = s.get("/")
    assert status == 500 and b"site.toml:3: unknown key &#x27;titel&#x27;" in body
    s.change(lambda site: (site / "site.toml").write_text(settings, encoding="utf-8"))
    assert s.get("/")[0] == 200


def test_a_crash_inside_the_build_is_shown_and_the_server_goes_on(serve, monkeypatch):
    s = serve()
    import generator.serve as serve_module

    def broken_build(*args, **kwargs):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(serve_module, "build", broken_build)
    s.change(edit(PARIS, "Moscow said nothing", "Moscow said a lot"))
    status, _, body = s.get("/")
    assert status == 500 and b"internal error: RuntimeError: simulated bug" in body
    monkeypatch.undo()
    s.change(edit(PARIS, "Moscow said a lot", "Moscow said a little"))
    status, _, body = s.get("/articles/paris-talks.html")
    assert status == 200 and b"said a little" in body


# -- reload messages --------------------------------------------------------------------------------

def livereload_client(port: int, page: str, steps):
    """Connect as livereload.js does, run ``steps(send_next)`` in between; return the messages received."""

    async def main() -> list[dict]:
        ws = await asyncio.wait_for(websocket_connect(f"ws://127.0.0.1:{port}/livereload"), TIMEOUT)
        await ws.write_message(json.dumps({"command": "hello", "protocols": [
            "http://livereload.com/protocols/official-7"]}))
        hello = json.loads(await asyncio.wait_for(ws.read_message(), TIMEOUT))
        assert hello["command"] == "hello"
        await ws.write_message(json.dumps({"command": "info", "url": f"http://127.0.0.1:{port}{page}"}))
        received = []
        for action in steps:
            await asyncio.to_thread(action)
            received.append(json.loads(await asyncio.wait_for(ws.read_message(), TIMEOUT)))
        ws.close()
        return received

    return asyncio.run(main())


def test_browsers_are_told_to_reload_and_only_restyle_for_a_css_change(serve, make_site):
    s = serve(make_site({"static/site.css": "body { color: black }\n"}))
    s.get("/")
    messages = livereload_client(s.port, "/", [
        lambda: s.change(edit(PARIS, "Moscow said nothing", "Moscow said more")),
        lambda: s.change(edit("static/site.css", "black", "navy")),
    ])
    assert [(m["command"], m["path"]) for m in messages] == [("reload", "*"), ("reload", "static/site.css")]
    assert messages[1]["liveCSS"] is True


def test_a_page_that_connects_after_a_rebuild_it_missed_reloads_at_once(serve):
    s = serve()
    s.get("/articles/paris-talks.html")  # served now...
    s.change(edit(PARIS, "Moscow said nothing", "Moscow said more"))  # ...stale now, before it connects
    messages = livereload_client(s.port, "/articles/paris-talks.html", [lambda: None])
    assert messages[0]["command"] == "reload"


# -- starting and stopping ------------------------------------------------------------------------

def test_a_port_in_use_moves_to_the_next_free_one_and_says_so(make_site):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        preview = Preview(make_site(), out=io.StringIO(), err=io.StringIO())
        try:
            url = preview.listen("127.0.0.1", port)
        finally:
            preview.close()
        assert url != f"http://127.0.0.1:{port}/"
        assert f"port {port} is in use; serving on port " in preview.out.getvalue()


def test_a_port_in_use_with_no_other_to_try_is_one_clear_error(make_site):
    from generator.devserver import listen

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(BriefingError) as caught:
            listen("127.0.0.1", port, tries=1)
    assert str(caught.value) == f"briefing: port {port} is in use; choose another with --port"


def test_listens_on_localhost_by_default_and_warns_for_all_interfaces(make_site):
    assert make_parser().parse_args(["serve"]).host == "127.0.0.1"
    preview = Preview(make_site(), out=io.StringIO(), err=io.StringIO())
    try:
        preview.listen("0.0.0.0", 0)
    finally:
        preview.close()
    assert "warning: listening on 0.0.0.0: anyone who can reach this machine" in preview.err.getvalue()
    quiet = Preview(make_site(), out=io.StringIO(), err=io.StringIO())
    try:
        quiet.listen("127.0.0.1", 0)
    finally:
        quiet.close()
    assert quiet.err.getvalue() == ""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.skipif(os.name != "posix", reason="sends SIGINT, as Ctrl-C does")
def test_the_command_serves_until_ctrl_c_and_stops_cleanly(make_site):
    site = make_site()
    port = free_port()
    # Ctrl-C as a terminal delivers it: a test run started in the background ignores SIGINT, and its children
    # would inherit that (as "nohup briefing serve" is meant to)
    proc = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--site", str(site), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=Path(__file__).parent.parent,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + TIMEOUT
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                conn.request("GET", "/")
                response = conn.getresponse()
                body = response.read()
                conn.close()
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        assert response.status == 200 and SNIPPET in body
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=TIMEOUT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert f"at http://127.0.0.1:{port}/" in out and out.rstrip().endswith("stopped")
    assert "Traceback" not in err
    assert not list(site.glob(".public.*"))  # no staging folder left behind
    assert b"livereload" not in (site / "public/index.html").read_bytes()
