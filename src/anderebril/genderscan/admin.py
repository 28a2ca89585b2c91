from django.contrib import admin

from anderebril.genderscan.models import (
    Action,
    Advice,
    AdviceItem,
    AdvisorAssignment,
    ProgrammeFigures,
    RespondentLink,
    ScanRound,
)


@admin.register(AdvisorAssignment)
class AdvisorAssignmentAdmin(admin.ModelAdmin):
    list_display = ("advisor", "organisation", "created_at")
    list_filter = ("organisation__kind",)
    search_fields = ("advisor__email", "organisation__name")
    autocomplete_fields = ("advisor", "organisation")


class RespondentLinkInline(admin.TabularInline):
    model = RespondentLink
    extra = 0
    fields = ("group",)
    readonly_fields = ("group",)
    can_delete = False

    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(ScanRound)
class ScanRoundAdmin(admin.ModelAdmin):
    list_display = (
        "title",
        "organisation",
        "school_year",
        "questionnaire_key",
        "questionnaire_version",
        "status",
    )
    list_filter = ("status", "questionnaire_key", "school_year")
    search_fields = ("title", "organisation__name")
    readonly_fields = ("results", "questionnaire_key", "questionnaire_version")
    inlines = (RespondentLinkInline,)


class AdviceItemInline(admin.StackedInline):
    model = AdviceItem
    extra = 0


@admin.register(Advice)
class AdviceAdmin(admin.ModelAdmin):
    list_display = ("round", "status", "published_at")
    list_filter = ("status",)
    inlines = (AdviceItemInline,)


@admin.register(ProgrammeFigures)
class ProgrammeFiguresAdmin(admin.ModelAdmin):
    list_display = (
        "organisation",
        "crebo",
        "programme",
        "school_year",
        "intake_women",
        "intake_men",
        "source",
    )
    list_filter = ("school_year", "source", "sector")
    search_fields = ("organisation__name", "crebo", "programme")


@admin.register(Action)
class ActionAdmin(admin.ModelAdmin):
    list_display = ("title", "organisation", "owner", "due_date", "status")
    list_filter = ("status",)
    search_fields = ("title", "organisation__name")
