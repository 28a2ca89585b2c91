"""Rules from the errors of a thirty-eighth blind set of real Dutch text (real AL:
regulations, protocols and dossier texts, with hard negatives: profiles of named people,
statistics about men and women, look-alike words). Each rule comes with look-alikes that
must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an FAQ's question in the first person is the reader's, not someone portrayed
        (
            "Welke verplichtingen heb ik als werknemer?\n\nDe werknemer is verplicht:\n\n"
            " • zijn werk zorgvuldig uit te voeren;\n"
            " • de instructies te volgen die hem worden gegeven.",
            ["zijn", "hem"],
        ),
        (
            "Ruud de Vries (52) is al dertig jaar boswachter. De boswachter kent elk pad en "
            "zijn bos.",
            [],
        ),
        # a list's dash glued to the article
        ("2. Fietsen\n\n-De leerling beveiligt zelf zijn rijwiel.", ["zijn"]),
        ("•De monteur zet zijn auto neer.", ["zijn"]),
        # a plural thing takes no "hij": "zagen" is the plural of "zaag"
        ("De monteur maakt kozijnen. Na het zagen controleert hij de planken.", ["hij"]),
        ("De monteur pakt de zaag. Hij is bot.", []),
        # "een ieder" is anyone
        ("Graag bedank ik een ieder voor zijn bijdrage.", ["zijn"]),
        ("Dit is een iedere keer zijn taak.", []),
        # "toen (er) een …": the one person of an event in the past
        (
            "Dat veranderde toen er een kunstenaar mijn werk bezocht. Ik had sokkels voor hem "
            "gemaakt.",
            [],
        ),
        ("Toen een monteur de ketel opende, zag hij dat die lekte.", []),
        ("Het is goed als een monteur zijn gereedschap controleert.", ["zijn"]),
        (
            "Vroeger, toen een monteur nog met de hand werkte, moest hij alles zelf doen.",
            ["hij"],
        ),
    ],
)
def test_real_al(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # a time when anyone did so is no one event
        (
            "Dat was de tijd toen een timmerman nog zijn eigen gereedschap meebracht.",
            "generic-masculine",
            ["zijn"],
        ),
        # "een ieder" over a line break
        ("Graag bedank ik een\nieder voor zijn bijdrage.", "generic-masculine", ["zijn"]),
        # the object of a recruiting verb is what "als" describes, not the firm
        (
            "Vorig jaar zocht Heijmans met een landelijke campagne nieuwe collega's als "
            "allround timmerman.",
            "gendered-term",
            ["timmerman"],
        ),
    ],
)
def test_review_of_the_session(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # anyone with a relative clause, then the main clause's verb after the comma
        ("Iemand die zich aanmeldt, ontvangt zijn bevestiging per mail.", ["zijn"]),
        ("Iedereen die zich aanmeldt, ontvangt zijn bevestiging per mail.", ["zijn"]),
        ("Een ieder die zich aanmeldt, ontvangt zijn bevestiging per mail.", ["zijn"]),
        ("Iemand die zich aanmeldt, moet zijn cv meesturen.", ["zijn"]),
        # not mid-sentence, not after a list, not a named man in the main clause
        ("Ik ken iemand die hier werkt, hij heet Jan.", []),
        ("Iedereen die zich aanmeldt, de coach en Jan krijgen zijn mail.", []),
        ("Iedereen die meedoet, weet dat Jan zijn best doet.", []),
    ],
)
def test_anyone_as_subject_with_a_relative_clause(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected
