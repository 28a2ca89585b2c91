"""Forms of the beeldscan: start an audit, tag one image."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadhandler import SkipFile, TemporaryFileUploadHandler
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from anderebril.core.forms import MultipleFileField, StyledFormMixin
from anderebril.imagescan.archives import is_zip
from anderebril.imagescan.codes import CodeError, key, parse_code
from anderebril.imagescan.constants import (
    IMAGE_SUFFIXES,
    MAX_IMAGE_SIZE,
    MAX_UPLOAD_TOTAL,
    MAX_ZIP_SIZE,
    PAGE_SUFFIXES,
    Gender,
    Role,
    Setting,
)
from anderebril.imagescan.models import Audit
from anderebril.organisations.models import Organisation
from anderebril.taalscan.forms_batch import OrganisationChoiceMixin


class ImageUploadHandler(TemporaryFileUploadHandler):
    """Uploads go to temporary files (photos are large); a file above its limit is dropped and
    named, so the page can say so: 30 MB per image or page, 600 MB per zip, 800 MB in all."""

    def __init__(self, request: HttpRequest | None = None) -> None:
        super().__init__(request)
        self.skipped_names: list[str] = []
        self.limit = MAX_IMAGE_SIZE
        self._received = 0
        self._skipping = False

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self.limit = MAX_ZIP_SIZE if is_zip(self.file_name or "") else MAX_IMAGE_SIZE
        self._skipping = False

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        self._received += len(raw_data)
        if start + len(raw_data) > self.limit or self._received > MAX_UPLOAD_TOTAL:
            if not self._skipping:
                self.skipped_names.append(self.file_name or "bestand")
                self._skipping = True
            self.file.close()
            raise SkipFile
        return super().receive_data_chunk(raw_data, start)


class AuditForm(OrganisationChoiceMixin, StyledFormMixin, forms.Form):
    title = forms.CharField(
        label=_("Titel"),
        max_length=200,
        required=False,
        help_text=_("Bijvoorbeeld ‘Wervingsbeelden najaar 2026’. Leeg laten mag."),
    )
    uploads = MultipleFileField(
        label=_("Afbeeldingen, webpagina's of een zip-bestand"),
        help_text=_(
            "JPEG, PNG, WebP of TIFF (elk hoogstens 30 MB), opgeslagen webpagina's (HTML) met hun "
            "afbeeldingen, of een zip-bestand van hoogstens 600 MB met zulke bestanden, ook in "
            "mappen."
        ),
        required=False,
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisatie"), queryset=Organisation.objects.none(), empty_label=None
    )
    target = forms.IntegerField(
        label=_("Doel: aandeel vrouwen bij technisch werk (%)"),
        min_value=0,
        max_value=100,
        initial=50,
        help_text=_("Het aandeel vrouwen onder de mensen die technisch werk doen op de beelden."),
    )
    previous = forms.ModelChoiceField(
        label=_("Heraudit van"),
        queryset=Audit.objects.none(),
        required=False,
        empty_label=_("Geen: dit is een eerste audit"),
        help_text=_("Kies een eerdere audit van dezelfde beeldbank om de cijfers te vergelijken."),
    )

    def __init__(
        self,
        *args: Any,
        organisations: QuerySet[Organisation],
        audits: QuerySet[Audit],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.limit_organisations(organisations)
        previous = self.fields["previous"]
        assert isinstance(previous, forms.ModelChoiceField)
        previous.queryset = audits
        self.fields["uploads"].widget.attrs["accept"] = ",".join(
            (*IMAGE_SUFFIXES, *PAGE_SUFFIXES, ".zip")
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        previous, organisation = cleaned.get("previous"), cleaned.get("organisation")
        if (
            previous is not None
            and organisation is not None
            and previous.organisation_id != organisation.pk
        ):
            self.add_error("previous", _("Kies een audit van dezelfde organisatie."))
        return cleaned


def count_field_name(gender: str, role: str) -> str:
    return f"n_{gender}_{role}"


class TaggingForm(StyledFormMixin, forms.Form):
    code = forms.CharField(
        label=_("Wie staan er op het beeld? (code)"),
        max_length=100,
        required=False,
        help_text=_(
            "Per persoon of groep: een aantal (mag weg bij 1), de letter v (vrouw), m (man) of "
            "o (onduidelijk), en de rol: t (technisch werk), p (poseert bij techniek), "
            "n (niet-technisch werk), s (student in de les), d (docent), a (anders). Bijvoorbeeld "
            "‘vt’ of ‘2mt vp’. Typ 0 als er niemand op staat."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )
    setting = forms.ChoiceField(
        label=_("Omgeving"),
        choices=Setting.choices,
        widget=forms.RadioSelect,
        initial=Setting.OTHER,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for gender in Gender:
            for role in Role:
                self.fields[count_field_name(gender, role)] = forms.IntegerField(
                    label=f"{gender.label}, {role.label}",
                    min_value=0,
                    max_value=99,
                    required=False,
                    widget=forms.NumberInput(attrs={"class": "ib-count"}),
                )

    def count_fields(self) -> list[tuple[str, str, list[forms.BoundField]]]:
        """(gender label, css id, bound fields by role) for the table of the page."""
        return [
            (str(gender.label), gender.value, [self[count_field_name(gender, r)] for r in Role])
            for gender in Gender
        ]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        code = (cleaned.get("code") or "").strip()
        if code:
            try:
                cleaned["counts"] = parse_code(code)
            except CodeError as error:
                self.add_error(
                    "code",
                    _("‘%(token)s’ kunnen we niet lezen. Gebruik bijvoorbeeld vt, 2mp of 0.")
                    % {"token": error.token or code},
                )
            return cleaned
        counts = {
            key(gender, role): cleaned.get(count_field_name(gender, role)) or 0
            for gender in Gender
            for role in Role
        }
        counts = {name: number for name, number in counts.items() if number}
        if not counts and not any(
            cleaned.get(count_field_name(g, r)) is not None for g in Gender for r in Role
        ):
            self.add_error(
                "code", _("Vul een code in (0 als er niemand op staat) of de aantallen hieronder.")
            )
        cleaned["counts"] = counts
        return cleaned
