"""Raw document → clean article: the headline, the body paragraphs, and what the page says about itself.

A text scrape is a column of lines: menus, the headline, by-line and date,
photo captions, the article, credits, related links, the footer. No rule per
outlet survives the next outlet, so the lines are judged by their shape:

* every line gets a kind (prose, furniture, caption, by-line, date, credit, ...)
  from general signals: sentence shape and length, repetition, known page
  vocabulary ("Share on", "Most read", "All rights reserved");
* prose lines weigh their length, the rest weigh against it, and credit lines,
  copyright lines and long rules are walls: the body is the heaviest run of
  lines between two walls (a maximum-sum subarray, as in body-text extraction);
* the headline is the nearest headline-shaped line before that run.

Saved web pages go through :mod:`generator.ingest.html` first; their paragraphs
then pass the same line filters. Markdown input is taken as it is.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

import yaml

from generator.ingest.html import NoArticle, Page, extract_page
from generator.ingest.types import CleanArticle, RawDocument


class CleanError(Exception):
    """The document holds no usable article; the message is one line, without the path."""


@dataclass
class Cleaned:
    article: CleanArticle
    markdown: bool = False  # paragraphs are Markdown already (html, md): merge must not escape them
    extra: dict = field(default_factory=dict)  # front matter carried over from .md input


_NO_TITLE = {
    "txt": "no title found (the headline should be a line of its own before the article)",
    "html": "no title found (the page has no <h1>, og:title or JSON-LD headline)",
    "md": "no title found (add 'title:' to the front matter or start with a '# Heading')",
}


def clean_document(
    doc: RawDocument, *, date: dt.date | None = None, url: str | None = None, outlet: str | None = None
) -> Cleaned:
    """Clean any input kind; the options given on the command line win over what the page says."""
    if doc.kind == "html":
        cleaned = _from_page(doc.text)
    elif doc.kind == "md":
        cleaned = _from_markdown(doc.text)
    else:
        cleaned = Cleaned(clean_text(doc.text))
    article = cleaned.article
    if not article.title:
        raise CleanError(_NO_TITLE[doc.kind])
    if not article.paragraphs:
        raise CleanError("no article text found")
    if date is not None:
        article.published = date
    if url is not None:
        article.url = url
    if outlet is not None:
        article.outlet = outlet
    language = detect_language(" ".join([article.title, *article.paragraphs]))
    if language != "en":
        name = LANGUAGE_NAMES.get(language)
        raise CleanError(f"the text is in {name}, not English" if name else "the text is not English")
    return cleaned


# -- line vocabulary ----------------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_CLOSERS = "\"'\u201d\u2019\u00bb)]*"
_TERMINAL = (".", "?", "!", "\u2026", ".\u201d")
_RULE = re.compile(r"[-=_~*#\u2014\u2013\u2500\u2550]{10,}")
_SHORT_RULE = re.compile(r"[-=_~*#\u2022\u00b7.\s\u2014\u2013]{3,}")

_MONTH = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}:\d{2}))"  # "March 29, 20225:56 PM": a scrape ran the time on
_DATES = (
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})" + _YEAR_END, re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})" + _YEAR_END,
               re.I),
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})-(?P<mon>\d{2})-(?P<day>\d{2})(?!\d)"),
)
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_DIGIT = re.compile(r"\d")
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\b", re.I)
_PUBLISHED_LABEL = re.compile(r"\b(?:published|posted|first published|issued|dated?)\b", re.I)
_UPDATED_LABEL = re.compile(r"\b(?:updated|modified|edited|last changed)\b\W*$", re.I)

_CREDIT = re.compile(
    r"^\(?\s*(?:"
    r"with\s+(?:additional\s+)?reporting\s+(?:by|from)\b"
    r"|(?:additional\s+)?reporting\s+by\b.*(?:;|\b(?:editing|writing|compiled)\s+by\b)"
    r"|(?:additional\s+reporting|editing|writing|compiled|compiling)\s+by\b"
    r"|with\s+files\s+from\b"
    r"|reporting\s+by\b[^()]*\)\s*$"  # "(Reporting by Jane Roe in Lagos)": the wire's credit, in brackets
    r")",
    re.I,
)
_CONTRIBUTED = re.compile(r"\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\b", re.I)
_COPYRIGHT = re.compile(r"^(?:\u00a9|\(c\)\s|copyright\b)|\ball rights reserved\b", re.I)
_HOLDER = re.compile(
    r"(?:\u00a9|\(c\)|copyright)(?:\s*\u00a9)?\s*(?:(?:19|20)\d{2}(?:\s*[-\u2013]\s*(?:19|20)\d{2})?)?\s*,?\s*"
    r"(?P<name>[A-Z][^.,|\u00a9\n]{1,80}?)\s*(?:[.,|]|\ball rights\b|$)",
    re.I,
)
_CORPORATE = re.compile(r"(?:\s+(?:pty|ltd|limited|inc|llc|plc|gmbh|s\.?a|corp|co)\.?)+$", re.I)
_SELF_DESCRIPTION = re.compile(
    r"^(?P<name>[A-Z][\w&/.'\u2019-]*(?:\s+[A-Z][\w&/.'\u2019-]*){0,5})\s+"
    r"(?:journalists|reporters|correspondents|editors)\s+(?:report|cover|work|provide|bring)\b"
)
# Sentences that only page furniture says, at any length.
_BOILERPLATE = re.compile(  # (?<!\w) rather than \b: the same, and quicker to search for
    r"(?<!\w)(?:we use cookies|use of cookies|(?:site|website) uses cookies|cookie (?:policy|settings|preferences)"
    r"|all rights reserved|you(?:'re| are receiving| received| got) this (?:e-?mail|newsletter|message|because)"
    r"|unsubscribe"
    r"|view (?:it|this(?: e-?mail| newsletter| message)?) (?:in|on) (?:your|a|the) (?:web )?browser"
    r"|trouble (?:reading|viewing|seeing) this (?:e-?mail|newsletter|message)"
    r"|(?:was )?this (?:e-?mail |newsletter |message )?(?:was )?forwarded to you"
    r"|forward (?:this e-?mail )?to a friend|in your inbox|to your inbox"
    r"|to see more, visit|(?:sign up|subscribe) (?:for|to) (?:our|the) \w+ (?:newsletter|briefing|bulletin)"
    r"|(?:enable|turn on|activate) javascript|javascript is disabled|your browser (?:does not|doesn't) support"
    r"|(?:a version of )?this (?:article|story|piece) (?:appears|appeared|was (?:first |originally )?published)"
    r" (?:in|on)\b|become a (?:paying )?(?:member|subscriber|supporter|patron)\b"
    r"|your email address will not be published|the post .{1,200} appeared first on"
    r"|(?:save|add) (?:this |the )?articles? to read (?:it )?later"
    r"|create your (?:own )?reading list|(?:sign up|subscribe|register|click) here"
    # a text-to-speech player's notice: "The audio version of this article is generated by ...", "Listen to
    # this article", "This audio is auto-generated", "Voiced by artificial intelligence"
    r"|(?:the )?audio (?:version )?(?:of|for) this (?:article|story|page)|listen to (?:this|the) (?:article|story)"
    r"|this audio is (?:auto-?|ai-?|automatically |computer-)?generated|voiced by (?:artificial intelligence|ai))\b",
    re.I,
)
# Every sentence above holds one of these words: a line without any is no boilerplate, and
# looking for them is quicker than the search (add the key word of a new sentence here).
_BOILERPLATE_WORDS = (
    "cookie", "rights reserved", "this", "unsubscribe", "browser", "inbox", "friend", "see more", "subscribe",
    "sign up", "javascript", "support", "member", "patron", "published", "read later", "reading list", "here",
    "appeared first", "audio", "listen to", "voiced by",
)
# A video's or a recording's running time: "Duration 2:41", "\u25b6 1:05", "Watch 2:41".
_RUNNING_TIME = (r"(?:(?:duration|running time|length|watch|play|listen|video|audio|[\u25b6\u25ba]\ufe0f?)\W*)+"
                 r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*mins?)?")
_RUNNING_TIME_LINE = re.compile(_RUNNING_TIME, re.I)
_BARE_TIME = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}")
_VIDEO_LABEL = re.compile(r"(?:watch|video|watch video)\s*[:|\u2014\u2013-]\s*\S", re.I)
_VIDEO_WORD = re.compile(r"(?:watch|video|play(?: video)?|watch video|[\u25b6\u25ba]\ufe0f?(?:\s*(?:play|watch))?)", re.I)
# The heading of a block of links to other stories.
_RELATED_HEADING = re.compile(
    r"(?:related(?: content| stories| articles| coverage| links| reading| news| topics)?|read more|read next|see also"
    r"|also read|read also|more on this(?: story| topic)?|more (?:stories|coverage)(?: (?:from|on) .{1,40})?"
    r"|recommended(?: reading| stories| for you)?|you (?:may|might) also like|further reading)\W*",
    re.I,
)
# Whole short lines that are navigation, buttons, labels or widgets.
_NAV = re.compile(
    r"(?:accessibility links|skip to (?:the )?(?:main )?(?:content|navigation)|jump to (?:main )?content"
    r"|breaking(?: news)?|play live radio|listen live|live radio|next up|on air|available on air stations"
    r"|donate(?: now)?|menu|search|home|sign in|log in|login|log out|register(?: now)?|subscribe(?: now)?"
    r"|sign up|newsletters?|share(?: this(?: article| story| page)?)?|tweet|e-?mail|print|copy link|link copied"
    r"|facebook|twitter|linkedin|whatsapp|instagram|youtube|telegram|reddit|pinterest|tiktok|flipboard|x"
    r"|comments?|\d+ comments?|(?:skip )?advertisement(?:\W+(?:scroll|continue|story|article)\b.*)?|advertising"
    r"|(?:skip past|after) newsletter promotion|sponsored(?: content)?|ads?|promoted"
    r"|related(?: content| stories| articles| coverage| topics| news| links| reading)?|read more|read next"
    r"|more (?:from|on|in) .{1,40}|more stories|most (?:read|popular|viewed|shared|watched)|recommended(?: for you)?"
    r"|trending(?: now)?|top stories|latest(?: news| stories)?|you (?:may|might) also like|stay connected"
    r"|follow us(?: on .{1,30})?|see (?:all |more )?stories by .{1,40}|more by .{1,40}|site index|browse|about(?: us)?"
    r"|contacts?(?: us)?(?:\s*:.*)?|(?:media|press) (?:contacts?|enquiries|inquiries)(?:\s*:.*)?|careers"
    r"|(?:for )?immediate release|privacy(?: policy| notice)?|terms(?: of use| of service| (?:and|&) conditions)?"
    r"|accept(?: all)?(?: cookies)?|manage (?:settings|preferences|cookies)|reject all|i agree|ok|close"
    r"|in this issue|watch(?: now| live| video)?|listen(?: now)?|image|photo|video|audio|gallery|toggle caption"
    r"|hide caption|enlarge this image|image source.*|image caption.*|\d+x\d+ image|loading.*|topics?:.*|tags?:.*"
    r"|filed under:?.*|posted in .*|\d+ min(?:ute)?s? read|reading time.*|(?:last )?updated\b.*|back to top"
    r"|continue reading|show more|load more|view comments|podcasts?|schedule|weather|sport|sports|opinion"
    r"|world|news|politics|business|markets|technology|culture|arts(?: (?:and|&) culture)?|more|\d{1,2}:\d{2}"
    r"|(?:listen|watch|play)\W+\d{1,2}:\d{2}|our standards\b.*|all quotes delayed.*|the trust project.*"
    r"|(?:download|get) (?:the|our) app|public files?(?: contact)?|fcc applications|editorial (?:standards|policy)"
    r"|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|save|gift(?: this article)?"
    r"|bookmark|listen to (?:this )?(?:article|story)|audio for this article.*"
    r"|(?:(?:purchase|acquire|buy|request|get) )?(?:licensing|reprint|republishing|syndication) rights"
    r"|reprints?(?: (?:and|&) permissions)?|permissions|licen[cs]e this (?:photo|image|picture|article|story|content)"
    r"|buy (?:this )?(?:photo|image|picture|print)s?|(?:enlarge|expand|view) (?:this )?(?:photo|image|picture)"
    r"|republish(?: this)?(?: article| story)?|categor(?:y|ies):.*|(?:show )?key events(?: only)?|pinned(?: post)?"
    r"|(?:enter )?(?:your )?e-?mail(?: address)?|\d{1,2}\s*(?:m|mins?|minutes?|h|hrs?|hours?|d|days?) ago"
    r"|\d+[- ]min(?:ute)?s? listen|playlist|embed|transcript|heard on .{1,40}|sponsor message|social sharing"
    r"|keyboard shortcuts\b.*|(?:open|close|toggle) (?:the )?(?:navigation |main |site )?menu"
    r"|more stories(?: from .{1,40})?|" + _RUNNING_TIME + ")",
    re.I,
)
# '<iframe src="..." width="100%"></iframe>': a player's embed code is markup, not text; wrapped, each piece is
# a tag's start, its attributes or its end.
_TAG_START = re.compile(r"</?[a-zA-Z][\w-]*(?:[\s/>]|$)")
_TAG_END = re.compile(r"(?:</[a-zA-Z][\w-]*|[\w-]=(?:\"[^\"]*\"|'[^']*')\s*/?)>$")
_ATTRIBUTES = re.compile(r"(?:[\w-]+=(?:\"[^\"]*\"|'[^']*')\s*)+")
_OPENS_NEW_TAB = re.compile(r",?\s*\(?opens (?:in )?(?:a )?new (?:tab|window)\)?$", re.I)  # screen-reader note
# "Page 3 of 7", "- 14 -", "harbourgazette.example  Page 2": running page numbers of printed and PDF pages.
_PAGE_NUMBER = re.compile(
    r"(?:^|\s)(?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-\u2013\s]*\d{1,4}[-\u2013\s]*$", re.I)
# A header line: what a saved e-mail carries above the letter, or a reader tool above the page it saved
# ("Title:", "URL Source:", "Published Time:", "Markdown Content:").
_MAIL_HEADER = re.compile(
    r"^(?:from|to|cc|bcc|reply-to|subject|date|sent|message-id|mime-version|content-type|x-[\w-]+"
    r"|title|url(?: source)?|source|published(?: time)?|author|markdown content)\s*:(?:\s*\S|$)", re.I)
_HEADER_NAMES = ("from:", "subject:", "title:", "url source:", "markdown content:")
_TITLE_FIELDS = ("subject:", "title:")
_SUBJECT_PREFIX = re.compile(r"^(?:(?:re|fwd?|aw|tr)\s*:\s*)+", re.I)
# Letters and live pages open and close by talking to the reader; that is not the story.
_GREETING = re.compile(
    r"^(?:(?:good (?:morning|afternoon|evening|day)|hello|hi|hey|greetings)"
    r"(?: (?:again|everyone|all|there|readers|friends))?"
    r"(?:\s*[,.!\u2014\u2013-]|\s+and welcome\b)"
    r"|dear (?:readers?|subscribers?|friends?|members?|all)\s*[,.!]"
    r"|welcome (?:back )?to (?:(?:the|this|today's|tonight's|our|your) )?\S+(?: \S+){0,6}? "
    r"(?:newsletter|briefing|brief|bulletin|digest|letter|edition|issue|live coverage|live blog|coverage)\b"
    r"|(?:thanks|thank you) for reading\b|that's (?:it|all) for (?:today|tonight|this week|now)\b"
    r"|see you (?:tomorrow|next week|on \w+day)\b|until next time\b)",
    re.I,
)
_LABELLED = re.compile(  # "READ MORE: <a headline>" and the like, at any length
    r"^(?:read more|related|see also|also read|read also|recommended|more on this(?: story)?|watch|listen"
    r"|most read|editor's picks?|sponsored|photo gallery|gallery|in pictures|photos|pictures|slideshow|video"
    r"|watch video|podcast|privacy notice)\s*[:|\u2014\u2013-]\s",
    re.I,
)
_COMMENTS = re.compile(
    r"(?:\d+\s+)?(?:(?:readers?'?|user|your) )?comments?(?:\s*\(\d+\))?|join the (?:conversation|discussion)"
    r"|leave a (?:comment|reply)|discussion about this (?:post|article|story)|about the authors?"
    r"|show comments|view \d+ comments|\d+ responses?|(?:one|\d+) (?:thoughts?|responses?|repl(?:y|ies)|comments?)"
    r" (?:on|to) .*|leave a (?:comment|reply) cancel reply",
    re.I,
)
_IMPERATIVE = re.compile(
    r"^(?:support|donate|subscribe|sign up|sign in|log in|follow|share|download|listen|watch|read|see|click|tap"
    r"|register|join|get|visit|view|explore|discover)\b",
    re.I,
)
_PHOTO = re.compile(
    r"\b(?:photo|photos|photograph|image|images|picture|pool|getty|afp|ap|reuters|epa|tass|xinhua|sputnik"
    r"|anadolu|shutterstock|courtesy|illustration|file)\b|\b[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*/[A-Z]",
    re.I,
)
# A credit ends a caption without a full stop: "... in Geneva. Meridian/Pool" is a caption, "... in May. The
# EU/IMF deal ended." and "... it said. AFP could not verify it." are sentences.
_PHOTO_TAIL = re.compile(  # "... in Geneva. Meridian/Pool", "(AP Photo/Jane Doe)", "[1/5] Soldiers at ..."
    r"[.!?]\s+(?:\S+\s+){0,3}\S*[A-Za-z]/[A-Z]\S*(?:\s+\S+){0,3}(?<![.!?])$"
    r"|\([^()]*\b(?:photo|image|picture|file)\b[^()]*\)$"
    r"|^\[\d+/\d+\]\s"
    r"|[.!?]\s+(?:[\w/.-]+\s+){0,4}(?:photo|photograph|pool|images?|getty|afp|ap|reuters|epa|tass|courtesy)"
    r"(?:\s+[\w/.-]+){0,4}(?<![.!?])$"
    r"|\[[^\[\]]*(?:\w/[A-Z]|\b(?:photo|file|image|picture|getty|afp|ap|reuters|epa|credit)\b)[^\[\]]*\]$"
    r"|\bcredit\s*(?:\.{2,}|\u2026|:)\s*[A-Z][^.!?]{0,80}$",  # "[File: Jane Roe/Agency]", "Credit...Jane Roe for X"
    re.I,
)
_DIGITS = re.compile(r"\d+")
_INTERRUPTION = re.compile(
    r"(?:skip )?(?:advertisement|advertising|ads?|sponsored(?: content)?)(?:\W+(?:scroll|continue|story|article)\b.*)?"
    r"|(?:story|article) continues (?:below|after).*"
    r"|continue reading.*|(?:skip past|after) newsletter promotion",
    re.I,
)
# "Summary", "Key points": a list of short points between the headline and the story.
_SUMMARY_LABEL = re.compile(
    r"(?:summary|key points|key takeaways|highlights|in brief|in short|at a glance|what we know|the big picture"
    r"|quick read|tl;?dr)\W*",
    re.I,
)
_URL_LINE = re.compile(r"(?:(?:url|link|source|url source)\s*:\s*)?(https?://\S+)", re.I)
_MARKDOWN_LINK = re.compile(r"\]\((?:https?:|/)")
_MD_HEADING = re.compile(r"(?m)^#{1,6} \S")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]]{0,300})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_MD_EMPHASIS = re.compile(r"(?<![\w*_])(\*\*|__|\*|_)(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*_])")
_MD_LINE_MARK = re.compile(r"(?m)^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?)")
# How press releases and agency copy mark their end: "###", "-30-", "ENDS", "Notes to editors".
_END_MARK = re.compile(
    r"#{3}|\W*-\s*30\s*-\W*|[-\u2013\u2014\s]*END[S]?[-\u2013\u2014\s.]*|(?i:notes? (?:to|for) editors)\W*")
_BROKEN_OFF = (*_TERMINAL, ":")  # a paragraph that ends otherwise was cut off
_WORD_START = re.compile(r"[a-z]+")
_WORD_ENDINGS = frozenset(  # what is left of a word split by syllable at a line end: "infla-" + "tion"
    "tion tions sion sions ation ations ment ments ness ing ings ed ly ity ities ance ances ence ences ture tures"
    " ally ous ious ive ives able ably ible ibly er ers est ism ist ists ize ized izes ise ised ises ical ial"
    " ary ory ency ancy ful".split()
)
_CLOCK = re.compile(  # a live entry's time stamp: "18:42 ACST", "9.05am", "2h ago"
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?"
    r"|\d{1,2}\s*(?:m|mins?|minutes?|h|hrs?|hours?) ago",
    re.I)
_QUOTES_AND_STOPS = " \"'\u201c\u201d\u2018\u2019\u00ab\u00bb.,;:!?\u2026"
_SIGNUP = re.compile(
    r"\b(?:sign(?:ing)?[\s-]?up|subscribe|subscription|newsletters?|e-?mail address|enter your e-?mail|inbox)\b", re.I)
_PHOTO_LABEL = re.compile(
    r"^\W*(?:photo(?:graph)?s?|images?|pictures?|credit|source)(?:\s+credit)?\s*[:|\u2014-]\s*", re.I)
_CREDIT_WORDS = frozenset(
    "by via of for and the courtesy photo photos photograph image images picture pictures file pool handout staff"
    " contributor supplied license licence this".split()
)
_ITEM_START = re.compile(r"[\u2022\u00b7\u25aa\u25cf*+>-]\s|\d{1,2}[.)]\s")
_DANGLING = frozenset("a an the of to in on at by for from with and or but as that than into over".split())
_CAPTION_LABEL = re.compile(r"(?:image|photo|picture)\s+caption\W*|(?:toggle|hide|show)\s+caption", re.I)
_BYLINE = re.compile(r"^(?:(?:words|text|story|written|reported|photo(?:graph)?s?|pictures|illustrations?)\s+)?"
                     r"by\s+(?:the\s+)?[A-Z\u00c0-\u024f]", re.I)
# "Words by Jane Roe · Photographs by John Doe": a magazine's by-line, though its dots look like a menu's.
_CREATORS = re.compile(
    r"^(?i:words|text|story|written|reported|photo(?:graph)?s?|pictures|illustrations?)\s+by\s+[A-Z\u00c0-\u024f]")
_AUTHOR_BY = re.compile(r"^(?:(?:words|text|story|written|reported)\s+)?by\s+(.+)$", re.I)
_POSTED_BY = re.compile(r"\bby\s+([A-Z][\w'\u2019-]+(?:\s+(?:de|da|van|von|al|[A-Z][\w'\u2019-]+)){1,3})\s*$")
_BYLINE_WORDS = re.compile(
    r"\b(?:correspondents?|reporters?|staff|writers?|editors?|bureau|contributors?|columnist|wires?)\b"
    r"|^(?:prepared|written|reported|compiled|produced) by\b|^(?:reporting|writing|reported|filed) from\b",
    re.I,
)
_MENU_SEPARATORS = re.compile(r"\s(?:\||\u203a|\u00bb|>|/|\u2022|\u00b7)\s")
_NAME = r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,2}"
_NAMES_IN_PLACES = re.compile(  # "Dan Sabbagh in Kyiv and Julian Borger in Washington"
    rf"{_NAME} in [A-Z][\w.-]+(?: [A-Z][\w.-]+)?(?:(?:,| and| &) {_NAME}(?: in [A-Z][\w.-]+(?: [A-Z][\w.-]+)?)?)*"
)
_NON_AUTHOR = re.compile(
    r"\b(?:staff|wires?|agenc(?:y|ies)|reporters?|correspondents?|desk|team|bureau|editors?|news|service)\b", re.I)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de.'\u2019/\- ]{2,40}?(?:,\s*[A-Z][A-Za-z.'\u2019\- ]{1,30}?)*)"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?"
    r"\s*(?:\((?P<agency>[^)]{1,40})\))?\s*[-\u2013\u2014]{1,2}\s+(?=[\"\u201c\u2018'A-Z0-9])"
)


def normalize_line(line: str) -> str:
    """One paragraph's text with invisible characters dropped and runs of space made one."""
    line = unicodedata.normalize("NFC", _INVISIBLE.sub("", line))
    return _SPACES.sub(" ", line).strip()


def _words(text: str) -> int:
    return len(text.split())


def is_sentence(text: str) -> bool:
    """Ends like a sentence (closing quotes and brackets aside) and has a few words."""
    core = text.rstrip(_CLOSERS + " ")
    return core.endswith(_TERMINAL) and _words(text) >= 3


def is_credit(text: str) -> bool:
    if _CREDIT.match(text):
        return True
    return "contributed" in text and _words(text) <= 25 and bool(_CONTRIBUTED.search(text))


def is_copyright(text: str) -> bool:
    # The notice starts with its sign or word, or says "reserved": a cheap look before the search.
    maybe = text[:1] in "\u00a9(Cc" or "eserved" in text or "ESERVED" in text
    return maybe and bool(_COPYRIGHT.search(text)) and _words(text) <= 40


def is_furniture(text: str) -> bool:
    """Page furniture by vocabulary alone: cookie banners, menus, share buttons, section labels, embed codes."""
    if _is_boilerplate(text) or _GREETING.match(text):
        return True
    if _is_markup(text):
        return True
    words = _words(text)
    if words <= 8:
        if text.rstrip(" -\u2013")[-1:].isdigit() and _PAGE_NUMBER.search(text):
            return True
        if "new " in text:
            text = _OPENS_NEW_TAB.sub("", text)
        if _NAV.fullmatch(text.strip(" :.!\u2022\u00b7|>-\u2013\u2014\u203a\u00bb")):
            return True
    if (words <= 12 and _IMPERATIVE.match(text)) or _LABELLED.match(text):
        return True
    if _SHORT_RULE.fullmatch(text):
        return True
    if not is_sentence(text):
        parts = [p for p in _MENU_SEPARATORS.split(text) if p.strip()]
        if len(parts) >= 2 and all(_words(p) <= 4 for p in parts):
            return True
    return bool(_SELF_DESCRIPTION.match(text))


