"""The vocabulary of page lines: what one line of a scrape is, judged by itself.

A text scrape is a column of lines: menus, the headline, by-line and date,
captions, the article, credits, related links, the footer. No rule per outlet
survives the next outlet, so each line is judged by its shape and by words
that only page furniture uses ("Share on", "Most read", "All rights
reserved"). This module holds those words and the tests built on them, and the
:class:`Line` that carries a line's kind through cleaning; judgements that need
a line's neighbours are in :mod:`generator.ingest.classify`. Saved web pages
use the same tests on their paragraphs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from generator.ingest.case_blind import CaseBlind
from generator.ingest.published import DIGIT, TIME, holds_date

_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
CLOSERS = "\"'\u201d\u2019\u00bb)]*"
TERMINAL = (".", "?", "!", "\u2026", ".\u201d")
# ten rule characters or more, spaces between them or not: the same lines as a fullmatch of "[...]{10,}" on the
# line with its spaces taken out, without copying every line to take them out
_RULE = re.compile(r" *(?:[-=_~*#\u2014\u2013\u2500\u2550] *){10,}")
_SHORT_RULE = re.compile(r"[-=_~*#\u2022\u00b7.\s\u2014\u2013]{3,}")
_CREDIT = re.compile(
    r"^\(?\s*(?:"
    r"with\s+(?:additional\s+)?reporting\s+(?:by|from)\b"
    r"|(?:additional\s+)?reporting\s+by\b.*(?:;|\b(?:editing|writing|compiled)\s+by\b)"
    r"|(?:additional\s+reporting|editing|writing|compiled|compiling)\s+by\b"
    r"|(?:translated|edited)(?:\s+and\s+(?:edited|translated))?\s+by\b"
    r"|with\s+files\s+from\b"
    r"|reporting\s+by\b[^()]*\)\s*$"  # "(Reporting by Jane Roe in Lagos)": the wire's credit, in brackets
    r")",
    re.I,
)
_CONTRIBUTED = re.compile(
    r"\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\b"
    # "Keith Bradsher contributed reporting from Hong Kong.", "Ana Ruiz contributed research."
    r"|^[A-Z][^.!?]{0,120}?\bcontributed\s+(?:additional\s+)?(?:reporting|research)(?:\s+(?:from|in)\s+[^.!?]{1,60})?\.?\s*$",
    re.I)
_COPYRIGHT = re.compile(r"^(?:\u00a9|\(c\)\s|copyright\b)|\ball rights reserved\b|\u00a9\s*(?:19|20)\d{2}\W*$", re.I)
SELF_DESCRIPTION = re.compile(
    r"^(?P<name>[A-Z][\w&/.'\u2019-]*(?:\s+[A-Z][\w&/.'\u2019-]*){0,5})\s+"
    r"(?:journalists|reporters|correspondents|editors)\s+(?:report|cover|work|provide|bring)\b"
)


def self_description(text: str) -> re.Match[str] | None:
    """SELF_DESCRIPTION's match ("Harbour Gazette journalists report ..."), looked for only in a line that holds
    one of its nouns: the match tries each of a line's first words as a name's end, the look is quicker."""
    if "journalists" in text or "reporters" in text or "correspondents" in text or "editors" in text:
        return SELF_DESCRIPTION.match(text)
    return None
# a public broadcaster's underwriting credit, which the sponsor's own line finishes
UNDERWRITING = r"support for [\w'\u2019 .&-]{1,60} (?:comes|is provided) (?:from|by)"
# Sentences that only page furniture says, at any length.
_BOILERPLATE = re.compile(  # (?<!\w) rather than \b: the same, and quicker to search for
    r"(?<!\w)(?:we use cookies|use of cookies|(?:site|website) uses cookies|cookie (?:policy|settings|preferences)"
    r"|all rights reserved|you(?:'re| are receiving| received| got) this (?:e-?mail|newsletter|message|because)"
    r"|unsubscribe"
    r"|view (?:it|this(?: e-?mail| newsletter| message)?) (?:in|on) (?:your|a|the) (?:web )?browser"
    r"|trouble (?:reading|viewing|seeing) this (?:e-?mail|newsletter|message)"
    r"|(?:was )?this (?:e-?mail |newsletter |message )?(?:was )?forwarded to you"
    r"|forward (?:this e-?mail )?to a friend|in your inbox|to your inbox"
    # a newsletter's greeting: "You are reading Isthmus Letters, ... If a friend forwarded this, welcome."
    r"|if (?:a friend|someone) forwarded (?:you )?this"
    r"|to see more, visit|(?:sign up|subscribe) (?:for|to) (?:our|the)(?: [\w'\u2019-]+){1,4} (?:newsletter|briefing|bulletin)"
    r"|why (?:am i|do i|are you) seeing this"  # an aggregator's note on why it shows the story
    r"|(?:enable|turn on|activate) javascript|javascript is disabled|your browser (?:does not|doesn't) support"
    r"|(?:a version of )?this (?:article|story|piece) (?:appears|appeared|was (?:first |originally )?published)"
    r" (?:in|on|by)\b|become a (?:paying )?(?:member|subscriber|supporter|patron)\b"
    r"|your email address will not be published|the post .{1,200} appeared first on"
    r"|(?:save|add) (?:this |the )?articles? to read (?:it )?later"
    r"|create your (?:own )?reading list|(?:sign up|subscribe|register|click) here"
    # a syndicated copy's note: "This article has been adapted from its original source."
    r"|(?:adapted|republished|reproduced|reprinted) (?:from|with permission from) (?:its|the) original (?:source|publisher)"
    r"|licensed under (?:a |the )?creative commons|you may republish"
    # a research note's disclaimers: "For institutional investors only.", "Past performance is not a guide"
    r"|for (?:institutional|professional) (?:investors|clients) only|not for (?:distribution|redistribution) to"
    r"|past performance is not|(?:is|does) not (?:constitute )?an offer to (?:buy|sell)|analyst certification"
    r"|important disclosures"
    r"|(?:subscribe|sign up|join|follow)(?: to| for)? (?:our|the) [\w' .&-]{0,40}(?:channel|alerts)(?: on \w+)?\b"
    # an advertiser's small print, and a financial page's disclaimer
    r"|ts?&cs apply|terms and conditions apply|capital at risk"
    # a public broadcaster's underwriting credit: "Support for the Statehouse Report comes from ..."
    r"|^" + UNDERWRITING + r"\b"
    r"|(?:does|do) not constitute (?:investment|financial|legal|tax) advice|for information(?:al)? purposes only"
    # an editor's note on a change, and a helpline note under a story of violence or loss
    r"|this (?:story|article|report|post) (?:was|has been) (?:updated|corrected|amended)\b"
    r"|if you(?:'ve|\u2019ve| have) been affected by (?:this|the issues|any of the issues)|^need to talk\?"
    # a text-to-speech player's notice: "The audio version of this article is generated by ...", "Listen to
    # this article", "This audio is auto-generated", "Voiced by artificial intelligence"
    r"|(?:the )?audio (?:version )?(?:of|for) this (?:article|story|page)|listen to (?:this|the) (?:article|story)"
    r"|this audio is (?:auto-?|ai-?|automatically |computer-)?generated|voiced by (?:artificial intelligence|ai)"
    # an invitation to report errors, and a broadcaster's pointers to its programmes and its presenter's lead-in
    r"|(?:spotted|found|see|seen|notice|noticed) an? (?:error|mistake|typo)(?=\s*\?)|^(?:please )?report an? (?:error|mistake|typo)"
    r"|^(?:hear|listen to) (?:more|the full (?:report|interview|programme|episode)) on\b|^(?:on-air|presenter|host|anchor)(?:'s)? intro(?=:)"
    # a call for readers' material: "Have photos or video from your community? Send them to ...", "Got a tip?"
    r"|^(?:have|got|do you have) (?:an? )?(?:photos?|pictures?|videos?|footage|news tip|tip|story)\b[^?]{0,60}(?=\?)"
    # a reader app's or a syndicator's note on where the text came from
    r"|(?:this )?(?:article|story|post) (?:was|is|has been) (?:delivered|provided|supplied|syndicated)(?: in full)? (?:by|via|through)\b"
    # a broadcast transcript's notices: "THIS IS A RUSH TRANSCRIPT.", "This transcript may not be in its final form"
    r"|(?:this is a )?rush transcript|(?:this|the) (?:copy|transcript) may not be in (?:its|their) final form"
    r"|transcript (?:is )?(?:provided|prepared) (?:for reference|by)|prepared by [\w .&-]{1,40} transcription)\b"
)  # (searched in the lower-cased line: a case-blind search is several times slower)
# the two that a capital letter tells: "You are now reading Isthmus Letters", "registered with FINRA as a"
_CASED_BOILERPLATE = re.compile(
    r"(?i)(?<!\w)(?:you(?:'re|\u2019re| are) (?:now )?reading (?-i:[A-Z])|registered with (?-i:[A-Z]{2,6}) as a)"
)
# Every sentence above holds one of these words: a line without any is no boilerplate, and
# looking for them is quicker than the search (add the key word of a new sentence here). The words are
# the sentences' own, spaces included: "support" or "here" alone would pass many a line of a story.
_BOILERPLATE_WORDS = (
    "reading", "forwarded", "investors", "distribution", "past performance", "offer to", "certification",
    "disclosures", "registered with", "cookie", "rights reserved", "this", "unsubscribe", "browser", "inbox", "friend", "see more", "subscribe",
    "sign up", "javascript", "become a ", "support for ", "published", "read later", "reading list", " here",
    "appeared first", "audio", "listen to", "voiced by", "original", "creative commons", "republish", "channel", "alerts",
    "error", "mistake", "typo", "hear ", "intro:", "transcript", "final form", "delivered", "provided", "supplied",
    "syndicated", "photo", "picture", "video", "footage", "tip", "story", "&cs", "conditions apply", "at risk",
    "constitute", "purposes only",
)


def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """A search for any of the words, their alternatives grouped by first letter: sre tries a group only where
    its letter stands, which is quicker than asking `in` of each word in a loop (it finds the same lines)."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    return re.compile("|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items()))


