from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BpvConfig(AppConfig):
    name = "anderebril.bpv"
    label = "bpv"
    verbose_name = _("BPV")

    def ready(self) -> None:
        from anderebril.bpv import services

        services.install()