def _is_markup(text: str) -> bool:
    if text[:1] == "<":
        return bool(_TAG_START.match(text))
    if text[-1:] == ">":
        return bool(_TAG_END.search(text, max(0, len(text) - 200)))
    return '="' in text and bool(_ATTRIBUTES.fullmatch(text))


def _is_boilerplate(text: str) -> bool:
    lower = text.lower()
    for word in _BOILERPLATE_WORDS:  # a plain loop: quicker than any() over a generator here
        if word in lower:
            return bool(_BOILERPLATE.search(text))
    return False


def _is_date_line(text: str) -> bool:
    if not _DIGIT.search(text) or _words(text) > 14 or is_sentence(text) and _words(text) > 8:
        return False
    if _TIME.fullmatch(text):
        return True
    return any(p.search(text) for p in _DATES)


def _is_byline(text: str) -> bool:
    if len(text) > 250:
        return False  # sixteen words at most
    words = _words(text)
    if _BYLINE.match(text) and words <= 15 and not is_sentence(text):
        return True
    if words <= 16 and _NAMES_IN_PLACES.fullmatch(text):
        return True
    return words <= 10 and not is_sentence(text) and bool(_BYLINE_WORDS.search(text))


def _is_photo_credit(text: str) -> bool:
    """"Photograph: Jane Roe/Agency", "AFP via Getty Images": a short line naming who took the picture.

    Credits are names and agencies; a line with more than a couple of ordinary
    lower-case words ("Photos show the damage in the old town") says something
    about the picture or links to more of them, and is no credit.
    """
    if len(text) > 200 or _words(text) > 10 or is_sentence(text) or not _PHOTO.search(text):
        return False
    plain = [w for w in _WORD.findall(_PHOTO_LABEL.sub("", text)) if w[0].islower() and w not in _CREDIT_WORDS]
    return len(plain) <= 2


# -- dates --------------------------------------------------------------------------------------


def find_date(text: str) -> dt.date | None:
    """The first full calendar date written in ``text`` that is not labelled as an update."""
    found = []
    for pattern in _DATES:
        for m in pattern.finditer(text):
            if _UPDATED_LABEL.search(text[max(0, m.start() - 20) : m.start()]):
                continue
            value = _to_date(m)
            if value is not None:
                found.append((m.start(), value))
    return min(found)[1] if found else None


def _to_date(m: re.Match) -> dt.date | None:
    mon = m["mon"]
    month = int(mon) if mon.isdigit() else _MONTHS.get(mon[:3].lower(), 0)
    try:
        return dt.date(int(m["year"]), month, int(m["day"]))
    except ValueError:
        return None


def parse_iso_date(value: str) -> dt.date | None:
    m = _DATES[2].search(value or "")
    return _to_date(m) if m else None


# -- text scrapes -------------------------------------------------------------------------------


@dataclass
class _Line:
    text: str
    kind: str = "short"

    @property
    def weight(self) -> float:
        n = len(self.text)
        if self.kind == "prose":
            return n
        if self.kind == "long":
            return 0.0  # kept inside the story, but never what extends it
        if self.kind == "short":
            return -(15 + min(n, 60))
        if self.kind in ("caption", "photo", "aside"):
            return -25  # photos and ads sit inside stories too; they must not cut the story in two
        return -(40 + min(n, 60))


_WALLS = ("credit", "copyright", "rule")
_KEEP = ("prose", "long")


def clean_text(text: str) -> CleanArticle:
    """A text scrape → CleanArticle (title "" when no headline is found)."""
    paragraphs = _paragraph_lines(text)
    if len(_MARKDOWN_LINK.findall(text, 0, 20000)) >= 2 or _MD_HEADING.search(text, 0, 20000):
        # After the lines are joined: the syntax changes a wrapped line's length, and a link may span two lines.
        paragraphs = [plain for plain in (normalize_line(plain_markdown(p)) for p in paragraphs) if plain]
    lines = [_Line(t) for t in paragraphs]
    if not lines:
        return CleanArticle(title="", paragraphs=[])
    _classify(lines)
    lines = _join_broken_paragraphs(lines)
    _mark_pull_quotes(lines)
    authors = _authors_from_lines([ln.text for ln in lines if ln.kind in ("byline", "date")])
    _mark_author_bios(lines, authors)
    start, end = _body_span(lines)
    if start < 0:
        return CleanArticle(title="", paragraphs=[])
    start = _after_byline(lines, start, end)
    title_at = _find_title(lines, start)
    if title_at is None and _headline_shaped(lines[start].text, allow_question=True) and start < end:
        title_at, start = start, start + 1  # a question headline right above the text
    body = [ln.text for ln in lines[start : end + 1] if ln.kind in _KEEP]
    published = _published_in([ln.text for ln in lines[:start] if ln.kind in ("date", "byline", "short", "furniture")])
    if body:
        lead, dateline = strip_dateline(body[0])
        if dateline and published is None:
            published = find_date(dateline)
        body[0] = lead
    outside = [ln.text for i, ln in enumerate(lines) if not start <= i <= end]
    credits = " ".join(_credit_text(ln.text) for ln in lines if ln.kind == "credit")
    header = [ln.text for ln in lines[: title_at if title_at is not None else start]]
    return CleanArticle(
        title=lines[title_at].text if title_at is not None else _mail_subject(lines[:start]),
        paragraphs=[p for p in body if p],
        published=published,
        outlet=outlet_from_lines(outside, header),
        url=next((m[1] for m in map(_URL_LINE.fullmatch, header) if m), ""),
        authors=authors,
        credits=credits,
    )


def plain_markdown(text: str) -> str:
    """A page saved as Markdown by a reader tool, as the page read: links as their words, no images or marks.

    Only the inline syntax goes (images, links, emphasis, heading and quote
    marks); lines and paragraphs stay where they are, so the same line
    judgements apply.
    """
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return _MD_LINE_MARK.sub("", text)


def _paragraph_lines(text: str) -> list[str]:
    """One entry per paragraph: a line, or a block of hard-wrapped lines joined back together."""
    blocks = []
    for block in re.split(r"\n[ \t\u00a0]*\n", text):
        lines = [normalize_line(line) for line in block.split("\n")]
        blocks.append([line for line in lines if line])
    width = _wrap_width([line for lines in blocks for line in lines])
    out: list[str] = []
    for lines in blocks:
        if len(lines) > 1 and _hard_wrapped(lines, width):
            joined = lines[0]
            for line in lines[1:]:
                joined = _join_wrapped(joined, line)
            out.append(joined)
        elif len(lines) > 1:
            out.extend(_wrapped_runs(lines, width))
        else:
            out.extend(lines)
    return out


def _starts_apart(line: str) -> bool:
    """A by-line, a date or page furniture is a line of its own, not a wrapped line's end or start."""
    if _words(line) > 12:
        return False
    if is_furniture(line):
        return True
    if line[:1].islower():
        return False  # a date or a name in lower-case words runs on from the line before
    return _is_date_line(line) or (bool(_BYLINE.match(line) or _CREATORS.match(line)) and _is_byline(line))


def _cut_mid_sentence(line: str) -> bool:
    """Ends on a comma or a word that cannot end a sentence: what follows belongs to it, whatever it is."""
    core = line.rstrip()
    return core.endswith(",") or core.rsplit(" ", 1)[-1].lower() in _DANGLING