_ANY_BOILERPLATE_WORD = _any_word(_BOILERPLATE_WORDS)
# A piece of each sentence above that starts with a letter prose seldom has ("kie" of "cookie", "ghts reserved",
# "ppear" of "appeared"), and the openings of the sentences that only open a line: every line the search finds
# holds one of these, and sre stops for the search below only where its rare first letter stands, not at most
# of a line's characters as for the words above (tests/test_speed_clean_gates.py holds the search to it).
_BOILERPLATE_CUES = (
    "kie", "ghts reserved", "'re this ", "ving this ", "ved this ", "got this ", "bscribe", "browser",
    "ble reading", "ble viewing", "ble seeing", "warded", "ward to a friend", "ward this e", "your inbox", ", visit",
    "gn up", "why am i", "why do i", "why are you", "javascript", "ppear", "publish", "become a ", "cle to read",
    "cles to read", "g list", "gister here", "k here", "ginal", "ve commons", "vestors only", "clients only",
    "bution to", "performance is not", "ffer to ", "yst certification", "mportant disclosures", "join to ", "join for ",
    "join our", "join the", "follow to ", "follow for ", "follow our", "follow the",
    "&cs apply", "ms and conditions apply", "pital at risk", "pport for ", "constitute", "purposes only", "pdated",
    "corrected", "mended", "ffected by", "udio ", "listen to th", "voiced by", "?", "more on", "full report on",
    "full interview on", "full programme on", "full episode on", "vered", "vided", "pplied", "yndicated",
    "ush transcript", "may not be in", "prepared",
)
_BOILERPLATE_CUE = _any_word(_BOILERPLATE_CUES)
_BOILERPLATE_OPENERS = (  # the sentences searched only at a line's start
    "support for ", "need to talk?", "please report", "report ", "hear ", "listen to ", "on-air", "presenter",
    "host", "anchor", "have ", "got ", "do you have ",
)
# A video's or a recording's running time: "Duration 2:41", "\u25b6 1:05", "Watch 2:41".
RUNNING_TIME = (r"(?:(?:duration|running time|length|watch|play|listen|video|audio|[\u25b6\u25ba]\ufe0f?)\W*)+"
                 r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*mins?)?")
