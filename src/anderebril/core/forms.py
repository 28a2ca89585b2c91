"""Form helpers: widgets get the NL Design System classes, fields render through one template."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

#: The largest primary key (a 64-bit BigAutoField).
MAX_ID = 2**63 - 1


def parse_id(value: str) -> int | None:
    """A primary key sent in a form or query string, or ``None``. Only ASCII digits count:
    ``"²".isdigit()`` is true but ``int("²")`` fails, and a huge number overflows the database."""
    if not (value.isascii() and value.isdigit()) or len(value) > 19:
        return None
    number = int(value)
    return number if 0 < number <= MAX_ID else None


def too_many_files_message() -> str:
    """Why an upload of more loose files than Django accepts in one request was refused, and
    the way out (a zip), for the upload forms that take many files."""
    return _(
        "Je koos meer dan %(limit)s losse bestanden; zoveel tegelijk kan niet. Stop ze samen "
        "in een zip-bestand en kies dat."
    ) % {"limit": settings.DATA_UPLOAD_MAX_NUMBER_FILES}


_WIDGET_CLASSES: dict[type[forms.Widget], str] = {
    forms.Textarea: "utrecht-textarea",
    forms.Select: "utrecht-select utrecht-select--html-select",
    forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input",
    forms.ClearableFileInput: "ab-file",
    forms.FileInput: "ab-file",
    forms.widgets.Input: "utrecht-textbox utrecht-textbox--html-input",
}


def style_form(form: forms.BaseForm) -> forms.BaseForm:
    """Style a form that does not use the mixin (Django's own auth forms)."""
    for name, field in form.fields.items():
        widget = field.widget
        for widget_type, css in _WIDGET_CLASSES.items():
            if isinstance(widget, widget_type):
                widget.attrs["class"] = f"{widget.attrs.get('class', '')} {css}".strip()
                break
        if field.help_text:
            widget.attrs["aria-describedby"] = f"id_{name}_helptext"
    return form


class StyledFormMixin:
    """Add NL Design System classes and ``aria-describedby`` to every widget of the form."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        style_form(cast(forms.BaseForm, self))


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Django's documented pattern for an ``<input type=file multiple>``: a list of files."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile]:
        single = super().clean
        items = [item for item in (data if isinstance(data, list | tuple) else [data]) if item]
        if not items:
            single(None, initial)  # says "required" when the field is required
            return []
        return [single(item, initial) for item in items]
