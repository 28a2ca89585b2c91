from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaalscanConfig(AppConfig):
    name = "anderebril.taalscan"
    label = "taalscan"
    verbose_name = _("Taalscan")
