"""The consent questions, worded once. The wording shown is stored with every answer."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from anderebril.network.constants import ConsentField, ConsentPurpose


@dataclass(frozen=True)
class Question:
    name: str  # the form field
    field: str
    purpose: str
    wording: str | Promise


CONTACT_QUESTIONS = (
    Question(
        "consent_email_contact",
        ConsentField.EMAIL,
        ConsentPurpose.CONTACT_LIST,
        _(
            "Mijn e-mailadres mag op de contactlijst van het netwerk. Alleen ingelogde "
            "netwerkleden zien die lijst."
        ),
    ),
    Question(
        "consent_phone_contact",
        ConsentField.PHONE,
        ConsentPurpose.CONTACT_LIST,
        _("Mijn telefoonnummer mag op de contactlijst van het netwerk."),
    ),
    Question(
        "consent_organisation_contact",
        ConsentField.ORGANISATION,
        ConsentPurpose.CONTACT_LIST,
        _("Mijn organisatie mag bij mijn naam op de contactlijst van het netwerk."),
    ),
)
NEWSLETTER_QUESTION = Question(
    "consent_newsletter",
    ConsentField.EMAIL,
    ConsentPurpose.NEWSLETTER,
    _("Stuur mij de nieuwsbrief van het programma op mijn e-mailadres."),
)
COLLAGE_QUESTION = Question(
    "consent_collage",
    ConsentField.ORGANISATION,
    ConsentPurpose.COLLAGE,
    _(
        "Zet mijn naam en organisatie bij mijn superheldin in de collage van het "
        "evenementverslag. Zonder dit vinkje komt alleen je superheldin erin."
    ),
)
PHOTO_QUESTION = Question(
    "consent_photo_contact",
    ConsentField.PHOTO,
    ConsentPurpose.CONTACT_LIST,
    _(
        "Mijn foto mag bij mijn naam staan, alleen zichtbaar voor ingelogde netwerkleden. "
        "Trek je dit in, dan wissen we de foto."
    ),
)
ALL_QUESTIONS = (*CONTACT_QUESTIONS, PHOTO_QUESTION, NEWSLETTER_QUESTION, COLLAGE_QUESTION)

HELP_TEXT = _(
    "Je kunt elke toestemming later intrekken op de pagina ‘Mijn gegevens’ of via de link in je "
    "bevestigingsmail. Intrekken werkt meteen."
)
