from django.contrib import admin

from anderebril.organisations.models import Membership, Organisation


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ("user",)


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "brin_code", "kvk_number", "town", "sto_region")
    list_filter = ("kind", "sto_region")
    search_fields = ("name", "brin_code", "kvk_number", "town")
    prepopulated_fields = {"slug": ("name",)}
    inlines = (MembershipInline,)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("user", "organisation", "is_manager", "joined_at")
    list_filter = ("is_manager", "organisation__kind")
    search_fields = ("user__email", "organisation__name")
    autocomplete_fields = ("user", "organisation")
