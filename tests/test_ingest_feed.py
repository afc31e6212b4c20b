"""A saved news feed: its newest item is read as the page it would be, whatever the file is called."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from generator.ingest.clean import clean_document
from generator.ingest.feed import feed_as_page, is_feed
from generator.ingest.pipeline import ingest_command
from generator.ingest.types import RawDocument

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Harbour Ledger &#8211; Ports</title>
  <link>https://ledger.example/ports/</link>
  <item>
    <title>Dockers end nine-day strike at Antwerp</title>
    <link>https://ledger.example/2024/03/06/dockers-end-strike/</link>
    <dc:creator><![CDATA[Lotte Verbeke]]></dc:creator>
    <pubDate>Wed, 06 Mar 2024 18:10:00 +0100</pubDate>
    <description><![CDATA[<p>Short summary.</p><p>The post appeared first on Harbour Ledger.</p>]]></description>
    <content:encoded><![CDATA[<p><strong>ANTWERP</strong> &#8212; Dock workers voted on Wednesday to end a nine-day strike.</p>
<p>&#8220;We won what we came for,&#8221; said Jan Peeters, the union's negotiator.</p>
<script>alert('x')</script>]]></content:encoded>
  </item>
  <item>
    <title>An older story</title>
    <content:encoded><![CDATA[<p>Something else entirely.</p>]]></content:encoded>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Ledger</title>
  <entry>
    <title type="html">Cranes move again &amp;amp; ships sail</title>
    <link href="https://ledger.example/cranes"/>
    <published>2024-03-07T09:00:00Z</published>
    <author><name>Ruth Hale</name></author>
    <content type="html">&lt;p&gt;ANTWERP - Cranes began moving again on Thursday as the port cleared its backlog.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_an_rss_items_story_date_author_and_link_and_only_the_newest_item() -> None:
    assert is_feed(RSS) and is_feed(ATOM) and not is_feed("<html><body>rss</body></html>")
    cleaned = clean_document(RawDocument(path=Path("feed.txt"), kind="txt", text=RSS))
    article = cleaned.article
    assert article.title == "Dockers end nine-day strike at Antwerp"
    assert article.published == dt.date(2024, 3, 6)
    assert article.url == "https://ledger.example/2024/03/06/dockers-end-strike/"
    assert article.authors == ["Lotte Verbeke"]
    assert article.paragraphs[0].startswith("ANTWERP \u2014 Dock workers voted on Wednesday")
    text = " ".join(article.paragraphs)
    assert "older story" not in text and "Something else" not in text and "alert" not in text
    assert "appeared first" not in text


def test_an_atom_entry_escaped_once_in_the_xml() -> None:
    page = feed_as_page(ATOM)
    assert page is not None and "<script" not in page
    article = clean_document(RawDocument(path=Path("feed.xml"), kind="feed", text=ATOM)).article
    assert article.title == "Cranes move again & ships sail"
    assert article.published == dt.date(2024, 3, 7)
    assert article.paragraphs == ["ANTWERP - Cranes began moving again on Thursday as the port cleared its backlog."]


def test_an_xml_file_that_is_no_feed_is_one_clear_line(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "content").mkdir(parents=True)
    (site / "site.toml").write_text('title = "T"\n')
    bad = tmp_path / "sitemap.xml"
    bad.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>')
    good = tmp_path / "ports.rss"
    good.write_text(RSS)
    out, err = io.StringIO(), io.StringIO()
    status = ingest_command([bad, good], site, out=out, err=err)
    assert status == 1
    assert err.getvalue().strip().splitlines() == [
        f"{bad}: no story found (an RSS or Atom feed whose first item has a title and a text)"]
    assert len(list((site / "content" / "articles").glob("*.md"))) == 1
