"""The pair forms the lexicon suggests (*kapper of kapster*, *chairman or chairwoman*) are
never reported themselves: a user who takes the advice must get a clean scan."""

from __future__ import annotations

import pytest

from anderebril.textscan import scan_text
from anderebril.textscan.index import get_index
from anderebril.textscan.lexicon import DATA_DIR

FRAMES = {"nl": "Wij zoeken een {}.", "en": "We are looking for a {}."}


def _pairs(language: str) -> list[tuple[str, str]]:
    index = get_index(language, DATA_DIR)
    return [
        (language, phrase)
        for term in index.lexicon.terms
        for phrases in term.alternatives.get("paarvorm", {}).values()
        for phrase in phrases
    ]


@pytest.mark.parametrize(("language", "phrase"), _pairs("nl") + _pairs("en"))
def test_a_suggested_pair_form_is_not_reported(language: str, phrase: str) -> None:
    report = scan_text(FRAMES[language].format(phrase), language=language)
    reported = [
        f.text for f in report.findings if f.category in ("gendered-term", "binary-notation")
    ]
    assert reported == []


def test_the_suggested_pairs_are_many() -> None:
    # the parametrised test above must not pass by finding no pairs at all
    assert len(_pairs("nl")) > 250 and len(_pairs("en")) > 100
