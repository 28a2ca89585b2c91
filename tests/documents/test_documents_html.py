from __future__ import annotations

from anderebril.documents import extract

PAGE = """<!doctype html>
<html><head><title>Vacature monteur</title>
<meta charset="utf-8"><style>p { color: red } /* vakman */</style>
<script>const vakman = "<p>niet zichtbaar</p>";</script></head>
<body>
<noscript>Zet JavaScript aan, vakman</noscript>
<template><p>sjabloon vakman</p></template>
<h1>Monteur &amp; installateur</h1>
<p>Wij zoeken een   <b>vakman</b>&nbsp;(m/v)
   met &eacute;&eacute;n jaar ervaring &#8211; &quot;stoer&quot;.</p>
<ul><li>B1-K1-W2 Plant werk</li><li>Tweede punt</li></ul>
<div>Regel een<br>regel twee</div>
</body></html>"""


def test_html_gives_visible_text_only() -> None:
    document = extract("v.html", data=PAGE.encode())
    assert "const" not in document.text
    assert "color" not in document.text
    assert "niet zichtbaar" not in document.text
    assert "JavaScript" not in document.text
    assert "sjabloon" not in document.text
    assert document.text.startswith("Vacature monteur\n\n")
    assert document.kind == "html"


def test_html_entities_are_decoded_and_white_space_collapsed() -> None:
    document = extract("v.html", data=PAGE.encode())
    assert "Monteur & installateur" in document.text
    assert 'Wij zoeken een vakman\xa0(m/v) met één jaar ervaring – "stoer".' in document.text


def test_html_block_elements_are_paragraphs() -> None:
    document = extract("v.htm", data=PAGE.encode())
    paragraphs = [document.text[b.start : b.end] for b in document.blocks]
    assert paragraphs == [
        "Vacature monteur",
        "Monteur & installateur",
        'Wij zoeken een vakman\xa0(m/v) met één jaar ervaring – "stoer".',
        "B1-K1-W2 Plant werk",
        "Tweede punt",
        "Regel een\nregel twee",
    ]
    assert [b.paragraph for b in document.blocks] == [1, 2, 3, 4, 5, 6]
    location = document.locate(document.text.index("Tweede punt"))
    assert (location.paragraph, location.section) == (5, "B1-K1-W2")
    assert document.locate(document.text.index("regel twee")).column == 1


def test_html_markers_become_ignored_ranges() -> None:
    page = (
        "<p>De vakman.</p><!-- anderebril-disable-next-line --><p>De timmerman.</p>"
        "<p>Vrij.</p><!-- anderebril-disable --><p>De zakenman.</p><p>De lerares.</p>"
        "<!-- anderebril-enable --><p>De verpleegster.</p>"
    )
    document = extract("v.html", data=page.encode())
    text = document.text

    def ignored(word: str) -> bool:
        return document.is_ignored(text.index(word), text.index(word) + len(word))

    assert ignored("timmerman")
    assert ignored("zakenman")
    assert ignored("lerares")
    assert not ignored("vakman")
    assert not ignored("Vrij")
    assert not ignored("verpleegster")


def test_a_disable_next_line_marker_after_text_ignores_the_next_block() -> None:
    page = "<p>Eerst vakman <!-- anderebril-disable-next-line --></p><p>Dan timmerman</p>"
    document = extract("v.html", data=page.encode())
    start = document.text.index("Dan")
    assert document.ignored_ranges == [(start, len(document.text))]


def test_a_declared_legacy_charset_is_honoured() -> None:
    page = '<meta charset="windows-1252"><p>co\xf6rdinator</p>'.encode("latin-1")
    assert extract("v.html", data=page).text == "coördinator"
