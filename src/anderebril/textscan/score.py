"""Coded words (``coded-word``) and the document score built from them.

The score is a risk signal, never a verdict on the writer: field studies found small effects of
coded words on who applies (Castilla & Rho 2023). It is normalised per 1,000 words.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from anderebril.textscan.matching import Candidate
from anderebril.textscan.model import Finding, Score
from anderebril.textscan.tokenize import match_case

EXPLANATION: Final = {
    "masculine": (
        "Dit woord is in onderzoek als mannelijk gecodeerd beoordeeld (daadkracht, "
        "competitie). Veel van zulke woorden kan vrouwen iets minder laten solliciteren. "
        "Beschrijf liever het gedrag dat je verwacht."
    ),
    "feminine": (
        "Dit woord is in onderzoek als vrouwelijk gecodeerd beoordeeld (zorg, samenwerking). "
        "Een evenwicht tussen beide soorten woorden is het doel. Beschrijf liever het gedrag "
        "dat je verwacht."
    ),
}
#: Net coded words per 1,000 words above which a text leans one way.
LEAN: Final = 4.0


def coded_findings(text: str, candidates: Iterable[Candidate], strategy: str) -> list[Finding]:
    out: list[Finding] = []
    # (entry, surface) -> message, explanation, suggestions: coded words repeat a lot.
    seen: dict[tuple[int, str], tuple[str, str, list[str]]] = {}
    for cand in candidates:
        coded = cand.info.coded
        if coded is None or cand.info.compound:
            continue
        known = seen.get((id(coded), cand.surface))
        if known is None:
            alternatives = coded.alternatives.get(strategy) or coded.alternatives.get(
                "overkoepelend", ()
            )
            kind = "mannelijk" if coded.coding == "masculine" else "vrouwelijk"
            known = seen[id(coded), cand.surface] = (
                f"'{cand.surface}' is een {kind} gecodeerd woord "
                f"(bewijs: {_evidence(coded.evidence)}).",
                (coded.meta.note.strip() + " " + EXPLANATION[coded.coding]).strip(),
                [match_case(cand.surface, a) for a in alternatives],
            )
        message, explanation, suggestions = known
        out.append(
            Finding(
                category="coded-word",
                rule=coded.meta.rule,
                severity=coded.meta.severity,
                start=cand.start,
                end=cand.end,
                text=text[cand.start : cand.end],
                message=message,
                explanation=explanation,
                source=coded.meta.source,
                suggestions=list(suggestions),
            )
        )
    return out


def _evidence(strength: str) -> str:
    return {"strong": "sterk", "moderate": "matig", "weak": "zwak"}.get(strength, strength)


def make_score(masculine: int, feminine: int, words: int) -> Score:
    """The score of a text with these counts. ``verdict`` is Dutch advice, not judgement."""
    per_1000 = round((masculine + feminine) * 1000 / words, 1) if words else 0.0
    net = (masculine - feminine) * 1000 / words if words else 0.0
    if masculine + feminine == 0:
        verdict = "Geen mannelijk of vrouwelijk gecodeerde woorden gevonden."
    elif net >= LEAN:
        verdict = (
            "Risicosignaal: de tekst bevat naar verhouding veel mannelijk gecodeerde woorden. "
            "Dat kan sommige lezers minder laten solliciteren; het zegt niets over de schrijver. "
            "Beschrijf competenties als gedrag."
        )
    elif net <= -LEAN:
        verdict = (
            "Risicosignaal: de tekst bevat naar verhouding veel vrouwelijk gecodeerde woorden. "
            "Het effect op wie solliciteert is klein; het zegt niets over de schrijver. "
            "Beschrijf competenties als gedrag."
        )
    else:
        verdict = (
            "De gecodeerde woorden zijn redelijk in evenwicht. Dit is een signaal, geen oordeel."
        )
    return Score(masculine, feminine, words, per_1000, verdict)
