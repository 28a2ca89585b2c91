from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anderebril.documents import (
    SUPPORTED_SUFFIXES,
    Document,
    DocumentError,
    extract,
)
from anderebril.documents.base import line_starts, split_paragraphs
from anderebril.documents.sections import build_blocks
from tests.documents.builders import docx_bytes, docx_document, pdf_bytes

Write = Callable[[str, bytes], Path]


def test_supported_suffixes_are_the_seven_kinds() -> None:
    assert {".txt", ".md", ".html", ".htm", ".docx", ".odt", ".pdf"} == SUPPORTED_SUFFIXES


def test_an_unsupported_suffix_is_named_in_the_error(write: Write) -> None:
    with pytest.raises(DocumentError) as caught:
        extract(write("bestand.xyz", b"tekst"))
    assert caught.value.message == "Bestandstype .xyz wordt niet ondersteund"


def test_a_pdf_suffix_on_text_content_is_refused() -> None:
    with pytest.raises(DocumentError) as caught:
        extract("nep.pdf", data=b"Gewoon tekst, geen PDF")
    assert caught.value.message == "Het bestand is beschadigd of geen geldige PDF"


def test_a_txt_suffix_on_pdf_content_says_what_it_is() -> None:
    with pytest.raises(DocumentError, match=r"extensie \.txt maar is een PDF"):
        extract("vacature.txt", data=pdf_bytes(["Tekst"]))


def test_a_docx_suffix_on_pdf_content_says_what_it_is() -> None:
    with pytest.raises(DocumentError, match=r"extensie \.docx maar is een PDF"):
        extract("vacature.docx", data=pdf_bytes(["Tekst"]))


def test_a_docx_suffix_on_text_content_is_broken() -> None:
    with pytest.raises(DocumentError, match="beschadigd"):
        extract("vacature.docx", data=b"gewoon tekst")


def test_data_without_a_suffix_is_recognised_by_its_content() -> None:
    assert extract("-", data=pdf_bytes(["Via stdin"])).kind == "pdf"
    assert extract("-", data=b"Via stdin").kind == "txt"


def test_an_empty_pdf_or_docx_file_is_reported_as_empty(write: Write) -> None:
    for name in ("leeg.pdf", "leeg.docx", "leeg.odt"):
        with pytest.raises(DocumentError, match="leeg"):
            extract(write(name, b""))


def test_a_file_over_the_size_limit_is_refused_before_reading(write: Write) -> None:
    path = write("groot.pdf", pdf_bytes(["Tekst"]))
    with pytest.raises(DocumentError) as caught:
        extract(path, max_size=100)
    assert caught.value.message.startswith("Het bestand is groter dan")
    with pytest.raises(DocumentError, match="groter dan 20 MB"):
        extract("upload.txt", data=b"x" * (20 * 1024 * 1024 + 1), max_size=20 * 1024 * 1024)


def test_a_missing_file_is_a_document_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="bestaat niet") as caught:
        extract(tmp_path / "weg.txt")
    assert caught.value.path == str(tmp_path / "weg.txt")


def test_upload_bytes_and_a_path_give_the_same_document(write: Write) -> None:
    document = docx_document()
    document.add_paragraph("De vakman")
    data = docx_bytes(document)
    assert extract(write("a.docx", data)).text == extract("x", data=data, filename="b.docx").text


def test_locate_clamps_offsets_outside_the_text() -> None:
    document = extract("v.txt", data=b"Een\n\nTwee")
    assert document.locate(-5) == document.locate(0)
    assert document.locate(10**9) == document.locate(len(document.text))
    assert document.locate(len(document.text)).paragraph == 2


def test_locate_counts_crlf_as_one_line_break() -> None:
    document = extract("v.txt", data=b"een\r\ntwee\rdrie\nvier")
    assert document.locate(document.text.index("twee")).line == 2
    assert document.locate(document.text.index("drie")).line == 3
    assert document.locate(document.text.index("vier")).line == 4
    assert document.locate(document.text.index("\n")).line == 1


