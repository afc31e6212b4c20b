"""The command line: one line per problem, the right exit status, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main

BAD_YAML = "---\ntitle: Talks\nactors: [Lavrov\n---\nBody\n"
BAD_DATE = "---\ntitle: Talks\ndate: Nov 12\n---\nBody.\n"
BAD_EVENT_DATE = "---\ntitle: Talks\ndate: 2021-11-12\nevents:\n  - date: 2021-13\n    text: x\n---\nBody.\n"
UNKNOWN_EVENT_ACTOR = "---\ntitle: Talks\ndate: 2021-11-12\nevents:\n  - date: 2021-11-12\n    text: x\n    actors: [Nobody Known]\n---\nBody.\n"


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("rel, text, message", [
    ("content/articles/bad.md", BAD_YAML, "content/articles/bad.md:4: invalid YAML: "),
    ("content/articles/bad.md", BAD_DATE,
     "content/articles/bad.md:3: date: 'Nov 12' is not a date (use YYYY-MM-DD)"),
    ("content/articles/bad.md", BAD_EVENT_DATE,
     "content/articles/bad.md:5: events[0].date: '2021-13' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("content/articles/bad.md", UNKNOWN_EVENT_ACTOR,
     "content/articles/bad.md:5: events[0].actors: unknown actor 'Nobody Known' "
     "(add it to the article's actors or to content/actors/)"),
    ("content/articles/dup.md", "---\ntitle: Copy\ndate: 2021-11-12\nid: paris-talks\n---\nx\n",
     "content/articles/paris-talks.md:1: duplicate id 'paris-talks' (also content/articles/dup.md); "
     "rename one file or give it an 'id:'"),
    ("content/articles/bad.md", "---\ntitle: T\ndate: 2021-02-30\n---\nx\n",
     "content/articles/bad.md:3: invalid YAML: '2021-02-30' is not a date"),
    ("content/events/bad.yaml", "- date: 2014\n  text: x\n  actors: [Nobody]\n",
     "content/events/bad.yaml:1: actors: unknown actor 'Nobody' (add it to content/actors/ or an article)"),
    ("site.toml", 'title = "T"\ntitel = "x"\n', "site.toml:2: unknown key 'titel' (did you mean 'title'?)"),
    ("layouts/article.html", '{% extends "nope.html" %}\n',
     "layouts/article.html:1: template 'nope.html' not found (rendering articles/"),
    ("layouts/actor.html", '{% extends "base.html" %}{% block content %}{{ actor.nmae }}{% endblock %}\n',
     "layouts/actor.html:1: UndefinedError: 'dict object' has no attribute 'nmae'"),
    ("layouts/index.html", "{% if %}\n", "layouts/index.html:1: template syntax: "),
])
def test_bad_input_is_one_line_naming_file_and_line_and_exit_1(make_site, capsys, rel, text, message):
    site = make_site({rel: text})
    status, out, err = run(["build", "--site", str(site)], capsys)
    assert status == 1
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if not line.startswith("build failed")]
    assert lines and all(line.startswith(message[:30]) for line in lines), err
    assert any(line.startswith(message) for line in lines), err
    # without --strict the good files still build
    assert (site / "public/chronology.html").is_file()
    if rel.startswith("content/"):
        assert (site / "public/articles/minsk-responds.html").is_file()


def test_strict_fails_the_build_and_keeps_the_previous_site(make_site, capsys):
    site = make_site()
    assert run(["build", "--site", str(site)], capsys)[0] == 0
    before = {p.relative_to(site / "public"): p.read_bytes() for p in (site / "public").rglob("*") if p.is_file()}
    (site / "content/articles/bad.md").write_text(BAD_DATE)
    (site / "content/articles/paris-talks.md").write_text("---\ntitle: Changed\ndate: 2021-11-12\n---\nNew.\n")
    status, out, err = run(["build", "--site", str(site), "--strict"], capsys)
    assert status == 1
    assert "content/articles/bad.md:3: date: 'Nov 12' is not a date" in err
    assert "left as it was" in err
    after = {p.relative_to(site / "public"): p.read_bytes() for p in (site / "public").rglob("*") if p.is_file()}
    assert after == before
    assert not any(p.name.startswith(".public") for p in site.iterdir())


def test_strict_fails_on_warnings_too(make_site, capsys):
    site = make_site({"content/articles/x.md": "---\ntitle: X\ndate: 2021-11-12\nauthor: typo\n---\nx\n"})
    status, _, err = run(["build", "--site", str(site)], capsys)
    assert status == 0 and "content/articles/x.md:4: warning: unknown field 'author' (did you mean 'authors'?); it is ignored" in err
    status, _, _ = run(["build", "--site", str(site), "--strict"], capsys)
    assert status == 1


def test_check_reports_every_problem_and_writes_nothing(make_site, capsys):
    site = make_site({"content/articles/a.md": BAD_DATE, "content/articles/b.md": BAD_YAML})
    status, out, err = run(["check", "--site", str(site)], capsys)
    assert status == 1
    assert err.splitlines() == [
        "content/articles/a.md:3: date: 'Nov 12' is not a date (use YYYY-MM-DD)",
        "content/articles/b.md:4: invalid YAML: did not find expected ',' or ']'",
    ]
    assert not (site / "public").exists()
    assert "checked 2 articles" in out


def test_missing_site_and_missing_config_are_one_line(tmp_path, capsys):
    status, _, err = run(["build", "--site", str(tmp_path / "nowhere")], capsys)
    assert status == 1 and err.strip() == f"{tmp_path / 'nowhere'}: no such folder"
    status, _, err = run(["build", "--site", str(tmp_path)], capsys)
    assert status == 1 and err.strip().startswith(f"{tmp_path / 'site.toml'}: not found")


def test_init_makes_a_site_that_builds_at_once_and_refuses_to_overwrite(tmp_path, capsys):
    site = tmp_path / "new-site"
    assert run(["init", str(site)], capsys)[0] == 0
    for folder in ("content/articles", "content/actors", "layouts"):
        assert (site / folder).is_dir()
    assert run(["build", "--site", str(site)], capsys)[0] == 0
    assert (site / "public/index.html").is_file()
    status, _, err = run(["init", str(site)], capsys)
    assert status == 1 and "already exists" in err


def test_help_explains_every_command(capsys):
    for command in ("init", "build", "check", "ingest", "serve"):
        with pytest.raises(SystemExit) as info:
            main([command, "--help"])
        assert info.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith(f"usage: briefing {command}")


def test_python_dash_m_runs_and_prints_no_traceback(make_site):
    site = make_site({"content/articles/bad.md": BAD_DATE})
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    res = subprocess.run([sys.executable, "-m", "generator", "build", "--site", str(site)],
                         capture_output=True, text=True, env=env)
    assert res.returncode == 1
    assert "Traceback" not in res.stderr
    assert "content/articles/bad.md:3: date:" in res.stderr


def test_unreadable_and_non_utf8_files_are_reported(make_site, capsys):
    site = make_site()
    (site / "content/articles/latin1.md").write_bytes("---\ntitle: Caf\xe9\n---\n".encode("latin-1"))
    status, _, err = run(["build", "--site", str(site)], capsys)
    assert status == 1 and "content/articles/latin1.md: not UTF-8 text (byte 14); save it as UTF-8" in err


def test_an_internal_error_is_one_line_unless_debugging(make_site, capsys, monkeypatch):
    import generator.cli as cli

    def broken(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(cli, "build", broken)
    site = make_site()
    status, _, err = run(["build", "--site", str(site)], capsys)
    assert status == 70
    assert err.strip() == ("briefing: internal error: KeyError: 'boom' "
                           "(please report it; set BRIEFING_DEBUG=1 to see the traceback)")
    monkeypatch.setenv("BRIEFING_DEBUG", "1")
    with pytest.raises(KeyError):
        main(["build", "--site", str(site)])
