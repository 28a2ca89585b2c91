"""The API's pages: what the API offers (``overview``) and the tokens of an organisation.

``overview`` explains authentication, limits and every endpoint with an example, and links the
OpenAPI document; it replaces ninja's docs page, which would load Swagger UI from a CDN.

``tokens``: GET lists the chosen organisation's tokens; POST with ``actie=aanmaken`` makes a token
and shows its secret this once (rendered, never redirected or put in a message, so it is not
stored anywhere); POST with ``actie=intrekken`` revokes one.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from anderebril.accounts.models import User
from anderebril.api.constants import DEFAULT_ANON_RATE, DEFAULT_TOKEN_RATE
from anderebril.api.forms import TokenForm
from anderebril.api.models import ApiToken
from anderebril.api.services import create_token, manageable_organisations, revoke_token, tokens_of
from anderebril.api.throttling import configured_rate
from anderebril.organisations.models import Organisation


@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    user = request.user
    context = {
        "base_url": request.build_absolute_uri(reverse("api:overview")).rstrip("/"),
        "anon_rate": configured_rate("ANDEREBRIL_API_ANON_RATE", DEFAULT_ANON_RATE),
        "token_rate": configured_rate("ANDEREBRIL_API_TOKEN_RATE", DEFAULT_TOKEN_RATE),
        "manages_tokens": isinstance(user, User) and manageable_organisations(user).exists(),
    }
    return render(request, "api/overview.html", context)


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def tokens(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    organisations = manageable_organisations(user).order_by("name")
    if not organisations.exists():
        raise PermissionDenied(_("Alleen beheerders van een organisatie maken API-sleutels."))
    source = request.POST if request.method == "POST" else request.GET
    slug = source.get("organisatie")
    organisation = get_object_or_404(organisations, slug=slug) if slug else organisations.first()
    assert organisation is not None
    form = TokenForm()
    context: dict[str, Any] = {}
    if request.method == "POST":
        action = request.POST.get("actie")
        if action == "intrekken":
            token = get_object_or_404(
                ApiToken, pk=_int(request.POST.get("sleutel")), organisation=organisation
            )
            revoke_token(token)
            messages.success(
                request, _("De sleutel ‘%(name)s’ is ingetrokken.") % {"name": token.name}
            )
            return _back(organisation)
        if action != "aanmaken":
            return HttpResponse(status=400)
        form = TokenForm(request.POST)
        if form.is_valid():
            context["new"] = create_token(
                organisation=organisation, name=form.cleaned_data["name"], created_by=user
            )
            form = TokenForm()
    context.update(
        {
            "organisation": organisation,
            "organisations": organisations,
            "tokens": tokens_of(organisation),
            "form": form,
        }
    )
    return render(request, "api/tokens.html", context)


def _int(value: str | None) -> int:
    try:
        return int(value or "")
    except ValueError:
        return 0


def _back(organisation: Organisation) -> HttpResponseRedirect:
    query = urlencode({"organisatie": organisation.slug})
    return HttpResponseRedirect(f"{reverse('api:tokens')}?{query}")
