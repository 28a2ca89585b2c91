"""Rules from the errors of a thirty-ninth blind set of real Dutch text (real AM: a broad mix
of vacancies, internship texts, school pages and hard negatives). Each rule comes with
look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # crew and staff called men
        (
            "De rekrutering voor de eerste 200 manschappen is volop aan de gang.",
            "gendered-term",
            ["manschappen"],
        ),
        # a task presented as men's
        (
            "Er is één ding dat nog wordt gezien als een mannentaak: klussen.",
            "stereotype",
            ["mannentaak"],
        ),
        # being one, as the subject of a finite verb: zijn is the infinitive
        (
            "De ondersteuner helpt de cliënt. Huishoudelijk ondersteuner zijn is méér dan "
            "schoonmaken.",
            "generic-masculine",
            [],
        ),
        (
            "De ondersteuner helpt de cliënt. Ondersteuner zijn betekent veel.",
            "generic-masculine",
            [],
        ),
        ("De monteur pakt zijn is-gelijkteken.", "generic-masculine", ["zijn"]),
    ],
)
def test_real_am(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
