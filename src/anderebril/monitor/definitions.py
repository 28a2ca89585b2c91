"""Which programmes count as "techniek" or "IT": curated rules, resolved to programme ids.

A definition is a list of rules on sectorkamer, hoofdgroep or crebo, each including or
excluding. For a programme the most specific rule that matches decides: a crebo rule beats a
hoofdgroep rule, which beats a sectorkamer rule; no matching rule means *not included*. Names are
compared without regard to case or extra spaces. The shipped defaults are in migration 0002 and
explained in docs/monitor.md; platform admins edit them in the admin.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from anderebril.monitor.constants import Dimension
from anderebril.monitor.models import Definition, Programme

SPECIFICITY = (Dimension.CREBO, Dimension.HOOFDGROEP, Dimension.SECTORKAMER)


def _key(value: str) -> str:
    return " ".join(value.casefold().split())


@dataclass(frozen=True)
class Rule:
    dimension: str
    value: str
    include: bool


@dataclass(frozen=True)
class ResolvedDefinition:
    key: str
    name: str
    description: str
    rules: tuple[Rule, ...]
    programme_ids: frozenset[int]

    def summary(self) -> str:
        """The rules in one Dutch sentence, as stated on every page."""
        parts: list[str] = []
        labels = {
            (Dimension.SECTORKAMER, True): _("sectorkamer"),
            (Dimension.HOOFDGROEP, True): _("hoofdgroep"),
            (Dimension.CREBO, True): _("crebo"),
            (Dimension.SECTORKAMER, False): _("zonder sectorkamer"),
            (Dimension.HOOFDGROEP, False): _("zonder hoofdgroep"),
            (Dimension.CREBO, False): _("zonder crebo"),
        }
        for include in (True, False):
            for dimension in reversed(SPECIFICITY):
                values = [
                    rule.value
                    for rule in self.rules
                    if rule.dimension == dimension and rule.include == include
                ]
                if values:
                    label = labels[(Dimension(dimension), include)]
                    parts.append(f"{label} {', '.join(values)}")
        return "; ".join(parts) if parts else _("nog geen regels")


def decides(rules: tuple[Rule, ...], programme: Programme) -> bool:
    """True when the most specific rule matching ``programme`` includes it."""
    return _decides(_index(rules), programme)


def _index(rules: tuple[Rule, ...]) -> dict[str, dict[str, bool]]:
    index: dict[str, dict[str, bool]] = {dimension: {} for dimension in SPECIFICITY}
    for rule in rules:
        index[rule.dimension][_key(rule.value)] = rule.include
    return index


def _decides(index: dict[str, dict[str, bool]], programme: Programme) -> bool:
    for dimension, value in (
        (Dimension.CREBO, programme.crebo),
        (Dimension.HOOFDGROEP, programme.hoofdgroep),
        (Dimension.SECTORKAMER, programme.sectorkamer),
    ):
        decision = index[dimension].get(_key(value))
        if decision is not None:
            return decision
    return False


def resolve_definitions() -> list[ResolvedDefinition]:
    """All definitions, in their order, with the ids of the programmes they include."""
    programmes = list(Programme.objects.only("pk", "crebo", "hoofdgroep", "sectorkamer"))
    resolved: list[ResolvedDefinition] = []
    for definition in Definition.objects.prefetch_related("rules"):
        rules = tuple(
            Rule(rule.dimension, rule.value, rule.include) for rule in definition.rules.all()
        )
        index = _index(rules)
        ids = frozenset(item.pk for item in programmes if _decides(index, item))
        resolved.append(
            ResolvedDefinition(definition.key, definition.name, definition.description, rules, ids)
        )
    return resolved
