"""Definitions of techniek and IT: shipped defaults, precedence of rules, editable."""

from __future__ import annotations

import pytest

from anderebril.monitor.constants import Dimension
from anderebril.monitor.definitions import Rule, decides, resolve_definitions
from anderebril.monitor.importer import import_file
from anderebril.monitor.models import Definition, DefinitionRule, Programme
from tests.monitor.files import build

pytestmark = pytest.mark.django_db


def programme(crebo: str = "1", sectorkamer: str = "", hoofdgroep: str = "") -> Programme:
    return Programme(crebo=crebo, name="x", sectorkamer=sectorkamer, hoofdgroep=hoofdgroep)


def test_the_shipped_definitions_cover_techniek_and_it() -> None:
    import_file(build(), "s.csv")
    resolved = {d.key: d for d in resolve_definitions()}
    assert list(resolved) == ["techniek-en-it", "techniek", "it"]
    crebos = {
        key: set(Programme.objects.filter(pk__in=d.programme_ids).values_list("crebo", flat=True))
        for key, d in resolved.items()
    }
    assert crebos["techniek"] == {"25455", "25456"}
    assert crebos["it"] == {"25604"}
    assert crebos["techniek-en-it"] == {"25455", "25456", "25604"}
    assert "Informatie en communicatietechnologie" in resolved["it"].summary()


def test_the_most_specific_rule_wins() -> None:
    rules = (
        Rule(Dimension.SECTORKAMER, "Techniek en gebouwde omgeving", True),
        Rule(Dimension.HOOFDGROEP, "Bouw en infra", False),
        Rule(Dimension.CREBO, "25001", True),
    )
    tgo = "techniek en gebouwde  omgeving"  # case and spaces do not matter
    assert decides(rules, programme("9", tgo, "Techniek en procesindustrie"))
    assert not decides(rules, programme("9", tgo, "Bouw en infra"))
    assert decides(rules, programme("25001", tgo, "Bouw en infra"))
    assert not decides(rules, programme("9", "Handel", "Handel"))


def test_an_admin_change_to_a_rule_changes_the_figures() -> None:
    import_file(build(), "s.csv")
    it = Definition.objects.get(key="it")
    DefinitionRule.objects.create(definition=it, dimension=Dimension.CREBO, value="25480")
    resolved = {d.key: d for d in resolve_definitions()}
    crebos = set(
        Programme.objects.filter(pk__in=resolved["it"].programme_ids).values_list(
            "crebo", flat=True
        )
    )
    assert crebos == {"25604", "25480"}
