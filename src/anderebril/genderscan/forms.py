from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from anderebril.core.forms import StyledFormMixin
from anderebril.genderscan.constants import LIKERT_CHOICES, QuestionType
from anderebril.genderscan.models import Action, AdviceItem, ProgrammeFigures
from anderebril.genderscan.questionnaires import Questionnaire


class RoundForm(StyledFormMixin, forms.Form):
    title = forms.CharField(
        label=_("Naam van de ronde"), max_length=120, help_text=_("Bijvoorbeeld '0-meting 2025'.")
    )
    school_year = forms.IntegerField(
        label=_("Schooljaar (beginjaar)"),
        min_value=2000,
        max_value=2100,
        help_text=_("2025 voor schooljaar 2025/26. De cijfers van dit jaar horen bij de ronde."),
    )
    programme_team = forms.CharField(
        label=_("Opleidingsteam"),
        max_length=120,
        required=False,
        help_text=_("Alleen invullen als één opleidingsteam de scan doet."),
    )


class ResponseForm(forms.Form):
    """The questionnaire for one respondent group; every question may be skipped."""

    def __init__(self, questionnaire: Questionnaire, group: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.questions = questionnaire.questions_for(group)
        for question in self.questions:
            label = question.text_for(group)
            field: forms.Field
            if question.type == QuestionType.LIKERT:
                field = forms.TypedChoiceField(
                    label=label,
                    choices=LIKERT_CHOICES,
                    coerce=int,
                    required=False,
                    widget=forms.RadioSelect,
                )
            elif question.type == QuestionType.CHOICE:
                field = forms.ChoiceField(
                    label=label,
                    choices=[(o.key, o.label) for o in question.options],
                    required=False,
                    widget=forms.RadioSelect,
                )
            else:
                field = forms.CharField(
                    label=label,
                    required=False,
                    max_length=2000,
                    widget=forms.Textarea(attrs={"rows": 4, "class": "utrecht-textarea"}),
                )
            field.question = question  # type: ignore[union-attr]
            self.fields[question.key] = field

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not any(value not in (None, "") for value in cleaned.values()):
            raise forms.ValidationError(_("Beantwoord minstens één vraag voordat je verstuurt."))
        return cleaned


class FiguresForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = ProgrammeFigures
        fields = (
            "crebo",
            "programme",
            "sector",
            "school_year",
            "intake_women",
            "intake_men",
            "enrolled_women",
            "enrolled_men",
            "dropout_women",
            "dropout_men",
            "diplomas_women",
            "diplomas_men",
        )
        help_texts = {"school_year": _("Het beginjaar: 2024 voor 2024/25.")}

    def __init__(self, *args: Any, organisation: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.organisation = organisation

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        for sex in ("women", "men"):
            dropout, enrolled = cleaned.get(f"dropout_{sex}"), cleaned.get(f"enrolled_{sex}")
            if dropout is not None and enrolled is not None and dropout > enrolled:
                self.add_error(
                    f"dropout_{sex}", _("De uitval is groter dan het aantal ingeschrevenen.")
                )
        exists = ProgrammeFigures.objects.filter(
            organisation=self.organisation,
            crebo=cleaned.get("crebo") or "",
            school_year=cleaned.get("school_year") or 0,
        ).exclude(pk=self.instance.pk)
        if self.organisation is not None and exists.exists():
            raise forms.ValidationError(
                _("Voor deze crebo en dit schooljaar zijn al cijfers ingevoerd.")
            )
        return cleaned


class FiguresUploadForm(StyledFormMixin, forms.Form):
    file = forms.FileField(
        label=_("Bestand met cijfers"),
        help_text=_("CSV (puntkomma of komma) of XLSX, volgens het sjabloon, hoogstens 2 MB."),
    )


class RecruitmentTextForm(StyledFormMixin, forms.Form):
    title = forms.CharField(
        label=_("Titel"),
        max_length=200,
        help_text=_("Bijvoorbeeld 'Brochure Elektrotechniek 2025'."),
    )
    text = forms.CharField(
        label=_("Tekst"),
        max_length=50_000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("We bewaren alleen de uitkomst van de taalscan, niet de tekst zelf."),
    )


class AdviceSummaryForm(StyledFormMixin, forms.Form):
    summary = forms.CharField(
        label=_("Samenvatting"), widget=forms.Textarea(attrs={"rows": 5}), required=False
    )


class AdviceItemForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = AdviceItem
        fields = ("title", "scenario", "theme", "body", "reason", "source")
        widgets = {
            "body": forms.Textarea(attrs={"rows": 5}),
            "reason": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(
        self, *args: Any, themes: list[tuple[str, str]] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["theme"] = forms.ChoiceField(
            label=_("Thema"),
            choices=[("", "—"), *(themes or [])],
            required=False,
            widget=forms.Select(attrs={"class": "utrecht-select utrecht-select--html-select"}),
        )


class ActionForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Action
        fields = (
            "title",
            "description",
            "theme",
            "owner",
            "due_date",
            "status",
            "indicator",
            "remind_by_email",
        )
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
            "due_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(
        self, *args: Any, themes: list[tuple[str, str]] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["theme"] = forms.ChoiceField(
            label=_("Thema"),
            choices=[("", "—"), *(themes or [])],
            required=False,
            widget=forms.Select(attrs={"class": "utrecht-select utrecht-select--html-select"}),
        )
