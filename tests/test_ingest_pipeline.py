"""The ingest command: one line per file, a summary, safe re-ingests, bad files reported one by one.

Most tests pass a small stand-in annotator (names of two capitalised words
are people; known actors are matched by name and alias) so they test this
pipeline, not the annotation; one test runs the real annotator end to end.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest

from generator.ingest.merge import front_matter
from generator.ingest.pipeline import IngestOptions, ingest_command, run_ingest
from generator.ingest.types import Annotations, CleanArticle, FoundActor, FoundEvent, FoundQuote, KnownActor
from generator.model import PartialDate

DEV_ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "dev-set" / "articles"

STORY = """\
Skip to content
Home | World | Business

Geneva talks end without a deal

By Jane Doe
Published January 10, 2022

Senior diplomats Wendy Sherman and Sergei Ryabkov ended nearly eight hours of talks in Geneva on Monday.

"We will not allow anyone to slam closed the door," said Wendy Sherman after the session was over.

Sergei Ryabkov said Moscow had no plan to attack, but that it needed firm commitments from the West.

Reporting by Jane Doe; Editing by John Roe

\u00a9 2022 Example Wire. All rights reserved.
"""
OTHER = STORY.replace("Geneva talks end without a deal", "Brussels talks follow Geneva round").replace(
    "eight hours", "six hours")


class StandIn:
    """A predictable annotator that records the registry it was given."""

    def __init__(self) -> None:
        self.seen_known: list[list[KnownActor]] = []

    def __call__(self, article: CleanArticle, known: list[KnownActor]) -> Annotations:
        self.seen_known.append(list(known))
        text = " ".join(article.paragraphs)
        by_name = {n: k for k in known for n in (k.name, *k.aliases)}
        actors: list[FoundActor] = []
        for name in dict.fromkeys(re.findall(r"\b([A-Z][a-z]+ [A-Z][a-z]+)\b", text)):
            k = by_name.get(name)
            actors.append(FoundActor(k.name if k else name, "person", [], "diplomat" if "Sherman" in name else "",
                                     k.id if k else ""))
        events = []
        if article.published:
            events.append(FoundEvent(PartialDate(article.published.year, article.published.month,
                                                 article.published.day), "Talks end", actors=[a.name for a in actors]))
        quotes = [FoundQuote(actors[0].name if actors else "", q) for q in re.findall(r'"([^"]+)"', text)]
        return Annotations(actors=actors, places=["Geneva"], quotes=quotes, events=events)


def run(site: Path, *paths: Path, annotate=None, **options) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run_ingest(list(paths), site, IngestOptions(**options), out=out, err=err,
                        annotate=annotate or StandIn())
    return status, out.getvalue(), err.getvalue()


def ingested(site: Path, source: Path, text: str, article: str, **options) -> str:
    """Write ``text`` to ``source``, ingest it and return the article written as ``article`` (a file name)."""
    source.write_text(text, encoding="utf-8")
    status, out, err = run(site, source, **options)
    assert status == 0, err
    assert article in out, out
    return (site / "content/articles" / article).read_text(encoding="utf-8")


@pytest.fixture
def site(make_site):
    return make_site(base=False)


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a-geneva.txt").write_text(STORY, encoding="utf-8")
    (folder / "b-brussels.txt").write_text(OTHER, encoding="utf-8")
    return folder


def test_folder_is_ingested_with_a_line_per_file_and_a_summary(site, inbox):
    status, out, err = run(site, inbox)
    assert status == 0 and err == ""
    geneva = "content/articles/2022-01-10-geneva-talks-end-without-a-deal.md"
    assert out.splitlines() == [
        f"{(inbox / 'a-geneva.txt').as_posix()} → {geneva} (2 actors, 1 quotes, 1 events)",
        f"{(inbox / 'b-brussels.txt').as_posix()} → content/articles/2022-01-10-brussels-talks-follow-geneva-round.md "
        "(2 actors, 1 quotes, 1 events)",
        "2 files: 2 article(s) written, 0 unchanged, 0 skipped, 0 failed; 2 new actor(s), 2 event(s)",
    ]
    meta = front_matter((site / geneva).read_text(encoding="utf-8"))
    assert meta["source_file"] == "seeds/a-geneva.txt"
    assert (site / "seeds/a-geneva.txt").read_text(encoding="utf-8") == STORY
    assert (meta["date"], meta["authors"], meta["credits"], meta["outlet"]) == (
        dt.date(2022, 1, 10), ["Jane Doe"], "Reporting by Jane Doe; Editing by John Roe", "Example Wire")
    assert meta["actors"] == [{"wendy-sherman": "diplomat"}, "sergei-ryabkov"]
    assert sorted(p.name for p in (site / "content/actors").iterdir()) == ["sergei-ryabkov.md", "wendy-sherman.md"]


def test_stubs_written_for_one_file_are_known_when_the_next_is_annotated(site, inbox):
    annotate = StandIn()
    run(site, inbox, annotate=annotate)
    assert annotate.seen_known[0] == []
    assert [k.id for k in annotate.seen_known[1]] == ["wendy-sherman", "sergei-ryabkov"]
    (site / "content/actors/kremlin.md").write_text("---\nname: Kremlin\nkind: organization\n---\n")
    run(site, inbox, annotate=annotate)
    assert "kremlin" in [k.id for k in annotate.seen_known[2]]


def test_reingest_is_unchanged_then_skipped_after_an_edit_then_forced_with_backups(site, inbox):
    story = inbox / "a-geneva.txt"
    run(site, story)
    article = site / "content/articles/2022-01-10-geneva-talks-end-without-a-deal.md"
    first = article.read_bytes()

    status, out, _ = run(site, story)
    assert status == 0 and out.splitlines()[0].endswith(f"{article.relative_to(site).as_posix()} unchanged")
    assert article.read_bytes() == first  # same input, same registry: byte-identical

    edited = first.replace(b"outlet: Example Wire", b"outlet: Example Wire Service")
    article.write_bytes(edited)
    status, out, _ = run(site, story)
    assert status == 0
    assert out.splitlines()[0] == (f"{story.as_posix()}: content/articles/{article.name} exists, skipped (use --force)")
    assert article.read_bytes() == edited  # the analyst's edit stands

    status, out, _ = run(site, story, force=True)
    assert out.splitlines()[0].endswith(f"; old file kept as {article.name}.bak")
    assert article.read_bytes() == first
    assert (article.parent / f"{article.name}.bak").read_bytes() == edited
    article.write_bytes(edited)
    run(site, story, force=True)
    assert (article.parent / f"{article.name}.bak2").read_bytes() == edited
    assert (article.parent / f"{article.name}.bak").read_bytes() == edited


def test_article_renamed_by_the_analyst_is_found_by_its_source(site, inbox):
    story = inbox / "a-geneva.txt"
    run(site, story)
    old = site / "content/articles/2022-01-10-geneva-talks-end-without-a-deal.md"
    new = site / "content/articles/geneva.md"
    old.rename(new)
    status, out, _ = run(site, story)
    assert out.splitlines()[0].endswith("content/articles/geneva.md unchanged")
    assert sorted(p.name for p in new.parent.iterdir()) == ["geneva.md"]


def test_same_headline_from_another_source_gets_the_next_free_name(site, tmp_path):
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    status, out, _ = run(site, tmp_path / "one.txt", tmp_path / "two.txt")
    assert [line.split(" → ")[1].split(" ")[0] for line in out.splitlines()[:2]] == [
        "content/articles/2022-01-10-geneva-talks-end-without-a-deal.md",
        "content/articles/2022-01-10-geneva-talks-end-without-a-deal-2.md"]


def test_a_different_raw_file_of_the_same_name_is_not_overwritten_in_seeds(site, tmp_path, inbox):
    run(site, inbox / "a-geneva.txt")
    other = tmp_path / "elsewhere" / "a-geneva.txt"
    other.parent.mkdir()
    other.write_text(OTHER, encoding="utf-8")
    status, out, _ = run(site, other)
    assert status == 0 and "seeds/a-geneva.txt already holds a different file of that name" in out
    assert (site / "seeds/a-geneva.txt").read_text(encoding="utf-8") == STORY


def test_dry_run_prints_the_files_and_writes_nothing(site, inbox):
    before = sorted(p.relative_to(site) for p in site.rglob("*"))
    status, out, _ = run(site, inbox / "a-geneva.txt", dry_run=True)
    assert status == 0
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == before
    assert "[dry run: would write]" in out
    assert f"--- seeds/a-geneva.txt (copy of {(inbox / 'a-geneva.txt').as_posix()})" in out
    assert "--- content/articles/2022-01-10-geneva-talks-end-without-a-deal.md\n---\ntitle: Geneva talks end" in out
    assert "--- content/actors/wendy-sherman.md (new actor)\n---\nname: Wendy Sherman" in out
    assert out.splitlines()[-1].startswith("1 file: 1 article(s) would be written")


def test_date_from_the_command_line_or_a_warning_and_no_date(site, tmp_path):
    undated = tmp_path / "undated.txt"
    undated.write_text(STORY.replace("Published January 10, 2022\n", ""), encoding="utf-8")
    status, out, err = run(site, undated)
    assert status == 0
    assert err == (f"{undated.as_posix()}: warning: no publication date in the text; written without one, "
                   "relative dates left unresolved (give --date YYYY-MM-DD)\n")
    written = site / "content/articles/geneva-talks-end-without-a-deal.md"
    assert "date" not in front_matter(written.read_text(encoding="utf-8"))
    status, out, err = run(site, undated, date=dt.date(2022, 1, 9), url="https://example.org/g", outlet="Wire",
                           force=True)
    meta = front_matter((site / "content/articles/geneva-talks-end-without-a-deal.md").read_text(encoding="utf-8"))
    assert (meta["date"], meta["url"], meta["outlet"], err) == (dt.date(2022, 1, 9), "https://example.org/g", "Wire", "")


def test_bad_files_are_reported_one_line_each_and_the_rest_still_ingested(site, tmp_path, inbox):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "1-empty.txt").write_text("")
    (bad / "2-binary.txt").write_bytes(b"%PDF-1.4\n\x00\x01")
    (bad / "3-no-article.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (bad / "4-no-title.txt").write_text("A sentence that is the whole article, and it ends here.\n")
    (bad / "5-french.txt").write_text(
        "La France met en garde\n\nLa France a exprimé mardi sa préoccupation face aux mouvements de troupes "
        "et le ministre a déclaré que toute agression aurait des conséquences graves pour la sécurité.\n")
    status, out, err = run(site, bad, tmp_path / "6-missing.txt", inbox / "a-geneva.txt")
    assert status == 1
    b = bad.as_posix()
    assert err.splitlines() == [
        f"{b}/1-empty.txt: empty file",
        f"{b}/2-binary.txt: binary file (a PDF document), not text",
        f"{b}/3-no-article.html: no article text found in the page",
        f"{b}/4-no-title.txt: no title found (the headline should be a line of its own before the article)",
        f"{b}/5-french.txt: the text is in French, not English",
        f"{(tmp_path / '6-missing.txt').as_posix()}: no such file",
    ]
    assert out.splitlines()[-1] == ("7 files: 1 article(s) written, 0 unchanged, 0 skipped, 6 failed; "
                                    "2 new actor(s), 1 event(s)")
    assert sorted(p.name for p in (site / "seeds").iterdir()) == ["a-geneva.txt"]
    assert not [p for p in site.rglob("*") if p.name.endswith(".tmp")]


def test_bad_front_matter_of_a_markdown_file_names_the_files_line(site, tmp_path):
    (tmp_path / "a-toml.md").write_text('+++\ntitle = "Port\n+++\n\nDock workers voted to end the strike.\n')
    (tmp_path / "b-yaml.md").write_text("---\ntitle: Port\ndate: [2025\n---\n\nDock workers voted to end the strike.\n")
    (tmp_path / "c-open.md").write_text('+++\ntitle = "Port"\n\nDock workers voted to end the strike.\n')
    status, out, err = run(site, tmp_path / "a-toml.md", tmp_path / "b-yaml.md", tmp_path / "c-open.md")
    t = tmp_path.as_posix()
    assert status == 1
    assert err.splitlines() == [
        f"{t}/a-toml.md:2: invalid TOML front matter: Illegal character '\\n'",
        f"{t}/b-yaml.md:4: invalid YAML front matter: expected ',' or ']', but got '<stream end>'",
        f"{t}/c-open.md:1: front matter opened with '+++' is never closed",
    ]


def test_a_failing_annotator_fails_that_file_only(site, inbox):
    calls = []

    def flaky(article, known):
        calls.append(article.title)
        if len(calls) == 1:
            raise ValueError("boom")
        return Annotations()

    status, out, err = run(site, inbox, annotate=flaky)
    assert status == 1
    assert err.strip().endswith("internal error while annotating (ValueError: boom); please report it")
    assert "1 article(s) written" in out.splitlines()[-1]


def test_markdown_and_html_inputs(site, tmp_path):
    md = tmp_path / "note.md"
    md.write_text("---\ntitle: Analyst note\ndate: 2022-01-12\ntags: [nato]\n---\n## Background\n\n"
                  "The talks in Geneva followed weeks of warnings from officials on both sides.\n", encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text("<html><head><meta property='article:published_time' content='2022-01-11T10:00:00Z'>"
                    "<meta property='og:site_name' content='Ledger'></head><body><article>"
                    "<h1>Troops to leave Kazakhstan</h1><p>- The president said the mission was over, and "
                    "troops would leave within ten days, officials said.</p></article></body></html>",
                    encoding="utf-8")
    status, out, err = run(site, md, page)
    assert status == 0, err
    note = (site / "content/articles/2022-01-12-analyst-note.md").read_text(encoding="utf-8")
    assert note.endswith("---\n## Background\n\nThe talks in Geneva followed weeks of warnings from officials "
                         "on both sides.\n")
    assert front_matter(note)["tags"] == ["nato"]
    html = (site / "content/articles/2022-01-11-troops-to-leave-kazakhstan.md").read_text(encoding="utf-8")
    assert front_matter(html)["outlet"] == "Ledger"
    assert html.endswith("---\n\\- The president said the mission was over, and troops would leave within ten "
                         "days, officials said.\n")


def test_a_converters_markdown_is_annotated_as_it_reads_and_keeps_its_lines(site, tmp_path):
    """pandoc's Markdown from a .docx: hard line breaks inside paragraphs, escaped quotation marks, a highlighted
    span, a grid table. The annotator reads the prose; the file keeps the analyst's lines."""
    pytest.importorskip("generator.ingest.extract")
    from generator.ingest.extract import annotate
    md = tmp_path / "port.md"
    md.write_text(
        "---\ntitle: Port strike ends\ndate: 14 March 2025\n---\n\n"
        "**ROTTERDAM** --- Dock workers ended their strike on Thursday after the\n"
        "port authority raised its offer.\n\n"
        "[Union leader Sanne de Wit told a rally on Thursday\nevening]{.mark} that the deal was fair. \\\"We won\n"
        "what we came for,\\\" she said.\n\n"
        "+-----------+--------+\n| Offer     | Rise   |\n+===========+========+\n| Final     | 6 %    |\n"
        "+-----------+--------+\n",
        encoding="utf-8")
    status, out, err = run(site, md, annotate=annotate)
    assert status == 0, err
    assert "2025-03-14-port-strike-ends.md" in out, out
    written = (site / "content/articles/2025-03-14-port-strike-ends.md").read_text(encoding="utf-8")
    meta = front_matter(written)
    assert meta["quotes"] == [{"speaker": "sanne-de-wit", "text": "We won what we came for"}]
    assert [e["text"] for e in meta["events"]] == [
        "Dock workers ended their strike on Thursday after the port authority raised its offer",
        "Union leader Sanne de Wit told a rally on Thursday evening that the deal was fair"]
    body = written.split("\n---\n", 1)[1]
    assert "Thursday\nevening that the deal" in body and "{.mark}" not in body  # the span's words, its lines kept