# The ad label in the languages a page's furniture may keep around an English story ("PUBLICIDAD", "Anzeige")
AD_LABELS_ABROAD = r"publicidad|publicidade|publicit[\u00e9e]|pubblicit[\u00e0a]|anuncio|werbung|anzeige|reklame|reklam"
# Whole short lines that are navigation, buttons, labels or widgets.
_NAV = CaseBlind(re.compile(
    r"(?:accessibility links|skip to (?:the )?(?:main )?(?:content|navigation)|jump to (?:main )?content"
    r"|breaking(?: news)?|play live radio|listen live|live radio|next up|on air|available on air stations"
    r"|donate(?: now)?|menu|search|home|sign in|log in|login|log out|register(?: now)?|subscribe(?: now)?"
    r"|sign up|newsletters?|share(?: this(?: article| story| page)?)?|tweet|e-?mail|print|copy link|link copied"
    r"|facebook|twitter|linkedin|whatsapp|instagram|youtube|telegram|reddit|pinterest|tiktok|flipboard|x"
    r"|comments?|\d+ comments?|(?:skip )?advertisement(?:\W+(?:scroll|continue|story|article)\b.*)?|advertising"
    r"|(?:skip past|after) newsletter promotion|sponsored(?: content)?|ads?|promoted|" + AD_LABELS_ABROAD +
    r"|related(?: content| stories| articles| coverage| topics| news| links| reading)?|read more|read next"
    r"|more (?:from|on|in) .{1,40}|more stories|most (?:read|popular|viewed|shared|watched)|recommended(?: for you)?"
    r"|trending(?: now)?|top stories|latest(?: news| stories)?|you (?:may|might) also like|stay connected"
    r"|follow us(?: on .{1,30})?|see (?:all |more )?stories by .{1,40}|more by .{1,40}|site index|browse|about(?: us)?"
    r"|contacts?(?: us)?(?:\s*:.*)?|(?:media|press) (?:contacts?|enquiries|inquiries)(?:\s*:.*)?|careers"
    r"|(?:for )?immediate release|privacy(?: policy| notice)?|terms(?: of use| of service| (?:and|&) conditions)?"
    r"|accept(?: all)?(?: cookies)?|manage (?:settings|preferences|cookies)|reject all|i agree|ok|close"
    r"|in this issue|watch(?: now| live| video)?|listen(?: now)?|image|photo|video|audio|gallery|toggle caption"
    r"|hide caption|enlarge this image|(?:image|media|video) (?:source|caption|copyright).*|\d+x\d+ image|loading.*"
    r"|topics?:.*|tags?:.*|(?:please )?wait \d+ seconds? to continue|skip ad"
    r"|filed under:?.*|posted in .*|\d+ min(?:ute)?s? read|\d+\s*[–-]\s*\d+ min(?:ute)?s?(?: read)?|reading time.*"
    r"|(?:last )?updated\b.*|back to top"
    r"|continue reading|show more|load more|view comments|podcasts?|schedule|weather|sport|sports|opinion"
    r"|world|news|politics|business|markets|technology|culture|arts(?: (?:and|&) culture)?|more|\d{1,2}:\d{2}"
    r"|(?:listen|watch|play)\W+\d{1,2}:\d{2}|our standards\b.*|all quotes delayed.*|the trust project.*"
    r"|(?:download|get) (?:the|our) app|public files?(?: contact)?|fcc applications|editorial (?:standards|policy)"
    r"|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|save|gift(?: this article)?"
    r"|bookmark|listen to (?:this )?(?:article|story)|audio for this article.*"
    r"|more follows(?:\W+continued)?|continued|more to follow|\(?more\)?"  # a wire's continuation mark
    r"|(?:(?:purchase|acquire|buy|request|get) )?(?:licensing|reprint|republishing|syndication) rights"
    r"|reprints?(?: (?:and|&) permissions)?|permissions|licen[cs]e this (?:photo|image|picture|article|story|content)"
    r"|buy (?:this )?(?:photo|image|picture|print)s?|(?:enlarge|expand|view) (?:this )?(?:photo|image|picture)"
    r"|republish(?: this)?(?: article| story)?|categor(?:y|ies):.*|(?:show )?key events(?: only)?|pinned(?: post)?"
    r"|(?:enter )?(?:your )?e-?mail(?: address)?|\d{1,2}\s*(?:m|mins?|minutes?|h|hrs?|hours?|d|days?) ago"
    r"|\d+[- ]min(?:ute)?s? listen|playlist|embed|transcript|heard on .{1,40}|sponsor message|social sharing"
    r"|keyboard shortcuts\b.*|(?:open|close|toggle) (?:the )?(?:navigation |main |site )?menu"
    r"|more stories(?: from .{1,40})?|" + RUNNING_TIME + ")",
    re.I,
))
# '<iframe src="..." width="100%"></iframe>': a player's embed code is markup, not text; wrapped, each piece is
# a tag's start, its attributes or its end.
_TAG_START = re.compile(r"</?[a-zA-Z][\w-]*(?:[\s/>]|$)")
_TAG_END = re.compile(r"(?:</[a-zA-Z][\w-]*|[\w-]=(?:\"[^\"]*\"|'[^']*')\s*/?)>$")
_ATTRIBUTES = re.compile(r"(?:[\w-]+=(?:\"[^\"]*\"|'[^']*')\s*)+")
_OPENS_NEW_TAB = re.compile(r",?\s*\(?opens (?:in )?(?:a )?new (?:tab|window)\)?$", re.I)  # screen-reader note
# "Page 3 of 7", "- 14 -", "harbourgazette.example  Page 2": running page numbers of printed and PDF pages.
_PAGE_NUMBER = re.compile(
    r"(?:^|\s)(?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-\u2013\s]*\d{1,4}[-\u2013\s]*$", re.I)
