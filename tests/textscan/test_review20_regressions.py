"""Probes of the thirteenth session's second review: sentences where the late rules (a role
given an age, an adjective opening a sentence, an inverted verb cluster, a vocative in a
quote, indented list numbers, a slash pair after a hyphen) first went wrong. Each must keep
the findings the labelling rules give it."""

from __future__ import annotations

import pytest

from anderebril.textscan import scan_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Voor de zaterdagen zoeken wij een 16-jarige hulpkapster die "
                "de handen uit de mouwen steekt."
            ),
            [("gendered-term", "hulpkapster")],
        ),
        (
            "Voor de 16-jarige leerling-timmerman telt de werkweek maximaal 40 uur.",
            [("gendered-term", "leerling-timmerman")],
        ),
        (
            (
                "De kandidaat moet een vakdiploma hebben. Dit kan zijn mbo-di"
                "ploma zijn of een gelijkwaardig certificaat."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            "De student kiest zelf een stagebedrijf. Het moet zijn eigen keuze zijn.",
            [("generic-masculine", "zijn")],
        ),
        (
            (
                "De leerling kan een vrijstelling krijgen. Dit moet zijn ment"
                "or dan wel eerst aanvragen bij de examencommissie."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            "Gastvrouw-/heer gezocht voor ons restaurant in Zwolle.",
            [("binary-notation", "Gastvrouw-/heer")],
        ),
        (
            "Dante werkt sinds maart als leerling-timmerman bij ons.",
            [],
        ),
        (
            "Wende is sinds 2019 lerares Engels op onze school.",
            [],
        ),
        (
            "Vicente werkt als barman in ons strandpaviljoen.",
            [],
        ),
        (
            "'Eten, jongens', roept oma Riet naar haar kleinzoons.",
            [],
        ),
        (
            (
                "'Wij nemen iedereen aan: mannen, vrouwen, meisjes, jongens',"
                " zegt directeur Ans de Wit."
            ),
            [],
        ),
        (
            (
                "De penningmeester heeft de volgende taken:\n     1. Het behee"
                "r van de kas.\n     2. Het opstellen van de begroting.\n     3"
                ". Hij legt verantwoording af over zijn beleid."
            ),
            [("generic-masculine", "Hij"), ("generic-masculine", "zijn")],
        ),
        (
            (
                "De kandidaat neemt mee naar het examen:\n      1. Een geldig "
                "legitimatiebewijs.\n      2. Een rekenmachine.\n      3. Zijn "
                "oproepbrief."
            ),
            [("generic-masculine", "Zijn")],
        ),
        (
            (
                "Artikel 4 (vervolg). De kandidaat neemt verder mee:\n    10. "
                "Een rekenmachine.\n    11. Een woordenboek.\n    12. Zijn opro"
                "epbrief."
            ),
            [("generic-masculine", "Zijn")],
        ),
    ],
)
def test_review_probe(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.category, f.text) for f in scan_text(text).findings if f.category != "coded-word"]
    assert found == expected
