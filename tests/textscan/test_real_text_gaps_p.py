"""Rules from the errors of a sixteenth blind set of real Dutch text (real P: news, vacancy
features, BPV guides, company recruiting pages), each with look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dutch newspapers open a quote with „ or two commas: the noun after it still has
        # its article.
        ("„Een monteur neemt zijn tijd.”", ["zijn"]),
        ("Het is goed. ,,Een monteur neemt zijn gereedschap mee.”", ["zijn"]),
        ("Hij zei: „De monteur neemt zijn tijd.”", ["zijn"]),
        # A bare "Iemand" opening a sentence in the present tense is anyone ...
        ("Iemand geeft zijn planning door en is vrij.", ["zijn"]),
        ("Iemand moet zijn eigen gereedschap meenemen.", ["zijn"]),
        # "z'n" is the possessive too, written short (real P: "Iemand geeft z'n planning
        # door"), never the verb; a named man's and a pair form are left alone.
        ("Iemand geeft z’n planning door.", ["z’n"]),
        ("De monteur pakt z'n gereedschap en z'n laptop.", ["z'n", "z'n"]),
        ("Wie z'n diploma heeft, mag beginnen.", ["z'n"]),
        ("Jan pakt z'n gereedschap.", []),
        ("De leerling neemt z'n of haar laptop mee.", []),
        # ... in the past or perfect tense it is one person in a story.
        ("Iemand heeft zijn fiets hier laten staan.", []),
        ("Iemand belde gisteren over zijn rekening.", []),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The one the news quotes, after a quote and "aldus/zegt een …", is one woman.
        (
            "„Deze groep is fulltime beschikbaar”, aldus een medewerkster van het uitzendbureau.",
            [],
        ),
        ("Het werk is zwaar, zegt een schoonmaakster. Ze werkt er al jaren.", []),
        # Not a clause leading into the verb, or what anyone says whenever.
        ("Hoe je knipt, legt een kapster uit in de video.", ["kapster"]),
        ("Dit zegt een kapster als ze moe is.", ["kapster"]),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected
