from django.contrib import admin

from anderebril.bpv.models import Coordinator, Note, Signal, StatusChange


@admin.register(Coordinator)
class CoordinatorAdmin(admin.ModelAdmin):
    list_display = ("user", "organisation", "created_at")
    list_filter = ("organisation",)
    search_fields = ("user__email", "organisation__name")
    autocomplete_fields = ("user", "organisation")


class NoteInline(admin.TabularInline):
    model = Note
    extra = 0
    readonly_fields = ("author", "text", "created_at")
    can_delete = False


class StatusChangeInline(admin.TabularInline):
    model = StatusChange
    extra = 0
    readonly_fields = ("author", "old_status", "new_status", "created_at")
    can_delete = False


@admin.register(Signal)
class SignalAdmin(admin.ModelAdmin):
    """Read-only for platform admins: the school follows signals up on its own pages."""

    list_display = ("organisation", "kind", "sector", "status", "created_at")
    list_filter = ("status", "sector", "kind")
    readonly_fields = tuple(
        field.name
        for field in Signal._meta.get_fields()
        if field.concrete and field.name not in ("id", "receipt_hash")
    )
    exclude = ("receipt_hash",)
    inlines = (StatusChangeInline, NoteInline)

    def has_add_permission(self, request: object) -> bool:
        return False
