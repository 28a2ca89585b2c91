"""Rules from the errors of a thirty-fifth blind set of real Dutch text (real AI: mostly news,
stories, blogs and histories of trades, measured at the session's code after real AG's and
AH's rules). Each rule comes with look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passage set in the past for anyone tells how the work went then
        (
            "Maar vroeger was een melkboer ook een ander beroep. Tot ongeveer 1970 gingen "
            "melkboeren langs de huizen. De melkboer stopte bij je huis. De melkboer pakte "
            "het pannetje en liep daarmee naar zijn kar.",
            ["zijn"],
        ),
        (
            "In de middeleeuwen waren er veel smeden. De smid maakte alles van ijzer. Ook "
            "wapens werden door hem gemaakt.",
            ["hem"],
        ),
        ("De smid maakte alles van ijzer. Ook wapens werden door hem gemaakt.", []),
        # not a memoir: the writer close before tells of people they met
        (
            "Vroeger woonden we in Leiden. Toen ik klein was, kwam de melkboer langs. Hij "
            "gaf mij een snoepje.",
            [],
        ),
        # nor "een halve eeuw geleden" in news about one winner
        (
            "De roman werkt niet meer zoals een halve eeuw geleden. De winnaar van de prijs "
            "was niet blind. In zijn lezing ging hij lang mee.",
            [],
        ),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a caption's form of address with initials, before or around the job
        ("v.l.n.r. mw. K. de Jong (wijkverpleegster), dhr. H. Postma (tandarts)", []),
        ("Een foto van oud wijkverpleegster mw. P. Schipper.", []),
        ("In de jaren 50 was het zuster v.d. Sar. Zuster v.d. Sar zette zich in.", []),
        ("Wij zoeken een verpleegster. Mw. Jansen neemt contact op.", ["verpleegster"]),
        # posing as one is no role; the speaker's own job, inverted
        ("Het drietal deed zich voor als politieman of gemeentemedewerker.", []),
        ("Daarnaast ben ik ook nog steeds politieman en handhaver.", []),
        ("Als politieman doe je mee aan de opleiding.", ["politieman"]),
        # a clause opened by "dat" after the link is about another subject
        (
            "Halverwege de 19e eeuw werd het normaal dat de melkman dagelijks naar de stad trok.",
            ["melkman"],
        ),
        ("Anna is al jaren kapster.", []),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # veldwachter and postbode are roles; "in zijn geheel" and "het monteur-zijn" are
        # nobody's (koster stays a look-alike of -ster words, so it is no role)
        ("De veldwachter moet waken. Hij controleert de dorpelingen.", ["Hij"]),
        ("Veldwachter Jan moet waken. Hij controleert de dorpelingen.", []),
        ("Een postbode is in zijn geheel verantwoordelijk voor de wijk.", []),
        ("Het monteur-zijn is immers niet zo maar iets.", []),
        ("Een postbode is verantwoordelijk voor zijn wijk.", ["zijn"]),
    ],
)
def test_roles_and_idioms(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected
