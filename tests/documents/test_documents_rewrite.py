from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from anderebril.documents import DocumentError, extract, rewrite
from tests.documents.builders import docx_bytes, docx_document, odt_bytes

Write = Callable[[str, bytes], Path]


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_rewriting_cp1252_text_keeps_the_encoding_and_other_bytes(write: Write) -> None:
    original = "De coördinator\r\nzoekt een vakman.\r\n\r\nGroet, José\r\n"
    source = write("v.txt", original.encode("cp1252"))
    target = source.with_name("nieuw.txt")
    start, end = _span(original, "vakman")
    rewrite(source, target, [(start, end, "vakkracht")])
    expected = original.replace("vakman", "vakkracht")
    assert target.read_bytes() == expected.encode("cp1252")
    assert source.read_bytes() == original.encode("cp1252")


def test_rewriting_keeps_a_utf8_bom_and_utf16(write: Write) -> None:
    for encoding, bom in (("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE)):
        original = "De vakman en de lerares"
        source = write(f"v-{encoding}.txt", bom + original.encode(encoding))
        target = source.with_suffix(".nieuw.txt")
        rewrite(source, target, [(*_span(original, "vakman"), "vakkracht")])
        expected = original.replace("vakman", "vakkracht")
        assert target.read_bytes() == bom + expected.encode(encoding)


def test_several_edits_apply_to_markdown_offsets(write: Write) -> None:
    original = "# Vacature\n\nDe **vakman** en de *lerares*.\n"
    source = write("v.md", original.encode())
    target = source.with_name("uit.md")
    rewrite(
        source,
        target,
        [(*_span(original, "lerares"), "docent"), (*_span(original, "vakman"), "vakkracht")],
    )
    assert target.read_text(encoding="utf-8") == "# Vacature\n\nDe **vakkracht** en de *docent*.\n"


def test_a_replacement_that_does_not_fit_the_encoding_is_refused(write: Write) -> None:
    source = write("v.txt", "coördinator".encode("cp1252"))
    with pytest.raises(DocumentError, match="passen"):
        rewrite(source, source.with_name("uit.txt"), [(0, 2, "✓")])
    assert not source.with_name("uit.txt").exists()


def test_overlapping_edits_are_refused(write: Write) -> None:
    source = write("v.txt", b"De vakman werkt")
    with pytest.raises(DocumentError, match="overlappen"):
        rewrite(source, source.with_name("u.txt"), [(3, 9, "x"), (5, 12, "y")])


def test_rewriting_docx_keeps_the_bold_run_bold(write: Write) -> None:
    document = docx_document()
    paragraph = document.add_paragraph("Wij zoeken een ")
    bold = paragraph.add_run("vakman")
    bold.bold = True
    paragraph.add_run(" (m/v) voor ons team.").italic = True
    document.add_paragraph("De student regelt zelf zijn stage.")
    source = write("v.docx", docx_bytes(document))
    text = extract(source).text
    target = source.with_name("uit.docx")
    rewrite(
        source,
        target,
        [(*_span(text, "vakman"), "vakkracht"), (*_span(text, "zijn"), "de")],
    )
    assert extract(target).text == text.replace("vakman", "vakkracht").replace("zijn", "de")
    runs = docx.Document(str(target)).paragraphs[0].runs
    assert [(run.text, run.bold, run.italic) for run in runs] == [
        ("Wij zoeken een ", None, None),
        ("vakkracht", True, None),
        (" (m/v) voor ons team.", None, True),
    ]


def test_a_docx_edit_spanning_runs_goes_into_the_first_run(write: Write) -> None:
    document = docx_document()
    paragraph = document.add_paragraph("Stoere ")
    paragraph.add_run("jongens").bold = True
    paragraph.add_run(" gezocht")
    source = write("v.docx", docx_bytes(document))
    text = extract(source).text
    target = source.with_name("uit.docx")
    rewrite(source, target, [(text.index("Stoere"), text.index("jongens") + 7, "Mensen")])
    runs = docx.Document(str(target)).paragraphs[0].runs
    assert [(run.text, run.bold) for run in runs] == [
        ("Mensen", None),
        ("", True),
        (" gezocht", None),
    ]


def test_a_docx_edit_across_paragraphs_is_refused(write: Write) -> None:
    document = docx_document()
    document.add_paragraph("Een")
    document.add_paragraph("Twee")
    source = write("v.docx", docx_bytes(document))
    with pytest.raises(DocumentError, match="alinea"):
        rewrite(source, source.with_name("u.docx"), [(1, 7, "x")])


def test_rewriting_other_kinds_is_refused(write: Write) -> None:
    source = write("v.odt", odt_bytes("<text:p>De vakman</text:p>"))
    with pytest.raises(DocumentError, match="niet ondersteund"):
        rewrite(source, source.with_name("u.odt"), [(0, 2, "Een")])


def test_rewriting_in_place_is_possible_when_asked(write: Write) -> None:
    source = write("v.txt", b"De vakman")
    rewrite(source, source, [(3, 9, "vakkracht")])
    assert source.read_bytes() == b"De vakkracht"
    assert [p.name for p in source.parent.iterdir() if p.name.endswith(".tmp")] == []
