"""Rules from the errors of the seventeenth session's real sets CK to CP (vacancies and job
pages, school and internship pages with regulations, news and portraits, hard negatives), each
measured once before the rules its errors led to. Each rule comes with look-alikes that must keep
their findings, or stay without."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # *hemzelf* is *hem* made reflexive: generic after a role noun (real CL)
        (
            "De werknemer mag geen spullen van de werkgever voor hemzelf gebruiken.",
            "generic-masculine",
            ["hemzelf"],
        ),
        ("Jan kocht het voor hemzelf.", "generic-masculine", []),
        # a named learner of a programme called by its job (real CL)
        (
            "Sabria Zaid, mbo-student doktersassistente, hoeft niet lang na te denken.",
            "gendered-term",
            [],
        ),
        (
            "De student, leerling doktersassistente, moet zelf een stage zoeken.",
            "gendered-term",
            ["doktersassistente"],
        ),
        ("Bouwbedrijf Jansen, student timmerman, Utrecht", "gendered-term", ["timmerman"]),
        # what someone's career made of them, told in the past (real CK)
        ("Tom groeide door naar voorman.", "gendered-term", []),
        ("Hij is inmiddels doorgegroeid naar voorman.", "gendered-term", []),
        ("Bij ons kun je doorgroeien naar voorman.", "gendered-term", ["voorman"]),
        # a past wish with a pronoun for its subject is one person's story (real CM)
        (
            "Nee, ook als kind wilde hij geen voetballer of brandweerman worden.",
            "gendered-term",
            [],
        ),
        ("Wil jij brandweerman worden?", "gendered-term", ["brandweerman"]),
        (
            "Wie brandweerman wilde worden, moest vroeger sterk zijn.",
            "gendered-term",
            ["brandweerman"],
        ),
        # a sex adjective before skills is no request for one sex (real CM)
        (
            "Zoek je iemand met mannelijke competenties? Omschrijf die dan neutraal.",
            "gendered-term",
            [],
        ),
        ("Wij zoeken een mannelijke collega.", "gendered-term", ["mannelijke collega"]),
        # a regulation names its party without an article after *zodra*, *indien* (real CM)
        (
            "Zodra werknemer beter is, moet hij zich betermelden.",
            "generic-masculine",
            ["hij"],
        ),
        ("Zodra Jan beter is, moet hij zich melden.", "generic-masculine", []),
        ("Zodra monteur Jan beter is, meldt hij zich.", "generic-masculine", []),
        # whose the person is, then her first name in apposition (real CM)
        (
            "De kraamverzorgster van Arie en Romy, Anna, leerde hen alles.",
            "gendered-term",
            [],
        ),
        ("De vakman van Jansen, Utrecht, komt morgen.", "gendered-term", ["vakman"]),
        # an infinitive after *te* is no present tense: the story stays in the past (real CM)
        (
            "De student bleef zeggen recht te hebben zijn studie af te ronden.",
            "generic-masculine",
            [],
        ),
        (
            "De student probeert zijn studie af te ronden.",
            "generic-masculine",
            ["zijn"],
        ),
        # an irregular participle in -aan after *zijn*: the verb (real CP)
        (
            "De chauffeur mag 9 uur rijden. Werkzaamheden in en om het voertuig zijn toegestaan.",
            "generic-masculine",
            [],
        ),
        ("De student moet zijn toegestane hulpmiddelen meenemen.", "generic-masculine", ["zijn"]),
        # a title one calls someone by, before a surname (with its particle) (real CP)
        ("Zij volgde zuster Van Dam op als wijkverpleegkundige.", "gendered-term", []),
        ("Daarnaast werkte er nog zuster Asperslag.", "gendered-term", []),
        ("'Zuster' Van der Poel, zoals zij heette, werkte hier.", "gendered-term", []),
        ("Wij zoeken een zuster. Zij werkt op de afdeling.", "gendered-term", ["zuster"]),
        ("Wij zoeken een zuster Kinderafdeling.", "gendered-term", ["zuster"]),
        ("Wij zoeken een vakman De Meern voor onze vestiging.", "gendered-term", ["vakman"]),
        ("Vacature timmerman Van Wijnen Bouw in Zwolle.", "gendered-term", ["timmerman"]),
        # a talent is a person: a sex adjective before it asks for one sex (review)
        (
            "Wij zoeken vrouwelijke talenten voor ons team.",
            "gendered-term",
            ["vrouwelijke talenten"],
        ),
        # a soft hyphen inside *als* hides it from the quick look, not from the test (review)
        ("A\u00adls studente kun je bij ons stage lopen.", "gendered-term", ["studente"]),
    ],
)
def test_rules_from_sets_ck_to_cm(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
