"""The shipped definitions of "techniek" and "IT" (explained in docs/monitor.md).

Migration 0002 installs them; platform admins edit them afterwards in the admin. Each entry is
(key, name, description, position, [(dimension, value), …]); all shipped rules include.
"""

from __future__ import annotations

from typing import Any

DEFINITIONS: list[tuple[str, str, str, int, list[tuple[str, str]]]] = [
    (
        "techniek-en-it",
        "Techniek en IT",
        "Alle technische en IT-opleidingen samen, het dichtst bij wat Techniekpact "
        "bètatechniek noemt.",
        0,
        [
            ("sectorkamer", "Techniek en gebouwde omgeving"),
            ("hoofdgroep", "Techniek en procesindustrie"),
            ("hoofdgroep", "Bouw en infra"),
            ("hoofdgroep", "Afbouw, hout en onderhoud"),
            ("hoofdgroep", "Mobiliteit en voertuigen"),
            ("hoofdgroep", "Ambacht, laboratorium en gezondheidstechniek"),
            ("hoofdgroep", "Informatie en communicatietechnologie"),
        ],
    ),
    (
        "techniek",
        "Techniek",
        "Technische opleidingen zonder IT: installatie, elektro, werktuigbouw, procesindustrie, "
        "bouw, afbouw en hout, voertuigen, ambacht en laboratorium.",
        1,
        [
            ("sectorkamer", "Techniek en gebouwde omgeving"),
            ("hoofdgroep", "Techniek en procesindustrie"),
            ("hoofdgroep", "Bouw en infra"),
            ("hoofdgroep", "Afbouw, hout en onderhoud"),
            ("hoofdgroep", "Mobiliteit en voertuigen"),
            ("hoofdgroep", "Ambacht, laboratorium en gezondheidstechniek"),
        ],
    ),
    (
        "it",
        "IT",
        "Opleidingen in de informatie- en communicatietechnologie (zonder media en vormgeving).",
        2,
        [("hoofdgroep", "Informatie en communicatietechnologie")],
    ),
]


def install(definition_model: Any, rule_model: Any) -> None:
    """Create the shipped definitions that do not exist yet (by key); leave edited ones alone."""
    for key, name, description, position, rules in DEFINITIONS:
        definition, created = definition_model.objects.get_or_create(
            key=key, defaults={"name": name, "description": description, "position": position}
        )
        if created:
            for dimension, value in rules:
                rule_model.objects.create(
                    definition=definition, dimension=dimension, value=value, include=True
                )
