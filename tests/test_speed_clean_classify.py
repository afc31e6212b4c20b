"""The quick looks in front of classify's label patterns let through every line the patterns match.

A first-character set must hold every character a case-blind match may open with (each code point is tried
against the pattern's first letters); a last-character look must hold every way the label can end.
"""

from __future__ import annotations

import re
import sys

from generator.ingest import classify as C


def _case_blind_twins(letters: str) -> frozenset[str]:
    """Every character that re.I matches as one of ``letters``."""
    first = re.compile(f"[{letters}]", re.I)
    return frozenset(chr(c) for c in range(sys.maxunicode + 1) if first.fullmatch(chr(c)))


def test_caption_label_opens_with_one_of_its_first_characters():
    assert C._CAPTION_LABEL_FIRST == _case_blind_twins("ipthsf")
    # (each alternative opens with one of those letters: image, photo, picture, toggle, hide, show, file)
    for label in ["Image caption", "PHOTO", "picture | file", "Toggle caption", "hide caption", "Show caption",
                  "File photo", "\u0130mage caption", "\u017fhow caption"]:
        assert C._CAPTION_LABEL.fullmatch(label) and label[0] in C._CAPTION_LABEL_FIRST, label


def test_summary_label_opens_with_one_of_its_first_characters():
    assert C._SUMMARY_LABEL_FIRST == _case_blind_twins("skhiawtq")
    for label in ["Summary", "KEY POINTS:", "\u212aey takeaways", "Highlights", "in brief", "\u0131n short",
                  "At a glance", "What we know", "The big picture", "Quick read", "TL;DR", "tldr", "\u017fummary"]:
        assert C._SUMMARY_LABEL.fullmatch(label) and label[0] in C._SUMMARY_LABEL_FIRST, label


def test_only_t_and_y_end_the_transcript_and_issuer_labels():
    # the transcript label ends "transcript" or "transcript:", the issuer's "by" or "by:": no other character
    # matches those last letters case-blind
    assert _case_blind_twins("t") == frozenset("tT")
    assert _case_blind_twins("y") == frozenset("yY")
    assert C._TRANSCRIPT_LABEL.fullmatch("Video TRANSCRIPT:") and C._PROVIDED_BY.fullmatch("News provided BY:")


def test_classify_with_the_looks_gives_the_same_kinds_as_without():
    from generator.ingest.lines import Line

    texts = ["Summary", "One point here", "Another point", "Video transcript", "ANCHOR: Good evening.",
             "[Cheering]", "The story goes on here, as stories do, with a full sentence.", "News provided by",
             "Nordvik Power Group ASA", "Image caption", "A caption under the photo", "2:41",
             "Mei Lin  10:58 PM", "[10:59] Tom Roe: yes", "From: a@b.example", "Subject: hello"]
    lines = [Line(t) for t in texts]
    C.classify(lines)
    kinds = [ln.kind for ln in lines]
    assert kinds[0] in ("furniture", "short", "aside") and kinds[3] == "aside" and kinds[4] == "aside"
    assert kinds[8] == "byline" and kinds[7] == "furniture"


def test_video_marks_open_with_one_of_their_first_characters():
    assert C._VIDEO_FIRST == _case_blind_twins("drlwpva") | {"\u25b6", "\u25ba"}
    for text in ["Watch: the moment", "VIDEO", "Play video", "\u25b6\ufe0f Play", "Duration 2:41", "Running time 1:05",
                 "Length: 3:10", "Listen 4:00", "Audio 0:59", "\u25ba 1:05", "watch video - x"]:
        assert C._video_mark(text), text
        assert text[0] in C._VIDEO_FIRST, text
