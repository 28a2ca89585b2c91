from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from anderebril.core.forms import StyledFormMixin


class TokenForm(StyledFormMixin, forms.Form):
    name = forms.CharField(
        label=_("Naam van de sleutel"),
        help_text=_(
            "Bijvoorbeeld de naam van de koppeling of het systeem dat de sleutel gebruikt."
        ),
        max_length=100,
        error_messages={"required": _("Geef de sleutel een naam.")},
    )
