"""Cleaning: headline, body paragraphs and page metadata from scrapes, pages and Markdown.

The dev-set check reads the hand-made gold files: it holds for every article
there, with no rule per article; the synthetic pages below are other shapes of
page (a blog, a hard-wrapped e-mail, a bare text) to show the signals are general.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import textwrap
from pathlib import Path

import pytest
import yaml

from generator.ingest.clean import (
    CleanError,
    clean_document,
    clean_text,
    detect_language,
    escape_markdown,
    find_date,
    is_copyright,
    is_credit,
    is_furniture,
    markdown_blocks,
    outlet_from_lines,
    plain_markdown,
    split_names,
    strip_dateline,
)
from generator.ingest.read import read_document
from generator.ingest.types import RawDocument

DEV_SET = Path(__file__).resolve().parents[2] / "shared" / "dev-set"
GOLD = sorted((DEV_SET / "gold").glob("*.yaml"))
# Raw pages of our own in other shapes (blog with comments, agency wire, magazine, live page, PDF dump),
# each with a YAML of what cleaning must give, in the gold format: title, published, boilerplate, body_must_contain.
PAGES = sorted((Path(__file__).resolve().parent / "fixtures" / "pages").glob("*.yaml"))


def raw_of(gold: Path) -> Path:
    return next(p for p in (DEV_SET / "articles").iterdir() if p.stem == gold.stem)


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


# -- the dev set, checked against its gold files --------------------------------------------------


@pytest.mark.skipif(not GOLD, reason="the shared dev set is not beside this checkout")
@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.stem)
def test_dev_set_title_exact_body_clean_and_whole(gold):
    expected = yaml.safe_load(gold.read_text(encoding="utf-8"))
    article = clean_document(read_document(raw_of(gold)), date=expected["published"]).article
    body = "\n".join(article.paragraphs)
    assert article.title == expected["title"]
    assert [line for line in expected.get("boilerplate") or [] if line in body] == []
    assert [line for line in expected.get("body_must_contain") or [] if line not in body] == []
    assert article.published == expected["published"]


@pytest.mark.skipif(not GOLD, reason="the shared dev set is not beside this checkout")
@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.stem)
def test_dev_set_date_found_only_where_the_page_states_it(gold):
    expected = yaml.safe_load(gold.read_text(encoding="utf-8"))
    raw = raw_of(gold)
    article = clean_document(read_document(raw)).article
    # Every dev article but the seed states its date (a "Published" line, a header date, page metadata).
    assert article.published == (None if raw.stem.startswith("00_") else expected["published"])


def _without_blank_lines(text: str) -> str:
    return re.sub(r"\n\s*\n", "\n", text)


def _wrapped_at_72(text: str) -> str:
    return "\n".join("\n".join(textwrap.wrap(line, 72)) if len(line) > 100 else line for line in text.split("\n"))


@pytest.mark.skipif(not GOLD, reason="the shared dev set is not beside this checkout")
@pytest.mark.parametrize("reshape", [_without_blank_lines, _wrapped_at_72])
@pytest.mark.parametrize("gold", [g for g in GOLD if raw_of(g).suffix == ".txt"] if GOLD else [], ids=lambda p: p.stem)
def test_dev_set_scrapes_still_clean_when_reshaped(gold, reshape):
    """The same pages as another scraper would save them: no blank lines, or hard-wrapped like an e-mail."""
    expected = yaml.safe_load(gold.read_text(encoding="utf-8"))
    article = clean_text(reshape(raw_of(gold).read_text(encoding="utf-8")))
    body = "\n".join(article.paragraphs)
    assert article.title == expected["title"]
    assert [line for line in expected.get("boilerplate") or [] if line in body] == []
    assert [line for line in expected.get("body_must_contain") or [] if line not in body] == []


@pytest.mark.skipif(not GOLD, reason="the shared dev set is not beside this checkout")
def test_dev_set_credit_lines_become_credits_not_body():
    for raw in sorted((DEV_SET / "articles").glob("*.txt")):
        lines = raw.read_text(encoding="utf-8").splitlines()
        credit_lines = [line.strip() for line in lines if is_credit(line.strip())]
        article = clean_document(read_document(raw)).article
        assert article.credits == " ".join(credit_lines)
        assert not any(c in p for c in credit_lines for p in article.paragraphs)
    seed = clean_document(read_document(DEV_SET / "articles" / "00_us-eu-warn-russia.txt")).article
    assert seed.credits == "With reporting by AFP, AP, RIA Novosti, dpa, and Reuters"
    assert seed.outlet == "RFE/RL"


# -- other page shapes --------------------------------------------------------------------------


@pytest.mark.parametrize("expected_file", PAGES, ids=lambda p: p.stem)
def test_own_pages_of_other_shapes_give_the_headline_and_a_clean_whole_body(expected_file):
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    raw = expected_file.with_suffix(".txt")
    article = clean_document(read_document(raw)).article
    body = "\n".join(article.paragraphs)
    assert article.title == expected["title"]
    assert [line for line in expected["boilerplate"] if line in body] == []
    assert [line for line in expected["body_must_contain"] if line not in body] == []
    assert article.published == expected.get("published")
    assert expected["title"] not in body


def _wrapped_like_a_mail(text: str) -> str:
    """Every line longer than 72 characters wrapped at 72, as a mail program sends it."""
    return "\n".join("\n".join(textwrap.wrap(line, 72)) if len(line) > 72 else line for line in text.split("\n"))


@pytest.mark.parametrize("reshape", [_without_blank_lines, _wrapped_like_a_mail])
@pytest.mark.parametrize("expected_file", PAGES, ids=lambda p: p.stem)
def test_own_pages_still_clean_when_saved_another_way(expected_file, reshape):
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    raw = read_document(expected_file.with_suffix(".txt")).text
    article = clean_text(reshape(raw))
    body = " ".join(article.paragraphs)
    assert article.title == expected["title"]
    assert [line for line in expected["boilerplate"] if line in body] == []
    assert [line for line in expected["body_must_contain"] if line not in body] == []


def test_own_pages_are_all_there():
    assert {p.stem for p in PAGES} >= {
        "blog_with_comments", "agency_wire", "magazine_pull_quotes", "liveblog", "pdf_dump", "reader_markdown",
        "news_site_ads", "broadcaster_video_deck", "public_radio_listen"}

BLOG = dedent("""
    Skip to content
    The Baltic Observer
    Home
    Politics
    Opinion
    Subscribe

    Politics

    Estonia expels Russian diplomat over spying claims

    By Liis Tamm and Jaan Kask | The Baltic Observer
    Updated: 14 March 2022, 10:02
    First published: 13 March 2022

    Share
    Facebook
    Twitter

    Estonia's foreign ministry said on Sunday it had ordered a Russian diplomat to leave the country within five days, accusing him of activities incompatible with his status.

    ADVERTISEMENT

    The ministry did not name the diplomat, but said the decision followed an investigation by the Internal Security Service.

    READ MORE: Latvia tightens border checks as tensions rise?

    "We will not tolerate interference in our internal affairs," Foreign Minister Eva-Maria Liimets told reporters in Tallinn.

    Story continues below advertisement

    Russia's embassy in Tallinn called the expulsion groundless and said Moscow would respond in kind.

    (Reporting by Liis Tamm; Editing by Jaan Kask)

    Liis Tamm is a political correspondent for The Baltic Observer.

    Comments (12)

    Mart: This was long overdue and the government should have acted much sooner than it did.
    2 hours ago

    \u00a9 2022 Baltic Observer Media Ltd. All rights reserved.
""")


def test_blog_page_keeps_the_story_and_drops_its_furniture():
    article = clean_text(BLOG)
    assert article.title == "Estonia expels Russian diplomat over spying claims"
    assert [p[:30] for p in article.paragraphs] == [
        "Estonia's foreign ministry sai", "The ministry did not name the ",
        '"We will not tolerate interfer', "Russia's embassy in Tallinn ca"]
    assert article.authors == ["Liis Tamm", "Jaan Kask"]
    assert article.published == dt.date(2022, 3, 13)  # first published, not the update
    assert article.credits == "Reporting by Liis Tamm; Editing by Jaan Kask"
    assert article.outlet == "Baltic Observer Media"


EMAIL = dedent("""
    From: Daily Security Digest <digest@example.org>
    Subject: Morning note

    DAILY SECURITY DIGEST - Tuesday, 8 February 2022

    Macron says Putin promised no new escalation

    French President Emmanuel Macron said on Tuesday that Russian President
    Vladimir Putin had assured him Moscow would not initiate a new escalation
    around Ukraine, after more than five hours of talks in the Kremlin.

    The Kremlin later said it was too early to speak of any agreement, and
    Putin's spokesman said the situation remained tense.

    Macron travelled on to Kyiv, where he met President Volodymyr Zelensky.

    --
    You received this because you signed up at example.org.
    Unsubscribe: https://example.org/u
""")


def test_hard_wrapped_email_is_joined_into_paragraphs():
    article = clean_text(EMAIL)
    assert article.title == "Macron says Putin promised no new escalation"
    assert article.published == dt.date(2022, 2, 8)
    assert article.paragraphs == [
        "French President Emmanuel Macron said on Tuesday that Russian President Vladimir Putin had assured "
        "him Moscow would not initiate a new escalation around Ukraine, after more than five hours of talks "
        "in the Kremlin.",
        "The Kremlin later said it was too early to speak of any agreement, and Putin's spokesman said the "
        "situation remained tense.",
        "Macron travelled on to Kyiv, where he met President Volodymyr Zelensky.",
    ]


WIRE = dedent("""
    Skip to main content
    World
    U.S.
    Politics

    Russia says it will scale back operations near Kyiv after Istanbul talks
    By ANNA PETRENKO and MARK OSEI
    Updated 3:49 PM GMT, March 29, 2022
    Share
    [1/5] A serviceman walks past a damaged building in Irpin, Ukraine, March 28, 2022. Wire/Jane Roe
    KYIV/ISTANBUL, March 29 (Wire) - Russia said on Tuesday it would sharply reduce military activity around Kyiv and Chernihiv, after talks with Ukrainian negotiators in Istanbul.

    A firefighter works at the site of a shelling in Kharkiv on Monday. (Wire Photo/John Doe)

    Ukraine's delegation said it had proposed a neutral status in return for security guarantees from a group of countries.
    ___
    Wire writers Lee Park in Lviv and Sam Ortiz in Istanbul contributed to this report.
    ___
    Follow the Wire's coverage of the war at https://example.org/hub/ukraine
""")


def test_wire_page_with_gallery_captions_and_contributor_line():
    article = clean_text(WIRE)
    assert article.title == "Russia says it will scale back operations near Kyiv after Istanbul talks"
    # the dateline stays, as printed (annotation blanks it: it names no actor of the story)
    assert [p[:36] for p in article.paragraphs] == ["KYIV/ISTANBUL, March 29 (Wire) - Rus", "Ukraine's delegation said it had pro"]
    assert article.authors == ["Anna Petrenko", "Mark Osei"]
    assert article.published == dt.date(2022, 3, 29)
    assert article.credits == "Wire writers Lee Park in Lviv and Sam Ortiz in Istanbul contributed to this report."


NEWSPAPER = dedent("""
    Russia-Ukraine war
    Kremlin promises to 'drastically reduce' activity near Kyiv
    Announcement after talks in Istanbul met with scepticism in Kyiv and in western capitals on Tuesday night
    Dana Sabo in Kyiv and Julian Brand in Washington
    Tue 29 Mar 2022 19.56 BST
    Image source, Example Images
    Image caption,
    Negotiators met in the Dolmabahce palace

    Russia has said it will drastically reduce military activity around Kyiv and the northern city of Chernihiv, a move greeted with scepticism in Ukraine.

    Ukrainian officials said they would judge Moscow by its actions, not its words, and the shelling of several towns continued overnight.

    More on this story
    Related Topics
""")


def test_newspaper_headline_above_its_standfirst_and_a_byline_without_by():
    article = clean_text(NEWSPAPER)
    assert article.title == "Kremlin promises to 'drastically reduce' activity near Kyiv"
    assert article.authors == ["Dana Sabo", "Julian Brand"]
    assert article.published == dt.date(2022, 3, 29)
    assert [p[:20] for p in article.paragraphs] == ["Russia has said it w", "Ukrainian officials "]


def test_question_headline_right_above_the_text():
    article = clean_text(dedent("""
        Will sanctions change Moscow's calculus?

        Western governments have spent weeks preparing sanctions that officials say would hit Russia's largest banks.

        Officials in Washington say the measures are ready, though allies still argue over energy exemptions.
    """))
    assert article.title == "Will sanctions change Moscow's calculus?"
    assert len(article.paragraphs) == 2


def test_a_label_under_the_date_and_share_bar_is_not_the_headline_printed_over_the_date():
    """A fact-check page: headline, date, share bar, then who made the claim, then the claim and the text."""
    article = clean_text(dedent("""
        Ministry claims: Foreign-backed militias blocking refugee convoys

        March 4, 2021

        Share

        The interior and defence ministries

        Refugee convoys to the camp near the border have been blocked by foreign-backed militias, the ministries said.

        The interior and defence ministries said on March 1 that militias had stopped the convoys, a claim that aid
        groups working in the camp and independent analysts dispute.
    """))
    assert article.title == "Ministry claims: Foreign-backed militias blocking refugee convoys"


def test_caption_before_the_lead_is_not_the_lead():
    article = clean_text(dedent("""
        Protesters defy curfew in Almaty

        Protesters gather in the central square of Almaty on Wednesday.
        Photo: Pavel Mikheyev/Reuters

        ALMATY, Jan 5 (Wire) - Thousands of protesters defied a curfew in Kazakhstan's largest city on Wednesday, storming the mayor's office.

        Police said dozens of officers had been injured in clashes overnight, and the government resigned.
    """))
    assert article.title == "Protesters defy curfew in Almaty"
    assert re.sub(r"^.*? [-\u2013\u2014] ", "", article.paragraphs[0]).startswith("Thousands of protesters defied a curfew")  # the lead, under its dateline
    assert len(article.paragraphs) == 2


def test_a_link_under_the_photo_is_not_the_headline_though_it_looks_like_one():
    """Pages print headline, by-line, date, then the photo with its caption and links, then the text."""
    article = clean_text(dedent("""
        Business
        Harbour cranes stand idle as Antwerp dock strike enters third day
        By Lotte Peeters
        March 9, 2023 7:15 AM GMT

        Containers are stacked at an empty quay in the port of Antwerp, Belgium, March 8, 2023. Harbour Wire/Jan Smet
        Request permission to republish

        ANTWERP, March 9 (Harbour Wire) - Dock workers in Antwerp stayed away for a third day on Thursday, leaving dozens of ships waiting to unload in the North Sea.

        The port authority said talks with the unions would resume on Friday, and that it expected no quick agreement.
    """))
    assert article.title == "Harbour cranes stand idle as Antwerp dock strike enters third day"
    assert re.sub(r"^.*? [-\u2013\u2014] ", "", article.paragraphs[0]).startswith("Dock workers in Antwerp stayed away")
    assert len(article.paragraphs) == 2


HARBOUR_NOTES = dedent("""
    From: Harbour Notes <editor@harbournotes.example>
    To: reader@example.com
    Subject: Morning Notes | Antwerp strike ends
    Date: Tue, 14 Mar 2023 06:30:00 +0100

    Trouble viewing this email? View it in your browser.

    ==========================================================
     HARBOUR NOTES  -  MORNING EDITION
    ==========================================================

    Good morning. One story takes the whole letter today: the
    end of the strike in Antwerp. The markets round-up returns
    on Thursday.

    ----------------------------------------------------------
    LEAD STORY
    ----------------------------------------------------------

    Antwerp dock strike ends after port agrees to new shift rules

    Dock workers in Antwerp went back to work on Monday night
    after the port authority agreed to limit night shifts to
    four a week, ending a strike that had lasted five days.

    The union said its members had accepted the offer by a
    large majority, and shipping lines said they expected the
    queue of vessels at anchor to clear by the weekend.

    ----------------------------------------------------------
    You are receiving this email because you subscribed at
    harbournotes.example. Unsubscribe | Preferences