def _wrap_width(lines: list[str]) -> int | None:
    """The width a whole text was wrapped at, or None: most long lines end near one width and none pass it.

    Judged over the whole text, because a block that mixes a wrapped caption
    or paragraph with short lines (a link, a date) does not show it alone.
    """
    lengths = sorted(len(line) for line in lines if len(line) >= 30)
    if len(lengths) < 6 or sum(1 for n in lengths if n > 100) > 0.05 * len(lines):
        return None  # paragraphs on one line each
    # Nearly the longest: a headline or an address typed by hand may run past the wrapper's width.
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if not 40 <= width <= 100:
        return None
    full = sum(1 for n in lengths if width - 12 <= n <= width)
    return width if full >= 0.25 * len(lengths) else None


def _wrapped_runs(lines: list[str], width: int | None) -> list[str]:
    """A block's lines, those broken inside a sentence joined again.

    A line was broken by the wrapper when the next word would not have fitted
    in the text's width and the line does not end a sentence, or when the
    next line runs on in lower case (" ... end strike after" | "wage deal ...").
    """
    out = [lines[0]]
    for prev, line in zip(lines, lines[1:]):
        # A line longer than the width was typed so (a headline): the wrapper did not break it.
        no_room = width is not None and len(prev) <= width < len(prev) + 1 + len(line.split(" ", 1)[0])
        if not (no_room or line[:1].islower()) or prev.rstrip(_CLOSERS).endswith(_TERMINAL):
            out.append(line)
            continue
        open_end = _words(prev) >= 3  # not a rule either
        runs_on = line[:1].islower() and _words(line) >= 3
        if (
            open_end
            and (no_room or runs_on)
            and not _ITEM_START.match(line)
            and not _starts_apart(prev)
            and (_cut_mid_sentence(prev) and not is_furniture(line) or not _starts_apart(line))
        ):
            out[-1] = _join_wrapped(out[-1], line)
        else:
            out.append(line)
    return out


def _hard_wrapped(lines: list[str], width: int | None = None) -> bool:
    """Lines broken by a fixed width: the next line's first word would not have fitted on the line.

    That is how every greedy wrapper breaks lines; a list of headlines or menu
    entries breaks wherever an item ends, with room to spare. The width is the
    whole text's when it shows one, else the block's longest line.
    """
    width = width or max(len(line) for line in lines)
    if not 40 <= width <= 100:
        return False
    pairs = list(zip(lines, lines[1:]))
    if any(_ITEM_START.match(b) for _, b in pairs):
        return False  # a bullet or a number starts an item of its own
    no_room = sum(1 for a, b in pairs if len(a) + 1 + len(b.split(" ", 1)[0]) > width)
    mid_sentence = sum(1 for a, b in pairs if b[:1].islower() or not a.rstrip(_CLOSERS).endswith(_TERMINAL))
    # A paragraph ends like a sentence, or at least runs on into a lower-case word somewhere.
    ends = is_sentence(lines[-1]) or any(b[:1].islower() for _, b in pairs)
    return no_room >= 0.8 * len(pairs) and mid_sentence >= 0.5 * len(pairs) and ends


def _classify(lines: list[_Line]) -> None:
    for ln in lines:
        ln.kind = _intrinsic_kind(ln.text)
    _mark_mail_headers(lines)
    for i, ln in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        settled = ln.kind in _WALLS or ln.kind in ("furniture", "aside")  # "=====" repeats itself, but is no caption
        twin = None if settled else next((other for other in lines[i + 1 : i + 4] if other.text == ln.text), None)
        if twin is not None:
            ln.kind = twin.kind = "caption"  # the same line twice in a row: a photo caption
        elif not settled and _repeats_itself(ln.text):
            ln.kind = "caption"  # the caption twice, run together by a scrape
        elif ln.kind in ("prose", "short", "long") and (
            (ln.kind == "prose" and nxt is not None and nxt.kind == "photo") or _has_photo_tail(ln.text)
        ):
            ln.kind = "caption"
        elif _CAPTION_LABEL.fullmatch(ln.text):
            # "Image caption," comes before its caption, "toggle caption" after it (screen-reader labels).
            neighbour = nxt if ln.text[:1] in "IiPp" else (lines[i - 1] if i else None)
            if neighbour is not None and neighbour.kind in ("prose", "short", "long") and _words(neighbour.text) <= 30:
                neighbour.kind = "caption"
    _mark_running_heads(lines)
    _mark_signup_boxes(lines)
    _mark_summary_points(lines)
    _mark_video_captions(lines)
    _mark_related_links(lines)


def _mark_mail_headers(lines: list[_Line]) -> None:
    """``From:``, ``To:``, ``Subject:``, ``Date:`` lines together are a mail header, not the letter.

    Reader tools that save a page as text put the same kind of header above
    it (``Title:``, ``URL Source:``, ``Published Time:``).
    """
    run: list[_Line] = []
    for ln in [*lines, None]:
        if ln is not None and ":" in ln.text[:18] and _MAIL_HEADER.match(ln.text):
            run.append(ln)
            continue
        if len(run) >= 2 and any(h.text.lower().startswith(_HEADER_NAMES) for h in run):
            for header in run:
                header.kind = "furniture"
        run = []


def _mail_subject(lines: list[_Line]) -> str:
    """The story's name from a header's Subject or Title, without "Re:" and without the newsletter's or site's name."""
    for ln in lines:
        field = ln.text.lower().startswith(_TITLE_FIELDS) and ln.kind == "furniture"
        if field:
            subject = _SUBJECT_PREFIX.sub("", ln.text.split(":", 1)[1].strip())
            parts = [p for p in re.split(r"\s+[|\u2013\u2014:-]\s+", subject) if p]
            return max(parts, key=_words) if parts else ""
    return ""


def _mark_running_heads(lines: list[_Line]) -> None:
    """A page header or footer repeated inside the text (printed and PDF pages) is furniture there.

    Its first appearance above the text keeps its kind: a masthead with the
    date, or a headline that the page repeats at the top of each page.
    """
    first_text = next((i for i, ln in enumerate(lines) if ln.kind in _KEEP), len(lines))
    keys = [_DIGITS.sub("#", ln.text.lower()) if ln.kind not in _KEEP and len(ln.text) <= 120 else "" for ln in lines]
    counts: dict[str, int] = {}
    for key in keys:
        if key:
            counts[key] = counts.get(key, 0) + 1
    for i in range(first_text + 1, len(lines)):
        if keys[i] and counts[keys[i]] > 1 and lines[i].kind not in _WALLS and lines[i].kind != "aside":
            lines[i].kind = "furniture"


def _mark_signup_boxes(lines: list[_Line]) -> None:
    """The blurb inside a newsletter box ("Our editor's take on the week, every Friday.") is furniture.

    The box opens with a sign-up heading and closes with a short sign-up line
    (an e-mail field, a button, "after newsletter promotion") a few lines
    below; the heading and the close are known words, the blurb between is not.
    """
    for i, ln in enumerate(lines):
        if ln.kind != "furniture" or not _SIGNUP.search(ln.text):
            continue
        close = None
        for j in range(i + 1, min(i + 6, len(lines))):
            inside = lines[j]
            if _words(inside.text) <= 12 and _SIGNUP.search(inside.text):
                close = j
            elif inside.kind in _WALLS or _INTERRUPTION.fullmatch(inside.text) or _words(inside.text) > (
                25 if inside.kind in _KEEP else 60
            ):
                break  # an ad or a paragraph of the story: the box was one line
        # Boxes sit inside stories too: the box weighs as little as an ad, and the story goes on under it.
        for inside in lines[i : close + 1] if close is not None else ():
            inside.kind = "aside"


def _mark_summary_points(lines: list[_Line]) -> None:
    """The short points under a "Summary" or "Key points" label are the page's digest, not the story."""
    for i, ln in enumerate(lines):
        if not _SUMMARY_LABEL.fullmatch(ln.text):
            continue
        for point in lines[i + 1 : i + 9]:
            if point.kind in _WALLS or point.kind == "byline" or _words(point.text) > 20:
                break
            point.kind = "furniture"


def _video_mark(text: str) -> str:
    """What a line says about a video player: "label" ("WATCH | ...:"), "word" ("Video"), "time" ("Duration 2:41")."""
    if len(text) > 160:
        return ""
    if _VIDEO_LABEL.match(text):
        return "label"
    if _VIDEO_WORD.fullmatch(text):
        return "word"
    return "time" if _RUNNING_TIME_LINE.fullmatch(text) else ""


