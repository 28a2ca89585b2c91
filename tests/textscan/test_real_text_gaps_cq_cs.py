"""Rules from the errors of the eighteenth session's real sets CQ to CS (job ads in technical
trades, school and internship pages, collective agreements, job profiles and news), each
measured once before the rules its errors led to. Each rule comes with look-alikes that must
keep their findings, or stay without."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # an object pronoun in a phrase before a noun, inside the noun's own relative clause,
        # may be the noun (real CS: a collective agreement)
        (
            "De werknemer die bij de aanvang van de voor hem vastgestelde vakantie ziek is, "
            "meldt dit.",
            "generic-masculine",
            ["hem"],
        ),
        (
            "De leerling die de voor hem bestemde les volgt, leert veel.",
            "generic-masculine",
            ["hem"],
        ),
        # ... but an object of the clause's own verb is someone else
        ("Een bakker die in hem gelooft, is belangrijk.", "generic-masculine", []),
        ("Een monteur die hem de door ons gekochte onderdelen geeft.", "generic-masculine", []),
        # the English -ess after a compound on steward or host, and host/hostess (real CS)
        ("Grondsteward(ess) gezocht.", "binary-notation", ["Grondsteward(ess)"]),
        ("proc(ess) id", "binary-notation", []),
        ("Chef-kok Host /Hostess", "binary-notation", ["Host /Hostess"]),
        ("De hostess ontvangt de gasten.", "binary-notation", []),
        # *keurder* is a role noun (real CQ: the inspection of an installation)
        (
            "De keurder stelt een keuringsattest op waarin hij de conformiteit bevestigt.",
            "generic-masculine",
            ["hij"],
        ),
        # a thing named after the person in the same sentence takes *hem* (real CQ)
        (
            "De monteur maakt de ketel schoon en stelt hem indien nodig opnieuw af.",
            "generic-masculine",
            [],
        ),
        ("De monteur zet de computer aan. De klant bedankt hem.", "generic-masculine", ["hem"]),
        ("De monteur pakt de ketel en de klant bedankt hem.", "generic-masculine", ["hem"]),
        # a compound noun that looks like a participle (*be…t*) after *Zijn* (real CQ)
        (
            "De chauffeur moet voorleggen:\n• De schijven;\n• Zijn bestuurderskaart, indien "
            "hij hiervan houder is.",
            "generic-masculine",
            ["Zijn", "hij"],
        ),
        ("De vragen die door de chauffeur zijn beantwoord.", "generic-masculine", []),
        # *ving* is a verb in the past: a story about one roofer (real CQ)
        (
            "De dakwerker gooide pannen naar beneden. En hij ving ze op!",
            "generic-masculine",
            [],
        ),
        # "…, wil hij maar zeggen." is the man quoted (real CR)
        (
            "Het loont dus om met een stagiair te werken, wil hij maar zeggen.",
            "generic-masculine",
            [],
        ),
        (
            "Als de stagiair iets wil, wil hij zeggen wat hij vindt.",
            "generic-masculine",
            ["hij", "hij"],
        ),
        # feminine forms in -iste and -ologe (real CR)
        ("De opleiding tot diëtiste duurt vier jaar.", "gendered-term", ["diëtiste"]),
        ("De biologen onderzoeken het water.", "gendered-term", []),
        ("Wij zoeken een drogiste.", "gendered-term", ["drogiste"]),
    ],
)
def test_rules_from_sets_cq_to_cs(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
