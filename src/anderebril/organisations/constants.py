from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    MBO_SCHOOL = "mbo_school", _("mbo-school")
    VMBO_SCHOOL = "vmbo_school", _("vmbo-school")
    COMPANY = "company", _("bedrijf")
    STO_REGION = "sto_region", _("STO-regio")
    OTHER = "other", _("anders")
