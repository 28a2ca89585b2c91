"""Public dashboards (aggregate open data) and the import page for platform admins.

Every dashboard answers ``?tabel=<key>&formaat=csv|xlsx`` with that table as a download.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from anderebril.genderscan.services import scans_url_for
from anderebril.monitor import pages
from anderebril.monitor.constants import Dataset
from anderebril.monitor.definitions import resolve_definitions
from anderebril.monitor.exports import FORMATS, download
from anderebril.monitor.forms import ImportForm, SelectionForm
from anderebril.monitor.importer import FileRejected, import_file
from anderebril.monitor.models import DatasetYear, ImportRecord, Institution, Programme
from anderebril.monitor.queries import distinct_values
from anderebril.monitor.sections import Page, Selection
from anderebril.monitor.services import institutions_in_region, sto_regions
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Organisation


def _selection(request: HttpRequest) -> tuple[Selection, SelectionForm]:
    definitions = resolve_definitions()
    dataset = request.GET.get("gegevens", "")
    if dataset not in Dataset.values:
        dataset = Dataset.STUDENTS
    supplied = list(DatasetYear.objects.filter(dataset=dataset).order_by("year"))
    years = [item.year for item in supplied]
    provisional = {item.year for item in supplied if item.provisional}
    chosen = request.GET.get("definitie", "")
    definition = next((d for d in definitions if d.key == chosen), None) or (
        definitions[0] if definitions else None
    )
    year_text = request.GET.get("jaar", "")
    year = int(year_text) if year_text.isascii() and year_text.isdigit() else None
    year = year if year in years else None
    if year is None and years:
        year = years[-1]
    selection = Selection(
        dataset=dataset,
        dataset_label=str(Dataset(dataset).label),
        definitions=definitions,
        definition=definition,
        years=years,
        year=year,
        provisional=provisional,
    )
    form = SelectionForm(
        initial={
            "gegevens": dataset,
            "definitie": definition.key if definition else "",
            "jaar": year,
        },
        definitions=[(d.key, d.name) for d in definitions],
        years=[(y, selection.year_label(y)) for y in reversed(years)],
    )
    return selection, form


def _source_line(selection: Selection) -> str:
    if not selection.years:
        return ""
    sources = ImportRecord.objects.filter(supplies__dataset=selection.dataset).distinct()
    files = ", ".join(f"{record.file_name} ({record.imported_at:%d-%m-%Y})" for record in sources)
    text = _(
        "Bron: DUO open onderwijsdata, %(dataset)s per instelling, opleiding, niveau, leerweg "
        "en geslacht, peildatum 1 oktober, %(first)s–%(last)s. Bestanden: %(files)s."
    ) % {
        "dataset": selection.dataset_label,
        "first": selection.years[0],
        "last": selection.years[-1],
        "files": files,
    }
    if selection.provisional:
        text += " " + _("Voorlopig: %s.") % ", ".join(str(y) for y in sorted(selection.provisional))
    return text


def _respond(
    request: HttpRequest,
    selection: Selection,
    form: SelectionForm,
    build: Any,
    *,
    base_name: str,
    context: dict[str, Any] | None = None,
) -> HttpResponse:
    page: Page | None = build() if selection.years else None
    source = _source_line(selection)
    table_key = request.GET.get("tabel")
    if table_key:
        table = page.table(table_key) if page else None
        export_format = request.GET.get("formaat", "csv")
        if table is None or export_format not in FORMATS:
            raise Http404
        return download(table, export_format, base_name, source)
    query = request.GET.copy()
    query.pop("tabel", None)
    query.pop("formaat", None)
    return render(
        request,
        "monitor/page.html",
        {
            "page": page,
            "selection": selection,
            "form": form,
            "source": source,
            "query": query.urlencode(),
            **(context or {}),
        },
    )


def national(request: HttpRequest) -> HttpResponse:
    selection, form = _selection(request)
    return _respond(
        request,
        selection,
        form,
        lambda: pages.national_page(selection),
        base_name="monitor landelijk",
        context={"title": _("Monitor: vrouwen in het mbo"), "is_national": True},
    )


def _group(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    names = {slugify(name): name for name in distinct_values(kind)}
    name = names.get(slug)
    if name is None:
        raise Http404
    selection, form = _selection(request)
    page_title = _("Sectorkamer %s") % name if kind == "sectorkamer" else _("Hoofdgroep %s") % name
    return _respond(
        request,
        selection,
        form,
        lambda: pages.group_page(selection, kind, name),
        base_name=f"{kind} {name}",
        context={"title": page_title, "hide_definition": True},
    )


def sectorkamer(request: HttpRequest, slug: str) -> HttpResponse:
    return _group(request, "sectorkamer", slug)


def hoofdgroep(request: HttpRequest, slug: str) -> HttpResponse:
    return _group(request, "hoofdgroep", slug)


def school(request: HttpRequest, brin: str) -> HttpResponse:
    institution = get_object_or_404(
        Institution.objects.select_related("organisation", "sto_region"), brin=brin.upper()
    )
    region: Organisation | None = None
    if institution.region_id:
        region = Organisation.objects.filter(pk=institution.region_id).first()
    region_ids = institutions_in_region(region) if region else None
    selection, form = _selection(request)
    return _respond(
        request,
        selection,
        form,
        lambda: pages.school_page(selection, institution, region_ids),
        base_name=f"monitor {institution.brin}",
        context={
            "title": institution.name,
            "school": institution,
            "region": region,
            "scans_url": scans_url_for(request.user, institution.organisation),  # type: ignore[arg-type]
        },
    )


def programme(request: HttpRequest, crebo: str) -> HttpResponse:
    item = get_object_or_404(Programme, crebo=crebo)
    selection, form = _selection(request)
    return _respond(
        request,
        selection,
        form,
        lambda: pages.programme_page(selection, item),
        base_name=f"monitor crebo {item.crebo}",
        context={"title": str(item), "programme": item, "hide_definition": True},
    )


def region(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(Organisation, slug=slug, kind=Kind.STO_REGION)
    ids = institutions_in_region(organisation)
    selection, form = _selection(request)
    return _respond(
        request,
        selection,
        form,
        lambda: pages.region_page(selection, organisation.name, ids),
        base_name=f"monitor {organisation.slug}",
        context={"title": organisation.name, "region_schools": len(ids)},
    )


def schools(request: HttpRequest) -> HttpResponse:
    selection, form = _selection(request)
    return _respond(
        request,
        selection,
        form,
        lambda: pages.schools_page(selection),
        base_name="monitor scholen",
        context={"title": _("Scholen")},
    )


def regions(request: HttpRequest) -> HttpResponse:
    rows = [(region, len(institutions_in_region(region))) for region in sto_regions()]
    return render(request, "monitor/regions.html", {"regions": rows})


def sources(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "monitor/sources.html",
        {
            "records": ImportRecord.objects.select_related("imported_by"),
            "supplied": DatasetYear.objects.select_related("source"),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def import_files(request: HttpRequest) -> HttpResponse:
    if not getattr(request.user, "is_platform_admin", False):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        failed = False
        for upload in form.cleaned_data["bestanden"]:
            name = upload.name or "bestand.csv"
            try:
                result = import_file(upload.read(), name, request.user)
            except FileRejected as rejected:
                failed = True
                problems = "; ".join(str(issue) for issue in rejected.issues)
                messages.error(
                    request,
                    _("%(file)s is niet geïmporteerd: %(problems)s")
                    % {"file": name, "problems": problems},
                )
            else:
                messages.success(request, result.summary())
        if not failed:
            return redirect("monitor:import")
    return render(
        request,
        "monitor/import.html",
        {"form": form, "records": ImportRecord.objects.select_related("imported_by")[:20]},
    )
