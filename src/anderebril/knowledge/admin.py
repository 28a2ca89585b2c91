from django.contrib import admin

from anderebril.knowledge.models import Item


@admin.register(Item)
class ItemAdmin(admin.ModelAdmin):
    list_display = ("title", "kind", "theme", "event", "published", "created_at")
    list_filter = ("kind", "theme", "published")
    search_fields = ("title", "summary", "source")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("event",)
    readonly_fields = ("created_by", "created_at", "updated_at")