def _mark_video_captions(lines: list[_Line]) -> None:
    """A video's title and caption inside the story are furniture, though the caption reads as a sentence.

    A player prints a label ("WATCH | Premier resigns:", "Video", "\u25b6"), its
    title, its running time ("Duration 2:41") and a caption of a sentence or
    two. The lines between the label and the running time are the video's, and
    so is a line right over a running time once the page's by-line is past; a
    short sentence right under the label or the running time is its caption,
    unless a caption came already (then the story goes on there). A bare
    "2:41" is a running time only on a page without time stamps of its own.
    """
    clocks = -1
    done = -1  # the last line of a video block already read
    for i, ln in enumerate(lines):
        if i <= done:
            continue
        mark = _video_mark(ln.text) if ln.kind in ("furniture", "aside", "short") else ""
        if mark == "" and _BARE_TIME.fullmatch(ln.text):
            if clocks < 0:
                clocks = sum(1 for other in lines if _CLOCK.fullmatch(other.text))
            mark = "time" if clocks == 1 else ""
        if not mark:
            continue
        at = i
        if mark != "time":
            end = next((k for k in range(i + 1, min(i + 4, len(lines))) if _video_mark(lines[k].text) == "time"), None)
            if end is not None:
                done = end
                between = [lines[k] for k in range(i + 1, end) if lines[k].kind in ("prose", "short", "long")]
                for inside in between:
                    inside.kind = "caption"
                if any(is_sentence(inside.text) for inside in between):
                    continue  # title and caption above the running time: the story goes on under it
                at = end
        elif i >= 2 and lines[i - 1].kind in ("short", "prose") and _words(lines[i - 1].text) <= 25 and any(
            above.kind in ("byline", "date") for above in lines[: i - 1]
        ):
            lines[i - 1].kind = "caption"  # the video's title over its running time, under the page's by-line
        under = lines[at + 1] if at + 1 < len(lines) else None
        if (
            under is not None
            and (under.kind in ("prose", "long") or (mark == "label" and at == i and under.kind == "short"))
            and _words(under.text) <= 45
            and not strip_dateline(under.text)[1]  # a dateline opens the story itself
        ):
            under.kind = "caption"


def _mark_related_links(lines: list[_Line]) -> None:
    """A "Related" block inside the story is its heading and every link under it, questions included.

    The links read as headlines ("Who could replace the premier?"); the block
    ends at the first line that does not, and only a block with the story's
    prose just above it counts (the same words in a menu head a list of sections).
    """
    for i, ln in enumerate(lines):
        if ln.kind not in ("furniture", "short") or len(ln.text) > 60 or not _RELATED_HEADING.fullmatch(ln.text):
            continue
        if not any(above.kind == "prose" for above in lines[max(0, i - 3) : i]):
            continue
        links = []
        for below in lines[i + 1 : i + 12]:
            if below.kind == "furniture":
                continue  # a section label over each link
            text = _ITEM_START.sub("", below.text, count=1) if _ITEM_START.match(below.text) else below.text
            if below.kind not in ("prose", "short", "long") or not _headline_shaped(text, allow_question=True):
                break
            links.append(below)
        for link in [ln, *links] if links else ():
            link.kind = "aside"  # weighs as little as an ad: the story goes on under the block


def _join_broken_paragraphs(lines: list[_Line]) -> list[_Line]:
    """A paragraph cut by a page break or an ad ("... said the" | Page 2 | "vote. The ...") is made whole.

    The first part stops mid-sentence, the second starts with a lower-case word;
    only furniture, dates and captions may stand between them.
    """
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if (
            not ln.text.rstrip(_CLOSERS).endswith(_BROKEN_OFF)
            and ln.kind in ("prose", "long", "short")
            and _words(ln.text) >= 8
        ):
            j = i + 1
            while j < len(lines) and j <= i + 4 and lines[j].kind in ("furniture", "aside", "date", "caption", "photo"):
                j += 1
            nxt = lines[j] if j < len(lines) else None
            if nxt is not None and nxt.text[:1].islower() and nxt.kind in _KEEP:
                joined = _Line(_join_wrapped(ln.text, nxt.text))
                joined.kind = _intrinsic_kind(joined.text)
                lines = [*lines[:i], joined, *lines[i + 1 : j], *lines[j + 1 :]]
                continue  # the joined paragraph may run on past the next page break too
        out.append(ln)
        i += 1
    return out


def _join_wrapped(first: str, second: str) -> str:
    """Two pieces of one paragraph, joined with a space, or none after a hyphen at the break.

    A wrapper breaks lines at the hyphens a text has ("six-" "hour", "Jae-"
    "myung"): those stay. Typesetting also splits words by syllable
    ("infla-" "tion"): the hyphen goes when the piece after it is a word ending.
    """
    if not (first.endswith("-") and first[-2:-1].isalpha()):
        return first + " " + second
    m = _WORD_START.match(second)
    if m and first[-2:-1].islower() and m[0] in _WORD_ENDINGS:
        return first[:-1] + second
    return first + second


def _mark_pull_quotes(lines: list[_Line]) -> None:
    """A short paragraph that the story repeats word for word elsewhere is a pull quote or a teaser."""
    keep = [ln for ln in lines if ln.kind in _KEEP]
    text = "\n".join(ln.text for ln in keep)
    for ln in keep:
        core = ln.text.strip(_QUOTES_AND_STOPS)
        if len(core) >= 20 and text.count(core) > 1 and _words(ln.text) <= 40 and any(
            other is not ln and len(other.text) > len(ln.text) and core in other.text for other in keep
        ):
            ln.kind = "caption"


def _has_photo_tail(text: str) -> bool:
    """A caption's credit at its end; the credit is a few words, so only the line's end is searched."""
    return bool(_PHOTO_TAIL.search(text if len(text) <= 200 or text[:1] == "[" else text[-200:]))


def _repeats_itself(text: str) -> bool:
    half = len(text) // 2
    return len(text) > 40 and text[:half].strip() == text[half:].strip()


def _intrinsic_kind(text: str) -> str:
    if (
        _RULE.fullmatch(text.replace(" ", ""))
        or text == "--"
        or _COMMENTS.fullmatch(text.strip(" :"))
        or _END_MARK.fullmatch(text)
    ):
        return "rule"  # a long rule, the comments heading or an end mark: the story does not go on past it
    if is_credit(text):
        return "credit"
    if is_copyright(text):
        return "copyright"
    if (_CREATORS.match(text) or _BYLINE.match(text)) and _is_byline(text) and not _is_boilerplate(text):
        return "byline"  # "By Jane Roe | 8 May 2023", "Words by ... · Photographs by ...", though they look like menus
    if is_furniture(text):
        if _LABELLED.match(text) or _INTERRUPTION.fullmatch(text.strip(" :.!-\u2013\u2014")):
            return "aside"  # what pages put inside a story: an ad's label, a link to another story
        return "furniture"
    if _is_byline(text):
        return "byline"
    if _is_date_line(text):
        return "date"
    if _is_photo_credit(text):
        return "photo"
    if is_sentence(text) and _words(text) >= 4:
        return "prose"
    if _words(text) >= 20 and re.search(r"[,;:]\s|\.\s", text):
        return "long"  # a paragraph that lost its full stop; a flattened menu has no punctuation at all
    return "short"


def _body_span(lines: list[_Line]) -> tuple[int, int]:
    """The heaviest run of lines that crosses no wall (credit, copyright, long rule)."""
    best = (0.0, -1, -1)
    run, run_start = 0.0, 0
    for i, ln in enumerate(lines):
        if ln.kind in _WALLS:
            run, run_start = 0.0, i + 1
            continue
        if run <= 0:
            run, run_start = 0.0, i
        run += ln.weight
        if run > best[0]:
            best = (run, run_start, i)
    _, start, end = best
    while start >= 0 and start <= end and lines[start].kind not in _KEEP:
        start += 1
    return (start, end) if start >= 0 and start <= end else (-1, -1)


def _after_byline(lines: list[_Line], start: int, end: int) -> int:
    """The story starts under its by-line: one or two paragraphs above it are the standfirst."""
    kept = 0
    for i in range(start, end + 1):
        if lines[i].kind == "byline":
            after = next((k for k in range(i + 1, end + 1) if lines[k].kind in _KEEP), None)
            rest = sum(1 for k in range(i + 1, end + 1) if lines[k].kind in _KEEP)
            return after if after is not None and rest >= 2 else start
        if lines[i].kind in _KEEP:
            kept += 1
            if kept > 2:
                break
    return start


