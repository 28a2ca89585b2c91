"""Look-alikes from a read-only review (about 170 sentences) of the rules added after blind
real sets V and W: each case is one where a new rule first went too far."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "om" blocks only a purpose with "te"
        ("Lisa is om die reden kapster geworden.", []),
        ("Doel is om secretaresses te laten zien hoe ze worden gewaardeerd.", ["secretaresses"]),
        # the writer's own, unless the reader is to become it
        ("Solliciteer nu en word mijn nieuwe secretaresse!", ["secretaresse"]),
        ("Wie wordt mijn nieuwe secretaresse?", ["secretaresse"]),
        ("Ik zoek mijn nieuwe assistente.", ["assistente"]),
        ("Mijn begeleidster in de keuken helpt.", []),
        # ex-: one person only after a specific determiner
        ("Ben jij ex-verpleegster en zoek je werk?", ["ex-verpleegster"]),
        ("Als ex-kapster heb je ervaring.", ["ex-kapster"]),
        ("Ex-verpleegster gezocht.", ["Ex-verpleegster"]),
        ("Binnenkort krijgt de ex-kapster een cursus.", []),
        # named people before "zijn", not a place or a company
        ("Onze monteurs in Zwolle zijn echte vakmannen.", ["vakmannen"]),
        ("De monteurs van Eneco zijn vakmannen.", ["vakmannen"]),
        ("Volgens Jansen zijn installateurs echte vakmannen.", ["vakmannen"]),
        ("Jan van Dijk en Piet de Vries zijn timmermannen.", []),
        ("Piet en Kees zijn al dertig jaar timmermannen.", []),
        # a full stop without a space is no website
        ("Wij zoeken een kapster.Nu solliciteren?", ["kapster"]),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new clause in the reach of "wie" or "iemand" may take "hem" again
        ("Wie zich aanmeldt krijgt een mail waarin we hem uitnodigen.", ["hem"]),
        # what the writer notices, and perfects with two infinitives, are one person
        ("Ik hoor net dat iemand zijn auto voor de deur parkeert.", []),
        ("Ik weet niet of iemand zijn laptop hier heeft laten liggen.", []),
        ("Let erop dat iemand zijn gereedschap goed gebruikt.", ["zijn"]),
        ("Wij verwachten dat iemand zich naar zijn functie gedraagt.", ["zijn"]),
        ("Meld het als je ziet dat iemand zijn beschermingsmiddelen niet gebruikt.", ["zijn"]),
        # an idiom needs its verb
        ("De bakker mengt zijn beslag.", ["zijn"]),
        ("De chauffeur betaalt zelf zijn tol.", ["zijn"]),
        ("Sinds de eerste zuighulp zijn intrede deed, volgden nieuwe modellen.", []),
        # "daarvan zijn" is the verb only after a plural noun or opening the sentence
        ("De student houdt een logboek bij en maakt daarvan zijn eindverslag.", ["zijn"]),
        # a story is one about "een jongen" the writer met, and ends with the past tense
        (
            "Uit onderzoek bleek dat een jongen die techniek koos, vaker zijn diploma haalde.",
            [],  # since real set CJ: zijn agrees with a male noun, no generic person
        ),
        (
            "De student kiest een stageplek. Vorig jaar moest hij die nog zelf zoeken. "
            "Nu helpt de school hem en krijgt hij een lijst.",
            ["hem", "hij"],
        ),
        # "en" joins two people, not a pronoun pair
        (
            "De monteur belt aan bij mevrouw De Vries. Haar en zijn afspraak staat in de "
            "agenda. Hij is op tijd.",
            [],
        ),
        # an object of seven words before the verb
        (
            "De leerling gaat naar school. Een groot deel van het tweede leerjaar loopt hij stage.",
            ["hij"],
        ),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected
