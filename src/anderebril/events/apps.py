from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "anderebril.events"
    label = "events"
    verbose_name = _("Evenementen")

    def ready(self) -> None:
        from anderebril.events import services

        services.install()