@pytest.mark.skipif(not DEV_ARTICLES.is_dir(), reason="the shared dev set is not beside this checkout")
def test_real_annotator_two_fresh_sites_get_the_same_bytes(make_site):
    pytest.importorskip("generator.ingest.extract")
    sites = [make_site(base=False, name=name) for name in ("one", "two")]
    for site in sites:
        err = io.StringIO()
        assert ingest_command([DEV_ARTICLES], site, out=io.StringIO(), err=err) == 0, err.getvalue()
    files = [{p.relative_to(s).as_posix(): p.read_bytes() for p in s.rglob("*.md")} for s in sites]
    assert files[0] == files[1]
    assert len([f for f in files[0] if f.startswith("content/articles/")]) == 6


@pytest.mark.skipif(not DEV_ARTICLES.is_dir(), reason="the shared dev set is not beside this checkout")
def test_real_annotator_reingest_of_one_article_is_unchanged(make_site):
    pytest.importorskip("generator.ingest.extract")
    site = make_site(base=False)
    raw = DEV_ARTICLES / "02_geneva-security-talks.txt"
    ingest_command([raw], site, out=io.StringIO(), err=io.StringIO())
    out = io.StringIO()
    assert ingest_command([raw], site, out=out, err=io.StringIO()) == 0
    assert out.getvalue().splitlines()[0].endswith(" unchanged")


def test_cli_exit_status_is_non_zero_when_a_file_failed(site, tmp_path, inbox, capfd, monkeypatch):
    from generator import cli
    import generator.ingest.pipeline as pipeline

    monkeypatch.setattr(pipeline, "run_ingest", _with_stand_in(pipeline.run_ingest))
    (tmp_path / "empty.txt").write_text("")
    assert cli.main(["ingest", str(inbox / "a-geneva.txt"), "--site", str(site)]) == 0
    assert cli.main(["ingest", str(tmp_path / "empty.txt"), "--site", str(site)]) == 1
    assert capfd.readouterr().err.strip() == f"{(tmp_path / 'empty.txt').as_posix()}: empty file"


def _with_stand_in(real):
    def run_with(*args, **kwargs):
        kwargs.setdefault("annotate", StandIn())
        return real(*args, **kwargs)
    return run_with


def test_a_documents_comments_go_to_the_articles_notes(site, tmp_path):
    from test_ingest_html import GOOGLE_DOC
    written = ingested(site, tmp_path / "doc.html", GOOGLE_DOC, "2025-04-11-ferry-crews-end-strike-after-new-rota-deal.md")
    assert front_matter(written)["notes"] == ("Check the union's figure before we use it. \u2014 Ana Ruiz\n\n"
                                              "Refund terms as set out on the operator's site.")
    assert "Ana Ruiz" not in written.split("\n---\n", 1)[1]


WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta charset="utf-8"><title>Ports morning note 12-04-2025</title></head>
<body lang=EN-GB><div class=WordSection1>
<p class=MsoNormal><b><span style='font-size:9.0pt'>PORTS WATCH | Morning note 12/04/2025 | prepared by A. Ruiz<o:p></o:p></span></b></p>
<p class=MsoNormal><span style='font-size:9.0pt'>Source: Harbour Ledger, 11 April 2025. Internal reading only.<o:p></o:p></span></p>
<p class=MsoTitle>Ferry crews end strike after new rota deal<o:p></o:p></p>
<p class=MsoNormal>Ferry crews on the island routes ended a four-day strike on Friday after the operator agreed to a new rota, the union said.<o:p></o:p></p>
<p class=MsoNormal>The operator said sailings would resume on Saturday morning and that tickets for cancelled trips would be refunded within two weeks.<o:p></o:p></p>
<p class=MsoNormal>AR comment: check the refund terms before Monday's call.<o:p></o:p></p>
</div></body></html>"""


def test_a_word_web_page_gives_its_styled_title_and_sets_an_analysts_comment_apart(site, tmp_path):
    written = ingested(site, tmp_path / "note.htm", WORD_PAGE, "2025-04-11-ferry-crews-end-strike-after-new-rota-deal.md")
    assert front_matter(written)["notes"] == "AR comment: check the refund terms before Monday's call."
    body = written.split("\n---\n", 1)[1]
    assert body.startswith("Ferry crews on the island routes") and "comment" not in body and "PORTS WATCH" not in body


def test_a_vault_note_reads_as_its_article_with_the_analysts_callout_in_its_notes(site, tmp_path):
    written = ingested(
        site, tmp_path / "ferry.md",
        "---\naliases:\n  - Ferry strike\ntags:\n  - ports\ncreated: 2025-04-11T15:02\n"
        "source: \"Harbour Ledger, local pages (web), read 11 Apr 2025\"\n---\n\n"
        "# Ferry crews end strike after new rota deal\n\n"
        "> [!note] Why this is here\n> Compare with the [[Rail strike 2024|rail strike]] before Monday.\n\n"
        "![[ferry-quay.png|300]]\n*Crews at the quay on Friday (archive)*\n\n"
        "Ferry crews on the [[Island routes|island routes]] ended a four-day strike on Friday, the union's leader,"
        " [[Ana Ruiz]], said.\n\n"
        "> [!quote] The union's statement\n> \"The crews have won what they asked for.\"\n\n"
        "Sailings resume on Saturday, ==the first in five days==.\n",
        "2025-04-11-ferry-crews-end-strike-after-new-rota-deal.md")
    meta = front_matter(written)
    assert meta["notes"] == "Why this is here\nCompare with the rail strike before Monday."
    assert meta["outlet"] == "Harbour Ledger" and "url" not in meta
    assert written.split("\n---\n", 1)[1] == (
        "Ferry crews on the island routes ended a four-day strike on Friday, the union's leader, Ana Ruiz, said.\n\n"
        "> The union's statement: \"The crews have won what they asked for.\"\n\n"
        "Sailings resume on Saturday, the first in five days.\n")


RAW_MAIL = """Return-Path: <bounce@ledger.example>
Message-ID: <12.ab@ledger.example>
Date: Fri, 11 Apr 2025 19:42:05 +0100
From: Harbour Ledger <letter@ledger.example>
Subject: =?utf-8?Q?Ferry_crews_end_strike_=E2=80=93_Harbour_Ledger?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_B1"

