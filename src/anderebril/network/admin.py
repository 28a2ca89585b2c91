from django.contrib import admin

from anderebril.network.models import Consent, ExportLog, Group, Person


class ConsentInline(admin.TabularInline):
    """Consent history is evidence: visible here, never edited by hand."""

    model = Consent
    extra = 0
    can_delete = False
    readonly_fields = (
        "field",
        "purpose",
        "granted",
        "wording",
        "given_at",
        "source",
        "withdrawn_at",
    )

    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ("name", "organisation", "region", "network_role", "is_ambassador", "listed")
    list_filter = ("is_ambassador", "listed", "network_role", "region")
    search_fields = ("name", "email", "organisation__name", "organisation_name")
    autocomplete_fields = ("user", "organisation", "region")
    inlines = (ConsentInline,)
    # Changed only on her profile page: re-encoded there, and the old file deleted.
    readonly_fields = ("photo",)


@admin.register(Group)
class GroupAdmin(admin.ModelAdmin):
    list_display = ("name", "region")
    list_filter = ("region",)
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("region", "members")


@admin.register(ExportLog)
class ExportLogAdmin(admin.ModelAdmin):
    list_display = ("created_at", "user", "list_name", "file_format", "row_count")
    list_filter = ("file_format",)
    readonly_fields = ("created_at", "user", "list_name", "file_format", "row_count")

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False
