"""Every line of a text scrape gets a kind: its own shape first, then what its neighbours say about it.

Many kinds of furniture only show in context: a caption printed twice, a
page header repeated on every printed page, the blurb inside a newsletter box,
the points under "Summary", a video's caption under "WATCH |", the links under
"Related", a pull quote the story repeats. Each is one small pass over the
lines, run in order by :func:`classify`.
"""

from __future__ import annotations

import re

from generator.ingest.case_blind import CaseBlind
from generator.ingest.headline import headline_shaped
from generator.ingest.lines import (
    AD_LABELS_ABROAD,
    CLOCK,
    INTERRUPTION,
    ITEM_START,
    KEEP,
    RUNNING_TIME,
    UNDERWRITING,
    WALLS,
    Line,
    has_photo_tail,
    intrinsic_kind,
    is_sentence,
    word_count,
)
from generator.ingest.published import strip_dateline

_RUNNING_TIME_LINE = re.compile(RUNNING_TIME, re.I)
_BARE_TIME = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}")
_VIDEO_LABEL = re.compile(r"(?:watch|video|watch video)\s*[:|\u2014\u2013-]\s*\S", re.I)
_VIDEO_WORD = re.compile(
    r"(?:watch|video|play(?: video)?|watch video|[\u25b6\u25ba]\ufe0f?(?:\s*(?:play|watch))?)", re.I)
# what a video's label, word or running time may open with, case-blind: the first letters of their words (duration,
# running time, length, watch, play, listen, video, audio) and the play signs
_VIDEO_FIRST = frozenset("dDrRlLwWpPvVaA\u25b6\u25ba")
# The heading of a block of links to other stories.
_RELATED_HEADING = re.compile(
    r"(?:related(?: content| stories| articles| coverage| links| reading| news| topics)?|read more|read next|see also"
    r"|also read|read also|more on this(?: story| topic)?|more (?:stories|coverage)(?: (?:from|on) .{1,40})?"
    r"|recommended(?: reading| stories| for you)?|you (?:may|might) also like|further reading)\W*",
    re.I,
)
# A header line: what a saved e-mail carries above the letter, or a reader tool above the page it saved
# ("Title:", "URL Source:", "Published Time:", "Markdown Content:").
_MAIL_HEADER = re.compile(
    r"^(?:from|to|cc|bcc|reply-to|subject|date|sent|message-id|mime-version|content-type|x-[\w-]+"
    r"|title|url(?: source)?|source|published(?: time)?|author|markdown content)\s*:(?:\s*\S|$)", re.I)
_HEADER_NAMES = ("from:", "subject:", "title:", "url source:", "markdown content:")
_DIGITS = re.compile(r"\d+")
# "Summary", "Key points": a list of short points between the headline and the story.
_SUMMARY_LABEL = re.compile(
    r"(?:summary|key points|key takeaways|highlights|in brief|in short|at a glance|what we know|the big picture"
    r"|quick read|tl;?dr)\W*",
    re.I,
)
# the characters a case-blind match of _SUMMARY_LABEL may open with (as _CAPTION_LABEL_FIRST, the K twin included)
_SUMMARY_LABEL_FIRST = frozenset("sSkKhHiIaAwWtTqQ\u0130\u0131\u017f\u212a")
_QUOTES_AND_STOPS = " \"'\u201c\u201d\u2018\u2019\u00ab\u00bb.,;:!?\u2026"
_SIGNUP = CaseBlind(re.compile(  # (asked of the lower-cased line where that gives the same answer: quicker)
    r"\b(?:sign(?:ing)?[\s-]?up|subscribe|subscription|newsletters?|e-?mail address|enter your e-?mail|inbox)\b", re.I))
_CAPTION_LABEL = re.compile(r"(?:image|photo|picture)\s+caption\W*|(?:toggle|hide|show)\s+caption"
                            r"|(?:file\s+)?(?:photo|image|picture)(?:\s*[|/\u00b7:]\s*(?:file|handout|archive))?", re.I)
# the characters a case-blind match of _CAPTION_LABEL may open with: its words' first letters in either case, and
# the letters re.I reads as "i" and "s" (tests/test_speed5_clean_classify.py holds the set to every code point)
_CAPTION_LABEL_FIRST = frozenset("iIpPtThHsSfF\u0130\u0131\u017f")


