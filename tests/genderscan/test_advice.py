from __future__ import annotations

from django.test import Client
from django.urls import reverse

from anderebril.genderscan.advice import generate_advice, load_library, load_rules
from anderebril.genderscan.models import Advice, AdviceItem, ScanRound
from anderebril.genderscan.questionnaires import available, load_questionnaire
from anderebril.genderscan.rounds import close_round
from tests.genderscan.conftest import Answer


def test_every_rule_refers_to_existing_themes_questions_and_recommendations() -> None:
    questionnaires = [load_questionnaire(k, v[-1]) for k, v in available().items()]
    themes = {t.key for q in questionnaires for t in q.themes}
    questions = {question.key for q in questionnaires for question in q.questions}
    for rule in load_rules():
        for name, params in rule.conditions:
            if "theme" in params:
                assert params["theme"] in themes, (name, params)
            if "question" in params:
                assert params["question"] in questions, (name, params)
    for recommendation in load_library().values():
        assert recommendation.theme in themes
        assert recommendation.source.title


def low_scoring_round(scan_round: ScanRound, answer: Answer) -> ScanRound:
    answer(scan_round, "management", 5, veiligheid_ingrijpen=5, beleid_doelen=1, beleid_cijfers=1)
    answer(
        scan_round,
        "female_students",
        5,
        veiligheid_ingrijpen=1,
        veiligheid_thuis=2,
        veiligheid_apart=5,
    )
    answer(scan_round, "male_students", 5, veiligheid_ingrijpen=2)
    return close_round(scan_round)


def test_low_scores_lead_to_recommendations_with_their_reason_and_source(
    scan_round: ScanRound, answer: Answer
) -> None:
    advice = generate_advice(low_scoring_round(scan_round, answer))
    keys = set(advice.items.values_list("recommendation_key", flat=True))
    assert {"direct-ingrijpen", "doelen-en-cijfers", "niet-apart-zetten"} <= keys
    item = advice.items.get(recommendation_key="direct-ingrijpen")
    assert "rooskleuriger" in item.reason or "Sociale veiligheid" in item.reason
    assert "roadshows" in item.source
    assert {i.scenario for i in advice.items.all()} == {"quick_win", "structural"}
    assert advice.status == "draft"


def test_a_draft_is_hidden_from_the_school_until_the_advisor_publishes_it(
    client: Client, alice: object, assigned_bob: object, scan_round: ScanRound, answer: Answer
) -> None:
    advice = generate_advice(low_scoring_round(scan_round, answer))
    url = reverse("genderscan:advice", args=["techniekcollege-test", scan_round.pk])
    client.force_login(alice)  # type: ignore[arg-type]
    assert "nog niet gepubliceerd" in client.get(url).content.decode()
    client.force_login(assigned_bob)  # type: ignore[arg-type]
    client.post(reverse("genderscan:advice_publish", args=["techniekcollege-test", scan_round.pk]))
    assert Advice.objects.get(pk=advice.pk).is_published
    client.force_login(alice)  # type: ignore[arg-type]
    first = advice.items.first()
    assert first is not None and first.title in client.get(url).content.decode()


def test_the_advisor_edits_and_adds_recommendations_before_publishing(
    client: Client, assigned_bob: object, scan_round: ScanRound, answer: Answer
) -> None:
    advice = generate_advice(low_scoring_round(scan_round, answer))
    item = advice.items.first()
    assert item is not None
    client.force_login(assigned_bob)  # type: ignore[arg-type]
    data = {
        "title": "Aangepast",
        "scenario": "structural",
        "theme": "veiligheid",
        "body": "Eigen tekst",
        "reason": "",
        "source": "",
    }
    client.post(
        reverse("genderscan:advice_item", args=["techniekcollege-test", scan_round.pk, item.pk]),
        data,
    )
    item.refresh_from_db()
    assert (item.title, item.scenario) == ("Aangepast", "structural")
    client.post(
        reverse("genderscan:advice_item_new", args=["techniekcollege-test", scan_round.pk]),
        {**data, "title": "Nieuw"},
    )
    assert AdviceItem.objects.filter(advice=advice, title="Nieuw").exists()


def test_a_school_member_cannot_generate_edit_or_publish_advice(
    client: Client, alice: object, scan_round: ScanRound, answer: Answer
) -> None:
    advice = generate_advice(low_scoring_round(scan_round, answer))
    item = advice.items.first()
    assert item is not None
    client.force_login(alice)  # type: ignore[arg-type]
    args = ["techniekcollege-test", scan_round.pk]
    assert client.post(reverse("genderscan:advice_generate", args=args)).status_code == 404
    assert client.post(reverse("genderscan:advice_publish", args=args)).status_code == 404
    assert client.get(reverse("genderscan:advice_item", args=[*args, item.pk])).status_code == 404
    assert not Advice.objects.get().is_published