def _headline_shaped(text: str, allow_question: bool = False) -> bool:
    words = _words(text)
    if not (3 <= words <= 30 and 15 <= len(text) <= 250):
        return False
    if not any(c.islower() for c in text) and len(_WORD.findall(text)) < 6:
        return False  # section labels and mastheads are set in capitals; a headline in capitals is longer
    if _MENU_SEPARATORS.search(text) or re.match(r"^\d+[.)]\s", text) or text.endswith(":"):
        return False
    core = text.rstrip(_CLOSERS + " ")
    if core.endswith(".") or core.rsplit(" ", 1)[-1].lower() in _DANGLING:
        return False  # a sentence, or a line cut off by wrapping ("... a video call with")
    if core.endswith(("?", "!")) and not allow_question and words > 20:
        return False
    return True


def _published_in(header: list[str]) -> dt.date | None:
    """The date the page header states, a line labelled "Published" first."""
    labelled = [line for line in header if _PUBLISHED_LABEL.search(line)]
    for line in labelled + header:
        found = find_date(line)
        if found:
            return found
    return None


def _find_title(lines: list[_Line], start: int) -> int | None:
    """The nearest headline-shaped line above the body, skipping by-lines, dates and captions.

    Two kinds of headline-shaped line sit between the headline and the text
    without being it: the heading of a live page's first entry (under a time
    stamp, when time stamps recur in the text) and a link under the photo
    ("Purchase licensing rights", "Enlarge"), below the by-line.
    """
    live = any(_CLOCK.fullmatch(ln.text) for ln in lines[start:])
    for i in range(start - 1, -1, -1):
        ln = lines[i]
        if ln.kind in ("short", "long") and " | " in ln.text:
            _drop_site_name(ln)
        if (ln.kind in ("short", "long") and _headline_shaped(ln.text)) or (
            ln.kind == "prose" and ln.text.rstrip(_CLOSERS).endswith(("?", "!")) and _headline_shaped(ln.text, True)
        ):
            if live and i > 0 and _CLOCK.fullmatch(lines[i - 1].text):
                continue  # the heading of a live entry
            above = _headline_above_photo(lines, i)
            return _headline_over_standfirst(lines, i if above is None else above)
    return None


def _drop_site_name(ln: _Line) -> None:
    """``Headline | Outlet`` (a page's title copied with the text) → ``Headline``, when the rest is a name."""
    head, _, tail = ln.text.rpartition(" | ")
    if " | " not in head and _words(head) >= 4 and _words(tail) <= 4 and all(w[:1].isupper() for w in tail.split()):
        ln.text = head


def _headline_above_photo(lines: list[_Line], i: int) -> int | None:
    """The headline over the by-line when line ``i`` sits in the photo block under it.

    Pages print headline, by-line and date, then the photo with its caption
    and links; a headline-shaped line after a caption that comes after the
    by-line belongs to the photo.
    """
    saw_photo = saw_byline = False
    k = i - 1
    while k >= 0 and lines[k].kind in ("caption", "photo", "furniture", "aside", "date", "byline"):
        saw_photo = saw_photo or lines[k].kind in ("caption", "photo")
        saw_byline = saw_byline or (saw_photo and lines[k].kind in ("byline", "date"))
        k -= 1
    if saw_byline and k >= 0 and lines[k].kind in ("short", "long") and _headline_shaped(lines[k].text):
        return k
    return None


def _headline_over_standfirst(lines: list[_Line], i: int) -> int:
    """The headline, when line ``i`` is the standfirst or the deck printed right under it.

    A page prints its headline first after the navigation and the deck
    ("Parliament prorogued until March 24 as Liberals prepare leadership race")
    at once below it; neither case nor a full stop tells them apart. So of two
    headline-shaped lines in a row the upper one is the headline, unless a
    third sits above them (a list of links over the headline) or the upper is
    too short to be more than a section label; a long line under a shorter
    one is a standfirst in any case.
    """
    above = lines[i - 1] if i > 0 else None
    if above is None or not _title_line(above) or _words(above.text) < 5:
        return i
    if _words(lines[i].text) >= 12 and len(above.text) < len(lines[i].text):
        return i - 1
    if _words(lines[i].text) >= 6 and not (i >= 2 and _title_line(lines[i - 2])):
        return i - 1
    return i


def _title_line(ln: _Line) -> bool:
    """Headline-shaped and of a kind a headline takes (a question headline reads as a sentence)."""
    if ln.kind in ("short", "long"):
        return _headline_shaped(ln.text)
    return ln.kind == "prose" and ln.text.rstrip(_CLOSERS).endswith(("?", "!")) and _headline_shaped(ln.text, True)


def _mark_author_bios(lines: list[_Line], authors: list[str]) -> None:
    """"Jane Doe covers security for ..." under the story is about the author, not the news."""
    for ln in lines:
        if ln.kind in ("prose", "long", "short") and any(
            re.match(re.escape(a) + r"\s+(?:is|was|covers|writes|reports|has|joined|previously)\b", ln.text)
            for a in authors
        ):
            ln.kind = "furniture"


def _credit_text(text: str) -> str:
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    return text


def strip_dateline(paragraph: str) -> tuple[str, str]:
    """Split ``GENEVA, Jan 10 (Agency) - Senior diplomats ...`` into the text and its dateline.

    The dateline says where the report was filed, when, and for which agency:
    metadata, not the story, and a shouted place name and an agency tag in the
    first sentence would only mislead the entity extraction.
    """
    m = _DATELINE.match(paragraph)
    if not m or not re.search(r"[A-Z]{3,}", m["place"]):
        return paragraph, ""
    return paragraph[m.end() :], m.group(0).strip()


def _authors_from_lines(lines: list[str]) -> list[str]:
    names: list[str] = []
    for line in lines:
        m = _AUTHOR_BY.match(line)
        posted = _POSTED_BY.search(line) if _is_date_line(line) else None  # "Posted on 12 May 2023 by Jane Roe"
        if m:
            names.extend(split_names(m[1]))
        elif posted:
            names.extend(split_names(posted[1]))
        elif _NAMES_IN_PLACES.fullmatch(line):
            names.extend(split_names(line))
    return list(dict.fromkeys(names))


def split_names(text: str) -> list[str]:
    """``Jane Doe and John Roe, Reuters`` → the personal names in a by-line."""
    for pattern in (*_DATES, _TIME):
        text = pattern.sub("|", text)
    text = re.split(r"\s*[|\u2022\u00b7]\s*", text)[0]
    parts = re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", text)
    names = []
    for part in parts:
        part = re.sub(r"\s+in\s+[A-Z].*$", "", part).strip(" .")
        if part.isupper():
            part = part.title()  # "JIM HEINTZ" as wire by-lines print it
        words = part.split()
        if not 2 <= len(words) <= 4 or _NON_AUTHOR.search(part):
            continue
        if all(w[:1].isupper() or w.lower() in ("de", "da", "van", "von", "der", "al", "bin", "le", "la") for w in words):
            names.append(part)
    return names


def outlet_from_lines(lines: list[str], header: list[str]) -> str:
    """The publisher named by the page's own boilerplate: a copyright line or a self-description."""
    name = ""
    for line in lines:
        m = _HOLDER.search(line) if is_copyright(line) or "\u00a9" in line else None
        if m and _words(m["name"]) <= 8:
            name = _CORPORATE.sub("", re.sub(r"\s+(?:19|20)\d{2}$", "", m["name"].strip()))
            break
    if not name:
        for line in lines:
            m = _SELF_DESCRIPTION.match(line)
            if m:
                name = m["name"]
                break
    if name:
        # A masthead like "Meridian Wire - news for professionals" names the outlet more fully.
        for line in header:
            m = re.match(re.escape(name) + r"((?:\s+\w+){0,2})\s+[-\u2013\u2014|:]\s+\S", line)
            if m:
                return name + m[1]
    return name


# -- saved web pages ----------------------------------------------------------------------------


def _from_page(text: str) -> Cleaned:
    try:
        page = extract_page(text)
    except NoArticle as exc:
        raise CleanError(str(exc)) from None
    return Cleaned(_article_from_page(page), markdown=True)


