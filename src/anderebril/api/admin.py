from django.contrib import admin
from django.http import HttpRequest

from anderebril.api.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("name", "organisation", "prefix", "created_at", "last_used_at", "revoked_at")
    list_filter = ("revoked_at",)
    search_fields = ("name", "prefix", "organisation__name")
    readonly_fields = ("prefix", "hash", "created_by", "created_at", "last_used_at")
    autocomplete_fields = ("organisation",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Tokens are made on the token page, which shows the secret once.
        return False
