"""Golden tests for generic masculine pronouns (``generic-masculine``)."""

from __future__ import annotations

import pytest

from anderebril.textscan import scan_text
from tests.textscan.helpers import spans, texts

pytestmark = pytest.mark.usefixtures("fixture_lexicon")


def test_it_reports_a_sample_regulation_exactly() -> None:
    text = (
        "De student regelt zelf zijn stage. Hij meldt zich bij de coördinator, die hem "
        "helpt. De student leert zichzelf plannen."
    )
    assert spans(scan_text(text)) == [
        ("generic-masculine", 23, 27, "zijn"),
        ("generic-masculine", 35, 38, "Hij"),
        ("generic-masculine", 74, 77, "hem"),
        ("generic-masculine", 102, 110, "zichzelf"),
    ]


@pytest.mark.parametrize(
    ("text", "pronouns"),
    [
        ("De kandidaat stuurt zijn cv voor vrijdag.", ["zijn"]),
        ("De beginnend beroepsbeoefenaar stelt zijn planning op.", ["zijn"]),
        ("Elke medewerker krijgt zijn eigen kluisje.", ["zijn"]),
        ("De monteur neemt zijn gereedschap mee. Hij start om acht uur.", ["zijn", "Hij"]),
        ("De student moet zijn portfolio inleveren.", ["zijn"]),
        ("'De student regelt zijn stage', staat er.", ["zijn"]),
    ],
)
def test_it_reports_pronouns_pointing_back_to_a_generic_person(
    text: str, pronouns: list[str]
) -> None:
    assert texts(text) == pronouns


@pytest.mark.parametrize(
    "text",
    [
        "Wij zijn een groeiend bedrijf.",
        "Zijn er nog vragen?",
        "De studenten zijn tevreden over de stage.",
        "De student wil graag klaar zijn.",
        "De kandidaat moet bereid zijn om te reizen.",
        "De student zal er klaar voor zijn.",
        "De monteur werkt voor het bedrijf en zijn klanten.",
        "Jan is monteur. Hij doet zijn werk goed.",
        "Jan, onze monteur, doet zijn werk goed.",
        "De student start de computer. Hij doet het niet.",
        "De student regelt dat. De examencommissie neemt zijn besluit.",
        "De student belt de docent. Zij legt het uit.",
    ],
)
def test_it_leaves_the_verb_things_organisations_and_named_men_alone(text: str) -> None:
    assert texts(text, "generic-masculine") == []


def test_the_message_names_the_antecedent() -> None:
    report = scan_text("De kandidaat stuurt zijn cv.")
    assert report.findings[0].message == "'zijn' verwijst naar 'kandidaat', een algemene persoon."


@pytest.mark.parametrize(
    ("strategy", "suggestions"),
    [
        ("overkoepelend", ["diens", "hun"]),
        ("paarvorm", ["zijn of haar"]),
        ("direct", ["je", "jouw"]),
    ],
)
def test_suggestions_follow_the_strategy(strategy: str, suggestions: list[str]) -> None:
    report = scan_text("De student regelt zelf zijn stage.", strategy=strategy)
    assert report.findings[0].suggestions == suggestions


def test_it_stops_at_a_blank_line() -> None:
    assert texts("De student komt.\n\nZijn fiets staat buiten.") == []
