from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from anderebril.core.forms import style_form
from anderebril.events.services import ConsentAnswer
from anderebril.knowledge.constants import Audience, ItemKind, Theme
from anderebril.network.consent_texts import (
    COLLAGE_QUESTION,
    CONTACT_QUESTIONS,
    HELP_TEXT,
    NEWSLETTER_QUESTION,
    Question,
)
from anderebril.network.constants import NetworkRole
from anderebril.network.forms import add_consent_fields, phone_field

REGISTRATION_QUESTIONS = (*CONTACT_QUESTIONS, NEWSLETTER_QUESTION, COLLAGE_QUESTION)


def answers(form: forms.BaseForm, questions: tuple[Question, ...]) -> list[ConsentAnswer]:
    return [
        ConsentAnswer(q.field, q.purpose, bool(form.cleaned_data.get(q.name)), str(q.wording))
        for q in questions
    ]


class RegistrationForm(forms.Form):
    name = forms.CharField(label=_("Naam"), max_length=150)
    email = forms.EmailField(
        label=_("E-mailadres"),
        help_text=_("Hier sturen we de bevestiging, de agenda-uitnodiging en een herinnering."),
    )
    organisation_name = forms.CharField(label=_("Organisatie"), max_length=200, required=False)
    network_role = forms.ChoiceField(label=_("Rol"), required=False)
    phone = phone_field()

    def __init__(self, *args: Any, consents: set[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["network_role"]).choices = [
            ("", _("Kies je rol")),
            *NetworkRole.choices,
        ]
        add_consent_fields(self, REGISTRATION_QUESTIONS, consents)
        self.fields[REGISTRATION_QUESTIONS[0].name].help_text = HELP_TEXT
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["organisation_name"].widget.attrs["autocomplete"] = "organization"
        style_form(self)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("consent_phone_contact") and not data.get("phone"):
            self.add_error("phone", _("Vul je telefoonnummer in als het op de lijst mag."))
        return data

    def consent_answers(self) -> list[ConsentAnswer]:
        return answers(self, REGISTRATION_QUESTIONS)


class NetworkMomentForm(forms.Form):
    what_you_do = forms.CharField(
        label=_("Wie ben je en wat doe je?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    superhero_name = forms.CharField(label=_("Wie is jouw female superhero?"), max_length=150)
    superhero_why = forms.CharField(
        label=_("Waarom zij?"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, consents: set[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        add_consent_fields(self, (COLLAGE_QUESTION,), consents)
        style_form(self)

    def collage_answer(self) -> ConsentAnswer:
        return answers(self, (COLLAGE_QUESTION,))[0]


class CaptureForm(forms.Form):
    """What a moderator writes down during or after the event: a take-away or a shared link."""

    kind = forms.ChoiceField(label=_("Soort"), choices=ItemKind.choices)
    title = forms.CharField(label=_("Titel"), max_length=200)
    summary = forms.CharField(
        label=_("Kern in een paar zinnen"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    url = forms.URLField(label=_("Link"), required=False, max_length=500, assume_scheme="https")
    theme = forms.ChoiceField(label=_("Thema"), choices=Theme.choices)
    audiences = forms.MultipleChoiceField(
        label=_("Voor wie"),
        choices=Audience.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        style_form(self)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") and data["kind"] != ItemKind.TAKEAWAY and not data.get("url"):
            self.add_error("url", _("Een gedeelde link, video of handleiding heeft een link."))
        return data


class HeroineForm(forms.Form):
    """A moderator's canonical name and one-line description of a heroine."""

    name = forms.CharField(label=_("Naam zoals die in de collage staat"), max_length=150)
    description = forms.CharField(
        label=_("Korte beschrijving"),
        max_length=300,
        required=False,
        help_text=_("Wie zij is, in één zin. Bijvoorbeeld: natuurkundige en scheikundige."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        style_form(self)

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Vul een naam in."))
        return name
