from django.db import models
from django.utils.translation import gettext_lazy as _

from anderebril.core.privacy import SMALL_GROUP as SMALL_GROUP  # re-exported for the app


class ConsentField(models.TextChoices):
    """The personal details a person can share, each with its own consent."""

    EMAIL = "email", _("E-mailadres")
    PHONE = "phone", _("Telefoonnummer")
    ORGANISATION = "organisation", _("Organisatie")
    PHOTO = "photo", _("Foto")


class ConsentPurpose(models.TextChoices):
    CONTACT_LIST = "contact_list", _("Contactlijst van het netwerk")
    NEWSLETTER = "newsletter", _("Nieuwsbrief")
    COLLAGE = "collage", _("Collage van superheldinnen")


class NetworkRole(models.TextChoices):
    """What someone does, as far as the network is concerned (not a platform permission)."""

    MANAGEMENT = "management", _("Bestuur of management")
    PROGRAMME_MANAGER = "programme_manager", _("Programmamanager of projectleider")
    TEACHER = "teacher", _("Docent of instructeur")
    CAREER_ADVISOR = "career_advisor", _("Decaan of loopbaanbegeleider")
    MARKETING = "marketing", _("Marketing en communicatie")
    EMPLOYER = "employer", _("Werkgever, HR of praktijkopleider")
    STO_COORDINATOR = "sto_coordinator", _("STO-coördinator")
    ADVISOR = "advisor", _("Adviseur of onderzoeker")
    STUDENT = "student", _("Student")
    OTHER = "other", _("Anders")


# The fields a contact list or vCard may carry, in the order they appear.
CONTACT_FIELDS = (ConsentField.EMAIL, ConsentField.PHONE, ConsentField.ORGANISATION)
