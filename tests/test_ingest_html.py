"""Main-content extraction from saved pages: the article's blocks in order, nothing around them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.ingest.html import NoArticle, extract_page

DEV_PAGE = Path(__file__).resolve().parents[2] / "shared" / "dev-set" / "articles" / "05_kazakhstan-csto-withdrawal.html"

P1 = "Ukraine's parliament approved a state of emergency on Wednesday, giving the authorities wider powers, as Russia kept troops near the border."
P2 = "The measure, which lasts thirty days, allows checks on documents, curfews and limits on rallies in regions near the front line, officials said."
P3 = "Lawmakers also voted to let citizens carry firearms for self-defence, a step the interior ministry had argued for since January, when tensions grew."
QUOTE = "We are ready for anything, but we want peace, and we will keep talking to our partners until the last minute."

BLOG_PAGE = f"""<!doctype html>
<html lang="en"><head>
<title>Kyiv declares emergency | Dnipro Daily</title>
<meta property="og:title" content="Ukraine declares state of emergency as Russian troops mass nearby">
<script type="application/ld+json">{{"@context": "https://schema.org", "@graph": [
  {{"@type": "WebSite", "name": "Dnipro Daily"}},
  {{"@type": "NewsArticle", "headline": "Ukraine declares state of emergency as Russian troops mass nearby",
    "author": [{{"@type": "Person", "name": "Olena Koval"}}],
    "publisher": {{"@type": "Organization", "name": "Dnipro Daily"}}}}]}}</script>
</head><body>
<div id="top"><h1 class="logo">Dnipro Daily</h1>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/war">War</a></li></ul></div>
<div class="wrapper">
 <div class="article-header">
  <h1>Ukraine declares state of emergency as Russian troops mass nearby</h1>
  <span class="byline">By Olena Koval</span> <time datetime="2022-02-23T18:00:00Z">Feb 23</time>
 </div>
 <div class="article-body">
  <div class="para-block"><p>{P1}</p><p>{P2}</p></div>
  <div class="ad-container"><p>Advertisement - scroll to continue reading the rest of the article below</p></div>
  <div class="para-block">
   <h2>Guns for self-defence</h2>
   <p>{P3}</p>
   <blockquote><p>{QUOTE}</p></blockquote>
   <ul><li>Curfews in border regions</li><li>Checks on documents</li></ul>
   <div class="related-links"><h3>Related</h3><ul><li><a href="/a">Another story about something</a></li></ul></div>
  </div>
 </div>
 <section id="comments"><h2>Comments</h2>
  <p>Reader one wrote a very long comment that looks like prose, with commas, and everything else, too.</p>
  <p>Reader two replied at length, arguing the opposite, with many clauses, commas, and a full stop.</p>
 </section>
