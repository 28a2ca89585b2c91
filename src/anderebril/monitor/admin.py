"""Admin for platform admins: definitions, the STO-region mapping, and read-only provenance."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from anderebril.monitor.models import (
    DatasetYear,
    Definition,
    DefinitionRule,
    ImportRecord,
    Institution,
    Programme,
)
from anderebril.monitor.queries import distinct_values
from anderebril.monitor.services import link_institutions_to_organisations


class DefinitionRuleInline(admin.TabularInline):
    model = DefinitionRule
    extra = 1


@admin.register(Definition)
class DefinitionAdmin(admin.ModelAdmin):
    list_display = ("name", "key", "position")
    prepopulated_fields = {"key": ("name",)}
    inlines = (DefinitionRuleInline,)
    readonly_fields = ("known_values",)
    fields = ("name", "key", "position", "description", "known_values")

    @admin.display(description=_("Namen in de geïmporteerde bestanden"))
    def known_values(self, obj: Definition | None) -> SafeString:
        groups = [
            (_("Sectorkamers"), ", ".join(distinct_values("sectorkamer"))),
            (_("Hoofdgroepen"), ", ".join(distinct_values("hoofdgroep"))),
        ]
        return format_html_join("", "<p><strong>{}:</strong> {}</p>", groups)


@admin.action(description=_("Koppel aan organisaties met dezelfde BRIN-code"))
def link_by_brin(
    admin_: admin.ModelAdmin[Institution],
    request: HttpRequest,
    queryset: QuerySet[Institution],
) -> None:
    linked = link_institutions_to_organisations()
    admin_.message_user(request, _("%s instellingen gekoppeld.") % linked, messages.SUCCESS)


@admin.register(Institution)
class InstitutionAdmin(admin.ModelAdmin):
    list_display = ("name", "brin", "town", "sto_region", "organisation")
    list_editable = ("sto_region",)
    list_filter = ("sto_region",)
    search_fields = ("name", "brin", "town")
    readonly_fields = ("brin", "name", "town", "kind_label")
    autocomplete_fields = ("organisation",)
    actions = (link_by_brin,)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ("name", "crebo", "niveau", "sectorkamer", "hoofdgroep")
    list_filter = ("sectorkamer", "hoofdgroep", "niveau")
    search_fields = ("name", "crebo")
    readonly_fields = ("crebo", "name", "niveau", "sectorkamer", "hoofdgroep")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


class DatasetYearInline(admin.TabularInline):
    model = DatasetYear
    extra = 0
    readonly_fields = ("dataset", "year", "provisional")
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(ImportRecord)
class ImportRecordAdmin(admin.ModelAdmin):
    """Read-only; deleting an import removes its figures (to undo a wrong import)."""

    list_display = ("file_name", "dataset", "imported_at", "rows", "edition", "figures")
    list_filter = ("dataset",)
    inlines = (DatasetYearInline,)
    readonly_fields = tuple(field.name for field in ImportRecord._meta.fields if field.name != "id")
    change_list_template = "admin/monitor/importrecord/change_list.html"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
