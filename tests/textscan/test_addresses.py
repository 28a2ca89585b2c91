"""Web and e-mail addresses are not prose: nothing inside them is reported (found in the
programme's own report, where a news URL's slug ``…-werken-in-mannenwereldje-…`` became one
long stereotype finding)."""

from __future__ import annotations

import pytest

from anderebril.textscan.markers import address_ranges
from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    "text",
    [
        "Lees https://www.ad.nl/iris-18-en-bente-21-werken-in-mannenwereldje~a855/ eens.",
        "Bron: www.vakman-gezocht.nl/vacatures.",
        "Mail je cv naar info@timmerman-installatie.nl.",
        "(zie <http://example.org/stoere-jongens-gezocht>)",
    ],
)
def test_nothing_inside_an_address_is_reported(text: str) -> None:
    assert texts(text) == []


def test_the_words_around_an_address_are_still_scanned() -> None:
    text = "Mail naar info@timmerman.nl of kijk op www.ad.nl. Onze vakman helpt je graag."
    assert texts(text, "gendered-term") == ["vakman"]
    assert texts("De vakman (m/v) van https://x.nl/ komt langs.", "gendered-term") == ["vakman"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zie (https://a.nl/b-c).", ["https://a.nl/b-c"]),
        ("www.jet-net.nl, en mail: x.y@vhto.nl!", ["www.jet-net.nl", "x.y@vhto.nl"]),
        ("geen adres: m/v, 10@20, www, ://, jan@home", []),
    ],
)
def test_address_ranges(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in address_ranges(text.lower())] == expected
