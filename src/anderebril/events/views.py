from __future__ import annotations

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from anderebril.events import emails, ical, services
from anderebril.events.forms import CaptureForm, NetworkMomentForm, RegistrationForm
from anderebril.events.models import Event, Registration
from anderebril.events.pdf import render_report_pdf
from anderebril.knowledge import services as knowledge
from anderebril.network import exports
from anderebril.network import services as network
from anderebril.network.consent_texts import ALL_QUESTIONS
from anderebril.network.constants import ConsentField, ConsentPurpose

REFUSALS = {
    "closed": gettext_lazy("Aanmelden is niet (meer) mogelijk voor dit evenement."),
    "full": gettext_lazy("Het evenement is vol."),
    "duplicate": gettext_lazy("Je bent al aangemeld voor dit evenement."),
}


def _base_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def _event(slug: str) -> Event:
    return get_object_or_404(services.visible_events(), slug=slug)


def event_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "events/list.html",
        {"upcoming": services.upcoming(), "past": services.past()[:30]},
    )


@require_http_methods(["GET", "POST"])
def event_detail(request: HttpRequest, slug: str) -> HttpResponse:
    event = _event(slug)
    registration = services.registration_of(request.user, event)
    consents: set[tuple[str, str]] = set()
    initial = {}
    if request.user.is_authenticated:
        person = network.person_for(request.user)
        consents = network.current_consents([person]).get(person.pk, set())
        initial = {
            "name": person.name,
            "email": request.user.email,
            "organisation_name": person.organisation_label,
            "network_role": person.network_role,
            "phone": person.phone,
        }
    form = RegistrationForm(request.POST or None, initial=initial, consents=consents)
    if request.method == "POST" and registration is None and form.is_valid():
        data = form.cleaned_data
        details = {"phone": data["phone"], "network_role": data["network_role"]}
        if not request.user.is_authenticated:
            details["organisation_name"] = data["organisation_name"]
        try:
            new = services.register(
                event,
                name=data["name"],
                email=data["email"],
                user=request.user,
                details=details,
                consents=form.consent_answers(),
            )
        except services.RegistrationError as refusal:
            messages.error(request, REFUSALS.get(str(refusal), REFUSALS["closed"]))
        else:
            emails.send_confirmation(new, _base_url(request))
            messages.success(
                request,
                _("Je bent aangemeld. We hebben een bevestiging met agenda-uitnodiging gemaild."),
            )
            return redirect("events:registration", token=services.manage_token(new))
    return render(
        request,
        "events/detail.html",
        {
            "event": event,
            "form": form,
            "registration": registration,
            "token": services.manage_token(registration) if registration else "",
            "places_left": services.places_left(event),
            "places_shown": services.places_left_public(event),
            "can_moderate": services.can_moderate(request.user, event),
            "speakers": event.speakers.all(),
            "programme": event.programme.all(),
        },
    )


def _registration(token: str) -> Registration:
    registration = services.registration_from_token(token)
    if registration is None:
        raise Http404
    return registration


@require_http_methods(["GET", "POST"])
def registration_detail(request: HttpRequest, token: str) -> HttpResponse:
    """A participant's own page, reached through the link in her e-mail (no account needed)."""
    registration = _registration(token)
    person = registration.person
    if request.method == "POST":
        field, purpose = request.POST.get("field", ""), request.POST.get("purpose", "")
        if field in ConsentField.values and purpose in ConsentPurpose.values:
            network.withdraw_consent(person, field, purpose)
            messages.success(request, _("Je toestemming is ingetrokken. Dat werkt meteen."))
        return redirect("events:registration", token=token)
    keys = network.current_consents([person]).get(person.pk, set())
    active = [q for q in ALL_QUESTIONS if (q.field, q.purpose) in keys]
    return render(
        request,
        "events/registration.html",
        {
            "registration": registration,
            "event": registration.event,
            "token": token,
            "active": active,
            "moment": getattr(registration, "network_moment", None),
        },
    )