# Letters and live pages open and close by talking to the reader; that is not the story.
_GREETING = re.compile(
    r"^(?:(?:good (?:morning|afternoon|evening|day)|hello|hi|hey|greetings)"
    r"(?: (?:again|everyone|all|there|readers|friends))?"
    r"(?:\s*[,.!\u2014\u2013-]|\s+and welcome\b)"
    r"|dear (?:readers?|subscribers?|friends?|members?|all)\s*[,.!]"
    r"|welcome (?:back )?to (?:(?:the|this|today's|tonight's|our|your) )?\S+(?: \S+){0,6}? "
    r"(?:newsletter|briefing|brief|bulletin|digest|letter|edition|issue)\b"
    r"|(?:thanks|thank you) for reading\b|that's (?:it|all) for (?:today|tonight|this week|now)\b"
    r"|see you (?:tomorrow|next week|on \w+day)\b|until next time\b)",
    re.I,
)
# ... but a live page's welcome post says what the coverage will bring, and is the page's first entry
_LIVE_WELCOME = re.compile(r"\blive (?:coverage|blog|updates|page)\b", re.I)
_LABELLED = CaseBlind(re.compile(  # "READ MORE: <a headline>" and the like, at any length
    r"^(?:read more|related|see also|also read|read also|recommended|more on this(?: story)?|watch|listen"
    r"|poll|quiz|survey|vote|also on [\w .&'-]{1,40}|more from [\w .&'-]{1,40}|editor'?s note"
    r"|most read|editor's picks?|sponsored|photo gallery|gallery|in pictures|photos|pictures|slideshow|video"
    r"|watch video|podcast|privacy notice|advertisement|advert|ad|promoted|promotion|partner content|paid content"
    r"|paid post|subscriber exclusive|subscribers only|members only|premium|special offer"
    # a link to the outlet's other sections, and its appeal for members: "OPINION › <a headline>"
    r"|opinion|analysis|explainer|membership|support us"
    # a link to the outlet's live page: "LIVE: Thousands march to Plaza de Mayo", "Live updates: ..."
    r"|live(?: updates| blog| coverage)?"
    # a match's fact box: "Player of the match: Travis Head"
    r"|player of the (?:match|tournament|series|year)"
    # an editor's labels on a draft: "Standfirst (wire): ...", "Dek: ..."
    r"|standfirst|strapline|dek|deck|teaser|kicker)(?:\s*\([^)]{1,30}\))?\s*[:|\u2014\u2013\u203a\u00bb\u00b7\u2022-]\s"
    # a jump to or from another page, with or without the next page's headline
    r"|^[(\[]?(?:continued|continues|story continues) (?:on|from) (?:page|p\.) ?[a-z]?\d{1,3}\b",
    re.I,
))
_COMMENTS = re.compile(
    r"(?:\d+\s+)?(?:(?:readers?'?|user|your) )?comments?(?:\s*\(\d+\))?|join the (?:conversation|discussion)"
    r"|leave a (?:comment|reply)|discussion about this (?:post|article|story)|about the authors?"
    r"|comments (?:are|have been) (?:closed|disabled|turned off)(?: (?:for|on) this (?:article|story|post))?\.?"
    r"|show comments|view \d+ comments|\d+ responses?|(?:one|\d+) (?:thoughts?|responses?|repl(?:y|ies)|comments?)"
    r" (?:on|to) .*|leave a (?:comment|reply) cancel reply",
    re.I,
)
_IMPERATIVE = re.compile(
    r"^(?:support|donate|subscribe|sign up|sign in|log in|follow|share|download|listen|watch|read|see|click|tap"
    r"|register|join|get|visit|view|explore|discover)\b",
    re.I,
)
# a short question, then a call to action: an advert's or a service's pitch
_TEASER = re.compile(
    r"[^.?!\"\u201c]{3,50}\?\s+(?:compare|find|try|book|claim|switch|apply|get|start|join|sign up|download|subscribe"
    r"|call|discover|save)\b", re.I)
# "🔔 Follow ...", "👉 Share ...": a pictograph or an arrow before a call to action
_LEADING_SYMBOLS = re.compile(r"^[^\w\s\"'\u201c\u2018(\[\-\u2013\u2014.,;:!?]+\s*")
_PHOTO = CaseBlind(re.compile(
    r"\b(?:photo|photos|photograph|image|images|picture|pool|getty|afp|ap|reuters|epa|tass|xinhua|sputnik"
    r"|anadolu|shutterstock|courtesy|illustration|file)\b", re.I))
