"""Agreement between two reviewers who tagged the same images.

For every image both tagged we compare one categorical judgement per image, the *composition*:
nobody, only women, only men, women and men, or only people whose gender is unclear.

- percent agreement ``p_o``: the share of images where both chose the same category;
- Cohen's kappa ``κ = (p_o − p_e) / (1 − p_e)``, where ``p_e = Σ_k p1(k) · p2(k)`` is the
  agreement expected by chance from how often each reviewer used each category. κ is 1 for
  perfect agreement and 0 for agreement no better than chance; it is undefined (``None``) when
  both reviewers used a single, identical category throughout (``p_e = 1``).

We also report exact agreement on the whole tagging (the same people in the same roles) and on
the setting, as plain percentages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from anderebril.imagescan.codes import split_key
from anderebril.imagescan.constants import Gender


@dataclass(frozen=True)
class Agreement:
    images: int
    percent: float
    kappa: float | None
    exact_percent: float
    setting_percent: float


def composition(counts: dict[str, int]) -> str:
    genders = {split_key(name)[0] for name, number in counts.items() if number}
    women, men = Gender.WOMAN in genders, Gender.MAN in genders
    if women and men:
        return "mixed"
    if women:
        return "women"
    if men:
        return "men"
    return "unclear" if genders else "nobody"


def cohen_kappa(first: Sequence[str], second: Sequence[str]) -> float | None:
    """Cohen's kappa of two equally long sequences of labels."""
    if len(first) != len(second):
        raise ValueError("both reviewers must judge the same items")
    n = len(first)
    if n == 0:
        return None
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    one, two = Counter(first), Counter(second)
    expected = sum(one[label] * two[label] for label in one) / (n * n)
    if expected >= 1:
        return None
    return (observed - expected) / (1 - expected)


def agreement(
    pairs: Sequence[tuple[tuple[str, dict[str, int]], tuple[str, dict[str, int]]]],
) -> Agreement | None:
    """Agreement over ``[((setting, counts), (setting, counts)), …]``, one pair per image."""
    if not pairs:
        return None
    first = [composition(a[1]) for a, _ in pairs]
    second = [composition(b[1]) for _, b in pairs]
    n = len(pairs)
    return Agreement(
        images=n,
        percent=100 * sum(a == b for a, b in zip(first, second, strict=True)) / n,
        kappa=cohen_kappa(first, second),
        exact_percent=100 * sum(_same(a[1], b[1]) for a, b in pairs) / n,
        setting_percent=100 * sum(a[0] == b[0] for a, b in pairs) / n,
    )


def _same(a: dict[str, int], b: dict[str, int]) -> bool:
    return {k: v for k, v in a.items() if v} == {k: v for k, v in b.items() if v}