""")


@pytest.mark.parametrize("reshape", [lambda t: t, lambda t: re.sub(r"(?m)^[-=]{10,}\n|^ ?[A-Z -]{8,}\n", "", t)],
                         ids=["with section rules", "without"])
def test_newsletter_mail_header_and_greeting_stay_out_of_title_and_body(reshape):
    article = clean_text(reshape(HARBOUR_NOTES))
    assert article.title == "Antwerp dock strike ends after port agrees to new shift rules"
    assert article.paragraphs[0].startswith("Dock workers in Antwerp went back to work")
    assert len(article.paragraphs) == 2
    assert article.published == dt.date(2023, 3, 14)


def test_section_rules_fence_off_what_a_letter_says_before_its_story():
    article = clean_text(dedent("""
        ==========================================================
         HARBOUR NOTES  -  MORNING EDITION  -  14 March 2023
        ==========================================================

        One story takes the whole letter today, the end of the strike in Antwerp, and the markets round-up returns on Thursday as usual. Our readers' letters, the shipping calendar and the crossword are held over until the weekend edition, when we will have more room for them.

        ----------------------------------------------------------
        LEAD STORY
        ----------------------------------------------------------

        Antwerp dock strike ends after port agrees to new shift rules

        Dock workers in Antwerp went back to work on Monday night after the port authority agreed to limit night shifts to four a week, ending a strike that had lasted five days.

        The union said its members had accepted the offer by a large majority, and shipping lines said they expected the queue of vessels at anchor to clear by the weekend.

        The port authority said the new rules would cost it about 30 million euros a year, which it hoped to recover through higher fees for the largest container ships.
    """))
    assert article.title == "Antwerp dock strike ends after port agrees to new shift rules"
    assert [p[:12] for p in article.paragraphs] == ["Dock workers", "The union sa", "The port aut"]


def test_mail_subject_is_the_title_when_the_letter_prints_no_headline():
    article = clean_text(dedent("""
        From: Strait Digest <news@straitdigest.example>
        Subject: Fwd: Weekly Digest | Ferry services resume across the strait
        Date: Fri, 2 Jun 2023 09:00:00 +0000

        Ferry services between the two islands resumed on Thursday after a week of storms had kept every vessel in port, the operator said.

        The first crossing left at dawn with about three hundred passengers, many of them stranded since the previous weekend.
    """))
    assert article.title == "Ferry services resume across the strait"
    assert len(article.paragraphs) == 2


def test_the_blurb_of_a_sign_up_box_stays_out_but_a_paragraph_after_a_lone_call_to_sign_up_stays_in():
    article = clean_text(dedent("""
        Rare orchid found in Borneo forest thought to be extinct
        By Mei Ling Tan

        Botanists in Sabah have found a flowering orchid that had not been seen for more than eighty years, the state's forestry department said on Monday.

        Sign up for our daily newsletter

        The plant was spotted by a ranger during a survey of a logging concession, and its identity was confirmed by specialists in Kuching.

        Advertisement

        The department said the site would be closed to visitors while researchers count the remaining plants.

        Sign up to Field Notes
        A round-up of the week's best writing about forests, rivers and the people who look after them, every Sunday morning.
        Enter your email
        Subscribe
        Most read
    """))
    assert [p[:20] for p in article.paragraphs] == ["Botanists in Sabah h", "The plant was spotte", "The department said "]


def test_a_gallery_link_after_the_last_paragraph_does_not_make_it_a_caption():
    article = clean_text(dedent("""
        Floods cut off villages in the Irrawaddy delta
        By Aung Min

        Heavy rain has flooded more than two hundred villages in the Irrawaddy delta, leaving roads under water, officials said on Saturday.

        Relief workers said boats were the only way to reach many of the villages, and that clean water was running short.

        In pictures: Flooded villages of the delta (12 images)
        Related
        Rice harvest expected to fall
    """))
    assert article.paragraphs[-1].startswith("Relief workers said boats were the only way")


def test_a_paragraph_above_a_photo_credit_is_a_caption_but_not_above_a_sentence_about_photos():
    page = dedent("""
        Floods cut off villages in the Irrawaddy delta

        Heavy rain has flooded more than two hundred villages in the Irrawaddy delta, leaving roads under water, officials said on Saturday.

        Relief workers said boats were the only way to reach many of the villages, and that clean water was running short.

        Residents wade through a flooded street in Pathein on Saturday.
        {credit}
    """)
    with_credit = clean_text(page.format(credit="Photograph: Aung Min/Delta Images"))
    with_link = clean_text(page.format(credit="More photos from the flooded towns of the delta"))
    assert with_credit.paragraphs[-1].startswith("Relief workers")
    assert with_link.paragraphs[-1].startswith("Residents wade")


def test_a_long_standfirst_above_the_by_line_is_not_the_story():
    article = clean_text(dedent("""
        Features
        The ferrymen of the Bosphorus

        For a century and a half, ferries have carried Istanbul's commuters between two continents, and the men who steer them have seen the city change around them more than once, from empire to republic and from sail to diesel.

        Words by Elif Demir · Photographs by Can Aksoy
        Published 3 June 2023

        Captain Murat Yilmaz has crossed the Bosphorus about forty thousand times, by his own count, and still stands on deck when the boat leaves the pier.

        The city's ferry company now runs more than eighty boats, and carries about a hundred thousand people a day.

        Elif Demir is a writer based in Istanbul.
    """))
    assert article.title == "The ferrymen of the Bosphorus"
    assert article.paragraphs[0].startswith("Captain Murat Yilmaz has crossed")
    assert article.authors == ["Elif Demir"]
    assert article.paragraphs[-1].startswith("The city's ferry company")  # the author's bio is not the story


def test_a_paragraph_cut_by_an_ad_or_a_page_break_is_made_whole():
    article = clean_text(dedent("""
        Ferry services resume across the strait

        Ferry services between the two islands resumed on Thursday, and the operator said the first crossings of the
        Advertisement
        morning had left on time despite the swell.

        The operator's chief executive said all twelve boats would be back in service by Sunday.
    """))
    assert article.paragraphs[0] == (
        "Ferry services between the two islands resumed on Thursday, and the operator said the first crossings "
        "of the morning had left on time despite the swell.")
    assert len(article.paragraphs) == 2


def test_a_blog_post_line_gives_its_author():
    article = clean_text(dedent("""
        Why the river commission needs its own data

        Posted on 4 April 2023 by Somchai Rattana

        The river commission depends on the member states for almost every figure it publishes, and that makes its warnings late.

        A small network of its own gauges would cost less than one new dam's annual maintenance budget, by our estimate.
    """))
    assert article.authors == ["Somchai Rattana"]
    assert article.published == dt.date(2023, 4, 4)


def test_press_release_ends_at_its_end_mark_and_its_dateline_gives_the_date():
    article = clean_text(dedent("""
        FOR IMMEDIATE RELEASE
        Media contact: Press Office, press@wmo-example.org

        Weather agencies confirm last year as the warmest on record

        GENEVA, 12 January 2024 \u2013 Six international datasets agree that last year was the warmest since records began, the agencies that keep them said on Friday.

        The average temperature was about 1.45 degrees Celsius above the pre-industrial level, they said.

        ###

        About the agencies: the six agencies keep the world's longest temperature records and publish them every month.
    """))
    assert article.title == "Weather agencies confirm last year as the warmest on record"
    assert [p[:16] for p in article.paragraphs] == ["GENEVA, 12 Janua", "The average temp"]  # dateline kept
    assert article.published == dt.date(2024, 1, 12)


def test_saved_page_drops_pull_quotes_gallery_links_and_the_authors_bio():
    said = ("\u201cWe are building the lithium industry of the future with the state at its centre,\u201d the chairman "
            "of the state copper company told reporters in Santiago on Friday.")
    page = f"""<html><head><meta property="og:site_name" content="Andes Report"></head><body>
        <div class="story"><h1>Chile approves lithium partnership</h1>
        <p>By Valentina Rojas</p>
        <p>SANTIAGO \u2014 Chile's competition regulator approved on Friday a partnership between the state copper miner and the largest lithium producer, clearing the way for state control from 2031.</p>
        <blockquote><p>We are building the lithium industry of the future with the state at its centre.</p></blockquote>
        <p>{said}</p>
        <p>Photo gallery: The salt flats of the Atacama (15 images)</p>
        <p>The deal still needs approval from regulators abroad, because the producer's second-largest shareholder is foreign, the companies said.</p>
        <p><em>Valentina Rojas is the Andes Report's mining correspondent in Santiago.</em></p>
        </div></body></html>"""
    article = clean_document(RawDocument(Path("p.html"), "html", page)).article
    assert [p[:12] for p in article.paragraphs] == ["SANTIAGO \u2014 C", "\u201cWe are buil", "The deal sti"]
    assert article.authors == ["Valentina Rojas"]


@pytest.mark.parametrize(
    "markdown, plain",
    [
        ("Talks with [the IMF](https://example.org/imf) resumed.", "Talks with the IMF resumed."),
        ("![Image 2: Port of Durban](https://example.org/p.jpg)Ships wait.", "Ships wait."),
        ("By **Thandi Mokoena** and __Pieter Botha__", "By Thandi Mokoena and Pieter Botha"),
        ("## What comes next", "What comes next"),
        ("> A quoted line", "A quoted line"),
        ("snake_case_name and 5 * 3 * 2 stay", "snake_case_name and 5 * 3 * 2 stay"),
        ("[Read (more)](https://example.org/a_(b)) here", "Read (more) here"),
    ],
)
def test_plain_markdown(markdown, plain):
    assert plain_markdown(markdown) == plain


def test_a_reader_tools_title_header_is_the_title_when_the_page_text_has_none():
    article = clean_text(dedent("""
        Title: Durban port clears container backlog | Coastal Business Daily
        URL Source: https://coastal.example/ports/durban-backlog
        Published Time: 2024-02-20T08:00:00Z
        Markdown Content:
        [Ports](https://coastal.example/ports) | [Shipping](https://coastal.example/shipping)

        Durban's container terminal has cleared the backlog of ships that built up over the holidays, the port operator said on Monday.

        About forty vessels had been waiting at anchor in early January, some of them for more than a week.
    """))
    assert article.title == "Durban port clears container backlog"
    assert (article.url, article.published) == ("https://coastal.example/ports/durban-backlog", dt.date(2024, 2, 20))
    assert len(article.paragraphs) == 2


def test_live_page_headline_is_not_its_first_entrys_heading():
    article = clean_text(dedent("""
        LIVE
        Andes earthquake live: aftershocks shake Arequipa as rescuers search collapsed homes
        Key events

        12m ago
        Second aftershock recorded

        Peru's geophysical institute said a second aftershock of magnitude 5.1 struck near Arequipa shortly after noon.

        1h ago
        Rescuers reach mountain villages

        Civil defence teams reached three villages in the mountains north of the city, where several adobe houses collapsed overnight.

        2h ago
        Schools closed for two days

        The regional government closed schools in Arequipa province until Thursday while engineers inspect the buildings.
    """))
    assert article.title == "Andes earthquake live: aftershocks shake Arequipa as rescuers search collapsed homes"
    assert [p[:10] for p in article.paragraphs] == ["Peru's geo", "Civil defe", "The region"]


def test_a_newsletter_box_inside_the_story_is_skipped_and_the_story_goes_on():
    article = clean_text(dedent("""
        Slovenia
        Slovenia adopts the euro's new payment rules ahead of schedule
        Ljubljana moves first among the smaller members, clearing the way for instant transfers
        Maja Novak Central Europe correspondent
        Tue 9 Jan 2024 11.02 GMT

        Slovenia's parliament has adopted the eurozone's new rules on instant payments a year before the deadline, the finance ministry said on Tuesday.

        Banks will have to offer transfers that arrive within ten seconds, at no higher price than ordinary ones.

        Sign up to Money Matters
        Free weekly newsletter
        The week's most important stories about your money, from bank fees to pensions
        Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy.
        after newsletter promotion

        The central bank said most Slovenian banks were already able to send instant payments.

        Consumer groups welcomed the change but warned about fraud.

        Explore more on these topics
        Slovenia
        Banking
    """))
    assert article.title == "Slovenia adopts the euro's new payment rules ahead of schedule"
    assert [p[:16] for p in article.paragraphs] == [
        "Slovenia's parli", "Banks will have ", "The central bank", "Consumer groups "]


def test_summary_points_and_a_bracketed_photo_credit_are_not_the_headline():
    article = clean_text(dedent("""
        Markets
        Chile's central bank cuts rates by a full point as inflation slows
        By Ana Morales
        July 28, 2023 6:10 PM GMT-4
        Summary
        Biggest cut since the pandemic
        Board votes unanimously
        Peso falls against the dollar
        Traders on the floor of the Santiago exchange [File: Pedro Soto/Andes Wire]
        Save articles to read later and create your own reading list.
        SANTIAGO, July 28 (Andes Wire) - Chile's central bank cut its benchmark interest rate by 100 basis points to 10.25% on Friday, the first cut in more than three years, as inflation eased faster than expected.
        The bank said further cuts would follow if inflation kept falling toward its 3% target.
        Get the day's markets news in your inbox with our Morning Brief newsletter. Sign up here.
    """))
    assert article.title == "Chile's central bank cuts rates by a full point as inflation slows"
    assert [p[:16] for p in article.paragraphs] == ["SANTIAGO, July 2", "The bank said fu"]


@pytest.mark.parametrize(
    "last, kept",
    [
        ("Troops patrol the border crossing on Sunday. Andes Wire/Pedro Soto", False),
        ("Troops patrol the border crossing on Sunday. AFP via Getty Images", False),
        ("The army said it had retaken the crossing. AFP could not verify it.", True),
        ("Both governments signed the accord in 2021. The EU/IMF deal ended.", True),
    ],
)
def test_a_caption_ends_with_its_credit_a_paragraph_with_a_sentence(last, kept):
    article = clean_text(dedent(f"""
        Border crossing reopens after a week of clashes

        The main crossing between the two countries reopened on Monday after a week of clashes between rival militias, officials on both sides said.

        Hundreds of trucks that had waited on the highway began to move in the early afternoon.

        {last}
    """))
    assert (article.paragraphs[-1] == last) is kept


def test_saved_page_drops_a_caption_left_in_the_text_without_a_figure():
    page = """<html><body><article><h1>Border crossing reopens after a week of clashes</h1>
        <p>The main crossing between the two countries reopened on Monday after a week of clashes between rival militias, officials on both sides said.</p>
        <p>Trucks and buses queue at the main crossing between the two countries on Monday. Andes Wire/Pedro Soto</p>
        <p>Hundreds of trucks that had waited on the highway began to move in the early afternoon, drivers said.</p>
        </article></body></html>"""
    article = clean_document(RawDocument(Path("p.html"), "html", page)).article
    assert [p[:12] for p in article.paragraphs] == ["The main cro", "Hundreds of "]


def test_a_headline_copied_with_the_sites_name_loses_the_name():
    article = clean_text(dedent("""
        Menu
        Ferry services resume across the strait after a week of storms | Strait Digest

        Ferry services between the two islands resumed on Thursday after a week of storms had kept every vessel in port, the operator said.

        The first crossing left at dawn with about three hundred passengers, many of them stranded since the previous weekend.
    """))
    assert article.title == "Ferry services resume across the strait after a week of storms"


def test_a_headline_set_in_capitals_is_taken_as_printed_but_a_short_section_label_is_not():
    text = dedent("""
        WORLD NEWS
        {headline}
        By Tomasz Zielinski

        Ferry services between the two islands resumed on Thursday after a week of storms had kept every vessel in port, the operator said.

        The first crossing left at dawn with about three hundred passengers, many of them stranded since the previous weekend.
    """)
    assert clean_text(text.format(headline="FERRIES RETURN TO THE STRAIT AFTER A WEEK OF STORMS")).title == (
        "FERRIES RETURN TO THE STRAIT AFTER A WEEK OF STORMS")
    assert clean_text(text.format(headline="TOP STORY")).title == ""


def test_an_about_the_author_heading_ends_the_story_and_a_scroll_ad_does_not():
    article = clean_text(dedent("""
        Tbilisi metro fares rise for the first time in a decade

        Tbilisi's city council voted on Wednesday to raise metro fares from 1 lari to 1.5 lari from next month, the first increase in ten years.

        Advertisement - Scroll to continue

        The mayor said the extra money would pay for new trains on the oldest line.

        About the author

        Our transport reporter has covered the city's metro and buses since 2015 and lives near the oldest line.
    """))
    assert [p[:12] for p in article.paragraphs] == ["Tbilisi's ci", "The mayor sa"]


def test_the_deck_under_the_headline_is_not_the_title_but_a_section_label_or_a_list_above_is_no_headline():
    story = dedent("""
        Port strike spreads to three more terminals
        Talks collapse as union rejects latest offer from operators
        By Jane Roe

        Dock workers at three more terminals walked out on Tuesday after talks with operators broke down overnight.

        The union said its members would stay out until the operators improved their offer on shift pay.
    """)
    assert clean_text("Business\n" + story).title == "Port strike spreads to three more terminals"
    # A kicker above the headline is too short to be one; under a list of links, the deck rule stays out.
    assert clean_text("Labour unrest\n" + story.split("\n", 1)[1]).title == (
        "Talks collapse as union rejects latest offer from operators")
    links = "Most read\nOil prices climb as shipping costs rise again\nCentral bank holds rates for third month\n"
    assert clean_text(links + story.split("\n", 1)[1]).title == (
        "Talks collapse as union rejects latest offer from operators")


def test_a_video_caption_goes_but_the_lead_under_a_captionless_video_stays():
    head = "Port strike spreads to three more terminals\nBy Jane Roe\n\n"
    lead = "Dock workers at three more terminals walked out on Tuesday after talks broke down overnight."
    rest = "\n\nThe union said its members would stay out until the operators improved their offer.\n"
    caption = "Union leaders explain why their members rejected the offer."
    for video in (f"WATCH | Union explains:\n{caption}\nDuration 2:41", f"Strike explained\nDuration 2:41\n{caption}",
                  f"Union leaders explain their vote\nDuration 2:41\n{caption}",
                  f"Video\n{caption}\n\u25b6 2:41"):
        article = clean_text(f"{head}{video}\n\n{lead}{rest}")
        assert article.title == "Port strike spreads to three more terminals"
        assert article.paragraphs[0] == lead, video
    # Title and caption above the running time: the story starts right under it.
    article = clean_text(f"{head}WATCH | Union explains:\nStrike explained\n{caption}\nDuration 2:41\n{lead}{rest}")
    assert article.paragraphs[0] == lead
    # A live page's time stamps are not running times: its entries stay.
    live = clean_text(f"{head}14:05\n{lead}\n13:40\n{caption}{rest}")
    assert caption in live.paragraphs


def test_a_related_block_inside_the_story_goes_whole_but_not_a_menu_of_the_same_words():
    article = clean_text(dedent("""
        Port strike spreads to three more terminals

        Dock workers at three more terminals walked out on Tuesday after talks broke down overnight.

        Related stories
        What does the strike mean for shipping costs?
        \u2022 Who are the dock workers' unions?

        The union said its members would stay out until the operators improved their offer.
    """))
    assert [p[:20] for p in article.paragraphs] == ["Dock workers at thre", "The union said its m"]
    menu = clean_text(dedent("""
        Read more
        Will the port strike spread to Rotterdam?
        By Jane Roe

        Dock workers at three more terminals walked out on Tuesday after talks broke down overnight.

        The union said its members would stay out until the operators improved their offer.
    """))
    assert menu.title == "Will the port strike spread to Rotterdam?"


def test_text_without_a_headline_is_refused():
    doc = RawDocument(Path("x.txt"), "txt", "This is a sentence of a story about talks in Geneva that ended.\n\n"
                                           "Another sentence follows here, also ending with a full stop.\n")
    with pytest.raises(CleanError, match="^no title found"):
        clean_document(doc)


def test_text_in_another_language_is_refused_naming_it():
    french = dedent("""
        La France met en garde la Russie

        La France a exprimé mardi sa préoccupation face aux mouvements de troupes russes près de l'Ukraine, et le ministre a déclaré que toute agression aurait des conséquences graves pour la sécurité de l'Europe.

        Les ministres se sont réunis à Paris avec leurs homologues russes pour des discussions qui ont duré plusieurs heures, mais aucun accord n'a été trouvé sur les questions principales.
    """)
    with pytest.raises(CleanError, match="^the text is in French, not English$"):
        clean_document(RawDocument(Path("fr.txt"), "txt", french))
    # with no headline line, and on a page with no article the cleaner finds, the language is still what it says
    headless = "\n\n".join(french.strip().split("\n\n")[1:])
    with pytest.raises(CleanError, match="^the text is in French, not English$"):
        clean_document(RawDocument(Path("fr.txt"), "txt", headless))
    page = "<html><head><script>var a = 1;</script></head><body><div>" + headless + "</div></body></html>"
    with pytest.raises(CleanError, match="^the text is in French, not English$"):
        clean_document(RawDocument(Path("fr.html"), "html", page))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("France has added its voice to concerns expressed by the United States and the European Union "
         "over Russia's military movements near Ukraine and warned of serious consequences.", "en"),
        ("Die Bundesregierung hat am Dienstag erklärt, dass sie die Lage an der Grenze mit großer Sorge "
         "beobachtet und mit den Partnern in der Nato über weitere Schritte sprechen wird.", "de"),
        ("El Gobierno de España ha expresado este martes su preocupación por la situación en la frontera "
         "y ha pedido a las partes que vuelvan a la mesa de negociaciones lo antes posible.", "es"),
        ("Министр иностранных дел России заявил во вторник, что Москва не намерена нападать на Украину, "
         "но потребовал от Запада гарантий безопасности.", "ru"),
        ("Міністр закордонних справ України заявив у вівторок, що Київ готовий до переговорів, але не "
         "піде на поступки щодо своєї територіальної цілісності.", "uk"),
        ("Short text.", "en"),
    ],
)
def test_language_test(text, expected):
    assert detect_language(text) == expected


# -- the small parts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Published December 7, 2021 at 5:41 PM EST", dt.date(2021, 12, 7)),
        ("Published: Mon, 22 Nov 2021 | Updated: 22/11/2021 09:15", dt.date(2021, 11, 22)),
        ("Weekly brief \u00b7 Issue 48 \u00b7 Saturday, December 4, 2021", dt.date(2021, 12, 4)),
        ("Updated Jan. 3, 2022, first published Sept. 30, 2021", dt.date(2021, 9, 30)),
        ("2022-01-11T16:20:00+06:00", dt.date(2022, 1, 11)),
        ("February 30, 2022", None),
        ("Updated 3 years ago", None),
        ("05.11.2023, 09:40 (Tbilisi)", dt.date(2023, 11, 5)),  # day first with dots
        ("Firmware 1.2.2023.4 released", None),
        # slashes: the day first or the month first, read where a number over 12 tells which
        ("Published: 27/11/2024 14:10 (GMT+2)", dt.date(2024, 11, 27)),
        ("11/27/2024", dt.date(2024, 11, 27)),
        ("05/06/2024", None),
        ("12:04 27Oct25 HWIRE-UPDATE 1-Ferry crews end strike", dt.date(2025, 10, 27)),  # a wire terminal's stamp
        ("Flight AB27Oct25", None),
    ],
)
def test_find_date(text, expected):
    assert find_date(text) == expected


def test_the_published_date_is_not_the_date_a_copy_was_made():
    from generator.ingest.published import published_in
    header = ["User Name: = desk04", "Date and Time: = Wednesday, April 30, 2025 9:12:00 AM EDT",
              "Timeframe: Apr 28, 2025 to Apr 30, 2025", "The Prairie Ledger (Regina)", "April 29, 2025 Tuesday"]
    assert published_in(header) == dt.date(2025, 4, 29)
    assert published_in(["Date printed: 22/03/2024 08:14", "Published: 21 Mar 2024 16:05"]) == dt.date(2024, 3, 21)
    assert published_in(["Load-Date: May 2, 2025"]) is None
    # a chat export's message stamps say when a message was sent; the story pasted in it says its own date
    chat = ["24/11/2025, 08:03 - Hana T.: \U0001f62c", "[24/11/2025, 21:31:02] Dawit K: ash on the road",
            "25/11/2025, 18:12 - Selam A.: HORN LEDGER | 25 November 2025"]
    assert published_in(chat) == dt.date(2025, 11, 25)
    assert published_in(["21.09.2023, 13:07 | Views: 18 442 | Print version"]) == dt.date(2023, 9, 21)


@pytest.mark.parametrize(
    "paragraph, text, dateline",
    [
        ("GENEVA, Jan 10 (Meridian) - Senior diplomats met.", "Senior diplomats met.", "GENEVA, Jan 10 (Meridian) -"),
        ("KYIV, Ukraine (AP) \u2014 Air raid sirens sounded.", "Air raid sirens sounded.", "KYIV, Ukraine (AP) \u2014"),
        ("KHARTOUM \u2014 Sudan's prime minister returned.", "Sudan's prime minister returned.", "KHARTOUM \u2014"),
        ("U.S. officials \u2014 speaking anonymously \u2014 said so.", "U.S. officials \u2014 speaking anonymously \u2014 said so.", ""),
        ("NATO \u2014 the alliance \u2014 met.", "NATO \u2014 the alliance \u2014 met.", ""),
        ("S\u00c3O PAULO \u2014 Voters queued.", "Voters queued.", "S\u00c3O PAULO \u2014"),
        ("BOGOT\u00c1, May 2 (Andes Wire) - Rain fell.", "Rain fell.", "BOGOT\u00c1, May 2 (Andes Wire) -"),
    ],
)
def test_strip_dateline(paragraph, text, dateline):
    assert strip_dateline(paragraph) == (text, dateline)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Reporting by Tomas Lindqvist in Geneva; Editing by Grant Mercer", True),
        ("With reporting by AFP, AP, and Reuters", True),
        ("(Additional reporting by Ana Ribeiro)", True),
        ("The Associated Press contributed to this report.", True),
        ("Reporting by the BBC suggested that the talks had stalled over the weekend.", False),
        ("(Reporting by Amina Diallo in Dakar)", True),
        ("(Reporting by the BBC suggested a delay.) Officials denied it on Monday.", False),
        ("Dana Orr contributed reporting from Lagos.", True),
        ("Ana Ruiz and Li Wei contributed research.", True),
        ("The fund contributed reporting capacity to the region and said it would grow.", False),
    ],
)
def test_is_credit(line, expected):
    assert is_credit(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Accessibility links", True),
        ("Share on WhatsApp", True),
        ("Home \u203a Africa \u203a Sudan", True),
        ("About us | Contact | Advertise | Terms of use", True),
        ("We use cookies to improve your experience on our site. By continuing, you agree to our use of cookies.", True),
        ("Get the Chronicle's morning briefing in your inbox", True),
        ("READ MORE: Why is Russia massing troops near Ukraine and what does it want from the West?", True),
        ("4 minute read", True),
        ("Purchase Licensing Rights", True),
        ("Acquire Licensing Rights, opens new tab", True),
        ("Reprints & Permissions", True),
        ("Buy this photo", True),
        ("Page 3 of 7", True),
        ("riverside-courier.example    Page 2", True),
        ("Photo gallery: Flooded streets of the old town (18 images)", True),
        ("Categories: Water, Energy", True),
        ("Having trouble viewing this email? View it in your browser.", True),
        ("Good morning. Here is what you need to know on Tuesday.", True),
        ("Hi all, and welcome to the Friday edition of Field Notes.", True),
        ("That's all for today. See you on Monday.", True),
        ("This article was first published on The Conversation.", True),
        ("The Ledger is reader-funded. Become a member for $5 a month.", True),
        ("Was this forwarded to you? Sign up at example.org/join", True),
        ("Your browser does not support the video tag.", True),
        ("Please turn on JavaScript to use this feature", True),
        ("Your email address will not be published. Required fields are marked *", True),
        ("Advertisement - Scroll to continue", True),
        ("The post Mekong states agree flood warning network appeared first on Riverlands Policy Notes.", True),
        ("Members of parliament said the report would be published in this form next week.", False),
        ("The Kremlin has vowed to safeguard its borders in the face of actions by other countries.", False),
        ("Hello Kitty maker Sanrio reported record profits on Tuesday.", False),
        ("The audio version of this article is generated by text-to-speech, a technology based on AI.", True),
        ("Audio for this article is generated by AI and may contain mispronunciations of names.", True),
        ("Duration 2:41", True),
        ("\u25b6 1:05", True),
        ("3-Minute Listen", True),
        ('<iframe src="https://radio.example/player/embed/12" width="100%" height="290"></iframe>', True),
        ('width="100%" height="290" frameborder="0" scrolling="no"', True),
        ("Engineers built a text-to-speech system that reads the news aloud in Welsh.", False),
        ("Page turner: the novel that divided a nation", False),
        ("Biden warns Putin of tough economic penalties if Russia moves on Ukraine", False),
        ("\U0001f514 Follow @riverwatch for live updates | Share with your groups \u2705", True),
        ("\U0001f449 Read the full report on our site", True),
        ("\u2014 Follow the law, she told them, and the rest will follow.", False),
    ],
)
def test_is_furniture(line, expected):
    assert is_furniture(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("\u00a9 2023 Steppe Times LLC", True),
        ("Steppe Times LLC. ALL RIGHTS RESERVED.", True),
        ("Copyright 2021 Meridian Wire", True),
        ("(c) 2024 The Seoul Desk. All rights reserved.", True),
        ("Courts reserved judgment on the copyright claim until March.", False),
    ],
)
def test_is_copyright(line, expected):
    assert is_copyright(line) is expected


def test_split_names_keeps_people_only():
    assert split_names("Tomas Lindqvist and Daria Melnik") == ["Tomas Lindqvist", "Daria Melnik"]
    assert split_names("Jane Doe, John Roe & Ana de la Cruz | Wire") == ["Jane Doe", "John Roe", "Ana de la Cruz"]
    assert split_names("Ledger staff and wires") == []
    # a page's name and post elements run together when saved as text
    assert split_names("Dana OrrBusiness Columnist") == ["Dana Orr"]
    assert split_names("Ronald McDonald") == ["Ronald McDonald"]


def test_an_authors_bio_under_the_story_is_no_part_of_it_even_after_a_description():
    text = ("Port strike ends after nine days\n\nBy Dana OrrSenior Writer\n\nMay 2, 2025\n\n"
            "Dock workers voted on Thursday to end a nine-day strike that had stranded ships along the coast.\n\n"
            "The union said its members had won a pay rise of seven percent over two years.\n\n"
            "Award-winning reporter Dana Orr writes about ports and shipping. She joined the paper in 2015.\n")
    article = clean_document(RawDocument(Path("a.txt"), "txt", text)).article
    assert article.authors == ["Dana Orr"]
    assert not any("Award-winning" in p for p in article.paragraphs)
    assert article.paragraphs[-1].startswith("The union said")


def test_outlet_from_copyright_or_self_description():
    assert outlet_from_lines(["\u00a9 2022 Meridian. All rights reserved"],
                             ["Meridian Wire - news for professionals, by professionals"]) == "Meridian Wire"
    assert outlet_from_lines(["Copyright \u00a9 2021 Institute for Regional Security Studies, all rights reserved."],
                             []) == "Institute for Regional Security Studies"
    assert outlet_from_lines(["RFE/RL journalists report the news in 27 languages."], []) == "RFE/RL"
    assert outlet_from_lines(["Nothing to see here."], []) == ""
    assert outlet_from_lines(["\u00a9 The Long View Magazine Ltd 2023"], []) == "The Long View Magazine"
    assert outlet_from_lines(["\u00a9 2024 Island Herald Pty Ltd"], []) == "Island Herald"
    # a legal form written with dots, and an address after a middle dot, are no part of the name
    assert outlet_from_lines(["Copyright \u00a9 2025 The Llanos Courier S.A.S. \u00b7 Carrera 7 No. 12-40"], []) \
        == "The Llanos Courier"
    assert outlet_from_lines(["\u00a9 2023 Noordkust Media B.V."], []) == "Noordkust Media"
    assert outlet_from_lines(["\u00a9 Fjordposten Media AS"], []) == "Fjordposten Media"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("# 1 priority, he said.", "\\# 1 priority, he said."),
        ("> not a quote", "\\> not a quote"),
        ("- 5 degrees overnight.", "\\- 5 degrees overnight."),
        ("* footnote", "\\* footnote"),
        ("+ plus", "\\+ plus"),
        ("1. First point.", "1\\. First point."),
        ("2021. A year of talks.", "2021\\. A year of talks."),
        ("---", "\\---"),
        ("-5 degrees and *not* touched", "-5 degrees and *not* touched"),
        ("Plain text stays verbatim: 1. #2 > 3", "Plain text stays verbatim: 1. #2 > 3"),
    ],
)
def test_escape_markdown(text, expected):
    assert escape_markdown(text) == expected


def test_markdown_input_keeps_its_front_matter_and_paragraphs():
    text = dedent("""
        ---
        title: Talks in Geneva
        date: 2022-01-10
        summary: Diplomats meet.
        tags: [nato]
        ---
        First paragraph of the talks story, which is long enough to read as English text here.

        ## Background

        ```
        code block

        stays whole
        ```
    """)
    cleaned = clean_document(RawDocument(Path("a.md"), "md", text))
    assert cleaned.markdown is True
    assert cleaned.article.title == "Talks in Geneva"
    assert cleaned.article.published == dt.date(2022, 1, 10)
    assert cleaned.extra == {"summary": "Diplomats meet.", "tags": ["nato"]}
    assert cleaned.article.paragraphs[1:] == ["## Background", "```\ncode block\n\nstays whole\n```"]


def test_markdown_input_takes_its_title_from_the_first_heading():
    cleaned = clean_document(RawDocument(Path("a.md"), "md", "# Talks end\n\nThe talks ended on Monday.\n"))
    assert (cleaned.article.title, cleaned.article.paragraphs) == ("Talks end", ["The talks ended on Monday."])
    assert markdown_blocks("a\nb\n\n\nc") == ["a\nb", "c"]


def test_a_page_clipped_to_markdown_loses_the_pages_furniture_and_keeps_its_fields():
    text = dedent("""
        ---
        title: "Port strike ends after pay deal"
        source: "https://harbour.example/news/port-strike-ends"
        author:
          - "[[Mira Okafor]]"
        published: 2025-05-02
        tags: [clippings]
        ---
        # Port strike ends after pay deal

        [News](https://harbour.example/news) · [Business](https://harbour.example/business)

        ![Dockers leave the picket line](https://img.harbour.example/picket.jpg)

        *Dockers leave the picket line at the east gate on Thursday.*

        Dock workers voted on Thursday to end a nine-day strike after the port authority raised its pay offer.

        > Related: [How the port's pay talks broke down](https://harbour.example/news/talks)

        *The union said the vote was close.*

        [Read more: The port's busiest year](https://harbour.example/features/busiest-year)
    """)
    article = clean_document(RawDocument(Path("clip.md"), "md", text)).article
    assert article.title == "Port strike ends after pay deal"
    assert article.paragraphs == ["Dock workers voted on Thursday to end a nine-day strike after the port authority "
                                  "raised its pay offer.", "*The union said the vote was close.*"]
    assert (article.published, article.authors) == (dt.date(2025, 5, 2), ["Mira Okafor"])
    assert article.url == "https://harbour.example/news/port-strike-ends"


def test_markdown_a_person_wrote_keeps_its_pictures_and_links():
    text = "---\ntitle: Notes\n---\n![Map of the valley](map.png)\n\n*Drawn by me.*\n\n[The source](https://a.example)\n"
    assert clean_document(RawDocument(Path("n.md"), "md", text)).article.paragraphs == [
        "![Map of the valley](map.png)", "*Drawn by me.*", "[The source](https://a.example)"]


def test_command_line_values_win_over_the_page():
    cleaned = clean_document(RawDocument(Path("e.txt"), "txt", EMAIL), date=dt.date(2022, 2, 9),
                             url="https://example.org/a", outlet="Digest")
    a = cleaned.article
    assert (a.published, a.url, a.outlet) == (dt.date(2022, 2, 9), "https://example.org/a", "Digest")


def test_page_without_any_headline_is_refused_saying_where_one_would_be():
    page = ("<html><body><article><p>Western governments have spent weeks preparing sanctions, officials say, and "
            "allies still argue over energy exemptions.</p><p>Officials in Washington say the measures are ready, "
            "though some details remain open.</p></article></body></html>")
    with pytest.raises(CleanError, match=r"^no title found \(the page has no <h1>, og:title or JSON-LD headline\)$"):
        clean_document(RawDocument(Path("p.html"), "html", page))


HEADLINE_PAGE = """\
Harbour Gazette
Home | Politics | Sport | Weather
Media playback is unsupported on your device
Ferry strike halts crossings to the islands for a second day
By Ana Ruiz
Updated 2 hours ago
Share this story
Back to Gallery
Ferry crews walked out again on Tuesday, halting crossings to the islands for a second day as the strike over pay widened to the freight routes.
The union said the crossings would stay halted until the operator reopened talks, and the operator said it was ready to meet on Thursday.
--------------------------------------------------
ADVERTISEMENT
Open a savings account in minutes.
--------------------------------------------------
Island shops reported shortages of fresh produce by the afternoon, and the regional council asked the operator to run one emergency crossing a day.
The strike is the first on the routes since the operator was sold to a private fund, and talks on a new pay deal broke down last month.
--------------------------------------------------
Related stories
© 2024 Harbour Gazette
"""


def test_the_headline_is_the_line_about_the_story_beside_its_byline_not_a_nearer_widget():
    article = clean_text(HEADLINE_PAGE)
    assert article.title == "Ferry strike halts crossings to the islands for a second day"


def test_an_advert_boxed_between_rules_does_not_cut_the_story_in_two():
    article = clean_text(HEADLINE_PAGE)
    text = "\n".join(article.paragraphs)
    assert text.startswith("Ferry crews walked out again on Tuesday")
    assert "talks on a new pay deal broke down last month." in text  # the story goes on after the advert
    assert "ADVERTISEMENT" not in text and "savings account" not in text and "Related stories" not in text


def test_a_wire_slug_is_not_part_of_the_headline():
    page = HEADLINE_PAGE.replace("Ferry strike halts", "UPDATE 2-Ferry strike halts")
    assert clean_text(page).title == "Ferry strike halts crossings to the islands for a second day"


@pytest.mark.parametrize("line, expected", [
    ("Media captionWhat happens next at the border?", True),  # a caption label glued to its caption
    ("Video source: Harbour TV", True),
    ("Please wait 5 seconds to continue.", True),
    ("This story has been adapted from its original source.", True),
    ("Prosecutors said the original source of the payments was never traced.", False),
])
def test_caption_labels_ad_interstitials_and_syndication_notes_are_furniture(line, expected):
    assert is_furniture(line) is expected


ADVISORY_PAGE = """\
NORTHSEA WIRE | Terminal
--------------------------------------------------
UPDATE 2
Harbour council ousts chairman after failed bid to close the port; deputy sworn in
(Adds arrest, deputy's quotes, background on earlier votes)
By Ana Ruiz
BERGEN, May 3 (Northsea Wire) - The harbour council removed its chairman on Friday after he tried to close the port to all traffic, and swore in his deputy hours later.
The deputy said the port would reopen on Monday, and the council said it would meet again next week to elect a new chairman.
▶ VIDEO Watch: the council's vote in full (4:12)
Council members celebrate after the result was announced. — Harbour TV screengrab
Police arrested the former chairman at his home on Friday evening, a police spokesman said.
"""


def test_advisories_video_teasers_and_captions_are_not_the_headline_and_a_phrasal_verb_ends_one():
    article = clean_text(ADVISORY_PAGE)
    assert article.title == "Harbour council ousts chairman after failed bid to close the port; deputy sworn in"


@pytest.mark.parametrize("line, expected", [
    ("POLL: Was the council right to close the port?", True),
    ("ALSO ON NORTHSEA WIRE: Who is the new chairman?", True),
    ("Editor's note: figures from the port authority have varied this week.", True),
    ("Council members celebrate after the result was announced. — Harbour TV screengrab", False),  # a caption
])
def test_poll_also_on_and_editors_note_labels_are_furniture(line, expected):
    assert is_furniture(line) is expected


def test_translation_credits_closed_comments_and_licence_notes_stay_out_of_the_body():
    page = HEADLINE_PAGE.replace("Related stories\n", "Translated and edited by the Harbour desk.\nComments are closed for this article.\n"
                                 "This article is licensed under a Creative Commons licence. You may republish it in full.\n")
    article = clean_text(page)
    text = "\n".join(article.paragraphs)
    assert "Translated" not in text and "Comments are closed" not in text and "Creative Commons" not in text
    assert text.rstrip().endswith("talks on a new pay deal broke down last month.")


def test_a_wire_continuation_mark_does_not_make_the_paragraph_above_it_a_caption():
    page = ADVISORY_PAGE.replace("▶ VIDEO Watch: the council's vote in full (4:12)\n",
                                 'In a speech at noon, the chairman had said he was "closing the port for good".\n'
                                 "--- MORE FOLLOWS/CONTINUED ---\n")
    text = "\n".join(clean_text(page).paragraphs)
    assert 'he was "closing the port for good"' in text and "MORE FOLLOWS" not in text


@pytest.mark.parametrize("line, expected", [
    ("Subscribe to our Telegram channel for the morning's top stories.", True),
    ("The canal authority said the channel would reopen to shipping on Monday.", False),
])
def test_a_channel_promotion_is_furniture(line, expected):
    assert is_furniture(line) is expected


def test_a_photo_label_makes_the_line_under_it_a_caption():
    page = HEADLINE_PAGE.replace("--------------------------------------------------\nADVERTISEMENT",
                                 "PHOTO | FILE\nStrikers gather outside the ferry terminal, where the union set up a picket.\n"
                                 "--------------------------------------------------\nADVERTISEMENT", 1)
    text = "\n".join(clean_text(page).paragraphs)
    assert "Strikers gather outside" not in text and "PHOTO" not in text
    assert "talks on a new pay deal broke down last month." in text


def test_a_saved_page_drops_call_to_action_and_callout_cards_inside_the_story():
    paras = [f"<p>Paragraph {i} of the story about the harbour strike, which went on for a fourth day on Friday.</p>"
             for i in range(1, 5)]
    page = ("<html><head><title>Strike goes on</title></head><body><article><h1>Harbour strike goes on for a fourth day</h1>"
            + "".join(paras[:2])
            + '<div class="kg-card kg-callout-card"><div class="kg-callout-text">New to the dispute? Our explainer covers '
              "the background in five minutes.</div></div>"
            + '<div class="post-upgrade-cta"><h2>Get Harbour Watch in your inbox</h2><p>Free weekly briefing on the '
              "ports of northern Europe.</p></div>"
            + "".join(paras[2:]) + "</article></body></html>")
    text = "\n".join(clean_document(RawDocument(Path("p.html"), "html", page)).article.paragraphs)
    assert "Paragraph 1" in text and "Paragraph 4" in text
    assert "explainer" not in text and "weekly briefing" not in text


def test_a_desk_credit_under_the_headline_is_a_byline_not_the_headline():
    page = HEADLINE_PAGE.replace("By Ana Ruiz\n", "Harbour Gazette Desk\n")
    article = clean_text(page)
    assert article.title == "Ferry strike halts crossings to the islands for a second day"
    assert "Harbour Gazette Desk" not in "\n".join(article.paragraphs)


DECK_PAGE = """\
Home | Nation | Business | World
Join our WhatsApp channel for breaking news
Nation
Harbour strike ends after union accepts pay offer
The port's longest stoppage in twenty years ended when the dock workers' union accepted a pay offer late on Friday
Author: Ana Ruiz
Saturday, 4 May 2024 7:15 AM
Dock workers leave the terminal after the vote on Friday. — Picture by Lena Berg
BERGEN, May 4 — The harbour strike ended late on Friday after the dock workers' union accepted the operator's pay offer, ending the port's longest stoppage in twenty years.
The union said its members would return to work on Monday, and the operator said ferry crossings to the islands would resume on Sunday.
"""


def test_author_labels_and_credited_pictures_are_no_headline_and_the_headline_stands_over_its_deck():
    article = clean_text(DECK_PAGE)
    assert article.title == "Harbour strike ends after union accepts pay offer"
    assert article.authors == ["Ana Ruiz"]
    assert "Picture by" not in "\n".join(article.paragraphs)


def test_labelled_caption_tags_newsletter_plugs_and_aggregator_notes_stay_out_and_an_introducing_line_stays_in():
    article = clean_text(dedent("""
        Ferry sinks off northern island; four missing

        Island Radio News, with Reuters
        18 January 2022, 9:47pm

        Image: A coastguard boat searches the bay near the harbour on Monday. Coastguard

        Why am I seeing this? You follow Pacific news.

        The island's coastguard said on Tuesday that four people were missing after a ferry sank in rough seas on Monday night.

        Subscribe to the Island Radio News evening newsletter — the day's news from the islands before 6 p.m.

        Rescuers pulled 31 passengers from the water, and searched through the night. Here is what we know so far:

        - The ferry left the harbour at 7pm carrying 35 people.

        - The coastguard said winds had reached 40 knots.

        Topics: Ferries, Disasters, Pacific

        Related stories

        Island Radio News acknowledges the support of its listeners. Donate to keep island voices on air.

        © 2022 Island Radio Trust
    """))
    assert article.title == "Ferry sinks off northern island; four missing"
    text = "\\n".join(article.paragraphs)
    assert article.paragraphs[0].startswith("The island's coastguard said")
    assert "Here is what we know so far:" in text
    for furniture in ("Image:", "Why am I seeing", "Subscribe to", "Topics:", "acknowledges the support"):
        assert furniture not in text


def test_a_score_box_drawn_in_text_and_labelled_ads_are_furniture():
    article = clean_text(dedent("""
        Hosts come from behind to win the cup

        Written by Kofi Mensah, chief football writer
        Monday 12 February 2024, 09:15 GMT

        +-------------------------------------+
        | FINAL Ghana 1-2 Togo                |
        | Alassane Stadium, Ebimpe            |
        +-------------------------------------+

        LOME - Togo came from behind to beat Ghana 2-1 in the final on Sunday, winning the cup for the first time.

        PROMOTED: Earn up to 21% a year on your savings with a licensed digital bank. T&Cs apply.

        The winner came nine minutes from time, and the crowd of 60,000 stayed on long after the whistle.

        ADVERTISEMENT - Fly Lome to Accra from 59,000 CFA. Book by 31 March.

        The coach, in charge for only a month, said the players had never stopped believing.
    """))
    assert article.title == "Hosts come from behind to win the cup"
    text = "\\n".join(article.paragraphs)
    assert article.paragraphs[0].startswith("LOME - Togo came from behind")
    assert "PROMOTED" not in text and "ADVERTISEMENT" not in text and "FINAL Ghana" not in text
    assert text.rstrip().endswith("had never stopped believing.")


def test_a_name_alone_under_a_wrapped_headline_is_the_by_line_not_the_headlines_end():
    article = clean_text(
        "harbourtimes.example\n"
        "Frederik X proclaimed king as Margrethe steps down after 52 years\n"
        "Signe Kjaer\n"
        "15 January 2024\n"
        "\n"
        "COPENHAGEN - Frederik X was proclaimed King of Denmark on Sunday from\n"
        "the balcony of Christiansborg Palace, barely an hour after his mother,\n"
        "Queen Margrethe II, signed her abdication at a meeting of the Council\n"
        "of State and became the first Danish monarch to step down in 900 years.\n"
        "\n"
        "Tens of thousands of people had gathered in the square outside, many of\n"
        "them waving flags, and cheered as the new king appeared on the balcony.\n"
    )
    assert article.title == "Frederik X proclaimed king as Margrethe steps down after 52 years"


def test_a_bracketed_photo_label_marks_a_caption_and_a_newsletter_items_heading_is_the_title():
    article = clean_text(dedent("""
        Lungu concedes as Hichilema wins presidency at sixth attempt
        Posted 2 days ago by Mwila Chanda

        [photo] UPND supporters celebrate on Cairo Road, Lusaka. Photo: Kafue Herald

        LUSAKA - President Edgar Lungu conceded defeat on Monday to his long-time rival Hakainde Hichilema.

        Hichilema won almost 2.8 million votes, the electoral commission said, to Lungu's 1.8 million.
    """))
    assert article.title == "Lungu concedes as Hichilema wins presidency at sixth attempt"
    letter = clean_text(dedent("""
        ** SKYLINE
        The newsletter of the Friends of Fellside Observatory

        ** IN THIS ISSUE
        1. Astronomers unveil the first picture of a black hole
        2. Open night, Saturday 13 April

        ------------------------------------------------------------
        ** 1. Astronomers unveil the first picture of a black hole
        ------------------------------------------------------------
        By Tom Haverigg, science editor

        Astronomers unveiled the first picture of a black hole on Wednesday, a ring of light around the dark centre of a distant galaxy.

        The image was made by linking eight radio telescopes around the world into one the size of the Earth.
    """))
    assert letter.title == "Astronomers unveil the first picture of a black hole"


def test_a_newsletters_next_numbered_item_between_rules_ends_the_story():
    letter = clean_text(dedent("""
        ** SKYLINE

        ------------------------------------------------------------
        ** 1. Astronomers unveil the first picture of a black hole
        ------------------------------------------------------------
        By Tom Haverigg, science editor

        Astronomers unveiled the first picture of a black hole on Wednesday, a ring of light around the dark centre of a distant galaxy.

        The image was made by linking eight radio telescopes around the world into one the size of the Earth.

        ------------------------------------------------------------
        ** 2. Lander tries for the Moon tonight
        ------------------------------------------------------------
        A small lander is due to attempt its touchdown in the Sea of Serenity this evening, a little after 8pm.

        ------------------------------------------------------------
        Clear skies,
        Margaret Ellery
    """))
    assert len(letter.paragraphs) == 2
    assert "Sea of Serenity" not in " ".join(letter.paragraphs)


def test_a_subscriber_offer_behind_its_label_is_furniture():
    from generator.ingest.lines import intrinsic_kind
    assert intrinsic_kind("SUBSCRIBER EXCLUSIVE | Get the full picture of the elections with Premium. Try 30 days for Rs 1.") == "aside"


PRINT_PAGE = (
    "THE HARBOUR LEDGER\n"
    "THURSDAY, MARCH 7, 2024 * VOL. 9, NO. 66 * CITY EDITION\n"
    "\n"
    "Dockers end strike at Antwerp after pay deal; ships begin to move\n"
    "Union accepts a four percent rise over two years;\n"
    "port authority says backlog will take a week to clear\n"
    "\n"
    "BY LEDGER STAFF\n"
    "\n"
    "ANTWERP — Dock workers at Antwerp voted on Wednesday to end a\n"
    "nine-day strike that had left more than forty ships waiting\n"
    "at anchor, after their union accepted a pay offer from the\n"
    "port's employers.\n"
    "   The deal gives the dockers a four percent rise over two\n"
    "years and a one-off bonus, the union's negotiator, Lotte\n"
    "Verbeke, told reporters at the union's offices, where members\n"
    "had queued since morning to cast their ballots on the inaugu-\n"
    "rated electronic system.\n"
    "   Cranes began moving again in the evening. The port author-\n"
    "ity said the backlog of ships from the well-\n"
    "known container lines would take a week to clear, and its anti-\n"
    "congestion plan would stay in force until then.\n"
    "\n"
    "TODAY: Showers, high 9C, low 3C. Humidity 80%.\n"
    "\n"
    "A2                 THURSDAY, MARCH 7, 2024                 THE HARBOUR LEDGER\n"
)


def test_a_printed_page_has_indented_paragraphs_a_two_line_deck_and_words_split_by_syllable():
    article = clean_text(PRINT_PAGE)
    assert article.title == "Dockers end strike at Antwerp after pay deal; ships begin to move"
    assert len(article.paragraphs) == 3
    first, second, third = article.paragraphs
    assert first.startswith("ANTWERP — Dock workers") and first.endswith("port's employers.")
    assert "Lotte Verbeke, told reporters" in second
    assert "inaugurated electronic system" in second  # no word of the text is "inaugu": the hyphen goes
    assert "The port authority said" in third  # "author-" + "ity": the whole word is elsewhere in the text
    assert "well-known" in third and "anti-congestion" in third  # a word of its own, a prefix: the hyphen stays
    assert not any("Humidity" in p or "HARBOUR LEDGER" in p for p in article.paragraphs)
    for jump in ("Continued on page A4", "Continued on page 2: What comes next for the port?", "Continued from page A1",
                 "(continued on page 2)"):
        assert is_furniture(jump), jump


def test_an_ad_between_two_ad_labels_and_a_newsletters_greeting_are_no_part_of_the_story():
    article = clean_text(dedent("""
        Accra Daily Post
        Mahama wins Ghana's presidency as Bawumia concedes

        ACCRA - John Mahama won Ghana's presidential election with 56.6 percent of the vote, the commission said.

        ADVERTISEMENT
        Sunrise Motors: built for our roads. Test drive at any showroom.
        ADVERTISEMENT

        Mahama thanked his rival for conceding early, which he said had calmed the country.

        ADVERTISEMENT
        The count ended on Monday.
        ADVERTISEMENT

        You are reading The Coast Letter, a weekly dispatch on West Africa. If a friend forwarded this, welcome.
    """))
    assert not any("Test drive" in p or "Coast Letter" in p for p in article.paragraphs)
    assert "The count ended on Monday." in article.paragraphs  # a line of the story between two ad slots stays


def test_a_boxed_list_of_other_stories_ends_the_story_though_a_line_follows_it():
    article = clean_text(dedent("""
        Harbour Morning
        Port strike ends after pay deal

        Dock workers voted on Thursday to end a nine-day strike after the port authority raised its pay offer.

        The union said the vote was close, and that members would watch how the deal is carried out this year.

        ----------------------------------------
        ALSO ON OUR RADAR
        * Rail: the new timetable starts on Monday
        * Ferries: two routes cut for the winter
        * Airport: a second runway is approved
        ----------------------------------------

        Enjoyed this edition? Forward it to a colleague. Want the full note with charts? Upgrade to Harbour Pro.
        (c) 2025 Harbour Morning.
    """))
    assert article.paragraphs[-1].startswith("The union said") and not any("Harbour Pro" in p for p in article.paragraphs)


def test_a_live_pages_welcome_post_is_its_first_entry_but_a_letters_greeting_is_not():
    from generator.ingest.lines import is_furniture
    assert not is_furniture("Hello and welcome to our live coverage of the vote. Our reporters will bring you results.")
    assert not is_furniture("Good morning and welcome to our live blog on the storm, which made landfall overnight.")
    assert is_furniture("Good morning and welcome to the Friday edition of The Coast Letter.")
    assert is_furniture("Hello everyone, and thanks for reading.")


def test_a_lead_set_in_capitals_above_the_by_line_is_the_stories_first_paragraph_a_standfirst_is_not():
    page = dedent("""
        Harbour chaos: navy sends ships as strike spreads

        PUBLISHED: 10:48, Tue, Nov 19, 2019

        {lead}

        By Laura Penn

        This comes after the union said its members would stay out until the government met them.

        The strike began in June and has spread to every port in Greece, where the navy now guards the docks.
    """)
    tabloid = clean_text(page.format(lead="GREECE has sent navy ships to the ports in a bid to restore order after weeks of strikes."))
    assert tabloid.paragraphs[0].startswith("GREECE has sent navy ships")
    standfirst = clean_text(page.format(lead="NATO allies are watching the ports closely as the strike by Greek dockers spreads."))
    assert standfirst.paragraphs[0].startswith("This comes after")


def test_a_story_quoted_into_a_forum_post_is_the_story_without_the_thread():
    quoted = "\n".join("> " + line for line in [
        "Port strike ends as dockers accept pay offer",
        "",
        "By Lotte Verbeke, Harbour Ledger | March 6, 2024",
        "",
        *[f"ANTWERP - Paragraph {i} of the story tells how the dockers voted to end their strike and what the "
          f"employers had offered them, in words long enough to be a real paragraph of news copy." for i in range(1, 12)],
    ])
    page = ("Harbour Forums\nHome > Ports > Labour\n\n[News] STRIKE OVER!!! dockers cave\n\nStarted by quayside_99\n\n"
            "Pasting the article since it is paywalled.\n\nQuote:\n" + quoted +
            "\n\nMy take: they gave in far too early, and the union knows it.\nLike (12) · Quote · Reply\n")
    article = clean_text(page)
    assert article.title == "Port strike ends as dockers accept pay offer"
    assert article.paragraphs[0].startswith("ANTWERP - Paragraph 1")
    assert len(article.paragraphs) == 11 and not any("My take" in p or ">" in p for p in article.paragraphs)


def test_a_documents_note_marks_and_notes_go_and_an_editors_labels_are_furniture():
    article = clean_text(dedent("""
        Port strike ends as dockers accept pay offer[1]

        Standfirst (wire): The union takes a four percent rise; ships begin to move.

        ANTWERP - Dock workers voted on Wednesday to end a nine-day strike, according to the union[2], after a pay offer.

        The port said the backlog would take a week to clear, and the navy would stand down.[a]

        [1] https://wire.example/antwerp-strike
        [2] https://union.example/vote
        [a]Ana Ruiz: check the figure before we run it.
    """))
    assert article.title == "Port strike ends as dockers accept pay offer"
    assert article.paragraphs == [
        "ANTWERP - Dock workers voted on Wednesday to end a nine-day strike, according to the union, after a pay offer.",
        "The port said the backlog would take a week to clear, and the navy would stand down.",
    ]


def test_a_live_pages_key_events_a_threads_part_mark_and_an_old_pages_large_font_headline():
    live = clean_text(dedent("""
        Pacific Wire
        LIVE
        Updated 4 minutes ago

        Landslide buries hundreds in the highlands as rescuers dig by hand
        Live reporting by Ana Ruiz in Port Moresby

        Key events
         4:41pm  Canberra ready to send experts
         11:05am  Disaster centre: more than 2,000 buried

        Monday 27 May 2024

        4:41pm AEST
        Canberra ready to send experts

        Canberra has said it stands ready to send experts to the highlands once the landslide is stable enough to reach.

        Rescuers digging by hand in the highlands have reached the edge of the buried village, the disaster centre said.
    """))
    assert not live.title[:1].isdigit()  # a key event's "11:05am ..." is an item of a list, never the headline
    thread = clean_text(dedent("""
        Circuit Breaker | tech news
        November 22

        ALTMAN IS BACK: OpenAI rehires its ousted chief after five days of chaos (1/3)

        SAN FRANCISCO - OpenAI said late on Tuesday that it had agreed that Sam Altman would return as chief executive.

        The board that fired him will be replaced, the company said, and its chair will be a former Salesforce executive.
    """))
    assert thread.title == "ALTMAN IS BACK: OpenAI rehires its ousted chief after five days of chaos"
    page = ("<html><head><title>Sahel Post :: Afrique :: Junta chief flees</title></head><body><table><tr><td>"
            "<font size=\"1\"><b>ACCUEIL | POLITIQUE</b></font></td></tr><tr><td>"
            "<font size=\"5\"><b>Ousted junta leader flees to Togo as the captain takes charge</b></font><br>"
            "<p>OUAGADOUGOU - The ousted military ruler is in neighbouring Togo after agreeing to step down on Sunday, "
            "the government said, two days after a coup led by an army captain.</p><p>The captain said he would hold "
            "power until a civilian transition, and asked people to stay calm and go back to work on Monday.</p>"
            "</td></tr></table></body></html>")
    article = clean_document(RawDocument(Path("old.html"), "html", page)).article
    assert article.title == "Ousted junta leader flees to Togo as the captain takes charge"


def test_a_saved_pages_headline_loses_its_wire_slug():
    page = ("<html><body><h1>UPDATE 3-Port strike ends after nine days</h1><article><p>Dock workers voted on Thursday to "
            "end a nine-day strike after the port authority raised its pay offer, the union said.</p><p>The port "
            "reopened on Friday morning, and the first ships were unloaded by noon, officials said.</p></article>"
            "</body></html>")
    article = clean_document(RawDocument(Path("p.html"), "html", page)).article
    assert article.title == "Port strike ends after nine days"


def test_an_analysts_notes_under_a_markdown_article_go_to_its_front_matter():
    text = ("# Port strike ends\n\nDock workers voted on Thursday to end a nine-day strike.\n\n---\n\nNotes:\n\n"
            "- Check the pay figures.\n- Ask the union for the vote count.\n")
    cleaned = clean_document(RawDocument(Path("n.md"), "md", text))
    assert cleaned.article.paragraphs == ["Dock workers voted on Thursday to end a nine-day strike."]
    assert cleaned.extra["notes"] == "- Check the pay figures.\n- Ask the union for the vote count."
    plain = "# A\n\nThe notes of the meeting were read out on Thursday.\n\nNotes were taken.\n"
    assert "notes" not in clean_document(RawDocument(Path("p.md"), "md", plain)).extra


def test_markdown_with_toml_front_matter_as_hugo_writes_it():
    text = ('+++\ntitle = "Port strike ends"\ndate = 2025-05-02T18:30:00+02:00\nauthor = "Mira Okafor"\n'
            'tags = ["ports"]\ntoc = true\n+++\n\nDock workers voted on Thursday to end a nine-day strike.\n')
    cleaned = clean_document(RawDocument(Path("n.md"), "md", text))
    a = cleaned.article
    assert (a.title, a.published, a.authors) == ("Port strike ends", dt.date(2025, 5, 2), ["Mira Okafor"])
    assert a.paragraphs == ["Dock workers voted on Thursday to end a nine-day strike."]
    assert cleaned.extra == {"tags": ["ports"]}
    with pytest.raises(CleanError, match="invalid TOML front matter"):
        clean_document(RawDocument(Path("n.md"), "md", '+++\ntitle = "Port\n+++\n\nText.\n'))
    with pytest.raises(CleanError, match="'\\+\\+\\+' is never closed"):
        clean_document(RawDocument(Path("n.md"), "md", '+++\ntitle = "Port"\n\nText.\n'))


def test_an_analysts_footnotes_links_and_sign_off_go_to_the_notes_and_their_marks_leave_the_text():
    text = dedent("""
        # Port strike ends

        Dock workers voted on Thursday to end a nine-day strike.[^1] The port reopens on Monday.

        ## What to watch

        - **Pay:** whether the other ports follow.

        [^1]: Union statement, 2 May 2025.

        ### Links

        - [Union statement](https://union.example/statement)
        - [Port authority](https://port.example/)

        *Note for clients. — MO*
    """)
    cleaned = clean_document(RawDocument(Path("n.md"), "md", text))
    assert cleaned.article.paragraphs == [
        "Dock workers voted on Thursday to end a nine-day strike. The port reopens on Monday.",
        "## What to watch", "- **Pay:** whether the other ports follow."]
    notes = cleaned.extra["notes"]
    assert notes.startswith("- [1] Union statement, 2 May 2025.") and "[Port authority](https://port.example/)" in notes
    assert notes.endswith("*Note for clients. — MO*")
    # links that close a text with no heading of their own, and a closing line in italics, are the article's
    own = "# A\n\nThe port reopened on Monday.\n\n- [Union statement](https://union.example/statement)\n\n*Written in haste.*\n"
    assert clean_document(RawDocument(Path("p.md"), "md", own)).article.paragraphs == [
        "The port reopened on Monday.", "- [Union statement](https://union.example/statement)", "*Written in haste.*"]


def test_a_bilingual_pages_other_language_lines_are_no_part_of_the_story_and_its_labels_still_read():
    article = clean_text(dedent("""
        ГОРНЫЙ ВЕСТНИК | MOUNTAIN HERALD
        Главная / Home   Политика / Politics   Экономика / Economy

        Parliament approves new electoral code after all-night session

        Парламент принял новый Избирательный кодекс после ночного заседания, несмотря на протесты оппозиции.

        Parliament approved a new electoral code after an all-night session despite opposition protests.

        Автор / By: Nino Beridze
        05.11.2023, 09:40

        Lawmakers voted 81 to 12 early on Saturday to adopt the new electoral code, which lowers the threshold for
        entering parliament and changes how the central election commission is chosen.

        Читайте также / Read also: Как изменится избирательная система после реформы и что это значит для оппозиции / What the reform means for the opposition

        The opposition walked out before the vote and said it would ask the constitutional court to review the law.
    """))
    body = " ".join(article.paragraphs)
    assert article.title == "Parliament approves new electoral code after all-night session"
    assert "Парламент" not in body and "Читайте" not in body and "Lawmakers voted 81 to 12" in body
    assert "constitutional court to review the law" in body
    assert (article.published, article.authors) == (dt.date(2023, 11, 5), ["Nino Beridze"])


def test_a_video_transcript_under_its_label_is_no_part_of_the_story():
    article = clean_text(dedent("""
        Harbour Radio | News
        Ferry returns to port after engine fire

        Watch: The ferry limps into the harbour
        01:52
        Video transcript
        [Sirens]
        REPORTER: The ferry came in just after nine this morning.
        PASSENGER: We saw smoke and then everyone went up on deck.

        The overnight ferry from Tarvik returned to port on Tuesday after a fire broke out in its engine room, the
        operator said, and all 212 passengers were taken off safely.

        Crews put out the fire within an hour, the harbour master said, and an inquiry has been opened.
    """))
    body = " ".join(article.paragraphs)
    assert article.title == "Ferry returns to port after engine fire"
    assert "REPORTER" not in body and "Sirens" not in body and "passengers were taken off safely" in body


def test_a_note_exported_as_markdown_gives_its_first_line_as_title_its_hashtags_as_tags_and_its_source_as_url():
    text = ("Port strike ends after nine days\n#labour #ports\n\nDock workers voted on Thursday to end a nine-day "
            "strike, the union said.\n\nSource: https://harbour.example/news/strike-ends\n")
    cleaned = clean_document(RawDocument(Path("note.md"), "md", text))
    assert cleaned.article.title == "Port strike ends after nine days"
    assert cleaned.article.paragraphs == ["Dock workers voted on Thursday to end a nine-day strike, the union said."]
    assert cleaned.extra["tags"] == ["labour", "ports"] and cleaned.article.url == "https://harbour.example/news/strike-ends"
    with pytest.raises(CleanError):  # a first line that reads as a sentence is no title
        clean_document(RawDocument(Path("p.md"), "md", "Dock workers voted to end the strike.\n\nThe port reopened.\n"))


def test_a_row_of_bracketed_buttons_and_a_caption_credited_after_a_colon_are_no_headline():
    from generator.ingest.lines import has_photo_tail, is_furniture
    assert is_furniture("[ Follow West Coast Wire ]   [ Save ]   [ Not interested ]")
    assert not is_furniture("[Updated] Talks resume in Geneva")
    assert has_photo_tail("The minister speaks outside parliament, with aides looking on. Photo: Chronicle pictures")


def test_an_error_invitation_a_broadcasters_lead_in_and_pointers_and_an_end_mark():
    from generator.ingest.lines import is_furniture, normalize_line
    assert is_furniture("Spotted an error? Write to corrections@harbour.example")
    assert is_furniture("On-air intro: Two years after the crash, the country stopped work today. Our reporter has more.")
    assert is_furniture("Hear more on Harbour Evening, weekdays from 6pm, and on our podcast.")
    assert not is_furniture("The minister said he had found an error in the figures and would correct them.")
    assert normalize_line("whether it can still afford to do both.  \u25a0") == "whether it can still afford to do both."


def test_a_partners_note_that_it_first_published_the_story_is_no_part_of_it():
    from generator.ingest.lines import is_furniture
    assert is_furniture("This story was originally published by Coral Sea Reporting Project and is republished here "
                        "with permission.")
    assert not is_furniture("The story was first published by the paper's rival on Tuesday, the minister said.")


def test_a_draft_pasted_with_its_tracked_changes_reads_as_with_every_change_accepted():
    article = clean_text(dedent("""
        PORT-STRIKE_v2.docx
        Track Changes: ON | Author: Mira Okafor

        Port strike ends after nine days

        By Mira Okafor

        Dock workers voted on Thursday to end a nine-day strike, a decision that [Deleted: stunned][Inserted: surprised] the port authority.[Comment MO1]

        The union said the vote was close. [Deleted: Its leader refused to give the exact count.] [Inserted: Members will see the new contract on Monday.]

        COMMENTS
        [MO1] Mira Okafor 02/05 14:48: check the wording of the vote.
    """))
    body = " ".join(article.paragraphs)
    assert "a decision that surprised the port authority." in body and "stunned" not in body
    assert "Members will see the new contract on Monday." in body and "refused" not in body
    assert "[" not in body and "check the wording" not in body


def test_a_reader_view_saved_as_text_gives_its_headline_not_its_author_line():
    article = clean_text(dedent("""
        Port council votes to close the old fish market after 90 years
        harbourpost.example
        Maren Solberg
        5–6 minutes

        HAVNBY — The harbour council voted on Monday to close the old fish market on the north quay, ending ninety
        years of trading there, after engineers found that the pier could no longer carry the lorries.

        The traders' association said it would ask the regional court to review the decision to close the market.
    """))
    assert article.title == "Port council votes to close the old fish market after 90 years"
    assert not any("minutes" in p or "harbourpost" in p for p in article.paragraphs)


def test_a_story_pasted_into_a_chat_is_the_story_between_two_messages_headers():
    story = [f"Paragraph {i} of the story tells how the coalition lost its majority and what the parties said, "
             f"in words long enough to be a real paragraph of news copy." for i in range(1, 8)]
    chat = "\n\n".join([
        "# politics-desk", "Star  |  12 members  |  Topic: paste full texts for paywalled pieces, please.",
        "Monday, October 28th", "Ana Ruiz  9:12 AM",
        "Final numbers are in. Pasting the Ledger write-up because their site is paywalled for most of us :thread:",
        "Ruling coalition loses its majority in blow to prime minister", "By Kenji Morimoto", *story,
        ":white_check_mark: 4  :pray: 1", "Li Wei  9:20 AM",
        "Any read on whether the small party goes in? Their tax pledge looks like the price of it.",
    ])
    article = clean_text(chat)
    assert article.title == "Ruling coalition loses its majority in blow to prime minister"
    assert article.paragraphs == story
    assert article.authors == ["Kenji Morimoto"]


def test_a_reply_with_comments_between_the_quoted_paragraphs_gives_the_quoted_story_alone():
    story = [f"TBILISI - Paragraph {i} of the story tells how the rally went and what the president said, in "
             f"words long enough to be a real paragraph of news copy." for i in range(1, 14)]
    quoted = ["Ledger | Politics | 28 October 2024", "", "Opposition rallies as president rejects the vote", "",
              "By Levan Kiknadze", ""]
    for i, p in enumerate(story):
        quoted += [p, ""]
    lines = ["> " + q if q else ">" for q in quoted]
    lines.insert(12, "\n[KV: the 53.9 is the 99.9% figure - don't quote seat numbers yet.]\n")
    mail = ("From: Kat Vogel <k@example.org>\nTo: Piet <p@example.org>\nSubject: Re: rally tonight\n\n"
            "Thanks - filed. Two comments inline below.\n\nK.\n\nOn Mon, 28 Oct 2024 at 23:02, Piet wrote:\n"
            + "\n".join(lines))
    article = clean_text(mail)
    assert article.title == "Opposition rallies as president rejects the vote"
    assert article.paragraphs == story


def test_a_read_later_apps_markdown_export_keeps_its_highlights_and_notes_apart():
    text = ("---\ntitle: \"Port strike ends\"\nauthor: Mira Okafor\nsite: Harbour Ledger\n"
            "url: https://ledger.example/port-strike\ndate_saved: 2025-05-03 07:00:00\n"
            "date_published: 2025-05-02 18:05:00\n---\n\n# Port strike ends\n\n#Shelfmark #ports\n\n"
            "[Read Original](https://ledger.example/port-strike)\n\n## Content\n\n"
            "Dock workers voted on Thursday to end a nine-day strike.\n\n"
            "The union said its members had won a pay rise of seven percent.\n\n## Highlights\n\n"
            "> Dock workers voted on Thursday to end a nine-day strike.\n\nNote: check the vote count.\n")
    cleaned = clean_document(RawDocument(Path("n.md"), "md", text))
    article = cleaned.article
    assert article.paragraphs == ["Dock workers voted on Thursday to end a nine-day strike.",
                                  "The union said its members had won a pay rise of seven percent."]
    assert (article.published, article.outlet) == (dt.date(2025, 5, 2), "Harbour Ledger")
    assert "Note: check the vote count." in cleaned.extra["notes"]


@pytest.mark.parametrize("story, header, title, joint", [
    # a print deck broken over two lines is no headline
    ("LISBON - Paragraph {i}: the centre-right alliance edged out the Socialists while the far right quadrupled its "
     "seats, and Ventura demands a say in government, the leaders said.",
     ["WORLD", "THE HARBOUR COURIER Tuesday, March 12, 2024", "PORTUGAL ELECTION",
      "Centre-right alliance edges out Socialists as far right quadruples its seats",
      "Alliance falls well short of a majority; far-right leader", "Ventura demands a say in government",
      "By Ines Carvalho"],
     "Centre-right alliance edges out Socialists as far right quadruples its seats", "\n\n"),
    # a headline ending in a quotation is over its deck of sentences
    ("Paragraph {i}: the flood toll rose as rescuers searched garages and the prime minister warned the emergency "
     "was not over, and mourning began in the region, officials said.",
     ["RIVERSIDE INSIDER - English news", "Menu", "NEWS | FLOODS",
      'Flood toll rises to 158 as prime minister warns the emergency is "not over"',
      "Rescuers search garages and cars buried in mud; three days of mourning begin",
      "Insider reporters", "Published: 31/10/2024 - 20:14 CET"],
     'Flood toll rises to 158 as prime minister warns the emergency is "not over"', "\n"),
])
def test_the_headline_is_the_line_over_its_deck(story: str, header: list[str], title: str, joint: str):
    page = joint.join([*header, *(story.format(i=i) for i in range(1, 6))])
    assert clean_text(page).title == title


def test_a_notes_apps_export_gives_its_properties_callouts_byline_and_appendix_their_places():
    text = ("# Port strike ends after nine days\n\nCreated: May 2, 2025 6:02 PM\nType: Clipping\n"
            "Source: https://ledger.example/port-strike\nTags: ports, labour\nStatus: To process\n\n"
            "<aside>\n📌 For the ports tracker. Check the vote count.\n\n</aside>\n\n"
            "![dock.jpg](Port%20strike%20ends%201f9a/dock.jpg)\n\n*Dockers leave the gate. (Ledger)*\n\n"
            "**By Mira Okafor** · Harbour Ledger · Updated 4 hrs ago · 6 min read\n\n"
            "ANTWERP — Dock workers voted on Thursday to end a nine-day strike that had stranded ships.\n\n"
            "The union said its members had won a pay rise of seven percent over two years.\n\n---\n\n"
            "**Key numbers**\n\n- Pay rise: 7%\n- Days on strike: 9\n\n"
            "Related: [Ports tracker](../Ports%20tracker%20c47e.md)\n")
    cleaned = clean_document(RawDocument(Path("n.md"), "md", text))
    article = cleaned.article
    assert article.paragraphs == [
        "ANTWERP — Dock workers voted on Thursday to end a nine-day strike that had stranded ships.",
        "The union said its members had won a pay rise of seven percent over two years."]
    assert (article.published, article.url, article.authors) == (
        dt.date(2025, 5, 2), "https://ledger.example/port-strike", ["Mira Okafor"])
    assert cleaned.extra["tags"] == ["ports", "labour"]
    assert "For the ports tracker" in cleaned.extra["notes"] and "Days on strike: 9" in cleaned.extra["notes"]


# A newspaper page through PDF-to-text: a column 40 characters wide whose paragraphs follow each other without a
# blank line, a photo caption and its credit set inside the column, a sentence cut where the column ends, and a
# jump to another page with the rest of that page (an ad, the next page's head, a corrections box) in between.
PRINT_COLUMNS = (
    "8\nNATION\nTHE HARBOUR LEDGER Friday, May 9, 2025\n"
    "Tram vote splits city council\n"
    "By MARTA LINDQVIST\n\n"
    "ÅLESUND — The city council approved\n"
    "the harbour tram on Thursday by a single\n"
    "vote, after a de-\n"
    "bate that ran into the night and left\n"
    "the coalition openly divided.\n"
    "Mayor Ingrid Solberg, who had staked her\n"
    "second term on the line, said the vote\n"
    "showed the city was ready to build.\n"
    "The opposition leader, Henrik Dahl, a\n\n"
    "former ferry captain, called the project\n"
    "a costly mistake and said his party\n"
    "would take the fight to the county.\n\n"
    "Councillors debate the tram plan at the\n"
    "town hall late on Thursday.\n"
    "PHOTO: ANE BERG / HARBOUR LEDGER\n\n"
    "The council's transport committee an-\n"
    "nounced a public hearing and a pro-mar-\n"
    "ket review of the o\ufb03ce budget, even\n"
    "Continued on Page 9\n\n"
    "LEDGER PLUS\nEvery edition on your phone. Subscribe\ntoday at ledger.example/plus\n"
    "\fTHE HARBOUR LEDGER Friday, May 9, 2025\nNATION\n9\n"
    "CORRECTIONS\n"
    "A report on Tuesday gave the wrong\n"
    "date for the ferry timetable change.\n"
    "It starts on June 1.\n\n"
    "Tram\nFrom Page 8\n"
    "though the county has yet to approve\n"
    "the loan that pays for the line.\n"
    "Work is due to start next spring. \u25a0\n"
)


def test_a_newspaper_column_keeps_its_paragraphs_and_runs_across_a_caption_and_a_jump(tmp_path: Path):
    source = tmp_path / "page.txt"
    source.write_text(PRINT_COLUMNS, encoding="utf-8")
    article = clean_text(read_document(source).text)
    assert article.title == "Tram vote splits city council"
    assert article.paragraphs == [
        "ÅLESUND — The city council approved the harbour tram on Thursday by a single vote, after a debate that ran"
        " into the night and left the coalition openly divided.",
        # a sentence ending with room left on its line ended the paragraph
        "Mayor Ingrid Solberg, who had staked her second term on the line, said the vote showed the city was ready"
        " to build.",
        # cut at the column's foot, it goes on in lower case at the next column's head
        "The opposition leader, Henrik Dahl, a former ferry captain, called the project a costly mistake and said"
        " his party would take the fight to the county.",
        # "an-" "nounced" and "pro-mar-" "ket" were split by syllable; the ligature is two letters; the corrections
        # box and the ad on the way to page 9 are no part of it
        "The council's transport committee announced a public hearing and a pro-market review of the office budget,"
        " even though the county has yet to approve the loan that pays for the line.",
        "Work is due to start next spring.",
    ]


def test_a_broadcast_transcripts_header_and_notices_are_no_part_of_it():
    article = clean_text(dedent("""
        HARBOUR TELEVISION NEWS

        SHOW: EVENING BULLETIN 18:00

        Ferry Crews End Strike After Rota Deal, Sailings Resume Saturday

        Aired April 11, 2025 - 18:00   ET

        THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

        CAST: Mira Holt, Ben Achterberg

        [18:00:02]

        MIRA HOLT, HTN ANCHOR: Good evening. Ferry crews on the island routes ended their four-day strike this afternoon.

        BEN ACHTERBERG, HTN CORRESPONDENT: Mira, the union says the new rota was the deal breaker, and members backed it by a wide margin.

        (COMMERCIAL BREAK)

        END

        Content and programming copyright 2025 Harbour Television. All Rights Reserved.
    """))
    assert article.title == "Ferry Crews End Strike After Rota Deal, Sailings Resume Saturday"
    assert article.paragraphs[0].startswith("MIRA HOLT, HTN ANCHOR: Good evening.")
    assert not any("TRANSCRIPT" in p or "CAST:" in p for p in article.paragraphs)


def test_a_feeds_delivery_note_and_a_copyright_sign_at_a_lines_end_close_the_story():
    article = clean_text(dedent("""
        Ferry crews end strike after rota deal

        Ferry crews on the island routes ended a four-day strike on Friday after the operator agreed to a new rota.

        The operator said sailings would resume on Saturday morning, starting with the first crossing.

        This story was delivered in full by the publisher's feed. Harbour Ledger \u00a9 2025.
    """))
    assert article.paragraphs[-1].startswith("The operator said") and len(article.paragraphs) == 2


def test_a_page_set_in_two_columns_reads_one_column_after_the_other(tmp_path: Path):
    left = textwrap.wrap("ÅLESUND – Ferry crews on the island routes ended a four-day strike on Friday after the"
                         " operator agreed to a new rota, the union said, and the first boats were due to sail on"
                         " Saturday morning from the old quay near the fish market, where crowds had waited since"
                         " dawn for news of the talks between the union and the operator's managers.", 38)
    right = textwrap.wrap("The operator said tickets for cancelled trips would be refunded within two weeks, and that"
                          " the new rota would be reviewed by both sides in the autumn after a season of full"
                          " sailings on every route, and the union said its members would vote on the final text"
                          " of the agreement at a meeting in the town hall next month.", 38)
    rows = [f"{a:<44}{b}" if b else a for a, b in itertools.zip_longest(left, right, fillvalue="")]
    page = "HARBOUR BULLETIN            No. 12 · Saturday 12 April 2025          page 1\n\n" \
           "Ferry crews end strike after rota deal\n\n" + "\n".join(rows) + "\n"
    source = tmp_path / "bulletin.txt"
    source.write_text(page, encoding="utf-8")
    article = clean_text(read_document(source).text)
    assert article.paragraphs == [" ".join(left), " ".join(right)]


def test_a_wrapped_quotation_waits_for_its_speaker_on_the_next_line():
    article = clean_text(dedent("""
        Ferry crews end strike after rota deal

        Ferry crews on the island routes ended a four-day strike on Friday, the union said on its website.

         "We have won what we came for, and the boats sail tomorrow,"
         Ruiz said.

        Sailings resume on Saturday morning, the operator said in a statement.
    """))
    assert '"We have won what we came for, and the boats sail tomorrow," Ruiz said.' in article.paragraphs


def test_an_outliners_page_gives_its_properties_its_storys_blocks_and_its_other_sections_as_notes():
    text = ("title:: Harbour strike 2025\ntype:: [[clipping]]\n"
            "source:: [Harbour Ledger](https://ledger.example/strike-ends)\noutlet:: [[Harbour Ledger]]\n"
            "published:: [[May 2nd, 2025]]\ntags:: ports, labour\n\n"
            "- ## Summary\n\t- Strike over; pay rise of 7%. #followup\n"
            "- ## Article\n\t- **Dock workers end nine-day strike after pay deal**\n"
            "\t- *By Mira Okafor, Harbour Ledger* · May 2, 2025\n"
            "\t- ANTWERP — Dock workers voted on Thursday to end a strike that had ^^stranded 40 ships^^.\n"
            "\t  id:: 672c4b1e-8d3a-4f0e-9a61-2f7c1b5d9e44\n"
            "\t- The union's leader, [[Ana Ruiz]], said members had won a pay rise.\n"
            "- ## Notes\n\t- TODO ask the union for the vote count\n\t- {{query (task TODO)}}\n")
    cleaned = clean_document(RawDocument(Path("p.md"), "md", text))
    article = cleaned.article
    assert article.title == "Dock workers end nine-day strike after pay deal"  # the story's headline, not the page's
    assert article.paragraphs == [
        "ANTWERP — Dock workers voted on Thursday to end a strike that had stranded 40 ships.",
        "The union's leader, Ana Ruiz, said members had won a pay rise."]
    assert (article.published, article.url, article.outlet, article.authors) == (
        dt.date(2025, 5, 2), "https://ledger.example/strike-ends", "Harbour Ledger", ["Mira Okafor"])
    assert cleaned.extra["tags"] == ["ports", "labour"]
    assert "pay rise of 7%" in cleaned.extra["notes"] and "ask the union" in cleaned.extra["notes"]
    # a page with no headline block of its own is named by its page name
    plain = clean_document(RawDocument(Path("q.md"), "md", "title:: Port strike\n\n- The strike ended on Friday"
                                                             " after nine days, the union said.\n")).article
    assert plain.title == "Port strike" and plain.paragraphs == [
        "The strike ended on Friday after nine days, the union said."]


@pytest.mark.parametrize("line, expected", [
    ("1.4K shares   f   X   in   \u2709", True),
    ("2,310 likes", True),
    ("[Advertisement removed by Clipwise]", True),
    ("[Embedded video]", True),
    ("3 shares of the company rose", False),
    ("[The minister] said the post was vacant.", False),
    # a paywall's interruptions inside a copied story
    ("Subscribe to keep reading. Get unlimited access on web and app and our full archive.", True),
    ("You have read 3 of 3 free articles this month.", True),
    ("Get the Harbour Weekly newsletter, every Thursday. Included with Premium.", True),
    ("Comments are available to subscribers only.", True),
    ("Netflix subscribers can watch the film from Friday.", False),
    ("Subscribers to the service rose 8% in the quarter, the company said.", False),
])
def test_a_share_bar_a_clippers_placeholder_and_a_paywalls_interruptions_are_furniture(line, expected):
    assert is_furniture(line) is expected


def test_a_printed_reports_footnotes_and_their_marks_leave_the_text():
    text = dedent("""
        HARBOUR RISK WEEKLY
        No. 8/2025 | 28 February 2025

        Court jails port chief for defying the regulator

        A court in Bergen on Wednesday sentenced the port chief, Ola Berg, to one year in prison for defying
        the regulator, in the most serious crisis at the port in years.

        In a statement after the verdict, the court said it had faced "pressure from the public" during the
        trial.1 Berg said he would appeal and that the ruling was political.

        1 Bergen District Court, statement on the verdict, case no. 24-118,
        26 February 2025.
        Harbour Risk d.o.o. · Restricted                                        2

        The council met on Wednesday evening and backed Berg, though the opposition stayed away from the
        vote.2 The regulator said it would not comment on the ruling until it was final.

        2 Bergen council, special session of 27 February 2025; vote count as reported.
        Harbour Risk d.o.o. · Restricted                                        3
        """)
    article = clean_text(text)
    body = "\n".join(article.paragraphs)
    assert "during the trial. Berg said" in body and "from the vote. The regulator" in body
    assert "statement on the verdict" not in body and "special session" not in body and "26 February 2025." not in body
    assert "In a statement after the verdict" in body and "one year in prison" in body


@pytest.mark.parametrize("mark", ["(END) K.J. / M.W.", "(ENDS) jk/mw", "(END)"])
def test_an_agencys_end_mark_with_its_editors_initials_closes_the_story(mark: str) -> None:
    article = clean_text(dedent(f"""
        Ferry crews end strike after rota deal

        HARBOURTON, April 11 (Coast Agency) -- Ferry crews on the island routes ended a four-day strike on Friday after
        the operator agreed to a new rota.

        The operator said sailings would resume on Saturday morning, starting with the first crossing.

        {mark}

        Keywords: ferry strike rota
    """))
    assert article.paragraphs[-1].startswith("The operator said")
    from generator.ingest.lines import intrinsic_kind
    assert intrinsic_kind("(END) The talks go on, the agency said.") == "prose"


def test_a_notes_apps_raw_export_leaves_its_fields_under_the_text_and_the_bylines_date_is_the_articles():
    fields = ("id: 0f3a\nparent_id: 9c1e\ncreated_time: 2025-06-03T08:00:00.000Z\nupdated_time: 2025-06-03T08:05:00.000Z\n"
              "is_conflict: 0\nauthor: \nsource_url: https://ledger.example/strike-ends\nis_todo: 0\n"
              "user_created_time: 2025-06-03T08:00:00.000Z\nmarkup_language: 1\ntype_: 1")
    text = ("Dock workers end nine-day strike after pay deal\n\n"
            "By Mira Okafor | 2 May 2025\n\n"
            "ANTWERP — Dock workers voted on Thursday to end a strike that had stranded 40 ships.\n\n"
            "The union's leader, Ana Ruiz, said members had won a pay rise of seven percent.\n\n" + fields + "\n")
    article = clean_document(RawDocument(Path("note.md"), "md", text)).article
    assert article.title == "Dock workers end nine-day strike after pay deal"
    assert article.paragraphs[-1].startswith("The union's leader")
    assert article.url == "https://ledger.example/strike-ends" and article.authors == ["Mira Okafor"]
    assert article.published == dt.date(2025, 5, 2)  # the by-line's, not the clip's


def test_a_wiki_pages_markup_gives_its_pasted_storys_headline_source_line_and_text_and_the_rest_as_notes():
    text = ("{{Desk page\n| desk = Ports\n| status = {{Status|current}}\n}}\n__TOC__\n\n"
            "== Summary ==\n* Strike over; pay rise of 7%. See [[Ports/Antwerp|the port page]].\n\n"
            "== Source article ==\n<div class=\"meta\">'''Outlet:''' Harbour Ledger &nbsp;·&nbsp; '''Published:''' "
            "2 May 2025 &nbsp;·&nbsp; '''By:''' Mira Okafor and Tom Hale &nbsp;·&nbsp; '''Retrieved:''' 3 May 2025</div>\n\n"
            "=== Dock workers end nine-day strike after pay deal ===\n\n"
            "'''ANTWERP''' — Dock workers voted on Thursday to end a strike in [[Antwerp]] that had stranded 40 "
            "ships.<ref>Port authority figures.</ref>\n\n"
            "The union's leader, [[Ana Ruiz (unionist)|Ana Ruiz]], said members had won a pay rise of seven percent.\n\n"
            "<references/>\n\n== Desk notes ==\n* Ask the union for the vote count. ~~~~\n\n[[Category:Ports]]\n")
    cleaned = clean_document(RawDocument(Path("page.txt"), "txt", text))
    article = cleaned.article
    assert article.title == "Dock workers end nine-day strike after pay deal"
    assert article.published == dt.date(2025, 5, 2) and article.outlet == "Harbour Ledger"
    assert article.authors == ["Mira Okafor", "Tom Hale"]
    assert article.paragraphs == [
        "**ANTWERP** — Dock workers voted on Thursday to end a strike in Antwerp that had stranded 40 ships.",
        "The union's leader, Ana Ruiz, said members had won a pay rise of seven percent.",
    ]
    assert "Ask the union for the vote count." in cleaned.extra["notes"] and "Strike over" in cleaned.extra["notes"]
    assert "Category" not in cleaned.extra["notes"] and "{{" not in cleaned.extra["notes"]


def test_a_channels_on_air_promotion_over_the_headline_is_furniture():
    article = clean_text(dedent("""
        HARBOUR24 | TV · NEWS · SPORT

        SPORT  >  FOOTBALL

        LIVE NOW ON HARBOUR24 SPORT: Cup final reaction – the celebrations in the old port

        Late header gives Harbour City their first European trophy

        Published 30/05/2024 01:12 | By Nikos Pappas, Sport desk

        Harbour City became the first club from the coast to win a European trophy on Wednesday night when a late
        header beat the visitors 1-0 in the final.

        The club's coach said the win belonged to the supporters who had waited fifty years for it.
    """))
    assert article.title == "Late header gives Harbour City their first European trophy"


@pytest.mark.parametrize("line, expected", [
    ("ANALYSIS › Why the harbour vote matters for the coalition", True),
    ("MEMBERSHIP: Good reporting takes time and money. Support the Harbour Times from €2 a month. Join today", True),
    (">> Get breaking news on Signal: follow the Harbour Times channel. Tap here to join.", True),
    ("This story was updated at 18:40 to add comments from the mayor's office.", True),
    ("Need to talk? If you have been affected by this story, helplines are listed on our support page.", True),
    ("The opinion of the court was that the story had been updated twice.", False),
    ("Analysts said the ruling would be appealed.", False),
])
def test_section_links_membership_appeals_update_notes_and_helpline_notes_are_furniture(line, expected):
    assert is_furniture(line) is expected


@pytest.mark.parametrize("line, expected", [
    ("HarbourPay: send money home this Christmas for free. T&Cs apply.", True),
    ("Moving to Corvania? Compare health insurance premiums in two minutes.", True),
    ("SPONSORED \u00b7 Trade 9,000+ stocks commission-free. Capital at risk.", True),
    ("This article is for information only and does not constitute investment advice.", True),
    ("Player of the match: Tom Reyes \u00b7 Player of the tournament: Ana Silva", True),
    ("What next? Get the vote out, he told supporters on Sunday.", False),
    ("The fund said the plan put its capital and its members at risk of losses.", False),
])
def test_small_print_disclaimers_pitches_and_a_matchs_fact_box_are_furniture(line, expected):
    assert is_furniture(line) is expected


@pytest.mark.parametrize("ad", [
    "Riverside Credit Union — Auto loans from 5.49% APR. Apply today.",
    "Open a savings account in minutes. Harbour Bank. Ts&Cs apply.",
])
def test_the_one_line_under_a_lone_advertisement_label_is_the_ad_and_the_story_goes_on(ad):
    article = clean_text(dedent(f"""
        Dock workers end a two-week strike

        By Ama Owusu
        Tuesday 4 June 2024

        The dock workers' union ended its strike on Monday after the port authority agreed to a new pay scale.

        ADVERTISEMENT
        {ad}

        Ships that had waited offshore for days began to berth on Monday night, officials said.
    """))
    text = "\n".join(article.paragraphs)
    assert ad not in text and "ADVERTISEMENT" not in text
    assert text.rstrip().endswith("began to berth on Monday night, officials said.")
    assert text.startswith("The dock workers' union ended its strike")


@pytest.mark.parametrize("label, ad", [
    ("ADVERTISEMENT", "Send money home in minutes with RiverPay. Zero fees on your first transfer."),
    ("Support for the Statehouse Report comes from", "Lakeside Credit Union. Rates as low as 5.49% APR on auto loans."),
])
def test_an_ads_or_an_underwriters_line_under_its_label_is_not_the_story(label, ad):
    article = clean_text(dedent(f"""
        Lawmakers walk out to block the new map

        By Ana Ruiz
        Tuesday 5 August 2025

        Democrats left the state on Sunday to deny the chamber the quorum it needs to pass the map.

        {label}
        {ad}

        The speaker said the chamber would meet again on Monday, officials said.
    """))
    text = "\\n".join(article.paragraphs)
    assert ad not in text and label not in text
    assert text.rstrip().endswith("would meet again on Monday, officials said.")


def test_a_plain_text_mails_link_on_its_own_line_does_not_cut_the_sentence():
    story = [f"Paragraph {i}: the warrants carry no criminal charges and can be enforced only inside the state, "
             f"officials said on Monday." for i in range(1, 5)]
    page = "\n\n".join(["Statehouse Report", "Warrants issued for absent lawmakers", "By Mara Lind", *story,
                        "Most of them are in Illinois. The governor said in a\nstatement\n"
                        "<https://gov.example/news/post/governor-directs-troopers>\n"
                        "that he had directed troopers to find the missing members.", *story])
    body = clean_text(page).paragraphs
    assert ("Most of them are in Illinois. The governor said in a statement that he had directed troopers to find "
            "the missing members.") in body
    assert not any("gov.example" in p for p in body)


def test_a_copyright_with_no_holder_names_no_outlet_and_a_published_by_footer_does():
    assert outlet_from_lines(["(c) 2024 All rights reserved."], []) == ""
    assert outlet_from_lines(["Harbour Daily is published by Harbour Media LLC, Jersey City, NJ. (c) 2024 All rights "
                              "reserved."], ["HARBOUR DAILY"]) == "Harbour Daily"


def test_the_title_a_page_credits_itself_by_outranks_its_publishing_company() -> None:
    lines = ["Ana Ruiz and Tomas Berg (The Borneo Ledger)", "(The Borneo Ledger/Lena Holm)",
             "Download The Borneo Ledger app: App Store | Google Play", "(c) 2022 PT Borneo Media Prima. All rights reserved."]
    assert outlet_from_lines(lines, []) == "The Borneo Ledger"
    lines = ["By Sulaymaniyah Today staff", "(Sulaymaniyah Today/Ana Ruiz)", "\u00a9 2023 Sulaymaniyah Today Media."]
    assert outlet_from_lines(lines, []) == "Sulaymaniyah Today"
    # (a title credited once, or sharing no word with the holder, leaves the holder)
    assert outlet_from_lines(["(Reuters/Ana Ruiz)", "(Reuters/Tomas Berg)", "\u00a9 2024 Harbour Daily Ltd"], []) == "Harbour Daily"


def test_a_photo_credit_s_copyright_names_the_picture_s_holder_not_the_outlet() -> None:
    lines = ["Image: The minister arrives at the court on Thursday. \u00a9 Riverside Gazette/Anna Holm",
             "The court ruled on Thursday.", "\u00a9 2025 Riverside Gazette SARL. All rights reserved."]
    assert outlet_from_lines(lines, []) == "Riverside Gazette"
    assert outlet_from_lines(["\u00a9 2024 Fjord Capital Journal A/S"], []) == "Fjord Capital Journal"
    assert outlet_from_lines(["Protesters in the square. \u00a9 Reuters/Jane Roe"], []) == ""


@pytest.mark.parametrize("line", ["\u23f1 6 min read \U0001f3a7 Listen", "\u23f1 4 min read", "\U0001f4ac 12 comments"])
def test_labels_each_after_its_icon_are_furniture(line: str) -> None:
    assert is_furniture(line)


def test_a_sentence_with_an_icon_in_it_is_not_furniture() -> None:
    assert not is_furniture("The minister \U0001f3a7 said the talks would resume.")


BILINGUAL_PAGE = """\
EL MIRADOR | English Edition
Inicio
Nacionales
Suscríbase
Inicio > Elecciones > Presidenciales
Council declares Ruiz the winner after 24-day count; rival alleges fraud
The ruling party's candidate wins by less than one point; one councillor refuses to sign the declaration
Por / By Marta Solís
Publicado: 25/12/2025 - 07:30
[Foto] Ana Ruiz speaks to supporters in the capital in a file photo from the campaign. (El Mirador)
PUERTO ELDA - The National Electoral Council on Wednesday declared Ana Ruiz of the ruling party the winner of the presidential election, ending a count of more than three weeks.
Ruiz, 61, won 40.3% against 39.5% for her rival, a margin of about 27,000 votes, and is due to take office in January.
PUBLICIDAD
Banco del Sol: Tu aguinaldo rinde más con nuestra cuenta de ahorro. Aplican condiciones.
Her rival rejected the result, said tally sheets had been left out of the count and urged his supporters to stay calm.
The council's third member refused to sign the declaration and has filed a complaint with the prosecutor's office.
© 2025 El Mirador
"""


def test_a_pages_labels_in_another_language_mark_its_photo_and_its_advert_around_an_english_story():
    article = clean_text(BILINGUAL_PAGE)
    assert article.title == "Council declares Ruiz the winner after 24-day count; rival alleges fraud"
    text = "\n".join(article.paragraphs)
    assert "PUBLICIDAD" not in text and "Banco del Sol" not in text and "[Foto]" not in text
    assert text.startswith("PUERTO ELDA - The National Electoral Council") and text.endswith("prosecutor's office.")


def test_a_link_to_the_live_page_over_the_headline_is_no_headline():
    """"LIVE: ..." over a story is the outlet's link to its live page, like "READ MORE: ...": not the title."""
    article = clean_text(dedent("""
        The Harbour Courier
        Home | World | Politics | Sport
        LIVE: Thousands march on parliament after the budget vote

        Parliament passes the budget after a night of talks

        By Jane Roe
        3 March 2024

        The parliament passed the budget early on Sunday after a night of talks between the coalition parties.

        The opposition said it would challenge two of its measures in court, and unions called a strike for Friday.
    """))
    assert article.title == "Parliament passes the budget after a night of talks"
    assert not any("LIVE" in p for p in article.paragraphs)


def test_a_header_of_menu_lines_is_not_read_as_a_column_wrapped_at_its_headlines_width():
    """A page's header is a block of single lines: menu entries, a date line, a headline and its deck. Its few
    long lines end near one width by chance; a column wrapped at a width has most of its lines there, so the
    headline is not joined to the deck under it as if the wrapper had broken them."""
    article = clean_text(dedent("""
        Skip to content
        THE SOUTHERN LEDGER
        News from the river provinces since 1987
        Tuesday 14 March 2023 | Rosario 22°C | Soy futures 512.40 / wheat 244
        Login | Newsletter | Donate
        Politics
        Economy
        Society
        Sport
        LIVE: Farmers block the main road to the port after the export tax vote
        Politics > Congress
        Senate passes the export tax on grain after a night of talks in the chamber
        Farm groups call a strike for Friday; the governor of Santa Fe says the province will go to court
        By Marta Quiroga
        14 March 2023 – 09:12

        The Senate passed the export tax on grain early on Tuesday after a night of talks between the ruling party and its allies.

        Farm groups called a strike for Friday and said they would block the roads to the ports of the province.

        The governor said the province would challenge the tax in court, and the opposition promised to repeal it.
    """))
    assert article.title == "Senate passes the export tax on grain after a night of talks in the chamber"
    assert not any("Senate passes the export tax on grain after a night" in p for p in article.paragraphs)


@pytest.mark.parametrize("line, expected", [
    ("Lecce: 41 pts after 30 games · Lead: 3 pts · Games left: 8", True),
    ("Lecce 4-0 Verona · Goals: Rossi 12', Bianchi 77'", True),
    ("Posted: Jan 06, 2025 11:02 AM EST | Last Updated: 3 hours ago", False),
    ("The vote was 117 to 174 · a narrow result in 2021 for the coalition of parties.", False),
])
def test_a_row_of_figures_set_off_by_dots_is_a_fact_box_but_a_date_line_is_not(line: str, expected: bool) -> None:
    assert is_furniture(line) is expected
