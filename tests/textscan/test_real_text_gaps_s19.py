"""Rules from the errors of the nineteenth session's real texts, each with look-alikes that
must keep their findings, or stay without."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the subject ze/zij/hij of a subordinate clause was, in the past: one person's
        # history (real CY: a letter to the editor)
        (
            "In de brief vertelde ze dat ze lange tijd stewardess en secretaresse is geweest.",
            [],
        ),
        ("Mijn oma vertelde dat ze jarenlang werkster was geweest.", []),
        ("Ik wist niet dat zij ooit verpleegster werd.", []),
        ("Toen hij nog timmerman was, werkte hij hard.", []),
        # ... but the present, and a perfect with hij, are what a rule or dossier writes
        ("De student laat zien dat hij vakman is.", ["vakman"]),
        ("De student toont aan dat hij een echte vakman is geworden.", ["vakman"]),
        ("Het is belangrijk dat je verpleegster wordt.", ["verpleegster"]),
        # ... and the noun must be the subject's own predicate
        ("Ze zegt dat de kapster ziek was.", ["kapster"]),
        ("Wij zoeken iemand die timmerman is geweest.", ["timmerman"]),
        ("Het is duidelijk dat ze een goede kapster is.", ["kapster"]),
    ],
)
def test_real_text_gaps_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected
