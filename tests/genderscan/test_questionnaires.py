from __future__ import annotations

from typing import Any

import pytest
import yaml

from anderebril.genderscan.questionnaires import (
    QUESTIONNAIRE_DIR,
    QuestionnaireError,
    available,
    load_questionnaire,
    parse_questionnaire,
)

REQUIRED_SCHOOL_THEMES = {"beleid", "werving", "onderwijs", "veiligheid", "bpv", "personeel"}
SCHOOL_GROUPS = {"management", "staff", "female_students", "male_students", "companies"}


def raw(name: str = "school-v1.yaml") -> dict[str, Any]:
    return yaml.safe_load((QUESTIONNAIRE_DIR / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(("key", "versions"), list(available().items()))
def test_every_shipped_questionnaire_version_loads(key: str, versions: list[int]) -> None:
    for version in versions:
        questionnaire = load_questionnaire(key, version)
        assert questionnaire.key == key and questionnaire.version == version


def test_the_school_questionnaire_covers_the_six_themes_and_five_groups() -> None:
    questionnaire = load_questionnaire("school", 1)
    assert {t.key for t in questionnaire.themes} == REQUIRED_SCHOOL_THEMES
    assert set(questionnaire.groups) == SCHOOL_GROUPS
    assert {q.type for q in questionnaire.questions} == {"likert", "choice", "open"}


def test_every_question_names_the_take_away_or_source_it_comes_from() -> None:
    for key, versions in available().items():
        for question in load_questionnaire(key, versions[-1]).questions:
            assert question.source.title and question.source.origin, question.key


def test_the_company_self_scan_asks_about_toilets_workwear_jokes_and_equal_tasks() -> None:
    text = " ".join(q.text.lower() for q in load_questionnaire("company", 1).questions)
    for topic in (
        "damestoilet",
        "werkkleding",
        "grap",
        "receptie",
        "praktijkopleider",
        "werktijden",
    ):
        assert topic in text


def test_a_question_with_an_unknown_theme_is_rejected() -> None:
    data = raw()
    data["questions"][0]["theme"] = "bestaat-niet"
    with pytest.raises(QuestionnaireError, match="onbekend thema"):
        parse_questionnaire(data)


def test_a_question_without_a_known_source_is_rejected() -> None:
    data = raw()
    data["questions"][0]["source"] = "verzonnen"
    with pytest.raises(QuestionnaireError, match="onbekende bron"):
        parse_questionnaire(data)


def test_a_choice_question_needs_options() -> None:
    data = raw()
    choice = next(q for q in data["questions"] if q["type"] == "choice")
    choice["options"] = [{"key": "a", "label": "A", "score": 0}]
    with pytest.raises(QuestionnaireError, match="twee unieke opties"):
        parse_questionnaire(data)


def test_duplicate_question_keys_are_rejected() -> None:
    data = raw()
    data["questions"][1]["key"] = data["questions"][0]["key"]
    with pytest.raises(QuestionnaireError, match="twee keer"):
        parse_questionnaire(data)


def test_likert_scores_run_from_0_to_100_and_reverse_questions_flip() -> None:
    questionnaire = load_questionnaire("school", 1)
    normal = questionnaire.question("beleid-doelen")
    reverse = questionnaire.question("veiligheid-grappen")
    assert normal is not None and reverse is not None and reverse.reverse
    assert [normal.score(v) for v in (1, 3, 5)] == [0.0, 50.0, 100.0]
    assert reverse.score(5) == 0.0
    assert normal.score(0) is None  # "weet ik niet"
