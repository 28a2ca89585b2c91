from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GenderscanConfig(AppConfig):
    name = "anderebril.genderscan"
    label = "genderscan"
    verbose_name = _("Genderscan")