# "Jane Roe/Agency": searched only in a line with a slash, since every word start tries it to the line's end
_PHOTO_BY = re.compile(r"\b[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*/[A-Z]", re.I)
# A credit ends a caption without a full stop: "... in Geneva. Meridian/Pool" is a caption, "... in May. The
# EU/IMF deal ended." and "... it said. AFP could not verify it." are sentences.
_PHOTO_TAIL = re.compile(  # "... in Geneva. Meridian/Pool", "(AP Photo/Jane Doe)", "[1/5] Soldiers at ..."
    r"[.!?]\s+(?:\S+\s+){0,3}\S*[A-Za-z]/[A-Z]\S*(?:\s+\S+){0,3}(?<![.!?])$"
    r"|\([^()]*\b(?:photo|image|picture|file)\b[^()]*\)$"
    r"|^\[\d+/\d+\]\s"
    r"|[.!?]\s+(?:[\u2014\u2013-]\s+)?(?:[\w/.-]+\s+){0,4}(?:photo|photograph|pool|images?|getty|afp|ap|reuters"
    r"|epa|tass|courtesy|screengrab|screen grab|screenshot|grab|handout|pictures?):?"  # ("... on. Photo: X")
    r"(?:\s+[\w/.-]+){0,6}(?<![.!?])$"
    r"|\[[^\[\]]*(?:\w/[A-Z]|\b(?:photo|file|image|picture|getty|afp|ap|reuters|epa|credit)\b)[^\[\]]*\]$"
    r"|\bcredit\s*(?:\.{2,}|\u2026|:)\s*[A-Z][^.!?]{0,80}$",  # "[File: Jane Roe/Agency]", "Credit...Jane Roe for X"
    re.I,
)
INTERRUPTION = re.compile(
    r"(?:skip )?(?:advertisement|advertising|ads?|sponsored(?: content)?)(?:\W+(?:scroll|continue|story|article)\b.*)?"
    r"|" + AD_LABELS_ABROAD +
    r"|(?:story|article) continues (?:below|after).*"
    r"|continue reading.*|(?:skip past|after) newsletter promotion",
    re.I,
)
# How press releases and agency copy mark their end: "###", "-30-", "ENDS", "Notes to editors".
_END_MARK = re.compile(
    r"#{3}|\W*-\s*30\s*-\W*|[-\u2013\u2014\s]*END[S]?[-\u2013\u2014\s.]*|(?i:notes? (?:to|for) editors)\W*"
    # an agency's end mark and its editors' initials: "(END) A.K. / R.S.", "(ENDS) jk/mw"
    r"|\(ENDS?\)(?:\s+(?:(?:[A-Z]\.){1,3}|[a-z]{2,3})(?:\s*/\s*(?:(?:[A-Z]\.){1,3}|[a-z]{2,3}))*)?\s*")
# the sections a press release ends with: the issuer's boilerplate, the legal note, the contacts
_RELEASE_END = re.compile(
    r"(?:About\s+(?:[A-Z0-9][\w&.,'\u2019-]*\s*){1,6}"
    r"|(?:Forward[- ]Looking|Cautionary|Safe[- ]Harbou?r)\s+(?:Statements?|Information|Notes?)"
    r"|(?:Media|Press|Investor|News)\s+(?:Contacts?|Relations|Enquiries|Inquiries)|Contacts?"
    r"|For\s+(?:further|more)\s+information(?:,?\s+(?:please\s+)?contact)?)\s*:?")


def ends_a_release(text: str) -> bool:
    """"About Alaska Airlines", "Forward-Looking Statements", "Media contacts": a press release's closing
    sections, where the story ends."""
    return len(text) < 80 and _RELEASE_END.fullmatch(text.strip()) is not None


CLOCK = re.compile(  # a live entry's time stamp: "18:42 ACST", "9.05am", "2h ago"
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?"
    r"|\d{1,2}\s*(?:m|mins?|minutes?|h|hrs?|hours?) ago",
    re.I)
# the story's tags, printed where it ends: "Topics: Tonga, Disasters", "Tags: #Nepal #GenZ", "Filed under: ..."
_TAGS = re.compile(r"(?:topics|tags|filed under|keywords|related topics)\s*:\s*\S", re.I)
_TABLE_BORDER = re.compile(r"\+[-=+]{3,}\+|\|[^|]*(?:\|[^|]*)*\|")
_PHOTO_LABEL = re.compile(
    r"^\W*(?:photo(?:graph)?s?|images?|pictures?|credit|source)(?:\s+credit)?\s*[:|\u2014-]\s*", re.I)
_CREDIT_WORDS = frozenset(
    "by via of for and the courtesy photo photos photograph image images picture pictures file pool handout staff"
    " contributor supplied license licence this".split()
)
# a note's mark, as a document export or a scrape of one prints it: "[a]", "[12]"
NOTE_MARK = r"\[(?:\d{1,3}|[a-z]{1,2})\]"
# a numbered section's heading, as newsletters print them: "** 2. Lander tries for the Moon"
NUMBERED_SECTION = re.compile(r"^(?:\*\*\s*)?\d{1,2}[.)]\s+(?=\S)")
ITEM_START = re.compile(r"[\u2022\u00b7\u25aa\u25cf*+>-]\s|\d{1,2}[.)]\s")
WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
DANGLING = frozenset("a an the of to in on at by for from with and or but as that than into over".split())
# (a bilingual page labels it in both languages: "Автор / By: Aýna Orazmyradowa")
BYLINE = re.compile(r"^(?:[^\W\d_]+\s*/\s*)?(?:(?:words|text|story|written|reported|photo(?:graph)?s?|pictures|illustrations?)\s+)?"
                     r"by:?\s+(?:the\s+)?[A-Z\u00c0-\u024f]", re.I)
# "Words by Jane Roe · Photographs by John Doe": a magazine's by-line, though its dots look like a menu's.
CREATORS = re.compile(
    r"^(?i:words|text|story|written|reported|photo(?:graph)?s?|pictures|illustrations?)\s+by\s+[A-Z\u00c0-\u024f]")
_BYLINE_WORDS = CaseBlind(re.compile(
    r"\b(?:correspondents?|reporters?|staff|writers?|editors?|bureau|contributors?|columnist|wires?)\b"
    r"|\b(?:desk|newsroom)$"  # "Himalaya Dispatch Desk", "Metro Newsroom": a credit to a desk
    r"|^(?:authors?|written by|reporter|by)\s*:\s*[a-z]"  # "Author: Jane Roe"
    r"|^(?:prepared|written|reported|compiled|produced) by\b|^(?:reporting|writing|reported|filed) from\b",
    re.I,
))
MENU_SEPARATORS = re.compile(r"\s(?:\||\u203a|\u00bb|>|/|\u2022|\u00b7)\s")
# the same look for one of them, opening on the separator (sre looks for its character and tries the pattern only
# there, not at every space), with white space on either side
_MENU_SEPARATOR = re.compile(r"[|\u203a\u00bb>/\u2022\u00b7](?<=\s.)(?=\s)")
_NAME = r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,2}"
NAMES_IN_PLACES = re.compile(  # "Dan Sabbagh in Kyiv and Julian Borger in Washington"
    rf"{_NAME} in [A-Z][\w.-]+(?: [A-Z][\w.-]+)?(?:(?:,| and| &) {_NAME}(?: in [A-Z][\w.-]+(?: [A-Z][\w.-]+)?)?)*"
)


