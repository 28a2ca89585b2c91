from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch, ProtectedError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from anderebril.core.forms import parse_id
from anderebril.network import exports, services
from anderebril.network.consent_texts import ALL_QUESTIONS, PHOTO_QUESTION
from anderebril.network.constants import ConsentField, ConsentPurpose
from anderebril.network.forms import (
    DeleteAccountForm,
    FilterForm,
    PhotoForm,
    ProfileForm,
    consent_answers,
)
from anderebril.network.models import Group, Person
from anderebril.network.photos import PhotoError
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Organisation

View = Callable[..., HttpResponse]


def members_only(view: View) -> View:
    """Signed-in network members only; others see why, with a 403."""

    @login_required
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not services.is_network_member(request.user):
            return render(request, "network/not_a_member.html", status=403)
        return view(request, *args, **kwargs)

    return wrapped


@members_only
def people(request: HttpRequest) -> HttpResponse:
    form = FilterForm(request.GET or None)
    filters: dict[str, Any] = {}
    if form.is_valid():
        data = form.cleaned_data
        filters = {
            "region_id": data["regio"].pk if data["regio"] else None,
            "organisation_id": data["organisatie"].pk if data["organisatie"] else None,
            "network_role": data["rol"],
            "theme": data["thema"],
            "text": data["q"].strip(),
        }
    entries = services.directory(request.user, **filters)
    return render(request, "network/people.html", {"form": form, "entries": entries})


@members_only
def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    entries = {e.person.pk: e for e in services.directory(request.user)}
    entry = entries.get(pk)
    if entry is None:
        raise Http404
    return render(request, "network/person.html", {"entry": entry})


@members_only
def regions(request: HttpRequest) -> HttpResponse:
    region_list = Organisation.objects.filter(kind=Kind.STO_REGION).prefetch_related(
        Prefetch(
            "members_of_region",
            queryset=Organisation.objects.exclude(kind=Kind.STO_REGION).order_by("name"),
        ),
        "network_groups",
    )
    return render(request, "network/regions.html", {"regions": region_list})


@members_only
def region_detail(request: HttpRequest, slug: str) -> HttpResponse:
    region = get_object_or_404(Organisation, slug=slug, kind=Kind.STO_REGION)
    schools = list(region.members_of_region.order_by("name"))
    listed = {e.person.pk for e in services.directory(request.user)}
    ambassadors = Person.objects.filter(
        is_ambassador=True, organisation__in=schools, pk__in=listed
    ).select_related("organisation")
    by_school = {school.pk: [p for p in ambassadors if p.organisation_id == school.pk]
                 for school in schools}  # fmt: skip
    groups = Group.objects.filter(region=region).prefetch_related("members")
    return render(
        request,
        "network/region.html",
        {
            "region": region,
            "schools": [(school, by_school[school.pk]) for school in schools],
            "groups": [
                (group, [m for m in group.members.all() if m.pk in listed]) for group in groups
            ],
        },
    )


@members_only
def export_contacts(request: HttpRequest, file_format: str) -> HttpResponse:
    if file_format not in exports.FORMATS:
        raise Http404
    rows = services.contact_list(services.network_contacts())
    return exports.export_response(
        request.user,
        rows,
        list_name=_("Contactlijst van het netwerk"),
        file_format=file_format,
    )


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    person = services.person_for(request.user)  # type: ignore[arg-type]
    consents = services.current_consents([person]).get(person.pk, set())
    form = ProfileForm(request.POST or None, instance=person, consents=consents)
    if request.method == "POST" and form.is_valid():
        form.save()
        services.update_consents(
            person, consent_answers(form, ALL_QUESTIONS), source=_("mijn profiel in het netwerk")
        )
        messages.success(request, _("Je profiel is opgeslagen."))
        return redirect("network:profile")
    return render(
        request,
        "network/profile.html",
        {"form": form, "photo_form": PhotoForm(), "person": person},
    )


@login_required
@require_POST
def upload_photo(request: HttpRequest) -> HttpResponse:
    person = services.person_for(request.user)  # type: ignore[arg-type]
    form = PhotoForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["photo"]
        try:
            services.set_photo(person, upload, upload.size)
        except PhotoError as refusal:
            form.add_error("photo", str(refusal))
        else:
            services.update_consents(
                person,
                [(PHOTO_QUESTION.field, PHOTO_QUESTION.purpose, True, str(PHOTO_QUESTION.wording))],
                source=_("mijn profiel in het netwerk"),
            )
            messages.success(request, _("Je foto is opgeslagen."))
            return redirect("network:profile")
    consents = services.current_consents([person]).get(person.pk, set())
    return render(
        request,
        "network/profile.html",
        {
            "form": ProfileForm(instance=person, consents=consents),
            "photo_form": form,
            "person": person,
        },
        status=400,
    )


@login_required
@require_POST
def remove_photo(request: HttpRequest) -> HttpResponse:
    person = services.person_for(request.user)  # type: ignore[arg-type]
    services.remove_photo(person)
    messages.success(request, _("Je foto is verwijderd."))
    return redirect("network:profile")


@login_required
def own_photo(request: HttpRequest) -> HttpResponse:
    """A person's own photo, on her profile page, whatever her consent."""
    return _photo_response(services.person_for(request.user))  # type: ignore[arg-type]


@members_only
def person_photo(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(Person, pk=pk)
    if not services.shows_photo(request.user, person):
        raise Http404
    return _photo_response(person)


def _photo_response(person: Person) -> HttpResponse:
    """The stored JPEG (small: re-encoded to at most 800 pixels square)."""
    if not person.photo:
        raise Http404
    try:
        with person.photo.open("rb") as handle:
            data = handle.read()
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = HttpResponse(data, content_type="image/jpeg")
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def my_data(request: HttpRequest) -> HttpResponse:
    people_about_me = list(services.persons_of(request.user))  # type: ignore[arg-type]
    consents = services.current_consents(people_about_me)
    active = []
    for person in people_about_me:
        for field, purpose in sorted(consents.get(person.pk, set())):
            active.append(
                {
                    "person": person,
                    "field": field,
                    "purpose": purpose,
                    "field_label": ConsentField(field).label,
                    "purpose_label": ConsentPurpose(purpose).label,
                }
            )
    history = [c for person in people_about_me for c in services.consent_history(person)]
    return render(
        request,
        "network/my_data.html",
        {
            "active": active,
            "history": history,
            "delete_form": DeleteAccountForm(user=request.user),
        },
    )


@login_required
@require_POST
def withdraw(request: HttpRequest) -> HttpResponse:
    person_id = parse_id(request.POST.get("person", ""))
    if person_id is None:
        raise Http404
    person = get_object_or_404(
        services.persons_of(request.user),  # type: ignore[arg-type]
        pk=person_id,
    )
    field, purpose = request.POST.get("field", ""), request.POST.get("purpose", "")
    valid = field in ConsentField.values and purpose in ConsentPurpose.values
    if valid and services.withdraw_consent(person, field, purpose):
        messages.success(request, _("Je toestemming is ingetrokken. Dat werkt meteen."))
    return redirect("network:my_data")


@login_required
def download_my_data(request: HttpRequest) -> HttpResponse:
    data = services.personal_data(request.user)  # type: ignore[arg-type]
    data["gedownload_op"] = timezone.now().isoformat()
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="mijn-gegevens-andere-bril.json"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST, user=request.user)
    if not form.is_valid():
        messages.error(request, _("Je account is niet verwijderd: het wachtwoord klopt niet."))
        return redirect("network:my_data")
    user = request.user
    try:
        services.delete_account(user)  # type: ignore[arg-type]
    except ProtectedError:
        messages.error(
            request,
            _(
                "Je account kan nog niet weg: er hangen gegevens aan die eerst moeten worden "
                "overgedragen. Neem contact op met de beheerder van het platform."
            ),
        )
        return redirect("network:my_data")
    logout(request)
    messages.success(request, _("Je account en alle gegevens over jou zijn verwijderd."))
    return redirect("core:home")
