"""Before the tests for a request for one sex (*wij zoeken een man*, *Ben jij de man die …*,
*Heren, …*) the rule looks whether any word those tests need is near the noun at all. That
look must never change a finding: on texts made of the words the tests look for, at every
distance from the noun, the findings are those of the full tests."""

from __future__ import annotations

import random

import pytest

from anderebril.textscan import appeals, scan_text, terms
from anderebril.textscan.tokenize import words
from tests.textscan.helpers import patches_engine_internals

VOCABULARY = words(
    "wij zoeken zoekt gezocht een de het jij je u ben bent word wordt juiste ideale man vrouw "
    "jongen meisje jongens meisjes heren dames kerels die voor job functie team voorkeur heeft "
    "gaat uit naar sterke handige vacature om vroeg vragen werven te als kun kan we ons onze "
    "nieuwe twee drie en of enthousiaste gemotiveerde hé beste graag meld aan solliciteer"
)
JOINTS = [
    " ", " ", " ", ", ", "! ", "? ", ": ", ". ", " '", "' ", " “", "” ", "\n", " (", ") ",
]  # fmt: skip


#: Requests of each kind the tests know, with ``|`` where filler may push the parts apart.
TEMPLATES = [
    "Wij zoeken | een {adj} {noun}.",
    "{Noun} | gezocht!",
    "{Noun} met rijbewijs | heeft de voorkeur.",
    "Ben jij | de {adj} {noun} die wij | zoeken?",
    "als jij de juiste {noun} | bent voor de job",
    "een vacature voor '{adj} {noun}'",
    "omdat zij om een {adj} {noun} | vroeg",
    "door een '{adj} {noun} voor de markt' | te werven",
    "Als {noun} | kun je bij ons beginnen.",
    "Heren, | zin in een uitdaging?",
    "Vacature: {noun}",
]
NOUNS = words("man vrouw jongen meisje jongens meisjes heren dames kerels studente")
ADJECTIVES = words("sterke handige enthousiaste gemotiveerde ideale nieuwe")


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        if rng.random() < 0.5:
            noun = rng.choice(NOUNS)
            text = rng.choice(TEMPLATES).format(
                noun=noun, Noun=noun.capitalize(), adj=rng.choice(ADJECTIVES)
            )
            fill = "lorem " * rng.choice([0, 0, 5, 20, 40, 60])
            text = text.replace("|", fill if rng.random() < 0.5 else "")
        else:
            text = ""
            for _ in range(rng.randint(3, 14)):
                word = rng.choice(VOCABULARY)
                text += (word.capitalize() if rng.random() < 0.15 else word) + rng.choice(JOINTS)
        if rng.random() < 0.3:  # push the words out of the tests' reach, or not
            filler = "lorem " * rng.randint(10, 60)
            text = filler + text if rng.random() < 0.5 else text + filler
        out.append(" ".join(text.split(" ")).strip())
    return out


def _terms(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    return [
        [(f.start, f.end, f.rule) for f in scan_text(t).findings if f.category == "gendered-term"]
        for t in texts
    ]


@patches_engine_internals
def test_the_look_for_request_words_never_changes_a_finding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _texts(2000, seed=23)
    quick = _terms(texts)
    monkeypatch.setattr(terms, "asking_near", lambda language, text, cand, asking: asking)
    monkeypatch.setattr(appeals, "_MARKS", ("",))  # "" is in every window: never skip
    full = _terms(texts)
    requests = sum(1 for found in full if any("alleen-" in rule for *_, rule in found))
    assert requests > 300  # the texts do hold requests for one sex, of every kind
    assert quick == full