TEXTS = st.text(alphabet=st.sampled_from(list("ab \t\r\n\fB1-K:W2é")), max_size=200)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, data=st.data())
def test_locate_never_fails_for_any_offset_in_the_text(text: str, data: st.DataObject) -> None:
    blocks, _ = build_blocks(text, split_paragraphs(text))
    document = Document(text=text, kind="txt", blocks=blocks)
    offset = data.draw(st.integers(min_value=0, max_value=len(text)))
    location = document.locate(offset)
    assert location.paragraph >= 1
    assert location.line >= 1
    assert location.column >= 1
    assert location.line - 1 <= text.count("\n") + text.count("\r")


@settings(max_examples=100, deadline=None)
@given(text=TEXTS, data=st.data())
def test_blocks_are_ordered_and_within_the_text(text: str, data: st.DataObject) -> None:
    document = extract("v.txt", data=text.encode())
    assert document.text == text
    previous_end = 0
    for block in document.blocks:
        assert previous_end <= block.start < block.end <= len(text)
        assert text[block.start : block.end].strip() == text[block.start : block.end]
        previous_end = block.end


@settings(max_examples=50, deadline=None)
@given(pages=st.lists(st.text(alphabet="ab \n", max_size=30), min_size=1, max_size=3))
def test_locate_never_fails_on_pdf_text(pages: list[str]) -> None:
    try:
        document = extract("d.pdf", data=pdf_bytes(pages))
    except DocumentError:
        return  # no text at all
    for offset in range(len(document.text) + 1):
        location = document.locate(offset)
        assert location.page is not None and 1 <= location.page <= len(pages)


@pytest.mark.parametrize(
    "text",
    ["", "a", "a\n", "\n\n", "ab\ncd\n\nef", "a\r\nb\rc\nd\r\n", "pagina 1\n\f\npagina 2\u2028nog"],
)
def test_line_starts_agree_for_every_kind_of_line_break(text: str) -> None:
    expected = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    if "\r" in text:
        expected = [0]
        for i, c in enumerate(text):
            if c == "\n" or (c == "\r" and text[i + 1 : i + 2] != "\n"):
                expected.append(i + 1)
    assert line_starts(text) == expected


def _line_and_column(text: str, offset: int) -> tuple[int, int]:
    """Line and column counted character by character ("\r\n" is one break)."""
    line, line_start = 1, 0
    for index, char in enumerate(text[:offset]):
        if char == "\n" or (char == "\r" and text[index + 1 : index + 2] != "\n"):
            line, line_start = line + 1, index + 1
    return line, offset - line_start + 1


@settings(max_examples=200, deadline=None)
@given(text=TEXTS, data=st.data())
def test_the_locator_counts_lines_and_columns_like_a_plain_count(
    text: str, data: st.DataObject
) -> None:
    blocks, _ = build_blocks(text, split_paragraphs(text))
    document = Document(text=text, kind="txt", blocks=blocks)
    locate = document.locator()
    offsets = data.draw(st.lists(st.integers(min_value=-3, max_value=len(text) + 3)))
    for offset in offsets:
        clamped = min(max(offset, 0), len(text))
        location = locate(offset)
        assert (location.line, location.column) == _line_and_column(text, clamped)
        assert location == document.locate(offset)


@settings(max_examples=30, deadline=None)
@given(pages=st.lists(st.text(alphabet="ab \n", max_size=30), min_size=1, max_size=3))
def test_the_locator_gives_the_same_answer_in_any_order_on_pdf_text(pages: list[str]) -> None:
    try:
        document = extract("d.pdf", data=pdf_bytes(pages))
    except DocumentError:
        return  # no text at all
    forwards = list(range(len(document.text) + 1))
    locate = document.locator()
    seen_forwards = [locate(offset) for offset in forwards]
    backwards = document.locator()  # its remembered page starts filled from the end
    seen_backwards = [backwards(offset) for offset in reversed(forwards)][::-1]
    assert seen_forwards == seen_backwards
    for offset, location in zip(forwards, seen_forwards, strict=True):
        page_start = document.page_starts[location.page - 1] if location.page else 0
        line, column = _line_and_column(document.text[page_start:], offset - page_start)
        assert (location.line, location.column) == (line, column)