# a caption printed behind its label: "Image: ...", "PHOTO | ...", "Caption: ...", and the same labels in the
# languages a page's furniture may keep around an English story ("[Foto] ...", "Imagen: ...", "Bild: ...")
_CAPTION_WORDS = r"image|photo(?:graph)?|picture|pic|caption|foto(?:graf[ií]a)?|imagen|imagem|immagine|bild"
_LABELLED_CAPTION = re.compile(rf"^\W*(?:\[(?:{_CAPTION_WORDS})\]\s*|(?:{_CAPTION_WORDS})\s*[:|\u2014-]\s+)\S", re.I)


def classify(lines: list[Line]) -> None:
    """Give every line its kind, in place: its own shape, then each pass over its neighbours."""
    for ln in lines:
        ln.kind = intrinsic_kind(ln.text)
    _mark_mail_headers(lines)
    _mark_chat_senders(lines)
    texts = [ln.text for ln in lines]  # (no pass changes a line's text)
    n = len(lines)
    for i, ln in enumerate(lines):
        text, kind = ln.text, ln.kind
        if kind in WALLS or kind in ("furniture", "aside"):  # "=====" repeats itself, but is no caption
            pass  # (settled: only the screen-reader label below may still apply)
        elif text in texts[i + 1 : i + 4]:
            ln.kind = lines[texts.index(text, i + 1)].kind = "caption"  # the same line twice in a row: a photo caption
            continue
        elif len(text) > 40 and _repeats_itself(text):
            ln.kind = "caption"  # the caption twice, run together by a scrape
            continue
        elif kind in ("prose", "short", "long"):
            if (kind == "prose" and i + 1 < n and lines[i + 1].kind == "photo") or (
                # (has_photo_tail says no to a line of 200 characters at most that ends a sentence and does not open
                # with a bracket, without a search: most lines of the story)
                (text[-1:] not in (".", "!", "?") or text[:1] == "[" or len(text) > 200) and has_photo_tail(text)
            ):
                ln.kind = "caption"
                continue
            if _LABELLED_CAPTION.match(text):
                ln.kind = "caption"  # "Image: Ash covers houses on Nomuka ... NZDF"
                continue
        # (every screen-reader label opens with one of these letters, or a letter a case-blind match reads as one)
        if text[:1] in _CAPTION_LABEL_FIRST and _CAPTION_LABEL.fullmatch(text):
            # "Image caption," comes before its caption, "toggle caption" after it (screen-reader labels).
            after = text[:1] in "TtHhSs"  # "toggle caption" follows its caption; the others come before it
            neighbour = (lines[i - 1] if i else None) if after else (lines[i + 1] if i + 1 < n else None)
            if neighbour is not None and neighbour.kind in ("prose", "short", "long") and (
                word_count(neighbour.text) <= 30
            ):
                neighbour.kind = "caption"
    _mark_running_heads(lines)
    _mark_signup_boxes(lines)
    _mark_labelled_ads(lines)
    _mark_summary_points(lines)
    _mark_video_captions(lines)
    _mark_transcripts(lines)
    _mark_issuers(lines)
    _mark_related_links(lines)
    _mark_other_script(lines)


def _latin_share(text: str) -> tuple[int, int]:
    """Letters in Latin script (accented ones too) and all letters."""
    if text.isascii():  # (most lines: counted without looking at each letter twice)
        letters = len(_NON_LETTERS.sub("", text))
        return letters, letters
    letters = sum(map(str.isalpha, text))
    # (the letters outside the Latin ranges counted among the few characters there, not each letter tested twice)
    return letters - sum(map(str.isalpha, _OUTSIDE_LATIN.findall(text))), letters


_NON_LETTERS = re.compile(r"[^A-Za-z]+")
_OUTSIDE_LATIN = re.compile("[^\u0000-\u024f\u1e00-\u1eff]")
# a letter outside the Latin ranges _latin_share counts (\w less digits and "_" is a letter)
_OTHER_SCRIPT_LETTER = re.compile("[^\\W\\d_\u0000-\u024f\u1e00-\u1eff]")


