from typing import Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _personal_data(people: list[Any]) -> dict[str, Any]:
    from anderebril.knowledge import services

    users = [person.user for person in people if person.user_id]
    return {"toegevoegd": [row for user in users for row in services.items_by(user)]}


class KnowledgeConfig(AppConfig):
    name = "anderebril.knowledge"
    label = "knowledge"
    verbose_name = _("Kennisbank")

    def ready(self) -> None:
        from anderebril.network import services as network

        network.register_personal_data("kennisbank", _personal_data)
