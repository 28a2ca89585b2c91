from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "anderebril.api"
    label = "api"
    verbose_name = _("API")

    def ready(self) -> None:
        from anderebril.api.checks import check_rates

        checks.register(check_rates)
