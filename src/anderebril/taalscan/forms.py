"""The taalscan form: paste a text or upload a file, and choose a strategy and language."""

from __future__ import annotations

import logging
from pathlib import PurePath
from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from anderebril.core.forms import StyledFormMixin
from anderebril.documents import Document, DocumentError, extract
from anderebril.taalscan.constants import (
    ALLOWED_SUFFIXES,
    MAX_TEXT_LENGTH,
    MAX_UPLOAD_SIZE,
    ScanLanguage,
    Strategy,
)

logger = logging.getLogger(__name__)

TOO_LARGE = _(
    "Het bestand is groter dan 20 MB. Kies een kleiner bestand, of plak het deel van de tekst "
    "dat je wilt laten scannen."
)
UNSUPPORTED = _(
    "Dit soort bestand kunnen we niet lezen. Kies een bestand van het type txt, md, html, docx, "
    "odt of pdf."
)
NOTHING_GIVEN = _("Plak een tekst of kies een bestand om te laten scannen.")
BOTH_GIVEN = _(
    "Je hebt een tekst geplakt én een bestand gekozen. Doe één van beide: haal de tekst weg of "
    "kies geen bestand."
)
UNREADABLE = _(
    "Dit bestand kunnen we niet lezen. Is het beschadigd? Probeer het als PDF of plak de tekst."
)
NO_TEXT_IN_FILE = _(
    "In dit bestand staat geen tekst die we kunnen lezen. Is het een scan of een afbeelding? "
    "Plak de tekst dan in het tekstvak."
)


class ScanForm(StyledFormMixin, forms.Form):
    text = forms.CharField(
        label=_("Tekst"),
        help_text=_("Plak hier bijvoorbeeld een vacature, stagetekst of brochuretekst."),
        required=False,
        strip=False,
        max_length=MAX_TEXT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 12, "spellcheck": "true"}),
        error_messages={
            "max_length": _(
                "De tekst is te lang om hier te scannen (meer dan %(limit_value)s tekens). "
                "Plak een kortere tekst."
            )
        },
    )
    file = forms.FileField(
        label=_("Bestand"),
        help_text=_(
            "Een bestand van het type txt, md, html, docx, odt of pdf van hoogstens 20 MB."
        ),
        required=False,
        widget=forms.FileInput(attrs={"accept": ",".join(ALLOWED_SUFFIXES)}),
        error_messages={"empty": _("Het bestand is leeg.")},
    )
    strategy = forms.ChoiceField(
        label=_("Soort alternatieven"),
        choices=Strategy.choices,
        initial=Strategy.OVERKOEPELEND,
        widget=forms.RadioSelect,
    )
    language = forms.ChoiceField(
        label=_("Taal van de tekst"),
        choices=ScanLanguage.choices,
        initial=ScanLanguage.NL,
    )

    def __init__(self, *args: Any, file_too_large: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.file_too_large = file_too_large
        self.document: Document | None = None

    def clean_text(self) -> str:
        # Browsers send a textarea's line breaks as CRLF; scan the text as it was typed.
        text: str = self.cleaned_data.get("text") or ""
        return text.replace("\r\n", "\n")

    def clean_file(self) -> UploadedFile | None:
        uploaded: UploadedFile | None = self.cleaned_data.get("file")
        if self.file_too_large:
            raise forms.ValidationError(TOO_LARGE, code="too_large")
        if uploaded is None:
            return None
        if uploaded.size is not None and uploaded.size > MAX_UPLOAD_SIZE:
            raise forms.ValidationError(TOO_LARGE, code="too_large")
        if PurePath(uploaded.name or "").suffix.lower() not in ALLOWED_SUFFIXES:
            raise forms.ValidationError(UNSUPPORTED, code="unsupported")
        return uploaded

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.errors:
            return cleaned
        text: str = cleaned.get("text") or ""
        uploaded: UploadedFile | None = cleaned.get("file")
        if uploaded is not None and text.strip():
            raise forms.ValidationError(BOTH_GIVEN, code="both")
        if uploaded is None:
            if not text.strip():
                raise forms.ValidationError(NOTHING_GIVEN, code="nothing")
            return cleaned
        self.document = self._extract(uploaded)
        return cleaned

    def _extract(self, uploaded: UploadedFile) -> Document | None:
        """The document's text, or None after adding a Dutch error to the file field."""
        name = PurePath(uploaded.name or "bestand").name
        try:
            document = extract(name, data=uploaded.read(), filename=name, max_size=MAX_UPLOAD_SIZE)
        except DocumentError as error:
            message = error.message.rstrip(".") + "."
            self.add_error("file", forms.ValidationError(message, code="unreadable"))
            return None
        except Exception:  # a reader bug must not become a crash page for a visitor
            logger.exception("taalscan: extracting %s failed unexpectedly", name)
            self.add_error("file", forms.ValidationError(UNREADABLE, code="unreadable"))
            return None
        if not document.text.strip():
            self.add_error("file", forms.ValidationError(NO_TEXT_IN_FILE, code="no_text"))
            return None
        return document
