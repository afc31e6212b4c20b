"""Reading raw inputs: decoding, refusing what is not text, and expanding folders."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from generator.ingest.read import ReadError, expand_paths, read_document


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_text_is_decoded_and_line_endings_made_plain(tmp_path):
    doc = read_document(write(tmp_path / "a.txt", "Headline\r\n\r\nBody \u2014 text.\r".encode("utf-8")))
    assert (doc.kind, doc.text) == ("txt", "Headline\n\nBody \u2014 text.\n")


def test_windows_1252_scrape_is_read_when_it_is_not_utf8(tmp_path):
    doc = read_document(write(tmp_path / "a.txt", b"Caf\xe9 owners \x93protest\x94 \x96 again."))
    assert doc.text == "Caf\u00e9 owners \u201cprotest\u201d \u2013 again."


def test_html_uses_the_charset_it_declares(tmp_path):
    page = '<html><head><meta charset="windows-1251"></head><body><p>Москва</p></body></html>'
    doc = read_document(write(tmp_path / "p.htm", page.encode("cp1251")))
    assert doc.kind == "html" and "Москва" in doc.text


def test_a_page_break_of_a_pdf_dump_is_a_paragraph_break(tmp_path):
    data = b"talks would resume.\n\nPage 1 of 2\n\x0cTHE HARBOUR GAZETTE\n\nvote on Monday.\x0b"
    doc = read_document(write(tmp_path / "a.txt", data))
    assert doc.text == "talks would resume.\n\nPage 1 of 2\n\n\nTHE HARBOUR GAZETTE\n\nvote on Monday.\n"


def test_text_encoded_twice_is_put_back(tmp_path):
    meant = "Voters in S\u00e3o Paulo and Bras\u00edlia didn\u2019t wait \u2014 \u201cwe came early,\u201d one said."
    twice = meant.encode("utf-8").decode("cp1252", errors="replace")  # what a scraper that guessed wrong saved
    doc = read_document(write(tmp_path / "a.txt", twice.encode("utf-8")))
    assert doc.text == meant


def test_real_accents_and_a_lone_odd_pair_are_left_alone(tmp_path):
    text = "Na\u00efve caf\u00e9 owners in Erdo\u011fan's Turkey; a model called \u00c3\u00a9 once."
    assert read_document(write(tmp_path / "a.txt", text.encode("utf-8"))).text == text


def test_utf16_with_byte_order_mark(tmp_path):
    doc = read_document(write(tmp_path / "a.md", codecs.BOM_UTF16_LE + "# Title\n\nText.".encode("utf-16-le")))
    assert (doc.kind, doc.text) == ("md", "# Title\n\nText.")


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty file"),
        (b"  \n\n\t \n", "empty file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (a PDF document), not text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (a PNG image), not text"),
        (b"ab\x00\x01\x02cd" * 20, "binary file, not text"),
    ],
)
def test_unusable_files_are_refused_with_one_line(tmp_path, data, message):
    with pytest.raises(ReadError) as info:
        read_document(write(tmp_path / "bad.txt", data))
    assert str(info.value) == message


def test_missing_file_and_folder_given_as_file(tmp_path):
    with pytest.raises(ReadError, match="^no such file$"):
        read_document(tmp_path / "gone.txt")
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(ReadError, match="^is a folder, not a file$"):
        read_document(tmp_path / "dir.txt")


def test_unreadable_file_says_permission_denied(tmp_path, monkeypatch):
    path = write(tmp_path / "locked.txt", b"text")

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(ReadError, match=r"^cannot read the file \(permission denied\)$"):
        read_document(path)


def test_folder_expands_to_supported_files_in_name_order(tmp_path):
    for name in ("b.html", "a.txt", "c.md", "notes.pdf", ".hidden.txt", "d.HTM"):
        write(tmp_path / "in" / name, b"x")
    (tmp_path / "in" / "sub").mkdir()
    files = expand_paths([tmp_path / "in"])
    assert [(p.name, problem) for p, problem in files] == [
        ("a.txt", None), ("b.html", None), ("c.md", None), ("d.HTM", None)]


def test_empty_folder_and_unsupported_file_are_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    pdf = write(tmp_path / "scan.pdf", b"%PDF-")
    result = expand_paths([tmp_path / "empty", pdf, tmp_path / "missing.txt"])
    assert [(p.name, problem) for p, problem in result] == [
        ("empty", "no .txt, .html, .htm, .md or .xml files in this folder"),
        ("scan.pdf", "unsupported file type .pdf (use .txt, .html, .htm, .md or .xml)"),
        ("missing.txt", None),  # reported when read: "no such file"
    ]
