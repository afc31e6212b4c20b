"""Find the input files and decode them into text, refusing what is not text.

Everything here fails with :class:`ReadError`, whose message is one short
sentence without the path: the pipeline prints it as ``path: message`` and
goes on with the next file. Decoding tries what the file declares first (a
byte-order mark, an HTML ``charset``), then UTF-8, then Windows-1252, because
saved pages and old scrapes are often not UTF-8. Line ends become ``\n`` and
page breaks (form feeds) blank lines, so cleaning sees one shape of text.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import re
from pathlib import Path

from generator.ingest.types import RawDocument
from generator.ingest.wrapping import unfold_columns

KINDS = {".txt": "txt", ".html": "html", ".htm": "html", ".md": "md", ".xml": "feed", ".rss": "feed"}

_SNIFF = 8192
_MAGIC = (  # signatures of binary formats people save by mistake under a text name
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (Word, EPUB or similar)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"{\\rtf", "an RTF document"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # control characters other than tab and line breaks
# UTF-8 bytes read as Windows-1252 or Latin-1 ("SÃ£o Paulo", "donâ€™t"): a lead character and its continuations.
_CONT = (  # the bytes 0x80-0xBF as Latin-1 or Windows-1252 shows them
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a"
    "\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_MOJIBAKE = re.compile(f"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}")
# how every run starts, a lead and a continuation ("é" in a French name is no start): a search that skips ahead
# to a lead, which the alternation's cannot
_MOJIBAKE_START = re.compile(f"[\u00c2-\u00f4]{_CONT}")
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


class ReadError(Exception):
    """A file that cannot be ingested; the message is one line, without the path."""


def kind_of(path: Path) -> str | None:
    """``txt``, ``html``, ``md`` or ``feed`` (a saved RSS or Atom feed) for a supported file name, else None."""
    return KINDS.get(path.suffix.lower())


def expand_paths(paths: list[Path]) -> list[tuple[Path, str | None]]:
    """The files to ingest, in order: each path with a problem message or None.

    A folder stands for the supported files directly in it, sorted by name
    (hidden files left out). A named file with another suffix is reported
    rather than silently skipped: the user asked for it.
    """
    result: list[tuple[Path, str | None]] = []
    for path in paths:
        if path.is_dir():
            files = sorted(
                (p for p in path.iterdir() if p.is_file() and kind_of(p) and not p.name.startswith(".")),
                key=lambda p: p.name,
            )
            if not files:
                result.append((path, "no .txt, .html, .htm, .md or .xml files in this folder"))
            result.extend((f, None) for f in files)
        elif path.exists() and kind_of(path) is None:
            suffix = path.suffix or "(none)"
            result.append((path, f"unsupported file type {suffix} (use .txt, .html, .htm, .md or .xml)"))
        else:
            result.append((path, None))
    return result


def read_document(path: Path) -> RawDocument:
    """Read and decode one input file; raise ReadError when it is not usable text."""
    kind = kind_of(path)
    if kind is None:
        raise ReadError(f"unsupported file type {path.suffix or '(none)'} (use .txt, .html, .htm, .md or .xml)")
    data = _read_bytes(path)
    if not data.strip():
        raise ReadError("empty file")
    _refuse_binary(data)
    text = _repair_mojibake(_decode(data, kind))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # (the header holds "1.0": a plain look before the case-blind search, which tries every character)
    if kind == "txt" and text.find("1.0", 0, 20000) >= 0 and _MIME_MESSAGE.search(text, 0, 20000):
        kind, text = _mail_message(text)
    if kind == "txt" and "   " in text:  # a PDF's pages set in two columns read one column after the other
        text = "\f".join(unfold_columns(page) for page in text.split("\f"))
    # A form feed is a page break (PDF-to-text dumps, printouts): the page's last and first lines are no one line.
    text = text.replace("\f", "\n\n").replace("\v", "\n")
    # (a translate walks every character through a dict: only when there is a ligature, which ASCII has not)
    if not text.isascii() and _LIGATURE.search(text):
        text = text.translate(_LIGATURES)  # a PDF's "oﬃce" is the word "office", for every search and every reader
    if _control_share(text) > 0.01:
        raise ReadError("binary file, not text")
    if not text.strip():
        raise ReadError("empty file")
    return RawDocument(path=path, kind=kind, text=text)


# a raw e-mail message saved as text: headers, then MIME parts in quoted-printable or base64
_MIME_MESSAGE = re.compile(r"(?mi)^MIME-Version:\s*1\.0\s*$")


def _mail_message(text: str) -> tuple[str, str]:
    """A raw message as its reader sees it: its From, Date and Subject, and the text of its plain part (or its
    HTML part, read as a page, when it has no plain one), decoded from quoted-printable or base64."""
    message = email.message_from_string(text, policy=email.policy.default)
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    part = plain or html
    if part is None:
        return "txt", text
    try:
        body = part.get_content()
    except (LookupError, ValueError):  # an unknown charset: the payload as bytes, read as UTF-8
        body = (part.get_payload(decode=True) or b"").decode("utf-8", errors="replace")
    if part is html:
        return "html", body
    head = "\n".join(f"{name}: {message[name]}" for name in ("From", "Date", "Subject") if message[name])
    return "txt", f"{head}\n\n{body.replace(chr(13), '')}"


# the typesetter's ligatures (U+FB00-FB06), which PDF-to-text copies as they were set
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
_LIGATURE = re.compile("[\ufb00-\ufb06]")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except IsADirectoryError:
        raise ReadError("is a folder, not a file") from None
    except PermissionError:
        raise ReadError("cannot read the file (permission denied)") from None
    except OSError as exc:
        raise ReadError(f"cannot read the file ({exc.strerror or exc})") from None


def _refuse_binary(data: bytes) -> None:
    head = data[:_SNIFF]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise ReadError(f"binary file ({what}), not text")
    if b"\x00" in head and not any(head.startswith(bom) for bom, _ in _BOMS):
        raise ReadError("binary file, not text")


def _decode(data: bytes, kind: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    declared = _declared_encoding(data) if kind in ("html", "feed") else None
    for encoding in filter(None, (declared, "utf-8")):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _repair_mojibake(text: str) -> str:
    """Text that went through UTF-8 → Windows-1252 once too often, back to what it said.

    Scrapes and saved pages often carry it ("Lula da Silva won SÃ£o Paulo"):
    each run that reads as the UTF-8 bytes of one character is put back, and
    a run that does not decode stays as it is. Two runs at least, so a
    single odd pair of letters in a real text is left alone.
    """
    if text.isascii() or not _MOJIBAKE_START.search(text):
        return text  # most texts: no lead character followed by a continuation at all
    runs = _MOJIBAKE.findall(text)
    if len(runs) < 2:
        return text
    # The closing quote's last byte has no Windows-1252 letter: a decoder that guessed wrong put U+FFFD there.
    text = text.replace("\u00e2\u20ac\ufffd", "\u201d")
    fixed: dict[str, str] = {}
    for run in set(runs):
        try:
            raw = b"".join(bytes([ord(c)]) if ord(c) < 256 else c.encode("cp1252") for c in run)
            fixed[run] = raw.decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            fixed[run] = run
    return _MOJIBAKE.sub(lambda m: fixed[m.group(0)], text)


def _declared_encoding(data: bytes) -> str | None:
    head = data[:4096]
    m = _XML_ENCODING.match(head) or _CHARSET.search(head)
    if not m:
        return None
    name = m[1].decode("ascii").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    # Pages that declare Latin-1 are in practice Windows-1252 (the HTML standard says so too).
    return "cp1252" if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii") else name


def _control_share(text: str) -> float:
    sample = text[:_SNIFF]
    return len(_CONTROL.findall(sample)) / max(1, len(sample))
