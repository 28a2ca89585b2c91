from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

import pytest

from anderebril.documents import DocumentError, extract, iter_text_chunks

Write = Callable[[str, bytes], Path]


def test_utf8_text_is_the_file_decoded_exactly_with_crlf_kept(write: Write) -> None:
    raw = b"Eerste regel\r\nDe vakman\r\n\r\nTweede alinea  met  spaties\n"
    document = extract(write("v.txt", raw))
    assert document.text == raw.decode("utf-8")
    assert document.kind == "txt"
    assert document.encoding == "utf-8"
    assert not document.bom


def test_a_utf8_bom_is_stripped_and_noted(write: Write) -> None:
    document = extract(write("v.txt", codecs.BOM_UTF8 + b"De vakman"))
    assert document.text == "De vakman"
    assert document.bom
    assert document.encoding == "utf-8-sig"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_a_bom_is_decoded(write: Write, encoding: str) -> None:
    text = "De coördinator en de vakman"
    raw = text.encode(encoding)
    if encoding == "utf-16-be":
        raw = codecs.BOM_UTF16_BE + raw
    document = extract(write("v.txt", raw))
    assert document.text == text
    assert document.bom
    assert document.encoding is not None and document.encoding.startswith("utf-16")


def test_windows_1252_coordinator_is_decoded(write: Write) -> None:
    document = extract(write("v.txt", "De coördinator zoekt een “vakman” €".encode("cp1252")))
    assert document.text == "De coördinator zoekt een “vakman” €"
    assert document.encoding == "cp1252"


def test_a_single_cp1252_word_is_decoded(write: Write) -> None:
    assert extract(write("v.txt", "coördinator".encode("cp1252"))).text == "coördinator"


def test_latin1_with_bytes_undefined_in_cp1252_is_decoded(write: Write) -> None:
    raw = "café \x81 één".encode("latin-1")
    document = extract(write("v.txt", raw))
    assert document.text == "café \x81 één"
    assert document.encoding == "latin-1"


def test_an_empty_text_file_gives_an_empty_document(write: Write) -> None:
    document = extract(write("leeg.txt", b""))
    assert document.text == ""
    assert document.blocks == []
    assert document.locate(0).paragraph == 1


def test_paragraphs_are_blank_line_separated_and_numbered_from_one(write: Write) -> None:
    text = "Een\ntwee\n\n  \nDrie\r\n\r\nVier"
    document = extract(write("v.txt", text.encode()))
    assert [document.text[b.start : b.end] for b in document.blocks] == [
        "Een\ntwee",
        "Drie",
        "Vier",
    ]
    assert [b.paragraph for b in document.blocks] == [1, 2, 3]
    location = document.locate(text.index("Vier"))
    assert (location.paragraph, location.line, location.column) == (3, 7, 1)
    assert document.locate(text.index("twee")).line == 2


def test_section_codes_set_the_section_until_the_next_code(write: Write) -> None:
    text = (
        "Inleiding\n\nB1-K1: Bereidt werk voor\n\nDe vakman plant.\n\n"
        "B1-K1-W2 Overlegt\n\nTekst\n\nP2-K1 Keuzedeel\n\nSlot"
    )
    document = extract(write("dossier.txt", text.encode()))
    sections = [block.section for block in document.blocks]
    assert sections == [None, "B1-K1", "B1-K1", "B1-K1-W2", "B1-K1-W2", "P2-K1", "P2-K1"]
    assert document.locate(text.index("vakman")).section == "B1-K1"


def test_a_code_in_the_middle_of_a_paragraph_sets_no_section(write: Write) -> None:
    document = extract(write("v.txt", b"Zie B1-K1 voor meer."))
    assert document.blocks[0].section is None


def test_markdown_offsets_index_the_raw_markdown(write: Write) -> None:
    raw = "# Vacature\nDe **vakman** werkt.\n\n## B1-K1-W2: Plant\nTekst\n"
    document = extract(write("v.md", raw.encode()))
    assert document.text == raw
    assert document.kind == "md"
    starts = [document.text[b.start : b.end] for b in document.blocks]
    assert starts == ["# Vacature", "De **vakman** werkt.", "## B1-K1-W2: Plant", "Tekst"]
    assert document.locate(raw.index("Tekst")).section == "B1-K1-W2"


def test_markdown_markers_become_ignored_ranges(write: Write) -> None:
    raw = (
        "De vakman.\n\n<!-- anderebril-disable-next-line -->\nDe timmerman.\n\n"
        "Vrij.\n\n<!-- anderebril-disable -->\nDe zakenman.\n\nDe lerares.\n"
        "<!-- anderebril-enable -->\n\nDe verpleegster."
    )
    document = extract(write("v.md", raw.encode()))

    def ignored(word: str) -> bool:
        return document.is_ignored(raw.index(word), raw.index(word) + len(word))

    assert ignored("timmerman")
    assert ignored("zakenman")
    assert ignored("lerares")
    assert not ignored("vakman")
    assert not ignored("Vrij")
    assert not ignored("verpleegster")


def test_an_unclosed_disable_marker_ignores_to_the_end(write: Write) -> None:
    raw = "Een\n\n<!-- anderebril-disable -->\nTwee\n\nDrie"
    document = extract(write("v.md", raw.encode()))
    assert document.ignored_ranges == [(raw.index("-->") + 3, len(raw))]


def test_binary_content_in_a_txt_is_refused(write: Write) -> None:
    with pytest.raises(DocumentError, match="geen tekstbestand"):
        extract(write("v.txt", b"abc\x00\x01\x02\x03def" * 10))


def test_text_chunks_concatenate_to_the_extracted_text(write: Write) -> None:
    paragraph = "De vakman werkt hard.\r\nTweede regel met ë.\r\n\r\n"
    path = write("groot.txt", codecs.BOM_UTF8 + (paragraph * 500).encode())
    chunks = list(iter_text_chunks(path, chunk_chars=1000))
    text = extract(path).text
    assert "".join(chunk for _, chunk in chunks) == text
    offset = 0
    for chunk_offset, chunk in chunks:
        assert chunk_offset == offset
        assert len(chunk) <= 1000
        assert text[chunk_offset : chunk_offset + len(chunk)] == chunk
        offset += len(chunk)
    assert all(chunk.endswith("\r\n\r\n") for _, chunk in chunks[:-1])


def test_text_chunks_of_a_cp1252_file_keep_offsets(write: Write) -> None:
    raw = ("coördinator " * 50 + "\n") * 200
    path = write("groot.txt", raw.encode("cp1252"))
    chunks = list(iter_text_chunks(path, chunk_chars=2000))
    assert "".join(chunk for _, chunk in chunks) == raw
    assert all(chunk.endswith("\n") for _, chunk in chunks)


def test_text_chunks_cut_a_long_line_hard_but_never_inside_crlf(write: Write) -> None:
    raw = "x" * 99 + "\r\n" + "y" * 300
    path = write("lang.txt", raw.encode())
    chunks = list(iter_text_chunks(path, chunk_chars=100))
    assert "".join(chunk for _, chunk in chunks) == raw
    assert all(len(chunk) <= 100 for _, chunk in chunks)
    assert not any(chunk.endswith("\r") for _, chunk in chunks)
