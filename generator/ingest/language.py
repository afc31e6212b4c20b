"""Which language a text is in, roughly: enough to refuse a page that is not English.

Ingest only understands English; a French page would give nonsense actors
and dates, so cleaning stops it with a message naming the language. This is a
cheap stopword and script test with no model behind it.
"""

from __future__ import annotations

import re
from collections import Counter

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
_ANY_STOPWORD = frozenset().union(*_STOPSETS.values())
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
# the same words in a lower-cased ASCII text, where a letter is [a-z]: a plain range is quicker to test than the
# Unicode classes
_ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
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
    lower = sample.lower()
    all_words = (_ASCII_WORD if lower.isascii() else _WORD).findall(lower)
    # the letters: near enough (an apostrophe counts too) and one pass fewer; counted only when needed (every
    # word holds one: 80 words or more hold 80 letters or more)
    if len(all_words) < 80 and sum(map(len, all_words)) < 80:
        return "en"
    counts: dict[str, int] = {}
    # an ASCII sample holds no letter outside U+0000-U+036F, so the script count would find nothing
    for c in () if sample.isascii() else _NON_LATIN.findall(sample):
        cp = ord(c)
        for first, last, lang in _SCRIPTS:
            if first <= cp <= last:
                counts[lang] = counts.get(lang, 0) + 1
                break
    if counts:
        lang, n = max(counts.items(), key=lambda kv: kv[1])
        if n > 0.3 * sum(map(len, all_words)):
            if lang == "cyrillic":
                return "uk" if re.search("[\u0456\u0457\u0454\u0491]", sample) else "ru"
            if lang == "zh" and counts.get("ja"):
                return "ja"
            if lang == "ar" and re.search("[\u067e\u0686\u0698\u06af\u06cc]", sample):
                return "fa"
            return lang
    words = all_words[:600]
    if len(words) < 20:
        return "en"
    # each language scores from the counts of its stopwords the text holds (the other words are not counted: a
    # Counter's look-up of a missing word goes through Python)
    counts_of = Counter(filter(_ANY_STOPWORD.__contains__, words))
    shares = {lang: sum(map(counts_of.get, stop & counts_of.keys())) / len(words) for lang, stop in _STOPSETS.items()}
    best = max(shares, key=lambda lang: shares[lang])
    if shares["en"] >= 0.12 and shares["en"] >= 0.8 * shares[best]:
        return "en"
    return best if shares[best] >= 0.12 else "?"