def _mark_other_script(lines: list[Line]) -> None:
    """A line mostly in another script than the story's ("Сын президента Туркменистана ..." over the English
    standfirst, "Читайте также / Read also: ..."): a bilingual page's other version, not the story."""
    if not any(not ln.text.isascii() and _OTHER_SCRIPT_LETTER.search(ln.text) for ln in lines):
        return  # (most pages: every letter is Latin, curly quotes and dashes aside, so no line is another script's)
    shares = [_latin_share(ln.text) for ln in lines]
    prose = [share for share, ln in zip(shares, lines) if ln.kind in ("prose", "long")]
    if sum(a for a, _ in prose) <= 0.5 * sum(b for _, b in prose):
        return  # the story itself is not in Latin letters (ingest refuses it as another language anyway)
    for ln, (a, b) in zip(lines, shares):
        if b >= 10 and a < 0.5 * b:
            ln.kind = "furniture"


_PROVIDED_BY = re.compile(r"(?i)(?:news|content|release)?\s*(?:provided|distributed|issued|published)\s+by:?")


def _mark_issuers(lines: list[Line]) -> None:
    """"News provided by" over "Nordvik Power Group ASA": a wire service's label and the body that issued the
    release, a by-line of sorts, never the headline."""
    for i, ln in enumerate(lines[:-1]):
        # (the label ends "by" or "by:"; no letter but "y" and "Y" is a "y" to a case-blind match)
        if ln.text.rstrip()[-1:] in ("y", "Y", ":") and _PROVIDED_BY.fullmatch(ln.text.strip()) and (
            word_count(lines[i + 1].text) <= 8
        ):
            ln.kind = "furniture"
            lines[i + 1].kind = "byline"


_TRANSCRIPT_LABEL = re.compile(r"(?i)(?:video|audio|show|full)?\s*transcript:?")
# a transcript's lines: "ANCHOR: ...", "SPECTATOR: ..." (a speaker's label in capitals), "[Cheering]"
_TRANSCRIPT_LINE = re.compile(r"[A-Z][A-Z .'\u2019-]{1,30}:\s+\S.*|\[[^\]]{1,80}\]")


def _mark_transcripts(lines: list[Line]) -> None:
    """The transcript a video player shows under its label ("Video transcript"): the video's words, set
    before or after the story, not the story's."""
    for i, ln in enumerate(lines):
        # (the label ends "transcript" or "transcript:"; no letter but "t" and "T" is a "t" to a case-blind match)
        if ln.text.rstrip()[-1:] not in ("t", "T", ":") or not _TRANSCRIPT_LABEL.fullmatch(ln.text.strip()):
            continue
        ln.kind = "aside"
        for later in lines[i + 1 :]:
            if not _TRANSCRIPT_LINE.fullmatch(later.text.strip()):
                break
            later.kind = "aside"


# a chat message's header: "Mei Lin  10:58 PM", "[10:58] Mei Lin:", "Mei Lin — Today at 10:58 PM"
_CLOCK_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
_SENDER_NAME = r"[A-Z][\w'\u2019.-]*(?:\s[A-Z][\w'\u2019.-]*){0,3}"
_SENDER = re.compile(
    rf"(?P<a>{_SENDER_NAME})\s+(?:[\u2014\u2013-]\s+(?:Today|Yesterday)\s+at\s+)?{_CLOCK_TIME}"
    rf"|\[{_CLOCK_TIME}\]\s+(?P<b>{_SENDER_NAME}):?")


def _mark_chat_senders(lines: list[Line]) -> None:
    """A chat copied as text: each message opens with its sender's name and time. A story pasted into one
    message lies between two such headers, so they are walls; two of them, from one or more senders, make
    a chat (one alone may be a by-line with its time)."""
    # (both forms hold the time's colon: a line without one needs no match)
    senders = [ln for ln in lines if len(ln.text) <= 60 and ":" in ln.text and _SENDER.fullmatch(ln.text)]
    if len(senders) >= 2:
        for ln in senders:
            ln.kind = "sender"


