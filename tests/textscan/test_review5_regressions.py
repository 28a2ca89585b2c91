"""Cases an independent review demonstrated against this session's rules: each was reported
before the rule and silenced by it (or the other way round), where TAALSCAN.md says
otherwise. The rules were narrowed; these sentences keep them narrow."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "pronouns"),
    [
        # the past tense only in a clause of a present-tense sentence is no story
        (
            "De student beschrijft in zijn verslag wat hij leerde en wat hij moeilijk vond.",
            ["zijn", "hij", "hij"],
        ),
        ("De student evalueert met zijn praktijkopleider wat goed ging.", ["zijn"]),
        (
            "De BPV-begeleider vraagt de student hoe de eerste week was en wat hij ervan vond.",
            ["hij"],
        ),
        (
            "Als de student eerder een diploma had behaald, kan hij vrijstelling aanvragen "
            "voor zijn examen.",
            ["hij", "zijn"],
        ),
        (
            "De student die vorig jaar bleef zitten, krijgt van zijn mentor extra begeleiding.",
            ["zijn"],
        ),
        ("De monteur doet de was niet, maar hij ruimt wel zijn bus op.", ["hij", "zijn"]),
        # a story told in the past is still about one person
        (
            "De loodgieter kwam eindelijk. Hij nam een plopper en zette hem in de gootsteen.",
            [],
        ),
    ],
)
def test_a_past_tense_clause_is_no_story(text: str, pronouns: list[str]) -> None:
    assert texts(text, "generic-masculine") == pronouns


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Wij zijn echte vakmannen.", ["vakmannen"]),
        ("Zij zijn allemaal ervaren vakmannen met oog voor detail.", ["vakmannen"]),
        # now reported as a request for one sex, adjective and noun together
        ("Voor deze functie is een vrouwelijke verzorgster vereist.", ["vrouwelijke verzorgster"]),
        (
            "Gevraagd: vrouwelijke verzorgster voor een cliënte in Utrecht.",
            ["vrouwelijke verzorgster"],
        ),
        ("Wie zoeken wij? Het is een echte vakman.", ["vakman"]),
        (
            "Wat voor iemand zoeken we? Het is een vakman, een teamspeler en een aanpakker.",
            ["vakman"],
        ),
    ],
)
def test_groups_requests_and_answers_keep_their_terms(text: str, terms: list[str]) -> None:
    assert texts(text, "gendered-term") == terms


@pytest.mark.parametrize(
    ("text", "pronouns"),
    [
        # zijn the verb after a noun that is one of two, or followed by er/ook
        ("Zowel de student als een praktijkopleider zijn verantwoordelijk voor de planning.", []),
        ("Naast een elektricien zijn er ook installateurs nodig op de bouwplaats.", []),
        ("Behalve een monteur zijn ook twee leerlingen aanwezig.", []),
        # one of an organisation's people in the news is one man
        ("Een woordvoerder van NS zei dat hij zijn excuses aanbiedt.", []),
        ("Een medewerker van ING belde en vroeg naar zijn pincode.", []),
        # 'de jongen' with a relative clause is any such boy, but still a boy: hij and zijn
        # agree with a male noun (since real set CJ)
        (
            "De jongen die voor de bouw kiest, weet dat hij zijn handen uit de mouwen moet steken.",
            [],
        ),
    ],
)
def test_verbs_news_and_relative_clauses(text: str, pronouns: list[str]) -> None:
    assert texts(text, "generic-masculine") == pronouns


@pytest.mark.parametrize(
    ("text", "pronouns"),
    [
        (
            "De leermeester stelt Ahmed Yilmaz voor aan het team en laat hem zijn werkplek zien.",
            [],
        ),
        ("De student gebruikt Google Drive voor zijn verslag.", ["zijn"]),
    ],
)
def test_a_named_man_after_a_verb_takes_the_pronouns(text: str, pronouns: list[str]) -> None:
    assert texts(text, "generic-masculine") == pronouns
