from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from anderebril.core.forms import MultipleFileField, MultipleFileInput, StyledFormMixin
from anderebril.monitor.constants import MAX_UPLOAD_SIZE, Dataset


class SelectionForm(StyledFormMixin, forms.Form):
    """The GET form above each dashboard: dataset, definition and year."""

    gegevens = forms.ChoiceField(label=_("Gegevens"), choices=Dataset.choices)
    definitie = forms.ChoiceField(label=_("Definitie"), choices=())
    jaar = forms.TypedChoiceField(label=_("Jaar"), choices=(), coerce=int)

    def __init__(
        self,
        *args: Any,
        definitions: list[tuple[str, str]],
        years: list[tuple[int, str]],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["definitie"].choices = definitions  # type: ignore[attr-defined]
        self.fields["jaar"].choices = [(str(y), label) for y, label in years]  # type: ignore[attr-defined]


class ImportForm(StyledFormMixin, forms.Form):
    bestanden = MultipleFileField(
        widget=MultipleFileInput(attrs={"accept": ".csv,text/csv"}),
        label=_("DUO-bestanden (CSV)"),
        help_text=_(
            "Het bestand met studenten per instelling (MAN2021, VROUW2021, …) of met "
            "gediplomeerden (DIPMAN2021, DIPVROUW2021, …), zoals je het van DUO downloadt. "
            "Je kunt meer bestanden tegelijk kiezen."
        ),
    )

    def clean_bestanden(self) -> list[UploadedFile]:
        files: list[UploadedFile] = self.cleaned_data["bestanden"]
        for upload in files:
            if (upload.size or 0) > MAX_UPLOAD_SIZE:
                raise forms.ValidationError(
                    _("%(name)s is groter dan %(limit)s MB.")
                    % {"name": upload.name, "limit": MAX_UPLOAD_SIZE // (1024 * 1024)}
                )
        return files