def _mark_mail_headers(lines: list[Line]) -> None:
    """``From:``, ``To:``, ``Subject:``, ``Date:`` lines together are a mail header, not the letter.

    Reader tools that save a page as text put the same kind of header above
    it (``Title:``, ``URL Source:``, ``Published Time:``).
    """
    run: list[Line] = []
    for ln in [*lines, None]:
        if ln is not None and ln.text.find(":", 0, 18) >= 0 and _MAIL_HEADER.match(ln.text):
            run.append(ln)
            continue
        if len(run) >= 2 and any(h.text.lower().startswith(_HEADER_NAMES) for h in run):
            for header in run:
                header.kind = "furniture"
        run = []


def _mark_running_heads(lines: list[Line]) -> None:
    """A page header or footer repeated inside the text (printed and PDF pages) is furniture there.

    Its first appearance above the text keeps its kind: a masthead with the
    date, or a headline that the page repeats at the top of each page.
    """
    first_text = next((i for i, ln in enumerate(lines) if ln.kind in KEEP), len(lines))
    keys = [_DIGITS.sub("#", ln.text.lower()) if ln.kind not in KEEP and len(ln.text) <= 120 else "" for ln in lines]
    counts: dict[str, int] = {}
    for key in keys:
        if key:
            counts[key] = counts.get(key, 0) + 1
    for i in range(first_text + 1, len(lines)):
        if keys[i] and counts[keys[i]] > 1 and lines[i].kind not in WALLS and lines[i].kind != "aside":
            lines[i].kind = "furniture"


def _mark_signup_boxes(lines: list[Line]) -> None:
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
            if word_count(inside.text) <= 12 and _SIGNUP.search(inside.text):
                close = j
            elif inside.kind in WALLS or INTERRUPTION.fullmatch(inside.text) or word_count(inside.text) > (
                25 if inside.kind in KEEP else 60
            ):
                break  # an ad or a paragraph of the story: the box was one line
        # Boxes sit inside stories too: the box weighs as little as an ad, and the story goes on under it.
        for inside in lines[i : close + 1] if close is not None else ():
            inside.kind = "aside"


def _mark_labelled_ads(lines: list[Line]) -> None:
    """An ad's own words between two "ADVERTISEMENT" labels ("Kantanka Motors: Made in Ghana, built for
    Ghana roads.") are the ad, however much they read like a sentence: short, and selling (a brand's
    slogan after a colon, an imperative, an address or a price). A paragraph of the story may stand
    between two ad slots: it stays."""
    labels = [i for i, ln in enumerate(lines) if ln.kind in ("furniture", "aside")
              and (_AD_LABEL.fullmatch(ln.text) or _UNDERWRITING.fullmatch(ln.text))]
    for i in labels:
        lines[i].kind = "aside"  # (a sponsor's credit sits inside the story, as an ad does: it cuts nothing off)
    # between two labels, or the one line under a label alone ("ADVERTISEMENT" over "Auto loans from 5.49% APR.
    # Apply today." and then the story)
    for a, b in zip(labels, labels[1:] + [len(lines)]):
        for inside in (lines[a + 1 : b], lines[a + 1 : a + 2]):
            words = " ".join(ln.text for ln in inside)
            if inside and word_count(words) <= 25 and not _TELLS.search(words) and _SELLING.search(words):
                for ln in inside:
                    ln.kind = "aside"
                break


_SELLING = re.compile(
    r"^[A-Z][\w&'\u2019. -]{1,40}:\s|(?:^|[.!]\s+)(?:Buy|Call|Visit|Test drive|Order|Shop|Book|Get|Try|Download|Apply|Save"
    r"|Discover|Find out|Learn more|Sign up|Subscribe|Send|Open|Join|Enjoy|Switch|Earn|Claim|Compare|Upgrade)\b"
    r"|\bTs?&Cs\b|\bAPR\b|\b[Zz]ero fees?\b|www\.|https?://|\d[\d ]{6,}\d|[$€£₦]\s?\d|\b(?:GH₵|KSh|Rs\.?)\s?\d"
)
_TELLS = re.compile(r"[\"\u201c\u201d]|\b(?:said|says|told|according)\b")
_AD_LABEL = re.compile(r"(?i)\W*(?:advertisement|advertising|ad|sponsored(?: content)?|promoted|" + AD_LABELS_ABROAD + r")\W*")
_UNDERWRITING = re.compile(UNDERWRITING + r"\W*", re.I)  # "Support for X comes from", its sponsor's line next


