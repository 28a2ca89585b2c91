from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from anderebril.core.forms import StyledFormMixin, style_form
from anderebril.knowledge import tags
from anderebril.knowledge.constants import Theme
from anderebril.network.consent_texts import ALL_QUESTIONS, HELP_TEXT, PHOTO_QUESTION, Question
from anderebril.network.models import Person
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Organisation


def phone_field() -> forms.RegexField:
    return forms.RegexField(
        label=_("Telefoonnummer"),
        regex=r"^\+?[0-9 ()\-]{8,20}$",
        required=False,
        max_length=30,
        error_messages={"invalid": _("Vul een telefoonnummer in, zoals 06 12345678.")},
    )


def add_consent_fields(
    form: forms.BaseForm, questions: tuple[Question, ...], initial: set[tuple[str, str]]
) -> None:
    for question in questions:
        form.fields[question.name] = forms.BooleanField(
            label=str(question.wording),
            required=False,
            initial=(question.field, question.purpose) in initial,
        )


def consent_answers(
    form: forms.BaseForm, questions: tuple[Question, ...]
) -> list[tuple[str, str, bool, str]]:
    return [
        (q.field, q.purpose, bool(form.cleaned_data.get(q.name)), str(q.wording)) for q in questions
    ]


class ProfileForm(forms.ModelForm):
    themes = forms.MultipleChoiceField(
        label=_("Thema's waar je aan werkt"),
        choices=Theme.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    phone = phone_field()

    class Meta:
        model = Person
        fields = (
            "name",
            "network_role",
            "organisation",
            "organisation_name",
            "region",
            "phone",
            "what_you_do",
            "superhero_name",
            "superhero_why",
            "themes",
            "listed",
        )
        widgets = {
            "what_you_do": forms.Textarea(attrs={"rows": 3}),
            "superhero_why": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, consents: set[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.exclude(  # type: ignore[attr-defined]
            kind=Kind.STO_REGION
        )
        self.fields["region"].queryset = Organisation.objects.filter(  # type: ignore[attr-defined]
            kind=Kind.STO_REGION
        )
        self.initial["themes"] = self.instance.theme_list
        add_consent_fields(self, ALL_QUESTIONS, consents)
        self.fields[ALL_QUESTIONS[0].name].help_text = HELP_TEXT
        style_form(self)

    def clean_themes(self) -> str:
        return tags.encode(self.cleaned_data.get("themes") or [])

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("consent_phone_contact") and not data.get("phone"):
            self.add_error("phone", _("Vul je telefoonnummer in als het op de lijst mag."))
        return data


class FilterForm(forms.Form):
    """The filters of the people page (GET, no styling mixin: rendered by hand)."""

    q = forms.CharField(label=_("Zoek op naam of werk"), required=False, max_length=100)
    regio = forms.ModelChoiceField(
        label=_("STO-regio"),
        queryset=Organisation.objects.filter(kind=Kind.STO_REGION),
        required=False,
        empty_label=_("Alle regio's"),
    )
    organisatie = forms.ModelChoiceField(
        label=_("Organisatie"),
        queryset=Organisation.objects.exclude(kind=Kind.STO_REGION),
        required=False,
        empty_label=_("Alle organisaties"),
    )
    rol = forms.ChoiceField(label=_("Rol"), required=False)
    thema = forms.ChoiceField(label=_("Thema"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from anderebril.network.constants import NetworkRole

        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["rol"]).choices = [
            ("", _("Alle rollen")),
            *NetworkRole.choices,
        ]
        cast(forms.ChoiceField, self.fields["thema"]).choices = [
            ("", _("Alle thema's")),
            *Theme.choices,
        ]
        style_form(self)


class DeleteAccountForm(StyledFormMixin, forms.Form):
    password = forms.CharField(
        label=_("Je wachtwoord, ter bevestiging"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password = str(self.cleaned_data["password"])
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Dat wachtwoord klopt niet."))
        return password


class PhotoForm(forms.Form):
    """Upload a profile photo, with the consent that gives it a purpose."""

    photo = forms.FileField(
        label=_("Foto (JPEG of PNG, hoogstens 5 MB)"),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "foto_%s")  # on the profile page, next to the profile form
        super().__init__(*args, **kwargs)
        self.fields[PHOTO_QUESTION.name] = forms.BooleanField(
            label=str(PHOTO_QUESTION.wording),
            required=True,
            error_messages={"required": _("Zonder deze toestemming bewaren we geen foto.")},
        )
        style_form(self)