</div>
<div class="site-footer-links"><p>&copy; 2022 Dnipro Daily Media. All rights reserved.</p></div>
</body></html>"""


def test_blog_page_blocks_in_order_without_furniture():
    page = extract_page(BLOG_PAGE)
    assert page.title == "Ukraine declares state of emergency as Russian troops mass nearby"
    assert page.blocks == [
        ("p", P1), ("p", P2), ("h2", "Guns for self-defence"), ("p", P3), ("quote", QUOTE),
        ("li", "Curfews in border regions"), ("li", "Checks on documents"),
    ]
    assert (page.published, page.outlet, page.authors) == ("2022-02-23", "Dnipro Daily", ["Olena Koval"])


@pytest.mark.skipif(not DEV_PAGE.exists(), reason="the shared dev set is not beside this checkout")
def test_dev_page_title_is_the_h1_and_aside_caption_ads_are_gone():
    page = extract_page(DEV_PAGE.read_text(encoding="utf-8"))
    text = "\n".join(t for _, t in page.blocks)
    assert page.title == "Kazakhstan's Tokayev says Russian-led troops will leave, names new prime minister"
    assert page.published == "2022-01-11"  # stated only in the page's metadata
    assert page.outlet == "The Eurasia Ledger"
    assert page.url.startswith("https://www.eurasialedger.com/")
    for furniture in ("Read more", "Explainer: why a fuel price rise", "Advertisement", "mayor's office in Almaty",
                      "Morning Brief", "More from Central Asia", "uses cookies", "Topics:"):
        assert furniture not in text
    assert page.blocks[0][1].startswith("Kazakh President Kassym-Jomart Tokayev said on Tuesday")
    assert page.blocks[-1][1] == "Tokayev said the new government would present a program of reforms within three weeks."
    assert all(kind == "p" for kind, _ in page.blocks)


def test_page_wrapped_in_a_form_still_yields_its_article():
    page = extract_page(f"""<html><body><form id="aspnetForm" action="/x">
        <div class="content"><h1>Emergency declared in Ukraine</h1><p>{P1}</p><p>{P2}</p></div>
        <div class="sidebar"><p>Most popular this week: a list of other stories that readers liked a lot.</p></div>
        </form></body></html>""")
    assert page.title == "Emergency declared in Ukraine"
    assert [t for _, t in page.blocks] == [P1, P2]


def test_paragraphs_separated_by_double_breaks():
    page = extract_page(f"<html><body><h1>Emergency declared</h1><div class='text'>{P1}<br><br>{P2}<br>\n<br>{P3}</div>"
                        "</body></html>")
    assert [t for _, t in page.blocks] == [P1, P2, P3]


def test_title_falls_back_to_metadata_when_the_page_has_no_h1():
    page = extract_page(f"""<html><head><title>Short | Site</title>
        <meta property="og:title" content="The full headline of the story">
        <meta name="date" content="2022-02-23"></head><body><article><p>{P1}</p><p>{P2}</p></article></body></html>""")
    assert (page.title, page.published) == ("The full headline of the story", "2022-02-23")


@pytest.mark.parametrize(
    "head, title",
    [
        ('<meta property="og:site_name" content="Andes Report">'
         '<meta property="og:title" content="Chile approves lithium partnership | Andes Report">',
         "Chile approves lithium partnership"),
        ("<title>Chile approves lithium partnership - Andes Report</title>", "Chile approves lithium partnership"),
        ('<meta property="og:site_name" content="Andes Report">'
         '<meta property="og:title" content="Santiago - a city that runs on copper">',
         "Santiago - a city that runs on copper"),
        ('<title>Chile approves lithium partnership | The Andes Review</title>'
         '<meta property="og:title" content="Chile approves lithium partnership | The Andes Review">',
         "Chile approves lithium partnership"),
    ],
    ids=["og:title with the site's name", "only a <title>", "a dash of the headline's own",
         "og:title copied from the <title>, no site name given"],
)
def test_title_without_h1_drops_the_site_name_the_page_adds(head, title):
    page = extract_page(f"<html><head>{head}</head><body><article><p>{P1}</p><p>{P2}</p></article></body></html>")
    assert page.title == title


def test_an_h1_that_is_the_publishers_name_is_the_logo_not_the_title():
    page = extract_page(f"""<html><head><script type="application/ld+json">
        {{"@type": "NewsArticle", "publisher": {{"@type": "Organization", "name": "Andes Report"}}}}</script></head>
        <body><div class="top"><h1>Andes Report</h1></div><div class="story"><h1>Chile approves lithium partnership</h1>
        <p>{P1}</p><p>{P2}</p></div></body></html>""")
    assert (page.title, page.outlet) == ("Chile approves lithium partnership", "Andes Report")


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><ul><li><a href='/a'>World</a></li><li><a href='/b'>Business</a></li></ul></nav></body></html>",
        "<html><body><h1>Index</h1><ul>" + "".join(
            f"<li><a href='/s{i}'>A linked headline about the news number {i}, with commas</a></li>" for i in range(20)
        ) + "</ul></body></html>",
        "<html><head><title>Empty</title></head><body></body></html>",
    ],
)
def test_pages_without_an_article_are_refused(html):
    with pytest.raises(NoArticle, match="no article text found in the page"):
        extract_page(html)


PS = [f"Paragraph {i} of the story says something about the talks, the troops, and the sanctions." for i in range(1, 6)]

BLOCKS_PAGE = f"""<html><head><meta property="og:site_name" content="Public News"></head><body>
<header><nav><a href="/">Home</a></nav></header>
<main><article>
 <header><h1>Russia promises to scale down military activity</h1></header>
 <div data-component="byline-block"><p>By Jane Roe</p><p>Public News, Kyiv</p></div>
 <div data-component="text-block"><p><b>{PS[0]}</b></p></div>
 <div data-component="text-block"><p>{PS[1]}</p></div>
 <div data-component="subheadline-block"><h2>What was agreed?</h2></div>
 <div data-component="text-block"><p>{PS[2]}</p></div>
 <div data-component="links-block"><h2>Related Topics</h2><ul><li><a href="/1">Russia</a></li><li><a href="/2">Ukraine</a></li></ul></div>
 <div data-component="text-block"><p>{PS[3]}</p></div>
