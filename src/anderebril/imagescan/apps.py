from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImagescanConfig(AppConfig):
    name = "anderebril.imagescan"
    label = "imagescan"
    verbose_name = _("Beeldscan")

    def ready(self) -> None:
        from anderebril.imagescan import signals  # noqa: F401 - connects the receivers
