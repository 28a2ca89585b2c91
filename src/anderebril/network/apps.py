from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "anderebril.network"
    label = "network"
    verbose_name = _("Netwerk")

    def ready(self) -> None:
        from anderebril.network import signals  # noqa: F401 - connects the receivers