@require_http_methods(["GET", "POST"])
def network_moment(request: HttpRequest, token: str) -> HttpResponse:
    registration = _registration(token)
    person = registration.person
    keys = network.current_consents([person]).get(person.pk, set())
    existing = getattr(registration, "network_moment", None)
    initial = {
        "what_you_do": existing.what_you_do if existing else person.what_you_do,
        "superhero_name": existing.superhero_name if existing else person.superhero_name,
        "superhero_why": existing.superhero_why if existing else person.superhero_why,
    }
    form = NetworkMomentForm(request.POST or None, initial=initial, consents=keys)
    if request.method == "POST" and form.is_valid():
        services.save_network_moment(
            registration,
            what_you_do=form.cleaned_data["what_you_do"],
            superhero_name=form.cleaned_data["superhero_name"],
            superhero_why=form.cleaned_data["superhero_why"],
            collage_consent=form.collage_answer(),
        )
        messages.success(request, _("Dank je! Je bijdrage aan het netwerkmoment is opgeslagen."))
        return redirect("events:registration", token=token)
    return render(
        request,
        "events/network_moment.html",
        {"form": form, "event": registration.event, "token": token},
    )


def registration_data(request: HttpRequest, token: str) -> HttpResponse:
    registration = _registration(token)
    data = network.personal_data_of(registration.person)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="mijn-aanmelding.json"'
    response["Cache-Control"] = "no-store"
    return response


@require_POST
def cancel_registration(request: HttpRequest, token: str) -> HttpResponse:
    """Cancel and forget: the registration, and the person too if nothing else refers to her."""
    registration = _registration(token)
    event, person = registration.event, registration.person
    registration.delete()
    if person.user_id is None and not person.registrations.exists():
        person.delete()
    messages.success(request, _("Je bent afgemeld en je gegevens voor dit evenement zijn gewist."))
    return redirect(event.get_absolute_url())


def event_ics(request: HttpRequest, slug: str) -> HttpResponse:
    event = _event(slug)
    body = ical.calendar([event], base_url=_base_url(request), name=event.title)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    return response


def feed_ics(request: HttpRequest) -> HttpResponse:
    body = ical.calendar(
        services.visible_events().order_by("starts_at"),
        base_url=_base_url(request),
        name=_("Evenementen Andere Bril"),
    )
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")


@require_http_methods(["GET", "POST"])
def capture(request: HttpRequest, slug: str) -> HttpResponse:
    event = _event(slug)
    if not services.can_moderate(request.user, event):
        if request.user.is_authenticated:
            raise PermissionDenied
        return redirect(f"{reverse('accounts:login')}?next={request.path}")
    form = CaptureForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        knowledge.create_item(
            title=data["title"],
            kind=data["kind"],
            theme=data["theme"],
            summary=data["summary"],
            url=data["url"],
            audiences=data["audiences"],
            source=_("%(kind)s %(title)s, %(date)s")
            % {
                "kind": event.get_kind_display(),
                "title": event.title,
                "date": f"{event.starts_at:%d-%m-%Y}",
            },
            event=event,
            created_by=request.user,
        )
        messages.success(request, _("Vastgelegd. Het staat nu in de kennisbank en het verslag."))
        return redirect("events:capture", slug=slug)
    return render(
        request,
        "events/capture.html",
        {"event": event, "form": form, "items": knowledge.items_for_event(event)},
    )


def event_report(request: HttpRequest, slug: str) -> HttpResponse:
    event = _event(slug)
    return render(
        request,
        "events/report.html",
        {"report": services.report(event, request.user), "event": event},
    )


def event_report_pdf(request: HttpRequest, slug: str) -> HttpResponse:
    event = _event(slug)
    report = services.report(event, request.user)
    response = HttpResponse(render_report_pdf(report), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="verslag-{event.slug}.pdf"'
    if report.contacts is not None:
        response["Cache-Control"] = "no-store"
    return response


def export_event_contacts(request: HttpRequest, slug: str, file_format: str) -> HttpResponse:
    event = _event(slug)
    if file_format not in exports.FORMATS:
        raise Http404
    if not network.is_network_member(request.user):
        if request.user.is_authenticated:
            raise PermissionDenied
        return redirect(f"{reverse('accounts:login')}?next={request.path}")
    rows = network.contact_list(services.participants(event))
    return exports.export_response(
        request.user,
        rows,
        list_name=_("Contactlijst %(title)s") % {"title": event.title},
        file_format=file_format,
    )