def normalize_line(line: str) -> str:
    """One paragraph's text with invisible characters dropped and runs of space made one."""
    if not line.isascii():  # (an ASCII line holds no invisible character, and NFC leaves it as it is)
        line = unicodedata.normalize("NFC", _INVISIBLE.sub("", line))
    if not _spaced_as_one(line):
        line = " ".join(line.split())  # (every kind of space: no-break, thin, ideographic)
    return _END_GLYPH.sub("", line) if line[-1:] in _END_GLYPHS else line  # (the look is cheap; the search is not)


def _spaced_as_one(line: str) -> bool:
    """Whether joining the line's words by one space would give the line back: a quick look that spares most
    lines the split. (Every white space character but the plain space is unprintable, tests/test_speed_clean_gates.py
    holds it to that: a printable line's only white space is the plain space, single and inside.)"""
    return line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " "


# a magazine's end-of-story mark after the last sentence: "... afford to do both. ■"
_END_GLYPHS = "\u25a0\u25a1\u25aa\u25c6\u25c7\u2666\u25cf\u220e"
_END_GLYPH = re.compile("(?<=[.!?\u201d\"'])\\s+[\u25a0\u25a1\u25aa\u25c6\u25c7\u2666\u25cf\u220e]$")


@lru_cache(maxsize=256)
def word_count(text: str) -> int:
    return len(text.split())


@lru_cache(maxsize=256)
def is_sentence(text: str) -> bool:
    """Ends like a sentence (closing quotes and brackets aside) and has a few words."""
    core = text.rstrip(CLOSERS + " ")
    return core.endswith(TERMINAL) and word_count(text) >= 3


def is_credit(text: str) -> bool:
    """A credit line: "With reporting by ...", "(Reporting by ...; Editing by ...)", "... contributed to this"."""
    if _CREDIT.match(text):
        return True
    return "contributed" in text and word_count(text) <= 25 and bool(_CONTRIBUTED.search(text))


def is_copyright(text: str) -> bool:
    """A copyright notice: "\u00a9 2023 ...", "Copyright ...", "All rights reserved"."""
    # The notice starts with its sign or word, or says "reserved": a cheap look before the search.
    maybe = text[:1] in "\u00a9(Cc" or "eserved" in text or "ESERVED" in text or "\u00a9" in text[-12:]
    return maybe and bool(_COPYRIGHT.search(text)) and word_count(text) <= 40


_BUTTON_ROW = re.compile(r"\s*(?:\[[^\[\]]{1,40}\]\s*){2,}")
_PAYWALL_OPENING = re.compile(
    r"(?i)\W*(?:subscribe\b|subscribers (?:can read|get|only)\b|already a subscriber|want the full story|"
    r"continue reading\b|keep reading\b|you(?:'ve| have) read \d+ of \d+|get unlimited access|unlock (?:this|the full)|"
    r"upgrade to\b|this (?:article|story) is (?:for|only for|exclusive to) subscribers|"
    r"comments are (?:available|open|only) (?:to|for) subscribers)")
_PAYWALL_CLOSING = re.compile(r"(?i)\b(?:included with (?:premium|your subscription)|for premium subscribers)\W*$")


def _may_close_paywall(lower: str) -> bool:
    """Whether the lower-cased line holds the words every paywall closing has: a quick look before the search. (No
    character but the capital matches these letters case-blind, so the lower-cased line holds them if the
    search finds them.)"""
    return "prem" in lower or "ncluded w" in lower


_ON_AIR_PROMO = re.compile(r"(?i)\W*(?:live now|now live|on air now|watch(?:ing)? live|streaming now|now streaming)\s+on\s+"
                           r"[^:]{1,40}:\s")
_REMOVED_MEDIA = re.compile(r"(?i)\s*\[(?:[\w ]{0,20}\s)?(?:advertisement|advert|ad|sponsored|image|photo|picture|video|"
                            r"audio|embed|embedded|media|graphic|chart|map|gallery|tweet|post|iframe|widget)\b[^\]]{0,60}\]\s*")
# a share bar as text: its count and its buttons' one-letter icons ("1.4K shares   f   X   in   ✉")
_SHARE_COUNT = re.compile(r"(?i)\s*[\d.,]+\s?[KM]?\s+(?:shares?|likes?|reactions?|reposts?|claps?|views?)\b")
_ICON_ROW = re.compile(r"(?:\s+(?:[A-Za-z]{1,2}|[^\w\s]{1,2})){2,}\s*")


# icons a page sets before its labels: pictographs, dingbats, arrows and other symbols (not letters, digits or
# the punctuation of a sentence)
_PICTOGRAPHS = re.compile(r"[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f]+")
_BARE_LINK = re.compile(r"<(?:https?://|www\.)[^\s<>]+>")


def is_furniture(text: str, lower: str | None = None) -> bool:
    """Page furniture by vocabulary alone: cookie banners, menus, share buttons, section labels, embed codes.

    ``lower``, when given, is ``text.lower()`` (made once by the caller for every look that reads it)."""
    return _furniture(text, text.lower() if lower is None else lower, word_count(text))


# the characters around a menu's word: "Home |", "• Share", "› Opinion:"
_NAV_TRIM = " :.!\u2022\u00b7|>-\u2013\u2014\u203a\u00bb"