</article>
<section data-component="more-on-this-story"><h2>More on this story</h2><ul><li><a href="/3">Another headline</a></li></ul></section>
</main></body></html>"""

COLUMNS_PAGE = f"""<html><head><meta name="byl" content="By Anna Field">
<meta property="article:published_time" content="2022-03-29T09:00:00-04:00"></head><body>
<main><article id="story"><header><h1 data-testid="headline">Russia says it will scale back attacks near Kyiv</h1></header>
<section name="articleBody">
 <div class="css-8 StoryBodyCompanionColumn"><div><p>{PS[0]}</p><p>{PS[1]}</p></div></div>
 <div id="ad1" class="css-11 ad"><div>Advertisement</div><div>Continue reading the main story</div></div>
 <div class="css-8 StoryBodyCompanionColumn"><div><p>{PS[2]}</p><p>{PS[3]}</p></div></div>
 <div class="css-8 StoryBodyCompanionColumn"><div><p>{PS[4]}</p></div></div>
</section></article></main></body></html>"""


def test_story_with_every_paragraph_in_a_block_of_its_own():
    page = extract_page(BLOCKS_PAGE)
    assert page.blocks == [("p", PS[0]), ("p", PS[1]), ("h2", "What was agreed?"), ("p", PS[2]), ("p", PS[3])]
    assert page.byline == "By Jane Roe | Public News, Kyiv"


def test_story_split_into_columns_around_ads():
    page = extract_page(COLUMNS_PAGE)
    assert page.blocks == [("p", p) for p in PS]
    assert (page.title, page.authors, page.published) == (
        "Russia says it will scale back attacks near Kyiv", ["Anna Field"], "2022-03-29")


NEWSLETTER_PAGE = f"""<html><head><title>Morning Briefing | Mon 19 May</title></head><body>
<table role="presentation"><tr><td><table class="container">
<tr><td class="pad"><p>Good morning. Here is what happened overnight, and what comes next for all of us.</p></td></tr>
<tr><td class="pad"><p>TOP STORY</p><h1>Talks resume in Geneva as both sides trade warnings</h1><p>By A. Writer</p></td></tr>
<tr><td class="pad"><p>{P1}</p><p>{P2}</p></td></tr>
<tr><td class="pad"><table><tr><td><p>PRESENTED BY A BANK</p><p>Lock in today's rate. <a href="/ad">Find out more</a></p></td></tr></table></td></tr>
<tr><td class="pad"><p>{P3}</p><p>{QUOTE}</p></td></tr>
<tr><td class="pad"><p>ALSO TODAY</p><p><strong>Markets.</strong> Traders expect a rally at the open, <a href="/m">more</a>.</p></td></tr>
</table></td></tr></table></body></html>"""


def test_a_newsletters_story_split_over_table_rows_around_an_ad_is_read_whole():
    page = extract_page(NEWSLETTER_PAGE)
    assert page.title == "Talks resume in Geneva as both sides trade warnings"
    assert page.blocks == [("p", P1), ("p", P2), ("p", P3), ("p", QUOTE)]


def test_a_teaser_card_inside_the_story_is_not_its_text_a_footnote_is():
    page = extract_page(f"""<html><body><article><h1>Ukraine declares a state of emergency</h1>
