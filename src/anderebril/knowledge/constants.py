from django.db import models
from django.utils.translation import gettext_lazy as _


class Theme(models.TextChoices):
    """The themes of the genderscan; knowledge, people and take-aways are tagged with them."""

    POLICY = "policy", _("Beleid en monitoring")
    RECRUITMENT = "recruitment", _("Werving en voorlichting")
    EDUCATION = "education", _("Onderwijs en didactiek")
    SAFETY = "safety", _("Sociale veiligheid en cultuur")
    WORKPLACE = "workplace", _("Beroepspraktijk en BPV")
    STAFF = "staff", _("Personeel")


class Audience(models.TextChoices):
    PRIMARY = "primary", _("Basisonderwijs")
    VMBO = "vmbo", _("Vmbo")
    MBO = "mbo", _("Mbo")
    EMPLOYERS = "employers", _("Werkgevers")
    PARENTS = "parents", _("Ouders")


class ItemKind(models.TextChoices):
    TAKEAWAY = "takeaway", _("Take-away")
    LINK = "link", _("Link")
    GUIDE = "guide", _("Handleiding")
    VIDEO = "video", _("Video")
    RESEARCH = "research", _("Onderzoek")
    PRACTICE = "practice", _("Praktijkvoorbeeld")


SEARCH_RESULTS_LIMIT = 50
