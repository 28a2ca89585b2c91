from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from anderebril.organisations.constants import Kind
from anderebril.organisations.services import is_member, visible_organisations


@login_required
def organisation_list(request: HttpRequest) -> HttpResponse:
    organisations = visible_organisations(request.user)  # type: ignore[arg-type]
    kind = request.GET.get("soort", "")
    if kind in Kind.values:
        organisations = organisations.filter(kind=kind)
    return render(
        request,
        "organisations/list.html",
        {"organisations": organisations, "kinds": Kind.choices, "selected_kind": kind},
    )


@login_required
def organisation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(visible_organisations(request.user), slug=slug)  # type: ignore[arg-type]
    member = is_member(request.user, organisation)  # type: ignore[arg-type]
    return render(
        request,
        "organisations/detail.html",
        {
            "organisation": organisation,
            "is_member": member,
            "region_members": organisation.members_of_region.all(),
            "memberships": organisation.memberships.select_related("user") if member else [],
        },
    )
