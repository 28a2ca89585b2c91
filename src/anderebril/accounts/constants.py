from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """Platform-wide roles. Everyone without an account is *public*."""

    PLATFORM_ADMIN = "platform_admin", _("Platformbeheerder")
    ADVISOR = "advisor", _("Adviseur")
    MEMBER = "member", _("Lid van een organisatie")
