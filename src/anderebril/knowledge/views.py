from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from anderebril.knowledge import services
from anderebril.knowledge.forms import SearchForm


def item_list(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    query = ""
    filters: dict[str, str] = {"kind": "", "theme": "", "audience": ""}
    if form.is_valid():
        query = form.cleaned_data["q"]
        filters = {
            "kind": form.cleaned_data["soort"],
            "theme": form.cleaned_data["thema"],
            "audience": form.cleaned_data["doelgroep"],
        }
    items = services.search(
        query, kind=filters["kind"], theme=filters["theme"], audience=filters["audience"]
    )
    return render(
        request,
        "knowledge/list.html",
        {"form": form, "items": items, "query": query, "searched": bool(request.GET)},
    )


def item_detail(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_object_or_404(services.published(), slug=slug)
    return render(request, "knowledge/detail.html", {"item": item})