def _furniture(text: str, lower: str, words: int) -> bool:
    """is_furniture, given the line's facts that its caller has already made: ``lower`` is ``text.lower()`` and
    ``words`` its word count. The case-blind looks ask their pattern of the lower-cased line directly (what
    CaseBlind.pick would choose: the line holds no letter re.I reads as ASCII otherwise), the choice made once."""
    if _is_boilerplate(text, lower) or (_GREETING.match(text) and not _LIVE_WELCOME.search(text, 0, 120)):
        return True
    if _is_markup(text) or _BUTTON_ROW.fullmatch(text):
        return True  # ("[ Follow West Coast Wire ]   [ Save ]": a row of buttons, drawn in brackets)
    if len(text) < 300 and (_PAYWALL_OPENING.match(text) or _may_close_paywall(lower) and _PAYWALL_CLOSING.search(text)):
        return True  # "Subscribe to keep reading. ...", "You have read 3 of 3 free articles": a paywall's interruption
    if len(text) < 200 and _ON_AIR_PROMO.match(text):
        return True  # "LIVE NOW ON AEGEAN24 SPORT: final reaction from Piraeus": the channel's promotion, not the story
    if _BARE_LINK.fullmatch(text):
        return True  # "<https://gov.example/news/...>": a plain-text mail's link on its own line, inside a sentence
    if _REMOVED_MEDIA.fullmatch(text):
        return True  # "[Advertisement removed by Clipwise]", "[Embedded video]": what a clipper left out
    count = _SHARE_COUNT.match(text)
    if count and (count.end() == len(text) or _ICON_ROW.fullmatch(text, count.end())):
        return True
    if words <= 8:
        if text.rstrip(" -\u2013")[-1:].isdigit() and _PAGE_NUMBER.search(text):
            return True
        if "new " in text:
            text = _OPENS_NEW_TAB.sub("", text)
            lower = text.lower()
        # (the lower-cased line trimmed is the trimmed line lower-cased: the trimmed characters are no letters)
        if _NAV.fullmatch(text.strip(_NAV_TRIM), lower.strip(_NAV_TRIM)):
            return True
        if not text.isascii():  # (every pictograph is outside ASCII: an ASCII line is one part)
            parts = [part.strip(" :.!") for part in _PICTOGRAPHS.split(text)]
            if len(parts) > 1 and any(parts) and all(_NAV.fullmatch(part) for part in parts if part):
                return True  # "\u23f1 6 min read \U0001f3a7 Listen": a row of labels, each after its icon
    if words <= 12 and _IMPERATIVE.match(text if text[:1].isalnum() else _LEADING_SYMBOLS.sub("", text)):
        return True  # (a line opening with a letter or a digit, a word character, has no symbols to take off)
    if _LABELLED.match(text, lower):
        return True
    if words <= 25 and "," not in text and _TEASER.match(text):
        return True  # "Moving to Switzerland? Compare health insurance premiums in two minutes.": an advert's pitch
    if words <= 20 and _PROGRAMME_LABEL.match(text):
        return True  # "CAST: Hollis Grant, Delia Ferrante", "SHOW: MORNING REPORT 07:00": a transcript's header
    if _SHORT_RULE.fullmatch(text) or _TABLE_BORDER.fullmatch(text):
        return True  # (a box drawn in text: "+-----+", "| FINAL Nigeria 1-2 Ivory Coast |")
    if words <= 14 and _may_hold_temperature(text) and len(_TEMPERATURE.findall(text)) >= 2 and (
        _WEATHER_WORD.search(text)
    ):
        return True  # "TODAY: Hazy sunshine, high 41C, low 31C. Humidity 60%.": a weather box
    if not is_sentence(text) and _MENU_SEPARATOR.search(text):  # (a line without one is no menu: no look at its parts)
        parts = [p for p in MENU_SEPARATORS.split(text) if p.strip()]
        if len(parts) >= 2 and all(word_count(p) <= 4 for p in parts):
            return True
        if len(parts) >= 2 and words <= 25 and all(word_count(p) <= 8 and DIGIT.search(p) for p in parts) \
                and not is_date_line(text):
            return True  # "Napoli: 80 pts after 33 games · Lead: 16 pts · Games left: 5": a box of figures (a header's
            # "Posted: Jan 06, 2025 | Updated: 3 hours ago" is its date line, which tells the article's date)
    return self_description(text) is not None


_PROGRAMME_LABEL = re.compile(r"(?:cast|guests?|show|programme|program|segment|speakers|panel(?:ists)?)\s*:\s+\S", re.I)
_TEMPERATURE = re.compile(r"(?<![\w.])-?\d{1,2}\s?(?:°\s?[CF]?|[CF]\b)|\b[Hh]umidity\b")


def _may_hold_temperature(text: str) -> bool:
    """Every match of _TEMPERATURE holds a digit with a degree sign, a C or an F after it (a space between them
    or not), or "umidity": a quick look before its search, which tries every character."""
    return "umidity" in text or _DEGREES.search(text) is not None


_DEGREES = re.compile(r"\d\s?[\u00b0CF]")


_WEATHER_WORD = re.compile(r"(?i)\b(?:high|low|humidity|sunny|sunshine|cloudy|showers|hazy|haze|fog|rain|wind|clear)\b")


def _is_markup(text: str) -> bool:
    if text[:1] == "<":
        return bool(_TAG_START.match(text))
    if text[-1:] == ">":
        return bool(_TAG_END.search(text, max(0, len(text) - 200)))
    return '="' in text and bool(_ATTRIBUTES.fullmatch(text))


def _is_boilerplate(text: str, lower: str | None = None) -> bool:
    """Whether the line holds a sentence only page furniture says (``lower``, when given, is ``text.lower()``).

    Every line _BOILERPLATE finds holds a cue or opens with an opener (tests/test_speed_clean_gates.py),
    and every line _CASED_BOILERPLATE finds holds "you" or "ered w" lower-cased (no character but the capital
    matches those letters case-blind): a line with neither is answered without the look for the words.
    """
    if lower is None:
        lower = text.lower()
    if _BOILERPLATE_CUE.search(lower) or lower.startswith(_BOILERPLATE_OPENERS):
        if _ANY_BOILERPLATE_WORD.search(lower):
            return bool(_BOILERPLATE.search(lower) or _may_be_cased_boilerplate(lower) and _CASED_BOILERPLATE.search(text))
        return False
    return (
        ("you" in lower or "ered w" in lower) and _may_be_cased_boilerplate(lower)
        and _ANY_BOILERPLATE_WORD.search(lower) is not None and _CASED_BOILERPLATE.search(text) is not None
    )