<div class="body"><p>{P1}</p><p>{P2}</p>
<div class="inline-card"><span>LIVE</span><p>Election 2024: follow the results in the app</p><span>Open live blog</span></div>
<p>{P3}</p>
<div class="note"><a href="#n1">1</a><div><p>Figures are from the parliament's own website, which was down on Monday.</p></div></div>
</div></article></body></html>""")
    assert page.blocks == [("p", P1), ("p", P2), ("p", P3),
                           ("p", "Figures are from the parliament's own website, which was down on Monday.")]


def test_a_forum_post_pasting_a_whole_article_gives_the_article_and_its_bold_headline():
    page = extract_page(f"""<html><head><title>Court ruling - what now? - MinersTalk Forums</title></head><body>
<h1>MinersTalk Forums</h1><div class="post"><h3>Court ruling - what now?</h3><div class="content">
Well, there it is. Pasting the whole thing because the site is paywalled:<br>
<blockquote><div><cite>Harbour Business Daily wrote:</cite>
<strong>Top court strikes down the mining contract as the president prepares a closure</strong><br>
{P1}<br><br>{P2}<br><br>{P3}<br><br>{QUOTE}</div></blockquote><br>
My take: arbitration is the only card left and it takes years.</div></div>
<div class="post"><div class="content">Not a good look.</div></div></body></html>""")
    assert page.title == "Top court strikes down the mining contract as the president prepares a closure"
    assert [t for _, t in page.blocks] == [P1, P2, P3, QUOTE]


def test_a_reader_poll_inside_the_story_is_furniture():
    page = extract_page(f"""<html><head><title>Boxer wins gold</title></head><body><article><h1>Boxer wins gold</h1>
        <p>{P1}</p><div class="tg-poll"><p class="tg-poll__q">Should boxing bring back sex testing before the next Olympics?</p>
        <button>Yes</button> <button>No</button><p class="tg-poll__small">12,406 votes so far. Poll closes at midnight.</p></div>
        <p>{P2}</p></article></body></html>""")
    texts = [t for _, t in page.blocks]
    assert texts == [P1, P2]


def test_a_paragraph_set_wholly_in_small_print_is_the_pages_notice_not_the_story():
    page = extract_page(f"<html><body><p><small>Text edition. No images, no scripts.</small></p><hr><h1>Emergency "
                        f"declared</h1><p>{P1}</p><p>{P2} <small>(updated)</small></p><p><small>&copy; 2024 Site</small></p>"
                        "</body></html>")
    assert [t for _, t in page.blocks] == [P1, f"{P2} (updated)"]


def test_a_lead_set_apart_above_the_story_is_its_first_paragraph_a_one_line_summary_is_not():
    lead = ("Today the harbour authority opened the new northern breakwater, ending a decade of delays. "
            "The mayor cut the ribbon at a ceremony on the quay attended by several hundred residents, fishermen "
            "and the engineers who built it.")
    page = extract_page(f"<html><body><h1>Breakwater opens</h1><p class='preamble'>{lead}</p>"
                        f"<div class='body'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></body></html>")
    assert [t for _, t in page.blocks][:2] == [lead, P1]
    summary = "The breakwater opens after a decade of delays."
    page = extract_page(f"<html><body><h1>Breakwater opens</h1><p class='intro'>{summary}</p>"
                        f"<div class='body'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></body></html>")
    assert summary not in [t for _, t in page.blocks]


def test_a_cms_intro_box_above_the_full_text_box_is_the_storys_first_paragraph_a_summary_box_is_not():
    lead = ("HARBOURTON \u2013 The port authority agreed late on Sunday to reopen the northern terminal to container "
            "ships, ending a week-long standoff in which dock workers had blocked the gates of the port over unpaid overtime.")
    body = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, QUOTE, P2.replace("thirty", "sixty"), P3.replace("January", "May")))
    page = extract_page(f"<html><body><h1>Port reopens</h1><div class='item'><div class='itemImage'><img src='a.jpg'>"
                        f"<span>A crane at the port.</span></div><div class='itemIntroText'><p>{lead}</p></div>"
                        f"<div class='itemFullText'>{body}</div></div></body></html>")
    assert [t for _, t in page.blocks][:2] == [lead, P1]
    summary = "The port reopens after a week."
    page = extract_page(f"<html><body><h1>Port reopens</h1><div class='item'><div class='teaser'><p>{summary}</p></div>"
                        f"<div class='itemFullText'>{body}</div></div></body></html>")
    assert summary not in [t for _, t in page.blocks]


def test_a_title_cut_short_gives_way_to_the_whole_headline_shown_on_the_page():
    page = extract_page(f"<html><head><title>Port strike ends - Harbour Daily</title></head><body><div id='main'>"
                        f"<div class='ttl'>Port strike ends after nine days as workers accept pay offer</div>"
                        f"<div class='txt'>{P1}<br><br>{P2}<br><br>{P3}</div></div></body></html>")
    assert page.title == "Port strike ends after nine days as workers accept pay offer"
    assert page.title not in [t for _, t in page.blocks]


def test_a_compact_date_in_the_metadata_is_the_publication_date():
    page = extract_page(f"<html><head><meta name='pubdate' content='20240506'></head><body><h1>Vote counted</h1>"
                        f"<article><p>{P1}</p><p>{P2}</p></article></body></html>")
    assert page.published == "2024-05-06"


def test_a_metered_page_keeps_its_faded_paragraphs_and_the_rest_of_the_story_from_its_state():
    story = [{"type": "p", "text": f"Paragraph {n} of the hidden part of the story, long enough to be prose here."}
             for n in range(1, 4)]
    page = f"""<html><body>
      <article><h1>Port strike ends after nine days</h1>
        <div class="article-body paywall-fade">
          <p>Dock workers voted on Thursday to end a nine-day strike after the port authority raised its offer.</p>
          <p>The union said the vote was close, with 52 percent in favour of the new three-year deal.</p>
        </div>
        <div class="paywall"><p>You have read 3 of 3 free articles this month. Subscribe to read on.</p></div>
      </article>
      <script id="__STATE__" type="application/json">{json.dumps({"article": {
          "datePublished": "2025-05-02T08:00:00+02:00", "gatedBody": story}})}</script>
    </body></html>"""
    result = extract_page(page)
    texts = [t for k, t in result.blocks if k == "p"]
    assert texts[0].startswith("Dock workers voted") and texts[1].startswith("The union said")
    assert texts[2:] == [item["text"] for item in story]
    assert not any("free articles" in t for t in texts)
    assert result.published == "2025-05-02"


def test_a_list_of_comments_in_a_pages_state_is_no_part_of_the_story():
    comments = [{"author": f"reader{n}", "text": f"Comment {n}: I think the union was right to hold out for more."}
                for n in range(3)]
    page = f"""<html><body><article><h1>Port strike ends after nine days</h1>
      <p>Dock workers voted on Thursday to end a nine-day strike after the port authority raised its offer.</p>
      <p>The union said the vote was close, with 52 percent in favour of the new three-year deal.</p></article>
      <script type="application/json">{json.dumps({"comments": comments})}</script></body></html>"""
    assert not any("Comment" in t for _, t in extract_page(page).blocks)


def test_a_page_whose_title_says_nothing_of_the_story_takes_the_headline_opening_its_text():
    page = """<html><head><title>Exported Data</title></head><body><div class="history"><div class="text">
      <strong>Port council votes to close the old fish market after ninety years</strong><br><br>
      HAVNBY — The harbour council voted on Monday to close the old fish market on the north quay, ending ninety
      years of trading there.<br><br>The traders said the council had not costed a repair of the old market.
      </div></div></body></html>"""
    result = extract_page(page)
    assert result.title == "Port council votes to close the old fish market after ninety years"
    assert result.blocks[0][1].startswith("HAVNBY")


def test_a_translation_proxys_nested_inline_wrappers_keep_the_space_between_sentences():
    # a page read through a web translator wraps every sentence in two <font> elements; the space between
    # sentences is the outer wrapper's tail and must come after the inner one's text
    font = '<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">{}</font></font>'
    sentences = ["The prize was announced shortly before noon.", "It will be shared equally between the two laureates."]
    body = " ".join(font.format(s) for s in sentences) + "<br><br>" + font.format(P2)
    page = extract_page(f"<html><body><h1>Physics prize announced</h1><div class='text'>{body}</div></body></html>")
    assert [t for _, t in page.blocks] == [" ".join(sentences), P2]


def test_a_reader_apps_page_reads_the_article_framed_in_its_srcdoc():
    import html as html_lib
    article = (
        "<!doctype html><html><head><title>Ferry strike</title></head><body><article>"
        "<h1>Ferry crews end strike after new rota deal</h1>"
        "<p>Ferry crews on the island routes ended a four-day strike on Friday after the operator agreed to a new "
        "rota, the union said.</p>"
        "<p>The operator said sailings would resume on Saturday morning, starting with the first crossing to the "
        "mainland, and that tickets for cancelled trips would be refunded.</p></article></body></html>"
    )
    page = extract_page(
        "<html><head><meta property='og:site_name' content='Tidewire Reader'>"
        "<meta property='article:published_time' content='2025-04-12T08:00:00Z'></head><body>"
        "<nav><ul><li>All feeds</li><li>Starred</li><li>Open in browser</li></ul></nav>"
        "<div class='settings'>Font size · Theme · Width</div>"
        f"<iframe title='Article content' srcdoc=\"{html_lib.escape(article, quote=True)}\"></iframe>"
        "</body></html>")
    assert page.title == "Ferry crews end strike after new rota deal"
    assert [t for _, t in page.blocks][0].startswith("Ferry crews on the island routes")
    assert len(page.blocks) == 2 and page.published == "2025-04-12"  # the date from the app's page around it


def test_a_post_embedded_in_a_srcdoc_frame_does_not_take_the_place_of_the_story():
    import html as html_lib
    post = ("<html><body><article><h1>@harbourmaster</h1><p>Sailings resume at six tomorrow morning, weather "
            "permitting, and the first crossing will carry freight only.</p><p>Thanks to all crews for their "
            "patience this week, and to everyone who waited at the pier.</p></article></body></html>")
    story = " ".join(["Ferry crews on the island routes ended a four-day strike on Friday after the operator agreed "
                      "to a new rota, the union said, and sailings are due to resume on Saturday."] * 3)
    page = extract_page(
        "<html><body><article><h1>Ferry crews end strike</h1>"
        f"<p>{story}</p><iframe srcdoc=\"{html_lib.escape(post, quote=True)}\"></iframe>"
        "<p>The operator said tickets for cancelled trips would be refunded within two weeks of the strike's end, "
        "and that the new rota would be reviewed in the autumn.</p></article></body></html>")
    assert page.title == "Ferry crews end strike" and page.blocks[0][1] == story


GOOGLE_DOC = """<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">
<style>.c2{margin:0}.title{font-size:26pt}</style></head><body class="c10 doc-content">
<p class="c2"><span class="c9">Ports desk - clippings for Monday - internal only</span></p>
<p class="title" id="h.1"><span class="c7">Ferry crews end strike after new rota deal</span></p>
<p class="c2"><span>Source: The Harbour Ledger, 11 April 2025, </span><span><a href="https://www.google.com/url?q=https://ledger.example/ferry">https://ledger.example/ferry-strike-ends-after-rota-deal</a></span><span> (accessed 12 April 2025)</span></p>
<p class="c2"><span>By Mira Holt</span></p>
<p class="c2"><span>Ferry crews on the island routes ended a four-day strike on Friday after the operator agreed to a new rota, the union said.</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p>
<p class="c2"><span>The operator said sailings would resume on Saturday morning and that tickets for cancelled trips would be refunded within two weeks.</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p>
<hr class="c5"><div><p class="c2"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span> Refund terms as set out on the operator's site.</span></p></div>
<div class="c8"><p class="c2"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>Check the union's figure before we use it.</span></p><p class="c2"><span>Ana Ruiz</span></p></div>
</body></html>"""


def test_a_google_docs_export_keeps_the_story_and_sets_its_comments_and_footnotes_apart():
    page = extract_page(GOOGLE_DOC)
    assert page.title == "Ferry crews end strike after new rota deal"
    assert page.published == "2025-04-11"  # from the source line above the pasted story
    texts = [t for _, t in page.blocks]
    assert texts[-2:] == [
        "Ferry crews on the island routes ended a four-day strike on Friday after the operator agreed to a new rota,"
        " the union said.",
        "The operator said sailings would resume on Saturday morning and that tickets for cancelled trips would be"
        " refunded within two weeks."]
    assert not any("clippings" in t or "Ana Ruiz" in t or "Refund terms" in t for t in texts)
    assert page.notes == ["Check the union's figure before we use it. \u2014 Ana Ruiz",  # in the order of their marks
                          "Refund terms as set out on the operator's site."]


def test_a_pages_numbered_references_leave_the_text_whole_for_the_notes():
    body = "".join(f'<p>Claim number {i} of the story, with a figure that needs a source and a clause after it.'
                   f'<sup><a href="#cite_note-{i}" id="cite_ref-{i}">{i}</a></sup></p>' for i in (1, 2))
    refs = "".join(f'<li id="cite_note-{i}"><a href="#cite_ref-{i}">^</a> Port authority report {i}0, 2024.</li>'
                   for i in (1, 2))
    page = extract_page(f"<html><body><article><h1>Port figures</h1>{body}<ol>{refs}</ol></article></body></html>")
    assert [t for _, t in page.blocks] == [
        f"Claim number {i} of the story, with a figure that needs a source and a clause after it." for i in (1, 2)]
    assert page.notes == ["Port authority report 10, 2024.", "Port authority report 20, 2024."]


def test_a_piece_with_its_own_headline_inside_a_page_named_otherwise_takes_its_own():
    para = "<p>HARARE \u2014 The central bank replaced the currency on Friday with a new unit backed by gold reserves.</p>" * 3
    podcast = (
        "<html><head><title>Ep. 12: The sixth currency - The Ledger podcast</title></head><body>"
        "<header><h1>Ep. 12: The sixth currency</h1><p>Listen on your app</p></header>"
        f"<article><h2>Zimbabwe launches a gold-backed currency to replace its old one</h2>{para}</article></body></html>")
    assert extract_page(podcast).title == "Zimbabwe launches a gold-backed currency to replace its old one"
    # a clipper's heading with the site's name over the clipped page's own headline gives way to it
    clipped = (
        "<html><body><h1>Court jails former minister for 24 years | Steppe Times</h1><div><b>Note:</b> verdict in.</div>"
        f"<div><h1>Court jails former minister for 24 years</h1>{para}</div></body></html>")
    assert extract_page(clipped).title == "Court jails former minister for 24 years"
    # a section label opening the story is no headline
    labelled = f"<html><body><h1>Currency replaced</h1><article><h2>Key points</h2>{para}</article></body></html>"
    assert extract_page(labelled).title == "Currency replaced"
    # a live blog's entries each have a heading: the first entry's is not the page's headline
    entries = "".join(f"<article><h3>{h}</h3>{para}</article>" for h in (
        "Central bank governor to brief parliament on Monday", "Traders in Harare report long queues at banks"))
    live = f"<html><body><div><h1>Zimbabwe's new currency: live updates</h1></div><div>{entries}</div></body></html>"
    assert extract_page(live).title == "Zimbabwe's new currency: live updates"


def test_a_wiki_pages_pasted_story_keeps_its_own_headline_under_the_desks_note_and_label():
    para = "<p>VIENTIANE \u2014 The government said on Saturday it was saddened by the deaths of six tourists.</p>" * 3
    page = (
        "<html><head><title>Travel Desk : Laos poisonings</title></head><body>"
        "<div><h1>Travel Desk : Laos poisonings</h1></div><div id='main-content'>"
        "<p>Source article pasted in full for the Monday review.</p><h2>Source article</h2>"
        "<p><em>Harbour Herald, 24 November 2024</em></p>"
        f"<h3>Laos saddened by methanol deaths as a second teenager dies</h3>{para}</div></body></html>")
    page_read = extract_page(page)
    assert page_read.title == "Laos saddened by methanol deaths as a second teenager dies"
    assert page_read.blocks[0][1].startswith("VIENTIANE")


def test_a_wiki_pages_task_list_under_the_story_is_no_part_of_it():
    para = "<p>VIENTIANE \u2014 The government said on Saturday it was saddened by the deaths of six tourists.</p>" * 3
    page = (f"<html><body><h1>Laos saddened by methanol deaths</h1><div>{para}<h2>Desk actions</h2>"
            "<ul class='inline-task-list'><li data-inline-task-id='1'>Circulate summary to clients</li>"
            "<li data-inline-task-id='2'>Check bookings before 15 Dec</li></ul>"
            "<ul><li><input type='checkbox'/> Add a warning to the briefing pack</li></ul></div></body></html>")
    texts = [t for _, t in extract_page(page).blocks]
    assert texts and all(t.startswith("VIENTIANE") for t in texts)


def test_a_date_a_wiki_table_sets_for_later_is_no_publication_date():
    para = "<p>VIENTIANE \u2014 The government said on Saturday it was saddened by the deaths of six tourists.</p>" * 3
    page = ("<html><body><h1>Laos saddened by methanol deaths</h1><table><tr><th>Next review</th><td><p>"
            "<time datetime='2024-12-02'>02 Dec 2024</time></p></td></tr></table>"
            f"<div><p><em>Harbour Herald, Sunday 24 November 2024</em></p>{para}</div></body></html>")
    assert extract_page(page).published == "2024-11-24"


def test_a_wire_pages_end_mark_closes_the_story() -> None:
    from generator.ingest.saved_page import from_page
    body = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
    cleaned = from_page(f"<html><body><h1>Emergency declared</h1><div class='story'>{body}"
                        "<p class='end'>(END) K.J. / M.W.</p><p>Keywords: emergency parliament</p></div></body></html>")
    assert cleaned.article.paragraphs == [P1, P2, P3]


def test_the_outlet_is_read_from_the_footers_copyright_paragraph_not_the_links_row_under_it() -> None:
    body = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
    page = extract_page(f"<html><body><h1>Emergency declared</h1><article>{body}</article><footer><p>An independent"
                        " publication. &copy; Fjordposten Media AS</p><p><a href='/about'>About</a> &middot; "
                        "<a href='/privacy'>Privacy</a></p></footer></body></html>")
    assert "\u00a9 Fjordposten Media AS" in page.footer[0] and "About" not in page.footer[0]


def test_a_box_of_listed_facts_inside_the_story_is_furniture_but_a_box_that_explains_in_sentences_is_not():
    page = extract_page(f"""<html><head><title>Banker charged</title></head><body><article><h1>Banker charged</h1>
        <p>{P1}</p><div class="inline-box"><div class="box-title">Key dates</div><ul>
        <li>1993 - Becomes governor of the central bank</li><li>Oct. 2019 - Banks shut their doors</li></ul></div>
        <p>{P2}</p><div class="key-facts"><h3>Key facts</h3><ul><li>Prize money: 11 million crowns</li></ul>
        <p class="source">Source: the academy, 8:40 p.m. Thursday</p></div>
        </article></body></html>""")
    assert [t for _, t in page.blocks] == [P1, P2]
    explains = "The index combines six datasets from agencies in Europe, Japan and the United States."
    page = extract_page(f"""<html><head><title>Warmest year</title></head><body><article><h1>Warmest year</h1>
        <p>{P1}</p><div class="pr-box"><h3>About the datasets</h3><p>{explains}</p></div><p>{P2}</p>
        </article></body></html>""")
    assert explains in [t for _, t in page.blocks]
