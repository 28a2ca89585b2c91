from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _

from anderebril.bpv.access import mbo_schools
from anderebril.bpv.constants import (
    MAX_DESCRIPTION,
    MAX_NOTE,
    MAX_PUBLIC_UPDATE,
    RECEIPT_LENGTH,
    RETENTION_MONTHS,
    YEARS_BACK,
    ReporterRole,
    Sector,
    SignalKind,
    Status,
)
from anderebril.bpv.services import Contact, Report
from anderebril.core.forms import StyledFormMixin

CONTACT_CONSENT = _(
    "Ik wil dat de BPV-coördinator van mijn school contact met mij opneemt over deze melding. "
    "Mijn naam en e-mailadres worden alleen daarvoor gebruikt, alleen de school ziet ze, en ze "
    "worden gewist uiterlijk %(months)s maanden nadat de melding is afgesloten."
)


def consent_wording() -> str:
    return str(CONTACT_CONSENT) % {"months": RETENTION_MONTHS}


def _with_empty(choices: list[tuple[Any, Any]], empty: Any) -> list[tuple[Any, Any]]:
    return [("", empty), *choices]


class SignalForm(StyledFormMixin, forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("School"),
        queryset=mbo_schools(),
        empty_label=_("Kies de mbo-school"),
        to_field_name="slug",
        help_text=_(
            "De school van de student. Alleen die school ziet de melding. Staat de school er "
            "niet bij, meld het dan bij het Meldpunt Stagediscriminatie van SBB."
        ),
    )
    reporter_role = forms.ChoiceField(
        label=_("Ik ben"), choices=_with_empty(ReporterRole.choices, _("Kies je rol"))
    )
    sector = forms.ChoiceField(
        label=_("Sector van de opleiding"),
        choices=_with_empty(Sector.choices, _("Kies de sector")),
        help_text=_("De sectorkamer van SBB waar de opleiding onder valt."),
    )
    crebo = forms.CharField(
        label=_("Crebo van de opleiding"),
        required=False,
        max_length=5,
        validators=[RegexValidator(r"^[0-9]{5}$", _("Een crebo bestaat uit vijf cijfers."))],
    )
    kind = forms.ChoiceField(
        label=_("Wat voor signaal is het?"),
        choices=_with_empty(SignalKind.choices, _("Kies wat het beste past")),
    )
    company_name = forms.CharField(
        label=_("Naam van het stagebedrijf"), required=False, max_length=200
    )
    description = forms.CharField(
        label=_("Wat is er gebeurd?"),
        max_length=MAX_DESCRIPTION,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    month = forms.TypedChoiceField(
        label=_("In welke maand?"),
        coerce=int,
        choices=_with_empty(list(MONTHS.items()), _("Maand")),
    )
    year = forms.TypedChoiceField(label=_("In welk jaar?"), coerce=int, choices=[])
    wants_contact = forms.BooleanField(label="", required=False)
    contact_name = forms.CharField(label=_("Je naam"), required=False, max_length=150)
    contact_email = forms.EmailField(label=_("Je e-mailadres"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        this_year = timezone.localdate().year
        years = [(year, str(year)) for year in range(this_year, this_year - YEARS_BACK - 1, -1)]
        self.fields["year"].choices = _with_empty(years, _("Jaar"))  # type: ignore[attr-defined]
        self.fields["wants_contact"].label = consent_wording()
        self.fields["description"].help_text = _(
            "Beschrijf wat er gebeurde, zonder namen van anderen als dat niet nodig is. "
            "Hoogstens %(max)s tekens."
        ) % {"max": MAX_DESCRIPTION}
        self.fields["description"].widget.attrs["aria-describedby"] = "id_description_helptext"
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        month, year = data.get("month"), data.get("year")
        if month and year and date(year, month, 1) > timezone.localdate():
            self.add_error("month", _("Die maand ligt in de toekomst."))
        if data.get("wants_contact"):
            if not data.get("contact_name"):
                self.add_error(
                    "contact_name", _("Vul je naam in, zodat de school je kan bereiken.")
                )
            if not data.get("contact_email") and "contact_email" not in self.errors:
                self.add_error(
                    "contact_email", _("Vul je e-mailadres in, zodat de school je kan bereiken.")
                )
        elif data.get("contact_name") or data.get("contact_email"):
            self.add_error(
                "wants_contact",
                _(
                    "Vink aan dat de school contact met je mag opnemen, of laat je naam en "
                    "e-mailadres leeg. Zonder dat vinkje bewaren we ze niet."
                ),
            )
        return data

    def report(self) -> Report:
        data = self.cleaned_data
        return Report(
            organisation=data["organisation"],
            reporter_role=data["reporter_role"],
            sector=data["sector"],
            kind=data["kind"],
            occurred_in=date(data["year"], data["month"], 1),
            description=data["description"],
            crebo=data["crebo"],
            company_name=data["company_name"],
        )

    def contact(self) -> Contact | None:
        data = self.cleaned_data
        if not data.get("wants_contact"):
            return None
        return Contact(data["contact_name"], data["contact_email"], consent_wording())


class ReceiptForm(StyledFormMixin, forms.Form):
    code = forms.CharField(
        label=_("Je ontvangstcode"),
        max_length=RECEIPT_LENGTH * 2,
        help_text=_("De code die je kreeg na je melding, bijvoorbeeld ABCDE-23456."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["code"].widget.attrs.update({"autocomplete": "off", "spellcheck": "false"})


class FilterForm(StyledFormMixin, forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=_with_empty(Status.choices, _("Alle"))
    )
    sector = forms.ChoiceField(
        label=_("Sector"), required=False, choices=_with_empty(Sector.choices, _("Alle"))
    )


class StatusForm(StyledFormMixin, forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Status.choices)
    public_update = forms.CharField(
        label=_("Bericht voor de melder"),
        required=False,
        max_length=MAX_PUBLIC_UPDATE,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "De melder ziet dit bericht met de ontvangstcode. Schrijf er geen namen of "
            "vertrouwelijke details in."
        ),
    )


class NoteForm(StyledFormMixin, forms.Form):
    text = forms.CharField(
        label=_("Notitie"),
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Alleen zichtbaar voor wie de signalen van de school opvolgt."),
    )


class AppointForm(StyledFormMixin, forms.Form):
    user = forms.TypedChoiceField(label=_("Lid van de school"), coerce=int)

    def __init__(self, *args: Any, members: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["user"].choices = _with_empty(members, _("Kies een lid"))  # type: ignore[attr-defined]
