from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from anderebril.core.forms import StyledFormMixin
from anderebril.knowledge.constants import Audience, ItemKind, Theme


class SearchForm(StyledFormMixin, forms.Form):
    q = forms.CharField(label=_("Zoekwoorden"), required=False, max_length=200)
    soort = forms.ChoiceField(label=_("Soort"), required=False)
    thema = forms.ChoiceField(label=_("Thema"), required=False)
    doelgroep = forms.ChoiceField(label=_("Doelgroep"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["q"].widget.input_type = "search"
        cast(forms.ChoiceField, self.fields["soort"]).choices = [
            ("", _("Alle soorten")),
            *ItemKind.choices,
        ]
        cast(forms.ChoiceField, self.fields["thema"]).choices = [
            ("", _("Alle thema's")),
            *Theme.choices,
        ]
        cast(forms.ChoiceField, self.fields["doelgroep"]).choices = [
            ("", _("Alle doelgroepen")),
            *Audience.choices,
        ]