def _article_from_page(page: Page) -> CleanArticle:
    blocks: list[tuple[str, str]] = []
    credits: list[str] = []
    bylines: list[str] = []
    previous = ""
    for kind, text in page.blocks:
        text = normalize_line(text)
        if not text or text == previous:
            continue
        previous = text
        if kind == "p" and is_credit(text):
            credits.append(_credit_text(text))
            continue
        if kind == "p" and not blocks and _CREATORS.match(text) and _is_byline(text):
            bylines.append(text)
            continue
        if is_copyright(text) or is_furniture(text) or (
            kind == "p" and (_is_photo_credit(text) or (_words(text) <= 60 and _has_photo_tail(text)))
        ):
            continue  # a caption or a credit left in the text when the page put no <figure> round its photo
        if not blocks and kind == "p":
            if _is_byline(text) or _is_date_line(text):
                bylines.append(text)
                continue
            text, _ = strip_dateline(text)
        blocks.append((kind, text))
    authors = page.authors or split_names(re.sub(r"^by\s+", "", page.byline, flags=re.I))
    authors = authors or _authors_from_lines(bylines)
    blocks = _without_repeats_and_bios(blocks, authors)
    return CleanArticle(
        title=normalize_line(page.title),
        paragraphs=[to_markdown(kind, text) for kind, text in blocks],
        published=parse_iso_date(page.published),
        outlet=page.outlet or outlet_from_lines(page.footer, []),
        url=page.url,
        authors=authors,
        credits=" ".join(credits),
    )


def _without_repeats_and_bios(blocks: list[tuple[str, str]], authors: list[str]) -> list[tuple[str, str]]:
    """The page's blocks less pull quotes (the story's words shown again) and the author's bio."""
    lines = [_Line(text, "prose" if kind in ("p", "quote") else kind) for kind, text in blocks]
    _mark_pull_quotes(lines)
    _mark_author_bios(lines, authors)
    return [block for block, line in zip(blocks, lines) if line.kind not in ("caption", "furniture")]


def to_markdown(kind: str, text: str) -> str:
    """One extracted block as a Markdown paragraph; its text escaped so it stays plain."""
    if kind == "h2":
        return "## " + text
    if kind == "h3":
        return "### " + text
    if kind == "quote":
        return "> " + escape_markdown(text)
    if kind == "li":
        return "- " + escape_markdown(text)
    if kind == "oli":
        return "1. " + escape_markdown(text)
    return escape_markdown(text)


_MD_LEAD = re.compile(r"^(?:#|>|[-*+](?=\s|$)|\d+(?=[.)](?:\s|$))|[-*_=](?=(?:\s*[-*_=]){2,}\s*$))")


def escape_markdown(text: str) -> str:
    """Escape what would turn a plain paragraph into Markdown syntax: a leading ``#``, ``>``, ``-``, ``1.`` ..."""
    m = _MD_LEAD.match(text)
    if not m:
        return text
    if m.group(0).isdigit():
        return text[: m.end()] + "\\" + text[m.end() :]
    return "\\" + text


# -- Markdown input -----------------------------------------------------------------------------

_CARRIED = ("summary", "tags", "draft")


def _from_markdown(text: str) -> Cleaned:
    meta: dict = {}
    body = text.lstrip("\ufeff")
    if body.startswith("---\n"):
        end = re.search(r"^---[ \t]*$", body[4:], re.M)
        if end is None:
            raise CleanError("front matter opened with '---' is never closed")
        try:
            loaded = yaml.safe_load(body[4 : 4 + end.start()])
        except yaml.YAMLError as exc:
            raise CleanError(f"invalid YAML front matter: {getattr(exc, 'problem', None) or exc}") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise CleanError("front matter must be a mapping of 'key: value' lines")
        meta = loaded or {}
        body = body[4 + end.end() :].lstrip("\n")
    blocks = markdown_blocks(body)
    title = str(meta.get("title") or "").strip()
    if not title and blocks:
        m = re.match(r"^#\s+(.+?)\s*#*\s*$", blocks[0]) or re.match(r"^(.+)\n=+\s*$", blocks[0])
        if m:
            title = normalize_line(m[1])
            blocks = blocks[1:]
    published = meta.get("date")
    if isinstance(published, dt.datetime):
        published = published.date()
    if not isinstance(published, dt.date):
        published = parse_iso_date(str(published)) if published else None
    authors = meta.get("authors") or []
    article = CleanArticle(
        title=title,
        paragraphs=blocks,
        published=published,
        outlet=str(meta.get("outlet") or ""),
        url=str(meta.get("url") or ""),
        authors=[str(a) for a in (authors if isinstance(authors, list) else [authors])],
        credits=str(meta.get("credits") or ""),
    )
    return Cleaned(article, markdown=True, extra={k: meta[k] for k in _CARRIED if meta.get(k) not in (None, "", [])})


def markdown_blocks(text: str) -> list[str]:
    """Markdown split into blank-line-separated blocks, keeping fenced code blocks whole."""
    blocks: list[str] = []
    current: list[str] = []
    fence = ""
    for line in text.split("\n"):
        stripped = line.strip()
        if fence:
            current.append(line)
            if stripped.startswith(fence):
                fence = ""
            continue
        if stripped.startswith(("```", "~~~")):
            fence = stripped[:3]
            current.append(line)
            continue
        if not stripped:
            if current:
                blocks.append("\n".join(current).strip("\n"))
                current = []
            continue
        current.append(line.rstrip())
    if current:
        blocks.append("\n".join(current).strip("\n"))
    return [b for b in blocks if b.strip()]


# -- language -----------------------------------------------------------------------------------

LANGUAGE_NAMES = {
    "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
    "pl": "Polish", "tr": "Turkish", "sv": "Swedish", "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic",
    "fa": "Persian", "he": "Hebrew", "el": "Greek", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "hi": "Hindi", "ka": "Georgian", "hy": "Armenian", "th": "Thai",
}
_STOPWORDS = {
    "en": "the of and to in a is that for on with as was by at it from he said his are be has have this which not but were an they their its who will been had would or after",
    "fr": "le la les de des du et un une est que qui dans pour pas sur au aux par avec ce il elle sont a été ont cette mais se ne plus",
    "de": "der die das und ist nicht ein eine den dem des zu mit sich auf für von im sie es auch wird wurde hat dass bei nach aus",
    "es": "el la los las de del y que en un una es por con para se no su al lo como más pero sus fue ha han este esta",
    "it": "il la le di che e un una è per non con del della dei gli sono si nel alla al da come più ma anche ha",
    "pt": "o a os as de do da dos das e que em um uma é para com não no na por se mais foi como ao pelo pela",
    "nl": "de het een en van is dat niet op te in zijn met voor er maar ook als bij door aan naar wordt werd",
    "pl": "i w na z nie się to że do jest o jak po co ale przez od za jego tak już może być",
    "tr": "ve bir bu da de için ile olarak daha çok ne gibi olan ama en kadar sonra ancak",
    "sv": "och att det som en är på för av med till den inte har om ett var jag men de",
}
_STOPSETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN = re.compile(r"[^\W\d_\u0000-\u036f]")
_SCRIPTS = (  # (first, last code point, language) for scripts that name the language outright
    (0x0600, 0x06FF, "ar"), (0x0590, 0x05FF, "he"), (0x0370, 0x03FF, "el"), (0x3040, 0x30FF, "ja"),
    (0xAC00, 0xD7AF, "ko"), (0x4E00, 0x9FFF, "zh"), (0x0900, 0x097F, "hi"), (0x10A0, 0x10FF, "ka"),
    (0x0530, 0x058F, "hy"), (0x0E00, 0x0E7F, "th"), (0x0400, 0x04FF, "cyrillic"),
)


def detect_language(text: str) -> str:
    """``en``, another language code when obvious, or ``?``: a cheap stopword and script test.

    Too little text to judge counts as English; this is a guard against
    ingesting the wrong page, not a language identifier.
    """
    sample = text[:4000]
    letters = len(_LETTER.findall(sample))
    if letters < 80:
        return "en"
    counts: dict[str, int] = {}
    for c in _NON_LATIN.findall(sample):
        cp = ord(c)
        for first, last, lang in _SCRIPTS:
            if first <= cp <= last:
                counts[lang] = counts.get(lang, 0) + 1
                break
    if counts:
        lang, n = max(counts.items(), key=lambda kv: kv[1])
        if n > 0.3 * letters:
            if lang == "cyrillic":
                return "uk" if re.search("[\u0456\u0457\u0454\u0491]", sample) else "ru"
            if lang == "zh" and counts.get("ja"):
                return "ja"
            if lang == "ar" and re.search("[\u067e\u0686\u0698\u06af\u06cc]", sample):
                return "fa"
            return lang
    words = _WORD.findall(sample.lower())[:600]
    if len(words) < 20:
        return "en"
    shares = {lang: sum(1 for w in words if w in stop) / len(words) for lang, stop in _STOPSETS.items()}
    best = max(shares, key=lambda lang: shares[lang])
    if shares["en"] >= 0.12 and shares["en"] >= 0.8 * shares[best]:
        return "en"
    return best if shares[best] >= 0.12 else "?"