This is a multi-part message in MIME format.

--=_B1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ferry crews end strike after new rota deal

By Mira Holt

Ferry crews on the island routes ended a four-day strike on Friday after th=
e operator agreed to a new rota. =E2=80=9CWe won what we came for,=E2=80=9D=
 the union=E2=80=99s leader, Ana Ruiz, said.

Sailings resume on Saturday morning, the operator said.

--=_B1
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><h1>Ferry crews end strike after new rota deal</h1></body></html>

--=_B1--
"""


def test_a_raw_mail_message_reads_its_plain_part_decoded(site, tmp_path):
    pytest.importorskip("generator.ingest.extract")
    from generator.ingest.extract import annotate
    written = ingested(site, tmp_path / "letter.txt", RAW_MAIL, "2025-04-11-ferry-crews-end-strike-after-new-rota-deal.md",
                       annotate=annotate)
    assert front_matter(written)["quotes"] == [{"speaker": "ana-ruiz", "text": "We won what we came for"}]
    assert "operator agreed to a new rota. \u201cWe won" in written and "=E2" not in written


def test_a_story_pasted_under_a_forum_posts_headline_loses_its_own_headline_and_a_call_for_photos(site, tmp_path):
    written = ingested(
        site, tmp_path / "thread.html",
        "<html><head><title>Ferry strike over : r/islands</title></head><body>"
        "<h1>Ferry strike over after five days as crews accept rota deal</h1><div class='post'>"
        "<p>Crews back at work after rota deal</p><p>By Mira Holt, April 11, 2025</p>"
        "<p>Ferry crews on the island routes ended a four-day strike on Friday after the operator agreed to a new"
        " rota, the union said.</p><p>Sailings resume on Saturday morning, and tickets for cancelled trips will be"
        " refunded within two weeks, the operator said.</p>"
        "<p>Have photos or video from the quay? Send them to tips@ledger.example</p></div></body></html>",
        "2025-04-11-ferry-strike-over-after-five-days-as-crews-accept-rota-deal.md", date=dt.date(2025, 4, 11))
    assert front_matter(written)["authors"] == ["Mira Holt"]
    body = written.split("\n---\n", 1)[1]
    assert body.startswith("Ferry crews on the island routes") and "photos" not in body