def _mark_summary_points(lines: list[Line]) -> None:
    """The short points under a "Summary" or "Key points" label are the page's digest, not the story."""
    for i, ln in enumerate(lines):
        if ln.text[:1] not in _SUMMARY_LABEL_FIRST or not _SUMMARY_LABEL.fullmatch(ln.text):
            continue
        for point in lines[i + 1 : i + 9]:
            if point.kind in WALLS or point.kind == "byline" or word_count(point.text) > 20:
                break
            point.kind = "furniture"


def _video_mark(text: str) -> str:
    """What a line says about a video player: "label" ("WATCH | ...:"), "word" ("Video"), "time" ("Duration 2:41")."""
    if len(text) > 160 or text[:1] not in _VIDEO_FIRST:
        return ""
    if _VIDEO_LABEL.match(text):
        return "label"
    if _VIDEO_WORD.fullmatch(text):
        return "word"
    return "time" if _RUNNING_TIME_LINE.fullmatch(text) else ""


def _mark_video_captions(lines: list[Line]) -> None:
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
        if mark == "" and ln.text[:1].isdigit() and _BARE_TIME.fullmatch(ln.text):  # (a time opens with a digit)
            if clocks < 0:
                clocks = sum(1 for other in lines if CLOCK.fullmatch(other.text))
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
        elif i >= 2 and lines[i - 1].kind in ("short", "prose") and word_count(lines[i - 1].text) <= 25 and any(
            above.kind in ("byline", "date") for above in lines[: i - 1]
        ):
            lines[i - 1].kind = "caption"  # the video's title over its running time, under the page's by-line
        under = lines[at + 1] if at + 1 < len(lines) else None
        if (
            under is not None
            and (under.kind in ("prose", "long") or (mark == "label" and at == i and under.kind == "short"))
            and word_count(under.text) <= 45
            and not strip_dateline(under.text)[1]  # a dateline opens the story itself
        ):
            under.kind = "caption"


def _mark_related_links(lines: list[Line]) -> None:
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
            text = ITEM_START.sub("", below.text, count=1) if ITEM_START.match(below.text) else below.text
            if below.kind not in ("prose", "short", "long") or not headline_shaped(text, allow_question=True):
                break
            links.append(below)
        for link in [ln, *links] if links else ():
            link.kind = "aside"  # weighs as little as an ad: the story goes on under the block


def mark_pull_quotes(lines: list[Line]) -> None:
    """A short paragraph that the story repeats word for word elsewhere is a pull quote or a teaser."""
    keep = [ln for ln in lines if ln.kind in KEEP]
    text = "\n".join(ln.text for ln in keep)
    for ln in keep:
        core = ln.text.strip(_QUOTES_AND_STOPS)
        # (the word count before the count of the paragraph's copies in the whole text, which reads all of it)
        if len(core) >= 20 and word_count(ln.text) <= 40 and text.count(core) > 1 and any(
            other is not ln and len(other.text) > len(ln.text) and core in other.text for other in keep
        ):
            ln.kind = "caption"


def _repeats_itself(text: str) -> bool:
    half = len(text) // 2
    return len(text) > 40 and text[:half].strip() == text[half:].strip()


def mark_author_bios(lines: list[Line], authors: list[str]) -> None:
    """"Jane Doe covers security for ..." under the story is about the author, not the news."""
    for ln in lines:
        if ln.kind in ("prose", "long", "short") and any(
            # ("Pulitzer Prize-winning journalist Jane Doe writes ...": a short description may open it; it is 61
            # characters at most, so a line without the name before that needs no search)
            a in ln.text[: len(a) + 61] and re.match(
                r"(?:[^.!?\n]{0,60}\s)?" + re.escape(a) + r"\s+(?:is|was|covers|writes|reports|has|joined|previously)\b",
                ln.text)
            for a in authors
        ):
            ln.kind = "furniture"
