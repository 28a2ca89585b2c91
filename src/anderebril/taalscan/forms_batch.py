"""Forms of the member pages: save a scan, start a batch, compare two documents."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadhandler import SkipFile
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from anderebril.core.forms import MultipleFileField, StyledFormMixin
from anderebril.core.uploads import BoundedMemoryUploadHandler
from anderebril.organisations.models import Organisation
from anderebril.taalscan.archives import MAX_ZIP_SIZE, is_zip
from anderebril.taalscan.constants import (
    ALLOWED_SUFFIXES,
    MAX_UPLOAD_SIZE,
    MB,
    ScanLanguage,
    Strategy,
)
from anderebril.taalscan.models import BatchItem

#: All files of one batch upload together.
MAX_BATCH_UPLOAD = 200 * MB


class BatchUploadHandler(BoundedMemoryUploadHandler):
    """In memory like the public page: 20 MB per document, 100 MB per zip, 200 MB in all."""

    def __init__(self, request: HttpRequest | None = None) -> None:
        super().__init__(request, limit=MAX_UPLOAD_SIZE)
        self.skipped_names: list[str] = []
        self._received = 0

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self.limit = MAX_ZIP_SIZE if is_zip(self.file_name or "") else MAX_UPLOAD_SIZE

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        self._received += len(raw_data)
        if self._received > MAX_BATCH_UPLOAD and self._buffer is not None:
            self.too_large.append(self.field_name)
            self._buffer = None
        if self._buffer is None:
            self.skipped_names.append(self.file_name or "bestand")
            raise SkipFile
        try:
            super().receive_data_chunk(raw_data, start)
        except SkipFile:
            self.skipped_names.append(self.file_name or "bestand")
            raise


class OrganisationChoiceMixin:
    """An ``organisation`` field limited to the user's organisations, hidden when only one."""

    fields: dict[str, forms.Field]

    def limit_organisations(self, organisations: QuerySet[Organisation]) -> None:
        field = self.fields["organisation"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = organisations
        if organisations.count() == 1:
            field.initial = organisations.first()
            field.widget = forms.HiddenInput()


class SaveScanForm(OrganisationChoiceMixin, StyledFormMixin, forms.Form):
    bewaren = forms.CharField(widget=forms.HiddenInput)
    title = forms.CharField(
        label=_("Titel"),
        max_length=200,
        required=False,
        help_text=_("Bijvoorbeeld ‘Vacature monteur, versie maart’. Leeg laten mag."),
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisatie"), queryset=Organisation.objects.none(), empty_label=None
    )

    def __init__(self, *args: Any, organisations: QuerySet[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.limit_organisations(organisations)


class BatchForm(OrganisationChoiceMixin, StyledFormMixin, forms.Form):
    title = forms.CharField(
        label=_("Titel"),
        max_length=200,
        required=False,
        help_text=_("Bijvoorbeeld ‘Kwalificatiedossiers 2023 en 2025’. Leeg laten mag."),
    )
    uploads = MultipleFileField(
        label=_("Bestanden of een zip-bestand"),
        help_text=_(
            "Kies meerdere bestanden (txt, md, html, docx, odt of pdf, elk hoogstens 20 MB) of "
            "een zip-bestand van hoogstens 100 MB met zulke bestanden."
        ),
        required=False,
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisatie"), queryset=Organisation.objects.none(), empty_label=None
    )
    strategy = forms.ChoiceField(
        label=_("Soort alternatieven"), choices=Strategy.choices, initial=Strategy.OVERKOEPELEND
    )
    language = forms.ChoiceField(
        label=_("Taal van de teksten"), choices=ScanLanguage.choices, initial=ScanLanguage.NL
    )

    def __init__(self, *args: Any, organisations: QuerySet[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.limit_organisations(organisations)
        self.fields["uploads"].widget.attrs["accept"] = ",".join((*ALLOWED_SUFFIXES, ".zip"))


class ItemChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.name)


class CompareForm(StyledFormMixin, forms.Form):
    a = ItemChoiceField(label=_("Versie A"), queryset=BatchItem.objects.none())
    b = ItemChoiceField(label=_("Versie B"), queryset=BatchItem.objects.none())

    def __init__(self, *args: Any, items: QuerySet[BatchItem], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("a", "b"):
            field = self.fields[name]
            assert isinstance(field, forms.ModelChoiceField)
            field.queryset = items
