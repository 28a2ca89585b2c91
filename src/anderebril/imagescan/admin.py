"""The admin lists audits for support; images and taggings are not shown there (privacy)."""

from django.contrib import admin

from anderebril.imagescan.models import Audit


@admin.register(Audit)
class AuditAdmin(admin.ModelAdmin):
    list_display = ("title", "organisation", "created_at", "import_status")
    list_filter = ("import_status",)
    search_fields = ("title", "organisation__name")
    readonly_fields = ("import_total", "import_done", "import_error", "uploads", "task_id")