def _may_be_cased_boilerplate(lower: str) -> bool:
    """Whether the lower-cased line holds a word of either case-telling sentence ("reading", "registered with"): a
    quick look before their case-blind search. (No character but the capital matches these letters case-blind.)"""
    return "ead" in lower or "ered w" in lower


def is_date_line(text: str, lower: str | None = None) -> bool:
    """A short line that states a date or a time: a header's date line, not a sentence that mentions one
    (``lower``, when given, is ``text.lower()``)."""
    if word_count(text) > 14 or not DIGIT.search(text) or is_sentence(text) and word_count(text) > 8:
        return False
    if TIME.fullmatch(text):
        return True
    return holds_date(text, lower)


def is_byline(text: str, lower: str | None = None) -> bool:
    """A by-line: "By Jane Roe", "Jane Roe in Kyiv", "Staff correspondent, Khartoum" (``lower``, when given, is
    ``text.lower()``)."""
    if len(text) > 250:
        return False  # sixteen words at most
    words = word_count(text)
    # (BYLINE holds "by", whose letters only their capitals match case-blind: the lower-cased line, when given, tells)
    if words <= 15 and (lower is None or "by" in lower) and BYLINE.match(text) and not is_sentence(text):
        return True
    if words <= 16 and NAMES_IN_PLACES.fullmatch(text):
        return True
    return words <= 10 and not is_sentence(text) and _BYLINE_WORDS.search(text, lower)


def is_photo_credit(text: str, lower: str | None = None) -> bool:
    """"Photograph: Jane Roe/Agency", "AFP via Getty Images": a short line naming who took the picture (``lower``,
    when given, is ``text.lower()``).

    Credits are names and agencies; a line with more than a couple of ordinary
    lower-case words ("Photos show the damage in the old town") says something
    about the picture or links to more of them, and is no credit.
    """
    if len(text) > 200 or word_count(text) > 10 or is_sentence(text) or not (
            _PHOTO.search(text, lower) or "/" in text and _PHOTO_BY.search(text)):
        return False
    plain = [w for w in WORD.findall(_PHOTO_LABEL.sub("", text)) if w[0].islower() and w not in _CREDIT_WORDS]
    return len(plain) <= 2


@dataclass(slots=True)
class Line:
    """One paragraph of a scrape and its kind; the kind gives its weight in the search for the body."""
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
        if self.kind == "boxed":
            return 0.0  # the inside of a boxed insert: the box as a whole weighs as one aside
        if self.kind == "jumped":
            return 0.0  # what a reader skips between "Continued on Page 15" and "From Page 14": the story goes on
        return -(40 + min(n, 60))


WALLS = ("credit", "copyright", "rule", "sender")  # ("sender": a chat message's name-and-time header)
KEEP = ("prose", "long")


def is_end_mark(text: str) -> bool:
    """The mark a wire or a release puts after its last line: "###", "-30-", "(END) A.K. / R.S.", "ENDS"."""
    return bool(_END_MARK.fullmatch(text))


def has_photo_tail(text: str) -> bool:
    """A caption's credit at its end; the credit is a few words, so only the line's end is searched."""
    end = text if len(text) <= 200 or text[:1] == "[" else text[-200:]
    if end[-1:] in (".", "!", "?") and end[:1] != "[":
        return False  # (every form of the credit ends otherwise, or opens with a bracket: most lines need no search)
    return bool(_PHOTO_TAIL.search(end))


def intrinsic_kind(text: str) -> str:
    """A line's kind judged by itself; walls (rule, credit, copyright) first, prose last."""
    lower = text.lower()  # (read by the case-blind looks below, made once)
    if (
        _RULE.fullmatch(text)
        or text == "--"
        or _COMMENTS.fullmatch(text.strip(" :"))
        or is_end_mark(text)
        or (_TAGS.match(text) and len(text) < 200)
        or ends_a_release(text)
    ):
        return "rule"  # a long rule, the comments heading, an end mark, the tags: the story does not go on past it
    if is_credit(text):
        return "credit"
    if is_copyright(text):
        return "copyright"
    words = word_count(text)
    # (is_byline passes no line of more than 16 words: a sentence of the story needs no look for the by-line's start;
    # and both by-line patterns hold "by", whose letters only their capitals match case-blind)
    if words <= 16 and "by" in lower and (CREATORS.match(text) or BYLINE.match(text)) and is_byline(text, lower) and (
        not _is_boilerplate(text, lower)
    ):
        return "byline"  # "By Jane Roe | 8 May 2023", "Words by ... · Photographs by ...", though they look like menus
    if _furniture(text, lower, words):
        if _LABELLED.match(text, lower) or INTERRUPTION.fullmatch(text.strip(" :.!-\u2013\u2014")):
            return "aside"  # what pages put inside a story: an ad's label, a link to another story
        return "furniture"
    # (none of these passes a line of more than 16 words: the story's sentences go straight on to the prose test)
    if words <= 16:
        if is_byline(text, lower):
            return "byline"
        if is_date_line(text, lower):
            return "date"
        if is_photo_credit(text, lower):
            return "photo"
    if is_sentence(text) and words >= 4:
        return "prose"
    if text.endswith(":") and words >= 12 and re.search(r"[a-z][.!?]\s+[A-Z]", text):
        return "prose"  # "... we are going to pause here. Here is where things stand:": it introduces a list
    if words >= 20 and re.search(r"[,;:]\s|\.\s", text):
        return "long"  # a paragraph that lost its full stop; a flattened menu has no punctuation at all
    return "short"
