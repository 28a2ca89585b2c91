"""Golden tests for gendered person nouns and job titles (``gendered-term``)."""

from __future__ import annotations

import pytest

from anderebril.textscan import Config, scan_text
from tests.textscan.helpers import found, spans, texts

pytestmark = pytest.mark.usefixtures("fixture_lexicon")


def test_it_reports_a_sample_vacancy_exactly() -> None:
    text = "Installatievakman gezocht\nWij zoeken een ervaren ICT-vakman en een schoonmaakster."
    report = scan_text(text)
    assert spans(report) == [
        ("gendered-term", 0, 17, "Installatievakman"),
        ("gendered-term", 49, 59, "ICT-vakman"),
        ("gendered-term", 67, 81, "schoonmaakster"),
    ]
    assert [f.suggestions for f in report.findings] == [
        ["Installatievakkracht"],
        ["ICT-vakkracht"],
        ["schoonmaker", "schoonmaakmedewerker"],
    ]
    assert [f.location.line for f in report.findings] == [1, 2, 2]


def test_it_flags_vakman_in_a_compound() -> None:
    assert texts("Wij zoeken een installatievakman.") == ["installatievakman"]


def test_it_keeps_the_compound_prefix_in_the_suggestion() -> None:
    report = scan_text("Wij zoeken een installatievakman.")
    assert report.findings[0].suggestions == ["installatievakkracht"]


def test_it_flags_a_word_split_over_a_line_end() -> None:
    text = "Wij zoeken een vak-\nman voor onderhoud."
    report = scan_text(text)
    assert spans(report) == [("gendered-term", 15, 23, "vak-\nman")]
    assert report.findings[0].suggestions == ["vakkracht"]


def test_it_flags_a_word_with_a_soft_hyphen() -> None:
    text = "Wij zoeken een vak\u00adman."
    assert spans(scan_text(text)) == [("gendered-term", 15, 22, "vak\u00adman")]


def test_it_keeps_capitalisation_in_suggestions() -> None:
    report = scan_text("Vakman gezocht. VAKMAN GEZOCHT.")
    assert [f.suggestions for f in report.findings] == [["Vakkracht"], ["VAKKRACHT"]]


def test_it_reports_plural_and_feminine_forms() -> None:
    text = "Onze vakmannen en schoonmaaksters en een lerares helpen je."
    assert texts(text) == ["vakmannen", "schoonmaaksters", "lerares"]


@pytest.mark.parametrize(
    "text",
    [
        "Hij leest een roman over een talisman en een kaaiman.",
        "De manager vond een manier om het register te bewaren.",
        "Een detectiveroman is spannend.",
        "Mevrouw Hoffman opende de beurs.",
        "Het gesprek met Jan Timmerman duurde lang.",
    ],
)
def test_it_leaves_look_alikes_and_surnames_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Anna is lerares in Zwolle.",
        "Yvonne Peters is al twintig jaar schoonmaakster.",
        "Jan, onze timmerman, komt morgen.",
        "Hij is een echte vakman.",
        "We spraken met lerares Anna (42) over haar werk.",
    ],
)
def test_it_leaves_a_named_person_alone(text: str) -> None:
    assert texts(text, "gendered-term") == []


@pytest.mark.parametrize(
    "text",
    [
        "Wij zoeken vakmannen en vakvrouwen.",
        "Dames en heren, welkom.",
        "Een vakman of vakvrouw is welkom.",
        "Onze leraressen en leraren helpen je.",
    ],
)
def test_it_leaves_inclusive_pair_forms_alone(text: str) -> None:
    assert texts(text, "gendered-term") == []


def test_it_reports_vakmanschap_deliberately_as_a_coded_word_at_low_severity() -> None:
    # Not a person noun, so not a gendered term; a word with a masculine ring, so a tip.
    report = scan_text("Vakmanschap staat bij ons voorop.")
    assert [(f.category, f.rule, f.severity, f.suggestions) for f in report.findings] == [
        ("coded-word", "nl.coded-word.vakmanschap", "consider", ["Vakkundigheid", "Vakbekwaamheid"])
    ]
    assert report.score.masculine == 1


def test_vakmanschap_can_be_allowed_by_configuration() -> None:
    config = Config(allow=frozenset({"nl.coded-word.vakmanschap"}))
    assert scan_text("Vakmanschap staat voorop.", config=config).findings == []


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Wij zoeken een man voor de bouwplaats.", "man"),
        ("Jongen gezocht voor het magazijn!", "Jongen"),
        ("Voor de zomer zoekt het bedrijf een sterke man die wil sjouwen.", "man"),
        ("Vriendelijke dames gezocht voor de receptie.", "dames"),
    ],
)
def test_it_reports_a_request_for_one_sex_as_must_fix(text: str, noun: str) -> None:
    report = scan_text(text)
    assert [(f.category, f.severity, f.text) for f in report.findings] == [
        ("gendered-term", "must-fix", noun)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Van de studenten is 24% vrouw.",
        "Mannen en vrouwen kiezen vaak verschillende opleidingen.",
        "Het aandeel meisjes lag tussen de 2 en 4 procent.",
        "Wij zoeken een man of vrouw voor de receptie.",
    ],
)
def test_it_leaves_men_and_women_in_general_or_statistics_alone(text: str) -> None:
    assert found(text) == []


def test_it_reports_heren_addressing_the_target_group() -> None:
    assert texts("Heren, zin in een nieuwe uitdaging?") == ["Heren"]


def test_suggestions_follow_the_strategy() -> None:
    text = "Wij zoeken een vakman."
    by_strategy = {
        strategy: scan_text(text, strategy=strategy).findings[0].suggestions
        for strategy in ("overkoepelend", "paarvorm", "direct")
    }
    assert by_strategy == {
        "overkoepelend": ["vakkracht"],
        "paarvorm": ["vakman of vakvrouw"],
        "direct": ["je als vakkracht"],
    }


def test_a_pair_form_suggestion_keeps_the_compound_prefix() -> None:
    report = scan_text("Wij zoeken installatievakmannen.", strategy="paarvorm")
    assert report.findings[0].suggestions == ["installatievakmannen en installatievakvrouwen"]


def test_a_sentence_opener_is_not_taken_for_a_name() -> None:
    assert texts("Er is een vakman nodig. Daar werkt een vakman.") == ["vakman", "vakman"]


def test_a_company_looking_for_someone_is_not_a_named_person() -> None:
    assert texts("Bouwbedrijf De Vries is op zoek naar een vakman.") == ["vakman"]
