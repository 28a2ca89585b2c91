from __future__ import annotations

from anderebril.genderscan.models import ScanRound
from anderebril.genderscan.questionnaires import load_questionnaire
from anderebril.genderscan.rounds import close_round, results_of
from anderebril.genderscan.scoring import compute_results
from tests.genderscan.conftest import Answer

SCHOOL = load_questionnaire("school", 1)


def test_a_group_below_five_responses_gets_no_score_and_does_not_count_in_the_average() -> None:
    responses = [("male_students", {"onderwijs-zelfvertrouwen": 5})] * 5
    responses += [("female_students", {"onderwijs-zelfvertrouwen": 1})] * 4
    results = compute_results(SCHOOL, responses)
    onderwijs = results["themes"]["onderwijs"]
    assert onderwijs["groups"] == {"male_students": 100.0}
    assert onderwijs["overall"] == 100.0
    assert onderwijs["students"] == 100.0
    assert results["counts"]["female_students"] == 4
    assert "female_students" not in results["shown_groups"]


def test_from_five_responses_a_group_is_shown() -> None:
    responses = [("female_students", {"onderwijs-zelfvertrouwen": 2})] * 5
    results = compute_results(SCHOOL, responses)
    assert results["themes"]["onderwijs"]["groups"]["female_students"] == 25.0


def test_open_answers_of_a_small_group_are_never_in_the_results() -> None:
    small = [("female_students", {"veiligheid-open": "Alleen ik zeg dit"})] * 4
    large = [("male_students", {"veiligheid-open": "Wij zeggen dit"})] * 5
    results = compute_results(SCHOOL, small + large)
    assert results["open_answers"] == {"veiligheid-open": {"male_students": ["Wij zeggen dit"] * 5}}
    assert "Alleen ik" not in str(results)


def test_the_gap_shows_how_much_rosier_management_sees_a_theme_than_students() -> None:
    management = [("management", {"veiligheid-ingrijpen": 5})] * 5  # 100
    students = [("female_students", {"veiligheid-ingrijpen": 2})] * 5  # 25
    students += [("male_students", {"veiligheid-ingrijpen": 4})] * 5  # 75
    theme = compute_results(SCHOOL, management + students)["themes"]["veiligheid"]
    assert theme["management"] == 100.0
    assert theme["students"] == 50.0
    assert theme["gap"] == 50.0


def test_dont_know_and_skipped_answers_are_not_scored() -> None:
    responses = [("staff", {"onderwijs-mindset": 0})] * 5 + [
        ("staff", {"onderwijs-mindset": 5})
    ] * 5
    assert compute_results(SCHOOL, responses)["themes"]["onderwijs"]["groups"]["staff"] == 100.0


def test_choice_answers_score_by_their_option(scan_round: ScanRound, answer: Answer) -> None:
    answer(scan_round, "management", 5, personeel_training="deels")
    themes = results_of(close_round(scan_round))["themes"]
    assert themes["personeel"]["groups"]["management"] == 70.0
