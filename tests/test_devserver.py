"""The preview server's pure parts: request paths, responses, script injection, content types.

The same behaviour over a real socket is in test_serve.py.
"""

from __future__ import annotations


import pytest
from conftest import write_files

from generator.devserver import (SNIPPET, Published, Response, Target, content_type_for, display_url, error_page,
                                 host_is_local, inject, is_loopback, parse_path, respond)
from generator.errors import Problem


@pytest.mark.parametrize("raw, segments, directory", [
    ("/", (), True),
    ("/index.html", ("index.html",), False),
    ("/actors/", ("actors",), True),
    ("//actors//./x.html", ("actors", "x.html"), False),
    ("/a%20file.txt", ("a file.txt",), False),
    ("/%252e%252e%252f", ("%2e%2e%2f",), False),  # decoded once: a plain (absent) name, not '../'
    ("/caf%C3%A9.html", ("café.html",), False),
    ("http://localhost/x.html", ("x.html",), False),
])
def test_paths_are_decoded_once_into_segments(raw, segments, directory):
    assert parse_path(raw) == Target(segments, directory)


@pytest.mark.parametrize("raw, status", [
    ("/../x", 403), ("/a/../../x", 403), ("/%2e%2e/x", 403), ("/..%2fx", 403), ("/.%2e/x", 403),
    ("/..\\x", 403), ("/%5c..%5cx", 403), ("/x%00.html", 403), ("/.public.new-1/x", 404), ("/.git/config", 404),
    ("/%c0%ae%c0%ae/x", 404), ("/%ff", 404), ("x", 400), ("*", 400),
])
def test_paths_that_could_escape_are_refused(raw, status):
    refused = parse_path(raw)
    assert isinstance(refused, Response) and refused.status == status


@pytest.fixture
def published(tmp_path) -> Published:
    write_files(tmp_path, {"public/index.html": "<html><head></head><body>home</body></html>",
                           "public/404.html": "<html><head></head><body>missing</body></html>",
                           "public/actors/index.html": "actors", "public/static/s.css": "css",
                           "public-leak/secret.txt": "secret"})
    (tmp_path / "public/leak").symlink_to(tmp_path / "public-leak", target_is_directory=True)
    return Published(tmp_path / "public")


def test_respond_serves_files_folders_and_the_404_page(published):
    home = respond(published, "/")
    assert (home.status, home.page, home.body) == (200, True, b"<html><head></head><body>home</body></html>")
    assert respond(published, "/actors/").body == b"actors"
    moved = respond(published, "/actors")
    assert (moved.status, moved.location) == (302, "/actors/")
    missing = respond(published, "/nope.html")
    assert (missing.status, missing.page, missing.body) == (404, True, b"<html><head></head><body>missing</body></html>")
    css = respond(published, "/static/s.css")
    assert (css.status, css.page, css.content_type) == (200, False, "text/css; charset=utf-8")


def test_respond_refuses_a_symlink_to_a_sibling_folder_sharing_the_name_prefix(published):
    assert respond(published, "/leak/secret.txt").status == 403


def test_while_the_build_has_errors_pages_are_the_error_page_and_assets_are_served(published):
    published.errors = (Problem("content/articles/a.md", 3, "date: 'x' is not a date"),)
    for path in ("/", "/actors/", "/nope.html", "/nope"):
        response = respond(published, path)
        assert response.status == 500 and response.page
        assert b"content/articles/a.md:3: date: &#x27;x&#x27; is not a date" in response.body
    assert respond(published, "/static/s.css").body == b"css"


def test_error_page_names_file_line_and_message_escaped():
    page = error_page((Problem("layouts/x.html", 2, "template syntax: unexpected '<script>'"),
                       Problem("site.toml", None, "unknown key 'titel'")))
    assert b"The site has 2 errors" in page
    assert b"<code>layouts/x.html:2: template syntax: unexpected &#x27;&lt;script&gt;&#x27;</code>" in page
    assert b"<code>site.toml: unknown key &#x27;titel&#x27;</code>" in page


@pytest.mark.parametrize("page, expected", [
    (b"<html><head><title>t</title></head><body></body></html>",
     b"<html><head><title>t</title>" + SNIPPET + b"</head><body></body></html>"),
    (b"<HTML><HEAD></HEAD ></HTML>", b"<HTML><HEAD>" + SNIPPET + b"</HEAD ></HTML>"),
    (b"<p>no head at all</p>", b"<p>no head at all</p>" + SNIPPET),
    (b"<head></head><body><pre>&lt;/head&gt; and </head></pre>", b"<head>" + SNIPPET + b"</head><body><pre>&lt;/head&gt; and </head></pre>"),
])
def test_the_script_goes_in_once_before_the_first_head_end(page, expected):
    assert inject(page) == expected


@pytest.mark.parametrize("name, data, expected", [
    ("index.html", b"", "text/html; charset=utf-8"),
    ("feed.xml", b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "application/atom+xml"),
    ("sitemap.xml", b'<?xml version="1.0"?>\n<urlset>', "application/xml"),
    ("briefing.json", b"{}", "application/json"),
    ("logo.SVG", b"", "image/svg+xml"),
    ("s.css", b"", "text/css; charset=utf-8"),
    ("blob", b"", "application/octet-stream"),
])
def test_content_types(name, data, expected):
    assert content_type_for(name, data) == expected


@pytest.mark.parametrize("host, local", [
    ("localhost:8000", True), ("127.0.0.1:8000", True), ("[::1]:8000", True), ("LOCALHOST", True),
    ("docs.localhost:8000", True), ("", True), ("evil.example", False), ("127.0.0.1.evil.example:8000", False),
    ("192.168.1.5:8000", False), ("localhost.evil.example", False),
])
def test_host_header_check(host, local):
    assert host_is_local(host) is local


@pytest.mark.parametrize("host, loopback, url", [
    ("127.0.0.1", True, "http://127.0.0.1:8000/"), ("localhost", True, "http://localhost:8000/"),
    ("::1", True, "http://[::1]:8000/"), ("0.0.0.0", False, "http://127.0.0.1:8000/"),
    ("::", False, "http://[::1]:8000/"),
    ("192.168.1.5", False, "http://192.168.1.5:8000/"),
])
def test_loopback_and_display_url(host, loopback, url):
    assert is_loopback(host) is loopback
    assert display_url(host, 8000) == url
